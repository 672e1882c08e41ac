"""The crawl header: the ``date YYYY-MM-DD`` line, the publication date and the headline.

Crawled articles often begin with ``date 2025-03-01 Headline`` or with the date line
alone and the headline on the next line (some crawlers print ``date 28.11.2026`` or
``date Nov 28, 2026``: :func:`~newsstruct.layout.crawl_date`).  Between the date line
and the headline a crawl may keep page chrome: site navigation (``Укр Рус Eng Клуб УП``,
``Home | News``), a category word (``Politics``) or a byline (``Oprac.: Artur
Pokorski``, ``By Anna Smith``); it is skipped, and the structure step gives it the role
BOILERPLATE as everything above the headline.  A date line alone right under the
headline dates it too.  Without a date line, a short first paragraph in headline style,
followed by the rest of the article, is taken as the headline; so is one right above a
dateline, even where the dateline's paragraph is all the rest (:func:`headline_above`).

The outlet's page furniture is never the headline: its boilerplate lines (a language
switcher, a rubric, a timestamp, an AMP URL slug), its dateline when it fills a line
(``Укрінформ``) and its labels (``Source: …``); nor is a line of the language's
boilerplate words alone (``Advertisement``, ``FOR IMMEDIATE RELEASE``).  A headline
printed twice is taken once, the repeat being furniture.  Without a date line, the
outlet's dated byline (``Monday, 28 February 2022, 08:28``) gives the publication date.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections.abc import Iterable, Sequence

import attrs
import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import Lexicon, alternation, is_acronym
from newsstruct.lang._media import INTERNATIONAL_MEDIA
from newsstruct.layout import (
    byline_date,
    crawl_date,
    date_line,
    date_line_alone,
    is_byline,
    is_timestamp,
    match_date,
    timestamp_date,
)
from newsstruct.model import Span
from newsstruct.outlets import OutletRules, compile_patterns, names_medium, own_names, plain_spaces
from newsstruct.outlets._places import is_colon_city

__all__ = ["Header", "dated_by_dateline", "find_header", "headline_above"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*+")
# A full stop or "!" at its end makes a line body text, not a headline, inside closing
# quotation marks too ("“We are ready.”": a line of a quotation); not the other sentence
# ends (pipeline's _SENTENCE_ENDS, lang.SPACED_STOPS): a headline may ask ("Will rates
# rise?"), trail off or end in a quotation without a stop (Mayor: “We are ready”).  The
# full-width full stop of Chinese and Japanese ends a sentence alike (a headline there
# never prints one): "港务局12日宣布，大桥将封闭。" is a lead, not a headline; the
# full-width "！" does not (Chinese web and sports headlines print it: "女排再夺冠！").
_ENDS_SENTENCE = regex.compile(r"[.!。][\"'”’»」』]*+\s*$")
# A dateline-looking line is never a headline: "Kyiv • UNN", "WASHINGTON (AP) —" (its
# spaces no-break ones too); before a bullet or a bar, a place's words are capitalised
# but for a place's small word ("Stratford upon Lorn • UNN", "Ústí nad Lornem | …";
# "Ferry returns | Harbour Times" and "Mayor dies | Harbour Times" are a headline and
# its site)
_PLACE_SMALL_WORDS = (
    "al|am|an|da|das|de|del|della|der|di|do|dos|du|el|en|im"
    "|la|le|les|na|nad|on|pod|sur|upon|van|von"
)
_dateline_like = lazy_pattern(
    r"^\p{Lu}[\p{L}\p{Zs}.,'\-]{0,40}\(\p{L}[^()]{0,30}\)\s*[-–—]"
    r"|^(?=\p{Lu}[\p{L}\p{Zs}.,'\-]{0,40}[•|])"
    r"\p{Lu}[\p{L}.,'\-]*+(?:\p{Zs}++(?:\p{Lu}[\p{L}.,'\-]*+"
    rf"|(?:{_PLACE_SMALL_WORDS})(?=\p{{Zs}})))*+\p{{Zs}}*+[•|]"
)
_MAX_TITLE_WORDS = 30
# The share of capitalised words that makes a line ending in a full stop a headline in
# title case, and on a crawl date line
_TITLE_CASE = 0.6
_DATED_TITLE_CASE = 0.8
_MAX_TITLE_CHARS = 300
# A headline in sentence case with its full stop under a crawl date line is one
# sentence of this many words at most, above a longer paragraph (a lead is longer)
_MAX_STOPPED_TITLE_WORDS = 12
# a line that is one label in square brackets, as broadcast transcripts mark who speaks
# next (Korean "[앵커]", the anchor; "[Video]"): no headline
_BRACKET_LABEL = regex.compile(r"\s*+[\[［【][^\[\]［］【】\n]{1,24}[\]］】]\s*+")
# a sentence's stop inside a line, before the next sentence's capital or mark
_INNER_STOP = regex.compile(r"[.!?][\"'”’»)]*+\s++[\p{Lu}\"“‘«]")
# Items of a navigation bar are short or set apart ("Home | News | Regions").
_NAVIGATION_SEPARATOR = regex.compile(r"[|•·»›>/]")
_MAX_NAVIGATION_ITEM = 4
# At most this many lines of chrome between the date line and the headline.
_MAX_CHROME = 4
# A known city and a colon opening a line: "Kyiv: Explosions rock the capital", a
# headline in the style of the papers that print a colon dateline (outlets._places)
_PLACE_COLON = regex.compile(r"\p{Lu}[\p{L}'’.\-]*+(?:[ /]\p{Lu}[\p{L}'’.\-]*+){0,3}+(?=:[ ])")


@attrs.frozen
class Header:
    """What the header step found.

    ``date_paragraph`` holds the crawl date line; when the line runs straight into the
    body, ``body_start`` is where the body begins in it.  ``first_body`` is the index of
    the first paragraph after the header.
    """

    published: datetime.date | None = None
    published_text: str | None = None
    title: str | None = None
    title_span: Span | None = None
    title_paragraph: int | None = None
    date_paragraph: int | None = None
    body_start: int | None = None
    first_body: int = 0
    furniture: tuple[int, ...] = ()
    """Paragraphs after the headline that are page furniture (the headline's repeat)."""


def _looks_like_title(text: str, *, has_date_line: bool, following: str = "") -> bool:
    """Whether a line reads as a headline rather than body text; ``following`` is the
    paragraph below it, where the line is the first of the article under a crawl date
    line."""
    if not text or len(text) > _MAX_TITLE_CHARS or _dateline_like().match(text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if not _ENDS_SENTENCE.search(text):
        return True
    if (
        has_date_line
        and len(words) <= _MAX_STOPPED_TITLE_WORDS
        and _INNER_STOP.search(text.rstrip()) is None
        and _ENDS_SENTENCE.search(following)
        # (the paragraph below has more words: its words after as many are not listed)
        and next(itertools.islice(_WORD.finditer(following), len(words), None), None) is not None
    ):
        # "date 2026-03-01 Ferry to return in June." above the lead: a headline in
        # sentence case with its stop (a lead runs longer than one short sentence)
        return True
    # Headline style ends in a full stop only in some outlets; then most words are
    # capitalised ("Storm Over Lornport: The Ferry Was Late Again.").  On a crawl date
    # line, which may run straight into the lead, nearly all are: a lead full of names
    # ("Harbour Board Chair Ada Moss on Monday urged Lornport …") capitalises about half.
    capitalised = sum(1 for w in words if w[0].isupper())
    share = _DATED_TITLE_CASE if has_date_line else _TITLE_CASE
    return capitalised >= share * len(words)


def _is_chrome(text: str, following: str = "", articles: frozenset[str] = frozenset()) -> bool:
    """Whether a line reads as navigation, a category or a byline, not as a headline.

    Navigation and categories have no closing punctuation and are one or two words
    (``Politics``, ``World news``), or capitalised items set apart (``Home | News |
    Regions``), or capitalised short items (``Укр Рус Eng Клуб УП``) or capitalised words
    alone above a ``following`` line in sentence case (``Home News Politics World`` above
    ``Allies agree on new air defence package``), neither opened by one of the
    language's name ``articles``: ``The Good News`` is a phrase, a headline (but ``My
    Account Subscribe Login`` is navigation).
    """
    if is_byline(text, following) or is_timestamp(text):
        return True
    words = _WORD.findall(text)
    if not words or _ENDS_SENTENCE.search(text) or not words[0][0].isupper():
        return False
    if len(words) <= 2:
        return True
    if any(w[0].islower() for w in words):
        return False
    if _NAVIGATION_SEPARATOR.search(text):
        return True
    return words[0].casefold() not in articles and (
        all(len(w) <= _MAX_NAVIGATION_ITEM for w in words)
        or any(w[0].islower() for w in _WORD.findall(following))
    )


@attrs.frozen
class _Furniture:
    """An outlet's header furniture, compiled once per outlet."""

    openers: regex.Pattern[str] | None
    labels: regex.Pattern[str] | None
    whole: tuple[regex.Pattern[str], ...]
    datelines: tuple[regex.Pattern[str], ...]
    published: tuple[regex.Pattern[str], ...]
    language: regex.Pattern[str] | None = None
    """A whole line of the language's boilerplate words (``Advertisement``, ``For
    immediate release``): the opening words alone, which open body text elsewhere."""
    name_articles: frozenset[str] = frozenset()
    """The language's name articles (:attr:`Lexicon.name_articles`): capitalised words
    opened by one are a phrase, no navigation (:func:`_is_chrome`)."""

    def matches(self, line: str) -> bool:
        """Whether a header line is the outlet's furniture, to be skipped."""
        return self.is_chrome(line) or self.is_dateline(line.strip())

    def is_chrome(self, line: str) -> bool:
        """Whether a header line is furniture other than a dateline: an opener or a
        whole line of the outlet's chrome."""
        line = line.strip()
        return (
            (self.openers is not None and self.openers.match(line) is not None)
            or any(p.fullmatch(line) for p in self.whole)
            or (self.language is not None and self.language.fullmatch(line) is not None)
        )

    def is_dateline(self, line: str) -> bool:
        """Whether a line (stripped) is all one of the outlet's datelines (``Kyiv •
        UNN``, no-break spaces and all)."""
        line = plain_spaces(line)
        return any(
            (found := p.match(line)) is not None and found.end() == len(line)
            for p in self.datelines
        )

    def no_title(self, line: str) -> bool:
        """Whether a header line can be no headline: furniture, or a line opening with
        one of the outlet's labels (``Source: …``, ``Details: …``)."""
        return self.matches(line) or (
            self.labels is not None and self.labels.match(line.strip()) is not None
        )


_NO_FURNITURE = _Furniture(None, None, (), (), ())


def _opening(words: Iterable[str], after: str = "") -> regex.Pattern[str] | None:
    words = tuple(words)
    if not words:
        return None
    return regex.compile(
        alternation(words) + after + r"(?![\p{L}\p{N}])", regex.IGNORECASE | regex.V1
    )


@functools.lru_cache(maxsize=64)
def _language_furniture(lexicon: Lexicon | None) -> regex.Pattern[str] | None:
    """A whole line of the language's boilerplate words (:attr:`_Furniture.language`),
    compiled once per lexicon whatever the outlet."""
    if lexicon is None or not lexicon.boilerplate:
        return None
    return regex.compile(
        alternation(lexicon.boilerplate) + r"[\s:.]*+", regex.IGNORECASE | regex.V1
    )


@functools.lru_cache(maxsize=64)
def _furniture(outlet: OutletRules | None, lexicon: Lexicon | None = None) -> _Furniture:
    """The header furniture of an outlet (none: only the language's boilerplate lines)."""
    language = _language_furniture(lexicon)
    articles = lexicon.name_articles if lexicon is not None else frozenset()
    if outlet is None:
        return attrs.evolve(_NO_FURNITURE, language=language, name_articles=articles)
    return _Furniture(
        _opening(outlet.boilerplate),
        _opening(
            outlet.section_markers + outlet.quote_labels + outlet.background_markers,
            r"[ \t]*+:",
        ),
        compile_patterns(outlet.boilerplate_patterns),
        compile_patterns(outlet.dateline_patterns),
        compile_patterns(outlet.published_patterns),
        language,
        articles,
    )


def _is_title(
    text: str,
    furniture: _Furniture = _NO_FURNITURE,
    *,
    has_date_line: bool = True,
    following: str = "",
) -> bool:
    """Whether a paragraph reads as a headline: it looks like one
    (:func:`_looks_like_title`; ``following``: the paragraph below the article's first
    line under a crawl date line) and is neither a byline nor what the outlet never
    takes for a title."""
    return (
        not is_byline(text)
        and not is_timestamp(text)
        and not furniture.no_title(text)
        and not _BRACKET_LABEL.fullmatch(text)
        and _looks_like_title(text, has_date_line=has_date_line, following=following)
    )


def _title_after_chrome(
    text: str,
    paragraphs: Sequence[Span],
    first: int,
    furniture: _Furniture,
    *,
    generic: bool = True,
) -> int | None:
    """The index of the headline at or after ``first``, past at most a few lines of
    chrome; ``None`` if there is none.

    A line of chrome is skipped only when a headline or more chrome follows it, so a
    one-word headline above the body stays the headline; the outlet's own furniture is
    skipped however many lines it fills (TSN's block of labels).  Without ``generic``,
    only the outlet's furniture counts as chrome.
    """
    index = first
    while index < len(paragraphs):
        line = paragraphs[index].of(text)
        following = paragraphs[index + 1].of(text) if index + 1 < len(paragraphs) else ""
        if furniture.matches(line) or (
            index - first < _MAX_CHROME
            and generic
            and _is_chrome(line, following, furniture.name_articles)
            # (chrome first: a byline or timestamp is no title, and is read once)
            and (_is_chrome(following) or _is_title(following, furniture))
        ):
            index += 1
            continue
        return index if _is_title(line, furniture, following=following) else None
    return None


def _repeats(
    text: str, paragraphs: Sequence[Span], above: int, line: str | None = None
) -> tuple[int, ...]:
    """The headline's repeat below paragraph ``above``, printed twice by some pages, and
    the lines of chrome between the two (a rubric, a timestamp: ``Facts``, ``14:32
    24.11.2026``), all page furniture: the repeat stands among the next few lines
    (:data:`_MAX_CHROME`), none of which ends a sentence (the story has begun).  The
    headline is ``line``, by default the whole of paragraph ``above``."""
    wanted = _unmarked((paragraphs[above].of(text) if line is None else line).strip())
    for index in range(above + 1, min(len(paragraphs), above + 2 + _MAX_CHROME)):
        below = paragraphs[index].of(text).strip()
        if _unmarked(below) == wanted:
            return tuple(range(above + 1, index + 1))
        if _ENDS_SENTENCE.search(below):
            break
    return ()


def _byline_date(
    text: str,
    paragraphs: Sequence[Span],
    last: int,
    furniture: _Furniture,
    lexicon: Lexicon | None,
) -> tuple[datetime.date, str] | None:
    """The date of the outlet's dated byline, of a page's date line (``Published: 28
    November 2026``: :func:`~newsstruct.layout.is_timestamp`) or of a byline that prints
    the date (``By Jo Roe on March 4, 2026``) among the paragraphs before ``last``."""
    for span in paragraphs[:last]:
        line = span.of(text).strip()
        for pattern in furniture.published:
            found = pattern.fullmatch(line)
            date = match_date(found, lexicon) if found is not None else None
            if date is not None:
                return date, date.isoformat()
        date = timestamp_date(line, lexicon) or byline_date(line, lexicon)
        if date is not None:
            return date, date.isoformat()
    return None


# A wire's marker of a story's version or urgency before its headline, which every
# version of the story changes while the headline stays: Reuters' ``UPDATE 2-``, ``WRAPUP 1-``,
# ``REFILE-``, ``RPT-``, ``CORRECTED-``; Yonhap's ``(LEAD)``, ``(2nd LD)``, ``(URGENT)``.
# The headline leaves it out, so that a story's versions give one headline.  A genre
# label (``ANALYSIS-``, ``(News Focus)``) is the same in every version and stays.
_version_marker = lazy_pattern(
    r"(?:(?:(?:UPDATE|WRAPUP)[ ]\d{1,2}|RPT|REFILE|CORRECTED)[ ]?+-[ ]?+"
    r"|\((?:LEAD|\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)[ ]LD|URGENT)\)[ ]++)++"
    r"(?=[\p{L}\p{N}\"'‘“(])"
)


def _unmarked(line: str) -> str:
    """A headline without its version marker (:func:`_version_marker`): the same
    headline printed twice, once with its marker (``UPDATE 2-Harbour Bank to cut jobs``
    above ``Harbour Bank to cut jobs``), is one headline and its repeat."""
    found = _version_marker().match(line)
    return line if found is None else line[found.end() :]


def _without_version_marker(text: str, header: Header) -> Header:
    """The ``header`` with its headline's version marker (:func:`_version_marker`) left
    out of the headline."""
    span = header.title_span
    if span is None:
        return header
    found = _version_marker().match(text, span.start, span.end)
    if found is None:
        return header
    start = found.end()
    return attrs.evolve(header, title=text[start : span.end], title_span=Span(start, span.end))


# A site's name after the headline, as a page's title prints it: the last piece after a
# spaced bar, dash or double colon ("Ferry returns | Harbour Times", "… - Xinhua")
_site_after = lazy_pattern(
    r"[ ]++(?:\||[-–—]|::)[ ]++(?P<site>(?:(?![ ](?:\||[-–—]|::)[ ]).){2,60}+)[ ]*+$"
)
# A site's section between the headline and the site's name after a spaced bar or dash, as
# a page's title prints it ("Ferry returns | UK news | Harbour Times", "Ferry returns - UK
# News - Harbour Times"): a capitalised word and up to two more (an ampersand may join
# two), at the end of what the site's name left, set apart by the site's own separator
_section_before = lazy_pattern(
    r"[ ]++(?P<separator>\||[-–—])[ ]++\p{Lu}[\p{L}\p{N}'’.\-]*+"
    r"(?:[ ]++(?:&[ ]++)?[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+){0,2}+[ ]*+$"
)
# A site's name with its full form or its abbreviation in brackets after it ("LBC (Lornia
# Broadcasting Corporation)", "Lornia Today (LT)")
_BRACKETED = regex.compile(r"(?P<name>[^()]+?)[ ]*+\((?P<inner>[^()]+)\)")
# A site's domain: "harbourtimes.com", "www.lornport.co.uk"
_DOMAIN = regex.compile(r"(?:[\p{L}\p{N}\-]++\.)++\p{Ll}{2,6}+")
# The fewest letters of a medium's name in capitals that opens its desk's name ("CNN
# Business"; "TV" is a media word, not a name)
_MIN_ACRONYM = 3
# A paper's name and the place it serves after a short lower-case word ("The Times of
# India", "Harbour Star of Lornport"): the paper's name is read before the word
_OF_PLACE = regex.compile(r"(?P<paper>.+?)[ ]\p{Ll}{2,3}+[ ]\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++)?+")
_ARTICLE_AND_NAME = 2  # the words of a paper's name that its article opens ("Die Zeit")


def _without_site(
    text: str, header: Header, outlet: OutletRules | None, lexicon: Lexicon | None
) -> Header:
    """The ``header`` with the site's name after its headline left out of the headline:
    a medium's name (the lexicon's, or the article's outlet's own), a paper's name
    (:func:`_is_masthead`, or capitalised words that a paper's noun ends: ``Harbour
    Times``) or a domain, after a spaced bar, dash or double colon (``Ferry returns |
    Harbour Times``; with its full form or abbreviation in brackets: ``Ferry returns -
    KNB (Kora News Bureau)``), with the site's section before it when the same bar or dash
    sets both apart, or a bar the section and a dash the site (``Ferry returns | UK News |
    Harbour Times``, ``Ferry returns - UK News - Harbour News``, ``Ferry returns | UK News
    - Harbour Times``).  Other words there stay the
    headline's (``Ferry returns - and fares rise``, ``Ferry returns | Travel``)."""
    span = header.title_span
    if span is None:
        return header
    found = _site_after().search(text, span.start, span.end)
    if found is None or found.start() == span.start:
        return header
    site = found.group("site").rstrip()
    bracketed = _BRACKETED.fullmatch(site)
    if not (
        _names_site(site, outlet, lexicon)
        or (
            bracketed is not None
            and (
                _abbreviates(bracketed.group("name"), bracketed.group("inner"), lexicon)
                or _abbreviates(bracketed.group("inner"), bracketed.group("name"), lexicon)
                or _names_site(bracketed.group("name"), outlet, lexicon)
                or _names_site(bracketed.group("inner"), outlet, lexicon)
            )
        )
    ):
        return header
    end = found.start()
    separator = text[end : found.start("site")].strip()
    section = _section_before().search(text, span.start, end)
    if (
        section is not None
        # the site's own separator, or a bar before a dash ("| India News - Harbour Times")
        and section.group(1) in {separator, "|"}
        # a headline longer than the run: a topic and a short headline stay whole
        # ("Budget 2026 | Fares rise | Harbour Times")
        and len(_WORD.findall(text, span.start, section.start()))
        > len(_WORD.findall(section.group()))
    ):
        end = section.start()
    return attrs.evolve(header, title=text[span.start : end], title_span=Span(span.start, end))


def _names_site(site: str, outlet: OutletRules | None, lexicon: Lexicon | None) -> bool:
    """Whether the words after a headline's separator name a site: a domain, the outlet's
    own name, a medium's name or a paper's (:func:`_names_paper`)."""
    folded = site.casefold()
    return bool(
        _DOMAIN.fullmatch(site)
        or folded in own_names(outlet)
        or (
            lexicon is not None
            and (names_medium(folded, lexicon, outlet) or _names_paper(site, lexicon))
        )
    )


def _abbreviates(acronym: str, full: str, lexicon: Lexicon | None) -> bool:
    """Whether ``acronym`` is the initials of the capitalised words of ``full``, a
    medium's name and its full form, which holds a media word (``KNB`` and ``Kora News
    Bureau``, ``LRT`` and ``Lornia Radio and Television``; not ``NATO``)."""
    words = _WORD.findall(full)
    initials = "".join(word[0] for word in words if word[0].isupper())
    return (
        lexicon is not None
        and is_acronym(acronym)
        and acronym == initials
        and any(word.casefold() in lexicon.media_words for word in words)
    )


def _names_paper(site: str, lexicon: Lexicon) -> bool:
    """Whether the capitalised words after a headline's separator are a paper's name: a
    masthead (:func:`_is_masthead`), or a few capitalised words that a paper's noun or a
    medium's word right after a paper's noun ends (``Harbour Times``, ``Lornport Mail
    Online``: set apart after the headline, no headline's words), not a headline's
    adjective and the noun (:attr:`Lexicon.headline_adjectives`: ``Good News``), or that
    a medium's name in capitals opens, or a known medium's name and one of the site's
    desks make (:attr:`Lexicon.site_desks`: ``CNN Business``, ``Fox Business``, ``Sky
    Sports``; not ``Times Square``, ``Fox River Valley``), or an article and a medium's name
    (``DER SPIEGEL``, ``Die Zeit``); a paper's name before the place it serves is one too
    (``The Times of Lornport``).  A bare media word is a headline's as often (``Budget
    2026 - Spending Review``, ``Ferry strike - Press Conference``, ``Jo Roe quits -
    Network Rail Chief Out``)."""
    served = _OF_PLACE.fullmatch(site)
    if served is not None:
        return _names_paper(served.group("paper"), lexicon)
    words = _WORD.findall(site)
    if not 0 < len(words) <= _MAX_MASTHEAD_WORDS or not all(w[0].isupper() for w in words):
        return _is_masthead(site, lexicon)
    folded = [w.lower() for w in words]
    papers = lexicon.masthead_common_nouns | lexicon.masthead_nouns
    return (
        _is_masthead(site, lexicon)
        or (
            (
                folded[-1] in lexicon.masthead_common_nouns
                or (len(words) > 1 and folded[-1] in lexicon.media_words and folded[-2] in papers)
            )
            and site.endswith(words[-1])
            and not (len(words) == 2 and folded[0] in lexicon.headline_adjectives)
        )
        or (
            len(words) > 1
            and folded[0] in lexicon.media_words
            and (
                (len(words[0]) >= _MIN_ACRONYM and words[0].isupper())
                # "- Fox Business", "- Sky Sports"; not "- Times Square", "- Fox River"
                or (
                    len(words) == 2
                    and folded[0] in INTERNATIONAL_MEDIA
                    and folded[1] in lexicon.site_desks
                )
            )
        )
        # an article and a medium's name: "DER SPIEGEL", "Die Zeit", "The Economist"
        or (
            len(words) == _ARTICLE_AND_NAME
            and folded[0] in lexicon.determiners
            and folded[1] in lexicon.media_words
        )
    )


def _headline_only(
    text: str, header: Header, outlet: OutletRules | None, lexicon: Lexicon | None
) -> Header:
    """The ``header`` with its headline's version marker and the site's name after it
    left out (:func:`_without_version_marker`, :func:`_without_site`)."""
    return _without_site(text, _without_version_marker(text, header), outlet, lexicon)


def find_header(
    text: str,
    paragraphs: Sequence[Span],
    outlet: OutletRules | None = None,
    lexicon: Lexicon | None = None,
) -> Header:
    """Find the crawl date line, the publication date and the headline.

    ``outlet`` tells its page furniture, which is never the headline, and its dated
    byline; ``lexicon`` the month names that byline prints.  A wire's version marker
    before the headline (``UPDATE 2-``, ``(LEAD)``) and the site's name after it (``|
    Harbour Times``) are left out of it.
    """
    return _headline_only(text, _find_header(text, paragraphs, outlet, lexicon), outlet, lexicon)


def _find_header(
    text: str,
    paragraphs: Sequence[Span],
    outlet: OutletRules | None,
    lexicon: Lexicon | None,
) -> Header:
    """:func:`find_header`, the headline as printed."""
    if not paragraphs:
        return Header()
    furniture = _furniture(outlet, lexicon)
    first = paragraphs[0]
    found = date_line().match(text, first.start, first.end)
    if found is not None and found.end() >= first.end:
        date, date_text = crawl_date(found)
        rest_start = found.start("rest")
        rest = found.group("rest").rstrip()
        after_rest = paragraphs[1].of(text) if len(paragraphs) > 1 else ""
        # "date 2026-03-01 Kyiv • UNN": the date line runs into the dateline, no chrome
        chrome_rest = (
            bool(rest)
            and not furniture.is_dateline(rest)
            and (
                furniture.is_chrome(rest)
                or (
                    _is_chrome(rest, after_rest, furniture.name_articles)
                    and _is_title(after_rest, furniture)
                )
            )
        )
        if rest and not chrome_rest and _is_title(rest, furniture, following=after_rest):
            span = Span(rest_start, rest_start + len(rest))
            repeats = _repeats(text, paragraphs, 0, line=rest)
            return Header(
                date,
                date_text,
                rest,
                span,
                0,
                0,
                first_body=1 + len(repeats),
                furniture=repeats,
            )
        if rest and not chrome_rest:
            return Header(date, date_text, date_paragraph=0, body_start=rest_start)
        title = _title_after_chrome(text, paragraphs, 1, furniture)
        if title is None and len(paragraphs) > 1 and _is_title(paragraphs[1].of(text), furniture):
            title = 1
        if title is not None:
            span = paragraphs[title]
            repeats = _repeats(text, paragraphs, title)
            return Header(
                date,
                date_text,
                span.of(text),
                span,
                title,
                0,
                first_body=title + 1 + len(repeats),
                furniture=repeats,
            )
        return Header(date, date_text, date_paragraph=0, first_body=1)
    # the outlet's furniture above the headline ("Укр Рус Eng Клуб УП"), and how many of
    # its lines are chrome before the first that is none (an outlet's dateline)
    title = chrome = 0
    while title < min(_MAX_CHROME, len(paragraphs)):
        line = paragraphs[title].of(text)
        if furniture.is_chrome(line):
            if chrome == title:
                chrome += 1  # (for the body's start below)
        elif not furniture.is_dateline(line.strip()):
            break
        title += 1
    if (
        lexicon is not None
        and title + 2 < len(paragraphs)
        and _is_masthead(paragraphs[title].of(text), lexicon)
        and _is_title(paragraphs[title + 1].of(text), furniture, has_date_line=False)
    ):
        if chrome == title == _MAX_CHROME and furniture.is_chrome(paragraphs[title].of(text)):
            # a name among the outlet's chrome past the lines read above (a line the loop
            # read and stopped at is no chrome)
            chrome += 1
        title += 1  # the paper's name above the headline: "Harbour Times"
    byline = _byline_date(text, paragraphs, title + _MAX_CHROME, furniture, lexicon)
    published, published_text = byline if byline is not None else (None, None)
    if len(paragraphs) > title + 2 or (
        len(paragraphs) == title + 2 and _opens_with_place(paragraphs[title].of(text))
    ):
        line = paragraphs[title].of(text)
        if _is_title(line, furniture, has_date_line=False):
            repeats = _repeats(text, paragraphs, title)
            below = date_line_alone(paragraphs[title + 1].of(text))
            if not repeats and below is not None:
                # the crawl's date line printed under the headline
                return Header(
                    *crawl_date(below),
                    line,
                    paragraphs[title],
                    title,
                    title + 1,
                    first_body=title + 2,
                )
            return Header(
                published,
                published_text,
                title=line,
                title_span=paragraphs[title],
                title_paragraph=title,
                first_body=title + 1 + len(repeats),
                furniture=repeats,
            )
    # the body begins under the chrome skipped above (a headline right above the
    # dateline may still follow: headline_above); an outlet's dateline on its own line
    # stays where the dateline is looked for
    return Header(published, published_text, first_body=chrome)


_MAX_MASTHEAD_WORDS = 4
_MAX_QUALIFIED_WORDS = 3  # a name, the time of issue, the noun: "Lornport Evening News"


def _is_masthead(line: str, lexicon: Lexicon) -> bool:
    """Whether a line is a newspaper's name alone: a few capitalised words, no stop, the
    last a noun that ends a paper's name (``Harbour Herald``; ``The Lornport Times``, but
    not ``Hard Times``, a headline, without the article; ``Lornport Evening News`` after
    the paper's time of issue, with one word before it at most besides the article:
    ``Heat Breaks Weekend Record`` is a headline)."""
    if not lexicon.masthead_nouns or _ENDS_SENTENCE.search(line):
        return False
    words = _WORD.findall(line)
    return (
        0 < len(words) <= _MAX_MASTHEAD_WORDS
        and all(w[0].isupper() for w in words)
        and _ends_paper_name([w.lower() for w in words], lexicon)
        and line.strip().endswith(words[-1])
    )


def _ends_paper_name(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the lower-case ``words`` of a capitalised line end with a paper's noun
    (:attr:`Lexicon.masthead_nouns`: ``Herald``), or with a common one
    (:attr:`Lexicon.masthead_common_nouns`: ``Times``, ``News``) after an article or
    after the paper's time of issue with one word before it at most (``Lornport Evening
    News``)."""
    last = words[-1]
    if last in lexicon.masthead_nouns:
        return True
    return (
        last in lexicon.masthead_common_nouns
        and len(words) > 1
        and (
            words[0] in lexicon.determiners
            or (words[-2] in lexicon.masthead_qualifiers and len(words) <= _MAX_QUALIFIED_WORDS)
        )
    )


def _opens_with_place(line: str) -> bool:
    """Whether a line opens with a known city and a colon (``Kyiv: Explosions rock the
    capital``): a headline above a lead that is all the rest of the article, never a
    quote by the city (without one, a first line is a headline only above two paragraphs
    or more)."""
    found = _PLACE_COLON.match(line)
    return found is not None and is_colon_city(found.group())


def headline_above(
    text: str,
    paragraphs: Sequence[Span],
    header: Header,
    dateline_paragraph: int,
    outlet: OutletRules | None = None,
    lexicon: Lexicon | None = None,
) -> Header:
    """The ``header`` with the paragraph right above the dateline's as the headline,
    where the header found none and that paragraph, the first after the header, reads
    as one: a wire's headline above a lead that is all its story (``Emelkedett az
    infláció`` above ``Budapest, 2026. március 4. (MTI) – …``)."""
    index = header.first_body
    if header.title is not None or dateline_paragraph != index + 1:
        return header
    span = paragraphs[index]
    line = span.of(text)
    if not _is_title(
        line, _furniture(outlet, lexicon), has_date_line=header.date_paragraph is not None
    ):
        return header
    return _headline_only(
        text,
        attrs.evolve(
            header, title=line, title_span=span, title_paragraph=index, first_body=index + 1
        ),
        outlet,
        lexicon,
    )


def dated_by_dateline(header: Header, date: str | None, lexicon: Lexicon | None = None) -> Header:
    """The ``header`` dated by the date that the story's dateline prints, where the date
    names its year (``LORNPORT, Ore., March 4, 2026 /PRNewswire/ --``, ``LORNPORT, 11 mars
    2026 (AFP) -``) and neither a crawl date line nor a page's date line dates the story:
    the day the story was filed is the article's own date.  A date without its year
    (``LONDON, March 1 (Reuters) -``) dates nothing."""
    if header.published_text is not None or header.date_paragraph is not None or not date:
        return header
    found = timestamp_date(date, lexicon)
    if found is None:
        return header
    return attrs.evolve(header, published=found, published_text=found.isoformat())
