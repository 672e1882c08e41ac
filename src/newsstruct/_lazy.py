"""Patterns compiled on their first use.

The ``regex`` engine parses a pattern in Python, and the largest of ours (a crawl date
line's, a run-in dateline's) take milliseconds each: compiled at import they made up a
good part of ``import newsstruct``'s time (issue #7).  Such a pattern is declared with
:func:`lazy_pattern` and read by calling it; it is still compiled once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A function that returns ``regex.compile(pattern, flags)``, compiled on its first
    call and kept for every later one.

    >>> word = lazy_pattern(r"\\p{L}++")
    >>> word().findall("Jo Roe sailed")
    ['Jo', 'Roe', 'sailed']
    >>> word() is word()
    True
    """

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return compiled
