"""Bloomberg: the ``(Bloomberg) --`` dateline, the most read stories listed inside the
story, the notes under it, the copyright line, the network's names for itself.  Invented
articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

LISTED = """date 2026-06-05 Valmont Motors Shares Jump After Surprise Profit
(Bloomberg) -- Valmont Motors Inc. shares jumped the most in almost two years after the \
carmaker reported an unexpected quarterly profit.
Most Read from Bloomberg
Lornport Airport Delays Pile Up as Controllers Call in Sick
Why Harbour Bonds Are Suddenly Everyone's Favorite Trade
"Demand for the pickup is running ahead of what we can build," Chief Executive Officer \
Ann Lee told Bloomberg News.
--With assistance from Tom Hale.
(Updates with analyst comment in sixth paragraph.)
©2026 Bloomberg L.P."""


def test_detected() -> None:
    assert article_of(LISTED).outlet == "bloomberg"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(LISTED, "bloomberg") == []


def test_dateline() -> None:
    assert dateline_of(LISTED) == (None, "Bloomberg", None, "(Bloomberg)")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Most Read from Bloomberg",
        # every headline of the list
        "Lornport Airport Delays Pile Up as Controllers Call in Sick",
        "Why Harbour Bonds Are Suddenly Everyone's Favorite Trade",
        "--With assistance from Tom Hale.",
        "(Updates with analyst comment in sixth paragraph.)",
        "©2026 Bloomberg L.P.",
    ],
)
def test_furniture(paragraph: str) -> None:
    assert role_of(LISTED, paragraph) is Role.BOILERPLATE


def test_told_bloomberg_news_is_no_attribution() -> None:
    assert article_of(LISTED).attributions == ()
