"""Czech lexicon.

Cue verbs are the reporting verbs of Czech news copy (ČTK wire style: "řekl", "uvedl",
"sdělil", "prohlásil", "dodal") and the verba dicendi of the Czech National Corpus
valency lexicon VALLEX 4.0 (class "communication"), with the cognition verbs that
ANNOTATION.md counts as cues.  Every form is spelled out, one lemma a line,
perfective and imperfective lemmas on lines of their own: infinitive, present (or
perfective future) third person singular and plural, first person singular, and the
past participle in every gender and number (masculine, feminine, neuter singular;
masculine animate and feminine plural: řekl, řekla, řeklo, řekli, řekly).

Quotation marks follow Czech typography (ČSN 01 6910, Pravidla českého pravopisu):
„ “ outside, ‚ ‘ inside; » « also occurs in print.  Background markers are the ČTK
and iROZHLAS ones ("Připomeňme", "Jak již bylo uvedeno").  Months are given in the
nominative and the genitive ("26. března").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
označit označí označil označila označilo označili označily označuje označují
označoval označovala označovali
říci říct řekne řeknou řeknu řekl řekla řeklo řekli řekly
říkat říká říkají říkám říkal říkala říkalo říkali říkaly
říkávat říkává říkávají říkával říkávala říkávalo říkávali říkávaly
uvést uvede uvedou uvedu uvedl uvedla uvedlo uvedli uvedly
uvádět uvádí uvádějí uvádím uváděl uváděla uvádělo uváděli uváděly
prohlásit prohlásí prohlásím prohlásil prohlásila prohlásilo prohlásili prohlásily
prohlašovat prohlašuje prohlašují prohlašuji prohlašoval prohlašovala prohlašovali
prohlašovaly
sdělit sdělí sdělím sdělil sdělila sdělilo sdělili sdělily
sdělovat sděluje sdělují sděluji sděloval sdělovala sdělovali sdělovaly
dodat dodá dodají dodám dodal dodala dodalo dodali dodaly
dodávat dodává dodávají dodávám dodával dodávala dodávalo dodávali dodávaly
konstatovat konstatuje konstatují konstatuji konstatoval konstatovala konstatovalo
konstatovali konstatovaly
tvrdit tvrdí tvrdím tvrdil tvrdila tvrdilo tvrdili tvrdily
poznamenat poznamená poznamenají poznamenám poznamenal poznamenala poznamenalo
poznamenali poznamenaly
poznamenávat poznamenává poznamenávají poznamenával poznamenávala poznamenávali
upozornit upozorní upozorní upozorním upozornil upozornila upozornilo upozornili upozornily
upozorňovat upozorňuje upozorňují upozorňuji upozorňoval upozorňovala upozorňovali
upozorňovaly
vysvětlit vysvětlí vysvětlím vysvětlil vysvětlila vysvětlilo vysvětlili vysvětlily
vysvětlovat vysvětluje vysvětlují vysvětluji vysvětloval vysvětlovala vysvětlovali
vysvětlovaly
zdůraznit zdůrazní zdůrazním zdůraznil zdůraznila zdůraznilo zdůraznili zdůraznily
zdůrazňovat zdůrazňuje zdůrazňují zdůrazňuji zdůrazňoval zdůrazňovala zdůrazňovali
zdůrazňovaly
oznámit oznámí oznámím oznámil oznámila oznámilo oznámili oznámily
oznamovat oznamuje oznamují oznamuji oznamoval oznamovala oznamovali oznamovaly
potvrdit potvrdí potvrdím potvrdil potvrdila potvrdilo potvrdili potvrdily
potvrzovat potvrzuje potvrzují potvrzuji potvrzoval potvrzovala potvrzovali potvrzovaly
napsat napíše napíšou napíší napíšu napsal napsala napsalo napsali napsaly
psát píše píšou píší píšu psal psala psalo psali psaly
odpovědět odpoví odpovědí odpovím odpověděl odpověděla odpovědělo odpověděli odpověděly
odpovídat odpovídá odpovídají odpovídám odpovídal odpovídala odpovídali odpovídaly
zeptat zeptá zeptají zeptám zeptal zeptala zeptalo zeptali zeptaly
ptát ptá ptají ptám ptal ptala ptalo ptali ptaly
informovat informuje informují informuji informoval informovala informovalo informovali
informovaly
prozradit prozradí prozradím prozradil prozradila prozradilo prozradili prozradily
prozrazovat prozrazuje prozrazují prozrazoval prozrazovala prozrazovali
připomenout připomene připomenou připomenu připomněl připomněla připomnělo připomněli
připomněly
připomínat připomíná připomínají připomínám připomínal připomínala připomínali připomínaly
varovat varuje varují varuji varoval varovala varovalo varovali varovaly
ujistit ujistí ujistím ujistil ujistila ujistilo ujistili ujistily
ujišťovat ujišťuje ujišťují ujišťuji ujišťoval ujišťovala ujišťovali ujišťovaly
slíbit slíbí slíbím slíbil slíbila slíbilo slíbili slíbily
slibovat slibuje slibují slibuji sliboval slibovala slibovali slibovaly
přiznat přizná přiznají přiznám přiznal přiznala přiznalo přiznali přiznaly
přiznávat přiznává přiznávají přiznával přiznávala přiznávali přiznávaly
popřít popře popřou popřel popřela popřelo popřeli popřely
popírat popírá popírají popírám popíral popírala popírali popíraly
odmítnout odmítne odmítnou odmítnu odmítl odmítla odmítlo odmítli odmítly
odmítat odmítá odmítají odmítám odmítal odmítala odmítali odmítaly
namítnout namítne namítnou namítl namítla namítlo namítli namítly
namítat namítá namítají namítal namítala namítali namítaly
vyzvat vyzve vyzvou vyzvu vyzval vyzvala vyzvalo vyzvali vyzvaly
vyzývat vyzývá vyzývají vyzývám vyzýval vyzývala vyzývali vyzývaly
požádat požádá požádají požádám požádal požádala požádalo požádali požádaly
žádat žádá žádají žádám žádal žádala žádalo žádali žádaly
navrhnout navrhne navrhnou navrhnu navrhl navrhla navrhlo navrhli navrhly
navrhovat navrhuje navrhují navrhuji navrhoval navrhovala navrhovali navrhovaly
pohrozit pohrozí pohrozil pohrozila pohrozilo pohrozili pohrozily
hrozit hrozí hrozil hrozila hrozili hrozily
kritizovat kritizuje kritizují kritizoval kritizovala kritizovali kritizovaly
zkritizovat zkritizoval zkritizovala zkritizovali zkritizovaly
vyjádřit vyjádří vyjádřím vyjádřil vyjádřila vyjádřilo vyjádřili vyjádřily
vyjadřovat vyjadřuje vyjadřují vyjadřoval vyjadřovala vyjadřovali vyjadřovaly
komentovat komentuje komentují komentoval komentovala komentovali komentovaly
okomentovat okomentoval okomentovala okomentovali okomentovaly
doplnit doplní doplním doplnil doplnila doplnilo doplnili doplnily
doplňovat doplňuje doplňují doplňoval doplňovala doplňovali doplňovaly
zopakovat zopakuje zopakují zopakoval zopakovala zopakovalo zopakovali zopakovaly
opakovat opakuje opakují opakuji opakoval opakovala opakovali opakovaly
zmínit zmíní zmíním zmínil zmínila zmínilo zmínili zmínily
zmiňovat zmiňuje zmiňují zmiňoval zmiňovala zmiňovali zmiňovaly
podotknout podotkne podotknou podotkl podotkla podotklo podotkli podotkly
podotýkat podotýká podotýkají podotýkal podotýkala podotýkali podotýkaly
ohlásit ohlásí ohlásil ohlásila ohlásilo ohlásili ohlásily
hlásit hlásí hlásil hlásila hlásili hlásily
odhadnout odhadne odhadnou odhadl odhadla odhadlo odhadli odhadly
odhadovat odhaduje odhadují odhadoval odhadovala odhadovali odhadovaly
předpovědět předpoví předpověděl předpověděla předpověděli předpověděly
předpovídat předpovídá předpovídají předpovídal předpovídala předpovídali
charakterizovat charakterizuje charakterizují charakterizoval charakterizovala
charakterizovali charakterizovaly
vyprávět vypráví vyprávějí vyprávím vyprávěl vyprávěla vyprávělo vyprávěli vyprávěly
vylíčit vylíčí vylíčil vylíčila vylíčili vylíčily
líčit líčí líčil líčila líčili líčily
stěžovat stěžuje stěžují stěžoval stěžovala stěžovali stěžovaly
postěžovat postěžoval postěžovala postěžovali postěžovaly
posteskl postěžkala posteskla posteskli posteskly
vzkázat vzkáže vzkážou vzkázal vzkázala vzkázalo vzkázali vzkázaly
vzkazovat vzkazuje vzkazují vzkazoval vzkazovala vzkazovali
zvolat zvolá zvolal zvolala zvolali zvolaly
vykřiknout vykřikl vykřikla vykřikli vykřikly
křičet křičí křičel křičela křičeli křičely
poukázat poukáže poukážou poukázal poukázala poukázalo poukázali poukázaly
poukazovat poukazuje poukazují poukazoval poukazovala poukazovali poukazovaly
argumentovat argumentuje argumentují argumentoval argumentovala argumentovali
argumentovaly
nastínit nastíní nastínil nastínila nastínili nastínily
shrnout shrne shrnou shrnul shrnula shrnulo shrnuli shrnuly
podtrhnout podtrhne podtrhl podtrhla podtrhli podtrhly
přidat přidá přidají přidal přidala přidalo přidali přidaly
ocenit ocení ocenil ocenila ocenilo ocenili ocenily
svěřit svěří svěřil svěřila svěřilo svěřili svěřily
prohodit prohodil prohodila prohodili
zavtipkovat zavtipkoval zavtipkovala zavtipkovali
vzpomínat vzpomíná vzpomínají vzpomínal vzpomínala vzpomínali vzpomínaly
vzpomenout vzpomene vzpomněl vzpomněla vzpomněli vzpomněly
trvat trvá trvají trval trvala trvali trvaly
ubezpečit ubezpečil ubezpečila ubezpečili
přislíbit přislíbí přislíbil přislíbila přislíbilo přislíbili přislíbily
zdůvodnit zdůvodní zdůvodnil zdůvodnila zdůvodnili zdůvodnily
vyhlásit vyhlásí vyhlásil vyhlásila vyhlásilo vyhlásili vyhlásily
usoudit usoudí usoudil usoudila usoudilo usoudili usoudily
dopsat dopsal dopsala dopsali
odvětit odvětí odvětil odvětila odvětili odvětily
opáčit opáčil opáčila opáčili
pronést pronese pronesl pronesla pronesli pronesly
oponovat oponuje oponují oponoval oponovala oponovali
sdělila
"""

_COGNITION_VERBS = """
myslet myslí myslím myslel myslela myslelo mysleli myslely
domnívat domnívá domnívají domnívám domníval domnívala domnívali domnívaly
věřit věří věřím věřil věřila věřilo věřili věřily
doufat doufá doufají doufám doufal doufala doufalo doufali doufaly
obávat obává obávají obávám obával obávala obávali obávaly
vědět ví vědí vím věděl věděla vědělo věděli věděly
předpokládat předpokládá předpokládají předpokládám předpokládal předpokládala
předpokládali předpokládaly
očekávat očekává očekávají očekávám očekával očekávala očekávali očekávaly
pochybovat pochybuje pochybují pochybuji pochyboval pochybovala pochybovali
soudit soudí soudím soudil soudila soudili soudily
mínit míní mínil mínila mínili mínily
počítat počítá počítají počítal počítala počítali počítaly
"""

_OBJECT_VERBS = """
řekl řekla řeklo řekli řekly řekne řeknou říká říkají
sdělil sdělila sdělilo sdělili sdělily sděluje sdělují
oznámil oznámila oznámilo oznámili oznámily
napsal napsala napsali napsaly
připomněl připomněla připomněli
ujistil ujistila ujistili ujišťuje
slíbil slíbila slíbili slibuje
vyzval vyzvala vyzvalo vyzvali vyzvaly vyzývá vyzývají
požádal požádala požádalo požádali požádaly žádá žádají
informoval informovala informovali informuje
varoval varovala varovali varuje
odpověděl odpověděla odpověděli
prozradil prozradila prozradili
vzkázal vzkázala vzkázali vzkazuje
"""

_CONTROL_VERBS = """
vyzvat vyzval vyzvala vyzvalo vyzvali vyzvaly vyzývá vyzývají vyzýval vyzývala
požádat požádal požádala požádalo požádali požádaly žádá žádají žádal žádala
navrhnout navrhl navrhla navrhli navrhuje navrhují
slíbit slíbil slíbila slíbili slibuje slibují
pohrozit pohrozil pohrozila pohrozili
"""

_ROLE_NOUNS = """
ministr ministryně ministři předseda předsedkyně místopředseda místopředsedkyně mluvčí
prezident prezidentka premiér premiérka poslanec poslankyně poslanci senátor senátorka
senátoři ředitel ředitelka ředitelé náměstek náměstkyně šéf šéfka starosta starostka
primátor primátorka hejtman hejtmanka velvyslanec velvyslankyně diplomat diplomaté
analytik analytička analytici ekonom ekonomka ekonomové odborník odbornice odborníci
expert expertka experti zástupce zástupkyně zástupci představitel představitelé
představitelka trenér kapitán svědek svědkyně svědci policie policista policisté advokát
advokátka soudce soudkyně státní prokurátor lékař lékařka lékaři profesor profesorka
vědec vědci autor autorka autoři novinář novinářka novináři list deník agentura vláda
ministerstvo úřad komise strana zdroj zdroje obyvatelé obyvatel kancléř kancléřka král
královna papež generál velitel voják vojáci úředník úředníci politik politici
činitel činitelé kardinál biskup farář hráč hráči útočník brankář obránce záložník
předák lídr lídři šéfredaktor redaktor komentátor mluvčího terorista manažer manažerka
majitel majitelka zakladatel podnikatel podnikatelé akcionář akcionáři banka firma
společnost podnik sdružení svaz unie rada výbor soud armáda muž žena lidé člověk
otec matka syn dcera manžel manželka kolega kolegové přítel
kraj město radnice magistrát obec
"""

# abbreviated titles: titles before a name and abbreviations for sentence splitting
_ABBREVIATED_TITLES = frozenset(
    {
        "ing",
        "mgr",
        "judr",
        "mudr",
        "phdr",
        "rndr",
        "doc",
        "prof",
        "dr",
        "bc",
        "csc",
    }
)

LEXICON = Lexicon(
    code="cs",
    name="Czech",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{SINGLE LOW-9 QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    cue_phrases=(
        "řekl novinářům",
        "řekla novinářům",
        "řekli novinářům",
        "sdělil novinářům",
        "sdělila novinářům",
        "řekl v rozhovoru",
        "řekla v rozhovoru",
        "uvedl v prohlášení",
        "uvedla v prohlášení",
        "uvedli v prohlášení",
        "napsal na twitteru",
        "napsala na twitteru",
        "napsal na síti x",
        "napsal na facebooku",
        "napsala na facebooku",
        "dal najevo",
        "dala najevo",
        "dali najevo",
        "dal jasně najevo",
        "vyjádřil přesvědčení",
        "vyjádřila přesvědčení",
        "vyjádřil naději",
        "vyjádřila naději",
        "poukázal na to",
        "poukázala na to",
        "upozornil na to",
        "upozornila na to",
        "trval na tom",
        "trvala na tom",
        "trvají na tom",
    ),
    naming_cues=(
        "označil",
        "označila",
        "označilo",
        "označili",
        "označily",
        "označuje",
        "označují",
        "nazval",
        "nazvala",
        "nazvali",
        "nazývá",
        "nazývají",
        "charakterizoval",
        "charakterizovala",
        "popsal",
        "popsala",
        "popsali",
    ),
    source_phrases=(
        "podle",
        "podle slov",
        "podle názoru",
        "podle informací",
        "podle údajů",
        "podle zjištění",
        "podle odhadu",
        "podle odhadů",
        "podle mínění",
        "dle",
        "dle slov",
        "slovy",
    ),
    pronouns=frozenset({"on", "ona", "ono", "oni", "ony", "já", "my", "vy", "ty", "kdo"}),
    # "…, lze očekávat změny": a cue's infinitive after one is no one's speech
    modal_predicatives=frozenset({"lze", "nelze", "možno", "nemožno", "nutno", "třeba"}),
    object_pronouns=frozenset(
        {"mu", "jí", "jim", "nám", "mi", "mně", "vám", "ti", "tobě", "ho", "je", "nás", "mě"}
        # after a preposition: "podle něj", "podle ní", "podle nich"
        | {"něj", "něho", "němu", "ní", "nich", "nim"}
    ),
    # "V rozhovoru pro ČT ministr řekl": the medium phrase, then the subject
    medium_prepositions=frozenset({"v"}),
    medium_nouns=frozenset(
        {
            "rozhovoru",
            "pořadu",
            "vysílání",
            "příspěvku",
            "diskusi",
        }
    ),
    audience_nouns=frozenset(
        {
            "novinářům",
            "reportérům",
            "zpravodajům",
            "médiím",
            "agentuře",
            "deníku",
            "televizi",
            "rádiu",
            "serveru",
        }
    ),
    relative_pronouns=frozenset({"který", "která", "které", "kteří", "jenž", "jež", "již"}),
    feminine_words=frozenset(
        {
            "ona",
            "paní",
            "ministryně",
            "poslankyně",
            "ředitelka",
            "primátorka",
            "starostka",
            "předsedkyně",
            "premiérka",
            "prezidentka",
        }
    ),
    masculine_words=frozenset(
        {
            "on",
            "pan",
            "ministr",
            "poslanec",
            "ředitel",
            "primátor",
            "starosta",
            "předseda",
            "premiér",
            "prezident",
        }
    ),
    # women's first names end in "-a" (but "Svoboda", "Kučera" are men's surnames), their
    # surnames in "-ová" or "-á" (Nováková, Černá)
    feminine_name_endings=("a",),
    feminine_surname_endings=("ová", "á"),
    # the past tense tells the subject's gender: "řekla" a woman, "řekl" a man; "řekli",
    # "řekly", "řeklo" neither
    cue_gender_endings=(("la", "f"), ("li", ""), ("ly", ""), ("lo", ""), ("l", "m")),
    noun_like_cues=frozenset(
        {
            "ví",
            "vím",
            "věří",
            "trvá",
            "trval",
            "trvala",
            "trvalo",
            "trvali",
            "počítá",
            "počítal",
            "hlásí",
            "přidal",
            "přidala",
            "přidali",
            "soudí",
            "dodá",
            "uvede",
            "přidá",
            "psát",
            "myslí",
            "očekává",
            "vědět",
            "hrozí",
        }
    ),
    first_person=frozenset(
        {
            "já",
            "my",
            "můj",
            "moje",
            "má",
            "mé",
            "moji",
            "naše",
            "náš",
            "naši",
            "mi",
            "mně",
            "nám",
            "nás",
            "jsem",
            "jsme",
            "mě",
        }
    ),
    determiners=frozenset(
        {
            "ten",
            "ta",
            "to",
            "ti",
            "ty",
            "tento",
            "tato",
            "toto",
            "tito",
            "tyto",
            "jeden",
            "jedna",
            "jedno",
            "několik",
            "někteří",
            "některé",
            "mnoho",
            "mnozí",
            "každý",
            "jiný",
            "jiní",
            "další",
            "jeho",
            "její",
            "jejich",
            "svůj",
            "svá",
            "své",
            "náš",
            "naše",
            "dva",
            "dvě",
            "tři",
            "oba",
            "obě",
            "všichni",
            "pan",
            "paní",
        }
    ),
    auxiliaries=frozenset(
        {
            "jsem",
            "jsi",
            "jsme",
            "jste",
            "by",
            "bych",
            "bychom",
            "byste",
            "také",
            "též",
            "rovněž",
            "již",
            "už",
            "ještě",
            "dříve",
            "později",
            "pak",
            "potom",
            "poté",
            "znovu",
            "opět",
            "opakovaně",
            "veřejně",
            "otevřeně",
            "přímo",
            "jen",
            "pouze",
            "včera",
            "dnes",
            "nedávno",
            "poprvé",
            "oficiálně",
            "však",
            "dokonce",
            "vždy",
            "nikdy",
            "často",
            "prý",
            "údajně",
            "sám",
            "sama",
            "sami",
            "tehdy",
            "nyní",
            "teď",
            "předem",
            "rázně",
            "jasně",
            "stručně",
            "osobně",
            "stále",
            "tedy",
            "totiž",
            "zase",
            "naopak",
            "ráno",
            "večer",
            "odpoledne",
            "letos",
            "loni",
            "skromně",
            "lakonicky",
            "zároveň",
            "současně",
            "konečně",
            "nakonec",
            "se",
            "si",
            "tento",
            "týden",
            "ne",
        }
    ),
    passive_auxiliaries=frozenset(
        {"byl", "byla", "bylo", "byli", "byly", "bude", "budou", "je", "jsou"}
    ),
    complementizers=frozenset({"že", "aby"}),
    conjunctions=frozenset(
        {
            "a",
            "ale",
            "avšak",
            "však",
            "nebo",
            "či",
            "i",
            "ani",
            "přičemž",
            "zatímco",
            "když",
            "protože",
            "jestliže",
            "pokud",
            "ačkoli",
            "ačkoliv",
            "přestože",
            "neboť",
            "takže",
        }
    ),
    # Question words and relatives: a cue after them is embedded ("co řekl X").
    clause_openers=frozenset(
        {
            "co",
            "jak",
            "kde",
            "kdy",
            "proč",
            "zda",
            "zdali",
            "jestli",
            "kam",
            "odkud",
            "kolik",
            "který",
            "která",
            "které",
            "kteří",
            "jenž",
            "jež",
            "kdo",
            "čí",
            "jaký",
            "jaká",
            "jaké",
            "než",
            "že",
            "aby",
        }
    ),
    content_stops=frozenset({"ačkoli", "ačkoliv", "přestože", "avšak"}),
    sentence_adverbs=frozenset({"teď", "nyní", "pak", "možná"}),
    phrase_prepositions=frozenset({"pro"}),
    reference_phrases=("s odvoláním na",),
    correlative_openers=("nejen",),
    as_words=frozenset({"jak"}),
    pro_drop=True,
    # the lead of Czech news opens with its city in title case and a dash, as ČTK's
    # copy prints it on its clients' pages ("Praha - Vláda dnes …", "Ústí nad Labem - …")
    title_case_datelines=True,
    bare_noun_subjects=True,
    # the endings of a full name in one gender's genitive: after a role's genitive, whose
    # the role is ("mluvčí ministra Jana Nováka")
    genitive_name_endings=tuple(
        [(given, family) for given in ("a", "e", "ího") for family in ("a", "y", "e", "ého")]
        + [(given, family) for given in ("y", "e") for family in ("é", "ové")]
    ),
    # the nominative of a body's noun: after a capitalised adjective and before its
    # complement, a body's name that speaks ("uvedla Krajská správa lesů")
    body_nouns=frozenset(
        {"správa", "služba", "inspekce", "agentura", "komise", "úřad", "ministerstvo"}
    ),
    subject_adjective_endings=("ý", "á", "é", "í"),
    verbal_cues=True,
    complement_comma=True,
    # the oblique endings of a role's complement in a source phrase with no comma
    # ("Podle ministra financí Jana Nováka se …", "ministryně zemědělství")
    genitive_endings=("ů", "ých", "ého", "ího", "ství", "ostí", "ncí", "ičí"),
    second_place_clitics=frozenset(
        ["se", "si", "by", "bych", "bys", "bychom", "byste", "jsem", "jsi", "jsme", "jste"]
    ),
    role_complement_endings=("ska", "cka"),
    shared_complement_endings=("y",),
    place_prepositions=frozenset({"v", "ve"}),
    prepositions=frozenset(
        {
            "o",
            "v",
            "ve",
            "na",
            "s",
            "se",
            "z",
            "ze",
            "k",
            "ke",
            "ku",
            "do",
            "od",
            "po",
            "pro",
            "při",
            "za",
            "před",
            "pod",
            "nad",
            "mezi",
            "přes",
            "bez",
            "u",
            "kvůli",
            "podle",
            "proti",
            "vůči",
            "kromě",
            "během",
            "místo",
            "okolo",
            "kolem",
            "díky",
            "ohledně",
            "stran",
            "skrz",
            "vedle",
        }
    ),
    # "řekl tento týden při návštěvě Brna ministr X": a phrase of time after the cue,
    # no source
    time_phrase_words=frozenset({"tento", "tohoto", "minulý", "minulého", "příští", "celý"}),
    time_phrase_ends=frozenset({"týden", "týdne", "měsíc", "měsíce", "rok", "roku"}),
    time_words=frozenset(
        {
            "poledne",
            "půlnoc",
            "půlnoci",
            "krátce",
            "brzy",
            "záhy",
            "vzápětí",
            "zanedlouho",
            "pak",
            "poté",
            "následně",
            "pondělí",
            "úterý",
            "středu",
            "středa",
            "čtvrtek",
            "pátek",
            "sobotu",
            "sobota",
            "neděli",
            "neděle",
            "včera",
            "dnes",
            "zítra",
            "předevčírem",
            "ráno",
            "dopoledne",
            "odpoledne",
            "večer",
            "týden",
            "minulý",
            "letos",
            "loni",
            "nedávno",
            "dříve",
            "později",
            "také",
            "rovněž",
            "již",
            "už",
            "znovu",
            "opět",
            "opakovaně",
            "veřejně",
            "tehdy",
            "nyní",
            "oficiálně",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("„Q,“ dodal politik"): the politician,
    # the official, the diplomat, and the official's genitive (not "politika", politics
    # too)
    epithets=frozenset(
        {"politik", "politička", "úředník", "úřednice", "činitel", "diplomat"}
        | {"úředníka", "činitele"}
    ),
    # the cases of one role name one office: "Podle ministra" after "ministr X" (not
    # "poslanci", the plural too)
    role_equivalents=(
        ("ministr", "ministra", "ministrovi", "ministrem"),
        ("ministryně", "ministryni", "ministryní"),
        ("předseda", "předsedy", "předsedovi", "předsedou"),
        ("předsedkyně", "předsedkyni", "předsedkyní"),
        ("premiér", "premiéra", "premiérovi", "premiérem"),
        ("premiérka", "premiérky", "premiérce", "premiérkou"),
        ("prezident", "prezidenta", "prezidentovi", "prezidentem"),
        ("prezidentka", "prezidentky", "prezidentce", "prezidentkou"),
        ("ředitel", "ředitele", "řediteli", "ředitelem"),
        ("ředitelka", "ředitelky", "ředitelce", "ředitelkou"),
        ("starosta", "starosty", "starostovi", "starostou"),
        ("starostka", "starostky", "starostce", "starostkou"),
        ("primátor", "primátora", "primátorovi", "primátorem"),
        ("hejtman", "hejtmana", "hejtmanovi", "hejtmanem"),
        ("hejtmanka", "hejtmanky", "hejtmance", "hejtmankou"),
        ("poslanec", "poslance", "poslancem"),
        ("velvyslanec", "velvyslance", "velvyslancem"),
    ),
    titles=_ABBREVIATED_TITLES
    | frozenset(
        {
            "pan",
            "paní",
            "slečna",
            "prezident",
            "premiér",
            "ministr",
            "ministryně",
            "předseda",
            "předsedkyně",
            "místopředseda",
            "mluvčí",
            "poslanec",
            "poslankyně",
            "senátor",
            "starosta",
            "primátor",
            "hejtman",
            "velvyslanec",
            "generál",
            "plukovník",
            "kapitán",
            "kancléř",
            "král",
            "královna",
            "papež",
            "kardinál",
            "biskup",
            "ředitel",
            "ředitelka",
            "šéf",
            "šéfka",
            "náměstek",
            "bývalý",
            "bývalá",
            "český",
            "česká",
            "slovenský",
            "ruský",
            "americký",
            "německý",
            "britský",
            "francouzský",
            "polský",
            "ukrajinský",
            "trenér",
            "expremiér",
            "exprezident",
            "vicepremiér",
        }
    ),
    media_words=frozenset(
        {
            "čtk",
            "lidové",
            "noviny",
            "mladá",
            "fronta",
            "právo",
            "deník",
            "deníku",
            "list",
            "listu",
            "týdeník",
            "týdeníku",
            "časopis",
            "časopisu",
            "agentura",
            "agentury",
            "agentuře",
            "televize",
            "televizi",
            "rozhlas",
            "rozhlasu",
            "stanice",
            "server",
            "serveru",
            "web",
            "webu",
            "irozhlas",
            "novinky",
            "idnes",
            "aktuálně",
            "seznam",
            "zprávy",
            "reflex",
            "respekt",
            "echo24",
            "nova",
            "prima",
            "čt",
            "čt24",
            "ln",
            "mf",
            "hn",
            "hospodářské",
            "blesk",
            "infomatin",
            "financial",
            "médií",
            "média",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "podle",
        "podle informací",
        "s odvoláním na",
        "odvolává se na",
        "jak informoval",
        "jak informovala",
        "jak informovalo",
        "jak uvedl",
        "jak uvedla",
        "jak uvedlo",
        "jak napsal",
        "jak napsala",
        "jak napsalo",
        "informoval",
        "informovala",
        "informovalo",
        "uvedl",
        "uvedla",
        "uvedlo",
        "napsal",
        "napsala",
        "napsalo",
        "sdělil",
        "sdělila",
        "řekl",
        "řekla",
        "v rozhovoru pro",
        "pro",
    ),
    attribution_verbs=(
        "informuje",
        "informovala",
        "informoval",
        "informovalo",
        "píše",
        "napsal",
        "napsala",
        "napsalo",
        "uvádí",
        "uvedl",
        "uvedla",
        "uvedlo",
        "hlásí",
        "oznámila",
        "oznámil",
    ),
    # "Novinářům to řekl X", "ČTK to sdělila X", "Uvedl to X": free word order
    anaphors=("o tom", "to"),
    anaphoric_cues=(
        "o tom informoval",
        "o tom informovala",
        "o tom informovalo",
        "o tom informovali",
        "o tom informuje",
        "o tom informují",
        "o tom hovořil",
        "o tom hovořila",
        "o tom mluvil",
        "o tom mluvila",
        "o tom napsal",
        "o tom napsala",
        "o tom napsalo",
        "o tom napsali",
        "o tom píše",
        "o tom píší",
        "o tom referoval",
        "o tom referovala",
        "o tom referovalo",
        "to uvedl",
        "to uvedla",
        "to uvedlo",
        "to uvedli",
        "to řekl",
        "to řekla",
        "to řekli",
        "to sdělil",
        "to sdělila",
        "to sdělilo",
        "to sdělili",
        "to oznámil",
        "to oznámila",
        "to oznámilo",
        "to oznámili",
        "to prohlásil",
        "to prohlásila",
        "to napsal",
        "to napsala",
        "to napsalo",
        "to potvrdil",
        "to potvrdila",
        "to potvrdilo",
        "uvedl to",
        "uvedla to",
        "uvedlo to",
        "řekl to",
        "řekla to",
        "sdělil to",
        "sdělila to",
        "oznámil to",
        "oznámila to",
        "napsal to",
        "napsala to",
        "vyplývá to z",
        "informoval o tom",
        "informovala o tom",
        "informovalo o tom",
        "informovali o tom",
        "napsal o tom",
        "napsala o tom",
        "napsalo o tom",
        "hovořil o tom",
        "hovořila o tom",
        "mluvil o tom",
        "mluvila o tom",
        "referoval o tom",
        "referovala o tom",
        "referovalo o tom",
    ),
    byline_words=("Autor",),
    background_markers=(
        "připomeňme",
        "připomínáme",
        "pro připomenutí",
        "kontext",
        "souvislosti",
        "pozadí",
        "dodejme",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "naposledy",
        "před rokem",
        "vloni",
        "připomeňme,",
        "připomeňme, že",
        "připomeňme si",
        "připomínáme,",
        "připomínáme, že",
        "jak již bylo uvedeno",
        "jak už bylo uvedeno",
        "jak bylo uvedeno",
        "jak jsme informovali",
        "jak již dříve informovala",
        "jak již dříve informoval",
        "jak jsme již informovali",
        "jak informovala čtk",
        "jak je známo",
        "jak známo",
        "dříve,",
        "již dříve",
        "už dříve",
        "dříve",
        "v minulosti",
        "minulý týden",
        "loni",
        "v posledních letech",
        "jak již informovala",
        "jak již informoval",
        "dodejme, že",
    ),
    # the months as a page's date line prints them (4. března 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("ledna", "leden"),
        ("února", "únor"),
        ("března", "březen"),
        ("dubna", "duben"),
        ("května", "květen"),
        ("června", "červen"),
        ("července", "červenec"),
        ("srpna", "srpen"),
        ("září",),
        ("října", "říjen"),
        ("listopadu", "listopad"),
        ("prosince", "prosinec"),
    ),
    section_markers=(
        "podrobnosti",
        "více",
        "čtěte také",
        "aktualizováno",
        "video",
        "foto",
        "citát",
        "názor",
        "komentář",
        "shrnutí",
        "co víme",
        "zdroj",
        "reklama",
        "štítky",
    ),
    interviewer_labels=frozenset({"otázka", "redaktor", "moderátor"}),
    answer_labels=frozenset({"odpověď"}),
    boilerplate=(
        "čtěte také",
        "čtěte též",
        "přečtěte si také",
        "sledujte nás",
        "přihlaste se",
        "foto:",
        "zdroj:",
        "reklama",
        "sdílet",
        "všechna práva vyhrazena",
        "související články",
        "související:",
    ),
    unit_abbreviations=frozenset({"kč"}),
    abbreviations=_ABBREVIATED_TITLES
    | frozenset(
        {
            "např",
            "tj",
            "tzv",
            "atd",
            "apod",
            "resp",
            "mj",
            "tzn",
            "př",
            "n.l",
            "př.n.l",
            "str",
            "č",
            "čj",
            "čís",
            "sv",
            "pí",
            "p",
            "ul",
            "nám",
            "tel",
            "mil",
            "mld",
            "tis",
            "kč",
            "hod",
            "min",
            "s",
            "r",
            "roč",
            "stol",
            "býv",
            "odd",
            "obr",
            "tab",
            "viz",
            "vč",
            "zejm",
            "zvl",
            "srov",
            "cca",
            "max",
            "řed",
            "předs",
            "gen",
            "plk",
            "pplk",
            "kpt",
            "por",
            "led",
            "ún",
            "bř",
            "dub",
            "kvě",
            "čer",
            "čvc",
            "srp",
            "zář",
            "říj",
            "lis",
            "pro",
            "a.s",
            "s.r.o",
            "spol",
        }
    ),
    # letters only Czech writes: Slovak, the closest language, has "ä", "ô", "ľ" instead
    letters=frozenset("ěřů"),
    # Words frequent in Czech and spelled otherwise in Polish and Slovak where possible
    # ("že" pl "że", "jsou" sk "sú", "také" pl "także"); "a", "na", "se", "do" are shared.
    stopwords=frozenset(
        {
            "že",
            "jsou",
            "byl",
            "byla",
            "bylo",
            "byly",
            "také",
            "který",
            "která",
            "které",
            "kteří",
            "jeho",
            "jejich",
            "již",
            "už",
            "ještě",
            "při",
            "není",
            "jsem",
            "jsme",
            "či",
            "však",
            "když",
            "pro",
            "s",
            "k",
            "ve",
            "v",
            "mezi",
            "nebo",
            "jen",
            "tím",
            "této",
            "tento",
            "tato",
            "toto",
            "jí",
            "své",
            "něco",
            "řekl",
            "řekla",
            "uvedl",
            "uvedla",
            "podle",
            "být",
            "bude",
            "budou",
            "mohl",
            "mohou",
            "může",
            "tedy",
            "proto",
            "pak",
            "kde",
            "jež",
            "jenž",
            "bych",
            "zda",
            "prý",
            "tomto",
            "tomu",
            "nám",
            "sám",
            "až",
            "ať",
            "též",
            "dnes",
            "včera",
            "letos",
            "loni",
            "říká",
            "uvádí",
            "dodal",
            "dodala",
            "než",
            "rovněž",
            "jejím",
        }
    ),
)
