"""The quotation-mark scanner: every stretch of text in quotation marks, by paragraph.

The scanner reads one paragraph at a time, so one stray mark never swallows the rest
of the article.  Marks are told apart by their kind (double-level ``“ ” " „ « »`` or
single-level ``‘ ’ ' ‚ ‹ ›``), by the language's pairs and by flanking: a mark after a
space and before a letter opens, one after a letter and before a space or punctuation
closes; two grave accents open as a double mark where the language pairs them with two
straight single marks (English typewriter and wire copy).  Apostrophes (``don't``,
``Roe’s``, ``'90s``) are never marks.  Quotes nested inside a quote belong to the outer
one.

* A quote opened and never closed ends at the end of its paragraph (this is also how a
  quote running over several paragraphs is set: each paragraph opens, only the last
  one closes).
* A quote closed and never opened starts at the start of its paragraph.
* Marks right after ``=`` enclose a markup attribute's value (``href="…"``), no quote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs
import regex

from newsstruct.lang import Lexicon
from newsstruct.model import Span

__all__ = ["QuotedSpan", "find_quoted_spans"]

#: Every quotation mark newsstruct knows, of any language.
DOUBLE_MARKS = '"“”„‟«»〝〞＂「」\N{HEBREW PUNCTUATION GERSHAYIM}'
SINGLE_MARKS = "'‘’‚‛‹›『』"
# The corner brackets of Chinese and Japanese (「…」, 『…』 inside) face their words
# whatever stands around them, with no space between them and the text: each only opens
# or only closes.
_OPENING_ONLY = frozenset("「『〝")
# A single mark typed twice ('' or ‘‘ ’’, as Hindi and other South Asian copy prints its
# quotations: ''…'', ‘‘…’’) is one double-level mark of two characters; so are the two
# grave accents that open a quotation in typewriter and wire copy (``…''), which mark
# nothing alone (a `code` span).
_BACKTICK = "`"
_DOUBLED = frozenset("'‘’" + _BACKTICK)
_CLOSING_ONLY = frozenset("」』〞")
# (a class of characters, which the standard library's engine finds faster)
_ANY_MARK = re.compile("[" + re.escape(DOUBLE_MARKS + SINGLE_MARKS + _BACKTICK) + "]")
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
_HEBREW = regex.compile(r"\p{Hebrew}")
# The one-letter words Hebrew writes onto the next word (and, in, as, to, from, that,
# the), up to this many in a row (``וכש``).
_HEBREW_PREFIXES = frozenset("ובכלמשה")
# The marks Hebrew sets between the letters of an abbreviation (צה"ל, ארה״ב): the straight
# double mark of typewritten copy and the gershayim of typeset copy, which quotes too.
_ABBREVIATION_MARKS = frozenset('"\N{HEBREW PUNCTUATION GERSHAYIM}')
_MAX_PREFIXES = 3
_FEET = regex.compile(r"\d['’′]\d{1,2}$")  # 6'3": feet, then the inches a double mark ends
_OPEN_CONTEXT = frozenset("([{—–-―/\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}") | frozenset(
    DOUBLE_MARKS + SINGLE_MARKS
)
_CLOSE_CONTEXT = frozenset(
    ".,;:!?)]}…—–-―/\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}"
) | frozenset(DOUBLE_MARKS + SINGLE_MARKS)


# Punctuation after a mark that only a closing mark can stand before.
_DETACHED_CLOSE = frozenset(".,;:!?")

# A single-level quote longer than this is taken for an apostrophe: it keeps the
# lookahead bounded on hostile input.
_SINGLE_LOOKAHEAD = 600
_MAX_DEPTH = 16  # quotations nested in quotations, at most
_NEST_LOOKAHEAD = 600  # characters read ahead for the closers of a nested quote


@attrs.frozen
class QuotedSpan:
    """One stretch of text in quotation marks.

    ``content`` excludes the marks and outer spaces; ``opening`` and ``closing`` are
    the positions of the marks (``None`` where the mark is missing); ``paragraph`` is
    the index of the paragraph it lies in.
    """

    content: Span
    paragraph: int
    opening: int | None
    closing: int | None
    single: bool = False

    @property
    def outer(self) -> Span:
        """The quote with its marks."""
        start = self.opening if self.opening is not None else self.content.start
        end = self.closing + 1 if self.closing is not None else self.content.end
        return Span(start, end)


@functools.lru_cache(maxsize=64)
def _roles(pairs: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    openers = frozenset(o for o, _ in pairs)
    closers = frozenset(c for _, c in pairs)
    # Marks the language does not pair can still appear (a quoted English phrase in a
    # Russian article): they open and close by flanking alone, the corner brackets by
    # their direction.
    unknown = frozenset(DOUBLE_MARKS + SINGLE_MARKS) - openers - closers
    return openers | (unknown - _CLOSING_ONLY), closers | (unknown - _OPENING_ONLY)


@functools.lru_cache(maxsize=64)
def _partners(pairs: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """The pairs whose closing mark differs from the opening one: while such an opener
    is open, its closer closes whatever its flanking (German „Wort "weiter, where a
    straight mark closes „ in typewriter copy and its reprints)."""
    return frozenset((o, c) for o, c in pairs if o != c)


@functools.lru_cache(maxsize=64)
def _enclosing(pairs: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The marks that only close themselves (English ``"``): one of them still open
    holds quotes in other marks; a mark that also closes another opener (German ``"``
    after ``„``) may be a closer misread, and a new opener cuts it off instead."""
    closes_other = {c for o, c in pairs if o != c}
    return frozenset(o for o, c in pairs if o == c and o not in closes_other)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _is_apostrophe(
    text: str, pos: int, lo: int, hi: int, elided: frozenset[str] = frozenset()
) -> bool:
    char = text[pos]
    if char not in "'’‘‛":
        return False
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Roe’s, rock'n'roll
    if (
        char in "'’"
        and before in "sS"
        and after == " "
        and pos + 2 < hi
        and text[pos + 2].islower()
    ):
        return True  # the voters’ choice: a plural possessive
    if (
        char in "'’"
        and not before.isalnum()
        and after in elided
        and pos + 2 < hi
        and text[pos + 2] in " -"
    ):
        return True  # one elided letter and a space: 's avonds, 't Hooft, rock 'n roll
    return after.isdigit() and not before.isalnum()  # '90s


def _is_gershayim(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether the straight double mark or the gershayim at ``pos`` stands between two
    Hebrew letters: the sign of an abbreviation or a number written in letters (``צה"ל``,
    ``ארה״ב``), which typewritten copy sets with the straight mark, no quotation mark.
    But after the one-letter words that Hebrew writes onto the next (``ה"תוכנית"``,
    ``ש״אנחנו …״``) it opens a quotation where the next such mark closes one."""
    if not (
        lo < pos < hi - 1
        and _HEBREW.match(text, pos - 1) is not None
        and _HEBREW.match(text, pos + 1) is not None
    ):
        return False
    start = pos
    while start > lo and pos - start < _MAX_PREFIXES and text[start - 1] in _HEBREW_PREFIXES:
        start -= 1
    if start == pos or (start > lo and _WORDLIKE.match(text, start - 1) is not None):
        return True  # more letters before it than prefixes: an abbreviation
    following = text.find(text[pos], pos + 1, hi)
    # a quotation where the next mark closes: after a word, before no Hebrew letter
    return not (
        following > 0
        and not text[following - 1].isspace()
        and _HEBREW.match(text, following + 1, hi) is None
    )


def _is_inch_mark(text: str, pos: int, lo: int) -> bool:
    """Whether the straight double mark at ``pos`` is the sign of inches after feet
    (``6'3" tall``), no quotation mark."""
    return _FEET.search(text, max(lo, pos - 4), pos) is not None


def _scan_paragraph(
    text: str,
    span: Span,
    index: int,
    openers: frozenset[str],
    closers: frozenset[str],
    partners: frozenset[tuple[str, str]],
    elided: frozenset[str],
    enclosing: frozenset[str],
) -> list[QuotedSpan]:
    found: list[QuotedSpan] = []
    stack: list[tuple[int, bool]] = []  # (position of the opening mark, single-level)
    doubled: set[int] = set()  # where a doubled mark begins (_DOUBLED)
    segment_start = span.start
    first = span.start  # where the paragraph's text begins: a block quote's opener
    while first < span.end and text[first].isspace():
        first += 1

    def emit(opening: int | None, closing: int | None, single: bool, cut: int = -1) -> None:
        nonlocal segment_start
        start = segment_start if opening is None else opening + 1 + (opening in doubled)
        end = closing if closing is not None else (cut if cut >= 0 else span.end)
        if closing is not None and closing in doubled:
            closing += 1  # the closing mark's last character
        # marks around marks or punctuation alone ("“…”", "«?!»") quote no words
        content = _trimmed(text, start, end) if _WORDLIKE.search(text, start, end) else None
        if content is not None:
            found.append(QuotedSpan(content, index, opening, closing, single))
        if closing is not None:
            segment_start = closing + 1

    attribute = ""  # the mark that closes a markup attribute value (href="…")
    skipped = -1  # the second character of a doubled mark
    for match in _ANY_MARK.finditer(text, span.start, span.end):
        pos = match.start()
        char = match.group()
        if pos == skipped:
            continue
        if attribute:
            attribute = "" if char == attribute else attribute
            continue
        if pos > span.start and text[pos - 1] == "=":
            attribute = char  # <a href="…">: an attribute's value, no quotation
            continue
        width = 1
        if char in _DOUBLED and pos + 1 < span.end and text[pos + 1] == char:
            doubled.add(pos)
            skipped, width = pos + 1, 2
        elif char == _BACKTICK:
            continue
        single = char in SINGLE_MARKS and width == 1
        if single and _is_apostrophe(text, pos, span.start, span.end, elided):
            continue
        if (char in _ABBREVIATION_MARKS and _is_gershayim(text, pos, span.start, span.end)) or (
            char == '"' and _is_inch_mark(text, pos, span.start)
        ):
            continue
        before, after, left, right = _flanking(text, pos, span.start, span.end, width)
        can_open, can_close = char in openers, char in closers
        if stack and (text[stack[-1][0]], char) in partners:
            action = "close"  # the open quote's own closer, whatever its flanking
        elif (
            before.isspace()
            and after in _DETACHED_CLOSE
            # '"... These thefts', '". . . You are': an ellipsis opens
            and text[pos + 1 : pos + 3] != ".."
            and text[pos + 1 : pos + 6] != ". . ."
        ):
            # "… mache », hat": a closer set off by a space (detokenized copy) never
            # opens; with nothing open it closes an opening cut off before the text
            if not any(s == single for _, s in stack):
                continue
            action = "close"
        elif left and not right:
            action = "open" if can_open else ("close" if can_close else "")
        elif right and not left:
            # a closing position closes even with the wrong glyph (“Apparently not,“)
            level_open = any(s == single for _, s in stack)
            action = "close" if can_close or level_open else ("open" if can_open else "")
        else:
            level_open = any(s == single for _, s in stack)
            action = "close" if can_close and level_open else ("open" if can_open else "")
        if action == "open":
            if not stack:
                if single and not _has_single_closer(text, pos + 1, span.end, closers):
                    continue
                stack.append((pos, single))
            elif len(stack) >= _MAX_DEPTH:
                continue  # deeper nesting is no text anybody writes: keep the work bounded
            elif stack[-1][1] == single and (
                not _WORDLIKE.search(text, stack[-1][0], pos)
                or (
                    (
                        text[stack[-1][0]] == char
                        or text[stack[-1][0]] not in enclosing
                        or stack[-1][0] != first
                    )
                    and not _closed_twice(text, pos, span.end, single, elided)
                )
            ):
                # A second opener of the same level while one is open: the first was
                # never closed.  It ends here and a new quote begins.  But after words,
                # a typographic opener nests inside a straight mark that closes nothing
                # else and opens its paragraph: a block quote in straight marks that
                # quotes in curly ones ("… what he called a “stunt,” a …), its paragraph
                # never closed; and any
                # opener nests that two closers follow, its own and the open quote's
                # (“… what she calls “the pit” than …”).
                if len(stack) == 1:
                    emit(stack[0][0], None, stack[0][1], cut=pos)
                    stack = [(pos, single)]
            else:
                stack.append((pos, single))
        elif action == "close":
            levels = [i for i, (_, s) in enumerate(stack) if s == single]
            if levels:
                level = levels[-1]
                opening, is_single = stack[level]
                del stack[level:]
                if not stack:
                    emit(opening, pos, is_single)
            elif not stack and not single and right:
                emit(None, pos, False)
    if stack and not stack[0][1]:
        emit(stack[0][0], None, False)
    return found


def _flanking(text: str, pos: int, lo: int, hi: int, width: int = 1) -> tuple[str, str, bool, bool]:
    """The characters around the mark of ``width`` characters at ``pos`` and whether it
    stands where a mark opens (``left``: after a space or a bracket, before a word) or
    closes (``right``)."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + width] if pos + width < hi else " "
    left = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()
    right = not before.isspace() and (after.isspace() or after in _CLOSE_CONTEXT)
    return before, after, left, right


def _closed_twice(text: str, pos: int, end: int, single: bool, elided: frozenset[str]) -> bool:
    """Whether the next two marks of the level of the opener at ``pos`` both close: its
    own closer, then the closer of the quote it nests in (within a bounded reach)."""
    closers = 0
    for match in _ANY_MARK.finditer(text, pos + 1, min(end, pos + _NEST_LOOKAHEAD)):
        at = match.start()
        if (match.group() in SINGLE_MARKS) != single or (
            single and _is_apostrophe(text, at, pos, end, elided)
        ):
            continue
        _, _, left, right = _flanking(text, at, pos, end)
        if not right or left:
            return False
        closers += 1
        if closers == 2:
            return True
    return False


def _has_single_closer(text: str, start: int, end: int, closers: frozenset[str]) -> bool:
    """Whether a single-level closing mark (not an apostrophe) follows in the paragraph."""
    for pos in range(start, min(end, start + _SINGLE_LOOKAHEAD)):
        char = text[pos]
        if char in SINGLE_MARKS and char in closers and not _is_apostrophe(text, pos, start, end):
            after = text[pos + 1] if pos + 1 < end else " "
            if not after.isalnum() or char in _CLOSING_ONLY:
                return True
    return False


def find_quoted_spans(text: str, paragraphs: Sequence[Span], lexicon: Lexicon) -> list[QuotedSpan]:
    """Return every quotation in ``text``, paragraph by paragraph, in order."""
    openers, closers = _roles(lexicon.quote_pairs)
    partners = _partners(lexicon.quote_pairs)
    enclosing = _enclosing(lexicon.quote_pairs)
    found: list[QuotedSpan] = []
    for index, span in enumerate(paragraphs):
        found.extend(
            _scan_paragraph(
                text, span, index, openers, closers, partners, lexicon.elided_letters, enclosing
            )
        )
    return found
