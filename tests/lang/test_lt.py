"""Lithuanian: language detection against Latvian and Polish, the quote constructions of
invented articles („…“ and a dash before the cue, "Pasak X", "Anot X", "X teigimu", "X
duomenimis", "Apie tai pranešė X", pronouns of both genders), background and the BNS
dateline.

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
        "Mokesčiai kitais metais didės, pranešė Miškų ministerija.",
        [("reported", "Mokesčiai kitais metais didės", "Miškų ministerija", "pranešė")],
        id="capitalised-modifier-before-institution-noun",
    ),
    pytest.param(
        "Statistikos departamento duomenimis, nedarbas sumažėjo iki 6 procentų.",
        [
            (
                "reported",
                "nedarbas sumažėjo iki 6 procentų",
                "Statistikos departamento",
                "duomenimis",
            )
        ],
        id="duomenimis-after-two-genitives",
    ),
    pytest.param(
        "Ministro teigimu, padėtis sudėtinga.",
        [("reported", "padėtis sudėtinga", "Ministro", "teigimu")],
        id="teigimu-before-a-content-of-two-words",
    ),
    pytest.param(
        "Finansų ministrė Ona Petraitė sakė, kad mokesčiai nebus didinami.",
        [("reported", "mokesčiai nebus didinami", "Ona Petraitė", "sakė")],
        id="reported-kad",
    ),
    pytest.param(
        "Susisiekimo ministras Tomas Jonaitis pabrėžė, jog tiltas bus atidarytas gegužę.",
        [("reported", "tiltas bus atidarytas gegužę", "Tomas Jonaitis", "pabrėžė")],
        id="reported-jog",
    ),
    pytest.param(
        "„Mokesčių nedidinsime“, – sakė finansų ministrė Ona Petraitė.",
        [("direct", "Mokesčių nedidinsime", "Ona Petraitė", "sakė")],
        id="dash-cue-before-subject",
    ),
    pytest.param(
        "„Mokesčių nedidinsime“, – Petraitė sakė.",
        [("direct", "Mokesčių nedidinsime", "Petraitė", "sakė")],
        id="subject-before-cue",
    ),
    pytest.param(
        "Finansų ministrė Ona Petraitė pabrėžė: „Mokesčių nedidinsime.“",
        [("direct", "Mokesčių nedidinsime.", "Ona Petraitė", "pabrėžė")],
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(
        "Pasak ministrės, biudžetas kitais metais augs.",
        [("reported", "biudžetas kitais metais augs", "ministrės", "Pasak")],
        id="pasak",
    ),
    pytest.param(
        "Ministro teigimu, biudžetas kitais metais augs.",
        [("reported", "biudžetas kitais metais augs", "Ministro", "teigimu")],
        id="teigimu-after-the-source",
    ),
    pytest.param(
        "Policijos duomenimis, sulaikyti du žmonės.",
        [("reported", "sulaikyti du žmonės", "Policijos", "duomenimis")],
        id="duomenimis-after-the-source",
    ),
    pytest.param(
        "Vilniuje sulaikyti du įtariamieji. Apie tai pranešė policija.",
        [("reported", "Vilniuje sulaikyti du įtariamieji", "policija", "Apie tai pranešė")],
        id="anaphoric-apie-tai",
    ),
    pytest.param(
        "Meras Jonas Kazlauskas paragino gyventojus taupyti vandenį.",
        [("reported", "taupyti vandenį", "Jonas Kazlauskas", "paragino")],
        id="control-infinitive",
    ),
    pytest.param(
        "Jonas Kazlauskas, kuris vadovauja savivaldybei, sakė, kad vandens pakanka.",
        [("reported", "vandens pakanka", "Jonas Kazlauskas", "sakė")],
        id="relative-kuris-after-the-name",
    ),
    pytest.param("Komanda laimėjo rungtynes, kurios vyko sekmadienį.", [], id="no-cue"),
    pytest.param(
        "„Mes negalime to leisti“, – antradienį sakė premjerė Ona Petraitė.",
        [("direct", "Mes negalime to leisti", "Ona Petraitė", "sakė")],
        id="weekday-before-the-cue",
    ),
    pytest.param(
        "„Mes negalime to leisti“, – žurnalistams sakė premjerė Ona Petraitė.",
        [("direct", "Mes negalime to leisti", "Ona Petraitė", "sakė")],
        id="dative-addressee-before-the-cue",
    ),
    pytest.param(
        "„Tiltas bus atidarytas gegužę“, – sakė ELTAI susisiekimo ministras.",
        [("direct", "Tiltas bus atidarytas gegužę", "susisiekimo ministras", "sakė")],
        id="outlet-told-after-the-cue",
    ),
    pytest.param(
        "BNS susisiekimo ministras sakė, kad tiltas bus atidarytas gegužę.",
        [("reported", "tiltas bus atidarytas gegužę", "susisiekimo ministras", "sakė")],
        id="outlet-told-before-the-subject",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_lt(text: str) -> None:
    assert lang.detect(text) == "lt"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "lt"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Meras Jonas Kazlauskas susitiko su gyventojais. Jis sakė, kad vandens pakanka.",
            "Jonas Kazlauskas",
        ),
        (
            "Merė Ona Petraitė susitiko su gyventojais. Pasak jos, vandens pakanka visiems.",
            "Ona Petraitė",
        ),
    ],
)
def test_pronoun_names_the_person_named_before(text: str, name: str) -> None:
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Vyriausybė kitais metais ketina padidinti pensijas penkiais procentais. Pasak "
            "finansų ministro, tam pinigų yra, tačiau opozicija planą griežtai kritikavo.",
            "lt",
        ),
        (
            "Rząd zamierza w przyszłym roku podnieść emerytury o pięć procent. Według "
            "ministra finansów pieniądze na to są, ale opozycja ostro skrytykowała plan.",
            "pl",
        ),
    ],
)
def test_neighbours_keep_their_languages(text: str, code: str) -> None:
    assert lang.detect(text) == code


def test_bns_dateline_and_background() -> None:
    text = (
        "VILNIUS (BNS) – Vyriausybė kitais metais didins pensijas, sakė premjerė Ona "
        "Petraitė.\n\n„Tai būtinas žingsnis“, – pridūrė ji.\n\n"
        "Primename, kad pernai pensijos padidėjo penkiais procentais."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "lt"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("VILNIUS", "BNS")
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in article.quotes] == [
        ("Ona Petraitė", "sakė"),
        ("Ona Petraitė", "pridūrė"),
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("lt", min_cue_verbs=250)


@pytest.mark.parametrize(
    ("text", "place", "agency", "date"),
    [
        (
            "Vilnius, gruodžio 1 d. (ELTA). Susisiekimo ministras Jonas Lornaitis sakė, kad "
            "tiltas bus atidarytas gegužę.",
            "Vilnius",
            "ELTA",
            "gruodžio 1 d.",
        ),
        (
            "Rīga, 1. decembrī (LETA). Satiksmes ministrs Jānis Lornis sacīja, ka tilts tiks "
            "atvērts maijā.",
            "Rīga",
            "LETA",
            "1. decembrī",
        ),
    ],
)
def test_a_wire_dateline_closed_by_a_full_stop(
    text: str, place: str, agency: str, date: str
) -> None:
    # ELTA closes its dateline with a full stop: no part of the lead's reported quote
    article = newsstruct.parse(text)
    assert article.dateline is not None
    dateline = article.dateline
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert text[dateline.span.start : dateline.span.end] == f"{place}, {date} ({agency})"
    assert article.quotes[0].text.startswith("tilt")


def test_a_name_an_age_and_a_party_before_a_full_stop_are_no_dateline() -> None:
    text = "Jo Roe, aged 42 (HWS). The harbour master said the ferry would run from June."
    assert newsstruct.parse(text).dateline is None
