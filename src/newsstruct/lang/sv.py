"""Swedish lexicon.

Cue verbs are the verbs of saying of Swedish news copy (TT wire style, in the present:
"säger", "uppger", "meddelar", "berättar", "skriver", "tillägger"; in the past "sade",
"sa", "uppgav") with the cognition verbs that ANNOTATION.md counts as cues ("anser",
"menar", "tror") and the verbs of manner ("ropade", "suckar").  Every form is spelled
out, one lemma a line: infinitive, present, past, supine and past participle.  A
quotation is signed by the verb before its subject ("– Q, säger hon", "”Q”, säger Jo
Roe"); a wire report closes on its source with "Det" and the verb ("Det uppger
polisen").

Quotation marks follow Svenska skrivregler (Språkrådet 2017, § 10): ” ” (the same mark
opening and closing) and » » in print, “ ” and straight marks in web copy, ’ ’ inside;
the dash opens a quotation paragraph that its cue closes ("– Q, säger X.").  Months and
weekdays are lower case ("18 augusti", "på onsdagen").  Background openers are the
wire's ("Tidigare", "I fjol", "Förra veckan").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
säga säger sade sa sagt sagts
berätta berättar berättade berättat
uppge uppger uppgav uppgett uppgivit
meddela meddelar meddelade meddelat
skriva skriver skrev skrivit
förklara förklarar förklarade förklarat
betona betonar betonade betonat
understryka understryker underströk understrukit
påpeka påpekar påpekade påpekat
poängtera poängterar poängterade poängterat
framhålla framhåller framhöll framhållit
tillägga tillägger tillade tillagt
varna varnar varnade varnat
hävda hävdar hävdade hävdat
konstatera konstaterar konstaterade konstaterat
bekräfta bekräftar bekräftade bekräftat
förneka förnekar förnekade förnekat
dementera dementerar dementerade dementerat
fråga frågar frågade frågat
svara svarar svarade svarat
kommentera kommenterar kommenterade kommenterat
uppmana uppmanar uppmanade uppmanat
kräva kräver krävde krävt
lova lovar lovade lovat
medge medger medgav medgett medgivit
erkänna erkänner erkände erkänt
avslöja avslöjar avslöjade avslöjat
tillkännage tillkännager tillkännagav tillkännagett
vidhålla vidhåller vidhöll vidhållit
insistera insisterar insisterade insisterat
föreslå föreslår föreslog föreslagit
kritisera kritiserar kritiserade kritiserat
anklaga anklagar anklagade anklagat
försäkra försäkrar försäkrade försäkrat
informera informerar informerade informerat
upprepa upprepar upprepade upprepat
beskriva beskriver beskrev beskrivit
klargöra klargör klargjorde klargjort
ropa ropar ropade ropat
skrika skriker skrek skrikit
viska viskar viskade viskat
sucka suckar suckade suckat
skratta skrattar skrattade skrattat
utbrista utbrister utbrast
klaga klagar klagade klagat
skämta skämtar skämtade skämtat
fortsätta fortsätter fortsatte fortsatt
"""

_COGNITION_VERBS = """
anse anser ansåg ansett
mena menar menade menat
tro tror trodde trott
tycka tycker tyckte tyckt
hoppas hoppades
befara befarar befarade befarat
bedöma bedömer bedömde bedömt
räkna räknar räknade
veta vet visste vetat
"""

_OBJECT_VERBS = """
uppmana uppmanar uppmanade uppmanat försäkra försäkrar försäkrade lova lovar lovade
informera informerar informerade fråga frågar frågade varna varnar varnade
"""

_CONTROL_VERBS = """
uppmana uppmanar uppmanade uppmanat kräva kräver krävde lova lovar lovade
föreslå föreslår föreslog uppmanat
"""

_ROLE_NOUNS = """
minister ministern ministrar ministrarna statsminister statsministern vice
talesperson talespersonen presstalesperson presstalespersonen talesman talesmannen
talskvinna talskvinnan presschef presschefen chef chefen ordförande ordföranden
vd vd:n generaldirektör generaldirektören generalsekreterare generalsekreteraren
direktör direktören borgmästare borgmästaren kommunalråd kommunalrådet regionråd
regionrådet borgarråd borgarrådet oppositionsråd oppositionsrådet ledamot ledamoten
riksdagsledamot riksdagsledamoten partiledare partiledaren ledare ledaren expert
experten experter experterna forskare forskaren forskarna analytiker analytikern
ekonom ekonomen ekonomer professor professorn docent docenten åklagare åklagaren
åklagarna advokat advokaten domare domaren polis polisen poliser läkare läkaren
överläkare överläkaren sekreterare sekreteraren rådgivare rådgivaren ambassadör
ambassadören diplomat diplomaten general generalen befälhavare befälhavaren ägare
ägaren invånare invånarna källa källan källor företrädare företrädaren representant
representanten samordnare samordnaren handläggare handläggaren
"""

_THING_NOUNS = """
regeringen regering riksdagen riksdag kommunen kommun regionen region myndigheten
myndighet polisen partiet parti förbundet förbund facket sjukhuset sjukhus domstolen
tingsrätten hovrätten rätten banken bank verket institutet universitetet företaget
bolaget bolag styrelsen nämnden rapporten rapport undersökningen utredningen
"""

_ROLE_HEADS = (
    "minister",
    "ministern",
    "chef",
    "chefen",
    "talesperson",
    "talespersonen",
    "råd",
    "rådet",
    "ordförande",
    "ordföranden",
    "direktör",
    "direktören",
    "analytiker",
    "analytikern",
    "ekonom",
    "ekonomen",
    "ägare",
    "ägaren",
    "sekreterare",
    "sekreteraren",
    "forskare",
    "forskaren",
    "ledare",
    "ledaren",
    "ledamot",
    "ledamoten",
    "expert",
    "experten",
)

LEXICON = Lexicon(
    code="sv",
    name="Swedish",
    quote_pairs=(
        ("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"fråga", "frågar", "frågade", "frågat"}),
    thought_cues=frozenset({"tror", "tycker", "anser", "menar", "vet", "hoppas"}),
    name_suffix_marks=(":",),  # "SVT:s" (COLON_ENDING)
    hedge_subjects=frozenset({"jag", "vi", "du", "ni"}),
    cue_phrases=(
        "varnar för",
        "varnade för",
        "pekar på",
        "pekade på",
        "slår fast",
        "slog fast",
        "lyfter fram",
        "lyfte fram",
        "tar upp",
        "tog upp",
        "skriver i ett pressmeddelande",
        "skrev i ett pressmeddelande",
        "skriver på facebook",
        "skrev på facebook",
        "skriver på x",
        "skrev på x",
        "säger till tt",
        "sade till tt",
        "säger till journalister",
        "har sagt",
        "hade sagt",
    ),
    naming_cues=("kallar", "kallade", "kallat", "beskriver", "beskrev", "betecknar"),
    source_phrases=(
        "enligt",
        "enligt uppgifter från",
        "enligt uppgift från",
        "enligt bedömningen från",
        "med hänvisning till",
    ),
    pronouns=frozenset(
        {"han", "hon", "hen", "de", "den", "det", "jag", "vi", "ni", "du", "dem", "honom", "henne"}
    ),
    person_pronouns=frozenset({"han", "hon", "hen"}),
    object_pronouns=frozenset({"honom", "henne", "dem", "oss", "mig", "dig", "er", "henom"}),
    audience_nouns=frozenset({"journalister", "journalisterna", "reportrar", "pressen"}),
    relative_pronouns=frozenset({"som", "vilket", "vilken", "vilka"}),
    noun_like_cues=frozenset({"svar", "fråga", "krav", "lova", "tro", "mena", "vet"}),
    feminine_words=frozenset({"hon", "henne", "talskvinna", "talskvinnan", "fru"}),
    masculine_words=frozenset({"han", "honom", "talesman", "talesmannen", "herr"}),
    feminine_name_endings=("a", "ina", "ia"),
    first_person=frozenset({"jag", "vi", "min", "mitt", "mina", "vår", "vårt", "våra", "oss"}),
    determiners=frozenset(
        {
            "en",
            "ett",
            "den",
            "det",
            "de",
            "denna",
            "detta",
            "dessa",
            "flera",
            "många",
            "några",
            "alla",
            "varje",
            "andra",
            "hans",
            "hennes",
            "deras",
            "sin",
            "sitt",
            "sina",
            "två",
            "tre",
        }
    ),
    quantifiers=frozenset({"många", "flera", "några", "alla", "två", "tre"}),
    auxiliaries=frozenset(
        {
            "har",
            "hade",
            "ska",
            "skulle",
            "kommer",
            "kan",
            "kunde",
            "vill",
            "måste",
            "också",
            "även",
            "nu",
            "sedan",
            "dock",
            "igen",
            "redan",
            "tidigare",
            "senare",
            "inte",
            "aldrig",
            "alltid",
            "själv",
            "samtidigt",
            "däremot",
        }
    ),
    passive_auxiliaries=frozenset({"blev", "blir", "bli", "är", "var", "varit"}),
    complementizers=frozenset({"att"}),
    conjunctions=frozenset(
        {"och", "men", "eller", "för", "så", "utan", "medan", "eftersom", "om", "när", "trots"}
    ),
    list_conjunctions=frozenset({"och", "eller"}),
    clause_openers=frozenset(
        {
            "vad",
            "vem",
            "var",
            "när",
            "hur",
            "varför",
            "om",
            "vilken",
            "vilket",
            "vilka",
            "att",
            "som",
        }
    ),
    question_words=frozenset({"vad", "vem", "var", "när", "hur", "varför", "om"}),
    infinitive_markers=frozenset({"att"}),
    zero_complementizer=False,
    fronted_inversion=True,
    bare_noun_subjects=True,
    comma_free_sources=True,
    # "Enligt Trafikverkets presschef är C": a name's genitive and its noun are the source
    name_genitive_endings=("s",),
    impersonal_cues=frozenset(
        {"uppges", "uppgavs", "sägs", "sades", "meddelas", "meddelades", "rapporteras"}
    ),
    sentence_adverbs=frozenset({"nu", "dock", "kanske", "samtidigt", "däremot"}),
    # "uppger polisen i ett pressmeddelande": the medium after the source, no part of it
    medium_prepositions=frozenset({"i"}),
    medium_nouns=frozenset(
        {
            "pressmeddelande",
            "pressmeddelandet",
            "meddelande",
            "meddelandet",
            "uttalande",
            "uttalandet",
            "intervju",
            "intervjun",
            "inlägg",
            "inlägget",
            "brev",
            "brevet",
            "mejl",
            "mejlet",
        }
    ),
    phrase_prepositions=frozenset({"för", "vid", "i", "på"}),
    channel_prepositions=frozenset({"till"}),
    reference_phrases=("med hänvisning till",),
    prepositions=frozenset(
        {
            "i",
            "på",
            "till",
            "från",
            "med",
            "av",
            "för",
            "om",
            "vid",
            "efter",
            "före",
            "under",
            "över",
            "mellan",
            "mot",
            "utan",
            "genom",
            "hos",
            "inom",
            "utanför",
            "enligt",
            "bland",
            "kring",
            "sedan",
        }
    ),
    time_words=frozenset(
        {
            "måndag",
            "måndagen",
            "tisdag",
            "tisdagen",
            "onsdag",
            "onsdagen",
            "torsdag",
            "torsdagen",
            "fredag",
            "fredagen",
            "lördag",
            "lördagen",
            "söndag",
            "söndagen",
            "idag",
            "igår",
            "imorgon",
            # the second word of a two-word phrase of time after "i" ("sade ministern i
            # går kväll", "i måndags", "i fjol"): the preposition before one opens no
            # part of the source
            "går",
            "förrgår",
            "morgon",
            "kväll",
            "natt",
            "morse",
            "fjol",
            "helgen",
            "veckan",
            "måndags",
            "tisdags",
            "onsdags",
            "torsdags",
            "fredags",
            "lördags",
            "söndags",
            "nu",
            "tidigare",
            "senare",
            "också",
            "även",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "tydlig",
            "tydliga",
            "kategorisk",
            "kategoriska",
            "bestämd",
            "bestämda",
            "rak",
            "raka",
            "klar",
            "klara",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=_ROLE_HEADS,
    role_head_lookalikes=("säkerhetsrådet", "europarådet", "ministerrådet", "nordiska rådet"),
    role_equivalents=(
        ("statsministern", "statsminister", "regeringschefen"),
        ("talespersonen", "talesperson", "presstalespersonen", "presstalesperson"),
        ("ordföranden", "ordförande"),
        ("vd:n", "vd", "verkställande direktören"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_nouns=frozenset({"polisen", "regeringen", "kommunen", "regionen", "myndigheten"}),
    titles=frozenset({"statsminister", "minister", "professor", "dr", "vd", "herr", "fru"}),
    media_words=frozenset(
        {
            "tt",
            "svt",
            "sr",
            "sveriges radio",
            "sveriges television",
            "dagens nyheter",
            "dn",
            "svenska dagbladet",
            "svd",
            "aftonbladet",
            "expressen",
            "göteborgs-posten",
            "gp",
            "sydsvenskan",
            "tv4",
            "ekot",
            "dagens industri",
            "di",
            "nyhetsbyrån",
            "nyhetsbyrå",
            "tidningen",
            "tidning",
            "radio",
            "kanalen",
            "sajten",
            "lokalradion",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"nyhetsbyrån", "nyhetsbyrå"}),
    generic_media=frozenset({"medier", "medierna", "media"}),
    platform_words=frozenset({"facebook", "instagram", "x"}) | PLATFORMS,
    credit_cues=frozenset({"enligt", "rapporterar", "skriver", "uppger"}),
    attribution_cues=(
        "enligt",
        "rapporterar",
        "rapporterade",
        "skriver",
        "skrev",
        "med hänvisning till",
        "till",
    ),
    attribution_verbs=("rapporterar", "rapporterade", "skriver", "skrev", "uppger", "uppgav"),
    anaphoric_cues=(
        "det uppger",
        "det uppgav",
        "det säger",
        "det sade",
        "det meddelar",
        "det meddelade",
        "det bekräftar",
        "det bekräftade",
        "det skriver",
        "det skrev",
        "det berättar",
        "det berättade",
        "det framhåller",
        "det konstaterar",
        "det rapporterar",
        "det rapporterade",
        "detta uppger",
        "detta meddelar",
    ),
    byline_words=("Av",),
    background_markers=("bakgrund", "fakta", "tidigare"),
    background_openers=(
        "tidigare",
        "tidigare i år",
        "i fjol",
        "förra året",
        "förra veckan",
        "förra månaden",
        "förra vintern",
        "förra sommaren",
        "som tt tidigare rapporterat",
        "som tidigare rapporterats",
        "sedan tidigare",
    ),
    section_markers=("video", "foto", "läs mer", "läs också"),
    month_names=(
        ("januari", "jan"),
        ("februari", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augusti", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    interviewer_labels=frozenset({"fråga"}),
    answer_labels=frozenset({"svar"}),
    boilerplate=("foto:", "bild:", "läs mer:", "läs också:", "källa:"),
    abbreviations=frozenset(
        {
            "bl.a",
            "t.ex",
            "dvs",
            "s.k",
            "m.m",
            "ca",
            "kr",
            "milj",
            "mdr",
            "st",
            "nr",
            "fr.o.m",
            "t.o.m",
            "p.g.a",
            "enl",
            "jfr",
            "prof",
            "dr",
        }
    ),
    # frequent words that Danish, Norwegian and German spell otherwise ("och" da "og",
    # "inte" da "ikke", "enligt" da "ifølge"), none that another lexicon lists
    stopwords=frozenset(
        {
            "och",
            "att",
            "är",
            "inte",
            "för",
            "ett",
            "också",
            "säger",
            "enligt",
            "hon",
            "när",
            "över",
            "från",
            "ska",
            "vill",
            "sedan",
            "även",
            "dock",
            "kronor",
            "många",
            "andra",
            "samt",
            "vid",
            "hade",
            "måste",
            "detta",
            "dessa",
            "vad",
            "hur",
            "därför",
            "redan",
            "eftersom",
            "mellan",
            "sade",
            "uppger",
            "berättar",
            "blir",
            "varit",
            "finns",
            "gör",
            "får",
            "kunna",
            "där",
            "här",
            "något",
            "några",
            "inom",
        }
    ),
)
