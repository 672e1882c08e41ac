"""MIA: ``Скопје, 12 март (МИА) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

DATED = """Скопје, 12 март (МИА) - Владата ги усвои измените на законот за работни односи, \
изјави министерот.
Како што МИА веќе објави, синдикатите бараа повисоки плати."""

UNDATED = """Битола (МИА) - Советот на општината го усвои буџетот за следната година."""

ARTICLES = {"dated": DATED, "undated": UNDATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "mia"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "mia") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("Скопје", "МИА", "12 март", "Скопје, 12 март (МИА)")),
        ("undated", ("Битола", "МИА", None, "Битола (МИА)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_background() -> None:
    assert background_of(DATED) == [DATED.splitlines()[1]]
