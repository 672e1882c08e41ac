"""Serbian in both its scripts: language detection (Cyrillic Serbian is no Russian,
Bulgarian or Ukrainian; Latin Serbian beside Croatian), the quote constructions of
invented articles, and background openers.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Министар здравља Горан Илић рекао је да ће нова болница бити отворена у јуну.",
        [("reported", "ће нова болница бити отворена у јуну", "Горан Илић", "рекао је")],
        id="cyrillic-rekao-je-da",
    ),
    pytest.param(
        "„Нећемо повећавати порезе ове године“, изјавила је министарка Јована Павловић.",
        [("direct", "Нећемо повећавати порезе ове године", "Јована Павловић", "изјавила је")],
        id="cyrillic-low-high-marks",
    ),
    pytest.param(
        "Gradonačelnik Dragan Todorović je naveo da će radovi trajati dve godine.",
        [("reported", "će radovi trajati dve godine", "Dragan Todorović", "naveo")],
        id="latin-je-naveo-da",
    ),
    pytest.param(
        "Prema rečima direktorke Milene Stojanović, škola će biti renovirana do septembra.",
        [
            (
                "reported",
                "škola će biti renovirana do septembra",
                "Milena Stojanović",
                "Prema rečima",
            )
        ],
        id="latin-prema-recima",
    ),
    pytest.param(
        "Novi most preko Save biće otvoren u maju, saopštio je ministar Zoran Lukić.",
        [
            (
                "reported",
                "Novi most preko Save biće otvoren u maju",
                "Zoran Lukić",
                "saopštio je",
            )
        ],
        id="latin-content-first",
    ),
    pytest.param("Тим је победио у утакмици која је одиграна у недељу.", [], id="no-cue"),
    pytest.param(
        "Градоначелник је најавио обнову моста, истичући да ће радови трајати до маја.",
        [
            ("reported", "ће радови трајати до маја", "Градоначелник", "истичући"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
    pytest.param(
        "Лука ће бити затворена до петка, саопштили су из министарства.",
        [("reported", "Лука ће бити затворена до петка", "министарства", "саопштили су из")],
        id="from-the-body-after-the-words",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_sr(text: str) -> None:
    assert lang.detect(text) == "sr"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "sr"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_za_and_an_outlet_after_the_speaker_is_whom_she_spoke_to() -> None:
    text = "„Radovi kasne dva meseca“, rekla je Ana Kostić za Betu."
    assert quote_rows(text) == [("direct", "Radovi kasne dva meseca", "Ana Kostić", "rekla je")]


def test_za_inside_a_role_description_goes_on() -> None:
    text = (
        "Prema rečima direktora gradske direkcije za izgradnju Petra Savića, "
        "vrednost projekta je oko 90 miliona evra."
    )
    assert quote_rows(text) == [
        ("reported", "vrednost projekta je oko 90 miliona evra", "Petar Savić", "Prema rečima")
    ]


def test_a_possessive_names_the_speaker() -> None:
    text = (
        "Naslov\nMinistarka Ana Kostić govorila je u skupštini. "
        "Prema njenim rečima, bolnice imaju dovoljno kreveta."
    )
    assert quote_rows(text) == [
        ("reported", "bolnice imaju dovoljno kreveta", "Ana Kostić", "Prema njenim rečima")
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "ј", "љ", "њ", "ђ", "ћ", "џ": no Russian, Bulgarian or Ukrainian alphabet holds them
        ("Он је рекао да ће мост бити завршен.", "sr"),
        ("Женщина говорит, что мост откроют в мае.", "ru"),
        ("Той каза, че мостът ще бъде открит през май.", "bg"),
        ("Жінка каже, що міст відкриють у травні.", "uk"),
        # Macedonian "ќ", "ѓ", "ѕ": a language without a lexicon, read by the general rules
        ("Тој рече дека ќе дојде, но ќе доцни, а ѓаволот ќе се смее.", "mk"),
    ],
)
def test_cyrillic_alphabets(text: str, code: str) -> None:
    assert lang.detect(text) == code


@pytest.mark.parametrize(
    "paragraph",
    [
        "Podsetimo, prošle godine izložba je održana u Nišu.",
        "Kako je ranije objavljeno, fabrika je u martu obustavila proizvodnju.",
        "Подсетимо, влада је прошле године усвојила сличан закон.",
    ],
)
def test_background_openers(paragraph: str) -> None:
    text = "Naslov vesti\nFabrika je proizvela prvu seriju traktora, rekao je direktor.\n"
    article = newsstruct.parse(text + paragraph, lang="sr", registry=REGISTRY)
    assert [p.text for p in article.background] == [paragraph]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("sr", min_cue_verbs=300)
