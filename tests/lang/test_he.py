"""Hebrew: language detection, the quote constructions of invented articles (the verb
before its subject after a quotation, the subject before its verb and "כי" before the
content, "ו" written onto the verb, "לדברי X", "כך מסר X"), abbreviations with their
gershayim in names and roles, and a dropped subject.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        '"סיימנו את העבודות", אמר לוי בראיון.',
        [("direct", "סיימנו את העבודות", "לוי", "אמר")],
        id="a-medium-adjunct-after-a-one-word-name-closes-the-signature",
    ),
    pytest.param(
        "הגשר בלורנפורט ייסגר ביום שני, כך הודיעה העירייה.",
        [("reported", "הגשר בלורנפורט ייסגר ביום שני", "העירייה", "הודיעה")],
        id="so-before-an-inverted-cue",
    ),
    pytest.param(
        '"אנחנו מוכנים", כך אמר ראש העיר משה כהן.',
        [("direct", "אנחנו מוכנים", "ראש העיר משה כהן", "אמר")],
        id="so-before-an-inverted-cue-after-a-quotation-is-no-speaker",
    ),
    pytest.param(
        "אמר להארץ כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", None, "אמר")],
        id="an-outlet-with-the-dative-prefix-is-told-no-speaker",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמר ראש העירייה דני לוי.',
        [("direct", "המעבורת תחזור לפעול מחר", "ראש העירייה דני לוי", "אמר")],
        id="quotation-then-verb-then-subject",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמרה ראשת העיר.',
        [("direct", "המעבורת תחזור לפעול מחר", "ראשת העיר", "אמרה")],
        id="a-woman-s-role-after-the-cue",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמרה ראשת העיר מיכל כהן.',
        [("direct", "המעבורת תחזור לפעול מחר", "ראשת העיר מיכל כהן", "אמרה")],
        id="a-woman-s-role-in-the-construct-state-and-her-name-after-the-cue",
    ),
    pytest.param(
        "השרה מיכל כהן אמרה היום (שלישי) כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "השרה מיכל כהן", "אמרה")],
        id="today-and-the-weekday-in-brackets-before-the-complementizer",
    ),
    pytest.param(
        'השרה מיכל כהן אמרה: "המעבורת תחזור לפעול מחר".',
        [("direct", "המעבורת תחזור לפעול מחר", "השרה מיכל כהן", "אמרה")],
        id="subject-verb-colon",
    ),
    pytest.param(
        "ראש העירייה דני לוי אמר כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "ראש העירייה דני לוי", "אמר")],
        id="reported-ki",
    ),
    pytest.param(
        "והוסיף כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", None, "והוסיף")],
        id="conjunction-on-the-verb-subject-dropped",
    ),
    pytest.param(
        "לדברי ראש העירייה, המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "ראש העירייה", "לדברי")],
        id="lefi-divrei",
    ),
    pytest.param(
        "המעבורת תחזור לפעול מחר. כך מסר ראש העירייה דני לוי.",
        [("reported", "המעבורת תחזור לפעול מחר", "ראש העירייה דני לוי", "כך מסר")],
        id="anaphoric-kach-masar",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמר יו"ר הוועדה דני לוי.',
        [("direct", "המעבורת תחזור לפעול מחר", 'יו"ר הוועדה דני לוי', "אמר")],
        id="gershayim-in-a-role",
    ),
    pytest.param(
        'אמר דובר צה"ל כי המעבורת תחזור לפעול מחר.',
        [("reported", "המעבורת תחזור לפעול מחר", 'דובר צה"ל', "אמר")],
        id="gershayim-in-a-body",
    ),
    pytest.param(
        'ש"ס הודיעה כי "המעבורת תחזור לפעול מחר".',
        [("direct", "המעבורת תחזור לפעול מחר", 'ש"ס', "הודיעה")],
        id="gershayim-after-a-prefix-letter-where-no-mark-closes",
    ),
    pytest.param(
        'ראש העירייה דני לוי פרסם ציוץ: "המעבורת תחזור מחר בבוקר."',
        [("direct", "המעבורת תחזור מחר בבוקר.", "ראש העירייה דני לוי", "פרסם")],
        id="a-tweet-is-no-cue",
    ),
    pytest.param(
        'תושבי העיר צייצו: "המעבורת תחזור מחר בבוקר."',
        [("direct", "המעבורת תחזור מחר בבוקר.", "תושבי העיר", "צייצו")],
        id="tweeted-plural",
    ),
    pytest.param(
        "מספר תושבים אמרו כי המעבורת תחזור מחר.",
        [("reported", "המעבורת תחזור מחר", "מספר תושבים", "אמרו")],
        id="a-number-of-is-no-cue",
    ),
    pytest.param(
        'ראש העירייה דני לוי אמר ש"המעבורת תחזור לפעול מחר".',
        [("direct", "המעבורת תחזור לפעול מחר", "ראש העירייה דני לוי", "אמר")],
        id="she-that-before-the-quotation-s-mark",
    ),
    pytest.param(
        'הדובר אמר כי "המעבורת תחזור לפעול מחר בבוקר" ויצא.',
        [("direct", "המעבורת תחזור לפעול מחר בבוקר", "הדובר", "אמר")],
        id="and-written-onto-the-verb-after-the-quotation-ends-the-content",
    ),
    pytest.param(
        "השרה מיכל כהן אמרה שהמעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "השרה מיכל כהן", "אמרה")],
        id="she-that-written-onto-the-content-s-article",
    ),
    pytest.param(
        "הוא אמר שהוא לא יתפטר.",
        [("reported", "הוא לא יתפטר", "הוא", "אמר")],
        id="she-that-written-onto-a-pronoun",
    ),
    pytest.param(
        "אמר שר האוצר כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "שר האוצר", "אמר")],
        id="a-minister-is-no-she-that",
    ),
    pytest.param(
        'ראש העירייה דני לוי אמר כי המעבורת תחזור. "המחיר לא ישתנה", אמר הוא.',
        [
            ("reported", "המעבורת תחזור", "ראש העירייה דני לוי", "אמר"),
            ("direct", "המחיר לא ישתנה", "ראש העירייה דני לוי", "אמר"),
        ],
        id="a-pronoun-resolved-to-the-speaker-before",
    ),
    pytest.param(
        "השרה מיכל כהן טענה כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "השרה מיכל כהן", "טענה")],
        id="claimed-in-verb-position",
    ),
    pytest.param("העיתון פרסם כתבה כי המעבורת תחזור לפעול מחר.", [], id="an-article-after-a-verb"),
    pytest.param("זו טענה כי המעבורת תחזור לפעול מחר.", [], id="a-claim-after-a-demonstrative"),
    pytest.param(
        "טענה זו של המשטרה נדחתה כי המעבורת תחזור.", [], id="a-claim-before-a-demonstrative"
    ),
    pytest.param(
        "״המעבורת תחזור לפעול מחר״, אמר ראש העירייה דני לוי.",
        [("direct", "המעבורת תחזור לפעול מחר", "ראש העירייה דני לוי", "אמר")],
        id="gershayim-as-quotation-marks",
    ),
    pytest.param(
        "יו״ר הוועדה אמר כי המעבורת תחזור לפעול מחר.",
        [("reported", "המעבורת תחזור לפעול מחר", "יו״ר הוועדה", "אמר")],
        id="gershayim-of-an-abbreviation-is-no-mark",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמר ראש העירייה, דני לוי.',
        [("direct", "המעבורת תחזור לפעול מחר", "דני לוי", "אמר")],
        id="the-name-apposed-to-the-role-after-the-cue",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול מחר", אמר ראש העירייה, ואחר כך עזב.',
        [("direct", "המעבורת תחזור לפעול מחר", "ראש העירייה", "אמר")],
        id="a-clause-after-the-role-s-comma-is-no-name",
    ),
    pytest.param(
        '"המעבורת תחזור לפעול", אמר ראש העירייה, בשבוע שעבר.',
        [("direct", "המעבורת תחזור לפעול", "ראש העירייה", "אמר")],
        id="last-week-after-the-role-s-comma-is-no-name",
    ),
    pytest.param("המעבורת לא פעלה היום בגלל הסערה.", [], id="no-cue"),
    pytest.param(
        "אתמול אמר ראש העיר כי המחירים יירדו בקרוב.",
        [("reported", "המחירים יירדו בקרוב", "ראש העיר", "אמר")],
        id="a-word-of-time-before-the-cue-and-its-subject",
    ),
    pytest.param(
        "״המחירים יירדו בקרוב״, אמר ראש העיר, בראיון לרדיו.",
        [("direct", "המחירים יירדו בקרוב", "ראש העיר", "אמר")],
        id="an-interview-with-its-preposition-written-on-is-no-apposed-name",
    ),
    pytest.param(
        "בראיון לרדיו אמר השר משה כהן כי המחירים יירדו בקרוב.",
        [("reported", "המחירים יירדו בקרוב", "השר משה כהן", "אמר")],
        id="an-interview-before-the-cue-and-its-subject",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_he(text: str) -> None:
    assert lang.detect(text) == "he"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "he"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="he") == expected


def test_a_prefix_letter_before_an_opening_mark_opens_a_quotation() -> None:
    # "ש" (that) written onto the mark: the quotation opens after it
    text = 'הדובר אמר ש"המעבורת תחזור לפעול מחר בבוקר" ויצא.'
    [quote] = newsstruct.parse(text, lang="he", registry=REGISTRY).quotes
    assert quote.text == "המעבורת תחזור לפעול מחר בבוקר"


def test_thing_nouns_are_single_words_and_common_nouns_name_no_outlet() -> None:
    # every reader looks a thing noun up one word at a time; "ידיעות" (reports) is an
    # outlet's first word but far more often a plain noun
    lexicon = lang.get("he")
    assert all(" " not in noun for noun in lexicon.thing_nouns)
    assert "ידיעות" not in lexicon.media_words


def test_lexicon() -> None:
    check_lexicon("he", min_cue_verbs=150)


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "המעבורת תחזור לפעול מחר\n\nתל אביב (רויטרס) - ראש העירייה דני לוי אמר ביום שלישי כי "
        'המעבורת תחזור לפעול מחר בבוקר.\n\n"המחיר לא ישתנה", אמר לוי.\n\n'
        "הוא הוסיף שהעירייה תוסיף שתי הפלגות."
    )
    assert article_rows(text, "he") == (
        "המעבורת תחזור לפעול מחר",
        ("תל אביב", "רויטרס"),
        [
            ("reported", "המעבורת תחזור לפעול מחר בבוקר", "ראש העירייה דני לוי", "אמר"),
            ("direct", "המחיר לא ישתנה", "ראש העירייה דני לוי", "אמר"),
            ("reported", "העירייה תוסיף שתי הפלגות", "ראש העירייה דני לוי", "הוסיף"),
        ],
    )
