"""Fox News: the page's stamp and byline, the listening label, links to other stories in
capitals between paragraphs, the network's name for itself, the contributors' and the
writer's lines.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

PAGE = """date 2026-06-15 Lornport ferry crews walk out as pay talks stall
The strike leaves the island without a crossing for the first time in a decade
Published June 15, 2026 6:02pm EDT
By Jo Roe | Fox News
NEWYou can now listen to Fox News articles!
Ferry crews in Lornport walked off the job on Monday after pay talks with the operator \
collapsed, the crews' union said.
"We have been patient for two years," union leader Ann Lee told Fox News Digital.
LORNPORT MAYOR CALLS FOR EMERGENCY TALKS AS ISLAND IS CUT OFF
The operator said it would run a reduced service with managers on board.
CLICK HERE TO GET THE FOX NEWS APP
Fox News Digital reached out to the operator for further comment.
Fox News Digital's Tom Hale contributed to this report.
Jo Roe is a reporter for Fox News Digital. Story tips can be sent to her."""

WIRE = """date 2026-06-16 Valmont bridge to reopen after repairs
The bridge was closed for six weeks
Updated June 16, 2026 9:15am EDT
By Ann Lee | Fox News
The Valmont bridge will reopen to traffic on Friday, the city said.
"The repairs took longer than we hoped," city engineer Al Poe said.
The Associated Press contributed to this report."""

ARTICLES = {"page": PAGE, "wire": WIRE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "fox_news"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "fox_news") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Published June 15, 2026 6:02pm EDT",
        "By Jo Roe | Fox News",
        "NEWYou can now listen to Fox News articles!",
        "LORNPORT MAYOR CALLS FOR EMERGENCY TALKS AS ISLAND IS CUT OFF",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Fox News Digital's Tom Hale contributed to this report.",
        "Jo Roe is a reporter for Fox News Digital. Story tips can be sent to her.",
    ],
)
def test_page_furniture(paragraph: str) -> None:
    assert role_of(PAGE, paragraph) is Role.BOILERPLATE


def test_the_byline_after_a_bar_is_furniture() -> None:
    assert role_of(WIRE, "By Ann Lee | Fox News") is Role.BOILERPLATE


def test_the_story_s_paragraphs_stay_the_story_s() -> None:
    assert (
        role_of(PAGE, "The operator said it would run a reduced service with managers on board.")
        is Role.BODY
    )


def test_quotes_and_speakers() -> None:
    assert quotes_of(PAGE) == [
        (
            "reported",
            "Ferry crews in Lornport walked off the job on Monday after pay talks with the "
            "operator collapsed",
            "the crews' union",
        ),
        ("direct", "We have been patient for two years,", "Ann Lee"),
        ("reported", "it would run a reduced service with managers on board", "The operator"),
    ]


def test_the_network_s_own_name_is_no_attribution() -> None:
    assert article_of(PAGE).attributions == ()


def test_a_wire_that_contributed_is_credited() -> None:
    assert [a.source for a in article_of(WIRE).attributions] == ["The Associated Press"]
