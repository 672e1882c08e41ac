"""AFP: ``Paris (AFP) –``, ``PARIS, March 1 (AFP) -`` and the French
``Zaporijjia (Ukraine) (AFP) -`` datelines, the desk slug sign-off (``ach/dk``), the reprint
credit.  Invented articles."""

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

FARMERS = """Paris (AFP) – French farmers blocked roads around Paris on Monday to protest \
against falling prices, a day before talks with the government.
"We cannot sell below what it costs us to produce," Jean Dupont, a cereal grower from the \
Beauce region, told AFP.
Farmers staged similar protests last winter, which ended after the government promised aid.
ach/dk
© Agence France-Presse"""

OLD = """PARIS, March 1 (AFP) - France's prime minister promised on Friday to cut red tape for \
farmers, the newspaper Le Monde reported.
"We have heard the anger of the countryside," the prime minister told reporters."""

FR = """Zaporijjia (Ukraine) (AFP) - Une frappe de drone a endommagé une sous-station \
électrique dans la nuit, a annoncé lundi le gouverneur régional.
« Les réparations prendront au moins une semaine », a déclaré le gouverneur à la presse.
bur-ib/sst"""

DATED = """Lyon, 5 avr. 2026 (AFP) - La mairie a annoncé dimanche la réouverture du pont, \
fermé depuis l'hiver."""

ARTICLES = {"farmers": FARMERS, "old": OLD, "fr": FR, "dated": DATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "afp"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "afp") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("farmers", ("Paris", "AFP", None, "Paris (AFP)")),
        ("old", ("PARIS", "AFP", "March 1", "PARIS, March 1 (AFP)")),
        ("fr", ("Zaporijjia (Ukraine)", "AFP", None, "Zaporijjia (Ukraine) (AFP)")),
        ("dated", ("Lyon", "AFP", "5 avr. 2026", "Lyon, 5 avr. 2026 (AFP)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("farmers", "© Agence France-Presse", Role.BOILERPLATE),
        ("farmers", "ach/dk", Role.BOILERPLATE),
        ("fr", "bur-ib/sst", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_background() -> None:
    assert (
        "Farmers staged similar protests last winter, which ended after the government promised "
        "aid." in background_of(FARMERS)
    )


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("farmers", ("direct", "We cannot sell below what it costs us to produce,", "Jean Dupont")),
        (
            "old",
            ("direct", "We have heard the anger of the countryside,", "France's prime minister"),
        ),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


def test_quote_text() -> None:
    assert ("direct", "Les réparations prendront au moins une semaine") in [
        (kind, words) for kind, words, _ in quotes_of(FR)
    ]
