"""The typed result of parsing: :class:`Article` and the parts it is made of.

Every part that points into the article does so with a :class:`Span`, a half-open
range ``[start, end)`` of Python ``str`` indices into :attr:`Article.text`, which is the
input exactly as given.  What an object claims as its text is always
``article.text[span.start:span.end]``.

All classes are frozen ``attrs`` classes with slots; sequences are tuples and enums are
``str`` enums, so an :class:`Article` pickles, compares by value and serialises with
:meth:`Article.to_dict` (inverted by :meth:`Article.from_dict`).
"""

from __future__ import annotations

import collections
import datetime
import enum
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

__all__ = [
    "Article",
    "Attribution",
    "Dateline",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Role",
    "Span",
    "Speaker",
]


@attrs.frozen(init=False)
class Span:
    """A half-open character range ``[start, end)`` into :attr:`Article.text`.

    >>> text = "Kyiv • UNN"
    >>> span = Span(0, 4)
    >>> span.of(text)
    'Kyiv'
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # spans are made by the ten thousand per parse: checked at once, the slots set by
        # their own setters (the frozen class's __setattr__ refuses to), a third cheaper
        # than attrs' __init__ and validator
        if start < 0:
            raise ValueError(f"'start' must be >= 0: {start}")
        if end < start:
            raise ValueError(f"span end {end} is before start {start}")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the piece of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        """Return ``[start, end]``, the JSON form used in :meth:`Article.to_dict`."""
        return [self.start, self.end]


_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


class Role(str, enum.Enum):
    """What a paragraph is for in the article."""

    TITLE = "title"
    """The headline."""
    DATELINE = "dateline"
    """A line that holds only the dateline (``Kyiv • UNN``)."""
    LEAD = "lead"
    """The first paragraph of news."""
    BODY = "body"
    """Any other paragraph of news."""
    QUOTE = "quote"
    """A paragraph that is wholly one direct quote."""
    BACKGROUND = "background"
    """Context or history rather than the news itself."""
    MARKER = "marker"
    """A standalone section label such as ``Recall`` or ``Details``."""
    BOILERPLATE = "boilerplate"
    """Page furniture: credits, links, share prompts, sign-offs."""


class QuoteKind(str, enum.Enum):
    """How a quote renders the speaker's words."""

    DIRECT = "direct"
    """The speaker's own words, in quotation marks or set as a quote paragraph."""
    REPORTED = "reported"
    """Indirect speech: ``X said (that) C``, ``According to X, C``."""
    MIXED = "mixed"
    """Reported speech that carries a quoted fragment."""


@attrs.frozen
class Paragraph:
    """One paragraph of the article: its span, its text and its role."""

    span: Span
    text: str
    role: Role = Role.BODY


@attrs.frozen
class Speaker:
    """One speaker of the article: everybody its quotes are attributed to.

    ``name`` is the most informative name the article gives (``"Ada Moss"`` for a
    speaker mentioned as ``"she"``, ``"Moss"`` and ``"the harbour board's chair"``), with
    one plain space between its words.
    ``mentions`` are the spans where the article refers to the speaker as a source;
    ``quotes`` are indices into :attr:`Article.quotes`.
    """

    name: str
    mentions: tuple[Span, ...] = ()
    quotes: tuple[int, ...] = ()


@attrs.frozen
class Quote:
    """A direct, reported or mixed quote.

    ``span`` covers the content only: without quotation marks, without the cue and the
    speaker, and (for reported speech) without ``that`` and the final full stop.
    ``cue`` is the span of the cue as written (``said``, ``according to``) or ``None``;
    ``cue_text`` is its text, but with a German separable verb's particle printed away
    from it joined (``teilte am Montag mit``: ``cue`` covers ``teilte``, ``cue_text`` is
    ``"teilte mit"``); ``mention`` is the span of the speaker's mention that this quote
    is attributed to; ``paragraph`` is the index into :attr:`Article.paragraphs` of the
    paragraph the quote starts in.
    """

    kind: QuoteKind
    span: Span
    text: str
    speaker: Speaker | None = None
    cue: Span | None = None
    cue_text: str | None = None
    mention: Span | None = None
    paragraph: int = 0


@attrs.frozen
class Dateline:
    """Where and by whom the story was filed: ``Kyiv • UNN``, ``WASHINGTON (AP) —``.

    ``place``, ``agency`` and ``date`` are given as written; ``span`` drops the trailing
    separator.
    """

    span: Span
    place: str | None = None
    agency: str | None = None
    date: str | None = None


@attrs.frozen
class Attribution:
    """A source the article credits for its information (an outlet, a document).

    ``source`` is the name as written (``text[span]``); ``cue`` is the span of the
    crediting phrase (``reported by``, ``citing``) when there is one.
    """

    source: str
    span: Span
    cue: Span | None = None


def iso_date(value: str | None) -> datetime.date | None:
    """Return the date of a full ISO ``YYYY-MM-DD`` string, or ``None`` for anything else
    (a year-month ``2025-02``, an impossible ``2026-13-45``)."""
    if not value or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _own_texts(text: str, parts: Sequence[Any]) -> tuple[str | None, ...] | None:
    """Each part's text where it is not its slice of the article, else ``None``; ``None``
    for all of them when none is (parts are ``Paragraph`` or ``Quote``)."""
    own = tuple(None if p.text == text[p.span.start : p.span.end] else p.text for p in parts)
    return own if any(value is not None for value in own) else None


def _texts(
    text: str, starts: Sequence[int], ends: Sequence[int], own: Sequence[str | None] | None
) -> list[str]:
    if own is None:
        return [text[start:end] for start, end in zip(starts, ends, strict=True)]
    return [
        text[start:end] if value is None else value
        for start, end, value in zip(starts, ends, own, strict=True)
    ]


_T = TypeVar("_T")
_new = object.__new__
_drain: Callable[[Iterable[Any]], None] = collections.deque(maxlen=0).extend


def _make(cls: type[_T], *columns: Sequence[Any]) -> list[_T]:
    """Instances of the attrs class ``cls``, the i-th from the i-th value of each column,
    one column per field in the order of :func:`attrs.fields`.

    The slots are set directly, without ``__init__`` and its validators: the values come
    from instances that passed them in the process that made them.  Each column is set by
    one ``map`` over C-level setters, about a tenth of the cost of calling the class.
    """
    made = list(map(_new, itertools.repeat(cls, len(columns[0]))))
    for setter, column in zip(_SETTERS[cls], columns, strict=True):
        _drain(map(setter, made, column))
    return made


def _one(cls: type[_T], *values: Any) -> _T:
    """One instance of ``cls`` made like :func:`_make`'s."""
    return _make(cls, *((value,) for value in values))[0]


def _optional_spans(starts: Sequence[int | None], ends: Sequence[int | None]) -> list[Span | None]:
    spans = _make(Span, starts, ends)
    return [None if start is None else span for start, span in zip(starts, spans, strict=True)]


def _starts_ends(spans: Iterable[Span | None]) -> tuple[tuple[int | None, ...], ...]:
    """The starts and the ends of ``spans`` as two tuples, ``None`` for a missing span."""
    pairs = [(None, None) if span is None else (span.start, span.end) for span in spans]
    return tuple(start for start, _ in pairs), tuple(end for _, end in pairs)


def article_parts(article: Article) -> tuple[Any, ...]:
    """Everything of ``article`` but its text, as columns of plain values.

    :func:`article_from_parts` inverts it; :meth:`Article.__reduce__` pickles the pair,
    and :func:`~newsstruct.parse_many`'s workers send only the parts, since the caller
    holds the texts.  A column holds one field of every part of a kind (all the starts
    of the sentences, all their ends); a quote keeps its speaker as an index into the
    speakers, and a part's text is kept only where it is not its slice of the text.
    """
    text = article.text
    index = {id(speaker): n for n, speaker in enumerate(article.speakers)}
    dateline = article.dateline
    title_span = article.title_span
    paragraphs = article.paragraphs
    quotes = article.quotes
    speakers = article.speakers
    attributions = article.attributions
    mentions = [mention for speaker in speakers for mention in speaker.mentions]
    return (
        (
            article.lang,
            article.outlet,
            article.published,
            article.published_text,
            article.title,
            None if title_span is None else (title_span.start, title_span.end),
        ),
        None
        if dateline is None
        else (
            dateline.span.start,
            dateline.span.end,
            dateline.place,
            dateline.agency,
            dateline.date,
        ),
        (
            *_starts_ends(p.span for p in paragraphs),
            _own_texts(text, paragraphs),
            tuple(p.role for p in paragraphs),
        ),
        _starts_ends(article.sentences),
        (
            tuple(q.kind for q in quotes),
            *_starts_ends(q.span for q in quotes),
            _own_texts(text, quotes),
            tuple(
                None if q.speaker is None else index.get(id(q.speaker), q.speaker) for q in quotes
            ),
            *_starts_ends(q.cue for q in quotes),
            tuple(q.cue_text for q in quotes),
            *_starts_ends(q.mention for q in quotes),
            tuple(q.paragraph for q in quotes),
        ),
        (
            tuple(s.name for s in speakers),
            tuple(len(s.mentions) for s in speakers),
            *_starts_ends(mentions),
            tuple(s.quotes for s in speakers),
        ),
        (
            tuple(a.source for a in attributions),
            *_starts_ends(a.span for a in attributions),
            *_starts_ends(a.cue for a in attributions),
        ),
    )


def article_from_parts(
    text: str,
    fields: tuple[Any, ...],
    dateline: tuple[Any, ...] | None,
    paragraphs: tuple[Any, ...],
    sentences: tuple[Any, ...],
    quotes: tuple[Any, ...],
    speakers: tuple[Any, ...],
    attributions: tuple[Any, ...],
) -> Article:
    """Rebuild the :class:`Article` of ``text`` from :func:`article_parts`.

    The parts are set into their slots directly (see :func:`_make`), so the result is the
    article the parts came from, not a fresh check of it.
    """
    lang, outlet, published, published_text, title, title_span = fields
    paragraph_starts, paragraph_ends, paragraph_texts, roles = paragraphs
    names, counts, mention_starts, mention_ends, speaker_quotes = speakers
    mentions = _make(Span, mention_starts, mention_ends)
    bounds = list(itertools.accumulate(counts, initial=0))
    people = _make(
        Speaker,
        names,
        [tuple(mentions[a:b]) for a, b in itertools.pairwise(bounds)],
        speaker_quotes,
    )
    (
        kinds,
        quote_starts,
        quote_ends,
        quote_texts,
        quote_speakers,
        cue_starts,
        cue_ends,
        cue_texts,
        mentioned_starts,
        mentioned_ends,
        quote_paragraphs,
    ) = quotes
    sources, source_starts, source_ends, credit_starts, credit_ends = attributions
    return _one(
        Article,
        text,
        lang,
        outlet,
        published,
        published_text,
        title,
        None if title_span is None else _one(Span, *title_span),
        None if dateline is None else _one(Dateline, _one(Span, *dateline[:2]), *dateline[2:]),
        tuple(
            _make(
                Paragraph,
                _make(Span, paragraph_starts, paragraph_ends),
                _texts(text, paragraph_starts, paragraph_ends, paragraph_texts),
                roles,
            )
        ),
        tuple(_make(Span, *sentences)),
        tuple(
            _make(
                Quote,
                kinds,
                _make(Span, quote_starts, quote_ends),
                _texts(text, quote_starts, quote_ends, quote_texts),
                [people[s] if isinstance(s, int) else s for s in quote_speakers],
                _optional_spans(cue_starts, cue_ends),
                cue_texts,
                _optional_spans(mentioned_starts, mentioned_ends),
                quote_paragraphs,
            )
        ),
        tuple(people),
        tuple(
            _make(
                Attribution,
                sources,
                _make(Span, source_starts, source_ends),
                _optional_spans(credit_starts, credit_ends),
            )
        ),
    )


@attrs.frozen
class Article:
    """A parsed news article.

    Build one with :func:`newsstruct.parse`; every field is read-only.

    >>> import newsstruct
    >>> article = newsstruct.parse("Kyiv • UNN\\nThe mayor said the bridge would reopen.")
    >>> article.dateline.place, article.dateline.agency
    ('Kyiv', 'UNN')
    >>> article.quotes[0].text
    'the bridge would reopen'
    """

    text: str
    lang: str = "en"
    outlet: str | None = None
    published: datetime.date | None = None
    published_text: str | None = None
    title: str | None = None
    title_span: Span | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Span, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    attributions: tuple[Attribution, ...] = ()

    @property
    def background(self) -> tuple[Paragraph, ...]:
        """The paragraphs whose role is :attr:`Role.BACKGROUND`."""
        return tuple(p for p in self.paragraphs if p.role is Role.BACKGROUND)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle as the text and columns of plain offsets and strings.

        The generic pickling of attrs classes stores a dict per part and rebuilds each
        through its ``__init__``; :func:`article_parts` makes it about a third of the
        bytes, and :func:`article_from_parts` rebuilds the parts in bulk, a fraction of
        the time.  A quote keeps its speaker as an index into ``speakers`` (so
        ``quote.speaker is article.speakers[i]`` still holds after a round trip), and a
        part's text is stored only where it is not its slice of :attr:`text`.
        """
        return article_from_parts, (self.text, *article_parts(self))

    def _repr_html_(self) -> str:
        """Return the HTML view that notebooks show: :func:`newsstruct.render.to_html`."""
        from newsstruct.render import to_html  # imported here: render imports this module

        return to_html(self)

    def to_dict(self) -> dict[str, Any]:
        """Return a plain, JSON-ready dict (the schema of ``shared/eval/ANNOTATION.md``).

        :meth:`from_dict` inverts it: ``Article.from_dict(a.to_dict()) == a``.  The dict
        holds only ``dict``, ``list``, ``str``, ``int`` and ``None``, with ``str`` keys.

        JSON policy: every string is kept exactly as in :attr:`Article.text`, lone
        surrogates (``"\\ud800"``: a Python ``str`` may hold one, UTF-8 cannot encode it)
        included, because the offsets index the text and each part must stay equal to
        ``text[start:end]``.  Offsets count code points, as Python does (not UTF-16 units
        as in JavaScript, nor UTF-8 bytes).  Hence:

        * ``json.dumps(a.to_dict(), ensure_ascii=False)`` never fails, and ``json.loads``
          of it gives back an equal dict, for any input.
        * To store it as bytes, ``.encode("utf-8", "surrogatepass")``; read it back with
          ``.decode("utf-8", "surrogatepass")``.  Without lone surrogates in the input
          these are plain UTF-8 (``"surrogatepass"`` changes nothing); with them, the
          bytes are not valid UTF-8, and a strict ``.encode("utf-8")`` raises.
        * ``json.dumps(a.to_dict())`` (``ensure_ascii=True``) writes a lone surrogate as
          the escape ``\\ud800``: ASCII (though strict parsers in other languages may
          refuse an unpaired escape), and restored by ``json.loads``, except that a high
          surrogate followed by a low one comes back as one character (``json.loads``
          joins ``\\ud83d\\ude00`` into one emoji), which moves every later offset.

        A consumer that must have valid Unicode should replace each lone surrogate of the
        input with ``"\\ufffd"`` before parsing: one character for one keeps every offset.

        >>> import json, newsstruct
        >>> article = newsstruct.parse("The mayor said \\ud800 the bridge would reopen.")
        >>> data = article.to_dict()
        >>> dumped = json.dumps(data, ensure_ascii=False)
        >>> json.loads(dumped) == data
        True
        >>> raw = dumped.encode("utf-8", "surrogatepass")
        >>> json.loads(raw.decode("utf-8", "surrogatepass")) == data
        True
        >>> print(json.dumps(data["text"]))
        "The mayor said \\ud800 the bridge would reopen."
        """
        speaker_index = {s.name: i for i, s in enumerate(self.speakers)}
        dateline = None
        if self.dateline is not None:
            d = self.dateline
            dateline = {
                "start": d.span.start,
                "end": d.span.end,
                "place": d.place,
                "agency": d.agency,
                "date": d.date,
            }
        return {
            "text": self.text,
            "lang": self.lang,
            "outlet": self.outlet,
            "published": self.published_text,
            "title": self.title,
            "title_span": self.title_span.to_list() if self.title_span else None,
            "dateline": dateline,
            "paragraphs": [
                {"start": p.span.start, "end": p.span.end, "role": p.role.value}
                for p in self.paragraphs
            ],
            "sentences": [s.to_list() for s in self.sentences],
            "quotes": [
                {
                    "kind": q.kind.value,
                    "start": q.span.start,
                    "end": q.span.end,
                    "text": q.text,
                    "speaker": q.speaker.name if q.speaker else None,
                    "speaker_index": speaker_index[q.speaker.name] if q.speaker else None,
                    "cue": q.cue_text,
                    "cue_span": q.cue.to_list() if q.cue else None,
                    "mention": q.mention.to_list() if q.mention else None,
                    "paragraph": q.paragraph,
                }
                for q in self.quotes
            ],
            "speakers": [
                {
                    "name": s.name,
                    "mentions": [m.to_list() for m in s.mentions],
                    "quotes": list(s.quotes),
                }
                for s in self.speakers
            ],
            "background": [{"start": p.span.start, "end": p.span.end} for p in self.background],
            "attributions": [
                {
                    "source": a.source,
                    "start": a.span.start,
                    "end": a.span.end,
                    "cue": a.cue.to_list() if a.cue else None,
                }
                for a in self.attributions
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an :class:`Article` from the output of :meth:`to_dict`.

        Raises:
            TypeError: ``data`` is not a mapping.
            ValueError: ``data`` is not an article's dict: a field is missing or of the
                wrong type, a span is not two integers inside the text, or an index of a
                speaker or quote points at none.  The message names the field.

        >>> Article.from_dict({"text": "Kyiv", "title": "Kyiv", "title_span": [0, 40]})
        Traceback (most recent call last):
        ...
        ValueError: Article.from_dict(): title_span [0, 40]: not two integers 0 <= start <= end <= 4
        """
        if not isinstance(data, Mapping):
            raise TypeError(
                f"Article.from_dict() takes the dict of to_dict(), not {type(data).__name__}"
            )
        try:
            return cls._from_dict(data)
        except KeyError as error:
            raise ValueError(f"Article.from_dict(): no field {error}") from None
        except (TypeError, ValueError, IndexError, AttributeError) as error:
            raise ValueError(f"Article.from_dict(): {error}") from None

    @classmethod
    def _from_dict(cls, data: Mapping[str, Any]) -> Article:
        """:meth:`from_dict` with its errors as raised."""
        text = data["text"]
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")

        def span(value: Any, label: str) -> Span:
            if (
                not isinstance(value, (list, tuple))
                or len(value) != 2
                or not all(type(bound) is int for bound in value)
                or not 0 <= value[0] <= value[1] <= len(text)
            ):
                raise ValueError(
                    f"{label} {value!r}: not two integers 0 <= start <= end <= {len(text)}"
                )
            return Span(value[0], value[1])

        def maybe(value: Any, label: str) -> Span | None:
            return None if value is None else span(value, label)

        speakers = tuple(
            Speaker(
                name=s["name"],
                mentions=tuple(
                    span(m, f"speakers[{i}].mentions[{j}]") for j, m in enumerate(s["mentions"])
                ),
                quotes=tuple(s["quotes"]),
            )
            for i, s in enumerate(data.get("speakers", ()))
        )
        published_text = data.get("published")
        dateline = None
        if d := data.get("dateline"):
            dateline = Dateline(
                span=span([d["start"], d["end"]], "dateline"),
                place=d.get("place"),
                agency=d.get("agency"),
                date=d.get("date"),
            )
        paragraphs = []
        for i, p in enumerate(data.get("paragraphs", ())):
            where = span([p["start"], p["end"]], f"paragraphs[{i}]")
            paragraphs.append(Paragraph(span=where, text=where.of(text), role=Role(p["role"])))
        quotes = []
        for i, q in enumerate(data.get("quotes", ())):
            where = span([q["start"], q["end"]], f"quotes[{i}]")
            index = q.get("speaker_index")
            if index is not None and not (type(index) is int and 0 <= index < len(speakers)):
                raise ValueError(f"quotes[{i}].speaker_index {index!r}: no such speaker")
            quotes.append(
                Quote(
                    kind=QuoteKind(q["kind"]),
                    span=where,
                    text=q["text"],
                    speaker=None if index is None else speakers[index],
                    cue=maybe(q.get("cue_span"), f"quotes[{i}].cue_span"),
                    cue_text=q.get("cue"),
                    mention=maybe(q.get("mention"), f"quotes[{i}].mention"),
                    paragraph=q.get("paragraph", 0),
                )
            )
        for i, s in enumerate(speakers):
            if not all(type(n) is int and 0 <= n < len(quotes) for n in s.quotes):
                raise ValueError(f"speakers[{i}].quotes {list(s.quotes)}: no such quote")
        title_span = maybe(data.get("title_span"), "title_span")
        attributions = []
        for i, a in enumerate(data.get("attributions", ())):
            where = span([a["start"], a["end"]], f"attributions[{i}]")
            attributions.append(
                Attribution(
                    source=a["source"],
                    span=where,
                    cue=maybe(a.get("cue"), f"attributions[{i}].cue"),
                )
            )
        return cls(
            text=text,
            lang=data.get("lang", "en"),
            outlet=data.get("outlet"),
            published=iso_date(published_text),
            published_text=published_text,
            title=data.get("title"),
            title_span=title_span,
            dateline=dateline,
            paragraphs=tuple(paragraphs),
            sentences=tuple(
                span(s, f"sentences[{i}]") for i, s in enumerate(data.get("sentences", ()))
            ),
            quotes=tuple(quotes),
            speakers=speakers,
            attributions=tuple(attributions),
        )


# The setter of each slot of each class, in field order, for :func:`_make`.
_SETTERS: dict[type[Any], tuple[Any, ...]] = {
    cls: tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))
    for cls in (Span, Paragraph, Speaker, Quote, Dateline, Attribution, Article)
}
