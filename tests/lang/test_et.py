"""Estonian: language detection against Finnish and Portuguese (which writes "õ" too),
the quote constructions of invented articles („…“ signed by a cue before or after its
subject, "X sõnul", "politsei teatel", "Sellest teatas X", a pronoun without gender),
background and the BNS dateline.

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
        "Maksud tõusevad järgmisel aastal. Sellest teatas ministeerium.",
        [("reported", "Maksud tõusevad järgmisel aastal", "ministeerium", "Sellest teatas")],
        id="anaphoric-institution-noun",
    ),
    pytest.param(
        "Politsei pressiesindaja sõnul sai õnnetuses viga kaks inimest.",
        [
            (
                "reported",
                "sai õnnetuses viga kaks inimest",
                "Politsei pressiesindaja",
                "sõnul",
            )
        ],
        id="sonul-after-a-name-and-a-genitive-noun",
    ),
    pytest.param(
        "Tartu linnapea sõnul remonditakse sild järgmisel aastal.",
        [("reported", "remonditakse sild järgmisel aastal", "Tartu linnapea", "sõnul")],
        id="sonul-after-a-place-and-a-role",
    ),
    pytest.param(
        "Peaminister Kaja Tamm ütles, et valitsus tõstab järgmisel aastal pensione.",
        [("reported", "valitsus tõstab järgmisel aastal pensione", "Kaja Tamm", "ütles")],
        id="reported-et",
    ),
    pytest.param(
        "„Me ei tõsta makse,“ ütles rahandusminister Jüri Saar.",
        [("direct", "Me ei tõsta makse,", "Jüri Saar", "ütles")],
        id="low-high-marks-cue-before-subject",
    ),
    pytest.param(
        "„Me ei tõsta makse,” Saar ütles.",
        [("direct", "Me ei tõsta makse,", "Saar", "ütles")],
        id="subject-before-cue",
    ),
    pytest.param(
        "Rahandusminister Jüri Saar ütles: „Me ei tõsta makse.“",
        [("direct", "Me ei tõsta makse.", "Jüri Saar", "ütles")],
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(
        "Rahandusministri sõnul kasvab eelarve järgmisel aastal.",
        [("reported", "kasvab eelarve järgmisel aastal", "Rahandusministri", "sõnul")],
        id="sonul-postposition",
    ),
    pytest.param(
        "Politsei teatel on kaks inimest kinni peetud.",
        [("reported", "on kaks inimest kinni peetud", "Politsei", "teatel")],
        id="teatel-postposition",
    ),
    pytest.param(
        "Kaks inimest peeti röövi eest kinni. Sellest teatas politsei.",
        [("reported", "Kaks inimest peeti röövi eest kinni", "politsei", "Sellest teatas")],
        id="anaphoric-sellest-teatas",
    ),
    pytest.param(
        "Eelarve kasvab järgmisel aastal, ütles rahandusminister Jüri Saar ERR-ile.",
        [("reported", "Eelarve kasvab järgmisel aastal", "Jüri Saar", "ütles")],
        id="content-first-and-addressee",
    ),
    pytest.param(
        "Jüri Saar, kes juhib rahandusministeeriumi, ütles, et eelarve kasvab.",
        [("reported", "eelarve kasvab", "Jüri Saar", "ütles")],
        id="relative-kes-after-the-name",
    ),
    pytest.param(
        "Linnapea Mari Kask palus elanikel säästa vett.",
        [("reported", "säästa vett", "Mari Kask", "palus")],
        id="control-infinitive",
    ),
    pytest.param("Meeskond võitis mängu, mis peeti pühapäeval.", [], id="no-cue"),
    pytest.param(
        "„Me ei saa seda lubada,“ teisipäeval ütles peaminister Mari Tamm.",
        [("direct", "Me ei saa seda lubada,", "Mari Tamm", "ütles")],
        id="weekday-before-the-cue",
    ),
    pytest.param(
        "„Me ei saa seda lubada,“ ütles Tamm Päevalehele.",
        [("direct", "Me ei saa seda lubada,", "Tamm", "ütles")],
        id="allative-addressee-after-the-name",
    ),
    pytest.param(
        "Peaminister Mari Tamm ütles Raadiole, et maksud ei tõuse.",
        [("reported", "maksud ei tõuse", "Mari Tamm", "ütles")],
        id="allative-outlet-after-the-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_et(text: str) -> None:
    assert lang.detect(text) == "et"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "et"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "Ta ütles, et eelarve kasvab.",
        "Tema sõnul kasvab eelarve järgmisel aastal.",
    ],
)
def test_pronoun_names_the_person_named_before(second: str) -> None:
    text = "Rahandusminister Jüri Saar kohtus ettevõtjatega. " + second
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jüri Saar"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Valitsus kavatseb järgmisel aastal tõsta pensione viie protsendi võrra. "
            "Rahandusministri sõnul on selleks raha olemas, kuid opositsioon kritiseeris "
            "plaani teravalt.",
            "et",
        ),
        (
            "Hallitus aikoo korottaa eläkkeitä ensi vuonna viidellä prosentilla. "
            "Valtiovarainministerin mukaan rahaa on, mutta oppositio arvosteli suunnitelmaa.",
            "fi",
        ),
        (
            "O governo pretende aumentar as pensões em cinco por cento no próximo ano, "
            "segundo o ministro das Finanças.",
            "pt",
        ),
        ("Peaminister ütles, et läbirääkimised jõuavad lõpule.", "et"),
        ("Ministri sõnul on kõik õiged otsused tehtud.", "et"),
    ],
)
def test_neighbours_keep_their_languages(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_bns_dateline_and_background() -> None:
    text = (
        "TALLINN (BNS) – Valitsus tõstab järgmisel aastal pensione, ütles peaminister Kaja "
        "Tamm.\n\n„See on vajalik samm,“ lisas ta.\n\nMullu tõsteti pensione viis protsenti."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "et"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("TALLINN", "BNS")
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in article.quotes] == [
        ("Kaja Tamm", "ütles"),
        ("Kaja Tamm", "lisas"),
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("et", min_cue_verbs=250)


@pytest.mark.parametrize(
    ("opener", "role"),
    [
        ("Nagu Maaleht varem teatas, tõsteti", Role.BACKGROUND),
        ("Nagu Eesti Raadio varem teatas, tõsteti", Role.BACKGROUND),
        ("Nagu minister ütles, tõstetakse", Role.BODY),
    ],
)
def test_any_earlier_report_opens_background(opener: str, role: Role) -> None:
    text = (
        "Valitsus tõstab järgmisel aastal pensione, ütles peaminister Kaja Tamm.\n\n"
        f"{opener} pensione viis protsenti."
    )
    assert newsstruct.parse(text, registry=REGISTRY).paragraphs[-1].role is role


@pytest.mark.parametrize(
    ("text", "code", "speaker"),
    [
        (
            "Sild avatakse mais, ütles esmaspäeval majandus- ja kommunikatsiooniminister "
            "Jaan Lornik.",
            "et",
            "Jaan Lornik",
        ),
        (
            "Silta avataan toukokuussa, sanoi liikenne- ja viestintäministeri Jaana Lornio.",
            "fi",
            "Jaana Lornio",
        ),
    ],
)
def test_a_compound_part_with_a_hanging_hyphen_joins_the_role(
    text: str, code: str, speaker: str
) -> None:
    # "majandus- ja kommunikatsiooniminister": the first part shares the compound's head,
    # one role, no two subjects joined ("majandus-" was the speaker)
    [quote] = newsstruct.parse(text, lang=code).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_compound_roles_head_in_another_case_names_its_holder() -> None:
    # "Ministri sõnul" (the minister's words): "ministri" is the genitive of the head of
    # "majandusminister", the role printed with Jaan Lornik
    text = (
        "Sild avatakse mais, ütles majandusminister Jaan Lornik. Ministri sõnul on tööd hilinenud."
    )
    speakers = [
        q.speaker.name if q.speaker else None for q in newsstruct.parse(text, lang="et").quotes
    ]
    assert speakers == ["Jaan Lornik", "Jaan Lornik"]
