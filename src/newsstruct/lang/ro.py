"""Romanian lexicon.

Cue verbs are the verbs of saying of Romanian news copy (Agerpres wire style: "a
declarat", "a precizat", "a subliniat", "a arătat", "a adăugat", "a transmis"; the
papers' "spune", "susține", "consideră") with the cognition verbs that ANNOTATION.md
counts as cues.  Every form is spelled out, one lemma a line: infinitive (without its
particle "a"), past participle (the compound perfect "a declarat", "au spus" is the
auxiliary and the participle), present third person singular and plural, imperfect.
The auxiliary and its joined clitics ("ne-a declarat", "i-a spus") stand before the
participle like any auxiliary.

Quotation marks follow the Dicționarul ortografic, ortoepic și morfologic al limbii
române (DOOM², 2005): „ ” outside, « » inside; straight marks occur in web copy.
Months are lower case and Agerpres cuts them to three letters in datelines ("3 mar").
Nouns carry their article at their end ("ministrul", "ministrului"), so a noun without a
word before it may be a subject.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
declara declarat declară
spune spus spun spunea
afirma afirmat afirmă
preciza precizat precizează
sublinia subliniat subliniază
arăta arătat arată
adăuga adăugat adaugă
anunța anunțat anunță
explica explicat explică
menționa menționat menționează
transmite transmis transmit transmitea
susține susținut susțin susținea
aprecia apreciat apreciază
considera considerat consideră
avertiza avertizat avertizează
reaminti reamintit reamintește reamintesc reamintea
nega negat neagă
recunoaște recunoscut recunosc recunoștea
confirma confirmat confirmă
scrie scris scriu scria
întreba întrebat întreabă
răspunde răspuns răspund răspundea
comunica comunicat comunică
informa informat informează
insista insistat insistă
estima estimat estimează
admite admis admit admitea
promite promis promit promitea
cere cerut cer cerea
solicita solicitat solicită
acuza acuzat acuză
critica criticat critică
dezvălui dezvăluit dezvăluie dezvăluia
relata relatat relatează
povesti povestit povestește povestesc povestea
mărturisi mărturisit mărturisește mărturisesc mărturisea
nota notat notează
observa observat observă
semnala semnalat semnalează
puncta punctat punctează
conchide conchis conchid conchidea
opina opinat opinează
replica replicat replică
completa completat completează
reitera reiterat reiterează
accentua accentuat accentuează
garanta garantat garantează
asigura asigurat asigură
sugera sugerat sugerează
propune propus propun propunea
îndemna îndemnat îndeamnă
amenința amenințat amenință
reclama reclamat reclamă
clarifica clarificat clarifică
detalia detaliat detaliază
indica indicat indică
"""

# gerunds after a comma, the sentence's subject theirs ("a anunțat închiderea portului,
# adăugând că C")
_GERUNDS = """
adăugând subliniind precizând spunând afirmând arătând explicând declarând menționând
avertizând insistând amintind reamintind susținând apreciind estimând acuzând cerând
"""

_COGNITION_VERBS = """
crede crezut cred credea
spera sperat speră
ști știut știe știu știa
bănui bănuit bănuiește bănuiesc bănuia
"""

# the compound perfect as written, auxiliary and participle ("a declarat", "ne-a spus"):
# one cue, also after its quotation ("„…”, a declarat X")
_AUXILIARIES = ("a", "au", "ne-a", "mi-a", "i-a", "le-a", "a mai", "au mai", "ne-a mai", "ar fi")
_PARTICIPLES = tuple(
    line.split()[1] for line in (_SPEECH_VERBS + _COGNITION_VERBS).splitlines() if line
)

_OBJECT_VERBS = """
spus spune spun declarat declară transmis transmite promis promite cerut cere
solicitat solicită asigurat asigură reamintit reamintește informat informează
comunicat comunică răspuns răspunde scris scrie
"""

_CONTROL_VERBS = """
cerut cere cer solicitat solicită îndemnat îndeamnă promis promite propus propune
amenințat amenință sugerat sugerează
"""

_ROLE_NOUNS = """
ministru ministrul ministrului miniștrii ministra ministrei premier premierul premierului
prim-ministrul prim-ministrului vicepremierul vicepremierului președinte președintele
președintelui președinta președintei vicepreședintele purtător purtătorul purtătorului
purtătoarea purtătoarei primar primarul primarului primărița deputat deputatul
deputatului deputata deputații senator senatorul senatorului senatoarea senatorii
director directorul directorului directoarea directoarei manager managerul managerului
consilier consilierul consilierului consiliera avocat avocatul avocatului avocata
procuror procurorul procurorului procurorii judecător judecătorul judecătoarea medic
medicul medicului medicii profesor profesorul profesorului profesoara analist analistul
analiștii economist economistul economiștii expert expertul experții ambasador
ambasadorul ambasadorului reprezentant reprezentantul reprezentantului reprezentanții
reprezentanților lider liderul liderului liderii șef șeful șefului șefa șefei
guvernator guvernatorul comandant comandantul comandantului general generalul prefect
prefectul prefectului polițist polițiștii polițiștilor anchetator anchetatorii
anchetatorilor oficial oficialul oficialii oficialilor sursă sursa surse sursele
secretar secretarul secretarului candidat candidatul candidata jurnalist jurnalistul
martor martorul martorii locuitor locuitorii localnicii vecinii sindicalist
sindicaliștii patron patronii angajat angajații activist activiștii purtătoare
regele regina papa patriarhul antrenor antrenorul jucător jucătorul căpitanul
"""

_THING_NOUNS = """
ministerul ministerului guvernul guvernului primăria primăriei poliția poliției parchetul
parchetului instituția instituției compania companiei agenția agenției partidul
partidului sindicatul sindicatului spitalul spitalului autoritatea autorității comisia
comisiei consiliul consiliului curtea curții tribunalul tribunalului banca băncii
inspectoratul inspectoratului direcția direcției studiul studiului raportul raportului
comunicatul comunicatului
"""

# endings of the capitalised adjectives in bodies' names ("Banca Centrală Europeană")
_BODY_ADJECTIVE_ENDINGS = "al ală ean eană ic ică ar ară iv ivă"

# endings of a body's or domain's name in the genitive with its article that a person's
# name seldom has ("Ministrul Sănătății", "Ministrul Justiției", "Primarul Capitalei"
# is of a body or a place, no holder named; not "-ei" alone: "Andrei", "Matei")
_ROLE_COMPLEMENT_ENDINGS = "ului ilor elor ții ății ării urii iei ției ței"

LEXICON = Lexicon(
    code="ro",
    name="Romanian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS + _GERUNDS).split()),
    participle_endings=("ând", "ind"),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"întrebat", "întreabă", "întreba"}),
    cue_phrases=(
        *(f"{auxiliary} {participle}" for auxiliary in _AUXILIARIES for participle in _PARTICIPLES),
        "a dat asigurări",
        "au dat asigurări",
        "dă asigurări",
        "a făcut apel",
        "au făcut apel",
        "face apel",
        "a ținut să precizeze",
        "a ținut să sublinieze",
        "a tras un semnal de alarmă",
        "a scris pe facebook",
        "a scris pe rețelele sociale",
        "a declarat pentru",
        "a spus pentru",
        "a transmis printr-un comunicat",
        "a precizat într-un comunicat",
        "a anunțat într-un comunicat",
    ),
    naming_cues=(
        "a numit",
        "a calificat",
        "a catalogat",
        "a descris",
        "a caracterizat",
        "numește",
        "califică",
        "catalogează",
        "descrie",
    ),
    source_phrases=(
        "potrivit",
        "potrivit lui",
        "conform",
        "conform lui",
        "în opinia",
        "în opinia lui",
        "în opinia sa",
        "în viziunea",
        "în viziunea lui",
        "după cum a declarat",
        "după cum a precizat",
        "după cum a spus",
        "după spusele",
        "după spusele lui",
        "în cuvintele",
        "citat de",
    ),
    pronouns=frozenset(
        {
            "el",
            "ea",
            "ei",
            "ele",
            "acesta",
            "aceasta",
            "aceștia",
            "acestea",
            "eu",
            "noi",
            "voi",
            "dânsul",
            "dânsa",
        }
    ),
    person_pronouns=frozenset({"el", "ea", "acesta", "aceasta", "dânsul", "dânsa"}),
    object_pronouns=frozenset(
        {"lui", "ei", "lor", "mie", "nouă", "vouă", "îi", "le", "i", "mi", "ne"}
    ),
    audience_nouns=frozenset(
        {"jurnaliștilor", "presei", "reporterilor", "agenției", "televiziunii"}
    ),
    relative_pronouns=frozenset({"care", "cel care", "cea care", "cei care"}),
    noun_like_cues=frozenset(
        {"cere", "notat", "declarat", "scris", "comunicat", "spus", "cer", "sperat"}
    ),
    feminine_words=frozenset(
        {
            "ea",
            "aceasta",
            "dânsa",
            "doamna",
            "ministra",
            "președinta",
            "primărița",
            "directoarea",
            "senatoarea",
            "consiliera",
            "avocata",
            "deputata",
            "purtătoarea",
            "șefa",
            "regina",
        }
    ),
    masculine_words=frozenset(
        {
            "el",
            "acesta",
            "dânsul",
            "domnul",
            "ministrul",
            "președintele",
            "primarul",
            "directorul",
            "senatorul",
            "consilierul",
            "avocatul",
            "deputatul",
            "purtătorul",
            "șeful",
            "regele",
        }
    ),
    feminine_name_endings=("a",),
    first_person=frozenset(
        {"eu", "noi", "meu", "mea", "nostru", "noastră", "mi", "ne", "am", "suntem", "sunt"}
    ),
    determiners=frozenset(
        {
            "un",
            "o",
            "unui",
            "unei",
            "niște",
            "unii",
            "unele",
            "acest",
            "această",
            "acești",
            "aceste",
            "acestui",
            "acestei",
            "acel",
            "acea",
            "acei",
            "acele",
            "fiecare",
            "orice",
            "toți",
            "toate",
            "mulți",
            "multe",
            "câțiva",
            "câteva",
            "doi",
            "două",
            "trei",
            "lui",
            "al",
            "ai",
            "ale",
            "său",
            "sa",
            "săi",
            "sale",
            "lor",
            "cel",
            "cea",
            "cei",
            "cele",
        }
    ),
    quantifiers=frozenset({"mulți", "unii", "alții", "câțiva", "toți", "majoritatea"}),
    auxiliaries=frozenset(
        {
            "a",
            "au",
            "am",
            "ai",
            "ați",
            "ar",
            "ne-a",
            "mi-a",
            "i-a",
            "le-a",
            "ți-a",
            "v-a",
            "ne-au",
            "i-au",
            "le-au",
            "mi-au",
            "s-a",
            "s-au",
            "va",
            "vor",
            "mai",
            "și",
            "deja",
            "încă",
            "apoi",
            "ulterior",
            "astăzi",
            "azi",
            "ieri",
            "aseară",
            "din",
            "nou",
            "recent",
            "atunci",
            "acum",
            "însă",
            "totuși",
            "chiar",
            "doar",
            "numai",
            "public",
            "clar",
            "explicit",
            "ferm",
            "repetat",
            "anterior",
            "oficial",
        }
    ),
    passive_auxiliaries=frozenset({"fost", "este", "sunt", "era", "erau", "va fi", "vor fi"}),
    complementizers=frozenset({"că"}),
    conjunctions=frozenset(
        {
            "și",
            "dar",
            "iar",
            "însă",
            "sau",
            "ori",
            "deoarece",
            "fiindcă",
            "deși",
            "dacă",
            "când",
            "ca",
            "întrucât",
            "căci",
        }
    ),
    list_conjunctions=frozenset({"și", "sau"}),
    clause_openers=frozenset(
        {
            "ce",
            "cine",
            "unde",
            "când",
            "cum",
            "dacă",
            "care",
            "cât",
            "câți",
            "câte",
            "că",
            "să",
            "încotro",
            "de ce",
        }
    ),
    question_words=frozenset({"ce", "cine", "unde", "când", "cum", "de ce"}),
    as_words=frozenset({"după cum", "așa cum"}),
    content_stops=frozenset({"deși", "întrucât"}),
    pro_drop=True,
    bare_noun_subjects=True,
    zero_complementizer=False,
    infinitive_markers=frozenset({"să"}),
    sentence_adverbs=frozenset({"acum", "totuși", "însă", "astfel", "poate"}),
    phrase_prepositions=frozenset({"de", "din", "al", "a", "ai", "ale", "pentru"}),
    reference_phrases=("citând", "citat de", "cu referire la"),
    prepositions=frozenset(
        {
            "în",
            "la",
            "de",
            "din",
            "pe",
            "cu",
            "pentru",
            "despre",
            "spre",
            "prin",
            "sub",
            "după",
            "până",
            "fără",
            "între",
            "către",
            "potrivit",
            "conform",
            "privind",
            "asupra",
            "împotriva",
            "contra",
            "lângă",
            "printre",
            "dintre",
            "într-un",
            "într-o",
        }
    ),
    object_adjuncts=frozenset({"la", "în", "după", "pe", "în timpul"}),
    time_words=frozenset(
        {
            "luni",
            "marți",
            "miercuri",
            "joi",
            "vineri",
            "sâmbătă",
            "duminică",
            "ieri",
            "azi",
            "astăzi",
            "mâine",
            "aseară",
            "dimineață",
            "seară",
            "recent",
            "anterior",
            "ulterior",
            "deja",
            "din nou",
            "iarăși",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "clar",
            "clară",
            "categoric",
            "categorică",
            "ferm",
            "fermă",
            "tranșant",
            "tranșantă",
            "direct",
            "directă",
            "explicit",
            "explicită",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last, with their article, in the nominative and
    # the genitive ("„Q”, a adăugat edilul", the mayor; "potrivit oficialului")
    epithets=frozenset(
        {"edilul", "oficialul", "demnitarul", "politicianul", "diplomatul", "responsabilul"}
        | {"edilului", "oficialului", "demnitarului", "politicianului", "diplomatului"}
    ),
    # the cases of one role name one office: "ministrul" after "Potrivit ministrului"
    role_equivalents=(
        ("premierul", "premierului", "prim-ministrul", "prim-ministrului", "șeful guvernului"),
        ("ministrul", "ministrului", "ministra", "ministrei", "ministru"),
        ("președintele", "președintelui", "președinta", "președintei"),
        ("primarul", "primarului", "primărița", "primăriței"),
        ("purtătorul de cuvânt", "purtătorului de cuvânt", "purtătoarea de cuvânt"),
        ("deputatul", "deputatului", "deputata", "deputatei"),
        ("senatorul", "senatorului", "senatoarea", "senatoarei"),
        ("directorul", "directorului", "directoarea", "directoarei"),
        ("managerul", "managerului"),
        ("avocatul", "avocatului", "avocata", "avocatei"),
        ("procurorul", "procurorului"),
        ("liderul", "liderului"),
        ("șeful", "șefului", "șefa", "șefei"),
        ("ambasadorul", "ambasadorului"),
        ("guvernatorul", "guvernatorului"),
        ("prefectul", "prefectului"),
        ("consilierul", "consilierului", "consiliera", "consilierei"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    role_complement_endings=tuple(_ROLE_COMPLEMENT_ENDINGS.split()),
    # the genitive of the adjectives of bodies' names: "Externe", "Naționale", "Județean"
    complement_adjective_endings=("ale", "ice", "erne", "ane", "ene", "ean", "âne"),
    titles=frozenset(
        {
            "domnul",
            "doamna",
            "dl",
            "dna",
            "dr",
            "prof",
            "ministrul",
            "premierul",
            "președintele",
            "președinta",
            "primarul",
            "deputatul",
            "deputata",
            "senatorul",
            "senatoarea",
            "generalul",
            "ambasadorul",
            "consilierul",
            "consiliera",
            "prefectul",
            "patriarhul",
            "regele",
            "regina",
            "papa",
            "managerul",
            "directorul",
            "directoarea",
        }
    ),
    media_words=frozenset(
        {
            "agerpres",
            "mediafax",
            "news.ro",
            "hotnews",
            "hotnews.ro",
            "digi24",
            "realitatea",
            "antena",
            "antena 3",
            "pro tv",
            "protv",
            "tvr",
            "adevărul",
            "libertatea",
            "gândul",
            "g4media",
            "spotmedia",
            "europa fm",
            "radio românia",
            "ziarul financiar",
            "profit.ro",
            "b1 tv",
            "observator",
            "ziarul",
            "ziar",
            "cotidianul",
            "publicația",
            "televiziunea",
            "postul",
            "agenția",
            "agenției",
            "site-ul",
            "portalul",
            "revista",
        }
    )
    | INTERNATIONAL_MEDIA,
    generic_media=frozenset({"presa", "media", "mass-media"}),
    platform_words=PLATFORMS,
    credit_cues=frozenset({"potrivit", "conform", "citat de", "citând"}),
    attribution_cues=(
        "potrivit",
        "conform",
        "citat de",
        "citând",
        "informează",
        "relatează",
        "scrie",
    ),
    attribution_verbs=(
        "informează",
        "relatează",
        "scrie",
        "anunță",
        "transmite",
        "a informat",
        "a relatat",
        "a scris",
    ),
    anaphoric_cues=(
        "anunțul a fost făcut de",
        "informația a fost confirmată de",
        "informația a fost transmisă de",
        "informația a fost făcută publică de",
        "declarația a fost făcută de",
        "declarațiile au fost făcute de",
        "precizarea a fost făcută de",
        "anunțul a fost făcut",
        "a anunțat acest lucru",
        "a declarat acest lucru",
    ),
    byline_words=("Autor",),
    background_markers=("reamintim", "context", "istoric"),
    background_openers=(
        "reamintim",
        "reamintim că",
        "amintim că",
        "precizăm că",
        "menționăm că",
        "anterior",
        "anterior,",
        "anul trecut",
        "luna trecută",
        "săptămâna trecută",
        "în urmă cu",
        "după cum am informat",
        "după cum am relatat",
        "așa cum am informat",
    ),
    section_markers=("citește și", "vezi și", "video", "foto", "update"),
    month_names=(
        ("ianuarie", "ian"),
        ("februarie", "feb"),
        ("martie", "mar"),
        ("aprilie", "apr"),
        ("mai",),
        ("iunie", "iun"),
        ("iulie", "iul"),
        ("august", "aug"),
        ("septembrie", "sep", "sept"),
        ("octombrie", "oct"),
        ("noiembrie", "noi", "nov"),
        ("decembrie", "dec"),
    ),
    interviewer_labels=frozenset({"reporter", "întrebare"}),
    answer_labels=frozenset({"răspuns"}),
    boilerplate=(
        "citește și",
        "citiți și",
        "vezi și",
        "foto:",
        "sursa foto",
        "urmărește",
        "abonează-te",
    ),
    abbreviations=frozenset(
        {
            "dl",
            "dna",
            "dr",
            "prof",
            "ing",
            "nr",
            "art",
            "alin",
            "lit",
            "str",
            "bd",
            "mil",
            "mld",
            "ian",
            "feb",
            "mar",
            "apr",
            "iun",
            "iul",
            "aug",
            "sep",
            "sept",
            "oct",
            "noi",
            "nov",
            "dec",
            "etc",
            "ș.a",
            "ș.a.m.d",
            "aprox",
            "jud",
            "mun",
            "com",
            "sec",
            "p",
        }
    ),
    # letters only Romanian writes among the lexicons: comma below, the cedilla "ţ" old
    # fonts print for "ț", and a breve (not the cedilla "ş", which Turkish writes too)
    letters=frozenset("ășțţ"),
    stopwords=frozenset(
        {
            "și",
            "că",
            "să",
            "pentru",
            "cu",
            "este",
            "sunt",
            "fost",
            "care",
            "mai",
            "din",
            "acest",
            "această",
            "sau",
            "lui",
            "ale",
            "prin",
            "către",
            "după",
            "până",
            "fără",
            "dar",
            "iar",
            "însă",
            "potrivit",
            "conform",
            "spus",
            "declarat",
            "anul",
            "astăzi",
            "foarte",
            "vor",
            "va",
            "ar",
            "nu",
            "într",
            "despre",
            "unei",
            "unui",
            "acesta",
            "aceasta",
            "sale",
            "său",
            "lor",
            "fi",
        }
    ),
)
