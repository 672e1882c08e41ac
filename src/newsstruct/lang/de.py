"""German lexicon.

Cue verbs are the verbs of saying of German news copy (the dpa style guide's
alternatives to "sagte", and the speech, thought and writing verbs of the
Redewiedergabe corpus guidelines, Brunner et al. 2020, whose most frequent
introductory expressions are sagen, erklären, meinen, glauben, schreiben, berichten,
behaupten, bemerken, antworten, fragen), with the cognition verbs that ANNOTATION.md
counts as cues.  Every form is spelled out, one lemma a line: infinitive (also the
plural), present first and third person singular, preterite singular and plural,
past participle, and the Konjunktiv I and II forms of reported speech where they
differ.  Words are stored as the pipeline reads them, case-folded ("heisst" for
"heißt", "dass" for "daß").  The pre-1901 spellings of the corpus period are listed too (theilte,
mitgetheilt, daß).

Particle verbs ("fügte … hinzu") are matched by their finite first word where that
word is a cue on its own (fügte); where it is not (teilte, gab, wies, stellte, hob,
schlug: "teilte das Erbe" says nothing) the verb and its particle are a cue phrase
when adjacent ("gab an", "fuhr fort") and a separable cue when the particle closes
the clause ("schlug dem Rat vor, C").

Quotation marks follow the Duden (Rechtschreibregeln § 89 ff.): „ “ and » « outside,
‚ ‘ and › ‹ inside; Swiss copy uses « ».
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS
from newsstruct.lang._names import NAME_PARTICLES

_SPEECH_VERBS = """
sagen sage sagt sagst sagte sagten gesagt sagest sagtest
erklären erkläre erklärt erklärte erklärten erkläret
äussern äussere äussert äusserte äusserten geäussert äussern äussert äusserte geäussert
betonen betone betont betonte betonten
berichten berichte berichtet berichtete berichteten
mitteilen mitgeteilt mitgetheilt
hinzufügen füge fügt fügte fügten hinzugefügt
schreiben schreibe schreibt schrieb schrieben geschrieben
behaupten behaupte behauptet behauptete behaupteten
bemerken bemerke bemerkt bemerkte bemerkten
antworten antworte antwortet antwortete antworteten geantwortet
fragen frage fragt fragte fragten gefragt
meinen meine meint meinte meinten gemeint
warnen warne warnt warnte warnten gewarnt
kündigen kündigte kündigten angekündigt
bestätigen bestätige bestätigt bestätigte bestätigten
versichern versichere versichert versicherte versicherten
unterstreichen unterstreicht unterstrich unterstrichen
erläutern erläutere erläutert erläuterte erläuterten
erzählen erzähle erzählt erzählte erzählten
rufen rufe ruft rief riefen gerufen
schreien schreie schreit schrie schrieen schrien geschrieen geschrien
entgegnen entgegne entgegnet entgegnete entgegneten
erwidern erwidere erwidert erwiderte erwiderten
kritisieren kritisiere kritisiert kritisierte kritisierten
verteidigen verteidige verteidigt verteidigte verteidigten
loben lobe lobt lobte lobten
bemängeln bemängelt bemängelte bemängelten monieren moniert monierte monierten
begrüssen begrüsst begrüsste begrüssten
drängen drängt drängte drängten
resümieren resümiert resümierte bilanzieren bilanziert bilanzierte
fordern fordere fordert forderte forderten gefordert
verlangen verlange verlangt verlangte verlangten
bitten bitte bittet bat baten gebeten
auffordern aufgefordert
ersuchen ersuche ersucht ersuchte ersuchten
versprechen verspreche verspricht versprach versprachen versprochen
drohen drohe droht drohte drohten gedroht
zugeben zugegeben
einräumen eingeräumt
gestehen gestehe gesteht gestand gestanden
leugnen leugne leugnet leugnete leugneten geleugnet
bestreiten bestreite bestreitet bestritt bestritten
dementieren dementiere dementiert dementierte dementierten
widersprechen widerspreche widerspricht widersprach widersprachen
klagen klage klagt klagte klagten geklagt
beklagen beklage beklagt beklagte beklagten
beteuern beteuere beteuert beteuerte beteuerten
bekräftigen bekräftige bekräftigt bekräftigte bekräftigten
erinnern erinnere erinnert erinnerte erinnerten
mahnen mahne mahnt mahnte mahnten gemahnt
ermahnen ermahnt ermahnte
appellieren appelliere appelliert appellierte appellierten
melden melde meldet meldete meldeten gemeldet
verkünden verkünde verkündet verkündete verkündeten
verlauten verlautet verlautete
argumentieren argumentiere argumentiert argumentierte argumentierten argumentirt
begründen begründe begründet begründete begründeten
kommentieren kommentiere kommentiert kommentierte kommentierten
ergänzen ergänze ergänzt ergänzte ergänzten
präzisieren präzisiert präzisierte
zitieren zitiere zitiert zitierte zitierten
twittern twittert twitterte getwittert
schildern schildere schildert schilderte schilderten geschildert
beschreiben beschreibt beschrieb beschrieben
prophezeien prophezeit prophezeite prophezeiten
prognostizieren prognostiziert prognostizierte
vermuten vermute vermutet vermutete vermuteten
schätzen schätze schätzt schätzte schätzten geschätzt
erwähnen erwähne erwähnt erwähnte erwähnten
verraten verrate verrät verriet verrieten
jammern jammert jammerte
seufzen seufzt seufzte
lachte lachten lächelte lächelten grinste grinsten schmunzelte schmunzelten nickte nickten
flüstern flüstert flüsterte
murmeln murmelt murmelte
scherzen scherzt scherzte
spotten spottet spottete
beschwören beschwört beschwor
zurufen zurief zuriefen zugerufen
beantworten beantwortet beantwortete beantworteten
insistieren insistiert insistierte
beharren beharrt beharrte
anmerken angemerkt
betheuern betheuert betheuerte
spricht sprach sprachen
reden rede redet redete redeten geredet
lautet lautete
heisst hiess heisst
rathen rathe räth rieth riet rieten rät geraten gerathen
aufforderte aufforderten belehren belehrte belehrt
vorschlagen vorschlägt vorschlug vorschlugen vorgeschlagen anempfahl
zusicherte zugesichert einwandte einwendete
erwiedern erwiedert erwiederte erwiederten
argumentirt argumentirte argumentierte zugestand
verneint verneinte bejaht bejahte
telegraphirt telegraphirte telegraphiert telegrafierte
darlegte dargelegt hervorhob hervorgehoben
erkundigt erkundigte erkundigten anfragte angefragt
kontern kontere kontert konterte konterten gekontert
schimpfen schimpfe schimpft schimpfte schimpften geschimpft
poltern poltert polterte polterten wettern wettert wetterte wetterten
lästern lästert lästerte lästerten ätzte ätzten
protestieren protestiert protestierte protestierten
jubeln jubelt jubelte jubelten brüllen brüllt brüllte brüllten stöhnt stöhnte
sinnieren sinniert sinnierte relativieren relativiert relativierte relativierten
korrigieren korrigiert korrigierte berichtigen berichtigt berichtigte
analysieren analysiert analysierte postet postete posteten gepostet
"""

_COGNITION_VERBS = """
glauben glaube glaubt glaubte glaubten geglaubt
wähnt wähnte
denken denke denkt dachte dachten gedacht
hoffen hoffe hofft hoffte hofften gehofft
fürchten fürchte fürchtet fürchtete fürchteten befürchten befürchtet befürchtete
wissen weiss weiss weiss wusste wusste wussten wussten gewusst gewusst
überzeugt
zweifeln zweifle zweifelt zweifelte bezweifeln bezweifelt bezweifelte
erwarten erwarte erwartet erwartete erwarteten
erkennen erkennt erkannte erkannten erkannt
annehmen angenommen anzunehmen
halten hält hielt hielten
vergessen vergisst vergisst vergass
begreifen begreift begriff begriffen
erfahren erfährt erfuhr erfuhren
wünschen wünsche wünscht wünschte wünschten gewünscht
bedauern bedauere bedauert bedauerte bedauerten
bedenken bedenkt bedachte bedachten
vernehmen vernimmt vernahm vernahmen vernommen
beschliessen beschliesst beschloss beschlossen
befehlen befiehlt befahl befahlen befohlen
vermuthen vermuthet vermuthete vermutheten muthmassen muthmasst muthmasste
ahnen ahnt ahnte ahnten geahnt
empfehlen empfiehlt empfahl empfahlen empfohlen
bekennen bekennt bekannte bekannten
überzeugen überzeugte
lesen liest las lasen gelesen
hören hört hörte hörten
merken merkt merkte merkten gemerkt
constatiren constatirt constatirte constatirten konstatieren konstatiert konstatierte
verfügen verfügt verfügte verfügten
ausführt ausführte ausführten ausgeführt
hingewiesen hervorgehoben angedeutet
aussprechen ausgesprochen auszusprechen
anzugeben mitzuteilen mitzutheilen nachzuweisen nachgewiesen
voraussagen vorausgesagt andeuten
einwenden eingewendet eingewandt
beauftragen beauftragt beauftragte
vorschreiben vorschreibt
befürworten befürwortet befürwortete
verschweigen verschweigt verschwieg verschwiegen
kolportieren kolportirt kolportiert
urteilen urtheilen urteilt urtheilt urteilte urtheilte
einsehen eingesehen einsah einsähen
nachdenken nachgedacht
erwägen erwäge erwägt erwog erwogen
festgestellt mitteilte mittheilen mittheilte mittheilt frug erfahre wisst vernehme
verweisen verweist verwies verwiesen besagen besagt darlegen dargelegt
vorwerfen vorgeworfen angegeben wiederholen wiederholt wiederholte bezeugen bezeugt
anführen angeführt unterrichtet anzeigen angezeigt ausrufen ausrief nachwies bezweifele
gezweifelt vorausgesehen voraussehen berücksichtigen berücksichtigt einwerfen eingeworfen
entgegensetzen entgegenhalten entgegenzuhalten entdecken entdeckt entdeckte vergassen
ermessen zureden zuredete zuredeten
beantragen beantragt beantragte beantragten
"""

# Separable verbs of saying with the particle joined, as a clause that ends in its verb
# and a participle write them ("Wie die Stadt bekanntgab, C", "X hat bekanntgegeben, dass
# C", "nachdem sie einräumte, dass C")
_JOINED_CUES = """
bekanntgab bekanntgaben bekanntgibt bekanntgegeben bekanntzugeben
ankündigte ankündigten ankündigt
hinzufügte hinzufügten hinzufügt
klarstellte klarstellten klarstellt klargestellt
einräumte einräumten einräumt
zugab zugaben zugibt
vorwarf vorwarfen vorwirft
andeutete andeuteten andeutet
anmerkte anmerkten anmerkt
hinwies hinwiesen hinweist
feststellte feststellten feststellt
hervorhoben hervorhebt
zusagte zusagten zugesagt
mitteilten mitteilt
"""

_OBJECT_VERBS = """
sagte sagten sagt sagen gesagt erzählte erzählt erzählten
versicherte versichert versicherten
mitgeteilt
erklärte erklärt
bat baten bittet bitten gebeten
forderte forderten fordert aufgefordert
ersuchte ersucht ersuchten
erinnerte erinnert
warnte warnt
versprach verspricht versprochen
"""

_CONTROL_VERBS = """
bat baten bittet bitten gebeten
forderte forderten fordert aufgefordert
ersuchte ersucht ersuchten
versprach verspricht versprochen
drohte droht
mahnte mahnt ermahnte
appellierte appelliert
verlangte verlangt
"""

# Nouns and adjectives of speech and thought that take a clause: "die Nachricht, dass",
# "der Glaube, es gebe", "die Frage, ob", "die Absicht, zu …", "ist bekannt, dass".
_CLAUSE_NOUNS = """
nachricht nachrichten meldung meldungen mitteilung mitteilungen mittheilung mittheilungen
erklärung erklärungen behauptung behauptungen meinung meinungen ansicht ansichten
überzeugung ueberzeugung hoffnung hoffnungen befürchtung befürchtungen besorgnis
besorgniss gerücht gerüchte frage vermutung vermuthung annahme gedanke gedanken
wunsch wünsche aufforderung aufforderungen befehl versicherung
versicherungen zusage drohung warnung mahnung vorschlag beschluss entschluss absicht
erwartung zweifel einwand vorwurf bemerkung bemerkungen äusserung äusserungen
aeusserung bericht berichte kunde botschaft depesche beteuerung erkenntnis erkenntniss
eindruck bewusstsein entscheidung begründung ausspruch aussage aussagen
auskunft gewissheit verdacht ankündigung weisung anweisung auftrag ratschlag
erwägung überlegung ueberlegung folgerung glaube lehre vorstellung bitte
bekannt bewusst überzeugt ueberzeugt gewiss
vorwurf vorwürfe anschauung bescheid einfall einbildung hinweis warnungen
andeutung übereinkunft zugeständnis zugeständniss wahnvorstellung zeugnis zeugniss
beratung berathung vermerk entschlossenheit
begreiflich unbekannt vertraut aufmerksam rätselhaft unfasslich undenkbar denkbar
bedenklich entschlossen zweifelhaft unzweifelhaft einverstanden
wort worte worten antwort einwendung geständnis geständnisse darstellung anfrage gesuch
vorspiegelung enthüllung ungewissheit weigerung anerbieten zuschrift
parole losung motto devise wahlspruch spruch inschrift aufschrift ausruf zuruf trinkspruch
auffassung einschätzung standpunkt empfehlung
anwurf sprüchwort sprichwort wette bedauern
"""

# The mood of indirect speech: Konjunktiv I (with the pre-1901 "sey"), third person,
# where it differs from the indicative ...
_KONJUNKTIV_I = """
sei seiest seien seiet sey seyest seyen habe habest werde werdest könne könnest müsse
solle wolle dürfe möge wisse gebe komme gehe stehe liege bleibe lasse gelte fehle
bestehe handle brauche diene mache sehe trage halte
"""

# More Konjunktiv I forms of frequent verbs: a sentence with one as its own verb goes on
# a report (they double as the first person singular, which never continues one).
_KONJUNKTIV_I_MORE = """
betrage befinde gehöre entspreche bedeute beabsichtige verlange erfolge führe bringe
nehme spreche finde hänge ergebe erscheine beziehe wünsche sage glaube stimme laute
heiße scheine trete beruhe folge zeige fühle treffe verfüge bedürfe vermöge besitze
erhalte verliere erwarte hoffe fürchte denke meine arbeite lebe wohne zahle kenne
vertrete verdiene fordere ändere sende setze stelle lege ziehe falle steige sinke
wachse herrsche regiere kämpfe siege leide mangele mangle liefere biete gewähre leiste
schaffe wirke errege entstehe gelange erreiche
warte richte leite berichte koste achte beachte starte rette bete betrete
"""

# ... and the Konjunktiv II that stands in for it where it looks like the indicative.
_KONJUNKTIV_II = """
wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften
möchte möchten gäbe käme ginge stünde stände läge bliebe wüsste
"""

# Papers, magazines and bodies are named in marks after their article ("die „Zeit“
# berichtet") or after a noun of their kind ("die Gruppe „Letzte Generation“").
# nouns of what was said, after "nach" or "laut" and before their source
_SOURCE_NOUNS = (
    "den worten von,worten von,angaben von,ansicht von,den worten,einschätzung von,darstellung von,"
    "auffassung von,meinung von,informationen von,einem bericht,den berichten,"
    "einer meldung,einer mitteilung,den mitteilungen,den mittheilungen,angaben,ansicht,"
    "meinung,auffassung,worten,informationen,einschätzung,darstellung,berichten,meldungen,"
    "mitteilungen,mittheilungen,aussage von,aussagen von,aussage,aussagen,schätzung,schätzungen,"
    # the article of the dative after "laut" ("laut den Angaben der Polizei") and the nouns
    # of news copy's sources ("nach Auskunft der Feuerwehr", "nach Recherchen von X")
    "den angaben,den aussagen,der aussage,einer aussage,den informationen,der darstellung,"
    "der einschätzung,der schätzung,den schätzungen,bericht,"
    "mitteilung,auskunft,auskunft von,recherchen,recherchen von,den recherchen,erkenntnissen,"
    "erkenntnissen von,den erkenntnissen,berechnungen,berechnungen von,den berechnungen,"
    # Austrian copy's press release ("laut einer Aussendung der Gemeinde")
    "einer aussendung,der aussendung,aussendung,einer stellungnahme,der stellungnahme,"
    "stellungnahme"
)
# ... and those after "laut" only: after "nach" a singular's definite article names an
# event that went before ("Nach der Mitteilung des Senats trat Jo Roe zurück": after it,
# no source; the plural "nach den Berichten der X" stays one)
_DATIVE_SOURCE_NOUNS = "dem bericht,der meldung,der mitteilung"
# ... and those after a possessive, with its ending ("nach seinen Angaben")
_OWN_SOURCE_NOUNS = """
en_angaben en_worten en_informationen er_ansicht er_auffassung er_meinung
er_einschätzung er_darstellung er_aussage
"""
# ... and those that stand before "nach" after a possessive ("Ihrer Ansicht nach C")
_POSTPOSED_SOURCE_NOUNS = "ansicht meinung auffassung einschätzung"
# the stems of the possessives of "er" and "sie", and their forms ("seinen", "ihrer")
_HIS, _HER = "sein", "ihr"
_OWN = "eigen"  # "nach eigenen Angaben": the clause's subject is the source
_POSSESSIVES = "sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres"
_NAME_QUOTATION_ARTICLES = "der die das des dem den"
# the works whose titles stand in marks after them ("in ihrem Buch „Neue Wege“")
_WORK_NOUNS = """
buch buches film films roman romans lied liedes album albums serie oper stück theaterstück
gedicht essay kolumne song dokumentation dokumentarfilm
"""
_NAME_NOUNS = """
zeitung zeitschrift blatt blattes magazin magazins sender senders agentur nachrichtenagentur
portal portals sendung initiative gruppe bewegung bündnis bündnisses verein vereins verband
verbandes organisation partei firma unternehmen unternehmens konzern konzerns kampagne
aktion stiftung projekt projekts projektes programm programms plattform hotel hotels
restaurant restaurants klub klubs club clubs schiff schiffs schiffes dampfer dampfers
frachter frachters tanker tankers fähre boot bootes jacht yacht kreuzfahrtschiff
kreuzfahrtschiffs
"""

# Verbs whose object is a noun of speech or thought, their subject its source ("machte
# die Mitteilung, dass C", "vertrat die Auffassung, C").
_SUPPORT_VERBS = """
macht machte machten machen gibt gab gaben geben stellt stellte stellten stellen trifft traf
trafen erhebt erhob erhoben vertritt vertrat vertraten vertreten teilt teilte teilten teilen
hegt hegte hegten hegen drückt drückte drückten drücken bringt brachte brachten bringen
"""

# Forms of "sein" and "haben" that support a noun of mind ("ist der Ansicht, dass C", "hat
# die Absicht, C"), never one of asking ("Das ist die Frage, ob C": nobody asks).
_COPULA_SUPPORTS = "ist war sind waren sei seien hat hatte hatten haben"

# Participles of telling about something: "von" before them names the topic, no agent
# ("Von dem Unfall wurde berichtet, dass C"; but "Von der Stadt wurde betont, dass C").
_ABOUT_CUES = "berichtet erzählt gesprochen geredet gehört gewusst geschrieben geträumt"

# Articles of the object cases only: after a source's words they open whom it told
# ("versicherte der Bürgermeister den Anwohnern, C").
_OBJECT_DETERMINERS = """
dem den einem einen diesem diesen jenem jenen seinem seinen ihrem ihren unserem unseren
keinem keinen
"""

# Conjunctions of adverbial clauses: such a clause before a finite cue fills the first
# place of a verb-second clause, and the subject follows the cue ("Als er kam, sagte X").
_SUBORDINATORS = """
als nachdem wenn weil da obwohl obgleich obschon wiewohl während bevor ehe seit seitdem
sobald solange soweit indem falls
"""

# the last parts of bodies that speak like roles: "Innenministerium", "Landesbehörde",
# "Bundespolizei" (a body's noun: "die Polizei" refers back to no person)
_BODY_HEADS = """
ministerium ministeriums behörde behörden polizei regierung verwaltung gesellschaft
staatsanwaltschaft gewerkschaft kommission feuerwehr
"""

# the last parts of compound roles: "Konzernchef", "Gesundheitsministerin"; and of bodies that
# speak like them (_BODY_HEADS)
_ROLE_HEADS = f"""
chef chefin minister ministerin präsident präsidentin sprecher sprecherin kanzler
kanzlerin vorsitzende vorsitzender leiter leiterin direktor direktorin experte expertin
politiker politikerin botschafter botschafterin bürgermeister bürgermeisterin
geschäftsführer geschäftsführerin vorstand vorständin manager managerin analyst
analystin ökonom ökonomin forscher forscherin wissenschaftler wissenschaftlerin
meteorologe meteorologin beauftragte beauftragter sekretär sekretärin kommissar
kommissarin anwalt anwältin arzt ärztin professor professorin funktionär funktionärin
jährige jähriger redakteur redakteurin kämmerer kämmerin dezernent dezernentin
referent referentin rat rätin rath räthin hauptmann hauptfrau
{_BODY_HEADS}
"""

# ... and their plurals where they differ from the singular ("Landräte", "Staatsanwälte");
# the feminine ones ("Ministerinnen") are made by _with_feminine_plurals
_ROLE_HEAD_PLURALS = """
chefs präsidenten vorsitzenden direktoren experten analysten ökonomen meteorologen
beauftragten sekretäre kommissare anwälte ärzte professoren funktionäre jährigen
redakteure dezernenten referenten räte räthe
"""

# Compounds on a role head that name things: loudspeakers and telephones, conductors
# (electric, heat, lightning), ladders, software; stores, treason, marriage, devices,
# departments and chemistry on "rat" (council, councillor; "rath" in old spelling).
_ROLE_HEAD_LOOKALIKES = """
lautsprecher fernsprecher halbleiter supraleiter stromleiter wärmeleiter ableiter
feuerleiter strickleiter stehleiter trittleiter drehleiter anlegeleiter
passwortmanager dateimanager
vorrat verrat heirat hausrat zierrat apparat referat quadrat präparat inserat nitrat
substrat konzentrat vorrath verrath heirath hausrath zierrath vorräte vorräthe
"""

_ROLE_NOUNS = """
minister ministerin ministers bundesminister bundesministerin sprecher sprecherin
regierungssprecher präsident präsidentin präsidenten bundespräsident kanzler
kanzlerin bundeskanzler bundeskanzlerin ministerpräsident ministerpräsidentin
bürgermeister bürgermeisterin oberbürgermeister vorsitzende vorsitzender chef chefin
leiter leiterin direktor direktorin abgeordnete abgeordneter abgeordneten
experte experten expertin analyst analysten ökonom ökonomen politiker politikerin
botschafter botschafterin diplomat diplomaten general generäle kommandeur offizier
sprecher polizei polizist polizeisprecher staatsanwalt staatsanwaltschaft richter
richterin anwalt anwältin verteidiger arzt ärztin ärzte professor professorin forscher
forscherin wissenschaftler wissenschaftlerin autor autorin journalist journalistin
korrespondent korrespondentin redakteur redakteurin chefredakteur chefredakteurin
regierung ministerium behörde behörden amt
ministeriums partei fraktion ausschuss kommission rat gericht unternehmen konzern firma
verband gewerkschaft bund quelle quellen kreise augenzeuge augenzeugen zeuge zeugen
bewohner einwohner anwohner sprecherinnen mitarbeiter mitarbeiterin vertreter
vertreterin vertreter kritiker befürworter gegner beobachter insider könig königin
kaiser fürst herzog graf papst bischof pfarrer mann frau leute mensch menschen vater
mutter sohn tochter freund freundin kollege kollegin trainer spieler kapitän
berichterstatter correspondent initiant initiantin initiator initiatorin ingenieur
ingenieurin senat bundeswehr
"""

# plurals of role nouns that differ from the singular and no head above ends
_ROLE_NOUN_PLURALS = """
chefs anwälte räte diplomaten kommandeure offiziere polizisten professoren autoren
journalisten korrespondenten redakteure könige fürsten herzöge bischöfe kapitäne
"""


# The finite forms of "haben" that make a perfect ("hat gesagt", "habe betont")
_PERFECT_AUXILIARIES = "hat hatte habe hätte haben hatten hätten"
# The finite forms of "werden" that make a passive ("wurde mitgeteilt")
_PASSIVE_AUXILIARIES = "wurde wurden wird werden"
# The finite forms of the modal verbs, indicative and subjunctive ("muß" is read "muss")
_MODALS = """
kann kannst können konnte konnten könne könnte könnten
muss müssen musste mussten müsse müsste müssten
soll sollen sollte sollten solle
will wollen wollte wollten wolle
darf dürfen durfte durften dürfe dürfte dürften
mag mögen mochte mochten möge möchte möchten
"""


def _with_feminine_plurals(words: str) -> list[str]:
    """The words, and the plural of each feminine one in ``-in`` (``ministerinnen``)."""
    split = words.split()
    return split + [w + "nen" for w in split if w.endswith("in")]


# Common first names, of today and of the 19th century: where every noun is capitalised, a
# run of capitalised words names a person only with one of them (or a title) first.
_MEN_NAMES = """
adolf albert alexander alfred andreas anton armin arnold arthur august bernd bernhard
bruno carl christian christoph daniel david dieter dietrich eberhard eduard
emil erich ernst erwin eugen felix ferdinand florian frank franz friedrich fritz georg
gerhard gottfried günter günther gustav hans harald heinrich heinz helmut helmuth
herbert hermann horst hugo jakob jan joachim johann johannes jonas josef joseph jörg
jürgen karl klaus konrad kurt lars leon leopold lorenz lothar ludwig lukas manfred
marcel markus martin matthias max maximilian michael moritz niklas nikolaus norbert olaf
oliver oskar otto patrick paul peter philipp rainer ralf reinhard richard robert roland
rolf rudolf rüdiger sebastian siegfried stefan stephan sven theodor thomas thorsten tim
tobias torsten ulrich uwe volker walter werner wilhelm wolfgang
"""

_WOMEN_NAMES = """
agnes alexandra amalie andrea angela angelika anja anna anne annette antje barbara
bärbel beate bettina birgit brigitte carola caroline charlotte christa christiane
christina claudia cornelia dagmar doris dorothea edith elfriede elisabeth elke ella
emilie emma erika eva franziska frieda friederike gabriele gerda gertrud gisela
gudrun hannah hedwig heike helene helga henriette hildegard ilse ingrid irene iris
jana johanna julia jutta karin katharina kathrin katja katrin klara kristina laura lea
lena lina lisa louise luise magdalena maria marie marion martha melanie monika nadine
nicole petra renate rosa sabine sandra sarah silke simone sofia sophie stefanie
susanne svenja tanja ursula ute verena vera waltraud wilhelmine
"""


# the media words that are common nouns: "berichtet die Zeitung" names no outlet
_MEDIA_NOUNS = frozenset(
    {"zeitung", "blatt", "presse", "agentur", "nachrichtenagentur", "sender", "fernsehen"}
    | {"rundfunk", "radio", "magazin", "portal", "journal", "blog"}
)

# Particle verbs of saying joined to their particle or apart from it: "Der Minister setzte
# dem Rat auseinander, dass C", "führt zum Beweis an, dass C", "zeigte dem Haus an, dass C",
# "legte ihm nahe, C", "hielt ihm entgegen, C", "wies sie an, C", "kamen überein, C"
# the particles of _PARTICLE_CUES that are prepositions too
_PREPOSITIONS = frozenset(("an", "nach", "zu", "bei"))
_PARTICLE_CUES = tuple(
    f"{stem} {particle}"
    for particle, stems in (
        ("auseinander", ("setzt", "setzte", "setzen", "setzten")),
        ("an", ("führt", "führte", "führen", "führten")),
        ("an", ("zeigt", "zeigte", "zeigen", "zeigten")),
        ("nahe", ("legt", "legte", "legen", "legten")),
        ("entgegen", ("hält", "hielt", "halten", "hielten")),
        ("anheim", ("stellt", "stellte", "gibt", "gab")),
        ("an", ("weist", "wies", "weisen", "wiesen")),
        ("überein", ("kommt", "kam", "kommen", "kamen")),
        # "„Q“, hakte Jo Roe nach", "winkte die Ministerin ab": replies of news copy
        ("nach", ("hakt", "hakte", "haken", "hakten", "schiebt", "schob", "schoben")),
        ("nach", ("legt", "legte", "legten")),
        ("ab", ("winkt", "winkte", "winkten", "wiegelt", "wiegelte", "wiegelten")),
        ("ein", ("gesteht", "gestand", "gestanden")),
        ("zu", ("stimmte", "stimmten")),
        ("bei", ("pflichtet", "pflichtete", "pflichteten")),
        ("heraus", ("platzt", "platzte", "platzten")),
        ("an", ("fügt", "fügte", "fügten")),
    )
    for stem in stems
)

LEXICON = Lexicon(
    code="de",
    name="German",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        # typewriter copy (and the corpus period's reprints) closes „ with a straight mark
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", '"'),
        ('"', '"'),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{SINGLE LOW-9 QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}"),
        (
            "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
            "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        ),
        # Swiss copy quotes in «…», and within them, or for a term, in ‹…›
        (
            "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
            "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        ),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS + _JOINED_CUES).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset(
        {"fragte", "fragten", "fragt", "fragen", "gefragt", "frug", "frage", "anfrage"}
    ),
    cue_phrases=(
        "teilte mit",
        "teilten mit",
        "teilt mit",
        "theilte mit",
        "theilten mit",
        "teile mit",
        "theilt mit",
        "fügte hinzu",
        "fügten hinzu",
        "fügt hinzu",
        "setzte hinzu",
        "setzt hinzu",
        "fuhr fort",
        "fährt fort",
        "führte aus",
        "führt aus",
        "führten aus",
        "gab an",
        "gaben an",
        "gibt an",
        "gab bekannt",
        "gaben bekannt",
        "gibt bekannt",
        "gab zu",
        "gibt zu",
        "gab zu bedenken",
        "räumte ein",
        "räumt ein",
        "räumten ein",
        "stellte fest",
        "stellt fest",
        "stellten fest",
        "stellte klar",
        "stellt klar",
        "hob hervor",
        "hebt hervor",
        "wies darauf hin",
        "weist darauf hin",
        "wiesen darauf hin",
        "weisen darauf hin",
        "wies hin",
        "weist hin",
        "weist nach",
        "kündigte an",
        "kündigt an",
        "kündigten an",
        # "warnte vor einem Kahlschlag", "sprach von einem „Skandal“": the noun phrase
        # after the preposition is what was said (of "von" only with a quotation)
        "warnte vor",
        "warnten vor",
        "warnt vor",
        "sprach von",
        "sprachen von",
        "spricht von",
        "sprach sich aus",
        "deutete an",
        "deutet an",
        "merkte an",
        "merkt an",
        "rief auf",
        "ruft auf",
        "riefen auf",
        "rief zu",
        "schloss aus",
        "schloss aus",
        "zeigte sich überzeugt",
        "zeigte sich zuversichtlich",
        # "„Q“, freute sich die Bürgermeisterin": a feeling voiced
        "freute sich",
        "freuten sich",
        "freut sich",
        "empörte sich",
        "ärgerte sich",
        "wunderte sich",
        "beschwerte sich",
        "zeigt sich überzeugt",
        "machte deutlich",
        "macht deutlich",
        "machte klar",
        "schrieb auf x",
        "schrieb auf twitter",
        "schrieb bei x",
        "schrieb im internet",
        "erklärte in einer mitteilung",
        "hiess es",
        "heisst es",
        "hiess es",
        "heisst es",
        "verlautete aus",
        "erfahren aus",  # "wie aus dem Ministerium zu erfahren war": the source after "aus"
        "geht davon aus",
        "gehen davon aus",
        "ging davon aus",
        "gingen davon aus",
        "rechnet damit",
        "rechnen damit",
        "rechnete damit",
        "rechneten damit",
        # joined to a particle that is no preposition ("an der Spitze", "legte nach
        # Angaben der Polizei" are none)
        *(cue for cue in _PARTICLE_CUES if cue.rsplit(" ", 1)[1] not in _PREPOSITIONS),
    ),
    separable_cues=(
        # "Er sei zufrieden, ließ der Minister über einen Sprecher mitteilen.": had it said
        *(
            f"{let} {say}"
            for let in ("ließ", "ließen", "lässt", "lassen")
            for say in ("mitteilen", "erklären", "ausrichten", "verlauten", "wissen")
        ),
        "schlug vor",
        "schlägt vor",
        "schlugen vor",
        # "„Q“, gab die Ministerin zu bedenken", "gab X zu verstehen", "gab X zu
        # Protokoll": the word after "zu" closes the clause
        *(
            f"{gave} {what}"
            for gave in ("gab", "gibt", "gaben")
            for what in ("bedenken", "verstehen", "protokoll")
        ),
        "gab an",
        "gibt an",
        "gaben an",
        "gab zu",
        "gibt zu",
        "gab bekannt",
        "gibt bekannt",
        "wies hin",
        "weist hin",
        "wiesen hin",
        # "wies den Vorwurf zurück, sie habe C": the rejection's grounds
        "wies zurück",
        "weist zurück",
        "wiesen zurück",
        "hob hervor",
        "hebt hervor",
        "stellte fest",
        "stellt fest",
        "stellten fest",
        "stellte klar",
        "stellt klar",
        "stellte dar",
        "stellt dar",
        "räumte ein",
        "räumt ein",
        "wandte ein",
        "wendet ein",
        "warf ein",
        "warf vor",
        "wirft vor",
        "warfen vor",
        "hielt vor",
        "hält vor",
        "führte aus",
        "führt aus",
        "fuhr fort",
        "fährt fort",
        "kündigte an",
        "kündigt an",
        "merkte an",
        "merkt an",
        "deutete an",
        "deutet an",
        "sicherte zu",
        "sichert zu",
        "legte dar",
        "legt dar",
        "brachte vor",
        "trug vor",
        "nahm an",
        "nimmt an",
        "sah ein",
        "gestand zu",
        "ordnete an",
        "erkannte an",
        "rief aus",
        "ruft aus",
        "sprach aus",
        "spricht aus",
        "fragte an",
        "fragte nach",
        "fragt nach",
        "sagte zu",
        "sagt zu",
        "sagte voraus",
        "sagt voraus",
        "sagte aus",
        "sagt aus",
        "hielt fest",
        "hält fest",
        "nehme an",
        "nehmen an",
        "nahmen an",
        "forderte auf",
        "fordert auf",
        "forderten auf",
        "schrieb zurück",
        "schreibt zurück",
        "rief zurück",
        "fragte zurück",
        "gab zurück",
        "gibt zurück",
        # the plural of the present, and of the past where the lists above lack it
        # ("Die Forscher geben zu, dass C", "Die Ärzte stellen am Montag fest, C")
        "teilen mit",
        "fügen hinzu",
        "setzen hinzu",
        "setzten hinzu",
        "fahren fort",
        "fuhren fort",
        "führen aus",
        "geben an",
        "geben bekannt",
        "geben zu",
        "gaben zu",
        "räumen ein",
        "stellen fest",
        "stellen klar",
        "stellten klar",
        "heben hervor",
        "hoben hervor",
        "weisen nach",
        "wiesen nach",
        "kündigen an",
        "deuten an",
        "deuteten an",
        "merken an",
        "merkten an",
        "rufen auf",
        "schlagen vor",
        "wenden ein",
        "wandten ein",
        "werfen vor",
        "halten vor",
        "hielten vor",
        "stellen dar",
        "stellten dar",
        "sichern zu",
        "sicherten zu",
        "legen dar",
        "legten dar",
        "bringen vor",
        "brachten vor",
        "tragen vor",
        "trugen vor",
        "ordnen an",
        "ordneten an",
        "erkennen an",
        "erkannten an",
        "rufen aus",
        "riefen aus",
        "sprechen aus",
        "sprachen aus",
        "fragen nach",
        "fragten nach",
        "sagen voraus",
        "sagten voraus",
        "sagen aus",
        "sagten aus",
        "halten fest",
        "hielten fest",
        "geben zurück",
        "gaben zurück",
        *_PARTICLE_CUES,
    ),
    knowing_verbs=frozenset({"wissen", "weiss", "weisst", "wisst", "wusste", "wussten", "gewusst"}),
    # adverbs of degree before an adjective ("ein sehr erfahrener Kenner")
    degree_adverbs=frozenset({"sehr", "besonders", "äusserst", "höchst", "überaus", "ganz"}),
    # set phrases of the writer's that attribute nothing: "Die Fähre hat, wie gesagt, …"
    formulas=(
        "wie gesagt",
        "wie schon gesagt",
        "offen gesagt",
        "ehrlich gesagt",
        "kurz gesagt",
        "anders gesagt",
        "gelinde gesagt",
        "nebenbei gesagt",
        "nebenbei bemerkt",
        "beiläufig bemerkt",
        "so zu sagen",
    ),
    verb_particles=frozenset(
        {
            "ab",
            "an",
            "auf",
            "aus",
            "ein",
            "hervor",
            "zurück",
            "los",
            "weg",
            "heraus",
            "herum",
            "zusammen",
            "dar",
            "um",
            "vor",
            "nach",
            "hin",
            "fort",
            "hinzu",
            "voraus",
            "mit",
            "entgegen",
            "nieder",
            "auseinander",
            "nahe",
            "anheim",
            "überein",
        }
    ),
    naming_cues=(
        "nannte",
        "nannten",
        "nennt",
        "nennen",
        "genannt",
        "bezeichnete",
        "bezeichneten",
        "bezeichnet",
        "beschrieb",
        "titulierte",
    ),
    # "nach Angaben der Polizei", "laut einem Bericht der Zeitung": the noun of what
    # was said before its source (the table reads the longest phrase first)
    source_phrases=(
        *(f"{opener} {noun}" for opener in ("nach", "laut") for noun in _SOURCE_NOUNS.split(",")),
        *(f"laut {noun}" for noun in _DATIVE_SOURCE_NOUNS.split(",")),
        # "nach seinen Angaben", "nach ihrer Einschätzung": the possessive is the source
        *(
            f"nach {owner}{noun.replace('_', ' ')}"
            for owner in (_HIS, _HER, _OWN)
            for noun in _OWN_SOURCE_NOUNS.split()
        ),
        # "Ihrer Ansicht nach C": the noun and its postposition after the possessive
        *(
            f"{owner}er {noun} nach"
            for owner in (_HIS, _HER)
            for noun in _POSTPOSED_SOURCE_NOUNS.split()
        ),
        "wie er sagte",
        "wie sie sagte",
        "laut",
        "so",
        # "„Q.“ Soweit der Minister.": only as a sentence of its own after a quotation
        "so weit",
        "soweit",
    ),
    source_postpositions=frozenset({"zufolge"}),
    content_prepositions=frozenset({"vor"}),
    marked_content_prepositions=frozenset({"von"}),
    own_source_words=frozenset({f"{_OWN}en", f"{_OWN}er"}),
    report_continuers=frozenset({"demnach"}),
    pronouns=frozenset({"er", "sie", "es", "ich", "jch", "wir", "ihr", "man"}),
    person_pronouns=frozenset({"er", "sie"}),
    # "er" agrees with a masculine noun, never with "die Polizei" or a woman; "sie" may be
    # plural as well, so it marks no gender
    masculine_words=frozenset(
        {"er", "ihm", "herr", "herrn"} | {w for w in _POSSESSIVES.split() if w.startswith(_HIS)}
    ),
    possessive_determiners=frozenset(_POSSESSIVES.split()),
    first_names=frozenset((_MEN_NAMES + _WOMEN_NAMES).split()),
    # "der" alone is the genitive's article, no name's particle: "des Bundes der
    # Steuerzahler" (but "Ursula von der Leyen")
    name_particles=NAME_PARTICLES - {"der"},
    feminine_names=frozenset(_WOMEN_NAMES.split()),
    # "Anna", "Sabine": a woman; "Paul Lang" a man ("sie" stands for no "Paul"), but
    # not the men's names that end so too; and men's names known as such ("Kai")
    feminine_name_endings=("a", "e"),
    masculine_names=frozenset(
        ("ole", "uwe", "mike", "sascha", "luca", "nikola", "kai", "jona", "elia")
    ),
    feminine_noun_endings=("ei", "ung", "heit", "keit", "schaft", "ion", "tät", "in"),
    modifier_endings=("e", "en", "er", "es", "em", "s"),
    # "die Hafen AG … sagte das Unternehmen": a noun of a kind of body refers to the body
    # named before whose name carries a word of that kind
    body_nouns=frozenset({"unternehmen", "konzern", "firma", "bank", *_BODY_HEADS.split()}),
    body_designators=tuple(
        (noun, mark)
        for noun in ("unternehmen", "konzern", "firma")
        for mark in ("ag", "gmbh", "se", "kg", "kgaa", "holding", "gruppe", "group")
    ),
    pronouns_take_noun_gender=True,  # "der Verband … er", "die Polizei … sie"
    # the texts and events that carry what was said: "hieß es in einer Mitteilung"
    medium_nouns=frozenset(
        {
            "mitteilung",
            "pressemitteilung",
            "erklärung",
            "presseerklärung",
            "stellungnahme",
            "schreiben",
            "brief",
            "interview",
            "bericht",
            "papier",
            "beschlussvorlage",
        }
    ),
    lower_case_outlets=frozenset({"dpa", "epd", "taz"}),
    press_roles=(
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "journalist",
        "journalistin",
        "reporter",
        "reporterin",
        "autor",
        "autorin",
        "mitarbeiter",
        "mitarbeiterin",
    ),
    singular_plural_pronouns=frozenset({"sie"}),  # "sagte sie" (she), "sagten sie" (they)
    plural_verb_endings=("en",),
    feminine_words=frozenset(
        # "ihr zufolge": the feminine dative ("ihr" as a subject, you, is rare in news)
        {"frau", "ihr"}
        | {w for w in (_ROLE_NOUNS + _ROLE_HEADS).split() if w.endswith("in")}
        # "nach ihren Angaben": hers, or a feminine body's ("die Polizei")
        | {w for w in _POSSESSIVES.split() if w.startswith(_HER)}
    ),
    indefinites=frozenset({"ein", "eine", "einer", "eines", "einem", "einen"}),
    object_pronouns=frozenset({"ihm", "ihn", "ihnen", "mir", "mich", "uns", "euch", "dir", "dich"}),
    relative_pronouns=frozenset({"der", "die", "welcher", "welche", "welches", "denen"}),
    possessive_relatives=frozenset({"dessen", "deren"}),
    free_relatives=frozenset({"wer"}),
    text_announcers=frozenset(
        {"folgendes", "folgende", "folgenden", "folgender", "nachstehendes", "nachstehende"}
    ),
    noun_like_cues=frozenset(
        {
            "meinen",
            "meine",
            "bitte",
            "bitten",
            "frage",
            "fragen",
            "klage",
            "klagen",
            "rufe",
            "sage",
            "sagen",
            "rede",
            "reden",
            "halten",
            "hält",
            "hielt",
            "wissen",
            "denken",
            "glauben",
            "hoffen",
            "melden",
            "schätzen",
            "erwarten",
            "schreiben",
            "lautet",
            "heisst",
            "sprach",
            "sprachen",
            "spricht",
            "erkennen",
            "erkannt",
            "erzählen",
            "gedacht",
            "bittet",
            "lautete",
            "erinnern",
            "erwähnte",
            "erwähnten",
            "gemeldet",
            "geschätzt",
            "geschrieben",
            "versprochen",
            "gefordert",
            "nehme",
            "nimmt",
            "nahm",
            "nahmen",
            "angenommen",
            "hielten",
            "vergessen",
            "vergass",
            "begreift",
            "begriff",
            "begriffen",
            "erfahren",
            "erfährt",
            "erfuhr",
            "erfuhren",
        }
    ),
    first_person=frozenset(
        {"ich", "jch", "wir", "mein", "meine", "meinen", "unser", "unsere", "mir", "mich", "uns"}
    ),
    determiners=frozenset(
        {
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "dieser",
            "diese",
            "dieses",
            "diesem",
            "diesen",
            "jener",
            "jene",
            "sein",
            "seine",
            "seiner",
            "seinem",
            "seinen",
            "ihr",
            "ihre",
            "ihrem",
            "ihren",
            "ihres",
            "unser",
            "unsere",
            "mein",
            "meine",
            "kein",
            "keine",
            "alle",
            "beide",
            "viele",
            "einige",
            "mehrere",
            "zwei",
            "drei",
            "jeder",
            "jede",
            "jedes",
            "manche",
            "andere",
        }
    ),
    name_quotation_articles=frozenset(_NAME_QUOTATION_ARTICLES.split()),
    name_nouns=frozenset(_NAME_NOUNS.split()),
    # "in ihrem Buch „Neue Wege“": a work's title, no words spoken
    work_nouns=frozenset(_WORK_NOUNS.split()),
    object_determiners=frozenset(_OBJECT_DETERMINERS.split()),
    subject_determiners=frozenset({"der"}),
    genitive_determiners=frozenset(
        {"der", "des", "eines", "einer", "dieses", "dieser", "seines", "seiner", "ihres", "ihrer"}
    ),
    # "schloss mit den Worten: C": the means of speaking, its clause's subject speaks
    instrument_prepositions=frozenset({"mit"}),
    auxiliaries=frozenset(
        {
            "hat",
            "habe",
            "hatte",
            "hatten",
            "haben",
            "hätte",
            "ist",
            "sei",
            "sind",
            "war",
            "waren",
            "wäre",
            "wird",
            "werde",
            "werden",
            "würde",
            "würden",
            "soll",
            "sollte",
            "solle",
            "kann",
            "könne",
            "konnte",
            "muss",
            "musste",
            "auch",
            "bereits",
            "schon",
            "noch",
            "ebenfalls",
            "zudem",
            "ausserdem",
            "nun",
            "jetzt",
            "heute",
            "gestern",
            "damals",
            "dann",
            "immer",
            "wieder",
            "erneut",
            "nicht",
            "nie",
            "stets",
            "ausdrücklich",
            "öffentlich",
            "mehrfach",
            "mehrmals",
            "wiederholt",
            "abermals",
            "erst",
            "inzwischen",
            "mittlerweile",
            "bislang",
            "bisher",
            "nachdrücklich",
            "eindringlich",
            "später",
            "zuvor",
            "jedoch",
            "aber",
            "allerdings",
            "freilich",
            "doch",
            "ja",
            "zwar",
            "selbst",
            "offen",
            "klar",
            "deutlich",
            "weiter",
            "ferner",
            "hier",
            "dort",
            "einst",
            "sogar",
            "gern",
            "lieber",
            "ihm",
            "ihr",
            "ihnen",
            "mir",
            "uns",
            "darauf",
            "daher",
            "deshalb",
            "also",
            "ganz",
            "sehr",
            "einmal",
            "neulich",
            "kürzlich",
            "nur",
            "wörtlich",
            "gleich",
            "zugleich",
            "gleichzeitig",
            "anschliessend",
            "abschliessend",
            "schliesslich",
            "zuletzt",
            "zunächst",
            "zuerst",
            "weiterhin",
            "ebenso",
            "hingegen",
            "indes",
            "indessen",
            "überdies",
            "nochmals",
            "etwa",
            "unterdessen",
            "derweil",
            "währenddessen",
            "sofort",
            # sentence adverbs that open a clause before its inverted subject ("Übrigens
            # sagte der Minister, C"), no speaker
            "übrigens",
            "uebrigens",
            "natürlich",
            "jedenfalls",
            "immerhin",
            "dennoch",
            "trotzdem",
            "tatsächlich",
            "offenbar",
            "offensichtlich",
            "vermutlich",
            "angeblich",
            "eigentlich",
            "deswegen",
            "nämlich",
        }
    ),
    passive_auxiliaries=frozenset([*_PASSIVE_AUXILIARIES.split(), "worden", "ward"]),
    preposed_agents=frozenset({"von", "vom", "seitens"}),
    # "„Q“, hat Jo Roe gesagt.", "C, habe der Minister am Montag betont."
    inverted_perfect_auxiliaries=frozenset(_PERFECT_AUXILIARIES.split()),
    # "Jo Roe hat gesagt, C", "Es wurde mitgeteilt: C": the cue as written with the
    # auxiliary right before it (apart from it, "hat am Montag gesagt", the participle)
    cue_auxiliaries=frozenset(_PERFECT_AUXILIARIES.split() + _PASSIVE_AUXILIARIES.split()),
    about_cues=frozenset(_ABOUT_CUES.split()),
    complementizers=frozenset({"dass"}),
    conjunctions=frozenset(
        {
            "und",
            "aber",
            "doch",
            "sondern",
            "oder",
            "während",
            "wobei",
            "jedoch",
            "denn",
            "weil",
            "da",
            "obwohl",
            "wenn",
            "als",
            "nachdem",
            "bevor",
            "sodass",
            "sowie",
            "so",
        }
    ),
    clause_openers=frozenset(
        {
            "was",
            "wie",
            "warum",
            "weshalb",
            "wieso",
            "wo",
            "wann",
            "wer",
            "wem",
            "wen",
            "wessen",
            "welche",
            "welcher",
            "welches",
            "ob",
            "dass",
            "worauf",
            "woran",
            "worüber",
            "wovon",
            "womit",
            "wozu",
            "wohin",
            "woher",
        }
    ),
    sentence_adverbs=frozenset({"jetzt", "vielleicht", "so"}),
    phrase_prepositions=frozenset({"von", "des", "für"}),
    possessive_endings=("'s", "’s"),
    reference_phrases=("unter Berufung auf",),
    correlative_openers=("nicht nur",),
    clause_placeholders=frozenset({"es"}),
    as_words=frozenset({"wie"}),
    content_stops=frozenset({"so"}),
    clause_conjunctions=frozenset({"und", "aber", "denn"}),
    title_case_datelines=True,  # "Hannover. Die …", "Berlin – Der …"
    verb_second=True,
    complement_comma=True,
    capitalised_nouns=True,
    clause_nouns=frozenset(_CLAUSE_NOUNS.split()),
    adverbial_openers=frozenset({"um", "ohne", "statt", "anstatt"}),
    subordinators=frozenset(_SUBORDINATORS.split()),
    support_verbs=frozenset(_SUPPORT_VERBS.split()),
    copula_supports=frozenset(_COPULA_SUPPORTS.split()),
    amount_prepositions=frozenset({"über", "bis"}),
    noun_adjectives=frozenset({"voller", "voll"}),
    article_contractions=frozenset(
        [
            "am",
            "ans",
            "aufs",
            "beim",
            "durchs",
            "fürs",
            "hinterm",
            "hinters",
            "im",
            "ins",
            "jm",
            "jns",
            "übers",
            "überm",
            "ums",
            "unterm",
            "unters",
            "vom",
            "vorm",
            "vors",
            "zum",
            "zur",
        ]
    ),
    subjunctive_forms=frozenset((_KONJUNKTIV_I + _KONJUNKTIV_II).split()),
    indirect_mood_forms=frozenset((_KONJUNKTIV_I + _KONJUNKTIV_I_MORE).split()),
    subjunctive_endings=("e",),
    indicative_endings=("te",),
    infinitive_particle="zu",
    joined_infinitive_endings=("en",),
    ordinal_full_stop=True,
    finite_verb_endings=("t", "te", "ten"),
    finite_verbs=frozenset(
        {
            "war",
            "waren",
            "kam",
            "kamen",
            "gab",
            "gaben",
            "sah",
            "ging",
            "fand",
            "nahm",
            "blieb",
            "lag",
            "stand",
            "trat",
            "bot",
            "zog",
            "wird",
            "kann",
            "muss",
            "soll",
            "will",
            "mag",
            "darf",
            "sei",
            "habe",
            "werde",
            "wäre",
            "würde",
            "hätte",
        }
    ),
    finite_auxiliaries=frozenset(
        {"ist", "war", "sind", "waren", "hat", "hatte", "haben", "hatten", "wird", "wurde"}
        | set(_MODALS.split())
    ),
    reflexive_pronouns=frozenset({"sich"}),
    impersonal_pronouns=frozenset({"es"}),
    # "Man darf nicht vergessen, C", "Wir müssen hoffen, C": generic, or the writer
    unresolved_pronouns=frozenset({"man", "wir", "ich", "jch"}),
    # "hieß es in Berlin": a name bare of an article after "in" is where, not who
    place_prepositions=frozenset({"in"}),
    # "hieß es in der (ukrainischen) Hauptstadt", "in der Region": where, not who
    place_nouns=("stadt", "metropole", "region", "provinz"),
    prepositions=frozenset(
        {
            "an",
            "am",
            "auf",
            "aus",
            "bei",
            "beim",
            "durch",
            "für",
            "gegen",
            "hinter",
            "in",
            "im",
            # "Jn der ersten Abhandlung": the pre-1900 Fraktur print of "In", as "Jch"
            "jn",
            "jm",
            "jns",
            "ins",
            "mit",
            "nach",
            "neben",
            "ohne",
            "über",
            "ueber",  # "Ueber den Plan …": the capital Ü printed as "Ue" (pre-1900, ASCII copy)
            "um",
            "unter",
            "von",
            "vom",
            "vor",
            "zu",
            "zum",
            "zur",
            "zwischen",
            "seit",
            "während",
            "wegen",
            "trotz",
            "gegenüber",
            "bis",
            "ab",
            "ausser",
            "entlang",
            "innerhalb",
            "ausserhalb",
            "dazu",
            "darüber",
            "davon",
            "damit",
            "dafür",
            "dabei",
            "hinzu",
            "fort",
            "zurück",
            "hervor",
            "fest",
            "klar",
            "bekannt",
            "hin",
            "daraufhin",
            "darin",
            "darauf",
            "daran",
            "darunter",
            "dadurch",
            "dagegen",
            "daneben",
            "danach",
            "davor",
            "dahinter",
            "darum",
            "daraus",
            "dazwischen",
            "demgegenüber",
            "hierzu",
            "hierbei",
            "hierfür",
            "hierauf",
            "hierüber",
            "woraufhin",
        }
    ),
    time_words=frozenset(
        {
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
            "heute",
            "gestern",
            "morgen",
            "vorgestern",
            "abend",
            "abends",
            "früh",
            "mittag",
            "nachmittag",
            "vormittag",
            "nacht",
            # "sagte der Wirt eines Morgens", "sagte sie nachts": the adverbial genitive
            "morgens",
            "mittags",
            "nachmittags",
            "vormittags",
            "nachts",
            "zuvor",
            "bereits",
            "schon",
            "erneut",
            "wieder",
            "auch",
            "ebenfalls",
            "zudem",
            # "C, so X weiter", "hieß es weiter": going on with what was said
            "weiter",
            "weiterhin",
            "ferner",
            "ausserdem",
            "öffentlich",
            "kürzlich",
            "jüngst",
            "neulich",
            "damals",
            "später",
            "woche",
            "monat",
            "jahr",
            "vergangene",
            "vergangenen",
            "letzte",
            "letzten",
        }
    ),
    role_nouns=frozenset(_with_feminine_plurals(_ROLE_NOUNS + _ROLE_NOUN_PLURALS)),
    role_heads=tuple(_with_feminine_plurals(_ROLE_HEADS + _ROLE_HEAD_PLURALS)),
    role_head_lookalikes=tuple(_ROLE_HEAD_LOOKALIKES.split()),
    # "sagte der Politiker": the one person in reach; "der Arzt" names a role of its own
    epithets=frozenset({"politiker", "politikerin", "politikers"}),
    former_modifiers=frozenset(
        {"frühere", "früherer", "früheren", "ehemalige", "ehemaliger", "ehemaligen", "ex-"}
    ),
    titles=frozenset(
        {
            "herr",
            "herrn",
            "frau",
            "dr",
            "prof",
            "professor",
            "bundeskanzler",
            "bundeskanzlerin",
            "kanzler",
            "kanzlerin",
            "minister",
            "ministerin",
            "präsident",
            "präsidentin",
            "bundespräsident",
            "ministerpräsident",
            "bürgermeister",
            "oberbürgermeister",
            "aussenminister",
            "innenminister",
            "verteidigungsminister",
            "finanzminister",
            "wirtschaftsminister",
            "gesundheitsminister",
            "justizminister",
            "regierungssprecher",
            "sprecher",
            "sprecherin",
            "general",
            "oberst",
            "papst",
            "könig",
            "königin",
            "kaiser",
            "fürst",
            "graf",
            "gräfin",
            "freiherr",
            "baron",
            "erzherzog",
            "herzog",
            "prinz",
            "prinzessin",
            "sankt",
            "st",
            "ehemalige",
            "ehemaliger",
            "frühere",
            "früherer",
            "ex-kanzler",
            "vizekanzler",
            "chef",
            "chefin",
            "abgeordnete",
            "abgeordneter",
            "staatssekretär",
            "senator",
            "hofrat",
            "geheimrat",
            "pfarrer",
            "bischof",
            "kardinal",
            "exzellenz",
            "se",
            "majestät",
            "hoheit",
        }
    ),
    media_words=frozenset(
        {
            # the Swiss wire (Keystone-SDA): "berichtet die SDA"
            "sda",
            "keystone-sda",
            "kna",
            "epd",
            "welt",
            "bild",
            "faz",
            "sz",
            "taz",
            "handelsblatt",
            "stern",
            "focus",
            "tagesschau",
            "tagesspiegel",
            "zeitungen",
            "allgemeine",
            "rundschau",
            "anzeiger",
            "kurier",
            "nachrichten",
            "ndr",
            "wdr",
            "br",
            "mdr",
            "swr",
            "hr",
            "rbb",
            "srf",
            "online",
            "tageblatt",
            "morgenpost",
            "abendblatt",
            "merkur",
            "boten",
            "bote",
            "grenzboten",
            "correspondent",
            "korrespondenz",
            "gazette",
            "medien",
            "presse-agentur",
            "redaktionsnetzwerk",
            "rnd",
            "bild-zeitung",
            "mediengruppe",
            "deutschlandfunk",
        }
    )
    | _MEDIA_NOUNS
    | INTERNATIONAL_MEDIA,
    media_nouns=_MEDIA_NOUNS,
    # the media in general: "wie die Zeitungen berichten", "laut Medien" name no outlet
    generic_media=frozenset(
        {"medien", "zeitungen", "blätter", "blättern", "zeitschriften", "presse"}
    ),
    platform_words=PLATFORMS,
    attribution_cues=(
        "laut",
        # a credit line: "Quelle: dpa"
        "quelle:",
        "berichtet",
        "berichtete",
        "berichten",
        "berichteten",
        "meldet",
        "meldete",
        "wie die",
        "wie der",
        "wie das",
        "unter berufung auf",
        "mit verweis auf",
        "zitiert von",
        "gegenüber",
        "gegenüber der",
        "gegenüber dem",
        "sagte der",
        "sagte dem",
        "im interview mit",
        "in einem interview mit",
    ),
    attribution_verbs=(
        "berichtet",
        "berichtete",
        "berichten",
        "berichteten",
        "meldet",
        "meldete",
        "melden",
        "schreibt",
        "schrieb",
        "schreiben",
        "zitiert",
        "zitierte",
    ),
    anaphoric_cues=(
        "dies teilte",
        "dies teilten",
        "das teilte",
        "das teilten",
        "dies sagte",
        "dies sagten",
        "das sagte",
        "das sagten",
        "dies erklärte",
        "dies erklärten",
        "das erklärte",
        "das erklärten",
        "dies berichtete",
        "dies berichteten",
        "das berichtete",
        "das berichtet",
        "dies berichtet",
        "das berichteten",
        "dies meldete",
        "das meldete",
        "dies meldet",
        "das meldet",
        "dies bestätigte",
        "das bestätigte",
        "dies gab",
        "das gab",
        "dies schrieb",
        "das schrieb",
        "dies betonte",
        "das betonte",
        "dies kündigte",
        "das kündigte",
        "das geht aus",
        "dies geht aus",
        "das ging aus",
        "dies ging aus",
    ),
    byline_words=("Von",),
    background_markers=(
        "zur erinnerung",
        "hintergrund",
        "zum hintergrund",
        "kontext",
        "zur vorgeschichte",
        "vorgeschichte",
        "chronologie",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "vor einem jahr",
        "vor zwei jahren",
        "im vorjahr",
        "zur erinnerung:",
        "zur erinnerung,",
        "wie bereits berichtet",
        "wie berichtet,",
        "wie berichtet",
        "wie bekannt,",
        "wie bekannt",
        "bekanntlich",
        "zuvor hatte",
        "zuvor hatten",
        "zuvor war",
        "zuvor,",
        "bereits zuvor",
        "bereits im",
        "bereits vor",
        # "Bereits in den vergangenen drei Wintern hatte …": a span of time before the news
        "bereits in den vergangenen",
        "bereits in den letzten",
        "schon in den vergangenen",
        "schon in den letzten",
        "schon zuvor",
        "früher,",
        # "Im vergangenen Monat war es …", "Erst vor drei Jahren hatte …", "Damals …":
        # the time before the news
        "im vergangenen",
        "vergangenen monat",
        "erst im vergangenen",
        "erst vor",
        "vor drei jahren",
        "vor einigen jahren",
        "vor wenigen jahren",
        "damals",
        "seinerzeit",
        "zuletzt hatte",
        "zuletzt hatten",
        "zuletzt war",
        "vergangene woche",
        "in den vergangenen jahren",
        "in den letzten jahren",
        "hintergrund:",
        "schon im",
        "schon vor",
    ),
    # the months as a page's date line prints them (4. März 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("januar", "jänner"),
        ("februar", "feber"),
        ("märz",),
        ("april",),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august",),
        ("september",),
        ("oktober",),
        ("november",),
        ("dezember",),
    ),
    section_markers=(
        "details",
        "mehr dazu",
        "lesen sie auch",
        "aktualisiert",
        "update",
        "video",
        "foto",
        "zitat",
        "meinung",
        "kommentar",
        "analyse",
        "das wichtigste",
        "was wir wissen",
        "quelle",
        "anzeige",
        "werbung",
        "themen",
    ),
    # alone on their line above other stories' headlines ("Mehr zum Thema")
    listing_labels=(
        "mehr zum thema",
        "lesen sie auch",
        "lesen sie mehr",
        "auch interessant",
        "das könnte sie auch interessieren",
    ),
    interviewer_labels=frozenset({"frage", "f", "interviewer"}),
    answer_labels=frozenset({"antwort"}),
    boilerplate=(
        "lesen sie auch",
        "lesen sie mehr",
        "mehr zum thema",
        "auch interessant",
        "folgen sie uns",
        "abonnieren",
        "foto:",
        "bild:",
        "quelle:",
        "anzeige",
        "werbung",
        "teilen",
        "alle rechte vorbehalten",
        "copyright",
        "© dpa",
        "hier klicken",
    ),
    abbreviations=frozenset(
        {
            "dr",
            "v",
            "frhr",  # Freiherr, Freifrau before a name ("Frhr. v. Lind")
            "frfr",
            "prof",
            "hr",
            "hrn",
            "fr",
            "mr",  # English titles, printed before English names ("Mr. Smith")
            "mrs",
            "nr",
            "str",
            "bzw",
            "ca",
            "vgl",
            "usw",
            "etc",
            "z.b",
            "z",  # "z. B." set with a space
            "h",  # "d. h."
            "d.h",
            "u.a",
            "o.ä",
            "s.o",
            "s.u",
            "u.s.w",
            "z.t",
            "z.z",
            "u.ä",
            "v.a",
            "i.a",
            "ggf",
            "evtl",
            "inkl",
            "exkl",
            "zzgl",
            "mio",
            "mrd",
            "tsd",
            "jh",
            "jhd",
            "jahrh",
            "chr",
            "v.chr",
            "n.chr",
            "bd",
            "bde",
            "s",
            "sp",
            "abs",
            "art",
            "kap",
            "abb",
            "tab",
            "anm",
            "hrsg",
            "verf",
            "geb",
            "gest",
            "verh",
            "ev",
            "kath",
            "nro",
            "sr",
            "se",
            "ew",
            "abg",
            "präs",
            "st",
            "sog",
            "bzgl",
            "gem",
            "allg",
            "betr",
            "einschl",
            "jan",
            "febr",
            "feb",
            "apr",
            "aug",
            "sept",
            "okt",
            "nov",
            "dez",
            "mo",
            "di",
            "mi",
            "do",
            "sa",
            "so",
            "d",
            "m",
            "j",
            "u",
            "k",
            "k.k",
            "k.u.k",
            "tel",
            "min",
            "std",
            "sek",
            "kgl",
            "kaiserl",
            "königl",
            "herzogl",
            "fürstl",
            "gräfl",
            "ref",
            "luth",
            "dgl",
            "desgl",
            "ebd",
            "ff",
            "f",
            "o",
            "pp",
            "resp",
            "rhein",
            "thlr",
            "fl",
            "kr",
            "pf",
            "sgr",
            "gr",
        }
    ),
    # letters only German writes: umlauts are shared with Nordic languages and Hungarian
    letters=frozenset("ß"),
    # Frequent German function words; "an", "in", "so", "es", "da", "des", "um", "im"
    # are left out: English, Romance or Polish use them too.
    stopwords=frozenset(
        {
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "sich",
            "mit",
            "auf",
            "für",
            "dass",
            "den",
            "dem",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "auch",
            "als",
            "bei",
            "nach",
            "wie",
            "aus",
            "oder",
            "noch",
            "werden",
            "wurde",
            "wurden",
            "sind",
            "hat",
            "haben",
            "wird",
            "sein",
            "seine",
            "seiner",
            "er",
            "sie",
            "zu",
            "vom",
            "zum",
            "zur",
            "über",
            "dieser",
            "diese",
            "dieses",
            "durch",
            "gegen",
            "sagte",
            "ward",
            "welche",
            "welcher",
            "nur",
            "schon",
            "sehr",
            "uns",
            "ihm",
            "ihn",
            "man",
            "kann",
            "muss",
            "soll",
            "doch",
            "aber",
            "denn",
            "wenn",
            "sondern",
            "vor",
            "unter",
            "ich",
            "wir",
            "ihr",
            "ihre",
            "ihren",
            "hatte",
            "hatten",
            "waren",
            "sei",
            "habe",
            "seien",
            "wäre",
            "würde",
            "mehr",
            "einmal",
            "immer",
            "bereits",
            "jetzt",
            "heute",
            "gestern",
            "kein",
            "keine",
            "zwischen",
            "seit",
            "wegen",
            "worden",
            "bis",
            "dann",
            "hier",
            "dort",
            "unsere",
            "unser",
            "nichts",
            "etwas",
            "allen",
        }
    ),
)
