"""Ukrainian: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented.  Rows that need support the pipeline lacks run as
``xfail(strict=True)`` with the construction named, so that they turn into failures the
day the support lands.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import lang
from newsstruct.outlets import Registry

_REGISTRY = Registry(builtins=False, plugins=False)

Quote = tuple[str, str, "str | None", "str | None"]


CASES = [
    pytest.param(
        "Міністр фінансів заявив, що бюджет на наступний рік буде збалансованим.",
        [("reported", "бюджет на наступний рік буде збалансованим", "Міністр фінансів", "заявив")],
        id="reported-that",
    ),
    pytest.param(
        ("«Ми не будемо підвищувати податки цього року», — сказав міністр фінансів Ігор Петренко."),
        [("direct", "Ми не будемо підвищувати податки цього року", "Ігор Петренко", "сказав")],
        id="guillemets-dash-cue",
    ),
    pytest.param(
        "За словами губернатора, новий міст через річку відкриють уже в липні.",
        [("reported", "новий міст через річку відкриють уже в липні", "губернатора", "За словами")],
        id="za-slovamy",
    ),
    pytest.param(
        (
            "Новий міст через річку відкриють уже в липні. Про це повідомив голова "
            "обласної адміністрації Олег Коваль."
        ),
        [
            (
                "reported",
                "Новий міст через річку відкриють уже в липні",
                "Олег Коваль",
                "Про це повідомив",
            )
        ],
        id="anaphoric",
    ),
    pytest.param(
        "Мер міста Ганна Бойко сказала: «Ми відновимо всі школи до кінця року».",
        [("direct", "Ми відновимо всі школи до кінця року", "Ганна Бойко", "сказала")],
        id="colon-quote",
    ),
    pytest.param(
        "Ремонт дороги триватиме ще два місяці, сказав представник міської ради.",
        [
            (
                "reported",
                "Ремонт дороги триватиме ще два місяці",
                "представник міської ради",
                "сказав",
            )
        ],
        id="inverted-genitive-source",
    ),
    pytest.param(
        "«Як вам буде завгодно», — з усмішкою сказав охоронець і пішов до воріт.",
        [("direct", "Як вам буде завгодно", "охоронець", "сказав")],
        id="adjunct-between-dash-and-cue",
    ),
    pytest.param(
        (
            "Як сказав в інтерв’ю «Вечірній газеті» директор заводу Іван Орлов, зарплати "
            "зростуть у травні."
        ),
        [("reported", "зарплати зростуть у травні", "Іван Орлов", "сказав")],
        id="as-cue-adjuncts-source-comma",
    ),
    pytest.param(
        "Міністр підписав указ, заявивши, що податки не зростуть.",
        [("reported", "податки не зростуть", "Міністр", "заявивши")],
        id="adverbial-participle",
    ),
    pytest.param(
        "Мер відкрито заявив, що міст відремонтують до літа, тож сподіватимемося на краще.",
        [("reported", "міст відремонтують до літа", "Мер", "заявив")],
        id="content-ends-before-tozh",
    ),
    pytest.param(
        (
            "Мер казав у раді, ніби ремонт коштував два мільйони, "
            "а за підрахунками експертів - десять."
        ),
        [("reported", "ремонт коштував два мільйони", "Мер", "казав")],
        id="niby-and-another-source",
    ),
    pytest.param(
        (
            "Нещодавно місто відкрило новий міст, про що публічно заявив мер Олег Коваль, "
            "назвавши це перемогою."
        ),
        [("reported", "Нещодавно місто відкрило новий міст", "Олег Коваль", "заявив")],
        id="relative-pro-shcho",
    ),
    pytest.param(
        "Бюджет ухвалять до кінця року. Заявив про це міністр оборони, виступаючи у Раді.",
        [("reported", "Бюджет ухвалять до кінця року", "міністр оборони", "Заявив про це")],
        id="verb-first-anaphoric",
    ),
    pytest.param(
        "Міст відкриють у липні. Мер Олег Коваль заявив про це на брифінгу.",
        [("reported", "Міст відкриють у липні", "Олег Коваль", "заявив про це")],
        id="subject-first-anaphoric",
    ),
    pytest.param(
        "Міст відкриють у липні. Про це у своєму Telegram-каналі написав мер Олег Коваль.",
        [
            (
                "reported",
                "Міст відкриють у липні",
                "Олег Коваль",
                "Про це у своєму Telegram-каналі написав",
            )
        ],
        id="anaphoric-with-adjuncts",
    ),
    pytest.param(
        "Старий усміхнувся і сказав: «Пам’ятаю цей день».",
        [("direct", "Пам’ятаю цей день", "Старий", "сказав")],
        id="coordinated-predicate-subject",
    ),
    pytest.param(
        "«Ця хвороба небезпечна», заявила речниця компанії «Аеро Плюс».",
        [("direct", "Ця хвороба небезпечна", "компанії «Аеро Плюс»", "заявила")],
        id="source-closed-by-name-in-marks",
    ),
    pytest.param(
        (
            "Оскільки ціни зростають, стверджує економіст Петренко (і з ним важко "
            "сперечатися), бюджет доведеться переглянути."
        ),
        [
            ("reported", "Оскільки ціни зростають", "Петренко", "стверджує"),
            ("reported", "бюджет доведеться переглянути", "Петренко", "стверджує"),
        ],
        id="remark-in-brackets-before-c2",
    ),
    pytest.param(
        (
            "«Ми виконаємо всі зобов’язання», — зазначив у розмові з кореспондентом "
            "Укрінформу голова відомства Іван Петренко."
        ),
        [("direct", "Ми виконаємо всі зобов’язання", "Іван Петренко", "зазначив")],
        id="adjunct-and-outlet-between-cue-and-source",
    ),
    pytest.param(
        (
            "Голова Мінфіну Сергій Марченко в середу на засіданні уряду заявив, що бюджет "
            "буде виконано."
        ),
        [("reported", "бюджет буде виконано", "Сергій Марченко", "заявив")],
        id="adjunct-phrases-between-name-and-cue",
    ),
    pytest.param(
        "Тарифи зростуть на 5%. Про це йдеться в повідомленні пресслужби уряду.",
        [("reported", "Тарифи зростуть на 5%", "пресслужби уряду", "Про це йдеться")],
        id="anaphoric-ydetsya-v-povidomlenni",
    ),
    pytest.param(
        "Голова уряду Олег Коваль виступив на форумі. За його словами, ринок зросте.",
        [("reported", "ринок зросте", "Олег Коваль", "За його словами")],
        id="possessive-za-yoho-slovamy",
    ),
    pytest.param(
        "Згідно з даними Мінекономіки, ринок зросте на три відсотки.",
        [("reported", "ринок зросте на три відсотки", "Мінекономіки", "Згідно з даними")],
        id="zghidno-z-danymy",
    ),
    pytest.param(
        "Відповідно до заяви Укрзалізниці, потяги курсуватимуть за графіком.",
        [("reported", "потяги курсуватимуть за графіком", "Укрзалізниці", "Відповідно до заяви")],
        id="vidpovidno-do-zayavy",
    ),
    pytest.param(
        "Пором повернеться в червні - наводить слова мера Ігоря Коваля пресслужба міськради.",
        [("direct", "Пором повернеться в червні", "Ігор Коваль", "наводить")],
        id="relay-words-of-before-the-subject",
    ),
    pytest.param(
        "Журналістам Коваль повідомив, що пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Коваль", "повідомив")],
        id="audience-before-the-subject",
    ),
    pytest.param(
        "Пором повернеться в червні. Про це міністр повідомив у своєму Telegram-каналі.",
        [("reported", "Пором повернеться в червні", "міністр", "повідомив")],
        id="anaphoric-subject-then-a-platform",
    ),
    pytest.param(
        "Пором повернеться в червні. Про це міністр Ігор Коваль повідомив у соцмережі X.",
        [("reported", "Пором повернеться в червні", "Ігор Коваль", "повідомив")],
        id="anaphoric-subject-then-x-after-a-platform-word",
    ),
    pytest.param(
        "Раніше в Укрзалізниці заявили, що потяги курсуватимуть за графіком.",
        [("reported", "потяги курсуватимуть за графіком", "Укрзалізниці", "заявили")],
        id="time-word-before-the-body-s-place-phrase",
    ),
    pytest.param(
        "Віцепрем'єрка Ганна Лисенко відвідала порт.\n"
        "Пором повернеться в червні, - наголосила віцепрем'єрка.",
        [("direct", "Пором повернеться в червні", "Ганна Лисенко", "наголосила")],
        id="a-feminine-role-noun",
    ),
    pytest.param(
        "Заступник міністра Тарас Бойко відвідав порт.\n"
        "За словами посадовця, пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Тарас Бойко", "За словами")],
        id="an-epithet-refers-to-the-person-last-named",
    ),
    pytest.param(
        "Колишня посол у Канаді Ірина Бойко виступила на форумі.\n"
        "За словами дипломатки, пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Ірина Бойко", "За словами")],
        id="an-epithet-after-a-role-in-a-place",
    ),
    pytest.param(
        "Міністр закордонних справ України Андрій Мельник прибув до Варшави.\n"
        "За словами глави МЗС України, пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Андрій Мельник", "За словами")],
        id="a-role-of-a-body-named-by-an-abbreviation-and-a-place",
    ),
    pytest.param(
        "Водночас у Мінінфраструктури повідомили, що пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Мінінфраструктури", "повідомили")],
        id="an-adverb-before-the-body-s-place-phrase",
    ),
    pytest.param(
        "Голова правління Андрій Мельник розповів про пороми.\n"
        "— Андрію Івановичу, коли пором повернеться?\n"
        "— У червні, квитки вже продаються.",
        [("direct", "У червні, квитки вже продаються", "Андрій Мельник", None)],
        id="interview-the-addressed-name-in-a-question-is-no-interviewee",
    ),
    pytest.param(
        "Уповноважений Верховної Ради з прав людини Іван Мороз відвідав порт.\n"
        "Омбудсман наголосив, що пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "Іван Мороз", "наголосив")],
        id="the-ombudsman-is-the-parliament-s-commissioner",
    ),
    pytest.param(
        "Пором повернеться у червні, пишуть українські ЗМІ.",
        [("reported", "Пором повернеться у червні", "українські ЗМІ", "пишуть")],
        id="the-media-unnamed-after-the-cue",
    ),
    pytest.param(
        "У пояснювальній записці зазначається, що пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "пояснювальній записці", "зазначається")],
        id="impersonal-cue-with-the-document-before-it",
    ),
    pytest.param(
        "Як зазначається в пояснювальній записці, пором повернеться в червні.",
        [("reported", "пором повернеться в червні", "пояснювальній записці", "зазначається в")],
        id="as-impersonal-cue-with-the-document",
    ),
    pytest.param("Зазначається, що пором повернеться в червні.", [], id="impersonal-cue-alone"),
    pytest.param(
        "Пором повернеться в червні. Про це розповів виданню «Вісник» мер Іван Сокіл.",
        [("reported", "Пором повернеться в червні", "Іван Сокіл", "Про це розповів")],
        id="anaphoric-the-outlet-told-then-the-speaker",
    ),
    pytest.param(
        "Квитки подорожчають на 20 грн. Про це повідомляє пресслужба порту.",
        [("reported", "Квитки подорожчають на 20 грн", "пресслужба порту", "Про це повідомляє")],
        id="an-abbreviation-ends-the-sentence-before-an-anaphoric-cue",
    ),
    pytest.param(
        "Пором повернеться в червні. Таку думку висловив мер Іван Сокіл.",
        [("reported", "Пором повернеться в червні", "Іван Сокіл", "Таку думку висловив")],
        id="anaphoric-such-an-opinion-was-expressed",
    ),
    pytest.param(
        "Генеральний секретар Альянсу Іван Сокіл прибув до Києва.\n"
        "Пором повернеться в червні, - наголосив генсек.",
        [("direct", "Пором повернеться в червні", "Іван Сокіл", "наголосив")],
        id="the-secretary-general-is-the-gensek",
    ),
    pytest.param(
        "За прогнозом Мінекономіки, ціни на квитки зростуть на 5%.",
        [("reported", "ціни на квитки зростуть на 5%", "Мінекономіки", "За прогнозом")],
        id="za-prohnozom",
    ),
    pytest.param(
        "Міністр Ігор Коваль в інтерв'ю розповів про пороми.\n"
        "— Коли пором повернеться на лінію?\n"
        "— Пором повернеться в червні, квитки вже продаються.\n"
        "— А ціни?\n"
        "— Ціни не зміняться до осені.",
        [
            ("direct", "Пором повернеться в червні, квитки вже продаються", "Ігор Коваль", None),
            ("direct", "Ціни не зміняться до осені", "Ігор Коваль", None),
        ],
        id="interview-dash-turns",
    ),
    pytest.param(
        "Президент закликав сторони негайно припинити вогонь і сісти за стіл переговорів.",
        [
            (
                "reported",
                "припинити вогонь і сісти за стіл переговорів",
                "Президент",
                "закликав",
            )
        ],
        id="control-cue-object-infinitive",
    ),
    pytest.param(
        "У Кремлі прокоментували рішення суду, зазначивши, що воно остаточне.",
        [("reported", "воно остаточне", "Кремлі", "зазначивши")],
        id="participle-after-place-as-source",
    ),
    pytest.param(
        "— Ми готові до переговорів з урядом, — сказав він журналістам.",
        [("direct", "Ми готові до переговорів з урядом", "він", "сказав")],
        id="dash-speech",
    ),
    pytest.param(
        "«Траншею викопали самі, — каже бригадир Петренко, — а труби привезли лише в травні».",
        [
            ("direct", "Траншею викопали самі", "Петренко", "каже"),
            ("direct", "а труби привезли лише в травні", "Петренко", "каже"),
        ],
        id="attribution-between-dashes-inside-marks",
    ),
    pytest.param(
        "Нацбанк підвищив облікову ставку до 14,5%, повідомив голова НБУ Петро Лисенко.",
        [
            (
                "reported",
                "Нацбанк підвищив облікову ставку до 14,5%",
                "Петро Лисенко",
                "повідомив",
            )
        ],
        id="content-ends-in-a-unit-sign",
    ),
    pytest.param(
        "Як зазначили в КМДА, інтервал руху поїздів метро становитиме п'ять хвилин.",
        [
            (
                "reported",
                "інтервал руху поїздів метро становитиме п'ять хвилин",
                "КМДА",
                "зазначили в",
            )
        ],
        id="plural-cue-in-a-body-named-by-an-abbreviation",
    ),
    pytest.param(
        "Рух мостом через Десну відновлять у суботу, йдеться у повідомленні.",
        [
            (
                "reported",
                "Рух мостом через Десну відновлять у суботу",
                None,
                "йдеться у повідомленні",
            )
        ],
        id="cue-phrase-naming-its-document",
    ),
    pytest.param(
        "За словами голови ОВА Олега Синєгубова, обстріли тривали всю ніч.",
        [("reported", "обстріли тривали всю ніч", "Олег Синєгубов", "За словами")],
        id="genitive-name-never-printed-in-the-nominative",
    ),
    pytest.param(
        "На думку голови обласної ради Валентини Зубко, міст скоротить дорогу на годину.",
        [("reported", "міст скоротить дорогу на годину", "Валентина Зубко", "На думку")],
        id="genitive-womans-name-with-an-indeclinable-surname",
    ),
    pytest.param(
        "За словами Олександра Петренка, ремонт мосту триватиме місяць.",
        [("reported", "ремонт мосту триватиме місяць", "Олександр Петренко", "За словами")],
        id="genitive-name-that-reads-as-a-womans-nominative",
    ),
    pytest.param(
        "Як повідомила Олександра Кравчук, ремонт мосту триватиме місяць.",
        [("reported", "ремонт мосту триватиме місяць", "Олександра Кравчук", "повідомила")],
        id="nominative-name-stays",
    ),
    pytest.param(
        "Графіки відключень скасують у неділю. Про це повідомили в НЕК «Укренерго».",
        [
            (
                "reported",
                "Графіки відключень скасують у неділю",
                "НЕК «Укренерго»",
                "Про це повідомили в",
            )
        ],
        id="anaphoric-plural-cue-in-a-company-named-in-marks",
    ),
    pytest.param(
        "Світло повернуть до ранку. Про це повідомили у пресслужбі Міненерго.",
        [("reported", "Світло повернуть до ранку", "Міненерго", "Про це повідомили у")],
        id="anaphoric-plural-cue-in-a-press-service",
    ),
    pytest.param(
        "Мер заявив, що АТ «Укргаз» відновить постачання газу в травні.",
        [("reported", "АТ «Укргаз» відновить постачання газу в травні", "Мер", "заявив")],
        id="company-name-in-marks-makes-no-mixed-quote",
    ),
    pytest.param(
        "У Міноборони заявили, що нова партія дронів надійде до кінця місяця.",
        [
            (
                "reported",
                "нова партія дронів надійде до кінця місяця",
                "Міноборони",
                "заявили",
            )
        ],
        id="plural-cue-after-the-body-where-it-was-said",
    ),
    pytest.param(
        "У компанії «Укренерго» також наголосили, що ситуація в енергосистемі складна.",
        [
            (
                "reported",
                "ситуація в енергосистемі складна",
                "компанії «Укренерго»",
                "наголосили",
            )
        ],
        id="plural-cue-after-a-company-named-in-marks",
    ),
    pytest.param(
        "«Ми нарощуємо видобуток газу», – цитує пресслужба голову правління Олега Гайового.",
        [("direct", "Ми нарощуємо видобуток газу", "Олег Гайовий", "цитує")],
        id="quoted-by-the-press-service-in-the-accusative",
    ),
]


TEXTS = [case.values[0] for case in CASES]

#: An invented article with the constructions above in one text: the speaker of a name
#: printed in the genitive ("За словами Андрія …") is named by its nominative form.
ARTICLE = (
    "Новий міст через Дніпро відкриють у липні\n\n"
    "Мерія відкриє новий міст через Дніпро в липні. Про це в понеділок повідомив голова "
    "міста Андрій Коваленко.\n\n"
    "За словами Андрія Коваленка, проїзд мостом буде безкоштовним.\n\n"
    "«Ми завершимо роботи раніше терміну, — сказав він журналістам, — підрядник уже "
    "отримав гроші».\n\n"
    "— Міст витримає будь-які навантаження, — заявила головна інженерка проєкту Ганна "
    "Бойко.\n\n"
    "Бойко додала, що рух відкриють одразу в обидва боки.\n\n"
    "Нагадаємо, будівництво мосту почалося у 2021 році."
)


#: Invented sentences that hold no attribution.
NO_QUOTES = [
    pytest.param("У вівторок заявили про нову партію дронів.", id="plural-cue-after-a-time"),
    pytest.param(
        "Світло повернуть до ранку. Про це повідомили у Telegram.", id="anaphoric-in-a-channel"
    ),
    pytest.param(
        "Політолог пояснює зростання цін помилками колишньої влади.", id="cue-with-object"
    ),
    pytest.param(
        "Мер Олег Сидоренко відкрив новий міст.\nРаніше повідомлялося, що будівництво мосту "
        "затримувалося.\nПовідомляється, що рух відкриють у п'ятницю.",
        id="impersonal-cue-names-no-speaker",
    ),
]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_uk(text: str) -> None:
    assert lang.detect(text) == "uk"
    assert newsstruct.parse(text, registry=_REGISTRY).lang == "uk"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    article = newsstruct.parse(text, registry=_REGISTRY)
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == expected


def test_article() -> None:
    article = newsstruct.parse(ARTICLE, registry=_REGISTRY)
    assert article.lang == "uk"
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == [
        (
            "reported",
            "Мерія відкриє новий міст через Дніпро в липні",
            "Андрій Коваленко",
            "Про це в понеділок повідомив",
        ),
        ("reported", "проїзд мостом буде безкоштовним", "Андрій Коваленко", "За словами"),
        ("direct", "Ми завершимо роботи раніше терміну", "Андрій Коваленко", "сказав"),
        ("direct", "підрядник уже отримав гроші", "Андрій Коваленко", "сказав"),
        ("direct", "Міст витримає будь-які навантаження", "Ганна Бойко", "заявила"),
        ("reported", "рух відкриють одразу в обидва боки", "Ганна Бойко", "додала"),
    ]
    assert [p.text.split(",")[0] for p in article.background] == ["Нагадаємо"]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_no_quotes(text: str) -> None:
    assert newsstruct.parse(text, lang="uk", registry=_REGISTRY).quotes == ()


def test_lexicon_is_registered_and_rich() -> None:
    lexicon = lang.get("uk")
    assert lexicon.code == "uk"
    assert "uk" in lang.available()
    assert len(lexicon.cue_verbs) >= 300
    assert lexicon.source_phrases and lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert lexicon.control_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)
