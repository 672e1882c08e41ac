"""Paragraphs and sentences, as spans into the original text.

A paragraph is a line of text; a line that a crawler wrapped in the middle of a
sentence (it ends without closing punctuation and the next line starts in lower case)
is joined to the next, unless either is a line of the page's own (a crawl date line
alone, an AMP page's URL slug).  Sentences end at ``.``, ``!``, ``?``, ``…`` or the full
stop of another script (``।``, ``።``, ``。``; :data:`~newsstruct.lang.SENTENCE_STOPS`),
with any closing quotation marks or brackets, before a capital, a digit or an opening
mark, except after an abbreviation of the language or an initial.
"""

from __future__ import annotations

import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import FULL_WIDTH_STOPS, SPACED_STOPS, Lexicon
from newsstruct.layout import EDGE_BLANKS, is_byline, is_page_line
from newsstruct.model import Span
from newsstruct.outlets._fragments import EMPHASIS_LINE, LINE_TAG

__all__ = ["paragraph_spans", "prints_danda", "sentence_spans"]

# A line ends at a line feed, a carriage return, the line and paragraph separators
# U+2028 and U+2029 (text taken from JSON or a word processor) or HTML's line break and
# paragraph tags (``<br>``, ``<p>``, ``</p>``: text taken from a page's source; a run of
# them is matched apart, to be skipped).
_TAGS = rf"(?:{LINE_TAG})++"
_line = lazy_pattern(rf"{_TAGS}|(?:[^\r\n\u2028\u2029<]++|(?!{LINE_TAG})<)++")
_TAGS_ONLY = regex.compile(_TAGS)
# What may stand between a line that stops mid-sentence and the line it goes on in: blanks,
# and HTML's line breaks ("We will sail<br>tomorrow"), but no paragraph's tags
_wrap = lazy_pattern(rf"(?:[{EDGE_BLANKS}]++|<(?i:br)[ \t]*+/?+>)*+")
# The last character of a (stripped) line that stops mid-sentence.
_CONTINUES = regex.compile(r"[\p{Ll}\p{L}\p{N},;]")
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")
# The lookbehind keeps a run of dots from being retried at every position.  A sentence
# opens with a capital, a digit, a letter of a script without case (Arabic "؟", Hindi
# "।", Amharic "።") or of Georgian, whose letters Unicode counts as lower case; after
# the full-width stops of Chinese and Japanese, with no space, but not where the
# Japanese quotative particle follows the closing mark (「…。」と述べた).  It may open
# with a mark, or a quote's mark and the mark of a quote nested in it (“‘…’ or “’…’),
# and a space (French « …), or German » with no space after it (»Wir …«; a French
# closing » has its space); or with a dash, no space after it (not "4. - 7.").
_STOPS = regex.escape(SPACED_STOPS)
_terminal = lazy_pattern(
    rf"(?<![{_STOPS}])[{_STOPS}]++[\"'”’»)\]]*+"
    r"(?=\s++(?:[\"'“‘«„(\[][\"'‘’]?+\s?+|»|[—–-])?+[\p{Lu}\p{N}\p{Lo}\p{Georgian}])"
    rf"|[{FULL_WIDTH_STOPS}]++(?:[”’」』）)]++(?!\s*+(?:と|って))|(?![”’」』）)]))"
    rf"(?=\s*+[^\s{FULL_WIDTH_STOPS}”’」』）)])"
)
# Searched from the end ((?r)): a forward search would retry every letter of the window.
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}.]+)\.$")
_LETTER = regex.compile(r"\p{L}")
_CAPITAL_NEXT = regex.compile(r"\s++\p{Lu}")  # a capitalised word after a space
_DANDA = "\N{DEVANAGARI DANDA}"
# The markup a line may be wrapped in whole, text pasted from a scraper's Markdown: the
# paragraph is what it holds.  A Markdown heading's or block quotation's mark before the
# line ("# Ferry returns", "> “We will sail,” she said."), or emphasis around it
# ("**Recall**", "*Kyiv • UNN*"; not "**A** and **B**").
_MARK_BEFORE = regex.compile(r"(?:#{1,6}+|>)[ \t]++|>")
_emphasis = lazy_pattern(EMPHASIS_LINE)
_MARKUP = frozenset("#>*_")


def _markup(line: str) -> tuple[int, int]:
    """The characters of markup that wrap ``line`` (stripped) whole, before and after it
    (``(0, 0)`` for none)."""
    if (mark := _MARK_BEFORE.match(line)) is not None:
        return mark.end(), 0
    elif (emphasis := _emphasis().fullmatch(line)) is not None:
        size = emphasis.start("inner")
        return size, size
    return 0, 0


def paragraph_spans(text: str) -> list[Span]:
    """Return the paragraphs of ``text``: its non-blank lines, stripped of outer spaces.

    A line that stops mid-sentence (no closing punctuation, next line in lower case) is
    joined with the next one into one paragraph.  HTML's line break and paragraph tags
    (``<br>``, ``<p>``, ``</p>``) end a line (a paragraph that is joined across a
    ``<br>`` holds it).  A line wrapped whole in Markdown's marks (``# ``, ``> ``,
    ``**…**``) is the paragraph they hold, and joins no other; nor does a line beside a
    paragraph's tag.
    """
    spans: list[Span] = []
    pending: Span | None = None
    joined = False  # whether ``pending`` holds more than one line
    # concurrent=False (the GIL kept across the matches): see quotes.tokens.tokenize
    for match in _line().finditer(text, None, None, False, False):
        line = match.group()
        stripped = line.strip(EDGE_BLANKS)
        if not stripped or (line[0] == "<" and _TAGS_ONLY.fullmatch(line)):
            continue  # a line of spaces is a blank line, as an empty one is; "<br>" ends one
        start = match.start() + (len(line) - len(line.lstrip(EDGE_BLANKS)))
        end = match.start() + len(line.rstrip(EDGE_BLANKS))
        while stripped[0] in _MARKUP:  # "> **Recall**"
            before, after = _markup(stripped)
            if not before:
                break
            inner = stripped[before : len(stripped) - after]
            stripped = inner.strip(EDGE_BLANKS)
            if not stripped:
                break
            start += before + len(inner) - len(inner.lstrip(EDGE_BLANKS))
            end = start + len(stripped)
        if not stripped:
            continue  # "<p></p>", "#": a blank line
        if pending is not None:
            if (
                _CONTINUES.match(text, pending.end - 1)
                and _STARTS_LOWER.match(stripped)
                and not is_page_line(stripped)
                # the crawl's date line ends with its headline too: "by Jo Roe March 4"
                # under it is a byline, not the headline's end (a page line is one line:
                # one that lines were joined to is none, and is not read again, which
                # would read a paragraph of many wrapped lines once for each)
                and (joined or not is_page_line(pending.of(text), headed=True))
                and not is_byline(stripped)  # "di Anna Rossi" under the headline
                # no "</p>", "> " between
                and _wrap().fullmatch(text, pending.end, start) is not None
            ):
                pending = Span(pending.start, end)
                joined = True
                continue
            spans.append(pending)
        pending = Span(start, end)
        joined = False
    if pending is not None:
        spans.append(pending)
    return spans


def prints_danda(text: str) -> bool:
    """Whether ``text`` prints the Devanagari danda, its sentences ending with it: read
    once per text, for :func:`sentence_spans`."""
    return _DANDA in text


def _is_abbreviation(text: str, dot: int, lexicon: Lexicon, *, danda: bool) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial; ``danda``
    says whether the text prints the danda (decided once per text by the caller)."""
    found = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if found is None:
        return False
    word = found.group(1).strip(".")
    if len(_LETTER.findall(word)) == 1 and not word.islower():
        # an initial, or one letter of a script without case (Arabic "د."); one with
        # its vowel sign (Hindi "डॉ.") only in a text whose sentences end with the
        # danda: where they end with "." it is a word ("वह खुश था. लोग आए.")
        return len(word) == 1 or danda
    folded = word.casefold()
    if folded in lexicon.unit_abbreviations and _CAPITAL_NEXT.match(text, dot + 1):
        return False  # "… 2 mld zł. Jej zdaniem": a unit closes its phrase, the sentence ends
    return folded in lexicon.abbreviations or "." in word


def sentence_spans(
    text: str,
    paragraph: Span,
    lexicon: Lexicon,
    *,
    danda: bool,
) -> list[Span]:
    """Split one paragraph into sentences; ``danda`` is whether the whole text prints
    the Devanagari danda (:func:`prints_danda`), decided once for all its paragraphs."""
    spans: list[Span] = []
    start = paragraph.start
    for match in _terminal().finditer(text, paragraph.start, paragraph.end, False, False):
        end = match.end()
        if match.group().rstrip("\"'”’»)]") == "." and _is_abbreviation(
            text, match.start(), lexicon, danda=danda
        ):
            continue
        if end > start:
            spans.append(Span(start, end))
        start = end
        while start < paragraph.end and text[start].isspace():
            start += 1  # in place: copying the rest of the paragraph would be quadratic
    if start < paragraph.end:
        spans.append(Span(start, paragraph.end))
    return spans
