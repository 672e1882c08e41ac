"""The gender a name tells where no role does: a woman's first name by
:attr:`~newsstruct.lang.Lexicon.feminine_name_endings`, a woman's surname by
:attr:`~newsstruct.lang.Lexicon.feminine_surname_endings` (the first name unknown);
a man's first name of
:attr:`~newsstruct.lang.Lexicon.masculine_names` tells a man, one of
:attr:`~newsstruct.lang.Lexicon.unisex_names` nothing.

Every name here is invented.
"""

from __future__ import annotations

import pytest

from newsstruct import lang
from newsstruct.speakers import _Resolver


@pytest.mark.parametrize(
    ("code", "name", "gender"),
    [
        pytest.param("cs", "Blanka Vrbová", "f", id="cs-first-name-in-a"),
        pytest.param("cs", "Ctirad Vrbová", "f", id="cs-surname-in-ova"),
        pytest.param("cs", "Ctirad Vrba", "m", id="cs-a-man-s-surname-in-a"),
        pytest.param("bg", "Цветан Мирова", "f", id="bg-surname-in-ova"),
        pytest.param("bg", "Цветан Кънча", "m", id="bg-a-man-s-surname-in-a"),
        pytest.param("bg", "Ралица Кънча", "f", id="bg-a-woman-s-first-name-in-a"),
        pytest.param("bg", "Дария Кънча", "f", id="bg-a-woman-s-first-name-in-ya"),
        pytest.param("bg", "Илия Кънча", "m", id="bg-a-man-s-first-name-in-ya-a-man-s"),
        pytest.param("mk", "Цветан Кънча", "m", id="mk-a-man-s-surname-in-a"),
        pytest.param("sr", "Цветан Кънча", "m", id="sr-a-cyrillic-man-s-surname-in-a"),
        pytest.param("sr", "Cvetan Kanča", "m", id="sr-a-latin-man-s-surname-in-a"),
        pytest.param("sr", "Цветан Мирова", "f", id="sr-a-cyrillic-surname-in-ova"),
        pytest.param("pl", "Teodor Wrzosowska", "f", id="pl-surname-in-ska"),
        pytest.param("bg", "Никола Коста", "m", id="bg-a-man-s-first-name-in-a-is-a-man-s"),
        pytest.param("mk", "Лука Петровски", "m", id="mk-a-man-s-first-name-in-a-is-a-man-s"),
        pytest.param("en", "Sasha Vale", "", id="en-a-first-name-of-either-sex-tells-none"),
        pytest.param("en", "Andrea Vale", "", id="en-andrea-tells-none"),
        pytest.param("ru", "Женя Котов", "", id="ru-zhenya-tells-none"),
        pytest.param("sr", "Vanja Kovač", "", id="sr-vanja-tells-none"),
    ],
)
def test_gender_of_a_name(code: str, name: str, gender: str) -> None:
    resolver = _Resolver("", lang.get(code), (), ())
    assert resolver.gender_of(name, set()) == gender
