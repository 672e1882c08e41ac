"""An outlet's labels for quotes and sources (Ukrainska Pravda's ``Quote:`` and
``Source:``, UNN's ``Цитата``).

A quote label stands on a line of its own, and the next paragraph is the quote, or it
opens a paragraph with a colon, and the words after it are the quote (``Quote from
Zelenskyy: "We are ready."``).  A label that names nobody leaves the quote to the source
of the last source line (``Source: Zelenskyy on Telegram``).
"""

from __future__ import annotations

import functools

import attrs
import regex

from newsstruct.lang import Lexicon, alternation
from newsstruct.model import Paragraph, Role, Span
from newsstruct.outlets import OutletRules, compile_patterns

__all__ = ["QuoteLabel", "quote_label", "source_line"]

# The name a source line opens with: capitalised words, which the language's phrase
# prepositions and name articles may join ("Oleh Petrenko, head of …", "Zelenskyy on
# Telegram", "Institute for the Study of War").
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*+"
_LOWER = r"\p{Ll}[\p{L}\p{M}'’\-]*+"  # a lower-case word ("прем'єр-міністерка")
_ROLE_WORDS = 6
_LOWER_WORD = regex.compile(_LOWER)


@attrs.frozen
class QuoteLabel:
    """A quote label: the span of the name it gives (``None`` when it names nobody) and
    the span of the quote after it in its own paragraph (``None``: the next paragraph)."""

    speaker: Span | None
    words: Span | None


@functools.cache
def _plain_labels(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """A label without a name, with its colon or alone on its line."""
    return regex.compile(rf"(?i:{alternation(labels)})(?:[ \t]*+:|[ \t]*+\.?[ \t]*+$)")


@functools.cache
def _source_labels(labels: tuple[str, ...], lexicon: Lexicon) -> regex.Pattern[str]:
    """A source label with its colon, and the name after it: capitalised words, and
    the lower-case words of a body's name between and after them (``Odesa port``,
    ``Повітряні сили``, ``Одеська обласна військова адміністрація``), up to a word of
    grammar or a cue (``on Telegram``, ``у зверненні``, ``and``, ``citing``)."""
    joining = alternation(lexicon.phrase_prepositions | lexicon.name_articles | {"&"})
    grammar = (
        lexicon.prepositions
        | lexicon.determiners
        | lexicon.conjunctions
        | lexicon.complementizers
        | lexicon.clause_openers
        | lexicon.cue_verbs  # "Reuters citing officials"
    )
    stop = rf"(?!{alternation(grammar)}(?![\p{{L}}\p{{M}}'’\-]))" if grammar else ""
    # (no lower-case word after a possessor: "Zelenskyy's evening address")
    word = rf"(?:(?:{joining}[ ]++){{0,2}}+{_CAPITALISED}|(?<![’']s[ ])(?<![’'][ ]){stop}{_LOWER})"
    name = rf"{_CAPITALISED}(?:[ ]++{word}){{0,5}}+"
    # the role words a name may follow ("Джерело: прем'єр-міністерка Юлія Свириденко")
    role = rf"(?:{_LOWER}[ ]++){{0,{_ROLE_WORDS}}}+"
    return regex.compile(
        rf"[ \t]*+(?i:{alternation(labels)})[ \t]*+:[ \t]*+(?P<role>{role})(?P<name>{name})"
    )


@functools.cache
def _label_rules(
    outlet: OutletRules | None, lexicon: Lexicon
) -> tuple[tuple[regex.Pattern[str], ...], regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """The quote label patterns, the plain quote labels and the source line of the outlet
    and the language together (joined once per pair, not for every paragraph)."""
    extra = outlet or OutletRules(name="")
    labels = extra.quote_labels + lexicon.quote_labels
    sources = extra.source_labels + lexicon.source_labels
    return (
        compile_patterns(extra.quote_label_patterns + lexicon.quote_label_patterns),
        _plain_labels(labels) if labels else None,
        _source_labels(sources, lexicon) if sources else None,
    )


def quote_label(
    text: str, paragraph: Paragraph, outlet: OutletRules | None, lexicon: Lexicon
) -> QuoteLabel | None:
    """The outlet's or the language's quote label that opens ``paragraph``, if any."""
    patterns, plain, _ = _label_rules(outlet, lexicon)
    if not patterns and plain is None:
        return None
    start = paragraph.span.start + len(paragraph.text) - len(paragraph.text.lstrip())
    line = paragraph.text.strip()
    speaker: Span | None = None
    for pattern in patterns:
        found = pattern.match(line)
        if found is not None:
            if found.groupdict().get("speaker"):
                speaker = Span(start + found.start("speaker"), start + found.end("speaker"))
            break  # "Quote from a 2019 interview:": a label that names no one
    else:
        found = plain.match(line) if plain is not None else None
        if found is None:
            return None
    end = start + found.end()
    rest = text[end : paragraph.span.end]
    if not rest.strip():
        return QuoteLabel(speaker, None) if paragraph.role is Role.MARKER else None
    if not text[start:end].rstrip().endswith(":"):
        return None  # "Quote of the day is …": a label runs on only after its colon
    words_start = end + len(rest) - len(rest.lstrip())
    return QuoteLabel(speaker, Span(words_start, paragraph.span.end))


def source_line(
    text: str, paragraph: Paragraph, lexicon: Lexicon, outlet: OutletRules | None
) -> Span | None:
    """The span of the name that the outlet's or the language's source line gives
    (``Source: Zelenskyy on Telegram``: ``Zelenskyy``), if ``paragraph`` is one."""
    source = _label_rules(outlet, lexicon)[2]
    if source is None:
        return None
    # bounded by the paragraph's end: the regex module reads past ``pos`` to its end
    # for the pattern's literal, so an unbounded match costs the rest of the text
    found = source.match(text, paragraph.span.start, paragraph.span.end)
    if found is None:
        return None
    start = found.start("name")
    end = found.end("name")
    while end > start and text[end - 1] in ".-":
        end -= 1  # "Source: Reuters."
    # a body's part before a body's name is the source as written ("Джерело: пресслужба
    # СБУ", "Source: press service of the Lornport council"); a person's role is not
    # ("Джерело: мер Лорнова Ігор Савчук", "Source: ministry spokeswoman Ann Lee": the
    # name alone, a role noun that names no body after the body's word)
    words = [w.casefold() for w in text[found.start("role") : found.end("role")].split()]
    if not any(w in lexicon.role_nouns and w not in lexicon.body_nouns for w in words):
        for word in _LOWER_WORD.finditer(text, found.start("role"), found.end("role")):
            if word.group().casefold() in lexicon.body_nouns:
                start = word.start()
                break
    return Span(start, end)
