"""Hungarian: language detection, the quote constructions of invented articles (the dash
and cue after a quotation, "szerint", roles after names, open appositions, addressees in
the dative), and background openers.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Ezután a miniszter közölte, hogy a lornvári munkák jövő héten kezdődnek.",
        [("reported", "a lornvári munkák jövő héten kezdődnek", "a miniszter", "közölte")],
        id="a-sentence-adverb-before-the-subject-is-no-speaker",
    ),
    pytest.param(
        "A vizsgálat után Kovács Péter közölte, hogy a lornvári munkák jövő héten kezdődnek.",
        [("reported", "a lornvári munkák jövő héten kezdődnek", "Kovács Péter", "közölte")],
        id="a-postpositional-phrase-before-the-subject-is-no-speaker",
    ),
    pytest.param(
        "A lornporti híd hétfőig zárva marad. Erről a rendőrség számolt be.",
        [("reported", "A lornporti híd hétfőig zárva marad", "a rendőrség", "számolt be")],
        id="erről-before-the-subject-attributes-the-sentence-before",
    ),
    pytest.param(
        "A lornporti híd hétfőig zárva marad. Ezt a polgármester közölte.",
        [("reported", "A lornporti híd hétfőig zárva marad", "a polgármester", "közölte")],
        id="ezt-before-the-subject-attributes-the-sentence-before",
    ),
    pytest.param(
        "A híd zárva marad. Erről a miniszter azt mondta, hogy a munkák jövő héten kezdődnek.",
        [("reported", "a munkák jövő héten kezdődnek", "a miniszter", "azt mondta")],
        id="an-anaphor-s-cue-with-its-own-content-reports-that",
    ),
    pytest.param(
        "A híd zárva marad. Ezt a döntést a miniszter közölte.",
        [],
        id="ezt-as-a-determiner-is-no-anaphor",
    ),
    pytest.param(
        "„A híd májusban újra megnyílik” – mondta Kovács Anna polgármester.",
        [("direct", "A híd májusban újra megnyílik", "Kovács Anna", "mondta")],
        id="quotation-dash-cue-name-role",
    ),
    # words without marks that a dash and the cue close are the speaker's own
    # (ANNOTATION.md, "unmarked quotes"), as MTI sets them
    pytest.param(
        "A város a nyáron felújítja a hidat – közölte az önkormányzat.",
        [("direct", "A város a nyáron felújítja a hidat", "az önkormányzat", "közölte")],
        id="unmarked-statement-dash-cue",
    ),
    pytest.param(
        "Kovács Anna hangsúlyozta, hogy a munkák nem drágulnak.",
        [("reported", "a munkák nem drágulnak", "Kovács Anna", "hangsúlyozta")],
        id="cue-comma-hogy",
    ),
    pytest.param(
        "A szóvivő szerint a forgalom jövő héten áll helyre.",
        [("reported", "a forgalom jövő héten áll helyre", "A szóvivő", "szerint")],
        id="szerint-after-an-article",
    ),
    pytest.param(
        "Kiss Péter, a cég szóvivője az újságnak elmondta, hogy a gyár bezár.",
        [("reported", "a gyár bezár", "Kiss Péter", "elmondta")],
        id="open-apposition-and-a-dative-addressee",
    ),
    pytest.param(
        "„Ez nem elfogadható” – nyilatkozta az MTI-nek Szabó Éva.",
        [("direct", "Ez nem elfogadható", "Szabó Éva", "nyilatkozta")],
        id="dative-addressee-before-the-source",
    ),
    pytest.param(
        "„Mindent megtettünk” – mondta a döntés után Nagy Béla edző.",
        [("direct", "Mindent megtettünk", "Nagy Béla", "mondta")],
        id="postposition-phrase-before-the-source",
    ),
    pytest.param(
        "„Nem adjuk fel” – tette hozzá Tóth Ilona.",
        [("direct", "Nem adjuk fel", "Tóth Ilona", "tette hozzá")],
        id="particle-after-the-verb",
    ),
    pytest.param(
        "A polgármester bejelentette a híd felújítását, hozzátéve, hogy a munkák májusig tartanak.",
        [
            ("reported", "a munkák májusig tartanak", "A polgármester", "hozzátéve"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
    pytest.param(
        "A híd péntekig zárva marad, számoltak be a tűzoltók.",
        [("reported", "A híd péntekig zárva marad", "a tűzoltók", "számoltak be")],
        id="szamolt-be-is-a-particle-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_hu(text: str) -> None:
    assert lang.detect(text) == "hu"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "hu"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="hu") == expected


def test_a_role_after_the_name_links_a_later_description() -> None:
    text = (
        "Varga Ilona pénzügyminiszter elmondta, hogy nem lesz új adó.\n"
        "A miniszter hangsúlyozta, hogy a hiány csökken."
    )
    assert {row[2] for row in quote_rows(text, lang="hu")} == {"Varga Ilona"}


def test_a_possessed_role_links_the_bare_role() -> None:
    text = (
        "Tóth Andrea, a társaság szóvivője elmondta, hogy a gépek dolgoznak.\n"
        "A szóvivő szerint az út délután nyílik meg."
    )
    assert {row[2] for row in quote_rows(text, lang="hu")} == {"Tóth Andrea"}


def test_background_opener() -> None:
    text = (
        "Kovács Anna elmondta, hogy a híd májusban megnyílik.\n"
        "Emlékeztetünk: a hidat tavaly ősszel zárták le."
    )
    article = newsstruct.parse(text, lang="hu", registry=REGISTRY)
    assert [p.text for p in article.background] == [
        "Emlékeztetünk: a hidat tavaly ősszel zárták le."
    ]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("hu")


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Kovács Anna hétfőn a Pécsi Egyetemen járt.", "Kovács Anna"),
        ("Kovács Anna hétfőn a Magyar Nemzeti Bankban járt.", "Kovács Anna"),
        ("A Szegedi Önkormányzat hétfőn közölte a döntést.", "ő"),
    ],
)
def test_a_genderless_pronoun_stands_for_no_body(first: str, speaker: str) -> None:
    """The pronoun "ő" stands for the last person named, not a body's name, bare or in a case
    ("Bankban", in the bank): a body is "az"."""
    text = first + " „A híd jövőre elkészül” – mondta ő."
    [quote] = newsstruct.parse(text, lang="hu", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
