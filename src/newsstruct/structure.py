"""Paragraph roles: title, dateline, lead, body, quote, background, marker, boilerplate.

* A standalone label of the language or the outlet (``Recall``, ``Let us remind you``,
  ``Details``) is a MARKER; after a background marker every paragraph to the end is
  BACKGROUND, except page furniture.
* A paragraph opening with a background opener (``Earlier,``, ``As reported,``) or
  with a background marker and its colon (``Context: …``) is BACKGROUND, opener
  included.
* A paragraph opening with a year before the article's own (``In 2014,``, ``Since
  2010``) is BACKGROUND.
* A paragraph opening with boilerplate words (``Read also``, ``Photo:``), one that an
  outlet's furniture pattern matches whole, a row of share buttons (``Facebook Twitter
  Email``), a photo credit standing alone (``REUTERS/Valentyn Ogirenko``), a byline
  before the lead (``By Anna Smith``, or a name alone above a page's date line), a
  page's date line (``Published: 28 November 2026``) and whatever stands above the
  headline (site navigation) are BOILERPLATE.
* An outlet's related stories' headlines that end a story (no closing punctuation) are
  BOILERPLATE, not background.
* The first paragraph of news is the LEAD: the one a dateline opens, else the first
  that ends a sentence (what stands above it, a caption or a reading time, is BODY),
  else, where none does, the first;
  QUOTE is given later, to paragraphs that are wholly one direct quote
  (:func:`mark_quote_paragraphs`).
* The other paragraphs of news after the lead are weighed (:data:`_WEIGHTS`):
  the later paragraphs of a news story recount earlier events and the situation the
  news happens in, in the past tense, with past years and without speech, opinion or
  expectation.  Those that score high enough are BACKGROUND, unless the outlet marks
  all its background (``OutletRules.marks_background``).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterable, Sequence

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import (
    SENTENCE_STOPS,
    Lexicon,
    alternation,
    fold_for_screen,
    is_outlet_name,
    is_typeset_ascii,
)
from newsstruct.layout import (
    CREDIT_LINE_BRACKET,
    DATE_LABEL,
    is_byline,
    is_time_alone,
    is_timestamp,
    is_writer_role,
)
from newsstruct.model import Paragraph, Quote, QuoteKind, Role, Span
from newsstruct.outlets import (
    OutletRules,
    compile_patterns,
    is_credited_wire,
    names_medium,
    plain_spaces,
)
from newsstruct.outlets._fragments import EMOJI_RUN

__all__ = ["assign_roles", "mark_quote_paragraphs", "split_caption_labels"]

_LABEL_TRIM = " \t:.-–—…\N{FULLWIDTH COLON}"  # "背景：" is the label 背景
_MAX_LABEL = 40
_FOLLOW_REACH = 8  # words of a social-media prompt up to its platform ("Follow Jo Roe on X")


# Bullets and dashes may come first ("• Read also", "» Subscribe"), but not an opening
# quotation mark: '“Follow us,” she said' is speech, not furniture.
_LEADING = r"[\p{P}\s--[\"'“‘„‚«‹]]*+"
_lead = lazy_pattern(_LEADING, regex.IGNORECASE | regex.V1)
_FOLD_REACH = 3  # characters of text that one character of a word matches, at most


@functools.lru_cache(maxsize=64)
def _openers(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not words:
        return None
    return regex.compile(_LEADING + alternation(words, boundary=True), regex.IGNORECASE | regex.V1)


@attrs.frozen
class _Openers:
    """The openers of a language, those an outlet adds and the report frames
    (:attr:`Lexicon.background_reports`), as patterns: a line opens with one of the words
    if any matches it, and the language's, which take a tenth
    of a second to compile, are compiled once, not once more for every outlet.

    The patterns, case-insensitive, are tried only on a line whose first characters
    after its leading punctuation, casefolded, begin with the first word of one of the
    openers (``firsts``, as :func:`alternation` parts them): most lines begin with none.
    A word matches at most ``reach`` characters of the line."""

    patterns: tuple[regex.Pattern[str], ...]
    firsts: tuple[str, ...]
    reach: int

    def opens(self, line: str) -> bool:
        """Whether ``line`` opens with one of the words."""
        return self._screened(line) and any(p.match(line) for p in self.patterns)

    def end(self, line: str) -> int | None:
        """Where the words that ``line`` opens with end, or ``None``: it opens with none."""
        if not self._screened(line):
            return None
        ends = [found.end() for p in self.patterns if (found := p.match(line)) is not None]
        return max(ends, default=None)

    def _screened(self, line: str) -> bool:
        """Whether ``line`` may open with one of the words: its first characters after
        its leading punctuation, casefolded, begin with the first word of one."""
        if not self.patterns:
            return False
        first = line[:1]
        # an ASCII letter or digit is no punctuation: the engine is asked only otherwise
        lead = None if first.isascii() and first.isalnum() else _lead().match(line)
        start = lead.end() if lead is not None else 0
        return fold_for_screen(line[start : start + self.reach]).startswith(self.firsts)


# one to three words of a name, the first capitalised whatever the pattern's case
_REPORTER = r"(?-i:\p{Lu})[\p{L}\p{N}\-]*+(?:\s+[\p{L}\p{N}\-]+){0,2}?"


@functools.lru_cache(maxsize=64)
def _report_openers(frames: tuple[tuple[str, str], ...]) -> regex.Pattern[str] | None:
    if not frames:
        return None
    parts = [
        alternation([before]) + r"\s+" + _REPORTER + r"\s+" + alternation([after], boundary=True)
        for before, after in frames
    ]
    return regex.compile(_LEADING + "(?:" + "|".join(parts) + ")", regex.IGNORECASE | regex.V1)


def _opener_patterns(
    language: tuple[str, ...],
    outlet: tuple[str, ...],
    reports: tuple[tuple[str, str], ...] = (),
) -> _Openers:
    """The :class:`_Openers` of a language's words and an outlet's, and of the frames
    of a language's reports (:attr:`Lexicon.background_reports`)."""
    found = (_openers(language), _openers(outlet), _report_openers(reports))
    words = (*language, *outlet, *(before for before, _ in reports))
    firsts = {fold_for_screen(w.split(" ")[0]) for w in words if w}
    return _Openers(
        tuple(pattern for pattern in found if pattern is not None),
        tuple(sorted(firsts)),
        _FOLD_REACH * max((len(w.split(" ")[0]) for w in words), default=0),
    )


@functools.lru_cache(maxsize=1024)
def _phrases(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """The pattern of multi-word cues (those :meth:`_CueSet.count` found screened in a
    paragraph: most paragraphs hold one or two, each set compiled once)."""
    return regex.compile(
        r"(?<![\p{L}\p{N}])" + alternation(phrases, boundary=True),
        regex.IGNORECASE | regex.V1,
    )


_first = operator.itemgetter(0)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}\-]*+|\p{N}[\p{N},.]*+")
# The same words in a paragraph of typeset ASCII (lang.is_typeset_ascii: most of an
# English article) by the standard library's engine, which finds them faster: ASCII's
# letters and digits spelled out (it has no marks; of the typeset punctuation only the
# apostrophe is read in a word), and greedy quantifiers for possessive ones, which match
# the same here as nothing follows them (and Python 3.10 has none).
# tests/test_structure.py checks that the two find the same words in any such text.
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z'\N{RIGHT SINGLE QUOTATION MARK}\-]*|[0-9][0-9,.]*")
_YEAR = r"(?<![\p{N}\-/])((?:1[89]|20)\d\d)(?![\p{N}])"
# Double quotation marks only: single ones double as apostrophes.  (A class of characters,
# which the standard library's engine finds faster.)
_QUOTE_MARK = re.compile(
    '["\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}]"
)
# A photo credit ("REUTERS/Jo Roe") marks a caption; an agency in brackets
# before a dash ("BEIJING, Feb. 12 (Xinhua) --") marks a dateline, the lead of a story.
_CREDIT = regex.compile(
    r"(?<!\p{Lu})\p{Lu}{3,}+/\p{Lu}|\(\p{Lu}[\p{L}\- ]{1,30}\)\s*[-\N{EN DASH}\N{EM DASH}]"
)
# A caption's photo credit that ends it: "… Sheriff's Office/Handout via REUTERS",
# "… Indonesia. (Xinhua/Jane Doe)": after the slash only capitalised words and short
# lower-case ones ("via"), so "the U.S./Mexico border … the FBI." is no credit.
_credit_end = lazy_pattern(
    r"[\p{L}.]/(?:\p{Lu}[\p{L}'’]*+[\s.]++|\p{Ll}{1,3}+\s++){0,4}\p{Lu}{2,}+\.?\s*+$"
    r"|\(\p{Lu}\p{L}++/[^()\n]{1,40}\)\.?\s*+$"
)
_CREDIT_TAIL = 60
_YEAR_REACH = 25  # characters before the year of a paragraph's opening, at most
# "In 2014,", "In March 2014 the", "Since 2010,", "Back in 1998,": a year among the
# first words, before any comma or line break.
_OPENING = (
    r"[^,;:.!?\n\r\v\f\x85\u2028\u2029\"\N{LEFT DOUBLE QUOTATION MARK}"
    r"\N{DOUBLE LOW-9 QUOTATION MARK}"
    rf"\N{{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}}]{{0,{_YEAR_REACH}}}?"
)


@attrs.frozen
class _Years:
    """How a language prints years: the pattern of a year (its digits the group) and
    that of one among a paragraph's first words.  Where the lexicon gives the words that
    follow a year (:attr:`~newsstruct.lang.Lexicon.year_words`), a number of four digits
    before another lower-case word counts it (Russian ``2000 человек``): no year."""

    year: regex.Pattern[str]
    opening: regex.Pattern[str]

    def found(self, text: str) -> list[int]:
        """The years a text mentions (none where it has no "1" nor "2" to open one: most
        paragraphs are not searched)."""
        if "1" not in text and "2" not in text:
            return []
        # concurrent=False (the GIL kept across the matches): see quotes.tokens.tokenize
        return [int(y) for y in self.year.findall(text, None, None, False, False)]

    def reference(self, text: str) -> int | None:
        """The article's own year where its header dates it not: the latest year it mentions."""
        years = self.found(text)
        return max(years) if years else None

    def opens_with_past(self, line: str, reference: int | None) -> bool:
        """Whether a paragraph opens with a year before the article's (``In 2014,``)."""
        head = line[: _YEAR_REACH + 1]  # the year's first digit is there: most lines have none
        if reference is None or ("1" not in head and "2" not in head):
            return False
        found = self.opening.match(line)
        return found is not None and int(found.group(1)) < reference


def _years(lexicon: Lexicon) -> _Years:
    """The year patterns of a lexicon (built once per lexicon, by the cached :func:`_cues`)."""
    year = _YEAR
    if lexicon.year_words:
        words = "|".join(regex.escape(w) for w in sorted(lexicon.year_words, key=len, reverse=True))
        year += rf"(?![ \N{{NO-BREAK SPACE}}]++(?!(?i:{words})(?!\p{{L}}))\p{{Ll}})"
    return _Years(regex.compile(year, regex.V1), regex.compile(_OPENING + year, regex.V1))


# The background score of a paragraph of news after the lead: a logistic regression
# fitted on the NewsDiscourse train split (sentences labelled previous event, current
# context or historical event are background; Choubey et al., ACL 2020), its weights
# rounded to one decimal and its bias folded into the threshold.  Each paragraph's label
# is the share of its characters in background sentences and its weight its length, as
# the score counts characters (L2 penalty 1).  Features, in order: the 2nd and the 3rd
# paragraph of news (the main event goes on right after the lead); double quotation
# marks; foreground cues (speech, opinion, expectation) and background cues (time
# before, the past), each counted up to 4; years, up to 3; a year before the article's;
# numbers, up to 4; the share of past-tense words, times 5.  A paragraph scoring above
# the threshold is background: the threshold, in steps of 0.05, gives the best F1 on the
# train and validation splits among those keeping the precision of the earlier fit
# (0.64 on train, 0.67 on validation).  A paragraph without any cue is thus background
# from the 4th paragraph of news on.
_WEIGHTS = (-0.5, -0.3, -0.8, -0.6, 0.3, -0.3, 0.7, 0.3, 1.1)
_THRESHOLD = -0.25
# A paragraph that is mostly someone's quoted words ("\"The pier is shut. Nobody was
# hurt,\" Jo Roe wrote.") tells the news in a speaker's voice, however past its verbs:
# over 60% of its characters between double quotation marks lower its score by 0.5, a
# step added to the fit (the paragraphs of NewsDiscourse it turns to news are 2 of 8
# background on train, 0 of 3 on validation; F1 .722 -> .722, .711 -> .712).
_QUOTED_SHARE = 0.6
_QUOTED_PENALTY = 0.5
# Shorter paragraphs (subheads, captions, one-line remarks) are never weighed; one
# sentence of context takes 8 words ("The company was founded in 1952 in Ohio.").
_MIN_WORDS = 8
_MAX_CUES = 4


@attrs.frozen
class _CueSet:
    """Cue words (casefolded), the multi-word cues and each one's words (casefolded),
    which screen a paragraph before a pattern of the cues is run over it."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    phrase_words: tuple[tuple[str, ...], ...]

    def count(self, folded: Sequence[str], line: str, haystack: str) -> int:
        """How many of the cues a paragraph holds, up to 4: ``folded`` are its words
        casefolded (those that are no cue word may be left out), ``haystack`` the
        paragraph as :func:`fold_for_screen` gives it.  The pattern of the phrases,
        case-insensitive and tried at every position, costs more than all the rest: it
        holds only the phrases every word of which is in the paragraph (no other can
        match), and runs only where there is one."""
        found = sum(map(self.words.__contains__, folded))
        if self.phrases and found < _MAX_CUES:
            # maps that run in C: a generator per phrase costs as much as the test
            held = map(map, itertools.repeat(haystack.__contains__), self.phrase_words)
            present = tuple(itertools.compress(self.phrases, map(all, held)))
            if present:
                found += sum(1 for _ in _phrases(present).finditer(line))
        return min(found, _MAX_CUES)


def _cue_set(items: tuple[str, ...]) -> _CueSet:
    phrases = tuple(w for w in items if " " in w.strip())
    return _CueSet(
        frozenset(w.strip().casefold() for w in items if " " not in w.strip()),
        phrases,
        tuple(tuple(fold_for_screen(w).split()) for w in phrases),
    )


@attrs.frozen
class _Cues:
    """A lexicon's background and foreground cues, the cue words of both, its past
    suffixes and how it prints years."""

    background: _CueSet
    foreground: _CueSet
    words: frozenset[str]
    past_suffixes: tuple[str, ...]
    years: _Years


@functools.lru_cache(maxsize=64)
def _cues(lexicon: Lexicon) -> _Cues:
    background = _cue_set(lexicon.background_cues)
    foreground = _cue_set(lexicon.foreground_cues)
    return _Cues(
        background,
        foreground,
        background.words | foreground.words,
        tuple(s.casefold() for s in lexicon.past_suffixes),
        _years(lexicon),
    )


# The one character that casefolds to one of another class: a mark that becomes a letter.
_YPOGEGRAMMENI = "\N{COMBINING GREEK YPOGEGRAMMENI}"


def _folded_words(line: str) -> list[str]:
    """The words of a paragraph (:data:`_WORD`), casefolded: found in the paragraph
    casefolded at once, not casefolded one by one.  The words are the same: a letter
    casefolds to a letter and marks, any other character to characters of its own class,
    but for the ypogegrammeni, a mark that casefolds to a letter and could open a word
    of its own (where it is, each word is casefolded).  A paragraph of typeset ASCII
    (:func:`~newsstruct.lang.is_typeset_ascii`) has its words found by :data:`_ASCII_WORD`."""
    return _folded(line)[0]


def _folded(line: str) -> tuple[list[str], str | None]:
    """:func:`_folded_words`, and the paragraph as :func:`fold_for_screen` gives it where
    the words were found in that (typeset ASCII, which casefolds as it lowers and holds
    no dot above), else ``None``."""
    if is_typeset_ascii(line):
        lowered = line.lower()
        return _ASCII_WORD.findall(lowered), lowered
    # concurrent=False (the GIL kept across the matches): see quotes.tokens.tokenize
    if _YPOGEGRAMMENI in line:
        return list(map(str.casefold, _WORD.findall(line, None, None, False, False))), None
    return _WORD.findall(line.casefold(), None, None, False, False), None


def _background_features(
    line: str, news_index: int, cues: _Cues, reference: int | None
) -> tuple[float, ...] | None:
    """The features of :data:`_WEIGHTS` for one paragraph of news after the lead.

    ``None`` for a paragraph that is not weighed: a short one, a caption with a photo
    credit (within it or ending it), one with a dateline.
    """
    words, folded = _folded(line)
    if (
        len(words) < _MIN_WORDS
        or (
            ("/" in line or "(" in line)  # both need one
            and (
                _CREDIT.search(line) is not None
                or _credit_end().search(line[-_CREDIT_TAIL:]) is not None
            )
        )
    ):
        return None
    # counted by maps over the words, which run in C: these run for every paragraph
    numbers = sum(map(str.isdigit, map(_first, words)))
    past = 0
    if cues.past_suffixes:
        past = sum(map(str.endswith, words, itertools.repeat(cues.past_suffixes)))
    years = cues.years.found(line)
    haystack = ""
    if cues.background.phrases or cues.foreground.phrases:
        haystack = folded if folded is not None else fold_for_screen(line)
    cued = list(filter(cues.words.__contains__, words))  # the few words each set counts
    return (
        float(news_index == 1),
        float(news_index == 2),
        float(_QUOTE_MARK.search(line) is not None),
        float(cues.foreground.count(cued, line, haystack)),
        float(cues.background.count(cued, line, haystack)),
        float(min(len(years), 3)),
        float(reference is not None and any(y < reference for y in years)),
        float(min(numbers, 4)),
        5.0 * past / len(words),
    )


def _is_scored_background(line: str, news_index: int, cues: _Cues, reference: int | None) -> bool:
    """Whether a paragraph of news after the lead reads as background (see above); one
    wholly in quotation marks, or opened by one that no mark closes (a quote that goes on
    in the next paragraph), is someone's words, never."""
    if _QUOTE_MARK.match(line) is not None and (
        _QUOTE_MARK.match(line.rstrip()[-1:]) is not None or _QUOTE_MARK.search(line, 1) is None
    ):
        return False
    features = _background_features(line, news_index, cues, reference)
    if features is None:
        return False
    score: float = sum(map(operator.mul, _WEIGHTS, features))
    if features[2] and _THRESHOLD < score <= _THRESHOLD + _QUOTED_PENALTY:
        score -= _QUOTED_PENALTY * (_quoted_share(line) > _QUOTED_SHARE)
    return score > _THRESHOLD


def _quoted_share(line: str) -> float:
    """The share of a paragraph's characters between its double quotation marks, the
    marks paired in the order they stand (a mark left without its pair closes nothing)."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(line)]
    quoted = sum(close - start - 1 for start, close in zip(marks[::2], marks[1::2], strict=False))
    return quoted / len(line)


@functools.lru_cache(maxsize=64)
def _whole(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not patterns:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.V1 | regex.MULTILINE)


# A photo credit standing alone: "REUTERS/Valentyn Ogirenko", "John Smith/AFP".
_PHOTO_CREDIT = regex.compile(r"(?<!\p{Lu})\p{Lu}{2,}+/\p{Lu}|\p{L}/\p{Lu}{2,}+(?!\p{L})")
_MAX_CREDIT_WORDS = 8
# the most paragraphs a related stories' box with an end label holds (a label, a dozen
# headlines, the end label)
_MAX_BOX = 14
# a tag of markup left in the text, one with attributes ("<tweet author=…>"), a closing
# or an empty one ("</a>", "<tweet/>"): the paragraph is an embed or a link of the page,
# no text of the article's own; "<cake>" alone is text, and so is HTML's line break
# ("<br/>" in a paragraph that a line stopping mid-sentence joined: segment)
_markup_tag = lazy_pattern(
    r"<(?!(?i:br)[\s/>])(?:/\p{L}[\p{L}\p{N}_-]*+\s*+"
    r"|\p{L}[\p{L}\p{N}_-]*+(?:\s[^<>\n=]*+=[^<>\n]*+|\s*+/))>"
)


# A picture's caption closed by its credit in brackets, a photographer's name and an
# agency parted by a slash: "Rescuers reach the pier [Jo Roe/Reuters]", "… (Jo Roe/AP)"
_CREDITED_CAPTION = regex.compile(
    r"[\[(][ ]*+\p{Lu}[^\[\]()\n/]{0,60}+/[ ]*+\p{Lu}[^\[\]()\n/]{0,40}+[\])][ \t]*+$"
)


def _is_credited_caption(line: str) -> bool:
    """Whether a paragraph is a caption that its picture's credit closes (``… [Jo
    Roe/Reuters]``): body text that tells what the picture shows, never weighed as
    background."""
    return line.rstrip()[-1:] in ")]" and _CREDITED_CAPTION.search(line) is not None


# A wire's credit line standing alone: "(EFE)", "(AFP/dpa)"; or the desk's initials in
# lower case parted by slashes, as Indonesian sites sign a story: "(abc/dfg)"
_CREDIT_LINE = regex.compile(
    rf"\({CREDIT_LINE_BRACKET}\)\.?+|\(\p{{Ll}}{{2,5}}+(?:/\p{{Ll}}{{2,5}}+)++\)"
)


# A wire's sign-off alone on its line: a dash or two and its name ("— PTI", "-- BERNAMA",
# "- AFP."); the dashes screened for first
_SIGN_OFF_WORD = r"\p{Lu}[\p{L}\p{N}&'’\-/]*+"
_sign_off = lazy_pattern(
    rf"[ \t]*+[\-–—―]{{1,2}}+[ \t]*+(?P<name>{_SIGN_OFF_WORD}(?:[ ]{_SIGN_OFF_WORD}){{0,3}}+)"
    r"\.?+[ \t]*+"
)
_DASHES = frozenset("-–—―")


def _is_sign_off(line: str, lexicon: Lexicon, outlet: OutletRules | None) -> bool:
    """Whether a paragraph is a wire's sign-off, a dash and the name of a medium (the
    article's outlet, a medium of the language: :func:`~newsstruct.lang.is_outlet_name`)
    or of a wire that signs its copy (:func:`~newsstruct.outlets.is_credited_wire`):
    ``— PTI``, ``-- BERNAMA``; not a writer's, ``— Jo Roe``."""
    if line.lstrip()[:1] not in _DASHES:
        return False
    found = _sign_off().fullmatch(line)
    if found is None:
        return False
    name = found.group("name")
    return (
        is_credited_wire(name)
        or names_medium(name.casefold(), lexicon, outlet)
        or is_outlet_name(name, lexicon)
    )


# A contact's line under a story or a release: an e-mail address ("Jo Roe in Lornport at
# jroe@example.com", "press@acme.example") or a telephone number, international or with a
# dash in its last seven digits ("+1 555-0100", "Sam Poe, 555-0101", never a rate
# "151.2345"), in a few words besides it.  An
# address's name has 64 characters at most: the bound keeps the search linear where a
# long run of its characters holds no "@" (each position would read the run to its end)
_EMAIL = regex.compile(r"[\p{L}\p{N}._%+\-]{1,64}+@[\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)++")
_phone = lazy_pattern(
    r"(?<![\p{N}.,])(?:\+\d{1,3}[ .\-]?+(?:\(\d{1,4}\)[ .\-]?+)?+[\d .\-]{6,14}+"
    r"|\d{3}-\d{4})(?![\p{N}.,%])"
)
_MAX_CONTACT_WORDS = 10
_MAX_PHONE_WORDS = 5
_MAX_CHARS_PHONE = 60
_MAX_STOPPED_CONTACT_WORDS = 3
_QUOTE_MARKS = frozenset('"“”«»„')


def _is_contact(line: str) -> bool:
    """Whether a paragraph is a contact's line: a few words with an e-mail address or a
    telephone number, no quotation mark (``“Write to us at help@example.com,” she
    said`` is speech), and where a sentence's stop ends it, a label or a name at most
    besides the address (``E-mail: help@example.com.``; ``Jo Roe said readers could
    write to help@example.com.`` is prose)."""
    if "@" in line:
        found = _EMAIL.search(line)
        most = _MAX_CONTACT_WORDS
    elif len(line) <= _MAX_CHARS_PHONE and any(c.isdigit() for c in line):
        found = _phone().search(line)
        most = _MAX_PHONE_WORDS
    else:
        return False
    if found is None or not _QUOTE_MARKS.isdisjoint(line):
        return False
    # the words besides the address or number (a number's own digit groups are none)
    besides = len(_WORD.findall(f"{line[: found.start()]} {line[found.end() :]}"))
    return _few_words(line, besides, most)


def _few_words(line: str, words: int, most: int) -> bool:
    """Whether a line of a contact (:func:`_is_contact`) or of a block of contacts
    (:func:`_is_contact_entry`) that has ``words`` words is short enough: ``most`` at
    most, and where a sentence's stop ends it, a label or a name at most
    (``E-mail: help@example.com.``, ``Acme Robotics Inc.``)."""
    return words <= most and (
        line.rstrip()[-1:] not in SENTENCE_STOPS or words <= _MAX_STOPPED_CONTACT_WORDS
    )


def _is_furniture(line: str, boilerplate: _Openers, whole: regex.Pattern[str] | None) -> bool:
    """Whether a paragraph is page furniture: it opens with boilerplate words or a
    copyright sign, an outlet's furniture pattern matches it whole, it holds a markup
    tag (an embedded post, a link), it is a wire's credit in brackets or a photo credit.
    No-break and thin spaces count as plain ones (``Read\N{NO-BREAK SPACE}more``)."""
    line = plain_spaces(line)
    if (
        boilerplate.opens(line)
        or (line[:1] == "(" and _CREDIT_LINE.fullmatch(line))
        or line.lstrip()[:1] == "©"  # "© 2026 Harbour News. All rights reserved."
    ):
        return True
    if "<" in line and _markup_tag().search(line) is not None:
        return True
    if whole is not None and whole.fullmatch(line):
        return True
    if _is_contact(line):
        return True
    return (
        "/" in line  # a cheap test first: every photo credit has a slash
        and _PHOTO_CREDIT.search(line) is not None
        and len(_WORD.findall(line)) <= _MAX_CREDIT_WORDS
        and not line.rstrip().endswith(".")
    )


@attrs.frozen
class _Prompts:
    """A language's prompts (built once per language and outlet, by :func:`_role_rules`):
    its follow words as one tuple, for :meth:`str.startswith`, and the length of the
    longest; the openers of :attr:`Lexicon.boilerplate_prompts` and the pattern of one
    standing alone on its line or before a colon."""

    follow: tuple[str, ...]
    follow_reach: int
    openers: _Openers
    alone: regex.Pattern[str] | None


def _prompts(lexicon: Lexicon) -> _Prompts:
    """The :class:`_Prompts` of a language."""
    words = lexicon.boilerplate_prompts
    alone = None
    if words:
        alone = regex.compile(
            _LEADING + alternation(words, boundary=True) + r"[ \t]*+(?::|$)",
            regex.IGNORECASE | regex.V1,
        )
    return _Prompts(
        tuple(sorted(lexicon.follow_prompts)),
        max(map(len, lexicon.follow_prompts), default=0),
        _opener_patterns(words, ()),
        alone,
    )


def _is_follow_prompt(line: str, prompts: _Prompts, lexicon: Lexicon) -> bool:
    """Whether a paragraph is a social-media prompt, in quotation marks or not (``Follow
    Jo Roe on Twitter @jroe``, ``“Follow us on Facebook”``): it opens with a follow word,
    names a platform within a few words and holds no cue verb (``“Follow us,” she said``
    is speech)."""
    if not lexicon.follow_prompts:
        return False
    # a line that opens with an ASCII letter opens with its first word, so the line's
    # opening, casefolded, begins with that word: most lines need no search
    head = line[:1]
    if (
        head.isascii()
        and head.isalpha()
        and not line[: prompts.follow_reach].casefold().startswith(prompts.follow)
    ):
        return False
    first = _WORD.search(line)
    if first is None or first.group().casefold() not in lexicon.follow_prompts:
        return False  # most paragraphs: one search, no split of the whole line
    words = _folded_words(line)
    return any(w in lexicon.platform_words for w in words[1:_FOLLOW_REACH]) and not any(
        w in lexicon.cue_verbs for w in words
    )


def _is_prompt(line: str, prompts: _Prompts, lexicon: Lexicon) -> bool:
    """Whether a paragraph is a page's prompt or label (``Most read``, ``You may also be
    interested in:``): it opens with one of :attr:`Lexicon.boilerplate_prompts`, alone or
    before a colon, or in a paragraph with no cue verb (prose that opens with the words
    and reports speech is no furniture; the words themselves are no cue: ``Reporting
    from Lornport, Valmont``)."""
    end = prompts.openers.end(line)
    if end is None:
        return False
    return (prompts.alone is not None and prompts.alone.match(line) is not None) or not any(
        w in lexicon.cue_verbs for w in _folded_words(line[end:])
    )


# a label of a word or three alone on its line, perhaps with its colon ("Published",
# "Last updated:")
_DATE_LABEL = regex.compile(rf"[ \t]*+{DATE_LABEL}[ \t]*+:?+[ \t]*+")

_MAX_SHARE_WORDS = 8
_MAX_SHARE_CHARS = 80


def _is_share_row(line: str, lexicon: Lexicon) -> bool:
    """Whether a paragraph is a row of share buttons: a few words, at least two and half
    of them the names of social networks, and no sentence's end (``Facebook Twitter
    Email``, ``Поділитися: Telegram Viber``)."""
    if len(line) > _MAX_SHARE_CHARS or line.rstrip()[-1:] in _SENTENCE_END:
        return False
    words = _folded_words(line)
    platforms = sum(map(lexicon.platform_words.__contains__, words))
    return platforms >= 2 and len(words) <= _MAX_SHARE_WORDS and 2 * platforms >= len(words)


# emoji around a label ("📌 Recall", copy taken from a messenger channel)
_LABEL_EMOJI = regex.compile(rf"^{EMOJI_RUN}|{EMOJI_RUN}$")


def _label(text: str) -> str:
    if not text.isascii():
        text = _LABEL_EMOJI.sub("", text.strip(_LABEL_TRIM))
    return " ".join(text.strip(_LABEL_TRIM).split()).casefold()


_COLONS = (":", "\N{FULLWIDTH COLON}")


def _opens_with_label(line: str, labels: frozenset[str]) -> bool:
    """Whether a paragraph opens with one of the labels and its colon and goes on after
    them (``Довідка: міст збудували …``, ``Context: The bridge …``): the label run into
    the paragraph it heads."""
    head = line[: _MAX_LABEL + 1]
    colon = min((i for i in map(head.find, _COLONS) if i > 0), default=-1)
    return colon > 0 and _label(line[:colon]) in labels and bool(line[colon + 1 :].strip())


def _set(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(_label(w) for group in groups for w in group)


@functools.lru_cache(maxsize=64)
def _turn_labels(lexicon: Lexicon) -> frozenset[str]:
    """The labels of an interview's turns (``Q``, ``A``): a paragraph that opens with one
    and its colon is a question or an answer in the interviewee's own words, however
    past its verbs (``A: The rent doubled and the customers never came back.``), never
    weighed as background (NewsDiscourse holds no such turn)."""
    return _set(lexicon.interviewer_labels, lexicon.answer_labels)


def _opens_with_capitals(line: str) -> bool:
    """Whether a paragraph opens with a label in capitals and its colon and goes on after
    them: a transcript's speaker (``ROE: We had no choice.``), a picture's or a chart's
    label (``FILE PHOTO:``, ``GRAPHIC:``), a subhead run into its line.  Someone's words or
    the page's, never weighed as background (a background label in capitals,
    ``BACKGROUND:``, is read before)."""
    colon = line.find(":", 1, _MAX_LABEL + 1)
    return colon > 0 and line[:colon].isupper() and bool(line[colon + 1 :].strip())


_RoleRules = tuple[
    frozenset[str],
    frozenset[str],
    tuple[regex.Pattern[str], ...],
    _Openers,
    _Openers,
    regex.Pattern[str] | None,
    _Prompts,
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    _Openers,
    regex.Pattern[str] | None,
]


@functools.lru_cache(maxsize=64)
def _role_rules(lexicon: Lexicon, outlet: OutletRules | None) -> _RoleRules:
    """The labels and patterns of :func:`assign_roles` for a language and an outlet:
    background labels, other labels, quote label patterns, background openers,
    boilerplate openers, whole-paragraph furniture, the language's prompts, the labels
    of a related story, the boilerplate words as labels, the labels of other stories
    that announce them without a colon, the quote labels of the language and the
    outlet, and the openers of a paragraph of news (built once per pair)."""
    extra = outlet or OutletRules(name="")
    quoting = _set(lexicon.quote_labels, extra.quote_labels)
    return (
        _set(lexicon.background_markers, extra.background_markers),
        _set(lexicon.section_markers, extra.section_markers, quoting),
        compile_patterns(extra.quote_label_patterns),
        _opener_patterns(
            lexicon.background_openers, extra.background_openers, lexicon.background_reports
        ),
        _opener_patterns(lexicon.boilerplate, extra.boilerplate),
        _whole(extra.boilerplate_patterns),
        _prompts(lexicon),
        _set(extra.related_labels),
        _set(lexicon.boilerplate, extra.boilerplate),
        _set(lexicon.listing_labels, extra.related_labels),
        quoting,
        _opener_patterns(lexicon.news_openers, ()),
        _whole(extra.related_ends),
    )


def split_caption_labels(
    text: str, spans: Sequence[Span], outlet: OutletRules | None
) -> tuple[list[Span], frozenset[int]]:
    """The paragraphs, each that opens with one of the outlet's caption labels
    (:attr:`~newsstruct.outlets.OutletRules.caption_labels`: ``Image caption,``) and
    goes on after it split in two: the label and the caption; and the indices of the
    labels among them, those split off and those alone on their line."""
    labels = _whole(outlet.caption_labels) if outlet is not None else None
    if labels is None:
        return list(spans), frozenset()
    split: list[Span] = []
    found_labels: list[int] = []
    for span in spans:
        found = labels.match(text, span.start, span.end)
        caption = found.end() if found is not None else span.end
        while caption < span.end and text[caption].isspace():
            caption += 1
        if found is None or found.end() == span.start or caption >= span.end:
            if found is not None and found.start() < found.end() == span.end:
                found_labels.append(len(split))  # the label alone on its line
            split.append(span)
            continue
        found_labels.append(len(split))
        split += [Span(span.start, found.end()), Span(caption, span.end)]
    return split, frozenset(found_labels)


def assign_roles(
    text: str,
    spans: Sequence[Span],
    lexicon: Lexicon,
    outlet: OutletRules | None,
    *,
    title_paragraph: int | None = None,
    furniture: Iterable[int] = (),
    dateline_paragraph: int | None = None,
    dateline_whole: bool = False,
    dateline_below: bool = False,
    caption_labels: Collection[int] = (),
    year: int | None = None,
) -> tuple[Paragraph, ...]:
    """Give every paragraph its role (all but QUOTE).

    ``furniture`` are paragraphs the header step found to be page furniture (a bare
    crawl date line); ``dateline_below`` says that a dateline filling its paragraph goes
    on in the next (an agency's line above a place's: ``Укрінформ`` above ``Київ``), which
    is the dateline's too; ``caption_labels`` are the paragraphs that
    :func:`split_caption_labels` found to be a caption's label (the paragraph after each
    is a caption); ``year`` is the article's own year where its header dates it (``date
    2026-03-04``), else the latest year the text mentions is taken for it (a year that a
    plan or a target names, ``bis 2030``, is none of the article's where the header
    dates it: ``In 2026, the council …`` is news).
    """
    (
        background_labels,
        other_labels,
        quote_labels,
        openers,
        boilerplate,
        whole_furniture,
        prompts,
        related_labels,
        prompt_labels,
        listing_labels,
        quoting_labels,
        news_openers,
        related_end,
    ) = _role_rules(lexicon, outlet)
    page_furniture = set(furniture)
    first_line = dateline_paragraph if dateline_paragraph is not None else len(spans)
    dateline_lines = range(first_line, first_line + 1 + dateline_below)
    cues = _cues(lexicon)
    turn_labels = _turn_labels(lexicon)
    # An outlet that marks its background (UNN's "Recall") marks all of it: the
    # paragraphs before the marker are the news.
    lines = [text[span.start : span.end] for span in spans]  # each paragraph sliced once
    marked = any(len(line) <= _MAX_LABEL and _label(line) in background_labels for line in lines)
    scored = (
        not marked
        and not (outlet is not None and outlet.marks_background)
        and bool(lexicon.background_cues or lexicon.foreground_cues)
    )
    reference = year if year is not None else cues.years.reference(text)
    news_index = 0
    roles: list[Role] = []
    in_background = False
    lead_seen = False
    related = False  # the paragraph before is a related story's label
    prompted = False  # the paragraph before is a label of furniture
    listed = False  # this paragraph is a headline listed under such a label
    captioned = False  # the paragraph before is a caption's label ("Image caption,")
    quoted = False  # the paragraph before is a quote's label ("Цитата"): this one is its words
    marks_quote = False  # this paragraph is such a label
    box_end = -1  # the last paragraph of a related stories' box that an end label closes
    for index, line in enumerate(lines):
        label = _label(line) if len(line) <= _MAX_LABEL else ""
        if related_end is not None and label and label in related_labels and index > box_end:
            box_end = _box_end(lines, index, related_end, related_labels)
        if index == title_paragraph:
            role = Role.TITLE
        elif index <= box_end:
            role = Role.BOILERPLATE  # every headline of the box, whatever its shape
        elif related or (label and label in related_labels):
            role = Role.BOILERPLATE  # "Other Topics of Interest" and the headline after it
            # (and the headlines listed after that one: "Most Read from Bloomberg")
            listed = (
                related
                and outlet is not None
                and outlet.related_lists
                and _reads_as_headline(line, lexicon, quoted=False)
            )
        elif prompted and _reads_as_headline(line, lexicon, quoted=False):
            # "Read also:" or "Related:" above the headlines of other stories, one a line
            role = Role.BOILERPLATE
            listed = True
        elif index in page_furniture or (title_paragraph is not None and index < title_paragraph):
            role = Role.BOILERPLATE  # the date line, and page chrome above the headline
        elif dateline_whole and index in dateline_lines:
            role = Role.DATELINE
        elif label and label in background_labels:
            role = Role.MARKER
            in_background = True
        elif label and label in other_labels:
            role = Role.MARKER
            marks_quote = label in quoting_labels
        elif any(pattern.fullmatch(line.strip()) for pattern in quote_labels):
            role = Role.MARKER
            marks_quote = True
        elif (
            _is_furniture(line, boilerplate, whole_furniture)
            # (the paragraph after is read only before the lead: a byline's date line or
            # the writer's role, or the dateline that opens the story)
            or is_byline(
                line,
                lines[index + 1] if not lead_seen and index + 1 < len(spans) else "",
                above_story=not lead_seen and index + 1 == dateline_paragraph,
            )
            # the writer's role under a byline's name ("Jo Roe" above "Business reporter"),
            # or alone under the headline ("Special Correspondent")
            or (
                not lead_seen
                and roles[-1:] in ([Role.BOILERPLATE], [Role.TITLE])
                and is_writer_role(line)
            )
            # a medium's name alone above the story: the outlet's label ("Громадське")
            or (not lead_seen and bool(label) and names_medium(label, lexicon, outlet))
            or is_timestamp(line)
            or is_time_alone(line)  # a live page's time above a post ("10:15 GMT")
            # a date's label alone above the page's date line ("Published", "Last updated:")
            or (
                not lead_seen
                and len(line) <= _MAX_LABEL
                and _DATE_LABEL.fullmatch(line) is not None
                and index + 1 < len(lines)
                and is_timestamp(lines[index + 1])
            )
            or _is_follow_prompt(line, prompts, lexicon)
            or _is_prompt(line, prompts, lexicon)
            or _is_share_row(line, lexicon)
            or _is_sign_off(line, lexicon, outlet)
        ):
            role = Role.BOILERPLATE
        elif (
            not lead_seen
            and title_paragraph is not None
            and index == title_paragraph + 1
            and index + 2 < len(lines)
            and index != dateline_paragraph
            and (
                is_byline(lines[index + 1], lines[index + 2])
                or (is_timestamp(lines[index + 1]) and len(line.split()) <= _DECK_WORDS)
            )
        ):
            # the deck between the headline and the byline or the page's date line
            # ("Published On 9 Jun 2026"); not a lead that a dateline opens or a long
            # one, which some pages print above their date line
            role = Role.BOILERPLATE
        elif in_background or (
            not quoted and (openers.opens(line) or _opens_with_label(line, background_labels))
        ):
            # (but "Цитата" above "Раніше ...": the words quoted, whatever opens them)
            role = Role.BACKGROUND
        elif not lead_seen:
            # a caption or a reading time above the story is body, but not the lead (nor
            # a caption under its label: "Enlarge this image")
            lead = not captioned and _is_lead(lines, index, dateline_paragraph)
            role = Role.LEAD if lead else Role.BODY
        elif (
            not captioned
            and not quoted
            and not _is_credited_caption(line)
            and not _opens_with_label(line, turn_labels)
            and not _opens_with_capitals(line)
            and not news_openers.opens(line)  # "Speaking at the launch, X said …"
            and (
                cues.years.opens_with_past(line, reference)
                or (scored and _is_scored_background(line, news_index, cues, reference))
            )
        ):
            role = Role.BACKGROUND  # (a caption tells what a picture shows: never weighed)
        else:
            role = Role.BODY
        if role in (Role.LEAD, Role.BACKGROUND) or (role is Role.BODY and lead_seen):
            lead_seen = True
            news_index += 1
        related = bool(label) and label in related_labels and not related
        # a label of furniture that announces what follows with its colon ("Read also:",
        # "Читайте також:", or a longer one that opens with such words: "Read more from
        # Harbour Times:"), or one of other stories alone on its line ("Related"): the
        # line after it is the page's, when it reads as a headline
        prompted = (
            bool(label)
            and (
                label in listing_labels
                or (
                    (
                        label in prompt_labels
                        or (role is Role.BOILERPLATE and boilerplate.opens(line))
                    )
                    and line.rstrip().endswith(":")
                )
            )
        ) or (listed and not line.rstrip().endswith(":"))
        listed = False
        captioned = index in caption_labels
        quoted, marks_quote = marks_quote, False
        roles.append(role)
    if not lead_seen and Role.BODY in roles:
        # no paragraph of news ends a sentence (a crawl that lost its stops, a text of one
        # short paragraph): the first is the lead all the same
        roles[roles.index(Role.BODY)] = Role.LEAD
    _names_above_furniture(text, spans, roles)
    _tags_ending(lines, roles, lexicon)
    _contact_blocks(lines, roles)
    if outlet is not None and outlet.closing_patterns:
        _closing_section(lines, roles, _closing(outlet))
    if outlet is not None and outlet.related_endings:
        _related_endings(text, spans, roles, lexicon)
    return tuple(
        Paragraph(span=span, text=line, role=role)
        for span, line, role in zip(spans, lines, roles, strict=True)
    )


# What a sentence of news ends with: its stop in any script, or the closing mark or
# bracket after it.
_SENTENCE_END = frozenset(SENTENCE_STOPS + "\"'”»’)」』")
# A paragraph of this many words is news, whatever it ends with (a crawl may drop a stop).
_LEAD_WORDS = 30
# The most words of a deck above the page's date line (a lead is longer)
_DECK_WORDS = 25
# The glyphs that open an item of a list of key points above the story ("• Fares rise
# in May."); not a dash, which opens speech in many languages ("- We are ready - he said")
_BULLETS = frozenset("•‣▪▫■□●◦►▸▶➤✓✔")
# The round ones, which open nothing but a list's item: the others (■, ▶) open ordinary
# paragraphs in some crawls, and mark a key point only in a list of them
_ROUND_BULLETS = frozenset("•‣▪▫◦")


def _is_key_point(lines: Sequence[str], index: int) -> bool:
    """Whether the paragraph ``index`` is an item of a list of key points: a round bullet
    opens it (``• Fares rise in May.``), or another bullet opens it and the paragraph
    before or after it (``► Fares rise in May.`` above ``► Nobody loses a job.``; not
    ``■ LORNPORT — The ferry returned …`` above a paragraph of news)."""
    bullet = lines[index].lstrip()[:1]
    if bullet in _ROUND_BULLETS:
        return True
    return bullet in _BULLETS and any(
        0 <= other < len(lines) and lines[other].lstrip()[:1] in _BULLETS
        for other in (index - 1, index + 1)
    )


def _is_lead(lines: Sequence[str], index: int, dateline_paragraph: int | None) -> bool:
    """Whether the first paragraph of news not yet found can be the lead: it ends a
    sentence or is long (a caption, a byline's desk or a reading time above the story
    is neither: ``Image caption, Rescuers worked through the night``, ``3 minute
    read``), it is no key point above the story (:func:`_is_key_point`), and no dateline
    opens a later paragraph (``RIGA, March 3 (Reuters) -`` opens the lead)."""
    if dateline_paragraph is not None and index < dateline_paragraph:
        return False
    if _is_key_point(lines, index):
        return False
    line = lines[index]
    # words, not spaces: a wrapped line's trailing spaces add none, and a no-break space
    # parts two ("in\N{NO-BREAK SPACE}April")
    return line.rstrip()[-1:] in _SENTENCE_END or len(line.split()) > _LEAD_WORDS


_CLOSING = frozenset(".!?…:;,\"'”»“)")
_MAX_RELATED_WORDS = 25
_SPACED_DASH = regex.compile(r"\s[\-\N{EN DASH}\N{EM DASH}]\s")


def _names_above_furniture(text: str, spans: Sequence[Span], roles: list[Role]) -> None:
    """Give the role BOILERPLATE to a name alone right above a line of furniture before
    the lead (``Jo Roe`` above the writer's desk, ``RFE/RL's Belarus Service``): a byline."""
    lead = roles.index(Role.LEAD) if Role.LEAD in roles else len(roles)
    for index in range(min(lead, len(roles) - 1)):
        if (
            roles[index] is Role.BODY
            and roles[index + 1] is Role.BOILERPLATE
            and is_byline(spans[index].of(text), above_story=True)
        ):
            roles[index] = Role.BOILERPLATE


_MAX_ENTRY_WORDS = 8


def _is_contact_entry(line: str, role: Role) -> bool:
    """Whether a paragraph of news can be a line of a block of contacts: a name, a
    company, a label (``Jo Roe``, ``Acme Robotics Inc.``, ``Investors:``), a few words
    without quotation marks and, but for a short name, without a sentence's stop."""
    if role not in (Role.BODY, Role.BACKGROUND) or not _QUOTE_MARKS.isdisjoint(line):
        return False
    words = len(_WORD.findall(line))
    return words > 0 and _few_words(line, words, _MAX_ENTRY_WORDS)


_MAX_HEADING = 90  # a closing heading: ``About`` and a company's full name


@functools.lru_cache(maxsize=16)
def _closing(outlet: OutletRules) -> regex.Pattern[str] | None:
    return _whole(outlet.closing_patterns)


def _closing_section(
    lines: Sequence[str], roles: list[Role], closing: regex.Pattern[str] | None
) -> None:
    """Give the role BOILERPLATE to the heading after the lead that opens the page's
    closing furniture (:attr:`~newsstruct.outlets.OutletRules.closing_patterns`: a
    release's ``About Acme Corp``) and to every paragraph below it."""
    if closing is None or Role.LEAD not in roles:
        return
    for index in range(roles.index(Role.LEAD) + 1, len(lines)):
        line = lines[index]
        if len(line) <= _MAX_HEADING and closing.fullmatch(line) is not None:
            roles[index:] = [Role.BOILERPLATE] * (len(roles) - index)
            return


def _contact_blocks(lines: Sequence[str], roles: list[Role]) -> None:
    """Give the role BOILERPLATE to the names, companies and labels of a block of
    contacts under a release or a story (``Contacts`` / ``Investors:`` / ``Jo Roe`` /
    ``Acme Robotics`` / ``+1 503-555-0142``): the short lines (:func:`_is_contact_entry`)
    above a contact's line (:func:`_is_contact`), up to a line of furniture above them
    (the label ``Contacts``, another contact's line) or else up to the topmost label of
    theirs that a colon ends (``Media contact:``)."""
    for index in range(len(lines) - 1, 0, -1):
        if roles[index] is not Role.BOILERPLATE or not _is_contact(lines[index]):
            continue
        entries: list[int] = []
        above = index - 1
        while above >= 0 and _is_contact_entry(lines[above], roles[above]):
            entries.append(above)
            above -= 1
        if not (above >= 0 and roles[above] is Role.BOILERPLATE):
            # up to the topmost label of theirs
            labels = [n for n, e in enumerate(entries) if lines[e].rstrip().endswith(":")]
            entries = entries[: labels[-1] + 1] if labels else []
        for entry in entries:
            roles[entry] = Role.BOILERPLATE


_MAX_TAG_WORDS = 6


# A label of a word or three, its colon and a list of items of a few words each parted
# by commas, no stop at its end: a page's tags on one line, in any language ("Tags:
# Lornport, ferries", "Etiquetas: Lornport, temporal, puertos")
_TAG_ITEM = r"[^\s,.!?:;\"“”«»()]++(?:[ ][^\s,.!?:;\"“”«»()]++){0,3}+"
_labelled_list = lazy_pattern(
    rf"[ \t]*+\p{{L}}++(?:[ ]\p{{L}}++){{0,2}}+[ \t]*+:[ \t]*+{_TAG_ITEM}"
    rf"(?:[ \t]*+,[ \t]*+{_TAG_ITEM})++[ \t]*+"
)


def _tags_ending(lines: Sequence[str], roles: list[Role], lexicon: Lexicon) -> None:
    """Give the role BOILERPLATE to the page's tags that end a story under a label of
    furniture (``Explore more on these topics`` / ``Related topics``, then ``Lornport``,
    ``Ferry disasters``): the paragraphs of news to the end, each a few words that read
    as a headline, after a short paragraph of furniture that no closing mark but a colon
    ends (any such line is taken for the label); the page's furniture may follow them
    (``Share``, ``Reuse this content``).  So is the last paragraph of news where it is a
    label and its list of tags on one line (``Etiquetas: Lornport, temporal, puertos``)."""
    end = len(lines)
    while end > 0 and roles[end - 1] in (Role.BOILERPLATE, Role.MARKER):
        end -= 1
    if (
        end > 0
        and roles[end - 1] in (Role.BODY, Role.BACKGROUND)
        and _labelled_list().fullmatch(lines[end - 1]) is not None
        and not any(w in lexicon.cue_verbs for w in _folded_words(lines[end - 1].partition(":")[0]))
    ):
        # "Etiquetas: Lornport, temporal, puertos": the tags and their label on one line
        # (but "Roe added: Never again, not while I live": a cue before the colon, speech)
        roles[end - 1] = Role.BOILERPLATE
        return
    index = end
    while index > 0 and roles[index - 1] in (Role.BODY, Role.BACKGROUND):
        line = lines[index - 1]
        if len(_WORD.findall(line)) > _MAX_TAG_WORDS or not _reads_as_headline(line, lexicon):
            return
        index -= 1
    label = lines[index - 1] if index > 0 else ""
    if (
        index == end
        or roles[index - 1] is not Role.BOILERPLATE
        or len(label) > _MAX_LABEL
        or label.rstrip()[-1:] in _CLOSING.difference(":")  # "Tags:" is a label too
    ):
        return
    roles[index:end] = [Role.BOILERPLATE] * (end - index)


# the count of headlines a related box's label gives ("list of 2 items")
_COUNT = regex.compile(r"\d++")


def _box_end(
    lines: Sequence[str], label: int, end: regex.Pattern[str], labels: frozenset[str]
) -> int:
    """The last paragraph of the related stories' box whose label is the paragraph
    ``label``: the first within :data:`_MAX_BOX` paragraphs whose last line ``end``
    matches whole (``end of list``, run into the last headline's paragraph or not); where
    a crawl dropped that line, the one before the next box's label (one of ``labels``)
    or the one that holds the label's count of headlines (``list of 2 items``), and the
    story after it is news; ``label`` itself where none does."""
    count = _COUNT.search(lines[label])
    wanted = int(count.group()) if count else len(lines)
    seen = 0
    stop = min(len(lines), label + _MAX_BOX + 1)
    for index in range(label, stop):
        if index > label and len(lines[index]) <= _MAX_LABEL and _label(lines[index]) in labels:
            return index - 1
        if end.fullmatch(lines[index].rsplit("\n", 1)[-1].strip()):
            return index
        if index > label:
            seen += lines[index].strip().count("\n") + 1
        if seen >= wanted:
            after = index + 1
            closed = after < len(lines) and end.fullmatch(lines[after].strip())
            return after if closed else index
    return label


def _reads_as_headline(line: str, lexicon: Lexicon, *, quoted: bool = True) -> bool:
    """Whether a paragraph reads as a headline: it opens with a capital and ends without
    punctuation, in a few words, none of the first person (a quote without marks; unless
    not ``quoted``, a line listed under a label of furniture: ``Storm Ada: What we know``
    under ``Related:``), and no spaced dash (``A - the company said``: a quote)."""
    line = line.strip()
    words = _WORD.findall(line, None, None, False, False)
    return (
        bool(line)
        and line[-1] not in _CLOSING
        and line[0].isupper()
        and 0 < len(words) <= _MAX_RELATED_WORDS
        and not (quoted and any(w.casefold() in lexicon.first_person for w in words))
        and _SPACED_DASH.search(line) is None
    )


def _related_endings(text: str, spans: Sequence[Span], roles: list[Role], lexicon: Lexicon) -> None:
    """Give the role BOILERPLATE to the related stories' headlines that end a story:
    the last paragraphs of news, before any furniture, that end without punctuation,
    hold no word of the first person (a quote without marks) and read as a headline."""
    index = len(spans) - 1
    while index >= 0 and roles[index] is Role.BOILERPLATE:
        index -= 1
    while index > 0 and roles[index] in (Role.BODY, Role.BACKGROUND):
        if not _reads_as_headline(spans[index].of(text), lexicon):
            return
        roles[index] = Role.BOILERPLATE
        index -= 1


def mark_quote_paragraphs(
    paragraphs: tuple[Paragraph, ...], quotes: Sequence[Quote]
) -> tuple[Paragraph, ...]:
    """Give the role QUOTE to news paragraphs that are wholly one direct quote."""
    whole: set[int] = set()
    for quote in quotes:
        if quote.kind is not QuoteKind.DIRECT:
            continue
        paragraph = paragraphs[quote.paragraph]
        outside = len(paragraph.span) - len(quote.span)
        if outside <= 3 and paragraph.span.contains(quote.span):
            whole.add(quote.paragraph)
    if not whole:
        return paragraphs
    return tuple(
        Paragraph(p.span, p.text, Role.QUOTE)
        if i in whole and p.role in (Role.LEAD, Role.BODY)
        else p
        for i, p in enumerate(paragraphs)
    )
