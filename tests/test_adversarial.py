"""Hostile input (issue 9): the corpus of ``benchmarks/adversarial.py`` at small sizes.

Every case of the benchmark is built here at a size that parses in milliseconds and must
keep the contract of :func:`strategies.check_article`: no exception, spans inside the
text slicing out what they claim, quotes in order, pickling and JSON round trips.  Speed
is not asserted here (wall-clock timings make flaky tests): the benchmark measures it.
What is asserted is that the output stays proportional to the input: a parse never
returns more parts than a few per character.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsstruct
from strategies import all_spans, check_article

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK = ROOT / "benchmarks" / "adversarial.py"


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsstruct_adversarial", BENCHMARK)
    if spec is None or spec.loader is None:  # pragma: no cover - the file is in the repo
        raise ImportError(f"cannot load {BENCHMARK}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


if not BENCHMARK.exists():  # e.g. tests run from a copy without the benchmarks
    pytest.skip(f"{BENCHMARK} is absent", allow_module_level=True)
adversarial = _load_benchmark()

# The size each case is built at here, by what its size counts.  Nesting keeps the
# depth the issue names: it is short text.
SMALL = {"characters": 3_000, "quotes": 150, "levels": 1_000, "paragraphs": 2_000, "copies": 3}

# A parse may not return more parts than this many per character of input (plus a few):
# the output of a linear parser is linear in size.
PARTS_PER_CHARACTER = 4


def _small_text(case: Any) -> str:
    if case.needs_seed and adversarial.seed_article() is None:
        pytest.skip(f"{adversarial.SEED_ARTICLE} is absent")
    text: str = case.build(SMALL[case.unit])
    return text


def _parts(article: newsstruct.Article) -> int:
    return len(all_spans(article)) + len(article.speakers)


@pytest.mark.parametrize("case", adversarial.CASES, ids=lambda case: case.name)
def test_case_keeps_the_contract(case: Any) -> None:
    text = _small_text(case)
    article = newsstruct.parse(text)
    check_article(article, text)
    assert _parts(article) <= PARTS_PER_CHARACTER * len(text) + 8


@pytest.mark.parametrize("case", adversarial.CASES, ids=lambda case: case.name)
def test_case_with_forced_language_and_outlet(case: Any) -> None:
    text = _small_text(case)
    for lang in ("en", "uk"):
        check_article(newsstruct.parse(text, lang=lang, outlet="unn"), text)


@pytest.mark.parametrize("case", adversarial.CASES, ids=lambda case: case.name)
def test_case_is_generated_the_same_every_time(case: Any) -> None:
    text = _small_text(case)
    assert case.build(SMALL[case.unit]) == text
    assert text, "a case must not be empty"


def test_every_case_of_the_issue_is_in_the_corpus() -> None:
    names = {case.name for case in adversarial.CASES}
    assert names >= {
        "one_line_5mb",
        "quote_marks_1mb",
        "unbalanced_guillemets",
        "unbalanced_curly",
        "nested_quotes",
        "empty_paragraphs",
        "word_1mb",
        "capitals_1mb",
        "dots_1mb",
        "cr_only",
        "crlf",
        "control_chars",
        "zero_width_bidi",
        "lone_surrogates",
        "emoji_scripts",
        "real_article_x1000",
        "random_latin1",
    }


def test_full_sizes_are_the_sizes_the_issue_names() -> None:
    sizes = {case.name: case.size for case in adversarial.CASES}
    assert sizes["one_line_5mb"] == 5_000_000
    assert sizes["unbalanced_guillemets"] == sizes["unbalanced_curly"] == 100_000
    assert sizes["nested_quotes"] == 1_000
    assert sizes["empty_paragraphs"] == 50_000
    assert sizes["real_article_x1000"] == 1_000
    for name in ("quote_marks_1mb", "word_1mb", "capitals_1mb", "dots_1mb", "random_latin1"):
        assert sizes[name] == 1_000_000, name


def test_one_line_has_no_line_break() -> None:
    text = adversarial.one_line(10_000)
    assert len(text) == 10_000
    assert "\n" not in text and "\r" not in text


def test_nested_quotes_are_nested_as_deep_as_asked() -> None:
    text = adversarial.nested_quotes(1_000)
    assert text.count("level ") == 1_000
    assert text.count(" end ") == 1_000


def test_unbalanced_marks_never_close() -> None:
    for mark in ("«", "“"):
        text = adversarial.unbalanced(mark)(1_000)
        assert text.count(mark) == 1_000
        assert "»" not in text and "”" not in text


def test_random_latin1_uses_one_seeded_generator() -> None:
    text = adversarial.random_latin1(5_000)
    assert len(text) == 5_000
    assert all(ord(c) < 256 for c in text)
    assert text == adversarial.random_latin1(5_000)
    assert len(set(text)) > 200, "every byte value should turn up in 5,000 random bytes"


def test_lone_surrogates_case_holds_lone_surrogates() -> None:
    text = adversarial.lone_surrogates(3_000)
    assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    with pytest.raises(UnicodeEncodeError):
        text.encode("utf-8")


def test_line_ending_cases_use_only_their_line_ending() -> None:
    cr = adversarial.line_endings("\r")(3_000)
    assert "\r" in cr and "\n" not in cr
    crlf = adversarial.line_endings("\r\n")(3_000)
    assert crlf.count("\r") == crlf.count("\n") == crlf.count("\r\n") > 0


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["cr", "crlf"])
def test_line_endings_give_the_paragraphs_of_newlines(newline: str) -> None:
    story = adversarial.STORY
    expected = [p.text for p in newsstruct.parse(story).paragraphs]
    text = story.replace("\n", newline)
    article = newsstruct.parse(text)
    check_article(article, text)
    assert [p.text for p in article.paragraphs] == expected


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 500,
        "\x00“We will win,” he said.\x00",
        "\ud800",
        "\udfff“\ud800”\udc00 he said.",
        "“" * 2_000,
        "«" * 2_000,
        "»" * 2_000,
        "”" * 2_000,
        "'" * 2_000,
        "’" * 2_000,
        "“‘" * 1_000,
        "‘“" * 1_000 + "”’" * 1_000,
        "." * 5_000,
        "…" * 2_000,
        "-" * 5_000,
        "—" * 2_000,
        ", he said, " * 300,
        "According to " * 300,
        "Recall\n" * 1_000,
        "date " * 1_000,
        "Kyiv • UNN\n" * 500,
        "A" * 5_000,
        "Mr. " * 1_000,
        "\u200b" * 2_000,
        "\u202e“We will win,” he said.\u202c",
        "\r" * 3_000,
        "\r\n" * 3_000 + "x",
        "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e" * 300,
        "👨‍👩‍👧‍👦" * 500,
        "e\u0301" * 2_000,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_hostile_strings_keep_the_contract(text: str) -> None:
    article = newsstruct.parse(text)
    check_article(article, text)
    assert _parts(article) <= PARTS_PER_CHARACTER * len(text) + 8
