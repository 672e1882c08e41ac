"""Central News Agency (Taiwan): the ``（中央社記者王小明台北12日電）`` dateline and the
``（編輯：陳小華）1150312`` sign-off.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

REPORTER = """洛恩港大橋下月起封閉三個月

（中央社記者王小明洛恩港12日電）洛恩港市政府今天宣布，市中心大橋將從下月1日起封閉三個月。

市長張建國表示，「市民的安全是第一位的」。

（編輯：陳小華）1150312"""

PLAIN = """（中央社洛恩港12日專電）洛恩港市政府今天宣布，市中心大橋將從下月1日起封閉三個月。"""

# a reporter's name of two characters, alone and first of two
SHORT_NAME = """（中央社記者王明台北12日電）洛恩港市政府今天宣布，大橋將封閉三個月。"""
TWO_REPORTERS = """（中央社記者王明、李大同高雄12日電）洛恩港市政府今天宣布，大橋將封閉三個月。"""

ARTICLES = {
    "reporter": REPORTER,
    "plain": PLAIN,
    "short_name": SHORT_NAME,
    "two_reporters": TWO_REPORTERS,
}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "cna"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "cna") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("reporter", ("洛恩港", "中央社", "12日", "（中央社記者王小明洛恩港12日電）")),
        ("plain", ("洛恩港", "中央社", "12日", "（中央社洛恩港12日專電）")),
        ("short_name", ("台北", "中央社", "12日", "（中央社記者王明台北12日電）")),
        ("two_reporters", ("高雄", "中央社", "12日", "（中央社記者王明、李大同高雄12日電）")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_editor_sign_off_is_furniture() -> None:
    assert role_of(REPORTER, "（編輯：陳小華）1150312") is Role.BOILERPLATE
