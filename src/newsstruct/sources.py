"""Attributions: the outlets and documents an article credits for its information.

``The story was first carried by Lornpress and Harbour TV`` credits two sources; so do
``citing Reuters``, ``according to The New York Times``, ``told CNN`` and ``The
Guardian reports``.  Only a name that reads as an outlet counts (it holds a media word of
the language, is an acronym, or, after ``reported by`` and ``citing``, starts with
"The"): people are speakers, not attributions.  The outlet's
own name (``UNN reports`` in a UNN story) and the dateline's agency are not attributions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator

import attrs
import regex

from newsstruct.lang import (
    COLON_ENDING,
    MARKED_HEAD,
    Lexicon,
    alternation,
    first_name_case,
    fold_for_screen,
    is_acronym,
    is_company_name,
    is_outlet_name,
    names_platform,
)
from newsstruct.lang._media import INTERNATIONAL_MEDIA
from newsstruct.layout import CREDIT_BRACKET
from newsstruct.model import Attribution, Span
from newsstruct.outlets import (
    OutletRules,
    compile_patterns,
    is_credited_wire,
    plain_lines,
    plain_spaces,
)
from newsstruct.outlets._fragments import INVISIBLE, INVISIBLE_CHARACTER

__all__ = ["credited_lists", "find_attributions"]

_WORD = r"\p{Lu}[\p{L}\p{N}&'’.\-/]*+"
# The double quotation marks a name stands in, in the news of any language: the
# lexicon's own pairs would miss «The Daily Planet» in English.
_OPENING_MARKS = '«„“"'
_CLOSING_MARKS = '»“”"'
_MARKS = "".join(dict.fromkeys(_OPENING_MARKS + _CLOSING_MARKS))
_MARK_SET = frozenset(_MARKS)
_STOPS_BEFORE_MARK = frozenset(",.!?…")  # no name in marks ends with one (see _MARKED)
# A name in quotation marks, as Russian and Ukrainian print outlets: «Коммерсант»
# (not a quotation: «Мы готовы», "We are ready," end in punctuation)
_MARKED = (
    rf"[{_OPENING_MARKS}]\p{{Lu}}(?:[^{_MARKS}\n]{{0,38}}[^{_MARKS}\n,.!?…])?[{_CLOSING_MARKS}]"
)
# The last resort of a language without the words: a name of capitalised words only.
_NO_WORD = r"(?!)"


def _words(words: Iterable[str]) -> str:
    return alternation(sorted(words), boundary=False) if words else _NO_WORD


@attrs.frozen
class _Names:
    """The patterns of credited names in one language, built once per lexicon.

    A name is capitalised words, which the language's phrase prepositions may join
    (``Bank of England``) and one of its name articles may open (``the Daily Planet``);
    names in a list are joined by commas and conjunctions."""

    names: str  # a list of names, as the group ``names``
    described: str  # lower-case words that end in a medium noun ("німецькому виданню ")
    split: regex.Pattern[str]
    before: regex.Pattern[str]  # the name right before a verb (``The Guardian reports``)
    credit_line: regex.Pattern[str]  # after a line break
    sign_off: regex.Pattern[str]  # a dash and a name on a line of its own
    credit_bracket: regex.Pattern[str]  # a bracket closing a paragraph
    first_credit_line: regex.Pattern[str]  # the text's first line
    articles: tuple[str, ...]  # "the ": a name's article and its space
    # the words of lower-case letters a name may hold: its articles, joining words,
    # conjunctions and the outlets printed in lower case (see _name_window)
    inner: frozenset[str]


@functools.lru_cache(maxsize=64)
def _names_of(lexicon: Lexicon) -> _Names:
    article = _words(lexicon.name_articles | {a.capitalize() for a in lexicon.name_articles})
    joining = _words(lexicon.phrase_prepositions | {"&"})
    plain = rf"(?:(?:{article})[ ]++)?+{_WORD}(?:[ ]++(?:(?:{joining})[ ]++)?+{_WORD}){{0,5}}+"
    # "gegenüber der dpa": an outlet that prints its name in lower case
    lower = rf"(?:{_words(lexicon.lower_case_outlets)})(?![\p{{L}}\p{{N}}])"
    name = rf"(?:{plain}|{_MARKED}|{lower})"
    # "A, B and C", "A, B, and C"
    conjunction = rf"(?:{_words(lexicon.conjunctions)})[ ]++"
    separator = rf",[ ]++(?:{conjunction})?+|[ ]++{conjunction}"
    names = rf"(?P<names>{name}(?:(?:{separator}){name}){{0,4}}+)"
    # Wire credit lines: "By The Associated Press" on a line of its own (not a writer's
    # name in capitals before the desk, as the AP prints its bylines: "By JO ROE Associated
    # Press"), "(PAP)" closing a paragraph or on a line of its own after the first.
    # A line is found after its line
    # break, a character the engine searches for fast (it tries "^" at every position:
    # sixteen times slower); the first line has a pattern of its own.  The bracket has a
    # pattern of its own too: each opens with its one character, which the engine
    # searches for fast, where it would try their alternation at every position (and the
    # two never overlap: each ends its line with another character).
    writer = r"\p{Lu}{2,}+(?:[ ]++\p{Lu}[\p{Lu}.'’\-]++){1,3}+[ ]++\p{Lu}\p{Ll}"
    line = (
        rf"[ \t]*+(?i:{_words(lexicon.agent_prepositions)})[ ]++(?!{writer})(?P<names>{name})"
        r"[ \t]*+$"
    )
    credit_line = regex.compile(rf"\n{line}", regex.M | regex.V1)
    # "— Reuters", "- AFP": a wire's sign-off, a dash and a name alone on a line after
    # the first (a writer's, "— Jo Roe", names no outlet)
    sign_off = regex.compile(
        rf"\n[ \t]*+[\-–—―]{{1,2}}+[ \t]*+(?P<names>{name})[ \t]*+$", regex.M | regex.V1
    )
    credit_bracket = regex.compile(
        # the bracket before the lookbehind that checks what precedes it: fails faster
        rf"\((?<=(?:[.!?…”\"]|\n)[ \t]*+\()(?P<names>{CREDIT_BRACKET})\)[ \t]*+$",
        regex.M | regex.V1,
    )
    nouns = sorted(
        form
        for w in lexicon.media_words - lexicon.lower_case_outlets  # "laut dpa": the name
        if w.isalpha() and w.islower()
        # "berichtete die Nachrichtenagentur dpa": where nouns are capitalised
        for form in ((w, w.capitalize()) if lexicon.capitalised_nouns else (w,))
    )
    # "berichtet die dpa": an article before an outlet that prints its name in lower case
    determined = rf"(?:{_words(lexicon.determiners)})[ ]++(?={lower})"
    described = (
        rf"(?P<described>(?:\p{{Ll}}[\p{{L}}\-]*+[ ]++){{0,2}}?{_words(nouns)}[ ]++"
        rf"|{determined})?+"
    )
    return _Names(
        names=names,
        described=described,
        split=regex.compile(separator, regex.V1),
        # "STT:n mukaan": the name before its case ending (COLON_ENDING)
        before=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?P<names>{name})(?:{COLON_ENDING})?+[ ]++$", regex.V1
        ),
        credit_line=credit_line,
        sign_off=sign_off,
        credit_bracket=credit_bracket,
        first_credit_line=regex.compile(line, regex.M | regex.V1),
        articles=tuple(f"{a} " for w in sorted(lexicon.name_articles) for a in (w, w.capitalize())),
        inner=frozenset(
            word
            for entry in itertools.chain(
                lexicon.name_articles,
                lexicon.phrase_prepositions,
                lexicon.conjunctions,
                lexicon.lower_case_outlets,
            )
            for word in entry.split()
        ),
    )


_FIRST_WORD = regex.compile(r"(\p{L}+)[ ]++")
_NEXT_WORD = regex.compile(r"[ ]++(\p{Ll}+)")
_NAME_WORD = regex.compile(r"[^ ]++")
# a lower-case word (an article) before the opening mark of a name in marks
_ARTICLE_MARK = regex.compile(rf"\p{{Ll}}++[ ]++[{_OPENING_MARKS}]")
# a name in marks after a body's form (КП "Київський метрополітен", ТОВ «Альфа»), as
# :func:`_noun_phrase_end` takes it; the form and the name keep their closing mark
_MARKED_AFTER_FORM = rf"[ ]++{_MARKED}"
_MARKED_AFTER = regex.compile(_MARKED_AFTER_FORM)
_FORM_AND_MARKED = regex.compile(rf"\p{{Lu}}\p{{L}}*+{_MARKED_AFTER_FORM}")
# A site's name that is its web address, its domain in lower case or in capitals
# ("Lenta.ru", "Gazeta.ua", "Censor.NET"; not "St.Louis")
_WEB_NAME = regex.compile(
    r"[\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)*?\.(?:\p{Ll}{2,6}|\p{Lu}{2,6})", regex.V1
)
_INITIAL = regex.compile(r"(?:^|[ .])\p{Lu}\.$")  # "Washington D.C." keeps its dot
# A full stop inside a name, before the next capitalised word: an abbreviation's ("U.S.
# Department", "Acme Inc. Group") or a sentence's end ("according to Bloomberg. It rose").
_INNER_STOP = regex.compile(r"(?<![\p{L}\p{N}&'’\-/.])([\p{L}\p{N}&'’\-/.]+?)\.[ ]++(?=\p{Lu})")


# The cues before a name (``according to X``) and the verbs after one (``X reports``)
# are each matched as one alternation of all the lexicon's cues, compiled once.  The
# engine would try it at every position; it is tried only where one of the cues alone
# matches, found by a fast search for its letters: a match starts with a cue, so the
# matches are the same.  Before its search, a cue is screened cheaper still by its
# words, looked up as substrings of the (casefolded) text: a cue whose words are not
# all there is not there (see :func:`~newsstruct.lang.fold_for_screen`).


@attrs.frozen
class _Screens:
    """The words of a lexicon's cues (casefolded where case is ignored), each once, and
    each cue's words with the cue alone as :func:`_before_pattern` or
    :func:`_after_pattern` match it."""

    words: tuple[str, ...]
    cues: tuple[tuple[frozenset[str], regex.Pattern[str]], ...]


@functools.lru_cache(maxsize=64)
def _screens(cues: tuple[str, ...], ignore_case: bool, boundary: bool) -> _Screens:
    """The :class:`_Screens` of a lexicon's cues."""
    folds = [fold_for_screen(cue) if ignore_case else cue for cue in cues]
    return _Screens(
        tuple(dict.fromkeys(word for fold in folds for word in fold.split(" "))),
        tuple(
            (
                frozenset(fold.split(" ")),
                regex.compile(_alternatives((cue,), ignore_case, boundary), regex.V1),
            )
            for cue, fold in zip(cues, folds, strict=True)
        ),
    )


def _alternatives(cues: tuple[str, ...], ignore_case: bool, boundary: bool) -> str:
    found = alternation(cues, boundary=boundary)
    return f"(?i:{found})" if ignore_case else found


def _starts(
    text: str, cues: tuple[str, ...], *, ignore_case: bool, boundary: bool, spaced: bool = False
) -> list[int]:
    """Where one of the cues matches in ``text``, in order; each word of the cues is
    looked up in the text once, for all the cues that hold it.  With ``spaced``, only
    where such a cue has a space after it (or ends in an elided article), as
    :func:`_before_pattern` needs: the engine looks for that space from where it tries
    the pattern on, through all the rest of the text if none comes (quadratic in a text
    of many cues and no space after them, such as cells split by tabs:
    ``Acme\treports\t12``)."""
    screens = _screens(cues, ignore_case, boundary)
    haystack = fold_for_screen(text) if ignore_case else text
    present = frozenset(filter(haystack.__contains__, screens.words))
    return sorted(
        {
            match.start()
            for words, screen in screens.cues
            if words <= present
            for match in screen.finditer(text, overlapped=True)
            # (or an elided article at its end, written onto the name: "all'ANSA")
            if not spaced or text.startswith(" ", match.end()) or text[match.end() - 1] in "'’"
        }
    )


def _matches(
    pattern: regex.Pattern[str] | None, text: str, starts: list[int]
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern whose matches start
    only at ``starts``: tried there alone."""
    if pattern is None:
        return
    end = 0
    for start in starts:
        if start >= end and (found := pattern.match(text, start)) is not None:
            end = found.end()
            yield found


def _words_before_on_line(text: str, start: int) -> bool:
    """Whether a letter or a digit stands before ``start`` on its line."""
    return any(c.isalnum() for c in text[text.rfind("\n", 0, start) + 1 : start])


# what may follow a credit line's names on their line: a closing bracket, a full stop, or
# a semicolon and the next credit ("(Additional reporting by HWS; Editing by Jo Roe)")
_CREDIT_LINE_END = regex.compile(r"[ \t]*+[.)]?+[ \t]*+(?:$|;)", regex.M)
# characters from a credit line's start to the end of its cue, at most: the opener
# ("(With additional reporting by" is 29) and the spaces around it; the line's start is
# looked for this far back only (a search to the text's start, and the words read from
# there, for each cue of a long line made its parse quadratic)
_CREDIT_LINE_REACH = 80


def _credit_line(text: str, cue: Span, names: list[Span], lexicon: Lexicon) -> bool:
    """Whether a cue and its names make a wire's credit line: the line (or a bracket, or
    a part after a semicolon) opens with one of :attr:`Lexicon.credit_line_openers`,
    which the cue ends, and the names end it."""
    if not names or not lexicon.credit_line_openers:
        return False
    reach = max(0, cue.end - _CREDIT_LINE_REACH)
    start = max(text.rfind("\n", reach, cue.start), text.rfind(";", reach, cue.start)) + 1
    if start == 0 and reach > 0:
        return False  # the line opens further back than any opener reaches
    opener = " ".join(text[start : cue.end].lstrip(" \t(").casefold().split())
    return (
        opener in lexicon.credit_line_openers
        and _CREDIT_LINE_END.match(text, names[-1].end) is not None
    )


@functools.lru_cache(maxsize=64)
def _before_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """A cue, the lower-case words that describe the medium (``в інтерв'ю німецькому
    виданню Bild``), and the list of names."""
    if not lexicon.attribution_cues:
        return None
    patterns = _names_of(lexicon)
    return regex.compile(
        r"(?<!\p{L})(?P<cue>"
        + _alternatives(lexicon.attribution_cues, True, False)
        # a cue that ends in an elided article is written onto the name ("a déclaré à
        # l'AFP", "ha detto all'ANSA")
        + r")(?:[ ]++|(?<=['’]))"
        + patterns.described
        + patterns.names,
        regex.V1,
    )


@functools.lru_cache(maxsize=64)
def _after_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    if not lexicon.attribution_verbs:
        return None
    verbs = _alternatives(lexicon.attribution_verbs, False, True)
    return regex.compile(r"(?<!\p{L})(?P<cue>" + verbs + r")", regex.V1)


@functools.lru_cache(maxsize=64)
def _references(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's reference phrases (``with reference to``), casefolded, single-spaced."""
    return frozenset(" ".join(p.casefold().split()) for p in lexicon.reference_phrases)


@functools.lru_cache(maxsize=64)
def _lead_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that open a clause before a name ("As Ukrinform reported", "Раніше УНН
    повідомляв"), once per lexicon."""
    return (
        lexicon.as_words
        | lexicon.conjunctions
        | lexicon.clause_openers
        | lexicon.prepositions
        | lexicon.time_words
        | lexicon.sentence_adverbs
    )


# The name right before a verb (``The Guardian reports``) is searched in a short window.
_WINDOW = 120
# What the last word of a name holds: a capital (the capitalised word it ends with) or a
# closing mark (a name in marks).
_NAME_END = regex.compile(rf"[\p{{Lu}}{_CLOSING_MARKS}]")


def _may_end_name(text: str, start: int, end: int) -> bool:
    """Whether a name of :func:`_names_of` may end right before the spaces before
    ``end`` (``start``: the window's start), in a language that prints no outlet's name
    in lower case: spaces come before ``end``, and the word before them holds a capital
    or a closing mark (most words before a verb, ``he said``, hold neither, and the
    pattern of names is not tried at every position of the window)."""
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    word = max(start, text.rfind(" ", start, stop) + 1)
    return stop < end and _NAME_END.search(text, word, stop) is not None


def _name_window(text: str, start: int, end: int, inner: frozenset[str]) -> int:
    """Where a name of :func:`_names_of` right before ``end`` starts at the earliest in
    the window from ``start``: after the last word there that no name holds, a word of
    ASCII letters opening in lower case (a comma after it perhaps) that is none of
    ``inner`` (_Names.inner: ``said``, ``ferry``; no name starts inside it either, as a
    letter stands before each of its letters), or a word that ends in a stop or a comma
    and a quotation mark, and that no other quotation mark follows (a name in marks
    holds any word).  The pattern is tried at the places after it alone, not at every
    character of the window."""
    position = end
    for word in reversed(text[start:end].split()):
        position = text.rfind(word, start, position)
        if word[-1] in _MARK_SET and word[-2:-1] in _STOPS_BEFORE_MARK:
            # "… rebuild,” Jo Roe said": a quotation's mark after its stop or comma, which
            # closes no name in marks (and opens none before a space)
            return position + len(word)
        if not _MARK_SET.isdisjoint(word):
            return start  # (a name in marks may hold the words before it)
        bare = word[:-1] if word.endswith(",") else word
        if bare.isascii() and bare.isalpha() and bare[0].islower() and bare not in inner:
            return position + len(word)
    return start


def _listed(text: str, span: Span, split: regex.Pattern[str]) -> Iterable[Span]:
    """The names of a list (``Lornpress and Harbour TV``) in ``span``."""
    position = span.start
    for separator in split.finditer(text, span.start, span.end):
        yield Span(position, separator.start())
        position = separator.end()
    yield Span(position, span.end)


def _is_body(word: str, lexicon: Lexicon) -> bool:
    """Whether a word names a body that is no medium (``ministry``, ``Service``)."""
    folded = word.casefold()
    return folded in lexicon.thing_nouns and folded not in lexicon.media_words


def _outlet_before_subject(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the name of an outlet that was told something ends when the next clause's
    capitalised subject and its verb follow it (``told Reuters Jo Roe had …``: ``Reuters``):
    after its media words, where capitalised words that are none follow up to a finite
    auxiliary, an irregular finite verb or a cue's finite form (``said``); else ``end``."""
    verb = _NEXT_WORD.match(text, end)
    if verb is None or not (
        verb.group(1) in lexicon.finite_auxiliaries
        or verb.group(1) in lexicon.finite_verbs
        or (verb.group(1) in lexicon.cue_verbs and not verb.group(1).endswith("ing"))
    ):
        return end
    words = list(_NAME_WORD.finditer(text, start, end))
    at = 0
    while at < len(words) and words[at].group().casefold() in lexicon.determiners:
        at += 1  # "told The Times Jo Roe had …"
    first = at
    while at < len(words) and words[at].group().casefold() in lexicon.media_words:
        at += 1
    if first == at or at == len(words):
        return end
    if any(
        not word.group()[:1].isupper() or word.group().casefold() in lexicon.media_words
        for word in words[at:]
    ):
        return end
    return words[at - 1].end()


def _described(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is a body's, not a newspaper's title: it holds a noun of an
    organisation that is no medium (``the State Border Guard Service``) or is followed
    by one (``the Acmeenergo company``, ``the Harbour ministry``), or it is an acronym
    the lexicon knows as no medium (``the SBU``)."""
    word = _NEXT_WORD.match(text, span.end)
    words = span.of(text).split()
    return (
        (word is not None and _is_body(word.group(1), lexicon))
        or any(_is_body(w, lexicon) for w in words)
        or (0 < len(words) <= 2 and is_acronym(words[-1].rstrip(".,")))
    )


_PHRASE_WORD = regex.compile(r"[ ]++([\p{L}\p{N}'’\-]++)")
_PHRASE_WORDS = 8  # words a body's name goes on with after its capitalised first


def _noun_phrase_end(text: str, end: int, lexicon: Lexicon) -> int:
    """Where the name of a body that ends at ``end`` as capitalised words ends with the
    words after it (``Генеральний`` + ``штаб ЗСУ``, ``the Office`` + ``of the Prosecutor
    General``): up to punctuation, or a preposition, conjunction, clause word or
    platform that opens something else; or with a name in marks after them (``КП``
    + ``"Київський метрополітен"``)."""
    stops = (lexicon.prepositions - lexicon.phrase_prepositions) | (
        lexicon.conjunctions | lexicon.clause_openers | lexicon.complementizers
    )
    # where a name capitalises all its words but a few (English, title_minor_words), it
    # goes on through capitalised words and the prepositions and articles between them
    capitalised = bool(lexicon.title_minor_words)
    between = lexicon.phrase_prepositions | lexicon.determiners
    last = end
    previous = ""
    for _ in range(_PHRASE_WORDS):
        marked = _MARKED_AFTER.match(text, end)
        if marked is not None:
            return marked.end()
        word = _PHRASE_WORD.match(text, end)
        if word is None:
            break
        printed = word.group(1)
        folded = printed.casefold()
        if folded in stops or folded in lexicon.platform_words or folded in lexicon.time_words:
            break
        upper = printed[:1].isupper()
        if capitalised and not upper and folded not in between:
            break  # "the General Staff" + "data published": the name has ended
        if (
            upper
            and previous in lexicon.role_nouns
            and folded not in lexicon.role_nouns
            and folded not in lexicon.thing_nouns
            and not is_acronym(printed)  # "Генеральний штаб ЗСУ"
        ):
            break  # "the Prosecutor General" + "Andriy Koval": a person after the role
        previous = folded
        end = word.end()
        if upper or not capitalised:
            last = end
    return last


@functools.lru_cache(maxsize=64)
def _person_words(lexicon: Lexicon) -> frozenset[str]:
    """The casefolded words of a person's role or title, no body's, thing's or medium's
    noun (``minister``, ``head``; not ``office``, ``staff``), once per lexicon."""
    return (lexicon.role_nouns | lexicon.titles) - (
        lexicon.body_nouns | lexicon.thing_nouns | lexicon.media_words
    )


_PERSON_WORDS = 4  # words of a person's name at most (first, middle, family names)


def _possessor_end(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a name from ``start`` to ``end`` ends before the possessive ending of one of
    its words, when more words follow and the words before it name an outlet (``told
    CNN's Jo Roe``: the outlet ``CNN``, whose interviewer is no source; ``the Lornport
    Herald's Ann Lee``; but ``Britain's ITV``); ``end`` where there is none."""
    for word in _NAME_WORD.finditer(text, start, end):
        ending = next((e for e in lexicon.possessive_endings if word.group().endswith(e)), "")
        if ending and start < word.end() - len(ending) and word.end() < end:
            cut = word.end() - len(ending)
            return cut if is_outlet_name(text[start:cut], lexicon) else end
    return end


def _newsroom_name(text: str, name: str, lexicon: Lexicon) -> bool:
    """Whether a name before one of :attr:`Lexicon.newsroom_verbs` is an outlet's: one
    capitalised word (``Lornpress``) that is no first name, no role and no person's surname
    elsewhere in the ``text`` (a capitalised word right before it: ``Jo Roe``)."""
    if " " in name or not name[:1].isupper():
        return False
    key = name.casefold()
    if key in lexicon.first_names or key in lexicon.role_nouns or key in lexicon.pronouns:
        return False
    return not any(_after_capitalised(text, start) for start in _occurrences(text, name))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` with no letter right after it."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if end == len(text) or not text[end].isalpha():
            yield start
        start = text.find(word, start + 1)


def _after_capitalised(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows spaces after a run of letters holding a
    capital (``Jo Roe``: ``Roe`` follows ``Jo``)."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == start:
        return False
    first = end
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return any(letter.isupper() for letter in text[first:end])


def _names_person(name: str, lexicon: Lexicon) -> bool:
    """Whether a name that an outlet's reference phrase credits is a person's, whom the
    outlet quotes, no outlet or document: one that opens with a first name the lexicon
    lists, in any case (``з посиланням на Дениса Лорненка``), a role or title and two
    capitalised words of neither (``citing Defense Minister Jo Roe``), or a role and
    the preposition of its body (``citing Head of the Harbour Authority``); not ``the
    General Staff``, ``the Office of the Prosecutor General``."""
    printed = name.split()
    if printed and printed[0].casefold() in lexicon.name_articles:
        printed = printed[1:]
    words = [w.strip(".,'’").casefold() for w in printed]
    if len(words) < 2:
        return False
    first = words[0]
    if len(words) <= _PERSON_WORDS and (
        first in lexicon.first_names
        or first_name_case(printed[0], lexicon, oblique=True) is not None
    ):
        return True
    person_words = _person_words(lexicon)
    if first in person_words and words[1] in lexicon.phrase_prepositions:
        return True
    last_two = printed[-2:]
    return (
        len(words) > 2
        and all(w[:1].isupper() and not is_acronym(w) for w in last_two)
        and not any(
            w in person_words or w in lexicon.body_nouns or w in lexicon.thing_nouns
            for w in words[-2:]
        )
        and any(w in person_words for w in words[:-2])
    )


_PARTS = regex.compile(r"[\s\-]+")
_LAST_WORD = regex.compile(r"([\p{L}\-]++)[ ]++$")
# a title's initials, all capitals: "IFR", "VPX"
_INITIALS = regex.compile(r"\p{Lu}{2,5}+")
_LAST_WORD_REACH = 40  # characters before a name searched for the word before it


def _is_platform(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the name at ``start:end`` is a social network or messenger alone
    (``Telegram``, ``Telegram-канал``, ``соцмережі``, ``X`` after ``соцмережі``): the
    channel a speaker posts on, no outlet."""
    parts = _PARTS.split(text[start:end].casefold())
    if lexicon.platform_words.isdisjoint(parts):
        return False  # no platform word at all: the word before cannot make one (most names)
    word = _LAST_WORD.search(text, max(0, start - _LAST_WORD_REACH), start)
    before = word.group(1).casefold() if word is not None else ""
    return names_platform(parts, lexicon, before)


def _past_platform(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the name at ``start:end`` starts after a platform's channel that opens it
    (``Telegram-канал НЕК "Укренерго"``: the company's channel, the company credited)."""
    word = _LEAD_WORD.match(text, start, end)
    if word is None or word.end() >= end or not _is_platform(text, start, word.end(1), lexicon):
        return start
    return word.end()


_LEAD_WORD = regex.compile(r"([\p{L}\-]++)[ ]++")


_LOWER_WORDS = regex.compile(r"(?:\p{Ll}[\p{L}\-]*+[ ]++){1,3}+(?=[\p{Lu}«„“\"])")


def _after_medium_noun(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a credited name starts after the lower-case words that describe it and end
    in a noun of the media, without an article (``агентство Bloomberg``, ``британське
    видання The Guardian``, ``газета «Известия»``): the name is the capitalised or marked
    rest."""
    words = _LOWER_WORDS.match(text, start, end)
    if words is None:
        return start
    folded = words.group().casefold().split()
    if folded[-1] not in lexicon.media_words or any(w in lexicon.determiners for w in folded):
        return start  # "el diario Faro Norte": an article makes the noun part of the name
    return words.end()


# ", сообщает «Медиазона»." closing its paragraph: the comma before the cue, the name
# in marks right after it, nothing after its closing mark but the full stop
_BEFORE_TRAILING_CUE = regex.compile(r",[ ]*+$")
_TRAILING_TITLE = regex.compile(
    rf"[ ]++[{_OPENING_MARKS}]([^{_MARKS}\n]{{1,60}}+)[{_CLOSING_MARKS}]\.?+[ ]*+(?:\n|$)"
)
_CONTEXT_REACH = 5  # characters before a cue searched for the comma that closes the content


def _trailing_title(text: str, cue: Span) -> bool:
    """Whether a credit cue closes its paragraph with a name in marks after the content it
    credits (``Цены выросли, сообщает «Медиазона».``) and the name stands nowhere else in
    the text: the outlet's self-credit of a medium the lexicon does not know. A body in
    marks speaks elsewhere or stands in a sentence of its own (``Про це повідомляє
    «Нафтогаз».``), opens the sentence (``По данным «Мемориала», …``) or follows the cue's
    closing comma (``Як повідомляє ЗМІ, «Нафтогаз» …``)."""
    if _BEFORE_TRAILING_CUE.search(text, max(0, cue.start - _CONTEXT_REACH), cue.start) is None:
        return False
    title = _TRAILING_TITLE.match(text, cue.end)
    return title is not None and text.count(title.group(1)) == 1


def _refers(text: str, end: int, references: frozenset[str]) -> bool:
    """Whether a reference phrase (``со ссылкой на``, ``citing``) follows a name that ends
    at ``end``, after a space."""
    after = text[end : end + _REFERENCE_REACH].casefold()
    return after[:1] == " " and any(after.startswith(f" {r} ") for r in references)


_REFERENCE_REACH = 40  # characters after a name searched for a reference phrase
_SELF_REACH = 3  # words between the outlet's name and its reference phrase, name included
_TOKEN = regex.compile(r"[\p{L}\p{N}\-]++")


def _after_self_name(text: str, start: int, names: set[str]) -> bool:
    """Whether the outlet's own name ends shortly before ``start`` (``UNN reports`` before
    ``with reference to``, ``передает УНН`` before ``со ссылкой на``)."""
    if not names:
        return False
    words = _TOKEN.findall(text, max(0, start - 60), start)[-_SELF_REACH:]
    folded = [w.casefold() for w in words]
    pairs = [" ".join(folded[n : n + 2]) for n in range(len(folded) - 1)]
    return any(w in names for w in folded + pairs)


def credited_lists(
    text: str, spans: Iterable[Span], outlet: OutletRules | None
) -> tuple[Span, ...]:
    """The lists of names that the outlet's credit lines credit (``ab/jsi (AP,
    Reuters)``): the group ``names`` of each paragraph that one of the outlet's
    ``credit_patterns`` matches whole."""
    if outlet is None or not outlet.credit_patterns:
        return ()
    patterns = compile_patterns(outlet.credit_patterns)
    found: list[Span] = []
    for span in spans:
        for pattern in patterns:
            match = pattern.fullmatch(text, span.start, span.end)
            if match is not None:
                start, end = match.span("names")
                if start < end:  # (a group left unmatched spans -1 to -1)
                    found.append(Span(start, end))
                break
    return tuple(found)


class _Unseen:
    """A text without its invisible characters (``reading``), and the maps of a span
    between it and the text as written."""

    def __init__(self, text: str) -> None:
        # each removed character's position as written, and in the reading (that of the
        # character after it)
        hidden = any(c in text for c in INVISIBLE)
        self._written = [m.start() for m in INVISIBLE_CHARACTER.finditer(text)] if hidden else []
        self._read = [at - n for n, at in enumerate(self._written)]
        self.reading = INVISIBLE_CHARACTER.sub("", text) if hidden else text

    def read(self, span: Span) -> Span:
        """``span`` of the text as written, in the reading."""
        removed = self._written
        if not removed:
            return span
        return Span(
            span.start - bisect.bisect_left(removed, span.start),
            span.end - bisect.bisect_left(removed, span.end),
        )

    def written(self, span: Span) -> Span:
        """``span`` (not empty) of the reading, in the text as written: from its first
        character to its last, the invisible characters between them included."""
        if not self._written:
            return span
        return Span(self._at(span.start), self._at(span.end - 1) + 1)

    def _at(self, position: int) -> int:
        return position + bisect.bisect_right(self._read, position)


def _own_channel(name: str, prefixes: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a name is a channel of an excluded name's own (``prefixes``: each folded,
    a space after it): the name, then a medium's word or a title's initials (``BBC Radio
    Lornshire`` in a BBC story, ``Harbour Times Online``, ``Valmont Press VPX``), or the
    name and words that a body's noun ends (``BBC World Service``); not another body
    that opens with it (``AP Moller-Maersk`` under an AP dateline, ``the Reuters
    Institute`` in a Reuters story)."""
    folded = name.casefold()
    for prefix in prefixes:
        if folded.startswith(prefix):
            words = name.split()
            after = words[len(prefix.split())] if len(words) > len(prefix.split()) else ""
            if (
                after.casefold() in lexicon.media_words
                or _INITIALS.fullmatch(after)
                or (after and words[-1].casefold() in lexicon.body_nouns)
            ):
                return True
    return False


def _held_by_medium(name: str, cue: str, lexicon: Lexicon) -> bool:
    """Whether a name after an attribution cue may be an outlet's as far as the cue goes:
    after a cue that names who holds a document (:attr:`Lexicon.holder_cues`: ``obtained
    by``), only a name that a media word ends, a known medium's whole name, or one and a
    word of its edition (``the Harbour Times``, ``Reuters``, ``Politico Europe``; not
    ``Network Rail``, nor ``Sky Harbour Authority``, ``Times Square Alliance``: a
    medium's word opens a body's longer name)."""
    if " ".join(cue.casefold().split()) not in lexicon.holder_cues:
        return True
    words = [w for w in name.casefold().split() if w not in lexicon.determiners]
    return bool(words) and (
        words[-1] in lexicon.media_words
        or " ".join(words) in INTERNATIONAL_MEDIA
        or (len(words) == 2 and words[0] in INTERNATIONAL_MEDIA)
    )


def find_attributions(
    text: str,
    lexicon: Lexicon,
    *,
    excluded: Iterable[str] = (),
    also: Iterable[Span] = (),
    speakers: Iterable[Span] = (),
) -> tuple[Attribution, ...]:
    """Return the sources the article credits, in text order.

    ``excluded`` are names that never count (the outlet's own, the dateline's agency);
    ``also`` are source mentions found by the quote step (``This was reported by X``)
    to keep when they name an outlet; ``speakers`` are the mentions of the quotes'
    speakers, which no outlet's name runs into (``a déclaré à l'AFP Jo Roe``: ``AFP``).
    """
    # names are read with no-break and thin spaces as plain ones ("the Harbour\N{NO-BREAK
    # SPACE}Post"), every line end as a line feed ("\r"), Markdown emphasis around a whole
    # line and, where the head holds emoji, every emoji as spaces (plain_lines), one
    # character for one; then without the invisible characters in words (the spans mapped
    # back by ``unseen``); a source is still sliced from ``written``
    written, text = text, plain_lines(plain_spaces(text))
    unseen = _Unseen(text)
    text = unseen.reading
    also = [unseen.read(span) for span in also]
    speaker_starts = sorted(unseen.read(span).start for span in speakers)
    cues = _starts(text, lexicon.attribution_cues, ignore_case=True, boundary=False, spaced=True)
    verbs = _starts(text, lexicon.attribution_verbs, ignore_case=False, boundary=True)
    patterns = _names_of(lexicon)
    skip = {name.casefold() for name in excluded}
    own_channels = tuple(f"{name} " for name in skip if name)
    found: dict[tuple[int, int], Attribution] = {}

    lead_words = _lead_words(lexicon)

    def add(span: Span, cue: Span | None, credits: bool = False) -> None:
        start, end = span.start, span.end
        while True:  # "As Ukrinform reported": the name starts after "As"
            word = _FIRST_WORD.match(text, start, end)
            if word is None or word.group(1).casefold() not in lead_words:
                break
            start = word.end()
        word = _FIRST_WORD.match(text, start, end) if lexicon.capitalised_nouns else None
        if word is not None and word.group(1) in lexicon.determiners and word.end() < end:
            # "berichtet die Süddeutsche Zeitung": where every noun is capitalised, so is
            # a name's own article ("Die Welt"); one in lower case is the sentence's
            start = word.end()
        named = _after_medium_noun(text, start, end, lexicon)
        credits = credits or named > start  # "издание The Washington Post": an outlet
        start = named
        end = _possessor_end(text, start, end, lexicon)
        # a stop is a full stop and a space: most names hold none, and skip the search
        stops = _INNER_STOP.finditer(text, start, end) if text.find(". ", start, end) >= 0 else ()
        for stop in stops:
            stopped = stop.group(1)
            if (
                len(stopped) > 1
                and "." not in stopped
                and stopped.casefold() not in lexicon.abbreviations
            ):
                end = stop.end(1)  # the sentence ends: the name before its full stop
                break
        if cue is not None and text[cue.start : cue.end].casefold() in lexicon.object_cue_verbs:
            end = _outlet_before_subject(text, start, end, lexicon)
        # "a déclaré à l'AFP Jo Roe", "powiedział PAP Roe": the speaker told the outlet
        spoken = bisect.bisect_right(speaker_starts, start)
        if spoken < len(speaker_starts) and speaker_starts[spoken] < end:
            end = speaker_starts[spoken]
        span = Span(start, max(start, end))
        end = span.end
        while (
            end > span.start
            and text[end - 1] in ".,’'" + _MARKS
            and not _INITIAL.search(text, span.start, end)
            and not _FORM_AND_MARKED.fullmatch(text, span.start, end)
        ):
            end -= 1  # "according to AP." – the full stop ends the sentence
        while start < end and (
            text[start].isspace()
            # "die „Bild“-Zeitung" (a mark opens the pattern: no space is tried)
            or (text[start] in _MARKS and not MARKED_HEAD.match(text, start, end))
        ):
            start += 1  # any space str.isspace() knows, such as U+001C after "according to"
        while end > start and text[end - 1].isspace():
            end -= 1
        marked = _ARTICLE_MARK.match(text, start, end)
        if marked is not None:
            start = marked.end()  # "die „Zeit“", "the «Courier»": the name in its marks
        span = Span(start, end)
        name = span.of(text)
        if not name or name.casefold() in skip:
            return
        article = next((a for a in patterns.articles if name.startswith(a)), "")
        bare = name[len(article) :]
        if (
            bare.casefold() in skip
            or _own_channel(bare, own_channels, lexicon)
            or _is_platform(text, end - len(bare), end, lexicon)
            or bare.split()[-1].casefold() in lexicon.generic_media  # "российские СМИ"
            or bare.casefold() in lexicon.media_nouns  # "wie die Zeitung berichtet"
        ):
            return
        if cue is not None and not _held_by_medium(bare, text[cue.start : cue.end], lexicon):
            return
        if (
            is_outlet_name(name, lexicon)
            or credits
            or _WEB_NAME.fullmatch(bare) is not None  # "пише Lenta.ru": a site
        ):
            if article[:1].islower():
                # "told the BBC": a lower-case article is the sentence's, not the name's
                name, span = bare, Span(span.end - len(bare), span.end)
            if (span.start, span.end) not in found:
                at = unseen.written(span)
                heard = None if cue is None else unseen.written(cue)
                found[span.start, span.end] = Attribution(at.of(written), at, heard)

    references = _references(lexicon)
    for match in _matches(_before_pattern(lexicon), text, cues):
        cue = Span(match.start("cue"), match.end("cue"))
        said = " ".join(match.group("cue").casefold().split())
        if said.endswith(":") and _words_before_on_line(text, cue.start):
            continue  # a label opens its line: "Image source: Reuters" is a photo credit
        credit_cue = said in lexicon.credit_cues
        # "UNN reports with reference to the ministry": the outlet credits its source,
        # whatever it is
        referred = said in references and _after_self_name(text, cue.start, skip)
        names = list(_listed(text, Span(*match.span("names")), patterns.split))
        # "carried by Lornpress and Deutsche Welle": one outlet makes the list
        # a list of outlets; "reported by The Evening Courier": a title
        listed = credit_cue and any(is_outlet_name(n.of(text), lexicon) for n in names)
        # "в інтерв'ю німецькому виданню Bild": a medium's name
        described = bool(match.group("described"))
        # a list that a conjunction closes; commas alone may close the credit and go on
        # with the clause's subject ("Як пише видання Bild, Берлін готує …"): a name after
        # them is credited only as an outlet's
        closed = len(names) < 2 or text[names[-2].end : names[-1].start].strip(", ") != ""
        # "(With inputs from HWS)": a wire's credit line, where an acronym names a wire
        wire_line = _credit_line(text, cue, names, lexicon)
        for number, span in enumerate(names):
            extended = (listed or described) and (number == 0 or closed)
            marked = text[span.start] in _MARKS and "," not in text[cue.end : span.start]
            titled = (
                # "reported by the Evening Courier", "пишет «Вечерний вестник»": a title;
                # "…, сообщает «Медиазона».": a medium credited after its content
                (
                    (credit_cue and (span.of(text).startswith(patterns.articles) or marked))
                    or (marked and _trailing_title(text, cue))
                    # "Об этом сообщает «Медиазона» со ссылкой на …": one that relays
                    # what another said is a medium
                    or (marked and _refers(text, span.end, references))
                )
                and not _described(text, span, lexicon)
                # "сообщает «Лорнгаз» со ссылкой на данные …": a company named for its
                # industry relays its own data
                and not is_company_name(span.of(text), lexicon)
            )
            if referred and len(names) == 1:
                # "з посиланням на Офіс генерального прокурора": the body's whole name
                span = Span(
                    _past_platform(text, span.start, span.end, lexicon),
                    _noun_phrase_end(text, span.end, lexicon),
                )
                if _names_person(span.of(text), lexicon):
                    continue  # "citing Defense Minister Jo Roe": a speaker, no source
            wired = wire_line and is_acronym(span.of(text))
            add(span, cue, extended or titled or referred or wired)
    for match in _matches(_after_pattern(lexicon), text, verbs):
        start = max(0, match.start() - _WINDOW)
        if not lexicon.lower_case_outlets and not _may_end_name(text, start, match.start()):
            continue
        at = _name_window(text, start, match.start(), patterns.inner)
        named = patterns.before.search(text, at, match.start())
        if named is not None:
            add(
                Span(named.start("names"), named.end("names")),
                Span(match.start("cue"), match.end("cue")),
                match.group("cue") in lexicon.newsroom_verbs
                and _newsroom_name(text, named.group("names"), lexicon),
            )
    first_line = patterns.first_credit_line.match(text)
    # a credit line holds no bracket nor opens with a dash, so the first line's and the
    # others never overlap
    later = sorted(
        itertools.chain(
            patterns.credit_line.finditer(text),
            patterns.credit_bracket.finditer(text),
            patterns.sign_off.finditer(text),
        ),
        key=lambda match: match.start(),
    )
    for match in itertools.chain((first_line,) if first_line else (), later):
        # "— PTI", "(BERNAMA)": a wire's name where the wire signs its copy credits it
        credited = Span(match.start("names"), match.end("names"))
        add(credited, None, is_credited_wire(credited.of(text)))
    # the spans found so far, by start, for the overlap test below: one found span meets
    # a name only where it starts less than the longest span's length before the name
    spans = sorted(found)
    longest = max((e - s for s, e in spans), default=0)
    for span in also:  # "This was reported by the Financial Times and the BBC"
        for name in _listed(text, span, patterns.split):
            lo = bisect.bisect_left(spans, (name.start - longest,))
            hi = bisect.bisect_left(spans, (name.end,))
            if any(s < name.end and name.start < e for s, e in spans[lo:hi]):
                continue  # not "the Daily Planet newspaper" beside its name
            count = len(found)
            add(name, None)
            if len(found) > count:
                key = next(reversed(found))
                bisect.insort(spans, key)
                longest = max(longest, key[1] - key[0])
    return tuple(sorted(found.values(), key=lambda a: (a.span.start, a.span.end)))
