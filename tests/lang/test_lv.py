"""Latvian: language detection against Lithuanian and Estonian, the quote constructions
of invented articles („…” signed by a cue before or after its subject, "Pēc X teiktā",
"X vārdiem", "Kā norāda X", "To … pavēstīja X", "Par to ziņoja X"), background and the
LETA dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.lang import is_outlet_name
from newsstruct.model import Role

CASES = [
    pytest.param(
        "Valsts policijas pārstāves vārdiem, izmeklēšana turpinās.",
        [
            (
                "reported",
                "izmeklēšana turpinās",
                "Valsts policijas pārstāves",
                "vārdiem",
            )
        ],
        id="vardiem-after-three-genitives",
    ),
    pytest.param(
        "Finanšu ministre Anna Bērziņa teica, ka nodokļi netiks paaugstināti.",
        [("reported", "nodokļi netiks paaugstināti", "Anna Bērziņa", "teica")],
        id="reported-ka",
    ),
    pytest.param(
        "„Mēs nepaaugstināsim nodokļus,” teica finanšu ministre Anna Bērziņa.",
        [("direct", "Mēs nepaaugstināsim nodokļus,", "Anna Bērziņa", "teica")],
        id="cue-before-subject",
    ),
    pytest.param(
        "„Mēs nepaaugstināsim nodokļus,” Bērziņa teica.",
        [("direct", "Mēs nepaaugstināsim nodokļus,", "Bērziņa", "teica")],
        id="subject-before-cue",
    ),
    pytest.param(
        "Finanšu ministre Anna Bērziņa uzsvēra: «Mēs nepaaugstināsim nodokļus.»",
        [("direct", "Mēs nepaaugstināsim nodokļus.", "Anna Bērziņa", "uzsvēra")],
        id="guillemets-after-a-colon",
    ),
    pytest.param(
        "Pēc ministres teiktā, budžets nākamgad pieaugs.",
        [("reported", "budžets nākamgad pieaugs", "ministres", "Pēc")],
        id="pec-teikta",
    ),
    pytest.param(
        "Ministra vārdiem, budžets nākamgad pieaugs.",
        [("reported", "budžets nākamgad pieaugs", "Ministra", "vārdiem")],
        id="vardiem-after-the-source",
    ),
    pytest.param(
        "Kā norāda ministre, budžets nākamgad pieaugs.",
        [("reported", "budžets nākamgad pieaugs", "ministre", "norāda")],
        id="ka-norada",
    ),
    pytest.param(
        "Rīgā aizturēti divi aizdomās turētie. To aģentūrai LETA pavēstīja policijas "
        "pārstāve Anna Bērziņa.",
        [
            (
                "reported",
                "Rīgā aizturēti divi aizdomās turētie",
                "Anna Bērziņa",
                "To aģentūrai LETA pavēstīja",
            )
        ],
        id="anaphoric-to-pavestija",
    ),
    pytest.param(
        "Rīgā aizturēti divi aizdomās turētie. Par to ziņoja policija.",
        [("reported", "Rīgā aizturēti divi aizdomās turētie", "policija", "Par to ziņoja")],
        id="anaphoric-par-to",
    ),
    pytest.param(
        "Mērs Jānis Kalniņš aicināja iedzīvotājus taupīt ūdeni.",
        [("reported", "taupīt ūdeni", "Jānis Kalniņš", "aicināja")],
        id="control-infinitive",
    ),
    pytest.param(
        "Jānis Kalniņš, kurš vada domi, sacīja, ka ūdens pietiek.",
        [("reported", "ūdens pietiek", "Jānis Kalniņš", "sacīja")],
        id="relative-kurs-after-the-name",
    ),
    pytest.param("Komanda uzvarēja spēlē, kas notika svētdien.", [], id="no-cue"),
    pytest.param("Pēc tam, kad sanāksme beidzās, deputāti devās mājās.", [], id="pec-tam"),
    pytest.param(
        "„Mēs nepaaugstināsim nodokļus,” otrdien sacīja finanšu ministre Anna Bērziņa.",
        [("direct", "Mēs nepaaugstināsim nodokļus,", "Anna Bērziņa", "sacīja")],
        id="weekday-before-the-cue",
    ),
    pytest.param(
        "„Mēs nepaaugstināsim nodokļus,” žurnālistiem sacīja Bērziņa.",
        [("direct", "Mēs nepaaugstināsim nodokļus,", "Bērziņa", "sacīja")],
        id="dative-addressee-before-the-cue",
    ),
    pytest.param(
        "Pēc Valsts policijas teiktā, negadījumā cieta divi cilvēki.",
        [("reported", "negadījumā cieta divi cilvēki", "Valsts policijas", "Pēc")],
        id="pec-teikta-an-institution",
    ),
    pytest.param(
        "„Tilts tiks atvērts maijā,” sacīja LETA satiksmes ministrs.",
        [("direct", "Tilts tiks atvērts maijā,", "satiksmes ministrs", "sacīja")],
        id="outlet-told-after-the-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_lv(text: str) -> None:
    assert lang.detect(text) == "lv"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "lv"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    "second",
    ["Viņš teica, ka ūdens pietiek.", "Pēc viņa teiktā, ūdens pietiek visiem."],
)
def test_pronoun_names_the_person_named_before(second: str) -> None:
    text = "Mērs Jānis Kalniņš tikās ar iedzīvotājiem. " + second
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jānis Kalniņš"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Valdība nākamgad plāno palielināt pensijas par pieciem procentiem. Pēc finanšu "
            "ministra teiktā, nauda tam ir, taču opozīcija plānu asi kritizēja.",
            "lv",
        ),
        (
            "Vyriausybė kitais metais ketina padidinti pensijas penkiais procentais. Pasak "
            "finansų ministro, tam pinigų yra, tačiau opozicija planą griežtai kritikavo.",
            "lt",
        ),
        ("Politsei teatel on kaks inimest kinni peetud.", "et"),
    ],
)
def test_neighbours_keep_their_languages(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_leta_dateline_and_background() -> None:
    text = (
        "RĪGA (LETA) – Valdība nākamgad palielinās pensijas, teica premjerministre Anna "
        "Bērziņa.\n\n„Tas ir nepieciešams solis,” piebilda viņa.\n\n"
        "Jau ziņots, ka pērn pensijas pieauga par pieciem procentiem."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "lv"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("RĪGA", "LETA")
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in article.quotes] == [
        ("Anna Bērziņa", "teica"),
        ("Anna Bērziņa", "piebilda"),
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("lv", min_cue_verbs=200)


def test_he_names_the_man_named_in_the_genitive() -> None:
    # "Jāņa Kalniņa" is a man's name in the genitive: its "-a" tells no woman
    text = (
        "Pēc deputāta Jāņa Kalniņa teiktā, nodokļi pieaugs. „Tas neko neatrisina,” piebilda viņš."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jāņa Kalniņa"] * 2


def test_common_words_are_no_outlet_names() -> None:
    """ "ir" (is) and "diena" (day) open sentences: no outlet's name."""
    lexicon = lang.get("lv")
    assert not is_outlet_name("Ir", lexicon)
    assert not is_outlet_name("Diena", lexicon)
    assert is_outlet_name("LETA", lexicon)
