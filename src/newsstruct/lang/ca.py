"""Catalan lexicon.

Cue verbs are the verbs of saying of Catalan news copy (ACN wire style: "ha dit", "ha
explicat", "ha assegurat", "va afirmar", "ha afegit", "ha remarcat") with the cognition
verbs that ANNOTATION.md counts as cues ("creu", "considera", "opina").  Every form is
spelled out, one lemma a line: infinitive, present third person singular and plural,
first person singular, imperfect, simple preterite third person singular and plural,
past participle (masculine and feminine) and gerund.  The past of news is the perfect
("ha dit", "han explicat") and the periphrastic preterite ("va dir", "van explicar"): both
are cue phrases, spelt out for every verb below.

Quotation marks follow the Institut d'Estudis Catalans' "Ortografia catalana" (2017,
§ 4.3.4): « » outside, “ ” inside, ‘ ’ innermost; straight marks also occur in web copy.
"Segons X, C" credits X; "Per a X, C" gives X's view.  Subjects drop ("Ha afegit que C"):
the speaker is the one of the discourse.  Months are lower case and take "de" or "d'"
("3 de març", "12 d'octubre").  Background opens with "Cal recordar que", "Anteriorment"
or "L'any passat".
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
dir diu diuen dic deia deien digué digueren dit dita dient
afirmar afirma afirmen afirmo afirmava afirmà afirmaren afirmat afirmada afirmant
explicar explica expliquen explico explicava explicà explicaren explicat explicada explicant
assegurar assegura asseguren asseguro assegurava assegurà asseguraren assegurat assegurant
declarar declara declaren declaro declarava declarà declararen declarat declarant
indicar indica indiquen indico indicava indicà indicaren indicat indicant
assenyalar assenyala assenyalen assenyalo assenyalava assenyalà assenyalaren assenyalat
manifestar manifesta manifesten manifestava manifestà manifestaren manifestat
afegir afegeix afegeixen afegeixo afegia afegí afegiren afegit afegint
subratllar subratlla subratllen subratllava subratllà subratllat subratllant
remarcar remarca remarquen remarcava remarcà remarcat remarcant
destacar destaca destaquen destacava destacà destacaren destacat destacant
recalcar recalca recalquen recalcà recalcat
insistir insisteix insisteixen insisteixo insistia insistí insistiren insistit insistint
sostenir sosté sostenen sostinc sostenia sostingué sostingut
advertir adverteix adverteixen advertia advertí advertiren advertit advertint
alertar alerta alerten alertava alertà alertat
avisar avisa avisen avisava avisà avisat
anunciar anuncia anuncien anunciava anuncià anunciaren anunciat anunciant
confirmar confirma confirmen confirmava confirmà confirmaren confirmat confirmant
reconèixer reconeix reconeixen reconec reconeixia reconegué reconegut reconeguda
admetre admet admeten admetia admeté admès admesa
negar nega neguen nego negava negà negaren negat negant
desmentir desmenteix desmenteixen desmentí desmentit
respondre respon responen responia respongué respost responent
contestar contesta contesten contestà contestat
replicar replica repliquen replicà replicat
preguntar pregunta pregunten preguntava preguntà preguntaren preguntat
escriure escriu escriuen escrivia escriví escrit escrivint
relatar relata relaten relatava relatà relatat
comentar comenta comenten comentava comentà comentat comentant
opinar opina opinen opino opinava opinà opinat
precisar precisa precisen precisà precisat
puntualitzar puntualitza puntualitzen puntualitzà puntualitzat
detallar detalla detallen detallà detallat detallant
apuntar apunta apunten apuntava apuntà apuntat apuntant
recordar recorda recorden recordava recordà recordat recordant
reiterar reitera reiteren reiterà reiterat
denunciar denuncia denuncien denunciava denuncià denunciat denunciant
criticar critica critiquen criticava criticà criticat
lamentar lamenta lamenten lamentava lamentà lamentat lamentant
celebrar celebra celebren celebrà celebrat
defensar defensa defensen defensava defensà defensat defensant
argumentar argumenta argumenten argumentà argumentat
justificar justifica justifiquen justificà justificat
reclamar reclama reclamen reclamava reclamà reclamat reclamant
exigir exigeix exigeixen exigia exigí exigit
demanar demana demanen demano demanava demanà demanaren demanat demanant
proposar proposa proposen proposà proposat
prometre promet prometen prometé promès
informar informa informen informava informà informat informant
comunicar comunica comuniquen comunicà comunicat
revelar revela revelen revelà revelat
confessar confessa confessen confessà confessat
concloure conclou conclouen conclogué conclòs
valorar valora valoren valorava valorà valorat
qualificar qualifica qualifiquen qualificà qualificat
exclamar exclama exclamà exclamat
cridar crida criden cridà cridat
xiuxiuejar xiuxiueja xiuxiuejà
"""

_COGNITION_VERBS = """
creure creu creuen crec creia creien cregué cregut
pensar pensa pensen penso pensava pensà pensat
considerar considera consideren considero considerava considerà consideraren considerat
estimar estima estimen estimà estimat
esperar espera esperen espero esperava esperà esperat
témer tem temen temia temé
saber sap saben sé sabia sabé
dubtar dubta dubten dubto dubtava dubtà
confiar confia confien confio confiava confià
"""

# the infinitives and participles of the periphrastic preterite ("va dir") and the
# perfect ("ha dit"), every one a cue phrase
_PERIPHRASTIC = """
dir:dit afirmar:afirmat explicar:explicat assegurar:assegurat declarar:declarat
indicar:indicat assenyalar:assenyalat manifestar:manifestat afegir:afegit
subratllar:subratllat remarcar:remarcat destacar:destacat insistir:insistit
sostenir:sostingut advertir:advertit alertar:alertat anunciar:anunciat
confirmar:confirmat reconèixer:reconegut admetre:admès negar:negat respondre:respost
preguntar:preguntat escriure:escrit comentar:comentat opinar:opinat precisar:precisat
puntualitzar:puntualitzat detallar:detallat apuntar:apuntat recordar:recordat
reiterar:reiterat denunciar:denunciat criticar:criticat lamentar:lamentat
defensar:defensat reclamar:reclamat exigir:exigit demanar:demanat proposar:proposat
prometre:promès informar:informat comunicar:comunicat revelar:revelat
confessar:confessat valorar:valorat creure:cregut considerar:considerat
"""

_OBJECT_VERBS = """
diu diuen digué dit demana demanen demanà demanat demanar assegura assegurà
assegurat explica explicà explicat recorda recordà recordat adverteix advertí advertit
promet prometé promès informa informà informat pregunta preguntà preguntat
"""

_CONTROL_VERBS = """
demanar demana demanen demanà demanat exigir exigeix exigeixen exigí exigit
reclamar reclama reclamen reclamà reclamat prometre promet prometen prometé promès
proposar proposa proposen proposà proposat
"""

_ROLE_NOUNS = """
president presidenta presidents vicepresident vicepresidenta conseller consellera
consellers ministre ministra ministres portaveu portaveus alcalde alcaldessa alcaldes
regidor regidora regidors tinent tinenta diputat diputada diputats senador senadora
secretari secretària director directora directors gerent delegat delegada síndic
síndica jutge jutgessa jutges magistrat magistrada fiscal advocat advocada advocats
expert experta experts analista analistes economista economistes investigador
investigadora investigadors professor professora metge metgessa doctor doctora
responsable responsables coordinador coordinadora líder líders dirigent dirigents
representant representants font fonts testimoni testimonis veí veïna veïns
comissari comissària inspector inspectora sergent agent agents caporal cap rei reina
papa ambaixador ambaixadora diplomàtic assessor assessora candidat candidata
entrenador tècnic capità jugador jugadors
"""

_THING_NOUNS = """
govern generalitat parlament ajuntament ministeri departament conselleria partit
sindicat comissió consell tribunal jutjat empresa companyia grup organització
associació institut universitat hospital fundació federació informe comunicat estudi
"""

_STOPWORDS = """
amb perquè això aquesta aquest aquests aquestes també més els dels pels pel seva seves
són fins molt només encara segons quan hi li després nosaltres tots dues anys havia així
diu afirmat explicat assegurat el es han
"""

_DETERMINERS = """
el la l' els les un una uns unes aquest aquesta aquests aquestes aquell aquella aquells
aquelles seu seva seus seves molts moltes diversos diverses alguns algunes tots totes
cada dos dues tres ambdós del dels al als pel pels
"""

_AUXILIARIES = """
ha han havia havien hauria haurien va van vaig també ja encara novament públicament
clarament recentment sempre mai no finalment ahir avui aquest dilluns dimarts dimecres
dijous divendres dissabte diumenge es s' li em ens hi ho la només tan mateix mateixa ara
doncs primer pot podria cal convé
"""

_PASSIVE_AUXILIARIES = """
fou foren és són era eren estat estada serà seran sigui ser està estan estava
"""

_CONJUNCTIONS = """
i però sinó mentre o ni perquè doncs si quan
"""

_CLAUSE_OPENERS = """
què com on quan quant quants quin quina quins quines qui si que qual quals
"""

_PREPOSITIONS = """
a al als amb de d' en per pel pels sobre sota entre sense contra cap fins des durant
davant darrere després abans prop dins fora vers
"""

_TIME_WORDS = """
dilluns dimarts dimecres dijous divendres dissabte diumenge ahir avui demà abans-d'ahir
matí tarda vespre nit aquest aquesta també
"""

_ABBREVIATIONS = """
sr sra srs dr dra núm pàg etc tel av pl c aprox vs p ex
"""

_FEMININE_WORDS = """
ella elles consellera ministra presidenta vicepresidenta alcaldessa regidora diputada
senadora secretària directora delegada síndica jutgessa magistrada advocada experta
investigadora professora metgessa doctora coordinadora veïna comissària inspectora reina
ambaixadora assessora candidata sra
"""

_MASCULINE_WORDS = """
ell ells conseller ministre president vicepresident alcalde regidor diputat senador
secretari director delegat síndic jutge magistrat advocat expert investigador professor
metge doctor coordinador veí comissari inspector rei ambaixador assessor candidat sr
"""

# nouns that end like an adverb ("-ment"), no adverbs
_ADVERB_LOOKALIKES = """
ajuntament departament parlament moment document moviment element argument finançament
tractament reglament ensenyament allotjament
"""

# endings of the capitalised adjectives in bodies' names ("Banc Central Europeu")
_BODY_ADJECTIVE_ENDINGS = "al eu ea ic ica ari ària iu iva ior ar il"

# participles that describe a noun ("dades de l'Idescat publicades aquest dimarts")
_PAST_PARTICIPLE_ENDINGS = "at ats ada ades it its ida ides ut uts uda udes"

LEXICON = Lexicon(
    # "la direcció del Port": a description by what it belongs to ("del" is "de" + "el")
    relation_words=frozenset({"de", "del", "dels"}),
    code="ca",
    name="Catalan",
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"preguntar", "pregunta", "pregunten", "preguntà", "preguntat"}),
    thought_cues=frozenset({"crec", "creu", "penso", "pensa", "espero", "sé", "sap"}),
    hedge_subjects=frozenset({"jo", "nosaltres", "vostè", "vosaltres", "tu"}),
    cue_phrases=(
        *(
            f"{auxiliary} {form}"
            for pair in _PERIPHRASTIC.split()
            for auxiliary, form in zip(
                ("va", "van", "ha", "han", "havia", "havien"),
                (pair.split(":")[0],) * 2 + (pair.split(":")[1],) * 4,
                strict=True,
            )
        ),
        "ha fet saber",
        "va fer saber",
        "ha posat de manifest",
        "va posar de manifest",
        "ha deixat clar",
        "va deixar clar",
        "ha donat a conèixer",
        "va donar a conèixer",
        "s'ha mostrat convençut",
        "s'ha mostrat convençuda",
        "es va mostrar convençut",
        "es va mostrar convençuda",
        "ha dit als periodistes",
        "ha explicat en declaracions a",
        "ha escrit a x",
        "ha escrit a les xarxes socials",
        "ha afirmat en un comunicat",
    ),
    naming_cues=(
        "qualifica",
        "qualifiquen",
        "qualificà",
        "ha qualificat",
        "va qualificar",
        "defineix",
        "va definir",
        "ha definit",
        "anomena",
        "va anomenar",
    ),
    impersonal_clitics=frozenset({"es", "s'"}),
    opinion_prepositions=frozenset({"per"}),
    person_pronouns=frozenset({"ell", "ella"}),
    possessive_determiners=frozenset({"seu", "seva", "seus", "seves"}),
    source_phrases=(
        "segons",
        "d'acord amb",
        "a parer de",
        "en opinió de",
        "en paraules de",
        "a criteri de",
        "segons ell",
        "segons ella",
        "al seu parer",
        "en la seva opinió",
    ),
    pronouns=frozenset(
        {"ell", "ella", "ells", "elles", "jo", "nosaltres", "vosaltres", "vostè", "vostès", "tu"}
    ),
    object_pronouns=frozenset({"li", "els", "em", "ens", "et", "el", "la", "les", "us", "l'"}),
    relative_pronouns=frozenset({"qui", "qual", "quals"}),
    noun_like_cues=frozenset(
        {
            "dit",
            "dita",
            "critica",
            "crida",
            "defensa",
            "denuncia",
            "pregunta",
            "valora",
            "espera",
            "informa",
            "recorda",
            "crec",
            "va",
            "reclama",
            "comunicat",
            "estimat",
            "estima",
            "font",
            "avisa",
        }
    ),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    feminine_name_endings=("a",),
    first_person=frozenset({"jo", "nosaltres", "meu", "meva", "nostre", "nostra", "em", "ens"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"molts", "moltes", "alguns", "algunes", "tots", "totes", "dos"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    passive_auxiliaries=frozenset(_PASSIVE_AUXILIARIES.split()),
    complementizers=frozenset({"que"}),
    conjunctions=frozenset(_CONJUNCTIONS.split()),
    list_conjunctions=frozenset({"i", "o"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"què", "com", "on", "quan", "quant", "quin", "quina", "qui", "si"}),
    as_words=frozenset({"com"}),
    pro_drop=True,
    proclitic_objects=True,
    clause_cues=frozenset({"afegeix", "afegeixen", "afegí", "afegit", "afegint", "afegia"}),
    # "Cal recordar que C": an infinitive with no subject is the writer's reminder
    impersonal_cues=frozenset({"recordar", "destacar", "assenyalar", "subratllar", "remarcar"}),
    sentence_adverbs=frozenset({"ara", "llavors", "potser", "després", "també"}),
    press_nouns=frozenset({"periodistes", "mitjans", "premsa"}),
    control_prepositions=frozenset({"a", "de", "d'"}),
    infinitive_endings=("ar", "er", "ir", "re"),
    phrase_prepositions=frozenset({"de", "del", "dels", "d'"}),
    # "segons les dades publicades dimarts per l'Idescat": the record nouns and the
    # preposition of their participle's agent
    record_nouns=frozenset({"dades", "xifres", "estimacions", "estadístiques"}),
    participle_agents=frozenset({"per", "pel", "pels"}),
    reference_phrases=("citant",),
    correlative_openers=("no només", "no tan sols"),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_equivalents=(
        ("president", "presidenta", "cap del govern"),
        ("alcalde", "alcaldessa", "batlle", "batllessa"),
        ("portaveu", "portaveus"),
        ("conseller", "consellera"),
        ("ministre", "ministra"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    past_participle_endings=tuple(_PAST_PARTICIPLE_ENDINGS.split()),
    titles=frozenset({"sr", "sra", "dr", "dra", "president", "presidenta", "conseller"}),
    agency_nouns=frozenset({"agència"}),
    media_words=frozenset(
        {
            "acn",
            "agència catalana de notícies",
            "europa press",
            "tv3",
            "3cat",
            "catalunya ràdio",
            "ccma",
            "la vanguardia",
            "el periódico",
            "ara",
            "vilaweb",
            "el punt avui",
            "nació digital",
            "naciódigital",
            "betevé",
            "rac1",
            "ib3",
            "à punt",
            "diari",
            "agència",
            "ràdio",
            "televisió",
            "emissora",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "segons",
        "d'acord amb",
        "informa",
        "ha informat",
        "publica",
        "ha publicat",
        "citat per",
        "citada per",
        "en declaracions a",
        "en una entrevista a",
        "ha dit a",
        "ha explicat a",
        "segons el diari",
        "segons l'agència",
    ),
    attribution_verbs=(
        "informa",
        "ha informat",
        "va informar",
        "publica",
        "ha publicat",
        "avança",
        "ha avançat",
        "recull",
        "revela",
    ),
    # "Així ho ha explicat el conseller": the clitic before any cue
    anaphors=("així ho", "ho"),
    participle_endings=("ant", "ent", "int"),
    # "-ment": an adverb ("ha dit Anna Puig clarament"), no part of a name; but nouns of
    # news end so too ("el portaveu de l'ajuntament")
    adverb_endings=("ment",),
    adverb_lookalikes=frozenset(_ADVERB_LOOKALIKES.split()),
    anaphoric_cues=(
        "així ho ha explicat",
        "així ho ha dit",
        "així ho ha assegurat",
        "així ho ha afirmat",
        "així ho ha anunciat",
        "així ho ha confirmat",
        "així ho ha indicat",
        "així ho ha informat",
        "així ho va explicar",
        "així ho va dir",
        "així ho va assegurar",
        "així ho va afirmar",
        "així ho va anunciar",
        "així ho han explicat",
        "ho ha explicat",
        "ho ha anunciat",
        "ho ha confirmat",
        "ho ha informat",
        "ho ha dit",
        "ho va anunciar",
        "ho va explicar",
    ),
    byline_words=("Per",),
    background_markers=("antecedents", "context", "cronologia", "recordem"),
    background_openers=(
        "cal recordar que",
        "cal recordar",
        "recordem que",
        "convé recordar que",
        "com ja es va informar",
        "com ja informàvem",
        "com se sap",
        "anteriorment,",
        "prèviament,",
        "amb anterioritat",
        "l'any passat",
        "l'any anterior",
        "la setmana passada",
        "el mes passat",
        "fa un any",
        "fa dos anys",
        "en els últims anys",
        "en el passat",
    ),
    section_markers=("més informació", "llegiu també", "vídeo", "foto", "opinió", "anàlisi"),
    month_names=(
        ("gener", "gen"),
        ("febrer", "febr"),
        ("març", "mar"),
        ("abril", "abr"),
        ("maig",),
        ("juny",),
        ("juliol", "jul"),
        ("agost", "ag"),
        ("setembre", "set"),
        ("octubre", "oct"),
        ("novembre", "nov"),
        ("desembre", "des"),
    ),
    interviewer_labels=frozenset({"pregunta", "p"}),
    answer_labels=frozenset({"resposta", "r"}),
    boilerplate=("llegiu també", "llegeix també", "més informació", "foto:", "font:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    # frequent words that Spanish, French, Italian and Portuguese spell otherwise ("amb",
    # "això", "els", "són"), and "el", "es", "han", which Catalan writes as often as
    # Spanish does, so that they vote for neither; "la", "que", "de", "en", "ha", "va",
    # "però" (Italian) are shared and left out
    stopwords=frozenset(_STOPWORDS.split()),
)
