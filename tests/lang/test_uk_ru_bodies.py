"""Ukrainian and Russian: bodies that are no outlets, role nouns in their case forms,
and the crawl's date line above a byline.  Every text here is invented."""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, quote_rows

import newsstruct
from newsstruct.lang import get, is_outlet_name
from newsstruct.segment import paragraph_spans
from newsstruct.speakers import _inflected_role


def test_an_agency_for_a_field_is_a_body_not_an_outlet() -> None:
    assert not is_outlet_name("Международное агентство по атомной энергии", get("ru"))
    assert not is_outlet_name("Державне агентство з питань лісових ресурсів", get("uk"))
    assert is_outlet_name("агентство Bloomberg", get("ru"))
    text = (
        "Уровень воды в пруду-охладителе в норме. Об этом сообщило Международное "
        "агентство по атомной энергии."
    )
    article = newsstruct.parse(text, lang="ru", registry=REGISTRY)
    assert article.attributions == ()
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Международное агентство по атомной энергии"
    ]


def test_role_case_forms_need_a_case_ending() -> None:
    ru, uk = get("ru"), get("uk")
    assert _inflected_role("губернатора", ru)
    assert _inflected_role("главы", ru)
    assert _inflected_role("журналистов", ru)
    assert _inflected_role("посадовця", uk)  # the vowel of -ець drops
    assert not _inflected_role("главное", ru)  # "main", no form of "глава"
    assert not _inflected_role("директива", ru)  # a directive, no director
    assert not _inflected_role("головне", uk)


def test_reference_phrase_with_iz() -> None:
    text = "Рух трамваїв відновлять до вечора, повідомляє Цензор.НЕТ із посиланням на Київпастранс."
    article = newsstruct.parse(text, lang="uk", registry=REGISTRY)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("Рух трамваїв відновлять до вечора", "Київпастранс")
    ]


def test_date_line_with_headline_is_not_joined_to_a_byline() -> None:
    text = (
        "date 2026-04-02 City opens new river ferry\n"
        "by Olha Marchuk April 2, 2026 9:40 AM 2 min read\n"
        "The ferry will carry 200 passengers, the mayor said on Thursday."
    )
    assert len(paragraph_spans(text)) == 3
    article = newsstruct.parse(text, lang="en", registry=REGISTRY)
    assert article.title == "City opens new river ferry"
    assert str(article.published) == "2026-04-02"


def test_comma_and_dash_close_a_paragraph_of_unmarked_words() -> None:
    text = (
        "Мэр Олег Петров рассказал о ремонте.\n"
        "Главное сейчас - закончить работы до зимы. Подрядчик уже на месте, - сказал Петров."
    )
    article = newsstruct.parse(text, lang="ru", registry=REGISTRY)
    assert [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in article.quotes
    ] == [
        (
            "direct",
            "Главное сейчас - закончить работы до зимы. Подрядчик уже на месте",
            "Олег Петров",
        )
    ]


def test_as_cue_with_the_outlets_own_name_in_marks_reports_nobody() -> None:
    text = (
        "Москва. 14 апреля. INTERFAX.RU - Банк России может снизить ставку в мае, заявил "
        "зампред ЦБ Игорь Лосев.\n"
        'Как сообщал "Интерфакс", в марте совет директоров ЦБ сохранил ставку.'
    )
    article = newsstruct.parse(text)
    assert [q.text for q in article.quotes] == ["Банк России может снизить ставку в мае"]


def test_as_cue_with_a_body_in_marks_names_it() -> None:
    text = (
        "Мэр Олег Петров открыл мост.\nКак сообщило «Укрэнерго», графики отключений не применяются."
    )
    article = newsstruct.parse(text, lang="ru", registry=REGISTRY)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("графики отключений не применяются", "Укрэнерго")
    ]


def test_a_role_complement_before_the_name_is_no_adjunct() -> None:
    texts = {
        "ru": "Глава комитета Госдумы по бюджету Олег Захаров заявил, что дефицит сократится.",
        "uk": (
            "Голова комітету Верховної Ради з питань бюджету Олег Захарчук заявив, що дефіцит "
            "скоротиться."
        ),
    }
    speakers = {
        code: [
            q.speaker.name if q.speaker else None
            for q in newsstruct.parse(text, lang=code, registry=REGISTRY).quotes
        ]
        for code, text in texts.items()
    }
    assert speakers == {"ru": ["Олег Захаров"], "uk": ["Олег Захарчук"]}


def test_one_of_a_group_and_the_name_in_apposition() -> None:
    named = "Ставка снизится, сообщил один из авторов законопроекта, депутат Ольга Лапина."
    unnamed = "Ставка знизиться. Про це повідомила одна з авторок законопроєкту."
    assert [q.speaker.name for q in newsstruct.parse(named, lang="ru").quotes if q.speaker] == [
        "Ольга Лапина"
    ]
    assert [q.speaker.name for q in newsstruct.parse(unnamed, lang="uk").quotes if q.speaker] == [
        "одна з авторок законопроєкту"
    ]


def test_the_one_referred_to_is_named_in_the_nominative_and_is_his() -> None:
    text = (
        "Рух поромів відновлять у червні, передає УНН з посиланням на начальника порту "
        "Олександра Гнатюка.\n"
        "За його словами, квитки не подорожчають."
    )
    article = newsstruct.parse(text, lang="uk", registry=REGISTRY)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Олександр Гнатюк",
        "Олександр Гнатюк",
    ]


def test_an_outlet_in_marks_refers_to_its_source() -> None:
    text = (
        "Суд продлил арест блогера на три месяца. Об этом сообщает «Вечерний курьер» со "
        "ссылкой на адвоката Ирину Соловьеву."
    )
    article = newsstruct.parse(text, lang="ru", registry=REGISTRY)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("Суд продлил арест блогера на три месяца", "Ирина Соловьева")
    ]


def test_the_version_of_the_investigators() -> None:
    ru = "По версии следствия, чиновник получил взятку в размере 40 тысяч долларов."
    uk = "За версією слідства, посадовець отримав хабар у розмірі 40 тисяч доларів."
    for code, text in (("ru", ru), ("uk", uk)):
        article = newsstruct.parse(text, lang=code, registry=REGISTRY)
        assert [(q.kind.value, q.cue_text) for q in article.quotes] == [
            ("reported", " ".join(text.split()[:2]))
        ]


def _quoted(text: str, code: str) -> list[tuple[str, str | None]]:
    article = newsstruct.parse(text, lang=code, registry=REGISTRY)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_possessive_source_phrase_after_the_clause() -> None:
    ru = (
        "Глава громады Павел Костюк сообщил о ремонте дороги.\n"
        "Работы завершат до конца октября, по его словам."
    )
    uk = (
        "Голова громади Павло Костюк повідомив про ремонт дороги.\n"
        "Роботи завершать до кінця жовтня, за його словами."
    )
    assert _quoted(ru, "ru") == [("Работы завершат до конца октября", "Павел Костюк")]
    assert _quoted(uk, "uk") == [("Роботи завершать до кінця жовтня", "Павло Костюк")]


def test_a_copula_dash_stays_inside_reported_content() -> None:
    ru = "Мэр Ольга Рябова заявила, что главная проблема – нехватка водителей автобусов."
    uk = "Як зазначила мерка Ольга Рябова, головна проблема – брак водіїв автобусів."
    assert _quoted(ru, "ru") == [
        ("главная проблема – нехватка водителей автобусов", "Ольга Рябова")
    ]
    assert _quoted(uk, "uk") == [("головна проблема – брак водіїв автобусів", "Ольга Рябова")]


def test_a_dash_before_a_clause_still_ends_reported_content() -> None:
    ru = "Мэр Ольга Рябова заявила, что маршрут закроют – что уже вызвало протесты жителей."
    uk = "Мерка Ольга Рябова заявила, що маршрут закриють – що вже викликало протести мешканців."
    assert _quoted(ru, "ru") == [("маршрут закроют", "Ольга Рябова")]
    assert _quoted(uk, "uk") == [("маршрут закриють", "Ольга Рябова")]


def test_an_inverted_relay_with_a_reference_phrase_names_the_source() -> None:
    uk = "Київ • УНН\nЗа ніч збито 40 дронів, повідомляє УНН з посиланням на Генштаб ЗСУ."
    ru = "Киев • УНН\nЗа ночь сбито 40 дронов, сообщает УНН со ссылкой на Генштаб ВСУ."
    assert _quoted(uk, "uk") == [("За ніч збито 40 дронів", "Генштаб ЗСУ")]
    assert _quoted(ru, "ru") == [("За ночь сбито 40 дронов", "Генштаб ВСУ")]


def test_a_surname_spelt_like_a_preposition_ends_the_name() -> None:
    for tail in (".", " у Facebook."):
        text = "Київ • УНН\nНа Волині відновили 12 ліній, повідомив речник ДСНС Ігор На" + tail
        assert _quoted(text, "uk") == [("На Волині відновили 12 ліній", "Ігор На")]


def test_a_ministry_named_by_an_adjective_and_a_noun_is_kept_whole() -> None:
    """``Міністерство внутрішніх справ``: a body noun refers to the whole name, the
    adjective's noun with it, not ``Міністерство внутрішніх``."""
    uk = (
        "Міністерство внутрішніх справ оприлюднило план. "
        "У міністерстві заявили, що роботи триватимуть місяць."
    )
    ru = (
        "Министерство иностранных дел опубликовало план. "
        "В министерстве заявили, что работы продлятся месяц."
    )
    assert _quoted(uk, "uk") == [("роботи триватимуть місяць", "Міністерство внутрішніх справ")]
    assert _quoted(ru, "ru") == [("работы продлятся месяц", "Министерство иностранных дел")]


def test_a_body_s_name_after_a_place_preposition_is_no_bare_noun() -> None:
    """``У Міністерстві внутрішніх справ заявили``: the body's whole name speaks, not
    the last noun of it (``справ``)."""
    uk = "У Міністерстві внутрішніх справ заявили, що міст закриють на ремонт."
    assert _quoted(uk, "uk") == [("міст закриють на ремонт", "Міністерстві внутрішніх справ")]


def test_a_clipped_name_printed_in_full_only_in_the_genitive_is_the_nominative() -> None:
    """``У Мінфіні заявили`` where the text prints only ``Міністерства фінансів``: the
    ministry's name in the nominative; an adjective's noun inflects with it, so
    ``Генштабі`` after ``Генерального штабу`` stays as written."""
    uk = "Бюджет Міністерства фінансів зріс. У Мінфіні заявили, що податки не зростуть."
    staff = "Бюджет Генерального штабу зріс. У Генштабі заявили, що податки не зростуть."
    assert _quoted(uk, "uk") == [("податки не зростуть", "Міністерство фінансів")]
    assert _quoted(staff, "uk") == [("податки не зростуть", "Генштабі")]


# Outlets that decline are listed in the nominative (``_DECLINED_OUTLETS``); every case
# form they are printed in is a media word, by the lexicon's case endings.
OUTLET_CASES = [
    ("ru", "«Ситуация под контролем», – сказал глава ОВА Иван Сидоров Укринформу.", "Укринформу"),
    ("ru", "«Ситуация под контролем», – сказал глава ОВА Иван Сидоров Интерфаксу.", "Интерфаксу"),
    (
        "ru",
        "«Ситуация под контролем», – сказал глава ОВА Иван Сидоров Интерфакс-Украине.",
        "Интерфакс-Украине",
    ),
    ("ru", "По данным Укринформа, ремонт моста закончат в мае.", "Укринформа"),
    ("ru", "Об этом сообщили в Укринформе.", "Укринформе"),
    ("ru", "В беседе с Укринформом министр назвал сроки.", "Укринформом"),
    ("ru", "По данным Интерфакса, ремонт моста закончат в мае.", "Интерфакса"),
    ("ru", "По данным Интерфакс-Украины, ремонт моста закончат в мае.", "Интерфакс-Украины"),
    ("uk", "«Ситуація під контролем», – сказав голова ОВА Іван Сидоров Укрінформу.", "Укрінформу"),
    ("uk", "«Ситуація під контролем», – сказав голова ОВА Іван Сидоров Інтерфаксу.", "Інтерфаксу"),
    (
        "uk",
        "«Ситуація під контролем», – сказав голова ОВА Іван Сидоров Інтерфакс-Україні.",
        "Інтерфакс-Україні",
    ),
    ("uk", "Про це повідомили в Укрінформі.", "Укрінформі"),
    ("uk", "У розмові з Укрінформом міністр назвав терміни.", "Укрінформом"),
    ("uk", "За даними Інтерфакс-України, ремонт мосту завершать у травні.", "Інтерфакс-України"),
]


@pytest.mark.parametrize(("code", "text", "outlet"), OUTLET_CASES)
def test_an_outlet_in_another_case_is_an_outlet(code: str, text: str, outlet: str) -> None:
    assert outlet in text
    assert is_outlet_name(outlet, get(code))
    if text.endswith(f"Сидоров {outlet}."):  # the outlet told is no part of the name
        [(kind, _, speaker, _)] = quote_rows(text, lang=code)
        assert (kind, speaker) == ("direct", "Иван Сидоров" if code == "ru" else "Іван Сидоров")


def test_a_body_after_a_role_in_an_according_to_frame_keeps_its_genitive() -> None:
    """``За словами голови Укрзалізниці``: the genitive the frame wants is the only case
    a lone word after a role is brought back from; a dative's ending (``-і``) makes up no
    nominative of a body's name, while a surname's genitive still gives one."""
    body = "За словами голови Поромзалізниці, пором відновить роботу в травні."
    person = "За словами міністра Поромчука, пором відновить роботу в травні."
    assert _quoted(body, "uk") == [("пором відновить роботу в травні", "Поромзалізниці")]
    assert _quoted(person, "uk") == [("пором відновить роботу в травні", "Поромчук")]


def test_a_company_built_on_a_surnames_letters_is_no_form_of_it() -> None:
    """``Лорненерго`` shares six letters with ``Лорненко`` but goes on four letters past
    them, more than a case ending adds: the company is no form of the person's name,
    while the surname's own case forms (``Лорненка``, ``Лорненкові``) still are."""
    uk = (
        "Голова громади Іван Лорненко заявив, що ціни зростуть.\n"
        "Пресслужба Лорненерго повідомила, що ремонт завершено.\n"
        "За словами Лорненка, тарифи не зміняться."
    )
    ru = (
        "Глава общины Иван Лорненко заявил, что цены вырастут.\n"
        "Пресс-служба Лорненерго сообщила, что ремонт завершен.\n"
        "По словам Лорненко, тарифы не изменятся."
    )
    assert [s for _, s in _quoted(uk, "uk")] == ["Іван Лорненко", "Лорненерго", "Іван Лорненко"]
    assert [s for _, s in _quoted(ru, "ru")] == ["Иван Лорненко", "Лорненерго", "Иван Лорненко"]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "uk",
            "Начальник Лорнівської обласної військової адміністрації Іван Лорненко повідомив, "
            "що ворог атакував область.\nЗа словами очільника ОВА, загиблих немає.",
            "Іван Лорненко",
        ),
        (
            "ru",
            "Начальник Лорновской областной военной администрации Иван Лорненко сообщил, "
            "что враг атаковал область.\n«Погибших нет», - отметил глава ОВА.",
            "Иван Лорненко",
        ),
        (
            "uk",
            "Голова Лорнівської обласної військової адміністрації Іван Лорненко повідомив, "
            "що ворог атакував область.\n«Загиблих немає», - зазначив начальник ОВА.",
            "Іван Лорненко",
        ),
    ],
    ids=["uk-according-to", "ru-dash-cue", "uk-dash-cue"],
)
def test_an_office_spelled_out_is_its_acronym(code: str, text: str, speaker: str) -> None:
    """The office printed in full with the name (``начальник … обласної військової
    адміністрації``) is the one a description gives by its acronym and an equivalent role
    (``очільник ОВА``), the words spelling out the acronym letter by letter."""
    assert [s for _, s in _quoted(text, code)][-1] == speaker
