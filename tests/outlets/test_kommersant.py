"""Kommersant: the paper's «Ъ» is its own name (no credit, no quotation), ``«…»,—``
attributions, "Как писал «Ъ»" background.  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, background_of, foreign_signs, quotes_of

FUEL = """Минэнерго готовит новые ограничения для АЗС
Ольга Смирнова
Минэнерго может ограничить наценки независимых АЗС, выяснил «Ъ».
«Проект приказа уже согласован с ФАС»,— рассказал «Ъ» источник в министерстве.
Как писал «Ъ» 2 апреля, розничные цены на дизельное топливо выросли на 9%."""


def test_detected() -> None:
    assert article_of(FUEL).outlet == "kommersant"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(FUEL, "kommersant") == []


def test_own_name_is_no_credit() -> None:
    assert article_of(FUEL).attributions == ()
    assert quotes_of(FUEL)[0][:2] == ("direct", "Проект приказа уже согласован с ФАС")


def test_background() -> None:
    assert background_of(FUEL) == [
        "Как писал «Ъ» 2 апреля, розничные цены на дизельное топливо выросли на 9%."
    ]
