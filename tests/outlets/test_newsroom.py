"""A newsroom's own release, no wire: ``FOR IMMEDIATE RELEASE`` (``Press Release``,
``Pressemitteilung``) above it, ``About Acme Corp``, the contacts and ``###`` below.
Invented releases."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

EN = """FOR IMMEDIATE RELEASE

Harbour Robotics opens ferry terminal in Lornport

Harbour Robotics today opened its new ferry terminal in Lornport, the first in the \
region built without public money.

The terminal, built over two years, cost 40 million dollars and created 200 jobs.

Ann Lee, mayor of Lornport, said the city had waited years for the terminal and \
welcomed the investment.

"We are proud to bring the ferry back," said Jo Roe, chief executive of Harbour Robotics.

About Harbour Robotics

Harbour Robotics was founded in 2009 and builds port equipment. "We build for the sea," \
its founder once said.

Media Contact
Kim Lorn, press@harbour-robotics.example

###
"""

DE = """Pressemitteilung

Lornbank eröffnet Filiale in Lornstadt

Die Lornbank hat am Dienstag eine neue Filiale in Lornstadt eröffnet.

„Wir sind stolz auf den Standort“, sagte Vorstandschef Jo Roe.

Über die Lornbank

Die Lornbank wurde 1950 gegründet und beschäftigt 800 Menschen.

Pressekontakt
Kim Lorn
"""

ARTICLES = {"en": EN, "de": DE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "newsroom"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "newsroom") == []


def test_the_label_is_furniture_and_the_headline_below_it_the_headline() -> None:
    article = article_of(EN)
    assert article.title == "Harbour Robotics opens ferry terminal in Lornport"
    assert article.paragraphs[0].role is Role.BOILERPLATE


@pytest.mark.parametrize(
    "paragraph",
    [
        "About Harbour Robotics",
        'Harbour Robotics was founded in 2009 and builds port equipment. "We build for the '
        'sea," its founder once said.',
        "Media Contact",
        "Kim Lorn, press@harbour-robotics.example",
        "###",
    ],
)
def test_the_issuer_s_description_contacts_and_end_mark_are_furniture(paragraph: str) -> None:
    assert role_of(EN, paragraph) is Role.BOILERPLATE


def test_the_release_s_paragraphs_are_its_news_never_weighed_as_background() -> None:
    assert background_of(EN) == []
    assert (
        role_of(
            EN, "The terminal, built over two years, cost 40 million dollars and created 200 jobs."
        )
        is Role.BODY
    )


def test_quotes_are_the_news_only() -> None:
    assert [speaker for _, _, speaker in quotes_of(EN)] == ["Ann Lee", "Jo Roe"]
    assert [speaker for _, _, speaker in quotes_of(DE)] == ["Jo Roe"]


@pytest.mark.parametrize(
    "text",
    [
        # a story about a release, and a label inside a line, are no release
        "Harbour Robotics opens terminal\n\nThe company said in a press release that the "
        "terminal cost 40 million dollars.\n\nTraders welcomed it.",
        "Harbour Robotics opens terminal\n\nPress release: the terminal cost 40 million "
        "dollars, the company said.\n\nTraders welcomed it.",
    ],
)
def test_a_release_cited_is_no_sign(text: str) -> None:
    assert article_of(text).outlet != "newsroom"
