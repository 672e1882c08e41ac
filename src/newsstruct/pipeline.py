"""The order of the steps, and nothing else: :func:`parse` and :func:`parse_many`."""

from __future__ import annotations

import bisect
import collections
import gc
import itertools
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsstruct import lang as languages
from newsstruct.dateline import find_dateline, split_run_in
from newsstruct.header import dated_by_dateline, find_header, headline_above
from newsstruct.model import Article, Role, Span, article_from_parts, article_parts
from newsstruct.outlets import OutletRules, Registry, default_registry, self_name_forms
from newsstruct.quotes.assemble import assemble_quotes
from newsstruct.quotes.marks import find_quoted_spans
from newsstruct.quotes.tokens import WORD, title_cased
from newsstruct.segment import paragraph_spans, prints_danda, sentence_spans
from newsstruct.sources import credited_lists, find_attributions
from newsstruct.speakers import resolve_speakers
from newsstruct.structure import assign_roles, mark_quote_paragraphs, split_caption_labels

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["parse", "parse_many"]

# what ends a sentence, and so a paragraph of the article's text rather than a page's
# line (whose names are no antecedents): a Latin stop or a quotation's closing mark.  Not
# the segmenter's stops of every script (lang.SENTENCE_STOPS) nor header's narrower
# _ENDS_SENTENCE: the filter is measured on Latin and Cyrillic pages only, and a byline
# printed with a stop of its own ("By Jo Roe.") already reads as a sentence here.
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»")


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(
            f"parse() takes str, not {type(text).__name__}; decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"parse() takes str, not {type(text).__name__}")


def _check_option(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")


def _lexicon(code: str) -> languages.Lexicon:
    """The lexicon of ``code``, or the generic rules for other languages."""
    if code in languages.available():
        return languages.get(code)
    return languages.generic()


def parse(
    text: str,
    *,
    lang: str | None = None,
    outlet: str | None = None,
    registry: Registry | None = None,
) -> Article:
    """Parse the plain text of one news article.

    Args:
        text: the article as plain text; it is never modified, and every span of the
            result indexes it.
        lang: an ISO 639-1 code to skip language detection, in any case, perhaps with a
            region (``"en"``, ``"EN"``, ``"en-US"``: the article's ``lang`` is ``"en"``).
        outlet: the name of an outlet rule set to skip outlet detection, in any case
            (``"unn"``, ``"UNN"``; ``"interfax-ukraine"`` for ``"interfax_ukraine"``).
        registry: the outlet registry to use (default: the built-ins and plugins).

    Returns:
        The :class:`~newsstruct.Article`.

    Raises:
        TypeError: ``text`` is not a ``str``, ``lang`` or ``outlet`` not a ``str`` or
            ``None``, ``registry`` not an outlet ``Registry`` or ``None``.
        UnknownLanguageError: ``lang`` names no supported language.
        UnknownOutletError: ``outlet`` names no registered outlet.

    >>> import newsstruct
    >>> article = newsstruct.parse('“We will rebuild the bridge,” the mayor said.')
    >>> [(q.kind.value, q.text, q.speaker.name, q.cue_text) for q in article.quotes]
    [('direct', 'We will rebuild the bridge,', 'the mayor', 'said')]
    """
    return _finish(_steps(text, lang, outlet, registry))


def _finish(steps: Generator[None, None, Article]) -> Article:
    """Run ``steps`` to the end: the article they return."""
    try:
        while True:
            next(steps)
    except StopIteration as finished:
        article: Article = finished.value
        return article


def _steps(
    text: str, lang: str | None, outlet: str | None, registry: Registry | None
) -> Generator[None, None, Article]:
    """The steps of :func:`parse`, pausing between them: :func:`_parse_staged` takes many
    texts through each step in turn."""
    text = _check_text(text)
    _check_option("lang", lang)
    _check_option("outlet", outlet)
    if registry is not None and not isinstance(registry, Registry):
        raise TypeError(f"registry must be a Registry or None, not {type(registry).__name__}")
    registry = registry or default_registry()
    if lang is not None:
        lexicon = languages.get(lang)
        lang = lexicon.code  # "EN", "en-US": "en"
    rules: OutletRules | None = registry.get(outlet) if outlet is not None else None
    if not text.strip():
        return Article(text=text, lang=lang or "en", outlet=rules.name if rules else None)
    spans = split_run_in(text, paragraph_spans(text))
    if lang is None:
        body = text[spans[min(1, len(spans) - 1)].start :] if spans else text
        lang = languages.detect(body)
        lexicon = _lexicon(lang)
    yield
    if rules is None:
        detected = registry.detect(text)
        rules = registry.get(detected) if detected is not None else None
    yield
    spans, caption_labels = split_caption_labels(text, spans, rules)  # "Image caption," …
    header = find_header(text, spans, rules, lexicon)
    furniture: list[int] = list(header.furniture)
    if header.date_paragraph is not None:
        if header.body_start is not None:
            # the date line runs into the body: the body paragraph starts after the date
            spans[header.date_paragraph] = Span(header.body_start, spans[header.date_paragraph].end)
        elif header.date_paragraph != header.title_paragraph:
            furniture.append(header.date_paragraph)
    found = find_dateline(text, spans, header.first_body, rules, lexicon)
    dateline, dateline_paragraph = found if found is not None else (None, None)
    if dateline_paragraph is not None:
        # only fills the title and the first body paragraph; the furniture stays as found
        header = headline_above(text, spans, header, dateline_paragraph, rules, lexicon)
    if dateline is not None:
        header = dated_by_dateline(header, dateline.date, lexicon)
    yield
    dateline_whole = dateline_below = False
    if dateline is not None and dateline_paragraph is not None:
        own_end = spans[dateline_paragraph].end
        dateline_whole = not text[dateline.span.end : own_end].strip(" \t.-–—―:")
        # "Укрінформ" above "Київ": the dateline goes on in the paragraph below its own
        dateline_below = dateline_whole and dateline.span.end > own_end
    paragraphs = assign_roles(
        text,
        spans,
        lexicon,
        rules,
        title_paragraph=header.title_paragraph,
        furniture=furniture,
        dateline_paragraph=dateline_paragraph,
        dateline_whole=dateline_whole,
        dateline_below=dateline_below,
        caption_labels=caption_labels,
        year=header.published.year if header.published is not None else None,
    )
    yield
    quoted = find_quoted_spans(text, spans, lexicon)
    drafts, anaphoric_sources = assemble_quotes(
        text,
        paragraphs,
        quoted,
        lexicon,
        rules,
        dateline.span if dateline else None,
        header.title_span,
    )
    yield
    sentences: list[Span] = []
    danda = prints_danda(text)  # once for the article, not once for each dot
    for span in spans:
        sentences.extend(sentence_spans(text, span, lexicon, danda=danda))
    # the page's lines, no sentences (a byline, a date line, navigation): their names are
    # none of the article's; but a source line's name is ("Джерело: мер Остап Руденко у
    # Telegram", then "Пряма мова Руденка: …"); nor are a headline's in title case, where
    # a run of capitals takes in the verb and more ("Jo Roe Backs Pier Plan" is no
    # name): the body prints its people's names
    named = sorted(s.start for s in anaphoric_sources)
    chrome = [
        p.span
        for p in paragraphs
        if (
            p.role is Role.BOILERPLATE
            and not p.text.rstrip().endswith(_SENTENCE_ENDS)
            and not _holds_any(p.span, named)
        )
        or (
            p.role is Role.TITLE
            and title_cased(WORD.findall(p.text), lexicon.title_minor_words, digits=True)
        )
    ]
    quotes, speakers = resolve_speakers(text, drafts, lexicon, sentences, chrome)
    paragraphs = mark_quote_paragraphs(paragraphs, quotes)
    yield
    excluded = list(self_name_forms(rules, lexicon))
    if dateline is not None and dateline.agency:
        excluded.append(dateline.agency)
    credited = credited_lists(text, spans, rules)  # "ab/jsi (AP, Reuters)"
    attributions = find_attributions(
        text,
        lexicon,
        excluded=excluded,
        also=(*anaphoric_sources, *credited),
        speakers=[q.mention for q in quotes if q.mention is not None],
    )
    return Article(
        text=text,
        lang=lang,
        outlet=rules.name if rules else None,
        published=header.published,
        published_text=header.published_text,
        title=header.title,
        title_span=header.title_span,
        dateline=dateline,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        quotes=quotes,
        speakers=speakers,
        attributions=attributions,
    )


def _holds_any(span: Span, starts: Sequence[int]) -> bool:
    """Whether one of the sorted offsets ``starts`` falls within ``span``."""
    at = bisect.bisect_left(starts, span.start)
    return at < len(starts) and starts[at] < span.end


def _parse_staged(
    texts: Iterator[str], lang: str | None, outlet: str | None, size: int
) -> Iterator[Article]:
    """The articles of ``texts``, parsed ``size`` at a time step by step: each step of
    :func:`parse` runs on every text of a chunk before the next step starts, so that its
    rules and patterns stay in the processor's caches (a text at a time, the steps push
    each other out).  The articles are those :func:`parse` gives; where a text fails,
    the articles before it come first, then its error, as from a loop of :func:`parse`."""
    while chunk := list(itertools.islice(texts, size)):
        steps = [_steps(text, lang, outlet, None) for text in chunk]
        articles: dict[int, Article] = {}
        failure: Exception | None = None
        running = list(range(len(steps)))
        while running:
            going: list[int] = []
            for n in running:
                try:
                    next(steps[n])
                except StopIteration as finished:
                    articles[n] = finished.value
                except Exception as error:
                    failure = error  # a loop of parse() stops here: no text after it
                    del steps[n:]
                    break
                else:
                    going.append(n)
            running = going
        yield from (articles[n] for n in range(len(steps)))
        if failure is not None:
            raise failure


#: The texts :func:`parse_many` reads, and sends to a worker, at a time, unless told.
CHUNKSIZE = 64


_worker_options: list[str | None] = [None, None]  # lang, outlet of this worker process


def _init_worker(lang: str | None, outlet: str | None) -> None:
    """Set the options once in each worker process.

    A forked worker starts with a copy of the caller's objects; frozen out of the garbage
    collector's reach, they are never scanned, so the memory pages they share with the
    caller are not copied by the collector's writes.
    """
    gc.freeze()
    _worker_options[:] = [lang, outlet]


def _parse_chunk(texts: list[str]) -> list[tuple[Any, ...]]:
    """The parts of each text's article: the caller holds the texts, so they are not sent
    back (see :func:`~newsstruct.model.article_parts`)."""
    lang, outlet = _worker_options
    return [article_parts(a) for a in _parse_staged(iter(texts), lang, outlet, len(texts))]


def _chunks(texts: Iterator[str], size: int, pieces: int) -> Iterator[list[str]]:
    """Chunks of ``size`` texts, but the last ``size`` to ``2 * size - 1`` texts come in
    ``pieces`` smaller chunks, so that the workers run out of work at about the same time
    rather than one finishing a whole chunk alone.  One chunk is read ahead, to see
    where the input ends."""
    held: list[str] = []
    while True:
        chunk = list(itertools.islice(texts, size))
        if len(chunk) < size:
            tail = held + chunk
            step = max(1, -(-len(tail) // pieces))
            for start in range(0, len(tail), step):
                yield tail[start : start + step]
            return
        if held:
            yield held
        held = chunk


def _articles(texts: list[str], parts: Future[list[tuple[Any, ...]]]) -> Iterator[Article]:
    """The articles of a chunk of ``texts`` from the parts its worker sent back."""
    for text, article in zip(texts, parts.result(), strict=True):
        yield article_from_parts(text, *article)


def parse_many(
    texts: Iterable[str],
    *,
    lang: str | None = None,
    outlet: str | None = None,
    workers: int | None = None,
    chunksize: int = CHUNKSIZE,
) -> Iterator[Article]:
    """Parse many articles, yielding them in the order of the input.

    With ``workers`` greater than 1, chunks of ``chunksize`` texts go to that many
    worker processes, which receive ``lang`` and ``outlet`` once, when they start
    (``None``, 0 or 1: the texts are parsed in this process; fewer raises ``ValueError``).
    Either way each chunk goes through the pipeline's steps together, one step after the
    other: the same articles as :func:`parse` gives, faster than a loop of it.
    The input is read lazily, a few chunks ahead of the output (``chunksize=1`` in this
    process: each article as soon as its text is read, at a loop of :func:`parse`'s
    speed); the last texts go in smaller chunks, so that no worker is left with a long
    chunk while the others idle.

    The arguments are checked when it is called, before any text is read; a text that
    is not a ``str`` raises when its turn comes.

    >>> import newsstruct
    >>> texts = ["Kyiv • UNN\\nNews.", "PARIS (AFP) - News."]
    >>> [a.dateline.agency for a in newsstruct.parse_many(texts)]
    ['UNN', 'AFP']
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"parse_many() takes an iterable of str, not one {type(texts).__name__}; "
            "wrap a single article in a list, or call parse()"
        )
    try:
        items = iter(texts)
    except TypeError:
        raise TypeError(
            f"parse_many() takes an iterable of str, not {type(texts).__name__}"
        ) from None
    # (a bool is an int: workers=True would be one process, read silently)
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be at least 0 (0 or 1: in this process), not {workers}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool):
        raise TypeError(f"chunksize must be an int, not {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    _check_option("lang", lang)
    _check_option("outlet", outlet)
    if lang is not None:
        languages.get(lang)  # fail now, in the caller, on an unknown language
    if outlet is not None:
        default_registry().get(outlet)
    return _parse_many(items, lang, outlet, workers, chunksize)


def _parse_many(
    texts: Iterator[str], lang: str | None, outlet: str | None, workers: int | None, chunksize: int
) -> Iterator[Article]:
    """The articles of :func:`parse_many`, whose arguments are checked."""
    if not workers or workers <= 1:
        yield from _parse_staged(texts, lang, outlet, chunksize)
        return
    import concurrent.futures  # only here: a serial run does without it

    ahead = 2 * workers * chunksize  # texts sent and not yet given back, at most
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(lang, outlet)
    ) as pool:
        pending: collections.deque[tuple[list[str], Future[list[tuple[Any, ...]]]]]
        pending = collections.deque()
        sent = 0
        for chunk in _chunks(texts, chunksize, 4 * workers):
            pending.append((chunk, pool.submit(_parse_chunk, chunk)))
            sent += len(chunk)
            while sent >= ahead:
                sent -= len(pending[0][0])
                yield from _articles(*pending.popleft())
        while pending:
            yield from _articles(*pending.popleft())
