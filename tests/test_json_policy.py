"""The JSON policy of :meth:`Article.to_dict` (issue 9), as its docstring states it.

Every string is kept as in the text, lone surrogates included; so
``json.dumps(..., ensure_ascii=False)`` never fails and ``json.loads`` restores the dict;
bytes round-trip through ``"surrogatepass"``; ``ensure_ascii=True`` gives ASCII that
round-trips unless a high surrogate is directly followed by a low one.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsstruct
from newsstruct.model import Article
from strategies import article_texts, check_article

SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
HIGH = "\ud83d"
LOW = "\ude00"
# A high surrogate then a low one: ensure_ascii=True escapes them as a pair, read back as one.
HALVES_OF_A_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


@st.composite
def with_surrogates(draw: st.DrawFn) -> str:
    """Article-like or arbitrary text with lone surrogates put in at random places."""
    text = draw(article_texts())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(SURROGATE, min_size=1, max_size=3)) + text[at:]
    return text


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def _json_types_only(value: Any, where: str = "to_dict()") -> None:
    """Assert that ``value`` holds only the builtin types JSON maps to, exactly."""
    kind = type(value)
    if kind is dict:
        for key, item in value.items():
            assert type(key) is str, f"{where}: key {key!r} is {type(key).__name__}"
            _json_types_only(item, f"{where}[{key!r}]")
    elif kind is list:
        for i, item in enumerate(value):
            _json_types_only(item, f"{where}[{i}]")
    else:
        assert kind in (str, int, type(None)), f"{where} is {kind.__name__}: {value!r}"


def _check_policy(text: str) -> None:
    article = newsstruct.parse(text)
    data = article.to_dict()
    _json_types_only(data)
    assert data["text"] == text

    dumped = json.dumps(data, ensure_ascii=False, allow_nan=False, sort_keys=True)
    assert json.loads(dumped) == data
    assert Article.from_dict(json.loads(dumped)) == article

    raw = dumped.encode("utf-8", "surrogatepass")
    assert json.loads(raw.decode("utf-8", "surrogatepass")) == data
    if not _has_surrogate(text):
        # the output holds a surrogate only when the input does: plain UTF-8 then
        assert raw == dumped.encode("utf-8")
        assert json.loads(raw.decode("utf-8")) == data

    ascii_dump = json.dumps(data)
    assert ascii_dump.isascii()
    if not HALVES_OF_A_PAIR.search(text):
        assert json.loads(ascii_dump) == data


@given(with_surrogates())
@example("\ud800")
@example("\udfff")
@example("The mayor said \ud800 the bridge would reopen.")
@example("“We will win\udc00,” he\ud800 said.")
@example("\ud800“We will win,” Olena Marchuk\udfff said. She added that \udbff it was over.")
@example("Ky\ud800iv • UNN\nThe mayor said the bridge would reopen.")
@example("date 2026-05-12 Head\udc80line\nKyiv • UNN\nRecall\nEarlier, \ud800 it closed.")
def test_lone_surrogates_keep_the_policy(text: str) -> None:
    assert _has_surrogate(text)
    _check_policy(text)
    check_article(newsstruct.parse(text), text)


@given(article_texts())
@example("")
@example("\x00\x01\x1f\x7f\x85\u2028\u2029")
@example("😀🇺🇦 “We will win,” he said.")
def test_text_without_surrogates_is_plain_utf8(text: str) -> None:
    _check_policy(text)


def test_a_strict_utf8_encoding_refuses_a_lone_surrogate() -> None:
    """Documented: the dumped text keeps the surrogate, so strict UTF-8 cannot write it."""
    data = newsstruct.parse("The mayor said \ud800 so.").to_dict()
    with pytest.raises(UnicodeEncodeError):
        json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_ascii_json_joins_a_high_and_a_low_surrogate() -> None:
    """Documented caveat: ``ensure_ascii=True`` writes two lone halves as one escaped pair."""
    text = f"The mayor said {HIGH}{LOW} so. “We will win,” he said."
    article = newsstruct.parse(text)
    data = article.to_dict()
    assert len(json.loads(json.dumps(data))["text"]) == len(text) - 1
    # ensure_ascii=False with surrogatepass keeps them apart
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert json.loads(raw.decode("utf-8", "surrogatepass")) == data


def test_the_docstring_states_the_policy() -> None:
    doc = Article.to_dict.__doc__ or ""
    for phrase in ("lone", "surrogatepass", "ensure_ascii=False", "ensure_ascii=True"):
        assert phrase in doc, phrase


@pytest.mark.parametrize(
    "text",
    [
        "\ud800" * 1_000,
        "“\ud800”" * 300,
        "\ud800 said \udfff.\n" * 200,
        "".join(chr(c) for c in range(0xD800, 0xE000, 7)),
    ],
    ids=["run", "quoted", "cue", "spread"],
)
def test_surrogate_heavy_text_keeps_the_policy(text: str) -> None:
    _check_policy(text)
