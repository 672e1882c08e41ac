"""Romanian: language detection, the quote constructions of invented articles, and the
Agerpres dateline.

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
        "Premierul a spus că guvernul nu va majora taxele anul viitor.",
        [("reported", "guvernul nu va majora taxele anul viitor", "Premierul", "a spus")],
        id="reported-ca-article-joined-to-the-noun",
    ),
    pytest.param(
        "„Pensiile vor crește din iulie”, a declarat ministrul Muncii, Elena Popescu.",
        [("direct", "Pensiile vor crește din iulie", "Elena Popescu", "a declarat")],
        id="low-high-marks-compound-perfect-apposition",
    ),
    pytest.param(
        "„Nu vom majora taxele”, susține deputatul Ioana Marin.",
        [("direct", "Nu vom majora taxele", "Ioana Marin", "susține")],
        id="present-tense-cue-role-and-name",
    ),
    pytest.param(
        "A precizat că lucrările vor începe în primăvară.",
        [("reported", "lucrările vor începe în primăvară", None, "A precizat")],
        id="pro-drop",
    ),
    pytest.param(
        "Potrivit lui Popescu, pensiile vor crește din iulie.",
        [("reported", "pensiile vor crește din iulie", "Popescu", "Potrivit lui")],
        id="potrivit-lui",
    ),
    pytest.param(
        (
            "„Pensiile vor crește”, a declarat ministrul Muncii, Elena Popescu. Potrivit "
            "ministrului, creșterea va fi suportată de angajatori."
        ),
        [
            ("direct", "Pensiile vor crește", "Elena Popescu", "a declarat"),
            ("reported", "creșterea va fi suportată de angajatori", "Elena Popescu", "Potrivit"),
        ],
        id="potrivit-a-role-in-the-dative",
    ),
    pytest.param(
        (
            "Guvernul a aprobat bugetul pe anul viitor. Anunțul a fost făcut de purtătorul de "
            "cuvânt al guvernului, Ion Vlad."
        ),
        [
            (
                "reported",
                "Guvernul a aprobat bugetul pe anul viitor",
                "Ion Vlad",
                "Anunțul a fost făcut de",
            )
        ],
        id="anaphoric-passive-with-apposition",
    ),
    pytest.param(
        "Elena Popescu a afirmat: „Nu vom majora taxele.”",
        [("direct", "Nu vom majora taxele.", "Elena Popescu", "a afirmat")],
        id="colon-quote",
    ),
    pytest.param(
        "„Avem secții fără medici”, ne-a declarat managerul spitalului, Dan Rusu.",
        [("direct", "Avem secții fără medici", "Dan Rusu", "ne-a declarat")],
        id="clitic-joined-to-the-auxiliary",
    ),
    pytest.param(
        "Echipa a câștigat meciul de duminică cu scorul de trei la unu.",
        [],
        id="no-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_ro(text: str) -> None:
    assert lang.detect(text) == "ro"
    assert newsstruct.parse(text, registry=_REGISTRY).lang == "ro"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    article = newsstruct.parse(text, registry=_REGISTRY)
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == expected


def test_agerpres_dateline() -> None:
    text = "București, 3 mar /AGERPRES/ - Guvernul a aprobat bugetul, a anunțat premierul."
    article = newsstruct.parse(text)
    assert article.outlet == "agerpres"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "București",
        "AGERPRES",
        "3 mar",
    )


def test_lexicon_is_registered_and_rich() -> None:
    lexicon = lang.get("ro")
    assert lexicon.code == "ro"
    assert "ro" in lang.available()
    assert len(lexicon.cue_verbs) >= 200
    assert lexicon.source_phrases and lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)
