"""RBC-Ukraine: "Про це повідомляє РБК-Україна з посиланням на …" self-credit, "Як
повідомляло РБК-Україна," background, "Вас також може зацікавити:" promotions.  Invented
articles."""

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

UK = """Уряд спростив правила бронювання працівників енергетики
Кабінет міністрів спростив процедуру бронювання працівників енергетичних компаній. Про це \
повідомляє РБК-Україна з посиланням на Міністерство енергетики.
"Компанії зможуть подати заявки онлайн протягом одного дня", - зазначили в міністерстві.
Вас також може зацікавити: Як працюватиме енергосистема взимку
Як повідомляло РБК-Україна, торік бронювання енергетиків тривало до місяця."""

EN = """Government simplifies deferment rules for energy workers
The Cabinet of Ministers has simplified the procedure for deferring energy company workers \
from mobilization, RBC-Ukraine reports, citing the Ministry of Energy.
"Companies will be able to apply online within one day," the ministry said.
You may also be interested in: How the power system will work in winter
As RBC-Ukraine reported, last year the procedure took up to a month."""

RU = """Правительство упростило бронирование энергетиков
Кабинет министров упростил процедуру бронирования работников энергетических компаний. Об \
этом сообщает РБК-Украина со ссылкой на Министерство энергетики.
"Компании смогут подать заявки онлайн в течение одного дня", - отметили в министерстве.
Вас может заинтересовать: Как будет работать энергосистема зимой
Как сообщало РБК-Украина, в прошлом году процедура занимала до месяца."""

ARTICLES = {"uk": UK, "en": EN, "ru": RU}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "rbc_ukraine"


@pytest.mark.parametrize(
    "credit",
    [
        "RBC-Ukraine reports this, citing the Harbour City Administration.",
        "RBC-Ukraine reports this with reference to the Harbour City Administration.",
    ],
)
def test_english_anaphoric_credit_with_a_reference(credit: str) -> None:
    text = f"Metro to run longer\nThe metro will run until 1 a.m. on days of outages. {credit}"
    article = article_of(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The metro will run until 1 a.m. on days of outages", "the Harbour City Administration")
    ]


def test_interview_credit_is_no_sign() -> None:
    # "told RBC-Ukraine" is printed by other outlets too: a credit, not the outlet's page
    text = (
        "Russia prepares a new offensive\nThe enemy carried out 15 assaults over the past "
        "day, the spokesman for the Southern Forces Ivan Dorosh told RBC-Ukraine.\n"
        "The situation is difficult but under control."
    )
    article = article_of(text)
    assert article.outlet is None
    assert [a.source for a in article.attributions] == ["RBC-Ukraine"]


def test_interview_credit_on_its_own_page_is_no_attribution() -> None:
    text = (
        "Russia prepares a new offensive\nThe enemy carried out 15 assaults over the past "
        "day, the spokesman for the Southern Forces Ivan Dorosh told RBC-Ukraine.\n"
        "The situation is difficult but under control, RBC-Ukraine reports."
    )
    article = article_of(text)
    assert article.outlet == "rbc_ukraine"
    assert article.attributions == ()


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "rbc_ukraine") == []


@pytest.mark.parametrize("name", ARTICLES)
def test_no_dateline(name: str) -> None:
    assert dateline_of(ARTICLES[name]) is None


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("uk", "Вас також може зацікавити: Як працюватиме енергосистема взимку", Role.BOILERPLATE),
        (
            "en",
            "You may also be interested in: How the power system will work in winter",
            Role.BOILERPLATE,
        ),
        (
            "ru",
            "Вас может заинтересовать: Как будет работать энергосистема зимой",
            Role.BOILERPLATE,
        ),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("uk", "Як повідомляло РБК-Україна, торік бронювання енергетиків тривало до місяця."),
        ("en", "As RBC-Ukraine reported, last year the procedure took up to a month."),
        ("ru", "Как сообщало РБК-Украина, в прошлом году процедура занимала до месяца."),
    ],
)
def test_background(name: str, paragraph: str) -> None:
    assert paragraph in background_of(ARTICLES[name])


def test_quote() -> None:
    # "the ministry" refers back to the body the lead credits
    assert (
        "direct",
        "Companies will be able to apply online within one day,",
        "the Ministry of Energy",
    ) in quotes_of(EN)


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        ("uk", ("direct", "Компанії зможуть подати заявки онлайн протягом одного дня")),
        ("ru", ("direct", "Компании смогут подать заявки онлайн в течение одного дня")),
    ],
)
def test_quote_text(name: str, quote: tuple[str, str]) -> None:
    assert quote in [(kind, words) for kind, words, _ in quotes_of(ARTICLES[name])]


def test_english_self_credit_with_a_reference_is_a_sign() -> None:
    text = (
        "The port will reopen on Monday.\nThis was reported by RBC-Ukraine with reference "
        "to the harbour office."
    )
    assert article_of(text).outlet == "rbc_ukraine"


def test_self_credit_is_no_attribution() -> None:
    assert [a.source for a in article_of(EN).attributions] == ["Ministry of Energy"]


@pytest.mark.parametrize("name", ["en", "ru"])
def test_self_credit_is_no_speaker(name: str) -> None:
    speakers = {speaker for _, _, speaker in quotes_of(ARTICLES[name])}
    assert not speakers & {"RBC-Ukraine", "РБК-Украина", "РБК-Україна"}


@pytest.mark.parametrize(
    ("name", "quote"),
    [
        (
            "uk",
            (
                "reported",
                "Кабінет міністрів спростив процедуру бронювання працівників енергетичних компаній",
                "Міністерство енергетики",
            ),
        ),
        (
            "ru",
            (
                "reported",
                "Кабинет министров упростил процедуру бронирования работников энергетических "
                "компаний",
                "Министерство энергетики",
            ),
        ),
    ],
)
def test_the_source_referred_to_speaks_the_sentence_before(
    name: str, quote: tuple[str, str, str]
) -> None:
    # "Про це повідомляє РБК-Україна з посиланням на X.": the outlet is the channel
    assert quote in quotes_of(ARTICLES[name])


def test_a_credited_body_keeps_its_second_of_phrase_and_its_short_form_speaks_for_it() -> None:
    # invented: the credit was cut to "Directorate of the Coast Guard" (five words at most
    # after the capitalised first) and "According to the Coast Guard" kept the short form
    text = (
        "Ferry service to resume\n"
        "The ferry to the islands will run again on Monday. This was reported by RBC-Ukraine "
        "citing the Directorate of the Coast Guard of Lornport.\n"
        "According to the Directorate, the crews were rescued."
    )
    article = article_of(text)
    assert [a.source for a in article.attributions] == [
        "Directorate of the Coast Guard of Lornport"
    ]
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "the Directorate of the Coast Guard of Lornport"
    ] * 2
