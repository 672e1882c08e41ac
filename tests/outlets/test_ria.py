"""RIA Novosti: ``МОСКВА, 26 мар — РИА Новости.`` datelines with a correspondent after a
comma (the span drops the full stop), "Ранее" background, "Читайте также" links.  Invented
articles."""

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

FUEL = """Правительство продлило запрет на экспорт бензина
МОСКВА, 26 мар — РИА Новости. Правительство России продлило на год запрет на экспорт \
бензина, говорится в постановлении кабмина.
"Решение принято для стабилизации цен на внутреннем рынке", - отметили в пресс-службе \
правительства.
Как сообщало РИА Новости, в прошлом году запрет вводили дважды.
Ранее вице-премьер Александр Новак заявлял, что запас топлива на складах достаточен.
Читайте также: Биржевые цены на бензин обновили рекорд"""

KYIV = """КИЕВ, 3 июн — РИА Новости, Иван Петров. Верховная рада приняла закон о выборах, \
сообщил депутат Ярослав Железняк.
Ранее сообщалось, что голосование откладывали дважды."""

# a reprint that spells the month out
REPRINT = """ВАРШАВА, 3 марта — РИА Новости. Польские паромщики завершили забастовку, \
сообщил профсоюз."""

ARTICLES = {"fuel": FUEL, "kyiv": KYIV, "reprint": REPRINT}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ria"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ria") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fuel", ("МОСКВА", "РИА Новости", "26 мар", "МОСКВА, 26 мар — РИА Новости")),
        ("kyiv", ("КИЕВ", "РИА Новости", "3 июн", "КИЕВ, 3 июн — РИА Новости, Иван Петров")),
        ("reprint", ("ВАРШАВА", "РИА Новости", "3 марта", "ВАРШАВА, 3 марта — РИА Новости")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_role() -> None:
    assert role_of(FUEL, "Читайте также: Биржевые цены на бензин обновили рекорд") is (
        Role.BOILERPLATE
    )


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("fuel", "Как сообщало РИА Новости, в прошлом году запрет вводили дважды."),
        ("kyiv", "Ранее сообщалось, что голосование откладывали дважды."),
        pytest.param(
            "fuel",
            "Ранее вице-премьер Александр Новак заявлял, что запас топлива на складах достаточен.",
        ),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote_text() -> None:
    assert ("direct", "Решение принято для стабилизации цен на внутреннем рынке") in [
        (kind, words) for kind, words, _ in quotes_of(FUEL)
    ]


def test_self_name_is_no_attribution() -> None:
    assert "РИА Новости" not in [a.source for a in article_of(FUEL).attributions]
