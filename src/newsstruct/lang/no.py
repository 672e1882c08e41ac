"""Norwegian (Bokmål) lexicon, under the code langdetect gives it, ``no``.

Cue verbs are the verbs of saying of Norwegian news copy (NTB wire style, in the
present: "sier", "opplyser", "forteller", "skriver", "understreker"; in the past "sa",
"opplyste", "fortalte") with the cognition verbs that ANNOTATION.md counts as cues
("mener", "tror", "vurderer") and the verbs of manner ("ropte", "sukker").  Every form is
spelled out, one lemma a line: infinitive, present, past (both of the weak verbs' past
forms where Bokmål allows them: "lovet", "lovte"), past participle, and the passive in -s
where news prints it.  A quotation is signed by the verb before its subject ("– Q, sier
hun", "«Q», sier Jens Holm") or by "lyder det fra X"; a wire report closes on its source
with "Det" and the verb ("Det opplyser politiet").

Quotation marks follow Språkrådet's rules: « » in print and on the web, ‘ ’ or ‹ › inside,
“ ” and straight marks in copy from elsewhere; the dash opens a quotation paragraph that
its cue closes ("– Q, sier X.").  Months and weekdays are lower case ("3. mars",
"mandag").  Background openers are the wire's ("Tidligere", "I fjor", "Som X tidligere
har meldt" with any name X).  Function words are those spelt the Norwegian way only ("av", "etter",
"noen", "hadde"), none that Danish or Swedish shares: Danish is the close language, and of
the two the one whose own words lead is the text's.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._nordic import NORDIC_FEMININE_NAMES, NORDIC_MANNER_PREDICATES

_SPEECH_VERBS = """
si sier sa sagt sies
fortelle forteller fortalte fortalt
opplyse opplyser opplyste opplyst opplyses
meddele meddeler meddelte meddelt
uttale uttaler uttalte uttalt
skrive skriver skrev skrevet
forklare forklarer forklarte forklart
understreke understreker understreket understrekte
påpeke påpeker påpekte påpekt
poengtere poengterer poengterte poengtert
fremheve fremhever fremhevet fremhevde
betone betoner betonte betont
tilføye tilføyer tilføyde tilføyd
utdype utdyper utdypet utdypte
advare advarer advarte advart
hevde hevder hevdet
konstatere konstaterer konstaterte konstatert
bekrefte bekrefter bekreftet bekreftes
avkrefte avkrefter avkreftet
benekte benekter benektet
avvise avviser avviste avvist
nekte nekter nektet
spørre spør spurte spurt
svare svarer svarte svart
kommentere kommenterer kommenterte kommentert
oppfordre oppfordrer oppfordret oppfordret
be ber ba bedt
kreve krever krevde krevd
love lover lovet lovte
innrømme innrømmer innrømmet innrømte
erkjenne erkjenner erkjente erkjent
medgi medgir medga medgitt
avsløre avslører avslørte avslørt
kunngjøre kunngjør kunngjorde kunngjort
varsle varsler varslet
erklære erklærer erklærte erklært
fastholde fastholder fastholdt
insistere insisterer insisterte insistert
foreslå foreslår foreslo foreslått
kritisere kritiserer kritiserte kritisert
anklaget
beklage beklager beklaget
rose roser roste rost
forsikre forsikrer forsikret
informere informerer informerte informert
gjenta gjentar gjentok gjentatt
beskrive beskriver beskrev beskrevet
presisere presiserer presiserte presisert
bemerke bemerker bemerket
argumentere argumenterer argumenterte argumentert
melde melder meldte meldt meldes
true truer truet
fortsette fortsetter fortsatte fortsatt
rope roper ropte ropt
hviske hvisker hvisket
sukke sukker sukket
le ler lo ledd
utbryte utbryter utbrøt
klage klager klaget
spøke spøker spøkte
"""

_COGNITION_VERBS = """
mene mener mente ment menes
tro tror trodde trodd
synes syntes
vurdere vurderer vurderte vurdert vurderes
forvente forventer forventet
håpe håper håpet
frykte frykter fryktet
tvile tviler tvilte
vite vet visste visst
regne regner regnet
"""

_OBJECT_VERBS = """
oppfordre oppfordrer oppfordret be ber ba bedt forsikre forsikrer forsikret love lover
lovet lovte informere informerer informerte spørre spør spurte advare advarer advarte
fortelle forteller fortalte
"""

_CONTROL_VERBS = """
oppfordre oppfordrer oppfordret be ber ba bedt kreve krever krevde love lover lovet
lovte foreslå foreslår foreslo
"""

_ROLE_NOUNS = """
minister ministeren statsråd statsråden statsminister statsministeren president
presidenten talsperson talspersonen talsmann talsmannen talskvinne talskvinnen pressesjef
pressesjefen sjef sjefen direktør direktøren administrerende leder lederen nestleder
nestlederen ordfører ordføreren varaordfører fylkesordfører byrådsleder byrådslederen
stortingsrepresentant stortingsrepresentanten representant representanten partileder
partilederen ekspert eksperten eksperter ekspertene forsker forskeren forskere forskerne
analytiker analytikeren økonom økonomen sjeføkonom sjeføkonomen professor professoren
advokat advokaten forsvarer forsvareren aktor aktoren statsadvokat politiadvokat dommer
dommeren politi politiet operasjonsleder operasjonslederen innsatsleder innsatslederen
lensmann lensmannen lege legen overlege overlegen sekretær sekretæren rådgiver
rådgiveren ambassadør ambassadøren diplomat diplomaten general generalen eier eieren
innbygger innbyggere beboer beboeren beboere kilde kilden kilder vitne vitnet vitner
"""

_THING_NOUNS = """
regjeringen regjering stortinget storting kommunen kommune fylket fylke politiet partiet
parti forbundet forbund fagforeningen sykehuset retten tingretten lagmannsretten
høyesterett banken bank direktoratet tilsynet instituttet universitetet selskapet
selskap konsernet styret utvalget departementet rapporten rapport undersøkelsen
"""

_ROLE_HEADS = (
    "minister",
    "ministeren",
    "sjef",
    "sjefen",
    "talsperson",
    "talspersonen",
    "leder",
    "lederen",
    "direktør",
    "direktøren",
    "ordfører",
    "ordføreren",
    "representant",
    "representanten",
    "forsker",
    "forskeren",
    "ekspert",
    "eksperten",
    "økonom",
    "økonomen",
    "analytiker",
    "analytikeren",
    "advokat",
    "advokaten",
    "rådgiver",
    "rådgiveren",
    "sekretær",
    "sekretæren",
    "eier",
    "eieren",
)

_STOPWORDS = """
av etter hva noen noe mye hadde sier mellom ut mot uten imot blitt ennå kanskje blant
slik opplyser forteller gjennom fikk gikk fant tilbake meg deg seg litt neste siste
ble enn nå
"""

_DETERMINERS = """
en et ei den det de denne dette disse flere mange noen alle hver hvert andre hans
hennes deres sin sitt sine to tre
"""

_AUXILIARIES = """
har hadde skal skulle vil ville kan kunne må måtte også nå siden dog igjen allerede
tidligere senere ikke aldri alltid selv samtidig derimot dessuten heller
"""

_CLAUSE_OPENERS = """
hva hvem hvor når hvordan hvorfor om hvilken hvilket hvilke at som fordi hvis
"""

_PREPOSITIONS = """
i på til fra med av for om ved etter før under over mellom mot uten gjennom hos innen
utenfor ifølge blant rundt siden
"""

_TIME_WORDS = """
mandag tirsdag onsdag torsdag fredag lørdag søndag nå tidligere senere også
går forgårs morgen kveld natt fjor helgen
"""
# the second line: the second word of a two-word phrase of time after "i" or a weekday
# ("sa ministeren i går", "i går kveld"): no part of the source before it

_ABBREVIATIONS = """
bl.a f.eks dvs s.k m.m ca kr mill mrd nr pga iflg jf prof dr hhv inkl ekskl evt mv osv
ang
"""

LEXICON = Lexicon(
    code="no",
    name="Norwegian",
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        (
            "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
            "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        ),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    clause_cues=frozenset({"fortsetter", "fortsatte", "regner"}),
    question_cues=frozenset({"spørre", "spør", "spurte", "spurt"}),
    thought_cues=frozenset({"tror", "synes", "mener", "håper", "frykter", "vet"}),
    hedge_subjects=frozenset({"jeg", "vi", "du", "dere"}),
    cue_phrases=(
        "legger til",
        "la til",
        "lyder det fra",
        "lød det fra",
        "slår fast",
        "slo fast",
        "peker på",
        "pekte på",
        "gjør det klart",
        "gjorde det klart",
        "advarer mot",
        "advarte mot",
        "regner med",
        "regnet med",
        "skriver i en pressemelding",
        "skrev i en pressemelding",
        "opplyser i en pressemelding",
        "opplyste i en pressemelding",
        "skriver på facebook",
        "skrev på facebook",
        "skriver på x",
        "skrev på x",
        "sier til journalister",
        "har sagt",
        "hadde sagt",
        "har uttalt",
    ),
    naming_cues=("kaller", "kalte", "kalt", "beskriver", "beskrev", "betegner", "betegnet"),
    alias_openers=("kalt", "kjent som"),
    speech_nouns=(
        "uttalelse uttalelsen: at",
        "påstand påstanden: om at",
        "krav kravet: om at",
        "løfte løftet: om at",
        "advarsel advarselen: om at",
        "vurdering vurderingen: av at",
    ),
    agent_prepositions=frozenset({"fra"}),
    possessive_determiners=frozenset({"hans", "hennes", "deres", "sin", "sitt", "sine"}),
    source_phrases=(
        "ifølge",
        "iflg.",
        "ifølge opplysninger fra",
        "ifølge en oversikt fra",
        "med henvisning til",
    ),
    pronouns=frozenset({"han", "hun", "hen", "de", "den", "det", "jeg", "vi", "du", "dere"}),
    person_pronouns=frozenset({"han", "hun", "hen"}),
    object_pronouns=frozenset({"ham", "henne", "dem", "oss", "meg", "deg", "dere", "seg"}),
    audience_nouns=frozenset({"journalister", "journalistene", "pressen", "mediene"}),
    relative_pronouns=frozenset({"som", "hvilket", "hvilken", "hvilke"}),
    indefinites=frozenset({"en", "et", "ei", "noen", "to", "tre"}),
    noun_like_cues=frozenset(
        {"svar", "krav", "love", "tro", "mene", "klager", "roser", "klage", "le"}
    ),
    feminine_words=frozenset({"hun", "henne", "talskvinne", "talskvinnen", "fru"}),
    masculine_words=frozenset({"han", "ham", "talsmann", "talsmannen", "herr"}),
    feminine_name_endings=("a", "ina", "ia", "ette", "ine", "rid", "hild"),
    feminine_names=NORDIC_FEMININE_NAMES,
    first_person=frozenset(
        {"jeg", "vi", "min", "mitt", "mine", "vår", "vårt", "våre", "oss", "meg"}
    ),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"mange", "flere", "noen", "alle", "to", "tre"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    passive_auxiliaries=frozenset({"ble", "blir", "bli", "er", "var", "vært", "blitt"}),
    complementizers=frozenset({"at"}),
    conjunctions=frozenset(
        {"og", "men", "eller", "for", "så", "mens", "fordi", "da", "når", "hvis"}
    ),
    list_conjunctions=frozenset({"og", "eller"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"hva", "hvem", "hvor", "når", "hvordan", "hvorfor", "om"}),
    infinitive_markers=frozenset({"å"}),
    zero_complementizer=False,
    fronted_inversion=True,
    bare_noun_subjects=True,
    comma_free_sources=True,
    # "Ifølge Statens vegvesen vil C": a name's genitive and its noun are the source
    name_genitive_endings=("s",),
    impersonal_cues=frozenset({"opplyses", "sies", "meldes", "bekreftes", "vurderes", "menes"}),
    sentence_adverbs=frozenset(
        {"nå", "dog", "kanskje", "samtidig", "derimot", "dessuten", "derfor", "likevel", "dermed"}
    ),
    # "opplyser politiet i en pressemelding": the medium after the source, no part of it
    medium_prepositions=frozenset({"i"}),
    medium_nouns=frozenset(
        {
            "pressemelding",
            "pressemeldingen",
            "melding",
            "meldingen",
            "uttalelse",
            "uttalelsen",
            "intervju",
            "intervjuet",
            "innlegg",
            "innlegget",
            "brev",
            "brevet",
            "epost",
            "e-post",
            "kunngjøring",
            "kunngjøringen",
        }
    ),
    phrase_prepositions=frozenset({"for", "ved", "i", "på", "fra"}),
    channel_prepositions=frozenset({"til"}),
    reference_phrases=("med henvisning til",),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=NORDIC_MANNER_PREDICATES,
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=_ROLE_HEADS,
    role_head_lookalikes=("sikkerhetsrådet", "europarådet", "ministerrådet", "nordisk råd"),
    role_equivalents=(
        ("statsministeren", "statsminister", "regjeringssjefen"),
        ("talspersonen", "talsperson", "talsmannen", "talsmann", "talskvinnen", "talskvinne"),
        ("lederen", "leder", "styrelederen"),
        ("direktøren", "direktør", "administrerende direktør", "toppsjefen"),
        ("ministeren", "minister", "statsråden", "statsråd"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_nouns=frozenset(
        {"politiet", "regjeringen", "kommunen", "fylket", "direktoratet", "departementet"}
    ),
    titles=frozenset({"statsminister", "minister", "statsråd", "professor", "dr", "herr", "fru"}),
    media_words=frozenset(
        {
            "ntb",
            "nrk",
            "tv 2",
            "tv2",
            "aftenposten",
            "vg",
            "verdens gang",
            "dagbladet",
            "dagens næringsliv",
            "dn",
            "e24",
            "bergens tidende",
            "adresseavisen",
            "nettavisen",
            "klassekampen",
            "finansavisen",
            "nyhetsbyrået",
            "nyhetsbyrå",
            "avisen",
            "avis",
            "radio",
            "kanalen",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"nyhetsbyrået", "nyhetsbyrå"}),
    generic_media=frozenset({"medier", "mediene", "media"}),
    platform_words=frozenset({"facebook", "instagram", "x"}) | PLATFORMS,
    credit_cues=frozenset({"ifølge", "melder", "skriver", "erfarer"}),
    attribution_cues=(
        "ifølge",
        "melder",
        "meldte",
        "skriver",
        "skrev",
        "erfarer",
        "med henvisning til",
        "til",
    ),
    attribution_verbs=(
        "melder",
        "meldte",
        "rapporterer",
        "rapporterte",
        "skriver",
        "skrev",
        "opplyser",
        "opplyste",
        "erfarer",
        "erfarte",
    ),
    anaphoric_cues=(
        "det opplyser",
        "det opplyste",
        "det sier",
        "det sa",
        "det meddeler",
        "det meddelte",
        "det bekrefter",
        "det bekreftet",
        "det skriver",
        "det skrev",
        "det forteller",
        "det fortalte",
        "det uttaler",
        "det uttalte",
        "det melder",
        "det meldte",
        "det rapporterer",
        "det rapporterte",
        "det erfarer",
        "det vurderer",
        "det vurderte",
        "det understreker",
        "dette opplyser",
        "dette sier",
    ),
    byline_words=("Av",),
    background_markers=("bakgrunn", "fakta"),
    background_openers=(
        "tidligere",
        "tidligere i år",
        "tidligere i høst",
        "tidligere i vår",
        "i fjor",
        "i fjor høst",
        "i fjor sommer",
        "i fjor vinter",
        "forrige uke",
        "forrige måned",
        "som tidligere omtalt",
        "som tidligere meldt",
    ),
    background_reports=(("som", "tidligere har meldt"), ("som", "tidligere har skrevet")),
    section_markers=("video", "foto", "les mer", "les også"),
    month_names=(
        ("januar", "jan"),
        ("februar", "feb"),
        ("mars", "mar"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("desember", "des"),
    ),
    interviewer_labels=frozenset({"spørsmål"}),
    answer_labels=frozenset({"svar"}),
    boilerplate=("foto:", "bilde:", "les mer:", "les også:", "kilde:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words that Danish and Swedish spell otherwise ("av", da "af"; "etter", da
    # and sv "efter"; "mellom", da "mellem", sv "mellan"), none that another lexicon lists
    stopwords=frozenset(_STOPWORDS.split()),
    close_languages=frozenset({"da"}),
)
