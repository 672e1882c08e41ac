"""The crawl header: the ``date`` line, ``published`` and the ``title`` (ANNOTATION.md,
"Article parts: header" and "published" / "title" under "Finer points").

Every text is invented.  A case asserts ``published_text``, ``published`` (a date only
for a full ISO day) and ``title``, and that ``title_span`` slices out the title.
"""

from __future__ import annotations

import datetime

import pytest

import newsstruct
from newsstruct import Article, Role

BODY = "The harbour master said the ferry would run again from June.\nCrews worked overnight."


def _check(article: Article) -> None:
    if article.title is None:
        assert article.title_span is None
    else:
        assert article.title_span is not None
        assert article.title_span.of(article.text) == article.title
    for quote in article.quotes:
        assert quote.text == article.text[quote.span.start : quote.span.end]


CASES = [
    pytest.param(
        "date 2024-06-03 Ferry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-and-headline-on-one-line",
    ),
    pytest.param(
        "date 2024-06-03\nFerry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="headline-on-the-next-line",
    ),
    pytest.param(
        "date 2024-06\nFerry to return to the river in June\n" + BODY,
        "2024-06",
        None,
        "Ferry to return to the river in June",
        id="year-month",
    ),
    pytest.param(
        "date 2024-06 Ferry to return to the river in June\n" + BODY,
        "2024-06",
        None,
        "Ferry to return to the river in June",
        id="year-month-same-line",
    ),
    pytest.param(
        "DATE 2024-06-03 Ferry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="upper-case-date-word",
    ),
    pytest.param(
        "  date 2024-06-03 Ferry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="leading-space",
    ),
    pytest.param(
        "date 2024-13-45 Ferry to return to the river in June\n" + BODY,
        None,
        None,
        "Ferry to return to the river in June",
        id="impossible-date-no-text",
    ),
    pytest.param(
        "date 2024-06-03 The harbour master said the ferry would run again from June.\n"
        "Crews worked overnight.\nThe first trip is on Monday.",
        "2024-06-03",
        datetime.date(2024, 6, 3),
        None,
        id="date-line-runs-into-body",
    ),
    pytest.param(
        "date 2024-06-03\nOdesa • UNN\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        None,
        id="date-line-then-dateline",
    ),
    pytest.param(
        "date 2024-06-03\nFerry to return\nOdesa • UNN\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return",
        id="headline-then-dateline",
    ),
    pytest.param(
        "Ferry to return to the river in June\n" + BODY,
        None,
        None,
        "Ferry to return to the river in June",
        id="no-date-line-headline",
    ),
    pytest.param(
        "The harbour master said the ferry would run again from June.\n"
        "Crews worked overnight.\nThe first trip is on Monday.",
        None,
        None,
        None,
        id="no-header-at-all",
    ),
    pytest.param(
        "date 2024-06-03\nHome | News | Regions\nFerry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="navigation-between-date-and-headline",
    ),
    pytest.param(
        "date 2024-06-03\nFerry to return to the river in June",
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-and-headline-only",
    ),
    pytest.param(
        "date 2026-09-05\nferry-to-return-to-the-river-in-june\n• 4812 переглядів\n"
        "The ferry will run again from June, UNN reports.\nCrews worked overnight.",
        "2026-09-05",
        datetime.date(2026, 9, 5),
        None,
        id="amp-page-date-line-slug-and-counter",
    ),
    pytest.param(
        "Ferry to return to the river in June\ndate 2026-06-18\n" + BODY,
        "2026-06-18",
        datetime.date(2026, 6, 18),
        "Ferry to return to the river in June",
        id="date-line-under-the-headline",
    ),
    pytest.param(
        "By Olena Brik\n" + BODY,
        None,
        None,
        None,
        id="byline-is-no-headline",
    ),
    pytest.param(
        "Kanzler: Keine Steuererhöhungen\nBundeskanzler Jo Berg lehnt höhere Steuern ab.\n"
        "„Mit mir nicht“, sagte Berg am Sonntag.\nDie Opposition widersprach.",
        None,
        None,
        "Kanzler: Keine Steuererhöhungen",
        id="a-label-before-a-determiner-is-a-headline-no-byline",
    ),
    pytest.param(
        "date: 2024-06-03\nFerry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-line-with-a-colon",
    ),
    pytest.param(
        "date 2024-06-03T09:15:00Z Ferry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-line-with-a-time",
    ),
    pytest.param(
        "date 2024-06-03 12 ferries to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "12 ferries to return to the river in June",
        id="headline-opening-with-a-number-is-no-time",
    ),
    pytest.param(
        "date 2024-06-03 Home News Regions Transport\nFerry to return to the river in June\n"
        + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="navigation-words-above-a-sentence-case-headline",
    ),
    pytest.param(
        "date 2024-06-03 Ferry Returns To The River\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry Returns To The River",
        id="title-case-headline-above-the-body",
    ),
    pytest.param(
        "date 28.11.2026 Ferry to return to the river in June\n" + BODY,
        "2026-11-28",
        datetime.date(2026, 11, 28),
        "Ferry to return to the river in June",
        id="date-line-day-first-with-full-stops",
    ),
    pytest.param(
        "date Nov 28, 2026 Ferry to return to the river in June\n" + BODY,
        "2026-11-28",
        datetime.date(2026, 11, 28),
        "Ferry to return to the river in June",
        id="date-line-month-name-first",
    ),
    pytest.param(
        "date 28 November 2026\nFerry to return to the river in June\n" + BODY,
        "2026-11-28",
        datetime.date(2026, 11, 28),
        "Ferry to return to the river in June",
        id="date-line-day-first-month-name-alone",
    ),
    pytest.param(
        "date Sept. 3, 2026, 10:45 Ferry to return to the river in June\n" + BODY,
        "2026-09-03",
        datetime.date(2026, 9, 3),
        "Ferry to return to the river in June",
        id="date-line-month-name-and-time",
    ),
    pytest.param(
        "date 31.02.2026 Ferry to return to the river in June\n" + BODY,
        None,
        None,
        "Ferry to return to the river in June",
        id="impossible-day-first-date-no-text",
    ),
    pytest.param(
        "date 2025-13 Ferry to return to the river in June\n" + BODY,
        None,
        None,
        "Ferry to return to the river in June",
        id="impossible-month-no-text",
    ),
    pytest.param(
        "date 28.11.2026 The harbour master said the ferry would run again from June.\n"
        "Crews worked overnight.",
        "2026-11-28",
        datetime.date(2026, 11, 28),
        None,
        id="day-first-date-line-runs-into-body",
    ),
    pytest.param(
        "Ferry to return to the river in June\ndate Nov 28, 2026\n" + BODY,
        "2026-11-28",
        datetime.date(2026, 11, 28),
        "Ferry to return to the river in June",
        id="month-name-date-line-under-the-headline",
    ),
    pytest.param(
        "date 2024-06-03 Odesa • UNN\nThe ferry will run again from June, UNN reports.",
        "2024-06-03",
        datetime.date(2024, 6, 3),
        None,
        id="date-line-running-into-the-dateline",
    ),
    pytest.param(
        "date\u00a02024-06-03\u00a0Ferry to return to the river in June\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-line-with-no-break-spaces",
    ),
    pytest.param(
        "\ufeffdate 2024-06-03 Ferry to return to the river in June\r\n" + BODY,
        "2024-06-03",
        datetime.date(2024, 6, 3),
        "Ferry to return to the river in June",
        id="date-line-after-a-byte-order-mark",
    ),
    pytest.param(
        "date 2024-06-03\x0c\u200bThe harbour master said the ferry would run again.",
        "2024-06-03",
        datetime.date(2024, 6, 3),
        None,
        id="date-line-running-into-the-body-after-a-form-feed",
    ),
    pytest.param(
        "“The ferry is ready.”\n“The crews are trained.”\n“We sail in June.”",
        None,
        None,
        None,
        id="a-quotation-ending-a-sentence-is-no-headline",
    ),
    pytest.param(
        "Harbour master: “The ferry is ready”\n" + BODY,
        None,
        None,
        "Harbour master: “The ferry is ready”",
        id="a-headline-ending-in-a-quotation",
    ),
    pytest.param(
        "[앵커]\n론항시의 다리가 다음 달 다시 열립니다.\n\n[리포트]\n론항시는 공사를 마쳤습니다.",
        None,
        None,
        None,
        id="a-broadcast-transcript-s-label-in-brackets-is-no-headline",
    ),
    pytest.param(
        "론항 다리 다음 달 재개통\n\n[앵커]\n론항시의 다리가 다음 달 다시 열립니다.",
        None,
        None,
        "론항 다리 다음 달 재개통",
        id="a-headline-above-a-transcript-s-label",
    ),
    pytest.param(
        "新华社洛恩港3月12日电（记者王明）洛恩港市政府12日宣布，大桥将封闭三个月。\n\n"
        "市长李华表示，市政府将开通免费公交。\n\n据悉，该桥曾于2019年封闭。",
        None,
        None,
        None,
        id="a-chinese-lead-with-its-full-width-stop-is-no-headline",
    ),
    pytest.param(
        "【ローン港共同】ローン港市は12日、大橋を通行止めにすると発表した。\n\n"
        "市長は「安全が第一だ。」と述べた。\n\n工事は来年終わる。",
        None,
        None,
        None,
        id="a-japanese-lead-with-its-full-width-stop-is-no-headline",
    ),
    pytest.param(
        "洛恩港队再夺冠！\n新华社洛恩港3月12日电（记者王明）洛恩港队12日以3比1战胜对手。",
        None,
        None,
        "洛恩港队再夺冠！",
        id="a-chinese-headline-may-end-in-a-full-width-exclamation-mark",
    ),
]


@pytest.mark.parametrize(("text", "published_text", "published", "title"), CASES)
def test_header(
    text: str, published_text: str | None, published: datetime.date | None, title: str | None
) -> None:
    article = newsstruct.parse(text)
    _check(article)
    assert (article.published_text, article.published, article.title) == (
        published_text,
        published,
        title,
    )


def test_the_body_after_a_date_line_starts_at_its_first_letter() -> None:
    text = "date 2024-06-03\x0c\u200bThe harbour master said the ferry would run again."
    first = newsstruct.parse(text).paragraphs[0]
    assert first.text == "The harbour master said the ferry would run again."


@pytest.mark.parametrize(
    "date",
    [
        "\u0662\u0660\u0662\u0666-\u0660\u0665-\u0661\u0662",
        "\uff12\uff10\uff12\uff16-\uff10\uff15-\uff11\uff12",
    ],
    ids=["arabic-indic", "full-width"],
)
def test_a_date_line_in_other_digits_is_read(date: str) -> None:
    text = f"date {date} Ferry to return to the river\n" + BODY
    article = newsstruct.parse(text)
    _check(article)
    assert (article.published, article.published_text, article.title) == (
        datetime.date(2026, 5, 12),
        "2026-05-12",
        "Ferry to return to the river",
    )


def test_to_dict_keeps_published_as_written() -> None:
    article = newsstruct.parse("date 2024-06\nFerry to return to the river in June\n" + BODY)
    assert article.to_dict()["published"] == "2024-06"


# The date line is page chrome: TITLE or BOILERPLATE, never news (ANNOTATION.md does not
# say which); the paragraphs after the header keep their roles.
CHROME = {Role.TITLE, Role.BOILERPLATE}

ROLES = [
    pytest.param(
        "date 2024-06-03 Ferry to return\n" + BODY,
        [Role.TITLE, Role.LEAD, Role.BODY],
        id="date-and-headline",
    ),
    pytest.param(
        "date 2024-06-03\nFerry to return\n" + BODY,
        [None, Role.TITLE, Role.LEAD, Role.BODY],
        id="date-line-and-headline-line",
    ),
    pytest.param(
        "date 2024-06-03\nOdesa • UNN\n" + BODY,
        [None, Role.DATELINE, Role.LEAD, Role.BODY],
        id="date-line-and-dateline",
    ),
    pytest.param(
        "date 2024-06-03 Mayor: Ferry to return in June\nMayor: Ferry to return in June\n" + BODY,
        [Role.TITLE, Role.BOILERPLATE, Role.LEAD, Role.BODY],
        id="headline-on-the-date-line-printed-again",
    ),
    pytest.param(
        "date 2024-06-03 Mayor: Ferry to return in June\nTransport\n10:15 03.06.2024\n"
        "Mayor: Ferry to return in June\n" + BODY,
        [Role.TITLE, Role.BOILERPLATE, Role.BOILERPLATE, Role.BOILERPLATE, Role.LEAD, Role.BODY],
        id="headline-printed-again-under-a-rubric-and-a-timestamp",
    ),
    pytest.param(
        "Mayor: Ferry to return in June\nTransport\nMayor: Ferry to return in June\n" + BODY,
        [Role.TITLE, Role.BOILERPLATE, Role.BOILERPLATE, Role.LEAD, Role.BODY],
        id="headline-without-a-date-line-printed-again-under-a-rubric",
    ),
    pytest.param(
        "date 2024-06-03 Harbour Ferry To Return In June.\n" + BODY,
        [Role.TITLE, Role.LEAD, Role.BODY],
        id="a-title-case-headline-with-its-full-stop-on-the-date-line",
    ),
    pytest.param(
        "date 2024-06-03 Ferry to return in June.\n" + BODY,
        [Role.TITLE, Role.LEAD, Role.BODY],
        id="a-sentence-case-headline-with-its-full-stop-on-the-date-line",
    ),
    pytest.param(
        "date 2024-06-03\nFerry to return in June.\n" + BODY,
        [None, Role.TITLE, Role.LEAD, Role.BODY],
        id="a-sentence-case-headline-with-its-full-stop-under-the-date-line",
    ),
    pytest.param(
        "date 2024-06-03 The strike is over. Crews return.\n" + BODY,
        [Role.LEAD, Role.BODY, Role.BODY],
        id="a-lead-of-two-short-sentences-on-the-date-line-is-no-headline",
    ),
    pytest.param(
        "date 2024-06-03 Harbour Master Jo Roe of Valmont has said the Ferry will return.\n" + BODY,
        [Role.LEAD, Role.BODY, Role.BODY],
        id="a-lead-full-of-names-on-the-date-line-is-no-headline",
    ),
    pytest.param(
        "Ferry to return\nODESA (AP) — The ferry will run again from June, the port said.",
        [Role.TITLE, Role.LEAD],
        id="headline-above-a-dateline-that-is-the-whole-story",
    ),
    pytest.param(
        "By Jo Roe\nODESA (AP) — The ferry will run again from June, the port said.",
        [Role.BOILERPLATE, Role.LEAD],
        id="byline-above-a-dateline-is-no-headline",
    ),
]


def test_the_headline_printed_again_is_no_quote() -> None:
    text = "date 2024-06-03 Mayor: Ferry to return in June\nMayor: Ferry to return in June\n" + BODY
    article = newsstruct.parse(text)
    assert [q.text for q in article.quotes] == ["the ferry would run again from June"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param(
            "Jo Roe: ‘We Will Sail In June.’",
            [("direct", "We Will Sail In June.", "Jo Roe")],
            id="a-name-s-words-in-marks",
        ),
        pytest.param(
            "Jo Roe: Ferry Plan ‘A Muddle’ For Lornport",
            [("mixed", "Ferry Plan ‘A Muddle’ For Lornport", "Jo Roe")],
            id="a-name-s-words-with-a-quotation-among-them",
        ),
        pytest.param(
            "Port Chief On Ferry: ‘We Will Sail.’",
            [("direct", "We Will Sail.", "Port Chief")],
            id="the-name-ends-before-a-title-s-lower-case-word",
        ),
        pytest.param(
            "Al Poe on the Choir Moving Its Spring Concert Into the Old Chapel: ‘We Will Sing.’",
            [("direct", "We Will Sing.", "Al Poe")],
            id="a-title-s-lower-case-word-after-the-name",
        ),
        pytest.param(
            "Jo Roe on Ferry Fees: The Rise Is ‘A Muddle’",
            [("mixed", "The Rise Is ‘A Muddle’", "Jo Roe")],
            id="a-title-s-lower-case-word-then-words-with-a-quotation",
        ),
        pytest.param(
            "Jo Roe on the pier: ‘It will sail.’", [], id="a-sentence-s-lower-case-noun-is-no-label"
        ),
        pytest.param(
            "Secretary Of State Jo Roe: ‘We Will Sail.’",
            [("direct", "We Will Sail.", "Jo Roe")],
            id="a-genitive-s-preposition-stays-in-the-name",
        ),
        pytest.param(
            "Jo Roe Says Pier Plan Is ‘A Muddle’",
            [("mixed", "Pier Plan Is ‘A Muddle’", "Jo Roe")],
            id="a-capitalised-cue-s-words-with-a-quotation",
        ),
        pytest.param(
            "Pier Plan ‘A Muddle,’ Jo Roe Tells Council",
            [("mixed", "Pier Plan ‘A Muddle,’", "Jo Roe")],
            id="a-capitalised-cue-after-its-words",
        ),
        pytest.param(
            "Jo Roe Calls Pier Plan ‘A Muddle’",
            [("mixed", "Pier Plan ‘A Muddle’", "Jo Roe")],
            id="a-capitalised-naming-cue",
        ),
        pytest.param(
            "Lornport Post Runs ‘Ferry Diaries’ Series", [], id="a-cue-s-bare-form-is-a-name-s-word"
        ),
        pytest.param("Ferry returns to ‘Old Lornport’", [], id="no-name-labels-the-words"),
        pytest.param(
            "Review: ‘The Lornport Trio’ Is A Delight", [], id="a-kicker-is-no-speaker-s-name"
        ),
        pytest.param("Explainer: Why ‘Old Pier’ Matters", [], id="an-explainer-kicker"),
        pytest.param(
            "Port Chief: Ferry Plan “A Muddle”", [], id="double-marks-are-the-headline-s-wording"
        ),
        pytest.param(
            "The Lornport Diary: Ferry sails on ‘Old Pier Day’", [], id="a-determiner-opens-no-name"
        ),
    ],
)
def test_a_headline_s_words_in_single_marks_are_its_speaker_s_quote(
    headline: str, expected: list[tuple[str, str, str]]
) -> None:
    article = newsstruct.parse(f"date 2024-06-03 {headline}\n{BODY}")
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None)
        for q in article.quotes
        if article.title_span is not None and article.title_span.contains(q.span)
    ]
    assert article.title == headline
    assert found == expected


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_header_roles(text: str, roles: list[Role | None]) -> None:
    """``None`` stands for the bare date line, whose role is one of ``CHROME``."""
    found = [p.role for p in newsstruct.parse(text).paragraphs]
    assert len(found) == len(roles)
    for role, expected in zip(found, roles, strict=True):
        assert role in CHROME if expected is None else role is expected


def test_date_prefix_is_no_part_of_a_speaker() -> None:
    text = (
        "date 2024-06-03 The harbour master said the ferry would run again from June.\n"
        "Crews worked overnight.\nThe first trip is on Monday."
    )
    article = newsstruct.parse(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("the ferry would run again from June", "The harbour master")
    ]


# A page's own date line under the headline, after a byline or not: page chrome, and the
# publication date where no crawl date line gives one.
PAGE_DATES = [
    # a byline that prints the date, a blog's too, before or after the writer
    *(
        pytest.param(
            f"Ferry to return to the river in June\n{byline}\n" + BODY,
            datetime.date(2026, 11, 28),
            id=byline,
        )
        for byline in (
            "By Jo Roe on 28 November 2026",
            "Posted by Jo Roe on November 28, 2026",
            "Posted on November 28, 2026 by Jo Roe",
        )
    ),
    pytest.param(
        "Ferry to return to the river in June\nBy Jo Roe\nPublished: 28 November 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="byline-and-published-label",
    ),
    pytest.param(
        "Ferry to return to the river in June\nUpdated 10:45 GMT, Nov 28, 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="updated-label-time-first",
    ),
    pytest.param(
        "Ferry to return to the river in June\nBy Jo Roe\nLast updated on 28.11.2026 at 10:45\n"
        + BODY,
        datetime.date(2026, 11, 28),
        id="label-of-three-words-and-time-after",
    ),
    # the time after the date and a dash
    *(
        pytest.param(
            f"Ferry to return to the river in June\nBy Jo Roe\n{line}\n{BODY}",
            datetime.date(2026, 11, 28),
            id=f"time-after-the-date-and-{dash}",
        )
        for line, dash in (
            ("Last Updated: 28 Nov 2026 - 10:45 PKT", "a-hyphen"),
            ("Updated November 28, 2026 — 5.12pm", "an-em-dash"),
        )
    ),
    pytest.param(
        "date 2026-11-27 Ferry to return to the river in June\nBy Jo Roe\n"
        "Updated: Nov 28, 2026, 10:45\n" + BODY,
        datetime.date(2026, 11, 27),
        id="the-crawl-date-line-wins",
    ),
    pytest.param(
        "Ferry to return to the river in June\nBy Jo Roe | Nov 28, 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="byline-and-date-on-one-line",
    ),
    pytest.param(
        "Ferry to return to the river in June\nBy Jo Roe, Harbour Wire\n"
        "Nov 28, 2026 10:45 AM EST\n" + BODY,
        datetime.date(2026, 11, 28),
        id="byline-with-the-writer-s-outlet-and-a-date-with-a-zone",
    ),
    pytest.param(
        "Ferry to return to the river in June\nJo Roe\nNovember 28, 2026 at 10:45 a.m.\n" + BODY,
        datetime.date(2026, 11, 28),
        id="a-name-alone-above-the-date-line",
    ),
    pytest.param(
        "Ferry to return to the river in June\nBY JO ROE Harbour Wire\n"
        "Posted Nov. 28, 2026 10:45 AM\nUpdated Nov. 28, 2026 11:00 AM\n" + BODY,
        datetime.date(2026, 11, 28),
        id="posted-and-updated",
    ),
    pytest.param(
        "Ferry to return to the river in June\nBy Jo Roe and Ann Poe\nNov 28, 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="byline-of-two-writers",
    ),
    pytest.param(
        "Ferry to return to the river in June\nJo Roe (HW)\nNov 28, 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="a-name-and-a-wire-in-brackets-above-the-date-line",
    ),
    pytest.param(
        "Ferry to return to the river in June\nJo Roe | Harbour Wire | 28 November 2026\n" + BODY,
        datetime.date(2026, 11, 28),
        id="name-outlet-and-date-parted-by-bars",
    ),
    pytest.param(
        "Ferry to return to the river in June\n28/11/2026 10:45\n" + BODY,
        datetime.date(2026, 11, 28),
        id="slashed-date-whose-day-is-plain",
    ),
    pytest.param(
        "Ferry to return to the river in June\n05/06/2026 10:45\n" + BODY,
        None,
        id="slashed-date-that-may-be-either",
    ),
    # an English ordinal day, after the month or before it; a dash after the label; an
    # update's time after a bar
    *(
        pytest.param(
            f"Ferry to return to the river in June\n{line}\n{BODY}",
            datetime.date(2026, 11, day),
            id=f"a-date-line-with-{what}",
        )
        for line, day, what in (
            ("By Jo Roe | November 28th 2026", 28, "an-ordinal-day-after-the-month"),
            ("Updated: 21st November 2026, 10:45", 21, "an-ordinal-day-before-the-month"),
            ("Published - November 28, 2026 09:45 pm IST", 28, "a-dash-after-the-label"),
            ("November 28, 2026 09:45 pm | Updated 10:12 pm IST", 28, "an-update-s-time"),
            (
                "Published: 14:05, 28 November 2026 | Updated: 16:20, 29 November 2026",
                28,
                "an-update-s-date-and-time",
            ),
            ("Published 28 November 2026 | Updated 29 November 2026", 28, "an-update-s-date"),
            ("Posted: Nov 28, 2026 / 10:15 AM EST", 28, "a-time-after-a-slash"),
        )
    ),
    # the date's label alone on the line above the date
    *(
        pytest.param(
            f"Ferry to return to the river in June\n{label}\n28 November 2026\n{BODY}",
            datetime.date(2026, 11, 28),
            id=f"the-label-{label.rstrip(':').replace(' ', '-').lower()}-above-the-date",
        )
        for label in ("Published", "Last updated:")
    ),
]


@pytest.mark.parametrize(("text", "published"), PAGE_DATES)
def test_page_date_line_under_the_headline(text: str, published: datetime.date | None) -> None:
    article = newsstruct.parse(text)
    _check(article)
    assert (article.published, article.title) == (
        published,
        "Ferry to return to the river in June",
    )
    assert [p.role for p in article.paragraphs][-2:] == [Role.LEAD, Role.BODY]
    assert {p.role for p in article.paragraphs[1:-2]} == {Role.BOILERPLATE}
    assert [q.text for q in article.quotes] == ["the ferry would run again from June"]


def test_a_date_in_a_sentence_is_no_page_date_line() -> None:
    text = "Ferry to return to the river in June\nThe ferry returns on 28 November 2026.\n" + BODY
    article = newsstruct.parse(text)
    assert (article.published, article.paragraphs[1].role) == (None, Role.LEAD)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2025", (None, "2025")),
        ("date 2025-02", (None, "2025-02")),
        ("date 2025-02-28", (datetime.date(2025, 2, 28), "2025-02-28")),
        ("date 2025-00", (None, None)),
        ("date 2025-13", (None, None)),
        ("date 2025-02-30", (None, None)),
        ("date 0000", (None, None)),
        ("date 0000-02", (None, None)),
        ("date 0000-02-01", (None, None)),
        ("date 0001-12", (None, "0001-12")),
        ("date \N{FULLWIDTH DIGIT TWO}025-12-01", (datetime.date(2025, 12, 1), "2025-12-01")),
    ],
)
def test_crawl_date_iso_forms(line: str, expected: tuple[object, object]) -> None:
    # a year-month or a year alone has no date, and its text only where it exists
    from newsstruct.layout import crawl_date, date_line

    found = date_line().match(line)
    assert found is not None
    assert crawl_date(found) == expected


@pytest.mark.parametrize(
    ("following", "title"),
    [
        ("The ferry will run again.", False),  # as many words as the line: no longer
        ("The ferry will run again soon.", True),
        ("", False),
    ],
)
def test_a_stopped_line_above_a_longer_sentence_is_a_title(following: str, title: bool) -> None:
    from newsstruct.header import _looks_like_title

    line = "Ferry to return in June."
    assert _looks_like_title(line, has_date_line=True, following=following) is title


@pytest.mark.parametrize(
    "headline",
    ["Lornport: Ferries return to the harbour", "LONDON: Ferries return to the Thames"],
)
def test_a_known_city_and_a_colon_head_a_one_paragraph_story(headline: str) -> None:
    # without a date line, the line above a lead that is all the story is its headline
    # when a known city and a colon open it, never a quote by the city
    text = f"{headline}\nFerries returned on Tuesday after a month, the harbour master said."
    article = newsstruct.parse(text)
    known = not headline.startswith("Lornport")
    assert (article.title == headline) is known
    # (an unknown city over a few words, above the writer's paragraph, is no speaker
    # either: a subhead under a name)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["the harbour master"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the language's boilerplate words alone on a line are no headline
        (
            "Advertisement\nFerries return to Lornport\n\nThe ferries returned on Monday, "
            "the harbour master said.\n\nShops reopened.\n",
            "Ferries return to Lornport",
        ),
        # a press release's first line, above the headline over the wire's dateline
        (
            "FOR IMMEDIATE RELEASE\nAcme Corp Opens New Plant in Lornport\n\nLORNPORT, Ore., "
            "March 4, 2026 /PRNewswire/ -- Acme Corp today announced the opening of its plant.\n",
            "Acme Corp Opens New Plant in Lornport",
        ),
        (
            "Advertisement\n\nFerries return to Lornport\n\n"
            "LORNPORT (AP) — The ferries returned on Monday.\n",
            "Ferries return to Lornport",
        ),
        # the words opening a longer line leave it a headline
        (
            "Advertisement ban sparks row in Lornport\n\nThe council banned the boards on "
            "Monday.\n\nShops complained.\n",
            "Advertisement ban sparks row in Lornport",
        ),
    ],
)
def test_a_line_of_the_languages_boilerplate_is_no_headline(text: str, title: str) -> None:
    article = newsstruct.parse(text)
    assert article.title == title
    assert article.paragraphs[0].role is (
        Role.TITLE if text.startswith(title) else Role.BOILERPLATE
    )


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Harbour Herald", "Ferry service returns to Lornport after storm"),
        ("The Lornport Herald", "Ferry service returns to Lornport after storm"),
        ("The Harbour Times", "Ferry service returns to Lornport after storm"),
        # a noun that ends many headlines too ends a masthead only after the article
        ("Hard Times", "Hard Times"),
        ("Minister Quits Post", "Minister Quits Post"),
        # or after the paper's time of issue
        ("Lornport Evening News", "Ferry service returns to Lornport after storm"),
        ("Valmont Daily Mail", "Ferry service returns to Lornport after storm"),
        ("The Harbour Star", "Ferry service returns to Lornport after storm"),
        ("Good News", "Good News"),
        ("Rising Star", "Rising Star"),
        ("Lornport Gets Good News", "Lornport Gets Good News"),
        ("Heat Breaks Weekend Record", "Heat Breaks Weekend Record"),
        # a headline of a few words above a deck stays the headline
        ("Ferries Return", "Ferries Return"),
        ("Lornport Times change", "Lornport Times change"),
    ],
)
def test_a_paper_s_name_above_the_headline_is_no_headline(first: str, title: str) -> None:
    text = (
        f"{first}\nFerry service returns to Lornport after storm\n\n"
        'The ferry returned on Monday, the harbour master said.\n\n"We are glad," said Jo Roe.\n'
    )
    article = newsstruct.parse(text)
    assert article.title == title
    assert article.paragraphs[0].role is (Role.TITLE if first == title else Role.BOILERPLATE)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the date the story was filed, with its year
        (
            "Ferry to return in June\nLORNPORT, March 7, 2026 (AFP) - The ferry will return "
            "in June, the harbour master said.\nShops reopened.",
            "2026-03-07",
        ),
        # no year: no date
        (
            "Ferry to return in June\nLORNPORT, March 7 (Reuters) - The ferry will return "
            "in June, the harbour master said.\nShops reopened.",
            None,
        ),
        # the crawl's date line wins
        (
            "date 2026-03-08 Ferry to return in June\nLORNPORT, March 7, 2026 (AFP) - The "
            "ferry will return in June, the harbour master said.\nShops reopened.",
            "2026-03-08",
        ),
        # and so does the page's date line
        (
            "Ferry to return in June\nBy Jo Roe\nPublished: 9 March 2026\nLORNPORT, March 7, "
            "2026 (AFP) - The ferry will return in June, the harbour master said.\n"
            "Shops reopened.",
            "2026-03-09",
        ),
    ],
)
def test_the_dateline_s_date_with_its_year_dates_the_story(text: str, published: str) -> None:
    article = newsstruct.parse(text)
    assert article.published_text == published
    assert article.published == (datetime.date.fromisoformat(published) if published else None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(
            "Fährstreik legt Inselverkehr lahm\nVon Jan Kurz\nVeröffentlicht am 4. März 2026, "
            "10:15 Uhr\nEin Streik hat am Mittwoch den Fährverkehr lahmgelegt.\n"
            "Bereits im Januar hatten die Beschäftigten gestreikt.",
            datetime.date(2026, 3, 4),
            id="de",
        ),
        pytest.param(
            "Grève des ferries\nPar Paul Martin\nPublié le 4 mars 2026 à 10h15\n"
            "Une grève a paralysé mercredi tous les ferries.\nLa dernière grève remonte à janvier.",
            datetime.date(2026, 3, 4),
            id="fr-a-time-with-an-h",
        ),
        pytest.param(
            "Huelga de transbordadores\nPor Juan Ruiz\n4 de marzo de 2026\n"
            "Una huelga dejó sin servicio los transbordadores.\nLa última huelga fue en enero.",
            datetime.date(2026, 3, 4),
            id="es-de-between",
        ),
        pytest.param(
            "Greve dos ferries\nPor Ana Costa\n4 de março de 2026\n"
            "Uma greve parou todos os ferries na quarta-feira.\nA última greve foi em janeiro.",
            datetime.date(2026, 3, 4),
            id="pt-de-between",
        ),
        pytest.param(
            "Sciopero dei traghetti\ndi Marco Rossi\n4 marzo 2026\n"
            "Uno sciopero ha bloccato tutti i traghetti.\nGià a gennaio avevano scioperato.",
            datetime.date(2026, 3, 4),
            id="it",
        ),
        pytest.param(
            "Strajk promów\nAnna Kowalska\n4 marca 2026, 10:15\n"
            "Strajk sparaliżował w środę wszystkie promy.\nPoprzedni strajk był w styczniu.",
            datetime.date(2026, 3, 4),
            id="pl",
        ),
        pytest.param(
            "Stávka trajektů\nJan Novák\n4. března 2026 10:15\n"
            "Stávka ve středu zastavila všechny trajekty.\nPoslední stávka byla v lednu.",
            datetime.date(2026, 3, 4),
            id="cs",
        ),
        pytest.param(
            "اعتصاب کشتی‌ها\nمریم احمدی\n۴ دسامبر ۲۰۲۶\n"
            "اعتصاب روز چهارشنبه همه کشتی‌ها را متوقف کرد.\nاعتصاب قبلی در ژانویه بود.",
            datetime.date(2026, 12, 4),
            id="fa-gregorian-month-persian-digits",
        ),
        pytest.param(
            "Retour du ferry en juin\nLORNPORT, 7 mars 2026 (AFP) - Le ferry reviendra en "
            "juin, a annoncé le capitaine du port.\nLes magasins ont rouvert.",
            datetime.date(2026, 3, 7),
            id="fr-the-dateline-s-date",
        ),
    ],
)
def test_a_date_line_in_the_language_s_month_names_dates_the_story(
    text: str, published: datetime.date
) -> None:
    article = newsstruct.parse(text)
    assert article.published == published
    if "LORNPORT" not in text:  # the page's date line is furniture
        assert article.paragraphs[2].role is Role.BOILERPLATE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "date 2026-03-04 UPDATE 2-Harbour Energy cuts outlook\n" + BODY,
            "Harbour Energy cuts outlook",
        ),
        (
            "date 2026-03-04 REFILE-UPDATE 1-Harbour Energy cuts outlook\n" + BODY,
            "Harbour Energy cuts outlook",
        ),
        ("date 2026-03-04\n(LEAD) Lornport dock strike ends\n" + BODY, "Lornport dock strike ends"),
        ("(2nd LD) Lornport dock strike ends\n" + BODY, "Lornport dock strike ends"),
        (
            "date 2026-03-04 (URGENT) Lornport dock strike ends\n" + BODY,
            "Lornport dock strike ends",
        ),
        # a genre label is the same in every version of a story: it stays
        (
            "date 2026-03-04 ANALYSIS-Why Lornport's docks went quiet\n" + BODY,
            "ANALYSIS-Why Lornport's docks went quiet",
        ),
        ("date 2026-03-04 UPDATE on the ferry timetable\n" + BODY, "UPDATE on the ferry timetable"),
    ],
)
def test_a_wire_s_version_marker_is_left_out_of_the_headline(text: str, title: str) -> None:
    """Versions of one story give one headline: ``UPDATE 2-`` and ``(LEAD)`` are left out."""
    article = newsstruct.parse(text)
    _check(article)
    assert article.title == title
    assert article.title_span is not None
    (holder,) = [
        p for p in article.paragraphs if p.span.start <= article.title_span.start < p.span.end
    ]
    assert holder.role is Role.TITLE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a phrase that an article opens is a headline, however short its words
        (
            "date 2026-03-04 The Good News\nThree stories that show the kindness of strangers\n"
            + BODY,
            "The Good News",
        ),
        (
            "date 2026-03-04 The Rising Star\nA Lornport singer tops the charts at 15\n" + BODY,
            "The Rising Star",
        ),
        # (the crawl line alone on its line)
        (
            "date 2026-03-04\nThe Good News\nThree stories that show the kindness of strangers\n"
            + BODY,
            "The Good News",
        ),
        # short capitalised items without one are navigation
        (
            "date 2026-03-04 Home News Ukr Eng\nFerry to return to the river in June\n" + BODY,
            "Ferry to return to the river in June",
        ),
        # a determiner that is no article opens navigation too
        (
            "date 2026-03-04 My Account Subscribe Login\nFerry to return to the river in June\n"
            + BODY,
            "Ferry to return to the river in June",
        ),
        (
            "date 2026-03-04 All Sections Politics World\nFerry to return to the river in June\n"
            + BODY,
            "Ferry to return to the river in June",
        ),
    ],
)
def test_a_crawl_line_s_phrase_opened_by_an_article_is_no_navigation(text: str, title: str) -> None:
    article = newsstruct.parse(text, lang="en")
    _check(article)
    assert article.title == title


@pytest.mark.parametrize(
    "head",
    [
        "UPDATE 2-Harbour Energy cuts outlook\nHarbour Energy cuts outlook",
        "date 2026-03-04 Harbour Energy cuts outlook\nUPDATE 2-Harbour Energy cuts outlook",
        "date 2026-03-04 (LEAD) Harbour Energy cuts outlook\nHarbour Energy cuts outlook",
    ],
)
def test_a_headline_printed_again_with_or_without_its_version_marker_is_its_repeat(
    head: str,
) -> None:
    article = newsstruct.parse(head + "\n" + BODY)
    assert article.title == "Harbour Energy cuts outlook"
    assert [p.role for p in article.paragraphs][:3] == [
        Role.TITLE,
        Role.BOILERPLATE,
        Role.LEAD,
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Ferry returns to Lornport | Harbour Times",
        "Ferry returns to Lornport - Harbour Times",
        "Ferry returns to Lornport – Reuters",
        "Ferry returns to Lornport | The Lornport Herald",
        "Ferry returns to Lornport :: harbourtimes.com",
        # a medium's name and its desk; a paper's name that a medium's word ends
        "Ferry returns to Lornport | CNN Business",
        "Ferry returns to Lornport - Fox Business",
        "Ferry returns to Lornport - Sky Sports",
        # a paper's name and the place it serves
        "Ferry returns to Lornport - The Times of Valmont",
        "Ferry returns to Lornport | Lornport Mail Online",
        "date 2026-03-04 Ferry returns to Lornport | Harbour Times",
        "date 2026-03-04\nFerry returns to Lornport | Harbour Times",
        # a site's name and its full form or abbreviation in brackets
        "Ferry returns to Lornport - KNB (Kora News Bureau)",
        "Ferry returns to Lornport | Lornia Radio and Television (LRT)",
        "Ferry returns to Lornport | Lornpress (Lornia Press Agency)",
    ],
)
def test_a_site_s_name_after_the_headline_is_no_part_of_it(head: str) -> None:
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    article = newsstruct.parse(text, lang="en")
    assert article.title == "Ferry returns to Lornport"
    assert article.title_span is not None
    assert article.title_span.of(text) == "Ferry returns to Lornport"


@pytest.mark.parametrize(
    "tail",
    ["Times Square", "Guardian Angels", "Fox River Valley", "Sky Harbour"],
)
def test_a_place_that_a_medium_s_word_opens_stays_in_the_headline(tail: str) -> None:
    """``Crowds gather - Times Square``: a known medium's word opens a place's or a
    body's name, no site's desk (was cut off the headline)."""
    text = "Crowds gather - " + tail + "\n\n" + BODY.replace("\n", "\n\n")
    assert newsstruct.parse(text, lang="en").title == "Crowds gather - " + tail


@pytest.mark.parametrize(
    ("lang", "head", "headline"),
    [
        ("de", "Fähre kehrt nach Lornau zurück - DER SPIEGEL", "Fähre kehrt nach Lornau zurück"),
        ("de", "Fähre kehrt nach Lornau zurück | Die Zeit", "Fähre kehrt nach Lornau zurück"),
        ("en", "Ferry returns to Lornport | The Economist", "Ferry returns to Lornport"),
        ("fr", "Le ferry revient à Lornac - Le Monde", "Le ferry revient à Lornac"),
    ],
)
def test_an_article_and_a_medium_s_name_after_the_headline_are_no_part_of_it(
    lang: str, head: str, headline: str
) -> None:
    body = {
        "de": "Die Fähre kehrte am Dienstag nach Lornau zurück. Der Hafen wurde geöffnet.",
        "en": "The ferry returned to Lornport on Tuesday. The quay reopened.",
        "fr": "Le ferry est revenu mardi à Lornac. Le quai a rouvert.",
    }[lang]
    text = f"date 2026-03-04 {head}\n\n{body}"
    article = newsstruct.parse(text, lang=lang)
    assert article.title == headline
    assert article.title_span is not None
    assert article.title_span.of(text) == headline


@pytest.mark.parametrize(
    "head",
    [
        "Ferry returns to Lornport | UK News | Harbour Times",
        "Ferry returns to Lornport | World news | The Guardian",
        "Ferry returns to Lornport | Travel & Leisure | The Lornport Herald",
        "Ferry returns to Lornport - UK News - Harbour Times",
        "Ferry returns to Lornport – Local News – Harbour Times",
        # a bar before the section, a dash before the site
        "Ferry returns to Lornport | Lornia News - Harbour Times",
        # the writer's name, as some pages print it
        "Ferry returns to Lornport | Jo Roe | harbourtimes.com",
    ],
)
def test_a_site_s_section_between_the_headline_and_its_name_is_no_part_of_it(head: str) -> None:
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    article = newsstruct.parse(text, lang="en")
    assert article.title == "Ferry returns to Lornport"
    assert article.title_span is not None
    assert article.title_span.of(text) == "Ferry returns to Lornport"


@pytest.mark.parametrize("head", ["Mayor dies | Harbour Times", "Jo Roe wins | Harbour Times"])
def test_a_short_headline_s_lower_case_words_before_a_bar_are_no_place_s(head: str) -> None:
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    assert newsstruct.parse(text, lang="en").title == head.split(" | ")[0]


@pytest.mark.parametrize(
    "head",
    [
        "Ferry returns to Lornport - and fares rise",
        "Ferry returns to Lornport | Travel",
        "Ferries Return – Lornport Cheers",
        # a bare media word opens or ends a headline's words, not a site's name
        "Budget 2026 - Spending Review",
        "Fares rise - Costs Under Review",
        "Ferry strike - Press Conference",
        "Lornport floods - Channel Crossings Halted",
        "Jo Roe quits - Network Rail Chief Out",
        "Heatwave - Sun Warning Issued",
        "Ferry returns - Hill Walkers Cheer",
        "Kim Lee interview - Television Centre",
        "Ferry review - Radio Days",
        "Ferry strike - TV Crews Barred",
        # an acronym and its full form that name no medium
        "Allies meet - LTO (Lornia Treaty Organization)",
    ],
)
def test_words_after_a_headline_s_dash_that_name_no_site_stay_the_headline_s(head: str) -> None:
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    assert newsstruct.parse(text, lang="en").title == head


@pytest.mark.parametrize(
    "head", ["Budget 2026 | Fares rise | Harbour Times", "Ferry returns | Jo Roe | Harbour Times"]
)
def test_a_topic_and_a_short_headline_before_a_site_s_name_stay_the_headline_s(
    head: str,
) -> None:
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    assert newsstruct.parse(text, lang="en").title == head.removesuffix(" | Harbour Times")


@pytest.mark.parametrize("site", ["Good News", "Fake News", "Breaking News"])
def test_a_headline_s_adjective_and_a_paper_s_noun_after_its_dash_stay_the_headline_s(
    site: str,
) -> None:
    head = f"Ferry returns to Lornport – {site}"
    text = head + "\n\n" + BODY.replace("\n", "\n\n") + "\n\nThe quay reopened."
    assert newsstruct.parse(text, lang="en").title == head
