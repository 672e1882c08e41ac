"""newsstruct: the plain text of a news article in, a typed :class:`Article` out.

>>> import newsstruct
>>> article = newsstruct.parse("Kyiv • UNN\\nThe mayor said the bridge would reopen on Monday.")
>>> article.dateline.place
'Kyiv'
>>> article.quotes[0].speaker.name, article.quotes[0].text
('The mayor', 'the bridge would reopen on Monday')
"""

from __future__ import annotations

from newsstruct._version import __version__
from newsstruct.errors import (
    NewsstructError,
    OutletLoadError,
    UnknownLanguageError,
    UnknownOutletError,
)
from newsstruct.model import (
    Article,
    Attribution,
    Dateline,
    Paragraph,
    Quote,
    QuoteKind,
    Role,
    Span,
    Speaker,
)
from newsstruct.pipeline import parse, parse_many
from newsstruct.render import to_html
from newsstruct.tables import quotes_table

__all__ = [
    "Article",
    "Attribution",
    "Dateline",
    "NewsstructError",
    "OutletLoadError",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Role",
    "Span",
    "Speaker",
    "UnknownLanguageError",
    "UnknownOutletError",
    "__version__",
    "parse",
    "parse_many",
    "quotes_table",
    "to_html",
]
