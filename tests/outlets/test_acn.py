"""ACN: ``Girona (ACN).-``, ``Lleida, 3 de març (ACN).-`` (the span drops the ``.-``).
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

ARTICLE = """Girona (ACN).- L'Ajuntament obrirà la nova biblioteca al maig, ha dit l'alcaldessa.
Segons la regidora de Cultura, l'edifici costarà 4 milions d'euros."""

DATED = "Lleida, 3 de març (ACN).- El Govern ha aprovat el pla de regadius, ha dit la consellera."


def test_detected() -> None:
    assert article_of(ARTICLE).outlet == "acn"
    assert article_of(ARTICLE).lang == "ca"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(ARTICLE, "acn") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ARTICLE, ("Girona", "ACN", None, "Girona (ACN)")),
        (DATED, ("Lleida", "ACN", "3 de març", "Lleida, 3 de març (ACN)")),
    ],
)
def test_dateline(text: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(text) == expected
