"""CNN: the ``Kyiv, Ukraine (CNN) —`` dateline (and the bare ``(CNN) —``), the newsroom's
name for itself, the contributors' line.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

PLACED = """Ukraine says drones hit a fuel depot in Russia
Kyiv, Ukraine (CNN) — Ukrainian drones hit a fuel depot in Russia's Bryansk region \
overnight, Ukraine's General Staff said Thursday.
"The depot supplied the units attacking Sumy," the General Staff said in a statement.
CNN has reached out to the Russian Defense Ministry for comment.
CNN’s Olga Voitovych contributed reporting."""

BARE = """Storm leaves 200,000 without power
(CNN) — A winter storm left about 200,000 homes without power across three states, \
utility companies said Sunday.
CNN’s Mark Ellis and Jane Doyle contributed to this report."""

# The pages since 2023: the network without brackets, on the lead's line or its own.
UNBRACKETED = """date 2026-09-14 Wildfire forces evacuations north of Valmont
By Jo Roe, CNN
Updated 10:42 AM EDT, Mon September 14, 2026
Valmont, California CNN —
A fast-moving wildfire forced thousands of residents from their homes north of Valmont \
on Monday, officials said.
“This fire is moving faster than we can keep up with,” Fire Chief Ann Lee told CNN."""

INLINE = """Ferry crews strike for a second day
Rio de Janeiro, Brazil CNN — Ferry crews in Rio de Janeiro walked out for a second day on \
Tuesday, the union said."""

ARTICLES = {"placed": PLACED, "bare": BARE, "unbracketed": UNBRACKETED, "inline": INLINE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "cnn"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "cnn") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("placed", ("Kyiv, Ukraine", "CNN", None, "Kyiv, Ukraine (CNN)")),
        ("bare", (None, "CNN", None, "(CNN)")),
        ("unbracketed", ("Valmont, California", "CNN", None, "Valmont, California CNN")),
        ("inline", ("Rio de Janeiro, Brazil", "CNN", None, "Rio de Janeiro, Brazil CNN")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("placed", "CNN’s Olga Voitovych contributed reporting."),
        ("bare", "CNN’s Mark Ellis and Jane Doyle contributed to this report."),
    ],
)
def test_contributors_are_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


def test_the_advertisement_s_feedback_label_is_furniture() -> None:
    text = PLACED.replace("CNN has reached", "Ad Feedback\nCNN has reached")
    assert role_of(text, "Ad Feedback") is Role.BOILERPLATE


def test_self_name_is_no_attribution() -> None:
    article = article_of(PLACED)
    assert article.attributions == ()
    assert ("direct", "The depot supplied the units attacking Sumy,") in [
        (kind, words) for kind, words, _ in quotes_of(PLACED)
    ]


def test_unbracketed_dateline_opens_the_story() -> None:
    assert role_of(UNBRACKETED, "Valmont, California CNN —") is Role.DATELINE
    article = article_of(UNBRACKETED)
    assert article.attributions == ()
    assert [p.role for p in article.paragraphs if p.role is Role.LEAD] == [Role.LEAD]
    assert article.paragraphs[-2].role is Role.LEAD


def test_interview_with_a_dash_is_no_dateline() -> None:
    text = "Ferry crews strike again\nThe mayor told CNN — in a brief call — that talks failed."
    assert article_of(text).outlet is None
    assert dateline_of(text) is None


def test_network_before_an_aside_is_no_dateline() -> None:
    """A lower-case word after the dash opens an aside (``CNN — which …``), no story."""
    text = (
        "The council met on Monday.\n"
        "CNN — which first reported the story — said the plan was dead.\n"
        "WASHINGTON — where the plan began — said nothing."
    )
    article = article_of(text)
    assert article.outlet is None
    assert dateline_of(text) is None
    assert article.paragraphs[0].role is Role.LEAD


def test_story_opening_with_a_lower_case_brand_follows_the_dateline() -> None:
    """A name printed with its first letter in lower case (``iPhone``, ``eBay``) opens
    the story after the dash: no aside."""
    text = (
        "date 2026-09-09 Phone maker unveils a longer-lasting model\n"
        "CNN — iPhone maker Valmont Devices on Tuesday unveiled a new phone, the company said.\n"
        "“This is our best phone yet,” chief executive Jo Roe said."
    )
    assert article_of(text).outlet == "cnn"
    assert dateline_of(text) == (None, "CNN", None, "CNN")
    assert article_of(text).paragraphs[1].role is Role.LEAD
