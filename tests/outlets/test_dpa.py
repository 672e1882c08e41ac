"""dpa: ``Berlin (dpa) -`` in title case, the regional ``Potsdam (dpa/bb) -``, the qualified
``Halle (Saale) (dpa/sa) -``, the financial ``FRANKFURT (dpa-AFX) -``, the dpa-infocom
reprint credit, a "Hintergrund" label.  Invented articles."""

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

EN = """Berlin (dpa) - Germany's government plans to extend subsidies for electric vehicles for \
another year, Economy Ministry spokeswoman Anna Weber said on Wednesday.
"We want to give buyers certainty," Weber told reporters in Berlin.
Background
Sales of electric cars fell sharply after the previous subsidy programme ended abruptly.
© dpa-infocom, dpa:260312-99-123456/3"""

DE = """Potsdam (dpa/bb) - Die brandenburgische Landesregierung will mehr Geld für Schulen \
ausgeben.
"Wir investieren in die Zukunft unserer Kinder", sagte Bildungsminister Hans Meier am \
Mittwoch in Potsdam.
Hintergrund
Im vergangenen Jahr fehlten im Land mehr als 500 Lehrkräfte.
dpa-infocom, dpa:260312-99-654321/2"""

AFX = """FRANKFURT (dpa-AFX) - Der Dax hat am Mittwoch nach starken Quartalszahlen zugelegt."""

HALLE = """Halle (Saale) (dpa/sa) - Die Stadt Halle saniert bis 2028 alle ihre Brücken."""

ARTICLES = {"en": EN, "de": DE, "afx": AFX, "halle": HALLE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "dpa"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "dpa") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en", ("Berlin", "dpa", None, "Berlin (dpa)")),
        ("de", ("Potsdam", "dpa/bb", None, "Potsdam (dpa/bb)")),
        ("afx", ("FRANKFURT", "dpa-AFX", None, "FRANKFURT (dpa-AFX)")),
        ("halle", ("Halle (Saale)", "dpa/sa", None, "Halle (Saale) (dpa/sa)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("en", "© dpa-infocom, dpa:260312-99-123456/3", Role.BOILERPLATE),
        ("de", "dpa-infocom, dpa:260312-99-654321/2", Role.BOILERPLATE),
        ("en", "Background", Role.MARKER),
        ("de", "Hintergrund", Role.MARKER),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        (
            "en",
            "Sales of electric cars fell sharply after the previous subsidy programme ended "
            "abruptly.",
        ),
        ("de", "Im vergangenen Jahr fehlten im Land mehr als 500 Lehrkräfte."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert ("direct", "We want to give buyers certainty,", "Anna Weber") in quotes_of(EN)


def test_quote_text() -> None:
    assert ("direct", "Wir investieren in die Zukunft unserer Kinder") in [
        (kind, words) for kind, words, _ in quotes_of(DE)
    ]


SLUGGED = """date 2026-03-15 Strike at Lornport airport cancels flights
dpa jr xx n1 ab
Lornport (dpa) - A strike by ground staff at Lornport airport forced the cancellation of \
about 300 flights on Sunday, the airport operator said.
The union said the strike would last until Monday morning.
dpa kf/ab yyzz n1 lx"""


@pytest.mark.parametrize("line", ["dpa jr xx n1 ab", "dpa kf/ab yyzz n1 lx"])
def test_the_slug_line_is_furniture(line: str) -> None:
    assert role_of(SLUGGED, line) is Role.BOILERPLATE


def test_the_slug_line_leaves_the_dateline_and_headline() -> None:
    assert dateline_of(SLUGGED) == ("Lornport", "dpa", None, "Lornport (dpa)")
    assert article_of(SLUGGED).title == "Strike at Lornport airport cancels flights"


@pytest.mark.parametrize("line", ["dpa said on Sunday", "dpa reported it first"])
def test_a_line_of_words_after_dpa_is_no_slug_line(line: str) -> None:
    text = SLUGGED.replace("dpa kf/ab yyzz n1 lx", line)
    assert role_of(text, line) is not Role.BOILERPLATE
