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

ARTICLES = {"placed": PLACED, "bare": BARE}


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


def test_self_name_is_no_attribution() -> None:
    article = article_of(PLACED)
    assert article.attributions == ()
    assert ("direct", "The depot supplied the units attacking Sumy,") in [
        (kind, words) for kind, words, _ in quotes_of(PLACED)
    ]
