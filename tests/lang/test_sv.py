"""Swedish: language detection against Danish, Norwegian, German and English, the quote
constructions of invented articles (dash paragraphs signed after a comma, "Det uppger
X"), and the TT dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Enligt Trafikverket (TRV) är bron i Lornby stängd i tre månader.",
        [("reported", "är bron i Lornby stängd i tre månader", "Trafikverket", "Enligt")],
        id="a-short-bracket-after-a-source-without-a-comma",
    ),
    pytest.param(
        "Enligt Trafikverkets presschef kommer bron i Lornby att vara stängd.",
        [("reported", "kommer bron i Lornby att vara stängd", "Trafikverkets presschef", "Enligt")],
        id="a-name-s-genitive-and-its-noun-before-the-verb",
    ),
    pytest.param(
        "– Det här är en katastrof för oss, säger Erik Lind som driver ett kafé i Lornby.",
        [("direct", "Det här är en katastrof för oss", "Erik Lind", "säger")],
        id="a-relative-clause-without-a-comma-after-the-dash-quote-s-signature",
    ),
    pytest.param(
        "– Vi måste agera nu. Det finns ingen tid att förlora, säger ministern Anna Berg.",
        [
            (
                "direct",
                "Vi måste agera nu. Det finns ingen tid att förlora",
                "Anna Berg",
                "säger",
            )
        ],
        id="dash-paragraph-of-two-sentences",
    ),
    pytest.param(
        "Ministern Anna Berg säger att skatterna inte höjs i år.",
        [("reported", "skatterna inte höjs i år", "Anna Berg", "säger")],
        id="reported-att",
    ),
    pytest.param(
        "”Vi höjer inte skatterna i år”, säger finansminister Per Holm.",
        [("direct", "Vi höjer inte skatterna i år", "Per Holm", "säger")],
        id="same-mark-both-ends",
    ),
    pytest.param(
        "»Vi höjer inte skatterna«, säger Per Holm.",
        [("direct", "Vi höjer inte skatterna", "Per Holm", "säger")],
        id="guillemets",
    ),
    pytest.param(
        "Två personer har gripits för rånet i Malmö. Det uppger polisen.",
        [("reported", "Två personer har gripits för rånet i Malmö", "polisen", "Det uppger")],
        id="anaphoric-det-uppger",
    ),
    pytest.param(
        "Enligt ministern kommer kostnaderna att betalas av arbetsgivarna.",
        [
            (
                "reported",
                "kommer kostnaderna att betalas av arbetsgivarna",
                "ministern",
                "Enligt",
            )
        ],
        id="enligt-without-comma",
    ),
    pytest.param(
        "Oppositionsrådet Eva Lund kritiserar beskedet och menar att regionen bara lovar.",
        [("reported", "regionen bara lovar", "Eva Lund", "menar")],
        id="coordinated-cue-after-a-full-name",
    ),
    pytest.param(
        "– Vi är redo för vintern, sade Jan Ek vid en presskonferens.",
        [("direct", "Vi är redo för vintern", "Jan Ek", "sade")],
        id="name-then-occasion",
    ),
    pytest.param(
        "Hon sa att hon skulle komma i morgon.",
        [("reported", "hon skulle komma i morgon", "Hon", "sa")],
        id="colloquial-sa",
    ),
    pytest.param(
        "– Vi gör allt vi kan, säger Jens Ravn, som leder insatsen.",
        [("direct", "Vi gör allt vi kan", "Jens Ravn", "säger")],
        id="relative-som-after-a-comma-signature",
    ),
    pytest.param("Laget vann matchen som spelades på söndagen.", [], id="no-cue"),
    pytest.param(
        "Efter mötet sa ministern att underskottet är för stort.",
        [("reported", "underskottet är för stort", "ministern", "sa")],
        id="fronted-phrase-subject-after-the-verb",
    ),
    pytest.param(
        "Därför säger Ulf Kristersson att skatten ska sänkas.",
        [("reported", "skatten ska sänkas", "Ulf Kristersson", "säger")],
        id="fronted-adverb-name-after-the-verb",
    ),
    pytest.param(
        "”Färjan går i maj”, sa ministern på tisdagen.",
        [
            ("direct", "Färjan går i maj", "ministern", "sa"),
        ],
        id="a-day-after-a-phrase-preposition-ends-the-inverted-source",
    ),
    pytest.param(
        "Bron öppnar i maj, sade ministern i måndags.",
        [("reported", "Bron öppnar i maj", "ministern", "sade")],
        id="i-mandags-no-part-of-the-source",
    ),
    pytest.param(
        "Hamnen stänger i juni, sade kommunalrådet i går kväll.",
        [("reported", "Hamnen stänger i juni", "kommunalrådet", "sade")],
        id="i-gar-kvall-no-part-of-the-source",
    ),
    pytest.param(
        "Bron stängs till fredag, uppger polisen i ett pressmeddelande.",
        [("reported", "Bron stängs till fredag", "polisen", "uppger")],
        id="the-medium-after-the-source-no-part-of-it",
    ),
    pytest.param(
        "Ministern var tydlig: ”Det blir inga skattehöjningar.”",
        [("direct", "Det blir inga skattehöjningar.", "Ministern", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_sv(text: str) -> None:
    assert lang.detect(text) == "sv"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "sv"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_pronoun_names_the_person_named_before() -> None:
    text = "Regionrådet Eva Lund öppnade mötet. Hon berättar att budgeten har ökat."
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Eva Lund"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Han sagde, at han ville komme i morgen.", "da"),
        ("Er sagte, dass er morgen kommen werde.", "de"),
        ("She said she would come tomorrow.", "en"),
    ],
)
def test_neighbours_keep_their_lines(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_outlet_told_is_credited() -> None:
    text = "– Domen är orimlig, säger advokaten Peter Wahl till Göteborgs-Posten."
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["Göteborgs-Posten"]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("sv", min_cue_verbs=200)


def test_a_comma_signature_with_words_after_it_interrupts_the_quotation() -> None:
    text = "Kommunen listade ändringarna.\n\n– Avgifterna, säger hon, kommer att stiga i maj."
    assert quote_rows(text, lang="sv") == [
        ("direct", "Avgifterna", "hon", "säger"),
        ("direct", "kommer att stiga i maj", "hon", "säger"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Det blir dyrt. Enligt (Jo Roe) blir det dyrt.", "Det blir dyrt. Enligt (Jo Roe blir det"],
)
def test_a_source_that_a_bracket_opens_is_named_by_the_words_inside(text: str) -> None:
    """``Enligt (Jo Roe) C``: the source that a bracket opens is named by its words (the
    speaker's name was empty), and no speaker is ever named by no word."""
    names = [s.name for s in newsstruct.parse(text, lang="sv").speakers]
    assert names == ["Jo Roe"]
