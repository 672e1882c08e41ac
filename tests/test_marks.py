"""Quotation marks, end to end: direct quotes in “…” "…" ‘…’ '…', apostrophes that are
no marks, quotes broken by their attribution, multi-paragraph and unbalanced quotes
(ANNOTATION.md, "Quotes: direct" and "Unbalanced marks").  Every text is invented.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import Article, QuoteKind, Span, lang
from newsstruct.quotes.marks import find_quoted_spans

QuoteRow = tuple[str, str, "str | None", "str | None"]


def quotes_of(article: Article) -> list[QuoteRow]:
    """The article's quotes as rows, after checking that every span slices its text."""
    for quote in article.quotes:
        assert quote.text == article.text[quote.span.start : quote.span.end]
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]


def bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


MARK_STYLES = [
    pytest.param(
        "“We will rebuild the harbour before winter,” the mayor said.",
        [("direct", "We will rebuild the harbour before winter,", "the mayor", "said")],
        id="curly-double",
    ),
    pytest.param(
        '"We will rebuild the harbour before winter," the mayor said.',
        [("direct", "We will rebuild the harbour before winter,", "the mayor", "said")],
        id="straight-double",
    ),
    pytest.param(
        "‘We will rebuild the harbour before winter,’ the mayor said.",
        [("direct", "We will rebuild the harbour before winter,", "the mayor", "said")],
        id="curly-single",
    ),
    pytest.param(
        "'We will rebuild the harbour before winter,' the mayor said.",
        [("direct", "We will rebuild the harbour before winter,", "the mayor", "said")],
        id="straight-single",
    ),
    pytest.param(
        "The mayor said: «We will rebuild the harbour before winter.»",
        [("direct", "We will rebuild the harbour before winter.", "The mayor", "said")],
        id="guillemets",
    ),
    pytest.param(
        "“He told me ‘never again’ and left the room,” the clerk said.",
        [("direct", "He told me ‘never again’ and left the room,", "the clerk", "said")],
        id="nested-single-inside-double",
    ),
    pytest.param(
        '"We will rebuild the harbour," said Jo Roe, the mayor. ". . . And the pier too."',
        [
            ("direct", "We will rebuild the harbour,", "Jo Roe", "said"),
            ("direct", ". . . And the pier too.", "Jo Roe", "said"),
        ],
        id="a-spaced-ellipsis-after-a-straight-mark-opens",
    ),
    pytest.param(
        "मंत्री ने कहा, ''नौका सेवा कल से फिर शुरू होगी।''",
        [("direct", "नौका सेवा कल से फिर शुरू होगी।", "मंत्री", "कहा")],
        id="a-straight-single-mark-typed-twice-is-one-mark",
    ),
    pytest.param(
        "‘‘We will rebuild the harbour, ‘never again’ will it flood,’’ the mayor said.",
        [
            (
                "direct",
                "We will rebuild the harbour, ‘never again’ will it flood,",
                "the mayor",
                "said",
            )
        ],
        id="curly-single-marks-typed-twice-are-one-mark",
    ),
    pytest.param(
        "``We don't plan to close the voters' market,'' the mayor said. ``Never.''",
        [
            ("direct", "We don't plan to close the voters' market,", "the mayor", "said"),
            ("direct", "Never.", "the mayor", "said"),
        ],
        id="two-grave-accents-open-what-two-straight-single-marks-close",
    ),
    pytest.param(
        "The mayor said the `harbour` file would close, and the market too.",
        [("reported", "the `harbour` file would close, and the market too", "The mayor", "said")],
        id="a-grave-accent-alone-is-no-mark",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARK_STYLES)
def test_mark_styles(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


APOSTROPHES = [
    pytest.param(
        "“We don't plan to close the market,” the mayor said.",
        [("direct", "We don't plan to close the market,", "the mayor", "said")],
        id="dont-in-double",
    ),
    pytest.param(
        "“We don't plan to close the market,” Trump’s adviser said.",
        [("direct", "We don't plan to close the market,", "Trump’s adviser", "said")],
        id="possessive-in-speaker",
    ),
    pytest.param(
        "The mayor said: “The market looks like it did in the '90s, and that’s fine.”",
        [
            (
                "direct",
                "The market looks like it did in the '90s, and that’s fine.",
                "The mayor",
                "said",
            )
        ],
        id="decade-in-double",
    ),
    pytest.param(
        "“The voters’ choice is final and we accept it,” the governor said.",
        [("direct", "The voters’ choice is final and we accept it,", "the governor", "said")],
        id="plural-possessive-in-double",
    ),
    pytest.param(
        "‘The '90s were hard for the whole port,’ the governor said.",
        [("direct", "The '90s were hard for the whole port,", "the governor", "said")],
        id="decade-in-single",
    ),
    pytest.param(
        "'We don't know yet,' the captain said, 'but we'll find out soon.'",
        [
            ("direct", "We don't know yet,", "the captain", "said"),
            ("direct", "but we'll find out soon.", "the captain", "said"),
        ],
        id="contractions-in-single",
    ),
    pytest.param(
        "‘The voters’ choice is final and we accept it,’ the governor said.",
        [("direct", "The voters’ choice is final and we accept it,", "the governor", "said")],
        id="plural-possessive-in-single",
    ),
    pytest.param(
        "‘The workers’ union will strike on Monday,’ the organiser said.",
        [("direct", "The workers’ union will strike on Monday,", "the organiser", "said")],
        id="plural-possessive-in-single-2",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The voters’ choice was clear, and Trump’s allies don't dispute it.",
        "The '90s were hard for the port and the workers' union knows it.",
        "Rock'n'roll night at the pier's end drew the crowd's cheers.",
        "The farmers’ market opens at dawn; the bakers’ stalls open later.",
    ],
)
def test_apostrophes_make_no_quote(text: str) -> None:
    assert quotes_of(newsstruct.parse(text)) == []


def test_inches_after_feet_are_no_closing_mark() -> None:
    """``6'3"``: the double mark after feet and inches is the sign of inches; no
    quotation closes there, so none opens at the paragraph's start."""
    text = "The choir met on Monday.\n\nIn the note: the organ pipe is 6'3\" long and weighs 40 lb."
    assert quotes_of(newsstruct.parse(text)) == []


BROKEN = [
    pytest.param(
        "“The harbour will open in May,” he said, “and the ferries will follow in June.”",
        [
            ("direct", "The harbour will open in May,", "he", "said"),
            ("direct", "and the ferries will follow in June.", "he", "said"),
        ],
        id="A-he-said-B",
    ),
    pytest.param(
        "“The harbour will open in May,” the mayor said. “The ferries will follow in June.”",
        [
            ("direct", "The harbour will open in May,", "the mayor", "said"),
            ("direct", "The ferries will follow in June.", "the mayor", "said"),
        ],
        id="A-X-said-full-stop-B",
    ),
    pytest.param(
        '"The harbour will open in May," said Mayor Olga Tsvit, "and the ferries in June."',
        [
            ("direct", "The harbour will open in May,", "Olga Tsvit", "said"),
            ("direct", "and the ferries in June.", "Olga Tsvit", "said"),
        ],
        id="A-said-X-B",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_quote_broken_by_attribution(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


MULTI_PARAGRAPH = [
    pytest.param(
        "Harbour master Ivan Sokil said the port was ready.\n"
        "“We have repaired both piers and the cranes are working again.\n"
        "“The first ferry will arrive on Monday and the second one a week later.”",
        [
            ("reported", "the port was ready", "Ivan Sokil", "said"),
            (
                "direct",
                "We have repaired both piers and the cranes are working again.",
                "Ivan Sokil",
                None,
            ),
            (
                "direct",
                "The first ferry will arrive on Monday and the second one a week later.",
                "Ivan Sokil",
                None,
            ),
        ],
        id="speaker-before",
    ),
    pytest.param(
        "“We have repaired both piers and the cranes are working again.\n"
        "“The first ferry will arrive on Monday and the second one a week later,” harbour "
        "master Ivan Sokil said.",
        [
            (
                "direct",
                "We have repaired both piers and the cranes are working again.",
                "Ivan Sokil",
                None,
            ),
            (
                "direct",
                "The first ferry will arrive on Monday and the second one a week later,",
                "Ivan Sokil",
                "said",
            ),
        ],
        id="speaker-after",
    ),
    pytest.param(
        "Mayor Olena Brik spoke to reporters on Monday about the harbour.\n"
        "“The harbour will open in May and we are ready.\n"
        "“The ferries will follow in June and the buses after that,” she said.",
        [
            ("direct", "The harbour will open in May and we are ready.", "Olena Brik", None),
            (
                "direct",
                "The ferries will follow in June and the buses after that,",
                "Olena Brik",
                "said",
            ),
        ],
        id="pronoun-after-name-in-narration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTI_PARAGRAPH)
def test_multi_paragraph_quote(text: str, expected: list[QuoteRow]) -> None:
    article = newsstruct.parse(text)
    assert quotes_of(article) == expected
    for quote in article.quotes:
        paragraph = article.paragraphs[quote.paragraph]
        assert paragraph.span.contains(quote.span)  # one quote per paragraph


def test_stray_opening_mark_stays_in_its_paragraph() -> None:
    text = (
        "The council met in the old “town hall on Monday evening.\n"
        "“The ferry will run daily from May,” the mayor said.\n"
        "Crews worked overnight."
    )
    article = newsstruct.parse(text)
    quotes_of(article)
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph].span.contains(quote.span)
    second = [q for q in article.quotes if q.paragraph == 1]
    assert [(q.kind, q.text, q.cue_text) for q in second] == [
        (QuoteKind.DIRECT, "The ferry will run daily from May,", "said")
    ]
    assert [q for q in article.quotes if q.paragraph == 2] == []


def test_stray_closing_mark_stays_in_its_paragraph() -> None:
    text = (
        "The council met in the old town” hall on Monday evening.\n"
        "“The ferry will run daily from May,” the mayor said."
    )
    article = newsstruct.parse(text)
    quotes_of(article)
    for quote in article.quotes:
        assert article.paragraphs[quote.paragraph].span.contains(quote.span)
    assert [q.text for q in article.quotes if q.paragraph == 1] == [
        "The ferry will run daily from May,"
    ]


def test_opened_and_never_closed_ends_at_paragraph_end() -> None:
    text = "The mayor said: “The ferry will run daily from May and the fares stay low.\nNext."
    article = newsstruct.parse(text)
    assert quotes_of(article) == [
        ("direct", "The ferry will run daily from May and the fares stay low.", "The mayor", "said")
    ]


def test_curly_quote_nests_in_an_unclosed_straight_block_quote() -> None:
    """A paragraph of a block quote set in straight marks and never closed (it goes on
    in the next) keeps its inner “…” quotes inside it: the first curly opener after
    its words does not cut it off."""
    text = (
        'The harbour paper reported:\n\n"The captain had been at sea for weeks after what '
        "he called a “storm of the century,” a gale that sank two boats. Later he wrote "
        "“never again” in the log.\n\n"
        '"He sold the boat in May."'
    )
    paragraphs = [p.span for p in newsstruct.parse(text).paragraphs]
    spans = find_quoted_spans(text, paragraphs, lang.get("en"))
    outer = [text[q.content.start : q.content.end] for q in spans if q.paragraph == 1]
    assert outer == [text[text.index("The captain") : text.index("log.") + 4]]


@pytest.mark.parametrize(
    ("straight", "curly"),
    [pytest.param('"', "“”", id="double"), pytest.param("'", "‘’", id="single")],
)
def test_curly_quote_cuts_an_unclosed_straight_mark_inside_its_paragraph(
    straight: str, curly: str
) -> None:
    """A straight mark opened after words of its paragraph and never closed is no block
    quote: a later curly quote after words stands on its own (``He added: “Q.”``)."""
    text = (
        f"Roe said {straight}the pier is unsafe. But the mayor said: {curly[0]}We will fix "
        f"it.{curly[1]} He added: {curly[0]}It opens in May.{curly[1]}"
    )
    spans = find_quoted_spans(text, [Span(0, len(text))], lang.get("en"))
    assert "It opens in May." in [text[q.content.start : q.content.end] for q in spans]


def test_curly_quote_right_after_a_straight_mark_opens_a_quote_of_its_own() -> None:
    """A straight mark with no words before the curly opener quotes nothing: the curly
    quote stands on its own (a reprinted passage: "“Q,” X said …")."""
    text = '"“The ferry stays,” the mayor said before adding that fares would rise."'
    spans = find_quoted_spans(text, [Span(0, len(text))], lang.get("en"))
    assert next(text[q.content.start : q.content.end] for q in spans) == "The ferry stays,"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "“We sang the piece he calls “the beast” twice before noon,” the organist said.",
            "We sang the piece he calls “the beast” twice before noon,",
            id="curly-in-curly",
        ),
        pytest.param(
            'The captain wrote, "The mayor shouted "Land ahoy!" as he left the port." '
            "Nobody believed it.",
            'The mayor shouted "Land ahoy!" as he left the port.',
            id="straight-in-straight",
        ),
    ],
)
def test_opener_that_two_closers_follow_nests(text: str, words: str) -> None:
    """A second opener of the same mark inside an open quote nests when its own closer
    and the outer quote's follow it: the outer quote is one quotation."""
    spans = find_quoted_spans(text, [Span(0, len(text))], lang.get("en"))
    assert [text[q.content.start : q.content.end] for q in spans] == [words]


def test_opener_with_one_closer_after_it_cuts_the_unclosed_quote() -> None:
    """An opener that only its own closer follows cuts the quote still open: that one
    was never closed."""
    text = "“The ferry will run. “Soon,” the mayor said."
    spans = find_quoted_spans(text, [Span(0, len(text))], lang.get("en"))
    assert [text[q.content.start : q.content.end] for q in spans] == [
        "The ferry will run.",
        "Soon,",
    ]


def test_closed_and_never_opened_starts_at_paragraph_start() -> None:
    text = "The ferry will run daily from May and the fares stay low,” the mayor said."
    assert quotes_of(newsstruct.parse(text)) == [
        ("direct", "The ferry will run daily from May and the fares stay low,", "the mayor", "said")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Fighters of the "Falcon" brigade crossed the river on Sunday.',
        "The council watched “The Long Winter Evening Show” on Friday.",
        "Residents borrowed the novel 'Bread and Salt' from the library.",
        "Officials held the so-called “referendums” in the occupied towns.",
        "The “temporary” bridge has stood for twenty years.",
        'Watch the ferry video at <a href="http://example.org/harbour">the harbour site</a>.',
        '<post author="ferry fan and harbour watcher" date="May 2">Boats at dawn.</post>',
    ],
)
def test_terms_and_titles_in_marks_are_no_quotes(text: str) -> None:
    assert quotes_of(newsstruct.parse(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        'Lee Dale\'s commentary, "Mayor, tell your harbour story," is very moving.',
        "In Jo Roe’s column on May 3, “Let the ferry run,” the councillor agrees.",
        'The film, "Nine Nights: The Lost Pilots of Lornport," draws on a novel.',
    ],
)
def test_a_works_title_set_off_by_commas_is_no_quote(text: str) -> None:
    """A quotation set off by commas after the noun of a work (and a phrase of its
    date), closed by its own comma with the sentence going on, is the work's name in
    any case; a work's title may open with a number."""
    assert quotes_of(newsstruct.parse(text)) == []


def test_words_set_off_after_a_works_noun_stay_speech_before_their_cue() -> None:
    text = "In her column, “We will not close the pier,” Jo Roe wrote on Monday."
    assert quotes_of(newsstruct.parse(text)) == [
        ("direct", "We will not close the pier,", "Jo Roe", "wrote")
    ]


def test_quote_paragraph_role() -> None:
    text = (
        "Harbour master Ivan Sokil said the port was ready.\n"
        "“We have repaired both piers and the cranes are working again.”"
    )
    roles = [p.role.value for p in newsstruct.parse(text).paragraphs]
    assert roles == ["lead", "quote"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The mayor paused, “…” and left the stage.", id="ellipsis"),
        pytest.param("The sign read “***” all week, the mayor said.", id="punctuation"),
        pytest.param("“”“”‘’„“«»“ ” ‹ ›", id="marks-alone"),
    ],
)
def test_marks_around_no_word_make_no_quotation(text: str) -> None:
    found = find_quoted_spans(text, [Span(0, len(text))], lang.get("en"))
    assert [q.content.of(text) for q in found] == []


def test_a_number_in_marks_is_still_quoted() -> None:
    quotes = newsstruct.parse("“2026,” the mayor said.").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("2026,", "the mayor")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "'a disaster for everyone in the town', the minister said on Monday.",
            [("direct", "a disaster for everyone in the town", "the minister", "said")],
            id="opens-on-a",
        ),
        pytest.param(
            "The mayor said: 'a huge step forward for the city and its people.'",
            [
                (
                    "direct",
                    "a huge step forward for the city and its people.",
                    "The mayor",
                    "said",
                )
            ],
            id="after-colon-opens-on-a",
        ),
    ],
)
def test_single_mark_before_one_letter_word_opens(text: str, expected: list[QuoteRow]) -> None:
    # only the lexicon's elided letters ('s avonds, rock 'n roll) make an apostrophe
    assert quotes_of(newsstruct.parse(text)) == expected


def test_dutch_elided_article_is_no_mark() -> None:
    text = "Het museum is 's avonds open, zei de directeur. 't Is een mooi gebouw."
    assert [q.text for q in newsstruct.parse(text, lang="nl").quotes] == [
        "Het museum is 's avonds open"
    ]
