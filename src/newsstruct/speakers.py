"""Speakers: every source mention resolved to one speaker with the most informative name.

A mention is a name (``Harbour Board Chair Ada Moss``: the role words before the
name are kept as the speaker's roles), a description (``the Harbour Board Chair``,
``a source in the ministry``) or a pronoun.  Names join a speaker whose name contains
theirs or is contained in it (``Moss`` and ``Ada Moss``); descriptions join the
speaker that the article gave those role words; pronouns join the last named speaker.
A name is upgraded to the fullest form the article prints anywhere (``Ada Moss`` for
a quote attributed to ``Moss``).  Descriptions that match nobody stay as written.

Quotes without a mention take the speaker of the discourse: the last speaker before
them, or, for a quote that runs on into the next paragraph, the speaker of its end.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import (
    ADJECTIVE_BODY_WORDS,
    COLON_ENDING,
    GENITIVE,
    Lexicon,
    alternation,
    cue_verb,
    enclitic_subject,
    first_name_case,
    headed_by,
    is_acronym,
    is_adjective_body,
    is_oblique,
    is_outlet_name,
    is_participle_form,
    is_typeset_ascii,
    opens_time_phrase,
    subject_particle,
    surname_endings,
    surname_nominative,
    verb_gender,
)
from newsstruct.model import Quote, Span, Speaker
from newsstruct.outlets import plain_spaces
from newsstruct.outlets._fragments import INVISIBLE, JOINERS
from newsstruct.quotes.assemble import Draft
from newsstruct.quotes.reading import (
    NAME_WORDS,
    ROLE_STEM,
    cue_table,
    is_plural,
    shared_prefix,
    split_elision,
    verb_group_start,
)
from newsstruct.quotes.tokens import particle_at, visible

__all__ = ["resolve_speakers"]

# (a word holds the invisible characters web text puts in words, INVISIBLE:
# "minis\N{SOFT HYPHEN}ter")
_WORD = regex.compile(
    rf"\p{{L}}[\p{{L}}\p{{M}}'’\-.{INVISIBLE}{JOINERS}]*+(?:{COLON_ENDING})?+|\p{{N}}++"
)
# a capitalised word, its initials' and abbreviations' dots but no ellipsis ("Roe...")
_NAME_WORD = rf"\p{{Lu}}(?:[\p{{L}}\p{{M}}'’\-{INVISIBLE}{JOINERS}]|\.(?!\.))*+"
_STEM = 4  # letters two forms of a word must share …
_ENDING = 2  # … and letters of ending they may differ in
_CASE_ENDING = 2  # letters of a case ending at least, after a noun's stem ("Bank-ban")
_ABBREVIATION = 4  # letters and full stop of the longest abbreviation in a name ("Jr.")
# words of a role and a name after a body's abbreviation in brackets ("(NRF) spokeswoman
# Ada Moss", "(BPBD) Kota Bandung Rina Lestari")
_AFTER_ABBREVIATION = 6
_NAME_ENDING = 3  # letters a surname's case ending adds at most (Novák, Novákovi)
_SHORT_STEM = 3  # letters two forms of a name must share (Анна ~ Анны)
_FILE_KEY = 6  # letters of the longest key a surname is filed under (see _file_key)
# a name of two capitalised words or more apposed at a mention's end (", Jo Roe")
# ("…, Minister of Harbours Jo Roe": a short lower-case word, a title's preposition or a
# name's particle, between capitalised words)
_apposed_name = lazy_pattern(  # "…, Jo Roe", "…, former Mayor Jo Roe"
    r",[ \t]*+(?:\p{Ll}[\p{L}\-]*+[ \t]++){0,2}"
    r"\p{Lu}[\p{L}\p{M}'’\-.]*+(?:[ \t]++(?:\p{Ll}{1,3}[ \t]++)?\p{Lu}[\p{L}\p{M}'’\-.]*+)++$"
)
# Searched from the end ((?r)): a forward search would retry every letter of the window.
# a generation's Roman numeral after a full name ("Jo Roe III")
_NUMERAL = regex.compile(r"I{2,3}|IV|VI{0,3}")
_PLAIN_WORD = regex.compile(r"\p{L}++")
_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+)[ \t]++$")
_WORD_AFTER = regex.compile(r"[ \t]++(\p{L}+)")
_TWO_WORDS_BEFORE = regex.compile(r"(?r)(\p{L}+)[ \t]++(\p{L}+)[ \t]++$")
_NEAR_PARAGRAPHS = 2
_PREVIOUS_PARAGRAPHS = 4
# A capitalised word, perhaps a party and state in commas, then the comma before "who".
_NAME_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]*+)(?:,[ \t]*+\p{Lu}[\p{L}.\-]*+)?+[ \t]*+,[ \t]*+$"
)
_ANTECEDENT_REACH = 40
# A personal pronoun's antecedent: a name this many characters before it, at most.
_PLURAL_WORDS = 4  # words of a plural description, the article first ("Die beiden Minister")
_GENITIVE_WORDS = 4  # an article and names after a description's noun ("der Polizei Hannover")
_PRONOUN_REACH = 400
_AFTER_MENTION = 40  # characters after a mention read for the relative pronoun it is before
_CONTRAST_REACH = 40  # characters before a name read for a word of contrast ("another friend,")
_CONTRAST_WORDS = 3  # words before a name read for one
# a person's age in commas after the name ("Jo Roe, 54, said")
_AGE_AFTER = re.compile(r",[ \t]?\d{1,3},(?!\d)")
_NEXT_WORD = regex.compile(r"\.?+[ \t]++(\p{Ll}+)")  # the word after a name ("Jo Roe Jr. said")
_LOWER_AFTER_HYPHEN = regex.compile(r"\p{L}-\p{Ll}")  # "Fact-checkers", "Su-ah"
# the sentence goes on after a name: a comma, a bracket or a lower-case word
_GOES_ON = regex.compile(r"[ \t]*+[,(\p{Ll}]")
_OPENING_WORDS = 3  # words of a short phrase that opens a sentence ("On Monday,")
_APPOSED_WORDS = 8  # words of a description fronted as an apposition ("A Democrat in a red state,")
_EPITHET_WORDS = 3  # "der frühere CDU-Politiker"
_GENITIVE_ATTRIBUTES = 2  # lower-case words between a genitive article and its noun
_COMPOUND_HEAD_REST = 3  # letters a compound puts before a body's noun ("Hafen|behörde")
_EPITHET_SENTENCES = 2  # sentences back to a speaker that an age epithet names
_SPEECH_NOUN_REACH = 3  # words of a source up to its noun of speech ("a joint statement")
# The role a name is printed with: at most these words of its clause, within these
# characters before it.
_ROLE_WORDS = 6
_APPOSITION_WORDS = 8  # words of a role in commas after a name: "Jo Roe, the governor of …,"
_ROLE_REACH = 120
# (characters and spaces, which the standard library's engine finds faster)
_SPACED = re.compile(r"\S+")  # a word as str.split reads it
# (a line ends at a line feed, a lone carriage return or a line or paragraph separator,
# as the paragraphs split: "the minister\rOlena Marchuk" is two lines)
_CLAUSE_BREAK = re.compile(r"[.,;:!?\"“”«»()\n\r\u2028\u2029]|[ \t][\-–—][ \t]")
# a name in marks right before a name, after a lower-case word (``тренер «Карпат»``).
# Searched from the end ((?r)), as _WORD_BEFORE; the name's letters greedy, not possessive,
# so that read backwards they give back its capital (no mark is among them: the match is
# the one a forward search finds).
_marked_before = lazy_pattern(
    r"(?r)(?<=\p{Ll}[ \t]++)[«\"“„](\p{Lu}[^«»\"“”„\n\r\u2028\u2029.,;:!?]{0,60})[»\"”“][ \t]++$"
)
_COMMA_BEFORE = regex.compile(r"(?r),[ \t]++$")  # the comma right before a name
# Quotes and speakers looked back over, at most: keeps resolution linear on any input.
_REACH = 60
# a letter of a script written without spaces, where a name's shorter form may end a
# longer one inside a word ("王明" of "港务局发言人王明")
_UNSPACED_LETTER = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")


_GLUED_NAME = (2, 4)  # the characters of a name written onto a role (王建国, 山田太郎)
# a name in ideographs or katakana after a modifier that ends in a syllabic letter (a
# particle or a verb's ending: "近くで食堂を営む木村一郎", "ローン港市の田中次郎")
_NAME_AFTER_MODIFIER = regex.compile(r"(?<=\p{Hiragana})[\p{Han}\p{Katakana}ー・]{2,12}+$")
# a given name in hiragana after a verb's ending that closes the modifier before it (the
# plain present, the past, the progressive: "近くに住むさくら", "店で働いていたはなこ",
# "近くに住んでいるさくら"), the verb's stem one ideograph and one kana of it at most
# (no e-row stem, "勤める", and no two kana, "暮らす": such a name is left unread)
_kana_name = lazy_pattern(
    r"(?<=\p{Han}(?:[うくぐすつぬぶむる]|[いきしちにびみりっん]?(?:てい)?[るた]|[いん](?:だ|でい[るた])))"
    r"\p{Hiragana}{2,4}+$"
)
# a foreign name in katakana before ideographs (the role's, or a country's or "former"
# written before the role: "トランプ米大統領")
_KATAKANA_NAME = regex.compile(r"[\p{Katakana}ー・]{2,}+(?=\p{Han}+$)")


def _honorific_after_link(name: str, lex: Lexicon) -> str:
    """Where a mention's last linking particle is followed by a surname and an honorific
    (Chinese ``在桥边经营小吃店的李小姐``, Miss Li, who runs a snack stall by the bridge),
    those two; else ``name``."""
    at = max((name.rfind(p) + len(p) for p in lex.linking_particles if p in name), default=0)
    tail = name[at:]
    honorific = tail[1:]
    if (
        len(honorific) >= 2
        and _uncased(tail)
        and (honorific in lex.masculine_words or honorific in lex.feminine_words)
        and honorific not in lex.pronouns
    ):
        return tail
    return name


def _uncased(word: str) -> bool:
    """Whether ``word`` opens with a letter of a script without case (``王``, ``ל``)."""
    return word[:1].isalpha() and word[:1].upper() == word[:1].lower()


# Characters before a description by a body noun (``the company``) that the body it
# refers to spoke or was named within.
_BODY_REACH = 1500
_MARKED_NAME = 60  # characters of a name in quotation marks, at most
_LINE_BREAK = regex.compile(r"[\n\r\u2028\u2029]")


# a word's first letters, cut by a map in C (stems are read for every mention of a name)
_STEM_OF = operator.itemgetter(slice(None, _STEM))


def _stems(tokens: set[str]) -> frozenset[str]:
    """The first letters that a name's words share with any form of theirs
    (:func:`_same_word`): two names with none in common never name one person."""
    return frozenset(map(_STEM_OF, tokens))


@attrs.define
class _Entity:
    name: str
    tokens: set[str]
    roles: set[str]
    is_person: bool
    mentions: list[Span] = attrs.field(factory=list)
    last: int = -1
    gender: str = ""  # "f", "m" or unknown
    # the stems of ``tokens``, set again whenever they are (but not when they are the
    # roles, which a later mention may add to: see _current_stems)
    stems: frozenset[str] = attrs.field(
        init=False, default=attrs.Factory(lambda self: _stems(self.tokens), takes_self=True)
    )


@functools.lru_cache(maxsize=64)
def _name_run(lexicon: Lexicon) -> regex.Pattern[str]:
    """Two to six capitalised words, with the lexicon's particles of names between them
    (``von der``), found from a word's start only (linear).  A particle is tried only
    after a look at its first letter: most words between names are none."""
    particles = sorted(lexicon.name_particles, key=lambda p: (-len(p), p))
    firsts = "".join(sorted({regex.escape(p.split()[0][0]) for p in particles}))
    particle = (
        f"(?:(?=[{firsts}])(?>"
        + "|".join(r"[ \t]++".join(regex.escape(w) for w in p.split()) for p in particles)
        + r")[ \t]++)?+"
        if particles
        else ""
    )
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}'’\-.]){_NAME_WORD}(?:[ \t]++{particle}{_NAME_WORD}){{1,5}}+"
    )


_TYPESET_NAME_WORD = r"[A-Z](?:[A-Za-z'’\-]|\.(?!\.))*"


@functools.lru_cache(maxsize=64)
def _typeset_name_run(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The runs of :func:`_name_run` in typeset ASCII text (lang.is_typeset_ascii: most
    English articles), by the standard library's engine, which skips to a capital where
    the regex module tries a look behind at every character (a third fewer instructions).
    ASCII's letters spelled out (such text has no other letters, no marks and no invisible
    characters), the capital before the look behind it, greedy quantifiers and a plain
    alternation of the particles for the possessive ones and the atomic group (Python 3.10
    has neither): they match the same, as no word or run of blanks can give back a
    character that what follows it would take, and a particle's words are in lower case,
    so that no shorter particle leaves a capital to go on with.  ``None`` where a particle
    is not (tests/test_speakers.py checks that the two find the same runs)."""
    particles = sorted(lexicon.name_particles, key=lambda p: (-len(p), p))
    if any(c.isupper() for p in particles for c in p):
        return None
    firsts = "".join(sorted({re.escape(p.split()[0][0]) for p in particles}))
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in particles)
    particle = f"(?:(?=[{firsts}])(?:{alternatives})[ \t]+)?" if particles else ""
    return re.compile(
        rf"[A-Z](?<![A-Za-z'’\-.][A-Z])(?:[A-Za-z'’\-]|\.(?!\.))*"
        rf"(?:[ \t]+{particle}{_TYPESET_NAME_WORD}){{1,5}}"
    )


def _case_suffix(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """A case ending joined to a capitalised word by one of the lexicon's
    :attr:`Lexicon.name_suffix_marks` (``Aksoy'a``), the word before it the group."""
    if not lexicon.name_suffix_marks:
        return None
    marks = "".join(regex.escape(m) for m in lexicon.name_suffix_marks)
    return regex.compile(rf"(\p{{Lu}}[\p{{L}}\p{{M}}]*+)[{marks}]\p{{Ll}}++")


def _file_key(word: str) -> str:
    """The first letters of a word that every other case form of it shares (all but an
    ending of :data:`_ENDING` letters), at least :data:`_SHORT_STEM` and at most
    :data:`_FILE_KEY` of them."""
    return word[: max(_SHORT_STEM, min(len(word) - _ENDING, _FILE_KEY))]


def _same_word(a: str, b: str, stem: int = _STEM) -> bool:
    """Equal, or the same word with another case ending (Терехова ~ Терехов), the two
    sharing at least ``stem`` letters."""
    if a == b:
        return True
    if a[:stem] != b[:stem]:
        return False  # most pairs differ early: no need to count the shared letters
    shared = shared_prefix(a, b)
    return shared >= stem and shared >= min(len(a), len(b)) - _ENDING


def _same_name(a: str, b: str, stem: int) -> bool:
    """:func:`_same_word` for two forms of a surname: besides, the longer ends at most
    :data:`_NAME_ENDING` letters after the letters they share, as a case ending does
    (``Лорненко``, ``Лорненкові``; ``Novotný``, ``Novotnému``), where a company's name
    built on the same letters goes on (``Лорненерго``: no form of ``Лорненко``)."""
    return _same_word(a, b, stem) and shared_prefix(a, b) >= max(len(a), len(b)) - _NAME_ENDING


def _clips(clip: str, word: str) -> bool:
    """Whether ``clip`` is ``word``, give or take its ending, or ``word``'s first letters,
    perhaps with a case ending of its own: how a clipped name shortens the word after
    its stump (``фін``, ``фіну`` of ``фінансів`` in ``Мінфін``, ``Мінфіну``; ``енерго``
    of ``енергетики``)."""
    if _same_word(clip, word):
        return True
    return len(clip) < len(word) and any(
        word.startswith(clip[:n])
        for n in range(max(_SHORT_STEM, len(clip) - _ENDING), len(clip) + 1)
    )


def _same_role_word(word: str, role: str) -> bool:
    """:func:`_same_word`, or for a role shorter than a stem (``мер``, ``мэр``) the same
    role with a case ending (``мера``, ``мэром``)."""
    return _same_word(word, role) or (
        len(role) < _STEM
        and len(word) - len(role) <= _ENDING
        and _same_word(word, role, _SHORT_STEM)
    )


def _covers(big: set[str], small: set[str]) -> bool:
    """Whether every word of ``small`` is, give or take a case ending
    (:func:`_same_name`), one of ``big``."""
    if not small:
        return False
    return small <= big or all(any(_same_name(s, b, _STEM) for b in big) for s in small)


def _current_stems(entity: _Entity) -> frozenset[str]:
    """The stems of a speaker's words as they are now: :attr:`_Entity.stems`, but for a
    description whose words are its roles, which a later mention may add to."""
    return _stems(entity.tokens) if entity.tokens is entity.roles else entity.stems


def _is_person_named(entity: _Entity, tokens: set[str], stems: frozenset[str]) -> bool:
    """Whether a speaker is a person named by these words, or by some of them (``Roe``
    after ``Jo Roe``, ``Jo Roe`` after ``Roe``); ``stems`` are the words' :func:`_stems`,
    which must meet the speaker's for any word to match (a cheap test first).  The words
    of one side cover the other's only if its stems are among theirs (two forms of a word
    share their stem), which sets test in C before any word is compared."""
    if not entity.is_person or stems.isdisjoint(entity.stems):
        return False
    theirs = _current_stems(entity)
    return (stems <= theirs and _covers(entity.tokens, tokens)) or (
        theirs <= stems and _covers(tokens, entity.tokens)
    )


def _comma_before(mention: str, words: list[tuple[str, int, int]], n: int) -> bool:
    """Whether a comma of ``mention`` comes right before its word ``n`` (after another)."""
    return n > 0 and "," in mention[words[n - 1][2] : words[n][1]]


@functools.lru_cache(maxsize=4096)  # called for every word of every name run, again and again
def _key(word: str) -> str:
    if not word.isascii():
        word = visible(word)  # "minis\N{SOFT HYPHEN}ter"
    return word.strip(".’'").casefold()


@functools.lru_cache(maxsize=256)  # read up to three times for a draft; cues repeat
def _cue_verb(cue: str, lexicon: Lexicon) -> str:
    """:func:`~newsstruct.lang.cue_verb` of a cue's words."""
    return cue_verb(map(_key, cue.split()), lexicon)


@attrs.frozen
class _RoleGroup:
    """A group of equivalent roles (``head of state``, ``president``), named by its
    first phrase, standing for any of its phrases in a role description."""

    name: str


_Reading = tuple[str | _RoleGroup, ...]  # a description's words, equivalent roles grouped


@functools.lru_cache(maxsize=64)
def _skip_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that are no part of a name (determiners, pronouns, …), once per lexicon."""
    return (
        lexicon.determiners
        | lexicon.prepositions
        | lexicon.conjunctions
        | lexicon.clause_openers
        | lexicon.auxiliaries
        | lexicon.pronouns
    )


@attrs.frozen
class _WordSets:
    """The lexicon's word sets that :class:`_Resolver` reads, joined once per lexicon."""

    # words a name's run may open with before the name: role words and articles
    # (skip), the audience capitalised at the start ("Журналістам Коваль
    # повідомив"), a source phrase's noun capitalised in German ("Nach Einschätzung
    # von Ärzten")
    leading: frozenset[str]
    particle_firsts: frozenset[str]  # the first words of the particles of names
    particle_words: frozenset[str]  # every word of the particles of names
    # for :meth:`_Resolver._shows_person`: the first names of every list (any gender)
    any_first_names: frozenset[str]
    # for :meth:`_Resolver._is_body` and :meth:`_Resolver._complement`: words that make
    # a name a body's, and the endings of an inflected word
    body_words: frozenset[str]
    case_endings: tuple[str, ...]
    # for :meth:`_Resolver._names_body`: where nouns take case endings, the body words
    # of a stem's length at least, the shortest first, and their lengths (the stems a
    # word of a length may hold); none where they take none ("Courtney" is no "court")
    body_stems: tuple[str, ...]
    body_stem_lengths: tuple[int, ...]
    # for :meth:`_Resolver._before_particle`: each word of time with each particle of
    # the subject (``오늘은``, ``今日は``), the longest first
    time_openers: tuple[str, ...]
    # for :meth:`_Resolver._role_gender`: the gendered titles of a script without
    # spaces, of two letters or more, each with its gender (``女士``, written onto the
    # name it follows: ``李华女士``)
    written_titles: tuple[tuple[str, str], ...]
    # for :meth:`_Resolver._leads_name`: the words that modify no role word after them
    # (prepositions, conjunctions, auxiliaries, cue verbs: ``said`` in ``said nominee``)
    not_modifiers: frozenset[str]
    # for :meth:`_Resolver._opens_sentence` and :meth:`_Resolver._leads_name`: the words
    # that open a phrase before a sentence's subject (prepositions, sentence adverbs)
    phrase_openers: frozenset[str]
    # for :meth:`_Resolver._described`: the determiners of another or of somebody's
    # (``a former chairman``, ``his rivals``): no description of the person named
    other_determiners: frozenset[str]
    # for :meth:`_Resolver._described`: the words that tell a gender and no office
    # (``Mr.``, ``Mrs.``)
    gendered_words: frozenset[str]
    # for :meth:`_Resolver._split`: the words that mark a name as a body of a kind
    # (:attr:`~Lexicon.body_designators`: ``Partners``, ``Corp``)
    designators: frozenset[str]
    # for :meth:`_Resolver._split` and the readers of role descriptions: the first two
    # words of each role equivalent of several words (``première ministre``)
    equivalent_openings: frozenset[tuple[str, str]]
    # for :meth:`_Resolver._office`: each one-word role of the equivalent roles, with
    # its group's first
    offices: dict[str, str]
    # for :meth:`_Resolver.analyse`: :func:`_case_suffix`
    case_suffix: regex.Pattern[str] | None
    # for :meth:`_Resolver._last_pronoun_gender`: the personal pronouns, and the object
    # pronouns that are no article or possessive too (French ``la``, English ``her``)
    telling_pronouns: frozenset[str]
    # for :meth:`_Resolver._split`: the endings of a possessive, a plural's too (each
    # plural ending with an apostrophe: ``Lornpress'``)
    possessive_endings: tuple[str, ...]


@functools.lru_cache(maxsize=64)
def _word_sets(lexicon: Lexicon) -> _WordSets:
    """The :class:`_WordSets` of a lexicon."""
    body_words = (
        lexicon.body_nouns
        | lexicon.thing_nouns
        | lexicon.name_nouns
        | {designator for _noun, designator in lexicon.body_designators}
    )
    inflected = (
        lexicon.role_case_endings or lexicon.oblique_name_endings or lexicon.oblique_case_endings
    )
    body_stems = sorted(
        (w for w in body_words if inflected and len(w) >= _STEM), key=lambda w: (len(w), w)
    )
    return _WordSets(
        leading=_skip_words(lexicon) | lexicon.audience_nouns | cue_table(lexicon).source_words,
        particle_firsts=frozenset(p.split()[0] for p in lexicon.name_particles),
        particle_words=frozenset(w for p in lexicon.name_particles for w in p.split()),
        any_first_names=cue_table(lexicon).any_first_names,
        body_words=body_words,
        designators=frozenset(designator for _noun, designator in lexicon.body_designators),
        case_endings=(*lexicon.role_case_endings, *lexicon.oblique_name_endings),
        body_stems=tuple(body_stems),
        body_stem_lengths=tuple(map(len, body_stems)),
        time_openers=tuple(
            sorted(
                {w + p for w in lexicon.time_words for p in lexicon.subject_particles},
                key=lambda opener: (-len(opener), opener),
            )
        ),
        written_titles=tuple(
            sorted(
                (title, gender)
                for gender, titles in (
                    ("f", lexicon.feminine_words),
                    ("m", lexicon.masculine_words),
                )
                for title in titles
                if len(title) > 1 and _UNSPACED_LETTER.match(title)
            )
        ),
        not_modifiers=(
            lexicon.prepositions | lexicon.conjunctions | lexicon.auxiliaries | lexicon.cue_verbs
        ),
        phrase_openers=lexicon.prepositions | lexicon.sentence_adverbs,
        other_determiners=lexicon.indefinites | lexicon.possessive_determiners,
        gendered_words=lexicon.masculine_words | lexicon.feminine_words,
        equivalent_openings=frozenset(
            (phrase[0], phrase[1]) for phrase, _ in _equivalents(lexicon) if len(phrase) > 1
        ),
        offices={
            phrase.casefold(): group[0].casefold()
            for group in lexicon.role_equivalents
            for phrase in group
            if " " not in phrase
        },
        case_suffix=_case_suffix(lexicon),
        telling_pronouns=lexicon.person_pronouns | (lexicon.object_pronouns - lexicon.determiners),
        possessive_endings=(
            *lexicon.possessive_endings,
            *(
                ending + apostrophe
                for ending in lexicon.plural_endings
                for apostrophe in "'’"
                if lexicon.possessive_endings
            ),
        ),
    )


@functools.lru_cache(maxsize=64)
def _equivalents(lexicon: Lexicon) -> tuple[tuple[tuple[str, ...], _RoleGroup], ...]:
    """Each phrase of the lexicon's role equivalents as words, with its group (named by
    its first phrase), the longest phrases first; once per lexicon."""
    found = [
        (tuple(phrase.casefold().split()), _RoleGroup(group[0].casefold()))
        for group in lexicon.role_equivalents
        for phrase in group
    ]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


_ROLE_KEY = min(_STEM, _SHORT_STEM)  # first letters every form of a role word shares


@functools.lru_cache(maxsize=64)
def _equivalents_by_start(
    lexicon: Lexicon,
) -> dict[str, tuple[tuple[tuple[str, ...], _RoleGroup], ...]]:
    """:func:`_equivalents` by the first letters of their first word, in their order:
    a word matches a phrase's first word (:func:`_same_role_word`) only where the two
    begin alike, so a word is compared with those phrases alone; once per lexicon."""
    found: dict[str, list[tuple[tuple[str, ...], _RoleGroup]]] = {}
    for phrase, group in _equivalents(lexicon):
        found.setdefault(phrase[0][:_ROLE_KEY], []).append((phrase, group))
    return {start: tuple(items) for start, items in found.items()}


@functools.lru_cache(maxsize=1024)
def _group_words(words: tuple[str, ...], lexicon: Lexicon) -> _Reading:
    """:meth:`_Resolver._grouped`, once per role phrase: a name's role phrase is matched
    against every description after it, and the same roles recur across articles (the
    key is the words and the lexicon, whose hash is cached)."""
    equivalents = _equivalents_by_start(lexicon)
    keys = [_key(w) for w in words]
    out: list[str | _RoleGroup] = []
    n = 0
    while n < len(keys):
        for phrase, group in equivalents.get(keys[n][:_ROLE_KEY], ()):
            piece = keys[n : n + len(phrase)]
            if len(piece) == len(phrase) and all(map(_same_role_word, piece, phrase)):
                out.append(group)
                n += len(phrase)
                break
            # "голова Лорнівської ОВА": the office "голова ОВА" of a place named inside it
            end = _placed_phrase_end(keys, n, phrase, lexicon)
            if end:
                out.append(group)
                out.extend(  # the place's words stay the role's
                    w
                    for w, k in zip(words[n:end], keys[n:end], strict=True)
                    if not any(_same_role_word(k, word) for word in phrase)
                )
                n = end
                break
        else:
            out.append(words[n])
            n += 1
    return tuple(out)


_PLACE_WORDS = 2  # adjectives of a place inside a role phrase, at most
_SPELLED_OUT = 3  # letters of the shortest acronym a role phrase's words may spell out


def _spells_out(keys: Sequence[str], m: int, acronym: str) -> bool:
    """Whether the words from ``m`` on are what the word ``acronym`` of a role phrase
    abbreviates, one word for each of its letters (``обласної військової адміністрації``
    for ``ова``), for an acronym of :data:`_SPELLED_OUT` letters or more."""
    return (
        len(acronym) >= _SPELLED_OUT
        and m + len(acronym) <= len(keys)
        and all(map(str.startswith, keys[m : m + len(acronym)], acronym))
    )


def _placed_phrase_end(
    keys: Sequence[str], n: int, phrase: tuple[str, ...], lexicon: Lexicon
) -> int:
    """Where a role phrase of several words that opens at ``n`` ends when adjectives in
    the genitive (:attr:`Lexicon.name_adjective_endings`) stand between its words, a
    place's (``голова Лорнівської ОВА`` for ``голова ова``), at most
    :data:`_PLACE_WORDS` of them, or when the words an acronym of it abbreviates stand
    for the acronym (``начальник Лорнівської обласної військової адміністрації``,
    ``глава министерства иностранных дел`` for ``глава мид``); else 0."""
    if len(phrase) < 2:
        return 0
    endings = lexicon.name_adjective_endings
    m, matched, skipped, spelled = n, 0, 0, False
    while matched < len(phrase) and m < len(keys):
        word = phrase[matched]
        if _same_role_word(keys[m], word):
            matched += 1
        elif matched and _spells_out(keys, m, word):
            matched += 1
            m += len(word)
            spelled = True
            continue
        elif matched and skipped < _PLACE_WORDS and endings and keys[m].endswith(endings):
            skipped += 1
        else:
            return 0
        m += 1
    return m if matched == len(phrase) and (skipped or spelled) else 0


@functools.lru_cache(maxsize=64)
def _reference_phrases(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The lexicon's reference phrases (``з посиланням на``) as words, once per lexicon."""
    return tuple(tuple(phrase.casefold().split()) for phrase in lexicon.reference_phrases)


def _closes_reference(keys: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the words ``keys`` end with a reference phrase (``з посиланням на``), or
    with its last words where the clause window cut off the rest: a role after it names
    the source referred to, in the case the preposition wants."""
    for phrase in _reference_phrases(lexicon):
        tail = phrase[-len(keys) :] if len(keys) < len(phrase) else phrase
        if keys[-len(tail) :] == tail:
            return True
    return False


@functools.lru_cache(maxsize=64)
def _full_stump_forms(lexicon: Lexicon) -> frozenset[str]:
    """The first words in full of the names the lexicon's name stumps clip
    (``міністерство`` for ``мін``), once per lexicon."""
    return frozenset(stem + ending for _stump, stem, ending in lexicon.name_stumps)


@functools.lru_cache(maxsize=64)
def _clipped_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """A capitalised word that a name stump clips (``Міністерство``), and the word after
    it (``оборони``), with the noun after that word where it is an adjective
    (``внутрішніх справ``: :attr:`Lexicon.name_adjective_endings`), once per lexicon;
    ``None`` where the lexicon has no stumps."""
    if not lexicon.name_stumps:
        return None
    stems = alternation(stem for _, stem, _ending in lexicon.name_stumps)
    noun = ""
    if lexicon.name_adjective_endings:
        endings = alternation(lexicon.name_adjective_endings)
        noun = rf"(?:(?<=(?i:{endings}))[ \t]++\p{{Ll}}++)?"
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?=\p{{Lu}})((?i:{stems})\p{{L}}*+)[ \t]++(\p{{L}}++){noun}"
    )


@functools.lru_cache(maxsize=64)
def _marked_name_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """A name in quotation marks after one of the lexicon's name nouns (``АТ
    "Укрзалізниця"``), the noun its group 1 and the name its group 2, once per lexicon;
    ``None`` where the lexicon has no name nouns."""
    if not lexicon.name_nouns:
        return None
    nouns = alternation(lexicon.name_nouns, boundary=True)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])((?i:{nouns}))[ \t]++[\"«„“]"
        rf"(\p{{Lu}}[^\"«»„“”\n\r\u2028\u2029]{{0,{_MARKED_NAME}}}?)[\"»“”]"
    )


@functools.lru_cache(maxsize=64)
def _placed_word_pattern(lexicon: Lexicon) -> regex.Pattern[str] | None:
    """A capitalised word after one of the lexicon's prepositions of place (``в
    Киеве``), the word its group 1, once per lexicon; ``None`` where it has none."""
    if not lexicon.place_prepositions:
        return None
    prepositions = alternation(lexicon.place_prepositions, boundary=True)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{prepositions})[ \t]++(\p{{Lu}}\p{{Ll}}++)")


_ROLE_ENDING = 3  # letters of ending two case forms of a role noun may differ in
_OTHER_ENDING = 3  # letters of ending another case form of a place's name may have
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}++")


@functools.lru_cache(maxsize=4096)
def _inflected_role(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a role noun in another case (``губернатора`` of
    ``губернатор``, ``посадовця`` of ``посадовець``): the two share all letters but the
    last few of the longer (not ``директоренко``, a surname), and the word's own last
    letters are a case ending of the lexicon (:attr:`Lexicon.role_case_endings`), or one
    after a consonant of the role's ending whose vowel drops (``посадов-ц-я``): not
    ``главное`` (main) of ``глава``, nor ``директива`` of ``директор``."""
    endings = lexicon.role_case_endings
    stems = cue_table(lexicon).role_stems
    # a role shorter than a stem is filed under all its letters ("мэр": "мэра", "мэру")
    for role in (*stems.get(word[:ROLE_STEM], ()), *stems.get(word[: ROLE_STEM - 1], ())):
        shared = shared_prefix(word, role)
        if shared < min(ROLE_STEM, len(role)) or shared < max(len(word), len(role)) - _ROLE_ENDING:
            continue
        tail = word[shared:]
        if (
            not endings
            or not tail
            or tail in endings
            or (tail[1:] in endings and tail[:1] in role[shared:])
        ):
            return True
    return False


@functools.cache
def _genitive_endings(lexicon: Lexicon) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The rows of :func:`surname_endings` for the genitive, one a gender: the case that
    "according to" frames want (``Według``, ``По словам``)."""
    return tuple(rows for (_, case), rows in surname_endings(lexicon).items() if case == GENITIVE)


def _alternated_nominative(word: str, lexicon: Lexicon) -> str:
    """A name's word brought back to the nominative by the longest of the lexicon's
    stem alternations that fits it (:attr:`Lexicon.name_stem_alternations`: Finnish
    ``Virtasen`` -> ``Virtanen``, ``Kallaksen`` -> ``Kallas``), or the word as given."""
    if not lexicon.name_stem_alternations:
        return word
    key = word.casefold()
    for oblique, nominative in _stem_alternations(lexicon):
        if key.endswith(oblique) and len(key) > len(oblique) + 1:
            return word[: len(word) - len(oblique)] + nominative
    return word


@functools.cache
def _stem_alternations(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """The lexicon's name stem alternations, the longest oblique ending first."""
    return tuple(sorted(lexicon.name_stem_alternations, key=lambda pair: -len(pair[0])))


def _inflected_nominative(
    name: str, lexicon: Lexicon, *, oblique: bool, titled: bool = False
) -> str:
    """A personal name brought back to the nominative by the lexicon's case endings
    when its first name is in an oblique case (``Олега Синєгубова`` -> ``Олег
    Синєгубов``, ``Анны Беловой`` -> ``Анна Белова``), or, where a name's stem
    alternates, where an oblique case is wanted (``Matti Virtasen mukaan``: ``Matti
    Virtanen``), or a surname alone after a person's title or role (``titled``) where
    an oblique case is wanted (``Według ministra Kowalskiego``: Kowalski); any other
    name as given (``Согласно данным Минэкономики``: a body's name)."""
    words = name.split()
    if oblique and lexicon.name_stem_alternations:
        # "Matti Virtasen mukaan": only the last word of a name takes the case
        return " ".join([*words[:-1], _alternated_nominative(words[-1], lexicon)])
    if oblique and titled and len(words) == 1:
        return _lone_surname_nominative(name, lexicon)
    if len(words) < NAME_WORDS or not lexicon.first_name_cases:
        return name
    found = first_name_case(words[0], lexicon, oblique=oblique)
    if found is None:
        return name
    first, gender, cases = found
    endings = surname_endings(lexicon)
    out = [first]
    for word in words[1:]:
        forms = (
            surname_nominative(word, endings.get((gender, case), ())) for case in cases.split()
        )
        out.append(next((form for form in forms if form is not None), word))
    return " ".join(out)


def _genitive_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a full name's first and last words end as one gender's genitive by
    :attr:`Lexicon.genitive_name_endings` (Czech ``Jana Nováka``; not ``Jan Novák``)."""
    if len(words) < NAME_WORDS:
        return False
    first, last = _key(words[0]), _key(words[-1])
    return any(
        first.endswith(given) and last.endswith(family)
        for given, family in lexicon.genitive_name_endings
    )


def _lone_surname_nominative(word: str, lexicon: Lexicon) -> str:
    """A surname printed alone after a role where an oblique case is wanted, brought
    back to the nominative when every case ending of :attr:`Lexicon.surname_cases` it
    fits gives one form (Polish ``Według ministra Kowalskiego``: Kowalski, ``posłanki
    Kowalskiej``: Kowalska; ``по словам министра Петрова``: Петров); no first name
    tells its gender, so a word two endings read apart is left as given.  Only the
    genitive's endings count, the case those frames want (``За словами голови
    Укрзалізниці``: a body's name in the genitive, which a dative's ending would make
    up a word of)."""
    found = {
        form
        for rows in _genitive_endings(lexicon)
        if (form := surname_nominative(word, rows)) is not None
    }
    return found.pop() if len(found) == 1 else word


@functools.lru_cache(maxsize=64)
def _word_opening(stem: str) -> regex.Pattern[str]:
    """A word that opens with ``stem``, in any case (a lexicon's few person nouns)."""
    return regex.compile(rf"(?<!\w){regex.escape(stem)}", regex.IGNORECASE)


class _Resolver:
    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        quoted: Iterable[tuple[int, int]],
        sentences: Iterable[Span],
        chrome: Sequence[Span] = (),
    ) -> None:
        """``quoted`` are the spans of the article's quotes: a name inside one is no
        antecedent of a pronoun outside it; ``sentences`` are the article's sentences, in
        text order (:func:`~newsstruct.segment.sentence_spans`); ``chrome`` the page's
        furniture (a byline), paragraphs in text order: a name there is no name the
        article prints."""
        self.text = text
        self.sentence_starts = [sentence.start for sentence in sentences]
        self.chrome = chrome
        self._chrome_starts = [span.start for span in chrome]
        self.lex = lexicon
        self.entities: list[_Entity] = []
        self.skip = _skip_words(lexicon)
        table = cue_table(lexicon)
        self.role_words = table.role_words  # titles and role nouns
        self.source_words = table.source_words
        self._sets = _word_sets(lexicon)
        self.speech_nouns = table.speech_nouns
        self.elided = table.elided
        # the full names by surname, each in the order the article first prints it (a
        # dict for an ordered set: which of two equal forms wins must not hang on hashing)
        self.full_names: dict[str, dict[str, None]] = {}
        self.roles_of: dict[str, set[str]] = {}
        self.named: list[tuple[int, int, str]] = []  # (start, end, full name) in text order
        # where the subject opens its clause, the surnames printed alone after a title
        # ("Mr. Poe"), in text order: (start, end, surname, title)
        self.titled: list[tuple[int, int, str, str]] = []
        # the role printed before each name, read when a description needs it (most
        # names are never compared with one): where its run starts, the run's words
        # before the name, and the role of an apposition after it (read at once)
        self._role_sources: list[tuple[int, list[str], tuple[str, ...]]] = []
        self._role_phrases: dict[int, tuple[str, ...]] = {}
        self._role_ranks: dict[int, frozenset[str]] = {}  # see _ranks_held
        self._formerly: dict[int, bool] = {}  # see _held_formerly
        self._pronouns: dict[str, _Entity] = {}  # unresolved pronouns, one speaker each
        self.quoted = sorted(quoted)  # in text order
        self._placed_stems: frozenset[str] | None = None
        self._stem_forms: dict[str, set[str]] | None = None
        self._role_keys: dict[str, bool] = {}  # see _is_role
        self._body_names: dict[str, bool] = {}  # see _body_name
        self._alone: dict[tuple[str, str, str, bool], bool] = {}  # see _printed_alone
        self._analyses: dict[tuple[int, int], tuple[str, str, set[str], set[str]]] = {}
        self._index_names()
        self.named_ends = [end for _start, end, _full in self.named]
        # the surnames by their first letters: two forms of one share them (the names
        # are matched against every mention, so only the few that may match are read):
        # each under its file key, and under every shorter prefix of it for the
        # shorter words that may be its forms (see _surname_forms)
        self._surname_order = {surname: n for n, surname in enumerate(self.full_names)}
        self._base_forms: dict[str, str] = {}
        self._first_words: dict[str, list[str]] | None = None  # see _opened_by
        self._surnames: dict[str, list[str]] = {}
        self._surname_prefixes: dict[str, list[str]] = {}
        for surname in self.full_names:
            key = _file_key(surname)
            self._surnames.setdefault(key, []).append(surname)
            for k in range(_SHORT_STEM, len(key) + 1):
                self._surname_prefixes.setdefault(surname[:k], []).append(surname)
        # for :meth:`_last_named_before`: by the test a name failed ((gender, questions,
        # person)), where the names that failed it lead back to (an earlier name that may
        # pass, or -1); and the lines that end in a question mark, as their breaks are found
        self._passed_over: dict[tuple[str, bool, bool], dict[int, int]] = {}
        self._line_breaks: list[int] | None = None
        self._clipped: list[tuple[int, int, str, str]] | None = None
        self._marked_found: list[tuple[int, str, str]] | None = None
        self._line_ends: dict[int, int] = {}

    # -- the names the whole article prints -------------------------------------------
    def _split(
        self, words: list[tuple[str, int, int]], *, headed: bool = False
    ) -> tuple[list[tuple[str, int, int]], list[str]]:
        """Split capitalised words into leading role words and the name after them;
        ``headed`` where nothing but articles comes before them in their mention."""
        run_keys = [_key(w[0]) for w in words]  # each word's key, read once
        first = 0
        while (
            first < len(words)
            and run_keys[first] in self._sets.leading
            # "Van Dijk", "De Vries": a capitalised particle opens a surname printed alone
            # (not "Der Referent Brenner")
            and not (
                first + 2 == len(words)
                and run_keys[first] in self._sets.particle_firsts
                and not self._is_role(run_keys[first + 1])  # not "Der Sprecher"
            )
        ):
            first += 1
        words, keys = words[first:], run_keys[first:]
        name_start = 0
        # "Ann Jo King", "Former Mayor Ed Bishop": a role word that closes a run with a
        # first name in it is a surname
        surnamed = len(keys) >= NAME_WORDS and not self._sets.any_first_names.isdisjoint(keys[:-1])
        # "Lorn Partners": a role word that marks a name as a body's closes the name
        marked = len(keys) > 1 and keys[-1] in self._sets.designators
        for n, key in enumerate(keys[:-1] if surnamed or marked else keys):
            if self._is_role(key):
                name_start = n + 1
        if (
            0 < name_start < len(words) - 1
            and not self.lex.bare_role_complements
            and keys[-1] in self.lex.thing_nouns
            # "Minister Margaret Court": a first name opens a person's name, no body's
            and keys[name_start] not in self._sets.any_first_names
        ):
            # "the State Emergency Service": a title word opens a body's name that its
            # noun ends, all of it the name ("Emergency Service")
            return words, run_keys[:first]
        for n in range(len(words) - NAME_WORDS - 1, name_start - 1, -1):
            # the word as printed (in any case): a plural's possessive ends in its apostrophe
            if words[n][0].casefold().endswith(self._sets.possessive_endings) and (
                keys[n + 1] in self._sets.any_first_names
                or (
                    n + 1 + NAME_WORDS == len(words)
                    and not any(self._is_role(k) for k in keys[n + 1 :])
                    and self._person_shaped([w[0] for w in words[n + 1 :]])
                    and not any(k in self.lex.titles for k in run_keys[: first + n])
                )
            ):
                # "Al Jazeera's Jo Roe", "Harbour Bank's Ann Lee", "Lornpress' Jo Roe": the
                # possessor is whose the person is (an outlet's reporter, a firm's analyst),
                # no part of the name; a titled one's is a thing ("Mr. King's Lantern Song
                # cycle")
                name_start = n + 1
                break
        if 0 < name_start < len(words) and (
            (keys[name_start - 1], keys[name_start]) in self._sets.equivalent_openings
        ):
            name_start += 1  # "Wali Kota Bandung Rina Lestari": a role of two words
        # a body's name before a full name is a role too: "Kyiv City Military
        # Administration Serhiy Popko" (an acronym may be a body's name: "HWS Marine
        # Sciences")
        for n in range(len(words) - NAME_WORDS - 1, name_start - 1, -1):
            if keys[n] in self.lex.thing_nouns or (
                # "Министр иностранных дел ФРГ Анналена Бербок": where nouns go bare, a
                # body's abbreviation before a full name
                self.lex.bare_noun_subjects and is_acronym(words[n][0])
            ):
                name_start = n + 1
                if self.lex.bare_role_complements and len(words) - n - 2 >= NAME_WORDS:
                    # "Kementerian Keuangan Budi Santoso": the body's name follows its
                    # noun, one word at least
                    name_start += 1
                break
        if (
            self.lex.bare_role_complements
            and name_start < len(keys) - 1
            and keys[name_start] in self.lex.thing_nouns
            and all(self._bare_complement(key) for key in keys[name_start:])
        ):
            # "Kementerian Keuangan", "Juru Bicara Kementerian Keuangan": a body's name
            # of two words, after the role or alone
            return [], keys
        if self.lex.bare_role_complements and name_start > 0:
            if all(self._bare_complement(key) for key in keys[name_start - 1 :]):
                return [], keys  # "Badan Pusat Statistik": a body's name, no person's
            # "Ketua Komisi Pemilihan Umum Budi": the words of what the role is of (not
            # after an acronym, a body's whole name: "Ketua DPR Agung Laksono")
            while (
                name_start < len(words) - 1
                and self._bare_complement(keys[name_start])
                and not is_acronym(words[name_start - 1][0])
            ):
                name_start += 1
            if keys[name_start - 1] in self.lex.area_nouns and len(words) - name_start > NAME_WORDS:
                name_start += 1  # "Kota Bandung Ahmad Fauzi": the area's name, one word
            # "Kepala Dinas Kesehatan Jawa Barat Ahmad Fauzi": a region's name that a
            # point of the compass closes, a full name after it
            name_start = 1 + max(
                (
                    n
                    for n in range(name_start, len(words) - NAME_WORDS)
                    if keys[n] in self.lex.compass_words
                ),
                default=name_start - 1,
            )
        if (
            self.lex.body_names_after_nouns
            and 0 < name_start < len(words)
            and (
                len(words) - name_start <= (NAME_WORDS if headed else 1)
                # "o presidente do Banco Central Europeu": adjectives, however many (not
                # a holder whose surname the article prints alone: "del Consiglio Mario
                # Natale … ha aggiunto Natale"; an adjective in another body's name, "o
                # Parlamento Europeu", is not alone; nor a first name of the lexicon:
                # "del Consiglio Mario Natale" printed once)
                or (
                    all(key.endswith(self.lex.body_adjective_endings) for key in keys[name_start:])
                    and not any(key in self.lex.first_names for key in keys[name_start:])
                    and not self._printed_alone(words[-1][0], words[-2][0], after_name=True)
                )
            )
            and keys[name_start - 1] in self.lex.thing_nouns
        ):
            # "Comissão Europeia", "o Banco Central Europeu": a body's name, no person's
            # (but "presidente del Consiglio Marco Verdi": the role's holder)
            return [], keys[:name_start]
        # a known first name starts the name: "Синоптик Наталья Диденко" (a role
        # capitalised at the sentence's start; not where a body's name follows its noun,
        # the Romance languages, whose role words are lower-case: there the words before
        # a first name are given names too, "José Luis Rodríguez", "Anna Maria Rossi")
        for n in range(name_start + 1, 0 if self.lex.body_names_after_nouns else len(words) - 1):
            if keys[n - 1] in self.lex.first_names:
                break  # "Bakan Mehmet Ali Yılmaz": a second given name, not the first
            if keys[n] in self.lex.first_names or first_name_case(
                words[n][0], self.lex, oblique=False
            ):
                name_start = n
                break
        if (
            name_start < len(words) - 1
            # after the role's words ("Глава МИД"), or a role that opens the run
            and (name_start > 0 or (first > 0 and self._is_role_form(run_keys[first - 1])))
            and self._complement(words[name_start][0])
        ):
            name_start += 1  # "Президент Франции Макрон": the role's place, then the name
            while (
                name_start < len(words)
                # a word before the last may open a name of two ("Ministrul Sănătății Alice
                # Popescu"): only where the role ends the run or a name of two follows
                and name_start != len(words) - 2
                and self.lex.complement_adjective_endings
                and keys[name_start].endswith(self.lex.complement_adjective_endings)
            ):
                name_start += 1  # "Ministrul Afacerilor Externe": the complement's adjective
        roles = keys[:name_start]
        if 0 < name_start < len(words) and keys[name_start] in self.lex.determiners:
            # "Eine Sprecherin der Polizeidirektion Hannover": what the role is of, no
            # holder's name
            return [], roles
        # every word before the last title is a role word: "Finance Minister Anna Roe"
        return words[name_start:], roles

    def _bare_complement(self, key: str) -> bool:
        """Whether ``key`` is a word of a body's or an office's name after a role
        (:attr:`~Lexicon.bare_complement_words`, :attr:`~Lexicon.thing_nouns` or one with
        :attr:`~Lexicon.bare_complement_affixes`)."""
        return (
            key in self.lex.bare_complement_words
            or key in self.lex.thing_nouns
            or any(
                key.startswith(prefix)
                and key.endswith(suffix)
                and len(key) > len(prefix + suffix) + 2
                for prefix, suffix in self.lex.bare_complement_affixes
            )
        )

    def _person(
        self, words: list[tuple[str, int, int]], *, after_role: bool, genitive: bool = False
    ) -> list[tuple[str, int, int]]:
        """After a role noun in languages that put a genitive after it ("голова Полтави
        Олег Коваленко"), or after a role noun and a phrase preposition (``genitive``:
        "Minister of Finance Ida Moss"), a person's name is the last two words, or three
        with a patronymic or an initial in the middle."""
        if not (after_role and (self.lex.bare_noun_subjects or genitive) and len(words) > 2):
            return words
        if genitive and _key(words[-1][0]) in self.lex.thing_nouns:
            return words  # "CEO of Harbour Restaurant Association": a body, no person
        middle = words[-2][0]
        keep = (
            3
            if _key(middle).endswith(self.lex.patronymic_endings)
            or (genitive and len(middle) == 2 and middle[1] == ".")  # "John F. Roe"
            # "Cumhurbaşkanı Recep Tayyip Erdoğan": two given names, the first known
            or _key(words[-3][0]) in self.lex.first_names
            # "Secretary for Housing Winnie Ho Wing-yin": a known given name before a
            # family name and its given name, no word of the domain
            or (genitive and _key(words[-3][0]) in self._sets.any_first_names)
            else 2
        )
        return words[-keep:]

    def _after_genitive(self, position: int) -> bool:
        """Whether a role word and a phrase preposition come right before ``position``
        ("Minister of Finance Ida Moss"): the words up to the person's name name the
        role's domain."""
        before = _TWO_WORDS_BEFORE.search(self.text, max(0, position - 60), position)
        return (
            before is not None
            and _key(before.group(2)) in self.lex.phrase_prepositions
            and _key(before.group(1)) in self.role_words
        )

    def _sentences(
        self, offset: int, words: list[tuple[str, int, int]]
    ) -> list[list[tuple[str, int, int]]]:
        """A run of capitalised words (offsets from ``offset``) cut where a sentence
        starts (``… Hillary Roe. Betsy Moran``; not after ``Gov.``, ``Jr.``, ``H.W.``)."""
        starts = self.sentence_starts
        first_start = bisect.bisect_right(starts, offset)
        last_start = bisect.bisect_left(starts, offset + words[-1][1] + 1, first_start)
        if first_start == last_start:
            return [words]  # most runs are within one sentence
        runs: list[list[tuple[str, int, int]]] = []
        first = 0
        for n in range(1, len(words)):
            at = bisect.bisect_left(starts, offset + words[n][1], first_start, last_start)
            if at < last_start and starts[at] == offset + words[n][1]:
                runs.append(words[first:n])
                first = n
        runs.append(words[first:])
        return runs

    def _role_before(self, position: int) -> bool:
        """Whether a role noun or a title is the word before ``position``."""
        return self._word_before(position) in self.role_words

    def _word_before(self, position: int) -> str:
        """The key of the word right before ``position``, spaces aside, or ``""``."""
        before = _WORD_BEFORE.search(self.text, max(0, position - 40), position)
        return "" if before is None else _key(before.group(1))

    def _other_gender(self, word: str, span: Span) -> bool:
        """Whether the cue verb right before or after ``span`` is a man's
        (:attr:`Lexicon.cue_gender_endings`: ``сказал``) and ``word`` ends as only a
        woman's surname does (:attr:`Lexicon.feminine_surname_endings`: ``-ова``,
        ``-ева``): ``сказал мэр Киева`` names a place, no woman."""
        endings = self.lex.feminine_surname_endings
        if not endings or not _key(word).endswith(endings):
            return False
        after = _WORD_AFTER.match(self.text, span.end)
        for verb in (self._word_before(span.start), "" if after is None else _key(after.group(1))):
            if verb in self.lex.cue_verbs:
                return verb_gender(verb, self.lex) == "m"
        return False

    def of_gender(self, gender: str) -> Callable[[_Entity | None], bool]:
        """A test of whether a speaker (not ``None``) fits the ``gender`` that a cue's
        verb marks (:func:`~newsstruct.lang.verb_gender`): any speaker where it marks
        none or the speaker's own gender is unknown."""

        def fits(entity: _Entity | None) -> bool:
            if entity is None:
                return False
            found = entity.gender or self.gender_of(entity.name, entity.roles)
            return not (gender and found and found != gender)

        return fits

    def is_named_body(self, entity: _Entity | None) -> bool:
        """Whether a speaker (not ``None``) names a body: it holds a noun of bodies
        (``пресс-служба полиции``), or is a name no person has (``Acme``; a common
        noun, ``сосед``, is none).  Stricter than :meth:`_is_body`, which also takes a
        common noun and a person's one word with no role."""
        return entity is not None and (
            self._names_body(entity.tokens) or (not entity.is_person and entity.name[:1].isupper())
        )

    def _words_before(self, position: int) -> list[str]:
        """The last few words of the clause before ``position`` (``глава областной
        военной администрации`` before ``Андрей Ткач``)."""
        window = self.text[max(0, position - _ROLE_REACH) : position]
        marked = _marked_before().search(window)
        if marked is not None:
            # "тренер «Карпат» Мирон Гнатюк": the body the role is of, in marks
            window = window[: marked.start()] + marked.group(1) + " "
        clause = _CLAUSE_BREAK.split(window)[-1]
        return clause.split()[-_ROLE_WORDS:]

    def _words_before_comma(self, position: int) -> list[str]:
        """The words of the clause before a comma right before ``position`` (``la
        ministra de Vivienda`` before ``, Lucía Garrido``), or none."""
        comma = _COMMA_BEFORE.search(self.text, max(0, position - _ROLE_REACH), position)
        return [] if comma is None else self._words_before(comma.start())

    def _role_phrase(self, words: list[str]) -> tuple[str, ...]:
        """The role a name is printed with: its words from the first role word on."""
        keys = [_key(w) for w in words]
        first = next((n for n, key in enumerate(keys) if self._is_role_form(key)), None)
        # the last word before the name ("„" of "des „Pester Lloyd“" is none)
        last = next((key for key in reversed(keys) if any(map(str.isalpha, key))), "")
        if (
            first is None
            or any(
                key in self.lex.prepositions and key not in self.lex.phrase_prepositions
                for key in keys[first:]
            )
            or last in self.lex.prepositions
        ):
            # "an official in North Harbour", "the governor of Harbourland": the place
            # names no role holder
            return ()
        if last in self.lex.determiners:
            return ()  # "the editor of the Daily Planet": the name is what the role heads
        if any(key in self.lex.finite_verbs for key in keys[first + 1 :]):
            return ()  # "Jo King won nine Harbour Cup titles": a clause, no role of the name
        if (
            first > 0
            and keys[first - 1] in self.lex.prepositions
            and not self._is_role(keys[first])
            and not _closes_reference(tuple(keys[:first]), self.lex)
        ):
            # "розмову з президентом Франції X": a role in an object's case; but "з
            # посиланням на синоптикиню X" names the source by its role
            return ()
        if (
            first > 0
            and words[first - 1].isalpha()
            and words[first - 1].islower()
            and keys[first - 1] not in self.skip
            and keys[first - 1] not in self.lex.cue_verbs
        ):
            first -= 1  # "городской голова": the modifier makes the role ("мэр")
        elif first > 0 and (keys[first - 1], keys[first]) in self._sets.equivalent_openings:
            first -= 1  # "la Première ministre": a role of two words, capitalised
        return tuple(w if is_acronym(w) else _key(w) for w in words[first:])

    def role_phrase(self, n: int) -> tuple[str, ...]:
        """The role printed with the name :attr:`named` ``[n]`` (see :meth:`_role_phrase`),
        read once."""
        phrase = self._role_phrases.get(n)
        if phrase is None:
            run_start, before, apposition = self._role_sources[n]
            phrase = self._role_phrase(self._words_before(run_start) + before)
            if not phrase:  # "Jo Roe, the regional governor, said"
                phrase = apposition
            if not phrase and not before:
                # "the minister of labour, Jo Roe, said": the role in commas before it
                phrase = self._role_phrase(self._words_before_comma(run_start))
            self._role_phrases[n] = phrase
        return phrase

    def _is_role_form(self, key: str) -> bool:
        """Whether a word is a role word or, where nouns inflect, another case of one
        (``губернатора``, ``посадовця``): in a description, or before a name."""
        return self._is_role(key) or (
            bool(self.lex.oblique_name_endings) and _inflected_role(key, self.lex)
        )

    def _complement(self, word: str) -> bool:
        """Whether a capitalised word right after a role noun is what the role is of
        (``Президент Франции``, ``Мэр Киева``), no holder's name: its ending is one of a
        place's or body's oblique forms (:attr:`Lexicon.role_complement_endings`), or it
        is an oblique form and the article prints its stem after a preposition of place
        (``в Киеве``)."""
        key = _key(word)
        ending = next((e for e in self.lex.role_complement_endings if key.endswith(e)), None)
        if ending is not None and len(key) > len(ending) + 1:
            return True  # "Мэр Уфы"; not "premier Lu", a surname as short as the ending
        if key.endswith(self.lex.shared_complement_endings):
            # "Prezident Ukrajiny" is of a place (also where "na Ukrajině" is printed);
            # "Ministr Kennedy" ... "Kennedyho" names the minister: a surname's own case
            # form, and no place's, printed elsewhere
            return self._other_form_printed(key) or not self._forms_by_stem().get(key)
        if not key.endswith(self._sets.case_endings):
            return False
        if self._placed_stems is None:
            pattern = _placed_word_pattern(self.lex)
            self._placed_stems = frozenset(
                ()
                if pattern is None
                else (_key(m.group(1))[:-1] for m in pattern.finditer(self.text))
            )
        return any(key[:n] in self._placed_stems for n in (len(key) - 1, len(key) - 2))

    def _other_form_printed(self, key: str) -> bool:
        """Whether the article prints a capitalised word of ``key``'s stem (all but its
        last letter) with another ending, up to :data:`_OTHER_ENDING` letters long:
        ``Ukrajině`` for ``ukrajiny``; not ``Kennedyho`` for ``kennedy``."""
        return any(not form.startswith(key) for form in self._forms_by_stem().get(key[:-1], ()))

    def _forms_by_stem(self) -> dict[str, set[str]]:
        """The article's capitalised words by each of their stems: the word without its
        last one to :data:`_OTHER_ENDING` letters (``kennedy`` -> ``kennedyho``), read
        once."""
        if self._stem_forms is None:
            self._stem_forms = {}
            for m in _CAPITALISED_WORD.finditer(self.text, None, None, False, False):
                form = _key(m.group())
                for n in range(1, _OTHER_ENDING + 1):
                    self._stem_forms.setdefault(form[:-n], set()).add(form)
        return self._stem_forms

    def _is_role(self, key: str) -> bool:
        """Whether a word (its :func:`_key`) is a role word, or a compound whose last
        part is one (``CDU-Chef``, ``ex-president``, ``Konzernchef``), read once per
        word: the words of every name run are asked."""
        found = self._role_keys.get(key)
        if found is None:
            found = self._role_keys[key] = (
                key in self.role_words
                or key.rpartition("-")[2] in self.role_words
                or headed_by(key, self.lex) is not None
            )
        return found

    def _grouped(self, words: Sequence[str]) -> _Reading:
        """Role words with each phrase of a group of equivalent roles, in any case form,
        replaced by the group (``head of state`` -> the group ``president``)."""
        return _group_words(tuple(words), self.lex)

    def named_by_role(
        self, words: Sequence[str], position: int, *, after: bool = False
    ) -> list[int]:
        """The indices in :attr:`named` of the names before ``position`` printed with
        the role a description gives (``the minister`` after ``Foreign Minister Andrii
        Sybiha``, ``глава ОВА`` after ``глава областной военной администрации Андрей
        Ткач``, ``the head of state`` after ``President …``), the last first; ``after``:
        the first name after ``position`` printed so (``its chief executive said C. Anil
        Roe, the chief executive, …``)."""
        # the description's words as printed and without elided articles ("L'allenatore"),
        # each also with equivalent roles grouped ("le chef de l'État")
        printed = tuple(words)
        unelided = tuple(split_elision(w, self.elided)[1] for w in words)
        forms = (printed,) if unelided == printed else (printed, unelided)
        readings = [
            [w for w in reading if isinstance(w, _RoleGroup) or _key(w) not in self.skip]
            for form in forms
            for reading in (form, self._grouped(form))
        ]
        readings = [
            r
            for r in readings
            if any(isinstance(w, _RoleGroup) or self._is_role_form(_key(w)) for w in r)
        ]
        if not readings:
            return []
        # "the coach" after "Coach Jo Roe … former coach Ann Lee": Jo Roe holds the role
        former = any(self._is_former(_key(w)) for w in words)
        # "the president" after "Vice President Jo Roe": another office
        described = {_key(w) for w in words}
        names = self._names_before(position) if not after else self._names_after(position)
        return [
            n
            for n in names
            if (phrase := self.role_phrase(n))
            and any(all(self._role_covers(phrase, w) for w in r) for r in readings)
            and (former or not self._held_formerly(n))
            and self._ranks_held(n) <= described
        ][: 1 if after else None]

    def _another_before(self, start: int) -> bool:
        """Whether one of the words of contrast (:attr:`~Lexicon.contrast_words`) stands
        among the few words before a name at ``start`` (``another friend, Ann Lee``): a
        person other than one described before."""
        before = self.text[max(0, start - _CONTRAST_REACH) : start].split()[-_CONTRAST_WORDS:]
        return any(_key(w) in self.lex.contrast_words for w in before)

    def _role_of_named(self, n: int) -> bool:
        """Whether the apposition after the name :attr:`named` ``[n]`` names whose role
        it is (``Jo Roe, the chief executive of rival Harbour Bank,``, ``Ann Lee, a
        spokesman for the ferry workers,``): a phrase preposition after its first word, so
        the holder may be another than a description's (``the bank's chief executive``)."""
        words = self._apposition_after(self.named[n][1])
        return any(_key(w) in self.lex.phrase_prepositions for w in words[1:])

    def _names_after(self, position: int) -> range:
        """The indices in :attr:`named` of the names that start after ``position``,
        within :data:`_PRONOUN_REACH` of it, the first first."""
        first = bisect.bisect_right(self.named_ends, position)
        last = first
        while (
            last < len(self.named)
            and last - first < _REACH
            and self.named[last][0] - position <= _PRONOUN_REACH
        ):
            last += 1
        return range(first, last)

    def _ranks(self, keys: Iterable[str]) -> frozenset[str]:
        """The rank modifiers (:attr:`Lexicon.rank_modifiers`) among words' keys: a role
        is held at the rank of its description only where the description names each of
        them (``the president`` is not ``Vice President Jo Roe``)."""
        return self.lex.rank_modifiers.intersection(keys)

    def _ranks_held(self, n: int) -> frozenset[str]:
        """The :meth:`_ranks` of the role printed with the name :attr:`named` ``[n]``,
        read once."""
        found = self._role_ranks.get(n)
        if found is None:
            found = self._role_ranks[n] = self._ranks(_key(w) for w in self.role_phrase(n))
        return found

    def _is_former(self, key: str) -> bool:
        """Whether a word says a role is no longer held (:attr:`Lexicon.former_modifiers`)."""
        return key in self.lex.former_modifiers or any(
            key.startswith(prefix) for prefix in self.lex.former_modifiers if prefix.endswith("-")
        )

    def _held_formerly(self, n: int) -> bool:
        """Whether the role printed with the name :attr:`named` ``[n]`` is a former one
        (``former coach Ann Lee``, ``der frühere Trainer X``), read once."""
        found = self._formerly.get(n)
        if found is None:
            run_start, before, apposition = self._role_sources[n]
            words = self._words_before(run_start) + before + list(apposition)
            found = self._formerly[n] = any(self._is_former(_key(w)) for w in words)
        return found

    def _role_covers(self, phrase: tuple[str, ...], word: str | _RoleGroup) -> bool:
        """Whether a word of a description is in a name's role phrase: the same word
        or form, its group of equivalent roles, or an abbreviation of its words (``ОВА``
        for ``областной военной администрации``)."""
        if isinstance(word, _RoleGroup):
            return word in self._grouped(phrase)
        key = _key(word)
        if any(_same_word(key, _key(w)) or self._headed_as(_key(w), key) for w in phrase):
            return True  # "die Ministerin" after "Gesundheitsministerin Jo Roe" too
        if not is_acronym(word):
            return False
        initials = "".join(_key(w)[:1] for w in phrase)
        return key in initials

    def _headed_as(self, compound: str, key: str) -> bool:
        """Whether a compound role is headed by the role ``key``, in any of its case forms
        (``Ministri sõnul`` after ``kommunikatsiooniminister Jaan Lornik``)."""
        head = headed_by(compound, self.lex)
        return head is not None and (head == key or _same_role_word(key, head))

    def _index_names(self) -> None:
        # typeset ASCII by the standard library's engine; concurrent=False (the GIL kept
        # across the matches): see quotes.tokens.tokenize
        typeset = _typeset_name_run(self.lex) if is_typeset_ascii(self.text) else None
        runs = (
            typeset.finditer(self.text)
            if typeset is not None
            else _name_run(self.lex).finditer(self.text, None, None, False, False)
        )
        for match in runs:
            if self.chrome and self._in_chrome(match.start()):
                continue
            # the run's words are what spaces and tabs part: no match object per word
            run_text = match.group()
            words: list[tuple[str, int, int]] = []
            position = 0
            for word in run_text.split():
                position = run_text.find(word, position)
                words.append((word, position, position + len(word)))
                position += len(word)
            for run in self._sentences(match.start(), words):
                self._index_run(match.start(), run)

    def _in_chrome(self, position: int) -> bool:
        """Whether ``position`` is within a span of :attr:`chrome`."""
        at = bisect.bisect_right(self._chrome_starts, position) - 1
        return at >= 0 and position < self.chrome[at].end

    def _index_run(self, offset: int, words: list[tuple[str, int, int]]) -> None:
        """Index the name in one run of capitalised words (offsets from ``offset``)."""
        run_start = offset + words[0][1]
        name, roles = self._split(words)
        # "Prof. He Jiankui": after a title a capitalised pronoun opens the name (a
        # family name written as the pronoun is)
        titled = bool(roles) and _key(roles[-1]) in self.lex.titles
        name = [
            w
            for n, w in enumerate(name)
            if _key(w[0]) not in self.skip
            or (titled and n == 0 and len(name) > 1 and _key(w[0]) in self.lex.pronouns)
        ]
        if name and name[0] == words[0] and _key(name[0][0]) in self.lex.sentence_adverbs:
            name = name[1:]  # "Maybe Jo Roe": the sentence's adverb, no first name
        if (
            name
            and name[0] == words[0]
            and self.lex.possessive_relatives
            and self._word_before(run_start) in self.lex.possessive_relatives
        ):
            name = name[1:]  # "in dessen Verlauf Jo Roe": the relative's noun, no first name
        if self.lex.bare_noun_subjects:  # only there may a role word before cut the name
            name = self._person(name, after_role=bool(roles) or self._role_before(run_start))
        elif len(name) > 2 and self._after_genitive(run_start):
            name = self._person(name, after_role=True, genitive=True)
        elif len(name) > 2 and (name == words or self.lex.bare_role_complements):
            # (a role before its bare complement is among the words: "Menteri Keuangan X")
            name = self._holder(self._words_before(run_start), words) or name
        if (
            self.lex.subject_first
            and len(name) == 1
            and roles
            and _key(roles[-1]) in self.lex.titles
            and (
                _key(roles[-1]) in self.lex.abbreviations
                # "President Roe visited": a title spelled out, a role noun (not "White
                # America", "French Riviera"), its verb in lower case after
                or (
                    _key(roles[-1]) in self.lex.role_nouns
                    and _NEXT_WORD.match(self.text, offset + name[0][2]) is not None
                )
            )
            and name[0][0].isalpha()
            and not name[0][0].isupper()
        ):  # not "General Reveals", "Mr. Roe's", "Mr. ROE"
            surname, at, to = name[0]  # "Mr. Poe"
            self.titled.append((offset + at, offset + to, surname, _key(roles[-1])))
        if len(name) < 2 or any(w[0].endswith(self.lex.possessive_endings) for w in name):
            return
        if is_oblique(name[-1][0], self.lex):
            return  # Finnish "Suomen Pankissa": a place or an addressee, in its case
        start, end = offset + name[0][1], offset + name[-1][2]
        last = name[-1][0]
        if self.text[end - 1] == "." and (
            len(last) > _ABBREVIATION
            or (len(last) > 2 and "." not in last[:-1] and _key(last) not in self.lex.abbreviations)
        ):
            # "… said Anna Roe.", "… with Jo Kim.": the sentence's full stop, not an
            # initial's ("Jo K.") or an abbreviation's ("Jo Roe Jr.")
            end -= 1
        full = self.text[start:end]
        self.named.append((start, end, full))
        before = [w[0] for w in words if w[2] <= name[0][1]]
        apposed = self._apposition_after(end)  # most names have none
        apposition = self._role_phrase(apposed) if apposed else ()
        self._role_sources.append((run_start, before, apposition))
        surname = _key(name[-1][0])
        self.full_names.setdefault(surname, {})[full] = None
        if roles:
            self.roles_of.setdefault(full, set()).update(roles)
        if apposition:
            self.roles_of.setdefault(full, set()).update(
                key for key in map(_key, apposition) if key not in self.skip
            )

    def _partitive(self, span: Span) -> bool:
        """Whether a mention names one of a group (``один из авторов``, ``one of the
        authors``): a determiner, then a preposition."""
        words = [_key(m.group()) for m in itertools.islice(_WORD.finditer(span.of(self.text)), 2)]
        return (
            len(words) == NAME_WORDS
            and words[0] in self.lex.determiners
            and words[1] in self.lex.prepositions
        )

    def _named_apposition(self, end: int) -> Span | None:
        """The span of an apposition after a description that ends at ``end`` and that
        ends in a name of at least two capitalised words (``one of the authors, deputy
        Jo Roe``), or ``None``."""
        words = self._apposition_after(end)
        if len(words) < NAME_WORDS or not all(w[:1].isupper() for w in words[-NAME_WORDS:]):
            return None
        start = self.text.index(words[0], end)
        last = words[-1]
        return Span(start, self.text.index(last, start) + len(last))

    def _apposition_after(self, end: int) -> list[str]:
        """The words of an apposition set off by commas right after a name that ends at
        ``end`` (``Jo Roe, the regional governor, said``), or none; where roles follow
        names (:attr:`Lexicon.roles_after_names`) the lower-case words up to a role right
        after it (``Varga Ilona pénzügyminiszter``), and where appositions stay open
        (:attr:`Lexicon.open_appositions`) the words after its comma up to a role
        (``Tóth Anna, a cég szóvivője elmondta``)."""
        if self.lex.roles_after_names and self.text[end : end + 1] == " ":
            return self._words_to_role(self.text[end : end + _ROLE_REACH], _ROLE_WORDS)
        if self.text[end : end + 1] != ",":
            return []
        window = self.text[end + 1 : end + 1 + _ROLE_REACH]
        parts = _CLAUSE_BREAK.split(window, maxsplit=1)
        words = parts[0].split()
        # "Jo Roe, der Bürgermeister von Lornport, sagte": where nouns are capitalised, an
        # article that is a relative pronoun too opens a noun, not a clause, before a
        # capitalised word where a capitalised word ends it (a relative clause ends in
        # its verb: "Jo Roe, der Lornport regiert,"); so does every article of it before a
        # capitalised word ("der Sprecher der Stadt Lornport")
        article = (
            self.lex.capitalised_nouns
            and len(words) > 1
            and _key(words[0]) in self.lex.determiners
            and words[1][:1].isupper()
            and words[-1][:1].isupper()
        )
        if (
            len(parts) < 2
            or not words
            or len(words) > _APPOSITION_WORDS
            or any(
                _key(w) in self.lex.clause_openers
                or (
                    _key(w) in self.lex.relative_pronouns
                    # "der Sprecher der Stadt Lornport": a genitive's article before its
                    # noun, in the apposition as its first
                    and not (article and n + 1 < len(words) and words[n + 1][:1].isupper())
                )
                or _key(w) in self.lex.cue_verbs
                or _key(w) in self.lex.finite_auxiliaries
                for n, w in enumerate(words)
            )
        ):
            # no closing comma or full stop within reach, or a clause ("Jo Roe, who
            # heads the port", "Kyiv, officials said"): no apposition, but an open one
            if self.lex.open_appositions:
                return self._words_to_role(window, _APPOSITION_WORDS)
            return []
        return words

    def _words_to_role(self, window: str, most: int) -> list[str]:
        """The first words of ``window`` up to the first role word, the first of them in
        lower case, all within one clause, or none."""
        words: list[str] = []
        for printed in window.split()[:most]:
            word = printed.rstrip(".,;:")
            if not word[:1].isalpha() or (not words and word[:1].isupper()):
                return []
            if _key(word) in self.lex.cue_verbs:
                return []
            words.append(word)
            if self._is_role_form(_key(word)):
                return words
            if word != printed:
                return []
        return []

    def fullest(self, name: str, gender: str = "") -> str:
        """The fullest form of a one-word name that the article prints, when unique;
        of ``gender``, where a title tells it, when more than one is printed (``Mrs.
        Roe`` after ``Ann Roe`` and ``Ed Roe``)."""
        words = name.split()
        if len(words) != 1:
            return name
        key = _key(words[0])
        candidates = set(self.full_names.get(key, ()))
        if not candidates:  # "Терехова" for "Игорь Терехов": the same word, inflected
            candidates = {
                full
                for surname in self._surname_forms(key, _STEM)
                for full in self.full_names[surname]
            }
        if not candidates:
            # "Xi" after "Xi Jinping", "Moon" after "Moon Jae-in": where no full name ends
            # in the word, the one person's name it opens (the family name first)
            candidates = set(self._opened_by().get(key, ()))
        if len(candidates) > 1:
            # "Андрея Лысенко" and "Андрей Лысенко": one person, in two cases
            candidates = {self.base_form(full) for full in candidates}
        if len(candidates) > 1 and gender:
            # by their first names alone: each of a gender a list or an ending tells
            read = {full: self._read_gender(full, set()) for full in candidates}
            if all(found and not guessed for found, guessed in read.values()):
                candidates = {full for full, (found, _) in read.items() if found == gender}
        if len(candidates) == 1:
            full = next(iter(candidates))
            first = _key(full.split()[0])
            # "Mrs. Roe" where the one full name is "Mark Roe", of a man's listed first
            # name: another person, her husband (a woman's list holds names men bear
            # too, "Jessie", and an ending tells nothing sure: "Mr. Roe" may be "Satya Roe")
            men = gender == "f" and first in self.lex.masculine_names
            return name if men and first not in self.lex.unisex_names else full
        return name

    def _opened_by(self) -> dict[str, list[str]]:
        """The full names that the article prints with a person's title or role
        (``President Xi Jinping``, ``Roe Jo-an, the harbour chief``), and without a
        particle of names, by their first word's key (:meth:`fullest`), indexed once,
        when first asked."""
        if self._first_words is None:
            self._first_words = {}
            for n, (_start, _end, full) in enumerate(self.named):
                words = full.split()
                if (
                    len(words) > 1
                    and self._person_shaped(words)
                    # "Ahmed bin Salem", "Anna van Dijk": a particle's name gives the
                    # family name last
                    and not any(_key(w) in self._sets.particle_words for w in words)
                    and not is_acronym(words[0])  # "RT America anchor Jo Roe": a body's
                    and (
                        any(self._person_role(role) for role in self.roles_of.get(full, ()))
                        # (the role printed with it read last: most names need none)
                        or bool(
                            (phrase := self.role_phrase(n)) and self._person_role(_key(phrase[-1]))
                        )
                    )
                ):
                    found = self._first_words.setdefault(_key(words[0]), [])
                    if full not in found:
                        found.append(full)
        return self._first_words

    def _obliqueness(self, name: str) -> int:
        """How far a name's words are from the nominative, by their endings, or where
        only :attr:`Lexicon.genitive_name_endings` tell a case, by whether the first and
        last words end as a full name's genitive (Czech ``Jana Nováka``)."""
        score = 0
        if not self.lex.oblique_name_endings:
            return 2 * _genitive_name(name.split(), self.lex)
        for word in name.split():
            key = _key(word)
            if key.endswith(self.lex.oblique_name_endings):
                score += 2
            elif key.endswith(self.lex.shared_name_endings):
                score += 1
        return score

    def _surname_forms(self, word: str, stem: int) -> list[str]:
        """The surnames the article prints that are ``word`` with another case ending
        (:func:`_same_word` with ``stem``), in the order the article names them.  Two
        such forms share their first letters up to the shorter's ending, so a surname
        filed under a key no longer than ``word``'s is under a prefix of ``word``, and a
        longer one is among the surnames that begin with ``word``'s own key.  A word
        whose stem alternates (Finnish ``virtasen``) is looked up in the nominative
        (``virtanen``) too."""
        found: set[str] = set()
        for form in dict.fromkeys((word, _alternated_nominative(word, self.lex))):
            key = _file_key(form)
            found.update(
                surname
                for k in range(min(_SHORT_STEM, len(key)), len(key) + 1)
                for surname in self._surnames.get(form[:k], ())
                if _same_name(surname, form, stem)
            )
            found.update(
                surname
                for surname in self._surname_prefixes.get(key, ())
                if len(_file_key(surname)) > len(key) and _same_name(surname, form, stem)
            )
        return sorted(found, key=self._surname_order.__getitem__)

    def base_form(self, name: str) -> str:
        """The form of a name that the article prints in the nominative (``Андрей
        Лысенко`` for ``Андрея Лысенко``), or the name as given."""
        if not (self.lex.oblique_name_endings or self.lex.genitive_name_endings):
            return name
        found = self._base_forms.get(name)
        if found is None:
            found = self._base_forms[name] = self._printed_base_form(name)
        return found

    def _printed_base_form(self, name: str) -> str:
        """:meth:`base_form`, worked out (the article's names are all indexed first, so
        each name's is worked out once)."""
        words = [_key(w) for w in name.split()]
        if not words:
            return name
        best, score = name, self._obliqueness(name)
        for surname in self._surname_forms(words[-1], _SHORT_STEM):
            for full in self.full_names[surname]:
                other = [_key(w) for w in full.split()]
                if (
                    (
                        # no nominative is longer than its genitive: "Jana Nováka" is no
                        # form of "Jana Nováková", a woman's name
                        self.lex.oblique_name_endings or len(other[-1]) <= len(words[-1])
                    )
                    and len(other) == len(words)
                    and all(
                        _same_word(x, y, _SHORT_STEM)
                        or x == _alternated_nominative(y, self.lex)  # "Virtanen", "Virtasen"
                        for x, y in zip(other, words, strict=True)
                    )
                ):
                    found = self._obliqueness(full)
                    if found < score:
                        best, score = full, found
        return best

    def nominative(self, name: str, *, oblique: bool = False, titled: bool = False) -> str:
        """A name in the nominative: the form the article prints (:meth:`base_form`),
        else the name's words brought back by the lexicon's case endings (``За словами
        Олега Синєгубова`` names Олег Синєгубов).  ``oblique`` says the name stands
        where an oblique case is wanted (``За словами X``), ``titled`` that a person's
        title or role comes with it (``ministra Kowalskiego``)."""
        printed = self.base_form(name)
        if printed != name:
            return printed
        return _inflected_nominative(name, self.lex, oblique=oblique, titled=titled)

    # -- mentions -------------------------------------------------------------------
    def _as_written(
        self, mention: str, words: list[tuple[str, int, int]]
    ) -> tuple[str, str, set[str], set[str]]:
        """A mention kept as written, a description whose content words are its tokens
        and roles (no single person's name can stand for it)."""
        content = {_key(w[0]) for w in words if _key(w[0]) not in self.skip}
        return "description", mention.strip(), content, content

    def analyse(self, span: Span) -> tuple[str, str, set[str], set[str]]:
        """Return the kind (name, description, pronoun), the name, its tokens and roles:
        read once per span (the quotes of one mention share it), the sets the caller's
        own (one set where a description's tokens are its roles)."""
        key = (span.start, span.end)
        found = self._analyses.get(key)
        if found is None:
            found = self._analyses[key] = self._analysis(span)
        kind, name, tokens, roles = found
        own = set(tokens)
        return kind, name, own, own if roles is tokens else set(roles)

    def _analysis(self, span: Span) -> tuple[str, str, set[str], set[str]]:
        """:meth:`analyse`, read from the text."""
        mention, _, aside = span.of(self.text).partition("(")
        if not mention.strip():
            mention, aside = aside.partition(")")[0], ""  # "Enligt (Jo Roe)": the words inside
        mention = mention.rstrip()  # "Rep. Dana Cole (D)"
        abbreviation, closed, rest = aside.partition(")")
        words_after = rest.split()
        if (
            closed
            and is_acronym(abbreviation)
            and 0 < len(words_after) <= _AFTER_ABBREVIATION
            and words_after[-1][:1].isupper()
            and "(" not in rest
        ):
            # "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bandung Rina
            # Lestari": a body's abbreviation between its name and the holder's
            mention = f"{mention} {' '.join(words_after)}"
        mention = self._without_nickname(mention)
        glued = self._glued_name(mention)
        if glued is not None:
            return "name", glued, {glued}, set()  # "市长王建国": the name after the role
        medium, _, owner = mention.partition(" ")
        if owner and self.lex.bare_noun_subjects and _key(medium) in self.lex.medium_nouns:
            mention = owner  # "в Telegram-канале мэрии": the channel's owner speaks
        article, _, marked = mention.partition(" ")
        if _key(article) in self.lex.name_quotation_articles and any(
            marked.startswith(opening) for opening, _ in self.lex.quote_pairs
        ):
            mention = marked  # "Der „Spiegel“": the article of a name in marks, no name
        suffix = self._sets.case_suffix
        if suffix is not None:
            mention = suffix.sub(r"\1", mention)  # "Aksoy'a": the name is "Aksoy"
        words = [
            (m.group(), m.start(), m.end())
            for m in _WORD.finditer(mention, None, None, False, False)
        ]
        timeless = len(words)
        while (
            timeless > 1
            and _key(words[timeless - 1][0]) in self.lex.time_words
            # "Trần Thị Mai": a time word that serves as a given name, after a capital
            and not (
                self.lex.name_time_words
                and words[timeless - 1][0][:1].isupper()
                and words[timeless - 2][0][:1].isupper()
            )
        ):
            timeless -= 1  # "a report on Wednesday": the day names nobody
            while timeless > 1 and _key(words[timeless - 1][0]) in self.lex.prepositions:
                timeless -= 1
        at_place = self._before_place(words)
        apposed = (
            _apposed_name().search(mention, words[at_place][1]) if at_place < timeless else None
        )
        if at_place < timeless and (
            apposed is None
            # "in Valmont, Lornport and Kerry": places that a conjunction joins, no name
            or not self.lex.conjunctions.isdisjoint(map(_key, apposed.group().split()))
        ):
            # but "the head of the union in Kyiv, Jo Roe": the name the description explains
            timeless = at_place  # "Officials in Washington": the officials speak, not the city
        if timeless < len(words):
            mention = mention[: words[timeless - 1][2]]
            words = words[:timeless]
        if not words:
            return "description", mention, set(), set()
        if len(words) == 1 and (
            _key(words[0][0]) in self.lex.pronouns
            # a possessive as the source: "по ее словам", "his attacks on"
            or _key(words[0][0]) in self.lex.object_pronouns
            or (
                _key(words[0][0]) in self.lex.possessive_determiners
                and _key(words[0][0]) not in self.lex.first_person
            )
        ):
            return "pronoun", words[0][0], set(), set()
        inverted = words[0][0].rpartition("-")[2] if len(words) == 1 else ""
        if "-" in words[0][0] and inverted.casefold() in self.lex.pronouns:
            return "pronoun", inverted, set(), set()  # "raconte-t-elle": the verb's subject
        enclitic = enclitic_subject(words[0][0], self.lex) if len(words) == 1 else ""
        if enclitic:
            return "pronoun", enclitic, set(), set()  # "katanya": the verb's subject
        joined = next(
            (n for n, w in enumerate(words[1:-1], 1) if _key(w[0]) in self.lex.conjunctions), None
        )
        if (
            joined is not None
            and joined > 2
            and len(words) - joined - 1 > NAME_WORDS  # the second domain, then a name
            and _key(words[joined - 2][0]) in self.lex.phrase_prepositions
            and self._is_role(_key(words[joined - 3][0]))
        ):
            joined = None  # "Minister of Harbours and Fisheries Jo Roe": one role's domains
        if joined is not None and (
            (words[joined - 1][0][0].isupper() or _key(words[joined - 1][0]) in self.lex.pronouns)
            and (
                words[-1][0][0].isupper()
                # "Roe and her aides", "he and Mr. Poe": a name or a pronoun and others
                or _key(words[joined + 1][0]) in self.lex.determiners
                or _key(words[joined + 1][0]) in self.lex.quantifiers
            )
        ):
            return self._as_written(mention, words)  # "Jo Roe and Al Poe": two speakers
        if (
            len(words) > 2
            and words[0][0][:1].isupper()
            and _key(words[0][0]) in self.lex.body_nouns
            and words[1][0][:1].islower()
            # "Bank of Lornport analyst Jo Roe": a role in the body, then its holder
            and not any(self._is_role(_key(w[0])) for w in words[2:])
        ):
            # "Міністерстві оборони України": a body's name, the place's no person's
            return self._as_written(mention, words)
        if self._adjective_body(words):
            # "Повітряні сили ЗСУ": a body's name, the adjective capitalised, no person's
            return self._as_written(mention, words)
        trailing: list[str] = []
        if self.lex.roles_after_names and not words[-1][0][0].isupper():
            # "Varga Ilona pénzügyminiszter": the role after the name
            last = len(words)
            while last > 0 and not words[last - 1][0][0].isupper():
                last -= 1
            if (
                last > 0
                and _key(words[last - 1][0]) not in self.lex.determiners  # "A miniszter"
                and self._is_role(_key(words[-1][0]))
            ):
                trailing = [_key(w[0]) for w in words[last:]]
                mention = mention[: words[last - 1][2]]
                words = words[:last]
        capitalised = [w for w in words if w[0][0].isupper()]
        name_words: list[tuple[str, int, int]] = []
        roles: list[str] = []
        bodied = False
        run_start = len(words)
        if (
            capitalised
            and split_elision(words[-1][0], self.elided)[1][:1].isupper()  # not "L'allenatore"
            and not words[-1][0].endswith(self.lex.possessive_endings)
        ):
            # the trailing run of capitalised words is the name, an elided article's
            # word in it ("l'Institut Pasteur", "l'Agència Catalana de l'Aigua")
            run_start = len(words)
            while run_start > 0 and self._capitalised(words[run_start - 1][0]):
                run_start -= 1
            run_start = self._after_comma(mention, words, run_start)
            run_start = self._after_marked_name(mention, words, run_start)
            if run_start < len(words):
                article = split_elision(words[run_start][0], self.elided)[0]
                word, start, end = words[run_start]
                # the name without its article: "Institut Pasteur"
                words[run_start] = (word[len(article) :], start + len(article), end)
            opening = mention[: words[run_start][1]].rstrip()[-1:] if run_start < len(words) else ""
            if (
                run_start > 0
                and _key(words[run_start - 1][0]) in self.lex.name_nouns
                and any(opening == pair[0] for pair in self.lex.quote_pairs)
            ):
                # "пресс-атташе компании «Аэро Плюс»": a body's name, no person's
                return self._as_written(mention, words)
            name_words, role_words = self._split(
                words[run_start:],
                headed=all(_key(w[0]) in self.lex.determiners for w in words[:run_start]),
            )
            if not name_words and len(words) == 1 and _key(words[0][0]) in self.full_names:
                # "King says" after "Jo King": a role word alone that a person's name the
                # article prints ends is that person's surname, no title
                name_words, role_words = words, []
            bodied = any(  # a body named before the name: "… Administration Jo Roe"
                _key(w[0]) in self.lex.thing_nouns for w in words[run_start:] if w not in name_words
            )
            roles = role_words + [
                _key(w[0]) for w in words[:run_start] if _key(w[0]) not in self.skip
            ]
        # "Minister of Harbours and [Fisheries Jo Roe]": the role's second domain first
        domain = (
            run_start - 2
            if run_start >= 4 and _key(words[run_start - 1][0]) in self.lex.list_conjunctions
            else run_start
        )
        genitive = (
            domain >= 2
            and _key(words[domain - 1][0]) in self.lex.phrase_prepositions
            and self._unelided_key(words[domain - 2][0]) in self.role_words
        )
        # "глава [Днепропетровской ОВА Сергей Лысак]": a role word right before the mention
        after_role = bool(roles) or self._role_before(span.start)
        name_words = self._person(name_words, after_role=after_role, genitive=genitive)
        placed = self._person_of_place(words, run_start, mention)
        if placed is not None:
            # "Del. Jo Roe of the Virgin Islands", "Jo Roe of Acme": the person
            name_words, roles = placed
            name = self._marked(mention, name_words[0][1], name_words[-1][2])
            return "name", name, {_key(w[0]) for w in name_words}, set(roles)
        particled = self._particle_name(words, run_start, mention)
        if particled is not None:
            # "Stadträtin Eva von Berg": the particle joins the first name and the surname
            roles = [_key(w[0]) for w in words[:particled] if _key(w[0]) not in self.skip]
            name_words = words[particled:]
        as_written = (
            (
                name_words
                and (of := self._preposition_before(words, run_start))
                # "l'Institut Català de la Salut", "l'Institut d'Estadística de Catalunya"
                and split_elision(words[of - 1][0], self.elided)[1][:1].isupper()
                and (
                    len(name_words) == 1
                    # "el Ministerio de Asuntos Exteriores": where a body's name follows
                    # its noun, the words after a capitalised body's noun and its
                    # preposition go on with the body's name (not "Minister of Finance
                    # Ida Moss", whose role is no body's noun, nor a first name)
                    or (
                        self.lex.body_names_after_nouns
                        and self._unelided_key(words[of - 1][0]) in self.lex.thing_nouns
                        and _key(name_words[0][0]) not in self._sets.any_first_names
                    )
                )
            )
            or self._role_of_one(words, run_start)
            or self._genitive_of_role(words, run_start)
        )
        holder = (
            None
            if as_written
            else self._holder([w[0] for w in words[:run_start]], words[run_start:])
        )
        if (
            as_written
            # but "the Chairman of the Committee on Veterans Affairs Ostap Yurchenko":
            # the holder the article prints alone elsewhere
            or (self._titled_body(words, run_start) and holder is None)
        ):
            # "the Ministry of Energy", "Bank of England": an organisation, as written;
            # "le maire de Lyon", "el jefe del Estado": a role, its holder unnamed
            content = {_key(w[0]) for w in words if _key(w[0]) not in self.skip}
            return "description", mention.strip(), content, content
        if holder is not None:
            # "The mayor of Lviv Andriy Sadovyi": the holder of a role in a place or body
            roles = [_key(w[0]) for w in words if w not in holder and _key(w[0]) not in self.skip]
            name = mention[holder[0][1] : holder[-1][2]]
            return "name", name, {_key(w[0]) for w in holder}, set(roles)
        related = run_start - 1
        while (
            related > 0
            and _key(words[related][0]) in self.lex.determiners
            # French "du", "des": a preposition written onto its article ("la direction du Port")
            and _key(words[related][0]) not in self.lex.relation_words
        ):
            related -= 1  # "ties to both Clintons"
        if (
            name_words
            and related >= 1
            and not bodied  # "the head of the Acme Port Authority Jo Roe": Jo Roe
            and (
                (
                    _key(words[related][0]) in self.lex.relation_words
                    # "il presidente di Confindustria Carlo Bonomi": a body, then a first
                    # name opens its holder's name (but "un consigliere di Mario Rossi",
                    # "the director of HWS Marine Sciences")
                    and not any(
                        _key(w[0]) in self.lex.first_names for w in words[run_start + 1 : -1]
                    )
                    and (
                        not words[related - 1][0][:1].isupper()
                        # "Aides to Jo Roe said": capitalised as the sentence's first word
                        # ("Head of Harbour Authority Jo Roe": a role in a body, then
                        # the name of its holder)
                        or (
                            related == 1
                            and _key(words[0][0]) in self.lex.role_nouns
                            and _key(words[0][0]) not in self.lex.titles
                            and not (genitive and len(name_words) < len(words) - run_start)
                        )
                    )
                )
                # "Senator from Ohio", "a voter from Acme": a person of the place
                or (
                    _key(words[related][0]) in self.lex.agent_prepositions
                    and _key(words[related - 1][0]) in self.lex.role_nouns
                    and _key(words[related - 1][0]) not in self.lex.thing_nouns
                )
            )
        ):
            # "a longtime adviser to Jo Roe": someone described by Roe
            return self._as_written(mention, words)
        if self._common_noun(name_words, words):
            return self._as_written(mention, words)
        if (
            name_words == words[-1:]
            and any(self._is_role_form(r) for r in roles)
            and (self._complement(name_words[0][0]) or self._other_gender(name_words[0][0], span))
        ):
            # "Президент Франции", "Мэр Киева": a role in a place, its holder unnamed
            return self._as_written(mention, words)
        if name_words and not (
            any(self._is_role_form(r) for r in roles)
            # "глава ОВА", "голова Харківської ОВА", "глави МЗС України": a body that an
            # abbreviation names
            and any(
                is_acronym(w[0].rstrip("."))
                # "Jo Roe III": a generation's numeral closes a full name
                and not (n == len(name_words) - 1 >= NAME_WORDS and _NUMERAL.fullmatch(w[0]))
                for n, w in enumerate(name_words)
            )
        ):
            # "Wali Kota Bandung Rina Lestari", the holder printed nowhere alone: what the
            # role is of and the name run together, so the whole mention speaks
            whole = self._complement_unknown(words, name_words)
            name = self._marked(mention, (words if whole else name_words)[0][1], name_words[-1][2])
            tokens = {_key(w[0]) for w in name_words}
            return "name", name, tokens, set(roles + trailing)
        # "глава ОВА": a role in an organisation that an abbreviation names, no name
        content = {_key(w[0]) for w in words if _key(w[0]) not in self.skip}
        return "description", mention.strip(), content, content

    def _glued_name(self, mention: str) -> str | None:
        """Where no space parts words, the name in a mention of one word after a role
        or a modifier written onto it (Chinese ``市长王建国``, ``经营面包店的李梅``) or
        before a role or an honorific (Japanese ``山田太郎市長``, ``佐藤花子さん``), else
        ``None``."""
        roles, suffixes = self.lex.glued_roles, self.lex.glued_name_suffixes
        if (not roles and not suffixes) or " " in mention:
            return None
        name, bodies = mention, self.lex.glued_body_endings
        places = self.lex.glued_place_endings
        if name.endswith(self.lex.honorific_nouns):
            return None  # "近所に住むおばあさん": a grandmother, no given name
        for suffix in suffixes:
            if name.endswith(suffix):
                rest = name[: len(name) - len(suffix)]
                # "大阪市長": a place's role needs a full name before it; "東京都知事": a
                # place's or a body's name is whose the role is
                floor = _GLUED_NAME[0] + suffix.startswith(places)
                if (
                    len(rest) >= floor
                    and not rest.endswith(bodies)
                    # "同社の社長": a role after a linking particle, whose it is
                    and not rest.endswith(self.lex.linking_particles)
                ):
                    # "近くで食堂を営む木村一郎さん": the name after the modifier
                    after = _NAME_AFTER_MODIFIER.search(rest) or _kana_name().search(rest)
                    name = rest if after is None else after.group()
                    # "トランプ米大統領": a foreign name in katakana, then a country's
                    # or "former" before the role; no company's ideographs after a
                    # katakana word ("トヨタ自動車社長" names no トヨタ)
                    foreign = _KATAKANA_NAME.match(name)
                    if foreign is not None and self._role_head(name[foreign.end() :]):
                        name = foreign.group()
                break
        masked = name
        for compound in self.lex.glued_role_compounds:
            masked = masked.replace(compound, "\0" * len(compound))  # "大使馆官员"
        cut = max((masked.rfind(r) + len(r) for r in roles if r in masked), default=0)
        # "外交部发言人的王明": the role, a linking particle, then its holder
        cut += particle_at(name, cut, self.lex.linking_particles) if cut > 0 else 0
        if cut == 0 and bodies and not suffixes:
            # "市政府的张伟": a body's name, a linking particle, then one of its people;
            # where roles follow names, a role noun follows as often ("同社の担当者")
            link = max((name.rfind(p) for p in self.lex.linking_particles), default=-1)
            if link > 0 and name[:link].endswith(bodies):
                cut = link + particle_at(name, link, self.lex.linking_particles)
        if cut > 0 and _GLUED_NAME[0] <= len(name) - cut <= _GLUED_NAME[1]:
            name = name[cut:]
        name = _honorific_after_link(name, self.lex)
        return name if name != mention and name not in self.lex.pronouns else None

    def _role_head(self, ideographs: str) -> bool:
        """Whether ``ideographs`` after a katakana name are a role's own: one or two of
        :attr:`~newsstruct.lang.Lexicon.glued_role_prefixes` (``米`` of
        ``ローン米大統領``, ``前米``), one of
        :attr:`~newsstruct.lang.Lexicon.glued_name_suffixes` (``大統領`` of
        ``ローン大統領さん``), or both (``前米大統領``)."""
        prefixes = self.lex.glued_role_prefixes
        n = next((k for k, c in enumerate(ideographs) if c not in prefixes), len(ideographs))
        return n <= 2 and (
            ideographs[n:] in self.lex.glued_name_suffixes or 0 < n == len(ideographs)
        )

    def _genitive_holder(self, span: Span, name: str) -> bool:
        """Where first names decline (:attr:`Lexicon.first_name_cases`), whether a
        mention that stands in the nominative (a verb's subject) ends in a full ``name``
        in the genitive after a role noun as listed that opens it (``помощник министра
        Ивана Петрова``, ``rzecznik ministra Piotra Nowaka``): the name is whose the
        role is, not its holder's (``заместитель министра Иван Петров``: his own).  The
        first name must read as no nominative (``Ивана``, ``Piotra``; not Polish
        ``Jana``, a woman's name too) and the surname must take that gender's genitive; a
        body's noun opens no such mention (it quotes the holder, in the accusative).  Where
        no first names are listed, the endings of :attr:`Lexicon.genitive_name_endings`
        tell the genitive (Czech ``mluvčí ministra Jana Nováka``)."""
        parts = name.split()
        if (
            not (self.lex.first_name_cases or self.lex.genitive_name_endings)
            or len(parts) < NAME_WORDS
        ):
            return False
        mention = span.of(self.text)
        opening = _WORD.search(mention)
        if (
            opening is None
            or _key(opening.group()) not in self.lex.role_nouns
            # "цитує пресслужба голову правління Олега Гайового": a body quotes the
            # holder, whose name the accusative spells as the genitive
            or _key(opening.group()) in self.lex.body_nouns
            or not mention.rstrip().endswith(name)
            or len(mention.split()) <= len(parts)
        ):
            return False
        if not self.lex.first_name_cases:
            # "mluvčí ministra Jana Nováka": both names end as one gender's genitive, and
            # a role's lower-case genitive owns them ("Předsedkyně parlamentu Roberta
            # Metsola", "Ministryně Marie Curie": a nominative foreign name)
            owner = mention.rstrip()[: -len(name)].split()
            return (
                len(owner) >= 2  # the role, then its owner's
                and not owner[-1][:1].isupper()
                and _inflected_role(_key(owner[-1]), self.lex)
                and _genitive_name(parts, self.lex)
            )
        found = first_name_case(parts[0], self.lex, oblique=False)
        if found is None or GENITIVE not in found[2].split():
            return False
        rows = surname_endings(self.lex).get((found[1], GENITIVE), ())
        return surname_nominative(parts[-1], rows) is not None

    def _after_marked_name(
        self, mention: str, words: list[tuple[str, int, int]], run_start: int
    ) -> int:
        """Where a name in marks and capitalised words after its closing mark end the
        mention, the first of those words: the marked name is the body of the role
        before it, the words after it the person's (``директор підприємства
        "Лорнівводоканал" Степан Мазур``); else ``run_start``."""
        for n in range(len(words) - 1, run_start, -1):
            # the closing mark right after the marked name's last word (a straight one
            # before a name opens it: 'НЕК "Укренерго"')
            # (and a space after it: not 'die „Morgenwacht“-Redaktion')
            end = words[n - 1][2]
            closing, space = mention[end : end + 1], mention[end + 1 : end + 2]
            if space.isspace() and any(closing == pair[1] for pair in self.lex.quote_pairs):
                return n
        return run_start

    def _adjective_body(self, words: list[tuple[str, int, int]]) -> bool:
        """Where nouns go bare, whether a mention is a body's name that a capitalised
        adjective opens, lower-case words go on and a name or an abbreviation of one or
        two words closes (``Повітряні сили ЗСУ``, ``Державна прикордонна служба
        України``): no role and no first name in it, so no person's."""
        if not self.lex.bare_noun_subjects or not 2 < len(words) <= ADJECTIVE_BODY_WORDS:
            return False
        keys = [_key(w[0]) for w in words]
        return is_adjective_body(w[0] for w in words) and not any(
            self._is_role(key) or self._is_role_form(key) or key in self.lex.first_names
            for key in keys
        )

    def _head(self, words: list[str]) -> str:
        """The head noun of a description's words: the word before its first phrase
        preposition (``cheffe`` of ``la cheffe du gouvernement``, ``head`` of ``the head
        of the agency``), else its last (``the Roe campaign``); ``""`` for none."""
        at = next(
            (n for n, w in enumerate(words) if n and w in self.lex.phrase_prepositions),
            len(words),
        )
        if (
            self.lex.body_names_after_nouns
            and (opening := next((w for w in words if w not in self.lex.determiners), ""))
            in self.lex.thing_nouns
        ):
            return opening  # "Bộ Ngoại giao", "el Tribunal Supremo": the body's noun
        return words[at - 1] if at else ""

    def _capitalised(self, word: str) -> bool:
        """Whether ``word`` is capitalised after any elided article written onto it
        (``Pasteur``, ``l'Institut``; not ``dell'Economia``, a preposition's)."""
        article, rest = split_elision(word, self.elided)
        return rest[:1].isupper() and article not in self.lex.prepositions

    def _role_of_one(self, words: list[tuple[str, int, int]], run_start: int) -> bool:
        """Whether a mention ends in a role of the one place or body that its one
        capitalised word names (``le président de la République``, ``o chefe do
        Governo``, ``l'esponente del Pd``): a role word, its elided article written onto
        it or not, a phrase preposition and maybe an article before it."""
        if run_start != len(words) - 1:
            return False
        n = self._preposition_before(words, run_start)
        return bool(n) and self._is_role_form(self._unelided_key(words[n - 1][0]))

    def _unelided_key(self, word: str) -> str:
        """The key of ``word`` without an elided article written onto it (``esponente``
        of ``l'esponente``)."""
        return _key(split_elision(word, self.elided)[1])

    def _genitive_of_role(self, words: list[tuple[str, int, int]], run_start: int) -> bool:
        """Where nouns are capitalised, whether the name run at ``run_start`` follows a
        role word and a genitive article (``der Sprecher der Deutschen Bahn``, ``der
        Chefredakteur der „Süddeutschen Zeitung“``): the body the role is of, its
        holder unnamed (but ``die Chefin der Grünen Anna Roe``: a first name in the
        run names her); lower-case attributes may stand between the article and the
        run (``der Kapitän des eingetroffenen Dampfers „Lornport“``)."""
        if not (self.lex.capitalised_nouns and 2 <= run_start < len(words)):
            return False
        article = run_start - 1
        while (
            article > 1
            and run_start - article <= _GENITIVE_ATTRIBUTES
            and words[article][0][:1].islower()
            and _key(words[article][0]) not in self.lex.genitive_determiners
            and _key(words[article][0]) not in self.lex.prepositions
        ):
            article -= 1  # "des eingetroffenen Dampfers": the adjective before the run
        return (
            _key(words[article][0]) in self.lex.genitive_determiners
            and self._is_role_form(_key(words[article - 1][0]))
            and not any(_key(w[0]) in self.lex.first_names for w in words[run_start:])
        )

    def _particle_name(
        self, words: list[tuple[str, int, int]], run_start: int, mention: str
    ) -> int | None:
        """The index of the first name of a name whose surname opens with a particle of
        :attr:`~Lexicon.name_particles` (``von``, ``von der``) right before the name run
        at ``run_start``: one capitalised word before the particle, no role nor a body's
        noun, with no article written onto it nor a preposition before it, after a role
        word and nothing but role words, titles and articles (``Stadträtin Eva von
        Berg``; not ``Der Stadtrat von Husum``, ``la Banque de France``, ``el portaveu
        de l'Ajuntament de Girona``) or after a comma of the ``mention`` (``el
        presidente del Banco, Luis de Guindos``); or first names before it that open the
        mention (``Luiz Inácio Lula da Silva``); else ``None``."""
        for size in (2, 1):
            first = run_start - size - 1
            if (
                first < 0
                or " ".join(_key(w[0]) for w in words[run_start - size : run_start])
                not in self.lex.name_particles
                or not self._given_name(words[first][0])
            ):
                continue
            given = first
            while (
                given > 0
                and self._given_name(words[given - 1][0])
                and not _comma_before(mention, words, given)
            ):
                given -= 1  # "Luiz Inácio Lula da Silva": more first names
            if (given == 0 or _key(words[given - 1][0]) not in self.lex.prepositions) and (
                (given == 0 and self._particled_surname(words, first + 1))
                or _comma_before(mention, words, given)
                or (
                    any(self._is_role(_key(w[0])) for w in words[:given])
                    and all(
                        self._is_role(_key(w[0])) or _key(w[0]) in self._sets.leading
                        for w in words[:given]
                    )
                )
            ):
                return given
        return None

    def _particled_surname(self, words: list[tuple[str, int, int]], at: int) -> bool:
        """Whether the mention's words from ``at`` on are a surname that opens with a
        particle of :attr:`~Lexicon.name_particles` (``da Silva``, ``de los Ríos``): the
        particle, then one or two name words, neither an abbreviation (``da UFRJ``)."""
        for size in (2, 1):
            rest = words[at + size :]
            if (
                " ".join(_key(w[0]) for w in words[at : at + size]) in self.lex.name_particles
                and 0 < len(rest) <= NAME_WORDS
                and all(self._given_name(w[0]) and not is_acronym(w[0]) for w in rest)
            ):
                return True
        return False

    def _given_name(self, word: str) -> bool:
        """Whether ``word`` may be a name's word before a particle of its surname: capitalised,
        no article written onto it, no role, body's noun, determiner or skipped word."""
        key = _key(word)
        return (
            self._capitalised(word)
            and not split_elision(word, self.elided)[0]
            and not self._is_role(key)
            and key not in self.lex.thing_nouns
            and key not in self.lex.determiners
            and key not in self.skip
        )

    def _preposition_before(self, words: list[tuple[str, int, int]], run_start: int) -> int:
        """The index of the phrase preposition before the name run at ``run_start``, past
        any articles (``de la Salut``), where a word comes before it; 0 where none does."""
        n = run_start - 1
        while (
            n > 0
            and _key(words[n][0]) in self.lex.determiners
            and _key(words[n][0]) not in self.lex.phrase_prepositions  # "del"
        ):
            n -= 1
        return n if n >= 1 and _key(words[n][0]) in self.lex.phrase_prepositions else 0

    def _complement_unknown(
        self, words: list[tuple[str, int, int]], name_words: list[tuple[str, int, int]]
    ) -> bool:
        """Where what a role is of follows it bare (:attr:`Lexicon.bare_role_complements`),
        whether more capitalised words than a full name's follow a role noun right after
        it (``Wali Kota Bandung Rina Lestari``, ``Gubernur Jawa Barat Ahmad Fauzi``): the
        place the role is of and the holder's name, no word telling where the name
        starts.  A title takes no complement (``Presiden Susilo Bambang Yudhoyono``)."""
        if not self.lex.bare_role_complements or len(name_words) <= NAME_WORDS:
            return False
        keys = [_key(w[0]) for w in words]
        at = words.index(name_words[0]) if name_words[0] in words else 0
        return at > 0 and all(
            (key in self.lex.role_nouns and key not in self.lex.titles)
            or (n > 0 and (keys[n - 1], key) in self._sets.equivalent_openings)
            for n, key in enumerate(keys[:at])
        )

    def _titled_body(self, words: list[tuple[str, int, int]], run_start: int) -> bool:
        """Whether the name run at ``run_start`` ends a body's name in title case: after
        a capitalised noun for a body (:attr:`Lexicon.thing_nouns`, singular or plural:
        one of :attr:`Lexicon.plural_endings` written onto it) and a preposition that
        titles leave in lower case (:attr:`Lexicon.title_minor_words`: ``the Council on
        Foreign Relations``, ``the Centers for Disease Control``)."""
        if run_start < 2:
            return False
        link, head = _key(words[run_start - 1][0]), words[run_start - 2][0]
        key = _key(head)
        return (
            link in self.lex.title_minor_words
            and link in self.lex.prepositions
            and self._capitalised(head)
            and (
                key in self.lex.thing_nouns
                or any(
                    key.endswith(ending) and key[: -len(ending)] in self.lex.thing_nouns
                    for ending in self.lex.plural_endings
                )
            )
        )

    def _common_noun(
        self, name_words: list[tuple[str, int, int]], words: list[tuple[str, int, int]]
    ) -> bool:
        """Whether the one capitalised word taken for a name is a noun, where every
        noun is capitalised: after an article or a lower-case word (``der 67-Jährige``,
        ``die ukrainische Luftwaffe``, ``der König eines Morgens``), not after a role
        (``Minister Roe``) or alone (``Roe``)."""
        if not self.lex.capitalised_nouns or len(name_words) != 1:
            return False
        at = words.index(name_words[0])
        if at == 0:
            return False
        before = words[at - 1][0]
        return not before[:1].isupper() or _key(before) in self.lex.determiners

    def _without_nickname(self, mention: str) -> str:
        """The mention without a nickname in marks set inside the name (``Jo “the
        Hammer” Roe`` is Jo Roe); any other mention as it is."""
        for opening, closing in self.lex.quote_pairs:
            start = mention.find(" " + opening)
            end = mention.find(closing + " ", start + 2) if start > 0 else -1
            if (
                end > 0
                and mention[start - 1 : start].isalpha()
                and mention[:start].split()[-1][0].isupper()
                and mention[end + 2 : end + 3].isupper()
            ):
                return mention[:start] + mention[end + 1 :]
        return mention

    def _marked(self, mention: str, start: int, end: int) -> str:
        """The name ``mention[start:end]`` with the quotation marks of a name in marks
        that it holds (``НЕК "Укренерго"``); a name that is all in marks is given without
        them (``Укренерго`` for ``«Укренерго»``): they set a name off, no part of it.  A
        name whose marks close inside it keeps its opening one (``„Abendpost“-Redaktion``,
        a name in marks glued to a word by a hyphen)."""
        before = mention[start - 1 : start] if start else ""
        after = mention[end : end + 1]
        for opening, closing in self.lex.quote_pairs:
            if before == opening and (
                mention.count(closing, start, end) > mention.count(opening, start, end)
                if opening != closing
                else mention.count(closing, start, end) % 2 == 1
            ):
                return mention[start - 1 : end]
            if after != closing:
                continue
            opened = (
                mention.count(opening, start, end) % 2 == 1
                if opening == closing
                else mention.count(opening, start, end) > mention.count(closing, start, end)
            )
            if opened:
                return mention[start : end + 1]
        return mention[start:end]

    def _before_place(self, words: list[tuple[str, int, int]]) -> int:
        """Where a description ends before a place it is in (``Officials in
        Washington``, ``NATO leaders at the summit in The Hague``, ``Protesters outside
        Parliament``): at the first preposition of place, when the mention ends in a
        name after it and, where nouns are capitalised, more than an article comes
        before it, and, between two capitalised words, it is one of
        :attr:`Lexicon.place_prepositions` (``Jo Roe in London``, not ``the Council on
        Foreign Relations``); ``len(words)`` otherwise.  ``of``, ``for``,
        ``to`` and ``from`` phrases say whose role it is (``the governor of Ohio``), but
        one between two capitalised words is inside a body's name, and a place can
        follow that name (``Il Consiglio di Stato a Roma``)."""
        if (
            not words
            or not words[-1][0][:1].isupper()
            or _key(words[0][0]) in self.lex.prepositions
        ):
            return len(words)
        for n in range(1, len(words) - 1):
            key = _key(words[n][0])
            if key not in self.lex.prepositions:
                continue
            inside_name = (
                n > 1
                and not self.lex.capitalised_nouns  # "der Konzern am Dienstag in Wolfsburg"
                and words[n - 1][0][:1].isupper()
                and words[n + 1][0][:1].isupper()
            )
            if inside_name and key in self.lex.phrase_prepositions:
                continue  # "the Bank of England in London": a name, then its place
            if (
                key in self.lex.phrase_prepositions
                or key in self.lex.relation_words
                or key in self.lex.agent_prepositions
                # "міністр у справах ветеранів X": the role's field, no place
                or _key(words[n + 1][0]) in self.lex.role_domain_nouns
                # "ein vom Verband beauftragter Gutachter": where nouns are capitalised, a
                # phrase between the article and its noun is in the description (but
                # English "Some in Congress" ends before the place)
                or (
                    self.lex.capitalised_nouns
                    and (
                        all(_key(w[0]) in self.lex.determiners for w in words[:n])
                        # "der Sprecher der seit Jahren regierenden Partei": a genitive's
                        or _key(words[n - 1][0]) in self.lex.determiners
                    )
                )
            ):
                return len(words)
            if inside_name and key not in self.lex.place_prepositions:
                # "Jo Roe in London": no name goes on after a preposition of place
                continue  # inside a name: "the Council on Foreign Relations"
            return n
        return len(words)

    def _holder(
        self, before: Sequence[str], run: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]] | None:
        """The holder's name in a run of capitalised words after a role, a phrase
        preposition and the place or body the role is of (``The mayor of Lviv Andriy
        Sadovyi``, ``the head of the HSB Ivan Roe``): the last two words, when the
        article prints the last one elsewhere on its own, as a surname (``Sadovyi
        said``).  ``before`` are the words before the run.  ``None`` when the run is one
        name (``the director of HWS Marine Sciences``: an organisation)."""
        if len(run) <= NAME_WORDS:
            return None
        keys = [_key(w) for w in before]
        while keys and keys[-1] in self.lex.determiners:
            keys.pop()
        if (
            len(keys) > 2
            and keys[-1] in self.lex.list_conjunctions
            and keys[-3] in self.lex.phrase_prepositions
        ):
            keys = keys[:-2]  # "Minister of Harbours and [Fisheries Jo Roe]": two domains
        first, surname = run[-NAME_WORDS][0], run[-1][0].rstrip(".")
        if self.lex.bare_role_complements and (
            (keys and self._is_role(keys[-1])) or self._is_role(_key(run[0][0]))
        ):
            # "Menteri Keuangan Budi Santoso": the role's complement right after it, the
            # holder printed alone elsewhere by either name ("kata Budi", "ujar Santoso")
            if (
                self._printed_alone(surname, first)
                or self._printed_alone(first, "", surname)
                # or the two together without the complement ("kata Budi Santoso")
                or self._printed_alone(f"{first} {surname}", run[-NAME_WORDS - 1][0])
            ):
                return run[-NAME_WORDS:]
            return None
        if not keys or not (
            keys[-1] in self.lex.phrase_prepositions
            # "the Chairman of the Committee on Veterans Affairs Ostap Yurchenko": a
            # body's name in title case goes on after its noun and a minor word
            or (
                len(keys) > 1
                and keys[-1] in self.lex.title_minor_words
                and keys[-2] in self.lex.thing_nouns
            )
        ):
            return None
        if not any(self._is_role(key) for key in keys[:-1]):
            return None
        if not self._printed_alone(surname, first):
            return None
        return run[-NAME_WORDS:]

    def _printed_alone(
        self, surname: str, first_name: str, following: str = "", *, after_name: bool = False
    ) -> bool:
        """Whether ``surname`` occurs in the text as a word of its own, not after
        ``first_name`` (nor before ``following``, where given: a first name printed
        without its surname; nor, with ``after_name``, right after any capitalised word:
        another name's, ``il Parlamento Europeo``).  Remembered: a text that prints one
        name a thousand times asks a thousand times, each a scan of the text."""
        key = (surname, first_name, following, after_name)
        known = self._alone.get(key)
        if known is not None:
            return known
        alone = False
        position = self.text.find(surname)
        while position >= 0:
            end = position + len(surname)
            if (
                (position == 0 or not self.text[position - 1].isalpha())
                and (end == len(self.text) or not self.text[end].isalpha())
                and not (following and self._before_word(end, following))
                and not self._after(position, first_name, capitalised=after_name)
            ):
                alone = True
                break
            position = self.text.find(surname, end)
        self._alone[key] = alone
        return alone

    def _before_word(self, end: int, word: str) -> bool:
        """Whether the text from ``end`` goes on, spaces aside, with ``word`` (no copy of
        the text after: this runs for every occurrence of a name)."""
        after = end
        while after < len(self.text) and self.text[after].isspace():
            after += 1
        return self.text.startswith(word, after)

    def _after(self, position: int, word: str, *, capitalised: bool) -> bool:
        """Whether the text before ``position`` ends, spaces aside, with ``word`` (where
        given) or, with ``capitalised``, with a capitalised word (no copy of the text
        before: this runs for every occurrence of a surname)."""
        if not (word or capitalised):
            return False
        before = position
        while before and self.text[before - 1].isspace():
            before -= 1
        if word and self.text.endswith(word, 0, before):
            return True
        if not capitalised:
            return False
        start = before
        while start and self.text[start - 1].isalpha():
            start -= 1
        return start < before and self.text[start].isupper()

    def _after_comma(self, mention: str, words: list[tuple[str, int, int]], start: int) -> int:
        """Where a run of capitalised words from ``start`` to the end begins after its
        last comma: at a full name there (``the head of the Acme Port Authority, Jo
        Roe``), not at a place's state (``Allentown, Pa.``)."""
        for n in range(len(words) - NAME_WORDS, start, -1):
            if "," in mention[words[n - 1][2] : words[n][1]]:
                return n if "." not in words[-1][0] and len(words[-1][0]) > 2 else start
        return start

    def _person_of_place(
        self, words: list[tuple[str, int, int]], run_start: int, mention: str
    ) -> tuple[list[tuple[str, int, int]], list[str]] | None:
        """The name and roles of a person before ``of`` (or ``from``) and a place or
        organisation that ends the mention (``Gov. Jo Roe of Ohio``, ``Jo Roe of the
        University of Acme``, ``Jo Roe from Lornport General Hospital``): the capitalised
        words before the first ``of`` hold a name of two words at least, and only
        capitalised words, articles and ``of`` follow it; a comma of the ``mention`` ends
        the words before it (``… del Banco Central, Luis de Guindos``)."""
        if run_start >= len(words):
            return None
        links = self.lex.phrase_prepositions | self.lex.origin_prepositions
        at = next(
            (
                n
                for n in range(1, run_start)
                if _key(words[n][0]) in links and words[n - 1][0][:1].isupper()
            ),
            None,
        )
        if (
            at is None
            or not all(
                w[0][:1].isupper()
                or _key(w[0]) in self.lex.determiners
                or _key(w[0]) in self.lex.phrase_prepositions
                # "Jo Roe of the Council on Harbour Affairs": a title's minor word
                or (
                    _key(w[0]) in self.lex.title_minor_words
                    and _key(words[n - 1][0]) in self.lex.thing_nouns
                )
                for n, w in enumerate(words[at + 1 :], at + 1)
            )
            or self._particled_surname(words, at)
        ):
            return None  # "Luiz Inácio Lula da Silva": a surname, no place
        first = at
        while (
            first > 0
            and words[first - 1][0][:1].isupper()
            and not _comma_before(mention, words, first)
        ):
            first -= 1
        before = [_key(w[0]) for w in words[:first]]
        if any(
            w not in self.lex.determiners
            and w not in self.lex.titles
            and w not in self.lex.role_nouns
            for w in before
        ):
            return None  # "the director of the Acme Group for …": the group is described
        name, roles = self._split(words[first:at])
        keys = [_key(w[0]) for w in name]
        if len(name) < NAME_WORDS or not self.skip.isdisjoint(keys) or self._names_body(keys):
            return None  # "the Press Association of Acme": an organisation
        return name, roles + before

    def _author(self, span: Span) -> Span:
        """The author of a text that speaks (``A statement by the SBU``, ``a joint
        statement from the ministry``): the words after its noun of speech and the agent
        preposition; or the body whose data a mention names (:attr:`Lexicon.record_nouns`:
        ``i dati dell'Istat`` -> ``Istat``, ``los datos del Instituto Nacional de
        Estadística`` -> ``Instituto Nacional de Estadística``); ``span`` where it opens
        with neither noun.  The mention's words are read once, here, for both.
        :meth:`resolve` is the only caller: the spans it re-analyses (a name after
        the mention, a relative pronoun's antecedent) are names and are not trimmed."""
        words = list(_WORD.finditer(self.text, span.start, span.end, False, False))
        for n, word in enumerate(words[:_SPEECH_NOUN_REACH]):
            if n > 0 and word.group()[0].isupper():
                break  # "The Statement Group": a name
            if (
                _key(word.group()) in self.speech_nouns
                and n + 2 < len(words)
                and _key(words[n + 1].group()) in self.lex.agent_prepositions
            ):
                return Span(words[n + 2].start(), span.end)
        if not self.lex.record_nouns:
            return span
        n = 0
        while n < len(words) and _key(words[n].group()) in self.lex.determiners:
            n += 1
        if n + 2 > len(words) or _key(words[n].group()) not in self.lex.record_nouns:
            return span
        agent = self._participle_agent(words, n + 1)
        if agent is not None:
            return Span(agent, span.end)
        linker = words[n + 1]
        # "dell'Istituto": the preposition and its article written onto it
        elided, start = self._elided(linker)
        if not elided:
            if _key(linker.group()) not in self.lex.phrase_prepositions or n + 2 >= len(words):
                return span
            start = self._elided(words[n + 2])[1]  # "de l'Insee": Insee
        return Span(start, span.end) if self.text[start : start + 1].isupper() else span

    def _elided(self, word: regex.Match[str]) -> tuple[str, int]:
        """The article elided onto ``word`` (``dell`` of ``dell'Istat``, ``""`` for none)
        and where the word starts after it."""
        elided, rest = split_elision(word.group(), self.elided)
        return elided, word.end() - len(rest)

    def _participle_agent(self, words: list[regex.Match[str]], n: int) -> int | None:
        """Where the agent after the past participle at ``words[n]`` starts (``publicados
        el martes por el INE``: ``el INE``; ``divulgados pelo IBGE``: ``IBGE``;
        ``pubblicati dall'Istat``: ``Istat``), past any time words and their articles
        and prepositions (:attr:`Lexicon.participle_agents`); ``None`` where no
        participle and agent with a capitalised word follow."""
        if not self.lex.participle_agents or not words[n].group()[:1].islower():
            return None
        if not is_participle_form(_key(words[n].group()), self.lex):
            return None
        m = n + 1  # past the participle
        key = _key(words[m].group()) if m < len(words) else ""  # each word keyed once
        while m < len(words):
            following = _key(words[m + 1].group()) if m + 1 < len(words) else ""
            if not opens_time_phrase(key, following, self.lex):
                break
            m, key = m + 1, following
        if m >= len(words):
            return None
        elided, start = self._elided(words[m])  # "dall'Istat"
        if not (elided and elided in self.lex.participle_agents):
            if key not in self.lex.participle_agents or m + 1 >= len(words):
                return None
            start = self._elided(words[m + 1])[1]  # "par l'Insee": Insee
        named = any(split_elision(w.group(), self.elided)[1][:1].isupper() for w in words[m:])
        return start if named else None

    def _after_written_preposition(self, span: Span, cue: str) -> tuple[Span, str]:
        """The mention without the preposition of the ``cue``'s source phrase written
        onto its first word (:attr:`Lexicon.written_prepositions`), and what stands in
        the preposition's place in the name ("" where nothing does or none is written)."""
        last = cue.casefold().rpartition(" ")[2]
        printed = span.of(self.text)
        for phrase, preposition, article in self.lex.written_prepositions:
            if last == phrase and printed.startswith(preposition):
                start = span.start + len(preposition)
                while start < span.end and self.text[start].isspace():
                    start += 1  # "وفقا لـ وزارة الصحة": the preposition printed alone
                if span.end - start > 1:
                    return Span(start, span.end), article
        return span, ""

    def _after_participle_preposition(self, span: Span) -> Span:
        """The object of the preposition after a participle that opens a mention right
        before a relative pronoun (``…, compared with 25 percent who said``, ``is
        leading among 6 in 10 voters who say``): the antecedent, the mention less its
        first two words; the mention itself elsewhere."""
        words = list(itertools.islice(_WORD.finditer(self.text, span.start, span.end), 3))
        if len(words) < 3 or not words[0].group()[:1].islower():
            return span
        participle, preposition = _key(words[0].group()), _key(words[1].group())
        after = _WORD.search(self.text, span.end, min(len(self.text), span.end + _AFTER_MENTION))
        if (
            participle.endswith(self.lex.past_suffixes + self.lex.adjunct_endings)
            and preposition in self.lex.prepositions
            and preposition not in self.lex.phrase_prepositions
            and after is not None
            and _key(after.group()) in self.lex.relative_pronouns
            and not self.text[span.end : after.start()].strip()
        ):
            return Span(words[2].start(), span.end)
        return span

    def _before_particle(self, span: Span) -> Span:
        """The mention without the particle of the subject written onto its last word
        (:attr:`Lexicon.subject_particles`: Korean ``대변인은``), nor a word of time and its
        particle before it (``오늘은 김민수 대변인은``, Japanese ``今日は港長が``)."""
        if not self.lex.subject_particles:
            return span
        printed = span.of(self.text)
        opener = next((o for o in self._sets.time_openers if printed.startswith(o)), "")
        start = span.start + len(opener)
        while start < span.end and self.text[start].isspace():
            start += 1
        if start + 1 >= span.end:
            start = span.start  # "오늘은" alone: no name after it
        particle = subject_particle("".join(printed.split()[-1:]), self.lex)
        if particle and printed[: -len(particle)][-1:].isalpha():
            return Span(start, span.end - len(particle))
        return Span(start, span.end)

    def resolve(
        self,
        span: Span,
        *,
        oblique: bool = False,
        titled: bool = False,
        cue: str = "",
        named: Span | None = None,
    ) -> _Entity | None:
        """The speaker of a source mention; ``oblique`` says the mention stands where
        an oblique case is wanted (``За словами X``), ``titled`` that it names a person
        even as one word (a quote label's ``Пряма мова Зеленського``: Зеленський),
        ``cue`` is its cue's words, ``named`` the name in marks at its end that the
        source reader found after an article and its adjectives (``die liberale
        „Zeit“``; :attr:`~newsstruct.quotes.assemble.Draft.name`): what is analysed.

        ``None`` for a pronoun written onto a word (``katanya``) that points back to
        nobody: no word of the text names the speaker."""
        span = self._author(span)
        span, article = self._after_written_preposition(span, cue)
        span = self._before_particle(span)
        span = self._after_participle_preposition(span)
        kind, name, tokens, roles = self.analyse(
            Span(named.start, span.end)
            if named is not None and span.start < named.start < span.end == named.end
            else span
        )
        if not name.strip():
            return None  # "(": no word names anyone
        if kind == "name" and not oblique and self._genitive_holder(span, name):
            # "сказал помощник министра Ивана Петрова": the minister's aide speaks
            parts = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(span.of(self.text))]
            kind, name, tokens, roles = self._as_written(span.of(self.text), parts)
        if article and kind == "description":
            name = article + name  # "وفقا للوزارة": "الوزارة"
        if kind == "description" and self._partitive(span):
            named = self._named_apposition(span.end)
            if named is not None:
                # "один из авторов инициативы, депутат Сергей Лаптев": the name after
                kind, name, tokens, roles = self.analyse(named)
        if kind == "pronoun" and name.casefold() in self.lex.relative_pronouns:
            antecedent = self.antecedent(span.start)
            if antecedent is not None:  # "Jan Roe, who …": the name before it
                kind, name, tokens, roles = self.analyse(antecedent)
        entity: _Entity | None = None
        first = _WORD.search(span.of(self.text))
        # "another official", "other leaders": someone not named before
        other = first is not None and _key(first.group()) in self.lex.contrast_words
        if kind == "pronoun":
            word = name.casefold()
            gender = self._word_gender(word)
            plural = self._plural_pronoun(word, cue)
            if plural is False:
                gender = "f"  # "sagte sie": a woman or a feminine noun
            # "Man muss sagen, C", "Wir dürfen nicht vergessen, C": no one named before
            entity = (
                None
                if word in self.lex.unresolved_pronouns
                else self._antecedent_of_pronoun(span, word, gender, plural=plural)
            )
            if entity is None:
                entity = self._pronouns.get(word)
            if entity is None and enclitic_subject(span.of(self.text).strip(), self.lex):
                return None  # "“Q,” katanya" before anyone is named: "nya" is no name
            if entity is None:
                entity = _Entity(name, set(), set(), False)
                self._pronouns[word] = entity
                self.entities.append(entity)
            elif gender and not entity.gender:
                entity.gender = gender
        elif kind == "name" and (body := self._abbreviated_body(name, span.start)) is not None:
            entity = body  # "Генштаб", "ОГП": the body the article names in full
        elif kind == "name":
            # "Mrs. Roe" after "Ann Roe" and "her husband, Ed Roe": the title's gender
            titled_gender = self._role_gender(roles)
            full = self.nominative(
                self.fullest(name, titled_gender), oblique=oblique, titled=titled or bool(roles)
            )
            if full != name:
                tokens = {_key(w) for w in full.split()}
                name = full
            roles |= self.roles_of.get(name, set())
            entity = self._recent_person(tokens, titled_gender) if not other else None
            if entity is None and not other:
                entity = self._described(roles, span.start)
                if entity is not None:  # "The mayor of Valmont … Mayor Jo Roe": Jo Roe
                    entity.name, entity.tokens, entity.stems = name, tokens, _stems(tokens)
                    entity.is_person = True
                    entity.roles |= roles
            if entity is None and not other and not roles:
                entity = self._lengthened_body(name)  # "the Coast Guard of Lornport"
            if entity is None:
                entity = self._new_person(name, tokens, roles)
            else:
                if len(name.split()) > len(entity.name.split()):
                    entity.name, entity.tokens, entity.stems = name, tokens, _stems(tokens)
                entity.roles |= roles
        else:
            words = [_key(w) for w in name.split()]
            # "his lawyer", "her friend": someone of a person the pronoun stands for, not
            # the person the text printed with the role ("Jo Roe's lawyer, Al Poe")
            other = other or (
                first is not None and _key(first.group()) in self.lex.possessive_determiners
            )
            # "the report", "his campaign": a thing speaks, never a person named before;
            # "a friend", "one source": someone new
            if (
                roles
                and not other
                and self._head(words) not in self.lex.thing_nouns
                and not (first is not None and _key(first.group()) in self.lex.indefinites)
            ):
                # of two governors, the one mentioned last, not the one named last
                wanted = self._office(roles)
                entity = max(
                    (
                        candidate
                        for candidate in self.entities[-_REACH:]
                        if candidate.is_person
                        and wanted <= self._office(candidate.roles)
                        and self._ranks(candidate.roles) <= roles
                    ),
                    key=lambda candidate: candidate.last,
                    default=None,
                )
                singular = (
                    entity is not None
                    and (name[:1].islower() or words[0] in self.lex.determiners)
                    and not is_plural(words[-1], self.lex)
                )  # "the coach", "тренер"; not "strategists", "State"
                found = self.named_by_role(name.split(), span.start) if singular else []
                if entity is not None and found and self.named[found[0]][0] > entity.last:
                    # "Coach Jo Roe said … Coach Ed Kim was pleased. … the coach said":
                    # one printed with the role since the other spoke
                    entity = self._person_by_role(found)
            content = [w for w in words if w not in self.skip]
            if (
                entity is None
                and roles
                and not other
                and self._head(words) not in self.lex.thing_nouns
                and not (first is not None and _key(first.group()) in self.lex.indefinites)
                and not (words and is_plural(words[-1], self.lex))  # "the lawyers": a group
                # "За даними міністерства" after "Міністерка X": a body, not its minister
                and not (content and all(w in self.lex.body_nouns for w in content))
            ):
                entity = self._person_by_role(self.named_by_role(name.split(), span.start))
            if (
                entity is None
                and not other
                and not (first is not None and _key(first.group()) in self.lex.indefinites)
                and (
                    self._epithet(words)
                    or (len(content) == 1 and self._unelided_key(content[0]) in self.lex.epithets)
                )
            ):
                if self._epithet(words):
                    # "…, sagte der CDU-Politiker", "the 54-year-old said": the person
                    # the text named last
                    entity = self._person_named_since(-1, span.start, "")
                    if entity is None and words[-1].endswith(self.lex.age_epithet_endings):
                        entity = self._named_speaker_before(span.start)
                else:
                    # a generic noun ("the official", "чемпион") tells no more than the
                    # person it names: one whose roles share it, or the only one in reach
                    # of the gender its noun or article tells ("el funcionario")
                    entity = self._generic_person(
                        content, span.start, roles | set(map(self._unelided_key, words)), cue
                    )
            if (
                entity is None
                and not other
                and content
                and all(w in self.lex.body_nouns for w in content)
                and not (first is not None and _key(first.group()) in self.lex.indefinites)
            ):
                entity = self._body(content[-1], span.start)
            if entity is None and not other:
                entity = self._known_body(name) or self._lengthened_body(name)
            if entity is None and not other and _uncased(name):
                entity = self._ending_with(name)
            if (
                entity is None
                and roles
                and self.lex.subject_first
                # a possessive and lower-case role words ("its chief executive", "the
                # company's chief executive"), no name
                and first is not None
                and (
                    _key(first.group()) in self.lex.possessive_determiners
                    or (
                        words[0] in self.lex.determiners
                        and len(words) > 2
                        and words[1].endswith(self.lex.possessive_endings)
                    )
                )
                and all(w.islower() for w in name.split()[1:])
                and not (words and is_plural(words[-1], self.lex))
                and self._head(words) not in self.lex.thing_nouns
            ):
                # "its chief executive said C. Anil Roe, the chief executive, …": a
                # description no one before fits names the person the text prints with
                # its role next
                # (the role without its holder's genitive: "the company's")
                genitive = self.lex.possessive_endings
                role = [w for w in name.split() if not _key(w).endswith(genitive)]
                found = self.named_by_role(role, span.end, after=True)
                entity = self._person_by_role(
                    [
                        n
                        for n in found
                        if not self._another_before(self.named[n][0]) and not self._role_of_named(n)
                    ]
                )
            if entity is None:
                person = bool(
                    not roles.isdisjoint(self.lex.titles) or self._role_gender(roles)
                ) and self.lex.conjunctions.isdisjoint(words)  # "Mr. Roe and Mr. Poe": two
                # "Roe's niece": the possessor's name is not hers, no name joins it by it
                own = {t for t in tokens if not t.endswith(self.lex.possessive_endings)}
                entity = _Entity(name, own, roles, person)
                entity.gender = self.gender_of("", roles) if person else self._noun_gender(name)
                self.entities.append(entity)
        entity.mentions.append(span)
        entity.last = span.start
        return entity

    def _antecedent_of_pronoun(
        self, span: Span, word: str, gender: str, *, plural: bool | None
    ) -> _Entity | None:
        """The speaker a pronoun mention (``word``, of ``gender`` where it tells one,
        ``plural`` where its verb tells its number) stands for: the one named or quoted
        last that fits it, ``None`` for none."""
        # where pronouns take a noun's gender, "er" may stand for "der Verband"
        entity = self._last(
            person=bool(gender) and not self.lex.pronouns_take_noun_gender, gender=gender
        )
        if gender and word in self.lex.possessive_determiners:
            # "Jo Roe sharpened his criticism of X": the person the sentence named
            entity = self._possessor(span.start, gender) or entity
        if word in self.lex.relative_pronouns:
            # "Асоціація «Альфа», яка заявила": the name right before the comma
            entity = self._antecedent(span.start) or entity
        if plural:
            # "Die Eltern … C, sagten sie": a group, none of the persons named
            entity = max(
                (e for e in self.entities[-_REACH:] if e.last >= 0 and not e.is_person),
                key=lambda e: e.last,
                default=None,
            )
            # "Die Minister trafen sich. Sie sagten, C": the plural subject since
            entity = self._subject_since(entity.last if entity else -1, span.start, "p") or entity
        elif word in self.lex.person_pronouns:
            # "Präsident Jo Roe forderte mehr Hilfe. «…», sagte er": the person the
            # text named since the last speaker, before the pronoun's sentence
            since = entity.last if entity else -1
            entity = (
                self._person_named_since(since, span.start, gender)
                # "Die Ministerin traf sich mit X. Wie sie sagte, C": the description
                # (none before a sentence that names a person of its gender)
                or (
                    self._subject_since(
                        self._named_sentence(since, span.start, gender), span.start, gender
                    )
                    if gender
                    else None
                )
                or entity
            )
        if word in self.lex.body_pronouns:
            if entity is not None and self._one_person(entity):
                # "“Q2,” he said. “Q3,” they said": not the one man or woman last
                # quoted, but the last speaker who may be many
                entity = max(
                    (e for e in self.entities[-_REACH:] if e.last >= 0 and not self._one_person(e)),
                    key=lambda e: e.last,
                    default=None,
                )
            # "Acme Corp issued a report. They said C": the body the text named since
            # the last speaker, before the pronoun's sentence; "Two harbour workers
            # boarded the ferry. They said C": the group a plural description opens a
            # sentence with since that speaker
            since = entity.last if entity else -1
            entity = (
                self._body_named_since(since, span.start)
                or self._plural_subject_since(since, span.start)
                or entity
            )
        if word in self.lex.thing_pronouns:
            # "Acme Bank issued a notice in which it confirmed C": no person
            entity = self._thing_antecedent(entity, span.start)
        if entity is None and not plural and (gender or word in self.lex.genderless_pronouns):
            # "Anna Roe came. “…,” she said"; a pronoun of no gender (Indonesian
            # "katanya", "dia") stands for the last name of any
            entity = self._last_named_before(span.start, gender, person=not gender)
        if entity is None and not plural and gender:
            # "“Q,” Chief Kim Dale told reporters. “Q2,” she added": where the text
            # names nobody of the pronoun's gender, the speaker last mentioned, in
            # the pronoun's paragraph, whose gender is only guessed
            last = max(self.entities[-_REACH:], key=lambda e: e.last, default=None)
            if (
                last is not None
                and last.last >= 0
                and self._may_be_one(last)
                and self._only_guessed(last)
                and _LINE_BREAK.search(self.text, last.last, span.start) is None
            ):
                entity = last
        if entity is None and not plural and gender and word in self.lex.person_pronouns:
            # "The depot manager said C. He added C2": where no person fits, the one
            # holder of a role that a definite description named last; an indefinite
            # one ("“Q,” a harbour worker said. “Q2,” he added") where it is the
            # speaker mentioned last
            before = [e for e in self.entities[-_REACH:] if 0 <= e.last < span.start]
            last = max(before, key=lambda e: e.last, default=None)
            entity = max(
                (
                    e
                    for e in before
                    if e.gender in ("", gender)
                    and self._definite_holder(e.name, indefinite=e is last)
                ),
                key=lambda e: e.last,
                default=None,
            )
        if entity is None and gender and _uncased(word):
            # "王明说：“Q1”他说：“Q2”": where no capital tells a person's name, the
            # speaker mentioned last, of the pronoun's gender where it is known
            entity = self._last(person=False, gender=gender)
        return entity

    def _thing_antecedent(self, last: _Entity | None, position: int) -> _Entity | None:
        """The antecedent of a pronoun of things at ``position`` (:attr:`Lexicon.thing_pronouns`),
        where ``last`` is the speaker mentioned last: a body the text names as a subject
        since that speaker and before the pronoun, outside quotations (``Acme Bank
        issued a notice in which it confirmed C``), else ``last`` unless it is one
        man or woman, else the last speaker before it that may be no one person and is no
        plural, or ``None``."""
        since = last.last if last is not None else -1
        for _, start, end, full in self._named_since(since, position, position):
            # a subject ("Acme Bank released …"), not a preposition's object ("met
            # through Lornport University")
            if self._body_name(full) and (self._opens_sentence(start) or self._verb_after(end)):
                return self._named_body(full)
        if last is None or not self._one_person(last):
            return last
        return max(
            (
                e
                for e in self.entities[-_REACH:]
                if e.last >= 0
                and not self._one_person(e)
                and not self._may_be_one(e)  # "Ann Lee", "the candidate": maybe one
                and not is_plural(_key(e.name.rpartition(" ")[2]), self.lex)
            ),
            key=lambda e: e.last,
            default=None,
        )

    def _plural_pronoun(self, word: str, cue: str) -> bool | None:
        """For a pronoun of :attr:`~Lexicon.singular_plural_pronouns`, whether it is
        plural by the number of its cue's verb (:func:`_cue_verb`: ``sagten``, ``wie sie
        sagte``); ``None`` for another pronoun or a cue without a verb (``so sie``)."""
        if word not in self.lex.singular_plural_pronouns:
            return None
        verb = _cue_verb(cue, self.lex)
        if not verb or verb in self.lex.conjunctions or verb in self.lex.source_postpositions:
            return None
        return verb.endswith(self.lex.plural_verb_endings)

    def _ending_with(self, name: str) -> _Entity | None:
        """For a description in a script without case, where no capital tells a name and
        its shorter form: the speaker mentioned last whose name ends in it, word for word
        (``לוי`` of ``ראש העירייה דני לוי``) or inside a word of a script without spaces
        (``王明`` of ``港务局发言人王明``, but not of ``张王明``, whose one letter before it
        is a surname), or opens with it word for word (``นายสมชาย`` of
        ``นายสมชาย ใจดี โฆษกรัฐบาล``), or whose name it is with the first word cut to its
        beginning (Korean ``김 대변인`` of ``김민수 대변인``: the surname alone)."""
        size = len(name)
        first, _, rest = name.partition(" ")
        return max(
            (
                e
                for e in self.entities[-_REACH:]
                if e.last >= 0
                and len(e.name) > size
                and (
                    (
                        e.name.endswith(name)
                        and (
                            e.name[-size - 1].isspace()
                            or (
                                _UNSPACED_LETTER.match(e.name, len(e.name) - size - 1) is not None
                                # but not after one letter that opens the word: a surname,
                                # another's full name ("张王明" is not "王明")
                                and size + 1 < len(e.name.rsplit(maxsplit=1)[-1])
                            )
                        )
                    )
                    or (e.name.startswith(name) and e.name[size].isspace())
                    or (
                        rest
                        and e.name.endswith(f" {rest}")
                        and e.name.startswith(first)
                        and " " not in e.name[: len(e.name) - len(rest) - 1]
                    )
                )
            ),
            key=lambda e: e.last,
            default=None,
        )

    def _generic_person(
        self, content: list[str], position: int, roles: set[str], cue: str
    ) -> _Entity | None:
        """The person that a generic noun (``чемпіон``, ``the official``) at
        ``position`` stands for: the one person within :data:`_BODY_REACH` characters
        before it, spoken or named in full, whose roles share the noun, else the only
        person there of the gender that ``roles`` (the description's words) or the
        ``cue`` verb tell, else ``None`` (two players and ``the champion``: the
        description stays as written)."""
        gender = self.gender_of("", roles) or verb_gender(_cue_verb(cue, self.lex), self.lex)
        people: list[_Entity] = [
            e
            for e in self.entities[-_REACH:]
            if e.is_person
            and e.tokens
            and e.name[:1].isupper()
            and 0 <= position - e.last <= _BODY_REACH
        ]
        names: list[str] = []
        for n in self._names_before(position):
            start, end, full = self.named[n]
            if position - end > _BODY_REACH:
                break
            if self._in_quotation(start, end) or is_outlet_name(full, self.lex):
                continue
            if full.count(" ") + 1 < NAME_WORDS and not self.roles_of.get(full):
                continue
            tokens = {_key(w) for w in self.nominative(full).split()}
            if not any(tokens & e.tokens for e in people) and full not in names:
                names.append(full)
        sharing: list[_Entity | str] = [
            e for e in people if any(_same_word(w, r) for w in content for r in e.roles)
        ] + [
            full
            for full in names
            if any(_same_word(w, r) for w in content for r in self.roles_of.get(full, set()))
        ]
        if not sharing:
            found = [e.gender or self.gender_of(e.name, e.roles) for e in people] + [
                self.gender_of(full, self.roles_of.get(full, set())) for full in names
            ]
            every: list[_Entity | str] = [*people, *names]
            sharing = [
                one
                for one, of in zip(every, found, strict=True)
                if not (gender and of and of != gender)
            ]
        if len(sharing) != 1:
            return None
        one = sharing[0]
        return one if isinstance(one, _Entity) else self._named_person(one)

    def _recent_bodies(self, position: int) -> list[_Entity]:
        """The bodies (no persons) that spoke within :data:`_BODY_REACH` characters
        before ``position``, the last first."""
        found = [
            c
            for c in self.entities[-_REACH:]
            if c.last >= 0 and 0 <= position - c.last <= _BODY_REACH and self._is_body(c)
        ]
        return sorted(found, key=lambda c: -c.last)

    def _is_body(self, entity: _Entity) -> bool:
        """Whether a speaker is a body: none of the persons, or a name that holds a noun
        of bodies (``Міністерстві культури``), or one word printed with no role
        (``Ukrenergo``, ``ДТЭК``), which names read as persons until told otherwise."""
        if not entity.is_person:
            return True
        return self._names_body(entity.tokens) or (
            len(entity.tokens) == 1 and not any(map(self._is_role_form, entity.roles))
        )

    def _known_body(self, name: str) -> _Entity | None:
        """The body by this printed name among the recent speakers, if any."""
        folded = name.casefold()
        return next(
            (
                candidate
                for candidate in reversed(self.entities[-_REACH:])
                if not candidate.is_person and candidate.name.casefold() == folded
            ),
            None,
        )

    def _in_quotation(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` stands inside a quotation."""
        inside = bisect.bisect_right(self.quoted, (start, len(self.text))) - 1
        return inside >= 0 and self.quoted[inside][1] >= end

    def _lengthened_body(self, name: str) -> _Entity | None:
        """The recent speaker whose printed name is this capitalised one with a phrase
        preposition's complement after it (``the General Staff`` after ``the General
        Staff of the Armed Forces``): the short form the article goes on with."""
        words = name.casefold().split()
        if words and words[0] in self.lex.determiners:
            words = words[1:]
        if not words or not name.split()[-1][:1].isupper() or not name[-1:].isalpha():
            return None  # "the General Staff", not "An ad" at a sentence's start
        folded = " ".join(words) + " "
        for candidate in reversed(self.entities[-_REACH:]):
            longer = candidate.name.casefold()
            head, space, tail = longer.partition(" ")
            if space and head in self.lex.determiners:
                longer = tail
            if (
                longer.startswith(folded)
                and longer[len(folded) :].split(" ", 1)[0] in self.lex.phrase_prepositions
            ):
                return candidate
        return None

    def _named_body(self, name: str) -> _Entity:
        """The body by this printed name among the speakers, or a new one."""
        entity = self._known_body(name)
        if entity is None:
            entity = _Entity(name, {_key(w) for w in name.split()}, set(), False)
            self.entities.append(entity)
        return entity

    def _of_kind(self, head: str, words: Iterable[str]) -> bool:
        """Whether a name of these words (keys) is a body of the kind the body noun
        ``head`` names: it carries the noun (``Harbour Anti-Fraud Bureau``, ``the
        bureau``) or a word that marks that kind (:attr:`~Lexicon.body_designators`:
        ``Acme Corp.``, ``the company``); where nouns are capitalised, a compound
        ends in the noun (``die Hafenbehörde``, ``die Behörde``)."""
        marks = [d for noun, d in self.lex.body_designators if head.startswith(noun)]
        compounds = self.lex.capitalised_nouns
        return any(
            _same_word(head, word)
            or any(word == d or (len(d) >= _STEM and word.startswith(d)) for d in marks)
            or (compounds and len(word) - len(head) >= _COMPOUND_HEAD_REST and word.endswith(head))
            for word in words
        )

    def _refused(self, head: str, name: str) -> bool:
        """Whether a printed name is no body of the kind the body noun ``head`` names,
        though it carries the noun or a mark of the kind (:meth:`_of_kind`): a word
        that refuses the kind (:attr:`~Lexicon.body_refusals`) is the name's head, its
        last word before a phrase preposition (``Valmont Air Force`` is no airline), the
        first word of a two-word name (``the West Bank`` is no bank, but ``Harbour West
        Bank`` and ``Bank of the North`` are) or the word right after the kind's noun or mark
        (``the Air Force Academy``)."""
        refused = [d for noun, d in self.lex.body_refusals if head.startswith(noun)]
        if not refused:
            return False
        words: list[str] = []
        for word in map(_key, name.split()):
            if word in self.lex.phrase_prepositions:
                break
            if words or word not in self.lex.determiners:
                words.append(word)
        if not words:
            return False
        if words[-1] in refused or (len(words) == 2 and words[0] in refused):
            return True
        return any(
            word in refused and self._of_kind(head, (before,))
            for before, word in itertools.pairwise(words)
        )

    def _kind_described(self, head: str, name: str) -> bool:
        """Whether a speaker's name tells its kind (:meth:`_of_kind`) only by a word
        in lower case before its last: a noun of the kind that modifies another
        (``company executives``, ``a spokeswoman for the bank board``), no body that
        a noun of the kind may refer to (``the health ministry`` is one)."""
        words = name.split()
        kinds = [w for w in words if self._of_kind(head, (_key(w),))]
        return (
            bool(kinds)
            and kinds[-1] != words[-1]
            and not any(w[:1].isupper() or _uncased(w) for w in kinds)
        )

    def _body(self, head: str, position: int) -> _Entity | None:
        """The body that a description by a body noun (``the bureau``, ``компанії``)
        refers to: one whose name is of that kind (:meth:`_of_kind`) that spoke or was
        printed last, else the body last named in marks after a noun of its kind
        (``компанію «Альфа»``, ``АТ «Альфа»``), or ``None``: the description stays as
        written."""
        for candidate in self._recent_bodies(position):
            if (
                self._of_kind(head, candidate.tokens)
                and not self._refused(head, candidate.name)
                and not self._kind_described(head, candidate.name)
            ):
                return candidate
        for n in self._names_before(position):
            _start, end, full = self.named[n]
            if position - end > _BODY_REACH:
                break
            if self._of_kind(head, (_key(w) for w in full.split())) and not self._refused(
                head, full
            ):
                return self._named_body(full)
        # "АТ «Укрзалізниця» … повідомила пресслужба компанії": the body last named in
        # marks after a noun of its kind; "рахунки компанії «X», повідомила прокуратура":
        # another kind, no reference
        marked = self._marked_names()
        for start, noun, name in reversed(marked[: bisect.bisect_left(marked, (position,))]):
            if position - start > _BODY_REACH:
                break
            if self._of_kind(head, (_key(noun),)):
                return self._named_body(name)
        # "Міністерство фінансів залучило …, повідомило відомство": a body printed in
        # full, in the nominative, that no speaker has named yet
        full_forms = _full_stump_forms(self.lex)
        clipped = self._clipped_forms()
        for start, end, first, _second in reversed(
            clipped[: bisect.bisect_left(clipped, (position,))]
        ):
            if position - start > _BODY_REACH:
                break
            if _key(first) in full_forms and self._of_kind(head, (_key(first),)):
                return self._named_body(self.text[start:end])
        return None

    def _antecedent(self, position: int) -> _Entity | None:
        """What a relative pronoun at ``position`` refers to: the name printed right
        before its comma, a person's (``Jo Roe, who said``) or one in marks after a
        noun of its kind (``Асоціація «Альфа», яка заявила``), or ``None``."""
        comma = _COMMA_BEFORE.search(self.text, max(0, position - _ROLE_REACH), position)
        if comma is None:
            return None
        for n in self._names_before(comma.start()):
            if self.named[n][1] == comma.start():
                return self._named_person(self.named[n][2])
            break
        for start, _noun, name in reversed(self._marked_names()):
            if start < comma.start():
                closing = start + len(name)
                if self.text[closing : comma.start()] in ('"', "»", "”", "“"):
                    return self._named_body(name)
                break
        return None

    def _marked_names(self) -> list[tuple[int, str, str]]:
        """The names the text prints in quotation marks after a noun of their kind
        (``АТ "Укрзалізниця"``, ``компанія «Нафтогаз»``), found once: where, the noun
        and the name."""
        if self._marked_found is None:
            pattern = _marked_name_pattern(self.lex)
            self._marked_found = (
                [(m.start(2), m.group(1), m.group(2)) for m in pattern.finditer(self.text)]
                if pattern is not None
                else []
            )
        return self._marked_found

    def _abbreviated_body(self, name: str, position: int) -> _Entity | None:
        """The body that a one-word name clips (``Міноборони``, ``Генштабі``), printed
        in full (``Міністерство оборони``, ``Генеральний штаб``) as a speaker before
        ``position`` or anywhere in the text, in the nominative, or else in another case
        (``Міністерства фінансів`` gives ``Міністерство фінансів``), or ``None``.  (An
        acronym is left as printed: corpora name the speaker so, ``IMF`` rather than
        its full name.)"""
        if " " in name:
            return None
        key = _key(name)
        rest, stem, ending = next(
            (
                (key[len(stump) :], stem, ending)
                for stump, stem, ending in self.lex.name_stumps
                if key.startswith(stump) and len(key) - len(stump) >= _SHORT_STEM
            ),
            ("", "", ""),
        )
        if not rest:
            return None
        full = stem + ending
        for candidate in self._recent_bodies(position):
            words = [_key(w) for w in candidate.name.split()]
            if len(words) > 1 and words[0] == full and _clips(rest, words[1]):
                return candidate
        forms = [f for f in self._clipped_forms() if _clips(rest, _key(f[3]))]
        for start, end, first, _second in forms:
            if _key(first) == full:
                return self._named_body(self.text[start:end])
        # printed in full only in another case ("Міністерства фінансів"): the first
        # word brought back to the nominative, its complement as printed (not an
        # adjective's noun, which inflects with it: "Генерального штабу")
        for start, end, first, _second in forms:
            if _key(first).startswith(stem) and not _key(first).endswith(
                self.lex.name_adjective_endings
            ):
                return self._named_body(
                    first[: len(stem)] + ending + self.text[start + len(first) : end]
                )
        return None

    def _clipped_forms(self) -> list[tuple[int, int, str, str]]:
        """The two-word names the text prints in full whose first word one of the
        lexicon's :attr:`~Lexicon.name_stumps` clips (``Міністерство оборони``), found
        once: where, and their two words."""
        if self._clipped is None:
            self._clipped = []
            pattern = _clipped_pattern(self.lex)
            if pattern is not None:
                self._clipped = [
                    (m.start(), m.end(), m.group(1), m.group(2))
                    for m in pattern.finditer(self.text)
                ]
        return self._clipped

    def _person_by_role(self, found: list[int]) -> _Entity | None:
        """The speaker that a description names by the role the article printed with a
        name before it (``found``: the names :meth:`named_by_role` gives), or ``None``."""
        if not found:
            return None
        # of two ministers, the one the text turned to last: who spoke last ("Sybiha …
        # with his German counterpart Annalena Baerbock. Sybiha announced this … the
        # minister wrote"), unless the other was named since ("Coach Jo Roe said … Coach
        # Ed Kim, for his part, was pleased. … the coach said": Ed Kim)
        latest: tuple[int, int, _Entity | None] = (-1, -1, None)
        for n in found:
            tokens = {_key(w) for w in self.nominative(self.named[n][2]).split()}
            stems = _stems(tokens)
            spoke = [c for c in self.entities[-_REACH:] if _is_person_named(c, tokens, stems)]
            speaker = max(spoke, key=lambda candidate: candidate.last, default=None)
            at = max(self.named[n][0], speaker.last if speaker is not None else -1)
            if at > latest[0]:
                latest = (at, n, speaker)
        _at, n, speaker = latest
        return speaker if speaker is not None else self._named_person(self.named[n][2])

    def _epithet(self, words: Sequence[str]) -> bool:
        """Whether a description is a definite article and a compound person role, no
        more (``der CDU-Politiker``, ``die 45-Jährige``): the epithet by which news
        refers back to the person named last; or the article and an age alone (``the
        54-year-old``, :attr:`~newsstruct.lang.Lexicon.age_epithet_endings`)."""
        if not (2 <= len(words) <= _EPITHET_WORDS) or not (
            self.lex.role_heads or self.lex.age_epithet_endings
        ):
            return False
        first, head = words[0], words[-1]
        if not (
            first in self.lex.determiners
            and first not in self.lex.indefinites
            and not any(w in self.lex.determiners for w in words[1:])
        ):
            return False
        if len(words) == 2 and head.endswith(self.lex.age_epithet_endings):
            return True
        if not self.lex.role_heads:
            return False
        # a role noun alone ("der Arzt") is no compound: it may be another person's
        last = head.rpartition("-")[2]
        role_head = (
            last if last != head and last in self.lex.role_heads else headed_by(head, self.lex)
        )
        # "die Polizei", "der Landesbehörde": a body's noun, no epithet of a person
        return role_head is not None and role_head not in self._sets.body_words

    def _named_speaker_before(self, position: int) -> _Entity | None:
        """The named person who spoke last, where one of the two sentences before
        ``position``'s or that one mentions them (``“Q1,” Jo Roe told reporters. “Q2.”
        The 54-year-old said``), or ``None``: an epithet reaches no speaker further
        back."""
        at = bisect.bisect_right(self.sentence_starts, position) - 1
        previous = self.sentence_starts[at - _EPITHET_SENTENCES] if at >= _EPITHET_SENTENCES else 0
        found = self._last(person=True)
        if found is None or not found.tokens or found.last < previous:
            return None
        return found

    def _names_before(self, end: int) -> range:
        """The indices in :attr:`named` of the last :data:`_REACH` names that end by
        ``end``, the last first."""
        last = bisect.bisect_right(self.named_ends, end)
        return range(last - 1, max(-1, last - 1 - _REACH), -1)

    def _sentence_start(self, position: int) -> int:
        """Where the sentence of ``position`` starts (the segmenter's: an abbreviation's
        or an initial's full stop ends none), but :data:`_PRONOUN_REACH` characters
        before ``position`` at most: what is read from there stays short in a sentence
        of any length."""
        at = bisect.bisect_right(self.sentence_starts, position) - 1
        start = self.sentence_starts[at] if at >= 0 else 0
        return max(start, position - _PRONOUN_REACH)

    def _person_named_since(self, after: int, position: int, gender: str) -> _Entity | None:
        """The person whose full name, printed with a role, the text gives after
        ``after`` and before the sentence of ``position`` (where the subject comes first
        and no comma stands right before the pronoun, before ``position`` itself: ``…,
        but she``), outside quotations: the antecedent of a personal pronoun there, or
        ``None``.  Where the subject opens its clause, a surname after a title (``Mr.
        Poe tried``) printed later wins."""
        sentence = self._sentence_start(position)
        # "Sen. Ann Lee scolded him: “Q,” she said": the subject before the quotation
        # that the pronoun's own sentence opens with
        before = bisect.bisect_left(self.quoted, (position, 0)) - 1
        opening = self.quoted[before][0] if before >= 0 else -1
        # "Jo Roe has been critical of Lee, but she agreed that C": where the subject
        # comes first, the name that opens the pronoun's own sentence; not where a comma
        # stands right before the pronoun ("Thanking Mayor Ann Lee, she said C": the
        # name is in a phrase fronted before the pronoun's clause)
        fronted = self.text[max(0, position - 2) : position].rstrip().endswith(",")
        bound = position if self.lex.subject_first and not fronted else max(sentence, opening)
        full = self._full_name_since(after, bound, position, gender)
        titled = self._titled_since(max(after, full[0]), sentence, gender)
        return (
            titled
            # "But Roe, having seen the pier, … “Q,” he said": a surname alone since
            or self._surname_since(max(after, full[0]), max(sentence, opening), gender)
            or full[1]
        )

    def _surname_since(self, after: int, limit: int, gender: str) -> _Entity | None:
        """The person whose surname alone (of a full name printed before) opens a
        sentence as its subject after ``after`` and before ``limit``, a conjunction or a
        sentence adverb at most before it (``But Roe, having seen the pier, …``), outside
        quotations, a person's (printed with a role or a first name), of the pronoun's
        ``gender`` where the name tells one: the last, or ``None``."""
        if not (self.lex.subject_first and gender):
            return None
        at = bisect.bisect_left(self.sentence_starts, limit)
        for start in reversed(self.sentence_starts[max(0, at - _REACH) : at]):
            if start <= after or limit - start > _PRONOUN_REACH:
                break
            words = _SPACED.finditer(self.text, start, min(len(self.text), limit))
            first = next(words, None)
            if first is not None and (
                (
                    _key(first.group()) in self.lex.conjunctions
                    # "While Roe …": a subordinate clause's subject
                    and _key(first.group()) not in self.lex.subordinators
                )
                or _key(first.group()) in self.lex.sentence_adverbs
            ):
                first = next(words, None)
            if first is not None and _key(first.group()) in self.lex.singular_determiners:
                # "A Democrat in a red state, Roe has …": the surname after a description
                # fronted as its apposition
                phrase = itertools.islice(words, _APPOSED_WORDS)
                first = next(phrase, None) if any(w.group().endswith(",") for w in phrase) else None
            if first is None or not first.group()[:1].isupper():
                continue
            word = first.group()
            comma = word.endswith(",")
            word = word.rstrip(",")
            if _key(word) not in self.full_names:
                continue
            following = next(words, None)
            if not comma and (following is None or following.group()[:1].isupper()):
                continue  # "Roe Jo-an", "Lane." : no surname alone before its verb
            full = self.fullest(word, gender)
            if (
                " " not in full
                or self._body_name(full)
                # a person's: printed with a role or a first name ("United States" is none)
                or not (
                    self.roles_of.get(full) or _key(full.split()[0]) in self._sets.any_first_names
                )
            ):
                continue
            if self._in_quotation(first.start(), first.end()):
                continue
            found = self.gender_of(full, self.roles_of.get(full, set()))
            if found and found != gender:  # (gender is given: see the guard above)
                continue
            return self._named_person(full)
        return None

    def _body_named_since(self, after: int, position: int) -> _Entity | None:
        """The body whose name (:meth:`_names_body`) the text prints as a sentence's
        subject after ``after`` and before the sentence of ``position``, outside
        quotations: the antecedent of a pronoun of bodies there, or ``None``."""
        for _, start, _, full in self._named_since(after, self._sentence_start(position), position):
            if self._body_name(full) and self._opens_sentence(start):
                return self._named_body(full)
        return None

    def _plural_subject_since(self, after: int, position: int) -> _Entity | None:
        """Where nouns take a plural ending (:attr:`~newsstruct.lang.Lexicon.plural_endings`):
        the plural description of people that opens a sentence after ``after``, up to
        ``position`` (``Two harbour workers boarded the ferry at dawn``, ``Local
        fishermen met the mayor``: an article or a number, modifiers and a plural role
        noun, a lower-case word after it), the group a pronoun of bodies stands for; the
        last such sentence first, outside quotations; ``None`` for none."""
        if not self.lex.plural_endings:
            return None
        at = bisect.bisect_right(self.sentence_starts, position) - 1
        for start in reversed(self.sentence_starts[max(0, at + 1 - _REACH) : at + 1]):
            if start <= after or position - start > _PRONOUN_REACH:
                break
            if self._in_quotation(start, start + 1):
                continue
            spaced = _SPACED.finditer(self.text, start, position)
            words = list(itertools.islice(spaced, _PLURAL_WORDS + 2))
            opener = _key(words[0].group()) if words else ""
            first = int(opener in self.lex.determiners or opener in self.lex.quantifiers)
            for n in range(first, min(len(words) - 1, first + _PLURAL_WORDS)):
                word = words[n].group()
                key = _key(word)
                if (
                    not (word[:1].isalnum() and word[-1:].isalpha())
                    or key in self._sets.not_modifiers
                    or (n > first and key in self.lex.quantifiers)
                ):
                    break  # "Workers, police and …", "Workers at the port": no head here
                if is_plural(key, self.lex):
                    if not self._is_role(key) or not words[n + 1].group()[:1].islower():
                        break  # "The talks ended", "That frustrates many …": no people
                    name = self.text[words[0].start() : words[n].end()]
                    return self._named_body(name)
        return None

    def _named_since(
        self, after: int, sentence: int, position: int
    ) -> Iterator[tuple[int, int, int, str]]:
        """The names (:attr:`named`: their index, start, end and full name) that start
        after ``after``, end by ``sentence`` and within :data:`_PRONOUN_REACH` of
        ``position``, outside quotations and no outlet's, the last first."""
        for n in self._names_before(sentence):
            start, end, full = self.named[n]
            if start <= after or position - end > _PRONOUN_REACH:
                break
            if not self._in_quotation(start, end) and not is_outlet_name(full, self.lex):
                yield n, start, end, full

    def _subject_since(self, after: int, position: int, gender: str) -> _Entity | None:
        """The description that opens a sentence after ``after`` and before the
        sentence of ``position`` (an article, lower-case words and a role noun, then its
        verb), the antecedent of a pronoun there: for a plural pronoun (``gender``
        ``"p"``) one whose verb has a plural ending (``Die Minister trafen sich``), the
        group; for a singular one a noun of the pronoun's gender (``f`` of a feminine
        ending or role word, else ``m``) and a verb of no plural ending (``Die
        Ministerin traf sich``), the person; or ``None``.  Only where a pronoun's number
        shows in its verb (:attr:`~newsstruct.lang.Lexicon.plural_verb_endings`)."""
        endings = self.lex.plural_verb_endings
        if not endings:
            return None
        at = max(0, bisect.bisect_right(self.sentence_starts, position) - 1)  # its sentence
        for start in reversed(self.sentence_starts[max(0, at - _REACH) : at]):
            if start <= after or position - start > _PRONOUN_REACH:
                break
            # the sentence's first words, and whether one more follows them
            spaced = _SPACED.finditer(self.text, start, start + _PRONOUN_REACH)
            words = list(itertools.islice(spaced, _PLURAL_WORDS + 2 + _GENITIVE_WORDS))
            if not words or _key(words[0].group()) not in self.lex.determiners:
                continue
            for n in range(1, min(len(words) - 1, _PLURAL_WORDS)):
                key = _key(words[n].group())
                if not words[n].group()[:1].isupper():
                    continue  # an adjective before the noun
                feminine = key.endswith(self.lex.feminine_noun_endings)
                plural = _key(words[n + 1].group()).endswith(endings)
                if plural:
                    fits = gender == "p" and not feminine
                else:  # the noun's own verb next, no name after it ("Der Minister Jo Roe")
                    fits = words[n + 1].group()[:1].islower() and gender == (
                        "f" if feminine or key in self.lex.feminine_words else "m"
                    )
                if self._is_role(key) and fits and not self._in_quotation(start, start + 1):
                    if not plural:
                        last = self._genitive_end(words, n)
                        return self.resolve(Span(words[0].start(), words[last].end()))
                    name = " ".join(w.group() for w in words[: n + 1])
                    return self._known_body(name) or self._named_body(name)
                break
        return None

    def _named_sentence(self, after: int, position: int, gender: str) -> int:
        """``after``, or, where later, the end of the sentence before the last one
        before ``position`` that names a person of ``gender`` in full (for
        :meth:`_subject_since`: ``Die Ministerin traf sich mit Jo Roe. Anna Weber lobte den
        Plan. Wie sie sagte, C``: Anna Weber, not the description before her)."""
        n = bisect.bisect_right(self.named_ends, position) - 1
        for start, _end, full in reversed(self.named[max(0, n + 1 - _REACH) : n + 1]):
            if start <= after:
                break
            if self.gender_of(full, set()) == gender:
                at = bisect.bisect_right(self.sentence_starts, start) - 1
                return max(after, self.sentence_starts[at] - 1) if at >= 0 else after
        return after

    def _genitive_end(self, words: Sequence[re.Match[str]], n: int) -> int:
        """The last of ``words`` that belongs to the description whose noun is
        ``words[n]``: the noun, or the last capitalised word of an article and names
        after it that the lower-case verb follows (``Eine Sprecherin der Polizei
        Hannover bedankte sich``)."""
        m = n + 1
        if m < len(words) and _key(words[m].group()) in self.lex.determiners:
            m += 1
            while m < len(words) and words[m].group()[:1].isupper():
                m += 1
            if n + 2 < m < len(words):
                return m - 1
        return n

    def _titled_since(self, after: int, sentence: int, gender: str) -> _Entity | None:
        """The last subject printed as a title and a surname (:attr:`titled`) after
        ``after`` and before ``sentence``, of ``gender`` where the title tells one."""
        at = bisect.bisect_right(self.titled, (sentence,))
        for start, end, surname, title in reversed(self.titled[max(0, at - _REACH) : at]):
            if start <= after:
                break
            if end > sentence or self._in_quotation(start, end):
                continue
            found = self.gender_of("", {title})
            if self._is_subject(start, surname) and not (gender and found and found != gender):
                return self._named_person(self.fullest(surname))
        return None

    def _full_name_since(
        self, after: int, sentence: int, position: int, gender: str
    ) -> tuple[int, _Entity | None]:
        """For :meth:`_person_named_since`: where the full name starts and its person,
        or ``(-1, None)``."""
        for n, start, end, full in self._named_since(after, sentence, position):
            if self.lex.subject_first and not self._is_subject(start, full):
                continue  # "… and mocked nominee Jo Roe": an object
            roles = self.roles_of.get(full, set())
            first = _key(full.split()[0])
            if not (
                roles
                or self.role_phrase(n)
                or (self.lex.subject_first and self._verb_after(end))
                or first in self.lex.first_names  # "Paul Lang traf X"
                # "Tom Reed, the harbour master, was": a first name of a gender's list, in
                # a sentence that goes on (not "Tom Kim.\n\nLornport", a letter's signature;
                # "REUTERS/Tom Kim\n\n", a photo's credit)
                or (
                    first in self._sets.any_first_names
                    and _GOES_ON.match(self.text, end) is not None
                )
            ):
                continue  # "Frankfurter Flughafen", "New York police": no sign of a person
            if self._silent(start):
                continue  # "Jo Roe declined to comment.": no one who speaks after
            found = self.gender_of(full, roles)
            if not gender or self._fits_gender(found, gender, n):
                return start, self._named_person(full)
        return -1, None

    def _silent(self, start: int) -> bool:
        """Whether the sentence of the name at ``start`` says its person gave no comment
        (:attr:`~newsstruct.lang.Lexicon.silence_phrases`)."""
        if not self.lex.silence_phrases:
            return False
        at = bisect.bisect_right(self.sentence_starts, start)
        end = self.sentence_starts[at] if at < len(self.sentence_starts) else len(self.text)
        sentence = self.text[start : min(end, start + _PRONOUN_REACH)].casefold()
        return any(phrase in sentence for phrase in self.lex.silence_phrases)

    def _is_subject(self, start: int, full: str) -> bool:
        """Whether the name ``full`` at ``start`` is a person's and its sentence's
        subject (:meth:`_opens_sentence`); no body's name (``Acme Group``)."""
        return not self._body_name(full) and self._opens_sentence(start)

    def _opens_sentence(self, start: int) -> bool:
        """Whether a name at ``start`` is its sentence's subject: before it in the
        sentence only capitalised words, role words and articles (``Vice President Jo
        Roe``, ``City engineer Tom Poe``) or a phrase that a comma closes (``In the wake
        of the vote, Jo Roe``)."""
        words = self.text[self._sentence_start(start) : start].split()
        n, role = len(words), False
        while n and not words[n - 1].endswith(","):
            key = _key(words[n - 1])
            is_role = self._is_role_form(key)
            if not self._leads_name(words[n - 1], key, is_role, role):
                break
            role = role or is_role
            n -= 1  # "Beyond New York, …": no subject
        if n and words[n - 1].endswith(","):
            # an opening phrase: short, or led by a preposition or an adverb; not an
            # apposition ("… against a man, Jo Roe"); then role words ("In a statement,
            # presidential nominee Jo Roe")
            first = _key(words[0])
            return (
                n <= _OPENING_WORDS
                or first in self._sets.phrase_openers
                # a description fronted as an apposition ("A Democrat in a red state,
                # Jo Roe has", "An engineer by training, Ann Lee")
                or first in self.lex.singular_determiners
                # a participle and its lower-case complement ("Asked whether she would
                # sell, Ms. Roe", "Speaking to reporters, Jo Roe"); not before an article
                # ("Launched in May, the Lornport Grants Scheme was"): a body's name
                or (
                    first.endswith(self.lex.predicate_endings + self.lex.adjunct_endings)
                    and words[1][:1].islower()
                    and not any(_key(w) in self.lex.determiners for w in words[n:])
                )
            )
        return n == 0

    def _leads_name(self, word: str, key: str, is_role: bool, role: bool) -> bool:
        """Whether ``word`` (its ``key``; ``is_role`` where it is a role word) may stand
        before a subject's name in its sentence: an article, a role word or a
        capitalised word (``Vice President``, ``City engineer``), no preposition nor
        sentence adverb; before a ``role`` word, a lower-case modifier too
        (``presidential nominee``)."""
        return (
            key in self.lex.determiners
            or is_role
            or (role and key.isalpha() and key not in self._sets.not_modifiers)
            or (word[:1].isupper() and key not in self._sets.phrase_openers)
        )

    def _verb_after(self, end: int) -> bool:
        """Whether the word after a name ending at ``end`` is a verb, the name its
        subject: a cue, a frequent finite verb or auxiliary, or a word of a past's or
        an adverb's ending (``Tom Poe tried``, ``Jo Roe has``; not ``New York police``)."""
        after = _NEXT_WORD.match(self.text, end)
        if after is None:
            return False
        key = _key(after.group(1))
        return (
            key in self.lex.cue_verbs
            or key in self.lex.finite_verbs
            or key in self.lex.finite_auxiliaries
            or key.endswith(self.lex.predicate_endings)
        )

    def _possessor(self, position: int, gender: str) -> _Entity | None:
        """The person that a possessive of ``gender`` at ``position`` stands for: the
        last person named before it in its sentence (two words of a name, or a person
        who spoke before), or ``None``."""
        sentence = self._sentence_start(position)
        for n in self._names_before(position):
            start, _, full = self.named[n]
            if start < sentence:
                break
            if is_outlet_name(full, self.lex):
                continue
            tokens = {_key(w) for w in full.split()}
            known = self._recent_person(tokens)
            if known is None and len(tokens) < NAME_WORDS:
                continue
            found = known.gender if known is not None else self.gender_of(full, set())
            if not (found and found != gender):
                return known or self._named_person(full)
        return None

    def _named_person(self, name: str) -> _Entity:
        """The speaker that a full name the text printed names, found or new."""
        full = self.nominative(name)
        tokens = {_key(w) for w in full.split()}
        entity = self._recent_person(tokens)
        if entity is None:
            entity = self._new_person(full, tokens, self.roles_of.get(full, set()))
        return entity

    def _recent_person(self, tokens: set[str], gender: str = "") -> _Entity | None:
        """The latest of the recent speakers who is a person named by these words, or
        by some of them (``Roe`` after ``Jo Roe``, ``Jo Roe`` after ``Roe``), of
        ``gender`` where a title tells it (``Mr. Roe``: not ``Ann Roe``)."""
        stems = _stems(tokens)
        unrelated = stems.isdisjoint  # the cheap test inline: most recent speakers fail it
        for candidate in reversed(self.entities[-_REACH:]):
            if (
                not unrelated(candidate.stems)
                and _is_person_named(candidate, tokens, stems)
                and not (gender and self._other_person_gender(candidate, gender))
            ):
                return candidate
        return None

    def _other_person_gender(self, entity: _Entity, gender: str) -> bool:
        """Whether a speaker is known or read from a listed first name or a name's
        ending to be of another gender than ``gender`` (not only for want of one)."""
        found = entity.gender
        if not found:
            found, guessed = self._read_gender(entity.name, entity.roles)
            if guessed:
                return False
        return bool(found) and found != gender

    def _office(self, roles: set[str]) -> set[str]:
        """The roles, each word of a group of equivalent roles (Romanian ``ministrului``,
        ``ministrul``) as the group's first: a description by one refers to a person
        printed with another."""
        offices = self._sets.offices
        return {offices.get(role, role) for role in roles}

    def _titled_office(self, description: str) -> bool:
        """Whether a description's words after its article are an office in title case:
        the last a person's role noun, each before it a role noun, a title word or an
        acronym (``the Secretary General``, ``The NATO Secretary General``, ``the Prime
        Minister``, ``the Foreign Minister``; not ``The White House``)."""
        words = [m.group() for m in _WORD.finditer(description)][1:]
        return (
            bool(words)
            and _key(words[-1]) in self.lex.role_nouns
            and self._person_role(_key(words[-1]))
            and all(
                is_acronym(w) or _key(w) in self.lex.role_nouns or _key(w) in self.lex.titles
                for w in words[:-1]
            )
        )

    def _described(self, roles: set[str], position: int) -> _Entity | None:
        """The person a description printed before the name at ``position``, by the
        same office as ``roles`` (``The mayor of Valmont`` … ``Mayor Jo Roe``): the only
        one in reach, where no named person holds that office, last mentioned in the
        name's paragraph or the one before; or ``None``."""
        # "Mr." or "Mrs." tells no office
        # (but a role noun that tells a gender too is an office: "chairman")
        office = self._office(
            {r for r in roles if r not in self._sets.gendered_words or self._is_role(r)}
        )
        held = {word for word in office if self._is_role(word)}
        if not held:
            return None  # "White House press secretary Jo Roe": no description's office
        holders = [
            e
            for e in self.entities[-_REACH:]
            if not held.isdisjoint(self._office(e.roles))
            # "the head of the port authority": a role noun heads it, no body's name
            and (e.is_person or self._is_role(self._head([_key(w) for w in e.name.split()])))
        ]  # "The mayor of Valmont": roles mayor and Valmont
        first = _WORD.search(holders[0].name) if len(holders) == 1 else None
        second = _WORD.search(holders[0].name, first.end()) if first is not None else None
        if (
            first is None
            or second is None
            # "The White House": a body's name; but "the Secretary General": an office
            # in title case, each word a role or an acronym ("The NATO Secretary General")
            or not (second.group()[:1].islower() or self._titled_office(holders[0].name))
            or _key(first.group()) not in self.lex.determiners
            # "a former chairman": another; "his rivals": not the person
            or _key(first.group()) in self._sets.other_determiners
            # (or the earlier one's words, a role and what it is of, the later one's: "the
            # chairman of the committee" … "the Chairman of the Committee on Harbour Affairs
            # Jo Roe"; a bare role, "the father", may be another's)
            or not (
                office <= self._office(holders[0].roles)
                or (len(earlier := self._office(holders[0].roles)) > 1 and earlier <= office)
            )
            # paragraphs later, the office may have changed hands or be another place's
            or any(
                line.strip()
                for line in _LINE_BREAK.split(self.text[holders[0].last : position])[1:-1]
            )
        ):
            return None
        return holders[0]

    def _new_person(self, name: str, tokens: set[str], roles: set[str]) -> _Entity:
        """A new speaker, a person by this name, with the gender its roles or its first
        name tell."""
        entity = _Entity(name, tokens, set(roles), True)
        entity.gender = self.gender_of(name, roles)
        self.entities.append(entity)
        return entity

    def antecedent(self, position: int) -> Span | None:
        """The name that a relative pronoun at ``position`` follows: ``Jan Roe, who``,
        ``Sen. Jan Roe, R-Ohio, who`` or ``Roe, who``."""
        before = _NAME_BEFORE.search(self.text, max(0, position - _ANTECEDENT_REACH), position)
        if before is None:
            return None
        end = before.end("name")
        at = bisect.bisect_left(self.named_ends, end)
        named = at < len(self.named) and self.named[at][1] == end
        start = self.named[at][0] if named else before.start("name")
        # "Sen. Jan Roe of Ohio, who": the person before the place
        linker = _WORD_BEFORE.search(self.text, max(0, start - _ANTECEDENT_REACH), start)
        if linker is not None and _key(linker.group(1)) in self.lex.genitive_prepositions:
            person = bisect.bisect_left(self.named_ends, linker.start(1) - 1)
            if (
                person < len(self.named)
                and self.named[person][1] == linker.start(1) - 1
                and self.text[linker.start(1) - 1] == " "
                and not self._body_name(self.named[person][2])
            ):
                return Span(self.named[person][0], self.named[person][1])
        return Span(start, end)  # the full name: "Jan Roe"

    def _noun_gender(self, description: str) -> str:
        """The grammatical gender of a description's head, its first capitalised word
        that is no function word (:func:`_skip_words`): ``f`` for one of
        :attr:`~Lexicon.feminine_noun_endings` (``Polizei``, ``die Regierung``), else
        ``""``."""
        endings = self.lex.feminine_noun_endings
        head = next(
            (
                key
                for word in description.split()
                if word[:1].isupper() and (key := _key(word)) not in self.skip
            ),
            "",
        )
        return "f" if endings and head.endswith(endings) else ""

    def gender_of(self, name: str, roles: set[str]) -> str:
        """Guess a person's gender from the role words and the name."""
        return self._read_gender(name, roles)[0]

    def _read_gender(self, name: str, roles: set[str]) -> tuple[str, bool]:
        """:meth:`gender_of`, and whether only the want of a feminine ending calls it a
        man's: a first name of neither list (``Jo Roe``)."""
        gender = self._role_gender(roles)
        if gender:
            return gender, False
        words = [_key(w) for w in name.split()]
        if len(words) < 2 or words[0] in self.lex.unisex_names:
            return "", False
        if words[0] in self.lex.feminine_names:
            return "f", False
        if words[0] in self.lex.masculine_names:
            return "m", False
        endings = self.lex.feminine_name_endings
        if words[0].endswith(endings) or words[-1].endswith(self.lex.feminine_surname_endings):
            return "f", False
        return ("m", True) if endings and not self.lex.masculine_names_listed else ("", False)

    def _role_gender(self, roles: set[str]) -> str:
        """The gender that a title or role word among ``roles`` marks (``Mrs``,
        ``spokeswoman``), or a title written onto the end of a name where the script
        has no spaces (Chinese ``李华女士``, Ms Li Hua; ``王强先生``, Mr Wang Qiang)."""
        if roles & self.lex.feminine_words:
            return "f"
        if roles & self.lex.masculine_words:
            return "m"
        return next(
            (
                gender
                for title, gender in self._sets.written_titles
                for word in roles
                if len(word) > len(title) and word.endswith(title)
            ),
            "",
        )

    def _last(self, *, person: bool, gender: str = "") -> _Entity | None:
        """The speaker mentioned last, of the pronoun's gender where it is known."""
        candidates = [
            e
            for e in self.entities[-_REACH:]
            if e.last >= 0
            and (e.is_person or not person)
            # "„Q1“, sagte man. … „Q2“, sagte er": a speaker left as the pronoun of
            # nobody or of the writer is no third person's antecedent
            and _key(e.name) not in self.lex.unresolved_pronouns
            # for the pronoun of a man or a woman, a speaker of no known gender who may be
            # one (:meth:`_may_be_one`)
            and (
                not gender
                or (e.gender == gender if e.gender else not person or self._may_be_one(e))
            )
        ]
        named = [e for e in candidates if e.tokens and e.name[:1].isupper()]
        # a named person before a description of one: "Olena Roe … the mayor's … she"
        found = max(named or candidates, key=lambda e: e.last, default=None)
        if gender and found is not None and not found.gender:
            # "The mayor … Mayor Jo Roe told reporters. “Q,” she added": a description
            # tells no gender, and Jo Roe's is only guessed: the speaker mentioned since
            guessed = [
                e
                for e in self.entities[-_REACH:]
                if e.last > found.last and self._may_be_one(e) and self._only_guessed(e)
            ]
            found = max(guessed, key=lambda e: e.last, default=found)
        return found

    def _one_person(self, entity: _Entity) -> bool:
        """Whether ``entity`` is one man or woman: of a gender, or the speaker a pronoun
        of one person (:attr:`~newsstruct.lang.Lexicon.person_pronouns`) stands for where
        the text named nobody (``“Q2,” he said``)."""
        return (entity.is_person and bool(entity.gender)) or any(
            self._pronouns.get(p) is entity for p in self.lex.person_pronouns
        )

    def _only_guessed(self, entity: _Entity) -> bool:
        """Whether a person's gender is the one their name and roles read, and that is
        only guessed (:meth:`_read_gender`) or none (``Roe``, ``Sasha Roe``)."""
        gender, guessed = self._read_gender(entity.name, entity.roles)
        return entity.gender == gender and (guessed or not gender)

    def interviewee(self, position: int) -> _Entity | None:
        """For an interview's first answer: the last full name printed before it, not
        in a question (``Андрію Анатолійовичу, коли …?``: the interviewee addressed);
        of the sex of the last pronoun of a person before it where one tells it (``Ann
        Lee ran the Harbour Kitchen. We asked her why.``: not the restaurant's name)."""
        gender = self._last_pronoun_gender(position)
        found = self._last_named_before(position, gender, questions=False) if gender else None
        return found or self._last_named_before(position, "", questions=False)

    def _last_pronoun_gender(self, position: int) -> str:
        """The sex that the last personal pronoun within :data:`_PRONOUN_REACH` before
        ``position``, outside the questions, tells (``she``, ``him``), or ``""``.  An
        object pronoun that is also an article or a possessive (French ``la``, English
        ``her``) tells nothing: the article is the likelier."""
        pronouns = self._sets.telling_pronouns
        start = max(0, position - _PRONOUN_REACH)
        for match in reversed(list(_PLAIN_WORD.finditer(self.text, start, position))):
            if match.start() == start and start and self.text[start - 1].isalpha():
                break  # the end of a word the reach cuts ("usher")
            key = match.group().casefold()
            if key in pronouns and not self._in_question(match.start()):
                gender = self._word_gender(key)
                if gender:
                    return gender
        return ""

    def _in_question(self, position: int) -> bool:
        """Whether the line at ``position`` ends in a question mark (after it).  The
        line breaks are found once, and each line's end is read once: this is asked of
        every name on a line, which may be the whole text."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        at = bisect.bisect_left(self._line_breaks, position)
        end = self._line_breaks[at] if at < len(self._line_breaks) else len(self.text)
        last = self._line_ends.get(end)
        if last is None:  # the line's last character that is no space (-1: none)
            start = self._line_breaks[at - 1] + 1 if at else 0
            last = end - 1
            while last >= start and self.text[last].isspace():
                last -= 1
            last = last if last >= start else -1
            self._line_ends[end] = last
        return last >= position and self.text[last] == "?"

    def _interviewer_named(self, start: int) -> bool:
        """Whether the name at ``start`` follows a journalist's noun (``spoke with
        reporter Al Poe``): the interviewer, no interviewee."""
        if not self.lex.interviewer_nouns:
            return False
        words = self._words_before(start)
        return bool(words) and _key(words[-1]) in self.lex.interviewer_nouns

    def _passes_over(self, n: int, gender: str, *, questions: bool, person: bool) -> bool:
        """Whether :meth:`_last_named_before` passes over the name :attr:`named` ``[n]``:
        an outlet's, one in a question where ``questions`` forbids, one of another
        ``gender``, or a body's where only a ``person`` will do."""
        start, _end, full = self.named[n]
        if (
            is_outlet_name(full, self.lex)
            or (not questions and (self._in_question(start) or self._interviewer_named(start)))
            or self._noun_run(n)
            or (person and self._body_name(full))
        ):
            return True
        if not gender:
            return False
        found = self.gender_of(full, set())
        # a name that tells no gender ("Lornport Arena", "Lee Poe") stands for no man or
        # woman unless the text shows it a person's
        return not self._fits_gender(found, gender, n)

    def _fits_gender(self, found: str, gender: str, n: int) -> bool:
        """Whether the name :attr:`named` ``[n]``, which tells the gender ``found`` (or
        none), may stand for a man or woman of ``gender``: one that tells none only
        where the text shows it a person's (:meth:`_shows_person`)."""
        return found == gender if found else self._shows_person(n)

    def _shows_person(self, n: int) -> bool:
        """Whether the text shows the name :attr:`named` ``[n]``, which tells no gender,
        a person's that a personal pronoun may stand for: shaped as one
        (:meth:`_person_shaped`), and opening with a first name of the lexicon's lists,
        printed with a person's title or role (``Coach Lee Poe``, ``Lee Poe, a nurse``),
        the subject of a verb (``Lee Poe met the crews``) or the full name of a person who
        spoke (``Lee Poe said``); not ``New Hampshire`` or ``investment bank Acme
        Sachs``."""
        start, end, full = self.named[n]
        words = full.split()
        if not self._person_shaped(words):
            return False
        phrase = self.role_phrase(n)
        if (
            _key(words[0]) in self._sets.any_first_names
            or any(self._person_role(role) for role in self.roles_of.get(full, ()))
            or (phrase and self._person_role(_key(phrase[-1])))  # "the governor, Lee Poe"
            or (self.lex.subject_first and self._opens_sentence(start) and self._verb_after(end))
            or _AGE_AFTER.match(self.text, end)  # "Lee Poe, 54,"
            or self._described_as_one(end)
        ):
            return True
        tokens = {_key(w) for w in words}
        stems = _stems(tokens)
        return any(
            e.is_person and stems <= _current_stems(e) and _covers(e.tokens, tokens)
            for e in self.entities[-_REACH:]
            if not stems.isdisjoint(e.stems)
        )

    def _described_as_one(self, end: int) -> bool:
        """Whether the name that ends at ``end`` is described by an apposition of an
        article and no noun of bodies or places (``Lee Poe, a nurse at the clinic,``;
        not ``Port Lorn, a town on the coast,``)."""
        words = [_key(w) for w in self._apposition_after(end)]
        return (
            bool(words)
            and (words[0] in self.lex.determiners or words[0] in self.lex.indefinites)
            and not any(w in self._sets.body_words or w in self.lex.nonperson_nouns for w in words)
        )

    def _definite_holder(self, description: str, *, indefinite: bool = False) -> bool:
        """Whether a description is the one holder of a person's role that a definite
        article names (``the depot manager``; not ``a source``, ``his aides``, ``the
        lawyers``, ``Jo Roe``, ``The White House``), or, where ``indefinite``, an
        indefinite article too (``a harbour worker``; not ``some``, ``two``)."""
        words = [m.group() for m in _WORD.finditer(description)]
        keys = [_key(w) for w in words]
        return (
            len(keys) > 1
            and all(w[:1].islower() for w in words[1:])
            and keys[0] in self.lex.determiners
            and (
                keys[0] not in self._sets.other_determiners
                or (
                    indefinite
                    and keys[0] in self.lex.singular_determiners
                    and keys[0] in self.lex.indefinites
                )
            )
            and self._person_role(keys[-1])
        )

    def _person_role(self, key: str) -> bool:
        """Whether a word is a role that one person holds (``governor``, ``Sen.``), no
        body's noun (``bank``, ``campaign``) nor a plural (``New York Voters``)."""
        return (
            self._is_role(key) and key not in self._sets.body_words and not is_plural(key, self.lex)
        )

    def _person_shaped(self, words: Sequence[str]) -> bool:
        """Whether a name of these words may be a man's or a woman's: no lower-case word
        but particles of names, no acronym alone (``FBI``), none a function word
        (``Save The Pier``), a word of time (``Super Tuesday``) or a noun of bodies,
        places, venues or laws (``Lornport Arena``, ``Wall Street``, ``Affordable Care
        Act``: :meth:`_names_body`, :attr:`~newsstruct.lang.Lexicon.nonperson_nouns`)."""
        lex = self.lex
        keys = [_key(w) for w in words]
        if len(words) == 1 and is_acronym(words[0].rstrip(".")):
            return False
        for word, key in zip(words, keys, strict=True):
            if key in self._sets.particle_words:
                continue
            if (
                word[:1].islower()
                # "Fact-checkers noted": a plural compound noun alone, in lower case after
                # its hyphen (not a name's part: "Kim Su-ah", "Ann Lee-Roe")
                or (
                    len(words) == 1
                    and _LOWER_AFTER_HYPHEN.search(word) is not None
                    and is_plural(key, lex)
                )
                or key in lex.nonperson_nouns
                or key in lex.time_words
                or key in lex.prepositions
                or key in lex.determiners
                or key in lex.conjunctions
            ):
                return False
        return not self._names_body(keys)

    def _may_be_one(self, entity: _Entity) -> bool:
        """Whether a speaker of no known gender may be the man or woman a personal
        pronoun stands for: a person described by no plural (``the senator``; not
        ``Republican strategists``) or whose name may be one's (:meth:`_person_shaped`:
        ``Lee Poe``, ``Roe``; not ``Acme Institute``, ``FBI``, ``United States``)."""
        words = entity.name.split()
        if not entity.is_person or not words:
            return entity.is_person
        if _key(words[0]) in self.lex.determiners and self._titled_office(entity.name):
            return True  # "The NATO Secretary General … He said": an office in title case
        if (
            len(words) > 1
            and _key(words[0]) in self.lex.determiners
            and all(w[:1].isupper() for w in words[1:])
            and not self._person_shaped(words[1:])
        ):
            # "the Harbour House said C. He said C2": after its article, a name in title
            # case of a place or a body is no man or woman ("the Pope", "the Chief
            # Justice" may be one)
            return False
        if any(w[:1].islower() and _key(w) not in self._sets.particle_words for w in words):
            keys = [_key(w) for w in words]
            owned = any(k.endswith(self.lex.possessive_endings) for k in keys[:-1])
            # "the state secretary's website": the thing after a possessive heads it
            head = keys[-1] if owned else self._head(keys)
            return not is_plural(keys[-1], self.lex) and head not in self._sets.body_words
        return self._person_shaped(words)

    def _noun_run(self, n: int) -> bool:
        """Whether, where nouns are capitalised, the run of capitalised words
        :attr:`named` ``[n]`` is nouns rather than a person's name: it opens with no first
        name of the lexicon, was printed with no title or role (``ein Körnchen Wahrheit``,
        ``Salzburger Katholikentag``; not ``Max Roe``, ``Herr Roe``, ``Bürgermeister
        Roe``) and is no :meth:`_subject_name`."""
        full = self.named[n][2]
        return (
            self.lex.capitalised_nouns
            and _key(full.split()[0]) not in self.lex.first_names
            and not self.roles_of.get(full)
            and not self._subject_name(n)
        )

    def _subject_name(self, n: int) -> bool:
        """Whether the name :attr:`named` ``[n]`` is a person's that opens its sentence
        as the subject of the verb after it (``Tom Eke kam am Montag``): two or three
        words, none but the last of a modifier's ending (:attr:`~Lexicon.modifier_endings`:
        not ``Neue Regeln gelten``), no body's."""
        start, end, full = self.named[n]
        words = full.split()
        endings = self.lex.modifier_endings
        return (
            bool(endings)
            and 1 < len(words) <= 3
            and not any(_key(w).endswith(endings) for w in words[:-1])
            and not self.text[self._sentence_start(start) : start].strip()
            and self._verb_after(end)
            and not self._body_name(full)
        )

    def _body_name(self, full: str) -> bool:
        """Whether ``full``, a full name as :attr:`named` holds it, names a body
        (:meth:`_names_body`), read once per name."""
        found = self._body_names.get(full)
        if found is None:
            found = self._body_names[full] = self._names_body(map(_key, full.split()))
        return found

    def _names_body(self, keys: Iterable[str]) -> bool:
        """Whether a name of these words (their :func:`_key`) names a body rather than a
        person: it holds a noun of bodies (``Acme Group``, ``Harbour Ministry``), as a
        word or, where nouns take case endings, as the stem of an inflected one, two
        letters longer at least (Hungarian ``Magyar Nemzeti Bankban``, ``Budapest Főváros
        Önkormányzata``)."""
        sets = self._sets
        for key in keys:
            if key in sets.body_words:
                return True
            # the stems that leave room for a case ending after them
            room = bisect.bisect_right(sets.body_stem_lengths, len(key) - _CASE_ENDING)
            if key.startswith(sets.body_stems[:room]):
                return True
        return False

    def _last_named_before(
        self, position: int, gender: str, *, questions: bool = True, person: bool = False
    ) -> _Entity | None:
        """For a pronoun before any speaker: the last full name the text printed, of
        the pronoun's ``gender`` where it is known (an outlet's is none), a person's
        where ``person`` asks for one (a pronoun of no gender: Hungarian ``ő``); a name
        in a question only where ``questions`` allows.  A name passed over is not read
        again for the same test: the search leads past it (linear on any input)."""
        n = self._last_name_index(position, gender, questions=questions, person=person)
        if n < 0:
            return None
        full = self.named[n][2]
        tokens = {_key(w) for w in full.split()}
        entity = _Entity(full, tokens, self.roles_of.get(full, set()), True, gender=gender)
        self.entities.append(entity)
        return entity

    def _last_name_index(self, position: int, gender: str, *, questions: bool, person: bool) -> int:
        """For :meth:`_last_named_before`: the index in :attr:`named` of the name it
        finds, or -1."""
        passed_over = self._passed_over.setdefault((gender, questions, person), {})
        n = bisect.bisect_right(self.named_ends, position) - 1
        path: list[int] = []
        while n >= 0:
            if n in passed_over:
                path.append(n)
                n = passed_over[n]
            elif self._passes_over(n, gender, questions=questions, person=person):
                path.append(n)
                n -= 1
            else:
                break
        for m in path:
            passed_over[m] = n
        return n

    def named_by_sex(self, description: str, position: int) -> _Entity | None:
        """For a speaker described by a noun of :attr:`Lexicon.person_nouns` alone
        (``жінка``): the person of its sex named last before ``position``
        (:meth:`named_of_gender`), else ``None``."""
        word = description.casefold()
        if word not in self.lex.person_nouns or self._mentioned_before(word[:-1], position):
            return None
        return self.named_of_gender(position, self._word_gender(word))

    def _word_gender(self, word: str) -> str:
        """The sex a case-folded word names (``she``, ``жінка``): ``"f"`` or ``"m"`` by
        :attr:`Lexicon.feminine_words` and :attr:`Lexicon.masculine_words`, else ``""``."""
        if word in self.lex.feminine_words:
            return "f"
        return "m" if word in self.lex.masculine_words else ""

    def _mentioned_before(self, stem: str, position: int) -> bool:
        """Whether a word that opens with ``stem`` stands before ``position``
        (``жінку`` of ``До нас підійшла жінка``: a person introduced unnamed)."""
        return _word_opening(stem).search(self.text, 0, position) is not None

    def named_of_gender(self, position: int, gender: str) -> _Entity | None:
        """For a cue of ``gender`` whose subject dropped (Polish ``– dodała``) and whose
        quotes around are of another: the person of that gender whose full name the text
        printed last before the sentence of ``position``, within :data:`_BODY_REACH` and
        outside quotations, as its pronoun would stand for; ``None`` for a cue of no
        gender."""
        if not gender:
            return None
        n = self._last_name_index(position, gender, questions=False, person=True)
        if n < 0:
            return None
        start, end, full = self.named[n]
        if (
            position - end > _BODY_REACH
            # "Janu Novákovi zavolal prezident a řekl, že C": a name of its own sentence
            # is the verb's object
            or end > self._sentence_start(position)
            or self._in_quotation(start, end)
            or self.gender_of(full, self.roles_of.get(full, set())) != gender
        ):
            return None
        return self._named_person(full)


def resolve_speakers(
    text: str,
    drafts: Sequence[Draft],
    lexicon: Lexicon,
    sentences: Sequence[Span],
    chrome: Sequence[Span] = (),
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Resolve the drafts' mentions to speakers and build the final quotes;
    ``sentences`` are the article's sentences, in text order; the names in ``chrome``,
    the page's furniture (a byline; paragraphs in text order), are none of the article's."""
    if not drafts:
        return (), ()  # no quote, no speaker: the article's names are not read
    # names are read with no-break and thin spaces as plain ones ("Jo M.\N{NO-BREAK SPACE}Roe",
    # the typography of initials in many languages): one character for one, so every
    # offset holds; the quotes' and cues' texts are still sliced from ``text``
    resolver = _Resolver(
        plain_spaces(text), lexicon, ((d.span.start, d.span.end) for d in drafts), sentences, chrome
    )
    owners: list[_Entity | None] = []
    # "За словами X", "з посиланням на X": the name stands in an oblique case
    oblique_cues = (
        set(cue_table(lexicon).source_phrases)
        | set(_reference_phrases(lexicon))
        | {(word,) for word in lexicon.source_postpositions}  # "Virtasen mukaan"
    )
    cues = [draft.cue.of(text) if draft.cue is not None else "" for draft in drafts]
    for draft, cue in zip(drafts, cues, strict=True):
        oblique = tuple(cue.casefold().split()) in oblique_cues
        owners.append(
            # "Пряма мова Зеленського:": a label names its speaker in the genitive
            resolver.resolve(draft.source, oblique=True, titled=True)
            if draft.source is not None and draft.labelled
            else resolver.resolve(draft.source, oblique=oblique, cue=cue, named=draft.name)
            if draft.source is not None
            else None
        )
    if lexicon.person_nouns:
        for n, owner in enumerate(owners):
            # "— сказала жінка": the woman named last
            if owner is not None:
                named = resolver.named_by_sex(owner.name, drafts[n].span.start)
                owners[n] = named or owner
    if lexicon.bare_noun_subjects:
        for n, owner in enumerate(owners):
            # "«Q», - пояснили в адміністрації": the administration the text named before
            if owner is not None and not owner.is_person and len(owner.tokens) == 1:
                owners[n] = _named_body(owners, n, resolver) or owner
    for n, draft in enumerate(drafts):
        if owners[n] is not None or not draft.follows:
            continue
        gender = verb_gender(_cue_verb(cues[n], lexicon), lexicon)
        if draft.follows == "previous" and _names_document(cues[n], lexicon):
            # "C, - говорится в сообщении." / "C, - йдеться у повідомленні.": the
            # statement of the body quoted last, though a person spoke in between
            owners[n] = _discourse_speaker(drafts, owners, n, resolver.is_named_body)
            if owners[n] is not None:
                continue
        owners[n] = _discourse_speaker(drafts, owners, n, resolver.of_gender(gender))
        if owners[n] is None and draft.follows == "answer":
            owners[n] = resolver.interviewee(draft.span.start)
        elif owners[n] is None and draft.follows == "previous":
            # "Anna Nowak jest ministrem. „Q1” – dodał Jan Kowalski. „Q2” – dodała.": no
            # quote around is a woman's, the woman named last is
            owners[n] = resolver.named_of_gender(draft.span.start, gender)
    order: list[_Entity] = []
    seen: set[int] = set()
    for owner in owners:
        if owner is not None and id(owner) not in seen:
            seen.add(id(owner))
            order.append(owner)
    # merge entities that ended with the same name, so that names are unique; a name
    # printed with a no-break space, a tab or two spaces ("Ann\N{NO-BREAK SPACE}Lee") is
    # named with one space, as it is printed elsewhere, and one printed with an invisible
    # character in or before a word (a soft hyphen: "Ann Le\N{SOFT HYPHEN}wis") without it
    names = {id(entity): " ".join(visible(entity.name).split()) for entity in order}
    by_name: dict[str, list[_Entity]] = {}
    for entity in order:
        by_name.setdefault(names[id(entity)], []).append(entity)
    speakers: dict[str, Speaker] = {}
    quotes_of: dict[str, list[int]] = {}
    for n, owner in enumerate(owners):
        if owner is not None:
            quotes_of.setdefault(names[id(owner)], []).append(n)
    for name, group in by_name.items():
        indices = tuple(quotes_of[name])
        mentions = tuple(
            sorted({m for e in group for m in e.mentions}, key=lambda s: (s.start, s.end))
        )
        speakers[name] = Speaker(name=name, mentions=mentions, quotes=indices)
    quotes = tuple(
        Quote(
            kind=draft.kind,
            span=draft.span,
            text=draft.span.of(text),
            speaker=speakers[names[id(owner)]] if owner is not None else None,
            cue=cue,
            cue_text=_cue_text(text, cue, draft.particle),
            mention=draft.source,
            paragraph=draft.paragraph,
        )
        for draft, owner, cue in zip(
            drafts, owners, (_with_auxiliaries(text, d.cue, lexicon) for d in drafts), strict=True
        )
    )
    return quotes, tuple(speakers.values())


def _named_body(owners: Sequence[_Entity | None], n: int, resolver: _Resolver) -> _Entity | None:
    """For a speaker that one lower-case noun describes (``адміністрації``): the body
    that spoke last before it, within :data:`_REACH` quotes, whose name holds the same
    noun in any case (``Лорнівську міську військову адміністрацію``); else ``None``."""
    owner = owners[n]
    assert owner is not None
    word = owner.name.casefold()
    if not owner.name[:1].islower() or len(word) < _STEM:
        return None
    for m in range(n - 1, max(-1, n - _REACH), -1):
        other = owners[m]
        if (
            other is not None
            and other is not owner
            and len(other.tokens) > 1
            and resolver.is_named_body(other)
            and any(_same_word(word, token) for token in other.tokens)
        ):
            return other
    return None


def _names_document(cue: str, lexicon: Lexicon) -> bool:
    """Whether a cue is an impersonal verb and the document it is said in
    (``говорится в сообщении``, ``йдеться у заяві``): a body's statement."""
    words = cue.casefold().split()
    return len(words) > 1 and words[0] in lexicon.impersonal_cues


def _with_auxiliaries(text: str, cue: Span | None, lexicon: Lexicon) -> Span | None:
    """The cue with the auxiliaries of its verb group before it (``has said``)."""
    if cue is None:
        return None
    start = verb_group_start(text, cue.start, cue.end, lexicon)
    return cue if start == cue.start else Span(start, cue.end)


def _cue_text(text: str, cue: Span | None, particle: Span | None) -> str | None:
    """The cue as written, with a separable particle that stands away from it
    (``teilte am Montag mit``: ``teilte mit``)."""
    if cue is None:
        return None
    if particle is None:
        return cue.of(text)
    return f"{cue.of(text)} {particle.of(text)}"


def _discourse_speaker(
    drafts: Sequence[Draft],
    owners: Sequence[_Entity | None],
    n: int,
    fits: Callable[[_Entity | None], bool],
) -> _Entity | None:
    """The speaker of the quote of ``drafts[n]``, which names none: the speaker of the
    quotes around it that ``draft.follows`` says it continues, of those that ``fits``
    (Polish ``– podkreśliła``: a woman's, after a man's quote)."""
    draft = drafts[n]
    if draft.follows == "next":
        # the speaker of the quote's paragraph or of the paragraphs that run it on, up
        # to the one that closes it; a closing paragraph that names nobody leaves the
        # speaker of the discourse
        tail = draft.paragraph
        for m in range(n + 1, min(len(drafts), n + _REACH)):
            following = drafts[m]
            if following.paragraph > tail + 1:
                break
            if following.paragraph == tail:
                if fits(owners[m]):
                    return owners[m]
                continue
            if following.source is not None:
                if fits(owners[m]):
                    return owners[m]
                break
            if following.follows != "next":
                break
            tail = following.paragraph
    reach = _NEAR_PARAGRAPHS if draft.follows == "near" else _PREVIOUS_PARAGRAPHS
    for m in range(n - 1, max(-1, n - _REACH), -1):
        if draft.paragraph - drafts[m].paragraph > reach:
            break
        if fits(owners[m]):
            return owners[m]
    if draft.follows == "near":
        for m in range(n + 1, min(len(drafts), n + _REACH)):
            if drafts[m].paragraph - draft.paragraph > 1:
                break
            if fits(owners[m]):
                return owners[m]
    return None
