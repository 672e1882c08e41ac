"""Ukrinform: the agency label under the headline, "передає Укрінформ" self-credit,
"Як повідомляв Укрінформ," / "As Ukrinform reported," background, editor's initials as
sign-off.  Invented articles."""

from __future__ import annotations

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

UK = """date 2026-04-02 У Львові відкрили новий центр реабілітації ветеранів
Укрінформ
У Львові відкрили центр реабілітації для ветеранів, розрахований на 200 пацієнтів, передає \
власний кореспондент Укрінформу.
«Центр прийматиме перших пацієнтів уже з понеділка», – сказав міський голова Андрій Садовий.
Читайте також: У Києві запрацював новий хаб для ветеранів
Як повідомляв Укрінформ, торік у місті відкрили протезний центр.
кс"""

EN = """date 2026-04-02 New veterans' rehabilitation center opens in Lviv
Ukrinform
A rehabilitation center for 200 veterans has opened in Lviv, an Ukrinform correspondent reports.
"The center will receive its first patients on Monday," Lviv Mayor Andriy Sadovyi said.
Read also: New veterans hub opens in Kyiv
As Ukrinform reported, a prosthetics center opened in the city last year.
ol"""

# Ukrinform's credit reprinted without the label: the self-credit alone tells the outlet.
REPRINT = """Уряд виділив 1,5 млрд гривень на відновлення шкіл у Харківській області, передає \
Укрінформ.
«Усі школи мають відкритися до 1 вересня», – наголосив прем'єр-міністр."""

ARTICLES = {"uk": UK, "en": EN, "reprint": REPRINT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ukrinform"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ukrinform") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("uk", (None, "Укрінформ", None, "Укрінформ")),
        ("en", (None, "Ukrinform", None, "Ukrinform")),
        ("reprint", None),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...] | None) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("uk", "Укрінформ", Role.DATELINE),
        ("uk", "Читайте також: У Києві запрацював новий хаб для ветеранів", Role.BOILERPLATE),
        ("en", "Read also: New veterans hub opens in Kyiv", Role.BOILERPLATE),
        ("uk", "кс", Role.BOILERPLATE),
        ("en", "ol", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("uk", "Як повідомляв Укрінформ, торік у місті відкрили протезний центр."),
        ("en", "As Ukrinform reported, a prosthetics center opened in the city last year."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert (
        "direct",
        "The center will receive its first patients on Monday,",
        "Andriy Sadovyi",
    ) in quotes_of(EN)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("uk", ("direct", "Центр прийматиме перших пацієнтів уже з понеділка")),
        ("reprint", ("direct", "Усі школи мають відкритися до 1 вересня")),
    ],
)
def test_quote_text(name: str, quote: tuple[str, str]) -> None:
    assert quote in [(kind, words) for kind, words, _ in quotes_of(ARTICLES[name])]


def test_self_reference_is_no_attribution() -> None:
    assert [a.source for a in article_of(EN).attributions] == []


@pytest.mark.parametrize(
    "text",
    [
        # the label alone at the top of a crawl without the headline
        "Укрінформ\nУ Житомирі відкрили новий міст через річку Тетерів, передає кореспондент "
        "Укрінформу.\nМіський голова сказав, що рух відновлять у п'ятницю.",
        # the date line, then the label
        "date 2026-04-03\nUkrinform\nA new bridge over the Teteriv river has opened in Zhytomyr, "
        "an Ukrinform correspondent reports.\nThe mayor said traffic would resume on Friday.",
    ],
)
def test_label_is_no_headline(text: str) -> None:
    label = text.removeprefix("date 2026-04-03\n").split("\n", 1)[0]
    assert (article_of(text).title, dateline_of(text)) == (None, (None, label, None, label))


@pytest.mark.parametrize(
    "text",
    [
        "У Полтаві відкрили новий пологовий будинок, повідомляє кореспондент Укрінформу.",
        "У Полтаві відкрили новий пологовий будинок, повідомляє власний кореспондент Укрінформу.",
        # the name before the noun, in English
        "Ukrinform\nA new maternity hospital has opened in Poltava, an Ukrinform correspondent "
        "reports.",
        # the Russian genitive, a case the outlet's names do not list
        "Укринформ\nВ Полтаве открыли новый роддом, передает корреспондент Укринформа.",
    ],
)
def test_the_agency_correspondent_credit_is_no_quote(text: str) -> None:
    """The agency's own correspondent reporting is the agency's report: no speaker."""
    article = article_of(text)
    assert article.outlet == "ukrinform"
    assert quotes_of(text) == []
    assert article.attributions == ()
