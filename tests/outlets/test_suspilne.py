"""Suspilne: the newsroom label and the date-and-time line (which dates the story),
"розповіла Суспільному" (no credit), "Раніше Суспільне повідомляло" background.
Invented articles."""

from __future__ import annotations

import datetime

from outlet_cases import article_of, background_of, foreign_signs

FLOOD = """У Чернівцях через злив підтопило два мікрорайони
Суспільне Чернівці
14 квітня 2026, 08:05
Через зливу в Чернівцях підтопило вулиці двох мікрорайонів.
«Вода стояла по коліно вже за пів години», — розповіла Суспільному мешканка Ірина.
Що відомо
Раніше Суспільне повідомляло, що місто готує нову зливову каналізацію."""


def test_detected() -> None:
    assert article_of(FLOOD).outlet == "suspilne"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(FLOOD, "suspilne") == []


def test_header_and_self_name() -> None:
    article = article_of(FLOOD)
    assert article.title == "У Чернівцях через злив підтопило два мікрорайони"
    assert article.published == datetime.date(2026, 4, 14)
    assert article.attributions == ()
    assert background_of(FLOOD) == [
        "Раніше Суспільне повідомляло, що місто готує нову зливову каналізацію."
    ]
    assert [q.text for q in article.quotes] == ["Вода стояла по коліно вже за пів години"]
