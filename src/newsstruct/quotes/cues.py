"""Cue frames: a speech cue with its source and its content, found in one paragraph.

A frame is one attribution: ``Rutte noted that C`` (source, cue, content after),
``“Q,” the official said`` and ``C, said Smith`` (content before), ``According to X, C``,
``X said:`` before a quotation, ``…, saying that C`` (the source is the sentence's
subject) and ``This was announced by X`` after the sentence it attributes.  The
paragraph is read as tokens in which every quotation is one token, so the same frames
serve direct, reported and mixed quotes; :mod:`newsstruct.quotes.assemble` decides which.

The frames are built from the lexicon's word lists only: cue verbs in all their forms,
auxiliaries, determiners, pronouns, prepositions and clause openers.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from newsstruct.lang import Lexicon, is_outlet_name
from newsstruct.quotes.tokens import Token, is_abbreviation_dot, units

__all__ = [
    "CueTable",
    "Frame",
    "attribution_in",
    "cue_table",
    "find_frames",
    "signature_after",
    "signature_before",
    "subjunctive_by_ending",
]

_TERMINAL = frozenset(".!?…")
_DASHES = "-–—―"
_ATTACHED = frozenset(".-’'&%")
_MAX_SOURCE = 10
_MAX_ACCORDING = 30
_MAX_APPOSITION = 25
_BARE_NOUN_WORDS = 3
_MAX_TAIL = 12
_MAX_TAIL_NAME = 6
_ADJUNCT_REACH = 14
_MIN_CONTENT_WORDS = 2
_MAX_MIDDLE = 8  # words between a cue and the comma before its complement clause
_MAX_PIECE = 15  # words of a complement clause read for its mood
_INFINITIVE_REACH = 3  # "… verkaufen zu können": the particle among the last words
_COLON_REACH = 3
_PHRASE_AND_SUBJECT = 3
_ADJUNCT_WORDS = 7
_ADDRESSEE_WORDS = 2  # "сказал Петров журналистам ТАСС": the words after a source
_CONTROL_REACH = 5  # words between a control cue and its infinitive ("призвал X Y сделать")
_FREE_REACH = 8  # words between an anaphor ("об этом") and its cue verb
_MIN_CLAUSE_WORDS = 4
_DESCRIPTION_WORDS = 6  # lower-case words of a description after its article
_MIN_NAMING_WORDS = 3
_MAX_SIGNATURE = 30  # tokens between a quotation and the cue of its signature
_ADJUNCT_NOUNS = 3  # lower-case words of a noun phrase after a preposition (names are free)
_NOUN_MODIFIERS = 3  # adjectives between a possessor and its noun of speech ("his stern warning")


@attrs.frozen
class Frame:
    """One attribution found in a paragraph.

    ``content`` is a token range ``(first, end)`` into the paragraph's tokens, or
    ``None`` when the cue introduces what follows it (``form == "colon"``) or when the
    frame only names a source.  ``source`` is a token range too.
    """

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    form: str
    unit: int
    inherits: bool = False  # the source is the previous frame's (``…, but added that``)
    extra: tuple[int, int] | None = None  # ``C1, X said, C2``: C2, a second fragment


@attrs.frozen
class CueTable:
    """The lexicon's cues arranged for matching token by token."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]
    verbs: frozenset[str]
    object_verbs: frozenset[str]
    control_verbs: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    anaphoric: tuple[tuple[str, ...], ...]
    anaphoric_first: frozenset[str]
    anaphors: tuple[tuple[str, ...], ...]
    possessives: frozenset[str]  # "его" of "по его словам"
    naming: frozenset[str]
    speech_nouns: dict[str, frozenset[str]]  # noun -> the words that open its complement
    np_words: frozenset[str]
    bare_pronouns: frozenset[str]  # pronouns that are no determiners: they take no modifier
    role_words: frozenset[str]  # role nouns and titles
    triggers: frozenset[str]  # the first words of every cue: only they start a frame
    tail_verbs: frozenset[str]  # cue and attribution verbs that can close a sentence
    reminder_words: frozenset[str]  # words of the background markers ("remind", "recall")
    marker_verbs: frozenset[str]  # cue verbs that are a background marker ("Напомню")


@functools.lru_cache(maxsize=64)
def cue_table(lexicon: Lexicon) -> CueTable:
    """Arrange a lexicon's cues for matching (computed once per lexicon)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    entries = [tuple(p.casefold().split()) for p in lexicon.cue_phrases]
    entries += [(v,) for v in lexicon.cue_verbs]
    for entry in entries:
        by_first.setdefault(entry[0], []).append(entry)
    source_phrases = tuple(tuple(p.casefold().split()) for p in lexicon.source_phrases)
    anaphoric = tuple(
        sorted((tuple(p.casefold().split()) for p in lexicon.anaphoric_cues), key=len, reverse=True)
    )
    naming = frozenset(w.casefold() for w in lexicon.naming_cues)
    speech_nouns: dict[str, frozenset[str]] = {}
    for noun_entry in lexicon.speech_nouns:
        nouns, _, openers = noun_entry.casefold().partition(":")
        for noun in nouns.split():
            speech_nouns[noun] = frozenset(openers.split())
    return CueTable(
        by_first={k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()},
        verbs=lexicon.cue_verbs,
        object_verbs=lexicon.object_cue_verbs,
        control_verbs=lexicon.control_cue_verbs,
        source_phrases=source_phrases,
        anaphoric=anaphoric,
        anaphoric_first=frozenset(p[0] for p in anaphoric),
        possessives=lexicon.object_pronouns & lexicon.determiners,
        anaphors=tuple(
            sorted((tuple(p.casefold().split()) for p in lexicon.anaphors), key=len, reverse=True)
        ),
        naming=naming,
        speech_nouns=speech_nouns,
        np_words=lexicon.determiners | lexicon.role_nouns | lexicon.pronouns,
        bare_pronouns=lexicon.pronouns - lexicon.determiners,
        role_words=lexicon.role_nouns | lexicon.titles,
        triggers=frozenset(by_first)
        | naming
        | frozenset(speech_nouns)
        | {p[0] for p in source_phrases}
        | (lexicon.clause_nouns if lexicon.verb_second else frozenset()),
        tail_verbs=lexicon.cue_verbs | {v.casefold() for v in lexicon.attribution_verbs},
        reminder_words=frozenset(
            w
            for phrase in lexicon.background_markers + lexicon.background_openers
            for w in phrase.casefold().split()
        )
        & lexicon.cue_verbs,
        marker_verbs=frozenset(m.casefold() for m in lexicon.background_markers)
        & lexicon.cue_verbs,
    )


def subjunctive_by_ending(before: str, token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` after the word ``before`` is a verb in the reported-speech mood
    by its ending: after a third-person subject pronoun (German ``er weise``, ``man
    müsse``), not a past (``er sagte``), an auxiliary or a function word."""
    w = token.lower
    return (
        bool(lexicon.subjunctive_endings)
        and before in lexicon.pronouns
        and before not in lexicon.first_person
        and token.kind == "w"
        and not token.is_capitalised
        and w.endswith(lexicon.subjunctive_endings)
        and not w.endswith(lexicon.indicative_endings)
        and w not in lexicon.auxiliaries
        and w not in lexicon.passive_auxiliaries
        and w not in lexicon.finite_auxiliaries
        and w not in lexicon.determiners
        and w not in lexicon.prepositions
        and w not in lexicon.conjunctions
        and w not in lexicon.pronouns
    )


def _match_phrase(tokens: Sequence[Token], i: int, hi: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > hi:
        return False
    return all(
        tokens[i + n].kind == "w" and tokens[i + n].lower == word for n, word in enumerate(phrase)
    )


class _Reader:
    """Reads the frames of one paragraph; holds the lexicon's word sets."""

    def __init__(self, tokens: Sequence[Token], lexicon: Lexicon) -> None:
        self.t = tokens
        self.lex = lexicon
        self.table = cue_table(lexicon)

    # -- small predicates ---------------------------------------------------------
    def word(self, i: int) -> str:
        if i >= len(self.t):
            return ""
        token = self.t[i]
        return token.lower if token.kind == "w" else ""

    def is_punct(self, i: int, chars: str) -> bool:
        token = self.t[i]
        return token.kind == "p" and token.text in chars

    # -- the source before a cue ----------------------------------------------------
    def skip_auxiliaries(self, j: int, lo: int) -> int:
        """Move left over auxiliaries and adverbs; return the index of the last token kept."""
        while j >= lo:
            token = self.t[j]
            if token.kind == "w" and (
                token.lower in self.lex.auxiliaries
                # two-word adverbs ("только что": "just")
                or (j - 1 >= lo and f"{self.word(j - 1)} {token.lower}" in self.lex.auxiliaries)
                # free word order: the addressee before the cue ("мне сказала")
                or (
                    self.lex.verbal_cues
                    and token.lower in self.lex.object_pronouns
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

    def skip_adjuncts(self, k: int, hi: int) -> int:
        """Move right over adverbs, words of time and short prepositional phrases
        (``в понедельник``, ``на брифинге``); return the index of the first token after."""
        start = k
        while k < hi and k - start < _ADJUNCT_REACH:
            w = self.word(k)
            if w in self.lex.prepositions and k + 1 < hi and self.t[k + 1].kind == "w":
                k += 2
            elif w in self.lex.auxiliaries or w in self.lex.time_words:
                k += 1
            else:
                break
        return k

    def free_anaphoric(
        self, lo: int, hi: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The cue and the source of an anaphoric attribution in free word order at the
        unit's start (see :attr:`~newsstruct.lang.Lexicon.anaphors`): ``Об этом в
        понедельник сообщил X``, ``Об этом министр сообщил``, ``Заявил об этом X``."""
        for anaphor in self.table.anaphors:
            if not _match_phrase(self.t, lo, hi, anaphor):
                continue
            start = lo + len(anaphor)
            for m in range(start, min(hi, start + _FREE_REACH)):
                if self.t[m].kind != "w":
                    break
                verb = self.cue_at(m, hi)
                if verb is None:
                    continue
                end = m + len(verb)
                after = self.source_after(self.skip_adjuncts(end, hi), hi) if end < hi else None
                if after is None and m > start:
                    # "Об этом министр сообщил": the subject before the verb, the verb the cue
                    before = self.source_before(m - 1, start)
                    return ((m, end) if before is not None else (lo, end)), before
                return (lo, end), after
            return None
        verb = self.cue_at(lo, hi)
        if verb is not None:
            m = lo + len(verb)
            for anaphor in self.table.anaphors:
                if _match_phrase(self.t, m, hi, anaphor):
                    end = m + len(anaphor)
                    return (lo, end), self.source_after(self.skip_adjuncts(end, hi), hi)
        return None

    def skip_adjunct_phrase(self, j: int, lo: int) -> int:
        """Move left over a short prepositional phrase that stands between a comma, a
        dash, a quotation or a name and the cue (``«…», — с поклоном сказал X``, ``Люди,
        …, в один голос утверждают``, ``X в интервью «МК» сказал``), or over a word in
        marks after a word (``Один из ректоров «не для записи» заявил``); ``j`` when
        there is none."""
        word_in_marks = j - 1 >= lo and self.t[j].kind == "q" and self.t[j - 1].kind == "w"
        fallback = self.skip_auxiliaries(j - 1, lo) if word_in_marks else j
        for p in range(j, max(lo - 1, j - _ADJUNCT_WORDS), -1):
            w = self.word(p)
            relative = p > lo and self.word(p - 1) in self.lex.prepositions  # "про що"
            if self.t[p].kind == "q":
                continue  # "в интервью «МК»": an outlet's name in marks
            if (
                not w
                or w in self.lex.conjunctions
                or (w in self.lex.complementizers and not relative)
            ):
                return fallback
            if self.t[p].lower in self.lex.prepositions:
                before = p - 1
                if before >= lo and (self.is_punct(before, ",-–—") or self.t[before].kind == "q"):
                    return before
                if (
                    lo < before
                    and p < j
                    and self.t[before].is_capitalised
                    and not self.t[before].text.isupper()
                ):
                    return before  # "Сергей Шойгу в интервью сказал": the name speaks
        return fallback

    def source_before(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token ``j`` (inclusive), read leftwards."""
        end = j + 1
        k = j
        while k >= lo and end - k <= _MAX_SOURCE:
            token = self.t[k]
            if token.kind == "q":
                break
            if token.kind == "p":
                if (
                    token.text in _ATTACHED
                    and k > lo
                    and self.t[k - 1].kind == "w"
                    and (self.t[k - 1].end == token.start)
                ):
                    k -= 1
                    continue
                if token.text == ")":
                    opening = k - 1
                    while opening >= lo and not self.is_punct(opening, "(") and k - opening < 8:
                        opening -= 1
                    if opening >= lo and self.is_punct(opening, "("):
                        k = opening - 1
                        continue
                break
            lower = token.lower
            if (
                lower in self.lex.clause_openers
                or lower in self.lex.complementizers
                or lower in self.lex.conjunctions
                or (k != j and lower in self.table.verbs and not token.is_capitalised)
                or (k != j and lower in self.lex.passive_auxiliaries)
            ):
                break
            k -= 1
        start = k + 1
        while start < end and (
            self.t[start].kind == "p"
            or self.t[start].lower in self.lex.prepositions
            or self.t[start].lower in self.lex.time_words
            or self.t[start].lower in self.lex.auxiliaries
            or self.t[start].lower in self.lex.conjunctions
            or (  # "whom Roe called"; German "der" is an article too
                self.t[start].lower in self.lex.relative_pronouns
                and self.t[start].lower not in self.lex.determiners
                and start + 1 < end
            )
        ):
            start += 1
        # "Gov. Jan Roe on Friday said", "Roe later Thursday said": the time is no source
        timeless = end
        while timeless - start > 1 and self.word(timeless - 1) in self.lex.time_words:
            timeless -= 1
            while timeless - start > 1 and (
                self.word(timeless - 1) in self.lex.time_words
                or self.word(timeless - 1) in self.lex.prepositions
            ):
                timeless -= 1
        if self.is_noun_phrase((start, timeless)):
            end = timeless
        if not self.lex.verb_second:
            end = self.before_auxiliary(start, end)
        if (
            self.lex.bare_noun_subjects
            and k + 1 < start < end
            and self.t[start - 1].lower in self.lex.prepositions
        ):
            # "На встрече министр заявил": the word after a preposition is its
            # object; a subject, if any, is a name or a role noun after it, or the
            # bare noun before the cue after a longer phrase ("В своей пропаганде
            # нацисты подчеркивали"), never the object ("С поклоном сказал")
            start = next(
                (
                    m
                    for m in range(start + 1, end)
                    if self.t[m].is_capitalised or self.t[m].lower in self.table.np_words
                ),
                end - 1 if end - start >= _PHRASE_AND_SUBJECT else end,
            )
        if start >= end or not self.is_noun_phrase((start, end)):
            return None
        if (self.word(start),) in self.table.anaphors and end == start + 1:
            return None  # "Это говорит о том, что …": the pronoun of a fact, no speaker
        return (start, end)

    def before_auxiliary(self, start: int, end: int) -> int:
        """Where a noun phrase read before its cue ends: before an auxiliary after a
        noun (``Jo Roe had basically said``, ``his lawyers have long argued``), not at
        one after an article (``the first lady``)."""
        for m in range(start + 1, end):
            if (
                self.word(m) in self.lex.auxiliaries
                and self.word(m) not in self.lex.determiners  # Spanish "la", "su"
                and not self.t[m].is_capitalised
                and self.t[m - 1].kind == "w"
                and self.t[m - 1].lower not in self.lex.determiners
            ):
                return m
        return end

    def source_after(self, i: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``i``, read rightwards.

        Lower-case words count only after a determiner (``a senior official``); a cue
        verb, a clause word or punctuation other than an abbreviation's ends it.
        """
        while i < hi and self.word(i) in self.lex.auxiliaries:
            i += 1  # "говорит еще один источник"
        if i >= hi or self.word(i) in self.lex.prepositions or self.word(i) in self.lex.time_words:
            return None  # "said at a Washington event": an adjunct, not a speaker
        k = i
        open_phrase = False
        while k < hi and k - i < _MAX_SOURCE:
            token = self.t[k]
            if token.kind == "q":
                break
            if token.kind == "p":
                if token.text in _ATTACHED and k > i and self.t[k - 1].end == token.start:
                    k += 1
                    continue
                break
            w = token.lower
            if k > i and self.word(k - 1) in self.table.bare_pronouns:
                break  # a pronoun takes no modifier: "сказал он журналистам"
            name_goes_on = token.is_capitalised and self.t[k - 1].is_capitalised  # "Ohio State"
            if k > i and (
                w in self.lex.time_words
                or (
                    not name_goes_on
                    and (
                        w in self.lex.clause_openers
                        or w in self.lex.complementizers
                        or w in self.lex.conjunctions
                        or w in self.table.verbs
                        or w in self.lex.auxiliaries
                    )
                )
            ):
                break
            if w in self.lex.prepositions and w not in self.lex.phrase_prepositions:
                break  # "the mayor on Monday", "der Bürgermeister am Montag"
            if w in self.lex.determiners or (
                self.lex.bare_noun_subjects and w in self.table.np_words
            ):
                open_phrase = True  # "a senior official", "předseda fotbalového svazu"
            elif not (
                token.is_capitalised
                or w in self.table.np_words
                or open_phrase
                or (k > i and w in self.lex.phrase_prepositions)
                or (w not in self.lex.prepositions and self.name_follows(k + 1, hi))
            ):
                break
            k += 1
        while k > i and self.t[k - 1].kind == "p":
            k -= 1
        return (i, k) if k > i and self.is_noun_phrase((i, k)) else None

    def name_follows(self, k: int, hi: int) -> bool:
        """Whether a capitalised word comes within two lower-case words (``harbour
        master Ivan Sokil``)."""
        for m in range(k, min(hi, k + 2)):
            token = self.t[m]
            if token.is_capitalised:
                return True
            if token.kind != "w" or token.lower in self.table.verbs:
                return False
        return False

    def text_of(self, span: tuple[int, int]) -> str:
        """The words of a token range, joined by spaces."""
        return " ".join(t.text for t in self.t[span[0] : span[1]])

    def without_channel(self, source: tuple[int, int]) -> tuple[int, int] | None:
        """A source read after a cue, without the adjunct phrase (``отметил в беседе с
        корреспондентом X глава ведомства Y``) or the outlet (``сказал в интервью РБК
        директор фонда X``) that opens it: the speaker is the role noun or the name after
        them, and the outlet is the channel."""
        first, end = source
        if self.word(first) in self.lex.prepositions:
            roles = self.table.role_words
            start = next((m for m in range(first + 2, end) if self.word(m) in roles), None)
            if start is None:
                start = end
                while start > first + 1 and self.t[start - 1].is_capitalised:
                    start -= 1
            if start >= end:
                return None
            first = start
            source = (first, end)
        if end - first < 2 or not is_outlet_name(self.text_of(source), self.lex):
            return source
        if not is_outlet_name(self.t[first].text, self.lex):
            return source
        rest = (first + 1, end)
        if self.is_noun_phrase(rest) and not is_outlet_name(self.text_of(rest), self.lex):
            return rest
        return source

    def ends_attribution(self, k: int, hi: int) -> bool:
        """Whether an inverted attribution may end at ``k``: nothing but adjuncts follow,
        or a new predicate (``říká X a vrací se``), or a bracket (in a verb-second
        language also a dash: ``C1 — glaube ich — C2``)."""
        while k < hi and self.word(k) in self.lex.conjunctions:
            # "said Smith and walked away", "said Smith and Jones."; but in "said the
            # board and the mayor had …" the noun phrases are the subject of a clause
            # (told apart where articles mark noun phrases)
            joined = self.source_after(k + 1, hi) if k + 1 < hi else None
            if joined is None or self.lex.bare_noun_subjects:
                return True
            k = joined[1]
        brackets = "(—–" if self.lex.verb_second else "("
        # "заявила пресс-атташе компании «X».": a name in marks closes the source
        named = (
            self.lex.bare_noun_subjects
            and k < hi
            and self.t[k].kind == "q"
            and self.only_adjuncts(k + 1, hi)
        )
        # "— сказал Петров журналистам.": an addressee after the source, free word order
        m = k
        while (
            self.lex.verbal_cues
            and m < hi
            and m - k < _ADDRESSEE_WORDS
            and self.t[m].kind == "w"
            and not self.t[m].is_capitalised
            and self.word(m) not in self.table.verbs
        ):
            m += 1
        addressed = k < m and (m >= hi or self.only_adjuncts(m, hi))
        return (
            k >= hi or self.only_adjuncts(k, hi) or self.is_punct(k, brackets) or named or addressed
        )

    def inverted_subject(self, source: tuple[int, int], start: int, hi: int) -> bool:
        """In a verb-second language, whether the words after a cue are the subject of
        ``C, sagte er``: they follow the cue directly and end the attribution with the
        unit or a comma; ``C, erklärte aber die Wahl für ungültig`` goes on, with an
        object."""
        if any(self.word(m) in self.lex.conjunctions for m in range(start, source[0])):
            return False
        end = source[1]
        return end >= hi or self.is_punct(end, ",.;:!?—–") or self.only_adjuncts(end, hi)

    def tail_source(self, k: int, hi: int) -> tuple[int, int] | None:
        """The speaker of ``“Q,” said this week in Kabul the UN envoy Jan Roe``: the words
        after the cue up to the end of the attribution, when they hold a name (or, where
        nouns go without articles, are few)."""
        end = k
        while end < hi and end - k < _MAX_TAIL:
            token = self.t[end]
            if token.kind == "q" or (
                token.kind == "p" and token.text in ",;:(" + "".join(_TERMINAL)
            ):
                break
            if token.kind == "w" and token.lower in self.lex.conjunctions:
                break
            end += 1
        if end == k or end - k >= _MAX_TAIL:
            return None
        if not self.lex.bare_noun_subjects and self.word(k) in self.lex.prepositions:
            return None  # "said at a Washington event": an adjunct
        words = [t for t in self.t[k:end] if t.kind == "w"]
        if any(t.is_capitalised for t in words) or (
            self.lex.bare_noun_subjects and len(words) <= _BARE_NOUN_WORDS
        ):
            return (k, end)
        return None

    def is_noun_phrase(self, span: tuple[int, int]) -> bool:
        """Whether tokens read as a noun phrase: a name, a pronoun, a role or a determiner
        (or, in languages without articles, up to three words at the clause start)."""
        if any(
            t.kind == "w"
            and (
                t.is_capitalised
                or t.lower in self.table.np_words
                or t.lower in self.lex.quantifiers
                or t.text[0].isdigit()
            )
            for t in self.t[span[0] : span[1]]
        ):
            return True
        return self.lex.bare_noun_subjects and 0 < span[1] - span[0] <= _BARE_NOUN_WORDS

    def subject_of(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject of the main clause before ``hi`` (for ``…, saying that C``).

        The clause is the last comma-separated piece that opens with a noun phrase and
        goes on past it: in ``Earlier in the day, Trump attacked Clinton, saying``,
        ``Trump``.
        """
        starts = [lo] + [k + 1 for k in range(lo, hi) if self.is_punct(k, ",;")]
        for start in reversed(starts):
            while start < hi and (
                self.t[start].kind == "p" or self.word(start) in self.lex.conjunctions
            ):
                start += 1
            if (
                self.lex.verbal_cues
                and start + 2 < hi
                and self.word(start) in self.lex.prepositions
                and self.t[start + 1].kind == "w"
            ):
                # "В Кремле заявили, отметив": the place speaks; "В понедельник Путин
                # заявил, добавив": the phrase is an adjunct before the subject
                start += 1 if self.t[start + 1].is_capitalised else 2
            if start >= hi or self.word(start) in self.lex.prepositions:
                continue
            k = start
            while k < hi and k - start < _MAX_SOURCE:
                token = self.t[k]
                if token.kind != "w":
                    if token.kind == "p" and token.text in _ATTACHED and k > start:
                        k += 1
                        continue
                    break
                if not (
                    token.is_capitalised
                    or token.lower in self.table.np_words
                    or (k > start and token.lower == "of")
                ):
                    break
                k += 1
            if k == start + 1 and self.word(start) in self.lex.determiners:
                k = self.description_end(k, hi)  # "The retired nurse later sued, saying"
            if start < k < hi and self.t[k].kind == "w" and self.is_noun_phrase((start, k)):
                return (start, k)
        return None

    def coordinated_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject of a cue after the conjunction at ``j`` (``The mayor visited the
        pier and said C``): the sentence's subject, where articles mark noun phrases
        (a clause of its own may come before it); ``None`` elsewhere."""
        if self.lex.bare_noun_subjects or self.lex.verb_second or j - 1 < lo:
            return None
        return self.subject_of(lo, j)

    def description_end(self, k: int, hi: int) -> int:
        """The end of the lower-case words after an article (``the retired nurse``): up
        to a verb, an adverb or a function word; before a preposition, the word just
        read is taken for the verb (``began by``, ``sent an``)."""
        m = k
        while m < hi and m - k < _DESCRIPTION_WORDS and self.t[m].kind == "w":
            w = self.t[m].lower
            if (
                w in self.lex.prepositions and w not in self.lex.phrase_prepositions
            ) or w in self.lex.determiners:
                return m - 1 if m - k >= 2 else m
            if (
                w in self.table.verbs
                or w in self.lex.auxiliaries
                or w in self.lex.time_words
                or w in self.lex.conjunctions
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                or (
                    m > k
                    and bool(self.lex.predicate_endings)
                    and w.endswith(self.lex.predicate_endings)
                )
            ):
                return m
            m += 1
        return m if m - k < _DESCRIPTION_WORDS else k

    # -- the content after a cue ----------------------------------------------------
    def content_after(self, k: int, hi: int, cue_words: tuple[str, ...]) -> tuple[int, int] | None:
        verb = cue_words[0]
        control = verb in self.table.control_verbs or cue_words[-1] in {"on"}
        i = self.addressee_end(k, hi, cue_words)
        if i < hi and (self.word(i) in self.lex.complementizers):
            return self._content_range(i + 1, hi)
        asked = self.question_content(i, hi, verb in self.lex.question_cues)
        if asked is not None:
            return asked
        if (
            (verb in self.lex.object_content_cues or (len(cue_words) > 1 and cue_words[-1] == "to"))
            and i < hi
            and self.t[i].kind == "w"
            and self.word(i) not in self.lex.prepositions
            and self.word(i) not in self.lex.conjunctions
            and self.word(i) not in self.lex.time_words
            and self.word(i) not in self.lex.auxiliaries
        ):
            # "criticized the plan", "rejected the offer at a rally"
            return self._content_range(i, self.object_end(i, hi), min_words=1)
        if i < hi and self.word(i) == "to" and control:
            return self._content_range(i + 1, hi)
        if control and self.lex.infinitive_endings:
            # "призвал стороны не прекращать переговоры": the infinitive after the object
            for m in range(k, min(hi, k + _CONTROL_REACH)):
                if self.t[m].kind != "w" or self.word(m) in self.table.verbs:
                    break
                if self.word(m).endswith(self.lex.infinitive_endings):
                    start = m
                    while start > k and self.word(start - 1) in self.lex.auxiliaries:
                        start -= 1
                    return self._content_range(start, hi)
        # adjuncts before "that": "said in a statement on Monday that" (a verb-second
        # language reads its complements in complement())
        m, after_preposition = i, 0
        while m < hi and m - i < _ADJUNCT_REACH and not self.lex.verb_second:
            token = self.t[m]
            w = self.word(m)
            if w in self.lex.complementizers or (w == "to" and control):
                return self._content_range(m + 1, hi)  # "vowed on Saturday to …"
            if (
                m > i
                and self.lex.zero_complementizer
                and w in self.lex.pronouns
                and w not in self.lex.object_pronouns
                and w not in self.lex.relative_pronouns
                and self.after_adjunct(i, m)
            ):
                return self._content_range(m, hi, min_words=3)  # "said on Friday she would"
            if (
                token.kind == "q"
                and not self.before_complementizer(m + 1, hi)
                and self.word(m + 1) not in self.lex.complementizers
            ) or (token.kind == "p" and token.text != ","):
                # but "заявил «Интерфаксу», что": a channel in marks; "said on “This
                # Week” that": a programme's title
                break
            # "wrote to the senator's office that": "to" and its noun phrase
            opens = w in self.lex.prepositions or (w == "to" and not control)
            if token.kind == "w" and not (
                token.is_capitalised
                or opens
                or w in self.lex.time_words
                or w in self.lex.determiners
                or w in self.lex.pronouns
                or w in self.lex.auxiliaries  # "said bluntly that"
                or after_preposition > 0
                # where content needs its complementizer, the words before it are the
                # cue's objects: "объясняет россиянам, что"
                or not (
                    self.lex.zero_complementizer
                    or w in self.lex.conjunctions
                    or w in self.table.verbs
                )
            ):
                break
            after_preposition = 3 if opens else max(0, after_preposition - 1)
            m += 1
        while i < hi and self.word(i) in self.lex.time_words:
            i += 1  # "said Friday the plan…", "said Friday afternoon, as …"
        if i >= hi:
            return None
        token = self.t[i]
        w = self.word(i)
        if token.kind == "p" and token.text in ":," and i + 1 < hi and self.t[i + 1].kind == "q":
            return self._content_range(i + 1, hi)
        if token.kind == "q":
            return self._content_range(i, hi)
        if w == "to" and control:
            return self._content_range(i + 1, hi)
        if token.kind != "w" or w in self.lex.prepositions or w == "to":
            return None
        if w in self.lex.conditional_openers:
            return self._content_range(i, hi, min_words=3)  # "said if Trump wins, he would"
        if w in self.lex.auxiliaries or w in self.lex.conjunctions or w in self.lex.clause_openers:
            return None
        if self.only_adjuncts(i, hi) or self.lex.verb_second or not self.lex.zero_complementizer:
            # "told The New York Times then."; German content needs a comma; where content
            # needs its complementizer, a noun after the cue is its object ("объясняет
            # неприятие …")
            return None
        # a zero "that": "said he was", "critics say resources could be better spent"
        return self._content_range(i, hi, min_words=3)

    def after_adjunct(self, k: int, m: int) -> bool:
        """Whether the words from ``k`` to ``m`` are one adjunct of time or place
        (``on Friday``, ``in a statement``, ``last week``), no infinitive, clause word
        or ``of`` phrase: a subject at ``m`` then opens the cue's content."""
        first, last = self.word(k), self.word(m - 1)
        return (
            (first in self.lex.time_words or first in self.lex.prepositions)
            and first not in self.lex.phrase_prepositions
            and self.t[m - 1].kind == "w"
            and all(self.word(n) != "to" for n in range(k, m))
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

    def object_end(self, k: int, hi: int, subject: bool = False) -> int:
        """The end of a noun-phrase content from ``k``: before an adjunct of the cue's
        clause (``at a rally``, ``during the debate``, ``on Monday``, ``this week``), a
        second predicate (``and challenged her``) or a comma (``…, calling it``),
        unless a quotation or a clause of its own (``that``) comes first.  In a
        ``subject`` (``his attacks on Roe have hurt him``) it ends before a finite
        auxiliary too."""
        for m in range(k + 1, hi):
            token = self.t[m]
            if token.kind == "q" or self.word(m) in self.lex.complementizers:
                return hi
            if token.kind != "w":
                if token.kind == "p" and token.text in ",;":
                    return m  # "criticized the plan, calling it …"
                continue
            w = self.word(m)
            if (
                w in self.lex.object_adjuncts
                or (subject and w in self.lex.finite_auxiliaries)
                or (w in self.lex.conjunctions and self.is_predicate(m + 1, hi))
                or w in self.lex.time_words
                or (
                    (w in self.lex.prepositions or w in self.lex.determiners)
                    and self.word(m + 1) in self.lex.time_words
                )
            ):
                return m
        return hi

    def colon_after(self, k: int, hi: int) -> int | None:
        """The colon that closes a cue at ``k``, after at most a few words of its own
        (``said:``, ``сказал так:``, ``пишет дальше:``, ``told reporters:``)."""
        m = k
        while m < hi and m - k <= _COLON_REACH:
            token = self.t[m]
            if token.kind == "p" and token.text == ":":
                return m
            if token.kind != "w" or token.lower in self.table.verbs:
                return None
            if token.lower in self.lex.complementizers:
                return None
            m += 1
        return None

    def before_complementizer(self, k: int, hi: int) -> bool:
        """Whether a comma and a complementizer come at ``k`` (``…», что``)."""
        return k + 1 < hi and self.is_punct(k, ",") and self.word(k + 1) in self.lex.complementizers

    def question_content(self, k: int, hi: int, asking: bool) -> tuple[int, int] | None:
        """The embedded question after a cue, past adjuncts (``hasn't said whether C``,
        ``explained how C``): from its question word on; but ``said when asked`` is a
        clause of time.  After a cue of ``asking`` (``asked on Monday if C``), ``if`` and
        what follows ``about`` too."""
        m = k
        while m < hi and m - k < _ADJUNCT_REACH:
            w = self.word(m)
            if asking and w in self.lex.question_words and self.word(m + 1) not in self.table.verbs:
                return self._content_range(m, hi)
            if asking and w in self.lex.conditional_openers:
                return self._content_range(m, hi)
            if asking and w == "about":
                return self._content_range(m + 1, hi, min_words=1)
            if not w or not (
                w in self.lex.prepositions
                or w in self.lex.time_words
                or w in self.lex.determiners
                or self.t[m].is_capitalised
                or (m > k and self.word(m - 1) in self.lex.prepositions)
                or (m > k and self.word(m - 1) in self.lex.determiners)
            ):
                return None
            m += 1
        return None

    def gap_predicate(self, k: int, hi: int) -> tuple[int, int] | None:
        """After ``which X said``: a predicate without its subject (``could help him``,
        ``discriminated against them``), up to the next comma."""
        if k >= hi:
            return None
        w = self.word(k)
        if not (
            (w in self.lex.auxiliaries and w not in self.lex.time_words)
            or (
                w not in self.table.verbs
                and not self.t[k].is_capitalised
                and any(w.endswith(suffix) for suffix in self.lex.past_suffixes)
            )
        ):
            return None
        end = next((m for m in range(k + 1, hi) if self.is_punct(m, ",;")), hi)
        return self._content_range(k, end)

    def opens_clause(self, k: int, hi: int) -> bool:
        """Whether a clause with its own subject starts at ``k``: ``that``, or a subject
        pronoun, an article or a name followed by more words."""
        if k + 1 >= hi:
            return False
        w = self.word(k)
        return (
            w in self.lex.complementizers
            or (w in self.lex.pronouns and w not in self.lex.object_pronouns)
            or (
                w not in self.lex.prepositions
                and w not in self.lex.time_words
                and (w in self.lex.determiners or self.t[k].is_capitalised)
                and self.t[k + 1].kind == "w"
            )
        )

    def addressee_end(self, k: int, hi: int, cue_words: tuple[str, ...]) -> int:
        """The index after the addressee of ``told reporters``, ``urged him``,
        ``called on the President of Ukraine``; ``k`` when the cue takes none."""
        if not (cue_words[0] in self.table.object_verbs or cue_words[-1] == "on") or k >= hi:
            return k
        if self.word(k) in self.lex.object_pronouns:
            following = self.t[k + 1] if k + 1 < hi else None
            if self.word(k) not in self.lex.determiners or not (
                following is not None
                and following.kind == "w"
                and not following.is_capitalised
                and following.lower not in self.lex.determiners
                and following.lower not in self.lex.complementizers
                and following.lower not in self.lex.pronouns
                and following.lower not in self.table.verbs
                and following.lower not in self.lex.auxiliaries
                and following.lower != "to"
            ):
                return k + 1  # "told her that", "told her the plan …"
            m = k + 1  # "told her audience": a possessive opens the addressee
            while m < hi and m - k < _BARE_NOUN_WORDS and self.t[m].kind == "w":
                if self.word(m) in self.lex.complementizers or self.word(m) == "to":
                    break
                m += 1
            return m
        m, open_phrase = k, False
        while m < hi and m - k < _MAX_SOURCE:
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p":
                if token.text in _ATTACHED and m > k and self.t[m - 1].end == token.start:
                    m += 1
                    continue
                break
            if token.kind != "w" or w in self.lex.complementizers or w == "to":
                break
            if w in self.lex.pronouns or w in self.table.verbs or w in self.lex.time_words:
                break
            if w in self.lex.question_words or (
                m > k and w in self.lex.prepositions and w not in self.lex.phrase_prepositions
            ):
                break  # "asked the senator about …", "asked Smith whether …"
            if w in self.lex.determiners:
                open_phrase = True
            elif not (
                token.is_capitalised
                or w in self.table.np_words
                or open_phrase
                or (m > k and w in self.lex.phrase_prepositions)
                or self.infinitive_follows(m + 1, hi)
            ):
                break
            m += 1
        return m

    def infinitive_follows(self, k: int, hi: int) -> bool:
        """Whether ``to`` or ``that`` comes within two more words (``urged drivers to``)."""
        for m in range(k, min(hi, k + 3)):
            w = self.word(m)
            if w == "to" or w in self.lex.complementizers:
                return True
            if not w or w in self.table.verbs:
                return False
        return False

    def complement(self, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """The complement clause of a cue in a verb-second language: ``glaubte er fest,
        dass C``, ``die Nachricht, ob C``, ``sagte, die Lage sei ernst``, ``bat ihn,
        bald zu kommen``.  A few words of the cue's clause may come first (its subject,
        an object, adverbs); the clause follows a comma and opens with a complementizer
        or a question word, holds a verb in the reported-speech mood, or ends in an
        infinitive.  Returns the end of those first words and the content."""
        m = k
        while m < hi and m - k <= _MAX_MIDDLE:
            token = self.t[m]
            if token.kind != "w":
                if token.kind == "p" and token.text in _ATTACHED and m > k:
                    m += 1
                    continue
                break
            w = token.lower
            if w in self.lex.complementizers:
                content = self._content_range(m + 1, hi)  # "glauben wir kaum daß C"
                return (m, content) if content is not None else None
            if m == k and w in self.lex.clause_openers and w not in self.lex.relative_pronouns:
                content = self._content_range(m, hi)  # "Man weiß wie viel C"
                return (m, content) if content is not None else None
            if (
                w in self.lex.conjunctions and w not in self.lex.auxiliaries
            ) or w in self.lex.clause_openers:
                return None  # "sagte nichts und ging, wo …"; "gestand aber, dass" goes on
            m += 1
        if m + 1 >= hi or not self.is_punct(m, ",") or self.t[m + 1].kind != "w":
            return None
        first = self.word(m + 1)
        if first in self.lex.conjunctions or first in self.lex.adverbial_openers:
            return None  # "sprach, und …", "kam, um zu …": no complement opens so
        if first in self.lex.complementizers:
            content = self._content_range(m + 2, hi)
        elif self.in_subordinate_clause(k):
            return None  # "Was er dabei denkt, ist unklar": the main clause follows
        elif first in self.lex.clause_openers and (
            first not in self.lex.relative_pronouns or (m == k and self._determiner(m + 1))
        ):  # "wissen, welche Neuerung …"; but "die Geschichte, welche …" is relative
            if (
                self.lex.capitalised_nouns
                and m > k
                and (
                    (self.t[m - 1].is_capitalised and self.t[m - 1].lower not in self.lex.pronouns)
                    or self.t[m - 1].text[:1].isdigit()
                )
                and self.t[k - 1].lower not in self.table.object_verbs
                and self.t[k - 1].lower not in self.lex.question_cues
            ):
                # "erzählt von der Stadt, wo C": a relative clause of the noun; but "fragte
                # in Berlin, wie C", "bat den Wirt, was C": a question, an addressee
                return None
            content = self._content_range(m + 1, hi)
        elif self.reported_piece(m + 1, hi):
            content = self._content_range(m + 1, hi, min_words=3)
        else:
            return None
        return (m, content) if content is not None else None

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

    def bare_infinitive(self, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """An infinitive clause after a cue without the comma that sets it off today
        (``glaubte ein Requiem zu hören``, ``verspricht die Tafel anbringen zu
        lassen``): past the subject pronoun and adverbs, words of one clause that end
        in the infinitive with its particle before the next punctuation.  Returns the
        end of the words skipped and the content."""
        particle = self.lex.infinitive_particle
        if not particle:
            return None
        start = k
        while start < hi and (
            self.word(start) in self.lex.pronouns or self.word(start) in self.lex.auxiliaries
        ):
            start += 1
        n = start
        while n < hi and self.t[n].kind == "w" and n - start <= _MAX_PIECE:
            w = self.word(n)
            if (
                w in self.lex.conjunctions
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                or w in self.lex.adverbial_openers
                or (w in self.lex.relative_pronouns and w not in self.lex.determiners)
            ):
                return None
            n += 1
        if n >= hi or self.t[n].kind != "p" or n - start > _MAX_PIECE:
            return None
        last = self.word(n - 1)
        separate = (
            n - start >= 4 and self.word(n - 2) == particle and not self.t[n - 1].is_capitalised
        )  # not "zu Hilmar": a preposition
        joined = n - start >= 3 and last.endswith("en") and particle in last[2:-4]
        return (start, (start, n)) if separate or joined else None

    def _determiner(self, m: int) -> bool:
        """Whether the word at ``m`` (a ``welche``) is a question word's determiner, not a
        relative pronoun: a noun follows (``welche Partei``), where a language writes its
        nouns capitalised; a relative clause goes on with a lower-case word
        (``gemeldet, welches den Tag …``)."""
        nxt = m + 1
        return not self.lex.capitalised_nouns or (
            nxt < len(self.t) and self.t[nxt].kind == "w" and self.t[nxt].is_capitalised
        )

    def reported_piece(self, start: int, hi: int) -> bool:
        """Whether the clause from ``start`` holds a verb in the reported-speech mood
        within its first words, a relative clause read through (``die Lage sei ernst``,
        ``der Proviant, der geliefert wurde, sei knapp``), or ends in an infinitive at
        the next comma (``den Rest bald verkaufen zu können``, ``die Verbindung
        abzuschneiden``)."""
        words: list[str] = []
        piece: list[str] | None = None  # the words up to the first comma
        relative = False
        m = start
        while m < hi and len(words) <= _MAX_PIECE:
            token = self.t[m]
            if token.kind == "q" or (token.kind == "p" and token.text in ";:"):
                break
            if token.kind == "p" and token.text == ",":
                if piece is None:
                    piece = list(words)
                # only a relative clause ("der Proviant, der …, sei") is read through
                if not relative and self.word(m + 1) not in self.lex.relative_pronouns:
                    break
                relative = not relative
            if token.kind == "w":
                if token.lower in self.lex.subjunctive_forms or (
                    words and subjunctive_by_ending(words[-1], token, self.lex)
                ):
                    return True
                words.append(token.lower)
            m += 1
        if piece is None:
            piece = words if m >= hi or len(words) <= _MAX_PIECE else []
        particle = self.lex.infinitive_particle
        if not particle or not piece:
            return False
        last = piece[-1]
        return particle in piece[-_INFINITIVE_REACH:-1] or (
            last.endswith("en") and particle in last[2:-4]
        )

    def _content_range(
        self, start: int, hi: int, min_words: int = _MIN_CONTENT_WORDS
    ) -> tuple[int, int] | None:
        end = next(
            (
                m
                for m in range(start + 1, hi)
                if self.t[m].kind == "p"
                and (
                    self.t[m].text in "—–―"  # "he assaulted them – and has now …"
                    or (self.lex.verb_second and self.ends_complement(m, hi))
                    or (
                        self.t[m].text == ","
                        and m + 1 < hi
                        and (self.is_content_stop(m + 1, hi) or self.is_attribution_tail(m + 1, hi))
                    )
                )
            ),
            hi,
        )  # "…, хотя документов нет": the writer's comment after the content
        while end > start and self.t[end - 1].kind == "p" and self.t[end - 1].text not in ")”’\"'»":
            end -= 1
        words = sum(1 for t in self.t[start:end] if t.kind == "w")
        has_quote = any(t.kind == "q" for t in self.t[start:end])
        if not has_quote and words < min_words:
            return None
        return (start, end) if end > start else None

    def is_content_stop(self, k: int, hi: int) -> bool:
        """Whether the words at ``k`` end reported content: one of the lexicon's content
        stops, a word (``хотя``) or two (``так что``)."""
        stops = self.lex.content_stops
        return self.t[k].lower in stops or (
            k + 1 < hi and f"{self.t[k].lower} {self.t[k + 1].lower}" in stops
        )

    def ends_complement(self, m: int, hi: int) -> bool:
        """In a verb-second language, whether the punctuation at ``m`` closes a cue's
        complement clause: a semicolon or a colon unless a verb only the indirect mood
        has follows (``; er sei``), a question mark or a double hyphen; or
        a comma before the main clause's finite verb and a pronoun (``…, sagte er``,
        ``…, regte sich``, ``…, ist bekannt``), or before a parenthetical ``wie X
        sagte``."""
        text = self.t[m].text
        if text in ";:":
            return not self.goes_on_reporting(m + 1, hi)
        if text in "?!":
            return True
        if text == "-":
            return m + 1 < hi and self.is_punct(m + 1, "-")
        if text != "," or m + 2 >= hi or self.t[m + 1].kind != "w":
            return False
        word = self.t[m + 1].lower
        if word in self.lex.as_words:
            for n in range(m + 2, min(hi, m + 2 + _MAX_TAIL_NAME)):
                if self.t[n].kind != "w":
                    return False
                if self.t[n].lower in self.table.verbs:
                    return True
            return False
        if word in self.lex.finite_auxiliaries:
            return True  # "Wer behauptet, C, ist im Unrecht"
        if word in self.lex.clause_conjunctions:
            return self.opens_main_clause(m + 2, hi)  # "…, und er ging": the writer's
        return (
            not self.t[m + 1].is_capitalised
            and (
                self.word(m + 2) in self.lex.pronouns
                or self.word(m + 2) in self.lex.object_pronouns
                or self.word(m + 2) in self.lex.reflexive_pronouns
            )
            and not any(
                word in words
                for words in (
                    self.lex.determiners,
                    self.lex.prepositions,
                    self.lex.conjunctions,
                    self.lex.clause_openers,
                    self.lex.relative_pronouns,
                    self.lex.complementizers,
                    self.lex.pronouns,
                    self.lex.object_pronouns,
                )
            )
        )

    def clause_stop(self, k: int, hi: int, forms: frozenset[str]) -> Token | None:
        """The first token from ``k`` that is either a word in ``forms`` or no word at all
        (punctuation, a quotation mark), within the words of a clause read for its mood;
        ``None`` when those words run out first."""
        for n in range(k, min(hi, k + _MAX_PIECE)):
            token = self.t[n]
            if token.kind != "w" or token.lower in forms:
                return token
        return None

    def goes_on_reporting(self, k: int, hi: int) -> bool:
        """Whether the clause from ``k`` (after a semicolon or colon) holds a verb that only the
        mood of indirect speech has before its next punctuation (``; er selbst sei
        krank``): the report goes on."""
        token = self.clause_stop(k, hi, self.lex.indirect_mood_forms)
        return token is not None and token.kind == "w"

    def opens_main_clause(self, k: int, hi: int) -> bool:
        """Whether the clause from ``k``, after a comma and a coordinating word, is a
        main clause of the writer's rather than more reported content: it neither
        opens with a complementizer or question word (``und dass``, ``und ob``) nor
        holds a verb in the reported-speech mood before its next punctuation
        (``und die Lage sei ernst``)."""
        first = self.word(k)
        if k >= hi or first in self.lex.complementizers or first in self.lex.clause_openers:
            return False
        token = self.clause_stop(k, hi, self.lex.subjunctive_forms)
        return token is None or token.kind == "p"

    def is_attribution_tail(self, k: int, hi: int) -> bool:
        """Whether the unit ends with an attribution from ``k`` on: ``UNN reports.``,
        ``the ministry said on Monday.``, ``according to the ministry.``; or another
        source's words begin (``…, а по расчетам X — C2``)."""
        for phrase in self.table.source_phrases:
            if _match_phrase(self.t, k, hi, phrase) or (
                self.word(k) in self.lex.conjunctions and _match_phrase(self.t, k + 1, hi, phrase)
            ):
                return True
        n = k
        while (
            n < hi
            and n - k < _MAX_TAIL_NAME
            and self.t[n].kind == "w"
            and (self.t[n].is_capitalised or self.t[n].lower in self.table.np_words)
        ):
            n += 1
        return (
            k < n < hi
            and self.t[n].lower in self.table.tail_verbs
            and self.only_adjuncts(n + 1, hi)
        )

    def quotation_after(self, k: int, hi: int) -> bool:
        """Whether a quotation (after a comma or a colon) comes right at token ``k``."""
        if k < hi and self.is_punct(k, ",:"):
            k += 1
        return k < hi and self.t[k].kind == "q"

    def quotation_before(self, k: int, lo: int) -> bool:
        """Whether a quotation (and a comma) comes right before token ``k``."""
        m = k - 1
        if m > lo and self.is_punct(m, ","):
            m -= 1
        return m >= lo and self.t[m].kind == "q"

    def set_off_last(self, span: tuple[int, int]) -> bool:
        """Whether a quotation ends ``span`` after a colon or a dash that sets it off
        from the words before it (``the plan was weak - “Q,” she said``)."""
        last = span[1] - 1
        if not (
            last - 1 > span[0]
            and self.t[last].kind == "q"
            and self.is_punct(last - 1, ":" + _DASHES)
        ):
            return False
        # "“A” -- the writer's aside -- “B,” X said": one quotation, broken by the aside
        return not any(
            self.t[m].kind == "q" and self.is_punct(m + 1, _DASHES)
            for m in range(span[0], last - 2)
        )

    def only_adjuncts(self, k: int, hi: int, dash_ends: bool = False) -> bool:
        """Whether nothing but adjuncts (``in a statement``, ``on Monday``) follow ``k``,
        up to a comma (or a dash, with ``dash_ends``) or the end."""
        m = k
        after_preposition = 0
        while m < hi:
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p":
                if token.text in _TERMINAL and not is_abbreviation_dot(self.t, m, self.lex):
                    return True
                if token.text == "," or (dash_ends and token.text in _DASHES):
                    return True
                m += 1
                continue
            if token.kind == "q":
                # "said on the show “Face the Nation.”": a title after its noun ends the
                # sentence ("accused him of a “flip-flop”" is no adjunct)
                before = self.word(m - 1) if m > k else ""
                return (
                    after_preposition > 0
                    and before not in self.lex.prepositions
                    and before not in self.lex.determiners
                    and all(t.kind == "p" for t in self.t[m + 1 : hi])
                )
            if not (
                w in self.lex.time_words
                or w in self.lex.prepositions
                or w in self.lex.determiners
                or token.is_capitalised
                or after_preposition > 0
                or (w == "to" and m == k)  # "said to the TV"
            ):
                return False
            if w in self.lex.prepositions or w == "to":
                after_preposition = _ADJUNCT_NOUNS
            elif not (
                token.is_capitalised
                and m > k
                and (self.t[m - 1].is_capitalised or self.word(m - 1) in self.lex.determiners)
            ):
                # a name after an article is one word: "in the White House briefing"
                after_preposition = max(0, after_preposition - 1)
            m += 1
        return True

    def is_fronted_adjunct(self, span: tuple[int, int]) -> bool:
        """Whether words before a comma are a prepositional phrase only (``In a speech
        on Monday``), which opens a clause rather than being said."""
        tokens = self.t[span[0] : span[1]]
        return (
            self.word(span[0]) in self.lex.prepositions
            and len(tokens) <= _MAX_SOURCE
            and all(t.kind == "w" or (t.kind == "p" and t.text in _ATTACHED) for t in tokens)
        )

    def rest_after_comma(self, k: int, hi: int) -> tuple[int, int] | None:
        """For ``C1, X said, C2``: C2, when the cue is followed by a comma (in a
        verb-second language also a dash) and words."""
        m = k
        while m < hi and self.t[m].kind == "w" and self.word(m) in self.lex.time_words:
            m += 1
        marks = ",—–" if self.lex.verb_second else ","
        if m < hi and self.is_punct(m, "("):
            # "…, утверждает X (а они …), C2": a remark in brackets after the source
            closing = next(
                (n for n in range(m + 1, min(hi, m + _MAX_ACCORDING)) if self.is_punct(n, ")")),
                None,
            )
            m = closing + 1 if closing is not None else m
        if m + 1 < hi and self.is_punct(m, marks) and self.t[m + 1].kind == "w":
            if self.cue_at(m + 1, hi) is not None:
                return None  # "…, the official said, adding that C": the participle's
            if self.word(m + 1) in self.lex.conjunctions:
                return None  # "“Q,” she said, but he was leaving": the writer's clause
            return self._content_range(m + 1, hi, min_words=3)
        return None

    def content_before(
        self, lo: int, comma: int, min_words: int = _MIN_CONTENT_WORDS
    ) -> tuple[int, int] | None:
        """The content of ``C, X said``: from the unit start to the comma."""
        end = comma
        while end > lo and self.t[end - 1].kind == "p" and self.t[end - 1].text in ",;:—–-":
            end -= 1
        # "Vítkovice nabraly sebevědomí: „Q,“ tvrdí X": the words after the colon
        bounds = ":;" if self.lex.verb_second else ":"
        colon = next((m for m in range(end - 1, lo - 1, -1) if self.is_punct(m, bounds)), None)
        start = colon + 1 if colon is not None else lo
        if end <= start:
            return None
        return self._content_range(start, end, min_words)

    # -- frames -------------------------------------------------------------------
    def cue_at(self, i: int, hi: int) -> tuple[str, ...] | None:
        token = self.t[i]
        if token.kind != "w":
            return None
        for phrase in self.table.by_first.get(token.lower, ()):
            if _match_phrase(self.t, i, hi, phrase):
                return phrase
        return None

    def is_noun_use(self, i: int, lo: int) -> bool:
        """``the report``, ``his claims``, ``to say``, ``was told``: no speech act here."""
        if i <= lo:
            return False
        before = self.word(i - 1)
        if before and before == self.lex.infinitive_particle:
            return False  # German "zu berichten, dass": an infinitive, no noun
        if self.lex.capitalised_nouns and not self.t[i].is_capitalised:
            return False  # German nouns are capitalised: "dabei erfuhr ich" is a verb
        if before in self.lex.quantifiers and self.word(i) not in self.lex.noun_like_cues:
            return False  # "many said", "most agreed": the quantifier is the subject
        if self.lex.verbal_cues:
            return (
                before in self.lex.passive_auxiliaries and self.word(i) in self.lex.noun_like_cues
            )
        return (
            before in self.lex.determiners
            or before in self.lex.prepositions
            or before == "to"
            or before.endswith(("'s", "’s"))
            or (
                before in self.lex.passive_auxiliaries
                and self.word(i) in self.lex.noun_like_cues
                and not self.lex.verb_second  # "es wird gemeldet, dass": frame_at decides
            )
        )

    def has_clear_clause(self, k: int, hi: int) -> bool:
        """After a cue that is also a noun (``states``, ``notes``): ``that``, a colon or a
        quotation, or a subject pronoun, must follow."""
        control = self.word(k - 1) in self.table.control_verbs
        start = k
        while (
            k < hi
            and k - start < _BARE_NOUN_WORDS
            and (
                self.word(k) in self.lex.time_words
                or self.word(k) in self.lex.prepositions
                or self.t[k].is_capitalised
            )
        ):
            k += 1  # "pledged Saturday to …", "pledged on Friday to …"
        if k >= hi:
            return False
        token = self.t[k]
        w = self.word(k)
        return (
            token.kind == "q"
            or (token.kind == "p" and token.text in ":,")
            or w in self.lex.complementizers
            or (w in self.lex.pronouns and w not in self.lex.object_pronouns)
            or (w == "to" and control)  # "pledged to …", not "pledged delegates"
        )

    def frames(self, lo: int, hi: int, unit: int) -> list[Frame]:
        found: list[Frame] = []
        triggers = self.table.triggers
        tokens = self.t
        i = lo
        while i < hi:
            if i != lo and tokens[i].lower not in triggers:
                i += 1
                continue
            frame, width = self.frame_at(i, lo, hi, unit)
            if frame is not None:
                found.append(frame)
            i += max(width, 1)
        return found

    def frame_at(self, i: int, lo: int, hi: int, unit: int) -> tuple[Frame | None, int]:
        lower = self.t[i].lower
        for source_phrase in self.table.source_phrases:
            if source_phrase[0] == lower and _match_phrase(self.t, i, hi, source_phrase):
                width = len(source_phrase)
                return self.according_to(i, width, lo, hi, unit), width
            if (
                source_phrase[0] == lower
                and len(source_phrase) > 1
                and i + 1 < hi
                and self.word(i + 1) in self.table.possessives
                and _match_phrase(self.t, i + 2, hi, source_phrase[1:])
            ):
                # "По его словам, C": the possessive is the source, resolved as a pronoun
                width = len(source_phrase) + 1
                comma = i + width
                if comma + 1 < hi and self.is_punct(comma, ","):
                    content = self._content_range(comma + 1, hi)
                    if content is not None:
                        return Frame((i, comma), (i + 1, i + 2), content, "according", unit), width
                return None, width
        if i == lo and lower in self.table.anaphoric_first:
            for anaphor in self.table.anaphoric:
                if _match_phrase(self.t, i, hi, anaphor):
                    end = i + len(anaphor)
                    named = self.source_after(end, hi) if end < hi else None
                    if named is None and self.table.anaphors:
                        # "Об этом говорится в сообщении пресс-службы X"
                        start = self.skip_adjuncts(end, hi)
                        named = self.source_after(start, hi) or self.tail_source(start, hi)
                    return Frame((i, end), named, None, "anaphoric", unit), hi - i
        if i == lo and self.table.anaphors:
            free = self.free_anaphoric(lo, hi)
            if free is not None:
                cue, free_source = free
                if free_source is not None and self.ends_attribution(
                    max(cue[1], free_source[1]), hi
                ):
                    return Frame(cue, free_source, None, "anaphoric", unit), hi - i
        if lower in self.table.speech_nouns and i > lo:
            by_noun = self.speech_noun(i, lo, hi, unit)
            if by_noun is not None:
                return by_noun, 1
        phrase = self.cue_at(i, hi)
        if phrase is None:
            if self.word(i) in self.table.naming:
                return self.naming(i, lo, hi, unit), 1
            if self.lex.verb_second and self.word(i) in self.lex.clause_nouns:
                return self.noun_frame(i, lo, hi, unit), 1
            return None, 1
        width = len(phrase)
        if self.t[i].is_capitalised and i > lo:
            if (
                self.lex.verb_second
                and width == 1
                and self.word(i) in self.lex.clause_nouns
                and self.word(i - 1) not in self.lex.prepositions  # "kommt in Frage"
            ):
                return self.noun_frame(i, lo, hi, unit), width  # German "die Frage, ob C"
            return None, width  # "Said", mid-sentence capitalised: a name or a title
        if self.is_noun_use(i, lo):
            return None, width
        if (
            self.word(i + width) in self.lex.impersonal_pronouns
            and self.word(i + width + 1) in self.lex.reflexive_pronouns
        ):
            return None, width  # "So erklärt es sich, dass C": no one speaks
        k = i + width
        if (
            width == 1
            and self.word(i) in self.lex.noun_like_cues
            and not self.has_clear_clause(k, hi)
            and not (self.lex.verb_second and self.complement(k, hi) is not None)
            and self.verb_final_as(i, k, lo, hi) is None
        ):
            return None, width  # "pledged delegates", "the states", "notes written in"
        j = self.skip_auxiliaries(i - 1, lo)
        if self.lex.verbal_cues:
            j = self.skip_adjunct_phrase(j, lo)
        if (
            len(phrase) == 1
            and not phrase[0].endswith(self.lex.participle_endings)
            and any(self.word(m) in self.lex.passive_auxiliaries for m in range(max(j, lo), i))
        ):
            # passive: "was told", "were told to", "it was reported"; in German news
            # "es wird gemeldet, dass C" is reported speech without a source
            found = self.complement(k, hi) if self.lex.verb_second else None
            if found is not None:
                return Frame((i, k), None, found[1], "after", unit), width
            return None, width
        # "…, saying that C", "…, сказав, что C": the subject of the sentence speaks
        if phrase[0].endswith(self.lex.participle_endings) and j >= lo and self.is_punct(j, ","):
            content = self.content_after(k, hi, phrase)
            if content is None:
                return None, width
            return Frame((i, k), self.subject_of(lo, j), content, "participle", unit), width
        # "C, said X."  /  "“Q,” said X."  /  "C1, говорят эксперты, C2"; not "X, a
        # doctor, said C", where a speaker stands before the apposition
        if (
            j >= lo
            and (self.is_punct(j, ",—–-") or self.t[j].kind == "q")
            and k < hi
            and not (
                self.t[j].kind == "p"
                and not self.lex.bare_noun_subjects  # where articles mark noun phrases
                and self.source_before_apposition(j, lo) is not None
                and self.content_after(k, hi, phrase) is not None
            )
        ):
            # "сказал журналистам глава МИД": the source after the addressee; "told the
            # BBC": an outlet after the cue is the channel, no speaker
            start = self.addressee_end(k, hi, phrase)
            after = self.source_after(start, hi) if k < start < hi else None
            if after is None:
                start = k
                after = self.source_after(k, hi)
                if after is not None and is_outlet_name(self.text_of(after), self.lex):
                    after = None
            after_quote = any(self.t[m].kind == "q" for m in range(max(lo, j - 2), j + 1))
            named = after
            if (after_quote or self.lex.bare_noun_subjects) and (
                after is None or not self.ends_attribution(after[1], hi)
            ):
                after = self.tail_source(start, hi) if start < hi else None
                if (
                    after is None
                    or named is None
                    or self.word(named[1]) not in self.lex.prepositions
                ):
                    named = after  # else "said Jan Roe in his first speech": an adjunct
            speaker = self.without_channel(named) if named is not None else None
            if speaker is None and not self.lex.pro_drop:
                after = None  # only an adjunct after the cue, and no subject may drop
            if (
                after is not None
                and self.lex.verb_second
                and not self.inverted_subject(after, start, hi)
            ):
                after = None
            if (
                after is not None
                and self.ends_attribution(after[1], hi)
                and not (
                    # "Als er kam, sagte er, dass C": a fronted clause, then the cue's own
                    self.lex.verb_second
                    and self.is_punct(after[1], ",")
                    and self.word(after[1] + 1) in self.lex.complementizers
                )
            ):
                comma = j if self.t[j].kind == "p" else j + 1
                content = self.content_before(lo, comma)
                rest = self.rest_after_comma(after[1], hi)
                if any(self.word(m) in self.lex.clause_openers for m in range(j + 1, i)):
                    rest = None  # "C, о чем заявил X, связав …": a relative clause, no C2
                if rest is not None and self.describes(rest[0]):
                    # "C, said Jan Roe, a professor at …": an apposition, and C2 only
                    # after its comma ("C1, утверждает X, декан МГУ, C2")
                    closing = next((m for m in range(*rest) if self.is_punct(m, ",")), None)
                    rest = self.rest_after_comma(closing, hi) if closing is not None else None
                if content is not None:
                    # "«Q», řekl na adresu hráče": the subject dropped, the adjunct no source
                    frame = Frame(
                        (i, k), speaker, content, "before", unit, speaker is None, extra=rest
                    )
                    return frame, width
        # "As X said, C" / "Как сказал X, C" / "Jak tento týden uvedl list X, C"
        as_word = j
        while (
            as_word > lo
            and as_word > j - 3
            and (
                self.word(as_word) in self.lex.time_words
                or self.word(as_word) in self.lex.determiners
            )
        ):
            as_word -= 1
        if as_word >= lo and self.word(as_word) in self.lex.as_words and k < hi:
            named = self.source_after(k, hi) or self.tail_source(k, hi)
            framed = self.as_frame(i, k, as_word, lo, hi, unit, named)
            if framed is not None:
                return framed, width
        verb_final = self.verb_final_as(i, k, lo, hi)
        if verb_final is not None:
            framed = self.as_frame(i, verb_final[1], verb_final[0], lo, hi, unit, verb_final[2])
            if framed is not None:
                return framed, width
        source: tuple[int, int] | None = None
        inherits = False
        particle = self.lex.infinitive_particle
        if particle and i > lo and self.word(i - 1) == particle:
            pass  # "hatte zu berichten, dass": the words before are no subject
        elif j >= lo and self.t[j].kind == "w" and self.word(j) in self.lex.conjunctions:
            inherits = True  # "…, but mentioned that C": the same subject
            if self.lex.verbal_cues and j - 1 >= lo and self.t[j - 1].kind == "w":
                # "Государь улыбнулся и сказал": the subject of the clause
                clause = max([lo] + [m + 1 for m in range(lo, j) if self.is_punct(m, ",;:")])
                source = self.subject_of(clause, j)
                inherits = source is None
            else:
                source = self.coordinated_subject(lo, j)
                inherits = source is None
        elif j >= lo and (self.t[j].kind == "w" or self.is_punct(j, ").’'")):
            source = self.source_before(j, lo)
            if (
                source is not None
                and (
                    self.word(source[0] - 1) in self.lex.question_words
                    or self.word(source[0] - 1) in self.lex.complementizers
                )
                and (source[0] - 1 >= lo)
                and not self.opens_clause(self.addressee_end(k, hi, phrase), hi)
                and not self.quotation_after(k, hi)  # "when Jo shouted, “Run!”"
            ):
                # "which Democrats say could help him": the predicate after the cue is
                # the content; "what Zelenskyy said": an embedded question, none; but
                # "when Smith said she would run", the cue's clause is there
                predicate = self.gap_predicate(k, hi)
                if predicate is not None:
                    return Frame((i, k), source, predicate, "after", unit), width
                if self.word(source[0] - 1) in self.lex.question_words:
                    return None, width
            if self.word(j) in self.lex.relative_pronouns:
                source = self._antecedent(j - 1, lo)  # "women who claim", "Smith, who said"
            elif source is not None and self.word(source[0] - 1) in self.lex.as_words:
                framed = self.as_frame(i, k, source[0] - 1, lo, hi, unit, source)
                if framed is not None:
                    return framed, width
            if (
                source is None
                and self.t[j].kind == "w"
                and j - 1 >= lo
                and (self.is_punct(j - 1, ",") or self.t[j - 1].kind == "q")
                and self.word(j) not in self.lex.conjunctions
                and self.only_adjuncts(k, hi)
            ):
                source = (j, j + 1)  # "C, forecasters said.": a bare plural as the source
            if phrase[0].endswith("ing") and self.word(j) in self.lex.time_words:
                # "X sent tweets early Friday saying C": the participle's subject
                piece = next((m + 1 for m in range(j, lo - 1, -1) if self.is_punct(m, ",;")), lo)
                source = self.subject_of(piece, j + 1) or source
        elif j >= lo and self.is_punct(j, ",-–—"):
            source = self.source_before_apposition(j, lo)
        if (
            source is not None
            and self.t[i].lower in self.table.reminder_words
            and all(
                t.kind != "w" or t.lower in self.lex.first_person or t.lower in self.lex.auxiliaries
                for t in self.t[source[0] : source[1]]
            )
        ):
            return None, width  # "We remind you that …": the newsroom's voice, no source
        if source is not None and phrase[0] in self.lex.force_cues and self.is_armed(source):
            return None, width  # "troops attacked the town": an act of force
        if source is None and j < lo and self.t[i].lower in self.table.marker_verbs:
            return None, width  # "Напомню, что …": the writer's voice, subject dropped
        if self.lex.verb_second:
            found = self.complement(k, hi)
            if found is not None:
                middle_end, content = found
                if k < middle_end and (
                    source is None or self.word(k) in self.lex.pronouns
                ):  # "Gestern sagte er, …": the subject after the finite cue
                    source = self.source_after(k, middle_end) or source
                return Frame((i, k), source, content, "after", unit, inherits), width
            bare = self.bare_infinitive(k, hi)
            if bare is not None and not (self.t[i].is_capitalised and i > lo):
                middle_end, content = bare
                if k < middle_end and (source is None or self.word(k) in self.lex.pronouns):
                    source = self.source_after(k, middle_end) or source
                if source is not None or inherits:
                    return Frame((i, k), source, content, "after", unit, inherits), width
            fronted = self.fronted(i, lo)
            if fronted is not None:
                after = self.source_after(k, hi) if k < hi else None
                if after is not None and not self.ends_attribution(after[1], hi):
                    after = None
                return Frame((i, k), after, fronted, "before", unit), width
            spoken = self.colon_words(k, hi)
            if spoken is not None:
                middle_end, content = spoken
                if k < middle_end and (source is None or self.word(k) in self.lex.pronouns):
                    source = self.source_after(k, middle_end) or source
                return Frame((i, k), source, content, "colon_words", unit, inherits), width
        # a cue without a subject opens the unit: "Uvedl, že …" (pro-drop languages)
        dropped = j < lo and self.lex.pro_drop and source is None
        end = hi
        if source is not None and (
            self.word(source[0] - 1) in self.lex.clause_openers
            or (self.word(j) in self.lex.relative_pronouns and self.is_punct(j - 1, ","))
        ):
            # "When Smith said C, the crowd cheered", "Smith, who says C, won": C ends
            # with the subordinate clause
            end = next((m for m in range(k + 1, hi) if self.is_punct(m, ",;")), hi)
        content = self.content_after(k, end, phrase)
        if content is not None and (source is not None or inherits or dropped):
            return Frame((i, k), source, content, "after", unit, inherits or dropped), width
        # "X said:" before a quotation, or before words without marks
        colon = self.colon_after(k, hi) if content is None and source is not None else None
        if colon is not None:
            words = self._content_range(colon + 1, hi, min_words=3) if colon + 1 < hi else None
            if words is not None and self.t[colon + 1].kind != "q":
                return Frame((i, k), source, words, "colon_words", unit), width
            if words is not None:  # "пишет дальше: «…»": the quotation after the colon
                return Frame((i, k), source, words, "after", unit), width
            return Frame((i, k), source, None, "colon", unit), width
        # "- the company said." on a line of its own, after the words it attributes
        if content is None and source is not None and self.only_adjuncts(k, hi):
            opening = lo
            while opening < source[0] and self.is_punct(opening, "-–—―"):
                opening += 1
            if opening == source[0] and lo == 0 and hi == len(self.t):
                return Frame((i, k), source, None, "cue_line", unit), width
        # "C, X said."  /  "“Q” X told reporters."  /  "C1, X said, C2."  /  "“Q,” X
        # said when asked about it."; in a verb-second language "…, die er fordert" is a
        # verb-final relative clause
        after_cue = self.addressee_end(k, hi, phrase)
        if (
            source is not None
            and not self.lex.verb_second
            and (
                # "- “Q,” X said - and …": a dash closes the aside of a quotation
                self.only_adjuncts(after_cue, hi, dash_ends=self.quotation_before(source[0], lo))
                or self.word(after_cue) in self.lex.clause_openers
            )
        ):
            before = source[0] - 1
            if before >= lo and (self.is_punct(before, ",—–-") or self.t[before].kind == "q"):
                comma = before if self.t[before].kind == "p" else before + 1
                rest = self.rest_after_comma(k, hi)
                if (
                    rest is not None
                    and self.lex.verbal_cues
                    and self.word(rest[0]) in self.lex.clause_openers
                ):
                    # "…, она рассказывает, какие у них были проспекты": the cue's own
                    # clause follows, the words before are no content
                    return Frame((i, k), source, rest, "after", unit), width
                # "Overall, she said, the party is alienated": a piece of one word
                # before the interruption is the content's first fragment too
                content = self.content_before(lo, comma, 1 if rest is not None else 2)
                if content is not None and self.set_off_last(content):
                    content = (content[1] - 1, content[1])  # "C - “Q,” X said": Q alone
                if content is not None and rest is None and self.is_fronted_adjunct(content):
                    content = None  # "In a memo on Monday, X reminded staff about Y"
                if content is not None or rest is not None:
                    first = content if content is not None else rest
                    assert first is not None
                    extra = rest if content is not None else None
                    return Frame((i, k), source, first, "before", unit, extra=extra), width
        return None, width

    def as_frame(
        self,
        i: int,
        k: int,
        as_word: int,
        lo: int,
        hi: int,
        unit: int,
        source: tuple[int, int] | None,
    ) -> Frame | None:
        """``As X said, C`` and ``C, as X said``: the content is the rest of the unit.
        Where subjects may be dropped, ``Jak uvedl, C`` has no source."""
        if source is None and not (self.lex.pro_drop or self.lex.verb_second):
            return None

        end = max(k, source[1]) if source is not None else k
        rest = self.rest_after_comma(end, hi)
        if rest is None and as_word == lo:
            # "Как сказал в интервью «НГ» проректор X, C", "As Roe said in May, “Q”":
            # adjuncts and the source run to the first comma, the content follows it
            comma = next(
                (m for m in range(end, min(hi, end + _MAX_ACCORDING)) if self.t[m].kind == "p"),
                None,
            )
            if comma is not None and self.is_punct(comma, ",") and comma + 1 < hi:
                # the name before the comma speaks; one before the cue was the channel
                # ("Jak LN sdělil zástupce agentury X, C")
                later = self.source_before(comma - 1, end) if comma > end else None
                if later is not None and (
                    source is None
                    or self.word(source[0]) in self.lex.prepositions
                    or is_outlet_name(self.text_of(source), self.lex)
                ):
                    source = later
                rest = self._content_range(comma + 1, hi, min_words=3)
        if rest is not None and as_word == lo:
            return Frame((i, k), source, rest, "as", unit, inherits=source is None)
        if as_word > lo and self.is_punct(as_word - 1, ",") and self.only_adjuncts(end, hi):
            content = self.content_before(lo, as_word - 1)
            if content is not None:  # "C, as X said"; German "C1, wie X sagt, C2"
                extra = rest if self.lex.verb_second else None
                return Frame((i, k), source, content, "as", unit, extra=extra)
        return None

    def verb_final_as(
        self, i: int, k: int, lo: int, hi: int
    ) -> tuple[int, int, tuple[int, int] | None] | None:
        """In a verb-second language, the verb-final clause ``wie X … sagte`` around the
        cue at ``i``: ``wie wir gestern berichtet haben,``, ``wie glaubwürdig mitgeteilt
        wird,``.  It opens the unit or follows a comma, holds no punctuation, and after
        the cue only auxiliaries come before a comma; a piece of content before it is one
        clause, without commas.  Returns the position of the as-word, the end of the
        clause and its subject."""
        if not self.lex.verb_second:
            return None
        m = i - 1
        while m >= lo and i - m <= _MAX_MIDDLE and self.t[m].kind == "w":
            if self.word(m) in self.lex.as_words:
                break
            m -= 1
        if m < lo or self.t[m].kind != "w" or self.word(m) not in self.lex.as_words:
            return None
        if m > lo and not self.is_punct(m - 1, ","):
            return None
        for n in range(m - 2, lo - 1, -1):
            if self.is_punct(n, ":;"):
                break
            if self.is_punct(n, ","):
                return None  # "…, die …, wie sie sagt,": a relative or comparative clause
        end = k
        while (
            end < hi
            and end - k < _INFINITIVE_REACH
            and (
                self.word(end) in self.lex.auxiliaries
                or self.word(end) in self.lex.passive_auxiliaries
            )
        ):
            end += 1
        if end >= hi or not self.is_punct(end, ","):
            return None
        source = self.source_after(m + 1, i) if m + 1 < i else None
        return m, end, source

    def colon_words(self, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """``fragte den Wirt: Wer kommt heute?``: words without marks after a cue, a few
        words of its clause and a colon are the speaker's own, to the unit's end.
        Returns the end of those few words and the content."""
        m = k
        while m < hi and m - k <= _MAX_MIDDLE and self.t[m].kind == "w":
            m += 1
        if m + 1 >= hi or not self.is_punct(m, ":") or self.t[m + 1].kind != "w":
            return None
        # "Auf die Frage: Wer da? hieß es: …": a question or an exclamation ends the words
        end = next(
            (n + 1 for n in range(m + 1, hi - 1) if self.is_punct(n, "?!")),
            hi,
        )
        while end > m + 1 and self.t[end - 1].kind == "p" and self.t[end - 1].text in ".,;:":
            end -= 1
        return (m, (m + 1, end)) if end > m + 1 else None

    def fronted(self, i: int, lo: int) -> tuple[int, int] | None:
        """``Was er plante, wurde nicht gesagt``, ``Dass C, ist bekannt``: a clause that
        opens the unit with a complementizer or a question word and ends at a comma
        shortly before the cue is the cue's content."""
        first = self.word(lo)
        opener = first in self.lex.clause_openers and first not in self.lex.relative_pronouns
        if not (opener or first in self.lex.complementizers):
            return None
        comma = next((m for m in range(lo, i) if self.t[m].kind != "w"), None)
        if comma is None or not self.is_punct(comma, ",") or i - comma > _MAX_MIDDLE:
            return None  # one clause, then the cue's: "Ob C, weiß niemand"
        start = lo if first not in self.lex.complementizers else lo + 1
        return self._content_range(start, comma) if comma > start else None

    def noun_frame(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``die Nachricht des Ministers, dass C``, ``ist bekannt, dass C``: a noun or
        adjective of speech and thought with its complement clause; a genitive or
        ``von`` phrase after the noun names the source."""
        found = self.complement(i + 1, hi)
        if found is None:
            spoken = self.colon_words(i + 1, hi)
            if spoken is not None:  # "mit der Bemerkung: Das Amt sei frei."
                return Frame((i, i + 1), None, spoken[1], "colon_words", unit)
            fronted = self.fronted(i, lo)
            return Frame((i, i + 1), None, fronted, "before", unit) if fronted else None
        middle_end, content = found
        source = self.source_after(i + 1, middle_end) if i + 1 < middle_end else None
        return Frame((i, i + 1), source, content, "after", unit)

    def is_armed(self, source: tuple[int, int]) -> bool:
        """Whether a source names an armed force (``Northern troops``, ``the army's``)."""
        return any(
            t.lower.removesuffix("'s").removesuffix("’s") in self.lex.armed_nouns
            for t in self.t[source[0] : source[1]]
        )

    def speech_noun(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``his claim that C``, ``Roe's criticism of the plan``, ``her call to C``,
        ``complaints from X that C``: a noun of speech with its complement (a clause,
        an infinitive or a noun phrase after one of the noun's prepositions).  A
        possessor before the noun, past a few adjectives (``his stern warning``), or an
        agent phrase after it is the source; without either there is no frame."""
        source: tuple[int, int] | None = None
        m = i - 1
        while m >= lo and i - m <= _NOUN_MODIFIERS and self.t[m].kind == "w":
            w = self.word(m)
            if w in self.lex.possessive_determiners:
                source = (m, m + 1)
                break
            if w.endswith(("'s", "’s")):
                # "the mayor's", "the Roe campaign's": names, role nouns and an article
                start = m
                while (
                    start > lo
                    and m - start < _MAX_SOURCE
                    and self.t[start - 1].kind == "w"
                    and self.word(start) not in self.lex.determiners
                    and (
                        self.t[start - 1].is_capitalised
                        or self.word(start - 1) in self.table.np_words
                        or self.word(start - 1) in self.lex.thing_nouns
                    )
                ):
                    start -= 1
                source = (start, m + 1)
                break
            if (
                w in self.lex.determiners
                or w in self.lex.prepositions
                or w in self.table.verbs
                or self.t[m].is_capitalised
            ):
                return None  # "the claim that", "faced criticism", "Trump claims"
            m -= 1
        k = i + 1
        if source is None and k < hi and self.word(k) in self.lex.agent_prepositions:
            # "complaints from residents that C": the words up to the complementizer
            that = next(
                (
                    n
                    for n in range(k + 2, min(hi, k + 2 + _NOUN_MODIFIERS))
                    if self.word(n) in self.lex.complementizers
                ),
                None,
            )
            source = (k + 1, that) if that is not None else self.source_after(k + 1, hi)
            k = source[1] if source is not None else k
        if source is None or k + 1 >= hi or self.is_armed(source):
            return None  # "the army's attacks on the town": an act of force
        opener = self.word(k)
        if opener not in self.table.speech_nouns[self.word(i)]:
            return None
        if opener in self.lex.complementizers or opener == "to":
            content = self._content_range(k + 1, hi)
        else:
            end = self.object_end(k + 1, hi, subject=True)
            content = self._content_range(k + 1, end, min_words=1)
        return Frame((i, i + 1), source, content, "after", unit) if content else None

    def naming(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``He called the meeting "unsuccessful"``, ``called the plan a disgrace``,
        ``…, calling it reckless``: the complement is the content (mixed where it holds a
        quotation); without marks it must read as an object and what it is called."""
        if self.is_noun_use(i, lo) or (i + 1 < hi and self.t[i + 1].kind == "p"):
            return None  # "…, welche Schmidt die alte nennt, hält": no complement
        content = self._content_range(i + 1, hi)
        if content is None:
            return None
        if not self.quotes_in(content) and not (
            # without marks only where word order and articles mark the object
            not self.lex.verb_second
            and not self.lex.bare_noun_subjects
            and self.names_complement(*content)
        ):
            return None
        j = self.skip_auxiliaries(i - 1, lo)
        if j < lo or self.word(j) in self.lex.passive_auxiliaries:
            return None
        cue = (i, i + 1)
        if self.is_punct(j, ",") and self.word(i).endswith("ing"):
            return Frame(cue, self.subject_of(lo, j), content, "participle", unit)
        if self.word(j) in self.lex.conjunctions:
            # "… and called": the sentence's subject (see frame_at), else the last source
            source = self.coordinated_subject(lo, j)
            return Frame(cue, source, content, "naming", unit, inherits=source is None)
        if self.is_punct(j, ","):  # "Jo Roe, a former aide, called it …"
            source = self.source_before_apposition(j, lo)
        elif self.t[j].kind != "w":
            return None
        else:
            source = self.source_before(j, lo)
        if source is None:
            return None
        return Frame(cue, source, content, "naming", unit)

    def quotes_in(self, span: tuple[int, int]) -> bool:
        """Whether a token range holds a quotation."""
        return any(t.kind == "q" for t in self.t[span[0] : span[1]])

    def names_complement(self, start: int, end: int) -> bool:
        """Whether words after a naming cue read as an object and its name, with no
        marks: ``him a pragmatic strategist``, ``the actions lawful``, ``climate change a
        hoax``; not ``the police`` or ``off the vote``.  An object opens them (or an
        article opens the name), and three words come before any preposition."""
        first = self.t[start]
        if not (
            first.is_capitalised
            or first.lower in self.lex.object_pronouns
            or first.lower in self.lex.determiners
            or (
                first.kind == "w"
                and first.lower not in self.lex.prepositions
                and first.lower not in self.table.verbs
                and any(
                    self.word(m) in self.lex.determiners
                    for m in range(start + 1, min(end, start + _MIN_NAMING_WORDS))
                )
            )
        ):
            return False
        words = 0
        for m in range(start, end):
            w = self.word(m)
            if (
                self.t[m].kind != "w"
                or (w in self.lex.prepositions and w not in self.lex.phrase_prepositions)
                or w in self.lex.time_words
            ):
                break
            words += 1
        return words >= _MIN_NAMING_WORDS

    def source_before_apposition(self, comma: int, lo: int) -> tuple[int, int] | None:
        """The speaker before parenthetical pieces that end at ``comma``.

        ``Hill, a doctor, said``, ``Hill, 32, said``, ``Hill -- a doctor -- said``,
        ``Sanders, meanwhile, who has no endorsements, said``: up to three pieces
        between commas (one between dashes) are skipped, until a noun phrase comes that
        is a name, or a description that the piece after it explains.  Away from the
        clause's start the noun phrase must fill its piece (``retired in Boston`` is no
        speaker), and a place after a place (``in Aurora, Colorado``) is none either.
        A name after a description names it: ``the spokesman, Jan Roe, said``.
        """
        dash = self.t[comma].text in "-–—"
        marks = "-–—" if dash else ","
        end = comma
        for _ in range(1 if dash else 3):
            k = end - 1
            while k >= lo and end - k < _MAX_APPOSITION:
                if self.t[k].kind == "q":
                    return None
                if self.is_punct(k, marks):
                    break
                k -= 1
            if k <= lo or not self.is_punct(k, marks) or k == end - 1:
                return None
            while dash and k - 1 >= lo and self.is_punct(k - 1, "-–—"):
                k -= 1  # "--" is two tokens
            opening = self.word(k + 1)
            explains = dash or (
                opening in self.lex.determiners
                or opening in self.lex.relative_pronouns
                or opening == "which"
                or opening in self.lex.role_nouns
                or self.t[k + 1].text[:1].isdigit()
            )
            source = self.source_before(k - 1, lo)
            if (
                source is not None
                and self.word(source[0]) not in self.lex.relative_pronouns
                and self.fills_piece(source, lo, marks)
            ):
                last = self.t[source[1] - 1]
                described = (
                    last.lower in self.table.np_words
                    or self.t[source[0]].lower in self.lex.determiners
                    or self.t[source[0]].lower in self.lex.quantifiers
                )
                if self.is_name(k + 1, end) and (
                    described or any(self.word(m) in self.lex.determiners for m in range(*source))
                ):
                    return (source[0], end)  # "the spokesman, Jan Roe,"
                if explains or described:
                    return source
                if (
                    last.is_capitalised or self.is_punct(source[1] - 1, ").")
                ) and not self.after_place(source[0], lo):
                    return source
            end = k
        return None

    def fills_piece(self, source: tuple[int, int], lo: int, marks: str) -> bool:
        """Whether a noun phrase starts its piece between marks, give or take
        prepositions and conjunctions before it; the clause's first piece may hold more
        (``On Monday the mayor``)."""
        m = source[0] - 1
        first_piece = True
        while m >= lo and source[0] - m <= _MAX_APPOSITION:
            token = self.t[m]
            if self.is_punct(m, marks) or token.kind == "q":
                return first_piece
            if token.kind == "w" and not (
                token.lower in self.lex.prepositions
                or token.lower in self.lex.conjunctions
                or token.lower in self.lex.time_words
            ):
                first_piece = False  # words before it: true only of the clause's start
            m -= 1
        return first_piece or m < lo

    def after_place(self, start: int, lo: int) -> bool:
        """Whether ``start`` follows ``in Aurora,``: a name there is the place's region."""
        m = start - 1
        if m < lo or not self.is_punct(m, ","):
            return False
        m -= 1
        capitalised = 0
        while m >= lo and self.t[m].kind == "w" and self.t[m].is_capitalised and capitalised < 3:
            capitalised += 1
            m -= 1
        return capitalised > 0 and m >= lo and self.word(m) in self.lex.prepositions

    def is_name(self, start: int, end: int) -> bool:
        """Whether the tokens are capitalised words (with their abbreviation dots)."""
        return end > start and all(
            t.is_capitalised or (t.kind == "p" and t.text in _ATTACHED) for t in self.t[start:end]
        )

    def _antecedent(self, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase before ``who`` (and its comma, if any)."""
        if k >= lo and self.is_punct(k, ","):
            k -= 1
        return self.source_before(k, lo) if k >= lo else None

    def according_to(self, i: int, width: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``According to X, C``, ``C, according to X`` and ``C1, according to X, C2``.

        X runs to the next comma (or the unit's end); only an adjunct after the name is
        cut off (``…, on Monday``).  After a whole clause, what follows X's comma is
        an apposition or a remark of the writer; after a short opener (``Since May,
        according to X, C``), it is the content.  A relative pronoun as X (``пункт,
        согласно которому …``) refers to a thing said before: no attribution.
        """
        k = i + width
        if k < hi and (
            (
                self.word(k) in self.lex.relative_pronouns
                and not (self.word(k) in self.lex.determiners and self._determiner(k))
            )
            or self.word(k) in self.lex.clause_openers
        ):
            return None  # but "nach einem Bericht der Zeitung": an article
        if k >= hi:
            return None
        if self.lex.verb_second and not (
            self.t[k].is_capitalised or self.word(k) in self.table.np_words
        ):
            return None  # German "ein leiser Laut", "rief laut": no "laut X"
        comma = next(
            (m for m in range(k, min(hi, k + _MAX_ACCORDING)) if self.is_punct(m, ",")), None
        )
        verb = self.verb_after_phrase(k, hi) if i == lo else None
        if verb is not None and (comma is None or verb < comma):
            # "Laut dem Bürgermeister wird C": the finite verb opens the content
            content = self._content_range(verb, hi, min_words=3)
            return Frame((i, k), (k, verb), content, "according", unit) if content else None
        end = comma if comma is not None and comma > k else hi
        while end > k and self.t[end - 1].kind == "p":
            end -= 1
        if end <= k:
            return None
        phrase = self.source_after(k, hi)
        if phrase is not None and not (
            phrase[1] < hi
            and (
                self.word(phrase[1]) in self.lex.prepositions
                or self.word(phrase[1]) in self.lex.time_words
            )
        ):
            phrase = None  # only an adjunct after the name is cut off: "…, on Monday"
        source = phrase if phrase is not None and phrase[1] <= end else (k, end)
        rest = self._content_range(comma + 1, hi) if comma is not None and comma > k else None
        opener = i
        while opener > lo and (
            self.t[opener - 1].kind == "p"
            or self.word(opener - 1) in self.lex.conjunctions
            or self.word(opener - 1) in self.lex.auxiliaries
        ):
            opener -= 1
        before = (
            self.content_before(lo, i - 1) if opener > lo and self.is_punct(i - 1, ",") else None
        )
        if before is not None:
            if rest is not None and self.words_in(before) >= _MIN_CLAUSE_WORDS:
                rest = rest if self.is_second_fragment(rest) else None
            return Frame((i, k), source, before, "according", unit, extra=rest)
        if rest is not None:
            return Frame((i, k), source, rest, "according", unit)
        return None

    def verb_after_phrase(self, k: int, hi: int) -> int | None:
        """Where nouns are capitalised, the finite verb after the noun phrase from ``k``
        that a fronted source phrase holds (``Laut dem Bürgermeister wird …``, ``Nach
        einem Bericht der Zeitung ist …``): the first lower-case word after a noun that
        neither links a genitive or ``von`` phrase nor opens a clause."""
        if not self.lex.capitalised_nouns:
            return None
        noun = False
        for m in range(k, min(hi, k + _MAX_ACCORDING)):
            token = self.t[m]
            if token.kind == "q" or (token.kind == "w" and token.is_capitalised):
                noun = True  # a name, a noun, a title in marks
                continue
            if token.kind == "p":
                if token.text in _ATTACHED:
                    continue
                return None
            w = token.lower
            if w in self.lex.determiners or w in self.lex.phrase_prepositions:
                noun = False
            elif noun:
                if (
                    w in self.lex.conjunctions
                    or w in self.lex.clause_openers
                    or w in self.lex.relative_pronouns
                    or w in self.lex.complementizers
                    or w in self.lex.prepositions
                ):
                    return None
                return m
        return None

    def is_second_fragment(self, span: tuple[int, int]) -> bool:
        """Whether the words after ``C1, according to X,`` go on with the content rather
        than describe X (``a Republican strategist``) or add the writer's remark
        (``although …``, ``which …``): a clause of some length that opens with neither."""
        first = self.word(span[0])
        return self.words_in(span) >= _MIN_CLAUSE_WORDS and not (
            first in self.lex.determiners
            or first in self.lex.conjunctions
            or first in self.lex.clause_openers
            or first in self.lex.relative_pronouns
            or first in self.lex.role_nouns
            or first in self.lex.prepositions
        )

    def describes(self, k: int) -> bool:
        """Whether the words at ``k`` open a description of the name before them (``a
        professor``, ``director of …``, ``then his agent``) rather than a clause."""
        w = self.word(k)
        return (
            w in self.lex.determiners
            or w in self.lex.role_nouns
            or w in self.lex.relative_pronouns
            or w in self.lex.time_words
        )

    def words_in(self, span: tuple[int, int]) -> int:
        """The number of words in a token range."""
        return sum(1 for t in self.t[span[0] : span[1]] if t.kind == "w")


def _is_credit(frame: Frame, reader: _Reader) -> bool:
    """``X said C, The Hill reported``: a frame whose content holds the speech and whose
    source is an outlet credits the outlet (an attribution); X is the speaker."""
    if frame.form != "before" or frame.source is None:
        return False
    return is_outlet_name(reader.text_of(frame.source), reader.lex)


def _set_off_quotation(frame: Frame, outer: tuple[int, int], reader: _Reader) -> int | None:
    """For ``“Q,” X said`` set off inside another frame's content by a colon or a dash
    (``Y suggested C - “Q,” X said - and …``): the position of that colon or dash."""
    if frame.form != "before" or frame.content is None:
        return None
    first, end = frame.content
    if end - first != 1 or reader.t[first].kind != "q":
        return None
    mark = first - 1
    if mark <= outer[0] or not reader.is_punct(mark, ":" + _DASHES):
        return None
    return mark


def _resolve_overlaps(frames: list[Frame], reader: _Reader) -> list[Frame]:
    """Cut or drop frames whose cue lies inside another frame's content.

    ``X said C1, but added that C2``: C1 ends before ``, but`` (whether C2's frame
    inherits X or names the sentence's subject again).  A cue inside reported
    content without such coordination is nested speech and is dropped.  An outlet's
    credit around speech is dropped (:func:`_is_credit`).
    """
    kept: list[Frame] = []
    for frame in frames:
        outer = next(
            (
                f
                for f in kept
                if f.content is not None and f.content[0] <= frame.cue[0] < f.content[1]
            ),
            None,
        )
        if outer is None:
            nests = any(
                frame.content and frame.content[0] <= f.cue[0] < frame.content[1] for f in kept
            )
            if not (nests and _is_credit(frame, reader)):
                kept.append(frame)
            continue
        assert outer.content is not None
        opening = _set_off_quotation(frame, outer.content, reader)
        if opening is not None:
            # "X said C: “Q,” Y added": the quotation and its own cue end the content
            kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], opening))
            kept.append(frame)
            continue
        cut = frame.cue[0] - 1
        if frame.source is not None and frame.source[0] >= outer.content[0]:
            cut = frame.source[0] - 1
        elif frame.source is None and (
            reader.word(reader.skip_auxiliaries(cut, outer.content[0]))
            not in reader.lex.conjunctions
        ):
            continue  # a cue without subject inside content is nested: "…, lze očekávat …"
        while (
            cut > outer.content[0]
            and reader.t[cut].kind == "w"
            and (reader.t[cut].lower in reader.lex.auxiliaries)
        ):
            cut -= 1
        if cut > outer.content[0] and (
            reader.word(cut) in reader.lex.conjunctions or reader.is_punct(cut, ",;")
        ):
            while cut > outer.content[0] and (
                reader.word(cut - 1) in reader.lex.conjunctions or reader.is_punct(cut - 1, ",;")
            ):
                cut -= 1
            if reader.word(cut) in reader.lex.conjunctions or reader.is_punct(cut, ",;"):
                new_end = cut
                while new_end > outer.content[0] and reader.is_punct(new_end - 1, ",;"):
                    new_end -= 1
                kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], new_end))
                if not _is_credit(frame, reader):
                    kept.append(frame)
    return kept


def attribution_in(
    tokens: Sequence[Token], lo: int, hi: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The cue and the source of an attribution segment such as ``сказал он`` or
    ``the minister said``, the piece between the dashes of dialogue-style speech.

    The cue must come within the segment's first words; the source is the noun phrase
    after it (``said the minister``) or before it (``the minister said``).
    """
    reader = _Reader(tokens, lexicon)
    for i in range(lo, min(hi, lo + _MAX_SOURCE)):
        phrase = reader.cue_at(i, hi)
        if phrase is None:
            continue
        k = i + len(phrase)
        source = reader.source_after(k, hi) if k < hi else None
        if source is None and i > lo:
            source = reader.source_before(i - 1, lo)
        if source is None and k < hi:
            source = reader.tail_source(k, hi)  # "— заявила главный инженер Анна Роева"
        return (i, k), source
    return None


def signature_after(
    tokens: Sequence[Token], start: int, hi: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and the cue of the attribution that signs a quotation, read from
    ``start`` (the token after the quotation and its comma) to the unit's end ``hi``:
    ``“Q,” Jo Roe said in her weekly radio address``, ``“Q,” the economist Jo Roe, a
    former adviser, wrote on his blog``, ``“Q,” said a former aide who asked not to be
    named``.  Whatever follows the cue does not matter: the quotation is its content.

    The source must fill the words between the quotation and the cue (a name, a
    description, a pronoun, with appositions between commas), or follow a cue that
    comes first.  Returns the token ranges of the source and of the cue, or ``None``.
    """
    reader = _Reader(tokens, lexicon)
    if start >= hi:
        return None
    first = reader.cue_at(start, hi)
    if first is not None and not tokens[start].is_capitalised:
        k = start + len(first)
        source = reader.source_after(reader.addressee_end(k, hi, first), hi)
        if source is None or is_outlet_name(reader.text_of(source), lexicon):
            return None
        # "said a former aide who asked not to be named": the relative clause describes
        who = next((m for m in range(*source) if reader.word(m) in lexicon.relative_pronouns), None)
        return (source[0], who if who is not None and who > source[0] else source[1]), (start, k)
    for v in range(start + 1, min(hi, start + _MAX_SIGNATURE)):
        token = tokens[v]
        if token.kind == "q" or (
            token.kind == "p"
            and token.text in _TERMINAL
            and not is_abbreviation_dot(tokens, v, lexicon)
        ):
            return None
        phrase = reader.cue_at(v, hi) if not token.is_capitalised else None
        if phrase is None or reader.is_noun_use(v, start):
            continue
        j = reader.skip_auxiliaries(v - 1, start)
        if j < start:
            return None
        source = (
            reader.source_before_apposition(j, start)
            if reader.is_punct(j, ",")
            else reader.source_before(j, start)
        )
        if source is not None and source[0] == start:
            return source, (v, v + len(phrase))
    return None


def signature_before(
    tokens: Sequence[Token], lo: int, position: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and the cue of the attribution that introduces the quotation at
    ``position`` after a comma or a colon, the last cue of its unit (from ``lo``):
    ``Jo Roe said in a recent issue of the magazine: “Q”``, ``Jo Roe, R-Ohio, said in
    an op-ed piece before the hearing, “Q”``, ``Roe dodged questions before saying,
    “Q”`` (the clause's subject), ``Said Jo Roe, who grew up there, “Q”``.

    Returns the token ranges of the source and of the cue, or ``None``.
    """
    reader = _Reader(tokens, lexicon)
    end = position - 1
    if end <= lo or not reader.is_punct(end, ",:"):
        return None
    for v in range(end - 1, max(lo - 1, end - _MAX_SIGNATURE), -1):
        token = tokens[v]
        if token.kind == "q":
            return None
        phrase = reader.cue_at(v, end) if v == lo or not token.is_capitalised else None
        if phrase is None or (len(phrase) == 1 and phrase[0] in lexicon.noun_like_cues):
            continue  # "deflected questions before saying": "questions" is a noun
        gerund = phrase[0].endswith(lexicon.participle_endings)
        if reader.is_noun_use(v, lo) and not (
            gerund and reader.word(v - 1) in lexicon.prepositions
        ):
            continue  # but "before saying" speaks
        k = v + len(phrase)
        j = reader.skip_auxiliaries(v - 1, lo)
        source: tuple[int, int] | None = None
        if gerund:
            source = reader.subject_of(lo, v)
        elif j >= lo and reader.word(j) in lexicon.relative_pronouns:
            source = reader._antecedent(j - 1, lo)
        elif j >= lo and reader.is_punct(j, ","):
            source = reader.source_before_apposition(j, lo)
        elif j >= lo:
            source = reader.source_before(j, lo)
        elif k < end and reader.word(k) not in lexicon.question_words:
            # "Said Jo Roe, who …, “Q”": the source after the cue, up to a comma
            source = reader.source_after(k, end)
            if source is not None and not (source[1] == end or reader.is_punct(source[1], ",")):
                source = None
        if source is None:
            return None
        return source, (v, k)
    return None


def find_frames(
    tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[list[Frame], list[tuple[int, int]]]:
    """Return the frames of one paragraph's tokens, and the paragraph's sentence units."""
    reader = _Reader(tokens, lexicon)
    spans = units(tokens, lexicon)
    frames: list[Frame] = []
    for number, (lo, hi) in enumerate(spans):
        frames.extend(_resolve_overlaps(reader.frames(lo, hi, number), reader))
    return frames, spans
