"""BTA: ``София, 3 март /БТА/`` and ``Пловдив, 12 януари (БТА) -`` (the span drops the
dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

SLASHES = """София, 3 март /БТА/ - Правителството одобри увеличение на минималната заплата, \
съобщи министърът на труда."""

BRACKETS = """Пловдив, 12 януари (БТА) - Общината ще изгради още 20 километра велоалеи, \
обяви кметът."""

ARTICLES = {"slashes": SLASHES, "brackets": BRACKETS}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "bta"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "bta") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("slashes", ("София", "БТА", "3 март", "София, 3 март /БТА/")),
        ("brackets", ("Пловдив", "БТА", "12 януари", "Пловдив, 12 януари (БТА)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected
