"""Beta: ``Beograd, 20. januara (Beta) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

DATED = """Beograd, 20. januara (Beta) - Broj obolelih od gripa porastao je za trećinu, \
izjavila je direktorka instituta."""

UNDATED = """NIŠ (Beta) - Gradska uprava najavila je rekonstrukciju glavnog trga."""

ARTICLES = {"dated": DATED, "undated": UNDATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "beta"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "beta") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("Beograd", "Beta", "20. januara", "Beograd, 20. januara (Beta)")),
        ("undated", ("NIŠ", "Beta", None, "NIŠ (Beta)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected
