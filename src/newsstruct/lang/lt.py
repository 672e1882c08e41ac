"""Lithuanian lexicon.

Cue verbs are the verbs of saying of Lithuanian news copy (ELTA and BNS style: "sakė",
"teigė", "pažymėjo", "pabrėžė", "pridūrė", "pranešė", "patikino") with the cognition
verbs that ANNOTATION.md counts as cues ("mano", "tiki", "vertina").  Every form is
spelled out, one lemma a line: the infinitive, the present and the past of the third
person (one form for the singular and the plural), and the active past participles of the
perfect, masculine and feminine ("yra sakęs", "yra sakiusi").

A quotation is signed by the verb before its subject or after it ("„Q“, – sakė Ona
Petraitė", "„Q“, – Petraitė sakė"); "Pasak X" and "Anot X" credit X, in the genitive
("Pasak ministro, C", "Anot jos, C"), as do "X teigimu", "X žodžiais", "X duomenimis"
after it ("Policijos duomenimis, C").  A comma always sets off the "kad" clause ("sakė,
kad C").  Women's names end in -a or -ė (Ona, Petraitė, Kazlauskienė).

Quotation marks follow the Lithuanian orthography (Valstybinė lietuvių kalbos komisija):
„ “ (low, then high), with a dash after the comma that closes a quotation before its cue
("„Q“, – sakė X"); straight marks also occur in web copy.  Months are lower case, in the
genitive before the day ("kovo 3 d.").  Background opens with "Primename, kad" or "Kaip
jau skelbta".
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import BALTIC_MEDIA, INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
sakyti sako sakė sakęs sakiusi
pasakyti pasako pasakė pasakęs pasakiusi
teigti teigia teigė teigęs teigusi
pareikšti pareiškia pareiškė pareiškęs pareiškusi
pažymėti pažymi pažymėjo pažymėjęs pažymėjusi
pabrėžti pabrėžia pabrėžė pabrėžęs pabrėžusi
pridurti priduria pridūrė pridūręs pridūrusi
aiškinti aiškina aiškino aiškinęs aiškinusi
paaiškinti paaiškina paaiškino paaiškinęs paaiškinusi
patvirtinti patvirtina patvirtino patvirtinęs patvirtinusi
patikinti patikina patikino patikinęs patikinusi
tvirtinti tvirtina tvirtino tvirtinęs tvirtinusi
pranešti praneša pranešė pranešęs pranešusi
informuoti informuoja informavo informavęs informavusi
kalbėti kalba kalbėjo kalbėjęs kalbėjusi
perspėti perspėja perspėjo perspėjęs perspėjusi
įspėti įspėja įspėjo įspėjęs įspėjusi
neigti neigia neigė neigęs neigusi
paneigti paneigia paneigė paneigęs paneigusi
pripažinti pripažįsta pripažino pripažinęs pripažinusi
atsakyti atsako atsakė atsakęs atsakiusi
klausti klausia klausė klausęs klaususi
paklausti paklausia paklausė paklausęs paklaususi
rašyti rašo rašė rašęs rašiusi
parašyti parašo parašė parašęs parašiusi
komentuoti komentuoja komentavo komentavęs komentavusi
kritikuoti kritikuoja kritikavo kritikavęs kritikavusi
raginti ragina ragino raginęs raginusi
paraginti paragina paragino paraginęs paraginusi
prašyti prašo prašė prašęs prašiusi
paprašyti paprašo paprašė paprašęs paprašiusi
reikalauti reikalauja reikalavo reikalavęs reikalavusi
žadėti žada žadėjo žadėjęs žadėjusi
pažadėti pažada pažadėjo pažadėjęs pažadėjusi
priminti primena priminė priminęs priminusi
akcentuoti akcentuoja akcentavo akcentavęs akcentavusi
konstatuoti konstatuoja konstatavo konstatavęs konstatavusi
nurodyti nurodo nurodė nurodęs nurodžiusi
atskleisti atskleidžia atskleidė atskleidęs atskleidusi
pasakoti pasakoja pasakojo pasakojęs pasakojusi
papasakoti papasakoja papasakojo papasakojęs papasakojusi
skelbti skelbia skelbė skelbęs skelbusi
paskelbti paskelbia paskelbė paskelbęs paskelbusi
šaukti šaukia šaukė šaukęs šaukusi
sušukti sušunka sušuko sušukęs sušukusi
juokauti juokauja juokavo
tęsti tęsia tęsė
"""

_COGNITION_VERBS = """
manyti mano manė manęs maniusi
tikėti tiki tikėjo tikėjęs tikėjusi
tikėtis tikisi tikėjosi
vertinti vertina vertino vertinęs vertinusi
įvertinti įvertina įvertino įvertinęs įvertinusi
abejoti abejoja abejojo abejojęs abejojusi
baimintis baiminasi baiminosi
žinoti žino žinojo žinojęs žinojusi
prognozuoti prognozuoja prognozavo
"""

_OBJECT_VERBS = """
raginti ragina ragino paraginti paragina paragino prašyti prašo prašė paprašyti
paprašo paprašė informuoti informuoja informavo patikinti patikina patikino
"""

_CONTROL_VERBS = """
raginti ragina ragino paraginti paragina paragino prašyti prašo prašė paprašyti
paprašo paprašė reikalauti reikalauja reikalavo žadėti žada žadėjo pažadėti pažada
pažadėjo
"""

_ROLE_NOUNS = """
ministras ministro ministrė ministrės ministrai viceministras viceministrė premjeras
premjero premjerė premjerės prezidentas prezidento prezidentė prezidentės pirmininkas
pirmininko pirmininkė pirmininkės atstovas atstovo atstovė atstovės atstovai meras mero
merė merės vicemeras direktorius direktoriaus direktorė direktorės vadovas vadovo
vadovė vadovės ekspertas eksperto ekspertė ekspertės ekspertai ekspertų analitikas
analitiko analitikė ekonomistas ekonomisto ekonomistė profesorius profesoriaus
profesorė prokuroras prokuroro prokurorė advokatas advokato advokatė teisėjas teisėjo
teisėja policininkas pareigūnas pareigūno pareigūnai pareigūnė gydytojas gydytojo
gydytoja patarėjas patarėjo patarėja ambasadorius ambasadoriaus diplomatas generolas
vadas vado savininkas gyventojas gyventojai šaltinis šaltinio šaltiniai narys narė
kancleris sekretorius sekretorė seniūnas seniūnė
"""

_THING_NOUNS = """
vyriausybė vyriausybės seimas seimo ministerija ministerijos savivaldybė savivaldybės
partija partijos policija policijos teismas teismo bankas banko universitetas
universiteto ligoninė įmonė įmonės bendrovė bendrovės tarnyba tarnybos departamentas
komisija komisijos ataskaita tyrimas pranešimas
"""

_STOPWORDS = """
kad tai yra buvo bus nėra taip kaip jau bet apie kuris kuri kurie jis ji jie pasak
anot sakė teigė metų metais eurų tačiau labai nuo tik gali turi reikia šis šie šių
savo mūsų dėl kitų kiti jų kai nes arba iki
"""

_DETERMINERS = """
šis ši šie šios tas ta tie tos kai kurie kai kurios keli kelios visi visos kiekvienas
kiekviena du dvi trys
"""

_AUXILIARIES = """
yra buvo bus jau dar taip pat taip pat irgi ne nebuvo vėl dabar vėliau anksčiau
šiandien vakar rytoj pats pati pirmadienį antradienį trečiadienį ketvirtadienį penktadienį
šeštadienį sekmadienį
"""

_CLAUSE_OPENERS = """
ką kas kur kada kaip kodėl ar kad kuris kuri kurie kurios jei jeigu nes
"""

_PREPOSITIONS = """
į iš su be prie po už per apie nuo iki dėl tarp prieš virš pas ties link
"""

_TIME_WORDS = """
pirmadienį antradienį trečiadienį ketvirtadienį penktadienį šeštadienį sekmadienį
šiandien vakar rytoj anksčiau vėliau taip pat
"""

_ABBREVIATIONS = """
pvz d mln mlrd proc tūkst val min doc prof dr gen žr t.y t.t kt nr
"""

_FEMININE_WORDS = """
ji jos ministrė premjerė prezidentė pirmininkė atstovė merė direktorė vadovė ekspertė
analitikė ekonomistė profesorė prokurorė advokatė teisėja pareigūnė gydytoja patarėja
narė sekretorė seniūnė
"""

_MASCULINE_WORDS = """
jis jo ministras premjeras prezidentas pirmininkas atstovas meras direktorius vadovas
ekspertas analitikas ekonomistas profesorius prokuroras advokatas teisėjas pareigūnas
gydytojas patarėjas narys sekretorius seniūnas
"""

LEXICON = Lexicon(
    code="lt",
    name="Lithuanian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"klausia", "klausė", "paklausia", "paklausė"}),
    thought_cues=frozenset({"manau", "mano", "tikiu", "tiki", "tikiuosi", "žinau"}),
    hedge_subjects=frozenset({"aš", "mes", "tu", "jūs"}),
    cue_phrases=(
        "yra sakęs",
        "yra sakiusi",
        "yra teigęs",
        "yra teigusi",
        "yra pažymėjęs",
        "atkreipė dėmesį",
        "atkreipia dėmesį",
        "sakė žurnalistams",
        "rašė socialiniame tinkle",
        "rašė feisbuke",
        "teigiama pranešime",
    ),
    naming_cues=("pavadino", "vadina", "apibūdino", "apibūdina"),
    source_phrases=("pasak", "anot", "šaltinių teigimu"),
    min_according_words=2,
    source_postpositions=frozenset(
        {"teigimu", "žodžiais", "duomenimis", "vertinimu", "nuomone", "manymu", "skaičiavimais"}
    ),
    pronouns=frozenset({"jis", "ji", "jie", "jos", "jo", "aš", "mes", "jūs", "tu"}),
    person_pronouns=frozenset({"jis", "ji", "jo", "jos"}),
    object_pronouns=frozenset({"jam", "jai", "jiems", "joms", "jį", "ją", "mums", "man"}),
    audience_nouns=frozenset({"žurnalistams"}),
    relative_pronouns=frozenset({"kuris", "kuri", "kurie", "kurios", "kurį", "kurią"}),
    possessive_determiners=frozenset({"jo", "jos", "jų"}),
    noun_like_cues=frozenset({"mano", "kalba", "žada", "prašo", "tiki"}),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    feminine_name_endings=("a", "ė"),
    feminine_surname_endings=("ė",),
    first_person=frozenset({"aš", "mes", "mano", "mūsų", "man", "mums", "esu", "esame"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"keli", "kelios", "visi", "visos", "du", "dvi", "trys"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    complementizers=frozenset({"kad", "jog"}),
    conjunctions=frozenset({"ir", "bet", "tačiau", "o", "arba", "ar", "nes", "kai", "jei"}),
    list_conjunctions=frozenset({"ir", "arba", "ar"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"ką", "kas", "kur", "kada", "kaip", "kodėl", "ar"}),
    as_words=frozenset({"kaip"}),
    content_stops=frozenset({"nors"}),
    pro_drop=True,
    bare_noun_subjects=True,
    complement_comma=True,
    zero_complementizer=False,
    verbal_cues=True,
    participle_endings=("damas", "dama", "dami", "damos"),
    infinitive_endings=("ti",),
    impersonal_cues=frozenset({"teigiama", "pranešama", "skelbiama", "sakoma", "nurodoma"}),
    sentence_adverbs=frozenset({"dabar", "tačiau", "galbūt", "be to"}),
    phrase_prepositions=frozenset(),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_equivalents=(
        ("premjeras", "premjerė", "ministras pirmininkas", "ministrė pirmininkė"),
        ("atstovas spaudai", "atstovė spaudai", "atstovas", "atstovė"),
        ("meras", "merė"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset({"ministras", "ministrė", "prezidentas", "prezidentė", "prof", "dr"}),
    media_words=frozenset(
        {
            "elta",
            "eltai",
            "eltos",
            "lrt",
            "15min",
            "lrytas",
            "lietuvos rytas",
            "vž",
            "verslo žinios",
            "žinių radijas",
            "naujienų agentūra",
            "naujienų agentūros",
            "dienraštis",
            "dienraščio",
            "portalas",
            "portalo",
        }
    )
    | BALTIC_MEDIA
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"agentūra", "agentūros"}),
    generic_media=frozenset({"žiniasklaida", "žiniasklaidos"}),
    platform_words=frozenset({"feisbuke", "feisbuko", "socialiniame tinkle"}) | PLATFORMS,
    credit_cues=frozenset({"pranešė", "skelbia", "rašo"}),
    attribution_cues=("pranešė", "skelbia", "rašo", "rašė", "praneša"),
    attribution_verbs=("pranešė", "praneša", "skelbia", "skelbė", "rašo", "rašė"),
    anaphors=("apie tai",),
    anaphoric_cues=(
        "apie tai pranešė",
        "apie tai informavo",
        "apie tai sakė",
        "apie tai rašo",
        "apie tai rašė",
        "tai pranešė",
        "tai sakė",
        "tai patvirtino",
        "tai pareiškė",
        "tai teigė",
    ),
    byline_words=("Autorius",),
    background_markers=("primename", "kontekstas"),
    background_openers=(
        "primename, kad",
        "primename,",
        "kaip jau skelbta",
        "kaip jau rašyta",
        "kaip skelbė",
        "kaip rašė",
        "anksčiau",
        "pernai",
        "praėjusią savaitę",
        "praėjusiais metais",
        "praėjusį mėnesį",
    ),
    section_markers=("vaizdo įrašas", "nuotrauka", "taip pat skaitykite"),
    month_names=(
        ("sausio", "sausis", "saus"),
        ("vasario", "vasaris", "vas"),
        ("kovo", "kovas", "kov"),
        ("balandžio", "balandis", "bal"),
        ("gegužės", "gegužė", "geg"),
        ("birželio", "birželis", "birž"),
        ("liepos", "liepa", "liep"),
        ("rugpjūčio", "rugpjūtis", "rugp"),
        ("rugsėjo", "rugsėjis", "rugs"),
        ("spalio", "spalis", "spal"),
        ("lapkričio", "lapkritis", "lapkr"),
        ("gruodžio", "gruodis", "gruod"),
    ),
    boilerplate=("nuotrauka:", "taip pat skaitykite", "šaltinis:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words no other lexicon's language writes ("kad", "yra", "pasak"); not "ir"
    # (Latvian "is")
    stopwords=frozenset(_STOPWORDS.split()),
    # letters no other language in wide use writes; "ą" and "ę" are Polish too
    letters=frozenset("ėįų"),
)
