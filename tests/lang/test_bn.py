"""Bengali: language detection, the quote constructions of invented articles (the subject,
the cue and a comma before the words said, "যে" before reported content, a quotation
signed after it by the cue and its subject, "X অনুযায়ী" and "X মতে", a locative medium
and an addressee in their case endings), the background opener and a wire dateline.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.lang import bn

CASES = [
    pytest.param(
        "পরিবহনমন্ত্রী রফিক হাসান বলেন, সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "পরিবহনমন্ত্রী রফিক হাসান", "বলেন")],
        id="subject-cue-comma-content",
    ),
    pytest.param(
        "মন্ত্রী রফিক হাসান বলেন যে সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="je-before-the-content",
    ),
    pytest.param(
        "মন্ত্রী রফিক হাসান বলেন, “সেতুটি আগামী মাসে খুলে দেওয়া হবে।”",
        [("direct", "সেতুটি আগামী মাসে খুলে দেওয়া হবে।", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="cue-then-quotation",
    ),
    pytest.param(
        "“ভাড়া বাড়বে না,” বলেন মন্ত্রী রফিক হাসান।",
        [("direct", "ভাড়া বাড়বে না,", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="quotation-then-cue-and-subject",
    ),
    pytest.param(
        "“ভাড়া বাড়বে না,” মন্ত্রী রফিক হাসান বলেন।",
        [("direct", "ভাড়া বাড়বে না,", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="quotation-then-subject-and-cue",
    ),
    pytest.param(
        "মন্ত্রণালয় এক বিবৃতিতে জানিয়েছে, সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "মন্ত্রণালয়", "জানিয়েছে")],
        id="a-statement-in-the-locative-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "মন্ত্রী রফিক হাসান বৃহস্পতিবার সাংবাদিকদের বলেন, সেতুটি খুলে দেওয়া হবে।",
        [("reported", "সেতুটি খুলে দেওয়া হবে", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="a-day-and-the-addressee-before-the-cue",
    ),
    pytest.param(
        "বৈঠকের পর মন্ত্রী রফিক হাসান বলেন, সেতুটি খুলে দেওয়া হবে।",
        [("reported", "সেতুটি খুলে দেওয়া হবে", "মন্ত্রী রফিক হাসান", "বলেন")],
        id="a-postpositional-phrase-before-the-subject-is-no-speaker",
    ),
    pytest.param(
        "মন্ত্রণালয়ের বিবৃতি অনুযায়ী, সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "মন্ত্রণালয়ের বিবৃতি", "অনুযায়ী")],
        id="onujayi-according-to",
    ),
    pytest.param(
        "বিশেষজ্ঞদের মতে, সেতুটি আগামী মাসে খুলে দেওয়া হবে।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "বিশেষজ্ঞদের", "মতে")],
        id="mote-in-the-opinion-of",
    ),
    pytest.param(
        "বিশেষজ্ঞ নাসরিন আক্তার মনে করেন, সেতুটি নিরাপদ।",
        [("reported", "সেতুটি নিরাপদ", "বিশেষজ্ঞ নাসরিন আক্তার", "মনে করেন")],
        id="a-light-verb-cue",
    ),
    pytest.param(
        "মন্ত্রী রফিক হাসান বলেন, সেতুটি খুলে দেওয়া হবে। তিনি আরও বলেন, ভাড়া বাড়বে না।",
        [
            ("reported", "সেতুটি খুলে দেওয়া হবে", "মন্ত্রী রফিক হাসান", "বলেন"),
            ("reported", "ভাড়া বাড়বে না", "মন্ত্রী রফিক হাসান", "বলেন"),
        ],
        id="tini-resolved-to-the-last-speaker",
    ),
    pytest.param(
        "সেতুটি আগামী মাসে খুলে দেওয়া হবে। এ তথ্য জানান পরিবহনমন্ত্রী রফিক হাসান।",
        [("reported", "সেতুটি আগামী মাসে খুলে দেওয়া হবে", "পরিবহনমন্ত্রী রফিক হাসান", "এ তথ্য জানান")],
        id="e-tottho-janan-attributes-the-sentence-before",
    ),
    pytest.param("সেতুটি আগামী মাসে খুলে দেওয়া হবে।", [], id="no-cue"),
    pytest.param("বন্যা হবে বলে আশঙ্কা করা হচ্ছে।", [], id="the-quotative-bole-is-no-cue"),
    pytest.param(
        "সেতুটি খোলার খবর বুধবার সাংবাদিকদের জানান মন্ত্রী রফিক হাসান।",
        [],
        id="a-noun-after-the-cue-is-no-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detected_and_quoted(text: str, expected: list[Quote]) -> None:
    """Each line is told Bengali by its script, then read with the lexicon."""
    assert lang.detect(text) == "bn"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "bn"
    assert quote_rows(text, lang="bn") == expected


def test_background_opener() -> None:
    text = (
        "পুলিশের মুখপাত্র জানান, সেতুটি আগামী মাসে খুলে দেওয়া হবে।\n"
        "উল্লেখ্য, গত বছর বন্যার কারণে সেতুর নির্মাণকাজ বন্ধ ছিল।"
    )
    article = newsstruct.parse(text, lang="bn", registry=REGISTRY)
    assert [p.text for p in article.background] == [
        "উল্লেখ্য, গত বছর বন্যার কারণে সেতুর নির্মাণকাজ বন্ধ ছিল।"
    ]


def test_documented_example_names_the_invented_minister() -> None:
    example = "পরিবহনমন্ত্রী রফিক হাসান বলেন, C"
    docs = (Path(__file__).parents[2] / "docs" / "languages.md").read_text(encoding="utf-8")
    assert example in (bn.__doc__ or "") and f"`{example}`" in docs


def test_lexicon() -> None:
    check_lexicon("bn", min_cue_verbs=20, control_cues=False)


def test_article_end_to_end() -> None:
    # an invented wire story: headline, a dateline with Bengali digits and the agency,
    # reported speech, a direct quote, a pronoun
    text = (
        "লর্নপুর সেতু আগামী মাসে খুলছে\n\nঢাকা, ৪ মার্চ (বাসস) : পরিবহনমন্ত্রী রফিক হাসান "
        "বুধবার বলেন, লর্নপুর সেতুটি আগামী মাসে খুলে দেওয়া হবে।\n\n"
        "“ভাড়া বাড়বে না,” হাসান বলেন।\n\nতিনি বলেন, নির্মাণকাজ প্রায় শেষ হয়েছে।"
    )
    assert article_rows(text, "bn") == (
        "লর্নপুর সেতু আগামী মাসে খুলছে",
        ("ঢাকা", "বাসস"),
        [
            ("reported", "লর্নপুর সেতুটি আগামী মাসে খুলে দেওয়া হবে", "পরিবহনমন্ত্রী রফিক হাসান", "বলেন"),
            ("direct", "ভাড়া বাড়বে না,", "পরিবহনমন্ত্রী রফিক হাসান", "বলেন"),
            ("reported", "নির্মাণকাজ প্রায় শেষ হয়েছে", "পরিবহনমন্ত্রী রফিক হাসান", "বলেন"),
        ],
    )
