"""What the oldest Python that ``requires-python`` admits (3.10) needs of the code."""

from __future__ import annotations

import importlib
import pkgutil
import re

import newsstruct

# A possessive quantifier ("*+", "++", "?+", "{1,2}+"), which the stdlib's re reads only
# from Python 3.11 on: 3.10 raises "multiple repeat" when the pattern is compiled (the
# regex module reads them everywhere).
_POSSESSIVE = re.compile(r"(?<!\\)(?:[*+?]|\})\+")


def test_no_stdlib_pattern_uses_a_possessive_quantifier() -> None:
    """``import newsstruct`` failed on Python 3.10: a module compiled ``(?:…)*+`` with re."""
    found = []
    for info in pkgutil.walk_packages(newsstruct.__path__, "newsstruct."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and _POSSESSIVE.search(value.pattern):
                found.append(f"{info.name}.{name}: {value.pattern}")
    assert found == []
