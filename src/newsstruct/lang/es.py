"""Spanish lexicon.

Cue verbs are the verbos de habla of Spanish news copy (the Fundéu BBVA and Agencia
EFE "Libro de estilo urgente" list of alternatives to "dijo", and the verbos de
lengua of the RAE "Nueva gramática de la lengua española", § 43.7), with the cognition
verbs that ANNOTATION.md counts as cues.  Every form is spelled out, one lemma a line:
infinitive, present third person singular and plural, first person singular,
preterite (pretérito perfecto simple) third person singular and plural, imperfect,
past participle and gerund.

Quotation marks follow the RAE "Ortografía de la lengua española" (2010), § 3.4.8:
« » outside, “ ” inside, ‘ ’ innermost; straight marks also occur in web copy.  An
inserted cue is set between dashes ("—dijo—").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._iberian import IBERIAN_PAST_PARTICIPLE_ENDINGS
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._names import NAME_PARTICLES

_SPEECH_VERBS = """
reaccionar reacciona reaccionan reaccionó reaccionaron reaccionaba reaccionado
celebrar celebra celebran celebró celebraron celebraba celebrado
decir dice dicen digo dijo dijeron decía decían dicho diciendo
afirmar afirma afirman afirmo afirmó afirmaron afirmaba afirmado afirmando
señalar señala señalan señalo señaló señalaron señalaba señalado señalando
asegurar asegura aseguran aseguro aseguró aseguraron aseguraba asegurado asegurando
declarar declara declaran declaro declaró declararon declaraba declarado declarando
explicar explica explican explico explicó explicaron explicaba explicado explicando
añadir añade añaden añado añadió añadieron añadía añadido añadiendo
agregar agrega agregan agrego agregó agregaron agregaba agregado agregando
indicar indica indican indico indicó indicaron indicaba indicado indicando
manifestar manifiesta manifiestan manifiesto manifestó manifestaron manifestaba manifestado
subrayar subraya subrayan subrayo subrayó subrayaron subrayaba subrayado subrayando
destacar destaca destacan destaco destacó destacaron destacaba destacado destacando
resaltar resalta resaltan resaltó resaltaron resaltaba resaltado
recalcar recalca recalcan recalcó recalcaron recalcaba recalcado
insistir insiste insisten insisto insistió insistieron insistía insistido insistiendo
sostener sostiene sostienen sostengo sostuvo sostuvieron sostenía sostenido sosteniendo
advertir advierte advierten advierto advirtió advirtieron advertía advertido advirtiendo
alertar alerta alertan alertó alertaron alertaba alertado
anunciar anuncia anuncian anuncio anunció anunciaron anunciaba anunciado anunciando
confirmar confirma confirman confirmo confirmó confirmaron confirmaba confirmado
reconocer reconoce reconocen reconozco reconoció reconocieron reconocía reconocido
admitir admite admiten admito admitió admitieron admitía admitido
negar niega niegan niego negó negaron negaba negado negando
desmentir desmiente desmienten desmintió desmintieron desmentido
responder responde responden respondo respondió respondieron respondía respondido
contestar contesta contestan contestó contestaron contestaba contestado
replicar replica replican replicó replicaron replicaba replicado
preguntar pregunta preguntan pregunto preguntó preguntaron preguntaba preguntado
escribir escribe escriben escribo escribió escribieron escribía escrito escribiendo
contar cuenta cuentan cuento contó contaron contaba contado contando
relatar relata relatan relató relataron relataba relatado
narrar narra narran narró narraron
comentar comenta comentan comento comentó comentaron comentaba comentado comentando
opinar opina opinan opino opinó opinaron opinaba opinado
considerar considera consideran considero consideró consideraron consideraba considerado
estimar estima estiman estimo estimó estimaron estimaba estimado
valorar valora valoran valoró valoraron valoraba valorado
precisar precisa precisan precisó precisaron precisaba precisado
aclarar aclara aclaran aclaro aclaró aclararon aclaraba aclarado
puntualizar puntualiza puntualizan puntualizó puntualizaron puntualizado
recordar recuerda recuerdan recuerdo recordó recordaron recordaba recordado recordando
reiterar reitera reiteran reitero reiteró reiteraron reiteraba reiterado
repetir repite repiten repitió repitieron repetía repetido
prometer promete prometen prometo prometió prometieron prometía prometido
amenazar amenaza amenazan amenazó amenazaron amenazaba amenazado
denunciar denuncia denuncian denuncio denunció denunciaron denunciaba denunciado
acusar acusa acusan acusó acusaron acusaba acusado
criticar critica critican criticó criticaron criticaba criticado
lamentar lamenta lamentan lamento lamentó lamentaron lamentaba lamentado
quejarse queja quejan quejó quejaron quejaba
exigir exige exigen exijo exigió exigieron exigía exigido
reclamar reclama reclaman reclamó reclamaron reclamaba reclamado
pedir pide piden pido pidió pidieron pedía pedido pidiendo
solicitar solicita solicitan solicitó solicitaron solicitaba solicitado
instar insta instan instó instaron instaba instado
exhortar exhorta exhortan exhortó exhortaron exhortado
llamar llama llaman llamó llamaron llamaba llamado
proponer propone proponen propuso propusieron proponía propuesto
sugerir sugiere sugieren sugirió sugirieron sugería sugerido
aconsejar aconseja aconsejan aconsejó aconsejaron aconsejado
recomendar recomienda recomiendan recomendó recomendaron recomendado
informar informa informan informó informaron informaba informado informando
comunicar comunica comunican comunicó comunicaron comunicaba comunicado
detallar detalla detallan detalló detallaron detallaba detallado
apuntar apunta apuntan apuntó apuntaron apuntaba apuntado
mencionar menciona mencionan mencionó mencionaron mencionaba mencionado
citar cita citan citó citaron citado
revelar revela revelan reveló revelaron revelaba revelado
desvelar desvela desvelan desveló desvelaron
garantizar garantiza garantizan garantizó garantizaron garantizado
jurar jura juran juró juraron jurado
prever prevé prevén previó previeron previsto
pronosticar pronostica pronostican pronosticó pronosticaron
vaticinar vaticina vaticinan vaticinó vaticinaron
argumentar argumenta argumentan argumentó argumentaron argumentaba argumentado
defender defiende defienden defendió defendieron defendía defendido
zanjar zanjó zanjaron
concluir concluye concluyen concluyó concluyeron concluido
resumir resume resumen resumió resumieron
expresar expresa expresan expresó expresaron expresaba expresado
exclamar exclama exclamó exclamaron
bromear bromea bromeó bromearon
ironizar ironiza ironizó ironizaron
tuitear tuitea tuiteó tuitearon
proseguir prosigue prosiguió prosiguieron
continuar continúa continuó continuaron
remarcar remarca remarcan remarcó remarcaron remarcaba remarcado remarcando
matizar matiza matizan matizó matizaron matizaba matizado matizando
sentenciar sentencia sentencian sentenció sentenciaron sentenciaba sentenciado
aseverar asevera aseveran aseveró aseveraron aseveraba aseverado aseverando
enfatizar enfatiza enfatizan enfatizó enfatizaron enfatizaba enfatizado enfatizando
confesar confiesa confiesan confesó confesaron confesaba confesado confesando
avisar avisa avisan avisó avisaron avisaba avisado avisando
adelantar adelanta adelantan adelantó adelantaron adelantaba adelantado adelantando
mantener mantiene mantienen mantuvo mantuvieron mantenía mantenido manteniendo
"""

_COGNITION_VERBS = """
creer cree creen creo creyó creyeron creía creído
pensar piensa piensan pienso pensó pensaron pensaba pensado
esperar espera esperan espero esperó esperaron esperaba
temer teme temen temo temió temieron temía
saber sabe saben sé supo supieron sabía
dudar duda dudan dudo dudó dudaron dudaba
confiar confía confían confío confió confiaron confiaba
convencido convencida convencidos seguro segura seguros
"""

_OBJECT_VERBS = """
dijo dijeron dice dicen decía
aseguró aseguraron asegura
contó contaron cuenta
explicó explicaron
recordó recordaron
advirtió advirtieron
pidió pidieron pide piden
instó instaron insta
exhortó exhortaron
prometió prometieron
informó informaron
comunicó comunicaron
preguntó preguntaron
"""

_CONTROL_VERBS = """
pedir pide piden pidió pidieron pedía
instar insta instan instó instaron
exhortar exhorta exhortan exhortó exhortaron
llamar llama llaman llamó llamaron
exigir exige exigen exigió exigieron
solicitar solicita solicitan solicitó solicitaron
prometer promete prometen prometió prometieron
amenazar amenaza amenazan amenazó amenazaron
aconsejar aconsejó recomendar recomendó
"""

_ROLE_NOUNS = """
titular titulares
consejero consejera consejeros mandatario mandataria delegado delegada
presidente presidenta ministro ministra ministros portavoz portavoces secretario
secretaria jefe jefa dirigente dirigentes responsable responsables director directora
diputado diputada diputados senador senadora senadores alcalde alcaldesa gobernador
gobernadora embajador embajadora diplomático diplomáticos asesor asesora asesores
experto experta expertos analista analistas economista economistas representante
representantes fuente fuentes portavoz general comandante militar militares oficial
soldado soldados policía policías guardia fiscal fiscalía juez jueza jueces abogado
abogada abogados médico médica médicos profesor profesora investigador investigadora
investigadores científico científicos autor autora periodista periodistas corresponsal
redactor líder líderes candidato candidata candidatos gobierno ministerio ejecutivo
partido sindicato comisión consejo tribunal empresa compañía grupo organización
asociación vecinos vecino testigo testigos participante participantes trabajador
trabajadores especialista especialistas autoridades canciller rey reina papa obispo
cardenal entrenador técnico capitán jugador jugadores hombre mujer gente persona padre
madre hijo hija esposa marido compañero compañeros amigo amiga observador
observadores
regidor regidora edil pontífice seleccionador magistrado magistrada gobernante
oposición
concejal concejala vicepresidente vicepresidenta
"""

_THING_NOUNS = """
gobierno parlamento congreso senado ayuntamiento ministerio departamento consejería partido
sindicato comisión consejo tribunal juzgado empresa compañía grupo organización
asociación instituto universidad hospital fundación federación banco informe comunicado estudio
fondo cámara agencia autoridad
policía guardia ejército armada gendarmería servicio
jefatura delegación subdelegación diputación comandancia secretaría oficina junta dirección
"""

# words that mark a woman or a man (Lexicon.feminine_words, masculine_words): pronouns,
# titles, articles and role nouns; "añadió el funcionario" after "La ministra Ana Ruiz"
# names someone else
_FEMININE_WORDS = """
ella la señora sra doña ministra presidenta vicepresidenta consejera mandataria delegada
secretaria jefa directora diputada senadora alcaldesa gobernadora embajadora asesora
experta jueza abogada médica profesora investigadora autora candidata reina madre hija
esposa amiga regidora magistrada concejala funcionaria diplomática política vecina
trabajadora entrenadora seleccionadora científica redactora mujer
"""

_MASCULINE_WORDS = """
él el señor sr don ministro vicepresidente consejero mandatario delegado secretario jefe
director diputado senador alcalde gobernador embajador asesor experto juez abogado
médico profesor investigador autor candidato rey padre hijo marido amigo regidor
magistrado concejal funcionario diplomático político vecino trabajador entrenador
seleccionador científico redactor hombre obispo cardenal papa pontífice
"""

# women's first names that do not end in -a
_WOMEN_NAMES = """
beatriz carmen isabel raquel irene inés pilar mercedes dolores rocío belén consuelo
rosario nieves esther ruth noemí miriam lourdes montserrat soledad maribel marisol
leonor ester mar luz abril itziar
"""

# very common given names, men's and women's: a capitalised word in a name run that is
# one names a person, no body ("del Consejo Mario Natal", not an adjective)
_FIRST_NAMES = """
alejandro alberto andrés antonio carlos daniel david diego eduardo enrique fernando
francisco gabriel javier jesús jorge josé juan luis manuel marcos mario miguel pablo
pedro rafael ramón ricardo roberto sergio santiago álvaro óscar raúl rubén ignacio
alfonso gonzalo
alejandra ana andrea beatriz carmen claudia cristina elena eva isabel laura lucía
marta maría mónica natalia patricia paula raquel sara silvia sofía susana teresa
verónica valentina gabriela daniela carolina lorena nuria irene inés julia
"""

# endings of the capitalised adjectives in bodies' names ("Banco Central Europeo")
_BODY_ADJECTIVE_ENDINGS = "al eo ea ico ica ario aria ense ivo iva ior ar il"

# cues only before a clause or a quotation: with a noun for object they report nothing
# ("sentenció a X" (a court), "adelantó la fecha", "mantiene la calma")
_CLAUSE_ONLY = """
sentenciar sentencia sentencian sentenció sentenciaron sentenciaba sentenciado adelantar
adelanta adelantan adelantó adelantaron adelantaba adelantado adelantando mantener
mantiene mantienen mantuvo mantuvieron mantenía mantenido manteniendo
"""

# The pretérito perfecto and the pluscuamperfecto as written ("ha dicho", "habían
# señalado"), which ANNOTATION.md wants as the cue: each participle after each auxiliary
# of the third person.
_COMPOUND_AUXILIARIES = ("ha", "han", "había", "habían")
_COMPOUND_PARTICIPLES = """
dicho afirmado señalado asegurado declarado explicado añadido agregado indicado
manifestado subrayado destacado advertido anunciado confirmado reconocido insistido
recordado criticado denunciado pedido escrito respondido apuntado comentado lamentado
matizado remarcado sostenido reiterado precisado aclarado detallado admitido negado
valorado defendido argumentado relatado revelado prometido garantizado replicado
contestado ironizado enfatizado aseverado zanjado opinado alertado avisado expresado
informado comunicado incidido trasladado apostillado avanzado adelantado mantenido
"""

LEXICON = Lexicon(
    relation_words=frozenset({"de", "del"}),  # "del" is "de" written onto "el"
    # "María de los Ángeles Pérez", "Ana de las Heras": particles with a plural article
    name_particles=NAME_PARTICLES | {"de los", "de las"},
    code="es",
    # "dijo a su vez Jo Roe": a turn set aside ("por su parte": su, parte above)
    aside_phrases=("a su vez", "por su lado", "de su lado"),
    name="Spanish",
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
    cue_phrases=(
        *(f"{a} {p}" for p in _COMPOUND_PARTICIPLES.split() for a in _COMPOUND_AUXILIARIES),
        "hizo hincapié",
        "ha hecho hincapié",
        "puso de relieve",
        "ha puesto de relieve",
        "puso de manifiesto",
        "ha puesto de manifiesto",
        "dejó claro",
        "ha dejado claro",
        "dio a conocer",
        "ha dado a conocer",
        "se mostró convencido",
        "se mostró convencida",
        "se mostró confiado",
        "se mostró confiada",
        "dijo a los periodistas",
        "dijo a la prensa",
        "declaró a la prensa",
        "escribió en x",
        "escribió en twitter",
        "escribió en sus redes sociales",
        "afirmó en un comunicado",
        "señaló en un comunicado",
    ),
    naming_cues=(
        "calificó",
        "calificaron",
        "califica",
        "califican",
        "calificado",
        "tildó",
        "tildaron",
        "tilda",
        "describió",
        "describe",
        "definió",
        "define",
        "llamó",
        "denominó",
    ),
    impersonal_clitics=frozenset({"se"}),
    opinion_prepositions=frozenset({"para"}),
    person_pronouns=frozenset({"él", "ella"}),
    possessive_determiners=frozenset({"su", "sus"}),
    source_phrases=(
        "según",
        "de acuerdo con",
        "a juicio de",
        "en opinión de",
        "en palabras de",
        "a decir de",
        "a su juicio",
        "en su opinión",
        "según él",
        "según ella",
    ),
    pronouns=frozenset(
        {
            "él",
            "ella",
            "ellos",
            "ellas",
            "yo",
            "nosotros",
            "nosotras",
            "usted",
            "ustedes",
            "tú",
            "quien",
            "quienes",
        }
    ),
    object_pronouns=frozenset({"le", "les", "me", "nos", "te", "lo", "la", "los", "las", "os"}),
    relative_pronouns=frozenset({"que", "quien", "quienes", "cual", "cuales"}),
    noun_like_cues=frozenset(
        {
            "dicho",
            "cuenta",
            "cuento",
            "critica",
            "pregunta",
            "respuesta",
            "llama",
            "llamado",
            "llamó",
            "cita",
            "citado",
            "duda",
            "espera",
            "esperaba",
            "seguro",
            "segura",
            "seguros",
            "estimado",
            "estima",
            "apunta",
            "escrito",
            "informe",
            "informa",
            "comunicado",
            "pedido",
            "recuerdo",
            "recuerda",
            "alerta",
            "valora",
            "sé",
            "sabe",
            "confía",
            "continúa",
            "defiende",
            "resumen",
            "detalla",
            "jura",
            "opina",
            "expresa",
            "considerado",
            "previsto",
            "propuesto",
            "declara",
            "promete",
            "acusado",
            "temo",
            "creo",
            "creído",
            "pensado",
            "contado",
            "relatado",
        }
    ),
    first_person=frozenset(
        {
            "yo",
            "nosotros",
            "nosotras",
            "mi",
            "mis",
            "nuestro",
            "nuestra",
            "nuestros",
            "nuestras",
            "me",
            "nos",
            "estoy",
            "estamos",
            "soy",
            "somos",
        }
    ),
    determiners=frozenset(
        {
            "el",
            "la",
            "los",
            "las",
            "un",
            "una",
            "unos",
            "unas",
            "este",
            "esta",
            "estos",
            "estas",
            "ese",
            "esa",
            "esos",
            "esas",
            "aquel",
            "aquella",
            "su",
            "sus",
            "nuestro",
            "nuestra",
            "varios",
            "varias",
            "algunos",
            "algunas",
            "muchos",
            "muchas",
            "otro",
            "otra",
            "otros",
            "otras",
            "todos",
            "todas",
            "cada",
            "dos",
            "tres",
            "ambos",
            "del",
            "al",
        }
    ),
    auxiliaries=frozenset(
        {
            "ha",
            "han",
            "había",
            "habían",
            "habría",
            "habrían",
            "hubo",
            "haya",
            "también",
            "ya",
            "además",
            "asimismo",
            "incluso",
            "luego",
            "después",
            "antes",
            "entonces",
            "todavía",
            "aún",
            "nuevamente",
            "públicamente",
            "abiertamente",
            "claramente",
            "recientemente",
            "siempre",
            "nunca",
            "no",
            "embargo",
            "finalmente",
            "ayer",
            "hoy",
            "este",
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
            "personalmente",
            "oficialmente",
            "firmemente",
            "tajantemente",
            "rotundamente",
            "se",
            "le",
            "les",
            "me",
            "nos",
            "lo",
            "la",
            "solo",
            "sólo",
            "tan",
            "su",
            "parte",
            "mismo",
            "misma",
            "hasta",
            "ahora",
            "pues",
            "primero",
            "puede",
            "podría",
            "debe",
            "va",
            "iba",
            "quiso",
            "quiere",
            "cabe",
            "conviene",
        }
    ),
    # "ha también dicho": the auxiliary before an adverb and its participle
    cue_auxiliaries=frozenset(_COMPOUND_AUXILIARIES),
    passive_auxiliaries=frozenset(
        {
            "fue",
            "fueron",
            "es",
            "son",
            "era",
            "eran",
            "sido",
            "será",
            "serán",
            "sea",
            "ser",
            "está",
            "están",
            "estaba",
        }
    ),
    complementizers=frozenset({"que"}),
    conjunctions=frozenset(
        {
            "y",
            "e",
            "pero",
            "sino",
            "aunque",
            "mientras",
            "o",
            "u",
            "ni",
            "porque",
            "pues",
            "si",
            "cuando",
            "ya",
        }
    ),
    reaction_cues=frozenset(
        [
            "responde",
            "respondió",
            "respondía",
            "contesta",
            "contestó",
            "contestaba",
            "reacciona",
            "reaccionó",
            "protesta",
            "protestó",
        ]
    ),
    subordinators=frozenset({"cuando", "si", "porque", "aunque", "mientras"}),
    clause_openers=frozenset(
        {
            "qué",
            "cómo",
            "por qué",
            "dónde",
            "cuándo",
            "cuánto",
            "cuántos",
            "cuál",
            "cuáles",
            "quién",
            "quiénes",
            "si",
            "lo",
            "cual",
            "cuales",
            "quien",
            "quienes",
            "donde",
            "cuanto",
            "que",
        }
    ),
    sentence_adverbs=frozenset({"ahora", "entonces", "quizás", "luego", "también"}),
    dative_prepositions=frozenset({"a", "al"}),
    press_nouns=frozenset({"periodistas", "informadores", "reporteros", "medios", "prensa"}),
    control_prepositions=frozenset({"a", "de"}),
    infinitive_endings=("ar", "er", "ir", "arse", "erse", "irse"),
    phrase_prepositions=frozenset({"de", "del"}),
    reference_phrases=("citando a", "citando"),
    correlative_openers=("no solo", "no sólo"),
    as_words=frozenset({"como", "tal como", "tal y como"}),
    pro_drop=True,
    # "añadiendo que C" reports; "añadiendo detalles al plan" is no speech: to add is
    # also to put in
    clause_cues=frozenset(
        {
            "agrega",
            "agregaba",
            "agregado",
            "agregan",
            "agregando",
            "agregar",
            "agregaron",
            "agrego",
            "agregó",
            "añade",
            "añaden",
            "añadido",
            "añadiendo",
            "añadieron",
            "añadir",
            "añadió",
            "añado",
            "añadía",
        }
    )
    | frozenset(_CLAUSE_ONLY.split()),
    # "Cabe recordar que C", "Hay que destacar que C": an infinitive with no subject is
    # the writer's reminder, no one's words
    impersonal_cues=frozenset(
        {"recordar", "destacar", "señalar", "subrayar", "resaltar", "mencionar", "apuntar"}
    ),
    proclitic_objects=True,
    place_prepositions=frozenset({"en"}),
    prepositions=frozenset(
        {
            "a",
            "al",
            "ante",
            "bajo",
            "con",
            "contra",
            "de",
            "del",
            "desde",
            "durante",
            "en",
            "entre",
            "hacia",
            "hasta",
            "mediante",
            "para",
            "por",
            "según",
            "sin",
            "sobre",
            "tras",
            "acerca",
            "respecto",
            "junto",
            "frente",
            "dentro",
            "fuera",
            "cerca",
            "antes",
            "después",
            "sí",
            "no",
        }
    ),
    time_words=frozenset(
        {
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
            "hoy",
            "ayer",
            "mañana",
            "anoche",
            "anteayer",
            "tarde",
            "noche",
            "recientemente",
            "luego",
            "también",
            "además",
            "nuevamente",
            "públicamente",
            "semana",
            "mes",
            "año",
            "pasado",
            "pasada",
            "entonces",
            "ahora",
            "oficialmente",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "claro",
            "clara",
            "tajante",
            "contundente",
            "rotundo",
            "rotunda",
            "categórico",
            "categórica",
            "firme",
            "directo",
            "directa",
            "explícito",
            "explícita",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("«Q», añadió el funcionario"): official,
    # head of state or government, leader, diplomat, politician, the minister (of a
    # portfolio named before)
    epithets=frozenset(
        {"funcionario", "funcionaria", "mandatario", "mandataria", "dirigente"}
        | {"diplomático", "diplomática", "político", "titular"}
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    first_names=frozenset(_FIRST_NAMES.split()),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    feminine_name_endings=("a",),
    feminine_names=frozenset(_WOMEN_NAMES.split()),
    masculine_names=frozenset({"borja", "bautista", "josema"}),
    # participles that describe a noun ("datos del INE publicados hoy")
    past_participle_endings=IBERIAN_PAST_PARTICIPLE_ENDINGS,
    record_nouns=frozenset({"datos", "cifras", "estimaciones", "estadísticas"}),
    said_nouns=frozenset({"verdad", "noticia", "noticias", "versión", "mentira", "mentiras"}),
    participle_agents=frozenset({"por"}),
    role_equivalents=(
        (
            "presidente",
            "presidenta",
            "mandatario",
            "mandataria",
            "jefe de estado",
            "jefe del estado",
            "jefa de estado",
            "jefa del estado",
            "gobernante",
        ),
        (
            "presidente del gobierno",
            "presidenta del gobierno",
            "primer ministro",
            "primera ministra",
            "jefe del gobierno",
            "jefa del gobierno",
            "jefe del ejecutivo",
            "jefa del ejecutivo",
        ),
        ("ministro de exteriores", "ministra de exteriores", "jefe de la diplomacia", "canciller"),
        ("alcalde", "alcaldesa", "regidor", "regidora", "primer edil", "primera edil", "edil"),
        ("papa", "pontífice", "sumo pontífice", "santo padre"),
        ("entrenador", "técnico", "seleccionador", "míster"),
        ("fiscal", "fiscal general", "magistrado", "magistrada"),
    ),
    titles=frozenset(
        {
            "sr",
            "sra",
            "srta",
            "don",
            "doña",
            "dr",
            "dra",
            "lic",
            "ing",
            "presidente",
            "presidenta",
            "ministro",
            "ministra",
            "secretario",
            "secretaria",
            "portavoz",
            "diputado",
            "diputada",
            "senador",
            "senadora",
            "alcalde",
            "alcaldesa",
            "gobernador",
            "gobernadora",
            "embajador",
            "embajadora",
            "canciller",
            "rey",
            "reina",
            "príncipe",
            "princesa",
            "papa",
            "cardenal",
            "obispo",
            "general",
            "coronel",
            "capitán",
            "teniente",
            "comandante",
            "expresidente",
            "vicepresidente",
            "vicepresidenta",
            "jefe",
            "jefa",
            "director",
            "directora",
            "exministro",
            "líder",
            "español",
            "española",
            "estadounidense",
            "ruso",
            "rusa",
            "ucraniano",
            "ucraniana",
            "francés",
            "alemán",
            "británico",
            "mexicano",
            "argentino",
            "juez",
            "jueza",
            "fiscal",
            "entrenador",
        }
    ),
    agency_nouns=frozenset({"agencia"}),
    media_words=frozenset(
        {
            "agencia",
            "press",
            "el país",
            "eldiario.es",
            "tve",
            "rtve",
            "cadena",
            "cope",
            "onda",
            "antena",
            "telecinco",
            "sexta",
            "clarín",
            "diario",
            "periódico",
            "semanario",
            "revista",
            "canal",
            "emisora",
            "radio",
            "televisión",
            "medio",
            "medios",
            "prensa",
            "portal",
            "telemundo",
            "univision",
            "el mundo",
            "la razón",
            "el tiempo",
            "cadena ser",
            "onda cero",
            "el universal",
            "la nación",
            "el confidencial",
            "la vanguardia",
            "la jornada",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "según",
        # a credit line: "Fuente: EFE"
        "fuente:",
        "de acuerdo con",
        "informa",
        "informó",
        "publica",
        "publicó",
        "citado por",
        "citada por",
        "citados por",
        "citando a",
        "recoge",
        "recogió",
        "en declaraciones a",
        "en una entrevista con",
        "en una entrevista a",
        "en entrevista con",
        "dijo a",
        "declaró a",
        "aseguró a",
        "explicó a",
        "según el diario",
        "según la agencia",
    ),
    attribution_verbs=(
        "informa",
        "informó",
        "publica",
        "publicó",
        "recoge",
        "recogió",
        "señala",
        "señaló",
        "asegura",
        "aseguró",
        "revela",
        "reveló",
        "adelanta",
        "adelantó",
    ),
    # "Lo anunció el ministro", "Así lo ha confirmado X": the clitic before any cue
    anaphors=("así lo", "lo"),
    # the gerund: "…, añadiendo que C" is the subject's cue of its own
    participle_endings=("ando", "iendo", "yendo"),
    # "-mente": an adverb ("dijo Ana Ruiz tajantemente"), no part of a name
    adverb_endings=("mente",),
    anaphoric_cues=(
        "así lo afirmó",
        "así lo aseguró",
        "así lo dijo",
        "así lo declaró",
        "así lo explicó",
        "así lo señaló",
        "así lo indicó",
        "así lo manifestó",
        "así lo anunció",
        "así lo confirmó",
        "así lo expresó",
        "así lo ha afirmado",
        "así lo ha asegurado",
        "así lo ha dicho",
        "así lo ha explicado",
        "así lo ha señalado",
        "así lo ha anunciado",
        "así lo ha confirmado",
        "así lo han afirmado",
        "así lo han anunciado",
        "así lo informó",
        "así lo ha informado",
        "lo anunció",
        "lo confirmó",
        "lo dijo",
        "lo informó",
        "lo aseguró",
        "esto fue anunciado por",
        "esto fue confirmado por",
        "esto fue informado por",
        "así lo recoge",
        "así lo publica",
    ),
    byline_words=("Por",),
    background_markers=(
        "recordemos",
        "antecedentes",
        "contexto",
        "cronología",
        "para recordar",
        "recuerde",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "hace un año",
        "hace dos años",
        "el año anterior",
        "recordemos que",
        "recordemos,",
        "cabe recordar que",
        "hay que recordar que",
        "conviene recordar que",
        "como se recordará",
        "como se informó",
        "como informamos",
        "como ya informamos",
        "como se sabe",
        "anteriormente,",
        "previamente,",
        "con anterioridad",
        "el año pasado",
        "la semana pasada",
        "el mes pasado",
        "el pasado mes",
        "la pasada semana",
        "el pasado año",
        "en los últimos años",
        "en el pasado",
        "antes,",
        "cabe recordar",
        "es preciso recordar",
        "vale la pena recordar",
        "vale recordar",
    ),
    # the months as a page's date line prints them (4 de marzo de 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("enero",),
        ("febrero",),
        ("marzo",),
        ("abril",),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto",),
        ("septiembre", "setiembre"),
        ("octubre",),
        ("noviembre",),
        ("diciembre",),
    ),
    title_case_dash_datelines=True,  # "Madrid – El …"
    section_markers=(
        "detalles",
        "más información",
        "lea también",
        "lee también",
        "actualización",
        "vídeo",
        "video",
        "foto",
        "cita",
        "opinión",
        "análisis",
        "lo esencial",
        "lo que sabemos",
        "fuente",
        "fuentes",
        "publicidad",
    ),
    interviewer_labels=frozenset({"pregunta", "p", "periodista"}),
    answer_labels=frozenset({"respuesta", "r"}),
    boilerplate=(
        "lea también",
        "lee también",
        "leer más",
        "ver también",
        "síguenos",
        "suscríbete",
        "foto:",
        "fuente:",
        "publicidad",
        "compartir",
        "todos los derechos reservados",
        "con información de",
    ),
    abbreviations=frozenset(
        {
            "sr",
            "sra",
            "srta",
            "sres",
            "dr",
            "dra",
            "lic",
            "ing",
            "arq",
            "d",
            "dña",
            "ud",
            "uds",
            "etc",
            "ej",
            "p",
            "pp",
            "pág",
            "págs",
            "núm",
            "n",
            "vol",
            "cap",
            "art",
            "av",
            "avda",
            "c",
            "cía",
            "s.a",
            "s.l",
            "ee.uu",
            "ee",
            "uu",
            "aprox",
            "máx",
            "mín",
            "tel",
            "ene",
            "feb",
            "mar",
            "abr",
            "jun",
            "jul",
            "ago",
            "sept",
            "oct",
            "nov",
            "dic",
            "a.c",
            "d.c",
            "gral",
            "cnel",
            "tte",
            "sto",
            "sta",
            "pdte",
            "vs",
            "cf",
        }
    ),
    # letters only this language writes: "ç", "á" and "é" are shared with Portuguese, French, Czech
    letters=frozenset("ñ"),
    # Frequent Spanish words spelled otherwise in Portuguese, Italian and French:
    # "que", "de", "en", "y", "por", "para", "con", "una" are shared and left out.
    stopwords=frozenset(
        {
            "el",
            "los",
            "las",
            "es",
            "más",
            "pero",
            "sus",
            "también",
            "fue",
            "ya",
            "muy",
            "hay",
            "sin",
            "cuando",
            "según",
            "hasta",
            "donde",
            "están",
            "eso",
            "esto",
            "ese",
            "él",
            "ella",
            "ellos",
            "unos",
            "unas",
            "tras",
            "había",
            "aunque",
            "señaló",
            "afirmó",
            "explicó",
            "dicho",
            "puede",
            "dijo",
            "yo",
            "hemos",
            "han",
            "tiene",
            "tienen",
            "así",
            "después",
            "año",
            "años",
            "gobierno",
            "entonces",
            "mismo",
            "otra",
            "otro",
            "qué",
            "cómo",
            "aquí",
        }
    ),
)
