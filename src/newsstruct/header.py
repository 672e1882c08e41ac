"""The crawl header: the ``date YYYY-MM-DD`` line, the publication date and the headline.

Crawled articles often begin with ``date 2025-03-01 Headline`` or with the date line
alone and the headline on the next line.  Without a date line, a short first paragraph
in headline style, followed by the rest of the article, is taken as the headline.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs
import regex

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
        if rest and _looks_like_title(rest, has_date_line=True):
            span = Span(rest_start, rest_start + len(rest))
            return Header(date, date_text, rest, span, 0, 0, first_body=1)
        if rest:
            return Header(date, date_text, date_paragraph=0, body_start=rest_start)
        if len(paragraphs) > 1:
            second = paragraphs[1]
            line = second.of(text)
            if _looks_like_title(line, has_date_line=True):
                return Header(date, date_text, line, second, 1, 0, first_body=2)
        return Header(date, date_text, date_paragraph=0, first_body=1)
    if len(paragraphs) > 2:
        line = first.of(text)
        if _looks_like_title(line, has_date_line=False):
            return Header(title=line, title_span=first, title_paragraph=0, first_body=1)
    return Header()
