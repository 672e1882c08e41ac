"""NPR: the page's date line and byline, a picture's ``Enlarge this image`` label, its
caption and credits, the contributors' and copyright lines, the network's name for
itself.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

PICTURED = """date 2026-06-15 Lornport's only hospital will close its maternity ward
Updated June 15, 2026 at 6:02 PM ET
By Jo Roe
Enlarge this image
Nurses at Lornport General Hospital rallied outside the building on Monday.
Jo Roe/NPR
toggle caption
Jo Roe/NPR
The only hospital in Lornport will stop delivering babies at the end of the month.
"We simply cannot staff the unit safely anymore," hospital president Ann Lee told NPR.
NPR's Tom Hale contributed to this report.
Copyright 2026 NPR"""

BROADCAST = """date 2026-06-10 A school tried a four-day week
Heard on Morning Edition
Jo Roe
When the Valmont school district switched to a four-day week, it could not hire enough \
teachers.
"We went from 14 vacancies to zero," says Superintendent Ann Lee.
Copyright 2026 NPR"""

# a freelance photographer's credit, "hide caption"; a paragraph that opens "Heard on"
FREELANCE = """date 2026-06-16 Lornport's harbour reopens
Updated June 16, 2026 at 9:15 AM ET
Enlarge this image
Fishing boats returned to Lornport harbour on Tuesday.
Jo Roe for NPR
hide caption
Jo Roe for NPR
The harbour reopened on Tuesday after a month of repairs to its sea wall.
Heard on the quayside, the chant grew louder as the first boat docked.
"It feels like the town is breathing again," harbour master Ann Lee told NPR.
Copyright 2026 NPR"""

ARTICLES = {"pictured": PICTURED, "broadcast": BROADCAST, "freelance": FREELANCE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "npr"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "npr") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Enlarge this image",
        "Jo Roe/NPR",
        "NPR's Tom Hale contributed to this report.",
        "Copyright 2026 NPR",
    ],
)
def test_picture_furniture_and_closing_lines(paragraph: str) -> None:
    assert role_of(PICTURED, paragraph) is Role.BOILERPLATE


def test_the_caption_under_its_label_is_body_and_the_story_opens_after_it() -> None:
    caption = "Nurses at Lornport General Hospital rallied outside the building on Monday."
    assert role_of(PICTURED, caption) is Role.BODY
    lead = "The only hospital in Lornport will stop delivering babies at the end of the month."
    assert role_of(PICTURED, lead) is Role.LEAD


def test_told_npr_is_no_attribution() -> None:
    assert article_of(PICTURED).attributions == ()
    assert ("direct", "We simply cannot staff the unit safely anymore,", "Ann Lee") in quotes_of(
        PICTURED
    )


def test_the_show_s_line_is_furniture() -> None:
    assert role_of(BROADCAST, "Heard on Morning Edition") is Role.BOILERPLATE


# the crawl joins the line in lower case under the credit to it
@pytest.mark.parametrize("paragraph", ["Jo Roe for NPR", "Jo Roe for NPR\nhide caption"])
def test_a_freelance_credit_and_hide_caption_are_furniture(paragraph: str) -> None:
    assert role_of(FREELANCE, paragraph) is Role.BOILERPLATE


def test_a_paragraph_that_opens_heard_on_is_news() -> None:
    paragraph = "Heard on the quayside, the chant grew louder as the first boat docked."
    assert role_of(FREELANCE, paragraph) is not Role.BOILERPLATE
