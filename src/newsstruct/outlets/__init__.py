"""Outlet rule sets: what one outlet adds to the generic rules, and the registry of them.

An outlet is described by one frozen :class:`OutletRules`: how to recognise its
articles, and the datelines, boilerplate, background markers and quote conventions it
adds.  The generic rules always apply; an outlet only adds to them.

Built-in outlets are registered explicitly; third-party packages publish theirs through
the entry-point group ``newsstruct.outlets``, which is read on the first lookup, not at
import::

    [project.entry-points."newsstruct.outlets"]
    examplewire = "newsstruct_examplewire:RULES"

``docs/outlets.md`` ("Write an outlet plugin") walks through one; ``tests/plugin_example``
is that plugin as an installable package.

>>> from newsstruct import outlets
>>> "unn" in outlets.available()
True
>>> outlets.get("unn").languages
('en', 'uk', 'ru')
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
import warnings
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.errors import OutletLoadError, UnknownOutletError
from newsstruct.lang import case_forms
from newsstruct.outlets._fragments import (
    CREDITED_WIRES,
    EMOJI_RUN,
    EMPHASIS_LINE,
    INVISIBLE_CHARACTER,
    LINE_TAG,
    NAMED_GROUP,
)

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from newsstruct.lang import Lexicon

__all__ = [
    "BUILTINS",
    "ENTRY_POINT_GROUP",
    "OutletRules",
    "Registry",
    "available",
    "compile_patterns",
    "default_registry",
    "get",
    "is_credited_wire",
    "names_medium",
    "own_names",
    "plain_lines",
    "plain_spaces",
    "register",
    "self_name_forms",
]

#: The entry-point group third-party outlet plugins declare.
ENTRY_POINT_GROUP = "newsstruct.outlets"

#: The outlet modules shipped with newsstruct; each defines ``RULES``.
BUILTINS: tuple[str, ...] = tuple(
    f"newsstruct.outlets.{name}"
    for name in (
        "aa",
        "acn",
        "afp",
        "agerpres",
        "al_jazeera",
        "anp",
        "apa",
        "ansa",
        "ap",
        "ape_mpe",
        "bbc",
        "belta",
        "beta",
        "bloomberg",
        "bta",
        "businesswire",
        "censor",
        "cna",
        "cnn",
        "ctk",
        "dpa",
        "dw",
        "efe",
        "euronews",
        "europa_press",
        "fox_news",
        "france24",
        "globenewswire",
        "guardian",
        "hina",
        "hromadske",
        "interfax",
        "interfax_ukraine",
        "kanal24",
        "keystone_sda",
        "kommersant",
        "kyiv_independent",
        "kyiv_post",
        "kyodo",
        "leta",
        "liga",
        "lusa",
        "meduza",
        "mia",
        "mti",
        "newsroom",
        "npr",
        "ntb",
        "pap",
        "prnewswire",
        "rbc_ukraine",
        "reuters",
        "rferl",
        "ria",
        "ritzau",
        "sta",
        "stt",
        "suspilne",
        "tanjug",
        "tasr",
        "tass",
        "tsn",
        "tt",
        "ukrainska_pravda",
        "ukrinform",
        "unian",
        "unn",
        "xinhua",
    )
)


def _patterns(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(cache_hash=True)
class OutletRules:
    """What one outlet adds to the generic rules, as data.

    Patterns are regular expressions (the ``regex`` dialect), compiled once with
    ``VERSION1``, ``IGNORECASE`` off and ``MULTILINE`` on.
    """

    name: str
    """The outlet's slug (``"unn"``); ``Article.outlet`` carries it."""
    title: str = ""
    """The outlet's name for people."""
    languages: tuple[str, ...] = ()
    """The languages the outlet publishes in (ISO 639-1)."""
    signs: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns whose presence in the head or tail of an article points to the outlet.

    A sign that starts with fixed letters is found by a fast search for them; one that
    starts with a class (``[Aa]s``) is tried at every position, about ten times slower:
    put such words in a lookbehind before the name (``(?<=\\b[Aa]s\\s+)Ukrinform``)."""
    dateline_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Dateline patterns with named groups ``place``, ``agency`` and ``date``; each
    matches at the start of a line and ends before the trailing separator.  A pattern
    with an empty group ``known`` (``\\((?P<known>)(?P<agency>…)\\)``) takes only a
    known agency: one that names a medium (:func:`names_medium`) or a national wire."""
    self_names: tuple[str, ...] = ()
    """Names the outlet calls itself: a credit to one of them is no attribution."""
    boilerplate: tuple[str, ...] = ()
    """Opening words of the outlet's page furniture."""
    background_markers: tuple[str, ...] = ()
    """Standalone labels after which the outlet gives background."""
    background_openers: tuple[str, ...] = ()
    """Opening words of the outlet's background paragraphs."""
    marks_background: bool = False
    """Whether the outlet opens all its background with a marker or an opener ("Recall",
    "As Ukrinform reported,"): its other paragraphs after the lead are news, never
    weighed as background by their wording (only a past year opening one makes it
    context)."""
    section_markers: tuple[str, ...] = ()
    """Standalone labels that are not background (``Details``)."""
    quote_labels: tuple[str, ...] = ()
    """Labels that make the next paragraph a direct quote (``Quote:``), or, with a colon
    at a paragraph's start, the words after them (``Quote: "We are ready."``)."""
    source_labels: tuple[str, ...] = ()
    """Labels that, with a colon, open a line naming the source of what follows
    (``Source: Zelenskyy on Telegram``): the source speaks the quotes of the unnamed
    quote labels after it, and is credited when it is an outlet."""
    bare_quote_paragraphs: bool = False
    """Whether the outlet sets quotes as paragraphs of their own without marks."""
    boilerplate_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns that a whole paragraph of page furniture matches from start to end, for
    furniture no opening words tell: an editor's initials as sign-off (``ks``), a view
    counter (``• 48729 переглядів``), a rubric or timestamp line in the header, a
    picture credit (``Image source, Getty Images``)."""
    quote_label_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns that a whole standalone label matches when it makes the next paragraph
    a direct quote and names who speaks (``Quote from Zelensky:``), or that open a
    paragraph whose words after them are the quote; the named group ``speaker`` holds
    the name.  Labels without a name are ``quote_labels``."""
    closing_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns that a whole paragraph after the lead matches when it heads the page's
    closing furniture: it and every paragraph after it are furniture (a release's
    ``About Acme Corp`` above the issuer's description, the legal notice and the
    contacts)."""
    related_endings: bool = False
    """Whether stories may end with related stories' headlines (no closing punctuation)
    before the page chrome: they are furniture, not background."""
    published_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns of a dated byline in the header that give the article's date when no
    crawl date line does (``Monday, 28 February 2022, 08:28``, ``10:15 24.11.2025``):
    named groups ``day``, ``month`` (a number or a month name of the language) and
    ``year``."""
    credit_patterns: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns of the outlet's lines that credit the wires a story draws on
    (``ab/jsi (AP, Reuters)``, ``(FRANCE 24 with AFP)``, ``With reporting by Reuters and
    AFP``): the named group ``names`` holds the list of credited names; those that name
    an outlet are attributions."""
    related_labels: tuple[str, ...] = ()
    """Standalone labels that introduce one related story (``Other Topics of
    Interest``): the label and the headline after it are furniture."""
    related_ends: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns that the last line of a related stories' box matches whole (Al
    Jazeera's ``end of list``): every paragraph from a label of :attr:`related_labels`
    to that line is furniture, whatever its shape (``What next for Lornport?``)."""
    related_lists: bool = False
    """Whether a label of :attr:`related_labels` heads a list of several headlines, one a
    line (``Most Read from Bloomberg``): every line after the label that reads as a
    headline is furniture too, not the first alone (a crosshead after the one related
    headline stays the story's)."""
    caption_labels: tuple[str, ...] = attrs.field(converter=_patterns, default=())
    """Patterns of a label that opens a picture's or a video's caption on its line
    (``Image caption,``): the label is a paragraph of its own, the caption after it
    another (body text, where quotes are read without the label)."""


@functools.cache
def own_names(outlet: OutletRules | None) -> frozenset[str]:
    """The names an outlet goes by, casefolded: its slug, its title and its
    :attr:`~OutletRules.self_names` (none without an outlet); read once per outlet."""
    if outlet is None:
        return frozenset()
    names = (outlet.name, outlet.title, *outlet.self_names)
    return frozenset(n.casefold() for n in names if n)


# Spaces other than U+0020 that crawled pages print between words: no-break, narrow
# no-break, thin and figure spaces (``Kyiv\N{NO-BREAK SPACE}• UNN``).
_ODD_SPACES = "\u00a0\u202f\u2009\u2007"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")


def plain_spaces(text: str) -> str:
    """``text`` with every no-break, narrow no-break, thin and figure space as a plain
    space, for the outlets' signs and datelines, which write ``[ ]``: one character for
    one, so a match's offsets hold in ``text`` (``text`` itself where it holds none).  A
    substitution, not ``str.translate``: a translation table of a dict looks up every
    character of the text in it (a 3,000-character article: 200 us); and only where one
    is found by ``in``, which reads a text that is not ASCII two hundred times faster than
    the pattern (a 3,000-character German article: 0.2 us, the search 40)."""
    if text.isascii() or not any(space in text for space in _ODD_SPACES):
        return text
    return _ODD_SPACE.sub(" ", text)


# The signs read lines by ``^`` and ``$``, which know only the line feed: a carriage
# return (``\r\n``, ``\r``) and the line and paragraph separators end a line too, and a
# byte-order mark before the first line is no part of it (read as an empty line before it).
_ODD_LINE_ENDS = "\r\u2028\u2029\ufeff"
_ODD_LINE_END = re.compile(f"[{_ODD_LINE_ENDS}]")
# HTML's line break and paragraph tags end a line too: spaces, then a line feed at ">".
_LINE_TAG = regex.compile(LINE_TAG)
# Emoji are spaces: a line that opens with them ("🇺🇦 Kyiv • UNN", copy from a messenger
# channel) opens with its text.  Screened for in the head, where the datelines stand, by
# the blocks that hold them (stdlib: a class of ranges is fastest; _EMOJI tells the
# symbols there that are none apart).
_EMOJI = regex.compile(EMOJI_RUN)
_EMOJI_SCREEN = re.compile("[\u231a-\u2b55\ufe0f\U0001f000-\U0001faff]")
_EMOJI_REACH = 500
# Markdown's emphasis around a whole line is spaces, as the paragraphs read it
# ("**Kyiv • UNN**")
_emphasised = lazy_pattern(rf"(?m)^[ \t]*+(?:{EMPHASIS_LINE})[ \t]*+$")


def plain_lines(text: str) -> str:
    """``text`` with every line ending and byte-order mark a line feed (HTML's line
    break and paragraph tags spaces and a line feed), Markdown's
    emphasis around a whole line and every emoji (where the head has one) spaces, one
    character for one, for the signs (``text`` itself where it holds none; see
    :func:`plain_spaces`)."""
    if any(ending in text for ending in _ODD_LINE_ENDS):  # (see plain_spaces)
        text = _ODD_LINE_END.sub("\n", text)
    if "<" in text:
        text = _LINE_TAG.sub(_tag_spaces, text)
    if "*" in text or "_" in text:
        text = _emphasised().sub(_emphasis_spaces, text)
    if _EMOJI_SCREEN.search(text, 0, _EMOJI_REACH) is None:
        return text
    return _EMOJI.sub(_spaces, text)


def _tag_spaces(found: regex.Match[str]) -> str:
    return " " * (len(found.group()) - 1) + "\n"


def _emphasis_spaces(found: regex.Match[str]) -> str:
    inner = found.group("inner")
    return (
        " " * (found.start("inner") - found.start())
        + inner
        + " " * (found.end() - found.end("inner"))
    )


def _spaces(found: regex.Match[str]) -> str:
    return " " * len(found.group())


@functools.lru_cache(maxsize=64)
def self_name_forms(outlet: OutletRules | None, lexicon: Lexicon) -> frozenset[str]:
    """The outlet's :attr:`~OutletRules.self_names`, casefolded, each also with its last
    word in every case of the lexicon (:func:`~newsstruct.lang.case_forms` with
    :attr:`~newsstruct.lang.Lexicon.role_case_endings`: ``кореспондент
    Інтерфакс-України``, ``на 24 каналі``; a last word that is a domain or ends in a digit is
    kept as written); none without an outlet."""
    if outlet is None:
        return frozenset()
    forms: set[str] = set()
    for name in filter(str.strip, outlet.self_names):
        *head, last = name.casefold().split()
        if "." in last or not last[-1].isalpha():
            forms.add(" ".join((*head, last)))  # a domain or a number takes no case ending
            continue
        forms.update(
            " ".join((*head, form)) for form in case_forms(last, lexicon.role_case_endings)
        )
    return frozenset(forms)


def names_medium(word: str, lexicon: Lexicon, outlet: OutletRules | None) -> bool:
    """Whether a casefolded word or name names a medium: a media word of the lexicon
    (``reuters``, ``тасс``) or one of the article's outlet's own names (:func:`own_names`)."""
    return word in lexicon.media_words or word in own_names(outlet)


def is_credited_wire(name: str) -> bool:
    """Whether a name, in any case, is one of the wires that sign their copy and are
    credited there (:data:`~newsstruct.outlets._fragments.CREDITED_WIRES`).

    >>> is_credited_wire("PTI"), is_credited_wire("Jo Roe")
    (True, False)
    """
    return name.casefold() in CREDITED_WIRES


@functools.lru_cache(maxsize=256)
def compile_patterns(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """Compile an outlet's patterns once (``regex`` dialect, ``VERSION1``)."""
    return tuple(regex.compile(p, regex.V1) for p in patterns)


def _load(target: str) -> OutletRules:
    """Import ``module`` or ``module:attribute`` and return the rules it names."""
    module_name, _, attribute = target.partition(":")
    module = importlib.import_module(module_name)
    rules = getattr(module, attribute or "RULES")
    if isinstance(rules, type):
        rules = rules()
    if not isinstance(rules, OutletRules):
        raise TypeError(f"{target} is not an OutletRules but {type(rules).__name__}")
    return rules


_AGENCY = "agency"  # the dateline group that names the agency
_DATELINE_GROUPS = frozenset({"place", _AGENCY, "date"})
_CREDIT_GROUPS = frozenset({"names"})


def _check_patterns(rules: OutletRules) -> None:
    """Refuse rules whose patterns do not compile, so that a broken plugin fails to
    load (and is reported) instead of failing later, in the middle of a parse.

    Raises:
        ValueError: a pattern does not compile, a dateline pattern names none of the
            groups ``place``, ``agency`` and ``date``, or a credit pattern has no group
            ``names``.
    """
    fields = {
        "signs": rules.signs,
        "dateline_patterns": rules.dateline_patterns,
        "boilerplate_patterns": rules.boilerplate_patterns,
        "closing_patterns": rules.closing_patterns,
        "quote_label_patterns": rules.quote_label_patterns,
        "published_patterns": rules.published_patterns,
        "credit_patterns": rules.credit_patterns,
        "caption_labels": rules.caption_labels,
    }
    for field, patterns in fields.items():
        for pattern in patterns:
            try:
                compiled = regex.compile(pattern, regex.V1 | regex.M)
            except (regex.error, TypeError) as error:
                raise ValueError(
                    f"outlet {rules.name!r}: {field} pattern {pattern!r} does not compile: {error}"
                ) from error
            if field == "dateline_patterns" and not _DATELINE_GROUPS & set(compiled.groupindex):
                raise ValueError(
                    f"outlet {rules.name!r}: dateline pattern {pattern!r} names none of the "
                    f"groups {', '.join(sorted(_DATELINE_GROUPS))}"
                )
            if field == "credit_patterns" and not set(compiled.groupindex) >= _CREDIT_GROUPS:
                raise ValueError(
                    f"outlet {rules.name!r}: credit pattern {pattern!r} has no group 'names'"
                )


# A reference to a group by number or name, or a call of one ((?1), (?&name), (?P>name),
# (?R)), which joining signs in one pattern would break: such a sign is always searched
# on its own.
_REFERENCE = regex.compile(r"\\[1-9]|\\g<|\(\?P[=>]|\(\?\(|\(\?(?:[+-]?+\d|R\)|&)")
# The blanks a line-start sign may open with, longest first: possessive, then greedy.
_LINE_STARTS = ("^[ \\t]*+", "^[ \\t]*")


def _line_start(sign: str) -> str:
    """The opening of :data:`_LINE_STARTS` a line-start sign's pattern begins with, or
    "": one that no quantifier's mark follows (the rest is a pattern of its own), in a
    pattern with no alternative outside brackets (``^[ \\t]*A|B`` does not open with it
    in ``B``), nor any comment (``#``, ``(?#…)``).  Signs with one opening match where
    it and any of their rests do."""
    opening = next((o for o in _LINE_STARTS if sign.startswith(o)), "")
    return opening if opening and _opens_every_match(sign, len(opening)) else ""


def _first_literal(sign: str) -> str:
    """The character every match of a sign's pattern opens with, where the pattern opens
    with it, as is or escaped (``\\(``, ``©``), and no quantifier's mark follows it, in a
    pattern with no alternative outside brackets nor any comment; else ""."""
    if sign[:1] == "\\" and sign[1:2] and not sign[1].isalnum():
        literal = sign[:2]  # an escaped character: "\\(", "\\."
    elif sign[:1] and sign[0] not in _METACHARACTERS:
        literal = sign[:1]
    else:
        return ""
    return literal if _opens_every_match(sign, len(literal)) else ""


def _after_zero_width(sign: str) -> str:
    """A sign's pattern after the word boundaries and lookbehinds it opens with, which
    match no character: its first literal (:func:`_first_literal`) is the character its
    matches open with (``U`` of ``\\bUNN\\b``, ``(?<=As )UNIAN``)."""
    while True:
        if sign.startswith("\\b"):
            sign = sign[2:]
        elif sign.startswith(("(?<=", "(?<!")):
            end = _group_end(sign)
            if end is None:
                return sign
            sign = sign[end:]
        else:
            return sign


def _group_end(sign: str) -> int | None:
    """The index after the bracket that closes the group ``sign`` opens with, or
    ``None``."""
    depth = 0
    for at, char in _bare_characters(sign):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
    return None


# the characters that stand for more than themselves at a pattern's start
_METACHARACTERS = frozenset("\\.^$*+?{}[]|()")


def _opens_every_match(sign: str, length: int) -> bool:
    """Whether the first ``length`` characters of a sign's pattern open every match of
    it: no quantifier's mark follows them and no alternative outside brackets nor any
    comment (``#``, ``(?#…)``) is in the pattern."""
    if sign[length : length + 1] in ("", "+", "?", "*", "{") or "#" in sign:
        return False
    depth = 0
    for _at, char in _bare_characters(sign):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


def _bare_characters(sign: str) -> Iterator[tuple[int, str]]:
    """The characters of a sign's pattern that are neither escaped nor in a set (of the
    regex module's V1 syntax, whose sets nest), with their indices: the brackets and
    bars that group its parts and part its alternatives."""
    escaped = False
    in_set = 0
    for at, char in enumerate(sign):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_set += 1
        elif char == "]" and in_set:
            in_set -= 1
        elif not in_set:
            yield at, char


# What a sign needs for a match: where a sign is written as literal words and marks
# around its classes and groups ("\(Harbour[ ]Wire\)"), every match holds them; a text
# that holds none of them is not searched for the sign (see _Screens).  The escapes that
# stand for one literal character by its code or refer to a group or a named list, and
# comments, are not read: a sign that holds one needs nothing (it is always searched).
_UNREAD_ESCAPES = frozenset("xuUogkKL0123456789")
_PROPERTY_ESCAPES = frozenset("pP")  # a property: "\p{Lu}", "\pL"
_BRACED_ESCAPES = _PROPERTY_ESCAPES | {"N"}  # "\N{BULLET}" too
_QUANTIFIED = regex.compile(r"[*+?]|\{\d*+(?:,\d*+)?+\}")
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _needs(sign: str) -> tuple[str, ...]:
    """Literals one of which every match of a sign's pattern holds, or () where none is
    read: the longest run of literal characters that the pattern consumes outside any
    group, alternative or quantifier (``\\(Harbour[ ]Wire\\)``: ``(Harbour Wire)``), or
    the alternatives of a group of literals alone (``(?:HW|Harbour[ ]Wire)``), whichever
    has the longer shortest member.  Read as the ``regex`` module's V1 syntax, without
    ``IGNORECASE`` (an inline flag or a comment: nothing read)."""
    if "#" in sign:
        return ()
    runs: list[str] = []  # the runs of literal characters, in order
    choices: list[tuple[str, ...]] = []  # the groups of literal alternatives
    run: list[str] = []
    at, size = 0, len(sign)
    while at < size:
        char = sign[at]
        literal: str | None = None  # the one character the item consumes, if literal
        alternatives: tuple[str, ...] = ()
        if char == "\\":
            following = sign[at + 1 : at + 2]
            if not following or following in _UNREAD_ESCAPES:
                return ()
            if not following.isalnum():
                literal, end = following, at + 2
            elif following in _BRACED_ESCAPES and sign.startswith("{", at + 2):
                brace = sign.find("}", at + 2)
                if brace < 0:
                    return ()
                end = brace + 1
            elif following in _PROPERTY_ESCAPES:
                end = at + 3  # a property of one letter: "\pL"
            else:
                end = at + 2  # a class (\s, \d, \p{L}…) or an assertion (\b)
        elif char == "[":
            set_end = _set_end(sign, at)
            if set_end is None:
                return ()
            inner = sign[at + 1 : set_end - 1]
            if len(inner) == 1 and inner not in _METACHARACTERS and inner not in "^-&~|":
                literal = inner  # "[ ]": a space
            end = set_end
        elif char == "(":
            group_end = _group_end(sign[at:])
            if group_end is None:
                return ()
            end = at + group_end
            group = sign[at:end]
            if group.startswith("(?") and not group.startswith(("(?:", *_LOOKAROUNDS)):
                named = NAMED_GROUP.match(group)
                if named is None:
                    # an inline flag, scoped or not, an atomic group, a branch reset:
                    # a flag may change what the rest matches
                    if not group.startswith(("(?>", "(?|")) and ":" not in group[:8]:
                        return ()
                else:
                    alternatives = _literal_alternatives(group[named.end() : -1])
            elif not group.startswith(_LOOKAROUNDS):
                inner = group[3:-1] if group.startswith("(?:") else group[1:-1]
                alternatives = _literal_alternatives(inner)
        elif char == "|":
            return ()  # an alternative outside any group: the rest may match alone
        elif char in _METACHARACTERS:
            if char == ")":
                return ()
            end = at + 1  # ".", "^", "$" (a quantifier without an item: none here)
        else:
            literal, end = char, at + 1
        quantified = _QUANTIFIED.match(sign, end)
        if quantified is not None:
            end = quantified.end()
            if sign[end : end + 1] in ("?", "+"):
                end += 1  # lazy or possessive
            literal, alternatives = None, ()
        if literal is None:
            if run:
                runs.append("".join(run))
                run = []
            if alternatives:
                choices.append(alternatives)
        else:
            run.append(literal)
        at = end
    if run:
        runs.append("".join(run))
    best: tuple[str, ...] = ()
    best_size = 0
    for found in [(r,) for r in runs] + choices:
        shortest = min(map(len, found))
        if shortest > best_size:
            best, best_size = found, shortest
    return best


def _set_end(sign: str, at: int) -> int | None:
    """The index after the set that opens at ``at`` (sets nest in V1; a ``]`` right after
    the opening, or after its ``^``, is a member)."""
    depth, index = 0, at
    while index < len(sign):
        char = sign[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
            index += 1
            if sign.startswith("^", index):
                index += 1
            if sign.startswith("]", index):
                index += 1
            continue
        if char == "]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def _literal_alternatives(inner: str) -> tuple[str, ...]:
    """The alternatives of a group's pattern where each is literal characters alone
    (``HW|Harbour[ ]Wire``), else ()."""
    found: list[str] = []
    for alternative in inner.split("|"):
        if not alternative or "\\" in alternative:
            return ()  # (an escaped bar would part it wrongly: none read)
        plain = alternative.replace("[ ]", " ")
        if any(c in _METACHARACTERS for c in plain):
            return ()
        found.append(plain)
    return tuple(found)


@functools.cache
def _sign(pattern: str) -> regex.Pattern[str]:
    """A sign's or a dateline's pattern compiled (``V1`` and ``MULTILINE``), on its first
    use: detection tries most signs only where a screen of them matches
    (:class:`_Screens`), in one article in many, and an outlet's datelines only to rank
    it.  The registry compiled the built-ins' two hundred and more when it was made, and
    checked the rest of their patterns: a third of the first parse (issue #7)."""
    return regex.compile(pattern, regex.V1 | regex.M)


@attrs.define
class _Compiled:
    rules: OutletRules
    signs: tuple[str, ...]  # signs anywhere in a line
    line_signs: tuple[str, ...]  # signs at a line's start ("^…")


@attrs.frozen
class _Screens:
    """Every outlet's signs in groups (each sign with its outlet's name), each group
    behind a screen, the pattern of all its signs joined (``None``: the group's signs are
    searched one by one), and what it needs: where the screen finds nothing, none of its
    signs matches; where the text holds none of the literals it needs, none is searched.

    The line-start signs are one group, their screen reading the blanks that most of them
    open with once at each line, not once for each sign (:func:`_line_start`): a third
    faster.  Of the signs anywhere in a line, those that open with one character
    (:func:`_first_literal`: ``\\(`` of ``\\(AFP\\)``) are a group, which the engine
    searches for that character, thirty times faster than the signs one by one where
    none matches; a sign with a group reference is searched alone (:data:`_REFERENCE`).
    The character is the first a match consumes, after any word boundary or lookbehind
    it opens with (:func:`_after_zero_width`: ``U`` of ``\\bUNN reports``, ``(?<=As
    )UNIAN``).

    A sign that opens with neither (``\\p{Lu}…[ ]\\(AA\\)``, ``(?:повідомляє|пише)\\s+
    УНН``) is tried at every position, or every line: where it needs a literal
    (:func:`_needs`) that no common word is (:func:`_telling`), it is searched only in a
    text that holds the literal, its test in C (one that a text of Latin letters cannot
    hold costs nothing): most articles hold none of them.  Those with the same needs are
    a group."""

    groups: tuple[
        tuple[
            regex.Pattern[str] | None,
            tuple[tuple[str, str], ...],
            tuple[str, ...],
        ],
        ...,
    ]

    @classmethod
    def of(cls, rules: dict[str, _Compiled]) -> _Screens:
        """The screens of a registry's rules, by outlet name."""
        needing: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        line_signs: list[tuple[str, str]] = []
        openings: dict[str, list[str]] = {}  # the joined line screen's signs, by opening
        for name, compiled in rules.items():
            for sign in compiled.line_signs:
                opening = _line_start(sign)
                if not _first_literal(sign[len(opening) :]) and _telling(needs := _need_key(sign)):
                    needing.setdefault(needs, []).append((name, sign))
                else:
                    line_signs.append((name, sign))
                    openings.setdefault(opening, []).append(sign[len(opening) :])
        line_screen = "|".join(
            opening + "(?:" + "|".join(f"(?:{rest})" for rest in rests) + ")"
            for opening, rests in openings.items()
        )
        by_literal: dict[str, list[tuple[str, str]]] = {}
        alone: list[tuple[str, str]] = []
        for name, compiled in rules.items():
            for sign in compiled.signs:
                literal = "" if _REFERENCE.search(sign) else _first_literal(_after_zero_width(sign))
                needs = () if literal else _need_key(sign)
                if literal:
                    by_literal.setdefault(literal, []).append((name, sign))
                elif _telling(needs):
                    needing.setdefault(needs, []).append((name, sign))
                else:
                    alone.append((name, sign))
        groups: list[
            tuple[
                regex.Pattern[str] | None,
                tuple[tuple[str, str], ...],
                tuple[str, ...],
            ]
        ] = [(_joined(signs), tuple(signs), ()) for signs in by_literal.values()]
        groups.extend((None, (sign,), ()) for sign in alone)
        groups.extend((None, tuple(signs), needs) for needs, signs in needing.items())
        if line_signs:
            screen = regex.compile(line_screen, regex.V1 | regex.M)
            groups.append((screen, tuple(line_signs), ()))
        return cls(tuple(groups))


def _need_key(sign: str) -> tuple[str, ...]:
    """A sign's needs (:func:`_needs`) once each, in order: the key of the signs that
    share a screen."""
    return tuple(sorted(set(_needs(sign))))


def _telling(needs: tuple[str, ...]) -> bool:
    """Whether a sign's needs (:func:`_needs`) are worth a test: each a literal of three
    characters or more, or one that holds a character outside ASCII (``•``), not a
    common mark (``(``, ``:``)."""
    return bool(needs) and all(len(n) >= _TELLING or not n.isascii() for n in needs)


_TELLING = 3


def _joined(signs: list[tuple[str, str]]) -> regex.Pattern[str] | None:
    """One pattern of signs (``None`` for one sign)."""
    if len(signs) < 2:
        return None
    return regex.compile("|".join(f"(?:{s})" for _n, s in signs), regex.V1 | regex.M)


# The places a group's screen finds at which its signs are tried alone (see
# Registry.detect): more places, each a search of the screen and a match of every sign
# not yet found; a text that holds one sign many times ("(AP)" in every paragraph) has
# the rest searched after the last.
_SCREEN_HITS = 4


def _found_at(
    signs: Iterable[tuple[str, str]],
    sample: str,
    position: int,
    matched: dict[str, list[int]],
) -> None:
    """Add where each of ``signs`` (an outlet's name, a sign) first matches ``sample``
    from ``position`` on to ``matched``, by the outlet's name."""
    for name, sign in signs:
        if (m := _sign(sign).search(sample, position, None, False)) is not None:
            matched.setdefault(name, []).append(m.start())


def entry_points(*, group: str) -> Iterable[EntryPoint]:
    """The entry points of ``group``; ``importlib.metadata`` (and the email, zip and
    socket modules it loads) is imported here, on the first plugin lookup, not at import."""
    from importlib.metadata import entry_points as installed

    return installed(group=group)


class Registry:
    """A set of outlet rule sets, looked up by name or detected from an article.

    ``Registry()`` holds the built-ins and, on first lookup, the entry-point plugins;
    ``Registry(builtins=False, plugins=False)`` starts empty (for tests).

    >>> registry = Registry(builtins=False, plugins=False)
    >>> registry.register(OutletRules(name="examplewire", signs=(r"\\(ExampleWire\\)",)))
    >>> registry.detect("PARIS (ExampleWire) - The mayor said ...")
    'examplewire'
    """

    def __init__(self, *, builtins: bool = True, plugins: bool = True) -> None:
        self._rules: dict[str, _Compiled] = {}
        self._broken: dict[str, str] = {}
        self._plugins_pending = plugins
        self._lock = threading.Lock()
        self._screens: _Screens | None = None  # see _sign_screens
        if builtins:
            # the built-ins' patterns are checked by the tests, not here: the check compiled
            # each of them on the first parse, most with other flags than they are used
            # with, and the most of them never are (issue #7)
            for module in BUILTINS:
                self._add(_load(module))

    def __getstate__(self) -> dict[str, object]:
        return {
            "rules": [c.rules for c in self._rules.values()],
            "plugins_pending": self._plugins_pending,
            "broken": dict(self._broken),
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self._rules = {}
        broken = state.get("broken", {})
        assert isinstance(broken, dict)
        self._broken = dict(broken)
        self._lock = threading.Lock()
        self._screens = None
        self._plugins_pending = bool(state["plugins_pending"])
        rules = state["rules"]
        assert isinstance(rules, list)
        for item in rules:
            self._add(item)  # (each was checked when it was registered, or is a built-in)

    def register(self, rules: OutletRules) -> None:
        """Add (or replace) an outlet's rules.

        Raises:
            TypeError: ``rules`` is not an :class:`OutletRules`.
            ValueError: one of its patterns does not compile, a dateline pattern
                names none of the groups ``place``, ``agency`` and ``date``, or a credit
                pattern has no group ``names``.
        """
        if not isinstance(rules, OutletRules):
            raise TypeError(f"register() takes OutletRules, not {type(rules).__name__}")
        _check_patterns(rules)
        self._add(rules)

    def _add(self, rules: OutletRules) -> None:
        """Add rules whose patterns are known to be well-formed (see :meth:`register`)."""
        at_line = [s.startswith("^") and not _REFERENCE.search(s) for s in rules.signs]
        self._rules[rules.name] = _Compiled(
            rules,
            tuple(s for s, line in zip(rules.signs, at_line, strict=True) if not line),
            tuple(s for s, line in zip(rules.signs, at_line, strict=True) if line),
        )
        self._screens = None

    def _sign_screens(self) -> _Screens:
        """The signs of every outlet in groups, each behind one pattern of the group's
        signs: a single pass over the text tells whether any of them matches (most texts
        have none), where a pass per sign costs more (see :class:`_Screens`)."""
        screens = self._screens
        if screens is None:
            screens = self._screens = _Screens.of(self._rules)
        return screens

    def _load_plugins(self) -> None:
        if not self._plugins_pending:
            return
        with self._lock:
            if not self._plugins_pending:
                return
            self._plugins_pending = False
            for entry in entry_points(group=ENTRY_POINT_GROUP):
                if entry.name in self._rules:
                    continue
                try:
                    self.register(_load(entry.value))
                except Exception as error:  # a broken plugin must not stop parsing
                    self._broken[entry.name] = f"{type(error).__name__}: {error}"
                    warnings.warn(
                        f"newsstruct outlet plugin {entry.name!r} failed to load: {error}",
                        RuntimeWarning,
                        stacklevel=3,
                    )

    def get(self, name: str) -> OutletRules:
        """Return the rules of the outlet called ``name``, in any case, with ``-`` or a
        space for ``_`` (``"unn"``, ``"UNN"``, ``"Interfax-Ukraine"``).

        Raises:
            OutletLoadError: the outlet is a plugin that failed to load.
            UnknownOutletError: no outlet has that name; the message lists them all.
        """
        self._load_plugins()
        found = self._rules.get(name)
        if found is None:
            # "UNN", "Interfax-Ukraine": names are written in lower case, words joined by "_"
            found = self._rules.get(name.casefold().replace("-", "_").replace(" ", "_"))
        if found is None:
            if name in self._broken:
                raise OutletLoadError(
                    f"outlet plugin {name!r} failed to load: {self._broken[name]}"
                )
            raise UnknownOutletError(name, self.available())
        return found.rules

    def available(self) -> tuple[str, ...]:
        """Return the names of every outlet known, sorted."""
        self._load_plugins()
        return tuple(sorted(self._rules))

    def detect(self, text: str, *, head: int = 2000, tail: int = 1000) -> str | None:
        """Return the name of the outlet whose signs best match ``text``, or ``None``.

        Only the first ``head`` and last ``tail`` characters are read, so detection
        costs the same on any length of input.  An outlet whose dateline names it as
        the agency (``KYIV (Reuters) -``) outranks any number of other outlets' signs,
        which may be credits to them in its copy; then the outlet with more signs wins,
        then the one whose first sign comes earlier (never the name's order).
        """
        self._load_plugins()
        sample = plain_lines(
            plain_spaces(text if len(text) <= head + tail else text[:head] + "\n" + text[-tail:])
        )
        # the invisible characters web text puts in words ("UNN rep\N{SOFT HYPHEN}orts"):
        # out, as the signs' offsets are read in the sample alone
        sample = INVISIBLE_CHARACTER.sub("", sample)
        matched: dict[str, list[int]] = {}  # where each sign of an outlet first matches
        for screen, signs, needs in self._sign_screens().groups:
            if needs and not any(map(sample.__contains__, needs)):
                continue  # the text holds nothing the signs need (see _Screens)
            # (…, None, None, False): concurrent=False, the GIL kept (a hundred searches
            # an article; see newsstruct.quotes.tokens.tokenize)
            if screen is None:
                _found_at(signs, sample, 0, matched)
                continue
            # a sign matches first where its group's screen matches: at the first few
            # places the screen finds, each sign not yet found is tried there alone (a
            # match there, where a search would read the sample again from its start:
            # a wire's credit line atop each story made every line sign a search); the
            # signs not found there are searched after the last of them
            position, left = 0, signs
            for _ in range(_SCREEN_HITS):
                hit = screen.search(sample, position, None, False)
                if hit is None:
                    left = ()
                    break
                at = hit.start()
                missed: list[tuple[str, str]] = []
                for name, sign in left:
                    if _sign(sign).match(sample, at, None, False) is not None:
                        matched.setdefault(name, []).append(at)
                    else:
                        missed.append((name, sign))
                left, position = tuple(missed), at + 1
                if not left:
                    break
            _found_at(left, sample, position, matched)
        found = [
            (name, compiled, matched[name])
            for name, compiled in self._rules.items()
            if name in matched
        ]
        if len(found) < 2:
            return found[0][0] if found else None  # nothing to rank: no dateline searched
        best: str | None = None
        best_rank = (False, 0, 0)
        for name, compiled, starts in found:
            rank = (self._names_itself(compiled, sample), len(starts), -min(starts))
            if best is None or rank > best_rank:
                best, best_rank = name, rank
        return best

    @staticmethod
    def _names_itself(compiled: _Compiled, sample: str) -> bool:
        """Whether a line of ``sample`` opens with a dateline of the outlet that names it
        as the agency."""
        for dateline in map(_sign, compiled.rules.dateline_patterns):
            if _AGENCY not in dateline.groupindex:
                continue
            found = dateline.search(sample)
            if found is not None and found.group(_AGENCY):
                return True
        return False


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """Return the process-wide registry that :func:`newsstruct.parse` uses by default."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Registry()
    return _default


def register(rules: OutletRules) -> None:
    """Add an outlet's rules to the default registry."""
    default_registry().register(rules)


def get(name: str) -> OutletRules:
    """Return the rules of an outlet of the default registry."""
    return default_registry().get(name)


def available() -> tuple[str, ...]:
    """Return the outlets of the default registry, sorted."""
    return default_registry().available()
