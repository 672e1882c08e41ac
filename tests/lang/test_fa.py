"""Persian: language detection, the quote constructions of invented articles (the subject
before the cue, the words said after it, after a colon, "که" or nothing; light verbs of two
words; "به گفته X"), pronoun speakers and the background opener.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "سخنگوی شهرداری لرنپورت روز دوشنبه گفت: «پل تا سه ماه بسته می‌ماند.»",
        [("direct", "پل تا سه ماه بسته می‌ماند.", "سخنگوی شهرداری لرنپورت", "گفت")],
        id="subject-cue-colon-quotation",
    ),
    pytest.param(
        "وزیر راه گفت که پل تا سه ماه بسته می‌ماند.",
        [("reported", "پل تا سه ماه بسته می‌ماند", "وزیر راه", "گفت")],
        id="subject-cue-ke-content",
    ),
    pytest.param(
        "وزیر راه گفت پل تا سه ماه بسته می‌ماند.",
        [("reported", "پل تا سه ماه بسته می‌ماند", "وزیر راه", "گفت")],
        id="subject-cue-content-without-ke",
    ),
    pytest.param(
        "شهرداری لرنپورت اعلام کرد که پل تا سه ماه بسته می‌ماند.",
        [("reported", "پل تا سه ماه بسته می‌ماند", "شهرداری لرنپورت", "اعلام کرد")],
        id="a-light-verb-of-two-words",
    ),
    pytest.param(
        "به گفته پلیس، ترافیک به جاده کمربندی منتقل می‌شود.",
        [("reported", "ترافیک به جاده کمربندی منتقل می‌شود", "پلیس", "به گفته")],
        id="be-gofte-according-to",
    ),
    pytest.param(
        "علی رضایی گفت که پل بسته می‌ماند. وی افزود که اتوبوس رایگان است.",
        [
            ("reported", "پل بسته می‌ماند", "علی رضایی", "گفت"),
            ("reported", "اتوبوس رایگان است", "علی رضایی", "افزود"),
        ],
        id="vey-resolved-to-the-last-speaker",
    ),
    pytest.param(
        "مریم احمدی، صاحب یک نانوایی نزدیک پل، گفت: «این برای ما یک فاجعه است.»",
        [("direct", "این برای ما یک فاجعه است.", "مریم احمدی", "گفت")],
        id="an-apposition-between-the-name-and-the-cue",
    ),
    pytest.param(
        "وزیر راه می نویسد: «پل تا سه ماه بسته می‌ماند.»",
        [("direct", "پل تا سه ماه بسته می‌ماند.", "وزیر راه", "می نویسد")],
        id="a-present-cue-with-a-space-after-mi",
    ),
    pytest.param("پل تا سه ماه بسته می‌ماند.", [], id="no-cue"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detected_and_quoted(text: str, expected: list[Quote]) -> None:
    """Each line is told Persian by its function words, then read with the lexicon."""
    assert lang.detect(text) == "fa"
    assert quote_rows(text, lang="fa") == expected


def test_arabic_without_function_words_is_still_arabic() -> None:
    assert lang.detect("قال أحمد حسن: «لن تتغير الأسعار».") == "ar"


def test_background_opener() -> None:
    text = "به گفته پلیس، پل بسته می‌ماند.\nپیش از این، پل در سال ۱۳۹۸ بسته شده بود."
    article = newsstruct.parse(text, lang="fa", registry=REGISTRY)
    assert [p.text for p in article.background] == ["پیش از این، پل در سال ۱۳۹۸ بسته شده بود."]


def test_lexicon() -> None:
    check_lexicon("fa", min_cue_verbs=20, control_cues=False)
