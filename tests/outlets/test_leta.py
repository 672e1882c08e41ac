"""LETA: the Latvian ``Rīga, 5.marts, LETA.`` dateline (the agency after a comma, closed by a
full stop; the span drops it) and the English service's wire dateline.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs, quotes_of

LV = """date 2026-03-05 Valdība atbalsta jaunu prāmju līniju
Rīga, 5.marts, LETA. Valdība ceturtdien atbalstīja jaunas prāmju līnijas izveidi starp Rīgu \
un Lornportu, pavēstīja satiksmes ministrs Jānis Bērziņš.
"Līnija sāks darbu jūnijā," sacīja Bērziņš.
Kā ziņots, iepriekšējā līnija tika slēgta 2019.gadā."""

CAPITALS = """RĪGA, 13. janv., LETA. Valdība ceturtdien atbalstīja jaunas prāmju līnijas izveidi, \
pavēstīja satiksmes ministrs Jānis Bērziņš."""

EN = """RIGA, March 5 (LETA) - The Latvian government on Thursday backed a new ferry line to \
Lornport, Transport Minister Janis Berzins said."""

# the lead on a line of its own below the dateline
OWN_LINE = """Rīga, 5.marts, LETA.
Valdība ceturtdien atbalstīja jaunas prāmju līnijas izveidi, pavēstīja ministrs Jānis Bērziņš."""

ARTICLES = {"lv": LV, "capitals": CAPITALS, "en": EN, "own-line": OWN_LINE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "leta"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "leta") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("lv", ("Rīga", "LETA", "5.marts", "Rīga, 5.marts, LETA")),
        ("capitals", ("RĪGA", "LETA", "13. janv.", "RĪGA, 13. janv., LETA")),
        ("en", ("RIGA", "LETA", "March 5", "RIGA, March 5 (LETA)")),
        ("own-line", ("Rīga", "LETA", "5.marts", "Rīga, 5.marts, LETA")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_the_dateline_is_no_part_of_the_lead_s_quote() -> None:
    assert quotes_of(LV)[0] == (
        "reported",
        "Valdība ceturtdien atbalstīja jaunas prāmju līnijas izveidi starp Rīgu un Lornportu",
        "Jānis Bērziņš",
    )


def test_background() -> None:
    assert background_of(LV) == ["Kā ziņots, iepriekšējā līnija tika slēgta 2019.gadā."]


def test_a_citation_is_no_sign() -> None:
    text = "Valdība atbalstīja jaunu līniju, aģentūrai LETA pavēstīja ministrs Jānis Bērziņš."
    assert article_of(text).outlet is None
