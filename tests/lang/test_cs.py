"""Czech: language detection and the quote constructions of invented articles (issue 4).

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
        "Ministr financí řekl, že rozpočet na příští rok bude vyrovnaný.",
        [("reported", "rozpočet na příští rok bude vyrovnaný", "Ministr financí", "řekl")],
        id="reported-ze",
    ),
    pytest.param(
        "„Daně letos zvyšovat nebudeme,“ řekl ministr financí Petr Novák.",
        [("direct", "Daně letos zvyšovat nebudeme,", "Petr Novák", "řekl")],
        id="low-high-marks",
    ),
    pytest.param(
        "„Daně letos zvyšovat nebudeme,“ řekl ministr Petr Novák novinářům.",
        [("direct", "Daně letos zvyšovat nebudeme,", "Petr Novák", "řekl")],
        id="audience-after-the-source",
    ),
    pytest.param(
        "Oprava silnice potrvá ještě dva měsíce, uvedl mluvčí radnice Jan Dvořák.",
        [("reported", "Oprava silnice potrvá ještě dva měsíce", "Jan Dvořák", "uvedl")],
        id="unmarked-before-cue",
    ),
    pytest.param(
        "Starostka města Jana Malá prohlásila: „Všechny školy opravíme do konce roku.“",
        [("direct", "Všechny školy opravíme do konce roku.", "Jana Malá", "prohlásila")],
        id="colon-quote",
    ),
    pytest.param(
        (
            "Nový most přes řeku bude otevřen už v červenci. Informoval o tom "
            "hejtman kraje Pavel Černý."
        ),
        [
            (
                "reported",
                "Nový most přes řeku bude otevřen už v červenci",
                "Pavel Černý",
                "Informoval o tom",
            )
        ],
        id="anaphoric",
    ),
    pytest.param(
        "Podle hejtmana bude nový most přes řeku otevřen už v červenci.",
        [("reported", "bude nový most přes řeku otevřen už v červenci", "hejtmana", "Podle")],
        id="podle-without-comma",
        marks=_pipeline("source phrase without a comma after its source (Podle X V …)"),
    ),
    pytest.param(
        "Dodal, že vláda o návrhu rozhodne příští týden.",
        [("reported", "vláda o návrhu rozhodne příští týden", None, "Dodal")],
        id="pro-drop",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_cs(text: str) -> None:
    assert lang.detect(text) == "cs"
    assert newsstruct.parse(text, registry=_REGISTRY).lang == "cs"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    article = newsstruct.parse(text, registry=_REGISTRY)
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == expected


def test_lexicon_is_registered_and_rich() -> None:
    lexicon = lang.get("cs")
    assert lexicon.code == "cs"
    assert "cs" in lang.available()
    assert len(lexicon.cue_verbs) >= 300
    assert lexicon.source_phrases and lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert lexicon.control_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)
