"""Macedonian: language detection against Serbian, Bulgarian and Russian, the quote
constructions of invented articles, and the MIA dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Министерот за финансии рече дека буџетот за следната година ќе биде избалансиран.",
        [
            (
                "reported",
                "буџетот за следната година ќе биде избалансиран",
                "Министерот за финансии",
                "рече",
            )
        ],
        id="reported-deka",
    ),
    pytest.param(
        "„Нема да ги зголемуваме даноците оваа година“, изјави министерот Петар Ангелов.",
        [("direct", "Нема да ги зголемуваме даноците оваа година", "Петар Ангелов", "изјави")],
        id="low-high-marks",
    ),
    pytest.param(
        (
            "Новиот мост преку реката ќе биде отворен во јули. Ова го изјави градоначалникот "
            "Иван Георгиевски."
        ),
        [
            (
                "reported",
                "Новиот мост преку реката ќе биде отворен во јули",
                "Иван Георгиевски",
                "Ова го изјави",
            )
        ],
        id="anaphoric-ova-go-izjavi",
    ),
    pytest.param(
        "Според министерот, трошоците ќе ги покријат работодавците.",
        [("reported", "трошоците ќе ги покријат работодавците", "министерот", "Според")],
        id="spored",
    ),
    pytest.param(
        (
            "– Сите училишта ќе бидат реновирани до крајот на годината – нагласи "
            "градоначалничката Марија Илиевска."
        ),
        [
            (
                "direct",
                "Сите училишта ќе бидат реновирани до крајот на годината",
                "Марија Илиевска",
                "нагласи",
            )
        ],
        id="dash-quote",
    ),
    pytest.param(
        "„Градиме велосипедски патеки“, рече Марија Илиевска на прес-конференција во општината.",
        [("direct", "Градиме велосипедски патеки", "Марија Илиевска", "рече")],
        id="name-then-occasion",
    ),
    pytest.param(
        (
            "Портпаролот Игор Јовановски, кој беше на местото, за медиумите изјави дека "
            "полицијата ги пронашла осомничените."
        ),
        [
            (
                "reported",
                "полицијата ги пронашла осомничените",
                "Игор Јовановски",
                "изјави",
            )
        ],
        id="relative-clause-then-cue",
    ),
    pytest.param("Тимот го доби натпреварот што се игра во недела.", [], id="no-cue"),
    pytest.param(
        "Градоначалникот го најави ремонтот на мостот, додавајќи дека работите ќе траат до мај.",
        [
            ("reported", "работите ќе траат до мај", "Градоначалникот", "додавајќи"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_mk(text: str) -> None:
    assert lang.detect(text) == "mk"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "mk"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_pronoun_names_the_person_named_before() -> None:
    text = (
        "Директорката на болницата Ана Петровска изјави дека ќе се вработат нови лекари. "
        "„Ова е само почеток“, рече таа."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Ана Петровска",
        "Ана Петровска",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no "ѓ", "ќ", "ѕ": "ј" rules out Bulgarian and Russian, the function words Serbian
        ("Таа рече дека мостот е отворен за сообраќај и дека работите завршија.", "mk"),
        ("Тој изјави дека Владата ја поддржува одлуката на општината.", "mk"),
        ("Она је рекла да ће мост бити отворен у мају.", "sr"),
        ("Министар је изјавио да је одлука донета јуче.", "sr"),
        ("Той каза, че мостът ще бъде открит през май.", "bg"),
        ("Женщина говорит, что мост откроют в мае.", "ru"),
        ("Жінка каже, що міст відкриють у травні.", "uk"),
    ],
)
def test_short_cyrillic_lines(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_mia_dateline_and_background() -> None:
    text = (
        "Скопје, 12 март (МИА) - Владата го усвои буџетот, изјави премиерот.\n"
        "Како што МИА веќе објави, синдикатите бараа повисоки плати."
    )
    article = newsstruct.parse(text)
    assert article.outlet == "mia"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "Скопје",
        "МИА",
        "12 март",
    )
    assert [p.text for p in article.background] == [text.splitlines()[1]]


def test_outlet_after_its_verb_is_credited() -> None:
    text = "Премиерот ги повика партиите на дијалог, јави Ројтерс."
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["Ројтерс"]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("mk", min_cue_verbs=200, control_cues=False)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        (
            "Според министерот Јован Лорновски мостот ќе биде отворен во мај.",
            "mk",
            [("reported", "мостот ќе биде отворен во мај", "Јован Лорновски", "Според")],
        ),
        (
            "Според полицијата возачот бил пијан.",
            "mk",
            [("reported", "возачот бил пијан", "полицијата", "Според")],
        ),
        (
            "Prema ministru Ivanu Lornoviću most će biti otvoren u svibnju.",
            "hr",
            [("reported", "most će biti otvoren u svibnju", "Ivan Lornović", "Prema")],
        ),
        (
            "Према министру Ивану Лорновићу мост ће бити отворен у мају.",
            "sr",
            [("reported", "мост ће бити отворен у мају", "Иван Лорновић", "Према")],
        ),
        # a thing is no source; a body's name going on in lower case is left alone
        ("Според планот мостот ќе биде отворен во мај.", "mk", []),
        (
            "Според податоците на Државниот завод за статистика невработеноста е намалена.",
            "mk",
            [],
        ),
    ],
)
def test_a_fronted_source_with_no_comma(text: str, code: str, expected: list[Quote]) -> None:
    """Macedonian and Croatian/Serbian may leave out the comma after a fronted source
    (``Според X C``) though they set off no complement clause with one
    (``unpunctuated_sources``): the clause starts after the source's names and roles."""
    assert quote_rows(text, lang=code) == expected
