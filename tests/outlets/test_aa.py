"""Anadolu Ajansı: ``ANKARA (AA) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, dateline_of, foreign_signs

WIRE = """ANKARA (AA) - Ulaştırma Bakanı Deniz Kara, yeni havalimanının gelecek yıl \
açılacağını söyledi."""


def test_detected() -> None:
    assert article_of(WIRE).outlet == "aa"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(WIRE, "aa") == []


def test_dateline() -> None:
    assert dateline_of(WIRE) == ("ANKARA", "AA", None, "ANKARA (AA)")


def test_dateline_with_a_dotted_capital() -> None:
    text = "İZMİR (AA) - Belediye Başkanı Ece Tan, suyun yarın kesileceğini duyurdu."
    assert dateline_of(text) == ("İZMİR", "AA", None, "İZMİR (AA)")
