"""LIGA.net: the site's label as a credit line and "Як повідомляв LIGA.net" background.
Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, background_of, dateline_of, foreign_signs

PORT = """Ізмаїльський порт відновив роботу після атаки
LIGA.net
Ізмаїльський порт відновив обробку суден, повідомила адміністрація порту.
Як повідомляв LIGA.net, у вівторок дрони пошкодили причал."""


def test_detected() -> None:
    assert article_of(PORT).outlet == "liga"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(PORT, "liga") == []


def test_label_and_background() -> None:
    assert dateline_of(PORT) is None
    assert article_of(PORT).attributions == ()
    assert background_of(PORT) == ["Як повідомляв LIGA.net, у вівторок дрони пошкодили причал."]
