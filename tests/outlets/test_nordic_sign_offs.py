"""NTB and Ritzau: the sign-offs that close their copy, ``(©NTB)`` and ``/ritzau/`` (with the
foreign wire the story draws on after it: ``/ritzau/AFP``, which credits it).  Invented
articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

NTB = """Regjeringen vil bygge ny fergekai i Lornport
Regjeringen vil bruke 200 millioner kroner på en ny fergekai i Lornport, opplyser \
samferdselsminister Jo Roe.
– Kaien skal stå ferdig i 2028, sier Roe.
(©NTB)"""

RITZAU = """Ny færgeforbindelse til Lornport åbner i juni
Den nye færgeforbindelse mellem Aarhus og Lornport åbner i juni, oplyser rederiet.
- Vi er klar, siger direktør Jo Roe.
/ritzau/{wire}"""

ARTICLES = {
    "ntb": (NTB, "ntb", "(©NTB)"),
    "ritzau": (RITZAU.format(wire=""), "ritzau", "/ritzau/"),
    "ritzau-afp": (RITZAU.format(wire="AFP"), "ritzau", "/ritzau/AFP"),
    "ritzau-dpa": (RITZAU.format(wire="dpa"), "ritzau", "/ritzau/dpa"),
}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected_and_the_sign_off_is_furniture(name: str) -> None:
    text, outlet, sign_off = ARTICLES[name]
    assert article_of(text).outlet == outlet
    assert foreign_signs(text, outlet) == []
    assert role_of(text, sign_off) is Role.BOILERPLATE


@pytest.mark.parametrize(
    ("name", "credited"), [("ritzau", []), ("ritzau-afp", ["AFP"]), ("ritzau-dpa", ["dpa"])]
)
def test_the_wire_after_ritzau_s_sign_off_is_credited(name: str, credited: list[str]) -> None:
    assert [a.source for a in article_of(ARTICLES[name][0]).attributions] == credited


def test_quotes() -> None:
    assert [speaker for _, _, speaker in quotes_of(NTB)] == ["Jo Roe", "Jo Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "Kaien skal stå ferdig i 2028, sier Jo Roe til NTB.",
        "Færgen er klar, oplyser rederiet til Ritzau.",
    ],
)
def test_a_citation_is_no_sign(text: str) -> None:
    assert article_of(text).outlet is None
