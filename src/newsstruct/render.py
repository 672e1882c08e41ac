"""The HTML view of an :class:`~newsstruct.model.Article`, for people.

:func:`to_html` gives a self-contained fragment (HTML and CSS, no scripts) that shows the
article's text with its dateline marked, each quote highlighted in its speaker's colour
with the speaker named, reported and mixed quotes styled apart from direct ones,
background paragraphs shaded, and a legend of the speakers with their quote counts.
Notebooks show it through :meth:`Article._repr_html_`, and ``newsstruct --format html``
writes the same view as a standalone page (:func:`to_html_page`).

Every piece of the article's text is escaped, so the view is safe for any input:

>>> import newsstruct
>>> article = newsstruct.parse("“Tea & <cake> for all,” the mayor said.")
>>> view = to_html(article)
>>> view.count('<mark class="ns-quote')
1
>>> "Tea &amp; &lt;cake&gt; for all," in view
True

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsstruct.model import Article, Quote, QuoteKind, Role, Span

__all__ = ["STYLE", "html_page_parts", "to_html", "to_html_page"]

# (fill, line) colour pairs, one a speaker in the order of Article.speakers.  The hues
# follow the Okabe-Ito palette, which stays distinct for the common colour-vision
# deficiencies; the line colours are dark enough for white label text (contrast >= 4.5).
_PALETTE: tuple[tuple[str, str], ...] = (
    ("#fde0c5", "#b34700"),
    ("#cfe5f7", "#005a8c"),
    ("#d4f0e4", "#00785a"),
    ("#f9d7ea", "#a8457f"),
    ("#fff1b3", "#7d5c00"),
    ("#e4dcf5", "#6a4499"),
    ("#ffdcdc", "#a93226"),
    ("#e0f2d0", "#43701c"),
    ("#d3f1f1", "#13706f"),
    ("#f1e3d0", "#7a4a1f"),
)
# Quotes whose speaker the article does not name.
_NO_SPEAKER: tuple[str, str] = ("#ececec", "#5f5f5f")
_NO_SPEAKER_NAME = "no speaker"

#: The stylesheet of the view, scoped to elements of class ``newsstruct``.  Speaker
#: colours are inline styles, so that a quote keeps its colour where a host strips
#: ``<style>`` elements.
STYLE = """\
.newsstruct{font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;
background:#fff;border:1px solid #d0d0d0;border-radius:6px;padding:12px 16px;margin:8px 0;
max-width:54em}
.newsstruct .ns-name{font:600 13px/1.4 ui-monospace,Menlo,Consolas,monospace;color:#444;
margin:0 0 4px}
.newsstruct .ns-meta{font-size:13px;color:#555;margin:0 0 8px}
.newsstruct .ns-legend{border-bottom:1px solid #e2e2e2;padding:0 0 8px;margin:0 0 10px;
font-size:13px}
.newsstruct .ns-legend ul{list-style:none;margin:2px 0;padding:0;display:flex;flex-wrap:wrap;
gap:4px 14px}
.newsstruct .ns-legend li{margin:0;padding:0}
.newsstruct .ns-legend-title{font-weight:600;margin-right:4px}
.newsstruct .ns-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;
vertical-align:-.1em;margin-right:4px;border:1px solid rgba(0,0,0,.25)}
.newsstruct .ns-count{color:#555}
.newsstruct .ns-p{margin:0 0 .7em;padding:2px 6px;white-space:pre-wrap;border-radius:3px}
.newsstruct .ns-role-title{font-size:1.15em;font-weight:600}
.newsstruct .ns-headline{font-weight:700}
.newsstruct .ns-role-background{background:#efefef;border-left:4px solid #9a9a9a;padding:0 4px}
.newsstruct .ns-role-marker{font-variant:small-caps;color:#555}
.newsstruct .ns-role-boilerplate{color:#777;font-size:.9em}
.newsstruct .ns-dateline{border:1px solid #3d5a80;background:#e8eef6;border-radius:3px;
padding:0 3px;font-variant:small-caps}
.newsstruct mark.ns-quote{color:inherit;padding:1px 0;border-radius:2px;
-webkit-box-decoration-break:clone;box-decoration-break:clone}
.newsstruct .ns-who{font:600 11px/1.3 system-ui,sans-serif;color:#fff;border-radius:3px;
padding:0 4px;margin-right:3px;white-space:nowrap;user-select:none;-webkit-user-select:none}
.newsstruct .ns-mention{font-weight:600;text-decoration:underline;text-decoration-thickness:2px}
.newsstruct .ns-cue{font-style:italic;text-decoration:underline dotted}
.newsstruct .ns-source{border-bottom:1px dotted #555}
.newsstruct .ns-empty{color:#777;font-style:italic}
"""

_KIND_WORD = {
    QuoteKind.DIRECT: "direct",
    QuoteKind.REPORTED: "reported",
    QuoteKind.MIXED: "mixed",
}


# what html.escape(text, quote=True) replaces, without importing html and its entities
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _esc(text: str) -> str:
    return text.translate(_ESCAPES)


def _quote_style(kind: QuoteKind, fill: str, line: str) -> str:
    """The inline style that tells a quote's kind: direct quotes are filled, reported
    ones only underlined with dashes, mixed ones striped and underlined with dots."""
    if kind is QuoteKind.DIRECT:
        return f"background-color:{fill};border-bottom:2px solid {line}"
    if kind is QuoteKind.REPORTED:
        return f"background-color:transparent;border-bottom:2px dashed {line}"
    return (
        "background-color:transparent;"
        f"background-image:repeating-linear-gradient(135deg,{fill} 0 6px,transparent 6px 9px);"
        f"border-bottom:2px dotted {line}"
    )


@attrs.frozen
class _Inline:
    """A mark inside a paragraph or a quote: dateline, headline, mention, cue or source."""

    start: int
    end: int
    tag: str  # the opening tag, already escaped


def _speaker_colours(article: Article) -> dict[str, tuple[str, str]]:
    """Give each speaker, in the order of ``article.speakers``, a colour pair."""
    names: list[str] = [speaker.name for speaker in article.speakers]
    for quote in article.quotes:  # a hand-built article may name speakers only in quotes
        if quote.speaker is not None and quote.speaker.name not in names:
            names.append(quote.speaker.name)
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(names)}


def _speaker_name(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker is not None else _NO_SPEAKER_NAME


def _blocks(article: Article) -> list[tuple[Span, Role | None]]:
    """The paragraphs, plus any stretch of text between them that is not blank."""
    text = article.text
    blocks: list[tuple[Span, Role | None]] = []
    cursor = 0
    for paragraph in sorted(article.paragraphs, key=lambda p: p.span.start):
        start, end = paragraph.span.start, paragraph.span.end
        if start < cursor:  # overlapping paragraphs: show the rest of this one only
            start = min(cursor, end)
        if text[cursor:start].strip():
            blocks.append((Span(cursor, start), None))
        blocks.append((Span(start, end), paragraph.role))
        cursor = max(cursor, end)
    if text[cursor:].strip():
        blocks.append((Span(cursor, len(text)), None))
    return blocks


def _inline_marks(article: Article, colours: dict[str, tuple[str, str]]) -> list[_Inline]:
    """Every inline mark, most important first: a later one that overlaps an earlier
    one is dropped when the view is built."""
    marks: list[_Inline] = []
    dateline = article.dateline
    if dateline is not None:
        parts = [f"place: {dateline.place}" if dateline.place else ""]
        parts.append(f"agency: {dateline.agency}" if dateline.agency else "")
        parts.append(f"date: {dateline.date}" if dateline.date else "")
        described = "; ".join(p for p in parts if p)
        title = f"Dateline — {described}" if described else "Dateline"
        marks.append(
            _Inline(
                dateline.span.start,
                dateline.span.end,
                f'<span class="ns-dateline" title="{_esc(title)}">',
            )
        )
    if article.title_span is not None:
        marks.append(
            _Inline(
                article.title_span.start,
                article.title_span.end,
                '<span class="ns-headline" title="Headline">',
            )
        )
    for index, quote in enumerate(article.quotes):
        name = _speaker_name(quote)
        _, line = colours.get(name, _NO_SPEAKER)
        if quote.mention is not None and quote.speaker is not None:
            marks.append(
                _Inline(
                    quote.mention.start,
                    quote.mention.end,
                    f'<span class="ns-mention" style="text-decoration-color:{line}" '
                    f'title="{_esc(f"{name}: mention, source of quote {index + 1}")}">',
                )
            )
        if quote.cue is not None:
            marks.append(
                _Inline(
                    quote.cue.start,
                    quote.cue.end,
                    f'<span class="ns-cue" title="{_esc(f"cue of quote {index + 1}")}">',
                )
            )
    for attribution in article.attributions:
        title = _esc(f"source credited: {attribution.source}")
        marks.append(
            _Inline(
                attribution.span.start,
                attribution.span.end,
                f'<span class="ns-source" title="{title}">',
            )
        )
    return marks


def _clip(marks: Iterable[_Inline], start: int, end: int) -> list[_Inline]:
    """The marks cut to ``[start, end)``, without those that overlap a kept one."""
    kept: list[_Inline] = []
    for mark in marks:
        lo, hi = max(mark.start, start), min(mark.end, end)
        if lo >= hi:
            continue
        if any(lo < other.end and other.start < hi for other in kept):
            continue
        kept.append(_Inline(lo, hi, mark.tag))
    return sorted(kept, key=lambda m: m.start)


def _text_with_marks(text: str, start: int, end: int, marks: Sequence[_Inline]) -> str:
    """Escape ``text[start:end]``, wrapping the (non-overlapping, sorted) marks."""
    out: list[str] = []
    cursor = start
    for mark in marks:
        out.append(_esc(text[cursor : mark.start]))
        out.append(mark.tag + _esc(text[mark.start : mark.end]) + "</span>")
        cursor = mark.end
    out.append(_esc(text[cursor:end]))
    return "".join(out)


def _quote_open(index: int, quote: Quote, colours: dict[str, tuple[str, str]]) -> str:
    name = _speaker_name(quote)
    fill, line = colours.get(name, _NO_SPEAKER)
    kind = _KIND_WORD[quote.kind]
    cue = f", cue “{quote.cue_text}”" if quote.cue_text else ""
    title = f"{name} — {kind} quote {index + 1}{cue}"
    label = name if quote.kind is QuoteKind.DIRECT else f"{name} · {kind}"
    return (
        f'<mark class="ns-quote ns-{kind}" data-quote="{index}" data-kind="{kind}" '
        f'data-speaker="{_esc(name)}" title="{_esc(title)}" '
        f'style="{_quote_style(quote.kind, fill, line)}">'
        f'<span class="ns-who" style="background:{line}">{_esc(label)}</span>'
    )


def _article_body(article: Article, colours: dict[str, tuple[str, str]]) -> str:
    text = article.text
    inline = _inline_marks(article, colours)
    ordered = sorted(enumerate(article.quotes), key=lambda item: item[1].span.start)
    opened: set[int] = set()
    out: list[str] = []
    for block, role in _blocks(article):
        role_name = role.value if role is not None else "text"
        classes = "ns-p" + (f" ns-role-{role_name}" if role is not None else "")
        out.append(f'<p class="{classes}" data-role="{role_name}">')
        cursor = block.start
        for index, quote in ordered:
            lo, hi = max(quote.span.start, block.start), min(quote.span.end, block.end)
            if lo > hi or (lo == hi and quote.span.start != quote.span.end):
                continue
            lo = max(lo, cursor)
            hi = max(hi, lo)
            out.append(_text_with_marks(text, cursor, lo, _clip(inline, cursor, lo)))
            if index in opened:
                # a quote running over into the next paragraph: the same colour, no label
                fill, line = colours.get(_speaker_name(quote), _NO_SPEAKER)
                out.append(
                    f'<mark class="ns-quote-continued" data-quote="{index}" '
                    f'style="{_quote_style(quote.kind, fill, line)}">'
                )
            else:
                out.append(_quote_open(index, quote, colours))
                opened.add(index)
            out.append(_text_with_marks(text, lo, hi, _clip(inline, lo, hi)) + "</mark>")
            cursor = hi
        out.append(_text_with_marks(text, cursor, block.end, _clip(inline, cursor, block.end)))
        out.append("</p>\n")
    for index, quote in ordered:  # a quote outside every paragraph still gets shown
        if index not in opened:
            out.append('<p class="ns-p" data-role="text">')
            out.append(_quote_open(index, quote, colours) + _esc(quote.text) + "</mark></p>\n")
    if not out:
        out.append('<p class="ns-p ns-empty">(no text)</p>\n')
    return "".join(out)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _legend(article: Article, colours: dict[str, tuple[str, str]]) -> str:
    counts: dict[str, int] = dict.fromkeys(colours, 0)
    unattributed = 0
    for quote in article.quotes:
        if quote.speaker is None:
            unattributed += 1
        else:
            counts[quote.speaker.name] = counts.get(quote.speaker.name, 0) + 1
    items: list[str] = []
    for name, count in counts.items():
        fill, line = colours[name]
        items.append(
            f'<li class="ns-speaker" data-speaker="{_esc(name)}" data-quotes="{count}">'
            f'<span class="ns-swatch" style="background:{fill};border-color:{line}"></span>'
            f'<span class="ns-speaker-name">{_esc(name)}</span> '
            f'<span class="ns-count">{_plural(count, "quote")}</span></li>'
        )
    if unattributed:
        fill, line = _NO_SPEAKER
        items.append(
            f'<li class="ns-speaker ns-unattributed" data-speaker="" data-quotes="{unattributed}">'
            f'<span class="ns-swatch" style="background:{fill};border-color:{line}"></span>'
            f'<span class="ns-speaker-name">{_NO_SPEAKER_NAME}</span> '
            f'<span class="ns-count">{_plural(unattributed, "quote")}</span></li>'
        )
    if not items:
        items.append('<li class="ns-empty">no quotes found</li>')
    grey_fill, grey_line = _NO_SPEAKER
    samples = [
        (QuoteKind.DIRECT, "direct quote"),
        (QuoteKind.REPORTED, "reported speech"),
        (QuoteKind.MIXED, "mixed (reported, with quoted words)"),
    ]
    key = (
        '<ul class="ns-key">'
        '<li><span class="ns-legend-title">Key:</span></li>'
        + "".join(
            f'<li><mark class="ns-sample" style="{_quote_style(kind, grey_fill, grey_line)}">'
            f"{words}</mark></li>"
            for kind, words in samples
        )
        + '<li><span class="ns-role-background">background paragraph</span></li>'
        '<li><span class="ns-dateline">dateline</span></li>'
        '<li><span class="ns-mention">speaker mention</span></li>'
        '<li><span class="ns-cue">cue</span></li>'
        "</ul>"
    )
    return (
        '<div class="ns-legend">'
        '<ul class="ns-speakers"><li><span class="ns-legend-title">Speakers:</span></li>'
        + "".join(items)
        + "</ul>"
        + key
        + "</div>\n"
    )


def _meta(article: Article) -> str:
    parts: list[str] = []
    if article.published_text or article.published:
        published = article.published_text or (
            article.published.isoformat() if article.published else ""
        )
        parts.append(f"published {_esc(published)}")
    parts.append(f"language {_esc(article.lang)}")
    parts.append(f"outlet {_esc(article.outlet)}" if article.outlet else "no outlet rules")
    speakers = len({_speaker_name(q) for q in article.quotes if q.speaker is not None})
    parts.append(f"{_plural(len(article.quotes), 'quote')}, {_plural(speakers, 'speaker')}")
    parts.append(_plural(len(article.background), "background paragraph"))
    return '<div class="ns-meta">' + " · ".join(parts) + "</div>\n"


def _article_html(article: Article, name: str | None) -> str:
    if not isinstance(article, Article):
        raise TypeError(f"expected an Article, not {type(article).__name__}")
    colours = _speaker_colours(article)
    head = f'<div class="ns-name">{_esc(name)}</div>\n' if name is not None else ""
    return (
        f'<div class="newsstruct" lang="{_esc(article.lang)}">\n'
        + head
        + _meta(article)
        + _legend(article, colours)
        + '<div class="ns-text">\n'
        + _article_body(article, colours)
        + "</div>\n</div>\n"
    )


def to_html(article: Article, *, name: str | None = None) -> str:
    """Return the HTML view of ``article``: one ``<div>`` with its own ``<style>``.

    The view shows the text paragraph by paragraph, with the dateline framed, each quote
    in a ``<mark>`` in its speaker's colour that starts with the speaker's name (and
    carries it in its ``title`` and ``data-speaker`` attributes), reported and mixed
    quotes styled apart from direct ones, background paragraphs shaded, and a legend of
    the speakers with their quote counts.  It holds no scripts, and all text is escaped.

    Args:
        article: The parsed article.
        name: A heading for the view, such as the input's file name.

    Returns:
        The fragment, ready for a notebook or a page.

    Raises:
        TypeError: ``article`` is not an :class:`~newsstruct.Article`.

    >>> import newsstruct
    >>> article = newsstruct.parse("Kyiv • UNN\\nThe mayor said the bridge would reopen.")
    >>> view = newsstruct.to_html(article)
    >>> view.startswith("<style>")
    True
    >>> '<span class="ns-dateline" title="Dateline — place: Kyiv; agency: UNN">' in view
    True
    >>> view.count('<mark class="ns-quote'), 'data-speaker="The mayor"' in view
    (1, True)

    .. versionadded:: 0.1
    """
    return f"<style>\n{STYLE}</style>\n" + _article_html(article, name)


def html_page_parts(
    items: Iterable[tuple[str | None, Article]], *, title: str = "newsstruct"
) -> Iterator[str]:
    """Yield a standalone HTML page piece by piece: the head, one view an article, the end.

    This is :func:`to_html_page` for a stream of articles: nothing is held in memory.

    Args:
        items: ``(name, article)`` pairs; a name, when not ``None``, heads its view.
        title: The page's title.

    Yields:
        Pieces of the page, to be written in order.
    """
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n"
        f"<style>\nbody{{margin:16px;background:#f6f6f6}}\n{STYLE}</style>\n"
        "</head>\n<body>\n"
    )
    for name, article in items:
        yield _article_html(article, name)
    yield "</body>\n</html>\n"


def to_html_page(
    articles: Iterable[Article],
    *,
    names: Iterable[str] | None = None,
    title: str = "newsstruct",
) -> str:
    """Return a standalone HTML page (``<!DOCTYPE html>`` …) with the view of each article.

    Args:
        articles: The parsed articles, in the order to show them.
        names: A heading for each article, such as its file name.
        title: The page's title.

    Returns:
        The page; one stylesheet in its head serves every view.

    Raises:
        ValueError: ``names`` and ``articles`` differ in length.
        TypeError: An item of ``articles`` is not an :class:`~newsstruct.Article`.

    >>> import newsstruct
    >>> page = to_html_page([newsstruct.parse("The minister said the talks went well.")])
    >>> page.startswith("<!DOCTYPE html>"), page.count('<div class="newsstruct"')
    (True, 1)

    .. versionadded:: 0.1
    """
    articles = list(articles)
    labels: list[str | None] = [None] * len(articles) if names is None else list(names)
    if len(labels) != len(articles):
        raise ValueError(f"{len(labels)} names for {len(articles)} articles")
    return "".join(html_page_parts(zip(labels, articles, strict=True), title=title))
