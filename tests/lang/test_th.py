"""Thai: language detection and the quote constructions of invented articles (the cue
written onto its subject after or before the quotation, with "ว่า" written onto the cue; a
name and a role set apart by spaces).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        '"เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้" ผู้อำนวยการท่าเรือกล่าว',
        [("direct", "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้", "ผู้อำนวยการท่าเรือ", "กล่าว")],
        id="cue-written-onto-the-subject-after-the-quotation",
    ),
    pytest.param(
        'ผู้อำนวยการท่าเรือกล่าวว่า "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้"',
        [("direct", "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้", "ผู้อำนวยการท่าเรือ", "กล่าวว่า")],
        id="cue-and-wa-written-onto-the-subject",
    ),
    pytest.param(
        'นายสมชาย ใจดี โฆษกท่าเรือ กล่าวว่า "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้"',
        [
            (
                "direct",
                "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
                "นายสมชาย ใจดี โฆษกท่าเรือ",
                "กล่าวว่า",
            )
        ],
        id="name-and-role-set-apart",
    ),
    pytest.param(
        "คำเตือน “เรือข้ามฟากจะกลับมาพรุ่งนี้”",
        [("direct", "เรือข้ามฟากจะกลับมาพรุ่งนี้", None, None)],
        id="a-warning-is-no-subject-and-cue",
    ),
    pytest.param(
        "การแจ้งเตือนว่า “เรือข้ามฟากจะกลับมาพรุ่งนี้”",
        [("direct", "เรือข้ามฟากจะกลับมาพรุ่งนี้", None, None)],
        id="a-notification-with-that-is-no-subject-and-cue",
    ),
    pytest.param(
        "ผู้อำนวยการท่าเรือกล่าวว่า เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
        [
            (
                "reported",
                "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
                "ผู้อำนวยการท่าเรือ",
                "กล่าวว่า",
            )
        ],
        id="reported-content-without-marks-counted-in-characters",
    ),
    pytest.param(
        "ผู้อำนวยการท่าเรือกล่าวว่าเรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
        [
            (
                "reported",
                "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
                "ผู้อำนวยการท่าเรือ",
                "กล่าวว่า",
            )
        ],
        id="subject-cue-and-content-in-one-word",
    ),
    pytest.param("กรมอุตุนิยมวิทยาออกคำเตือนว่าพายุจะเข้าพรุ่งนี้", [], id="a-warning-that-is-no-cue"),
    pytest.param("เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้", [], id="no-cue"),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_th(text: str) -> None:
    assert lang.detect(text) == "th"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "th"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="th") == expected


def test_lexicon() -> None:
    # the lexicon lists no source phrases, anaphoric cues or background markers yet
    check_lexicon("th", min_cue_verbs=20, control_cues=False, sources=False)
    assert lang.get("th").glued_cues


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "เรือข้ามฟากกลับมาให้บริการพรุ่งนี้\n\nกรุงเทพฯ (รอยเตอร์) - นายสมชาย ใจดี โฆษกรัฐบาล กล่าวว่า "
        "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้\n\n“ค่าโดยสารจะไม่เปลี่ยนแปลง” นายสมชายกล่าว"
        "\n\nเขากล่าวว่า “เราจะเพิ่มเที่ยวเรือ”"
    )
    assert article_rows(text, "th") == (
        "เรือข้ามฟากกลับมาให้บริการพรุ่งนี้",
        ("กรุงเทพฯ", "รอยเตอร์"),
        [
            (
                "reported",
                "เรือข้ามฟากจะกลับมาให้บริการพรุ่งนี้",
                "นายสมชาย ใจดี โฆษกรัฐบาล",
                "กล่าวว่า",
            ),
            ("direct", "ค่าโดยสารจะไม่เปลี่ยนแปลง", "นายสมชาย ใจดี โฆษกรัฐบาล", "กล่าว"),
            ("direct", "เราจะเพิ่มเที่ยวเรือ", "นายสมชาย ใจดี โฆษกรัฐบาล", "กล่าวว่า"),
        ],
    )


def test_background_opener() -> None:
    """The opener "ก่อนหน้านี้" (earlier) makes its paragraph background."""
    text = "ตำรวจระบุว่า การจราจรจะถูกเปลี่ยนเส้นทาง\n\nก่อนหน้านี้ สะพานแห่งนี้เคยปิดซ่อมมาแล้วเมื่อปี 2562"
    article = newsstruct.parse(text, lang="th", registry=REGISTRY)
    assert [p.text for p in article.background] == ["ก่อนหน้านี้ สะพานแห่งนี้เคยปิดซ่อมมาแล้วเมื่อปี 2562"]
