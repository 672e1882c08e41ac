"""Hromadske: the lower-case self name, dash-set interviews whose answers are the
interviewee's.  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, foreign_signs, quotes_of

TALK = """«Ми відкриємо ще три пункти»: інтерв'ю з головою ДСНС області
hromadske поговорило з головою обласної ДСНС Іваном Мартинюком про підготовку до літа.
— Скільки пунктів незламності працює в області?
— Зараз 140. До червня ми відкриємо ще три, у найбільших громадах.
— Чи вистачає генераторів?
— Поки що так, але частину треба ремонтувати."""


def test_detected() -> None:
    assert article_of(TALK).outlet == "hromadske"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(TALK, "hromadske") == []


def test_answers_are_quotes_and_own_name_no_credit() -> None:
    texts = [q[1] for q in quotes_of(TALK)]
    assert "Поки що так, але частину треба ремонтувати" in texts
    assert not any(text.startswith("Скільки") for text in texts)  # questions give nothing
    assert article_of(TALK).attributions == ()
