"""MTI: ``Budapest, 2026. március 4., szerda (MTI) –`` (the span drops the dash).
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

FULL = """Budapest, 2026. március 4., szerda (MTI) – A kormány új hidat épít a Dunán – \
jelentette be a miniszter."""

SHORT = """Szeged, május 12. (MTI) – Az egyetem új kollégiumot nyit – közölte a rektor."""

CREDITED = """Szeged, május 12. (MTI) – Az egyetem új kollégiumot nyit – közölte a rektor.
A munkák ősszel kezdődnek.
(MTI)"""

ARTICLES = {"full": FULL, "short": SHORT, "credited": CREDITED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "mti"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "mti") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "full",
            (
                "Budapest",
                "MTI",
                "2026. március 4., szerda",
                "Budapest, 2026. március 4., szerda (MTI)",
            ),
        ),
        ("short", ("Szeged", "MTI", "május 12.", "Szeged, május 12. (MTI)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_closing_credit_is_boilerplate() -> None:
    assert role_of(CREDITED, "(MTI)") is Role.BOILERPLATE


def test_credit_above_the_headline_is_no_headline() -> None:
    text = "(MTI)\n\nÚj kollégium nyílik Szegeden\n\n" + CREDITED.replace("\n", "\n\n")
    assert [p.role for p in article_of(text).paragraphs] == [
        Role.BOILERPLATE,
        Role.TITLE,
        Role.LEAD,
        Role.BODY,
        Role.BOILERPLATE,
    ]


def test_headline_above_a_dateline_that_is_the_whole_story() -> None:
    article = article_of("Új kollégium nyílik Szegeden\n" + SHORT)
    assert article.title == "Új kollégium nyílik Szegeden"
    assert [p.role for p in article.paragraphs] == [Role.TITLE, Role.LEAD]
    assert article.dateline is not None and article.dateline.place == "Szeged"
