"""Norwegian (Bokmål): language detection against Danish and Swedish, the quote
constructions of invented articles (dash paragraphs signed after a comma, «…», "lyder det
fra X", "Det opplyser X", "ifølge"), background and the NTB dateline.

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
        "Ifølge Statens vegvesen vil brua i Lornvik være stengt i tre måneder etter ulykken.",
        [
            (
                "reported",
                "vil brua i Lornvik være stengt i tre måneder etter ulykken",
                "Statens vegvesen",
                "Ifølge",
            )
        ],
        id="a-name-s-genitive-and-its-noun-before-the-verb",
    ),
    pytest.param(
        "Ifølge Jo Roe vil brua i Lornvik være stengt i tre måneder etter ulykken.",
        [
            (
                "reported",
                "vil brua i Lornvik være stengt i tre måneder etter ulykken",
                "Jo Roe",
                "Ifølge",
            )
        ],
        id="a-name-after-the-verb-is-the-content-s",
    ),
    pytest.param(
        "– Vi må handle nå. Det er ingen tid å miste, sier statsråd Kari Nordmann.",
        [
            (
                "direct",
                "Vi må handle nå. Det er ingen tid å miste",
                "Kari Nordmann",
                "sier",
            )
        ],
        id="dash-paragraph-of-two-sentences",
    ),
    pytest.param(
        "Finansminister Per Hansen sier at skattene ikke skal økes i år.",
        [("reported", "skattene ikke skal økes i år", "Per Hansen", "sier")],
        id="reported-at",
    ),
    pytest.param(
        "«Vi øker ikke skattene i år», sier finansminister Per Hansen.",
        [("direct", "Vi øker ikke skattene i år", "Per Hansen", "sier")],
        id="guillemets-cue-after",
    ),
    pytest.param(
        "Finansminister Per Hansen sa: «Vi øker ikke skattene i år.»",
        [("direct", "Vi øker ikke skattene i år.", "Per Hansen", "sa")],
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(
        "– Dette er en katastrofe for hele byen, lyder det fra ordfører Anne Berg.",
        [("direct", "Dette er en katastrofe for hele byen", "Anne Berg", "lyder det fra")],
        id="lyder-det-fra",
    ),
    pytest.param(
        "To personer er pågrepet etter ranet i Bergen. Det opplyser politiet.",
        [("reported", "To personer er pågrepet etter ranet i Bergen", "politiet", "Det opplyser")],
        id="anaphoric-det-opplyser",
    ),
    pytest.param(
        "Ifølge ministeren vil endringen berøre rundt 200.000 arbeidstakere.",
        [("reported", "vil endringen berøre rundt 200.000 arbeidstakere", "ministeren", "Ifølge")],
        id="ifolge",
    ),
    pytest.param(
        "Lars Hansen, som er leder i forbundet, sier at forslaget er urimelig.",
        [("reported", "forslaget er urimelig", "Lars Hansen", "sier")],
        id="relative-som-after-the-name",
    ),
    pytest.param(
        "Ordfører Anne Berg oppfordret innbyggerne til å spare på vannet.",
        [("reported", "spare på vannet", "Anne Berg", "oppfordret")],
        id="control-til-a",
    ),
    pytest.param(
        "– Vi gjør alt vi kan, sier operasjonsleder Jens Ravn, som leder innsatsen.",
        [("direct", "Vi gjør alt vi kan", "Jens Ravn", "sier")],
        id="relative-som-after-a-comma-signature",
    ),
    pytest.param("Laget vant kampen, som ble spilt søndag.", [], id="no-cue"),
    pytest.param(
        "Etter møtet sa ministeren at underskuddet er for stort.",
        [("reported", "underskuddet er for stort", "ministeren", "sa")],
        id="fronted-phrase-subject-after-the-verb",
    ),
    pytest.param(
        "Derfor sier Jonas Gahr Støre at skatten skal ned.",
        [("reported", "skatten skal ned", "Jonas Gahr Støre", "sier")],
        id="fronted-adverb-name-after-the-verb",
    ),
    pytest.param(
        "– Ferja kommer ikke tilbake før i mai, sa ministeren på mandag.",
        [
            ("direct", "Ferja kommer ikke tilbake før i mai", "ministeren", "sa"),
        ],
        id="a-day-after-a-phrase-preposition-ends-the-inverted-source",
    ),
    pytest.param(
        "Brua åpner i mai, sa ministeren i går kveld.",
        [("reported", "Brua åpner i mai", "ministeren", "sa")],
        id="i-gar-kveld-no-part-of-the-source",
    ),
    pytest.param(
        "Brua stenges til fredag, opplyser politiet i en pressemelding.",
        [("reported", "Brua stenges til fredag", "politiet", "opplyser")],
        id="the-medium-after-the-source-no-part-of-it",
    ),
    pytest.param(
        "Brua stenges til fredag, opplyser Statens vegvesen i en pressemelding.",
        [("reported", "Brua stenges til fredag", "Statens vegvesen", "opplyser")],
        id="the-medium-after-a-bodys-name",
    ),
    pytest.param(
        "Ministeren var tydelig: «Det blir ingen skatteøkninger.»",
        [("direct", "Det blir ingen skatteøkninger.", "Ministeren", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_no(text: str) -> None:
    assert lang.detect(text) == "no"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "no"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_pronoun_names_the_woman_named_before() -> None:
    # "Anne" ends like no woman's name: the Nordic names tell her a woman
    text = "Ordfører Anne Berg møtte beboerne mandag. Hun forteller at skolen skal bygges ut."
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Anne Berg"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Han sa at han skulle komme i morgen.", "no"),
        ("Han sagde, at han ville komme i morgen.", "da"),
        ("Han sade att han skulle komma i morgon.", "sv"),
    ],
)
def test_scandinavian_lines_keep_their_languages(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_ntb_dateline_and_background() -> None:
    text = (
        "OSLO (NTB) – Regjeringen øker pensjonene, sier statsministeren.\n\n"
        "– Dette er nødvendig, sier hun.\n\n"
        "I fjor avviste regjeringen å endre reglene."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "no"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("OSLO", "NTB")
    assert [p.text for p in article.background] == ["I fjor avviste regjeringen å endre reglene."]
    assert article.paragraphs[-1].role is Role.BACKGROUND


def test_outlet_told_is_credited() -> None:
    text = "– Dommen er urimelig, sier advokat Per Wahl til Aftenposten."
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["Aftenposten"]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("no", min_cue_verbs=250)


@pytest.mark.parametrize(
    "text",
    [
        "Derfor sier ministeren at forslaget er dårlig.",
        "Likevel sier ministeren at forslaget er dårlig.",
    ],
)
def test_a_fronted_adverb_is_no_speaker(text: str) -> None:
    quotes = newsstruct.parse(text, lang="no", registry=REGISTRY).quotes
    assert [q.cue_text for q in quotes] == ["sier"]
    assert all(q.speaker is None or q.speaker.name != text.split()[0] for q in quotes)


@pytest.mark.parametrize("name", ["NTB", "NRK", "Aftenposten"])
def test_a_report_by_any_outlet_opens_background(name: str) -> None:
    text = (
        "Regjeringen øker pensjonene, sier statsministeren.\n\n"
        f"Som {name} tidligere har meldt, avviste regjeringen å endre reglene i fjor."
    )
    article = newsstruct.parse(text, lang="no", registry=REGISTRY)
    assert article.paragraphs[-1].role is Role.BACKGROUND
