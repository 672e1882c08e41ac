"""Italian lexicon.

Cue verbs are the verba dicendi of Italian news copy (ANSA wire style: "ha detto",
"ha dichiarato", "ha sottolineato", "ha aggiunto") and the verbs of discorso riportato
in Renzi, Salvi and Cardinaletti, "Grande grammatica italiana di consultazione", vol.
II (1991), with the cognition verbs that ANNOTATION.md counts as cues.  Every form is
spelled out, one lemma a line: infinitive, present third person singular and plural,
first person singular, passato remoto third person singular and plural, imperfect,
past participle and gerund.  The passato prossimo as written ("ha detto") is a cue
phrase, so that the cue keeps its auxiliary.

Quotation marks follow Italian typography (Lesina, "Il nuovo manuale di stile",
2009): « » outside, “ ” inside; straight marks also occur in web copy.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._names import NAME_PARTICLES

_SPEECH_VERBS = """
dire dice dicono dico disse dissero diceva dicevano detto detta dicendo
dichiarare dichiara dichiarano dichiaro dichiarò dichiararono dichiarava dichiarato
dichiarando
affermare afferma affermano affermo affermò affermarono affermava affermato affermando
sottolineare sottolinea sottolineano sottolineo sottolineò sottolinearono sottolineava
sottolineato sottolineando
aggiungere aggiunge aggiungono aggiungo aggiunse aggiunsero aggiungeva aggiunto
aggiungendo
spiegare spiega spiegano spiego spiegò spiegarono spiegava spiegato spiegando
precisare precisa precisano preciso precisò precisarono precisava precisato
ribadire ribadisce ribadiscono ribadisco ribadì ribadirono ribadiva ribadito
annunciare annuncia annunciano annuncio annunciò annunciarono annunciava annunciato
confermare conferma confermano confermo confermò confermarono confermava confermato
assicurare assicura assicurano assicuro assicurò assicurarono assicurava assicurato
osservare osserva osservano osservo osservò osservarono osservava osservato
notare nota notano noto notò notarono notava notato
rilevare rileva rilevano rilevò rilevarono rilevava rilevato
evidenziare evidenzia evidenziano evidenziò evidenziarono evidenziato
ricordare ricorda ricordano ricordo ricordò ricordarono ricordava ricordato ricordando
avvertire avverte avvertono avvertì avvertirono avvertiva avvertito
ammonire ammonisce ammonì ammonito
riconoscere riconosce riconoscono riconobbe riconobbero riconosceva riconosciuto
ammettere ammette ammettono ammise ammisero ammetteva ammesso
negare nega negano nego negò negarono negava negato
smentire smentisce smentiscono smentì smentirono smentito
rispondere risponde rispondono rispondo rispose risposero rispondeva risposto
replicare replica replicano replicò replicarono replicava replicato
ribattere ribatte ribattono ribatté ribatterono ribattuto
chiedere chiede chiedono chiedo chiese chiesero chiedeva chiesto chiedendo
domandare domanda domandano domandò domandarono domandato
scrivere scrive scrivono scrivo scrisse scrissero scriveva scritto scrivendo
raccontare racconta raccontano racconto raccontò raccontarono raccontava raccontato
riferire riferisce riferiscono riferì riferirono riferiva riferito
commentare commenta commentano commentò commentarono commentava commentato
dichiararsi dichiaratosi
sostenere sostiene sostengono sostengo sostenne sostennero sosteneva sostenuto
insistere insiste insistono insistette insistettero insisteva insistito
promettere promette promettono promise promisero prometteva promesso
minacciare minaccia minacciano minacciò minacciarono minacciato
denunciare denuncia denunciano denunciò denunciarono denunciato
accusare accusa accusano accusò accusarono accusato
criticare critica criticano criticò criticarono criticato
lamentare lamenta lamentano lamentò lamentarono lamentato
esortare esorta esortano esortò esortarono esortato
invitare invita invitano invitò invitarono invitato
chiamare chiama chiamano chiamò chiamarono chiamato
proporre propone propongono propose proposero proponeva proposto
suggerire suggerisce suggeriscono suggerì suggerirono suggerito
consigliare consiglia consigliano consigliò consigliarono consigliato
raccomandare raccomanda raccomandano raccomandò raccomandato
informare informa informano informò informarono informato
comunicare comunica comunicano comunicò comunicarono comunicato
segnalare segnala segnalano segnalò segnalarono segnalato
indicare indica indicano indicò indicarono indicato
citare cita citano citò citarono citato
rivelare rivela rivelano rivelò rivelarono rivelato
garantire garantisce garantiscono garantì garantirono garantito
giurare giura giurano giurò giurarono giurato
prevedere prevede prevedono previde previdero previsto
stimare stima stimano stimò stimarono stimato
valutare valuta valutano valutò valutarono valutato
argomentare argomenta argomentò argomentato
concludere conclude concludono concluse conclusero concluso
esclamare esclama esclamò esclamato
scherzare scherza scherzò scherzato
ironizzare ironizza ironizzò ironizzato
twittare twitta twittò twittato
proseguire prosegue proseguì proseguito
continuare continua continuò continuato
puntualizzare puntualizza puntualizzò puntualizzato
chiarire chiarisce chiariscono chiarì chiarirono chiarito
esprimere esprime esprimono espresse espressero espresso
annotare annota annotò annotato
incalzare incalza incalzò incalzato
attaccare attacca attaccò attaccato
tuonare tuona tuonò tuonato
rimarcare rimarca rimarcò rimarcato
ammonì
chiosare chiosa chiosano chiosò chiosato chiosando
confidare confida confidano confidò confidato confidando
confessare confessa confessano confessò confessato confessando
sbottare sbotta sbottano sbottò sbottato sbottando
rilanciare rilancia rilanciano rilanciò rilanciato rilanciando
esultare esulta esultano esultò esultato esultando
auspicare auspica auspicano auspicò auspicato auspicando
"""

_COGNITION_VERBS = """
credere crede credono credo credette credeva creduto
pensare pensa pensano penso pensò pensava pensato
sperare spera sperano spero sperò sperava sperato
temere teme temono temo temette temeva temuto
sapere sa sanno so seppe sapeva saputo
dubitare dubita dubitano dubito dubitò dubitava
ritenere ritiene ritengono ritengo ritenne ritenevano riteneva ritenuto
considerare considera considerano considero considerò considerato
convinto convinta convinti sicuro sicura sicuri
"""

# "a" with the article written onto it: "al", "alla" ("stando alla polizia")
_A_ARTICLED = ("al", "alla", "allo", "ai", "agli", "alle")
_DI_ARTICLED = ("del", "della", "dello", "dei", "degli", "delle")  # the same of "di"

# The passato prossimo and the trapassato as written ("ha detto", "avevano detto"): each
# participle after each auxiliary of the third person.
_COMPOUND_AUXILIARIES = ("ha", "hanno", "aveva", "avevano")
_COMPOUND_PARTICIPLES = """
detto dichiarato affermato sottolineato aggiunto spiegato
precisato ribadito annunciato confermato assicurato osservato
ricordato avvertito riconosciuto ammesso risposto replicato
chiesto scritto raccontato riferito commentato sostenuto
denunciato promesso chiosato confidato confessato sbottato rilanciato esultato
auspicato
"""

# Compound cues of more words, one a line.
_COMPOUND_PHRASES = """
ha spiegato ai giornalisti, ha detto ai giornalisti
ha fatto sapere, hanno fatto sapere
taglia corto, tagliano corto, ha tagliato corto, hanno tagliato corto
ha messo in guardia, hanno messo in guardia
ha reso noto, hanno reso noto, rende noto, rendono noto
"""

# Plural cues with "da" and its article after them, the body the words come from (``C,
# fanno sapere dal Comune``, ``spiegano dalla Questura``): the body speaks.
_FROM_BODY_VERBS = """
fanno sapere, spiegano, sottolineano, precisano, riferiscono, confermano, annunciano,
assicurano, ribadiscono, ricordano, evidenziano, osservano, aggiungono, commentano,
replicano, rendono noto
"""
_FROM_BODY_PREPOSITIONS = ("dal", "dalla", "dai", "dalle", "dallo", "dagli")

_OBJECT_VERBS = """
detto disse dice dicono
assicurato assicurò assicura
raccontato raccontò racconta
spiegato spiegò spiega
ricordato ricordò
avvertito avvertì
chiesto chiese chiede chiedono
esortato esortò esorta
invitato invitò invita
promesso promise
informato informò
comunicato comunicò
riferito riferì
"""

_CONTROL_VERBS = """
chiedere chiede chiedono chiese chiesero chiesto
esortare esorta esortano esortò esortato
invitare invita invitano invitò invitato
promettere promette promise promesso
minacciare minaccia minacciò minacciato
consigliare consiglia consigliò consigliato
proporre propone propose proposto
"""

_ROLE_NOUNS = """
presidente premier ministro ministra ministri portavoce segretario segretaria capo
leader dirigente dirigenti responsabile responsabili direttore direttrice deputato
deputata deputati senatore senatrice senatori sindaco sindaca prefetto governatore
ambasciatore ambasciatrice diplomatico diplomatici consigliere consigliera esperto
esperta esperti analista analisti economista economisti rappresentante rappresentanti
fonte fonti generale comandante militare militari ufficiale soldato soldati polizia
poliziotto carabinieri procuratore procura pm giudice giudici avvocato avvocata
avvocati medico medici professore professoressa ricercatore ricercatrice ricercatori
scienziato scienziati autore autrice giornalista giornalisti corrispondente redattore
candidato candidata governo ministero esecutivo partito sindacato commissione
consiglio tribunale azienda società gruppo organizzazione associazione residenti
testimone testimoni partecipante lavoratore lavoratori specialista autorità
cancelliere re regina papa pontefice vescovo cardinale allenatore tecnico capitano
giocatore uomo donna gente persona padre madre figlio figlia moglie marito collega
amico amica osservatore osservatori
onorevole parlamentare magistrato magistrata governatrice
opposizione
ct
assessore assessora assessori vicesindaco vicesindaca viceministro viceministra
sottosegretario sottosegretaria commissario commissaria questore rettore rettrice
amministratore amministratrice coordinatore coordinatrice capogruppo vicepresidente
presidentessa procuratrice prefetta
esponente esponenti militante militanti attivista attivisti
"""

_THING_NOUNS = """
governo parlamento ministero dipartimento partito sindacato commissione consiglio
tribunale procura azienda società gruppo organizzazione associazione istituto
università ospedale fondazione federazione banca rapporto comunicato studio
fondo camera agenzia autorità
polizia guardia esercito marina servizio
"""

# words that mark a woman or a man (Lexicon.feminine_words, masculine_words): pronouns,
# titles, articles and role nouns; "ha aggiunto il funzionario" after "La ministra Anna
# Neri" names someone else
_FEMININE_WORDS = """
lei essa la signora sig.ra ministra viceministra segretaria sottosegretaria direttrice
deputata senatrice sindaca vicesindaca prefetta ambasciatrice consigliera esperta
avvocata professoressa ricercatrice autrice candidata regina madre figlia moglie amica
magistrata governatrice assessora commissaria rettrice amministratrice coordinatrice
presidentessa procuratrice funzionaria diplomatica politica donna
"""

_MASCULINE_WORDS = """
lui egli il lo signor signore sig ministro viceministro segretario sottosegretario
direttore deputato senatore sindaco vicesindaco prefetto governatore ambasciatore
consigliere esperto avvocato professore ricercatore autore candidato re padre figlio
marito amico magistrato assessore commissario rettore amministratore coordinatore
procuratore funzionario diplomatico politico uomo poliziotto allenatore giocatore
vescovo cardinale papa pontefice
"""

# women's first names that do not end in -a, men's that do
_WOMEN_NAMES = """
beatrice irene adele matilde alice rachele agnese noemi miriam ester carmen ines iris
"""
_MEN_NAMES_IN_A = "andrea luca nicola mattia elia enea gianluca battista"

# very common given names, men's and women's: a capitalised word in a name run that is
# one names a person, no body ("del Consiglio Mario Natale", not an adjective)
_FIRST_NAMES = """
alessandro andrea antonio carlo claudio daniele davide enrico fabio federico filippo
francesco gabriele giacomo gianluca giorgio giovanni giulio giuseppe lorenzo luca luigi
marco mario massimo matteo maurizio michele nicola paolo pietro raffaele riccardo
roberto salvatore sergio simone stefano tommaso vincenzo emanuele domenico alberto
alessandra anna barbara beatrice camilla chiara cristina daniela elena elisa federica
francesca giorgia giulia ilaria laura lucia manuela maria martina monica paola patrizia
roberta sara silvia simona sofia stefania valentina valeria teresa rita angela
"""

# endings of the capitalised adjectives in bodies' names ("Banca Centrale Europea")
_BODY_ADJECTIVE_ENDINGS = "ale are ile ea eo ense iore ario aria ivo iva"

# participles that describe a noun ("dati dell’Istat pubblicati ieri")
_PAST_PARTICIPLE_ENDINGS = "ato ati ata ate uto uti uta ute ito iti ita ite usi"

# cues only before a clause or a quotation: with a noun for object they report nothing
# ("rilancia l'economia")
# the gerunds of verbs of saying whose other forms the lists above spell out: "…,
# precisando che C" (not "…, confermando il suo sostegno": only before a clause)
_GERUNDS = """
precisando ribadendo confermando assicurando osservando rilevando evidenziando
avvertendo riconoscendo ammettendo negando rispondendo replicando riferendo
commentando sostenendo denunciando annunciando
"""

_CLAUSE_ONLY = f"""
rilanciare rilancia rilanciano rilanciò rilanciato rilanciando
{_GERUNDS}
"""

LEXICON = Lexicon(
    relation_words=frozenset({"di", *_DI_ARTICLED}),
    # "Di Sante", "Paolo Di Sante": a surname that opens with a capitalised particle
    name_particles=NAME_PARTICLES | {"di"},
    code="it",
    # "ha detto da parte sua Jo Roe", "Jo Roe dal canto suo ha detto": a turn set aside
    aside_phrases=(
        "da parte sua",
        "da parte loro",
        "dal canto suo",
        "dal canto loro",
        "dal suo canto",
        "per parte sua",
        "a sua volta",
        "a loro volta",
    ),
    name="Italian",
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS + _GERUNDS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    cue_phrases=(
        *(f"{aux} {p}" for p in _COMPOUND_PARTICIPLES.split() for aux in _COMPOUND_AUXILIARIES),
        *(p.strip() for p in _COMPOUND_PHRASES.replace("\n", ",").split(",") if p.strip()),
        *(
            f"{v.strip()} {da}"
            for v in _FROM_BODY_VERBS.replace("\n", ",").split(",")
            if v.strip()
            for da in _FROM_BODY_PREPOSITIONS
        ),
        "ha messo in chiaro",
        "ha fatto notare",
        "fa notare",
        "fa sapere",
        "fanno sapere",
        "si è detto",
        "si è detta",
        "si sono detti",
        "si è dichiarato",
        "si è dichiarata",
        "ha tenuto a precisare",
        "ha tenuto a sottolineare",
        "ha scritto su x",
        "ha scritto sui social",
        "ha scritto su facebook",
    ),
    naming_cues=(
        "definito",
        "definita",
        "definisce",
        "definiscono",
        "definì",
        "ha definito",
        "chiamato",
        "bollato",
        "bollata",
        "etichettato",
        "descritto",
        "descrive",
    ),
    impersonal_clitics=frozenset({"si"}),
    opinion_prepositions=frozenset({"per"}),
    person_pronouns=frozenset({"lui", "lei"}),
    possessive_determiners=frozenset({"suo", "sua", "suoi", "sue"}),
    source_phrases=(
        "secondo",
        # "«C», così il ministro": so (said) the minister
        "così",
        "a detta di",
        "a parere di",
        "ad avviso di",
        "stando a",
        # with the article written onto the preposition ("Stando alla polizia, C")
        *(f"stando {p}" for p in _A_ARTICLED),
        *(f"{phrase} {p}" for phrase in ("a detta", "a parere", "ad avviso") for p in _DI_ARTICLED),
        "secondo lui",
        "secondo lei",
        # "Secondo quanto riferito dal comando, C", "Stando a quanto riferito dai vigili":
        # the agent after the participle
        *(
            f"{opener} quanto {participle} {p}"
            for opener in ("secondo", "stando a")
            for participle in ("riferito", "riportato", "comunicato")
            for p in ("da", "dal", "dalla", "dai")
        ),
        "a suo dire",
        "a suo avviso",
        "a suo parere",
    ),
    pronouns=frozenset(
        {"lui", "lei", "loro", "io", "noi", "voi", "tu", "egli", "essa", "esso", "essi", "chi"}
    ),
    object_pronouns=frozenset({"gli", "le", "mi", "ci", "vi", "ti", "lo", "la", "li", "ne"}),
    relative_pronouns=frozenset({"che", "chi", "cui"}),
    noun_like_cues=frozenset(
        {
            "detto",
            "detta",
            "nota",
            "noto",
            "critica",
            "domanda",
            "risposta",
            "chiama",
            "chiamato",
            "cita",
            "citato",
            "stima",
            "stimato",
            "conferma",
            "annuncio",
            "racconto",
            "ricordo",
            "ricorda",
            "so",
            "sa",
            "sicuro",
            "sicura",
            "sicuri",
            "spero",
            "credo",
            "penso",
            "previsto",
            "proposto",
            "promesso",
            "scritto",
            "comunicato",
            "informato",
            "valuta",
            "invito",
            "invitato",
            "segnala",
            "indica",
            "continua",
            "prosegue",
            "attacca",
            "attaccato",
            "minaccia",
            "accusa",
            "denuncia",
            "espresso",
            "convinto",
            "convinta",
            "convinti",
            "considera",
            "considerato",
        }
    ),
    first_person=frozenset(
        {
            "io",
            "noi",
            "mio",
            "mia",
            "miei",
            "mie",
            "nostro",
            "nostra",
            "nostri",
            "nostre",
            "mi",
            "ci",
            "sono",
            "siamo",
        }
    ),
    determiners=frozenset(
        {
            "il",
            "lo",
            "la",
            "i",
            "gli",
            "le",
            "l'",
            "un",
            "uno",
            "una",
            "un'",
            "questo",
            "questa",
            "questi",
            "queste",
            "quel",
            "quello",
            "quella",
            "quei",
            "quegli",
            "quelle",
            "suo",
            "sua",
            "suoi",
            "sue",
            "loro",
            "nostro",
            "nostra",
            "alcuni",
            "alcune",
            "molti",
            "molte",
            "vari",
            "varie",
            "altri",
            "altre",
            "altro",
            "altra",
            "tutti",
            "tutte",
            "ogni",
            "due",
            "tre",
            "entrambi",
            "del",
            "della",
            "dei",
            "degli",
            "delle",
        }
    ),
    auxiliaries=frozenset(
        {
            "ha",
            "hanno",
            "aveva",
            "avevano",
            "avrebbe",
            "avrebbero",
            "abbia",
            "è",
            "sono",
            "era",
            "si",
            "anche",
            "già",
            "poi",
            "inoltre",
            "ancora",
            "ieri",
            "oggi",
            "più",
            "volte",
            "pubblicamente",
            "apertamente",
            "chiaramente",
            "recentemente",
            "sempre",
            "mai",
            "non",
            "però",
            "tuttavia",
            "infine",
            "quindi",
            "dunque",
            "invece",
            "subito",
            "personalmente",
            "ufficialmente",
            "fermamente",
            "duramente",
            "solo",
            "soltanto",
            "addirittura",
            "perfino",
            "persino",
            "stesso",
            "stessa",
            "gli",
            "le",
            "mi",
            "ci",
            "lo",
            "la",
            "ne",
            "vi",
            "spesso",
            "prima",
            "dopo",
            "allora",
            "ora",
            "adesso",
            "poco",
            "fa",
        }
    ),
    # "ha anche detto": the auxiliary before an adverb and its participle
    cue_auxiliaries=frozenset(_COMPOUND_AUXILIARIES),
    passive_auxiliaries=frozenset(
        {
            "stato",
            "stata",
            "stati",
            "state",
            "viene",
            "vengono",
            "venne",
            "fu",
            "furono",
            "essere",
            "sarà",
            "sia",
        }
    ),
    complementizers=frozenset({"che", "di"}),
    conjunctions=frozenset(
        {
            "e",
            "ed",
            "ma",
            "però",
            "mentre",
            "o",
            "oppure",
            "né",
            "perché",
            "poiché",
            "sebbene",
            "benché",
            "quando",
            "se",
            "anche",
        }
    ),
    reaction_cues=frozenset(
        [
            "risponde",
            "rispose",
            "risposto",
            "reagisce",
            "reagì",
            "reagito",
            "protesta",
            "protestò",
            "protestato",
        ]
    ),
    subordinators=frozenset({"quando", "mentre", "sebbene", "poiché"}),
    clause_openers=frozenset(
        {
            "cosa",
            "come",
            "perché",
            "dove",
            "quando",
            "quanto",
            "quanti",
            "quale",
            "quali",
            "chi",
            "se",
            "cui",
            "che",
        }
    ),
    sentence_adverbs=frozenset({"ora", "adesso", "allora", "forse", "poi"}),
    dative_prepositions=frozenset({"a", "all'", *_A_ARTICLED}),
    press_nouns=frozenset({"giornalisti", "cronisti", "media", "stampa"}),
    control_prepositions=frozenset({"a", "ad", "di"}),
    infinitive_endings=("are", "ere", "ire", "arsi", "ersi", "irsi"),
    phrase_prepositions=frozenset({"di", *_DI_ARTICLED}),
    reference_phrases=("citando",),
    correlative_openers=("non solo",),
    as_words=frozenset({"come", "così come"}),
    pro_drop=True,
    # "aggiungendo che C" reports; "aggiungendo dettagli al piano" is no speech: to add
    # is also to put in
    clause_cues=frozenset(
        {
            "aggiunge",
            "aggiungendo",
            "aggiungere",
            "aggiungeva",
            "aggiungo",
            "aggiungono",
            "aggiunse",
            "aggiunsero",
            "aggiunto",
        }
    )
    | frozenset(_CLAUSE_ONLY.split()),
    proclitic_objects=True,
    place_prepositions=frozenset({"a", "in"}),
    prepositions=frozenset(
        {
            "davanti",
            "dinanzi",
            "accanto",
            "dietro",
            "fuori",
            "dentro",
            "a",
            "ad",  # before a vowel ("esortato i cittadini ad evitare")
            "al",
            "allo",
            "alla",
            "ai",
            "agli",
            "alle",
            "all'",
            "da",
            "dal",
            "dallo",
            "dalla",
            "dai",
            "dagli",
            "dalle",
            "dall'",
            "in",
            "nel",
            "nello",
            "nella",
            "nei",
            "negli",
            "nelle",
            "nell'",
            "con",
            "su",
            "sul",
            "sullo",
            "sulla",
            "sui",
            "sugli",
            "sulle",
            "sull'",
            "per",
            "tra",
            "fra",
            "del",
            "dello",
            "della",
            "dei",
            "degli",
            "delle",
            "dell'",
            "contro",
            "verso",
            "durante",
            "dopo",
            "prima",
            "senza",
            "sopra",
            "sotto",
            "presso",
            "circa",
            "riguardo",
            "oltre",
            "attraverso",
            "secondo",
            "sì",
            "no",
        }
    ),
    time_words=frozenset(
        {
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
            "oggi",
            "ieri",
            "domani",
            "stamattina",
            "stamani",
            "stasera",
            "mattina",
            "sera",
            "notte",
            "pomeriggio",
            "recentemente",
            "poi",
            "già",
            "ancora",
            "pubblicamente",
            "settimana",
            "mese",
            "anno",
            "scorso",
            "scorsa",
            "ora",
            "allora",
            "ufficialmente",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "chiaro",
            "chiara",
            "netto",
            "netta",
            "categorico",
            "categorica",
            "perentorio",
            "perentoria",
            "fermo",
            "ferma",
            "esplicito",
            "esplicita",
            "lapidario",
            "lapidaria",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("«Q», ha aggiunto l'esponente"): the
    # party figure, the leader, the official, the diplomat, the politician
    epithets=frozenset(
        {"esponente", "dirigente", "funzionario", "funzionaria"}
        | {"diplomatico", "diplomatica", "politico"}
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    first_names=frozenset(_FIRST_NAMES.split()),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    feminine_name_endings=("a",),
    feminine_names=frozenset(_WOMEN_NAMES.split()),
    masculine_names=frozenset(_MEN_NAMES_IN_A.split()),
    past_participle_endings=tuple(_PAST_PARTICIPLE_ENDINGS.split()),
    role_equivalents=(
        ("presidente della repubblica", "capo dello stato", "inquilino del quirinale"),
        (
            "premier",
            "presidente del consiglio",
            "presidente del consiglio dei ministri",
            "primo ministro",
            "prima ministra",
            "capo del governo",
            "capo dell'esecutivo",
        ),
        ("ministro degli esteri", "capo della diplomazia", "titolare della farnesina"),
        ("sindaco", "sindaca", "primo cittadino", "prima cittadina"),
        ("governatore", "governatrice", "presidente della regione"),
        ("papa", "pontefice", "santo padre"),
        ("allenatore", "tecnico", "ct", "commissario tecnico", "mister"),
        ("procuratore", "procuratrice", "pm", "magistrato", "magistrata"),
        ("deputato", "deputata", "parlamentare", "onorevole"),
    ),
    record_nouns=frozenset({"dati", "cifre", "stime", "statistiche", "rilevazioni"}),
    said_nouns=frozenset(
        {"verità", "notizia", "notizie", "versione", "bugia", "bugie", "menzogna"}
    ),
    from_body_prepositions=frozenset(_FROM_BODY_PREPOSITIONS),
    participle_agents=frozenset({"da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'"}),
    titles=frozenset(
        {
            "sig",
            "sig.ra",
            "signor",
            "signora",
            "dott",
            "dott.ssa",
            "dottor",
            "prof",
            "ing",
            "avv",
            "on",
            "sen",
            "mons",
            "don",
            "presidente",
            "premier",
            "ministro",
            "ministra",
            "segretario",
            "segretaria",
            "portavoce",
            "deputato",
            "senatore",
            "sindaco",
            "sindaca",
            "prefetto",
            "governatore",
            "ambasciatore",
            "cancelliere",
            "re",
            "regina",
            "principe",
            "papa",
            "cardinale",
            "vescovo",
            "generale",
            "colonnello",
            "capitano",
            "ex",
            "vicepresidente",
            "viceministro",
            "leader",
            "capo",
            "direttore",
            "italiano",
            "italiana",
            "americano",
            "russo",
            "ucraino",
            "francese",
            "tedesco",
            "britannico",
            "europeo",
            "giudice",
            "procuratore",
            "allenatore",
        }
    ),
    agency_nouns=frozenset({"agenzia"}),
    media_words=frozenset(
        {
            # the Swiss wire's Italian service (Keystone-ATS): "riferisce l'ATS"
            "ats",
            "keystone-ats",
            "agenzia",
            "adnkronos",
            "agi",
            "lapresse",
            "stampa",
            "messaggero",
            "giornale",
            "quotidiano",
            "avvenire",
            "mediaset",
            "tg1",
            "tg2",
            "tg3",
            "tg5",
            "tg24",
            "la7",
            "radio",
            "testata",
            "settimanale",
            "rivista",
            "canale",
            "emittente",
            "sito",
            "media",
            "il post",
            "il foglio",
            "sole 24 ore",
            "il fatto quotidiano",
            "il tempo",
            "il manifesto",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "secondo",
        # a credit line: "Fonte: ANSA"
        "fonte:",
        "stando a",
        *(f"stando {p}" for p in _A_ARTICLED),
        "riporta",
        "riportano",
        "ha riportato",
        "riferisce",
        "citato da",
        "citata da",
        "citati da",
        "citando",
        "in un'intervista a",
        "in un'intervista con",
        "intervistato da",
        "intervistata da",
        "ha detto a",
        "ha dichiarato a",
        "ha spiegato a",
        "ha raccontato a",
        # the article after "a" joined to it: "all'ANSA", "al Corriere", "alla Stampa"
        *(
            f"ha {verb} {article}"
            for verb in ("detto", "dichiarato", "spiegato", "raccontato")
            for article in ("all'", "all’", "al", "alla", "allo")
        ),
        "secondo il quotidiano",
        "secondo l'agenzia",
    ),
    attribution_verbs=(
        "riporta",
        "riportano",
        "ha riportato",
        "scrive",
        "scrivono",
        "riferisce",
        "riferiscono",
        "rivela",
        "rivelano",
        "annuncia",
        "anticipa",
    ),
    # "Lo ha comunicato la Regione": the clitic object before any cue in free order
    anaphors=("lo",),
    # the gerund: "…, aggiungendo che C" is the subject's cue of its own
    participle_endings=("ando", "endo"),
    # concessive "pur" before the gerund: "Pur riconoscendo che C, il ministro …" is the
    # subject's, never "Pur"'s
    gerund_prepositions=frozenset({"pur"}),
    # "-mente": an adverb ("dijo Ana Ruiz tajantemente"), no part of a name
    adverb_endings=("mente",),
    anaphoric_cues=(
        "lo ha detto",
        "lo ha dichiarato",
        "lo ha affermato",
        "lo ha annunciato",
        "lo ha confermato",
        "lo ha spiegato",
        "lo ha sottolineato",
        "lo ha reso noto",
        "lo ha riferito",
        "lo ha scritto",
        "lo hanno detto",
        "lo hanno dichiarato",
        "lo hanno annunciato",
        "lo hanno reso noto",
        "lo rende noto",
        "lo riporta",
        "lo riferisce",
        "lo afferma",
        "lo dichiara",
        "lo annuncia",
        "lo comunica",
        "è quanto ha dichiarato",
        "è quanto ha detto",
        "è quanto ha affermato",
        "è quanto ha annunciato",
        "è quanto riporta",
        "è quanto riferisce",
        "è quanto si legge",
        "è quanto emerge",
        "a dirlo è",
        "a dichiararlo è",
        "a riferirlo è",
        "ad annunciarlo è",
        "a renderlo noto è",
        "a scriverlo è",
    ),
    byline_words=("di",),
    background_markers=(
        "ricordiamo",
        "il contesto",
        "contesto",
        "antefatto",
        "i precedenti",
        "precedenti",
        "cronologia",
        "la scheda",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "un anno fa",
        "lo scorso anno",
        "l'anno prima",
        "ricordiamo che",
        "ricordiamo,",
        "va ricordato che",
        "si ricorda che",
        "è bene ricordare che",
        "come noto,",
        "come si ricorderà",
        "come si ricorda",
        "come è noto",
        "come già riportato",
        "come riportato",
        "come abbiamo scritto",
        "come avevamo scritto",
        "in precedenza",
        "in passato,",
        "già in passato",
        "l'anno scorso",
        "la settimana scorsa",
        "la scorsa settimana",
        "il mese scorso",
        "lo scorso mese",
        "negli ultimi anni",
        "prima di allora",
        "già nel",
        "già nella",
    ),
    # the months as a page's date line prints them (4 marzo 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("gennaio",),
        ("febbraio",),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre",),
        ("ottobre",),
        ("novembre",),
        ("dicembre",),
    ),
    title_case_dash_datelines=True,  # "Roma – Il …"
    section_markers=(
        "dettagli",
        "approfondimenti",
        "leggi anche",
        "aggiornamento",
        "video",
        "foto",
        "citazione",
        "opinione",
        "analisi",
        "l'essenziale",
        "cosa sappiamo",
        "fonte",
        "fonti",
        "pubblicità",
    ),
    interviewer_labels=frozenset({"domanda", "d"}),
    answer_labels=frozenset({"risposta", "r"}),
    boilerplate=(
        "leggi anche",
        "leggi tutto",
        "vedi anche",
        "seguici",
        "iscriviti",
        "foto:",
        "fonte:",
        "pubblicità",
        "condividi",
        "riproduzione riservata",
        "tutti i diritti riservati",
        "© riproduzione riservata",
    ),
    abbreviations=frozenset(
        {
            "sig",
            "sigg",
            "sig.ra",
            "dott",
            "dott.ssa",
            "prof",
            "prof.ssa",
            "ing",
            "avv",
            "arch",
            "on",
            "sen",
            "mons",
            "geom",
            "rag",
            "ecc",
            "es",
            "p",
            "pp",
            "pag",
            "n",
            "nr",
            "vol",
            "cap",
            "art",
            "c.so",
            "v.le",
            "p.zza",
            "s.p.a",
            "s.r.l",
            "spa",
            "srl",
            "gen",
            "feb",
            "mar",
            "apr",
            "mag",
            "giu",
            "lug",
            "ago",
            "set",
            "ott",
            "nov",
            "dic",
            "a.c",
            "d.c",
            "ca",
            "cfr",
            "tel",
            "km",
            "kg",
            "min",
            "max",
            "col",
            "magg",
            "ten",
            "s",
            "st",
            "sec",
        }
    ),
    # Frequent Italian words spelled otherwise in Spanish, Portuguese and French:
    # "il", "la", "un", "una", "con", "da", "e", "non", "lui" are shared and left out.
    stopwords=frozenset(
        {
            "di",
            "che",
            "è",
            "della",
            "delle",
            "degli",
            "dei",
            "nel",
            "nella",
            "nelle",
            "negli",
            "alla",
            "alle",
            "gli",
            "sono",
            "per",
            "anche",
            "ho",
            "ma",
            "più",
            "come",
            "questo",
            "questa",
            "questi",
            "stato",
            "stata",
            "essere",
            "sia",
            "tra",
            "dal",
            "dalla",
            "sul",
            "sulla",
            "ai",
            "agli",
            "loro",
            "detto",
            "secondo",
            "perché",
            "già",
            "ancora",
            "però",
            "cui",
            "quale",
            "dopo",
            "molto",
            "oggi",
            "suo",
            "suoi",
            "hanno",
            "aveva",
            "dello",
            "nello",
            "allo",
            "sull",
            "dell",
            "all",
            "nell",
            "ieri",
            "anni",
            "fatto",
            "ogni",
            "quello",
            "quella",
            "poi",
            "fa",
        }
    ),
)
