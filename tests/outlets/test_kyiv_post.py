"""Kyiv Post: the desk byline, the newsroom's name for itself without an article, the
"Other Topics of Interest" box with one related headline, "As Kyiv Post previously
reported" background.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """Kharkiv Opens Underground School for 900 Pupils
By Kyiv Post
Kharkiv has opened a second underground school for 900 pupils, the city council said on \
Monday.
"Children need to see each other, not only screens," Mayor Ihor Terekhov told Kyiv Post.
Other Topics of Interest
Explainer: Why Kharkiv Builds Schools Below Ground
Kyiv Post has reached out to the Education Ministry for comment.
As Kyiv Post previously reported, the first such school opened in the city's metro in 2023."""

STAFF = """Ukraine Signs Drone Deal With Denmark
By Olena Marchuk
Ukraine and Denmark signed an agreement to produce drones together, the Strategic \
Industries Ministry said.
Other Topics of Interest
Danish Pension Funds Invest in Ukrainian Defense Firms
Kyiv Post could not independently verify the size of the deal."""

ARTICLES = {"news": NEWS, "staff": STAFF}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "kyiv_post"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "kyiv_post") == []


def test_no_dateline() -> None:
    assert dateline_of(NEWS) is None


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("news", "Other Topics of Interest"),
        ("news", "Explainer: Why Kharkiv Builds Schools Below Ground"),
        ("staff", "Danish Pension Funds Invest in Ukrainian Defense Firms"),
    ],
)
def test_related_story_is_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


def test_a_crosshead_after_the_one_related_headline_is_the_story_s() -> None:
    """The box holds one headline: the crosshead after it is no second one."""
    text = STAFF.replace(
        "Kyiv Post could not", "What Happens Next\nLornport votes. Kyiv Post could not"
    )
    assert role_of(text, "What Happens Next") is not Role.BOILERPLATE


def test_background() -> None:
    assert (
        "As Kyiv Post previously reported, the first such school opened in the city's metro "
        "in 2023."
    ) in background_of(NEWS)


def test_self_name_is_no_attribution_nor_speaker() -> None:
    article = article_of(NEWS)
    assert article.attributions == ()
    speakers = {q.speaker.name for q in article.quotes if q.speaker}
    assert "Kyiv Post" not in speakers
    assert "Ihor Terekhov" in speakers
