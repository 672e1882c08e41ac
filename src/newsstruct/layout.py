"""Patterns of page layout that more than one step reads (below the steps, like ``model``)."""

from __future__ import annotations

import regex

__all__ = ["is_byline"]

# A byline: a label and a colon before a name ("Oprac.: Artur Pokorski", "Autor: Jan
# Nowak") or "By" before one ("By Anna Smith").
_BYLINE = regex.compile(
    r"(?:\p{L}{1,12}\.?[ \t]*:|[Bb][Yy])[ \t]++"
    r"\p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}.\-]*+"
    r"(?:[ \t]++\p{Lu}[\p{L}\p{M}'\N{RIGHT SINGLE QUOTATION MARK}.\-]*+){0,3}[ \t]*+"
)


def is_byline(line: str) -> bool:
    """Whether a line is only a byline.

    >>> is_byline("By Anna Smith"), is_byline("By Monday the bridge will reopen.")
    (True, False)
    """
    return _BYLINE.fullmatch(line.strip()) is not None
