"""Tanjug: ``БЕОГРАД, 12. марта (Танјуг) –`` in Cyrillic and ``Novi Sad, 3. aprila
(Tanjug) -`` in Latin (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

CYRILLIC = """БЕОГРАД, 12. марта (Танјуг) – Влада је усвојила нацрт закона о раду, \
саопштио је министар."""

LATIN = """Novi Sad, 3. aprila (Tanjug) - Gradska skupština usvojila je budžet za \
narednu godinu, rekao je gradonačelnik."""

UNDATED = """КРАГУЈЕВАЦ (Танјуг) – Фабрика је почела производњу нових аутобуса."""

ARTICLES = {"cyrillic": CYRILLIC, "latin": LATIN, "undated": UNDATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "tanjug"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "tanjug") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cyrillic", ("БЕОГРАД", "Танјуг", "12. марта", "БЕОГРАД, 12. марта (Танјуг)")),
        ("latin", ("Novi Sad", "Tanjug", "3. aprila", "Novi Sad, 3. aprila (Tanjug)")),
        ("undated", ("КРАГУЈЕВАЦ", "Танјуг", None, "КРАГУЈЕВАЦ (Танјуг)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected
