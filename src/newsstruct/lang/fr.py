"""French lexicon.

Cue verbs are the verbes de parole of French news copy (the AFP style book's
alternatives to "a dit" and "a déclaré", and the verbs introducing discours rapporté
in Rosier, "Le discours rapporté en français", 2008), with the cognition verbs that
ANNOTATION.md counts as cues.  Every form is spelled out, one lemma a line:
infinitive, present third person singular and plural, first person singular, passé
simple, imparfait, past participle (its feminine and plural where a subject agrees,
"s'est dite"), and the inverted forms that follow a quotation as they are written,
one word with their hyphens ("déclare-t-il", "a-t-elle", "ajoute-t-on").

Quotation marks follow the Imprimerie nationale's "Lexique des règles
typographiques" (2002): « » outside, with a no-break or narrow no-break space
inside the marks, “ ” inside; straight marks also occur in web copy.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
réagir réagit réagissent réagissait réagissaient réagit-il réagit-elle réagi
saluer salue saluent saluait salua salué saluée salue-t-il salue-t-elle
dire dit disent dis dira diront disait disaient dite dits dites dit-il dit-elle
dit-on disent-ils disent-elles
déclarer déclare déclarent déclarait déclaraient déclara déclaré déclarée déclarés
déclarera déclare-t-il déclare-t-elle déclarent-ils
affirmer affirme affirment affirmait affirmaient affirma affirmé affirmée affirmera
affirme-t-il affirme-t-elle
ajouter ajoute ajoutent ajoutait ajoutaient ajouta ajouté ajoutée ajoute-t-il
ajoute-t-elle ajoute-t-on
souligner souligne soulignent soulignait soulignaient souligna souligné soulignée
souligne-t-il souligne-t-elle
indiquer indique indiquent indiquait indiquaient indiqua indiqué indiquée indique-t-il
indique-t-elle indique-t-on
expliquer explique expliquent expliquait expliquaient expliqua expliqué expliquée
explique-t-il explique-t-elle
estimer estime estiment estimait estimaient estima estimé estimée estime-t-il
estime-t-elle
assurer assure assurent assurait assuraient assura assuré assurée assure-t-il
assure-t-elle
annoncer annonce annoncent annonçait annonçaient annonça annoncé annoncée annonce-t-il
annonce-t-elle
confirmer confirme confirment confirmait confirmaient confirma confirmé confirmée
confirme-t-il confirme-t-elle
préciser précise précisent précisait précisaient précisa précisé précisée précise-t-il
précise-t-elle précise-t-on
rappeler rappelle rappellent rappelait rappelaient rappela rappelé rappelée
rappelle-t-il rappelle-t-elle
noter note notent notait notaient nota noté notée note-t-il note-t-elle
observer observe observent observait observa observé observe-t-il observe-t-elle
remarquer remarque remarquent remarquait remarqua remarqué remarque-t-il remarque-t-elle
insister insiste insistent insistait insista insisté insiste-t-il insiste-t-elle
avertir avertit avertissent avertissait averti avertie avertit-il avertit-elle
prévenir prévient préviennent prévenait prévint prévenu prévenue prévient-il
prévient-elle
mettre met mettent mit mis mise met-il met-elle
reconnaître reconnaît reconnait reconnaissent reconnaissait reconnut reconnu reconnue
reconnaît-il reconnaît-elle
admettre admet admettent admettait admit admis admise admet-il admet-elle
avouer avoue avouent avouait avoua avoué avouée avoue-t-il avoue-t-elle
nier nie nient niait nia nié niée nie-t-il nie-t-elle
démentir dément démentent démentait démentit démenti démentie
contester conteste contestent contestait contesta contesté contestée
répondre répond répondent répondait répondit répondu répond-il répond-elle
répliquer réplique répliquent répliquait répliqua répliqué réplique-t-il réplique-t-elle
rétorquer rétorque rétorquent rétorquait rétorqua rétorqué rétorque-t-il rétorque-t-elle
demander demande demandent demandait demandaient demanda demandé demandée demande-t-il
demande-t-elle
interroger interroge interrogent interrogeait interrogea interrogé interroge-t-il
s'interroger
écrire écrit écrivent écrivait écrivaient écrivit écrite écrits écrit-il écrit-elle
raconter raconte racontent racontait raconta raconté racontée raconte-t-il raconte-t-elle
témoigner témoigne témoignent témoignait témoigna témoigné témoigne-t-il témoigne-t-elle
confier confie confient confiait confia confié confiée confie-t-il confie-t-elle
promettre promet promettent promettait promit promis promise promet-il promet-elle
menacer menace menacent menaçait menaça menacé menacée menace-t-il menace-t-elle
prévoir prévoit prévoient prévoyait prévit prévu prévue
prédire prédit prédisent prédisait prédite
avancer avance avancent avançait avança avancé avance-t-il avance-t-elle
soutenir soutient soutiennent soutenait soutint soutenu soutenue soutient-il
soutient-elle
maintenir maintient maintiennent maintenait maintint maintenu maintient-il
prétendre prétend prétendent prétendait prétendit prétendu prétend-il prétend-elle
martelé marteler martèle martèlent martelait martela martèle-t-il martèle-t-elle
lancer lance lancent lançait lança lancé lancée lance-t-il lance-t-elle
commenter commente commentent commentait commenta commenté commente-t-il commente-t-elle
résumer résume résument résumait résuma résumé résume-t-il résume-t-elle
conclure conclut concluent concluait conclu conclue conclut-il conclut-elle
poursuivre poursuit poursuivent poursuivait poursuivit poursuivi poursuit-il
poursuit-elle
continuer continue continuent continuait continua continué continue-t-il continue-t-elle
reprendre reprend reprennent reprenait reprit repris reprend-il reprend-elle
insiste
regretter regrette regrettent regrettait regretta regretté regrette-t-il regrette-t-elle
déplorer déplore déplorent déplorait déplora déploré déplore-t-il déplore-t-elle
dénoncer dénonce dénoncent dénonçait dénonça dénoncé dénonce-t-il dénonce-t-elle
accuser accuse accusent accusait accusa accusé accusée accuse-t-il accuse-t-elle
critiquer critique critiquent critiquait critiqua critiqué critique-t-il
réclamer réclame réclament réclamait réclama réclamé réclame-t-il réclame-t-elle
exiger exige exigent exigeait exigea exigé exige-t-il exige-t-elle
appeler appelle appellent appelait appela appelé appelée appelle-t-il appelle-t-elle
exhorter exhorte exhortent exhortait exhorta exhorté
inviter invite invitent invitait invita invité
proposer propose proposent proposait proposa proposé propose-t-il propose-t-elle
suggérer suggère suggèrent suggérait suggéra suggéré suggère-t-il suggère-t-elle
conseiller conseille conseillent conseillait conseilla conseillé
recommander recommande recommandent recommandait recommanda recommandé
informer informe informent informait informa informé informée
signaler signale signalent signalait signala signalé signale-t-il signale-t-elle
mentionner mentionne mentionnent mentionnait mentionna mentionné
évoquer évoque évoquent évoquait évoqua évoqué évoque-t-il évoque-t-elle
citer cite citent citait cita cité
révéler révèle révèlent révélait révéla révélé révèle-t-il révèle-t-elle
dévoiler dévoile dévoilent dévoilait dévoila dévoilé
jurer jure jurent jurait jura juré jure-t-il jure-t-elle
garantir garantit garantissent garantissait garanti
protester proteste protestent protestait protesta protesté
s'exclamer exclame exclamé exclama
s'écrier écrie écria écrié
plaisanter plaisante plaisantent plaisantait plaisanta plaisanté plaisante-t-il
ironiser ironise ironisent ironisait ironisa ironisé ironise-t-il ironise-t-elle
s'inquiéter inquiète inquiètent inquiétait inquiéta inquiété s'inquiète-t-il
félicite félicitent félicitait félicita félicité
tweeter tweete tweeté
résumer
énumérer énumère énuméré
fustiger fustige fustigent fustigea fustigé
glisser glisse glissent glissait glissa glissé glisse-t-il glisse-t-elle
lâcher lâche lâchent lâchait lâcha lâché lâche-t-il lâche-t-elle
souffler souffle soufflent soufflait souffla soufflé souffle-t-il souffle-t-elle
tacler tacle taclent taclait tacla taclé tacle-t-il tacle-t-elle
asséner assène assènent assénait asséna asséné assène-t-il assène-t-elle
tempérer tempère tempèrent tempérait tempéra tempéré tempère-t-il tempère-t-elle
nuancer nuance nuancent nuançait nuança nuancé nuance-t-il nuance-t-elle
abonder abonde abondent abondait abonda abondé abonde-t-il abonde-t-elle
renchérir renchérit renchérissent renchérissait renchéri renchérit-il renchérit-elle
relever relève relèvent relevait releva relevé relève-t-il relève-t-elle
détailler détaille détaillent détaillait détailla détaillé détaille-t-il détaille-t-elle
trancher tranche tranchent tranchait trancha tranché tranche-t-il tranche-t-elle
alerter alerte alertent alertait alerta alerté alerte-t-il alerte-t-elle
rassurer rassure rassurent rassurait rassura rassuré rassure-t-il rassure-t-elle
railler raille raillent raillait railla raillé raille-t-il raille-t-elle
concéder concède concèdent concédait concéda concédé concède-t-il concède-t-elle
objecter objecte objectent objectait objecta objecté objecte-t-il objecte-t-elle
riposter riposte ripostent ripostait riposta riposté riposte-t-il riposte-t-elle
arguer argue arguent arguait argua argué argue-t-il argue-t-elle
cingler cingle cinglent cinglait cingla cinglé cingle-t-il cingle-t-elle
plaider plaide plaident plaidait plaida plaidé plaide-t-il plaide-t-elle
s'insurger insurge insurgent insurgeait insurgea insurgé
a-t-il a-t-elle ont-ils ont-elles a-t-on avait-il avait-elle
"""

# cues only before a clause or a quotation ("a glissé que C", "« Q », tranche X"): with a
# noun for object they slip, let go, blow, raise, cut, carry on or support something ("a
# relevé le défi", "a poursuivi sa route", "soutient le projet"), no speech
_CLAUSE_LEMMAS = """
glisser lâcher souffler relever trancher alerter rassurer poursuivre continuer reprendre
maintenir soutenir
"""

# Present participles after a comma, the sentence's subject theirs ("a annoncé la
# fermeture du port, ajoutant que C").
_PRESENT_PARTICIPLES = """
ajoutant précisant disant expliquant soulignant affirmant assurant indiquant rappelant
déclarant annonçant insistant notant promettant avertissant reconnaissant admettant
niant répondant regrettant déplorant dénonçant confirmant martelant arguant concluant
évoquant demandant réclamant exigeant menaçant jurant garantissant révélant plaidant
estimant jugeant espérant craignant soutenant relevant détaillant avançant
"""

# The passé composé as written, auxiliary included ("a déclaré"), which ANNOTATION.md
# wants as the cue: each participle after each auxiliary of the third person.
_COMPOUND_AUXILIARIES = ("a", "ont", "avait", "avaient", "a-t-il", "a-t-elle", "ont-ils")
_COMPOUND_PARTICIPLES = """
réagi salué déclaré dit affirmé ajouté souligné indiqué expliqué estimé assuré annoncé
précisé rappelé confirmé averti insisté répondu écrit reconnu lancé poursuivi martelé
confié demandé promis dénoncé regretté jugé noté observé raconté prévenu révélé ironisé
fustigé déploré commenté conclu admis avoué nié démenti répliqué rétorqué témoigné
avancé soutenu maintenu critiqué accusé réclamé proposé suggéré signalé évoqué plaidé
glissé lâché soufflé taclé asséné tempéré nuancé abondé renchéri relevé détaillé tranché
alerté rassuré raillé concédé objecté riposté argué cinglé
"""

_COGNITION_VERBS = """
penser pense pensent pensait pensaient pensa pensé pense-t-il pense-t-elle
croire croit croient croyait croyaient crut cru croit-il croit-elle
espérer espère espèrent espérait espéra espéré espère-t-il espère-t-elle
craindre craint craignent craignait craignit craint-il craint-elle
savoir sait savent savait savaient sut su
juger juge jugent jugeait jugea jugé juge-t-il juge-t-elle
considérer considère considèrent considérait considéra considéré considère-t-il
douter doute doutent doutait douta douté
s'attendre attend attendent attendait
convaincu convaincue convaincus persuadé persuadée persuadés
"""

_OBJECT_VERBS = """
dit dire disent déclaré
assure assurent assuré assurait
annoncé annonce
confié confie
promis promet
demandé demande demandent
rappelé rappelle
averti avertit
prévenu prévient
informé informe
expliqué explique
appelé appelle appellent
exhorté exhorte
invité invite
conseillé conseille
"""

_CONTROL_VERBS = """
demander demande demandent demandé demandait
appeler appelle appellent appelé appelait
exhorter exhorte exhortent exhorté
inviter invite invitent invité
promettre promet promettent promis
menacer menace menacent menacé
conseiller conseille conseillent conseillé
recommander recommande recommandé
proposer propose proposent proposé
exiger exige exigé
"""

_ROLE_NOUNS = """
élu élue élus élues
colonel commandant général capitaine lieutenant
président présidente premier ministre ministres porte-parole secrétaire chef cheffe
dirigeant dirigeants dirigeante responsable responsables directeur directrice
député députée députés sénateur sénatrice sénateurs maire maires préfet préfète
gouverneur ambassadeur ambassadrice diplomate diplomates conseiller conseillère
conseillers expert experte experts analyste analystes économiste économistes
représentant représentante représentants source sources proche proches officiel
officiels militaire militaires officier soldat soldats police
policier policiers gendarme gendarmes procureur procureure parquet juge juges avocat
avocate avocats médecin médecins professeur professeure chercheur chercheuse
chercheurs scientifique scientifiques auteur autrice journaliste journalistes
correspondant rédacteur leader leaders candidat candidate candidats gouvernement
ministère élysée matignon cabinet entourage parti syndicat commission conseil
tribunal cour entreprise société groupe organisation association ong habitants
habitant témoin témoins participant participants salarié salariés spécialiste
spécialistes autorités chancelier chancelière roi reine pape évêque cardinal
entraîneur joueur joueurs homme femme gens personne père mère fils fille
épouse mari collègue collègues ami amie amis observateur observateurs
bourgmestre édile pontife sélectionneur technicien patron patronne pdg magistrat magistrate
opposition
adjoint adjointe commissaire délégué déléguée
pompiers sapeurs-pompiers secours secouristes sauveteurs enquêteurs enquêteur enquêtrice
"""

# nouns that end like an adverb ("-ment"), no adverbs
_ADVERB_LOOKALIKES = """
gouvernement département parlement moment document mouvement établissement événement
logement enseignement financement investissement traitement jugement règlement élément
argument commandement armement arrondissement aménagement
"""

_THING_NOUNS = """
gouvernement parlement assemblée sénat ministère département mairie préfecture parti
syndicat commission conseil tribunal cour entreprise société groupe organisation
association institut université hôpital fondation fédération banque rapport communiqué
étude
"""

# words that mark a woman or a man (Lexicon.feminine_words, masculine_words): pronouns,
# titles, articles and role nouns; "a ajouté l'élu" after "La ministre Anne Roux" names
# someone else
_FEMININE_WORDS = """
elle la madame mme présidente directrice députée sénatrice préfète ambassadrice
conseillère experte représentante procureure avocate chercheuse autrice candidate
chancelière reine mère fille épouse amie patronne magistrate adjointe déléguée élue
dirigeante cheffe femme habitante
"""

_MASCULINE_WORDS = """
il lui le monsieur président directeur député sénateur préfet gouverneur ambassadeur
conseiller expert représentant procureur avocat chercheur auteur candidat chancelier roi
père fils mari ami patron magistrat adjoint délégué élu dirigeant homme habitant
policier gendarme officier soldat sélectionneur entraîneur joueur évêque cardinal pape
pontife
"""

# very common given names, men's and women's: a capitalised word in a name run that is
# one names a person, no body ("du Conseil Marc Natal", not an adjective)
_MEN_NAMES = """
alain antoine bernard bruno christophe daniel david didier éric françois frédéric
gérard guillaume hugo jacques jean julien laurent louis luc marc mathieu michel
nicolas olivier patrick paul philippe pierre sébastien stéphane thierry thomas
vincent yves emmanuel maxime alexandre benoît
"""
_WOMEN_NAMES = """
anne catherine caroline céline chantal christine claire élise émilie françoise
hélène isabelle julie laure léa louise marie martine mathilde monique nathalie
nicole pauline sandrine sophie sylvie valérie véronique aurélie agnès
"""
_FIRST_NAMES = f"{_MEN_NAMES} {_WOMEN_NAMES} camille"

# endings of the capitalised adjectives in bodies' names ("Assemblée Nationale")
_BODY_ADJECTIVE_ENDINGS = "al ale éen éenne ique aire if ive ieur ieure"

# the heads of hyphenated roles ("vice-président")
_ROLE_HEADS = """
-président -présidente -ministre -directeur
-directrice -secrétaire -gouverneur -gouverneure
"""

# participles that describe a noun ("données de l’Insee publiées mardi")
_PAST_PARTICIPLE_ENDINGS = "é és ée ées"

LEXICON = Lexicon(
    # "la direction du port": the preposition, bare or written onto its article
    relation_words=frozenset({"de", "du", "des"}),
    # "…, ajoutant que C": the present participle's subject is the sentence's
    participle_endings=("ant",),
    code="fr",
    # "a déclaré de son côté Jo Roe", "Jo Roe a quant à elle souligné": a turn set aside
    aside_phrases=(
        "de son côté",
        "de leur côté",
        "pour sa part",
        "pour leur part",
        "quant à lui",
        "quant à elle",
        "quant à eux",
        "quant à elles",
        "à son tour",
        "à leur tour",
    ),
    name="French",
    proclitic_objects=True,
    # « » take a no-break (U+00A0) or narrow no-break (U+202F) space inside; the scanner
    # reads those spaces as flanking and trims them from the content.
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        (
            "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
            "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS + _PRESENT_PARTICIPLES).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    clause_cues=frozenset(
        form
        for line in _SPEECH_VERBS.splitlines()
        if line.split()[:1] and line.split()[0] in _CLAUSE_LEMMAS.split()
        for form in line.split()
    ),
    cue_phrases=(
        *(f"{a} {p}" for p in _COMPOUND_PARTICIPLES.split() for a in _COMPOUND_AUXILIARIES),
        "a mis en garde",
        "ont mis en garde",
        "a fait savoir",
        "ont fait savoir",
        "a-t-on appris",
        "mis en garde",
        "met en garde",
        "mettent en garde",
        "fait savoir",
        "fait valoir",
        "a fait valoir",
        "a laissé entendre",
        "laisse entendre",
        "s'est dit",
        "s'est dite",
        "se dit",
        "s'est félicité",
        "s'est félicitée",
        "s'est inquiété",
        "s'est inquiétée",
        "s'est exclamé",
        "s'est exclamée",
        "s'est engagé",
        "s'est engagée",
        "a déclaré à la presse",
        "a déclaré aux journalistes",
        "a dit aux journalistes",
        "a écrit sur x",
        "a écrit sur twitter",
        "a écrit sur les réseaux sociaux",
    ),
    naming_cues=(
        "qualifié",
        "qualifiée",
        "qualifie",
        "qualifient",
        "qualifiant",
        "jugé",
        "jugée",
        "traité",
        "traite",
        "décrit",
        "décrite",
        "désigné",
        "surnommé",
        "baptisé",
        "appelé",
    ),
    impersonal_clitics=frozenset({"on"}),
    opinion_prepositions=frozenset({"pour"}),
    person_pronouns=frozenset({"il", "elle"}),
    possessive_determiners=frozenset({"son", "sa", "ses", "leur", "leurs"}),
    source_phrases=(
        "selon",
        "d'après",
        "aux yeux de",
        "de l'avis de",
        "à en croire",
        "de source",
        "selon lui",
        "selon elle",
        "selon eux",
        "pour lui",
        "pour elle",
    ),
    pronouns=frozenset(
        {
            "il",
            "elle",
            "ils",
            "elles",
            "je",
            "nous",
            "vous",
            "on",
            "tu",
            "qui",
            "j'ai",
            "celui-ci",
            "celle-ci",
        }
    ),
    object_pronouns=frozenset(
        {"lui", "leur", "me", "m'a", "nous", "vous", "te", "les", "l'a", "le", "la"}
    ),
    relative_pronouns=frozenset({"qui", "lequel", "laquelle", "lesquels"}),
    noun_like_cues=frozenset(
        {
            # nouns and adjectives: "la tranche", "un souffle", "une alerte", "la riposte"
            "glisse",
            "lâche",
            "souffle",
            "nuance",
            "relève",
            "tranche",
            "alerte",
            "riposte",
            "dit",
            "dite",
            "dits",
            "dites",
            "note",
            "notes",
            "critique",
            "remarque",
            "demande",
            "réponse",
            "appel",
            "appelle",
            "mis",
            "mise",
            "met",
            "avance",
            "lance",
            "lancé",
            "cite",
            "cité",
            "juge",
            "jugé",
            "considère",
            "sait",
            "su",
            "cru",
            "prévu",
            "prévue",
            "invite",
            "invité",
            "poursuit",
            "continue",
            "reprend",
            "repris",
            "doute",
            "attend",
            "menace",
            "signale",
            "promis",
            "écrite",
            "écrits",
            "écrit",
            "estime",
            "espère",
            "pense",
            "a-t-il",
            "a-t-elle",
            "ont-ils",
            "ont-elles",
            "a-t-on",
            "avait-il",
            "avait-elle",
            "conseiller",
            "appelé",
            "garanti",
            "témoin",
            "informé",
            "confié",
        }
    ),
    first_person=frozenset(
        {"je", "j'ai", "nous", "mon", "ma", "mes", "notre", "nos", "moi", "j'étais", "m'a", "me"}
    ),
    determiners=frozenset(
        {
            "le",
            "la",
            "les",
            "l'",
            "un",
            "une",
            "des",
            "du",
            "ce",
            "cet",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "notre",
            "nos",
            "mon",
            "ma",
            "mes",
            "plusieurs",
            "certains",
            "certaines",
            "quelques",
            "tous",
            "toutes",
            "chaque",
            "deux",
            "trois",
            "aucun",
            "aucune",
            "autre",
            "autres",
            "nombreux",
            "l'un",
            "l'une",
            "au",
            "aux",
        }
    ),
    auxiliaries=frozenset(
        {
            "a",
            "ont",
            "avait",
            "avaient",
            "aura",
            "auront",
            "aurait",
            "auraient",
            "avait-il",
            "s'est",
            "se",
            "s'était",
            "s'étaient",
            "n'a",
            "n'ont",
            "ne",
            "pas",
            "aussi",
            # "C, a ainsi indiqué la mairie": the adverb between the auxiliary and the cue
            "ainsi",
            "également",
            "encore",
            "déjà",
            "ensuite",
            "puis",
            "notamment",
            "alors",
            "toutefois",
            "pourtant",
            "cependant",
            "néanmoins",
            "d'ailleurs",
            "enfin",
            "même",
            "lui",
            "leur",
            "lui-même",
            "elle-même",
            "eux-mêmes",
            "publiquement",
            "ouvertement",
            "clairement",
            "récemment",
            "souvent",
            "toujours",
            "jamais",
            "plus",
            "tard",
            "aujourd'hui",
            "hier",
            "mardi",
            "lundi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "longtemps",
            "personnellement",
            "officiellement",
            "fermement",
            "vivement",
            "simplement",
            "seulement",
            "bien",
            "peut-être",
            "y",
            "en",
            "m'a",
            "nous",
            "vous",
            "l'a",
            "avoir",
            "va",
            "vont",
            "devait",
            "doit",
            "pourrait",
            "voulu",
            "tenu",
            "immédiatement",
            "d'abord",
            "dès",
            "lors",
            "parfois",
            "régulièrement",
        }
    ),
    # "a aussi déclaré": the auxiliary before an adverb and its participle
    cue_auxiliaries=frozenset(_COMPOUND_AUXILIARIES),
    passive_auxiliaries=frozenset(
        {"été", "est", "sont", "était", "étaient", "fut", "sera", "seront", "être", "soit"}
    ),
    # "a dit qu'il", "a dit qu'Anne Roy": que elided onto the content's first word
    complementizer_prefixes=("qu'", "qu’"),
    complementizers=frozenset(
        {
            "que",
            "qu'",
            "qu'il",
            "qu'elle",
            "qu'ils",
            "qu'elles",
            "qu'on",
            "qu'un",
            "qu'une",
            "qu'en",
            "qu'à",
            "qu'au",
        }
    ),
    conjunctions=frozenset(
        {
            "et",
            "mais",
            "ou",
            "or",
            "tandis",
            "alors",
            "bien",
            "puisque",
            "car",
            "lorsque",
            "quand",
            "si",
            "même",
            "parce",
            "comme",
        }
    ),
    reaction_cues=frozenset(
        ["répond", "répondit", "répondu", "réagit", "réagi", "proteste", "protesta", "protesté"]
    ),
    subordinators=frozenset({"quand", "lorsque", "si", "puisque"}),
    clause_openers=frozenset(
        {
            "ce",
            "quoi",
            "comment",
            "pourquoi",
            "où",
            "quand",
            "combien",
            "si",
            "lequel",
            "laquelle",
            "lesquels",
            "dont",
            "quel",
            "quelle",
            "quels",
            "quelles",
            "qui",
            "que",
            "qu'il",
            "qu'elle",
        }
    ),
    # "-ment": an adverb ("a dit Marie Roy simplement"), no part of a name; but nouns
    # of news end so too ("le préfet du département")
    adverb_endings=("ment",),
    adverb_lookalikes=frozenset(_ADVERB_LOOKALIKES.split()),
    sentence_adverbs=frozenset({"maintenant", "alors", "puis", "ensuite", "désormais", "pourtant"}),
    press_nouns=frozenset({"journalistes", "reporters", "médias", "presse"}),
    control_prepositions=frozenset({"à", "de", "d'"}),
    # "a affirmé avoir reçu des menaces", "a dit être prêt", "a assuré ne pas vouloir
    # partir": the subject's own claim as an infinitive
    infinitive_contents=frozenset(
        {"avoir", "être", "vouloir", "pouvoir", "devoir", "ignorer", "espérer", "souhaiter"}
        | {f"n{mark}{verb}" for mark in "'’" for verb in ("avoir", "être")}
    ),
    infinitive_endings=("er", "ir", "re", "oir"),
    phrase_prepositions=frozenset({"de", "du", "des", "d'"}),
    reference_phrases=("citant",),
    correlative_openers=("non seulement",),
    as_words=frozenset({"comme"}),
    place_prepositions=frozenset({"à", "au", "en"}),
    prepositions=frozenset(
        {
            "à",
            "au",
            "aux",
            "de",
            "du",
            "des",
            "d'",
            "en",
            "dans",
            "par",
            "pour",
            "sur",
            "sous",
            "avec",
            "sans",
            "chez",
            "contre",
            "entre",
            "vers",
            "après",
            "avant",
            "depuis",
            "pendant",
            "lors",
            "selon",
            "malgré",
            "parmi",
            "devant",
            "derrière",
            "concernant",
            "via",
            "dès",
            "jusqu'à",
            "auprès",
            "face",
            "quant",
            "outre",
            "envers",
            "hormis",
        }
    ),
    time_words=frozenset(
        {
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "aujourd'hui",
            "hier",
            "demain",
            "matin",
            "soir",
            "après-midi",
            "nuit",
            "récemment",
            "auparavant",
            "plus",
            "tard",
            "encore",
            "également",
            "aussi",
            "déjà",
            "publiquement",
            "semaine",
            "mois",
            "année",
            "dernier",
            "dernière",
            "ensuite",
            "puis",
            "officiellement",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "clair",
            "claire",
            "catégorique",
            "ferme",
            "formel",
            "formelle",
            "direct",
            "directe",
            "cash",
            "lapidaire",
            "laconique",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("« Q », a ajouté l'élu"): the elected
    # official, the official, the leader, the civil servant, the diplomat
    epithets=frozenset(
        {"élu", "élue", "responsable", "dirigeant", "dirigeante"} | {"fonctionnaire", "diplomate"}
    ),
    role_heads=tuple(_ROLE_HEADS.split()),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    body_adjective_endings=tuple(_BODY_ADJECTIVE_ENDINGS.split()),
    first_names=frozenset(_FIRST_NAMES.split()),
    feminine_words=frozenset(_FEMININE_WORDS.split()),
    masculine_words=frozenset(_MASCULINE_WORDS.split()),
    # the names on the list: no ending tells a French name's gender ("Camille" either)
    masculine_names=frozenset(_MEN_NAMES.split()),
    feminine_names=frozenset(_WOMEN_NAMES.split()),
    # "le ministère … a-t-il précisé": "il" and "elle" stand for bodies too
    pronouns_take_noun_gender=True,
    past_participle_endings=tuple(_PAST_PARTICIPLE_ENDINGS.split()),
    record_nouns=frozenset({"données", "chiffres", "estimations", "statistiques"}),
    said_nouns=frozenset({"vérité", "nouvelle", "nouvelles", "version", "mensonge", "mensonges"}),
    participle_agents=frozenset({"par"}),
    role_equivalents=(
        (
            "président",
            "présidente",
            "chef de l'état",
            "président de la république",
        ),
        (
            "premier ministre",
            "première ministre",
            "chef du gouvernement",
            "cheffe du gouvernement",
            "locataire de matignon",
        ),
        ("ministre des affaires étrangères", "chef de la diplomatie", "cheffe de la diplomatie"),
        ("maire", "bourgmestre", "édile"),
        ("pape", "pontife", "souverain pontife", "saint-père"),
        ("directeur général", "directrice générale", "pdg", "patron", "patronne"),
        ("entraîneur", "sélectionneur", "technicien"),
        ("procureur", "procureure", "magistrat", "magistrate"),
    ),
    titles=frozenset(
        {
            "m",
            "mme",
            "mlle",
            "mm",
            "dr",
            "pr",
            "me",
            "mgr",
            "président",
            "présidente",
            "premier",
            "ministre",
            "chef",
            "secrétaire",
            "général",
            "générale",
            "porte-parole",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "maire",
            "préfet",
            "gouverneur",
            "ambassadeur",
            "chancelier",
            "chancelière",
            "roi",
            "reine",
            "prince",
            "princesse",
            "pape",
            "cardinal",
            "monseigneur",
            "monsieur",
            "madame",
            "mademoiselle",
            "colonel",
            "capitaine",
            "lieutenant",
            "commandant",
            "ancien",
            "ancienne",
            "ex-président",
            "vice-président",
            "français",
            "française",
            "américain",
            "américaine",
            "russe",
            "ukrainien",
            "ukrainienne",
            "allemand",
            "allemande",
            "britannique",
            "européen",
            "européenne",
            "directeur",
            "directrice",
            "patron",
            "patronne",
            "juge",
            "procureur",
            "avocat",
            "avocate",
            "professeur",
            "entraîneur",
        }
    ),
    agency_nouns=frozenset({"agence"}),
    media_words=frozenset(
        {
            # the Swiss wire's French service (Keystone-ATS): "a rapporté l'ATS"
            "ats",
            "keystone-ats",
            "agence",
            "libération",
            "libé",
            "ouest-france",
            "échos",
            "express",
            "l'express",
            "l'obs",
            "humanité",
            "l'humanité",
            "la croix",
            "mediapart",
            "tf1",
            "télévisions",
            "france 2",
            "france 24",
            "bfmtv",
            "bfm",
            "lci",
            "cnews",
            "radio",
            "franceinfo",
            "journal",
            "quotidien",
            "hebdomadaire",
            "magazine",
            "chaîne",
            "site",
            "média",
            "médias",
            "presse",
            "tribune",
            "dépêche",
            "la dépêche",
            "europe 1",
            "le point",
            "le temps",
            "france inter",
            "le parisien",
            "nouvel observateur",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "selon",
        # a credit line: "Source : AFP", "Source: AFP"
        "source :",
        "source:",
        "d'après",
        "rapporte",
        "rapportent",
        "a rapporté",
        "ont rapporté",
        "rapporté par",
        "cité par",
        "citée par",
        "cités par",
        "citant",
        "relayé par",
        "relayée par",
        "a indiqué à",
        "a déclaré à",
        "a confié à",
        "a affirmé à",
        "a expliqué à",
        "a dit à",
        # the article after "à" written onto the outlet or joined to it: "à l'AFP", "au Monde"
        *(
            f"a {verb} {article}"
            for verb in ("indiqué", "déclaré", "confié", "affirmé", "expliqué", "dit")
            for article in ("à l'", "à l’", "au")
        ),
        "dans un entretien à",
        "dans une interview à",
        "dans un entretien accordé à",
        "interrogé par",
        "interrogée par",
        "selon l'agence",
        "selon le journal",
        "selon le quotidien",
    ),
    attribution_verbs=(
        "rapporte",
        "rapportent",
        "a rapporté",
        "ont rapporté",
        "indique",
        "indiquent",
        "écrit",
        "écrivent",
        "révèle",
        "révèlent",
        "affirme",
        "affirment",
        "annonce",
        "annoncent",
    ),
    anaphoric_cues=(
        "c'est ce qu'a déclaré",
        "c'est ce qu'a annoncé",
        "c'est ce qu'a indiqué",
        "c'est ce qu'a affirmé",
        "c'est ce qu'a dit",
        "c'est ce qu'ont déclaré",
        "c'est ce qu'ont annoncé",
        "c'est ce qu'ont indiqué",
        "c'est ce qu'a rapporté",
        "c'est ce que rapporte",
        "c'est ce qu'indique",
        "c'est ce qu'annonce",
        "c'est ce qu'affirme",
        "c'est ce qui ressort",
        "ceci a été annoncé par",
        "cela a été annoncé par",
        "cela a été déclaré par",
        "cela a été confirmé par",
        "ceci a été confirmé par",
        "cela a été rapporté par",
        "ceci a été rapporté par",
        "l'annonce a été faite par",
        "ainsi l'a déclaré",
        "ainsi l'a annoncé",
    ),
    byline_words=("Par",),
    background_markers=(
        "rappel",
        "pour rappel",
        "contexte",
        "le contexte",
        "repères",
        "à savoir",
        "historique",
        "chronologie",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "il y a un an",
        "l'an passé",
        "pour rappel,",
        "rappel :",
        "rappelons que",
        "rappelons-le,",
        "pour mémoire,",
        "comme annoncé",
        "comme nous l'avons rapporté",
        "comme nous le rapportions",
        "comme l'a rapporté",
        "comme on le sait",
        "on le sait,",
        "on se souvient",
        "auparavant,",
        "plus tôt,",
        "plus tôt dans",
        "précédemment,",
        "déjà en",
        "l'an dernier",
        "l'année dernière",
        "la semaine dernière",
        "le mois dernier",
        "le mois passé",
        "ces dernières années",
        "par le passé",
        "en 20",
        "il convient de rappeler",
        "il faut rappeler",
        "il est bon de rappeler",
        "comme nous l'indiquions",
        "comme nous l'avions indiqué",
    ),
    # the months as a page's date line prints them (4 mars 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("janvier",),
        ("février",),
        ("mars",),
        ("avril",),
        ("mai",),
        ("juin",),
        ("juillet",),
        ("août",),
        ("septembre",),
        ("octobre",),
        ("novembre",),
        ("décembre",),
    ),
    title_case_dash_datelines=True,  # "Bruxelles – Les …"
    section_markers=(
        "détails",
        "en savoir plus",
        "lire aussi",
        "à lire aussi",
        "mise à jour",
        "vidéo",
        "photo",
        "citation",
        "opinion",
        "tribune",
        "analyse",
        "l'essentiel",
        "ce que l'on sait",
        "ce qu'il faut savoir",
        "source",
        "sources",
        "publicité",
    ),
    interviewer_labels=frozenset({"question", "q", "journaliste"}),
    answer_labels=frozenset({"réponse", "r"}),
    boilerplate=(
        "lire aussi",
        "à lire aussi",
        "lire la suite",
        "voir aussi",
        "suivez-nous",
        "abonnez-vous",
        "photo :",
        "photo:",
        "crédit photo",
        "source :",
        "source:",
        "publicité",
        "partager",
        "tous droits réservés",
        "cet article est réservé",
        "avec afp",
    ),
    abbreviations=frozenset(
        {
            "m",
            "mm",
            "mme",
            "mmes",
            "mlle",
            "dr",
            "pr",
            "me",
            "mgr",
            "st",
            "ste",
            "etc",
            "cf",
            "p",
            "pp",
            "n",
            "no",
            "vol",
            "chap",
            "av",
            "bd",
            "bld",
            "fg",
            "env",
            "max",
            "min",
            "hab",
            "km",
            "kg",
            "ex",
            "éd",
            "coll",
            "dir",
            "trad",
            "janv",
            "févr",
            "avr",
            "juil",
            "sept",
            "oct",
            "nov",
            "déc",
            "lun",
            "mar",
            "mer",
            "jeu",
            "ven",
            "sam",
            "dim",
            "j.-c",
            "apr",
            "s",
            "art",
            "al",
            "ibid",
            "op",
            "cit",
            "vs",
            "tél",
            "c.-à-d",
            "gén",
            "col",
            "cdt",
            "lt",
            "sgt",
            "adj",
        }
    ),
    # Frequent French words spelled otherwise in Spanish, Italian, Portuguese and
    # German: "la", "en", "que", "des", "il", "mais" are shared and left out.
    stopwords=frozenset(
        {
            "le",
            "les",
            "et",
            "est",
            "une",
            "au",
            "aux",
            "dans",
            "pour",
            "sur",
            "pas",
            "qui",
            "ce",
            "avec",
            "été",
            "selon",
            "ont",
            "sont",
            "par",
            "cette",
            "leur",
            "leurs",
            "elle",
            "nous",
            "vous",
            "ils",
            "elles",
            "également",
            "être",
            "aussi",
            "comme",
            "tout",
            "ces",
            "ses",
            "sa",
            "dont",
            "où",
            "je",
            "après",
            "depuis",
            "très",
            "a-t-il",
            "a-t-elle",
            "déclaré",
            "c'est",
            "qu'il",
            "qu'elle",
            "n'est",
            "d'un",
            "d'une",
            "l'a",
            "j'ai",
            "aujourd'hui",
            "lors",
            "ainsi",
            "peut",
            "fait",
            "faire",
            "avait",
            "cela",
            "ceux",
            "celle",
            "celui",
            "encore",
            "plus",
            "nos",
            "notre",
            "sans",
            "chez",
            "vers",
            "même",
            "toujours",
            "alors",
            "donc",
            "autre",
            "autres",
        }
    ),
)
