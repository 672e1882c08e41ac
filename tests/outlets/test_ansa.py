"""ANSA: ``(ANSA) - ROMA, 03 MAG -`` (the agency before the place, one dateline; the span
drops the dash) and the reprint notice.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

IT = """(ANSA) - ROMA, 03 MAG - "Nella prossima legge di bilancio non ci saranno nuove tasse \
per le famiglie". Lo ha detto il ministro dell'Economia, Marco Bellini, intervenendo a un \
convegno a Trento.
Secondo il ministro, la crescita si attesterà intorno all'1% quest'anno.
RIPRODUZIONE RISERVATA © Copyright ANSA"""

VATICAN = """(ANSA) - CITTA' DEL VATICANO, 3 GIU - Il Papa ha ricevuto in udienza una \
delegazione di vescovi, ha reso noto la Sala Stampa vaticana."""

ENGLISH = """(ANSA) - ROME, MAY 27 - Italy will expand its high-speed rail network to the south, \
the transport minister said on Tuesday."""

ARTICLES = {"it": IT, "vatican": VATICAN, "english": ENGLISH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ansa"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ansa") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("it", ("ROMA", "ANSA", "03 MAG", "(ANSA) - ROMA, 03 MAG")),
        ("english", ("ROME", "ANSA", "MAY 27", "(ANSA) - ROME, MAY 27")),
        (
            "vatican",
            ("CITTA' DEL VATICANO", "ANSA", "3 GIU", "(ANSA) - CITTA' DEL VATICANO, 3 GIU"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_lead_opening_with_the_agency_stays_the_lead() -> None:
    lead = IT.split("\n", 1)[0]
    assert role_of(IT, lead) is Role.LEAD


def test_notice_is_boilerplate() -> None:
    assert role_of(IT, "RIPRODUZIONE RISERVATA © Copyright ANSA") is Role.BOILERPLATE


def test_quote_after_the_dateline() -> None:
    assert (
        "direct",
        "Nella prossima legge di bilancio non ci saranno nuove tasse per le famiglie",
    ) in [(kind, words) for kind, words, _ in quotes_of(IT)]
