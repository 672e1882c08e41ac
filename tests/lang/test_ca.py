"""Catalan: language detection against Spanish, French, Italian and Portuguese, the quote
constructions of invented articles (the perfect "ha dit" and the periphrastic preterite
"va dir", «…», "Segons X", "Per a X", "Així ho ha explicat X", a dropped subject), and
background.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.model import Role

CASES = [
    pytest.param(
        "Segons la direcció del Port, la sessió de Lornport s'ajorna.",
        [("reported", "la sessió de Lornport s'ajorna", "la direcció del Port", "Segons")],
        id="a-body-described-by-a-preposition-written-onto-its-article",
    ),
    pytest.param(
        "El pont de Lornport tancarà dilluns, ha explicat l'Ajuntament.",
        [("reported", "El pont de Lornport tancarà dilluns", "l'Ajuntament", "ha explicat")],
        id="a-body-s-name-written-onto-its-elided-article",
    ),
    pytest.param(
        "«Els comptes quadren aquest any», va dir Anna Puig clarament.",
        [("direct", "Els comptes quadren aquest any", "Anna Puig", "va dir")],
        id="an-adverb-in-ment-after-an-inverted-name",
    ),
    pytest.param(
        "Segons l'Institut d'Estadística de Catalunya, l'atur baixarà aquest any.",
        [
            (
                "reported",
                "l'atur baixarà aquest any",
                "l'Institut d'Estadística de Catalunya",
                "Segons",
            )
        ],
        id="an-elided-preposition-inside-a-body-name",
    ),
    pytest.param(
        "Segons l'Agència Balear de la Pluja, les reserves són baixes.",
        [("reported", "les reserves són baixes", "l'Agència Balear de la Pluja", "Segons")],
        id="segons-elided-article-organisation",
    ),
    pytest.param(
        "Segons l'Institut Montseny, les reserves són baixes.",
        [("reported", "les reserves són baixes", "Institut Montseny", "Segons")],
        id="segons-elided-article-name",
    ),
    pytest.param(
        "El conseller d'Economia, Jordi Puig, ha dit que el pressupost creixerà un 5%.",
        [("reported", "el pressupost creixerà un 5%", "Jordi Puig", "ha dit")],
        id="role-apposition-perfect",
    ),
    pytest.param(
        "La consellera de Salut, Anna Roca, va afirmar que no hi haurà retallades.",
        [("reported", "no hi haurà retallades", "Anna Roca", "va afirmar")],
        id="periphrastic-preterite",
    ),
    pytest.param(
        "«No farem cap retallada», ha assegurat la consellera Anna Roca.",
        [("direct", "No farem cap retallada", "Anna Roca", "ha assegurat")],
        id="guillemets-cue-after",
    ),
    pytest.param(
        "La ministra Anna Roca ha afirmat: «No farem cap retallada.»",
        [("direct", "No farem cap retallada.", "Anna Roca", "ha afirmat")],
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(
        "«No hi haurà cap retallada», va dir l'alcaldessa.",
        [("direct", "No hi haurà cap retallada", "l'alcaldessa", "va dir")],
        id="elided-article-role",
    ),
    pytest.param(
        "Segons la consellera, les reserves dels embassaments són les més baixes en anys.",
        [
            (
                "reported",
                "les reserves dels embassaments són les més baixes en anys",
                "la consellera",
                "Segons",
            )
        ],
        id="segons",
    ),
    pytest.param(
        "Per a l'economista Joan Serra, la crisi encara no s'ha acabat.",
        [("reported", "la crisi encara no s'ha acabat", "Joan Serra", "Per")],
        id="per-a-opinion",
    ),
    pytest.param(
        "L'alcalde ha demanat als veïns que estalviïn aigua aquest estiu.",
        [("reported", "estalviïn aigua aquest estiu", "L'alcalde", "ha demanat")],
        id="addressee-als-then-que",
    ),
    pytest.param(
        "El Govern aprovarà un pla contra la sequera. Així ho ha anunciat la consellera Marta "
        "Vila.",
        [
            (
                "reported",
                "El Govern aprovarà un pla contra la sequera",
                "Marta Vila",
                "Així ho ha anunciat",
            )
        ],
        id="anaphoric-aixi-ho",
    ),
    pytest.param(
        "La consellera Anna Roca ha dit que el pressupost creixerà. Ha afegit que no hi haurà "
        "retallades.",
        [
            ("reported", "el pressupost creixerà", "Anna Roca", "ha dit"),
            ("reported", "no hi haurà retallades", "Anna Roca", "Ha afegit"),
        ],
        id="dropped-subject",
    ),
    pytest.param(
        "L'equip va guanyar el partit, que es va jugar diumenge amb molt de públic.",
        [],
        id="no-cue",
    ),
    pytest.param(
        "Segons ha explicat el conseller, les obres començaran al maig.",
        [("reported", "les obres començaran al maig", "el conseller", "ha explicat")],
        id="segons-and-a-cue-clause",
    ),
    pytest.param(
        "Segons les dades publicades dimarts per l'Institut de la Pesca, les captures han "
        "baixat. Segons les xifres de l'Observatori del Port, el trànsit ha crescut.",
        [
            ("reported", "les captures han baixat", "Institut de la Pesca", "Segons"),
            ("reported", "el trànsit ha crescut", "Observatori del Port", "Segons"),
        ],
        id="record-noun-names-the-agent-or-the-body",
    ),
    pytest.param(
        "Segons el secretari d'estat dimarts, el pont s'obrirà al maig.",
        [("reported", "el pont s'obrirà al maig", "el secretari d'estat", "Segons")],
        id="a-noun-of-a-participle-s-form-with-its-preposition-written-on",
    ),
    pytest.param(
        "«Farem tot el possible», ha dit el president del Consell Consultiu Nacional.",
        [
            (
                "direct",
                "Farem tot el possible",
                "el president del Consell Consultiu Nacional",
                "ha dit",
            )
        ],
        id="relational-adjectives-in-iu-after-a-body-noun-are-its-name",
    ),
    pytest.param(
        "L'atur va baixar al 10 % al març, segons dades de l'Idescat publicades aquest dimarts.",
        [("reported", "L'atur va baixar al 10 % al març", "Idescat", "segons")],
        id="a-participle-and-its-time-after-the-source",
    ),
    pytest.param(
        "Segons les xifres conegudes dimarts per l'Institut Català del Port, el trànsit creix.",
        [("reported", "el trànsit creix", "Institut Català del Port", "Segons")],
        id="a-participle-in-uda-names-the-agent-after-its-time",
    ),
    pytest.param(
        "D’acord amb el conseller d'Economia, el pressupost s'aprovarà al juny.",
        [
            (
                "reported",
                "el pressupost s'aprovarà al juny",
                "el conseller d'Economia",
                "D’acord amb",
            )
        ],
        id="a-source-phrase-with-a-typeset-apostrophe",
    ),
    pytest.param(
        "El port de Lornport reobrirà dilluns, va informar l'autoritat portuària.",
        [
            (
                "reported",
                "El port de Lornport reobrirà dilluns",
                "l'autoritat portuària",
                "va informar",
            )
        ],
        id="a-common-noun-on-its-elided-article-after-the-cue-closes-the-sentence",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_ca(text: str) -> None:
    assert lang.detect(text) == "ca"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "ca"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_pronoun_names_the_person_named_before() -> None:
    text = (
        "La consellera de Salut, Anna Roca, ha visitat l'hospital. Ella ha explicat que la "
        "nova planta obrirà al gener."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Anna Roca"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "El Govern aprovarà la setmana vinent un pla de xoc contra la sequera que inclourà "
            "restriccions d'aigua a més de 200 municipis, segons ha explicat la consellera.",
            "ca",
        ),
        (
            "El Gobierno aprobará la semana que viene un plan de choque contra la sequía que "
            "incluirá restricciones de agua en más de 200 municipios, según ha explicado la "
            "consejera.",
            "es",
        ),
        ("El ministro ha dicho que el presupuesto crecerá.", "es"),
        ("Le ministre a déclaré que le budget augmentera.", "fr"),
        ("Il ministro ha detto che il bilancio crescerà.", "it"),
        ("O ministro disse que o orçamento vai crescer.", "pt"),
    ],
)
def test_neighbours_keep_their_languages(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_background_after_cal_recordar() -> None:
    text = (
        "El Govern ha aprovat el pressupost, ha dit el president.\n\n"
        "Cal recordar que l'any passat el pressupost no es va aprovar."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "ca"
    assert article.paragraphs[-1].role is Role.BACKGROUND
    # the writer's reminder: no one's words
    assert [q.cue_text for q in article.quotes] == ["ha dit"]


def test_wire_dateline() -> None:
    text = "BARCELONA (ACN) - El Govern ha aprovat el pressupost, ha dit el president."
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("BARCELONA", "ACN")


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("ca", min_cue_verbs=400)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«El pont s'obrirà dilluns», ha dit el portaveu de l'Ajuntament de Girona.",
            "el portaveu de l'Ajuntament de Girona",
        ),
        (
            "El pont s'obrirà dilluns, ha explicat el secretari del departament.",
            "el secretari del departament",
        ),
    ],
)
def test_a_body_after_a_role_and_a_noun_in_ment_stay_the_speakers(text: str, speaker: str) -> None:
    """ "de l'Ajuntament de Girona" is no first name and a surname's particle: the
    spokesperson of a body speaks; "departament" ends in "-ment" but is a noun."""
    [quote] = newsstruct.parse(text, lang="ca", registry=REGISTRY).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
