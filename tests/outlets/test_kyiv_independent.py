"""The Kyiv Independent: the news-desk byline, "could not verify" in its own name, "The Kyiv
Independent previously reported" background, membership appeals.  Invented articles."""

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

NEWS = """Russian drone attack damages port infrastructure in Odesa Oblast
The Kyiv Independent news desk
A Russian drone attack overnight damaged port infrastructure and a grain warehouse in Odesa \
Oblast, Governor Oleh Kiper said on March 12.
"Two workers were injured, they are receiving medical care," Kiper wrote on Telegram.
Russia claimed it had struck military targets in the region. The Kyiv Independent could not \
verify the claim.
Read also: Ukraine's grain exports rise despite attacks
The Kyiv Independent previously reported that Russian strikes on ports intensified after the \
collapse of the grain deal.
We’ve been covering the war since day one. Become a member to support our reporting."""

UPDATE = """Ukraine war latest: Kyiv hit by largest drone attack this month
Note from the author: Hello! This is Anna Koval, the news editor on duty today.
Russia launched 120 drones at Ukraine overnight, the Air Force said on Sunday.
"Air defense shot down 98 of them," the Air Force said in a statement.
As the Kyiv Independent reported, a similar attack hit the capital a week earlier.
Become a member to support independent journalism in Ukraine."""

ARTICLES = {"news": NEWS, "update": UPDATE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "kyiv_independent"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "kyiv_independent") == []


@pytest.mark.parametrize("name", ARTICLES)
def test_no_dateline(name: str) -> None:
    assert dateline_of(ARTICLES[name]) is None


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("news", "The Kyiv Independent news desk", Role.BOILERPLATE),
        ("news", "Read also: Ukraine's grain exports rise despite attacks", Role.BOILERPLATE),
        (
            "news",
            "We’ve been covering the war since day one. Become a member to support our reporting.",
            Role.BOILERPLATE,
        ),
        (
            "update",
            "Note from the author: Hello! This is Anna Koval, the news editor on duty today.",
            Role.BOILERPLATE,
        ),
        (
            "update",
            "Become a member to support independent journalism in Ukraine.",
            Role.BOILERPLATE,
        ),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        (
            "news",
            "The Kyiv Independent previously reported that Russian strikes on ports intensified "
            "after the collapse of the grain deal.",
        ),
        (
            "update",
            "As the Kyiv Independent reported, a similar attack hit the capital a week earlier.",
        ),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        (
            "news",
            ("direct", "Two workers were injured, they are receiving medical care,", "Oleh Kiper"),
        ),
        ("update", ("direct", "Air defense shot down 98 of them,", "Air Force")),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


def test_self_reference_is_no_speaker() -> None:
    speakers = {speaker for _, _, speaker in quotes_of(NEWS)}
    assert not speakers & {"The Kyiv Independent", "Kyiv Independent"}


# The newsroom's own page conventions, without the "could not verify" line.
REPORTAGE = """'The fields are full of mines': a day with sappers in the south
Editor's Note: The Kyiv Independent is not disclosing the soldiers' full names for security \
reasons.
KHERSON OBLAST — The sappers leave before dawn, when the drones are fewer.
"Every field we clear can be sown again," said Taras, a 29-year-old sapper.
The Kyiv Independent's reporters spent two days with the unit in October."""

DIGEST = """Ukraine war latest: Ukraine hits oil terminal in Novorossiysk
Olena Hrytsenko
October 3, 2025 6:12 PM 3 min read
Ukrainian naval drones hit an oil terminal in Novorossiysk overnight, the Navy said.
The Kyiv Independent has reached out to the port's operator for comment."""


@pytest.mark.parametrize("text", [REPORTAGE, DIGEST])
def test_detected_by_own_conventions(text: str) -> None:
    assert article_of(text).outlet == "kyiv_independent"
    assert foreign_signs(text, "kyiv_independent") == []


def test_reportage_dateline() -> None:
    assert dateline_of(REPORTAGE) == ("KHERSON OBLAST", None, None, "KHERSON OBLAST")


def test_byline_date_line_is_furniture() -> None:
    assert role_of(DIGEST, "October 3, 2025 6:12 PM 3 min read") is Role.BOILERPLATE


def test_interview_credit_is_no_sign() -> None:
    text = (
        "Mayor says shelters are ready\nThe city's shelters are ready for winter, the mayor "
        "told the Kyiv Independent on Monday.\nThe city has 400 shelters."
    )
    article = article_of(text)
    assert article.outlet is None
    assert [a.source for a in article.attributions] == ["Kyiv Independent"]


def test_editors_note_is_furniture_and_the_dateline_paragraph_the_lead() -> None:
    note = (
        "Editor's Note: The Kyiv Independent is not disclosing the soldiers' full names for "
        "security reasons."
    )
    assert role_of(REPORTAGE, note) is Role.BOILERPLATE
    lead = [p for p in article_of(REPORTAGE).paragraphs if p.text.startswith("KHERSON OBLAST")]
    assert [p.role for p in lead] in ([Role.LEAD], [Role.DATELINE])


def test_the_membership_appeal_and_all_below_it_close_the_page() -> None:
    text = NEWS.replace(
        "We’ve been covering the war since day one. Become a member to support our reporting.",
        "We’ve been covering the war since day one.\n"
        "Independent journalism in Ukraine depends on readers like you, and every month "
        "thousands of them keep our reporters in the field.\n"
        "Become a member",
    )
    article = article_of(text)
    assert [p.role for p in article.paragraphs][-3:] == [Role.BOILERPLATE] * 3
    assert "readers like you" not in " ".join(background_of(text))
