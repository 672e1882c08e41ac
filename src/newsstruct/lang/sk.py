"""Slovak lexicon.

Cue verbs are the reporting verbs of Slovak news copy (TASR wire style: "povedal",
"uviedol", "informoval", "dodal", "zdôraznil", "upozornil"; the papers' "hovorí",
"tvrdí", "myslí si") with the cognition verbs that ANNOTATION.md counts as cues.  Every
form is spelled out, one lemma a line, perfective and imperfective lemmas on lines of
their own: infinitive, present (or perfective future) third person singular and plural,
first person singular, and the past participle in every gender and number (povedal,
povedala, povedalo, povedali).

Quotation marks follow the Pravidlá slovenského pravopisu (2013): „ “ outside, ‚ ‘
inside; » « also occurs in print.  Background markers are TASR's ("Pripomeňme",
"Ako už TASR informovala").  Months are given in the nominative and the genitive
("3. marca").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
povedať povie povedia poviem povedal povedala povedalo povedali
hovoriť hovorí hovoria hovorím hovoril hovorila hovorilo hovorili
uviesť uvedie uvedú uvediem uviedol uviedla uviedlo uviedli
uvádzať uvádza uvádzajú uvádzam uvádzal uvádzala uvádzalo uvádzali
vyhlásiť vyhlási vyhlásia vyhlásim vyhlásil vyhlásila vyhlásilo vyhlásili
vyhlasovať vyhlasuje vyhlasujú vyhlasoval vyhlasovala vyhlasovali
oznámiť oznámi oznámia oznámim oznámil oznámila oznámilo oznámili
oznamovať oznamuje oznamujú oznamoval oznamovala oznamovali
dodať dodá dodajú dodám dodal dodala dodalo dodali
dodávať dodáva dodávajú dodával dodávala dodávali
konštatovať konštatuje konštatujú konštatoval konštatovala konštatovalo konštatovali
tvrdiť tvrdí tvrdia tvrdím tvrdil tvrdila tvrdilo tvrdili
poznamenať poznamená poznamenajú poznamenal poznamenala poznamenalo poznamenali
upozorniť upozorní upozornia upozorním upozornil upozornila upozornilo upozornili
upozorňovať upozorňuje upozorňujú upozorňoval upozorňovala upozorňovali
vysvetliť vysvetlí vysvetlia vysvetlím vysvetlil vysvetlila vysvetlilo vysvetlili
vysvetľovať vysvetľuje vysvetľujú vysvetľoval vysvetľovala vysvetľovali
zdôrazniť zdôrazní zdôraznia zdôrazním zdôraznil zdôraznila zdôraznilo zdôraznili
zdôrazňovať zdôrazňuje zdôrazňujú zdôrazňoval zdôrazňovala zdôrazňovali
potvrdiť potvrdí potvrdia potvrdím potvrdil potvrdila potvrdilo potvrdili
potvrdzovať potvrdzuje potvrdzujú potvrdzoval potvrdzovala potvrdzovali
napísať napíše napíšu napíšem napísal napísala napísalo napísali
písať píše píšu píšem písal písala písalo písali
odpovedať odpovie odpovedia odpoviem odpovedal odpovedala odpovedalo odpovedali
opýtať opýta opýtajú opýtal opýtala opýtali
pýtať pýta pýtajú pýtal pýtala pýtali
informovať informuje informujú informoval informovala informovalo informovali
prezradiť prezradí prezradia prezradil prezradila prezradilo prezradili
pripomenúť pripomenie pripomenú pripomenul pripomenula pripomenulo pripomenuli
pripomínať pripomína pripomínajú pripomínal pripomínala pripomínali
varovať varuje varujú varoval varovala varovalo varovali
ubezpečiť ubezpečí ubezpečia ubezpečil ubezpečila ubezpečilo ubezpečili
uistiť uistí uistia uistil uistila uistilo uistili
sľúbiť sľúbi sľúbia sľúbil sľúbila sľúbilo sľúbili
sľubovať sľubuje sľubujú sľuboval sľubovala sľubovali
priznať prizná priznajú priznal priznala priznalo priznali
poprieť poprie popierajú poprel poprela popreli
odmietnuť odmietne odmietnu odmietol odmietla odmietlo odmietli
odmietať odmieta odmietajú odmietal odmietala odmietali
vyzvať vyzve vyzvú vyzval vyzvala vyzvalo vyzvali
vyzývať vyzýva vyzývajú vyzýval vyzývala vyzývali
požiadať požiada požiadajú požiadal požiadala požiadalo požiadali
žiadať žiada žiadajú žiadal žiadala žiadali
navrhnúť navrhne navrhnú navrhol navrhla navrhlo navrhli
navrhovať navrhuje navrhujú navrhoval navrhovala navrhovali
kritizovať kritizuje kritizujú kritizoval kritizovala kritizovali
skritizovať skritizoval skritizovala skritizovali
vyjadriť vyjadrí vyjadria vyjadril vyjadrila vyjadrilo vyjadrili
komentovať komentuje komentujú komentoval komentovala komentovali
doplniť doplní doplnia doplnil doplnila doplnilo doplnili
zopakovať zopakuje zopakujú zopakoval zopakovala zopakovali
zmieniť zmieni zmienia zmienil zmienila zmienilo zmienili
spresniť spresní spresnia spresnil spresnila spresnilo spresnili
priblížiť priblíži priblížia priblížil priblížila priblížilo priblížili
poukázať poukáže poukážu poukázal poukázala poukázalo poukázali
argumentovať argumentuje argumentujú argumentoval argumentovala argumentovali
odkázať odkáže odkážu odkázal odkázala odkázali
reagovať reaguje reagujú reagoval reagovala reagovali
sťažovať sťažuje sťažujú sťažoval sťažovala sťažovali
zhodnotiť zhodnotí zhodnotia zhodnotil zhodnotila zhodnotilo zhodnotili
oceniť ocení ocenia ocenil ocenila ocenilo ocenili
"""

_COGNITION_VERBS = """
myslieť myslí myslia myslím myslel myslela myslelo mysleli
domnievať domnieva domnievajú domnieval domnievala domnievali
veriť verí veria verím veril verila verili
dúfať dúfa dúfajú dúfam dúfal dúfala dúfali
obávať obáva obávajú obával obávala obávali
vedieť vie vedia viem vedel vedela vedeli
predpokladať predpokladá predpokladajú predpokladal predpokladala predpokladali
očakávať očakáva očakávajú očakával očakávala očakávali
pochybovať pochybuje pochybujú pochyboval pochybovala pochybovali
odhadovať odhaduje odhadujú odhadoval odhadovala odhadovali
"""

_OBJECT_VERBS = """
povedal povedala povedalo povedali povie povedia hovorí hovoria
oznámil oznámila oznámilo oznámili napísal napísala napísali
pripomenul pripomenula pripomenuli ubezpečil ubezpečila ubezpečili
sľúbil sľúbila sľúbili vyzval vyzvala vyzvali vyzýva vyzývajú
požiadal požiadala požiadali žiada žiadajú informoval informovala informovali
varoval varovala varovali odpovedal odpovedala odpovedali prezradil prezradila
"""

_CONTROL_VERBS = """
vyzval vyzvala vyzvalo vyzvali vyzýva vyzývajú vyzýval vyzývala
požiadal požiadala požiadalo požiadali žiada žiadajú žiadal žiadala
navrhol navrhla navrhli navrhuje navrhujú sľúbil sľúbila sľúbili sľubuje
"""

_ROLE_NOUNS = """
minister ministerka ministri predseda predsedníčka podpredseda podpredsedníčka hovorca
hovorkyňa prezident prezidentka premiér premiérka poslanec poslankyňa poslanci
riaditeľ riaditeľka riaditelia námestník námestníčka šéf šéfka starosta starostka
primátor primátorka župan županka veľvyslanec veľvyslankyňa diplomat diplomati analytik
analytička analytici ekonóm ekonómka ekonómovia odborník odborníčka odborníci expert
expertka experti zástupca zástupkyňa zástupcovia predstaviteľ predstavitelia tréner
kapitán svedok svedkyňa svedkovia polícia policajt policajti advokát advokátka sudca
sudkyňa prokurátor prokurátorka lekár lekárka lekári profesor profesorka vedec vedci
autor autorka novinár novinárka novinári vláda ministerstvo úrad komisia strana zdroj
zdroje obyvatelia obyvateľ kancelár kancelárka kráľ kráľovná pápež generál veliteľ
vojak vojaci úradník úradníci politik politici biskup hráč hráči manažér manažérka
majiteľ majiteľka zakladateľ podnikateľ podnikatelia firma spoločnosť podnik zväz únia
rada výbor súd armáda muž žena ľudia človek vyšetrovatelia vyšetrovateľ odborári
ministra ministerky ministrov predsedu predsedníčky hovorcu hovorkyne prezidenta
prezidentky premiéra premiérky poslanca poslankyne poslancov riaditeľa riaditeľky
šéfa šéfky starostu starostky primátora primátorky župana analytika analytikov
ekonóma ekonómov odborníka odborníkov experta expertov zástupcu zástupcov
predstaviteľa predstaviteľov polície policajtov advokáta sudcu prokurátora lekára
lekárov vyšetrovateľov vlády ministerstva úradu komisie strany zdroja zdrojov
obyvateľov politika politikov svedkov novinárov generála veliteľa
"""

_ABBREVIATED_TITLES = frozenset(
    {"ing", "mgr", "judr", "mudr", "phdr", "rndr", "doc", "prof", "dr", "bc", "csc"}
)

LEXICON = Lexicon(
    code="sk",
    name="Slovak",
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
    question_cues=frozenset({"opýtal", "opýtala", "opýtali", "pýta", "pýtal", "pýtala"}),
    cue_phrases=(
        "povedal novinárom",
        "povedala novinárom",
        "uviedol vo vyhlásení",
        "uviedla vo vyhlásení",
        "uviedli vo vyhlásení",
        "napísal na sociálnej sieti",
        "napísala na sociálnej sieti",
        "napísal na facebooku",
        "napísala na facebooku",
        "dal najavo",
        "dala najavo",
        "vyjadril presvedčenie",
        "vyjadrila presvedčenie",
        "vyjadril nádej",
        "vyjadrila nádej",
        "poukázal na to",
        "poukázala na to",
        "si myslí",
        "si myslia",
        "sa domnieva",
        "sa obáva",
        "sa obávajú",
    ),
    naming_cues=(
        "označil",
        "označila",
        "označili",
        "označuje",
        "nazval",
        "nazvala",
        "nazvali",
        "opísal",
        "opísala",
    ),
    source_phrases=(
        "podľa",
        "podľa slov",
        "podľa názoru",
        "podľa informácií",
        "podľa údajov",
        "podľa zistení",
        "podľa odhadu",
        "podľa odhadov",
        "slovami",
    ),
    pronouns=frozenset({"on", "ona", "ono", "oni", "ony", "ja", "my", "vy", "ty", "kto"}),
    # "…, možno očakávať zmeny": a cue's infinitive after one is no one's speech
    modal_predicatives=frozenset({"možno", "nemožno", "treba", "netreba", "nutné"}),
    infinitive_endings=("ť",),
    person_pronouns=frozenset({"on", "ona"}),
    object_pronouns=frozenset(
        {"mu", "jej", "im", "nám", "mi", "mne", "vám", "ti", "tebe", "ho", "ich", "nás", "ma"}
    ),
    # "V rozhovore pre TASR minister povedal": the medium phrase, then the subject
    medium_prepositions=frozenset({"v"}),
    medium_nouns=frozenset(
        {
            "rozhovore",
            "relácii",
            "vysielaní",
            "príspevku",
            "diskusii",
        }
    ),
    audience_nouns=frozenset(
        {"novinárom", "reportérom", "médiám", "agentúre", "denníku", "televízii", "rádiu"}
    ),
    relative_pronouns=frozenset({"ktorý", "ktorá", "ktoré", "ktorí"}),
    noun_like_cues=frozenset(
        {"vie", "verí", "hovorí", "píše", "žiada", "dodá", "uvedie", "myslí", "očakáva", "vedieť"}
    ),
    feminine_words=frozenset(
        {
            "ona",
            "pani",
            "ministerka",
            "hovorkyňa",
            "poslankyňa",
            "riaditeľka",
            "primátorka",
            "starostka",
            "predsedníčka",
            "premiérka",
            "prezidentka",
        }
    ),
    masculine_words=frozenset(
        {
            "on",
            "pán",
            "minister",
            "hovorca",
            "poslanec",
            "riaditeľ",
            "primátor",
            "starosta",
            "predseda",
            "premiér",
            "prezident",
        }
    ),
    # women's first names end in "-a" (but "Blaha", "Hlina" are men's surnames), their
    # surnames in "-ová" or "-á" (Kováčová, Malá)
    feminine_name_endings=("a",),
    feminine_surname_endings=("ová", "á"),
    # the past tense tells the subject's gender: "povedala" a woman, "povedal" a man
    cue_gender_endings=(("la", "f"), ("li", ""), ("lo", ""), ("l", "m")),
    first_person=frozenset(
        {
            "ja",
            "my",
            "môj",
            "moja",
            "moje",
            "náš",
            "naša",
            "naše",
            "mi",
            "mne",
            "nám",
            "nás",
            "som",
            "sme",
            "ma",
        }
    ),
    determiners=frozenset(
        {
            "ten",
            "tá",
            "to",
            "tí",
            "tie",
            "tento",
            "táto",
            "toto",
            "títo",
            "tieto",
            "jeden",
            "jedna",
            "jedno",
            "niekoľko",
            "niektorí",
            "niektoré",
            "mnoho",
            "mnohí",
            "každý",
            "iný",
            "iní",
            "ďalší",
            "jeho",
            "jej",
            "ich",
            "svoj",
            "svoja",
            "svoje",
            "náš",
            "naša",
            "dvaja",
            "dve",
            "traja",
            "obaja",
            "obe",
            "všetci",
            "pán",
            "pani",
        }
    ),
    auxiliaries=frozenset(
        {
            "som",
            "si",
            "sme",
            "ste",
            "by",
            "bol",
            "bola",
            "boli",
            "tiež",
            "aj",
            "už",
            "ešte",
            "skôr",
            "neskôr",
            "potom",
            "opäť",
            "znova",
            "opakovane",
            "verejne",
            "otvorene",
            "priamo",
            "len",
            "iba",
            "včera",
            "dnes",
            "nedávno",
            "prvýkrát",
            "oficiálne",
            "však",
            "dokonca",
            "vždy",
            "nikdy",
            "často",
            "vraj",
            "údajne",
            "sám",
            "sama",
            "sami",
            "vtedy",
            "teraz",
            "jasne",
            "stručne",
            "osobne",
            "stále",
            "teda",
            "totiž",
            "naopak",
            "ráno",
            "večer",
            "popoludní",
            "tento",
            "týždeň",
            "zároveň",
            "súčasne",
            "napokon",
            "nakoniec",
            "sa",
            "ne",
        }
    ),
    passive_auxiliaries=frozenset({"bol", "bola", "bolo", "boli", "bude", "budú", "je", "sú"}),
    complementizers=frozenset({"že", "aby"}),
    conjunctions=frozenset(
        {
            "a",
            "ale",
            "avšak",
            "však",
            "alebo",
            "či",
            "i",
            "ani",
            "pričom",
            "zatiaľ",
            "keď",
            "pretože",
            "lebo",
            "ak",
            "hoci",
            "aj",
            "takže",
        }
    ),
    clause_openers=frozenset(
        {
            "čo",
            "ako",
            "kde",
            "kedy",
            "prečo",
            "či",
            "kam",
            "odkiaľ",
            "koľko",
            "ktorý",
            "ktorá",
            "ktoré",
            "ktorí",
            "kto",
            "čí",
            "aký",
            "aká",
            "aké",
            "než",
            "že",
            "aby",
        }
    ),
    content_stops=frozenset({"hoci", "avšak"}),
    sentence_adverbs=frozenset({"teraz", "potom", "možno"}),
    phrase_prepositions=frozenset({"pre"}),
    reference_phrases=("s odvolaním sa na", "s odvolaním na"),
    correlative_openers=("nielen",),
    as_words=frozenset({"ako"}),
    pro_drop=True,
    bare_noun_subjects=True,
    # the endings of a full name in one gender's genitive: after a role's genitive, whose
    # the role is ("hovorca ministra Jána Nováka")
    genitive_name_endings=tuple(
        [(given, family) for given in ("a", "e") for family in ("a", "u", "eho", "ého")]
        + [(given, family) for given in ("y", "e") for family in ("ej", "ovej")]
    ),
    # the nominative of a body's noun: after a capitalised adjective and before its
    # complement, a body's name that speaks ("uviedla Krajská správa lesov")
    body_nouns=frozenset(
        {"správa", "služba", "inšpekcia", "agentúra", "komisia", "úrad", "ministerstvo"}
    ),
    subject_adjective_endings=("ý", "á", "é", "í"),
    verbal_cues=True,
    complement_comma=True,
    # the oblique endings of a role's complement in a source phrase with no comma
    # ("Podľa ministra financií Jána Nováka sa …", "ministerky pôdohospodárstva")
    genitive_endings=("ov", "ých", "ého", "ieho", "stva", "ostí", "níctva", "ií"),
    second_place_clitics=frozenset(["sa", "si", "by", "som", "sme", "ste"]),
    role_complement_endings=("ska", "cka"),
    shared_complement_endings=("y",),
    place_prepositions=frozenset({"v", "vo"}),
    prepositions=frozenset(
        {
            "o",
            "v",
            "vo",
            "na",
            "s",
            "so",
            "z",
            "zo",
            "k",
            "ku",
            "do",
            "od",
            "po",
            "pre",
            "pri",
            "za",
            "pred",
            "pod",
            "nad",
            "medzi",
            "cez",
            "bez",
            "u",
            "kvôli",
            "podľa",
            "proti",
            "voči",
            "okrem",
            "počas",
            "namiesto",
            "okolo",
            "vďaka",
            "ohľadom",
        }
    ),
    time_words=frozenset(
        {
            "potom",
            "následne",
            "pondelok",
            "utorok",
            "stredu",
            "streda",
            "štvrtok",
            "piatok",
            "sobotu",
            "sobota",
            "nedeľu",
            "nedeľa",
            "včera",
            "dnes",
            "zajtra",
            "ráno",
            "dopoludnia",
            "popoludní",
            "večer",
            "týždeň",
            "minulý",
            "tento",
            "vlani",
            "nedávno",
            "skôr",
            "neskôr",
            "tiež",
            "už",
            "znova",
            "opäť",
            "opakovane",
            "verejne",
            "vtedy",
            "teraz",
            "oficiálne",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("„Q,“ dodal politik"): the politician,
    # the official, the diplomat
    epithets=frozenset({"politik", "politička", "úradník", "úradníčka", "činiteľ", "diplomat"}),
    # the cases of one role name one office: "Podľa ministra" after "minister X"
    role_equivalents=(
        ("minister", "ministra", "ministrovi", "ministrom"),
        ("ministerka", "ministerky", "ministerke"),
        ("hovorca", "hovorcu", "hovorcovi"),
        ("hovorkyňa", "hovorkyne", "hovorkyni"),
        ("predseda", "predsedu", "predsedovi"),
        ("premiér", "premiéra", "premiérovi"),
        ("prezident", "prezidenta", "prezidentovi"),
        ("riaditeľ", "riaditeľa", "riaditeľovi"),
        ("primátor", "primátora", "primátorovi"),
        ("starosta", "starostu", "starostovi"),
        ("poslanec", "poslanca", "poslancovi"),
    ),
    titles=_ABBREVIATED_TITLES
    | frozenset(
        {
            "pán",
            "pani",
            "prezident",
            "prezidentka",
            "premiér",
            "premiérka",
            "minister",
            "ministerka",
            "predseda",
            "predsedníčka",
            "podpredseda",
            "hovorca",
            "hovorkyňa",
            "poslanec",
            "poslankyňa",
            "starosta",
            "primátor",
            "župan",
            "veľvyslanec",
            "generál",
            "kapitán",
            "kancelár",
            "kráľ",
            "kráľovná",
            "pápež",
            "biskup",
            "riaditeľ",
            "riaditeľka",
            "šéf",
            "šéfka",
            "námestník",
            "bývalý",
            "bývalá",
            "slovenský",
            "slovenská",
            "český",
            "tréner",
            "expremiér",
            "exprezident",
            "vicepremiér",
        }
    ),
    media_words=frozenset(
        {
            "tasr",
            "sita",
            "denník",
            "denníku",
            "týždenník",
            "časopis",
            "agentúra",
            "agentúry",
            "agentúre",
            "televízia",
            "televízii",
            "rozhlas",
            "rádio",
            "server",
            "portál",
            "web",
            "sme",
            "pravda",
            "aktuality",
            "aktuality.sk",
            "dennník n",
            "markíza",
            "joj",
            "stvr",
            "rtvs",
            "ta3",
            "hospodárske",
            "noviny",
            "plus",
            "nový čas",
            "trend",
            "startitup",
            "médií",
            "médiá",
        }
    )
    | INTERNATIONAL_MEDIA,
    # the networks as Slovak inflects them ("na Facebooku", "na sociálnej sieti X")
    platform_words=frozenset(
        {"facebooku", "instagrame", "telegrame", "twitteri", "tiktoku", "sieti", "sietí", "sieťach"}
    )
    | PLATFORMS,
    attribution_cues=(
        "podľa",
        "podľa informácií",
        "s odvolaním sa na",
        "ako informoval",
        "ako informovala",
        "ako uviedol",
        "ako uviedla",
        "ako napísal",
        "ako napísala",
        "pre",
    ),
    attribution_verbs=(
        "informuje",
        "informovala",
        "informoval",
        "píše",
        "napísal",
        "napísala",
        "uvádza",
        "uviedol",
        "uviedla",
    ),
    # "Novinárom to povedal X", "TASR to potvrdil X", "Pre TASR to potvrdil X": free
    # word order, as in Czech
    anaphors=("o tom", "to"),
    anaphoric_cues=(
        "informoval o tom",
        "informovala o tom",
        "informovalo o tom",
        "informovali o tom",
        "informuje o tom",
        "oznámil to",
        "oznámila to",
        "oznámilo to",
        "oznámili to",
        "uviedol to",
        "uviedla to",
        "uviedlo to",
        "uviedli to",
        "povedal to",
        "povedala to",
        "potvrdil to",
        "potvrdila to",
        "potvrdilo to",
        "potvrdili to",
        "vyhlásil to",
        "vyhlásila to",
        "napísal to",
        "napísala to",
        "o tom informoval",
        "o tom informovala",
        "o tom informovalo",
        "to uviedol",
        "to uviedla",
        "to povedal",
        "to povedala",
        "to oznámil",
        "to oznámila",
        "to potvrdil",
        "to potvrdila",
        "vyplýva to z",
    ),
    byline_words=("Autor",),
    background_markers=("pripomeňme", "pripomíname", "kontext", "súvislosti", "pozadie"),
    background_openers=(
        "pripomeňme,",
        "pripomeňme, že",
        "pripomíname,",
        "pripomíname, že",
        "ako už tasr informovala",
        "ako tasr informovala",
        "ako sme informovali",
        "ako sme už informovali",
        "ako je známe",
        "už v minulosti",
        "v minulosti",
        "minulý týždeň",
        "vlani",
        "v posledných rokoch",
        "už skôr",
        "skôr,",
    ),
    section_markers=(
        "podrobnosti",
        "viac",
        "čítajte aj",
        "aktualizované",
        "video",
        "foto",
        "zdroj",
        "reklama",
    ),
    month_names=(
        ("január", "januára"),
        ("február", "februára"),
        ("marec", "marca"),
        ("apríl", "apríla"),
        ("máj", "mája"),
        ("jún", "júna"),
        ("júl", "júla"),
        ("august", "augusta"),
        ("september", "septembra"),
        ("október", "októbra"),
        ("november", "novembra"),
        ("december", "decembra"),
    ),
    interviewer_labels=frozenset({"otázka", "redaktor", "moderátor"}),
    answer_labels=frozenset({"odpoveď"}),
    boilerplate=(
        "čítajte aj",
        "čítajte tiež",
        "sledujte nás",
        "foto:",
        "zdroj:",
        "reklama",
        "zdieľať",
        "všetky práva vyhradené",
    ),
    abbreviations=_ABBREVIATED_TITLES
    | frozenset(
        {
            "napr",
            "tj",
            "tzv",
            "atď",
            "resp",
            "okr",
            "č",
            "str",
            "sv",
            "ul",
            "tel",
            "mil",
            "mld",
            "tis",
            "hod",
            "min",
            "r",
            "st",
            "býv",
            "obr",
            "tab",
            "pozri",
            "vrát",
            "cca",
            "max",
            "gen",
            "plk",
            "pplk",
            "kpt",
            "a.s",
            "s.r.o",
            "spol",
        }
    ),
    # letters only Slovak writes (Czech, the closest language, has "ě", "ř", "ů"
    # instead); not "ä" (German, Swedish) nor "ô" (French)
    letters=frozenset("ľĺŕ"),
    # frequent words spelled otherwise in Czech ("sú" cs "jsou", "bol" cs "byl", "aj" cs
    # "i", "ktorý" cs "který")
    stopwords=frozenset(
        {
            "sú",
            "bol",
            "bola",
            "bolo",
            "boli",
            "tiež",
            "ktorý",
            "ktorá",
            "ktoré",
            "ktorí",
            "aj",
            "ako",
            "ešte",
            "alebo",
            "podľa",
            "pre",
            "povedal",
            "povedala",
            "uviedol",
            "uviedla",
            "sme",
            "som",
            "keď",
            "lebo",
            "budú",
            "môže",
            "mohol",
            "tak",
            "preto",
            "vlani",
            "táto",
            "teda",
            "vraj",
            "hovorí",
            "ktorého",
            "ktorej",
            "medzi",
            "pri",
            "iba",
            "len",
            "čo",
            "aby",
        }
    ),
)
