"""MTI: ``Budapest, 2026. március 4., szerda (MTI) –`` (the span drops the dash).
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

FULL = """Budapest, 2026. március 4., szerda (MTI) – A kormány új hidat épít a Dunán – \
jelentette be a miniszter."""

SHORT = """Szeged, május 12. (MTI) – Az egyetem új kollégiumot nyit – közölte a rektor."""

ARTICLES = {"full": FULL, "short": SHORT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "mti"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "mti") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "full",
            (
                "Budapest",
                "MTI",
                "2026. március 4., szerda",
                "Budapest, 2026. március 4., szerda (MTI)",
            ),
        ),
        ("short", ("Szeged", "MTI", "május 12.", "Szeged, május 12. (MTI)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected
