"""Ukrainska Pravda: the header's language switcher and byline, labels on their own lines
("Source:", "Quote from X:", "Details:", "Background:"; "Джерело:", "Пряма мова:",
"Передісторія:"; "Прямая речь:", "Предыстория:").  Invented articles."""

from __future__ import annotations

import datetime

import pytest
from outlet_cases import (
    article_of,
    background_of,
    dateline_of,
    foreign_signs,
    quotes_of,
    role_of,
)

from newsstruct import Role

EN = """date 2026-03-09 Zelensky announces new air defence package after talks in Berlin
Укр Рус Eng Клуб УП
Oksana Melnyk — Monday, 9 March 2026, 18:40
President Volodymyr Zelensky has said Ukraine will receive four more air defence systems \
after his talks with the German chancellor in Berlin.
Source:
Zelensky's address on Telegram
Quote from Zelensky:
"We have agreed on four more systems, and the first of them will arrive before the summer."
Details:
The president did not name the type of the systems.
Background:
In February, Germany handed over two systems of the same type."""

UK = """date 2026-03-09 Зеленський анонсував нові системи ППО після переговорів у Берліні
Укр Рус Eng Клуб УП
Оксана Мельник — Понеділок, 9 березня 2026, 18:40
Президент Володимир Зеленський заявив, що Україна отримає ще чотири системи \
протиповітряної оборони.
Джерело:
Звернення Зеленського в Telegram
Пряма мова:
"Ми домовилися ще про чотири системи, і перша з них прибуде до літа".
Що передувало:
У лютому Німеччина передала дві системи такого ж типу."""

RU = """date 2026-03-09 Зеленский анонсировал новые системы ПВО
Укр Рус Eng Клуб УП
Президент Владимир Зеленский заявил, что Украина получит еще четыре системы \
противовоздушной обороны.
Прямая речь:
"Мы договорились еще о четырех системах".
Предыстория:
В феврале Германия передала две системы такого же типа."""

# A crawl without the date line: the language switcher comes first.
BARE = """Укр Рус Eng Клуб УП
Зеленський анонсував нові системи ППО
Президент Володимир Зеленський заявив, що Україна отримає ще чотири системи ППО.
Джерело:
Звернення Зеленського в Telegram"""

# Without the date line, the byline under the headline dates the article.
BARE_BYLINE = """Укр Рус Eng Клуб УП
Окупанти обстріляли Запоріжжя з дронів
Марія Коваль — Понеділок, 2 березня 2026, 07:15
Російські війська вночі атакували Запоріжжя дронами, повідомив голова ОВА Іван Федоренко.
Джерело:
Федоренко в Telegram"""

ARTICLES = {"en": EN, "uk": UK, "ru": RU, "bare": BARE, "byline": BARE_BYLINE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "ukrainska_pravda"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "ukrainska_pravda") == []


@pytest.mark.parametrize("name", ARTICLES)
def test_no_dateline(name: str) -> None:
    assert dateline_of(ARTICLES[name]) is None


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("en", "Укр Рус Eng Клуб УП", Role.BOILERPLATE),
        ("en", "Source:", Role.MARKER),
        ("en", "Details:", Role.MARKER),
        ("en", "Background:", Role.MARKER),
        ("uk", "Укр Рус Eng Клуб УП", Role.BOILERPLATE),
        ("uk", "Джерело:", Role.MARKER),
        ("uk", "Пряма мова:", Role.MARKER),
        ("uk", "Що передувало:", Role.MARKER),
        ("ru", "Прямая речь:", Role.MARKER),
        ("ru", "Предыстория:", Role.MARKER),
        ("en", "Oksana Melnyk — Monday, 9 March 2026, 18:40", Role.BOILERPLATE),
        ("uk", "Оксана Мельник — Понеділок, 9 березня 2026, 18:40", Role.BOILERPLATE),
        pytest.param(
            "en",
            "Quote from Zelensky:",
            Role.MARKER,
        ),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_title_after_the_switcher() -> None:
    assert article_of(BARE).title == "Зеленський анонсував нові системи ППО"


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("en", "In February, Germany handed over two systems of the same type."),
        ("uk", "У лютому Німеччина передала дві системи такого ж типу."),
        ("ru", "В феврале Германия передала две системы такого же типа."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    assert (
        "direct",
        "We have agreed on four more systems, and the first of them will arrive before the summer.",
        "Volodymyr Zelensky",
    ) in quotes_of(EN)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("uk", ("direct", "Ми домовилися ще про чотири системи, і перша з них прибуде до літа")),
        ("ru", ("direct", "Мы договорились еще о четырех системах")),
    ],
)
def test_quote_text(name: str, quote: tuple[str, str]) -> None:
    assert quote in [(kind, words) for kind, words, _ in quotes_of(ARTICLES[name])]


def test_quote_label_names_the_speaker() -> None:
    text = (
        "Ukraine's energy minister spoke after the talks.\n"
        "Quote from Halushchenko:\n"
        '"We will need more transformers before winter."'
    )
    assert ("direct", "We will need more transformers before winter.", "Halushchenko") in (
        quotes_of(text)
    )


INLINE = """Укр Рус Eng Клуб УП
Tuesday, 3 March 2026, 14:05
Kyiv region expects no blackouts this week

The Kyiv region will have no scheduled blackouts this week, President Volodymyr Zelensky \
has said after a meeting with energy officials.

Source: Olena Hrytsenko, head of the regional power company, on Facebook

Quote: "All the substations we lost in February are working again. We have reserves."

Details: The company repaired three substations in two weeks, according to Metro News.

Quote from Zelensky: "The grid held, and it will hold."
"""


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param(
            (
                "direct",
                "All the substations we lost in February are working again. We have reserves.",
                "Olena Hrytsenko",
            ),
            id="unnamed-label-speaks-for-the-source-line",
        ),
        pytest.param(
            ("direct", "The grid held, and it will hold.", "Volodymyr Zelensky"),
            id="label-and-quote-on-one-line",
        ),
    ],
)
def test_label_on_the_quote_line(quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(INLINE)


def test_source_line_credits_an_outlet() -> None:
    text = (
        "The port of Izmail was attacked overnight.\n\n"
        "Source: Suspilne\n\n"
        'Quote: "Two warehouses burned down."'
    )
    article = article_of(text, outlet="ukrainska_pravda")
    assert [a.source for a in article.attributions] == ["Suspilne"]
    assert [q.speaker for q in article.quotes] == [None]  # an outlet is no speaker


def test_label_in_a_sentence_is_no_label() -> None:
    text = "Quote marks were missing from the decree, the lawyer said."
    assert [kind for kind, _, _ in quotes_of(text)] == ["reported"]


def test_byline_gives_the_date_without_a_date_line() -> None:
    article = article_of(BARE_BYLINE)
    assert (article.title, article.published) == (
        "Окупанти обстріляли Запоріжжя з дронів",
        datetime.date(2026, 3, 2),
    )


def test_date_line_wins_over_the_byline() -> None:
    assert article_of(EN).published == datetime.date(2026, 3, 9)


def test_label_line_is_no_headline() -> None:
    text = (
        "date 2026-03-10\n"
        "Source: Ukrainian Air Force on Telegram\n"
        "Details: Russian forces launched 40 drones overnight, the Air Force said.\n"
        "Quote:\n"
        '"Most of the drones were shot down over the east."'
    )
    article = article_of(text)
    assert (article.outlet, article.title) == ("ukrainska_pravda", None)


def test_source_line_with_a_role_in_the_header_gives_the_quote_its_speaker() -> None:
    """'Джерело: прем'єр-міністерка Ірина Ковальова в Telegram' is page furniture (no
    body paragraph) and opens with the role: the name after it speaks the label's quote."""
    text = (
        "Укр Рус Eng Клуб УП\n"
        "Уряд продовжив програму пільгових кредитів\n"
        "Кабмін продовжив програму пільгових кредитів ще на рік.\n"
        "Джерело: прем'єр-міністерка Ірина Ковальова в Telegram\n"
        'Пряма мова: "Продовжуємо програму, яка вже допомогла тисячам родин".\n'
        "Що передувало: У березні банки видали рекордну кількість кредитів."
    )
    article = article_of(text)
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("Продовжуємо програму, яка вже допомогла тисячам родин", "Ірина Ковальова")
    ]
    assert [p.text[:14] for p in article.background] == ["Що передувало:"]


def test_update_label_is_a_marker() -> None:
    # OUTLETS.md: Russian pages label an update "Обновлено:" on its own line
    text = (
        "Укр Рус Eng Клуб УП\nВ Днепре прогремели взрывы\n"
        "В Днепре прозвучали взрывы, сообщил глава ОВА.\nОбновлено:\n"
        "Позже глава ОВА сообщил, что пострадавших нет.\nИсточник:\nГлава ОВА в Telegram"
    )
    assert article_of(text).outlet == "ukrainska_pravda"
    assert role_of(text, "Обновлено:") is Role.MARKER


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Премʼєр-міністр виступила у Раді.\nПряма мова Свириденко:\n"
            '"Уряд готовий до зими."\nПряма мова Коваленка: "Мережі відновлено."',
            "Коваленко",
            id="uk-surname-in-the-genitive",
        ),
        pytest.param(
            'Мэр выступил на сессии.\nПрямая речь Шевцова: "Город готов к зиме."',
            "Шевцов",
            id="ru-surname-in-the-genitive",
        ),
        pytest.param(
            'Міністр виступив у Раді.\nПряма мова Ігоря Бондаренка: "Мережі відновлено."',
            "Ігор Бондаренко",
            id="uk-full-name-in-the-genitive",
        ),
    ],
)
def test_label_names_its_speaker_in_the_nominative(text: str, speaker: str) -> None:
    """A label names its speaker in the genitive; the article may print no other form."""
    assert article_of(text).outlet == "ukrainska_pravda"
    assert quotes_of(text)[-1][2] == speaker


def test_label_before_the_quote_mark_names_the_speaker() -> None:
    text = (
        "Monday, 28 February 2022, 08:28\n"
        "The Ukrainian president held talks with the Danish prime minister.\n"
        'Quote from Zelenskyy: "We discussed air defence and joint production."'
    )
    assert article_of(text).outlet == "ukrainska_pravda"
    assert quotes_of(text)[-1][2] == "Zelenskyy"


def test_english_label_before_the_quote_mark_alone_is_no_sign() -> None:
    """Any English paper may write ``Quote from X: "…"``; UP's label is a sign alone on
    its line, the Ukrainian ``Пряма мова X: "…"`` also before the mark."""
    text = 'The bridge reopened on Monday.\nQuote from the mayor: "The bridge will open."'
    assert article_of(text).outlet is None
    text = 'Міст відкрили в понеділок.\nПряма мова мера: "Міст відкрито."'
    assert article_of(text).outlet == "ukrainska_pravda"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        (
            "Джерело: Одеська обласна військова адміністрація у Telegram",
            "Одеська обласна військова адміністрація",
        ),
        ("Джерело: Повітряні сили", "Повітряні сили"),
        # a body's part before its name is the source as written (not "СБУ" alone); a
        # person's role stays out of the name
        ("Джерело: пресслужба СБУ", "пресслужба СБУ"),
        ("Джерело: пресслужба Лорнівської міської ради", "пресслужба Лорнівської міської ради"),
        ("Джерело: мер Лорнова Ігор Савчук", "Ігор Савчук"),
    ],
)
def test_a_body_s_name_on_a_source_line_keeps_its_lower_case_words(
    source: str, speaker: str
) -> None:
    # invented: the body's name ran only to its first word ("Одеська", "Повітряні")
    text = (
        "Укр Рус Eng Клуб УП\n"
        "Пором знову курсуватиме з понеділка\n"
        "Пором до островів знову курсуватиме з понеділка.\n"
        f"{source}\n"
        "Пряма мова:\n"
        '"Відновимо всі лінії до ранку".'
    )
    assert [q.speaker and q.speaker.name for q in article_of(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("Source: Odesa port on Telegram", "Odesa port"),
        ("Source: Odesa port administration", "Odesa port administration"),
        # a body's part before the name is the source as written
        ("Source: press service of the Lornport council", "press service of the Lornport council"),
        # no lower-case word after a possessor (the name stays as before)
        ("Source: Zelenskyy's evening address", "Zelenskyy's"),
    ],
)
def test_a_body_s_name_on_an_english_source_line(source: str, speaker: str) -> None:
    text = (
        "Укр Рус Eng Клуб УП\n"
        "Ferry to resume on Monday\n"
        "The ferry to the islands will run again from Monday.\n"
        f"{source}\n"
        "Quote:\n"
        '"We will restore every line by morning."'
    )
    assert [q.speaker and q.speaker.name for q in article_of(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "source",
    [
        "Source: ministry spokeswoman Ann Lee",
        "Source: press secretary Ann Lee",
        "Джерело: речниця міністерства Ганна Лорнова",
    ],
)
def test_a_person_s_role_after_a_body_word_stays_out_of_the_source_line_mention(
    source: str,
) -> None:
    """``Source: ministry spokeswoman Ann Lee``: a role noun after the body's word makes
    the source a person; the mention is her name alone, not her role (was ``ministry
    spokeswoman Ann Lee``)."""
    text = (
        "Укр Рус Eng Клуб УП\n"
        "Ferry to resume on Monday\n"
        "The ferry to the islands will run again from Monday.\n"
        f"{source}\n"
        "Quote:\n"
        '"We will restore every line by morning."'
    )
    quotes = article_of(text).quotes
    name = " ".join(source.split()[-2:])
    assert [text[q.mention.start : q.mention.end] for q in quotes if q.mention] == [name]
