"""STT: ``HELSINKI (STT) –`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

ARTICLE = """HELSINKI (STT) – Hallitus nostaa eläkkeitä ensi vuonna, sanoo pääministeri.
Kuten STT aiemmin kertoi, eläkeläisjärjestöt ovat vaatineet korotusta."""


def test_detected() -> None:
    assert article_of(ARTICLE).outlet == "stt"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(ARTICLE, "stt") == []


@pytest.mark.parametrize("expected", [("HELSINKI", "STT", None, "HELSINKI (STT)")])
def test_dateline(expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLE) == expected


def test_background() -> None:
    assert background_of(ARTICLE) == [ARTICLE.splitlines()[1]]
