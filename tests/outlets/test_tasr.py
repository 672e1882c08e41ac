"""TASR: ``Bratislava 3. marca (TASR) -`` (no comma between the city and the date; the
span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

DATED = """Bratislava 3. marca (TASR) - Vláda v pondelok schválila zvýšenie minimálnej mzdy. \
Informoval o tom minister práce."""

TWO_PLACES = """Bratislava/Košice 12. januára (TASR) - Mestá rozšíria siete cyklotrás, \
oznámili primátori."""

ARTICLES = {"dated": DATED, "two_places": TWO_PLACES}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "tasr"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "tasr") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("Bratislava", "TASR", "3. marca", "Bratislava 3. marca (TASR)")),
        (
            "two_places",
            ("Bratislava/Košice", "TASR", "12. januára", "Bratislava/Košice 12. januára (TASR)"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Nové Mesto nad Váhom 12. mája (TASR) - Mesto opraví most cez rieku, oznámil primátor.",
            "Nové Mesto nad Váhom",
        ),
        (
            "Liptovský Hrádok pri Poprade 4. júna (TASR) - Obec otvorí novú škôlku.",
            "Liptovský Hrádok pri Poprade",
        ),
        ("Ústí nad Labem (TASR) - Mesto zrekonštruuje námestie.", "Ústí nad Labem"),
    ],
)
def test_place_with_a_particle(text: str, place: str) -> None:
    dateline = dateline_of(text)
    assert dateline is not None
    assert dateline[0] == place
    assert dateline[1] == "TASR"
