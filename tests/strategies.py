"""Hypothesis strategies for article-like text, and the invariants every Article keeps.

The strategies build text from the pieces the parser reacts to (crawl date lines,
datelines, quotation marks of every kind, cue phrases, names, first-person sentences
ending in a comma, background markers, stray marks and paragraph breaks), so that random
examples reach the quote, speaker and background code rather than stopping at "no
letters".  :func:`check_article` states the contract any parse result must satisfy; the
golden-case tests can call it too.
"""

from __future__ import annotations

import datetime
import json
import pickle
import re

from hypothesis import strategies as st

from newsstruct import lang
from newsstruct.model import Article, QuoteKind, Role, Span

__all__ = [
    "PIECES",
    "all_spans",
    "article_texts",
    "check_article",
    "language_texts",
    "paragraphs",
    "piece_soup",
    "structured_articles",
]

DATE_LINES = (
    "date 2026-05-12 ",
    "date 2025-02 ",
    "date 2024-11-30\n",
    "date 2026-13-45 ",
    "date ",
    "\ufeffdate\u00a02024-02-30\u00a0",
)
DATELINES = (
    "Kyiv • UNN",
    "Київ • УНН",
    "WASHINGTON (AP) —",
    "LONDON, March 1 (Reuters) -",
    "KYIV. Sept 26 (Interfax-Ukraine) –",
    "КИЇВ. 17 квітня. УНН.",
    "PARIS (AFP) - ",
)
MARKS = ("“", "”", '"', "'", "‘", "’", "«", "»", "„", "‚", "‹", "›")
CUES = (
    "he said",
    "she said",
    "said that",
    " said ",
    "told reporters",
    "according to",
    "According to him,",
    "According to her, ",
    "noted",
    "added that",
    "called on the government to",
    "This was reported by",
    "citing",
    "UNN reports.",
    ", UNN reports",
    "- the company said.",
    "- - said the governor.",
    "заявив",
    "йдеться у повідомленні",
    "sagte",
    "teilte am Montag mit,",
    "a déclaré",
)
NAMES = (
    "Olena Marchuk",
    "Ostap Verbytskyi",
    "Dr. Ann Lee",
    "Marchuk",
    "the minister",
    "the head of the regional administration",
    "The Guardian",
    "CGTN America",
    "he",
    "she",
    "they",
    "the General Staff",
    "Ann\u00a0Lee",
    "Anna\tKeller",
)
FIRST_PERSON = (
    "We will restore every line by morning,",
    "I am sure that we will manage,",
    "Our teams are working around the clock,",
    "We have no other choice",
    "We need more help from our partners.",
)
MARKERS = (
    "Recall",
    "Let us remind you",
    "Earlier,",
    "As reported,",
    "Details",
    "Нагадаємо",
    "Background:",
    "Read also",
)
FILLER = (
    "The bridge will reopen on Friday.",
    "Prices rose by 3.5% in April",
    "the talks would go on",
    "Mr. Smith arrived at 5 p.m. on Jan. 3.",
    "...",
    "—",
    " - ",
    ",",
    ".",
    "?",
    "(",
    ")",
    "it's",
    "rock 'n' roll",
)
BREAKS = ("\n", "\n\n", "\r\n", " \n ", "\n\n\n", "\t", "\u2028", "\x0c")

#: Every piece above, for soups that mix them freely.
PIECES: tuple[str, ...] = (
    DATE_LINES + DATELINES + MARKS + CUES + NAMES + FIRST_PERSON + MARKERS + FILLER + BREAKS
)

# white space and the invisible characters a paragraph drops at its edges
_EDGES = "".join(filter(str.isspace, map(chr, range(0x3001)))) + "\u200b\u2060\ufeff"

_SEPARATORS = st.sampled_from(("", " ", " ", ", ", "\n", "\n\n"))


def piece_soup(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Text made of lexicon pieces, random words and random characters, in any order."""
    piece = st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(PIECES),
        st.text(max_size=4),
        st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
    )
    pairs = st.lists(st.tuples(piece, _SEPARATORS), max_size=max_pieces)
    return pairs.map(lambda items: "".join(p + s for p, s in items))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One paragraph in the shape of news copy: a quote, reported speech, a marker..."""
    name = draw(st.sampled_from(NAMES))
    cue = draw(st.sampled_from(("said", "noted", "added", "stressed", "told reporters")))
    words: str = draw(st.sampled_from(FIRST_PERSON + FILLER[:3]))
    opening, closing = draw(
        st.sampled_from((("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("„", "“"), ("'", "'")))
    )
    shape = draw(st.integers(0, 9))
    if shape == 0:
        return f"{opening}{words}{closing} {name} {cue}."
    if shape == 1:
        return f"{_upper_first(name)} {cue} that {words.rstrip(',.')}."
    if shape == 2:
        return f"According to {name}, {words.rstrip(',.').lower()}."
    if shape == 3:
        return words  # a bare quote paragraph, UNN style
    if shape == 4:
        return draw(st.sampled_from(MARKERS))
    if shape == 5:
        return f"{opening}{words}{closing}, {name} {cue}, {opening}{words}"  # unclosed
    if shape == 6:
        return f"{_upper_first(name)} {cue} the plan was {opening}a disaster{closing}."
    if shape == 7:
        return f"This was reported by {name}, UNN reports."
    if shape == 8:
        return f"{words} - {cue} {name}."
    return draw(piece_soup(8))


@st.composite
def structured_articles(draw: st.DrawFn) -> str:
    """A whole article: optional date line and headline, dateline, then paragraphs."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(DATE_LINES)) + draw(st.sampled_from(FILLER[:3])))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(DATELINES)))
    parts.extend(draw(st.lists(paragraphs(), max_size=8)))
    breaks = draw(st.lists(st.sampled_from((*BREAKS, "\n", "\n", " ")), min_size=len(parts)))
    text = "".join(p + b for p, b in zip(parts, breaks, strict=False))
    # Stray marks at random places, the way broken crawls leave them.
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(MARKS)) + text[at:]
    return text


# Invented words of other scripts (Cyrillic, Arabic, Chinese, Japanese, Greek, Hebrew,
# Devanagari, Thai, Hangul), for text that mixes them with the language's own words
SCRIPT_WORDS = (
    "Лорнпорт",
    "Олена Марчук",
    "قال",
    "ميناء",
    "港口",
    "他说",
    "「港」",
    "Λόρνπορτ",
    "אמר",
    "बंदरगाह",
    "ท่าเรือ",
    "항구",
    "Hà Lộc",
    "İzmir",
)
# Characters that hide in web text: bidirectional and zero-width marks, controls, a
# combining mark, a lone surrogate (a Python str may hold one), a line separator
CONTROLS = (
    "\u200e",
    "\u200f",
    "\u061c",
    "\u202b",
    "\u202e",
    "\u2067",
    "\u2069",
    "\u200b",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u0301",
    "\ud800",
    "\udfff",
    "\u2028",
    "\r",
)
_LEXICON_WORDS = (
    "cue_verbs",
    "first_names",
    "role_nouns",
    "pronouns",
    "prepositions",
    "complementizers",
    "media_words",
    "clause_openers",
    "abbreviations",
)


def _words_of(code: str) -> tuple[str, ...]:
    """A few hundred words of a language's lexicon that the rules react to, sorted (so
    that Hypothesis shrinks the same way every run)."""
    lexicon = lang.get(code)
    words: list[str] = []
    for name in _LEXICON_WORDS:
        words.extend(sorted(w for w in getattr(lexicon, name) if isinstance(w, str))[:60])
    return tuple(words) or ("word",)


@st.composite
def language_texts(draw: st.DrawFn, code: str) -> str:
    """Text of language ``code``'s words, cues and names, its quotation marks drawn one by
    one so that they seldom balance, words of other scripts, hidden and control
    characters, dashes and line breaks; now and then one very long line."""
    marks = tuple(m for pair in lang.get(code).quote_pairs for m in pair)
    words = _words_of(code)
    piece = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).map(_upper_first),
        st.sampled_from(marks),
        st.sampled_from(SCRIPT_WORDS),
        st.sampled_from(CONTROLS),
        st.sampled_from((" - ", " – ", " — ", ", ", ". ", ": ", "\n", "\n\n", "(", ")", "5")),
    )
    space = st.sampled_from(("", " ", " ", " ", "\u00a0"))
    text = "".join(p + s for p, s in draw(st.lists(st.tuples(piece, space), max_size=40)))
    if draw(st.integers(0, 9)) == 0:
        text = (" ".join(text.split("\n")) + " ") * draw(st.integers(20, 200))
    return text


def article_texts() -> st.SearchStrategy[str]:
    """Any text at all, piece soups, and whole article-like texts."""
    return st.one_of(st.text(), piece_soup(), structured_articles())


def all_spans(article: Article) -> list[tuple[str, Span]]:
    """Every span an article holds, each with a label saying where it came from."""
    spans: list[tuple[str, Span]] = []
    if article.title_span is not None:
        spans.append(("title_span", article.title_span))
    if article.dateline is not None:
        spans.append(("dateline", article.dateline.span))
    spans.extend((f"paragraphs[{i}]", p.span) for i, p in enumerate(article.paragraphs))
    spans.extend((f"sentences[{i}]", s) for i, s in enumerate(article.sentences))
    for i, quote in enumerate(article.quotes):
        spans.append((f"quotes[{i}].span", quote.span))
        if quote.cue is not None:
            spans.append((f"quotes[{i}].cue", quote.cue))
        if quote.mention is not None:
            spans.append((f"quotes[{i}].mention", quote.mention))
        if quote.speaker is not None:
            spans.extend((f"quotes[{i}].speaker.mentions", m) for m in quote.speaker.mentions)
    for i, speaker in enumerate(article.speakers):
        spans.extend((f"speakers[{i}].mentions", m) for m in speaker.mentions)
    for i, attribution in enumerate(article.attributions):
        spans.append((f"attributions[{i}].span", attribution.span))
        if attribution.cue is not None:
            spans.append((f"attributions[{i}].cue", attribution.cue))
    return spans


def check_article(article: Article, text: str) -> None:
    """Assert the contract that every result of ``parse(text)`` keeps, whatever ``text`` is."""
    assert isinstance(article, Article)
    assert article.text == text
    n = len(text)

    for label, span in all_spans(article):
        assert isinstance(span, Span), label
        assert 0 <= span.start <= span.end <= n, f"{label} {span} outside 0..{n}"

    # What a part claims is exactly the text under its span.
    if article.title_span is not None:
        assert article.title == text[article.title_span.start : article.title_span.end]
    for i, paragraph in enumerate(article.paragraphs):
        assert paragraph.text == paragraph.span.of(text), f"paragraphs[{i}]"
        assert isinstance(paragraph.role, Role)
    for i, quote in enumerate(article.quotes):
        assert quote.text == quote.span.of(text), f"quotes[{i}]"
        assert isinstance(quote.kind, QuoteKind)
        if quote.cue is not None:
            # the cue as written, a separable particle printed after it joined ("teilte
            # … mit": "teilte mit")
            written = quote.cue.of(text)
            assert quote.cue_text is not None, f"quotes[{i}].cue_text"
            particle = quote.cue_text.removeprefix(written + " ")
            assert quote.cue_text == written or (
                particle != quote.cue_text and particle in text[quote.cue.end :]
            ), f"quotes[{i}].cue"
    for i, attribution in enumerate(article.attributions):
        assert attribution.source == attribution.span.of(text), f"attributions[{i}]"
    if article.dateline is not None:
        written = article.dateline.span.of(text)
        for part in (article.dateline.place, article.dateline.agency, article.dateline.date):
            assert part is None or part in written, f"dateline part {part!r} not in {written!r}"

    # Order: paragraphs and quotes run forwards and never overlap.
    for before, after in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        assert before.span.end <= after.span.start, "paragraphs overlap or are out of order"
    starts = [q.span.start for q in article.quotes]
    assert starts == sorted(starts), "quotes are not sorted by start"
    for before_q, after_q in zip(article.quotes, article.quotes[1:], strict=False):
        assert before_q.span.end <= after_q.span.start, (
            f"quotes overlap: {before_q.span} and {after_q.span}"
        )

    # Cross references point at real parts.
    for i, quote in enumerate(article.quotes):
        if article.paragraphs:
            assert 0 <= quote.paragraph < len(article.paragraphs), f"quotes[{i}].paragraph"
            home = article.paragraphs[quote.paragraph].span
            assert home.start <= quote.span.start <= home.end, f"quotes[{i}] not in its paragraph"
        if quote.speaker is not None:
            assert quote.speaker in article.speakers, f"quotes[{i}].speaker not in speakers"
    names = [s.name for s in article.speakers]
    assert len(names) == len(set(names)), f"two speakers share a name: {names}"
    for name in names:
        assert name and name == " ".join(name.split()), f"speaker name {name!r}"
    for i, paragraph in enumerate(article.paragraphs):
        # a paragraph holds no white space, byte-order mark or zero-width space at its edges
        assert paragraph.text, f"paragraphs[{i}] is empty"
        assert paragraph.text == paragraph.text.strip(_EDGES), f"paragraphs[{i}] {paragraph.text!r}"
    for speaker in article.speakers:
        for index in speaker.quotes:
            assert 0 <= index < len(article.quotes)
            assert article.quotes[index].speaker == speaker
    assert all(p.role is Role.BACKGROUND for p in article.background)

    if article.published is not None:
        assert isinstance(article.published, datetime.date)
        assert article.published_text == article.published.isoformat()
    if article.published_text is not None:
        # ISO, and a date that exists: a full date is ``published``, a year-month a month
        written = article.published_text
        assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", written), written
        assert int(written[:4]) >= 1, written
        assert len(written) != len("2026-05-12") or article.published is not None, written
        assert len(written) != len("2026-05") or 1 <= int(written[5:]) <= 12, written

    # Serialisation: pickle, to_dict/from_dict, and through JSON text.
    assert pickle.loads(pickle.dumps(article)) == article
    data = article.to_dict()
    assert Article.from_dict(data) == article
    dumped = json.dumps(data, ensure_ascii=False)
    assert Article.from_dict(json.loads(dumped)) == article
