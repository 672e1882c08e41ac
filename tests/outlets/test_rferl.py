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
    # "As RFE/RL reported" credits no one; the wires of the credit line are credited
    assert [a.source for a in article_of(NEWS).attributions] == ["Reuters", "AFP"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("With reporting by Reuters, AP, and AFP", ["Reuters", "AP", "AFP"]),
        ("Based on reporting by dpa", ["dpa"]),
        ("With additional reporting by Reuters and TASS.", ["Reuters", "TASS"]),
    ],
)
def test_wire_credit_line(line: str, expected: list[str]) -> None:
    text = (
        "Court jails activist in Minsk\nBy RFE/RL's Belarus Service\n"
        "A court in Minsk jailed an activist for three years, rights defenders said.\n" + line
    )
    article = article_of(text)
    assert article.outlet == "rferl"
    assert [a.source for a in article.attributions] == expected
    assert article.paragraphs[-1].role is Role.BOILERPLATE


def test_service_byline_is_a_sign() -> None:
    text = (
        "Court Jails Blogger For Five Years\n"
        "By RFE/RL's Tatar-Bashkir Service\n"
        "A court in Ufa sentenced a blogger to five years in prison, his lawyer said."
    )
    assert article_of(text).outlet == "rferl"


DESK = """Crimean Tatar activist detained after search
By the Crimea Desk of RFE/RL's Ukrainian Service
KYIV -- Russian security officers detained a Crimean Tatar activist after searching his \
home in Bakhchysarai, his lawyer said on May 6.
"They took his phone and his books," the lawyer told RFE/RL."""

UK_REQUEST = """У Полтаві затримали посадовця на хабарі
Посадовця міськради затримали під час отримання хабара, повідомили в поліції.
Радіо Свобода надіслало запит до міськради щодо затримання."""

RU_REQUEST = """В Самаре закрыли независимый книжный магазин
Книжный магазин закрылся после проверки прокуратуры, сообщили его владельцы.
Радио Свобода направило запрос в прокуратуру области."""


@pytest.mark.parametrize("text", [DESK, UK_REQUEST, RU_REQUEST])
def test_detected_by_own_conventions(text: str) -> None:
    assert article_of(text).outlet == "rferl"
    assert foreign_signs(text, "rferl") == []


def test_city_and_double_hyphen_dateline() -> None:
    assert dateline_of(DESK) == ("KYIV", None, None, "KYIV")


def test_told_rferl_is_no_sign() -> None:
    text = (
        "Activist detained in Minsk\nPolice detained an activist in Minsk, his wife told "
        "RFE/RL on Monday.\nShe said he had been taken to a police station."
    )
    assert article_of(text).outlet is None


def test_a_double_hyphen_dateline_alone_is_no_sign() -> None:
    """ASCII crawls turn any outlet's em dash into "--"."""
    text = (
        "KYIV -- Ukraine's parliament on Tuesday passed a law on mobilization, lawmaker "
        'Yaroslav Zhelezniak said.\n\n"This is a compromise," he said.'
    )
    assert article_of(text).outlet is None
