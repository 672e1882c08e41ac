"""Meduza: «Медуза» in its cases is the outlet's own name, "Как ранее писала «Медуза»"
background.  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, background_of, foreign_signs

COURT = """Суд арестовал блогера из Самары
Суд в Самаре арестовал блогера Павла Рыбина на два месяца.
«Мы обжалуем арест», — сказал «Медузе» адвокат Рыбина Олег Зуев.
Как ранее писала «Медуза», дело возбудили в январе."""


def test_detected() -> None:
    assert article_of(COURT).outlet == "meduza"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(COURT, "meduza") == []


def test_own_name_is_no_credit_and_background() -> None:
    article = article_of(COURT)
    assert article.attributions == ()
    assert background_of(COURT) == ["Как ранее писала «Медуза», дело возбудили в январе."]


def test_told_meduza_in_another_outlet_is_no_sign() -> None:
    text = (
        "Jo Roe, a spokeswoman for the ministry, told Meduza the decision was final.\n\n"
        "The decision takes effect on January 1."
    )
    article = article_of(text)
    assert article.outlet != "meduza"
    assert [a.source for a in article.attributions] == ["Meduza"]
