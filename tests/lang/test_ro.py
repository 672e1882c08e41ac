"""Romanian: language detection, the quote constructions of invented articles, and the
Agerpres dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

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
    pytest.param(
        "Primarul orașului, Ion Vasilescu, a anunțat că podul va fi redeschis în iunie. "
        "„Este o veste bună”, a adăugat edilul.",
        [
            ("reported", "podul va fi redeschis în iunie", "Ion Vasilescu", "a anunțat"),
            ("direct", "Este o veste bună", "Ion Vasilescu", "a adăugat"),
        ],
        id="the-mayor-s-epithet-for-the-person-named-last",
    ),
    pytest.param(
        "„Plec”, a spus primarul, precizând că podul va fi reparat.",
        [
            ("direct", "Plec", "primarul", "a spus"),
            ("reported", "podul va fi reparat", "primarul", "precizând"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
    pytest.param(
        "Așa cum a declarat ministrul, podul va fi redeschis în mai.",
        [("reported", "podul va fi redeschis în mai", "ministrul", "a declarat")],
        id="asa-cum-opens-the-as-clause",
    ),
    pytest.param(
        "Podul va fi redeschis în mai, după cum a anunțat primăria.",
        [("reported", "Podul va fi redeschis în mai", "primăria", "a anunțat")],
        id="dupa-cum-after-the-words",
    ),
    pytest.param(
        "Portul va fi redeschis în mai, a declarat luni ministrul transporturilor.",
        [("reported", "Portul va fi redeschis în mai", "ministrul transporturilor", "a declarat")],
        id="weekday-after-the-cue-no-part-of-the-speaker",
    ),
    pytest.param(
        "Portul va fi redeschis în mai, a precizat, vineri, primarul Ion Popescu.",
        [("reported", "Portul va fi redeschis în mai", "Ion Popescu", "a precizat")],
        id="day-set-off-by-commas-after-the-cue",
    ),
    pytest.param(
        "Ministrul Sănătății a precizat că spitalele vor primi mai mulți bani.",
        [("reported", "spitalele vor primi mai mulți bani", "Ministrul Sănătății", "a precizat")],
        id="role-and-its-body-in-the-genitive-no-name",
    ),
    pytest.param(
        "Podul va fi închis până vineri, a declarat ministrul Justiției.",
        [("reported", "Podul va fi închis până vineri", "ministrul Justiției", "a declarat")],
        id="inverted-cue-role-and-its-domain",
    ),
    pytest.param(
        "Premierul Matei a declarat că legea va fi modificată.",
        [("reported", "legea va fi modificată", "Matei", "a declarat")],
        id="a-first-name-in-ei-is-a-name",
    ),
    pytest.param(
        "Ministrul a fost clar: „Nu vor exista creșteri de taxe”.",
        [("direct", "Nu vor exista creșteri de taxe", "Ministrul", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        "Guvernul a cerut cetățenilor să rămână acasă în acest weekend.",
        [("reported", "rămână acasă în acest weekend", "Guvernul", "a cerut")],
        id="a-control-cue-after-its-auxiliary-takes-the-infinitive-after-sa",
    ),
    pytest.param(
        "Ministrul Afacerilor Externe Ion Popa a declarat că bugetul va fi aprobat în decembrie.",
        [
            (
                "reported",
                "bugetul va fi aprobat în decembrie",
                "Ion Popa",
                "a declarat",
            )
        ],
        id="a-complement-s-agreeing-adjective-is-no-holder-s-name",
    ),
    pytest.param(
        "Ministrul Sănătății Alice Popescu a declarat că spitalul va fi redeschis.",
        [("reported", "spitalul va fi redeschis", "Alice Popescu", "a declarat")],
        id="a-first-name-with-an-adjective-s-ending-after-a-complement-is-the-holder-s",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_ro(text: str) -> None:
    assert lang.detect(text) == "ro"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "ro"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


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
    check_lexicon("ro", min_cue_verbs=200, control_cues=False)
