"""Reuters: ``FRANKFURT, March 3 (Reuters) -`` and ``NEW YORK/LONDON (Reuters) -``
datelines, the ``(Reporting by …; Editing by …)`` credit line, update notes, "Our
Standards".  Invented articles."""

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

BANK = """Nordic lender cuts outlook as loan losses mount
FRANKFURT, March 3 (Reuters) - A Nordic lender cut its full-year profit outlook on Tuesday, \
blaming rising loan losses among small businesses, and its shares fell 6% in early trade.
"The second half will be tougher than we expected," Chief Executive Anna Lind told reporters \
on a conference call, adding that the bank would not cut its dividend.
Earlier, the bank had trimmed its outlook in October, citing weaker demand for mortgages.
(Reporting by Tom Baker; Additional reporting by Eva Schulz; Editing by Mark Potter)"""

OIL = """NEW YORK/LONDON (Reuters) - Oil prices rose on Monday after an outage on a North Sea \
pipeline, traders said, according to the Financial Times and the BBC.
(Adds analyst comment in paragraph 3)
"The market is very tight," said Jane Roe, an analyst at a London brokerage.
To view a graphic on North Sea crude output, click: reut.rs/3Xy9Qz
Related Coverage Pipeline operator expects repairs to last two weeks
Our Standards: The Thomson Reuters Trust Principles."""

STATE = """WILMINGTON, Delaware, Jan 5 (Reuters) - A Delaware judge on Friday rejected a bid to \
move the trial to another state."""

PLACELESS = """Harbour Air pilots reject pay deal

March 4 (Reuters) - Pilots at Harbour Air have rejected a pay offer, their union said on \
Tuesday."""

ARTICLES = {"bank": BANK, "oil": OIL, "state": STATE, "placeless": PLACELESS}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "reuters"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "reuters") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bank", ("FRANKFURT", "Reuters", "March 3", "FRANKFURT, March 3 (Reuters)")),
        ("oil", ("NEW YORK/LONDON", "Reuters", None, "NEW YORK/LONDON (Reuters)")),
        (
            "state",
            ("WILMINGTON, Delaware", "Reuters", "Jan 5", "WILMINGTON, Delaware, Jan 5 (Reuters)"),
        ),
        ("placeless", (None, "Reuters", "March 4", "March 4 (Reuters)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        (
            "bank",
            "(Reporting by Tom Baker; Additional reporting by Eva Schulz; Editing by Mark Potter)",
            Role.BOILERPLATE,
        ),
        ("oil", "Our Standards: The Thomson Reuters Trust Principles.", Role.BOILERPLATE),
        ("oil", "(Adds analyst comment in paragraph 3)", Role.BOILERPLATE),
        (
            "oil",
            "To view a graphic on North Sea crude output, click: reut.rs/3Xy9Qz",
            Role.BOILERPLATE,
        ),
        (
            "oil",
            "Related Coverage Pipeline operator expects repairs to last two weeks",
            Role.BOILERPLATE,
        ),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_background() -> None:
    assert (
        "Earlier, the bank had trimmed its outlook in October, citing weaker demand for mortgages."
        in background_of(BANK)
    )


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("bank", ("direct", "The second half will be tougher than we expected,", "Anna Lind")),
        ("oil", ("direct", "The market is very tight,", "Jane Roe")),
        (
            "placeless",
            ("reported", "Pilots at Harbour Air have rejected a pay offer", "their union"),
        ),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


def test_other_outlets_are_attributions() -> None:
    assert [a.source for a in article_of(OIL).attributions] == ["Financial Times", "BBC"]


def test_reprint_without_line_break_keeps_the_outlet() -> None:
    # a crawl that ran the headline into the dateline still carries the sign
    text = "Oil rises on supply worries LONDON (Reuters) - Oil prices rose on Monday."
    assert article_of(text).outlet == "reuters"


def test_file_photo_caption_is_body_text() -> None:
    # OUTLETS.md: reprints add "FILE PHOTO: …" captions with a credit; they are body text
    text = (
        "LONDON, May 4 (Reuters) - British house prices rose for a third month in April, a "
        "lender said on Tuesday.\n"
        "FILE PHOTO: Houses are seen in a street in London, Britain, March 2, 2026. "
        "REUTERS/Jane Roe/File Photo\n"
        '"Demand is holding up," the lender\'s chief economist said.'
    )
    caption = (
        "FILE PHOTO: Houses are seen in a street in London, Britain, March 2, 2026. "
        "REUTERS/Jane Roe/File Photo"
    )
    assert article_of(text).outlet == "reuters"
    assert role_of(text, caption) is Role.BODY


@pytest.mark.parametrize(
    "dated",
    [
        "June 2, 2026 10:15 AM GMT+1 Updated 2 hours ago",
        # a crawl glues the time to the year and "Updated" to the zone
        "June 2, 20265:41 AM UTCUpdated 2 hours ago",
    ],
)
def test_page_date_line_and_reading_time_are_furniture_that_dates_the_story(dated: str) -> None:
    """reuters.com prints the reading time and the date line under the headline."""
    text = (
        "Ferry operator raises fares\n"
        "3 minute read\n"
        f"{dated}\n"
        "VALLETTA, June 2 (Reuters) - A ferry operator raised its fares by a tenth on Tuesday, "
        "citing fuel costs.\n"
        "(Reporting by Jo Roe; Editing by Tom Hale)"
    )
    article = article_of(text)
    assert article.outlet == "reuters"
    assert article.published is not None and article.published.isoformat() == "2026-06-02"
    assert role_of(text, "3 minute read") is Role.BOILERPLATE
    assert role_of(text, dated) is Role.BOILERPLATE


def test_the_newsletter_prompt_is_furniture() -> None:
    line = "Get a look at the day ahead in markets with our morning newsletter. Sign up here."
    assert role_of(f"{BANK}\n{line}", line) is Role.BOILERPLATE
