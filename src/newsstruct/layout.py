"""Patterns of page layout that more than one step reads (below the steps, like ``model``)."""

from __future__ import annotations

import datetime
import functools
import unicodedata

import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import Lexicon, alternation, available, get
from newsstruct.model import iso_date
from newsstruct.outlets import plain_spaces
from newsstruct.outlets._fragments import EN_MONTH, NAMED_GROUP

__all__ = [
    "CREDIT_BRACKET",
    "CREDIT_LINE_BRACKET",
    "DATE_LABEL",
    "byline_date",
    "crawl_date",
    "date_line",
    "date_line_alone",
    "is_byline",
    "is_captioned_photo",
    "is_page_line",
    "is_time_alone",
    "is_timestamp",
    "is_writer_role",
    "match_date",
    "timestamp_date",
]

#: A wire's credit as printed in brackets, without them: ``EFE``, ``AFP/dpa``.  The
#: structure step takes such a bracket alone on a line for furniture, and the sources
#: step reads the wires it names: one pattern, so that the two stay in step.
CREDIT_BRACKET = r"\p{Lu}[\p{L}\-/]{1,20}+"
#: The same, or a name of up to four capitalised words, as a byline's second line prints
#: its wire (``Harbour Associated Press``) and a caption its photo's (``AFP Photo``): a
#: line of furniture, but no credit of the story's words.
CREDIT_LINE_BRACKET = rf"{CREDIT_BRACKET}(?:[ ]{CREDIT_BRACKET}){{0,3}}+"
#: A label of a word or three before a page's date (``Published``, ``Last updated``),
#: on its line or alone above it: one pattern, so that the structure step's label
#: line and the date line stay in step.
DATE_LABEL = r"\p{L}++(?:[ ]\p{L}++){0,2}"


# A photographer's credit closing a picture's caption, after its last sentence:
# the agency in capitals, a slash and the name, perhaps more labels after slashes
# ("… July 22, 2018. REUTERS/Jo Roe/File Photo"), or the name, a slash and the agency
# ("… on Monday. Jo Roe/AFP"), or a handout's source and its agency after "via"
_closing_credit = lazy_pattern(
    r"(?:^|(?<=[.!?\"”’)][ ]++))(?:\p{Lu}{2,}+(?:[ ]\p{Lu}{2,}+)?+/[ ]?+\p{Lu}[\p{L}'’.\-]*+"
    r"(?:[ ]\p{Lu}[\p{L}'’.\-]*+){0,3}+(?:/\p{Lu}[\p{L}]*+(?:[ ]\p{L}++){0,2}+){0,3}+"
    r"|\p{Lu}\p{Ll}[\p{L}'’.\-]*+(?:[ ]\p{Lu}[\p{L}'’.\-]*+){0,3}+/\p{Lu}{2,}+"
    # a handout's credit: "… on Monday. Lornport Police/Handout via REUTERS"
    r"|\p{Lu}[\p{L}'’.\-]*+(?:[ ]\p{Lu}[\p{L}'’.\-]*+){0,3}+/[\p{L} ]{1,30}?[ ]via[ ]\p{Lu}{2,}+)"
    r"[ \t]*+$"
)
_CREDIT_REACH = 120


def is_captioned_photo(line: str) -> bool:
    """Whether a paragraph is a picture's caption that its photographer's credit closes
    (``A woman wades through the flooded square in Lornport, March 4, 2026.
    REUTERS/Jo Roe``, ``… on Monday. Jo Roe/AFP``), as wire copy crawled from a page
    keeps it between the headline and the story.

    >>> is_captioned_photo("Rescuers reach the pier in Lornport. REUTERS/Jo Roe/File Photo")
    True
    >>> is_captioned_photo("The council said the pier would reopen in April.")
    False
    """
    line = line.rstrip()
    return "/" in line[-_CREDIT_REACH:] and (
        _closing_credit().search(line, max(0, len(line) - _CREDIT_REACH)) is not None
    )


#: What a paragraph drops at its edges: white space, and the invisible characters that
#: crawls leave at the edges of lines (the byte-order mark of a file read without
#: ``utf-8-sig``, the zero-width space and the word joiner).
EDGE_BLANKS = "".join(filter(str.isspace, map(chr, range(0x3001)))) + "\u200b\u2060\ufeff"

_MIN_DETERMINER = 4  # letters of the shortest determiner that opens no byline's name


@functools.cache
def _joiners() -> str:
    """The words that join a byline's writers, of every lexicon (``&``,
    Lexicon.list_conjunctions), as an alternation."""
    return alternation(
        ["&", *{word for code in available() for word in get(code).list_conjunctions}]
    )


@functools.cache
def _writer_nouns() -> str:
    """A journalist's nouns of every lexicon (Lexicon.interviewer_nouns), as an
    alternation."""
    return alternation([noun for code in available() for noun in get(code).interviewer_nouns])


@functools.cache
def _byline_words() -> tuple[str, ...]:
    """The byline words of every lexicon in the forms a byline prints them (see
    :func:`_byline`)."""
    return tuple(
        form
        for code in available()
        for word in get(code).byline_words
        for form in (word, word.lower(), word if word.islower() else word.upper())
    )


@functools.cache
def _byline_openings() -> tuple[str, ...]:
    """The first words of :func:`_byline_words`: a byline with no label's colon opens
    with one of them."""
    return tuple({form.split(" ")[0] for form in _byline_words()})


# A byline: a label and a colon before a name ("Oprac.: Artur Pokorski", "Autor: Jan
# Nowak") or a byline word of any language before one ("By Anna Smith", "Von Anna
# Schmidt"; Lexicon.byline_words): as the lexicon writes it, in lower case, and in
# capitals where it writes it capitalised ("BY ANNA SMITH"); one it writes in lower
# case stays so (Italian "di Anna Rossi", never the surname's "Di Sante"); more writers
# or the writer's outlet may follow after a comma or a list's conjunction ("By Anna
# Smith, Reuters", "By Anna Smith and Jo Roe"; Lexicon.list_conjunctions); then the
# writer's role in lower case after a comma, ending with a journalist's noun of any
# lexicon ("by Jo Roe, staff writer"; Lexicon.interviewer_nouns), or a journalist's noun
# after a dash, perhaps with the writer's handle ("By: Jo Roe - Reporter / @joroe"), or the
# page's date after a comma, a bar, a bullet or a short word ("by Jo Roe | 04.03.2026", "by
# Jo Roe on 4 March 2026", "by Jo Roe March 4, 2026").
@functools.cache
def _byline(*, other_months: bool) -> regex.Pattern[str]:
    words = _byline_words()
    joiners = _joiners()
    roles = _writer_nouns()
    # a determiner of four letters or more opens no name: "Kanzler: Keine Steuererhöhungen"
    # is a headline where nouns are capitalised (but "Hans", "Elke" are first names too)
    names = {name for code in available() for name in get(code).first_names}
    determiners = alternation(
        [
            word
            for code in available()
            for word in get(code).determiners
            if len(word) >= _MIN_DETERMINER and word not in names
        ]
    )
    return regex.compile(
        r"(?:\p{L}{1,12}\.?[ \t]*:|" + alternation(words) + r")[ \t]++"
        rf"(?!(?i:{determiners})[ \t])"
        rf"{_NAME}(?:(?:,|[ \t]++{joiners})[ \t]++{_NAME}){{0,3}}+[ \t]*+"
        rf"(?:,[ \t]++(?:\p{{Ll}}++[ \t]++){{0,2}}{roles}"
        rf"|[-–—][ \t]++(?i:{roles})(?:[ \t]*+/[ \t]*+@\w++)?+"
        rf"|(?:[,|•·][ \t]*+)?+(?i:{_LINK}{_dated(other_months=other_months)})"
        # the writer's outlet after a bar or a bullet, as after a comma ("By Jo Roe |
        # Harbour Times")
        rf"|[|•·][ \t]*+{_NAME})?+[ \t]*+"
    )


# a capitalised word of a name, with its apostrophes, dots and hyphens (O’Neil, J., Roe-Kim)
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}.\-]*+"
_NAME = rf"{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{0,3}}"


# A name alone of two to four words, perhaps with the writer's outlet after a comma or
# in brackets ("Jo Roe, Harbour Wire", "Jo Roe (AP)"), or more writers after a list's
# conjunction and where they write from after a short word ("Jo Roe and Jan Poe in
# Kyiv", "Jo Roe à Paris"; Lexicon.list_conjunctions).
@functools.cache
def _bare_name() -> regex.Pattern[str]:
    joiners = _joiners()
    person = rf"{_NAME_WORD}(?:[ \t]++{_NAME_WORD}){{1,3}}"
    return regex.compile(
        rf"{person}(?:[ \t]++{joiners}[ \t]++{person})?+"
        rf"(?:,[ \t]++{_NAME}|[ \t]++\({CREDIT_BRACKET}\)|[ \t]++\p{{Ll}}{{1,3}}+[ \t]++{_NAME})?+"
    )


# The end of a writer's role: a journalist's noun of any lexicon (Lexicon.interviewer_nouns)
# in any case, or with ``lower`` in lower case as the lexicon writes it, perhaps with a
# place after a comma ("correspondent, Kyiv").
@functools.cache
def _role_end(*, lower: bool = False) -> str:
    roles = _writer_nouns()
    return rf"{roles if lower else f'(?i:{roles})'}(?:,[ \t]++{_NAME})?+[ \t]*+"


# a writer's handle: "@joroe"
_HANDLE = r"@[\p{L}\p{N}_]{2,30}+"


# A writer's role alone on its line, under the name of a byline in two lines: the noun
# after up to three words, the first capitalised ("Business reporter", "Europe
# correspondent", "Senior political correspondent, Kyiv"), perhaps with the writer's
# handle ("News reporter @joroe").
@functools.cache
def _writer_role() -> regex.Pattern[str]:
    return regex.compile(
        # (no word before a handle is the role's: its noun is the last word)
        rf"[ \t]*+(?:\p{{Lu}}\p{{L}}*+[ ]++(?:\p{{Ll}}++[ ]++(?!@)){{0,2}})?+{_role_end()}"
        rf"(?:{_HANDLE}[ \t]*+)?+"  # (the role's end takes the spaces before it)
    )


# A writer's name and role on one line, as a crawl joins a byline's two lines: a name of
# two or three words, then the role, its first word capitalised, a place's or a region's
# name among its words ("Jo Roe Transport correspondent", "Jo Roe Senior political
# correspondent, Kyiv", "Jo Roe North of England correspondent", "Jo Roe US economics
# editor"; the noun in lower case, as no headline in title case prints it: "Jo Roe Named
# Chief Correspondent"); or a name and the writer's handle ("Kim Lorn @kimlorn").
@functools.cache
def _named_role() -> regex.Pattern[str]:
    return regex.compile(
        rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}}"
        rf"(?:[ ]\p{{Lu}}[\p{{L}}\-]*+[ ]++(?:\p{{L}}[\p{{L}}\-]*+[ ]++){{0,2}}"
        rf"{_role_end(lower=True)}"
        # or the writer's handle after the name, as business sites print it: "Kim Lorn
        # @kimlorn"
        rf"|[ ]++{_HANDLE})"
    )


def is_writer_role(line: str) -> bool:
    """Whether a line is only a writer's role, as a byline's second line prints it under
    the name (no-break and other odd spaces read as plain ones).

    >>> is_writer_role("Business reporter"), is_writer_role("The reporter was injured.")
    (True, False)
    """
    return _writer_role().fullmatch(plain_spaces(line)) is not None


def is_byline(line: str, following: str = "", *, above_story: bool = False) -> bool:
    """Whether a line is only a byline: a byline word or label and a name, or a name
    alone right above a page's date line or a writer's role (``following``:
    :func:`is_timestamp`, :func:`is_writer_role`), or, with ``above_story``, right above
    the story's dateline or another line of the page's furniture (the writer's desk).

    >>> is_byline("By Anna Smith"), is_byline("By Monday the bridge will reopen.")
    (True, False)
    >>> is_byline("by Anna Smith, staff writer"), is_byline("by Anna Smith | 04.03.2026")
    (True, True)
    >>> is_byline("Anna Smith"), is_byline("Anna Smith", "Published: 28 November 2026")
    (False, True)
    >>> is_byline("Anna Smith in Kyiv", "Business reporter")
    True
    """
    line = plain_spaces(line).strip()
    # (cheap tests first, each a condition of its pattern: most lines are sentences, which
    # open with no byline word nor label, and whose second word is no capital)
    if (":" in line or line.startswith(_byline_openings())) and _byline(
        other_months=_may_name_other_month(line)
    ).fullmatch(line) is not None:
        return True
    if _capital_after(line, " ") and _named_role().fullmatch(line) is not None:
        return True
    return (
        (above_story or bool(following))
        and _capital_after(line, " \t")
        and _bare_name().fullmatch(line) is not None
        and (above_story or is_timestamp(following) or is_writer_role(following))
    )


def byline_date(line: str, lexicon: Lexicon | None = None) -> datetime.date | None:
    """The date of a byline that prints the page's date after the writer's name (``By Jo
    Roe on March 4, 2026``, ``Posted by Jo Roe, 4 March 2026``: :func:`is_byline`), its
    month named in English or in ``lexicon``'s language; ``None`` for any other line.

    >>> byline_date("By Jo Roe on March 4, 2026"), byline_date("By Jo Roe")
    (datetime.date(2026, 3, 4), None)
    """
    line = plain_spaces(line).strip()
    if not line.startswith(_byline_openings()) or not _DIGIT.search(line):
        return None
    found = _byline(other_months=_may_name_other_month(line)).fullmatch(line)
    # (a byline without a date matches no date's year)
    return match_date(found, lexicon) if found is not None and found.group("year") else None


def _capital_after(line: str, gaps: str) -> bool:
    """Whether a capital may follow the first run of ``gaps`` (spaces, or spaces and tabs)
    in ``line``, as the second word of a name opening it does (its first word holds no
    space or tab).  An ASCII character is tested; any other passes (the patterns tell
    capitals of every script)."""
    gap = min((at for at in map(line.find, gaps) if at >= 0), default=-1)
    after = line[gap:].lstrip(gaps)[:1] if gap >= 0 else ""
    return after != "" and (not after.isascii() or after.isupper())


def _date_forms(month: str, *, day_dot: bool = False) -> str:
    """The dates other than ISO's, as alternatives with the groups ``day``, ``month``
    and ``year``: dotted, and a ``month`` pattern's name after or before the day
    (``28.11.2026``, ``Nov 28, 2026``, ``28 November 2026``, Spanish and Portuguese ``28 de
    noviembre de 2026``; with ``day_dot``, a dot may
    follow the day, ``28. November 2026``, or an English ordinal's ending, ``March 5th
    2026``, ``5th March 2026``)."""
    day = r"(?P<day>\d{1,2})" + (r"(?:\.|st|nd|rd|th)?+" if day_dot else "")
    year = r"(?P<year>\d{4})"
    return (
        rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{year}"
        rf"|{month}[ ]{day},?+[ ]{year}|{day}[ ](?:de[ ])?+{month},?+[ ](?:de[ ])?+{year}"
    )


# The crawl's date line: "date 2025-03-01", alone or with the headline after it; some
# crawlers print the day first ("date 28.11.2026") or the month's English name ("date Nov
# 28, 2026", "date 28 November 2026").
# Its gaps are any blank but a line's end: spaces of any width, no-break ones too ("date
# \N{NO-BREAK SPACE}2025-03-01"), tabs, form feeds, and the invisible characters a paragraph
# drops at its edges (EDGE_BLANKS), so that the headline or body after it starts at a
# character of its own.
_GAP = "[" + regex.escape(EDGE_BLANKS.translate(dict.fromkeys(map(ord, "\n\r\u2028\u2029")))) + "]"
date_line = lazy_pattern(
    rf"{_GAP}*+date(?::{_GAP}*+|{_GAP}++)"
    r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?+)?+(?![\d-])"
    rf"|(?:{_date_forms(f'(?P<month>{EN_MONTH})')})(?!\d))"
    # a time after the date is no headline: "2025-03-01T10:22:00Z", "2025-03-01 10:22",
    # "Nov 28, 2026, 10:22"
    rf"(?:,?+(?:T|{_GAP})\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d++)?+)?+(?:Z|[+\-]\d{{2}}:?\d{{2}})?+(?![\d:]))?+"
    rf"{_GAP}*+(?P<rest>[^\r\n]*+)",
    regex.IGNORECASE,
)


_en_month = lazy_pattern(EN_MONTH, regex.IGNORECASE)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = len(_EN_MONTHS)


def match_date(found: regex.Match[str], lexicon: Lexicon | None = None) -> datetime.date | None:
    """The date that a match's groups ``day``, ``month`` (a number, an English name or
    one of ``lexicon``'s month names) and ``year`` name, or ``None``; or ``first`` and
    ``second`` of a date with slashes, where one of them can only be the day
    (``28/11/2026``, ``11/28/2026``; ``05/06/2026`` names none)."""
    groups = found.groupdict()
    first, second = groups.get("first"), groups.get("second")
    if first and second:
        day, number = sorted((int(first), int(second)), reverse=True)
        if day <= _MONTHS:  # either may be the month
            return None
        try:
            return datetime.date(int(found.group("year")), number, day)
        except ValueError:
            return None
    month = found.group("month").casefold().rstrip(".")
    if month.isdigit():
        number = int(month)
    elif month[:3] in _EN_MONTHS and _en_month().fullmatch(month):
        number = _EN_MONTHS.index(month[:3]) + 1
    else:
        names = lexicon.month_names if lexicon is not None else ()
        number = next((n for n, forms in enumerate(names, 1) if month in forms), 0)
    try:
        return datetime.date(int(found.group("year")), number, int(found.group("day")))
    except ValueError:
        return None


def crawl_date(found: regex.Match[str]) -> tuple[datetime.date | None, str | None]:
    """The date of a :func:`date_line` match and its text: ISO as written (a year-month
    ``2025-02`` has no date), any other form as the ISO date it names; neither for a date
    that does not exist (``2026-13-45``, ``31.02.2026``).  Digits of any script read as
    theirs (``date ٢٠٢٦-٠٥-١٢``, full-width ``date ２０２６-０５-１２``); the text is in ASCII
    digits, as ISO writes them.

    >>> crawl_date(date_line().match("date Nov 28, 2026 Ferry"))
    (datetime.date(2026, 11, 28), '2026-11-28')
    >>> crawl_date(date_line().match("date 2025-02"))
    (None, '2025-02')
    >>> crawl_date(date_line().match("date 31.02.2026"))
    (None, None)
    >>> crawl_date(date_line().match("date ٢٠٢٥-٠٢"))
    (None, '2025-02')
    """
    named = found.group("year")  # set by the forms other than ISO
    if named is not None:
        date = match_date(found)
        return (None, None) if date is None else (date, date.isoformat())
    written = "".join(str(unicodedata.decimal(char, char)) for char in found.group("date"))
    if len(written) == len("2025-02-01"):  # a full date (date_line: YYYY, YYYY-MM or the day)
        date = iso_date(written)
        return (None, None) if date is None else (date, written)
    year, _, month = written.partition("-")
    exists = int(year) >= datetime.MINYEAR and (not month or 1 <= int(month) <= _MONTHS)
    return None, written if exists else None


# A time of day, perhaps with its zone: "08:28", "10:45 GMT", "9:05 a.m. EST", and with
# a full stop as British pages print it, "14.20 GMT", or an "h" as French ones do, "10h15";
# the zone or word after it opens with a capital ("GMT", "Uhr")
_TIME = (
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?+(?:[ ]?+[ap]\.?+m\.?+)?+"
    r"(?:[ ](?-i:\p{Lu}[\p{Lu}\p{Ll}]{1,4})(?:[+\-]\d{1,2})?+)?+"
)


_MAX_TIME_CHARS = 30
_time_alone = lazy_pattern(rf"[ \t]*+{_TIME}[ \t]*+", regex.IGNORECASE)


def is_time_alone(line: str) -> bool:
    """Whether a line is a time of day alone, perhaps with its zone, as a live page prints
    it above each of its posts (``10:15 GMT``, ``9:05 a.m. EST``, ``14.20``).

    >>> is_time_alone("10:15 GMT"), is_time_alone("At 10:15 the ferry left.")
    (True, False)
    """
    return len(line) <= _MAX_TIME_CHARS and _time_alone().fullmatch(plain_spaces(line)) is not None


# a short word between a time and a date: "on", "at", "um", "о"
_LINK = r"(?:\p{Ll}{1,3}[ ]++)?"


def _month_names() -> list[str]:
    """The month names of every lexicon (:attr:`Lexicon.month_names`)."""
    return [form for code in available() for forms in get(code).month_names for form in forms]


def _folded(text: str) -> str:
    """``text`` case folded as the date patterns ignore case, but wider, each run of white
    space one space: a character the patterns take for another (the dotted capital I for
    "i", the capital I for the dotless "ı") folds to the same one, so that a month name
    the patterns find in a line is found in it folded."""
    return " ".join(
        text.casefold().replace("ı", "i").replace("\N{COMBINING DOT ABOVE}", "").split()
    )


@functools.cache
def _other_months() -> tuple[frozenset[str], int]:
    """The month names of the lexicons that English's ``EN_MONTH`` does not match,
    folded (:func:`_folded`), and the length of the longest."""
    english = regex.compile(EN_MONTH, regex.IGNORECASE)
    names = frozenset(_folded(name) for name in _month_names() if english.fullmatch(name) is None)
    return names, max(map(len, names))


_DIGITS = regex.compile(r"\d++")
# what a date prints between its month and the day's or the year's digits (see
# _date_forms), folded: "March 4", "4 March, 2026", "4 de marzo de 2026"
_BEFORE_DIGITS = (" ", ", ", " de ", ", de ")


def _may_name_other_month(line: str) -> bool:
    """Whether ``line`` may hold a lexicon's month name that English's does not match,
    as a date prints it: a space, a comma or "de" and then digits after it.

    A line without one is read with the date patterns of English's months alone
    (``other_months=False``), to the same match: a name that English's match too is
    matched to the same characters, and another name does not end a date where no such
    digits follow.  The patterns of every lexicon's months took a tenth of a second to
    compile on the first parse (issue #7), where no English line of those read in
    PolNeAR dev and NewsDiscourse holds such a name (a German one in four).

    >>> _may_name_other_month("Published: 28 November 2026")
    False
    >>> _may_name_other_month("Veröffentlicht: 28. März 2026")
    True
    """
    names, longest = _other_months()
    folded = _folded(line)
    for digits in _DIGITS.finditer(folded):
        space = digits.start() - 1  # (a day's or a year's digits have a space before)
        if space < 1 or folded[space] != " ":
            continue
        for before in _BEFORE_DIGITS:
            end = space + 1 - len(before)
            if (
                end >= 1
                and folded.startswith(before, end)
                and any(
                    folded[end - size : end] in names for size in range(1, min(end, longest) + 1)
                )
            ):
                return True
    return False


# A date (the day first or the month, a dotted, a slashed or an ISO date) with or without
# a time ("28 November 2026", "10:45 GMT, Nov 28, 2026", "28.11.2026, 08:28", "05 Mar
# 2026 - 10:12 PKT"); the months those of every lexicon and English's abbreviations (to be
# matched ignoring case), or with ``other_months=False`` English's alone (see
# _may_name_other_month).
@functools.cache
def _dated(*, other_months: bool) -> str:
    months = f"|{alternation(_month_names())}" if other_months else ""
    month = rf"(?P<month>{EN_MONTH}{months})"
    date = (
        r"(?:(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})"
        rf"|{_date_forms(month, day_dot=True)})(?!\d)"
    )
    # the time after the date, after a comma, a space or a dash, a bar or a slash between
    # spaces ("05 Mar 2026 - 10:12 PKT", "July 9, 2026 — 5.12pm", "Mar 4, 2026 / 10:15 AM")
    return rf"(?:{_TIME},?+[ ]++{_LINK})?{date}(?:(?:,|[ ]++[-–—|•·/])?+[ ]++{_LINK}{_TIME})?+"


# A page's own date line under the headline: a label of a word or three, or a weekday,
# then a date with or without a time ("Published: 28 November 2026", "Updated 10:45
# GMT, Nov 28, 2026", "Monday, 28 February 2022, 08:28", "Опубліковано 28 листопада
# 2026, 10:45"), perhaps with its writer after it ("Posted on March 4, 2026 by Jo Roe").
@functools.cache
def _timestamp(*, other_months: bool) -> regex.Pattern[str]:
    label = DATE_LABEL
    dated = _dated(other_months=other_months)
    unnamed = NAMED_GROUP.sub("(?:", dated)
    return regex.compile(
        # labels parted by bars: "Jo Roe | Harbour Wire | 28 November 2026"; a dash
        # and a space after the last: "Published - March 4, 2026 09:45 pm IST"
        rf"[ \t]*+(?:(?:{label}[ ]*+[|•·][ ]*+){{0,2}}{label}[ ]*+(?:[:,|•·]|[-–—](?=[ ]))?+[ ]*+)?"
        rf"{dated}"
        # the zone's country after a comma, as British pages print it: "Tuesday 16 June
        # 2026 11:42, UK"
        r"(?:,[ ](?-i:\p{Lu}{2,3}+))?+"
        # the time or the date of an update after a bar: "March 4, 2026 09:45 pm | Updated
        # 10:12 pm IST", "Published: 14:05, 4 March 2026 | Updated: 16:20, 4 March 2026"
        # (the update's date unnamed: the groups name the first)
        rf"(?:[ ]*+[|•·][ ]*+{label}:?+[ ]++(?:{unnamed}|{_TIME}))?+"
        # the writer after the date, as a blog prints it: "Posted on March 4, 2026 by Jo
        # Roe" (a byline word of any lexicon, then a name)
        rf"(?:,?+[ ]++(?:{alternation(_byline_words())})[ ]++(?-i:{_NAME}))?+[ \t]*+",
        regex.IGNORECASE,
    )


# What a page's date line holds and ends with: a digit (every date has one), and as its
# last character (but spaces) a date's or a time's digit, a letter (a zone's, "GMT", or
# the "m" of "pm": any cased letter, as the pattern ignores case) or the full stop after
# the "m" of "a.m.".  The pattern of :func:`_timestamp`, whose month names of every
# language take long to try at each word, runs only on a line that passes both, one
# paragraph in ten: most end in another full stop or a quotation mark.
_DIGIT = regex.compile(r"\d")
_TIMESTAMP_END = regex.compile(r"[\d\p{Lu}]|(?<=m)\.", regex.IGNORECASE)


def _read_timestamp(line: str) -> regex.Match[str] | None:
    """The match of :func:`_timestamp` on the whole line, or ``None`` (no-break and
    other odd spaces read as plain ones: ``Published:\N{NO-BREAK SPACE}12 May 2026``)."""
    line = plain_spaces(line)
    last = len(line.rstrip(" \t")) - 1
    if last < 0 or not _TIMESTAMP_END.match(line, last) or not _DIGIT.search(line):
        return None
    return _timestamp(other_months=_may_name_other_month(line)).fullmatch(line)


def timestamp_date(line: str, lexicon: Lexicon | None = None) -> datetime.date | None:
    """The date of a line that is only a page's date line (see :func:`is_timestamp`),
    its month named in English or in ``lexicon``'s language; ``None`` for any other line.

    >>> timestamp_date("Updated 10:45 GMT, Nov 28, 2026")
    datetime.date(2026, 11, 28)
    """
    found = _read_timestamp(line)
    return match_date(found, lexicon) if found is not None else None


def is_timestamp(line: str) -> bool:
    """Whether a line is only a page's date line, a label and a date (with or without a
    time), as pages print it under the headline.

    >>> is_timestamp("Published: 28 November 2026"), is_timestamp("Monday, 28 February 2022, 08:28")
    (True, True)
    >>> is_timestamp("The ferry returns on 28 November 2026.")
    False
    """
    return _read_timestamp(line) is not None


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
    found = date_line().fullmatch(line)
    dated = found is not None and (headed or not found.group("rest"))
    return dated or _SLUG.fullmatch(line) is not None


def date_line_alone(line: str) -> regex.Match[str] | None:
    """The crawl date line when it fills ``line`` with no headline after the date.

    >>> date_line_alone("date 2026-09-05").group("date"), date_line_alone("date 2026-09-05 Ferry")
    ('2026-09-05', None)
    """
    found = date_line().fullmatch(line)
    return found if found is not None and not found.group("rest") else None
