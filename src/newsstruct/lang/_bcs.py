"""What Croatian and Serbian share, in Latin script: the base lexicon that ``hr.py`` and
``sr.py`` complete with the words each standard spells its own way (Croatian ijekavian
"rekao je da će sljedeće godine", Serbian ekavian "sledeće godine"; Croatian "tisuća",
"tjedan", Serbian "hiljada", "nedelja").

Data, and the one rule that spells the perfect's cue phrases.  Cue verbs are the
reporting verbs of the two wires (HINA, Tanjug, Beta: "rekao je", "izjavio je", "naveo
je", "istaknuo / istakao je", "dodao je"), with the
cognition verbs that ANNOTATION.md counts as cues.  Every form is spelled out, one lemma
a line: infinitive, present third person singular and plural, first person singular, the
active past participle of the perfect in every gender and number (rekao, rekla, reklo,
rekli, rekle), and the adverbial participle (rekavši).  The perfect's auxiliary ("je",
"su") stands before or after the participle ("X je rekao", "rekao je X"): it is one of
:attr:`Lexicon.auxiliaries`, and a cue with the auxiliary after it is a cue phrase.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

#: Speech verbs of both standards: those spelled alike, then the ekavian (Serbian) and the
#: ijekavian (Croatian) forms, so that either lexicon reads the other's text.
SPEECH_VERBS = """
reći kaže kažu kažem rekao rekla reklo rekli rekle rekavši
kazati kazao kazala kazalo kazali kazale
govoriti govori govore govorim govorio govorila govorilo govorili govorile
izjaviti izjavi izjave izjavim izjavio izjavila izjavilo izjavili izjavile izjavivši
izjavljivati izjavljuje izjavljuju
navesti navede navedu navedem naveo navela navelo naveli navele navevši
navoditi navodi navode navodio navodila navodili
dodati doda dodaju dodam dodao dodala dodalo dodali dodale dodavši
dodavati dodaje dodaju dodavao dodavala
naglasiti naglasi naglase naglasim naglasio naglasila naglasilo naglasili naglasile
naglasivši
naglašavati naglašava naglašavaju naglašavao naglašavala naglašavali
objasniti objasni objasne objasnim objasnio objasnila objasnilo objasnili objasnile
objašnjavati objašnjava objašnjavaju objašnjavao objašnjavala objašnjavali
najaviti najavi najave najavim najavio najavila najavilo najavili najavile
najavljivati najavljuje najavljuju najavljivao najavljivala
upozoriti upozori upozore upozorim upozorio upozorila upozorilo upozorili upozorile
upozoravati upozorava upozoravaju upozoravao upozoravala upozoravali
poručiti poruči poruče poručim poručio poručila poručilo poručili poručile
poručivati poručuje poručuju
potvrditi potvrdi potvrde potvrdim potvrdio potvrdila potvrdilo potvrdili potvrdile
potvrđivati potvrđuje potvrđuju potvrđivao potvrđivala
tvrditi tvrdi tvrde tvrdim tvrdio tvrdila tvrdilo tvrdili tvrdile
pozvati pozove pozovu pozovem pozvao pozvala pozvalo pozvali pozvale
pozivati poziva pozivaju pozivam pozivao pozivala pozivali
zatražiti zatraži zatraže zatražio zatražila zatražilo zatražili zatražile
tražiti traži traže tražim tražio tražila tražili
predložiti predloži predlože predložio predložila predložilo predložili predložile
predlagati predlaže predlažu predlagao predlagala predlagali
obećati obeća obećaju obećam obećao obećala obećalo obećali obećale
obećavati obećava obećavaju obećavao obećavala
priznati prizna priznaju priznam priznao priznala priznalo priznali priznale
priznavati priznaje priznaju
negirati negira negiraju negirao negirala negirali
odgovoriti odgovori odgovore odgovorio odgovorila odgovorilo odgovorili odgovorile
odgovarati odgovara odgovaraju
upitati upita upitaju upitao upitala upitali
pitati pita pitaju pitam pitao pitala pitali
napisati napiše napišu napišem napisao napisala napisalo napisali napisale
pisati piše pišu pišem pisao pisala pisali
ispričati ispriča ispričaju ispričao ispričala ispričali
pričati priča pričaju pričao pričala pričali
precizirati precizira preciziraju precizirao precizirala precizirali
ukazati ukaže ukažu ukazao ukazala ukazalo ukazali ukazale
ukazivati ukazuje ukazuju ukazivao ukazivala
zaključiti zaključi zaključe zaključio zaključila zaključili
izraziti izrazi izraze izrazio izrazila izrazilo izrazili izrazile
otkriti otkrije otkriju otkrio otkrila otkrilo otkrili otkrile
javiti javi jave javio javila javilo javili javile
objaviti objavi objave objavio objavila objavilo objavili objavile
pojasniti pojasni pojasne pojasnio pojasnila pojasnilo pojasnili pojasnile
insistirati insistira insistiraju insistirao insistirala insistirali
optužiti optuži optuže optužio optužila optužili
optuživati optužuje optužuju optuživao optuživala
zamoliti zamoli zamole zamolio zamolila zamolili
moliti moli mole molio molila molili
podsećati
ponoviti ponovi ponove ponovio ponovila ponovili
složiti složio složila složili
zapitati zapitao zapitala
uzvratiti uzvrati uzvratio uzvratila uzvratili
prokomentarisati
apelirati apelira apelirao apelirala
požaliti požalio požalila požalili
žaliti žali žale žalio žalila
istaći ističe ističu istakao istakla istaklo istakli istakle
saopštiti saopšti saopšte saopštim saopštio saopštila saopštilo saopštili saopštile
saopštivši saopštavati saopštava saopštavaju
oceniti oceni ocene ocenim ocenio ocenila ocenilo ocenili ocenile ocenjuje ocenjuju
podsetiti podseti podsete podsetio podsetila podsetilo podsetili podsetile podseća podsećaju
uveriti uveri uverio uverila uverili uverava uveravaju
zahtevati zahteva zahtevaju zahtevao zahtevala zahtevali
proceniti proceni procene procenio procenila procenili procenjuje procenjuju
izneti iznese iznesu izneo iznela izneli
demantovati demantuje demantuju demantovao demantovala demantovali
konstatovati konstatuje konstatuju konstatovao konstatovala konstatovali
komentarisati komentariše komentarišu komentarisao komentarisala komentarisali
prokomentarisati prokomentarisao prokomentarisala prokomentarisali
kritikovati kritikuje kritikuju kritikovao kritikovala kritikovali
podvući podvuče podvukao podvukla podvukli
apelovati apeluje apeluju apelovao apelovala apelovali
sugerisati sugeriše sugerisao sugerisala
priopćiti priopći priopće priopćim priopćio priopćila priopćilo priopćili priopćile
priopćivši priopćavati priopćava priopćavaju
ocijeniti ocijeni ocijene ocijenim ocijenio ocijenila ocijenilo ocijenili ocijenile
ocjenjuje ocjenjuju
podsjetiti podsjeti podsjete podsjetio podsjetila podsjetilo podsjetili podsjetile
podsjeća podsjećaju
istaknuti istakne istaknu istaknuo istaknula istaknulo istaknuli istaknule
izvijestiti izvijesti izvijeste izvijestio izvijestila izvijestilo izvijestili izvijestile
izvještava izvještavaju
uvjeriti uvjeri uvjerio uvjerila uvjerili uvjerava uvjeravaju
zahtijevati zahtijeva zahtijevaju zahtijevao zahtijevala zahtijevali
procijeniti procijeni procijene procijenio procijenila procijenili procjenjuje procjenjuju
iznijeti iznese iznesu iznio iznijela iznijeli
demantirati demantira demantiraju demantirao demantirala demantirali
konstatirati konstatira konstatiraju konstatirao konstatirala konstatirali
komentirati komentira komentiraju komentirao komentirala komentirali
prokomentirati prokomentirao prokomentirala prokomentirali
kritizirati kritizira kritiziraju kritizirao kritizirala kritizirali
ustvrditi ustvrdi ustvrdio ustvrdila ustvrdili
"""


def perfect_cues(verbs: str) -> tuple[str, ...]:
    """The perfect of the participles among ``verbs`` with its auxiliary after them
    (``rekao je X``, ``izjavili su``): one cue, so that the auxiliary is no part of the
    speaker after it."""
    return tuple(
        f"{participle} {auxiliary}"
        for participle in verbs.split()
        if participle.endswith(("ao", "io", "eo", "uo", "la", "lo", "li", "le"))
        for auxiliary in ("je", "su")
    )


def from_body_cues(verbs: str) -> tuple[str, ...]:
    """The plural participles among ``verbs`` with the preposition "iz" (from) after them,
    the auxiliary between or not (``C, priopćili su iz ministarstva``, ``Iz tvrtke su
    pojasnili da C``): the body after the preposition speaks, as Hina writes of an
    institution."""
    return tuple(
        f"{participle}{auxiliary} iz"
        for participle in verbs.split()
        if participle.endswith(("li", "le"))
        for auxiliary in ("", " su")
    )


#: Present adverbial participles after a comma, the sentence's subject theirs ("najavio je
#: zatvaranje luke, dodajući da C"); the ekavian forms, then the ijekavian.
PRESENT_PARTICIPLES = """
dodajući ističući naglašavajući navodeći tvrdeći upozoravajući objašnjavajući ocenjujući
podsećajući ocjenjujući podsjećajući
"""


#: Cognition verbs of both standards.
COGNITION_VERBS = """
smatrati smatra smatraju smatram smatrao smatrala smatralo smatrali smatrale
misliti misli misle mislim mislio mislila mislili
očekivati očekuje očekuju očekujem očekivao očekivala očekivali
znati zna znaju znam znao znala znali
uvjeren uvjerena uvjereni ubeđen ubeđena ubeđeni siguran sigurna sigurni
nadati nada nadaju nadam nadao nadala nadali
bojati boji boje bojao bojala bojali
sumnjati sumnja sumnjaju sumnjao sumnjala sumnjali
verovati veruje veruju verujem verovao verovala verovali
ubeđen ubeđena ubeđeni uveren uverena uvereni
vjerovati vjeruje vjeruju vjerujem vjerovao vjerovala vjerovali
"""

#: Cue verbs that take an addressee before their content (``rekao je novinarima da``).
OBJECT_VERBS = """
rekao rekla rekli kazao kazala kazali
poručio poručila poručili
objasnio objasnila objasnili
upozorio upozorila upozorili
pozvao pozvala pozvali poziva pozivaju
zamolio zamolila zamolili
obećao obećala obećali
uverio uverila uverili uvjerio uvjerila uvjerili
"""

#: Cue verbs whose content is a clause of "da" with a present or an infinitive
#: (``pozvao je građane da glasaju``).
CONTROL_VERBS = """
pozvati pozvao pozvala pozvalo pozvali pozvale poziva pozivaju
zatražiti zatražio zatražila zatražili traži traže
predložiti predložio predložila predložili predlaže predlažu
obećati obećao obećala obećali obeća obećaju
zamoliti zamolio zamolila zamolili
zahtevao zahtevala zahteva zahtijevao zahtijevala zahtijeva
"""

#: Role nouns spelled alike, in the nominative and the cases a source takes.
ROLE_NOUNS = """
predsjednik predsednik ministar ministra ministrica ministarka premijer premijera
premijerka potpredsjednik potpredsednik gradonačelnik gradonačelnika gradonačelnica
načelnik načelnica župan direktor direktora direktorica direktorka ravnatelj
ravnateljica guverner guvernera guvernerka glasnogovornik glasnogovornica portparol
portparolka predstavnik predstavnica predstavnici izvor izvori sugovornik stručnjak
stručnjaci analitičar analitičari politolog ekonomist ekonomista zastupnik zastupnica
poslanik poslanica poslanici veleposlanik ambasador ambasadorka diplomat diplomati
dužnosnik dužnosnica zvaničnik zvaničnici general generali zapovjednik komandant
pukovnik savjetnik savetnik savjetnica savetnica pomoćnik pomoćnica odvjetnik advokat
odvjetnica advokatica tužitelj tužilac tužiteljica tužiteljka sudac sudija sutkinja
policija policajac policajci liječnik lekar liječnica lekarka znanstvenik naučnik
profesor profesorica profesorka novinar novinarka urednik urednica autor autorica
autorka lider čelnik čelnica vlada ministarstvo tvrtka kompanija stanovnici
stanovnik svjedok svedok svjedoci svedoci sudionik učesnik zaposlenik zaposleni
stručnjakinja trener trenerica izbornik selektor kapetan glumac glumica pjevač
pevač pjevačica pevačica ravnatelja direktorice direktorke ministrice ministarke
premijerke ministru ministrom tužioca tužitelja
vlasnik vlasnica vlasnika šef šefica šefa predsjednica predsednica potpredsjednica
potpredsednica član članica dopredsjednik tajnik tajnica sekretar sekretarka
koordinator koordinatorica voditelj voditeljica upravnik upravnica upravitelj dekan
rektor rektorica biskup gradonačelnica pročelnik pročelnica inspektor inspektorica
analitičarka ekonomistica vojnik vojnici svećenik sveštenik liječnici lekari
"""

#: Words that are the source of the content, before it: ``Prema riječima X, C``.
SOURCE_PHRASES = (
    "prema",
    "prema navodima",
    "prema podacima",
    "prema informacijama",
    "prema procjenama",
    "prema procenama",
    "prema njegovim riječima",
    "prema njenim riječima",
    "prema njezinim riječima",
    "prema njihovim riječima",
    "prema njegovim rečima",
    "prema njenim rečima",
    "prema njihovim rečima",
    "prema riječima",
    "prema rečima",
    "po riječima",
    "po rečima",
    "po mišljenju",
    "kako navodi",
    "kako navode",
    "kako tvrdi",
    "kako tvrde",
    "kako kaže",
    "kako kažu",
    "po oceni",
    "prema oceni",
    "prema proceni",
    "prema ocjeni",
    "prema procjeni",
)

BASE = Lexicon(
    code="bcs",
    name="Croatian and Serbian",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((SPEECH_VERBS + COGNITION_VERBS + PRESENT_PARTICIPLES).split()),
    object_cue_verbs=frozenset(OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(CONTROL_VERBS.split()),
    cue_phrases=(*perfect_cues(SPEECH_VERBS), *from_body_cues(SPEECH_VERBS)),
    naming_cues=("nazvao", "nazvala", "nazvali", "naziva", "nazivaju", "opisao", "opisala"),
    source_phrases=SOURCE_PHRASES,
    pronouns=frozenset({"on", "ona", "ono", "oni", "one", "ja", "mi", "vi", "ti", "tko", "ko"}),
    person_pronouns=frozenset({"on", "ona"}),
    object_pronouns=frozenset(
        {"mu", "joj", "im", "nam", "mi", "vam", "ga", "je", "ih", "nas", "njemu", "njoj", "njima"}
    ),
    audience_nouns=frozenset({"novinarima", "medijima", "novinaru", "agenciji", "televiziji"}),
    relative_pronouns=frozenset({"koji", "koja", "koje", "što", "tko", "ko"}),
    noun_like_cues=frozenset({"zna", "traži", "nada", "moli", "poziva", "pita", "priča"}),
    possessive_determiners=frozenset(
        {
            "njegov",
            "njegova",
            "njegovo",
            "njegovim",
            "njen",
            "njena",
            "njenim",
            "njezin",
            "njezina",
            "njezinim",
            "njihov",
            "njihova",
            "njihovim",
        }
    ),
    feminine_words=frozenset(
        {
            "ona",
            "njen",
            "njena",
            "njenim",
            "njezin",
            "njezina",
            "njezinim",
            "ministrica",
            "ministarka",
            "premijerka",
            "gradonačelnica",
            "direktorica",
            "direktorka",
            "glasnogovornica",
            "portparolka",
            "predstavnica",
            "zastupnica",
            "poslanica",
            "tužiteljica",
            "tužiteljka",
            "sutkinja",
            "guvernerka",
            "savjetnica",
            "savetnica",
            "profesorica",
            "profesorka",
            "novinarka",
            "autorica",
            "autorka",
            "gospođa",
        }
    ),
    masculine_words=frozenset(
        {"on", "njega", "njemu", "gospodin", "njegov", "njegova", "njegovim"}
    ),
    feminine_name_endings=("a",),
    feminine_surname_endings=("ova", "eva", "ska"),
    first_names=frozenset(
        {
            "aleksandar",
            "aleksandra",
            "ana",
            "andrej",
            "ante",
            "bojan",
            "bojana",
            "boris",
            "branko",
            "dalibor",
            "damir",
            "danijela",
            "darko",
            "davor",
            "dejan",
            "dragan",
            "dragana",
            "dražen",
            "dušan",
            "dubravka",
            "goran",
            "gordana",
            "hrvoje",
            "igor",
            "ivan",
            "ivana",
            "ivica",
            "jasmina",
            "jelena",
            "josip",
            "jovan",
            "jovana",
            "katarina",
            "kristina",
            "maja",
            "marija",
            "marina",
            "marko",
            "milan",
            "milena",
            "miloš",
            "milica",
            "miroslav",
            "mladen",
            "nataša",
            "nebojša",
            "nemanja",
            "nenad",
            "nikola",
            "predrag",
            "petar",
            "sanja",
            "slobodan",
            "snežana",
            "snježana",
            "stevan",
            "svetlana",
            "tamara",
            "tomislav",
            "vesna",
            "vladimir",
            "vuk",
            "zoran",
            "željko",
            "zlatko",
            "luka",
            "stjepan",
            "mirjana",
            "tanja",
            "dijana",
            "petra",
            "milana",
            "zorana",
            "dejana",
            "gorana",
        }
    ),
    # Milena -> Milene, Goran -> Gorana, Marko -> Marka, Petar -> Petra (the fleeting a)
    first_name_cases=(
        ("ra", "ar", "gen"),
        ("e", "a", "gen"),
        ("a", "o", "gen"),
        ("a", "", "gen"),
        ("i", "a", "dat"),
        ("u", "o", "dat"),
        ("ru", "ar", "dat"),
        ("u", "", "dat"),
        ("om", "", "ins"),
        ("om", "o", "ins"),
        ("rom", "ar", "ins"),
        ("om", "a", "ins"),
    ),
    # a woman's surname keeps its form in every case (Milene Stojanović)
    surname_cases=(
        ("m", "gen", "ića", "ić"),
        ("m", "gen", "a", ""),
        ("m", "dat", "iću", "ić"),
        ("m", "dat", "u", ""),
        ("m", "ins", "ićem", "ić"),
        ("m", "ins", "om", ""),
    ),
    unisex_names=frozenset({"vanja"}),
    masculine_names=frozenset(
        {
            "nikola",
            "luka",
            "saša",
            "ilija",
            "jovica",
            "mića",
            "sava",
            "andrija",
            "toma",
            "nemanja",
            "nikša",
            "frano",
            "mirza",
        }
    ),
    first_person=frozenset(
        {"ja", "mi", "moj", "moja", "moje", "naš", "naša", "naše", "nama", "nas", "sam", "smo"}
    ),
    determiners=frozenset(
        {
            "taj",
            "ta",
            "to",
            "ti",
            "te",
            "ovaj",
            "ova",
            "ovo",
            "ovi",
            "ove",
            "jedan",
            "jedna",
            "jedno",
            "neki",
            "neka",
            "neke",
            "mnogi",
            "nekoliko",
            "svaki",
            "svaka",
            "drugi",
            "druga",
            "njegov",
            "njegova",
            "njen",
            "njena",
            "njezin",
            "njezina",
            "njihov",
            "njihova",
            "svi",
            "sve",
            "dva",
            "dvije",
            "dve",
            "tri",
        }
    ),
    auxiliaries=frozenset(
        {
            "je",
            "su",
            "sam",
            "smo",
            "ste",
            "si",
            "će",
            "ću",
            "ćemo",
            "bi",
            "bih",
            "bismo",
            "se",
            "joj",
            "mu",
            "im",
            "već",
            "još",
            "ranije",
            "kasnije",
            "ponovo",
            "ponovno",
            "danas",
            "jučer",
            "juče",
            "javno",
            "otvoreno",
            "samo",
            "također",
            "takođe",
            "međutim",
            "pritom",
            "ne",
            "nije",
            "čak",
            "uvijek",
            "uvek",
            "nikad",
            "često",
            "sada",
            "sad",
            "tada",
            "zatim",
            "potom",
            "službeno",
            "zvanično",
            "kratko",
            "jasno",
            "izričito",
        }
    ),
    passive_auxiliaries=frozenset({"bio", "bila", "bilo", "bili", "bile", "biti", "bude"}),
    complementizers=frozenset({"da"}),
    conjunctions=frozenset(
        {
            "i",
            "a",
            "ali",
            "ili",
            "no",
            "nego",
            "već",
            "jer",
            "pa",
            "te",
            "kad",
            "kada",
            "ako",
            "iako",
            "dok",
            "međutim",
        }
    ),
    list_conjunctions=frozenset({"i", "ili", "te"}),
    clause_openers=frozenset(
        {
            "što",
            "šta",
            "tko",
            "ko",
            "gdje",
            "gde",
            "kada",
            "kad",
            "kako",
            "zašto",
            "koliko",
            "koji",
            "koja",
            "koje",
            "kojeg",
            "kojem",
            "kojoj",
            "kojima",
            "čiji",
            "čija",
            "li",
            "da",
        }
    ),
    question_words=frozenset({"što", "šta", "tko", "ko", "gdje", "gde", "kada", "kako", "zašto"}),
    as_words=frozenset({"kako"}),
    content_stops=frozenset({"iako", "premda", "dok", "međutim"}),
    pro_drop=True,
    ordinal_full_stop=True,
    bare_noun_subjects=True,
    unpunctuated_sources=True,
    verbal_cues=True,
    zero_complementizer=False,
    infinitive_endings=("ti", "ći"),
    participle_endings=("vši", "ući", "eći"),
    sentence_adverbs=frozenset({"sada", "sad", "možda", "ipak"}),
    phrase_prepositions=frozenset({"za"}),
    channel_prepositions=frozenset({"za"}),
    reference_phrases=("pozivajući se na", "pozivajući se na izvore u"),
    prepositions=frozenset(
        {
            "o",
            "u",
            "na",
            "s",
            "sa",
            "iz",
            "od",
            "do",
            "za",
            "po",
            "pri",
            "bez",
            "pod",
            "nad",
            "pred",
            "prije",
            "pre",
            "nakon",
            "posle",
            "poslije",
            "između",
            "kroz",
            "preko",
            "protiv",
            "prema",
            "oko",
            "kod",
            "zbog",
            "umjesto",
            "umesto",
            "osim",
            "među",
            "tijekom",
            "tokom",
            "k",
            "ka",
        }
    ),
    time_words=frozenset(
        {
            "ponedjeljak",
            "ponedeljak",
            "utorak",
            "srijedu",
            "sredu",
            "četvrtak",
            "petak",
            "subotu",
            "nedjelju",
            "nedelju",
            "danas",
            "jučer",
            "juče",
            "sutra",
            "jutros",
            "sinoć",
            "večeras",
            "ranije",
            "kasnije",
            "također",
            "takođe",
            "već",
            "još",
            "ponovo",
            "ponovno",
            "nedelje",
            "nedelja",
            "sledeće",
            "tjedna",
            "tjedan",
            "sljedeće",
            "sljedećeg",
            "prošle",
            "prošlog",
        }
    ),
    role_nouns=frozenset(ROLE_NOUNS.split()),
    indefinites=frozenset(
        {
            "jedan",
            "jedna",
            "jedno",
            "jednog",
            "jednoga",
            "jednoj",
            "jednu",
            "jednom",
            "neki",
            "neka",
            "neko",
            "nekog",
            "nekoliko",
        }
    ),
    titles=frozenset(
        {
            "gospodin",
            "gospođa",
            "predsjednik",
            "predsednik",
            "premijer",
            "ministar",
            "ministrica",
            "ministarka",
            "gradonačelnik",
            "župan",
            "general",
            "pukovnik",
            "profesor",
            "dr",
            "prof",
            "direktor",
            "bivši",
            "hrvatski",
            "srpski",
            "američki",
            "ruski",
        }
    ),
    media_words=frozenset(
        {
            "hina",
            "hine",
            "hini",
            "tanjug",
            "tanjuga",
            "tanjugu",
            "beta",
            "betu",
            "bete",
            "fonet",
            "n1",
            "rts",
            "hrt",
            "rtl",
            "nova tv",
            "index.hr",
            "jutarnji",
            "večernji",
            "politika",
            "blic",
            "novosti",
            "agencija",
            "agencije",
            "agenciji",
            "list",
            "lista",
            "listu",
            "portal",
            "portala",
            "portalu",
            "televizija",
            "televizije",
            "televiziji",
            "radio",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"agencija", "agencije", "agenciji"}),
    generic_media=frozenset({"mediji", "medija", "medijima"}),
    platform_words=frozenset(
        {"facebook", "facebooku", "instagram", "instagramu", "x", "mreže", "mrežama", "mreži"}
    )
    | PLATFORMS,
    credit_cues=frozenset({"piše", "prenosi", "javlja", "kako piše", "kako prenosi"}),
    attribution_cues=(
        "pozivajući se na",
        "kako piše",
        "kako pišu",
        "kako prenosi",
        "kako javlja",
        "piše",
        "prenosi",
        "javlja",
    ),
    attribution_verbs=("piše", "pišu", "prenosi", "prenose", "javlja", "javljaju", "objavio"),
    anaphoric_cues=(
        "to je izjavio",
        "to je izjavila",
        "to je rekao",
        "to je rekla",
        "to je naveo",
        "to je navela",
        "to je najavio",
        "to je najavila",
        "to je saopštio",
        "to je saopštila",
        "to je saopštilo",
        "to su saopštili",
        "to je priopćio",
        "to je priopćila",
        "to je priopćilo",
        "to su priopćili",
        "to je ocenio",
        "to je ocenila",
        "to je ocijenio",
        "to je ocijenila",
        "o tome je izvestio",
        "o tome je izvestila",
        "o tome je izvestilo",
        "o tome su izvestili",
        "o tome je izvijestio",
        "o tome je izvijestila",
        "o tome je izvijestilo",
        "o tome su izvijestili",
    ),
    anaphors=("to", "o tome"),
    byline_words=("Autor", "Piše"),
    background_markers=("podsetimo", "podsećamo", "podsjetimo", "podsjećamo"),
    background_openers=(
        "podsetimo,",
        "podsećamo,",
        "podsećamo da",
        "podsjetimo,",
        "podsjećamo,",
        "podsjećamo da",
        "kako je ranije",
        "kako je već objavljeno",
        "kako je objavljeno",
        "ranije",
        "ranije je",
        "ranije ove godine",
        "prošle godine",
        "prošle nedelje",
        "prošlog tjedna",
        "prošlog meseca",
        "prošlog mjeseca",
        "prethodno",
        "pre toga",
        "prije toga",
    ),
    section_markers=("video", "foto", "pročitajte još", "pročitajte i"),
    # Serbian names, then Croatian: a date of either reads in both
    month_names=(
        ("januara", "januar", "siječnja", "siječanj"),
        ("februara", "februar", "veljače", "veljača"),
        ("marta", "mart", "ožujka", "ožujak"),
        ("aprila", "april", "travnja", "travanj"),
        ("maja", "maj", "svibnja", "svibanj"),
        ("juna", "jun", "lipnja", "lipanj"),
        ("jula", "jul", "srpnja", "srpanj"),
        ("avgusta", "avgust", "kolovoza", "kolovoz"),
        ("septembra", "septembar", "rujna", "rujan"),
        ("oktobra", "oktobar", "listopada", "listopad"),
        ("novembra", "novembar", "studenoga", "studenog", "studeni"),
        ("decembra", "decembar", "prosinca", "prosinac"),
    ),
    boilerplate=("foto:", "izvor:", "video:", "pročitajte još", "pročitajte i"),
    # frequent words of both standards that no other lexicon's language writes: they
    # vote for the two together, and the words each spells its own way choose between them
    stopwords=frozenset(
        {
            "će",
            "koji",
            "koja",
            "koje",
            "kojeg",
            "nije",
            "godine",
            "godina",
            "rekao",
            "rekla",
            "izjavio",
            "izjavila",
            "naveo",
            "navela",
            "dodao",
            "kako",
            "što",
            "već",
            "još",
            "ovo",
            "ova",
            "ove",
            "ovaj",
            "biti",
            "bio",
            "bilo",
            "bili",
            "prema",
            "nakon",
            "mogu",
            "može",
            "kao",
            "ili",
            "ali",
            "iz",
            "samo",
            "njegov",
            "njihov",
            "njegova",
            "sve",
            "svi",
            "zbog",
            "među",
            "više",
            "nego",
            "jer",
            "iako",
            "jedan",
            "jedna",
            "ima",
            "imaju",
            "kada",
        }
    ),
    abbreviations=frozenset(
        {
            "tzv",
            "npr",
            "dr",
            "prof",
            "mr",
            "st",
            "br",
            "tj",
            "itd",
            "sl",
            "god",
            "mil",
            "mlrd",
            "ul",
            "gđa",
            "g",
            "sv",
            "tel",
            "min",
            "km",
            "kg",
        }
    ),
)
"""The lexicon both standards share: ``hr.py`` and ``sr.py`` evolve it."""
