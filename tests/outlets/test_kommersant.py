"""Kommersant: the paper's «Ъ» is its own name (no credit, no quotation), ``«…»,—``
attributions, "Как писал «Ъ»" background.  Invented articles."""

from __future__ import annotations

from outlet_cases import article_of, background_of, foreign_signs, quotes_of

FUEL = """Минэнерго готовит новые ограничения для АЗС
Ольга Смирнова
Минэнерго может ограничить наценки независимых АЗС, выяснил «Ъ».
«Проект приказа уже согласован с ФАС»,— рассказал «Ъ» источник в министерстве.
Как писал «Ъ» 2 апреля, розничные цены на дизельное топливо выросли на 9%."""


def test_detected() -> None:
    assert article_of(FUEL).outlet == "kommersant"


def test_no_other_outlet_signs() -> None:
    assert foreign_signs(FUEL, "kommersant") == []


def test_own_name_is_no_credit() -> None:
    assert article_of(FUEL).attributions == ()
    assert quotes_of(FUEL)[0][:2] == ("direct", "Проект приказа уже согласован с ФАС")


def test_background() -> None:
    assert background_of(FUEL) == [
        "Как писал «Ъ» 2 апреля, розничные цены на дизельное топливо выросли на 9%."
    ]


SHORT = """Суд арестовал бывшего директора порта
Фото: Иван Петров, Коммерсантъ
Суд арестовал бывшего директора порта на два месяца.
Газета «Коммерсантъ» №45 от 15.03.2026, стр. 2"""


def test_a_short_page_is_told_by_its_picture_credit_and_issue_line() -> None:
    # invented: a page without «Ъ» (was no outlet); both lines are furniture
    article = article_of(SHORT)
    assert article.outlet == "kommersant"
    assert [p.role.value for p in article.paragraphs] == [
        "title",
        "boilerplate",
        "lead",
        "boilerplate",
    ]


def test_the_paper_s_name_in_inner_marks() -> None:
    text = (
        "Порт закрыли на ремонт\n"
        "Порт закрыли на ремонт, сообщил источник “Ъ”.\n"
        "Работы продлятся месяц."
    )
    assert article_of(text).outlet == "kommersant"
