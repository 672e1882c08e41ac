"""TT: ``STOCKHOLM (TT) –`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

ARTICLE = """STOCKHOLM (TT) – Regeringen höjer pensionerna nästa år, säger statsministern.
Som TT tidigare rapporterat har pensionärernas organisationer krävt en höjning."""


def test_detected() -> None:
    assert article_of(ARTICLE).outlet == "tt"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(ARTICLE, "tt") == []


@pytest.mark.parametrize("expected", [("STOCKHOLM", "TT", None, "STOCKHOLM (TT)")])
def test_dateline(expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLE) == expected


def test_background() -> None:
    assert background_of(ARTICLE) == [ARTICLE.splitlines()[1]]
