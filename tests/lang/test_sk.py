"""Slovak: language detection, the quote constructions of invented articles, and the TASR
dateline.

Every text here is invented.  Rows that need support the pipeline lacks run as
``xfail(strict=True)`` with the construction named, so that they turn into failures the
day the support lands.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import lang
from newsstruct.outlets import Registry

_REGISTRY = Registry(builtins=False, plugins=False)

Quote = tuple[str, str, "str | None", "str | None"]


def _pipeline(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


CASES = [
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
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_sk(text: str) -> None:
    assert lang.detect(text) == "sk"
    assert newsstruct.parse(text, registry=_REGISTRY).lang == "sk"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    article = newsstruct.parse(text, registry=_REGISTRY)
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == expected


def test_podla_after_a_named_minister_names_him() -> None:
    text = (
        "„Mzdy porastú,“ povedal minister práce Erik Tomáš. Podľa ministra budú náklady "
        "znášať najmä zamestnávatelia."
    )
    quotes = newsstruct.parse(text, registry=_REGISTRY).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Erik Tomáš"] * 2


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
    lexicon = lang.get("sk")
    assert lexicon.code == "sk"
    assert "sk" in lang.available()
    assert len(lexicon.cue_verbs) >= 300
    assert lexicon.source_phrases and lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)
