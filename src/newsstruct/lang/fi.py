"""Finnish lexicon.

Cue verbs are the verbs of saying of Finnish news copy (STT wire style: "sanoo", "kertoo",
"toteaa", "korostaa", "lisää", "arvioi"; in the past "sanoi", "kertoi", "totesi") with
the cognition verbs that ANNOTATION.md counts as cues ("uskoo", "arvelee") and the verbs
of manner ("huudahti", "naurahti").  Every form is spelled out, one lemma a line: the
present and the past of the third person singular and plural and the active past
participle of the perfect ("on sanonut", "ovat kertoneet").

A quotation is signed by the verb after its subject or before it ("– Q, Virtanen sanoo",
"”Q”, sanoo Anna Virtanen"); "X:n mukaan C" credits X as "according to" does
("Poliisin mukaan", "Hänen mukaansa"), and a wire report closes on its source with
"Asiasta kertoi X".  The addressee takes the allative ("sanoo STT:lle").

Quotation marks follow the Finnish orthography (Kielitoimiston ohjepankki): ” ” (the
same mark opening and closing) and » », with ’ ’ inside; the dash opens a quotation
paragraph that its cue closes ("– Q, X sanoo.").  Months are lower case in the partitive
("12. maaliskuuta").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
sanoa sanoo sanovat sanoi sanoivat sanonut sanoneet
kertoa kertoo kertovat kertoi kertoivat kertonut kertoneet
todeta toteaa toteavat totesi totesivat todennut todenneet
painottaa painottavat painotti painottivat painottanut painottaneet
korostaa korostavat korosti korostivat korostanut korostaneet
lisätä lisää lisäävät lisäsi lisäsivät lisännyt lisänneet
arvioida arvioi arvioivat arvioinut arvioineet
muistuttaa muistuttavat muistutti muistuttivat muistuttanut muistuttaneet
vaatia vaatii vaativat vaati vaatinut vaatineet
huomauttaa huomauttavat huomautti huomauttivat huomauttanut
varoittaa varoittavat varoitti varoittivat varoittanut varoittaneet
vakuuttaa vakuuttavat vakuutti vakuuttivat vakuuttanut
myöntää myöntävät myönsi myönsivät myöntänyt
kiistää kiistävät kiisti kiistivät kiistänyt kiistäneet
vahvistaa vahvistavat vahvisti vahvistivat vahvistanut vahvistaneet
ilmoittaa ilmoittavat ilmoitti ilmoittivat ilmoittanut ilmoittaneet
tiedottaa tiedottavat tiedotti tiedottivat tiedottanut
kommentoida kommentoi kommentoivat kommentoinut
kysyä kysyy kysyvät kysyi kysyivät kysynyt
vastata vastaa vastaavat vastasi vastasivat vastannut
kirjoittaa kirjoittavat kirjoitti kirjoittivat kirjoittanut
perustella perustelee perustelevat perusteli perustelivat perustellut
selittää selittävät selitti selittivät selittänyt
luvata lupaa lupaavat lupasi lupasivat luvannut
kehottaa kehottavat kehotti kehottivat kehottanut
väittää väittävät väitti väittivät väittänyt
tähdentää tähdentävät tähdensi tähdensivät
linjata linjaa linjaavat linjasi linjasivat
kuvailla kuvailee kuvailevat kuvaili kuvailivat
ehdottaa ehdottavat ehdotti ehdottivat ehdottanut
kritisoida kritisoi kritisoivat kritisoinut
syyttää syyttävät syytti syyttivät syyttänyt
valittaa valittavat valitti valittivat
huudahtaa huudahti huudahtivat
naurahtaa naurahti
huokaista huokaisee huokaisi
kuiskata kuiskaa kuiskasi
jatkaa jatkoi
"""

_COGNITION_VERBS = """
uskoa uskoo uskovat uskoi uskoivat uskonut
arvella arvelee arvelevat arveli arvelivat arvellut
epäillä epäilee epäilevät epäili epäilivät epäillyt
ennustaa ennustavat ennusti ennustivat ennustanut
toivoa toivoo toivovat toivoi toivoivat toivonut
katsoa katsoo katsovat katsoi katsoivat
"""

_CONTROL_VERBS = """
kehottaa kehottavat kehotti kehottivat vaatia vaatii vaativat vaati luvata lupaa lupasi
ehdottaa ehdotti
"""

_ROLE_NOUNS = """
ministeri ministerin pääministeri pääministerin presidentti presidentin puheenjohtaja
puheenjohtajan varapuheenjohtaja tiedottaja tiedottajan johtaja johtajan toimitusjohtaja
toimitusjohtajan pääjohtaja pääjohtajan pormestari pormestarin apulaispormestari
kansanedustaja kansanedustajan valtuutettu valtuutetun asiantuntija asiantuntijan
asiantuntijat asiantuntijoiden tutkija tutkijan tutkijat tutkijoiden professori
professorin ekonomisti ekonomistin analyytikko analyytikon syyttäjä syyttäjän tuomari
tuomarin käräjätuomari poliisi poliisin komisario komisarion ylikomisario asianajaja
asianajajan lääkäri lääkärin opettaja omistaja pääsihteeri pääsihteerin puhuja
lähde lähteet lähteen lähteiden edustaja edustajan edustajat neuvonantaja suurlähettiläs
"""

_ROLE_HEADS = (
    "ministeri",
    "johtaja",
    "tutkija",
    "asiantuntija",
    "puheenjohtaja",
    "tuomari",
    "komisario",
    "analyytikko",
    "omistaja",
    "sihteeri",
    "pormestari",
    "tiedottaja",
    "puhuja",
    "edustaja",
)

_THING_NOUNS = """
hallitus hallituksen eduskunta eduskunnan ministeriö ministeriön kunta kunnan kaupunki
kaupungin puolue puolueen yhtiö yhtiön poliisi liitto liiton järjestö järjestön virasto
viraston oikeus käräjäoikeus hovioikeus pankki pankin yliopisto yliopiston sairaala
raportti selvitys tutkimus tiedote
"""

# postpositions after a genitive ("sillan vieressä", "kokouksen jälkeen")
_POSTPOSITIONS = """
vieressä vieressään luona luonaan jälkeen jälkeensä aikana edessä takana alla yllä päällä
keskellä lähellä ympärillä kanssa vuoksi takia sijaan
"""

LEXICON = Lexicon(
    code="fi",
    name="Finnish",
    quote_pairs=(
        ("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        (
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset({"kehottaa", "kehottavat", "kehotti", "kehottivat"}),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    clause_cues=frozenset({"katsoo", "katsovat", "katsoi", "katsoivat", "jatkaa", "jatkoi"}),
    question_cues=frozenset({"kysyy", "kysyvät", "kysyi", "kysyivät"}),
    thought_cues=frozenset({"uskoo", "uskon", "arvelee", "toivoo", "epäilee"}),
    hedge_subjects=frozenset({"minä", "me", "sinä", "te"}),
    name_suffix_marks=(":",),  # "STT:n", "EU:lle" (COLON_ENDING)
    cue_phrases=(
        "on sanonut",
        "on kertonut",
        "ovat kertoneet",
        "on todennut",
        "kirjoittaa tiedotteessa",
        "kirjoitti tiedotteessa",
        "kertoo tiedotteessa",
        "kertoi tiedotteessa",
    ),
    naming_cues=("kutsuu", "kutsui", "nimitti", "kuvaili", "kuvailee"),
    source_phrases=("lähteiden mukaan",),
    # "Poliisin mukaan mies pakeni": a clause of two words, the verb inflected for its subject
    min_according_words=2,
    source_postpositions=frozenset({"mukaan", "mukaansa"}),
    pronouns=frozenset({"hän", "he", "minä", "me", "te", "sinä", "hänen", "heidän"}),
    person_pronouns=frozenset({"hän", "hänen"}),
    genderless_pronouns=frozenset({"hän"}),
    object_pronouns=frozenset({"häntä", "hänelle", "heille", "heitä", "meille", "minulle"}),
    audience_nouns=frozenset({"toimittajille", "medialle", "stt:lle", "uutistoimistolle"}),
    relative_pronouns=frozenset({"joka", "jotka", "jonka", "joiden", "mikä", "mitkä"}),
    possessive_determiners=frozenset({"hänen", "heidän"}),
    noun_like_cues=frozenset({"vastaa", "lisää", "lupaa", "linjaa", "kuiskaa"}),
    first_person=frozenset({"minä", "me", "minun", "meidän", "olen", "olemme", "meillä"}),
    determiners=frozenset(
        {"tämä", "tuo", "se", "nämä", "ne", "eräs", "useat", "monet", "kaikki", "jokainen"}
    ),
    quantifiers=frozenset({"useat", "monet", "kaikki"}),
    auxiliaries=frozenset(
        {
            "on",
            "ovat",
            "oli",
            "olivat",
            "ei",
            "eivät",
            "myös",
            "jo",
            "nyt",
            "vielä",
            "kuitenkin",
            "edelleen",
            "aiemmin",
            "myöhemmin",
            "lisäksi",
            "tänään",
            "eilen",
        }
    ),
    complementizers=frozenset({"että"}),
    conjunctions=frozenset(
        {"ja", "mutta", "tai", "sekä", "koska", "kun", "jos", "vaikka", "eikä", "eivätkä"}
    ),
    list_conjunctions=frozenset({"ja", "tai", "sekä"}),
    clause_openers=frozenset(
        {
            "mitä",
            "kuka",
            "missä",
            "milloin",
            "miten",
            "miksi",
            "onko",
            "että",
            "joka",
            "jotka",
            "kun",
            "jos",
        }
    ),
    question_words=frozenset({"mitä", "kuka", "missä", "milloin", "miten", "miksi", "kuinka"}),
    content_stops=frozenset({"vaikka"}),
    bare_noun_subjects=True,
    complement_comma=True,
    zero_complementizer=False,
    verbal_cues=True,
    infinitive_endings=("maan", "mään"),
    # with a possessive suffix too: "kertoo kaupunki tiedotteessaan" (in its release)
    oblique_case_endings=(
        *("lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä"),
        *("lleen", "llaan", "llään", "ltaan", "ltään", "ssaan", "ssään", "staan", "stään"),
    ),
    oblique_name_endings=("sen",),
    # "Virtasen", "Mäkisen" of "-nen"; "Kallaksen" of "-s"
    name_stem_alternations=(("sen", "nen"), ("ksen", "s")),
    sentence_adverbs=frozenset({"nyt", "kuitenkin", "ehkä", "lisäksi"}),
    prepositions=frozenset({"ennen", "ilman", "kohti", "yli", "alle", "vastaan"}),
    # after a genitive ("sillan vieressä", "kokouksen jälkeen"): the phrase is an adjunct
    postpositions=frozenset(_POSTPOSITIONS.split()),
    time_words=frozenset(
        {
            "maanantaina",
            "tiistaina",
            "keskiviikkona",
            "torstaina",
            "perjantaina",
            "lauantaina",
            "sunnuntaina",
            "tänään",
            "eilen",
            "huomenna",
            "aiemmin",
            "myöhemmin",
            "myös",
        }
    ),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    role_heads=_ROLE_HEADS,
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset({"pääministeri", "ministeri", "presidentti", "professori", "tohtori"}),
    media_words=frozenset(
        {
            "stt",
            "yle",
            "ylen",
            "ylelle",
            "mtv",
            "mtv uutiset",
            "helsingin sanomat",
            "helsingin sanomien",
            "helsingin sanomille",
            "hs",
            "iltalehti",
            "iltalehden",
            "iltalehdelle",
            "ilta-sanomat",
            "ilta-sanomien",
            "ilta-sanomille",
            "kauppalehti",
            "kauppalehden",
            "aamulehti",
            "aamulehden",
            "hufvudstadsbladet",
            "uutistoimisto",
            "uutistoimiston",
            "lehti",
            "lehden",
            "reutersin",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"uutistoimisto", "uutistoimiston"}),
    generic_media=frozenset({"media", "mediat", "tiedotusvälineet"}),
    platform_words=frozenset({"facebookissa", "instagramissa", "x:ssä"}) | PLATFORMS,
    credit_cues=frozenset({"uutisoi", "uutisoivat"}),
    attribution_cues=("uutisoi", "uutisoivat", "kertoo", "kertoi", "raportoi"),
    attribution_verbs=(
        "kertoo",
        "kertoi",
        "uutisoi",
        "uutisoivat",
        "raportoi",
        "kirjoittaa",
        "kirjoitti",
        "mukaan",
    ),
    anaphoric_cues=(
        "asiasta kertoi",
        "asiasta kertoo",
        "asiasta kertoivat",
        "asiasta kertovat",
        "asiasta tiedotti",
        "asiasta ilmoitti",
        "tämän kertoi",
        "tämän kertoo",
        "tästä kertoi",
    ),
    byline_words=("Teksti",),
    background_markers=("taustaa", "tausta"),
    background_openers=(
        "aiemmin",
        "viime vuonna",
        "viime viikolla",
        "viime kuussa",
        "viime talvena",
        "viime kesänä",
        "kuten aiemmin on kerrottu",
    ),
    section_markers=("video", "kuva", "lue myös"),
    month_names=(
        ("tammikuuta", "tammikuu"),
        ("helmikuuta", "helmikuu"),
        ("maaliskuuta", "maaliskuu"),
        ("huhtikuuta", "huhtikuu"),
        ("toukokuuta", "toukokuu"),
        ("kesäkuuta", "kesäkuu"),
        ("heinäkuuta", "heinäkuu"),
        ("elokuuta", "elokuu"),
        ("syyskuuta", "syyskuu"),
        ("lokakuuta", "lokakuu"),
        ("marraskuuta", "marraskuu"),
        ("joulukuuta", "joulukuu"),
    ),
    boilerplate=("kuva:", "lue myös", "lähde:"),
    abbreviations=frozenset({"esim", "mm", "ns", "ym", "jne", "n", "milj", "mrd", "prof", "tri"}),
    # frequent words no other lexicon's language writes ("että", "mukaan", "myös"); not
    # "on" (English)
    stopwords=frozenset(
        {
            "ja",
            "että",
            "hän",
            "oli",
            "ovat",
            "mukaan",
            "myös",
            "mutta",
            "sekä",
            "vuonna",
            "kertoi",
            "sanoi",
            "sanoo",
            "kertoo",
            "joka",
            "jotka",
            "mikä",
            "tämä",
            "vielä",
            "jälkeen",
            "aikana",
            "noin",
            "prosenttia",
            "euroa",
            "hänen",
            "heidän",
            "olisi",
            "ole",
            "tänä",
            "mukaansa",
            "kanssa",
            "sitä",
            "siitä",
            "eikä",
            "eivät",
            "olivat",
            "mitä",
            "jos",
            "koska",
            "vaikka",
        }
    ),
)
