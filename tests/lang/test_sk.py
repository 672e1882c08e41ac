"""Slovak: language detection, the quote constructions of invented articles, and the TASR
dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Podľa ministra financií Jána Nováka sa schodok tento rok zníži.",
        [("reported", "sa schodok tento rok zníži", "Jána Nováka", "Podľa")],
        id="podla-without-comma-a-role-its-genitive-and-a-name",
    ),
    pytest.param(
        "Podľa ministra dopravy sa diaľnica otvorí v lete.",
        [("reported", "sa diaľnica otvorí v lete", "ministra dopravy", "Podľa")],
        id="podla-without-comma-a-clitic-after-the-genitive-ends-the-source",
    ),
    pytest.param(
        "Minister financií povedal, že rozpočet na budúci rok bude vyrovnaný.",
        [("reported", "rozpočet na budúci rok bude vyrovnaný", "Minister financií", "povedal")],
        id="reported-ze",
    ),
    pytest.param(
        "„Dane tento rok zvyšovať nebudeme,“ povedal minister financií Peter Novák.",
        [("direct", "Dane tento rok zvyšovať nebudeme,", "Peter Novák", "povedal")],
        id="low-high-marks",
    ),
    pytest.param(
        "Primátorka mesta Jana Malá vyhlásila: „Všetky školy opravíme do konca roka.“",
        [("direct", "Všetky školy opravíme do konca roka.", "Jana Malá", "vyhlásila")],
        id="colon-quote",
    ),
    pytest.param(
        "Nový most cez rieku otvoria už v júli. Informoval o tom predseda kraja Pavol Čierny.",
        [("reported", "Nový most cez rieku otvoria už v júli", "Pavol Čierny", "Informoval o tom")],
        id="anaphoric-informoval-o-tom",
    ),
    pytest.param(
        "Podľa hovorcu polície nebol pri nehode nikto zranený.",
        [("reported", "nebol pri nehode nikto zranený", "hovorcu polície", "Podľa")],
        id="podla-without-comma",
    ),
    pytest.param(
        "Kováč si myslí, že vyššie platy samy osebe problém nevyriešia.",
        [("reported", "vyššie platy samy osebe problém nevyriešia", "Kováč", "si myslí")],
        id="reflexive-cognition-cue",
    ),
    pytest.param(
        "Futbalisti Slovana vyhrali v nedeľu zápas na domácom ihrisku dva k nule.",
        [],
        id="no-cue",
    ),
    pytest.param(
        "Minister Kennedy povedal, že dohoda platí. Podľa Kennedyho ide o úspech.",
        [
            ("reported", "dohoda platí", "Kennedy", "povedal"),
            ("reported", "ide o úspech", "Kennedy", "Podľa"),
        ],
        id="role-and-surname-in-y-printed-in-its-own-case",
    ),
    pytest.param(
        "Premiér Maďarska povedal, že dohoda platí.",
        [("reported", "dohoda platí", "Premiér Maďarska", "povedal")],
        id="role-of-country-genitive-in-ska",
    ),
    pytest.param(
        (
            "„Nesúhlasíme so zatvorením školy,“ povedala Jana Kováčová. "
            "„Je to chyba,“ dodal Peter Blaha. „Budeme protestovať,“ zdôraznila."
        ),
        [
            ("direct", "Nesúhlasíme so zatvorením školy,", "Jana Kováčová", "povedala"),
            ("direct", "Je to chyba,", "Peter Blaha", "dodal"),
            ("direct", "Budeme protestovať,", "Jana Kováčová", "zdôraznila"),
        ],
        id="a-comma-inside-the-marks-then-a-cue-without-its-subject-of-her-gender",
    ),
    pytest.param(
        "Ako pre TASR uviedla hovorkyňa polície Jana Kováčová, podozrivý bol zadržaný v Nitre.",
        [("reported", "podozrivý bol zadržaný v Nitre", "Jana Kováčová", "uviedla")],
        id="as-the-outlet-told-then-the-source",
    ),
    pytest.param(
        "Starosta Ján Hrubý v pondelok povedal, že nový most cez rieku otvoria v júni. "
        "„Je to pre mesto veľmi dobrá správa,“ dodal politik.",
        [
            ("reported", "nový most cez rieku otvoria v júni", "Ján Hrubý", "povedal"),
            ("direct", "Je to pre mesto veľmi dobrá správa,", "Ján Hrubý", "dodal"),
        ],
        id="an-epithet-for-the-person-named-last",
    ),
    pytest.param(
        "V rozhovore pre TASR minister povedal, že trajekt sa vráti v máji.",
        [
            ("reported", "trajekt sa vráti v máji", "minister", "povedal"),
        ],
        id="the-outlet-of-an-interview-before-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "Odporcovia novej lávky „len zdržujú opravu nábrežia,“ povedal starosta Ján Novák.",
        [
            (
                "mixed",
                "Odporcovia novej lávky „len zdržujú opravu nábrežia,“",
                "Ján Novák",
                "povedal",
            )
        ],
        id="words-in-marks-ending-in-a-comma-before-an-inverted-cue-are-content",
    ),
    pytest.param(
        "„Most bude hotový v apríli,“ povedal včera v Lornporte pri slávnostnom otvorení novej"
        " sezóny v mestskom divadle minister dopravy Ján Novák.",
        [("direct", "Most bude hotový v apríli,", "Ján Novák", "povedal")],
        id="a-full-name-ending-the-sentence-after-a-long-adjunct-speaks",
    ),
    pytest.param(
        "„Nový most bude hotový v apríli a doprava sa vráti do starých koľají,“ povedal po"
        " rokovaní so zástupcami spoločnosti Valmont TV, odborov a bánk minister dopravy"
        " Ján Novák.",
        [
            (
                "direct",
                "Nový most bude hotový v apríli a doprava sa vráti do starých koľají,",
                "Ján Novák",
                "povedal",
            )
        ],
        id="a-full-name-ending-the-sentence-after-an-adjunct-with-a-company-speaks",
    ),
    pytest.param(
        "Starosta poznamenal, že ak nebude most opravený, možno očakávať uzávierky na nábreží.",
        [
            (
                "reported",
                "ak nebude most opravený, možno očakávať uzávierky na nábreží",
                "Starosta",
                "poznamenal",
            )
        ],
        id="a-cue-s-infinitive-after-mozno-is-no-one-s-speech",
    ),
    pytest.param(
        "Možno povedal, že príde zajtra.",
        [("reported", "príde zajtra", None, "povedal")],
        id="mozno-before-a-finite-cue-is-maybe-and-the-cue-speaks",
    ),
    pytest.param(
        "Starosta vyzval obyvateľov opustiť nábrežie.",
        [("reported", "opustiť nábrežie", "Starosta", "vyzval")],
        id="an-infinitive-after-a-control-cue-and-its-object-opens-the-content",
    ),
    pytest.param(
        "Hovorca mesta Ján Novák pre TASR uviedol, že most bude hotový v apríli.",
        [("reported", "most bude hotový v apríli", "Ján Novák", "uviedol")],
        id="the-outlet-told-before-the-cue-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Minister dopravy Ján Novák prišiel vo štvrtok na stavbu a povedal: „Most bude "
        "hotový v apríli, nie je dôvod na obavy.“",
        [("direct", "Most bude hotový v apríli, nie je dôvod na obavy.", "Ján Novák", "povedal")],
        id="a-cue-after-a-and-a-colon-is-the-quotations",
    ),
    pytest.param(
        "Jána Kováča podporil minister dopravy Peter Novák a uviedol, že diaľnica sa "
        "otvorí v lete.",
        [("reported", "diaľnica sa otvorí v lete", "Peter Novák", "uviedol")],
        id="a-fronted-object-then-the-verb-a-role-and-its-holders-name-the-holder-speaks",
    ),
    pytest.param(
        "Most bude uzavretý do piatka, uviedla Krajská správa lesov.",
        [("reported", "Most bude uzavretý do piatka", "Krajská správa lesov", "uviedla")],
        id="a-body-a-capitalised-adjective-opens-speaks-whole-with-its-genitive",
    ),
    pytest.param(
        "„Most otvoríme v máji,“ povedal hovorca ministra Jána Nováka.",
        [("direct", "Most otvoríme v máji,", "hovorca ministra Jána Nováka", "povedal")],
        id="a-role-of-a-holder-in-the-genitive-speaks-as-written",
    ),
    pytest.param(
        "Predsedníčka parlamentu Roberta Lornola povedala, že most otvoria v máji.",
        [("reported", "most otvoria v máji", "Roberta Lornola", "povedala")],
        id="a-foreign-womans-name-after-a-non-role-genitive-is-her-own",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_sk(text: str) -> None:
    assert lang.detect(text) == "sk"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "sk"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_podla_after_a_named_minister_names_him() -> None:
    text = (
        "„Mzdy porastú,“ povedal minister práce Erik Tomáš. Podľa ministra budú náklady "
        "znášať najmä zamestnávatelia."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Erik Tomáš"] * 2


def test_podla_a_full_name_in_the_genitive_takes_its_printed_nominative() -> None:
    text = (
        "Minister práce Erik Tomáš včera odcestoval do Bruselu. Podľa ministra práce "
        "Erika Tomáša sa rokovania predĺžia do piatku."
    )
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Erik Tomáš"]


def test_a_czech_sentence_stays_czech() -> None:
    assert lang.detect("Ministr financí řekl, že rozpočet bude vyrovnaný.") == "cs"


def test_tasr_dateline() -> None:
    text = "Bratislava 3. marca (TASR) - Vláda schválila rozpočet, povedal premiér."
    article = newsstruct.parse(text)
    assert article.outlet == "tasr"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "Bratislava",
        "TASR",
        "3. marca",
    )


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("sk", control_cues=False)


def test_a_network_is_a_channel_not_a_speaker() -> None:
    # an invented line: "na sociálnej sieti X" names the channel, the minister speaks
    from newsstruct.lang import get, names_platform

    sk = get("sk")
    assert names_platform(["facebooku"], sk)
    assert names_platform(["x"], sk, "sieti")
    assert not names_platform(["x"], sk)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Most otvoria v máji. Pre TASR to v pondelok potvrdil minister Ján Lorinec.", "sk"),
        ("Most otvoria v máji. Novinárom to v pondelok povedal minister Ján Lorinec.", "sk"),
        ("Most otevřou v květnu. Pro ČTK to v pondělí potvrdil ministr Ján Lorinec.", "cs"),
    ],
)
def test_an_anaphor_after_whom_it_was_told(text: str, code: str) -> None:
    # "to" (this) makes the sentence before the minister's words, the outlet or the
    # audience told first, with a preposition too ("Pre TASR", for TASR)
    [quote] = newsstruct.parse(text, lang=code).quotes
    assert (quote.kind.value, quote.text, quote.speaker.name if quote.speaker else None) == (
        "reported",
        text.split(". ")[0],
        "Ján Lorinec",
    )
