"""Interfax (Moscow): ``Москва. 25 марта. INTERFAX.RU -`` datelines, sources that speak to
«Интерфакс» (no credit), "Как сообщал «Интерфакс»" background.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs, quotes_of

RATES = """ЦБ допустил снижение ставки в мае
Москва. 14 апреля. INTERFAX.RU - Банк России может снизить ключевую ставку в мае, \
заявил зампред ЦБ Игорь Лосев на форуме в Москве.
Соответствующая директива уже направлена в банки, сообщил "Интерфаксу" источник в регуляторе.
Как сообщал "Интерфакс", в марте совет директоров ЦБ сохранил ставку."""

WIRE = """MOSCOW. April 14 (Interfax) - The Bank of Russia may cut its key rate in May, \
deputy governor Igor Losev said."""

ARTICLES = {"rates": RATES, "wire": WIRE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "interfax"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "interfax") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rates", ("Москва", "INTERFAX.RU", "14 апреля", "Москва. 14 апреля. INTERFAX.RU")),
        ("wire", ("MOSCOW", "Interfax", "April 14", "MOSCOW. April 14 (Interfax)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_own_name_is_no_credit_and_background() -> None:
    assert article_of(RATES).attributions == ()
    assert background_of(RATES) == [
        'Как сообщал "Интерфакс", в марте совет директоров ЦБ сохранил ставку.'
    ]
    assert ("reported", "Банк России может снизить ключевую ставку в мае", "Игорь Лосев") in (
        quotes_of(RATES)
    )


def test_sources_speaking_to_interfax_in_another_outlet_are_no_sign() -> None:
    text = (
        "Минфин готовит новые правила\n"
        "Правительство приняло решение о новых правилах для банков, сообщил «Интерфаксу» "
        "источник в министерстве финансов."
    )
    assert article_of(text).outlet != "interfax"
