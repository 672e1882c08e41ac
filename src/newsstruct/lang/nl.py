"""Dutch lexicon.

Cue verbs are the verbs of saying of Dutch news copy (ANP wire style: "zei", "zegt",
"meldt", "laat weten", "aldus"; the newspapers' "vertelt", "benadrukt", "stelt") and
the verba dicendi of the Algemene Nederlandse Spraakkunst (ANS § 10.3, "indirecte
rede"), with the cognition verbs that ANNOTATION.md counts as cues.  Every form is
spelled out, one lemma a line: infinitive (also the plural), first and third person
singular present, past singular and plural, past participle.

Separable verbs ("kondigde … aan", "maakte … bekend", "deelde … mee") are cue phrases
where the particle follows the finite verb and separable cues where it closes the
clause, before a comma or the complementizer "dat".  "aldus" after a quotation
("…, aldus de minister") signs it like a verb of saying.

Quotation marks follow the Woordenlijst Nederlandse Taal (het Groene Boekje, leidraad
§ 14): “ ” or „ ” and straight double marks in wire and web copy, and the single ‘ ’
that many newspapers set instead.  Months and weekdays are lower case ("3 maart").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
zeggen zeg zegt zei zeiden gezegd
verklaren verklaar verklaart verklaarde verklaarden verklaard
stellen stel stelt stelde stelden gesteld
melden meld meldt meldde meldden gemeld
benadrukken benadruk benadrukt benadrukte benadrukten
onderstrepen onderstreep onderstreept onderstreepte onderstreepten
beklemtonen beklemtoon beklemtoont beklemtoonde beklemtoonden
vertellen vertel vertelt vertelde vertelden verteld
schrijven schrijf schrijft schreef schreven geschreven
antwoorden antwoord antwoordt antwoordde antwoordden geantwoord
vragen vraag vraagt vroeg vroegen gevraagd
waarschuwen waarschuw waarschuwt waarschuwde waarschuwden gewaarschuwd
erkennen erken erkent erkende erkenden erkend
ontkennen ontken ontkent ontkende ontkenden ontkend
beloven beloof belooft beloofde beloofden beloofd
bevestigen bevestig bevestigt bevestigde bevestigden bevestigd
beweren beweer beweert beweerde beweerden beweerd
betogen betoog betoogt betoogde betoogden betoogd
opmerken opgemerkt
toevoegen toegevoegd
mededelen meegedeeld medegedeeld
aankondigen aangekondigd
bekendmaken bekendgemaakt
uitleggen uitgelegd
toelichten toegelicht
aangeven aangegeven
toegeven toegegeven
vaststellen vastgesteld
oproepen opgeroepen
verzekeren verzeker verzekert verzekerde verzekerden verzekerd
herhalen herhaal herhaalt herhaalde herhaalden herhaald
onthullen onthul onthult onthulde onthulden onthuld
vermelden vermeld vermeldt vermeldde vermeldden
berichten bericht berichtte berichtten
rapporteren rapporteer rapporteert rapporteerde rapporteerden gerapporteerd
klagen klaag klaagt klaagde klaagden geklaagd
dreigen dreig dreigt dreigde dreigden gedreigd
eisen eis eist eiste eisten geëist
pleiten pleit pleitte pleitten gepleit
concluderen concludeer concludeert concludeerde concludeerden geconcludeerd
suggereren suggereer suggereert suggereerde suggereerden gesuggereerd
reageren reageer reageert reageerde reageerden gereageerd
roepen roep roept riep riepen geroepen
bekritiseren bekritiseer bekritiseert bekritiseerde bekritiseerden bekritiseerd
verwijten verwijt verweet verweten
beschuldigen beschuldig beschuldigt beschuldigde beschuldigden beschuldigd
adviseren adviseer adviseert adviseerde adviseerden geadviseerd
verzoeken verzoek verzoekt verzocht verzochten
voorspellen voorspel voorspelt voorspelde voorspelden voorspeld
preciseren preciseer preciseert preciseerde preciseerden gepreciseerd
verduidelijken verduidelijk verduidelijkt verduidelijkte verduidelijkten
beaamen beaam beaamt beaamde beaamden
tweeten tweet tweette tweetten getweet
twitteren twittert twitterde twitterden getwitterd
zweren zweer zweert zwoer zwoeren gezworen
aldus
"""

_COGNITION_VERBS = """
denken denk denkt dacht dachten gedacht
vinden vind vindt vond vonden
menen meen meent meende meenden gemeend
geloven geloof gelooft geloofde geloofden geloofd
hopen hoop hoopt hoopte hoopten gehoopt
verwachten verwacht verwachtte verwachtten
vrezen vrees vreest vreesde vreesden gevreesd
weten weet wist wisten geweten
beseffen besef beseft besefte beseften
schatten schat schatte schatten geschat
twijfelen twijfel twijfelt twijfelde twijfelden getwijfeld
"""

# the finite forms of separable verbs: a cue with their particle after them
_SEPARABLE = """
deelde:mee deelden:mee deelt:mee
kondigde:aan kondigden:aan kondigt:aan
maakte:bekend maakten:bekend maakt:bekend
legde:uit legden:uit legt:uit
lichtte:toe lichtten:toe licht:toe
gaf:aan gaven:aan geeft:aan
gaf:toe gaven:toe geeft:toe
stelde:vast stelden:vast stelt:vast
stelde:voor stelden:voor stelt:voor
merkte:op merkten:op merkt:op
riep:op riepen:op roept:op
voegde:toe voegden:toe voegt:toe
drong:aan drongen:aan dringt:aan
wees:op wezen:op wijst:op
liet:weten lieten:weten laat:weten
sprak:uit spraken:uit spreekt:uit
"""

_OBJECT_VERBS = """
zei zeiden zegt zeggen vertelde vertelden vertelt
vroeg vroegen vraagt verzekerde verzekerden verzekert
beloofde beloofden belooft waarschuwde waarschuwden waarschuwt
verweet verweten verwijt beschuldigde beschuldigden beschuldigt
adviseerde adviseerden adviseert verzocht verzochten verzoekt
schreef schreven schrijft antwoordde antwoordden
"""

_CONTROL_VERBS = """
vroeg vroegen vraagt gevraagd verzocht verzochten verzoekt
riep riepen roept opgeroepen adviseerde adviseerden adviseert
beloofde beloofden belooft dreigde dreigden dreigt
eiste eisten eist pleitte pleitten pleit
"""

_ROLE_NOUNS = """
minister ministers premier president presidente voorzitter voorzitters vicevoorzitter
woordvoerder woordvoerster woordvoerders burgemeester burgemeesters wethouder wethouders
gedeputeerde commissaris kamerlid kamerleden fractievoorzitter fractieleider
partijleider lijsttrekker staatssecretaris parlementariër europarlementariër
eurocommissaris schepen gemeenteraadslid raadslid gouverneur senator senatoren directeur directrice
directeuren bestuurder bestuurders topman topvrouw baas ceo oprichter eigenaar
ambassadeur diplomaat diplomaten analist analisten econoom economen deskundige
deskundigen expert experts onderzoeker onderzoekers hoogleraar professor wetenschapper
wetenschappers advocaat advocaten officier rechter rechters aanklager agent agenten
politie politiechef hoofdcommissaris arts artsen dokter verpleegkundige leraar lerares
docent directeur-generaal secretaris-generaal generaal commandant militair militairen
soldaat soldaten koning koningin prins prinses paus bisschop kardinaal trainer coach
aanvoerder speler speelster spelers keeper journalist journalisten verslaggever
correspondent redacteur hoofdredacteur columnist schrijver schrijfster auteur zanger
zangeres acteur actrice getuige getuigen inwoner inwoners bewoner bewoners omwonende
omwonenden buurtbewoner buurtbewoonster ooggetuige ooggetuigen slachtoffer
vertegenwoordiger vertegenwoordigers ondernemer ondernemers boer boeren vakbondsleider
activist activisten bron bronnen ingewijde ingewijden functionaris functionarissen
ambtenaar ambtenaren politicus politici man vrouw moeder vader zoon dochter
winkelier winkeliers winkelierster horecaondernemer marktkoopman
eigenares uitbater uitbaatster
"""

_THING_NOUNS = """
ministerie kabinet regering overheid gemeente provincie kamer parlement partij bedrijf
organisatie instantie instelling rechtbank hof raad commissie bond vakbond bank
universiteit ziekenhuis school stichting vereniging fonds agentschap dienst inspectie
rapport onderzoek verklaring brief persbericht
"""

_MONTHS = (
    ("januari", "jan"),
    ("februari", "feb"),
    ("maart", "mrt"),
    ("april", "apr"),
    ("mei",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("augustus", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("december", "dec"),
)

_WEEKDAYS = (
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "maandagochtend maandagmiddag maandagavond dinsdagochtend dinsdagmiddag dinsdagavond "
    "woensdagochtend woensdagmiddag woensdagavond donderdagochtend donderdagmiddag "
    "donderdagavond vrijdagochtend vrijdagmiddag vrijdagavond zaterdagochtend "
    "zaterdagmiddag zaterdagavond zondagochtend zondagmiddag zondagavond"
)


def _separable(pairs: str) -> tuple[str, ...]:
    return tuple(pair.replace(":", " ") for pair in pairs.split())


LEXICON = Lexicon(
    code="nl",
    name="Dutch",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ("'", "'"),
    ),
    elided_letters=frozenset("stn"),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"vroeg", "vroegen", "vraagt", "vragen", "gevraagd"}),
    cue_phrases=(
        *_separable(_SEPARABLE),
        "voegde eraan toe",
        "voegden eraan toe",
        "voegt eraan toe",
        "wees erop",
        "wezen erop",
        "wijst erop",
        "wees er op",
        "wijst er op",
        "liet weten",
        "lieten weten",
        "laat weten",
        "heeft laten weten",
        "hebben laten weten",
        "zei tegen verslaggevers",
        "zegt tegen verslaggevers",
        "zei tegen journalisten",
        "sprak van",
        "spreekt van",
        "spraken van",
        "maakte duidelijk",
        "maakt duidelijk",
        "gaf te kennen",
        "geeft te kennen",
        "schreef op x",
        "schrijft op x",
        "schreef op facebook",
        "schreef op instagram",
        "zei in een verklaring",
        "schreef in een verklaring",
        "liet in een verklaring weten",
    ),
    separable_cues=_separable(_SEPARABLE),
    verb_particles=frozenset(
        # "weten" closes "liet … weten" as a particle does ("C, liet de gemeente weten.")
        {"aan", "af", "bekend", "in", "mee", "na", "op", "toe", "uit", "vast", "voor", "weg"}
        | {"weten"}
    ),
    knowing_verbs=frozenset({"weten", "weet", "wist", "wisten", "geweten"}),
    naming_cues=(
        "noemde",
        "noemden",
        "noemt",
        "noemen",
        "genoemd",
        "beschreef",
        "beschreven",
        "beschrijft",
        "sprak van",
        "spreekt van",
        "spraken van",
        "bestempelde",
        "bestempelt",
    ),
    alias_openers=("bijgenaamd", "alias", "ook wel"),
    source_phrases=(
        "volgens",
        "volgens hem",
        "volgens haar",
        "volgens hen",
        "naar verluidt",
        "naar zeggen van",
        "naar de mening van",
        "in de woorden van",
        "aldus",
    ),
    pronouns=frozenset({"hij", "zij", "ze", "het", "ik", "wij", "we", "jij", "je", "u", "men"}),
    person_pronouns=frozenset({"hij", "zij", "ze"}),
    object_pronouns=frozenset({"hem", "haar", "hen", "hun", "mij", "me", "ons", "jou", "jullie"}),
    audience_nouns=frozenset({"verslaggevers", "journalisten", "pers"}),
    relative_pronouns=frozenset({"die", "wie"}),
    thing_relatives=frozenset({"dat", "wat"}),
    possessive_determiners=frozenset({"zijn", "haar", "hun", "mijn", "onze", "ons"}),
    indefinites=frozenset({"een", "enkele", "sommige", "twee", "drie"}),
    noun_like_cues=frozenset(
        {
            "vragen",
            "vraag",
            "eisen",
            "eis",
            "klagen",
            "melden",
            "antwoord",
            "bericht",
            "berichten",
            "schatten",
            "schat",
            "hoop",
            "aldus",
            "stellen",
            "vinden",
            "vond",
            "vonden",
            "weten",
            "roepen",
            "besef",
        }
    ),
    feminine_words=frozenset(
        {
            "zij",
            "haar",
            "mevrouw",
            "woordvoerster",
            "directrice",
            "lerares",
            "zangeres",
            "actrice",
            "schrijfster",
            "koningin",
            "prinses",
            "buurtbewoonster",
            "topvrouw",
        }
    ),
    masculine_words=frozenset(
        {"hij", "hem", "zijn", "meneer", "heer", "koning", "prins", "topman"}
    ),
    first_person=frozenset({"ik", "we", "wij", "mijn", "onze", "ons", "mij", "me"}),
    determiners=frozenset(
        {
            "de",
            "het",
            "een",
            "deze",
            "dit",
            "die",
            "dat",
            "zijn",
            "haar",
            "hun",
            "mijn",
            "onze",
            "ons",
            "geen",
            "alle",
            "elke",
            "ieder",
            "iedere",
            "enkele",
            "sommige",
            "veel",
            "vele",
            "andere",
            "beide",
            "twee",
            "drie",
        }
    ),
    quantifiers=frozenset({"velen", "sommigen", "anderen", "beiden", "enkelen", "allen"}),
    auxiliaries=frozenset(
        {
            "heeft",
            "hebben",
            "had",
            "hadden",
            "is",
            "zijn",
            "was",
            "waren",
            "wordt",
            "werd",
            "worden",
            "werden",
            "zal",
            "zullen",
            "zou",
            "zouden",
            "kan",
            "kon",
            "moet",
            "moest",
            "wil",
            "wilde",
            # the other modals' and the frequent semi-auxiliaries' finite forms, which end
            # a source phrase before them ("Volgens de minister gaan de gesprekken door")
            "kunnen",
            "konden",
            "moeten",
            "moesten",
            "willen",
            "wilden",
            "mag",
            "mogen",
            "mocht",
            "mochten",
            "gaat",
            "gaan",
            "ging",
            "gingen",
            "blijft",
            "blijven",
            "bleef",
            "bleven",
            "komt",
            "komen",
            "kwam",
            "kwamen",
            "ook",
            "al",
            "nog",
            "eerder",
            "later",
            # "C, zo meldt de gemeente": the adverb of an inverted cue after its words
            "zo",
            "toen",
            "nu",
            "vandaag",
            "gisteren",
            "opnieuw",
            "nogmaals",
            "wel",
            "niet",
            "nooit",
            "altijd",
            "zelf",
            "echter",
            "daarbij",
            "daarnaast",
            "bovendien",
            "eveneens",
            "tevens",
            "verder",
            "vervolgens",
            "uitdrukkelijk",
            "openlijk",
            "stellig",
            "duidelijk",
            "eerst",
            "inmiddels",
            "intussen",
            "onlangs",
            "vorige",
            "week",
            "er",
            "daar",
            "dan",
        }
    ),
    passive_auxiliaries=frozenset({"wordt", "werd", "werden", "worden", "geworden"}),
    complementizers=frozenset({"dat"}),
    conjunctions=frozenset(
        {
            "en",
            "maar",
            "of",
            "want",
            "dus",
            "terwijl",
            "omdat",
            "hoewel",
            "als",
            "toen",
            "nadat",
            "voordat",
            "zodat",
            "doordat",
            "tenzij",
            "mits",
        }
    ),
    list_conjunctions=frozenset({"en", "of"}),
    clause_openers=frozenset(
        {
            "wat",
            "wie",
            "waar",
            "wanneer",
            "waarom",
            "hoe",
            "hoeveel",
            "welke",
            "welk",
            "of",
            "dat",
            "die",
            "waarop",
            "waarover",
            "waarmee",
            "waarin",
            "waarvan",
            "waardoor",
        }
    ),
    question_words=frozenset({"wat", "wie", "waar", "wanneer", "waarom", "hoe", "welke"}),
    as_words=frozenset({"zoals"}),
    content_stops=frozenset({"hoewel", "terwijl", "ofschoon"}),
    clause_conjunctions=frozenset({"maar", "want"}),
    zero_complementizer=False,
    verb_second=True,
    infinitive_markers=frozenset({"te", "om"}),
    infinitive_particle="te",
    adverbial_openers=frozenset({"zonder", "door", "na"}),
    sentence_adverbs=frozenset({"nu", "misschien", "daarom", "toch", "ook", "intussen"}),
    # "„Q”, zegt de wethouder zo.": how the words were put, after the cue's subject;
    # no part of the speaker
    # "voegde de minister eraan toe": the pronominal adverbs of a cue's object
    manner_adverbs=frozenset(
        {
            "zo",
            "daarover",
            "erover",
            "erbij",
            "daarbij",
            "eraan",
            "daaraan",
            "ermee",
            "daarmee",
            "desgevraagd",
        }
    ),
    phrase_prepositions=frozenset({"van", "voor", "bij"}),
    # "laat de gemeente weten in een verklaring": the medium after the source, which may
    # follow a separable cue's particle; no part of the speaker
    medium_prepositions=frozenset({"in", "via"}),
    medium_nouns=frozenset(
        {
            "verklaring",
            "persbericht",
            "persverklaring",
            "mededeling",
            "interview",
            "vraaggesprek",
            "reactie",
            "brief",
            "e-mail",
            "bericht",
            "post",
            "toelichting",
            "podcast",
            "uitzending",
        }
    ),
    relation_words=frozenset({"namens", "van"}),
    contrast_openers=frozenset({"terwijl", "hoewel"}),
    conditional_openers=frozenset({"als", "indien", "omdat", "wanneer"}),
    reference_phrases=("onder verwijzing naar", "met een beroep op"),
    prepositions=frozenset(
        {
            "aan",
            "achter",
            "bij",
            "binnen",
            "boven",
            "buiten",
            "door",
            "in",
            "langs",
            "met",
            "na",
            "naar",
            "naast",
            "om",
            "onder",
            "op",
            "over",
            "per",
            "rond",
            "sinds",
            "tegen",
            "tijdens",
            "tot",
            "tussen",
            "uit",
            "van",
            "vanaf",
            "vanuit",
            "voor",
            "vanwege",
            "wegens",
            "zonder",
            "namens",
            "ondanks",
            "volgens",
            "erover",
            "daarover",
        }
    ),
    object_adjuncts=frozenset({"tijdens", "na", "bij", "op", "in", "tegen"}),
    time_words=frozenset(
        [
            *_WEEKDAYS.split(),
            "vandaag",
            "gisteren",
            "morgen",
            "eergisteren",
            "vanochtend",
            "vanmorgen",
            "vanmiddag",
            "vanavond",
            "vannacht",
            "gisteravond",
            "gistermiddag",
            "gisterochtend",
            "eerder",
            "later",
            "ook",
            "al",
            "opnieuw",
            "onlangs",
            "inmiddels",
            "toen",
            "nu",
        ]
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "duidelijk",
            "stellig",
            "resoluut",
            "kort",
            "kordaat",
            "onverbiddelijk",
            "categorisch",
            "helder",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=(
        "minister",
        "woordvoerder",
        "woordvoerster",
        "voorzitter",
        "directeur",
        "leider",
        "chef",
        "baas",
        "commissaris",
        "deskundige",
        "kenner",
        "lid",
        "parlementariër",
        "man",
        "vrouw",
    ),
    role_equivalents=(
        ("premier", "minister-president"),
        ("burgemeester", "burgervader"),
    ),
    epithets=frozenset({"bewindsman", "bewindsvrouw", "politicus", "topman", "topvrouw"}),
    contrast_words=frozenset({"andere", "ander", "nog een"}),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset(
        {
            "de heer",
            "mevrouw",
            "mr",
            "dr",
            "drs",
            "ir",
            "ing",
            "prof",
            "minister",
            "premier",
            "president",
            "staatssecretaris",
            "burgemeester",
            "wethouder",
            "kamerlid",
            "voorzitter",
            "koning",
            "koningin",
            "prins",
            "prinses",
            "paus",
            "generaal",
            "topman",
            "topvrouw",
            "directeur",
            "trainer",
            "bondscoach",
            "oud-minister",
            "oud-premier",
            "ex-premier",
            "oud-burgemeester",
            "onderwijsminister",
            "oppositieleider",
        }
    ),
    name_particles=frozenset(
        {
            "van",
            "van der",
            "van den",
            "van de",
            "van het",
            "de",
            "den",
            "der",
            "ter",
            "ten",
            "te",
            "het",
            "in het",
            "op de",
            "von",
            "von der",
            "da",
            "del",
            "la",
            "el",
            "al",
            "bin",
            "ibn",
        }
    ),
    media_words=frozenset(
        {
            "anp",
            "nos",
            "rtl",
            "nieuws",
            "rtl nieuws",
            "volkskrant",
            "nrc",
            "trouw",
            "telegraaf",
            "parool",
            "ad",
            "algemeen dagblad",
            "nu.nl",
            "nieuwsuur",
            "omroep",
            "krant",
            "dagblad",
            "weekblad",
            "persbureau",
            "nieuwsdienst",
            "nieuwsagentschap",
            "zender",
            "tv",
            "radio",
            "vrt",
            "de standaard",
            "het nieuwsblad",
            "belga",
            "fd",
            "financieele",
            "elsevier",
            "ewnl",
        }
    )
    | INTERNATIONAL_MEDIA,
    generic_media=frozenset({"media"}),
    platform_words=PLATFORMS,
    credit_cues=frozenset({"volgens", "meldt", "meldde", "schrijft", "schreef", "bericht"}),
    attribution_cues=(
        "volgens",
        "meldt",
        "meldde",
        "schrijft",
        "schreef",
        "bericht",
        "berichtte",
        "onder verwijzing naar",
        "zegt tegen",
        "zei tegen",
        "vertelt aan",
        "vertelde aan",
    ),
    attribution_verbs=("meldt", "meldde", "schrijft", "schreef", "bericht", "berichtte"),
    anaphoric_cues=(
        "dat meldt",
        "dat meldde",
        "dat melden",
        "dat zegt",
        "dat zei",
        "dat zeggen",
        "dat schrijft",
        "dat schreef",
        "dat schrijven",
        "dat bericht",
        "dat berichtte",
        "dat laat",
        "dat liet",
        "dat lieten",
        "dat heeft",
        "dat hebben",
        "dat maakte",
        "dat maakt",
        "dat maakten",
        "dat stelt",
        "dat stelde",
        "dat verklaarde",
        "dat vertelt",
        "dat vertelde",
        "dat bevestigt",
        "dat bevestigde",
        "dat kondigde",
        "dat deelde",
        "dit meldt",
        "dit meldde",
        "dit zegt",
        "dit zei",
    ),
    anaphors=("dat", "dit"),
    byline_words=("Door",),
    background_markers=("achtergrond", "ter herinnering", "eerder"),
    background_openers=(
        "eerder",
        "eerder,",
        "eerder dit jaar",
        "eerder deze maand",
        "eerder deze week",
        "vorige week",
        "vorige maand",
        "vorig jaar",
        "vorig jaar,",
        "afgelopen jaar",
        "in het verleden",
        "zoals eerder gemeld",
        "zoals eerder bericht",
        "zoals bekend",
        "ter herinnering",
    ),
    section_markers=(
        "lees ook",
        "meer",
        "update",
        "video",
        "foto",
        "bekijk ook",
        "reacties",
    ),
    month_names=_MONTHS,
    interviewer_labels=frozenset({"vraag", "v"}),
    answer_labels=frozenset({"antwoord", "a"}),
    boilerplate=(
        "lees ook",
        "lees ook:",
        "bekijk ook",
        "volg ons",
        "deel dit artikel",
        "foto:",
        "beeld:",
        "bron:",
        "advertentie",
        "© anp",
    ),
    abbreviations=frozenset(
        {
            "dhr",
            "mevr",
            "mr",
            "dr",
            "drs",
            "ir",
            "ing",
            "prof",
            "bijv",
            "bv",
            "o.a",
            "m.a.w",
            "d.w.z",
            "enz",
            "etc",
            "ca",
            "jl",
            "a.s",
            "nr",
            "blz",
            "mln",
            "mld",
            "mrd",
            "mrt",
            "jan",
            "feb",
            "apr",
            "aug",
            "sep",
            "sept",
            "okt",
            "nov",
            "dec",
            "st",
            "vs",
            "evt",
            "incl",
            "excl",
            "resp",
            "zgn",
            "t.a.v",
            "i.p.v",
            "m.b.t",
        }
    ),
    close_languages=frozenset({"af"}),
    # "ij" is a letter of its own; no single letter only Dutch writes
    stopwords=frozenset(
        {
            "het",
            "een",
            "van",
            "zijn",
            "niet",
            "ook",
            "naar",
            "bij",
            "wordt",
            "werd",
            "heeft",
            "hebben",
            "deze",
            "dit",
            "wat",
            "nog",
            "maar",
            "uit",
            "wel",
            "hij",
            "zij",
            "ze",
            "kan",
            "zou",
            "tegen",
            "geen",
            "volgens",
            "zei",
            "zegt",
            "meer",
            "jaar",
            "omdat",
            "tussen",
            "onder",
            "moet",
            "hun",
            "haar",
            "hem",
            "zich",
            "eerder",
            "vorige",
            "afgelopen",
            "daarna",
            "echter",
            "ongeveer",
            "tijdens",
            "nieuwe",
            "alleen",
            "gaat",
            "zullen",
            "wij",
            "onze",
            "ik",
            "dat",
            "op",
        }
    ),
)
