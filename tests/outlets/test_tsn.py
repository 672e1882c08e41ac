"""TSN: the page chrome above the story (social links, language switcher, the labels of
date, rubric, views and reading time), the byline block, captions with a "/ ©" credit.
Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, role_of

from newsstruct import Role

NEWS = """ date 2025-11-03 ТСН у соціальних мережах
Мова сайту
ru
en
Наживо Усі публікації Україна Політика Війна Світ Економіка Київ Львів
ТСН у соціальних мережах
Дата публікації
Категорія
Політика
Кількість переглядів
512
Час на прочитання
1 хв
Уряд продовжив програму компенсацій за зруйноване житло
Кабмін ухвалив рішення, яке стосується власників зруйнованих осель.
Автор публікації
Фото автора: Ірина Коваль Ірина Коваль
Олена Мартинюк
Олена Мартинюк / © ТСН.ua
Уряд продовжив програму компенсацій за зруйноване житло ще на рік.
Про це повідомила віцепрем'єрка Олена Мартинюк.
«Ми не залишимо людей без допомоги», — сказала вона."""


def test_detected() -> None:
    assert article_of(NEWS).outlet == "tsn"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(NEWS, "tsn") == []


def test_no_dateline() -> None:
    assert dateline_of(NEWS) is None


def test_title_after_the_chrome() -> None:
    assert article_of(NEWS).title == "Уряд продовжив програму компенсацій за зруйноване житло"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Мова сайту\nru\nen",
        "Політика",
        "512",
        "1 хв",
        "Автор публікації",
        "Фото автора: Ірина Коваль Ірина Коваль",
        "Олена Мартинюк / © ТСН.ua",
    ],
)
def test_chrome_is_furniture(paragraph: str) -> None:
    assert role_of(NEWS, paragraph) is Role.BOILERPLATE


def test_quote_and_no_attribution() -> None:
    article = article_of(NEWS)
    assert article.attributions == ()
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes][-1] == (
        "Ми не залишимо людей без допомоги",
        "Олена Мартинюк",
    )
