"""APA: ``Wien (APA) -`` (the city in title case; the span drops the dash).  Invented
articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

VIENNA = """Wien (APA) - Die Regierung hat sich auf ein neues Budget geeinigt. Das sagte \
der Finanzminister am Dienstag nach dem Ministerrat."""

TWO_PLACES = """Wien/Brüssel (APA) - Österreich will die Förderung für E-Autos verlängern, \
teilte das Klimaministerium mit."""

ARTICLES = {"vienna": VIENNA, "two_places": TWO_PLACES}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "apa"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "apa") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("vienna", ("Wien", "APA", None, "Wien (APA)")),
        ("two_places", ("Wien/Brüssel", "APA", None, "Wien/Brüssel (APA)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_the_end_mark_and_initials_are_furniture() -> None:
    from outlet_cases import role_of

    from newsstruct import Role

    text = VIENNA + "\n(Schluss) jr/kf"
    assert role_of(text, "(Schluss) jr/kf") is Role.BOILERPLATE
