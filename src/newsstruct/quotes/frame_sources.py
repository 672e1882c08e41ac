"""The source of a cue frame: the noun phrase before or after the cue (``Moss said``,
``said the minister``), a sentence's subject, an apposition (``X, a doctor, said``),
a tail (``…, UNN reports``) and the antecedent of an anaphoric frame.
"""

from __future__ import annotations

import functools

import regex

from newsstruct.lang import (
    SENTENCE_STOPS,
    Lexicon,
    first_name_case,
    headed_by,
    is_acronym,
    is_outlet_name,
    is_participle_form,
    subject_particle,
)
from newsstruct.quotes.reading import (
    ATTACHED,
    BARE_NOUN_WORDS,
    MARKED_NAME_LENGTH,
    MAX_SOURCE,
    NAME_WORDS,
    ROLE_ENDING,
    ROLE_STEM,
    TokenReader,
    is_name_quotation,
    is_nickname,
    is_other_name,
    is_plural,
    is_short_name_quotation,
    is_titled_quotation,
    match_phrase,
    remembered,
    shared_prefix,
    split_elision,
)
from newsstruct.quotes.tokens import (
    CLOSING_BRACKETS,
    LOWER,
    OPENING_BRACKETS,
    ends_sentence,
    is_localized_adjunct,
)

__all__ = ["SourceReader"]

_DATIVE_CASE = "dat"  # the case of Lexicon.first_name_cases of whom a cue addresses
_MAX_APPOSITION = 25
_MANNER_WORDS = 3  # lower-case words of manner after an inverted source
_MAX_TAIL = 12
_FINAL_NAME_REACH = 30  # words between an inverted cue and a full name that ends the sentence
_FINAL_NAME_WORDS = 4  # the most words of that name
_NAME_APPOSITION = 6  # words of a name and its titles between commas after a subject
_FINAL_ROLE_REACH = 5  # words before that name in which its role noun stands
_SOURCE_STOPS = ",;:(" + SENTENCE_STOPS  # the marks that end the words after a source
_PHRASE_AND_SUBJECT = 3
_APPOSITION_WORDS = 8  # "، وهو صاحب متجر قرب الجسر،": a subject's apposition, at most
_BRACKET_REACH = 16  # tokens of a bracketed remark on a source right before its cue, at most
_NAME_BRACKET = 8  # tokens of a bracket inside a source ("Jo M. Roe (D-Nev.)"), at most
_ADDRESSEE_WORDS = 2  # "сказал Петров журналистам ТАСС": the words after a source
_FREE_REACH = 8  # words between an anaphor ("об этом") and its cue verb
_APPROXIMATOR_WORDS = 3  # words of an approximator before a number ("as many as")
_DESCRIPTION_WORDS = 6  # lower-case words of a description after its article
_NAME_DESCRIPTORS = 3  # lower-case words that describe a name before it ("longtime choir aide")
_ARTICLE_OBJECT_WORDS = 4  # words of an object before a relative pronoun, its article's too
_MARKED_MODIFIER = 24  # characters of a name in marks that modifies a noun, marks included
# a party and a state after a politician's name, between commas: "Jo Roe, D-Valm., said"
_PARTY_TAG = regex.compile(r"\p{Lu}-\p{Lu}[\p{L}.]*")
_BARE_PLURAL_WORDS = 3  # words of a subject without an article ("hacking specialists")
_COMMON_PHRASE_WORDS = 4  # words of a common noun phrase that closes the sentence
_POSTPOSITION_REACH = 5  # words of a noun phrase and the postposition that closes it
_BODY_ADJECTIVES = 3  # lower-case adjectives of a body's name before its noun, at most
_ADDRESSEE_REACH = 4  # words between a verb and its quotation ("calls the ferry plan a “Q”")
_CONNECTIVE_WORDS = 4  # words of a connective that opens a sentence ("у той же час")
_LOCATIVE_WORDS = 4  # words of a body's name in the locative ("Киевском городском совете")
_LOCATIVE_STEM = 3  # letters of its capitalised adjective, more than (not "Ом")
_PAST_STEM = 3  # letters a past form has, more than ("подошел"; not "ел", "шел")


@functools.cache
def _past_endings(lexicon: Lexicon) -> tuple[str, ...]:
    """The endings of :attr:`~newsstruct.lang.Lexicon.cue_gender_endings`, a past form's."""
    return tuple(ending for ending, _ in lexicon.cue_gender_endings)


def _is_past_form(word: str, lexicon: Lexicon) -> bool:
    """Whether a case-folded word has a past form's gendered ending
    (:func:`_past_endings`: ``подошел``, ``přišel``) after a stem."""
    return len(word) > _PAST_STEM and word.endswith(_past_endings(lexicon))


@functools.cache
def _uncommon_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words that are no common noun nor its adjective (see
    :meth:`SourceReader.common_word`), made once per lexicon: its pronouns, articles,
    prepositions, conjunctions, clause words, words of time, auxiliaries, manner
    adverbs, verb particles and nouns of what is said."""
    return frozenset().union(
        lexicon.pronouns,
        lexicon.determiners,
        lexicon.prepositions,
        lexicon.conjunctions,
        lexicon.complementizers,
        lexicon.clause_openers,
        lexicon.time_words,
        lexicon.auxiliaries,
        lexicon.manner_adverbs,
        lexicon.verb_particles,
        lexicon.said_nouns,
    )


_ADJUNCT_WORDS = 4  # words of an adjunct of place before an inverted verb ("до старого будинку")
# tokens from a subject's participle to the cue ("claiming to be a pilot said")
_INFINITIVE_PHRASE = 7
_SUBJECT_BEFORE_PARTICIPLE = 3  # words of a subject before its participle ("A local man claiming")


class SourceReader(TokenReader):
    """Finds the source of a cue in a paragraph's tokens."""

    def free_anaphoric(
        self, lo: int, hi: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The cue and the source of an anaphoric attribution in free word order at the
        unit's start (see :attr:`~newsstruct.lang.Lexicon.anaphors`): ``Об этом в
        понедельник сообщил X``, ``Об этом министр сообщил``, ``Заявил об этом X``,
        ``Министр заявил об этом``; whom it was told may come first (``Novinářům to
        řekl X``, ``ČTK to sdělila X``, ``Pre TASR to potvrdil X``)."""
        at = lo
        if hi - lo > 3 and self.word(lo) in self.lex.prepositions and self.outlet_told(lo + 1):
            at = lo + 2  # "Pre TASR to potvrdil X", "Pro ČTK to řekl X": for the outlet
        elif hi - lo > 2 and (self.word(lo) in self.lex.audience_nouns or self.outlet_told(lo)):
            at = lo + 1
        for anaphor in self.table.anaphors:
            if not match_phrase(self.t, at, hi, anaphor):
                continue
            start = at + len(anaphor)
            if self.lex.postpositional and self.word(start) in self.lex.prepositions:
                return None  # Hungarian "Ezt követően X közölte": after this, no anaphor
            if (
                start < hi
                and len(anaphor) == 1  # but "Про це Укрінформу повідомив X": whom it was told
                and anaphor[-1] in self.lex.determiners
                and self.t[start].kind == "w"
                and self.t[start].is_capitalised
            ):
                return None  # Italian "Lo Stato ha detto che C": an article, no anaphor
            for m in range(start, min(hi, start + _FREE_REACH)):
                if self.t[m].kind == "q" and m == start:
                    continue  # "Об этом «Медузе» рассказали": the outlet told, in marks
                if self.t[m].kind != "w":
                    break
                verb = self.cue_at(m, hi)
                if verb is None:
                    continue
                end = m + len(verb)
                if self.content_opens_after(end, hi):
                    return None  # "Erről X azt mondta, hogy C": the cue's own content
                named = self.skip_addressee(self.skip_adjuncts(end, hi), hi)
                after = self.source_after(named, hi) if named < hi else None
                if after is not None and self.is_platform(after):
                    after = None  # "Про це міністр повідомив у своєму Telegram-каналі"
                if after is None and m > start:
                    # "Об этом министр сообщил": the subject before the verb, the verb the cue
                    before = self.source_before(m - 1, start)
                    if before is not None and self.joins_noun_phrases(before):
                        return None  # "Ezt a döntést a miniszter közölte": "this" a determiner
                    return ((m, end) if before is not None else (at, end)), before
                return (at, end), after
            return None
        verb = self.cue_at(lo, hi)
        if verb is not None:
            m = lo + len(verb)
            for anaphor in self.table.anaphors:
                if match_phrase(self.t, m, hi, anaphor):
                    end = m + len(anaphor)
                    return (lo, end), self.source_after(self.skip_adjuncts(end, hi), hi)
            return None
        return self._subject_first(lo, hi)

    def content_opens_after(self, end: int, hi: int) -> bool:
        """Whether the cue that ends at ``end`` has its own content after it, past a
        comma: a complementizer, a colon or a quotation (``azt mondta, hogy C``)."""
        k = end + 1 if end < hi and self.is_punct(end, ",") else end
        return k < hi and (
            self.word(k) in self.lex.complementizers
            or self.t[k].kind == "q"
            or self.is_punct(k, ":")
        )

    def joins_noun_phrases(self, span: tuple[int, int]) -> bool:
        """Whether a determiner inside ``span`` follows a lower-case word that is no
        preposition: two noun phrases run together (``a döntést a miniszter``)."""
        first, end = span
        return any(
            self.word(m) in self.lex.determiners
            and self.lower_word(m - 1)
            and self.word(m - 1) not in self.lex.prepositions
            and self.word(m - 1) not in self.lex.determiners
            for m in range(first + 2, end)
        )

    def joins_compounds(self, m: int) -> bool:
        """Whether the conjunction at ``m`` follows a compound's first part whose hyphen
        hangs (``majandus- ja kommunikatsiooniminister X``, ``Wirtschafts- und
        Verkehrsminister X``): the part shares the head of the compound after it, one
        noun phrase, no two subjects."""
        return m > 0 and self.t[m - 1].kind == "w" and self.t[m - 1].text.endswith("-")

    def outlet_told(self, m: int) -> bool:
        """Whether the capitalised word at ``m`` is a known outlet's one-word name."""
        return self.t[m].is_capitalised and self.is_outlet((m, m + 1))

    def _subject_first(
        self, lo: int, hi: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The subject, the cue verb and the anaphor in that order: ``Зеленський заявив
        про це під час звернення``, ``He said this during an evening address``."""
        first_words = self.table.object_anaphor_first
        if first_words.isdisjoint(map(LOWER, self.t[lo:hi])):
            return None  # the cheap test first: this is tried at every unit's start
        subject = self.source_after(lo, hi)
        if subject is None:
            return None
        after = self.after_name_apposition(subject[1], hi)
        cue = self._cue_with_anaphor(self.skip_adjuncts(after, hi), hi)  # "He later said this"
        if cue is not None:
            # "The Police Public Relations Officer, Jo Roe, disclosed this": the name
            return cue, (subject[1] + 1, after - 1) if after > subject[1] else subject
        # "The state police spokesperson, Jo Roe, disclosed this": a cue word ("state")
        # inside the subject ended it; the subject read back from the cue fills the start
        if subject[1] >= hi or self.cue_at(subject[1], hi) is None:
            return None  # ("This press release": the subject ends the unit, no cue after)
        for m in range(lo + 2, min(hi, lo + MAX_SOURCE + _NAME_APPOSITION)):
            if self.t[m].kind != "w" or self.t[m].is_capitalised:
                continue
            cue = self._cue_with_anaphor(m, hi)
            if cue is None:
                continue
            if not self.is_punct(m - 1, ","):
                head = self.source_before(m - 1, lo)
                return (cue, head) if head is not None and head[0] == lo else None
            # the full name set off by commas after the description names the speaker
            comma = next((c for c in range(m - 2, lo, -1) if self.is_punct(c, ",")), None)
            if comma is None or self.after_name_apposition(comma, hi) != m:
                return None
            head = self.source_before(comma - 1, lo)
            return (cue, (comma + 1, m - 1)) if head is not None and head[0] == lo else None
        return None

    def _cue_with_anaphor(self, m: int, hi: int) -> tuple[int, int] | None:
        """The cue verb at ``m`` and the object anaphor right after it, where nothing
        but adjuncts follow (not "Voters know this and vote for it")."""
        verb = self.cue_at(m, hi) if m < hi else None
        if verb is None:
            return None
        end = m + len(verb)
        for anaphor in self.table.object_anaphors:
            if (
                match_phrase(self.t, end, hi, anaphor)
                # "warned this week that C": a demonstrative of time, no anaphor
                and self.word(end + len(anaphor)) not in self.lex.time_words
                and (
                    self.only_adjuncts(end + len(anaphor), hi)
                    # "disclosed this in a statement made available to our correspondent"
                    or self.adjuncts_to_relative(end + len(anaphor), hi)
                )
            ):
                return (m, end + len(anaphor))
        return None

    def after_name_apposition(self, k: int, hi: int) -> int:
        """After a subject ending at ``k``, the token after a full name set off by commas
        (``The health commissioner, Dr Jo Roe, disclosed this``): capitalised words, at
        least a full name's; ``k`` where none stands there."""
        if k >= hi or not self.is_punct(k, ","):
            return k
        start = k + 1
        if self.title_with_dot(start, hi):
            start += 2  # "Dr. Jo Roe": the title's dot
        end = self.capitalised_end(start, min(hi, k + 1 + _NAME_APPOSITION))
        if end - start < NAME_WORDS or end >= hi or not self.is_punct(end, ","):
            return k
        return end + 1

    def particle_at(self, m: int, hi: int) -> bool:
        """Whether a lower-case particle of a name (:attr:`~Lexicon.name_particles`),
        or one abbreviated (``v.``), stands at ``m`` before a capitalised word."""
        if m >= hi or not self.lower_word(m):
            return False
        after = m + 2 if m + 1 < hi and self.is_punct(m + 1, ".") else m + 1
        return (
            after < hi
            and self.t[after].is_capitalised
            and (after == m + 2 or self.word(m) in self.lex.name_particles)
        )

    def opens_surname(self, i: int, hi: int) -> bool:
        """Whether token ``i`` is a name particle capitalised before a capitalised word,
        the start of a surname (Dutch ``Van Dijk``, ``Van der Bellen``), no preposition."""
        if i + 1 >= hi or not self.t[i].is_capitalised:
            return False
        if f"{self.word(i)} {self.word(i + 1)}" in self.lex.name_particles:
            size = 2
        elif self.word(i) in self.lex.name_particles:
            size = 1
        else:
            return False
        return i + size < hi and self.t[i + size].kind == "w" and self.t[i + size].is_capitalised

    def is_connective(self, k: int, m: int) -> bool:
        """Whether the words from ``k`` to ``m`` are a discourse connective of several
        words (:attr:`~newsstruct.lang.Lexicon.connective_phrases`: ``Вместе с тем``); the
        first word is looked up before the words are joined."""
        return (
            1 < m - k <= _CONNECTIVE_WORDS
            and self.words[k] in self.table.connective_first
            and all(t.kind == "w" for t in self.t[k:m])
            and " ".join(self.word(n) for n in range(k, m)) in self.lex.connective_phrases
        )

    def connective_end(self, k: int, end: int) -> int:
        """The index after a discourse connective of several words that opens at ``k``
        before more words by ``end`` (``В то же время директор X отметила``, no comma
        after it), else ``k``."""
        if not self.lex.connective_phrases:
            return k
        return next(
            (
                m
                for m in range(min(end - 1, k + _CONNECTIVE_WORDS), k + 1, -1)
                if self.is_connective(k, m)
            ),
            k,
        )

    def titled_name(self, j: int) -> bool:
        """Whether the token at ``j`` is a short quotation cased as a title right after a
        word: the name of the noun before it (``The paper “Tides” said C``), no words
        spoken; where articles mark noun phrases (elsewhere a name in marks is read
        alone: ``Асоціація «Пекарі Півдня» заявила``) and nouns are in lower case (a
        German noun in marks is cased as a title)."""
        return (
            not self.lex.bare_noun_subjects
            and not self.lex.capitalised_nouns
            and self.t[j].titled
            and j > 0
            and self.t[j - 1].kind == "w"
            and self._marked_name(j, j + 1)
        )

    def _marked_name(self, k: int, hi: int) -> bool:
        """Whether the token at ``k``, before ``hi``, is a short quotation that ends no
        sentence nor clause inside its marks: a name printed in them (``«Ъ»``,
        ``"Интерфакс"``, ``«Новая газета»``)."""
        return k < hi and is_short_name_quotation(self.t[k], MARKED_NAME_LENGTH)

    @remembered
    def source_before(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token ``j`` (inclusive), read leftwards."""
        aside = self.unspaced_aside(j, lo)
        if aside is not None:
            return self.source_before(aside - 1, lo)  # "李梅（45岁）说": the name before it
        last = self.word(j)
        if (
            last in self.lex.list_conjunctions
            or last in self.lex.conjunctions
            or last in self.lex.infinitive_markers
        ):
            # "refuses to release her records or explain C", "It seems unfair to tell
            # them C": no noun phrase ends there
            return None
        if j > lo and self.t[j - 1].kind == "w" and self.is_lone_subject(j):
            return (j, j + 1)  # "at the hearing on Monday she said": the adjunct's words
        if (
            last in self.lex.gap_pronouns
            and j - 2 >= lo
            and self.word(j - 1) in self.lex.genitive_prepositions
            and self.word(j - 2) in self.lex.quantifiers
        ):
            return (j - 2, j + 1)  # "the families, many of whom say C": a part of them
        end = j + 1
        reach = end  # the end that the words are counted from: a bracket counts none
        following = self.word(end)
        k = j
        participle_phrase = False
        while k >= lo and reach - k <= MAX_SOURCE:
            token = self.t[k]
            if token.kind == "q":
                if k > lo and (
                    is_titled_quotation(self.t, k, self.lex, table=self.table)
                    or is_nickname(self.t, k, self.lex)
                    or (k == j and self.titled_name(k))  # "The paper “Tides” said C"
                    # where nouns are capitalised, the noun of a name in marks right
                    # before the cue opens the subject (elsewhere the name is read alone)
                    or (
                        k == j
                        and self.lex.capitalised_nouns
                        and is_name_quotation(self.t, k, self.lex)
                    )
                ):
                    # "die „Zeit“ berichtet", "die Zeitung „Tagesblatt“ berichtet": the
                    # paper's name; "Jo “Cia” Roe said": a nickname inside the name
                    k -= 1
                    continue
                if k == j and self.lex.bare_noun_subjects and self._marked_name(k, k + 1):
                    # "«Укрзалізниця» повідомила", "Компанія «Укрзалізниця» повідомила":
                    # a name in marks right before the cue, its subject
                    return (j, j + 1)
                break
            if token.kind == "p":
                if self.is_attached(k, lo) and self.t[k - 1].kind == "w":
                    k -= 1
                    continue
                if token.text == ")":
                    if (
                        k < j
                        and self.t[k + 1].is_capitalised
                        and self.word(k + 1) in self.lex.determiners
                    ):
                        # "Lornport, 2. August (dpa) Die Zeitung bemerkt": a capitalised
                        # article after the bracket opens the subject, the words before
                        # are a dateline and its credit
                        break
                    opening = k - 1
                    while (
                        opening >= lo
                        and not self.is_punct(opening, "(")
                        # a long remark only right before the cue ("(Orig.-Tel. d. „L.
                        # P.“) Die Wirte beschlossen": a credit before the subject)
                        and k - opening < (_BRACKET_REACH if k == j else _NAME_BRACKET)
                    ):
                        opening -= 1
                    if (
                        opening >= lo
                        and self.is_punct(opening, "(")
                        and not self.bracketed_sentence(opening, k)
                    ):
                        # "Jo M. Roe (D-Nev.)", "Jo Roe (a Democrat so young she looks like
                        # an aide) says"
                        reach -= k - opening + 1
                        k = opening - 1
                        continue
                break
            lower = token.lower
            if (
                k - 2 > lo
                and self.words[k - 1] in self.lex.infinitive_markers
                and self.modifies_subject(k - 2, k - 1, lo, end + 1)
            ):
                # "A man claiming to be a pilot said": the participle's phrase and the
                # noun it describes (its infinitive's auxiliary no end of the subject)
                k -= 3
                participle_phrase = True
                continue
            if lower in self.lex.free_relatives and self.word(k + 1) not in self.lex.auxiliaries:
                # "Wer in dieser Weise behauptet, C": whoever speaks, no one named, and
                # no noun between them (but "wer kann wissen, ob C": a question)
                return None
            if (
                k != j
                and self.lex.postpositional
                and lower in self.lex.prepositions
                and lower not in self.lex.phrase_prepositions
                and last not in self.lex.prepositions  # "X ने बैठक में कहा": an adjunct last
            ):
                break  # Hungarian "A vizsgálat után X közölte": the phrase it closes, no subject
            if k != j and self.described_by_participle(k, j + 1, lo):
                # "A news report published Wednesday said": the participle and its
                # adjunct describe the source before them
                return self.source_before(k - 1, lo)
            if (
                lower in self.lex.clause_openers
                or lower in self.lex.complementizers
                or lower in self.lex.conjunctions
                or (
                    # "state officials said": a noun-like cue inside is a modifier
                    k != j
                    and lower in self.table.verbs
                    and lower not in self.lex.noun_like_cues
                    and not token.is_capitalised
                    and not self.in_extended_attribute(k, lo)
                )
                or (
                    k != j
                    and lower in self.lex.passive_auxiliaries
                    # "Il Consiglio di Stato": capitalised after a word, a name's noun
                    and not (token.is_capitalised and k > lo and self.t[k - 1].kind == "w")
                    # "A man who was near said": the relative clause's copula (but "two
                    # aides who were investigating alleged C": no subject of the cue)
                    and not (
                        k > lo
                        and self.opens_relative(k - 1)
                        and not self.words[k + 1].endswith(self.lex.participle_endings)
                    )
                )
                or (
                    # "seizing upon a Times report that C": the report's owner speaks
                    k != j
                    and following in self.lex.noun_like_cues
                    and self.is_participle_before_object(k, lo)
                )
            ):
                break
            k -= 1
        start = self.connective_end(k + 1, end)  # "В то же время директор X заявила"
        if (
            k >= lo
            and start + 1 < end
            and self.word(k) in self.lex.passive_auxiliaries
            and self.word(start).endswith(self.lex.past_suffixes)
            and self.word(start + 1) in self.lex.topic_prepositions
        ):
            start += 1  # "will be interviewed about Jo Roe calling C": the passive's verb
        while (
            start < end
            and not self.opens_surname(start, end)  # "Van Dijk zei"
            and not self.is_capitalised_function_word(start)
            and (
                self.t[start].kind == "p"
                or (
                    self.t[start].lower in self.lex.prepositions
                    # Portuguese "A entidade declarou": an article that opens the clause
                    and not (
                        self.t[start].lower in self.lex.determiners
                        and (start == lo or self.t[start - 1].kind == "p")
                        and start + 1 < end
                        and self.t[start + 1].lower not in self.lex.determiners  # not "no one"
                    )
                )
                or self.t[start].lower in self.lex.time_words
                # "Примерно в полдень сосед сказал": the approximator of a time's phrase
                or (
                    self.t[start].lower in self.table.approximator_first
                    and start + 1 < end
                    and self.word(start + 1) in self.lex.prepositions
                )
                or (
                    # Spanish "la" is a clitic and an article: "la ministra" keeps it
                    self.t[start].lower in self.lex.auxiliaries
                    and not (start + 1 < end and self.opens_role(start))
                )
                or self.t[start].lower in self.lex.conjunctions
                # "Журналістам Кулеба повідомив": the audience before the subject
                or (self.t[start].lower in self.lex.audience_nouns and start + 1 < end)
                or self.addressed_outlet(start, end)  # "ELTAI ministras sakė"
                # "whom Roe called"; German "der" is an article too
                or (self.opens_relative(start) and start + 1 < end)
            )
        ):
            start += 1
        start = self.approximated(start, end, lo)
        while end - start > 1 and self.t[end - 1].lower in self.lex.audience_nouns:
            end -= 1  # "Jana Malá novinářům sdělila": whom she told, after the subject
        # "Gov. Jan Roe on Friday said", "Roe later Thursday said": the time is no source,
        # nor the place ("王明在记者会上表示", at the press conference)
        timeless = end
        if end - start > 1 and is_localized_adjunct(self.words[end - 1], self.lex):
            timeless -= 1
        if (
            end - start > 2
            and self.is_month(end - 1)
            and self.words[end - 2] in self.lex.prepositions
            and self.words[end - 2] not in self.lex.genitive_prepositions  # "Friends of May"
        ):
            timeless -= 2  # "The Friends of the Earth in May said"
        while (
            timeless - start > 1
            and self.words[timeless - 1] in self.lex.time_words
            and not self.named_time_word(timeless - 1)
        ):
            timeless -= 1
            while timeless - start > 1 and (
                self.words[timeless - 1] in self.lex.time_words
                or self.words[timeless - 1] in self.lex.prepositions
            ):
                timeless -= 1
        if self.is_noun_phrase((start, timeless)):
            end = timeless
        if (
            self.lex.bare_noun_subjects
            and k + 1 < start
            and self.word(start - 1) in self.lex.prepositions
        ):
            start = self.after_clitic_auxiliary(start, end)
        if self.lex.verb_second:
            # "Nach allen Regeln sollte man meinen, C", "Jetzt können wir sagen, C": an
            # adjunct holds the first place, the subject pronoun follows the auxiliary
            pronoun = next(
                (
                    m + 1
                    for m in range(start, end - 1)
                    if self.words[m] in self.lex.finite_auxiliaries
                    and self.words[m + 1] in self.lex.pronouns
                    and self.words[m + 1] not in self.lex.impersonal_pronouns
                ),
                None,
            )
            if pronoun is not None:
                return (pronoun, pronoun + 1)
        if not participle_phrase:
            end = self.before_auxiliary(start, end)
        if (
            self.lex.bare_noun_subjects
            and k + 1 < start < end
            and self.t[start - 1].lower in self.lex.prepositions
        ):
            # "На встрече министр заявил": the word after a preposition is its
            # object; a subject, if any, is a name or a role noun after it, or the
            # bare noun before the cue after a longer phrase ("В своих речах
            # депутаты подчеркивали"), never the object ("С поклоном сказал")
            start = next(
                (
                    m
                    for m in range(start + 1, end)
                    if self.t[m].is_capitalised or self.t[m].lower in self.table.np_words
                ),
                end - 1 if end - start >= _PHRASE_AND_SUBJECT else end,
            )
        if start >= end or not (
            self.is_noun_phrase((start, end)) or self.is_bare_plural(start, end)
        ):
            return self.subject_of_relative(j, lo)
        if (self.word(start),) in self.table.anaphors and end == start + 1:
            return None  # "Это говорит о том, что …": the pronoun of a fact, no speaker
        if end == start + 1 and self.word(start) in self.lex.floating_quantifiers:
            m = start - 1 if self.word(start - 1) in self.lex.finite_auxiliaries else start
            if m - 1 > lo and self.is_punct(m - 1, ",-–—"):
                # "Roe and Poe, the party's leaders, have both urged C": the phrase
                # before the apposition
                described = self.source_before_apposition(m - 1, lo)
                if described is not None:
                    return described
        if (
            end == start + 1
            and self.word(start) in self.lex.floating_quantifiers
            and start - 2 >= lo
            and self.word(start - 1) in self.lex.finite_auxiliaries
            and self.t[start - 2].kind == "w"
        ):
            # "Jo Roe and Al Poe are all calling for C": the phrase before the auxiliary
            return self.source_before(start - 2, lo) or (start, end)
        end = self.before_agent(start, end)
        # "a city official who spoke anonymously said": the relative clause describes
        who = next((m for m in range(start + 1, end - 1) if self.opens_relative(m)), None)
        if (
            who is not None
            and self.is_noun_phrase((start, who))
            # "Those who backed the plan": a pronoun alone is no subject
            and not (who == start + 1 and self.word(start) in self.table.np_words)
            # "the skippers who officials say C": the subject after the pronoun
            and self.t[who + 1].kind == "w"
            and not self.t[who + 1].is_capitalised
            and self.word(who + 1) not in self.table.np_words
            and not is_plural(self.word(who + 1), self.lex)
        ):
            end = who
        if following in self.lex.noun_like_cues or following.endswith(self.lex.participle_endings):
            # "The mayor made a sharp comment that C": the noun is the object of a verb
            # before its article, whose subject speaks
            end = next((m for m in range(start + 1, end - 1) if self.verb_before_article(m)), end)
        if (
            self.lex.open_appositions
            and start - 2 >= lo
            and self.is_punct(start - 1, ",")
            and not self.t[start].is_capitalised
        ):
            # "Tóth Anna, a cég szóvivője elmondta": the name before the apposition
            name = start - 1
            while name - 1 >= lo and self.t[name - 1].is_capitalised:
                name -= 1
            if name < start - 1:
                return (name, start - 1)
        shared = self.shared_determiner(k, (start, end), lo)
        if shared is not None:
            return shared
        named = self.name_before_open_apposition(start, end, lo)
        if named is not None:
            return named
        if self.lex.capitalised_nouns and self.lex.object_determiners:
            # "…, in dessen Verlauf Jo Roe dem Abgeordneten Al Poe zurief": the article of
            # an object after a capitalised word closes the subject before it
            end = next(
                (
                    m
                    for m in range(start + 1, end - 1)
                    if self.word(m) in self.lex.object_determiners
                    and self.t[m - 1].is_capitalised
                    and self.word(m - 1) not in self.lex.prepositions  # "Über den Inhalt"
                ),
                end,
            )
        return self.joins_names((start, self.without_tail(start, end)), lo)

    def bracketed_sentence(self, opening: int, closing: int) -> bool:
        """Whether the brackets at ``opening`` and ``closing`` hold a sentence of their
        own after no word (``… ist gesperrt. (Eigener Bericht.) Das Blatt bemerkt``):
        its own full stop, no remark on a name before it (``Jo M. Roe (D-Nev.)``)."""
        return (opening == 0 or self.t[opening - 1].kind != "w") and any(
            ends_sentence(self.t, m, self.lex) for m in range(opening + 1, closing)
        )

    def subject_of_relative(self, j: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence before a relative clause that ends at
        ``j`` with no noun phrase of its own (``The officials whose laws were struck down
        say C``, ``Parents who were evacuated said C``): the cue's subject, without the
        clause; ``None`` where no relative pronoun opens lower-case words before ``j``, or
        where the clause has no verb before the cue (``The hacker whose hack first
        revealed C``: the cue is the clause's verb)."""
        for r in range(j - 1, max(lo, j - MAX_SOURCE) - 1, -1):
            token = self.t[r]
            if token.kind != "w" or token.is_capitalised:
                return None
            if token.lower in self.lex.relative_pronouns or (
                token.lower in self.lex.possessive_relatives
            ):
                antecedent = self._antecedent(r - 1, lo) if r > lo else None
                if (
                    antecedent is None
                    or not any(
                        self.is_finite_word(self.word(n))
                        or is_participle_form(self.word(n), self.lex, endings=False)
                        for n in range(r + 1, j + 1)
                    )
                    or antecedent[1] != r
                    or any(
                        self.word(m) not in self.lex.conjunctions for m in range(lo, antecedent[0])
                    )
                ):
                    return None
                return antecedent
        return None

    def name_before_open_apposition(self, start: int, end: int, lo: int) -> tuple[int, int] | None:
        """The name before an apposition ``start``..``end`` that opens with an
        indefinite article after a comma and runs to the cue without its closing comma
        (``Sen. Ida Moss (D-Ohio), a supporter of the plan told …``); else ``None``: not
        where the name opens an adjunct (``In Valmont, a spokesman said``), a comma
        sets off the cue (``Poe, a top aide said, “is …”``) or a subject ends the
        phrase (``…, a word Roe repeated``)."""
        if not (
            start - 2 >= lo
            and self.word(start) in self.lex.trailing_appositives
            and self.is_punct(start - 1, ",")
            and (self.t[start - 2].is_capitalised or self.is_punct(start - 2, ")"))
            and not self.t[end - 1].is_capitalised
            and not self.is_punct(end + 1, ",")
        ):
            return None
        named = self.source_before(start - 2, lo)
        if named is None or (named[0] > lo and self.word(named[0] - 1) in self.lex.prepositions):
            return None
        end = named[1]
        if self.is_punct(end - 1, ")"):  # "Ida Moss (D-Ohio)"
            end = next((m for m in range(end - 2, named[0], -1) if self.is_punct(m, "(")), end)
        return named if self.is_titled_name(named[0], end) else None

    def approximated(self, start: int, end: int, lo: int) -> int:
        """Where a subject that opens with a number at ``start`` starts with the
        approximator before it (``More than 4 in 10 said``, ``At least half of voters
        said``), which the words read before may have left out or cut in two; else
        ``start``."""
        return next(
            (
                first
                for first in range(max(lo, start - _APPROXIMATOR_WORDS), start)
                # (most words open no approximator: a set test before the reading)
                if self.words[first] in self.table.approximator_first
                and self.approximator_end(first, end) >= start
            ),
            start,
        )

    def in_extended_attribute(self, i: int, lo: int) -> bool:
        """Where nouns are capitalised, whether the lower-case word at ``i`` is a
        participle that ends a phrase between an article and its noun (``der vom
        Verband beauftragte Gutachter``, ``eine in Berlin erschienene Zeitung``): the
        article, not after a comma, is followed by a preposition, and the noun by the
        word at ``i``, with no punctuation nor finite auxiliary between."""
        if not self.lex.capitalised_nouns or i + 1 >= len(self.t) or not self.is_noun_word(i + 1):
            return False
        for d in range(i - 2, max(lo, i - MAX_SOURCE) - 1, -1):
            if self.t[d].kind != "w" or self.word(d) in self.lex.finite_auxiliaries:
                return False
            if (
                self.word(d) in self.lex.determiners
                and self.word(d + 1) in self.lex.prepositions
                and not (d > lo and self.is_punct(d - 1, ","))
            ):
                return True
        return False

    def modifies_subject(self, i: int, k: int, lo: int, hi: int) -> bool:
        """Whether a participle cue at ``i``, its infinitive's marker at ``k``, is a phrase
        on the sentence's subject, a noun phrase that opens the sentence at ``lo`` right
        before it, of the cue verb after it (``A man claiming to be a pilot said C``): a few
        words before it, none a verb, and only words from it to a finite cue verb, none
        after an infinitive's marker."""
        w = self.words[i]
        if (
            i - lo > _SUBJECT_BEFORE_PARTICIPLE
            or i == lo
            or w not in self.table.verbs
            or not w.endswith(self.lex.participle_endings)
            or self.word(k) not in self.lex.infinitive_markers
        ):
            return False
        for m in range(lo, i):
            w = self.words[m]
            if (
                self.t[m].kind != "w"
                or w in self.lex.auxiliaries
                or w in self.table.verbs
                or w in self.lex.prepositions
                or w in self.lex.pronouns
                or w in self.lex.conjunctions
                or w in self.lex.clause_openers
            ):
                return False
        for m in range(k + 2, min(hi, k + _INFINITIVE_PHRASE)):
            if self.t[m].kind != "w":
                return False
            w = self.words[m]
            if w in self.table.verbs and not w.endswith(self.lex.participle_endings):
                return self.words[m - 1] not in self.lex.infinitive_markers
        return False

    def is_participle_before_object(self, k: int, lo: int) -> bool:
        """Whether the word at ``k`` is a participle whose object or prepositional
        phrase follows (``seizing upon a Times report``, ``quoting the Courier's
        story``): a verb, so no part of a source that ends after it; not a noun after a
        determiner (``the ruling of the court``)."""
        token = self.t[k]
        return (
            not token.is_capitalised
            and token.lower.endswith(self.lex.participle_endings)
            and token.lower not in self.table.np_words
            and (
                self.word(k + 1) in self.lex.prepositions
                or self.word(k + 1) in self.lex.determiners
            )
            and not (k > lo and self.word(k - 1) in self.lex.determiners)
        )

    def shared_determiner(self, k: int, source: tuple[int, int], lo: int) -> tuple[int, int] | None:
        """Two roles of one person under one determiner, joined by the conjunction at
        ``k`` (``the Maine senator and Green Party mayoral candidate said``): the
        whole phrase, where ``source`` is the second role, without a determiner or a
        name of its own; ``None`` elsewhere (``the governor and the mayor``)."""
        start, end = source
        if not (
            k + 1 == start
            and k - 1 >= lo
            and self.word(k) in self.lex.list_conjunctions
            and self.is_role(end - 1)
            and self.word(start) not in self.lex.determiners
            and not self.is_name(start, end)
            and all(t.kind == "w" for t in self.t[start:end])
        ):
            return None
        first = self.source_before(k - 1, lo)
        if (
            first is None
            or first[1] != k
            or self.word(first[0]) not in self.lex.determiners
            or not self.is_role(k - 1)
        ):
            return None
        return (first[0], end)

    def described_by_participle(self, m: int, end: int, lo: int) -> bool:
        """Whether token ``m`` is a lower-case past participle after a word, with one
        adjunct of time or place after it up to a finite cue at ``end`` (``published
        Wednesday said``, ``released on Tuesday said``): a reduced relative clause that
        describes the noun before it (but ``held up a sign saying``: a verb and its
        object; ``written by Jo Roe``: the agent speaks)."""
        return (
            m - 1 >= lo
            and m + 1 < end
            and not self.word(end).endswith(self.lex.participle_endings)
            and self.words[m + 1] not in self.lex.passive_agent_prepositions
            and self.is_past_participle(m, endings=False)
            and self.t[m - 1].kind == "w"
            and self.words[m - 1] not in self.lex.auxiliaries
            and self.words[m - 1] not in self.lex.passive_auxiliaries
            and self.words[m - 1] not in self.lex.relative_pronouns  # "Aides who worked …"
            and self.after_adjunct(m + 1, end)
        )

    def agent_participle(self, m: int, hi: int) -> bool:
        """Whether token ``m`` is a participle of a passive with its agent after it
        (``seen by Reuters``, ``obtained by the paper``): a lower-case past participle
        before a preposition of the agent (not ``an analysis by Jo Roe``)."""
        if m + 1 >= hi:
            return False
        return (
            self.is_past_participle(m, endings=False)
            and self.word(m + 1) in self.lex.passive_agent_prepositions
        )

    def before_agent(self, start: int, end: int) -> int:
        """Where a source ends without a passive participle and its agent that describe
        it (``a document seen by Reuters``: ``a document``); ``end`` where none does."""
        for m in range(start + 1, end - 1):
            if self.agent_participle(m, end) and self.is_noun_phrase((start, m)):
                return m
        return end

    def is_bare_plural(self, start: int, end: int) -> bool:
        """Whether a few lower-case words end in a plural noun (``forecasters``,
        ``hacking specialists``), or a few more put a genitive phrase after it
        (``proponents of more controls``, ``owners of gun shops``): a subject without an
        article, where the verb after it agrees (not ``helicopters suggests``) and is no
        participle (``speeches criticizing``)."""
        of = next(
            (
                m
                for m in range(start + 1, end - 1)
                if self.word(m) in self.lex.genitive_prepositions
            ),
            end,
        )
        verb = self.word(end)
        return (
            0 < of - start <= _BARE_PLURAL_WORDS
            # but "two-thirds of caucus goers": a share of them
            and (of == end or self.word(of - 1).isalpha())
            and end - of <= _BARE_PLURAL_WORDS + 1
            and not verb.endswith(self.lex.plural_endings)
            and not verb.endswith(self.lex.participle_endings)
            and is_plural(self.word(of - 1), self.lex)
            and all(
                t.kind == "w"
                and not t.is_capitalised
                and t.lower not in self.table.verbs
                and t.lower not in self.lex.auxiliaries
                and t.lower not in self.lex.time_words
                and t.lower not in self.lex.pronouns
                for t in self.t[start:end]
            )
        )

    def joins_names(self, source: tuple[int, int], lo: int) -> tuple[int, int]:
        """A name joined to the name ``source`` by a conjunction before it (``Jo Roe and
        Al Poe wrote``), both of two capitalised words at least: the two together.  Where
        the lexicon lists the words that join a list's last item, names of any length
        join too (``Mr. Roe and Mr. Poe say``, ``Both Roe and Poe said``), a list that
        opens its clause (``Roe, Poe and Coe say``), and a name to the others with it
        (``Roe and other senators``)."""
        k = source[0] - 1
        if self.listed_join(source, k, lo):
            return self.joined_list(source, k, lo)
        if not (
            k - 2 >= lo
            and self.word(k) in self.lex.conjunctions
            and self.is_name(*source)
            and source[1] - source[0] >= NAME_WORDS
            and self.is_name(k - 2, k)
            and self.t[k - 2].kind == "w"
        ):
            return source
        other = self.source_before(k - 1, lo)
        if other is None or not self.is_name(*other) or self.is_punct(other[0] - 1, ","):
            return source  # "…, Patti Roe and Stevie Poe, who joked": a list
        return (other[0], source[1])

    def joins_two_names(self, k: int, hi: int) -> bool:
        """Whether the word at ``k`` is a list's ``and`` between two capitalised words."""
        return (
            0 < k < hi - 1
            and self.word(k) in self.lex.conjunctions
            and self.word(k) in self.lex.list_conjunctions
            and self.t[k - 1].is_capitalised
            and self.t[k + 1].is_capitalised
        )

    def is_role_compound(self, k: int, hi: int) -> bool:
        """Whether the lower-case word at ``k`` heads a role written as a compound after
        a capitalised noun and before a full name (``Harbour master Jo Roe``): a word no
        form of a verb, after no plural (not ``Voters back Jo Roe``)."""
        return (
            0 < k < hi - NAME_WORDS
            and self.t[k - 1].kind == "w"
            and self.t[k - 1].is_capitalised
            and self.is_name(k + 1, k + 1 + NAME_WORDS)
            and not is_plural(self.word(k - 1), self.lex)
            and self.is_descriptor(k)
        )

    def is_descriptor(self, k: int) -> bool:
        """Whether the word at ``k`` may describe a name after it (``master``, ``aide``,
        ``longtime``): a lower-case word, no plural, no form of a verb, no function word
        and no word of time."""
        word = self.word(k)
        return (
            self.lower_word(k)
            and not is_plural(word, self.lex)
            and not word.endswith(self.lex.past_suffixes)
            and not word.endswith(self.lex.participle_endings)
            and word not in self.lex.finite_verbs
            and word not in self.table.verbs
            and word not in self.lex.auxiliaries
            and word not in self.lex.prepositions
            and word not in self.lex.conjunctions
            and word not in self.lex.time_words
        )

    def ends_in_described_name(self, start: int, end: int) -> bool:
        """Whether a full name ends the tokens after a lower-case word that describes it
        (``The Lornpress harbour columnist Jo Roe``, ``Former aide Jo Roe``)."""
        first = end - NAME_WORDS
        while first > start and self.is_name(first - 1, end):
            first -= 1
        return (
            start < first
            and self.is_name(first, end)
            and self.t[first].kind == "w"
            and self.is_descriptor(first - 1)
            and self.word(first - 1) not in self.lex.determiners
        )

    def described_name_start(self, k: int, hi: int, *, opening: bool = False) -> int | None:
        """Where the name begins that the lower-case words from ``k`` describe
        (``longtime aide Jo Roe``, ``veteran skipper Jo Roe``): up to
        :data:`_NAME_DESCRIPTORS` descriptor words (:meth:`is_descriptor`), then a full
        name, only where an article marks a noun phrase (``Jana Kováře podpořil starosta
        Petr Novák a uvedl`` holds a verb); ``None`` where no name follows them, and
        after a plural (``Voters back Jo Roe``: a verb).  Where the words open the
        clause (``opening``), in every language, any word before a role noun and a
        capitalised word (``retired skipper Jo Roe``, ``longtime aide Roe``): the role
        titles the name."""
        if opening and k + 2 < hi and self.is_role(k + 1) and self.t[k + 2].is_capitalised:
            return k + 2
        if self.lex.bare_noun_subjects or (
            k > 0 and self.t[k - 1].kind == "w" and is_plural(self.word(k - 1), self.lex)
        ):
            return None
        m = k
        while (
            m < hi
            and m - k < _NAME_DESCRIPTORS
            and self.is_descriptor(m)
            and self.word(m) not in self.lex.determiners
        ):
            m += 1
        return m if k < m and m + NAME_WORDS <= hi and self.is_name(m, m + NAME_WORDS) else None

    def listed_join(self, source: tuple[int, int], k: int, lo: int) -> bool:
        """Whether the conjunction at ``k`` joins a list's last item (``and``) to a
        name or to others (``other senators``) after a capitalised word."""
        return (
            k - 1 >= lo
            and self.word(k) in self.lex.conjunctions
            and self.word(k) in self.lex.list_conjunctions
            and self.t[k - 1].kind == "w"
            and self.t[k - 1].is_capitalised
            and (self.is_name(*source) or self.word(source[0]) in self.lex.other_words)
        )

    def joined_list(self, source: tuple[int, int], k: int, lo: int) -> tuple[int, int]:
        """``source`` with the names joined to it before the conjunction at ``k``, where
        they open their clause (a quantifier may come first: ``both``); ``source``
        alone elsewhere (``…, met Jo Roe and Al Poe, who joked``)."""
        start = k
        while True:
            other = self.source_before(start - 1, lo)
            if other is None:
                return source
            first = other[0]
            while first < other[1] - 1 and self.word(first) in self.lex.floating_quantifiers:
                first += 1
            if not self.is_name(first, other[1]):
                return source
            start = other[0]
            if not (
                start - 2 >= lo
                and self.is_punct(start - 1, ",")
                and self.t[start - 2].is_capitalised
                and not self.adverb_opens_sentence(start - 2, lo)
            ):
                break
            start -= 1
        opening = start - 1
        if self.clause_edge(opening, lo):
            return (start, source[1])
        if (
            self.word(opening) in self.lex.conjunctions
            or self.word(opening) in self.lex.clause_openers
            # "Instead, Jo Roe and Al Poe argued": the adverb's comma opens the list
            or (self.is_punct(opening, ",") and self.adverb_opens_sentence(opening - 1, lo))
        ):
            return (start, source[1])
        return source  # "…, Patti Roe and Stevie Poe, who joked", "met Roe and Poe"

    def adverb_opens_sentence(self, m: int, lo: int) -> bool:
        """Whether the word at ``m`` is a sentence adverb or a word of time that opens
        its sentence (``Instead``, ``Later``): no name in a list after it."""
        return (
            m >= lo
            and (self.word(m) in self.lex.sentence_adverbs or self.word(m) in self.lex.time_words)
            and self.clause_edge(m - 1, lo)
        )

    def clause_edge(self, k: int, lo: int) -> bool:
        """Whether the clause has no word at ``k``: before ``lo``, a quotation or a
        sentence's stop."""
        return k < lo or self.t[k].kind == "q" or self.is_punct(k, SENTENCE_STOPS)

    def source_after(self, i: int, hi: int, *, spoken_from: bool = True) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``i``, read rightwards.

        Lower-case words count only after a determiner (``a senior official``); a cue
        verb, a clause word or punctuation other than an abbreviation's ends it.  After a
        preposition of the body words come from, the cue phrase's last word (``C, fanno
        sapere dalla Protezione civile.``), it is the :meth:`body_spoken_from` unless
        ``spoken_from`` is false.
        """
        if spoken_from and 0 < i < hi and self.word(i - 1) in self.lex.from_body_prepositions:
            body = self.body_spoken_from(i, hi)
            if body is not None:
                return body
        i = self.after_medium(i, hi)
        while self.addressed_outlet(i, hi) and self.addressed_outlet(i + 1, hi):
            i += 1  # "Как сообщил РИА Новости глава региона": the outlet's words told
        opened = i  # (before an auxiliary spelt as an article: Spanish "la")
        aside = self.aside_at(i) if i < hi and self.table.asides else None
        if aside is not None and aside[0] == i and aside[1] < hi:
            i = aside[1]  # "a déclaré pour sa part Jo Roe": the aside, then the subject
        while (
            i < hi
            and self.word(i) in self.lex.auxiliaries
            and not self.opens_role(i)
            # "сказал в Нижнем Новгороде": a preposition before a name governs a place
            and not (
                self.word(i) in self.lex.prepositions
                and i + 1 < hi
                and self.t[i + 1].kind == "w"
                and self.t[i + 1].is_capitalised
            )
        ):
            i += 1  # "говорит еще один источник"; but Spanish "la portavoz": an article
        if (
            self.lex.verb_second
            and i + 1 < hi
            and self.word(i) in self.lex.object_pronouns
            # Dutch "zei haar Nederlandse advocaat": a possessive, the subject's own
            and self.word(i) not in self.lex.determiners
            and (self.word(i + 1) in self.lex.determiners or self.t[i + 1].is_capitalised)
        ):
            i += 1  # "fragte mich der Minister": whom he asked, then the subject
        if i + 1 < hi and self.word(i) in self.lex.reflexive_pronouns:
            i += 1  # "äußerte sich der Minister": the verb's reflexive, no part of the subject
        if self.lex.postpositional or self.lex.postpositions:
            # "mondta a mérkőzés után Balogh Márk", Finnish "sanoo sillan vieressä X": a
            # phrase its postposition closes
            closing = next(
                (
                    m
                    for m in range(i + 1, min(hi, i + _POSTPOSITION_REACH))
                    if (self.lex.postpositional and self.word(m) in self.lex.prepositions)
                    or self.word(m) in self.lex.postpositions
                ),
                None,
            )
            if (
                closing is not None
                and closing + 1 < hi  # "पुलिस के अनुसार": no source after it, the phrase is one
                and all(self.lower_word(m) for m in range(i, closing))
            ):
                i = closing + 1
        if i >= hi or self.word(i) in self.lex.time_words:
            return None
        if self.word(i) in self.lex.complementizers and self.word(i - 1) in self.lex.noun_like_cues:
            # "Lornia and Vestia, states that vote in May": the noun's relative clause (but
            # "said that official": a demonstrative after a verb)
            return None
        if self.opens_content(i):
            return None  # "за МИА изјави дека C": the content opens, no source
        i = self.after_dative(i, hi)  # "dijo a la Policía el empresario": whom to
        i = self.after_dative_name(i, hi)  # "сказав Петрові журналіст": whom to
        if self.article_preposition(i) and not self.article_before_singular(i):
            i = min(i + 2, hi)  # "disse a jornalistas o ministro": whom to, then the source
        named_subject = False
        if self.word(i) in self.lex.determiners and self.word(i) in self.lex.prepositions:
            named = self.after_named_addressee(i, hi)  # "disse a Lula o ministro": whom to
            # but "C, disse a Maria.": a name that ends the clause is the subject's, and
            # one a body's phrase goes on with ("informou a Capitania dos Portos")
            named_subject = i < named and (
                named >= hi
                or self.is_punct(named, ".!?;")
                or self.word(named) in self.lex.phrase_prepositions
            )
            if not named_subject:
                i = named
        if i < hi and self.word(i) in self.lex.from_body_prepositions:
            body = self.body_spoken_from(i + 1, hi)
            if body is not None:
                return body  # "C, spiega dalla Protezione civile.": the body speaks
        if i >= hi or (
            self.word(i) in self.lex.prepositions
            and not named_subject
            and not self.opens_role(i)
            and not self.opens_surname(i, hi)
            and not self.article_before_singular(i)  # "informou a autoridade"
        ):
            return None  # "said at a Lornport event": an adjunct, not a speaker
        placed = self.locative_body(i, hi)
        if placed is not None:
            return placed  # "сообщили в Киевском городском совете": the body
        k = i
        open_phrase = attribute = False
        while k < hi and k - i < MAX_SOURCE:
            token = self.t[k]
            if token.kind == "q":
                if k > i and is_name_quotation(self.t, k, self.lex, table=self.table):
                    k += 1  # "НЕК «Укренерго»", "die liberale „Zeit“": the name
                    continue
                break
            if token.kind == "p":
                if self.is_attached(k, i):
                    k += 1
                    continue
                break
            w = token.lower
            if k > i and self.word(k - 1) in self.table.bare_pronouns:
                break  # a pronoun takes no modifier: "сказал он журналистам"
            if k > i and self.opens_reference(k, hi):
                break  # "повідомляє агентство з посиланням на X": the source it cites
            if (
                k > i
                and w in self.lex.audience_nouns
                # but "сообщают российские СМИ": the media, after their adjective
                and not (w in self.lex.generic_media and not self.t[k - 1].is_capitalised)
            ):
                break  # "сказал Иван Петров журналистам": whom the source spoke to
            if k > i and w in self.lex.manner_adverbs:
                break  # "قال أحمد حسن بوضوح إن C": how he said it
            if (
                k > i
                and w in self.lex.text_announcers
                and self.word(k - 1) not in self.lex.determiners  # "der folgende Redner"
            ):
                break  # "sagte der Bürgermeister Folgendes: W": the object that announces W
            # "Ohio State", "the State Border Guard Service": a capitalised word after a
            # name, a determiner or a name's "of" goes on with the name, never a verb
            # ("state")
            name_goes_on = token.is_capitalised and (
                self.t[k - 1].is_capitalised
                or (k > i and self.word(k - 1) in self.lex.determiners)
                # "the Head of State", "Secretary of State": a name's phrase preposition
                or (
                    k > i + 1
                    and self.word(k - 1) in self.lex.phrase_prepositions
                    and self.t[k - 2].is_capitalised
                )
            )
            if k > i and (
                (
                    w in self.lex.time_words
                    and not self.time_word_in_name(k, hi)
                    and not attribute  # "sagte der am Montag gewählte Bürgermeister"
                )
                or (
                    not name_goes_on
                    and (
                        w in self.lex.clause_openers
                        or (w in self.lex.complementizers and not self.governs_last_noun(k, hi))
                        or (
                            w in self.lex.conjunctions
                            and not self.joins_domains(k, i, hi)
                            and not self.joins_compounds(k)
                        )
                        # "the secretary of state": after "of" the word is a noun; so is
                        # a role after its article ("a déclaré le conseiller du maire")
                        or (
                            w in self.table.verbs
                            and not self.phrase_complement(k, i)
                            and not (
                                self.word(k - 1) in self.lex.determiners and self.is_person_role(k)
                            )
                        )
                        or (
                            w in self.lex.auxiliaries
                            # Spanish "la" is a clitic too, but an article after "de"
                            and not (
                                w in self.lex.determiners
                                and self.word(k - 1) in self.lex.phrase_prepositions
                            )
                            # "sagt ein sehr erfahrener Kenner": an adverb of degree after
                            # the article modifies the adjective
                            and not (
                                w in self.lex.degree_adverbs
                                and self.word(k - 1) in self.lex.determiners
                            )
                        )
                        # "a former aide who asked": the relative clause describes it
                        or self.opens_relative(k)
                    )
                )
            ):
                break
            if (
                k > i
                and w in self.lex.phrase_prepositions
                and self.word(k + 1) in self.lex.time_words
                and not self.t[k + 1].is_capitalised
            ):
                break  # Swedish "sa ministern på måndagen": the day, no part of the source
            if k > i and w in self.lex.phrase_prepositions and self.opens_medium(k, hi):
                # Norwegian "opplyser politiet i en pressemelding": the medium, no part of
                # the source (but "lederen i kommunestyret": the role's body)
                break
            if k > i and self.opens_role_domain(k, hi):
                k += 2  # "міністерка у справах ветеранів X": the role's field goes on
                continue
            if open_phrase and k > i and self.lex.capitalised_nouns and w in self.lex.prepositions:
                attribute = True  # "sagte ein vom Verband beauftragter Gutachter"
                k += 1
                continue
            if (
                w in self.lex.prepositions
                and w not in self.lex.phrase_prepositions
                and not (k == i and (named_subject or self.opens_role(k)))
                # "речник ДСНС Олег По.", "Олег По у Telegram": a surname spelt like a
                # preposition ends the name
                and not (
                    name_goes_on
                    and (
                        k + 1 >= hi
                        or self.t[k + 1].kind == "p"
                        or (self.lower_word(k + 1) and self.word(k + 1) in self.lex.prepositions)
                    )
                )
                # "один из авторов", "одна з учасниць": a part of the group after it
                and not (
                    k == i + 1
                    and self.lex.bare_noun_subjects
                    and self.word(i) in self.lex.determiners
                )
                and not self.role_of_role(k, i, hi)  # "l'adjoint au maire"
                and not self.in_titled_body(k, i, hi)  # "the Committee on Veterans Affairs"
                # "a person familiar with the talks": what the source knows of
                and not (k > i + 1 and self.word(k - 1) in self.lex.complement_adjectives)
            ):
                break  # "the mayor on Monday", "der Bürgermeister am Montag"
            if k > i and self.agent_participle(k, hi):
                break  # "a document seen by Reuters": the participle describes it
            if k > i and self.is_elided_dative(k):
                break  # "hanno detto i funzionari all'ANSA": whom they spoke to
            if k > i and self.told_outlet_end(k, hi) is not None:
                break  # "قال مصدر لرويترز إن C": the outlet told
            if k > i and self.lower_word(k) and self.is_adverb(k) and self.closes_phrase(k, hi):
                break  # "said Roe briefly.": an adverb that closes the phrase is the cue's
            if (
                k > i
                and w in self.lex.verb_particles
                and self.lower_word(k)
                and self.particle_closes(k, hi)
            ):
                break  # Dutch "C, deelt de gemeente mee.": the cue's particle closes it
            if (
                self.lex.oblique_case_endings
                and (self.is_oblique(k) or (w in self.lex.determiners and self.is_oblique(k + 1)))
                # "a Pedagógusok Szakszervezetének elnöke": a possessor before its noun
                and not (self.is_oblique(k) and self.lower_word(k + 1))
                and not (w in self.lex.determiners and self.lower_word(k + 2))
            ):
                break  # "mondta az államtitkár a helyszínen", "mondta az MTI-nek": an adjunct
            if (
                k > i
                and w in self.lex.determiners
                and self.t[k - 1].is_capitalised
                and (
                    (
                        self.word(k - 1) not in self.table.role_words
                        and headed_by(self.word(k - 1), self.lex) is None
                        and (
                            self.outlet_at(k + 1, hi)
                            or (k + 1 < hi and self.is_outlet((k + 1, k + 2)))
                        )
                    )
                    or self.told_lower_outlet(k - 1, k + 1, hi)
                )
            ):
                # "sagte Jo Roe der Deutschen Presse-Agentur", "der dpa": whom X told (but
                # "der Chefredakteur der Zeitung": the role's outlet)
                break
            if k > i and (
                w in self.lex.object_determiners
                # "bekräftigte die Ministerin ihre Forderung, C": where articles tell
                # the genitive, one that tells none opens the object after the noun (but
                # "sagte der Zeitung ein Sprecher": the subject after the outlet told)
                or (
                    self.lex.genitive_determiners
                    and w in self.lex.determiners
                    and w not in self.lex.genitive_determiners
                    and self.lower_word(k)
                    and self.is_noun_word(k - 1)
                    and not self.outlet_words(k - 1, k)
                )
            ):
                break  # "sagte der Papst dem Kaiser": whom the source told
            if (
                self.lex.bare_noun_subjects
                and k - i >= NAME_WORDS
                and w in self.lex.media_words
                and token.is_capitalised
                and self.is_name(k - NAME_WORDS, k)
                and not any(self.word(m) in self.lex.media_words for m in range(i, k))
            ):
                break  # "сказав Іван Сидоров Укрінформу": the outlet told, after a full name
            if k > i and w in self.lex.phrase_prepositions and self.closes_personal_name(k, i):
                break  # "рече Ана Ристеска на прес-конференција": where, no part of the name
            if (
                k > i
                and w in self.lex.channel_prepositions
                and self.t[k - 1].is_capitalised
                and self.outlet_at(k + 1, hi)
            ):
                break  # "rekla je Ana Kovač za Betu": the outlet she spoke to
            if (
                w in self.lex.determiners
                or (
                    self.lex.bare_noun_subjects
                    and (w in self.table.np_words or w in self.table.body_words)
                )
                # "l'élue socialiste": the article written onto the noun opens it too
                or (
                    k == i
                    and split_elision(token.text, self.table.elided)[0] in self.lex.determiners
                    and self.unelided(k) in self.table.np_words
                )
            ):
                open_phrase = True  # "a senior official", "předseda fotbalového svazu"
            elif (
                open_phrase
                and self.lex.capitalised_nouns
                and token.is_capitalised
                and not self.particle_at(k + 1, hi)
                # the noun of a phrase between the article and its own noun leaves it open
                and not (
                    attribute
                    and not (self.lower_word(k - 1) and self.word(k - 1) not in self.lex.stopwords)
                )
            ):
                # "sagte der Prinz beharrlich": the noun closes its article's phrase (but
                # "der Abgeordnete v. Roe": a name follows)
                open_phrase = False
            elif not (
                token.is_capitalised
                or w in self.table.np_words
                or (k == i and self.unelided(k) in self.table.np_words)  # "l'adjointe"
                or self.elided_name(k)  # "l'Agència Catalana de l'Aigua"
                # a body's noun heads or ends the phrase: "kommunen", "Miškų ministerija",
                # "valtiovarainministeriön"
                or w in self.table.body_words
                or w.endswith(self.table.body_heads)
                or open_phrase
                or self.adjectives_to_body(k, i, hi)  # "Харківська обласна прокуратура"
                or (k > i and w in self.lex.phrase_prepositions)
                # "sagte Eva v. Berg", and one abbreviated right after the cue: "sagte
                # v. Berg" (not after a word read apart: "Eva v.", "Frhr. v.")
                or (
                    self.particle_at(k, hi)
                    and (k > i or (self.is_punct(k + 1, ".") and k > 0 and self.lower_word(k - 1)))
                )
                or self.uncased_subject(k, hi)  # "قال أحمد حسن إن C"
                # "kata sumber utama", "kata pejabat senior": where what a role is of
                # follows it, so do its adjectives
                or (
                    k > i
                    and self.lex.bare_role_complements
                    and self.word(k - 1) in self.table.np_words
                    and w not in self.lex.prepositions
                )
                or is_name_quotation(self.t, k + 1, self.lex)  # "компании «Укрэнерго»"
                or (w not in self.lex.prepositions and self.name_follows(k + 1, hi))
                # "informaron fuentes municipales": a bare plural's adjectives after it
                or self.bare_noun_adjective(k, i, hi)
            ):
                break
            k += 1
        # "dijo Ana Ruiz el lunes", "a dit Anne Roux le lundi": an article the phrase
        # ends on opens the adjunct after it; but an indefinite alone before the clause's
        # end stands for its noun ("„Q“, sagt einer.")
        while k > i and (
            self.t[k - 1].kind == "p"
            or (
                self.lower_word(k - 1)
                and self.word(k - 1) in self.lex.determiners
                and not (
                    k - 1 == i
                    and self.word(i) in self.lex.indefinites
                    and (k >= hi or self.t[k].kind == "p")
                )
            )
        ):
            k -= 1
        if k > i and self.is_noun_phrase((i, k)):
            return (i, k)
        return self.closing_common_phrase(opened, hi)

    def postposed_adjunct(self, lo: int, end: int) -> bool:
        """Whether the words from ``lo`` up to ``end`` are a phrase its postposition
        closes, in a postpositional language (Hindi ``बाजार में``, in the market; ``चाय
        बेचने वाली``, the one who sells tea): an adjunct or a modifier before the subject
        at ``end``, no part of it."""
        return (
            self.lex.postpositional
            and lo < end - 1
            and end - lo <= _POSTPOSITION_REACH
            and self.word(end - 1) in self.lex.prepositions
            and all(self.lower_word(m) for m in range(lo, end))
        )

    def body_spoken_from(self, m: int, hi: int) -> tuple[int, int] | None:
        """The span of a body's name at ``m``, after a preposition of the body words come
        from (:attr:`Lexicon.from_body_prepositions`), that closes the sentence: no
        article and no name after its lower-case words (``dalla Protezione civile``,
        ``dalla Prefettura di Lornport``; not ``dalla Protezione civile Jo Roe``); else
        ``None``."""
        if m >= hi or self.t[m].kind != "w" or not self.t[m].is_capitalised:
            return None
        body = self.source_after(m, hi, spoken_from=False)
        if body is None or body[0] != m:
            return None
        # "Protezione civile": the name's lower-case words
        end = self.common_words_closing(body[1], m + _COMMON_PHRASE_WORDS, hi)
        if end is None:
            return None
        for n in range(m + 1, end):
            if self.word(n) in self.lex.determiners or (
                self.t[n].is_capitalised
                and self.lower_word(n - 1)
                and self.word(n - 1) not in self.lex.prepositions
                and self.word(n - 1) not in self.lex.phrase_prepositions
            ):
                return None
        return (m, end)

    def closing_common_phrase(self, i: int, hi: int) -> tuple[int, int] | None:
        """The span of a noun phrase at ``i`` that a definite article or a possessive
        opens, written apart or onto the noun, and the sentence's end closes after at
        most :data:`_COMMON_PHRASE_WORDS` words with the article (the article and up to
        three words apart, up to four with the article written onto the first), each a
        :meth:`common_word` (``C, informó la autoridad portuaria.``, ``C, a annoncé
        l'agence régionale.``; not ``ha detto la verità``, a noun of what is said): the
        clause's subject, though its noun is in no list; else ``None``.  It is the last
        resort of :meth:`source_after`, so it runs for every caller of that, not only
        after a cue.  Where nouns are capitalised, lower-case words are none (``hielt
        ihr entgegen``)."""
        if (
            self.lex.capitalised_nouns
            or i >= hi
            or self.t[i].kind != "w"
            or self.t[i].is_capitalised
        ):
            return None
        article, noun = split_elision(self.t[i].text, self.table.elided)
        if article:
            if (
                article.lower() not in self.lex.determiners
                or not noun[:1].islower()
                or not self.is_common_text(noun.lower())  # "l'après-midi": a time
            ):
                return None
            k = i + 1  # "l'autorité": the article written onto the noun
        elif (
            self.word(i) in self.lex.determiners
            and self.word(i) not in self.lex.indefinites
            and self.word(i) not in self.lex.object_determiners
            # Spanish "al", French "du": a preposition; but Portuguese "a" before a
            # singular noun is the article
            and (self.word(i) not in self.lex.prepositions or self.article_before_singular(i))
        ):
            k = i + 1
            if not self.common_word(k):
                return None
            k += 1
        else:
            return None
        end = self.common_words_closing(k, i + _COMMON_PHRASE_WORDS, hi)
        return None if end is None else (i, end)

    def common_words_closing(self, k: int, most: int, hi: int) -> int | None:
        """The end of the :meth:`common_word` run from ``k``, before the token ``most`` at
        the latest, where the sentence ends right after it (at ``hi`` or a full stop);
        else ``None``."""
        while k < hi and k < most and self.common_word(k):
            k += 1
        return k if k >= hi or self.is_punct(k, SENTENCE_STOPS) else None

    def article_preposition(self, i: int) -> bool:
        """Whether the word at ``i`` is spelt both as an article and as a preposition
        (:attr:`~newsstruct.lang.Lexicon.article_prepositions`) and a lower-case word
        follows it."""
        return self.word(i) in self.lex.article_prepositions and self.lower_word(i + 1)

    def article_before_singular(self, i: int) -> bool:
        """Whether the word at ``i`` is an :meth:`article_preposition` read as the
        article: the word after it has no plural ending (``a autoridade``; not ``a
        jornalistas``, the preposition and whom to)."""
        return self.article_preposition(i) and not self.word(i + 1).endswith(
            self.lex.noun_plural_endings
        )

    def common_word(self, k: int) -> bool:
        """Whether the token at ``k`` is a lower-case word that may be a common noun or
        its adjective: no verb, pronoun, article, preposition, conjunction, clause word,
        word of time, auxiliary, manner adverb, verb particle nor noun of what is said
        (:attr:`~newsstruct.lang.Lexicon.said_nouns`)."""
        return self.lower_word(k) and self.is_common_text(self.word(k))

    def is_common_text(self, word: str) -> bool:
        """Whether a case-folded word may be a common noun or its adjective (see
        :meth:`common_word`)."""
        return word not in self.table.verbs and word not in _uncommon_words(self.lex)

    def after_medium(self, i: int, hi: int) -> int:
        """The token after a phrase of the medium of speech at ``i`` and the outlet it was
        held with, where a lower-case word follows them (``сообщил в беседе с РИА Новости
        представитель полиции``: the source after them); else ``i``."""
        if self.opens_medium(i, hi):
            k = self.medium_end(i + 1, hi)
        elif i > 0 and self.word(i - 1) in self.lex.medium_prepositions:
            # "сообщили в Telegram-канале мэрии": the cue phrase holds the preposition
            k = self.medium_end(i, hi)
            if k == 0:
                return i
        else:
            return i
        if k + 1 < hi and self.word(k) in self.lex.prepositions and self.t[k + 1].is_capitalised:
            k += 1
            k = self.capitalised_end(k, hi)  # "с РИА Новости": the outlet it was held with
        if (
            k + 1 < hi
            and self.word(k) in self.lex.object_pronouns
            and self.word(k + 1) in self.lex.determiners
        ):
            k += 1  # "σε ανακοίνωσή του το υπουργείο": the noun's possessive clitic
        told = next(
            (
                end
                for end in range(k + 1, min(hi, k + NAME_WORDS + 1))
                if self.t[k].is_capitalised and self.is_outlet((k, end))
            ),
            None,
        )
        if told is not None and self.t[told].kind == "w":
            return told  # "в комментарии УНН Игорь Шевчук": the outlet told, then the source
        return k if self.lower_word(k) else i

    def after_clitic_auxiliary(self, start: int, end: int) -> int:
        """Where the subject starts after a fronted adjunct and the auxiliary that
        takes the second place of the clause (Slovenian ``Na konferenci je minister
        dejal``, Croatian ``Na sastanku je ministar rekao``): after the auxiliary, when a
        name or a role noun follows it; else ``start``."""
        for m in range(start, end - 1):
            if self.word(m) in self.lex.auxiliaries and not self.t[m].is_capitalised:
                following = self.t[m + 1]
                if following.is_capitalised or following.lower in self.table.np_words:
                    return m + 1
                return start
        return start

    def locative_body(self, i: int, hi: int) -> tuple[int, int] | None:
        """Where the source at ``i`` follows a preposition, the span of a body's name in
        the locative that a capitalised adjective opens there (its ending one of
        :attr:`Lexicon.locative_adjective_endings`) and one to three lower-case words
        close at the clause's end (``сообщили в Киевском городском совете``, ``паведамілі
        ў Мінскім гарвыканкаме``): no verb, preposition, conjunction, word of time or
        addressee among them; else ``None``.  After an impersonal cue and the document
        it names, the body's name is in the genitive (``йдеться у повідомленні Харківської
        обласної військової адміністрації``: :attr:`Lexicon.name_adjective_endings`)."""
        # "йдеться у повідомленні": the impersonal verb, its preposition, the document
        # (read into the cue, or the first word of the source: "говорится в" +
        # "сообщении …")
        start = i + 1 if self.document_opens(i + 1) else i
        document = self.document_opens(start)
        endings = (
            self.lex.name_adjective_endings if document else self.lex.locative_adjective_endings
        )
        if not (
            endings
            and start > 0
            and (document or self.word(start - 1) in self.lex.prepositions)
            and start < hi
            and self.t[start].kind == "w"
            and self.t[start].is_capitalised
            and len(self.word(start)) > _LOCATIVE_STEM
            and self.word(start).endswith(endings)
            and self.word(start) not in self.lex.first_names
        ):
            return None
        m = start + 1
        while m < hi and m - start <= _LOCATIVE_WORDS and self.lower_word(m):
            w = self.word(m)
            if w in self.lex.prepositions and self.platform_closes(m + 1, hi):
                break  # "… адміністрації у Telegram.": where it was posted
            if (
                w in self.table.verbs
                or w in self.lex.prepositions
                or w in self.lex.conjunctions
                or w in self.lex.complementizers
                or w in self.lex.clause_openers
                or w in self.lex.time_words
                or w in self.lex.audience_nouns
            ):
                return None
            m += 1
        if (
            m == start + 1
            or m - start > _LOCATIVE_WORDS
            or not (m >= hi or self.t[m].kind == "p" or self.platform_closes(m + 1, hi))
        ):
            return None
        return (start, m)

    def platform_closes(self, m: int, hi: int) -> bool:
        """Whether the token at ``m`` is a platform's word that closes the clause
        (``у Telegram.``, ``у фейсбуці,``)."""
        return (
            m < hi
            and self.t[m].kind == "w"
            and self.word(m) in self.lex.platform_words
            and (m + 1 >= hi or self.t[m + 1].kind == "p")
        )

    def document_opens(self, i: int) -> bool:
        """Whether the token at ``i`` follows an impersonal cue, its preposition and the
        lower-case noun of the document it names (``йдеться у повідомленні``,
        ``говорится в сообщении``)."""
        return (
            i >= 3
            and self.word(i - 3) in self.lex.impersonal_cues
            and self.word(i - 2) in self.lex.prepositions
            and self.lower_word(i - 1)
        )

    def adjectives_to_body(self, k: int, i: int, hi: int) -> bool:
        """Where nouns go bare, whether the lower-case word at ``k`` goes on with a
        body's name that the capitalised adjective at ``i`` opens, lower-case adjectives
        go on and a noun of bodies closes at the clause's end (``повідомила Харківська
        обласна прокуратура``, :meth:`adjectives_close_body`)."""
        if not (self.lex.bare_noun_subjects and k > i and self.t[i].is_capitalised):
            return False
        return k < self.adjective_body_end(i, hi)

    @remembered  # asked of each word that goes on with the source from i
    def adjective_body_end(self, i: int, hi: int) -> int:
        """The end of the body's name that the capitalised adjective at ``i`` opens
        and that closes the clause (:meth:`adjectives_to_body`), or ``i``: none."""
        m = i + 1
        while m < hi and m - i <= _BODY_ADJECTIVES and self.t[m].kind == "w":
            m += 1
        return m if self.adjectives_close_body(i, m, hi) else i

    def closes_personal_name(self, k: int, i: int) -> bool:
        """Whether the phrase preposition at ``k`` follows a person's name in the source
        from ``i`` and comes before a lower-case word that is no role, article or
        pronoun (``Ана Ристеска на прес-конференција``): the preposition opens an adjunct
        of place or occasion.  A name with a noun of a body, an office or an outlet
        (``Министерството за внатрешни работи``, ``Secretary of State``) goes on."""
        following = k + 2 if self.word(k + 1) in self.lex.determiners else k + 1
        if not (
            self.lower_word(following)
            and self.word(following) not in self.table.np_words
            and not self.elided_name(following)  # "Agència Catalana de l'Aigua"
        ):
            return False
        start = self.capitalised_start(i, k)
        return start < k and not any(
            self.word(m) in self.table.office_words for m in range(start, k)
        )

    def bare_noun_adjective(self, k: int, i: int, hi: int) -> bool:
        """Whether the lower-case word at ``k`` is an adjective after the role noun that
        opens the source at ``i`` with no article, where adjectives follow their noun
        (:attr:`Lexicon.body_names_after_nouns`: Spanish ``informaron fuentes
        municipales``, ``aseguran testigos presenciales``, Italian ``riferiscono fonti
        diplomatiche``): a word that is no function word, verb, time or adverb, up to
        the clause's end or a preposition."""
        return (
            self.lex.body_names_after_nouns
            and k > i
            and self.word(i) in self.table.np_words
            and (i == 0 or self.word(i - 1) not in self.lex.determiners)
            and all(self.plain_lower_word(m) for m in range(i + 1, k + 1))
            and (
                k + 1 >= hi
                or self.t[k + 1].kind == "p"
                or self.word(k + 1) in self.lex.prepositions
                or self.plain_lower_word(k + 1)
            )
        )

    def plain_lower_word(self, m: int) -> bool:
        """Whether the token at ``m`` is a lower-case content word: no function word,
        verb, time word or adverb of the lexicon."""
        w = self.word(m)
        return (
            self.lower_word(m)
            and w not in self.lex.stopwords
            and w not in self.lex.prepositions
            and w not in self.lex.determiners
            and w not in self.table.verbs
            and w not in self.lex.time_words
            and not self.is_adverb(m)
        )

    def role_of_role(self, k: int, i: int, hi: int) -> bool:
        """Whether the preposition at ``k`` joins a person's role noun to the role of
        another that it serves (French ``l'adjoint au maire``), in the noun phrase from
        ``i``: a role noun on either side, the second perhaps after an article, and
        neither a thing's (``the governor in a statement``, ``a study by researchers``)."""
        following = k + 2 if self.word(k + 1) in self.lex.determiners else k + 1
        return (
            k > i
            and following < hi
            and self.lower_word(following)
            and self.is_person_role(k - 1)
            and self.is_person_role(following)
            and self.word(following) not in self.lex.press_nouns  # "le ministre aux journalistes"
        )

    def in_titled_body(self, k: int, i: int, hi: int) -> bool:
        """Whether the preposition at ``k`` goes on with a body's name in title case, in
        the noun phrase from ``i``: a minor word of titles (:attr:`Lexicon.title_minor_words`)
        after a capitalised body's noun and before a capitalised word (``the Committee on
        Veterans Affairs``, ``the Council on Harbour Affairs``)."""
        return (
            k > i
            and k + 1 < hi
            and self.word(k) in self.lex.title_minor_words
            and self.t[k - 1].is_capitalised
            and self.word(k - 1) in self.lex.thing_nouns
            and self.t[k + 1].is_capitalised
            and self.word(k + 1) not in self.lex.time_words  # "the Committee on Monday"
        )

    def is_person_role(self, m: int) -> bool:
        """Whether the word at ``m`` is a role noun (:meth:`is_role`) that is none of
        the lexicon's thing nouns (English ``statement``, ``study``)."""
        return self.is_role(m) and self.unelided(m) not in self.lex.thing_nouns

    def governs_last_noun(self, k: int, hi: int) -> bool:
        """Whether the complementizer at ``k`` is a phrase preposition whose object is
        the phrase's last word (Italian ``ha detto il segretario di stato martedì``), not
        the opening of an infinitive content (``ha chiesto il ministro di ridurre le
        tasse``): a word that is no verb, with nothing but adjuncts after it."""
        return (
            self.word(k) in self.lex.phrase_prepositions
            and k + 1 < hi
            and self.t[k + 1].kind == "w"
            and self.word(k + 1) not in self.table.verbs
            and self.word(k + 1) not in self.lex.auxiliaries
            and self.ends_attribution(k + 2, hi)
        )

    def phrase_complement(self, k: int, i: int) -> bool:
        """Whether the word at ``k`` is the object of a phrase preposition inside the
        noun phrase from ``i`` (``the former secretary of state``): a noun, no verb."""
        return (
            k > i + 1
            and self.word(k - 1) in self.lex.phrase_prepositions
            and self.t[k - 2].kind == "w"
            and not self.t[k].is_capitalised
        )

    def after_dative_name(self, i: int, hi: int) -> int:
        """The token after a first name at ``i`` that can only be a dative (``Петрові``,
        :attr:`Lexicon.first_name_cases`) and the capitalised words after it, where a
        lower-case word follows them, the subject (``сказав Петрові журналіст``); else
        ``i``."""
        if not self.lex.first_name_cases or i >= hi or not self.t[i].is_capitalised:
            return i
        found = first_name_case(self.t[i].text, self.lex, oblique=False)
        if found is None or found[2] != _DATIVE_CASE:
            return i
        m = i + 1
        while m < hi and m - i <= NAME_WORDS and self.t[m].is_capitalised:
            m += 1
        if m < hi and self.lower_word(m) and self.word(m) not in self.lex.prepositions:
            return m
        return i

    def after_dative(self, i: int, hi: int) -> int:
        """The token after a dative preposition at ``i`` and the noun phrase it governs
        (:attr:`Lexicon.dative_prepositions`), where an article or a name opens another
        noun phrase there (``dijo a la Policía el empresario``, ``ha detto all'ANSA il
        ministro``, ``disse à PF o empresário``); else ``i``."""
        article, rest = split_elision(self.t[i].text, self.table.elided)
        if article in self.lex.dative_prepositions and rest:
            m = i + 1  # "all'ANSA": the preposition and the noun in one token
        elif (
            self.word(i) in self.lex.dative_prepositions
            # Portuguese "a", an article too, is read below ("disse a ministra")
            and self.word(i) not in self.lex.determiners
        ):
            m = i + 1
            if self.word(m) in self.lex.determiners:
                m += 1  # "a la Policía"
        else:
            return i
        start = m
        while m < hi and m - start < MAX_SOURCE and self.t[m].kind == "w":
            w = self.word(m)
            if w in self.lex.phrase_prepositions:
                m += 1  # "a la Policía de Madrid", "ao ministro da Saúde"
                continue
            if m > start and (
                w in self.lex.determiners
                or self.opens_role(m)
                or split_elision(self.t[m].text, self.table.elided)[0]  # "l'imprenditore"
            ):
                return m  # "a la Policía el empresario": the source's article
            if w in self.lex.prepositions or w in self.lex.complementizers:
                break
            m += 1
        return i

    def after_named_addressee(self, i: int, hi: int) -> int:
        """The token after a preposition that is an article too and the personal name
        after it (Portuguese ``disse a Lula``: whom the words were said to), or ``i``."""
        if self.opens_role(i) or not (i + 1 < hi and self.t[i + 1].is_capitalised):
            return i
        return self.capitalised_end(i + 1, hi)

    def opens_role(self, i: int) -> bool:
        """Whether the word at ``i`` is an article before a role noun (after one modifier,
        ``la nueva ministra``) or a name, even where it is also a clitic or a preposition
        (Spanish ``la ministra``, Portuguese ``a ministra``, ``a Agência``, ``a PF``).  An
        article that is a preposition too opens no bare personal name: Portuguese ``disse
        a Lula`` says whom to."""
        if self.word(i) not in self.lex.determiners:
            return False
        following = self.word(i + 1)
        if following in self.lex.role_nouns or following in self.lex.epithets:
            return True  # "la ministra", "la funcionaria"
        if (
            # "la nueva ministra", "a nova ministra": an article that is a clitic or a
            # preposition too, then a modifier
            (self.word(i) in self.lex.auxiliaries or self.word(i) in self.lex.prepositions)
            and self.lower_word(i + 1)
            and self.word(i + 2) in self.lex.role_nouns
            and following not in self.table.np_words
            and following not in self.lex.prepositions
            and not self.is_finite_word(following)
        ):
            return True
        if not (i + 1 < len(self.t) and self.t[i + 1].kind == "w" and self.t[i + 1].is_capitalised):
            return False
        return (
            self.word(i) not in self.lex.prepositions
            or following in self.lex.thing_nouns
            or following in self.lex.media_words
            or is_acronym(self.t[i + 1].text)
        )

    def outlet_subject(self, source: tuple[int, int], hi: int, cue: str) -> bool:
        """Whether an outlet after the inverted cue ``cue`` (its first word) is its
        subject, not whom the words were told; nothing but adjuncts follow it.  Where
        object cases have determiners of their own (German ``dem``), a determiner of
        another case opens it (``C, berichtet die Süddeutsche Zeitung.``; but ``C, sagte
        der Zeitung ein Sprecher``: the paper told, the words after it the subject);
        where an addressee takes a preposition unless the cue takes an object (no
        :attr:`Lexicon.audience_nouns` in a bare case), any cue but such a one
        (``“Q,” said the agency.``, ``“Q,” said Reuters.``; but ``told the BBC``)."""
        if not self.ends_attribution(source[1], hi):
            return False
        if self.lex.object_determiners:
            first = self.word(source[0])
            return first in self.lex.determiners and first not in self.lex.object_determiners
        return (
            bool(self.lex.object_cue_verbs)
            and not self.lex.audience_nouns
            and cue not in self.lex.object_cue_verbs
        )

    def addressed_outlet(self, k: int, hi: int) -> bool:
        """Whether token ``k`` is a known outlet's one-word name (``ELTA``, ``ТАСС``,
        ``ČTK``: :func:`~newsstruct.lang.is_outlet_name`) before more words of a noun
        phrase, where a language puts whom the words were said to in a bare case
        (:attr:`Lexicon.audience_nouns`): the outlet is told, the words after it are the
        subject (``sakė ELTAI ministras``, ``řekl ČTK ministr``, ``ELTAI ministras
        sakė``).  An outlet alone may speak (``сообщил ТАСС``); an acronym the lexicon
        does not know as a medium is a body's (``sakė NATO vadovas``), its modifier."""
        return (
            bool(self.lex.audience_nouns)
            and k + 1 < hi
            and self.t[k].kind == "w"
            and self.t[k].is_capitalised
            and self.t[k + 1].kind == "w"
            and self.is_outlet((k, k + 1))
        )

    def outlet_at(self, k: int, hi: int) -> bool:
        """Whether the capitalised words from ``k`` name an outlet."""
        end = k
        while end < hi and end - k < NAME_WORDS + 2 and self.t[end].is_capitalised:
            end += 1
        return end > k and self.is_outlet((k, end))

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

    def outlet_words(self, start: int, end: int) -> bool:
        """Whether the tokens ``start``..``end`` name an outlet: its words, or a name in
        marks alone (``der „Zeit“``)."""
        return self.is_outlet((start, end)) or (end == start + 1 and self._marked_name(start, end))

    def without_told_outlet(self, source: tuple[int, int]) -> tuple[int, int]:
        """A source after an inverted cue without the outlet told, in the dative, where
        object cases have determiners of their own (German): before the subject (``C,
        sagte der Zeitung ein Sprecher``) or after a name (``C, sagte Jo Kurz der „Zeit“``;
        after a role noun the outlet may be its genitive: ``der Sprecher der Zeitung``)."""
        first, end = source
        if self.word(first) in self.lex.determiners:
            for n in range(first + 2, end):
                if (
                    self.word(n) in self.lex.determiners
                    and self.word(n) not in self.lex.object_determiners
                    and self.outlet_words(first + 1, n)
                ):
                    return (n, end)  # "der Zeitung ein Sprecher"
        for m in range(first + 1, end - 1):
            if (
                self.word(m) in self.lex.determiners
                and self.t[m - 1].is_capitalised
                and self.word(m - 1) not in self.lex.determiners
                and not self.is_role(m - 1)
                and self.outlet_words(m + 1, end)
            ):
                return (first, m)  # "Jo Kurz der „Zeit“"
        return source

    def without_channel(self, source: tuple[int, int]) -> tuple[int, int] | None:
        """A source read after a cue, without the adjunct phrase (``отметил в беседе с
        корреспондентом X глава ведомства Y``) or the outlet (``сказал в интервью ТВ-2
        директор порта X``) that opens it: the speaker is the role noun or the name after
        them, and the outlet is the channel."""
        first, end = source
        if (
            self.word(first) in self.lex.prepositions
            and not self.opens_surname(first, end)
            # Portuguese "afirmou a ministra da Saúde": the article of the role, no channel
            and not self.opens_role(first)
            and not self.article_before_singular(first)  # "informou a autoridade"
        ):
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
        if self.lex.object_determiners:
            source = self.without_told_outlet(source)
            first, end = source
        if end - first < 2 or not self.is_outlet(source):
            return source
        if not self.is_outlet((first, first + 1)) or is_name_quotation(self.t, first + 1, self.lex):
            return source  # "газета «Известия»": the outlet's noun and its name
        rest = (first + 1, end)
        if self.is_noun_phrase(rest) and not self.is_outlet(rest):
            return rest
        return source

    def medium_partner(self, source: tuple[int, int], lo: int) -> bool:
        """Whether a source before a cue is the partner of the medium phrase that opens
        the clause (``В интервью РБК``, ``В беседе с РБК``, Arabic ``وفي مقابلة مع
        الإذاعة``, in an interview with the radio): a preposition at the clause's start
        (after conjunctions only), a medium noun, an optional preposition, the source."""
        m = source[0] - 1
        if m > lo and self.word(m) in self.lex.media_words:
            m -= 1  # "مع قناة الجزيرة", with the channel Al Jazeera: the outlet's noun
        if m > lo and self.word(m) in self.lex.prepositions:
            m -= 1  # "в беседе с": the partner's preposition
        if m <= lo or self.word(m) not in self.lex.medium_nouns:
            return False
        opening = m - 1
        return self.word(opening) in self.lex.prepositions and all(
            self.word(n) in self.lex.conjunctions for n in range(lo, opening)
        )

    def after_partner(self, source: tuple[int, int]) -> tuple[int, int]:
        """The subject after the outlet that opens ``source``, the partner of a medium
        phrase (:meth:`medium_partner`: ``В интервью РБК министр``, ``W rozmowie z RMF
        FM minister``): the noun phrase after the outlet's words, else ``source``."""
        first, end = source
        for m in range(end - 1, first, -1):  # the longest outlet ("RMF FM")
            if self.is_outlet((first, m)):
                rest = (m, end)
                return rest if self.is_noun_phrase(rest) and not self.is_outlet(rest) else source
        return source

    def after_medium_noun(self, source: tuple[int, int]) -> tuple[int, int]:
        """Where bare nouns are subjects, the subject after a medium noun that opens
        ``source``, the end of a fronted medium phrase (``В своем Telegram-канале
        губернатор сообщил``): the noun phrase after it, else ``source`` (``letters between
        the two captains showed``: the letters)."""
        first, end = source
        if (
            not self.lex.bare_noun_subjects
            or end - first < 2
            or self.word(first) not in self.lex.medium_nouns
        ):
            return source
        rest = (first + 1, end)
        return rest if self.is_noun_phrase(rest) else source

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
        if self.agent_participle(k, hi):
            # "said a draft seen by Reuters": the agent of the participle, then the end
            agent = self.source_after(k + 2, hi) if k + 2 < hi else None
            return agent is not None and self.ends_attribution(agent[1], hi)
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
        audience = k < hi and self.word(k) in self.lex.audience_nouns
        if audience:  # "powiedział Piotr Nowak dziennikarzom", "… изданию РБК"
            m += 1
            while m < hi and (
                self.t[m].kind == "q" or (self.t[m].kind == "w" and self.t[m].is_capitalised)
            ):
                m += 1  # the outlet's name, or its title in marks
        while (
            not audience
            and self.lex.verbal_cues
            and m < hi
            and m - k < _ADDRESSEE_WORDS
            and self.t[m].kind == "w"
            and not self.t[m].is_capitalised
            and self.word(m) not in self.table.verbs
        ):
            m += 1
        addressed = k < m and (m >= hi or self.only_adjuncts(m, hi))
        return (
            self.lower_outlet_told(k, hi)
            or k >= hi
            or self.only_adjuncts(k, hi)
            # "disclosed this in a statement made available to our correspondent"
            or self.adjuncts_to_relative(k, hi)
            or self.is_punct(k, brackets)
            or named
            or addressed
            or self.opens_relative(k)  # "said a former aide who asked not to be named"
            # "said Jo Roe when she was asked" (but "said the days when C": a noun's clause)
            or (self.word(k) in self.lex.subordinators and self.t[k - 1].is_capitalised)
            or self.manner_words_end(k, hi)
        )

    def manner_words_end(self, k: int, hi: int) -> bool:
        """Whether, where nouns are capitalised, a few lower-case words of manner close the
        attribution after a source that ends in a capitalised noun or name at ``k``
        (``sagte die Ministerin sichtlich bewegt.``, ``schrie der Wirt wütend, „Q“``):
        no article, preposition, conjunction, clause word or verb among them."""
        if not (self.lex.capitalised_nouns and 0 < k < hi and self.t[k - 1].is_capitalised):
            return False
        m = k
        while m < hi and m - k < _MANNER_WORDS and self.lower_word(m):
            w = self.word(m)
            if self.is_structure_word(w) or w in self.lex.lower_case_outlets:
                return False  # "berichtete die Nachrichtenagentur dpa": the outlet's name
            m += 1
        # the sentence ends, or the quotation goes on after a comma ("but "glaubt die
        # Partei weise, mäßig … zu sein": a list of predicates, "äußerte sich X bejahend,
        # wenn C": a clause of the manner word)
        return m > k and (
            m >= hi
            or self.t[m].kind == "q"
            or self.is_punct(m, ".;!?")
            or (self.is_punct(m, ",") and m + 1 < hi and self.t[m + 1].kind == "q")
        )

    def inverted_subject(self, source: tuple[int, int], start: int, hi: int) -> bool:
        """In a verb-second language, whether the words after a cue are the subject of
        ``C, sagte er``: they follow the cue directly and end the attribution with the
        unit or a comma; ``C, erklärte aber die Wahl für ungültig`` goes on, with an
        object."""
        if any(self.word(m) in self.lex.conjunctions for m in range(start, source[0])):
            return False
        end = source[1]
        return (
            end >= hi
            or self.is_punct(end, ",.;:!?—–")
            or self.only_adjuncts(end, hi)
            or self.second_predicate_at(end)
            or self.lower_outlet_told(end, hi)
            or self.manner_words_end(end, hi)  # "C, sagte die Ministerin leise"
        )

    def told_lower_outlet(self, role: int, k: int, hi: int) -> bool:
        """Whether the lower-case outlet at ``k`` (:attr:`~Lexicon.lower_case_outlets`),
        after the role noun at ``role`` and an article, closes the attribution as whom
        the role's holder told (``sagte der Bürgermeister der dpa``), the role no
        newsroom's (:attr:`~Lexicon.press_roles`: ``ein Redakteur der taz``)."""
        return (
            k < hi
            and self.word(k) in self.lex.lower_case_outlets
            and not self.word(role).endswith(self.lex.press_roles)
            and self.only_adjuncts(k + 1, hi)
        )

    def lower_outlet_told(self, k: int, hi: int) -> bool:
        """In a verb-second language, whether an article and an outlet's one-word name
        in lower case at ``k`` close the attribution (``sagte Jo Roe der dpa.``): the
        outlet told, after its source."""
        return (
            self.lex.verb_second
            and k + 1 < hi
            and self.word(k) in self.lex.determiners
            and self.is_outlet((k + 1, k + 2))
            and self.only_adjuncts(k + 2, hi)
        )

    def second_predicate_at(self, m: int) -> bool:
        """Whether a conjunction of clauses at ``m`` opens a second predicate of the
        subject before it, in a language that capitalises its nouns: a lower-case finite
        verb right after it (``C, sagt Jo Roe und verbeugt sich``), no adverb or
        function word (``und nicht``, ``und erst``)."""
        if not self.lex.capitalised_nouns or self.word(m) not in self.lex.clause_conjunctions:
            return False
        verb = self.word(m + 1)
        return (
            self.lower_word(m + 1)
            and (self.is_finite_word(verb) or verb.endswith(self.lex.finite_verb_endings))
            and verb not in self.lex.stopwords
            and verb not in self.lex.auxiliaries
            and verb not in self.lex.prepositions
            and verb not in self.lex.time_words
        )

    def skip_addressee(self, k: int, hi: int) -> int:
        """The token after the addressee at ``k`` (``виданню «Вісник»``, ``журналістам``):
        an audience noun and the name in marks after it; ``k`` where there is none."""
        if k < hi and self.word(k) in self.lex.audience_nouns and k + 1 < hi:
            k += 1
            if self.t[k].kind == "q" and k + 1 < hi:
                k += 1
        return k

    def verb_before_article(self, m: int) -> bool:
        """Whether the word at ``m`` is a lower-case past form (``made``, ``issued``)
        or a present one after a noun (``The move sends a strong signal``) right before
        an article or a possessive: the verb of a clause whose object opens there."""
        w = self.word(m)
        return (
            self.lower_word(m)
            and (
                w in self.lex.finite_verbs
                or w.endswith(self.lex.past_suffixes)
                or self.present_after_noun(m)
            )
            and self.word(m + 1) in self.table.articles
        )

    def opens_content(self, i: int) -> bool:
        """Whether the word at ``i``, right after a cue, is a lower-case complementizer
        (``изјави дека C``) that opens the content rather than a source: no determiner,
        no capitalised particle of a name (``ha detto Di Sante``)."""
        word = self.word(i)
        if word not in self.lex.complementizers or not self.lower_word(i):
            return False
        # "argued that imports grew": a determiner's word opens a clause where a
        # subject pronoun or a lower-case word and a finite verb follow it (not
        # "said that official.")
        return word not in self.lex.determiners or (
            self.is_subject_pronoun(i + 1)
            or (
                self.lower_word(i + 1)
                and self.lower_word(i + 2)
                and self.is_finite_word(self.word(i + 2))
            )
        )

    def name_quotation_ends(self, k: int, hi: int) -> bool:
        """Whether the quotation at ``k`` is a name after its noun that ends the
        attribution (``пишет газета «Известия».``)."""
        return is_name_quotation(self.t, k, self.lex) and (k + 1 == hi or self.t[k + 1].kind == "p")

    def uncased_subject(self, k: int, hi: int) -> bool:
        """Whether the word at ``k`` is in a run of at most :data:`BARE_NOUN_WORDS` words
        that may be a name's (:meth:`uncased_name_word`) and that a complementizer or a
        role noun closes: the subject between a verb and its content (Arabic ``قال أحمد
        حسن إن C``, said Ahmad Hassan that C), a name that no capital marks, or the words
        before the noun they modify (Hindi ``स्वास्थ्य मंत्री``, the health minister); or
        that a source's postposition closes (Japanese ``国土交通省によると``); a phrase
        of where or an outlet told between the run and the complementizer
        (:meth:`words_to_complementizer`) close it too.  A preposition, a word of time or
        a function word that opens the run makes it no name (``قال في بيان إن``)."""
        for m in range(k, min(hi, k + BARE_NOUN_WORDS + 1)):
            w = self.word(m)
            if self.t[m].kind == "w" and w in self.lex.complementizers:
                return m > k and not self.told_outlet(k, m)
            if self.t[m].kind == "w" and self.before_content(m):
                return m > k  # "قال أحمد حسن للصحفيين إن C": whom he told, or how
            if m > k and self.introduces_content(self.words_to_complementizer(m, hi)):
                return True  # "قال أحمد حسن في القاهرة لرويترز إن C": where, whom
            if self.introduces_content(m):
                return m > k  # "قال أحمد حسن: «Q»": the colon before the quotation
            if self.t[m].kind == "w" and self.closes_by_postposition(m):
                return m > k
            if self.t[m].kind == "w" and w in self.table.np_words:
                return m > k
            if (
                m > k
                and self.t[m].kind == "w"
                and w in self.lex.prepositions
                and self.only_adjuncts(m, hi)
            ):
                return True  # '"Q", אמר לוי בראיון.': where or how, to the sentence's end
            if not self.uncased_name_word(m):
                return False
        # "国土交通省によると": the run ends where the postposition stands
        return hi - k <= BARE_NOUN_WORDS and hi < len(self.t) and self.closes_by_postposition(hi)

    def introduces_content(self, m: int) -> bool:
        """Whether the token at ``m`` introduces a cue's content after its subject: a
        complementizer (``قال الوزير إن C``) or a colon before a quotation (``قال
        الوزير: «Q»``)."""
        if self.t[m].kind == "w":
            return self.word(m) in self.lex.complementizers
        return self.is_punct(m, ":") and m + 1 < len(self.t) and self.t[m + 1].kind == "q"

    def closes_by_postposition(self, m: int) -> bool:
        """Whether a source's postposition of "according to" stands at ``m``, or its
        particle split from the source's word before it (Korean ``에`` of ``연합뉴스에
        따르면``: :func:`~newsstruct.quotes.tokens.split_postposition_particles`)."""
        w = self.word(m)
        return w in self.lex.source_postpositions or (
            w in self.lex.postposition_particles
            and self.word(m + 1) in self.lex.source_postpositions
        )

    def before_content(self, m: int) -> bool:
        """Whether the word at ``m`` is an addressee among :attr:`Lexicon.audience_nouns`
        (``للصحفيين``, to the journalists), a manner adverb (``بوضوح``, clearly) or a word
        of time (``يوم الثلاثاء``, on Tuesday), which stand between a cue's subject and
        its content."""
        w = self.word(m)
        return (
            w in self.lex.audience_nouns or w in self.lex.manner_adverbs or w in self.lex.time_words
        )

    def with_role_body(self, source: tuple[int, int], hi: int) -> tuple[int, int]:
        """The source with the body its last word, a role noun, serves in: a preposition
        of place and a noun of a body (:attr:`~newsstruct.lang.Lexicon.body_nouns`),
        which describe an unnamed speaker (Arabic ``مصدر في الوزارة``, a source in the
        ministry); else the source."""
        end = source[1]
        if (
            end + 1 < hi
            and self.word(end - 1) in self.lex.role_nouns
            and self.word(end) in self.lex.place_prepositions
            and self.word(end + 1) in self.lex.body_nouns
        ):
            return source[0], end + 2
        return source

    def relayed_source(
        self, i: int, k: int, subject: tuple[int, int] | None, hi: int
    ) -> tuple[int, int] | None:
        """After a quoting verb at ``i`` put before its subject (the channel, from ``k``),
        the source that one of :attr:`~newsstruct.lang.Lexicon.quoting_prepositions`
        opens after the subject's few words (Arabic ``ونقلت الوكالة عن الوزير قوله إن C``:
        the minister), without the words relayed after it (``قوله``, his saying); else
        ``subject``."""
        if self.word(i) not in self.lex.quoting_verbs:
            return subject
        at = next(
            (
                m
                for m in range(k + 1, min(hi - 1, k + BARE_NOUN_WORDS + 1))
                if self.t[m].kind != "w" or self.word(m) in self.lex.quoting_prepositions
            ),
            None,
        )
        if at is None or self.t[at].kind != "w":
            return subject
        source = self.source_after(at + 1, hi)
        if source is None or source[0] != at + 1:
            return subject
        last = source[1]
        while last - 1 > source[0] and self.word(last - 1) in self.lex.words_nouns:
            last -= 1  # "قوله": his saying, no part of the source
        return source[0], last

    def words_to_complementizer(self, m: int, hi: int) -> int:
        """Where the words from ``m`` that stand between a subject after its cue and the
        complementizer end: whom it was told to (:meth:`before_content`, an outlet
        :meth:`told_outlet`: ``قال مصدر لرويترز إن C``) and short phrases of where or
        when (``قال الوزير في مؤتمر صحفي إن C``, ``في بيان يوم الثلاثاء إن C``) that the
        complementizer closes; ``m`` where none stands."""
        while m < hi:
            if self.before_content(m):
                m += 1  # "قال الوزير للصحفيين إن C": whom he told, before the content
                continue
            if self.lex.quoting_prepositions and self.word(m) in self.lex.words_nouns:
                m += 1  # "نقلت الوكالة عن الوزير قوله إن C": his saying, the words relayed
                continue
            if self.word(m) in self.lex.content_prepositions and self.word(m + 1) in (
                self.lex.complementizers
            ):
                m += 1  # "وأشار الوزير إلى أن C", pointed to that C: the cue's preposition
                continue
            told = self.told_outlet_end(m, hi)
            if told is not None:
                m = told
                continue
            if self.word(m) in self.lex.prepositions:
                # the phrase's words up to the complementizer, no mark between, or up to
                # a word of time or another phrase before it ("في بيان يوم الثلاثاء إن")
                closing = next(
                    (
                        e
                        for e in range(m + 1, min(hi, m + _ADDRESSEE_WORDS + 3))
                        if self.t[e].kind != "w"
                        or self.word(e) in self.lex.complementizers
                        or self.word(e) in self.lex.prepositions
                        or self.before_content(e)
                    ),
                    m,
                )
                if closing > m + 1 and (
                    self.t[closing].kind == "w" or self.introduces_content(closing)
                ):
                    m = closing
                    continue
            # "قال الوزير، الثلاثاء، إن C": a day set off by commas
            day = m + 1
            while day < hi and self.before_content(day):
                day += 1
            if self.is_punct(m, ",") and day > m + 1 and self.is_punct(day, ","):
                m = day + 1
                continue
            if self.is_punct(m, ","):
                # "قال محمد علي، وهو صاحب متجر، إن C", "…، صاحب متجر: «Q»": the subject's
                # apposition set off by commas, the content after it
                return self.after_apposition(m, hi)
            break
        return m

    def after_apposition(self, comma: int, hi: int) -> int:
        """After a comma that follows a subject, where its content opens past a few
        words set off by a second comma or closed by a colon before a quotation
        (:meth:`introduces_content`): the complementizer after the second comma, or the
        colon; ``comma`` where none does."""
        for m in range(comma + 1, min(hi, comma + _APPOSITION_WORDS + 2)):
            if self.t[m].kind != "w":
                if self.introduces_content(m):
                    return m if m > comma + 1 else comma
                if self.is_punct(m, ",") and m > comma + 1 and m + 1 < hi:
                    return m + 1 if self.introduces_content(m + 1) else comma
                return comma
            w = self.word(m)
            if w in self.lex.complementizers:
                return m if m == comma + 1 else comma  # "قال الوزير، محمد علي، إن C"
            if w in self.lex.relative_pronouns or w in self.table.verbs:
                return comma  # "X, который … говорил: «Q»": a clause of its own, no apposition
        return comma

    def told_outlet_end(self, k: int, hi: int) -> int | None:
        """Where an outlet's name that starts at ``k`` with a preposition written onto it
        ends (:meth:`told_outlet`: ``لرويترز``, ``لوكالة فرانس برس``), its longest
        reading; ``None`` where none starts."""
        if not self.t[k].text.startswith(self.lex.addressee_prefixes):
            return None  # no preposition written onto the word (none where the tuple is empty)
        last = k + 1  # the name's words: no complementizer, no function word
        while last < min(hi, k + _ADDRESSEE_WORDS + 1) and self.uncased_name_word(last):
            last += 1
        return max((e for e in range(k + 1, last + 1) if self.told_outlet(k, e)), default=None)

    def told_outlet(self, k: int, end: int) -> bool:
        """Whether the words from ``k`` to ``end`` are an outlet's name with a preposition
        of :attr:`~newsstruct.lang.Lexicon.addressee_prefixes` written onto its first word
        (Arabic ``لرويترز``, ``لبي بي سي``), or written onto its article as the lexicon's
        :attr:`~newsstruct.lang.Lexicon.written_prepositions` print it (``للجزيرة``, to
        Al Jazeera): whom the words were said to."""
        first = self.t[k].text
        rest = self.text_of((k + 1, end))
        names = [first[len(p) :] for p in self.lex.addressee_prefixes if first.startswith(p)]
        names += [
            article + first[len(written) :]
            for _, written, article in self.lex.written_prepositions
            if article and first.startswith(written)
        ]
        return any(is_outlet_name(f"{name} {rest}".strip(), self.lex) for name in names)

    def uncased_name_word(self, m: int) -> bool:
        """Whether the token at ``m`` is a word of a script without case where nouns go
        bare, and no function word, preposition, word of time or pronoun: it may be a
        name's (Arabic ``أحمد``, Korean ``김민수``)."""
        token = self.t[m]
        w = token.lower
        return (
            self.lex.bare_noun_subjects
            and token.kind == "w"
            and token.text[0].upper() == token.text[0].lower()
            and w not in self.lex.stopwords
            and w not in self.lex.prepositions
            and w not in self.lex.time_words
            and w not in self.lex.determiners
            and w not in self.lex.pronouns
            and w not in self.lex.audience_nouns
            and not w.endswith(self.lex.adnominal_endings)  # "운영하는": a relative clause's
        )

    def is_uncased_name(self, start: int, end: int) -> bool:
        """Whether the tokens may be a person's name in a script without case: words that
        may be a name's (:meth:`uncased_name_word`), no role and no conjunction, the
        first with none written onto it (Hebrew ``משה כהן`` of ``אמר ראש העיר, משה
        כהן``; not ``ואחר כך עזב``, and then left)."""
        return (
            end > start
            and not self.word(start).startswith(self.lex.conjunction_prefixes)
            and all(
                self.uncased_name_word(m)
                and not self.is_role(m)
                and self.word(m) not in self.lex.conjunctions
                for m in range(start, end)
            )
        )

    def ends_in_particle(self, m: int) -> bool:
        """Whether the word at ``m`` ends in a particle of the subject, after a stem
        (:attr:`Lexicon.subject_particles`)."""
        word = self.word(m)
        particle = subject_particle(word, self.lex)
        # "같은 날": an adnominal ending, no particle; "これは", "오늘은": a demonstrative's
        # or a word of time's, no subject
        return (
            self.t[m].kind == "w"
            and word not in self.lex.stopwords
            and not word.endswith(self.lex.adnominal_endings)  # "운영하는": a verb's ending
            and bool(particle)
            and word[: -len(particle)] not in self.lex.stopwords
            and word[: -len(particle)] not in self.lex.time_words
        )

    def unspaced_aside(self, j: int, lo: int) -> int | None:
        """Where a short bracket opens that closes at ``j`` and is written with no space
        onto a word before it that is not capitalised, in a language whose subjects may be
        bare nouns (:attr:`~newsstruct.lang.Lexicon.bare_noun_subjects`): no part of the
        subject; ``None`` elsewhere.  Chinese papers print an age, a pseudonym or a trade
        so after the name (``市民李梅（45岁）说``, ``李梅（化名）说``), and every script
        without case passes the capital test; in a cased one only a lower-case noun does
        (Czech ``mluvčí(ODS) řekl``)."""
        if not (self.lex.bare_noun_subjects and self.is_punct(j, CLOSING_BRACKETS)):
            return None
        opening = next(
            (m for m in range(j - 1, max(lo, j - _NAME_BRACKET), -1) if self.t[m].kind != "w"),
            None,
        )
        if (
            opening is None
            or not self.is_punct(opening, OPENING_BRACKETS)
            or opening == j - 1
            or self.t[opening - 1].kind != "w"
            or self.t[opening - 1].is_capitalised
            or self.t[opening].start != self.t[opening - 1].end
        ):
            return None
        return opening

    def aside_before_particle(self, first: int, stop: int) -> tuple[int, int] | None:
        """Where a short bracket opens that is written between a name and the subject's
        particle after it (:attr:`Lexicon.subject_particles`: Japanese ``木村一郎さん（45）は``,
        Korean ``김모(45)씨는``, ``김 씨(45)는``: an age or a party in brackets, as the
        papers print it): the subject ends there.  The bracket's first index and that of
        the word with the particle after it; ``None`` where no such bracket stands between
        ``first`` and ``stop``."""
        for m in range(first + 1, stop - 2):
            if not (self.is_punct(m, OPENING_BRACKETS) and self.t[m].start == self.t[m - 1].end):
                continue
            close = next(
                (
                    n
                    for n in range(m + 1, min(stop - 1, m + _NAME_BRACKET))
                    if self.is_punct(n, CLOSING_BRACKETS)
                ),
                None,
            )
            after = close + 1 if close is not None else stop
            if (
                after < stop
                and self.t[after].start == self.t[after - 1].end
                and all(self.t[n].kind != "q" for n in range(m + 1, after))
                and (self.word(after) in self.lex.subject_particles or self.ends_in_particle(after))
            ):
                return m, after
        return None

    def tail_source(self, k: int, hi: int) -> tuple[int, int] | None:
        """The speaker of ``“Q,” said this week in Kabul the UN envoy Jan Roe``: the words
        after the cue up to the end of the attribution, when they hold a name (or, where
        nouns go without articles, are few)."""
        if self.opens_content(k):
            return None  # "за МИА изјави дека C": the content, no speaker
        end = k
        while end < hi and end - k < _MAX_TAIL:
            token = self.t[end]
            if (token.kind == "q" and not self.name_quotation_ends(end, hi)) or (
                token.kind == "p" and token.text in _SOURCE_STOPS
            ):
                break
            if token.kind == "w" and (
                (
                    token.lower in self.lex.conjunctions
                    and not (end > k and self.joins_compounds(end))
                )
                # "said Jo Roe when asked about it", "said a source who …": a clause
                # about the source
                or (
                    end > k and (token.lower in self.lex.clause_openers or self.opens_relative(end))
                )
                # "пише агентство з посиланням на X": the source it cites
                or (end > k and self.opens_reference(end, hi))
                or (end > k and self.is_elided_dative(end))  # "ha detto X all'ANSA"
                # "opplyser Statens vegvesen i en melding": the medium, no part of it
                or (end > k and self.opens_medium(end, hi))
                # "said Jo Roe echoing experts": a participle after the name, an adjunct
                or (
                    end > k
                    and self.t[end - 1].is_capitalised
                    and token.lower not in self.lex.prepositions  # "during", a preposition
                    and self.opens_adjunct(end, hi)
                )
            ):
                break
            end += 1
        if end == k or end - k >= _MAX_TAIL:
            return None
        while self.addressed_outlet(k, end):
            k += 1  # "– sakė ELTAI susisiekimo ministras", "сообщил РИА Новости глава": told
        k = self.after_dative_name(k, end)  # "— сказав Петрові старший журналіст": whom to
        if self.lex.oblique_case_endings:
            # "– nyilatkozta az MTI-nek Szabó Éva": the addressee before the source
            lead = k + 1 if self.word(k) in self.lex.determiners else k
            if lead + 1 < end and self.is_oblique(lead) and self.t[lead + 1].is_capitalised:
                k = lead + 1
        while end > k and self.lex.oblique_case_endings and self.is_oblique(end - 1):
            # "– mondta a tömegnek", "– nyilatkozta az MTI-nek": the addressee, no source
            end -= 1
            while end > k and self.word(end - 1) in self.lex.determiners:
                end -= 1
        while end > k + 1 and self.lower_word(end - 1) and self.is_adverb(end - 1):
            end -= 1  # "said Roe briefly.": the adverb that closes it is the cue's
        if end == k:
            return None
        if not self.lex.bare_noun_subjects and self.word(k) in self.lex.prepositions:
            return None  # "said at a Lornport event": an adjunct
        if self.lex.bare_noun_subjects:
            # "– сказала затем.", "– powiedziała później w radiu.": an adverb of time or
            # manner, and a phrase of a preposition after it, is the cue's, no speaker
            lead = k
            while lead < end and self.lower_word(lead):
                if (
                    self.word(lead) in self.lex.time_words
                    or self.word(lead) in self.lex.manner_adverbs
                ):
                    lead += 1
                elif (phrase_end := self.time_phrase_end(lead, end)) > lead:
                    lead = phrase_end  # "řekl tento týden při …": a phrase of time
                elif (
                    self.word(lead) in self.lex.prepositions
                    and lead + 1 < end
                    and self.word(lead + 1) in self.lex.time_words
                ):
                    lead += 2  # "– powiedziała w piątek …": a day after its preposition
                else:
                    break
            if lead > k and (lead == end or self.word(lead) in self.lex.prepositions):
                return None
            if (
                lead > k
                and (subject := self.source_after(lead, end)) is not None
                and subject[1] < end
                and self.word(subject[1]) in self.lex.prepositions
                and self.ends_attribution(subject[1], hi)
            ):
                # "– řekl v pátek Jan Novák z radnice": after the day, the subject; the
                # phrase after it is an adjunct
                return subject
            k = lead  # Romanian "a declarat luni ministrul": the day is the cue's
            if self.word(k) in self.lex.prepositions and self.governed_name(k, end):
                return None  # "řekl po jednání s ministrem Janem Novákem": an adjunct
            while self.addressed_outlet(k, end):
                k += 1  # "řekl dnes ČTK starosta": the addressee after the day
        elif (phrase_end := self.time_phrase_end(k, end)) > k:
            # Greek "δήλωσε το Σάββατο ο υπουργός": the day after its article is the
            # cue's, the capital a weekday's, no name ("δήλωσε την Κυριακή.": no speaker)
            if phrase_end == end:
                return None
            k = phrase_end
        words = [t for t in self.t[k:end] if t.kind == "w"]
        if any(t.is_capitalised for t in words) or (
            self.lex.bare_noun_subjects and len(words) <= BARE_NOUN_WORDS
        ):
            return (k, end)
        return None

    def is_role_form(self, m: int) -> bool:
        """Whether the lower-case word at ``m`` is a role noun, or one in another case
        (``rządu`` of ``rząd``, ``posłów``) where nouns go bare of articles."""
        w = self.unelided(m)  # "l'opposizione": the noun written onto its article
        return not self.t[m].is_capitalised and (
            w in self.lex.role_nouns
            or (
                self.lex.bare_noun_subjects
                and any(
                    shared_prefix(w, noun) >= max(ROLE_STEM, len(noun) - ROLE_ENDING)
                    for noun in self.table.role_stems.get(w[:ROLE_STEM], ())
                )
            )
        )

    def governed_name(self, k: int, end: int) -> bool:
        """Whether the capitalised words that end the words from ``k`` to ``end`` are a
        preposition's object, right after it or after a role noun after it (``v Lornportu
        Dolním``, ``s ministrem Janem Novákem``): a case no subject has."""
        start = self.capitalised_start(k, end)
        if start in (end, k):
            return False
        if self.word(start - 1) in self.lex.prepositions:
            return True
        return (
            start - 1 > k
            and self.is_role_form(start - 1)
            and self.word(start - 2) in self.lex.prepositions
        )

    def final_name(self, k: int, hi: int) -> tuple[int, int] | None:
        """The full name that ends the sentence after an inverted cue at ``k``, past a
        long adjunct, where nouns go bare (``„Q,“ řekl včera v Lornportu při zahájení
        nové sezony v divadle ministr Jan Novák.``): two to four capitalised words before
        the sentence's stop, a role noun among the few words before them, a known first
        name opening them or a preposition's place right before them, and no cue verb,
        clause word or quotation between the cue and them; else ``None``."""
        end = hi
        while end > k and self.is_punct(end - 1, SENTENCE_STOPS):
            end -= 1
        if end < hi and not self.is_punct(end, ".!"):
            return None
        start = self.capitalised_start(k, end)
        placed = start > k and self.word(start - 1) in self.lex.prepositions
        if placed:
            start += 1  # "… v Lornportu Jan Novák": the preposition's one-word place, the name
        if (
            not NAME_WORDS <= end - start <= _FINAL_NAME_WORDS
            or start - k > _FINAL_NAME_REACH
            or not self.is_name(start, end)
        ):
            return None
        if not (
            placed
            or self.word(start) in self.lex.first_names
            or any(self.is_role(m) for m in range(max(k, start - _FINAL_ROLE_REACH), start))
        ):
            return None  # "… se zástupci firmy Valmont TV": a company, no person
        for m in range(k, start):
            token = self.t[m]
            w = token.lower
            if (
                token.kind == "q"
                or (token.kind == "p" and token.text in SENTENCE_STOPS)
                or w in self.table.verbs
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                or self.opens_relative(m)
            ):
                return None
        return (start, end)

    def subject_of(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The subject of the main clause before ``hi`` (for ``…, saying that C``).

        The clause is the last comma-separated piece that opens with a noun phrase and
        goes on past it: in ``Earlier in the day, Roe attacked Poe, saying``,
        ``Roe``.  A piece that opens with a verb follows its subject and an
        apposition: ``Jo Roe, a former aide, attacked Poe, saying``.
        """
        # (a quotation whose comma stands inside its marks ends a piece too: "The plan
        # is “dead,” Roe said, adding C")
        starts = [lo] + [k + 1 for k in range(lo, hi) if self.is_punct(k, ",;") or self.t[k].comma]
        ends = [start - 1 for start in starts[1:]] + [hi]
        # "Roe spoke, after critics attacked it, saying C": the subject of a clause
        # after the main one speaks only where the main clause has none
        pending: tuple[int, int] | None = None
        for start, end in reversed(list(zip(starts, ends, strict=True))):
            verb = start
            while verb < hi - 1 and self.t[verb].kind == "w" and self.is_adverb(verb):
                verb += 1  # "Roe, in an interview, barely dwelled on it, saying"
            if (
                start > lo
                and self.opens_predicate(verb)
                and (self.is_punct(start - 1, ",") or self.t[start - 1].comma)
            ):
                described = self.source_before_apposition(start - 1, lo)
                if described is not None:
                    return described
                if (
                    start == verb
                    and self.word(verb) in self.table.verbs
                    and (inverted := self.source_after(verb + 1, end)) is not None
                    and inverted[1] == end
                ):
                    return inverted  # "C, said Jo Roe, adding D": the source after its cue
            opening = start
            while start < hi and (
                self.t[start].kind in ("p", "q")
                or self.word(start) in self.lex.conjunctions
                or self.word(start) in self.lex.sentence_adverbs  # "And then Roe went on"
            ):
                start += 1  # "On “This Week,” Roe admitted": the closing mark too
            if self.opens_adjunct(start, hi):
                continue  # "Speaking Sunday on TV, Roe said": a participle's phrase
            lead = self.time_adjunct_end(start, end)
            after_time = start < lead < end and self.lower_word(lead)
            if after_time:
                start = lead  # "Last year the firm cut jobs, citing C": the subject after it
            if self.lex.bare_noun_subjects and (
                found := self.subject_after_place(start, end, after_time=after_time)
            ):
                return found
            if self.relative_object(start) and (
                self.t[start + 1].is_capitalised or self.word(start + 1) in self.lex.determiners
            ):
                # "the loss, which Jo Roe called “a disgrace,” blaming C": the subject of
                # the speech the relative clause tells goes on speaking
                inner = self.subject_before_verb(start + 1, end)
                if inner is not None and (
                    self.word(inner[1]) in self.table.verbs
                    or self.word(inner[1]) in self.table.naming
                ):
                    return inner
            if self.word(start) in self.lex.clause_openers:
                inner = self.clause_subject(start + 1, hi)
                if inner is not None and pending is None:
                    if end - 1 > inner[1] and self.word(end - 1) in self.lex.object_pronouns:
                        # "Roe spoke, when union members interrupted her, shouting C":
                        # the pronoun stands for the main subject; the clause's speaks
                        return inner
                    pending = inner
                continue
            if (
                self.lex.verbal_cues
                and start + 2 < hi
                and self.word(start) in self.lex.prepositions
                and self.t[start + 1].kind == "w"
            ):
                # "В Кремле заявили, отметив": the place speaks; "В понедельник Путин
                # заявил, добавив": the phrase is an adjunct before the subject
                start += 1 if self.t[start + 1].is_capitalised else 2
            if start >= hi or (
                self.word(start) in self.lex.prepositions
                # but Portuguese "A ministra garantiu C, acrescentando": an article
                and not self.opens_role(start)
                and not (
                    self.word(start) in self.lex.determiners
                    and self.word(start + 1) in self.lex.thing_nouns
                )
            ):
                continue
            opener = self.without_possessive(self.word(start))
            if opener in self.lex.impersonal_pronouns:
                continue  # "There's still time for Roe …, saying C": no one speaks
            if opener in self.lex.presentational_adverbs:
                # "Here's Jo Roe in May: “Q”": the noun phrase after the verb is the
                # subject ("Here is his statement:": none before the possessive)
                presented = self.source_after(start + 1, end) if start + 1 < end else None
                if presented is not None:
                    return presented
                continue
            k = start
            while k < hi and k - start < MAX_SOURCE:
                token = self.t[k]
                if token.kind != "w":
                    if self.is_attached(k, start, touching=False):
                        k += 1
                        continue
                    break
                if not (
                    token.is_capitalised
                    or token.lower in self.table.np_words
                    # "Then, former Sen. Jo Roe concurred, describing": a lower-case modifier
                    or (k == start and token.lower in self.lex.former_modifiers)
                    # "Later, veteran organist Jo Roe agreed, adding", "Presumptive Republican
                    # presidential nominee Jo Roe spoke, saying": the name's description
                    or (
                        k - start < _NAME_DESCRIPTORS
                        and self.described_name_start(k, hi, opening=k == start) is not None
                    )
                    or (k > start and token.lower in self.lex.phrase_prepositions)
                    or self.joins_two_names(k, hi)  # "Roe and Poe issued a statement, saying"
                    or self.is_role_compound(k, hi)  # "Harbour master Jo Roe spoke, saying"
                    # "62-year-old Jo Roe railed against it and said": an age before a name
                    or (
                        k == start
                        and token.text[:1].isdigit()
                        and "-" in token.text
                        and k + 1 < hi
                        and self.t[k + 1].is_capitalised
                    )
                ):
                    break
                k += 1
            if k == start + 1 and self.word(start) in self.lex.determiners:
                k = self.description_end(k, hi)  # "The retired nurse later sued, saying"
            elif k == start + 1 and self.word(start).endswith(self.lex.possessive_endings):
                # "Ukraine's air force said, adding": a possessor, then a role or a body
                end = self.description_end(k, hi)
                head = self.word(end - 1)
                k = end if head in self.table.np_words or head in self.lex.thing_nouns else k
            elif (
                k > start + 1
                and (
                    (
                        self.word(k - 1) in self.lex.determiners
                        and self.word(k - 2) in self.lex.phrase_prepositions
                    )
                    # "O autarca da cidade garantiu C, acrescentando": a preposition with
                    # its article written onto it
                    or self.word(k - 1) in self.lex.phrase_prepositions
                )
            ) or (self.word(k - 1).endswith(self.lex.possessive_endings) and self.lower_word(k)):
                # "The attorney general of the state of New York sued, claiming": the
                # description after the role's article; "Jo Roe's younger sister told …,
                # saying": the possessed noun (and "at the pier, Mr. Poe's private club,
                # calling": then a piece of no clause)
                k = self.description_end(k, hi)
            # "Mr. Roe, recalling C, described": a clause's first piece, all noun phrase
            # "Sen. Jo Roe (D-Nev.) called him …": a bracket after the name, then the verb
            closing = self.bracket_end(k, hi) if k > start and self.t[k - 1].is_capitalised else k
            # "But Jo Roe (D-Nev.), noting C, said": the clause's first piece is all subject
            whole = hi in (k, closing) and opening == lo and self.is_punct(hi, ",")
            if (
                start < k
                and ((closing < hi and self.t[closing].kind == "w") or whole)
                and self.is_noun_phrase((start, k))
                # "Even the late timing …", "Last month, …": no phrase ends on an
                # article, and a word of time names no one (but "Sunday Times editor
                # Jo Roe": one before a capitalised word opens a name)
                and not (k > start + 1 and self.word(k - 1) in self.lex.determiners)
                and (
                    self.word(start) not in self.lex.time_words or self.t[start + 1].is_capitalised
                )
            ):
                if k == start + 1 and self.word(start) in self.lex.determiners:
                    # "a charge that county officials denied, noting C": an article
                    # alone is no subject; the clause inside the piece has one
                    inner = next(
                        (
                            found
                            for m in range(k, hi - 1)
                            if self.word(m) in self.lex.complementizers
                            or self.word(m) in self.lex.clause_openers
                            if (found := self.clause_subject(m + 1, hi)) is not None
                        ),
                        None,
                    )
                    if inner is not None:
                        return inner
                    continue  # an article alone names no one
                if self.word(k - 1) in self.lex.event_nouns:
                    # "The row erupted after Jo Roe joined the race, calling C": an event
                    # says nothing; the subject of the clause inside its piece speaks
                    inner = next(
                        (
                            found
                            for m in range(k, end - 1)
                            if self.word(m) in self.lex.clause_openers
                            if (found := self.subject_before_verb(m + 1, end)) is not None
                        ),
                        None,
                    )
                    if inner is not None:
                        return inner
                    continue
                return self.joined_clause_subject(k, end) or (start, k)
        return pending

    def joined_clause_subject(self, k: int, end: int) -> tuple[int, int] | None:
        """The subject of the last clause that ``and`` or ``but`` joins to the clause
        whose subject ends at ``k``, in the piece that ends at ``end`` (``Police charged the
        driver and Mayor Jo Roe fired the chief, acknowledging C``: ``Mayor Jo Roe``); the
        clauses before it hold one finite verb each, so that no clause reported inside
        them is read (``Roe said the fare was high and costs had risen, adding C``: no
        subject of ``adding``); ``None`` where no clause is joined, and where every noun is
        capitalised (a capital is no sign of a name there)."""
        if self.lex.capitalised_nouns:
            return None
        verb = next((m for m in range(k, end) if self.opens_predicate(m)), None)
        if verb is None:
            return None
        found = None
        m = verb + 1
        while m < end - 1:
            word = self.word(m)
            if self.opens_predicate(m) or word in self.lex.complementizers:
                return None  # a second verb of the clause: a clause inside it
            if (
                word in self.lex.conjunctions
                and (
                    word in self.lex.list_conjunctions or word in self.lex.adversative_conjunctions
                )
                # a name or a titled one, no pronoun ("the boat my wife and I built")
                # and no common noun ("said farms and houses were hit")
                and self.t[m + 1].is_capitalised
                and self.word(m + 1) not in self.lex.pronouns
            ):
                joined = self.clause_subject(m + 1, end)
                if joined is not None:
                    found = joined
                    m = joined[1]
                    while m < end and not self.opens_predicate(m):
                        m += 1  # its adverbs, to its verb
            m += 1
        return found

    def opens_past_predicate(self, m: int) -> bool:
        """Whether the word at ``m`` opens a predicate or is a lower-case past form, one
        of the lexicon's gendered past endings (``подошел``), no preposition."""
        word = self.word(m)
        return self.opens_predicate(m) or (
            _is_past_form(word, self.lex)
            and word not in self.lex.prepositions
            and self.lower_word(m)
        )

    def subject_after_place(
        self, start: int, end: int, *, after_time: bool
    ) -> tuple[int, int] | None:
        """The subject of a piece ``start``..``end`` in a language of free word order
        whose verb comes before it: a lower-case preposition and its words, then the verb,
        then a noun phrase that ends the piece (``К дому подошел сосед и сказал``,
        ``Невдовзі до будинку підійшов сусід``); after a word of time (``after_time``)
        also the verb, its adjunct and the subject (``Krátce poté přišel k domu soused``)
        or a common noun before the verb (``Згодом сусід підійшов``); the verb, its
        adjunct and the subject also where the verb opens the sentence (``Přišel k domu
        soused``); ``None`` where the piece opens with anything else."""
        if start >= end or self.t[start].kind != "w":
            return None
        finite = self.opens_past_predicate
        word = self.word(start)
        # "Přišel k domu soused a řekl": a past verb that opens the sentence, capitalised
        opening_verb = (
            self.t[start].is_capitalised
            and (start == 0 or self.t[start - 1].kind != "w")
            and _is_past_form(word, self.lex)
            and word not in self.lex.first_names
        )
        if ((after_time and finite(start)) or opening_verb) and self.word(
            start + 1
        ) in self.lex.prepositions:
            # "Krátce poté přišel k domu soused": the verb, its adjunct, the subject (the
            # longest adjunct: "k domu soused", not "domu soused")
            for n in range(min(end - 1, start + 1 + _ADJUNCT_WORDS), start + 2, -1):
                if (found := self.bare_subject(n, end)) is not None:
                    # but "Pavel z Lornportu přišel a řekl": a name, its verb after it
                    return None if any(finite(m) for m in range(*found)) else found
            return None
        if self.word(start) not in self.lex.prepositions:
            # "Згодом сусід підійшов": after a word of time, a common noun, then the verb
            if not (after_time and self.lower_word(start)):
                return None
            verb = next((m for m in range(start + 1, min(end, start + 3)) if finite(m)), None)
            subject = (start, verb) if verb is not None else None
            return (
                subject
                if subject is not None
                and all(self.lower_word(m) for m in range(*subject))
                and self.is_noun_phrase(subject)
                else None
            )
        # the preposition's object first ("До офісів прийшли …": no verb in "офісів")
        for verb in range(start + 2, min(end - 1, start + _ADJUNCT_WORDS + 1)):
            if not self.lower_word(verb) or not self.lower_word(start + 1):
                return None
            if finite(verb):
                return self.bare_subject(verb + 1, end)
        return None

    def bare_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The subject that fills ``start``..``end`` after its verb: a source, or a
        common noun without an article (``подошел сосед``), no preposition in it."""
        subject = self.source_after(start, end)
        if subject is not None and subject[1] == end:
            return subject
        return (
            (start, end)
            if 0 < end - start <= _BARE_PLURAL_WORDS
            and all(
                self.lower_word(m) and self.word(m) not in self.lex.prepositions
                for m in range(start, end)
            )
            and self.is_noun_phrase((start, end))
            else None
        )

    def is_marked_modifier(self, k: int) -> bool:
        """Whether the quotation at ``k`` is a short name in marks between two words,
        before the lower-case noun it modifies (``wearing “Vote Roe” pins``): no words
        spoken."""
        return (
            0 < k < len(self.t) - 1
            and is_short_name_quotation(self.t[k], _MARKED_MODIFIER)
            and self.t[k - 1].kind == "w"
            and self.t[k + 1].kind == "w"
            and not self.t[k + 1].is_capitalised
        )

    def clause_subject(self, start: int, hi: int) -> tuple[int, int] | None:
        """The subject that opens a clause at ``start``, before ``hi``: a noun phrase or
        a bare plural (``union members``), then adverbs and a finite verb; ``None``
        where no finite verb follows it."""
        if start >= hi:
            return None
        subject = self.source_after(start, hi)
        if subject is None:
            end = start
            while (
                end < hi
                and end - start < _BARE_PLURAL_WORDS
                and self.t[end].kind == "w"
                and not self.opens_predicate(end)
                and not self.is_adverb(end)
            ):
                end += 1
            subject = (start, end) if start < end and self.is_bare_plural(start, end) else None
        if subject is None:
            return None
        verb = subject[1]
        while verb < hi and self.is_adverb(verb):
            verb += 1
        return subject if verb < hi and self.opens_predicate(verb) else None

    def subject_before_verb(self, start: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase from ``start`` up to the first finite verb before ``hi``
        (``the mayor`` of ``the mayor joined the race``), else :meth:`clause_subject`'s."""
        verb = next(
            (v for v in range(start + 1, min(hi, start + MAX_SOURCE)) if self.opens_predicate(v)),
            None,
        )
        if verb is not None and self.is_noun_phrase((start, verb)):
            return (start, verb)
        return self.clause_subject(start, hi)

    def opens_predicate(self, k: int) -> bool:
        """Whether the word at ``k`` is a finite verb: a cue verb, a finite auxiliary, a
        regular past tense (``bemoaned``) or a frequent irregular one (``gave``),
        lower-case and no participle."""
        token = self.t[k]
        return (
            token.kind == "w"
            and not token.is_capitalised
            and not token.lower.endswith(self.lex.participle_endings)
            and (
                self.is_finite_word(token.lower)
                # "Las organizaciones, por su parte, han criticado": the auxiliary of a
                # compound tense, its participle after it
                or (token.lower in self.lex.cue_auxiliaries and self.lower_word(k + 1))
            )
        )

    def opens_adjunct(self, start: int, hi: int) -> bool:
        """Whether a participle or an adverb (:attr:`Lexicon.adjunct_endings`) opens an
        adjunct phrase at ``start``: a preposition, a word of time or a lower-case word
        other than a verb follows it (``Speaking Sunday``, ``Appearing on``, ``Hastily
        politicizing``); never a capitalised word after a comma, a name there
        (``Earlier Wednesday, Fleming appeared``)."""
        if start + 1 >= hi or self.t[start + 1].kind != "w":
            return False
        if start > 0 and self.t[start].is_capitalised and self.is_punct(start - 1, ","):
            return False  # "Earlier Wednesday, Schilling appeared": mid-sentence, a name
        word, after = self.word(start), self.t[start + 1]
        return (
            bool(self.lex.adjunct_endings)
            and word.endswith(self.lex.adjunct_endings)
            and word not in self.table.np_words
            and (
                after.lower in self.lex.prepositions
                or after.lower in self.lex.time_words
                or not (
                    after.is_capitalised
                    or after.lower in self.table.verbs
                    or after.lower in self.lex.auxiliaries
                )
            )
        )

    def description_end(self, k: int, hi: int) -> int:
        """The end of the lower-case words after an article (``the retired nurse``): up
        to a verb (after the first word, an irregular past too: ``the central bank
        left``), an adverb or a function word; before a preposition, the word just
        read is taken for the verb (``began by``, ``sent an``), but for a time after it
        (``A federal judge on Friday blocked``)."""
        m = k
        while m < hi and m - k < _DESCRIPTION_WORDS and self.t[m].kind == "w":
            w = self.t[m].lower
            if (
                w in self.lex.prepositions and w not in self.lex.phrase_prepositions
            ) or w in self.lex.determiners:
                if self.time_adjunct_end(m, hi) > m and not self.word(m - 1).endswith(
                    self.lex.past_suffixes
                ):
                    return m  # "A federal judge on Friday blocked": a time, no object
                return m - 1 if m - k >= 2 else m
            if (
                (
                    w in self.table.verbs
                    and not self.phrase_complement(m, k)
                    and not self.is_modified_noun(m, k - 1)  # "a swing state"
                    # "the governor of the state of Texas": a noun after "of the"
                    and not (
                        m == k
                        and self.word(m - 1) in self.lex.determiners
                        and self.word(m - 2) in self.lex.phrase_prepositions
                    )
                )
                or w in self.lex.auxiliaries
                or w in self.lex.time_words
                or w in self.lex.conjunctions
                or w in self.lex.clause_openers
                or w in self.lex.complementizers
                # "The central bank left rates unchanged but signalled": an irregular past
                or (m > k and w in self.lex.finite_verbs)
                or (
                    m > k
                    and bool(self.lex.predicate_endings)
                    and w.endswith(self.lex.predicate_endings)
                )
            ):
                return m
            m += 1
        return m if m - k < _DESCRIPTION_WORDS else k

    @remembered
    def source_before_apposition(self, comma: int, lo: int) -> tuple[int, int] | None:
        """The speaker before parenthetical pieces that end at ``comma``.

        ``Hill, a doctor, said``, ``Hill, 32, said``, ``Hill -- a doctor -- said``,
        ``Roe, meanwhile, who has no backers, said``: up to three pieces
        between commas (one between dashes) are skipped, until a noun phrase comes that
        is a name, or a description that the piece after it explains.  Away from the
        clause's start the noun phrase must fill its piece (``retired in Boston`` is no
        speaker), and a place after a place (``in Aurora, Colorado``) is none either.
        A name after a description names it: ``the spokesman, Jan Roe, said``.
        """
        dash = self.t[comma].text in "-–—"
        marks = "-–—" if dash else ","
        end = comma
        while dash and end - 1 >= lo and self.is_punct(end - 1, marks):
            end -= 1  # "Hill -- a doctor -- said": "--" is two tokens
        for _ in range(1 if dash else 3):
            k = end - 1
            while k >= lo and end - k < _MAX_APPOSITION:
                if (
                    self.t[k].kind == "q"
                    and not is_other_name(self.t, k, self.lex)
                    and not self.is_marked_modifier(k)
                ):
                    return None  # but "Jo Roe, known as “the Hammer”, said"
                if self.is_punct(k, marks):
                    break
                k -= 1
            if k <= lo or not self.is_punct(k, marks) or k == end - 1:
                return None
            while dash and k - 1 >= lo and self.is_punct(k - 1, "-–—"):
                k -= 1  # "--" is two tokens
            opening = self.word(k + 1)
            if not dash and self.holds_clause(k + 1, end):
                # "In Aurora, the plant is under pressure, said the chief": a clause
                # between the commas, no apposition of a speaker before it
                return None
            explains = dash or (
                opening in self.lex.determiners
                or opening in self.lex.relative_pronouns
                or opening in self.lex.thing_relatives
                or opening in self.lex.role_nouns
                or self.t[k + 1].text[:1].isdigit()
            )
            source = self.role_of_domain(self.source_before(k - 1, lo), lo)
            if (
                source is not None
                and (
                    self.word(source[0]) not in self.lex.relative_pronouns
                    # German "Der Präsident des Verbandes, Jo Roe, sagte": an article
                    # that opens the sentence, no relative pronoun
                    or (source[0] == lo and self.word(source[0]) in self.lex.determiners)
                )
                and not self.adjunct_piece(source, lo)
                and self.fills_piece(source, lo, marks)
                # "Hill, 58, said": an age; "Hill, whose firm, Acme, is …, said": a name
                # inside a relative clause
                and not (source[1] - source[0] == 1 and self.t[source[0]].text[:1].isdigit())
                and not self.in_relative(source[0], lo, marks)
            ):
                last = self.t[source[1] - 1]
                described = (
                    last.lower in self.table.np_words
                    or self.t[source[0]].lower in self.lex.determiners
                    or self.t[source[0]].lower in self.lex.quantifiers
                    # "Kim's niece, Ida Moss,": a possessor and its noun describe
                    or (
                        source[1] - source[0] > 1
                        and self.t[source[0]].lower.endswith(self.lex.possessive_endings)
                    )
                    # "la ministra de Hacienda, Lucía Ortega,": a role noun before its
                    # domain; "L'assessora alla Mobilità, Laura Pieri,": written onto its
                    # article
                    or any(self.is_role(m) for m in range(*source))
                )
                name_end = self.name_before_domain(k + 1, end)
                if name_end is not None and described:
                    # "One pastor backing Roe, Al Poe of Acme Church, said": the name
                    return (k + 1, name_end)
                # "the other candidate, former Mayor Jo Roe,": a name after its role
                titled = k + 2 if self.word(k + 1) in self.lex.former_modifiers else k + 1
                if (
                    self.lex.capitalised_nouns
                    and described
                    and self.word(titled) in self.lex.determiners
                    and self.word(titled) not in self.lex.indefinites
                    and self.is_titled_name(titled + 1, end)
                ):
                    # "Der Investor, die Lornau Bau GmbH, sagte", "Der Chef, der Ingenieur
                    # Jo Roe, sagte": the article's name explains the description
                    return (titled + 1, end)
                if (
                    self.is_titled_name(titled, end)
                    and not self.is_party_tag(k + 1, end)
                    and (
                        described
                        or any(self.word(m) in self.lex.determiners for m in range(*source))
                    )
                ):
                    named = self.name_before(source[0], lo, marks)
                    # "Jo Hill, the editor of the paper, The Planet, said": the paper's name
                    # explains the editor; "the spokesman, Jan Roe,": the name is his
                    return named if named is not None else (source[0], end)
                if explains or described:
                    # "Jo Roe, the editor -- who … -- said": the name the description explains
                    return (self.name_before(source[0], lo, ",") if dash else None) or source
                if (
                    last.is_capitalised or self.is_punct(source[1] - 1, ").")
                ) and not self.after_place(source[0], lo):
                    return source
            end = k
        return None

    def is_party_tag(self, start: int, end: int) -> bool:
        """Whether the piece ``start``..``end`` is a party and a state after a name
        (``D-Valm.``, ``R-N.Y.``): a capital, a hyphen and an abbreviation, no name."""
        return _PARTY_TAG.fullmatch("".join(t.text for t in self.t[start:end])) is not None

    def holds_clause(self, start: int, end: int) -> bool:
        """Whether the piece ``start``..``end`` between commas is a clause of its own: a
        finite auxiliary comes before any relative or subordinating word (``the plant
        is under pressure``, but not ``who is a doctor``, ``a firm that was sold``)."""
        for m in range(start, end):
            w = self.word(m)
            if (
                w in self.lex.relative_pronouns
                or w in self.lex.thing_relatives
                or w in self.lex.possessive_relatives
                or w in self.lex.complementizers
                or w in self.lex.clause_openers
            ):
                return False
            if w in self.lex.finite_auxiliaries:
                return True
        return False

    def in_predicate(self, source: tuple[int, int], lo: int) -> bool:
        """Whether a noun phrase is part of a predicate, no subject: a finite or passive
        auxiliary or a cue verb comes before it in its clause (``deux personnes
        ont été tuées à Lyon, dans le Rhône,``)."""
        m = source[0] - 1
        while m >= lo and not self.is_punct(m, ",;:—–-") and self.t[m].kind != "q":
            w = self.word(m)
            if (
                w in self.lex.passive_auxiliaries
                or w in self.lex.finite_auxiliaries
                or (w in self.table.verbs and not self.t[m].is_capitalised)
            ):
                return True
            m -= 1
        return False

    def adjunct_piece(self, source: tuple[int, int], lo: int) -> bool:
        """Whether a noun phrase before an apposition's comma is an adjunct's that opens
        its piece, no speaker: a preposition's object, a name or a phrase with an article
        (``Jo Roe, 22, of Aurora, Ohio, said``, ``Roe, during a town hall in Aurora, Ohio,
        said``), or a participle's phrase (``Roe, facing a challenge at home, a swing
        state, said``)."""
        start = source[0]
        first = self.t[start]
        if start > lo and self.is_punct(start - 1, ","):
            return not first.is_capitalised and first.lower.endswith(self.lex.participle_endings)
        return (
            start - 1 > lo
            and self.is_punct(start - 2, ",")
            and self.word(start - 1) in self.lex.prepositions
            and (first.is_capitalised or first.lower in self.lex.determiners)
        )

    def closes_relative(self, j: int, lo: int) -> bool:
        """Whether the quotation at ``j``, a comma inside its marks, is the object of a
        cue verb before it in a relative clause that a comma opens (``Roe, who
        wrote “We lost,” said C``): the clause's words, its comma closing the apposition,
        no quotation of a cue after (but ``…, which they need: “Q,” X says``); the verb
        may have its addressee between (``who told reporters “We lost,”``). A participle
        right after the comma opens such an aside too (``Roe, citing “a crisis,” said
        C``)."""
        if not self.t[j].comma:
            return False
        # "who told reporters “We lost,”", "who told the crowd “We lost,”", "who calls
        # Poe a “fraud,”": the verb's addressee or object between, a few words
        verb = next(
            (
                m
                for m in range(j - 1, max(lo, j - 1 - _ADDRESSEE_REACH) - 1, -1)
                if self.naming_or_cue(m) or self.t[m].kind != "w"
            ),
            lo,
        )
        if not (verb > lo and self.naming_or_cue(verb)):
            return False
        m = verb
        while m > lo and j - m < _MAX_APPOSITION and not self.is_punct(m, ","):
            m -= 1
        # "Roe, citing “the size of the port,” said C": a participle's aside, as well
        return self.is_punct(m, ",") and (
            self.word(m + 1) in self.lex.relative_pronouns
            or (m + 1 == verb and self.word(verb).endswith(self.lex.participle_endings))
        )

    def naming_or_cue(self, m: int) -> bool:
        """Whether the word at ``m`` is a cue verb or a verb of naming (``calls``)."""
        return self.word(m) in self.table.verbs or self.word(m) in self.table.naming

    def in_relative(self, start: int, lo: int, marks: str) -> bool:
        """Whether the piece between marks before ``start`` opens with a relative word
        (``whose firm, Acme,``): the phrase at ``start`` belongs to its clause."""
        m = start - 1
        if m <= lo or not self.is_punct(m, marks):
            return False
        m -= 1
        while m > lo and start - m < _MAX_APPOSITION and not self.is_punct(m - 1, marks):
            m -= 1
        return (
            self.word(m) in self.lex.relative_pronouns
            or self.word(m) in self.lex.thing_relatives
            or self.word(m) in self.lex.possessive_relatives
        )

    def role_of_domain(self, source: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
        """``source`` with the role before it when it is the domain of that role after
        a phrase preposition that the language also reads as a complementizer (Italian
        ``Il sindaco di Faenza``: ``di`` stops a leftward reading), else ``source``."""
        if source is None or source[0] - 2 < lo:
            return source
        linker = self.word(source[0] - 1)
        if (
            linker in self.lex.list_conjunctions
            and self.t[source[0]].is_capitalised
            and not self.opens_first_name(source[0])  # but "the Minister of Harbours and Ann Lee"
        ):
            # "The Minister of Harbours and Fisheries, Jo Roe,": the role's second domain
            first = self.source_before(source[0] - 2, lo)
            if first is not None and any(
                self.is_role(m) and self.word(m + 1) in self.lex.phrase_prepositions
                for m in range(first[0], first[1] - 1)
            ):
                return (first[0], source[1])
            return source
        if linker not in self.lex.phrase_prepositions or linker not in self.lex.complementizers:
            return source
        role = self.source_before(source[0] - 2, lo)
        if role is None or not any(self.is_role(m) for m in range(*role)):
            return source
        return (role[0], source[1])

    def joins_domains(self, k: int, i: int, hi: int) -> bool:
        """Whether the conjunction at ``k`` joins a role's two capitalised domains in a
        phrase read from ``i`` (``the Minister of Harbours and Fisheries``): a role, a
        phrase preposition and a capitalised word before it, a capitalised word that
        opens no first name after it."""
        return (
            k - 3 >= i
            and k + 1 < hi
            and self.word(k) in self.lex.list_conjunctions
            and self.t[k - 1].is_capitalised
            and self.word(k - 2) in self.lex.phrase_prepositions
            and self.is_role(k - 3)
            and self.t[k + 1].kind == "w"
            and self.t[k + 1].is_capitalised
            and not self.opens_first_name(k + 1)
        )

    def opens_first_name(self, m: int) -> bool:
        """Whether the word at ``m`` is a first name of the lexicon's lists."""
        return self.word(m) in self.table.any_first_names

    def name_before(self, start: int, lo: int, marks: str) -> tuple[int, int] | None:
        """A name that fills the piece before the mark before ``start``."""
        if start - 1 <= lo or not self.is_punct(start - 1, marks):
            return None
        named = self.source_before(start - 2, lo)
        if (
            named is not None
            and (named[0] == lo or self.is_punct(named[0] - 1, marks))
            and self.t[named[1] - 1].is_capitalised
            and self.word(named[0]) not in self.lex.determiners
        ):
            return named
        return None

    def relative_object(self, m: int) -> bool:
        """Whether the word at ``m`` is a pronoun of :attr:`~newsstruct.lang.Lexicon.gap_pronouns`
        right after a comma: it opens a relative clause set off by commas whose object it
        is (``the riders, whom he described as calm``, ``the plan, which Roe called``)."""
        return m > 0 and self.word(m) in self.lex.gap_pronouns and self.is_punct(m - 1, ",")

    def fills_piece(self, source: tuple[int, int], lo: int, marks: str) -> bool:
        """Whether a noun phrase starts its piece between marks, give or take
        prepositions and conjunctions before it; the clause's first piece may hold more
        (``On Monday the mayor``)."""
        m = source[0] - 1
        first_piece = True
        listed = True  # only names and conjunctions before it ("Jo Roe and his aide")
        while m >= lo and source[0] - m <= _MAX_APPOSITION:
            token = self.t[m]
            if self.is_punct(m, marks) or token.kind == "q":
                # "In 1990, Jo Roe and his aide, Al Poe, said": after an opening adjunct
                return first_piece or (
                    listed and (self.is_fronted_adjunct((lo, m)) or self.is_time_phrase((lo, m)))
                )
            listed = listed and (
                token.kind == "w"
                and (token.is_capitalised or token.lower in self.lex.list_conjunctions)
            )
            if (
                m == source[0] - 1
                and (
                    token.lower in self.lex.complementizers or token.lower in self.lex.gap_pronouns
                )
                and (
                    self.t[source[0]].is_capitalised
                    or self.t[source[0]].lower in self.lex.determiners
                )
            ):
                # "a country that the nominee, Jo Roe, called", "a plan which the harbour
                # master, Jo Roe, called", "-- which ...": a clause's subject
                return True
            if token.kind == "w" and not (
                token.lower in self.lex.prepositions
                or token.lower in self.lex.conjunctions
                or token.lower in self.lex.time_words
                # "Or, as Jo Roe, a pilot, said": the as-clause's subject
                or (m == source[0] - 1 and token.lower in self.lex.as_words)
            ):
                first_piece = False  # words before it: true only of the clause's start
            m -= 1
        return first_piece or m < lo

    def after_place(self, start: int, lo: int) -> bool:
        """Whether ``start`` follows ``in Aurora,``: a name there is the place's region;
        not after a participle's phrase that opens the sentence (``Speaking in Aurora,
        Roe said``: Roe speaks)."""
        m = start - 1
        if m < lo or not self.is_punct(m, ","):
            return False
        m -= 1
        capitalised = 0
        while m >= lo and self.t[m].kind == "w" and self.t[m].is_capitalised and capitalised < 3:
            capitalised += 1
            m -= 1
        if not (capitalised > 0 and m >= lo and self.word(m) in self.lex.prepositions):
            return False
        first = m
        while first - 1 >= lo and self.t[first - 1].kind == "w":
            first -= 1
        opens = first == lo or self.is_punct(first - 1, SENTENCE_STOPS)
        return not (opens and first < m and self.opens_adjunct(first, m + 1))

    def time_word_in_name(self, k: int, hi: int) -> bool:
        """Whether the time word at ``k`` is part of a name, capitalised between a
        capitalised word or an article and another capitalised word (``the Morning
        Herald``, ``The Sunday Courier``); elsewhere it ends a source (``Roe Monday``)."""
        return (
            self.t[k].is_capitalised
            and k + 1 < hi
            and self.t[k + 1].is_capitalised
            and (self.t[k - 1].is_capitalised or self.word(k - 1) in self.lex.name_articles)
        )

    def is_name(self, start: int, end: int) -> bool:
        """Whether the tokens are capitalised words (with their abbreviation dots and the
        particles between them: ``Luis de Guindos``)."""
        return (
            end > start
            and all(
                t.is_capitalised
                or (t.kind == "p" and t.text in ATTACHED)
                or (
                    start < m < end - 1
                    and (
                        self.particle_at(m, end)
                        # "Luis de la Vega": a particle of two words
                        or f"{t.lower} {self.word(m + 1)}" in self.lex.name_particles
                    )
                )
                for m, t in enumerate(self.t[start:end], start)
            )
        )

    def name_before_domain(self, start: int, end: int) -> int | None:
        """Where a full name ends that opens the tokens before a phrase of its domain or
        place that ends them (``Al Poe of Harbour Baptist Church in Valmont``), else
        ``None``."""
        m = start
        while m < end and (
            self.t[m].is_capitalised or (self.t[m].kind == "p" and self.t[m].text in ATTACHED)
        ):
            m += 1
        if (
            m - start >= 2
            and m < end
            and (
                self.word(m) in self.lex.genitive_prepositions
                or self.word(m) in self.lex.place_prepositions
            )
            and self.is_name(start, m)
        ):
            return m
        return None

    def is_titled_name(self, start: int, end: int) -> bool:
        """Whether the tokens are a name, after role words if any (``Jo Roe``,
        ``council member Jo Roe``, ``Harbour master Jo Roe``, ``President Roe``; not ``the
        council member``)."""
        first = start + 2 if self.is_role_compound(start + 1, end) else start
        while first < end and self.t[first].kind == "w" and self.is_role(first):
            first += 1
        if first > start and first + 1 < end and self.word(first) in self.lex.genitive_prepositions:
            first += 1  # "Secretary of State Jo Roe": the title's domain, then the name
        return self.is_name(first, end)

    def _antecedent(self, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase before ``who`` (and its comma, if any): from its last article
        that no preposition governs (``the mayor did not pay an architect who``: ``an
        architect``; ``the head of the agency who``: all of it)."""
        comma = k >= lo and self.is_punct(k, ",")
        if comma:
            k -= 1
        found = self.source_before(k, lo) if k >= lo else None
        if found is None:
            # "defensive about not paying a builder who": no noun phrase before the
            # pronoun, but the object its article opens
            return self._article_object(k, lo)
        if found[0] > lo and self.word(found[0] - 1) in self.lex.passive_auxiliaries:
            # "Jo Roe was angry about a builder who", "It was a blow to Jo Roe, who":
            # the copula's predicate is no antecedent, the object of its preposition is
            # (but "the head of the agency who": of a phrase, all of it)
            governed = next(
                (
                    m + 1
                    for m in range(found[0] + 1, found[1] - 1)
                    if self.lower_word(m)
                    and (
                        self.word(m) in self.lex.prepositions
                        or self.word(m) in self.lex.relation_words
                    )
                    and (
                        self.word(m) not in self.lex.phrase_prepositions
                        # "critical of a builder who": an adjective's preposition
                        or (
                            m == found[0] + 1
                            and self.word(found[0]) not in self.table.np_words
                            and not self.is_role(found[0])
                        )
                    )
                    and (
                        self.word(m + 1) in self.lex.determiners
                        or (comma and self.is_name(m + 1, found[1]))
                    )
                ),
                None,
            )
            if governed is not None:
                return (governed, found[1])
        if self.is_punct(found[0] - 1, ",") and self.opens_adjunct(found[0], found[1]):
            # "…, echoing experts who", "…, cutting off a reporter who": the participle's
            # object
            start = found[0] + 1
            while start < found[1] - 1 and self.word(start) in self.lex.prepositions:
                start += 1
            found = (start, found[1])
        # the phrase cut at an auxiliary ("the mayor did not pay an architect who"):
        # the antecedent is the one that ends right before the pronoun, if an article
        # opens it
        end = k + 1 if found[1] <= k else found[1]
        start = next(
            (
                m
                for m in range(end - 1, found[0], -1)
                if self.word(m) in self.lex.determiners
                and self.word(m) not in self.lex.prepositions
                and self.word(m - 1) not in self.lex.prepositions
                and self.t[m - 1].kind == "w"
                and not self.t[m - 1].is_capitalised
            ),
            found[0],
        )
        if start < found[1] <= k:
            # no article after the cut: the phrase before the auxiliary, unless a verb
            # there has an object ("Jo Roe had hired pilots who": the pilots)
            start, end = found[1], k + 1
            object_start = self._object_after_verb(start, end)
            return found if object_start is None else (object_start, end)
        # "Jo Roe hired pilots who": the object after the verb, no subject of its own
        start = self._object_after_verb(start, end) or start
        if not self.lex.bare_noun_subjects:
            # "gave the case to Justice Jo Roe, who": the titled name that the last
            # preposition governs, not the object before it (but "critics of the plan
            # in Lornport, who": a place has no title); "fresh hope to dock workers,
            # who", "a lecture from the harbour master who": a role noun that it governs
            # after words of no person
            person = next(
                (
                    m + 1
                    for m in range(end - 3, start, -1)
                    if self.lower_word(m)
                    and (
                        self.word(m) in self.lex.prepositions
                        or self.word(m) in self.lex.relation_words
                    )
                    and self.word(m) not in self.lex.phrase_prepositions
                ),
                None,
            )
            if person is not None and (
                (
                    comma
                    and (self.is_role(person) or self.word(person) in self.lex.titles)
                    and self.is_titled_name(person, end)
                )
                or (
                    self.is_role(end - 1)
                    # "…, compared with 25 percent who": no participle's phrase
                    and not self.word(start).endswith(
                        self.lex.past_suffixes + self.lex.adjunct_endings
                    )
                    and any(
                        self.lower_word(n) and self.word(n).isalpha()
                        for n in range(start, person - 1)
                    )
                    and not any(
                        self.is_role(n) or self.t[n].is_capitalised for n in range(start, person)
                    )
                )
            ):
                start = person
        if self.lex.bare_noun_subjects:
            # "Vzpomínám na profesora Nováka, který …": where nouns go bare the pronoun
            # takes the person a preposition governs right before it, not the words
            # before the preposition
            person = next(
                (
                    m + 1
                    for m in range(end - 2, start - 1, -1)
                    if self.lower_word(m)
                    and self.word(m) in self.lex.prepositions
                    and self.word(m) not in self.lex.phrase_prepositions
                ),
                None,
            )
            # a person: a name after a word (a role's, in any case) or a role ("na
            # profesora Nováka", "na Jana Nováka"); not a place ("Jan Novák z Lornportu")
            if person is not None and (
                (person + 1 < end and self.t[end - 1].is_capitalised)
                or (person < end and self.is_role(person))
            ):
                start = person
        return (start, end)

    def _article_object(self, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that an article opens a few lower-case words before ``k``
        (inclusive) after a lower-case word of the clause (``not paying a builder``:
        ``a builder``); else ``None``."""
        for m in range(k, max(lo, k - _ARTICLE_OBJECT_WORDS), -1):
            token = self.t[m]
            if token.kind != "w" or token.is_capitalised:
                return None
            if self.word(m) in self.lex.conjunctions or self.word(m) in self.lex.list_conjunctions:
                return None  # "went firmly for him but who": no object before it
            if (
                self.word(m) in self.lex.determiners
                and self.word(m) not in self.lex.prepositions
                and self.word(m) not in self.lex.object_pronouns  # "her", an object too
            ):
                before = self.t[m - 1]
                if (
                    lo < m < k
                    and before.kind == "w"
                    and not before.is_capitalised
                    and before.lower not in self.lex.complementizers
                    and before.lower not in self.lex.conjunctions
                    and self.is_noun_phrase((m, k + 1))
                ):
                    return (m, k + 1)
                return None
            if self.word(m) in self.lex.prepositions:
                return None
        return None

    def adverb_of_verb(self, m: int, start: int) -> bool:
        """Whether the adverb at ``m`` (after ``start``) modifies the verb after it, not an
        adjective of a noun phrase (``the newly appointed minister``): one that stands
        between a subject and its verb (:attr:`~newsstruct.lang.Lexicon.auxiliaries`:
        ``the mayor sharply rebuked``), or any after a name (``Jo Roe passionately
        rebuked``; not a possessor's, ``Jo Roe's newly hired aide``)."""
        if self.word(m) in self.lex.auxiliaries:
            return True
        before = m - 1
        return (
            before >= start
            and self.t[before].is_capitalised
            and self.word(before) not in self.lex.determiners  # "The newly elected"
            and not self.word(before).endswith(self.lex.possessive_endings)
        )

    def _object_after_verb(self, start: int, end: int) -> int | None:
        """Where the noun phrase after the last verb in ``start``..``end`` opens, past the
        prepositions and particles right after the verb (``hired`` of ``Jo Roe hired
        pilots``, ``compared with 20 percent``, ``lined up with Roe``), the verb no word
        of the phrase's (not ``the retired pilots`` nor ``the newly appointed
        minister``) nor a participle after a comma, which opens a piece of its own
        (``…, compared with 20 percent who``); ``None`` without one."""
        for m in range(end - 2, start - 1, -1):
            verb = self.is_predicate(m, end) or (
                self.word(m) in self.lex.finite_verbs and not self.t[m].is_capitalised
            )
            if verb and self.is_punct(m - 1, ","):
                return None
            if verb and not (
                m > start
                and (
                    self.word(m - 1) in self.lex.determiners
                    or (self.is_adverb(m - 1) and not self.adverb_of_verb(m - 1, start))
                )
            ):
                m += 1
                while m < end - 1 and self.word(m) in self.lex.prepositions:
                    m += 1
                return m
        return None
