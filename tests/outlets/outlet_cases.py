"""Helpers the golden tests of the built-in outlets share.

Every article in ``tests/outlets`` is invented in its outlet's style (``OUTLETS.md``); none
is copied from a real page or from the evaluation corpora.  The tests parse with the
built-in rule sets only (no installed plugin can change them) and read outlets by
detection unless a test says otherwise.
"""

from __future__ import annotations

import functools

import pytest
import regex

import newsstruct
from newsstruct import Article, Role
from newsstruct.outlets import Registry

__all__ = [
    "article_of",
    "background_of",
    "dateline_of",
    "foreign_signs",
    "needs_pipeline",
    "quotes_of",
    "registry",
    "role_of",
]


@functools.cache
def registry() -> Registry:
    """The built-in outlets, without entry-point plugins."""
    return Registry(plugins=False)


@functools.cache
def article_of(text: str, outlet: str | None = None) -> Article:
    """Parse with the built-in outlets; detect the outlet unless one is named."""
    return newsstruct.parse(text, outlet=outlet, registry=registry())


def role_of(text: str, paragraph: str) -> Role:
    """The role of the one paragraph of ``text`` whose text is ``paragraph``."""
    found = [p for p in article_of(text).paragraphs if p.text == paragraph]
    assert len(found) == 1, f"no single paragraph {paragraph!r} in the article"
    return found[0].role


def background_of(text: str) -> list[str]:
    """The texts of the article's background paragraphs."""
    return [p.text for p in article_of(text).background]


def dateline_of(text: str) -> tuple[str | None, str | None, str | None, str] | None:
    """The dateline as ``(place, agency, date, text of its span)``."""
    dateline = article_of(text).dateline
    if dateline is None:
        return None
    return dateline.place, dateline.agency, dateline.date, dateline.span.of(text)


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """Every quote as ``(kind, text, speaker name)``, spans checked against the text."""
    article = article_of(text)
    found = []
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text
        found.append((quote.kind.value, quote.text, quote.speaker.name if quote.speaker else None))
    return found


@functools.cache
def _signs() -> dict[str, tuple[regex.Pattern[str], ...]]:
    rules = registry()
    return {
        name: tuple(regex.compile(s, regex.V1 | regex.M) for s in rules.get(name).signs)
        for name in rules.available()
    }


def foreign_signs(text: str, outlet: str) -> list[tuple[str, str]]:
    """The signs of outlets other than ``outlet`` that fire on ``text``."""
    return [
        (name, sign.pattern)
        for name, signs in _signs().items()
        if name != outlet
        for sign in signs
        if sign.search(text)
    ]


def needs_pipeline(change: str) -> pytest.MarkDecorator:
    """A convention the outlet's data states but the pipeline does not apply yet."""
    return pytest.mark.xfail(strict=True, reason=f"needs a pipeline change: {change}")
