"""Hindi: language detection, the quote constructions of invented articles (the subject
and the ergative "ने" before the cue, "कि" before reported content, a quotation signed
before or after it, "X के अनुसार"), and the genitive's postposition inside a role.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.lang import hi

CASES = [
    pytest.param(
        "बंदरगाह मंत्री राकेश वर्मा ने कहा कि नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "बंदरगाह मंत्री राकेश वर्मा", "कहा")],
        id="subject-ne-kaha-ki",
    ),
    pytest.param(
        'अधिकारी ने कहा, "नौका सेवा कल से फिर शुरू होगी।"',
        [("direct", "नौका सेवा कल से फिर शुरू होगी।", "अधिकारी", "कहा")],
        id="cue-then-quotation",
    ),
    pytest.param(
        '"नौका सेवा कल से फिर शुरू होगी," बंदरगाह मंत्री ने कहा।',
        [("direct", "नौका सेवा कल से फिर शुरू होगी,", "बंदरगाह मंत्री", "कहा")],
        id="quotation-then-subject-and-cue",
    ),
    pytest.param(
        "बंदरगाह विभाग के प्रवक्ता ने बताया कि नौका सेवा कल से फिर शुरू होगी।",
        [
            (
                "reported",
                "नौका सेवा कल से फिर शुरू होगी",
                "बंदरगाह विभाग के प्रवक्ता",
                "बताया",
            )
        ],
        id="genitive-postposition-in-the-role",
    ),
    pytest.param(
        "पुलिस के अनुसार, नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "पुलिस", "अनुसार")],
        id="ke-anusar",
    ),
    pytest.param(
        "बंदरगाह मंत्री के अनुसार, नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "बंदरगाह मंत्री", "अनुसार")],
        id="ke-anusar-a-modifier-before-the-role",
    ),
    pytest.param(
        "बंदरगाह के अधिकारियों के अनुसार, नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "बंदरगाह के अधिकारियों", "अनुसार")],
        id="genitive-before-the-role-ke-anusar",
    ),
    pytest.param(
        "कल शाम बंदरगाह के अधिकारियों के अनुसार, नौका सेवा कल से फिर शुरू होगी।",
        [],
        id="ke-anusar-no-longer-run-before-the-genitive",
    ),
    pytest.param(
        "डॉ. अनिल शर्मा ने कहा कि नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "डॉ. अनिल शर्मा", "कहा")],
        id="an-abbreviated-title-before-the-name",
    ),
    pytest.param(
        "डॉ. अनिल शर्मा ने कहा कि सेवा शुरू होगी। उन्होंने कहा कि किराया नहीं बढ़ेगा।",
        [
            ("reported", "सेवा शुरू होगी", "डॉ. अनिल शर्मा", "कहा"),
            ("reported", "किराया नहीं बढ़ेगा", "डॉ. अनिल शर्मा", "कहा"),
        ],
        id="the-pronoun-resolved-to-the-titled-speaker",
    ),
    pytest.param(
        "राकेश वर्मा ने कहा कि सेवा शुरू होगी। वह बोले कि किराया नहीं बढ़ेगा।",
        [
            ("reported", "सेवा शुरू होगी", "राकेश वर्मा", "कहा"),
            ("reported", "किराया नहीं बढ़ेगा", "राकेश वर्मा", "बोले"),
        ],
        id="vah-resolved-to-the-last-speaker",
    ),
    pytest.param(
        "राकेश वर्मा ने मंगलवार को कहा कि नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "राकेश वर्मा", "कहा")],
        id="a-day-and-its-postposition-before-the-cue",
    ),
    pytest.param(
        "बैठक के बाद बंदरगाह मंत्री ने कहा कि नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "बंदरगाह मंत्री", "कहा")],
        id="a-postpositional-phrase-before-the-subject-is-no-speaker",
    ),
    pytest.param(
        "घाट के पास चाय बेचने वाली सुनीता वर्मा ने कहा कि नौका सेवा कल से फिर शुरू होगी।",
        [("reported", "नौका सेवा कल से फिर शुरू होगी", "सुनीता वर्मा", "कहा")],
        id="a-participle-with-vali-describes-the-name-after-it",
    ),
    pytest.param(
        "“किराया नहीं बढ़ेगा,” चाय बेचने वाली सुनीता वर्मा ने कहा।",
        [("direct", "किराया नहीं बढ़ेगा,", "सुनीता वर्मा", "कहा")],
        id="a-participle-with-vali-between-the-quotation-and-the-name",
    ),
    pytest.param(
        "“किराया नहीं बढ़ेगा,” घाट पर सुनीता वर्मा ने कहा।",
        [("direct", "किराया नहीं बढ़ेगा,", "सुनीता वर्मा", "कहा")],
        id="a-postpositional-adjunct-between-the-quotation-and-the-name",
    ),
    pytest.param("नौका सेवा कल से फिर शुरू होगी।", [], id="no-cue"),
    pytest.param("खोज दल को “लापता नाविक” कहीं नहीं मिले।", [], id="somewhere-is-no-cue"),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_hi(text: str) -> None:
    assert lang.detect(text) == "hi"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "hi"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="hi") == expected


def test_background_opener() -> None:
    text = "पुलिस के अनुसार, नौका सेवा कल से फिर शुरू होगी।\nगौरतलब है कि पिछले साल बाढ़ के कारण सेवा बंद हुई थी।"
    article = newsstruct.parse(text, lang="hi", registry=REGISTRY)
    assert [p.role.value for p in article.paragraphs] == ["lead", "background"]


def test_documented_example_names_the_invented_minister() -> None:
    example = "बंदरगाह मंत्री राकेश वर्मा ने कहा कि C"
    docs = (Path(__file__).parents[2] / "docs" / "languages.md").read_text(encoding="utf-8")
    assert example in (hi.__doc__ or "") and f"`{example}`" in docs
    assert quote_rows(example.replace("C", "नौका सेवा कल से फिर शुरू होगी।"), lang="hi") == [
        ("reported", "नौका सेवा कल से फिर शुरू होगी", "बंदरगाह मंत्री राकेश वर्मा", "कहा")
    ]


def test_lexicon() -> None:
    check_lexicon("hi", min_cue_verbs=30, control_cues=False)


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "नौका सेवा कल से फिर शुरू\n\nनई दिल्ली (पीटीआई) बंदरगाह मंत्री राकेश वर्मा ने मंगलवार को कहा कि "
        "नौका सेवा कल सुबह फिर शुरू होगी।\n\n“किराया नहीं बढ़ेगा,” वर्मा ने कहा।\n\n"
        "उन्होंने कहा कि दो नए फेरे जोड़े जाएंगे।"
    )
    assert article_rows(text, "hi") == (
        "नौका सेवा कल से फिर शुरू",
        ("नई दिल्ली", "पीटीआई"),
        [
            ("reported", "नौका सेवा कल सुबह फिर शुरू होगी", "बंदरगाह मंत्री राकेश वर्मा", "कहा"),
            ("direct", "किराया नहीं बढ़ेगा,", "बंदरगाह मंत्री राकेश वर्मा", "कहा"),
            ("reported", "दो नए फेरे जोड़े जाएंगे", "बंदरगाह मंत्री राकेश वर्मा", "कहा"),
        ],
    )
