"""UNIAN: the "повідомляє кореспондент УНІАН" self-credit, "Як повідомляв УНІАН," and
"Раніше УНІАН писав" background, the related-news label "Вас також можуть зацікавити
новини:".  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

UK = """date 2026-11-24 У Вальмонті відкрили новий пором
У Вальмонті відкрили нову поромну переправу, повідомляє кореспондент УНІАН.
"Перший рейс вирушить завтра о сьомій ранку", - сказав капітан порту Олег Мирний.
Як повідомляв УНІАН, стару переправу закрили після пожежі.
Вас також можуть зацікавити новини:
У Вальмонті подорожчав проїзд"""

RU = """date 2026-11-24 В Вальмонте открыли новый паром
В Вальмонте открыли новую паромную переправу, сообщает корреспондент УНИАН.
Как сообщал УНИАН, старую переправу закрыли после пожара."""

EN = """date 2026-11-24 New ferry crossing opens in Valmont
A new ferry crossing has opened in Valmont, a UNIAN correspondent reports.
As UNIAN reported, the old crossing was closed after a fire."""

ARTICLES = {"uk": UK, "ru": RU, "en": EN}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "unian"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "unian") == []


@pytest.mark.parametrize("name", ARTICLES)
def test_self_credit_is_no_attribution_nor_quote(name: str) -> None:
    article = article_of(ARTICLES[name])
    assert article.attributions == ()
    assert all(speaker != "кореспондент" for _, _, speaker in quotes_of(ARTICLES[name]))


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("uk", "Як повідомляв УНІАН, стару переправу закрили після пожежі."),
        ("ru", "Как сообщал УНИАН, старую переправу закрыли после пожара."),
        ("en", "As UNIAN reported, the old crossing was closed after a fire."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


@pytest.mark.parametrize(
    "paragraph", ["Вас також можуть зацікавити новини:", "У Вальмонті подорожчав проїзд"]
)
def test_related_news_are_furniture(paragraph: str) -> None:
    assert role_of(UK, paragraph) is Role.BOILERPLATE


def test_a_credit_to_the_agency_elsewhere_is_no_sign() -> None:
    text = "У Вальмонті відкрили нову поромну переправу, передає УНІАН."
    assert article_of(text).outlet is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "У Вальмонті подорожчав проїзд у трамваях, повідомили в міськраді.\n"
            "Раніше УНІАН писав, що в Вальмонті подорожчав проїзд в автобусах.",
            id="uk",
        ),
        pytest.param(
            "В Вальмонте подорожал проезд в трамваях, сообщили в горсовете.\n"
            "Ранее УНИАН писал, что в Вальмонте подорожал проезд в автобусах.",
            id="ru",
        ),
    ],
)
def test_a_call_back_to_the_agency_s_earlier_story_is_a_sign_and_no_quote(text: str) -> None:
    article = article_of(text)
    assert article.outlet == "unian"
    assert [speaker for _, _, speaker in quotes_of(text) if speaker in ("УНІАН", "УНИАН")] == []
