"""EFE: ``MADRID, 3 mar (EFE).-`` (the span drops the ``.-``), ``Járkov (Ucrania), 3 mar
(EFE).-``, the English service's ``Madrid, Mar 3 (EFE).-``, the ``EFE jmr/pddp`` sign-off and
the reprint notice.  Invented articles."""

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

ES = """MADRID, 3 mar (EFE).- El Gobierno español aprobó este martes un plan de ayudas de 500 \
millones de euros para los agricultores afectados por la sequía.
"Es el mayor paquete de ayudas de la legislatura", afirmó el ministro de Agricultura en rueda \
de prensa.
EFE jmr/pddp
© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de \
los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE \
S.A."""

EN = """Madrid, Mar 3 (EFE).- Spain's government on Tuesday approved a 500-million-euro aid plan \
for farmers hit by the drought.
"This is the largest aid package of this term," Agriculture Minister Luis Moreno told a news \
conference.
Earlier, farmers' unions had threatened to block roads across the country.
EFE jmr/pddp"""

UA = """Járkov (Ucrania), 3 mar (EFE).- Un ataque con drones dañó una central eléctrica en la \
región, informaron las autoridades locales."""

PARTICLE = """Ciudad de Guatemala, 4 may (EFE).- Las lluvias dejaron al menos tres muertos en el \
norte del país, informaron las autoridades de protección civil."""

ARTICLES = {"es": ES, "en": EN, "ua": UA, "particle": PARTICLE}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "efe"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "efe") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("es", ("MADRID", "EFE", "3 mar", "MADRID, 3 mar (EFE)")),
        ("en", ("Madrid", "EFE", "Mar 3", "Madrid, Mar 3 (EFE)")),
        ("ua", ("Járkov (Ucrania)", "EFE", "3 mar", "Járkov (Ucrania), 3 mar (EFE)")),
        (
            "particle",
            ("Ciudad de Guatemala", "EFE", "4 may", "Ciudad de Guatemala, 4 may (EFE)"),
        ),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        (
            "es",
            "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o "
            "parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento "
            "de la Agencia EFE S.A.",
            Role.BOILERPLATE,
        ),
        ("es", "EFE jmr/pddp", Role.BOILERPLATE),
        ("en", "EFE jmr/pddp", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_background() -> None:
    assert "Earlier, farmers' unions had threatened to block roads across the country." in (
        background_of(EN)
    )


def test_quote() -> None:
    assert ("direct", "This is the largest aid package of this term,", "Luis Moreno") in (
        quotes_of(EN)
    )


def test_quote_text() -> None:
    assert ("direct", "Es el mayor paquete de ayudas de la legislatura") in [
        (kind, words) for kind, words, _ in quotes_of(ES)
    ]


def test_the_copyright_in_letters_is_furniture() -> None:
    from outlet_cases import role_of

    from newsstruct import Role

    text = ES + "\n(c) Agencia EFE"
    assert role_of(text, "(c) Agencia EFE") is Role.BOILERPLATE
