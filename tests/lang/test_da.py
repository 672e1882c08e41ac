"""Danish: language detection against Norwegian, Swedish, German and English, the quote
constructions of invented articles (dash paragraphs signed after a comma, »…« and „…“,
"lyder det fra X", "Det oplyser X", "ifølge"), background and the Ritzau dateline.

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
        "Ifølge Vejdirektoratets pressechef vil broen i Lornby være lukket.",
        [("reported", "vil broen i Lornby være lukket", "Vejdirektoratets pressechef", "Ifølge")],
        id="a-name-s-genitive-and-its-noun-before-the-verb",
    ),
    pytest.param(
        "Skolen i Tarm lukker til sommer. Det oplyser kommunen.",
        [("reported", "Skolen i Tarm lukker til sommer", "kommunen", "Det oplyser")],
        id="det-oplyser-institution-noun",
    ),
    pytest.param(
        "- Vi er nødt til at handle nu. Der er ingen tid at spilde, siger ministeren Mette Holm.",
        [
            (
                "direct",
                "Vi er nødt til at handle nu. Der er ingen tid at spilde",
                "Mette Holm",
                "siger",
            )
        ],
        id="dash-paragraph-of-two-sentences",
    ),
    pytest.param(
        "Skatteminister Anna Berg siger, at skatterne ikke stiger i år.",
        [("reported", "skatterne ikke stiger i år", "Anna Berg", "siger")],
        id="reported-comma-at",
    ),
    pytest.param(
        "Skatteminister Anna Berg siger at skatterne ikke stiger i år.",
        [("reported", "skatterne ikke stiger i år", "Anna Berg", "siger")],
        id="reported-at-without-comma",
    ),
    pytest.param(
        "»Vi hæver ikke skatterne i år«, siger finansminister Per Holm.",
        [("direct", "Vi hæver ikke skatterne i år", "Per Holm", "siger")],
        id="guillemets-pointing-in-cue-after",
    ),
    pytest.param(
        "Finansminister Per Holm sagde: »Vi hæver ikke skatterne i år.«",
        [("direct", "Vi hæver ikke skatterne i år.", "Per Holm", "sagde")],
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(
        "„Vi hæver ikke skatterne i år“, fortæller Per Holm.",
        [("direct", "Vi hæver ikke skatterne i år", "Per Holm", "fortæller")],
        id="low-high-marks",
    ),
    pytest.param(
        "- Det er en katastrofe for hele byen, lyder det fra borgmester Anna Berg efter mødet.",
        [("direct", "Det er en katastrofe for hele byen", "Anna Berg", "lyder det fra")],
        id="lyder-det-fra",
    ),
    pytest.param(
        "To personer er anholdt efter røveriet i Odense. Det oplyser politiet.",
        [("reported", "To personer er anholdt efter røveriet i Odense", "politiet", "Det oplyser")],
        id="anaphoric-det-oplyser",
    ),
    pytest.param(
        "Ifølge ministeren vil ændringen berøre omkring 200.000 lønmodtagere.",
        [("reported", "vil ændringen berøre omkring 200.000 lønmodtagere", "ministeren", "Ifølge")],
        id="ifolge",
    ),
    pytest.param(
        "Vagtchef Jens Ravn fra Fyns Politi oplyser, at en 34-årig mand er anholdt.",
        [("reported", "en 34-årig mand er anholdt", "Jens Ravn", "oplyser")],
        id="role-name-and-police-district",
    ),
    pytest.param(
        "Lars Jensen, der er formand for forbundet, siger, at forslaget er urimeligt.",
        [("reported", "forslaget er urimeligt", "Lars Jensen", "siger")],
        id="relative-der-after-the-name",
    ),
    pytest.param(
        "Borgmester Anna Berg opfordrede borgerne til at spare på vandet.",
        [("reported", "spare på vandet", "Anna Berg", "opfordrede")],
        id="control-til-at",
    ),
    pytest.param(
        "- Vi gør alt, hvad vi kan, siger vagtchef Jens Ravn, der leder indsatsen.",
        [("direct", "Vi gør alt, hvad vi kan", "Jens Ravn", "siger")],
        id="relative-der-after-a-comma-signature",
    ),
    pytest.param(
        "»Europa skal stå sammen«, siger Ursula von der Leyen.",
        [("direct", "Europa skal stå sammen", "Ursula von der Leyen", "siger")],
        id="name-particle-der",
    ),
    pytest.param("Holdet vandt kampen, der blev spillet søndag.", [], id="no-cue"),
    pytest.param(
        "Til TV 2 siger borgmesteren, at broen forbliver lukket.",
        [("reported", "broen forbliver lukket", "borgmesteren", "siger")],
        id="fronted-phrase-subject-after-the-verb",
    ),
    pytest.param(
        "I går sagde han, at broen forbliver lukket.",
        [("reported", "broen forbliver lukket", "han", "sagde")],
        id="fronted-time-subject-after-the-verb",
    ),
    pytest.param(
        "På mødet udtalte formanden: »Vi giver ikke op.«",
        [("direct", "Vi giver ikke op.", "formanden", "udtalte")],
        id="fronted-phrase-subject-after-the-verb-before-a-colon",
    ),
    pytest.param(
        "Derfor siger Lars Løkke Rasmussen, at skatten skal ned.",
        [("reported", "skatten skal ned", "Lars Løkke Rasmussen", "siger")],
        id="fronted-adverb-name-after-the-verb",
    ),
    pytest.param(
        "Dengang sagde Mette Frederiksen til DR, at skatten skal ned.",
        [("reported", "skatten skal ned", "Mette Frederiksen", "sagde")],
        id="fronted-adverb-name-after-the-verb-before-an-addressee",
    ),
    pytest.param(
        "Broen åbner i maj, sagde ministeren i går.",
        [("reported", "Broen åbner i maj", "ministeren", "sagde")],
        id="i-gar-no-part-of-the-source",
    ),
    pytest.param(
        "Havnen lukker i juni, sagde borgmesteren mandag aften.",
        [("reported", "Havnen lukker i juni", "borgmesteren", "sagde")],
        id="weekday-and-evening-no-part-of-the-source",
    ),
    pytest.param(
        "Broen lukkes til fredag, oplyser politiet i en pressemeddelelse.",
        [("reported", "Broen lukkes til fredag", "politiet", "oplyser")],
        id="the-medium-after-the-source-no-part-of-it",
    ),
    pytest.param(
        "Ministeren var klar: ”Der kommer ikke nogen skattestigninger i år.”",
        [("direct", "Der kommer ikke nogen skattestigninger i år.", "Ministeren", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_da(text: str) -> None:
    assert lang.detect(text) == "da"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "da"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize("name", ["Anna Berg", "Mette Holm"])
def test_pronoun_names_the_woman_named_before(name: str) -> None:
    # "Mette" ends like no woman's name: the Nordic names tell her a woman
    text = f"Borgmester {name} mødte beboerne i aftes. Hun fortæller, at skolen skal udvides."
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]


_PARAGRAPHS = {
    "da": (
        "Regeringen vil bruge to milliarder kroner ekstra på ældreplejen i næste år. Det "
        "fremgår af finanslovsforslaget, som blev præsenteret mandag. Ifølge finansministeren "
        "skal pengene især gå til flere hænder i hjemmeplejen, og kommunerne får selv lov at "
        "bestemme, hvordan de bruger dem."
    ),
    "no": (
        "Regjeringen vil bruke to milliarder kroner ekstra på eldreomsorgen neste år. Det går "
        "fram av budsjettforslaget, som ble lagt fram mandag. Ifølge finansministeren skal "
        "pengene særlig gå til flere ansatte i hjemmetjenesten, og kommunene får selv "
        "bestemme hvordan de bruker dem."
    ),
    "sv": (
        "Regeringen vill satsa två miljarder kronor extra på äldreomsorgen nästa år. Det "
        "framgår av budgetpropositionen, som presenterades på måndagen. Enligt "
        "finansministern ska pengarna främst gå till fler anställda i hemtjänsten, och "
        "kommunerna får själva bestämma hur de använder dem."
    ),
}


@pytest.mark.parametrize("code", sorted(_PARAGRAPHS))
def test_scandinavian_paragraphs_keep_their_languages(code: str) -> None:
    assert lang.detect(_PARAGRAPHS[code]) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Han sade att han skulle komma i morgon.", "sv"),
        ("Er sagte, dass er morgen kommen werde.", "de"),
        ("She said she would come tomorrow.", "en"),
    ],
)
def test_neighbours_keep_their_lines(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_ritzau_dateline_and_background() -> None:
    text = (
        "KØBENHAVN (Ritzau) - Regeringen hæver pensionsalderen, siger statsministeren.\n\n"
        "- Det er nødvendigt, siger hun.\n\n"
        "Tidligere i år afviste regeringen at ændre reglerne."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "da"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("KØBENHAVN", "Ritzau")
    assert [p.text for p in article.background] == [
        "Tidligere i år afviste regeringen at ændre reglerne."
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND


def test_outlet_told_is_credited() -> None:
    text = "- Dommen er urimelig, siger advokat Peter Wahl til Jyllands-Posten."
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["Jyllands-Posten"]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("da", min_cue_verbs=250)


@pytest.mark.parametrize(
    "text",
    [
        "Derfor siger ministeren, at forslaget er dårligt.",
        "Alligevel siger ministeren, at forslaget er dårligt.",
    ],
)
def test_a_fronted_adverb_is_no_speaker(text: str) -> None:
    quotes = newsstruct.parse(text, lang="da", registry=REGISTRY).quotes
    assert [q.cue_text for q in quotes] == ["siger"]
    assert all(q.speaker is None or q.speaker.name != text.split()[0] for q in quotes)


def test_a_name_in_apposition_after_a_comma_signature_is_no_quotation() -> None:
    text = "- Europa skal stå sammen, siger EU-Kommissionens formand, Ursula von der Leyen."
    assert [q.text for q in newsstruct.parse(text, registry=REGISTRY).quotes] == [
        "Europa skal stå sammen"
    ]


@pytest.mark.parametrize("name", ["Ritzau", "DR", "Berlingske"])
def test_a_report_by_any_outlet_opens_background(name: str) -> None:
    text = (
        "Regeringen hæver pensionsalderen, siger statsministeren.\n\n"
        f"Som {name} tidligere har beskrevet, afviste regeringen at ændre reglerne i fjor."
    )
    article = newsstruct.parse(text, lang="da", registry=REGISTRY)
    assert article.paragraphs[-1].role is Role.BACKGROUND


@pytest.mark.parametrize("name", ["Ritzau", "DR"])
def test_told_to_an_outlet_is_no_part_of_the_cue(name: str) -> None:
    text = f"Ministeren sagde til {name}, at skatten skal ned."
    article = newsstruct.parse(text, lang="da", registry=REGISTRY)
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in article.quotes] == [
        ("Ministeren", "sagde")
    ]
