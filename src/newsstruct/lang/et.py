"""Estonian lexicon.

Cue verbs are the verbs of saying of Estonian news copy (ERR and BNS style: "ütles",
"sõnas", "teatas", "märkis", "lisas", "rõhutas", "kinnitas", "nentis") with the cognition
verbs that ANNOTATION.md counts as cues ("arvas", "leidis", "usub", "hindas").  Every
form is spelled out, one lemma a line: the ma-infinitive, the da-infinitive, the present
of the third person singular and plural, the past of both, the active past participle of
the perfect ("on öelnud", "on teatanud") and the impersonal where news prints it
("teatati", "öeldakse").

A quotation is signed by the verb before its subject or after it ("„Q,“ ütles Kaja
Tamm", "„Q,“ Tamm ütles"); "X sõnul C" credits X as "according to" does ("Tamme
sõnul", "Tema sõnul", "politsei teatel", "ministri hinnangul"): the source comes before
the postposition, in the genitive.  A comma always sets off the "et" clause ("ütles, et
C").  Pronouns have no gender ("ta", "tema" are he and she).

Quotation marks follow the Estonian orthography (Eesti Keele Instituut, "Eesti
õigekeelsussõnaraamat"): „ “ (low, then high) and „ ” in print and web copy, “ ” and
straight marks in copy from elsewhere, « » inside.  Months are lower case ("3. märtsil").
Background opens with "Varem", "Mullu" or "Nagu ERR varem teatas".  "õ" is no distinctive
letter: Portuguese writes it too.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import BALTIC_MEDIA, INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
ütlema öelda ütleb ütlevad ütles ütlesid öelnud öeldi öeldakse
rääkima rääkida räägib räägivad rääkis rääkisid rääkinud
sõnama sõnada sõnab sõnavad sõnas sõnasid sõnanud
teatama teatada teatab teatavad teatas teatasid teatanud teatati teatatakse
märkima märkida märgib märgivad märkis märkisid märkinud
lisama lisada lisab lisavad lisas lisasid lisanud
kinnitama kinnitada kinnitab kinnitavad kinnitas kinnitasid kinnitanud kinnitati
rõhutama rõhutada rõhutab rõhutavad rõhutas rõhutasid rõhutanud
selgitama selgitada selgitab selgitavad selgitas selgitasid selgitanud
nentima nentida nendib nendivad nentis nentisid nentinud
tõdema tõdeda tõdeb tõdevad tõdes tõdesid tõdenud
hoiatama hoiatada hoiatab hoiatavad hoiatas hoiatasid hoiatanud
väitma väita väidab väidavad väitis väitsid väitnud
kommenteerima kommenteerida kommenteerib kommenteerivad kommenteeris kommenteerinud
kirjutama kirjutada kirjutab kirjutavad kirjutas kirjutasid kirjutanud
vastama vastata vastab vastavad vastas vastasid vastanud
küsima küsida küsib küsivad küsis küsisid küsinud
lubama lubada lubab lubavad lubas lubasid lubanud
tunnistama tunnistada tunnistab tunnistavad tunnistas tunnistasid tunnistanud
eitama eitada eitab eitavad eitas eitasid eitanud
kritiseerima kritiseerida kritiseerib kritiseerivad kritiseeris kritiseerisid
nõudma nõuda nõuab nõuavad nõudis nõudsid nõudnud
paluma paluda palub paluvad palus palusid palunud
meenutama meenutada meenutab meenutavad meenutas meenutasid meenutanud
täpsustama täpsustada täpsustab täpsustavad täpsustas täpsustasid täpsustanud
kordama korrata kordab kordavad kordas kordasid korranud
teavitama teavitada teavitab teavitavad teavitas teavitasid teavitanud
avaldama avaldada avaldab avaldavad avaldas avaldasid avaldanud
põhjendama põhjendada põhjendab põhjendavad põhjendas põhjendasid põhjendanud
kurtma kurta kurdab kurdavad kurtis kurtsid kurtnud
hüüdma hüüda hüüab hüüdis hüüdnud
karjuma karjuda karjub karjus karjunud
sosistama sosistada sosistab sosistas sosistanud
ohkama ohata ohkab ohkas ohanud
naerma naerda naerab naeris naernud
jätkama jätkata jätkab jätkas jätkanud
"""

_COGNITION_VERBS = """
arvama arvata arvab arvavad arvas arvasid arvanud
leidma leida leiab leiavad leidis leidsid leidnud
uskuma uskuda usub usuvad uskus uskusid uskunud
hindama hinnata hindab hindavad hindas hindasid hinnanud
lootma loota loodab loodavad lootis lootsid lootnud
kartma karta kardab kardavad kartis kartsid kartnud
kahtlema kahelda kahtleb kahtlevad kahtles kahtlesid kahelnud
prognoosima prognoosida prognoosib prognoosivad prognoosis prognoosinud
teadma teada teab teavad teadis teadsid teadnud
"""

_OBJECT_VERBS = """
paluma paluda palub paluvad palus palusid palunud teavitama teavitab teavitas
kinnitab kinnitas lubab lubas ütles rääkis
"""

_CONTROL_VERBS = """
paluma paluda palub paluvad palus palusid palunud nõudma nõuab nõuavad nõudis nõudsid
lubama lubab lubavad lubas lubasid
"""

_ROLE_NOUNS = """
minister ministri ministrit ministrid ministrite peaminister peaministri president
presidendi presidenti esimees esimehe aseesimees juht juhi juhid pressiesindaja
pressiesindajad esindaja esindajad nõunik nõuniku nõunikud linnapea abilinnapea
vallavanem vallavanema direktor direktori juhataja juhatuse ekspert eksperdi eksperdid
analüütik analüütiku analüütikud ökonomist ökonomisti peaökonomist professor professori
teadlane teadlase teadlased uurija uurijad prokurör prokuröri advokaat advokaadi
kohtunik kohtuniku politseinik politsei arst arsti peaarst saadik saadiku suursaadik
diplomaat kindral ülem omanik omaniku elanik elanikud allikas allika allikad
tunnistaja tunnistajad riigikogulane spetsialist spetsialisti kantsler kantsleri
"""

_ROLE_HEADS = (
    "minister",
    "ministri",
    "juht",
    "juhi",
    "esimees",
    "esimehe",
    "esindaja",
    "ekspert",
    "eksperdi",
    "analüütik",
    "direktor",
    "direktori",
    "nõunik",
    "nõuniku",
    "ökonomist",
    "teadlane",
    "uurija",
    "prokurör",
    "arst",
    "ülem",
)

_THING_NOUNS = """
valitsus valitsuse riigikogu ministeerium ministeeriumi linnavalitsus vallavalitsus
erakond erakonna partei politsei ameti amet amet kohus kohtu ringkonnakohus
riigikohus pank panga ülikool ülikooli haigla ettevõte ettevõtte firma liit liidu
raport aruanne uuring pressiteade
"""

_STOPWORDS = """
ning aga kuid ka see seda selle sellest oma tema nad kes ütles sõnul teatas aasta
aastal või kui siis veel pole olid kõik üle pärast juba nüüd mitte väga samuti peab
võib tuleb nende seal kus eurot protsenti miljonit alates kuni ehk sest kuna vaid
ainult mida kuidas miks teatel hinnangul
"""

_DETERMINERS = """
see selle seda need nende üks mõni mõned mitu mitmed kõik iga teine teised kaks kolm
"""

_AUXILIARIES = """
on oli olid ei pole ka veel juba nüüd samuti aga siiski endiselt varem hiljem lisaks
täna eile homme ise esmaspäeval teisipäeval kolmapäeval neljapäeval reedel laupäeval
pühapäeval
"""

_CLAUSE_OPENERS = """
mida mis kes kus millal kuidas miks kas et kui sest kuna
"""

_PREPOSITIONS = """
enne ilma pärast üle alla vastu mööda läbi kuni alates
"""

_TIME_WORDS = """
esmaspäeval teisipäeval kolmapäeval neljapäeval reedel laupäeval pühapäeval täna eile
homme varem hiljem ka
"""

_ABBREVIATIONS = """
nt jne mh st ca milj mld prof dr hr pr lk nr u vt
"""

LEXICON = Lexicon(
    code="et",
    name="Estonian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"küsima", "küsib", "küsivad", "küsis", "küsisid", "küsinud"}),
    thought_cues=frozenset({"arvan", "arvab", "usun", "usub", "loodan", "loodab", "tean"}),
    hedge_subjects=frozenset({"ma", "mina", "me", "meie", "sa", "sina", "te", "teie"}),
    cue_phrases=(
        "on öelnud",
        "on teatanud",
        "on märkinud",
        "on rõhutanud",
        "on kinnitanud",
        "kutsus üles",
        "kutsub üles",
        "kutsusid üles",
        "andis teada",
        "annab teada",
        "andsid teada",
        "tõi välja",
        "toob välja",
        "tõid välja",
        "juhtis tähelepanu",
        "juhib tähelepanu",
        "pakkus välja",
        "pakub välja",
        "kuulutas välja",
        "ütles ajakirjanikele",
        "kirjutas pressiteates",
        "teatas pressiteates",
        "kirjutas sotsiaalmeedias",
        "kirjutas facebookis",
    ),
    naming_cues=("nimetas", "nimetab", "kirjeldas", "kirjeldab", "nimetanud"),
    source_phrases=("allikate sõnul",),
    min_according_words=2,
    source_postpositions=frozenset(
        {"sõnul", "teatel", "hinnangul", "andmetel", "arvates", "väitel", "kinnitusel"}
    ),
    pronouns=frozenset({"ta", "tema", "nad", "nemad", "ma", "mina", "me", "meie", "te", "teie"}),
    person_pronouns=frozenset({"ta", "tema"}),
    genderless_pronouns=frozenset({"ta", "tema"}),
    object_pronouns=frozenset({"teda", "talle", "temale", "neile", "neid", "meile", "mulle"}),
    audience_nouns=frozenset({"ajakirjanikele", "meediale"}),
    # the allative, a vowel and "-le", of an addressee ("ütles Kallas Postimehele",
    # "ERR-ile ütles Kallas")
    oblique_case_endings=("ale", "ele", "ile", "ole", "ule", "õle", "äle", "öle", "üle"),
    relative_pronouns=frozenset({"kes", "mis", "kelle", "mille", "keda", "mida"}),
    possessive_determiners=frozenset({"tema", "nende", "oma"}),
    noun_like_cues=frozenset({"vastas", "lubas", "hindas", "teatas", "avaldas", "leidis"}),
    first_person=frozenset({"ma", "mina", "me", "meie", "minu", "meid", "olen", "oleme", "mul"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"mitu", "mitmed", "mõned", "kõik", "kaks", "kolm"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    complementizers=frozenset({"et"}),
    conjunctions=frozenset({"ja", "ning", "aga", "kuid", "või", "sest", "kuna", "kui", "kuigi"}),
    list_conjunctions=frozenset({"ja", "ning", "või"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"mida", "mis", "kes", "kus", "millal", "kuidas", "miks", "kas"}),
    content_stops=frozenset({"kuigi", "ehkki"}),
    bare_noun_subjects=True,
    complement_comma=True,
    zero_complementizer=False,
    verbal_cues=True,
    infinitive_endings=("ma", "da", "ta"),
    impersonal_cues=frozenset({"öeldakse", "öeldi", "teatati", "teatatakse", "kinnitati"}),
    sentence_adverbs=frozenset({"nüüd", "siiski", "ehk", "lisaks", "samas"}),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=_ROLE_HEADS,
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset({"peaminister", "minister", "president", "professor", "dr", "hr", "pr"}),
    media_words=frozenset(
        {
            "err",
            "eesti rahvusringhääling",
            "postimees",
            "postimehe",
            "eesti päevaleht",
            "õhtuleht",
            "äripäev",
            "äripäeva",
            "eesti ekspress",
            "vikerraadio",
            "etv",
            "uudisteagentuur",
            "uudisteagentuuri",
            "ajaleht",
            "ajalehe",
            "väljaanne",
            "väljaande",
        }
    )
    | BALTIC_MEDIA
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"uudisteagentuur", "uudisteagentuuri"}),
    generic_media=frozenset({"meedia", "meediaväljaanded"}),
    platform_words=frozenset({"facebookis", "sotsiaalmeedias", "x-is"}) | PLATFORMS,
    credit_cues=frozenset({"teatas", "vahendas"}),
    attribution_cues=("teatas", "vahendas", "kirjutas", "kirjutab", "teatab"),
    attribution_verbs=("teatas", "teatab", "vahendas", "vahendab", "kirjutas", "kirjutab"),
    anaphoric_cues=(
        "sellest teatas",
        "sellest teatasid",
        "sellest andis teada",
        "sellest rääkis",
        "seda ütles",
        "seda ütlesid",
        "seda kinnitas",
        "seda kinnitasid",
        "seda teatas",
        "seda teatasid",
        "seda märkis",
        "seda rõhutas",
        "seda kirjutas",
    ),
    byline_words=("Autor",),
    background_markers=("taust", "taustaks"),
    background_openers=(
        "varem",
        "mullu",
        "eelmisel aastal",
        "eelmisel nädalal",
        "möödunud nädalal",
        "eelmisel kuul",
        "möödunud aastal",
        "nagu varem teatatud",
        "meenutame, et",
    ),
    background_reports=(("nagu", "varem teatas"),),
    section_markers=("video", "foto", "loe ka"),
    month_names=(
        ("jaanuar", "jaanuari", "jaanuaril", "jaan"),
        ("veebruar", "veebruari", "veebruaril", "veebr"),
        ("märts", "märtsi", "märtsil"),
        ("aprill", "aprilli", "aprillil", "apr"),
        ("mai", "mail"),
        ("juuni", "juunil"),
        ("juuli", "juulil"),
        ("august", "augusti", "augustil", "aug"),
        ("september", "septembri", "septembril", "sept"),
        ("oktoober", "oktoobri", "oktoobril", "okt"),
        ("november", "novembri", "novembril", "nov"),
        ("detsember", "detsembri", "detsembril", "dets"),
    ),
    boilerplate=("foto:", "loe ka", "allikas:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words no other lexicon's language writes ("ning", "sõnul", "teatas"); not
    # "ja", "ei", "oli" (Finnish) nor "et" (French)
    stopwords=frozenset(_STOPWORDS.split()),
)
