"""Russian: language detection and the quote constructions of invented articles (issue 4).

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
        "Министр финансов заявил, что бюджет на следующий год будет сбалансирован.",
        [("reported", "бюджет на следующий год будет сбалансирован", "Министр финансов", "заявил")],
        id="reported-that",
    ),
    pytest.param(
        ("«Мы не будем повышать налоги в этом году», — сказал министр финансов Игорь Петров."),
        [("direct", "Мы не будем повышать налоги в этом году", "Игорь Петров", "сказал")],
        id="guillemets-dash-cue",
    ),
    pytest.param(
        "По словам губернатора, новый мост через реку откроют уже в июле.",
        [("reported", "новый мост через реку откроют уже в июле", "губернатора", "По словам")],
        id="po-slovam",
    ),
    pytest.param(
        (
            "Новый мост через реку откроют уже в июле. Об этом сообщил губернатор "
            "области Олег Смирнов."
        ),
        [
            (
                "reported",
                "Новый мост через реку откроют уже в июле",
                "Олег Смирнов",
                "Об этом сообщил",
            )
        ],
        id="anaphoric",
    ),
    pytest.param(
        "Мэр города Анна Волкова сказала: «Мы восстановим все школы до конца года».",
        [("direct", "Мы восстановим все школы до конца года", "Анна Волкова", "сказала")],
        id="colon-quote",
    ),
    pytest.param(
        "Ремонт дороги займет еще два месяца, сказал представитель мэрии.",
        [("reported", "Ремонт дороги займет еще два месяца", "представитель мэрии", "сказал")],
        id="inverted-genitive-source",
    ),
    pytest.param(
        "Мужчина говорит, что сосед часто шумел по ночам.",
        [("reported", "сосед часто шумел по ночам", "Мужчина", "говорит")],
        id="short-line-without-distinctive-letters",
    ),
    pytest.param(
        "Та скажет: «Приходи завтра к обеду».",
        [("direct", "Приходи завтра к обеду", "Та", "скажет")],
        id="determiner-subject-before-cue",
    ),
    pytest.param(
        "Пресс-служба объясняет покупателям, что цены вырастут весной.",
        [("reported", "цены вырастут весной", "Пресс-служба", "объясняет")],
        id="addressee-before-complementizer",
    ),
    pytest.param(
        "Министр заявил вчера «Интерфаксу», что переговоры продолжатся в мае.",
        [("reported", "переговоры продолжатся в мае", "Министр", "заявил")],
        id="channel-in-marks-before-complementizer",
    ),
    pytest.param(
        "Он пишет дальше: «Работа будет закончена к весне».",
        [("direct", "Работа будет закончена к весне", "Он", "пишет")],
        id="adverb-before-colon",
    ),
    pytest.param(
        "В своей речи министры подчеркнули, что налоги не вырастут.",
        [("reported", "налоги не вырастут", "министры", "подчеркнули")],
        id="subject-after-prepositional-phrase",
    ),
    pytest.param(
        "«Как вам будет угодно», — с улыбкой сказал охранник и пошел к воротам.",
        [("direct", "Как вам будет угодно", "охранник", "сказал")],
        id="adjunct-between-dash-and-cue",
    ),
    pytest.param(
        "Жители, хорошо помнящие старый мост, в один голос утверждают, что он был шире.",
        [("reported", "он был шире", "Жители", "утверждают")],
        id="adjunct-after-apposition",
    ),
    pytest.param(
        "Актриса Анна Петрова тогда мне сказала: «Мы уезжаем завтра».",
        [("direct", "Мы уезжаем завтра", "Анна Петрова", "сказала")],
        id="addressee-pronoun-before-cue",
    ),
    pytest.param(
        (
            "Как сказал в интервью «Вечерней газете» директор завода Иван Орлов, зарплаты "
            "вырастут в мае."
        ),
        [("reported", "зарплаты вырастут в мае", "Иван Орлов", "сказал в интервью")],
        id="as-cue-adjuncts-source-comma",
    ),
    pytest.param(
        (
            "Как рассказал РБК представитель агентства «Медиа Плюс» Олег Смирнов, концерт "
            "начнется в восемь."
        ),
        [("reported", "концерт начнется в восемь", "Олег Смирнов", "рассказал")],
        id="as-cue-channel-then-source",
    ),
    pytest.param(
        "Согласно данным Минэкономики, рынок вырастет на три процента.",
        [("reported", "рынок вырастет на три процента", "Минэкономики", "Согласно данным")],
        id="soglasno-dannym",
    ),
    pytest.param(
        "По сообщению пресс-службы мэрии, паром вернется в июне.",
        [("reported", "паром вернется в июне", "пресс-службы мэрии", "По сообщению")],
        id="po-soobshcheniyu",
    ),
    pytest.param(
        "«Паром вернется в июне», - приводит пресс-служба слова мэра Игоря Ковалева.",
        [("direct", "Паром вернется в июне", "Игорь Ковалев", "приводит")],
        id="relay-words-of-after-the-subject",
    ),
    pytest.param(
        "Пресс-служба мэрии приводит слова Игоря Ковалева: «Паром вернется в июне».",
        [("direct", "Паром вернется в июне", "Игорь Ковалев", "приводит")],
        id="relay-words-of-before-a-colon",
    ),
    pytest.param(
        "Пожар на складе привел к задержке паромов на три часа.",
        [],
        id="relay-verb-without-words-is-no-cue",
    ),
    pytest.param(
        "В пресс-службе мэрии ТАСС заявили, что паром вернется в июне.",
        [("reported", "паром вернется в июне", "пресс-службе мэрии", "заявили")],
        id="body-then-the-outlet-it-told",
    ),
    pytest.param(
        "Капитан порта Анна Белова ответила на вопросы о паромах.\n"
        "- Когда паром вернется?\n"
        "- В июне, билеты уже продаются.\n"
        "- А цены?\n"
        "- Цены не изменятся до осени.",
        [
            ("direct", "В июне, билеты уже продаются", "Анна Белова", None),
            ("direct", "Цены не изменятся до осени", "Анна Белова", None),
        ],
        id="interview-dash-turns",
    ),
    pytest.param(
        "Губернатор Вячеслав Орлов посетил порт.\nПо данным губернатора, паром вернется в июне.",
        [("reported", "паром вернется в июне", "Вячеслав Орлов", "По данным")],
        id="a-role-noun-in-an-oblique-case",
    ),
    pytest.param(
        "Об этом сообщил городской голова Игорь Орлов.\n"
        "Мэр также отметил, что паром вернется в июне.",
        [("reported", "паром вернется в июне", "Игорь Орлов", "отметил")],
        id="an-equivalent-role-with-its-modifier",
    ),
    pytest.param(
        'В КП "Городской паром" уточнили, что паром вернется в июне.',
        [("reported", "паром вернется в июне", 'КП "Городской паром"', "уточнили")],
        id="a-company-s-name-in-marks-after-its-legal-form",
    ),
    pytest.param(
        "Паром вернется в июне. Об этом «Вестнику» рассказали два источника в мэрии.",
        [("reported", "Паром вернется в июне", "два источника", "Об этом «Вестнику» рассказали")],
        id="free-anaphoric-with-the-outlet-told-in-marks",
    ),
    pytest.param(
        'Паромы в городе ремонтируют с весны, а маршрут у "Речного вокзала" открыт\n'
        "- сказал мэр Игорь Орлов.",
        [
            (
                "direct",
                'Паромы в городе ремонтируют с весны, а маршрут у "Речного вокзала" открыт',
                "Игорь Орлов",
                "сказал",
            )
        ],
        id="cue-line-after-words-holding-a-name-in-marks",
    ),
    pytest.param(
        "Министр транспорта ФРГ Анна Майер посетила порт. Об этом она заявила журналистам.",
        [
            (
                "reported",
                "Министр транспорта ФРГ Анна Майер посетила порт",
                "Анна Майер",
                "заявила журналистам",
            )
        ],
        id="a-body-s-abbreviation-before-a-full-name",
    ),
    pytest.param(
        "«Паром вернется в июне», - цитирует Майер агентство Harbour News.",
        [("direct", "Паром вернется в июне", "Майер", "цитирует")],
        id="citing-verb-the-one-cited-then-the-outlet",
    ),
    pytest.param(
        "Как сообщили ТАСС в пресс-службе министерства, паром вернется в июне.",
        [("reported", "паром вернется в июне", "пресс-службе министерства", "сообщили")],
        id="as-cue-the-outlet-told-then-the-body",
    ),
    pytest.param(
        "По информации СМИ, паром вернется в июне.",
        [("reported", "паром вернется в июне", "СМИ", "По информации")],
        id="the-media-unnamed-speak",
    ),
    pytest.param(
        (
            "Напомню, что в свое время Анна Белова предупреждала коллег: смените тактику, "
            "иначе проиграете выборы."
        ),
        [
            (
                "direct",
                "смените тактику, иначе проиграете выборы",
                "Анна Белова",
                "предупреждала",
            )
        ],
        id="writers-reminder-is-no-source",
    ),
    pytest.param(
        "Министр подписал указ, заявив, что налоги не вырастут.",
        [("reported", "налоги не вырастут", "Министр", "заявив")],
        id="adverbial-participle",
    ),
    pytest.param(
        "Мэр открыто заявил, что мост отремонтируют к лету, так что будем надеяться на лучшее.",
        [("reported", "мост отремонтируют к лету", "Мэр", "заявил")],
        id="content-ends-before-tak-chto",
    ),
    pytest.param(
        (
            "Мэр говорил в думе, будто ремонт обошелся в два миллиона, "
            "а по расчетам экспертов - в десять."
        ),
        [("reported", "ремонт обошелся в два миллиона", "Мэр", "говорил")],
        id="budto-and-another-source",
    ),
    pytest.param(
        (
            "Недавно город открыл новый мост, о чем публично заявил мэр Олег Смирнов, "
            "назвав это победой."
        ),
        [("reported", "Недавно город открыл новый мост", "Олег Смирнов", "заявил")],
        id="relative-o-chem",
    ),
    pytest.param(
        (
            "Министр обороны Олег Смирнов в интервью «Вечерней газете» недавно сказал так: "
            "победа будет за нами."
        ),
        [("direct", "победа будет за нами", "Олег Смирнов", "сказал")],
        id="name-adjunct-in-marks-colon-words",
    ),
    pytest.param(
        "Один из ректоров «не для записи» заявил: «Мы закроем все программы».",
        [("direct", "Мы закроем все программы", "Один из ректоров", "заявил")],
        id="words-in-marks-between-source-and-cue",
    ),
    pytest.param(
        "«Это заболевание опасно», заявила пресс-атташе компании «Аэро Плюс».",
        [("direct", "Это заболевание опасно", "компании «Аэро Плюс»", "заявила")],
        id="source-closed-by-name-in-marks",
    ),
    pytest.param(
        (
            "Когда подписывались указы, экономика была в лучшей форме, сказал в интервью РБК "
            "директор фонда Владимир Редькин."
        ),
        [
            (
                "reported",
                "Когда подписывались указы, экономика была в лучшей форме",
                "Владимир Редькин",
                "сказал в интервью",
            )
        ],
        id="outlet-channel-before-source",
    ),
    pytest.param(
        "Старик улыбнулся и сказал: «Помню этот день».",
        [("direct", "Помню этот день", "Старик", "сказал")],
        id="coordinated-predicate-subject",
    ),
    pytest.param(
        "Вот соседка Елена, она учительница, она рассказывает, какие в городе были парки.",
        [("reported", "какие в городе были парки", "она", "рассказывает")],
        id="embedded-question-after-cue",
    ),
    pytest.param(
        (
            "Поскольку цены растут, утверждает экономист Петров (и с ним трудно спорить), "
            "бюджет придется пересмотреть."
        ),
        [
            ("reported", "Поскольку цены растут", "Петров", "утверждает"),
            ("reported", "бюджет придется пересмотреть", "Петров", "утверждает"),
        ],
        id="remark-in-brackets-before-c2",
    ),
    pytest.param(
        "Ты же только что сказал, что сроки сорваны.",
        [("reported", "сроки сорваны", "Ты", "сказал")],
        id="two-word-adverb-before-cue",
    ),
    pytest.param(
        (
            "«Мы выполним все обязательства», — отметил в беседе с корреспондентом ТАСС глава "
            "ведомства Иван Петров."
        ),
        [("direct", "Мы выполним все обязательства", "Иван Петров", "отметил")],
        id="adjunct-and-outlet-between-cue-and-source",
    ),
    pytest.param(
        (
            "Глава Минфина Антон Орлов в среду на заседании правительства заявил, что бюджет "
            "будет исполнен."
        ),
        [("reported", "бюджет будет исполнен", "Антон Орлов", "заявил")],
        id="adjunct-phrases-between-name-and-cue",
    ),
    pytest.param(
        "Тарифы вырастут на 5%. Об этом говорится в сообщении пресс-службы правительства.",
        [("reported", "Тарифы вырастут на 5%", "пресс-службы правительства", "Об этом говорится")],
        id="anaphoric-govoritsya-v-soobshchenii",
    ),
    pytest.param(
        "Анна Белова выступила на форуме. По ее мнению, рынок вырастет.",
        [("reported", "рынок вырастет", "Анна Белова", "По ее мнению")],
        id="possessive-po-ee-mneniyu",
    ),
    pytest.param(
        (
            "Министр Олег Петров и вице-премьер Анна Белова провели встречу. Она заявила, что "
            "рынок вырастет. Он добавил, что цены упадут."
        ),
        [
            ("reported", "рынок вырастет", "Анна Белова", "заявила"),
            ("reported", "цены упадут", "Олег Петров", "добавил"),
        ],
        id="pronouns-by-gender",
    ),
    pytest.param(
        "Министр попросил журналистов не публиковать слухи.",
        [("reported", "не публиковать слухи", "Министр", "попросил")],
        id="control-cue-object-infinitive",
    ),
    pytest.param(
        "«Мы закончим работы в срок», — сказал Петров журналистам.",
        [("direct", "Мы закончим работы в срок", "Петров", "сказал")],
        id="addressee-after-inverted-source",
    ),
    pytest.param(
        "«Мы закончим работы в срок», — сказал прораб Иван Петров журналистам.",
        [("direct", "Мы закончим работы в срок", "Иван Петров", "сказал")],
        id="audience-after-a-role-and-name-is-no-part-of-the-name",
    ),
    pytest.param(
        "«Мы закончим работы в срок», — сказал Иван Петров изданию «Вести дня».",
        [("direct", "Мы закончим работы в срок", "Иван Петров", "сказал")],
        id="audience-and-outlet-after-the-source",
    ),
    pytest.param(
        "В Кремле прокомментировали решение суда, отметив, что оно окончательное.",
        [("reported", "оно окончательное", "Кремле", "отметив")],
        id="participle-after-place-as-source",
    ),
    pytest.param(
        "В понедельник Путин подписал указ, заявив, что налоги не вырастут.",
        [("reported", "налоги не вырастут", "Путин", "заявив")],
        id="participle-after-fronted-adjunct",
    ),
    pytest.param(
        ("Бюджет примут до конца года. Заявил об этом министр обороны, выступая перед депутатами."),
        [("reported", "Бюджет примут до конца года", "министр обороны", "Заявил об этом")],
        id="verb-first-anaphoric",
    ),
    pytest.param(
        "Мост откроют в июле. Мэр Олег Смирнов заявил об этом на брифинге.",
        [("reported", "Мост откроют в июле", "Олег Смирнов", "заявил об этом")],
        id="subject-first-anaphoric",
    ),
    pytest.param(
        "Депутаты предложили продлить программу. Об этом сообщил ТАСС председатель "
        "комитета Олег Смирнов.",
        [
            (
                "reported",
                "Депутаты предложили продлить программу",
                "Олег Смирнов",
                "Об этом сообщил",
            )
        ],
        id="anaphoric-to-an-outlet-takes-the-whole-sentence",
    ),
    pytest.param(
        "Мост откроют в июле. Об этом в понедельник на брифинге сообщил мэр Олег Смирнов.",
        [
            (
                "reported",
                "Мост откроют в июле",
                "Олег Смирнов",
                "Об этом в понедельник на брифинге сообщил",
            )
        ],
        id="anaphoric-with-adjuncts",
    ),
    pytest.param(
        "Мост откроют в июле. Об этом министр транспорта Олег Смирнов сообщил журналистам.",
        [("reported", "Мост откроют в июле", "Олег Смирнов", "сообщил журналистам")],
        id="anaphoric-subject-before-cue",
    ),
    pytest.param(
        (
            "Мост откроют в июле. Проезд по нему будет бесплатным.\n\n"
            "Об этом сообщил мэр Олег Смирнов."
        ),
        [
            (
                "reported",
                "Мост откроют в июле. Проезд по нему будет бесплатным",
                "Олег Смирнов",
                "Об этом сообщил",
            )
        ],
        id="anaphoric-line-takes-the-paragraph",
    ),
    pytest.param(
        "— Мы готовы к переговорам с правительством, — сказал он журналистам.",
        [("direct", "Мы готовы к переговорам с правительством", "он", "сказал")],
        id="dash-speech",
    ),
    pytest.param(
        "«Траншею выкопали сами, — говорит бригадир Петров, — а трубы привезли только в мае».",
        [
            ("direct", "Траншею выкопали сами", "Петров", "говорит"),
            ("direct", "а трубы привезли только в мае", "Петров", "говорит"),
        ],
        id="attribution-between-dashes-inside-marks",
    ),
    pytest.param(
        "Цены на хлеб выросли на 8‰ за месяц, сообщил глава Госстата Олег Петров.",
        [("reported", "Цены на хлеб выросли на 8‰ за месяц", "Олег Петров", "сообщил")],
        id="content-ends-in-a-unit-sign",
    ),
    pytest.param(
        "Доллар подорожал до 41 ₴, сообщил аналитик Иван Сидоренко.",
        [("reported", "Доллар подорожал до 41 ₴", "Иван Сидоренко", "сообщил")],
        id="content-ends-in-a-currency-sign",
    ),
    pytest.param(
        "Интервал движения поездов метро составит пять минут, сообщили в КГГА.",
        [("reported", "Интервал движения поездов метро составит пять минут", "КГГА", "сообщили в")],
        id="plural-cue-in-a-body-named-by-an-abbreviation",
    ),
    pytest.param(
        "В сообщении говорится, что движение по мосту через Десну откроют в субботу.",
        [
            (
                "reported",
                "движение по мосту через Десну откроют в субботу",
                None,
                "говорится",
            )
        ],
        id="impersonal-cue-after-the-document",
    ),
    pytest.param(
        "По словам министра энергетики Сергея Цивилева, ограничения снимут досрочно.",
        [("reported", "ограничения снимут досрочно", "Сергей Цивилев", "По словам")],
        id="genitive-name-never-printed-in-the-nominative",
    ),
    pytest.param(
        "По мнению экономиста Анны Беловой, цены на хлеб вырастут.",
        [("reported", "цены на хлеб вырастут", "Анна Белова", "По мнению")],
        id="genitive-womans-name",
    ),
    pytest.param(
        "По словам аналитика Павла Кравца, цены на хлеб вырастут.",
        [("reported", "цены на хлеб вырастут", "Павел Кравец", "По словам")],
        id="genitive-name-with-fleeting-vowels",
    ),
    pytest.param(
        "Графики отключений отменят в воскресенье. Об этом сообщили в компании «Укрэнерго».",
        [
            (
                "reported",
                "Графики отключений отменят в воскресенье",
                "компании «Укрэнерго»",
                "Об этом сообщили",
            )
        ],
        id="anaphoric-plural-cue-in-a-company-named-in-marks",
    ),
    pytest.param(
        "В «Укрэнерго» отметили, что ситуация в энергосистеме контролируемая.",
        [
            (
                "reported",
                "ситуация в энергосистеме контролируемая",
                "«Укрэнерго»",
                "отметили",
            )
        ],
        id="plural-cue-after-the-body-where-it-was-said",
    ),
    pytest.param(
        "Синоптик Наталья Диденко отметила, что жара продержится. «Пейте больше воды», - "
        "посоветовала она.",
        [
            ("reported", "жара продержится", "Наталья Диденко", "отметила"),
            ("direct", "Пейте больше воды", "Наталья Диденко", "посоветовала"),
        ],
        id="capitalised-role-before-a-known-first-name",
    ),
    pytest.param(
        "Водоснабжение восстановлено, сообщил агентству «Вести дня» замглавы города Виктор Ткачук.",
        [("reported", "Водоснабжение восстановлено", "Виктор Ткачук", "сообщил")],
        id="audience-and-outlet-before-the-source",
    ),
    pytest.param(
        "«Мы наращиваем добычу», – цитирует пресс-служба директора Марию Смирнову.",
        [("direct", "Мы наращиваем добычу", "Мария Смирнова", "цитирует")],
        id="womans-name-in-the-accusative",
    ),
    pytest.param(
        (
            "— Мы восстановим все линии к утру, — сказал губернатор Иван Петров. Он "
            "добавил, что ремонт обойдется в десять миллионов рублей."
        ),
        [
            ("direct", "Мы восстановим все линии к утру", "Иван Петров", "сказал"),
            ("reported", "ремонт обойдется в десять миллионов рублей", "Иван Петров", "добавил"),
        ],
        id="dialogue-then-writer-sentence",
    ),
]


TEXTS = [case.values[0] for case in CASES]

#: An invented article with the constructions above in one text: the speaker of a name
#: printed in the genitive ("По словам Андрея …") is named by its nominative form.
ARTICLE = (
    "Новый мост через Волгу откроют в июле\n\n"
    "Мэрия откроет новый мост через Волгу в июле. Об этом в понедельник сообщил глава "
    "города Андрей Лысенко.\n\n"
    "По словам Андрея Лысенко, проезд по мосту будет бесплатным.\n\n"
    "«Мы закончим работы раньше срока, — сказал он журналистам, — подрядчик уже получил "
    "деньги».\n\n"
    "— Мост выдержит любые нагрузки, — заявила главный инженер проекта Анна Белова.\n\n"
    "Беловой также принадлежит идея пешеходной дорожки. Белова добавила, что движение "
    "откроют сразу в обе стороны.\n\n"
    "Напомним, строительство моста началось в 2021 году."
)


#: Invented sentences that hold no attribution.
NO_QUOTES = [
    pytest.param("Политолог объясняет рост цен ошибками прежних властей.", id="cue-with-object"),
    pytest.param("На плохую шутку скажут: иди в сад, да шути там сам.", id="indefinite-subject"),
    pytest.param("Цены выросли. Это говорит о том, что спрос растет.", id="eto-govorit-o-tom"),
    pytest.param(
        "Его смутил пункт, согласно которому все узлы развернуты.", id="according-to-which"
    ),
    pytest.param(
        "Мэр Олег Сидоренко открыл новый мост.\nРанее сообщалось, что строительство моста "
        "задерживалось.\nСообщается, что движение откроют в пятницу.",
        id="impersonal-cue-names-no-speaker",
    ),
    pytest.param(
        "Мэр Олег Сидоренко открыл мост.\nКак сообщалось, в мае движение по мосту закрыли.",
        id="as-with-an-impersonal-cue",
    ),
]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_ru(text: str) -> None:
    assert lang.detect(text) == "ru"
    assert newsstruct.parse(text, registry=_REGISTRY).lang == "ru"


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
    assert article.lang == "ru"
    found = [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]
    assert found == [
        (
            "reported",
            "Мэрия откроет новый мост через Волгу в июле",
            "Андрей Лысенко",
            "Об этом в понедельник сообщил",
        ),
        ("reported", "проезд по мосту будет бесплатным", "Андрей Лысенко", "По словам"),
        ("direct", "Мы закончим работы раньше срока", "Андрей Лысенко", "сказал"),
        ("direct", "подрядчик уже получил деньги", "Андрей Лысенко", "сказал"),
        ("direct", "Мост выдержит любые нагрузки", "Анна Белова", "заявила"),
        ("reported", "движение откроют сразу в обе стороны", "Анна Белова", "добавила"),
    ]
    assert [p.text.split(",")[0] for p in article.background] == ["Напомним"]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_no_quotes(text: str) -> None:
    assert newsstruct.parse(text, lang="ru", registry=_REGISTRY).quotes == ()


def test_lexicon_is_registered_and_rich() -> None:
    lexicon = lang.get("ru")
    assert lexicon.code == "ru"
    assert "ru" in lang.available()
    assert len(lexicon.cue_verbs) >= 300
    assert lexicon.source_phrases and lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert lexicon.control_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)


@pytest.mark.parametrize("word", ["судьей", "судьёй", "судьёю"])
def test_instrumental_with_yo_is_a_role_form(word: str) -> None:
    from newsstruct.speakers import _inflected_role

    assert _inflected_role(word, lang.get("ru"))
