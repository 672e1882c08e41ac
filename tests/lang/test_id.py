"""Indonesian: language detection, the quote constructions of invented articles (a
quotation signed by a bare cue before its source, "“Q,” katanya" with the pronoun written
onto the cue, "X mengatakan, C" with a comma for "bahwa", "Menurut X, C", "Menurutnya,
C", "Hal itu disampaikan X"), a role's complement before its holder's name, background
and the crawl header.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.model import Role

CASES = [
    pytest.param(
        "Rina Wulandari mengatakan jembatan itu ditutup minggu lalu.",
        [("reported", "jembatan itu ditutup minggu lalu", "Rina Wulandari", "mengatakan")],
        id="a-clause-without-bahwa-keeps-its-time",
    ),
    pytest.param(
        "Rina Wulandari mengatakan tarif feri tidak naik tahun ini.",
        [("reported", "tarif feri tidak naik tahun ini", "Rina Wulandari", "mengatakan")],
        id="this-year-after-a-clause-without-bahwa",
    ),
    pytest.param(
        "Ketua Komisi Pemilihan Umum Budi mengatakan pemilu akan digelar tepat waktu tahun depan.",
        [("reported", "pemilu akan digelar tepat waktu tahun depan", "Budi", "mengatakan")],
        id="a-role-a-body-of-common-words-and-a-one-word-name",
    ),
    pytest.param(
        "Kepala Badan Pusat Statistik Rina Wulandari mengatakan inflasi turun pada bulan Mei.",
        [("reported", "inflasi turun pada bulan Mei", "Rina Wulandari", "mengatakan")],
        id="a-role-a-body-of-common-words-and-a-full-name",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Jawa Barat Ahmad Fauzi mengatakan vaksinasi dimulai besok.",
        [("reported", "vaksinasi dimulai besok", "Ahmad Fauzi", "mengatakan")],
        id="a-region-a-point-of-the-compass-closes-then-a-full-name",
    ),
    pytest.param(
        "Gubernur Sulawesi Tenggara Rina Lestari mengatakan banjir mulai surut.",
        [("reported", "banjir mulai surut", "Rina Lestari", "mengatakan")],
        id="a-role-a-region-then-a-full-name",
    ),
    pytest.param(
        "Kepala Dinas Kesehatan Kota Bandung Ahmad Fauzi mengatakan vaksinasi dimulai besok.",
        [("reported", "vaksinasi dimulai besok", "Ahmad Fauzi", "mengatakan")],
        id="a-city-s-one-word-name-then-a-full-name",
    ),
    pytest.param(
        "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bandung Rina Lestari "
        "mengatakan banjir mulai surut.",
        [("reported", "banjir mulai surut", "Rina Lestari", "mengatakan")],
        id="a-body-s-abbreviation-in-brackets-before-the-holder",
    ),
    pytest.param(
        "Ketua DPR Agung Laksono mengatakan anggaran akan naik tahun depan.",
        [("reported", "anggaran akan naik tahun depan", "Agung Laksono", "mengatakan")],
        id="after-a-body-s-acronym-a-common-word-opens-the-name",
    ),
    pytest.param(
        "Menurut Badan Pusat Statistik, inflasi turun pada bulan Mei karena harga pangan stabil.",
        [
            (
                "reported",
                "inflasi turun pada bulan Mei karena harga pangan stabil",
                "Badan Pusat Statistik",
                "Menurut",
            )
        ],
        id="a-body-of-common-words-names-no-person",
    ),
    pytest.param(
        '"Kami tidak punya pilihan lain," kata Budi Santoso kepada wartawan di Jakarta.',
        [("direct", "Kami tidak punya pilihan lain,", "Budi Santoso", "kata")],
        id="bare-cue-before-the-source",
    ),
    pytest.param(
        "“Jembatan itu akan dibuka pada bulan Mei,” ujar Rina Lestari, Selasa.",
        [("direct", "Jembatan itu akan dibuka pada bulan Mei,", "Rina Lestari", "ujar")],
        id="curly-marks-ujar",
    ),
    pytest.param(
        "Rina Lestari mengatakan bahwa jembatan itu akan dibuka pada bulan Mei.",
        [("reported", "jembatan itu akan dibuka pada bulan Mei", "Rina Lestari", "mengatakan")],
        id="reported-bahwa",
    ),
    pytest.param(
        "Rina Lestari mengatakan pemerintah kota akan membangun jembatan baru.",
        [
            (
                "reported",
                "pemerintah kota akan membangun jembatan baru",
                "Rina Lestari",
                "mengatakan",
            )
        ],
        id="reported-without-bahwa",
    ),
    pytest.param(
        "Kepala BPBD Andi Wijaya menegaskan, perbaikan jalan akan selesai sebelum Lebaran.",
        [
            (
                "reported",
                "perbaikan jalan akan selesai sebelum Lebaran",
                "Andi Wijaya",
                "menegaskan",
            )
        ],
        id="comma-for-bahwa",
    ),
    pytest.param(
        "Andi Wijaya menjelaskan kepada wartawan, air mulai surut sejak Senin pagi.",
        [("reported", "air mulai surut sejak Senin pagi", "Andi Wijaya", "menjelaskan")],
        id="comma-after-the-addressee",
    ),
    pytest.param(
        "Menurut Rina, biaya perbaikan mencapai Rp 20 miliar.",
        [("reported", "biaya perbaikan mencapai Rp 20 miliar", "Rina", "Menurut")],
        id="menurut",
    ),
    pytest.param(
        "Pengamat ekonomi Dewi Anggraini menilai kebijakan tersebut terlambat.",
        [("reported", "kebijakan tersebut terlambat", "Dewi Anggraini", "menilai")],
        id="cognition-cue",
    ),
    pytest.param(
        "Polisi menangkap dua orang dalam razia itu. Hal itu disampaikan Hendra Gunawan.",
        [
            (
                "reported",
                "Polisi menangkap dua orang dalam razia itu",
                "Hendra Gunawan",
                "Hal itu disampaikan",
            )
        ],
        id="anaphoric-hal-itu-disampaikan",
    ),
    pytest.param(
        '"Air mulai surut," kata Andi Wijaya, "tetapi hujan masih turun."',
        [
            ("direct", "Air mulai surut,", "Andi Wijaya", "kata"),
            ("direct", "tetapi hujan masih turun.", "Andi Wijaya", "kata"),
        ],
        id="interrupted-quotation",
    ),
    pytest.param(
        "Harga bahan bakar akan naik bulan depan, kata Budi Santoso.",
        [("reported", "Harga bahan bakar akan naik bulan depan", "Budi Santoso", "kata")],
        id="content-first-kata",
    ),
    pytest.param(
        "Presiden Joko Santoso meminta para menteri untuk mempercepat pembangunan jalan.",
        [("reported", "mempercepat pembangunan jalan", "Joko Santoso", "meminta")],
        id="control-untuk",
    ),
    pytest.param("Ia datang ke Jakarta untuk bertemu presiden.", [], id="untuk-of-purpose"),
    pytest.param(
        "Menteri Budi Santoso meminta agar warga tetap tenang.",
        [("reported", "warga tetap tenang", "Budi Santoso", "meminta")],
        id="agar-opens-the-content-of-a-request",
    ),
    pytest.param(
        "Menteri Budi Santoso meminta maaf kepada warga atas keterlambatan kapal.",
        [],
        id="meminta-maaf-is-an-apology-no-speech",
    ),
    pytest.param(
        "Polisi meminta keterangan dari tiga saksi di lokasi kejadian.",
        [],
        id="asking-for-statements-is-no-speech",
    ),
    pytest.param(
        "Budi mengatakan bantuan akan tiba besok pagi.",
        [("reported", "bantuan akan tiba besok pagi", "Budi", "mengatakan")],
        id="a-request-s-object-after-another-cue-is-content",
    ),
    pytest.param("Tim nasional memenangi pertandingan itu dengan skor 2-0.", [], id="no-cue"),
    pytest.param('Kata "merdeka" sering diucapkan dalam pidato itu.', [], id="kata-is-a-noun"),
    pytest.param("Jelas bahwa proyek itu belum selesai.", [], id="jelas-is-an-adjective"),
    pytest.param(
        "Harga beras akan turun bulan depan, kata juru bicara Kementerian Pertanian.",
        [
            (
                "reported",
                "Harga beras akan turun bulan depan",
                "juru bicara Kementerian Pertanian",
                "kata",
            )
        ],
        id="a-role-of-a-body-named-in-two-words-no-person-s-name",
    ),
    pytest.param(
        "Harga beras akan turun bulan depan, kata Juru Bicara Kementerian Pertanian.",
        [
            (
                "reported",
                "Harga beras akan turun bulan depan",
                "Juru Bicara Kementerian Pertanian",
                "kata",
            )
        ],
        id="a-capitalised-role-of-two-words-of-a-body-named-in-two-words",
    ),
]

TEXTS = [case.values[0] for case in CASES if case.values[1]]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_id(text: str) -> None:
    assert lang.detect(text) == "id"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "id"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="id") == expected


@pytest.mark.parametrize(
    ("second", "cue"),
    [
        ('"Kami akan bekerja siang dan malam," katanya.', "katanya"),
        ('"Kami akan bekerja siang dan malam," tegasnya.', "tegasnya"),
        ("Menurutnya, jalan itu akan dibuka kembali pekan depan.", "Menurutnya"),
        ("Ia mengatakan bahwa jalan itu akan dibuka kembali pekan depan.", "mengatakan"),
    ],
)
def test_a_pronoun_names_the_person_named_before(second: str, cue: str) -> None:
    """ "-nya" written onto a cue ("katanya", said he or she) or onto "menurut" is a
    pronoun, as "ia" is: the speaker is the person named before."""
    text = "Menteri Budi Santoso meninjau lokasi banjir di Bandung. " + second
    quotes = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in quotes] == [
        ("Budi Santoso", cue)
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Harga akan naik," kata Menteri Keuangan Budi Santoso. "Kami siap," ujar Budi.',
        '"Harga akan naik," kata Menteri Keuangan Budi Santoso. "Kami siap," ujar Santoso.',
        '"Harga akan naik," kata Menteri Keuangan Budi Santoso. "Kami siap," kata Budi Santoso.',
    ],
)
def test_the_complement_of_a_role_is_no_part_of_the_name(text: str) -> None:
    """Lexicon.bare_role_complements: "Menteri Keuangan" (Minister of Finance), no
    preposition; the holder is printed elsewhere by either name or both, without the
    complement."""
    quotes = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Budi Santoso"] * 2


def test_an_unknown_complement_stays_in_the_name() -> None:
    # the holder printed nowhere alone: which capitalised words are the name is unknown
    text = '"Harga akan naik," kata Menteri Keuangan Budi Santoso.'
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name.endswith("Budi Santoso")


def test_lexicon() -> None:
    check_lexicon("id", min_cue_verbs=150)


def test_article() -> None:
    text = (
        "date 2026-03-04 Pemerintah naikkan harga BBM mulai April\n"
        "Pemerintah akan menaikkan harga bahan bakar mulai bulan April, kata Menteri "
        "Energi Budi Santoso pada hari Selasa.\n"
        '"Kami tidak punya pilihan lain," kata Budi kepada wartawan di Jakarta.\n'
        "Sebelumnya, harga bahan bakar terakhir naik pada tahun 2022."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "id"
    assert article.title == "Pemerintah naikkan harga BBM mulai April"
    assert str(article.published) == "2026-03-04"
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("reported", "Budi Santoso"),
        ("direct", "Budi Santoso"),
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND


@pytest.mark.parametrize(
    "text",
    [
        'Harga sayur naik lagi pekan ini. "Kami tidak bisa menunggu," katanya.',
        "Harga sayur naik lagi pekan ini. Menurutnya, harga akan turun bulan depan.",
    ],
)
def test_a_pronoun_written_onto_the_cue_with_nobody_named_names_no_one(text: str) -> None:
    """ "-nya" points back to a person; where the text named nobody before it, the
    quote has no speaker (not "nya")."""
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "second",
    [
        '"Kami akan bekerja siang dan malam," katanya singkat.',
        '"Kami akan bekerja siang dan malam," ujarnya lagi.',
        '"Kami akan bekerja siang dan malam," kata Budi tegas.',
    ],
)
def test_an_adverb_of_manner_after_the_cue_is_no_source(second: str) -> None:
    """Lexicon.manner_adverbs: "singkat" (briefly), "lagi" (again) after the cue end the
    signature as a word of time does, no source of their own."""
    text = "Menteri Budi Santoso meninjau lokasi banjir di Bandung. " + second
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name.startswith("Budi")
    assert quote.text == "Kami akan bekerja siang dan malam,"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wali Kota Dewi Anggraini mengatakan, pasar baru akan dibuka pekan depan.",
            "Dewi Anggraini",
        ),
        (
            '"Pasar baru akan dibuka pekan depan," kata Wali Kota Surabaya Dewi Anggraini. '
            '"Kami siap," ujar Dewi.',
            "Dewi Anggraini",
        ),
    ],
)
def test_the_second_word_of_a_role_of_two_words_is_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    """ "Wali Kota" (mayor) is one role of two words (Lexicon.role_equivalents): "Kota"
    opens no name."""
    quotes = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quotes and all(q.speaker is not None and q.speaker.name == speaker for q in quotes)


def test_a_conjunction_after_the_comma_opens_no_content() -> None:
    """Lexicon.comma_complement: "X mengatakan, C" takes a clause after the comma, not
    the sentence's next clause opened by a conjunction."""
    text = "Budi mengatakan kepada warga, dan semua orang di desa itu setuju."
    assert newsstruct.parse(text, lang="id", registry=REGISTRY).quotes == ()


def test_roles_of_two_words_are_whole() -> None:
    """A role of two words ("duta besar", "juru bicara") is one role, its short form's
    equivalent: its second word ("besar", big; "bicara", speak) is no role alone."""
    lexicon = lang.get("id")
    assert not {"besar", "bicara", "utama", "hukum", "khusus"} & lexicon.role_nouns
    assert not {"rumah", "sakit"} & lexicon.thing_nouns
    assert ("dubes", "duta besar") in lexicon.role_equivalents


@pytest.mark.parametrize(
    "second",
    [
        '"Kami akan bekerja siang dan malam," katanya.',
        "Dia mengatakan pasar itu akan dibuka kembali pekan depan.",
        '"Kami akan bekerja siang dan malam," kata dia.',
    ],
)
def test_a_pronoun_names_the_person_named_before_without_a_role(second: str) -> None:
    """Lexicon.genderless_pronouns: "dia", "-nya" tell no gender; before any speaker they
    stand for the last name printed, with no role by it as with one."""
    text = "Budi Santoso datang ke pasar pada hari Senin. " + second
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == "Budi Santoso"


@pytest.mark.parametrize(
    "text",
    [
        "Juru Bicara Kementerian Luar Negeri Rina Lestari mengatakan, bantuan segera dikirim.",
        "Kepala Dinas Kesehatan Rina Lestari mengatakan, bantuan segera dikirim.",
    ],
)
def test_the_name_of_a_body_after_its_noun_is_no_part_of_the_name(text: str) -> None:
    """A body's noun ("Kementerian", "Dinas") comes before its name ("Luar Negeri",
    "Kesehatan"), one word at least: the holder is after it."""
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == "Rina Lestari"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harga beras akan naik bulan depan, kata sumber utama.", "sumber utama"),
        ("Harga beras akan naik bulan depan, kata pejabat senior.", "pejabat senior"),
    ],
)
def test_an_adjective_after_the_role_noun_is_the_source_s(text: str, speaker: str) -> None:
    """Adjectives follow their noun as a role's complement does: "sumber utama" (a main
    source) is the source."""
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gubernur Bali Ahmad Fauzi mengatakan anggaran banjir sudah cair bulan ini. "
            "Ia menambahkan bahwa warga harus tetap waspada.",
            "Gubernur Bali Ahmad Fauzi",
        ),
        (
            "Gubernur Jawa Barat Ahmad Fauzi mengatakan anggaran banjir sudah cair bulan ini. "
            "Ia menambahkan bahwa warga harus tetap waspada.",
            "Ahmad Fauzi",
        ),
        (
            "Gubernur Jawa Barat Ahmad Fauzi mengatakan anggaran banjir sudah cair bulan ini. "
            "Fauzi menambahkan bahwa warga harus tetap waspada.",
            "Ahmad Fauzi",
        ),
        (
            "Presiden Arif Bima Santoso mengatakan ekonomi nasional tumbuh lima persen. "
            "Ia menambahkan bahwa inflasi tetap terkendali.",
            "Arif Bima Santoso",
        ),
    ],
)
def test_a_place_after_a_role_is_never_half_the_name(text: str, speaker: str) -> None:
    """Lexicon.bare_role_complements: after a role noun the place it is of runs into the
    holder's name (``Gubernur Bali Ahmad Fauzi``).  Where the article prints the name
    alone elsewhere the holder is the last two words, and so after a point of the compass
    that closes the place (``Jawa Barat``); else no word tells where the name starts, and
    the whole mention speaks (never ``Bali Ahmad Fauzi``); a title takes no place after
    it.  A later pronoun stands for the same person."""
    quotes = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert len(quotes) == 2
    assert all(q.speaker is not None and q.speaker.name == speaker for q in quotes)


@pytest.mark.parametrize("cue", ["mengatakan", "menjelaskan", "menyampaikan"])
def test_a_role_noun_after_a_cue_of_content_is_the_content_s_subject(cue: str) -> None:
    """Lexicon.object_cue_verbs: "mengatakan" and its kin take what is said as their
    object, whom it is told after "kepada": a role noun right after one opens the
    content ("warga harus …"), no addressee."""
    text = f"Budi Santoso {cue} warga harus tetap waspada terhadap banjir."
    [quote] = newsstruct.parse(text, lang="id", registry=REGISTRY).quotes
    assert quote.text == "warga harus tetap waspada terhadap banjir"
    assert quote.speaker is not None and quote.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("city", ["Jakarta", "Bandung", "Banda Aceh"])
def test_a_known_city_and_a_dash_open_the_lead_as_its_dateline(city: str) -> None:
    # detik-style "Jakarta - …": the city is the dateline, the lead's words start after it;
    # a province's city as well as the capital ("Bandung - …")
    text = (
        f"{city} - Pemerintah akan membuka kembali pelabuhan Lornport pada bulan Juni, "
        "kata Budi Lornanto.\n\nKapal feri terakhir berangkat pada tahun 2024."
    )
    article = newsstruct.parse(text, lang="id")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (city, None)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("Pemerintah akan membuka kembali pelabuhan Lornport pada bulan Juni", "Budi Lornanto")
    ]


def test_a_company_and_a_dash_are_no_dateline() -> None:
    text = "Lornindo - Perusahaan itu akan menutup pabriknya pada bulan Juni, kata Budi Lornanto."
    assert newsstruct.parse(text, lang="id").dateline is None
