"""Latvian lexicon.

Cue verbs are the verbs of saying of Latvian news copy (LETA style: "teica", "sacīja",
"pavēstīja", "norādīja", "uzsvēra", "piebilda", "paziņoja") with the cognition verbs that
ANNOTATION.md counts as cues ("uzskata", "domā", "cer").  Every form is spelled out, one
lemma a line: the infinitive, the present and the past of the third person (one form for
the singular and the plural), and the active past participles of the perfect, masculine
and feminine ("ir teicis", "ir teikusi").

A quotation is signed by the verb before its subject or after it ("„Q,” teica Anna
Bērziņa", "„Q,” Bērziņa teica"); "Pēc X teiktā, C" credits X in the genitive ("Pēc
ministra teiktā", "Pēc viņa teiktā"): "teiktā" and "domām" stand after their source
as a postposition does, so the source is cut before them; "Saskaņā ar X" credits X too, and
"Kā norāda X, C" reads as "As X said, C".  A wire report closes on "To pavēstīja X" and
"Par to ziņoja X".  A comma always sets off the "ka" clause ("teica, ka C").  Women's
names end in -a or -e (Anna Bērziņa, Inese Ozola), but a man's in the genitive ends in -a
too (Jāņa Kalniņa): only -e tells a woman.  "viņa" is she and his, so it tells no gender.

Quotation marks follow the Latvian orthography (Latviešu valodas ekspertu komisija): „ ”
and „ “ (low, then high) in print and web copy, « » too, straight marks in copy from
elsewhere.  Months are lower case ("3. martā").  Background opens with "Jau ziņots, ka",
"Kā ziņots," or "Pērn".
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import BALTIC_MEDIA, INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
teikt teic teica teicis teikusi
pateikt pateic pateica pateicis pateikusi
sacīt saka sacīja sacījis sacījusi
pavēstīt pavēsta pavēstīja pavēstījis pavēstījusi
norādīt norāda norādīja norādījis norādījusi
uzsvērt uzsver uzsvēra uzsvēris uzsvērusi
piebilst piebilda piebildis piebildusi
paziņot paziņo paziņoja paziņojis paziņojusi
apgalvot apgalvo apgalvoja apgalvojis apgalvojusi
skaidrot skaidro skaidroja skaidrojis skaidrojusi
paskaidrot paskaidro paskaidroja paskaidrojis paskaidrojusi
atzīt atzīst atzina atzinis atzinusi
apstiprināt apstiprina apstiprināja apstiprinājis apstiprinājusi
brīdināt brīdina brīdināja brīdinājis brīdinājusi
noliegt noliedz noliedza noliedzis noliegusi
atbildēt atbild atbildēja atbildējis atbildējusi
jautāt jautā jautāja jautājis jautājusi
vaicāt vaicā vaicāja vaicājis vaicājusi
rakstīt raksta rakstīja rakstījis rakstījusi
komentēt komentē komentēja komentējis komentējusi
kritizēt kritizē kritizēja kritizējis kritizējusi
aicināt aicina aicināja aicinājis aicinājusi
lūgt lūdz lūdza lūdzis lūgusi
prasīt prasa prasīja prasījis prasījusi
solīt sola solīja solījis solījusi
apsolīt apsola apsolīja apsolījis apsolījusi
atgādināt atgādina atgādināja atgādinājis atgādinājusi
informēt informē informēja informējis informējusi
ziņot ziņo ziņoja ziņojis ziņojusi
stāstīt stāsta stāstīja stāstījis stāstījusi
pastāstīt pastāsta pastāstīja pastāstījis pastāstījusi
runāt runā runāja runājis runājusi
minēt min minēja minējis minējusi
akcentēt akcentē akcentēja akcentējis akcentējusi
atzīmēt atzīmē atzīmēja atzīmējis atzīmējusi
secināt secina secināja secinājis secinājusi
pauda paudis paudusi
kliegt kliedz kliedza kliedzis
iesaukties iesaucās
turpināt turpina turpināja
"""

_COGNITION_VERBS = """
uzskatīt uzskata uzskatīja uzskatījis uzskatījusi
domāt domā domāja domājis domājusi
ticēt tic ticēja ticējis ticējusi
cerēt cer cerēja cerējis cerējusi
baidīties baidās baidījās
šaubīties šaubās šaubījās
zināt zina zināja zinājis zinājusi
vērtēt vērtē vērtēja vērtējis vērtējusi
prognozēt prognozē prognozēja
"""

_OBJECT_VERBS = """
aicināt aicina aicināja lūgt lūdz lūdza informēt informē informēja brīdināt brīdina
brīdināja
"""

_CONTROL_VERBS = """
aicināt aicina aicināja aicinājis aicinājusi lūgt lūdz lūdza prasīt prasa prasīja
solīt sola solīja apsolīt apsola apsolīja
"""

_ROLE_NOUNS = """
ministrs ministra ministre ministres ministri premjerministrs premjerministra
premjerministre premjerministres prezidents prezidenta prezidente prezidentes
priekšsēdētājs priekšsēdētāja priekšsēdētāji vadītājs vadītāja vadītāji pārstāvis
pārstāvja pārstāve pārstāves pārstāvji mērs mēra mēre direktors direktora direktore
direktores eksperts eksperta eksperte eksperti ekspertu analītiķis analītiķa analītiķe
ekonomists ekonomista ekonomiste profesors profesora profesore prokurors prokurora
prokurore advokāts advokāta advokāte tiesnesis tiesneša tiesnese policists amatpersona
amatpersonas ārsts ārsta ārste padomnieks padomnieka padomniece vēstnieks vēstnieka
diplomāts ģenerālis komandieris īpašnieks iedzīvotājs iedzīvotāji avots avoti avota
deputāts deputāta deputāte sekretārs sekretāre kanclers
"""

_THING_NOUNS = """
valdība valdības saeima saeimas ministrija ministrijas pašvaldība pašvaldības dome
domes partija partijas policija policijas tiesa tiesas banka bankas universitāte
slimnīca uzņēmums uzņēmuma dienests dienesta komisija komisijas ziņojums pētījums
"""

_FEMININE_WORDS = """
ministre premjerministre prezidente pārstāve mēre direktore eksperte analītiķe
ekonomiste profesore prokurore advokāte tiesnese ārste padomniece deputāte sekretāre
"""

_MASCULINE_WORDS = """
viņš ministrs premjerministrs prezidents pārstāvis mērs direktors eksperts analītiķis
ekonomists profesors prokurors advokāts tiesnesis ārsts padomnieks deputāts sekretārs
"""

_STOPWORDS = """
arī kas tas tā šo šī viņš viņi teica sacīja gadā gada eiro tomēr vēl tikai var bija
būs nav kurš kura līdz starp savu savā mēs tāpēc šogad lai pēc kā uz
"""

_DETERMINERS = """
šis šī šie šīs tas tā tie tās kāds kāda daži dažas vairāki vairākas visi visas katrs
katra divi divas trīs
"""

_AUXILIARIES = """
ir bija būs nav arī jau vēl tagad vēlāk iepriekš šodien vakar rīt pats pati
pirmdien otrdien trešdien ceturtdien piektdien sestdien svētdien
"""

_CLAUSE_OPENERS = """
ko kas kur kad kā kāpēc vai ka lai kurš kura kuri kuras ja jo tam
"""

_PREPOSITIONS = """
uz no ar par pie pēc līdz bez pret starp caur aiz zem virs pirms kopš teiktā domām
"""

_TIME_WORDS = """
pirmdien otrdien trešdien ceturtdien piektdien sestdien svētdien šodien vakar rīt
iepriekš vēlāk arī
"""

_ABBREVIATIONS = """
piem u.c utt t.i milj mljrd tūkst proc prof dr nr g
"""

LEXICON = Lexicon(
    code="lv",
    name="Latvian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"jautā", "jautāja", "vaicā", "vaicāja"}),
    thought_cues=frozenset({"domāju", "domā", "ticu", "tic", "ceru", "cer", "zinu", "uzskatu"}),
    hedge_subjects=frozenset({"es", "mēs", "tu", "jūs"}),
    cue_phrases=(
        "ir teicis",
        "ir teikusi",
        "ir norādījis",
        "ir norādījusi",
        "pauda viedokli",
        "pauda pārliecību",
        "teica žurnālistiem",
        "pavēstīja aģentūrai",
        "rakstīja sociālajos tīklos",
        "norādīja paziņojumā",
    ),
    naming_cues=("nosauca", "nosauc", "raksturoja", "raksturo", "dēvēja"),
    source_phrases=("pēc", "saskaņā ar"),
    min_according_words=2,
    source_postpositions=frozenset({"vārdiem"}),
    pronouns=frozenset({"viņš", "viņa", "viņi", "viņas", "es", "mēs", "jūs", "tu"}),
    person_pronouns=frozenset({"viņš", "viņa", "viņas"}),
    object_pronouns=frozenset({"viņam", "viņai", "viņiem", "viņām", "viņu", "mums", "man"}),
    audience_nouns=frozenset({"žurnālistiem", "aģentūrai"}),
    relative_pronouns=frozenset({"kas", "kurš", "kura", "kuri", "kuras", "kuru"}),
    possessive_determiners=frozenset({"viņa", "viņas", "viņu"}),
    noun_like_cues=frozenset({"min", "cer", "tic", "sola", "prasa", "runā"}),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    # "-a" is the genitive of men's names too ("Jāņa Kalniņa"), so only "-e" tells a woman
    feminine_name_endings=("e",),
    first_person=frozenset({"es", "mēs", "mans", "mana", "mūsu", "man", "mums", "esmu"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"daži", "dažas", "vairāki", "visi", "divi", "trīs"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    complementizers=frozenset({"ka"}),
    conjunctions=frozenset({"un", "bet", "taču", "vai", "jo", "ja", "kad", "tomēr"}),
    list_conjunctions=frozenset({"un", "vai"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"ko", "kas", "kur", "kad", "kā", "kāpēc", "vai"}),
    as_words=frozenset({"kā"}),
    content_stops=frozenset({"lai gan", "kaut gan"}),
    pro_drop=True,
    bare_noun_subjects=True,
    complement_comma=True,
    zero_complementizer=False,
    verbal_cues=True,
    participle_endings=("dams", "dama", "dami", "damas"),
    infinitive_endings=("t",),
    impersonal_cues=frozenset({"ziņots", "tiek ziņots", "norādīts", "paziņots"}),
    sentence_adverbs=frozenset({"tagad", "tomēr", "iespējams", "turklāt"}),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_equivalents=(
        ("premjerministrs", "premjerministre", "valdības vadītājs", "valdības vadītāja"),
        ("preses pārstāvis", "preses pārstāve", "pārstāvis", "pārstāve"),
        ("mērs", "mēre", "domes priekšsēdētājs", "domes priekšsēdētāja"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset({"ministrs", "ministre", "prezidents", "prezidente", "prof", "dr"}),
    media_words=frozenset(
        {
            "leta",
            "letai",
            "lsm",
            "ltv",
            "latvijas radio",
            "tvnet",
            "neatkarīgā",
            "latvijas avīze",
            "db",
            "dienas bizness",
            "ziņu aģentūra",
            "ziņu aģentūras",
            "laikraksts",
            "laikraksta",
            "portāls",
            "portāla",
        }
    )
    | BALTIC_MEDIA
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"aģentūra", "aģentūras", "aģentūrai"}),
    generic_media=frozenset({"mediji", "mediju", "plašsaziņas līdzekļi"}),
    platform_words=frozenset({"feisbukā", "sociālajos tīklos"}) | PLATFORMS,
    credit_cues=frozenset({"ziņo", "ziņoja", "vēsta"}),
    attribution_cues=("ziņo", "ziņoja", "vēsta", "raksta", "rakstīja"),
    attribution_verbs=("ziņo", "ziņoja", "vēsta", "vēstīja", "raksta", "rakstīja"),
    anaphors=("par to", "to"),
    anaphoric_cues=(
        "to pavēstīja",
        "to paziņoja",
        "to teica",
        "to sacīja",
        "to apstiprināja",
        "to norādīja",
        "par to ziņoja",
        "par to informēja",
        "par to paziņoja",
        "par to pavēstīja",
    ),
    byline_words=("Autors",),
    background_markers=("uzziņai", "fons"),
    background_openers=(
        "jau ziņots, ka",
        "jau ziņots,",
        "kā ziņots,",
        "kā jau ziņots,",
        "atgādinām, ka",
        "iepriekš",
        "pērn",
        "pagājušajā gadā",
        "pagājušajā nedēļā",
        "pagājušajā mēnesī",
    ),
    section_markers=("video", "foto", "lasiet arī"),
    month_names=(
        ("janvāris", "janvārī", "janvāra", "janv"),
        ("februāris", "februārī", "februāra", "febr"),
        ("marts", "martā", "marta"),
        ("aprīlis", "aprīlī", "aprīļa", "apr"),
        ("maijs", "maijā", "maija"),
        ("jūnijs", "jūnijā", "jūnija"),
        ("jūlijs", "jūlijā", "jūlija"),
        ("augusts", "augustā", "augusta", "aug"),
        ("septembris", "septembrī", "septembra", "sept"),
        ("oktobris", "oktobrī", "oktobra", "okt"),
        ("novembris", "novembrī", "novembra", "nov"),
        ("decembris", "decembrī", "decembra", "dec"),
    ),
    boilerplate=("foto:", "lasiet arī", "avots:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words no other lexicon's language writes ("arī", "kas", "teica"); not "ir"
    # (Lithuanian "and"), "un", "par" (French) nor "ka" (Estonian)
    stopwords=frozenset(_STOPWORDS.split()),
    # letters no other language in wide use writes; "ū" is Lithuanian too
    letters=frozenset("āēīļķņģ"),
)
