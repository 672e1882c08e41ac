"""Agerpres: ``București, 3 mar /AGERPRES/ -`` (the agency between slashes; the span drops
the dash) and its sign-off.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

CAPITAL = """București, 3 mar /AGERPRES/ - Guvernul a aprobat luni majorarea salariului minim, \
a anunțat ministrul Muncii.
AGERPRES/(A - autor: Maria Stan, editor: Ion Vlad)"""

TITLE_CASE = """Cluj-Napoca, 12 ian /Agerpres/ - Primăria va extinde rețeaua de piste pentru \
biciclete, a anunțat primarul."""

ARTICLES = {"capital": CAPITAL, "title_case": TITLE_CASE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "agerpres"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "agerpres") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("capital", ("București", "AGERPRES", "3 mar", "București, 3 mar /AGERPRES/")),
        ("title_case", ("Cluj-Napoca", "Agerpres", "12 ian", "Cluj-Napoca, 12 ian /Agerpres/")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_sign_off_is_boilerplate() -> None:
    assert (
        role_of(CAPITAL, "AGERPRES/(A - autor: Maria Stan, editor: Ion Vlad)") is Role.BOILERPLATE
    )
