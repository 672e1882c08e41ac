"""Anadolu Ajansı: ``ANKARA (AA) -`` (the span drops the dash).  Invented articles."""

from __future__ import annotations

import datetime

from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

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


SITE = """Türkiye to open new ferry route to Lornport
Jo Roe, Ali Demir   |04.03.2026 - Update : 05.03.2026
ANKARA
Türkiye will open a new ferry route to Lornport next month, the Transport Ministry said on \
Wednesday.
"The route will boost trade," Transport Minister Deniz Kara said in a statement."""


def test_the_site_s_head_line_is_furniture_that_dates_the_story() -> None:
    article = article_of(SITE)
    assert (article.outlet, article.published) == ("aa", datetime.date(2026, 3, 4))
    assert role_of(SITE, "Jo Roe, Ali Demir   |04.03.2026 - Update : 05.03.2026") is (
        Role.BOILERPLATE
    )
    assert dateline_of(SITE) == ("ANKARA", None, None, "ANKARA")
    assert foreign_signs(SITE, "aa") == []
    assert [speaker for _, _, speaker in quotes_of(SITE)] == [
        "the Transport Ministry",
        "Deniz Kara",
    ]
