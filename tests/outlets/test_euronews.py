"""Euronews: the "By Euronews with AFP" byline (its wires are attributions) and the
``Published on 24/01/2026 – 16:23 GMT+1`` line, which dates the story.  Invented
articles."""

from __future__ import annotations

import datetime

import pytest
from outlet_cases import article_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """Italy recalls ambassador after bail decision
By Euronews with AFP
Published on 24/01/2026 – 16:23 GMT+1 •Updated 17:05
Italy recalled its ambassador on Saturday after a court freed a suspect on bail, the \
foreign ministry said.
"We want answers," the foreign minister told reporters in Rome."""

REPORTER = """Sweden boosts cyber defences before election
By Anna Lindqvist with AP and Reuters
Published on 21/11/2025 – 11:22 GMT+1
Sweden asked its cyber agency to step up protection before next year's election, the \
defence ministry said on Friday."""

ARTICLES = {"news": NEWS, "reporter": REPORTER}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "euronews"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "euronews") == []


@pytest.mark.parametrize(("name", "expected"), [("news", ["AFP"]), ("reporter", ["AP", "Reuters"])])
def test_wires_of_the_byline_are_credited(name: str, expected: list[str]) -> None:
    assert [a.source for a in article_of(ARTICLES[name]).attributions] == expected


def test_published_line_dates_the_story() -> None:
    assert article_of(NEWS).published == datetime.date(2026, 1, 24)


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("news", "By Euronews with AFP"),
        ("news", "Published on 24/01/2026 – 16:23 GMT+1 •Updated 17:05"),
        ("reporter", "By Anna Lindqvist with AP and Reuters"),
    ],
)
def test_header_lines_are_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE
