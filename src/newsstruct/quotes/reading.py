"""Reading a paragraph's tokens for cue frames: the lexicon's cues arranged for matching
(:class:`CueTable`) and the token primitives every frame reader builds on
(:class:`TokenReader`: words, punctuation, auxiliaries, adjuncts, noun phrases).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Concatenate, ParamSpec, TypeVar, cast

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import (
    COMMAS,
    SENTENCE_STOPS,
    Lexicon,
    enclitic_subject,
    headed_by,
    is_oblique,
    is_outlet_name,
    is_participle_form,
    names_platform,
    opens_time_phrase,
)
from newsstruct.quotes.tokens import Token, ends_sentence, is_abbreviation_dot

__all__ = ["CueTable", "TokenReader", "cue_table", "match_phrase", "remembered"]

DASHES = "-–—―"
ATTACHED = frozenset(".-’'&%/\N{KATAKANA MIDDLE DOT}")
_CLAUSE_MARKS = frozenset(",:;" + SENTENCE_STOPS)
# the marks that end a sentence or a clause, in the text
_TRAILING = frozenset(SENTENCE_STOPS + COMMAS + ";:")
_CURRENCY = regex.compile(r"\p{Sc}")  # a currency sign: "$", "€", "£", "₴"
MAX_SOURCE = 10
MAX_ACCORDING = 30
ROLE_STEM = 4  # letters a role noun's case forms share ("rządu", "rząd")
ROLE_ENDING = 2  # letters of ending they may differ in ("ministra", "minister")
BARE_NOUN_WORDS = 3
NAME_WORDS = 2  # a first name and a surname: the fewest words of a full name
ADJUNCT_REACH = 14
_BODY_COMPLEMENT_WORDS = 2  # words in the genitive after a body's noun ("служба безопасности")
_MEDIUM_WORDS = 3  # words from a preposition to its noun of medium ("in a brief statement")
# fewest letters of a name noun that may end a compound ("blatt" of "Wochenblatt")
_NAME_NOUN_TAIL = 4
_COMPOUND_FIRST = 3  # letters a compound puts before that noun ("Tages|zeitung")
_BARE_MODIFIERS = 3  # bare words from a preposition to the noun they modify ("of solar energy")
_BRACKET_WORDS = 8  # the tokens of a bracket after a name: "(D-Nev.)", "(R-N.Y.)"
_REGION_LETTERS = 6  # a region's abbreviation after a place: "Ore.", "Calif.", "N.H."
MAX_MIDDLE = 8  # words between a cue and the comma before its complement clause
MAX_PIECE = 15  # words of a complement clause read for its mood
INFINITIVE_REACH = 3  # "… verkaufen zu können": the particle among the last words
_ADJUNCT_WORDS = 7
_YEAR_DIGITS = 4
_DAY_DIGITS = 2  # a day of the month, at most
_TIME_BETWEEN_COMMAS = 2  # words of time set off by commas after a cue (", luni,")
_APPOSITION_WORDS = 8  # tokens of an apposition set between commas inside a noun phrase
_GERUND_LETTERS = 5  # letters of the shortest gerund told from a noun ("using", not "thing")
_LIST_REACH = 30  # tokens over which the items of a list are read
LIST_ITEM_WORDS = 6  # words of one item of a list
_ADJUNCT_NOUNS = 3  # lower-case words of a noun phrase after a preposition (names are free)

#: Characters of a title or name in marks, marks included: after its article ("die
#: „Zeit“"), or a name that speaks before its cue or after it ("«Укрзалізниця»
#: повідомила", "Как сообщал «Интерфакс»").
MARKED_NAME_LENGTH = 40
#: Adjectives between a possessor and its noun ("his blunt reply", "Roe's full
#: statement").
NOUN_MODIFIERS = 3
_NICKNAME_CHARS = 24  # a nickname set inside a name, marks included ("Jo “the Hammer” Roe")

_NO_PARTICLES: frozenset[str] = frozenset()


@attrs.frozen
class CueTable:
    """The lexicon's cues arranged for matching token by token."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    # a cue verb's prepositions whose object is what was said, by the verb ("warnte" ->
    # "vor": Lexicon.content_prepositions, marked_content_prepositions); verbs with one
    content_prepositions: dict[str, frozenset[str]]
    verbs: frozenset[str]
    object_verbs: frozenset[str]
    control_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    source_words: frozenset[str]  # their words: "Einschätzung" of "nach Einschätzung von"
    source_by_first: dict[str, tuple[tuple[str, ...], ...]]  # the source phrases by first word
    # the last words of the source phrases of two words, the nouns of what was said
    # ("Angaben" of "nach Angaben")
    source_seconds: frozenset[str]
    # the source phrases that may open before a given second word (TokenReader.
    # source_candidates), by their first two words: those of one or two words with the
    # longer ones of that second word, in the order of source_by_first; (first, "")
    # holds those of one or two words alone
    source_by_two: dict[tuple[str, str], tuple[tuple[str, ...], ...]]
    # the source phrases of one word ("según"): only they open a clause of their own
    # (FrameReader.opens_as_clause); none in a verb-second language
    clause_phrases: frozenset[str]
    phrase_pronouns: frozenset[str]  # pronouns a source phrase holds ("selon lui")
    reference_phrases: tuple[tuple[str, ...], ...]  # "citing", "with reference to"
    reference_first: frozenset[str]  # their first words
    connective_first: frozenset[str]  # the first words of the connectives of several words
    # the aside phrases (Lexicon.aside_phrases) by each of their words, with the word's place
    asides: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    correlatives: tuple[tuple[str, ...], ...]  # "not only": its C1 goes on after "but"
    correlative_first: frozenset[str]  # their first words
    approximators: tuple[tuple[str, ...], ...]  # "more than": before a quantity subject
    approximator_first: frozenset[str]  # their first words
    anaphoric: tuple[tuple[str, ...], ...]
    anaphoric_first: frozenset[str]
    anaphors: tuple[tuple[str, ...], ...]
    object_anaphors: tuple[tuple[str, ...], ...]  # also after a subject and its cue verb
    object_anaphor_first: frozenset[str]  # their first words
    possessives: frozenset[str]  # "его" of "по его словам"
    naming: frozenset[str]
    aliases: tuple[tuple[str, ...], ...]  # "known as": a nickname in marks follows
    work_verbs: tuple[tuple[str, ...], ...]  # "starred in": a title in marks follows
    separable: dict[str, frozenset[str]]  # finite stem -> the particles that close its clause
    speech_nouns: dict[str, frozenset[str]]  # noun -> the words that open its complement
    np_words: frozenset[str]
    # the determiners and the possessive ones: a word after one is a noun's ("a report",
    # "his claim")
    articles: frozenset[str]
    # the function words after which a finite-looking word is no verb of a noun subject
    verb_blockers: frozenset[str]
    # the function words, modifiers, roles and words of time that are no verb of a
    # relative clause (FrameReader.is_relative_verb)
    relative_verb_blockers: frozenset[str]
    # the function words, roles and cue verbs that are no lower-case noun after an article
    # (FrameReader.noun_phrase_start)
    noun_blockers: frozenset[str]
    # the words that give a cue's following words a verb of their own, and the function
    # words a subject or adjunct after the cue may hold besides capitalised words
    # (ComplementReader.only_subject_and_adjuncts)
    clause_verb_words: frozenset[str]
    adjunct_words: frozenset[str]
    # the words that may open a phrase of time: words of time and the prepositions and
    # determiners before one (lang.opens_time_phrase)
    time_openers: frozenset[str]
    # the words a long scan of a content stops at (TokenReader.plain_end): every word that
    # ends a noun-phrase content or changes its reading (object_end), opens a phrase of
    # time (time_openers) or a conjunction (ComplementReader._content_range); the other
    # words between punctuation are read past
    scan_stops: frozenset[str]
    month_words: frozenset[str]  # every month's forms (Lexicon.month_names), one set
    # the words that link a noun phrase to more or open a clause, no verb after it
    # (FrameReader.verb_after_phrase and _verb_after_source)
    link_words: frozenset[str]
    # the function words that are no modifier nor plural noun before an addressee
    # (ComplementReader.addressee_end: "told local reporters")
    addressee_blockers: frozenset[str]
    bare_pronouns: frozenset[str]  # pronouns that are no determiners: they take no modifier
    role_words: frozenset[str]  # role nouns and titles
    office_words: frozenset[str]  # words that carry a name on past a phrase preposition
    body_words: frozenset[str]  # nouns of bodies that speak bare ("ministerija", "kommunen")
    # where roles compound (Lexicon.role_heads), the body words that end a compound too
    # ("valtiovarainministeriön" of "ministeriön")
    body_heads: tuple[str, ...]
    role_stems: dict[str, tuple[str, ...]]  # role nouns by their first letters
    # the words after the head of a role of several words, in the genitive whatever the
    # head's case: "spraw", "zagranicznych" of "minister spraw zagranicznych"
    role_complements: frozenset[str]
    # the first names of every list, of either sex or both ("Ann", "Jo")
    any_first_names: frozenset[str]
    elided: frozenset[str]  # articles and prepositions written onto a word ("l'", "all'")
    triggers: frozenset[str]  # the first words of every cue: only they start a frame
    # the triggers that open only phrases of several words (``in`` of ``in the words of``),
    # each with the words that may come second (and a possessive after the first word of a
    # source phrase, ``по его словам``): a frame starts at one only before one of those
    phrase_openers: dict[str, frozenset[str]]
    tail_verbs: frozenset[str]  # cue and attribution verbs that can close a sentence
    attribution_verbs: frozenset[str]  # the verbs after a credited outlet ("reports")
    reminder_words: frozenset[str]  # words of the background markers ("remind", "recall")
    marker_verbs: frozenset[str]  # cue verbs that are a background marker ("Напомню")
    # set phrases that attribute nothing, by each of their cue words: (phrase, position)
    formulas: dict[str, tuple[tuple[tuple[str, ...], int], ...]]


def _by_stem(nouns: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Nouns by their first :data:`ROLE_STEM` letters."""
    found: dict[str, list[str]] = {}
    for noun in sorted(nouns):
        found.setdefault(noun[:ROLE_STEM], []).append(noun)
    return {stem: tuple(group) for stem, group in found.items()}


def _by_word(phrases: Sequence[str]) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """The phrases as words by each of their words, with that word's place in each."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        words = tuple(phrase.casefold().split())
        for place, word in enumerate(words):
            found.setdefault(word, []).append((words, place))
    return {word: tuple(entries) for word, entries in found.items()}


@functools.lru_cache(maxsize=64)
def cue_table(lexicon: Lexicon) -> CueTable:
    """Arrange a lexicon's cues for matching (computed once per lexicon)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    entries = [tuple(p.casefold().split()) for p in lexicon.cue_phrases]
    entries += [(v,) for v in lexicon.cue_verbs]
    for entry in entries:
        by_first.setdefault(entry[0], []).append(entry)
    # the longest first: "згідно з даними X" before "згідно з"
    source_phrases = tuple(
        sorted((tuple(p.casefold().split()) for p in lexicon.source_phrases), key=len, reverse=True)
    )
    correlatives = tuple(tuple(p.casefold().split()) for p in lexicon.correlative_openers)
    approximators = tuple(tuple(p.casefold().split()) for p in lexicon.approximators)
    anaphoric = tuple(
        sorted((tuple(p.casefold().split()) for p in lexicon.anaphoric_cues), key=len, reverse=True)
    )
    source_by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in source_phrases:
        source_by_first.setdefault(phrase[0], []).append(phrase)
    source_by_two: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}
    for first, opening in source_by_first.items():
        source_by_two[first, ""] = tuple(p for p in opening if len(p) <= 2)
        for second in {p[1] for p in opening if len(p) > 2}:
            source_by_two[first, second] = tuple(
                p for p in opening if len(p) <= 2 or p[1] == second
            )
    naming = frozenset(w.casefold() for w in lexicon.naming_cues)
    separable: dict[str, set[str]] = {}
    pairs = [pair.casefold().split() for pair in lexicon.separable_cues + lexicon.cue_phrases]
    for stem, particle in (pair for pair in pairs if len(pair) == 2):
        separable.setdefault(stem, set()).add(particle)
    formulas: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for formula in (tuple(p.casefold().split()) for p in lexicon.formulas):
        for n, word in enumerate(formula):
            formulas.setdefault(word, []).append((formula, n))
    speech_nouns: dict[str, frozenset[str]] = {}
    for noun_entry in lexicon.speech_nouns:
        nouns, _, openers = noun_entry.casefold().partition(":")
        for noun in nouns.split():
            speech_nouns[noun] = frozenset(openers.split())
    possessives = lexicon.object_pronouns & lexicon.determiners
    # the words that start a frame whatever follows them (FrameReader.frame_at reads each
    # of these sets; a word of a new one belongs here)
    alone = (
        {p[0] for p in [*entries, *source_phrases] if len(p) == 1}
        | frozenset(separable)
        | naming
        | frozenset(speech_nouns)
        # "menurutnya": a one-word source phrase with its pronoun written onto it
        | {p[0] + e for p in source_phrases if len(p) == 1 for e in lexicon.subject_enclitics}
        | lexicon.source_postpositions
        | lexicon.opinion_prepositions
        | lexicon.relay_verbs
        | lexicon.light_verbs
        | lexicon.quotation_cues
        | lexicon.quotative_connectives
        | (lexicon.clause_nouns if lexicon.verb_second else frozenset())
    )
    seconds: dict[str, set[str]] = {}
    for phrase in [*entries, *source_phrases]:
        if phrase[0] not in alone:
            seconds.setdefault(phrase[0], set()).add(phrase[1])
    phrase_openers = {
        first: frozenset(words | possessives if first in source_by_first else words)
        for first, words in seconds.items()
        # a word that holds its subject's pronoun ("menurutnya"), and where nouns are
        # compounded, the first word of a source phrase of two ("nach Polizeiangaben"),
        # may start a frame alone
        if not (lexicon.subject_enclitics and enclitic_subject(first, lexicon))
        and not (
            lexicon.capitalised_nouns and any(len(p) == 2 for p in source_by_first.get(first, ()))
        )
    }
    content_prepositions: dict[str, set[str]] = {}
    for entry in entries:
        if len(entry) == 2 and (
            entry[1] in lexicon.content_prepositions
            or entry[1] in lexicon.marked_content_prepositions
        ):
            content_prepositions.setdefault(entry[0], set()).add(entry[1])
    verb_blockers = (
        lexicon.determiners
        | lexicon.possessive_determiners
        | lexicon.conjunctions
        | lexicon.list_conjunctions
        | lexicon.auxiliaries
        | lexicon.prepositions
        | lexicon.infinitive_markers
        | lexicon.pronouns
        | lexicon.relative_pronouns
        | lexicon.complementizers
        | lexicon.clause_openers
    )
    return CueTable(
        by_first={k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()},
        content_prepositions={k: frozenset(v) for k, v in content_prepositions.items()},
        verbs=lexicon.cue_verbs,
        object_verbs=lexicon.object_cue_verbs,
        control_verbs=lexicon.control_cue_verbs,
        source_phrases=source_phrases,
        source_words=frozenset(w for p in source_phrases for w in p),
        source_by_first={k: tuple(v) for k, v in source_by_first.items()},
        source_seconds=frozenset(p[1] for p in source_phrases if len(p) == 2),
        source_by_two=source_by_two,
        clause_phrases=frozenset(
            () if lexicon.verb_second else (p[0] for p in source_phrases if len(p) == 1)
        ),
        phrase_pronouns=lexicon.pronouns | lexicon.object_pronouns | lexicon.possessive_determiners,
        reference_phrases=tuple(tuple(p.casefold().split()) for p in lexicon.reference_phrases),
        correlatives=correlatives,
        correlative_first=frozenset(p[0] for p in correlatives),
        approximators=approximators,
        approximator_first=frozenset(p[0] for p in approximators),
        reference_first=frozenset(p.casefold().split()[0] for p in lexicon.reference_phrases if p),
        connective_first=frozenset(p.split()[0] for p in lexicon.connective_phrases if p.strip()),
        asides=_by_word(lexicon.aside_phrases),
        anaphoric=anaphoric,
        anaphoric_first=frozenset(p[0] for p in anaphoric),
        possessives=possessives,
        anaphors=_longest_first(lexicon.anaphors),
        object_anaphors=_longest_first(lexicon.anaphors + lexicon.object_anaphors),
        object_anaphor_first=frozenset(
            p.casefold().split()[0] for p in lexicon.anaphors + lexicon.object_anaphors if p
        ),
        naming=naming,
        aliases=_longest_first(lexicon.alias_openers),
        work_verbs=_longest_first(lexicon.work_verbs),
        separable={stem: frozenset(p) for stem, p in separable.items()},
        speech_nouns=speech_nouns,
        np_words=lexicon.determiners | lexicon.role_nouns | lexicon.pronouns,
        articles=lexicon.determiners | lexicon.possessive_determiners,
        verb_blockers=verb_blockers,
        relative_verb_blockers=lexicon.stopwords
        | lexicon.quantifiers
        | lexicon.determiners
        | lexicon.former_modifiers
        | lexicon.rank_modifiers
        | lexicon.role_nouns
        | lexicon.time_words
        | lexicon.prepositions,
        noun_blockers=lexicon.stopwords
        | lexicon.determiners
        | lexicon.prepositions
        | lexicon.pronouns
        | lexicon.role_nouns
        | lexicon.clause_openers
        | lexicon.auxiliaries
        | lexicon.cue_verbs,
        clause_verb_words=lexicon.passive_auxiliaries
        | lexicon.finite_auxiliaries
        | lexicon.infinitive_markers,
        adjunct_words=lexicon.determiners
        | lexicon.prepositions
        | lexicon.time_words
        | lexicon.object_pronouns
        | lexicon.pronouns
        | lexicon.stopwords
        | lexicon.lower_case_outlets,  # "sagte der dpa"
        time_openers=lexicon.time_words | lexicon.prepositions | lexicon.determiners,
        scan_stops=lexicon.time_words
        | lexicon.prepositions
        | lexicon.determiners
        | lexicon.complementizers
        | lexicon.relative_pronouns
        | lexicon.object_adjuncts
        | lexicon.medium_prepositions
        | lexicon.means_prepositions
        | lexicon.conjunctions,
        month_words=frozenset(form for forms in lexicon.month_names for form in forms),
        link_words=lexicon.conjunctions
        | lexicon.clause_openers
        | lexicon.relative_pronouns
        | lexicon.complementizers
        | lexicon.prepositions,
        addressee_blockers=lexicon.stopwords | lexicon.subordinators | verb_blockers,
        bare_pronouns=lexicon.pronouns - lexicon.determiners,
        # a bare noun of a body speaks only where nouns go without articles
        body_words=(
            lexicon.body_nouns | lexicon.thing_nouns if lexicon.bare_noun_subjects else frozenset()
        ),
        body_heads=tuple(
            sorted(lexicon.body_nouns | lexicon.thing_nouns)
            if lexicon.bare_noun_subjects and lexicon.role_heads
            else ()
        ),
        role_words=lexicon.role_nouns | lexicon.titles,
        office_words=lexicon.determiners
        | lexicon.role_nouns
        | lexicon.pronouns
        | lexicon.titles
        | lexicon.thing_nouns
        | lexicon.media_words
        | lexicon.body_nouns,
        role_stems=_by_stem(lexicon.role_nouns),
        any_first_names=lexicon.first_names
        | lexicon.feminine_names
        | lexicon.masculine_names
        | lexicon.unisex_names,
        role_complements=frozenset(
            word
            for group in lexicon.role_equivalents
            for role in group
            for word in role.split()[1:]
        ),
        elided=frozenset(
            w for w in lexicon.determiners | lexicon.prepositions if w.endswith(("'", "’"))
        ),
        # the words a frame may open with: the words that open one alone and the
        # first words of phrases (whether or not they need their second word)
        triggers=frozenset(alone | seconds.keys()),
        phrase_openers=phrase_openers,
        tail_verbs=lexicon.cue_verbs | {v.casefold() for v in lexicon.attribution_verbs},
        attribution_verbs=frozenset(lexicon.attribution_verbs),
        reminder_words=frozenset(
            w
            for phrase in lexicon.background_markers + lexicon.background_openers
            for w in phrase.casefold().split()
        )
        & lexicon.cue_verbs,
        marker_verbs=frozenset(m.casefold() for m in lexicon.background_markers)
        & lexicon.cue_verbs,
        formulas={word: tuple(found) for word, found in formulas.items()},
    )


def _longest_first(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The phrases as casefolded word tuples, the longest first."""
    return tuple(sorted((tuple(p.casefold().split()) for p in phrases), key=len, reverse=True))


def trim_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without the spaces and the sentence or clause
    punctuation it ends in."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return end


def match_phrase(tokens: Sequence[Token], i: int, hi: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words of ``phrase`` (case-folded) stand at ``i``, before ``hi``."""
    if i + len(phrase) > hi:
        return False
    for n, word in enumerate(phrase):
        token = tokens[i + n]
        if token.kind != "w" or token.lower != word:
            return False
    return True


def has_plural_ending(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word ends like a plural (``aides``, ``forecasters``, and the
    present verb of that form: ``sends``; not ``business``): false in a language without
    plural endings."""
    return word.endswith(lexicon.plural_endings) and not word.endswith(lexicon.singular_endings)


def is_plural(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case noun ends like a plural (:func:`has_plural_ending`) or in a
    plural without an ending (``fishermen``, :attr:`~newsstruct.lang.Lexicon.plural_heads`).
    (:func:`has_plural_ending`'s test is written out here, not called: one call fewer
    for a word on a hot path; the two must read the same endings.)"""
    return (
        word.endswith(lexicon.plural_endings) or word.endswith(lexicon.plural_heads)
    ) and not word.endswith(lexicon.singular_endings)


def is_plural_cue_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case cue is a noun-like cue in a form that ends like a plural
    (``states``, ``reports``; :func:`is_plural`): the plural noun, not the verb, where
    no singular subject stands before it."""
    return word in lexicon.noun_like_cues and is_plural(word, lexicon)


@functools.lru_cache(maxsize=64)
def _name_noun_tails(lexicon: Lexicon) -> tuple[str, ...]:
    """The :attr:`~newsstruct.lang.Lexicon.name_nouns` that may end a compound, where
    nouns are capitalised (``zeitung`` of ``Tageszeitung``), once per lexicon."""
    if not lexicon.capitalised_nouns:
        return ()
    return tuple(sorted(n for n in lexicon.name_nouns if len(n) >= _NAME_NOUN_TAIL))


def is_name_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a noun that takes a name after it (``Zeitung
    „X“``; :attr:`~newsstruct.lang.Lexicon.name_nouns`), or, where nouns are
    capitalised, a compound that ends in one (``Tageszeitung „X“``, ``Nachrichtenmagazin
    „X“``)."""
    if word in lexicon.name_nouns:
        return True
    tails = _name_noun_tails(lexicon)
    return word.endswith(tails) and any(
        word.endswith(t) and len(word) - len(t) >= _COMPOUND_FIRST for t in tails
    )


def is_name_quotation(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, *, table: CueTable | None = None
) -> bool:
    """Whether the quotation at ``i`` is a name after a noun that takes one (``компанія
    «Укргаз»``, ``АТ "Укргаз"``; :attr:`~newsstruct.lang.Lexicon.name_nouns`), a title
    after its article (:func:`is_titled_quotation`), an outlet's name after a medium
    (:func:`is_medium_name`), or a person's other name (:func:`is_nickname`);
    ``table``: see :func:`is_titled_quotation`."""
    return (
        0 < i < len(tokens)
        and tokens[i].kind == "q"
        and tokens[i - 1].kind == "w"
        and (
            is_name_noun(tokens[i - 1].lower, lexicon)
            or is_titled_quotation(tokens, i, lexicon, table=table)
            or is_medium_name(tokens, i, lexicon)
            or is_nickname(tokens, i, lexicon)
        )
    )


def is_medium_name(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``i`` is an outlet's name after a lower-case noun of the
    medium of speech or of the media (``в эфире «Первого канала»``, ``газете «Вечерний
    город»``; :attr:`~newsstruct.lang.Lexicon.medium_nouns`, ``media_words``): a short
    one that opens with a capital, no words spoken."""
    before = tokens[i - 1]
    return (
        before.kind == "w"
        and not before.is_capitalised
        and (before.lower in lexicon.medium_nouns or before.lower in lexicon.media_words)
        and is_short_name_quotation(tokens[i], MARKED_NAME_LENGTH)
        and not tokens[i].opens_lower
    )


def is_titled_quotation(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, *, table: CueTable | None = None
) -> bool:
    """Whether the quotation at ``i`` is a short one right after an article that takes a
    name in marks (``die „Zeit“``, ``der „Spiegel“``;
    :attr:`~newsstruct.lang.Lexicon.name_quotation_articles`): a title or a term that
    a noun phrase holds, part of a source or of a clause; ``table``: see
    :func:`titled_article`."""
    return titled_article(tokens, i, lexicon, table=table) is not None


def titled_article(
    tokens: Sequence[Token], i: int, lexicon: Lexicon, *, table: CueTable | None = None
) -> int | None:
    """The index of the article that takes the quotation at ``i`` as a name (see
    :func:`is_titled_quotation`), else ``None``.  Given the reader's cue ``table``
    (where a source is read), where nouns are capitalised, the article may stand before
    the name's adjectives too (``die liberale „Zeit“``): a source's name (in a clause's
    words ``die neue „Reform“`` stays a quoted fragment)."""
    if not 0 < i < len(tokens) or not is_short_name_quotation(tokens[i], MARKED_NAME_LENGTH):
        return None
    article = i - 1
    if table is not None and lexicon.capitalised_nouns:
        # "die konservative „Zeit“": where nouns are capitalised, the lower-case words
        # between the article and the name are its adjectives (no verb: "die titelte „Q“")
        while (
            article > 0
            and i - 1 - article < NOUN_MODIFIERS
            and tokens[article].kind == "w"
            and not tokens[article].is_capitalised
            and tokens[article].lower not in lexicon.name_quotation_articles
            and tokens[article].lower not in table.triggers
            and tokens[article].lower not in lexicon.finite_verbs
            and tokens[article].lower not in lexicon.prepositions
            and tokens[article].lower not in lexicon.conjunctions
        ):
            article -= 1
    if tokens[article].kind == "w" and tokens[article].lower in lexicon.name_quotation_articles:
        return article
    return None


def is_nickname(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``i`` is another name of a person or a thing: after a
    word that gives one (``known as “the Hammer,”``;
    :attr:`~newsstruct.lang.Lexicon.alias_openers`), after a naming cue and a name's
    article (``dubbed the “Freedom Act,”``), or a few words set inside a name (``Jo
    “the Hammer” Roe``), no words spoken."""
    if not 0 < i < len(tokens) or tokens[i].kind != "q" or tokens[i - 1].kind != "w":
        return False
    table = cue_table(lexicon)
    if any(len(p) <= i and match_phrase(tokens, i - len(p), i, p) for p in table.aliases):
        return True
    named = i > 1 and tokens[i - 2].lower in table.naming  # "dubbed the “Freedom Act,”"
    if named and tokens[i - 1].lower in lexicon.name_articles:
        return True
    return (
        tokens[i - 1].is_capitalised
        and i + 1 < len(tokens)
        and tokens[i + 1].is_capitalised
        and is_short_name_quotation(tokens[i], _NICKNAME_CHARS)
    )


def is_work_title(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``i`` is a work's title right after its noun (``the show
    “Morning Tide,”``, ``his book “Tides”``; :attr:`~newsstruct.lang.Lexicon.work_nouns`),
    after the name that owns it (``the BBC’s “Morning Tide,”``) or after a role and its
    genitive preposition (``host of “Morning Tide,”``, ``author of “Tides,”``) or right
    after a verb that makes a work in a relative clause, cased as a title (``who wrote
    “Tides,”``; :attr:`~newsstruct.lang.Lexicon.work_verbs`; not ``who wrote “We
    lost,”`` nor ``the mayor wrote “C”``, her words): a name, a comma inside its marks
    or not, no words spoken."""
    if not (
        0 < i < len(tokens)
        and tokens[i].kind == "q"
        and tokens[i].end - tokens[i].start <= MARKED_NAME_LENGTH
        and not tokens[i].final
    ):
        return False
    before = tokens[i - 1]
    return (
        before.lower in lexicon.work_nouns
        or (before.is_capitalised and bool(possessive_ending(before.text, lexicon)))
        or (
            i > 1
            and before.lower in lexicon.genitive_prepositions
            and tokens[i - 2].lower in lexicon.role_nouns
        )
        or any(
            len(p) < i
            and tokens[i].titled  # but "who wrote “We lost,”": words, no title
            and tokens[i - len(p) - 1].lower in lexicon.relative_pronouns
            and match_phrase(tokens, i - len(p), i, p)
            for p in cue_table(lexicon).work_verbs
        )
    )


def is_other_name(tokens: Sequence[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``i`` is a name and no words spoken: another name
    (:func:`is_nickname`) or a work's title (:func:`is_work_title`)."""
    return is_nickname(tokens, i, lexicon) or is_work_title(tokens, i, lexicon)


def is_short_name_quotation(token: Token, chars: int) -> bool:
    """Whether ``token`` is a quotation of at most ``chars`` characters, marks included,
    that ends no sentence nor clause inside its marks: the shape of a name printed in
    marks (``«Ъ»``, ``"Интерфакс"``, ``“the Hammer”``), not of words spoken."""
    return (
        token.kind == "q"
        and token.end - token.start <= chars
        and not token.final
        and not token.comma
    )


def possessive_ending(word: str, lexicon: Lexicon) -> str:
    """The possessive ending that ``word`` ends in (``’s`` of ``army’s``), else ``""``."""
    if not word.endswith(lexicon.possessive_endings):
        return ""  # one test in C for the many words that end in none
    return next(e for e in lexicon.possessive_endings if word.endswith(e))


def shared_prefix(a: str, b: str) -> int:
    """How many first letters two words share."""
    return next(
        (n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def split_elision(word: str, elided: frozenset[str]) -> tuple[str, str]:
    """``word`` split after the elided article or preposition written onto it (French and
    Italian ``l'allenatore``, ``dell'ente``, ``all’ANSA``): that word, case-folded and with
    a straight apostrophe, and the rest as printed; ``("", word)`` where it has none.
    ``elided`` is :attr:`CueTable.elided`."""
    if not elided:
        return "", word  # a language that writes none onto a word (English): no split
    head, mark, rest = word.replace("’", "'").partition("'")
    article = (head + mark).casefold()
    if mark and rest and article in elided:
        return article, word[len(head) + 1 :]
    return "", word


def contraction_pronoun(word: str, lexicon: Lexicon) -> str:
    """The pronoun of a pronoun and a clitic auxiliary (``she`` of ``she's``, ``I`` of
    ``I’m``), else ``""``."""
    ending = possessive_ending(word, lexicon)
    # one test in C for the many words that end in no clitic
    if not ending and word.endswith(lexicon.clitic_auxiliaries):
        ending = next(e for e in lexicon.clitic_auxiliaries if word.endswith(e))
    pronoun = word[: len(word) - len(ending)]
    return pronoun if ending and pronoun in lexicon.pronouns else ""


# a word and the spaces after it, right before a cue: one line break at most (a
# hard-wrapped line), no paragraph's.  Searched from the end ((?r)): a forward search
# would retry every letter of the window (the match is the same: it ends at the end,
# and only one start there is preceded by no letter).
_word_before = lazy_pattern(
    r"(?r)(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\Z"
)
_MAX_VERB_GROUP = 5  # words before a cue of its verb group, at most ("could not have been told")
_VERB_GROUP_CHARS = 60  # characters looked back over for them


def verb_group_start(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the cue ``text[start:end]`` starts with the auxiliaries of its verb group
    that stand right before it (:attr:`~Lexicon.cue_auxiliaries`, with words of
    :attr:`~Lexicon.auxiliaries` between them: ``has not said``, ``would have told``,
    ``she’d told``), else ``start``; a source phrase (``is, according to X,``) takes
    none."""
    if not lexicon.cue_auxiliaries:
        return start
    if tuple(text[start:end].casefold().split()) in cue_table(lexicon).source_phrases:
        return start
    first = start
    position = start
    for _ in range(_MAX_VERB_GROUP):
        found = _word_before().search(text, max(0, position - _VERB_GROUP_CHARS), position)
        if found is None:
            break
        word = found.group().rstrip()
        key = word.casefold().replace("’", "'")
        pronoun = contraction_pronoun(word.casefold(), lexicon)  # "She’d"
        if pronoun:
            return found.start() + len(pronoun)  # "she’d told": the clitic, not the pronoun
        if word != word.lower():
            break  # "in May said": a name, no auxiliary
        if key in lexicon.cue_auxiliaries:
            first = found.start()
        elif key not in lexicon.auxiliaries:
            break
        position = found.start()
    return first


def is_joined_infinitive(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is an infinitive with the infinitive particle inside it, after
    a separable particle (German ``anzukündigen``: ``an`` + ``zu`` + ``kündigen``)."""
    particle = lexicon.infinitive_particle
    return (
        bool(particle)
        and word.endswith(lexicon.joined_infinitive_endings)
        and particle in word[2:-4]
    )


_RELAY_REACH = 4  # words between a relay verb and its words noun, at most
_LIGHT_NOUN_WORDS = (
    3  # words from the article after a light verb to its noun ("a very clear message")
)


_P = ParamSpec("_P")
_R = TypeVar("_R")
_Reader = TypeVar("_Reader", bound="TokenReader")


def remembered(
    method: Callable[Concatenate[_Reader, _P], _R],
) -> Callable[Concatenate[_Reader, _P], _R]:
    """A reader's method whose answers the reader keeps by their arguments (given by
    place): a paragraph's tokens never change, and frame readings ask some questions
    again for the same words (the apposition before a cue, the content after it)."""
    name = method.__name__

    @functools.wraps(method)
    def remembering(reader: _Reader, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs:
            return method(reader, *args, **kwargs)
        key = (name, *args)
        if key not in reader.answers:
            reader.answers[key] = method(reader, *args, **kwargs)
        return cast(_R, reader.answers[key])

    return remembering


class TokenReader:
    """Reads the tokens of one paragraph: words, punctuation and the lexicon's word sets."""

    def __init__(self, tokens: Sequence[Token], lexicon: Lexicon) -> None:
        self.t = tokens
        self.lex = lexicon
        # each token's case-folded word, "" for punctuation and quotations (what word()
        # answers), made once: the hottest scans read it by index where the index is a
        # token's, a list read where word() is a call
        self.words = [token.lower if token.kind == "w" else "" for token in tokens]
        self.table = cue_table(lexicon)
        # the answers of the methods that are @remembered, by name and arguments
        self.answers: dict[tuple[object, ...], object] = {}
        self._plain_ends: list[int] | None = None  # (plain_end's, made at its first call)
        self._quotations: list[int] | None = None  # (quotations_in's, likewise)
        self._firsts: dict[str, list[int]] = {}  # (what first_from read, by its test)

    # -- small predicates ---------------------------------------------------------
    def aside_at(self, k: int) -> tuple[int, int] | None:
        """The tokens of the aside phrase (:attr:`~newsstruct.lang.Lexicon.aside_phrases`:
        ``de son côté``, ``z kolei``) that the word at ``k`` belongs to, or ``None``."""
        for words, place in self.table.asides.get(self.words[k], ()):
            start = k - place
            if start >= 0 and tuple(self.words[start : start + len(words)]) == words:
                return (start, start + len(words))
        return None

    def opens_relative(self, k: int) -> bool:
        """Whether token ``k`` is a relative pronoun (not also an article: German
        ``der``), which opens a clause about the noun phrase before it."""
        word = self.word(k)
        return word in self.lex.relative_pronouns and word not in self.lex.determiners

    def is_finite_form(self, word: str) -> bool:
        """Whether a lower-case word reads as a finite verb: a finite auxiliary, a cue
        verb or a regular past form (``bemoaned``)."""
        return (
            word in self.lex.finite_auxiliaries
            or word in self.table.verbs
            or word.endswith(self.lex.past_suffixes)
        )

    def present_after_noun(self, m: int) -> bool:
        """Whether the word at ``m`` ends like a present verb (the plural noun's ending:
        ``sends``, ``makes``), no function word (``across``, ``was``, ``as``), after a
        word that no article is: a verb whose subject ends before it."""
        w = self.word(m)
        before = self.word(m - 1)
        return (
            has_plural_ending(w, self.lex)
            and w not in self.lex.stopwords
            and w not in self.lex.prepositions
            and self.t[m - 1].kind == "w"
            and before not in self.table.articles
        )

    def is_finite_word(self, word: str) -> bool:
        """Whether a lower-case word reads as a finite verb (:meth:`is_finite_form`) or is
        an irregular finite one (:attr:`Lexicon.finite_verbs`)."""
        return self.is_finite_form(word) or word in self.lex.finite_verbs

    def relative_verb_at(self, m: int) -> bool:
        """Whether the word at ``m``, right after a noun's ``that``/``which``, is a finite
        verb and no participle, which opens a relative clause on the noun (``a statement
        that was posted``); never where a subject may be dropped (``uvedl, že požádal``:
        the verb is the content's)."""
        verb = self.word(m)
        return (
            not self.lex.pro_drop
            and self.is_finite_word(verb)
            and not verb.endswith(self.lex.participle_endings)
        )

    def quotations_in(self, lo: int, hi: int) -> list[int]:
        """The indices of the quotation tokens from ``lo`` up to ``hi``."""
        found = self._quotations
        if found is None:
            found = self._quotations = [n for n, token in enumerate(self.t) if token.kind == "q"]
        return found[bisect.bisect_left(found, lo) : bisect.bisect_left(found, hi)]

    def plain_end(self, m: int) -> int:
        """The first token from ``m`` on that is no plain word: punctuation, a quotation or
        a word of :attr:`CueTable.scan_stops` (or the tokens' end).  The long scans of a
        content read past the plain words between, which none of their tests stops at:
        on a run of cues (``said said said …``) each cue's scan read the rest of its
        sentence word by word, a constant of a few hundred tokens a cue."""
        ends = self._plain_ends
        if ends is None:
            # each token's answer, from the last: the one after it where it is plain
            stops, words = self.table.scan_stops, self.words
            ends = [len(words)] * (len(words) + 1)
            end = len(words)
            for n in range(len(words) - 1, -1, -1):
                word = words[n]
                if not word or word in stops:
                    end = n
                ends[n] = end
            self._plain_ends = ends
        return ends[m]

    def first_from(self, name: str, test: Callable[[int], bool], start: int, end: int) -> int:
        """The first token in ``start``..``end`` that passes ``test`` (of the token at an
        index, never of the range), or ``end``.  What the reading finds is kept under
        ``name`` for each token it passed, so that the readings from many places read a
        token once: in a run of cues (``according to according to …``) each cue's would
        read the rest of its sentence, a constant of a few hundred tokens a cue; and the
        tokens no reading reaches are never tested."""
        kept = self._firsts.get(name)
        if kept is None:
            # -1: not read; n >= 0: the first from here on is n; -n - 2: none before n
            kept = self._firsts[name] = [-1] * len(self.t)
        m = start
        found = False
        while m < end:
            known = kept[m]
            if known >= 0:
                m, found = known, True
                break
            if known < -1:
                m = -known - 2  # (none before it)
            elif test(m):
                found = True
                break
            else:
                m += 1
        if found:
            kept[start : m + 1] = [m] * (m + 1 - start)
            return min(m, end)
        if m > start:
            kept[start:m] = [-m - 2] * (m - start)
        return end

    def stops_in(self, lo: int, hi: int) -> Iterator[int]:
        """The tokens in ``lo``..``hi`` that are no plain words (:meth:`plain_end`), in
        order: the marks, quotations and function words a scan for one of them reads."""
        m = lo
        while m < hi:
            m = self.plain_end(m)
            if m >= hi:
                return
            yield m
            m += 1

    def word(self, i: int) -> str:
        """The case-folded word at ``i``; ``""`` for punctuation, a quotation or the end."""
        # (an index past the end is rare: the exception costs nothing until raised, where
        # a length test costs a call each time, and this is asked about twice a token)
        try:
            return self.words[i]
        except IndexError:
            return ""

    def unelided(self, i: int) -> str:
        """The case-folded word at ``i`` without an article or preposition written onto
        it (``l'assessora`` → ``assessora``, ``dell'ente`` → ``ente``; see
        :func:`split_elision`), with straight apostrophes."""
        return split_elision(self.word(i).replace("’", "'"), self.table.elided)[1]

    def elided_name(self, i: int) -> bool:
        """Whether the word at ``i`` is a capitalised word written onto an elided article
        or preposition (``l'Aigua``, ``dell'Istituto``)."""
        article, rest = split_elision(self.t[i].text, self.table.elided)
        return bool(article) and rest[:1].isupper()

    def is_role(self, i: int) -> bool:
        """Whether the word at ``i`` is a role noun, written onto its article or as the
        head of a compound (``l'assessora``, ``Wohnbausprecher``)."""
        word = self.unelided(i)
        return word in self.lex.role_nouns or headed_by(word, self.lex) is not None

    def without_possessive(self, word: str) -> str:
        """``word`` without its possessive ending (``army’s`` → ``army``)."""
        return word[: len(word) - len(possessive_ending(word, self.lex))]

    def opens_reference(self, m: int, hi: int) -> bool:
        """Whether a reference phrase (``з посиланням на``, ``citing``) starts at token
        ``m``: it names the source cited, no addressee's nor speaker's word.  Its first
        word is looked up before any phrase is matched."""
        return self.reference_end(m, hi) is not None

    def source_candidates(self, i: int) -> tuple[tuple[str, ...], ...]:
        """The source phrases that may open at ``i``, the longest first: those of one or
        two words that open with its word, and the longer ones whose second word follows
        it (``nach Angaben von`` before ``Angaben``; :attr:`CueTable.source_by_two`)."""
        first = self.word(i)
        by_two = self.table.source_by_two
        return by_two.get((first, self.word(i + 1))) or by_two.get((first, ""), ())

    def reference_end(self, m: int, hi: int) -> int | None:
        """The end of the reference phrase that starts at token ``m`` (see
        :meth:`opens_reference`), or ``None``."""
        if self.word(m) not in self.table.reference_first:
            return None
        return next(
            (m + len(p) for p in self.table.reference_phrases if match_phrase(self.t, m, hi, p)),
            None,
        )

    def is_attached(self, m: int, start: int, *, touching: bool = True) -> bool:
        """Whether token ``m``, after ``start``, is punctuation that a word carries (the
        dots of ``U.S.``, the hyphen of ``Jo-Ann``, ``&``), written onto the token before
        it unless not ``touching`` is asked."""
        token = self.t[m]
        return (
            m > start
            and token.kind == "p"
            and token.text in ATTACHED
            and (not touching or self.t[m - 1].end == token.start)
        )

    def is_punct(self, i: int, chars: str) -> bool:
        """Whether the token at ``i`` is one of the punctuation marks ``chars`` (not past
        the end: ``i`` may be a unit's end)."""
        try:  # (past the end is rare: see word)
            token = self.t[i]
        except IndexError:
            return False
        return token.kind == "p" and token.text in chars

    def closes_phrase(self, i: int, hi: int) -> bool:
        """Whether the token at ``i`` is the last before ``hi`` or a punctuation mark
        (``said Roe briefly.``, ``deelt de gemeente mee.``)."""
        return i + 1 >= hi or self.t[i + 1].kind == "p"

    def particle_closes(self, i: int, hi: int) -> bool:
        """Whether a verb's particle at ``i`` closes its clause (:meth:`closes_phrase`), or
        only a phrase of the medium of speech follows it (``deelt de gemeente mee in een
        verklaring``)."""
        return self.closes_phrase(i, hi) or (
            bool(self.lex.medium_prepositions)
            and i + 1 < hi
            and self.opens_medium(i + 1, hi)
            and self.closes_phrase(self.medium_end(i + 2, hi) - 1, hi)
        )

    def comma_after(self, k: int, hi: int) -> int | None:
        """The index of the first comma from ``k`` up to ``hi``; ``None`` if there is none."""
        return next((m for m in range(k, hi) if self.is_punct(m, ",")), None)

    def clause_start(self, lo: int, j: int) -> int:
        """The first token after the last comma, semicolon or colon before ``j``, from
        ``lo`` on; ``lo`` if there is none."""
        return next((m + 1 for m in range(j - 1, lo - 1, -1) if self.is_punct(m, ",;:")), lo)

    # -- auxiliaries, adjuncts and noun phrases ------------------------------------------
    def is_noun_word(self, m: int) -> bool:
        """Whether the token at ``m`` is a capitalised word that is no article (``Die``
        opening a sentence): a noun or a name."""
        return (
            self.t[m].kind == "w"
            and self.t[m].is_capitalised
            and self.word(m) not in self.lex.determiners
        )

    def adjectives_close_body(self, k: int, m: int, hi: int) -> bool:
        """Whether the words from ``k`` to ``m`` close their clause and are a body's name
        that the capitalised adjective at ``k`` opens and a lower-case noun of bodies or
        roles ends, after lower-case adjectives (``повідомила Харківська обласна
        прокуратура.``, ``сообщил Самарский городской совет.``); one noun right after the
        capitalised word only where it is a body's (``Харківська прокуратура``), as a
        dative may take an adjective's ending (``сказав Петрові журналіст``); a body's
        noun may have one or two words of its complement after it (``Областная служба
        дорожного надзора.``, ``Krajská správa lesů.``)."""
        if (
            m - k < 2
            or not (m >= hi or self.t[m].kind == "p")
            or not self.t[k].is_capitalised
            or self.word(k) in self.lex.first_names
            or not self.lex.subject_adjective_endings
            or not self.word(k).endswith(self.lex.subject_adjective_endings)
        ):
            return False
        if not all(
            self.lower_word(n) and self.word(n) not in self.lex.prepositions
            for n in range(k + 1, m)
        ):
            return False
        # the head noun after the lower-case adjectives; one or two words after a body's
        # noun are its complement in the genitive ("Федеральная служба безопасности.")
        head = k + 1
        while (
            head < m - 1
            and self.word(head) not in self.table.body_words
            and self.word(head).endswith(self.lex.subject_adjective_endings)
        ):
            head += 1
        noun = self.word(head)
        if head < m - 1:
            return m - 1 - head <= _BODY_COMPLEMENT_WORDS and noun in self.table.body_words
        return noun in self.table.body_words or (head > k + 1 and noun in self.table.np_words)

    def is_structure_word(self, w: str) -> bool:
        """Whether the case-folded word ``w`` builds a phrase or a clause: an article, a
        preposition, a pronoun, a conjunction, a clause word, a cue verb or an auxiliary
        (no word of manner such as ``leise``, ``sichtlich``)."""
        lex = self.lex
        return (
            w in lex.determiners
            or w in lex.prepositions
            or w in lex.pronouns
            or w in lex.conjunctions
            or w in lex.clause_openers
            or w in self.table.verbs
            or w in lex.auxiliaries
        )

    def lower_word(self, m: int) -> bool:
        """Whether the token at ``m`` is a word in lower case."""
        return m < len(self.t) and self.t[m].kind == "w" and not self.t[m].is_capitalised

    def first_non_word(self, lo: int, hi: int) -> int | None:
        """The index of the first token from ``lo`` up to ``hi`` that is no word (a mark,
        a quotation); ``None`` if there is none."""
        return next((n for n in range(lo, hi) if self.t[n].kind != "w"), None)

    def closing_comma(self, lo: int, hi: int, reach: int) -> int | None:
        """The comma that ends the words from ``lo`` on: the first token within
        ``reach`` tokens that is no word, a comma with a token after it before ``hi``
        (``Roe, the harbour master, held``); ``None`` where another mark or a quotation
        comes first, or none within reach."""
        end = self.first_non_word(lo, min(hi, lo + reach))
        if end is None or not self.is_punct(end, ",") or end + 1 >= hi:
            return None
        return end

    def capitalised_start(self, lo: int, end: int) -> int:
        """Where the run of capitalised words that ends before ``end`` starts, not before
        ``lo`` (``end`` where the word before it is none): ``Jan Novák`` of ``řekl ministr
        Jan Novák``."""
        t = self.t
        start = end
        while start > lo and t[start - 1].kind == "w" and t[start - 1].is_capitalised:
            start -= 1
        return start

    def capitalised_end(self, k: int, hi: int) -> int:
        """The token after the run of capitalised words from ``k``, not past ``hi`` (``k``
        where the word at ``k`` is none): ``РИА Новости`` of ``с РИА Новости сказал``."""
        t = self.t
        while k < hi and t[k].kind == "w" and t[k].is_capitalised:
            k += 1
        return k

    def is_past_participle(self, m: int, *, endings: bool) -> bool:
        """Whether the token at ``m`` is a lower-case past participle by
        :func:`~newsstruct.lang.is_participle_form`, with ``endings`` also by
        :attr:`~Lexicon.past_participle_endings`."""
        return self.lower_word(m) and is_participle_form(self.t[m].lower, self.lex, endings=endings)

    def is_elided_dative(self, m: int) -> bool:
        """Whether the word at ``m`` has a dative preposition written onto it (Italian
        ``all'ANSA``: :attr:`Lexicon.dative_prepositions`), whom a speaker spoke to."""
        if not self.lex.dative_prepositions:
            return False
        return split_elision(self.t[m].text, self.table.elided)[0] in self.lex.dative_prepositions

    def is_oblique(self, m: int) -> bool:
        """Whether the word at ``m`` ends in a case of an adjunct or an addressee
        (:attr:`Lexicon.oblique_case_endings`); a capitalised one only in an ending of
        three letters or more."""
        token = self.t[m] if 0 <= m < len(self.t) else None
        return token is not None and token.kind == "w" and is_oblique(token.text, self.lex)

    def is_capitalised_function_word(self, i: int) -> bool:
        """Whether the token at ``i`` is a function word capitalised inside a sentence,
        after a comma, a quotation or a lower-case word: a name (``“Q,” Will wrote``,
        ``“Q,” From said``, ``which Will claims``), no auxiliary nor preposition."""
        token = self.t[i]
        if not (
            i >= 1
            and token.is_capitalised
            and (token.lower in self.lex.auxiliaries or token.lower in self.lex.prepositions)
        ):
            return False
        before = self.t[i - 1]
        return (
            (before.kind == "q" and before.comma)
            or (before.kind == "p" and before.text == ",")
            or (before.kind == "w" and not before.is_capitalised)
        )

    def numeric_date_start(self, j: int, lo: int) -> int | None:
        """Where a date in figures and slashes (``4/3``, ``4/3/2026``) that ends at ``j``
        starts, after a word of time (Vietnamese ``ngày 4/3``, the 4th of March): the
        word's index, which a time between a subject and its cue leaves out; else
        ``None``."""
        m = j
        while m >= lo and (
            (self.t[m].kind == "w" and self.t[m].text.isdigit())
            or (self.is_punct(m, "/") and m > lo and self.t[m - 1].end == self.t[m].start)
        ):
            m -= 1
        if m < lo or not any(self.is_punct(n, "/") for n in range(m + 1, j)):
            return None  # figures alone, or nothing before them
        return m if self.lower_word(m) and self.word(m) in self.lex.time_words else None

    def named_time_word(self, k: int) -> bool:
        """Whether the word of time (or adverb) at ``k`` is a given name's where the
        language's time words serve as names (:attr:`~newsstruct.lang.Lexicon.name_time_words`):
        capitalised right after a capitalised word (``Trần Thị Mai``)."""
        return (
            self.lex.name_time_words
            and k > 0
            and self.t[k].is_capitalised
            and self.t[k - 1].is_capitalised
        )

    def skip_auxiliaries(self, j: int, lo: int) -> int:
        """Move left over auxiliaries and adverbs; return the index of the last token kept."""
        while j >= lo:
            token = self.t[j]
            if self.is_capitalised_function_word(j) or self.named_time_word(j):
                break
            aside = self.aside_at(j) if self.table.asides else None
            if aside is not None and aside[0] > lo:
                j = aside[0] - 1  # "Jo Roe z kolei podkreśliła": the aside, then the subject
                continue
            dated = self.numeric_date_start(j, lo)
            if dated is not None:
                j = dated - 1  # "Ông Hùng ngày 4/3 cho biết": the day's date, then its word
                continue
            if self.lex.oblique_case_endings and self.is_oblique(j):
                # "az MTI-nek elmondta", "a Napló Hírlapnak nyilatkozta": an addressee
                j -= 1
                while (
                    j > lo and self.t[j].is_capitalised and self.word(j - 1) in self.lex.determiners
                ):
                    j -= 1
                if j >= lo and self.word(j) in self.lex.determiners:
                    j -= 1
                continue
            if token.kind == "w" and (
                token.lower in self.lex.auxiliaries
                # two-word adverbs ("только что": "just")
                or (j - 1 >= lo and f"{self.word(j - 1)} {token.lower}" in self.lex.auxiliaries)
                # "are increasingly admitting", "she bluntly denied": an adverb
                or (
                    j - 1 >= lo
                    and self.has_adverb_ending(token.lower)
                    and not token.is_capitalised
                    and (
                        self.word(j - 1) in self.lex.auxiliaries
                        or self.word(j - 1) in self.lex.pronouns
                        # "…, alternately shouting “Q”": before a participle after a comma
                        or (
                            self.is_punct(j - 1, ",")
                            and self.word(j + 1).endswith(self.lex.participle_endings)
                        )
                    )
                )
                # "…, but now said C": a sentence adverb after the conjunction
                or (
                    token.lower in self.lex.sentence_adverbs
                    and j - 1 >= lo
                    and self.word(j - 1) in self.lex.conjunctions
                )
                # "continues to insist", "was quick to add": a verb or adjective that
                # shares its subject with the cue's infinitive
                or (
                    token.lower in self.lex.infinitive_markers
                    and j - 1 >= lo
                    and self.t[j - 1].lower in self.lex.catenatives
                )
                or (
                    token.lower in self.lex.catenatives
                    and (
                        self.word(j + 1) in self.lex.infinitive_markers
                        # "appeared more likely to say": the adjective's verb
                        or self.word(j + 1) in self.lex.catenatives
                        or self.word(j + 1) in self.lex.degree_adverbs
                        # "began tweeting that C": a past form and the cue's gerund
                        or (
                            (
                                token.lower.endswith(self.lex.past_suffixes)
                                or token.lower in self.lex.finite_verbs
                            )
                            and self.word(j + 1).endswith(self.lex.participle_endings)
                        )
                    )
                )
                or (
                    token.lower in self.lex.degree_adverbs
                    and self.word(j + 1) in self.lex.catenatives
                )
                # free word order: the addressee before the cue ("мне сказала",
                # "„Q“, – žurnalistams sakė X")
                or (
                    self.lex.verbal_cues
                    and (
                        token.lower in self.lex.object_pronouns
                        or (token.lower in self.lex.audience_nouns and not token.is_capitalised)
                    )
                    and token.lower not in self.lex.determiners
                )
            ):
                j -= 1
                continue
            # ", however," and other parenthetical adverbs between commas
            if (
                token.kind == "p"
                and token.text == ","
                and j - 2 >= lo
                and self.word(j - 1) in self.lex.auxiliaries
                and self.is_punct(j - 2, ",")
            ):
                j -= 3
                continue
            break
        return j

    def before_time_phrase(self, j: int, lo: int) -> int:
        """The last token before a phrase of time that ends at ``j`` and needs
        :attr:`Lexicon.time_phrase_words` (``Jo Roe this past week announced``, ``the
        ministry less than two weeks ago said``), where a word or a comma comes before
        it (not a preposition: ``on Friday`` is read with its subject); ``j`` elsewhere.
        A preposition and a determiner before the phrase belong to it (``Officials in the
        past two weeks said``: the token before ``in``)."""
        end = self.word(j)
        if end not in self.lex.time_words and end not in self.lex.time_phrase_ends:
            return j
        m = j - 1
        longer = False
        while m >= lo and self.t[m].kind == "w":
            w = self.t[m].lower
            if w in self.lex.time_phrase_words or w in self.lex.time_phrase_ends:
                longer = True
            elif w not in self.lex.time_words:
                break
            m -= 1
        if (
            not longer
            or m < lo
            or self.word(m) in self.lex.prepositions
            or not (self.t[m].kind == "w" or self.is_punct(m, ","))
        ):
            return j
        if (
            m - 1 > lo
            and self.word(m) in self.lex.determiners
            and self.word(m - 1) in self.lex.prepositions
        ):
            return m - 2
        return m

    def skip_adjuncts(self, k: int, hi: int) -> int:
        """Move right over adverbs, words of time and short prepositional phrases
        (``в понедельник``, ``на брифинге``); return the index of the first token after."""
        start = k
        while k < hi and k - start < ADJUNCT_REACH:
            w = self.word(k)
            if (
                w in self.lex.prepositions
                and k + 1 < hi
                and self.t[k + 1].kind == "w"
                # "informou na segunda-feira a Defesa Civil": an article (Portuguese "a",
                # also "to") before a capitalised word opens the inverted subject
                and not (
                    w in self.lex.dative_prepositions
                    and w in self.lex.determiners
                    and self.t[k + 1].is_capitalised
                )
            ):
                k += 2
            elif w in self.lex.auxiliaries or w in self.lex.time_words:
                k += 1
            elif self.opens_time_adjunct(k):
                k += 1  # "informou esta quinta-feira a Defesa Civil": a determiner of time
            elif (phrase_end := self.time_phrase_end(k, hi)) > k:
                k = phrase_end  # Czech "řekl tento týden při návštěvě X ministr Y"
            elif self.is_punct(k, ",") and (closing := self.time_between_commas(k, hi)):
                k = closing + 1  # Romanian "a declarat, luni, ministrul": the day set off
            else:
                break
        return k

    def time_between_commas(self, k: int, hi: int) -> int:
        """The comma that closes words of time set off by the comma at ``k`` (``, luni,``),
        or 0 where none does."""
        m = k + 1
        while m < hi and m - k <= _TIME_BETWEEN_COMMAS and self.word(m) in self.lex.time_words:
            m += 1
        return m if m > k + 1 and m < hi and self.is_punct(m, ",") else 0

    def adjunct_after_comma(self, j: int, lo: int) -> int | None:
        """The comma before a short adjunct of time or place that ends at ``j`` (``, on
        Friday``, ``, last week``, ``, in a statement``), or ``None``."""
        opens = False
        for p in range(j, max(lo - 1, j - _ADJUNCT_WORDS - 1), -1):
            token = self.t[p]
            w = self.word(p)
            if token.kind == "p" and token.text in ",-–—":
                return p if opens and p < j else None
            if token.kind != "w":
                return None
            if w in self.lex.prepositions or w in self.lex.time_words:
                opens = True
            elif not (
                w in self.lex.determiners or token.is_capitalised or token.text[:1].isdigit()
            ):
                return None
        return None

    def skip_adjunct_phrase(self, j: int, lo: int) -> int:
        """Move left over a short prepositional phrase that stands between a comma, a
        dash, a quotation or a name and the cue (``«…», — с поклоном сказал X``, ``Люди,
        …, в один голос утверждают``, ``X в интервью «МК» сказал``), or over a word in
        marks after a word (``Один из депутатов «по секрету» заявил``); ``j`` when
        there is none."""
        word_in_marks = (
            j - 1 >= lo
            and self.t[j].kind == "q"
            and self.t[j - 1].kind == "w"
            # but "Odpůrci vlády „zneužívají situace,“ řekl X": words that end in a comma
            # inside their marks are the content before an inverted cue, no word in marks
            and not self.t[j].comma
            # but "Раніше «Укрзалізниця» повідомила": a name in marks, the subject
            and not (self.lex.bare_noun_subjects and self.t[j].titled)
            # nor "В эфире «Первого канала» заявил X": an outlet's name, the medium's partner
            and not is_medium_name(self.t, j, self.lex)
        )
        fallback = self.skip_auxiliaries(j - 1, lo) if word_in_marks else j
        for p in range(j, max(lo - 1, j - _ADJUNCT_WORDS), -1):
            w = self.word(p)
            relative = p > lo and self.word(p - 1) in self.lex.prepositions  # "про що"
            if self.t[p].kind == "q":
                continue  # "в интервью «МК»": an outlet's name in marks
            if (
                not w
                # "після" / "после" are conjunctions too ("після того як"), but
                # "X після матчу заявив" is a preposition's phrase ("так что": no noun)
                or (w in self.lex.conjunctions and not self._opens_noun_phrase(p, j))
                or (w in self.lex.complementizers and not relative)
            ):
                return fallback
            if self.t[p].lower in self.lex.prepositions:
                before = p - 1
                while before > lo and self.word(before) in self.lex.auxiliaries:
                    before -= 1  # Slovenian "»Q,« je v ponedeljek dejal X": the clitic first
                if before >= lo and (self.is_punct(before, ",-–—") or self.t[before].kind == "q"):
                    return before
                if (
                    lo < before
                    and p < j
                    and self.t[before].is_capitalised
                    and not self.t[before].text.isupper()
                    # "Глава комитета Госдумы по финансовому рынку Олег Захаров заявил":
                    # a first name after the preposition opens the speaker's name
                    and not any(self.word(m) in self.lex.first_names for m in range(p + 1, j + 1))
                ):
                    return before  # "Пётр Роев в интервью сказал": the name speaks
        return fallback

    def _opens_noun_phrase(self, p: int, j: int) -> bool:
        """Whether the preposition at ``p`` takes the word after it, up to ``j``, as its
        noun (``після матчу``), not a clause word (``так что``)."""
        after = self.word(p + 1) if p < j else ""
        return (
            self.word(p) in self.lex.prepositions
            and bool(after)
            and after not in self.lex.conjunctions
            and after not in self.lex.complementizers
            and after not in self.lex.clause_openers
        )

    def before_auxiliary(self, start: int, end: int) -> int:
        """Where a noun phrase read before its cue ends: before an auxiliary after a
        noun (``Jo Roe had basically said``, ``his lawyers have long argued``), not at
        one after an article (``the first lady``).  In a verb-second language only a
        finite auxiliary with nothing but lower-case words after it ends it (``Der
        Verband hat erst am Montag verlangt``): its adverbs may stand inside a noun
        phrase (``der Minister selbst``), and the subject may follow the auxiliary
        (``Neuerdings hat uns die Firma verraten``)."""
        auxiliaries = self.lex.auxiliaries
        if self.lex.verb_second:
            auxiliaries = self.lex.finite_auxiliaries
            if any(self.t[m].is_capitalised for m in range(start + 1, end)):
                start = max(m for m in range(start, end) if self.t[m].is_capitalised)
        words = self.words
        for m in range(start + 1, end):
            if self.opens_relative(m):
                # "Aides who have often met Roe": the relative clause's auxiliaries and
                # adverbs; but "Aides who have long said C": the cue is the clause's verb
                rest = [words[n] in auxiliaries for n in range(m + 1, end)]
                return m if any(rest) and rest.count(False) <= 1 else end
            if (
                words[m] in auxiliaries
                and words[m] not in self.lex.determiners  # Spanish "la", "su"
                and not self.t[m].is_capitalised
                and self.t[m - 1].kind == "w"
                and self.t[m - 1].lower not in self.lex.determiners
            ):
                return m
        return end

    def without_tail(self, start: int, end: int) -> int:
        """Where a source read before its cue ends without the words between it and the
        cue that name no one: a negated auxiliary (``his aides haven't said``), adverbs
        (``rivals justifiably complained``) or a quantifier after the phrase (``Jo Roe
        and Al Poe all called for``); but not ``the family`` or ``they all``."""
        while end - start > 1:
            word = self.word(end - 1)
            before = self.t[end - 2]
            if (
                self.t[end - 1].is_capitalised
                or before.kind != "w"
                or before.lower in self.lex.determiners
                or before.lower in self.lex.prepositions
            ):
                break
            if not (
                word in self.lex.finite_auxiliaries
                or self.is_adverb(end - 1)
                or (
                    word in self.lex.floating_quantifiers
                    and before.lower not in self.lex.pronouns  # "they all": a description
                )
            ):
                break
            end -= 1
        return end

    def has_adverb_ending(self, word: str) -> bool:
        """Whether a lower-case word ends like an adverb (English ``-ly``: ``bluntly``,
        but also ``family``: :meth:`is_adverb` tells them apart); never in a language
        without adverb endings."""
        return word.endswith(self.lex.adverb_endings)

    def is_adverb(self, m: int) -> bool:
        """Whether token ``m`` is a lower-case word with an adverb's ending, no noun
        (``gingerly``, not ``ally`` or ``family``)."""
        word = self.words[m]
        return (
            self.has_adverb_ending(word)
            and len(word) > self.lex.adverb_lookalike_letters
            and word not in self.table.np_words
            and word not in self.lex.thing_nouns
            and word not in self.lex.adverb_lookalikes
        )

    def text_of(self, span: tuple[int, int]) -> str:
        """The words of a token range, joined by spaces."""
        return " ".join(t.text for t in self.t[span[0] : span[1]])

    def is_outlet(self, span: tuple[int, int]) -> bool:
        """Whether the words of a token range read as an outlet's name
        (:func:`~newsstruct.lang.is_outlet_name`: ``Metro News``, ``ТАСС``)."""
        return is_outlet_name(self.text_of(span), self.lex)

    def is_noun_phrase(self, span: tuple[int, int]) -> bool:
        """Whether tokens read as a noun phrase: a name, a pronoun, a role or a determiner
        (or, in languages without articles, up to three words at the clause start)."""
        if (
            any(
                t.kind == "w"
                and (
                    t.is_capitalised
                    or t.lower in self.table.np_words
                    or t.lower in self.table.body_words  # "ministeerium", "Miškų ministerija"
                    or t.lower.endswith(self.table.body_heads)  # "valtiovarainministeriön"
                    or t.lower in self.lex.quantifiers
                    # Hindi "डॉ. अनिल शर्मा": a title where no capital marks a name
                    or (t.lower in self.lex.titles and not t.text[0].islower())
                    or t.text[0].isdigit()
                    or bool(contraction_pronoun(t.lower, self.lex))  # "while he's said C"
                )
                for t in self.t[span[0] : span[1]]
            )
            # "l'adjointe"; a name written onto its elided article: "l'Ajuntament", "l'Enel"
            or any(
                self.unelided(m) in self.table.np_words or self.elided_name(m) for m in range(*span)
            )
        ):
            return True
        return self.lex.bare_noun_subjects and 0 < span[1] - span[0] <= BARE_NOUN_WORDS

    def after_adjunct(self, k: int, m: int) -> bool:
        """Whether the words from ``k`` to ``m`` are one adjunct of time or place
        (``on Friday``, ``in a statement``, ``last week``, ``for weeks``), no infinitive,
        clause word or ``of`` phrase: a subject at ``m`` then opens the cue's content."""
        first, last = self.word(k), self.word(m - 1)
        return (
            (
                first in self.lex.time_words
                or first in self.lex.prepositions
                or self.time_ago_end(k, m) == m  # "two years ago"
            )
            and (first not in self.lex.phrase_prepositions or last in self.lex.time_phrase_ends)
            and self.t[m - 1].kind == "w"
            and all(self.word(n) not in self.lex.infinitive_markers for n in range(k, m))
            and not any(
                last in words
                for words in (
                    self.lex.prepositions,
                    self.lex.clause_openers,
                    self.lex.question_words,
                    self.lex.conjunctions,
                    self.lex.determiners,
                    self.lex.quantifiers,
                    self.lex.complementizers,
                )
            )
        )

    def is_predicate(self, k: int, hi: int) -> bool:
        """Whether a second predicate of the cue's subject opens at ``k`` (``criticized
        Roe and challenged her``): a lower-case cue verb or past form."""
        if k >= hi or self.t[k].kind != "w" or self.t[k].is_capitalised:
            return False
        w = self.word(k)
        return w in self.table.verbs or w.endswith(self.lex.past_suffixes)

    def list_goes_on(self, first: int, k: int, hi: int) -> bool:
        """Whether the words from ``k``, after a comma, are the further items of a list
        whose first item opens at ``first``: short items without a verb, separated by
        commas, the last joined by a list conjunction (``the budget, the timing and the
        staff``); not an apposition (``Roe, the mayor and a lawyer``)."""
        if not self.lex.list_conjunctions or (
            self.word(k) in self.lex.determiners
            and self.word(first) not in self.lex.determiners
            # "Roe’s tactics, his judgment and his decency": a possessive is a determiner
            and not possessive_ending(self.word(first), self.lex)
        ):
            return False
        words = 0
        for m in range(k, min(hi, k + _LIST_REACH)):
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p" and token.text == ",":
                if words == 0:
                    return False
                words = 0
                continue
            if token.kind != "w":
                return False
            if w in self.lex.list_conjunctions:
                return words > 0 or self.is_punct(m - 1, ",")
            if (
                self.is_finite_form(w)
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                or w in self.lex.relative_pronouns
                or w in self.lex.conjunctions
                or (words == 0 and w.endswith(self.lex.participle_endings))
                or words >= LIST_ITEM_WORDS
            ):
                return False
            words += 1
        return False

    def object_end(self, k: int, hi: int, subject: bool = False) -> int:
        """The end of a noun-phrase content from ``k``: before an adjunct of the cue's
        clause (``at a rally``, ``during the debate``, ``on Monday``, ``this week``), a
        second predicate (``and challenged her``) or a comma (``…, calling it``),
        unless a clause of its own (``that``) comes first; a quotation in the noun
        phrase is part of it (``called it “a trap” at a rally``: ``it “a trap”``).
        A comma that opens an apposition before the object's complement does not end
        it (``cited Roe, an heir, as someone who``: :meth:`apposition_before_complement`),
        and after a relative pronoun the adjuncts of a cue (a date, a platform, a means:
        :meth:`opens_cue_adjunct`) are the relative clause's own and do not end it.
        In a ``subject`` (``his attacks on Roe have hurt him``) it ends before a finite
        auxiliary too."""
        if self.ends_in_comma_before_verb(k, hi):
            return k + 1  # "Roe, citing “the size of the port,” said C"
        relative = False  # a relative clause in the phrase has adjuncts of its own
        # a main clause's cue ends the phrase only where a relative clause holds it (once
        # for the phrase: main_cue_after_object asks it of every word)
        main_cue = self.after_relative(k)
        # (outside a subject and a main clause's cue, only a word of scan_stops or a mark
        # ends the phrase or changes its reading: the plain words between are read past)
        plain = not subject and not main_cue
        skip_to = k
        words = self.words
        m = k
        while True:
            if plain and m < hi:
                m = self.plain_end(m + 1)
            else:
                m += 1
            if m >= hi:
                break
            if m <= skip_to:
                continue
            token = self.t[m]
            w = words[m]
            if w in self.lex.complementizers:
                return hi
            if token.kind == "q":
                if self.ends_in_comma_before_verb(m, hi):
                    return m + 1
                continue  # a quotation does not end the phrase, nor run it to ``hi``
            if token.kind != "w":
                if (
                    token.kind == "p"
                    and token.text in ",;"
                    and self.word(m + 1) not in self.lex.example_openers
                    and not (token.text == "," and self.list_goes_on(k, m + 1, hi))
                ):
                    # "criticized the plan, calling it …"; but "…, including X", "the
                    # plan, the budget and the timing"
                    closing = self.region_after_place(m, hi)
                    if closing is None:
                        closing = self.apposition_before_complement(m, hi)
                    if closing is None:
                        return m
                    skip_to = closing  # "cited Roe, an heir, as someone who …"
                continue
            relative = relative or w in self.lex.relative_pronouns
            if (
                w in self.lex.object_adjuncts
                or (w in self.lex.medium_prepositions and self.opens_medium(m, hi))
                or (subject and w in self.lex.finite_auxiliaries)
                # "his criticism of the plan angered residents": the sentence's verb
                or (subject and self.verb_after_noun(m, hi))
                or (main_cue and self.main_cue_after_object(m, hi))
                or (w in self.lex.conjunctions and self.is_predicate(m + 1, hi))
                or (w in self.table.time_openers and self.opens_time_adjunct(m))
                or (not relative and self.opens_cue_adjunct(m))
            ):
                return m
        return hi

    def ends_in_comma_before_verb(self, m: int, hi: int) -> bool:
        """Whether the quotation at ``m`` ends in a comma inside its marks and a cue verb
        or a finite auxiliary follows it: the comma closes an aside before the
        sentence's verb (``Roe, citing “the size of the port,” said C``), and the phrase
        ends with the quotation; not where the verb is followed by a passive agent's
        preposition (``called it “a mistake,” made by …``: a participle; no other test
        of a participle is made, so ``“a mistake,” made in haste`` still ends here)."""
        if not (self.t[m].kind == "q" and self.t[m].comma and m + 1 < hi):
            return False
        w = self.words[m + 1]
        return (w in self.table.verbs or w in self.lex.finite_auxiliaries) and self.word(
            m + 2
        ) not in self.lex.passive_agent_prepositions

    def opens_time_adjunct(self, m: int) -> bool:
        """Whether an adjunct of time opens at ``m``: a word of time (``Monday``,
        ``later``) or a preposition or determiner before one (``on Monday``, ``this
        week``): :func:`~newsstruct.lang.opens_time_phrase`."""
        return opens_time_phrase(self.word(m), self.word(m + 1), self.lex)

    def time_adjunct_end(self, m: int, hi: int) -> int:
        """The token after the adjuncts of time that open at ``m``, before ``hi``
        (:meth:`opens_time_adjunct` again and again: ``on Monday``, ``el martes por la
        tarde``), or ``m`` where none does."""
        while m < hi and opens_time_phrase(
            self.word(m), self.word(m + 1) if m + 1 < hi else "", self.lex
        ):
            m += 1
        return m

    def is_article_alone(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` is one determiner that is no pronoun (``an`` of ``in an
        op-ed``): no noun phrase, though :meth:`is_noun_phrase` reads determiners."""
        start, end = span
        return (
            end == start + 1
            and self.word(start) in self.lex.determiners
            and self.word(start) not in self.lex.pronouns
        )

    def is_month(self, m: int) -> bool:
        """Whether the token at ``m`` is a capitalised month's name (``May``, not the
        verb ``may``)."""
        token = self.t[m]
        return token.kind == "w" and token.is_capitalised and token.lower in self.table.month_words

    def region_after_place(self, m: int, hi: int) -> int | None:
        """The comma that closes a region's abbreviation set off by the comma at ``m``
        after a place's name (``criticized Lornport, Ore., harbour officials``, ``a bakery
        in Lornport, Vt., which …``): a capitalised word before the comma, one
        capitalised abbreviation after it (its dots written on, or one full stop that a
        comma follows, which ends no sentence), then the closing comma; else ``None``."""
        if not (
            self.is_punct(m, ",")
            and m > 0
            and self.t[m - 1].kind == "w"
            and self.t[m - 1].is_capitalised
            and m + 2 < hi
            and self.t[m + 1].kind == "w"
            and self.t[m + 1].is_capitalised
            and len(self.t[m + 1].text) <= _REGION_LETTERS
        ):
            return None
        n = m + 2
        if not self.t[m + 1].text.endswith("."):
            if not self.is_punct(n, "."):
                return None
            n += 1
        return n if n < hi and self.is_punct(n, ",") else None

    def apposition_before_complement(self, m: int, hi: int) -> int | None:
        """The comma that closes an apposition opened by the comma at ``m`` inside a
        noun-phrase content, where the object's complement follows it (``cited Roe, an
        heir to the fortune, as someone who …``, ``called for the wage, now $7.25, to be
        raised``): a few words without a verb between the commas, then ``as`` or a
        preposition of content; else ``None``."""
        if not self.is_punct(m, ","):
            return None
        for n in range(m + 1, min(hi, m + 2 + _APPOSITION_WORDS)):
            token = self.t[n]
            if token.kind == "p" and token.text == ",":
                after = self.word(n + 1)
                if n > m + 1 and (
                    after in self.lex.as_words or after in self.lex.content_prepositions
                ):
                    return n
                return None
            if token.kind == "q" or (
                token.kind == "w"
                and (
                    self.is_finite_form(token.lower)
                    or token.lower in self.lex.clause_openers
                    or token.lower in self.lex.relative_pronouns
                    or token.lower in self.lex.conjunctions
                )
            ):
                return None
        return None

    def opens_cue_adjunct(self, m: int) -> bool:
        """Whether the preposition at ``m``, after a noun-phrase content, opens an
        adjunct of the speech act: its date (``in 2011``, ``in December``), its platform
        (``on Facebook``) or its means (``through a spokeswoman``, ``by pointing to the
        vote``)."""
        w = self.word(m)
        if w in self.lex.means_prepositions:
            return True
        if w in self.lex.passive_agent_prepositions and self.is_gerund(m + 1):
            return w in self.lex.prepositions
        return self.opens_date_or_platform(m)

    def opens_date_or_platform(self, m: int) -> bool:
        """Whether the preposition at ``m`` opens a date (``in 2011``, ``in December``) or
        a platform (``on Facebook``): an adjunct of a speech act, not of a clause's verb,
        nor a genitive's noun (``the class of 2014``)."""
        w = self.word(m)
        return (w in self.lex.prepositions and w not in self.lex.genitive_prepositions) and (
            self.names_date(m + 1)
            or (
                m + 1 < len(self.t)
                and self.t[m + 1].is_capitalised
                and self.word(m + 1) in self.lex.platform_words
            )
        )

    def names_date(self, m: int) -> bool:
        """Whether the token at ``m`` names a month (capitalised: ``in December``) or a
        year (``in 2011``)."""
        if m >= len(self.t):
            return False
        token = self.t[m]
        if token.kind != "w":
            return False
        if token.text.isdigit():
            return len(token.text) == _YEAR_DIGITS
        return token.is_capitalised and token.lower in self.table.month_words

    def date_end(self, m: int, hi: int) -> int:
        """The token after a date that opens at ``m``, before ``hi``: a capitalised month's
        name, or its abbreviation and full stop, then the day and an optional year
        (``March 3``, ``Sept. 3``, ``Aug. 30, 2026,`` with the comma that sets the year
        off); ``m`` where none opens there."""
        if m + 1 >= hi or self.t[m].kind != "w" or not self.t[m].is_capitalised:
            return m
        n = m + 1
        if not self.is_month(m):
            clipped = self.t[m].lower
            if not (
                clipped in self.lex.abbreviations
                and is_abbreviation_dot(self.t, n, self.lex)
                and any(
                    form.startswith(clipped) for forms in self.lex.month_names for form in forms
                )
            ):
                return m
            n += 1  # "Sept.": the abbreviation's full stop
        day = self.t[n].text if n < hi and self.t[n].kind == "w" else ""
        if not (day.isdigit() and len(day) <= _DAY_DIGITS):
            return m
        n += 1
        if (
            n + 1 < hi
            and self.is_punct(n, ",")
            and self.t[n + 1].text.isdigit()
            and len(self.t[n + 1].text) == _YEAR_DIGITS
        ):
            n += 2  # "Aug. 30, 2026"
            if n < hi and self.is_punct(n, ","):
                n += 1  # "Aug. 30, 2026, the plan": the comma after the year
        return n

    def is_gerund(self, m: int) -> bool:
        """Whether the word at ``m`` is a lower-case form with a participle ending
        (``pointing``), longer than a function word (``thing``, ``king`` are too short
        to tell)."""
        w = self.word(m)
        return (
            len(w) > _GERUND_LETTERS
            and not self.t[m].is_capitalised
            and w.endswith(self.lex.participle_endings)
        )

    def finite_form_at(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` reads as a finite verb: a finite auxiliary, an
        irregular past or a predicate's form (:meth:`is_predicate`) that is no noun-like
        cue (``claims``, ``protests``)."""
        w = self.word(m)
        return (
            w in self.lex.finite_auxiliaries
            or w in self.lex.finite_verbs
            or (self.is_predicate(m, hi) and w not in self.lex.noun_like_cues)
        )

    def verb_after_noun(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` is a finite verb right after a lower-case word that
        no function word is (``the plan angered``, ``a way to win would``): the verb of
        the clause whose subject ends there, not an adjective (``the rushed plan``) nor
        a verb of the phrase (``and sued``, ``to win``, ``who lost``)."""
        before = self.word(m - 1)
        return (
            bool(before)
            and not self.t[m - 1].is_capitalised
            and before not in self.table.verb_blockers
            and not self.has_adverb_ending(before)
            and self.finite_form_at(m, hi)
        )

    def title_with_dot(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` is a title (:attr:`Lexicon.titles`) with its
        abbreviation's dot after it and a word after that before ``hi`` (``Dr. Jo Roe``)."""
        return m + 2 < hi and self.t[m].lower in self.lex.titles and self.is_punct(m + 1, ".")

    def opens_role_domain(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` is a preposition before one of
        :attr:`Lexicon.role_domain_nouns` (``у справах``): the role's field goes on after
        it (``міністерка у справах ветеранів X``)."""
        return (
            m + 1 < hi
            and self.word(m) in self.lex.prepositions
            and self.word(m + 1) in self.lex.role_domain_nouns
            and not self.t[m + 1].is_capitalised
        )

    def opens_medium(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` is a preposition of the medium of speech before its
        noun (``in a statement``): a noun-phrase content ends before it."""
        return self.word(m) in self.lex.medium_prepositions and self.medium_end(m + 1, hi) > 0

    def medium_after(self, k: int, hi: int) -> int | None:
        """The first token from ``k`` on, before ``hi``, where a phrase of the medium of
        speech opens (:meth:`opens_medium`), or ``None``."""
        words, prepositions = self.words, self.lex.medium_prepositions
        m = k
        while m < hi:
            m = self.plain_end(m)  # (a preposition of the medium is a scan stop)
            if m < hi and words[m] in prepositions and self.opens_medium(m, hi):
                return m
            m += 1
        return None

    def medium_end(self, k: int, hi: int, reach: int = _MEDIUM_WORDS) -> int:
        """Where the few words from ``k`` (``reach`` at most) end that a noun of the
        medium of speech ends, after determiners and modifiers only (``a statement``,
        ``early-morning tweets``, ``his weekly column``; Turkish ``yaptığı açıklamada``,
        in the statement he made); ``0`` where none does."""
        for m in range(k, min(hi, k + reach)):
            if self.t[m].kind != "w":
                return 0
            w = self.word(m)
            if w in self.lex.medium_nouns:
                return m + 1
            if w in self.lex.prepositions or w in self.lex.complementizers:
                return 0
        return 0

    def before_closing_medium(self, i: int, end: int) -> int:
        """Where the clause of the cue at ``i`` that ends at ``end`` ends before a phrase
        of the medium of speech that closes it (Dutch ``C, laat de gemeente weten in een
        verklaring``: the particle before the extraposed phrase), else ``end``."""
        if not self.lex.medium_prepositions:
            return end
        m = self.medium_after(i + 1, end)
        return m if m is not None and m > i + 1 and self.medium_end(m + 1, end) == end else end

    def after_relative(self, k: int) -> bool:
        """Whether a relative pronoun stands among the few words right before ``k``
        (``Voters who praised`` before ``the mayor``)."""
        relatives = self.lex.relative_pronouns
        return any(w in relatives for w in self.words[max(0, k - _ADJUNCT_WORDS) : k])

    def main_cue_after_object(self, m: int, hi: int) -> bool:
        """Whether the word at ``m``, inside a noun-phrase content that follows a relative
        pronoun (:meth:`after_relative`, which the caller asks), is the cue verb of the
        main clause with its own complement clause (``Voters who praised the mayor said
        that C``): the object of the verb in the relative clause ends before it.  After a
        possessive the word is a noun (``criticized the mayor's claim that C``)."""
        w, before = self.words[m], self.words[m - 1]
        if (
            not self.is_predicate(m, hi)
            or possessive_ending(before, self.lex)
            or w not in self.table.verbs
            or w.endswith(self.lex.participle_endings)  # "for reporting that C"
            or w.endswith(self.lex.plural_endings)  # "sparking fears that C": a noun
            or self.t[m - 1].kind != "w"
            # "a report that", "his claim that", "to argue that": no finite verb
            or before in self.table.articles
            or before in self.lex.prepositions
            or before in self.lex.infinitive_markers
        ):
            return False
        n = m + 1
        while n < hi and n - m <= _ADJUNCT_WORDS and self.t[n].kind == "w":
            if self.word(n) in self.lex.complementizers:
                return True
            n += 1
        return False

    def in_subordinate_clause(self, k: int) -> bool:
        """Whether the cue that ends before ``k`` stands in a verb-final clause that a
        clause word other than its subject opens after the last punctuation (``Was er
        dabei denkt,``, ``Wo er davon spricht,``): the clause after its comma is then
        the main clause's, not the cue's complement."""
        m = k - 1
        while m > 0 and self.t[m - 1].kind == "w":
            m -= 1
        first = self.word(m)
        return (
            first in self.lex.clause_openers
            and first not in self.lex.as_words
            and first not in self.lex.complementizers
            and first not in self.lex.relative_pronouns
            # "Was Sie mitteilen,": a subject after the clause word; but in "Wer
            # behauptet, C" the clause word is the subject and C the complement
            and m + 1 < k - 1
            and self.word(m + 1) not in self.table.verbs
            and self.word(m + 1) not in self.lex.auxiliaries
        )

    def _determiner(self, m: int) -> bool:
        """Whether the word at ``m`` (a ``welche``) is a question word's determiner, not a
        relative pronoun: a noun follows (``welche Partei``), where a language writes its
        nouns capitalised; a relative clause goes on with a lower-case word
        (``gemeldet, welches den Tag …``); so does a title in marks (``der „Zeit“``)."""
        nxt = m + 1
        return not self.lex.capitalised_nouns or (
            nxt < len(self.t)
            and (
                (self.t[nxt].kind == "w" and self.t[nxt].is_capitalised)
                or is_titled_quotation(self.t, nxt, self.lex)
            )
        )

    def bracket_end(self, k: int, hi: int) -> int:
        """The token after a short bracket that opens at ``k`` (``(D-Nev.)``, ``on X
        (formerly Twitter)``), else ``k``."""
        if not self.is_punct(k, "("):
            return k
        for m in range(k + 1, min(hi, k + _BRACKET_WORDS)):
            if self.is_punct(m, ")"):
                return m + 1
            if self.t[m].kind == "q":
                break
        return k

    def dash_aside_end(self, k: int, hi: int) -> int:
        """The token after a short aside set off by dashes that opens at ``k``, where a
        complementizer follows it (``said on Monday — a day after the storm — that``), else
        ``k``."""
        if not self.is_punct(k, DASHES):
            return k
        m = self.dash_run_end(k)
        for n in range(m + 2, min(hi, m + 1 + _BRACKET_WORDS)):
            token = self.t[n]
            if token.kind == "q" or (token.kind == "p" and token.text in SENTENCE_STOPS + ";:"):
                return k
            if self.is_punct(n, DASHES):
                after = self.dash_run_end(n) + 1
                return after if self.word(after) in self.lex.complementizers else k
        return k

    def dash_run_end(self, m: int) -> int:
        """The last dash of the run of dashes that opens at the dash ``m`` (``--``)."""
        while self.is_punct(m + 1, DASHES):
            m += 1
        return m

    def infinitive_after_verb(self, m: int) -> bool:
        """Whether the infinitive marker at ``m`` opens the infinitive of the verb before
        it, one that takes one (:attr:`~newsstruct.lang.Lexicon.catenatives`,
        :attr:`~newsstruct.lang.Lexicon.control_cue_verbs`,
        :attr:`~newsstruct.lang.Lexicon.intention_words`): a word in lower case follows,
        no article, pronoun or possessive (``C, Roe continued to work``, not ``C, Roe
        promised to the council``)."""
        before, after = self.word(m - 1), self.word(m + 1)
        lex = self.lex
        return (
            self.word(m) in lex.infinitive_markers
            and (
                before in lex.catenatives
                or before in lex.control_cue_verbs
                or before in lex.intention_words
            )
            and self.lower_word(m + 1)
            and after not in self.table.articles
            and after not in lex.determiners
            and after not in lex.object_pronouns
            and after not in lex.possessive_determiners
        )

    def only_adjuncts(self, k: int, hi: int, dash_ends: bool = False) -> bool:
        """Whether nothing but adjuncts (``in a statement``, ``on Monday``) follow ``k``,
        up to a comma or semicolon (or a dash, with ``dash_ends``) or the end."""
        m = k
        after_preposition = 0
        words = self.words
        while m < hi:
            token = self.t[m]
            w = words[m]
            if token.kind == "p":
                if ends_sentence(self.t, m, self.lex):
                    return True
                if token.text in ",;" or (dash_ends and token.text in DASHES):
                    return True
                m += 1
                continue
            if token.kind == "q":
                # "said on the show “Face the Nation.”": a title after its noun ends the
                # sentence ("accused him of a “flip-flop”" is no adjunct)
                before = words[m - 1] if m > k else ""
                return (
                    (
                        (
                            after_preposition > 0
                            and before not in self.lex.prepositions
                            and before not in self.lex.determiners
                        )
                        # "sagte X am Montag der „Zeit“.": the paper in marks spoken to
                        or (m > k and is_titled_quotation(self.t, m, self.lex))
                    )
                    and all(t.kind == "p" for t in self.t[m + 1 : hi])
                )
            dative = self.is_elided_dative(m)  # "ha detto all'ANSA"
            closing_time = self.closing_time_phrase(m, hi)
            if closing_time > m and not (
                # "of the last seven years": the numbers of a noun phrase
                m > k
                and (words[m - 1] in self.lex.determiners or words[m - 1] in self.lex.time_words)
            ):
                m = closing_time  # "said ten days ago.": when it was said
                continue
            dated = self.date_end(m, hi)
            if dated > m:
                m = dated  # "said Sept. 3.": the date it was said
                continue
            if not (
                w in self.lex.time_words
                or w in self.lex.manner_adverbs
                or w in self.lex.prepositions
                or w in self.lex.determiners
                or token.is_capitalised
                or after_preposition > 0
                or dative
                # "raconte-t-elle simplement.": an adverb that closes the attribution
                or (self.is_adverb(m) and self.closes_phrase(m, hi))
                # "C, deelt de gemeente mee.": a separable cue's particle closes its clause
                or (w in self.lex.verb_particles and self.particle_closes(m, hi))
                # "said to the TV"; "in an exclusive comment to UNN": to a name; "in a
                # video message to the council": to a noun phrase that an article opens
                or (
                    w in self.lex.infinitive_markers
                    and (
                        m == k
                        or (
                            m + 1 < hi
                            and (
                                self.t[m + 1].is_capitalised or words[m + 1] in self.table.articles
                            )
                        )
                    )
                )
            ):
                return False
            if w in self.lex.prepositions or w in self.lex.infinitive_markers:
                after_preposition = _ADJUNCT_NOUNS
            elif dative:
                after_preposition = _ADJUNCT_NOUNS - 1  # "all'ANSA": its noun read
            elif (
                w not in self.lex.possessive_determiners or w in self.lex.object_pronouns
            ) and not (
                token.is_capitalised
                and m > k
                and (self.t[m - 1].is_capitalised or words[m - 1] in self.lex.determiners)
            ):
                # a name after an article is one word: "in the White House briefing"; a
                # possessive is none: "in his nightly video address"
                after_preposition = max(0, after_preposition - 1)
            m += 1
        return True

    def adjuncts_to_relative(self, k: int, hi: int) -> bool:
        """Whether adjuncts from ``k`` (:meth:`only_adjuncts`; none, where the cue phrase
        ends in the noun) end in a noun of the medium (:attr:`Lexicon.medium_nouns`) that a
        relative clause follows: a past participle (``said in a statement posted
        online``), or a verb right after the complementizer or relative pronoun (``said
        in a letter that was sent to staff``). The clause is the noun's, no content of the
        cue; not where a subject may be dropped, so that a verb after the complementizer
        is the content's (``uvedl, že požádal``)."""
        if self.lex.pro_drop:
            return False
        words = self.words
        for m in range(k, min(hi, k + ADJUNCT_REACH)):
            if self.t[m].kind != "w":
                return False
            if words[m - 1] not in self.lex.medium_nouns:
                continue
            if words[m] in self.lex.complementizers or words[m] in self.lex.thing_relatives:
                relative = self.relative_verb_at(m + 1)
            else:
                relative = self.is_past_participle(m, endings=False)
            return relative and self.only_adjuncts(k, m)
        return False

    def time_phrase_end(self, k: int, hi: int) -> int:
        """Where a phrase of time from ``k`` ends that numbers or
        :attr:`Lexicon.time_phrase_words` open and words of
        :attr:`Lexicon.time_phrase_ends` close (``ten days ago``, ``two years``); ``k``
        where none does (``a few of his claims``)."""
        m = k
        words, lex = self.words, self.lex
        while (
            m < hi
            and self.t[m].kind == "w"
            and (words[m] in lex.time_phrase_words or words[m][:1].isdigit())
        ):
            m += 1
        if m == k or m >= hi or words[m] not in lex.time_phrase_ends:
            return k
        while m < hi and words[m] in lex.time_phrase_ends:
            m += 1  # "two years ago"
        return m

    def closing_time_phrase(self, k: int, hi: int) -> int:
        """Where a phrase of time from ``k`` (:meth:`time_phrase_end`) ends right before
        punctuation (``ten days ago.``, ``10 years ago,``); ``k`` where none does."""
        m = self.time_phrase_end(k, hi)
        return m if m >= hi or self.t[m].kind == "p" else k

    def time_ago_end(self, k: int, hi: int) -> int:
        """Where a phrase of time from ``k`` (:meth:`time_phrase_end`) ends that a word
        other than a plural noun closes (``two years ago``, ``a few days ago``, ``weeks
        ago``): an adjunct, not a noun phrase that could be a subject (``two years was
        too long``); ``k`` where none does."""
        m = self.time_phrase_end(k, hi)
        while m < hi and self.words[m] in self.lex.time_phrase_ends:
            m += 1  # "days ago" without a number
        return m if m > k and not is_plural(self.words[m - 1], self.lex) else k

    def dash_comment_after(self, k: int, hi: int) -> bool:
        """Whether the first dash from ``k`` on, before any other punctuation, opens a noun
        phrase of the writer's (``— a blow to commuters``): an article of
        :attr:`~newsstruct.lang.Lexicon.trailing_appositives` right after it."""
        words = self.words  # ("" for a mark: the first not a word, plain words read past)
        m = self.plain_end(k) if k < hi else hi
        while m < hi and words[m]:
            m = self.plain_end(m + 1)
        m = min(m, hi)
        if not self.is_punct(m, DASHES):
            return False
        m = self.dash_run_end(m)
        return m + 1 < hi and self.word(m + 1) in self.lex.trailing_appositives

    def is_fronted_adjunct(self, span: tuple[int, int]) -> bool:
        """Whether words before a comma are a prepositional phrase only (``In a speech
        on Monday``), which opens a clause rather than being said; a preposition that is
        an article too opens a noun phrase (Portuguese ``A inflação vai …``), and a
        finite auxiliary after the phrase makes it an inverted clause's first place
        (``Among the injured is a girl``)."""
        tokens = self.t[span[0] : span[1]]
        return (
            self.word(span[0]) in self.lex.prepositions
            and self.word(span[0]) not in self.lex.determiners
            and len(tokens) <= MAX_SOURCE
            and all(t.kind == "w" or (t.kind == "p" and t.text in ATTACHED) for t in tokens)
            and not self.inverted_after_phrase(span)
        )

    def inverted_after_phrase(self, span: tuple[int, int]) -> bool:
        """Whether a finite auxiliary follows the noun phrase of the preposition that
        opens ``span``, with a word after it and no relative word or subordinator before
        it: the phrase opens an inverted clause (``Among the dead are two children``;
        but not ``In a memo that was leaked``, nor a subordinator's clause: ``After the
        ferry was towed away``)."""
        lex = self.lex
        if self.word(span[0]) in lex.subordinators:
            return False  # "After the ferry was towed away, …": a clause of time
        for m in range(span[0] + 2, span[1] - 1):
            w = self.word(m)
            if w in lex.finite_auxiliaries:
                return True
            if (
                w in lex.relative_pronouns
                or w in lex.complementizers
                or w in lex.subordinators
                or w in lex.clause_openers
            ):
                return False
        return False

    def is_time_phrase(self, span: tuple[int, int]) -> bool:
        """Whether words before a comma are a phrase of time only (``Last week``,
        ``Earlier this month``, ``Two days ago``): words of :attr:`Lexicon.time_words`,
        :attr:`Lexicon.time_phrase_words`, :attr:`Lexicon.time_phrase_ends` and numbers,
        the last a word of time or an end; an adjunct of the clause, nothing said."""
        first, end = span
        lex = self.lex
        if not 0 < end - first <= 4 or (
            self.word(end - 1) not in lex.time_words
            and self.word(end - 1) not in lex.time_phrase_ends
        ):
            return False
        return all(
            self.t[m].kind == "w"
            and (
                self.t[m].lower in lex.time_words
                or self.t[m].lower in lex.time_phrase_words
                or self.t[m].lower in lex.time_phrase_ends
                or self.t[m].text[:1].isdigit()
            )
            for m in range(first, end)
        )

    def is_adjunct_run(self, span: tuple[int, int]) -> bool:
        """Whether words before a comma are a clause's opening adjuncts only, set off by
        commas: a phrase of place or time or a participle's phrase first (``Standing beside
        the mill wheel``), then more of those, a sentence adverb (``however``) or an
        adverbial clause after one (``even as the rain kept falling``): ``On the first day
        of the fair, opened by the mayor``, ``At the harbour gate, however``; nothing
        said."""
        lo, hi = span
        cuts = [m for m in range(lo, hi) if self.is_punct(m, ",")]
        starts, ends = [lo, *(m + 1 for m in cuts)], [*cuts, hi]
        if any(a >= b for a, b in zip(starts, ends, strict=True)):
            return False
        first = (starts[0], ends[0])
        if not (
            self.is_participle_phrase(first, opening=True)
            or (cuts and (self.is_fronted_adjunct(first) or self.is_time_phrase(first)))
        ):
            return False
        for a, b in zip(starts[1:], ends[1:], strict=True):
            m = a
            while m < b and self.word(m) in self.lex.sentence_adverbs:
                m += 1
            piece = (m, b)
            if not (
                m == b
                or self.is_fronted_adjunct(piece)
                or self.is_time_phrase(piece)
                or self.is_participle_phrase(piece, opening=False)
                or self.is_adverbial_clause(piece, after_adverb=m > a)
            ):
                return False
        return True

    def is_participle_phrase(self, span: tuple[int, int], *, opening: bool) -> bool:
        """Whether words before a comma are a participle's phrase only, no cue's: an
        ``-ing`` form first (``Standing beside the mill wheel``), or also a past participle
        where it follows a phrase (``opened by the mayor``), and no finite verb after it
        (``Pruning the trees keeps C`` is a clause)."""
        first, end = span
        w = self.word(first)
        return (
            end - first > 1
            and self.t[first].kind == "w"
            and w not in self.table.verbs
            and w not in self.lex.cue_verbs
            and w not in self.lex.subordinators  # Spanish "cuando": no gerund
            and w not in self.lex.stopwords
            and (
                (len(w) > _GERUND_LETTERS and w.endswith(self.lex.participle_endings))
                or (not opening and self.is_past_participle(first, endings=False))
            )
            and all(
                t.kind == "w" or (t.kind == "p" and t.text in ATTACHED)
                for t in self.t[first + 1 : end]
            )
            and not any(
                self.is_finite_word(self.t[m].lower)
                or (self.lower_word(m) and self.present_after_noun(m))
                for m in range(first + 1, end)
            )
        )

    def is_adverbial_clause(self, span: tuple[int, int], *, after_adverb: bool = False) -> bool:
        """Whether words before a comma are an adverbial clause only (``When the phone
        rings``): a conjunction of :attr:`Lexicon.subordinators` (or, ``after_adverb``,
        an as-word: ``even as the rain fell``), then words without a comma or a quotation
        and no more than one finite verb, so no main clause."""
        tokens = self.t[span[0] + 1 : span[1]]
        first = self.word(span[0])
        return (
            (first in self.lex.subordinators or (after_adverb and first in self.lex.as_words))
            and all(t.kind == "w" or (t.kind == "p" and t.text in ATTACHED) for t in tokens)
            and sum(t.kind == "w" and self.is_finite_form(t.lower) for t in tokens) <= 1
        )

    # -- cues, quotations and clauses ----------------------------------------------------
    def cue_at(self, i: int, hi: int) -> tuple[str, ...] | None:
        """The longest cue of the lexicon that starts at ``i`` (its words), if any."""
        token = self.t[i]
        if token.kind != "w":
            return None
        if token.lower in self.lex.relay_verbs:
            return (token.lower,) if self.relayed_words(i, hi) is not None else None
        if (
            self.lex.quoting_prepositions
            and token.lower in self.lex.quoting_verbs
            and not self.relays_from(i, hi)
        ):
            return None
        if token.lower in self.lex.light_verbs:
            noun = self.light_noun(i, hi)
            if noun is not None:
                return tuple(self.words[i : noun + 1])  # "sent a clear message"
        phrases = self.table.by_first.get(token.lower, ())
        particles = self.table.separable.get(token.lower, _NO_PARTICLES)
        if not phrases and not particles:
            return None
        if (
            token.lower in self.lex.auxiliaries
            and token.lower in self.lex.cue_verbs
            and i + 1 < hi
            and self.cue_at(i + 1, hi) is not None
        ):
            return None  # "hat wiederholt betont": an adverb before the cue
        end = self.clause_end(i, hi) if particles or self.lex.verb_particles else None
        if end is not None:
            end = self.before_closing_medium(i, end)
        last = self.word(end - 1) if end is not None and end - 1 > i else ""
        # Dutch "zei niets te weten": the clause's last word an infinitive, no particle;
        # "zei dat zij het niet wil weten": the last word a subordinate clause's verb
        no_particle = (
            end is not None
            and bool(last)
            and (
                self.word(end - 2) in self.lex.infinitive_markers
                or any(self.word(m) in self.lex.complementizers for m in range(i + 1, end - 1))
            )
        )
        split = self.split_phrase(i, hi, phrases)
        if split is not None:
            return split
        for phrase in phrases:
            if match_phrase(self.t, i, hi, phrase):
                if (
                    len(phrase) == 1
                    and last in self.lex.verb_particles
                    and last not in particles
                    and not no_particle
                ):
                    return None  # "rief Proteste hervor": another verb than "rief"
                if token.lower in self.lex.knowing_verbs and self.tells_ability(i, end):
                    return None
                return phrase
        if self.lex.verb_final and particles:
            # '“Q”라고 거듭 말했다': how it was said between the quotative and its verb
            m = self.after_manner(i + 1, hi)
            if m > i + 1 and self.word(m) in particles:
                return tuple(self.word(n) for n in range(i, m + 1))
        if token.lower in self.lex.cue_auxiliaries:
            # an auxiliary has no particle: French "a aussi déclaré que C" is no "a …
            # déclaré" (the auxiliary and its participle, an adverb between)
            return None
        if last in particles:
            return (token.lower,)  # "schlug dem Rat vor, C": the particle closes the clause
        if particles and self.particle_before_complementizer(i, end or hi, particles):
            return (token.lower,)  # Dutch "maakte maandag bekend dat C"
        return None

    def split_phrase(
        self, i: int, hi: int, phrases: Sequence[tuple[str, ...]]
    ) -> tuple[str, ...] | None:
        """A cue phrase whose verb at ``i`` and preposition stand apart by one word of
        time (``called Wednesday for``, ``warned again of``): its words with that word
        between; else ``None``.  Not where a verb's particle may stand apart from it
        (German ``teilte heute mit``: the cue is ``teilte mit``)."""
        if (
            self.lex.verb_final
            or self.lex.verb_second
            or self.lex.verb_particles
            or i + 2 >= hi
            or self.words[i + 1] not in self.lex.time_words
        ):
            return None
        for phrase in phrases:
            if (
                len(phrase) == 2
                and phrase[1] in self.lex.prepositions
                and match_phrase(self.t, i + 2, hi, phrase[1:])
            ):
                return (phrase[0], self.words[i + 1], phrase[1])
        return None

    def particle_before_complementizer(self, i: int, end: int, particles: frozenset[str]) -> bool:
        """Whether one of the stem's ``particles`` stands right before the first
        complementizer of the clause after ``i`` (Dutch ``kondigde dinsdag aan dat C``,
        where no comma sets the complement off)."""
        for m in range(i + 2, min(end, i + MAX_MIDDLE + 2)):
            token = self.t[m]
            if token.kind != "w":
                return False
            if token.lower in self.lex.complementizers:
                return self.word(m - 1) in particles
        return False

    def is_platform(self, span: tuple[int, int]) -> bool:
        """Whether the words of ``span`` name a social network or messenger alone
        (``Telegram-каналі``, ``соцмережі X``): the channel a speaker posts on, never the
        speaker."""
        return names_platform(
            (
                part
                for token in self.t[span[0] : span[1]]
                if token.kind == "w"
                for part in token.lower.split("-")
            ),
            self.lex,
            self.word(span[0] - 1) if span[0] > 0 else "",
        )

    def light_noun(self, i: int, hi: int) -> int | None:
        """The index of the noun of speech that the light verb at ``i`` takes as its
        object (:attr:`~newsstruct.lang.Lexicon.light_verbs`: ``made the case that C``,
        ``sent a clear message that C``): an article, a few lower-case words, then the
        noun and a complementizer it takes, which opens no relative clause (not ``sent
        a message that was read aloud``); without the article, a light noun only
        (``expressed doubt that C``); ``None`` where there is none."""
        # an article opens the object; a bare one is a light noun, after its modifiers
        # ("expressed doubt that C", "made similarly baseless claims that C")
        first = i + 2 if self.word(i + 1) in self.table.articles else i + 1
        for m in range(first, min(hi, first + _LIGHT_NOUN_WORDS)):
            if self.t[m].kind != "w" or self.t[m].is_capitalised:
                return None
            noun = self.words[m]
            openers = self.table.speech_nouns.get(noun)
            if first == i + 1 and noun not in self.lex.light_nouns:
                continue  # "sent word that", "made sure that": no noun of speech
            if openers is not None or noun in self.lex.light_nouns:
                that = self.word(m + 1)
                return (
                    m
                    if (openers is None or that in openers)
                    and that in self.lex.complementizers
                    and not self.is_finite_word(self.word(m + 2))
                    else None
                )
        return None

    def relayed_words(self, i: int, hi: int) -> int | None:
        """The index of the words noun that the relay verb at ``i`` takes as its object
        (``приводит пресс-служба слова X``, ``его слова приводит``), within its clause,
        or ``None``: without it the verb is no cue (``привело к пожару``)."""
        for m in range(i + 1, min(hi, i + _RELAY_REACH + 1)):
            if self.t[m].kind != "w":
                break
            if self.t[m].lower in self.lex.words_nouns:
                return m
        for m in range(i - 1, max(-1, i - _RELAY_REACH - 1), -1):
            if self.t[m].kind != "w":
                break
            if self.t[m].lower in self.lex.words_nouns:
                return m
        return None

    def relays_from(self, i: int, hi: int) -> bool:
        """Whether one of :attr:`~newsstruct.lang.Lexicon.quoting_prepositions` follows
        the quoting verb at ``i`` after its subject's few words, no mark between (Arabic
        ``نقلت الوكالة عن الوزير``, relayed from the minister): without it the verb is no
        cue (``نقل المسعفون الجرحى``, the paramedics carried the wounded)."""
        for m in range(i + 1, min(hi, i + BARE_NOUN_WORDS + 2)):
            if self.t[m].kind != "w":
                return False
            if self.t[m].lower in self.lex.quoting_prepositions:
                return True
        return False

    def tells_ability(self, i: int, end: int | None) -> bool:
        """Whether the verb of knowing at ``i`` governs an infinitive, an ability
        (``weiß Lieder zu singen``, ``zu schonen weiß``) and no knowledge of a content."""
        particle = self.lex.infinitive_particle
        return bool(particle) and (
            (end is not None and end - 2 > i and self.word(end - 2) == particle)
            or (i >= 2 and self.word(i - 2) == particle)
        )

    @remembered
    def clause_end(self, i: int, hi: int) -> int | None:
        """The index of the first comma, colon, terminal mark or quotation after ``i``,
        within :data:`MAX_MIDDLE` words; ``None`` if there is none (remembered: a
        separable cue's clause is read by :meth:`cue_at` and again by
        ``FrameReader.closing_particle``)."""
        return next(
            (
                m
                for m in range(i + 1, min(hi, i + MAX_MIDDLE + 2))
                if self.t[m].kind == "q"
                or (self.t[m].kind == "p" and self.t[m].text in _CLAUSE_MARKS)
            ),
            None,
        )

    def is_noun_label(self, i: int, lo: int) -> bool:
        """``Weather forecast: “Q”``, ``Tide table: “Q”``: a word in its bare form, a
        noun-like cue or no cue, before a colon, after one capitalised word that opens
        the sentence and is no plural, role or body: a noun's label for the quotation
        (where nouns are lower-case, a singular subject takes the verb's ending: ``Roe
        forecasts:``)."""
        w = self.word(i)
        before = self.t[i - 1]
        return (
            i - 1 == lo
            and not self.lex.capitalised_nouns
            and (w in self.lex.noun_like_cues or w not in self.table.verbs)
            and not w.endswith((*self.lex.plural_endings, *self.lex.predicate_endings))
            and self.is_punct(i + 1, ":")
            and before.kind == "w"
            and before.is_capitalised
            and not before.lower.endswith(self.lex.plural_endings)
            and before.lower not in self.table.role_words
            and before.lower not in self.table.body_words
        )

    def opens_with_article(self, i: int, lo: int) -> bool:
        """Whether a determiner or a possessor opens the noun phrase that ends with the
        noun at ``i``, past the words that modify it (``a police spokesman``, ``his chief
        adviser``, ``Acme's press officer``)."""
        j = i - 1
        while j >= lo and self.t[j].kind == "w":
            word = self.word(j)
            if word in self.table.articles or word.endswith(self.lex.possessive_endings):
                return True
            if word in self.lex.prepositions:
                return False
            j -= 1
        return False

    def is_noun_use(self, i: int, lo: int) -> bool:
        """``the report``, ``his claims``, ``to say``, ``was told``: no speech act here."""
        if (
            self.lex.verbal_cues
            and self.word(i) in self.lex.noun_like_cues
            and self.word(i + 1) in self.lex.determiners
        ):
            return True  # Hebrew "טענה זו": a demonstrative after its noun
        if i <= lo or self.is_capitalised_function_word(i - 1):
            return False  # "“Q,” From said": a name before the cue
        before = self.words[i - 1]
        if before and before == self.lex.infinitive_particle:
            return False  # German "zu berichten, dass": an infinitive, no noun
        if (
            before in self.lex.infinitive_markers
            and i - 2 >= lo
            and self.words[i - 2] in self.lex.catenatives
        ):
            return False  # "continues to insist": the infinitive of the subject's own cue
        if self.lex.capitalised_nouns and not self.t[i].is_capitalised:
            return False  # German nouns are capitalised: "dabei erfuhr ich" is a verb
        if self.word(i) in self.lex.noun_like_cues and self.word(i + 1) in (
            self.lex.genitive_prepositions
        ):
            return True  # "the farm state of Valmont", "reports of fraud"
        if (
            before in self.lex.role_nouns
            and before not in self.lex.thing_nouns  # "the Roe campaign expects that"
            and is_plural_cue_noun(self.word(i), self.lex)
            and not is_plural(before, self.lex)
            and not self.opens_with_article(i - 1, lo)
        ):
            # "in member states that C": a plural noun after a role noun with no article,
            # which could be no singular subject of a cue ("the member states", "a police
            # spokesman states" can)
            return True
        if (
            not self.lex.capitalised_nouns
            and is_plural_cue_noun(self.word(i), self.lex)
            and self.lower_word(i - 1)
            and before not in self.table.np_words
            # "…, which notes C", "…, that states C": a relative pronoun is the subject
            and before not in self.lex.relative_pronouns
            and before not in self.lex.thing_relatives
            and before not in self.lex.complementizers
            and not is_plural(before, self.lex)
            and (i - 2 < lo or self.t[i - 2].kind == "p")
        ):
            # "C, mass protests in Dover broke out": a bare noun before a plural cue
            # noun modifies it (a singular subject of the verb would take an article)
            return True
        if (
            not self.lex.capitalised_nouns
            and is_plural_cue_noun(self.word(i), self.lex)
            and self.is_punct(i + 1, ",")
            and self.after_bare_modifiers(i, lo)
        ):
            # "Acme, a developer of energy projects, announced C": the bare words after a
            # preposition modify the plural noun that a comma closes (but "the head of
            # security states that C")
            return True
        if before in self.lex.quantifiers or before[:1].isdigit():
            # "many said", "most agreed": the quantifier is the subject; but "four
            # states", "13 reports": a number of things; "at one point to", "in some
            # states": a preposition's object, no subject; "some warning signs": a
            # participle before the plural noun it modifies
            return (
                self.word(i) in self.lex.noun_like_cues
                or (
                    before in self.lex.quantifiers
                    and self.is_bare_form(i)
                    and self.word(i) not in self.lex.finite_verbs
                    and self.word(i) not in self.lex.past_cues  # "after half said so"
                    and i - 2 >= lo
                    and self.words[i - 2] in self.lex.prepositions
                    and self.words[i - 2] not in self.lex.genitive_prepositions
                    # "about half say", "one in five say": an amount is the subject
                    and self.approximator_end(i - 2, i) == i - 2
                    and not (i - 3 >= lo and self.is_amount(i - 3, i))
                )
                or (
                    self.word(i).endswith(self.lex.participle_endings)
                    and self.lower_word(i + 1)
                    and is_plural(self.words[i + 1], self.lex)
                    and self.words[i + 1] not in self.table.np_words
                    and self.words[i + 1] not in self.table.verbs
                )
            )
        if (
            i - 2 >= lo
            and self.words[i - 2][:1].isdigit()
            and self.lower_word(i - 1)
            and self.word(i) in self.lex.noun_like_cues
        ):
            return True  # "0.3 percentage points to": a number of things, its unit between
        if self.is_modified_noun(i, lo):
            return True
        if self.lex.verbal_cues:
            return self.word(i) in self.lex.noun_like_cues and (
                before in self.lex.passive_auxiliaries
                # "זו טענה", "פרסם כתבה": after a demonstrative, or a verb's object
                or before in self.lex.determiners
                or before in self.lex.cue_verbs
            )
        return (
            (before in self.lex.determiners and not self.is_verb_after_object(i))
            # (but a postposition closes the phrase before a verb: Hindi "मंगलवार को कहा",
            # said on Tuesday)
            or (
                before in self.lex.prepositions
                and not self.lex.postpositional
                and not self.is_verb_after_particle(i)
            )
            or before in self.lex.infinitive_markers
            or (
                before.endswith(self.lex.possessive_endings)
                and not self.is_contraction(i - 1)  # "she's saying": "she is"
                and not self.is_verb_after_possessor(i)
            )
            or (
                before in self.lex.passive_auxiliaries
                and self.word(i) in self.lex.noun_like_cues
                and not self.lex.verb_second  # "es wird gemeldet, dass": frame_at decides
                and not self.is_progressive(i)
            )
        )

    def is_bare_form(self, i: int) -> bool:
        """Whether the cue word at ``i`` has none of the language's plural, past or
        participle endings (English ``call``, ``label``: a verb's bare form or a noun)."""
        word = self.words[i]
        return bool(self.lex.plural_endings) and not (
            word.endswith(self.lex.plural_endings)
            or word.endswith(self.lex.past_suffixes)
            or word.endswith(self.lex.participle_endings)
        )

    def is_progressive(self, i: int) -> bool:
        """Whether the cue form at ``i`` is a present participle after a form of ``be``
        (``was briefing reporters that C``): the verb, though the form is a noun too
        (``a briefing``)."""
        return self.word(i - 1) in self.lex.passive_auxiliaries and self.word(i).endswith(
            self.lex.participle_endings
        )

    def is_verb_after_object(self, i: int) -> bool:
        """Whether the cue form at ``i`` after a determiner that is an object pronoun too
        is a verb, ``her`` its object (``those close to her said the …``): a form that is
        no noun (no :attr:`~Lexicon.noun_like_cues`, no ``-ing``) before a clause or the
        sentence's end, not a modifier of a noun (``her repeated comments``, ``her alleged
        ties``, ``her thinking``)."""
        return (
            self.word(i - 1) in self.lex.object_pronouns
            and self._no_noun_form(i)
            and self._clause_follows(i + 1, prepositions=False)
        )

    def is_verb_after_particle(self, i: int) -> bool:
        """Whether the cue form at ``i`` after a preposition is a verb whose subject a
        relative clause ends, the preposition the particle of that clause's verb
        (``Officials whose laws were struck down say the ruling …``, ``Aides who stepped
        down said that …``): a lower-case past form before the particle, and a cue form
        that is no noun before a clause or the sentence's end."""
        if i < 2:
            return False
        verb = self.word(i - 2)
        return (
            not self.t[i - 2].is_capitalised
            and (verb in self.lex.finite_verbs or is_participle_form(verb, self.lex, endings=False))
            and self._no_noun_form(i)
            and self._clause_follows(i + 1, prepositions=False)
        )

    def is_verb_after_possessor(self, i: int) -> bool:
        """Whether the cue form at ``i`` after a capitalised possessive is a verb whose
        subject is the name (``Harbourmart's said on Monday that C``, ``Pierco's says
        C``): a form that is no noun (no :attr:`~Lexicon.noun_like_cues`, no ``-ing``)
        and no past form before a noun (``Roe's stated goal``, ``Roe's repeated
        denials``)."""
        return (
            self.t[i - 1].is_capitalised
            and self._no_noun_form(i)
            and (
                not self.word(i).endswith(self.lex.past_suffixes)
                or self._clause_follows(i + 1, prepositions=True)
            )
        )

    def _no_noun_form(self, i: int) -> bool:
        """Whether the cue form at ``i`` is no noun: none of
        :attr:`~Lexicon.noun_like_cues`, no ``-ing``."""
        word = self.word(i)
        return word not in self.lex.noun_like_cues and not word.endswith(
            self.lex.participle_endings
        )

    def _clause_follows(self, m: int, *, prepositions: bool) -> bool:
        """Whether what opens at ``m`` ends no noun phrase of a modifier before it: the
        sentence's end, punctuation, a determiner, a complementizer, a subject pronoun,
        or with ``prepositions`` a preposition (``said on Monday``)."""
        following = self.word(m)
        return (
            m >= len(self.t)
            or self.t[m].kind != "w"
            or following in self.lex.determiners
            or following in self.lex.complementizers
            or (prepositions and following in self.lex.prepositions)
            or self.is_subject_pronoun(m)
        )

    def after_bare_modifiers(self, i: int, lo: int) -> bool:
        """Whether one to :data:`_BARE_MODIFIERS` lower-case words, neither plural nor
        of a noun phrase's frame (:attr:`Table.np_words`), stand between a preposition
        and ``i`` (``of renewable energy``): a noun's modifiers, no subject."""
        m = i - 1
        while m >= lo and i - m <= _BARE_MODIFIERS + 1 and self.lower_word(m):
            word = self.words[m]
            if word in self.lex.prepositions:
                return m < i - 1
            if word in self.table.np_words or is_plural(word, self.lex):
                return False
            m -= 1
        return False

    def is_modified_noun(self, i: int, lo: int) -> bool:
        """Whether the cue form at ``i`` ends a noun phrase after an article and a
        modifier (``in Ohio, a swing state, on Monday``, ``over the same dispute``): a
        bare form, neither plural nor past, that agrees with no singular subject before
        it (not ``the aides state``), before punctuation or the text's end (a complement
        after it, ``a firm promise to``, ``a sharp comment that``, makes it a cue of its
        own); after a singular determiner before any word but a complement (``a similar
        dispute lasted``: no verb agrees with ``a``; but ``a third say C``)."""
        word = self.word(i)
        modifier = self.t[i - 1]
        return (
            i - 2 >= lo
            and (
                i + 1 == len(self.t)
                or self.t[i + 1].kind == "p"
                # "has the final say on whether C": a preposition after the noun
                or self.words[i + 1] in self.lex.prepositions
                or (
                    self.words[i - 2] in self.lex.singular_determiners
                    and self.t[i + 1].kind == "w"
                    and self.words[i + 1] not in self.lex.complementizers
                    and self.words[i + 1] not in self.lex.infinitive_markers
                    and word in self.lex.bare_cues  # "a spokesman felt C": a past
                    and modifier.lower not in self.lex.share_nouns  # "a third say C"
                )
            )
            and (word in self.lex.noun_like_cues or word in self.lex.bare_cues)
            and bool(self.lex.plural_endings)
            and not word.endswith(self.lex.plural_endings)
            and not word.endswith(self.lex.past_suffixes)
            and self.word(i - 2) in self.lex.determiners
            and modifier.kind == "w"
            and not modifier.is_capitalised
            and not is_plural(modifier.lower, self.lex)
            and not self.is_adverb(i - 1)
            and modifier.lower not in self.lex.auxiliaries
            and modifier.lower not in self.table.verbs
        )

    def is_amount(self, i: int, hi: int) -> bool:
        """Whether a number opens at ``i`` (``40``, ``$5``, ``half``, ``two``)."""
        if i >= hi:
            return False
        return (
            self.t[i].text[:1].isdigit()
            or self.opens_sum(i, hi)
            or self.word(i) in self.lex.quantifiers
        )

    def after_manner(self, m: int, hi: int) -> int:
        """The first index from ``m`` (before ``hi``) past the manner adverbs there
        (``거듭``: how it was said) and the words of time (``12일``: when); ``m`` where
        none stands."""
        while m < hi and (
            self.word(m) in self.lex.manner_adverbs or self.word(m) in self.lex.time_words
        ):
            m += 1
        return m

    def before_manner(self, lo: int, stop: int) -> int:
        """The index back from ``stop`` (not below ``lo``) before the manner adverbs
        and words of time that end there (``X는 거듭 말했다``, ``C고 12일 밝혔다``);
        ``stop`` where none does."""
        while stop > lo and (
            self.word(stop - 1) in self.lex.manner_adverbs
            or self.word(stop - 1) in self.lex.time_words
        ):
            stop -= 1
        return stop

    def approximator_end(self, i: int, hi: int) -> int:
        """The end of an approximator at ``i`` before a number (``at least 20``, ``more
        than half``: :attr:`~newsstruct.lang.Lexicon.approximators`); else ``i``."""
        if self.word(i) not in self.table.approximator_first:
            return i
        for phrase in self.table.approximators:
            if match_phrase(self.t, i, hi, phrase) and self.is_amount(i + len(phrase), hi):
                return i + len(phrase)
        return i

    def opens_sum(self, i: int, hi: int) -> bool:
        """Whether a sum of money opens at ``i``: a currency sign written onto the number
        after it (``$5``, ``€40``), which opens a clause or a noun phrase as a word does."""
        return (
            i + 1 < hi
            and self.t[i].kind == "p"
            and _CURRENCY.match(self.t[i].text) is not None
            and self.t[i + 1].text[:1].isdigit()
            and self.t[i].end == self.t[i + 1].start
        )

    def is_subject_pronoun(self, i: int) -> bool:
        """Whether the word at ``i`` is a pronoun in the subject case (``he``, ``they``,
        ``who``), after which a word that is also a noun is a verb."""
        w = self.word(i)
        return w in self.lex.pronouns and w not in self.lex.object_pronouns

    def is_lone_subject(self, i: int) -> bool:
        """Whether the word at ``i`` is a personal pronoun in the subject case (``she``,
        ``they``): a whole subject, which no word before it modifies (``in May she
        said``: the adjunct's words and the pronoun)."""
        w = self.word(i)
        return (
            (w in self.lex.person_pronouns or w in self.lex.body_pronouns)
            and self.is_subject_pronoun(i)
            and w not in self.lex.relative_pronouns
            and self.word(i - 1) not in self.lex.conjunctions
        )

    def is_contraction(self, i: int) -> bool:
        """Whether the word at ``i`` is a pronoun with a clitic auxiliary that is
        written like a possessive ending (``she's``, ``it's``)."""
        return bool(contraction_pronoun(self.word(i), self.lex))

    def opens_infinitive(self, k: int, hi: int) -> bool:
        """Whether the word at ``k`` marks an infinitive (``proposed to close C``): a
        marker that is also a preposition is one only before a word that opens no noun
        phrase: a determiner, a pronoun or a capitalised word leads to an addressee
        (``proposed to the council that C``, ``claim to the island``)."""
        if k >= hi or self.word(k) not in self.lex.infinitive_markers:
            return False
        if self.word(k) not in self.lex.infinitive_prepositions:
            return True
        following = self.t[k + 1] if k + 1 < hi else None
        if following is None or following.kind != "w":
            return following is not None  # "pledged to “do whatever it takes”"
        return (
            not following.is_capitalised
            and following.lower not in self.lex.determiners
            and following.lower not in self.lex.possessive_determiners
            and following.lower not in self.lex.pronouns
            and following.lower not in self.lex.object_pronouns
        )

    def has_clear_clause(self, k: int, hi: int) -> bool:
        """After a cue that is also a noun (``states``, ``notes``): ``that``, a colon or a
        quotation, or a subject pronoun (with its clitic auxiliary too), must follow."""
        control = self.word(k - 1) in self.table.control_verbs
        start = k
        while (
            k < hi
            and k - start < BARE_NOUN_WORDS
            and (
                self.word(k) in self.lex.time_words
                or self.word(k) in self.lex.prepositions
                or self.word(k) in self.lex.audience_nouns
                or self.word(k) in self.lex.object_pronouns  # "przekazał nam, że"
                or self.t[k].is_capitalised
                # "Heute sagen die Experten: …": where nouns are capitalised, the article
                # of an inverted subject
                or (self.lex.capitalised_nouns and self.word(k) in self.lex.determiners)
            )
        ):
            k += 1  # "pledged Saturday to …", "pledged on Friday to …", "przekazał mediom, że"
        if self.lex.capitalised_nouns and k > start:
            k = self.bracket_end(k, hi)  # "sagen die Experten (Lornport): …"
        if k >= hi:
            return False
        token = self.t[k]
        w = self.word(k)
        nxt = self.word(k + 1) if k + 1 < hi else ""
        return (
            token.kind == "q"
            or (token.kind == "p" and token.text in ":,")
            or (
                # "states that have voted": a relative clause of the noun
                w in self.lex.complementizers
                and nxt not in self.lex.finite_auxiliaries
                and not nxt.endswith(self.lex.past_suffixes)
            )
            or self.is_subject_pronoun(k)
            or self.is_contraction(k)  # "claims he's worth more"
            or (control and self.opens_infinitive(k, hi))  # "pledged to …", not "pledged delegates"
        )

    def holds_correlative(self, span: tuple[int, int]) -> bool:
        """Whether a token range holds the first part of a paired conjunction (``not
        only``): the C2 of ``C1, X said, but also C2`` goes on with it."""
        return any(
            match_phrase(self.t, m, span[1], p)
            for m in range(*span)
            if self.word(m) in self.table.correlative_first
            for p in self.table.correlatives
        )

    def quotes_in(self, span: tuple[int, int]) -> bool:
        """Whether a token range holds a quotation."""
        return any(t.kind == "q" for t in self.t[span[0] : span[1]])

    def words_in(self, span: tuple[int, int]) -> int:
        """The number of words in a token range."""
        return sum(1 for t in self.t[span[0] : span[1]] if t.kind == "w")
