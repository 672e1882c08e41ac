"""24 Kanal: "Про це повідомляє 24 Канал з посиланням на …" (the channel's credit to itself,
whose name opens with a number), the bulletin's closing line.  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """У Румунії затримали двох підозрюваних у шпигунстві
Румунська прокуратура затримала двох громадян Молдови, яких підозрюють у шпигунстві. Про \
це повідомляє 24 Канал з посиланням на Reuters.
«Слідство триває», – сказав речник прокуратури Андрей Попа."""

BULLETIN = """Випуск новин за 18:00: у Львові відкрили новий міст
У Львові відкрили новий міст через залізницю, повідомив міський голова.
Також у випуску новин на 24 каналі: синоптики попередили про сильний вітер."""

RU = """В Харькове открыли новую станцию метро
В Харькове после реконструкции открыли станцию метро. Об этом сообщает 24 Канал со \
ссылкой на городской совет."""

ARTICLES = {"news": NEWS, "bulletin": BULLETIN, "ru": RU}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "kanal24"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "kanal24") == []


def test_self_credit_is_no_attribution_nor_speaker() -> None:
    article = article_of(NEWS)
    assert [a.source for a in article.attributions] == ["Reuters"]
    assert all(q.speaker is None or "Канал" not in q.speaker.name for q in article.quotes)


def test_bulletin_line_is_furniture() -> None:
    line = "Також у випуску новин на 24 каналі: синоптики попередили про сильний вітер."
    assert role_of(BULLETIN, line) is Role.BOILERPLATE
