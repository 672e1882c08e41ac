"""Polish lexicon.

Cue verbs are the reporting verbs of Polish news copy (PAP wire style: "powiedział",
"poinformował", "podkreślił", "zaznaczył", "dodał") and the verba dicendi of
"Słownik walencyjny czasowników polskich" Walenty (class "mówienie"), with the
cognition verbs that ANNOTATION.md counts as cues.  Every form is spelled out, one
lemma a line, perfective and imperfective lemmas on lines of their own: infinitive,
present (or perfective future) third person singular and plural, first person
singular, past tense masculine, feminine, neuter singular and masculine-personal and
non-masculine-personal plural (powiedział, powiedziała, powiedziało, powiedzieli,
powiedziały), and the adverbial participle.

Verbs that report a clause only ("zdradził, że C", revealed; "uznał, że C", judged) are
clause cues: with a noun for object ("zdradził żonę") they report nothing.  A name after
"według", "dla" or "zdaniem" is in the genitive ("Według Anny Nowak", "Piotra Lisa"): its
first name, among the common ones listed, brings it back to the nominative (Anna Nowak,
Piotr Lis), the person named elsewhere in the article.

Quotation marks follow Polish typography (PN-83/P-55366; Wydawnictwo Naukowe PWN,
"Zasady pisowni", § 90): „ ” outside, « » or ‚ ’ inside.  PAP sets unmarked quotes
after a dash ("- … - powiedział").  Background markers are the PAP ones
("Przypomnijmy", "Jak informowaliśmy").  Months are given in the nominative and the
genitive ("26 marca").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
odeprzeć odpiera odpierają odparł odparła odparło odparli odparły
powiedzieć powie powiedzą powiem powiedział powiedziała powiedziało powiedzieli powiedziały
mówić mówi mówią mówię mówił mówiła mówiło mówili mówiły mówiąc
poinformować poinformuje poinformują poinformował poinformowała poinformowało
poinformowali poinformowały
informować informuje informują informował informowała informowało informowali informowały
podkreślić podkreśli podkreślą podkreślił podkreśliła podkreśliło podkreślili podkreśliły
podkreślać podkreśla podkreślają podkreślam podkreślał podkreślała podkreślali podkreślały
zaznaczyć zaznaczy zaznaczą zaznaczył zaznaczyła zaznaczyło zaznaczyli zaznaczyły
zaznaczać zaznacza zaznaczają zaznaczał zaznaczała zaznaczali zaznaczały
dodać doda dodadzą dodał dodała dodało dodali dodały
dodawać dodaje dodają dodawał dodawała dodawali dodawały
oświadczyć oświadczy oświadczą oświadczył oświadczyła oświadczyło oświadczyli oświadczyły
oświadczać oświadcza oświadczają oświadczał oświadczała oświadczali oświadczały
stwierdzić stwierdzi stwierdzą stwierdził stwierdziła stwierdziło stwierdzili stwierdziły
stwierdzać stwierdza stwierdzają stwierdzał stwierdzała stwierdzali stwierdzały
ocenić oceni ocenią ocenił oceniła oceniło ocenili oceniły
oceniać ocenia oceniają oceniał oceniała oceniali oceniały
wyjaśnić wyjaśni wyjaśnią wyjaśnił wyjaśniła wyjaśniło wyjaśnili wyjaśniły
wyjaśniać wyjaśnia wyjaśniają wyjaśniał wyjaśniała wyjaśniali wyjaśniały
przekazać przekaże przekażą przekazał przekazała przekazało przekazali przekazały
podać poda podadzą podał podała podało podali podały
podawać podaje podają podawał podawała podawało podawali podawały
przekazywać przekazuje przekazują przekazywał przekazywała przekazywali przekazywały
zapowiedzieć zapowie zapowiedzą zapowiedział zapowiedziała zapowiedziało zapowiedzieli
zapowiedziały
zapowiadać zapowiada zapowiadają zapowiadał zapowiadała zapowiadali zapowiadały
przypomnieć przypomni przypomną przypomniał przypomniała przypomniało przypomnieli
przypomniały
przypominać przypomina przypominają przypominał przypominała przypominali przypominały
zauważyć zauważy zauważą zauważył zauważyła zauważyło zauważyli zauważyły
zauważać zauważa zauważają zauważał zauważała zauważali zauważały
ostrzec ostrzeże ostrzegą ostrzegł ostrzegła ostrzegło ostrzegli ostrzegły
ostrzegać ostrzega ostrzegają ostrzegał ostrzegała ostrzegali ostrzegały
przekonywać przekonuje przekonują przekonywał przekonywała przekonywali przekonywały
twierdzić twierdzi twierdzą twierdzę twierdził twierdziła twierdziło twierdzili twierdziły
uważać uważa uważają uważam uważał uważała uważało uważali uważały
potwierdzić potwierdzi potwierdzą potwierdził potwierdziła potwierdziło potwierdzili
potwierdziły
potwierdzać potwierdza potwierdzają potwierdzał potwierdzała potwierdzali potwierdzały
przyznać przyzna przyznają przyznał przyznała przyznało przyznali przyznały
przyznawać przyznaje przyznawał przyznawała przyznawali
zapewnić zapewni zapewnią zapewnił zapewniła zapewniło zapewnili zapewniły
zapewniać zapewnia zapewniają zapewniał zapewniała zapewniali zapewniały
napisać napisze napiszą napisał napisała napisało napisali napisały
pisać pisze piszą piszę pisał pisała pisało pisali pisały
odpowiedzieć odpowie odpowiedzą odpowiedział odpowiedziała odpowiedziało odpowiedzieli
odpowiedziały
odpowiadać odpowiada odpowiadają odpowiadał odpowiadała odpowiadali odpowiadały
zapytać zapyta zapytają zapytał zapytała zapytało zapytali zapytały
pytać pyta pytają pytał pytała pytali pytały
ogłosić ogłosi ogłoszą ogłosił ogłosiła ogłosiło ogłosili ogłosiły
ogłaszać ogłasza ogłaszają ogłaszał ogłaszała ogłaszali ogłaszały
zadeklarować zadeklaruje zadeklarował zadeklarowała zadeklarowali zadeklarowały
deklarować deklaruje deklarują deklarował deklarowała deklarowali deklarowały
obiecać obieca obiecają obiecał obiecała obiecało obiecali obiecały
obiecywać obiecuje obiecują obiecywał obiecywała obiecywali obiecywały
zaprzeczyć zaprzeczy zaprzeczą zaprzeczył zaprzeczyła zaprzeczyło zaprzeczyli zaprzeczyły
zaprzeczać zaprzecza zaprzeczają zaprzeczał zaprzeczała zaprzeczali zaprzeczały
zdementować zdementował zdementowała zdementowali
zaapelować zaapeluje zaapelował zaapelowała zaapelowało zaapelowali zaapelowały
apelować apeluje apelują apelował apelowała apelowali apelowały
wezwać wezwie wezwą wezwał wezwała wezwało wezwali wezwały
wzywać wzywa wzywają wzywał wzywała wzywali wzywały
zażądać zażąda zażądają zażądał zażądała zażądało zażądali zażądały
żądać żąda żądają żądał żądała żądali żądały
poprosić poprosi poproszą poprosił poprosiła poprosiło poprosili poprosiły
prosić prosi proszą proszę prosił prosiła prosili prosiły
zaproponować zaproponuje zaproponują zaproponował zaproponowała zaproponowało
zaproponowali zaproponowały
proponować proponuje proponują proponował proponowała proponowali proponowały
zagrozić zagrozi zagrożą zagroził zagroziła zagroziło zagrozili zagroziły
grozić grozi grożą groził groziła grozili groziły
skarżyć skarży skarżą skarżył skarżyła skarżyli skarżyły
poskarżyć poskarżył poskarżyła poskarżyli poskarżyły
skomentować skomentuje skomentował skomentowała skomentowało skomentowali skomentowały
komentować komentuje komentują komentował komentowała komentowali komentowały
oskarżyć oskarży oskarżą oskarżył oskarżyła oskarżyło oskarżyli oskarżyły
oskarżać oskarża oskarżają oskarżał oskarżała oskarżali oskarżały
wspomnieć wspomni wspomną wspomniał wspomniała wspomniało wspomnieli wspomniały
wspominać wspomina wspominają wspominał wspominała wspominali wspominały
zacytować zacytował zacytowała zacytowali
cytować cytuje cytują cytował cytowała cytowali
prognozować prognozuje prognozują prognozował prognozowała prognozowali
przewidywać przewiduje przewidują przewidywał przewidywała przewidywali przewidywały
przewidzieć przewidzi przewidział przewidziała przewidzieli
zasugerować zasugeruje zasugerował zasugerowała zasugerowało zasugerowali zasugerowały
sugerować sugeruje sugerują sugerował sugerowała sugerowali sugerowały
powtórzyć powtórzy powtórzył powtórzyła powtórzyło powtórzyli powtórzyły
powtarzać powtarza powtarzają powtarzał powtarzała powtarzali powtarzały
uzupełnić uzupełni uzupełnił uzupełniła uzupełnili
zwrócić zwróci zwrócił zwróciła zwróciło zwrócili zwróciły
zwracać zwraca zwracają zwracał zwracała zwracali zwracały
relacjonować relacjonuje relacjonował relacjonowała relacjonowali
zrelacjonować zrelacjonował zrelacjonowała zrelacjonowali
opowiedzieć opowie opowiedział opowiedziała opowiedzieli opowiedziały
opowiadać opowiada opowiadają opowiadał opowiadała opowiadali opowiadały
tłumaczyć tłumaczy tłumaczą tłumaczył tłumaczyła tłumaczyli tłumaczyły
wytłumaczyć wytłumaczył wytłumaczyła wytłumaczyli
argumentować argumentuje argumentują argumentował argumentowała argumentowali
zadeklarował
przestrzec przestrzegł przestrzegła przestrzegli
upierać upiera upierają upierał upierała upierali
podsumować podsumuje podsumował podsumowała podsumowali podsumowały
zakomunikować zakomunikował zakomunikowała zakomunikowali
komunikować komunikuje komunikują komunikował komunikowała
obwieścić obwieścił obwieściła obwieścili
oznajmić oznajmi oznajmił oznajmiła oznajmiło oznajmili oznajmiły
wskazać wskaże wskażą wskazał wskazała wskazało wskazali wskazały
wskazywać wskazuje wskazują wskazywał wskazywała wskazywali wskazywały
nadmienić nadmienił nadmieniła nadmienili
krzyknąć krzyknął krzyknęła krzyknęli
zażartować zażartował zażartowała zażartowali
doprecyzować doprecyzował doprecyzowała doprecyzowali
sprecyzować sprecyzował sprecyzowała sprecyzowali
dopytywać dopytuje dopytywał dopytywała
zgodzić zgodzi zgodził zgodziła zgodzili zgodziły
przyznać
"""

# adverbial participles after a comma, the sentence's subject theirs ("zapowiedział
# zamknięcie portu, dodając, że C")
_ADVERBIAL_PARTICIPLES = """
dodając podkreślając zaznaczając twierdząc argumentując przekonując wskazując
informując tłumacząc ostrzegając zapewniając stwierdzając oceniając przypominając
apelując deklarując zapowiadając sugerując
"""

_COGNITION_VERBS = """
myśleć myśli myślą myślę myślał myślała myśleli myślały
sądzić sądzi sądzą sądzę sądził sądziła sądzili sądziły
wierzyć wierzy wierzą wierzę wierzył wierzyła wierzyli wierzyły
mieć nadzieję
liczyć liczy liczą liczę liczył liczyła liczyli liczyły
obawiać obawia obawiają obawiam obawiał obawiała obawiali obawiały
bać boi boją boję bał bała bali bały
wiedzieć wie wiedzą wiem wiedział wiedziała wiedzieli wiedziały
spodziewać spodziewa spodziewają spodziewał spodziewała spodziewali spodziewały
wątpić wątpi wątpią wątpię wątpił wątpiła wątpili
przekonany przekonana przekonani pewien pewna pewni
"""

# cues only before a clause ("zdradził, że C", revealed that C): with a noun for object
# they betray, disclose, reveal or recognise something ("zdradził żonę", "ujawniła
# dokumenty", "uznał niepodległość"), no speech
_CLAUSE_VERBS = """
zdradzić zdradzi zdradzą zdradził zdradziła zdradziło zdradzili zdradziły
wyjawić wyjawi wyjawią wyjawił wyjawiła wyjawiło wyjawili wyjawiły
ujawnić ujawni ujawnią ujawnił ujawniła ujawniło ujawnili ujawniły
ujawniać ujawnia ujawniają ujawniał ujawniała ujawniali ujawniały
uznać uzna uznają uznał uznała uznało uznali uznały
uznawać uznaje uznawał uznawała uznawali uznawały
"""

# the impersonal forms in -no ("W MSZ podkreślono, że C", it was stressed at the foreign
# ministry): nobody speaks but the body a place phrase before them names
_IMPERSONAL = """
poinformowano podkreślono przekazano zaznaczono oświadczono stwierdzono dodano
napisano zapowiedziano wyjaśniono przypomniano zapewniono ogłoszono
"""

_OBJECT_VERBS = """
powiedział powiedziała powiedziało powiedzieli powiedziały
poinformował poinformowała poinformowało poinformowali poinformowały informuje
przekazał przekazała przekazało przekazali przekazały
zapewnił zapewniła zapewnili zapewnia
przypomniał przypomniała przypomnieli
ostrzegł ostrzegła ostrzegli ostrzega
wezwał wezwała wezwało wezwali wezwały wzywa wzywają
poprosił poprosiła poprosiło poprosili poprosiły prosi
zapytał zapytała zapytali
obiecał obiecała obiecali
zaapelował zaapelowała zaapelowali
"""

_CONTROL_VERBS = """
wezwać wezwał wezwała wezwało wezwali wezwały wzywa wzywają wzywał wzywała
poprosić poprosił poprosiła poprosiło poprosili poprosiły prosi proszą
zaapelować zaapelował zaapelowała zaapelowali apeluje apelują
zażądać zażądał zażądała zażądali żąda żądają
zaproponować zaproponował zaproponowała zaproponowali proponuje proponują
obiecać obiecał obiecała obiecali obiecuje
zagrozić zagroził zagroziła zagrozili
"""

_ROLE_NOUNS = """
prezydent premier minister ministra ministrowie szef szefowa przewodniczący
przewodnicząca rzecznik rzeczniczka rzecznicy marszałek poseł posłanka posłowie
senator senatorowie wojewoda burmistrz prezydent burmistrz wójt starosta ambasador
dyplomata dyplomaci analityk analitycy ekonomista ekonomiści ekspert eksperci
przedstawiciel przedstawiciele przedstawicielka wiceminister wicepremier doradca
doradcy dyrektor dyrektorka dyrektorzy prezes prezeska członek członkowie źródło
źródła rozmówca generał dowódca oficer żołnierz żołnierze policja policjant
policjanci prokurator prokuratura sędzia sędziowie adwokat prawnik lekarz lekarze
profesor naukowiec naukowcy badacz autor autorzy dziennikarz dziennikarze
korespondent redaktor lider liderzy polityk politycy rząd ministerstwo resort urząd
komisja rada partia sąd spółka firma związek organizacja mieszkańcy mieszkaniec
świadek świadkowie uczestnik uczestnicy pracownik pracownicy specjalista specjaliści
władze kanclerz król królowa papież biskup arcybiskup ksiądz trener kapitan zawodnik
ludzie człowiek mężczyzna kobieta ojciec matka syn córka żona mąż kolega koledzy
szkoleniowiec selekcjoner włodarz policjantka
opozycja koalicja
posłów
wiceprezydent ekonomistka
radny radna radni burmistrzyni sołtys
kierownik kierowniczka właściciel właścicielka komendant komendantka sekretarz
wiceprezes wicedyrektor wiceprzewodniczący naczelnik rektor dziekan koordynator
koordynatorka inspektor komisarz zastępca zastępczyni kurator ordynator
"""

# common first names in the nominative: "Według Anny Nowak" names Anna Nowak
_FIRST_NAMES = """
jan piotr paweł tomasz krzysztof andrzej marek michał marcin jakub adam łukasz mateusz
grzegorz wojciech stanisław józef kamil maciej rafał robert mariusz dariusz jerzy
zbigniew tadeusz ryszard kazimierz henryk bartosz dawid szymon filip sebastian damian
artur janusz mirosław leszek czesław bogdan sławomir jacek przemysław radosław witold
roman waldemar władysław wiesław aleksander antoni karol igor patryk daniel hubert
wiktor adrian konrad dominik bartłomiej jarosław ireneusz edward franciszek ludwik kuba
anna maria katarzyna małgorzata agnieszka barbara ewa krystyna elżbieta magdalena joanna
aleksandra monika zofia teresa danuta natalia julia karolina marta beata dorota halina
jadwiga janina alicja iwona renata jolanta grażyna urszula justyna paulina agata sylwia
marzena patrycja weronika helena irena izabela kinga emilia wiktoria bożena wanda lidia
hanna olga kamila martyna klaudia dominika edyta
"""

_FINITE_VERB_ENDINGS = "ił ył yła ęła ała ęli ili yli ował ano ono yto ito ęto ędzie ują ają eją"

# nouns of institutions that open their own names, the capitalised words after them
# ("Ministerstwo Zdrowia", "Urząd Miasta", "Prokuratura Krajowa" name no person); in the
# nominative only: a role before a genitive one still names a person ("szef rządu")
_THING_NOUNS = """
ministerstwo urząd prokuratura rada komisja sąd trybunał partia spółka firma związek
organizacja policja resort sejm senat straż instytut uniwersytet szpital fundacja
stowarzyszenie bank agencja inspekcja komenda zarząd biuro kancelaria izba departament
wydział gmina starostwo
"""

LEXICON = Lexicon(
    code="pl",
    # "Jo Roe z kolei podkreśliła", "powiedział ze swojej strony Jo Roe": a turn set aside
    aside_phrases=("z kolei", "ze swojej strony", "z drugiej strony"),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    body_names_after_nouns=True,
    name="Polish",
    quote_pairs=(
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        # the angle marks also point inwards (»C«), as in Czech and German print
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{SINGLE LOW-9 QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset(
        (
            _SPEECH_VERBS + _COGNITION_VERBS + _CLAUSE_VERBS + _IMPERSONAL + _ADVERBIAL_PARTICIPLES
        ).split()
    ),
    participle_endings=("ąc",),
    impersonal_cues=frozenset(_IMPERSONAL.split()),
    clause_cues=frozenset(_CLAUSE_VERBS.split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    cue_phrases=(
        *(f"{verb} w" for verb in _IMPERSONAL.split()),
        "zwrócił uwagę",
        "zwróciła uwagę",
        "zwrócili uwagę",
        "zwraca uwagę",
        "zwracają uwagę",
        "wyraził przekonanie",
        "wyraziła przekonanie",
        "wyrazili przekonanie",
        "wyraził nadzieję",
        "wyraziła nadzieję",
        "wyrazili nadzieję",
        "ma nadzieję",
        "mają nadzieję",
        "miał nadzieję",
        "miała nadzieję",
        "mieli nadzieję",
        "powiedział dziennikarzom",
        "powiedziała dziennikarzom",
        "powiedzieli dziennikarzom",
        "powiedział w rozmowie z",
        "powiedziała w rozmowie z",
        "napisał na platformie x",
        "napisała na platformie x",
        "napisał na twitterze",
        "napisała na twitterze",
        "napisał na x",
        "napisał w mediach społecznościowych",
        "napisała w mediach społecznościowych",
        "dał do zrozumienia",
        "dała do zrozumienia",
        "dali do zrozumienia",
        "podkreślił w rozmowie z",
        "czytamy w komunikacie",
        "czytamy w oświadczeniu",
        "napisano w komunikacie",
        "przekazał w komunikacie",
        "przekazała w komunikacie",
    ),
    naming_cues=(
        "nazwał",
        "nazwała",
        "nazwało",
        "nazwali",
        "nazwały",
        "nazywa",
        "nazywają",
        "określił",
        "określiła",
        "określili",
        "określa",
        "scharakteryzował",
        "scharakteryzowała",
    ),
    opinion_prepositions=frozenset({"dla"}),
    comma_free_sources=True,
    # "ministra finansów", "spraw wewnętrznych", "obrony narodowej", "rozwoju regionalnego"
    genitive_endings=("ów", "ych", "ich", "ego", "nej", "wej", "kiej"),
    # past "-ił", "-ała", impersonal "-ano", "-ono", future "-ędzie", plural "-ają"; not
    # the endings of nouns as well ("materiał", "siła", "siły", "ciało", "hoteli")
    finite_verb_endings=tuple(_FINITE_VERB_ENDINGS.split()),
    # "nowych podatków", "rannych turystów"; "nowego budżetu"; "nowej ustawy"
    genitive_agreement=(
        (("ych", "ich"), ("ów", "ych", "ich")),
        (("ego",), ("ego",)),
        (("nej", "wej", "kiej"), ("nej", "wej", "kiej")),
    ),
    person_pronouns=frozenset({"on", "ona"}),
    possessive_determiners=frozenset({"jego", "jej", "ich"}),
    source_phrases=(
        "według",
        "zdaniem",
        "jak powiedział",
        "jak powiedziała",
        "jak twierdzi",
        "jak uważa",
        "według danych",
        "według informacji",
        "według szacunków",
        "według niego",
        "według niej",
        "jego zdaniem",
        "jej zdaniem",
        "ich zdaniem",
        "w opinii",
        "w ocenie",
        "w jego ocenie",
        "w jej ocenie",
        "na podstawie",
        "zgodnie z",
        "cytowany przez",
    ),
    pronouns=frozenset({"on", "ona", "ono", "oni", "one", "ja", "my", "wy", "ty", "kto"}),
    # "…, można oczekiwać zmian": a cue's infinitive after one is no one's speech
    modal_predicatives=frozenset({"można", "trzeba", "należy", "warto"}),
    object_pronouns=frozenset(
        {
            "mu",
            "jej",
            "im",
            "nam",
            "mi",
            "mnie",
            "wam",
            "ci",
            "tobie",
            "go",
            "je",
            "ich",
            "nas",
            "niego",
            "niej",
            "nich",
        }
    ),
    audience_nouns=frozenset(
        {
            "dziennikarzom",
            "reporterom",
            "korespondentom",
            "mediom",
            "agencji",
            "gazecie",
            "telewizji",
            "radiu",
        }
    ),
    relative_pronouns=frozenset({"który", "która", "które", "którzy", "kto"}),
    noun_like_cues=frozenset(
        {
            "wie",
            "wiem",
            "liczy",
            "liczą",
            "liczył",
            "liczyła",
            "pewien",
            "pewna",
            "pewni",
            "przekonany",
            "przekonana",
            "przekonani",
            "grozi",
            "przekazał",
            "przekazała",
            "przekazali",
            "przekazało",
            "przekazały",
            "przekazuje",
            "oceni",
            "pisać",
            "prosi",
            "proszę",
            "boi",
            "bać",
            "dodać",
            "zwrócił",
            "zwróciła",
            "zwrócili",
            "zwraca",
            "wskazuje",
            "zgodził",
        }
    ),
    first_person=frozenset(
        {
            "ja",
            "my",
            "mój",
            "moja",
            "moje",
            "moi",
            "nasz",
            "nasza",
            "nasze",
            "nasi",
            "mi",
            "mnie",
            "nam",
            "nas",
            "jestem",
            "jesteśmy",
        }
    ),
    determiners=frozenset(
        {
            "ten",
            "ta",
            "to",
            "ci",
            "te",
            "tamten",
            "jeden",
            "jedna",
            "jedno",
            "kilka",
            "niektórzy",
            "niektóre",
            "wielu",
            "wiele",
            "każdy",
            "inny",
            "inni",
            "jego",
            "jej",
            "ich",
            "swój",
            "swoja",
            "swoi",
            "nasz",
            "nasza",
            "nasi",
            "dwaj",
            "dwóch",
            "trzej",
            "obaj",
            "wszyscy",
            "pan",
            "pani",
        }
    ),
    auxiliaries=frozenset(
        {
            "też",
            "także",
            "również",
            "już",
            "jeszcze",
            "wcześniej",
            "później",
            "potem",
            "następnie",
            "ponownie",
            "znów",
            "znowu",
            "wielokrotnie",
            "publicznie",
            "otwarcie",
            "wprost",
            "tylko",
            "jedynie",
            "wczoraj",
            "dziś",
            "dzisiaj",
            "niedawno",
            "oficjalnie",
            "jednak",
            "natomiast",
            "zaś",
            "nawet",
            "zawsze",
            "nigdy",
            "często",
            "podobno",
            "rzekomo",
            "sam",
            "sama",
            "sami",
            "wtedy",
            "teraz",
            "obecnie",
            "wyraźnie",
            "jasno",
            "krótko",
            "osobiście",
            "stanowczo",
            "zdecydowanie",
            "wieczorem",
            "rano",
            "ostatnio",
            "się",
            "sobie",
            "nie",
            "będzie",
            "był",
            "była",
            "byli",
            "zresztą",
            "przede",
            "wszystkim",
            "dodatkowo",
            "zarazem",
            "jednocześnie",
        }
    ),
    passive_auxiliaries=frozenset(
        {
            "został",
            "została",
            "zostało",
            "zostali",
            "zostały",
            "jest",
            "są",
            "było",
            "były",
            "będą",
            "zostanie",
            "zostaną",
        }
    ),
    complementizers=frozenset({"że", "iż", "aby", "żeby", "by"}),
    conjunctions=frozenset(
        {
            "i",
            "a",
            "ale",
            "lecz",
            "jednak",
            "oraz",
            "albo",
            "lub",
            "czy",
            "zaś",
            "natomiast",
            "podczas",
            "gdy",
            "chociaż",
            "choć",
            "ponieważ",
            "bo",
            "jeśli",
            "jeżeli",
            "kiedy",
            "gdyż",
            "więc",
            "dlatego",
        }
    ),
    # Question words and relatives: a cue after them is embedded ("co powiedział X").
    clause_openers=frozenset(
        {
            "co",
            "jak",
            "gdzie",
            "dokąd",
            "skąd",
            "dlaczego",
            "czemu",
            "czy",
            "ile",
            "który",
            "która",
            "które",
            "którzy",
            "kto",
            "czyj",
            "jaki",
            "jaka",
            "jakie",
            "niż",
            "że",
            "iż",
            "aby",
            "żeby",
        }
    ),
    content_stops=frozenset({"chociaż", "choć", "jednak"}),
    sentence_adverbs=frozenset({"teraz", "wtedy", "potem"}),
    phrase_prepositions=frozenset({"do", "ds."}),
    reference_phrases=("powołując się na",),
    correlative_openers=("nie tylko",),
    as_words=frozenset({"jak"}),
    pro_drop=True,
    bare_noun_subjects=True,
    complement_comma=True,
    # "Prezydent Francji"; "marszałek Sejmu", "rzecznik Urzędu": a masculine genitive in
    # "-u" after a consonant, which Polish surnames in the nominative seldom have
    role_complement_endings=(
        "ji",
        "ii",
        "mu",
        "tu",
        "łu",
        "ku",
        "du",
        "lu",
        "ru",
        "nu",
        "zu",
        "su",
        # "rzecznik Kremla", "szef Ratusza": a masculine genitive in "-a" after these
        # consonants, where women's names in "-a" have a vowel ("Urszula", "Kamila")
        "mla",
        "sza",
    ),
    shared_complement_endings=("y",),
    place_prepositions=frozenset({"w", "we"}),
    # women's first names end in "-a" (but "Kuba", a man's)
    feminine_name_endings=("a",),
    feminine_surname_endings=("ska", "cka", "dzka"),
    masculine_names=frozenset({"kuba", "barnaba", "bonawentura", "kosma"}),
    # the past tense tells the subject's gender: "powiedziała" a woman, "powiedział" a
    # man; "powiedzieli", "powiedziały", "powiedziało" neither
    cue_gender_endings=(("ła", "f"), ("li", ""), ("ły", ""), ("ło", ""), ("ł", "m")),
    first_names=frozenset(_FIRST_NAMES.split()),
    # the genitive of "według", "zdaniem": Anny -> Anna, Agnieszki -> Agnieszka, Marii ->
    # Maria, Alicji -> Alicja, Piotra -> Piotr, Marka -> Marek, Pawła -> Paweł
    first_name_cases=(
        ("y", "a", "gen"),
        ("i", "a", "gen"),
        ("iego", "i", "gen"),
        ("ego", "y", "gen"),
        ("ka", "ek", "gen"),
        ("ła", "eł", "gen"),
        ("a", "", "gen"),
    ),
    # Kowalskiego -> Kowalski, Nowaka -> Nowak, Zaręby -> Zaręba; Kowalskiej -> Kowalska,
    # Zielonki -> Zielonka (a woman's surname in a consonant keeps its form: Anny Nowak)
    surname_cases=(
        ("m", "gen", "skiego", "ski"),
        ("m", "gen", "ckiego", "cki"),
        ("m", "gen", "dzkiego", "dzki"),
        ("m", "gen", "y", "a"),
        ("m", "gen", "a", ""),
        ("f", "gen", "skiej", "ska"),
        ("f", "gen", "ckiej", "cka"),
        ("f", "gen", "dzkiej", "dzka"),
        ("f", "gen", "ki", "ka"),
        ("f", "gen", "gi", "ga"),
        ("f", "gen", "y", "a"),
    ),
    prepositions=frozenset(
        {
            "o",
            "w",
            "we",
            "na",
            "z",
            "ze",
            "do",
            "od",
            "po",
            "dla",
            "przy",
            "za",
            "przed",
            "pod",
            "nad",
            "między",
            "przez",
            "bez",
            "u",
            "ku",
            "wobec",
            "według",
            "podczas",
            "przeciw",
            "przeciwko",
            "oprócz",
            "zamiast",
            "dzięki",
            "wokół",
            "koło",
            "obok",
            "poza",
            "wśród",
            "spośród",
            "około",
            "odnośnie",
        }
    ),
    time_words=frozenset(
        {
            "następnie",
            "potem",
            "poniedziałek",
            "wtorek",
            "środę",
            "środa",
            "czwartek",
            "piątek",
            "sobotę",
            "sobota",
            "niedzielę",
            "niedziela",
            "wczoraj",
            "dziś",
            "dzisiaj",
            "jutro",
            "przedwczoraj",
            "rano",
            "wieczorem",
            "nocą",
            "tym",
            "tygodniu",
            "miesiącu",
            "roku",
            "ubiegłym",
            "zeszłym",
            "ostatnio",
            "niedawno",
            "wcześniej",
            "później",
            "także",
            "również",
            "też",
            "już",
            "ponownie",
            "znów",
            "publicznie",
            "wtedy",
            "teraz",
            "obecnie",
            "oficjalnie",
        }
    ),
    # how one spoke, after the copula and before a colon and a quotation: the subject speaks
    manner_predicates=frozenset(
        {
            "stanowczy",
            "stanowcza",
            "jednoznaczny",
            "jednoznaczna",
            "kategoryczny",
            "kategoryczna",
            "bezpośredni",
            "bezpośrednia",
            "dosadny",
            "dosadna",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # generic nouns for the person named last ("– Q – dodał samorządowiec"): the local
    # politician, the politician, the official, the diplomat, and their genitives (not
    # "polityka", politics too)
    epithets=frozenset(
        {"samorządowiec", "polityk", "urzędnik", "urzędniczka", "dyplomata"}
        | {"samorządowca", "urzędnika", "urzędniczki", "dyplomaty"}
    ),
    role_equivalents=(
        ("prezydent", "głowa państwa", "szef państwa"),
        ("premier", "szef rządu", "szefowa rządu", "prezes rady ministrów"),
        (
            "minister spraw zagranicznych",
            "szef msz",
            "szefowa msz",
            "szef dyplomacji",
            "szef polskiej dyplomacji",
        ),
        ("minister obrony narodowej", "minister obrony", "szef mon", "szef resortu obrony"),
        ("trener", "szkoleniowiec", "selekcjoner"),
        ("burmistrz", "prezydent miasta", "włodarz"),
        ("papież", "ojciec święty"),
    ),
    titles=frozenset(
        {
            "pan",
            "pani",
            "prezydent",
            "premier",
            "minister",
            "szef",
            "szefowa",
            "przewodniczący",
            "przewodnicząca",
            "rzecznik",
            "rzeczniczka",
            "marszałek",
            "poseł",
            "posłanka",
            "senator",
            "wojewoda",
            "burmistrz",
            "ambasador",
            "generał",
            "gen",
            "pułkownik",
            "płk",
            "major",
            "mjr",
            "kapitan",
            "kpt",
            "kanclerz",
            "król",
            "królowa",
            "papież",
            "biskup",
            "arcybiskup",
            "ksiądz",
            "ks",
            "abp",
            "bp",
            "profesor",
            "prof",
            "doktor",
            "dr",
            "hab",
            "inż",
            "mgr",
            "wiceminister",
            "wicepremier",
            "prezes",
            "dyrektor",
            "były",
            "była",
            "polski",
            "polska",
            "ukraiński",
            "rosyjski",
            "amerykański",
            "niemiecki",
            "francuski",
            "brytyjski",
            "czeski",
            "trener",
            "lider",
            "europoseł",
        }
    ),
    agency_nouns=frozenset({"agencja", "agencji"}),
    # "W rozmowie z TVN24 minister powiedział": the medium phrase, then the subject
    medium_prepositions=frozenset({"w"}),
    medium_nouns=frozenset({"rozmowie", "wywiadzie", "programie", "audycji", "wpisie"}),
    media_words=frozenset(
        {
            "agencja",
            "agencji",
            "tvn24",
            "tvn",
            "tvp",
            "tvp info",
            "polsat",
            "rmf",
            "fm",
            "radio",
            "radia",
            "onet",
            "wp",
            "interia",
            "gazeta",
            "gazety",
            "gazecie",
            "wyborcza",
            "rzeczpospolita",
            "rzeczpospolitej",
            "dziennik",
            "dziennika",
            "gazeta prawna",
            "express",
            "newsweek",
            "do rzeczy",
            "portal",
            "portalu",
            "serwis",
            "serwisu",
            "telewizja",
            "telewizji",
            "stacja",
            "stacji",
            "tygodnik",
            "tygodnika",
            "media",
            "mediów",
            "money.pl",
            "insider",
            "oko.press",
            "rmf24",
            "business insider",
            "notes from poland",
            "super express",
            "wirtualna polska",
            "radio zet",
            "tok fm",
        }
    )
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "według",
        # a credit line: "Źródło: PAP"
        "źródło:",
        # "powiedział PAP rzecznik": the outlet told, before the speaker
        "powiedział",
        "powiedziała",
        "powiedzieli",
        "powołując się na",
        "powołując się na informacje",
        "jak podaje",
        "jak podają",
        "jak podała",
        "jak podał",
        "jak informuje",
        "jak informują",
        "jak poinformowała",
        "jak poinformował",
        "jak pisze",
        "jak piszą",
        "jak napisała",
        "jak napisał",
        "podaje",
        "podała",
        "podał",
        "informuje",
        "poinformowała",
        "poinformował",
        "w rozmowie z",
        "w wywiadzie dla",
        "w wywiadzie udzielonym",
        "cytowany przez",
        "cytowana przez",
    ),
    attribution_verbs=(
        "podaje",
        "podała",
        "podał",
        "podało",
        "informuje",
        "poinformowała",
        "poinformował",
        "poinformowało",
        "pisze",
        "napisała",
        "napisał",
        "napisało",
        "donosi",
        "doniosła",
        "doniósł",
        "relacjonuje",
    ),
    anaphoric_cues=(
        "poinformował o tym",
        "poinformowała o tym",
        "poinformowało o tym",
        "poinformowali o tym",
        "informuje o tym",
        "o tym poinformował",
        "o tym poinformowała",
        "o tym poinformowało",
        "o tym poinformowali",
        "o tym informuje",
        "o tym mówił",
        "o tym mówiła",
        "o tym napisał",
        "o tym napisała",
        "o tym napisało",
        "o tym pisze",
        "o tym powiedział",
        "o tym powiedziała",
        "o tym donosi",
        "tak powiedział",
        "tak powiedziała",
        "tak uważa",
        "tak uważają",
        "to powiedział",
        "to powiedziała",
        "to oświadczył",
        "to oświadczyła",
        "to przekazał",
        "to przekazała",
        "to stwierdził",
        "to stwierdziła",
        "powiedział to",
        "powiedziała to",
        "przekazał to",
        "przekazała to",
        "oświadczył to",
        "oświadczyła to",
        "stwierdził to",
        "stwierdziła to",
        "wynika to z",
    ),
    byline_words=("Autor",),
    background_markers=(
        "przypomnijmy",
        "przypominamy",
        "przypomnienie",
        "kontekst",
        "tło",
        "dla przypomnienia",
    ),
    background_openers=(
        # time before the news: "a year ago, …"
        "rok temu",
        "przed rokiem",
        "dwa lata temu",
        "przypomnijmy,",
        "przypomnijmy, że",
        "przypominamy,",
        "przypominamy, że",
        "jak informowaliśmy",
        "jak już informowaliśmy",
        "jak pisaliśmy",
        "jak wcześniej informowała",
        "jak wcześniej informował",
        "jak wiadomo,",
        "jak wiadomo",
        "wcześniej,",
        "wcześniej",
        "już wcześniej",
        "w przeszłości",
        "w zeszłym tygodniu",
        "w ubiegłym tygodniu",
        "w ubiegłym roku",
        "w ostatnich latach",
        "warto przypomnieć",
        "należy przypomnieć",
        "jak podawaliśmy",
        "jak informowała",
        "jak informował",
        "jak podawała",
        "jak podawał",
    ),
    # the months as a page's date line prints them (4 marca 2026): a dated byline
    # or date line dates the story
    month_names=(
        ("stycznia", "styczeń"),
        ("lutego", "luty"),
        ("marca", "marzec"),
        ("kwietnia", "kwiecień"),
        ("maja", "maj"),
        ("czerwca", "czerwiec"),
        ("lipca", "lipiec"),
        ("sierpnia", "sierpień"),
        ("września", "wrzesień"),
        ("października", "październik"),
        ("listopada", "listopad"),
        ("grudnia", "grudzień"),
    ),
    section_markers=(
        "szczegóły",
        "więcej",
        "czytaj także",
        "czytaj też",
        "czytaj więcej",
        "aktualizacja",
        "wideo",
        "zdjęcie",
        "cytat",
        "opinia",
        "komentarz",
        "analiza",
        "najważniejsze",
        "co wiemy",
        "źródło",
        "reklama",
        "tagi",
    ),
    interviewer_labels=frozenset({"pytanie", "pap", "dziennikarz", "redakcja"}),
    answer_labels=frozenset({"odpowiedź"}),
    boilerplate=(
        "czytaj także",
        "czytaj też",
        "czytaj więcej",
        "zobacz także",
        "zobacz też",
        "obserwuj nas",
        "subskrybuj",
        "fot.",
        "foto:",
        "źródło:",
        "reklama",
        "udostępnij",
        "wszelkie prawa zastrzeżone",
        "autor:",
    ),
    unit_abbreviations=frozenset({"zł", "gr"}),
    abbreviations=frozenset(
        {
            "np",
            "tj",
            "tzw",
            "itd",
            "itp",
            "m.in",
            "ok",
            "wg",
            "ds",
            "dot",
            "godz",
            "min",
            "mln",
            "mld",
            "tys",
            "zł",
            "gr",
            "r",
            "rr",
            "w",
            "ww",
            "ul",
            "al",
            "pl",
            "nr",
            "str",
            "s",
            "im",
            "św",
            "prof",
            "dr",
            "hab",
            "inż",
            "mgr",
            "lek",
            "ks",
            "abp",
            "bp",
            "gen",
            "płk",
            "ppłk",
            "mjr",
            "kpt",
            "por",
            "ppor",
            "sierż",
            "kpr",
            "szer",
            "tzn",
            "jw",
            "zob",
            "przyp",
            "red",
            "tłum",
            "oprac",
            "wyd",
            "ang",
            "łac",
            "niem",
            "fr",
            "ros",
            "ukr",
            "pn",
            "pd",
            "wsch",
            "zach",
            "sty",
            "lut",
            "mar",
            "kwi",
            "maj",
            "cze",
            "lip",
            "sie",
            "wrz",
            "paź",
            "lis",
            "gru",
            "p.o",
            "n.e",
            "p.n.e",
            "b.r",
            "br",
            "ub",
            "pt",
            "sp",
            "z.o.o",
            "s.a",
        }
    ),
    # letters only this language writes: Czech and Slovak write none of them
    letters=frozenset("łąęśźż"),
    # Words frequent in Polish and spelled otherwise in Czech ("że" cs "že", "się" cs
    # "se", "nie" cs "ne", "jest" cs "je"); "na", "do", "po", "za", "to" are shared.
    stopwords=frozenset(
        {
            "że",
            "się",
            "nie",
            "jest",
            "są",
            "był",
            "była",
            "było",
            "były",
            "w",
            "oraz",
            "także",
            "również",
            "który",
            "która",
            "które",
            "którzy",
            "jego",
            "jej",
            "już",
            "jeszcze",
            "przez",
            "dla",
            "przy",
            "tym",
            "tego",
            "tej",
            "będzie",
            "może",
            "można",
            "iż",
            "czy",
            "jednak",
            "według",
            "powiedział",
            "powiedziała",
            "poinformował",
            "został",
            "została",
            "zostało",
            "zostały",
            "mają",
            "gdy",
            "bardzo",
            "też",
            "lub",
            "nim",
            "niej",
            "wszystkich",
            "wszystko",
            "będą",
            "jeśli",
            "jeżeli",
            "tylko",
            "między",
            "ponieważ",
            "więc",
            "dlatego",
            "kiedy",
            "gdzie",
            "żeby",
            "chce",
            "mówi",
            "roku",
            "lat",
            "swoje",
            "swoich",
            "sobie",
            "wy",
            "mnie",
        }
    ),
)
