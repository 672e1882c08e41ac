"""Slovenian lexicon.

Cue verbs are the reporting verbs of Slovenian news copy (STA wire style: "je dejal", "je
povedala", "je poudaril", "je dodala", "je opozoril", "je pojasnila", "je ocenil"; the
papers' "pravi", "meni", "trdi") with the cognition verbs that ANNOTATION.md counts as
cues and the verbs of manner ("je vzkliknil", "se je pošalil").  Every form is spelled
out, one lemma a line: infinitive, present third person singular and plural, and the
l-participle of the perfect in every gender and number ("dejal", "dejala", "dejalo",
"dejali", "dejale").  The perfect's auxiliary ("je", "so", "sta") stands before the
participle ("»Q,« je dejal X") or, at a clause's start, after it ("Dodala je, da C"): it
is one of :attr:`Lexicon.auxiliaries`, and a participle with the auxiliary after it is a
cue phrase.  The subject drops where the text has named it ("Dodal je, da C").

Quotation marks follow the Slovenian orthography (Slovenski pravopis, SAZU 2001): „ “ and
» « outside (the press prints » « most), ‚ ‘ and › ‹ inside; the comma of a quotation
before its cue goes inside the marks ("»Q,« je dejal").  Dates print the day as an
ordinal and the month in the genitive ("12. marca").  Background markers are the wire's
("Spomnimo", "Kot smo že poročali", "Lani").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
reči reče rečejo rekel rekla reklo rekli rekle
dejati dejal dejala dejalo dejali dejale
povedati pove povejo povedal povedala povedalo povedali povedale
praviti pravi pravijo pravil pravila pravilo pravili pravile
izjaviti izjavi izjavijo izjavil izjavila izjavilo izjavili izjavile
izjavljati izjavlja izjavljajo
poudariti poudari poudarijo poudaril poudarila poudarilo poudarili poudarile
poudarjati poudarja poudarjajo poudarjal poudarjala poudarjali
dodati doda dodajo dodal dodala dodalo dodali dodale
dodajati dodaja dodajajo
opozoriti opozori opozorijo opozoril opozorila opozorilo opozorili opozorile
opozarjati opozarja opozarjajo opozarjal opozarjala opozarjali
pojasniti pojasni pojasnijo pojasnil pojasnila pojasnilo pojasnili pojasnile
pojasnjevati pojasnjuje pojasnjujejo
oceniti oceni ocenijo ocenil ocenila ocenilo ocenili ocenile
ocenjevati ocenjuje ocenjujejo
zatrditi zatrdi zatrdijo zatrdil zatrdila zatrdilo zatrdili zatrdile
zatrjevati zatrjuje zatrjujejo
trditi trdi trdijo trdil trdila trdili trdile
sporočiti sporoči sporočijo sporočil sporočila sporočilo sporočili sporočile
sporočati sporoča sporočajo
napovedati napove napovejo napovedal napovedala napovedalo napovedali napovedale
napovedovati napoveduje napovedujejo
potrditi potrdi potrdijo potrdil potrdila potrdilo potrdili potrdile
zanikati zanika zanikajo zanikal zanikala zanikali zanikale
vprašati vpraša vprašajo vprašal vprašala vprašali vprašale
spraševati sprašuje sprašujejo spraševal spraševala spraševali
odgovoriti odgovori odgovorijo odgovoril odgovorila odgovorilo odgovorili odgovorile
odgovarjati odgovarja odgovarjajo
priznati prizna priznajo priznal priznala priznalo priznali priznale
navesti navede navedejo navedel navedla navedlo navedli navedle
navajati navaja navajajo navajal navajala navajali
zapisati zapiše zapišejo zapisal zapisala zapisalo zapisali zapisale
pisati piše pišejo pisal pisala pisali
pozvati pozove pozovejo pozval pozvala pozvalo pozvali pozvale
pozivati poziva pozivajo pozival pozivala pozivali
zahtevati zahteva zahtevajo zahteval zahtevala zahtevali zahtevale
predlagati predlaga predlagajo predlagal predlagala predlagali
obljubiti obljubi obljubijo obljubil obljubila obljubili obljubile
obljubljati obljublja obljubljajo
zagotoviti zagotovi zagotovijo zagotovil zagotovila zagotovilo zagotovili zagotovile
zagotavljati zagotavlja zagotavljajo zagotavljal zagotavljala zagotavljali
izpostaviti izpostavi izpostavijo izpostavil izpostavila izpostavili izpostavile
ugotoviti ugotovi ugotovijo ugotovil ugotovila ugotovili ugotovile
ugotavljati ugotavlja ugotavljajo
kritizirati kritizira kritizirajo kritiziral kritizirala kritizirali
komentirati komentira komentirajo komentiral komentirala komentirali
obtožiti obtoži obtožijo obtožil obtožila obtožili
razložiti razloži razložijo razložil razložila razložili
obvestiti obvesti obvestijo obvestil obvestila obvestilo obvestili
razkriti razkrije razkrijejo razkril razkrila razkrili
spomniti spomni spomnijo spomnil spomnila spomnili
vzklikniti vzklikne vzkliknejo vzkliknil vzkliknila vzkliknili
zavpiti zavpije zavpil zavpila zavpili
zašepetati zašepeta zašepetal zašepetala
potožiti potoži potožil potožila potožili
pošaliti pošali pošalil pošalila
pohvaliti pohvali pohvalil pohvalila pohvalili
pritožiti pritoži pritožil pritožila pritožili
nadaljevati nadaljuje nadaljeval nadaljevala
sklenil sklenila
"""

_COGNITION_VERBS = """
meniti meni menijo menil menila menilo menili menile
misliti misli mislijo mislil mislila mislili
verjeti verjame verjamejo verjel verjela verjeli
pričakovati pričakuje pričakujejo pričakoval pričakovala pričakovali
upati upa upajo upal upala upali
prepričan prepričana prepričani
"""

_OBJECT_VERBS = """
pozval pozvala pozvali poziva pozivajo zagotovil zagotovila zagotovili opozoril opozorila
opozorili obvestil obvestila obvestili vprašal vprašala vprašali obljubil obljubila
"""

_CONTROL_VERBS = """
pozvati pozval pozvala pozvali pozvale poziva pozivajo pozival pozivala
zahtevati zahteva zahtevajo zahteval zahtevala zahtevali
predlagati predlaga predlagajo predlagal predlagala predlagali
obljubiti obljubi obljubil obljubila obljubili
"""


def _perfect_cues(verbs: str) -> tuple[str, ...]:
    """The perfect of the participles among ``verbs`` with its auxiliary after them
    (``Dodala je, da C``, ``Sporočili so``): one cue, so that the auxiliary is no part of
    the speaker after it."""
    return tuple(
        f"{participle} {auxiliary}"
        for participle in verbs.split()
        if participle.endswith(("l", "la", "lo", "li", "le"))
        for auxiliary in ("je", "so", "sta")
    )


def _from_body_cues(verbs: str) -> tuple[str, ...]:
    """The plural participles among ``verbs`` with the preposition "z" or "iz" (from)
    after them (``C, so sporočili z ministrstva``, ``Iz podjetja so pojasnili, da C``):
    the body after the preposition speaks, as STA writes of an institution."""
    return tuple(
        f"{participle} {preposition}"
        for participle in verbs.split()
        if participle.endswith(("li", "le"))
        for preposition in ("z", "iz")
    )


_ROLE_NOUNS = """
minister ministra ministru ministrom ministrica ministrice ministrici ministri ministrov
premier premierja premierju premierka predsednik predsednika predsedniku predsednica
predsednice podpredsednik podpredsednika podpredsednica župan župana županu županja
županje podžupan podžupana podžupanja direktor direktorja direktorju direktorica
direktorice generalni guverner guvernerja guvernerka guvernerke predstavnik
predstavnika predstavnica predstavnice predstavniki govornik govornika govornica
govornice poslanec poslanca poslanka poslanke poslanci vodja vodje sekretar sekretarja
sekretarka veleposlanik veleposlanika veleposlanica strokovnjak strokovnjaka
strokovnjakinja strokovnjaki strokovnjakov analitik analitika analitičarka analitiki
ekonomist ekonomista ekonomistka profesor profesorja profesorica profesorice sodnik
sodnika sodnica sodnice tožilec tožilca tožilka odvetnik odvetnika odvetnica odvetnice
zdravnik zdravnika zdravnica policist policisti general generala poveljnik poveljnika
svetovalec svetovalca svetovalka lastnik lastnika lastnica lastnice šef šefa šefica
član člana članica koordinator koordinatorka vir viri prebivalec prebivalci delavec
delavci predsednica predsednik komisar komisarka kancler kanclerka
"""

_THING_NOUNS = """
vlada vlade vladi ministrstvo ministrstva ministrstvu občina občine občini policija
policije policijska uprava uprave agencija agencije stranka stranke sindikat sindikata
bolnišnica bolnišnice komisija komisije svet sveta sodišče sodišča banka banke urad
urada inštitut inštituta sklad sklada zbor zbora podjetje podjetja družba družbe
poročilo poročila raziskava raziskave analiza analize
"""

LEXICON = Lexicon(
    code="sl",
    name="Slovenian",
    quote_pairs=(
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"vprašal", "vprašala", "vprašali", "vpraša", "sprašuje"}),
    cue_phrases=(
        *_perfect_cues(_SPEECH_VERBS + _COGNITION_VERBS),
        *_from_body_cues(_SPEECH_VERBS),
        "se je pošalil",
        "se je pošalila",
        "se je pohvalil",
        "se je pohvalila",
        "se je pritožil",
        "se je pritožila",
        "se je strinjal",
        "se je strinjala",
        "se je spraševal",
        "se je spraševala",
        "je za sta povedal",
        "je za sta povedala",
        "je za sta dejal",
        "je za sta dejala",
    ),
    naming_cues=("označil", "označila", "označili", "opisal", "opisala", "imenoval", "imenovala"),
    source_phrases=(
        "po besedah",
        "po njegovih besedah",
        "po njenih besedah",
        "po njihovih besedah",
        "po mnenju",
        "po njegovem mnenju",
        "po njenem mnenju",
        "po navedbah",
        "po podatkih",
        "po oceni",
        "po ocenah",
        "po informacijah",
        "kot je dejal",
        "kot je dejala",
        "kot je povedal",
        "kot je povedala",
        "kot je poudaril",
        "kot je poudarila",
        "kot je pojasnil",
        "kot je pojasnila",
        "kot pravi",
        "kot pravijo",
        "kot navaja",
        "kot navajajo",
        "kot trdi",
        "kot trdijo",
        "kot so navedli",
        "kot so sporočili",
        "kot so pojasnili",
    ),
    pronouns=frozenset({"on", "ona", "ono", "oni", "one", "jaz", "mi", "vi", "ti"}),
    person_pronouns=frozenset({"on", "ona"}),
    object_pronouns=frozenset(
        {"mu", "ji", "jim", "nam", "vam", "ga", "jo", "jih", "nas", "njemu", "njej", "njim"}
    ),
    audience_nouns=frozenset({"novinarjem", "medijem", "novinarju", "agenciji", "televiziji"}),
    relative_pronouns=frozenset({"ki", "kateri", "katera", "katero", "kar"}),
    possessive_determiners=frozenset(
        {"njegovih", "njenih", "njihovih", "njegovem", "njenem", "njihovem"}
    ),
    noun_like_cues=frozenset({"pravi", "zahteva", "upa", "poziva", "piše", "meni"}),
    feminine_words=frozenset(
        {
            "ona",
            "njenih",
            "njenem",
            "gospa",
            "ministrica",
            "predsednica",
            "županja",
            "podžupanja",
            "direktorica",
            "guvernerka",
            "predstavnica",
            "govornica",
            "poslanka",
            "sodnica",
            "odvetnica",
            "profesorica",
            "lastnica",
            "veleposlanica",
        }
    ),
    masculine_words=frozenset(
        {"on", "njegovih", "njegovem", "gospod", "minister", "predsednik", "župan", "direktor"}
    ),
    feminine_name_endings=("a",),
    feminine_surname_endings=("ova", "eva"),
    first_person=frozenset(
        {"jaz", "mi", "moj", "moja", "moje", "naš", "naša", "naše", "nam", "nas", "smo", "sem"}
    ),
    determiners=frozenset(
        {
            "ta",
            "to",
            "te",
            "ti",
            "tisti",
            "tista",
            "tisto",
            "en",
            "ena",
            "eno",
            "nekateri",
            "nekatere",
            "vsi",
            "vse",
            "vsak",
            "vsaka",
            "drugi",
            "druga",
            "njegov",
            "njegova",
            "njen",
            "njena",
            "njihov",
            "njihova",
            "dva",
            "dve",
            "trije",
            "mnogi",
        }
    ),
    auxiliaries=frozenset(
        {
            "je",
            "so",
            "sta",
            "bo",
            "bodo",
            "bosta",
            "bi",
            "sem",
            "smo",
            "ste",
            "se",
            "ni",
            "niso",
            "tudi",
            "še",
            "že",
            "ponovno",
            "znova",
            "danes",
            "včeraj",
            "takrat",
            "zdaj",
            "sedaj",
            "le",
            "samo",
            "namreč",
            "jasno",
            "javno",
            "odločno",
            "uradno",
            "dodatno",
            "kasneje",
            "pozneje",
            "prej",
            "ne",
            "mu",
            "ji",
            "jim",
            "ga",
            "jo",
            "jih",
        }
    ),
    passive_auxiliaries=frozenset({"bil", "bila", "bilo", "bili", "bile"}),
    complementizers=frozenset({"da", "naj"}),
    conjunctions=frozenset(
        {"in", "pa", "ter", "ali", "vendar", "a", "toda", "ker", "če", "čeprav", "ko"}
    ),
    list_conjunctions=frozenset({"in", "ali", "ter"}),
    clause_openers=frozenset(
        {
            "kaj",
            "kdo",
            "kje",
            "kdaj",
            "kako",
            "zakaj",
            "ali",
            "koliko",
            "ki",
            "kateri",
            "katera",
            "da",
            "naj",
            "če",
        }
    ),
    question_words=frozenset({"kaj", "kdo", "kje", "kdaj", "kako", "zakaj", "ali"}),
    as_words=frozenset({"kot", "kakor"}),
    content_stops=frozenset({"čeprav", "medtem ko", "poroča", "poročajo", "piše", "pišejo"}),
    pro_drop=True,
    # the endings of a man's full name in the genitive ("Po besedah Janeza Novaka"; a
    # woman's surname does not decline)
    genitive_name_endings=(("a", "a"),),
    comma_free_sources=True,
    bare_noun_subjects=True,
    complement_comma=True,
    zero_complementizer=False,
    verbal_cues=True,
    sentence_adverbs=frozenset({"zdaj", "sedaj", "vendar", "morda", "pravzaprav"}),
    phrase_prepositions=frozenset({"za", "iz", "z", "s"}),
    channel_prepositions=frozenset({"za"}),
    reference_phrases=("sklicujoč se na", "ob sklicevanju na"),
    prepositions=frozenset(
        {
            "v",
            "na",
            "za",
            "z",
            "s",
            "iz",
            "od",
            "do",
            "po",
            "pri",
            "pred",
            "med",
            "nad",
            "pod",
            "brez",
            "okoli",
            "proti",
            "zaradi",
            "skozi",
            "čez",
            "k",
            "h",
            "o",
            "ob",
            "glede",
        }
    ),
    # how it was said, a noun in the instrumental after "z" ("so povedali z nasmehom"):
    # no body the words come from ("so sporočili z ministrstva", the genitive)
    manner_adverbs=frozenset(
        {"nasmehom", "obžalovanjem", "zadovoljstvom", "veseljem", "ponosom", "poudarkom"}
        | {"olajšanjem", "ogorčenjem", "navdušenjem", "zaskrbljenostjo", "grenkobo", "jezo"}
    ),
    time_words=frozenset(
        {
            "ponedeljek",
            "torek",
            "sredo",
            "četrtek",
            "petek",
            "soboto",
            "nedeljo",
            "danes",
            "včeraj",
            "jutri",
            "sinoči",
            "zjutraj",
            "zvečer",
            "že",
            "znova",
            "prej",
            "kasneje",
            "pozneje",
            "tudi",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_equivalents=(
        ("minister", "ministra", "ministrica", "ministrice"),
        ("premier", "premierja", "predsednik vlade", "predsednica vlade"),
        ("predsednik", "predsednika", "predsednica", "predsednice"),
        ("župan", "župana", "županja", "županje"),
        ("direktor", "direktorja", "direktorica", "direktorice"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset(
        {
            "dr",
            "prof",
            "mag",
            "minister",
            "ministrica",
            "premier",
            "predsednik",
            "predsednica",
            "župan",
            "županja",
            "poslanec",
            "poslanka",
            "direktor",
            "direktorica",
            "guverner",
            "guvernerka",
        }
    ),
    media_words=frozenset(
        {
            "sta",
            "rtv",
            "rtv slovenija",
            "pop tv",
            "delo",
            "dela",
            "dnevnik",
            "dnevnika",
            "večer",
            "mladina",
            "24ur",
            "n1",
            "siol",
            "reporter",
            "žurnal24",
            "tv slovenija",
            "radio slovenija",
            "val 202",
            "časnik",
            "časnika",
            "časopis",
            "časopisa",
            "agencija",
            "agencije",
            "agenciji",
            "televizija",
            "televizije",
            "radio",
            "portal",
            "portala",
            "tednik",
            "tednika",
            "hina",
            "apa",
            "ansa",
            "tanjug",
            "deutsche welle",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"agencija", "agencije", "agenciji"}),
    generic_media=frozenset({"mediji", "medijev", "medijem"}),
    platform_words=frozenset({"facebook", "facebooku", "instagramu", "omrežju", "omrežjih"})
    | PLATFORMS,
    credit_cues=frozenset({"poroča", "piše", "kot poroča", "kot piše", "navaja"}),
    attribution_cues=(
        "sklicujoč se na",
        "kot poroča",
        "kot poročajo",
        "kot piše",
        "po poročanju",
        "poroča",
        "poročajo",
        "piše",
        "pišejo",
        "navaja",
    ),
    attribution_verbs=("poroča", "poročajo", "piše", "pišejo", "navaja", "je poročal"),
    anaphoric_cues=(
        "to je povedal",
        "to je povedala",
        "to je dejal",
        "to je dejala",
        "to je izjavil",
        "to je izjavila",
        "to je sporočil",
        "to je sporočila",
        "to so sporočili",
        "to so povedali",
        "to je napovedal",
        "to je napovedala",
        "to je potrdil",
        "to je potrdila",
        "to so potrdili",
        "tako je dejal",
        "tako je dejala",
        "tako je povedal",
        "tako je povedala",
        "o tem je poročal",
        "o tem je poročala",
    ),
    anaphors=("to", "tako", "o tem"),
    byline_words=("Avtor", "Piše"),
    background_markers=("spomnimo", "ozadje", "kontekst"),
    background_openers=(
        "spomnimo,",
        "spomnimo, da",
        "naj spomnimo",
        "kot smo že poročali",
        "kot smo poročali",
        "že prej",
        "pred tem",
        "lani",
        "lansko leto",
        "lansko zimo",
        "lansko poletje",
        "prejšnji teden",
        "prejšnji mesec",
        "prejšnje leto",
        "v preteklosti",
        "že januarja",
        "že februarja",
        "že marca",
        "že aprila",
        "že maja",
        "že junija",
        "že julija",
        "že avgusta",
        "že septembra",
        "že oktobra",
        "že novembra",
        "že decembra",
    ),
    section_markers=("video", "foto", "preberite še", "več o tem"),
    month_names=(
        ("januarja", "januar"),
        ("februarja", "februar"),
        ("marca", "marec"),
        ("aprila", "april"),
        ("maja", "maj"),
        ("junija", "junij"),
        ("julija", "julij"),
        ("avgusta", "avgust"),
        ("septembra", "september"),
        ("oktobra", "oktober"),
        ("novembra", "november"),
        ("decembra", "december"),
    ),
    interviewer_labels=frozenset({"vprašanje"}),
    answer_labels=frozenset({"odgovor"}),
    boilerplate=("foto:", "vir:", "video:", "preberite še", "preberite tudi"),
    abbreviations=frozenset(
        {
            "g",
            "ga",
            "dr",
            "prof",
            "mag",
            "npr",
            "itd",
            "oz",
            "t.i",
            "tj",
            "št",
            "ur",
            "mio",
            "mrd",
            "min",
            "sv",
            "ul",
            "d.o.o",
            "d.d",
        }
    ),
    # frequent words that Croatian, Serbian, Czech and Slovak spell otherwise ("tudi" hr
    # "također", "kot" hr "kao", "zaradi" hr "zbog", "lahko" hr "može"), none that another
    # lexicon lists
    stopwords=frozenset(
        {
            "tudi",
            "bo",
            "bodo",
            "bosta",
            "še",
            "kot",
            "lahko",
            "zaradi",
            "dejal",
            "dejala",
            "danes",
            "včeraj",
            "ker",
            "kar",
            "vendar",
            "bil",
            "niso",
            "vsi",
            "zdaj",
            "sedaj",
            "če",
            "čeprav",
            "odstotka",
            "odstotkov",
            "evrov",
            "naj",
            "tega",
            "temu",
            "teh",
            "poudaril",
            "poudarila",
            "opozoril",
            "opozorila",
            "sporočil",
            "sporočili",
            "izjavil",
            "kjer",
            "kateri",
            "katere",
            "zelo",
            "nekaj",
            "morajo",
            "jih",
            "skupaj",
            "slovenija",
            "slovenije",
            "ljubljani",
        }
    ),
)
