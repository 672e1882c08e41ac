"""Languages: the :class:`Lexicon` type, the registry of lexicons, and language detection.

Each supported language is one module in this package (``en.py``, …) that defines a
single ``LEXICON``: data only, no functions.  Adding a language means adding one such
module: :data:`MODULES` finds it, and no step of the pipeline changes.

>>> from newsstruct import lang
>>> lang.get("en").code
'en'
>>> lang.detect("The minister said on Monday that the talks would go on.")
'en'
"""

from __future__ import annotations

import functools
import importlib
import itertools
import pkgutil
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

import attrs
import regex

from newsstruct.errors import UnknownLanguageError
from newsstruct.lang._media import LATIN_TITLE_WORDS
from newsstruct.lang._names import NAME_PARTICLES

__all__ = [
    "COLON_ENDING",
    "COMMAS",
    "FULL_WIDTH_STOPS",
    "GENITIVE",
    "MARKED_HEAD",
    "MODULES",
    "SENTENCE_STOPS",
    "SPACED_STOPS",
    "Lexicon",
    "alternated",
    "alternation",
    "available",
    "case_forms",
    "colon_stem",
    "cue_verb",
    "detect",
    "enclitic_subject",
    "first_name_case",
    "fold_for_screen",
    "get",
    "headed_by",
    "is_acronym",
    "is_company_name",
    "is_feminine_first_name",
    "is_oblique",
    "is_outlet_name",
    "is_typeset_ascii",
    "names_platform",
    "subject_particle",
    "surname_endings",
    "surname_nominative",
    "verb_gender",
]


def _shipped() -> dict[str, str]:
    """The language modules of this package, by ISO 639-1 code: every module whose name
    does not begin with an underscore (those are data the lexicons share)."""
    return {
        info.name: f"{__name__}.{info.name}"
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name)
        if not info.name.startswith("_")
    }


#: The language modules shipped with newsstruct, by ISO 639-1 code: each module of this
#: package whose name does not begin with an underscore.
MODULES: dict[str, str] = _shipped()


# the apostrophe as typed, as typeset and as the modifier letter (Ukrainian "прем’єр",
# "об'єднання", "звʼязок"): a word in the lexicon with one is found with any of them
_APOSTROPHES = ("'", "\N{RIGHT SINGLE QUOTATION MARK}", "\N{MODIFIER LETTER APOSTROPHE}")


def _spellings(word: str) -> tuple[str, ...]:
    """``word`` and, where it holds an apostrophe, its spellings with the others."""
    return (
        word,
        *(
            word.replace(apostrophe, other)
            for apostrophe in _APOSTROPHES
            if apostrophe in word
            for other in _APOSTROPHES
            if other != apostrophe
        ),
    )


def _frozen(items: Iterable[str]) -> frozenset[str]:
    return frozenset(spelling for word in items for spelling in _spellings(word))


def _spelled(items: Iterable[str]) -> tuple[str, ...]:
    """The phrases in their order, each followed by its other spellings (:func:`_spellings`),
    each once."""
    return tuple(dict.fromkeys(spelling for item in items for spelling in _spellings(item)))


def _spelled_groups(groups: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(_spelled(group) for group in groups)


# Empty sets are plain defaults, not factories (a frozenset is immutable): attrs writes an
# ``if`` a factory field into the __init__ it generates and compiles at import, and with
# some 380 fields that was a good part of ``import newsstruct`` (issue #7); __repr__ is
# written out below for the same reason.
@attrs.frozen(cache_hash=True, repr=False)
class Lexicon:
    """Everything a language contributes to parsing, as plain data.

    Words are matched case-insensitively unless the field says otherwise.  Multi-word
    entries are single strings with one space between words.
    """

    code: str
    """ISO 639-1 code of the language."""
    name: str
    """English name of the language."""
    quote_pairs: tuple[tuple[str, str], ...]
    """Quotation-mark pairs, outermost first: ``(opening, closing)``."""
    cue_verbs: frozenset[str] = attrs.field(converter=_frozen)
    """Speech and cognition verbs in every inflected form (``say``, ``says``, ``said``…)."""
    elided_letters: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Letters that an apostrophe before them stands in for a dropped word part, as
    words of their own (Dutch ``'s avonds``, ``'t Hooft``; English ``rock 'n roll``):
    there the apostrophe opens no quotation, while ``'a disaster'`` still does."""
    object_cue_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs that take an addressee before their content (``told X that``, ``urged X to``)."""
    clause_object_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Those of :attr:`object_cue_verbs` whose addressee may be left out before a clause
    (English ``warn``, ``promise``): a noun phrase and a finite auxiliary after one are the
    clause's subject (``warned the vote would be close``), not whom it was said to."""
    object_content_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs of judgement whose content is their object, a noun phrase as well as a
    clause (``criticized the plan``, ``praised her record``)."""
    clause_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs that report a clause only (``maintained that C``, ``continued: “Q”``):
    with a noun phrase for object they report nothing (``maintains a lead``,
    ``continued his tour``, ``charged a fee``)."""
    bare_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs in the bare form, neither past nor third person (English ``tell``,
    ``add``): after a conjunction inside the content of a cue in another form they go
    on the content's own clause after one of :attr:`bare_verb_auxiliaries` (``said she
    would meet him and tell him “Q”``), where ``said C and added C2`` starts a second
    frame of the cue's subject."""
    past_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs in the past tense (English ``said``, ``told``): a past predicate after a
    conjunction in a content in the present is the cue's subject's second one (``said
    she admires the crew and thanked them``)."""
    present_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Finite auxiliaries of the present (English ``is``, ``has``, ``will``): a content
    whose verb is one is in the present (:attr:`past_cues`)."""
    perfect_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Auxiliaries of the present perfect (English ``has``, ``have``): one with a
    participle after a conjunction in the content of a cue in the perfect is the cue's
    subject's second predicate (``has said she wants a pier and has asked for funds``)."""
    bare_verb_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Auxiliaries followed by a verb's bare form (English modals and ``do``): with one
    or an infinitive marker before it, a bare cue after a conjunction is that verb's
    (:attr:`bare_cues`)."""
    thought_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs of thought rather than speech (``think``, ``know``, ``hope``): with a
    subject of :attr:`hedge_subjects` (``I think``, ``you know``) they hedge the
    speaker's own words, no attribution."""
    hedge_subjects: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Subject pronouns of the speaker and the one addressed (``I``, ``we``, ``you``)."""
    force_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs that are acts of force as often as of speech (``attacked``,
    ``rejected``): no cue where their subject is an armed force (:attr:`armed_nouns`)
    or a weapon follows a preposition of means (:attr:`instrument_prepositions`)."""
    armed_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of armed forces and weapons (``troops``, ``drones``): as the subject of a
    force cue or the possessor of a noun of speech they make it an act of force
    (``troops attacked the town``, ``the army's attacks on the town``)."""
    instrument_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of means (English ``with``): a weapon after one in the clause of a
    force cue (``attacked the town with drones``) makes it an act of force."""
    evidence_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs that facts, figures and events do as often as people (English
    ``underscore``, ``signal``, ``assess``): no cue where their subject names no one, no
    capitalised name, role or body noun, author's text nor pronoun (``The figures
    underscore the harbour's decline``, ``Her visit helped to underscore that C``)."""
    person_noun_endings: tuple[str, ...] = ()
    """Endings of nouns for people by what they do or are (English ``-er``, ``-ist``,
    ``-ian``: ``owner``, ``pollsters``, ``historians``): a source that ends in one may be
    the subject of an :attr:`evidence_cues` verb."""
    question_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cues of asking: their content may be an embedded question (``asked whether C``,
    ``asked how C``, ``asked about C``)."""
    trailing_relatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Relative words that, after a comma, open a comment of the writer's on reported
    content when their clause runs to the end of it (``said it would be Roe, who leads
    the count``); a relative clause closed by a comma (``that Roe, who won, will
    run``) is part of the content."""
    trailing_appositives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Articles that, after a comma, open a noun phrase of the writer's on reported
    content when it runs to the end of it with no finite verb (``said the fares would
    rise, a blow to commuters``)."""
    explaining_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cues of explaining: their content may be an embedded question opened by a question
    word (``explained how C``, ``described why C``), but not by ``if`` or ``about``."""
    control_cue_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs whose content is an infinitive (``urged X to C``, ``called on X to C``)."""
    cue_phrases: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Multi-word cues (``called on``, ``pointed out``, ``was quoted as saying``)."""
    separable_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Particle verbs of saying whose finite stem stands apart from its particle, one
    entry ``"stem particle"`` (German ``"schlug vor"``: ``schlug dem Rat gestern vor,
    C``): the stem is a cue where the particle is the last word before the next comma,
    colon or full stop."""
    verb_particles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Particles of separable verbs (German ``an``, ``hervor``): a one-word cue whose
    clause ends in one it is not paired with (:attr:`separable_cues`, two-word
    :attr:`cue_phrases`) is another verb (``rief … hervor`` is no ``rief``)."""
    follow_prompts: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs that open a social-media prompt (English ``follow``: ``Follow us on
    Facebook``): such a paragraph that names a platform is page furniture, in marks or not."""
    degree_adverbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adverbs of degree before an adjective (English ``more``, ``less``): between a
    verb and an adjective of :attr:`catenatives` they are skipped with them (``appeared
    more likely to say``)."""
    formulas: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Set phrases that hold a cue word and attribute nothing (English ``all told``,
    ``having said that``): no cue inside them."""
    non_speech_particles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Particles and set complements that make a cue verb right before them another verb
    (English ``off``: ``called off the strike``, ``wrote off the debt``; ``guilty``: a plea
    in court, ``pleaded guilty in June to fraud``): no cue there."""
    request_objects: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that, as the object right after one of the :attr:`control_cue_verbs`, make
    it the request of a thing, no speech (Indonesian ``maaf``: ``meminta maaf``,
    apologised; ``bantuan``: ``meminta bantuan``, asked for help): no cue there."""
    knowing_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue verbs of knowing (German ``wissen``): with an infinitive they tell an ability
    (``weiß Lieder zu singen``), no cue."""
    naming_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Verbs that name or describe with a quoted fragment (``called X "Y"``, ``described``)."""
    alias_openers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words that give a person's other name (``known as``, ``nicknamed``): a quotation
    after one is a nickname, no words spoken (``Jo Roe, known as “the Hammer,” said
    C``: Jo Roe's apposition, and C her words)."""
    manner_predicates: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adjectives of how one speaks (``blunt``, ``defiant``): a subject, its copula and one
    before a colon and a quotation is the quotation's speaker (``The mayor was blunt:
    “Q”``)."""
    letter_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs of writing that may take whom the words were written to as a bare object
    before ``that`` (English ``wrote the council that C``, ``wrote the local paper, The
    Lornport Chief, that C``): a determiner or a name, then a noun that hears (see
    :attr:`listener_nouns`), an outlet's noun, a person's role or a name, no
    preposition (but ``wrote a report that the council ignored``: a work)."""
    work_verbs: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Verbs that make a work, with their particle (``wrote``, ``starred in``): a
    quotation right after one in a relative clause (after one of
    :attr:`relative_pronouns`) is the work's title, no words spoken (``Roe, who wrote
    “Tides,” said C``: C her words; but ``Roe wrote “C”`` quotes her)."""
    speech_nouns: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Nouns of speech with the words that open their complement, one entry a noun:
    ``"claim claims: that to of"`` reads ``his claim that C``, ``Roe's claim to C``,
    ``their claim of C``.  A possessor before the noun or an agent phrase after it
    (:attr:`agent_prepositions`) is the source."""
    speech_receiving_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs (and a preposition) whose subject receives a noun of speech (``faced
    criticism``, ``drew sharp criticism``, ``came under criticism``): after one, the noun
    needs no source (nobody, or the agent after it), and what it judges follows one of
    :attr:`reason_prepositions` (``has faced criticism for closing the pier``)."""
    sourceless_speech_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of :attr:`speech_nouns` that report speech with no source named (``despite
    complaints that C``, ``accusations of C``): without a possessor or an agent their
    complement is reported speech of nobody.  (After one of
    :attr:`speech_receiving_words` every noun of speech is: ``faced calls to resign``.)"""
    reason_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of what a received noun of speech judges (``criticism for C``,
    ``criticism over C``); see :attr:`speech_receiving_words`."""
    agent_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of an agent after a noun of speech (``criticism from X``, ``the
    claim by X``)."""
    possessive_determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Possessive determiners (``his``, ``their``): before a noun of speech, its source."""
    source_phrases: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Phrases that introduce a source before the content (``according to``)."""
    opinion_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that open a sentence with whose view it gives (French ``Pour X, C``,
    Spanish ``Para X, C``, Polish ``Dla X C``): ``according to`` there, where X names
    someone (a capitalised name or a role noun), never elsewhere (``Pour la première
    fois, C``)."""
    comma_free_sources: bool = False
    """Whether a fronted source phrase may go without the comma before its content
    (Polish ``Według ministra budżet wzrośnie``): the source is then its first word, or
    its words to the last capitalised one of a name among its first few words before a
    verb, and a short bracket after them (``Według Urzędu Statystycznego (GUS) inflacja …``)."""
    unpunctuated_sources: bool = False
    """Whether a fronted source phrase that no comma closes runs into its clause, as where
    commas are grammar (:attr:`complement_comma`), though here a comma may close it and
    none sets off a complement clause (Macedonian ``Според министерот Јован Лорновски
    мостот ќе …``, Croatian ``Prema ministru Ivanu Lornoviću most će …``): the clause
    starts after the source's names and roles, and a thing (``Според планот``) names no
    source."""
    genitive_endings: tuple[str, ...] = ()
    """Endings that only an oblique case gives a lower-case noun or adjective (Polish
    genitive plural ``-ów``, adjectives' ``-ych``, ``-ego``): in a source with no comma
    after it (:attr:`comma_free_sources`) the role's complement runs to the last word
    with one among the few after the role (``Według ministra spraw wewnętrznych C``,
    ``Według ministra finansów C``); a word without one goes with it only before one."""
    name_genitive_endings: tuple[str, ...] = ()
    """Endings of a capitalised name's genitive whose head is the lower-case noun after it
    (Norwegian, Danish and Swedish ``-s``: ``Statens vegvesen``, ``Trafikverkets presschef``):
    in a source with no comma after it (:attr:`comma_free_sources`) the noun goes with the
    name where a finite verb follows it (``Ifølge Statens vegvesen vil C``)."""
    genitive_agreement: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    """Pairs of the endings of a modifier in the genitive (adjectives, participles) and
    those of the words it agrees with in number and gender (Polish plural ``-ych``,
    ``-ich`` before ``-ów``, ``-ych``, ``-ich``): where the content's verb follows a
    role's genitive complement (:attr:`genitive_endings`), the content's own phrase is
    the last word with the modifiers before it that agree with it (``Według ministra
    finansów nowych podatków nie będzie``: ``nowych podatków``); the words before them
    are the role's (``ministra finansów``)."""
    anaphoric_sources: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that, alone between a source phrase and a comma, point back to what the text
    said before, no speaker (Vietnamese ``đó``: ``Theo đó, C``, accordingly)."""
    report_continuers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open a sentence going on with the report before it, in any mood
    (German ``Demnach``: ``Das teilte die Bahn mit. Demnach sollen die Züge …``, the
    Bahn's); only in a language of :attr:`indirect_mood_forms`."""
    written_prepositions: tuple[tuple[str, str, str], ...] = ()
    """Source phrases whose preposition is written onto the source's first word: the
    phrase's last word, the preposition as printed there, and what stands in its place
    in the name (Arabic ``("وفقا", "لل", "ال")``: ``وفقا للوزارة``, according to the
    ministry, names ``الوزارة``; ``("وفقا", "ل", "")``: ``وفقا لوزير الصحة``).  The
    speaker's mention starts after it; the longest preposition of a phrase first."""
    source_postpositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that follow their source as "according to" precedes it (German ``X
    zufolge``): ``X zufolge sollen C`` and ``C, X zufolge``.  Where words are written
    without spaces, one is cut off the end of its source's token with the particle it
    takes (Japanese ``国土交通省によると``: the particle ``に`` is part of the entry);
    where they are spaced, the particle on the source's word is split off it, one of
    :attr:`postposition_particles` (Korean ``해양수산부에 따르면``)."""
    own_source_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of "own" in a source phrase (German ``nach eigenen Angaben``): the subject
    of the clause the phrase stands in is its source (``Die Firma hat nach eigenen
    Angaben 500 Mitarbeiter``: the firm)."""
    complementizer_prefixes: tuple[str, ...] = ()
    """Complementizers written onto the content's first word (Hebrew ``ש``: ``אמרה
    שהמעבורת תחזור``).  After a cue (or its addressee among :attr:`audience_nouns`) such
    a word reads as two, the complementizer and the word, where the rest is a function
    word of the lexicon or opens with one of :attr:`article_prefixes` (``שר``, a
    minister, stays one)."""
    conjunction_prefixes: tuple[str, ...] = ()
    """Conjunctions written onto the next word (Hebrew ``ו``: ``ויצא``, and left; Arabic
    ``و``: ``وغادر``): one right after a quotation in reported content opens the
    writer's next predicate (``אמר כי "Q" ויצא``)."""
    article_prefixes: tuple[str, ...] = ()
    """Articles written onto their noun (Hebrew ``ה``: ``המעבורת``), read only to split
    a word of :attr:`complementizer_prefixes` (``שהמעבורת``): a language that writes no
    complementizer onto a word sets none, though it writes its article so (Arabic
    ``ال``, after ``أن`` or ``إن`` standing alone)."""
    postposition_particles: tuple[str, ...] = ()
    """Particles written onto a source before its postposition (Korean ``에`` of
    ``해양수산부에 따르면``): a word of their own there, no part of the source's name (an
    outlet so named is credited: ``연합뉴스에 따르면``).  Only for a language that spaces
    its words: one without spaces writes the particle into its entry of
    :attr:`source_postpositions` (Japanese ``によると``), cut off with it."""
    quotative_particles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Particles that mark the quotation they follow, where they are written onto the
    next word with the cue (:attr:`glued_cues`; Japanese ``「Q」と港長は述べた``): after a
    closing mark each is a word of its own."""
    quotative_connectives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Connective endings written onto a quotation's closing mark that go on to the same
    speaker's next words, in a :attr:`verb_final` language (Korean ``며``, ``면서``:
    ``X는 "Q1"며 "Q2"고 말했다``, ``X는 "Q1"며 C고 말했다``): the quotation before one is
    the cue's too, and the subject stands before it."""
    pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Personal pronouns that can be the source of a quote."""
    person_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Third-person pronouns that point back to a person (``he``, ``she``; German ``er``,
    ``sie``): as a source they name the person printed with a role since the last
    speaker (``Präsident Jo Roe forderte Hilfe. „…“, sagte er``)."""
    body_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Third-person pronouns that may point back to a body (English ``they``): as a
    source they name the body printed as a sentence's subject since the last speaker
    (``Acme Corp issued a report. They said C``), else the last speaker."""
    thing_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns that never stand for a person (English ``it``): as a source they name the
    last body the text prints before them since the last speaker (``Acme Bank issued a
    notice in which it confirmed C``), else the last speaker that is no one person."""
    silence_phrases: tuple[str, ...] = ()
    """Lower-case phrases that say a person gave no comment (English ``for comment``,
    ``declined to comment``): one named in such a sentence (``Jo Roe, the pier's lawyer,
    was not available for comment.``) is no antecedent of a pronoun that speaks after it."""
    genderless_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """The :attr:`person_pronouns` of one person that tell no gender (Indonesian ``dia``
    and ``-nya``, Finnish ``hän``): as a source before any speaker, one stands for the
    last name the text printed, as ``she`` after ``Anna Roe`` does (``Budi Santoso datang.
    “…,” katanya``)."""
    object_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns in the object case (``him``, ``them``): an addressee, never a subject."""
    audience_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of an audience in the case of an addressee (Russian ``журналистам``, Polish
    ``dziennikarzom``): after a source (``сказал Иван Петров журналистам``) they are
    whom it spoke to, never part of its name."""
    listener_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of an event or a body that hears what was said (English ``briefing``,
    ``parliament``): after a cue that takes an addressee, one is the addressee's noun,
    though it reads as a cue's form (``told a press briefing``) or stands bare and in
    lower case (``told parliament``)."""
    addressee_prefixes: tuple[str, ...] = ()
    """Prepositions of an addressee written onto the word they govern (Arabic ``ل``,
    Hebrew ``ל``): such a word made of one and an outlet's name is whom the words were
    said to (``قال لرويترز إن``, told Reuters that), no subject."""
    relative_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Relative pronouns (``who``): the speaker is the noun phrase before them."""
    free_relatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns that open a relative clause with no noun before it, as its subject
    (German ``wer``, whoever): a cue at the end of that clause has that subject, which
    names no one, and no noun between them speaks (``Wer in diesen Tagen behauptet,
    dass C, irrt``)."""
    sequence_adverbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adverbs of what came next (English ``then``) that, after a comma and before a cue,
    chain its predicate to the clause before the comma (``Jo Roe paused, then said C``):
    the cue shares that clause's subject, as after ``and``."""
    thing_relatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Relative pronouns of things (``which``): after a comma, like ``who``, the start of
    a clause that describes the noun phrase before it (``the ministry, which …, said``);
    in ``which officials said was true`` the first fragment of the cue's content (not
    after a preposition: ``in which``)."""
    example_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open examples of a noun phrase after a comma (``including``, ``such
    as``): a cue's object goes on past that comma (``cited several factors, including
    the weather``)."""
    answer_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that answer a question in full (``yes``, ``no``, ``so``): after a cue
    (``most voters said yes``, ``he said no to the plan``), the content of one word."""
    gap_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns that stand for the subject or object of the clause they open
    (``which``, ``what``): after ``which X described`` the cue's content may be the
    naming cue's description (``as his home``)."""
    possessive_relatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Possessive relative pronouns (``whose``): after a comma, the start of a clause that
    describes the noun phrase before it; a name between commas inside that clause
    (``Roe, whose firm, Acme, is …, said``) is none of the speaker's."""
    content_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that end a cue phrase and take what was said as their object
    (``warned of C``, ``called for C``, ``pointed to C``): the noun phrase after one is
    the content, not an addressee, and the phrase after a passive auxiliary names no
    source (``was warned of``)."""
    marked_content_prepositions: frozenset[str] = attrs.field(
        converter=_frozen, default=frozenset()
    )
    """Prepositions of :attr:`content_prepositions`' kind whose object is what was said
    only where it holds a quotation (German ``sprach von einem „Skandal“``: mixed; ``man
    spricht von 30.000 Talern`` names a topic)."""
    topic_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of a question's topic (``asked about C``): after a cue of asking,
    what follows one is the content."""
    attributive_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that also stand before a noun as its adjective (``outside experts``,
    ``inside sources``): after a cue, one before a bare noun and a finite verb opens the
    content's subject (``said outside experts had warned``), no adjunct of place."""
    press_roles: tuple[str, ...] = ()
    """Endings of the role nouns of the press (German ``redakteur``, ``korrespondent``):
    after one, a lower-case outlet (:attr:`lower_case_outlets`) is its holder's employer
    (``sagte ein Redakteur der taz``); after any other role it is whom the holder told
    (``sagte der Bürgermeister der dpa``)."""
    text_announcers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that announce a text of several sentences before a colon (German
    ``folgendes``: ``Die Polizei teilte Folgendes mit: S1. S2.``): the unmarked words
    after the colon run on to the end of the paragraph, or of its item (``. — ``)."""
    noun_like_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue forms that are as often nouns or adjectives (``states``, ``notes``,
    ``pledged``): a cue only before ``that``, a colon, a quotation or a subject."""
    patronymic_endings: tuple[str, ...] = ()
    """Endings of patronymics (``-ович``, ``-івна``): a name's middle word."""
    predicate_endings: tuple[str, ...] = ()
    """Endings of past verb forms and adverbs (``-ed``, ``-ly``): after an article, a
    word with one ends the description (``the nurse declined``, ``the aide bluntly``)."""
    reference_phrases: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Phrases by which an outlet names its source (``with reference to``, ``з посиланням
    на``): after the outlet's self-credit, the source is the speaker of the news."""
    company_name_endings: tuple[str, ...] = ()
    """Endings of a company's name printed in quotation marks, the industry it is named
    for (Russian ``газ``, ``нефть``, ``банк``: ``«Лорнгаз»``, ``«Лорнбанк»``): such a name
    relaying another's words (``сообщает «Лорнгаз» со ссылкой на данные …``) or closing
    its content is a body's, no medium's title; no outlet's name ends so."""
    aside_phrases: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Adverbial phrases of several words that set one speaker's turn beside another's
    (French ``de son côté``, ``quant à elle``; Polish ``z kolei``; Ukrainian ``своєю
    чергою``): between a source and its cue (``Jo Roe z kolei podkreśliła``) or between
    a cue and the source after it (``a déclaré pour sa part Jo Roe``), read past as an
    adverb of :attr:`auxiliaries` is, no part of the source."""
    connective_phrases: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Discourse connectives of several words that open a sentence before a comma
    (casefolded; Russian ``вместе с тем``, ``тем не менее``): an as-clause or a source
    phrase after one and its comma opens the sentence (``Вместе с тем, как пишет X, C``,
    ``Вместе с тем, по словам X, C``), the connective no part of C."""
    clause_placeholders: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns that hold a clause's place before the clause itself (German ``es``): an
    unmarked C1 whose subject is one goes on in the subordinate clause C2 of ``C1, X
    said, C2`` (``Es wäre falsch, sagte Jo Roe, wenn die Stadt spare``)."""
    correlative_openers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """First parts of paired conjunctions (``not only``, ``nicht nur``): an unmarked C1
    that holds one goes on in the C2 of ``C1, X said, but C2`` (``but also …``)."""
    feminine_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns, titles and role nouns that mark a woman (``she``, ``Mrs``, ``spokeswoman``)."""
    masculine_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns, titles and role nouns that mark a man (``he``, ``Mr``, ``spokesman``)."""
    person_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that tell only a person's sex (Ukrainian ``жінка``, ``чоловік``), no role: a
    speaker that the text describes by one alone (``— сказала жінка``) is the person of
    that sex (:attr:`feminine_words`, :attr:`masculine_words`) named last before."""
    feminine_noun_endings: tuple[str, ...] = ()
    """Endings of nouns of the feminine grammatical gender (German ``-ei``, ``-ung``,
    ``-schaft``): the gender of a body whose head noun has one, so that a masculine
    pronoun does not stand for it (``Laut Polizei … Er sagte``: not the police), read
    where :attr:`pronouns_take_noun_gender` lets a pronoun stand for a body at all; and
    a plural description's head noun with none of them may be what a plural pronoun
    stands for (``Die Minister … Sie sagten``; a feminine singular noun is no group)."""
    pronouns_take_noun_gender: bool = False
    """Whether a gendered personal pronoun may stand for a body as well as a person,
    agreeing with its noun's grammatical gender (German ``der Verband … er``, ``die
    Polizei … sie``): where not, ``he`` and ``she`` point back to a person only.  The
    gender of a body's noun is told by :attr:`feminine_noun_endings`; a body with none
    of them has no gender and any gendered pronoun may stand for it."""
    lower_case_outlets: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Outlets that print their names in lower case (German ``dpa``, ``taz``): credited
    as a capitalised name is (``gegenüber der dpa``, ``wie die taz berichtet``).  Each
    must read as an outlet (:func:`is_outlet_name`)."""
    singular_plural_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Person pronouns that are both singular and plural, the singular feminine (German
    ``sie``, she and they): the number of the cue verb tells which
    (:attr:`plural_verb_endings`: ``sagten sie``, ``sie sagten``, ``sie seien``).  The
    singular stands for a woman or a feminine noun; the plural for no one person: the
    speaker mentioned last that is none, else nobody named."""
    plural_verb_endings: tuple[str, ...] = ()
    """Endings of finite verbs in the third person plural (German ``-en``: ``sagten``,
    ``erklären``, ``seien``), that a singular never has."""
    feminine_name_endings: tuple[str, ...] = ()
    """Endings of women's first names (``-a``: Czech ``Jana``)."""
    feminine_surname_endings: tuple[str, ...] = ()
    """Endings of women's surnames that no man's has (Slavic ``-ova``, ``-ska``; Czech
    ``-ová``, ``-á``: ``Nováková``, but ``Svoboda`` is a man's surname)."""
    oblique_name_endings: tuple[str, ...] = ()
    """Endings of names in cases other than the nominative (Russian ``-ой``, ``-ы``,
    ``-ому``): of two forms of one name that an article prints (``Анны Беловой``, ``Анна
    Белова``), the speaker is named by the one with fewer of them."""
    name_stem_alternations: tuple[tuple[str, str], ...] = ()
    """How a name's last letters change before a case ending: ``(oblique, nominative)``
    pairs (Finnish ``("sen", "nen")``: ``Virtasen`` is ``Virtanen`` in the genitive;
    ``("ksen", "s")``: ``Kallaksen`` of ``Kallas``).  A name so printed is the person
    the article names in the nominative, and where a case other than the nominative is
    wanted (``Virtasen mukaan C``) its last word is brought back to the nominative."""
    role_case_endings: tuple[str, ...] = ()
    """Endings that a role noun takes in its other cases and in the plural (Russian
    ``-а``, ``-у``, ``-ом``, ``-ов``): ``губернатора`` is ``губернатор`` in another case,
    ``директива`` (a directive) is no form of ``директор``, nor ``главное`` of ``глава``.
    Empty where nouns do not inflect."""
    complement_adjective_endings: tuple[str, ...] = ()
    """Endings of the capitalised adjectives that agree with a role's complement in its
    oblique case (Romanian ``-e``, ``-ean``: ``Ministrul Afacerilor Externe``, ``președintele
    Consiliului Județean``): after a complement they are part of it, no holder's name."""
    role_complement_endings: tuple[str, ...] = ()
    """Endings of a place's or a body's name in an oblique case that a person's name in
    the nominative seldom has (Russian genitive ``-ии``, ``-ы``; Polish ``-ji``): one
    capitalised word with one right after a role noun is what the role is of
    (``Президент Франции``), no holder's name (``президент Макрон``)."""
    shared_complement_endings: tuple[str, ...] = ()
    """Endings of a place's or a body's name in an oblique case that surnames share
    (Czech and Polish ``-y``: ``Ukrajiny`` and ``Kennedy``): a word with one right after
    a role noun is what the role is of (``Prezident Ukrajiny``, also where ``na
    Ukrajině`` is printed) unless the article prints it with a surname's case ending
    added and no other form of its stem (``Ministr Kennedy`` ... ``Kennedyho`` names
    the minister)."""
    place_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of place (``во``, ``w``): a word after a role noun whose stem the
    article prints after one (``Мэр Киева`` ... ``в Киеве``) is a place, the role's
    complement, no holder's name; and a mention ends before one between capitalised
    words (``Jo Roe in London``: the place names nobody).  After a source's preposition
    one before a bare name names a place, no source (``in Berlin``); Chinese ``在`` and
    a short name written onto a subject is its place (``在北京``, in Beijing); and a role
    noun, one and a :attr:`body_nouns` noun describe an unnamed speaker (Arabic ``مصدر
    في الوزارة``, a source in the ministry)."""
    place_nouns: tuple[str, ...] = ()
    """Nouns of places, which end the compounds on them too (German ``stadt``,
    ``region``): after one of the :attr:`place_prepositions` and an article, such a noun
    is where words were said, as a bare name is (``hieß es in der Hauptstadt``, like
    ``hieß es in Berlin``), no one who said them."""
    shared_name_endings: tuple[str, ...] = ()
    """Endings that are the nominative of some names and an oblique case of others
    (Russian ``-а``: ``Анна``, ``Ивана``): they weigh half of an oblique ending."""
    first_names: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Common first names in the nominative (Ukrainian ``олег``, ``олена``): a form that
    :attr:`first_name_cases` brings back to one of them tells its name's case and gender
    (``Олега`` is Олег, a man's name, in the genitive).  Where nouns are capitalised
    (:attr:`capitalised_nouns`), a run of capitalised words that opens with none and was
    printed with no title or role names no person a pronoun may stand for."""
    first_name_cases: tuple[tuple[str, str, str], ...] = ()
    """How first names inflect: ``(oblique ending, nominative ending, cases)``, the cases
    a space-separated list (``("а", "", "gen")``: ``Олега`` is ``Олег`` in the
    genitive).  The first entry whose nominative is in :attr:`first_names` wins."""
    surname_cases: tuple[tuple[str, str, str, str], ...] = ()
    """How surnames and patronymics inflect: ``(gender, case, oblique ending, nominative
    ending)`` (``("m", "gen", "енка", "енко")``).  In a name whose first name is in an
    oblique case, the other words are brought back to the nominative by the longest
    ending of the first name's gender and case that fits them; a word that none fits
    (``Коваленко`` of a woman) is the same in every case."""
    masculine_names: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Men's first names that end like women's (``Mykola``, ``Nikita``), or all the
    common ones (:attr:`masculine_names_listed`): a person so named is a man."""
    masculine_names_listed: bool = False
    """Whether :attr:`masculine_names` lists the common men's first names, not only
    those that end like women's: a first name on neither list then tells no gender
    (English ``Jo Roe``, whom ``she`` may stand for), where otherwise the want of a
    feminine ending reads a man's."""
    unisex_names: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """First names of men and women alike that end like women's (``Sasha``, ``Andrea``)
    and words that open a surname of several words (``Garcia``, ``da``): a name that
    opens with one tells no gender."""
    feminine_names: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Women's first names that end like men's (English ``Hillary``, ``Susan``): ``she``
    may stand for a person so named."""
    name_particles: frozenset[str] = attrs.field(converter=_frozen, default=NAME_PARTICLES)
    """Lower-case particles, of one word or two, between the capitalised words of one
    name (``von der`` of ``Ursula von der Leyen``, ``de la``, ``bin``); by default those
    of ``newsstruct/lang/_names.py``, which names of every language's news print."""
    first_person: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """First-person words that mark an unmarked quote paragraph as the speaker's own words."""
    determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Articles and determiners that can open a noun phrase."""
    object_determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Determiners of the object cases only, never of a subject nor of a possessor
    (German ``dem``, ``den``, ``einem``, ``einen``): after a word of a source they open
    the next phrase, whom the source spoke to (``sagte der Papst dem Kaiser``)."""
    subject_determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Determiners that, right after a verb (not after a preposition), open its subject
    (German ``der``): ``Die Schule besuchte am Montag der Minister``, so the phrase
    before the verb is its object, no subject."""
    genitive_determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Determiners that may open a genitive after a noun (German ``der``, ``des``: ``der
    Minister der Stadt``); after a noun any other opens a noun phrase of its own (``die
    Ministerin die Schule``: subject, then object).  Empty: a determiner after a noun
    goes on with its phrase."""
    quantifiers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Determiners and number words that also stand alone as a subject (``many said``,
    ``two in three say``): before a cue verb they are its source, not an article."""
    approximators: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Phrases that bound or round a quantity before it (``at least``, ``more than``):
    a subject that opens with a number or a quantifier keeps them (``More than 4 in 10
    said``, ``At least half of voters said``)."""
    auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Auxiliaries and adverbs that may stand between a source and its cue; a
    capitalised adverb of them that opens a sentence is no part of the name after it
    (Ukrainian ``Торік СБУ затримала …``: the name is ``СБУ``, not ``Торік СБУ``), so
    time adverbs that open sentences belong here too."""
    second_place_clitics: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Clitics that stand second in their clause, right after its first phrase (Czech
    ``se``, ``si``, ``by``, ``jsem``): after a fronted source phrase one shows that the
    genitives before it are the source's (``Podle ministra financí se situace
    zlepšuje``: the minister of finance), not the content's subject."""
    cue_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Auxiliary verbs that a cue takes with it where they stand right before it
    (English ``has said``, ``will tell``, ``was quoted``; ANNOTATION.md: the cue as
    written, with its auxiliaries), words of :attr:`auxiliaries` between them (``has
    not said``); French, Spanish and Italian list theirs too (``a aussi déclaré``), and a
    language without them gives the cue word alone."""
    passive_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Forms of "to be": before a cue verb they make it passive (``was told``), no cue."""
    complementizers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that introduce reported content (``that``)."""
    conjunctions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Coordinating words that may join a second reported clause (``and``, ``but``)."""
    clause_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open a subordinate clause and so end a source phrase (``what``, ``if``)."""
    question_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of embedded questions: ``what X said`` is no attribution."""
    as_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of ``As X said, C`` (``as``, ``как``, ``jak``): the content follows the comma."""
    pro_drop: bool = False
    """Whether a finite cue may stand without a subject (``Uvedl, že …``): the speaker
    is then the one of the discourse."""
    proclitic_objects: bool = False
    """Whether object pronouns go before a finite verb (``le dijo``, ``lui a dit``): a
    word after a finite cue that is both an object pronoun and an article opens a noun
    phrase there (``dijo la ministra``), never an addressee of its own."""
    content_stops: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that, after a comma, end reported content (``хотя``, ``который``); an entry
    may be two words (``так что``)."""
    clause_conjunctions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Coordinating words that, after a comma, open a new main clause of the writer's
    (German ``, und``, ``, aber``, ``, denn``): reported content ends there unless the
    clause goes on in the reported-speech mood (``, und es gebe``) or opens with a
    complementizer (``, und dass``)."""
    adversative_conjunctions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Conjunctions of contrast (English ``but``) that, after a comma and before a
    clause with a subject of its own, open the writer's clause: reported content ends
    there (``said C, but she did not say when``)."""
    backshifted_modals: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Modal forms that a report shifts back (English ``would``, ``could``): a clause
    after one of :attr:`adversative_conjunctions` whose verb is one goes on reporting
    (``said the pier would shut, but it would reopen in May``)."""
    list_conjunctions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that join the last item of a list (English ``and``, ``or``): a noun-phrase
    content goes on over the commas of a list (``criticized the plan, the budget and the
    timing``)."""
    other_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open the last item of a subject that adds unnamed people to a name
    (English ``other``, ``others``): ``Jo Roe and others said``, ``Jo Roe and other
    senators said`` credit all of them."""
    verb_final: bool = False
    """Whether a cue closes its clause (Turkish ``Bakan Yılmaz, C söyledi``): the subject
    opens the sentence, set off by a comma, the content stands between the last comma
    and the cue, and a participle of :attr:`modifier_participle_endings` before a name
    makes the name its speaker (``C belirten Yılmaz, …``); an adverbial participle
    (:attr:`participle_endings`) gives its content to the sentence's subject."""
    modifier_participle_endings: tuple[str, ...] = ()
    """Endings of the participles that modify a noun (Turkish ``-an``, ``-en``:
    ``belirten Yılmaz``): in a :attr:`verb_final` language the noun after such a cue is
    its speaker, and the words before it, its content."""
    oblique_case_endings: tuple[str, ...] = ()
    """Endings of the cases of an addressee, a place or a topic in a language that marks
    them by suffixes, not prepositions (Hungarian dative ``-nak``, ``-nek``, inessive
    ``-ban``, delative ``-ról``): such a word right before a cue, with its determiner, is
    skipped like an adverb (``Tóth Anna az MTI-nek elmondta``), and a source read after a
    cue ends before one that no noun follows (``mondta az államtitkár a helyszínen``).  A
    capitalised word takes only the endings of three letters or more (``Simon`` is a
    name)."""
    open_appositions: bool = False
    """Whether an apposition after a name goes without a comma before the verb
    (Hungarian ``Tóth Anna, a cég szóvivője elmondta``): a description that is a cue's
    subject, after a name and a comma, is that name's."""
    roles_after_names: bool = False
    """Whether a role follows the name it describes, no comma between (Hungarian
    ``Varga Ilona pénzügyminiszter``, ``Nagy Zoltán egészségügyi államtitkár``): the
    lower-case words after a name that end in a role are that person's role, no part
    of the name."""
    body_names_after_nouns: bool = False
    """Whether a body's name opens with its noun, the capitalised words that make it a
    name after it (Portuguese ``Comissão Europeia``, ``Banco Central Europeu``, Spanish
    ``Tribunal Supremo``): the one capitalised word after a body noun
    (:attr:`thing_nouns`) goes with it as the body's name, no person's, and so do two
    where the body noun opens a source after its article; ``presidente del Consiglio
    Marco Verdi`` still names the role's holder."""
    body_adjective_endings: tuple[str, ...] = ()
    """Endings of the capitalised adjectives that make a body's name after its noun
    where :attr:`body_names_after_nouns` (Portuguese ``-al``, ``-eu``: ``Banco Central
    Europeu``, ``Câmara Municipal``): where every word after a body noun ends in one,
    they all go with it as the body's name, however many (``o presidente do Banco
    Central Europeu`` names no person), unless one is in :attr:`first_names`
    (``del Consiglio Mario Natale`` names him)."""
    postpositional: bool = False
    """Whether the words of :attr:`prepositions` follow their noun phrase (Hungarian
    ``a mérkőzés után``): after a cue, a phrase in lower case that one closes is an
    adjunct, and the source comes after it (``mondta a mérkőzés után Balogh Márk``)."""
    postpositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Postpositions of a language that has prepositions too (Finnish ``vieressä``,
    ``jälkeen``, ``aikana``): after a cue, a phrase in lower case that one closes is an
    adjunct, as in a :attr:`postpositional` language, and the source comes after it
    (``sanoo sillan vieressä kahvilaa pitävä Anna Korhonen``)."""
    complement_endings: tuple[str, ...] = ()
    """Endings of the verb that closes a reported clause in a :attr:`verb_final`
    language (Turkish nominalised ``-DIğInI``, ``-AcAğInI``, ``-mAsInI``: ``büyüdüğünü
    söyledi``): content without marks before a cue must end in one, unless the cue
    takes a noun phrase (:attr:`object_content_cues`); ``destek istedi`` reports
    nothing."""
    name_suffix_marks: tuple[str, ...] = ()
    """Marks that join a case ending to a proper name (Turkish apostrophe: ``Aksoy'a``,
    ``Yılmaz'ın``; Finnish and Swedish colon: ``STT:n``, ``SVT:s``): a speaker's name is
    each word's part before the mark."""
    complement_comma: bool = False
    """Whether a comma sets off every complement clause (Russian ``сказал, что``,
    German ``sagte, dass``): there a comma before the complementizer is punctuation,
    not the end of an interruption (English ``It is a reminder, Roe said, that C``)."""
    copula_dash: bool = False
    """Whether a dash stands for the copula between a subject and its predicate
    (Ukrainian ``ситуація – стабільна``, Russian ``среди пострадавших – студентка``): a
    lone dash inside reported content does not end it, unless a cue, a source phrase
    or a clause opener follows it (``…, – сказав він``)."""
    title_case_datelines: bool = False
    """Whether a city in title case alone before a full stop or a dash may open the
    lead as its dateline (German regional papers: ``Hannover. Die Landesregierung …``,
    ``Berlin – Der Senat …``); an abbreviation (``Prof. Roe``) is none."""
    title_case_dash_datelines: bool = False
    """Whether a place in title case (one to three words, a country after a comma) and a
    spaced dash may open the lead as its dateline (English web copy: ``Brussels – The
    ministers …``, ``Lornport, Valmont — Crews …``), where a full stop after the place
    (:attr:`title_case_datelines`) may not; a word of time, a determiner, a pronoun or a
    first name is no place (``Tuesday – The …``, ``Jo Roe – The …``)."""
    verb_second: bool = False
    """Whether a cue's complement clause follows a comma after the cue's clause, with
    the subject free to come after the finite cue (German ``Gestern glaubte er fest,
    dass …``), and is reported speech even where no source is named (``Wie verlautet,
    C``, ``Es wird gemeldet, dass C``)."""
    fronted_inversion: bool = False
    """Whether a main clause puts its finite verb second, so that after a fronted phrase,
    adverb or adverbial clause the subject follows the finite cue (Danish ``I går sagde
    han, at C``, ``Til TV 2 siger borgmesteren, at C``), where :attr:`verb_second` (which
    implies it) is not set: the complement is read as after any cue."""
    clause_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns and adjectives of speech and thought that take a complement clause
    (``die Nachricht, dass``, ``überzeugt, dass``); used where :attr:`verb_second` is set."""
    subjunctive_forms: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verb forms of the reported-speech mood (German Konjunktiv: ``sei``, ``habe``):
    after a cue and a comma they mark a clause without complementizer as its content."""
    subjunctive_endings: tuple[str, ...] = ()
    """Endings of a verb in the reported-speech mood right after a subject pronoun of the
    third person singular (German ``-e``: ``er weise``, ``man müsse``; the indicative
    ends otherwise: ``er weist``), so that verbs no list names are recognised too."""
    indicative_endings: tuple[str, ...] = ()
    """Endings that make such a verb indicative after all (German past ``-te``: ``er
    sagte``)."""
    indirect_mood_forms: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verb forms that only the mood of indirect speech has (German Konjunktiv I:
    ``sei``, ``habe``, ``werde``): a sentence holding one, after a reported quote,
    continues the report."""
    finite_verb_endings: tuple[str, ...] = ()
    """Endings of finite verbs (German ``-t``, ``-te``, ``-ten``; Polish ``-ił``,
    ``-ano``, ``-ędzie``): after a complement clause and a comma, such a word before an
    article and a noun resumes the main clause (``Dass C, hielt die Nachfrage …``) and
    ends the complement; after the genitives of a source phrase with no comma, it is the
    content's verb (``Według ministra finansów podatków przybędzie``)."""
    finite_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Frequent finite verbs without one of :attr:`finite_verb_endings` (German
    ``kam``, ``gab``, ``kann``), read the same way."""
    finite_auxiliaries: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Finite forms of "be" and "have" and modal verbs (German ``ist``, ``war``,
    ``hat``): after a comma they resume the main clause and so end a complement clause;
    a noun-phrase content ends before one (``his attacks on Roe have hurt him``)."""
    reflexive_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Reflexive pronouns (German ``sich``)."""
    impersonal_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Impersonal forms of cue verbs (``сообщается``, ``повідомлялося``): without a
    source in their clause (``говорится в сообщении``) they name no speaker, and what
    they report is no quote (``Ранее сообщалось, что …``)."""
    impersonal_clitics: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Clitics that make the cue verb right after them impersonal (Spanish ``se
    informó``, Italian ``si apprende``, French ``on apprend``): where no subject comes
    before the clitic (it opens the clause, or follows a comma, ``según``, ``come`` or an
    object pronoun: ``Lo si apprende``), nobody speaks and nothing is quoted."""
    modal_predicatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Impersonal predicatives that take an infinitive (Czech ``lze``, ``možno``, Russian
    ``можно``, ``нужно``): a cue's infinitive right after one is the writer's or the
    content's own modal statement, no act of speech and no one's (``Ministr řekl, že
    pokud …, lze očekávat změny``: the reported clause goes on)."""
    impersonal_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Pronouns of impersonal constructions (German ``es``, English ``it``, ``there``):
    after a cue and before a reflexive pronoun (``So erklärt es sich, dass …``) they make
    it no act of speech, and as a clause's subject they name no one who speaks in an
    infinitive cue (``it is fair to say that``)."""
    unresolved_pronouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Subject pronouns that stand for no one the text names: the generic one (German
    ``man``) and the writer's own (``wir``, ``ich``): a speaker so written stays as
    written, never the person named or quoted before (``Man muss sagen, C``)."""
    presentational_adverbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adverbs that open a clause presenting what follows the verb (English ``here``):
    the noun phrase after the verb is the clause's subject (``Here is Jo Roe on Monday:
    “Q”``, ``Here's his statement: “Q”``), the adverb none."""
    ordinal_full_stop: bool = False
    """Whether a full stop right after a number writes an ordinal (German ``am 1. März``,
    ``des 17. Jahrhunderts``) and so ends no sentence."""
    adverbial_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open an adverbial infinitive clause (German ``um``, ``ohne``,
    ``statt``): after a cue and a comma, such a clause is a purpose or manner, never
    the cue's content (``kam, um zu sprechen``)."""
    support_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs that take a noun of speech or thought as their object, whose subject then
    speaks (German ``machte die Mitteilung, dass C``, ``ist der Ansicht, dass C``,
    ``stellte die Frage, ob C``)."""
    copula_supports: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Forms of "to be" and "to have" that support a noun of mind like a support verb
    (German ``Experten sind der Ansicht, dass C``, ``hat die Absicht, C``) but no cue of
    asking (``Das ist die Frage, ob C``, ``hatte die Frage, ob C, offen gelassen``)."""
    subordinators: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Conjunctions that open an adverbial clause (German ``als``, ``nachdem``,
    ``weil``; English ``when``, ``if``): in a verb-second language such a clause set
    before a finite cue is the clause's first part, and the subject follows the cue
    (``Als er kam, sagte der Minister, C``); elsewhere such a clause alone before the
    comma of ``C, she answers`` (``When the phone rings, she answers``) is an adjunct of
    the cue's clause, no content (but ``If it rains, the ferry stops, she said``)."""
    experiencer_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs of feeling whose object is the one who feels (English ``surprise``,
    ``worry``, ``disappoint``): a name that is their object before a colon reacts in the
    quotation after it (``The surge does not surprise pollster Jo Roe: “Q”``), unlike
    the object of an act (``The board fired Jo Roe: “Q”``)."""
    amount_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of an amount (German ``über``, ``bis``): before a number or a
    quantifier they count the subject (``Bis zu 300 Anwohner sagten``), no phrase set
    before a verb-second clause's finite verb."""
    article_contractions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions merged with a definite article (German ``im``, ``am``, ``zum``,
    ``beim``): the phrase they open first in a verb-second clause is an adjunct, never
    part of the subject, even where an object's determiner follows the finite cue (``Im
    Rathaus sagte dem Blatt der Bürgermeister``)."""
    noun_adjectives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adjectives that take a bare noun (German ``voller``, ``voll``: ``voller Freude``,
    full of joy): first in a verb-second clause, such an adjective and its noun are a
    phrase of manner, no subject (``Voller Stolz sagte Jo Roe: „Q“``)."""
    reaction_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cues that also tell an act with no words reported (English ``answers``,
    ``replies``, ``complained``; Spanish ``responde``): alone after an adverbial clause of
    :attr:`subordinators` and its comma they say what one does then (``When the phone
    rings, she answers``); a plain verb of saying there reports the clause (``When the ice
    melts, the captain said``)."""
    infinitive_markers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open an infinitive (English ``to``): the content of a control cue
    (``urged X to C``, ``pledged to C``), and, as a preposition, the way to an addressee
    (``said to the TV``, ``wrote to the office that C``)."""
    infinitive_contents: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Infinitives that open the content of a cue of saying right after it, its subject's
    own claim, where the language takes no bare clause (French ``avoir``, ``être``: ``a
    affirmé avoir reçu des menaces``, ``a dit être prêt``), also after a negation among
    :attr:`auxiliaries` (``a assuré ne pas vouloir partir``)."""
    infinitive_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Infinitive markers that are prepositions as well (English ``to``): before a
    determiner, a pronoun or a capitalised word they lead to an addressee or a place, no
    infinitive (``proposed to the council that C``, ``laid claim to the island``)."""
    catenatives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs and adjectives whose subject is also the subject of the infinitive after
    them (English ``continues``, ``refused``, ``quick``): with the infinitive marker they
    are skipped like auxiliaries before a cue (``he continues to insist that C``, ``X
    was quick to point out that C``), so the subject before them is the source."""
    intention_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs and adjectives whose infinitive is an act only intended, expected or refused
    (English ``plan``, ``hope``, ``declined``, ``expected``): a cue in that infinitive
    reports no speech (``Police plan to question the suspect``, ``declined to say
    whether C``)."""
    addressee_particles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Particles that end a cue phrase and take an addressee, then an infinitive
    (``called on X to C``, ``commented on X``)."""
    infinitive_particle: str = ""
    """The particle of infinitive clauses (German ``zu``): after a cue and a comma, a
    clause that ends in it is the cue's content (``bat ihn, bald zu kommen``)."""
    joined_infinitive_endings: tuple[str, ...] = ()
    """Endings of infinitives that take :attr:`infinitive_particle` inside the word, after
    a separable particle (German ``-en`` of ``anzukündigen``, ``vorzulegen``)."""
    open_signatures: bool = False
    """Whether a quotation is signed by any word next to a name, the cue unknown: the
    rules for languages without a lexicon of their own (``“Q,” zei Jan de Vries``,
    ``“Q”, siger Eva Lind``, ``“Q,” Eva Lind zei``), where the cue words are unknown."""
    verbal_cues: bool = False
    """Whether cue words are verb forms only, never nouns (Slavic verbs inflect apart from
    nouns): a determiner or a preposition before one is the subject's or an adjunct's
    (``Та скажет``, ``Это подтвердил X``), not the sign of a noun (``the report``)."""
    participle_endings: tuple[str, ...] = ("ing",)
    """Endings of the cue verbs' adverbial participles (``saying``, ``сказав``,
    ``говоря``): in ``…, saying that C`` the sentence's subject is the source."""
    quoting_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs with which a writer relays another's words (English ``quoted``):
    before a person and :attr:`as_words` and a participle cue (``The Herald quoted Jo Roe
    as saying C``) the person speaks; the verb's subject is the channel."""
    perfect_participles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """The participles of the perfect's auxiliary (English ``having``): one that opens a
    sentence before a cue's past participle (``Having announced that C, X …``) makes the
    two a participle's clause, whose source is the sentence's subject after it."""
    indefinite_objects: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Indefinite pronouns that a telling verb takes as the thing told (English
    ``anything``, ``nothing``): with a clause after them that lacks its own verb first
    (``would not tell the panel anything it had not heard``) the clause describes the
    pronoun and reports nothing."""
    gerund_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions before a cue's gerund (English ``by saying that C``, ``after
    suggesting that C``): the gerund's subject, and so the source, is the sentence's."""
    plural_endings: tuple[str, ...] = ()
    """Endings of plural nouns (English ``-s``): a few lower-case words that end in one
    right before a cue are its subject without an article (``forecasters say C``,
    ``hacking specialists warned that C``)."""
    plural_heads: tuple[str, ...] = ()
    """Plural nouns with none of :attr:`plural_endings`, alone or as the last part of a
    compound (English ``men``, ``people``: ``fishermen``, ``townspeople``): plurals
    like those that end in one (``Fishermen fear C``)."""
    singular_endings: tuple[str, ...] = ()
    """Endings of singular words that look plural (English ``-ss``, ``-us``, ``-is``:
    ``business``, ``consensus``, ``analysis``)."""
    adverb_endings: tuple[str, ...] = ()
    """Endings of adverbs (English ``-ly``): one after an auxiliary or a pronoun and
    before a cue is skipped like the auxiliaries (``are increasingly admitting that``,
    ``she bluntly denied``)."""
    light_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs that make a noun of speech (:attr:`speech_nouns`) after an article their
    subject's act of speech (English ``made the case that C``, ``sent a clear message
    that C``, ``issued a warning that C``): the verb and the noun phrase are the cue, the
    verb's subject speaks and the noun's clause is the content."""
    light_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that are nouns of speech only as the object of one of :attr:`light_verbs`
    (``made the case that C``, ``sent a message that C``; but ``his case that went to
    court``), with a complementizer after them; the nouns of :attr:`speech_nouns` that
    take one are read there too."""
    relay_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs that relay another's words, a cue only with one of :attr:`words_nouns` as
    their object (Russian ``приводит``: ``«Q», - приводит пресс-служба слова
    губернатора X``): the speaker is the owner of the words, not the verb's subject."""
    quoting_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that, after the subject of a :attr:`quoting_verbs` verb put before it
    (the channel), open the source whose words the verb relays (Arabic ``عن``: ``نقلت
    الوكالة عن الوزير قوله إن C``, the agency relayed from the minister his saying that
    C): that source speaks; one of :attr:`words_nouns` after it (``قوله``) is no
    content."""
    citing_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs of citing whose object is the speaker and whose subject, an outlet, the
    channel (Russian ``цитирует``: ``«Q», - цитирует Бербок агентство DPA``)."""
    statement_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of a statement or of data, and of their making, in the case a postposition
    governs (Turkish ``açıklamasına``, ``açıklamaya``, ``verilerine``, ``yapılan``,
    ``yazılı``): at the end of the source before the postposition they are no part of
    it; the owner named before them speaks (``Valiliğin açıklamasına göre``: the
    governorate; ``Emniyet Müdürlüğünden yapılan açıklamaya göre``)."""
    agent_case_endings: tuple[str, ...] = ()
    """Endings of the case of the agent before one of :attr:`statement_words` that opens
    the medium phrase of an impersonal cue (Turkish ablative ``-dAn``: ``Valilikten
    yapılan açıklamada C belirtildi``, in the statement made by the governorate, C was
    said): the words up to that participle speak."""
    agent_body_stems: tuple[str, ...] = ()
    """Stems of the nouns of a body or an office (Turkish ``valili-``, governorate,
    ``bakanlı-``, ministry): only one of them (or a body's acronym, ``AFAD'dan``) in the
    case of :attr:`agent_case_endings` makes the statement; a platform, an event, a time
    or a place tells where or when it was made (``Twitter'dan``, ``Basın toplantısından``,
    ``Sabahtan``, ``Sosyal medya hesabından yapılan açıklamada``: no speaker)."""
    utterance_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of what someone said as a whole (English ``message``, ``response``,
    ``verdict``): one that a possessor opens, as the subject of one of
    :attr:`manner_predicates` before a colon, gives the possessor the quotation after the
    colon (``Jo Roe's message was clear: “Q”``, ``Her response was blunt: “Q”``; but ``The
    message was clear: “Q”`` names no one)."""
    words_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns for someone's words as the object of a :attr:`relay_verbs` verb (``слова``),
    a possessive before them or a genitive after them naming the speaker."""
    quotation_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Verbs that are a cue only right next to a quotation, with a text as their subject
    (English ``read``: ``“Q,” the statement read``, ``“Q,” reads the letter``; ``he
    read the letter`` is no speech) or the speaker's manner (``“Q,” Jo Roe laughed``)."""
    past_quotation_cues: bool = False
    """Whether an unlisted verb in a regular past form (:attr:`past_suffixes`) is a cue
    where it closes the attribution right after a quotation, as one of
    :attr:`quotation_cues` is (English ``“Q,” Jo Roe griped.``, ``“Q?” pressed the
    judge.``): the frame alone tells a verb of saying, whatever the verb."""
    quotation_cue_particles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Particles that may close the sentence after one of the :attr:`quotation_cues`
    (English ``out``, ``back``: ``“Never!” the crowd cried out.``)."""
    adverb_lookalikes: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns with an adverb's ending (English ``family``, ``assembly``): one before a cue
    ends its subject (``the Roe family said``), no adverb to cut off."""
    adverb_lookalike_letters: int = 0
    """Letters of the longest word with an adverb's ending that is never taken for an
    adverb before a cue (English 4: ``ally``, ``only``); longer ones are adverbs unless
    listed in :attr:`adverb_lookalikes`."""
    floating_quantifiers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Quantifiers that may stand after their noun phrase (English ``all``, ``both``):
    ``Jo Roe and Al Poe all said``, ``the senators have both urged``."""
    adjunct_endings: tuple[str, ...] = ()
    """Endings of adverbs and participles (English ``-ly``, ``-ing``): such a word right
    after the cue of a quotation (``“Q,” he said happily``) opens an adjunct, no content."""
    infinitive_adverb_endings: tuple[str, ...] = ()
    """Endings of adverbs of manner (Ukrainian ``-о``: ``ощадливо``): one right before the
    infinitive of a control cue belongs to the content (``закликав мешканців ощадливо
    використовувати воду``)."""
    infinitive_adverb_lookalikes: tuple[str, ...] = ()
    """Endings of nouns that end like :attr:`infinitive_adverb_endings` (Ukrainian
    ``-ство``: ``керівництво``): the cue's object, no adverb."""
    infinitive_endings: tuple[str, ...] = ()
    """Endings of infinitives (Russian ``-ть``, ``-ти``): after a control cue and its
    object, the infinitive opens the content (``призвал стороны прекратить огонь``); where
    :attr:`control_prepositions`, only the infinitive right after one of them does."""
    control_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that mark a control cue's infinitive (French ``à``, ``de``: ``a appelé
    les habitants à rester``, ``a demandé aux habitants de rester``; Spanish ``instó a los
    vecinos a quedarse``): after the cue and its object, one opens the content before a
    word with one of :attr:`infinitive_endings` (``à la presse``, ``de source sûre``: a
    noun phrase, no content)."""
    zero_complementizer: bool = True
    """Whether reported content may follow a cue without a complementizer (``said he
    was``).  Where indirect speech needs one (Russian ``что``), a noun after a cue is
    its object (``объясняет неприятие``), no content."""
    name_time_words: bool = False
    """Whether the words of time are written in lower case and also serve as given names
    (Vietnamese ``mai``, tomorrow, and ``Mai``; the numbers ``ba``, ``năm``): capitalised
    right after a capitalised word, one is the name's last word (``Bà Trần Thị Mai cho
    biết``), no time between the source and its cue."""
    uninflected_verbs: bool = False
    """Whether verbs show neither tense nor person (Indonesian, Vietnamese), so that no
    form tells the verb of a clause that follows a cue without its complementizer: the
    words after the cue are not read as a noun phrase for want of a verb found, and a
    time after them is the clause's (``mengatakan jalan itu ditutup minggu lalu``)."""
    bare_role_complements: bool = False
    """Whether what a role is of follows it without a preposition, capitalised like the
    holder's name after it (Indonesian ``Menteri Keuangan Budi Santoso``, ``Wali Kota
    Bandung Rina Lestari``): the holder is the run's last two words where the article
    prints either of them elsewhere alone (``kata Budi``); else, where more words than a
    full name's follow a role noun that is no title, the whole mention speaks (no word
    tells where the name starts after the place)."""
    bare_complement_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Where :attr:`bare_role_complements`, the common words that a body's or an office's
    name is made of, capitalised in it (Indonesian ``umum``, ``pusat``, ``luar``,
    ``negeri``): after a role, they and :attr:`thing_nouns` are what the role is of, and
    the capitalised words after them the holder's name (``Ketua Komisi Pemilihan Umum
    Budi``, ``Kepala Badan Pusat Statistik Rina Wulandari``)."""
    compass_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Where :attr:`bare_role_complements`, the points of the compass that close a
    region's name (Indonesian ``barat``, ``timur``: ``Jawa Barat``): after a role, the
    words up to the last one are what the role is of, and the words after it, a full
    name's at least, the holder's name (``Kepala Dinas Kesehatan Jawa Barat Ahmad
    Fauzi``)."""
    area_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Where :attr:`bare_role_complements`, the nouns of an administrative area that a
    place's name of one word follows (Indonesian ``kota``, ``kabupaten``): after a role,
    that word is what the role is of too where a full name follows it (``Kepala Dinas
    Kesehatan Kota Bandung Ahmad Fauzi``)."""
    bare_complement_affixes: tuple[tuple[str, str], ...] = ()
    """Pairs of a prefix and a suffix that derive the abstract nouns of bodies' names
    (Indonesian ``pe``/``an``: ``Pemilihan``; ``ke``/``an``: ``Keuangan``): a word
    with both and three letters at least between them counts among
    :attr:`bare_complement_words`."""
    glued_cues: bool = False
    """Whether a cue verb is written onto the word before it, in a script without spaces
    (Chinese ``王明表示``, ``王明说``): a word that ends in a cue verb of two characters
    or more, or in one of one character before a colon or a comma, reads as two words,
    the subject and the cue."""
    glued_lookalikes: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that end in a one-character glued cue verb and are words of their own
    (Chinese ``小说`` a novel, ``据说`` it is said): a word that ends in one is not split
    into a subject and the cue (:attr:`glued_cues`)."""
    glued_roles: tuple[str, ...] = ()
    """Where no space parts words (:attr:`glued_cues`), the role nouns written onto the
    name they precede (Chinese ``市长王建国``, mayor Wang Jianguo): a speaker's name is
    what follows the last of them, when two to four characters follow it."""
    glued_name_suffixes: tuple[str, ...] = ()
    """Where no space parts words, the role nouns and honorifics written after a name
    (Japanese ``山田太郎市長``, ``佐藤花子さん``): a speaker's name is what comes before
    them, when two characters at least do (three, a full name, before a suffix that opens
    with one of :attr:`glued_place_endings`: ``大阪市長`` is Osaka's mayor)."""
    glued_place_endings: tuple[str, ...] = ()
    """Characters that end a place's name and open a role after it (Japanese ``市``,
    ``県``): a name before a :attr:`glued_name_suffixes` role that opens with one is a
    full name, three characters at least (``大阪市長`` is Osaka's mayor; ``田中社長``
    names Tanaka)."""
    glued_body_endings: tuple[str, ...] = ()
    """Characters that end the name of a place or a body (Japanese ``都``, ``県``,
    ``市``, ``社``): what one ends before a :attr:`glued_name_suffixes` role is whose
    the role is, no name (``東京都知事``, ``同社社長``)."""
    glued_role_prefixes: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Ideographs written between a foreign name in katakana and the role of
    :attr:`glued_name_suffixes` after it, one or two (Japanese ``米``, the United States;
    ``前``, former: ``トランプ米大統領``, ``ローン前米大統領``): the name is the katakana
    before them; other ideographs after katakana are part of a body's name
    (``トヨタ自動車社長`` names no one ``トヨタ``)."""
    honorific_nouns: tuple[str, ...] = ()
    """Nouns of kinship or address written with an honorific, where no space parts words
    (Japanese ``おばあさん`` grandmother, ``お母さん`` mother, ``みなさん`` everyone): a
    mention that ends in one is a description whole, no name before the honorific
    (``近所に住むおばあさん``)."""
    glued_role_compounds: tuple[str, ...] = ()
    """Words that hold one of the :attr:`glued_roles` and are none (Chinese ``大使馆``
    embassy, ``主席团`` presidium, ``主任医师`` chief physician): a mention is not cut
    after a role inside one (``大使馆官员`` is an embassy official)."""
    preposition_compounds: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that hold one of the :attr:`prepositions` and are none (Chinese ``反对``
    to oppose, ``现在`` now): a subject written onto a glued cue with one in its word
    (``反对党领袖李明表示``) is still split (:attr:`glued_cues`)."""
    localizers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that close a phrase of place or time that one of the :attr:`prepositions`
    opens (Chinese ``上``, ``中``, ``时`` of ``在记者会上``, at the press conference): such a
    phrase between a subject and its glued cue (:attr:`glued_cues`) is a word of its own
    (``王明在记者会上表示``: the speaker is ``王明``)."""
    adjunct_verbs: tuple[str, ...] = ()
    """Verbs that open a phrase of time one of the :attr:`localizers` closes with no
    preposition before them (Chinese ``接受`` of ``王明接受记者采访时表示``, when
    interviewed by reporters, ``出席`` of ``出席会议时``): such a phrase between a subject
    and its glued cue is a word of its own too (``王明``)."""
    adjunct_particles: tuple[str, ...] = ()
    """Particles that close an adjunct of place or occasion written onto its noun
    (Japanese ``で``, at: ``記者会見で``): in a :attr:`verb_final` language such a word
    between the subject and a comma says where it was said and is no part of the
    content (``田中外相は記者会見で、C と述べた``)."""
    subject_particles: tuple[str, ...] = ()
    """Particles written onto the last word of the subject (Korean ``은``, ``는``: ``김민수
    대변인은 "Q"라고 말했다``): in a :attr:`verb_final` language the subject before a
    quotation ends at the first word that ends in one, and the speaker is named without
    it (``김민수 대변인``; the longest that ends the word, see :func:`subject_particle`).
    A subject that ends in one between reported speech and its cue follows it (``C다고
    해양수산부가 밝혔다``)."""
    adnominal_endings: tuple[str, ...] = ()
    """Endings of a verb's adnominal form, which closes a relative clause before its noun
    (Korean ``-하는``, ``-되는``, ``-있는``: ``빵집을 운영하는 이수진 씨는``, Su-jin Lee, who
    runs a bakery): no particle of the subject (``-는``) and no word of a name, so the
    subject after the clause is the speaker (``이수진 씨``)."""
    linking_particles: tuple[str, ...] = ()
    """Particles that join two nouns into one noun phrase in a script without spaces
    (Japanese ``の``: ``国土交通省の担当者``, the ministry's official): where the subject's
    word goes on past its particle before a quotation, nouns so joined open it whole
    (``国土交通省の担当者は取材に「Q」``: the speaker is ``国土交通省の担当者``).  Where
    a role or a description is written onto a name (Chinese ``的``), the name after the
    particle is the speaker's (``交通局发言人的王明``: ``王明``; ``…的李小姐``)."""
    particles_after_consonant: frozenset[str] = frozenset()
    """Those of :attr:`subject_particles` written only after a syllable that ends in a
    consonant (Korean ``이``, ``은``: ``박민준이``), so that a word whose last syllable opens
    with no consonant before them holds none (``박소이`` is a name, not ``박소`` and ``이``);
    in Hangul syllables only (:func:`subject_particle`)."""
    particles_after_vowel: frozenset[str] = frozenset()
    """Those of :attr:`subject_particles` written only after a syllable that ends in a
    vowel (Korean ``가``, ``는``: ``해양수산부가``), so that ``건축가`` (an architect, its
    stem's last syllable closed) is no ``건축`` and ``가``; in Hangul syllables only."""
    subject_enclitics: tuple[str, ...] = ()
    """Pronouns written onto the end of a cue verb as its subject (Indonesian ``-nya``:
    ``“Q,” katanya``, ``ujarnya``, said he or she), or of a one-word source phrase
    (``Menurutnya, C``, according to him or her): such a cue signs a quotation as ``said
    he`` does, and its speaker is the person the pronoun points back to.  Each must be in
    :attr:`pronouns` too."""
    comma_complement: bool = False
    """Whether a comma after a cue (and its addressee) may stand for the complementizer,
    the content a clause after it (Indonesian ``Budi mengatakan, harga akan naik``,
    ``menjelaskan kepada wartawan, C``)."""
    min_according_words: int = 3
    """The fewest words of the content after a source before a postposition that opens
    the unit (``X zufolge C``); two where the verb may go unsaid or one word carries
    subject and verb (Lithuanian ``Ministro teigimu, padėtis sudėtinga``)."""
    capitalised_nouns: bool = False
    """Whether every noun is capitalised and nothing else is (German): a lower-case
    cue is never a noun, and titles of works, set in sentence case, are told from
    speech only by punctuation, so that a quotation amid a sentence that no cue
    claims reads as speech only when it ends in punctuation inside its marks."""
    subject_first: bool = False
    """Whether the subject opens its clause (English): a person pronoun's antecedent
    among the names printed since the last speaker is a subject, a name that opens its
    sentence after its role words or an opening phrase's comma, printed with a role or
    followed by a verb (``Tom Poe tried to calm the room. He said C``), or a surname
    after an abbreviated title (``Mr. Poe tried …``); a name in an object's place (``…
    and mocked nominee Jo Roe. “…,” he said``) is none."""
    stops_inside_marks: bool = False
    """Whether the sentence's full stop and comma go inside the closing quotation mark
    even after a few quoted words (the American convention: ``was a “gift for every
    family.”``): punctuation inside the marks then tells no clause of its own."""
    single_marked_headlines: bool = False
    """Whether headlines set words spoken in single marks (the American convention:
    ``Jo Roe: ‘We Will Sail.’``): a headline that a name labels, its quotations in
    single marks, holds that name's quote; one in double marks is the headline's own
    wording, no quote."""
    bare_noun_subjects: bool = False
    """Whether a lower-case noun without an article can be a source (languages without
    articles: ``нацисты подчеркивали``)."""
    sentence_adverbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Sentence adverbs and discourse words (``now``, ``maybe``, German ``jetzt``):
    capitalised at a sentence's start before a speaker (``Now Jo Roe says``), no part of
    the speaker's name."""
    genitive_name_endings: tuple[tuple[str, str], ...] = ()
    """Where no :attr:`first_name_cases` are listed, pairs of a first name's and a
    surname's endings that make a full name one gender's genitive and no nominative
    (Czech ``("a", "a")``: ``Jana Nováka``; not ``Jana Nováková``): after a role noun
    that opens a verb's subject and a lower-case form of a role noun right before it, such
    a name is whose the role is (``řekl mluvčí ministra Jana Nováka``: the spokesman
    speaks; ``Předsedkyně parlamentu Roberta Metsola`` is her own)."""
    role_domain_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of an office's field that a preposition other than :attr:`phrase_prepositions`
    opens (Ukrainian ``справах`` of ``у справах``): after a role the preposition and the
    noun go on with it (``міністерка у справах ветеранів Оксана Вдовенко``)."""
    phrase_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that link nouns inside one noun phrase (``the head of the region``,
    ``le porte-parole de la mairie``)."""
    origin_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that, like ``of``, link a person's name to the place or body the person
    is from (``Jo Roe from Lornport General Hospital``): the person speaks, not the body."""
    genitive_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that follow a noun and never a cue verb (English ``of``): a noun-like
    cue right before one is a noun (``the state of Ohio``, ``reports of fraud``)."""
    dative_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of the one spoken to, with the articles written onto them (Spanish
    ``a``, ``al``; Portuguese ``à``, ``ao``; Italian ``alla``, ``all'``): right after a
    cue, the noun phrase after one is the addressee, and the source follows it (``dijo a
    la Policía el empresario``, ``disse à PF o empresário``), never the speaker."""
    channel_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that, after a speaker's name and before an outlet's, name the outlet
    the speaker spoke to (Serbian and Croatian ``za``: ``rekla je Ana Kovač za Betu``),
    where they link nouns in a name too (``Institut za javno zdravlje``)."""
    press_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of the journalists and the press a source speaks to, lower case, where a
    preposition leads to them (French ``a déclaré le ministre aux journalistes``, Spanish
    ``dijo el ministro a los periodistas``): the audience, never a role that the source's
    role serves (``l'adjoint au maire``)."""
    relation_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that tie a description to the person it is described by (``an adviser to
    Jo Roe``, ``a spokeswoman for Roe``, ``critics like Roe``): a source that ends in
    such a phrase is the description, not the name after it."""
    complement_adjectives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adjectives and participles that describe a source by what it knows or is part of
    and take a preposition (English ``familiar``, ``involved``): the preposition after one
    goes on with the source's description (``said a person familiar with the talks``)."""
    contrast_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Conjunctions of contrast that open an adverbial clause (``while``, ``although``):
    a cue in one, ``While Roe said C, Poe …``, has its content end with the clause, at
    the next comma."""
    conditional_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Clause openers that begin reported content (``said if …``, ``said because …``); one
    that is a preposition too (``despite``) only where a clause follows its phrase after a
    comma (``says despite the loss, she will stay``)."""
    medium_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that place a speech act in its medium (``in``): before a noun of
    :attr:`medium_nouns` they open an adjunct of the cue's clause."""
    means_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of the means of a speech act (English ``through``): after a
    noun-phrase content they open an adjunct of the cue's clause (``denied the charges
    through a spokeswoman``); so does an agent preposition before a gerund (``dismissed
    the claim by pointing to the vote``)."""
    medium_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of the text or event that carries a speech act (``statement``, ``interview``,
    ``tweets``, ``ruling``): after a medium preposition, an adjunct of the cue's clause
    (``attacked Roe in early-morning tweets``), no part of a noun-phrase content."""
    addressee_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of the addressee after a medium noun (``a statement for the council``,
    ``a letter to the mayor``): the phrase they open may stand between the noun and the
    colon that opens the text, whose author is still the clause's subject."""
    object_adjuncts: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open an adjunct of the cue's clause rather than a part of its object
    (``at``, ``during``, ``after``): a noun-phrase content (``criticized the plan at a
    rally``) ends before them, and before a word of time or a preposition followed by
    one (``on Monday``)."""
    prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions: a cue followed by one takes no clausal content (``said about``)."""
    name_articles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Articles that open the name of an outlet or a body (``the Daily Planet``): part
    of a credited name where capitalised (``The Guardian``; a lower-case one is the
    sentence's: ``told the BBC`` credits ``BBC``), and after a cue of credit (``reported
    by The Evening Courier``) the sign of a title, which people's names do not take."""
    credit_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cues of credit (``reported by``, ``citing``), lower case: after one, a title with
    a name article is an outlet even without a media word."""
    holder_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cues of credit that name who holds a document (``obtained by``, ``seen by``), lower
    case: companies and public bodies hold documents as often as outlets, so a name after
    one is credited only where a media word ends it or a known medium's name is one of
    its words (``obtained by the Harbour Times``, ``seen by Reuters``; not ``obtained by
    Network Rail``, whose first word alone is a media word)."""
    credit_line_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """What opens a wire's credit line, lower case, up to its names (``with reporting by``,
    ``with inputs from``; an attribution cue ends it): on a line of its own, perhaps in
    brackets (``(With inputs from HWS)``), an acronym after one names a wire even where
    no media word tells it (a writer's name is no acronym)."""
    term_openers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that make a quotation right after them part of a noun phrase (``the
    “Growth Project”``, ``founder of “Voters First”``): a term or a title, no speech."""
    name_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns and legal-form abbreviations that a name in quotation marks follows
    (Ukrainian ``компанія «Укргаз»``, ``АТ "Укргаз"``; all case forms): that quotation
    is a name, part of a source's noun phrase, and no quoted fragment that makes a
    reported clause mixed."""
    name_quotation_articles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Articles after which a short quotation is a name, as titles of papers and
    bodies are printed in German (``die „Süddeutsche Zeitung“ berichtete``): part of a
    source's noun phrase, no words spoken."""
    title_minor_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that a title of a work leaves in lower case (``of``, ``the``): a quotation
    capitalised but for them is a title (``“Salt Is the New Gold”``), no speech."""
    possessive_endings: tuple[str, ...] = ()
    """Endings of a name's possessive (``’s``): a quotation after one is a title or a
    term (``CNN’s “This Week”``)."""
    clitic_auxiliaries: tuple[str, ...] = ()
    """Endings of an auxiliary joined to a pronoun (English ``’m``, ``’re``, ``’ve``): ``I’m``
    names the speaker ``I``, no one called "I’m"."""
    author_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions that credit a work to its author: a quotation right before one and a
    name is a title (``“The Last Ferry,” by Jo Roe``), no speech."""
    past_participles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Past participles without a regular ending (:attr:`past_suffixes`): ``seen``,
    ``written``; with a passive agent after them they describe a source."""
    past_participle_endings: tuple[str, ...] = ()
    """Endings of the past participles that describe a noun, where :attr:`past_suffixes`
    sets none (Portuguese ``-ados``, ``-idas``; French ``-és``): a source phrase ends
    before one with a time after it, as it does before one of :attr:`past_suffixes`
    (``segundo dados do INE divulgados nesta terça-feira``, ``according to data from the
    ONS published on Tuesday``)."""
    passive_agent_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of the agent after a passive participle that describes a source
    (``according to a document seen by Reuters``): the participle and its agent are no
    part of the source, and the agent does not speak (unlike the agent of
    :attr:`participle_agents`, whose data the source is)."""
    time_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of time that may follow a cue (``said Monday that``)."""
    manner_adverbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adverbs of manner without an adverb's ending (:attr:`adjunct_endings`) that may
    follow a cue as words of time do (Indonesian ``“Q,” katanya singkat``, said he
    briefly; ``ujarnya lagi``): an adjunct, no source; in a :attr:`verb_final` language,
    right before the cue, no content (Korean ``C다고 거듭 밝혔다``, said again)."""
    time_phrase_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that make a longer phrase of time with :attr:`time_words` and
    :attr:`time_phrase_ends` (``this past week``, ``less than two weeks ago``): between
    a subject and its cue the phrase is no part of the subject (``the ministry two
    weeks ago said``)."""
    time_phrase_ends: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that end a phrase of time as a word of time does (``ago``, ``weeks``)."""
    role_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns for people by office or role (``spokesman``, ``minister``, ``senator``)."""
    role_heads: tuple[str, ...] = ()
    """Role nouns that head compounds written as one word (German ``chef``,
    ``ministerin``): a word ending in one is a role too (``Konzernchef``,
    ``Gesundheitsministerin``), and a description by the head refers to it (``die
    Ministerin``)."""
    age_epithet_endings: tuple[str, ...] = ()
    """Endings of a word that gives a person's age (English ``-year-old``): a definite
    article and such a word alone (``the 54-year-old said``) is the epithet by which news
    refers back to the person it named last."""
    role_head_lookalikes: tuple[str, ...] = ()
    """Endings of compounds that end in a role head but name a thing (German
    ``lautsprecher`` loudspeaker, ``halbleiter`` semiconductor, ``ableiter`` in
    ``Blitzableiter``, the ladders ``stehleiter``): a word ending in one is no role, so
    ``der Lautsprecher`` refers to no person named before."""
    role_equivalents: tuple[tuple[str, ...], ...] = attrs.field(
        converter=_spelled_groups, default=()
    )
    """Groups of role nouns or phrases that name one office (``president``, ``head of
    state``; ``прем'єр-міністр``, ``прем'єр``): a description by one refers to the person
    the article named with another."""
    epithets: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Generic nouns for a person that a text uses, alone, to refer back to the person it
    last named (Ukrainian ``посадовець``, ``дипломат``; all case forms): ``За словами
    посадовця, C`` is that person's."""
    contrast_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that open a mention of someone not yet named (``another``, ``other``): it
    joins no earlier speaker."""
    singular_determiners: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Determiners that open a singular noun phrase only (English ``a``, ``an``,
    ``another``, ``each``, ``every``): a verb's bare form after one and a modifier
    agrees with no subject (``a similar dispute lasted``), so it is the noun."""
    gerund_adjectives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adjectives that are never the head of a noun phrase that speaks (English ``new``,
    ``prevailing``): a cue's ``-ing`` form after a determiner and one of them is a noun
    (``the new thinking``, ``a general feeling``), no cue."""
    adjective_prefixes: tuple[str, ...] = ()
    """Prefixes, with their hyphen, that make a word an adjective (English ``anti-``,
    ``pro-``; not ``non-``, which makes nouns too: ``the non-profit saying “Q”``): a cue's
    ``-ing`` form after a determiner and such a word is a noun (``the anti-harbour
    feeling``), no cue."""
    said_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of what is said, a cue's object and never its speaker (Italian ``verità``,
    ``notizia``; Spanish ``verdad``; French ``vérité``): a common noun phrase that closes
    the sentence after a cue and holds one is no subject (``Il porto chiuderà, ha detto
    la verità.`` has no source)."""
    share_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of a share or a number of people that take a plural verb after a singular
    determiner (English ``a third``, ``a handful``, ``a majority``: ``a third say C``)."""
    indefinites: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Indefinite articles and numerals that open a description of someone the text
    introduces (``a friend``, ``one source``, ``some senators``): it joins no person named
    before, whatever roles that person was given."""
    body_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns for a kind of body (``company``, ``bureau``; Ukrainian ``відомство``,
    ``компанія``; all case forms), and those of its press office: a description made of
    them alone (``the company said``, ``у відомстві зазначили``, ``the press service of
    the court``) refers back to the body the article named, the one whose name holds
    the last noun where one does (``the bureau`` after ``National Anti-Corruption
    Bureau``), else the body that spoke last.  After a role noun and a
    :attr:`place_prepositions` preposition, one is the body an unnamed speaker serves in
    (Arabic ``مصدر في الوزارة``, a source in the ministry)."""
    name_stumps: tuple[tuple[str, str, str], ...] = ()
    """Clipped first parts of compound names, lower case, with the stem of the word
    they clip and that word's nominative ending (Ukrainian ``мін``, ``міністерств``,
    ``о``; ``ген``, ``генеральн``, ``ий``): a one-word name that opens with one
    (``Міноборони``, ``Генштабі``) names the body the article prints in full in the
    nominative (``Міністерство оборони``, ``Генеральний штаб``); printed in full only
    in another case (``в Міністерстві оборони``), the clipped name stays."""
    name_adjective_endings: tuple[str, ...] = ()
    """Endings of adjectives in the genitive (Ukrainian ``-их``, ``-іх``, ``-ої``): after
    the word a :attr:`name_stumps` entry clips, a word with one takes the noun after it
    into the body's name (``Міністерство внутрішніх справ``, not ``Міністерство
    внутрішніх``); after an impersonal cue and the document it names (``йдеться у
    повідомленні``), a capitalised one opens a body's name that the lower-case words after
    it go on with to the clause's end (``… Лорнівської обласної військової
    адміністрації.``), not a place's name alone (``Лорнівської``)."""
    modifier_endings: tuple[str, ...] = ()
    """Endings of the words that modify a noun after them where nouns are capitalised
    (German inflected adjectives ``-e``, ``-en``, ``-er``, ``-es``, ``-em`` and the
    genitive ``-s``): a capitalised run of words that opens its sentence before a verb is
    a person's name only where none but its last word ends in one (``Tom Eke kam``, not
    ``Neue Regeln gelten`` nor ``Ekes Boot lag``)."""
    subject_adjective_endings: tuple[str, ...] = ()
    """Endings of adjectives in the nominative (Ukrainian ``-ий``, ``-а``, ``-ні``): a
    body's name after a cue that a capitalised adjective opens must open with one
    (``повідомили Повітряні сили ЗСУ``), not with a name in the dative (``розповів
    Івану сусід Марії``); with none, no such name is read after a cue."""
    locative_adjective_endings: tuple[str, ...] = ()
    """Endings of adjectives in the locative (Russian ``-ом``, ``-ой``; Ukrainian ``-ій``,
    ``-ому``; Belarusian ``-ім``, ``-ай``): after the preposition that a cue phrase ends in
    (``сообщили в``), a capitalised one opens a body's name that the lower-case words after
    it go on with to the clause's end (``Как сообщили в Киевском городском совете, C``),
    not a place's name alone (``Киевском``)."""
    cue_gender_endings: tuple[tuple[str, str], ...] = ()
    """Endings of a cue verb that tell its subject's gender, each with ``f``, ``m`` or
    ``""`` (none), the longer first (Ukrainian ``ла``, ``f``; ``ли``, ``""``; ``в``,
    ``m``): a generic noun (``сказав посадовець``) joins no person of the other
    gender."""
    body_designators: tuple[tuple[str, str], ...] = ()
    """Pairs of the stem of a body noun and a word, or a stem of four letters or more,
    that marks a name as one of that kind (``compan``, ``corp``; Ukrainian
    ``відомств``, ``міністерств``): a description by the noun (``the company``, ``у
    відомстві``) joins a body that spoke only where its name carries the noun or one of
    these words."""
    body_refusals: tuple[tuple[str, str], ...] = ()
    """Pairs of the stem of a body noun and a word that marks a name as no body of
    that kind, though it carries the noun or a :attr:`body_designators` word, where the
    word is the name's head (its last word before a phrase preposition) or the first
    word of a two-word name (``airline``, ``force``: ``Air Force`` is no airline; ``bank``,
    ``west``: ``West Bank`` is a place, but ``Harbour West Bank`` and ``Bank of the
    West`` are banks): a description by the noun does not join it."""
    nonperson_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that head names of places, venues, events and laws, which speak no more
    than they are persons (``street``, ``arena``, ``convention``, ``act``): a name that
    holds one (``Lornport Arena``, ``Wall Street``) is no man or woman that ``she`` or
    ``he`` may stand for."""
    copular_verbs: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Linking verbs other than the auxiliaries (English ``became``, ``remained``): the noun
    phrase after one is its predicate, no object that an infinitive's cue could make
    speak (``Roe became the first senator to say C``: Roe speaks)."""
    event_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of events (English ``row``, ``clash``, ``fracas``), which say nothing: a
    participle after a clause that one heads is spoken by the subject of the clause inside
    it (``The row erupted after Jo Roe joined the race, calling C``)."""
    thing_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns for institutions, groups and texts that speak (``ministry``, ``campaign``,
    ``report``): a description headed by one names no person, so never joins one."""
    record_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of the data and figures a body publishes (Italian ``dati``, ``stime``): a
    source that is one of them and the capitalised body after its preposition is the
    body's (``secondo i dati dell'Istituto nazionale di statistica`` names the
    institute)."""
    authored_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of a text or of figures that someone authors (English ``tally``, ``analysis``,
    ``study``): as the source of a source phrase, with an agent preposition and a name
    after it (``according to a tally by the Harbour Times``), the name speaks."""
    participle_agents: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of the agent after a past participle, with the articles written onto
    them (Spanish ``por``, Portuguese ``pelo``, Italian ``dal``, ``dall'``): after a
    :attr:`record_nouns` noun and its participle, with any time in between, the agent is
    the body whose data they are (``los datos publicados el martes por el INE`` names
    ``el INE``, ``os dados divulgados pelo IBGE`` names ``IBGE``).  An agent after a
    :attr:`passive_agent_prepositions` preposition, by contrast, is no source."""
    from_body_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions, with the articles written onto them, of the body that words come from
    after a cue (Italian ``C, spiega dalla Protezione civile.``, ``fa sapere dal Comune``):
    where the body's name closes the sentence, the body speaks; a place (``dal palco``) or
    a subject after it (``dalla Prefettura il questore``) leaves the source to follow."""
    article_prepositions: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words spelt both as a singular definite article and as a preposition that is
    written onto the article it meets (Portuguese ``a``: the preposition before ``a`` is
    ``à``, before ``o`` it is ``ao``): before a singular common noun that closes the
    sentence after a cue, one is the article and the phrase is the subject (``C, informou
    a autoridade portuária.``); before a plural (:attr:`noun_plural_endings`) it is the
    preposition (``C, disse a jornalistas.``)."""
    noun_plural_endings: tuple[str, ...] = ()
    """Endings of plural nouns where only a noun's number is read (Portuguese ``-s``; see
    :attr:`article_prepositions`); :attr:`plural_endings` does more."""
    preposed_agents: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Prepositions of a passive's agent where the participle closes the clause (German
    ``von``, ``vom``, ``seitens``): a cue's participle after them in a passive clause has
    the agent as its source (``Von der Stadt wurde betont, dass C``, ``Es wurde vom
    Ministerium mitgeteilt, C``), but for :attr:`about_cues`."""
    inverted_perfect_auxiliaries: frozenset[str] = attrs.field(
        converter=_frozen, default=frozenset()
    )
    """Finite auxiliaries of the active perfect that open an inverted attribution after
    the words reported, the subject between them and the cue's participle (German
    ``hat``, ``hatte``, ``habe``: ``„Q“, hat Jo Roe am Montag gesagt.``, ``C, habe der
    Minister betont.``): the subject speaks, the participle is the cue."""
    about_cues: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Cue participles that take a :attr:`preposed_agents` preposition as their topic,
    so that the noun phrase after it is what was told about, no agent (German
    ``berichtet``, ``gesprochen``: ``Von dem Unfall wurde berichtet, dass C``)."""
    titles: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Honorifics and abbreviated titles written before a name (``Mr.``, ``Sen.``)."""
    former_modifiers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words before a role that say its holder no longer holds it (``former``,
    ``ehemalige``; a prefix ending in a hyphen: ``ex-``): ``the coach`` names no former
    coach while the present one is printed too."""
    work_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of a titled work (``book``, ``movie``, ``play``): a quotation right after one,
    after its comma or after a naming cue (``a book called “…”``) whose words are a
    title's is the work's title, no words spoken."""
    rank_modifiers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words before a role that name a second office under it (``vice``, ``deputy``):
    ``the president`` names no one printed only as ``Vice President``."""
    media_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words that make a name an outlet (``Times``, ``News``, ``Agency``)."""
    media_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Media words that are common nouns, where every noun is capitalised (German
    ``Zeitung``, ``Sender``): one alone after its article names no outlet (``C, berichtet
    die Zeitung``: the paper unnamed, a speaker, not a credited name)."""
    agency_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Media words that head the names of public bodies too (French ``agence``, Polish
    ``agencja``): a name whose only media words they are names an outlet with one word
    after the noun (``Agência Brasil``, ``agencja Reutera``), a body with more
    (``Agenzia delle Entrate``, ``Agencja Bezpieczeństwa Wewnętrznego``); capitalised after
    capitalised words, none a media word, it ends a body's name (``the Environment
    Agency``; but ``Harbour Press Agency``)."""
    generic_media: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns for the media in general, lower case, though printed in capitals
    (``сми``, ``змі``): ``По информации СМИ`` names no outlet, the media speak unnamed."""
    platform_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Social networks and messengers, lower case (``telegram``, ``facebook``,
    ``соцмережі``): the channel a speaker posts on (``Про це в Telegram повідомив X``),
    never a credited outlet by itself."""
    attribution_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Phrases before a credited source (``reported by``, ``citing``, ``according to``)."""
    attribution_verbs: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Verbs after a credited outlet (``The Guardian reports``, ``writes``)."""
    newsroom_verbs: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Verbs of a newsroom's own finding, among :attr:`attribution_verbs` (``has
    learned``): a name of one word right before one is an outlet's even where no media
    word says so (``Lornpress has learned``), unless the article prints it as a person's
    surname too (``Jo Roe … Roe has learned``)."""
    anaphoric_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Phrases that attribute the previous sentence (``This was announced by``)."""
    anaphors: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Pronoun phrases of anaphoric attribution in free word order (``об этом``): with a
    cue verb before or after them, adjuncts between, they open a unit that attributes
    the previous sentence (``Об этом в понедельник сообщил X``, ``Заявил об этом X``)."""
    object_anaphors: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Pronoun phrases that attribute the previous sentence only as the object of a cue
    verb after its subject (``He said this during an address``, ``The governor wrote
    about it``); the free-order :attr:`anaphors` serve there too."""
    byline_words: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words that set a byline's author name on a line of its own (``By``, ``Von``):
    a line that is one of them and a name is page furniture, in any language's text
    (a wire story may keep its English byline).  A label with a colon (``Autor:``)
    needs no entry."""
    background_markers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Standalone section labels after which the article gives background (``Recall``)."""
    background_openers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words opening a paragraph of background (``Earlier,``, ``As reported,``)."""
    news_openers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words opening a paragraph that sets a speech at its occasion (``Speaking at the
    launch, Jo Roe said …``, ``Addressing the gathering, …``, ``Asked whether …``): what
    was said there is the news itself, never weighed as background."""
    background_reports: tuple[tuple[str, str], ...] = ()
    """The words before and after the capitalised name of whoever reported a thing
    earlier, opening a paragraph of background (Estonian ``Nagu`` … ``varem teatas``:
    ``Nagu Postimees varem teatas, C``), with any name between them."""
    section_markers: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Standalone section labels that are not background (``Details``)."""
    quote_labels: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Labels that, with a colon at a paragraph's start, make the words after them a
    direct quote of the last source line's name (``Quote: "We are ready."``), in any
    outlet's text; an outlet may add its own (:attr:`OutletRules.quote_labels`)."""
    quote_label_patterns: tuple[str, ...] = ()
    """Patterns of a quote label that names who speaks, with a colon at a paragraph's
    start (``Quote from Jo Roe: "We are ready."``), in any outlet's text; the named
    group ``speaker`` holds the name (where it matched nothing, the label names no one
    and the quote is the last source line's or speaker's, as after ``Quote:``)."""
    source_labels: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Labels that, with a colon, open a line naming the source of the quote labels
    after it (``Source: Jo Roe on Facebook``), in any outlet's text."""
    month_names: tuple[tuple[str, ...], ...] = ()
    """The forms of the twelve month names, January first, as dates print them
    (``лютого`` in ``28 лютого 2022``): an outlet's dated byline gives the date."""
    year_words: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """The words that follow a year, casefolded (Russian ``году``, ``г``): where a lexicon
    gives them, four digits before any other lower-case word count something (``2000
    человек``) and are no year when background is weighed."""
    interviewer_labels: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Transcript labels of the interviewer's questions (``Q``): no quote."""
    interviewer_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns of a journalist before a name (``reporter Al Poe``): an interview's
    interviewer, never the interviewee who answers."""
    answer_labels: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Transcript labels of the interviewee's answers (``A``): the interviewee's quote."""
    boilerplate: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Opening words of page furniture (``Read also``, ``Subscribe``)."""
    listing_labels: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Labels of furniture that announce other stories' headlines alone on their line,
    without a colon (``Related``, ``Read also``): the line after one is the page's when
    it reads as a headline.  Any other label of :attr:`boilerplate` announces only with
    its colon (a bare ``Advertisement`` line does not make the paragraph after it the
    page's)."""
    boilerplate_prompts: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Opening words of page furniture that also open prose (``Most read``, ``You may
    also be interested``): furniture when they stand alone on their line or before a
    colon, or when the paragraph holds no cue verb (``Most read books were novels, the
    librarian said.`` is speech)."""
    masthead_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that end a newspaper's name (``Herald``, ``Gazette``): a line of a few
    capitalised words ending in one, alone above a headline, is the paper's masthead
    (``Harbour Herald``), no headline."""
    masthead_common_nouns: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Nouns that end a newspaper's name and many a headline too (``Times``, ``Post``:
    ``Hard Times``, ``Minister Quits Post``): they end a masthead only after an article
    that opens the line (``The Harbour Times``), or after one of
    :attr:`masthead_qualifiers` (``Lornport Evening News``)."""
    masthead_qualifiers: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Words of a paper's time of issue (``Daily``, ``Evening``): right before one of
    :attr:`masthead_common_nouns` they make it a masthead (``Valmont Daily Mail``)."""
    site_desks: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """A site's desks and sections (``business``, ``sports``): after a known medium's name
    they make a site's name after a headline (``Ferry returns - Fox Business``), where
    another word after it names a place or a body (``- Fox River``, ``- Times Square``)."""
    headline_adjectives: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Adjectives a headline sets before a paper's common noun (``good``, ``fake``,
    ``breaking``): one of them alone before one of :attr:`masthead_common_nouns` after a
    headline's dash or bar is the headline's phrase (``Ferry returns – Good News``), no
    site's name (``Ferry returns | Harbour Times``)."""
    abbreviations: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Abbreviations (without the final full stop) after which a sentence does not end."""
    unit_abbreviations: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Abbreviations (of :attr:`abbreviations`) of currencies and measures written after
    an amount (``zł``, ``грн``): a unit closes its phrase, so its full stop ends the
    sentence before a capitalised word (``… 2 mld zł. Jej zdaniem …``)."""
    stopwords: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Frequent function words that tell the language apart in detection."""
    script_default: bool = False
    """Whether text in the script of this lexicon's function words that neither letters
    nor function words decide is read as this language (Russian for Cyrillic: a short
    line such as a name); one lexicon a script."""
    close_languages: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Codes the statistical detector gives on short text of this language for a close
    language without a lexicon (Afrikaans ``af`` for a Dutch sentence): detection reads
    them as this language."""
    letters: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """Lower-case letters that no other Latin-script language in wide use writes
    (Czech ``ř``, Polish ``ł``): on short text that function words leave undecided,
    they name the language without a statistical detector."""
    alphabet: frozenset[str] = attrs.field(converter=_frozen, default=frozenset())
    """The lower-case letters of the alphabet the language writes, where languages of one
    script tell apart by the letters each lacks (Belarusian writes ``і`` and ``ы`` but no
    ``и``, Ukrainian ``і`` and no ``ы``, Russian ``ы`` and no ``і``): on text of that
    script the one that misses none where the others miss many is its language, and
    letters that no lexicon's alphabet holds are a language without a lexicon.  Empty:
    no say."""
    background_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words and phrases that speak for context or history anywhere in a paragraph:
    time before the news (``since``, ``ago``, ``last``), the past and past perfect
    (``was``, ``had``), records and data (``according to``).  With
    :attr:`foreground_cues` they weigh a paragraph without a marker; a language that
    leaves both empty gets background from markers and openers only."""
    foreground_cues: tuple[str, ...] = attrs.field(converter=_spelled, default=())
    """Words and phrases that speak for the news itself rather than its background:
    speech (``said``), first and second person, evaluation (``think``) and expectation
    (``will``, ``expected``)."""
    past_suffixes: tuple[str, ...] = ()
    """Endings of regular past forms, the finite verb's and the participle's alike
    (English ``-ed``).  Their share of a paragraph's words speaks for background.  In
    the quotes, a lower-case word with one reads as a verb: a source phrase ends before
    such a participle with a time or an adjunct after it (``according to data released
    on Tuesday``; :attr:`past_participle_endings` where the participle has endings of
    its own), or with a passive agent after it (``a report seen by Reuters``); after a
    noun it is the finite verb of a clause (``the plan failed``), and after a cue a
    second predicate of its subject (``criticized Roe and challenged her``)."""

    def __repr__(self) -> str:
        # the repr attrs generates, written out: attrs' own, an f-string of every field,
        # took as long to compile at import as the __init__ (see above the class)
        fields = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in attrs.fields(Lexicon))
        return f"{type(self).__name__}({fields})"


def alternation(words: Iterable[str], *, boundary: bool = False) -> str:
    """Compile a list of words or phrases into one atomic regex alternation.

    Entries are escaped, spaces match any run of horizontal whitespace, the longest
    alternative comes first, and the group is atomic so that it never backtracks into
    itself.  An empty list is refused: it would match nothing and hide a data error.

    >>> alternation(["said", "said in a statement"])
    '(?>said\\\\s+in\\\\s+a\\\\s+statement|said)'
    """
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items:
        raise ValueError("alternation() needs at least one non-empty entry")
    parts = [r"\s+".join(regex.escape(p) for p in item.split(" ")) for item in items]
    if boundary:
        # inside the atomic group, so that "ранее в" (in "Ранее вице-премьер") gives way
        # to "ранее"
        parts = [
            part + r"(?![\p{L}\p{N}])" if item[-1].isalnum() else part
            for part, item in zip(parts, items, strict=True)
        ]
    return "(?>" + "|".join(parts) + ")"


def case_forms(nominatives: str, endings: Iterable[str]) -> frozenset[str]:
    """The names ``nominatives`` (separated by white space) in every case: each with
    one of a lexicon's case ``endings`` (:attr:`Lexicon.role_case_endings`) after it,
    or in place of its last letter where that letter is an ending itself, and the
    nominative as it is.  Most forms made are no word; no text prints them.

    >>> sorted(case_forms("укринформ", ("а", "ом")))
    ['укринформ', 'укринформа', 'укринформом']
    >>> "интерфакс-украины" in case_forms("интерфакс-украина", ("а", "ы"))
    True
    """
    ends = tuple(endings)
    forms = set(nominatives.split())
    for name in tuple(forms):
        stem = name[:-1] if name[-1] in ends else name
        forms.update(stem + ending for ending in ends)
    return frozenset(forms)


_DOT_ABOVE = "\N{COMBINING DOT ABOVE}"


def alternated(phrases: Iterable[str], alternations: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The ``phrases`` in their order, each followed by its spellings with every word of
    one of the ``alternations`` in each of that alternation's other forms (Ukrainian
    ``у``/``в``, ``з``/``із``/``зі``, which euphony chooses), each once.  Most spellings
    made are printed nowhere.

    >>> alternated(["у свою чергу", "при цьому"], [("у", "в")])
    ('у свою чергу', 'в свою чергу', 'при цьому')
    >>> len(alternated(["у зв'язку з цим"], [("у", "в"), ("з", "із", "зі")]))
    6
    """
    forms = {word: tuple(group) for group in alternations for word in group}
    return tuple(
        dict.fromkeys(
            spelling
            for phrase in phrases
            for spelling in (
                phrase,
                *(
                    " ".join(words)
                    for words in itertools.product(
                        *(forms.get(word, (word,)) for word in phrase.split())
                    )
                ),
            )
        )
    )


# a character neither ASCII nor punctuation that typesetting puts in English text
_NOT_TYPESET_ASCII = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\xa0]")


def is_typeset_ascii(text: str) -> bool:
    """Whether ``text`` is ASCII but for the punctuation typesetting puts in it (curly
    quotation marks and apostrophes, dashes, the ellipsis, the no-break space): most of
    an English article.  None of those is a letter, a digit or a mark, so that such text
    has the letters and digits of ASCII only, and casefolds as it lowers; a test in C
    over the text tells it, where a pattern of the regex module reads each character's
    properties.

    >>> is_typeset_ascii("“It’s over,” she said — again"), is_typeset_ascii("café")
    (True, False)
    """
    return text.isascii() or _NOT_TYPESET_ASCII.search(text) is None


def fold_for_screen(text: str) -> str:
    """``text`` casefolded, for a cheap screen before a case-insensitive pattern: a
    phrase the pattern matches has all its casefolded words in it as substrings, so a
    phrase whose words are not all there is not there.  (A case-insensitive match
    compares casefolded text, but for "İ", which casefolds to "i" and a combining dot
    above and matches "i": the dots are dropped.)

    >>> fold_for_screen("LAST WEEK in İzmir")
    'last week in izmir'
    """
    return text.casefold().replace(_DOT_ABOVE, "")


_ACRONYM = regex.compile(r"\p{Lu}{2,6}+")


def names_platform(parts: Iterable[str], lexicon: Lexicon, before: str = "") -> bool:
    """Whether the words (casefolded, split at hyphens) name a social network or
    messenger alone (``Telegram``, ``Telegram-канал``, ``соцмережі``): the channel a
    speaker posts on, never a speaker or an outlet.  A platform of one letter (``X``) is
    one only beside a platform word, in the words or in the word ``before`` them
    (``соцмережі X``): alone it is any letter (``журнал X``, ``компанія X``).

    >>> uk = get("uk")
    >>> names_platform(["telegram", "канал"], uk), names_platform([], uk)
    (True, False)
    >>> names_platform(["x"], uk), names_platform(["x"], uk, "соцмережі")
    (False, True)
    """
    found = [p for p in parts if p]
    return (
        bool(found)
        and all(p in lexicon.platform_words for p in found)
        and (
            any(len(p) > 1 for p in found)
            or any(p in lexicon.platform_words for p in before.split("-"))
        )
    )


#: The marks that end a sentence before a space: the Latin ones, the Arabic question mark,
#: the Urdu full stop (``۔``), the Devanagari danda and double danda, the Ethiopic full
#: stop (``።``), the Burmese section mark (``။``) and the Khmer khan (``។``).
SPACED_STOPS = ".!?…؟۔।॥።။។"
#: The full stops and marks of Chinese and Japanese, which need no space after them.
FULL_WIDTH_STOPS = "。！？"
#: Every mark that ends a sentence, in any script.
SENTENCE_STOPS = SPACED_STOPS + FULL_WIDTH_STOPS
#: Every mark of a comma, in any script: the Latin and the Arabic one, the full-width and
#: the ideographic one of Chinese and Japanese.
COMMAS = ",،，、"


#: A case ending a colon joins to an abbreviation, as Finnish and Swedish write it
#: (``STT:n``, ``EU:lle``, ``SVT:s``): part of the word, no colon of a label.
COLON_ENDING = r":\p{Ll}{1,5}+(?![\p{L}\p{N}])"
_COLON_ENDING = regex.compile(COLON_ENDING + "$", regex.V1)


def colon_stem(word: str) -> str:
    """The word without the case ending a colon joins to it (:data:`COLON_ENDING`).

    >>> colon_stem("STT:n"), colon_stem("EU:lle"), colon_stem("Virtanen")
    ('STT', 'EU', 'Virtanen')
    """
    return _COLON_ENDING.sub("", word) if ":" in word else word


# the shape of a body's name that a capitalised adjective opens, a letter a word ("U"
# capitalised, "l" lower-case, "-" neither): one capital, one or two lower-case words, one or two
# capitals ("Повітряні сили ЗСУ", "Державна прикордонна служба України")
_ADJECTIVE_BODY = re.compile(r"Ul{1,2}U{1,2}")
#: Words of a body's name that a capitalised adjective opens, at most.
ADJECTIVE_BODY_WORDS = 5


def is_adjective_body(words: Iterable[str]) -> bool:
    """Whether ``words`` have the shape of a body's name that a capitalised adjective
    opens: one capitalised word, one or two lower-case words, one or two capitalised
    words, and no word that opens in neither case (a number).

    >>> is_adjective_body("Державна прикордонна служба України".split())
    True
    >>> is_adjective_body("Повітряні сили 5 ЗСУ".split())
    False
    """
    shape = "".join("U" if w[:1].isupper() else "l" if w[:1].islower() else "-" for w in words)
    return _ADJECTIVE_BODY.fullmatch(shape) is not None


def is_participle_form(word: str, lexicon: Lexicon, *, endings: bool = True) -> bool:
    """Whether the lower-case ``word`` is a past participle by the lexicon's
    :attr:`~Lexicon.past_participles`, :attr:`~Lexicon.past_suffixes` or (with
    ``endings``, the default) :attr:`~Lexicon.past_participle_endings`."""
    return (
        word in lexicon.past_participles
        or word.endswith(lexicon.past_suffixes)
        or (endings and word.endswith(lexicon.past_participle_endings))
    )


def cue_verb(words: Iterable[str], lexicon: Lexicon) -> str:
    """The verb of a cue's lower-case words: its first word that is no pronoun nor an
    as-word (``sagten``, ``sagte`` of ``wie sie sagte``, ``сказала`` of ``сказала в
    интервью``), ``""`` for none."""
    return next((w for w in words if w not in lexicon.pronouns and w not in lexicon.as_words), "")


def verb_gender(verb: str, lexicon: Lexicon) -> str:
    """The gender that the ending of a cue verb marks (:attr:`Lexicon.cue_gender_endings`:
    Russian ``сказал`` ``m``, ``сказала`` ``f``), else ``""``."""
    return next((g for ending, g in lexicon.cue_gender_endings if verb.endswith(ending)), "")


def is_feminine_first_name(key: str, lexicon: Lexicon) -> bool:
    """Whether a case-folded first name in the nominative is a woman's: it has a
    feminine ending (:attr:`Lexicon.feminine_name_endings`) and is neither a man's
    (:attr:`Lexicon.masculine_names`) nor either's (:attr:`Lexicon.unisex_names`)."""
    return key.endswith(lexicon.feminine_name_endings) and (
        key not in lexicon.masculine_names and key not in lexicon.unisex_names
    )


@functools.lru_cache(maxsize=4096)  # for every word of every name run
def first_name_case(word: str, lexicon: Lexicon, *, oblique: bool) -> tuple[str, str, str] | None:
    """The nominative, gender and cases of a first name in an oblique case (``Олега``:
    ``Олег``, a man's, genitive), or ``None`` for a nominative or an unknown word.  A
    word that is a first name as it stands (``Олександра``) is read as another's
    oblique form only in a frame that wants one (``oblique``)."""
    key = word.casefold()
    if key in lexicon.first_names and not oblique:
        return None
    for ending, nominative, cases in lexicon.first_name_cases:
        if not key.endswith(ending) or len(key) <= len(ending):
            continue
        found = word[: len(word) - len(ending)] + nominative
        folded = found.casefold()
        if folded in lexicon.first_names and folded != key:
            return found, "f" if is_feminine_first_name(folded, lexicon) else "m", cases
    return None


#: The case of :attr:`Lexicon.surname_cases` and :attr:`Lexicon.first_name_cases`
#: that owns a role.
GENITIVE = "gen"


@functools.cache
def surname_endings(lexicon: Lexicon) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """The lexicon's surname endings by gender and case, the longest first."""
    table: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for gender, case, oblique, nominative in lexicon.surname_cases:
        table.setdefault((gender, case), []).append((oblique, nominative))
    return {key: tuple(sorted(rows, key=lambda r: -len(r[0]))) for key, rows in table.items()}


def surname_nominative(word: str, rows: tuple[tuple[str, str], ...]) -> str | None:
    """``word`` with the first of ``rows`` (oblique ending, nominative ending) that fits
    it, a stem of two letters at least left, or ``None`` where none fits."""
    key = word.casefold()
    return next(
        (
            word[: len(word) - len(ending)] + nominative
            for ending, nominative in rows
            if key.endswith(ending) and len(key) > len(ending) + 1
        ),
        None,
    )


def opens_time_phrase(word: str, following: str, lexicon: Lexicon) -> bool:
    """Whether a phrase of time opens at the lower-case ``word`` before ``following``:
    a word of time (:attr:`~Lexicon.time_words`: ``Monday``, ``later``) or a preposition
    or determiner before one (``on Monday``, ``this week``, ``el martes``)."""
    return word in lexicon.time_words or (
        (word in lexicon.prepositions or word in lexicon.determiners)
        and following in lexicon.time_words
    )


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym: two to six capital letters, in any script.

    >>> is_acronym("NATO"), is_acronym("ООН"), is_acronym("Nato"), is_acronym("U.N.")
    (True, True, False, False)
    """
    return _ACRONYM.fullmatch(word) is not None


def is_oblique(word: str, lexicon: Lexicon) -> bool:
    """Whether a word of four letters or more ends in a case of an adjunct or an addressee
    (:attr:`Lexicon.oblique_case_endings`); a capitalised one only in an ending of three
    letters or more (Finnish ``Pankissa``; ``Simon`` is a name)."""
    endings = lexicon.oblique_case_endings
    if len(word) < 4 or not endings:  # most lexicons have none: nothing to read
        return False
    if word[:1].isupper():
        endings = _long_endings(endings)
    return word.casefold().endswith(endings)


@functools.lru_cache(maxsize=64)
def _long_endings(endings: tuple[str, ...]) -> tuple[str, ...]:
    """The endings of three letters or more (:func:`is_oblique`), once per lexicon."""
    return tuple(e for e in endings if len(e) >= 3)


_COMPOUND_REST = 3  # letters a compound puts before its head, at least


def enclitic_subject(word: str, lexicon: Lexicon) -> str:
    """The pronoun written onto the end of a cue verb or a one-word source phrase
    (Indonesian ``nya`` of ``katanya``, ``menurutnya``: :attr:`Lexicon.subject_enclitics`),
    as printed, or ``""``."""
    folded = word.casefold()
    for ending in lexicon.subject_enclitics:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and (
            stem in lexicon.cue_verbs or stem in lexicon.source_phrases
        ):
            return word[-len(ending) :]
    return ""


def subject_particle(word: str, lexicon: Lexicon) -> str:
    """The longest of :attr:`Lexicon.subject_particles` written onto the end of ``word``
    after a stem that takes it (Korean ``께서는`` of ``대통령께서는``, not its ``는``;
    ``전문가``, an expert, is no ``전문`` and ``가``, which follows no consonant:
    :func:`_fits_stem`), or ``""``; none in a role noun written whole, whatever its
    last syllables (a guard for role nouns that end like a particle their stem takes)."""
    if word in lexicon.role_nouns:
        return ""
    return max(
        (
            p
            for p in lexicon.subject_particles
            if word.endswith(p) and len(word) > len(p) and _fits_stem(word[-len(p) - 1], p, lexicon)
        ),
        key=len,
        default="",
    )


_HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)
_HANGUL_FINALS = 28  # a syllable's code is 0xAC00 + (initial * 21 + medial) * 28 + final


def _fits_stem(last: str, particle: str, lexicon: Lexicon) -> bool:
    """Whether ``particle`` may follow a stem whose last character is ``last``
    (:attr:`Lexicon.particles_after_consonant`, :attr:`Lexicon.particles_after_vowel`;
    a character that is no Hangul syllable takes any)."""
    code = ord(last)
    if code not in _HANGUL_SYLLABLES:
        return True
    closed = (code - _HANGUL_SYLLABLES.start) % _HANGUL_FINALS != 0
    if closed:
        return particle not in lexicon.particles_after_vowel
    return particle not in lexicon.particles_after_consonant


def headed_by(key: str, lexicon: Lexicon) -> str | None:
    """The head among :attr:`Lexicon.role_heads` that ends a compound word, ``None``
    if none does or the word is a thing's (:attr:`Lexicon.role_head_lookalikes`).

    >>> de = get("de")
    >>> headed_by("konzernchef", de), headed_by("chef", de), headed_by("lautsprecher", de)
    ('chef', None, None)
    """
    heads = lexicon.role_heads
    # one C-level test for the many words that end in none
    if not key.endswith(heads) or key.endswith(lexicon.role_head_lookalikes):
        return None
    return next((h for h in heads if key.endswith(h) and len(key) - len(h) >= _COMPOUND_REST), None)


#: A name in double marks and the hyphen that joins it to a noun (``„Bild“-Zeitung``):
#: the first part of a compound, one word with its noun.
MARKED_HEAD = regex.compile(r"[\"“”„«»]\p{Lu}[^\"“”„«»]*+[\"“”„«»]-(?=\p{L})")


def _noun_of(word: str) -> str:
    """The word, or the noun of a compound that a name in marks opens (``Zeitung`` of
    ``„Bild“-Zeitung``)."""
    head = MARKED_HEAD.match(word)
    return word if head is None else word[head.end() :]


def is_company_name(name: str, lexicon: Lexicon) -> bool:
    """Whether a name, in quotation marks or not, ends as a company's named for its
    industry (:attr:`Lexicon.company_name_endings`: ``«Лорнгаз»``), no medium's.

    >>> is_company_name("«Лорнгаз»", get("ru")), is_company_name("«Лорнская правда»", get("ru"))
    (True, False)
    """
    return name.strip(' «»„“”"').casefold().endswith(lexicon.company_name_endings)


@functools.lru_cache(maxsize=4096)  # asked of every mention, the same names again and again
def is_outlet_name(name: str, lexicon: Lexicon) -> bool:
    """Whether a name reads as an outlet: it holds a media word of the language
    (``The Daily Planet``, ``Metro News``, ``CGTN America``).  An acronym the lexicon
    does not know as a medium is a body's (``the SBU``, ``NABU``), not an outlet's.

    A role noun before or after the media word makes the name a person's (``an agency
    official``, ``Metro News host Jo Roe``, ``the editor of the newspaper``).

    >>> is_outlet_name("Metro News", get("en")), is_outlet_name("Anna Kowalczyk", get("en"))
    (True, False)
    >>> is_outlet_name("a Metro News reporter", get("en"))
    False
    >>> is_outlet_name("the editor of the newspaper", get("en"))
    False

    A media word in lower case before an office of a body is that office's name
    (``the press service of the port``), no outlet.  An outlet whose name is made of
    common words is a media word of several words, matched whole (``El Mundo``, not
    any ``mundo``).

    A name in Latin letters that ends with a word of a paper's title the lexicon does
    not know (``The Valmont Journal`` in Ukrainian news:
    :data:`~newsstruct.lang._media.LATIN_TITLE_WORDS`) is an outlet.

    >>> is_outlet_name("The Valmont Journal", get("uk")), is_outlet_name("Valmont", get("uk"))
    (True, False)
    """
    # "STT:n": a case ending joined by a colon is no part of the name; "die „Bild“-Zeitung":
    # a compound that a name in marks opens is read by its noun
    printed = [_noun_of(colon_stem(w.strip(".,'’"))) for w in name.split()]
    words = [w.casefold() for w in printed]
    phrases = _media_phrases(lexicon)  # "El Mundo", "Sole 24 Ore": a name of words
    if lexicon.media_words.isdisjoint(words) and phrases.keys().isdisjoint(words):
        # no media word, nor the first of one of several words (most names)
        # (the last word is no media word here, and the pattern's last word is words[-1])
        return (
            bool(words)
            and words[-1] in LATIN_TITLE_WORDS
            and _LATIN_NAME.fullmatch(name) is not None
        )
    media = [n for n, w in enumerate(words) if w in lexicon.media_words]
    media += (
        n + k
        for n, w in enumerate(words)
        for phrase in phrases.get(w, ())
        if tuple(words[n : n + len(phrase)]) == phrase
        for k in range(len(phrase))
    )
    media.sort()
    if not media:
        return False
    if all(
        printed[n][:1].islower() and n + 1 < len(printed) and printed[n + 1][:1].islower()
        for n in media
    ):
        return False  # "агентство з атомної енергії": a body named by what it deals with
    after = words[media[-1] + 1 :]
    if _names_body_agency(printed, words, media, lexicon):
        return False
    if not any(printed[n][:1].isupper() for n in media) and any(
        w in lexicon.thing_nouns and w not in lexicon.media_words for w in after
    ):
        return False  # "the press service of the port": a body's office, no outlet
    # "an agency official", "Metro News host Jo Roe", "the editor of the newspaper": a
    # person of the outlet
    return not any(
        w in lexicon.role_nouns and w not in lexicon.media_words for w in words[: media[0]] + after
    )


def _names_body_agency(
    printed: list[str], words: list[str], media: list[int], lexicon: Lexicon
) -> bool:
    """Whether the media words at ``media`` of a name (its ``printed`` words, and those
    case-folded) are agency nouns (:attr:`Lexicon.agency_nouns`) of a body named by what
    it deals with, no news agency (whose name holds "news" or "press", or is known):
    two words or more follow the last (``Agence française de développement``), or it
    ends the name after a capitalised word that is no article (``the Environment
    Agency``)."""
    if not all(words[n] in lexicon.agency_nouns for n in media):
        return False
    following = len(words) - media[-1] - 1
    if following:
        return following > 1
    return printed[-1][:1].isupper() and any(
        w[:1].isupper() and w.casefold() not in lexicon.name_articles for w in printed[:-1]
    )


# A name in Latin letters, its last word of letters only: "The Wall Street Journal"
_LATIN_NAME = regex.compile(r"(?:\p{Latin}[\p{Latin}\p{N}&'’.\-]*+[ ]++)*+\p{Latin}++", regex.V1)


@functools.cache
def _media_phrases(lexicon: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's media words of several words, as word tuples filed under their
    first word (once per lexicon)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(lexicon.media_words):
        if " " in phrase:
            words = tuple(phrase.split())
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


_lock = threading.Lock()


# A language tag (BCP 47, or a locale's "en_US"): its primary subtag names the language.
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


@functools.cache
def get(code: str) -> Lexicon:
    """Return the lexicon of a language, importing its module on first use.

    ``code`` is an ISO 639-1 code in any case (``"uk"``, ``"EN"``), or a language tag
    whose first part is one (``"en-US"``, ``"pt_BR"``, ``"zh-Hans-CN"``).

    Raises:
        UnknownLanguageError: when no lexicon exists for ``code``; the message lists
            the available ones.
    """
    module = MODULES.get(code)
    if module is None and (tag := _TAG.fullmatch(code)) is not None:
        module = MODULES.get(tag.group(1).lower())
    if module is None:
        raise UnknownLanguageError(code, available())
    lexicon = importlib.import_module(module).LEXICON
    if not isinstance(lexicon, Lexicon):  # pragma: no cover - a packaging error
        raise TypeError(f"{module}.LEXICON is not a Lexicon")
    return lexicon


@functools.cache
def generic() -> Lexicon:
    """The rules for a language without a lexicon: the English lexicon's, with
    :attr:`Lexicon.open_signatures`, so that a quotation signed by a name still gets
    its speaker and cue."""
    return attrs.evolve(get("en"), quote_pairs=(), open_signatures=True)


def available() -> tuple[str, ...]:
    """Return the codes of the supported languages, sorted."""
    return tuple(sorted(MODULES))


# A sample of the body is enough for detection and keeps it bounded on huge input.
_SAMPLE = 3000
_FAST_SAMPLE = 1500  # function words decide on far less text
# A tag of markup left in text taken from a page's source ("<br>", "<p class=…>",
# "</a>"): no word of the language, read as a space.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
_WORD = regex.compile(r"\p{L}+")
# the letters and the words of typeset ASCII text (is_typeset_ascii), by the standard
# library's engine
_ASCII_LETTER = re.compile("[A-Za-z]")
_ASCII_WORD = re.compile("[A-Za-z]+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_NON_ASCII_LETTER = regex.compile(r"(?=\p{L})[^a-zA-Z]")
_CYRILLIC_LETTER = regex.compile(r"(?=\p{L})\p{Cyrillic}")
# a letter of neither script, as one class (a set difference): searched over every text,
# a quarter of the time of a letter lookahead before a negated class; an ASCII character
# (no such letter) is passed over by its code before any property is read, a fifth of
# the time again
_OTHER_LETTER = regex.compile(r"[[^\x00-\x7F]&&[\p{L}--[\p{Latin}\p{Cyrillic}]]]", regex.V1)
# Letters outside every lexicon's alphabet (Macedonian "ќ", "ѓ", "ѕ") from this many on
# are a language without a lexicon.
_UNCOVERED = 3
# The alphabet that decides misses at most this share of the letters, its runner-up at
# least _CLEAR_MISSES letters and _MISS_RATIO times as many.
_MISS_SHARE = 0.02
_CLEAR_MISSES = 3
_MISS_RATIO = 4
# Below this many words langdetect guesses wildly ("b" is Turkish): the default holds.
_MIN_WORDS = 4
# Below this many words a single lexicon's function words outweigh langdetect.
_SHORT_WORDS = 12


def _claims(items: Callable[[Lexicon], Iterable[str]]) -> dict[str, set[str]]:
    """Each item some lexicon lists (a function word, a cue verb, a letter), with the codes
    of every lexicon that lists it."""
    claims: dict[str, set[str]] = {}
    for code in available():
        for item in items(get(code)):
            claims.setdefault(item, set()).add(code)
    return claims


@functools.cache
def _stopword_table() -> dict[str, str]:
    """Each function word with the lexicon it votes for.  A word of several lexicons votes
    for none, unless they are all close languages of one another (Croatian and Serbian
    "rekao"): it votes for their group under the first of them, and :func:`_among_close`
    chooses within the group."""
    close = _close_lexicons()
    return {
        word: min(codes)
        for word, codes in _claims(lambda lexicon: lexicon.stopwords).items()
        if all(other in close[code] for code in codes for other in codes - {code})
    }


def _by_one_lexicon(votes: dict[str, int], counts: Counter[str], words: int) -> str | None:
    """On a line langdetect guesses ("Jo Roe said talks failed." is Estonian to it): the
    one lexicon whose function words occur, with two of them or with a cue verb no other
    lexicon lists ("said").  ``None`` for longer text, or where that evidence is lacking."""
    if len(votes) != 1 or words >= _SHORT_WORDS:
        return None
    ((code, count),) = votes.items()
    cues = _own_cue_verbs()
    if count >= 2 or any(cues.get(word) == code for word in counts):
        return code
    return None


@functools.cache
def _own_cue_verbs() -> dict[str, str]:
    """Each cue verb that only one lexicon lists, with that lexicon."""
    claims = _claims(lambda lexicon: lexicon.cue_verbs)
    return {word: codes.pop() for word, codes in claims.items() if len(codes) == 1}


@functools.cache
def _own_stopwords() -> dict[str, frozenset[str]]:
    """Each lexicon's function words that none of its close languages shares."""
    return {
        code: get(code).stopwords.difference(
            *(get(other).stopwords for other in _close_lexicons()[code])
        )
        for code in available()
    }


def _among_close(found: str, words: Counter[str]) -> str:
    """Of ``found`` and its close languages with lexicons (Croatian, Serbian), the one
    whose own function words lead in ``words``; ``found`` where none leads."""
    rivals = _close_lexicons().get(found, ())
    if not rivals:
        return found
    own = _own_stopwords()
    return max(
        (found, *rivals), key=lambda code: sum(n for w, n in words.items() if w in own[code])
    )


def _langdetect(sample: str) -> str | None:
    with _lock:
        from langdetect import DetectorFactory, detector_factory
        from langdetect.lang_detect_exception import LangDetectException

        if detector_factory._factory is None:
            detector_factory.init_factory()
        DetectorFactory.seed = 0
        factory = detector_factory._factory
        try:
            detector = factory.create()
            detector.append(sample)
            # one code for a language of several scripts or regions ("zh-cn", "zh-tw")
            return str(detector.detect()).partition("-")[0]
        except LangDetectException:
            return None


def detect(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in.

    A fast path decides by script and by frequent function words of the supported
    languages; only when that is not conclusive does langdetect run, seeded so that
    the answer never changes, on a bounded sample.  Text with no letters is ``"en"``;
    tags of markup (``<br>``, ``</a>``) are no words.
    """
    sample = text[:_SAMPLE]
    if "<" in sample:
        sample = _MARKUP_TAG.sub(" ", sample)
    # typeset ASCII (most English text) has Latin letters alone, told in C
    typeset = is_typeset_ascii(sample)
    if typeset:
        cyrillic, latin = 0, int(_ASCII_LETTER.search(sample) is not None)
    else:
        # counting letters is only needed when both scripts occur
        cyrillic = len(_CYRILLIC.findall(sample))
        latin = len(_LATIN.findall(sample)) if cyrillic else int(_LATIN.search(sample) is not None)
    if cyrillic > latin:
        found = _cyrillic(sample)
        if found is not None:
            return found
    elif latin == 0 or (not typeset and _mostly_other(sample)):
        # a script other than Latin and Cyrillic (Greek, Arabic), also where a few Latin
        # letters occur ("(AFP)"): the lexicon written in it, or its language
        return _other_script(sample) or "en"
    table = _stopword_table()
    head = sample[:_FAST_SAMPLE]
    found_words = (
        _ASCII_WORD.findall(head.lower())
        if typeset
        # concurrent=False (the GIL kept across the matches): see newsstruct.quotes.tokens
        else _WORD.findall(head.casefold(), None, None, False, False)
    )
    words = len(found_words)
    counts = Counter(found_words)
    votes: dict[str, int] = {}
    # only the function words among the words, found in C (the votes' order is read nowhere)
    for word in counts.keys() & table.keys():
        code = table[word]
        votes[code] = votes.get(code, 0) + counts[word]
    if votes:
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        best, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= 3 and count >= 0.08 * words and count >= 3 * runner_up:
            return _among_close(best, counts)
    if words < _MIN_WORDS:
        return "en"
    found = _by_letters(sample, votes) or _by_one_lexicon(votes, counts, words)
    found = found or _langdetect(sample) or "en"
    # of close languages with lexicons each (Croatian, Serbian) the detector knows one
    # at most
    return _among_close(_close_language_table().get(found, found), counts)


def _mostly_other(sample: str) -> bool:
    """Whether most letters of ``sample`` are of scripts other than Latin and Cyrillic
    (counted only where one such letter occurs)."""
    if _OTHER_LETTER.search(sample) is None:
        return False
    return len(_OTHER_LETTER.findall(sample)) > len(_LATIN.findall(sample))


@functools.cache
def _close_lexicons() -> dict[str, tuple[str, ...]]:
    """For each lexicon, the other lexicons that it names as close or that name it."""
    pairs = {
        pair
        for code in available()
        for close in get(code).close_languages
        if close in MODULES
        for pair in ((code, close), (close, code))
    }
    return {code: tuple(sorted(c for k, c in pairs if k == code)) for code in available()}


def _script(letter: str) -> str:
    """The Unicode script of a letter, as its character name begins (``GREEK``)."""
    return unicodedata.name(letter, "").partition(" ")[0]


@functools.cache
def _script_codes() -> dict[str, tuple[str, ...]]:
    """The lexicons by the script their function words are written in."""
    scripts: dict[str, list[str]] = {}
    for code in available():
        written = {_script(word[0]) for word in get(code).stopwords if word[:1].isalpha()}
        for script in written:
            scripts.setdefault(script, []).append(code)
    return {script: tuple(codes) for script, codes in scripts.items()}


# The languages written in scripts that no lexicon writes, by script, the most widely
# read first: langdetect chooses among them (Arabic, Persian or Urdu), and where it
# answers another language, which it does for a script it does not know (Georgian is
# Estonian to it) or a few characters ("北京" is Korean to it), the first holds.  Kana
# among Chinese characters is Japanese.
_SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "CJK": ("zh", "ja"),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "HANGUL": ("ko",),
    "ARABIC": ("ar", "fa", "ur"),
    "HEBREW": ("he",),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "BENGALI": ("bn",),
    "GURMUKHI": ("pa",),
    "GUJARATI": ("gu",),
    "TAMIL": ("ta",),
    "TELUGU": ("te",),
    "KANNADA": ("kn",),
    "MALAYALAM": ("ml",),
    "SINHALA": ("si",),
    "THAI": ("th",),
    "LAO": ("lo",),
    "KHMER": ("km",),
    "MYANMAR": ("my",),
    "GEORGIAN": ("ka",),
    "ARMENIAN": ("hy",),
    "ETHIOPIC": ("am",),
}
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")


def _of_script(script: str, sample: str, lexicons: tuple[str, ...]) -> str | None:
    """The language of a ``sample`` in a ``script`` that one lexicon at most writes: that
    lexicon's where no other language of :data:`_SCRIPT_LANGUAGES` writes the script
    (Greek), else the one of them langdetect names (Urdu, where Arabic and Persian have lexicons),
    the lexicon's or the script's first where it names another; ``None`` for a script
    neither knows."""
    languages = tuple(dict.fromkeys((*lexicons, *_SCRIPT_LANGUAGES.get(script, ()))))
    if len(languages) <= 1:
        return languages[0] if languages else None
    if script == "CJK" and _KANA.search(sample):
        return "ja"
    found = _langdetect(sample)
    return found if found in languages else languages[0]


def _other_script(sample: str) -> str | None:
    """The language of a ``sample`` with no Latin or Cyrillic letter: the lexicon whose
    function words are written in the script of most of its words, or of those the one
    whose function words lead; for a script that one lexicon at most writes, or where no
    function word occurs, its language by :func:`_of_script`; ``None`` for a script not
    known there."""
    words = _WORD.findall(sample[:_FAST_SAMPLE].casefold())
    ranked = Counter(_script(word[0]) for word in words).most_common(1)
    if not ranked:
        return None
    codes = _script_codes().get(ranked[0][0], ())
    if len(codes) <= 1:
        return _of_script(ranked[0][0], sample, codes)
    table = _stopword_table()
    votes = Counter(code for word in words if (code := table.get(word)) in codes)
    if votes:
        return votes.most_common(1)[0][0]
    # no function word on a short line ("قال أحمد حسن: «Q»"): langdetect among them
    return _of_script(ranked[0][0], sample, codes)


@functools.cache
def _close_language_table() -> dict[str, str]:
    """The detector's codes that a lexicon claims as a close language of its own."""
    return {
        close: code
        for code in available()
        for close in get(code).close_languages
        if close not in MODULES
    }


def _cyrillic(sample: str) -> str | None:
    """The language of a Cyrillic ``sample``: first the one whose alphabet
    (:attr:`Lexicon.alphabet`) holds its letters where the others miss many (Belarusian,
    which writes both the Ukrainian ``і`` and the Russian ``ы``, and no ``и``); among those
    whose alphabets hold them all, the one whose distinctive letters it holds most of
    (Ukrainian ``і``, Russian ``ы``: a letter that another of them writes tells none of
    them apart), else the one whose function words lead; where neither decides, the
    lexicon that is its script's default (:attr:`Lexicon.script_default`), or the
    statistical detector.  ``None``: the letters of a Cyrillic alphabet no lexicon covers
    (Macedonian ``ќ``), left to the general path."""
    letters = Counter(_CYRILLIC_LETTER.findall(sample.lower()))
    alphabets = _alphabets()
    covered = frozenset().union(*alphabets.values())
    uncovered = sum(n for ch, n in letters.items() if ch not in covered) if covered else 0
    candidates = _cyrillic_codes()
    if uncovered < _UNCOVERED:
        found = _by_alphabet(letters, alphabets)
        if found is not None:
            return found
        # an alphabet that misses many times the fewest letters is out of the running:
        # Russian text with a name spelt in Belarusian ("Ціханоўская") misses the "ў",
        # Belarusian misses every "и"
        misses = {
            code: sum(n for ch, n in letters.items() if ch not in alphabet)
            for code, alphabet in alphabets.items()
        }
        fewest = min(misses.values(), default=0)
        near = {code for code, n in misses.items() if n <= _MISS_RATIO * fewest}
        if near:
            candidates = frozenset(near) | (candidates - alphabets.keys())
    table, pattern = _letter_table(cyrillic=True)
    if pattern is not None:
        found_letters = Counter(
            table[m]
            for m in pattern.findall(sample.lower())
            if table[m] in candidates
            and not any(m in alphabets.get(code, ()) for code in candidates - {table[m]})
        )
        ranked = found_letters.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    if uncovered >= _UNCOVERED:
        return None
    # a short line may lack the distinctive letters ("Женщина говорит, что …"): the
    # function words of the Cyrillic lexicons decide
    words = _stopword_table()
    votes = Counter(
        code
        for w in _WORD.findall(sample.casefold())
        if (code := words.get(w)) is not None and code in candidates
    ).most_common(2)
    if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]):
        return votes[0][0]
    default = next((code for code in sorted(candidates) if get(code).script_default), None)
    return default or _langdetect(sample) or "en"


@functools.cache
def _alphabets() -> dict[str, frozenset[str]]:
    """The Cyrillic alphabets of the lexicons that give one."""
    return {
        code: get(code).alphabet
        for code in available()
        if any(_CYRILLIC.match(letter) for letter in get(code).alphabet)
    }


def _by_alphabet(letters: Counter[str], alphabets: dict[str, frozenset[str]]) -> str | None:
    """The language whose alphabet misses next to none of the counted ``letters`` where
    every other misses many, or none where every other misses some (a short line);
    ``None`` where no alphabet stands out so."""
    misses = sorted(
        (sum(n for ch, n in letters.items() if ch not in alphabet), code)
        for code, alphabet in alphabets.items()
    )
    if len(misses) < 2:
        return None
    (fewest, code), (runner_up, _) = misses[0], misses[1]
    if fewest == 0 < runner_up or (
        fewest <= _MISS_SHARE * sum(letters.values())
        and runner_up >= max(_CLEAR_MISSES, _MISS_RATIO * fewest)
    ):
        return code
    return None


@functools.cache
def _cyrillic_codes() -> frozenset[str]:
    """The lexicons whose function words are written in Cyrillic."""
    return frozenset(_script_codes().get("CYRILLIC", ()))


@functools.cache
def _letter_table(*, cyrillic: bool = False) -> tuple[dict[str, str], regex.Pattern[str] | None]:
    """The distinctive letters of one script (Latin, or Cyrillic), each with the one
    lexicon that claims it."""
    script = _CYRILLIC if cyrillic else _LATIN
    claims = _claims(lambda lexicon: lexicon.letters)
    # a letter two lexicons claim marks neither
    table = {
        letter: codes.pop()
        for letter, codes in claims.items()
        if len(codes) == 1 and script.match(letter)
    }
    if not table:
        return table, None
    return table, regex.compile("[" + regex.escape("".join(sorted(table))) + "]")


def _by_letters(sample: str, votes: dict[str, int]) -> str | None:
    """The language of a short Latin-script ``sample`` that function words left open:
    the one whose distinctive letters it holds, if no other's occur; English for plain
    ASCII where English function words lead.  ``None``: the statistical detector decides."""
    table, pattern = _letter_table()
    if pattern is not None:
        codes = {table[m] for m in pattern.findall(sample.lower())}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
    english = votes.get("en", 0)
    if (
        english >= 2
        and _NON_ASCII_LETTER.search(sample) is None
        and all(count < english for code, count in votes.items() if code != "en")
    ):
        return "en"
    return None
