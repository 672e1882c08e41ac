"""Patterns of page layout that more than one step reads (below the steps, like ``model``)."""

from __future__ import annotations

import datetime
import functools

import regex

from newsstruct.lang import alternation, available, get
from newsstruct.model import iso_date
from newsstruct.outlets._fragments import EN_MONTH

__all__ = [
    "CREDIT_BRACKET",
    "DATE_LINE",
    "crawl_date",
    "date_line_alone",
    "is_byline",
    "is_page_line",
]

#: A wire's credit as printed in brackets, without them: ``EFE``, ``AFP/dpa``.  The
#: structure step takes such a bracket alone on a line for furniture, and the sources
#: step reads the wires it names: one pattern, so that the two stay in step.
CREDIT_BRACKET = r"\p{Lu}[\p{L}\-/]{1,20}+"


# A byline: a label and a colon before a name ("Oprac.: Artur Pokorski", "Autor: Jan
# Nowak") or a byline word of any language before one ("By Anna Smith", "Von Anna
# Schmidt"; Lexicon.byline_words): as the lexicon writes it, in lower case, and in
# capitals where it writes it capitalised ("BY ANNA SMITH"); one it writes in lower
# case stays so (Italian "di Anna Rossi", never the surname's "Di Maio").
@functools.cache
def _byline() -> regex.Pattern[str]:
    words = [
        form
        for code in available()
        for word in get(code).byline_words
        for form in (word, word.lower(), word if word.islower() else word.upper())
    ]
    return regex.compile(
        r"(?:\p{L}{1,12}\.?[ \t]*:|" + alternation(words) + r")[ \t]++"
        r"\p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}.\-]*+"
        r"(?:[ \t]++\p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}.\-]*+){0,3}[ \t]*+"
    )


def is_byline(line: str) -> bool:
    """Whether a line is only a byline.

    >>> is_byline("By Anna Smith"), is_byline("By Monday the bridge will reopen.")
    (True, False)
    """
    return _byline().fullmatch(line.strip()) is not None


# The crawl's date line: "date 2025-03-01", alone or with the headline after it; some
# crawlers print the day first ("date 28.11.2026") or the month's English name ("date Nov
# 28, 2026", "date 28 November 2026").
DATE_LINE = regex.compile(
    r"[ \t]*+date(?::[ \t]*+|[ \t]++)(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?+)?+(?![\d-])"
    r"|(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"
    rf"|(?P<month>{EN_MONTH})[ ](?P<day>\d{{1,2}}),?+[ ](?P<year>\d{{4}})(?!\d)"
    rf"|(?P<day>\d{{1,2}})[ ](?P<month>{EN_MONTH}),?+[ ](?P<year>\d{{4}})(?!\d))"
    # a time after the date is no headline: "2025-03-01T10:22:00Z", "2025-03-01 10:22",
    # "Nov 28, 2026, 10:22"
    r"(?:,?+[T \t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d++)?+)?+(?:Z|[+\-]\d{2}:?\d{2})?+(?![\d:]))?+"
    r"[ \t]*+(?P<rest>[^\r\n]*+)",
    regex.IGNORECASE,
)


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def crawl_date(found: regex.Match[str]) -> tuple[datetime.date | None, str]:
    """The date of a :data:`DATE_LINE` match and its text: ISO as written (a year-month
    ``2025-02`` has no date), any other form as the ISO date it names.

    >>> crawl_date(DATE_LINE.match("date Nov 28, 2026 Ferry"))
    (datetime.date(2026, 11, 28), '2026-11-28')
    >>> crawl_date(DATE_LINE.match("date 2025-02"))
    (None, '2025-02')
    """
    written = found.group("date")
    if found.group("year") is None:
        return iso_date(written), written
    month = found.group("month")
    number = int(month) if month.isdigit() else _EN_MONTHS.index(month[:3].casefold()) + 1
    try:
        date = datetime.date(int(found.group("year")), number, int(found.group("day")))
    except ValueError:
        return None, written
    return date, date.isoformat()


# A URL slug on a line of its own, as AMP pages print it: kyiv-metro-to-run-longer
_SLUG = regex.compile(r"[ \t]*+[\p{Ll}\p{N}]++(?:-[\p{Ll}\p{N}]++){3,}+[ \t]*+")


def is_page_line(line: str, *, headed: bool = False) -> bool:
    """Whether a line is the page's own, never a wrapped sentence's end or start: a
    crawl date line alone (with ``headed``, also one with its headline after the date),
    or a URL slug.

    >>> is_page_line("date 2026-09-05"), is_page_line("kyiv-metro-to-run-longer-on-friday")
    (True, True)
    >>> is_page_line("overnight, officials said.")
    False
    >>> is_page_line("date 2026-09-05 Ferry"), is_page_line("date 2026-09-05 Ferry", headed=True)
    (False, True)
    """
    found = DATE_LINE.fullmatch(line)
    dated = found is not None and (headed or not found.group("rest"))
    return dated or _SLUG.fullmatch(line) is not None


def date_line_alone(line: str) -> regex.Match[str] | None:
    """The crawl date line when it fills ``line`` with no headline after the date.

    >>> date_line_alone("date 2026-09-05").group("date"), date_line_alone("date 2026-09-05 Ferry")
    ('2026-09-05', None)
    """
    found = DATE_LINE.fullmatch(line)
    return found if found is not None and not found.group("rest") else None
