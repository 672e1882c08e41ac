"""Censor.NET: the site's label as a credit line, its self-credit "повідомляє Цензор.НЕТ
із посиланням на X" (X speaks, the site is no credit).  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, background_of, dateline_of, foreign_signs, quotes_of

POWER = """Через негоду на Житомирщині знеструмлено 40 сіл
Цензор.НЕТ
Через сильний вітер на Житомирщині без світла залишилися 40 сіл, повідомляє Цензор.НЕТ \
із посиланням на обленерго.
Читайте також: На Волині відновили живлення після негоди
Раніше повідомлялося, що синоптики попереджали про шквали."""


def test_detected() -> None:
    assert article_of(POWER).outlet == "censor"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(POWER, "censor") == []


def test_label_is_furniture_not_a_dateline() -> None:
    assert dateline_of(POWER) is None


def test_self_credit() -> None:
    assert article_of(POWER).attributions == ()
    assert quotes_of(POWER) == [
        ("reported", "Через сильний вітер на Житомирщині без світла залишилися 40 сіл", "обленерго")
    ]
    assert background_of(POWER) == ["Раніше повідомлялося, що синоптики попереджали про шквали."]


BRIDGE = """Міст через Ірпінь закриють на ремонт
Цензор.НЕТ
Міст через Ірпінь закриють на ремонт наступного тижня. Про це повідомляє Цензор.НЕТ."""


def test_self_credit_is_one_name() -> None:
    """The site's name is one word (``Цензор.НЕТ``): the site's own report, no speaker
    ``НЕТ``."""
    assert quotes_of(BRIDGE) == []
