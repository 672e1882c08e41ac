"""TASS: ``МОСКВА, 26 марта. /ТАСС/.`` and ``MOSCOW, March 26. /TASS/.`` datelines (the span
drops the closing full stop), correspondents inside the slashes, "Ранее" / "As TASS reported
earlier" background.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import (
    article_of,
    background_of,
    dateline_of,
    foreign_signs,
    quotes_of,
    role_of,
)

from newsstruct import Role

RU = """Путин провел совещание по развитию Арктики
МОСКВА, 26 марта. /ТАСС/. Президент России Владимир Путин провел в среду совещание по \
развитию Северного морского пути.
"Грузопоток по Северному морскому пути должен вырасти вдвое к 2030 году", - сказал Путин.
Ранее сообщалось, что в прошлом году по трассе перевезли рекордный объем грузов.
Читайте также: Новатэк запустил новую линию завода в Арктике"""

EN = """MOSCOW, March 26. /TASS/. Russian President Vladimir Putin held a meeting on the \
development of the Northern Sea Route on Wednesday, the Kremlin press service said, according \
to Interfax.
"Cargo traffic along the route must double by 2030," Putin said.
As TASS reported earlier, a record volume of cargo was shipped along the route last year.
Read also: Novatek launches new Arctic plant line"""

CORRESPONDENT = """ВАШИНГТОН, 5 мая. /Корр. ТАСС Иван Лебедев/. Госдепартамент США объявил о \
новых ограничениях на выдачу виз."""

ARTICLES = {"ru": RU, "en": EN, "correspondent": CORRESPONDENT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "tass"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "tass") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ru", ("МОСКВА", "ТАСС", "26 марта", "МОСКВА, 26 марта. /ТАСС/")),
        ("en", ("MOSCOW", "TASS", "March 26", "MOSCOW, March 26. /TASS/")),
        (
            "correspondent",
            ("ВАШИНГТОН", "ТАСС", "5 мая", "ВАШИНГТОН, 5 мая. /Корр. ТАСС Иван Лебедев/"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("ru", "Читайте также: Новатэк запустил новую линию завода в Арктике", Role.BOILERPLATE),
        ("en", "Read also: Novatek launches new Arctic plant line", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("ru", "Ранее сообщалось, что в прошлом году по трассе перевезли рекордный объем грузов."),
        (
            "en",
            "As TASS reported earlier, a record volume of cargo was shipped along the route "
            "last year.",
        ),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert ("direct", "Cargo traffic along the route must double by 2030,", "Vladimir Putin") in (
        quotes_of(EN)
    )


def test_quote_text() -> None:
    assert ("direct", "Грузопоток по Северному морскому пути должен вырасти вдвое к 2030 году") in [
        (kind, words) for kind, words, _ in quotes_of(RU)
    ]


def test_other_agencies_are_attributions() -> None:
    assert "Interfax" in [a.source for a in article_of(EN).attributions]


def test_self_reference_is_no_attribution() -> None:
    assert [a.source for a in article_of(EN).attributions] == ["Interfax"]


def test_the_agency_s_correspondent_is_no_speaker() -> None:
    # "передает корреспондент ТАСС": the agency's own report, nobody's words
    text = (
        "МОСКВА, 26 марта. /ТАСС/. На севере города открыли новый мост, "
        "передает корреспондент ТАСС."
    )
    assert quotes_of(text) == []


def test_a_speaker_s_paragraph_after_the_lead_is_news() -> None:
    # invented: the paragraph was weighed as background by its wording (past tense, no year)
    text = (
        "MOSCOW, June 1. /TASS/. Lornovo's new bridge will open to traffic on Friday, "
        "regional governor Igor Belov told TASS.\n"
        '"The bridge is ready and all tests have been passed," he said.\n'
        "According to the governor, the construction cost 4.2 bln rubles.\n"
        "Belov added that the region was working on two more bridges over the river.\n"
        "Earlier, the old bridge was closed for repairs because of cracks in its piers."
    )
    paragraph = "Belov added that the region was working on two more bridges over the river."
    assert role_of(text, paragraph) is Role.BODY
    assert background_of(text) == [
        "Earlier, the old bridge was closed for repairs because of cracks in its piers."
    ]
