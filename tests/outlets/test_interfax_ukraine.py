"""Interfax-Ukraine: ``KYIV. Nov 24 (Interfax-Ukraine) –`` datelines in three languages, a
rubric and a timestamp in the header, the headline printed twice, "As reported,"
background.  Invented articles."""

from __future__ import annotations

import datetime

import pytest
from outlet_cases import (
    article_of,
    background_of,
    dateline_of,
    foreign_signs,
    quotes_of,
    role_of,
)

from newsstruct import Role

EN = """Facts
10:15 24.11.2025
Kyiv city council approves 2026 budget
Kyiv city council approves 2026 budget
KYIV. Nov 24 (Interfax-Ukraine) – The Kyiv City Council approved the capital's budget for \
2026 on Monday, with a third of spending going to defense.
"This is a budget of a city at war," the head of the budget commission Andriy Vitrenko \
told journalists after the vote.
As reported, the council had postponed the vote twice because of air raid alerts."""

UK = """КИЇВ. 24 листопада (Інтерфакс-Україна) – Київська міська рада ухвалила бюджет столиці \
на 2026 рік.
"Це бюджет міста, яке воює", – сказав журналістам голова бюджетної комісії Андрій Вітренко.
Читайте також: Уряд схвалив проєкт держбюджету
Як повідомлялося, раніше голосування двічі переносили через повітряні тривоги."""

RU = """КИЕВ. 24 ноября (Интерфакс-Украина) – Киевский городской совет утвердил бюджет столицы \
на 2026 год.
"Это бюджет города, который воюет", – сказал журналистам глава бюджетной комиссии.
Как сообщалось, ранее голосование дважды переносили из-за воздушных тревог."""

OLD = """ЛЬВІВ. 3 квітня. ІНТЕРФАКС-УКРАЇНА - Львівська міська рада затвердила програму \
ремонту укриттів у школах."""

ARTICLES = {"en": EN, "uk": UK, "ru": RU, "old": OLD}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "interfax_ukraine"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "interfax_ukraine") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en", ("KYIV", "Interfax-Ukraine", "Nov 24", "KYIV. Nov 24 (Interfax-Ukraine)")),
        (
            "uk",
            (
                "КИЇВ",
                "Інтерфакс-Україна",
                "24 листопада",
                "КИЇВ. 24 листопада (Інтерфакс-Україна)",
            ),
        ),
        ("ru", ("КИЕВ", "Интерфакс-Украина", "24 ноября", "КИЕВ. 24 ноября (Интерфакс-Украина)")),
        (
            "old",
            ("ЛЬВІВ", "ІНТЕРФАКС-УКРАЇНА", "3 квітня", "ЛЬВІВ. 3 квітня. ІНТЕРФАКС-УКРАЇНА"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("uk", "Читайте також: Уряд схвалив проєкт держбюджету", Role.BOILERPLATE),
        ("en", "10:15 24.11.2025", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_header() -> None:
    article = article_of(EN)
    assert article.title == "Kyiv city council approves 2026 budget"
    assert [p.role for p in article.paragraphs[:5]] == [
        Role.BOILERPLATE,
        Role.BOILERPLATE,
        Role.TITLE,
        Role.BOILERPLATE,
        Role.LEAD,
    ]


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("en", "As reported, the council had postponed the vote twice because of air raid alerts."),
        ("uk", "Як повідомлялося, раніше голосування двічі переносили через повітряні тривоги."),
        ("ru", "Как сообщалось, ранее голосование дважды переносили из-за воздушных тревог."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert ("direct", "This is a budget of a city at war,", "Andriy Vitrenko") in quotes_of(EN)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("uk", ("direct", "Це бюджет міста, яке воює")),
        ("ru", ("direct", "Это бюджет города, который воюет")),
    ],
)
def test_quote_text(name: str, quote: tuple[str, str]) -> None:
    assert quote in [(kind, words) for kind, words, _ in quotes_of(ARTICLES[name])]


def test_plain_interfax_is_not_interfax_ukraine() -> None:
    text = "MOSCOW, Nov 24 (Interfax) - The Russian central bank kept its key rate unchanged."
    assert article_of(text).outlet == "interfax"  # the Moscow agency's own wire


def test_timestamp_dates_the_story() -> None:
    assert article_of(EN).published == datetime.date(2025, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "КИЇВ. 5 березня (Інтерфакс-Україна) – У Черкасах відкрили новий міст через Дніпро, "
        "передає кореспондент Інтерфакс-України.",
        "КИЕВ. 5 марта (Интерфакс-Украина) – В Черкассах открыли новый мост через Днепр, "
        "передает корреспондент Интерфакс-Украины.",
    ],
)
def test_the_agency_correspondent_credit_is_no_quote(text: str) -> None:
    """The agency's own correspondent (its name in the genitive) is the agency's report."""
    article = article_of(text)
    assert article.outlet == "interfax_ukraine"
    assert quotes_of(text) == []
    assert article.attributions == ()


@pytest.mark.parametrize(
    "text",
    [
        "КИЇВ. 5 березня (Інтерфакс-Україна) – У Черкасах відкрили новий міст через Дніпро, "
        "повідомили Інтерфакс-Україні в міській раді.",
        "КИЇВ. 5 березня (Інтерфакс-Україна) – У Черкасах відкрили новий міст через Дніпро. "
        "Про це Інтерфакс-Україні повідомив мер міста Олег Ткач.",
    ],
)
def test_the_agency_in_the_dative_is_no_attribution(text: str) -> None:
    """The agency told (its name in a case no outlet file lists) is the agency itself."""
    article = article_of(text)
    assert article.outlet == "interfax_ukraine"
    assert article.attributions == ()
