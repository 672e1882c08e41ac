"""Danish lexicon.

Cue verbs are the verbs of saying of Danish news copy (Ritzau wire style, in the present:
"siger", "oplyser", "fortæller", "skriver", "tilføjer", "understreger"; in the past
"sagde", "oplyste", "fortalte") with the cognition verbs that ANNOTATION.md counts as cues
("mener", "vurderer", "tror") and the verbs of manner ("råbte", "sukker").  Every form is
spelled out, one lemma a line: infinitive, present, past, past participle, and the
passive in -s where news prints it.  A quotation is signed by the verb before its subject
("- Q, siger hun", "»Q«, siger Jens Holm") or by "lyder det fra X"; a wire report closes
on its source with "Det" and the verb ("Det oplyser politiet").  "Anklager" is the
prosecutor as often as "accuses", so the present of "anklage" is no cue.

Quotation marks follow Retskrivningsordbogen (Dansk Sprognævn, § 58): » « pointing in
and ” ” (the same mark opening and closing) in print, „ “ and straight marks in web copy,
› ‹ and ’ ’ inside; the dash opens a quotation paragraph that its cue closes ("- Q,
siger X.").  A comma may stand before "at" (the traditional comma) or not.  Months and
weekdays are lower case ("3. marts", "i mandags").  Background openers are the wire's
("Tidligere", "Sidste år", "Som X tidligere har beskrevet" with any name X).  Function words are
those spelt the Danish way only ("af", "efter", "nogle", "sagde"), none that Norwegian
shares.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._nordic import NORDIC_FEMININE_NAMES, NORDIC_MANNER_PREDICATES

_SPEECH_VERBS = """
sige siger sagde sagt siges
fortælle fortæller fortalte fortalt
oplyse oplyser oplyste oplyst oplyses
meddele meddeler meddelte meddelt meddeles
udtale udtaler udtalte udtalt
skrive skriver skrev skrevet
forklare forklarer forklarede forklaret
understrege understreger understregede understreget
påpege påpeger påpegede påpeget
pointere pointerer pointerede pointeret
fremhæve fremhæver fremhævede fremhævet
betone betoner betonede betonet
tilføje tilføjer tilføjede tilføjet
uddybe uddyber uddybede uddybet
advare advarer advarede advaret
hævde hævder hævdede hævdet
konstatere konstaterer konstaterede konstateret
bekræfte bekræfter bekræftede bekræftet
afkræfte afkræfter afkræftede afkræftet
benægte benægter benægtede benægtet
afvise afviser afviste afvist
nægte nægter nægtede nægtet
spørge spørger spurgte spurgt
svare svarer svarede svaret
kommentere kommenterer kommenterede kommenteret
opfordre opfordrer opfordrede opfordret
bede beder bad bedt
kræve kræver krævede krævet
love lover lovede lovet
indrømme indrømmer indrømmede indrømmet
erkende erkender erkendte erkendt
medgive medgiver medgav medgivet
afsløre afslører afslørede afsløret
annoncere annoncerer annoncerede annonceret
bebude bebuder bebudede bebudet
erklære erklærer erklærede erklæret
fastholde fastholder fastholdt
insistere insisterer insisterede insisteret
foreslå foreslår foreslog foreslået
kritisere kritiserer kritiserede kritiseret
anklagede
beklage beklager beklagede beklaget
rose roser roste rost
forsikre forsikrer forsikrede forsikret
informere informerer informerede informeret
gentage gentager gentog gentaget
beskrive beskriver beskrev beskrevet
præcisere præciserer præciserede præciseret
bemærke bemærker bemærkede bemærket
argumentere argumenterer argumenterede argumenteret
berette beretter berettede berettet
melde melder meldte meldt meldes
varsle varsler varslede varslet
true truer truede truet
indskyde indskyder indskød indskudt
slutte slutter sluttede
fortsætte fortsætter fortsatte fortsat
råbe råber råbte råbt
hviske hvisker hviskede hvisket
sukke sukker sukkede sukket
grine griner grinede grinet
le ler lo
udbryde udbryder udbrød udbrudt
klage klager klagede klaget
spøge spøger spøgte spøgt
"""

_COGNITION_VERBS = """
mene mener mente ment menes
tro tror troede troet
synes syntes
vurdere vurderer vurderede vurderet vurderes
forvente forventer forventede forventet
håbe håber håbede håbet
frygte frygter frygtede frygtet
tvivle tvivler tvivlede tvivlet
vide vidste vidst
regne regner regnede
"""

_OBJECT_VERBS = """
opfordre opfordrer opfordrede opfordret bede beder bad bedt forsikre forsikrer forsikrede
love lover lovede informere informerer informerede spørge spørger spurgte advare advarer
advarede fortælle fortæller fortalte
"""

_CONTROL_VERBS = """
opfordre opfordrer opfordrede opfordret bede beder bad bedt kræve kræver krævede
love lover lovede foreslå foreslår foreslog
"""

_ROLE_NOUNS = """
minister ministeren ministre ministrene statsminister statsministeren premierminister
premierministeren præsident præsidenten kansler kansleren
talsperson talspersonen talsmand talsmanden talskvinde talskvinden pressechef
pressechefen presseansvarlig chef chefen direktør direktøren administrerende formand
formanden forkvinde forkvinden næstformand næstformanden borgmester borgmesteren
rådmand rådmanden regionsrådsformand regionsrådsformanden folketingsmedlem
folketingsmedlemmet medlem medlemmet ordfører ordføreren partileder partilederen leder
lederen ekspert eksperten eksperter eksperterne forsker forskeren forskere forskerne
analytiker analytikeren økonom økonomen økonomer professor professoren lektor lektoren
anklager anklageren chefanklager advokat advokaten forsvarer forsvareren dommer dommeren
politi politiet betjent betjenten politibetjent vagtchef vagtchefen politiinspektør
politiinspektøren vicepolitiinspektør politikommissær læge lægen overlæge overlægen
sekretær sekretæren
rådgiver rådgiveren ambassadør ambassadøren diplomat diplomaten general generalen
ejer ejeren indbygger indbyggere beboer beboeren beboere borger borgere kilde kilden
kilder repræsentant repræsentanten koordinator koordinatoren vidne vidnet vidner
"""

_THING_NOUNS = """
regeringen regering folketinget folketing kommunen kommune regionen region myndigheden
myndighed myndighederne politiet partiet parti forbundet forbund fagforeningen
sygehuset hospitalet retten byretten landsretten højesteret banken bank styrelsen
instituttet universitetet virksomheden virksomhed selskabet selskab koncernen
bestyrelsen udvalget ministeriet rapporten rapport undersøgelsen redegørelsen
"""

_ROLE_HEADS = (
    "minister",
    "ministeren",
    "chef",
    "chefen",
    "talsperson",
    "talspersonen",
    "formand",
    "formanden",
    "direktør",
    "direktøren",
    "ordfører",
    "ordføreren",
    "borgmester",
    "borgmesteren",
    "leder",
    "lederen",
    "forsker",
    "forskeren",
    "ekspert",
    "eksperten",
    "økonom",
    "økonomen",
    "analytiker",
    "analytikeren",
    "inspektør",
    "inspektøren",
    "sekretær",
    "sekretæren",
    "rådgiver",
    "rådgiveren",
    "advokat",
    "advokaten",
    "ejer",
    "ejeren",
)

_STOPWORDS = """
af efter hvad nogle nogen noget havde siger sagde mellem ud mod uden imod bliver blevet
blive endnu måske blandt sådan oplyser fortæller vores gennem igennem fik gik fandt
tilbage mig dig lidt næste sidste selvom
"""

_DETERMINERS = """
en et den det de denne dette disse flere mange nogle alle hver hvert andre hans hendes
deres sin sit sine to tre
"""

_AUXILIARIES = """
har havde skal skulle vil ville kan kunne må måtte også nu siden dog igen allerede
tidligere senere ikke aldrig altid selv samtidig derimod desuden endvidere nemlig heller
"""

_CLAUSE_OPENERS = """
hvad hvem hvor hvornår hvordan hvorfor om hvilken hvilket hvilke at som fordi hvis
selvom
"""

_PREPOSITIONS = """
i på til fra med af for om ved efter før under over mellem mod uden gennem hos inden
udenfor ifølge blandt omkring siden
"""

_TIME_WORDS = """
mandag tirsdag onsdag torsdag fredag lørdag søndag mandags tirsdags onsdags torsdags
fredags lørdags søndags aftes morges nu tidligere senere også
går forgårs morgen aften nat weekenden
"""
# the second line: the second word of a two-word phrase of time after "i" or a weekday
# ("sagde ministeren i går", "mandag aften"): no part of the source before it

_ABBREVIATIONS = """
bl.a f.eks dvs s.k m.m ca kr mio mia nr pga if jf prof dr hhv inkl ekskl evt mv osv ang
hr
"""

LEXICON = Lexicon(
    code="da",
    name="Danish",
    quote_pairs=(
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        (
            "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
            "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        ),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    clause_cues=frozenset({"fortsætter", "fortsatte", "slutter", "sluttede", "regner"}),
    question_cues=frozenset({"spørge", "spørger", "spurgte", "spurgt"}),
    thought_cues=frozenset({"tror", "synes", "mener", "håber", "frygter"}),
    hedge_subjects=frozenset({"jeg", "vi", "du"}),
    cue_phrases=(
        "lyder det fra",
        "lød det fra",
        "slår fast",
        "slog fast",
        "peger på",
        "pegede på",
        "gør opmærksom på",
        "gjorde opmærksom på",
        "gør det klart",
        "gjorde det klart",
        "lægger vægt på",
        "lagde vægt på",
        "advarer mod",
        "advarede mod",
        "regner med",
        "regnede med",
        "skriver i en pressemeddelelse",
        "skrev i en pressemeddelelse",
        "oplyser i en pressemeddelelse",
        "oplyste i en pressemeddelelse",
        "skriver på facebook",
        "skrev på facebook",
        "skriver på x",
        "skrev på x",
        "siger til journalister",
        "har sagt",
        "havde sagt",
        "har udtalt",
    ),
    naming_cues=("kalder", "kaldte", "kaldt", "beskriver", "beskrev", "betegner", "betegnede"),
    alias_openers=("kaldet", "kendt som"),
    speech_nouns=(
        "udtalelse udtalelsen: at",
        "meddelelse meddelelsen: at",
        "påstand påstanden: om at",
        "krav kravet: om at",
        "løfte løftet: om at",
        "advarsel advarslen: om at",
        "vurdering vurderingen: af at",
    ),
    agent_prepositions=frozenset({"fra"}),
    possessive_determiners=frozenset({"hans", "hendes", "deres", "sin", "sit", "sine"}),
    source_phrases=(
        "ifølge",
        "if.",
        "ifølge oplysninger fra",
        "ifølge en opgørelse fra",
        "med henvisning til",
    ),
    pronouns=frozenset(
        {"han", "hun", "de", "den", "det", "jeg", "vi", "du", "dem", "ham", "hende"}
    ),
    person_pronouns=frozenset({"han", "hun"}),
    object_pronouns=frozenset({"ham", "hende", "dem", "os", "mig", "dig", "jer"}),
    audience_nouns=frozenset({"journalister", "journalisterne", "pressen", "medierne"}),
    relative_pronouns=frozenset({"som", "hvilket", "hvilken", "hvilke"}),
    # "der" opens a relative clause after a comma ("Jo Roe, der leder indsatsen, siger"),
    # but is a name's particle too ("Ursula von der Leyen")
    thing_relatives=frozenset({"der"}),
    indefinites=frozenset({"en", "et", "nogle", "to", "tre"}),
    noun_like_cues=frozenset(
        {"svar", "krav", "love", "tro", "mene", "klager", "roser", "klage", "le", "melde"}
    ),
    feminine_words=frozenset(
        {"hun", "hende", "talskvinde", "talskvinden", "forkvinde", "forkvinden", "fru"}
    ),
    masculine_words=frozenset({"han", "ham", "talsmand", "talsmanden", "hr"}),
    feminine_name_endings=("a", "ina", "ia", "ette", "ine", "rid"),
    feminine_names=NORDIC_FEMININE_NAMES,
    first_person=frozenset({"jeg", "vi", "min", "mit", "mine", "vores", "os", "mig"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"mange", "flere", "nogle", "alle", "to", "tre"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    passive_auxiliaries=frozenset({"blev", "bliver", "blive", "er", "var", "været"}),
    complementizers=frozenset({"at"}),
    complement_comma=True,
    conjunctions=frozenset(
        {"og", "men", "eller", "for", "så", "mens", "fordi", "da", "når", "selvom", "hvis"}
    ),
    list_conjunctions=frozenset({"og", "eller"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"hvad", "hvem", "hvor", "hvornår", "hvordan", "hvorfor", "om"}),
    infinitive_markers=frozenset({"at"}),
    zero_complementizer=False,
    fronted_inversion=True,
    bare_noun_subjects=True,
    comma_free_sources=True,
    # "Ifølge Vejdirektoratets pressechef vil C": a name's genitive and its noun are the source
    name_genitive_endings=("s",),
    impersonal_cues=frozenset(
        {"oplyses", "siges", "meddeles", "meldes", "forlyder", "vurderes", "menes"}
    ),
    sentence_adverbs=frozenset(
        {"nu", "dog", "måske", "samtidig", "derimod", "desuden", "derfor", "alligevel", "dermed"}
    ),
    # "oplyser politiet i en pressemeddelelse": the medium after the source, no part of it
    medium_prepositions=frozenset({"i"}),
    medium_nouns=frozenset(
        {
            "pressemeddelelse",
            "pressemeddelelsen",
            "meddelelse",
            "meddelelsen",
            "udtalelse",
            "udtalelsen",
            "interview",
            "interviewet",
            "opslag",
            "opslaget",
            "brev",
            "brevet",
            "mail",
            "mailen",
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
    role_head_lookalikes=("sikkerhedsrådet", "europarådet", "ministerrådet", "nordisk råd"),
    role_equivalents=(
        ("statsministeren", "statsminister", "regeringschefen"),
        ("talspersonen", "talsperson", "talsmanden", "talsmand", "talskvinden", "talskvinde"),
        ("formanden", "formand", "forkvinden", "forkvinde"),
        ("direktøren", "direktør", "administrerende direktør", "topchefen"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_nouns=frozenset(
        {"politiet", "regeringen", "kommunen", "regionen", "myndigheden", "ministeriet"}
    ),
    titles=frozenset({"statsminister", "minister", "professor", "dr", "direktør", "hr", "fru"}),
    media_words=frozenset(
        {
            "ritzau",
            "ritzaus bureau",
            "dr",
            "danmarks radio",
            "tv 2",
            "tv2",
            "politiken",
            "jyllands-posten",
            "berlingske",
            "ekstra bladet",
            "b.t.",
            "weekendavisen",
            "børsen",
            "altinget",
            "nyhedsbureauet",
            "nyhedsbureau",
            "avisen",
            "avis",
            "dagbladet",
            "radio",
            "kanalen",
            "mediet",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"nyhedsbureauet", "nyhedsbureau"}),
    generic_media=frozenset({"medier", "medierne", "medie"}),
    platform_words=frozenset({"facebook", "instagram", "x"}) | PLATFORMS,
    credit_cues=frozenset({"ifølge", "rapporterer", "skriver", "erfarer"}),
    attribution_cues=(
        "ifølge",
        "rapporterer",
        "rapporterede",
        "skriver",
        "skrev",
        "erfarer",
        "med henvisning til",
        "til",
    ),
    attribution_verbs=(
        "rapporterer",
        "rapporterede",
        "skriver",
        "skrev",
        "oplyser",
        "oplyste",
        "erfarer",
        "erfarede",
        "melder",
        "meldte",
    ),
    anaphoric_cues=(
        "det oplyser",
        "det oplyste",
        "det siger",
        "det sagde",
        "det meddeler",
        "det meddelte",
        "det bekræfter",
        "det bekræftede",
        "det skriver",
        "det skrev",
        "det fortæller",
        "det fortalte",
        "det udtaler",
        "det udtalte",
        "det melder",
        "det meldte",
        "det rapporterer",
        "det rapporterede",
        "det erfarer",
        "det vurderer",
        "det vurderede",
        "det understreger",
        "dette oplyser",
        "dette siger",
    ),
    byline_words=("Af",),
    background_markers=("baggrund", "fakta", "kort om"),
    background_openers=(
        "tidligere",
        "tidligere i år",
        "tidligere på året",
        "sidste år",
        "sidste uge",
        "i sidste uge",
        "sidste måned",
        "i sidste måned",
        "i fjor",
        "sidste vinter",
        "sidste sommer",
        "som tidligere omtalt",
        "som tidligere beskrevet",
    ),
    background_reports=(("som", "tidligere har beskrevet"), ("som", "tidligere har skrevet")),
    section_markers=("video", "foto", "læs mere", "læs også"),
    month_names=(
        ("januar", "jan"),
        ("februar", "feb"),
        ("marts", "mar"),
        ("april", "apr"),
        ("maj",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    interviewer_labels=frozenset({"spørgsmål"}),
    answer_labels=frozenset({"svar"}),
    boilerplate=("foto:", "billede:", "læs mere:", "læs også:", "kilde:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words that Norwegian and Swedish spell otherwise ("af", no and sv "av";
    # "efter", no "etter"; "mellem", no "mellom", sv "mellan"), none that another lexicon
    # lists: Norwegian shares "og", "ikke", "også", which so vote for neither
    stopwords=frozenset(_STOPWORDS.split()),
    # langdetect takes many a short Danish line for Norwegian ("Anna Berg siger, at C")
    close_languages=frozenset({"no"}),
)
