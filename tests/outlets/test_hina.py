"""Hina: ``ZAGREB, 3. ožujka (Hina) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

DATED = """ZAGREB, 3. ožujka (Hina) - Vlada je usvojila izmjene zakona o radu, izjavio je \
ministar.
Kako je Hina ranije izvijestila, sindikati su tražili veće plaće."""

UNDATED = """SPLIT (Hina) - Gradsko vijeće usvojilo je proračun za iduću godinu."""

ARTICLES = {"dated": DATED, "undated": UNDATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "hina"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "hina") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("ZAGREB", "Hina", "3. ožujka", "ZAGREB, 3. ožujka (Hina)")),
        ("undated", ("SPLIT", "Hina", None, "SPLIT (Hina)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_background() -> None:
    assert background_of(DATED) == [DATED.splitlines()[1]]
