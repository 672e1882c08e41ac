"""Swahili lexicon (the standard Swahili of East African papers, broadcasters and wires).

Cue verbs are the verbs of saying of Swahili news copy ("-sema", say; "-eleza", explain;
"-ongeza", add; "-tangaza", announce; "-sisitiza", stress; "-onya", warn; "-uliza", ask),
each with the subject prefix of the third person ("a-", he or she; "wa-", they) and the
tense marker of news copy ("-li-", past; "-me-", perfect; "-na-", present; "-ta-",
future): "alisema", "amesema", "wanasema".  The subject comes first ("Waziri Juma Mwinyi
alisema kwamba C") or after the cue when the words come first ("C, alisema Mwinyi.", "C,
Mwinyi amesema."); "kwamba" or "kuwa" (that) opens reported words, or nothing does.  "Kwa
mujibu wa X, C" credits X as "according to" does.  The verb holds its subject: "alisema"
alone after a quotation is the last speaker's.

Background opens with "Ikumbukwe kuwa" / "Ikumbukwe kwamba" (it should be remembered
that) or "Hapo awali" (earlier).
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# the stems of saying, after the subject and tense prefixes
_STEMS = """
sema eleza ongeza tangaza sisitiza onya dai bainisha fafanua thibitisha kanusha
shauri pendekeza ahidi lalamika kiri jibu andika ambia uliza
"""
# he or she, they; past, perfect, present, future
_PREFIXES = tuple(
    f"{person}{tense}" for person in ("a", "wa") for tense in ("li", "me", "na", "ta")
)

_ROLE_NOUNS = """
waziri rais msemaji mkurugenzi mkuu mwenyekiti kamishna mbunge gavana meya afisa
mtaalamu katibu naibu kamanda balozi jaji mwanasheria mhandisi daktari mwalimu
mfanyabiashara mkazi mvuvi dereva mwakilishi kiongozi
"""

# (not "na", "ya", "za", "la", "ni": words of other lexicons too)
_STOPWORDS = """
wa kwa katika kwamba kuwa hiyo huo hayo hii huu hao wake yake zao pia lakini baada
kabla ambao ambayo ambaye kutoka zaidi sana
"""

_ADJUNCT_VERBS = """
alipozungumza walipozungumza akizungumza wakizungumza alipokuwa walipokuwa alipoulizwa
walipoulizwa alipohojiwa akihojiwa
"""

_TIME_WORDS = """
leo jana kesho jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili asubuhi
mchana jioni usiku wiki mwezi mwaka
"""


def _forms(stems: str) -> frozenset[str]:
    """Each stem with the prefixes of the third person and of news copy's tenses."""
    return frozenset(f"{prefix}{stem}" for stem in stems.split() for prefix in _PREFIXES)


LEXICON = Lexicon(
    code="sw",
    name="Swahili",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=_forms(_STEMS),
    object_cue_verbs=_forms("ambia eleza"),
    question_cues=_forms("uliza"),
    hedge_subjects=frozenset({"mimi", "sisi"}),
    complementizers=frozenset({"kwamba", "kuwa"}),
    comma_complement=True,
    uninflected_verbs=True,
    pro_drop=True,  # "Aliongeza kuwa C": the verb holds its subject
    source_phrases=("kwa mujibu wa",),
    min_according_words=2,
    pronouns=frozenset({"yeye", "wao", "mimi", "sisi"}),
    person_pronouns=frozenset({"yeye"}),
    genderless_pronouns=frozenset({"yeye"}),
    first_person=frozenset({"mimi", "sisi"}),
    audience_nouns=frozenset({"waandishi", "wanahabari"}),
    relative_pronouns=frozenset({"ambaye", "ambao"}),
    determiners=frozenset({"huyo", "hao", "huyu", "hawa", "kila", "baadhi"}),
    conjunctions=frozenset({"na", "lakini", "au", "ila"}),
    list_conjunctions=frozenset({"na", "au"}),
    clause_openers=frozenset({"ambaye", "ambao", "ambayo", "kama", "ikiwa", "wakati"}),
    question_words=frozenset({"nini", "nani", "lini", "wapi", "vipi", "je"}),
    # with the verbs that open a phrase of how or when it was said, as a preposition
    # opens one: "alisema Mwinyi akizungumza na waandishi wa habari"
    prepositions=frozenset(
        {"katika", "kwa", "kutoka", "hadi", "baada", "kabla", "tangu"} | set(_ADJUNCT_VERBS.split())
    ),
    # "of", agreeing with the noun before it: "Waziri wa Uchukuzi", "Msemaji wa mamlaka ya
    # bandari" (a role's field, part of the source)
    phrase_prepositions=frozenset({"wa", "ya", "za", "la", "cha", "vya"}),
    time_words=frozenset(_TIME_WORDS.split()),
    title_case_dash_datelines=True,  # "Dar es Salaam - Serikali …"
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"serikali", "polisi", "wizara", "mamlaka", "kampuni", "mahakama"}),
    titles=frozenset({"dkt", "dk", "bw", "bi", "prof", "mhe"}),
    # not "mwananchi": the paper's name is the common noun "citizen" too
    media_words=frozenset({"taifa leo", "habarileo", "bbc swahili", "dw"}) | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    # "Hayo yalisemwa na X" (that was said by X), "aliyasema hayo" (he said that)
    anaphoric_cues=("hayo yalisemwa na", "aliyasema hayo", "hayo aliyasema"),
    background_markers=("usuli",),
    background_openers=("ikumbukwe kuwa", "ikumbukwe kwamba", "hapo awali"),
    section_markers=("soma pia",),
    boilerplate=("soma pia:", "chanzo:"),
    month_names=(
        ("januari",),
        ("februari",),
        ("machi",),
        ("aprili",),
        ("mei",),
        ("juni",),
        ("julai",),
        ("agosti",),
        ("septemba",),
        ("oktoba",),
        ("novemba",),
        ("desemba",),
    ),
    stopwords=frozenset(_STOPWORDS.split()),
)
