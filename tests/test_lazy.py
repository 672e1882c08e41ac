"""Patterns compiled on first use (:mod:`newsstruct._lazy`): none at import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

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
