"""Bad arguments (issue 9): wrong types raise ``TypeError``, unknown names list the valid ones.

Content never raises, arguments do: ``bytes`` is refused with a hint to decode it, any
other non-``str`` with a ``TypeError`` that names its type, and an unknown ``lang`` or
``outlet`` with :class:`~newsstruct.UnknownLanguageError` or
:class:`~newsstruct.UnknownOutletError` (both ``ValueError``) whose message lists every
valid value.  :func:`~newsstruct.parse_many` behaves the same.
"""

from __future__ import annotations

import pathlib
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import newsstruct
from newsstruct import NewsstructError, UnknownLanguageError, UnknownOutletError
from newsstruct import lang as languages
from newsstruct.outlets import default_registry

TEXT = "Kyiv • UNN\n“We will rebuild the bridge,” the mayor said on Monday."


def parse_one(value: Any, **options: Any) -> Any:
    return newsstruct.parse(value, **options)


def parse_many_one(value: Any, **options: Any) -> Any:
    return list(newsstruct.parse_many([value], **options))


ENTRY_POINTS: list[Callable[..., Any]] = [parse_one, parse_many_one]
ids = ["parse", "parse_many"]


# --- the text ------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("data", [TEXT.encode("utf-8"), bytearray(TEXT.encode("utf-8")), b""])
def test_bytes_raise_type_error_suggesting_decode(
    entry: Callable[..., Any], data: bytes | bytearray
) -> None:
    with pytest.raises(TypeError, match=r"\.decode\(") as raised:
        entry(data)
    assert type(data).__name__ in str(raised.value)


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (None, "NoneType"),
        (3, "int"),
        (2.5, "float"),
        (True, "bool"),
        (["text"], "list"),
        (("text",), "tuple"),
        ({"text": TEXT}, "dict"),
        (pathlib.PurePosixPath("article.txt"), "PurePosixPath"),
        (memoryview(b"text"), "memoryview"),
        (object(), "object"),
    ],
    ids=lambda value: type(value).__name__ if not isinstance(value, str) else value,
)
def test_other_types_raise_type_error_naming_the_type(
    entry: Callable[..., Any], value: Any, type_name: str
) -> None:
    with pytest.raises(TypeError, match=type_name) as raised:
        entry(value)
    assert not isinstance(raised.value, ValueError)


@pytest.mark.parametrize("registry", [5, "unn", default_registry])
def test_a_registry_of_another_type_raises_type_error(registry: Any) -> None:
    with pytest.raises(
        TypeError, match=f"registry must be a Registry or None, not {type(registry).__name__}"
    ):
        newsstruct.parse(TEXT, registry=registry)


def test_a_str_subclass_is_text() -> None:
    class Markup(str):
        pass

    text = Markup(TEXT)
    assert newsstruct.parse(text).quotes == newsstruct.parse(TEXT).quotes


def test_parse_many_refuses_a_bad_item_after_good_ones() -> None:
    articles = newsstruct.parse_many([TEXT, TEXT, b"bytes"])  # type: ignore[list-item]
    assert next(articles).text == TEXT
    assert next(articles).text == TEXT
    with pytest.raises(TypeError, match=r"\.decode\("):
        next(articles)


def test_parse_many_refuses_a_non_iterable() -> None:
    with pytest.raises(TypeError, match="NoneType"):
        list(newsstruct.parse_many(None))  # type: ignore[arg-type]


def test_parse_many_refuses_one_string() -> None:
    with pytest.raises(TypeError, match="str"):
        list(newsstruct.parse_many(TEXT))


# --- lang and outlet ------------------------------------------------------------------------


BAD_LANGUAGES = ["xx", "", "english", "zz", "en_GB ", "klingon"]
BAD_OUTLETS = ["no-such-outlet", "", "unn.ua", "The Guardian"]


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("code", BAD_LANGUAGES)
def test_unknown_language_lists_the_valid_ones(entry: Callable[..., Any], code: str) -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        entry(TEXT, lang=code)
    error = raised.value
    assert isinstance(error, ValueError)
    assert isinstance(error, NewsstructError)
    message = str(error)
    assert repr(code) in message
    for valid in languages.available():
        assert valid in message
    assert error.code == code
    assert error.available == languages.available()


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("name", BAD_OUTLETS)
def test_unknown_outlet_lists_the_valid_ones(entry: Callable[..., Any], name: str) -> None:
    with pytest.raises(UnknownOutletError) as raised:
        entry(TEXT, outlet=name)
    error = raised.value
    assert isinstance(error, ValueError)
    assert isinstance(error, NewsstructError)
    message = str(error)
    assert repr(name) in message
    for valid in default_registry().available():
        assert valid in message
    assert error.name == name


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00"])
def test_unknown_names_raise_even_for_empty_text(text: str) -> None:
    with pytest.raises(UnknownLanguageError):
        newsstruct.parse(text, lang="xx")
    with pytest.raises(UnknownOutletError):
        newsstruct.parse(text, outlet="no-such-outlet")


def test_the_text_is_checked_before_the_names() -> None:
    with pytest.raises(TypeError, match=r"\.decode\("):
        newsstruct.parse(b"bytes", lang="xx")  # type: ignore[arg-type]


@pytest.mark.parametrize("code", languages.available())
def test_every_listed_language_is_accepted(code: str) -> None:
    assert newsstruct.parse(TEXT, lang=code).lang == code


@pytest.mark.parametrize("text", [TEXT, ""])
@pytest.mark.parametrize(
    ("code", "lang"), [("EN", "en"), ("en-US", "en"), ("pt_BR", "pt"), ("zh-Hans-CN", "zh")]
)
def test_a_language_code_in_capitals_or_with_a_region_names_its_language(
    text: str, code: str, lang: str
) -> None:
    assert newsstruct.parse(text, lang=code).lang == lang
    assert [a.lang for a in newsstruct.parse_many([text], lang=code)] == [lang]


@pytest.mark.parametrize("text", [TEXT, ""])
@pytest.mark.parametrize(
    ("name", "outlet"),
    [("UNN", "unn"), ("Interfax-Ukraine", "interfax_ukraine"), ("Al Jazeera", "al_jazeera")],
)
def test_an_outlet_name_in_capitals_or_with_dashes_names_its_outlet(
    text: str, name: str, outlet: str
) -> None:
    assert newsstruct.parse(text, outlet=name).outlet == outlet


def test_every_listed_outlet_is_accepted() -> None:
    for name in default_registry().available():
        assert newsstruct.parse(TEXT, outlet=name).outlet == name


def test_parse_many_checks_names_before_reading_any_text() -> None:
    read: list[str] = []

    def texts() -> Any:
        read.append("read")
        yield TEXT

    with pytest.raises(UnknownLanguageError):
        list(newsstruct.parse_many(texts(), lang="xx"))
    with pytest.raises(UnknownOutletError):
        list(newsstruct.parse_many(texts(), outlet="no-such-outlet"))
    with pytest.raises(UnknownLanguageError):
        list(newsstruct.parse_many([], lang="xx"))
    assert read == []


def test_parse_many_with_workers_checks_names_in_the_caller() -> None:
    with pytest.raises(UnknownLanguageError):
        list(newsstruct.parse_many([TEXT], lang="xx", workers=2))
    with pytest.raises(UnknownOutletError):
        list(newsstruct.parse_many([TEXT], outlet="no-such-outlet", workers=2))


@pytest.mark.parametrize("workers", [-1, -4])
def test_parse_many_refuses_a_negative_number_of_workers(workers: int) -> None:
    """-1 is "every core" to some libraries; here it was read silently as one process."""
    with pytest.raises(ValueError, match=rf"workers must be at least 0 .*not {workers}"):
        newsstruct.parse_many([TEXT], workers=workers)


def test_parse_many_checks_its_arguments_when_called() -> None:
    # a generator function would check nothing before the first article is asked for
    with pytest.raises(TypeError, match="str"):
        newsstruct.parse_many(TEXT)
    with pytest.raises(TypeError, match="NoneType"):
        newsstruct.parse_many(None)  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError):
        newsstruct.parse_many([TEXT], lang="xx")
    with pytest.raises(UnknownOutletError):
        newsstruct.parse_many([TEXT], outlet="no-such-outlet", workers=2)
    with pytest.raises(ValueError, match="chunksize"):
        newsstruct.parse_many([TEXT], chunksize=0)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("workers", "2"),
        ("workers", 2.5),
        ("workers", True),  # was read as one process
        ("chunksize", "64"),
        ("chunksize", None),
        ("chunksize", True),
    ],
)
def test_parse_many_refuses_a_number_of_another_type(option: str, value: Any) -> None:
    with pytest.raises(TypeError, match=rf"{option} must be an int.*, not {type(value).__name__}"):
        newsstruct.parse_many([TEXT], **{option: value})


@pytest.mark.parametrize("chunksize", [0, -1])
def test_parse_many_refuses_a_chunk_size_below_one(chunksize: int) -> None:
    with pytest.raises(ValueError, match=str(chunksize)):
        list(newsstruct.parse_many([TEXT], chunksize=chunksize))


@pytest.mark.parametrize(
    "error",
    [
        UnknownLanguageError("xx", ("en", "uk")),
        UnknownOutletError("nope", ("ap", "unn")),
    ],
    ids=["language", "outlet"],
)
def test_errors_pickle_with_their_message(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args


@pytest.mark.parametrize(
    "options",
    [{"lang": 3}, {"lang": ["en"]}, {"outlet": 3}, {"outlet": ["unn"]}],
    ids=["lang-int", "lang-list", "outlet-int", "outlet-list"],
)
def test_non_str_names_raise_type_error(options: dict[str, Any]) -> None:
    name = next(iter(options))
    with pytest.raises(TypeError, match=name) as raised:
        newsstruct.parse(TEXT, **options)
    assert not isinstance(raised.value, ValueError)
