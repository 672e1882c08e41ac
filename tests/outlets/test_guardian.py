"""The Guardian: the "Guardian staff and agencies" byline, picture captions that end
with "Photograph: …" (body text), the "First published on" line.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, role_of

from newsstruct import Role

AGENCIES = """Floods force thousands from homes in northern Italy
Guardian staff and agencies
Floods have forced more than 3,000 people from their homes in Emilia-Romagna, the \
regional civil protection agency said on Sunday.
Rescuers use a boat to reach residents in a flooded street in Faenza. Photograph: Jane \
Roe/AP
"The river rose faster than ever before," the mayor of Faenza said."""

STAFF = """Ukraine's parliament approves new defence minister
Shaun Miller in Kyiv
First published on Sun 1 Jun 2025 10.30 BST
Ukraine's parliament approved a new defence minister on Sunday, after the previous one \
resigned last week.
Lawmakers vote in the Verkhovna Rada in Kyiv. Photograph: Olena Kit/Reuters"""

# The page's date under the byline, the tags at the end
DATED = """date 2026-07-09 Ministers accused of ignoring flood warnings
Jo Roe Environment correspondent
Thu 9 Jul 2026 07.00 BST
Ministers ignored repeated warnings about flood defences, a cross-party committee said.
“The government was told and did nothing,” said the committee’s chair, Ann Lee.
Explore more on these topics
Flooding"""

ARTICLES = {"agencies": AGENCIES, "staff": STAFF, "dated": DATED}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "guardian"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "guardian") == []


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("agencies", "Guardian staff and agencies", Role.BOILERPLATE),
        ("staff", "First published on Sun 1 Jun 2025 10.30 BST", Role.BOILERPLATE),
        (
            "agencies",
            "Rescuers use a boat to reach residents in a flooded street in Faenza. "
            "Photograph: Jane Roe/AP",
            Role.BODY,
        ),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_self_name_is_no_attribution() -> None:
    assert article_of(AGENCIES).attributions == ()


@pytest.mark.parametrize("paragraph", ["Thu 9 Jul 2026 07.00 BST", "Explore more on these topics"])
def test_date_under_the_byline_and_tags_label_are_furniture(paragraph: str) -> None:
    assert role_of(DATED, paragraph) is Role.BOILERPLATE
