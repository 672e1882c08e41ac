"""The crawl header: the ``date YYYY-MM-DD`` line, the publication date and the headline.

Crawled articles often begin with ``date 2025-03-01 Headline`` or with the date line
alone and the headline on the next line.  Between the date line and the headline a
crawl may keep page chrome: site navigation (``Укр Рус Eng Клуб УП``, ``Home | News``),
a category word (``Politics``) or a byline (``Oprac.: Artur Pokorski``, ``By Anna
Smith``); it is skipped, and the structure step gives it the role BOILERPLATE as
everything above the headline.  Without a date line, a short first paragraph in
headline style, followed by the rest of the article, is taken as the headline.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs
import regex

from newsstruct.layout import is_byline
from newsstruct.model import Span, iso_date

__all__ = ["Header", "find_header"]

_DATE_LINE = regex.compile(
    r"[ \t]*+date[ \t]++(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?+)?+)(?![\d-])[ \t]*+(?P<rest>[^\r\n]*+)",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*+")
_ENDS_SENTENCE = regex.compile(r"[.!]\s*$")
# A dateline-looking line is never a headline: "Kyiv • UNN", "WASHINGTON (AP) —".
_DATELINE_LIKE = regex.compile(r"^\p{Lu}[\p{L} .,'\-]{0,40}(?:[•|]|\(\p{L}[^()]{0,30}\)\s*[-–—])")
_MAX_TITLE_WORDS = 30
_MAX_TITLE_CHARS = 300
# Items of a navigation bar are short or set apart ("Home | News | Regions").
_NAVIGATION_SEPARATOR = regex.compile(r"[|•·»›>/]")
_MAX_NAVIGATION_ITEM = 4
# At most this many lines of chrome between the date line and the headline.
_MAX_CHROME = 4


@attrs.frozen
class Header:
    """What the header step found.

    ``date_paragraph`` holds the crawl date line; when the line runs straight into the
    body, ``body_start`` is where the body begins in it.  ``first_body`` is the index of
    the first paragraph after the header.
    """

    published: datetime.date | None = None
    published_text: str | None = None
    title: str | None = None
    title_span: Span | None = None
    title_paragraph: int | None = None
    date_paragraph: int | None = None
    body_start: int | None = None
    first_body: int = 0


def _looks_like_title(text: str, *, has_date_line: bool) -> bool:
    """Whether a line reads as a headline rather than body text."""
    if not text or len(text) > _MAX_TITLE_CHARS or _DATELINE_LIKE.match(text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if not _ENDS_SENTENCE.search(text):
        return True
    # Headline style ends in a full stop only in some outlets; then most words are
    # capitalised ("Stealth Over Health: Clinton Was Headed to ER.").
    capitalised = sum(1 for w in words if w[0].isupper())
    return not has_date_line and capitalised >= 0.6 * len(words)


def _is_chrome(text: str) -> bool:
    """Whether a line reads as navigation, a category or a byline, not as a headline.

    Navigation and categories have no closing punctuation and are one or two words
    (``Politics``, ``World news``), or capitalised short items (``Укр Рус Eng Клуб
    УП``), or capitalised items set apart (``Home | News | Regions``).
    """
    if is_byline(text):
        return True
    words = _WORD.findall(text)
    if not words or _ENDS_SENTENCE.search(text) or not words[0][0].isupper():
        return False
    if len(words) <= 2:
        return True
    if any(w[0].islower() for w in words):
        return False
    return bool(_NAVIGATION_SEPARATOR.search(text)) or all(
        len(w) <= _MAX_NAVIGATION_ITEM for w in words
    )


def _is_title(text: str) -> bool:
    return not is_byline(text) and _looks_like_title(text, has_date_line=True)


def _title_after_chrome(text: str, paragraphs: Sequence[Span], first: int) -> int | None:
    """The index of the headline at or after ``first``, past at most a few lines of
    chrome; ``None`` if there is none.

    A line of chrome is skipped only when a headline or more chrome follows it, so a
    one-word headline above the body stays the headline.
    """
    index = first
    while index < len(paragraphs):
        line = paragraphs[index].of(text)
        following = paragraphs[index + 1].of(text) if index + 1 < len(paragraphs) else ""
        if (
            index - first < _MAX_CHROME
            and _is_chrome(line)
            and (_is_title(following) or _is_chrome(following))
        ):
            index += 1
            continue
        return index if _is_title(line) else None
    return None


def find_header(text: str, paragraphs: Sequence[Span]) -> Header:
    """Find the crawl date line, the publication date and the headline."""
    if not paragraphs:
        return Header()
    first = paragraphs[0]
    found = _DATE_LINE.match(text, first.start)
    if found is not None and found.end() >= first.end:
        date_text = found.group("date")
        date = iso_date(date_text)
        rest_start = found.start("rest")
        rest = found.group("rest").rstrip()
        after_rest = paragraphs[1].of(text) if len(paragraphs) > 1 else ""
        chrome_rest = bool(rest) and _is_chrome(rest) and _is_title(after_rest)
        if rest and not chrome_rest and _is_title(rest):
            span = Span(rest_start, rest_start + len(rest))
            return Header(date, date_text, rest, span, 0, 0, first_body=1)
        if rest and not chrome_rest:
            return Header(date, date_text, date_paragraph=0, body_start=rest_start)
        title = _title_after_chrome(text, paragraphs, 1)
        if title is None and len(paragraphs) > 1 and _is_title(paragraphs[1].of(text)):
            title = 1
        if title is not None:
            span = paragraphs[title]
            return Header(date, date_text, span.of(text), span, title, 0, first_body=title + 1)
        return Header(date, date_text, date_paragraph=0, first_body=1)
    if len(paragraphs) > 2:
        line = first.of(text)
        if _looks_like_title(line, has_date_line=False):
            return Header(title=line, title_span=first, title_paragraph=0, first_body=1)
    return Header()
