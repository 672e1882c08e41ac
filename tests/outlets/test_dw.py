"""Deutsche Welle: the editors' initials with the wires they drew on (``ab/jsi (AP,
Reuters)``), credited as attributions, and the "Edited by:" line.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """Germany to extend border checks by six months
Germany will keep checks at its land borders for another six months, the Interior \
Ministry said on Friday.
"The checks have proven their worth," the minister told reporters in Berlin.
ab/jsi (AP, Reuters, dpa)
Edited by: Anna Keller"""

SHORT = """Dutch court halts export of fighter jet parts
A Dutch appeals court ordered the government to halt exports of fighter jet parts, \
judges ruled on Monday.
dh/wd (AFP)"""

ARTICLES = {"news": NEWS, "short": SHORT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "dw"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "dw") == []


@pytest.mark.parametrize(
    ("name", "expected"), [("news", ["AP", "Reuters", "dpa"]), ("short", ["AFP"])]
)
def test_wires_of_the_sign_off_are_credited(name: str, expected: list[str]) -> None:
    assert [a.source for a in article_of(ARTICLES[name]).attributions] == expected


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [("news", "ab/jsi (AP, Reuters, dpa)"), ("news", "Edited by: Anna Keller")],
)
def test_sign_off_is_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


def test_an_editor_line_alone_is_no_sign() -> None:
    """Other outlets print "Edited by:" too; DW's initials line is what tells it."""
    text = (
        "Ukraine's air defence shot down 40 drones overnight, the Air Force said.\n\n"
        '"All targets were destroyed," the statement said.\n\nEdited by: Olena Kovalenko'
    )
    assert article_of(text).outlet is None
