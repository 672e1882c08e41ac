"""The Associated Press: ``DES MOINES, Iowa (AP) —`` and the stand-alone cities of the AP
Stylebook (``WASHINGTON (AP) —``), the underscore dash of older copy, contributor lines,
the reprint copyright, "Follow AP's coverage".  Invented articles."""

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

IOWA = """DES MOINES, Iowa (AP) — The Iowa Legislature on Thursday approved a bill that would \
cut the state's income tax rate, sending it to the governor.
"This is the largest tax cut in our state's history," said Senate Majority Leader Jack \
Whitver, a Republican.
Last year, lawmakers rejected a similar bill after a dispute over school funding.
Associated Press writer John Doe in Des Moines contributed to this report.
Copyright 2026 The Associated Press. All rights reserved. This material may not be \
published, broadcast, rewritten or redistributed."""

SENATE = """WASHINGTON (AP) _ The Senate passed the spending bill late Friday, sending it to \
the president hours before a deadline, Reuters reported.
"We kept the government open," Senate Majority Leader Mary Stone told reporters.
___
Follow AP's coverage of Congress at https://example.org/congress"""

ABROAD = """KHARKIV, Ukraine (AP) — A Russian missile struck a residential building in \
Ukraine's second-largest city on Tuesday, officials said."""

ARTICLES = {"iowa": IOWA, "senate": SENATE, "abroad": ABROAD}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ap"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ap") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("iowa", ("DES MOINES, Iowa", "AP", None, "DES MOINES, Iowa (AP)")),
        ("senate", ("WASHINGTON", "AP", None, "WASHINGTON (AP)")),
        ("abroad", ("KHARKIV, Ukraine", "AP", None, "KHARKIV, Ukraine (AP)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        (
            "iowa",
            "Associated Press writer John Doe in Des Moines contributed to this report.",
            Role.BOILERPLATE,
        ),
        (
            "iowa",
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            Role.BOILERPLATE,
        ),
        (
            "senate",
            "Follow AP's coverage of Congress at https://example.org/congress",
            Role.BOILERPLATE,
        ),
        ("senate", "___", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_background() -> None:
    assert (
        "Last year, lawmakers rejected a similar bill after a dispute over school funding."
        in background_of(IOWA)
    )


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("iowa", ("direct", "This is the largest tax cut in our state's history,", "Jack Whitver")),
        ("senate", ("direct", "We kept the government open,", "Mary Stone")),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


def test_self_name_is_no_attribution_but_other_outlets_are() -> None:
    assert [a.source for a in article_of(SENATE).attributions] == ["Reuters"]


def test_a_no_break_space_before_the_dash_keeps_the_sign() -> None:
    # crawled pages print &nbsp; as U+00A0
    text = "WASHINGTON (AP)\N{NO-BREAK SPACE}— The Senate passed a bill on Tuesday."
    assert article_of(text).outlet == "ap"
    assert dateline_of(text) == ("WASHINGTON", "AP", None, "WASHINGTON (AP)")
