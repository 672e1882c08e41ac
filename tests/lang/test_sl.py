"""Slovenian: language detection against Croatian, Serbian, Czech and Slovak, the quote
constructions of invented articles, and the STA dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "»Most bomo odprli maja,« je dejal predstavnik ministra Janeza Lornika.",
        [("direct", "Most bomo odprli maja,", "predstavnik ministra Janeza Lornika", "dejal")],
        id="a-role-of-a-holder-in-the-genitive-speaks-as-written",
    ),
    pytest.param(
        "Minister za finance je dejal, da bo proračun za prihodnje leto uravnotežen.",
        [
            (
                "reported",
                "bo proračun za prihodnje leto uravnotežen",
                "Minister za finance",
                "dejal",
            )
        ],
        id="reported-da",
    ),
    pytest.param(
        "»Letos davkov ne bomo zviševali,« je dejal finančni minister Peter Kovač.",
        [("direct", "Letos davkov ne bomo zviševali,", "Peter Kovač", "dejal")],
        id="guillemets-comma-inside",
    ),
    pytest.param(
        "„Davkov ne bomo zviševali,“ je povedala ministrica Ana Novak.",
        [("direct", "Davkov ne bomo zviševali,", "Ana Novak", "povedala")],
        id="low-high-marks",
    ),
    pytest.param(
        "Novi most čez reko bodo odprli julija. To je povedal župan Ivan Golob.",
        [
            (
                "reported",
                "Novi most čez reko bodo odprli julija",
                "Ivan Golob",
                "To je povedal",
            )
        ],
        id="anaphoric-to-je-povedal",
    ),
    pytest.param(
        "Po besedah ministra bodo stroške pokrili delodajalci.",
        [("reported", "bodo stroške pokrili delodajalci", "ministra", "Po besedah")],
        id="po-besedah-without-comma",
    ),
    pytest.param(
        "Županja Marija Zupan je pozvala občane, naj ne kurijo odpadkov.",
        [("reported", "ne kurijo odpadkov", "Marija Zupan", "pozvala")],
        id="control-naj",
    ),
    pytest.param(
        "Na novinarski konferenci je minister Janez Novak dejal, da bodo cene padle.",
        [("reported", "bodo cene padle", "Janez Novak", "dejal")],
        id="fronted-adjunct-then-clitic-auxiliary",
    ),
    pytest.param("Ekipa je zmagala na tekmi, ki je bila odigrana v nedeljo.", [], id="no-cue"),
    pytest.param(
        "»Trajekt se vrne maja,« je v ponedeljek dejal minister.",
        [("direct", "Trajekt se vrne maja,", "minister", "dejal")],
        id="the-clitic-auxiliary-and-an-adjunct-before-the-inverted-cue",
    ),
    pytest.param(
        "Pristanišče bo zaprto do petka, so sporočili z ministrstva.",
        [("reported", "Pristanišče bo zaprto do petka", "ministrstva", "sporočili z")],
        id="from-the-body-after-the-words",
    ),
    pytest.param(
        "Iz podjetja so pojasnili, da bo pristanišče zaprto do petka.",
        [("reported", "bo pristanišče zaprto do petka", "podjetja", "pojasnili")],
        id="from-the-body-first",
    ),
    pytest.param(
        "Pristanišče bo zaprto do petka, so povedali z nasmehom.",
        [("reported", "Pristanišče bo zaprto do petka", None, "povedali z")],
        id="z-and-a-manner-in-the-instrumental-no-body",
    ),
    pytest.param(
        "Kot je za Delo povedal župan, bo most zaprt do petka.",
        [("reported", "bo most zaprt do petka", "župan", "povedal")],
        id="kot-je-za-an-outlet-the-lexicon-does-not-know",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_sl(text: str) -> None:
    assert lang.detect(text) == "sl"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "sl"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_possessive_source_phrase_names_the_person_named_before() -> None:
    text = (
        "Ministrica Ana Kos je sklicala sejo vlade. Po njenih besedah bo gradnja trajala "
        "tri leta. »To je največji projekt doslej,« je dodala."
    )
    quotes = newsstruct.parse(text, lang="sl", registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ana Kos", "Ana Kos"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rekel je, da bo prišel jutri in da bo tudi on govoril.", "sl"),
        ("Ministar je rekao da će most biti otvoren u svibnju.", "hr"),
        ("On je rekao da će doći sutra.", "hr"),
        ("Ministr řekl, že most bude otevřen v květnu.", "cs"),
    ],
)
def test_short_latin_lines(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_sta_dateline() -> None:
    text = (
        "Novo mesto, 7. maja (STA) - Policisti so prijeli dva osumljenca, je dejala predstavnica."
    )
    article = newsstruct.parse(text)
    assert article.outlet == "sta"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "Novo mesto",
        "STA",
        "7. maja",
    )


def test_content_ends_before_a_credit() -> None:
    text = "Minister je ocenil, da je dogovor dober, poroča agencija APA."
    assert quote_rows(text, lang="sl") == [("reported", "je dogovor dober", "Minister", "ocenil")]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("sl", min_cue_verbs=300)


def test_po_besedah_a_full_name_in_the_genitive_takes_its_printed_nominative() -> None:
    text = (
        "Minister Janez Lornik je včeraj odpotoval v Bruselj. Po besedah ministra Janeza "
        "Lornika se bodo pogajanja zavlekla do petka."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Janez Lornik"]
