"""Cue frames: a speech cue with its source and its content, found in one paragraph.

A frame is one attribution: ``Moss noted that C`` (source, cue, content after),
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
import itertools
import threading
from collections.abc import Sequence
from typing import cast, overload

import attrs

from newsstruct.lang import (
    GENITIVE,
    SENTENCE_STOPS,
    Lexicon,
    enclitic_subject,
    first_name_case,
    is_feminine_first_name,
    is_outlet_name,
    is_participle_form,
    surname_endings,
    surname_nominative,
    verb_gender,
)
from newsstruct.quotes.complements import ATTRIBUTION_WORDS, ComplementReader
from newsstruct.quotes.frame_sources import SourceReader
from newsstruct.quotes.reading import (
    ADJUNCT_REACH,
    ATTACHED,
    DASHES,
    INFINITIVE_REACH,
    MAX_ACCORDING,
    MAX_MIDDLE,
    MAX_PIECE,
    MAX_SOURCE,
    NAME_WORDS,
    NOUN_MODIFIERS,
    is_joined_infinitive,
    is_name_noun,
    is_name_quotation,
    is_other_name,
    is_plural,
    is_plural_cue_noun,
    is_titled_quotation,
    is_work_title,
    match_phrase,
    possessive_ending,
    remembered,
    split_elision,
)
from newsstruct.quotes.tokens import (
    CLOSING_BRACKETS,
    LOWER,
    Token,
    ends_sentence,
    is_abbreviation_dot,
    is_localized_adjunct,
    units,
)

__all__ = [
    "Frame",
    "attribution_in",
    "colon_subject",
    "find_frames",
    "forget_readers",
    "signature_after",
    "signature_before",
]

_MIN_CLAUSE_WORDS = 4
# the marks, besides a word, that may end the subject right before a cue's verb: a closing
# bracket (an age after a name, "李女士（45岁）表示"), a full stop, a single mark, a percent
_CLOSES_SUBJECT = CLOSING_BRACKETS + ".’'%"
_PARTICIPLE_LETTERS = 5  # letters of a word with a participle's ending, more than (not "sing")
# the words of a predicative before an inserted cue ("Важно, подчеркнул X, что C")
_PREDICATIVE_WORDS = 2
_OPENER_WORDS = 2  # an adverb before a parenthetical cue ("En outre, a dit X, C")
_COMPOUND_HEAD = 5  # letters of a role noun at least, to head a compound ("kreise")
_AS_CLAUSE_WORDS = 3  # words of a source phrase that opens a clause ("según lo que")
_QUOTED_REACH = 4  # words between an infinitive cue and the quotation it reports, at most
_AS_PHRASE_WORDS = 3  # words of an as-word of several ("tal y como", "după cum")
_CONTACT_NOUN_WORDS = 4  # words from an article to its noun ("a probe", "the new tax plan")
_COMPLEMENT_WORDS = 3  # lower-case words of a role's genitive complement ("spraw wewnętrznych")
_UNMARKED_SOURCE_WORDS = 7  # words of a source with no comma after it (Polish "Według X C")
_MIN_NAMING_WORDS = 3
_MAX_SIGNATURE = 30  # tokens between a quotation and the cue of its signature
_VERB_FINAL_MEDIUM_WORDS = (
    5  # words to a medium noun before a final cue ("AA muhabirine yaptığı açıklamada")
)
_MANNER_WORDS = 3  # the copula, its auxiliary and an adverb ("a été très clair")
_PLACE_WORDS = 2  # a preposition and its place after a role ("w Lornporcie")
_MAX_OPEN_NAME = 5  # words of a name that signs a quotation in a language without a lexicon
_POSTPOSED_WORDS = 4  # words of a subject after reported speech ("C다고 해양수산부가 밝혔다")
_OBJECT_WORDS = 4  # words of a verb's object before an infinitive ("led many voters to say")
_INSTRUMENT_WORDS = 3  # words after a preposition to a weapon ("with ballistic missiles")
_APPOSITION_WORDS = 7  # words of a description before its role noun ("senior vice president")
_DOMAIN_WORDS = (
    5  # words of a role's domain after its preposition ("de vivienda del Partido Popular")
)
_POSSESSED_WORDS = 3  # lower-case words of a possessor's role ("managing director")
_PLURAL_POSSESSIVE = ("s'", "s’")  # a plural possessor's apostrophe ("Valmont Ferries'")
_AUTHOR_REACH = 8  # words from a colon back to the medium noun that announces a text
_EXPERIENCER_REACH = 4  # words from a verb of feeling to its object's name ("surprise pollster")
_NAMED_NOUN_WORDS = 4  # words of a noun phrase given a name ("a Facebook group called X")
_SUBJECT_WORDS = 4  # words of a subject joined to the next by "and" ("she and Jo Roe promised")
_RELATIVE_ADJUNCT_WORDS = 7  # words of an adjunct between a relative pronoun and its cue
_MODAL_REACH = 3  # words from a modal to its bare verb ("cannot say", "would not ever say")
_CHAINED_PREDICATES = 4  # predicates a comma chains to one subject ("kam, sah, siegte")
_PAST_STEM = 2  # a past verb is longer than this, its gender ending and all ("wstał")
_HOLDER_NAME_WORDS = 4  # words of a role's holder after the verb ("starosta Petr Novák")
_MIN_PAST_LETTERS = 5  # letters of a regular past form read as a quotation's cue (not "bed")
_PAST_REACH = 10  # tokens from a quotation to an unlisted past verb, its source between


@functools.cache
def _compound_heads(lexicon: Lexicon) -> tuple[str, ...]:
    """The role nouns long enough to head a compound (:data:`_COMPOUND_HEAD` letters or
    more), as the tuple ``str.endswith`` takes: built once per lexicon, not per word."""
    return tuple(noun for noun in lexicon.role_nouns if len(noun) >= _COMPOUND_HEAD)


@functools.cache
def _genitive_modifiers(lexicon: Lexicon) -> tuple[str, ...]:
    """The endings of a modifier in the genitive (:attr:`Lexicon.genitive_agreement`:
    Polish ``-ych``, ``-ego``), as the tuple ``str.endswith`` takes, once per lexicon."""
    return tuple(ending for modifiers, _ in lexicon.genitive_agreement for ending in modifiers)


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
    fronted: tuple[int, int] | None = None  # ``P, X said, “Q”``: P, a fragment before
    # the separable particle that closes the cue's clause (``teilte am Montag mit``)
    particle: int | None = None
    unnamed: bool = False  # no source, and none to look for (``when asked whether C``)


class FrameReader(SourceReader, ComplementReader):
    """Reads the frames of one paragraph: a cue with its source and its content."""

    def coordinated_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject of a cue after the conjunction at ``j`` (``The mayor visited the
        pier and said C``): in a verb-second language the subject that opens the clause
        (:meth:`first_subject`); where nouns go bare, a full name that opens the sentence;
        elsewhere the sentence's subject (a clause of its own may come before it)."""
        if j - 1 < lo:
            return None
        if self.lex.verb_second:
            return (
                self.first_subject(lo, j)
                or self.described_first_subject(lo, j)
                or self.chained_subject(lo, j)
            )
        if self.lex.bare_noun_subjects:
            # no article tells the subject from the object: only a full name that opens
            # the sentence ("Oppositionsrådet Jo Roe kritiserar beskedet och menar C"),
            # and not where a free order fronts objects and drops subjects ("Jana
            # Kowalskiego poparł wojewoda … i zapewnił": the name is the object)
            if self.lex.pro_drop:
                return self.named_opening(lo, j)
            subject = self.subject_of(lo, j)
            if subject is None or subject[0] != lo:
                return None
            capitalised = [m for m in range(*subject) if self.t[m].is_capitalised]
            return subject if len(capitalised) >= 2 and capitalised[-1] == subject[1] - 1 else None
        if self.word(j + 1).endswith(self.lex.participle_endings):
            shared = self.instrument_subject(lo, j)
            if shared is not None:
                return shared  # "with Jo Roe tweeting that C and asking C2": Roe asks
        clause = self.clause_start(lo, j)
        k = clause
        while k < j and (
            self.t[k].kind in ("p", "q")
            or self.word(k) in self.lex.conjunctions
            or self.word(k) in self.lex.clause_openers
        ):
            k += 1
        opener = next(
            (
                o
                for o in range(j - 2, clause - 1, -1)
                if self.t[o].kind == "w" and self.word(o) in self.lex.clause_openers
            ),
            None,
        )
        if opener is not None and (
            opener < k
            # amid the clause, a name after the opener and "and" before the cue ("…
            # deciding whether Acme could sue but said C": the sentence's subject)
            or (self.t[opener + 1].is_capitalised and self.word(j) in self.lex.list_conjunctions)
        ):
            # "Some booed, and when Roe thanked them and said C", "The crowd cheered
            # when Roe spotted a sign and asked C": the subordinate clause's own subject
            own = self.subject_of(opener + 1, j)
            if own is not None and own[0] == opener + 1:
                return own
        return self.subject_of(lo, j)

    def named_opening(self, lo: int, j: int) -> tuple[int, int] | None:
        """Where nouns go bare and subjects drop, the subject of a cue after the
        conjunction at ``j`` that opens the sentence, its past verb right after it and of
        its gender: a full name in the nominative (``Jan Nowak wstał i powiedział``,
        ``Wojewoda Jan Nowak przyjechał … i zapewnił``), its first name listed and its
        surname in no genitive ending of that gender (:attr:`Lexicon.surname_cases`), nor
        of a man's where the first name may be the genitive of one (``Jana``); not a
        fronted object (``Jana Kowalskiego poparł wojewoda … i zapewnił``); else ``None``."""
        subject = self.subject_of(lo, j)
        if subject is None or subject[0] != lo or subject[1] >= j:
            return None
        start, end = subject
        verb = self.word(end)
        if not self.lower_word(end):
            return None
        gender = verb_gender(verb, self.lex)
        if not gender or len(verb) <= _PAST_STEM:
            return None
        run = self.capitalised_start(start, end)
        first = next((m for m in range(run, end - 1) if self.word(m) in self.lex.first_names), None)
        if first is None:
            return None
        given, surname = self.word(first), self.word(end - 1)
        # a name either may bear agrees with either verb ("Саша Петров пришёл и сказал")
        if given not in self.lex.unisex_names and gender != (
            "f" if is_feminine_first_name(given, self.lex) else "m"
        ):
            return None
        genders = {gender}
        oblique = first_name_case(given, self.lex, oblique=True)
        if oblique is not None:
            genders.add(oblique[1])  # "Jana": a woman's name, or a man's in the genitive
        endings = surname_endings(self.lex)
        if any(
            surname_nominative(surname, endings.get((g, GENITIVE), ())) is not None for g in genders
        ):
            return None
        return subject

    def chained_subject(self, lo: int, c: int) -> tuple[int, int] | None:
        """In a verb-second language, the subject that opens the sentence whose predicates
        a comma chains before the comma or conjunction at ``c`` (``Die Ministerin lehnte
        ab, sagte aber C``, ``X besuchte die Schule, lobte die Lehrer und sagte C``, ``X
        sprach sich aus, und sagte C``): back over each clause after a comma that opens
        with a finite verb (a predicate with no subject of its own) or holds only a
        conjunction, or over a clause it embeds (:meth:`embedded_clause_before`), to the
        first clause, whose :meth:`first_subject` it is; ``None`` where a clause of another
        kind comes between (``Als X kam, …``)."""
        if not self.lex.verb_second:
            return None
        for _ in range(_CHAINED_PREDICATES):
            start = self.clause_start(lo, c)
            if start == lo:
                return self.first_subject(lo, c)
            first = start
            while first < c and self.word(first) in self.lex.clause_conjunctions:
                first += 1
            if first < c and not (
                self.lower_word(first)
                and self.is_finite_verb(self.word(first))
                and self.word(first) not in self.lex.subordinators
                and self.word(first) not in self.lex.clause_openers
            ):
                embedded = self.embedded_clause_before(lo, start, first, c)
                if embedded is None:
                    return None
                start = embedded  # "X hielt den Plan, weil …, für falsch und sagte C"
            c = start - 1
        return None

    def embedded_clause_before(self, lo: int, start: int, first: int, c: int) -> int | None:
        """Where the clause that a comma closes right before ``start`` opens, where it
        opens with a complementizer or a subordinator after a comma and the clause at
        ``start`` goes on with its first word ``first`` lower case, no word that opens a
        clause nor a relative pronoun, and holds no finite verb up to the conjunction at
        ``c`` (``X hielt den Plan, weil er teuer sei, für falsch und sagte C``: the main
        clause around the one it embeds; but ``…, an die X zahlte, erklärte``: a relative
        clause); else ``None``."""
        word = self.word(first)
        if (
            any(
                self.t[m].kind != "w" or (self.lower_word(m) and self.is_finite_verb(self.word(m)))
                for m in range(first, c)
            )
            # "die …", "an die …": a relative pronoun (or an article) may open the clause
            or word in self.lex.relative_pronouns
            or (
                word in self.lex.prepositions and self.word(first + 1) in self.lex.relative_pronouns
            )
            or not self.lower_word(first)
            or word in self.lex.subordinators
            or word in self.lex.clause_openers
            or word in self.lex.complementizers
            or word in self.lex.conjunctions
        ):
            return None
        before = self.clause_start(lo, start - 1)
        opener = self.word(before)
        if before > lo and (opener in self.lex.complementizers or opener in self.lex.subordinators):
            return before
        return None

    @remembered  # asked by verb_final_as of its clause, then by as_frame again
    def preposed_agent(self, lo: int, i: int) -> tuple[int, int] | None:
        """The agent of a passive whose participle is the cue at ``i``, where the
        participle closes the clause and the agent's preposition
        (:attr:`~newsstruct.lang.Lexicon.preposed_agents`) stands before it in the
        clause of a passive auxiliary (``Von der Stadt wurde betont, dass C``, ``Es wurde
        vom Ministerium mitgeteilt, C``): the noun phrase right after the preposition;
        else ``None``, and after a cue that takes the preposition as its topic
        (:attr:`~newsstruct.lang.Lexicon.about_cues`: ``Von dem Unfall wurde berichtet``)."""
        start = self.clause_start(lo, i)
        if (
            self.word(i) in self.lex.about_cues
            or not self.lower_word(i)
            or not (
                self.word(i + 1) in self.lex.passive_auxiliaries
                or any(self.word(m) in self.lex.passive_auxiliaries for m in range(start, i))
            )
        ):
            return None
        by = next(
            (m for m in range(i - 1, start - 1, -1) if self.word(m) in self.lex.preposed_agents),
            None,
        )
        if by is None:
            return None
        end = self.noun_phrase_end(by + 1, i)
        agent = self.source_after(by + 1, end) if end is not None else None
        return agent if agent is not None and agent[0] == by + 1 else None

    def described_first_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """In a verb-second language, the subject that opens the sentence before an
        apposition or a relative clause whose comma the verb before the conjunction at
        ``j`` follows (``Jo Berg, Chef der Gewerkschaft, kritisierte die Pläne und sagte
        C``), else ``None``."""
        start = self.clause_start(lo, j)
        if not (
            start > lo
            and self.is_punct(start - 1, ",")
            and self.lower_word(start)
            and self.word(start) not in self.lex.determiners
        ):
            return None
        described = self.source_before_apposition(start - 1, lo)
        opening = lo
        while opening < j and self.t[opening].kind != "w":
            opening += 1
        if (
            described is None
            or described[0] != opening
            # a noun phrase, no clause: no lower-case word but a preposition after a
            # capitalised one ("Er erhielt das Buch, las es und sagte C"; but "Die neue
            # Ministerin", "Jo Berg von der Freien Liste")
            or any(
                self.lower_word(m)
                and self.word(m) not in self.table.np_words
                and self.word(m) not in self.lex.prepositions
                and self.t[m - 1].is_capitalised
                and self.word(m - 1) not in self.lex.determiners
                for m in range(described[0] + 1, described[1])
            )
        ):
            return None
        return described

    def instrument_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject of the last participle cue before ``j`` where an instrument
        preposition governs it (``with Jo Roe tweeting that C``), else ``None``."""
        for m in range(j - 1, lo, -1):
            word = self.word(m)
            if word in self.table.verbs and word.endswith(self.lex.participle_endings):
                subject = self.source_before(m - 1, lo)
                if (
                    subject is not None
                    and subject[0] > lo
                    and self.word(subject[0] - 1) in self.lex.instrument_prepositions
                ):
                    return subject
                return None
        return None

    def perfect_subject(
        self, i: int, lo: int, source: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """In a verb-second language, the subject of a cue at ``i`` that closes an active
        clause after its finite auxiliary, where the phrase read before the cue
        (``source``) is none, holds the auxiliary (``Der Verband hat am Montag von den
        Städten verlangt``) or is a preposition's object after it (``hat vor kurzem von
        den Städten verlangt``): the subject that opens the clause or follows the
        auxiliary (:meth:`first_subject`); else ``None``."""
        if not self.lex.verb_second:
            return None
        clause = range(self.clause_start(lo, i), i)
        auxiliary = next((m for m in clause if self.word(m) in self.lex.finite_auxiliaries), None)
        if (
            auxiliary is None
            or self.word(i + 1) in self.lex.passive_auxiliaries
            or any(self.word(m) in self.lex.passive_auxiliaries for m in clause)
        ):
            return None  # no auxiliary, or a passive: "wird von X mitgeteilt", "… worden"
        if source is not None and not (
            source[0] <= auxiliary < source[1]
            # "hat vor kurzem von X verlangt", "Nach allen Regeln sollte man meinen"
            or self.word(source[0] - 1) in self.lex.prepositions
        ):
            return None
        return self.first_subject(lo, i)

    def inverted_perfect(self, i: int, k: int, lo: int, hi: int, unit: int) -> Frame | None:
        """The frame of the cue's participle ``i``..``k`` that closes an inverted perfect
        after the words reported (:attr:`Lexicon.inverted_perfect_auxiliaries`: ``„Q“,
        hat Jo Roe gesagt.``, ``C, hat der Minister am Montag erklärt.``): the subject
        right after the auxiliary speaks, the words before the comma are the content;
        ``None`` elsewhere."""
        if not self.only_adjuncts(k, hi):
            return None
        auxiliary = next(
            (
                m
                for m in range(i - 1, max(lo, i - 1 - MAX_SOURCE - ADJUNCT_REACH), -1)
                if self.t[m].kind != "w" or self.words[m] in self.lex.inverted_perfect_auxiliaries
            ),
            None,
        )
        if (
            auxiliary is None
            or auxiliary - 1 <= lo
            or self.t[auxiliary].kind != "w"
            or not (
                self.is_punct(auxiliary - 1, ",")
                or (self.t[auxiliary - 1].kind == "q" and self.t[auxiliary - 1].comma)
            )
        ):
            return None
        source = self.source_after(auxiliary + 1, i)
        after = source[1] if source is not None else i
        if after + 2 <= i and self.lower_outlet_told(after, after + 2):
            after += 2  # "hat Jo Roe der dpa gesagt": the outlet told
        if (
            source is None
            or source[0] != auxiliary + 1
            or source[1] > i
            or not self.only_adjuncts(after, i)
            # "Er trat zurück, hatte den Fehler zugegeben.": an object, no subject
            or self.words[source[0]] in self.lex.object_determiners
            # "C, hat die Stadt den Plan verteidigt", "hatte Roe das Ende verkündet": an
            # object before the cue (a genitive's article stays: "der Sprecher der Stadt")
            or any(
                self.words[m] in self.lex.determiners
                and self.words[m - 1] not in self.lex.prepositions
                and (m >= source[1] or self.words[m] not in self.lex.genitive_determiners)
                for m in range(source[0] + 1, i)
                if not source[1] <= m < after
            )
            # "Im Volk, hat man gesagt, dass C": a fronted adjunct, the cue's clause after
            or (self.is_punct(k, ",") and self.word(k + 1) in self.lex.complementizers)
        ):
            return None
        comma = auxiliary - 1 if self.t[auxiliary - 1].kind == "p" else auxiliary
        content = self.content_before(lo, comma)
        if content is None or (
            # "Im Hafen von Lornport, hat Roe gesagt": a fronted adjunct, no words reported
            self.word(content[0]) in self.lex.prepositions
            and not self.quotes_in(content)
            and not self.has_finite_verb(*content)
        ):
            return None
        first = None if self.quotes_in(content) else content
        rest = self.rest_after_comma(k, hi, first=first)
        return Frame((i, k), source, content, "before", unit, extra=rest)

    def passive_subject(self, i: int, lo: int) -> tuple[int, int] | None:
        """For a cue's participle at ``i`` after a passive (``Roe was heard on a
        recording telling C``, ``Roe was recorded saying C``): the passive's subject,
        before its auxiliary, where only the past participle and an adjunct stand
        between the auxiliary and the cue; else ``None``."""
        if not self.words[i].endswith(self.lex.participle_endings):
            return None
        for p in range(i - 1, max(lo + 1, i - 6), -1):
            if (
                self.words[p - 1] in self.lex.passive_auxiliaries
                and self.is_past_participle(p, endings=False)
                and (p + 1 == i or self.after_adjunct(p + 1, i))
            ):
                return self.source_before(p - 2, lo) if p - 2 >= lo else None
        return None

    def subject_after_verb(self, v: int, j: int) -> tuple[int, int] | None:
        """Where, after the verb at ``v`` and any prepositional phrase, the first article
        before ``j`` is one of a subject only (German ``der``: ``Die Schule besuchte am
        Montag der Minister``), the subject it opens; the phrase before the verb is then
        no subject, and an empty span ``(m, m)`` where no name follows that article: the
        clause has no subject to give."""
        for m in range(v + 1, j):
            if self.t[m].kind != "w":
                return None
            if (
                self.word(m) in self.lex.determiners
                and self.word(m - 1) not in self.lex.prepositions
            ):
                if self.word(m) not in self.lex.subject_determiners:
                    return None
                subject = self.source_after(m, j)
                return subject if subject is not None and subject[0] == m else (m, m)
        return None

    def first_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """In a verb-second language, the subject that opens the clause before the
        conjunction at ``j`` (``Die Ministerin besuchte die Schule und sagte C``);
        ``None`` where the clause opens with an adjunct, an object or a verb (``Am Montag
        …``, ``Den Vertrag unterschrieb X und …``) or after a comma but that of ``, und``
        (``X, der …, besuchte …``: the words after it may be the rest of a clause)."""
        start = self.clause_start(lo, j)
        if (
            start > lo
            and self.is_punct(start - 1, ",")
            and self.word(start) not in self.lex.clause_conjunctions
        ):
            return None  # "X mißt dem Umstand, dass …, Bedeutung bei und sagt": mid-clause
        while start < j and (
            self.t[start].kind != "w" or self.word(start) in self.lex.clause_conjunctions
        ):
            start += 1
        if start >= j:
            return None
        first = self.word(start)
        if first in self.lex.pronouns:
            return (start, start + 1)  # "Er besuchte die Schule und sagte C"
        phrase = self.source_phrase_at(start, j)
        if (
            phrase is not None
            or first in self.lex.prepositions
            or self.is_opening_adverb(start)
            or (first in self.lex.time_words and self.t[start].is_capitalised)
        ):
            # "Laut Polizei flüchtete der Täter und sagte C", "Am Montag besuchte die
            # Ministerin die Schule und sagte C", "Gestern kam sie und sagte C": a source
            # phrase, an adjunct or an adverb fills the first place, the subject follows
            # the verb, the first lower-case word after a capitalised one
            verb = next(
                (
                    m
                    for m in range(start + 1, j)
                    if self.t[m].kind != "w"
                    or (
                        self.lower_word(m)
                        and self.t[m - 1].is_capitalised
                        and self.word(m) not in self.lex.determiners
                        and self.word(m) not in self.lex.prepositions
                        # "Nach allen Regeln sollte man …": an attribute before its noun
                        and not (
                            self.t[m + 1].is_capitalised
                            and (
                                not self.is_finite_verb(self.word(m))
                                # "Am nächsten Tag hat X": after a preposition, a verb's
                                # ending only is an attribute's (but "Dazu sagten Experten")
                                or (
                                    self.word(m - 1) in self.lex.prepositions
                                    and self.word(m) not in self.table.verbs
                                    and self.word(m) not in self.lex.auxiliaries
                                )
                            )
                        )
                    )
                ),
                j,
            )
            return self.subject_after_verb_at(verb, j)
        if (
            (self.lower_word(start) and first not in self.lex.determiners)
            or first in self.lex.prepositions
            or first in self.lex.object_determiners
            or first in self.lex.subordinators
            or first in self.lex.clause_openers
            or self.is_opening_adverb(start)
        ):
            return None
        end = self.noun_phrase_end(start, j)
        if end is None or end >= j:
            return None
        after = self.subject_after_verb(end, j)
        if after is not None:
            # "Die Schule besuchte am Montag der Minister und sagte C": no empty subject
            return after if after[0] < after[1] else None
        subject = self.source_after(start, end)
        return subject if subject is not None and subject[0] == start else None

    def subject_after_verb_at(self, verb: int, j: int) -> tuple[int, int] | None:
        """The subject right after the finite verb at ``verb`` (``… flüchtete der
        Täter``, ``… kam sie``), a pronoun or a noun phrase, or ``None``."""
        if verb + 1 >= j or self.t[verb].kind != "w":
            return None
        if self.word(verb + 1) in self.lex.pronouns:
            return (verb + 1, verb + 2)
        if self.word(verb + 1) in self.lex.reflexive_pronouns:
            verb += 1  # "meldete sich die Polizei zu Wort und sagte C": the verb's reflexive
        end = self.noun_phrase_end(verb + 1, j)
        subject = self.source_after(verb + 1, end) if end is not None else None
        return subject if subject is not None and subject[0] == verb + 1 else None

    def noun_phrase_end(self, start: int, j: int) -> int | None:
        """Where the noun phrase that opens at ``start`` ends before ``j``: at the first
        lower-case word after its noun that is no article nor a preposition of a phrase
        (the verb after a subject, ``ruhig`` of ``die Wirtin ruhig``), or at an article
        after it that opens no genitive (:attr:`Lexicon.genitive_determiners`); ``None``
        where no noun comes first or a quotation that is no title does."""
        end = start
        named = False
        genitives = self.lex.genitive_determiners
        while end < j and (
            not self.lower_word(end)
            or not named
            or self.word(end) in self.lex.determiners
            or self.word(end) in self.lex.phrase_prepositions
            # "Dr. v. Lang": an abbreviated particle of the name
            or (
                end + 2 < j
                and is_abbreviation_dot(self.t, end + 1, self.lex)
                and self.t[end + 2].is_capitalised
            )
        ):
            if self.t[end].kind == "q" and not is_titled_quotation(self.t, end, self.lex):
                return None
            if (
                named
                and genitives
                and self.word(end) in self.lex.determiners
                and self.word(end) not in genitives
            ):
                break  # "die Ministerin die Schule": the object's article
            named = named or self.t[end].kind == "q" or self.is_noun_word(end)
            end += 1
        return end if named else None

    def is_verb_object(self, source: tuple[int, int], lo: int) -> bool:
        """Whether the words before a participle are a verb's object or a verb phrase
        rather than its subject: a text or a statement after a verb (``issued a statement
        saying``, ``Roe sent an email to donors asking``), or a participle's phrase (``is
        making a case to riders saying``)."""
        start, end = source
        lex = self.lex
        first = self.t[start]
        if (
            start > lo
            and self.after_verb(start)
            and (not first.is_capitalised and first.lower.endswith(lex.participle_endings))
        ):
            return True
        for m in range(start, end):
            if m > lo and (m == start or self.word(m) in lex.determiners) and self.after_verb(m):
                head = self.word(end - 1)
                return head in self.table.speech_nouns or head in lex.thing_nouns
        return False

    def after_verb(self, m: int) -> bool:
        """Whether the word before ``m`` is a lower-case word of content (a verb, in
        ``issued a statement``), no function word or name."""
        before = self.t[m - 1]
        lower = before.lower
        lex = self.lex
        return (
            before.kind == "w"
            and not before.is_capitalised
            and lower not in lex.prepositions
            and lower not in lex.conjunctions
            and lower not in lex.clause_openers
            and lower not in lex.complementizers
            and lower not in lex.as_words
            and lower not in lex.relative_pronouns
            and lower not in lex.determiners
        )

    def bare_infinitive(self, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """An infinitive clause after a cue without the comma that sets it off today
        (``glaubte ein Lied zu hören``, ``verspricht die Bank aufstellen zu
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
        while n < hi and self.t[n].kind == "w" and n - start <= MAX_PIECE:
            w = self.word(n)
            if (
                w in self.lex.conjunctions
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                or w in self.lex.adverbial_openers
                or self.opens_relative(n)
            ):
                return None
            n += 1
        if n >= hi or self.t[n].kind != "p" or n - start > MAX_PIECE:
            return None
        last = self.word(n - 1)
        separate = (
            n - start >= 4 and self.word(n - 2) == particle and not self.t[n - 1].is_capitalised
        )  # not "zu Hilmar": a preposition
        joined = n - start >= 3 and is_joined_infinitive(last, self.lex)
        return (start, (start, n)) if separate or joined else None

    def quotation_after(self, k: int, hi: int) -> bool:
        """Whether a quotation (after a comma or a colon) comes right at token ``k``."""
        if k < hi and self.is_punct(k, ",:"):
            k += 1
        return k < hi and self.t[k].kind == "q"

    def contact_relative(
        self, source: tuple[int, int], lo: int, k: int, hi: int
    ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
        """The subject, the content and the described noun phrase of a cue in a relative
        clause written without its pronoun (``a probe the agency said was ongoing``, ``the
        water she insists is needed``): the cue at ``k`` is followed by a finite
        auxiliary, the clause's predicate whose subject is the gap; its subject opens after
        the noun phrase, inside ``source`` (an article, a pronoun or a capitalised name
        after a lower-case noun) or right after it; ``None`` elsewhere.  The noun phrase
        is the content's first fragment, as a relative pronoun is (``which X said``)."""
        if (
            self.lex.verb_second
            or not self.lex.zero_complementizer
            or k >= hi
            or self.word(k) not in self.lex.finite_auxiliaries
            # "the crews they thought were the right choice": a thought, no speech
            or self.word(k - 1) in self.lex.thought_cues
        ):
            return None
        start, end = source
        inner, opening = next(
            (
                (m, opening)
                for m in range(end - 1, start, -1)  # the last: "the plan the board said"
                if self.opens_contact_subject(m)
                and (opening := self.noun_phrase_start(m - 1)) is not None
            ),
            (start, None),
        )
        if opening is None and start > lo:
            opening = self.noun_phrase_start(start - 1)  # "the resolve she argues"
        if opening is None or opening <= lo:
            # "The ferry the mayor said was late arrived at noon", "The only thing the
            # mayor said was that C": a noun phrase that opens the sentence is its
            # subject, and the predicate after the cue runs into the sentence's own verb
            return None
        predicate = self.gap_predicate(k, hi, relative=False)
        if predicate is None:
            return None
        return (inner, end), predicate, (opening, inner)

    def opens_contact_subject(self, m: int) -> bool:
        """Whether the word at ``m`` may open the subject of a relative clause without
        its pronoun: an article, a subject pronoun or a capitalised word."""
        return (
            self.word(m) in self.lex.determiners
            or self.is_subject_pronoun(m)
            or self.t[m].is_capitalised
        )

    def noun_phrase_start(self, m: int) -> int | None:
        """The article that opens the noun phrase whose lower-case noun is the word at
        ``m`` (``a probe``, ``the party's new plan``), which a relative clause may
        describe; ``None`` where the word is a function word, a verb form or an adverb,
        or no article comes before it."""
        n = m - 1
        if n < 0:
            return None
        while n > max(0, m - _CONTACT_NOUN_WORDS) and self.lower_word(n):
            if self.word(n) in self.lex.determiners:
                break
            n -= 1
        token = self.t[m]
        w = token.lower
        noun = (
            self.word(n) in self.lex.determiners
            and token.kind == "w"
            and not token.is_capitalised
            and w not in self.table.noun_blockers
            and not self.is_finite_form(w)
            and not self.has_adverb_ending(w)
        )
        return n if noun else None

    def after_relative_pronoun(self, source: tuple[int, int]) -> tuple[int, int]:
        """The words of a source after a relative pronoun inside it (``the hackers who
        officials say …``: ``officials``), where the pronoun is no article too and no
        verb follows it; the source itself elsewhere."""
        source = self.after_governed_relative(source)
        inner = next(
            (m for m in range(source[1] - 2, source[0], -1) if self.opens_relative(m)), None
        )
        if inner is None or (
            self.is_predicate(inner + 1, source[1])
            or self.word(inner + 1) in self.lex.finite_verbs
            or self.word(inner + 1) in self.lex.auxiliaries
        ):
            return source  # "those who named a captain said": the clause is the subject's
        return (inner + 1, source[1])

    def relative_antecedent(self, source: tuple[int, int], lo: int) -> tuple[int, int]:
        """Where nouns are capitalised, the antecedent of a relative pronoun that opens a
        source after a comma with no noun after it, the cue the clause's verb (``Es war
        Jo Roe, die am Montag sagte, C``, ``ein Experte, der es genau weiß, dass C``):
        the noun phrase before the comma; the source itself elsewhere."""
        start, end = source
        if not (
            self.lex.capitalised_nouns
            and start - 2 >= lo
            and self.is_punct(start - 1, ",")
            and self.word(start) in self.lex.relative_pronouns
            and all(
                self.t[m].kind == "w" and not self.t[m].is_capitalised
                for m in range(start + 1, end)
            )
            # a pronoun, an adjunct or nothing after it, no word of a noun phrase ("…,
            # die meisten sagten, C": the article of a subject)
            and (
                start + 1 == end
                or self.word(start + 1) in self.lex.pronouns
                or self.word(start + 1) in self.lex.object_pronouns
                or self.word(start + 1) in self.lex.reflexive_pronouns
                or self.word(start + 1) in self.lex.prepositions
                or self.word(start + 1) in self.lex.time_words
                or self.word(start + 1) in self.lex.degree_adverbs
            )
        ):
            return source
        antecedent = self._antecedent(start - 2, lo)
        if antecedent is None or antecedent[1] != start - 1:
            return source
        return antecedent

    def after_governed_relative(self, source: tuple[int, int]) -> tuple[int, int]:
        """The words of a source after the relative pronoun that a preposition after a
        comma governs (``…, bei der die Ministerin erklärte``; a possessive one with its
        noun: ``…, in dessen Verlauf Jo Roe zurief``): the pronoun opens the clause, its
        subject follows; the source itself elsewhere."""
        start, end = source
        if not (
            start > 1
            and self.word(start - 1) in self.lex.prepositions
            and self.is_punct(start - 2, ",")
        ):
            return source
        w = self.word(start)
        if w in self.lex.possessive_relatives:
            n = start + 1
            while n < end and not self.t[n].is_capitalised:
                n += 1  # "in dessen weiterem Verlauf": the noun's adjectives
            start = n + 1
        elif (w in self.lex.relative_pronouns or w in self.lex.determiners) and (
            self.word(start + 1) in self.lex.determiners
            or self.word(start + 1) in self.lex.possessive_determiners
        ):
            start += 1  # "bei der die": an article after the pronoun opens the subject
        else:
            return source
        return (start, end) if start < end else source

    def source_over_conjunction(self, j: int, lo: int) -> tuple[int, int] | None:
        """``Experts on Korea and nuclear arms said``: where the words before a cue are
        no noun phrase of their own, the phrase that a list conjunction among the last
        few lower-case words joins them to, with them."""
        c = j
        while c > lo and j - c < _SUBJECT_WORDS and self.t[c].kind == "w":
            w = self.word(c)
            if w in self.lex.list_conjunctions:
                if c == j:
                    return None  # "refuses to release the records or explain C": verbs
                first = self.source_before(c - 1, lo)
                return (first[0], j + 1) if first is not None and first[1] == c else None
            if self.t[c].is_capitalised or w in self.table.verbs or w in self.lex.auxiliaries:
                return None
            c -= 1
        return None

    def joined_subject(self, source: tuple[int, int], lo: int) -> tuple[int, int]:
        """``C, teachers and union officials said``, ``Roe and her aides said C``: the
        subject with the noun phrase that a list conjunction joins to it, where the
        unit's start, a comma or a quotation opens that phrase; the subject alone
        elsewhere."""
        m = source[0] - 1
        if m - 1 < lo or self.word(m) not in self.lex.list_conjunctions:
            return source
        first = self.source_before(m - 1, lo)
        if (
            first is None
            or first[1] != m
            # "The mayor left and officials said C": two clauses; "to Ukraine and …"
            or any(self.finite_form_at(n, m) for n in range(*first))
            or self.word(first[0]) in self.lex.prepositions
            or self.word(first[0]) in self.lex.infinitive_markers
            or not (
                first[0] == lo
                or self.is_punct(first[0] - 1, ",—–-")
                or self.t[first[0] - 1].kind == "q"
            )
        ):
            return source
        return (first[0], source[1])

    def relative_subject(
        self, source: tuple[int, int], lo: int, cue: int
    ) -> tuple[int, int] | None:
        """The subject of the cue at ``cue`` whose words before it are the object of a
        relative clause's verb (``Voters who praised the mayor said C``: not ``the
        mayor`` but ``Voters``; with a finite cue, ``Voters in towns that border the
        river said C``, ``Voters who met Jo Roe said C``, but ``a speech that included
        Roe vowing to C``), or ``None`` where no relative clause ends before the cue."""
        start, end = source
        finite = not self.word(cue).endswith(self.lex.participle_endings)
        before = start - 1
        if (
            finite
            and before > lo
            and (
                self.word(before) in self.lex.relative_pronouns
                or self.word(before) in self.lex.possessive_relatives
            )
            and not self.t[start].is_capitalised
        ):
            # "Residents who live near the dam said C", "Parents whose children attend
            # the school said C": the relative clause describes the subject that opens
            # the sentence (but "a man who officials say was armed": an object's)
            antecedent = self._antecedent(before - 1, lo)
            if antecedent is not None and antecedent[0] == lo and antecedent[1] == before:
                return (antecedent[0], end)
        if finite:
            inner = next(
                (
                    m
                    for m in range(start + 1, end - 2)
                    if self.opens_relative(m)
                    and self.is_relative_verb(m + 1, end)
                    and any(self.t[n].is_capitalised for n in range(m + 2, end))
                ),
                None,
            )
            if inner is not None:
                return self._antecedent(inner - 1, lo)  # "Voters who met Jo Roe": no "Jo Roe"
        verb = self.relative_verb(source, lo, finite=finite)
        if verb is None:
            return None
        # the noun phrase before the relative pronoun (or, with a finite cue, a relative
        # "that") before the verb and its auxiliaries
        m = self.skip_auxiliaries(verb - 1, lo)
        if m <= lo or not (
            self.word(m) in self.lex.relative_pronouns or (finite and self.is_relative_that(m, lo))
        ):
            return None
        antecedent = self._antecedent(m - 1, lo)
        if (
            antecedent is not None
            and antecedent[1] == antecedent[0] + 1 == m
            and (is_plural(self.word(antecedent[0]), self.lex) or self.is_role(antecedent[0]))
            and end == start + 1
            and self.word(start) in self.lex.object_pronouns
        ):
            # "People who know him said C": a lone plural or role noun names nobody;
            # the clause on a pronoun tells who
            return (antecedent[0], end)
        return antecedent

    def relative_verb(self, source: tuple[int, int], lo: int, *, finite: bool) -> int | None:
        """The verb of the relative clause whose object is ``source``: a cue verb right
        before it, past auxiliaries (``Voters who praised the mayor``); for a ``finite``
        cue's subject also any relative clause's verb that opens the source or stands
        right before it (``towns that border the river``); ``None`` if there is none."""
        start, end = source
        if finite and self.is_relative_verb(start, end):
            return start
        m = self.skip_auxiliaries(start - 1, lo)
        if m >= lo and (
            self.word(m) in self.table.verbs
            or (finite and m == start - 1 and self.is_relative_verb(m, end))
        ):
            return m
        return None

    def is_relative_verb(self, k: int, end: int) -> bool:
        """Whether token ``k`` may be the verb of a relative clause whose object runs to
        ``end``: an open-class lower-case word (no function word, modifier or role) and
        then a determiner, an object pronoun or a name (``border the river``, ``endorsed
        him``, ``met Jo Roe``)."""
        if k + 1 >= end or self.t[k].kind != "w" or self.t[k].is_capitalised:
            return False
        word = self.word(k)
        lex = self.lex
        if word in self.table.relative_verb_blockers or not word.isalpha():
            return False
        # "that outgoing Mayor Jo Roe said": an adjective before a title, no verb;
        # "that local GOP insiders said": an adjective, as a name is no whole object
        return (self.word(k + 1) in lex.determiners or self.word(k + 1) in lex.object_pronouns) or (
            self.word(k + 1) not in lex.role_nouns
            and all(self.t[n].is_capitalised for n in range(k + 1, end) if self.t[n].kind == "w")
        )

    def is_relative_that(self, m: int, lo: int) -> bool:
        """Whether the complementizer at ``m`` opens a relative clause: a noun comes
        right before it (``towns that``, ``Baltic states that``), no cue verb, function
        word or word of time."""
        if m - 1 < lo or self.word(m) not in self.lex.complementizers:
            return False
        before = self.word(m - 1)
        if self.t[m - 1].kind != "w" or before in self.lex.stopwords:
            return False
        if before in self.lex.time_words:
            return False
        if before in self.table.verbs:
            # "Baltic states that": a noun-like cue in a plural form is the noun
            return is_plural_cue_noun(before, self.lex)
        return True

    def relative_before_adjunct(self, j: int, lo: int) -> int | None:
        """The relative pronoun that opens an adjunct ending at ``j``, right before the
        cue (``Jo Roe, who in 2019 said C``, ``who last year told``, ``who has in the past
        called``): its index, where the words after it, past auxiliaries, open with a
        preposition or a word of time and are adjuncts only; ``None`` elsewhere (``the
        moderator, who Roe says``: a subject of its own)."""
        pronoun = next(
            (
                p
                for p in range(j - 1, max(lo, j - _RELATIVE_ADJUNCT_WORDS) - 1, -1)
                if self.t[p].kind != "w" or self.opens_relative(p)
            ),
            None,
        )
        if (
            pronoun is None
            or self.t[pronoun].kind != "w"
            # "in welcher nach … hingewiesen wird": a preposition's object, no subject
            or (pronoun > lo and self.words[pronoun - 1] in self.lex.prepositions)
            # "wants to know who on the board said": a question's pronoun after a verb,
            # no relative one after a comma, a name or a role
            or not (
                pronoun > lo
                and (
                    self.is_punct(pronoun - 1, ",")
                    or self.t[pronoun - 1].is_capitalised
                    or self.is_role(pronoun - 1)
                )
            )
        ):
            return None
        m = pronoun + 1
        while m < j and self.words[m] in self.lex.auxiliaries:
            m += 1  # "who has in the past called"
        if not (
            self.words[m] in self.lex.prepositions or self.words[m] in self.lex.time_words
        ) or not self.only_adjuncts(m, j + 1):
            return None
        return pronoun

    def subject_before_adjunct(self, j: int, lo: int) -> tuple[int, int] | None:
        """``The governor, a Republican, on Friday said C``: the subject before an
        apposition and a short adjunct that ends at ``j``, right before the cue."""
        aside_end = self.adjunct_after_comma(j, lo)
        if aside_end is None:
            return None
        return self.source_before_apposition(aside_end, lo) or self.subject_before_aside(
            lo, aside_end
        )

    def subject_before_aside(self, lo: int, j: int) -> tuple[int, int] | None:
        """``Judge Jo Roe, in her dissent, said C``, ``The justice -- who had … --
        said C``: the names or noun-phrase words that open the unit up to the comma or
        dash of an aside that ends at ``j``, right before the cue."""
        k = lo
        while k < j and (
            # "Mr. Jo Roe, who …, said C": an abbreviation's full stop inside the name
            (k > lo and is_abbreviation_dot(self.t, k, self.lex))
            or (
                self.t[k].kind == "w"
                and (
                    self.t[k].is_capitalised
                    or self.word(k) in self.table.np_words
                    # "Ferry owners, for their part, said C": a bare plural's head
                    or (
                        k > lo
                        and self.is_punct(k + 1, ",")
                        and is_plural(self.word(k), self.lex)
                        and self.word(k) not in self.lex.stopwords
                        and self.word(k) not in self.table.verbs
                    )
                )
            )
        ):
            k += 1
        if not (
            lo < k < j
            and self.is_punct(k, ",-–—")
            and self.word(lo) not in self.lex.prepositions
            and self.word(lo) not in self.lex.time_words
            # "Or, as Jo Roe, …, said: “Q”": a conjunction opens no subject
            and self.word(lo) not in self.lex.conjunctions
            and self.word(lo) not in self.lex.list_conjunctions
            and self.is_noun_phrase((lo, k))
        ):
            return None
        return (lo, k)

    def object_before_subject(self, source: tuple[int, int]) -> int | None:
        """Where the subject starts in a source read as ``an arrangement the campaign``
        or ``a word Roe``: an indefinite article and one or two lower-case nouns (no
        role: ``a spokesman Jo Roe``), then a name, an article or a subject pronoun."""
        start, end = source
        if self.word(start) not in self.lex.trailing_appositives:
            return None
        for m in range(start + 2, min(end, start + 4)):
            token = self.t[m - 1]
            if (
                token.kind != "w"
                or token.is_capitalised
                or token.lower in self.lex.role_nouns
                or token.lower in self.lex.determiners
            ):
                return None
            if self.opens_subject(m):
                return m
        return None

    def opens_subject(self, k: int) -> bool:
        """Whether a subject opens at ``k``: a name, an article or a subject pronoun."""
        w = self.word(k)
        return self.t[k].is_capitalised or w in self.lex.determiners or self.is_subject_pronoun(k)

    def quotation_before(self, k: int, lo: int) -> bool:
        """Whether a quotation (and a comma) comes right before token ``k``."""
        m = k - 1
        if m > lo and self.is_punct(m, ","):
            m -= 1
        return m >= lo and self.t[m].kind == "q"

    def quotation_opens(self, k: int, lo: int) -> bool:
        """Whether the quotation right before token ``k`` (and its comma) opens the unit
        from ``lo``: only punctuation comes before it (``“Q,” X said``)."""
        m = k - 1
        if m > lo and self.is_punct(m, ","):
            m -= 1
        return all(self.t[n].kind == "p" for n in range(lo, m))

    def plural_head_before(self, i: int, source: tuple[int, int]) -> bool:
        """Whether the cue at ``i`` is a noun-like cue in a form that ends like a plural
        (``states``, ``reports``) and the head of the noun phrase before it, the word
        before any preposition in it, is a plural role (``Officials in Baltic states
        that``, ``Leaders of Gulf states``): no singular subject for the verb, so the
        cue is the plural noun of a place in that phrase (``The head of security states
        that C`` is a cue)."""
        word = self.word(i)
        if not is_plural_cue_noun(word, self.lex):
            return False
        head = next(
            (
                m
                for m in range(source[0], source[1])
                # "an email to his supporters notes": "to" after the head too
                if self.word(m) in self.lex.prepositions or self.word(m) in self.lex.relation_words
            ),
            source[1],
        )
        return (
            head - 1 >= source[0]
            and self.word(head - 1) in self.lex.role_nouns
            and is_plural(self.word(head - 1), self.lex)
        )

    def is_main_clause(self, lo: int, end: int) -> bool:
        """Whether the tokens ``lo``..``end`` end in a main clause that a tail can report:
        its last clause after a comma holds a finite verb and opens with no subordinating
        word (``When the union calls a strike, Roe objects``: an adverbial clause, no
        content; ``If the ferry fails, the town is lost, Roe notes`` is one)."""
        start = self.clause_start(lo, end)
        return (
            self.word(start) not in self.lex.clause_openers
            and self.word(start) not in self.lex.conjunctions
            and self.has_finite_verb(start, end)
        )

    def closes_tail(self, i: int, lo: int, hi: int) -> bool:
        """Whether an attribution verb that is also a noun closes the sentence after its
        content's comma, with its subject before or after it: ``C, the ministry
        reports.``, ``C, reports the press service of the council.``; any cue that is
        also a noun after a name or a subject pronoun (``C, Roe notes.``)."""
        if i - 1 < lo:
            return False
        attribution = self.word(i) in self.table.attribution_verbs
        if self.lex.verbal_cues and self.is_punct(i - 1, ",-–—"):
            # "«Q», — уверен политолог X", "C, уверен X": where cue words are verb forms
            # only, a predicative one set off after the content with its subject after it
            attribution = True
        if (
            self.lex.bare_noun_subjects
            and i - 2 >= lo
            and self.is_punct(i - 1, "-–—")
            and self.t[i - 2].kind == "q"
        ):
            # "„Q” – przekazała Anna Nowak.": a word after a quotation and its dash is
            # the verb that signs it, where nouns go bare
            attribution = True
        if self.is_punct(i - 1, ",") or (attribution and self.is_punct(i - 1, "-–—")):
            # "„Q“, sagen die Anwohner.", "C sei ernst, sagen Experten.": where nouns are
            # capitalised a cue verb in lower case after a quotation or reported words
            # is no noun
            attribution = attribution or (
                self.lex.capitalised_nouns
                and not self.t[i].is_capitalised
                and self.word(i) in self.lex.cue_verbs
                and (
                    self.t[i - 2].kind == "q"
                    or (
                        any(self.word(m) in self.lex.subjunctive_forms for m in range(lo, i))
                        # "Indem …, dass C sei, hielt X …": a clause set before the main one
                        and not any(
                            self.word(m) in self.lex.complementizers
                            or self.word(m) in self.lex.subordinators
                            for m in range(lo, i)
                        )
                    )
                )
            )
            after = self.source_after(i + 1, hi) if i + 1 < hi and attribution else None
            return (after is not None and self.only_adjuncts(after[1], hi)) or (
                # "«Q», - описал военную операцию на севере министр Иван Петров.": the
                # object, an adjunct, then a full name that ends the sentence
                attribution
                and self.lex.bare_noun_subjects
                and i + 1 < hi
                and self.final_name(i + 1, hi) is not None
            )
        before = self.source_before(i - 1, lo)
        return (
            before is not None
            and before[0] - 1 > lo
            and self.is_punct(before[0] - 1, ",")
            and (
                attribution
                # "As a mother, she felt for him", "…, Roe will continue to serve, …":
                # no thought nor a clause's verb closes a tail, nor a verb with more after it
                or (
                    self.word(i) not in self.lex.clause_cues
                    and (
                        self.is_subject_pronoun(i - 1)
                        or self.is_name(*before)
                        # "C, the filing states.": the verb's ending agrees with the
                        # singular noun its article opens
                        or (
                            self.words[i].endswith(self.lex.plural_endings)
                            and self.word(before[0]) in self.lex.determiners
                            and self.articled_noun_before(i, lo)
                            and not is_plural(self.words[i - 1], self.lex)
                        )
                    )
                    and not any(self.is_punct(m, ",;") for m in range(i + 1, hi))
                    and self.is_main_clause(lo, before[0] - 1)
                )
            )
            and self.only_adjuncts(i + 1, hi)
        )

    def frames(self, lo: int, hi: int, unit: int) -> list[Frame]:
        """The frames of the unit ``lo``..``hi`` (number ``unit``), left to right; only the
        cue table's trigger words start one, and at the unit's start the first word of an
        anaphoric cue, or any word where the language has free anaphoric attributions."""
        found: list[Frame] = []
        tokens = self.t
        triggers = self.table.triggers
        # (most words none; read in the case-folded words, a list, as every trigger is a
        # word: punctuation, "" there, starts none)
        starts = [m for m, word in enumerate(self.words[lo:hi], lo) if word in triggers]
        if self.lex.past_quotation_cues:
            pasts = self.pasts_beside_quotations(lo, hi)
            if pasts:
                starts = sorted({*starts, *pasts})
        if not starts and (lo >= hi or tokens[lo].lower not in self.table.anaphoric_first):
            # no trigger in the unit: no cue, and no anaphoric attribution either (in any
            # word order it has a cue verb, a trigger)
            return found
        if (
            lo < hi
            and (not starts or starts[0] != lo)
            and (
                tokens[lo].lower in self.table.anaphoric_first
                # an attribution in free word order holds a word of its anaphor (see
                # free_anaphoric): without one the unit's start starts nothing (and
                # without such attributions in the language no word is read: an empty
                # set's isdisjoint still reads every word)
                or (
                    bool(self.table.object_anaphor_first)
                    and not self.table.object_anaphor_first.isdisjoint(map(LOWER, tokens[lo:hi]))
                )
            )
        ):
            starts.insert(0, lo)
        i = lo
        openers = self.table.phrase_openers
        for start in starts:
            if start < i:
                continue  # inside the frame read before
            seconds = openers.get(tokens[start].lower)
            if (
                seconds is not None
                and lo < start
                and (start + 1 >= hi or tokens[start + 1].lower not in seconds)
            ):
                continue  # "in" before no word of "in the words of": none of its phrases
            frame, width = self.frame_at(start, lo, hi, unit)
            if frame is not None and (
                self.hedges(frame)
                or self.asks(frame, lo, hi)
                or (frame.content is not None and self.is_inverted_verb(frame.content[0]))
            ):
                # "I think", "you know": the speaker's hedge; "Did Roe say C?": a question;
                # no attribution; "Un incendie s'est déclaré, faisant deux blessés, a-t-on
                # appris auprès de X": a verb written with its subject after it opens no
                # content, it is the next cue
                frame = None
            if frame is not None:
                particle = self.closing_particle(frame.cue, hi)
                if particle is not None:
                    frame = attrs.evolve(frame, particle=particle)
                found.append(self.relayed(frame, hi))
            i = start + max(width, 1)
        if len(found) < 2:
            return found  # (no later frame whose subject one could stand in)
        # the frames whose source a clause may follow, read once a unit, not once a pair of
        # frames: a run of cues (``he said he said …``) has none
        clausal = [n for n, f in enumerate(found) if self.clause_after_source(f)]
        return [
            f
            for n, f in enumerate(found)
            if not self.in_subject(f, found[n + 1 :], [found[m] for m in clausal if m > n])
        ]

    def asks(self, frame: Frame, lo: int, hi: int) -> bool:
        """Whether the frame's cue stands in a yes-no question, which an auxiliary opens
        (``Did the mayor say C?``, ``Or would you think C?``): the question reports no
        words (but ``Why had he claimed that C?`` takes the claim as made).  Only
        conjunctions come before the auxiliary, and the unit ends in ``?``."""
        if self.lex.verb_second or not any(
            self.is_punct(m, "?") for m in range(max(lo, hi - 3), hi)
        ):
            return False
        lex = self.lex
        m = lo
        while m < frame.cue[0] and (
            self.t[m].kind == "p"
            or self.word(m) in lex.conjunctions
            or self.word(m) in lex.list_conjunctions
        ):
            m += 1
        return m + 1 < frame.cue[0] and self.word(m) in lex.finite_auxiliaries

    def clause_after_source(self, frame: Frame) -> bool:
        """Whether a relative word or a complementizer follows the frame's own source
        (``Voters who …``), which it does not take from the frame before it."""
        return (
            frame.source is not None
            and not frame.inherits
            and (
                self.opens_relative(frame.source[1])
                or self.word(frame.source[1]) in self.lex.complementizers
            )
        )

    def in_subject(self, frame: Frame, later: list[Frame], clausal: list[Frame]) -> bool:
        """Whether ``frame`` is the verb of a relative clause inside a later frame's
        subject (``Voters who praised the mayor said C``: not ``praised`` with ``the
        mayor said C``): the later cue lies in its content, and the later source ends
        before its cue, where a relative word opens the clause (``clausal``: the later
        frames whose source a clause follows, :meth:`clause_after_source`)."""
        content = frame.content
        if (
            content is not None
            and frame.source is not None
            and self.opens_relative(self.skip_auxiliaries(frame.cue[0] - 1, frame.source[1]))
            and any(other.source == frame.source and other.content == content for other in later)
        ):
            # "“Q,” one aide, who asked not to be named, told X": the relative clause's
            # verb, where a later cue of the same source takes the same words
            return True
        return content is not None and any(
            other.source is not None
            and other.source[1] < frame.cue[0]
            and content[0] <= other.cue[0] < content[1]
            for other in clausal
        )

    def closing_particle(self, cue: tuple[int, int], hi: int) -> int | None:
        """The separable particle of a one-word cue that closes its clause away from it
        (``Das Ministerium teilte am Montag mit, C``: ``mit``) in a language of
        :attr:`~newsstruct.lang.Lexicon.verb_particles`, else ``None``."""
        first, end = cue
        if not self.lex.verb_particles or end != first + 1:
            return None
        particles = self.table.separable.get(self.word(first))
        if not particles:
            return None
        closing = self.clause_end(first, hi)
        # "laat de gemeente weten in een verklaring": before a closing phrase of the medium
        last = self.before_closing_medium(first, closing if closing is not None else hi) - 1
        return last if last > end and self.word(last) in particles else None

    def articled_noun_before(self, i: int, lo: int) -> bool:
        """Whether a noun phrase that an article opens ends right before ``i``: a few
        words with no function word among them after the article (``the company``,
        ``The Turkish government``), not the article alone (``the states``)."""
        m = i - 1
        while m >= lo and i - m <= _SUBJECT_WORDS and self.t[m].kind == "w":
            w = self.word(m)
            if w in self.lex.determiners:
                return m < i - 1
            if w in self.lex.stopwords or (
                w in self.table.verbs and w not in self.lex.noun_like_cues
            ):
                return False  # "the mayor said notes …", "the council of states"
            m -= 1
        return False

    def asks_after(self, k: int, hi: int, phrase: tuple[str, ...]) -> bool:
        """Whether a cue of asking before ``k`` (its words ``phrase``) has its question
        after it, past an addressee and adjuncts (``asked whether C``, ``asked him
        about C``)."""
        return phrase[0] in self.lex.question_cues and (
            self.question_content(self.addressee_end(k, hi, phrase), hi, True, False) is not None
        )

    def hedges(self, frame: Frame) -> bool:
        """Whether a frame is a thought cue whose subject is the speaker or the one
        addressed (``I think C``, ``you know``): a hedge of one's own words."""
        source = frame.source
        return (
            source is not None
            and source[1] - source[0] == 1
            and self.word(source[0]) in self.lex.hedge_subjects
            and self.word(frame.cue[1] - 1) in self.lex.thought_cues
        )

    def relayed(self, frame: Frame, hi: int) -> Frame:
        """A frame whose cue relays another's words (``приводит пресс-служба слова
        губернатора X``, ``приводит его слова пресс-служба``, ``Слова X приводит``):
        the owner of the words speaks, a possessive before them or the genitive after
        them (to the end of its name), not the verb's subject."""
        speaker = self.speaker_of(frame.cue[0], hi, frame.source)
        if speaker == frame.source:
            return frame
        return attrs.evolve(frame, source=speaker, inherits=False)

    @overload
    def speaker_of(self, i: int, hi: int, source: tuple[int, int]) -> tuple[int, int]: ...
    @overload
    def speaker_of(self, i: int, hi: int, source: None) -> tuple[int, int] | None: ...
    @overload
    def speaker_of(
        self, i: int, hi: int, source: tuple[int, int] | None
    ) -> tuple[int, int] | None: ...
    def speaker_of(self, i: int, hi: int, source: tuple[int, int] | None) -> tuple[int, int] | None:
        """The speaker of the cue at ``i`` whose source is ``source``: the owner of the
        words a relay verb relays (:meth:`owner_of_words`), the one a verb of citing
        cites without the outlet that cites (:meth:`quoted_one`), else ``source``."""
        owner = self.owner_of_words(i, hi)
        if owner is None and source is not None:
            owner = self.quoted_one(i, source)
        return source if owner is None else owner

    def quoted_one(self, i: int, source: tuple[int, int]) -> tuple[int, int] | None:
        """For a verb of citing at ``i`` (``цитирует Бербок агентство DPA``,
        ``цитирует агентство DPA министра Бербок``): the one cited, without the outlet
        that cites (the verb's subject, the channel); ``None`` for another cue or
        without an outlet in the source."""
        if self.words[i] not in self.lex.citing_verbs:
            return None
        start, end = source
        medium = next((m for m in range(start, end) if self._is_medium(m)), None)
        if medium is None:
            return None
        if medium > start:
            return (start, medium)  # the one cited, then the outlet
        m = medium + 1
        if self.word(medium) in self.lex.media_words and not self.t[medium].is_capitalised:
            while m < end and (self.t[m].is_capitalised or self.t[m].kind == "q"):
                m += 1  # "агентство DPA": the medium's noun and its name
        return (m, end) if m < end else None

    def _is_medium(self, m: int) -> bool:
        """Whether the token at ``m`` names a medium: one of the lexicon's media words."""
        return self.t[m].kind == "w" and self.word(m) in self.lex.media_words

    def owner_of_words(self, i: int, hi: int) -> tuple[int, int] | None:
        """The speaker of a relay verb at ``i`` (see :meth:`relayed`), or ``None`` for
        another cue."""
        if self.words[i] not in self.lex.relay_verbs:
            return None
        words = self.relayed_words(i, hi)
        if words is None:
            return None
        if words > 0 and self.word(words - 1) in self.table.possessives and words - 1 != i:
            return (words - 1, words)
        end = i if words < i else hi
        if words + 1 >= end:
            return None
        owner = self.source_after(words + 1, end) or self.tail_source(words + 1, end)
        if owner is None:
            return None
        # "слова губернатора Вячеслава Гладкова пресс-служба": to the end of the name
        name = next((m for m in range(*owner) if self.t[m].is_capitalised), None)
        if name is not None:
            while name < owner[1] and self.t[name].is_capitalised:
                name += 1
            owner = (owner[0], name)
        return owner

    def body_after(self, k: int, hi: int) -> tuple[int, int] | None:
        """The body after a cue verb and a preposition of place at ``k`` that make a cue
        phrase of the lexicon (``повідомили в НЕК «Укренерго»``, ``сообщили в компании
        «Укрэнерго»``), up to the unit's end: the source is where it was said."""
        if not (
            0 < k < hi - 1
            and self.word(k) in self.lex.prepositions
            and self.word(k) not in self.lex.agent_prepositions
            and self.cue_at(k - 1, hi) == (self.word(k - 1), self.word(k))
        ):
            return None
        body = self.place_body(k + 1, hi, to_end=False)
        return body if body is not None and self.ends_attribution(body[1], hi) else None

    def body_before(self, i: int, lo: int) -> tuple[int, int] | None:
        """The body in a place phrase that opens the unit right before the cue at ``i``
        (``У Міноборони заявили, що C``, ``В компании призвали X C``), where the cue and
        the preposition make a cue phrase of the lexicon (``заявили в``): the body
        speaks, as in ``C, заявили в Міноборони``."""
        while (
            lo < i
            and self.words[lo] in self.lex.time_words
            and self.words[lo] not in self.lex.prepositions
        ):
            lo += 1  # "Раніше в Нафтогазі заявили"
        preposition = self.words[lo]
        end = self.skip_auxiliaries(i - 1, lo) + 1  # "В компании также отметили"
        if not (
            preposition in self.lex.prepositions
            and (self.word(i), preposition) in self.table.by_first.get(self.word(i), ())
            and lo + 1 < end
            and self.word(lo + 1) not in self.lex.time_words  # "У вівторок заявили"
        ):
            return None
        if lo + 2 == end and self.t[lo + 1].kind == "q":
            return (lo + 1, end)  # "В «Укрэнерго» отметили": the name in marks
        if (
            self.word(i) in self.lex.impersonal_cues
            and lo + 2 == end
            and not self.t[lo + 1].is_capitalised  # but "W MSZ podkreślono": a body
        ):
            return None  # "В сообщении говорится": a statement, nobody named
        return self.place_body(lo + 1, end, to_end=True)

    def place_body(self, start: int, end: int, *, to_end: bool) -> tuple[int, int] | None:
        """The body a place phrase names from ``start`` (``в НЕК «Укренерго»``): a
        source read forwards, else one read as a sentence's tail, that runs to ``end``
        when ``to_end``; none where a media word opens it (``у Telegram``: a channel)."""
        body = self.source_after(start, end)
        if body is None or (to_end and body[1] != end):
            body = self.tail_source(start, end)
        if (
            body is None
            or (to_end and body[1] != end)
            or (
                self.word(body[0]) in self.lex.media_words
                and not is_name_quotation(self.t, body[0] + 1, self.lex)  # "В КП «…»"
            )
        ):
            return None  # "у Telegram": a channel (but "В Минфине ТАСС заявили")
        return body

    def in_broken_compound(self, i: int, lo: int) -> bool:
        """Whether the word at ``i`` ends a hyphenated word that a space breaks (``so-
        called``, ``so -called``): part of a modifier, no verb."""
        if i <= lo:
            return False
        before = self.t[i - 1]
        return (before.kind == "w" and before.text.endswith("-")) or (
            self.is_punct(i - 1, "-")
            and before.end == self.t[i].start
            and i - 1 > lo
            and self.t[i - 2].kind == "w"
        )

    def is_attributive_participle(self, i: int, lo: int, hi: int) -> bool:
        """Whether the cue word at ``i`` is a past participle that an article (or a
        possessor) and an adverb put before a noun (``a politically charged visit``,
        ``the previously announced plan``, ``Roe's widely reported remark``, ``the most
        criticized move``; so an ``-ing`` form: ``the most telling detail``): an
        adjective of the noun phrase, no verb."""
        if i - 2 < lo:
            return False
        if self.is_modified_gerund(i):
            return True
        if i + 1 >= hi or not (
            self.is_adverb(i - 1) or self.words[i - 1] in self.lex.degree_adverbs
        ):
            return False
        word, before, after = self.words[i], self.words[i - 2], self.t[i + 1]
        return (
            (
                is_participle_form(word, self.lex, endings=False)
                or word.endswith(self.lex.participle_endings)
            )
            and (before in self.table.articles or before.endswith(self.lex.possessive_endings))
            and after.kind == "w"
            and not after.is_capitalised
            and after.lower not in self.lex.stopwords
            and after.lower not in self.lex.prepositions
        )

    def is_modified_gerund(self, i: int) -> bool:
        """Whether the cue's ``-ing`` form at ``i`` is a noun: a determiner and an
        adjective stand before it, one of :attr:`Lexicon.gerund_adjectives` or a word
        with one of :attr:`Lexicon.adjective_prefixes` (``the new thinking``, ``the
        anti-harbour feeling``; but ``the man saying``: a noun, then the participle)."""
        word, modifier = self.words[i], self.t[i - 1]
        return (
            word.endswith(self.lex.participle_endings)
            and modifier.kind == "w"
            and not modifier.is_capitalised
            and (
                modifier.lower in self.lex.gerund_adjectives
                or modifier.lower.startswith(self.lex.adjective_prefixes)
            )
            and (
                self.words[i - 2] in self.lex.determiners
                or self.words[i - 2] in self.lex.possessive_determiners
            )
        )

    def in_formula(self, i: int, lo: int, hi: int) -> bool:
        """Whether the word at ``i`` is in one of the lexicon's set phrases that
        attribute nothing (:attr:`Lexicon.formulas`: ``All told, C``, ``But having said
        that, C``), set off by the unit's start or punctuation before and a comma after
        (``a statement that said C`` is no set phrase)."""
        for formula, n in self.table.formulas.get(self.words[i], ()):
            start, end = i - n, i - n + len(formula)
            if (
                start >= lo
                and match_phrase(self.t, start, hi, formula)
                and (end >= hi or self.is_punct(end, ",;"))
                and (
                    start == lo
                    or self.t[start - 1].kind == "p"  # "…, so to speak", "(Having said that"
                    or (start - 1 == lo and self.word(lo) in self.lex.conjunctions)
                )
            ):
                return True
        return False

    def frame_at(self, i: int, lo: int, hi: int, unit: int) -> tuple[Frame | None, int]:
        """The frame whose cue starts at ``i`` in the unit ``lo``..``hi``, if any, and the
        number of tokens the reading moved over (the caller moves on by at least one)."""
        if (
            self.in_broken_compound(i, lo)
            or (i + 1 < hi and self.words[i + 1] in self.lex.non_speech_particles)
            or (
                self.lex.request_objects
                and i + 1 < hi
                and self.words[i + 1] in self.lex.request_objects
                and self.words[i] in self.table.control_verbs
            )
            or self.in_formula(i, lo, hi)
            or (i + 1 < hi and is_work_title(self.t, i + 1, self.lex))
            or self.is_attributive_participle(i, lo, hi)
            or self.relays_words(i, hi)
        ):
            # "the so- called reform", "called off the strike", "meminta maaf", "All
            # told, C", "who wrote “Tides,”", "a racially charged debate": no speech;
            # "Police cited a witness as saying C": the witness's cue speaks
            return None, 1
        lower = self.t[i].lower
        source_phrases = self.table.source_by_first.get(lower, ())
        possessive = i + 1 < hi and self.words[i + 1] in self.table.possessives
        for source_phrase in source_phrases if possessive else ():
            if len(source_phrase) > 1 and match_phrase(self.t, i + 2, hi, source_phrase[1:]):
                # "По его словам, C": the possessive is the source, resolved as a pronoun
                width = len(source_phrase) + 1
                comma = i + width
                if comma + 1 < hi and self.is_punct(comma, ","):
                    content = self._content_range(comma + 1, hi)
                    if content is not None:
                        return Frame((i, comma), (i + 1, i + 2), content, "according", unit), width
                if i > lo and self.is_punct(i - 1, ",") and self.only_adjuncts(comma, hi):
                    # "C, по его словам.": the clause before the phrase
                    content = self.content_before(lo, i - 1)
                    if content is not None:
                        return Frame((i, comma), (i + 1, i + 2), content, "according", unit), width
                return None, width
        # the phrases that may open here, with their second word (not all 44 of "nach"),
        # looked up only where a phrase opens with the word
        candidates = self.source_candidates(i) if source_phrases else ()
        longest = self.source_phrase_at(i, hi, candidates) if source_phrases else None
        as_clause = self.clause_after_phrase(i, hi, longest)
        if as_clause:  # "Según ha explicado X, C": the cue's own clause, read at it
            return None, as_clause
        if (
            not source_phrases
            and lower not in self.table.verbs
            and self.lex.subject_enclitics
            and enclitic_subject(lower, self.lex)
        ):
            # "Menurutnya, C": a one-word source phrase that holds its pronoun
            return self.according_to_pronoun(i, 1, i, lo, hi, unit), 1
        modified = self.modified_source_phrase(i, hi, candidates) if source_phrases else 0
        if modified > len(longest or ()):  # "Nach vorläufigen Angaben der Polizei wurden C"
            return self.according_to(i, modified, lo, hi, unit), modified
        if longest is not None:
            width = len(longest)
            if not self.lex.own_source_words.isdisjoint(longest):
                return self.own_source(i, width, lo, hi, unit), width
            pronoun = next(
                (i + n for n, w in enumerate(longest) if w in self.table.phrase_pronouns), None
            )
            # "Selon lui, C": the pronoun speaks (but "Potrivit lui X": a name's article)
            # (Greek "Κατά τον υπουργό, C": an article, also a pronoun, before its noun;
            # Dutch "Volgens haar is C": no noun but an auxiliary after it)
            if pronoun is not None and not (
                i + width < hi
                and (
                    self.t[i + width].is_capitalised
                    or (
                        pronoun == i + width - 1
                        and self.words[pronoun] in self.lex.determiners
                        and self.t[i + width].kind == "w"
                        and self.words[i + width] not in self.lex.auxiliaries
                    )
                )
            ):
                return self.according_to_pronoun(i, width, pronoun, lo, hi, unit), width
            if pronoun == i + width - 1 and self.words[pronoun] in self.lex.possessive_determiners:
                width -= 1  # "Volgens haar moeder is C": the possessive opens the source
            framed = self.according_to(i, width, lo, hi, unit)
            if framed is not None and framed.source is not None and self.lex.glued_cues:
                # "据新华社报道，C": the cue that closes the phrase is read with it, and
                # the place of the report before it ("据新华社在北京报道")
                close = framed.source[1]
                while close < hi and is_localized_adjunct(self.word(close), self.lex):
                    close += 1
                width = max(width, close + 1 - i)
            return framed, width
        if self.compounds_source_phrase(i, hi, source_phrases):
            # "Nach Polizeiangaben wurde C": the source in the phrase's compound noun
            return self.according_to(i, 1, lo, hi, unit), 1
        if lower in self.lex.opinion_prepositions:
            view = self.according_to(i, 1, lo, hi, unit) if i == lo else None
            if view is not None and view.source is not None and self.names_someone(*view.source):
                return view, 1  # "Pour le député Jo Roe, C", "Dla opozycji C"
            return None, 1
        if lower in self.lex.source_postpositions and i > lo:
            return self.according_after(i, lo, hi, unit), 1
        if i == lo and lower in self.table.anaphoric_first:
            for anaphor in self.table.anaphoric:
                if match_phrase(self.t, i, hi, anaphor):
                    end = i + len(anaphor)
                    start = self.skip_addressee(end, hi)
                    named = self.source_after(start, hi) if start < hi else None
                    if named is None and self._marked_name(start, hi):
                        named = (start, start + 1)  # "Об этом сообщает «Медиазона»"
                    body = self.body_after(end, hi) if named is None else None
                    if body is not None:
                        # "Про це повідомили в НЕК «Укренерго»": the body where it was said
                        return Frame((i, end + 1), body, None, "anaphoric", unit), hi - i
                    if named is None and self.table.anaphors:
                        # "Об этом говорится в сообщении пресс-службы X"
                        start = self.skip_adjuncts(end, hi)
                        named = self.source_after(start, hi) or self.tail_source(start, hi)
                    return Frame(
                        (i, end), self.named_by_apposition(named, hi), None, "anaphoric", unit
                    ), hi - i
        if i == lo and self.table.object_anaphors:
            free = self.free_anaphoric(lo, hi)
            if free is not None:
                cue, free_source = free
                if free_source is not None and self.ends_attribution(
                    max(cue[1], free_source[1]), hi
                ):
                    free_source = self.named_by_apposition(free_source, hi)
                    return Frame(cue, free_source, None, "anaphoric", unit), hi - i
        if lower in self.table.speech_nouns and i > lo:
            by_noun = self.speech_noun(i, lo, hi, unit)
            if by_noun is not None:
                return by_noun, 1
        phrase = self.cue_at(i, hi)
        if phrase is None:
            if lower in self.lex.quotative_connectives:
                return self.connective_frame(i, lo, hi, unit), 1
            if self.words[i] in self.lex.quotation_cues:
                return self.quotation_cue(i, lo, hi, unit), 1
            if self.words[i] in self.table.naming:
                if i + 1 < hi and self.words[i + 1] in self.lex.quotation_cue_particles:
                    # "“Q,” Jo Roe called out.": a naming verb with the particle of a
                    # shout closes a quotation as its cue
                    shout = self.quotation_cue(i, lo, hi, unit)
                    if shout is not None:
                        return shout, 1
                return self.naming(i, lo, hi, unit), 1
            if self.lex.verb_second and self.words[i] in self.lex.clause_nouns:
                return self.noun_frame(i, lo, hi, unit), 1
            if self.lex.past_quotation_cues and self.past_beside_quotation(i, lo, hi):
                return self.past_quotation_cue(i, lo, hi, unit), 1  # "“Q,” Jo Roe griped."
            return None, 1
        width = len(phrase)
        if self.in_extended_attribute(i, lo):
            return None, width  # "der vom Verband beauftragte Gutachter": no verb
        if self.lex.verb_final:
            return self.final_cue_frame(i, i + width, lo, hi, unit, phrase), width
        if self.is_impersonal(i, lo):
            return None, width  # "Se espera que C", "C, según se informó": nobody speaks
        if self.t[i].is_capitalised and i > lo:
            if (
                self.lex.verb_second
                and width == 1
                and self.words[i] in self.lex.clause_nouns
                and self.words[i - 1] not in self.lex.prepositions  # "kommt in Frage"
            ):
                return self.noun_frame(i, lo, hi, unit), width  # German "die Frage, ob C"
            return None, width  # "Said", mid-sentence capitalised: a name or a title
        if phrase[0].endswith(self.lex.participle_endings):
            if i == lo:
                # "Noting that C, X …": a participle and its clause open the sentence, whose
                # subject speaks (but "Pointing to the report, X …": an object, no clause)
                leading = self.gerund_frame(i, i + width, i - 1, lo, hi, unit, phrase)
                if (
                    leading is not None
                    and leading.content
                    and self.has_finite_verb(*leading.content)
                ):
                    return leading, width
                return None, width
            if i - 2 > lo and self.words[i - 1] in self.lex.as_words:
                relayed = self.quoted_as(i, i + width, lo, hi, unit, phrase)
                if relayed is not None:
                    return relayed, width
            if i > lo:
                p = i - 1  # "before optimistically predicting that C": an adverb between
                if p > lo and self.has_adverb_ending(self.words[p]):
                    p -= 1
                if self.words[p] in self.lex.gerund_prepositions:
                    return self.gerund_frame(i, i + width, p, lo, hi, unit, phrase), width
            if self.modifies_subject(i, i + width, lo, hi):
                return None, width  # "A man claiming to be a pilot said C": the subject's
        if (
            i == lo + 1
            and self.words[lo] in self.lex.perfect_participles
            # but "Having talks with X": a noun, no participle
            and not self.words[i].endswith(self.lex.plural_endings)
        ):
            # "Having announced that C, X …": a perfect participle's clause opens the
            # sentence, whose subject speaks
            return self.gerund_frame(i, i + width, lo, lo, hi, unit, phrase), width
        to = i - 1
        if (
            to - 1 > lo
            and self.words[to] in self.lex.finite_auxiliaries
            and self.words[to] not in self.lex.passive_auxiliaries
            and self.words[to - 1] in self.lex.infinitive_markers
        ):
            to -= 1  # "to have said that C": a perfect infinitive
        if (
            to > lo
            and self.words[to] in self.lex.infinitive_markers
            and not (self.lex.verb_second or self.lex.verbal_cues)
        ):
            purpose = self.infinitive_frame(i, to, lo, hi, unit, phrase)
            if purpose is not None:
                return purpose, width
        if self.is_noun_use(i, lo) and self.as_clause_start(i - 1, lo, hi) is None:
            return None, width
        if (
            self.word(i + width) in self.lex.impersonal_pronouns
            and self.word(i + width + 1) in self.lex.reflexive_pronouns
        ):
            return None, width  # "So erklärt es sich, dass C": no one speaks
        k = i + width
        # "he claims his boss agrees": after a subject pronoun a word of speech is the
        # verb (a word of thought stays as strict: "he felt squeezed"; before a clause
        # that an article opens it is a verb too: "Skippers fear the pier will close")
        verb_use = (
            i > lo
            and not self.lex.verb_second  # German has its own test: nouns are capitalised
            # "Roe notes the ferry is late": after a name too, where nouns are lower-case
            and (
                (self.is_subject_pronoun(i - 1) and self.words[i] not in self.lex.clause_cues)
                # "a appelé les habitants à rester": a participle after its auxiliary
                or (
                    self.words[i - 1] in self.lex.auxiliaries
                    and self.words[i - 1] not in self.lex.prepositions
                    and self.words[i - 1] not in self.lex.determiners
                    and self.lex.past_participle_endings
                    and self.is_past_participle(i, endings=True)
                )
                or self.is_progressive(i)  # "was briefing reporters that C"
                or (
                    self.t[i - 1].is_capitalised
                    and not self.lex.capitalised_nouns
                    and self.words[i - 1] not in self.lex.stopwords
                    and self.clause_after(i + width, hi)
                )
                # "The company claims the ferry is late": after a noun phrase its
                # article opens, where a verb has the noun's plural ending
                or (
                    not self.lex.capitalised_nouns
                    and self.words[i].endswith(self.lex.plural_endings)
                    and self.articled_noun_before(i, lo)
                    and self.clause_after(i + width, hi)
                )
                # "Ferry workers note the pier is unsafe": a bare form after a plural
                # noun agrees with it as its verb
                or (
                    not self.lex.capitalised_nouns
                    and not self.words[i].endswith(self.lex.plural_endings)
                    and self.t[i - 1].kind == "w"
                    and is_plural(self.words[i - 1], self.lex)
                    and self.words[i - 1] not in self.lex.noun_like_cues
                    and self.clause_after(i + width, hi)
                )
            )
        )
        if (
            width == 1
            and not verb_use
            and self.words[i] in self.lex.noun_like_cues
            and not self.infinitive_closing_clause(i, k, lo, hi)
            and not self.has_clear_clause(k, hi)
            and not (self.lex.verb_second and self.complement(k, hi) is not None)
            and self.verb_final_as(i, k, lo, hi) is None
            and not self.closes_tail(i, lo, hi)
            # "Am Montag sprach die Ministerin von einem „Neuanfang“": the cue's
            # preposition apart from it, before a quotation
            and not (self.lex.verb_second and self.said_apart(i, k, hi) is not None)
            # "Jak przekazał rzecznik policji, C": a cue after "as" is a verb, where no
            # article tells a noun
            and not (
                self.lex.bare_noun_subjects
                and i - 1 >= lo
                and self.words[i - 1] in self.lex.as_words
            )
        ):
            return None, width  # "pledged delegates", "the states", "notes written in"
        if (
            width == 1
            and not verb_use
            and self.words[i] in self.lex.noun_like_cues
            and self.is_punct(k, ",")
            and not self.lex.verb_second  # "hat … erklärt, dass C": a verb after its auxiliary
            and self.noun_phrase_before(i, lo)
        ):
            return None, width  # "growers in pear states, such as Valmont": a noun
        if width == 1 and not verb_use and self.is_noun_label(i, lo):
            return None, width  # "Weather forecast: “Q”": a label, no subject and verb
        j = self.before_time_phrase(self.skip_auxiliaries(i - 1, lo), lo)
        if (
            self.lex.verb_second
            and j - 2 >= lo
            and (self.words[j],) in self.table.source_by_first.get(self.words[j], ())
            and self.is_punct(j - 1, ",")
            and self.t[j - 2].kind == "q"
        ):
            j -= 1  # "„Q“, so fuhr X fort": the source phrase "so" before an inverted cue
        if self.lex.inverted_perfect_auxiliaries and j >= lo and self.t[j].kind == "w":
            perfect = self.inverted_perfect(i, k, lo, hi, unit)
            if perfect is not None:
                return perfect, width
        if self.lex.verbal_cues:
            j = self.skip_adjunct_phrase(j, lo)
            if self.joined_after_comma(i, j, k, lo, hi):
                # "وصل المسعفون، وقال الوزير إن C": the clause before the comma is the
                # writer's; the cue opens its own, the source and content after it
                lo = j + 1
        elif (
            self.lex.bare_noun_subjects
            and j - 1 > lo
            and self.words[j - 1] in self.lex.prepositions
            and self.t[j].is_capitalised
            and self.is_outlet((j, j + 1))
        ):
            j -= 2  # "Rzecznik Jan Nowak dla PAP powiedział": the outlet told, no subject
        if (
            self.lex.pro_drop
            and j > lo
            and self.is_punct(j, ",")
            and (
                (j == lo + 1 and self.is_opening_adverb(lo))
                # "Em depoimento, disse à PF que C": a prepositional phrase, and no
                # source after the cue but whom it was said to before the content (but
                # "На Волині …, повідомив речник X")
                or (self.is_fronted_adjunct((lo, j)) and self.addressed_before_content(k, hi))
            )
            # but "Inoltre, ha detto il presidente, C": the cue and its source set off by
            # commas, read as "C1, said X, C2" below
            and not self.is_punct((self.source_after(k, hi) or (k, k))[1], ",")
        ):
            # "Además, ha subrayado que C": an adverb or a prepositional phrase and its
            # comma open the clause, the subject dropped; no content before the comma
            lo = j + 1
            j = lo - 1
        passive_cue = (
            (len(phrase) == 1 or self.prepositional(phrase))  # "was warned against"
            and not phrase[0].endswith(self.lex.participle_endings)
            and any(
                self.word(m) in self.lex.passive_auxiliaries
                and not any(self.word(n) in self.lex.infinitive_markers for n in range(m, i))
                for m in range(max(j, lo), i)
            )
        )
        if len(phrase) == 1 and phrase[0] in self.lex.question_cues:
            asked = self.asked_question(i, k, lo, hi, unit, passive=passive_cue)
            if asked is not None:
                return asked, width
        if (
            passive_cue
            # but "C, como foi confirmado pela Câmara": an as-clause's passive, read below
            and self.passive_as_word(i, k, lo, hi) is None
        ):
            # passive: "was told", "were told to", "it was reported"; in German news
            # "es wird gemeldet, dass C" is reported speech without a source
            found = self.complement(k, hi) if self.lex.verb_second else None
            # "Von der Stadt wurde betont, dass C": the agent before the participle
            agent = self.preposed_agent(lo, i) if self.lex.preposed_agents else None
            if found is not None:
                return Frame((i, k), agent, found[1], "after", unit), width
            spoken = self.colon_words(k, hi) if self.lex.verb_second else None
            if spoken is not None:
                # "Aus Lornport wird gemeldet: Die Fähre fährt.": the words reported
                return Frame((i, k), agent, spoken[1], "colon_words", unit), width
            return self.passive_judgement(i, k, hi, phrase, unit), width
        # "…, saying that C", "…, сказав, что C": the subject of the sentence speaks; but
        # "X, speaking at a rally, is criticizing C" is a finite verb after an apposition
        if (
            phrase[0].endswith(self.lex.participle_endings)
            and j >= lo
            # “…,” adding that C; "she said — adding that C"
            and (self.is_punct(j, ",-–—") or self.t[j].comma)
            and not any(self.word(m) in self.lex.finite_auxiliaries for m in range(j + 1, i))
        ):
            content = self.content_after(k, hi, phrase)
            if content is None or self.cites_source(phrase, content):
                return None, width
            subject = self.subject_of(lo, j)
            if self.fact_as_source(phrase[0], subject):
                return None, width  # "The vote came late, underscoring C": no speaker
            return Frame((i, k), subject, content, "participle", unit), width
        # a participle right after a word, no comma between: the manner of a cue ("the
        # agency reported citing X") or an act of force as a tactic ("spent $6m
        # attacking X"), no speech of its own
        if (
            j == i - 1
            and phrase[0].endswith(self.lex.participle_endings)
            and (self.words[j] in self.table.verbs or phrase[0] in self.lex.force_cues)
        ):
            return None, width
        # "C, said X."  /  "“Q,” said X."  /  "C1, говорят эксперты, C2"; not "X, a
        # doctor, said C", where a speaker stands before the apposition
        # "Jo Roe, known as “the Hammer,” said C", "Jo Roe, host of the show “Morning
        # Tide,” said C": the nickname or title closes an apposition, no quotation of
        # the cue's
        nickname = (
            j >= lo
            and self.t[j].kind == "q"
            and self.t[j].comma
            # "Roe, who wrote “We lost,” said C": the relative clause's words close it
            and (is_other_name(self.t, j, self.lex) or self.closes_relative(j, lo))
        )
        if (
            j >= lo
            and (
                self.is_punct(j, ",—–-")
                # but "Im Interview mit der „Welt“ sagte X": a paper's name, no quotation;
                # "«Укрзалізниця» повідомила, що C": a name in marks, the subject
                or (
                    self.t[j].kind == "q"
                    and not nickname
                    and not is_name_quotation(self.t, j, self.lex)
                    and not self.marked_subject(j, k, hi)
                )
            )
            and k < hi
            and not self.clause_before_complement(lo, i, k, hi)
            and not (
                self.t[j].kind == "p"
                and not self.lex.bare_noun_subjects  # where articles mark noun phrases
                and (described := self.source_before_apposition(j, lo)) is not None
                # "Deux personnes ont été tuées à Lyon, dans le Rhône, a annoncé X":
                # a predicate's object before the piece, no subject
                and (self.lex.verb_second or not self.in_predicate(described, lo))
                and (
                    self.content_after(k, hi, phrase) is not None
                    # "“Q,” Jo Roe, a doctor, told the Planet.": the addressee, no source
                    # (a verb-second language inverts any cue: "C, sagten die Radikalen")
                    or (phrase[0] in self.lex.object_cue_verbs and not self.lex.verb_second)
                    # "“Q,” Jo Roe, 66, said on Morning Talk.": the name that signs the
                    # quotation speaks; a name after the cue is the show's
                    or self.quotation_before(described[0], lo)
                )
            )
        ):
            # "сказал журналистам глава МИД": the source after the addressee; "told the
            # BBC": an outlet after the cue is the channel, no speaker
            start = self.addressee_end(k, hi, phrase)
            if start == k:
                start = self.after_channel(k, hi)  # "a indiqué à l'AFP un porte-parole"
            after = self.source_after(start, hi) if k < start < hi else None
            if after is None or self.word(start) in self.lex.audience_nouns:
                # "сказал Иван Петров изданию X": the audience is the addressee
                start = k
                if (
                    self.word(k) in self.lex.audience_nouns
                    and k + 2 < hi
                    and self.t[k + 1].kind == "q"
                ):
                    start = k + 2  # "повідомив агентству «Інтерфакс-Україна» X": the outlet
                elif (
                    self.lex.audience_nouns
                    and self._marked_name(k, hi)
                    and k + 1 < hi
                    and self.t[k + 1].kind == "w"
                ):
                    start = k + 1  # "рассказал «Медузе» очевидец": the outlet told, bare
                after = self.source_after(start, hi)
                if (
                    after is not None
                    and (
                        self.is_outlet(after)
                        # "– сказал ТАСС министр": the outlet told, the noun after it speaks
                        or self.addressed_outlet(*after)
                    )
                    and not self.outlet_subject(after, hi, phrase[0])
                ):
                    after = None
            if after is not None:
                after = self.with_role_body(after, hi)  # "C، قال مصدر في الوزارة."
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
                if (
                    named is not None
                    and self.lex.bare_noun_subjects
                    and self.lower_word(named[0])
                    and not self.is_role(named[0])
                    and (final := self.final_name(named[0], hi)) is not None
                    and any(
                        self.word(m) in self.lex.prepositions for m in range(named[0], final[0])
                    )
                ):
                    # "„Q,“ řekl po jednání se zástupci firmy Valmont TV, a.s. ministr Jan
                    # Novák.", "„Q,“ charakterizoval stavbu mostu na severu ministr Jan
                    # Novák.": the words read were an adjunct or the object and an adjunct;
                    # the full name that ends the sentence speaks
                    named = after = final
            if (
                named is not None
                and self.lex.bare_noun_subjects
                and named[1] + 1 < hi
                and self.word(named[1]) in self.lex.prepositions
                and any(self.is_role(m) for m in range(*named))
                and (final := self.final_name(named[1], hi)) is not None
                and final[0] - named[1] <= _PLACE_WORDS
            ):
                # "– poinformował PAP rzecznik policji w Lornporcie Jan Nowak.": the role,
                # its place, then the holder's full name, which speaks
                named = after = final
            if (
                named is None
                and after is None
                and phrase[-1] not in self.lex.impersonal_pronouns
                and self.word(k) not in self.lex.dative_prepositions  # "dijo a la Policía."
            ):
                # "C, dijo en Madrid el portavoz X": an adjunct between the cue and X (but
                # "C, hieß es aus Kreisen der Regierung": the impersonal's body, read below);
                # where nouns go bare, rather a person's full name that ends the sentence
                # ("„Q,“ řekl po jednání se zástupci firmy X, a.s. ministr Jan Novák.")
                # "„Q” – powiedziała PAP w piątek Anna Nowak": the outlet was told
                told = k + 1 if self.addressed_outlet(k, hi) else k
                skipped = self.skip_adjuncts(told, hi)
                if k < skipped - 1 and self.opens_role(skipped - 1):
                    skipped -= 1  # "en Vigo la portavoz": the article opens the source
                candidate = self.source_after(skipped, hi) if k < skipped < hi else None
                final = self.final_name(k, hi) if self.lex.bare_noun_subjects else None
                if (
                    candidate is not None
                    and self.lex.bare_noun_subjects
                    and self.governed_name(k, candidate[1])
                    and final is None
                ):
                    candidate = None  # "řekl v Hradci Králové": the place, in its case
                if candidate is not None and (
                    # a person: "said at a Lornport event this month" names no one; a
                    # body's name before the words that place it ("a Defesa Civil do
                    # estado")
                    (self.heads_name(candidate) and not self.lex.capitalised_nouns)
                    or any(self.is_role(m) for m in range(*candidate))
                    # "… zmocněnec vlády pro přístavy Petr Kos": a full name ends it
                    or (
                        candidate[1] - candidate[0] >= NAME_WORDS
                        and self.t[candidate[1] - 1].is_capitalised
                        and self.t[candidate[1] - 2].is_capitalised
                    )
                ):
                    candidate = self.with_apposed_name(candidate, hi)
                    if self.ends_attribution(candidate[1], hi):
                        named = after = candidate
                named = after = _final_or(final, named)
            if named is not None and named == after:
                named = after = self.with_apposed_name(named, hi)
            speaker = self.without_channel(named) if named is not None else None
            inverted = self.inverted_pronoun(i)
            if speaker is None and inverted in self.lex.impersonal_clitics:
                # "C, a-t-on appris auprès de la préfecture": the body after the
                # preposition speaks; "C, ajoute-t-on": nobody speaks
                bodied = self.impersonal_tail(lo, (i, k), j, hi, unit)
                return (bodied if bodied is not None and bodied.source is not None else None), width
            if inverted and inverted not in self.lex.impersonal_clitics:
                # "« Q », raconte-t-elle", "a-t-il déclaré": the verb holds its subject;
                # "a-t-il dit aux journalistes": the words after it are none
                named = after = speaker = (i, i + 1)
            if speaker is None and phrase[-1] in self.lex.impersonal_pronouns:
                impersonal = self.impersonal_tail(lo, (i, k), j, hi, unit)
                if impersonal is not None:
                    return impersonal, width
            if (
                after is None
                and speaker is None
                and self.lex.pro_drop
                and not any(self.t[m].kind != "w" for m in range(k, hi - 1))
                and self.only_adjuncts(k, hi)
                and (self.t[j].kind == "p" or self.t[j].comma)  # "„Q,“ dodala."
            ):
                after = (k, k)  # "C, ha spiegato.": the subject dropped, the cue ends C
            if speaker is None and not self.lex.pro_drop:
                after = None  # only an adjunct after the cue, and no subject may drop
            if (
                after is not None
                and self.lex.verb_second
                and not self.inverted_subject(after, start, hi)
            ):
                after = None
            if after is not None and speaker == after:
                # "C1, said Jo Roe and others, C2": the subjects a coordinator joins (and
                # the name apposed to them: "said the head of Ports and Harbours, Jo Roe")
                joined = self.coordinated_after(after, hi)
                if joined != after:
                    named = after = speaker = self.with_apposed_name(joined, hi)
            if (
                after is not None
                and self.ends_attribution(max(after[1], k), hi)
                and not (
                    self.is_punct(after[1], ",")
                    and self.word(after[1] + 1) in self.lex.complementizers
                    and (
                        # "Als er kam, sagte er, dass C": a fronted clause, then the cue's
                        # own (but "Es sei klar, sagte er, dass C": "es" holds the clause's
                        # place)
                        (self.lex.verb_second and not self.holds_placeholder((lo, j)))
                        # "Один из задержанных, студент X, рассказал РИА Новости, что C":
                        # the subject and its apposition, the outlet told, the cue's own
                        # (but "Важно, подчеркнул X, что C": a predicative, the clause's)
                        or (
                            not self.lex.verb_second
                            and self.lex.complement_comma
                            and self.apposed_subject(lo, j)
                        )
                    )
                )
            ):
                comma = j if self.t[j].kind == "p" else j + 1
                close = max(after[1], k)
                content = self.content_before(
                    lo,
                    comma,
                    # "Für Familien, die hier wohnen, sagte X, werde C": the content's
                    # finite verb after the attribution
                    continued=self.lex.verb_second
                    and self.is_punct(close, ",")
                    and self.lower_word(close + 1)
                    and self.is_finite_word(self.word(close + 1)),
                )
                rest = self.rest_after_comma(
                    max(after[1], k),
                    hi,
                    first=None if content is None or self.quotes_in(content) else content,
                )
                if any(self.word(m) in self.lex.clause_openers for m in range(j + 1, i)):
                    rest = None  # "C, о чем заявил X, связав …": a relative clause, no C2
                # where articles mark noun phrases and the verb need not come second, what
                # follows a description of X without a verb, or a relative word, is still X's
                articled = not (self.lex.bare_noun_subjects or self.lex.verb_second)
                if (
                    rest is not None
                    and comma - lo <= _OPENER_WORDS
                    and self.is_opening_adverb(lo)
                    and not self.has_finite_verb(lo, comma)
                    and not any(
                        self.is_role(m)
                        for m in range(rest[0], min(rest[1], rest[0] + _APPOSITION_WORDS))
                    )
                ):
                    # "Inoltre, ha detto il presidente, C", "En outre, a dit X, C": an
                    # adverb before the cue and its source opens C, no words of its own
                    # (but "…, ha detto il presidente, capo del governo": X described)
                    content, rest = rest, None
                if (
                    rest is not None
                    and not self.completes(content, after)
                    and self.describes(rest[0], rest[1])
                    and not self.predicate_past_adjuncts(content, rest)
                ):
                    # "C, said Jan Roe, a professor at …": an apposition, and C2 only
                    # after its comma ("C1, утверждает X, декан МГУ, C2")
                    closing = self.comma_after(*rest)
                    rest = (
                        self.rest_after_comma(
                            closing,
                            hi,
                            first=None if content is None or self.quotes_in(content) else content,
                        )
                        if closing is not None
                        else None
                    )
                    if (
                        rest is not None
                        and articled
                        and (
                            self.word(rest[0]) in self.lex.trailing_appositives
                            or not self.has_finite_verb(*rest)
                        )
                    ):
                        rest = None  # "…, a professor at X, the city's college": still X
                if rest is not None and articled and self.word(rest[0]) in self.lex.clause_openers:
                    rest = None  # "C, said Jan Roe, whose firm …": a remark on the source
                if rest is not None and articled and not self.has_finite_verb(*rest):
                    rest = None  # "C, said Jan Roe, then the town's lawyer": still Roe
                if (
                    content is not None
                    and articled
                    and (
                        (
                            content[1] < comma
                            and self.is_punct(content[1], ",")
                            and self.word(content[1] + 1) in self.lex.trailing_appositives
                        )
                        # "Acme, a developer of energy projects, announced the deal"
                        or any(
                            self.is_punct(m, ",")
                            and self.word(m + 1) in self.lex.trailing_appositives
                            for m in range(content[0], content[1])
                        )
                    )
                    and not self.quotes_in(content)
                    and not any(
                        self.is_finite_form(self.t[m].lower) and not self.is_noun_use(m, lo)
                        for m in range(*content)
                    )
                ):
                    # "Lornport Grain, a research firm, maintains a bullish outlook": a
                    # subject and its apposition before the verb, no words reported
                    return None, width
                if (
                    content is not None
                    and rest is None
                    and self.lex.verb_second
                    and self.comma_after(max(after[1], k), hi) is None
                    and self.fronted_clause_only(content)
                ):
                    # "Als Jo Roe sagte, die Zinsen stiegen, lachte man.": the clause before
                    # the finite verb is its own fronted adjunct, no words of the cue's
                    content = None
                if (
                    content is None
                    and rest is not None
                    and not self.lex.verb_second
                    and self.lex.complement_comma
                    and comma - lo <= _PREDICATIVE_WORDS
                    and self.word(rest[0]) in self.lex.complementizers
                    and rest[0] + 1 < rest[1]
                ):
                    # "Важно, подчеркнул X, что C": a predicative too short for a piece of
                    # its own before the cue, then the cue's complement clause
                    content, rest = (rest[0] + 1, rest[1]), None
                if content is not None:
                    # "«Q», řekl na adresu rozhodčího": the subject dropped, the adjunct no source
                    frame = Frame(
                        (i, k), speaker, content, "before", unit, speaker is None, extra=rest
                    )
                    return frame, width
        # "As X said, C" / "Как сказал X, C" / "Jak v úterý uvedl list X, C"
        as_word = j
        while as_word > lo and as_word > j - 5:
            if (
                # a word of time, or the preposition before one ("Jak v pondělí uvedla X, C")
                self.opens_time_adjunct(as_word) or self.words[as_word] in self.lex.determiners
            ):
                as_word -= 1
            elif (
                as_word - 1 > lo
                and not self.lex.capitalised_nouns  # "Wie aus Senatskreisen verlautete"
                and self.t[as_word].is_capitalised
                and self.words[as_word - 1] in self.lex.prepositions
            ):
                as_word -= 2  # "Jak pro ČTK uvedla X, C": the outlet told
            elif (
                as_word < j
                and self.words[as_word] in self.lex.auxiliaries
                and self.words[as_word - 1] in self.lex.as_words
            ):
                # "Kako je za Hinu rekao X, C": the auxiliary second, after the as-word
                as_word -= 1
            elif as_word == j and (passive := self.passive_as_word(i, k, lo, hi)) is not None:
                # "come è stato confermato dal prefetto": the as-word before the passive
                as_word = passive
                break
            else:
                break
        phrase_start = self.as_clause_start(as_word, lo, hi)
        if phrase_start is None:
            phrase_start = self.as_phrase_start(as_word, lo)
        if phrase_start is not None:
            as_word = phrase_start  # "Secondo quanto ha spiegato X, C": the phrase's first
        if (
            as_word >= lo
            and k < hi
            and (self.words[as_word] in self.lex.as_words or phrase_start is not None)
        ):
            by = k  # "come confermato ieri dal prefetto": a word of time before the agent
            while by < hi and self.word(by) in self.lex.time_words:
                by += 1
            named = (
                # "come confermato dal prefetto", "como confirmado pelo prefeito": the
                # participle's agent
                self.source_after(by + 1, hi)
                if by + 1 < hi and self.word(by) in self.lex.participle_agents
                else None
            ) or (self.source_after(k, hi) or self.tail_source(k, hi))
            if named is not None:
                # "Según informó la ministra del ramo, Ana Ruiz, C": the name apposed
                named = self.with_apposed_name(named, hi)
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
        coordinated = False  # the cue's verb shares the subject of the clause before "and"
        chained: tuple[int, int] | None = None  # the subject of predicates a comma chains
        particle = self.lex.infinitive_particle
        if particle and i > lo and self.words[i - 1] == particle:
            # "Der Minister versuchte zu erklären, dass C": the clause's subject speaks
            source = self.infinitive_subject(lo, i - 1)
        elif particle and i > lo and is_joined_infinitive(self.words[i], self.lex):
            source = self.infinitive_subject(lo, i)  # "versucht nachzuweisen, dass C"
        elif (
            j >= lo
            and self.t[j].kind == "w"
            # "…, but mentioned that C", "refused to apologise or admit that C" (but
            # "Ignoring or denying C is a risk": gerunds of a subject)
            and (
                self.words[j] in self.lex.conjunctions
                or (
                    self.words[j] in self.lex.list_conjunctions
                    and not self.words[i].endswith(self.lex.participle_endings)
                )
            )
        ):
            inherits = True  # the same subject
            # "und forderte sie auf": a coordinator that fills no place of its own leaves
            # the verb without a subject after it (not "so glaubt man", "da ruft X")
            # (not "und überdies wunderte er sich": an adverb fills the first place)
            coordinated = (
                self.words[j] in self.lex.clause_conjunctions
                or self.words[j] in self.lex.list_conjunctions
            ) and all(self.words[m] in self.lex.finite_auxiliaries for m in range(j + 1, i))
            if self.lex.verbal_cues and j - 1 >= lo and self.t[j - 1].kind == "w":
                # "Капитан улыбнулся и сказал": the subject of the clause
                clause = self.clause_start(lo, j)
                if clause > lo and self.words[clause] in self.lex.relative_pronouns:
                    # "profesora Nováka, který chyby opravoval a říkával": the pronoun's
                    # antecedent
                    source = self._antecedent(clause - 1, lo)
                else:
                    source = self.subject_of(clause, j)
                if source is not None and (inverted_at := self.role_after_verb(source[1], j)):
                    # "Janu Novákovi zavolal prezident a řekl", "Jana Kováře podpořil
                    # starosta Petr Novák a uvedl": the subject after the verb
                    source = (inverted_at, j)
                inherits = source is None
            else:
                source = self.coordinated_subject(lo, j)
                inherits = source is None
        elif (
            j > lo
            and self.is_punct(j, ",")
            and any(self.words[m] in self.lex.sequence_adverbs for m in range(j + 1, i))
            and self.has_finite_verb(clause := self.clause_start(lo, j), j)
            and self.words[clause] not in self.lex.relative_pronouns
            # (a clause after a comma only after another clause: "Jo Roe, whom the board
            # fired, later said", "Jo Roe, a skipper the board fired, then said" set a
            # clause off after a name)
            and (clause == lo or any(map(self.is_finite_word, self.words[lo : clause - 1])))
            and (chained_to := self.coordinated_subject(lo, j)) is not None
        ):
            # "Jo Roe offered him a job, then said C": a predicate the comma chains to the
            # clause before it, whose subject it shares (not "Jo Roe, the mayor, then
            # said" nor "Jo Roe, who was away, then said": an apposition or a relative
            # clause before the comma, read below)
            source = chained_to
        elif j >= lo and (
            self.t[j].kind == "w"
            or self.is_punct(j, _CLOSES_SUBJECT)  # "李女士（45岁）表示"
            # "die „Zeit“ schreibt", "die Zeitung „Tagesblatt“ schreibt"
            or is_titled_quotation(self.t, j, self.lex, table=self.table)
            or (self.t[j].kind == "q" and is_name_noun(self.words[j - 1], self.lex))
            or self.marked_subject(j, k, hi)  # "«Укрзалізниця» повідомила, що C"
        ):
            by = k  # "as reported earlier by": a word of time before the agent
            while by < hi and self.word(by) in self.lex.time_words:
                by += 1
            if (
                self.words[j] in self.lex.as_words
                and self.word(by) in self.lex.passive_agent_prepositions
                and by + 1 < hi
            ):
                # "C, as first reported by the Planet": the passive's agent speaks
                agent = self.source_after(by + 1, hi)
                framed = self.as_frame(i, k, j, lo, hi, unit, agent) if agent else None
                # "jobs as reported by the Planet and the Courier": no other source, and
                # never "as" itself
                return framed, width
            source = self.role_of_domain(
                self.source_before(j, lo), lo
            ) or self.source_over_conjunction(j, lo)
            source = self.perfect_subject(i, lo, source) or source
            source = self.passive_subject(i, lo) or source
            if source is not None and self.medium_partner(source, lo):
                # "В интервью РБК заявил министр X, что C": the outlet the interview
                # was given to is the channel; the subject after the cue speaks, or
                # the one after the outlet ("В интервью РБК министр заявил")
                source = (self.source_after(k, hi) if k < hi else None) or self.after_partner(
                    source
                )
            elif source is not None:
                source = self.after_medium_noun(source)
            if source is not None and self.plural_head_before(i, source):
                return None, width  # "Officials in Baltic states that C": a plural noun
            if (
                source is not None
                and source[1] == source[0] + 1 == i
                and self.word(source[0]) in self.lex.quantifiers
                and self.words[i].endswith(self.lex.participle_endings)
                and self.is_punct(source[0] - 1, ",")
                # but "…, many saying C": the quantifier speaks what follows
                and (k >= hi or self.t[k].kind != "w" or self.word(k) in self.lex.prepositions)
            ):
                return None, width  # "“Q,” said Roe, half joking": a manner, no speaker
            if source is not None:
                source = self.joined_subject(self.after_relative_pronoun(source), lo)
                source = self.relative_antecedent(source, lo)
            contact = self.contact_relative(source, lo, k, hi) if source is not None else None
            if contact is not None:
                # "a probe the agency said was ongoing": a relative clause without its
                # pronoun; the subject after the noun it describes speaks, and the
                # predicate after the cue is the content
                speaker_span, gap_content, described = contact
                frame = Frame((i, k), speaker_span, gap_content, "after", unit, fronted=described)
                return frame, width
            if (
                source is not None
                and (
                    self.words[source[0] - 1] in self.lex.question_words
                    or self.words[source[0] - 1] in self.lex.complementizers
                    # "the referee, who he claims has been biased"
                    or self.words[source[0] - 1] in self.lex.relative_pronouns
                )
                and (source[0] - 1 >= lo)
                and not self.clause_after_adjuncts(self.addressee_end(k, hi, phrase), hi)
                and not (
                    # "when Roe promised to reopen the pier", "when Roe blasted him for
                    # C": the cue's infinitive, or its object, is there
                    self.words[source[0] - 1] not in self.lex.gap_pronouns
                    and (
                        (
                            self.words[i] in self.table.control_verbs
                            and self.opens_infinitive(self.addressee_end(k, hi, phrase), hi)
                        )
                        or (
                            self.words[i] in self.lex.object_content_cues
                            and self.word(k) in self.lex.object_pronouns
                        )
                    )
                )
                and not (
                    # "when Tapper asked whether C"; but "what the captain asked about
                    # C": the question word is the question asked, an embedded one
                    self.words[source[0] - 1] not in self.lex.gap_pronouns
                    and self.asks_after(k, hi, phrase)
                )
                and not self.quotation_after(k, hi)  # "when Jo shouted, “Run!”"
            ):
                # "which Democrats say could help him": the predicate after the cue is
                # the content; "what Zelenskyy said": an embedded question, none; but
                # "when Smith said she would run", "when Smith asked whether it would
                # run", the cue's clause is there
                pronoun = source[0] - 1
                relative = self.word(pronoun) in self.lex.gap_pronouns
                # "which they say left", but "what she believes remains a mystery": the
                # question is the subject of the clause after it, no predicate of the cue
                finite = (
                    self.word(pronoun) in self.lex.relative_pronouns
                    or self.word(pronoun) in self.lex.thing_relatives
                )
                predicate = self.gap_predicate(k, hi, relative, finite=finite)
                # "which officials said was true": the pronoun is the content's first
                # fragment, the predicate its second; "which the mayor denies": the
                # pronoun is the whole content
                thing = (pronoun, pronoun + 1)
                said_of_thing = (
                    self.word(pronoun) in self.lex.thing_relatives
                    and self.word(pronoun - 1) not in self.lex.prepositions
                    and self.word(pronoun - 1) not in self.lex.infinitive_markers  # "to which"
                ) or self.relative_object(pronoun)
                if predicate is not None:
                    fronted = thing if said_of_thing else None
                    frame = Frame((i, k), source, predicate, "after", unit, fronted=fronted)
                    return frame, width
                clause_end = next((m for m in range(k, hi) if self.is_punct(m, ",;")), hi)
                if said_of_thing and self.only_adjuncts(k, clause_end):
                    if self.words[i] in self.lex.clause_cues:
                        return None, width  # "…, which few believed": no noun phrase reported
                    return Frame((i, k), source, thing, "after", unit), width
                if self.words[source[0] - 1] in self.lex.question_words:
                    return None, width
            pronoun = self.relative_before_adjunct(j, lo)
            if self.words[j] in self.lex.relative_pronouns:
                source = self._antecedent(j - 1, lo)  # "women who claim", "Smith, who said"
            elif (
                self.words[j] in self.lex.thing_relatives
                and self.opens_comma_relative(j)
                # "…, which claimed responsibility": a noun phrase, no clause reported
                and self.clause_after_adjuncts(self.addressee_end(k, hi, phrase), hi)
                and (named := self.named_antecedent(j, lo)) is not None
            ):
                source = named  # "Lornia Ferries, which said C"
            elif pronoun is not None:
                source = self._antecedent(pronoun - 1, lo)  # "Smith, who in 2019 said"
            elif source is None and not (self.lex.verbal_cues or self.lex.verb_second):
                source = self.subject_before_adjunct(j, lo)
            elif source is not None and self.words[source[0] - 1] in self.lex.as_words:
                framed = self.as_frame(i, k, source[0] - 1, lo, hi, unit, source)
                if framed is not None:
                    return framed, width
            elif source is not None:
                source = self.relative_subject(source, lo, i) or source
            if (
                source is None
                and self.t[j].kind == "w"
                and j - 1 >= lo
                and (self.is_punct(j - 1, ",") or self.t[j - 1].kind == "q")
                and self.words[j] not in self.lex.conjunctions
                # "“Q,” came cries from the pier": a verb, no bare plural
                and self.words[j] not in self.lex.finite_verbs
                # "…, when asked about C": no subject (a relative pronoun stands for one)
                and (
                    self.words[j] not in self.lex.clause_openers
                    or self.words[j] in self.lex.relative_pronouns
                    or self.words[j] in self.lex.thing_relatives
                )
                and self.only_adjuncts(k, hi)
            ):
                source = (j, j + 1)  # "C, forecasters said.": a bare plural as the source
            if phrase[0].endswith(self.lex.participle_endings):
                # "X sent tweets early Friday saying C", "X issued a statement saying C":
                # the participle's subject is the clause's, not the object before it
                piece = next((m + 1 for m in range(j, lo - 1, -1) if self.is_punct(m, ",;")), lo)
                if self.words[j] in self.lex.time_words or (
                    source is not None
                    and (
                        self.is_verb_object(source, piece)
                        # "X replied to Y's letter in the newsletter writing C": a
                        # preposition's phrase is no subject
                        or self.word(source[0]) in self.lex.infinitive_prepositions
                    )
                ):
                    # "X, who …, issued a statement saying C": the verb's subject before
                    # the apposition that the piece's comma closes
                    source = self.subject_of(lo, j + 1) or source
        elif j >= lo and (self.is_punct(j, ",-–—") or nickname):
            source = (
                self.stray_comma_name(j, lo)
                or self.source_before_apposition(j, lo)
                or self.subject_before_aside(lo, j)
            )
            if (
                source is not None
                and source[0] - 1 >= lo
                and self.words[source[0] - 1] in self.lex.as_words
                and self.is_punct(k, ",")
            ):
                # "As Jo Roe, the harbour master, has said, C": the as-clause's subject
                # before the apposition that its comma closes, the cue ending the clause
                # (but "As Jo Roe, a pilot, joked with friends, C": a time, no comment)
                framed = self.as_frame(i, k, source[0] - 1, lo, hi, unit, source)
                if framed is not None:
                    return framed, width
            if source is None and self.is_punct(j, ",") and self.lower_word(i):
                # "Die Ministerin lehnte ab, sagte aber, C": a predicate the comma chains
                # shares the sentence's subject, where none follows the cue
                chained = self.chained_subject(lo, j)
        if (
            source is not None
            and source[1] - source[0] > 1
            and source[1] == j + 1
            and self.word(source[0]) in self.lex.indefinite_objects
        ):
            # "Nothing the mayor said “will ease any worry,” Jo Roe said": the cue is a
            # relative clause's inside the subject pronoun, no frame of its own
            return None, width
        if (
            source is not None
            and self.t[i].lower in self.table.reminder_words
            and all(
                # (a name in marks is someone else: "Раніше «Укрзалізниця» повідомляла")
                t.kind == "p" or t.lower in self.lex.first_person or t.lower in self.lex.auxiliaries
                for t in self.t[source[0] : source[1]]
            )
        ):
            return None, width  # "We remind you that …": the newsroom's voice, no source
        if phrase[0] in self.lex.force_cues and (
            (source is not None and self.is_armed(source)) or self.armed_instrument(k, hi)
        ):
            return None, width  # "troops attacked the town", "… the town with drones"
        if self.fact_as_source(phrase[0], source):
            return None, width  # "The figures underscore the decline": a fact, no speaker
        if (
            phrase[0] in self.table.naming
            and source is not None
            and self.names_subject(source, k + (self.word(k) in self.lex.determiners), hi)
        ):
            return None, width  # "A band called Tidewater got the crowd to chant “Q”"
        if source is None and j < lo and self.t[i].lower in self.table.marker_verbs:
            return None, width  # "Напомню, что …": the writer's voice, subject dropped
        if source is None and self.lex.preposed_agents:
            source = self.preposed_agent(lo, i)  # "Von der Stadt wurde betont, dass C"
        # "Gestern sagte X": an adjunct in the first place, the subject after the cue
        adjunct_first = k < hi and self.fronted_adjunct(lo, i)
        if self.lex.verb_second:
            found = self.complement(k, hi, main_clause=self.active_cue(i, lo))
            kind = "after"
            if found is None:
                bare = self.bare_infinitive(k, hi)
                if bare is not None and not (self.t[i].is_capitalised and i > lo):
                    middle_end, content = bare
                    source = self._subject_after_cue(k, middle_end, source, coordinated=coordinated)
                    if source is not None or inherits:
                        return Frame((i, k), source, content, "after", unit, inherits), width
                fronted = self.fronted(i, lo)
                if fronted is not None:
                    after = self.source_after(k, hi) if k < hi else None
                    if after is not None and not self.ends_attribution(after[1], hi):
                        after = None
                    return Frame((i, k), after, fronted, "before", unit), width
                # "fragte den Wirt: Wer kommt heute?": words without marks after a colon
                found, kind = self.colon_words(k, hi), "colon_words"
            if found is not None:
                # the subject after the cue, else the one of the clause a comma chains it to
                middle_end, content = found
                source = (
                    self._subject_after_cue(
                        k, middle_end, source, adjunct_first, coordinated=coordinated
                    )
                    or chained
                )
                return Frame((i, k), source, content, kind, unit, inherits), width
            said_apart = self.said_apart(i, k, hi)
            if said_apart is not None:
                # "Zugleich warnte die Ärztekammer vor einem Kahlschlag", "X warnte die
                # Regierung vor C": the cue's preposition after its subject or object
                apart, content = said_apart
                source = self._subject_after_cue(
                    k, apart + 1, source, adjunct_first, coordinated=coordinated
                )
                if source is not None and source[0] >= k:
                    # "warnte die Ärztekammer die Regierung vor C": the object after it
                    source = (source[0], self.before_object(*source))
                frame = Frame((i, k), source, content, "after", unit, inherits)
                return attrs.evolve(frame, particle=apart), width
            if adjunct_first:
                # "Nach der Sitzung sagte die Ministerin: „Q“", "Am Montag führte der Chef
                # aus: „Q“": the subject after the cue
                source = self._subject_after_cue(k, self.colon_after(k, hi) or hi, source, True)
        opening = k  # where the cue's content may start
        if (
            self.lex.fronted_inversion
            and k < hi
            and (adjunct_first or self.fronted_word(lo, i, k, hi, phrase))
        ):
            # Danish "I går sagde han, at C", "Til TV 2 siger borgmesteren, at C": after
            # a fronted phrase the subject follows the finite cue
            after = self.source_after(k, hi)
            if after is not None:
                source, opening = after, after[1]
        if source is None and j >= lo - 1:
            source = self.body_before(i, lo)
        elif source is not None and source[0] > lo:
            body = self.body_before(i, lo)
            if body is not None and self.is_outlet(source):
                # "В Минфине ТАСС пояснили": the body before the outlet it told speaks
                source = body if body[1] == source[1] else source
            elif (
                body is not None
                and body[0] < source[0]
                and source[1] <= body[1]
                and not any(self.is_role(m) for m in range(*source))
            ):
                # "У Міністерстві внутрішніх справ заявили": the body's whole name, no
                # bare noun at its end ("справ") as the subject (but "В своей речи
                # министры подчеркнули": people, the subject)
                source = body
        if (
            source is not None
            and source[0] < i
            and self.names_outlet(source)
            and not any(self.is_punct(m, ",") for m in range(source[0], i))
        ):
            # "РБК-Україна з посиланням на джерела пише, що C": the source an outlet cites
            # speaks (but "Roe, citing data, said C": a person citing, set off by commas)
            cited = next(
                (
                    (cite, self.skip_auxiliaries(i - 1, cite) + 1)
                    for m in range(source[0] + 1, i)
                    if (cite := self.reference_end(m, i)) is not None and cite < i
                ),
                None,
            )
            source = cited or source
        colon_after_subject = None
        if (
            source is None
            # "Вчера заявил мэр X, что C": only adverbs or words of time before the cue,
            # or one adjunct ("На брифинге заявил мэр X", Hebrew "בראיון לרדיו אמר X")
            and (
                j < lo
                or all(self.is_opening_adverb(m) for m in range(lo, j + 1))
                or (i - lo <= _AS_CLAUSE_WORDS and self.after_adjunct(lo, i))
            )
            and self.lex.pro_drop
            and k + 1 < hi
        ):
            # "Em depoimento, disse o empresário que C": the subject after the cue, before
            # its complementizer (but "disse a PF que C": a name after a preposition is
            # whom it was said to)
            subject = self.source_after(k, hi)
            subject = self.relayed_source(i, k, subject, hi)  # "نقلت الوكالة عن الوزير"
            if subject is not None:
                subject = self.with_role_body(subject, hi)  # "قال مصدر في الوزارة إن C"
                # "قال المتحدث باسم الشرطة، محمد علي، إن C": the name apposed
                subject = (subject[0], self.with_apposed_name(subject, hi)[1])
            told = self.words_to_complementizer(subject[1], hi) if subject is not None else hi
            if told < hi and self.is_punct(told, ":"):
                colon_after_subject = told  # "وأضاف يلماز في تصريحات للصحفيين: «Q»"
            if (
                subject is not None
                # "وقال الوزير إن C", "وقال الوزير: «Q»"
                and told < hi
                and (
                    self.introduces_content(told)
                    # "Заявил мэр Олег Ковалев, что C": the comma that grammar sets
                    or (
                        self.lex.complement_comma
                        and self.is_punct(told, ",")
                        and self.lower_word(told + 1)
                        and self.introduces_content(told + 1)
                    )
                )
                and not (self.word(k) in self.lex.prepositions and self.t[k + 1].is_capitalised)
            ):
                source = subject
        # a cue without a subject opens the unit: "Uvedl, že …" (pro-drop languages)
        dropped = source is None and (
            (j < lo and self.lex.pro_drop)
            # "В сообщении говорится, что C": an impersonal cue has no subject
            or self.t[i].lower in self.lex.impersonal_cues
        )
        end = hi
        relative = self.opens_comma_relative(j)
        if source is not None and (
            relative
            or self.words[source[0] - 1] in self.lex.clause_openers
            or self.words[source[0] - 1] in self.lex.contrast_openers
        ):
            # "When Smith said C, the crowd cheered", "While Smith said C, Roe …",
            # "Smith, who says C, won": C ends with the subordinate clause, or in a
            # relative clause with a quotation's comma inside its marks ("Roe, who wrote
            # “We lost,” said C"), and so does a quoted fragment's comma after words of C
            # ("While riders said it had the “best seats,” the new one is faster"; but
            # "When a man shouted, “Taxes,” Roe joked": the quotation is the man's, read
            # by the quotation's own frame)
            end = next(
                (
                    m + 1 if self.t[m].comma else m
                    for m in range(k, hi)
                    if (m > k and self.is_punct(m, ",;"))
                    or (
                        self.t[m].comma
                        and (relative or any(self.t[n].kind == "w" for n in range(k, m)))
                        # (but "said he “loves ferries,” and “ferries love me,”": a list)
                        and self.word(m + 1) not in self.lex.list_conjunctions
                    )
                ),
                hi,
            )
        content = self.content_after(opening, end, phrase)
        if (
            content is not None
            and source is not None
            and source[0] > lo
            and self.quotation_before(source[0], lo)
            # (but "On “Tide,” Roe said that by …, C": a clause its "that" opens)
            and self.word(content[0] - 1) not in self.lex.complementizers
            and (
                self.adjunct_opens(content[0])
                or (
                    # "“Q,” X told reporters on Monday": the quotation that opens the
                    # sentence is the cue's content; words without a verb after it are
                    # the addressee and adjuncts
                    self.quotation_opens(source[0], lo)
                    and not self.main_verb_in(*content)
                    and not any(t.kind == "q" for t in self.t[content[0] : content[1]])
                )
            )
        ):
            # "“Q,” he said outside the building": the cue frames the quotation; the
            # words after it are adjuncts or the addressee, no content of their own
            content = None
        if (
            content is not None
            and source is not None
            and lo < source[0] < i
            and self.is_punct(source[0] - 1, ",")
            and self.word(content[0]) in self.lex.subordinators
            and self.word(content[0] - 1) not in self.lex.complementizers
        ):
            # "C, Jo Roe said when she was asked.": a clause before the subject is the
            # content, the adverbial clause after the cue its adjunct
            leading_clause = self.content_before(lo, source[0] - 1)
            if leading_clause is not None and self.main_verb_in(*leading_clause):
                return Frame((i, k), source, leading_clause, "before", unit), width
        if (
            source is not None
            and source[1] == i
            and source[1] - source[0] == 1
            and self.word(source[0]) in self.lex.modal_predicatives
            and (
                not self.lex.infinitive_endings
                or self.word(i).endswith(self.lex.infinitive_endings)
            )
        ):
            # "…, lze očekávat změny": an impersonal modal, no one speaks; Slovak "Možno
            # povedal, že C" (maybe he said) has a finite cue, no infinitive
            return None, width
        if content is not None and (source is not None or inherits or dropped):
            fronted = self.fronted_piece(lo, source, content)
            frame = Frame((i, k), source, content, "after", unit, inherits or dropped)
            return attrs.evolve(frame, fronted=fronted) if fronted else frame, width
        if (
            content is None
            and source is None
            and chained is not None
            and self._subject_after_cue(k, self.colon_after(k, hi) or hi, None) is None
        ):
            source = chained  # "Die Ministerin lehnte ab, sagte aber: „Q“"
        # "X said:" before a quotation, or before words without marks; "Am Montag führte
        # der Vorsitzende des Verbands aus:": after the subject that follows the cue
        colon = (
            colon_after_subject or self.colon_after(source[1] if source[0] >= k else k, hi)
            if content is None and source is not None
            else None
        )
        if content is None and source is not None:
            # "Ситуацию прокомментировал мэр Киева (Виталий Кличко): «Q»": the object first
            subject = self.subject_after_object(source, k, hi)
            if subject is not None:
                source, colon = subject, subject[1]
        if (
            content is None
            and source is None
            and dropped
            and self.is_punct(k, ":")
            and self.t[i].lower not in self.lex.impersonal_cues
        ):
            colon = k  # "Añadió: «Q»": the subject dropped, the discourse's speaker speaks
        if colon is not None:
            words = self._content_range(colon + 1, hi, min_words=3) if colon + 1 < hi else None
            if words is not None and self.t[colon + 1].kind != "q":
                if self.is_verbless_list(*words):
                    return None, width  # "The plan states: tax cuts, new roads": a list
                return Frame((i, k), source, words, "colon_words", unit, source is None), width
            if words is not None:  # "пишет дальше: «…»": the quotation after the colon
                return Frame((i, k), source, words, "after", unit, source is None), width
            return Frame((i, k), source, None, "colon", unit, source is None), width
        # "- the company said." on a line of its own, after the words it attributes
        if content is None and source is not None and self.only_adjuncts(k, hi):
            opening = lo
            while opening < source[0] and self.is_punct(opening, "-–—―"):
                opening += 1
            if (
                opening == source[0]
                and lo == 0
                and hi == len(self.t)
                # a line without a stop at its end is a headline ("Verbände drohen mit Klage")
                and self.t[hi - 1].kind == "p"
                # in a verb-second language the cue follows its subject ("Die Firma
                # teilte mit."), no clause's last verb ("Verbände wollen dagegen klagen.")
                and (i == source[1] or not self.lex.verb_second)
            ):
                return Frame((i, k), source, None, "cue_line", unit), width
        # "- said the governor." / "- сказав Зеленський.": the source after the cue
        if content is None and source is None and lo == 0 and hi == len(self.t) and i > 0:
            after = self.source_after(k, hi) if k < hi else None
            if (
                after is not None
                and all(self.is_punct(m, DASHES) for m in range(i))
                and self.only_adjuncts(after[1], hi)
            ):
                return Frame((i, k), after, None, "cue_line", unit), width
        # "C, говорится в сообщении." / "C, йдеться у заяві.": a cue phrase that names
        # the document it is said in, with no speaker
        if (
            source is None
            and len(phrase) > 2
            and phrase[-2] in self.lex.prepositions
            and j >= lo
            and self.is_punct(j, ",—–-")
            and self.only_adjuncts(self.addressee_end(k, hi, phrase), hi)
        ):
            content = self.content_before(lo, j)
            if content is not None:
                return Frame((i, k), None, content, "before", unit), width
        # "C, X said."  /  "“Q” X told reporters."  /  "C1, X said, C2."  /  "“Q,” X
        # said when asked about it."; in a verb-second language "…, die er fordert" is a
        # verb-final relative clause
        after_cue = self.addressee_end(k, hi, phrase)
        if (
            source is not None
            and not self.lex.verb_second
            # "C, some of it mentioning Roe by name": a participle after its noun
            # describes it, no finite cue of a source
            and not (i == source[1] and self.is_gerund(i))
            and (
                # "- “Q,” X said - and …": a dash closes the aside of a quotation; "C,
                # X said on Monday — a blow to …": a dash opens the writer's comment
                self.only_adjuncts(
                    after_cue,
                    hi,
                    dash_ends=self.quotation_before(source[0], lo)
                    or self.dash_comment_after(after_cue, hi),
                )
                or self.word(after_cue) in self.lex.clause_openers
                # "C, X said in a ruling that ran to forty pages."
                or self.adjuncts_to_relative(after_cue, hi)
            )
            # "C, Roe continued to work.": the verb's own infinitive, no attribution
            and not self.infinitive_after_verb(after_cue)
        ):
            if self.words[j] not in self.lex.relative_pronouns:
                source = self.joined_subject(source, lo)
            before = source[0] - 1
            split = self.object_before_subject(source)
            if (
                split is not None
                and self.words[j] not in self.lex.relative_pronouns  # "X, a Fed aide who …"
                and before >= lo
                and self.is_punct(before, ",—–-")
                and self.only_adjuncts(after_cue, hi)
            ):
                # "…, an arrangement the campaign has criticized": the noun before the
                # subject is the object of the cue (a relative clause without "that")
                return Frame((i, k), (split, source[1]), (source[0], split), "before", unit), width
            if before >= lo and (self.is_punct(before, ",—–-") or self.t[before].kind == "q"):
                comma = before if self.t[before].kind == "p" else before + 1
                # "C1, X told them, C2": C2 after the addressee (but "X, who advises the
                # board, said": a verb's object in a relative clause; "reminded him of
                # Roe, who …": the relative clause of the addressee's noun, unless C2
                # follows it, "C1, X told Roe, who nodded, C2")
                # "C1, X told Y, her deputy, C2": C2 after Y's description
                aside_end = self.after_addressee_apposition(after_cue, hi)
                addressed = (
                    after_cue > k
                    and self.words[j] not in self.lex.relative_pronouns
                    and (
                        aside_end > after_cue
                        or (
                            self.word(after_cue + 1) not in self.lex.relative_pronouns
                            and self.word(after_cue + 1) not in self.lex.thing_relatives
                        )
                    )
                )
                rest = self.rest_after_comma(
                    aside_end if addressed else k,
                    hi,
                    first=None if self.quotes_in((lo, comma)) else (lo, comma),
                )
                if (
                    rest is not None
                    and self.word(rest[0]) in self.lex.as_words
                    and self.word(rest[1] - 1) in self.lex.cue_verbs
                ):
                    rest = None  # "C, the port said, as the Harbour Times reported": a credit
                if (
                    rest is not None
                    and self.lex.verbal_cues
                    and self.word(rest[0]) in self.lex.clause_openers
                ):
                    # "…, она вспоминает, какие там были мосты": the cue's own
                    # clause follows, the words before are no content
                    return Frame((i, k), source, rest, "after", unit), width
                # "Overall, she said, the party is alienated": a piece of one word
                # before the interruption is the content's first fragment too
                content = self.content_before(lo, comma, 1 if rest is not None else 2)
                if (
                    content is not None
                    and rest is None
                    and (
                        self.is_fronted_adjunct(content)
                        or self.is_time_phrase(content)
                        # "Standing beside the mill wheel, X agreed", "By noon, even as
                        # the rain kept falling, X wrote to the organist"
                        or self.is_adjunct_run(content)
                        # "If anything, Roe argued in a letter, C": an interruption
                        or (
                            self.is_adverbial_clause(content)
                            and self.comma_after(after_cue, hi) is None
                            and (
                                any(w in self.lex.reaction_cues for w in phrase)
                                # "If …, read the notes I wrote in 2019": words after
                                or any(self.t[m].kind == "w" for m in range(k, hi))
                            )
                        )
                    )
                ):
                    # "In a memo on Monday, X reminded staff about Y"; "Last week, X
                    # asked for more"; "When the phone rings, she answers": the
                    # clause's adjunct, no words of the cue's
                    # (but "When the ice melts, the captain said.": a verb of saying
                    # that ends the sentence reports it)
                    content = None
                if content is not None or rest is not None:
                    first = content if content is not None else rest
                    assert first is not None
                    extra = rest if content is not None else None
                    return Frame((i, k), source, first, "before", unit, extra=extra), width
        return None, width

    def asked_question(
        self, i: int, k: int, lo: int, hi: int, unit: int, *, passive: bool
    ) -> Frame | None:
        """A passive cue of asking and the question put (``was asked whether C``,
        ``when asked by Al Poe if C``, ``was asked about the pier``): the question, from
        its question word or ``if``, or the topic after ``about``, is reported speech
        whose source is the agent after ``by``, or nobody; after a passive auxiliary or
        a conjunction of time (``when asked``, not ``if asked``; a participle that opens
        the sentence, ``Asked why C, X said``, stays the writer's).  After the
        conjunction, and after ``about``, the question ends where :meth:`cut_at_stop`
        cuts (``when asked about the “new” pier, she smiled``)."""
        before = self.word(i - 1)
        reduced = (
            i > lo
            and before in self.lex.subordinators
            and before not in self.lex.conditional_openers
        )
        if not (passive or reduced):
            return None
        m = k
        source = None
        if self.word(m) in self.lex.passive_agent_prepositions:
            source = self.source_after(m + 1, hi)
            if source is None:
                return None
            m = source[1]
        content = self.question_content(m, hi, asking=True, explaining=False)
        if content is None:
            return None
        if reduced or self.word(content[0] - 1) in self.lex.topic_prepositions:
            content = self.cut_at_stop(content)  # "When asked why C, she smiled"
        return Frame((i, k), source, content, "after", unit, unnamed=source is None)

    def passive_judgement(
        self, i: int, k: int, hi: int, phrase: tuple[str, ...], unit: int
    ) -> Frame | None:
        """A passive verb of judgement (:attr:`~newsstruct.lang.Lexicon.object_content_cues`,
        no act of force) and what it judges, after a preposition of
        :attr:`~newsstruct.lang.Lexicon.content_prepositions` (``was accused of C``, ``has
        been criticized by the growers for C``): C, up to a stop (:meth:`cut_at_stop`:
        ``…, killing the birds``, but ``…, including the pier``), is reported speech whose
        source is the agent after ``by``, or nobody.  Not after ``to``, whom it was put to
        (``was described to him``)."""
        if phrase[0] not in self.lex.object_content_cues or phrase[0] in self.lex.force_cues:
            return None
        m = k
        source = None
        if phrase[-1] not in self.lex.content_prepositions:
            if self.word(m) in self.lex.passive_agent_prepositions:
                source = self.judging_agent(m + 1, hi)
                if source is None:
                    return None
                m = source[1]
            if (
                self.word(m) not in self.lex.content_prepositions
                or self.word(m) in self.lex.infinitive_prepositions
            ):
                return None
            m += 1
        content = self.judged_content(m, hi)
        if content is None:
            return None
        return Frame((i, k), source, content, "after", unit, unnamed=source is None)

    def judging_agent(self, k: int, hi: int) -> tuple[int, int] | None:
        """The agent from ``k`` after ``by`` of a passive judgement, up to the preposition
        of what it judges: the noun phrase :meth:`source_after` reads, cut before a
        content preposition it runs into (``by the island's council of C``), or else
        the plain words up to one (``by harbour staff of C``); ``of`` after a quantifier
        stays in the agent (``by some of her rivals for C``)."""
        source = self.source_after(k, hi)
        end = next(
            (
                n
                for n in range(k + 1, min(hi, k + MAX_SOURCE))
                if self.t[n].kind != "w"
                or (
                    self.word(n) in self.lex.content_prepositions
                    and self.word(n - 1) not in self.lex.quantifiers
                )
            ),
            None,
        )
        if (
            end is None
            or self.t[end].kind != "w"
            or self.word(end) in self.lex.infinitive_prepositions
            or (source is not None and source[1] <= end)
        ):
            return source
        return (k, end)

    def judged_content(self, m: int, hi: int) -> tuple[int, int] | None:
        """What a judgement judges, from ``m`` after its preposition (``was accused of
        C``, ``faced criticism for C``): up to where :meth:`cut_at_stop` cuts (``…,
        killing the birds`` is the writer's; ``…, including …`` goes on); ``None``
        where no word follows (``is accused of, …``)."""
        if m >= hi or self.t[m].kind != "w":
            return None
        content = self._content_range(m, hi, min_words=1)
        return None if content is None else self.cut_at_stop(content)

    def cut_at_stop(self, content: tuple[int, int]) -> tuple[int, int]:
        """``content`` up to the first comma, semicolon, colon or dash after its first
        word, or after the first quotation with a comma inside its marks (``about the
        “new” pier,``); a comma before an example's opener (``…, including the pier``)
        goes on."""
        start, end = content
        for n in range(start + 1, end):
            if self.t[n].comma:
                return (start, n + 1)
            if self.is_punct(n, ",;:—–") and not (
                self.is_punct(n, ",") and self.word(n + 1) in self.lex.example_openers
            ):
                return (start, n)
        return content

    def fronted_clause_only(self, content: tuple[int, int]) -> bool:
        """In a verb-second language, whether ``content`` before an inverted cue is an
        adverbial clause of :attr:`~newsstruct.lang.Lexicon.subordinators` with no main
        clause of its own (``Als Jo Roe sagte, die Zinsen stiegen``): no comma in it is
        followed by a finite verb (``Wenn es regnet, fällt das Fest aus``, the main
        clause's verb first), so the clause fills the first place of the cue's own
        clause, whose verb then follows (``…, lachte man``)."""
        start, end = content
        if self.word(start) not in self.lex.subordinators or self.quotes_in(content):
            return False
        lex = self.lex
        for m in range(start + 1, end - 1):
            if not self.is_punct(m, ","):
                continue
            n = m + 1
            if self.word(n) in lex.content_stops:
                n += 1  # "Wenn es regnet, so fällt das Fest aus"
            w = self.word(n)
            if self.t[n].kind != "w" or (
                self.lower_word(n)
                and not (
                    w in lex.determiners
                    or w in lex.pronouns
                    or w in lex.prepositions
                    or w in lex.subordinators
                    or w in lex.complementizers
                    or w in lex.clause_openers
                    or w in lex.relative_pronouns
                )
            ):
                return False  # a verb (or a word not known to be none) opens a clause
        return True

    def infinitive_closing_clause(self, i: int, k: int, lo: int, hi: int) -> bool:
        """In a verb-second language that capitalises its nouns, whether the lower-case
        cue at ``i`` is an infinitive that closes its clause after a finite auxiliary or
        ``zu`` of the same clause (``Ob C, kann niemand sagen.``, ``…, ist schwer zu
        sagen.``): a verb, no noun-like word (``meinen Bruder``)."""
        if not (self.lex.verb_second and self.lex.capitalised_nouns) or not self.lower_word(i):
            return False
        if k < hi and self.t[k].kind == "w":
            return False
        for m in range(i - 1, max(lo, i - _MODAL_REACH - 2) - 1, -1):
            if self.t[m].kind != "w":
                return False
            if self.word(m) in self.lex.finite_auxiliaries or (
                m == i - 1 and self.word(m) == self.lex.infinitive_particle
            ):
                return True
        return False

    def active_cue(self, i: int, lo: int) -> bool:
        """Whether the cue verb at ``i`` is in lower case and in the active voice: no
        passive auxiliary since its clause opened (not ``wird nicht gesagt``)."""
        if self.t[i].is_capitalised:
            return False
        for m in range(i - 1, lo - 1, -1):
            if self.t[m].kind == "p" and self.t[m].text in ",;:":
                break
            if self.word(m) in self.lex.passive_auxiliaries:
                return False
        return True

    def final_cue_frame(
        self, i: int, k: int, lo: int, hi: int, unit: int, phrase: tuple[str, ...]
    ) -> Frame | None:
        """The frame of the cue ``i``..``k`` in a verb-final language
        (:attr:`Lexicon.verb_final`): ``X, C söyledi``, ``X, “Q” dedi``, ``X, şunları
        söyledi:`` before a quotation; ``C belirten X, …`` (a participle that modifies
        its speaker); ``X, C belirterek, …`` (an adverbial participle, the sentence's
        subject its speaker)."""
        last = phrase[-1]
        start = self.clause_start(lo, i)
        linked = self.linked_quotation(start, i, k, hi)
        if linked is not None:
            return Frame((i, k), linked[0], linked[1], "before", unit, extra=linked[2])
        if i > lo and self.t[i - 1].kind == "q":
            start = i - 1  # "“Q” dedi": the quotation alone
            end = hi
            while end > k and self.t[end - 1].kind == "p":
                end -= 1
            inverted = (
                self.final_subject(k, end) if k < end and not self.lex.subject_particles else None
            )
            if (
                inverted is not None
                and inverted == (k, end)
                and self.t[k].is_capitalised
                and end - k <= MAX_SOURCE
            ):
                # '"Q" dedi Şimşek.': the name after the cue, as news copy inverts it
                return Frame((i, k), inverted, (i - 1, i), "before", unit)
        quotation = next((m for m in range(i - 1, start - 1, -1) if self.t[m].kind == "q"), None)
        if quotation is not None and quotation + 1 < i:
            after = quotation + 1
            if self.t[after].start == self.t[quotation].end and after + 1 < i:
                after += 1  # '"Q"이라고 X는 말했다': the particle written onto the mark
            # '"Q"라고 X는 거듭 말했다': how it was said, after the subject
            end = self.before_manner(after + 1, i)
            signed = self.final_subject(after, end)
            # where the subject takes a particle, a word without one is the object
            # ('“T” 정책을 발표했다')
            if signed == (after, end) and (
                not self.lex.subject_particles or self.ends_in_particle(end - 1)
            ):
                # "“Q,” Ayşe Demir dedi": the name between the quotation and the cue
                return Frame((i, k), signed, (quotation, quotation + 1), "before", unit)
        if start == lo:
            # "Fatma Şahin ise C anlattı": a topic particle after a name ends the subject
            topic = next(
                (
                    m
                    for m in range(lo + 1, i - 1)
                    if self.word(m) in self.lex.auxiliaries and self.t[m - 1].is_capitalised
                ),
                None,
            )
            if topic is not None:
                start = topic + 1
        postposed = self.postposed_subject(start, i) if quotation is None else None
        if self.lex.subject_particles and quotation is None and postposed is None:
            # "港長は、C1、C2と述べた", "김민수 대변인은 C고 밝혔다": the words after the
            # subject's particle, commas and all, are the content
            ended = next(
                (m for m in range(lo, i) if self.t[m].kind != "w" or self.ends_in_particle(m)),
                None,
            )
            # "김 씨(45)는 C고 말했다": the particle after an age in brackets
            aside = self.aside_before_particle(lo, i)
            if aside is not None and (ended is None or aside[0] <= ended):
                ended = aside[1]
            if ended is not None and self.t[ended].kind == "w":
                start = ended + 1
                while start < i and self.word(start) in self.lex.time_words:
                    start += 1  # "港長は3日、C": the day it was said
                if (
                    start + 1 < i
                    and self.is_punct(start + 1, ",")
                    and self.word(start).endswith(self.lex.adjunct_particles)
                ):
                    start += 1  # "港長は記者会見で、C": where it was said
                if self.is_punct(start, ","):
                    start += 1
        if quotation is None and start < i:
            # "Bakan Yılmaz, yaptığı açıklamada C belirtti": where it was said, no content;
            # whom to before it too ("AA muhabirine yaptığı açıklamada")
            medium = self.medium_end(start, i, _VERB_FINAL_MEDIUM_WORDS)
            start = medium or start
            if self.is_punct(start, ","):
                start += 1
            if medium and start < i and self.word(start) in self.lex.auxiliaries:
                start += 1  # "Valilikten yapılan açıklamada ise C belirtildi": as for it
        # "김 대변인은 C다고 거듭 밝혔다": how it was said, no content
        stop = self.before_manner(start + 1, postposed or i)
        content = (start, stop) if start < i else None
        if last.endswith(self.lex.modifier_participle_endings) and k < hi:
            speaker = self.final_subject(k, hi)
            if speaker is None or speaker[0] != k or content is None:
                return None  # "açıklama yapan": no speaker after, or nothing said
            return Frame((i, k), speaker, content, "before", unit)
        source = self.final_subject(lo, start) if start > lo else None
        if postposed is not None:
            source = (postposed, i)  # "C다고 해양수산부가 밝혔다"
        if last.endswith(self.lex.participle_endings):
            if k >= hi or not self.is_punct(k, ","):
                return None
        elif k < hi and self.is_punct(k, ":"):
            if source is None:
                return None
            return Frame((i, k), source, None, "colon", unit)
        elif not self.only_adjuncts(k, hi):
            return None
        if content is None or (
            self.t[content[0]].kind != "q"
            # "C と述べた": the quotative particle written onto the cue marks the clause
            and not self.t[i].lower.startswith(tuple(self.lex.quotative_particles))
            and (
                content[1] - content[0] < 2  # "şunları söyledi" without a colon
                or not (
                    self.word(content[1] - 1).endswith(self.lex.complement_endings)
                    or last in self.lex.object_content_cues
                )
            )
        ):
            return None  # "taraftarlardan destek istedi": an object, no clause
        impersonal = self.t[i].lower in self.lex.impersonal_cues
        if impersonal:
            medium = self.medium_end(lo, i, _VERB_FINAL_MEDIUM_WORDS)
            source = self.medium_agent(lo, medium) if medium else None
        return Frame((i, k), source, content, "before", unit, source is None and not impersonal)

    def medium_agent(self, start: int, end: int) -> tuple[int, int] | None:
        """The agent that opens the medium phrase ``start``..``end`` of a final cue, its
        last word in the agent's case right before a word of making a statement
        (:attr:`Lexicon.agent_case_endings`: ``Valilikten yapılan açıklamada``, in the
        statement made by the governorate) and a body's noun
        (:attr:`Lexicon.agent_body_stems`) or a body's acronym (``AFAD'dan``), or ``None``."""
        if not self.lex.agent_case_endings:
            return None
        made = next(
            (m for m in range(start + 1, end) if self.word(m) in self.lex.statement_words), None
        )
        if made is None:
            return None
        agent = self.word(made - 1)
        stem = self.t[made - 1].text.split("'")[0].split("’")[0]
        if not agent.endswith(self.lex.agent_case_endings) or not (
            agent.startswith(self.lex.agent_body_stems)
            # a body's acronym ("AFAD'dan"), not a platform's name ("Twitter'dan")
            or (len(stem) > 1 and stem.isupper() and stem != self.t[made - 1].text)
        ):
            return None
        return (start, made)

    def connective_frame(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """The frame of the quotative connective at ``i`` written onto the quotation
        before it where no cue after it takes the quotation up (Korean ``X는 "Q"라며
        우려를 나타냈다``, saying "Q", X voiced concern): the quotation is the words of the
        subject before it, the connective their cue.  ``None`` where a quotation or
        reported words follow it, which the cue of saying after them takes with it
        (:meth:`linked_quotation`: ``X는 "Q1"며 "Q2"고 말했다``)."""
        q = i - 1
        if q < lo or self.t[q].kind != "q" or self.t[i].start != self.t[q].end:
            return None
        if any(
            self.t[m].kind == "q" or self.word(m).endswith(self.lex.complement_endings)
            for m in range(i + 1, hi)
        ):
            return None
        start = self.clause_start(lo, q)
        source = self.final_subject(start, q) if q > start else None
        end = self.after_manner(i + 1, hi)
        # '"Q"라며 거듭 강조했다': a cue of saying right after it is the connective's
        end = end + 1 if self.word(end) in self.lex.cue_verbs else i + 1
        return Frame((i, end), source, (q, i), "before", unit, source is None)

    def linked_quotation(
        self, start: int, i: int, k: int, hi: int
    ) -> tuple[tuple[int, int] | None, tuple[int, int], tuple[int, int]] | None:
        """The source, the content and the linked quotation of the cue ``i``..``k`` in a
        verb-final language where a quotation with a connective written onto its mark
        goes before them (:attr:`Lexicon.quotative_connectives`: ``X는 "Q1"며 "Q2"고
        말했다``, ``X는 "Q1"며 C고 말했다``): the subject before that quotation, the
        quotation or the reported words right before the cue, and that quotation.
        ``None`` where no such quotation stands."""
        linked = next(
            (
                m
                for m in range(start, i - 2)
                if self.t[m].kind == "q"
                and self.word(m + 1) in self.lex.quotative_connectives
                and self.t[m + 1].start == self.t[m].end
            ),
            None,
        )
        if linked is None or not self.only_adjuncts(k, hi):
            return None
        if self.t[i - 1].kind == "q" and i - 1 == linked + 2:
            content = (i - 1, i)
        elif self.word(i - 1).endswith(self.lex.complement_endings) and not any(
            self.t[m].kind == "q" for m in range(linked + 2, i)
        ):
            content = (linked + 2, i)
        else:
            return None
        source = self.final_subject(start, linked) if linked > start else None
        return source, content, (linked, linked + 1)

    def postposed_subject(self, start: int, i: int) -> int | None:
        """Where the subject starts that follows reported speech in a verb-final language
        and ends in its particle right before the cue ``i`` (:attr:`Lexicon.subject_particles`:
        ``C다고 해양수산부가 밝혔다``): after the content's last word, in a quotative
        ending (:attr:`Lexicon.complement_endings`), at most a few words before the cue;
        ``None`` where no such subject stands there."""
        if not self.lex.subject_particles or i - 1 <= start or not self.ends_in_particle(i - 1):
            return None
        m = i - 1
        while m > max(start, i - _POSTPOSED_WORDS) and self.t[m - 1].kind == "w":
            if self.word(m - 1).endswith(self.lex.complement_endings):
                return m
            m -= 1
        return None

    def role_after_verb(self, m: int, j: int) -> int:
        """Where the clause that a first noun phrase opens, ending at ``m``, puts its
        subject after the verb, right before the conjunction ``j`` of a second predicate,
        the subject's first index: a role noun in the nominative after a lower-case word,
        maybe with the holder's full name after it (Czech ``Janu Novákovi zavolal
        prezident a řekl``: the dative first, the president calls and says; ``Jana Kováře
        podpořil starosta Petr Novák a uvedl``); else ``0``."""
        name = self.capitalised_start(max(m, j - _HOLDER_NAME_WORDS), j)
        if name < j and (j - name < NAME_WORDS or self.t[name - 1].is_capitalised):
            return 0  # one capitalised word, or a run longer than a name
        # the role, right before the name or before its complement ("minister dopravy")
        at = name - 1
        if name < j:
            while (
                at > name - _COMPLEMENT_WORDS - 1
                and self.lower_word(at)
                and (self.word(at) not in self.lex.role_nouns)
            ):
                at -= 1
        role, verb = self.word(at), self.word(at - 1)
        return (
            at
            if (
                at - 1 >= m
                and self.lower_word(at)
                and self.lower_word(at - 1)
                and role in self.lex.role_nouns
                and not (self.lex.role_case_endings and role.endswith(self.lex.role_case_endings))
                and verb not in self.lex.prepositions
                and verb not in self.lex.role_nouns
                and verb not in self.lex.determiners
            )
            else 0
        )

    def final_subject(self, lo: int, end: int) -> tuple[int, int] | None:
        """In a verb-final language, the subject of the sentence whose words before a
        comma (or a topic particle, one of :attr:`Lexicon.auxiliaries`) run from ``lo``
        to ``end``: the name after the last participle of a cue among them (``C
        belirten Yılmaz``), else the capitalised words that end them (``AA muhabirine
        konuşan Elif Yıldız``) or open them (``Meteoroloji Genel Müdürlüğü ise …``)."""
        stop = next((m for m in range(lo, end) if self.is_punct(m, ",;:")), end)
        first = lo
        for m in range(lo, stop):
            phrase = self.cue_at(m, stop)
            if phrase is not None and phrase[-1].endswith(self.lex.modifier_participle_endings):
                first = m + len(phrase)
        while stop > first and self.word(stop - 1) in self.lex.auxiliaries:
            stop -= 1  # "Fatma Şahin ise": a topic particle
        if self.lex.subject_particles:
            # "김 대변인은 이날 기자회견에서": the subject ends at its particle; without
            # one, no word tells where it ends ("田中外相は記者会見で" is one word)
            ended = next((m + 1 for m in range(first, stop) if self.ends_in_particle(m)), None)
            # "木村一郎さん（45）は", "김모(45)씨는": an age in brackets before the particle
            aside = self.aside_before_particle(first, stop)
            if aside is not None and (ended is None or aside[0] < ended):
                ended = aside[0]
            if ended is None and stop + 1 < end:
                # "NHKの取材に対し、同社の担当者は「Q」": a phrase set off before the subject
                return self.final_subject(stop + 1, end)
            if ended is None:
                return None
            stop = ended
        run = stop
        while run > first and (
            self.t[run - 1].is_capitalised
            or self.is_attached(run - 1, first)
            or self.uncased_name_word(run - 1)
        ):
            run -= 1
        while run < stop and self.t[run].kind == "p":
            run += 1
        if run < stop:
            return (run, stop)
        run = first
        while run < stop and (
            self.t[run].is_capitalised or self.word(run) in self.table.role_words
        ):
            run += 1
        return (first, run) if run > first else None

    def quotation_in_clause(self, k: int, hi: int) -> bool:
        """Whether a quotation follows a few words from ``k`` with no mark between them
        (``demand wealthy owners “pay their share”``): a clause that quotes, after an
        infinitive cue."""
        m = k
        while m < min(hi, k + _QUOTED_REACH) and self.t[m].kind == "w":
            m += 1
        return k < m < hi and self.t[m].kind == "q"

    def verbs_object(self, before: int, lo: int) -> tuple[int, int] | None:
        """The object of a finite verb that ends at ``before``, right before an
        infinitive's ``to``, if it names people (a name or a plural: ``Even the timing
        led Republicans to say``), for a clause with no subject that could speak;
        ``None`` otherwise."""
        last = self.t[before] if before >= lo else None
        if last is None or not (
            last.is_capitalised
            or is_plural(last.lower, self.lex)
            or self.is_role(before)  # "The row led the mayor to say"
        ):
            return None
        verb = next(
            (
                m
                for m in range(before - 1, max(lo, before - _OBJECT_WORDS) - 1, -1)
                if not self.t[m].is_capitalised and self.is_finite_word(self.word(m))
            ),
            None,
        )
        if (
            verb is None
            or self.word(verb) in self.lex.auxiliaries
            or self.word(verb) in self.lex.copular_verbs  # "became the first senator to say"
            or self.word(verb + 1) in self.lex.prepositions
            # "took to Twitter to announce": "to" before a noun is a preposition there
            or self.word(verb + 1) in self.lex.infinitive_markers
            or not (
                self.is_noun_phrase((verb + 1, before + 1))
                or self.is_bare_plural(verb + 1, before + 1)
            )
        ):
            return None
        return (verb + 1, before + 1)

    def infinitive_frame(
        self, i: int, to: int, lo: int, hi: int, unit: int, phrase: tuple[str, ...]
    ) -> Frame | None:
        """A cue in the infinitive after the marker at ``to`` that reports a clause
        (``rushed to TV to say that C``, ``more likely to say they prefer C``, ``led him
        to state that C``, ``the only official to have said publicly that C``), a
        question (``went on to explain why C``), the object of a verb of judgement
        (``went on TV to criticize C``), the object of a cue's phrase (``used the
        speech to call for C``) or a quotation after a comma or colon (``stood up to say,
        “Q”``): the clause's subject speaks, or the object right before
        ``to``; ``None`` where nothing of these follows or no one is named (``it is fair
        to say that``), and where the act is only intended, expected or refused (``plan
        to question X``, ``declined to say whether C``: :attr:`Lexicon.intention_words`)."""
        k = i + len(phrase)
        if self.has_adverb_ending(self.word(k)) and self.word(k + 1) in self.lex.complementizers:
            k += 1  # "to say publicly that C"
        w = self.word(k)
        verb = self.word(i)
        if verb in self.lex.clause_cues or is_plural(verb, self.lex):
            return None  # "brought up to believe that", "to hopes that": no speech
        if self.word(to - 1) in self.lex.intention_words:
            return None
        quotation = (
            self.is_punct(k, ",:")
            and k + 1 < hi
            and self.t[k + 1].kind == "q"
            and not self.t[k + 1].opens_lower
        )
        if not (
            quotation  # "stood up to say, “Q”": the quotation is what was said
            or w in self.lex.complementizers
            or (self.is_subject_pronoun(k) and w not in self.lex.relative_pronouns)
            or (
                w in self.lex.question_words
                and (verb in self.lex.question_cues or verb in self.lex.explaining_cues)
            )
            # but "vowed to defend the city", "plans to attack X": acts of force
            or (verb in self.lex.object_content_cues and verb not in self.lex.force_cues)
            # "used the hearing to demand owners “pay their share”": words in marks
            or (verb in self.lex.bare_cues and self.quotation_in_clause(k, hi))
        ):
            return None
        content = (k + 1, k + 2) if quotation else self.content_after(k, hi, phrase)
        if content is None:
            return None
        before = to - 1
        source: tuple[int, int] | None
        if quotation:
            # "interrupted me to say, “Q”", "took to Twitter to say: “Q”": a purpose, the
            # subject's own words (the inner clause's: "so calm that Roe rose to say, “Q”")
            opener = next(
                (
                    m
                    for m in range(to - 1, lo, -1)
                    if self.word(m) in self.lex.complementizers
                    or self.word(m) in self.lex.clause_openers
                ),
                None,
            )
            source = (
                self.subject_of(lo, to) if opener is None else self.clause_subject(opener + 1, to)
            )
            if (
                source is not None
                and source[1] - source[0] > 1
                and self.word(source[1] - 1) in self.lex.pronouns
            ):
                return None  # "The editor I spoke to": a relative clause, cut short
        elif self.word(before) in self.lex.object_pronouns:
            source = (before, before + 1)  # "led him to state"
        else:
            # "The timing led critics to say C": the verb's object acts
            source = self.verbs_object(before, lo) or self.subject_of(lo, to)
        if source is None or self.word(source[0]) in self.lex.impersonal_pronouns:
            return None
        if self.fact_as_source(verb, source):
            return None  # "Her visit helped to underscore that C": a fact, no speaker
        return Frame((i, i + len(phrase)), source, content, "after", unit)

    def noun_phrase_before(self, i: int, lo: int) -> bool:
        """Whether the words before ``i`` (back to a comma or the unit's start) hold a
        preposition or an auxiliary: ``voters in swing states``, ``he could win
        conservative states`` make the word at ``i`` a noun, no subject's verb."""
        m = i - 1
        while m >= lo and not self.is_punct(m, ",;:"):
            w = self.word(m)
            if (w in self.lex.prepositions and w not in self.lex.phrase_prepositions) or (
                w in self.lex.auxiliaries
            ):
                return True
            m -= 1
        return False

    def subject_after_object(
        self, source: tuple[int, int], k: int, hi: int
    ) -> tuple[int, int] | None:
        """Where word order is free, the subject after a cue that ends at ``k``, before a
        colon, when the noun phrase ``source`` before the cue is its object
        (``Ситуацию прокомментировал в Telegram мэр Киева Виталий Кличко: «Q»``,
        ``Инцидент прокомментировал мэр Киева: «Q»``): the phrase after the cue and its
        adjuncts ends at the colon, and either holds a full name whose first name is in
        the nominative (:attr:`~Lexicon.first_names`) or opens with a lower-case role noun
        that is no audience (``мэр Киева``, not ``журналистам``); ``source`` names nobody
        (no role, no capitalised word after its first); else ``None``."""
        if not (self.lex.bare_noun_subjects and self.lex.first_names) or k >= hi:
            return None
        if any(self.is_role(m) for m in range(*source)) or any(
            self.t[m].is_capitalised for m in range(source[0] + 1, source[1])
        ):
            return None
        start = self.skip_adjuncts(k, hi)
        after = self.source_after(start, hi) if start < hi else None
        if after is None or not self.is_punct(after[1], ":"):
            return None
        named = after[1] - after[0] >= NAME_WORDS and any(
            self.t[m].is_capitalised and self.word(m) in self.lex.first_names for m in range(*after)
        )
        role = (
            self.is_role(after[0])
            and not self.t[after[0]].is_capitalised
            and self.word(after[0]) not in self.lex.audience_nouns
        )
        return after if named or role else None

    def _subject_after_cue(
        self,
        k: int,
        end: int,
        source: tuple[int, int] | None,
        adjunct_first: bool = False,
        *,
        coordinated: bool = False,
    ) -> tuple[int, int] | None:
        """The subject of a verb-second cue ending at ``k``: the source after the cue, before
        its content at ``end``, where none stands before it, the word after the cue is a
        pronoun (``Gestern sagte er, …``) or an adjunct holds the clause's first place;
        else ``source``, the one before the cue.  An object's article after the cue opens
        no subject (``…, und ersucht den Minister, C``, ``sagte dem Blatt, C``); after an
        adjunct, which leaves the subject to follow the cue, the next article after the
        object's opens it (``Gestern sagte dem Blatt der Minister, C``).  An impersonal
        pronoun there stands for the content, the cue's object, no subject (``Die
        Ministerin begrüßte es, dass C``, ``Am Montag begrüßte es die Ministerin, dass C``).
        A cue ``coordinated`` right after "and" shares the first clause's subject, which
        no word after it can be (``Die Ministerin lud die Nachbarn ein und forderte sie auf,
        C``: ``sie`` is the object)."""
        if coordinated:
            return source
        if (
            k < end
            and self.word(k) in self.lex.impersonal_pronouns
            and (source is not None or adjunct_first)
        ):
            k += 1
        if not (k < end and (source is None or self.word(k) in self.lex.pronouns or adjunct_first)):
            return source
        if adjunct_first:
            k = self.past_adjuncts(k, end)  # "Im Interview sagte am Montag die Ministerin"
        if self.word(k) in self.lex.object_determiners:
            if not adjunct_first:
                return source
            k = next(
                (
                    m
                    for m in range(k + 1, end)
                    if self.word(m) in self.lex.determiners
                    and self.word(m) not in self.lex.object_determiners
                ),
                end,
            )
        after = self.source_after(k, end) if k < end else None
        if after is not None:
            after = self.with_joined_subject(after, end)  # "sagten Jo Roe und Al Poe"
        # "sagte die Ärztin, Anna Berg, C": the name apposed to the subject
        return (self.with_apposed_name(after, end) if after is not None else None) or source

    def coordinated_after(self, source: tuple[int, int], hi: int) -> tuple[int, int]:
        """``source`` after an inverted cue with the noun phrase that a conjunction joins
        to it up to a comma (``C1, said Jo Roe and others, C2``), where nouns are in lower
        case and no verb is among its words (``said Roe and smiled,``: a predicate)."""
        m = source[1]
        if (
            self.lex.capitalised_nouns
            or self.lex.verb_second
            or m + 1 >= hi
            or self.word(m) not in self.lex.list_conjunctions
        ):
            return source
        comma = self.closing_comma(m + 1, hi, NAME_WORDS + 1)
        if (
            comma is None
            or comma == m + 1
            or any(self.is_finite_word(self.word(n)) for n in range(m + 1, comma))
        ):
            return source
        return (source[0], comma)

    def with_joined_subject(self, source: tuple[int, int], hi: int) -> tuple[int, int]:
        """``source`` after an inverted cue with the noun phrase that a coordinator joins
        to it (``sagten Jo Roe und seine Frau``: both speak; :meth:`joins_subjects`)."""
        if not self.joins_subjects(source[1], source[0], hi):
            return source
        second = self.source_after(source[1] + 1, hi)
        if second is None or second[0] != source[1] + 1:
            return source
        return (source[0], second[1])

    def before_object(self, start: int, end: int) -> int:
        """Where a noun phrase after a verb-second cue ends before a second one, the
        object, whose determiner no genitive's can be (``die Ärztekammer die Regierung``;
        not ``die Ärztekammer der Stadt``)."""
        return next(
            (
                m
                for m in range(start + 2, end)
                if self.word(m) in self.lex.determiners
                and self.word(m) not in self.lex.genitive_determiners
                and self.t[m - 1].is_capitalised
            ),
            end,
        )

    def preposition_apart(self, i: int, k: int, hi: int) -> int | None:
        """Where the preposition of a cue phrase whose object is what was said
        (:attr:`Lexicon.content_prepositions`: ``warnte vor``) stands apart from the verb
        at ``i`` in a verb-second clause, after the words of a noun phrase or adverbs
        from ``k`` (``warnte die Ärztekammer vor``, ``warnte am Montag vor``, and a name
        apposed: ``warnte die Ärztin, Anna Berg, vor``); ``None`` where a mark, a verb or a
        clause's word comes first."""
        prepositions = self.table.content_prepositions.get(self.words[i])
        if prepositions is None:
            return None
        m = k
        while m < min(hi, k + MAX_MIDDLE):
            w = self.words[m]
            if m > k and w in prepositions:
                return m
            if self.is_punct(m, ","):
                closing = self.after_apposed_name(m, hi)  # "warnte die Ärztin, Jo Roe, vor"
                if closing == m:
                    return None
                m = closing + 1
                continue
            if (
                self.t[m].kind != "w"
                or w in self.table.verbs
                or w in self.lex.conjunctions
                or w in self.lex.complementizers
                or w in self.lex.clause_openers
            ):
                return None
            m += 1
        return None

    @remembered
    def said_apart(self, i: int, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """The preposition apart from the cue at ``i`` (:meth:`preposition_apart`) and
        the content it governs, what was said (``warnte die Ärztekammer vor einem
        Kahlschlag``); a preposition of :attr:`Lexicon.marked_content_prepositions` only
        before a quotation (``sprach die Ministerin von einem „Neuanfang“``)."""
        apart = self.preposition_apart(i, k, hi)
        if apart is None:
            return None
        content = self._content_range(apart + 1, self.object_end(apart + 1, hi), 1)
        if content is None or (
            self.words[apart] in self.lex.marked_content_prepositions
            and not self.quotes_in(content)
        ):
            return None
        return apart, content

    def past_adjuncts(self, k: int, end: int) -> int:
        """Where the words from ``k`` go on past adverbs of time and prepositional
        phrases of one noun (``am Montag``, ``vor einigen Tagen``, ``in der Debatte``)
        that stand, in a verb-second clause, between the cue and its subject."""
        while k < end and self.t[k].kind == "w":
            w = self.word(k)
            if w in self.lex.time_words and not self.t[k].is_capitalised:
                k += 1  # "sagte gestern die Ministerin"
                continue
            if w not in self.lex.prepositions or w in self.lex.determiners:
                break
            m = k + 1
            while m < end and self.lower_word(m) and self.word(m) not in self.lex.prepositions:
                m += 1  # the article and adjectives of the phrase's noun
            if m >= end or not self.is_noun_word(m):
                break
            k = m + 1
        return k

    def fronted_adjunct(self, lo: int, i: int) -> bool:
        """Whether the words from the unit's start ``lo`` to the finite cue at ``i`` are,
        in a verb-second language, an adjunct in the clause's first place, so that the
        subject follows the cue: a prepositional phrase (``Nach der Sitzung sagte X``), an
        adverb (``Wörtlich sagte X``) or an adverbial clause (``Als er kam, sagte X``,
        ``Jahre später, als …, sagte X``); a conjunction of such a clause without its
        comma is a preposition (``Als Reaktion auf die Kritik sagte X``).  But a
        preposition that heads the subject is no such phrase: see :meth:`heads_subject`."""
        if not (self.lex.verb_second or self.lex.fronted_inversion):
            return False
        # a clause of its own after a semicolon: "Im Norden …; die Brüder Grimm sagen", or
        # after a comma and a conjunction of clauses: "C, und mit Blick darauf sagte X"
        lo = next(
            (
                m + 1
                for m in range(i - 1, lo - 1, -1)
                if self.is_punct(m, ";")
                or (self.is_punct(m, ",") and self.word(m + 1) in self.lex.clause_conjunctions)
                # "… zum Schluss und voller Zorn rief er": a manner phrase after "und"
                # opens a clause of its own, no subject of the one before
                or (
                    self.word(m) in self.lex.clause_conjunctions
                    and self.word(m + 1) in self.lex.noun_adjectives
                )
            ),
            lo,
        )
        if i <= lo:
            return False
        start = lo
        while start < i:  # "Und gleich nach der Sitzung sagte X"
            first = self.word(start)
            if first in self.lex.prepositions and first not in self.lex.determiners:
                return not self.heads_subject(start, i)
            if first in self.lex.object_determiners and self.lex.capitalised_nouns:
                return True  # "Dem ZDF sagte X": an object, in the dative, first
            if (
                first in self.lex.subordinators
                and self.word(start + 1) not in self.lex.determiners
                and self.word(start + 1) not in self.lex.pronouns
                and not any(self.is_punct(m, ",") for m in range(start, i))
            ):
                return True  # "Als Reaktion auf die Kritik sagte X"
            if (
                start + 2 == i
                and first in self.lex.determiners
                and self.t[start + 1].is_capitalised
                and self.word(start + 1) in self.lex.time_words
            ):
                return True  # "Eines Morgens sagte X", "Am Abend": a time's noun phrase
            if not (
                self.t[start].kind != "w"
                or first in self.lex.clause_conjunctions
                or (self.is_opening_adverb(start) and first not in self.lex.pronouns)
                or first in self.lex.sentence_adverbs  # "So sagte X: „Q“"
            ):
                break
            start += 1
        if start >= i:
            return any(self.t[m].kind == "w" for m in range(lo, i))  # "Wörtlich sagte X"
        if self.adjective_phrase(start, i):
            return True  # "Sichtlich bewegt sagte X"
        return self.is_punct(i - 1, ",") and any(
            self.word(m) in self.lex.subordinators and (m == start or self.is_punct(m - 1, ","))
            for m in range(start, i - 1)
        )

    def adjective_phrase(self, start: int, i: int) -> bool:
        """Whether the words from ``start`` to the finite cue at ``i``, where nouns are
        capitalised, are an adverb or adjective phrase: a capital only on the clause's
        first word, then lower-case words of manner (``Sichtlich bewegt sagte X``, ``Sehr
        leise sagte X``), no noun, name, article, pronoun or verb among them, so the
        subject follows the cue (but ``Roe selbst sagte``: a name first); or an adjective
        that takes a bare noun, with its noun (``Voller Freude rief X``)."""
        if not self.lex.capitalised_nouns or i - start < 2 or self.t[start].kind != "w":
            return False
        first = self.word(start)
        if first in self.lex.noun_adjectives:
            return all(
                self.t[m].kind == "w" and not self.is_structure_word(self.word(m))
                for m in range(start + 1, i)
            )
        if (
            first in self.lex.determiners
            or first in self.lex.pronouns
            or first in self.lex.first_names
            or self.is_role(start)
            or self.word(start + 1) in self.lex.name_particles
        ):
            return False
        return all(
            self.lower_word(m) and not self.is_structure_word(self.word(m))
            for m in range(start + 1, i)
        )

    def fronted_word(self, lo: int, i: int, k: int, hi: int, phrase: tuple[str, ...]) -> bool:
        """Whether, where a main clause puts its finite verb second, the one word from the
        unit's start ``lo`` to the finite cue at ``i`` is an adverb in the first place: a
        noun phrase follows the cue ending at ``k`` and runs to a comma, a complementiser
        or a preposition (Danish ``Derfor siger X, at C``, ``Dengang sagde X til Y, at
        C``), so it is the subject; but a pronoun, a determiner or a role noun before the
        cue is the subject (``Ministeren siger, at C``), and the object of a cue that
        takes one is no subject (``Regeringen opfordrede X til at``)."""
        if i != lo + 1 or self.t[lo].kind != "w" or phrase[0] in self.lex.object_cue_verbs:
            return False
        first = self.word(lo)
        if first in self.lex.pronouns or first in self.lex.determiners or self.is_role(lo):
            return False
        after = self.source_after(k, hi)
        if after is None or after[1] >= hi:
            return False
        end = after[1]
        return (
            self.is_punct(end, ",")
            or self.word(end) in self.lex.complementizers
            or self.word(end) in self.lex.prepositions
        )

    def heads_subject(self, start: int, i: int) -> bool:
        """Whether the preposition at ``start``, first in a verb-second clause whose
        finite cue is at ``i``, belongs to the subject: no subject follows the cue where
        an object's determiner does (``Von der Leyen sagte den Journalisten``, ``Über die
        Hälfte der Befragten sagte den Forschern``); a particle before a capitalised word
        opens a name where nouns are lower-case (Dutch ``Van der Bellen zei de
        journalisten``); a preposition of an amount before a number or a quantifier
        counts the subject (``Bis zu 300 Anwohner sagten der Polizei``). A preposition
        merged with its article never does (``Im Rathaus sagte dem Blatt der …``)."""
        if self.word(start) in self.lex.article_contractions:
            return False
        if self.word(i + 1) in self.lex.object_determiners:
            return True
        if not self.lex.capitalised_nouns and self.opens_surname(start, i):
            return True
        if self.word(start) not in self.lex.amount_prepositions:
            return False
        m = start + 1
        while m < i and self.word(m) in self.lex.prepositions:
            m += 1  # "bis zu"
        return m < i and (self.t[m].text[:1].isdigit() or self.word(m) in self.lex.quantifiers)

    def joined_after_comma(self, i: int, j: int, k: int, lo: int, hi: int) -> bool:
        """Whether the cue at ``i`` carries "and" written onto it (``conjunction_prefixes``)
        right after a comma at ``j``, with a source and more words after it: the verb opens
        a clause of its own (``C1، وقال X إن C2``), no tail of the words before the comma."""
        w = self.words[i]
        return (
            lo < j
            and self.is_punct(j, ",;")
            and any(
                w.startswith(p) and w[len(p) :] in self.lex.cue_verbs
                for p in self.lex.conjunction_prefixes
            )
            # but "«Q»، وقال الوزير.": the source closes the sentence, a tail
            and (source := self.source_after(k, hi)) is not None
            and source[1] < hi
            and not self.is_punct(source[1], ".!?")
        )

    def apposed_subject(self, lo: int, j: int) -> bool:
        """Whether the words from ``lo`` to the comma at ``j`` are a subject set off by
        commas: no finite verb, and a person's role or a name after the first word (``Один
        из задержанных, студент Артем Ковалев``); no preposition opens them, and a name a
        preposition governs is a place, no subject (``Для жителей Лорнска``, ``Новый паром
        в Лорнске``: a fronted phrase of the content)."""
        preps = self.lex.prepositions
        return (
            self.word(lo) not in preps
            and not self.has_finite_verb(lo, j)
            and any(
                self.is_role(m)
                or (m > lo and self.t[m].is_capitalised and self.word(m - 1) not in preps)
                for m in range(lo, j)
            )
        )

    def clause_before_complement(self, lo: int, i: int, k: int, hi: int) -> bool:
        """Whether, in a verb-second language, the words before the finite cue at ``i``
        are an adverbial clause set before it, and the cue's own complement opened by a
        subject follows (``Als die Zahlen kamen, sagte X, das Defizit sei zu hoch``): the
        clause is no content (but ``Wenn es so bleibe, sagte X, werde man klagen``: the
        clause goes on after the cue with its verb, one content around the cue)."""
        if not (self.is_punct(i - 1, ",") and self.fronted_adjunct(lo, i)) or any(
            self.word(m) in self.lex.subjunctive_forms for m in range(lo, i)
        ):
            return False  # "Wenn es dabei bleibe, sagte X, …": the clause is reported
        found = self.complement(k, hi)
        if found is None:
            return False
        first = self.word(found[1][0])
        return not (
            first in self.lex.subjunctive_forms
            or first in self.lex.indirect_mood_forms
            or first in self.lex.finite_verbs
            or first in self.lex.finite_auxiliaries
        )

    def is_opening_adverb(self, m: int) -> bool:
        """Whether the word at ``m`` is an adverb that may open a clause (``Además``,
        ``Inoltre``, ``Ieri``): an adverbial opener, a time word, or an auxiliary (the
        adverbs read as such)."""
        w = self.word(m)
        return (
            w in self.lex.adverbial_openers or w in self.lex.auxiliaries or w in self.lex.time_words
        )

    def cites_source(self, phrase: tuple[str, ...], content: tuple[int, int]) -> bool:
        """``…, citing The Daily Planet``, ``…, citing port director Jo Roe``, ``…, citing
        a source in the ministry``: a reference phrase whose object is an outlet or a
        person (a name or a role noun before any preposition) credits a source, no
        content of speech (``citing fears of C``, ``citing the size of China``)."""
        if " ".join(phrase) not in self.lex.reference_phrases:
            return False
        head = next(
            (m for m in range(*content) if self.word(m) in self.lex.prepositions), content[1]
        )
        return (
            self.is_outlet(content)
            or self.t[head - 1].is_capitalised
            or any(self.word(m) in self.lex.role_nouns for m in range(content[0], head))
        )

    def fronted_piece(
        self, lo: int, source: tuple[int, int] | None, content: tuple[int, int]
    ) -> tuple[int, int] | None:
        """``Instead, Jo Roe said, “Q”``, ``If it rains, she said, “Q”``, ``It is a
        reminder, Roe said, that C``, ``The problem, Roe said, is that C``: the words
        from the unit start to the comma before the source are the first fragment of
        the speech whose quotation, or resumed clause, follows the cue and its comma."""
        opening = content[0] - 1
        if self.word(opening) in self.lex.complementizers and not self.lex.complement_comma:
            opening -= 1  # "It is a reminder, Roe said, that C": the clause resumes
            if self.word(opening) in self.lex.finite_auxiliaries:
                opening -= 1  # "The problem, Roe said, is that C"
        elif self.t[content[0]].kind != "q":
            return None
        if (
            source is None
            or source[0] - 1 <= lo
            or not self.is_punct(source[0] - 1, ",")
            or not self.is_punct(opening, ",")
        ):
            return None
        piece = self.content_before(lo, source[0] - 1, 1)
        if piece is None or self.quotes_in(piece):
            return None
        start, end = piece
        if self.word(start) in self.lex.conjunctions and start + 1 < end:
            start += 1  # "But in a statement, X said"
        first = self.comma_after(start, end)
        first = end if first is None else first
        if (
            self.is_fronted_adjunct((start, first))  # "In a statement, X said, “Q”"
            or self.word(start) in self.lex.object_adjuncts  # "When asked, X said"
            or self.word(start) in self.lex.time_words  # "Later in the piece, X wrote"
            or self.word(start).endswith(self.lex.participle_endings)  # "Smiling, X said"
            or self.word(first - 1) in self.lex.time_words  # "Minutes later, X said"
        ):
            return None
        return piece

    def relays_words(self, i: int, hi: int) -> bool:
        """Whether the word at ``i`` is a quoting verb
        (:attr:`~newsstruct.lang.Lexicon.quoting_verbs`) before a person, ``as`` and a
        cue's participle (``Police cited a witness as saying C``): the verb relays the
        person's words, no speech of its subject's."""
        return self.words[i] in self.lex.quoting_verbs and any(
            self.words[m] in self.lex.as_words
            and self.words[m + 1] in self.table.verbs
            and self.words[m + 1].endswith(self.lex.participle_endings)
            for m in range(i + 2, min(hi - 1, i + 2 + MAX_SOURCE))
        )

    def quoted_as(
        self, i: int, k: int, lo: int, hi: int, unit: int, phrase: tuple[str, ...]
    ) -> Frame | None:
        """``The Herald quoted Jo Roe as saying C``, ``The agency quoted an official as
        saying C``: the person between a quoting verb
        (:attr:`~newsstruct.lang.Lexicon.quoting_verbs`) and the ``as`` before the cue's
        participle at ``i`` speaks; ``None`` where no such verb comes before."""
        verb = next(
            (
                m
                for m in range(i - 3, max(lo, i - 2 - MAX_SOURCE) - 1, -1)
                if self.word(m) in self.lex.quoting_verbs
            ),
            None,
        )
        if verb is None:
            return None
        source = (
            self.source_before_apposition(i - 2, verb + 1)  # "quoted Jo Roe, a pilot, as"
            if self.is_punct(i - 2, ",")
            else self.source_before(i - 2, verb + 1)
        )
        if source is None or source[0] != verb + 1:
            return None
        content = self.content_after(k, hi, phrase)
        return None if content is None else Frame((i, k), source, content, "after", unit)

    def gerund_frame(
        self, i: int, k: int, j: int, lo: int, hi: int, unit: int, phrase: tuple[str, ...]
    ) -> Frame | None:
        """``X won by saying that C``, ``After suggesting that C, X …``: the cue's gerund
        after the preposition at ``j``; the subject of the sentence is the source, before
        the preposition or, where the gerund opens the sentence, after the content."""
        content = self.content_after(k, hi, phrase)
        if content is None:
            return None
        if j > lo:
            source = self.subject_of(lo, j)
            if source is None and self.is_punct(j - 1, ","):
                source = self.aside_subject(j - 1, lo)
                end = next(
                    (
                        m
                        for m in range(content[0] + 1, content[1])
                        if (self.is_punct(m, ",") and self.finite_form_at(m + 1, hi))
                        # "Roe, in announcing her plan said C": no comma before the verb
                        or (self.word(m) in self.table.verbs and self.verb_after_noun(m, hi))
                    ),
                    None,
                )
                if source is not None and end is not None:
                    content = (content[0], end)  # the aside ends before the verb
            if source is not None or self.has_finite_verb(lo, j):
                return Frame((i, k), source, content, "participle", unit) if source else None
            # "Now, after suggesting that C, X …", "In addition to stating that C, X …":
            # words of time or manner open the sentence, the subject follows the content
        commas = [m for m in range(content[0] + 1, hi) if self.is_punct(m, ",")] + [hi]
        for comma, following in itertools.pairwise(commas):
            source = self.subject_of(comma + 1, following)
            if source is not None and source[0] == comma + 1:
                return Frame((i, k), source, (content[0], comma), "participle", unit)
        return None

    def aside_subject(self, comma: int, lo: int) -> tuple[int, int] | None:
        """The name or role before the comma that opens a gerund's aside (``Roe, after
        saying that C, left``, ``Jo Roe, 52, after …``): the subject of the verb after
        the aside; ``None`` for an adverb (``Now, after saying that C, X …``)."""
        named = self.source_before(comma - 1, lo) if comma - 1 >= lo else None
        if named is None or named[0] != lo:
            named = self.source_before_apposition(comma, lo)
        if named is None:
            return None
        head = named[1] - 1
        if not (self.t[head].is_capitalised or self.word(head) in self.lex.role_nouns):
            return None
        if self.is_opening_adverb(head) or self.word(head) in self.lex.sentence_adverbs:
            return None
        return named

    def source_phrase_at(
        self, i: int, hi: int, phrases: Sequence[tuple[str, ...]] | None = None
    ) -> tuple[str, ...] | None:
        """The longest source phrase (``according to``, ``Según``) that opens at ``i``
        before ``hi``, or ``None``; ``phrases``: those that may open there
        (:meth:`source_candidates`), where the caller has looked them up already."""
        if phrases is None:
            phrases = self.source_candidates(i)
        return next(  # the phrases come the longest first
            (phrase for phrase in phrases if match_phrase(self.t, i, hi, phrase)), None
        )

    def opens_as_clause(self, i: int, hi: int) -> int:
        """The width of a one-word source phrase at ``i`` (``según``, ``segons``) and the
        clause opener after it (Italian ``quanto``, Spanish ``lo que``: what), where they
        open a clause of their own, a cue right after them, else 0: ``Según ha explicado
        X, C``, ``Segons va dir X, C``, ``Secondo quanto ha spiegato X, C`` read as
        ``Como ha explicado X, C``.  Never in a verb-second language, whose ``so`` before
        a cue is an adverb (German ``so sagt X, dass C``); nor where a longer source phrase
        opens there (``Secondo quanto riferito dal comando, C``)."""
        if self.word(i) not in self.table.clause_phrases:
            return 0  # no phrase of one word (none in a verb-second language): no lookup
        return self.clause_after_phrase(i, hi, self.source_phrase_at(i, hi))

    def clause_after_phrase(self, i: int, hi: int, longest: tuple[str, ...] | None) -> int:
        """:meth:`opens_as_clause` where the longest source phrase at ``i`` is known
        (:meth:`source_phrase_at`; ``None``: there is none)."""
        if self.lex.verb_second or longest is None or len(longest) != 1:
            return 0
        end = i + 1
        while end < hi and end - i < _AS_CLAUSE_WORDS and self.word(end) in self.lex.clause_openers:
            end += 1
        return end - i if end < hi and self.cue_at(end, hi) is not None else 0

    def as_clause_start(self, last: int, lo: int, hi: int) -> int | None:
        """The first token of a source phrase that ends at ``last`` and opens a clause of
        its own (:meth:`opens_as_clause`), or ``None``."""
        if not self.table.clause_phrases:
            return None  # (English: a source phrase of one word opens none)
        return next(
            (
                start
                for start in range(max(lo, last + 1 - _AS_CLAUSE_WORDS), last + 1)
                if self.opens_as_clause(start, hi) == last + 1 - start
            ),
            None,
        )

    def as_phrase_start(self, last: int, lo: int) -> int | None:
        """The first token of an as-word of several words of :attr:`Lexicon.as_words`
        that ends at ``last`` (Romanian ``Așa cum a declarat X, C``, Spanish ``Tal como
        explicó X, C``), or ``None``."""
        for width in range(_AS_PHRASE_WORDS, 1, -1):
            start = last + 1 - width
            if start >= lo and " ".join(self.words[start : last + 1]) in self.lex.as_words:
                return start
        return None

    def described_name(self, source: tuple[int, int]) -> bool:
        """Where bare nouns are subjects, whether a source is a lower-case noun and a full
        name it describes (``волонтер Петро Лорнюк``, ``енергетик компанії Петро
        Лорнюк``): a person, where no role noun opens it."""
        first, end = source
        return (
            self.lex.bare_noun_subjects
            and self.t[first].kind == "w"
            and not self.t[first].is_capitalised
            and any(self.is_name(m, end) for m in range(first + 1, end - 1))
        )

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
        Where subjects may be dropped, ``Jak uvedl, C`` has no source; an impersonal
        cue (``Как сообщалось, C``) has none either, and reports nobody's words."""
        if (
            source is not None
            and source[1] - source[0] == 1
            and self.word(source[0]) in self.lex.time_words
        ):
            source = None  # "Как сообщалось ранее, C": a word of time, no source
        if source is None and self._marked_name(k, hi) and self.is_punct(k + 1, ","):
            source = (k, k + 1)  # "Как сообщал «Интерфакс», C": a name in marks speaks
        if (
            source is not None
            and self.word(source[0]) in self.lex.impersonal_pronouns
            and source[0] + 2 < i
            and self.word(source[0] + 1) in self.lex.prepositions
        ):
            # "C, wie es aus dem Ministerium hieß": the impersonal subject, and the body
            # after the preposition speaks (not a place: "wie es in Berlin hieß")
            body = self.source_after(source[0] + 2, i)
            if body is not None and not self.names_place(source[0] + 1, body):
                source = body
        if source is None and self.lex.preposed_agents and as_word < i:
            # "Wie von der Polizei bestätigt wurde, C": the passive's agent before the cue
            source = self.preposed_agent(as_word, i)
        if source is None and (
            not (self.lex.pro_drop or self.lex.verb_second)
            or self.word(i) in self.lex.impersonal_cues
        ):
            return None
        if (
            source is not None
            and source[1] + 1 < hi
            and self.word(source[1]) in self.lex.prepositions
            and self.is_outlet(source)
        ):
            # "Как сообщили ТАСС в пресс-службе министерства, C": the outlet is told, the
            # body in the place phrase after it speaks
            comma = self.comma_after(source[1], hi)
            body = (
                self.place_body(source[1] + 1, comma, to_end=True)
                if comma is not None and comma > source[1] + 1
                else None
            )
            source = body or source
        elif source is not None and source[0] >= k and self.is_outlet((source[0], source[0] + 1)):
            # "Jak przekazał PAP rzecznik policji, C", "Jak przekazał PAP Jan Nowak, C":
            # the outlet told, then the speaker
            told = (source[0] + 1, source[1])
            if (
                told[1] > told[0]
                and self.is_punct(told[1], ",")
                and (self.is_role(told[0]) or self.is_name(*told) or self.described_name(told))
                and not self.is_outlet(told)
            ):
                source = told

        cited = self.cited_source(k, hi)
        if cited is not None and (
            source is None or source[1] > cited[0][0] or self.names_outlet(source)
        ):
            # "Як пише Reuters з посиланням на джерела, C": the source the outlet cites
            # speaks, the reference phrase is the cue (but "Як повідомив Іван Сидоров з
            # посиланням на дані поліції, C": a person citing speaks); a source read
            # into the reference phrase is no one citing
            (i, k), source = cited
        end = max(k, source[1]) if source is not None else k
        # "“Q,” as Jo Roe said.": the comma inside the marks of the quotation before it
        quote_first = as_word - 1 == lo and self.t[lo].kind == "q" and self.t[lo].comma
        first = (
            self.content_before(lo, as_word - 1)
            if as_word > lo and self.is_punct(as_word - 1, ",")
            else (lo, as_word)
            if quote_first
            else None
        )
        rest = self.rest_after_comma(end, hi, first=first)
        # "As X said, C"; "But as X said, C", "…, and as X said, C": a conjunction first;
        # "Водночас, як пише X, C": an adverb and its comma
        opens = (
            as_word == lo
            or (
                self.word(as_word - 1) in self.lex.conjunctions
                and (as_word - 1 == lo or self.is_punct(as_word - 2, ",;"))
            )
            or (
                source is not None  # but German "Aber, wie gesagt, C": the writer's aside
                and as_word - 1 > lo
                and self.is_punct(as_word - 1, ",")
                and (
                    (as_word == lo + 2 and self.is_opening_adverb(lo))
                    # "Вместе с тем, как пишет X, C": a connective of several words
                    or self.is_connective(lo, as_word - 1)
                    # "При цьому, як пише X, C": an adjunct of time or place
                    or (
                        as_word - 1 - lo <= _AS_CLAUSE_WORDS and self.after_adjunct(lo, as_word - 1)
                    )
                )
            )
        )
        if rest is None and opens:
            # "Как сказал в интервью «НГ» проректор X, C", "As Roe said in May, “Q”":
            # adjuncts and the source run to the first comma, the content follows it
            comma = next(
                (m for m in range(end, min(hi, end + MAX_ACCORDING)) if self.t[m].kind == "p"),
                None,
            )
            if (
                comma is not None
                and self.is_punct(comma, ",")
                and comma + 1 < hi
                # "As Roe announced that the pier will close, crowds gathered": the
                # cue's own clause, and "as" a conjunction of time (but "As Roe said
                # that day, C")
                and not any(
                    self.opens_content(m)
                    or (
                        self.words[m] in self.lex.complementizers
                        and self.word(m + 1) in self.table.articles
                    )
                    for m in range(end, comma)
                )
            ):
                # the name before the comma speaks; one before the cue was the channel
                # ("Jak LP sdělil zástupce agentury X, C")
                later = self.source_before(comma - 1, end) if comma > end else None
                if later is not None and (
                    self.is_article_alone(later) or self.word(later[1] - 1) in self.lex.medium_nouns
                ):
                    # "As the Lornpress noted in an op-ed Monday, C", "… in a story on
                    # Monday, C": the medium, no one
                    later = None
                if later is not None and (
                    source is None
                    or self.word(source[0]) in self.lex.prepositions
                    or self.is_outlet(source)
                ):
                    source = later
                rest = self._content_range(comma + 1, hi)
        if rest is not None and opens:
            return Frame((i, k), source, rest, "as", unit, inherits=source is None)
        if (
            as_word > lo
            and (self.is_punct(as_word - 1, ",") or quote_first)
            and self.only_adjuncts(end, hi)
        ):
            quoted = self.first_non_word(end, min(hi, end + MAX_ACCORDING))
            if quoted is None:
                quoted = hi
            if (
                source is not None
                and first is not None
                and not quote_first  # "“Q1,” as Jo Roe said, “Q2”": both are hers
                and self.is_punct(quoted, ",:")
                and quoted + 1 < hi
                and self.t[quoted + 1].kind == "q"
            ):
                # "But at the time, as Jo Roe put it, “Q”", "That is because, as she
                # says, “Q”": the as-clause gives the quotation after it; the words
                # before it are the writer's
                return Frame((i, k), source, (quoted + 1, quoted + 2), "as", unit)
            content = first
            if content is None and rest is not None and self.one_word_subject(lo, as_word, rest):
                content = (lo, lo + 1)  # "Lornport, as Jo Roe said, rarely floods"
            if content is not None:  # "C, as X said"; German "C1, wie X sagt, C2"
                if source is not None and source[0] > k:
                    # "C, según ha anunciado la ministra de Hacienda, María Pérez.": the
                    # holder's name in the apposition after the cue's source speaks
                    source = self.with_apposed_name(source, hi)
                # "The harbour, as Jo Roe pointed out, rarely floods": the as-clause
                # sets off a subject from its predicate, both the speaker's words; no
                # adjunct of the cue ("C, según ha anunciado X, en la rueda de prensa")
                # nor a clause holding a compound tense ("ha aprobado") is one
                predicate = (
                    rest is not None
                    and source is not None
                    and self.word(rest[0]) not in self.lex.prepositions
                    and not self.has_finite_verb(*content)
                    and not any(self.word(m) in self.lex.cue_auxiliaries for m in range(*content))
                )
                extra = rest if self.lex.verb_second or predicate else None
                if (
                    extra is not None
                    and self.lex.capitalised_nouns
                    and self.word(extra[0]) in self.lex.relative_pronouns
                    and extra[0] + 1 < extra[1]
                    and self.lower_word(extra[0] + 1)
                    and self.lower_word(extra[1] - 1)
                    # "Die Stadt wolle, wie X sagte, die meisten Fähren abschaffen": a
                    # first piece ending in its auxiliary goes on after the cue
                    and self.word(content[1] - 1) not in self.lex.finite_auxiliaries
                    and self.word(content[1] - 1) not in self.lex.subjunctive_forms
                ):
                    # "C, wie Jo Roe sagte, der das Amt seit 2020 führt.": a relative
                    # clause on the source (a pronoun before a lower-case word, no article
                    # before its noun, and a verb at its end), none of the words said
                    extra = None
                return Frame((i, k), source, content, "as", unit, extra=extra)
        return None

    def one_word_subject(self, lo: int, as_word: int, rest: tuple[int, int]) -> bool:
        """Whether a capitalised word alone before ``, as X said,`` is the subject of
        the predicate after the attribution (``Lornport, as Jo Roe said, rarely
        floods``): a lower-case finite verb, perhaps after an adverb, opens the rest."""
        start = rest[0]
        if self.has_adverb_ending(self.word(start)):
            start += 1
        return (
            as_word == lo + 2
            and self.t[lo].kind == "w"
            and self.t[lo].is_capitalised
            and self.word(lo) not in self.lex.sentence_adverbs
            and start < rest[1]
            and self.is_bare_predicate(start, rest[1])
        )

    def names_outlet(self, source: tuple[int, int]) -> bool:
        """Whether a source is an outlet: a media word in it (``агентство``), a name in
        marks (``«Українська правда»``) or an outlet's name.

        Wider than :meth:`is_outlet`, and asked only where a source before a reference
        phrase gives way to the source it cites (``Як пише агентство з посиланням на
        джерела``): a person there cites in their own name, any medium only relays.
        Where a source gives way to a body or a later name (``Как сообщили ТАСС в
        пресс-службе``, ``Jak LP sdělil zástupce agentury X``), :meth:`is_outlet`
        decides: a person of an outlet (``zástupce agentury``) holds a media word and
        still speaks.  :func:`~newsstruct.quotes.assemble._names_outlet` asks a third
        question of a finished source: whether it credits a named outlet."""
        return any(self._is_medium(m) or self.t[m].kind == "q" for m in range(*source)) or (
            self.is_outlet(source)
        )

    def cited_source(self, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A reference phrase and the source it cites between ``k`` and the next comma
        (``… Reuters з посиланням на джерела,``): their token ranges, or ``None``."""
        comma = self.comma_after(k, min(hi, k + MAX_ACCORDING))
        if comma is None:
            return None
        return next(
            (
                ((m, after), (after, comma))
                for m in range(k, comma)
                if (after := self.reference_end(m, comma)) is not None and after < comma
            ),
            None,
        )

    def marked_subject(self, j: int, k: int, hi: int) -> bool:
        """Whether the quotation at ``j``, right before a cue that ends at ``k``, is the
        subject, a name in marks, where nouns go bare (``«Укрзалізниця» повідомила, що
        C``): a short one, no comma nor dash between, and the cue's content after it.
        Where articles mark noun phrases, a title-cased one after the noun it names
        (``The paper “Tides” said C``)."""
        return (
            (self.lex.bare_noun_subjects or self.titled_name(j))
            and self._marked_name(j, hi)
            and self.content_after(k, hi, (self.word(j + 1),)) is not None
        )

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
        while m >= lo and i - m <= MAX_MIDDLE and self.t[m].kind == "w":
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
            and end - k < INFINITIVE_REACH
            and (
                self.word(end) in self.lex.auxiliaries
                or self.word(end) in self.lex.passive_auxiliaries
            )
        ):
            end += 1
        if not (
            (end < hi and self.is_punct(end, ","))
            # "C, wie von der Polizei bestätigt wurde.": the clause closes the sentence;
            # so does a passive without its agent ("C, wie am Montag bestätigt wurde.")
            or (
                m > lo
                and self.only_adjuncts(end, hi)
                and (
                    self.preposed_agent(m, i) is not None
                    or any(self.word(n) in self.lex.passive_auxiliaries for n in range(k, end))
                )
            )
        ):
            return None
        source = self.source_after(m + 1, i) if m + 1 < i else None
        if (
            source is None
            and m + 2 < i
            and (self.word(i), self.word(m + 1)) in self.table.by_first.get(self.word(i), ())
        ):
            # "wie aus Regierungskreisen verlautete," of "verlautete aus X": the cue's
            # preposition leads to the source before the verb
            source = self.source_after(m + 2, i)
        return m, end, source

    def pasts_beside_quotations(self, lo: int, hi: int) -> list[int]:
        """The words of the unit ``lo``..``hi`` that may be an unlisted verb in a regular
        past form (:attr:`~newsstruct.lang.Lexicon.past_quotation_cues`) a few tokens after
        a quotation (:meth:`past_beside_quotation`)."""
        found: list[int] = []
        # (a quotation that ends the sentence before the unit is the unit's too)
        for m in self.quotations_in(max(lo - 1, 0), hi):
            found.extend(
                n for n in range(m + 1, min(m + 1 + _PAST_REACH, hi)) if self.unlisted_past(n, hi)
            )
        return found

    def past_beside_quotation(self, n: int, lo: int, hi: int) -> bool:
        """Whether the word at ``n``, no trigger of a frame, is a verb in a regular past
        form (:attr:`~newsstruct.lang.Lexicon.past_quotation_cues`) with a quotation a few
        tokens before it and none right after it: the frame in which any such verb is the
        quotation's cue, read as one of the :attr:`~newsstruct.lang.Lexicon.quotation_cues`
        (``“Q,” Jo Roe griped.``, ``“Q?” pressed the judge.``; but ``unveiled “Plan B”``:
        the quotation is its object)."""
        return self.unlisted_past(n, hi) and any(
            q < n for q in self.quotations_in(max(lo - 1, n - _PAST_REACH, 0), n)
        )

    def unlisted_past(self, n: int, hi: int) -> bool:
        """Whether the word at ``n`` is a lower-case verb in a regular past form that
        triggers no frame, with no quotation right after it (:meth:`past_beside_quotation`
        without its quotation before it, which :meth:`pasts_beside_quotations` has read)."""
        word = self.words[n]
        return (
            len(word) >= _MIN_PAST_LETTERS
            and word.endswith(self.lex.past_suffixes)
            and word not in self.table.triggers
            and not self.t[n].is_capitalised
            and not (n + 1 < hi and self.t[n + 1].kind == "q")
        )

    def past_quotation_cue(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """The frame of an unlisted verb in a regular past form as a quotation's cue
        (:meth:`past_beside_quotation`), read as :meth:`quotation_cue` reads a listed one,
        where no word but the frame's tells speech: the quotation opens the sentence and
        ends in its comma or its own stop (``“Q,” Jo Roe griped.``, not ``the group, a
        “super PAC,” posited``), or it is a question or an exclamation that is a sentence
        of its own and the verb closes the next (``“Q?” Jo Roe pressed.``; but ``“Q.” He
        resigned.``, ``“Q!” She waited for an hour.``, ``banners: “Q.” Police
        intervened.``: narrative), the quotation is no title (``“Harbour Lights,” Jo
        Roe covered.``), no auxiliary makes the verb a participle (``“Q?” Her
        notes are redacted.``) and the source names someone (``“Q?” The meeting ended.``:
        no one)."""
        if self.word(i - 1) in self.lex.finite_auxiliaries:
            return None
        before = self.quotations_in(max(lo - 1, i - _PAST_REACH, 0), i)
        q = before[-1]
        quotation = self.t[q]
        if quotation.titled and quotation.words > 1:
            return None  # "“Harbour Lights,” Jo Roe covered.": a work's title, the object
        if q < lo and quotation.final:
            # a sentence of its own: a question or an exclamation, the verb closing the next
            closes = i + 1 + (self.word(i + 1) in self.lex.quotation_cue_particles)
            if not (
                quotation.asks
                and (q == 0 or self.is_punct(q - 1, SENTENCE_STOPS))
                and (closes >= hi or self.is_punct(closes, SENTENCE_STOPS))
            ):
                return None
        elif not (quotation.comma or quotation.final or self.is_punct(q + 1, ",")) or not (
            q < lo or self.quotation_opens(q + 1, lo)
        ):
            return None
        frame = self.quotation_cue(i, lo, hi, unit)
        if frame is None or frame.source is None:
            return None
        start, end = frame.source
        if end == start + 1 and self.word(start) in self.lex.pronouns:
            return frame
        # (a capitalised article opens a sentence: "“Q?” The meeting ended." names no one)
        someone = any(
            (self.t[m].is_capitalised and self.word(m) not in self.table.articles)
            or self.is_role_form(m)
            for m in range(start, end)
        )
        return frame if someone else None

    def predicate_after_comma(self, k: int, hi: int) -> bool:
        """Whether a comma after ``k`` in its sentence has a lower-case finite verb right
        after it, no subject between: the clause before it is a reduced relative on the
        subject that verb goes on with (``“The Tide,” Jo Roe published in 2001, sold a
        million copies``), no attribution that the comma closes (but ``“Q,” Jo Roe
        laughed, shaking her head.``)."""
        for m in range(k, hi):
            token = self.t[m]
            if token.kind == "p" and token.text in SENTENCE_STOPS:
                return False
            if token.kind == "p" and token.text == "," and m + 1 < hi:
                after = self.t[m + 1]
                if (
                    after.kind == "w"
                    and not after.is_capitalised
                    and self.is_finite_word(after.lower)
                ):
                    return True
        return False

    def named_antecedent(self, j: int, lo: int) -> tuple[int, int] | None:
        """The name before the comma that the relative pronoun at ``j`` follows: the body
        the clause describes speaks (``Lornia Ferries, which said C``); ``None`` after a
        thing's description (``the review of the timetable, which concluded C``)."""
        found = self._antecedent(j - 1, lo)
        if found is None or self.is_month(found[1] - 1):
            return None  # "from May to October, which showed C": a time
        start = found[0] + 1 if self.word(found[0]) in self.lex.determiners else found[0]
        if not (start < found[1] and self.is_body_name(start, found[1])):
            return None
        first = found[0]
        while (
            first - 2 >= lo
            and self.t[first - 2].kind == "w"
            and self.t[first - 2].is_capitalised
            and (
                self.word(first - 1) in self.lex.phrase_prepositions
                or self.word(first - 1) in self.lex.list_conjunctions
            )
        ):
            first -= 2  # "the Lornian Group for Ferries and Piers, which": the whole name
            while (
                first - 1 >= lo
                and self.t[first - 1].kind == "w"
                and self.t[first - 1].is_capitalised
            ):
                first -= 1
        if first < found[0] and first - 1 >= lo and self.word(first - 1) in self.lex.determiners:
            first -= 1
        return (first, found[1])

    def is_body_name(self, start: int, end: int) -> bool:
        """Whether the tokens are capitalised words, with lower-case words of a phrase or
        a list between them (``Lornia Ferries``, ``Court of Harbour Rights``)."""
        return all(
            self.t[m].is_capitalised
            or (
                start < m < end - 1
                and (
                    self.word(m) in self.lex.phrase_prepositions
                    or self.word(m) in self.lex.list_conjunctions
                )
            )
            for m in range(start, end)
        )

    def opens_comma_relative(self, j: int) -> bool:
        """Whether the word at ``j`` is a relative pronoun after a comma, of a person or
        of a thing (``Smith, who said C``, ``Lornia Ferries, which said C``)."""
        return (
            self.words[j] in self.lex.relative_pronouns or self.words[j] in self.lex.thing_relatives
        ) and self.is_punct(j - 1, ",")

    def quotation_cue(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """The frame of a verb that is a cue only next to a quotation (see
        :attr:`~newsstruct.lang.Lexicon.quotation_cues`): ``“Q,” read the statement``
        (the source after it, closing the attribution), ``“Q,” the email read.`` (the
        source between the quotation and the verb, which ends the sentence) or ``a sign
        that read “Q”`` (the text before the verb, the quotation right after it)."""
        if i > lo and i + 1 < hi and self.t[i + 1].kind == "q":
            # "One banner read “Q”", "a sign that read “Q”": the text before the verb
            source = (
                self._antecedent(i - 2, lo)
                if self.word(i - 1) in self.lex.complementizers
                or self.word(i - 1) in self.lex.thing_relatives
                else self.source_before(i - 1, lo)
            )
            if (
                source is None
                or self.is_name(*source)
                or (source[1] == source[0] + 1 and self.word(source[0]) in self.lex.pronouns)
                # "The judge read “Q”", "his daughter read “Q”": a role, no text (but
                # "His T-shirt read “Q”")
                or any(
                    self.is_role(m) and self.word(m) not in self.lex.thing_nouns
                    for m in range(*source)
                )
            ):
                return None  # "Jo Roe read “The Raven”": a person reads a work
            return Frame((i, i + 1), source, (i + 1, i + 2), "after", unit)
        end = i + 1
        if end < hi and self.word(end) in self.lex.quotation_cue_particles:
            # "“Never!” cried out the crowd", "“Never!” the crowd cried out.": the verb's
            # particle
            end += 1
        if self.quotation_before(i, lo):
            source = self.source_after(end, hi) if end < hi else None
            if source is None or not self.ends_attribution(source[1], hi):
                return None
            comma = i - 1 if self.is_punct(i - 1, ",") else i
        else:
            if (
                end < hi
                and not self.is_punct(end, SENTENCE_STOPS)
                # "“Q1,” she laughed, “Q2”": the quotation goes on after the comma
                and not (self.is_punct(end, ",") and end + 1 < hi and self.t[end + 1].kind == "q")
                # "“Q,” Jo Roe laughed on Tuesday.", "… laughed, shaking her head.",
                # "… laughed as she left.": adjuncts close the attribution (but "“Q,” the
                # crowd cheered the team": an object, no quotation's cue)
                and not (self.only_adjuncts(end, hi) and not self.predicate_after_comma(end, hi))
                and self.word(end) not in self.lex.subordinators
            ):
                return None
            source = self.source_before(i - 1, lo) if i > lo else None
            if (
                source is not None
                and source[0] == lo
                and lo > 0
                and self.t[lo - 1].kind == "q"
                and self.t[lo - 1].final
                # a quotation of its own, no fragment that ends a sentence ("ready “to
                # sail at dawn.” One of its favourite reads")
                and (lo == 1 or self.is_punct(lo - 2, ".!?:"))
            ):
                # "“Shame on them!” Jo Roe called out.": the quotation's own mark ends
                # its sentence, the attribution after it is a sentence of its own
                lo -= 1
            if source is None or not self.quotation_before(source[0], lo):
                return None
            comma = source[0] - 1 if self.is_punct(source[0] - 1, ",") else source[0]
        content = self.content_before(lo, comma)
        if content is None:
            return None
        return Frame((i, end), source, content, "before", unit)

    def noun_frame(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``die Nachricht des Ministers, dass C``, ``ist bekannt, dass C``: a noun or
        adjective of speech and thought with its complement clause; a genitive or
        ``von`` phrase after the noun names the source."""
        found = self.complement(i + 1, hi)
        if found is None:
            # the source is read only where a colon gives the noun its words
            if self.is_punct(i + 1, ":") and i + 2 < hi and self.t[i + 2].kind == "q":
                # "schloss mit den Worten: „Q“": the noun labels the quotation (else the
                # words before the colon are read for a speaker)
                source = self.phrase_subject(i, lo)
                if source is not None:
                    return Frame((i, i + 1), source, (i + 2, i + 3), "after", unit)
            else:
                spoken = self.colon_words(i + 1, hi)  # none before a quotation
                if spoken is not None:  # "mit der Bemerkung: Das Amt sei frei."
                    source = self.phrase_subject(i, lo)
                    return Frame((i, i + 1), source, spoken[1], "colon_words", unit)
            fronted = self.fronted(i, lo)
            return Frame((i, i + 1), None, fronted, "before", unit) if fronted else None
        middle_end, content = found
        if self.verb_cue_among(i + 1, middle_end):
            return None  # "Auf Anfrage sagte der Sprecher, C": the cue verb's content
        source = self.source_after(i + 1, middle_end) if i + 1 < middle_end else None
        if source is None:
            # "Seine Einwendung, C": the possessive tells whose
            source = self.support_subject(i, lo) or self.noun_possessor(i, lo)
        return Frame((i, i + 1), source, content, "after", unit)

    def noun_possessor(self, i: int, lo: int) -> tuple[int, int] | None:
        """Whose noun of speech at ``i`` a possessive before it, over its lower-case
        modifiers, tells (``Seine Einwendung, C``, ``drückte sein tiefes Bedauern aus,
        dass C``): the clause's subject it agrees with, else the possessive
        (:meth:`possessor`); ``None`` without one."""
        m = i - 1
        while m >= lo and i - m <= NOUN_MODIFIERS and self.t[m].kind == "w":
            if self.word(m) in self.lex.possessive_determiners:
                return self.possessor(m, lo)
            if not self.lower_word(m) or self.word(m) in self.lex.determiners:
                return None
            m -= 1
        return None

    def verb_cue_among(self, k: int, end: int) -> bool:
        """Whether the words ``k``..``end`` hold a cue verb in lower case, or the first
        word of a separable cue with its particle after it (``wies … darauf hin``)."""
        for m in range(k, end):
            if not self.lower_word(m):
                continue
            w = self.word(m)
            particles = self.table.separable.get(w)
            if w in self.table.verbs or (
                particles and any(self.word(n) in particles for n in range(m + 1, end))
            ):
                return True
        return False

    def noun_after_modifiers(self, k: int, hi: int) -> int | None:
        """Where nouns are capitalised, the noun at ``k`` or after the lower-case words
        that modify it there (``russischen Medien``, ``gut informierten Kreisen``): a
        few words that are no function word nor a finite verb; ``None`` where no noun
        follows them."""
        if not self.lex.capitalised_nouns:
            return None
        m = k
        while (
            m < hi
            and m - k < NOUN_MODIFIERS
            and self.lower_word(m)
            and self.word(m) not in self.lex.stopwords
            and self.word(m) not in self.lex.prepositions
            and self.word(m) not in self.table.np_words
            and not self.is_finite_word(self.word(m))
        ):
            m += 1
        return m if m < hi and self.is_noun_word(m) else None

    def modified_source_phrase(
        self, i: int, hi: int, source_phrases: tuple[tuple[str, ...], ...]
    ) -> int:
        """The width of a source phrase that opens at ``i`` with modifiers before its
        last word, a noun (``nach vorläufigen Angaben`` of ``nach Angaben``, ``nach
        einem ersten Bericht``: :meth:`noun_after_modifiers`), or 0."""
        for phrase in source_phrases:
            if len(phrase) < 2 or not match_phrase(self.t, i, hi, phrase[:-1]):
                continue
            k = i + len(phrase) - 1
            noun = self.noun_after_modifiers(k, hi)
            if noun is not None and noun > k and self.word(noun) == phrase[-1]:
                return noun + 1 - i
        return 0

    def compounds_source_phrase(
        self, i: int, hi: int, source_phrases: tuple[tuple[str, ...], ...]
    ) -> bool:
        """Whether the word after ``i`` compounds a source with the noun of a two-word
        source phrase that starts at ``i``, where nouns are capitalised and compounded
        (``nach Polizeiangaben`` of ``nach Angaben``, ``nach Medienberichten``): the
        compound names the source, as a name after ``laut`` does."""
        if not self.lex.capitalised_nouns or i + 1 >= hi or not self.t[i + 1].is_capitalised:
            return False
        word = self.word(i + 1)
        return any(
            len(phrase) == 2 and word.endswith(phrase[1]) and len(word) >= len(phrase[1]) + 3
            for phrase in source_phrases
        )

    def infinitive_subject(self, lo: int, j: int) -> tuple[int, int] | None:
        """The subject of the verb that governs an infinitive cue whose particle is at
        ``j`` (``Der Minister versuchte zu erklären, C``, ``Sie bemüht sich
        nachzuweisen, C``): the one that opens the clause in a verb-second language;
        not an impersonal pronoun (``Es ist schwer zu sagen, ob C``) nor an article."""
        if not self.lex.verb_second:
            return None
        start = self.clause_start(lo, j)
        if (
            j - 2 > start
            and self.word(j - 1) in self.lex.finite_auxiliaries
            and self.word(start) in self.lex.prepositions
            and not self.opens_time_adjunct(start)
        ):
            # "Aus dem Ministerium war zu erfahren, C": an impersonal clause of "war zu",
            # the body in its first place speaks (not a place: "In Berlin war zu hören")
            body = self.source_after(start + 1, j - 1)
            return body if body is not None and not self.names_place(start, body) else None
        subject = self.first_subject(lo, j)
        if subject is None or subject[1] - subject[0] > 1:
            return subject
        word = self.word(subject[0])
        if word in self.lex.pronouns:
            return None if word in self.lex.impersonal_pronouns else subject
        return subject if self.is_noun_word(subject[0]) else None

    def _noun_determiner(self, i: int, lo: int) -> int | None:
        """The article of the noun at ``i``, over its lower-case modifiers (``den
        folgenden Worten``), after the unit's start ``lo``; ``None`` without one."""
        d = i - 1
        while d > lo and i - d <= NOUN_MODIFIERS and self.lower_word(d):
            if self.word(d) in self.lex.determiners:
                break
            d -= 1
        if d <= lo or self.word(d) not in self.lex.determiners:
            return None
        return d

    def phrase_subject(self, i: int, lo: int) -> tuple[int, int] | None:
        """The subject of the clause that holds the noun of speech at ``i`` after a
        preposition of means (``Der Minister schloss mit den Worten: C``, ``Sie
        unterbrach ihn mit der Bemerkung: C``): the subject that opens the clause."""
        d = self._noun_determiner(i, lo)  # "mit den folgenden Worten"
        if d is None:
            return None
        if self.word(d - 1) not in self.lex.instrument_prepositions:
            return None  # "unter dem Motto", "in der Meldung": no words of the subject
        return self.first_subject(lo, d - 1)

    def support_subject(self, i: int, lo: int) -> tuple[int, int] | None:
        """The subject of the verb whose object is the noun of speech at ``i``, in a
        verb-second language: ``Der Vorsitzende machte die Mitteilung, dass C``, ``Zu
        Beginn stellte Jo Roe die Frage, ob C``, ``Experten sind der Ansicht, dass C``,
        ``X ist sich bewusst, dass C``
        (:attr:`~newsstruct.lang.Lexicon.support_verbs`); ``None`` where the noun's
        article follows a preposition (``mit der Bemerkung``) or no such verb comes."""
        d = i - 1
        supports = self.lex.support_verbs
        if self.word(i) not in self.lex.question_cues:
            supports = supports | self.lex.copula_supports  # "sind der Ansicht, dass C"
        if self.lower_word(i):  # "ist sich bewusst, dass C": an adjective after its verb
            while (
                d > lo
                and self.word(d) not in supports
                and (
                    self.word(d) in self.lex.reflexive_pronouns
                    or self.word(d) in self.lex.auxiliaries
                )
            ):
                d -= 1
            d += 1
        else:
            determiner = self._noun_determiner(i, lo)  # "die erfreuliche Mitteilung"
            if determiner is None:
                return None
            d = determiner
        v = d - 1
        while v >= lo and d - v <= MAX_SOURCE and self.word(v) not in supports:
            if self.t[v].kind != "w" or (
                self.word(v) in self.lex.prepositions
                # "hat am Montag bekannt gemacht", "sind seit langem der Ansicht": an
                # adjunct between the verb and the noun (but "mit der Bemerkung")
                and (v == d - 1 or not self.lex.verb_second)
                # "macht Hans von Roth die Mitteilung": a particle inside a name
                and not (self.word(v) in self.lex.name_particles and self.t[v + 1].is_capitalised)
            ):
                return None  # "mit der Bemerkung", "…, die Erklärung": no object of a verb
            v -= 1
        if v < lo or self.word(v) not in supports or self.t[v].is_capitalised:
            return None
        after = self.source_after(v + 1, d) if v + 1 < d else None
        if after is None and v - 1 >= lo and self.word(v - 1) in self.lex.clause_conjunctions:
            # "erhob sich und gab die Erklärung ab, dass C": the first clause's subject
            subject = self.coordinated_subject(lo, v - 1)
        elif after is not None or self.fronted_adjunct(lo, v):
            subject = after  # "macht Herr Jo Roe die Mitteilung": the subject after the verb
        else:
            subject = self.source_before(v - 1, lo)
        if subject is not None and self.text_of(subject).casefold() in self.lex.impersonal_pronouns:
            return None  # "Es ist bekannt, dass C": nobody speaks
        return subject

    def is_armed(self, source: tuple[int, int]) -> bool:
        """Whether a source names an armed force (``Northern troops``, ``the army's``)."""
        return any(
            self.without_possessive(t.lower) in self.lex.armed_nouns
            for t in self.t[source[0] : source[1]]
        )

    def fact_as_source(self, cue: str, source: tuple[int, int] | None) -> bool:
        """Whether ``cue`` is one of :attr:`Lexicon.evidence_cues` and ``source`` names no
        one: no capitalised word other than a determiner, no role, body or person noun
        (:attr:`Lexicon.person_noun_endings`), no author's text (``report``) and no
        subject pronoun (``The figures``, ``her visit``)."""
        if cue not in self.lex.evidence_cues or source is None:
            return False
        lex = self.lex
        for m in range(*source):
            w = self.without_possessive(self.word(m))
            if w in lex.determiners or w in lex.possessive_determiners or w in self.table.articles:
                continue
            if (
                self.t[m].is_capitalised
                or self.is_role(m)
                or w in lex.thing_nouns
                or w in lex.authored_nouns
                or w in lex.plural_heads
                or w.endswith(lex.person_noun_endings)
                or (w in lex.pronouns and w not in lex.object_pronouns)
                or w in lex.relative_pronouns
            ):
                return False
        return True

    def armed_instrument(self, k: int, hi: int) -> bool:
        """Whether the clause from ``k`` names a weapon after a preposition of means
        (``… the substation with drones``, ``with ballistic missiles``): an act of force."""
        m = k
        while m < hi and self.t[m].kind == "w":
            if self.word(m) in self.lex.instrument_prepositions and any(
                self.word(n) in self.lex.armed_nouns
                for n in range(m + 1, min(hi, m + 1 + _INSTRUMENT_WORDS))
                if self.t[n].kind == "w"
            ):
                return True
            m += 1
        return False

    def speech_noun(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``his claim that C``, ``Roe's criticism of the plan``, ``her call to C``,
        ``complaints from X that C``: a noun of speech with its complement (a clause,
        an infinitive or a noun phrase after one of the noun's prepositions).  A
        possessor before the noun, past a few adjectives (``his blunt reply``), or an
        agent phrase after it is the source; without either there is no frame but for
        a noun that needs none (``despite complaints that C``,
        :attr:`~newsstruct.lang.Lexicon.sourceless_speech_nouns`) or one the subject
        receives (``faced calls to resign``, :meth:`receives_speech`), whose C is
        nobody's, its complement right after it."""
        source: tuple[int, int] | None = None
        m = i - 1
        while m >= lo and i - m <= NOUN_MODIFIERS and self.t[m].kind == "w":
            w = self.word(m)
            if w in self.lex.possessive_determiners:
                source = self.possessor(m, lo)
                break
            if w.endswith(self.lex.possessive_endings):
                # "the mayor's", "the Roe campaign's": names, role nouns and an article
                start = m
                while (
                    start > lo
                    and m - start < MAX_SOURCE
                    and self.t[start - 1].kind == "w"
                    and self.word(start) not in self.lex.determiners
                    and self.word(start - 1) not in self.lex.prepositions  # "Despite Roe's"
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
                # "the claim that", "Roe claims": no possessor; but an agent phrase
                # may follow ("at complaints from X that C")
                break
            m -= 1
        k = i + 1
        if source is None and k < hi and self.word(k) in self.lex.agent_prepositions:
            # "complaints from residents that C": the words up to the complementizer
            that = next(
                (
                    n
                    for n in range(k + 2, min(hi, k + 2 + NOUN_MODIFIERS))
                    if self.word(n) in self.lex.complementizers
                ),
                None,
            )
            source = (k + 1, that) if that is not None else self.source_after(k + 1, hi)
            k = source[1] if source is not None else k
        received = self.receives_speech(i, lo)
        if received and source is not None and source[0] > i:
            # "drew criticism from the growers for C": the agent's phrase ends before C
            reason = next(
                (
                    n
                    for n in range(source[0] + 1, source[1])
                    if self.word(n) in self.lex.reason_prepositions
                ),
                None,
            )
            if reason is not None:
                source, k = (source[0], reason), reason
        if (
            received
            and k < hi
            and self.word(k) in self.lex.reason_prepositions
            and (source is None or not self.is_armed(source))
        ):
            # "Roe has faced sharp criticism (from the growers) for C": nobody's, or the
            # agent's, judgement of C
            content = self.judged_content(k + 1, hi)
            if content is None:
                return None
            return Frame((i, i + 1), source, content, "after", unit, unnamed=source is None)
        # "Despite complaints that C", "faced calls to resign": no source needed
        unsourced = source is None and (
            received or self.word(i) in self.lex.sourceless_speech_nouns
        )
        if (
            (source is None and not unsourced)
            or k + 1 >= hi
            or (source is not None and self.is_armed(source))
        ):
            return None  # "the army's attacks on the town": an act of force
        if (
            self.is_punct(k, ":")
            and self.t[k + 1].kind == "q"
            and all(t.kind == "p" for t in self.t[k + 2 : hi])
        ):
            # "Her reply: “Never.”": the noun labels the quotation after its colon (but
            # "her reply: “Q,” she said": the cue after the quotation frames it)
            return Frame((i, i + 1), source, (k + 1, k + 2), "after", unit, unnamed=unsourced)
        openers = self.table.speech_nouns[self.word(i)]
        if self.word(k) not in openers and not unsourced:
            # (but "drew criticism after he seemed to hint that C": the clause's own cue)
            k = self.complementizer_after_adjuncts(k, hi)
        opener = self.word(k)
        if opener not in openers:
            return None
        if opener in self.lex.complementizers and self.attributes_quotation(k + 1, hi):
            return None  # "In her reply to the email that Lee Poe noted, “q”"
        if opener in self.lex.complementizers or opener in self.lex.infinitive_markers:
            # "Roe's claim that the ferry sank drew scorn": a noun phrase that opens the
            # clause is its subject, and its content ends before the clause's predicate
            subject = not self.has_finite_verb(lo, i if source is None else source[0])
            # "Despite Roe's claim that the ferry sank, the port …": a fronted phrase
            fronted = subject and self.word(lo) in self.lex.prepositions
            end = self.predicate_after_clause(k + 1, hi, fronted=fronted) if subject else hi
            content = self._content_range(k + 1, end)
        else:
            end = self.object_end(k + 1, hi, subject=True)
            content = self._content_range(k + 1, end, min_words=1)
        if content is None:
            return None
        return Frame((i, i + 1), source, content, "after", unit, unnamed=unsourced)

    def receives_speech(self, i: int, lo: int) -> bool:
        """Whether the noun of speech at ``i`` is what its clause's subject receives: one
        of :attr:`~newsstruct.lang.Lexicon.speech_receiving_words` before it, past a few
        lower-case adjectives (``faced criticism``, ``came under withering criticism``;
        not ``faced the criticism of X``, whose agent follows)."""
        for m in range(i - 1, max(lo, i - 1 - NOUN_MODIFIERS) - 1, -1):
            w = self.word(m)
            if w in self.lex.speech_receiving_words:
                return True
            if not self.lower_word(m) or w in self.table.np_words or w in self.lex.prepositions:
                return False
        return False

    def complementizer_after_adjuncts(self, k: int, hi: int) -> int:
        """The complementizer that a noun of speech's adjuncts of time or place part
        from it (``Roe's statement earlier this year that C``, ``his claim in a radio
        interview that C``), not a relative on the adjunct's noun (``his claim in a
        report that was leaked``); ``k`` where none follows."""
        that = next(
            (
                n
                for n in range(k + 1, min(hi - 1, k + ADJUNCT_REACH))
                if self.word(n) in self.lex.complementizers
            ),
            None,
        )
        if (
            that is None
            or any(self.t[n].kind != "w" for n in range(k, that))
            or self.relative_verb_at(that + 1)
            or not self.only_adjuncts(k, that)
        ):
            return k
        return that

    def predicate_after_clause(self, k: int, hi: int, *, fronted: bool = False) -> int:
        """Where the predicate of the sentence opens after a clause from ``k`` that is
        part of its subject (``that the ferry sank | drew scorn``): a finite verb or
        auxiliary right after a word of the clause, once the clause has a finite verb
        of its own; ``hi`` if none does (the clause is the rest of the sentence).  In a
        ``fronted`` phrase (``Despite Roe's claim that the ferry sank, the port …``)
        a comma before the sentence's own clause ends it."""
        finite = False
        for m in range(k, hi):
            token = self.t[m]
            if token.kind != "w":
                if fronted and token.text == ",":
                    if self.is_subject_pronoun(m + 1) or self.clause_after(m + 1, hi):
                        return m  # the sentence's own subject, then its verb
                elif token.kind == "p" and token.text in ",;:—–(":
                    return hi  # an aside or a list: the reading stops short
                continue
            if token.lower in self.lex.clause_openers or token.lower in self.lex.conjunctions:
                finite = False  # "because voters there are …": a clause of its own
            elif finite and self.verb_after_noun(m, hi):
                return m
            elif self.finite_form_at(m, hi):
                finite = True
        return hi

    def stray_comma_name(self, j: int, lo: int) -> tuple[int, int] | None:
        """The name and bracket before a comma that parts it from its verb (``Gov. Jo Roe
        (R-OH), said``): a piece of its own that starts the clause or follows a comma."""
        if j - 1 <= lo or not self.is_punct(j - 1, ")"):
            return None
        named = self.source_before(j - 1, lo)
        if named is None or not (named[0] == lo or self.is_punct(named[0] - 1, ",")):
            return None
        bracket = next((m for m in range(named[0], j) if self.is_punct(m, "(")), named[0])
        return named if self.is_name(named[0], bracket) else None

    def possessor(self, m: int, lo: int) -> tuple[int, int]:
        """The subject that the possessive at ``m`` stands for, where its clause has one
        that agrees with it and no other noun phrase comes between (``Roe has softened
        his criticism``: Roe; not ``Residents welcomed his criticism``); else the
        possessive itself, resolved as a pronoun."""
        piece = next((n + 1 for n in range(m - 1, lo - 1, -1) if self.is_punct(n, ",;:")), lo)
        subject = self.subject_of(piece, m)
        personal = self.word(m) in self.lex.masculine_words or (
            self.word(m) in self.lex.feminine_words
        )
        plural = subject is not None and is_plural(self.word(subject[1] - 1), self.lex)
        if (
            subject is None
            or (personal and plural)
            or any(
                self.t[n].kind != "w"
                or self.t[n].is_capitalised
                or self.word(n) in self.lex.pronouns
                or self.word(n) in self.lex.determiners
                for n in range(subject[1], m)
            )
        ):
            return (m, m + 1)
        return subject

    def adjunct_opens(self, k: int) -> bool:
        """Whether the word at ``k`` opens an adjunct rather than a clause or an object:
        a preposition, a time word, a number, an adverb or a participle (``aboard his
        plane``, ``Wednesday at the debate``, ``30 minutes into``, ``happily``,
        ``answering a question``)."""
        token = self.t[k]
        w = token.lower
        return token.kind == "w" and (
            w in self.lex.prepositions
            or w in self.lex.time_words
            or token.text[:1].isdigit()
            or (not token.is_capitalised and w.endswith(self.lex.adjunct_endings))
        )

    def naming(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``He called the meeting "unsuccessful"``, ``called the plan a disgrace``,
        ``…, calling it reckless``: the complement is the content (mixed where it holds a
        quotation); without marks it must read as an object and what it is called."""
        # "went on to call Roe “a wrecker”": an infinitive after the sentence's verb;
        # "is said to have called Roe “a wrecker”": a perfect one
        to = i - 1
        if self.word(to) in self.lex.perfect_auxiliaries and self.word(to - 1) in (
            self.lex.infinitive_markers
        ):
            to -= 1
        infinitive = (
            to > lo
            and self.words[to] in self.lex.infinitive_markers
            and not self.lex.verb_second
            and self.word(to - 1) not in self.lex.intention_words  # "declined to call"
            and self.word(i + 1) not in self.lex.prepositions  # "to call for"
        )
        # "replied by calling Roe “a wrecker”": a gerund after its preposition
        gerund = self.word(i - 1) in self.lex.gerund_prepositions and self.word(i).endswith(
            self.lex.participle_endings
        )
        if (self.is_noun_use(i, lo) and not infinitive and not gerund) or (
            i + 1 < hi and self.t[i + 1].kind == "p"
        ):
            return None  # "…, welche Roe die neue nennt, hält": no complement
        if (
            self.is_bare_form(i)
            and not infinitive
            and not (
                self.bare_verb_after(i - 1, lo) and self.word(i + 1) not in self.lex.prepositions
            )
        ):
            return None  # "a conference call with", "the roll call vote": a noun
        # "called out the plan as “a disgrace”": the verb's particle is the cue's, the
        # object after it (in marks only: "called back the office" names nothing)
        particle = i + 2 < hi and self.word(i + 1) in self.lex.quotation_cue_particles
        content = self._content_range(i + 2 if particle else i + 1, hi)
        if content is None:
            return None
        attributed = next(
            (
                m
                for m in self.stops_in(content[0], content[1])
                if self.t[m].kind == "q"
                and (
                    (
                        (self.t[m].comma or self.is_punct(m + 1, ","))
                        and self.closing_attribution(m, hi)
                    )
                    # "Roe, calling it “a disgrace,” said C": the aside ends before the verb
                    or self.ends_in_comma_before_verb(m, hi)
                )
            ),
            None,
        )
        if attributed is not None:
            # "calling it “a joke,” Jo Roe said": the quotation ends the complement, its
            # sentence's attribution (or verb) follows
            content = (content[0], attributed + 1)
        dash = next(
            (m for m in self.stops_in(content[0] + 1, content[1]) if self.is_punct(m, DASHES)),
            None,
        )
        if dash is not None:
            content = (content[0], dash)  # "call them cynics - it has also …": a new clause
        content = self.name_end(content)
        if not self.quotes_in(content) and (
            particle
            # without marks only where word order and articles mark the object
            or self.lex.verb_second
            or self.lex.bare_noun_subjects
            or not self.names_complement(*content)
        ):
            return None
        if infinitive:
            return self.infinitive_naming(i, to, lo, content, unit)
        j = self.skip_auxiliaries(i - 1, lo)
        if j < lo or self.word(j) in self.lex.passive_auxiliaries:
            return None
        cue = (i, i + 2) if particle else (i, i + 1)
        if (self.is_punct(j, ",-–—") or self.t[j].comma) and self.word(i).endswith(
            self.lex.participle_endings
        ):
            # "…, calling it reckless", "… — calling it reckless", "… on “Good Day,”
            # calling it reckless"
            return Frame(cue, self.subject_of(lo, j), content, "participle", unit)
        if gerund:
            # "Roe replied by calling it “a farce”": the gerund's subject is the sentence's
            source = self.subject_of(lo, j) if j > lo else None
            return Frame(cue, source, content, "participle", unit) if source else None
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
            if source is None and not (self.lex.verbal_cues or self.lex.verb_second):
                source = self.subject_before_adjunct(j, lo)  # "X, a senator, on Friday called"
        if source is None:
            return None
        # "the plan, which Roe called “a disgrace”": the pronoun stands for what was
        # named, the content's first fragment
        fronted = (source[0] - 1, source[0]) if self.relative_object(source[0] - 1) else None
        # "a formula called the “chained index”": the name after its article
        named = i + 2 if i + 2 < hi and self.word(i + 1) in self.lex.determiners else i + 1
        if not self.word(i).endswith(self.lex.participle_endings) and (
            self.t[named].is_capitalised or self.t[named].kind == "q"
        ):
            article = None
            for m in range(j, max(source[0], j - _NAMED_NOUN_WORDS), -1):
                if self.t[m].kind != "w":
                    break
                if self.word(m) in self.lex.indefinites:
                    article = m
                    break
            if article is not None and self.t[article - 1].kind == "w":
                return None  # "runs a charity called Open Doors": a name given, no speech
            if self.names_subject(source, named, hi):
                return None  # "A charity called Open Doors says C": the subject's name
        return Frame(cue, source, content, "naming", unit, fronted=fronted)

    def name_end(self, content: tuple[int, int]) -> tuple[int, int]:
        """A naming cue's complement up to the quoted name that a semicolon follows, or a
        conjunction and a clause of the writer's (a subject pronoun, an article's subject
        and its verb, or an aside's comma): ``called him “a fool” and he left``, ``called
        it “a farce,” and the mayor agreed``, ``calls it her “gift”; others disagree``;
        but ``called them “thugs” and criminals``, ``“a fool” and someone who …``."""
        start, end = content
        for m in self.stops_in(start, end - 1):
            if self.t[m].kind != "q":
                continue
            k = m + 2 if self.is_punct(m + 1, ",") else m + 1
            if k + 1 < end and (
                self.is_punct(k, ";")
                or (
                    self.word(k) in self.lex.conjunctions
                    and (
                        self.is_punct(k + 1, ",")
                        or self.is_subject_pronoun(k + 1)
                        or self.clause_after(k + 1, end)
                    )
                )
            ):
                return (start, m + 1)
        return content

    def names_subject(self, source: tuple[int, int], k: int, hi: int) -> bool:
        """Whether a naming cue before ``k`` gives the indefinite subject ``source`` its
        name, followed by the sentence's predicate: a finite verb, an auxiliary or a cue
        after the name (capitalised words and numbers, or words in marks) that opens at
        ``k`` (``A charity called Open Doors says``, ``A band called Harbour 45 ran``,
        ``A paper called “The Lornport Chief” reported``)."""
        if self.word(source[0]) not in self.lex.indefinites or k >= hi:
            return False
        m = k
        if self.t[m].kind == "q":
            m += 1
        else:
            while (
                m < hi
                and self.t[m].kind == "w"
                and (self.t[m].is_capitalised or self.t[m].text[:1].isdigit())
            ):
                m += 1
        if m == k or m >= hi or self.t[m].kind != "w" or self.t[m].is_capitalised:
            return False
        last = self.word(m - 1)
        if self.without_possessive(last) != last:
            return False  # "A spokesman called Roe’s claims “a fantasy”": an object, no name
        w = self.word(m)
        return (
            w in self.lex.finite_auxiliaries or w in self.table.verbs or w in self.lex.finite_verbs
        )

    def infinitive_naming(
        self, i: int, to: int, lo: int, content: tuple[int, int], unit: int
    ) -> Frame | None:
        """``He went on to call Roe “a wrecker.”``, ``took to the radio to call the plan
        “a joke”``, ``is said to have called Roe “a wrecker”``: a naming cue in the
        infinitive (its marker at ``to``) whose complement holds a quotation; the object
        before ``to`` names, else the sentence's subject (as :meth:`infinitive_frame`
        reads a cue's infinitive)."""
        if not any(
            self.t[m].kind == "q" for m in range(content[0], min(content[1], content[0] + 4))
        ):
            # "the power to call a vote": no naming without the name in marks right
            # after the object
            return None
        before = to - 1
        source: tuple[int, int] | None
        if self.word(before) in self.lex.object_pronouns:
            source = (before, before + 1)
        else:
            source = self.verbs_object(before, lo) or self.subject_of(lo, to)
        if source is None or self.word(source[0]) in self.lex.impersonal_pronouns:
            return None
        return Frame((i, i + 1), source, content, "naming", unit)

    def bare_verb_after(self, m: int, lo: int) -> bool:
        """Whether the word at ``m`` makes a bare form after it a verb: a subject
        pronoun (``what they call``), an auxiliary (``would call``), the infinitive's
        marker (``to call``) or a plural subject (``Critics call``, ``Others call``)."""
        if m < lo or self.t[m].kind != "w":
            return False
        word = self.word(m)
        return (
            (word in self.lex.pronouns and word not in self.lex.object_pronouns)
            or word in self.lex.finite_auxiliaries
            or word in self.lex.infinitive_markers
            or is_plural(word, self.lex)
        )

    def closing_attribution(self, q: int, hi: int) -> bool:
        """Whether the quotation at ``q`` is followed by the attribution that closes its
        sentence: a subject and a cue with nothing but adjuncts after it (``“a joke,”
        Jo Roe said.``) or a cue and its source (``“a joke,” said Jo Roe.``); not a
        conjunction and a clause (``“a joke,” and I agree``) nor the sentence's own verb
        and its content (``“a fraud,” said he would …``)."""
        first = q + 2 if self.is_punct(q + 1, ",") else q + 1
        for n in range(first, min(hi, q + 1 + ATTRIBUTION_WORDS)):
            if self.t[n].kind != "w" or self.words[n] in self.lex.conjunctions:
                return False
            phrase = self.cue_at(n, hi)
            if phrase is None:
                continue
            end = n + len(phrase)
            if n > first:
                # "“a joke,” Jo Roe said as she left.": an adverbial clause after it too
                return (
                    end >= hi
                    or self.only_adjuncts(end, hi)
                    or self.word(end) in self.lex.subordinators
                    or self.word(end) in self.lex.as_words
                )
            source = self.source_after(end, hi) if end < hi else None
            return source is not None and self.ends_attribution(source[1], hi)
        return False

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

    def author_of(self, source: tuple[int, int], end: int) -> tuple[int, int] | None:
        """The name after an authored noun that ends ``source`` and an agent preposition
        (:attr:`~newsstruct.lang.Lexicon.authored_nouns`: ``an analysis by the Lornport
        Institute``, ``a new study from Lornport University``), within ``end``: who speaks
        through the text; ``None`` where no capitalised name follows or an outlet's does."""
        by = source[1]
        if (
            by + 1 >= end
            or self.word(by - 1) not in self.lex.authored_nouns
            or self.word(by) not in self.lex.agent_prepositions
        ):
            return None
        author = self.source_after(by + 1, end)
        if (
            author is None
            or not any(self.t[m].is_capitalised for m in range(*author))
            or self.outlet_words(*author)  # "a tally by the Harbour Times": an outlet credited
        ):
            return None
        last = author[1]
        while not self.t[last - 1].is_capitalised:
            last -= 1  # "a poll by Lornport University based on …": the name alone
        return (author[0], last)

    def according_to(self, i: int, width: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``According to X, C``, ``C, according to X`` and ``C1, according to X, C2``.

        X runs to the next comma (or the unit's end); only an adjunct after the name is
        cut off (``…, on Monday``).  After a whole clause, what follows X's comma is
        an apposition or a remark of the writer; after a short opener (``Since May,
        according to X, C``), it is the content.  A relative pronoun as X (``пункт,
        согласно которому …``) refers to a thing said before: no attribution.
        """
        k = i + width
        inside = self.inside_clause(i, k, lo, hi, unit)
        if inside is not None:
            return inside
        if k < hi and (
            (
                self.word(k) in self.lex.relative_pronouns
                and not (self.word(k) in self.lex.determiners and self._determiner(k))
            )
            or self.word(k) in self.lex.clause_openers
        ):
            return None  # but "nach einem Bericht der Zeitung": an article
        if k >= hi or self.word(k) in self.lex.impersonal_clitics:
            return None  # "según se informó": nobody named
        if self.word(k) in self.lex.anaphoric_sources and self.is_punct(k + 1, ","):
            return None  # Vietnamese "Theo đó, C": accordingly, nobody named
        if (
            self.word(i) in self.lex.conjunctions or self.word(i) in self.lex.subordinators
        ) and not self.closing_source(i, k, lo, hi):
            return None  # "so" attributes only as "C, so X.", never "…, so dass C"
        if self.lex.verb_second and not (
            self.t[k].is_capitalised
            or self.word(k) in self.table.np_words
            or self.noun_after_modifiers(k, hi) is not None  # "laut russischen Medien"
        ):
            return None  # German "ein leiser Laut", "rief laut": no "laut X"
        if i == lo and hi - 1 > k and self.is_punct(hi - 1, ":") and hi - k <= MAX_ACCORDING:
            # "According to the harbour board:" and its words after the colon or on the
            # lines after it: the phrase introduces them as "X said:" does
            named = self.comma_after(k, hi - 1)
            return Frame((i, k), (k, hi - 1 if named is None else named), None, "colon", unit)
        comma = self.comma_after(k, min(hi, k + MAX_ACCORDING))
        verb = self.verb_after_phrase(k, hi) if i == lo else None
        if verb is not None and (comma is None or verb < comma):
            # "Laut dem Bürgermeister wird C": the finite verb opens the content
            content = self._content_range(verb, hi, min_words=3)
            if content is not None:
                return Frame((i, k), (k, verb), content, "according", unit)
            if not self.lex.comma_free_sources:
                return None
            # "Według ministra budżet wzrośnie": the noun before the verb is the content's
        if (
            self.lex.comma_free_sources
            and i == lo
            and (comma is None or comma - k > _UNMARKED_SOURCE_WORDS)
        ):
            # "Według ministra budżet wzrośnie": no comma after the source
            unmarked = self.unmarked_source(k, hi)
            content = self._content_range(unmarked, hi) if unmarked < hi else None
            return Frame((i, k), (k, unmarked), content, "according", unit) if content else None
        end = comma if comma is not None and comma > k else hi
        while end > k and self.t[end - 1].kind == "p":
            end -= 1
        while end - 1 > k and (
            self.word(end - 1) in self.lex.prepositions
            # "据新华社报道，C": where a cue is written onto its subject, it closes the
            # phrase as a postposition does
            or (self.lex.glued_cues and self.word(end - 1) in self.lex.cue_verbs)
            # "据新华社在北京报道，C": the place of the report before the cue
            or is_localized_adjunct(self.word(end - 1), self.lex)
        ):
            end -= 1  # "Pēc policijas teiktā, C": a postposition closes the phrase
        if end <= k:
            return None
        phrase = self.source_after(k, hi)
        if phrase is not None and not (
            phrase[1] < hi
            and (
                self.word(phrase[1]) in self.lex.prepositions
                # "según el abogado el lunes": a time noun after its article
                or self.opens_time_adjunct(phrase[1])
                or self.agent_participle(phrase[1], hi)  # "a document seen by Reuters"
            )
        ):
            phrase = None  # only an adjunct after the name is cut off: "…, on Monday"
        if self.participle_agent(k, end) is not None:
            source = (k, end)  # "según los datos publicados el martes por el INE": one phrase
        else:
            source = phrase if phrase is not None and phrase[1] <= end else (k, end)
            source = self.author_of(source, end) or source
            source = (source[0], self.before_dated_participle(*source, hi))
        if comma is not None and comma > k:
            apposition = self._apposition(source, comma + 1, hi)
            if apposition is not None:
                closed = apposition < hi and self.is_punct(apposition, ",")
                # "according to the mayor, Olga Tsvit, C"; words no capital marks that no
                # comma closes are the content ("بحسب وزير النقل، فإن المشروع سيكتمل")
                if closed or self.t[comma + 1].is_capitalised:
                    if not self.names_holder(source):
                        source = (comma + 1, apposition)
                    comma = apposition if closed else None
        if (
            comma is not None
            and comma + 1 < hi
            and self.word(comma + 1) in self.lex.complement_adjectives
        ):
            # "По словам источника, близкого к Кремлю, C": the source described
            comma = self.comma_after(comma + 1, min(hi, comma + 1 + MAX_ACCORDING))
        elif (
            comma is not None
            and comma + 1 < hi
            and (
                self.opens_relative(comma + 1)
                or self.word(comma + 1) in self.lex.thing_relatives
                or self.word(comma + 1) in self.lex.possessive_relatives
            )
        ):
            # "According to Jo Roe, who chairs the board, C": the relative clause
            # describes the source, the content follows the comma that closes it
            closing = self.comma_after(comma + 1, min(hi, comma + 1 + MAX_ACCORDING))
            if closing is not None:
                comma = closing
        # "Die Lage sei, so der Minister, ernst": the rest of an open clause, however short
        awaited = i - 2 >= lo and self.is_punct(i - 1, ",") and self.awaits_rest(i - 2)
        rest = None
        if comma is not None and comma > k:
            opening = comma + 1
            if (
                opening + 1 < hi
                and self.word(opening) in self.lex.complementizers
                and self.word(opening) not in self.lex.determiners
                and self.word(opening) not in self.lex.relative_pronouns
                and self.word(opening) not in self.lex.thing_relatives
                and self.word(opening) not in self.lex.clause_openers
            ):
                opening += 1  # Arabic "بحسب المتحدث، فإن C": the complementizer opens C
            rest = (
                self._content_range(opening, hi, min_words=1)
                if awaited
                else self._content_range(opening, hi)
            )
        opener = i
        while opener > lo and (
            self.t[opener - 1].kind == "p"
            or self.word(opener - 1) in self.lex.conjunctions
            or self.word(opener - 1) in self.lex.auxiliaries
        ):
            opener -= 1
        if (
            opener > lo
            and self.is_punct(i - 1, ",")
            # "…, because, according to X, C", "…, but, selon X, C": the clause that the
            # phrase interrupts is the content, not the words before its conjunction (but
            # "C1 and, according to X, adopted C2": a predicate goes on with C1's subject)
            and not (
                rest is not None
                and (
                    self.word(i - 2) in self.lex.clause_openers
                    or self.word(i - 2) in self.lex.contrast_openers
                    or (
                        self.word(i - 2) in self.lex.conjunctions
                        and not self.is_bare_predicate(*rest)
                        and not self.is_verbless(*rest)
                    )
                )
            )
        ):
            before = self.content_before(lo, i - 1)
        elif (
            self.lex.stops_inside_marks
            and i - 1 >= lo  # "“Q,” according to X": the quotation alone too
            and self.t[i - 1].comma
            # but "The law, dubbed the “Freedom Act,” according to X, C": the comma
            # closes the name's apposition
            and not is_name_quotation(self.t, i - 1, self.lex)
        ):
            before = self.content_before(lo, i)  # 'Taxes rose “sharply,” according to X'
        else:
            before = None
        if before is not None and rest is not None and self.is_connective(*before):
            before = None  # "Вместе с тем, по словам X, C": the connective opens C, no words
        if before is not None:
            if rest is not None and self.words_in(before) >= _MIN_CLAUSE_WORDS and not awaited:
                rest = rest if self.is_second_fragment(rest) else None
            return Frame((i, k), source, before, "according", unit, extra=rest)
        if rest is not None:
            return Frame((i, k), source, rest, "according", unit)
        if self.signs_quotation(i, k, lo, hi):
            return Frame((i, k), source, None, "anaphoric", unit)  # "„Q.“ So X."
        return self.amid_clause(i, k, lo, hi, unit) if comma is None or comma > k + 1 else None

    def before_dated_participle(self, start: int, end: int, hi: int) -> int:
        """Where a source phrase from ``start`` ends before its first past participle when
        that, with the time after it, describes its noun (``data from the ONS published
        on Tuesday``, ``dados do INE divulgados nesta terça-feira``, ``datos del INE
        publicados este martes``; the time may come after ``end``, before ``hi``): the
        participle's index, before its auxiliaries and relative pronoun (``figures that
        were released Monday``); ``end`` where there is none, or where a passive agent
        follows the time (``released Thursday by Acme``: the agent's phrase is read as
        before; :meth:`describing_participle`)."""
        m = self.describing_participle(start, end)
        if m == end:
            return end
        # "published on Tuesday", "publicados este martes"
        n = self.time_adjunct_end(m + 1, hi)
        if n == m + 1 or (
            n < hi
            and (self.word(n) in self.lex.passive_agent_prepositions or self.is_participle_agent(n))
        ):
            return end
        while m - 1 > start and (
            self.word(m - 1) in self.lex.auxiliaries
            or self.word(m - 1) in self.lex.passive_auxiliaries
            or self.word(m - 1) in self.lex.relative_pronouns
            or self.word(m - 1) in self.lex.infinitive_markers
        ):
            m -= 1
        return m

    def describing_participle(self, start: int, end: int) -> int:
        """The first past participle in ``start``..``end`` that follows a noun and
        describes it (``data published``, ``datos publicados``), or ``end``: a word of a
        participle's form right after an article or a preposition, or with one written
        onto it, is a noun (``le député``, ``los datos``, Catalan ``d'estat``), and so is
        a role noun of that form (``le nouveau député``)."""
        if start + 1 >= end:
            return end
        return self.first_from("describing_participle", self._describes_noun, start + 1, end)

    def _describes_noun(self, m: int) -> bool:
        """Whether the word at ``m`` is a past participle that describes the noun before
        it (:meth:`describing_participle`)."""
        return (
            self.is_past_participle(m, endings=True)
            and self.word(m - 1) not in self.lex.determiners
            and self.word(m - 1) not in self.lex.prepositions
            and not split_elision(self.t[m].text, self.table.elided)[0]
            and not self.is_role(m)
        )

    def passive_as_word(self, i: int, k: int, lo: int, hi: int) -> int | None:
        """The as-word before the passive auxiliaries before the cue's participle at
        ``i`` when the passive's agent follows at ``k`` (``C, como foi confirmado pela
        Câmara``, ``come è stato confermato ieri dal prefetto``), or ``None``."""
        if not self.lex.participle_agents or i - 2 < lo:
            return None
        m = i - 1
        while m > lo and (
            self.word(m) in self.lex.passive_auxiliaries or self.word(m) in self.lex.auxiliaries
        ):
            m -= 1
        if m == i - 1 or self.word(m) not in self.lex.as_words:
            return None
        by = self.time_adjunct_end(k, hi)
        return m if by + 1 < hi and self.is_participle_agent(by) else None

    def is_participle_agent(self, n: int) -> bool:
        """Whether the word at ``n`` is, or opens with, a preposition of a participle's
        agent (:attr:`~Lexicon.participle_agents`: ``por``, ``pelo``, ``dall'Istat``)."""
        return (
            self.word(n) in self.lex.participle_agents
            or split_elision(self.t[n].text, self.table.elided)[0] in self.lex.participle_agents
        )

    def participle_agent(self, start: int, end: int) -> int | None:
        """The index of the agent's preposition after the first past participle in
        ``start``..``end`` and any time after it (``los datos publicados el martes por
        el INE``, ``os dados divulgados pelo IBGE``), or ``None``."""
        if not self.lex.participle_agents:
            return None
        n = self.time_adjunct_end(self.describing_participle(start, end) + 1, end)
        return n if n < end and self.is_participle_agent(n) else None

    def amid_clause(self, i: int, k: int, lo: int, hi: int, unit: int) -> Frame | None:
        """Where nouns are capitalised in a verb-second language, a source phrase set
        off by no comma inside a clause, after its finite verb (``Der Schaden beträgt
        laut Polizei rund 5000 Euro``): the words before it and those after its noun
        phrase (nouns, their articles, genitives and ``von`` phrases) are the content's
        two pieces.  The source is a role or a body, a name of two words or a noun
        with its article or complement; not a bare noun (``Er rief laut Hilfe``)."""
        if not (self.lex.verb_second and self.lex.capitalised_nouns) or i - 1 <= lo:
            return None
        if self.t[i - 1].kind != "w" or self.t[i].is_capitalised:
            return None
        end, noun = k, False
        while end < hi and (self.t[end].kind == "w" or is_titled_quotation(self.t, end, self.lex)):
            if self.t[end].is_capitalised or self.t[end].kind == "q":  # "der „Zeit“"
                noun = True
            elif (
                self.word(end) in self.lex.determiners
                and (not noun or self.word(end) in self.lex.genitive_determiners)
            ) or (noun and self.word(end) in self.lex.phrase_prepositions):
                noun = False  # "laut Angaben der Feuerwehr", not "… der Feuerwehr drei"
            else:
                break
            end += 1
        names = [m for m in range(k, end) if self.is_noun_word(m)]
        if not noun or not (
            any(self.is_role(m) for m in names)
            or len(names) < end - k  # "laut dem Bericht", "laut Angaben der Feuerwehr"
            or len(names) >= NAME_WORDS
        ):
            return None
        before = self.content_before(lo, i)
        rest = self._content_range(end, hi, min_words=1)
        if before is None or rest is None:
            return None
        return Frame((i, k), (k, end), before, "according", unit, extra=rest)

    def inside_clause(self, i: int, k: int, lo: int, hi: int, unit: int) -> Frame | None:
        """Where word order is free, a source phrase with a pronoun inside the clause it
        attributes (Czech ``Odbory podle něj zváží stávku``, ``Nikdo podle ní nebyl
        zraněn``): the whole clause is the content, the pronoun the source."""
        if not (
            self.lex.bare_noun_subjects
            and lo < i
            and k + 1 < hi
            and self.word(k) in self.lex.object_pronouns
            and self.t[k + 1].kind == "w"
            and not any(self.t[m].kind != "w" for m in range(lo, i))
        ):
            return None
        content = self._content_range(lo, hi)
        return Frame((i, k), (k, k + 1), content, "according", unit) if content else None

    def own_source(self, i: int, width: int, lo: int, hi: int, unit: int) -> Frame | None:
        """A source phrase whose source is the subject of its clause
        (:attr:`~Lexicon.own_source_words`): ``Nach eigenen Angaben hat die Firma C``
        (the words from the verb on), ``Die Firma hat nach eigenen Angaben C`` (the
        words before the phrase and after it)."""
        k = i + width
        subject = self.subject_after_verb_at(k, hi) if i == lo else self.first_subject(lo, hi)
        if subject is None:
            return None
        rest = self._content_range(k, hi, min_words=1) if k < hi else None
        if i == lo or rest is None:
            return Frame((i, k), subject, rest, "according", unit) if rest else None
        before = self.content_before(lo, i)
        if before is None:
            return None
        return Frame((i, k), subject, before, "according", unit, extra=rest)

    def according_to_pronoun(
        self, i: int, width: int, pronoun: int, lo: int, hi: int, unit: int
    ) -> Frame | None:
        """A source phrase that holds its source, a pronoun (``Selon lui, C``, ``a su
        juicio C``, ``C, według niego``, ``C, in his words.``): the content is the rest
        of the unit after it, or the clause before its comma and, after the phrase's own
        comma, the rest (``C1, in her words, C2``)."""
        k = i + width
        if i > lo and self.is_punct(i - 1, ","):
            before = self.content_before(lo, i - 1)
            if before is None or any(self.cue_at(m, i - 1) for m in range(lo, i - 1)):
                # "Roe said that the plan was, in his words, C": a clause with a cue of
                # its own keeps it, and the phrase stays inside its content
                return None
            rest = self.rest_after_comma(k, hi, first=before)
            return Frame((i, k), (pronoun, pronoun + 1), before, "according", unit, extra=rest)
        if i != lo:
            return None
        if k < hi and self.is_punct(k, ","):
            k += 1
        content = self._content_range(k, hi) if k < hi else None
        return (
            Frame((i, i + width), (pronoun, pronoun + 1), content, "according", unit)
            if content
            else None
        )

    def addressed_before_content(self, k: int, hi: int) -> bool:
        """Whether the cue that ends at ``k`` takes its content with a complementizer
        among the next few words, before any punctuation, so that no source follows it
        but, at most, an addressee (``disse à PF que C``, ``dijo a la Policía que C``)."""
        for m in range(k, min(hi, k + MAX_SOURCE)):
            if self.t[m].kind != "w":
                return False
            if self.word(m) in self.lex.complementizers:
                return True
        return False

    def after_channel(self, k: int, hi: int) -> int:
        """The token after an outlet told right after a cue, before the source (``dijo a
        EFE el portavoz``, ``a indiqué à l'AFP un porte-parole``), or ``k``."""
        article = split_elision(self.t[k].text, self.table.elided)[0]
        if article and article in self.lex.prepositions:
            m = k  # "all'ANSA"
        elif k + 1 < hi and self.word(k) in self.lex.prepositions:
            m = k + 1
        else:
            return k
        names: list[str] = []
        while m < hi and m - k <= NAME_WORDS and self.t[m].kind == "w":
            piece = split_elision(self.t[m].text, self.table.elided)[1]
            # "adiantou à agência Lusa fonte oficial": the agency's noun before its name
            agency = not names and piece.lower() in self.lex.agency_nouns
            if not (piece[:1].isupper() or agency):
                break
            names.append(piece)
            m += 1
            if (
                not agency
                and m < hi
                and self.t[m].kind == "w"
                and is_outlet_name(" ".join(names), self.lex)
            ):
                return m
        return k

    def is_inverted_verb(self, i: int) -> bool:
        """Whether the word at ``i`` is a cue verb or an auxiliary written with its
        subject pronoun after a hyphen (French ``a-t-on``, ``ajoute-t-il``)."""
        word = self.word(i)
        head = self.hyphened_pronoun(word)[0]
        return bool(head) and (
            word in self.table.verbs or head.removesuffix("-t") in self.lex.cue_auxiliaries
        )

    def hyphened_pronoun(self, word: str) -> tuple[str, str]:
        """The verb and the subject pronoun that a word holds after a hyphen (French
        ``a-t-il``: ``a-t``, ``il``), or two empty strings."""
        head, hyphen, pronoun = word.rpartition("-")
        if hyphen and head and pronoun in self.lex.pronouns:
            return head, pronoun
        return "", ""

    def inverted_pronoun(self, i: int) -> str:
        """The subject pronoun that a verb written with it holds after a hyphen
        (French ``raconte-t-elle``, ``a-t-il``, ``ajoute-t-on``) or as an enclitic
        (Indonesian ``katanya``), or ``""``."""
        return self.hyphened_pronoun(self.word(i))[1] or enclitic_subject(self.word(i), self.lex)

    def is_impersonal(self, i: int, lo: int) -> bool:
        """Whether the cue verb at ``i`` follows an impersonal clitic (and perhaps an
        auxiliary: ``si è appreso``) with no subject before it: at the unit's start, or
        after punctuation, a source phrase's word, ``as`` or an object pronoun (``Lo si
        apprende``, ``según se informó``)."""
        c = i - 1
        words = self.words
        if (
            c > lo
            and words[c] in self.lex.auxiliaries
            and words[c] not in self.lex.impersonal_clitics  # Spanish "se"
        ):
            c -= 1
        if c < lo or words[c] not in self.lex.impersonal_clitics:
            return False
        before = words[c - 1] if c > lo else ""
        return (
            c == lo
            or self.t[c - 1].kind == "p"
            or before in self.table.source_by_first
            or before in self.lex.as_words
            or before in self.lex.object_pronouns
        )

    def names_someone(self, start: int, end: int) -> bool:
        """Whether a source names someone: a capitalised word or a role noun (in any
        case form, where nouns go bare of articles: ``posłów``) among its words."""
        return any(self.t[m].is_capitalised or self.is_role_form(m) for m in range(start, end))

    def unmarked_source(self, k: int, hi: int) -> int:
        """Where a source phrase's source ends when no comma closes it (Polish ``Według
        ministra budżet wzrośnie``, ``Dla szefa MSZ Jana Roe sytuacja jest …``): after
        the last capitalised word among its first few words, else after its first word
        and the genitive complement of its role (:attr:`Lexicon.genitive_endings`)."""
        end = k + 1
        if (
            end < hi
            and self.lower_word(k)
            and self.word(k).endswith(_genitive_modifiers(self.lex))
            and self.lower_word(end)
            and not self.verb_like(end)
        ):
            end += 1  # "Według wstępnych ustaleń C": a modifier and its noun
        while (
            end < hi
            and self.t[end].kind == "w"
            and self.is_role_form(end)
            # but "Według premiera rząd przyjmie C": the nominative is the content's subject
            and self.word(end) not in self.lex.role_nouns
        ):
            end += 1  # "Według szefa rządu C": a role's body in the genitive
        end = self.genitive_end(end, hi)  # "Według ministra spraw wewnętrznych C"
        for m in range(end, min(hi, k + _UNMARKED_SOURCE_WORDS)):
            if self.t[m].kind != "w" or self.verb_like(m):
                break  # "Ifølge Jo Roe vil brua i Lornvik …": the content's verb
            if self.t[m].is_capitalised:
                end = m + 1
        end = self.bracket_end(end, hi)  # "Enligt Trafikverket (TRV) är C": its short form
        return end + 1 if self.genitive_head(end, hi) else end

    def genitive_head(self, m: int, hi: int) -> bool:
        """Whether the lower-case word at ``m`` heads the capitalised genitive before it
        (:attr:`~Lexicon.name_genitive_endings`) and a finite verb follows it: ``Ifølge
        Statens vegvesen vil C``, ``Ifølge Vejdirektoratets pressechef vil C``."""
        return (
            0 < m < hi - 1
            and self.t[m - 1].is_capitalised
            and self.word(m - 1).endswith(self.lex.name_genitive_endings)
            and self.lower_word(m)
            and not self.verb_like(m)
            and self.verb_like(m + 1)
        )

    def genitive_end(self, k: int, hi: int) -> int:
        """The token after the lower-case words from ``k`` that end in a genitive
        (:attr:`Lexicon.genitive_endings`) or follow the head of a role of several words
        in the lexicon (``spraw`` of ``minister spraw zagranicznych``), at most
        :data:`_COMPLEMENT_WORDS` of them (``ministra spraw wewnętrznych``, ``ministra
        finansów``); ``k`` where none does.  Where a verb follows them, the last word's
        phrase is the content's (:meth:`content_genitive`: ``Według ministra podatków nie
        będzie``, ``Według ministra finansów podatków będzie więcej``)."""
        if not self.lex.genitive_endings:
            return k
        m = k
        while (
            m < hi
            and m - k < _COMPLEMENT_WORDS
            and self.lower_word(m)
            and (
                self.word(m).endswith(self.lex.genitive_endings)
                or self.word(m) in self.table.role_complements
            )
            and not self.verb_like(m)
        ):
            m += 1
        if m < hi and self.verb_like(m) and self.word(m) not in self.lex.second_place_clitics:
            return self.content_genitive(k, m)
        return m

    def content_genitive(self, k: int, m: int) -> int:
        """Where the content's own phrase starts among the genitives from ``k`` to the
        verb at ``m``: at the last word, or at the first of the modifiers right before
        it that agree with it (:attr:`Lexicon.genitive_agreement`: ``nowych podatków``);
        ``m`` where the last word completes a role of the lexicon (``spraw
        zagranicznych``): the run is the role's."""
        if m == k or self.word(m - 1) in self.table.role_complements:
            return m
        head = self.word(m - 1)
        start = m - 1
        while start > k and any(
            self.word(start - 1).endswith(modifiers)
            and head.endswith(heads)
            and self.word(start - 1) not in self.table.role_complements
            for modifiers, heads in self.lex.genitive_agreement
        ):
            start -= 1
        return start

    def verb_like(self, m: int) -> bool:
        """Whether the word at ``m`` is a cue verb, an auxiliary (Polish ``nie`` too), a
        form of "to be" (``Według policji sprawców było trzech``: the genitive is the
        content's subject) or a lower-case word with a finite verb's ending
        (:attr:`~Lexicon.finite_verb_endings`: ``podatków przybędzie``)."""
        w = self.word(m)
        return (
            w in self.table.verbs
            or w in self.lex.auxiliaries
            or w in self.lex.passive_auxiliaries
            or (self.lower_word(m) and w.endswith(self.lex.finite_verb_endings))
        )

    def according_after(self, i: int, lo: int, hi: int, unit: int) -> Frame | None:
        """``X zufolge sollen C`` and ``C, X zufolge.``: the source before a
        postposition (at ``i``) opens the unit or follows the content's comma; where
        nouns are lower-case, it may also close the sentence with no comma before it
        (Finnish ``C poliisin mukaan.``)."""
        start = next((m + 1 for m in range(i - 1, lo - 1, -1) if self.t[m].kind != "w"), lo)
        closes = i + 1 >= hi or self.is_punct(i + 1, SENTENCE_STOPS)
        if start == lo and not self.lex.capitalised_nouns and closes:
            tail = self.postposed_source(i, lo)
            if lo < tail < i:
                # "Onnettomuus sattui aamulla poliisin mukaan.": the source right before
                # the postposition, the content before it
                content = self.content_before(lo, tail)
                return Frame((i, i + 1), (tail, i), content, "according", unit) if content else None
        # "연합뉴스에 따르면": the particle before the postposition, no part of the source
        close = (
            i - 1 if i - 1 > start and self.word(i - 1) in self.lex.postposition_particles else i
        )
        source = self.source_after(start, close) if start < close else None
        if (
            source is None
            and close == start + 1
            and (
                self.word(start) in self.lex.object_pronouns
                or self.word(start) in self.lex.pronouns
            )
        ):
            # "Ihm zufolge ist C", "C, ihr zufolge": the pronoun in its case speaks
            source = (start, close)
        if (
            source is not None
            and self.lex.postpositional
            and source[0] - start == 2
            and self.word(source[0] - 1) in self.lex.phrase_prepositions
            and i - start <= MAX_SOURCE
        ):
            # "बंदरगाह के अधिकारियों के अनुसार", "بندرگاہ کے حکام کے مطابق": one noun
            # and its genitive before the role are part of the source, as before a
            # cue; no longer run of words ("कल शाम बंदरगाह के …", yesterday evening)
            source = (start, source[1])
        if source is None or source[0] != start:
            return None
        if (
            self.lex.capitalised_nouns
            and source[1] < close
            and source[1] - start <= 2
            and self.word(source[1] - 1) in self.table.source_seconds
            and self.source_after(source[1], close) == (source[1], close)
        ):
            # "Einem Bericht der Zeitung zufolge": the noun of what was said, then who
            # said it (read below)
            source = (start, close)
        if source[1] != close and (
            self.lex.capitalised_nouns
            or i - start > MAX_SOURCE
            or any(
                not self.lower_word(m) or self.is_finite_form(self.word(m))
                for m in range(source[1], close)
            )
        ):
            return None  # but "Statistikos departamento duomenimis": genitives of the source
        if self.lex.capitalised_nouns and any(
            # where nouns are capitalised, a lower-case word after one is a verb (but
            # "Politsei pressiesindaja sõnul": a genitive before the noun)
            self.t[m - 1].is_capitalised
            and self.word(m - 1) not in self.lex.determiners  # "A szóvivő szerint"
            and not self.t[m].is_capitalised
            and self.word(m) not in self.lex.determiners
            and self.word(m) not in self.lex.phrase_prepositions
            for m in range(start + 1, i)
        ):
            return None  # "Jugendliche verbringen einer Studie zufolge": a verb after a noun
        end = close
        while end > start + 1 and self.word(end - 1) in self.lex.prepositions:
            end -= 1  # "पुलिस के अनुसार": the genitive's postposition, no part of the source
        said = start  # where the one who said it is named
        while end > start + 1 and self.word(end - 1) in self.lex.statement_words:
            end -= 1  # "Valiliğin açıklamasına göre": the statement's owner speaks
        if end == start + 2 and self.word(start) in self.lex.possessive_determiners:
            end = start + 1  # "Seinen Angaben zufolge": the possessive speaks, no noun of it
        elif (
            self.lex.capitalised_nouns
            and self.word(start) in self.lex.determiners
            and self.word(start + 1) in self.table.source_seconds
        ):
            # "Den Angaben der Polizei zufolge C": the noun of what was said, and who
            # said it after it ("Den Angaben zufolge C": nobody named)
            said = start + 2
            while said < end and self.word(said) in self.lex.prepositions:
                said += 1  # "Den Angaben von Jo Roe zufolge"
            if said >= end:
                return None
        elif (
            self.lex.capitalised_nouns
            and self.word(start) in self.table.source_seconds
            and self.word(start + 1) in self.lex.determiners
        ):
            # "Angaben der Polizei zufolge C", "Berichten des Senders zufolge": the noun
            # of what was said without its article, who said it after it
            said = start + 1
        if start == lo:
            first = i + 2 if self.is_punct(i + 1, ",") else i + 1  # "X'e göre, C"
            content = (
                self._content_range(first, hi, min_words=self.lex.min_according_words)
                if first < hi
                else None
            )
        elif self.is_punct(start - 1, ",") and self.only_adjuncts(i + 1, hi):
            content = self.content_before(lo, start - 1)
        else:
            return None  # "Jugendliche verbringen einer Studie zufolge …": mid-clause
        return Frame((i, i + 1), (said, end), content, "according", unit) if content else None

    def postposed_source(self, i: int, lo: int) -> int:
        """Where the source of a postposition at ``i`` that closes its sentence starts:
        the word right before it, a name, a role's or a body's noun (``poliisin
        mukaan``), and the names, role nouns and determiners before that word
        (``ministeri Virtasen mukaan``); ``i`` where the word before it is none of them
        (``lähti kampanjaan mukaan``, went along to the campaign)."""
        m = i - 1
        if not (
            m >= lo
            and self.t[m].kind == "w"
            and (
                self.t[m].is_capitalised
                or self.word(m) in self.table.np_words
                or self.word(m) in self.table.body_words
                or (bool(self.table.body_heads) and self.word(m).endswith(self.table.body_heads))
            )
        ):
            return i
        while (
            m > lo
            and i - m < MAX_SOURCE
            and self.t[m - 1].kind == "w"
            and (
                self.t[m - 1].is_capitalised
                or self.word(m - 1) in self.table.np_words
                or self.word(m - 1) in self.lex.determiners
            )
        ):
            m -= 1
        return m

    def closing_source(self, i: int, k: int, lo: int, hi: int) -> bool:
        """Whether the source phrase at ``i`` comes after a comma and the noun phrase
        from ``k`` closes the unit (``C, so ein Sprecher.``) or stands between two
        quotations (``„Q1“, so ein Sprecher, „Q2“``): how a source phrase that is also a
        conjunction (German ``so``) attributes; also as a sentence of its own right after a
        quotation that closed its sentence (``„Q.“ So der Minister.``)."""
        if self.signs_quotation(i, k, lo, hi):
            return True
        if i == lo or not self.is_punct(i - 1, ","):
            return False
        source = self.source_after(k, hi)
        if source is None or not any(self.t[m].is_capitalised for m in range(*source)):
            return False
        end = source[1]
        if (
            end + 1 < hi
            and self.is_punct(end, ",")
            and self.t[end + 1].kind == "q"
            and self.t[i - 2].kind == "q"
        ):
            return True  # "„Q1“, so der Sprecher, „Q2“": between two parts of a quotation
        if (
            end + 1 < hi
            and self.is_punct(end, ",")
            and self.t[end + 1].kind == "w"
            and self.awaits_rest(i - 2)
        ):
            return True  # "Die Lage sei, so der Minister, ernst": the clause goes on
        if end < hi and self.is_punct(end, ","):  # "C, so der Sprecher, Jan Roe."
            apposition = self._apposition(source, end + 1, hi)
            if apposition is None:
                return False
            end = apposition + 1
        return self.comma_after(end, hi) is None and self.only_adjuncts(end, hi)

    def signs_quotation(self, i: int, k: int, lo: int, hi: int) -> bool:
        """Whether the source phrase at ``i`` opens a sentence right after a quotation
        that closed its own and, with the noun phrase from ``k`` and only adjuncts after
        it, fills that sentence: it signs the quotation, which fills its own (``„Q.“ So
        der Minister am Montag.``, ``„Q.“ Soweit Jo Roe.``; but ``„Q.“ So kam es zum
        Streit.``: a verb, no source).  After a phrase longer than ``so`` the source is a
        name, a role or a body (not ``„Q.“ Soweit die Theorie.``, so much for it)."""
        if not (i == lo and i > 0 and self.t[i - 1].kind == "q" and k < hi):
            return False
        if i > 1 and not (self.t[i - 2].kind == "p" and self.t[i - 2].text in SENTENCE_STOPS):
            return False  # the quotation fills its sentence ("Er rief: „Q.“" has its cue)
        source = self.source_after(k, hi)
        return (
            source is not None
            and source[0] == k
            and any(self.t[m].is_capitalised for m in range(*source))
            and (
                (k == i + 1 and self.word(i) not in self.lex.subordinators)  # "soweit"
                or self.word(k) not in self.lex.determiners
                or any(
                    self.is_role(m) or self.word(m) in self.lex.thing_nouns for m in range(*source)
                )
            )
            and self.comma_after(source[1], hi) is None
            and self.only_adjuncts(source[1], hi)
        )

    def impersonal_tail(
        self, lo: int, cue: tuple[int, int], j: int, hi: int, unit: int
    ) -> Frame | None:
        """``C, hieß es.`` / ``C, hieß es aus dem Ministerium.``: a cue whose subject is
        the impersonal pronoun (its last word) after the content's comma at ``j``; the
        body after a preposition speaks, else no one named."""
        k = cue[1]
        while k < hi and (
            self.word(k) in self.lex.time_words
            or (self.word(k) in self.lex.prepositions and self.word(k + 1) in self.lex.time_words)
        ):
            k += 1  # "hieß es am Montag aus dem Ministerium": the time before the body
        body = None
        while k + 1 < hi and self.word(k) in self.lex.prepositions:
            if k + 2 < hi and self.word(k + 1) in self.lex.prepositions:
                k += 1  # "auprès de la préfecture": a preposition of two words
                continue
            body = self.source_after(k + 1, hi)
            if body is None or not self.names_place(k, body):
                break
            # "hieß es in Berlin (aus Diplomatenkreisen)": where it was said, not who said it
            k, body = body[1], None
        if body is not None and all(self.word(m) in self.lex.determiners for m in range(*body)):
            body = None  # "in der am Mittwoch veröffentlichten Studie": an adjunct
        head = (
            next(
                (
                    m
                    for m in range(*body)
                    if self.is_noun_word(m) and self.word(m) in self.lex.medium_nouns
                ),
                None,
            )
            if body
            else None
        )
        if body is not None and head is not None:
            # "hieß es in einer Mitteilung (des Ministeriums)": the text speaks for no
            # one; the body whose text it is speaks
            owner = head + 1
            named = owner < body[1] and self.word(owner) in self.lex.genitive_determiners
            body = (owner, body[1]) if named else None
        end = body[1] if body is not None else k
        if self.comma_after(end, hi) is not None or not self.only_adjuncts(end, hi):
            return None  # "Als sie kamen, hieß es, C": the content follows
        if self.word(lo) in self.lex.conjunctions or self.word(lo) in self.lex.clause_openers:
            return None
        content = self.content_before(lo, j if self.t[j].kind == "p" else j + 1)
        return Frame(cue, body, content, "before", unit) if content else None

    def names_place(self, k: int, body: tuple[int, int]) -> bool:
        """Whether the words ``body`` after the preposition at ``k`` name a place: a
        preposition of place (:attr:`~newsstruct.lang.Lexicon.place_prepositions`), then
        a name bare of any article (``in Berlin``) that no role or body noun heads, nor
        ends in one (``in Regierungskreisen``, ``im Ministerium``); or an article, any
        adjectives and a noun of place (:attr:`~newsstruct.lang.Lexicon.place_nouns`:
        ``in der ukrainischen Hauptstadt``)."""
        if self.word(k) not in self.lex.place_prepositions:
            return False
        if self.word(body[0]) in self.lex.determiners:
            noun = next((m for m in range(*body) if self.t[m].is_capitalised), None)
            return noun is not None and self.word(noun).endswith(self.lex.place_nouns)
        return self.t[body[0]].is_capitalised and not any(
            self.is_role(m) or self.ends_in_role_noun(self.word(m)) for m in range(*body)
        )

    def ends_in_role_noun(self, word: str) -> bool:
        """Whether a word is a compound on a role or body noun of the lexicon, perhaps in
        the dative plural (``regierungskreisen`` on ``kreise``)."""
        stem = word[:-1] if word.endswith("n") else word
        return stem.endswith(_compound_heads(self.lex))

    def with_apposed_name(self, source: tuple[int, int], hi: int) -> tuple[int, int]:
        """``source`` with the full name set off by commas after it, when it is a
        description (``said the finance minister, Jo Roe.``, ``a affirmé la commissaire
        au Climat, Heidi Janssens,``): the name is the speaker's."""
        described = (source[0], self.possessed_role_end(source, hi) or self.domain_end(source, hi))
        if described[1] < hi and self.is_punct(described[1], ","):
            closing = self._apposition(described, described[1] + 1, hi)
            first = self.after_ranks(described[1] + 1, closing) if closing is not None else 0
            if closing is not None and self.is_name(first, closing):
                return (source[0], closing)
            if closing is not None and self.is_uncased_name(first, closing):
                return (first, closing)  # "אמר ראש העיר, משה כהן": no capital marks it
        return source

    def possessed_role_end(self, source: tuple[int, int], hi: int) -> int:
        """Where a role held by a possessor that ends ``source`` ends at a comma
        (``said Acme's managing director, Jo Roe``, ``Valmont Ferries' chief
        executive,``): lower-case words up to a role noun right before the comma, which
        may open the apposition of the holder's name; else 0."""
        word = self.word(source[1] - 1)
        if not (
            possessive_ending(word, self.lex)
            or (
                self.lex.possessive_endings
                and word.endswith(_PLURAL_POSSESSIVE)
                and self.t[source[1] - 1].is_capitalised
            )
        ):
            return 0
        m = source[1]
        while m < hi and m - source[1] < _POSSESSED_WORDS and self.lower_word(m):
            m += 1
        return (
            m if m > source[1] and m < hi and self.is_punct(m, ",") and self.is_role(m - 1) else 0
        )

    def domain_end(self, source: tuple[int, int], hi: int) -> int:
        """Where the domain of a role ends that a preposition joins to the description
        ``source`` up to a comma (``la commissaire européenne au Climat,``, ``il sindaco
        di Venezia,``, ``el portavoz de vivienda del Partido Popular,``), else the end
        of ``source``: the comma may open the apposition of the holder's name."""
        end = source[1]
        if not (
            end < hi
            and (
                self.word(end) in self.lex.prepositions
                or self.word(end) in self.lex.phrase_prepositions
            )
            and any(self.is_role(m) for m in range(*source))
        ):
            return end
        m = end + 1
        while m < hi and self.t[m].kind == "w" and m - end <= _DOMAIN_WORDS:
            if self.word(m) in self.table.verbs or self.word(m) in self.lex.conjunctions:
                return end
            m += 1
        return m if m < hi and self.is_punct(m, ",") else end

    def named_by_apposition(
        self, source: tuple[int, int] | None, hi: int
    ) -> tuple[int, int] | None:
        """The full name in an apposition right after a description of a person (``This
        was announced by the labour minister, Elena Popescu``, ``Lo ha annunciato il
        sindaco di Venezia, Paolo Zanetti``), else ``source``."""
        if source is None or self.is_name(*source):
            return source
        described = (source[0], self.domain_end(source, hi))
        if described[1] + 1 >= hi or not self.is_punct(described[1], ","):
            return source
        apposition = self._apposition(described, described[1] + 1, hi)
        return source if apposition is None else (source[0], apposition)

    def after_ranks(self, k: int, end: int) -> int:
        """The first token from ``k`` after the lower-case role words or titles before a
        name (``general Óscar Beltrán``, ``mgr Jan Roe``)."""
        while k < end and not self.t[k].is_capitalised and self.word(k) in self.table.role_words:
            k += 1
        return k

    def heads_name(self, span: tuple[int, int]) -> bool:
        """Whether a noun phrase is a name (:meth:`is_name`), or its words after an
        article are, all of them (``a Capitania dos Portos``) or those before its first
        phrase preposition (``a Defesa Civil do estado``: the body's name, then the
        words that place it)."""
        start, end = span
        if self.is_name(start, end):
            return True
        if self.word(start) not in self.lex.determiners:
            return False
        start += 1
        if self.is_name(start, end):
            return True
        end = next(
            (m for m in range(start + 1, end) if self.word(m) in self.lex.phrase_prepositions),
            end,
        )
        return end < span[1] and self.is_name(start, end)

    def names_holder(self, source: tuple[int, int]) -> bool:
        """Whether a source is a name, perhaps after an article and lower-case roles or
        titles (``ministra Jana Kowalskiego``, ``le ministre Paul Durand``, ``ông Trần
        Văn Ba``): a description set off after it is its apposition, no name."""
        start = self.after_ranks(*source)
        if start == source[0] and self.word(start) in self.lex.determiners:
            ranked = self.after_ranks(start + 1, source[1])
            # an article before a capitalised noun alone is no name's ("die Ärztin")
            start = ranked if ranked > start + 1 else start
        if start == source[0]:
            return self.is_name(*source)
        # a full name after the roles: "ministrul Muncii" is a body's minister
        return source[1] - start >= NAME_WORDS and self.is_name(start, source[1])

    def _apposition(self, source: tuple[int, int], k: int, hi: int) -> int | None:
        """Where an apposition set off by commas right after ``source`` ends (its closing
        comma, or the unit's end): a full name after a description of a person (``the
        city's mayor, Olga Tsvit,``, ``le ministre du Travail, Paul Durand,``) or such
        a description after a name (``Paul Durand, the labour minister,``).  ``None``
        where the words after the comma are no apposition (a clause, a list)."""
        end = k
        while end < hi and end - k <= _APPOSITION_WORDS and self.t[end].kind == "w":
            w = self.word(end)
            if (w in self.lex.auxiliaries and w not in self.lex.determiners) or (
                w in self.table.verbs
            ):
                return None  # but Spanish "directora de la empresa": an article, no clitic
            end += 1
            if self.title_with_dot(end - 1, hi):
                end += 1  # "the commissioner, Dr. Jo Roe,": the title's dot
        closed = end < hi and self.is_punct(end, ",")
        if end == k or not (closed or end == hi or (end + 1 == hi and self.t[end].kind == "p")):
            return None  # the apposition ends at a comma or at the unit's end
        if closed and (
            end + 1 >= hi
            # "Per il leader, Jo Roe, «C»": a quotation after it is the content
            or self.t[end + 1].kind not in ("w", "q")
            or self.word(end + 1) in self.lex.relative_pronouns
            or self.word(end + 1) in self.lex.conjunctions
        ):
            return None  # no clause after it: "Smith, the workers, who struck, …"
        described = any(self.is_role(m) for m in range(*source))
        named = self.names_holder(source)
        if described and not named:
            first = self.after_ranks(k, end)  # "the police chief, general Jo Roe,"
            return (
                end
                if end - first >= NAME_WORDS
                and (self.is_name(first, end) or self.is_uncased_name(first, end))
                else None
            )
        if closed and named:
            # "Według Jana Kowalskiego, rzecznika rządu, C": the role in the name's case
            roles = (
                self.word(m) in self.lex.role_nouns or self.is_role_form(m) for m in range(k, end)
            )
            return end if any(roles) else None
        return None

    def verb_after_phrase(self, k: int, hi: int) -> int | None:
        """Where nouns are capitalised, the finite verb after the noun phrase from ``k``
        that a fronted source phrase holds (``Laut dem Bürgermeister wird …``, ``Nach
        einem Bericht der Zeitung ist …``): the first lower-case word after a noun that
        neither links a genitive or ``von`` phrase nor opens a clause.  In a verb-second
        language with lower-case nouns (Dutch ``Volgens de minister is …``) or one whose
        commas are grammar (Slovak ``Podľa ministra budú …``: a fronted phrase takes
        none), the word right after the noun phrase, if it opens nothing else."""
        if not self.lex.capitalised_nouns:
            # "По словам министра энергетики X, C": the comma ends the source
            grammar = self.lex.complement_comma or self.lex.unpunctuated_sources
            unpunctuated = grammar and self.comma_after(k, min(hi, k + MAX_ACCORDING)) is None
            return self._verb_after_source(k, hi) if self.lex.verb_second or unpunctuated else None
        noun = False
        m = k
        while m < min(hi, k + MAX_ACCORDING):
            token = self.t[m]
            m += 1
            if token.kind == "q" or (token.kind == "w" and token.is_capitalised):
                noun = True  # a name, a noun, a title in marks
                continue
            if token.kind == "p":
                if token.text in ATTACHED:
                    continue
                if noun and self.bracket_end(m - 1, hi) > m - 1:
                    m = self.bracket_end(m - 1, hi)  # "Laut Deutschem Wetterdienst (DWD) sind"
                    continue
                return None
            w = token.lower
            if w in self.lex.determiners or w in self.lex.phrase_prepositions:
                noun = False
            elif noun:
                return None if w in self.table.link_words else m - 1
        return None

    def _verb_after_source(self, k: int, hi: int) -> int | None:
        """The lower-case word right after the noun phrase from ``k`` (``Volgens de
        minister is …``, ``Podľa ministra budú …``): the finite verb of the clause that
        the fronted source phrase opens, unless it links or opens something else (a
        preposition, a conjunction, a clause word)."""
        if self.lex.bare_noun_subjects:
            # the noun phrase reader takes any lower-case word there: the source is its
            # names, roles and determiners only ("Podľa hovorcu polície nebol …")
            m = k
            while (
                m < hi
                and self.t[m].kind == "w"
                and (self.t[m].is_capitalised or self.t[m].lower in self.table.np_words)
                # "Według Anny Nowak rząd powinien …": a role noun after a name is the
                # content's subject
                and not (
                    m > k
                    and self.t[m - 1].is_capitalised
                    and not self.t[m].is_capitalised
                    and self.t[m].lower in self.lex.role_nouns
                )
            ):
                m += 1
            if (
                m == k
                and k + 1 < hi
                and self.is_role_form(k)
                and self.word(k + 1) in self.lex.passive_auxiliaries
            ):
                return k + 1  # "Podle hejtmana bude most otevřen": a role in its case alone
            if m == k and self.is_role_form(k) and self.lex.genitive_endings:
                m = k + 1  # "Podle ministra financí …": a role in its case
            if m == k and self.word(k) in self.lex.thing_nouns:
                m = k + 1  # Bulgarian "Според полицията движението …": a body's noun
            if m == k:
                return None
            m = self.genitive_end(m, hi)  # "Według ministra spraw wewnętrznych program …"
            while (
                m < hi
                and self.is_role_form(m)
                and self.word(m) not in self.lex.role_nouns
                and not self.verb_like(m)
            ):
                # "Podle mluvčího ministerstva financí Jana Nováka se …": a body the
                # role is of, a role noun in another case
                m = self.genitive_end(m + 1, hi)
            if (
                m + 1 < hi
                and self.lower_word(m)
                and (
                    self.word(m + 1) in self.lex.second_place_clitics
                    or (self.t[m + 1].kind == "w" and self.t[m + 1].is_capitalised)
                )
                and not self.verb_like(m)
            ):
                # "Podle ministra dopravy by se …", "ministra dopravy Jana Nováka": a
                # complement that the holder's name or a clitic of the clause follows
                m += 1
            m = self.capitalised_end(m, hi)  # "Podle ministra financí Jana Nováka se …"
            if m >= hi or (
                self.lex.unpunctuated_sources
                and m + 2 < hi
                and self.t[m - 1].is_capitalised
                and self.lower_word(m)
                and self.word(m + 1) in self.lex.prepositions
                and self.lower_word(m + 2)
                and not self.verb_like(m)
            ):
                # "Според податоците на Државниот завод за статистика C": a body's name
                # that goes on in lower case, no clause's subject after the source
                return None
        else:
            phrase = self.source_after(k, hi)
            if phrase is None:
                return None
            m = self._verb_before_object(k, phrase[1])
            if m >= hi:
                return None
        if self.genitive_head(m, hi):
            m += 1  # "Ifølge Vejdirektoratets pressechef vil C"
        token = self.t[m]
        w = token.lower
        if (
            token.kind != "w"
            or token.is_capitalised
            # but Czech "se", a preposition and the clitic of a reflexive verb
            or (w in self.table.link_words and w not in self.lex.auxiliaries)
            or w in self.lex.time_words
        ):
            return None
        return m

    def _verb_before_object(self, k: int, end: int) -> int:
        """Where nouns are in lower case and the phrase from ``k`` opens with an article,
        the lower-case word right before a second article in it, after the first's noun
        (Dutch ``Volgens de gemeente kost de renovatie …``: the finite verb that the
        content's subject follows, which the noun phrase reader took for a word of the
        phrase); else ``end``.  A preposition there links the article's phrase instead
        (``de woordvoerder van de gemeente``)."""
        if self.lex.capitalised_nouns or self.word(k) not in self.lex.determiners:
            return end
        for n in range(k + 3, end):
            if (
                self.word(n) in self.lex.determiners
                and self.lower_word(n - 1)
                and self.lower_word(n - 2)
                and self.word(n - 1) not in self.table.link_words
                and self.word(n - 1) not in self.lex.determiners
                and self.word(n - 1) not in self.table.np_words
            ):
                return n - 1
        return end

    def clause_word_after(self, start: int, end: int) -> int:
        """The first word after ``start`` and before ``end`` that opens a clause of its own
        (a complementizer, a relative or a subordinator: ``…, a strike that executives said
        …``), else ``end``."""
        lex = self.lex
        return next(
            (
                m
                for m in range(start + 1, end)
                if self.word(m) in lex.complementizers
                or self.word(m) in lex.relative_pronouns
                or self.word(m) in lex.thing_relatives
                or self.word(m) in lex.subordinators
            ),
            end,
        )

    def is_second_fragment(self, span: tuple[int, int]) -> bool:
        """Whether the words after ``C1, according to X,`` go on with the content rather
        than describe X (``a Republican strategist``) or add the writer's remark
        (``although …``, ``which …``): a clause of some length that opens with neither,
        nor a phrase that adds to C1 without a clause of its own: an example (``including
        …``), a participle (``taking a step toward …``) or an amount (``more than twice
        …``; but a gerund may open a clause of its own: ``building one would take
        years``); after a conjunction, only a clause it adds (``…, and two more are
        due``; :meth:`adds_clause`)."""
        first = self.word(span[0])
        return self.words_in(span) >= _MIN_CLAUSE_WORDS and not (
            first in self.lex.example_openers
            or (
                len(first) > _PARTICIPLE_LETTERS
                and first.endswith(self.lex.participle_endings)
                and not self.has_finite_verb(span[0] + 1, self.clause_word_after(*span))
            )
            or f"{first} {self.word(span[0] + 1)}" in self.lex.approximators
            or first in self.lex.determiners
            or (first in self.lex.conjunctions and not self.adds_clause(span[0], span[1]))
            or first in self.lex.clause_openers
            or first in self.lex.relative_pronouns
            or first in self.lex.role_nouns
            or first in self.lex.prepositions
            # "…, говорит источник, знакомый с планами мэрии": the source described
            or first in self.lex.complement_adjectives
        )

    def completes(self, first: tuple[int, int] | None, source: tuple[int, int]) -> bool:
        """Whether, in a verb-second language, the words after an interrupting
        attribution complete the clause before it rather than describe its source: the
        source is a pronoun, which takes no apposition (``Die Stadt werde, sagte er, die
        Brücke sanieren``), or the clause before ends on a finite auxiliary or a verb of
        the indirect mood that awaits the rest (``Er werde, sagte X, seine Kraft …``)."""
        if not self.lex.verb_second:
            return False
        if source[1] - source[0] == 1 and self.word(source[0]) in self.lex.pronouns:
            return True
        return first is not None and self.awaits_rest(first[1] - 1)

    def predicate_past_adjuncts(
        self, content: tuple[int, int] | None, rest: tuple[int, int]
    ) -> bool:
        """Where nouns are capitalised, whether C2 after ``C1, X said,`` goes on with
        C1's predicate after a prepositional phrase of C1's subject (``Die Fähren, sagt X,
        zwischen den Inseln fahren nur im Sommer``): C1 has no finite verb and a
        lower-case word that builds no phrase, the verb, follows C2's prepositional
        phrases; no description of X (``…, sagt Jo Roe, von der Hafenbehörde.``)."""
        if (
            content is None
            or not self.lex.capitalised_nouns
            or self.quotes_in(content)
            or self.has_finite_verb(*content)
            or self.word(rest[0]) not in self.lex.prepositions
        ):
            return False
        m = self.past_adjuncts(rest[0], rest[1])
        return (
            rest[0] < m < rest[1]
            and self.lower_word(m)
            and (self.finite_form_at(m, rest[1]) or not self.is_structure_word(self.word(m)))
        )

    def describes(self, k: int, hi: int) -> bool:
        """Whether the words at ``k`` open a description of the name before them (``a
        professor``, ``director of …``, ``then his agent``, ``senior vice president
        for …``, ``the firm's policy director``, ``with offices in …``) rather than a
        clause: a role noun among its first words, before any verb or preposition."""
        w = self.word(k)
        if (
            w in self.lex.determiners
            or w in self.lex.relative_pronouns
            or w in self.lex.time_words
            or w in self.lex.prepositions
        ):
            return True
        for m in range(k, min(hi, k + _APPOSITION_WORDS)):
            w = self.word(m)
            if w in self.lex.role_nouns:
                return True
            if (
                self.t[m].kind != "w"
                or w in self.lex.prepositions
                or w in self.table.verbs
                or w in self.lex.auxiliaries
                or w in self.lex.pronouns
            ):
                return False
        return False


def _is_credit(frame: Frame, reader: FrameReader) -> bool:
    """``X said C, The Hill reported``: a frame whose content holds the speech and whose
    source is an outlet credits the outlet (an attribution); X is the speaker."""
    return frame.form == "before" and _source_is_outlet(frame, reader)


def _source_is_outlet(frame: Frame, reader: FrameReader) -> bool:
    """Whether a frame's source is an outlet (``Reuters``, ``ТАСС``)."""
    return frame.source is not None and reader.is_outlet(frame.source)


def _set_off_quotation(frame: Frame, outer: tuple[int, int], reader: FrameReader) -> int | None:
    """For ``“Q,” X said`` set off inside another frame's content by a colon or a dash
    (``Y suggested C - “Q,” X said - and …``): the position of that colon or dash."""
    if frame.form != "before" or frame.content is None:
        return None
    first, end = frame.content
    if end - first != 1 or reader.t[first].kind != "q":
        return None
    mark = first - 1
    if mark <= outer[0] or not reader.is_punct(mark, ":" + DASHES):
        return None
    return mark


def _quotation_closing_clause(frame: Frame, outer: Frame, reader: FrameReader) -> int | None:
    """For ``When X said “Q,” Y said C`` (``After X called it “a wreck,” Y said C``): the
    position of the quotation whose comma, inside its marks, ends the outer frame's
    subordinate clause right before the subject of ``frame``, a cue with its own content
    after it; ``None`` where the outer cue opens no subordinate clause."""
    if (
        frame.form != "after"
        or frame.source is None
        or frame.content is None
        or outer.source is None
        or outer.content is None
        or outer.source[0] > outer.cue[0]
        or outer.source[0] == 0
    ):
        return None
    q = frame.source[0] - 1
    opener = reader.word(outer.source[0] - 1)
    if (
        outer.content[0] <= q < outer.content[1]
        and reader.t[q].kind == "q"
        and reader.t[q].comma
        and (
            opener in reader.lex.clause_openers
            or opener in reader.lex.subordinators
            or opener in reader.lex.contrast_openers
        )
    ):
        return q
    return None


def _embeds_quotation(frame: Frame, outer: Frame, reader: FrameReader) -> bool:
    """For ``C “q,” X said`` where C holds the cue of ``outer`` (``Nothing the mayor said
    “will calm the farmers,” Roe said``, ``Critics who think “the plan is dead” are
    wrong, she said``): whether the quotation that ends C opens in lower case right after
    the words of ``outer``'s clause (no comma or colon sets it off as that cue's direct
    speech), so that C and the quotation are one clause, the words of ``frame``."""
    if frame.form != "before" or frame.content is None or outer.content is None:
        return False
    first, end = frame.content
    q = end - 1
    verb = outer.cue[0]
    return (
        first <= verb
        # no report of speech: a thought (``know that``), or a bare form after a modal or
        # "do" (``cannot say that``, ``would never claim``)
        and (
            reader.word(verb) in reader.lex.thought_cues
            or any(
                bare_verb_auxiliary(reader.word(m), reader.lex)
                for m in range(max(first, verb - _MODAL_REACH), verb)
            )
        )
        and outer.content[0] <= q < outer.content[1]
        and reader.t[q].kind == "q"
        and reader.t[q].opens_lower
        and not reader.is_punct(q - 1, ",:")
    )


def _opens_relative_clause(reader: FrameReader, m: int) -> bool:
    """Whether a relative clause set off by a comma opens at ``m`` (``…, which``,
    ``…, whom``, ``…, when``), where the verb need not come last in it (in a
    verb-second language the words before a clause-final cue are no source)."""
    w = reader.word(m)
    return (
        not reader.lex.verb_second
        and (w in reader.lex.question_words or w in reader.lex.relative_pronouns)
        and reader.is_punct(m - 1, ",")
    )


def bare_verb_auxiliary(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is or ends in an auxiliary that a bare verb follows (``would``,
    ``she’d``: :attr:`Lexicon.bare_verb_auxiliaries`, whose clitics start with an
    apostrophe)."""
    return word in lexicon.bare_verb_auxiliaries or any(
        word.endswith(a) for a in lexicon.bare_verb_auxiliaries if not a[0].isalpha()
    )


def _comma_before_adjunct(reader: FrameReader, lo: int, source: int) -> int | None:
    """The comma or conjunction before the adjunct of time or place (``on Tuesday
    night``, ``at the hearing this week``) that opens the clause of a subject at
    ``source``, after ``lo``: a subject pronoun, or a noun phrase that opens with an
    article or a capital (``and on Friday the mayor said C2``); ``None`` where the
    subject follows no such adjunct."""
    if not (
        reader.is_lone_subject(source)
        or reader.word(source) in reader.lex.determiners
        or (reader.t[source].kind == "w" and reader.t[source].is_capitalised)
    ):
        return None
    m = source - 1
    while (
        m > lo
        and reader.t[m].kind == "w"
        and reader.word(m) not in reader.lex.conjunctions
        and source - m <= ADJUNCT_REACH
    ):
        m -= 1
    if (
        m <= lo
        or m == source - 1
        or not (reader.is_punct(m, ",") or reader.word(m) in reader.lex.conjunctions)
    ):
        return None
    return m if reader.after_adjunct(m + 1, source) else None


def _ends_fronted_clause(reader: FrameReader, content: tuple[int, int], cut: int) -> bool:
    """Whether the comma at ``cut`` inside ``content`` closes the adverbial clause that
    opens it (``if the deal fails,``), with no other comma before: what follows is the
    content's main clause, not a clause of the writer's (but after a clause of contrast,
    ``admitted that while C1, he argued C2``, a new attribution may follow)."""
    opening = reader.word(content[0])
    return (
        cut > content[0]
        and reader.is_punct(cut, ",")
        and opening in reader.lex.subordinators
        and opening not in reader.lex.contrast_openers
        and not any(reader.is_punct(m, ",;") for m in range(content[0], cut))
    )


def _after_nested(frame: Frame, nested: Sequence[Frame], reader: FrameReader) -> Frame:
    """``“A,” she said, but despite the noise, “B,” said Roe``: a content before its cue
    that holds whole frames of the same form (content, then cue) and then a conjunction
    starts after the conjunction, the frames' speech their own; a fronted adjunct after
    it is the writer's too (the content is ``“B,”``).  Other content keeps its nested
    speech (``Officials said C, the report said``)."""
    assert frame.content is not None
    end = frame.content[1]
    if frame.form != "before" or any(f.form != "before" for f in nested):
        return frame
    m = max(max(f.cue[1], *(r[1] for r in (f.source, f.content) if r)) for f in nested)
    while m < end and reader.is_punct(m, ","):
        m += 1
    if m >= end or reader.word(m) not in reader.lex.conjunctions:
        return frame
    m += 1
    comma = reader.comma_after(m, end)
    if comma is not None and reader.is_fronted_adjunct((m, comma)):
        m = comma + 1
    return attrs.evolve(frame, content=(m, end)) if m < end else frame


def _resolve_overlaps(frames: list[Frame], reader: FrameReader) -> list[Frame]:
    """Cut or drop frames whose cue lies inside another frame's content.

    ``X said C1, but added that C2``: C1 ends before ``, but`` (whether C2's frame
    inherits X or names the sentence's subject again); ``X said C1, which Y said C2``:
    C1 ends before the relative clause that holds Y's speech.  A cue inside reported
    content without such coordination is nested speech and is dropped.  An outlet's
    credit around speech is dropped (:func:`_is_credit`), as is one before speech whose
    speaker opens the outlet's content (``According to Reuters, the mayor said C``).
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
            nested = [
                f for f in kept if frame.content and frame.content[0] <= f.cue[0] < frame.content[1]
            ]
            if not (nested and _is_credit(frame, reader)):
                kept.append(_after_nested(frame, nested, reader) if nested else frame)
            continue
        assert outer.content is not None
        if _embeds_quotation(frame, outer, reader):
            # "Nothing the mayor said “will calm the farmers,” Roe said": the clause that
            # the quotation goes on is Roe's words, the cue inside it among them
            kept.remove(outer)
            kept.append(frame)
            continue
        closing = _quotation_closing_clause(frame, outer, reader)
        if closing is not None:
            # "When X said “Q,” Y said C": the quotation and its comma close the
            # subordinate clause of the outer cue; the cue after them opens the main
            # clause, with its own subject and content
            kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], closing + 1))
            kept.append(frame)
            continue
        if (
            frame.source is not None
            and frame.source[0] == outer.content[0]
            and _source_is_outlet(outer, reader)
        ):
            # "Как сообщает ТАСС, губернатор заявил, что C", "According to Reuters, the
            # mayor said C": the outlet credits the speech whose speaker opens its
            # content; the speaker speaks, the outlet is an attribution
            kept[kept.index(outer)] = frame
            continue
        opening = _set_off_quotation(frame, outer.content, reader)
        if opening is not None:
            # "X said C: “Q,” Y added": the quotation and its own cue end the content
            kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], opening))
            kept.append(frame)
            continue
        cut = frame.cue[0] - 1
        # "Laut Polizei flüchtete der Täter und sagte C": a subject shared over the
        # conjunction before the cue; the outer content ends at the conjunction
        shared = (
            frame.source is not None
            and frame.source[1] <= cut
            and reader.word(cut) in reader.lex.conjunctions
        )
        if frame.source is not None and frame.source[0] >= outer.content[0] and not shared:
            if (
                reader.word(frame.cue[0]) in reader.lex.thought_cues
                and frame.source[1] - frame.source[0] == 1
                and reader.is_subject_pronoun(frame.source[0])
            ):
                # "X says she hopes to win, but she knows that C": a thought of the
                # content's subject goes on the content
                continue
            cut = frame.source[0] - 1
            if (
                cut - 1 > outer.content[0]
                and reader.word(cut) in reader.lex.subordinators
                and reader.is_punct(cut - 1, ",")
                # "X said prices would rise, if suppliers said costs were up": a
                # condition or a reason is the claim's own
                and (
                    reader.word(cut) not in reader.lex.conditional_openers
                    or reader.word(cut) in reader.lex.contrast_openers
                )
            ):
                # "X says C1, after few said so in May": the adverbial clause set off
                # by its comma holds speech of its own; C1 ends at the comma
                cut -= 1
            comma = _comma_before_adjunct(reader, outer.content[0], frame.source[0])
            if comma is not None:
                # "X said C1, at the hearing this week she said C2": an adjunct of time
                # or place opens the second cue's clause; C1 ends before it
                cut = comma
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
        if (
            frame.source is not None
            and cut > outer.content[0]
            and (
                _opens_relative_clause(reader, cut)
                or (
                    reader.is_relative_that(cut, outer.content[0])
                    # the subject is the gap: the speech opens with its verb
                    and frame.content is not None
                    and reader.is_finite_form(reader.word(frame.content[0]))
                    and (
                        reader.has_finite_verb(outer.content[0], cut)
                        or reader.word(outer.cue[0]) in reader.lex.object_content_cues
                    )
                )
            )
        ):
            # "X cited fares, which he said had hurt C", "X says C1, in a race that
            # he said was rigged": the relative clause holds speech of its own; the outer
            # content ends before it (but not in "X said the bill that Y said was flawed
            # would pass": no verb before it, the clause is in the content's subject; nor
            # in "X denied the claim that Y said C": C has a subject, no relative clause)
            new_end = cut
            while new_end > outer.content[0] and reader.is_punct(new_end - 1, ",;" + DASHES):
                new_end -= 1
            kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], new_end))
            kept.append(frame)
            continue
        if _ends_fronted_clause(reader, outer.content, cut):
            # "X worried that if the deal fails, the firm could threaten to sell": the
            # content's adverbial clause awaits its main clause, whose cue is nested
            continue
        if (
            reader.word(cut) in reader.lex.conjunctions
            and cut == frame.cue[0] - 1
            and reader.word(frame.cue[0]) in reader.lex.bare_cues
            and reader.word(outer.cue[0]) not in reader.lex.bare_cues
            and (
                reader.word(outer.content[0] - 1) in reader.lex.infinitive_markers
                or any(
                    bare_verb_auxiliary(reader.word(m), reader.lex)
                    for m in range(outer.content[0], cut)
                )
            )
        ):
            # "X said she would meet him and tell him C": a bare form after the
            # conjunction goes on the modal's verb, no second frame of X's
            continue
        if cut > outer.content[0] and (
            reader.word(cut) in reader.lex.conjunctions or reader.is_punct(cut, ",;")
        ):
            while cut > outer.content[0] and (
                reader.word(cut - 1) in reader.lex.conjunctions or reader.is_punct(cut - 1, ",;")
            ):
                cut -= 1
            if (
                frame.source is not None
                and reader.word(cut) in reader.lex.conjunctions
                and frame.source[0] == cut + 1
                and cut - outer.content[0] <= _SUBJECT_WORDS
                and reader.word(outer.cue[0]) not in reader.lex.object_content_cues
                and (
                    (cut - outer.content[0] == 1 and reader.is_subject_pronoun(cut - 1))
                    or reader.is_name(outer.content[0], cut)
                )
                and not reader.has_finite_verb(outer.content[0], cut)
            ):
                # "X said she and Y promised C": the conjunction joins the subjects of
                # the content's clause (a pronoun or a name; "X said nothing and Y
                # said C" joins two cues), which holds the cue as nested speech
                continue
            if reader.word(cut) in reader.lex.conjunctions or reader.is_punct(cut, ",;"):
                new_end = cut
                while new_end > outer.content[0] and reader.is_punct(new_end - 1, ",;"):
                    new_end -= 1
                kept[kept.index(outer)] = attrs.evolve(outer, content=(outer.content[0], new_end))
                if not _is_credit(frame, reader):
                    kept.append(frame)
    return kept


# each thread's readers asked for last, by the identities of their token list and lexicon,
# the most recent last (a reader keeps its token list alive, so that an identity names one
# list while the reader is kept)
_READERS = threading.local()
_READERS_KEPT = 8


def frame_reader(tokens: Sequence[Token], lexicon: Lexicon) -> FrameReader:
    """The :class:`FrameReader` of one paragraph's tokens: one of the last asked for,
    where it reads the same token list with the same lexicon.

    A paragraph's frames (:func:`find_frames`) and the readings asked of it sentence by
    sentence or quotation by quotation (:func:`attribution_in`, :func:`signature_before`,
    :func:`colon_subject`, :func:`speech_act`), in turn with those of the words inside
    its quotations, share one reader each, its case-folded words and its remembered
    answers: a reader made per sentence would read the whole paragraph's words each
    time, and a paragraph of many sentences would cost its length squared.
    """
    readers: dict[tuple[int, int], FrameReader] | None = getattr(_READERS, "kept", None)
    if readers is None:
        readers = _READERS.kept = {}
    key = (id(tokens), id(lexicon))
    reader = readers.pop(key, None)
    if reader is None:
        reader = FrameReader(tokens, lexicon)
        if len(readers) >= _READERS_KEPT:
            del readers[next(iter(readers))]  # the one asked for least recently
    readers[key] = reader
    return reader


def forget_readers() -> None:
    """Drop the readers :func:`frame_reader` keeps for this thread, once an article's
    quotations are read: no later article reads its token lists, and readers kept past
    their article would load the garbage collector's oldest generation (a full collection
    every few hundred German articles)."""
    kept: dict[tuple[int, int], FrameReader] | None = getattr(_READERS, "kept", None)
    if kept is not None:
        kept.clear()


def attribution_in(
    tokens: Sequence[Token], lo: int, hi: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The cue and the source of an attribution segment such as ``сказал он`` or
    ``the minister said``, the piece between the dashes of dialogue-style speech.

    The cue must come within the segment's first words; the source is the noun phrase
    after it (``said the minister``) or before it (``the minister said``).
    """
    reader = frame_reader(tokens, lexicon)
    for i in range(lo, min(hi, lo + MAX_SOURCE)):
        phrase = reader.cue_at(i, hi)
        if phrase is None:
            continue
        k = i + len(phrase)
        source = reader.source_after(k, hi) if k < hi else None
        if source is not None:
            source = reader.with_apposed_name(source, hi)  # "—dijo el ministro, Jo Roe—"
        if source is None and i > lo:
            source = reader.source_before(i - 1, lo)
        if source is None and k < hi:
            # "— powiedział podczas uroczystości minister X": an adjunct before the source
            after = reader.skip_adjuncts(k, hi)
            source = reader.source_after(after, hi) if k < after < hi else None
        if source is None and k < hi:
            source = reader.tail_source(k, hi)  # "— заявила главный инженер Анна Роева"
        if lexicon.bare_noun_subjects and k < hi:
            source = _dash_final_source(reader, k, hi, source)
        return (i, k), reader.speaker_of(i, hi, source)
    return None


def _dash_final_source(
    reader: FrameReader, k: int, hi: int, source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Where nouns go bare, the source of a dash's attribution after its cue at ``k``
    when the words read first (``source``) were an adjunct's or a role before its place:
    the full name that ends the sentence (``– poinformował PAP
    rzecznik policji w Lornporcie Jan Nowak.``, ``– dodał na konferencji w Lornporcie
    prezydent miasta Jan Nowak.``), as :meth:`FrameReader.final_name` reads it; else
    ``source`` as given (a source that ends with that name names it as written), or
    the words after an outlet that was told and the adjuncts after it (``– przekazała
    PAP w piątek Anna Kowalska z biura ratusza.``)."""
    if (
        source is not None
        and source[1] == source[0] + 1
        and reader.addressed_outlet(source[0], hi)
        and (after := reader.skip_adjuncts(source[1], hi)) < hi
        and (told := reader.source_after(after, hi)) is not None
    ):
        source = told  # "– przekazała PAP w piątek Anna Kowalska": the outlet was told
    return _final_or(reader.final_name(k, hi), source)


def _final_or(
    final: tuple[int, int] | None, source: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``final``, the full name that ends the sentence after an inverted cue
    (:meth:`~newsstruct.quotes.frame_sources.SourceReader.final_name`), over the
    ``source`` read before it; ``source`` where there is none, or where it ends with
    that name (it names it as written: ``prezydent miasta Jan Nowak``)."""
    if final is None or (source is not None and source[1] == final[1]):
        return source
    return final


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
    reader = frame_reader(tokens, lexicon)
    if start >= hi:
        return None
    first = reader.cue_at(start, hi)
    if first is None and lexicon.open_signatures:
        opened = _open_signature(tokens, start, hi, lexicon.name_particles)
        if opened is not None:
            return opened
    if first is not None and not tokens[start].is_capitalised:
        k = start + len(first)
        source = reader.source_after(reader.addressee_end(k, hi, first), hi)
        if source is None and lexicon.proclitic_objects:
            # "« Q », dit la ministre": where objects go before the verb as clitics, the
            # noun phrase right after an inverted cue is its subject, not whom it told
            source = reader.source_after(k, hi)
        if (
            source is not None
            and len(first) == 1
            and first[0] in lexicon.noun_like_cues
            and (after := reader.bracket_end(source[1], hi)) < len(tokens)
            and reader.cue_at(after, hi) is not None
        ):
            # "“Q,” state Sen. Jo Roe said", "“Q,” state officials said": a modifier of
            # the source of the cue after it
            return _signature_before_cue(reader, tokens, start, hi)
        if source is None:
            return None
        source = reader.with_joined_subject(source, hi)  # "sagten Jo Roe und seine Frau"
        source = reader.with_apposed_name(source, hi)  # "said the mayor of Acme, Jo Roe"
        # "said a former aide who asked not to be named": the relative clause describes
        who = next((m for m in range(*source) if reader.word(m) in lexicon.relative_pronouns), None)
        if who is not None and who > source[0]:
            source = (source[0], who)
        return reader.speaker_of(start, hi, source), (start, k)
    return _signature_before_cue(reader, tokens, start, hi)


def _signature_before_cue(
    reader: FrameReader, tokens: Sequence[Token], start: int, hi: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source that fills the words from ``start`` up to a cue after them, and the
    cue (see :func:`signature_after`), or ``None``."""
    for v in range(start + 1, min(hi, start + _MAX_SIGNATURE)):
        token = tokens[v]
        if (token.kind == "q" and not reader.is_marked_modifier(v)) or ends_sentence(
            tokens, v, reader.lex
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
        if source is not None and (
            source[0] == start or reader.postposed_adjunct(start, source[0])
        ):
            return reader.speaker_of(v, hi, source), (v, v + len(phrase))
    return None


def _open_signature(
    tokens: Sequence[Token], start: int, hi: int, particles: frozenset[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a language without a lexicon (:attr:`Lexicon.open_signatures`): one
    lower-case word next to a name signs the quotation (``“Q,” zei Jan de Vries
    maandag``, ``“Q,” Eva Lind zei.``), also before a role and a full name (``“Q,” zei
    premier Dick Schoof``); a name of one word must end the clause.  The word is taken
    for the cue.  Returns the token ranges of the source and of the cue."""

    def word(k: int, capitalised: bool) -> bool:
        return k < hi and tokens[k].kind == "w" and tokens[k].is_capitalised is capitalised

    def after_particle(m: int) -> int:
        # "Jan de Vries", "Jan van der Berg": particles of names (Lexicon.name_particles)
        # of one word or two between capitalised words; ``m`` where there is none
        for size in (2, 1):
            if (
                all(word(m + n, False) for n in range(size))
                and word(m + size, True)
                and " ".join(tokens[m + n].lower for n in range(size)) in particles
            ):
                return m + size
        return m

    def name_end(k: int) -> int:
        m = k + 1
        while m - k < _MAX_OPEN_NAME:
            if word(m, True):
                m += 1
            elif (n := after_particle(m)) > m:
                m = n + 1
            else:
                break
        return m

    def clause_ends(k: int) -> bool:
        return k >= hi or tokens[k].kind == "p"

    if word(start, False) and word(start + 1, True):
        end = name_end(start + 1)
        # a lone capitalised word before more words may be a new clause's subject
        # ("…,” en Utrecht wacht af"); a full name may take adjuncts after it
        if clause_ends(end) or (end - start > 2 and word(end, False)):
            return (start + 1, end), (start, start + 1)
    if word(start, False) and word(start + 1, False) and word(start + 2, True):
        end = name_end(start + 2)
        # "“Q,” zei premier Dick Schoof.": a role before a full name
        if end - (start + 2) >= NAME_WORDS and (clause_ends(end) or word(end, False)):
            return (start + 2, end), (start, start + 1)
    if word(start, True):
        end = name_end(start)
        if word(end, False) and clause_ends(end + 1):
            return (start, end), (end, end + 1)
    return None


def signature_before(
    tokens: Sequence[Token], lo: int, position: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and the cue of the attribution that introduces the quotation at
    ``position`` after a comma or a colon, the last cue of its unit (from ``lo``):
    ``Jo Roe said in a new issue of the magazine: “Q”``, ``Jo Roe, R-Ohio, said in
    an op-ed piece ahead of the vote, “Q”``, ``Roe dodged questions before saying,
    “Q”`` (the clause's subject), ``Said Jo Roe, who grew up there, “Q”``.

    Returns the token ranges of the source and of the cue, or ``None``.
    """
    reader = frame_reader(tokens, lexicon)
    end = position - 1
    if end <= lo or not reader.is_punct(end, ",:"):
        return None
    for v in range(end - 1, max(lo - 1, end - _MAX_SIGNATURE), -1):
        token = tokens[v]
        if token.kind == "q" and not is_titled_quotation(tokens, v, lexicon):
            return None  # but "schreibt die „Zeit“: „Q“": the paper's name
        phrase = reader.cue_at(v, end) if v == lo or not token.is_capitalised else None
        if phrase is None or (
            len(phrase) == 1
            and phrase[0] in lexicon.noun_like_cues
            # but "Dazu sagen die Experten (Lornport): „Q“": where nouns are capitalised,
            # a lower-case form after a fronted adjunct is the inverted verb
            and not (
                lexicon.capitalised_nouns
                and v > lo
                and phrase[0] not in lexicon.determiners
                and phrase[0] not in lexicon.first_person
                and reader.fronted_adjunct(lo, v)
            )
        ):
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
        elif k < end and reader.fronted_adjunct(lo, v):
            # "Wörtlich sagte der Minister: „Q“": the subject after the verb
            source = reader.source_after(k, end)
        elif j >= lo and lexicon.verb_final:
            # "Bakan Yılmaz, yaptığı açıklamada şunları söyledi: “Q”": the sentence's
            # subject, not the object before the cue
            source = reader.final_subject(lo, v)
        elif j >= lo and reader.word(j) in lexicon.relative_pronouns:
            source = reader._antecedent(j - 1, lo)
        elif j >= lo and reader.is_punct(j, ","):
            source = reader.source_before_apposition(j, lo)
        elif j >= lo:
            source = reader.source_before(j, lo)
        if (
            source is None
            and not gerund
            and (j < lo or reader.is_punct(j, ","))
            and k < end
            and reader.word(k) not in lexicon.question_words
        ):
            # "Said Jo Roe, who …, “Q”", "In other words, explained Jo Roe: “Q”": the
            # source after the cue, up to a comma
            source = reader.source_after(k, end)
            if source is not None and not (source[1] == end or reader.is_punct(source[1], ",")):
                source = None
        if source is None:
            return None
        return reader.speaker_of(v, end, source), (v, k)
    return None


def _text_author(reader: FrameReader, lo: int, colon: int) -> tuple[int, int] | None:
    """The author of the text that a clause ending in a medium noun announces before
    ``colon`` (:attr:`~Lexicon.medium_nouns`, the time of it or its addressee between:
    ``The ministry issued the following statement on Monday:``, ``The mayor had a statement
    for the council:``, ``Here is the ministry's statement:``):
    the noun's possessor, or else the subject of the verb before its article and
    adjectives; ``None`` where neither is there (``Read the full statement:``)."""
    lex = reader.lex
    noun = next(
        (
            n
            for n in range(colon - 1, max(lo, colon - _AUTHOR_REACH) - 1, -1)
            if reader.word(n) in lex.medium_nouns
        ),
        None,
    )
    if noun is None or not (
        reader.time_adjunct_end(noun + 1, colon) == colon
        # "The mayor had a statement for the council:": the addressee after the noun
        or (
            reader.word(noun + 1) in lex.addressee_prepositions
            and noun + 2 < colon
            and reader.is_noun_phrase((noun + 2, colon))
        )
    ):
        return None
    m = noun - 1
    while m > lo and noun - m <= NOUN_MODIFIERS and reader.t[m].kind == "w":
        word = reader.word(m)
        if word.endswith(lex.possessive_endings):
            return reader.source_before(m, lo)
        if word in lex.prepositions or reader.t[m].is_capitalised:
            return None
        if word in lex.determiners:
            m -= 1
            break
        m -= 1
    if (
        m <= lo
        or reader.t[m].kind != "w"
        or reader.t[m].is_capitalised
        or reader.word(m) in lex.prepositions
        or reader.word(m) in lex.passive_auxiliaries
        or reader.word(m) in lex.copular_verbs
    ):
        # "Crowds gathered at the rally:", "Here is the statement:": no verb of the
        # text's author ("The mayor had a statement:" has one)
        return None
    source = reader.source_before(m - 1, lo)
    if source is None or not (source[0] == lo or reader.is_punct(source[0] - 1, ",")):
        return None
    return source


def _described_manner(
    reader: FrameReader, subject: tuple[int, int] | None, lo: int, colon: int
) -> tuple[int, int] | None:
    """The subject of ``The mayor was blunt:`` before the colon at ``colon``: a role noun
    that ends it, then the copula with its auxiliary and an adverb of degree (``Le
    ministre a été très clair``, ``Ministrul a fost clar``, which the subject's reader may
    take in), and an adjective of how one speaks
    (:attr:`~newsstruct.lang.Lexicon.manner_predicates`); or, where a noun of what was
    said ends the subject (:attr:`~newsstruct.lang.Lexicon.utterance_nouns`), its possessor
    (``Jo Roe's message was clear:``, ``Her response was blunt:``, where no subject was
    read from ``lo``); else ``None``."""
    lexicon = reader.lex

    def linking(m: int) -> bool:
        word = reader.word(m)
        return word in lexicon.auxiliaries or word in lexicon.passive_auxiliaries

    if subject is None:
        if reader.word(lo) not in lexicon.possessive_determiners:
            return None
        subject = (lo, next((m for m in range(lo + 1, colon) if linking(m)), colon))
    end = subject[1]
    while end - 1 > subject[0] and linking(end - 1):
        end -= 1
    if not (
        2 <= colon - end <= _MANNER_WORDS + 1
        and reader.word(colon - 1) in lexicon.manner_predicates
        and linking(end)
        and all(
            linking(m) or reader.word(m) in lexicon.degree_adverbs for m in range(end, colon - 1)
        )
    ):
        return None
    if reader.is_role(end - 1):
        return subject[0], end
    possessor = end - 2
    if reader.word(end - 1) not in lexicon.utterance_nouns or possessor < subject[0]:
        return None
    if reader.word(possessor) in lexicon.possessive_determiners:
        return reader.possessor(possessor, lo)  # "Her response was blunt:": whose
    if reader.word(possessor).endswith(lexicon.possessive_endings):
        return reader.source_before(possessor, subject[0])  # "Jo Roe's message was clear:"
    return None


def colon_subject(
    tokens: Sequence[Token], lo: int, colon: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The speaker of a quotation after the colon at ``colon`` that no cue word
    introduces (the unit from ``lo``): the noun phrase after a preposition of the agent
    that opens the unit (``From the chairwoman: “Q”``), the author of a text the
    clause announces (``The ministry issued a statement: “Q”``), or the name that is the
    sentence's subject (``Jo Roe called them on it: “Q”``); ``None`` elsewhere."""
    if not (lo < colon < len(tokens) and tokens[colon].kind == "p" and tokens[colon].text == ":"):
        return None  # (before the reader: this is asked at every paragraph's end)
    reader = frame_reader(tokens, lexicon)
    if (
        reader.word(lo) in lexicon.agent_prepositions
        and colon - lo <= MAX_SOURCE
        and reader.is_noun_phrase((lo + 1, colon))
        and all(t.kind == "w" for t in tokens[lo + 1 : colon])
    ):
        return (lo + 1, colon)
    if lexicon.open_signatures:
        return None  # without a lexicon, a capitalised word is no sign of a name
    if reader.is_noun_label(colon - 1, lo):
        return None  # "Weather forecast: “Q”": a label, no subject
    author = _text_author(reader, lo, colon)
    if author is not None:
        return author
    subject = reader.subject_of(lo, colon)
    if (
        subject is not None
        and subject[1] < colon
        and (reader.is_titled_name(*subject) or reader.ends_in_described_name(*subject))
    ):
        return subject  # "Jo Roe called them on it: “Q”", "Then aide Jo Roe spoke: “Q”"
    if (
        subject is not None
        and subject[1] < colon
        and subject[1] - subject[0] > 2
        and (
            comma := next(
                (m for m in range(subject[1] - 2, subject[0], -1) if reader.is_punct(m, ",")),
                None,
            )
        )
        is not None
        and reader.is_titled_name(comma + 1, subject[1])
    ):
        return subject  # "The minister, Claire Dumont, welcomed it: “Q”": a name in apposition
    if described := _described_manner(reader, subject, lo, colon):
        return described  # "The mayor was blunt: “Q”": how the subject spoke
    # "The surge does not surprise pollster Jo Roe: “Q”", "a view shared by Jo Roe:
    # “Q”": where no name is the subject, a full name that ends the clause, the agent
    # or the object of a verb of feeling (the one who reacts), is the speaker; but not
    # the object of an act ("The board fired Jo Roe: “Q”", "booed Senator Ann Bell")
    start = colon
    while start > lo and (
        tokens[start - 1].is_capitalised
        or (tokens[start - 1].kind == "p" and tokens[start - 1].text in ATTACHED)
    ):
        start -= 1
    while start < colon and tokens[start].kind == "p":
        start += 1
    before = reader.word(start - 1) if start > lo else ""
    if (
        sum(t.kind == "w" for t in tokens[start:colon]) < NAME_WORDS
        or tokens[start - 1].kind != "w"
        or tokens[start - 1].is_capitalised
        or (before in lexicon.prepositions and before not in lexicon.agent_prepositions)
        or not (
            before in lexicon.agent_prepositions
            or any(
                reader.word(m) in lexicon.experiencer_verbs
                for m in range(max(lo, start - _EXPERIENCER_REACH), start)
            )
        )
    ):
        return None
    return (start, colon)


def speech_act(
    tokens: Sequence[Token], lo: int, hi: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue verb of the sentence ``lo``..``hi`` and the subject that opens it, or
    follows the verb after an adjunct, where the sentence reports a speech act without
    its words (``Die Ministerin kritisierte den Plan scharf.``, ``Am Montag warnte der
    Verband vor den Folgen.``): in a verb-second language the sentences in the mood of
    indirect speech after it give the words (``Er sei unausgegoren.``).  The verb
    follows a subject that opens the sentence, modifiers and all (``Die neue Ministerin
    kritisierte …``); else it is the first lower-case word after the first place.  The
    subject is looked for in the sentence's first clause only (up to its first comma,
    semicolon or colon); where the verb after it is no cue, the cue of the subject's second
    predicate after a coordinator is taken (``Die Ministerin trat vor und kritisierte den
    Plan.``)."""
    reader = frame_reader(tokens, lexicon)
    # the first clause's subject ("Jo Roe verlangte eine Vertagung, da C.")
    clause_end = next((m for m in range(lo, hi) if reader.is_punct(m, ",;:")), hi)
    subject = reader.first_subject(lo, clause_end)
    if subject is None:
        return None
    verb = (
        reader.bracket_end(subject[1], hi)  # "Stefan Brandt (Freie Wähler) verteidigte"
        if subject[0] == lo
        else next((m for m in range(lo + 1, hi) if reader.lower_word(m)), None)
    )
    if verb is not None and reader.word(verb) in lexicon.finite_auxiliaries:
        # "Der Vogt hatte knapp geantwortet.": the participle of the perfect, before
        # the clause's first punctuation
        verb = next(
            (
                m
                for m in range(verb + 1, hi)
                if tokens[m].kind != "w" or (reader.lower_word(m) and reader.cue_at(m, hi))
            ),
            None,
        )
    phrase = reader.cue_at(verb, hi) if verb is not None and reader.lower_word(verb) else None
    if verb is not None and phrase is None:
        # "Die Ministerin trat vor und kritisierte den Plan.": the cue of a second
        # predicate of the subject
        verb = next(
            (
                m + 1
                for m in range(verb + 1, clause_end - 1)
                if reader.word(m) in lexicon.clause_conjunctions and reader.lower_word(m + 1)
            ),
            None,
        )
        phrase = reader.cue_at(verb, hi) if verb is not None else None
    if verb is None or phrase is None:
        return None
    return (verb, verb + len(phrase)), subject


_FOUND_FRAMES = ("find_frames",)  # the key of find_frames' answer in its reader's answers


def find_frames(
    tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[list[Frame], list[tuple[int, int]]]:
    """Return the frames of one paragraph's tokens, and the paragraph's sentence units.

    The reader of the tokens (:func:`frame_reader`) keeps the answer: a transcript's
    paragraph is read once to tell whether it goes on a speaker's turn and again as
    itself.  Callers read the two lists and never change them."""
    reader = frame_reader(tokens, lexicon)
    kept = reader.answers.get(_FOUND_FRAMES)
    if kept is not None:
        return cast("tuple[list[Frame], list[tuple[int, int]]]", kept)
    spans = units(tokens, lexicon)
    frames: list[Frame] = []
    for number, (lo, hi) in enumerate(spans):
        found = reader.frames(lo, hi, number)
        # (most units hold no frame or one, which overlaps none)
        frames.extend(_resolve_overlaps(found, reader) if len(found) > 1 else found)
    reader.answers[_FOUND_FRAMES] = (frames, spans)
    return frames, spans
