"""Portuguese lexicon.

Cue verbs are the verbos dicendi of Portuguese and Brazilian news copy (Lusa and
Agência Brasil wire style: "disse", "afirmou", "declarou", "sublinhou", and the
"Manual de Redação" of Folha de S.Paulo), with the cognition verbs that ANNOTATION.md
counts as cues.  Every form is spelled out, one lemma a line: infinitive, present
third person singular and plural, first person singular, pretérito perfeito third
person singular and plural, imperfect, past participle and gerund.

Quotation marks: « » outside and “ ” inside in European Portuguese (Acordo
Ortográfico 1990, base XX and Lusa's style book); “ ” outside and ‘ ’ inside in
Brazilian copy; straight marks also occur in web copy.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._iberian import IBERIAN_PAST_PARTICIPLE_ENDINGS
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._names import NAME_PARTICLES

_SPEECH_VERBS = """
reagir reage reagem reagiu reagiram reagia reagido
dizer diz dizem digo disse disseram dizia diziam dito dizendo
afirmar afirma afirmam afirmo afirmou afirmaram afirmava afirmado afirmando
declarar declara declaram declaro declarou declararam declarava declarado declarando
sublinhar sublinha sublinham sublinho sublinhou sublinharam sublinhava sublinhado
salientar salienta salientam saliento salientou salientaram salientava salientado
sustentar sustenta sustentam sustentou sustentaram sustentava sustentado
acrescentar acrescenta acrescentam acrescento acrescentou acrescentaram acrescentava
acrescentado acrescentando
adiantar adianta adiantam adiantou adiantaram adiantava adiantado
explicar explica explicam explico explicou explicaram explicava explicado explicando
referir refere referem refiro referiu referiram referia referido
indicar indica indicam indicou indicaram indicava indicado
destacar destaca destacam destacou destacaram destacava destacado destacando
ressaltar ressalta ressaltam ressaltou ressaltaram ressaltava ressaltado
frisar frisa frisam frisou frisaram frisava frisado
realçar realça realçam realçou realçaram realçado
garantir garante garantem garanto garantiu garantiram garantia garantido
assegurar assegura asseguram asseguro assegurou asseguraram assegurava assegurado
anunciar anuncia anunciam anuncio anunciou anunciaram anunciava anunciado
confirmar confirma confirmam confirmo confirmou confirmaram confirmava confirmado
reconhecer reconhece reconhecem reconheço reconheceu reconheceram reconhecia reconhecido
admitir admite admitem admito admitiu admitiram admitia admitido
negar nega negam nego negou negaram negava negado
desmentir desmente desmentem desmentiu desmentiram desmentido
responder responde respondem respondo respondeu responderam respondia respondido
retorquir retorquiu retorquiram
replicar replica replicam replicou replicaram replicado
perguntar pergunta perguntam pergunto perguntou perguntaram perguntava perguntado
questionar questiona questionam questionou questionaram questionado
escrever escreve escrevem escrevo escreveu escreveram escrevia escrito escrevendo
contar conta contam conto contou contaram contava contado contando
relatar relata relatam relatou relataram relatava relatado
comentar comenta comentam comentou comentaram comentava comentado
considerar considera consideram considero considerou consideraram considerava considerado
avaliar avalia avaliam avaliou avaliaram avaliava avaliado
estimar estima estimam estimou estimaram estimado
defender defende defendem defendo defendeu defenderam defendia defendido
insistir insiste insistem insisto insistiu insistiram insistia insistido
alertar alerta alertam alerto alertou alertaram alertava alertado
avisar avisa avisam avisou avisaram avisava avisado
advertir adverte advertem advertiu advertiram advertido
lembrar lembra lembram lembro lembrou lembraram lembrava lembrado lembrando
recordar recorda recordam recordou recordaram recordava recordado
reiterar reitera reiteram reiterou reiteraram reiterado
repetir repete repetem repetiu repetiram repetido
prometer promete prometem prometo prometeu prometeram prometia prometido
ameaçar ameaça ameaçam ameaçou ameaçaram ameaçava ameaçado
denunciar denuncia denunciam denunciou denunciaram denunciado
acusar acusa acusam acusou acusaram acusava acusado
criticar critica criticam criticou criticaram criticado
lamentar lamenta lamentam lamento lamentou lamentaram lamentava lamentado
queixar queixa queixam queixou queixaram
exigir exige exigem exijo exigiu exigiram exigia exigido
reclamar reclama reclamam reclamou reclamaram reclamado
pedir pede pedem peço pediu pediram pedia pedido pedindo
solicitar solicita solicitam solicitou solicitaram solicitado
apelar apela apelam apelou apelaram apelava apelado
instar insta instam instou instaram
exortar exorta exortam exortou exortaram
propor propõe propõem propôs propuseram propunha proposto
sugerir sugere sugerem sugeriu sugeriram sugeria sugerido
aconselhar aconselha aconselham aconselhou aconselharam
recomendar recomenda recomendam recomendou recomendaram recomendado
informar informa informam informou informaram informava informado
comunicar comunica comunicam comunicou comunicaram comunicado
detalhar detalha detalham detalhou detalharam detalhado
apontar aponta apontam apontou apontaram apontava apontado
mencionar menciona mencionam mencionou mencionaram mencionado
citar cita citam citou citaram citado
revelar revela revelam revelou revelaram revelava revelado
jurar jura juram jurou juraram jurado
prever prevê preveem previu previram previsto
argumentar argumenta argumentam argumentou argumentaram argumentava argumentado
concluir conclui concluem concluiu concluíram concluído
resumir resume resumem resumiu resumiram
expressar expressa expressam expressou expressaram expressado
exclamar exclama exclamou exclamaram
brincar brinca brincou brincaram
ironizar ironiza ironizou ironizaram
tuitar tuíta tuitou
prosseguir prossegue prosseguiu prosseguiram
continuar continua continuou continuaram
esclarecer esclarece esclarecem esclareceu esclareceram esclarecido
precisar precisou
observar observa observam observou observaram observado
notar nota notam notou notaram notado
declarar-se declarou-se
pontuar pontua pontuam pontuou pontuaram pontuava pontuado pontuando
ponderar pondera ponderam ponderou ponderaram ponderava ponderado ponderando
rebater rebate rebatem rebateu rebateram rebatia rebatido rebatendo
assinalar assinala assinalam assinalou assinalaram assinalava assinalado assinalando
completar completa completam completou completaram completava completado completando
emendar emenda emendam emendou emendaram emendava emendado emendando
reforçar reforça reforçam reforçou reforçaram reforçava reforçado reforçando
disparar dispara disparam disparou dispararam disparava disparado disparando
"""

_COGNITION_VERBS = """
acreditar acredita acreditam acredito acreditou acreditaram acreditava
pensar pensa pensam penso pensou pensaram pensava pensado
esperar espera esperam espero esperou esperaram esperava
temer teme temem temo temeu temeram temia
saber sabe sabem sei soube souberam sabia
duvidar duvida duvidam duvido duvidou duvidaram duvidava
julgar julga julgam julgo julgou julgaram julgava
achar acha acham acho achou acharam achava
convencido convencida convencidos certo certa certos
"""

_OBJECT_VERBS = """
disse disseram diz dizem
garantiu garantiram garante
contou contaram conta
explicou explicaram
lembrou lembraram
alertou alertaram
pediu pediram pede pedem
instou instaram
exortou exortaram
prometeu prometeram
informou informaram
comunicou comunicaram
perguntou perguntaram
assegurou asseguraram
"""

_CONTROL_VERBS = """
pedir pede pedem pediu pediram pedia
instar insta instam instou instaram
exortar exorta exortam exortou exortaram
apelar apela apelam apelou apelaram
exigir exige exigem exigiu exigiram
solicitar solicita solicitam solicitou solicitaram
prometer promete prometem prometeu prometeram
ameaçar ameaça ameaçam ameaçou ameaçaram
aconselhar aconselhou recomendar recomendou
"""

_ROLE_NOUNS = """
governante governantes primeiro-ministro primeira-ministra comandante
presidente presidenta ministro ministra ministros porta-voz secretário secretária
chefe dirigente dirigentes responsável responsáveis diretor diretora deputado deputada
deputados senador senadora senadores prefeito prefeita governador governadora
embaixador embaixadora diplomata diplomatas assessor assessora conselheiro especialista
especialistas analista analistas economista economistas representante representantes
fonte fontes general militar militares oficial soldado soldados polícia
policial policiais agente procurador procuradora juiz juíza juízes advogado advogada
advogados médico médica médicos professor professora investigador investigadora
pesquisador pesquisadora cientista cientistas autor autora jornalista jornalistas
correspondente redator líder líderes candidato candidata candidatos governo
ministério executivo partido sindicato comissão conselho tribunal empresa companhia
grupo organização associação moradores morador testemunha testemunhas participante
trabalhador trabalhadores autoridades chanceler rei rainha papa bispo cardeal
treinador técnico capitão jogador homem mulher gente pessoa pai mãe filho filha
esposa marido colega amigo amiga observador observadores autarca
edil pontífice selecionador
oposição
vereador vereadora
coordenador coordenadora gerente superintendente delegado delegada comandante-geral
câmara autarquia prefeitura município
"""

_THING_NOUNS = """
governo parlamento assembleia ministério departamento secretaria partido sindicato
comissão conselho tribunal empresa companhia grupo organização associação instituto
universidade hospital fundação federação banco relatório comunicado estudo
fundo câmara agência autoridade
polícia guarda exército marinha serviço
defesa proteção prefeitura
"""

# words that mark a woman or a man (Lexicon.feminine_words, masculine_words): pronouns,
# titles, articles and role nouns; "acrescentou o governante" after "A ministra Ana Lima"
# names someone else
_FEMININE_WORDS = """
ela a senhora sra dona ministra presidenta primeira-ministra secretária diretora
deputada senadora prefeita governadora embaixadora assessora procuradora juíza advogada
médica professora investigadora pesquisadora autora candidata rainha mãe filha esposa
amiga vereadora conselheira mulher
"""

_MASCULINE_WORDS = """
ele o senhor sr dom ministro primeiro-ministro secretário diretor deputado senador
prefeito governador embaixador assessor procurador juiz advogado médico professor
investigador pesquisador autor candidato rei pai filho marido amigo vereador conselheiro
homem treinador jogador bispo cardeal papa pontífice
"""

# women's first names that do not end in -a
_WOMEN_NAMES = """
beatriz inês isabel raquel carmen lurdes ester rute conceição assunção luz leonor aline
michele denise simone alice irene ingrid gleisi
"""

# very common given names, men's and women's: a capitalised word in a name run that is
# one names a person, no body ("do Conselho Mário Natal", not an adjective)
_FIRST_NAMES = """
antónio antônio andré bruno carlos daniel diogo eduardo fernando francisco gabriel
gonçalo henrique joão jorge josé luís luiz manuel marcelo marcos mário miguel nuno
paulo pedro rafael ricardo rodrigo rui sérgio tiago vítor lucas mateus gustavo felipe
leonardo guilherme
ana beatriz bruna camila carla carolina catarina cláudia cristina daniela fernanda
gabriela helena inês isabel joana juliana larissa letícia luísa mariana maria marta
patrícia paula raquel rita sandra sara sofia susana teresa vanessa leticia amanda
"""

# endings of the capitalised adjectives in bodies' names ("Banco Central Europeu")
_BODY_ADJECTIVE_ENDINGS = "al eu eia ico ica ário ária ense ivo iva ior ar il"

# the heads of hyphenated roles ("vice-presidente")
_ROLE_HEADS = """
-presidente -presidenta -governador -governadora -diretor -diretora
-ministro -ministra -secretário -secretária -procurador -procuradora -chefe
"""

# cues only before a clause or a quotation: with a noun for object they report nothing
# ("completou o curso", "reforçou a segurança", "disparou a arma")
_CLAUSE_ONLY = """
completar completa completam completou completaram completava completado completando
emendar emenda emendam emendou emendaram emendava emendado emendando reforçar reforça
reforçam reforçou reforçaram reforçava reforçado reforçando disparar dispara disparam
disparou dispararam disparava disparado disparando
"""

LEXICON = Lexicon(
    relation_words=frozenset({"de", "do", "da", "dos", "das"}),  # "de" onto its article
    # "Ana Lula dos Santos", "Rui do Carmo": surnames that open with a contracted particle
    name_particles=NAME_PARTICLES | {"do", "dos", "das"},
    code="pt",
    name="Portuguese",
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
        "tem dito",
        "têm dito",
        "tinha dito",
        "tinham dito",
        "tem afirmado",
        "tem defendido",
        "tem sublinhado",
        "tem alertado",
        "chamou a atenção",
        "chamou atenção",
        "deixou claro",
        "deu a entender",
        "fez questão de sublinhar",
        "fez questão de frisar",
        "fez saber",
        "mostrou-se convencido",
        "mostrou-se convencida",
        "mostrou-se confiante",
        "disse aos jornalistas",
        "disse à imprensa",
        "afirmou aos jornalistas",
        "declarou aos jornalistas",
        "disse à lusa",
        "afirmou à lusa",
        "escreveu no x",
        "escreveu no twitter",
        "escreveu nas redes sociais",
        "afirmou em comunicado",
        "refere o comunicado",
        "lê-se no comunicado",
        "pode ler-se",
    ),
    naming_cues=(
        "classificou",
        "classificaram",
        "classifica",
        "classificam",
        "chamou",
        "chamaram",
        "apelidou",
        "descreveu",
        "descreve",
        "qualificou",
        "considerou",
    ),
    impersonal_clitics=frozenset({"se"}),
    opinion_prepositions=frozenset({"para"}),
    person_pronouns=frozenset({"ele", "ela"}),
    possessive_determiners=frozenset({"seu", "sua", "seus", "suas"}),
    source_phrases=(
        "segundo",
        "de acordo com",
        "conforme",
        "na opinião de",
        "nas palavras de",
        "na perspetiva de",
        "na perspectiva de",
        "no entender de",
        "segundo ele",
        "segundo ela",
    ),
    pronouns=frozenset({"ele", "ela", "eles", "elas", "eu", "nós", "você", "vocês", "tu", "quem"}),
    object_pronouns=frozenset({"lhe", "lhes", "me", "nos", "te", "o", "a", "os", "as", "vos"}),
    relative_pronouns=frozenset({"que", "quem", "qual", "quais"}),
    noun_like_cues=frozenset(
        {
            "dito",
            "conta",
            "conto",
            "critica",
            "pergunta",
            "resposta",
            "nota",
            "notado",
            "cita",
            "citado",
            "espera",
            "esperava",
            "certo",
            "certa",
            "certos",
            "estima",
            "aponta",
            "escrito",
            "informa",
            "comunicado",
            "pedido",
            "lembra",
            "alerta",
            "avalia",
            "sabe",
            "sei",
            "continua",
            "defende",
            "resume",
            "detalha",
            "jura",
            "expressa",
            "considerado",
            "previsto",
            "proposto",
            "declara",
            "promete",
            "acusado",
            "acha",
            "acho",
            "acredito",
            "penso",
            "julga",
            "contado",
            "relatado",
            "precisou",
            "aviso",
            "refere",
            "apela",
            "lamento",
            "queixa",
            "observa",
            "questiona",
            "relata",
        }
    ),
    first_person=frozenset(
        {
            "eu",
            "nós",
            "meu",
            "minha",
            "meus",
            "minhas",
            "nosso",
            "nossa",
            "nossos",
            "nossas",
            "me",
            "nos",
            "estou",
            "estamos",
            "sou",
            "somos",
        }
    ),
    determiners=frozenset(
        {
            "o",
            "a",
            "os",
            "as",
            "um",
            "uma",
            "uns",
            "umas",
            "este",
            "esta",
            "estes",
            "estas",
            "esse",
            "essa",
            "esses",
            "essas",
            "aquele",
            "aquela",
            "seu",
            "sua",
            "seus",
            "suas",
            "nosso",
            "nossa",
            "vários",
            "várias",
            "alguns",
            "algumas",
            "muitos",
            "muitas",
            "outro",
            "outra",
            "outros",
            "outras",
            "todos",
            "todas",
            "cada",
            "dois",
            "duas",
            "três",
            "ambos",
            "do",
            "da",
            "dos",
            "das",
            "no",
            "na",
        }
    ),
    auxiliaries=frozenset(
        {
            "tem",
            "têm",
            "tinha",
            "tinham",
            "teria",
            "teriam",
            "havia",
            "também",
            "já",
            "ainda",
            "além",
            "disso",
            "depois",
            "antes",
            "então",
            "novamente",
            "publicamente",
            "abertamente",
            "claramente",
            "recentemente",
            "sempre",
            "nunca",
            "não",
            "contudo",
            "porém",
            "entretanto",
            "finalmente",
            "ontem",
            "hoje",
            "pessoalmente",
            "oficialmente",
            "firmemente",
            "se",
            "lhe",
            "lhes",
            "me",
            "nos",
            "só",
            "apenas",
            "mesmo",
            "mesma",
            "agora",
            "pois",
            "primeiro",
            "pode",
            "poderia",
            "deve",
            "vai",
            "ia",
            "quis",
            "quer",
            "igualmente",
            "inclusivamente",
            "inclusive",
            "logo",
            "por",
            "sua",
            "vez",
        }
    ),
    passive_auxiliaries=frozenset(
        {
            "foi",
            "foram",
            "é",
            "são",
            "era",
            "eram",
            "sido",
            "será",
            "serão",
            "seja",
            "ser",
            "está",
            "estão",
            "estava",
        }
    ),
    complementizers=frozenset({"que"}),
    conjunctions=frozenset(
        {
            "e",
            "mas",
            "porém",
            "contudo",
            "embora",
            "enquanto",
            "ou",
            "nem",
            "porque",
            "pois",
            "se",
            "quando",
            "já",
        }
    ),
    reaction_cues=frozenset(
        ["responde", "respondeu", "respondia", "reage", "reagiu", "protesta", "protestou"]
    ),
    subordinators=frozenset({"quando", "se", "porque", "embora", "enquanto"}),
    clause_openers=frozenset(
        {
            "como",
            "porquê",
            "onde",
            "quando",
            "quanto",
            "quantos",
            "qual",
            "quais",
            "quem",
            "se",
            "cujo",
            "cuja",
            "que",
        }
    ),
    sentence_adverbs=frozenset({"agora", "então", "talvez", "depois"}),
    dative_prepositions=frozenset({"a", "à", "ao", "aos", "às"}),
    press_nouns=frozenset({"jornalistas", "repórteres", "média", "mídia", "imprensa"}),
    control_prepositions=frozenset({"a", "de", "para"}),
    infinitive_endings=("ar", "er", "ir", "arem", "erem", "irem"),
    phrase_prepositions=frozenset({"de", "da", "do", "dos", "das"}),
    reference_phrases=("citando",),
    correlative_openers=("não só", "não apenas"),
    as_words=frozenset({"como", "tal como"}),
    pro_drop=True,
    # "acrescentando que C" reports; "acrescentando detalhes ao plano" is no speech: to
    # add is also to put in
    clause_cues=frozenset(
        {
            "acrescenta",
            "acrescentado",
            "acrescentam",
            "acrescentando",
            "acrescentar",
            "acrescentaram",
            "acrescentava",
            "acrescento",
            "acrescentou",
        }
    )
    | frozenset(_CLAUSE_ONLY.split()),
    proclitic_objects=True,
    place_prepositions=frozenset({"em", "no", "na"}),
    prepositions=frozenset(
        {
            "a",
            "à",
            "às",
            "ao",
            "aos",
            "ante",
            "após",
            "até",
            "com",
            "contra",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "desde",
            "durante",
            "em",
            "no",
            "na",
            "nos",
            "nas",
            "num",
            "numa",
            "entre",
            "para",
            "pelo",
            "pela",
            "pelos",
            "pelas",
            "perante",
            "por",
            "sem",
            "sob",
            "sobre",
            "trás",
            "acerca",
            "junto",
            "frente",
            "dentro",
            "fora",
            "perto",
            "antes",
            "depois",
            "sim",
            "não",
        }
    ),
    time_words=frozenset(
        {
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
            "hoje",
            "ontem",
            "amanhã",
            "tarde",
            "noite",
            "manhã",
            "recentemente",
            "também",
            "novamente",
            "publicamente",
            "semana",
            "mês",
            "ano",
            "passado",
            "passada",
            "nesta",
            "neste",
            "então",
            "agora",
            "oficialmente",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "claro",
            "clara",
            "perentório",
            "perentória",
            "taxativo",
            "taxativa",
            "categórico",
            "categórica",
            "firme",
            "direto",
            "direta",
            "explícito",
            "explícita",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns the copy uses for the person it last named ("garantiu a governante")
    epithets=frozenset({"governante", "autarca", "dirigente", "responsável", "diplomata"}),
    role_heads=tuple(_ROLE_HEADS.split()),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    first_names=frozenset(_FIRST_NAMES.split()),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    feminine_name_endings=("a",),
    feminine_names=frozenset(_WOMEN_NAMES.split()),
    # participles that describe a noun ("dados do INE divulgados hoje")
    past_participle_endings=IBERIAN_PAST_PARTICIPLE_ENDINGS,
    record_nouns=frozenset({"dados", "números", "estimativas", "estatísticas"}),
    said_nouns=frozenset({"verdade", "notícia", "notícias", "versão", "mentira", "mentiras"}),
    participle_agents=frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
    # "C, informou a autoridade portuária.": the article, no preposition (that is "à")
    article_prepositions=frozenset({"a"}),
    noun_plural_endings=("s",),
    role_equivalents=(
        ("presidente", "presidenta", "chefe de estado", "chefe do estado"),
        (
            "primeiro-ministro",
            "primeira-ministra",
            "chefe do governo",
            "chefe do executivo",
        ),
        (
            "ministro dos negócios estrangeiros",
            "ministro das relações exteriores",
            "chefe da diplomacia",
            "chanceler",
        ),
        (
            "prefeito",
            "prefeita",
            "autarca",
            "edil",
            "presidente da câmara",
            "presidente da câmara municipal",
        ),
        ("papa", "pontífice", "sumo pontífice", "santo padre"),
        ("treinador", "técnico", "selecionador"),
    ),
    titles=frozenset(
        {
            "sr",
            "sra",
            "dr",
            "dra",
            "eng",
            "prof",
            "presidente",
            "presidenta",
            "ministro",
            "ministra",
            "secretário",
            "secretária",
            "porta-voz",
            "deputado",
            "deputada",
            "senador",
            "senadora",
            "prefeito",
            "prefeita",
            "governador",
            "governadora",
            "embaixador",
            "embaixadora",
            "chanceler",
            "rei",
            "rainha",
            "príncipe",
            "princesa",
            "papa",
            "cardeal",
            "bispo",
            "general",
            "coronel",
            "capitão",
            "tenente",
            "comandante",
            "ex-presidente",
            "vice-presidente",
            "chefe",
            "diretor",
            "diretora",
            "ex-ministro",
            "líder",
            "português",
            "portuguesa",
            "brasileiro",
            "brasileira",
            "norte-americano",
            "russo",
            "russa",
            "ucraniano",
            "ucraniana",
            "francês",
            "alemão",
            "britânico",
            "juiz",
            "juíza",
            "procurador",
            "treinador",
            "primeiro-ministro",
        }
    ),
    agency_nouns=frozenset({"agência"}),
    media_words=frozenset(
        {
            "agência",
            "lusa",
            "expresso",
            "diário",
            "jornal",
            "correio",
            "rtp",
            "sic",
            "tvi",
            "folha",
            "estadão",
            "g1",
            "uol",
            "band",
            "sbt",
            "revista",
            "semanário",
            "canal",
            "emissora",
            "rádio",
            "televisão",
            "site",
            "portal",
            "imprensa",
            "media",
            "mídia",
            "o globo",
            "rede globo",
            "revista veja",
            "diário de notícias",
            "record tv",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "segundo",
        "de acordo com",
        "citado pelo",
        "citado pela",
        "citada pelo",
        "citada pela",
        "citados pelo",
        "citando",
        "noticia",
        "noticiou",
        "avança",
        "avançou",
        "em declarações à",
        "em declarações ao",
        "em entrevista à",
        "em entrevista ao",
        "disse à",
        "disse ao",
        "afirmou à",
        "afirmou ao",
        "segundo o jornal",
        "segundo a agência",
    ),
    attribution_verbs=(
        "noticia",
        "noticiou",
        "avança",
        "avançou",
        "escreve",
        "escreveu",
        "informa",
        "informou",
        "revela",
        "revelou",
        "adianta",
        "adiantou",
        "publica",
        "publicou",
    ),
    # the gerund: "…, acrescentando que C" is the subject's cue of its own
    participle_endings=("ando", "endo", "indo"),
    # "-mente": an adverb ("dijo Ana Ruiz tajantemente"), no part of a name
    adverb_endings=("mente",),
    anaphoric_cues=(
        "foi o que disse",
        "foi o que afirmou",
        "foi o que declarou",
        "foi o que anunciou",
        "foi o que explicou",
        "foi o que garantiu",
        "é o que diz",
        "é o que afirma",
        "é o que defende",
        "é o que revela",
        "é o que avança",
        "é o que noticia",
        # with "por" and its article written on ("pela Câmara", "pelo ministro")
        *(
            f"{phrase} {p}"
            for phrase in (
                "a informação foi avançada",
                "a informação foi confirmada",
                "a informação foi divulgada",
                "a notícia foi avançada",
                "isto foi anunciado",
                "isso foi anunciado",
                "isto foi confirmado",
                "isso foi confirmado",
                "a garantia foi dada",
                "o anúncio foi feito",
            )
            for p in ("por", "pelo", "pela", "pelos", "pelas")
        ),
        "quem o disse foi",
        "quem o afirmou foi",
    ),
    byline_words=("Por",),
    background_markers=(
        "recorde-se",
        "recorde",
        "lembre-se",
        "contexto",
        "antecedentes",
        "cronologia",
        "para recordar",
        "relembre",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "há um ano",
        "há dois anos",
        "no ano anterior",
        "recorde-se que",
        "recorde-se,",
        "lembre-se que",
        "lembre-se,",
        "recorda-se que",
        "importa recordar que",
        "vale lembrar que",
        "cabe lembrar que",
        "como noticiámos",
        "como noticiamos",
        "como já noticiado",
        "como se sabe",
        "como é sabido",
        "anteriormente,",
        "previamente,",
        "no ano passado",
        "na semana passada",
        "nos últimos anos",
        "no passado",
        "antes,",
        "convém recordar que",
        "convém lembrar que",
    ),
    # the months as a page's date line prints them (4 de março de 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("janeiro",),
        ("fevereiro",),
        ("março",),
        ("abril",),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto",),
        ("setembro",),
        ("outubro",),
        ("novembro",),
        ("dezembro",),
    ),
    title_case_dash_datelines=True,  # "Brasília – O …"
    section_markers=(
        "detalhes",
        "mais informações",
        "leia também",
        "leia mais",
        "veja também",
        "atualização",
        "vídeo",
        "foto",
        "citação",
        "opinião",
        "análise",
        "o essencial",
        "o que se sabe",
        "fonte",
        "fontes",
        "publicidade",
    ),
    interviewer_labels=frozenset({"pergunta", "p", "jornalista"}),
    answer_labels=frozenset({"resposta", "r"}),
    boilerplate=(
        "leia também",
        "leia mais",
        "veja também",
        "siga-nos",
        "assine",
        "foto:",
        "fonte:",
        "publicidade",
        "partilhar",
        "compartilhar",
        "todos os direitos reservados",
    ),
    abbreviations=frozenset(
        {
            "sr",
            "sra",
            "srs",
            "sras",
            "dr",
            "dra",
            "drs",
            "eng",
            "enga",
            "prof",
            "profa",
            "arq",
            "d",
            "v",
            "exa",
            "exmo",
            "exma",
            "etc",
            "ex",
            "p",
            "pp",
            "pág",
            "n",
            "nº",
            "vol",
            "cap",
            "art",
            "av",
            "r",
            "lda",
            "ltda",
            "s.a",
            "sa",
            "eua",
            "aprox",
            "máx",
            "mín",
            "tel",
            "jan",
            "fev",
            "mar",
            "abr",
            "mai",
            "jun",
            "jul",
            "ago",
            "set",
            "out",
            "nov",
            "dez",
            "a.c",
            "d.c",
            "gen",
            "cel",
            "ten",
            "sto",
            "sta",
            "cf",
            "vs",
        }
    ),
    # letters only this language writes: "ç" is shared with French, "á" with Spanish, "õ"
    # with Estonian
    letters=frozenset("ã"),
    # Frequent Portuguese words spelled otherwise in Spanish, Italian and French: "que",
    # "de", "do", "da", "no", "se", "para", "por", "mais" are shared and left out.
    stopwords=frozenset(
        {
            "não",
            "em",
            "uma",
            "com",
            "é",
            "ao",
            "aos",
            "pelo",
            "pela",
            "pelos",
            "pelas",
            "foi",
            "são",
            "mas",
            "também",
            "disse",
            "ele",
            "ela",
            "eles",
            "elas",
            "isso",
            "essa",
            "esse",
            "estão",
            "nas",
            "num",
            "numa",
            "segundo",
            "ainda",
            "após",
            "até",
            "onde",
            "muito",
            "há",
            "têm",
            "tem",
            "pode",
            "afirmou",
            "lhe",
            "seu",
            "seus",
            "suas",
            "à",
            "às",
            "foram",
            "vai",
            "estava",
            "então",
            "eu",
        }
    ),
)
