"""France 24: the closing ``(FRANCE 24 with AFP)`` credit, whose wires are attributions.
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """Senegal's president dissolves parliament
Senegal's president dissolved the national assembly on Thursday and called early \
elections, his office said.
(FRANCE 24 with AFP)"""

SEVERAL = """Wildfires force evacuations in southern France
Firefighters battled three wildfires near Marseille on Tuesday, officials said.
(FRANCE 24 with AFP, AP and Reuters)"""

ARTICLES = {"news": NEWS, "several": SEVERAL}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "france24"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "france24") == []


@pytest.mark.parametrize(
    ("name", "expected"), [("news", ["AFP"]), ("several", ["AFP", "AP", "Reuters"])]
)
def test_wires_are_credited(name: str, expected: list[str]) -> None:
    assert [a.source for a in article_of(ARTICLES[name]).attributions] == expected


def test_credit_line_is_furniture() -> None:
    assert role_of(NEWS, "(FRANCE 24 with AFP)") is Role.BOILERPLATE
