"""Paragraph roles: title, dateline, lead, body, quote, background, marker, boilerplate.

* A standalone label of the language or the outlet (``Recall``, ``Let us remind you``,
  ``Details``) is a MARKER; after a background marker every paragraph to the end is
  BACKGROUND, except page furniture.
* A paragraph opening with a background opener (``Earlier,``, ``As reported,``) is
  BACKGROUND, opener included.
* A paragraph opening with boilerplate words (``Read also``, ``Photo:``) is BOILERPLATE.
* The first paragraph of news is the LEAD; QUOTE is given later, to paragraphs that
  are wholly one direct quote (:func:`mark_quote_paragraphs`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import regex

from newsstruct.lang import Lexicon, alternation
from newsstruct.model import Paragraph, Quote, QuoteKind, Role, Span
from newsstruct.outlets import OutletRules

__all__ = ["assign_roles", "mark_quote_paragraphs"]

_LABEL_TRIM = " \t:.-–—…"
_MAX_LABEL = 40


@functools.lru_cache(maxsize=64)
def _openers(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not words:
        return None
    return regex.compile(
        r"[\p{P}\s]*+" + alternation(words) + r"(?!\p{L})", regex.IGNORECASE | regex.V1
    )


def _label(text: str) -> str:
    return " ".join(text.strip(_LABEL_TRIM).split()).casefold()


def _set(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(_label(w) for group in groups for w in group)


def assign_roles(
    text: str,
    spans: Sequence[Span],
    lexicon: Lexicon,
    outlet: OutletRules | None,
    *,
    title_paragraph: int | None = None,
    furniture: Iterable[int] = (),
    dateline_paragraph: int | None = None,
    dateline_whole: bool = False,
) -> tuple[Paragraph, ...]:
    """Give every paragraph its role (all but QUOTE).

    ``furniture`` are paragraphs the header step found to be page furniture (a bare
    crawl date line).
    """
    extra = outlet or OutletRules(name="")
    background_labels = _set(lexicon.background_markers, extra.background_markers)
    other_labels = _set(lexicon.section_markers, extra.section_markers, extra.quote_labels)
    openers = _openers(tuple(lexicon.background_openers) + extra.background_openers)
    boilerplate = _openers(tuple(lexicon.boilerplate) + extra.boilerplate)
    page_furniture = set(furniture)
    roles: list[Role] = []
    in_background = False
    lead_seen = False
    for index, span in enumerate(spans):
        line = span.of(text)
        label = _label(line) if len(line) <= _MAX_LABEL else ""
        if index == title_paragraph:
            role = Role.TITLE
        elif index in page_furniture:
            role = Role.BOILERPLATE
        elif index == dateline_paragraph and dateline_whole:
            role = Role.DATELINE
        elif label and label in background_labels:
            role = Role.MARKER
            in_background = True
        elif label and label in other_labels:
            role = Role.MARKER
        elif boilerplate is not None and boilerplate.match(line):
            role = Role.BOILERPLATE
        elif in_background or (openers is not None and openers.match(line)):
            role = Role.BACKGROUND
        elif not lead_seen:
            role = Role.LEAD
        else:
            role = Role.BODY
        if role in (Role.LEAD, Role.BODY, Role.BACKGROUND):
            lead_seen = True
        roles.append(role)
    return tuple(
        Paragraph(span=span, text=span.of(text), role=role)
        for span, role in zip(spans, roles, strict=True)
    )


def mark_quote_paragraphs(
    paragraphs: tuple[Paragraph, ...], quotes: Sequence[Quote]
) -> tuple[Paragraph, ...]:
    """Give the role QUOTE to news paragraphs that are wholly one direct quote."""
    whole: set[int] = set()
    for quote in quotes:
        if quote.kind is not QuoteKind.DIRECT:
            continue
        paragraph = paragraphs[quote.paragraph]
        outside = len(paragraph.span) - len(quote.span)
        if outside <= 3 and paragraph.span.contains(quote.span):
            whole.add(quote.paragraph)
    if not whole:
        return paragraphs
    return tuple(
        Paragraph(p.span, p.text, Role.QUOTE)
        if i in whole and p.role in (Role.LEAD, Role.BODY)
        else p
        for i, p in enumerate(paragraphs)
    )
