"""Kyodo News: the ``TOKYO, March 4 Kyodo -`` dateline (the agency without brackets), the
``==Kyodo`` sign-off, the English site's ``KYODO NEWS - Mar 4, 2026 - 10:15 | World, All``
head line.  Invented articles."""

from __future__ import annotations

import datetime

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

WIRE = """date 2026-03-04 Japan to extend ferry subsidies for remote islands
TOKYO, March 4 Kyodo - The Japanese government will extend subsidies for ferry services \
to remote islands for another five years, the transport ministry said Wednesday.
"Ferries are a lifeline for island residents," Transport Minister Jo Roe told a press \
conference.
The subsidies were introduced in 2016 after several operators went bankrupt.
==Kyodo"""

SITE = """Japan to extend ferry subsidies for remote islands
KYODO NEWS - Mar 4, 2026 - 10:15 | World, All
The Japanese government will extend subsidies for ferry services to remote islands for \
another five years, the transport ministry said Wednesday.
"Ferries are a lifeline for island residents," Transport Minister Jo Roe told a press \
conference."""

LEAD = """NEW YORK, Nov. 12 Kyodo - Japan's foreign minister met his U.S. counterpart on Tuesday."""

ARTICLES = {"wire": WIRE, "site": SITE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "kyodo"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "kyodo") == []


def test_dateline() -> None:
    assert dateline_of(WIRE) == ("TOKYO", "Kyodo", "March 4", "TOKYO, March 4 Kyodo")


def test_the_site_s_head_line_is_no_dateline_and_dates_the_story() -> None:
    article = article_of(SITE)
    assert (article.dateline, article.published) == (None, datetime.date(2026, 3, 4))


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [("wire", "==Kyodo"), ("site", "KYODO NEWS - Mar 4, 2026 - 10:15 | World, All")],
)
def test_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


def test_background() -> None:
    assert background_of(WIRE) == [
        "The subsidies were introduced in 2016 after several operators went bankrupt."
    ]


@pytest.mark.parametrize("name", ARTICLES)
def test_quotes(name: str) -> None:
    assert quotes_of(ARTICLES[name]) == [
        (
            "reported",
            "The Japanese government will extend subsidies for ferry services to remote "
            "islands for another five years",
            "the transport ministry",
        ),
        ("direct", "Ferries are a lifeline for island residents,", "Jo Roe"),
    ]


def test_a_citation_is_no_sign() -> None:
    text = (
        "The port will reopen next week, Kyodo News reported.\n"
        "The harbour master said repairs were nearly done."
    )
    assert article_of(text).outlet is None


def test_the_dateline_alone_tells_the_outlet() -> None:
    assert article_of(LEAD).outlet == "kyodo"
    assert dateline_of(LEAD) == ("NEW YORK", "Kyodo", "Nov. 12", "NEW YORK, Nov. 12 Kyodo")
