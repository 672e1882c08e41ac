"""Keystone-SDA: ``Bern (sda) -``, ``Zürich (Keystone-SDA) -``, ``Lausanne (ats) -``
(the city in title case; the span drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs

BERN = """Bern (sda) - Der Bundesrat will die Fähren auf dem Lornsee bis 2027 ersetzen. Das \
teilte die Regierung am Mittwoch mit."""

KEYSTONE = """Zürich (Keystone-SDA) - Die Stadt Lornau erhöht die Parkgebühren ab Juli. Der \
Stadtrat begründete den Schritt mit höheren Kosten."""

FINANCE = """Zürich (awp/sda) - Die Lornbank hat im ersten Quartal mehr verdient als \
erwartet, wie sie am Dienstag mitteilte."""

FRENCH = """Lausanne (ats) - Le Conseil d'Etat vaudois veut remplacer les bateaux du lac \
de Lorn d'ici 2027, a-t-il indiqué mercredi."""

ARTICLES = {"bern": BERN, "keystone": KEYSTONE, "finance": FINANCE, "french": FRENCH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "keystone_sda"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "keystone_sda") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bern", ("Bern", "sda", None, "Bern (sda)")),
        ("keystone", ("Zürich", "Keystone-SDA", None, "Zürich (Keystone-SDA)")),
        ("finance", ("Zürich", "awp/sda", None, "Zürich (awp/sda)")),
        ("french", ("Lausanne", "ats", None, "Lausanne (ats)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_the_dateline_is_no_part_of_the_reported_content() -> None:
    article = article_of(BERN)
    assert [q.text for q in article.quotes] == [
        "Der Bundesrat will die Fähren auf dem Lornsee bis 2027 ersetzen"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "de",
            "Der Bundesrat will die Fähren auf dem Lornsee bis 2027 ersetzen, berichtet die SDA.",
            "SDA",
        ),
        (
            "fr",
            "Le Conseil fédéral veut remplacer les bateaux du lac de Lorn d'ici 2027, selon "
            "l'agence ATS.",
            "ATS",
        ),
    ],
)
def test_a_client_s_credit_to_the_wire_is_an_attribution(lang: str, text: str, source: str) -> None:
    import newsstruct

    article = newsstruct.parse(text, lang=lang)
    assert [a.source for a in article.attributions] == [source]
    assert all(q.speaker is None or q.speaker.name != source for q in article.quotes)
