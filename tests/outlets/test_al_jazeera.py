"""Al Jazeera: the "Source: Al Jazeera and news agencies" line, the correspondent named
with the channel, the ``Kharkiv, Ukraine –`` dateline of features.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """Flooding forces thousands from their homes in southern Chile
Heavy rain has forced more than 5,000 people to leave their homes in southern Chile, the \
interior ministry said on Sunday.
Reporting from Santiago, Al Jazeera’s Lucia Newman said more rain was forecast.
Source: Al Jazeera and news agencies"""

FEATURE = """In Odesa, a theatre plays on through the air raids
Odesa, Ukraine – The curtain rises at six, two hours before the curfew.
"We stop when the sirens start, and we carry on when they end," said the director, Olena \
Petrenko.
Al Jazeera’s Hamza Mohamed, reporting from Odesa, said most seats were sold out.
SOURCE: AL JAZEERA"""

ARTICLES = {"news": NEWS, "feature": FEATURE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "al_jazeera"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "al_jazeera") == []


def test_feature_dateline() -> None:
    assert dateline_of(FEATURE) == ("Odesa, Ukraine", None, None, "Odesa, Ukraine")


def test_news_has_no_dateline() -> None:
    assert dateline_of(NEWS) is None


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [("news", "Source: Al Jazeera and news agencies"), ("feature", "SOURCE: AL JAZEERA")],
)
def test_source_line_is_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


@pytest.mark.parametrize("name", ARTICLES)
def test_self_name_is_no_attribution(name: str) -> None:
    assert article_of(ARTICLES[name]).attributions == ()


def test_a_footage_credit_inside_a_story_is_no_sign() -> None:
    text = (
        "Drone hits apartment block\nA drone hit an apartment block in Odesa, officials said.\n"
        "Source: Al Jazeera\nRescuers worked through the night to free survivors."
    )
    assert article_of(text).outlet is None


def test_the_correspondent_s_report_from_a_place_is_news() -> None:
    # "Reporting from" opens a writer's place line under a byline, but here speech
    paragraph = "Reporting from Santiago, Al Jazeera’s Lucia Newman said more rain was forecast."
    assert role_of(NEWS, paragraph) is not Role.BOILERPLATE
    assert "more rain was forecast" in [q.text for q in article_of(NEWS).quotes]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_related_stories_box_is_furniture(gap: str) -> None:
    """The box's title, its screen reader's label, the headlines and the label that ends
    it, inside the story."""
    box = gap.join(
        [
            "Keep reading",
            "list of 3 items",
            "Lornland opposition leader arrested",
            "Valmont port reopens after strike",
            "end of list",
        ]
    )
    text = NEWS.replace("Sunday.\n", f"Sunday.\n{box}\n")
    boxed = [p for p in article_of(text).paragraphs if p.text in box]
    assert boxed
    assert all(p.role is Role.BOILERPLATE for p in boxed)
    assert "".join(p.text for p in boxed).replace("\n", "") == box.replace("\n", "")


def test_a_paragraph_opening_with_keep_reading_is_news() -> None:
    """Only the box's title alone on its line is furniture."""
    line = "Keep reading the small print, she tells customers, because the landlord never does."
    text = NEWS.replace("Sunday.\n", f"Sunday.\n{line}\n")
    (kept,) = [p for p in article_of(text).paragraphs if p.text == line]
    assert kept.role is not Role.BOILERPLATE


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_every_headline_of_the_box_is_furniture_whatever_its_end(gap: str) -> None:
    """A headline that asks or ends in a quotation keeps the box going to its end label,
    which a gap of blank lines runs into the last headline's paragraph."""
    headlines = ["What next for Lornport?", "Mayor: ‘We will not leave’", "Lorn floods: Many flee"]
    box = gap.join(["Keep reading", "list of 3 items", *headlines, "end of list"])
    text = NEWS.replace("Sunday.\n", f"Sunday.\n{box}\n")
    boxed = [p for p in article_of(text).paragraphs if any(h in p.text for h in headlines)]
    assert len(boxed) == 3
    assert all(p.role is Role.BOILERPLATE for p in boxed)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_box_without_its_end_label_closes_after_its_count_or_at_the_next_box(gap: str) -> None:
    """A crawl that dropped a box's ``end of list`` leaves the story after it news: the box
    holds the headlines its label counts and ends before the next box's label."""
    story = ["The port said fares would rise in May.", "The vote is due on Tuesday."]
    first = gap.join(["list of 2 items", "What next for Lornport?", "Harbour fares to rise"])
    second = gap.join(["list of 2 items", "Ferry boom ends", "Harbour debt grows", "end of list"])
    box = "\n\n".join([first, *story, second])
    text = NEWS.replace("Sunday.\n", f"Sunday.\n\n{box}\n\n")
    kept = [p for p in article_of(text).paragraphs if p.text in story]
    assert len(kept) == 2
    assert all(p.role is not Role.BOILERPLATE for p in kept)
