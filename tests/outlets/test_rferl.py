"""RFE/RL: "With reporting by …" sign-off, the reprint copyright, the older
``PRAGUE, March 5, 2008 (RFE/RL) --`` dateline, the services' desk bylines.  Invented
articles."""

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

NEWS = """Belarusian court sentences journalist to four years
A court in Minsk has sentenced a freelance journalist to four years in prison on charges of \
"extremism," rights defenders said on April 3.
"The verdict is revenge for his reporting," the Belarusian Association of Journalists said in \
a statement.
As RFE/RL reported, at least 30 journalists remain behind bars in Belarus.
With reporting by Reuters and AFP
Copyright (c) 2026. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, \
1201 Connecticut Ave NW, Ste 400, Washington DC 20036."""

OLD = """PRAGUE, March 5, 2008 (RFE/RL) -- Ministers from five Central Asian states met in Prague \
today to discuss how to share the water of the region's rivers.
"We must agree on the rules before the summer," one of the ministers told reporters.
Earlier, the states failed to agree on a new schedule for releasing water from the reservoirs."""

UK = """Суд у Мінську засудив журналіста до чотирьох років ув'язнення
Радіо Свобода
Суд у Мінську засудив журналіста-фрилансера до чотирьох років ув'язнення, повідомили \
правозахисники.
"Вирок – це помста за його репортажі", – заявили в Білоруській асоціації журналістів.
Як повідомляла Радіо Свобода, у Білорусі за ґратами залишаються щонайменше 30 журналістів."""

ARTICLES = {"news": NEWS, "old": OLD, "uk": UK}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "rferl"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "rferl") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("news", None),
        ("old", ("PRAGUE", "RFE/RL", "March 5, 2008", "PRAGUE, March 5, 2008 (RFE/RL)")),
        ("uk", None),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...] | None) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("news", "With reporting by Reuters and AFP", Role.BOILERPLATE),
        (
            "news",
            "Copyright (c) 2026. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio "
            "Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
            Role.BOILERPLATE,
        ),
        ("uk", "Радіо Свобода", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("news", "As RFE/RL reported, at least 30 journalists remain behind bars in Belarus."),
        (
            "old",
            "Earlier, the states failed to agree on a new schedule for releasing water from "
            "the reservoirs.",
        ),
        (
            "uk",
            "Як повідомляла Радіо Свобода, у Білорусі за ґратами залишаються щонайменше 30 "
            "журналістів.",
        ),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        (
            "news",
            (
                "direct",
                "The verdict is revenge for his reporting,",
                "the Belarusian Association of Journalists",
            ),
        ),
        (
            "old",
            ("direct", "We must agree on the rules before the summer,", "one of the ministers"),
        ),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


def test_quote_text() -> None:
    assert ("direct", "Вирок – це помста за його репортажі") in [
        (kind, words) for kind, words, _ in quotes_of(UK)
    ]


def test_self_reference_is_no_attribution() -> None:
    assert [a.source for a in article_of(NEWS).attributions] == []


def test_service_byline_is_a_sign() -> None:
    text = (
        "Court Jails Blogger For Five Years\n"
        "By RFE/RL's Tatar-Bashkir Service\n"
        "A court in Ufa sentenced a blogger to five years in prison, his lawyer said."
    )
    assert article_of(text).outlet == "rferl"
