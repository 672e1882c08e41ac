"""Patterns compiled on first use (:mod:`newsstruct._lazy`): none at import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsstruct
from newsstruct._lazy import lazy_pattern

# In a fresh interpreter: how many lazy patterns the package declares, and how many of
# them importing it compiled.
_COUNT_COMPILED = """
import gc
import newsstruct
lazy = [
    f for f in gc.get_objects()
    if getattr(f, "__qualname__", "") == "lazy_pattern.<locals>.compiled"
    and hasattr(f, "cache_info")
]
print(len(lazy), sum(f.cache_info().currsize for f in lazy))
"""


def test_import_compiles_no_lazy_pattern() -> None:
    # the large patterns are declared with lazy_pattern so that ``import newsstruct`` does
    # not pay for them (issue #7): none may be read at import time
    source = str(Path(newsstruct.__file__).resolve().parents[1])
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILED],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": source},
    )
    declared, compiled = map(int, done.stdout.split())
    assert declared >= 20
    assert compiled == 0


def test_a_lazy_pattern_is_compiled_on_its_first_use_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = regex.compile

    def counted(pattern: str, flags: int = 0) -> regex.Pattern[str]:
        calls.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(regex, "compile", counted)
    pier = lazy_pattern(r"(?i)pier\p{Ll}*+")
    assert calls == []
    assert pier().findall("The Pier and the piers of Lornport") == ["Pier", "piers"]
    assert pier() is pier()
    assert calls == [r"(?i)pier\p{Ll}*+"]


# Date lines of invented pages, with English months and with other lexicons' names
DATE_LINES = [
    "Published: 28 November 2026",
    "Updated 10:45 GMT, Nov 28, 2026",
    "Posted on Sept 4, 2026 by Jo Roe",
    "Veröffentlicht: 28. März 2026",
    "Publicado el 4 de marzo de 2026, 10:15",
    "Opublikowano: 4 marca 2026",
    "Jo Roe, Lornpress: set 4, 2026",
    "By Jo Roe, 4 marzo 2026",
    "By Jo Roe on March 4, 2026",
    "tháng mười hai 5, 2026",
    "Ian Moss 12, 2026",
]


def test_english_date_lines_leave_the_other_months_uncompiled() -> None:
    # the date patterns with every lexicon's month names take a tenth of a second to
    # compile (issue #7): a line that holds none of the names, as a date prints them,
    # is read with English's months alone
    from newsstruct import layout

    layout._timestamp.cache_clear()
    assert layout.timestamp_date("Published: 28 November 2026") is not None
    assert layout.is_byline("By Jo Roe on March 4, 2026")
    assert layout._timestamp.cache_info().currsize == 1
    assert not layout._may_name_other_month("Updated 10:45 GMT, Nov 28, 2026")
    assert layout._may_name_other_month("Opublikowano: 4 MARCA 2026")
    assert layout._may_name_other_month("4 de marzo de 2026")
    assert not layout._may_name_other_month("Ian Moss sold the set of 12 boats at 10")


def _described(found: regex.Match[str] | None) -> object:
    return found and (found.span(), found.groupdict())


@pytest.mark.parametrize("line", DATE_LINES)
def test_english_months_alone_match_as_every_lexicons(line: str) -> None:
    from newsstruct import layout

    other = layout._may_name_other_month(line)
    for pattern in (layout._timestamp, layout._byline):
        assert _described(pattern(other_months=other).fullmatch(line)) == _described(
            pattern(other_months=True).fullmatch(line)
        )


# pieces of date lines: month names of several lexicons (some written like English
# words), numbers, labels, a name, and what parts them
_PIECES = st.sampled_from(
    [
        "28",
        "4",
        "2026",
        "10:45",
        "GMT",
        "Published:",
        "Updated",
        "by",
        "Jo",
        "Roe",
        "de",
        "März",
        "MARCA",
        "marzo",
        "set",
        "Ian",
        "des",
        "tháng mười",
        "tháng mười hai",
        "Nov",
        "November",
        "Sept.",
        "mai",
        "Mai",
        "EKİM",
        "Kasim",
    ]
)
_GAPS = st.sampled_from([" ", ", ", ",", "  ", "\t", ". ", ""])


@given(st.lists(st.tuples(_PIECES, _GAPS), min_size=1, max_size=7))
def test_a_line_is_read_as_with_every_lexicons_months(pieces: list[tuple[str, str]]) -> None:
    from newsstruct import layout

    line = "".join(piece + gap for piece, gap in pieces).strip()
    other = layout._may_name_other_month(line)
    for pattern in (layout._timestamp, layout._byline):
        assert _described(pattern(other_months=other).fullmatch(line)) == _described(
            pattern(other_months=True).fullmatch(line)
        )


def test_month_names_fold_as_the_patterns_ignore_case() -> None:
    # _may_name_other_month reads a line case folded: every character that the date
    # patterns take for a month name's character must fold as it does
    from newsstruct import layout

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters = {c for name in layout._month_names() for c in name}
    for letter in letters:
        for other in regex.findall(regex.escape(letter), every, flags=regex.IGNORECASE):
            assert layout._folded(other) == layout._folded(letter), (letter, other)
