"""ČTK: ``Praha 12. května (ČTK) -`` (no comma between the city and the date; the span
drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of

DATED = """Praha 14. dubna (ČTK) - Vláda dnes schválila novelu stavebního zákona. \
Novinářům to řekl ministr pro místní rozvoj."""

ABROAD = """Vídeň 2. září (ČTK) - Rakousko prodlouží kontroly na hranicích, uvedlo \
ministerstvo vnitra."""

UNDATED = """Ostrava (ČTK) - Dopravní podnik od pondělí omezí provoz tramvají, sdělil \
mluvčí podniku."""

ARTICLES = {"dated": DATED, "abroad": ABROAD, "undated": UNDATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ctk"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ctk") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dated", ("Praha", "ČTK", "14. dubna", "Praha 14. dubna (ČTK)")),
        ("abroad", ("Vídeň", "ČTK", "2. září", "Vídeň 2. září (ČTK)")),
        ("undated", ("Ostrava", "ČTK", None, "Ostrava (ČTK)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_told_ctk_after_a_word_of_time_is_the_addressee() -> None:
    # "řekl dnes ČTK starosta": the day and the agency addressed are the cue's, no speaker
    text = (
        "Lomnice 15. ledna (ČTK) - Nový most bude otevřen v dubnu, řekl dnes ČTK starosta "
        "města Petr Horák."
    )
    assert quotes_of(text) == [("reported", "Nový most bude otevřen v dubnu", "Petr Horák")]
