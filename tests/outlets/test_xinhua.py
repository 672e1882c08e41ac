"""Xinhua: ``BEIJING, May 5 (Xinhua) --`` datelines, the Chinese ``新华社北京5月5日电``, the
"Enditem" sign-off.  Invented articles."""

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

EN = """BEIJING, May 5 (Xinhua) -- China's foreign trade grew 5.2 percent year on year in the \
first four months, official data showed Tuesday.
"The growth shows the resilience of China's economy," said Li Ming, a spokesperson for the \
General Administration of Customs, at a press conference.
Earlier this year, the administration set a target of steady growth in exports.
Enditem"""

UN = """UNITED NATIONS, Sept. 3 (Xinhua) -- The UN Security Council on Wednesday extended the \
mandate of its mission in South Sudan by one year.
"The mission remains vital for the protection of civilians," the council's president told \
reporters."""

ZH = """新华社北京5月5日电（记者张三）海关总署5日发布数据显示，\
前4个月我国外贸进出口同比增长5.2%。"""

ARTICLES = {"en": EN, "un": UN, "zh": ZH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "xinhua"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "xinhua") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en", ("BEIJING", "Xinhua", "May 5", "BEIJING, May 5 (Xinhua)")),
        ("un", ("UNITED NATIONS", "Xinhua", "Sept. 3", "UNITED NATIONS, Sept. 3 (Xinhua)")),
        ("zh", ("北京", "新华社", "5月5日", "新华社北京5月5日电")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_role() -> None:
    assert role_of(EN, "Enditem") is Role.BOILERPLATE


def test_background() -> None:
    assert "Earlier this year, the administration set a target of steady growth in exports." in (
        background_of(EN)
    )


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("en", ("direct", "The growth shows the resilience of China's economy,", "Li Ming")),
        (
            "un",
            (
                "direct",
                "The mission remains vital for the protection of civilians,",
                "the council's president",
            ),
        ),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


CHROME = """Ferry link between two ports to reopen
Source: Xinhua| 2026-01-02 09:00:00|Editor: Jo Roe
Video Player Close
The ferry link between the two ports will reopen in June after a winter of repairs, the \
port authority said on Wednesday.
The crews have replaced the piers and two of the cranes.
Source: Xinhua | Editor: Jo Roe"""


@pytest.mark.parametrize(
    "line",
    ["Source: Xinhua| 2026-01-02 09:00:00|Editor: Jo Roe", "Source: Xinhua | Editor: Jo Roe"],
)
def test_page_chrome_is_furniture(line: str) -> None:
    article = article_of(CHROME)
    assert article.outlet == "xinhua"
    assert role_of(CHROME, line) is Role.BOILERPLATE
    assert role_of(CHROME, "Video Player Close") is Role.BOILERPLATE
    assert [p.role for p in article.paragraphs if p.text.startswith("The ferry")] == [Role.LEAD]
    assert all("Xinhua" not in q.text and "Editor" not in q.text for q in article.quotes)
    assert all(a.source != "Xinhua" for a in article.attributions)


def test_the_page_chrome_s_time_dates_the_story() -> None:
    assert article_of(CHROME).published_text == "2026-01-02"
