"""Finnish: language detection, the quote constructions of invented articles (dash
paragraphs signed after a comma, "X:n mukaan", "Asiasta kertoi X"), and the STT
dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "– Silta on meille tärkeä, sanoo kauppahallin edessä kioskia pitävä Anna Korhonen.",
        [("direct", "Silta on meille tärkeä", "Anna Korhonen", "sanoo")],
        id="a-postposition-s-phrase-before-a-participle-phrase-and-the-signing-name",
    ),
    pytest.param(
        "Lornvaaran silta suljetaan maanantaina, kertoo kaupunki tiedotteessaan.",
        [("reported", "Lornvaaran silta suljetaan maanantaina", "kaupunki", "kertoo")],
        id="the-medium-with-its-possessive-suffix-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "Työttömyys pysyy kuitenkin korkeana ensi vuonna, valtiovarainministeriön mukaan.",
        [
            (
                "reported",
                "Työttömyys pysyy kuitenkin korkeana ensi vuonna",
                "valtiovarainministeriön",
                "mukaan",
            )
        ],
        id="a-compound-body-noun-before-mukaan-ends-the-sentence",
    ),
    pytest.param(
        (
            "Pääjohtaja Olli Rehn kertoi tiistaina Suomen Pankissa, että korot "
            "nousevat. Hänen mukaansa talous kasvaa ensi vuonna."
        ),
        [
            ("reported", "korot nousevat", "Olli Rehn", "kertoi"),
            ("reported", "talous kasvaa ensi vuonna", "Olli Rehn", "mukaansa"),
        ],
        id="a-body-in-the-inessive-is-no-antecedent",
    ),
    pytest.param(
        (
            "Suomen Pankissa arvioidaan, että korot nousevat. Hän "
            "sanoi, että talous kasvaa ensi vuonna."
        ),
        [("reported", "talous kasvaa ensi vuonna", "Hän", "sanoi")],
        id="a-body-in-the-inessive-names-no-person-for-a-pronoun",
    ),
    pytest.param(
        "– Tilanne on vakava ja paheneva, Mäkinen sanoi STT:lle.",
        [("direct", "Tilanne on vakava ja paheneva", "Mäkinen", "sanoi")],
        id="dash-paragraph-signed-with-an-addressee-in-the-allative",
    ),
    pytest.param(
        "– Tilanne on vakava ja paheneva, Mäkinen sanoi toimittajille.",
        [("direct", "Tilanne on vakava ja paheneva", "Mäkinen", "sanoi")],
        id="dash-paragraph-signed-with-a-lower-case-addressee",
    ),
    pytest.param(
        "Poliisin mukaan mies pakeni.",
        [("reported", "mies pakeni", "Poliisin", "mukaan")],
        id="mukaan-before-a-clause-of-two-words",
    ),
    pytest.param(
        "– Meidän on toimittava nyt. Aikaa ei ole hukattavaksi, sanoo ministeri Anna Laine.",
        [
            (
                "direct",
                "Meidän on toimittava nyt. Aikaa ei ole hukattavaksi",
                "Anna Laine",
                "sanoo",
            )
        ],
        id="dash-paragraph-of-two-sentences",
    ),
    pytest.param(
        "Ministeri Anna Laine sanoo, että veroja ei koroteta tänä vuonna.",
        [("reported", "veroja ei koroteta tänä vuonna", "Anna Laine", "sanoo")],
        id="reported-etta",
    ),
    pytest.param(
        "”Emme korota veroja tänä vuonna”, sanoo valtiovarainministeri Pekka Salo.",
        [("direct", "Emme korota veroja tänä vuonna", "Pekka Salo", "sanoo")],
        id="same-mark-both-ends",
    ),
    pytest.param(
        "Kaksi ihmistä on otettu kiinni ryöstöstä Oulussa. Asiasta kertoi poliisi.",
        [
            (
                "reported",
                "Kaksi ihmistä on otettu kiinni ryöstöstä Oulussa",
                "poliisi",
                "Asiasta kertoi",
            )
        ],
        id="anaphoric-asiasta-kertoi",
    ),
    pytest.param(
        "Ministerin mukaan kustannukset maksavat työnantajat.",
        [("reported", "kustannukset maksavat työnantajat", "Ministerin", "mukaan")],
        id="mukaan-postposition",
    ),
    pytest.param(
        "Pormestari Eeva Koski kehotti asukkaita säästämään vettä.",
        [("reported", "säästämään vettä", "Eeva Koski", "kehotti")],
        id="control-infinitive",
    ),
    pytest.param("Joukkue voitti ottelun, joka pelattiin sunnuntaina.", [], id="no-cue"),
    pytest.param(
        "Virtasen mukaan uudistus valmistuu ensi vuonna.",
        [("reported", "uudistus valmistuu ensi vuonna", "Virtanen", "mukaan")],
        id="mukaan-genitive-of-a-nen-name-in-the-nominative",
    ),
    pytest.param(
        "Ministeri Liisa Mäkinen vieraili tehtaalla. Mäkisen mukaan uudistus valmistuu pian.",
        [("reported", "uudistus valmistuu pian", "Liisa Mäkinen", "mukaan")],
        id="mukaan-genitive-of-a-name-printed-before",
    ),
    pytest.param(
        "Kallaksen mukaan uudistus valmistuu ensi vuonna.",
        [("reported", "uudistus valmistuu ensi vuonna", "Kallas", "mukaan")],
        id="mukaan-genitive-of-an-s-name",
    ),
    pytest.param(
        "EU:n mukaan uudistus valmistuu ensi vuonna.",
        [("reported", "uudistus valmistuu ensi vuonna", "EU", "mukaan")],
        id="mukaan-case-ending-after-a-colon",
    ),
    pytest.param(
        "Pormestari Liisa Laine kertoi STT:lle, että uudistus valmistuu pian.",
        [("reported", "uudistus valmistuu pian", "Liisa Laine", "kertoi")],
        id="addressee-case-ending-after-a-colon",
    ),
    pytest.param(
        "Uudistus valmistuu ensi vuonna ministeri Virtasen mukaan.",
        [("reported", "Uudistus valmistuu ensi vuonna", "Virtanen", "mukaan")],
        id="mukaan-closes-the-sentence-without-a-comma",
    ),
    pytest.param(
        "Onnettomuus sattui aamulla poliisin mukaan.",
        [("reported", "Onnettomuus sattui aamulla", "poliisin", "mukaan")],
        id="mukaan-after-a-body-s-noun-closes-the-sentence",
    ),
    pytest.param("Puolue lähti kampanjaan mukaan.", [], id="mukaan-along-is-no-source"),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_fi(text: str) -> None:
    assert lang.detect(text) == "fi"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "fi"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_possessive_pronoun_names_the_person_named_before() -> None:
    text = "Tutkija Anna Laine kertoi tuloksista. Hänen mukaansa ilmasto lämpenee nopeasti."
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Anna Laine"]


def test_stt_dateline() -> None:
    text = "HELSINKI (STT) – Hallitus nostaa eläkkeitä ensi vuonna, sanoo pääministeri."
    article = newsstruct.parse(text)
    assert article.outlet == "stt"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("HELSINKI", "STT")


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("fi", min_cue_verbs=200)


def test_outlet_with_a_colon_case_ending_is_an_attribution() -> None:
    text = "STT:n mukaan uudistus valmistuu ensi vuonna."
    article = newsstruct.parse(text, lang="fi", registry=REGISTRY)
    assert article.quotes == ()
    assert [
        (a.source, a.span.of(text), a.cue.of(text) if a.cue else None) for a in article.attributions
    ] == [("STT", "STT", "mukaan")]


def test_a_pronoun_of_no_gender_names_the_person_named_before() -> None:
    """Lexicon.genderless_pronouns: "hän" is he or she; before any speaker it stands for
    the last name printed, with no role by it."""
    text = "Anna Virtanen tuli torille maanantaina. ”Riisi on liian kallista”, hän sanoi."
    [quote] = newsstruct.parse(text, lang="fi", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == "Anna Virtanen"
