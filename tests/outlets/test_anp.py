"""ANP: ``DEN HAAG (ANP) -`` and ``Amsterdam, 3 maart (ANP) -`` (the span drops the dash)
and its photo credits.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

CAPITALS = """DEN HAAG (ANP) - Het kabinet trekt extra geld uit voor de dijken. Dat heeft de \
minister dinsdag bekendgemaakt.
ANP / Piet de Jong"""

DATED = """Amsterdam, 3 maart (ANP) - De gemeente gaat het aantal vakantieverhuurders \
beperken, zei de wethouder maandag."""

ARTICLES = {"capitals": CAPITALS, "dated": DATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "anp"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "anp") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("capitals", ("DEN HAAG", "ANP", None, "DEN HAAG (ANP)")),
        ("dated", ("Amsterdam", "ANP", "3 maart", "Amsterdam, 3 maart (ANP)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_photo_credit_is_boilerplate() -> None:
    assert role_of(CAPITALS, "ANP / Piet de Jong") is Role.BOILERPLATE
