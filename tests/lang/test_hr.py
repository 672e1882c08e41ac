"""Croatian: language detection beside Serbian, the quote constructions of invented
articles, background openers, and either lexicon reading the other's text.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Ministar zdravstva Goran Babić rekao je da će nova bolnica biti otvorena sljedeće "
        "godine, a također je istaknuo da se tijekom gradnje neće zatvarati stari odjeli.",
        [
            (
                "reported",
                "će nova bolnica biti otvorena sljedeće godine",
                "Goran Babić",
                "rekao je",
            ),
            (
                "reported",
                "se tijekom gradnje neće zatvarati stari odjeli",
                "Goran Babić",
                "istaknuo",
            ),
        ],
        id="rekao-je-da",
    ),
    pytest.param(
        "Tijekom sjednice je ministrica Ivana Jurić rekla da će cijene pasti sljedeće godine.",
        [("reported", "će cijene pasti sljedeće godine", "Ivana Jurić", "rekla")],
        id="fronted-adjunct-then-clitic-auxiliary",
    ),
    pytest.param(
        "„Nećemo povećavati poreze ove godine“, izjavila je ministrica Ivana Jurić, "
        "a tijekom tjedna to je ponovila i u Saboru.",
        [("direct", "Nećemo povećavati poreze ove godine", "Ivana Jurić", "izjavila je")],
        id="low-high-marks",
    ),
    pytest.param(
        "Novi most preko Drave bit će otvoren u svibnju, priopćilo je ministarstvo "
        "prometa, koje je također najavilo obnovu tisuću kilometara cesta.",
        [
            (
                "reported",
                "Novi most preko Drave bit će otvoren u svibnju",
                "ministarstvo prometa",
                "priopćilo je",
            )
        ],
        id="content-first-priopcilo",
    ),
    pytest.param(
        "Prema riječima ravnateljice Marine Perić, škola će biti obnovljena do rujna, "
        "a tijekom radova nastava će se održavati u susjednoj zgradi.",
        [
            (
                "reported",
                "škola će biti obnovljena do rujna, a tijekom radova nastava će se održavati "
                "u susjednoj zgradi",
                "Marina Perić",
                "Prema riječima",
            )
        ],
        id="prema-rijecima",
    ),
    pytest.param(
        "Gradonačelnik je najavio obnovu mosta, dodajući da će radovi trajati do svibnja.",
        [
            ("reported", "će radovi trajati do svibnja", "Gradonačelnik", "dodajući"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
    pytest.param(
        "Luka će biti zatvorena do petka, priopćili su iz ministarstva.",
        [("reported", "Luka će biti zatvorena do petka", "ministarstva", "priopćili su iz")],
        id="from-the-body-after-the-words",
    ),
    pytest.param(
        "Iz ministarstva su priopćili da će luka biti zatvorena do petka.",
        [("reported", "će luka biti zatvorena do petka", "ministarstva", "priopćili")],
        id="from-the-body-first",
    ),
    pytest.param(
        "Kako je za Hinu rekao gradonačelnik Marko Kovač, most će biti zatvoren do petka.",
        [("reported", "most će biti zatvoren do petka", "Marko Kovač", "rekao")],
        id="kako-je-za-outlet-then-the-cue",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_hr(text: str) -> None:
    assert lang.detect(text) == "hr"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "hr"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the words each standard spells its own way decide between the two
        (
            "Gradonačelnik je rekao da će radovi početi sljedeće godine, a također je "
            "najavio gradnju dvije tisuće stanova tijekom idućeg desetljeća.",
            "hr",
        ),
        (
            "Gradonačelnik je rekao da će radovi početi sledeće godine, a takođe je "
            "najavio gradnju dve hiljade stanova tokom narednih deset godina.",
            "sr",
        ),
    ],
)
def test_croatian_and_serbian(text: str, code: str) -> None:
    assert lang.detect(text) == code


@pytest.mark.parametrize("code", ["hr", "sr"])
def test_either_lexicon_reads_the_others_text(code: str) -> None:
    croatian = "„Radovi kasne dva mjeseca“, rekla je ravnateljica Ana Kovač."
    serbian = "Direktor Milan Ilić izjavio je da radovi kasne dva meseca."
    assert quote_rows(croatian, lang=code) == [
        ("direct", "Radovi kasne dva mjeseca", "Ana Kovač", "rekla je")
    ]
    assert quote_rows(serbian, lang=code) == [
        ("reported", "radovi kasne dva meseca", "Milan Ilić", "izjavio je")
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Podsjetimo, prošle godine izložba je održana u Splitu.",
        "Kako je ranije izvijestila Hina, tvornica je u ožujku obustavila proizvodnju.",
        "Ranije su vlasti obećale obnovu ceste do kraja godine.",
    ],
)
def test_background_openers(paragraph: str) -> None:
    text = "Naslov vijesti\nTvornica je proizvela prvu seriju traktora, rekao je direktor.\n"
    article = newsstruct.parse(text + paragraph, lang="hr", registry=REGISTRY)
    assert [p.text for p in article.background] == [paragraph]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("hr", min_cue_verbs=300)


def test_a_womans_name_like_a_mans_genitive_stays_hers() -> None:
    # "Petra" is a woman's name and the genitive of "Petar": only a frame that wants the
    # genitive ("prema riječima Petra Savića") reads it as his
    assert quote_rows("Zastupnica Petra Radić ocijenila je da je zakon zakasnio.", lang="hr") == [
        ("reported", "je zakon zakasnio", "Petra Radić", "ocijenila je")
    ]
    assert quote_rows("Prema riječima direktora Petra Savića, projekt kasni.", lang="hr") == [
        ("reported", "projekt kasni", "Petar Savić", "Prema riječima")
    ]


def test_an_indefinite_description_is_someone_new() -> None:
    text = (
        "Ministar Ivan Horvat rekao je da će cijene pasti. "
        "„Bez radnika ne možemo raditi“, kazao je vlasnik jednog hotela."
    )
    assert quote_rows(text, lang="hr")[1] == (
        "direct",
        "Bez radnika ne možemo raditi",
        "vlasnik jednog hotela",
        "kazao je",
    )
