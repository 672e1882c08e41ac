"""Tokens of a paragraph, with every quotation kept as one token.

Cue finding reads a paragraph as words, punctuation and whole quotations, so that
``“A,” he said`` is ``QUOTE , he said`` whatever the quotation holds, and splits it
into units: sentences, except that a quotation never breaks.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import COLON_ENDING, COMMAS, SENTENCE_STOPS, Lexicon, is_typeset_ascii
from newsstruct.model import Span
from newsstruct.outlets._fragments import EMPHASIS_MARKS, INVISIBLE, JOINERS
from newsstruct.quotes.marks import QuotedSpan

__all__ = [
    "CLOSING_BRACKETS",
    "LOWER",
    "OPENING_BRACKETS",
    "TEXT",
    "WORD",
    "Token",
    "ends_sentence",
    "fewer_words",
    "is_abbreviation_dot",
    "is_localized_adjunct",
    "split_complementizers",
    "split_glued_cues",
    "split_postposition_particles",
    "tokenize",
    "units",
    "visible",
]

# A number with separators (3.5, 10,000, 12:30), letters with dots (U.S., e.g.), a word,
# a punctuation mark.  The alternatives are factored by their first character, which
# the engine then tests once: a quarter faster than four flat alternatives.  Every
# character that is no space starts a token, so the text is spaces and tokens only:
# ``split`` by the captured token gives a flat list of the spaces before each token and
# the token, alternately, and each token's offset from their lengths, with no match
# object and no tuple per token (a fifth faster than ``findall`` of (spaces, token)
# pairs); spaces between tokens and at the end are each passed over once.
# A word goes on over the debris of text decoded in the wrong charset ("FranÃ\x83Â§ois"):
# C1 control characters, and Latin-1 signs other than guillemets before a letter; the
# word's own characters run as one class, the rare signs only where that class stops
# (a fifth faster than trying the class or a sign at every character).
# A colon joining a case ending to an abbreviation is inside the word (COLON_ENDING), and
# so is the straight double mark or the gershayim between two Hebrew letters, the sign of
# an abbreviation (צה"ל, ש״ס) outside quotations.
# An apostrophe before a digit cuts a year or a decade short ("in ’08", "the '90s"): one
# word with the number, no quotation mark (quotes.marks reads it as an apostrophe too).
_YEAR_APOSTROPHES = frozenset("'‘’")
# A web-style name goes on over a full stop with no space after it before capitals or
# a domain of two or three lower-case letters (Cable.NET, Herald.com, news.co.uk): a
# name of one word, where "Mr.Smith" or "said.The" stay two.
# The invisible characters web text puts in words (INVISIBLE: "Bundes\u00adkanzlerin")
# are inside a word, and its text (the key the lexicons read) leaves them out; its span
# keeps them.  Between tokens they are read as spaces.  So are the joiners (JOINERS),
# which a word's text keeps only in a script that spells with them (visible).
# A short quotation a hyphen joins to the word after it is the first part of a compound,
# one word: a name in marks before its noun ("„Bild“-Zeitung", "„Spiegel“-Interview")
_GLUED_TAIL = regex.compile(r"-[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*+")
_GLUED_NAME = 32  # characters, marks included, of the longest name in marks so joined
_VISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
_HIDDEN = INVISIBLE + JOINERS
_ALPHABET_JOINERS = regex.compile(
    rf"(?<=[\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}]\p{{M}}*)[{JOINERS}]++"
)
_WEB_PART = r"\.(?=\p{Lu}\p{Lu}|\p{Ll}{2,3}+(?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}'’\-]*+"
_token = lazy_pattern(
    r"(\p{L}(?:(?:\.\p{L})++\.?+"
    rf"|[\p{{L}}\p{{M}}\p{{N}}'’\-\x80-\x9f{_HIDDEN}]*+"
    rf"(?:{_WEB_PART})*+"
    r"(?:[\xa1-\xaa\xac-\xba\xbc-\xbf](?=\p{L})[\p{L}\p{M}\p{N}'’\-\x80-\x9f]*+)*+"
    r"(?:(?<=\p{Hebrew})[\"\u05f4](?=\p{Hebrew})[\p{L}\p{M}\p{N}'’\-]*+)*+"
    rf"(?:{COLON_ENDING})?+)"
    r"|\p{N}(?:\p{N}*+(?:[.,:]\p{N}++)++|[\p{L}\p{M}\p{N}'’\-]*+)"
    r"|['‘’]\p{N}[\p{L}\p{M}\p{N}'’\-]*+"
    rf"|[^\s\p{{L}}\p{{N}}{_HIDDEN}])"
)
# The same tokens in typeset ASCII text (lang.is_typeset_ascii), most of an English
# article, by the standard library's engine, which splits it twice as fast: the letters,
# digits and spaces of ASCII spelled out (the regex module's \s has no \x1c-\x1f, but
# the no-break space), the typeset apostrophe in words, and greedy quantifiers for
# possessive ones, which match the same here as nothing after them can fail (and Python
# 3.10 has none); a word's web-name and case-ending parts are tried only before a full
# stop or a colon (faster than trying them at every word's end; the regex module's split is
# faster without that screen).  tests/test_tokens.py checks that the two split any such
# text alike.
_TYPESET_TOKEN = re.compile(
    r"([A-Za-z](?:(?:\.[A-Za-z])+\.?|[A-Za-z0-9'’\-]*"
    r"(?:(?=[.:])(?:\.(?=[A-Z][A-Z]|[a-z]{2,3}(?![A-Za-z0-9]))[A-Za-z0-9'’\-]*)*"
    r"(?::[a-z]{1,5}(?![A-Za-z0-9]))?)?)"
    r"|[0-9](?:[0-9]*(?:[.,:][0-9]+)+|[A-Za-z0-9'’\-]*)"
    r"|['‘’][0-9][A-Za-z0-9'’\-]*"
    r"|[^\t\n\v\f\r \xa0A-Za-z0-9])"
)
# The separators \x1c-\x1f, which str.split takes for spaces and the token patterns for
# marks: a typeset ASCII piece that holds one is split by the pattern alone.
_SEPARATOR = re.compile("[\x1c-\x1f]")
# The signs that a typeset ASCII word holds besides letters and digits (_TYPESET_TOKEN)
_WORD_SIGNS = "'’-"
# Scripts written without spaces between words count as a word two characters of Chinese
# or Japanese, four of Thai, Lao, Khmer or Burmese (their words' usual lengths), and
# Korean, whose spaces set off a word with its particles and endings, three syllables:
# a sentence in marks is as long as it reads, a term of two or three words as short, and
# content without marks (Chinese "王明表示，渡轮明天恢复运营") as long as it reads.
_IDEOGRAPHIC = r"\p{Han}\p{Hiragana}\p{Katakana}"
_UNSPACED = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
_COUNTED = rf"{_IDEOGRAPHIC}{_UNSPACED}\p{{Hangul}}"
WORD = regex.compile(
    rf"[{_IDEOGRAPHIC}]{{1,2}}|[{_UNSPACED}]{{1,4}}|\p{{Hangul}}{{1,3}}"
    rf"|[\p{{L}}\p{{N}}--{_COUNTED}][\p{{L}}\p{{M}}\p{{N}}'’\---{_COUNTED}]*+",
    regex.V1,
)
# The same words in typeset ASCII text, most of an English article's quotations, by the
# standard library's engine, which finds them three times as fast (it has no marks, and
# its only letters and digits are these); tests/test_tokens.py checks that the two find
# the same words in any such text.
_TYPESET_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
# a noun of Japanese written in Chinese characters or katakana, up to the particle after it
_NOUN_RUN = regex.compile(r"[\p{Han}\p{Katakana}ー]++")
# a letter of a script without spaces, which may abut a full stop on either side
_UNSPACED_LETTER = regex.compile(rf"[{_IDEOGRAPHIC}{_UNSPACED}]")
_COUNTED_LETTER = regex.compile(rf"[{_COUNTED}]")
_TERMINAL = frozenset(SENTENCE_STOPS)
_ASKING = frozenset("?!؟！？")  # (the stops that end a question or an exclamation)
_CLOSING_SIGNS = _TERMINAL | frozenset(COMMAS)  # a quotation's last sign that closes words
#: The round brackets, Latin and full-width, as the marks of punctuation tokens (``kind ==
#: "p"``) hold them: a remark after a name (``Jo Roe (D-Nev.) said``, ``李梅（45岁）说``), an
#: age before a particle (``木村さん（45）は``).
OPENING_BRACKETS = "(\N{FULLWIDTH LEFT PARENTHESIS}"
CLOSING_BRACKETS = ")\N{FULLWIDTH RIGHT PARENTHESIS}"
# the last characters of the tokens that may end a sentence unit ("": a quotation)
_UNIT_ENDINGS = _TERMINAL | {""}
_ITEM_DASHES = frozenset("–—")
# Punctuation of other scripts read as its Latin equivalent (a token's text; its span
# keeps the mark as printed): the Arabic comma, semicolon and question mark, the full
# stops of Urdu, Indic, Ethiopic, Burmese and Khmer script (SPACED_STOPS), the full-width and
# ideographic marks of Chinese and Japanese.
_PUNCTUATION = {
    "،": ",",
    "؛": ";",
    "؟": "?",
    "۔": ".",
    "।": ".",
    "॥": ".",
    "።": ".",
    "။": ".",
    "។": ".",
    "，": ",",
    "、": ",",
    "；": ";",
    "：": ":",
    "！": "!",
    "？": "?",
    "。": ".",
}


@attrs.define
class Token:
    """A word (``kind == "w"``), a punctuation mark (``"p"``) or a quotation (``"q"``).

    A class with slots, not a named tuple: the rules read a token's fields millions of
    times a run, and the interpreter reads a slot in a few steps but a named tuple's
    field through its descriptor, at several times the cost.  Mutable only so that
    :func:`tokenize` can fill a word's slots without a call to ``__init__``; no step
    changes a token.
    """

    start: int
    end: int
    kind: str
    text: str
    lower: str
    quote: int = -1  # index into the quoted spans, for "q"
    final: bool = False  # a quotation whose words end a sentence ("… we will.”)
    comma: bool = False  # a quotation whose words end in a comma inside its marks ("… will,”)
    asks: bool = False  # a quotation whose words end in a question or an exclamation ("… now?”)
    # a word that starts with a capital: a field, not a property, as it is read about as
    # often as there are tokens
    is_capitalised: bool = False
    opens_lower: bool = False  # a quotation whose words open in lower case ("… “will go”")
    titled: bool = False  # a quotation whose words are cased as a title's (“Morning Tide”)
    words: int = 0  # a quotation's words


#: A token's case-folded text as a function: ``map(LOWER, tokens)`` reads it in C.
LOWER = operator.attrgetter("lower")
#: A token's text as a function, likewise (``""`` for a quotation).
TEXT = operator.attrgetter("text")


def visible(text: str) -> str:
    """``text`` without the invisible characters web text puts in words (the soft hyphen,
    the zero-width space, the word joiner): ``Le\u00adwis`` is ``Lewis``; and without the
    zero-width joiner and non-joiner after a Latin, Cyrillic or Greek letter, where they
    are as invisible (``Auf\u200clage`` is ``Auflage``), but not where a script spells
    with them (Devanagari ``र\u200d्``)."""
    text = text.translate(_VISIBLE)
    if "\u200c" in text or "\u200d" in text:
        return _ALPHABET_JOINERS.sub("", text)
    return text


def fewer_words(tokens: Sequence[Token], limit: int) -> bool:
    """Whether ``tokens`` hold fewer than ``limit`` words: one a word token, or as many
    as :data:`WORD` reads in one of a script without spaces (``渡轮明天恢复运营`` is
    four).  The words are counted up to the limit only: a long content is read no
    further than its first few words."""
    count = 0
    for t in tokens:
        if count >= limit:
            return False
        if t.kind == "w":
            # (an ASCII word is one: a test in C for most words, before the regex)
            count += (
                1
                if t.text.isascii() or not _COUNTED_LETTER.match(t.text)
                else len(WORD.findall(t.text))
            )
    return count < limit


def title_cased(words: Sequence[str], minor: frozenset[str], *, digits: bool = False) -> bool:
    """Whether ``words`` are cased as a title's: each capitalised but the ``minor`` words
    after the first (``Salt Is the New Gold``), or a number where ``digits`` (the
    first word too: ``12 Days at Sea``)."""
    return (
        bool(words)
        and (words[0][0].isupper() or (digits and words[0][0].isdigit()))
        and all(w[0].isupper() or (digits and w[0].isdigit()) or w in minor for w in words[1:])
    )


def tokenize(
    text: str,
    paragraph: Span,
    quoted: Sequence[tuple[int, QuotedSpan]],
    minor: frozenset[str] = frozenset(),
) -> list[Token]:
    """Tokens of one paragraph; ``quoted`` are the quotations in it, with their indices;
    ``minor``: the words a title leaves in lower case (:func:`title_cased`)."""
    tokens: list[Token] = []
    append = tokens.append
    position = paragraph.start
    for index, quote in (*quoted, (-1, None)):
        stop, wrap = (paragraph.end, 0) if quote is None else _emphasised(text, quote, position)
        # Typeset ASCII takes the stdlib's faster split (see _TYPESET_TOKEN).  For the regex
        # module's split only, (…, 0, False): maxsplit, and concurrent=False: on a str it
        # releases the GIL and takes it back around every match unless told not to, a
        # lock round trip per token; a parse keeps the GIL (positional, as a keyword
        # costs more to parse than a short match).  The other steps' many-match calls
        # pass it likewise.
        piece = text[position:stop]
        typeset = is_typeset_ascii(piece)
        # (isprintable, a test in C: no space but the plain one, no separator)
        spaced = typeset and piece.isprintable()
        if spaced or (typeset and _SEPARATOR.search(piece) is None):
            # typeset ASCII, cut at its spaces first (see _typeset_tokens)
            _typeset_tokens(append, piece, position, spaced)
        else:
            # (a test in C a piece, so that a word's text is cleaned only where one is hidden)
            hidden = not typeset and any(c in piece for c in _HIDDEN)
            parts = _TYPESET_TOKEN.split(piece) if typeset else _token().split(piece, 0, False)
            _split_tokens(append, parts, position, typeset, hidden)
        if quote is not None:
            outer = quote.outer
            glued = (
                _GLUED_TAIL.match(text, outer.end, paragraph.end)
                if text.startswith("-", outer.end)
                and outer.end - outer.start <= _GLUED_NAME
                and text[quote.content.end - 1 : quote.content.end] not in _CLOSING_SIGNS
                else None
            )
            if glued is not None:
                word = text[outer.start : glued.end()]
                append(
                    Token(
                        outer.start,
                        glued.end(),
                        "w",
                        word,
                        word.casefold(),
                        is_capitalised=glued.group()[1].isupper(),
                    )
                )
                position = glued.end()
                continue
            # the quotation's words: a typeset ASCII quotation's by the faster _TYPESET_WORD
            content = text[quote.content.start : quote.content.end]
            last = content[-1]
            closed = quote.closing is not None
            words = (
                _TYPESET_WORD.findall(content)
                if is_typeset_ascii(content)
                else WORD.findall(content, 0, None, False, False)
            )
            tokens.append(
                Token(
                    outer.start,
                    outer.end,
                    "q",
                    "",
                    "",
                    index,
                    last in _TERMINAL,
                    closed and last in COMMAS,
                    last in _ASKING,
                    opens_lower=content[:1].islower(),
                    titled=title_cased(words, minor),
                    words=len(words),
                )
            )
            position = outer.end + wrap
    return tokens


def _split_tokens(
    append: Callable[[Token], None],
    parts: Sequence[str],
    position: int,
    typeset: bool,
    hidden: bool,
) -> None:
    """Append the tokens of ``parts`` (a token pattern's ``split`` of the text from
    ``position``: the spaces before each token and the token, in turn) through ``append``;
    ``typeset``: the text is typeset ASCII; ``hidden``: it may hide invisible characters
    in its words."""
    new = object.__new__  # a token is built per word: its slots filled here, not by a call
    pieces = iter(parts)
    # the spaces before each token and the token, in pairs (the spaces at the end stay)
    for spaces, word in zip(pieces, pieces, strict=False):
        start = position + len(spaces)
        position = end = start + len(word)
        if hidden:  # (a word's span ends at its last visible character)
            shown = word.rstrip(_HIDDEN)
            end -= len(word) - len(shown)
            word = visible(shown)
        first = word[0]
        if first.isalnum() or (first in _YEAR_APOSTROPHES and len(word) > 1):
            # ("’08", "'90s": a year or decade cut short, one word)
            kind, capitalised = "w", first.isupper()
        else:
            kind, capitalised = "p", False
            if not typeset:  # (no mark of typeset ASCII is another script's)
                word = _PUNCTUATION.get(word, word)
        token = new(Token)
        token.start = start
        token.end = end
        token.kind = kind
        token.text = word
        token.lower = word.casefold()
        token.is_capitalised = capitalised
        token.quote = -1
        token.final = token.comma = token.asks = token.opens_lower = token.titled = False
        token.words = 0
        append(token)


def _typeset_tokens(
    append: Callable[[Token], None], piece: str, position: int, spaced: bool
) -> None:
    """Append the tokens of ``piece`` (typeset ASCII with no separator \\x1c-\\x1f, from
    ``position`` in the text) through ``append``: the tokens :data:`_TYPESET_TOKEN`
    splits, found with fewer of its matches.

    The pattern matches no space, every other character starts a token, and what it
    matches before a space it matches at the end of the text (its look-aheads read no
    space): the runs of characters between spaces (``str.split``, which parts the text at
    the pattern's very spaces here) hold the tokens, each run its own.  Most runs are a
    word of letters and digits only, one token; many a word and a mark no word holds
    (``said,``, ``Roe.``), two; only the other runs are split by the pattern.  A match of
    the standard library's ``split`` costs as much as reading a token or two; over 100
    English articles the tokens take a fifth fewer instructions so.  Where the only
    spaces are plain ones (``spaced``), each run's offset is counted, not looked up."""
    new = object.__new__  # (see _split_tokens)
    find = piece.find
    at = 0  # where the run read last ends in the piece
    for run in piece.split(" ") if spaced else piece.split():
        if spaced:
            if not run:
                at += 1
                continue
        else:
            at = find(run, at)
        mark = ""
        if not run.isalnum():  # (else a word of ASCII letters and digits: the text is typeset)
            head = run[:-1]
            if not head.isalnum() or run[-1] in _WORD_SIGNS:
                _split_tokens(append, _TYPESET_TOKEN.split(run), position + at, True, False)
                at += len(run) + spaced
                continue
            run, mark = head, run[-1]  # a word, then a mark no word holds ("said,", "Roe.")
        token = new(Token)
        token.start = position + at
        at += len(run)
        token.end = position + at
        token.kind = "w"
        token.text = run
        token.lower = run.casefold()
        token.is_capitalised = run[0].isupper()
        token.quote = -1
        token.final = token.comma = token.asks = token.opens_lower = token.titled = False
        token.words = 0
        append(token)
        if mark:
            token = new(Token)
            token.start = position + at
            at += 1
            token.end = position + at
            token.kind = "p"
            token.text = token.lower = mark
            token.is_capitalised = False
            token.quote = -1
            token.final = token.comma = token.asks = token.opens_lower = token.titled = False
            token.words = 0
            append(token)
        at += spaced


def _emphasised(text: str, quote: QuotedSpan, position: int) -> tuple[int, int]:
    """Where the text before ``quote`` stops, at its opening mark or at the Markdown
    emphasis wrapped around its marks (``*“…”*``), and the emphasis's length (or 0);
    ``position``: where that text starts.  The emphasis, its marks and no more, is no
    token: the cue after it is the quotation's (``*“We will appeal,”* she said.``)."""
    outer = quote.outer
    start, end = outer.start, outer.end
    if not text.startswith(("*", "_"), end):  # (the most quotations: no emphasis)
        return start, 0
    for emphasis in EMPHASIS_MARKS:
        size = len(emphasis)
        if (
            start - size >= position
            and text.startswith(emphasis, start - size)
            and text.startswith(emphasis, end)
            and not text.startswith(emphasis[0], end + size)
        ):
            return start - size, size
    return start, 0


_ATTRIBUTION_REACH = 7
_MAX_UNIT = 250  # tokens; the longest real sentences have about a hundred


def _attribution_follows(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """Whether a short attribution follows: a cue verb within a few words, and after it
    nothing but a few words up to the sentence's end (“We will win!” Smith said.)."""
    end = len(tokens)
    if start < end and tokens[start].lower in lexicon.conjunctions:
        return False  # "… for him.” But the storms went on": a sentence of its own
    for n in range(start, min(end, start + _ATTRIBUTION_REACH)):
        token = tokens[n]
        if (token.kind == "p" and token.text in _TERMINAL) or token.kind == "q":
            return False
        if token.kind == "w" and token.lower in lexicon.cue_verbs:
            following = tokens[n + 1].lower if n + 1 < end else ""
            if token.lower not in lexicon.object_cue_verbs and (
                following in lexicon.possessive_determiners or following in lexicon.indefinites
            ):
                return False  # "… so well.” Jo Roe wrote a letter": a cue with its object
            if (
                not lexicon.verb_second  # "„…“, sagte er.": the subject after the cue
                and following in lexicon.pronouns
                and following not in lexicon.object_pronouns
            ):
                return False  # "… rules.” The board said it would …": a report of its own
            if n > start and tokens[n - 1].lower in lexicon.passive_auxiliaries:
                return False  # "… nomination.” The move was reported by X": a passive
            if tokens[start].lower in lexicon.pronouns and any(
                t.lower not in lexicon.auxiliaries for t in tokens[start + 1 : n]
            ):
                return False  # "… so well.” He listed his wins in many towns"
            for m in range(n + 1, min(end, n + 1 + _ATTRIBUTION_REACH * 2)):
                after = tokens[m]
                if after.kind == "q" or after.lower in lexicon.complementizers:
                    return False
                if after.kind == "p" and after.text in _TERMINAL:
                    return True
            return n + 1 + _ATTRIBUTION_REACH * 2 >= end
    return False


@functools.lru_cache(maxsize=64)
def _attribution_openers(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's anaphoric attributions (``про`` of ``Про це
    повідомив``), once per lexicon."""
    return frozenset(
        p.casefold().split()[0] for p in lexicon.anaphoric_cues + lexicon.anaphors if p
    )


def is_abbreviation_dot(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is the full stop of an abbreviation, an initial or (where
    the lexicon says so) an ordinal (``Mr.``, ``J.``, ``U.S.``, ``am 1. März``), which
    ends no sentence."""
    token = tokens[i]
    if token.text != "." or i == 0:
        return False
    before = tokens[i - 1]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        following is not None
        and following.is_capitalised
        and (
            before.lower in lexicon.unit_abbreviations  # "… 2 mld zł. Jej zdaniem"
            or (
                following.lower in _attribution_openers(lexicon)
                and before.lower in lexicon.abbreviations
            )
            # "Lornstadt, 3. Mai. Wir haben berichtet": a pronoun in capitals after an
            # abbreviation opens the next sentence (but "in Oct. I", always a capital;
            # nor after a title, whose surname may be spelled so: "Prof. He Jiankui")
            or (
                before.lower in lexicon.abbreviations
                and following.lower in lexicon.pronouns
                and not following.text.isupper()
                and before.lower not in lexicon.titles
            )
        )
    ):
        return False  # "… 20 тис. Про це повідомляє X": the sentence ends
    return (
        before.kind == "w"
        and before.end == token.start
        and (
            # "then-Sen.": the abbreviation after a hyphen
            before.lower.rstrip(".").rpartition("-")[2] in lexicon.abbreviations
            or (len(before.text) == 1 and before.text.isupper())
            # "U.S" (not "$9.50. The", nor a web name "Herald.com. The")
            or (before.text[-2:-1] == "." and not before.text[0].isdigit())
            or (
                following is not None
                and following.kind == "w"
                and following.start == token.end
                # "述べた。田中氏は": a full stop between words of a script without spaces
                and not _UNSPACED_LETTER.match(before.text[-1])
            )
            or (lexicon.ordinal_full_stop and before.text.isdigit())
        )
    )


def ends_sentence(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is a stop that ends a sentence
    (:data:`~newsstruct.lang.SENTENCE_STOPS`), no abbreviation's dot
    (:func:`is_abbreviation_dot`: ``Mr.``)."""
    token = tokens[i]
    return (
        token.kind == "p"
        and token.text in SENTENCE_STOPS
        and not is_abbreviation_dot(tokens, i, lexicon)
    )


def _closes_with_acronym(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether a word written with dots at ``i`` (``U.S.``), whose last dot is the
    sentence's too, ends a sentence: a capitalised pronoun or determiner opens the next
    (``… in the U.S. He said``, ``… the U.S. The plan``), where a capitalised noun may go
    on with the phrase (``U.S. Officials``).  But a determiner before a capitalised word
    opens a name in the same sentence (``e.g. The Times``, ``u.a. Die Grünen``), which
    cannot be told where every noun is capitalised."""
    token = tokens[i]
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if not (
        token.kind == "w"
        and token.text.endswith(".")
        and "." in token.text[:-1]
        and following is not None
        and following.kind == "w"
        and following.is_capitalised
    ):
        return False
    if following.lower in lexicon.determiners:
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        return not lexicon.capitalised_nouns and not (after is not None and after.is_capitalised)
    return following.lower in lexicon.pronouns


def units(tokens: Sequence[Token], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Split tokens into sentence units: ``(first, last + 1)`` index pairs."""
    out: list[tuple[int, int]] = []
    start = 0
    # Only a token whose text ends in a terminal mark (a full stop, ``U.S.``) or a
    # quotation (its text is empty) can end a unit: only those few are read further.
    for i in [i for i, t in enumerate(tokens) if t.text[-1:] in _UNIT_ENDINGS]:
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.kind == "w" and _closes_with_acronym(tokens, i, lexicon):
            out.append((start, i + 1))  # "… in the U.S. He said …": the acronym's dot ends it
            start = i + 1
            continue
        if not (token.kind == "p" and token.text in _TERMINAL) and not token.final:
            continue
        if following is None:
            continue
        # "… im Hafen. — Über den Plan schreibt X: …": a dash after the stop, a capital
        # after it, closes the item of a column; the next opens after the dash
        item_dash = (
            following.kind == "p"
            and following.text in _ITEM_DASHES
            and i + 2 < len(tokens)
            and tokens[i + 2].kind == "w"
            and tokens[i + 2].is_capitalised
            # after a quotation, a sentence ("„Q.“ — Wer sind sie?"), not the signature
            # of a name ("“Q.” — Jane Roe")
            and (
                token.kind == "p"
                or (
                    i + 3 < len(tokens)
                    and tokens[i + 3].kind == "w"
                    and not tokens[i + 3].is_capitalised
                )
            )
        )
        if following.kind == "p" and following.text not in "([" and not item_dash:
            continue
        if following.kind == "w" and following.text[0].islower():
            continue  # (a capital, a digit, or a letter of a script without case opens one)
        if (
            token.final
            and _attribution_follows(tokens, i + 1, lexicon)  # (a few tokens: read first)
            # a quotation that ends a clause a cue of its sentence reports ("He said
            # the deal was “reckless.” The party …"), or one after words of the writer's
            # ("Critics called it “a disgrace.” The mayor said …"), ends that sentence
            and not any(
                t.kind == "w" and t.lower not in lexicon.conjunctions for t in tokens[start:i]
            )
        ):
            continue  # “We will win!” Smith said.
        if is_abbreviation_dot(tokens, i, lexicon):
            continue
        cut = i + 2 if item_dash else i + 1
        out.append((start, cut))
        start = cut
    if start < len(tokens):
        out.append((start, len(tokens)))
    if any(end - first > _MAX_UNIT for first, end in out):
        # a "sentence" this long is no sentence (a list, hostile input): cut it into
        # pieces so that the work per cue stays bounded and parsing stays linear
        out = [
            (piece, min(end, piece + _MAX_UNIT))
            for first, end in out
            for piece in range(first, end, _MAX_UNIT)
        ]
    return out


# letters of a place's name after a preposition of place, at most, with no localizer
# after it (Chinese "在北京", "在布鲁塞尔")
_PLACE_LETTERS = 4


@functools.cache
def _glued_reach(lexicon: Lexicon) -> int:
    """The characters of the lexicon's longest cue verb."""
    return max(map(len, lexicon.cue_verbs), default=0)


def _pieces(token: Token, cuts: Sequence[int]) -> list[Token]:
    """``token`` cut at the offsets ``cuts`` (into its text, in order) into words; a word
    whose text leaves out an invisible character of its span (``INVISIBLE``) stays whole,
    as its text's offsets are not its span's."""
    if token.end - token.start != len(token.text):
        return [token]
    bounds = [0, *cuts, len(token.text)]
    return [
        attrs.evolve(
            token,
            start=token.start + a,
            end=token.start + b,
            text=token.text[a:b],
            lower=token.lower[a:b],
        )
        for a, b in itertools.pairwise(bounds)
        if b > a
    ]


@functools.cache
def _between_words(lexicon: Lexicon) -> frozenset[str]:
    """The adverbs and words of time that stand between a subject and its glued cue."""
    return lexicon.auxiliaries | lexicon.time_words


@functools.cache
def _complement_cues(lexicon: Lexicon) -> tuple[str, ...]:
    """The cue verbs that end in a complementizer written onto them (Thai ``กล่าวว่า``),
    the longest first."""
    return tuple(
        sorted(
            (v for v in lexicon.cue_verbs if v.endswith(tuple(lexicon.complementizers))),
            key=lambda v: (-len(v), v),
        )
    )


def _inner_cue(text: str, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where a cue verb with its complementizer stands inside a word, between the
    subject and the content written onto it (Thai ``ผู้อำนวยการกล่าวว่าเรือ…``): its
    start and end, unless a noun that ends like it holds it (``คำเตือนว่า``)."""
    for cue in _complement_cues(lexicon) if lexicon.complementizers else ():
        at = text.find(cue, 1)
        end = at + len(cue)
        if at > 0 and end < len(text):
            if any(text.endswith(w, 0, end) for w in lexicon.glued_lookalikes):
                return None
            return at, end
    return None


@functools.cache
def _closers(lexicon: Lexicon) -> tuple[str, ...]:
    """The words that close a phrase a preposition opens between a subject and its
    glued cue, as the tuple ``str.endswith`` takes: the lexicon's
    :attr:`~Lexicon.localizers` and its :attr:`~Lexicon.audience_nouns`."""
    return tuple(lexicon.localizers | lexicon.audience_nouns)


@functools.cache
def _localizers(lexicon: Lexicon) -> tuple[str, ...]:
    """The lexicon's :attr:`~Lexicon.localizers` as the tuple ``str.endswith`` takes."""
    return tuple(lexicon.localizers)


def is_localized_adjunct(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a phrase of place or time that one of the lexicon's
    prepositions opens and one of its :attr:`~Lexicon.localizers` closes (Chinese
    ``在记者会上``, at the press conference), a phrase of whom the words were said to
    that one of its :attr:`~Lexicon.audience_nouns` closes (``对记者``, to the
    reporters), or a preposition of place opens before a short name (``在北京``, in
    Beijing), as :func:`split_glued_cues` cuts it from a subject; or a phrase of time
    one of its :attr:`~Lexicon.adjunct_verbs` opens and a localizer closes
    (``接受记者采访时``, when interviewed by reporters)."""
    if not lexicon.localizers or len(word) < 2:
        return False
    if word.startswith(lexicon.adjunct_verbs) and word.endswith(_localizers(lexicon)):
        return len(word) > 3
    if not _opens_adjunct(word, 0, lexicon):
        return False
    if len(word) > 2 and word.endswith(_closers(lexicon)):
        return True
    # one letter after it is a name's ("朴在明", "吴在山"), no place
    return word[0] in lexicon.place_prepositions and 2 < len(word) <= 1 + _PLACE_LETTERS


def _opens_adjunct(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether one of the lexicon's prepositions stands at ``at`` in ``text``, not
    inside a word that holds it (:attr:`~Lexicon.preposition_compounds`: ``现在``)."""
    letter = text[at]
    return letter in lexicon.prepositions and not any(
        at >= c.find(letter) and text.startswith(c, at - c.find(letter))
        for c in lexicon.preposition_compounds
        if letter in c
    )


def _localized_adjunct(subject: str, lexicon: Lexicon) -> int:
    """Where a phrase of place or time starts that closes a subject written onto its
    glued cue (:func:`is_localized_adjunct`: ``王明在记者会上``, at the press conference;
    ``王明在接受采访时``, when interviewed; ``王明在北京``); ``0`` where none does.  The
    words before it are a subject: a word of two letters at least, or a pronoun (not the
    surname of ``吴在山``), and no determiner alone (``一位在华商人``, a businessman in
    China: the phrase is the noun's).  A phrase a preposition opens goes before one a
    verb opens (``王明在接受采访时``)."""
    return min(
        (
            at
            for at in range(1, len(subject) - 1)
            if (at > 1 or subject[:at] in lexicon.pronouns)
            and subject[:at] not in lexicon.determiners
            and is_localized_adjunct(subject[at:], lexicon)
        ),
        key=lambda at: (subject[at] not in lexicon.prepositions, at),
        default=0,
    )


def particle_at(text: str, at: int, particles: tuple[str, ...]) -> int:
    """The length of the longest of ``particles`` written at ``at`` in ``text``, 0 where
    none is (a particle may have more than one character: Korean ``께서``)."""
    return max((len(p) for p in particles if text.startswith(p, at)), default=0)


def _topic_cut(text: str, lexicon: Lexicon) -> list[int]:
    """Where a noun and the first particle of the subject after it (Japanese ``港長は``,
    :attr:`~Lexicon.subject_particles`) end, where they open ``text`` and more follows
    them; none elsewhere."""
    topic = _NOUN_RUN.match(text) if lexicon.subject_particles else None
    if topic is None:
        return []
    end = topic.end()
    # "国土交通省の担当者は取材に": nouns a linking particle joins are one noun phrase
    while (linking := particle_at(text, end, lexicon.linking_particles)) and (
        joined := _NOUN_RUN.match(text, end + linking, len(text))
    ):
        end = joined.end()
    particle = particle_at(text, end, lexicon.subject_particles)
    if particle and end + particle < len(text):
        return [end + particle]
    return []


def _glued_cuts(tokens: Sequence[Token], n: int, lexicon: Lexicon) -> list[int]:
    """Where the word ``n`` reads as several (see :func:`split_glued_cues`): offsets into
    its text, none where it reads as one."""
    text = tokens[n].text
    # "港長は3日": a word of time written onto the subject's particle
    timed = max(
        (
            len(w)
            for w in lexicon.time_words
            if text.endswith(w) and text[: -len(w)].endswith(lexicon.subject_particles)
        ),
        default=0,
    )
    stem = len(text) - timed  # the subject and its particle, before the word of time
    if timed and stem > max(
        (len(p) for p in lexicon.subject_particles if text.endswith(p, 0, stem)), default=0
    ):
        return [stem]
    following = tokens[n + 1] if n + 1 < len(tokens) else None
    after_quote = n > 0 and tokens[n - 1].kind == "q"
    # a cue of one character only before a colon or a comma ("王明说：") or right after a
    # quotation, or its comma ("“Q”他说。", "「Q」，王明说。")
    signs = (
        (following is not None and following.kind == "p" and following.text in ",:")
        or after_quote
        or (n > 1 and tokens[n - 1].text == "," and tokens[n - 2].kind == "q")
    )
    inner = _inner_cue(text, lexicon)
    if inner is not None:
        return list(inner)
    end = len(text)
    for size in range(min(_glued_reach(lexicon), len(text) - 1), 0, -1):
        if text[-size:] in lexicon.cue_verbs and (size > 1 or signs):
            end -= size
            break
    else:
        # "国土交通省によると": the postposition of "according to" written onto its source
        end -= max((len(p) for p in lexicon.source_postpositions if text.endswith(p)), default=0)
        if (
            end == len(text)
            and following is not None
            and (
                following.kind == "q"
                # "田中港長は記者会見で、C と述べた": the sentence's first word, its comma
                or (following.text == "," and (n == 0 or tokens[n - 1].text in ".!?"))
            )
        ):
            # "田中港長は記者会見で「Q」と述べた": before a quotation, a noun and the
            # particle after it open the word, the subject; the rest is an adjunct
            return _topic_cut(text, lexicon)
        if end == len(text) or end == 0:
            return []
    subject = text[:end]
    # "港長はフェリーが明日再開すると述べた": the subject opens the word, the content runs
    # from there to the cue
    topic = _topic_cut(subject, lexicon)
    if (
        n > 0
        and tokens[n - 1].kind == "p"
        and tokens[n - 1].text in CLOSING_BRACKETS
        and tokens[n - 1].end == tokens[n].start
        and (particle := particle_at(subject, 0, lexicon.subject_particles))
        and len(subject) > particle
    ):
        # "木村さん（45）はフェリーが再開すると述べた": the particle after an age in
        # brackets ends the subject, the content runs from there
        topic = [particle]
    if topic:
        return [*topic, end]
    # "王明在记者会上表示": the subject before the preposition, the phrase that a
    # localizer closes a word of its own
    head = _localized_adjunct(subject, lexicon) or end
    bare = subject[:head]  # "反对党领袖李明表示": no preposition in "反对"
    for compound in lexicon.preposition_compounds:
        bare = bare.replace(compound, "")
    # "一位在华商人表示": a preposition right after a determiner opens the noun's phrase
    attributive = max((len(d) + 1 for d in lexicon.determiners if bare.startswith(d)), default=1)
    if any(p in bare[attributive:] for p in lexicon.prepositions):
        return []  # "港口主任对记者说": where the subject ends no word tells
    # "据新华社报道": a source phrase written onto the subject, "「Q」と港長は述べた": the
    # quotative particle written onto the word after the quotation; each a word of its own
    openers = (*lexicon.source_phrases, *(lexicon.quotative_particles if after_quote else ()))
    opening = max(
        (len(p) for p in openers if subject.startswith(p) and subject[:head] != p), default=0
    )
    # "王明又称", "王明周二表示", "王明周二在北京表示": an adverb or a word of time between
    # the subject and the cue or the phrase before it, a word of its own
    adverb = max(
        (len(a) for a in _between_words(lexicon) if subject[opening:head].endswith(a)),
        default=0,
    )
    if opening + adverb >= head:
        adverb = 0  # "他还说": a subject, no adverb alone
    return [opening, head - adverb, head, end]


def split_glued_cues(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The tokens, a word that ends in a cue verb written onto it split into its subject
    and the cue (:attr:`Lexicon.glued_cues`: Chinese ``王明表示``, ``他说：``, Japanese
    ``と港長は述べた``), and likewise a source before a postposition written onto it
    (``国土交通省によると``).  A word that is a cue, or a noun that ends like one
    (:attr:`Lexicon.glued_lookalikes`: ``小说``, a novel), reads as one."""
    if not lexicon.glued_cues:
        return tokens
    out: list[Token] = []
    for n, token in enumerate(tokens):
        if (
            token.kind == "w"
            and len(token.text) > 1
            and token.lower not in lexicon.cue_verbs
            # "新小说：“Q”": a novel's title, no one said it
            and not any(token.text.endswith(w) for w in lexicon.glued_lookalikes)
        ):
            out.extend(_pieces(token, _glued_cuts(tokens, n, lexicon)))
        else:
            out.append(token)
    return out


_APOSTROPHES = "'’"


@functools.cache
def _function_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's function words that a complementizer may be written onto."""
    return (
        lexicon.stopwords
        | lexicon.pronouns
        | lexicon.determiners
        | lexicon.auxiliaries
        | lexicon.time_words
    )


def split_complementizers(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The tokens, a word after a cue that a complementizer is written onto split into
    the complementizer and the word (:attr:`Lexicon.complementizer_prefixes`: Hebrew
    ``אמרה שהמעבורת``); an elided one, which ends in an apostrophe, wherever a word other
    than an auxiliary follows it (French ``a dit à l'AFP qu'il``; but ``ce qu'a dit``)."""
    if not lexicon.complementizer_prefixes:
        return tokens
    out: list[Token] = []
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n > 0 else None
        prefix = next((p for p in lexicon.complementizer_prefixes if token.lower.startswith(p)), "")
        rest = token.lower[len(prefix) :]
        if prefix and (
            (prefix[-1] in _APOSTROPHES and rest[:1].isalpha() and rest not in lexicon.auxiliaries)
            or (
                before is not None
                and before.kind == "w"
                and (before.lower in lexicon.cue_verbs or before.lower in lexicon.audience_nouns)
                and (
                    rest in _function_words(lexicon)
                    or any(
                        rest.startswith(a) and len(rest) > len(a) + 1
                        for a in lexicon.article_prefixes
                    )
                )
            )
        ):
            out.extend(_pieces(token, [len(prefix)]))
        else:
            out.append(token)
    return out


def split_postposition_particles(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """The tokens, a word before a source's postposition that a particle is written onto
    split into the word and the particle (:attr:`Lexicon.postposition_particles`: Korean
    ``연합뉴스에 따르면``, according to Yonhap): the source is the word alone."""
    if not lexicon.postposition_particles:
        return tokens
    out: list[Token] = []
    for n, token in enumerate(tokens):
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        particle = next((p for p in lexicon.postposition_particles if token.lower.endswith(p)), "")
        if (
            particle
            and len(token.text) > len(particle)
            and token.kind == "w"
            and after is not None
            and after.lower in lexicon.source_postpositions
        ):
            out.extend(_pieces(token, [len(token.text) - len(particle)]))
        else:
            out.append(token)
    return out
