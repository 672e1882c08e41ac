"""Descriptions that refer back to a speaker the article named before: a body by a noun
of its kind (``the company``, ``у відомстві``), a clipped name (``Міноборони``), a role
after a reference phrase, a generic noun for a person (``чемпион``).  Every text here
is invented."""

from __future__ import annotations

import pytest

import newsstruct


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote's first words and its speaker's name."""
    return [
        (q.text.split()[0], q.speaker.name if q.speaker else None)
        for q in newsstruct.parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kyiv • UNN\nTrams will run until midnight, UNN reports with reference to "
            "Kyivpastrans.\nNight buses will also run, the company said.",
            [("Trams", "Kyivpastrans"), ("Night", "the company")],
            id="en-the-company-stays-where-the-body-that-spoke-is-of-no-known-kind",
        ),
        pytest.param(
            "The case is handled by the Harbour Anti-Fraud Bureau. Detectives searched "
            "the port office on Monday, the bureau said.",
            [("Detectives", "Harbour Anti-Fraud Bureau")],
            id="en-the-bureau-is-the-body-named-with-that-noun",
        ),
        pytest.param(
            "Harbour Holdings said on Monday it would cut 300 jobs in Lornport.\n"
            '"We have no other choice," the company said.',
            [("it", "Harbour Holdings"), ("We", "Harbour Holdings")],
            id="en-the-company-is-the-holdings-named-before",
        ),
        pytest.param(
            "Lornport Savings Bank said on Monday it would close 12 branches.\n"
            "The lender said the closures would save money. The bank added that no "
            "jobs would go.",
            [
                ("it", "Lornport Savings Bank"),
                ("the", "Lornport Savings Bank"),
                ("no", "Lornport Savings Bank"),
            ],
            id="en-the-lender-and-the-bank-are-the-bank-named-before",
        ),
        pytest.param(
            "Valmont Airways cancelled 40 flights on Monday.\n"
            "The carrier said the storm had closed two airports.",
            [("the", "Valmont Airways")],
            id="en-the-carrier-is-the-airline-named-before",
        ),
        pytest.param(
            "The Valmont Air Force said it shot down 12 drones. Lornair cancelled flights.\n"
            '"Safety comes first," the airline said.',
            [("it", "Valmont Air Force"), ("Safety", "the airline")],
            id="en-the-airline-is-no-air-force",
        ),
        pytest.param(
            "Prices rose in the West Bank on Monday.\n"
            '"We will keep lending," the lender said. "Rates will stay," the bank said.',
            [("We", "the lender"), ("Rates", "the bank")],
            id="en-the-bank-is-no-region-named-with-bank",
        ),
        pytest.param(
            "Harbour West Bank said on Monday it would close 12 branches.\n"
            "The bank said no jobs would go.",
            [("it", "Harbour West Bank"), ("no", "Harbour West Bank")],
            id="en-the-bank-is-a-bank-whose-name-holds-a-compass-point",
        ),
        pytest.param(
            "Bank of the North said on Monday it would close 12 branches.\n"
            "The lender said no jobs would go.",
            [("it", "Bank of the North"), ("no", "Bank of the North")],
            id="en-the-lender-is-a-bank-of-a-compass-point",
        ),
        pytest.param(
            "Lornport Air Defence Forces said they shot down 12 drones.\n"
            '"Safety comes first," the carrier said.',
            [("they", "Lornport Air Defence Forces"), ("Safety", "the carrier")],
            id="en-the-carrier-is-no-air-defence-force",
        ),
        pytest.param(
            "The Valmont Air Force Academy said it would train 40 pilots. Lornair cancelled "
            'flights.\n"Safety comes first," the airline said.',
            [("it", "Valmont Air Force Academy"), ("Safety", "the airline")],
            id="en-the-airline-is-no-air-force-academy",
        ),
        pytest.param(
            "Acme Group said it would cut 300 jobs. Harbour Holdings said it would hire.\n"
            "The company said the talks would go on.",
            [("it", "Acme Group"), ("it", "Harbour Holdings"), ("the", "Harbour Holdings")],
            id="en-the-company-is-the-nearest-company-named-before",
        ),
        pytest.param(
            "Lorn Partners will cut 300 jobs. The company said the talks would go on.",
            [("the", "Lorn Partners")],
            id="en-the-company-is-the-partners-named-before",
        ),
        pytest.param(
            "Harbour Ventures will cut 300 jobs. The firm said the talks would go on.",
            [("the", "Harbour Ventures")],
            id="en-the-firm-is-the-ventures-named-before",
        ),
        pytest.param(
            "On Monday, bank executives said rates would rise.\n"
            "Loans will cost more, the bank said.",
            [("rates", "bank executives"), ("Loans", "the bank")],
            id="en-the-bank-is-not-the-executives-of-a-bank",
        ),
        pytest.param(
            "On Monday, a spokeswoman for the bank board said rates would rise.\n"
            "Loans will cost more, the bank said.",
            [("rates", "a spokeswoman for the bank board"), ("Loans", "the bank")],
            id="en-the-bank-is-not-a-spokeswoman-for-its-board",
        ),
        pytest.param(
            "Prices will rise, Bank of Lornport analyst Jo Roe said.",
            [("Prices", "Jo Roe")],
            id="en-a-role-in-a-bank-then-its-holder",
        ),
        pytest.param(
            "Jo Roe said rates would rise in May. Loans will cost more, the bank said.",
            [("rates", "Jo Roe"), ("Loans", "the bank")],
            id="en-the-bank-stays-as-written-where-no-bank-is-named",
        ),
        pytest.param(
            "Die Hafen AG kündigte am Montag an, 300 Stellen zu streichen.\n\n"
            "„Wir haben keine andere Wahl“, sagte das Unternehmen am Dienstag.\n\n"
            "Der Konzern teilte mit, die Gespräche gingen weiter.",
            [("300", "Hafen AG"), ("Wir", "Hafen AG"), ("die", "Hafen AG")],
            id="de-das-unternehmen-and-der-konzern-are-the-ag-named-before",
        ),
        pytest.param(
            "Die Zinsen steigen im Mai. Kredite würden teurer, sagte die Bank.",
            [("Kredite", "die Bank")],
            id="de-die-bank-stays-as-written-where-no-bank-is-named",
        ),
        pytest.param(
            "Світло повернуть до вечора, передає УНН з посиланням на Київенерго.\n"
            "У компанії зазначили, що графіки діятимуть до неділі.",
            [("Світло", "Київенерго"), ("графіки", "компанії")],
            id="uk-u-kompanii-stays-as-written",
        ),
        pytest.param(
            'АТ "Укрпромтранс" з грудня підвищить тарифи на 10%, повідомила пресслужба компанії.',
            [("АТ", "Укрпромтранс")],
            id="uk-press-service-of-the-company-named-in-marks",
        ),
        pytest.param(
            "Свет вернут к вечеру, передает УНН со ссылкой на Горэнерго.\n"
            "В компании отметили, что графики продолжат действовать.",
            [("Свет", "Горэнерго"), ("графики", "компании")],
            id="ru-v-kompanii-stays-as-written",
        ),
        pytest.param(
            "Міст відкриють у травні. Про це повідомили в Міністерстві інфраструктури "
            "України.\nЗа даними Мінінфраструктури, ремонт коштуватиме 40 млн гривень.",
            [
                ("Міст", "Міністерстві інфраструктури України"),
                ("ремонт", "Міністерство інфраструктури"),
            ],
            id="uk-clipped-ministry-printed-in-full-only-in-the-locative-in-the-nominative",
        ),
        pytest.param(
            "Склад уражено в ніч на неділю, передає УНН з посиланням на Генеральний штаб "
            "ЗСУ.\nРезультати уточнюються, повідомили в Генштабі.",
            [("Склад", "Генеральний штаб ЗСУ"), ("Результати", "Генеральний штаб ЗСУ")],
            id="uk-clipped-general-staff",
        ),
        pytest.param(
            "Міністерство фінансів України заявило, що розмістило облігації на 3 млрд "
            "гривень.\nЯк зазначили в Мінфіні, попит перевищив пропозицію.\n"
            "За даними Мінфіну, дохідність облігацій не змінилася.",
            [
                ("розмістило", "Міністерство фінансів України"),
                ("попит", "Міністерство фінансів України"),
                ("дохідність", "Міністерство фінансів України"),
            ],
            id="uk-a-clip-of-the-word-after-the-stump-in-its-case-forms",
        ),
        pytest.param(
            "Міністерство освіти закупило 300 автобусів для сільських шкіл, повідомило відомство.",
            [("Міністерство", "Міністерство освіти")],
            id="uk-the-agency-is-the-ministry-its-words-name",
        ),
        pytest.param(
            "НАК «Вугілля України» з травня збільшила видобуток на 8%, повідомила пресслужба "
            "компанії.",
            [("НАК", "Вугілля України")],
            id="uk-a-national-joint-stock-company-is-a-company",
        ),
        pytest.param(
            "Ціни на хліб зростуть. Проти виступила Асоціація «Пекарі Півдня», яка заявила, "
            "що подорожчання вдарить по селах.",
            [("подорожчання", "Пекарі Півдня")],
            id="uk-a-relative-pronoun-is-the-name-before-its-comma",
        ),
        pytest.param(
            "Ціни на хліб зростуть. Проти виступила Асоціація «Пекарі Півдня», яка заявила, "
            "що подорожчання вдарить по селах.\nВ асоціації додали, що звернуться до уряду.",
            [("подорожчання", "Пекарі Півдня"), ("звернуться", "Пекарі Півдня")],
            id="uk-in-the-association-is-the-association-named-in-marks",
        ),
        pytest.param(
            "Министерство юстиции сообщило, что реестр заработает в мае.\n"
            "В Минюсте добавили, что доступ будет бесплатным.",
            [("реестр", "Министерство юстиции"), ("доступ", "Министерство юстиции")],
            id="ru-a-clip-of-the-word-after-the-stump",
        ),
        pytest.param(
            "Министерство обороны Украины закупило 5 тысяч дронов.\nПо данным Минобороны, "
            "первые партии поступят в июле.",
            [("первые", "Министерство обороны")],
            id="ru-clipped-ministry-printed-in-full-before",
        ),
        # a body noun joins a body of its kind only
        pytest.param(
            "Суд арештував рахунки компанії «Ромашка», повідомила прокуратура.",
            [("Суд", "прокуратура")],
            id="uk-a-name-in-marks-after-another-noun-is-no-prosecutor",
        ),
        pytest.param(
            "Суд арестовал счета компании «Ромашка», сообщила прокуратура.",
            [("Суд", "прокуратура")],
            id="ru-a-name-in-marks-after-another-noun-is-no-prosecutor",
        ),
        pytest.param(
            "Regulators said they had fined Acme Corp. for the breach.\n"
            "\u201cWe will appeal,\u201d the company said.",
            [("they", "Regulators"), ("We", "Acme Corp")],
            id="en-the-company-is-no-regulator-that-spoke",
        ),
        pytest.param(
            "Police said they had searched the Bolt Ltd offices.\n"
            "\u201cWe are cooperating,\u201d the company said.",
            [("they", "Police"), ("We", "Bolt Ltd")],
            id="en-the-company-is-the-one-named-with-its-designator-not-the-police",
        ),
        pytest.param(
            "Нацбанк заявив, що оштрафував компанію «Альфа».\n"
            "«Ми оскаржимо рішення», - заявили в компанії.",
            [("оштрафував", "Нацбанк"), ("Ми", "Альфа")],
            id="uk-the-company-is-the-one-named-in-marks-not-the-bank-that-spoke",
        ),
        pytest.param(
            "Учения завершились, сообщили в Министерстве обороны России.\n"
            "«Мы готовы», - сказали в Минобороны.",
            [("Учения", "России"), ("Мы", "Министерство обороны")],
            id="ru-clipped-name-printed-in-full-only-in-the-locative-in-the-nominative",
        ),
        pytest.param(
            "Начальник Генерального штабу Іван Петренко заявив, що навчання завершено.\n"
            "«Ми готові», - повідомили в Генштабі.",
            [("навчання", "Іван Петренко"), ("Ми", "Генштабі")],
            id="uk-clipped-name-printed-in-full-only-in-the-genitive-stays",
        ),
    ],
)
def test_body_references(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Голова Лорнівської ОВА Іван Лорненко прибув на місце.\n«Бригади працюють», - "
            "зазначив очільник ОВА.",
            [("Бригади", "Іван Лорненко")],
            id="uk-an-office-named-with-a-place-s-adjective-inside-it",
        ),
        pytest.param(
            'Глава Лорновской ОВА Иван Лорненко прибыл на место.\n"Бригады работают", - '
            "отметил руководитель ОВА.",
            [("Бригады", "Иван Лорненко")],
            id="ru-an-office-named-with-a-place-s-adjective-inside-it",
        ),
        pytest.param(
            "Сніг пройде в суботу, передає УНН з посиланням на синоптикиню Оксану Гайову.\n"
            "За словами синоптикині, у неділю опади припиняться.",
            [("Сніг", "Оксана Гайова"), ("у", "Оксана Гайова")],
            id="uk-role-after-a-reference-phrase",
        ),
        pytest.param(
            "Про це повідомила Прем'єр-міністерка Ірина Мельник.\n«Кошти підуть на ремонт "
            "мереж», – сказала очільниця уряду.",
            [("Кошти", "Ірина Мельник")],
            id="uk-head-of-government-is-the-prime-minister",
        ),
        pytest.param(
            "Украинский боксер Тарас Гончар победил британца Майкла Роу.\n"
            "Я благодарю всех, кто пришел - сказал Гончар.\n"
            "На вопрос о следующем бое чемпион ответил, что хочет отдохнуть.",
            [("Я", "Тарас Гончар"), ("хочет", "Тарас Гончар")],
            id="ru-a-generic-noun-is-the-one-who-spoke-after-the-last-name",
        ),
        pytest.param(
            "Forecaster Ivanna Roe wrote that the cold will last.\nBe careful on the roads - "
            "the forecaster said.",
            [("the", "Ivanna Roe"), ("Be", "Ivanna Roe")],
            id="en-forecaster-is-a-role",
        ),
        pytest.param(
            "Тренер Андрій Гринь після матчу заявив, що команда втомилася.",
            [("команда", "Андрій Гринь")],
            id="uk-a-preposition-that-is-a-conjunction-too-opens-an-adjunct",
        ),
        pytest.param(
            "Іван Петренко переміг Олега Коваленка у фіналі.\n"
            "«Він був сильнішим», - сказав Коваленко.\n«Я щасливий», - сказав чемпіон.",
            [("Він", "Олег Коваленко"), ("Я", "чемпіон")],
            id="uk-the-champion-of-two-players-stays-as-written",
        ),
        pytest.param(
            "Фермерка Анна Коваль заявила, що ціни зросли.\n«Ми перевіримо», - сказав посадовець.",
            [("ціни", "Анна Коваль"), ("Ми", "посадовець")],
            id="uk-a-masculine-cue-joins-no-woman",
        ),
        pytest.param(
            "Суддя Анна Коваль заявила, що справу закрито. Тренер Петро Бондар сказав, що "
            "команда готова.\n«Ми переможемо», - сказав тренер.",
            [("справу", "Анна Коваль"), ("команда", "Петро Бондар"), ("Ми", "Петро Бондар")],
            id="uk-the-coach-is-the-person-of-that-role",
        ),
        pytest.param(
            "Головний тренер «Полісся» Ігор Ткач заявив, що команда втомилася.\n"
            "— Ми грали третій матч за тиждень, — сказав Ткач.\n"
            "Наставник «Десни» Олег Мороз, натомість, був задоволений.\n"
            "— Очко на виїзді – це добре, — сказав тренер.\n"
            "За його словами, воротар пропустить наступну гру.",
            [
                ("команда", "Ігор Ткач"),
                ("Ми", "Ігор Ткач"),
                ("Очко", "Олег Мороз"),
                ("воротар", "Олег Мороз"),
            ],
            id="uk-of-two-coaches-the-one-named-since-the-other-spoke",
        ),
        pytest.param(
            "Міський голова Степан Гук повідомив, що міст через річку відремонтують до зими.\n"
            "За словами мера, ці роботи коштуватимуть 40 млн гривень і їх оплатить область.",
            [("міст", "Степан Гук"), ("ці", "Степан Гук")],
            id="uk-a-short-role-in-a-case-form-is-its-equivalent",
        ),
        pytest.param(
            "Генеральный прокурор Павел Гром заявил, что дело передано в суд.\n"
            "Никто не уйдет от ответственности, - подчеркнул генпрокурор.",
            [("дело", "Павел Гром"), ("Никто", "Павел Гром")],
            id="ru-the-clipped-prosecutor-general",
        ),
        pytest.param(
            "Министр здравоохранения Ольга Ленц заявила, что больницы получат генераторы.\n"
            "По словам главы ведомства, первые поставки придут в декабре.",
            [("больницы", "Ольга Ленц"), ("первые", "Ольга Ленц")],
            id="ru-the-head-of-the-agency-is-the-minister",
        ),
        pytest.param(
            "Coach Ida Berg said the squad was tired. Her predecessor, former coach Uma Falk, "
            "was sacked in May.\n“We lost fairly,” the coach said.",
            [("the", "Ida Berg"), ("We", "Ida Berg")],
            id="a-former-holder-holds-no-role",
        ),
        pytest.param(
            "Minister Ida Berg said the fund was empty. The former minister Uma Falk was "
            "sacked in May.\n“We lost fairly,” the minister said.",
            [("the", "Ida Berg"), ("We", "Ida Berg")],
            id="a-former-holder-holds-no-role-after-an-article",
        ),
        pytest.param(
            "Trainer Jan Roth sagte, das Team sei müde. Der frühere Trainer Uwe Lenz wurde im "
            "Mai entlassen.\n„Wir haben fair verloren“, sagte der Trainer.",
            [("das", "Jan Roth"), ("Wir", "Jan Roth")],
            id="de-a-former-holder-holds-no-role",
        ),
    ],
)
def test_person_references(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


def test_a_conjunction_before_a_clause_word_is_no_adjunct() -> None:
    # "так что будем надеяться, что C": the writer hopes, no speaker before the comma
    text = "Мэр заявил, что мост откроют в мае, так что будем надеяться, что ремонт закончат."
    assert speakers(text) == [("мост", "Мэр")]
