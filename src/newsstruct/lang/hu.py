"""Hungarian lexicon.

Cue verbs are the verbs of saying of Hungarian news copy (MTI wire style: "mondta",
"közölte", "hangsúlyozta", "nyilatkozta", "fogalmazott", "tette hozzá", "emelte ki")
with the cognition verbs that ANNOTATION.md counts as cues.  Every form is spelled
out, one lemma a line: the present and the past of the third person singular and
plural, in the definite conjugation (the one a "hogy" clause or a quotation takes:
"mondta") and, where news uses it, the indefinite one ("fogalmazott", "nyilatkozott").
A verbal particle stands before the verb ("hozzátette") or, after a quotation or in
focus, after it ("– tette hozzá"): both orders are listed, the second as cue phrases.

Wire copy closes a quotation or an unmarked statement with a dash and the cue, the
subject after it ("„Q” – mondta Kovács Anna", "C – közölte a minisztérium"), or the
subject dropped ("– fogalmazott").  "X szerint C" credits X as "according to" does; a
possessed noun speaks for its owner ("Szavai szerint C", "Elmondása szerint C").
Names print the family name first ("Kovács Anna").

Quotation marks follow the rules of Hungarian orthography (A magyar helyesírás
szabályai, 12th ed., § 256): „ ” outside, » « inside; straight marks occur in web copy.
Months and weekdays are lower case ("március 4., szerda").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# present 3sg, present 3pl, past 3sg, past 3pl (definite), past indefinite where used
_SPEECH_VERBS = """
mondja mondják mondta mondták mondott mondtak
elmondja elmondják elmondta elmondták
közli közlik közölte közölték
hangsúlyozza hangsúlyozzák hangsúlyozta hangsúlyozták hangsúlyozott
nyilatkozza nyilatkozta nyilatkozták nyilatkozott nyilatkoztak
fogalmaz fogalmaznak fogalmazott fogalmaztak
hozzáteszi hozzáteszik hozzátette hozzátették
kiemeli kiemelik kiemelte kiemelték
aláhúzza aláhúzzák aláhúzta aláhúzták
bejelenti bejelentik bejelentette bejelentették
kijelenti kijelentik kijelentette kijelentették
jelzi jelzik jelezte jelezték
írja írják írta írták írt írtak
kéri kérik kérte kérték
tájékoztat tájékoztatnak tájékoztatott tájékoztattak
figyelmeztet figyelmeztetnek figyelmeztetett figyelmeztettek
reagál reagálnak reagált reagáltak
válaszolja válaszolják válaszolta válaszolták válaszolt válaszoltak
állítja állítják állította állították
cáfolja cáfolják cáfolta cáfolták
megerősíti megerősítik megerősítette megerősítették
leszögezi leszögezik leszögezte leszögezték
rámutat rámutatnak rámutatott rámutattak
tudatja tudatják tudatta tudatták
ismerteti ismertetik ismertette ismertették
jelenti jelentik jelentette jelentették
beszámol beszámolnak beszámolt beszámoltak
elismeri elismerik elismerte elismerték
tagadja tagadják tagadta tagadták
ígéri ígérik ígérte ígérték ígért
sürgeti sürgetik sürgette sürgették
követeli követelik követelte követelték
javasolja javasolják javasolta javasolták javasolt
kifejti kifejtik kifejtette kifejtették
megjegyzi megjegyzik megjegyezte megjegyezték
hangoztatja hangoztatják hangoztatta hangoztatták
felhívja felhívják felhívta felhívták
kérdezi kérdezik kérdezte kérdezték kérdezett
közölte közölték
nyilatkozik nyilatkoznak
beszél beszélnek beszélt beszéltek
ismételte ismételték megismételte megismételték
bírálta bírálták bírálja bírálják
üdvözölte üdvözölték üdvözli üdvözlik
panaszolta panaszolták panaszolja
mesélte mesélték meséli mesélik
magyarázta magyarázták magyarázza elmagyarázta
érvelt érveltek érvel
posztolta posztolták
fűzte fűzték
szögezte szögezték
feleli felelik felelte felelték felelt
kommentálja kommentálják kommentálta kommentálták
nyugtázza nyugtázta nyugtázták
pontosítja pontosította pontosították
részletezi részletezik részletezte részletezték
indokolja indokolják indokolta indokolták
vázolja vázolják vázolta vázolták
kritizálja kritizálják kritizálta kritizálták
kifogásolja kifogásolják kifogásolta kifogásolták
üzeni üzenik üzente üzenték
megírja megírják megírta megírták
vitatja vitatják vitatta vitatták
hangoztatják
tiltakozik tiltakoznak tiltakozott tiltakoztak
mondtam mondtuk mondom mondjuk
felszólítja felszólítják felszólította felszólították
"""

# adverbial participles after a comma, the sentence's subject theirs ("bejelentette a
# bezárást, hozzátéve, hogy C")
_ADVERBIAL_PARTICIPLES = """
hozzátéve kiemelve hangsúlyozva jelezve utalva mondva leszögezve figyelmeztetve
megjegyezve rámutatva
"""

_COGNITION_VERBS = """
véli vélik vélte vélték
gondolja gondolják gondolta gondolták
hiszi hiszik hitte hitték
reméli remélik remélte remélték
látja látják látta látták
tartja tartják tartotta tartották
számít számítanak számított számítottak
fél félnek félt féltek
tudja tudják tudta tudták
értékelte értékelték értékeli értékelik
gondolom gondoljuk hiszem hisszük remélem reméljük vélem véljük
"""

_OBJECT_VERBS = """
mondta mondták mondja elmondta kérte kérték kéri írta írták
"""

_CONTROL_VERBS = """
kérte kérték kéri sürgette sürgették felszólította felszólították
"""

# a verbal particle after the verb: "– tette hozzá", "– emelte ki"
_PARTICLE_CUES = """
tette:hozzá tették:hozzá teszi:hozzá
fűzte:hozzá fűzték:hozzá
emelte:ki emelték:ki emeli:ki
jelentette:ki jelentették:ki jelenti:ki
jelentette:be jelentették:be jelenti:be
húzta:alá húzták:alá húzza:alá
mondta:el mondták:el mondja:el
szögezte:le szögezték:le
mutatott:rá mutattak:rá
ismerte:el ismerték:el
erősítette:meg erősítették:meg
fejtette:ki fejtették:ki
számolt:be számoltak:be számol:be
jegyezte:meg jegyezték:meg
hívta:fel:a:figyelmet hívták:fel:a:figyelmet
"""

_ROLE_NOUNS = """
miniszter miniszterelnök államtitkár szóvivő szóvivője elnök elnöke alelnök polgármester
polgármestere képviselő képviselője igazgató igazgatója vezérigazgató vezető vezetője
főorvos főorvosa orvos orvosa háziorvos tisztifőorvos professzor kutató kutatója elemző
közgazdász szakértő szakértője ügyvéd ügyésze ügyész bíró rendőr rendőrfőkapitány
kapitány kapitánya edző vezetőedző játékos játékosa tanár tanárnő pedagógus diák
nagykövet diplomata tábornok katona tag tagja titkár titkára főtitkár püspök
lakos lakosa lakó lakók tanú tanúja forrás forrása illetékes illetékese tisztviselő
ügyvezető tulajdonos alapító szerkesztő újságíró író énekes színész
"""

_THING_NOUNS = """
kormány minisztérium minisztériuma önkormányzat önkormányzata hivatal hivatala párt
pártja társaság társasága cég cége vállalat bank bankja egyetem egyeteme kórház kórháza
bíróság bírósága szakszervezet szakszervezete szövetség szövetsége egyesület alapítvány
hatóság hatósága rendőrség katasztrófavédelem központ központja intézet intézete
bizottság bizottsága tanács tanácsa közlemény közleményében jelentés jelentése
szervezők
"""

_MONTHS = (
    ("január", "jan"),
    ("február", "febr"),
    ("március", "márc"),
    ("április", "ápr"),
    ("május", "máj"),
    ("június", "jún"),
    ("július", "júl"),
    ("augusztus", "aug"),
    ("szeptember", "szept"),
    ("október", "okt"),
    ("november", "nov"),
    ("december", "dec"),
)


def _phrases(entries: str) -> tuple[str, ...]:
    return tuple(entry.replace(":", " ") for entry in entries.split())


LEXICON = Lexicon(
    code="hu",
    name="Hungarian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS + _ADVERBIAL_PARTICIPLES).split()),
    participle_endings=("va", "ve"),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"kérdezte", "kérdezték", "kérdezi", "kérdezett"}),
    cue_phrases=(
        *_phrases(_PARTICLE_CUES),
        "úgy véli",
        "úgy vélte",
        "úgy látja",
        "úgy látta",
        "úgy gondolja",
        "úgy fogalmazott",
        "azt mondta",
        "azt mondják",
        "azt írta",
        "azt nyilatkozta",
        "arról beszélt",
        "arról tájékoztatott",
        "arról számolt be",
        "felhívta a figyelmet",
        "felhívták a figyelmet",
    ),
    separable_cues=_phrases(_PARTICLE_CUES),
    verb_particles=frozenset({"hozzá", "ki", "be", "alá", "el", "le", "rá", "meg", "fel"}),
    source_postpositions=frozenset({"szerint"}),
    open_appositions=True,
    postpositional=True,
    roles_after_names=True,
    oblique_case_endings=(
        "nak",
        "nek",
        "ban",
        "ben",
        "ból",
        "ből",
        "ról",
        "ről",
        "tól",
        "től",
        "nál",
        "nél",
        "hoz",
        "hez",
        "höz",
        "ón",
        "ön",
        "on",
        "en",
    ),
    source_phrases=(
        "szavai szerint",
        "elmondása szerint",
        "közlése szerint",
        "véleménye szerint",
        "tájékoztatása szerint",
        "értesülése szerint",
        "értékelése szerint",
        "megítélése szerint",
    ),
    pronouns=frozenset({"ő", "ők", "én", "mi"}),
    person_pronouns=frozenset({"ő"}),
    genderless_pronouns=frozenset({"ő"}),
    object_pronouns=frozenset({"őt", "neki", "nekik", "őket", "nekem", "nekünk"}),
    # a possessed noun of saying speaks for its owner: "szavai szerint", "elmondása szerint"
    possessive_determiners=frozenset(
        {
            "szavai",
            "elmondása",
            "közlése",
            "véleménye",
            "tájékoztatása",
            "értesülése",
            "értékelése",
            "megítélése",
        }
    ),
    audience_nouns=frozenset({"újságíróknak", "sajtónak", "tömegnek"}),
    relative_pronouns=frozenset({"aki", "akik"}),
    thing_relatives=frozenset({"amely", "amelyek", "ami", "amik"}),
    noun_like_cues=frozenset({"fél", "számít", "beszél", "jelenti", "tartja", "látja", "írt"}),
    first_person=frozenset({"én", "mi", "engem", "minket", "nekem", "nekünk"}),
    determiners=frozenset({"a", "az", "egy", "ez", "ezek", "azok", "minden", "több", "néhány"}),
    indefinites=frozenset({"egy", "néhány", "több"}),
    auxiliaries=frozenset(
        {
            "is",
            "pedig",
            "azonban",
            "ugyanakkor",
            "már",
            "még",
            "szintén",
            "azt",
            "úgy",
            "arról",
            "arra",
            "erről",
            "erre",
            "nem",
            "korábban",
            "később",
            "ma",
            "tegnap",
            "most",
            "akkor",
            "ismét",
            "újra",
            "egyúttal",
            "továbbá",
        }
    ),
    complementizers=frozenset({"hogy"}),
    complement_comma=True,
    conjunctions=frozenset({"és", "de", "vagy", "mert", "ha", "hogy", "amikor", "mivel", "pedig"}),
    list_conjunctions=frozenset({"és", "vagy", "valamint"}),
    clause_openers=frozenset({"hogy", "ha", "amikor", "mert", "mivel", "ahol", "ami", "amely"}),
    question_words=frozenset({"mi", "ki", "hol", "mikor", "miért", "hogyan", "hány", "vajon"}),
    as_words=frozenset({"mint"}),
    content_stops=frozenset({"bár", "habár", "noha", "miközben"}),
    pro_drop=True,
    bare_noun_subjects=True,
    zero_complementizer=False,
    verbal_cues=True,
    sentence_adverbs=frozenset(
        {"most", "azonban", "ugyanakkor", "ezért", "tehát", "ezután", "majd"}
    ),
    prepositions=frozenset(
        {
            "szerint",
            "után",
            "előtt",
            "között",
            "alatt",
            "miatt",
            "ellen",
            "követően",
            "megelőzően",
            "nyomán",
            "óta",
        }
    ),
    time_words=frozenset(
        {
            "hétfőn",
            "kedden",
            "szerdán",
            "csütörtökön",
            "pénteken",
            "szombaton",
            "vasárnap",
            "ma",
            "tegnap",
            "holnap",
            "reggel",
            "este",
            "korábban",
            "később",
            "is",
            "már",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=(
        "miniszter",
        "titkár",
        "igazgató",
        "orvos",
        "elnök",
        "vezető",
        "szóvivő",
        "edző",
        "képviselő",
        "szakértő",
    ),
    # a role possessed by its body ("a cég szóvivője") is the role ("a szóvivő")
    role_equivalents=(
        ("miniszterelnök", "kormányfő"),
        ("polgármester", "polgármestere", "városvezető"),
        ("szóvivő", "szóvivője"),
        ("elnök", "elnöke"),
        ("igazgató", "igazgatója"),
        ("vezető", "vezetője"),
        ("főorvos", "főorvosa"),
        ("képviselő", "képviselője"),
        ("kapitány", "kapitánya"),
        ("titkár", "titkára"),
        ("tag", "tagja"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset({"dr", "prof", "id", "ifj", "özv", "úr", "asszony"}),
    media_words=frozenset(
        {
            "mti",
            "magyar távirati iroda",
            "index",
            "telex",
            "hvg",
            "444",
            "origo",
            "népszava",
            "magyar nemzet",
            "népszabadság",
            "rtl",
            "tv2",
            "m1",
            "atv",
            "infostart",
            "portfolio",
            "napló",
            "naplónak",
            "lap",
            "lapja",
            "lapnak",
            "újság",
            "hírügynökség",
            "televízió",
            "rádió",
            "portál",
            "hírportál",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"hírügynökség"}),
    generic_media=frozenset({"sajtó", "média"}),
    platform_words=PLATFORMS | {"facebook-oldalán"},
    attribution_cues=("szerint", "értesülése szerint", "információi szerint"),
    attribution_verbs=("írja", "írta", "jelenti", "jelentette", "közölte"),
    anaphoric_cues=(
        "ezt mondta",
        "ezt közölte",
        "ezt nyilatkozta",
        "ezt írta",
        "ezt jelentette be",
        "erről beszélt",
        "erről tájékoztatott",
    ),
    # "Erről a rendőrség számolt be.", "Ezt a polgármester közölte.": the pronoun of the
    # sentence before in free word order
    anaphors=("erről", "ezt", "minderről", "ezekről"),
    byline_words=("Írta",),
    background_markers=("emlékeztetünk", "előzmény", "háttér"),
    background_openers=(
        "emlékeztetünk",
        "emlékeztetünk:",
        "emlékeztetőül",
        "előzmény:",
        "mint ismert",
        "mint ismert,",
        "mint arról korábban beszámoltunk",
        "mint arról beszámoltunk",
        "mint korábban megírtuk",
        "korábban",
        "korábban,",
        "tavaly",
        "tavaly,",
        "a múlt héten",
        "múlt héten",
        "a múlt hónapban",
    ),
    section_markers=("videó", "fotó", "galéria", "kapcsolódó"),
    month_names=_MONTHS,
    boilerplate=("kapcsolódó cikk", "kapcsolódó", "fotó:", "forrás:", "borítókép:"),
    abbreviations=frozenset(
        {"dr", "prof", "id", "ifj", "özv", "stb", "pl", "kb", "ill", "ún", "sz", "u", "évf", "jan"}
    ),
    # the double acute "ő" and "ű" are Hungarian's among the languages with a lexicon
    letters=frozenset("őű"),
    stopwords=frozenset(
        {
            "és",
            "hogy",
            "nem",
            "egy",
            "az",
            "meg",
            "már",
            "még",
            "csak",
            "szerint",
            "mint",
            "volt",
            "lesz",
            "kell",
            "ezt",
            "azt",
            "után",
            "között",
            "pedig",
            "amely",
            "aki",
            "akik",
            "mondta",
            "közölte",
            "miatt",
            "alatt",
            "ellen",
            "vagy",
            "sem",
            "lehet",
            "így",
            "tavaly",
            "idén",
            "ahol",
            "amit",
            "minden",
            "több",
        }
    ),
)
