"""Serbian lexicon, for text in either of its scripts.

Serbian is written in Cyrillic and in Latin letters, one to one (``рекао је`` is ``rekao
je``): every word of the lexicon is given in Latin, in the lexicon Serbian shares with Croatian
(``_bcs.py``: "rekao je", the ekavian "ocenio", "saopštio", "podsetimo" and the
Croatian forms beside them), and each is added in Cyrillic by the letter correspondence of
Vuk's alphabet (``lj`` ``љ``, ``nj`` ``њ``, ``dž`` ``џ``, ``đ`` ``ђ``, ``ć`` ``ћ``,
``j`` ``ј``).  Cue verbs are the reporting verbs of the Tanjug and Beta wires ("rekao je",
"izjavio je", "naveo je", "istakao je", "saopštio je", "ocenio je").

Quotation marks follow the Serbian orthography (Pravopis srpskoga jezika, Matica srpska
2010, § 158): „ “ (and „ ” in web copy) outside, ‚ ‘ or » « inside.  Dates print the day as
an ordinal ("12. marta").  Background markers are the wires' ("Podsetimo", "Kako je
ranije objavljeno", "Ranije").
"""

from collections.abc import Iterable

import attrs

from newsstruct.lang._bcs import BASE

# Latin letters and digraphs of Serbian with their Cyrillic letters; digraphs first.
_DIGRAPHS = (("dž", "џ"), ("lj", "љ"), ("nj", "њ"), ("Dž", "Џ"), ("Lj", "Љ"), ("Nj", "Њ"))
_LETTERS = str.maketrans(
    "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
    "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
)


def _cyrillic(word: str) -> str:
    for latin, cyrillic in _DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return word.translate(_LETTERS)


def _both(words: Iterable[str]) -> tuple[str, ...]:
    """The words in Latin and in Cyrillic, Latin first, without repeats."""
    latin = tuple(words)
    return tuple(dict.fromkeys(latin + tuple(_cyrillic(w) for w in latin)))


LEXICON = attrs.evolve(
    BASE,
    code="sr",
    name="Serbian",
    cue_verbs=_both(BASE.cue_verbs),
    cue_phrases=_both(BASE.cue_phrases),
    object_cue_verbs=_both(BASE.object_cue_verbs),
    control_cue_verbs=_both(BASE.control_cue_verbs),
    naming_cues=_both(BASE.naming_cues),
    source_phrases=_both(BASE.source_phrases),
    pronouns=_both(BASE.pronouns),
    person_pronouns=_both(BASE.person_pronouns),
    object_pronouns=_both(BASE.object_pronouns),
    audience_nouns=_both(BASE.audience_nouns),
    relative_pronouns=_both(BASE.relative_pronouns),
    noun_like_cues=_both(BASE.noun_like_cues),
    feminine_words=_both(BASE.feminine_words),
    masculine_words=_both(BASE.masculine_words),
    masculine_names=_both(BASE.masculine_names),
    unisex_names=_both(BASE.unisex_names),
    possessive_determiners=_both(BASE.possessive_determiners),
    feminine_name_endings=_both(BASE.feminine_name_endings),
    feminine_surname_endings=_both(BASE.feminine_surname_endings),
    first_names=_both(BASE.first_names),
    first_name_cases=tuple((_cyrillic(a), _cyrillic(b), c) for a, b, c in BASE.first_name_cases)
    + BASE.first_name_cases,
    surname_cases=tuple((g, c, _cyrillic(a), _cyrillic(b)) for g, c, a, b in BASE.surname_cases)
    + BASE.surname_cases,
    first_person=_both(BASE.first_person),
    determiners=_both(BASE.determiners),
    auxiliaries=_both(BASE.auxiliaries),
    passive_auxiliaries=_both(BASE.passive_auxiliaries),
    complementizers=_both(BASE.complementizers),
    conjunctions=_both(BASE.conjunctions),
    list_conjunctions=_both(BASE.list_conjunctions),
    clause_openers=_both(BASE.clause_openers),
    question_words=_both(BASE.question_words),
    as_words=_both(BASE.as_words),
    content_stops=_both(BASE.content_stops),
    infinitive_endings=_both(BASE.infinitive_endings),
    participle_endings=_both(BASE.participle_endings),
    sentence_adverbs=_both(BASE.sentence_adverbs),
    phrase_prepositions=_both(BASE.phrase_prepositions),
    channel_prepositions=_both(BASE.channel_prepositions),
    reference_phrases=_both(BASE.reference_phrases),
    prepositions=_both(BASE.prepositions),
    time_words=_both(BASE.time_words),
    role_nouns=_both(BASE.role_nouns),
    indefinites=_both(BASE.indefinites),
    titles=_both(BASE.titles),
    media_words=_both(BASE.media_words),
    agency_nouns=_both(BASE.agency_nouns),
    generic_media=_both(BASE.generic_media),
    platform_words=_both(BASE.platform_words),
    credit_cues=_both(BASE.credit_cues),
    attribution_cues=_both(BASE.attribution_cues),
    attribution_verbs=_both(BASE.attribution_verbs),
    anaphors=_both(BASE.anaphors),
    anaphoric_cues=_both(BASE.anaphoric_cues),
    byline_words=(*BASE.byline_words, "Аутор"),
    background_markers=_both(BASE.background_markers),
    background_openers=_both(BASE.background_openers),
    section_markers=_both(BASE.section_markers),
    month_names=tuple(_both(forms) for forms in BASE.month_names),
    boilerplate=_both(BASE.boilerplate),
    abbreviations=_both(BASE.abbreviations),
    # the ekavian words Croatian spells otherwise ("sledeće" hr "sljedeće", "takođe" hr
    # "također"), and in Cyrillic the frequent words Russian, Ukrainian and Bulgarian spell
    # otherwise
    stopwords=frozenset(
        _both(
            (
                "takođe",
                "sledeće",
                "sledećeg",
                "biće",
                "hiljada",
                "hiljade",
                "nedelje",
                "opštine",
                "opština",
                "uprkos",
                "vreme",
                "vremena",
                "uvek",
                "ocenio",
                "ocenila",
                "saopštio",
                "saopštila",
                "podsetimo",
                "ovde",
                "tokom",
                "reči",
                "rečima",
                "lepo",
                "deca",
                "dece",
                "mesto",
                "mesta",
                "celog",
                "cele",
                "sveta",
                "veoma",
                "evra",
                "odsto",
                "uveren",
                "srbije",
                "beograda",
                "dve",
                "reč",
                "mesec",
                "meseca",
                "meseci",
                "cena",
                "cene",
                "cenu",
                "vest",
                "vesti",
                "dete",
                "deteta",
                "reka",
                "lek",
                "leka",
            )
        )
    )
    | BASE.stopwords
    # in Cyrillic, those of them Russian, Ukrainian, Bulgarian and Belarusian do not write
    | frozenset(
        _cyrillic(w)
        for w in BASE.stopwords - {"što", "godina", "ima", "samo", "ili", "može"}
        | {"je", "rekao", "rekla"}
    )
    # Russian writes "где", "после" too
    | frozenset({"gde", "posle"}),
    letters=frozenset("ђћ"),
    alphabet=frozenset(_cyrillic("abvgdđežzijklmnoprstćufhcčš") + "љњџ"),
    close_languages=frozenset({"hr"}),
)
