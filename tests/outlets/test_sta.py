"""STA: ``Ljubljana, 12. marca (STA) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

DATED = """Ljubljana, 12. marca (STA) - Vlada je sprejela spremembe zakona o delovnih \
razmerjih, je povedal minister.
Kot je STA že poročala, so sindikati zahtevali višje plače."""

UNDATED = """Maribor (STA) - Mestni svet je sprejel proračun za prihodnje leto."""

TWO_WORDS = """Novo mesto, 7. maja (STA) - Policisti so prijeli dva osumljenca."""

ARTICLES = {"dated": DATED, "undated": UNDATED, "two-words": TWO_WORDS}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "sta"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "sta") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("Ljubljana", "STA", "12. marca", "Ljubljana, 12. marca (STA)")),
        ("undated", ("Maribor", "STA", None, "Maribor (STA)")),
        ("two-words", ("Novo mesto", "STA", "7. maja", "Novo mesto, 7. maja (STA)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_background() -> None:
    assert background_of(DATED) == [DATED.splitlines()[1]]
