"""Lusa: ``Lisboa, 03 mai 2026 (Lusa) -``, a town with its district (``Odemira, Beja, 09
ago 2026 (Lusa) -``; the span drops the dash) and the ``ABC // JMR`` sign-off.  Invented
articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

PT = """Lisboa, 03 mai 2026 (Lusa) - O Governo vai aumentar as pensões mais baixas em julho, \
garantiu hoje a ministra do Trabalho, Rita Fonseca.
"Este aumento abrange cerca de um milhão de pensionistas", disse a governante aos jornalistas.
ABC // JMR"""

DISTRICT = """Odemira, Beja, 09 ago 2026 (Lusa) - Um incêndio obrigou hoje à evacuação de \
três aldeias, disse à Lusa fonte da Proteção Civil."""

ARTICLES = {"pt": PT, "district": DISTRICT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "lusa"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "lusa") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pt", ("Lisboa", "Lusa", "03 mai 2026", "Lisboa, 03 mai 2026 (Lusa)")),
        (
            "district",
            ("Odemira, Beja", "Lusa", "09 ago 2026", "Odemira, Beja, 09 ago 2026 (Lusa)"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_sign_off_is_boilerplate() -> None:
    assert role_of(PT, "ABC // JMR") is Role.BOILERPLATE


def test_lead_quote_after_the_dateline() -> None:
    assert (
        "reported",
        "O Governo vai aumentar as pensões mais baixas em julho",
        "Rita Fonseca",
    ) in quotes_of(PT)
