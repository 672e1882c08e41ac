"""PAP: ``Warszawa (PAP) -`` and ``Warsaw (PAP) -`` datelines, the author line, a
correspondent's sign-off and the editors' initials, "Jak informowała PAP," background.
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import (
    article_of,
    background_of,
    dateline_of,
    foreign_signs,
    quotes_of,
    role_of,
)

from newsstruct import Role

PL = """Warszawa (PAP) - Sejm uchwalił w piątek nowelizację ustawy o podatku dochodowym, która \
podnosi kwotę wolną od podatku.
"To największa obniżka podatków od lat" - powiedział w Sejmie minister finansów Jan Nowak.
Jak informowała PAP, projekt trafił do Sejmu w styczniu.
autor: Anna Kowalska (PAP)
akw/ mhr/"""

EN = """Warsaw (PAP) - Poland's parliament on Friday passed an amendment to the income tax law \
raising the tax-free allowance.
"This is the biggest tax cut in years," Finance Minister Jan Nowak told lawmakers.
As PAP reported, the bill was submitted to parliament in January.
Z Kijowa Jan Kowalski (PAP)"""

ARTICLES = {"pl": PL, "en": EN}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "pap"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "pap") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pl", ("Warszawa", "PAP", None, "Warszawa (PAP)")),
        ("en", ("Warsaw", "PAP", None, "Warsaw (PAP)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("pl", "autor: Anna Kowalska (PAP)", Role.BOILERPLATE),
        ("pl", "akw/ mhr/", Role.BOILERPLATE),
        ("en", "Z Kijowa Jan Kowalski (PAP)", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("pl", "Jak informowała PAP, projekt trafił do Sejmu w styczniu."),
        ("en", "As PAP reported, the bill was submitted to parliament in January."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert ("direct", "This is the biggest tax cut in years,", "Jan Nowak") in quotes_of(EN)


def test_quote_text() -> None:
    assert ("direct", "To największa obniżka podatków od lat") in [
        (kind, words) for kind, words, _ in quotes_of(PL)
    ]


def test_self_reference_is_no_attribution() -> None:
    assert [a.source for a in article_of(EN).attributions] == []
