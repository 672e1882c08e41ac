"""ΑΠΕ-ΜΠΕ: ``ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) –`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

GREEK = """ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) – Ο δήμαρχος Νίκος Ρήγας ανακοίνωσε ότι η γέφυρα θα ανοίξει τον \
Μάιο."""

ENGLISH = """ATHENS (ANA-MPA) - The mayor said the bridge would reopen in May."""

ARTICLES = {"greek": GREEK, "english": ENGLISH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ape_mpe"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ape_mpe") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("greek", ("ΑΘΗΝΑ", "ΑΠΕ-ΜΠΕ", None, "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ)")),
        ("english", ("ATHENS", "ANA-MPA", None, "ATHENS (ANA-MPA)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected
