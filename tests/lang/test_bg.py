"""Bulgarian: language detection, the quote constructions of invented articles, and the BTA
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
        "Според полицията движението в Лорнпорт ще бъде пренасочено.",
        [("reported", "движението в Лорнпорт ще бъде пренасочено", "полицията", "Според")],
        id="spored-a-body-s-noun-without-a-comma",
    ),
    pytest.param(
        "Марина Петрова и Никола Коста посетиха завода. „Доволни сме“, каза тя.",
        [("direct", "Доволни сме", "Марина Петрова", "каза")],
        id="a-man-s-first-name-in-a-is-a-man-s-not-she",
    ),
    pytest.param(
        "Министърът на финансите каза, че бюджетът за следващата година ще бъде балансиран.",
        [
            (
                "reported",
                "бюджетът за следващата година ще бъде балансиран",
                "Министърът на финансите",
                "каза",
            )
        ],
        id="reported-che",
    ),
    pytest.param(
        "„Няма да вдигаме данъците тази година“, заяви финансовият министър Петър Иванов.",
        [("direct", "Няма да вдигаме данъците тази година", "Петър Иванов", "заяви")],
        id="low-high-marks",
    ),
    pytest.param(
        (
            "Новият мост над реката ще бъде открит през юли. Това съобщи кметът на града "
            "Иван Георгиев."
        ),
        [
            (
                "reported",
                "Новият мост над реката ще бъде открит през юли",
                "Иван Георгиев",
                "Това съобщи",
            )
        ],
        id="anaphoric-tova-saobshti",
    ),
    pytest.param(
        "Според министъра разходите ще бъдат поети от работодателите.",
        [("reported", "разходите ще бъдат поети от работодателите", "министъра", "Според")],
        id="spored-without-comma",
    ),
    pytest.param(
        "Кметът Мария Иванова подчерта: „Всички училища ще бъдат ремонтирани до края на годината.“",
        [
            (
                "direct",
                "Всички училища ще бъдат ремонтирани до края на годината.",
                "Мария Иванова",
                "подчерта",
            )
        ],
        id="colon-quote",
    ),
    pytest.param("Отборът спечели мача, който се игра в неделя.", [], id="no-cue"),
    pytest.param(
        "Кметът обяви ремонта на моста, добавяйки, че работата ще продължи до май.",
        [
            ("reported", "работата ще продължи до май", "Кметът", "добавяйки"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_bg(text: str) -> None:
    assert lang.detect(text) == "bg"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "bg"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_spored_a_pronoun_names_the_person_named_since() -> None:
    text = (
        "„Строим велоалеи“, каза кметът Мария Иванова. Общинският съветник Георги Димитров "
        "критикува проекта. Според него парите трябва да отидат за ремонт на улиците."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Мария Иванова",
        "Георги Димитров",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Женщина говорит, что мост откроют в мае.", "ru"),
        ("Жінка каже, що міст відкриють у травні.", "uk"),
        ("Той каза, че мостът ще бъде открит през май.", "bg"),
        ("Борис Петров.", "ru"),
    ],
)
def test_short_cyrillic_lines(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_bta_dateline() -> None:
    text = "София, 3 март /БТА/ - Правителството одобри бюджета, каза премиерът."
    article = newsstruct.parse(text)
    assert article.outlet == "bta"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "София",
        "БТА",
        "3 март",
    )


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("bg", min_cue_verbs=200, control_cues=False)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министърът Иван Лорнов посети обекта. По думите му работата е забавена с три месеца.",
            "Иван Лорнов",
        ),
        (
            "Министърката Мария Лорнова посети обекта. По думите ѝ работата е забавена с три "
            "месеца.",
            "Мария Лорнова",
        ),
        (
            "Министърката Мария Лорнова посети обекта. По думите й, работата е забавена с "
            "три месеца.",
            "Мария Лорнова",
        ),
    ],
)
def test_by_his_or_her_words(text: str, speaker: str) -> None:
    # "по думите му/ѝ" (by his/her words) names the person named before; a woman's role
    # with its article ("Министърката") is no part of her name
    [quote] = newsstruct.parse(text, lang="bg").quotes
    assert (quote.text, quote.speaker.name if quote.speaker else None) == (
        "работата е забавена с три месеца",
        speaker,
    )
