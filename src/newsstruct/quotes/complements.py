"""The content of a cue frame: the complement clause after a cue (``said that C``), its
end (the mood of reported speech, a main clause of the writer's, an attribution tail),
questions, infinitives of control cues, colon-introduced words and content before a
cue (``C, he said``).
"""

from __future__ import annotations

import regex

from newsstruct.lang import (
    ADJECTIVE_BODY_WORDS,
    SENTENCE_STOPS,
    Lexicon,
    is_adjective_body,
    is_participle_form,
)
from newsstruct.quotes.reading import (
    ADJUNCT_REACH,
    BARE_NOUN_WORDS,
    DASHES,
    INFINITIVE_REACH,
    LIST_ITEM_WORDS,
    MARKED_NAME_LENGTH,
    MAX_ACCORDING,
    MAX_MIDDLE,
    MAX_PIECE,
    MAX_SOURCE,
    NAME_WORDS,
    TokenReader,
    is_joined_infinitive,
    is_plural,
    is_short_name_quotation,
    is_titled_quotation,
    is_work_title,
    match_phrase,
    remembered,
    split_elision,
)
from newsstruct.quotes.tokens import TEXT, Token, fewer_words, is_abbreviation_dot

__all__ = ["ComplementReader", "subjunctive_by_ending"]

_MAX_TAIL_NAME = 6
_MIN_CONTENT_WORDS = 2
_CLAUSE_SUBJECT_REACH = 6  # words from a clause's start to its finite verb, at most
_CLAUSE_REACH = 40  # words back from a cue to the start of its clause
_SUBJECT_MODIFIERS = 3  # lower-case words between a subject's article and its noun
# words of a quotation that make a clause of their own, at least: no subject for the
# words written with a conjunction after it to go on with (conjunction_prefixes)
_QUOTED_CLAUSE_WORDS = 3
_SUBJECT_WORDS = 5  # words of a subject before a verb in the second place ("Die neue Brücke")
_ASIDE_CLAUSE = 12  # words of a clause of time or reason among a cue's words
_ASIDE_WORDS = 6  # words of an aside inside a subject ("the plan, while costly,")
_CLAUSE_SUBJECT_WORDS = 5  # words of a clause's subject after a cue ("notes the new ferry is")
# Marks that end content: closing brackets and quotation marks, and the signs of a unit
# after a number ("15,5%", "12‰", "-5°"; a currency sign, "40 ₴"), which belong to the content.
_KEPT_AT_END = regex.compile(r"[)”’\"'»%‰‱°℃℉\p{Sc}]")
_COLON_REACH = 3
_CONTROL_REACH = 5  # words between a control cue and its infinitive ("призвал X Y сделать")
_PREPOSITION_PHRASE = 4  # words after a preposition between a cue and "that"
_TITLE_LENGTH = 40  # characters of a programme's or a paper's title in marks, marks included
_RELATIVE_CUE_REACH = 4  # words from a relative pronoun to its cue's content ("who has described")
_JOINED_CUE_REACH = 6  # words back from joined subjects to their cue ("sagten am Abend Jo")
_SHORT_WORD = 3  # letters of a function word with a verb's ending ("has", "was", "his")
ATTRIBUTION_WORDS = 5  # tokens between a quotation and its own cue ("“q,” Jo Roe added")
_BARE_SUBJECT_WORDS = (
    3  # words of a subject with no determiner before its verb ("legal experts had")
)
_NONE: frozenset[str] = frozenset()


def subjunctive_by_ending(
    before: str, token: Token, lexicon: Lexicon, *, noun_subject: bool = False
) -> bool:
    """Whether ``token`` after the word ``before`` is a verb in the reported-speech mood
    by its ending: after a third-person subject pronoun (German ``er weise``, ``man
    müsse``) or, with ``noun_subject``, after a noun with its article (``die Fähre
    fahre``), not a past (``er sagte``; but a listed ``er trete``), an auxiliary or a
    function word."""
    w = token.lower
    return (
        bool(lexicon.subjunctive_endings)
        and (noun_subject or (before in lexicon.pronouns and before not in lexicon.first_person))
        and token.kind == "w"
        and not token.is_capitalised
        and w.endswith(lexicon.subjunctive_endings)
        # "sie trete": a listed form of the indirect mood is one despite its past ending
        and (w in lexicon.indirect_mood_forms or not w.endswith(lexicon.indicative_endings))
        and w not in lexicon.auxiliaries
        and w not in lexicon.passive_auxiliaries
        and w not in lexicon.finite_auxiliaries
        and w not in lexicon.determiners
        and w not in lexicon.prepositions
        and w not in lexicon.conjunctions
        and w not in lexicon.pronouns
    )


class ComplementReader(TokenReader):
    """Finds the content a cue introduces in a paragraph's tokens."""

    # -- the content after a cue ----------------------------------------------------
    def opens_infinitive_adverb(self, m: int) -> bool:
        """Whether token ``m`` is a lower-case adverb of manner with one of
        :attr:`Lexicon.infinitive_adverb_endings` (``ощадливо``), no noun that ends like one
        (``керівництво``) and no pronoun (``закликав його припинити``: the object)."""
        word = self.words[m]
        return (
            self.t[m].kind == "w"
            and not self.t[m].is_capitalised
            and word.endswith(self.lex.infinitive_adverb_endings)
            and not word.endswith(self.lex.infinitive_adverb_lookalikes)
            and word not in self.lex.object_pronouns
            and word not in self.lex.pronouns
        )

    def opens_infinitive_content(self, k: int, hi: int) -> bool:
        """Whether an infinitive of :attr:`Lexicon.infinitive_contents` opens at ``k``, the
        content of the cue before it, after two words of negation at most (``a affirmé
        avoir reçu``, ``a assuré ne pas vouloir``, ``a dit n'avoir rien vu``)."""
        if not self.lex.infinitive_contents:
            return False
        m = k
        contents = self.lex.infinitive_contents
        while (
            m < min(hi, k + 2)
            and self.lower_word(m)
            and self.word(m) in self.lex.auxiliaries
            and self.word(m) not in contents
        ):
            m += 1
        return m < hi and self.lower_word(m) and self.word(m) in contents

    def prepositional_infinitive(self, k: int, hi: int) -> int | None:
        """Where the infinitive starts that one of :attr:`Lexicon.control_prepositions`
        marks at ``k`` or within the few words of an addressee after ``k`` (French ``à
        rester``, ``aux habitants de rester``, ``d'agir``, the preposition written on), or
        ``None``."""
        if not self.lex.control_prepositions:
            return None
        for m in range(k, min(hi, k + _CONTROL_REACH)):
            if not self.lower_word(m) or (m > k and self.word(m) in self.table.verbs):
                return None
            w = self.word(m)
            elided, rest = split_elision(w, self.lex.control_prepositions)
            if elided:  # "d'agir": the preposition written onto the infinitive
                if rest.endswith(self.lex.infinitive_endings):
                    return m
                continue
            following = self.word(m + 1) if m + 1 < hi else ""
            if w in self.lex.control_prepositions and (
                (
                    self.lower_word(m + 1)
                    and following.endswith(self.lex.infinitive_endings)
                    and following not in self.lex.determiners
                    and following not in self.lex.pronouns
                )
                # "à « reprendre le dialogue »": the words asked for quoted
                or (m + 1 < hi and self.t[m + 1].kind == "q" and self.t[m + 1].opens_lower)
            ):
                return m + 1
            if m == k and w not in self.lex.prepositions:
                return None  # the addressee's own preposition opens the few words
        return None

    @remembered
    def content_after(self, k: int, hi: int, cue_words: tuple[str, ...]) -> tuple[int, int] | None:
        """The content a cue introduces after it, from ``k`` (after the cue words
        ``cue_words``): a complement clause, a question, an infinitive of a control cue or
        an object noun phrase, as a token range; it ends before a second predicate of
        the cue's subject that the verb's form tells (:meth:`cue_predicate`)."""
        content = self._content_after(k, hi, cue_words)
        if content is None:
            return None
        conjunction = self.cue_predicate(k - len(cue_words), content, self.cue_verb(cue_words))
        if conjunction is None:
            return content
        end = conjunction
        while end > content[0] and self.is_punct(end - 1, ","):
            end -= 1
        return (content[0], end)

    def cue_verb(self, cue_words: tuple[str, ...]) -> str:
        """The verb after the auxiliaries a cue phrase holds (``a cerut``, ``ha
        invitato``, ``has said``)."""
        return next((w for w in cue_words if w not in self.lex.auxiliaries), cue_words[0])

    def cue_predicate(self, cue: int, content: tuple[int, int], verb: str) -> int | None:
        """The conjunction in ``content`` that opens a second predicate of the subject
        of the cue ``verb`` (its first token at ``cue``), where the verb's form fits the
        cue and not the content: a gerund after a gerund cue (``praising the crew and
        thanking the divers``), a perfect after a perfect cue (``has said she wants a
        pier and has asked for funds``), a past form after a past cue whose content is
        in the present (``said she admires the crew and thanked them``).  The content
        holds no form of the same kind before the conjunction (``urging them to keep
        sailing and fishing``, ``said the pier has closed and has reopened``)."""
        lex = self.lex
        start, end = content
        gerund = verb.endswith(lex.participle_endings)
        before = self.word(cue - 1)
        if self.is_adverb(cue - 1):
            before = self.word(cue - 2)  # "has repeatedly said"
        perfect = before in lex.perfect_auxiliaries
        past = not perfect and verb in lex.past_cues
        if not (gerund or perfect or past) or (past and not self.present_content(start, end)):
            return None
        for m in range(start + 1, end - 1):
            w = self.words[m]
            if gerund and (
                self.is_gerund(m) or w in lex.passive_auxiliaries or w in lex.perfect_participles
            ):
                return None  # "of being late and missing"
            if (perfect or past) and w in lex.perfect_auxiliaries:
                return None  # "said the mill has stood empty and lost": its participle
            if past and self.is_finite_form(w) and w not in lex.present_auxiliaries:
                return None
            if w not in lex.list_conjunctions or self.t[m + 1].is_capitalised:
                continue
            v = m + 1
            # ("net-mending": a compound noun, no gerund)
            if (
                gerund
                and self.is_gerund(v)
                and "-" not in self.word(v)
                and self.opens_object(v + 1)
            ):
                return m
            if (
                past
                and self.is_predicate(v, end)
                and self.word(v).endswith(lex.past_suffixes)
                and self.opens_object(v + 1)
                and not self.joins_participle(start, v)  # "crews are paid and treated"
            ):
                return m
            if perfect and self.word(v) == before:
                n = v + 2 if self.is_adverb(v + 1) else v + 1  # "and has also asked"
                if self.is_past_participle(n, endings=False):
                    return m
        return None

    def opens_object(self, m: int) -> bool:
        """Whether the word at ``m`` opens a verb's object or adjunct: a determiner, a
        possessive, an object pronoun, a preposition or an infinitive marker."""
        w = self.word(m)
        lex = self.lex
        return (
            w in lex.determiners
            or w in lex.possessive_determiners
            or w in lex.object_pronouns
            or w in lex.prepositions
            or w in lex.infinitive_markers
        )

    def present_content(self, start: int, end: int) -> bool:
        """Whether the clause ``start``..``end`` has its verb in the present: within the
        words of a subject, a present auxiliary (``the pier is``, ``she will``) or a
        present form after a subject pronoun (``she admires``) comes before any other
        finite form."""
        for m in range(start, min(end, start + _CLAUSE_SUBJECT_WORDS + 1)):
            if not self.lower_word(m):
                continue
            w = self.word(m)
            if w in self.lex.present_auxiliaries:
                return True
            if self.is_finite_word(w):
                return False
            if m > start and self.is_subject_pronoun(m - 1) and is_plural(w, self.lex):
                return True
        return False

    def _content_after(self, k: int, hi: int, cue_words: tuple[str, ...]) -> tuple[int, int] | None:
        verb = self.cue_verb(cue_words)
        control = verb in self.table.control_verbs or cue_words[-1] in self.lex.addressee_particles
        if self.opens_reference(k, hi):
            return None  # "C, the agency reported citing X": the cue's source, no content
        i = self.addressee_end(k, hi, cue_words)
        if self.indefinite_object(k, i, hi):
            return None  # "would not tell the panel anything it had not heard": the thing
        if self.object_before_verb(i, hi):
            return None  # "People who know him said C": the cue's object, then another verb
        if control and i <= k + 1 and self.passive_infinitive(k, hi):
            return None  # "asked not to be named": a request about the speaker, no content
        if self.lex.comma_complement:
            comma = i
            if self.word(i) in self.lex.dative_prepositions:
                # "menjelaskan kepada wartawan, C": whom it was said to, then the comma
                comma = next(
                    (
                        m
                        for m in range(i + 1, min(hi, i + 1 + ADJUNCT_REACH))
                        if self.t[m].kind != "w"
                    ),
                    hi,
                )
            if (
                self.is_punct(comma, ",")
                and comma + 1 < hi
                and self.t[comma + 1].kind == "w"
                # "Budi mengatakan, dan semua setuju": the sentence goes on, no content
                and self.word(comma + 1) not in self.lex.conjunctions
            ):
                return self._content_range(comma + 1, hi)  # "Budi mengatakan, harga akan naik"
        colon = self.colon_after(k, hi)
        if colon is not None and colon + 1 < hi and self.t[colon + 1].kind == "q":
            # a few words before a colon and a quotation: the cue's colon frame ("said
            # warmly: “Q”", "said the following: “Q”", "explained it this way: “Q”")
            return None
        colon = self.adjuncts_to_quotation(i, hi)
        if colon is not None:
            return self._content_range(colon + 1, hi)
        if (
            i + 2 < hi
            and self.words[i] in self.lex.complementizers
            and self.words[i + 2] in self.lex.complementizers
            and (
                self.word(i + 1) in self.lex.time_words
                or any(
                    f"{self.word(i + 1)}{ending}" in self.lex.time_phrase_ends
                    for ending in self.lex.plural_endings
                )
            )
        ):
            i += 2  # "told residents that day that C": a demonstrative before a time noun
        if i < hi and (self.words[i] in self.lex.complementizers):
            second = self.complementizer_after_relative(i, hi)
            if second is not None:
                # "said in a statement that was released Monday that C", "told the
                # crowd that gathered in the square that C": a relative on the noun
                return self._content_range(second + 1, hi)
            if (
                i > k
                and self.word(i + 1) not in self.lex.finite_auxiliaries
                and self.is_finite_form(self.word(i + 1))
            ):
                return None  # "told the crowd that gathered …": a relative on the addressee
            if i == k and cue_words[-1] in self.lex.medium_nouns and self.relative_verb_at(i + 1):
                return None  # "said in a statement that was posted online": the noun's
            if (
                i == k
                and self.lex.zero_complementizer
                and self.word(i + 1) in self.lex.finite_auxiliaries
            ):
                # "said that was a mistake": an auxiliary right after "that" makes it the
                # demonstrative subject of the content, no complementizer
                return self._content_range(i, hi)
            if i > k and control:
                to = self.infinitive_after_relative(i, hi)
                if to is not None:
                    # "told the crowd that was gathered there to leave"
                    return self._content_range(to + 1, hi, infinitive=True)
            return self._content_range(i + 1, hi)
        if i < hi and self.words[i] in self.lex.answer_words:
            if (
                i + 1 >= hi
                or self.t[i + 1].kind == "p"
                or (
                    self.word(i + 1) not in self.lex.infinitive_markers
                    and self.only_adjuncts(i + 1, hi)
                )
            ):
                return (i, i + 1)  # "most voters said yes.", "half said so in May"
            if self.word(i + 1) in self.lex.infinitive_markers:
                return self._content_range(i, hi, min_words=1)  # "said no to the war"
            if self.word(i) in self.lex.determiners and self.main_verb_in(
                i + 1, next((m for m in range(i, hi) if self.is_punct(m, ",;")), hi)
            ):
                return self._content_range(i, hi, min_words=3)  # "said no decision was made"
        asked = self.question_content(
            i, hi, verb in self.lex.question_cues, verb in self.lex.explaining_cues
        )
        if asked is not None:
            return asked
        if not control and self.opens_infinitive_content(i, hi):
            return self._content_range(i, hi, infinitive=True)  # "a affirmé avoir reçu C"
        if (
            (
                verb in self.lex.object_content_cues
                or self.prepositional(cue_words)
                or (len(cue_words) > 1 and cue_words[-1] in self.lex.infinitive_markers)
            )
            and i < hi
            and (self.t[i].kind == "w" or self.opens_sum(i, hi))
            and self.word(i) not in self.lex.prepositions
            and self.word(i) not in self.lex.conjunctions
            and self.word(i) not in self.lex.time_words
            and self.word(i) not in self.lex.auxiliaries
        ):
            # "criticized the plan", "rejected the offer at a rally"
            content = self._content_range(i, self.object_end(i, hi), min_words=1)
            if (
                content is not None
                and cue_words[-1] in self.lex.marked_content_prepositions
                and not self.quotes_in(content)
            ):
                return None  # "man spricht von 30.000 Talern": a topic, no words
            return content
        if control and self.opens_infinitive(i, hi):
            return self._content_range(i + 1, hi, infinitive=True)
        infinitive = self.prepositional_infinitive(i, hi) if control else None
        if infinitive is not None:
            return self._content_range(infinitive, hi, infinitive=True)
        if control and self.lex.infinitive_endings and not self.lex.control_prepositions:
            # "призвал стороны не прекращать переговоры": the infinitive after the object
            for m in range(k, min(hi, k + _CONTROL_REACH)):
                if self.t[m].kind != "w" or self.word(m) in self.table.verbs:
                    break
                if self.word(m).endswith(self.lex.infinitive_endings):
                    start = m
                    while start > k and self.word(start - 1) in self.lex.auxiliaries:
                        start -= 1
                    if start > k and self.opens_infinitive_adverb(start - 1):
                        start -= 1  # "закликав мешканців ощадливо використовувати воду"
                    return self._content_range(start, hi)
        if (
            verb in self.table.object_verbs
            or (verb in self.lex.letter_verbs and self.written_to(i, hi))
        ) and not self.lex.verb_second:
            that = self.complementizer_after_addressee(i, hi)
            if that is not None:
                # "told a packed crowd in Salem, Iowa, on Monday that C"
                return self._content_range(that + 1, hi)
        # adjuncts before "that": "said in a statement on Monday that" (a verb-second
        # language reads its complements in complement())
        m, after_preposition, cited = i, 0, False
        while m < hi and m - i < ADJUNCT_REACH and not self.lex.verb_second:
            ago = self.time_ago_end(m, hi)
            if ago > m:
                m = ago  # "said two years ago that C", "said days ago she would"
                continue
            dated = self.date_end(m, hi)
            if dated > m:
                m = dated  # "said on Sept. 3 that C"
                continue
            token = self.t[m]
            w = self.words[m]
            if (
                m > i
                and self.is_punct(m, ",")
                and self.after_adjunct(i, m)
                # but "said in Salem, Iowa, …": a place's state or country
                and not (m + 1 < hi and self.t[m + 1].is_capitalised)
            ):
                content = self.clause_after_aside(m, hi, cue_words)
                if content is not None:
                    return content  # "said on Friday, however, he would stay"
            second = self.complementizer_after_relative(m, hi) if m > i else None
            if second is not None:
                # "wrote in a letter that circulated Monday that C": a relative on the
                # adjunct's noun, then the cue's own complementizer
                return self._content_range(second + 1, hi)
            if (
                w in self.lex.complementizers
                and m > i
                and (
                    self.word(m + 1) in (self.lex.finite_auxiliaries)
                    # "ordered a probe into a project that collapsed after it was
                    # built": a verb right after it, a relative on the adjunct's noun
                    # (where a subject is never dropped: "uvedl, že požádal")
                    or self.relative_verb_at(m + 1)
                    # "said, referring to his comments that C": the reference's own
                    # clause, where no comma closes the reference before "that"
                    or (cited and not self.is_punct(m - 1, ","))
                )
            ):
                break  # "told reporters after the meeting that was held …": a relative
            if w in self.lex.complementizers or (control and self.opens_infinitive(m, hi)):
                # "vowed on Saturday to …"
                return self._content_range(m + 1, hi, infinitive=w not in self.lex.complementizers)
            if not control and m > i and self.opens_infinitive_content(m, hi):
                # "a dit à l'AFP être « très inquiète »": the infinitive after an adjunct
                return self._content_range(m, hi, infinitive=True)
            if (
                m > i
                and self.lex.zero_complementizer
                and (w in self.lex.pronouns or self.is_contraction(m))  # "she's"
                and w not in self.lex.object_pronouns
                and w not in self.lex.relative_pronouns
                and self.word(m - 1) not in self.lex.clause_openers  # "told aides as he left"
                and self.after_adjunct(i, m)
            ):
                return self._content_range(m, hi, min_words=3)  # "said on Friday she would"
            if (
                m > i
                and self.lex.zero_complementizer
                and w in self.lex.determiners
                and w not in self.lex.pronouns
                and (
                    self.word(m - 1) in self.lex.time_words
                    or self.word(m - 1) in self.lex.time_phrase_ends
                )
                and (
                    all(
                        self.word(n) in self.lex.time_words
                        or self.word(n) in self.lex.prepositions
                        or self.in_time_phrase(n, m)
                        for n in range(i, m)
                    )
                    or self.time_ago_end(i, m) == m  # "said 10 days ago the plan"
                )
                and self.after_adjunct(i, m)
                and (
                    self.main_verb_in(
                        m, next((n for n in range(m, hi) if self.is_punct(n, ",;")), hi)
                    )
                    or self.clause_after(m, hi)  # "the ferry runs too late"
                )
            ):
                # "said on Friday the plan", "has argued for months the tax"
                return self._content_range(m, hi, min_words=3)
            if (
                m > i
                and self.is_punct(m - 1, ",")
                and w in self.table.verbs
                and w.endswith(self.lex.participle_endings)
                and not self.opens_reference(m, hi)  # "reported, citing X, that C" (below)
            ):
                break  # "said on Tuesday, adding that C": a cue of its own
            if (
                m > i + 1
                and self.is_punct(i, ",")
                and self.word(m - 1) in self.lex.gerund_prepositions
                and w.endswith(self.lex.participle_endings)
                and not any(self.is_punct(n, ",") for n in range(m, min(hi, m + ADJUNCT_REACH)))
            ):
                # "C, he said, by creating a rule that …": a gerund's clause set off after
                # the cue, its "that" a relative; but "said, after meeting X, that C"
                break
            closing = (
                self.bracket_end(m, hi)
                if m > i
                and (self.t[m - 1].is_capitalised or self.word(m - 1) in self.lex.time_words)
                else m
            )
            if closing > m:
                m = closing  # "wrote on X (formerly Twitter) that", "אמר היום (שלישי) כי"
                continue
            closing = self.dash_aside_end(m, hi)
            if closing > m:
                m = closing  # "said on Monday — a day after the storm — that"
                continue
            if (
                token.kind == "q"
                and after_preposition > 0
                and is_short_name_quotation(token, _TITLE_LENGTH)
            ):
                m += 1  # "said on Harbour TV's “Morning Tide” on Friday that": a title
                continue
            if (
                token.kind == "q"
                and not self.before_complementizer(m + 1, hi)
                and self.word(m + 1) not in self.lex.complementizers
            ) or (token.kind == "p" and token.text != ","):
                # but "заявил «Интерфаксу», что": a channel in marks; "said on “This
                # Week” that": a programme's title
                break
            if self.clause_cue_at(i, m):
                break  # "said, after Al Poe assured her that C": the clause's cue says C
            # "wrote to the senator's office that": "to" and its noun phrase; "reported,
            # citing X, that": a reference phrase and the source it cites
            cited = cited or (self.is_punct(m - 1, ",") and self.opens_reference(m, hi))
            opens = (
                w in self.lex.prepositions
                or self.is_elided_dative(m)  # "ha dichiarato all'ANSA che"
                or (
                    w in self.lex.infinitive_markers
                    and not (control and self.opens_infinitive(m, hi))
                )
                or cited
            )
            if token.kind == "w" and not (
                token.is_capitalised
                or opens
                or w in self.lex.time_words
                or w in self.lex.determiners
                or w in self.lex.pronouns
                or w in self.lex.auxiliaries  # "said bluntly that"
                or self.has_adverb_ending(w)
                or after_preposition > 0
                # "said, twice, that", "added, though, that": one word set off by commas
                or (self.is_punct(m - 1, ",") and self.is_punct(m + 1, ","))
                # where content needs its complementizer, the words before it are the
                # cue's objects: "объясняет россиянам, что"
                or not (
                    self.lex.zero_complementizer
                    or w in self.lex.conjunctions
                    or w in self.table.verbs
                )
            ):
                break
            # a preposition's noun phrase: up to four words ("in the early morning hours")
            after_preposition = _PREPOSITION_PHRASE if opens else max(0, after_preposition - 1)
            m += 1
        lead = i
        words = self.words
        while i < hi and words[i] in self.lex.time_words:
            i += 1  # "said Friday the plan…", "said Friday afternoon, as …"
        dated = self.date_end(i, hi)
        if dated > i and self.word(dated) not in self.lex.auxiliaries:
            i = dated  # "said Sept. 3 the plan…" (but "said Jan. 12 was a good day")
        if i > lead and i < hi and self.without_possessive(words[i]) in self.lex.time_words:
            i = lead  # "said last year's budget grew": the words of time open a noun phrase
        if i >= hi:
            return None
        token = self.t[i]
        w = words[i]
        if token.kind == "p" and token.text in ":," and i + 1 < hi and self.t[i + 1].kind == "q":
            return self.quotation_content(i + 1, hi)
        content = self.clause_after_aside(i, hi, cue_words)
        if content is not None:
            return content
        if token.kind == "q":
            return self.quotation_content(i, hi)
        if control and self.opens_infinitive(i, hi):
            return self._content_range(i + 1, hi, infinitive=True)
        amount = (
            i + 1
            if w in self.lex.topic_prepositions and self.is_amount(i + 1, hi)
            else self.approximator_end(i, hi)  # "said at least 20 people died"
        )
        if amount > i and self.main_verb_in(
            amount, next((m for m in range(i, hi) if self.is_punct(m, ",;")), hi)
        ):
            # "said about half of the votes were counted": "about" a number is no topic
            return self._content_range(i, hi, min_words=3)
        if w in self.lex.attributive_prepositions and self.bare_subject_at(i + 1, hi):
            # "said outside experts had warned C", but "said outside the hall"
            return self._content_range(i, hi, min_words=3)
        if self.opens_sum(i, hi):
            return self._content_range(i, hi, min_words=3)  # "said $5 million was spent"
        # "said if Roe wins, she would"; a preposition among the conditional openers opens
        # the content only before a clause after its phrase ("says despite the loss, she
        # will stay", but "C, Roe said despite protests from residents.")
        if (
            token.kind == "w"
            and w in self.lex.conditional_openers
            and (
                w not in self.lex.prepositions
                or (
                    (phrase_end := self.comma_after(i + 1, min(hi, i + ADJUNCT_REACH))) is not None
                    and (
                        self.is_subject_pronoun(phrase_end + 1)
                        or self.has_finite_verb(phrase_end + 1, hi)
                    )
                )
            )
        ):
            return self._content_range(i, hi, min_words=3)
        if token.kind != "w" or w in self.lex.prepositions or w in self.lex.infinitive_markers:
            return None
        if (
            w in self.lex.auxiliaries
            and w not in self.lex.finite_auxiliaries
            and self.word(i + 1) in self.lex.quantifiers
            and self.main_verb_in(
                i + 1, next((m for m in range(i, hi) if self.is_punct(m, ",;")), hi)
            )
        ):
            return self._content_range(i, hi, min_words=3)  # "said too many people left"
        if w in self.lex.auxiliaries or w in self.lex.conjunctions or w in self.lex.clause_openers:
            return None
        if self.is_elided_clause(i, hi):
            return (i, i + 2)  # "Roe said she would."
        if (
            len(cue_words) > 1
            and self.is_past_participle(i, endings=False)
            and (
                self.word(i + 1) in self.lex.prepositions
                or self.word(i + 1) in self.lex.determiners
            )
        ):
            # "said in a statement released on Monday (that C)", "told reporters gathered
            # there": a participle on the noun that ends the cue, then its own "that" or
            # no clause of content
            that = next(
                (
                    m
                    for m in range(i + 1, min(hi, i + ADJUNCT_REACH))
                    if self.t[m].kind != "w" or self.words[m] in self.lex.complementizers
                ),
                None,
            )
            if that is None or self.t[that].kind != "w":
                return None
            return self._content_range(that + 1, hi)
        if (
            self.lex.zero_complementizer
            and not self.lex.verb_second
            and verb not in self.table.object_verbs
            and self.subject_with_aside(i, hi)
        ):
            # "says Millennials, numbering 75 million, surpassed C": a name, an aside
            # between commas, and the clause's verb
            return self._content_range(i, hi, min_words=3)
        if (
            self.only_adjuncts(i, hi, dash_ends=self.dash_comment_after(i, hi))
            or self.lex.verb_second
            or not self.lex.zero_complementizer
        ):
            # "told The New York Times then." (or "then — a rebuke"); German content needs a
            # comma; where content needs its complementizer, a noun after the cue is its
            # object ("объясняет неприятие …")
            return None
        # "ha añadido nuevos detalles": the participle of a compound cue tells too
        if any(w in self.lex.clause_cues for w in cue_words) and not self.main_verb_in(
            i, next((m for m in range(i, hi) if self.is_punct(m, ",;")), hi)
        ):
            return None  # "maintains a wide lead": a noun phrase, no clause
        adjunct = self.object_end(i, hi)
        if (
            adjunct < hi
            and self.spoken_through(adjunct, hi)
            and not self.main_verb_in(i, adjunct)
            and not self.has_finite_verb(
                adjunct, next((m for m in range(adjunct, hi) if self.is_punct(m, ",;")), hi)
            )
        ):
            # "denied the charges through his lawyer": a noun phrase, then the person
            # who spoke for the subject
            return self._content_range(i, adjunct, min_words=1)
        medium = self.medium_after(i + 1, hi) if self.lex.medium_prepositions else None
        if medium is not None and not self.main_verb_in(i, medium):
            # "denied the allegations in a statement": a noun phrase, the medium of the
            # speech after it
            return self._content_range(i, medium, min_words=1)
        # the first mark or phrase of time after the object's first word (plain words read
        # past: see plain_end)
        words, openers = self.words, self.table.time_openers
        timed = i
        while True:
            timed = self.plain_end(timed + 1) if timed < hi else hi
            if (
                timed >= hi
                or self.t[timed].kind != "w"
                or (
                    words[timed] in openers  # (most words open no phrase of time: a set test)
                    and self.opens_time_adjunct(timed)
                    # "denied the last report": an adjective after an article
                    and words[timed - 1] not in self.lex.determiners
                )
                # "announced her bid in June 2015", "posted a photo on Twitter": the date
                # or platform of the speech after a noun phrase (not "said the pier that
                # opened in May", "said the pier opened in May": the clause's own; nor
                # "posted a photo on Twitter of the pier": the noun's genitive goes on)
                or (
                    self.opens_date_or_platform(timed)
                    and self.word(timed + 2) not in self.lex.genitive_prepositions
                    and not self.opens_clause_within(i, timed)
                )
            ):
                break
        timed = min(timed, hi)
        if (
            timed < hi
            and self.t[timed].kind == "w"
            and not self.lex.uninflected_verbs  # no form shows the clause's verb
            and not self.main_verb_in(i, timed)
            and self.only_adjuncts(timed, hi)
        ):
            # "denied the report on Monday": a noun phrase, then the time of the speech
            return self._content_range(i, timed, min_words=1)
        second = self.second_predicate(i, hi)
        if second is not None:
            # "denied the charges and sued the paper": a noun phrase, then a second
            # predicate of the cue's subject
            return self._content_range(i, second, min_words=1)
        # a zero "that": "said he was", "critics say the money could go elsewhere";
        # two words where a subject pronoun and a finite verb make them ("said he agreed",
        # "says she stays": a present form after the pronoun of one person or thing)
        short = self.opens_pronoun_clause(i)
        return self._content_range(i, hi, min_words=2 if short else 3)

    def opens_clause_within(self, k: int, end: int) -> bool:
        """Whether the words ``k``..``end`` hold a clause of their own or open one: a
        complementizer, relative or subordinating word (``the pier that opened``, ``if
        it closes``) or, after the first word, a finite form in lower case (``the pier
        opened``, ``the port needs``) that no article, possessive or preposition leads
        (``the flooded pier``, ``of flooded piers``: an adjective)."""
        lex = self.lex
        return any(
            (w := self.word(m)) in lex.complementizers
            or w in lex.clause_openers
            or w in lex.relative_pronouns
            or w in lex.subordinators
            or (
                m > k
                and self.lower_word(m)
                and (
                    self.is_finite_word(w)
                    or (self.present_after_noun(m) and not is_plural(self.word(m - 1), lex))
                )
                and (before := self.word(m - 1)) not in lex.determiners
                and before not in lex.possessive_determiners
                and before not in lex.prepositions
            )
            for m in range(k, end)
        )

    def second_predicate(self, k: int, hi: int) -> int | None:
        """The conjunction that opens a second predicate of the cue's subject after a
        noun-phrase content from ``k`` (``denied the charges and sued the paper``,
        ``mentioned it twice and seemed to blame it``): a verb form that a word of its
        own phrase follows (an object, a preposition, ``to``, an adverb), where no
        finite verb nor subject pronoun makes the words before it a clause (``said the
        plan failed and cost …``, ``said he met her and left``).  A noun-like cue is
        read as a noun (``shootings and protests demand``), a form before a noun as an
        adjective (``the wind and grey weather``)."""
        if self.is_subject_pronoun(k) or self.is_contraction(k):
            return None
        words = self.words
        for m in range(k + 1, min(hi, k + MAX_PIECE)):
            w = words[m - 1]
            if (
                w in self.lex.complementizers
                or w in self.lex.clause_openers
                or w in self.lex.relative_pronouns
            ):
                return None  # a clause opens inside the phrase ("the aide who succeeded")
            v = m + 1
            if (
                words[m] not in self.lex.conjunctions
                or not self.is_predicate(v, hi)
                or self.word(v) in self.lex.noun_like_cues
            ):
                continue
            if self.main_verb_in(k, m):
                return None
            after = self.t[v + 1] if v + 1 < hi else None
            w = self.word(v + 1)
            if after is not None and (
                after.kind == "q"
                or after.is_capitalised
                or w in self.lex.determiners
                or w in self.lex.pronouns
                or w in self.lex.possessive_determiners
                or w in self.lex.prepositions
                or w in self.lex.infinitive_markers
                or w in self.lex.time_words
                or self.is_adverb(v + 1)
            ):
                return m
        return None

    def complementizer_after_relative(self, i: int, hi: int) -> int | None:
        """The complementizer that follows a relative clause opened by the one at ``i``
        (``that was released Monday that C``): the next within
        :data:`~newsstruct.quotes.reading.ADJUNCT_REACH` words, no punctuation between;
        ``None`` where none does or where it opens a relative too (``the meeting that was
        held on a ferry that sailed along the coast``), and where the word at ``i`` is no
        complementizer before a finite verb."""
        if self.word(i) not in self.lex.complementizers or not self.is_finite_word(
            self.word(i + 1)
        ):
            return None
        for m in range(i + 2, min(hi, i + ADJUNCT_REACH)):
            if self.t[m].kind != "w":
                return None
            if self.words[m] in self.lex.complementizers:
                return None if self.is_finite_word(self.word(m + 1)) else m
        return None

    def infinitive_after_relative(self, i: int, hi: int) -> int | None:
        """The infinitive marker after a passive relative clause that the ``that`` at
        ``i`` opens on a control cue's addressee (``told the crowd that was gathered
        there to leave``): an auxiliary, a participle and at least one more word before
        the marker, no punctuation (``told aides that was expected to happen``: the
        content's own subject and verb); else ``None``."""
        if not (
            self.word(i + 1) in self.lex.finite_auxiliaries
            and is_participle_form(self.word(i + 2), self.lex, endings=False)
        ):
            return None
        for m in range(i + 4, min(hi, i + ADJUNCT_REACH)):
            if self.t[m].kind != "w":
                return None
            if self.opens_infinitive(m, hi):
                return m
        return None

    def quotation_content(self, q: int, hi: int) -> tuple[int, int] | None:
        """The content that opens with the quotation at ``q``: the quotation alone where
        only a phrase of time follows it to the sentence's end (``tweeted, “Q” on Friday
        afternoon``), else the clause or phrase it opens (``said “the plan” was dead``,
        ``said “Q” for his party``); the quotation alone where a comma inside its
        marks closes an aside before the sentence's verb (``Roe, citing “a crisis,”
        said C``)."""
        if self.ends_in_comma_before_verb(q, hi):
            return (q, q + 1)
        m = q + 1 if self.word(q + 1) not in self.lex.prepositions else q + 2
        n = m
        while n < hi and self.t[n].kind == "w" and self.word(n) in self.lex.time_words:
            n += 1
        if n > m and (n >= hi or self.is_punct(n, ".?!,;")):
            return (q, q + 1)
        return self._content_range(q, hi)

    def written_to(self, k: int, hi: int) -> bool:
        """Whether a letter verb's object at ``k`` names whom it was written to
        (:attr:`~newsstruct.lang.Lexicon.letter_verbs`: ``wrote the council that``,
        ``wrote the local paper, The Lornport Chief, that``): a determiner or a name
        opens it, and before the complementizer, with no preposition, a name, a noun
        that hears, an outlet's noun or a person's role (not ``wrote a report that``)."""
        if k >= hi or not (self.word(k) in self.lex.determiners or self.t[k].is_capitalised):
            return False
        for m in range(k, min(hi, k + ADJUNCT_REACH)):
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p" and token.text == ",":
                continue
            if token.kind != "w" or w in self.lex.prepositions or w in self.lex.complementizers:
                return False
            if (
                (token.is_capitalised and not (m == k and w in self.lex.determiners))
                or w in self.lex.listener_nouns
                or w in self.lex.media_words
                or (self.is_role(m) and w not in self.lex.thing_nouns)
            ):
                # (the same answer for every such word: the first asks it)
                return self.complementizer_after_addressee(k, hi) is not None
        return False

    def complementizer_after_addressee(self, k: int, hi: int) -> int | None:
        """The complementizer that ends the addressee and adjuncts of a cue that takes
        one, from ``k`` (``told a packed crowd in Salem, Iowa, on Monday that C``):
        words and commas only, no verb, pronoun or clause opener before it; not a
        relative ``that`` (``told the crowd that gathered …``)."""
        for m in range(k, min(hi, k + ADJUNCT_REACH)):
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p" and token.text == ",":
                continue
            if token.kind != "w":
                return None
            if w in self.lex.complementizers:
                following = self.word(m + 1)
                if m == k or not following or self.is_finite_form(following):
                    return None
                return m
            if (
                w in self.lex.finite_auxiliaries
                or w in self.table.verbs
                or w in self.lex.pronouns
                or w in self.lex.clause_openers
                or w in self.lex.relative_pronouns
            ):
                return None
        return None

    def is_elided_clause(self, k: int, hi: int) -> bool:
        """Whether a clause of a subject pronoun and a finite auxiliary alone, its verb
        left out, ends the sentence at ``k`` (``said she would.``, ``said they did.``)."""
        return (
            self.lex.zero_complementizer
            and self.is_subject_pronoun(k)
            and self.word(k + 1) in self.lex.finite_auxiliaries
            and (k + 2 >= hi or (self.t[k + 2].kind == "p" and self.t[k + 2].text in ".,;!?"))
        )

    def subject_with_aside(self, k: int, hi: int) -> bool:
        """Whether a name at ``k`` is the subject of a clause whose verb follows an aside
        between commas (``Roe, despite his wealth, is …``; an irregular past too: ``Roe,
        the harbour master, held …``)."""
        m = k
        while m < hi and self.t[m].is_capitalised:
            m += 1
        if m == k or m - k > NAME_WORDS + 1 or not self.is_punct(m, ","):
            return False
        closing = self.closing_comma(m + 2, hi, MAX_MIDDLE)
        return (
            closing is not None
            and not self.t[closing + 1].is_capitalised
            and self.is_finite_word(self.word(closing + 1))
        )

    def bare_subject_at(self, k: int, hi: int) -> bool:
        """Whether lower-case words with no determiner nor preposition from ``k`` are a
        clause's subject: a finite verb follows them within a few words (``experts had
        warned``, ``legal experts warned``); right after a determiner an adverb of the
        auxiliaries is the noun's modifier (``the first flats would``)."""
        for m in range(k, min(hi, k + _BARE_SUBJECT_WORDS + 1)):
            w = self.word(m)
            if m > k and self.is_finite_form(w):
                return True
            if (
                not w
                or self.t[m].is_capitalised
                or w in self.lex.determiners
                or w in self.lex.prepositions
                or (
                    w in self.lex.auxiliaries
                    and (
                        m > k
                        or w in self.lex.finite_auxiliaries
                        or k == 0
                        or self.word(k - 1) not in self.lex.determiners
                    )
                )
                or w in self.lex.pronouns
            ):
                return False
        return False

    def noun_before_auxiliary(self, k: int, hi: int, auxiliaries: frozenset[str] = _NONE) -> bool:
        """Whether the words from ``k`` (after a determiner) are a noun phrase with no
        preposition that a finite auxiliary ends (``vote would``, ``new budget has``): a
        clause's subject, never whom a cue addresses (``warned the vote would be close``;
        the word right after the determiner a noun though a verb's form: ``told the
        briefing would go ahead``); only these ``auxiliaries`` where given."""
        for m in range(k, min(hi, k + _BARE_SUBJECT_WORDS + 1)):
            w = self.word(m)
            if m > k and w in self.lex.finite_auxiliaries:
                return not auxiliaries or w in auxiliaries
            if (
                not w
                or w in self.lex.determiners
                or w in self.lex.prepositions
                or w in self.lex.infinitive_markers
                or w in self.lex.auxiliaries
                or w in self.lex.pronouns
                or w in self.lex.conjunctions
                or w in self.lex.indefinite_objects  # "told the panel nothing would"
                or (m > k and w in self.table.verbs)
            ):
                return False
        return False

    def adjuncts_to_quotation(self, k: int, hi: int) -> int | None:
        """The colon or comma before a quotation that only adverbs, phrases of time and
        prepositional phrases separate from a cue at ``k`` (``replied calmly, with a
        smile: “Q”``, ``said late last month, “Q”``, ``stated two days after the vote,
        “Q”``): the quotation is the content, none of the adjuncts' words."""
        m, after_preposition, noun_phrase = k, 0, False
        while m < hi and m - k < ADJUNCT_REACH:
            token = self.t[m]
            w = self.words[m]
            if token.kind == "p":
                # "noted on TV the change from the slogan, “Q”": a determiner after a
                # phrase's noun opens the cue's object, which the quotation names
                if (
                    m > k
                    and m + 1 < hi
                    and self.t[m + 1].kind == "q"
                    and (token.text == ":" or (token.text == "," and not noun_phrase))
                ):
                    return m
                if token.text != ",":
                    return None
            elif w in self.lex.prepositions:
                after_preposition = _PREPOSITION_PHRASE
            elif not (
                self.is_adverb(m)
                or w in self.lex.time_words
                or after_preposition > 0
                or self.in_time_phrase(m, hi)
            ) or (w in self.table.verbs and not self.is_adverb(m)):
                return None
            else:
                noun_phrase = noun_phrase or (
                    m > k
                    and w in self.lex.determiners
                    and self.word(m - 1) not in self.lex.prepositions
                )
                after_preposition = max(0, after_preposition - 1)
            m += 1
        return None

    def in_time_phrase(self, m: int, hi: int) -> bool:
        """Whether the word at ``m`` is part of a phrase of time with the words after
        it: a word of :attr:`Lexicon.time_phrase_words` or :attr:`Lexicon.time_phrase_ends`
        (``two days after the vote``, ``a day earlier``) or a word right before a word of
        time (``late last month``)."""
        w = self.words[m]
        return (
            w in self.lex.time_phrase_words
            or w in self.lex.time_phrase_ends
            or (m + 1 < hi and self.words[m + 1] in self.lex.time_words)
        )

    def colon_after(self, k: int, hi: int) -> int | None:
        """The colon that closes a cue at ``k``, after at most a few words of its own
        (``said:``, ``сказал так:``, ``пишет дальше:``, ``told reporters:``); a web
        address among them is one word (``wrote on https://roe.blog/today: Q``), its
        colons none."""
        m = k
        address = 0  # the tokens of web addresses passed, beyond the words' reach
        while m < hi and m - k - address <= _COLON_REACH:
            token = self.t[m]
            if token.kind == "p" and token.text == ":":
                if not (m + 1 < hi and self.t[m + 1].text == "/"):
                    return m
                start = m
                # "https://roe.blog/today": to the address's last glued token, not past
                # a colon before a space (the cue's own)
                while (
                    m + 1 < hi
                    and self.t[m + 1].start == self.t[m].end
                    and not (
                        self.t[m + 1].text == ":"
                        and (m + 2 >= hi or self.t[m + 2].start > self.t[m + 1].end)
                    )
                ):
                    m += 1
                address += m - start
                m += 1
                continue
            if self.names_outlet_told(m, hi):
                return m + 1  # "рассказал «Коммерсанту»: «Q»": whom it was told, in marks
            if token.kind != "w" or token.lower in self.table.verbs:
                return None
            if token.lower in self.lex.complementizers:
                return None
            m += 1
        return None

    def names_outlet_told(self, m: int, hi: int) -> bool:
        """Whether the quotation at ``m`` is a name in marks right before a colon and a
        quotation, after a cue (``рассказал «Коммерсанту»: «Q»``, ``řekl deníku „Právo“:
        „Q“``, ``قال لـ«الشرق»: «Q»``): short, no sentence of its own, no lower-case
        opening; the outlet told, and the quotation after the colon is what was said."""
        return (
            m + 2 < hi
            and is_short_name_quotation(self.t[m], MARKED_NAME_LENGTH)
            and not self.t[m].opens_lower
            and self.is_punct(m + 1, ":")
            and self.t[m + 2].kind == "q"
        )

    def before_complementizer(self, k: int, hi: int) -> bool:
        """Whether a comma and a complementizer come at ``k`` (``…», что``)."""
        return k + 1 < hi and self.is_punct(k, ",") and self.word(k + 1) in self.lex.complementizers

    def question_content(
        self, k: int, hi: int, asking: bool, explaining: bool
    ) -> tuple[int, int] | None:
        """The embedded question after a cue of ``asking`` or ``explaining``, past
        adjuncts (``asked whether C``, ``explained on Monday how C``): from its question
        word on; but ``said when asked`` is a clause of time.  After a cue of asking
        (``asked on Monday if C``), ``if`` and what follows ``about`` too."""
        m = k
        words = self.words
        while m < hi and m - k < ADJUNCT_REACH:
            w = words[m]
            if (
                (asking or explaining)
                and w in self.lex.question_words
                and self.word(m + 1) not in self.table.verbs
            ):
                return self._content_range(m, hi)
            if asking and w in self.lex.conditional_openers:
                return self._content_range(m, hi)
            if asking and w in self.lex.topic_prepositions:
                return self._content_range(m + 1, hi, min_words=1)
            if not w or not (
                w in self.lex.prepositions
                or w in self.lex.time_words
                or w in self.lex.determiners
                or self.t[m].is_capitalised
                or (m > k and words[m - 1] in self.lex.prepositions)
                or (m > k and words[m - 1] in self.lex.determiners)
                # "explained to reporters why C": whom it was explained to (but "told
                # them to figure out how": an infinitive)
                or (explaining and m == k and self.to_addressee(m))
                or (explaining and m == k + 1 and self.to_addressee(k))
            ):
                return None
            m += 1
        return None

    def to_addressee(self, m: int) -> bool:
        """Whether the infinitive's marker at ``m`` is a preposition before whom it was
        said to: a name, an article or a plural (``to CBS``, ``to the council``, ``to
        reporters``)."""
        after = self.t[m + 1] if m + 1 < len(self.t) else None
        return (
            self.words[m] in self.lex.infinitive_markers
            and after is not None
            and after.kind == "w"
            and (
                after.is_capitalised
                or after.lower in self.lex.determiners
                or is_plural(after.lower, self.lex)
            )
        )

    def gap_predicate(
        self, k: int, hi: int, relative: bool, *, finite: bool = False
    ) -> tuple[int, int] | None:
        """After ``which X said``: a predicate without its subject (``could help him``,
        ``discriminated against them``), up to the next comma.  After a pronoun that
        stands for the subject or object (``relative``), also the description of a
        naming cue (``which X described as his home``); after a relative pronoun
        (``finite``), also a finite verb of its own (``which they say left a gap``,
        ``which X says includes C``)."""
        if k >= hi:
            return None
        w = self.word(k)
        if not (
            (
                w in self.lex.auxiliaries
                and w not in self.lex.time_words
                # "that we must answer now: C": an adverb that ends the clause
                and not self.is_punct(k + 1, ":,;")
            )
            or (relative and w in self.lex.as_words)
            or (
                w not in self.table.verbs
                and not self.t[k].is_capitalised
                and any(w.endswith(suffix) for suffix in self.lex.past_suffixes)
            )
            # "which they say left a gap", "which the campaign says includes C"
            or (finite and w in self.lex.finite_verbs)
            or (
                finite
                and not self.t[k].is_capitalised
                and w.endswith(self.lex.plural_endings)
                and not w.endswith(self.lex.singular_endings)
                and w not in self.table.np_words
                and w not in self.lex.prepositions
                and w not in self.lex.as_words
                and len(w) > _SHORT_WORD
                and k + 1 < hi
                and self.t[k + 1].kind == "w"
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
            or self.is_subject_pronoun(k)
            or (
                w not in self.lex.prepositions
                and w not in self.lex.time_words
                and (w in self.lex.determiners or self.t[k].is_capitalised)
                and self.t[k + 1].kind == "w"
            )
        )

    def clause_cue_at(self, i: int, m: int) -> bool:
        """Whether the word at ``m`` is a finite cue verb with its own subject in a clause
        that a subordinating word after ``i`` opens (``after Al Poe assured``; not ``when
        asked``): a cue of its own, no adjunct of the cue before it."""
        w = self.word(m)
        return (
            m > i
            and self.lower_word(m)
            and w in self.table.verbs
            and not w.endswith(self.lex.participle_endings)
            and self.word(m - 1) not in self.lex.clause_openers
            and any(self.word(n) in self.lex.clause_openers for n in range(i, m))
        )

    def clause_after_adjuncts(self, k: int, hi: int) -> bool:
        """Whether a clause with its own subject starts at ``k`` (:meth:`opens_clause`),
        or after adjuncts from ``k`` at a complementizer (``when Roe said on Tuesday
        that C``)."""
        if self.opens_clause(k, hi):
            return True
        that = next(
            (
                m
                for m in range(k + 1, min(hi, k + ADJUNCT_REACH + 1))
                if self.t[m].kind != "w" or self.word(m) in self.lex.complementizers
            ),
            None,
        )
        return (
            that is not None
            and self.t[that].kind == "w"
            and self.only_adjuncts(k, that)
            and self.opens_clause(that, hi)
        )

    def prepositional(self, cue_words: tuple[str, ...]) -> bool:
        """Whether a cue of several words ends in a preposition whose object is what
        was said (``pointed to``, ``warned of``, ``called for``; the lexicon's
        :attr:`~newsstruct.lang.Lexicon.content_prepositions`), not whom it was said to
        (``called on``)."""
        return len(cue_words) > 1 and (
            cue_words[-1] in self.lex.content_prepositions
            or cue_words[-1] in self.lex.marked_content_prepositions
        )

    def noun_before_noun(self, m: int, hi: int) -> bool:
        """Whether the word at ``m``, one that may be a noun (:attr:`Lexicon.noun_like_cues`),
        modifies a lower-case word after it (``state inspectors``; not ``questions
        about``, ``reports that``)."""
        after = self.word(m + 1) if m + 1 < hi and self.t[m + 1].kind == "w" else ""
        return (
            self.word(m) in self.lex.noun_like_cues
            and bool(after)
            and not self.t[m + 1].is_capitalised
            and after not in self.lex.prepositions
            and after not in self.lex.determiners
            and after not in self.lex.complementizers
            and after not in self.table.verbs
        )

    def indefinite_object(self, k: int, i: int, hi: int) -> bool:
        """Whether an indefinite pronoun (``anything``) ends the addressee that runs from
        ``k`` to ``i``, or opens the words at ``i`` before a subject: the thing told, the
        clause after it a relative one that describes it (``told me everything she
        knew``), not what was said (but ``told me nothing would change``, and ``said
        nothing the council did would help``: a second finite verb in the clause makes
        the pronoun the subject of what was said)."""
        if i > k and self.word(i - 1) in self.lex.indefinite_objects:
            return True
        if (
            i + 2 < hi
            and self.lower_word(i)
            and self.word(i) not in self.lex.indefinite_objects
            and self.word(i) not in self.lex.complementizers  # "said that nothing …"
            and self.word(i + 1) in self.lex.indefinite_objects
        ):
            i += 1  # "did not tell anyone anything he had not said": whom, then the thing
        if not (
            i + 1 < hi
            and self.word(i) in self.lex.indefinite_objects
            and self.t[i + 1].kind == "w"
            and (self.word(i + 1) in self.lex.pronouns or self.word(i + 1) in self.lex.determiners)
            # "proposed nothing that would cut fares": a relative clause's pronoun, the
            # pronoun with it what was said
            and self.word(i + 1) not in self.lex.complementizers
        ):
            return False
        end = self.clause_end(i, hi) or hi
        verbs = sum(
            self.t[m].kind == "w" and self.is_finite_form(self.t[m].lower)
            for m in range(i + 2, end)
        )
        return verbs < 2

    def addressee_end(self, k: int, hi: int, cue_words: tuple[str, ...]) -> int:
        """The index after the addressee of ``told reporters``, ``urged him``,
        ``called on the mayor of Lornport``; ``k`` when the cue takes none, or when
        it ends in a preposition whose object is what was said (``warned of a war``)."""
        last = cue_words[-1]
        if (
            not (cue_words[0] in self.table.object_verbs or last in self.lex.addressee_particles)
            or self.prepositional(cue_words)
            or k >= hi
            # Portuguese "disse a governante": an article (a preposition too) before a
            # role opens the subject, not whom it was said to (that is "à governante")
            or (
                self.word(k) in self.lex.prepositions
                and self.word(k) in self.lex.determiners
                and self.word(k + 1) in self.lex.role_nouns
            )
            # "сказав заступник міністра оборони", "řekl mluvčí ministra": where role
            # nouns inflect or go bare, one as listed opens the subject, not whom it was
            # said to ("сказав міністру", "řekl ministrovi")
            or (
                (self.lex.role_case_endings or self.lex.bare_noun_subjects)
                and self.word(k) in self.lex.role_nouns
            )
        ):
            return k
        if (
            (self.lex.role_case_endings or self.lex.bare_noun_subjects)
            and k + 1 < hi
            and self.word(k + 1) in self.lex.role_nouns
            and self.t[k].is_capitalised
            and self.is_outlet((k, k + 1))
        ):
            return k + 1  # "сообщил ТАСС источник в министерстве": the outlet told
        if self.adjective_body_at(k, hi):
            return k  # "повідомили Повітряні сили ЗСУ": the body speaks, no one was told
        if (
            self.lex.verb_second
            and self.word(k) in self.lex.object_pronouns
            and self.word(k) in self.lex.determiners
            and k + 1 < hi
            and self.t[k + 1].kind == "w"
            and self.t[k + 1].is_capitalised
        ):
            # Dutch "zei haar Nederlandse advocaat": after an inverted cue, a pronoun
            # spelt as a possessive before a capital opens the subject, no addressee
            return k
        if self.word(k) in self.lex.object_pronouns and not (
            self.lex.proclitic_objects and self.word(k) in self.lex.determiners
        ):
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
                and following.lower not in self.lex.infinitive_markers
            ):
                return k + 1  # "told her that", "told her the plan …"
            m = k + 1  # "told her audience": a possessive opens the addressee
            while m < hi and m - k < BARE_NOUN_WORDS and self.t[m].kind == "w":
                if (
                    self.word(m) in self.lex.complementizers
                    or self.word(m) in self.lex.infinitive_markers
                ):
                    break
                m += 1
            return m
        m, open_phrase = k, False
        phrase = k  # where the noun phrase at m opens: its determiner's, before "of the"
        while m < hi and m - k < MAX_SOURCE:
            token = self.t[m]
            w = self.word(m)
            if token.kind == "p":
                if self.is_attached(m, k):
                    m += 1
                    continue
                closing = self.apposition_before_complement(m, hi) if m > k else None
                if (
                    closing is not None
                    and self.word(closing + 1) in self.lex.infinitive_markers
                    and (
                        cue_words[0] in self.table.control_verbs
                        or last in self.lex.addressee_particles
                    )
                ):
                    return closing + 1  # "asked Al Hale, the moderator, to check C"
                break
            if (
                token.kind != "w"
                or w in self.lex.complementizers
                or w in self.lex.infinitive_markers
            ):
                break
            if m > k and self.opens_reference(m, hi):
                return k  # "повідомляє УНН з посиланням на X": who relays, not whom told
            if (
                w in self.lex.pronouns
                or self.is_contraction(m)  # "told The Planet he's"
                # but "The Post", "told state media", "told state inspectors": a word
                # that may be a noun opens the addressee before its noun
                or (
                    w in self.table.verbs
                    and not token.is_capitalised
                    and not self.heard_by(m)
                    and self.word(m + 1) not in self.lex.media_words
                    and not (m == k and self.noun_before_noun(m, hi))
                )
                or w in self.lex.time_words
            ):
                break
            if (
                m > k
                and w in self.lex.indefinite_objects
                and self.word(m + 1) in self.lex.finite_auxiliaries
            ):
                break  # "told the panel nothing would change": the clause's subject
            if w in self.lex.question_words or (
                m > k
                and (w in self.lex.prepositions or w in self.lex.clause_openers)
                and w not in self.lex.phrase_prepositions
            ):
                break  # "asked the senator about …", "asked Smith whether …", "told aides as"
            if w in self.lex.determiners and self.word(m - 1) not in self.lex.phrase_prepositions:
                phrase = m
            if w in self.lex.determiners and (
                # "told reporters" is one cue
                ((m > k or len(cue_words) > 1) and self.bare_subject_at(m + 1, hi))
                # "warned the vote would be close": no addressee, the clause's subject
                or (
                    m == k
                    and cue_words[0] in self.lex.clause_object_verbs
                    and self.noun_before_auxiliary(m + 1, hi)
                )
                # "told the briefing would go ahead": the addressee left out, a clause's
                # subject and a backshifted modal after the cue (not "told the mayor Ed
                # Lane would run"; "the last time he told the story was": a relative)
                or (
                    m == k
                    and len(cue_words) == 1
                    and m + 2 < hi
                    and not self.t[m + 1].is_capitalised
                    and not self.t[m + 2].is_capitalised
                    and self.noun_before_auxiliary(m + 1, hi, self.lex.backshifted_modals)
                )
            ):
                # "told reporters the city was …": a clause's subject opens, with the
                # phrase it ends ("the head of the agency had …")
                if phrase > k or len(cue_words) > 1:
                    m = phrase
                break
            if w in self.lex.determiners:
                open_phrase = True
            elif not (
                token.is_capitalised
                or w in self.table.np_words
                or w in self.lex.audience_nouns  # "przekazał dziennikarzom, że"
                or self.heard_by(m)  # "told a press briefing", "told parliament"
                or open_phrase
                # "told people gathered at the pier": a participle after the noun, and its
                # preposition
                or (
                    m > k
                    and w.endswith(self.lex.past_suffixes)
                    and self.word(m + 1) in self.lex.prepositions
                )
                # "assured investors it was safe", "told voters the plan would fail": a
                # plural noun alone, then a clause's subject
                or (
                    m == k
                    and w.endswith(self.lex.plural_endings)
                    and w not in self.table.addressee_blockers
                    and self.word(m + 1) not in self.lex.relative_pronouns
                    and (
                        self.is_subject_pronoun(m + 1)
                        or (
                            self.word(m + 1) in self.lex.determiners
                            and self.bare_subject_at(m + 2, hi)
                        )
                    )
                )
                # "told local media", "told state television": an outlet's kind
                or w in self.lex.media_words
                # "told local reporters", "told foreign diplomats", "told local media":
                # a modifier of the noun
                or (
                    m + 1 < hi
                    and w.isalpha()
                    and w not in self.table.addressee_blockers
                    and self.t[m + 1].kind == "w"
                    and (self.is_role(m + 1) or self.word(m + 1) in self.lex.media_words)
                )
                or (m > k and w in self.lex.phrase_prepositions)
                or self.infinitive_follows(m + 1, hi)
            ):
                break
            m += 1
        if self.word(k) not in self.lex.determiners and self.joins_subjects(m, k, hi, plural=False):
            # "sagten Jo Roe und seine Frau": a name joined to another, the subject; after
            # a cue in the singular the name alone ("sagte Jo Roe und Gäste lachten")
            return k
        return m

    def heard_by(self, m: int) -> bool:
        """Whether the word at ``m`` is an event's or a body's noun that heard the words
        (``told a press briefing``, ``told parliament``), no verb of a clause that opens
        there (``told the briefing would go ahead``: its subject)."""
        return (
            self.word(m) in self.lex.listener_nouns
            and self.word(m + 1) not in self.lex.finite_auxiliaries
        )

    def fronted_subordinate(self, start: int, hi: int) -> bool:
        """Where nouns are capitalised, whether a subordinate clause opens at ``start``
        and a verb in the reported-speech mood follows its closing comma (``wenn es
        regne, sei das schlimm``): the first place of a reported clause."""
        if not (self.lex.capitalised_nouns and self.word(start) in self.lex.subordinators):
            return False
        closing = self.first_non_word(start + 1, min(hi, start + 1 + _ASIDE_CLAUSE))
        return (
            closing is not None
            and self.is_punct(closing, ",")
            and (
                self.word(closing + 1) in self.lex.indirect_mood_forms
                or self.word(closing + 1) in self.lex.subjunctive_forms
            )
        )

    def subordinate_aside_end(self, m: int, hi: int) -> int | None:
        """Where nouns are capitalised, the comma that closes a subordinate clause set off
        by the comma at ``m`` among a cue's words (``sagte er, nachdem sie gegangen war,
        zu Jo, dass C``), where the words after it, none a finite verb, reach a comma and
        a complementizer: the clause is no content (but ``sagte er, wenn es regne, sei
        das schlimm``: a verb after it, the clause opens the content); else ``None``."""
        if not (
            self.lex.capitalised_nouns
            and self.is_punct(m, ",")
            and self.word(m + 1) in self.lex.subordinators
        ):
            return None
        closing = next(
            (n for n in range(m + 2, min(hi, m + 2 + _ASIDE_CLAUSE)) if self.t[n].kind != "w"),
            None,
        )
        if closing is None or not self.is_punct(closing, ","):
            return None
        n = closing + 1
        while n < hi and n - closing <= MAX_MIDDLE and self.t[n].kind == "w":
            if self.word(n) in self.lex.finite_auxiliaries or (
                self.lower_word(n) and self.is_finite_verb(self.word(n))
            ):
                return None
            if self.word(n) in self.lex.complementizers and n == closing + 1:
                return closing
            n += 1
        if n + 1 < hi and self.is_punct(n, ",") and self.word(n + 1) in self.lex.complementizers:
            return closing
        return None

    def joins_subjects(self, m: int, k: int, hi: int, *, plural: bool = True) -> bool:
        """Where nouns are capitalised, whether the coordinator at ``m`` (one that fills
        no place of a clause, :attr:`~Lexicon.clause_conjunctions`) joins a name after the
        cue that ends at ``k`` to a second noun phrase, a name or one its determiner opens
        (``sagten Jo Roe und Al Poe, C``, ``sagten Jo Roe und seine Frau, C``): one
        subject, no second clause (``sagte Jo Roe und ging``); the cue in the plural,
        where the language marks it (``sagte Jo Roe und Gäste lachten``: two clauses),
        unless ``plural`` is false (a name before the coordinator, in either reading)."""
        return (
            self.lex.capitalised_nouns
            and k < m < hi - 1
            and (not plural or self.plural_cue_before(k))
            and self.word(m) in self.lex.clause_conjunctions
            and self.t[m - 1].is_capitalised
            and self.t[k].is_capitalised
            and (
                self.t[m + 1].is_capitalised
                or self.word(m + 1) in self.lex.determiners
                or self.word(m + 1) in self.lex.possessive_determiners
            )
        )

    def plural_cue_before(self, k: int) -> bool:
        """Whether the cue verb in the few words before ``k`` is in the plural (German
        ``sagten``; :attr:`~newsstruct.lang.Lexicon.plural_verb_endings`), or the
        language marks no plural."""
        endings = self.lex.plural_verb_endings
        if not endings:
            return True
        for m in range(k - 1, max(-1, k - 1 - _JOINED_CUE_REACH), -1):
            if self.word(m) in self.table.verbs:
                return self.word(m).endswith(endings)
        return False

    def adjective_body_at(self, k: int, hi: int) -> bool:
        """Where nouns go bare, whether a body's name opens at ``k`` with a capitalised
        adjective (ending as :attr:`Lexicon.subject_adjective_endings` says; a lexicon
        without them reads no such name, as a capitalised word may be a name in the dative
        there: ``řekl Petrovi soused Novák``), one or two lower-case words go on and one
        or two capitalised words close
        it before the clause ends (``Повітряні сили ЗСУ``, ``Державна прикордонна служба
        України``): no role, first name or preposition in it, so the subject and no
        addressee in the dative (``сказав Руденку міністр``)."""
        if not (
            self.lex.bare_noun_subjects
            and k + 2 < hi
            and self.t[k].kind == "w"
            and self.t[k].is_capitalised
            and self.word(k) not in self.lex.first_names
            and self.lex.subject_adjective_endings
            and self.word(k).endswith(self.lex.subject_adjective_endings)
        ):
            return False
        m = k  # the run of words from k, one past the longest such name at most
        while m < hi and m - k <= ADJECTIVE_BODY_WORDS and self.t[m].kind == "w":
            m += 1
        if self.adjectives_close_body(k, m, hi):
            return True
        # capitalised words after lower-case ones: a body's complement ("служба України")
        # only where first names tell a person's ("řekl Novákové soused Jan Dvořák": a
        # lexicon without them cannot)
        return (
            bool(self.lex.first_names)
            and is_adjective_body(map(TEXT, self.t[k:m]))
            and not any(
                self.is_role(n)
                or self.word(n) in self.lex.first_names
                or self.word(n) in self.lex.prepositions
                for n in range(k, m)
            )
        )

    def object_before_verb(self, i: int, hi: int) -> bool:
        """Whether the word at ``i`` is an object pronoun that a finite verb follows
        (``People who know him said C``): the cue's object, and the verb is the enclosing
        clause's, so the cue reports no clause. A pronoun that is a subject too (``you``)
        or a possessive before a noun (``knows her plans failed``) does not count."""
        w = self.word(i)
        return (
            i + 1 < hi
            and not self.lex.proclitic_objects
            and w in self.lex.object_pronouns
            and w not in self.lex.hedge_subjects
            and self.is_finite_word(self.word(i + 1))
            and not (w in self.lex.possessive_determiners and self.is_noun_use(i + 1, i))
        )

    def passive_infinitive(self, k: int, hi: int) -> bool:
        """Whether a passive infinitive follows at ``k``, perhaps after an adverb (``to
        be named``, ``not to be identified``; not ``to be tougher``)."""
        m = k + 1 if k < hi and self.word(k) in self.lex.auxiliaries else k
        participle = self.word(m + 2)
        return (
            m + 2 < hi
            and self.word(m) in self.lex.infinitive_markers
            and self.word(m + 1) in self.lex.passive_auxiliaries
            and is_participle_form(participle, self.lex, endings=False)
        )

    def infinitive_follows(self, k: int, hi: int) -> bool:
        """Whether ``to`` or ``that`` comes within two more words (``urged drivers to``)."""
        for m in range(k, min(hi, k + 3)):
            w = self.word(m)
            if w in self.lex.infinitive_markers or w in self.lex.complementizers:
                return True
            if not w or w in self.table.verbs:
                return False
        return False

    def after_apposed_name(self, comma: int, hi: int) -> int:
        """The comma that closes a name apposed after the comma at ``comma`` (``die
        Ärztin, Anna Berg, C``: a first name and capitalised words, no article), else
        ``comma``."""
        m = comma + 1
        if self.word(m) not in self.lex.first_names:
            return comma  # "sagte die Ärztin, Berlin, Hamburg und Bonn seien …": a list
        while m < hi and m - comma <= NAME_WORDS and self.t[m].kind == "w":
            if not self.t[m].is_capitalised or self.word(m) in self.lex.determiners:
                return comma
            m += 1
        return m if m > comma + 2 and self.is_punct(m, ",") else comma

    def complement(
        self, k: int, hi: int, *, main_clause: bool = False
    ) -> tuple[int, tuple[int, int]] | None:
        """The complement clause of a cue in a verb-second language: ``glaubte er fest,
        dass C``, ``die Nachricht, ob C``, ``sagte, die Lage sei ernst``, ``bat ihn,
        bald zu kommen``.  A few words of the cue's clause may come first (its subject,
        an object, adverbs); the clause follows a comma and opens with a complementizer
        or a question word, holds a verb in the reported-speech mood, or ends in an
        infinitive.  After a cue verb (``main_clause``) whose first words are only its
        subject, an addressee and adjuncts, a main clause in any mood is one too
        (:meth:`main_clause_piece`).  Returns the end of those first words and the
        content."""
        m, bracketed = k, 0
        while m < hi and m - k - bracketed <= MAX_MIDDLE:
            token = self.t[m]
            if token.kind != "w":
                if (
                    self.is_attached(m, k, touching=False)
                    or is_titled_quotation(self.t, m, self.lex)
                    or is_work_title(self.t, m, self.lex)
                ):
                    # "schrieb in der „Zeit“, C", "in ihrem Buch „Wege“": a name in marks
                    m += 1
                    continue
                closed = self.bracket_end(m, hi) if m > k else m
                if closed > m:
                    # "sagte Max Roe (SPD), C": a short remark in brackets is no word of
                    # the cue's clause
                    bracketed += closed - m
                    m = closed
                    continue
                aside = self.subordinate_aside_end(m, hi) if m > k else None
                if aside is not None:
                    # "sagte er, nachdem sie gegangen war, zu Jo, dass C": a clause of
                    # time or reason between the cue's words, no content
                    bracketed += aside - m
                    m = aside
                    if self.is_punct(m, ",") and self.word(m + 1) in self.lex.complementizers:
                        break
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
                (w in self.lex.conjunctions and w not in self.lex.auxiliaries)
                or w in self.lex.clause_openers
            ) and not self.joins_subjects(m, k, hi):
                # "sagte nichts und ging, wo …"; "gestand aber, dass" goes on; but "sagten
                # Jo Roe und Al Poe, C": one subject
                return None
            m += 1
        if m > k and self.is_punct(m, ",") and self.is_role(m - 1):
            m = self.after_apposed_name(m, hi)  # "sagte die Ärztin, Anna Berg, C"
        if m + 1 >= hi or not self.is_punct(m, ",") or self.t[m + 1].kind != "w":
            return None
        first = self.word(m + 1)
        if self.fronted_subordinate(m + 1, hi):
            # "sagte, wenn es regne, sei das schlimm": a clause of condition or time opens
            # the content, the reported-speech mood after it
            content = self._content_range(m + 1, hi)
            return (m, content) if content is not None else None
        if first in self.lex.conjunctions or first in self.lex.adverbial_openers:
            return None  # "sprach, und …", "kam, um zu …": no complement opens so
        if (
            self.lex.verb_second
            and first in self.table.verbs
            and first not in self.lex.subjunctive_forms
            and self.is_finite_verb(first)
        ):
            return None  # "kritisierte den Plan, betonte aber, C": the next predicate's cue
        if (
            self.lex.verb_second
            and first in self.lex.prepositions
            and m > k
            and (
                self.word(m + 2) in self.lex.possessive_relatives
                or (
                    self.word(m + 2) in self.lex.relative_pronouns
                    and self.word(m + 3) in self.lex.pronouns
                )
            )
        ):
            # "hielt eine Rede, in der sie sagte, C", "…, zu deren Beginn C": a relative
            # clause of the object, no complement (but "sagte, in der Stadt sei es ruhig")
            return None
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
        elif self.reported_piece(m + 1, hi) or (
            main_clause
            and self.word(k - 1) not in self.lex.question_cues
            and self.only_subject_and_adjuncts(k, m)
            and self.lex.capitalised_nouns
            and self.lex.verb_second
            and self.main_clause_piece(
                m + 1,
                hi,
                verb_final=(m == k or self.word(m - 1) in self.lex.pronouns)
                and self.cue_in_main_clause(k - 1),
                fronted=m == k and self.fronted_cue_clause(k - 1),
            )
        ):
            # "sagte, sie gehe": a pronoun and a verb of the reported mood are a clause
            fewest = _MIN_CONTENT_WORDS if self.word(m + 1) in self.lex.pronouns else 3
            content = self._content_range(m + 1, hi, min_words=fewest)
        else:
            return None
        return (m, content) if content is not None else None

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
        while m < hi and len(words) <= MAX_PIECE:
            token = self.t[m]
            if is_titled_quotation(self.t, m, self.lex):
                m += 1  # "die „Zeitenwende“ sei vollzogen": a term, part of the clause
                continue
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
                    words
                    and subjunctive_by_ending(
                        words[-1], token, self.lex, noun_subject=self.after_noun_subject(m, start)
                    )
                ):
                    return True
                words.append(token.lower)
            m += 1
        if piece is None:
            piece = words if m >= hi or len(words) <= MAX_PIECE else []
        particle = self.lex.infinitive_particle
        if not particle or not piece:
            return False
        return particle in piece[-INFINITIVE_REACH:-1] or is_joined_infinitive(piece[-1], self.lex)

    def only_subject_and_adjuncts(self, k: int, end: int) -> bool:
        """Whether the words from ``k`` to ``end`` after a cue verb are only names, nouns
        and function words (a subject, an addressee, a time or a place: ``sagte der
        Minister am Montag in Berlin``), with no verb, infinitive or adverb of manner
        of a clause of their own (``will hierauf antworten``, ``glauben fest an``)."""
        verbs, adjuncts = self.table.clause_verb_words, self.table.adjunct_words
        return all(
            token.kind != "w"
            or (
                token.lower not in verbs
                and (token.is_capitalised or token.lower in adjuncts)  # "sagte der dpa"
            )
            for token in self.t[k:end]
        )

    def main_clause_piece(
        self, start: int, hi: int, *, verb_final: bool = False, fronted: bool = False
    ) -> bool:
        """Whether a main clause in any mood opens at ``start``, where nouns are capitalised
        and the main clause puts its verb second: a subject (a pronoun, or an article,
        lower-case modifiers and capitalised nouns, a genitive after them), a finite verb
        (by :attr:`~newsstruct.lang.Lexicon.finite_verb_endings` or the plural ``-en``,
        or a listed finite form) and more words of the clause (``sagte, die Preise
        stiegen weiter``, ``sagte, er kommt morgen``).  A clause that its verb ends is a
        relative one (``die Stadt, die Touristen lieben``), unless no noun comes before
        the comma (``verb_final``: ``sagte, die Zinsen stiegen``, ``sagte er, …``).  Where
        the cue's clause is a fronted adverbial one (``fronted``), the main clause's verb
        may follow such a clause's comma (``Als Jo Roe sagte, die Zinsen stiegen, lachte
        man``)."""
        if not (self.lex.capitalised_nouns and self.lex.verb_second):
            return False
        m = start + 1
        if self.word(start) in self.lex.determiners:
            if self.word(start) in self.lex.indefinites:
                return False  # "sagte Jo Roe, ein Experte …": an apposition
            while m < hi and self.t[m].kind == "w" and not self.t[m].is_capitalised:
                if (
                    m - start > _SUBJECT_MODIFIERS
                    or self.word(m) in self.lex.stopwords
                    or self.word(m) in self.lex.prepositions
                ):
                    return False  # "…, die in Berlin leben": a relative clause
                m += 1  # "die hohen Preise"
            noun = m
            m = self.capitalised_end(m, hi)
            if m == noun:
                return False
            if self.word(m) in self.lex.genitive_determiners and self.t[m + 1].is_capitalised:
                m += 2  # "die Zahl der Toten stieg"
        elif self.word(start) not in self.lex.pronouns:
            return False
        if m >= hi or self.t[m].kind != "w":
            return False
        token = self.t[m]
        w = token.lower
        if m + 1 >= hi or self.t[m + 1].kind != "w":
            # the verb ends the clause: a relative one, unless no noun is there for it
            # to qualify and the sentence or a clause of its own follows (no cue of a
            # frame of its own: "das heißt, er klagte: …")
            if not verb_final or w in self.table.verbs:
                return False
            if not (
                m + 1 >= hi
                or self.is_punct(m + 1, ".!?;")
                or (
                    self.is_punct(m + 1, ",")
                    and self.clause_word(m + 2)
                    # "wir gingen, so zu sagen, heim": an aside, the clause goes on
                    and self.word(m + 3) != self.lex.infinitive_particle
                )
                or (fronted and self.is_punct(m + 1, ",") and self.finite_first(m + 2))
            ):
                return False
        ends = m + 2 >= len(self.t) or self.t[m + 2].kind != "w"
        if ends and self.word(m + 1) in self.lex.finite_auxiliaries:
            return False  # "die Frist versäumt hatten": a participle and its auxiliary
        return not token.is_capitalised and (
            w in self.lex.finite_verbs
            or w in self.lex.finite_auxiliaries
            or (
                w.endswith((*self.lex.finite_verb_endings, *self.lex.plural_verb_endings))
                and w not in self.lex.stopwords
                and w not in self.lex.prepositions
                and w not in self.lex.sentence_adverbs
                and w not in self.lex.time_words
            )
        )

    def finite_first(self, m: int) -> bool:
        """Whether the lower-case word at ``m`` reads as a finite verb that opens its
        clause (``…, lachte man``): a listed or regular finite form, no word that builds
        a phrase or opens a clause."""
        w = self.word(m)
        if not self.lower_word(m):
            return False
        return (
            w in self.table.verbs
            or w in self.lex.finite_verbs
            or w in self.lex.finite_auxiliaries
            or (
                w.endswith((*self.lex.finite_verb_endings, *self.lex.plural_verb_endings))
                and not self.is_structure_word(w)
                and w not in self.lex.stopwords
            )
        )

    def fronted_cue_clause(self, cue: int) -> bool:
        """Whether the cue at ``cue`` ends a fronted adverbial clause that holds only its
        subject before it (``Als Jo Roe sagte,``, ``Weil die Ministerin erklärte,``): a
        word of :attr:`~newsstruct.lang.Lexicon.subordinators`, then a pronoun, a name or
        an article and its noun, no object (not ``Als Jo Roe die Stadt lobte,``)."""
        start = self.cue_clause_start(cue)
        if self.word(start) not in self.lex.subordinators or cue - start < 2:
            return False
        words = range(start + 1, cue)
        first = self.word(start + 1)
        if first in self.lex.pronouns:
            return cue - start == 2
        return all(
            self.t[m].kind == "w"
            and (self.t[m].is_capitalised or (m == start + 1 and first in self.lex.determiners))
            and self.word(m) not in self.lex.pronouns
            for m in words
        )

    def clause_word(self, m: int) -> bool:
        """Whether a conjunction, a complementizer or a clause word is at ``m``
        (``…, weil C``, ``…, und C``)."""
        w = self.word(m)
        return (
            w in self.lex.conjunctions
            or w in self.lex.complementizers
            or w in self.lex.clause_openers
        )

    def cue_clause_start(self, cue: int) -> int:
        """The first word of the clause of the cue at ``cue``: after the last comma,
        colon or sentence end before it."""
        m = cue
        while m > 0 and cue - m < _CLAUSE_REACH:
            before = self.t[m - 1]
            if before.kind == "p" and before.text in ",;:.!?":
                break
            m -= 1
        while m < cue and self.t[m].kind != "w":
            m += 1
        return m

    def cue_in_main_clause(self, cue: int) -> bool:
        """Whether the cue at ``cue`` stands in a main clause: its clause, from the last
        comma, colon or sentence end before it, opens neither with a clause word or a
        complementizer (``Was er sagte,``) nor, after a comma, with a relative pronoun
        (``X, der … hinwies,``)."""
        m = self.cue_clause_start(cue)
        first = self.word(m)
        if first in self.lex.clause_openers or first in self.lex.complementizers:
            return False
        return not (m > 0 and self.is_punct(m - 1, ",") and first in self.lex.relative_pronouns)

    def after_noun_subject(self, m: int, start: int) -> bool:
        """Whether the clause from ``start`` opens with an article and a noun just before
        ``m`` (``die Fähre`` of ``die Fähre fahre``), in a language that capitalises its
        nouns: the subject of a finite verb at ``m``."""
        return (
            self.lex.capitalised_nouns
            and m - 2 == start
            and self.t[m - 1].is_capitalised
            and self.word(m - 2) in self.lex.determiners
        )

    def _content_range(
        self,
        start: int,
        hi: int,
        min_words: int = _MIN_CONTENT_WORDS,
        infinitive: bool = False,
        before_cue: bool = False,
    ) -> tuple[int, int] | None:
        if start < hi and self.is_punct(start, ","):
            start += 1  # "said that, if needed, …": the comma after "that" opens no content
        conjunctions = self.lex.conjunctions  # the cheap test of after_quotation_predicate
        prefixes = self.lex.conjunction_prefixes
        tokens = self.t
        # (a loop, not next() over a generator: it reads every token of the content, and
        # most tokens pass each test at its first term; without conjunction prefixes a
        # plain word after a plain word passes them all: read past, see plain_end)
        end = hi  # "…, хотя документов нет": the writer's comment after the content
        m = start
        while True:
            if prefixes or m >= hi:
                m += 1
            else:
                m = max(m + 1, self.plain_end(m))
            if m >= hi:
                break
            token = tokens[m]
            if (
                (token.lower in conjunctions or prefixes) and self.after_quotation_predicate(m, hi)
            ) or (
                # "the works “should be done by June,” adding …": the comma inside
                # the marks ends the content as one after them would
                tokens[m - 1].comma
                and (
                    self.is_content_stop(m, hi)
                    or self.ends_after_quotation(m, hi)
                    # "that the goal is “cutting fares,” Lee said": a fragment in
                    # marks closes the content before another's attribution
                    or (
                        m - 2 >= start
                        and tokens[m - 2].kind == "w"
                        and self.is_attribution_tail(m, hi)
                    )
                    or (not before_cue and self.opens_adversative(m, hi))
                    or self.verb_after_relative(start, m)
                )
            ):
                end = m
                break
            if (
                infinitive
                and (token.lower in conjunctions or self.is_punct(m, ","))
                and self.word(m - 1) not in self.lex.auxiliaries  # "have not yet paid"
                and self.past_predicate(start, m + 1, hi)
            ):
                end = m  # "vowed to keep the pier open and celebrated the ruling"
                break
            if token.kind == "p" and (
                (token.text in "—–―" and not self.dash_aside(start, m, hi))
                # "(like Jo, who called it “a trap”)": the aside the cue stands in
                or (token.text == ")" and self.closes_outer_bracket(start, m))
                or (self.lex.verb_second and self.ends_complement(m, hi))
                or (
                    token.text == ","
                    and m + 1 < hi
                    and (
                        (
                            self.is_content_stop(m + 1, hi)
                            and not self.aside_in_subject(start, m, hi)
                        )
                        # "C, X said" keeps its words: the cue ends them
                        or (not before_cue and self.opens_adversative(m + 1, hi))
                        or self.is_attribution_tail(m + 1, hi)
                        or self.is_trailing_comment(m + 1, hi)
                        # "said she would fund the pier, which opened in May": the
                        # writer's gloss on a noun of the speaker's own stance
                        or (self.is_subject_pronoun(start) and self.is_trailing_gloss(m + 1, hi))
                        or (infinitive and self.ends_infinitive(m + 1, hi))
                        or (tokens[m - 1].kind == "q" and self.ends_after_quotation(m + 1, hi))
                    )
                )
            ):
                end = m
                break
        while (
            end > start
            and self.t[end - 1].kind == "p"
            and _KEPT_AT_END.match(self.t[end - 1].text) is None
        ):
            end -= 1
        content = self.t[start:end]
        # (the short count first: it stops at the limit, and most contents reach it)
        if fewer_words(content, min_words) and not any(t.kind == "q" for t in content):
            return None
        return (start, end) if end > start else None

    def past_predicate(self, start: int, k: int, hi: int) -> bool:
        """Whether a predicate in the past tense opens at ``k``, after a conjunction or a
        comma in an infinitive content from ``start``: its subject's next predicate, as an
        infinitive joins forms without tense only (``vowed to keep the pier open and
        celebrated the ruling``, ``promised to fund the ferry, opposed the toll and …``).  A
        past form ends in :attr:`~newsstruct.lang.Lexicon.past_suffixes` (an irregular one
        may be a bare form too: ``sit down and wait``), in lower case, no cue verb, before
        an object's determiner or pronoun, a preposition or an infinitive (not an adjective
        before its noun: ``to fight floods and coastal erosion``); not after a perfect or
        passive infinitive, whose participles go on (``to have closed the pier and opened
        the ferry``), nor after a clause of the content's own, whose verb it may be
        (``to ask whether the mayor, a sailor, tried to help``), nor after an auxiliary
        or a participle in the content, which it joins (``to get the pier repaired and
        opened to the public``, ``to ensure workers are paid and treated with respect``)."""
        lex = self.lex
        if self.word(start) in lex.auxiliaries or not self.lower_word(k) or k + 1 >= hi:
            return False
        w = self.word(k)
        return (
            len(w) > _SHORT_WORD
            and w.endswith(lex.past_suffixes)
            and w not in self.table.verbs
            and not self.joins_participle(start, k)
            and self.opens_object(k + 1)
            and not any(
                self.word(m) in lex.subordinators
                or self.word(m) in lex.complementizers
                or self.word(m) in lex.question_words
                or self.word(m) in lex.relative_pronouns
                for m in range(start, k)
            )
        )

    def joins_participle(self, start: int, k: int) -> bool:
        """Whether the past form at ``k``, after a conjunction or a comma in an infinitive
        content from ``start``, is a participle joined to one before it (``to get the
        pier repaired and opened``, ``to see it fixed quickly and returned``) or to a
        passive in the content (``to ensure crews are paid and treated with respect``)."""
        lex = self.lex
        before = k - 2
        if before > start and self.has_adverb_ending(self.word(before)):
            before -= 1  # "paid fairly and treated"
        w = self.word(before)
        return (
            before > start
            and self.lower_word(before)
            and len(w) > _SHORT_WORD
            and w.endswith(lex.past_suffixes)
        ) or any(self.word(m) in lex.passive_auxiliaries for m in range(start + 1, k))

    def verb_after_relative(self, start: int, m: int) -> bool:
        """Whether the finite verb at ``m``, right after a quotation with its comma inside
        the marks, is the main clause's, the quotation closing the relative clause of the
        cue (``Roe, who calls Poe a “fraud,” said C``): a lower-case finite verb, a
        relative pronoun after a comma a few words before the content, and no relative
        clause opens inside the content, whose verb it could be (``said the
        plan, which he called “reckless,” was dead``)."""
        return (
            self.lower_word(m)
            and self.is_finite_word(self.word(m))
            and self.t[m - 1].kind == "q"
            # the cue, perhaps after an auxiliary, opens the relative clause: "who calls"
            and any(
                self.word(n) in self.lex.relative_pronouns and self.is_punct(n - 1, ",")
                for n in range(max(1, start - _RELATIVE_CUE_REACH), start)
            )
            and not any(
                self.is_punct(n, ",")
                and (
                    self.word(n + 1) in self.lex.relative_pronouns
                    or self.word(n + 1) in self.lex.thing_relatives
                )
                for n in range(start, m - 1)
            )
        )

    def after_quotation_predicate(self, m: int, hi: int) -> bool:
        """Whether a second predicate of the cue's subject opens at ``m`` right after a
        quotation (``said “Q,” and left``, ``called it “a trap” but stayed``): a
        conjunction and a verb, after the quotation and at most a comma; the clause
        that the quotation closes is the content, the predicate is the writer's.  A
        conjunction written onto a word (:attr:`Lexicon.conjunction_prefixes`) opens one
        by itself (``אמר כי "Q" ויצא``)."""
        w = self.word(m)
        prefixes = self.lex.conjunction_prefixes
        # (one test in C for a word that starts with none, every word in most languages)
        written = w.startswith(prefixes) and any(
            w.startswith(c) and len(w) > len(c) + 1 for c in prefixes
        )
        if self.t[m].kind != "w" or (w not in self.lex.conjunctions and not written):
            return False
        before = m - 1 if m > 0 and self.is_punct(m - 1, ",") else m
        if before == 0 or self.t[before - 1].kind != "q":
            return False
        if written:
            # "قال إن "الأزمة" وصلت إلى ذروتها": a quoted word or two is the clause's
            # subject, and the verb written with "و" is its own (وصلت, reached); a
            # quoted clause is closed by the writer's next predicate
            return self.t[before - 1].words >= _QUOTED_CLAUSE_WORDS
        k = m + 1
        while k < hi and self.word(k) in self.lex.time_words:
            k += 1  # "and later left"
        return self.is_predicate(k, hi) or (
            k < hi and not self.t[k].is_capitalised and self.word(k) in self.lex.finite_verbs
        )

    def closes_outer_bracket(self, start: int, m: int) -> bool:
        """Whether the closing bracket at ``m`` closes one opened before ``start``: none
        opens between them that it could close."""
        return not any(self.is_punct(n, "(") for n in range(start, m))

    def dash_aside(self, start: int, m: int, hi: int) -> bool:
        """Whether the dash at ``m``, in content from ``start``, opens an aside that a
        second dash closes before ``hi``, or closes one (``state officials – not the city
        – are in charge``): both stay inside the content.  An aside that opens with a
        clause opener (``– as was true for years –``) is the writer's, and its dash ends
        the content, as does a lone one (``he misled them – and has now …``), and any
        in a verb-second language; where a dash is the copula, a lone one that no cue,
        source phrase or clause opener follows stays inside (``що ситуація – складна``)."""
        if self.lex.verb_second:
            return False  # German sets off its own asides: "— es war freilich nur … —"
        dash = self.t[m].text
        if sum(1 for n in range(start, m) if self.t[n].text == dash) % 2:
            return True
        if self.lex.copula_dash and m + 1 < hi and self.t[m + 1].kind == "w":
            # "що ситуація – складна": the copula, unless a cue or a clause follows
            w = self.word(m + 1)
            return not (
                w in self.table.triggers
                or w in self.table.tail_verbs
                or w in self.lex.clause_openers
            )
        return self.word(m + 1) not in self.lex.clause_openers and any(
            self.t[n].text == dash for n in range(m + 2, hi)
        )

    def ends_infinitive(self, k: int, hi: int) -> bool:
        """Whether the words at ``k``, after a comma, end an infinitive content (``vowed
        to bolster the army, reversing …``, ``…, which …``, ``…, but …``): a participle,
        a conjunction or a clause opener, unless the infinitive goes on after the clause
        (``to form a task force, which would include X, to fight Y``)."""
        w = self.word(k)
        if w in self.lex.clause_openers:
            comma = self.comma_after(k + 1, hi)
            return comma is None or self.word(comma + 1) not in self.lex.infinitive_markers
        return w in self.lex.conjunctions or (
            len(w) > 5 and w.endswith(self.lex.participle_endings)
        )

    def ends_after_quotation(self, k: int, hi: int) -> bool:
        """Whether the words at ``k``, after a quotation and its comma, are the writer's
        and end the content that the quotation closes: a participle phrase (``called him
        “a fraud,” linking to a story``), a relative clause on a thing (``…, which
        …``) or a comment of :meth:`is_trailing_comment` that quotes nothing, but no
        example of the quoted words' noun (``…, including …``) and no next item of a
        list of quotations (``called him a “liar,” a “bully” and “sick”``)."""
        w = self.word(k)
        if w in self.lex.example_openers:
            return False
        return (
            (len(w) > 5 and w.endswith(self.lex.participle_endings))
            or w in self.lex.thing_relatives
            or (self.is_trailing_comment(k, hi) and not self.quotes_in((k, hi)))
        )

    def aside_after_cue(self, i: int, hi: int) -> int | None:
        """The comma that closes an aside set off by commas right after the cue, from the
        comma at ``i`` (``said, however, he``, ``says, if elected, he``, ``said, win or
        lose, he``): a few words without a quotation, a conjunction first (``said, and
        soon, C``: the writer's clause), a cue verb or a question word (``said, pointing
        out where the store, the bank and the mill used to be``), and without a finite
        verb unless a subordinator opens them (``says, if he wins, he``); not before a
        participle (``began shouting, pointing, jeering``: a list); else ``None``."""
        if not self.is_punct(i, ","):
            return None
        close = self.closing_comma(i + 1, hi, _ASIDE_WORDS + 1)
        if (
            close is None
            or close == i + 1
            or self.t[close + 1].kind != "w"
            or self.word(i + 1) in self.lex.conjunctions
            or any(
                self.word(n) in self.table.verbs or self.word(n) in self.lex.question_words
                for n in range(i + 1, close)
            )
            or self.word(close + 1).endswith(self.lex.participle_endings)
            or (
                self.word(i + 1) not in self.lex.subordinators
                and self.has_finite_verb(i + 1, close)
            )
        ):
            return None
        return close

    def clause_after_aside(
        self, i: int, hi: int, cue_words: tuple[str, ...]
    ) -> tuple[int, int] | None:
        """The content after an aside that the comma at ``i`` opens after the cue (see
        :meth:`aside_after_cue`) where it is a clause: ``said, however, he would stay``,
        ``says, if elected, he will``; no list (``to talk to the council, the press and
        the public``)."""
        close = self.aside_after_cue(i, hi)
        if close is None:
            return None
        content = self.content_after(close + 1, hi, cue_words)
        if (
            content is not None
            and content[0] == close + 1
            and (
                self.has_finite_verb(close + 1, content[1]) or self.opens_pronoun_clause(close + 1)
            )
        ):
            return content
        return None

    def opens_pronoun_clause(self, i: int) -> bool:
        """Whether a subject pronoun and a finite verb open the words at ``i`` (``he
        agreed``; ``she stays``, ``it works``: a present form after the pronoun of one
        person or thing)."""
        w = self.word(i)
        return self.is_subject_pronoun(i) and (
            self.is_finite_word(self.word(i + 1))
            or (
                (w in self.lex.person_pronouns or w in self.lex.thing_pronouns)
                and self.present_after_noun(i + 1)
            )
        )

    def aside_in_subject(self, start: int, m: int, hi: int) -> bool:
        """Whether the comma at ``m`` opens an aside inside the content's subject that a
        second comma closes before the subject's verb (``the scandal, while troublesome,
        was handled well``): no finite verb from ``start`` to the comma nor in the aside,
        and a finite verb right after it."""
        close = next(
            (n for n in range(m + 2, min(hi, m + 2 + _ASIDE_WORDS)) if self.is_punct(n, ",")),
            None,
        )
        return (
            close is not None
            and close + 1 < hi
            and not self.has_finite_verb(start, m)
            and not self.has_finite_verb(m + 2, close)
            and self.finite_form_at(close + 1, hi)
        )

    def opens_adversative(self, k: int, hi: int) -> bool:
        """Whether the words at ``k``, after a comma, are a clause of the writer's that
        an adversative conjunction opens and a subject of its own leads (``…, but she
        did not say when``, ``…, but the bill failed``): a subject pronoun, or a few
        words and a finite verb; not a phrase (``…, but from the left``), nor a clause
        whose verb is shifted back as the report's (``…, but it would reopen``)."""
        if self.word(k) not in self.lex.adversative_conjunctions:
            return False
        n = k + 1
        if self.word(n) in self.lex.complementizers:
            return False  # "said C1, but that C2": the cue's second clause
        if self.is_subject_pronoun(n) or self.is_contraction(n):
            # but "says she hopes to win, but she knows that C": a thought of the
            # content's own subject goes on the content
            return (
                self.word(n + 1) not in self.lex.thought_cues
                and self.word(n + 1) not in self.lex.backshifted_modals
            )
        if self.word(n) not in self.lex.determiners and not (n < hi and self.t[n].is_capitalised):
            return False
        for m in range(n + 1, min(hi, n + _BARE_SUBJECT_WORDS + 2)):
            w = self.word(m)
            if not w or w in self.lex.prepositions or w in self.lex.clause_openers:
                return False
            if not self.t[m].is_capitalised and self.is_finite_word(w):
                return w not in self.lex.backshifted_modals
        return False

    def is_content_stop(self, k: int, hi: int) -> bool:
        """Whether the words at ``k`` end reported content: one of the lexicon's content
        stops, a word (``хотя``) or two (``так что``)."""
        stops = self.lex.content_stops
        return self.t[k].lower in stops or (
            k + 1 < hi and f"{self.t[k].lower} {self.t[k + 1].lower}" in stops
        )

    def is_trailing_comment(self, k: int, hi: int) -> bool:
        """Whether a comment of the writer's opens at ``k`` after a comma and runs to
        ``hi`` with no further comma: a relative clause (``…, who leads the count``) or
        an apposition without a finite verb (``…, a blow to commuters``)."""
        w = self.t[k].lower
        if w not in self.lex.trailing_relatives and w not in self.lex.trailing_appositives:
            return False
        if any(self.is_punct(m, ",;") for m in range(k + 1, hi)):
            return False
        # an apposition holds no finite verb ("…, a boss invited her": a clause) but in
        # a relative clause of its own ("…, a blow that hurt commuters"); its head noun
        # right after the article is no verb ("…, a charge that the owners denied")
        relative = next(
            (
                m
                for m in range(k + 1, hi)
                if self.word(m) in self.lex.complementizers
                or self.word(m) in self.lex.relative_pronouns
                or self.word(m) in self.lex.thing_relatives
            ),
            hi,
        )
        return w in self.lex.trailing_relatives or not self.has_finite_verb(k + 2, relative)

    def is_trailing_gloss(self, k: int, hi: int) -> bool:
        """Whether a relative clause on a thing opens at ``k`` after a comma and runs to
        ``hi`` with no further comma (``…, which opened in May``): after a content whose
        subject is a pronoun (the speaker's own plan or stance: ``said she would fund the
        pier``, ``says he backs the choir``) the writer's gloss on one of its nouns."""
        return self.word(k) in self.lex.thing_relatives and not any(
            self.is_punct(m, ",;") for m in range(k + 1, hi)
        )

    def clause_after(self, k: int, hi: int) -> bool:
        """Whether a clause with a subject of its own opens at ``k``: an article or a
        possessive and a few more words, then a finite verb (``the ferry was late``) or
        a present one after a singular noun and before a word that no verb is (``the
        pier runs late``; not ``the harbour piers are``)."""
        if self.word(k) not in self.lex.determiners:
            return False
        for m in range(k + 1, min(hi, k + _CLAUSE_SUBJECT_WORDS + 1)):
            w = self.word(m)
            if (
                self.t[m].kind != "w"
                or w in self.lex.prepositions
                or w in self.lex.complementizers  # "towns this week that": a relative
                or w in self.lex.clause_openers
            ):
                return False
            if not self.t[m].is_capitalised and (
                self.is_finite_word(w)
                or (
                    m > k + 1
                    and self.present_after_noun(m)
                    and not is_plural(self.word(m - 1), self.lex)
                    and self.lower_word(m + 1)
                    and not self.is_finite_word(self.word(m + 1))
                )
            ):
                # "The Trust report the council published was damning", "The injury
                # claims the workers made were denied": a verb right after the clause's
                # own verb leaves its object a gap, a relative clause
                gap = (
                    m + 1 < hi
                    and w not in self.lex.auxiliaries
                    and w not in self.lex.finite_auxiliaries
                    and not self.t[m + 1].is_capitalised
                    and self.is_finite_form(self.word(m + 1))
                )
                return m > k + 1 and not gap
        return False

    def main_verb_in(self, k: int, hi: int) -> bool:
        """Whether the tokens ``k``..``hi`` read as a clause of their own: a finite verb
        (an irregular past too: ``its profit rose``) comes before any word that opens a
        subordinate clause, and not as a noun
        (``maintains his lead in the state polls``, ``continued its inquiry into
        whether it was safe`` are noun phrases)."""
        for m in range(k, hi):
            w = self.word(m)
            if (
                w in self.lex.complementizers
                or w in self.lex.clause_openers
                or w in self.lex.relative_pronouns
            ):
                return False
            if (
                (
                    self.is_finite_form(w)
                    # "its profit rose": an irregular past that is no participle
                    or (w in self.lex.finite_verbs and w not in self.lex.past_participles)
                )
                and (
                    # "added 300 jobs in May": a capitalised word in lower-case words is a
                    # name, no auxiliary
                    m == k or not self.t[m].is_capitalised or self.t[m - 1].is_capitalised
                )
                and (
                    w in self.lex.finite_auxiliaries
                    # "allowed the staff to think that C": a cue of its own
                    or (w in self.table.verbs and self.word(m - 1) in self.lex.infinitive_markers)
                    or not self.is_noun_use(m, k)
                )
            ):
                return True
        return False

    def is_verbless_list(self, start: int, end: int) -> bool:
        """Whether the words ``start``..``end`` are a list without a verb (``tax cuts, new
        roads, and more police``, ``Maine, Ohio and Utah``): no clause a cue could report."""
        comma = self.comma_after(start, end)
        return (
            comma is not None
            and 0 < comma - start <= LIST_ITEM_WORDS
            and not self.has_finite_verb(start, end)
            and self.list_goes_on(start, comma + 1, end)
        )

    def spoken_through(self, m: int, hi: int) -> bool:
        """Whether a means preposition at ``m`` names a person who spoke for the
        subject: an article or a possessive, then a role within a few words (``through
        his lawyer``, ``through a campaign spokeswoman``)."""
        return (
            self.words[m] in self.lex.means_prepositions
            and self.word(m + 1) in self.table.articles
            and any(self.word(n) in self.lex.role_nouns for n in range(m + 2, min(hi, m + 4)))
        )

    def has_finite_verb(self, k: int, hi: int) -> bool:
        """Whether the tokens ``k``..``hi`` hold a finite verb: an auxiliary, a cue verb
        or a past form (a clause, not an apposition)."""
        return any(self.is_finite_form(t.lower) for t in self.t[k:hi])

    def ends_complement(self, m: int, hi: int) -> bool:
        """In a verb-second language, whether the punctuation at ``m`` closes a cue's
        complement clause: a semicolon or a colon unless a verb only the indirect mood
        has follows (``; er sei``), a question mark or a double hyphen; or
        a comma before the main clause's finite verb and a pronoun (``…, sagte er``,
        ``…, regte sich``, ``…, ist bekannt``) or an article and a noun (``dass C,
        hielt die Nachfrage …``), or before a parenthetical ``wie X sagte``."""
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
        if self.is_punct(m + 2, ".!?") and self.is_finite_verb(word):
            return True  # "Wer behauptet, C, irrt.": the main clause's verb alone
        if word in self.lex.clause_conjunctions:
            return self.opens_main_clause(m + 2, hi)  # "…, und er ging": the writer's
        return (
            not self.t[m + 1].is_capitalised
            and (
                self.word(m + 2) in self.lex.pronouns
                or (
                    self.word(m + 2) in self.lex.determiners
                    and self.is_finite_verb(word)
                    # "man teile das Ziel, halte den Weg aber für zu teuer": a verb of
                    # the reported mood goes on with the content
                    and word not in self.lex.subjunctive_forms
                    and m + 3 < hi
                    and self.t[m + 3].is_capitalised
                )
                or self.word(m + 2) in self.lex.object_pronouns
                or self.word(m + 2) in self.lex.reflexive_pronouns
                # "Auf die Frage, ob C, sagte Roe": a cue and the name of its subject
                or (
                    word in self.table.verbs
                    and self.is_finite_verb(word)
                    and self.t[m + 2].kind == "w"
                    and self.t[m + 2].is_capitalised
                    and self.word(m + 2) not in self.lex.determiners
                )
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
                    # "dass wir, seitdem wir …, sicher sind": a subordinate clause inside
                    self.lex.subordinators,
                )
            )
        )

    def is_finite_verb(self, word: str) -> bool:
        """Whether a lower-case word has the shape of a finite verb of the lexicon
        (German ``hielt``, ``erwiderte``, ``kam``); no adverb (``nicht``, ``jetzt``)."""
        if word in self.lex.time_words or word in self.lex.auxiliaries:
            return word in self.lex.finite_verbs
        return word in self.lex.finite_verbs or (
            bool(self.lex.finite_verb_endings) and word.endswith(self.lex.finite_verb_endings)
        )

    def clause_stop(self, k: int, hi: int, forms: frozenset[str]) -> Token | None:
        """The first token from ``k`` that is either a word in ``forms`` or no word at all
        (punctuation, a quotation mark), within the words of a clause read for its mood;
        ``None`` when those words run out first."""
        for n in range(k, min(hi, k + MAX_PIECE)):
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
        by_first = self.table.source_by_first
        if any(
            # but a phrase that holds a pronoun is the cue's own speaker's, within the
            # content ("Roe said the plan was, in his words, C")
            match_phrase(self.t, k, hi, p) and not self.table.phrase_pronouns.intersection(p)
            for p in by_first.get(self.word(k), ())
        ) or (
            self.word(k) in self.lex.conjunctions
            and any(match_phrase(self.t, k + 1, hi, p) for p in by_first.get(self.word(k + 1), ()))
        ):
            return True
        if self.t[k].lower in self.table.tail_verbs:
            # the source after the verb: "…, передає УНН.", "…, пише УНН з посиланням на
            # КМДА.", "…, said Jo Roe."
            n = self._tail_name_end(k + 1, hi)
            return n > k + 1 and self._closes_tail(n, hi)
        n = self._tail_name_end(k, hi)
        return (
            k < n < hi
            and self.t[n].lower in self.table.tail_verbs
            # "…, UNN reports citing the port's press service.": a reference phrase
            and self._closes_tail(n + 1, hi)
        )

    def _closes_tail(self, k: int, hi: int) -> bool:
        """Whether the words from ``k`` to ``hi`` close an attribution's tail: adjuncts
        only (``on Monday``) or a reference phrase (``citing the port``)."""
        return self.only_adjuncts(k, hi) or self.opens_reference(k, hi)

    def _tail_name_end(self, k: int, hi: int) -> int:
        """The end of the few capitalised words or noun-phrase words from ``k`` that name
        the source of an attribution closing the unit."""
        n = k
        while (
            n < hi
            and n - k < _MAX_TAIL_NAME
            and (
                (
                    self.t[n].kind == "w"
                    and (self.t[n].is_capitalised or self.t[n].lower in self.table.np_words)
                )
                or (n > k and is_abbreviation_dot(self.t, n, self.lex))  # "Mr. Lee"
            )
        ):
            n += 1
        return n

    def rest_after_comma(
        self, k: int, hi: int, *, first: tuple[int, int] | None = None
    ) -> tuple[int, int] | None:
        """For ``C1, X said, C2``: C2, when the cue is followed by a comma (in a
        verb-second language also a dash) and words.  A C2 that opens with a conjunction
        goes on with the speaker's words where it has no subject and verb of its own
        (``C1, X said, but only for the locals``), or after an unmarked C1 (``first``)
        that opens a paired conjunction (``not only C1, X said, but also C2``) or that
        it adds a clause to (``C1, X said, and C2``: :meth:`adds_clause`); otherwise it
        is the writer's clause (``C1, X said, but he did not say when``).  After a C1
        that ends on a finite auxiliary (``The plan was, he said, a disaster``), C2 is
        the complement it awaits, however short; after a C1 without a finite verb, a C2
        that opens with one is its predicate (``The ferry, they said, sank``)."""
        m = k
        while m < hi and self.t[m].kind == "w" and self.word(m) in self.lex.time_words:
            m += 1
        marks = ",—–" if self.lex.verb_second else ","
        opened = self.opens_prefield(first)
        if opened and m < hi and self.t[m].kind == "w":
            # "Am Montag, lesen wir im Blatt, wurden C2": the cue's adjuncts
            comma = self.comma_after(m, hi)
            if comma is not None and self.only_adjuncts(m, comma):
                m = comma
        elif (
            first is not None
            and not self.lex.verb_second
            and m < hi
            and self.word(m) in self.lex.prepositions
            and (not self.has_finite_verb(*first) or self.word(first[0]) in self.lex.subordinators)
        ):
            # "If anything, Jo Roe argued in her email, the pier is unsafe": after a C1
            # with no verb or an adverbial clause ("Once the dredging ends, the harbour
            # master said at the meeting, trawlers can dock"), the cue's adjuncts, then a
            # clause of its own
            comma = self.comma_after(m, hi)
            if (
                comma is not None
                and self.only_adjuncts(m, comma)
                and comma + 1 < hi
                and (
                    self.is_subject_pronoun(comma + 1)
                    or self.word(comma + 1) in self.lex.determiners
                    or self.t[comma + 1].is_capitalised
                    # "…, trawlers can dock": a bare plural subject, its finite verb after it
                    or (
                        is_plural(self.word(comma + 1), self.lex)
                        and self.word(comma + 1) not in self.lex.auxiliaries
                        and self.finite_form_at(comma + 2, hi)
                    )
                )
                and self.has_finite_verb(comma + 1, min(hi, comma + 1 + _CLAUSE_SUBJECT_REACH))
                and not self.is_attribution_tail(comma + 1, hi)  # "…, the police said."
            ):
                m = comma
        if m < hi and self.is_punct(m, "("):
            # "…, утверждает X (а они …), C2": a remark in brackets after the source
            closing = next(
                (n for n in range(m + 1, min(hi, m + MAX_ACCORDING)) if self.is_punct(n, ")")),
                None,
            )
            m = closing + 1 if closing is not None else m
        if m + 1 < hi and self.word(m + 1) in self.lex.complement_adjectives:
            return None  # "C, сообщил источник, близкий к Кремлю": the source described
        if m + 1 < hi and self.is_punct(m, marks) and self.opens_credit(m + 1, hi):
            return None  # "C, the port said, as reported by the Gazette": a credit
        if m + 1 < hi and self.is_punct(m, marks) and self.t[m + 1].kind == "w":
            # "The only problem, Roe said, is that C", "The ferry, they said, ordered them
            # to wait": a C1 without a finite verb is the subject of the verb after the
            # attribution, and C2 its predicate, however short
            predicate = (
                first is not None
                and not self.lex.verb_second
                and not self.has_finite_verb(*first)
                and (self.finite_form_at(m + 1, hi) or self.agrees_with(first, m + 1))
                and not self.word(m + 1).endswith(self.lex.participle_endings)
            )
            if not predicate and self.cue_at(m + 1, hi) is not None:
                return None  # "…, the official said, adding that C": the participle's
            awaited = (
                opened
                or predicate
                or (
                    first is not None
                    and (
                        self.word(first[1] - 1) in self.lex.finite_auxiliaries
                        or self.awaits_rest(first[1] - 1)
                    )
                )
            )
            rest = self._content_range(m + 1, hi, min_words=1 if awaited else 3)
            if first is not None and not awaited and self.when_asked(m + 1, hi):
                return None  # "C, Jo Roe said, when she was asked.": the writer's clause
            if self.word(m + 1) in self.lex.conjunctions and (
                rest is None
                or not (
                    self.is_verbless(m + 2, rest[1])
                    or self.is_bare_predicate(m + 2, rest[1])
                    # "C1, he said, and “everyone ran.”": the speaker's words in marks,
                    # unless their own attribution follows ("…, but “q,” Poe added")
                    or (self.t[m + 2].kind == "q" and not self.attributed_after(m + 2, hi))
                    or (
                        first is not None
                        and (
                            self.holds_correlative(first)
                            or self.holds_placeholder(first)
                            # "The pier is safe, Roe said, and the ferry will run": an
                            # unmarked C1, then a clause added to it
                            or self.adds_clause(m + 1, rest[1])
                        )
                    )
                )
            ):
                return None  # "“Q,” she said, but he was leaving": the writer's clause
            return rest
        return None

    def holds_placeholder(self, first: tuple[int, int]) -> bool:
        """Whether the subject of C1 is a pronoun that holds the place of a clause to
        come (:attr:`~newsstruct.lang.Lexicon.clause_placeholders`): first, after a
        conjunction, or after a verb-second clause's first word and its finite verb
        (``Es wäre falsch``, ``Aber es wäre falsch``, ``Dann wäre es falsch``)."""
        start = first[0]
        if self.word(start) in self.lex.conjunctions:
            start += 1
        if self.word(start) in self.lex.subordinators:
            return False  # "Als es regnete, sagte er, dass C": an adverbial clause
        placeholders = self.lex.clause_placeholders
        if start < first[1] and self.word(start) in placeholders:
            return True  # "Es wäre falsch"
        return (
            start + 2 < first[1]
            and self.word(start + 2) in placeholders
            and (
                self.finite_form_at(start + 1, first[1])
                or self.word(start + 1) in self.lex.subjunctive_forms
            )
        )  # "Dann wäre es falsch": after the first word and the finite verb

    def opens_credit(self, k: int, hi: int) -> bool:
        """Whether the clause at ``k`` credits the words before it rather than going on
        with them: an as-word and a cue (``as reported by X``, ``как сообщил X``) or a
        source phrase (``according to X``)."""
        if self.t[k].kind != "w":
            return False
        if self.word(k) in self.lex.as_words:
            return k + 1 < hi and self.cue_at(k + 1, hi) is not None
        return any(
            match_phrase(self.t, k, hi, phrase)
            for phrase in self.table.source_by_first.get(self.word(k), ())
        )

    def when_asked(self, k: int, hi: int) -> bool:
        """Whether the clause at ``k`` tells that the speaker was asked: a conjunction of
        time (:attr:`~newsstruct.lang.Lexicon.subordinators` that open no reported
        content), a personal pronoun, a passive auxiliary and a verb of asking (``when
        she was asked``, ``when asked``); not ``because she was asked``, ``until it
        went bankrupt``."""
        opener = self.word(k)
        if opener not in self.lex.subordinators or opener in self.lex.conditional_openers:
            return False
        m = k + 1
        if m < hi and self.word(m) in self.lex.person_pronouns:
            m += 1
        if m < hi and self.word(m) in self.lex.passive_auxiliaries:
            m += 1
        return m < hi and self.t[m].kind == "w" and self.word(m) in self.lex.question_cues

    def attributed_after(self, q: int, hi: int) -> bool:
        """Whether a cue follows the quotation at ``q`` within a few words, before the
        sentence's end (``“q,” Poe added``): the quotation has an attribution of its own."""
        for n in range(q + 1, min(hi, q + 1 + ATTRIBUTION_WORDS)):
            if self.is_punct(n, ".!?;"):
                return False
            if self.cue_at(n, hi) is not None:
                return True
        return False

    def attributes_quotation(self, k: int, hi: int) -> bool:
        """Whether the few words from ``k`` hold a cue that a quotation follows, right
        after it or after its adjuncts and a comma or a colon (``that Lee Poe noted,
        “q”``, ``that Lee Poe wrote in an email: “q”``): they attribute the quotation
        after them, no clause of their own (nor after a comma: ``that, Lee Poe noted,
        “q”``)."""
        if k < hi and self.is_punct(k, ","):
            k += 1
        for n in range(k, min(hi, k + ATTRIBUTION_WORDS)):
            if self.t[n].kind != "w":
                return False
            cue = self.cue_at(n, hi)
            if cue is not None:
                end = m = n + len(cue)
                while m < hi and m - n <= ATTRIBUTION_WORDS and self.t[m].kind == "w":
                    m += 1  # "noted in an email" (not "noted the pier was “q”")
                if m > end and not self.only_adjuncts(end, m):
                    return False
                if m < hi and self.is_punct(m, ",:"):
                    m += 1
                return m < hi and self.t[m].kind == "q"
        return False

    def after_addressee_apposition(self, comma: int, hi: int) -> int:
        """The comma that closes a description set off after the addressee's name
        before ``comma`` (``Prices, Roe told Poe, her deputy, would rise``): a few words
        with a role noun and no verb, or a relative clause (``Poe, who nodded,``), words
        after its comma; else ``comma``."""
        if not (
            self.is_punct(comma, ",")
            and self.t[comma - 1].kind == "w"
            and self.t[comma - 1].is_capitalised
        ):
            return comma
        end = self.closing_comma(comma + 1, hi, _ASIDE_WORDS)
        if end is None or self.t[end + 1].kind != "w":
            return comma
        if self.word(comma + 1) in self.lex.relative_pronouns:
            return end  # "Prices, Roe told Poe, who nodded, would rise": a relative clause
        if self.has_finite_verb(comma + 1, end) or not any(
            self.is_role(n) for n in range(comma + 1, end)
        ):
            return comma
        return end

    def agrees_with(self, first: tuple[int, int], m: int) -> bool:
        """Whether the lower-case word at ``m`` is a verb that agrees with the subject
        ``first``: one that ends like a plural (:func:`is_plural`) after a subject whose
        last word does not, a verb in the third person singular (``The new plan, Roe
        said, works``), or an open-class word that does not after a plural subject, its
        plural verb (``The plans, Roe said, work``); no noun."""
        w = self.word(m)
        if not (
            self.lower_word(m)
            and len(w) > _SHORT_WORD
            and w not in self.table.np_words
            and w not in self.lex.prepositions
            and self.t[first[1] - 1].kind == "w"
        ):
            return False
        if not is_plural(self.word(first[1] - 1), self.lex):
            return is_plural(w, self.lex)
        return not (
            is_plural(w, self.lex)
            or w in self.lex.stopwords
            or w in self.lex.time_words
            or self.is_adverb(m)
        )

    def opens_prefield(self, first: tuple[int, int] | None) -> bool:
        """Whether, in a verb-second language, the words ``first`` before an
        interrupting attribution hold no finite verb: they fill the first place of a
        clause whose verb comes after the attribution (``Die Lage, sagte er, ist
        ernst``, ``Vor zwei Jahren, erzählt sie, habe sie …``)."""
        return (
            first is not None
            and self.lex.verb_second
            and first[1] > first[0]
            and not self.has_finite_verb(*first)
        )

    def awaits_rest(self, m: int) -> bool:
        """Whether the word at ``m``, before an interrupting attribution, is a finite
        auxiliary or a verb of the indirect mood that leaves its clause open in a
        verb-second language (``Die Lage sei, so der Minister, ernst``)."""
        w = self.word(m)
        return self.lex.verb_second and (
            w in self.lex.finite_auxiliaries
            or w in self.lex.subjunctive_forms
            or w in self.lex.indirect_mood_forms
            # "Die Brücke bleibt, so die Stadt, bis Mai gesperrt": where nouns are
            # capitalised, a finite verb in the second place, right after its subject
            or (
                self.lex.capitalised_nouns
                and m > 0
                and self.lower_word(m)
                and self.is_finite_verb(w)
                and self.subject_opens_to(m)
            )
        )

    def subject_opens_to(self, m: int) -> bool:
        """Whether the words before ``m`` back to the sentence's start are a subject
        alone, a pronoun or a short noun phrase that a capitalised noun closes (``Die
        neue Brücke``), so that a verb at ``m`` holds the second place (not ``Wie
        lebhaft ihn ihr Bild umschwebte``: a clause word opens a subordinate clause)."""
        start = m
        while start > 0 and m - start < _SUBJECT_WORDS and self.t[start - 1].kind == "w":
            start -= 1
        if start == m or (start > 0 and not self.is_punct(start - 1, SENTENCE_STOPS)):
            return False
        words = [self.word(n) for n in range(start, m)]
        if len(words) == 1:
            return self.t[start].is_capitalised or words[0] in self.lex.pronouns
        return (
            words[0] in self.lex.determiners
            and self.t[m - 1].is_capitalised
            and not any(w in self.lex.clause_openers or w in self.lex.subordinators for w in words)
            and not any(
                self.lower_word(n) and self.is_finite_verb(self.word(n))
                for n in range(start + 1, m)
            )
        )

    def is_bare_predicate(self, k: int, end: int) -> bool:
        """Whether the words ``k``..``end`` after a conjunction are a predicate with no
        subject of its own (``and had passed every check``), where articles tell a
        subject: a lower-case finite verb opens them, and the subject before the
        conjunction goes on."""
        return (
            not self.lex.bare_noun_subjects
            and self.lower_word(k)
            and not self.is_subject_pronoun(k)
            and self.finite_form_at(k, end)
        )

    def adds_clause(self, k: int, end: int) -> bool:
        """Whether the conjunction at ``k``, after an attribution that interrupts the
        words reported (``C1, X said, and C2``), adds a clause of the speaker's up to
        ``end``: a list's conjunction (English ``and``) with no adverb of what came next
        after it (``…, the envoy said, and then he left``: the writer's account goes on)
        and no source of its own (``…, and residents say C``: :meth:`opens_with_source`),
        where the verb need not come second (there a main clause after the conjunction
        is the writer's unless its mood reports: :meth:`opens_main_clause`)."""
        return (
            not self.lex.verb_second
            and self.word(k) in self.lex.list_conjunctions
            and self.word(k + 1) not in self.lex.sequence_adverbs
            and not self.opens_with_source(k + 1, end)
        )

    def opens_with_source(self, k: int, end: int) -> bool:
        """Whether the clause from ``k`` opens with a subject and its cue verb, within a
        few words and no finite verb before it (``residents say C``, ``the crews all
        think C``): another source speaks; not after a personal pronoun (``she felt
        C``), who may be the speaker."""
        if self.is_subject_pronoun(k):
            return False
        for n in range(k + 1, min(end, k + _CLAUSE_SUBJECT_REACH)):
            if self.t[n].kind != "w":
                return False
            if self.word(n) in self.lex.cue_verbs:
                return not self.has_finite_verb(k, n)
        return False

    def is_verbless(self, k: int, end: int) -> bool:
        """Whether the words ``k``..``end`` after a conjunction are a phrase with no
        subject and no finite verb of their own (``only for the locals``), where articles
        tell a subject: no determiner, pronoun or name opens them."""
        return (
            not self.lex.bare_noun_subjects
            and self.lower_word(k)
            and self.word(k) not in self.lex.determiners
            and self.word(k) not in self.lex.quantifiers
            and not any(self.is_subject_pronoun(m) for m in range(k, end))
            and not self.has_finite_verb(k, end)
        )

    def content_before(
        self,
        lo: int,
        comma: int,
        min_words: int = _MIN_CONTENT_WORDS,
        *,
        continued: bool = False,
    ) -> tuple[int, int] | None:
        """The content of ``C, X said``: from the unit start, or the bracket that opens
        the attribution (``anger from workers (“Q,” wrote X)``), to the comma; a
        quotation alone where a colon or a dash sets it off at the end (``Marie Roy –
        « Q », a-t-elle dit``).  Where the content goes on after the attribution with
        its finite verb (``continued``: ``Für Familien, die hier wohnen, sagte X, werde
        C``), a fronted phrase with a relative clause is its first piece, no adjunct of
        the cue's clause (:meth:`fronted_adjunct_clause`)."""
        end = comma
        while end > lo and self.t[end - 1].kind == "p" and self.t[end - 1].text in ",;:—–-":
            end -= 1
        # "Vítkovice nabraly sebevědomí: „Q,“ tvrdí X": the words after the colon
        bounds = ":;" if self.lex.verb_second else ":"
        colon = next((m for m in range(end - 1, lo - 1, -1) if self.is_punct(m, bounds)), None)
        start = colon + 1 if colon is not None else self.after_label(lo, end)
        depth = 0
        for m in range(end - 1, start - 1, -1):
            mark = self.t[m].text if self.t[m].kind == "p" else ""
            if mark == ")":
                depth += 1
            elif mark == "(":
                if depth == 0:
                    start = m + 1
                    break
                depth -= 1
        if end <= start or (not continued and self.fronted_adjunct_clause(start, end)):
            return None
        if self.set_off_last((start, end)):
            return (end - 1, end)  # "C - “Q,” X said": Q alone
        return self._content_range(start, end, min_words, before_cue=True)

    def fronted_adjunct_clause(self, start: int, end: int) -> bool:
        """Whether the words ``start``..``end`` before an inverted cue are, in a
        verb-second language, a fronted preposition phrase with a relative clause on its
        noun, the first place of the cue's own clause (``In einem Vermerk, der dem Blatt
        vorliegt, warnen Fachleute vor C``), no content: a preposition, then no finite
        verb before the comma that a relative pronoun follows, which runs to the cue."""
        if not self.lex.verb_second or self.word(start) not in self.lex.prepositions:
            return False
        comma = next((m for m in range(start + 1, end) if self.t[m].kind != "w"), None)
        return (
            comma is not None
            and self.is_punct(comma, ",")
            and comma + 1 < end
            and self.word(comma + 1) in self.lex.relative_pronouns
            # the relative clause runs to the cue ("Mit X, die C2 sind, könnte man —
            # glaube ich — C3": the clause goes on, a content)
            and not any(self.t[m].kind == "p" for m in range(comma + 1, end))
            and not any(
                self.lower_word(m) and self.is_finite_word(self.word(m))
                for m in range(start + 1, comma)
            )
        )

    def after_label(self, lo: int, end: int) -> int:
        """Where the words of ``C, X said`` start in a unit from ``lo``: after a word or
        two in title case and a lone spaced dash that open it before a capital (a place
        or a topic set before the lead, ``Lornport – The board closed the quay, a
        spokesman said``), else at ``lo``."""
        dash = next((m for m in range(lo + 1, min(lo + 3, end)) if self.t[m].kind != "w"), None)
        if (
            dash is None
            or not self.is_punct(dash, DASHES)
            or dash + 1 >= end
            or self.t[dash].start == self.t[dash - 1].end
            or not all(self.t[m].text[:1].isupper() for m in (*range(lo, dash), dash + 1))
            or any(self.is_punct(m, DASHES) for m in range(dash + 1, end))
        ):
            return lo
        return dash + 1

    def set_off_last(self, span: tuple[int, int]) -> bool:
        """Whether a quotation ends ``span`` after a colon or a dash that sets it off
        from the words before it (``the plan was weak - “Q,” she said``)."""
        last = span[1] - 1
        if not (
            last - 1 > span[0]
            and self.t[last].kind == "q"
            and self.is_punct(last - 1, ":" + DASHES)
        ):
            return False
        # "“A” -- the writer's aside -- “B,” X said": one quotation, broken by the aside
        return not any(
            self.t[m].kind == "q" and self.is_punct(m + 1, DASHES) for m in range(span[0], last - 2)
        )

    def colon_words(self, k: int, hi: int) -> tuple[int, tuple[int, int]] | None:
        """``fragte den Wirt: Wer kommt heute?``: words without marks after a cue, a few
        words of its clause and a colon are the speaker's own, to the unit's end.
        Returns the end of those few words and the content."""
        m = k
        while m < hi and m - k <= MAX_MIDDLE and self.t[m].kind == "w":
            m += 1
        if m + 1 >= hi or not self.is_punct(m, ":") or self.t[m + 1].kind != "w":
            return None
        # "Auf die Frage: Wohin? hieß es: …": a question or an exclamation ends the words
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
        if comma is None or not self.is_punct(comma, ",") or i - comma > MAX_MIDDLE:
            return None  # one clause, then the cue's: "Ob C, weiß niemand"
        start = lo if first not in self.lex.complementizers else lo + 1
        return self._content_range(start, comma) if comma > start else None
