"""BelTA: ``МІНСК, 14 жніўня (БЕЛТА) –`` and its Russian and English editions (the span
drops the dash).  Invented articles."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, background_of, dateline_of, foreign_signs

BELARUSIAN = """МІНСК, 14 жніўня (БЕЛТА) – Урад зацвердзіў праграму будаўніцтва жылля, \
паведаміў міністр архітэктуры.
Як паведамляла БЕЛТА, у мінулым годзе было здадзена 4 млн кв. м жылля."""

RUSSIAN = """ВИТЕБСК, 3 марта (БЕЛТА) - В городе откроют новый мост, сообщил мэр."""

ENGLISH = """MINSK, 12 May (BelTA) - The government approved a new housing programme, \
the minister said."""

ARTICLES = {"be": BELARUSIAN, "ru": RUSSIAN, "en": ENGLISH}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "belta"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "belta") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("be", ("МІНСК", "БЕЛТА", "14 жніўня", "МІНСК, 14 жніўня (БЕЛТА)")),
        ("ru", ("ВИТЕБСК", "БЕЛТА", "3 марта", "ВИТЕБСК, 3 марта (БЕЛТА)")),
        ("en", ("MINSK", "BelTA", "12 May", "MINSK, 12 May (BelTA)")),
    ],
)
def test_dateline(name: str, expected: tuple[str | None, ...]) -> None:
    assert dateline_of(ARTICLES[name]) == expected


def test_background() -> None:
    assert background_of(BELARUSIAN) == [BELARUSIAN.splitlines()[1]]
