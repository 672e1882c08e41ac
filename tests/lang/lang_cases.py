"""Helpers the per-language tests in ``tests/lang`` share.

Every text in those tests is invented.  They parse with no outlet rule set at all (neither
the built-in outlets nor installed plugins), so that what they check is the language's
lexicon and the pipeline alone.  A quote is compared as a ``(kind, text, speaker, cue)`` row
(:data:`Quote`); a row that needs support the pipeline lacks is marked with
:func:`pipeline`, so that it turns into a failure the day the support lands.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import Article
from newsstruct import lang as languages
from newsstruct.outlets import Registry

__all__ = [
    "REGISTRY",
    "Quote",
    "article_rows",
    "check_lexicon",
    "pipeline",
    "quote_rows",
    "rows_of",
]

REGISTRY = Registry(builtins=False, plugins=False)
"""No outlets: neither the built-in rule sets nor entry-point plugins."""

Quote = tuple[str, str, "str | None", "str | None"]
"""A quote as ``(kind, text, speaker name or None, cue text or None)``."""


def pipeline(reason: str) -> pytest.MarkDecorator:
    """A strict xfail mark for a row the pipeline cannot handle yet, ``reason`` naming the
    construction it lacks."""
    return pytest.mark.xfail(strict=True, reason=reason)


def rows_of(article: Article) -> list[Quote]:
    """The quotes of ``article`` as ``(kind, text, speaker, cue)`` rows, in order."""
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]


def quote_rows(text: str, *, lang: str | None = None) -> list[Quote]:
    """Parse ``text`` without outlets (as the language ``lang`` if given, else detected) and
    return its quotes as ``(kind, text, speaker, cue)`` rows."""
    return rows_of(newsstruct.parse(text, lang=lang, registry=REGISTRY))


def article_rows(text: str, lang: str) -> tuple[object, ...]:
    """Parse a whole article without outlets, its language detected, and return what
    an end-to-end check compares: the language, the title, the dateline's place and
    agency, and the quotes as rows (the plain data of :meth:`Article.to_dict`)."""
    data = newsstruct.parse(text, registry=REGISTRY).to_dict()
    assert data["lang"] == lang
    dateline = data["dateline"]
    return (
        data["title"],
        (dateline["place"], dateline["agency"]) if dateline else None,
        [(q["kind"], q["text"], q["speaker"], q["cue"]) for q in data["quotes"]],
    )


def check_lexicon(
    code: str, *, min_cue_verbs: int = 300, control_cues: bool = True, sources: bool = True
) -> None:
    """Assert that the lexicon of ``code`` is registered under that code and rich: at least
    ``min_cue_verbs`` cue verbs (single casefolded words), source phrases (or
    postpositions: Turkish ``X'e göre``), anaphoric cues
    and background markers (when ``sources``), object cue verbs among the cue verbs (and the
    control cue verbs too when ``control_cues``), and one-character quotation marks."""
    lexicon = languages.get(code)
    assert lexicon.code == code
    assert code in languages.available()
    assert len(lexicon.cue_verbs) >= min_cue_verbs
    if sources:
        assert lexicon.source_phrases or lexicon.source_postpositions
        assert lexicon.anaphoric_cues and lexicon.background_markers
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    if control_cues:
        assert lexicon.control_cue_verbs <= lexicon.cue_verbs
    assert all(v == v.casefold() and " " not in v for v in lexicon.cue_verbs)
    assert all(len(o) == 1 and len(c) == 1 for o, c in lexicon.quote_pairs)
