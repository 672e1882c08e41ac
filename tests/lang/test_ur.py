"""Urdu: language detection among the lexicons of Arabic script, the quote constructions
of invented articles (the subject and the ergative "نے" before the cue, "کہ" before
reported content, "X کا کہنا تھا کہ C", a quotation signed after it, an adjunct of how
it was said before the cue, "X کے مطابق" with a genitive before the role), the Urdu full
stop "۔" between sentences, the background opener and the agency's dateline.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "بندرگاہ کے وزیر علی رضا نے کہا کہ بندرگاہ اگلے ہفتے دوبارہ کھل جائے گی۔",
        [("reported", "بندرگاہ اگلے ہفتے دوبارہ کھل جائے گی", "بندرگاہ کے وزیر علی رضا", "کہا")],
        id="subject-ne-kaha-ke",
    ),
    pytest.param(
        "وزارت خارجہ کے ترجمان کا کہنا تھا کہ مذاکرات جاری رہیں گے۔",
        [("reported", "مذاکرات جاری رہیں گے", "وزارت خارجہ کے ترجمان", "کہنا")],
        id="ka-kehna-tha-ke",
    ),
    pytest.param(
        "“کام مکمل ہو گیا ہے”، انہوں نے صحافیوں سے بات کرتے ہوئے کہا۔",
        [("direct", "کام مکمل ہو گیا ہے", "انہوں", "کہا")],
        id="quotation-then-pronoun-and-adjunct",
    ),
    pytest.param(
        "ترجمان نے کہا: ‘ہم کسی دباؤ میں نہیں آئیں گے۔’",
        [("direct", "ہم کسی دباؤ میں نہیں آئیں گے۔", "ترجمان", "کہا")],
        id="single-marks",
    ),
    pytest.param(
        "بندرگاہ کے حکام کے مطابق، پہلا جہاز پیر کی صبح پہنچے گا۔",
        [("reported", "پہلا جہاز پیر کی صبح پہنچے گا", "بندرگاہ کے حکام", "مطابق")],
        id="genitive-role-ke-mutabiq",
    ),
    pytest.param(
        "علی رضا نے بتایا کہ فیس اس سال نہیں بڑھے گی۔ ان کا کہنا تھا کہ کام وقت پر مکمل ہوگا۔",
        [
            ("reported", "فیس اس سال نہیں بڑھے گی", "علی رضا", "بتایا"),
            ("reported", "کام وقت پر مکمل ہوگا", "علی رضا", "کہنا"),
        ],
        id="full-stop-then-pronoun",
    ),
    pytest.param(
        "پیر علی رضا نے کہا کہ انتخابات وقت پر ہوں گے۔",
        [("reported", "انتخابات وقت پر ہوں گے", "پیر علی رضا", "کہا")],
        id="pir-a-title-no-weekday",
    ),
    pytest.param(
        "پیر کو وزیر اعظم نے کہا کہ بندرگاہ کھل جائے گی۔",
        [("reported", "بندرگاہ کھل جائے گی", "وزیر اعظم", "کہا")],
        id="weekday-with-ko-an-adjunct",
    ),
    pytest.param(
        "کل وزیر اعظم نے کہا کہ بندرگاہ کھل جائے گی۔",
        [("reported", "بندرگاہ کھل جائے گی", "وزیر اعظم", "کہا")],
        id="kal-a-time-word",
    ),
    pytest.param("بندرگاہ اگلے ہفتے دوبارہ کھل جائے گی۔", [], id="no-cue"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detected_and_quoted(text: str, expected: list[Quote]) -> None:
    """Each line is told Urdu by its function words, then read with the lexicon."""
    assert lang.detect(text) == "ur"
    assert quote_rows(text, lang="ur") == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("سخنگوی پلیس روز دوشنبه گفت که پل بسته می‌ماند و این خبر را اعلام کرد.", "fa"),
        ("وقال المتحدث باسم الشرطة إن الجسر سيبقى مغلقا حتى يوم الاثنين.", "ar"),
    ],
)
def test_persian_and_arabic_stay_theirs(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_sentences_end_at_the_urdu_full_stop() -> None:
    text = "بندرگاہ کھل گئی۔ جہاز پیر کو پہنچے گا۔"
    article = newsstruct.parse(text, lang="ur", registry=REGISTRY)
    assert [text[s.start : s.end] for s in article.sentences] == [
        "بندرگاہ کھل گئی۔",
        "جہاز پیر کو پہنچے گا۔",
    ]


def test_background_opener_and_dateline() -> None:
    text = (
        "اسلام آباد (اے پی پی) ترجمان نے کہا کہ بندرگاہ کھل جائے گی۔\n"
        "یاد رہے کہ بندرگاہ گزشتہ سال مارچ میں بند کر دی گئی تھی۔"
    )
    article = newsstruct.parse(text, lang="ur", registry=REGISTRY)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("اسلام آباد", "اے پی پی")
    assert [p.text for p in article.background] == [
        "یاد رہے کہ بندرگاہ گزشتہ سال مارچ میں بند کر دی گئی تھی۔"
    ]


def test_lexicon() -> None:
    check_lexicon("ur", min_cue_verbs=30, control_cues=False)
