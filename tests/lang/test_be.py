"""Belarusian: language detection beside Ukrainian and Russian, the quote constructions of
invented articles, and background openers.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Міністр транспарту Павел Карпенка заявіў, што новая траса будзе гатовая да восені.",
        [("reported", "новая траса будзе гатовая да восені", "Павел Карпенка", "заявіў")],
        id="reported-shto",
    ),
    pytest.param(
        "«Мы не будзем павышаць тарыфы сёлета», — сказала старшыня камісіі Ганна Жук.",
        [("direct", "Мы не будзем павышаць тарыфы сёлета", "Ганна Жук", "сказала")],
        id="guillemets-dash",
    ),
    pytest.param(
        "Новы мост праз раку адкрыюць у ліпені. Пра гэта паведаміў мэр горада Ігар Лазоўскі.",
        [
            (
                "reported",
                "Новы мост праз раку адкрыюць у ліпені",
                "Ігар Лазоўскі",
                "Пра гэта паведаміў",
            )
        ],
        id="anaphoric-pra-heta",
    ),
    pytest.param(
        "Па словах эксперта Юрыя Стрыжа, цэны на жыллё ў сталіцы стабілізаваліся.",
        [
            (
                "reported",
                "цэны на жыллё ў сталіцы стабілізаваліся",
                "Юрыя Стрыжа",
                "Па словах",
            )
        ],
        id="pa-slovakh",
    ),
    pytest.param(
        "Дырэктар школы Марына Лук'янчык адзначыла: «Усе класы будуць адрамантаваныя да верасня».",
        [
            (
                "direct",
                "Усе класы будуць адрамантаваныя да верасня",
                "Марына Лук'янчык",
                "адзначыла",
            )
        ],
        id="colon-quote",
    ),
    pytest.param(
        "Сіноптык Вольга Шчэрба патлумачыла, што цёплае паветра прыйдзе з захаду.",
        [("reported", "цёплае паветра прыйдзе з захаду", "Вольга Шчэрба", "патлумачыла")],
        id="patlumachyla",
    ),
    pytest.param("Каманда выйграла матч, які праходзіў у нядзелю ў Гомелі.", [], id="no-cue"),
    pytest.param(
        "«Мост будзе гатовы ў красавіку», — сказаў у Новым Лорнпорце.",
        [("direct", "Мост будзе гатовы ў красавіку", None, "сказаў")],
        id="a-place-after-a-preposition-that-is-also-an-adverb-word-is-no-speaker",
    ),
    pytest.param(
        "Як паведамілі ў Мінскім гарвыканкаме, мост будзе гатовы ў красавіку.",
        [("reported", "мост будзе гатовы ў красавіку", "Мінскім гарвыканкаме", "паведамілі ў")],
        id="a-body-an-adjective-opens-in-the-locative-speaks-whole",
    ),
    pytest.param(
        "Як паведамілі ў прэс-службе Мінскага гарвыканкама, мост будзе гатовы ў красавіку.",
        [
            (
                "reported",
                "мост будзе гатовы ў красавіку",
                "прэс-службе Мінскага гарвыканкама",
                "паведамілі ў",
            )
        ],
        id="a-press-service-of-a-body-in-the-locative-speaks-whole",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_be(text: str) -> None:
    assert lang.detect(text) == "be"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "be"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "і" as in Ukrainian, "ы" as in Russian, no "и": only the Belarusian alphabet holds all
        ("Спартсменка расказала пра фінал.", "be"),
        ("Женщина говорит, что мост откроют в мае.", "ru"),
        ("Жінка каже, що міст відкриють у травні.", "uk"),
        ("Той каза, че мостът ще бъде открит през май.", "bg"),
        # a Ukrainian article that quotes a Russian line stays Ukrainian
        (
            "Міністр заявив, що уряд підтримає ініціативу. «Мы это обсудим», — сказав він "
            "журналістам у Києві після засідання.",
            "uk",
        ),
        # a Russian article that spells a name in Belarusian ("ў", "і") stays Russian: the
        # Belarusian alphabet misses every "и"
        (
            "Лидер оппозиции Алеся Ціханоўская заявила в интервью, что режим слабеет и что "
            "санкции должны быть усилены.",
            "ru",
        ),
    ],
)
def test_cyrillic_alphabets(text: str, code: str) -> None:
    assert lang.detect(text) == code


@pytest.mark.parametrize(
    "paragraph",
    [
        "Нагадаем, што летась выстава праходзіла ў Віцебску.",
        "Як паведамлялася, у сакавіку завод спыніў выпуск аўтобусаў.",
        "Раней улады абяцалі адрамантаваць дарогу да канца года.",
    ],
)
def test_background_openers(paragraph: str) -> None:
    text = "Загаловак навіны\nЗавод выпусціў першую партыю трактароў, паведаміў дырэктар.\n"
    article = newsstruct.parse(text + paragraph, registry=REGISTRY)
    assert article.lang == "be"
    assert [p.text for p in article.background] == [paragraph]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("be", min_cue_verbs=300)


def test_pa_inside_a_role_description_goes_on() -> None:
    # "намеснік дырэктара па навуковай рабоце": "па" links the role's nouns, as Russian "по"
    text = "Намеснік дырэктара па навуковай рабоце Ала Мароз распавяла, што залы адкрыюць увосень."
    assert quote_rows(text) == [("reported", "залы адкрыюць увосень", "Ала Мароз", "распавяла")]
