"""UNN: ``Kyiv • UNN`` and the inline ``КИЇВ. 17 квітня. УНН.``, quotes as bare paragraphs,
"Details" and "Recall" labels, "UNN reports" self-credit, AMP furniture.  Invented articles."""

from __future__ import annotations

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

EN = """date 2026-02-11 Kharkiv restores power to 40,000 homes after overnight strike
Kharkiv • UNN
Energy workers restored electricity to 40,000 households in Kharkiv after a drone strike \
damaged a substation overnight. Repairs continue in two districts.
Power has been restored to most consumers in Kharkiv, the regional energy company said on \
Wednesday, UNN reports.
Details
According to the company, crews replaced a damaged transformer before dawn.
We will restore every remaining line by the evening - the company said.
Recall
In January, a similar strike left 100,000 residents of the city without heating for three days.
News by theme"""

UK = """Ужгород • УНН
У Закарпатській області відремонтували міст через річку Уж, передає УНН з посиланням на \
обласну військову адміністрацію.
Деталі
Рух мостом відновлять у суботу після перевірки.
"Ми завершили всі роботи на два тижні раніше", - йдеться у повідомленні.
Нагадаємо
Міст пошкодила повінь у березні минулого року.
Популярні"""

RU = """КИЕВ. 1 декабря. УНН. В Киеве с понедельника продлят работу метро до полуночи, передает \
УНН со ссылкой на КГГА.
"Мы увеличим количество поездов в вечерние часы", - говорится в сообщении.
Ранее сообщалось, что метро уже работало дольше во время праздников."""

OLD = """КИЇВ. 17 квітня. УНН. Кабінет міністрів ухвалив нову програму підтримки фермерів, \
передає УНН.
Цитата
Ми надамо допомогу всім господарствам, які постраждали від заморозків
Доповнення
Торік уряд виділив на таку програму 2 млрд гривень."""

AMP = """kyiv-metro-to-run-longer-on-friday
• 48729 переглядів
The Kyiv metro will run until midnight on Friday, the city administration said, UNN reports.
We are adding trains on all three lines for the evening - the administration said.
Earlier it was reported that the metro ran longer during the holidays."""

ARTICLES = {
    "en": EN,
    "uk": UK,
    "ru": RU,
    "old": OLD,
    "amp": AMP,
    "uk_singular": UK.replace("Популярні", "Популярне"),
    "ru_popular": RU + "\nПопулярное",
}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "unn"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "unn") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en", ("Kharkiv", "UNN", None, "Kharkiv • UNN")),
        ("uk", ("Ужгород", "УНН", None, "Ужгород • УНН")),
        ("ru", ("КИЕВ", "УНН", "1 декабря", "КИЕВ. 1 декабря. УНН")),
        ("old", ("КИЇВ", "УНН", "17 квітня", "КИЇВ. 17 квітня. УНН")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize("emphasis", ["**", "*", "__", "_"])
def test_a_dateline_wrapped_in_markdown_emphasis_is_a_sign(emphasis: str) -> None:
    text = f"{emphasis}Kyiv • UNN{emphasis}\nThe mayor said the bridge would reopen on Friday."
    assert article_of(text).outlet == "unn"
    assert dateline_of(text)[:2] == ("Kyiv", "UNN")


def test_inline_dateline_of_any_city() -> None:
    text = "ІВАНО-ФРАНКІВСЬК. 3 травня. УНН. Міська рада ухвалила новий бюджет, передає УНН."
    assert article_of(text).outlet == "unn"
    assert dateline_of(text) == (
        "ІВАНО-ФРАНКІВСЬК",
        "УНН",
        "3 травня",
        "ІВАНО-ФРАНКІВСЬК. 3 травня. УНН",
    )


def test_inline_dateline_in_english() -> None:
    text = (
        "ODESA. May 3. UNN. The city council adopted a new budget, UNN correspondent reports.\n"
        "As UNN reported earlier, the council met twice in April."
    )
    article = article_of(text)
    assert article.outlet == "unn"
    assert dateline_of(text) == ("ODESA", "UNN", "May 3", "ODESA. May 3. UNN")
    assert article.attributions == ()


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("en", "Kharkiv • UNN", Role.DATELINE),
        ("en", "Details", Role.MARKER),
        ("en", "Recall", Role.MARKER),
        ("en", "News by theme", Role.BOILERPLATE),
        ("uk", "Деталі", Role.MARKER),
        ("uk", "Нагадаємо", Role.MARKER),
        ("uk", "Популярні", Role.BOILERPLATE),
        ("uk_singular", "Популярне", Role.BOILERPLATE),
        ("ru_popular", "Популярное", Role.BOILERPLATE),
        ("old", "Цитата", Role.MARKER),
        ("old", "Доповнення", Role.MARKER),
        ("amp", "• 48729 переглядів", Role.BOILERPLATE),
        ("amp", "kyiv-metro-to-run-longer-on-friday", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        (
            "en",
            "In January, a similar strike left 100,000 residents of the city without heating "
            "for three days.",
        ),
        ("uk", "Міст пошкодила повінь у березні минулого року."),
        ("ru", "Ранее сообщалось, что метро уже работало дольше во время праздников."),
        ("old", "Торік уряд виділив на таку програму 2 млрд гривень."),
        ("amp", "Earlier it was reported that the metro ran longer during the holidays."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        # "the company" refers back to the body that spoke before
        (
            "en",
            (
                "direct",
                "We will restore every remaining line by the evening",
                "the regional energy company",
            ),
        ),
        (
            "en",
            (
                "reported",
                "Power has been restored to most consumers in Kharkiv",
                "the regional energy company",
            ),
        ),
        (
            "amp",
            (
                "reported",
                "The Kyiv metro will run until midnight on Friday",
                "the city administration",
            ),
        ),
    ],
)
def test_quote(name: str, quote: tuple[str, str, str]) -> None:
    assert quote in quotes_of(ARTICLES[name])


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("uk", ("direct", "Ми завершили всі роботи на два тижні раніше")),
        ("ru", ("direct", "Мы увеличим количество поездов в вечерние часы")),
        # a bare quote paragraph: first person, no closing full stop
        (
            "old",
            ("direct", "Ми надамо допомогу всім господарствам, які постраждали від заморозків"),
        ),
    ],
)
def test_quote_text(name: str, quote: tuple[str, str]) -> None:
    assert quote in [(kind, words) for kind, words, _ in quotes_of(ARTICLES[name])]


def test_self_credit_is_no_attribution() -> None:
    assert [a.source for a in article_of(EN).attributions] == []
    assert [a.source for a in article_of(RU).attributions] == ["КГГА"]


def test_self_credit_is_no_speaker() -> None:
    speakers = [speaker for _, _, speaker in quotes_of(RU)]
    assert "УНН" not in speakers
    assert "КГГА" in speakers


def test_by_name() -> None:
    assert article_of("Odesa • UNN\nThe port resumed work on Monday.", "unn").outlet == "unn"


def test_a_paragraph_ending_in_a_comma_is_a_quote_whose_cue_was_lost() -> None:
    text = (
        "Kyiv • UNN\n"
        "Mayor Ivan Sokil said the city would restore heating by Friday, UNN reports.\n"
        "Every repair crew is working around the clock. The lines will hold,\n"
        "The mayor also thanked the energy workers."
    )
    assert ("direct", "Every repair crew is working around the clock. The lines will hold") in [
        (kind, words) for kind, words, _ in quotes_of(text)
    ]


def test_a_paragraph_of_several_sentences_without_a_final_stop_is_a_quote() -> None:
    text = (
        "Kyiv • UNN\n"
        "Mayor Ivan Sokil said the city would restore heating by Friday, UNN reports.\n"
        "Every repair crew is working around the clock. The lines will hold by the evening\n"
        # a related story's headline is one sentence, its abbreviations' dots no stop
        "U.S. Senate backs new aid for Lornport\n"
        "Mr. Sokil meets Ann Lee in Kyiv\n"
        "The mayor also thanked the energy workers.\n"
        "Lornport to get new trams next year"
    )
    assert [(kind, words) for kind, words, _ in quotes_of(text)][1:] == [
        (
            "direct",
            "Every repair crew is working around the clock. The lines will hold by the evening",
        )
    ]


# A quote paragraph of several sentences closed by a dash and its cue, on the same line
# or on the next, with one dash or two: one direct quote of the whole paragraph.
DASH_CLOSED = [
    pytest.param(
        "Kyiv • UNN\nThe city will open two new bomb shelters in March, UNN reports.\n"
        "We have found the money for both shelters. The works will start next week - the mayor "
        "said.\nThe shelters will hold 400 people.",
        (
            "direct",
            "We have found the money for both shelters. The works will start next week",
            "the mayor",
        ),
        id="en-same-line",
    ),
    pytest.param(
        "Київ • УНН\nМісто відкриє два нові укриття у березні, передає УНН.\n"
        "Ми знайшли гроші на обидва укриття. Роботи почнуться наступного тижня - сказав мер "
        "Іван Дорош.\nУкриття вмістять 400 людей.",
        (
            "direct",
            "Ми знайшли гроші на обидва укриття. Роботи почнуться наступного тижня",
            "Іван Дорош",
        ),
        id="uk-same-line",
    ),
    pytest.param(
        "Київ • УНН\nМісто відкриє два нові укриття у березні, передає УНН.\n"
        "Ми знайшли гроші на обидва укриття. Роботи почнуться наступного тижня\n"
        "- сказав мер Іван Дорош.\nУкриття вмістять 400 людей.",
        (
            "direct",
            "Ми знайшли гроші на обидва укриття. Роботи почнуться наступного тижня",
            "Іван Дорош",
        ),
        id="uk-cue-on-the-next-line",
    ),
    pytest.param(
        "Киев • УНН\nГород откроет два новых укрытия в марте, передает УНН.\n"
        "Мы нашли деньги на оба укрытия. Работы начнутся на следующей неделе - - заявил мэр "
        "Иван Дорош.\nУкрытия вместят 400 человек.",
        (
            "direct",
            "Мы нашли деньги на оба укрытия. Работы начнутся на следующей неделе",
            "Иван Дорош",
        ),
        id="ru-doubled-dash",
    ),
]


DASH_CLOSED += [
    pytest.param(
        "Kyiv • UNN\nThe city will open two new bomb shelters in March, UNN reports.\n"
        "We are adding two shelters and telling residents where they are - the mayor said on "
        "Monday.\nThe shelters will hold 400 people.",
        (
            "direct",
            "We are adding two shelters and telling residents where they are",
            "the mayor",
        ),
        id="en-cue-words-inside-the-quote",
    ),
    pytest.param(
        "Kyiv • UNN\nThe city will open two new bomb shelters in March, UNN reports.\n"
        "The works will start next week - - said Mayor Ivan Dorosh.\n"
        "The shelters will hold 400 people.",
        ("direct", "The works will start next week", "Ivan Dorosh"),
        id="en-doubled-dash-cue-first",
    ),
]


def test_a_document_cue_on_the_next_line_closes_the_quote_paragraph() -> None:
    """'- йдеться у повідомленні.' under unmarked words: the words of the body that the
    discourse names (was no quote unless the words ended in a comma)."""
    text = (
        "Київ • УНН\nТрамваї курсуватимуть до опівночі. Про це повідомили в КП "
        "«Київпастранс», передає УНН.\n"
        "Розклад може змінюватися. Стежте за оновленнями на сайті підприємства\n"
        "- йдеться у повідомленні.\nНагадаємо\nРаніше трамваї курсували до 23:00."
    )
    assert quotes_of(text)[-1] == (
        "direct",
        "Розклад може змінюватися. Стежте за оновленнями на сайті підприємства",
        "КП «Київпастранс»",
    )


@pytest.mark.parametrize(("text", "quote"), DASH_CLOSED)
def test_dash_closed_quote_paragraph(text: str, quote: tuple[str, str, str]) -> None:
    assert quotes_of(text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Київ • УНН\nМер Олег Гнатюк заявив, що трамваї курсуватимуть до опівночі, передає УНН.",
        "Київ • УНН\nМер Олег Гнатюк заявив, що трамваї курсуватимуть до опівночі, передає УНН "
        "з посиланням на пресслужбу міськради.",
        "Киев • УНН\nМэр Олег Гнатюк заявил, что трамваи будут ходить до полуночи, пишет УНН.",
    ],
)
def test_self_credit_after_the_verb_ends_the_content(text: str) -> None:
    assert quotes_of(text)[0][1] in (
        "трамваї курсуватимуть до опівночі",
        "трамваи будут ходить до полуночи",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv • UNN\nThe trams will run until midnight, UNN reports.\n"
        "The mayor of Harbourville Oleh Hnatiuk wrote about this on Telegram.",
        "Kyiv • UNN\nThe trams will run until midnight, writes UNN. This was announced by "
        "the mayor Oleh Hnatiuk.",
        "Kyiv • UNN\nThe trams will run until midnight, UNN reports with reference to the "
        "city council.\nThis was reported by the mayor of Harbourville Oleh Hnatiuk.",
    ],
)
def test_an_anaphoric_attribution_leaves_out_the_self_credit(text: str) -> None:
    assert quotes_of(text)[0][1] == "The trams will run until midnight"


def test_a_reference_after_an_anaphoric_attribution_reports_nothing() -> None:
    # the reference names where the attribution came from: its clause is no content
    text = (
        "Kyiv • UNN\nThe trams will run until midnight. This was reported by the city "
        "council, UNN writes with reference to the council's press service."
    )
    assert [q[1] for q in quotes_of(text)] == ["The trams will run until midnight"]


@pytest.mark.parametrize(
    ("text", "paragraph", "role"),
    [
        pytest.param(
            EN.removesuffix("News by theme")
            + "Kyiv to open two new bomb shelters in March\nNews by theme",
            "Kyiv to open two new bomb shelters in March",
            Role.BOILERPLATE,
            id="related-headline-after-background",
        ),
        pytest.param(
            UK.removesuffix("Популярні") + "У Києві відкриють два нові укриття\nПопулярні",
            "У Києві відкриють два нові укриття",
            Role.BOILERPLATE,
            id="related-headline-uk",
        ),
        pytest.param(
            "Kyiv • UNN\nThe city will open two new shelters, UNN reports.\n"
            "Details\nThe works start on Monday.\n"
            "Power will be back in every district by morning - the company said\nPopular",
            "Power will be back in every district by morning - the company said",
            Role.BODY,
            id="a-quote-without-full-stop-stays",
        ),
    ],
)
def test_related_story_ending(text: str, paragraph: str, role: Role) -> None:
    assert role_of(text, paragraph) is role


def test_a_comma_and_a_dash_before_the_cue_set_off_words_without_marks() -> None:
    text = (
        "Київ • УНН\n"
        "Мер Іван Сокіл закликав мешканців залишатися в укриттях.\n"
        "Інформація про постраждалих уточнюється, - написав Сокіл у Telegram."
    )
    assert ("direct", "Інформація про постраждалих уточнюється", "Іван Сокіл") in quotes_of(text)


def test_words_without_a_stop_between_two_quotes_are_the_speakers() -> None:
    text = (
        "Kyiv • UNN\nSnow is expected on Friday, UNN reports.\n"
        "Forecaster Ivanna Roe wrote on Facebook that the cold will last.\n"
        "Frost at night will reach 8-12 degrees, in the mountains up to 15\n"
        "Be careful on the roads - the forecaster emphasized."
    )
    assert ("direct", "Frost at night will reach 8-12 degrees, in the mountains up to 15") in [
        (kind, words) for kind, words, _ in quotes_of(text)
    ]
    # with no quote closed by its cue after it, such a line is no quote
    assert len(quotes_of(text.rsplit("\n", 1)[0] + "\nPopular")) == 1


def test_words_without_a_stop_before_another_speaker_are_no_quote() -> None:
    text = (
        "Kyiv • UNN\n\nSnow is expected on Friday, UNN reports.\n\n"
        "Forecaster Ivanna Roe wrote on Facebook that the cold will last.\n\n"
        "The rescue service has opened 200 heating points across the region\n\n"
        "We are ready for any weather - said rescue spokesman Oleh Poe."
    )
    words = [words for _, words, _ in quotes_of(text)]
    assert "The rescue service has opened 200 heating points across the region" not in words
    # the same speaker named again closes her words
    again = text.replace("said rescue spokesman Oleh Poe", "Roe added")
    assert "The rescue service has opened 200 heating points across the region" in [
        words for _, words, _ in quotes_of(again)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-03-04 The city council approved a night tram route, according to UNN.\n"
        "The route will open in May.",
        "Odesa • UNN\nThe port will resume night shifts from Monday, writes UNN.",
        "Вінниця • УНН\nУ Вінниці відкрили новий міст через Південний Буг, пише УНН.",
        "Вінниця • УНН\nУ Вінниці відкрили новий міст через Південний Буг, передає УНН.",
        "Винница • УНН\nВ Виннице открыли новый мост через Южный Буг, передает УНН.",
        "У Вінниці відкрили новий міст через Південний Буг, передає кореспондент УНН.",
        "В Виннице открыли новый мост через Южный Буг, передает корреспондент УНН.",
        "The port will resume night shifts from Monday, UNN correspondent reports.",
    ],
)
def test_every_self_credit_is_no_quote_and_no_attribution(text: str) -> None:
    """The self-credits "according to UNN", "writes UNN", "пише УНН", "передає УНН" and
    "передает УНН"."""
    article = article_of(text)
    assert article.outlet == "unn"
    assert quotes_of(text) == []
    assert article.attributions == ()


def test_the_crawl_date_line_running_into_the_lead_leaves_no_headline() -> None:
    text = (
        "date 2026-03-04 The city council approved a night tram route, UNN reports.\n"
        "Let us remind you\nIn 2025, the city tested night trams on two lines."
    )
    article = article_of(text)
    assert (article.published_text, article.title) == ("2026-03-04", None)
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.MARKER, Role.BACKGROUND]


@pytest.mark.parametrize(
    "date_line", ["date 2026-03-01", "date: 2026-03-01", "date Mar 1, 2026", "Date 01.03.2026"]
)
def test_the_dateline_after_the_crawl_date_line_is_a_sign(date_line: str) -> None:
    text = date_line + " Одеса • УНН\nПорт відновить нічні зміни з понеділка."
    assert article_of(text).outlet == "unn"
    assert dateline_of(text) == ("Одеса", "УНН", None, "Одеса • УНН")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Одеса • УНН\nПорт відновить нічні зміни з понеділка, пише УНН.\n"
            "Ми відновимо всі причали до вечора\n- йдеться у повідомленні.\n"
            "Про це повідомив голова порту Іван Петренко.",
            ("direct", "Ми відновимо всі причали до вечора", "Іван Петренко"),
        ),
        (
            "Одесса • УНН\nПорт возобновит ночные смены с понедельника, пишет УНН.\n"
            "Мы восстановим все причалы к вечеру\n- говорится в сообщении.\n"
            "Об этом сообщил глава порта Иван Петренко.",
            ("direct", "Мы восстановим все причалы к вечеру", "Иван Петренко"),
        ),
        (
            "Odesa • UNN\nThe port will resume night shifts from Monday, UNN reports.\n"
            "We will restore every berth by the evening\n- the port authority said.\n"
            "This was reported by the head of the port Ivan Roe.",
            ("direct", "We will restore every berth by the evening", "the port authority"),
        ),
    ],
)
def test_an_anaphoric_attribution_after_a_cue_line_names_the_quote_s_speaker(
    text: str, quote: tuple[str, str, str]
) -> None:
    """The cue line ("- йдеться у повідомленні.") is no content of "Про це повідомив X";
    X speaks the quote above it where its cue names nobody."""
    assert quotes_of(text) == [quote]


def test_a_quote_label_above_words_closed_by_their_own_cue() -> None:
    # invented: "Цитата" above a bare quote whose dash and cue name the speaker (the whole
    # line, cue and name included, was the quote, with no speaker)
    text = (
        "date 2026-03-02 Пором знову курсуватиме з понеділка\n"
        "Одеса • УНН\n"
        "Пором до островів знову курсуватиме з понеділка.\n"
        "Цитата\n"
        "Відновимо всі лінії до ранку - заявив директор порту Іван Петренко"
    )
    assert quotes_of(text) == [("direct", "Відновимо всі лінії до ранку", "Іван Петренко")]


def test_the_words_under_a_quote_label_are_no_background_whatever_opens_them() -> None:
    # invented: "Цитата" above words that open with "Раніше", a background opener (the
    # paragraph was background); a paragraph opening with it elsewhere still is
    text = (
        "date 2026-03-02 Пором знову курсуватиме з понеділка\n"
        "Одеса • УНН\n"
        "Пором до островів знову курсуватиме з понеділка, повідомив директор порту Іван "
        "Петренко, передає УНН.\n"
        "Цитата\n"
        "Раніше пасажири чекали годинами. Тепер квитки продаватимуть онлайн\n"
        "Раніше порт двічі закривали через шторм."
    )
    assert background_of(text) == ["Раніше порт двічі закривали через шторм."]
    assert role_of(text, "Раніше пасажири чекали годинами. Тепер квитки продаватимуть онлайн") is (
        Role.QUOTE
    )
