"""Flat tables for notebooks: one plain record a quote, ready for ``pandas.DataFrame``.

>>> import newsstruct
>>> article = newsstruct.parse("“The bridge will reopen,” the mayor said.")
>>> [row] = quotes_table(article)
>>> list(row) == list(QUOTE_COLUMNS)
True
>>> row["article_id"], row["speaker"], row["kind"], row["cue"], row["text"]
(0, 'the mayor', 'direct', 'said', 'The bridge will reopen,')
>>> row["start"], row["end"], row["paragraph"]
(1, 24, 0)

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any

from newsstruct.model import Article

__all__ = ["QUOTE_COLUMNS", "quotes_table"]

#: The keys of every record of :func:`quotes_table`, in order.
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "quote",
    "speaker",
    "kind",
    "cue",
    "text",
    "start",
    "end",
    "paragraph",
)


def quotes_table(
    articles: Article | Iterable[Article],
    ids: Iterable[Hashable] | None = None,
) -> list[dict[str, Any]]:
    """Return one flat record a quote of ``articles``, in order.

    Each record is a plain dict with the keys of :data:`~newsstruct.tables.QUOTE_COLUMNS`:
    ``article_id`` (the article's id), ``quote`` (the quote's index in
    :attr:`Article.quotes <newsstruct.Article.quotes>`), ``speaker`` (the speaker's name,
    or ``None``), ``kind`` (``"direct"``, ``"reported"`` or ``"mixed"``), ``cue`` (the
    cue as written, or ``None``), ``text`` (the quote's content), ``start`` and ``end``
    (its offsets into the article's text) and ``paragraph`` (the index of the paragraph
    it starts in).  ``pandas.DataFrame(quotes_table(articles))`` makes a data frame of
    them; newsstruct itself does not need pandas.

    Args:
        articles: One article or an iterable of them.
        ids: One id an article, in the same order (file names, database keys); by
            default the article's position, counting from 0.  For one article, its id
            alone may be a ``str``.

    Returns:
        The records; an article without quotes adds none.

    Raises:
        TypeError: An item is not an :class:`~newsstruct.Article`, or ``ids`` is one
            ``str`` for several articles.
        ValueError: ``ids`` and ``articles`` differ in length.

    >>> import newsstruct
    >>> articles = [
    ...     newsstruct.parse("The minister said the talks would resume."),
    ...     newsstruct.parse("No one was quoted here."),
    ...     newsstruct.parse("According to the police, the road is closed."),
    ... ]
    >>> for row in quotes_table(articles, ids=["a.txt", "b.txt", "c.txt"]):
    ...     print(row["article_id"], row["speaker"], row["kind"], row["cue"], row["text"])
    a.txt The minister reported said the talks would resume
    c.txt the police reported According to the road is closed

    .. versionadded:: 0.1
    """
    if isinstance(articles, Article):
        articles = (articles,)
        if isinstance(ids, str):
            ids = (ids,)  # one article, its id
    elif isinstance(ids, (str, bytes)):
        raise TypeError(
            f"ids must be an iterable of ids, one an article, not one {type(ids).__name__}"
        )
    id_list = None if ids is None else list(ids)
    rows: list[dict[str, Any]] = []
    count = 0
    for position, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(f"quotes_table() takes Article objects, not {type(article).__name__}")
        if id_list is not None and position >= len(id_list):
            raise ValueError(f"more articles than ids: only {len(id_list)} ids given")
        article_id = position if id_list is None else id_list[position]
        for index, quote in enumerate(article.quotes):
            rows.append(
                {
                    "article_id": article_id,
                    "quote": index,
                    "speaker": quote.speaker.name if quote.speaker is not None else None,
                    "kind": quote.kind.value,
                    "cue": quote.cue_text,
                    "text": quote.text,
                    "start": quote.span.start,
                    "end": quote.span.end,
                    "paragraph": quote.paragraph,
                }
            )
        count = position + 1
    if id_list is not None and len(id_list) != count:
        raise ValueError(f"{len(id_list)} ids for {count} articles")
    return rows
