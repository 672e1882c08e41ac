"""Europa Press: the dateline on a line of its own, the day alone before the agency in
capitals (``MADRID, 12 (EUROPA PRESS)``), a regional desk's city, a reprint's dash after it.
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of

ES = """VALDEMORA, 12 (EUROPA PRESS)
El puerto de Valdemora cerrará dos muelles durante seis meses, según ha informado la \
Autoridad Portuaria.
«Las obras no afectarán al tráfico de pasajeros», aseguró la presidenta del puerto, Lucía \
Arandes."""

DASH = """SEVILLA, 4 (EUROPA PRESS) - La Junta abrirá en mayo dos nuevos centros de salud en \
la provincia, según ha informado la consejera de Salud."""

CITED = """El Gobierno aprobará el plan este martes, según ha informado Europa Press."""

ARTICLES = {"es": ES, "dash": DASH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "europa_press"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "europa_press") == []


def test_a_citation_is_no_sign() -> None:
    assert article_of(CITED).outlet != "europa_press"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("es", ("VALDEMORA", "EUROPA PRESS", "12", "VALDEMORA, 12 (EUROPA PRESS)")),
        ("dash", ("SEVILLA", "EUROPA PRESS", "4", "SEVILLA, 4 (EUROPA PRESS)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_the_dateline_is_no_part_of_the_lead_quote() -> None:
    assert (
        "reported",
        "El puerto de Valdemora cerrará dos muelles durante seis meses",
        "Autoridad Portuaria",
    ) in quotes_of(ES)
