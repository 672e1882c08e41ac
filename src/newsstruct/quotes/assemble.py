"""From quotations and cue frames to quotes: direct, reported or mixed, with their sources.

* A frame whose content is one quotation gives a DIRECT quote of the quotation's words;
  content that carries a quotation among other words is MIXED; content without one is
  REPORTED.
* A quotation that no frame claims is a DIRECT quote when it reads as speech (a clause,
  or words closed by punctuation inside the marks) and not as a term or a title in
  marks.  It takes the cue of an earlier quote of its paragraph (``“A,” he said. “B.”``),
  the ``X said:`` before it, or, when none, the speaker of the discourse (resolved in
  :mod:`newsstruct.speakers`).
* A paragraph without marks that is a speaker's own words in the first person and ends
  in a comma (a crawl that lost the cue), or one closed by a dash and its cue
  (``… - the company said.``), is a DIRECT quote.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import attrs
import regex

from newsstruct.lang import (
    COMMAS,
    MARKED_HEAD,
    SENTENCE_STOPS,
    Lexicon,
    cue_verb,
    is_acronym,
    is_company_name,
    is_outlet_name,
    names_platform,
    opens_time_phrase,
    verb_gender,
)
from newsstruct.model import Paragraph, QuoteKind, Role, Span
from newsstruct.outlets import OutletRules, names_medium, self_name_forms
from newsstruct.outlets._places import is_colon_city
from newsstruct.quotes.complements import subjunctive_by_ending
from newsstruct.quotes.cues import (
    Frame,
    attribution_in,
    colon_subject,
    find_frames,
    forget_readers,
    signature_after,
    signature_before,
    speech_act,
)
from newsstruct.quotes.dash_closed import (
    Closing,
    closes_previous,
    closing_attribution,
    in_first_person,
    is_dash,
    last_sentence,
    runs_back,
)
from newsstruct.quotes.labels import QuoteLabel, quote_label, source_line
from newsstruct.quotes.marks import DOUBLE_MARKS, QuotedSpan
from newsstruct.quotes.reading import (
    DASHES,
    MARKED_NAME_LENGTH,
    NAME_WORDS,
    NOUN_MODIFIERS,
    TokenReader,
    contraction_pronoun,
    cue_table,
    is_name_quotation,
    is_short_name_quotation,
    possessive_ending,
    titled_article,
    trim_end,
)
from newsstruct.quotes.tokens import (
    LOWER,
    WORD,
    Token,
    is_abbreviation_dot,
    split_complementizers,
    split_glued_cues,
    split_postposition_particles,
    title_cased,
    tokenize,
    units,
    visible,
)

__all__ = ["Draft", "assemble_quotes"]

_SKIPPED_ROLES = frozenset({Role.TITLE, Role.DATELINE, Role.MARKER, Role.BOILERPLATE})
_SPOKEN_ROLES = frozenset({Role.BODY, Role.BACKGROUND})  # words a colon's cue introduces
# After the closing mark a comma sets a quotation off, but the full-width one: Chinese puts
# a quotation's own inside its marks ("“Q，”他说") and a term's after them ("“T”，").
_COMMAS_AFTER = ",،"
_COLONS = ":："
_NAME_MARKS = DOUBLE_MARKS + "'‘’‚‹›"  # the marks around a name printed in them
_LETTER = regex.compile(r"\p{L}")
_MIN_SPEECH_WORDS = 4
_MAX_TITLE_WORDS = 8
_MIN_BORROWED_CLAUSE = 9  # words from which a fragment amid a sentence is quoted speech
_MAX_WEDGED_WORDS = 6  # words of a phrase in marks between two words of the writer's
_ELLIPSES = ("…", "...")  # a cut in quoted words
# The drafts looked back over for the words an attribution credits or goes on with (the
# sentence before "This was reported by X", a quote of the paragraph before a quotation):
# the last ones, at most, which keeps assembly linear on any input.
_LOOKBACK = 60


@attrs.frozen
class Draft:
    """A quote before its speaker is resolved.

    ``source`` is the span of the speaker's mention where the text gives one;
    ``follows`` says where to look otherwise: ``"previous"`` (the speaker of the
    discourse so far), ``"answer"`` (an interview's answer: the speaker so far, else
    the last person the text named, the interviewee of ``We spoke with Jo Roe``) or
    ``"next"`` (a quote that runs on into the next paragraph).
    """

    kind: QuoteKind
    span: Span
    paragraph: int
    cue: Span | None = None
    source: Span | None = None
    follows: str = ""
    particle: Span | None = None  # a separable cue's particle away from it ("teilte … mit")
    labelled: bool = False  # the source is the name a quote label gives ("Пряма мова X:")
    name: Span | None = None  # the source's name in marks after its article ("die liberale „Zeit“")


_MAX_CREDIT_WORDS = 3  # words of a credit before the outlet's name
_SELF_CREDIT_CHARS = 60  # characters of an outlet's credit to itself, at most


def _goes_on_single(text: str, quote: QuotedSpan, drafts: list[Draft]) -> bool:
    """Whether a paragraph wholly in single marks goes on the direct quote in single
    marks of the paragraph before it (``'Q1,' she said.`` then ``'Q2.'``): the speaker's
    words, no subhead."""
    last = drafts[-1] if drafts else None
    return (
        last is not None
        and last.kind is QuoteKind.DIRECT
        and last.paragraph == quote.paragraph - 1
        and last.span.start > 0
        and quote.opening is not None
        and text[last.span.start - 1] == text[quote.opening]
    )


def _before_self_credit(
    text: str, start: int, end: int, outlet: OutletRules | None, lexicon: Lexicon
) -> int:
    """The end of a sentence without its final stop and the outlet's credit to itself
    after its last comma (``…, UNN reports.``, ``…, передає УНН.``)."""
    end = trim_end(text, start, end)
    comma = text.rfind(",", start, end)
    if outlet is None or comma < 0:
        return end
    # "UNN reports", "writes UNN", "UNN reports with reference to the ministry"
    words = f" {' '.join(text[comma + 1 : end].split()[:_MAX_CREDIT_WORDS]).casefold()} "
    if any(f" {name} " in words for name in self_name_forms(outlet, lexicon)):
        return trim_end(text, start, comma)
    return end


class _Paragraph:
    """The drafts of one paragraph."""

    def __init__(
        self,
        text: str,
        index: int,
        tokens: list[Token],
        quoted: Sequence[QuotedSpan],
        lexicon: Lexicon,
        names: dict[Span, Span] | None = None,
    ) -> None:
        self.text = text
        self.index = index
        self.tokens = tokens
        self.quoted = quoted
        self.lexicon = lexicon
        self.names = names

    def span_of(self, first: int, end: int) -> Span:
        """The text span of tokens ``first`` to ``end``, without the spaces and the
        sentence or clause punctuation it ends in."""
        start = self.tokens[first].start
        stop = trim_end(self.text, start, self.tokens[end - 1].end)
        # an opening mark that the trimmed content starts with stays: mixed spans keep marks
        return Span(start, max(start, stop))

    def source_span(self, source: tuple[int, int] | None) -> Span | None:
        """The text span of a source's tokens, without a sentence adverb before it, a
        preposition after it or a clitic or a possessive ending on its last word; where
        the reader keeps ``names``, a source that is an article and a name in marks
        (:func:`titled_article`: ``die liberale „Zeit“``) leaves its name there."""
        if source is None:
            return None
        start, stop = source
        while start < stop and (
            self.tokens[start].is_capitalised
            and self.tokens[start].lower in self.lexicon.sentence_adverbs
        ):
            start += 1  # "Now Jo Roe says": the adverb is no part of the name
        while stop - start > 2 and self.tokens[stop - 1].lower in self.lexicon.phrase_prepositions:
            stop -= 1  # "the head of": a noun phrase ends with no preposition
        if (
            self.lexicon.capitalised_nouns
            and stop - start > 1
            and self.tokens[start].lower in self.lexicon.pronouns
            and self.tokens[start + 1].kind == "w"
            and not self.tokens[start + 1].is_capitalised
        ):
            stop = start + 1  # "…, wie er lachend erklärte": the adverb no part of the pronoun
        if start >= stop:
            return None
        source = (start, stop)
        last = self.tokens[source[1] - 1]
        end = last.end
        pronoun = contraction_pronoun(last.lower, self.lexicon)
        ending = possessive_ending(last.lower, self.lexicon)
        if pronoun:
            end -= len(last.lower) - len(pronoun)  # "She's saying that C": the pronoun
        elif ending and len(last.lower) > len(ending) and self._owns_speech(stop):
            end -= len(ending)  # "Lee's answer: “Q”": the possessor without its ending
        span = Span(self.tokens[source[0]].start, end)
        if (
            self.names is not None
            and self.tokens[stop - 1].kind == "q"
            and self.tokens[start].lower in self.lexicon.name_quotation_articles
            and titled_article(self.tokens, stop - 1, self.lexicon, table=cue_table(self.lexicon))
            == start
        ):
            self.names[span] = Span(self.tokens[stop - 1].start, end)
        return span

    def _owns_speech(self, stop: int) -> bool:
        """Whether a noun of speech follows ``stop`` (``Lee's answer``, ``Lee's message``),
        or a medium noun past a few lower-case adjectives (``Lee's full statement``)."""
        if stop < len(self.tokens) and (
            self.tokens[stop].lower in cue_table(self.lexicon).speech_nouns
            or self.tokens[stop].lower in self.lexicon.utterance_nouns
        ):
            return True
        for token in self.tokens[stop : stop + NOUN_MODIFIERS + 1]:
            if token.lower in self.lexicon.medium_nouns:
                return True
            if (
                token.kind != "w"
                or token.is_capitalised
                or possessive_ending(token.lower, self.lexicon)
            ):
                return False
        return False

    def cue_span(self, frame: Frame) -> Span:
        """The text span of a frame's cue."""
        return Span(self.tokens[frame.cue[0]].start, self.tokens[frame.cue[1] - 1].end)

    def quotes_in(self, content: tuple[int, int]) -> list[int]:
        """The indices of the quotation tokens in a token range."""
        if not self.quoted:
            return []  # (a paragraph without quotations has no token of one: most of them)
        return [i for i in range(*content) if self.tokens[i].kind == "q"]

    def first_person(self, content: tuple[int, int]) -> bool:
        """Whether the words are in the first person (``we``, ``my``)."""
        return any(self.tokens[i].lower in self.lexicon.first_person for i in range(*content))

    def words_in(self, content: tuple[int, int]) -> int:
        """How many words a token range holds."""
        return sum(1 for i in range(*content) if self.tokens[i].kind == "w")


def reads_as_speech(text: str, quote: QuotedSpan, fills_unit: bool, lexicon: Lexicon) -> bool:
    """Whether a quotation reads as someone's words rather than a term or a title.

    A title may leave the lexicon's minor words in lower case (``Salt Is the New
    Gold``).  Where every noun is capitalised, words that are all capitalised and end in
    a question or an exclamation inside the marks are a sentence (``„Dein Hafen, Dein
    Schiff!“``), not a title (an abbreviation's full stop ends a title too: ``„N. Bad.
    Ztg.“``)."""
    content = quote.content.of(text)
    words = WORD.findall(content)
    if not words:
        return False
    numbers = sum(1 for w in words if w[0].isdigit())
    if 3 * numbers >= len(words):
        return False  # a table row after ditto marks: „ 4% „ 57 1/2 ditto, „ 60 k. S. 59
    closed_inside = _closed_inside(text, quote)
    if _is_title(text, quote, words, lexicon):
        return False  # a title or a name in marks: "The Jo Roe Harbour Hour,"
    if len(words) >= _MIN_SPEECH_WORDS:
        return True
    return len(words) >= 2 and (
        (fills_unit and closed_inside)
        or (lexicon.open_signatures and _set_off_as_speech(text, quote))
    )


def _set_off_as_speech(text: str, quote: QuotedSpan) -> bool:
    """Whether punctuation sets the quotation off as speech: a comma that ends it, inside
    its closing mark or right after it (``“Q,” rekla je``, ``„Q“, rekao je``), or a
    colon before its opening mark where the quotation ends its sentence (``rekla je:
    „Q.“``, but not ``je jasna: „nova pravila“ za sve``), or a dash after its closing
    mark (``„Q” – mondta X``); the convention of every language that sets quotation
    marks."""
    if quote.closing is None or quote.opening is None:
        return False
    after = quote.closing + 1
    dash = after
    while dash < len(text) and text[dash] == " " and dash - after < _SPACES:
        dash += 1
    before = quote.opening - 1
    while before > 0 and text[before] == " " and quote.opening - before < _SPACES:
        before -= 1
    following = text[after : after + 1]  # "" at the end of the text
    ends_sentence = (
        text[quote.content.end - 1] in SENTENCE_STOPS or following in SENTENCE_STOPS + "\n"
    )
    return (
        text[quote.content.end - 1] in COMMAS
        or (following != "" and following in _COMMAS_AFTER)
        or (dash > after and text[dash : dash + 1] in _SIGNATURE_DASHES)
        or (text[before : before + 1] in _COLONS and ends_sentence)
    )


def _is_title(
    text: str,
    quote: QuotedSpan,
    words: Sequence[str],
    lexicon: Lexicon,
    *,
    max_words: int = _MAX_TITLE_WORDS,
    of_work: bool = False,
) -> bool:
    """Whether a quotation's words are a title's: a few words, each capitalised but the
    lexicon's minor words (``Salt Is the New Gold``).  A work's title (``of_work``)
    may be longer, hold numbers and end in ``!`` or ``?`` where nouns are capitalised."""
    return (
        len(words) <= max_words
        and title_cased(words, lexicon.title_minor_words, digits=of_work)
        and (of_work or not (lexicon.capitalised_nouns and text[quote.content.end - 1] in "!?"))
    )


def _title_in_sentence(
    text: str,
    quote: QuotedSpan,
    tokens: Sequence[Token],
    position: int,
    start: int,
    lexicon: Lexicon,
) -> bool:
    """Whether the quotation at token ``position`` (of a unit from ``start``) is a title
    amid a sentence: a word comes right before it (``told "Good Morning America"``,
    ``on "This Week,"``), but no cue of its words or of naming, and its words are a
    title's, not ending in a question or an exclamation."""
    before = tokens[position - 1] if position > start else None
    return (
        before is not None
        and before.kind == "w"
        and (
            before.lower not in lexicon.cue_verbs  # "said “The Voters”": the words
            or before.lower in lexicon.object_cue_verbs  # "told “Good Morning America”"
        )
        and before.lower not in lexicon.naming_cues  # "one he calls “Fair Play”"
        and before.lower not in lexicon.quotation_cues  # "a sign that read “Vote Roe”"
        and text[quote.content.end - 1] not in "!?"  # "shouted “What a Night!”"
        # a title's few words (tokenize counted them and read their case)
        and tokens[position].words <= _MAX_TITLE_WORDS
        and tokens[position].titled
    )


_MAX_WORK_TITLE_WORDS = 14  # "Low Tide: Jo Roe's Long Fight for the Old Pier of Lornport …"


def _work_title(
    text: str, quote: QuotedSpan, tokens: Sequence[Token], position: int, lexicon: Lexicon
) -> bool:
    """Whether the quotation at token ``position`` is the title of a work that a noun
    before it names (:attr:`Lexicon.work_nouns`): right after the noun, after its comma
    or after a naming cue (``the movie “Sail Away!”``, ``his book, “Make It Big,”``, ``a
    play called “The Harbour”``), with a title's words, a colon's subtitle too."""
    k = position - 1
    if k >= 0 and tokens[k].kind == "p" and tokens[k].text == ",":
        k -= 1
    if k >= 1 and tokens[k].lower in lexicon.naming_cues:
        k -= 1
    return (
        k >= 0
        and tokens[k].lower in lexicon.work_nouns
        and _is_title(
            text,
            quote,
            WORD.findall(quote.content.of(text)),
            lexicon,
            max_words=_MAX_WORK_TITLE_WORDS,
            of_work=True,
        )
    )


# a year in brackets right after a quotation's closing mark: "“Stop the Tax!” (2005)"
_DATED = regex.compile(r"[ \t]?+\((?:1[5-9]|20)\p{Nd}{2}\)")


def _dated(text: str, quote: QuotedSpan) -> bool:
    """Whether a year in brackets follows the quotation's closing mark (``the poster
    “Stop the Tax!” (2005)``, ``the song “Lornia Blues” (1968)``): a work, a slogan or a
    poster cited with its date, words on record rather than a quote of speech."""
    return quote.closing is not None and _DATED.match(text, quote.closing + 1) is not None


_APPOSITION_REACH = 5  # tokens of "on Aug. 10" between a work's noun and its comma


def _titled_apposition(tokens: Sequence[Token], position: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at token ``position`` is set off by commas as the name of a
    work that the noun before it gives (:attr:`Lexicon.work_nouns`), in any case: the
    noun, a phrase of its date or place at most, a comma, then the quotation closed by its
    own comma and the sentence going on in lower case (``Lee Dale's column, “Tell your
    story, mayor,” is thoughtful``, ``In her essay on May 10, “The fight must stop,”
    the councillor …``): a title, no words spoken."""
    quotation = tokens[position]
    if not (
        quotation.comma
        and position >= 2
        and tokens[position - 1].kind == "p"
        and tokens[position - 1].text == ","
        and position + 1 < end
        and tokens[position + 1].kind == "w"
        and not tokens[position + 1].is_capitalised
    ):
        return False
    k = position - 2
    stop = max(-1, k - _APPOSITION_REACH)
    while (
        k > stop
        and (tokens[k].kind == "w" or tokens[k].text == ".")  # "Aug.": an abbreviation's
        and tokens[k].lower not in lexicon.work_nouns
    ):
        k -= 1
    # the noun right before the comma, or before a phrase its preposition opens
    return (
        k > stop
        and tokens[k].lower in lexicon.work_nouns
        and (k == position - 2 or tokens[k + 1].lower in lexicon.prepositions)
    )


def _title_after_colon(
    text: str,
    quote: QuotedSpan,
    tokens: Sequence[Token],
    position: int,
    start: int,
    end: int,
    lexicon: Lexicon,
) -> bool:
    """Whether a quotation (token ``position`` of the unit ``start``..``end``) after a
    colon reads as a title: short, with no cue word before it in the unit, and the
    sentence goes on after it (``sein Singspiel: „Die Brüder“ mit großem Erfolg``)."""
    following = tokens[position + 1] if position + 1 < end else None
    return (
        tokens[position - 1].text == ":"
        and tokens[position].words <= _MAX_TITLE_WORDS
        and following is not None
        and (following.text == "," or following.kind == "w")
        and not any(
            t.lower in lexicon.cue_verbs or t.lower in lexicon.clause_nouns
            for t in tokens[start:position]
        )
    )


def _borrowed_words(
    text: str,
    quote: QuotedSpan,
    tokens: Sequence[Token],
    position: int,
    unit: tuple[int, int],
    lexicon: Lexicon,
) -> bool:
    """Whether a quotation (token ``position``) that no frame attributes is a few words
    the writer's own sentence runs through (``the board printed a timetable “nobody could
    read” last year``): a word of the sentence (the tokens ``unit``) right before it, no
    cue word in the sentence unless that word is a preposition (``who said little, worked
    at “making the pier safe”``: the quotation is its object) or the quotation is a short
    phrase wedged between two words of the sentence (:func:`_wedged_phrase`), its first letter
    lower-case, fewer than :data:`_MIN_BORROWED_CLAUSE` words, and no punctuation inside
    its marks unless the language sets the sentence's full stop there
    (:attr:`~newsstruct.lang.Lexicon.stops_inside_marks`: ``the ferry was a “gift for
    every family.”``): borrowed wording, no quote of its own."""
    start, end = unit
    if position <= start or tokens[position - 1].kind != "w":
        return False
    words = WORD.findall(quote.content.of(text))
    if (
        tokens[position - 1].lower not in lexicon.prepositions
        and any(t.lower in lexicon.cue_verbs for t in tokens[start:end])
        and not _wedged_phrase(text, quote, tokens, position, end, len(words))
    ):
        return False  # "offering “a deep apology”", "X “did C,” said Y": a cue no frame read
    if _closed_inside(text, quote) and not lexicon.stops_inside_marks:
        return False  # "die Fähre sei ein „Geschenk für alle.“": a clause ends inside
    return bool(words) and words[0][0].islower() and len(words) < _MIN_BORROWED_CLAUSE


def _wedged_phrase(
    text: str, quote: QuotedSpan, tokens: Sequence[Token], position: int, end: int, words: int
) -> bool:
    """Whether a short quotation that no frame attributes sits between two words of
    the writer's sentence, with no punctuation and no ellipsis inside its marks (``she
    heard “more than a few” in the hall shout``): a phrase the sentence runs through,
    even where a cue word of another clause stands in the sentence.  Not after a
    capitalised word: a name's quoted predicate is its words (``Jo Roe “looks forward
    to it” as well``)."""
    return (
        words <= _MAX_WEDGED_WORDS
        and not tokens[position - 1].is_capitalised
        and position + 1 < end
        and tokens[position + 1].kind == "w"
        and not _closed_inside(text, quote)
        and not any(dots in quote.content.of(text) for dots in _ELLIPSES)
    )


def _reads_as_sentence(text: str, quote: QuotedSpan) -> bool:
    """Whether the quotation's words open with a capital and end in punctuation inside
    its marks: a sentence of its own (``“Why now?”``), not a term (``“song writer.”``)."""
    first = WORD.search(text, quote.content.start, quote.content.end)
    return first is not None and first.group()[0].isupper() and _closed_inside(text, quote)


def _sentence_after_colon(text: str, quote: QuotedSpan, lexicon: Lexicon) -> bool:
    """Whether a quotation of two words or more that reads as a sentence of its own (a
    capital first, a sentence's stop inside its marks) and no title follows a colon: the
    words the sentence before announces (``Jo Roe was blunt: “We lost.”``)."""
    if quote.opening is None or text[quote.content.end - 1] not in SENTENCE_STOPS:
        return False
    before = text[max(0, quote.opening - _SPACES) : quote.opening].rstrip()
    words = WORD.findall(text, quote.content.start, quote.content.end)
    return (
        before[-1:] in _COLONS
        and len(words) >= 2
        and words[0][0].isupper()
        and not _is_title(text, quote, words, lexicon)
    )


def _closed_inside(text: str, quote: QuotedSpan) -> bool:
    """Whether the quotation's words end in punctuation inside its marks."""
    return text[quote.content.end - 1] in SENTENCE_STOPS + COMMAS


_MAX_LABEL_WORDS = 4
_LABEL_OPENING = regex.compile(r"([^:\n]{1,60}?)[ \t]*+(?:\([^()\n]{0,40}\)[ \t]*+)?:")
_SUBHEAD_WORDS = 5  # the words of a subhead under a name (``Roe: A closing surge.``), at most
_ROSTER_COMMAS = 3  # the commas of a roster after a label, at least
_SPACES = 3  # spaces between a colon or a dash and the quotation, at most
_SIGNATURE_DASHES = ("\N{EN DASH}", "\N{EM DASH}")  # "„Q” – mondta X"
_MAX_DASH_NAME = 6
_MAX_SIGNER_ROLE = 8  # the words that describe the name after a signing dash, at most
_MAX_SIGNATURE_WORDS = 12  # a pull quote's signature line: "Jo Roe, director of the port."
_MAX_COLON_NAME = 14  # tokens of "Rep. Jo Roe (R-Ohio)" or "Jo Roe and Al Poe"
_ROLE_GENITIVES = 3  # lower-case words of a role noun's complement ("Речник міської ради")


def _frames_by_start(frames: Sequence[Frame]) -> dict[int, Frame]:
    """Frames that may follow a quotation, by the token their source or cue starts at."""
    found: dict[int, Frame] = {}
    for frame in frames:
        if frame.source is not None and frame.form in ("after", "colon"):
            found.setdefault(frame.source[0], frame)
            found.setdefault(frame.cue[0], frame)
    return found


def _resumed(
    tokens: Sequence[Token],
    position: int,
    unit: tuple[int, int],
    frames: Sequence[Frame],
    lexicon: Lexicon,
) -> bool:
    """Whether the quotation at ``position`` resumes one that opens its unit or follows
    its colon after an attribution set off by commas, and closes the unit, however short
    (``„A“, sagte X, „aber lösbar.“``, ``X sagte: „A“, fügte sie hinzu, „B.“``; the first
    comma inside the marks: ``“A,” she laughed, “B.”``): a frame's cue lies between the
    two, and only words (and the dots of abbreviations) between the commas.  A list's or
    a contrast's conjunction after the second comma joins the two (``“A,” she wrote to
    the board, and “B.”``); the first quotation, its comma inside the marks, may then end
    words of the writer's (``The pier is “sound,” Jo Roe wrote, and “worth it.”``)."""
    start, end = unit
    before = next((m for m in range(position - 1, start - 1, -1) if tokens[m].kind == "q"), start)
    between = tokens[before + 1 : position]
    inside = tokens[before].comma  # "“A,” she laughed, “B.”": the comma in the marks
    joined = (
        len(between) > 2
        and between[-2].text == ","
        and (
            between[-1].lower in lexicon.list_conjunctions
            or between[-1].lower in lexicon.adversative_conjunctions
        )
    )
    if joined:
        between = between[:-1]
    opens = (
        all(t.kind == "p" for t in tokens[start:before])
        or (before > start and tokens[before - 1].text == ":")
        or (joined and inside)
    )
    return (
        opens
        and tokens[before].kind == "q"
        and len(between) > (1 if inside else 2)
        and (inside or between[0].text == ",")
        and between[-1].text == ","
        and all(t.kind == "w" or t.text in ",." for t in between)
        and all(t.kind == "p" for t in tokens[position + 1 : end])
        and any(before < frame.cue[0] < position for frame in frames)
    )


def _frame_after(frames: dict[int, Frame], position: int, tokens: Sequence[Token]) -> Frame | None:
    """``“A,” he said, “B.”``: the frame right after quotation A, whose content is B."""
    step = position + 1
    while step < len(tokens) and tokens[step].kind == "p" and tokens[step].text in ",—–-":
        step += 1
    return frames.get(step)


def _in_noun_phrase(tokens: Sequence[Token], position: int, start: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``position`` is part of a noun phrase: after an article
    or a name's possessive (``the “Growth Project,”``, ``CNN’s “This Week,”``), it is a
    title or a term, no words spoken."""
    if position <= start or tokens[position - 1].kind != "w":
        return False
    before = tokens[position - 1]
    if is_name_quotation(tokens, position, lexicon):
        return True  # "компанія «Укргаз»", "Jo “the Hammer” Roe": a name
    if before.lower in lexicon.term_openers:
        # "the plan was a “cure for everything”": a predicate, said of something
        return not (position - 1 > start and tokens[position - 2].lower in lexicon.auxiliaries)
    ending = possessive_ending(before.lower, lexicon)
    if not ending or not before.is_capitalised:
        return False
    owner = before.lower[: -len(ending)]  # "It’s": a pronoun's contraction, no possessive
    return not (
        owner in lexicon.pronouns or owner in lexicon.determiners or owner in lexicon.clause_openers
    )


def _authored(tokens: Sequence[Token], position: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the quotation at ``position`` is credited to its author right after it
    (``“The Last Ferry,” by Jo Roe``, ``“Boats Again” by the Harbour Times``): a title
    of a work, no speech."""
    step = position + 1
    if step < end and tokens[step].text == ",":
        step += 1
    if step + 1 >= end or tokens[step].lower not in lexicon.author_prepositions:
        return False
    name = step + 1
    if tokens[name].lower in lexicon.name_articles and name + 1 < end:
        name += 1
    return tokens[name].is_capitalised


def _quotation_then_adjunct(tokens: Sequence[Token], frame: Frame, lexicon: Lexicon) -> bool:
    """Whether content opens with a quotation that the words after it do not go on
    (``called it “a trap” - and left``, ``said “no comment” when asked``): a dash or a
    clause of time or manner follows it, or its words end a sentence or a phrase (a
    comma inside the closing mark, after the cue: ``said, “It is time,” pointing to the
    polls``)."""
    assert frame.content is not None
    first, end = frame.content
    if tokens[first].kind != "q" or first + 1 >= end:
        return False
    after = tokens[first + 1]
    adjunct = after.lower in lexicon.object_adjuncts or after.lower in lexicon.as_words
    phrase_ends = frame.form != "before" and tokens[first].comma
    return tokens[first].final or is_dash(after) or adjunct or phrase_ends


def _adjunct_then_quotation(tokens: Sequence[Token], frame: Frame, lexicon: Lexicon) -> bool:
    """Whether content before its cue is an adjunct of the speech, a comma and a
    quotation that ends it: its time or its medium (``On Monday, “Q,” X said``, ``In a
    statement, “Q,” said X``) or a participle's clause (``Asked about it, “Q,” said X``,
    ``Turning to the budget, “Q,” X said``) is no part of the quote (but ``With a hundred
    systems, “Q,” X said``: the words go on with the quotation)."""
    assert frame.content is not None
    first, end = frame.content
    last = end - 1
    while last > first and tokens[last].kind == "p":
        last -= 1
    if not (
        frame.form == "before"
        and tokens[last].kind == "q"
        and last - 1 > first
        and tokens[last - 1].text == ","
    ):
        return False
    word = tokens[first].lower
    return (
        opens_time_phrase(word, tokens[first + 1].lower if first + 1 < last - 1 else "", lexicon)
        or (
            word in lexicon.medium_prepositions
            and any(tokens[m].lower in lexicon.medium_nouns for m in range(first, last - 1))
        )
        or _participle_clause(tokens, first, last, lexicon)
    )


def _participle_clause(
    tokens: Sequence[Token], first: int, quotation: int, lexicon: Lexicon
) -> bool:
    """Whether the words from ``first`` to the comma before the quotation at
    ``quotation`` are a participle's clause that opens a sentence: a question cue
    (``Asked about it``), or a word of the participle's ending before a lower-case word
    where the quotation opens a sentence of its own (``Turning to the budget, “We…”``;
    not ``Right-wing parties, “have…”`` nor ``Browning Street``)."""
    word = tokens[first].lower
    if word in lexicon.question_cues:
        return True
    return (
        quotation - first > 2
        and word.isalpha()
        and word.endswith(lexicon.participle_endings)
        and not tokens[first + 1].is_capitalised
        and not tokens[quotation].opens_lower
    )


def _colon_speaker(
    tokens: Sequence[Token], position: int, start: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """``Bush: “The mission is …”``, ``Rep. Jo Roe (R-Ohio): “…”``, ``Jo Roe and Al
    Poe: “…”``: a name, a colon and the quotation open the unit, or follow a dash
    that closes a headline (``POLLS WERE EARLY - Jo Roe: “…”``)."""
    colon = position - 1
    if colon - start < 1 or not (tokens[colon].kind == "p" and tokens[colon].text == ":"):
        return None
    first = colon
    while first > start and colon - first < _MAX_COLON_NAME:
        token = tokens[first - 1]
        if (
            is_dash(token)
            and first - 2 >= start
            and tokens[first - 2].end < token.start
            and token.end < tokens[first].start
        ):
            break  # a dash between spaces: the headline's end
        joins = (
            token.lower in lexicon.conjunctions  # "Jo Roe and Al Poe:"
            and first - 2 >= start
            and tokens[first - 2].is_capitalised
        )
        # "Former secretary of state Jo Roe:": the role words before the name
        role = token.kind == "w" and (
            token.lower in lexicon.role_nouns
            or token.lower in lexicon.phrase_prepositions
            or (first - 2 >= start and tokens[first - 2].lower in lexicon.phrase_prepositions)
            or _role_genitive(tokens, first - 1, start, lexicon)  # "Речник порту Павло Роу:"
        )
        # "Dazu die Ministerin:": an article before its capitalised noun, after the adverb
        # or the preposition that opens the unit
        article = (
            lexicon.capitalised_nouns
            and token.lower in lexicon.determiners
            and tokens[first].is_capitalised
            and first - 2 == start
            and (
                tokens[start].lower in lexicon.auxiliaries
                or tokens[start].lower in lexicon.prepositions
            )
        )
        if not (
            token.is_capitalised
            or joins
            or role
            or article
            or (token.kind == "p" and token.text in ".’'-()")
        ):
            if token.text == "," and _role_before_named(tokens, start, first, colon, lexicon):
                return (start, colon)
            return _named_before_role(tokens, start, colon, lexicon)
        if article:
            return (first - 1, colon)
        first -= 1
    if first == colon or colon - first >= _MAX_COLON_NAME or not tokens[first].is_capitalised:
        return None
    return (first, colon)


def _role_genitive(tokens: Sequence[Token], m: int, start: int, lexicon: Lexicon) -> bool:
    """Where nouns go bare of articles, whether the lower-case word at ``m`` is one of a
    few that follow a role noun as its complement in the genitive (Ukrainian ``Речник
    порту Павло Роу:``, Polish ``Rzecznik portu miejskiego Paweł Roe:``, the port's
    spokesman): no verb, copula (Danish ``Ministeren var klar:``), pronoun, preposition
    or conjunction among them."""
    if not lexicon.bare_noun_subjects:
        return False
    for k in range(m, max(start, m - _ROLE_GENITIVES) - 1, -1):
        token = tokens[k]
        if k < m and token.lower in lexicon.role_nouns:
            return True
        if (
            token.kind != "w"
            or token.is_capitalised
            or token.lower in lexicon.cue_verbs
            or token.lower in lexicon.auxiliaries
            or token.lower in lexicon.passive_auxiliaries  # "Ministeren var klar:"
            or token.lower in lexicon.copular_verbs
            or token.lower in lexicon.finite_verbs
            or token.lower in lexicon.pronouns
            or token.lower in lexicon.prepositions
            or token.lower in lexicon.conjunctions
        ):
            return False
    return False


def _role_before_named(
    tokens: Sequence[Token], start: int, name: int, colon: int, lexicon: Lexicon
) -> bool:
    """``Le porte-parole du port, Paul Roe : « … »``: whether a description with a role
    noun opens the unit and a full name runs from its comma (before ``name``) to the
    colon."""
    words = tokens[start : name - 1]
    return (
        colon - name >= NAME_WORDS
        and tokens[name].is_capitalised
        and tokens[start].is_capitalised
        and _describes(words, lexicon)
        and any(t.lower in lexicon.role_nouns for t in words)
    )


def _named_before_role(
    tokens: Sequence[Token], start: int, colon: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """``Jo Roe, the harbour director: “…”``: a full name opens the unit, a description
    with a role noun after its comma runs to the colon (:func:`_signers_role`); the
    name's tokens."""
    comma = next((m for m in range(colon - 1, start, -1) if tokens[m].text == ","), None)
    if comma is None or not _signers_role(tokens, comma, colon, lexicon):
        return None
    if not any(t.lower in lexicon.role_nouns for t in tokens[comma + 1 : colon]):
        return None  # "Remember Jo Roe, who told us:": the words after it hold no role
    name = tokens[start:comma]
    if not (
        NAME_WORDS <= len(name) <= _MAX_COLON_NAME
        and all(t.is_capitalised or (t.kind == "p" and t.text in ".’'-") for t in name)
        and name[-1].kind == "w"
        # "In Lornport, the harbour master:": a place, no name
        and not any(t.lower in lexicon.prepositions or t.lower in lexicon.determiners for t in name)
    ):
        return None
    return (start, comma)


def _dash_attribution(
    tokens: Sequence[Token], position: int, end: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """``“…” ― Jane Roe``: a name after a dash closes the unit and signs the quotation,
    a description after a comma too (``“…” — Jane Roe, harbour master``)."""
    step = position + 1
    if step >= end or not (tokens[step].kind == "p" and tokens[step].text in "―—–-"):
        return None
    step += 1
    while step < end and tokens[step].kind == "p" and tokens[step].text in "―—–-":
        step += 1
    first = step
    while (
        step < end
        and step - first < _MAX_DASH_NAME
        and (
            tokens[step].is_capitalised
            or (tokens[step].kind == "p" and tokens[step].text in ".’'-")
        )
    ):
        step += 1
    rest = [t for t in tokens[step:end] if not (t.kind == "p" and t.text in ".,;")]
    if step == first or (rest and not _signers_role(tokens, step, end, lexicon)):
        return None
    return (first, step)


def _signers_role(tokens: Sequence[Token], comma: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the words from the comma at ``comma`` to ``end`` describe the name that
    signs a quotation (``— Jo Roe, harbour master of Lornport.``): a few words, no
    quotation, verb, auxiliary or pronoun (``— Jo Roe, who runs the harbour``)."""
    return (
        tokens[comma].kind == "p"
        and tokens[comma].text == ","
        and _describes(tokens[comma + 1 : end], lexicon)
    )


def _describes(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether ``words`` may describe a person named beside them (``harbour master of
    Lornport``, Spanish ``directora de la empresa``: an article is no clitic): a few
    words, no quotation, verb, auxiliary or pronoun (``who runs the harbour``)."""
    return 0 < sum(t.kind == "w" for t in words) <= _MAX_SIGNER_ROLE and all(
        (t.kind == "p" and t.text in ".,-()'’")
        or (
            t.kind == "w"
            and t.lower not in lexicon.cue_verbs
            and (t.lower not in lexicon.auxiliaries or t.lower in lexicon.determiners)
            and t.lower not in lexicon.finite_verbs
            and t.lower not in lexicon.pronouns
            and t.lower not in lexicon.relative_pronouns
        )
        for t in words
    )


def _signature_line(
    text: str,
    paragraph: Paragraph,
    in_paragraph: Sequence[tuple[int, QuotedSpan]],
    lexicon: Lexicon,
) -> Span | None:
    """The name that signs a quotation run on from the paragraph before, on a line of
    its own before the closing mark (``Jo Roe, harbour master.”``, ``Former mayor Jo
    Roe.”``): capitalised words and role nouns up to a comma (the name), a full stop at
    the end; ``None`` for any other line."""
    if len(in_paragraph) != 1:
        return None
    quote = in_paragraph[0][1]
    content = quote.content.of(text)
    if (
        quote.opening is not None
        or quote.closing is None
        or paragraph.text.strip(" \u00a0\t" + DOUBLE_MARKS) != content
        or not content.endswith(".")
    ):
        return None
    name = content[:-1].split(",")[0].split()
    if not 2 <= len(name) <= _MAX_DASH_NAME or len(content.split()) > _MAX_SIGNATURE_WORDS:
        return None
    if not all(w[0].isupper() or w in lexicon.role_nouns for w in name):
        return None
    comma = content.find(",")
    return Span(
        quote.content.start, quote.content.end - 1 if comma < 0 else quote.content.start + comma
    )


def _after_comma(tokens: Sequence[Token], step: int, end: int) -> int:
    """The token after the comma and the stray marks at ``step`` (``“A,’” X said``)."""
    while step < end and tokens[step].kind == "p" and tokens[step].text in ",'’\"”":
        step += 1
    return step


class _Label(NamedTuple):
    """A transcript label: the end of the name's tokens, the first token of the words
    spoken, and where the turn ends, when already known (see :func:`_turn_end`)."""

    name_end: int
    content_start: int
    turn_end: int | None = None


@functools.cache
def _known_labels(lexicon: Lexicon, outlet: OutletRules | None) -> frozenset[str]:
    """The casefolded section and background markers and boilerplate, the lexicon's and
    the outlet's: words before a colon that are no speaker's label."""
    known = {m.casefold() for m in lexicon.section_markers + lexicon.background_markers}
    known |= {m.casefold() for m in lexicon.quote_labels}
    known |= {m.casefold().rstrip(":") for m in lexicon.boilerplate + lexicon.boilerplate_prompts}
    if outlet is not None:
        known |= {m.casefold() for m in outlet.section_markers + outlet.quote_labels}
        known |= {m.casefold() for m in outlet.background_markers}
    return frozenset(known)


def _speaker_label(
    tokens: Sequence[Token],
    lexicon: Lexicon,
    outlet: OutletRules | None,
    start: int = 0,
    *,
    minor: frozenset[str] = frozenset(),
) -> _Label | None:
    """For a transcript line ``PENCE: Well, …`` or ``Q: …`` from ``start``: the end of
    the name's tokens and the first token of the words spoken.  A stage direction in
    brackets may stand between the name and its colon (``Präs. (zum Zeugen): …``,
    ``ROE (laughing): …``).  After the first word, the ``minor`` words a title leaves in
    lower case may stand in the label, and a topic of any length may follow the first
    of them (a headline's ``Jo Roe on Lornport Reopening Its Old Pier: …``)."""
    n = start
    topic = False  # past a minor word: the name has ended
    while n < len(tokens) and (topic or n - start < _MAX_LABEL_WORDS * 2):
        token = tokens[n]
        if token.kind == "p" and token.text in ":(":
            break
        if n > start and token.kind == "w" and token.lower in minor:
            topic = True
        elif not (token.is_capitalised or (token.kind == "p" and token.text in ".-’'")):
            return None
        n += 1
    colon = n
    if n > start and n < len(tokens) and tokens[n].text == "(" and tokens[n].kind == "p":
        colon = next(
            (
                m + 1
                for m in range(n + 1, min(len(tokens), n + _MAX_LABEL_WORDS * 2))
                if tokens[m].kind == "p" and tokens[m].text == ")"
            ),
            n,
        )
    if (
        n == start
        or colon >= len(tokens)
        or not (tokens[colon].kind == "p" and tokens[colon].text == ":")
    ):
        return None
    label = " ".join(t.lower for t in tokens[start:n] if t.kind == "w")
    if label in lexicon.interviewer_labels or label in lexicon.answer_labels:
        return _Label(n, colon + 1)
    if label in _known_labels(lexicon, outlet) or tokens[start].lower in lexicon.determiners:
        return None
    return _Label(n, colon + 1)


def _turn_end(
    tokens: Sequence[Token], start: int, lexicon: Lexicon, outlet: OutletRules | None
) -> int:
    """Where the turn of a transcript label whose words open at ``start`` ends in its
    paragraph (``Präs.: Wann war das? Zeuge: Am Montag. — Er setzt sich.``): at the next
    sentence that opens with a label of its own or with a dash (the writer's again);
    ``len(tokens)`` where none does."""
    for m in range(start + 1, len(tokens)):
        before = tokens[m - 1]
        if (
            not (before.kind == "p" and before.text in SENTENCE_STOPS)
            or before.end == tokens[m].start
        ):
            continue
        if is_dash(tokens[m]) or _speaker_label(tokens, lexicon, outlet, m) is not None:
            return m
    return len(tokens)


def _opening_label(
    tokens: Sequence[Token], lexicon: Lexicon, outlet: OutletRules | None
) -> _Label | None:
    """The speaker's label that opens the tokens (see :func:`_speaker_label`), unless it
    opens a topic of the writer's: a label that is no transcript's before words with an
    attribution of their own in its turn (``Superdelegates: C, the aide said.``).  The
    turn's end comes with a label that is no transcript's, which needed it."""
    label = _speaker_label(tokens, lexicon, outlet)
    if label is None:
        return None
    if _transcript_label(tokens[: label.name_end], lexicon):
        if _writers_report(tokens, label.content_start, lexicon):
            return None  # "LORNPUR: C, Jo Roe said on Monday.": a dateline, no speaker
        if (
            tokens[0].lower not in lexicon.answer_labels
            or label.content_start >= len(tokens)
            or tokens[label.content_start].kind != "q"
            or not _attributes_its_own(tokens[label.content_start :], lexicon)
        ):
            return label
        return None  # "A: “We hope so,” said Jo Roe.": the answer's words sign themselves
    stop = _turn_end(tokens, label.content_start, lexicon, outlet)
    if _attributes_its_own(tokens[label.content_start : stop], lexicon):
        return None
    return label._replace(turn_end=stop)


def _headline_quote(
    text: str,
    title: Span,
    index: int,
    quoted: Sequence[QuotedSpan],
    in_paragraph: Sequence[tuple[int, QuotedSpan]],
    lexicon: Lexicon,
    outlet: OutletRules | None,
) -> Draft | None:
    """The quote of a headline that a speaker's name labels, words in single marks after
    the colon (see :attr:`~newsstruct.lang.Lexicon.single_marked_headlines`): DIRECT
    where the quotation is all the words (``Jo Roe: ‘We Will Sail.’``), MIXED where it
    is among them (``Roe: Pier Plan ‘A Muddle’``).  The name ends before a word a
    title leaves in lower case (``Port Chief On Ferry: ‘…’`` is the port chief's), but
    a genitive's preposition (``Secretary Of State Jo Roe``).  A headline that no name
    labels may hold a cue's frame instead (:func:`_headline_frame`)."""
    in_title = [(n, q) for n, q in in_paragraph if title.contains(q.outer)]
    if not in_title or not all(q.single for _, q in in_title):
        return None
    tokens = _paragraph_tokens(text, title, in_title, lexicon)
    label = _speaker_label(tokens, lexicon, outlet, minor=lexicon.title_minor_words)
    if label is None:
        return _headline_frame(text, index, tokens, in_title, lexicon)
    if _transcript_label(tokens[: label.name_end], lexicon):
        return None
    words = tokens[label.content_start :]
    if not any(t.kind == "q" for t in words):
        return None
    name_end = next(
        (
            n
            for n in range(1, label.name_end)
            if tokens[n].lower in lexicon.title_minor_words
            and tokens[n].lower not in lexicon.genitive_prepositions
        ),
        label.name_end,
    )
    name = Span(tokens[0].start, tokens[name_end - 1].end)
    first = words[0]
    if first.kind == "q" and all(t.kind == "p" for t in words[1:]):
        return Draft(QuoteKind.DIRECT, quoted[first.quote].content, index, None, name)
    span = Span(first.start, trim_end(text, first.start, title.end))
    return Draft(QuoteKind.MIXED, span, index, None, name)


def _headline_frame(
    text: str,
    index: int,
    tokens: list[Token],
    in_title: Sequence[tuple[int, QuotedSpan]],
    lexicon: Lexicon,
) -> Draft | None:
    """The MIXED quote of a headline whose cue's content holds words in single marks
    (``Jo Roe Says Pier Plan Is ‘A Muddle’``, ``Roe Calls Pier Plan ‘A Muddle’``):
    a cue verb in the third person or the past that a title capitalises is read as the
    verb it is, no word of a name; another capitalised word is a name's, no cue (the
    bare form of ``Lornport Post``)."""
    tokens = [
        attrs.evolve(t, is_capitalised=False)  # a title's "Says"
        if n
        and (t.lower in lexicon.cue_verbs or t.lower in lexicon.naming_cues)
        and t.lower not in lexicon.bare_cues
        else t
        for n, t in enumerate(tokens)
    ]
    reader = _Paragraph(text, index, tokens, [q for _, q in in_title], lexicon)
    frames, _ = find_frames(tokens, lexicon)
    for frame in frames:
        if (
            frame.source is not None
            and frame.content is not None
            and reader.quotes_in(frame.content)
            and reader.words_in(frame.content)
            and not any(t.is_capitalised for t in tokens[frame.cue[0] : frame.cue[1]])
        ):
            return Draft(
                QuoteKind.MIXED,
                reader.span_of(*frame.content),
                index,
                reader.cue_span(frame),
                reader.source_span(frame.source),
            )
    return None


def _turn_goes_on(paragraph: Paragraph, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a paragraph after a labelled turn that ran to its own paragraph's end goes
    on with that turn's words (``ROE: We will sail.`` then ``The pier opens in May.``):
    a body paragraph that no label opens (``Q:``, ``LEE:``, ``Editor's note:``, a colon
    among its first words), no stage direction in brackets (``(APPLAUSE.)``) and no
    report of the writer's that a named source signs (``C, Jo Roe said.``, or a full name
    before its words: ``Mayor Ann Lee said that C.``, not the speaker's own ``My staff
    told me C`` or ``The Board told me C``, a determiner not counted): each of those
    ends the transcript's turn."""
    if paragraph.role not in _SPOKEN_ROLES or tokens[0].text in "([":
        return False
    head = tokens[: _MAX_LABEL_WORDS * 2]
    if any(t.kind == "p" and t.text == ":" for t in head):
        return False
    return not any(
        source[0] > content[1]
        if content[0] == 0
        else sum(
            tokens[n].is_capitalised
            for n in range(source[0] + (tokens[source[0]].lower in lexicon.determiners), source[1])
        )
        >= 2
        for source, content in _named_frames(tokens, lexicon)
    )


def _turn_runs_to(
    text: str,
    paragraphs: Sequence[Paragraph],
    by_paragraph: dict[int, list[tuple[int, QuotedSpan]]],
    start: int,
    name: str,
    lexicon: Lexicon,
    outlet: OutletRules | None,
    tokens_of: dict[int, list[Token]],
) -> tuple[int, bool]:
    """From a paragraph that would go on the labelled turn of ``name`` (see
    :func:`_turn_goes_on`), the last of the run of such paragraphs, and whether another
    speaker's labelled turn follows the run: the interview goes on after it (``ROE: A1.`` /
    ``B.`` / ``LEE: Q2?``).  The writer's paragraphs after the last turn are the writer's,
    and a paragraph between two turns of one speaker is the other's, its label lost.
    The tokens of each paragraph read are kept in ``tokens_of``, by its index, for the
    reading of the paragraph itself."""
    at = start + 1
    while at < len(paragraphs):
        tokens = tokens_of.get(at)
        if tokens is None:
            tokens = _paragraph_tokens(text, paragraphs[at].span, by_paragraph.get(at, []), lexicon)
            tokens_of[at] = tokens
        label = _opening_label(tokens, lexicon, outlet) if tokens else None
        if label is not None:
            return at - 1, text[tokens[0].start : tokens[label.name_end - 1].end] != name
        if not tokens or not _turn_goes_on(paragraphs[at], tokens, lexicon):
            break
        at += 1
    return at - 1, False


def _label_openings(paragraphs: Sequence[Paragraph]) -> Counter[str]:
    """How many paragraphs each label-shaped opening opens (``ROE:``, ``ROE (laughing):``):
    a label that opens two or more is the speaker of an exchange, not a topic's label
    (``Student loans: C``)."""
    return Counter(
        m.group(1) for p in paragraphs if (m := _LABEL_OPENING.match(p.text)) is not None
    )


def _roster(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words after a label only list names (``Lornshire: Al Poe, Bea Coe,
    Cy Doe and Di Foe.``): a roster, no words spoken."""
    commas = 0
    for t in words:
        if t.kind == "p":
            commas += t.text == ","
        elif t.kind != "w" or not (t.is_capitalised or t.lower in lexicon.conjunctions):
            return False
    return commas >= _ROSTER_COMMAS


def _subhead(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: int,
    turn: Sequence[Token],
    label: _Label,
    lexicon: Lexicon,
    outlet: OutletRules | None,
) -> bool:
    """Whether a paragraph that a name in title case labels, the paragraph's turn alone, is
    a subhead, not a turn (``Roe: A closing surge.`` between the writer's paragraphs): a
    few words without marks, no transcript's label (``ROE:``, ``Q:``), and no label opens
    the paragraph before or after it (a transcript's turns come in runs)."""
    words = turn[label.content_start :]
    if (
        sum(t.kind == "w" for t in words) > _SUBHEAD_WORDS
        or any(t.kind == "q" for t in words)
        or _transcript_label(turn[: label.name_end], lexicon)
    ):
        return False
    for other in (index - 1, index + 1):
        if 0 <= other < len(paragraphs):
            near = tokenize(text, paragraphs[other].span, [], lexicon.title_minor_words)
            if _speaker_label(near, lexicon, outlet) is not None:
                return False
    return True


def _writers_report(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """Whether the words after a label in capitals open with the writer's report, a
    clause that a named source's cue follows (``LORNPUR: The city will hire 500
    workers, commissioner Jo Roe said.``): a dateline's city the lexicon of cities does
    not know, no transcript turn (``ROE: We said no.``).  The label is no interview's."""
    if tokens[0].lower in lexicon.interviewer_labels or tokens[0].lower in lexicon.answer_labels:
        return False
    return any(
        content[0] == 0 and source[0] > content[1]
        for source, content in _named_frames(tokens[start:], lexicon)
    )


def _label_quotation_end(tokens: Sequence[Token], label: _Label, lexicon: Lexicon) -> int | None:
    """Where a speaker's name label and a quotation that ends a sentence (``Roe: “We
    will.”``) are followed by a sentence of the paragraph: the index of its first
    token; ``None`` for an interviewer's or an answer's label."""
    first = label[1]
    if (
        first >= len(tokens)
        or tokens[0].lower in lexicon.interviewer_labels
        or tokens[0].lower in lexicon.answer_labels
        or tokens[first].kind != "q"
        or not tokens[first].final
    ):
        return None
    after = first + 1
    while after < len(tokens) and tokens[after].kind == "p":
        after += 1
    return after if after < len(tokens) and tokens[after].is_capitalised else None


def _interviewer(turn: Sequence[Token], name_end: int, lexicon: Lexicon) -> bool:
    """Whether a labelled turn is the interviewer's: an interview's ``Q`` (``Frage``),
    or the name of an outlet before a question, its journalist's (``SPIEGEL: Hat die
    Notenbank zu spät reagiert?``; but ``AP: Trump aide routed money …`` cites a report)."""
    return turn[0].lower in lexicon.interviewer_labels or (
        turn[-1].text == "?"
        and is_outlet_name(" ".join(t.text for t in turn[:name_end] if t.kind == "w"), lexicon)
    )


def _names_a_city(name: Sequence[Token]) -> bool:
    """Whether a label's words name a known city (``LAHORE``, ``NEW DELHI``), as an
    article under a colon dateline prints a place's paragraphs (``is_colon_city``)."""
    return is_colon_city(" ".join(t.text for t in name if t.kind == "w"))


def _transcript_label(name: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a label's words are a transcript's: a speaker's name in capitals
    (``PENCE``) or an interview's ``Q``/``A``."""
    words = [t for t in name if t.kind == "w"]
    label = " ".join(t.lower for t in words)
    return (
        label in lexicon.interviewer_labels
        or label in lexicon.answer_labels
        or all(t.text.isupper() for t in words)
    )


def _attributes_its_own(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words after a label hold an attribution of their own, a cue with a
    named source (``C, Roe said``, ``according to the AP``): the label opens a topic
    of the writer's, no transcript line."""
    return bool(_named_frames(tokens, lexicon))


def _named_frames(
    tokens: Sequence[Token], lexicon: Lexicon
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The source and the content of each frame of the tokens that has both, its source
    no pronoun (``C, Roe said``; not ``C, she said``)."""
    frames, _ = find_frames(tokens, lexicon)
    return [
        (frame.source, frame.content)
        for frame in frames
        if frame.source is not None
        and frame.content is not None
        and not any(tokens[n].lower in lexicon.pronouns for n in range(*frame.source))
    ]


def _label_in_marks(
    text: str,
    tokens: Sequence[Token],
    quoted: Sequence[QuotedSpan],
    lexicon: Lexicon,
    outlet: OutletRules | None,
) -> tuple[list[Token], _Label] | None:
    """For a paragraph that is one quotation opening with a transcript label in capitals
    (``"WALLACE: Do you …``): the quotation's own tokens, and the label's end and the
    first token of the words spoken (see :func:`_speaker_label`)."""
    if len(tokens) != 1 or tokens[0].kind != "q":
        return None
    inner = tokenize(text, quoted[tokens[0].quote].content, [])
    label = _speaker_label(inner, lexicon, outlet)
    if label is None or not all(t.text.isupper() for t in inner[: label[0]] if t.kind == "w"):
        return None
    return inner, label


def _dialogue(
    tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[list[tuple[int, int]], tuple[int, int], tuple[int, int] | None, int | None] | None:
    """Dialogue-style speech without marks: ``— Текст, — сказал он, — текст.``

    A paragraph that opens with a dash holds the speaker's words; a later dash opens
    the attribution (a cue and its source), and a dash after that resumes the words, or a
    dash joined to the attribution's last word (Spanish ``—A —dijo X—. B``).
    Returns the token ranges of the words, the cue's and the source's, and where the
    sentences after the attribution start, if any (``- A - powiedział X. Dodał, że C.``:
    the writer's again), or ``None``.
    """
    if len(tokens) < 4 or not is_dash(tokens[0]):
        return None
    dashes = [
        i
        for i in range(1, len(tokens))
        if is_dash(tokens[i]) and tokens[i].start > tokens[i - 1].end
    ]
    sentences = units(tokens, lexicon)
    for n, dash in enumerate(dashes):
        end = dashes[n + 1] if n + 1 < len(dashes) else len(tokens)
        rest = None
        # "—A —dijo la ministra—. B": a dash joined to the attribution's last word
        # closes it, and the words resume after it (Spanish, Portuguese)
        joined = next(
            (
                m
                for m in range(dash + 2, end - 1)
                if is_dash(tokens[m])
                and tokens[m].start == tokens[m - 1].end
                and tokens[m - 1].kind == "w"
                and (tokens[m + 1].start > tokens[m].end or tokens[m + 1].kind == "p")
            ),
            None,
        )
        if joined is not None:
            end = joined
        elif end == len(tokens):
            # the attribution ends with its sentence; any after it are the writer's
            end = next((hi for lo, hi in sentences if lo <= dash < hi), end)
            rest = end if end < len(tokens) else None
        found = attribution_in(tokens, dash + 1, end, lexicon)
        if found is None:
            continue
        cue, source = found
        pieces = [(1, dash)] if dash > 1 else []
        resume = _past_stops(tokens, end + 1)
        if rest is None and end < len(tokens) and resume < len(tokens):
            # "—A —dijo X—. B —añadió.": B ends at the next attribution's dash
            stop = dashes[n + 1] if joined is not None and n + 1 < len(dashes) else len(tokens)
            pieces.append((resume, stop))
        return (pieces, cue, source, rest) if pieces else None
    return _comma_signed(tokens, sentences, dashes[0] if dashes else len(tokens), lexicon)


def _comma_signed(
    tokens: Sequence[Token], sentences: Sequence[tuple[int, int]], stop: int, lexicon: Lexicon
) -> tuple[list[tuple[int, int]], tuple[int, int], tuple[int, int] | None, int | None] | None:
    """Dialogue-style speech that a comma signs, no second dash (Swedish, Danish,
    Finnish ``– A. B, säger X.``): the words from the opening dash to the comma of the
    first sentence that a signature closes, before any other dash at ``stop``; where the
    sentences after the signature start, if any (the writer's again), or ``None``."""
    reader = TokenReader(tokens, lexicon)
    for lo, hi in sentences:
        if lo >= stop:
            return None
        for comma in range(max(lo, 2), min(hi, stop)):
            if not (tokens[comma].kind == "p" and tokens[comma].text == ","):
                continue
            signed = signature_after(tokens, comma + 1, hi, lexicon)
            if signed is None:
                continue
            source, cue = signed
            end = max(cue[1], source[1] if source is not None else 0)
            pieces = [(1, comma)]
            if end < hi and tokens[end].kind == "p" and tokens[end].text == ",":
                # "– A, säger hon, B.": the signature interrupts the words
                if (
                    end + 1 < hi
                    and tokens[end + 1].kind == "w"
                    and not _describes_source(tokens, end + 1, hi, lexicon)
                ):
                    pieces.append((end + 1, hi))
            elif not (
                end >= hi
                or (tokens[end].kind == "p" and tokens[end].text in SENTENCE_STOPS)
                or tokens[end].lower in lexicon.prepositions  # "säger hon till TT."
                # "säger Jo Roe som leder insatsen.": a relative clause on the source
                or tokens[end].lower in lexicon.relative_pronouns
                or reader.is_oblique(end)  # "sanoi STT:lle.": to whom
            ):
                continue  # "- Jo Roe, the mayor, said the ferry was late.": no signature
            return pieces, cue, source, hi if hi < len(tokens) else None
    return None


def _describes_source(tokens: Sequence[Token], start: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether the words from ``start`` to the sentence's end at ``hi``, after a comma
    signature's comma, describe its source rather than go on with the words: a relative
    clause (``– A, siger Jo Roe, der leder indsatsen.``, ``…, som leder insatsen.``) or
    a name in apposition to a role (``– A, siger formanden, Ursula von der Leyen.``)."""
    first = tokens[start].lower
    if first in lexicon.relative_pronouns or first in lexicon.thing_relatives:
        return True
    words = [t for t in tokens[start:hi] if t.kind == "w"]
    return all(t.is_capitalised or t.lower in lexicon.name_particles for t in words) and all(
        t.kind == "w" or t.text in SENTENCE_STOPS for t in tokens[start:hi]
    )


def _past_stops(tokens: Sequence[Token], resume: int) -> int:
    """The first token from ``resume`` on that is no comma, full stop or semicolon: where
    the speech goes on after the dash that closes an attribution (``—dijo X—, B``,
    ``—dijo X—. B``)."""
    while resume < len(tokens) and tokens[resume].kind == "p" and tokens[resume].text in ",.;":
        resume += 1
    return resume


def _inner_attribution(
    tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[list[tuple[int, int]], tuple[int, int], tuple[int, int] | None] | None:
    """An attribution set between dashes inside one pair of marks: ``«A, — говорит X, —
    B»``, or between dashes that cling to the words they enclose (``“A —dijo X—, B”``).
    Returns the token ranges of A and B, the cue's and the source's, or ``None``.

    Both dashes follow a comma (or ``!``, ``?``, ``…``), or the first is spaced before
    and joined to the word after it and the second joined to the word before it, so
    that a dash inside the words (``A — B``) opens no attribution.
    """

    def after_comma(i: int) -> bool:
        return tokens[i - 1].kind == "p" and tokens[i - 1].text in ",!?…"

    def opens(i: int) -> bool:
        return after_comma(i) or (
            tokens[i].start > tokens[i - 1].end
            and i + 1 < len(tokens)
            and tokens[i + 1].kind == "w"
            and tokens[i + 1].start == tokens[i].end
        )

    def closes(i: int) -> bool:
        return after_comma(i) or (
            tokens[i - 1].kind == "w" and tokens[i - 1].end == tokens[i].start
        )

    def spaced(i: int) -> bool:
        return (
            tokens[i - 1].kind == "w"
            and tokens[i].start > tokens[i - 1].end
            and i + 1 < len(tokens)
            and tokens[i + 1].start > tokens[i].end
        )

    # the dashes that pair as comma-dash or clinging pairs are tried first, so that a
    # spaced dash inside such an attribution ("— сказал X — глава города, —") keeps it;
    # only then pairs of dashes spaced on both sides (Italian "«A - ha detto X - B»")
    # (the dashes found once: most quotations hold none)
    every_dash = [i for i in range(1, len(tokens)) if is_dash(tokens[i])]
    strict = [i for i in every_dash if opens(i) or closes(i)]
    wide = [i for i in every_dash if closes(i) or tokens[i].start > tokens[i - 1].end]
    for dashes, loose in ((strict, False), (wide, True)):
        for first, second in itertools.pairwise(dashes):
            if opens(first) and closes(second):
                if loose:
                    continue  # tried in the first pass
            elif not loose or not (spaced(first) and tokens[second].start > tokens[second - 1].end):
                continue  # "A - B - C" with no cue first opens no attribution
            found = attribution_in(tokens, first + 1, second - after_comma(second), lexicon)
            resume = _past_stops(tokens, second + 1)
            if found is None or resume >= len(tokens):
                continue
            if loose and not _fills(tokens, found, first, second, lexicon):
                continue
            cue, source = found
            return [(0, first - after_comma(first)), (resume, len(tokens))], cue, source
    return _inverted_inner_attribution(tokens, lexicon)


_MAX_INNER_CUE = 10  # tokens of "explique l'adjointe à l'éducation, Nadia Benali."


def _fills(
    tokens: Sequence[Token],
    found: tuple[tuple[int, int], tuple[int, int] | None],
    first: int,
    second: int,
    lexicon: Lexicon,
) -> bool:
    """Whether an attribution between two spaced dashes fills the few words between
    them, its cue first (``- ha detto il sindaco Paolo Verdi -``), perhaps with an
    apposition, an addressee or an adverb after its source (``- spiega Paolo Verdi, sindaco di
    Lornport -``, ``- ha detto il sindaco ai giornalisti -``); no clause that a cue
    opens (``– say, Poe, Lee or Day –``, ``— give the mayor the last word —``)."""
    cue, source = found
    if cue[0] != first + 1 or second - first > _MAX_INNER_CUE + 4:
        return False
    if source is None:
        return cue[1] == second
    end = source[1]
    rest = tokens[end:second]
    return (
        end > cue[1]
        and (
            # "- bekennt er freudig -": an adverb or two
            (len(rest) <= 2 and all(t.kind == "w" for t in rest))
            or (
                (tokens[end].text == "," or tokens[end].lower in lexicon.prepositions)
                and all(t.kind == "w" or t.text == "," for t in rest[1:])
            )
        )
    ) or end == second


def _inverted_inner_attribution(
    tokens: Sequence[Token], lexicon: Lexicon
) -> tuple[list[tuple[int, int]], tuple[int, int], tuple[int, int] | None] | None:
    """An attribution that a comma and a sentence's end set inside one pair of marks, its
    cue first (French ``« A, explique X. B »``, ``« A, a-t-elle ajouté. B »``): the
    token ranges of A and B, the cue's and the source's, or ``None``."""
    for comma in range(1, len(tokens) - 2):
        if not (tokens[comma].kind == "p" and tokens[comma].text == ","):
            continue
        stop = next(
            (
                m
                for m in range(comma + 2, min(len(tokens), comma + _MAX_INNER_CUE))
                if tokens[m].kind == "p" and tokens[m].text in SENTENCE_STOPS
            ),
            None,
        )
        if stop is None or stop + 1 >= len(tokens) or tokens[stop + 1].kind != "w":
            continue
        found = attribution_in(tokens, comma + 1, stop, lexicon)
        if found is None or found[0][0] != comma + 1:
            continue
        cue, source = found
        if source is not None and source[1] < stop:
            continue  # "A, dit-il en souriant à ses amis. B": the piece is the writer's
        return [(0, comma + 1), (stop + 1, len(tokens))], cue, source
    return None


def _is_self_name(text: str, source: Span, lexicon: Lexicon, outlet: OutletRules | None) -> bool:
    """Whether a source is the outlet's own name (``UNN``, ``the UNN`` in a UNN story) or
    its journalist's (``кореспондент Укрінформу`` in an Ukrinform story): never a speaker."""
    if outlet is None:
        return False
    # "«Ъ»": the name; "Uk\N{SOFT HYPHEN}rinform": the word
    words = visible(source.of(text)).casefold().strip(_NAME_MARKS).split()
    if words[:1] and words[0] in lexicon.determiners:
        words = words[1:]
    # "повідомляє (власний) кореспондент Укрінформу": the outlet's own report
    journalist = next((n for n, w in enumerate(words[:2]) if w in lexicon.interviewer_nouns), None)
    if journalist is not None:
        # the name after the noun ("кореспондент Укрінформу") or before it ("an Ukrinform
        # correspondent"); "передает корреспондент ТАСС": a source that ends at the noun,
        # the name after it
        words = (
            words[journalist + 1 :]
            or words[:journalist]
            or [
                w.strip(_WORD_PUNCTUATION)
                for w in text[source.end : source.end + _SELF_NAME_REACH].casefold().split()
            ]
        )
    # a name that opens with a number ("24 Канал"): the reader may leave out the number,
    # or take the number alone
    number = _NUMBER_BEFORE.search(text, max(0, source.start - _MAX_NUMBER), source.start)
    if number is not None:
        words = [number.group(1), *words]
    elif words and words[-1].isdigit():
        after = _WORD_AFTER.match(text, source.end)
        if after is not None:
            words = [*words, after.group(1).casefold()]
    # a name in any case: "корреспондент Укринформа", "кореспондент Інтерфакс-України"
    said = tuple(words)
    return any(said[: len(name)] == name for name in _self_name_words(outlet, lexicon))


@functools.lru_cache(maxsize=64)
def _self_name_words(outlet: OutletRules | None, lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The words of each of the outlet's :func:`self_name_forms`, split once."""
    return tuple(tuple(name.split()) for name in sorted(self_name_forms(outlet, lexicon)))


_MAX_NUMBER = 8
_SELF_NAME_REACH = 40  # characters after a journalist's noun read for the outlet's name
_WORD_PUNCTUATION = ".,;:!?…»”\"'’()"
_NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(\p{N}{1,6}+)[ ]++$")
_WORD_AFTER = regex.compile(r"[ ]++(\p{L}++)")


@functools.cache
def _reference_starts(lexicon: Lexicon) -> dict[str, list[list[str]]]:
    """The words of each reference phrase, by the phrase's first word, in lexicon order."""
    starts: dict[str, list[list[str]]] = {}
    for phrase in lexicon.reference_phrases:
        words = phrase.casefold().split()
        starts.setdefault(words[0], []).append(words)
    return starts


def _marked_only(tokens: Sequence[Token], frame: Frame) -> bool:
    """Whether a frame's source is one quotation alone: a name printed in marks."""
    return (
        frame.source is not None
        and frame.source[1] - frame.source[0] == 1
        and (tokens[frame.source[0]].kind == "q")
    )


def _credit_reference(
    tokens: Sequence[Token], lo: int, hi: int, lexicon: Lexicon, outlet: OutletRules | None
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """``C, UNN reports with reference to the ministry.`` / ``…, передає УНН з посиланням
    на КМДА`` / ``C, Reuters reports, citing two diplomats``: C is the reported speech of
    the source that the article's own or another outlet refers to.

    Returns the token ranges of C, of the reference phrase and of the source.
    """
    starts = _reference_starts(lexicon)
    for r in range(lo + 1, hi):
        if tokens[r].lower not in starts:
            continue  # the cheap test first: this runs for every word of the paragraph
        found = _reference_after(tokens, r, hi, starts, lexicon)
        if found is None:
            continue
        self_at = next(
            (m for m in range(max(lo, r - 4), r) if names_medium(tokens[m].lower, lexicon, outlet)),
            None,
        )
        if self_at is None and _relaying_title(tokens, r - 1, lexicon):
            self_at = r - 1  # "C, сообщает «Вечерний город» со ссылкой на Y": an outlet
        if self_at is None:
            continue
        comma = next((m for m in range(self_at - 1, lo, -1) if tokens[m].kind == "p"), None)
        if comma is None or tokens[comma].text != "," or comma <= lo:
            continue
        if tokens[comma + 1].lower in lexicon.as_words and any(
            tokens[m].text == "," for m in range(*found[1])
        ):
            continue  # "Водночас, як пише X з посиланням на Y, C": C follows Y's comma
        return (lo, comma), *found
    return None


def _relaying_title(
    tokens: Sequence[Token], k: int, lexicon: Lexicon, *, after_medium: bool = False
) -> bool:
    """Whether the token at ``k`` is a name in marks right after a cue verb (``сообщает
    «Вечерний город»``), or, with ``after_medium``, after a medium's noun (``газета
    «Вечерний город»``), which refers to a source of its own: one that relays what
    another said is a medium."""
    if not (
        k > 0
        and is_short_name_quotation(tokens[k], MARKED_NAME_LENGTH)
        and not tokens[k].opens_lower
        and tokens[k - 1].kind == "w"
    ):
        return False
    before = tokens[k - 1].lower
    return before in lexicon.cue_verbs or (after_medium and before in lexicon.media_words)


def _reference_after(
    tokens: Sequence[Token],
    k: int,
    hi: int,
    starts: dict[str, list[list[str]]],
    lexicon: Lexicon,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A reference phrase right at token ``k`` and the source after it, to the unit's end
    (``Про це повідомляє РБК-Україна з посиланням на Мінфін.``): the token ranges of
    the phrase and of the source, or ``None``; ``starts``: the lexicon's
    :func:`_reference_starts`, looked up once by the caller, which tries many tokens.  A
    platform's channel before a name is no part of the source (``з посиланням на
    Telegram-канал НЕК "Укренерго"``: the company's)."""
    if k >= hi:
        return None
    for words in starts.get(tokens[k].lower, ()):
        if [t.lower for t in tokens[k : k + len(words)]] != words:
            continue
        end = hi
        while end > k + len(words) and tokens[end - 1].kind == "p":
            end -= 1
        first = k + len(words)
        if (
            first + 1 < end
            and tokens[first].kind == "w"
            and tokens[first + 1].is_capitalised
            and names_platform(tokens[first].lower.split("-"), lexicon)
        ):
            first += 1
        if end > first:
            return (k, k + len(words)), (first, end)
    return None


def _outlet_acronym(
    tokens: Sequence[Token], k: int, lexicon: Lexicon, outlet: OutletRules | None
) -> bool:
    """Whether the token at ``k`` names a medium in capitals (``ТАСС``, ``УНН``,
    ``РИА`` of ``РИА Новости``) or goes on with one before it."""
    token = tokens[k]
    if not (token.kind == "w" and names_medium(token.lower, lexicon, outlet)):
        return False
    if token.lower in lexicon.generic_media:
        return False  # "российские СМИ": the media, unnamed
    return is_acronym(token.text) or (
        k > 0 and tokens[k - 1].kind == "w" and is_acronym(tokens[k - 1].text)
    )


def _addressee_first(
    tokens: Sequence[Token], frame: Frame, lexicon: Lexicon, outlet: OutletRules | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For ``Об этом сообщил ТАСС председатель комитета X`` (an anaphoric attribution
    whose source opens with the outlet it was told to) and ``В Минфине ТАСС заявили``
    (any source that an outlet in capitals closes after a body's words): the
    token ranges of the outlet and of the speaker; ``None`` for any other frame."""
    if frame.source is None:
        return None
    first, end = frame.source
    last = end
    while last > first and _outlet_acronym(tokens, last - 1, lexicon, outlet):
        last -= 1
    before = tokens[last - 1].lower if last > first else ""
    if (
        first < last < end
        and before not in lexicon.determiners
        and before not in lexicon.prepositions  # "a spokesman for the BBC": its own
        and any(
            tokens[m].kind == "w" and tokens[m].lower not in lexicon.determiners
            for m in range(first, last)
        )
    ):
        # "В пресс-службе Минфина ТАСС заявили": the outlet after the body, told
        return (last, end), (first, last)
    if frame.form != "anaphoric":
        return None
    k = first
    while k < end and names_medium(tokens[k].lower, lexicon, outlet):
        k += 1
    if (
        k == first + 1
        and not tokens[first].is_capitalised
        and tokens[first].lower in lexicon.name_nouns
    ):
        return None  # "повідомляє агентство Harbour Wire": the outlet's noun, no outlet told
    if k == first or k >= end or not any(tokens[m].is_capitalised for m in range(k, end)):
        return None
    return (first, k), (k, end)


def _filling_quotation(text: str, target: Span, by_opening: dict[int, QuotedSpan]) -> Span | None:
    """The content of the one quotation whose marks enclose all of ``target`` but a
    final full stop (``“We will win.”`` or ``“We will win”.``), if any; ``by_opening``
    holds the quotations by the position of their opening mark."""
    start = target.start
    end = target.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in SENTENCE_STOPS):
        end -= 1
    quote = by_opening.get(start)
    if (
        quote is not None
        and quote.closing is not None
        and quote.closing + 1 >= end
        and not text[quote.closing + 1 : end].strip(SENTENCE_STOPS + " ")
    ):
        return quote.content
    return None


def _source_reference(
    tokens: Sequence[Token], frame: Frame, hi: int, lexicon: Lexicon
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For ``Про це повідомляє РБК-Україна з посиланням на X`` or ``C, повідомляє
    Reuters з посиланням на X`` (a frame whose source is an outlet): the reference
    phrase within or right after the source (anywhere after it in an anaphoric
    attribution, all of which is attribution: ``Reuters reported this, citing X``), and
    the source it refers to, as token ranges; ``None`` for a frame without one.  After
    the cue, the phrase set off by commas before the content (``Metro News reported,
    citing X, that C``) or right after the content (``X reported that C, citing Y``)
    refers too."""
    if frame.source is None:
        return None
    first, end = frame.source
    if end < hi and _relaying_title(tokens, end, lexicon, after_medium=True):
        end += 1  # "пишет газета «Вечерний город» со ссылкой на X": the medium's name
    last = hi if frame.form == "anaphoric" else min(hi, end + 1)
    starts = _reference_starts(lexicon)
    for k in range(first + 1, last):
        found = _reference_after(tokens, k, hi, starts, lexicon)
        if found is not None:
            return found
    if frame.form != "after" or frame.content is None:
        return None
    for k, stop in ((frame.cue[1], frame.content[0]), (frame.content[1], hi)):
        if k < stop and tokens[k].kind == "p" and tokens[k].text == ",":
            comma = next(
                (m for m in range(k + 1, stop) if tokens[m].kind == "p" and tokens[m].text == ","),
                stop,
            )
            found = _reference_after(tokens, k + 1, comma, starts, lexicon)
            if found is not None and _names_cited(tokens[found[1][0] : found[1][1]], lexicon):
                return found
    return None


def _names_cited(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words after a reference phrase name someone who speaks: a name, or
    a person or body (``citing a source close to the talks``, ``citing officials``,
    ``citing a report by the ministry``), not a plain thing (``citing poor health``,
    ``citing a statement``)."""
    return any(
        t.kind == "w"
        and (
            t.is_capitalised
            or (t.lower in lexicon.role_nouns and t.lower not in lexicon.medium_nouns)
        )
        for t in words
    )


def _tail_attributed(draft: Draft, target: Span) -> bool:
    """Whether a reported quote in the sentence an anaphoric attribution refers to has
    its cue and speaker after its words there (``C, сообщил мэр города.``): the
    sentence names its own speaker, whom the attribution does not replace."""
    return (
        draft.source is not None
        and draft.cue is not None
        and draft.cue.start >= draft.span.end
        and target.contains(draft.cue)
    )


def _names_outlet(text: str, source: Span, lexicon: Lexicon) -> bool:
    """Whether a source is a named outlet (``The Guardian``, ``Metro News``), not
    unnamed media (``Russian media``, ``the news agency``).  An outlet after a
    preposition names no speaker when the words before it do not name an outlet too:
    ``early results of a poll for The Daily Planet``, ``Jo Roe of the Planet``.

    Stricter than the frame readers' tests
    (:meth:`~newsstruct.quotes.reading.TokenReader.is_outlet`,
    :meth:`~newsstruct.quotes.cues.FrameReader.names_outlet`), which ask whether a
    source is an outlet at all, to pass it over as told or as a channel: this one
    decides whether a finished source credits an outlet by name (an attribution, no
    quote), so unnamed media and a person of an outlet stay speakers."""
    return _names_outlet_in(source.of(text), lexicon)


@functools.lru_cache(maxsize=4096)
def _names_outlet_in(name: str, lexicon: Lexicon) -> bool:
    """:func:`_names_outlet` of the source's words ``name``, its answers kept: the
    drafts of an article name the same few sources again and again."""
    words = visible(name).split()  # "Zei\N{SOFT HYPHEN}tung": the word
    head = next(
        (n for n in range(1, len(words)) if words[n].casefold() in lexicon.prepositions),
        len(words),
    )
    if (
        head + 1 < len(words)
        and words[head].casefold() in lexicon.author_prepositions
        and words[head - 1].casefold() in lexicon.medium_nouns
        and all(w.casefold() in lexicon.determiners for w in words[: head - 1])
    ):
        # "a report by public broadcaster LRT": the outlet's own piece
        return _names_outlet_in(" ".join(words[head + 1 :]), lexicon)
    return _is_outlet_phrase(words, lexicon) and (
        head == len(words) or _is_outlet_phrase(words[:head], lexicon)
    )


_DOUBLE_ENDINGS = tuple(DOUBLE_MARKS)


def _in_marks(words: Sequence[str]) -> bool:
    """Whether the words end in a capitalised name in quotation marks (``газета
    «Дзеркало тижня»``), or in a compound that one opens (``die „Bild“-Zeitung``)."""
    if MARKED_HEAD.match(words[-1]):
        return True
    if not words[-1].endswith(_DOUBLE_ENDINGS):
        return False
    opening = next((w for w in reversed(words) if w[:1] in DOUBLE_MARKS), "")
    return opening[1:2].isupper()


def _credits_outlet(text: str, words: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the words after a label's colon name an outlet, whatever the language of
    the label (``Джерело: телеканал «Гавань»`` in a Russian text): a credit line, no
    one speaks."""
    start = words[0].start
    return _names_outlet(text, Span(start, trim_end(text, start, words[-1].end)), lexicon)


def _is_outlet_phrase(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the words of a source name an outlet (see :func:`_names_outlet`)."""
    first = words[0].casefold() if words else ""
    if words and words[-1].casefold() in lexicon.generic_media:
        return False  # "российские СМИ": the media unnamed
    if first in lexicon.role_nouns and first not in lexicon.media_words:
        return False  # a person of an outlet: "zástupce agentury X", "the editor of Y"
    if (
        len(words) == 2
        and first in lexicon.determiners
        and words[1].casefold() in lexicon.media_nouns
    ):
        return False  # "berichtet die Zeitung": a common noun, the paper unnamed
    named = (
        bool(words)
        and (
            words[-1][:1].isupper()
            # "新华社": a script without case marks no name, the media word tells
            or (words[-1][:1].isalpha() and not words[-1][:1].islower())
            or _in_marks(words)
            or _medium_after_name(words, lexicon)
            or words[-1] in lexicon.lower_case_outlets  # "berichtet die dpa"
        )
    )
    return named and is_outlet_name(" ".join(words), lexicon)


def _medium_after_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the words end in a name of two words and a medium (``the Daily Planet
    newspaper``).  One capitalised word is an adjective (``Russian media``: unnamed),
    and a body's medium is no outlet (``the Heritage Foundation website``)."""
    return (
        len(words) > 2
        and words[-1] in lexicon.media_words
        and words[-2][:1].isupper()
        and words[-3][:1].isupper()
        and words[-2].casefold() not in lexicon.thing_nouns
    )


def _after_dateline(text: str, span: Span, dateline: Span | None) -> Span:
    """The part of a paragraph after an inline dateline and its separator (the dateline
    holds the writer's byline that an equals sign closes, as Korean wires print it after
    theirs: ``(서울=연합뉴스) 김민준 기자 = …``, :mod:`newsstruct.dateline`)."""
    if dateline is None or not (span.start <= dateline.start < span.end):
        return span
    start = dateline.end
    while start < span.end and (text[start].isspace() or text[start] in ".-–—―:"):
        start += 1
    return Span(start, span.end)


_VERB_SECOND_REACH = 6


def _announces_text(tokens: Sequence[Token], i: int, a: int, lexicon: Lexicon) -> bool:
    """Whether token ``i`` is one of :attr:`~Lexicon.text_announcers` (``teilte Folgendes
    mit``, ``wies auf Folgendes hin``, ``teilt folgende Erzählung mit``), no adjective of a
    noun in a phrase that a preposition opens: ``am folgenden Tag``, ``in der folgenden
    Woche`` tell a time, no text, but a noun of speech (:attr:`~Lexicon.clause_nouns`)
    is one whatever opens its phrase (``mit den folgenden Worten:``)."""
    if tokens[i].kind != "w" or tokens[i].lower not in lexicon.text_announcers:
        return False
    if i + 1 >= len(tokens) or not tokens[i + 1].is_capitalised:
        return True  # the pronoun: "auf Folgendes hin"
    if tokens[i + 1].lower in lexicon.clause_nouns:
        return True  # "mit den folgenden Worten: S1. S2."
    k = i - 1
    if k > a and tokens[k].lower in lexicon.determiners:
        k -= 1  # "in der folgenden Woche"
    return not (k >= a and tokens[k].lower in lexicon.prepositions)


def _announced_text(
    tokens: Sequence[Token],
    frame: Frame,
    frames: Sequence[Frame],
    unit_ranges: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> tuple[int, int]:
    """The unmarked words after a colon frame's colon.  Where a word before the colon
    announces a text (:attr:`~Lexicon.text_announcers`: ``teilte Folgendes mit: S1.
    S2.``), an outlet writes (:attr:`~Lexicon.attribution_verbs`: ``Die „Lornport
    Post“ schreibt: S1. S2.``) or a report comes in without a source (``Aus Lornport wird
    gemeldet: S1. S2.``), the words run on over the sentences after them, up to the
    paragraph's end, a quotation that opens a sentence, a sentence with an attribution
    of its own, or the dash that opens the column's next item (``… S2. — Lornport.``)."""
    assert frame.content is not None
    start, end = frame.content
    a, b = unit_ranges[frame.unit]
    if not lexicon.text_announcers or any(t.kind == "q" for t in tokens[end:b]):
        return start, end
    cue = {t.lower for t in tokens[max(frame.cue[0] - 1, 0) : frame.cue[1]]}
    if not (
        any(_announces_text(tokens, i, a, lexicon) for i in range(a, start))
        or any(verb in cue for verb in lexicon.attribution_verbs)
        or (frame.source is None and not cue.isdisjoint(lexicon.passive_auxiliaries))
    ):
        return start, end
    end = b
    attributed = {f.unit for f in frames}
    for unit in range(frame.unit + 1, len(unit_ranges)):
        a, b = unit_ranges[unit]
        if unit in attributed or is_dash(tokens[a - 1]) or tokens[a].kind == "q":
            break
        end = b
    while (
        end > start
        and tokens[end - 1].kind == "p"
        and (tokens[end - 1].text in ".,;:" or is_dash(tokens[end - 1]))
    ):
        end -= 1
    return start, end


def _verb_second_in(
    tokens: Sequence[Token], a: int, b: int, lexicon: Lexicon, *, going_on: bool = False
) -> bool:
    """Whether a verb only the indirect mood has is the own finite verb of the sentence
    ``a``..``b``: among its first words, before any comma (``Die Regierung habe …``,
    ``Er weise …``, not ``…, dass sie … sei``; nor after a subordinating conjunction,
    ``Wenn … im Falle …``, whose clause puts its verb last).  Where the sentence would
    go on with a report, a plural subjunctive counts too (``Die Arbeitgeber hätten …``:
    the Konjunktiv II stands in for a plural Konjunktiv I, which looks like the
    indicative)."""
    first = tokens[a].lower if a < b else ""
    subordinate = first in lexicon.conjunctions and first not in lexicon.clause_conjunctions
    for n in range(a, min(b, a + _VERB_SECOND_REACH)):
        token = tokens[n]
        if token.kind == "p" and token.text in ",;:":
            return False
        if _indirect_mood_at(tokens, n, lexicon, start=a) or (
            going_on
            and token.kind == "w"
            and token.lower in lexicon.subjunctive_forms
            and token.lower.endswith(lexicon.plural_verb_endings)
        ):
            return not (subordinate and n > a + 1)
    return False


def _indirect_mood_at(tokens: Sequence[Token], n: int, lexicon: Lexicon, *, start: int) -> bool:
    """Whether the word at ``n`` has a form only the indirect mood has: one of
    :attr:`Lexicon.indirect_mood_forms`, or a subjunctive ending after a pronoun (``er
    weise``; see :func:`subjunctive_by_ending`) from ``start`` on."""
    token = tokens[n]
    return token.kind == "w" and (
        token.lower in lexicon.indirect_mood_forms
        or (
            n > start
            # the pronoun first: it rules out most words without a call
            and tokens[n - 1].lower in lexicon.pronouns
            and subjunctive_by_ending(tokens[n - 1].lower, token, lexicon)
        )
    )


# a sentence's end and the next sentence's first letter: "C. Danach …", "…“ Dann …"
_NEXT_SENTENCE = regex.compile(r"[.!?…][\"'“”»«]*\s+[\"'„“»«]*\p{Lu}")


def _closing_report(drafts: Sequence[Draft], first: int, reader: _Paragraph) -> Draft | None:
    """The quote that closes the paragraph before ``reader``'s (among ``drafts`` up to
    ``first``), where its sentence is that paragraph's last (``Die Ministerin sagte, die
    Lage sei ernst.``, ``„Q“, sagte sie.``): a report the next paragraph may go on with."""
    previous = [d for d in drafts[:first] if d.paragraph == reader.index - 1]
    if not previous or not reader.tokens:
        return None
    last = max(previous, key=lambda d: d.span.end)
    between = reader.text[last.span.end : reader.tokens[0].start]
    return None if _NEXT_SENTENCE.search(between) else last


def _speech_act_before(
    tokens: Sequence[Token],
    position: int,
    unit: int,
    unit_ranges: Sequence[tuple[int, int]],
    lexicon: Lexicon,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and the subject of the sentence before the one that the quotation at
    ``position`` opens, where that sentence reports a speech act without words or marks
    of its own (``Die Ärztin antwortete knapp. „Das Bein ist gebrochen.“``), in a
    verb-second language (:func:`speech_act`)."""
    if not lexicon.verb_second or unit == 0:
        return None
    a = unit_ranges[unit][0]
    if any(tokens[i].kind != "p" for i in range(a, position)):
        return None
    lo, hi = unit_ranges[unit - 1]
    if (
        hi - lo < 2
        or not (tokens[hi - 1].kind == "p" and tokens[hi - 1].text == ".")
        or any(t.kind == "q" for t in tokens[lo:hi])
    ):
        return None
    return speech_act(tokens, lo, hi, lexicon)


def _continue_reports(
    drafts: list[Draft], first: int, reader: _Paragraph, unit_ranges: Sequence[tuple[int, int]]
) -> None:
    """``Er sagte, die Lage sei ernst. Die Regierung habe versagt.``: a sentence in the
    mood of indirect speech (German Konjunktiv I) after a quote, with no quote
    of its own, goes on reporting the same speaker; so does a paragraph that opens
    with one after a paragraph that a quote closes."""
    tokens = reader.tokens
    spans = [Span(tokens[a].start, tokens[b - 1].end) for a, b in unit_ranges]
    ends = [span.end for span in spans]
    # the last of the paragraph's drafts in each unit that its words or its cue overlap
    # ("C. Das sagte Jo Roe. Er sei …": the sentence of the cue goes on with the report
    # it closes; the drafts added below lie in a unit of their own); found by draft, not
    # by unit and draft (linear)
    last_in: dict[int, Draft] = {}
    for draft in drafts[first:]:
        for part in (draft.cue, draft.span):
            if part is None:
                continue
            u = bisect.bisect_right(ends, part.start)
            while u < len(spans) and spans[u].start < part.end:
                if spans[u].overlaps(part):
                    last_in[u] = draft
                u += 1
    last = previous = _closing_report(drafts, first, reader)
    for u, (a, b) in enumerate(unit_ranges):
        if u in last_in:
            last = previous = last_in[u]
            continue
        spoken = _colon_report(tokens, a, b, reader)
        if spoken is not None:
            drafts.append(spoken)
            last = previous = spoken
            continue
        if a + 1 < b and tokens[a].lower in reader.lexicon.report_continuers:
            # "Das teilte die Bahn mit. Demnach sollen die Züge …": the report before
            # goes on, in any mood, without its opener
            last, a = previous, a + 1
        elif (
            # the cheap test first: a verb of the indirect mood among the first words
            not _verb_second_in(tokens, a, b, reader.lexicon, going_on=last is not None)
            # a quotation may only stand amid the sentence's words: "Das Angebot sei
            # „fair“." is mixed, a sentence opening with one is a quote of its own
            or tokens[a].kind == "q"
            or any(t.lower in reader.lexicon.first_person for t in tokens[a:b])
            # "Das Wetter sei schlecht gewesen, berichtete die Zeitung.": a sentence with
            # a cue of its own after a comma is its source's, read or not
            or _cue_after_comma(tokens, a, b, reader.lexicon)
        ):
            last = None
            continue
        if last is None and u > 0:
            # "Die Ministerin kritisierte den Plan. Er sei unausgegoren.": the speech act
            # of the sentence before, without words of its own, is reported here
            before = unit_ranges[u - 1]
            act = None if u - 1 in last_in else speech_act(tokens, *before, reader.lexicon)
            if act is not None and not any(t.kind == "q" for t in tokens[before[0] : before[1]]):
                last = Draft(
                    QuoteKind.REPORTED,
                    reader.span_of(a, b),
                    reader.index,
                    reader.source_span(act[0]),
                    reader.source_span(act[1]),
                )
        if last is None:
            continue
        end = _report_end(tokens, a, b, reader.lexicon)
        last = Draft(
            _report_kind(tokens, a, end),
            reader.span_of(a, end),
            reader.index,
            last.cue,
            last.source,
            last.follows,
        )
        previous = last
        drafts.append(last)


def _impersonal_subject(tokens: Sequence[Token], frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the source of ``frame`` is the impersonal pronoun alone before its cue, in a
    verb-second language, where the cue is a participle before a passive auxiliary (``Es
    kann versichert werden, dass C``) or the pronoun after the cue makes a cue phrase of
    the lexicon (``Es heißt, C`` of ``heißt es``): a placeholder subject, no one who
    speaks (``Es betonte, C`` after ``das Ministerium`` stays its pronoun)."""
    if not lexicon.verb_second or frame.source is None:
        return False
    first, last = frame.source
    if (
        last != first + 1
        or last > frame.cue[0]
        or tokens[first].lower not in lexicon.impersonal_pronouns
    ):
        return False
    after = frame.cue[1]
    if after < len(tokens) and tokens[after].lower in lexicon.passive_auxiliaries:
        return True
    words = (*(t.lower for t in tokens[frame.cue[0] : frame.cue[1]]), tokens[first].lower)
    return words in cue_table(lexicon).by_first.get(words[0], ())


def _has_dash(text: str, start: int, end: int) -> bool:
    """Whether ``text`` holds one of the dashes :func:`closing_attribution` reads between
    ``start`` and ``end``: where it holds none, no token there is one."""
    piece = text[start:end]
    return any(dash in piece for dash in DASHES)


def _paragraph_tokens(
    text: str, span: Span, quoted: Sequence[tuple[int, QuotedSpan]], lexicon: Lexicon
) -> list[Token]:
    """The tokens of a paragraph, its glued cues, complementizers and postposition
    particles split off."""
    return split_postposition_particles(
        split_complementizers(
            split_glued_cues(tokenize(text, span, quoted, lexicon.title_minor_words), lexicon),
            lexicon,
        ),
        lexicon,
    )


def _colon_report(tokens: Sequence[Token], a: int, b: int, reader: _Paragraph) -> Draft | None:
    """``Hahn haderte mit dem Schiedsrichter: Der Elfmeter sei „ein Witz“ gewesen.``: words
    in the indirect mood after a colon that no cue introduces are reported, the
    sentence's subject before the colon speaks (:func:`colon_subject`).  The colon is
    the first that stands as a word of its own before a space: one inside a word
    (``10:30``, ``EU:n``) or a web address (``https://``) is none."""
    if reader.text.find(":", tokens[a].start, tokens[b - 1].start) < 0:
        return None  # (the cheap test first: most sentences hold no colon)
    m = next(
        (
            m
            for m in range(a + 1, b - 1)
            if tokens[m].text == ":" and tokens[m + 1].start > tokens[m].end
        ),
        None,
    )
    if m is None or not _verb_second_in(tokens, m + 1, b, reader.lexicon):
        return None
    subject = colon_subject(tokens, a, m, reader.lexicon)
    if subject is None:
        return None
    end = _report_end(tokens, m + 1, b, reader.lexicon)
    return Draft(
        _report_kind(tokens, m + 1, end),
        reader.span_of(m + 1, end),
        reader.index,
        None,
        reader.source_span(subject),
    )


def _report_kind(tokens: Sequence[Token], a: int, b: int) -> QuoteKind:
    """A report's kind: mixed where its words ``a``..``b`` hold a quotation in marks."""
    return QuoteKind.MIXED if any(t.kind == "q" for t in tokens[a:b]) else QuoteKind.REPORTED


def _cue_after_comma(tokens: Sequence[Token], a: int, b: int, lexicon: Lexicon) -> bool:
    """Whether the sentence ``a``..``b`` holds a cue verb in lower case right after a
    comma (``…, berichtete die Zeitung``)."""
    verbs = cue_table(lexicon).verbs
    return any(
        tokens[m].lower in verbs and tokens[m - 1].text == "," and not tokens[m].is_capitalised
        for m in range(a + 1, b)
    )


def _report_end(tokens: Sequence[Token], a: int, b: int, lexicon: Lexicon) -> int:
    """Where a sentence that goes on reporting (the unit ``a``..``b``) ends its report:
    before a semicolon, or a comma and a conjunction of clauses, after which the writer
    narrates: the clause there is in the indicative (a past in ``-te`` or a finite
    auxiliary before its next comma) and no verb of the indirect mood follows (``Er sei
    bereit, und danach öffnete er die Tür``; but ``…, aber nur, weil es Geld kostet``
    goes on reporting)."""
    last_mood: int | None = None  # the last verb of the indirect mood, found once
    for m in range(a + 1, b - 1):
        token = tokens[m]
        if token.kind != "p" or not (
            token.text == ";"
            or (token.text == "," and tokens[m + 1].lower in lexicon.clause_conjunctions)
        ):
            continue
        if last_mood is None:
            last_mood = next(
                (
                    n
                    for n in range(b - 1, a, -1)
                    if (tokens[n].kind == "w" and tokens[n].lower in lexicon.subjunctive_forms)
                    or _indirect_mood_at(tokens, n, lexicon, start=a)
                ),
                a,
            )
        if last_mood <= m and any(
            t.kind == "w"
            and not t.is_capitalised
            and (
                t.lower in lexicon.finite_auxiliaries
                or t.lower.endswith(lexicon.indicative_endings)
            )
            for t in itertools.takewhile(lambda t: t.text not in ",;:", tokens[m + 1 : b])
        ):
            return m
    return b


def _attribution_around(
    tokens: Sequence[Token],
    quote: QuotedSpan,
    position: int,
    unit: tuple[int, int],
    next_end: int,
    after_quote: dict[int, Frame],
    reader: _Paragraph,
    lexicon: Lexicon,
) -> tuple[Span | None, Span | None, str] | None:
    """The cue, speaker and ``follows`` that the words around ``quote`` (its token at
    ``position`` in the unit ``start``..``end``) give it: a frame right after it
    (``“A,” X said``), a signature (``“A!” X said`` — in the next unit, ending at
    ``next_end``, when the question or exclamation closes its own), a dash (``“A” —
    X``) or a label before it (``X: “A”``); ``None`` when they give none."""
    start, end = unit
    following = _frame_after(after_quote, position, tokens)
    if (
        following is not None
        and _own_sentence(tokens, following, end)
        and (
            any(t.kind == "q" for t in tokens[:position])
            or signature_before(tokens, start, position, lexicon) is not None
        )
    ):
        # A goes on with the quotation before it in the paragraph, or has a cue of its
        # own before it ("X wrote to Y, “A?” Y wrote back, “B.”")
        following = None
    if following is not None and (following.source is None or following.source[0] >= position):
        # "X «по секрету» заявил" is X's cue, no "“A,” X said"
        return reader.cue_span(following), reader.source_span(following.source), ""
    comma_after = position + 1 < end and tokens[position + 1].text == ","  # "„A“, X said"
    if position == start and (reader.text[quote.content.end - 1] in "!?," or comma_after):
        if all(tokens[i].kind == "p" for i in range(position + 1, end)):
            end = next_end
        signed = signature_after(tokens, _after_comma(tokens, position + 1, end), end, lexicon)
        if signed is not None:
            source_range, cue_range = signed
            return reader.source_span(cue_range), reader.source_span(source_range), ""
    dashed = _dash_attribution(tokens, position, end, lexicon) or _colon_speaker(
        tokens, position, start, lexicon
    )
    if dashed is not None:
        return None, reader.source_span(dashed), ""
    return None


def _own_sentence(tokens: Sequence[Token], frame: Frame, unit_end: int) -> bool:
    """Whether a frame after a quotation that ended its sentence (the unit up to
    ``unit_end``) opens a sentence with words of its own: its content (``“A.” Jo Roe said
    she would go``) or a colon (``“A.” Jo Roe said: “B.”``).  It is no attribution of A
    where a quotation before A in its paragraph gives A a speaker to go on with (but A
    that opens its paragraph is the frame's)."""
    first = frame.cue[0] if frame.source is None else min(frame.cue[0], frame.source[0])
    if first < unit_end:
        return False
    last = frame.cue[1] if frame.source is None else max(frame.cue[1], frame.source[1])
    return (frame.content is not None and frame.content[1] > frame.content[0]) or (
        last < len(tokens) and tokens[last].kind == "p" and tokens[last].text == ":"
    )


def _said_in_body(tokens: Sequence[Token], frame: Frame, lexicon: Lexicon) -> bool:
    """Whether a cue ends in a preposition of place before its source (``повідомили в
    КМДА``, ``сообщили в КГГА``): the source is a body where it was said, whatever its
    abbreviation looks like, not an outlet (unlike ``reported by``, ``según``)."""
    first, end = frame.cue
    last = tokens[end - 1].lower
    return (
        # "das geht aus X hervor": an anaphoric cue of the lexicon that ends in a
        # preposition names the document, not a body ("Про це повідомили в X" does)
        not (
            frame.form == "anaphoric"
            and tuple(t.lower for t in tokens[first:end]) in cue_table(lexicon).anaphoric
        )
        and end - first > 1
        and last in lexicon.prepositions
        and last not in lexicon.agent_prepositions
    )


def _impersonal(tokens: Sequence[Token], frame: Frame, unit_start: int, lexicon: Lexicon) -> bool:
    """Whether a frame is an impersonal cue before its content with nothing to say who
    speaks: ``Ранее сообщалось, что C``, but not ``В сообщении говорится, что C`` (the
    statement named in the adjunct) nor ``C, - йдеться у повідомленні``."""
    return (
        frame.source is None
        and frame.form == "after"
        and tokens[frame.cue[0]].lower in lexicon.impersonal_cues
        and not any(
            t.kind == "q" or t.lower in lexicon.prepositions
            for t in tokens[unit_start : frame.cue[0]]
        )
    )


def _headline_noun_source(
    text: str, tokens: Sequence[Token], frame: Frame, lexicon: Lexicon
) -> bool:
    """Whether a frame's source names no one though it opens its sentence capitalised, in
    a language whose nouns take articles: a singular noun with no article, a phrase
    preposition after it and no capitalised word (``Drop in turnout hints that C``,
    ``Rise of rents shows``), a headline's thing; or one common noun alone before an
    evidence cue with words between (:attr:`~newsstruct.lang.Lexicon.evidence_cues`:
    ``Crews worked late, underscoring C``), what they did shows it.  Each a common noun
    (:func:`_common_initial`)."""
    if frame.source is None or not lexicon.plural_endings or lexicon.capitalised_nouns:
        return False
    start, end = frame.source
    first = tokens[start]
    if (
        not first.is_capitalised
        or first.text.isupper()
        or (start > 0 and not (tokens[start - 1].kind == "p" and tokens[start - 1].text in ".!?"))
    ):
        return False
    if end - start == 1:
        # what it did shows it: words between it and the cue ("Ofgem signalled that
        # C", the cue right after it, is a body speaking)
        shown = tokens[frame.cue[0]].lower in lexicon.evidence_cues and frame.cue[0] > end
    else:
        # a headline's phrase is lower case after its head; a body's title is not
        # ("Museum of London said that C")
        shown = (
            end - start > 2
            and tokens[start + 1].lower in lexicon.prepositions
            and not first.lower.endswith(lexicon.plural_endings)
            and not any(t.is_capitalised for t in tokens[start + 1 : end])
        )
    return shown and _common_initial(text, tokens, frame.source, lexicon)


def _common_initial(
    text: str, tokens: Sequence[Token], source: tuple[int, int], lexicon: Lexicon
) -> bool:
    """Whether a source's first word, capitalised as its sentence's first, is a common
    noun: no role, first name, body's, thing's or outlet's noun, determiner or pronoun,
    no word of the source a person's (a role, a person's ending: ``Six in 10 voters``)
    or a quantifier, and the text prints the word after no other word (a name is
    printed so: ``… said Roe``, ``Jo Roe``)."""
    start, end = source
    table = cue_table(lexicon)
    word = tokens[start].lower
    if (
        word in table.role_words
        or word in table.any_first_names
        or word in lexicon.body_nouns
        or word in lexicon.thing_nouns
        or word in lexicon.media_words
        or word in lexicon.determiners
        or word in lexicon.pronouns
    ):
        return False
    # "Six in 10 voters say", "Half of Lornport growers said": a share of people
    if any(
        t.lower in table.role_words
        or t.lower in lexicon.plural_heads
        or t.lower.endswith(lexicon.person_noun_endings)
        or t.lower in lexicon.quantifiers
        for t in tokens[start:end]
    ):
        return False
    return not _printed_after_word(text, tokens[start].text)


def _printed_after_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own after another word or
    an initial, spaces and a comma between at most (``… said Roe``, ``Jo Roe``, ``N. S.
    Roe``): inside a sentence."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end == len(text) or not text[end].isalnum():
            m = at - 1
            while m >= 0 and text[m] in " \t,;":
                m -= 1
            if (
                m < at - 1
                and m >= 0
                and (
                    text[m].isalpha()
                    # after an initial: "N. S. Roe"
                    or (
                        text[m] == "."
                        and m >= 1
                        and text[m - 1].isupper()
                        and not text[m - 2 : m - 1].isalpha()
                    )
                )
            ):
                return True
        at = text.find(word, at + 1)
    return False


def _comma_dash_before(tokens: Sequence[Token], frame: Frame) -> bool:
    """Whether a comma and a dash set off the attribution after its content (``C, -
    написав X``, ``C, — сказал он``): the mark of direct speech without its quotation
    marks."""
    first = min(frame.cue[0], frame.source[0]) if frame.source is not None else frame.cue[0]
    return (
        first >= 2
        and is_dash(tokens[first - 1])
        and tokens[first - 2].kind == "p"
        and tokens[first - 2].text == ","
    )


def _is_bare_quote(
    text: str,
    paragraph: Paragraph,
    tokens: Sequence[Token],
    lexicon: Lexicon,
    outlet: OutletRules | None,
    between: Callable[[], bool] = lambda: False,
) -> bool:
    """Whether a paragraph without marks is a speaker's words: one that ends in a
    comma, or, where the outlet drops the marks, one without a final stop in the first
    person, of several sentences (the outlet's own sentences end in a stop; a headline
    of a related story is one sentence) or ``between`` quotes (``X wrote that C.`` /
    words / ``… - she added.``)."""
    if paragraph.role not in (Role.LEAD, Role.BODY):
        return False
    last = paragraph.text.rstrip()[-1:]
    bare = bool(outlet and outlet.bare_quote_paragraphs)
    if not (last == "," or (bare and last not in SENTENCE_STOPS + ":;")):
        return False  # the cheap test first: most paragraphs end with a full stop
    if any(t.kind == "q" for t in tokens):
        return False
    if last == "," and bare:
        return True  # the cue lost after the comma, where the outlet drops the marks
    return (
        any(t.kind == "w" and t.lower in lexicon.first_person for t in tokens)
        or (bare and _several_sentences(tokens, lexicon))
        or (bare and last != "," and between())
    )


def _several_sentences(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether ``tokens`` (a paragraph without quotations) hold a sentence's stop before
    another's capital: not an abbreviation's or an initial's dot (``U.S. Senate backs
    aid``, ``Mr. Roe meets Ann Lee`` are one sentence)."""
    return any(
        token.kind == "p"
        and token.text in ".!?…"
        and tokens[i + 1].is_capitalised
        and tokens[i + 1].start > token.end
        and not is_abbreviation_dot(tokens, i, lexicon)
        for i, token in enumerate(tokens[:-1])
    )


def _names_no_other(
    text: str,
    tokens: Sequence[Token],
    source: tuple[int, int] | None,
    previous: Span | None,
    lexicon: Lexicon,
) -> bool:
    """Whether a closing attribution's source (tokens ``source``) names no one but the
    previous quote's speaker (``previous``): a pronoun or a bare role (``- she added.``,
    ``- The forecaster said.``), or a name whose capitalised words the previous speaker's
    mention holds (``- Roe added.``). ``- said SES spokesman Oleh Poe.`` names another."""
    if source is None:
        return True
    named = [
        t.text
        for t in tokens[source[0] : source[1]]
        if t.kind == "w"
        and t.text[:1].isupper()
        and t.lower not in lexicon.determiners
        and t.lower not in lexicon.pronouns
    ]
    if not named:
        return True
    return previous is not None and set(named) <= set(previous.of(text).split())


_TURN = regex.compile(r"[\-–—―][ \t\u00a0]++(?=\S)")
_QUESTION_END = regex.compile(r"\?[\s»”\"’)]*+$")
_MIN_TURNS = 2


def _interview_turns(paragraphs: Sequence[Paragraph]) -> tuple[dict[int, int], frozenset[int]]:
    """The turns of an interview set as dash-opened lines (``— Скільки людей вже
    евакуйовано?`` / ``— Понад 12 тисяч.``): a run of two or more body paragraphs that
    open with a dash, questions and answers in turn (a list of dashed items with one
    question among them is no interview).  Returns the answers (each
    paragraph's index with where its words start) and the questions (a journalist's
    question is no quote)."""
    answers: dict[int, int] = {}
    questions: set[int] = set()
    run: list[tuple[int, int]] = []
    for index in range(len(paragraphs) + 1):
        paragraph = paragraphs[index] if index < len(paragraphs) else None
        turn = (
            _TURN.match(paragraph.text)
            if paragraph is not None and paragraph.role in (Role.LEAD, Role.BODY)
            else None
        )
        if turn is not None:
            run.append((index, turn.end()))
            continue
        asked = {n for n, _ in run if _QUESTION_END.search(paragraphs[n].text)}
        in_turn = all((a in asked) != (b in asked) for (a, _), (b, _) in itertools.pairwise(run))
        if len(run) >= _MIN_TURNS and asked and len(asked) < len(run) and in_turn:
            questions |= asked
            answers.update((n, at) for n, at in run if n not in asked)
        run = []
    return answers, frozenset(questions)


def assemble_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    quoted: Sequence[QuotedSpan],
    lexicon: Lexicon,
    outlet: OutletRules | None,
    dateline: Span | None = None,
    title: Span | None = None,
) -> tuple[list[Draft], list[Span]]:
    """Return the drafts of every quote, in text order, and the sources of anaphoric frames.

    The second list holds the source mentions of ``This was reported by X`` frames, for
    the attribution step to judge (an outlet is credited, a person quoted).  Text inside
    the ``dateline`` is never a quote; the ``title`` (the headline's span) holds one only
    where the lexicon's headlines set spoken words in single marks and a speaker's name
    or a cue's frame gives them (:func:`_headline_quote`).
    """
    by_paragraph: dict[int, list[tuple[int, QuotedSpan]]] = {}
    by_opening: dict[int, QuotedSpan] = {}  # each quotation by its opening mark
    for number, quote in enumerate(quoted):
        by_paragraph.setdefault(quote.paragraph, []).append((number, quote))
        if quote.opening is not None:
            by_opening.setdefault(quote.opening, quote)
    drafts: list[Draft] = []
    particles: dict[Span, Span] = {}  # a separable cue's particle away from it, by the cue
    names: dict[Span, Span] = {}  # a source's name in marks after its article, by the source
    anaphoric_sources: list[Span] = []
    pending_colon: tuple[Span, Span] | None = None  # cue, source of "X said:" at a paragraph end
    pending_subject: Span | None = None  # the name of "X called them on it:" at a paragraph end
    speaking: tuple[Span, Span] | None = None  # of the words after "X said:" so far
    pending_label: QuoteLabel | None = None  # a "Quote from X:" label on the line before
    named_source: Span | None = None  # the name of the last "Source: X" line
    previous_units: list[Span] = []
    previous_index = -1
    answers, questions = _interview_turns(paragraphs)
    turn_open: Draft | None = None  # a labelled turn that ran to its paragraph's end
    turn_run = (-1, False)  # the last paragraph going on a turn, and whether a turn follows
    turn_name = ""  # the label of the turn going on
    looked_ahead: dict[int, list[Token]] = {}  # the tokens _turn_runs_to read, by paragraph
    openings: Counter[str] | None = None  # see _label_openings, when first needed
    reference_starts = _reference_starts(lexicon)
    # a colon dateline ("KARACHI: …"): a known city's label opens a paragraph of a place
    place_labels = dateline is not None and text.startswith(":", dateline.end)
    for index, paragraph in enumerate(paragraphs):
        continuing, speaking = speaking, None
        turn_before, turn_open = turn_open, None
        named = source_line(text, paragraph, lexicon, outlet)
        if named is not None:
            # "Source: Zelenskyy on Telegram" (a line of page furniture or of the body):
            # the speaker of the quote labels to come; "Source: Suspilne": an outlet
            # credited, no speaker
            anaphoric_sources.append(named)
            named_source = None if is_outlet_name(named.of(text), lexicon) else named
        if paragraph.role in _SKIPPED_ROLES:
            if (
                lexicon.single_marked_headlines
                and title is not None
                and paragraph.span.contains(title)
                and (
                    headline := _headline_quote(
                        text, title, index, quoted, by_paragraph.get(index, []), lexicon, outlet
                    )
                )
                is not None
            ):
                drafts.append(headline)
            pending_colon = pending_subject = None
            pending_label = quote_label(text, paragraph, outlet, lexicon)
            continue
        labelled = pending_label or quote_label(text, paragraph, outlet, lexicon)
        pending_label = None
        if (
            labelled is not None
            and labelled.speaker is None
            and labelled.words is None
            and index not in by_paragraph
            and closing_attribution(_paragraph_tokens(text, paragraph.span, [], lexicon), lexicon)
            is not None
        ):
            labelled = None  # "Цитата" above "Q - заявив X": the line's own cue names X
        if labelled is not None:
            # "Quote from X:" / "Цитата": the paragraph after the label, or the words
            # after it in its own, are X's, or the last source line's
            quoted_words = labelled.words or paragraph.span
            in_label = [
                q for _, q in by_paragraph.get(index, []) if q.outer.start >= quoted_words.start
            ]
            only = in_label[0] if len(in_label) == 1 else None
            span = (
                only.content
                if only is not None and len(quoted_words) - len(only.outer) <= 2
                else Span(quoted_words.start, trim_end(text, *quoted_words.to_list()))
            )
            source = labelled.speaker or named_source
            drafts.append(
                Draft(
                    QuoteKind.DIRECT,
                    span,
                    index,
                    None,
                    source,
                    "" if source else "previous",
                    labelled=labelled.speaker is not None,
                )
            )
            previous_units, previous_index = [paragraph.span], index
            continue
        in_paragraph = by_paragraph.get(index, [])
        region = _after_dateline(text, paragraph.span, dateline)
        if region is not paragraph.span:
            in_paragraph = [(n, q) for n, q in in_paragraph if q.outer.start >= region.start]
            paragraph = Paragraph(region, region.of(text), paragraph.role)
        if (
            not in_paragraph
            # (the cheap test first: most paragraphs open with a letter)
            and not text[paragraph.span.start : paragraph.span.start + 1].isalpha()
            and not _LETTER.search(text, paragraph.span.start, paragraph.span.end)
        ):
            continue  # "***", "1/2": no words, no speech (and no tokens to read on marks alone)
        looked = looked_ahead.pop(index, None)
        tokens = (
            looked  # read ahead on the same span and quotes
            if looked is not None and region is paragraphs[index].span
            else _paragraph_tokens(text, paragraph.span, in_paragraph, lexicon)
        )
        if not tokens:
            continue
        signature = (
            _dash_attribution(tokens, -1, len(tokens), lexicon) if not in_paragraph else None
        )
        if signature is not None and previous_index == index - 1:
            # "“…”" then "- Jo Roe." on a line of its own: Roe's words
            last = signature[1] - 1
            if tokens[last].text == "." and last == len(tokens) - 1 and last > signature[0]:
                last -= 1  # the line's full stop
            name = Span(tokens[signature[0]].start, tokens[last].end)
            _sign_drafts(drafts, previous_index, None, name, "")
            continue
        signed_line = (
            _signature_line(text, paragraph, in_paragraph, lexicon)
            if previous_index == index - 1
            else None
        )
        if signed_line is not None:
            # "“The pier will close in May.” then "Jo Roe, harbour master.”": a pull quote
            # signed on its last line, inside its marks
            _sign_drafts(drafts, previous_index, None, signed_line, "")
            continue
        if index in questions:
            continue  # an interviewer's question: no quote, and no speaker's words
        if (
            turn_before is not None
            and index > turn_run[0]
            and _turn_goes_on(paragraph, tokens, lexicon)
        ):
            turn_run = _turn_runs_to(
                text, paragraphs, by_paragraph, index, turn_name, lexicon, outlet, looked_ahead
            )
        if turn_before is not None and index <= turn_run[0] and turn_run[1]:
            # "A: We will sail." then "The pier opens in May.": the answer's next paragraph
            end = trim_end(text, paragraph.span.start, paragraph.span.end)
            turn_open = attrs.evolve(
                turn_before, span=Span(paragraph.span.start, end), paragraph=index
            )
            drafts.append(turn_open)
            previous_units, previous_index = [paragraph.span], index
            continue
        if index in answers and _dialogue(tokens, lexicon) is None:
            # the interviewee's answer: the words after the dash
            start = paragraphs[index].span.start + answers[index]
            end = trim_end(text, start, paragraph.span.end)
            drafts.append(Draft(QuoteKind.DIRECT, Span(start, end), index, follows="answer"))
            previous_units, previous_index = [paragraph.span], index
            continue
        closing = (
            closing_attribution(tokens, lexicon)
            # (the cheap test first: a dash in the text, or no token is one)
            if not in_paragraph and _has_dash(text, tokens[0].start, tokens[-1].end)
            else None
        )
        if closing is not None and paragraph.role is Role.LEAD and closing.words[0] == 0:
            closing = last_sentence(closing, tokens, lexicon)
        if closing is not None and _close_words(
            text, drafts, paragraphs, by_paragraph, index, tokens, closing, lexicon, names
        ):
            pending_colon = pending_subject = None
            previous_units, previous_index = [paragraph.span], index
            if closing.words[0] == 0:
                continue
            # "X ocenił, że C. - A - dodał.": the writer's sentences before the words
            opening = closing.words[0] - 1
            tokens = tokens[: opening if is_dash(tokens[opening]) else opening + 1]
        opened = pending_colon or (
            continuing if continuing and in_first_person(text, paragraph.span, lexicon) else None
        )
        if opened is not None and not in_paragraph and paragraph.role in _SPOKEN_ROLES:
            # "The governor said:" and the words without marks on lines of their own, the
            # lines after the first in the first person (weighed as background or not:
            # "In a speech in 2009, she said:" opens the words of that speech)
            end = trim_end(text, paragraph.span.start, paragraph.span.end)
            drafts.append(Draft(QuoteKind.DIRECT, Span(paragraph.span.start, end), index, *opened))
            pending_colon, pending_subject, speaking = None, None, opened
            previous_units, previous_index = [paragraph.span], index
            continue

        def between(index: int = index) -> bool:
            """Whether the paragraph before holds a quote and the one after closes with
            a dash and its cue: the speaker's words go on between them."""
            after = index + 1
            if not (
                drafts
                and drafts[-1].paragraph == index - 1
                and after < len(paragraphs)
                and paragraphs[after].role is Role.BODY
            ):
                return False
            closing_tokens = tokenize(
                text, paragraphs[after].span, by_paragraph.get(after, []), lexicon.title_minor_words
            )
            closing = closing_attribution(closing_tokens, lexicon)
            return closing is not None and _names_no_other(
                text, closing_tokens, closing.source, drafts[-1].source, lexicon
            )

        if _is_bare_quote(text, paragraph, tokens, lexicon, outlet, between):
            end = trim_end(text, paragraph.span.start, paragraph.span.end)
            drafts.append(
                Draft(QuoteKind.DIRECT, Span(paragraph.span.start, end), index, follows="near")
            )
            pending_colon = pending_subject = None
            previous_units, previous_index = [paragraph.span], index
            continue
        if len(tokens) > 1 and is_dash(tokens[0]) and _speaker_label(tokens, lexicon, outlet, 1):
            tokens = tokens[1:]  # "— Angekl.: …": a transcript's turn after a dash
        dialogue = _dialogue(tokens, lexicon)
        if dialogue is not None and not in_paragraph:
            pieces, cue_range, source_range, rest = dialogue
            reader = _Paragraph(text, index, tokens, [], lexicon, names)
            cue = Span(tokens[cue_range[0]].start, tokens[cue_range[1] - 1].end)
            for piece_start, piece_end in pieces:
                drafts.append(
                    Draft(
                        QuoteKind.DIRECT,
                        reader.span_of(piece_start, piece_end),
                        index,
                        cue,
                        reader.source_span(source_range),
                        follows="" if source_range else "previous",
                    )
                )
            pending_colon = pending_subject = None
            if rest is None:
                previous_units, previous_index = [paragraph.span], index
                continue
            tokens = tokens[rest:]  # the writer's sentences after the attribution
        label = _opening_label(tokens, lexicon, outlet)
        if label is not None and place_labels and _names_a_city(tokens[: label.name_end]):
            # "LAHORE: Schools were closed …" under a dateline "KARACHI: …": where, not
            # who; the words after the colon are the writer's
            tokens, label = tokens[label.content_start :], None
        in_marks: Span | None = None
        if label is None:
            marked = _label_in_marks(text, tokens, quoted, lexicon, outlet)
            if marked is not None:
                # "“PENCE: Well, …”": a transcript line in marks, read inside them (the
                # words up to the closing mark)
                in_marks = quoted[tokens[0].quote].content
                tokens, label = marked
        while (
            label is not None
            and in_marks is None
            and (after := _label_quotation_end(tokens, label, lexicon))
        ):
            # "Roe: “Q1.” Lee: “Q2.” The council met.": each label's quotation, then
            # the writer's sentences, read as any
            first = tokens[label[1]]
            name = Span(tokens[0].start, tokens[label[0] - 1].end)
            drafts.append(Draft(QuoteKind.DIRECT, quoted[first.quote].content, index, None, name))
            pending_colon = pending_subject = None
            tokens = tokens[after:]
            label = _opening_label(tokens, lexicon, outlet)
        while label is not None:
            name_end, content_start, stop = label
            # "Präs.: Wann war das? Zeuge: Am Montag.": each label's turn to the next
            if in_marks:
                stop = len(tokens)
            elif stop is None:
                stop = _turn_end(tokens, content_start, lexicon, outlet)
            turn = tokens[:stop]
            spoken = (
                any(  # "Roe: 2,040.": a tally, no words spoken
                    t.kind == "q" or (t.kind == "w" and not t.text[0].isdigit())
                    for t in turn[content_start:]
                )
                and (
                    in_marks is not None or not _credits_outlet(text, turn[content_start:], lexicon)
                )
                and not _roster(turn[content_start:], lexicon)
                and not (
                    in_marks is None
                    and stop == len(tokens)
                    and turn[0].start == paragraph.span.start
                    and _subhead(text, paragraphs, index, turn, label, lexicon, outlet)
                )
            )
            if spoken and not _interviewer(turn, name_end, lexicon):
                first = turn[content_start]
                whole = (
                    first.kind == "q"
                    and all(  # "Roe: “No.”" or "Roe: “No”."
                        t.kind == "p" for t in turn[content_start + 1 :]
                    )
                )
                last = paragraph.span.end if stop == len(tokens) else turn[-1].end
                span = (
                    quoted[first.quote].content
                    if whole
                    else Span(first.start, in_marks.end)
                    if in_marks is not None
                    else Span(first.start, trim_end(text, first.start, last))
                )
                if turn[0].lower in lexicon.answer_labels:
                    drafts.append(Draft(QuoteKind.DIRECT, span, index, follows="answer"))
                else:
                    name = Span(turn[0].start, turn[name_end - 1].end)
                    drafts.append(Draft(QuoteKind.DIRECT, span, index, None, name))
                turn_name = text[turn[0].start : turn[name_end - 1].end]
                if in_marks is None and stop == len(tokens):
                    if openings is None:
                        openings = _label_openings(paragraphs)
                    if openings[turn_name] >= _MIN_TURNS:
                        turn_open = drafts[-1]
            pending_colon = pending_subject = None
            tokens = tokens[stop:]
            while tokens and is_dash(tokens[0]):
                tokens = tokens[1:]  # "— Er setzt sich.": the writer's sentences after
            label = _opening_label(tokens, lexicon, outlet) if tokens else None
        if not tokens:
            previous_units, previous_index = [paragraph.span], index
            continue
        reader = _Paragraph(text, index, tokens, [q for _, q in in_paragraph], lexicon, names)
        frames, unit_ranges = find_frames(tokens, lexicon)
        unit_spans = [Span(tokens[a].start, tokens[b - 1].end) for a, b in unit_ranges]
        unit_starts = [a for a, _ in unit_ranges]
        after_quote = _frames_by_start(frames)
        claimed: set[int] = set()
        colon_before: dict[int, Frame] = {}
        last_source: Span | None = None
        last_gender = ""  # what the cues of the last source's frames mark
        colon_at_end: tuple[Span, Span] | None = None
        first_draft_here = len(drafts)
        for frame in frames:
            if frame.source is not None:
                # "«Укрзалізниця» повідомила, що C": a name in marks that speaks, no quote
                claimed.update(tokens[n].quote for n in reader.quotes_in(frame.source))
            source = reader.source_span(frame.source)
            # the verb's gender, not the last word's ("сказала в интервью")
            words = (t.lower for t in tokens[frame.cue[0] : frame.cue[1]])
            gender = verb_gender(cue_verb(words, lexicon), lexicon)
            # "„Q1” – dodał X. „Q2” – podkreśliła.": a cue of the other gender is no
            # longer the last source's (the speakers' step finds whose it is); a cue
            # that marks no gender ("dodaje") still is
            if (
                frame.inherits
                and source is None
                and not (gender and last_gender and gender != last_gender)
            ):
                source = last_source
            if source is not None:
                last_gender = gender or (last_gender if source == last_source else "")
                last_source = source
            # "C, hieß es.": the impersonal pronoun that ends the cue names no one
            impersonal = tokens[frame.cue[1] - 1].lower in lexicon.impersonal_pronouns
            if source is not None and _impersonal_subject(tokens, frame, lexicon):
                source, impersonal = None, True
            impersonal = impersonal or frame.unnamed  # "when asked whether C": who asked?
            follows = "" if source is not None or impersonal else "previous"
            cue = reader.cue_span(frame)
            if frame.particle is not None:
                particles[cue] = reader.span_of(frame.particle, frame.particle + 1)
            if frame.form == "colon":
                colon_before[frame.unit + 1] = frame
                if frame.unit == len(unit_ranges) - 1 and source is not None:
                    colon_at_end = (cue, source)
                continue
            last_unit_end = unit_ranges[-1][1]
            if (
                colon_at_end is None
                and source is not None
                and cue is not None
                and frame.unit == len(unit_ranges) - 1
                and frame.content is not None
                and frame.content[1] == last_unit_end - 1
                and tokens[last_unit_end - 1].text == ":"
            ):
                # "the committee said about its draft:" and the quotation in the next
                # paragraph: the cue that runs to the paragraph's colon introduces it
                colon_at_end = (cue, source)
            if _headline_noun_source(text, tokens, frame, lexicon):
                continue  # "Drop in turnout hints that C": a thing's noun, no one speaks
            if _impersonal(tokens, frame, unit_ranges[frame.unit][0], lexicon):
                continue  # "Ранее сообщалось, что …": reported by nobody the text names
            if frame.form == "cue_line":
                # "he added." after words that end in a comma: a cue line without a dash
                closing = Closing((0, 0), frame.cue, frame.source)
                _close_words(
                    text, drafts, paragraphs, by_paragraph, index, tokens, closing, lexicon, names
                )
                continue
            addressed = _addressee_first(tokens, frame, lexicon, outlet)
            if addressed is not None:
                # "Об этом сообщил ТАСС председатель комитета X": the outlet is told, X speaks
                medium, speaker = addressed
                if not _is_self_name(text, reader.span_of(*medium), lexicon, outlet):
                    anaphoric_sources.append(reader.span_of(*medium))
                source = reader.span_of(*speaker)
            referred = _source_reference(tokens, frame, unit_ranges[frame.unit][1], lexicon)
            channel = source
            if source is not None and referred is not None:
                before = referred[0][0] - 1
                channel = Span(
                    source.start,
                    # (the medium's name in marks after its noun: see _source_reference)
                    tokens[before].end
                    if _relaying_title(tokens, before, lexicon, after_medium=True)
                    else min(source.end, tokens[before].end),
                )
            own = channel is not None and _is_self_name(text, channel, lexicon, outlet)
            # "Об этом сообщает «Медиазона» со ссылкой на X": a name in marks that refers
            # to a source is an outlet
            # (but "сообщает «Лорнгаз» со ссылкой на данные …": a company relays its data)
            named_in_marks = (
                referred is not None
                and _marked_only(tokens, frame)
                and not (channel is not None and is_company_name(channel.of(text), lexicon))
            )
            if channel is not None and (
                own or named_in_marks or _names_outlet(text, channel, lexicon)
            ):
                # "Про це повідомляє РБК-Україна з посиланням на X.", "C, повідомляє
                # Reuters з посиланням на X": the outlet is the channel, X the speaker
                if referred is None and own:
                    continue  # "UNN reports (citing X)": the outlet speaks for itself
                if referred is not None:
                    if not own:
                        anaphoric_sources.append(channel)
                    cue, source = reader.span_of(*referred[0]), reader.span_of(*referred[1])
            if (
                source is not None
                and frame.form in ("anaphoric", "before", "according", "as")
                and not _said_in_body(tokens, frame, lexicon)
                and _names_outlet(text, source, lexicon)
            ):
                # "This was first carried by Lornpress", "…, Metro News writes": a named
                # outlet is credited (an attribution), not quoted
                anaphoric_sources.append(source)
                continue
            if frame.form == "anaphoric":
                if source is None:
                    continue
                if not _said_in_body(tokens, frame, lexicon):
                    anaphoric_sources.append(source)  # not "Про це повідомили в ОП"
                # the sentence before; the whole paragraph before, when the attribution
                # stands on a line of its own (ANNOTATION.md, "Anaphoric attribution")
                own_line = len(unit_spans) == 1 and bool(previous_units)
                target, home = (
                    (unit_spans[frame.unit - 1], index)
                    if frame.unit > 0
                    else (
                        Span(previous_units[0].start, previous_units[-1].end)
                        if own_line
                        else previous_units[-1]
                        if previous_units
                        else None,
                        previous_index,
                    )
                )
                recent = max(0, len(drafts) - _LOOKBACK)
                if target is None:
                    continue
                # a quote's words, or the line of its cue ("- йдеться у повідомленні."):
                # the attribution names the quote's speaker where its cue names none
                quoting = [
                    n
                    for n, d in enumerate(drafts[recent:], recent)
                    if (d.kind is not QuoteKind.REPORTED or _tail_attributed(d, target))
                    and (d.span.overlaps(target) or (d.cue is not None and d.cue.overlaps(target)))
                ]
                if quoting:
                    for n in quoting:
                        if drafts[n].source is None:
                            drafts[n] = attrs.evolve(drafts[n], source=source)
                    continue
                pronoun = frame.source is not None and all(
                    tokens[n].lower in lexicon.pronouns for n in range(*frame.source)
                )
                if pronoun and any(
                    d.source is not None and d.cue is not None and target.contains(d.cue)
                    for d in drafts[recent:]
                    if d.span.overlaps(target)
                ):
                    # "Міністр X заявив, що C. Про це він сказав на брифінгу": the pronoun
                    # takes up the sentence's own speaker, whose quote stands
                    continue
                # "Депутаты предложили C. Об этом сообщил X": X reported the whole sentence
                drafts[recent:] = [d for d in drafts[recent:] if not d.span.overlaps(target)]
                end = _before_self_credit(text, target.start, target.end, outlet, lexicon)
                filling = _filling_quotation(text, Span(target.start, end), by_opening)
                if filling is not None:
                    # "“Q.” Lo ha detto X": the quotation is X's own words
                    drafts.append(Draft(QuoteKind.DIRECT, filling, home, cue, source))
                    continue
                drafts.append(Draft(QuoteKind.REPORTED, Span(target.start, end), home, cue, source))
                continue
            if frame.content is None:
                continue
            if frame.fronted is not None:
                fronted = reader.span_of(*frame.fronted)
                drafts.append(Draft(QuoteKind.REPORTED, fronted, index, cue, source, follows))
            # 'X는 "Q1"며 "Q2"고 말했다': a quotation alone before the content, the words
            linked = frame.extra is not None and _lone_quotation(tokens, *frame.extra)
            if linked and frame.extra is not None:
                quote = quoted[tokens[frame.extra[0]].quote]
                claimed.add(tokens[frame.extra[0]].quote)
                drafts.append(Draft(QuoteKind.DIRECT, quote.content, index, cue, source, follows))
            inside = reader.quotes_in(frame.content)
            claimed.update(tokens[i].quote for i in inside)
            if len(inside) == 1 and (
                reader.words_in(frame.content) == 0
                or _quotation_then_adjunct(tokens, frame, lexicon)
                or _adjunct_then_quotation(tokens, frame, lexicon)
            ):
                quote = quoted[tokens[inside[0]].quote]
                if _title_in_sentence(text, quote, tokens, inside[0], 0, lexicon) or _work_title(
                    text, quote, tokens, inside[0], lexicon
                ):
                    continue
                drafts.append(Draft(QuoteKind.DIRECT, quote.content, index, cue, source, follows))
                continue
            if frame.form == "colon_words" and not _verb_second_in(tokens, *frame.content, lexicon):
                # "X said: the words" without marks: the speaker's own words (but "X wies
                # das zurück: Man habe …", in the indirect mood, is reported)
                span = reader.span_of(*_announced_text(tokens, frame, frames, unit_ranges, lexicon))
                drafts.append(Draft(QuoteKind.DIRECT, span, index, cue, source, follows))
                continue
            span = reader.span_of(*frame.content)
            fragments = [i for i in inside if not is_name_quotation(tokens, i, lexicon)]
            kind = QuoteKind.MIXED if fragments else QuoteKind.REPORTED
            comma_dash = frame.form == "before" and not inside and _comma_dash_before(tokens, frame)
            if (
                frame.form == "before"
                and not inside
                and (reader.first_person(frame.content) or comma_dash)
            ):
                # "We will win, he said."; without the marks, "Дані уточнюються, -
                # написав X": the words
                kind = QuoteKind.DIRECT
            if (
                comma_dash
                and frame.unit > 0
                and span.start == unit_spans[frame.unit].start
                and len(drafts) == first_draft_here
                and not any(t.kind == "q" for t in tokens)
            ):
                # "A. B, - написав X": the words run from the paragraph's start
                span = Span(unit_spans[0].start, span.end)
            drafts.append(Draft(kind, span, index, cue, source, follows))
            if frame.extra is not None and not linked:
                extra_inside = reader.quotes_in(frame.extra)
                claimed.update(tokens[i].quote for i in extra_inside)
                kind = QuoteKind.MIXED if extra_inside else QuoteKind.REPORTED
                drafts.append(
                    Draft(kind, reader.span_of(*frame.extra), index, cue, source, follows)
                )
        # (the cheap test first: most paragraphs hold no word a reference phrase starts with)
        if not reference_starts.keys().isdisjoint(map(LOWER, tokens)):
            anaphoric = sorted(f.cue[0] for f in frames if f.form == "anaphoric")
            for a, b in unit_ranges:
                found = _credit_reference(tokens, a, b, lexicon, outlet)
                if found is None:
                    continue
                content, cue_range, source_range = found
                nearest = bisect.bisect_left(anaphoric, content[0])
                if nearest < len(anaphoric) and anaphoric[nearest] < content[1]:
                    # "This was reported by the ministry, UNN writes with reference to its
                    # press service": the attribution of the sentence before, no content
                    continue
                span = reader.span_of(*content)
                cited = reader.span_of(*source_range)
                recent = max(first_draft_here, len(drafts) - _LOOKBACK)
                # "…, Metro News reports, citing the harbour master": no words of his
                drafts[recent:] = [d for d in drafts[recent:] if not cited.contains(d.span)]
                if not any(d.span.overlaps(span) for d in drafts[recent:]):
                    drafts.append(
                        Draft(
                            QuoteKind.REPORTED,
                            span,
                            index,
                            reader.source_span(cue_range),
                            reader.source_span(source_range),
                        )
                    )
        if lexicon.indirect_mood_forms:
            _continue_reports(drafts, first_draft_here, reader, unit_ranges)
        # quotations no frame claimed (none in a paragraph without marks: most of them)
        for position, token in enumerate(tokens) if in_paragraph else ():
            if token.kind != "q" or token.quote in claimed:
                continue
            quote = quoted[token.quote]
            has_words = bool(WORD.search(text, quote.content.start, quote.content.end))
            # an attribution inside the quotation needs words: marks alone are not read
            inner_tokens = tokenize(text, quote.content, []) if has_words else []
            inner = _inner_attribution(inner_tokens, lexicon) if has_words else None
            if inner is not None:
                pieces, cue_range, source_range = inner
                inner_reader = _Paragraph(text, index, inner_tokens, [], lexicon)
                for piece in pieces:
                    drafts.append(
                        Draft(
                            QuoteKind.DIRECT,
                            inner_reader.span_of(*piece),
                            index,
                            inner_reader.source_span(cue_range),
                            inner_reader.source_span(source_range),
                            follows="" if source_range else "previous",
                        )
                    )
                continue
            unit = bisect.bisect_right(unit_starts, position) - 1
            a, b = unit_ranges[unit]
            if (
                _in_noun_phrase(tokens, position, a, lexicon)
                or _title_in_sentence(text, quote, tokens, position, a, lexicon)
                or _work_title(text, quote, tokens, position, lexicon)
                or _authored(tokens, position, b, lexicon)
                or _dated(text, quote)
            ):
                continue
            if (
                quote.single
                and all(t.kind == "p" for t in tokens if t is not token)
                and not _goes_on_single(text, quote, drafts)
            ):
                continue  # "'A fight to the finish.'" alone: a subhead in single marks
            fills_unit = all(tokens[i].kind == "p" for i in range(a, b) if i != position)
            attribution = _attribution_around(
                tokens,
                quote,
                position,
                (a, b),
                unit_ranges[unit + 1][1] if unit + 1 < len(unit_ranges) else b,
                after_quote,
                reader,
                lexicon,
            )
            if attribution is None:
                # "“A,” X wrote. “Really?”": a sentence of its own in marks after X's quote
                # goes on with X's words, however short
                recent = max(first_draft_here, len(drafts) - _LOOKBACK)
                # the stop inside the marks, or after them ("«B».": Italian, Spanish)
                stopped = text[quote.content.end - 1] in SENTENCE_STOPS or (
                    position + 1 < b
                    and tokens[position + 1].kind == "p"
                    and tokens[position + 1].text in SENTENCE_STOPS
                )
                resumed = _resumed(tokens, position, (a, b), frames, lexicon)
                goes_on = (
                    fills_unit
                    and stopped
                    and any(d.kind is QuoteKind.DIRECT for d in drafts[recent:])
                    and has_words
                ) or resumed
                ends_unit = all(tokens[i].kind == "p" for i in range(position + 1, b))
                tried = ends_unit and _reads_as_sentence(text, quote)
                introduced = signature_before(tokens, a, position, lexicon) if tried else None
                # "X wrote to Y, “Why now?”": a sentence in marks after its cue is speech,
                # however short (but "added a title: “song writer.”" is a term)
                if not (
                    goes_on
                    or introduced
                    or reads_as_speech(text, quote, fills_unit, lexicon)
                    or (
                        tried
                        and _sentence_after_colon(text, quote, lexicon)
                        and colon_subject(tokens, a, position - 1, lexicon) is not None
                    )
                ):
                    continue
                if _titled_apposition(tokens, position, b, lexicon):
                    continue
                if _borrowed_words(text, quote, tokens, position, (a, b), lexicon):
                    continue
                colon = colon_before.get(unit)
                if colon is not None and position == a:
                    attribution = (reader.cue_span(colon), reader.source_span(colon.source), "")
                elif position == 0 and pending_colon is not None:
                    attribution = (*pending_colon, "")
                elif position == 0 and pending_subject is not None:
                    attribution = (None, pending_subject, "")  # "Jo Roe called them on it:"
                elif (
                    lexicon.capitalised_nouns
                    and position > a
                    and not _closed_inside(text, quote)
                    and (
                        tokens[position - 1].kind == "w"
                        or _title_after_colon(text, quote, tokens, position, a, b, lexicon)
                    )
                ):
                    # "in der „Monatsschrift für Turnwesen“": a title amid a sentence; so
                    # is a short one after a colon that no cue word comes before, where
                    # the sentence goes on ("sein Singspiel: „Die Brüder“ mit Erfolg")
                    continue
                elif ends_unit and (
                    introduced := introduced
                    if tried
                    else signature_before(tokens, a, position, lexicon)
                ):
                    # "X said in a letter to the magazine: “A.”"
                    source_range, cue_range = introduced
                    attribution = (
                        reader.source_span(cue_range),
                        reader.source_span(source_range),
                        "",
                    )
                elif ends_unit and (subject := colon_subject(tokens, a, position - 1, lexicon)):
                    # "Jo Roe gave it a try on Tuesday: “A.”", "From the chairwoman: “A.”"
                    attribution = (None, reader.source_span(subject), "")
                else:
                    # the quotation right before this one (of two drafts of it, the
                    # later): frames' drafts come first, so the last drafted need not be
                    # the nearest
                    earlier = max(
                        (
                            (draft.span.end, n, draft)
                            for n, draft in enumerate(drafts[recent:])
                            # (a resumed quotation: the words that the writer's took in)
                            if (
                                draft.kind is QuoteKind.DIRECT
                                or (resumed and draft.kind is QuoteKind.MIXED)
                            )
                            and draft.span.end <= quote.content.start
                        ),
                        default=(0, 0, None),
                    )[2]
                    act = _speech_act_before(tokens, position, unit, unit_ranges, lexicon)
                    if act is not None and (
                        earlier is None
                        or earlier.span.end <= tokens[unit_ranges[unit - 1][0]].start
                    ):
                        # "Die Ärztin antwortete knapp. „Das Bein ist gebrochen.“": the
                        # speech act of the sentence before, without words, is the
                        # quotation's
                        attribution = (reader.source_span(act[0]), reader.source_span(act[1]), "")
                    elif earlier is not None:
                        attribution = (earlier.cue, earlier.source, earlier.follows)
                    else:
                        runs_on = quote.closing is None and index + 1 < len(paragraphs)
                        attribution = (None, None, "next" if runs_on else "previous")
            drafts.append(Draft(QuoteKind.DIRECT, quote.content, index, *attribution))
        pending_colon = colon_at_end
        colon_end = (
            colon_subject(tokens, unit_ranges[-1][0], len(tokens) - 1, lexicon)
            if unit_ranges and not in_paragraph
            else None
        )
        pending_subject = reader.source_span(colon_end) if colon_end is not None else None
        previous_units, previous_index = unit_spans, index
    forget_readers()  # (the article's token lists are read)
    drafts = [
        attrs.evolve(d, particle=particles[d.cue]) if d.cue in particles else d for d in drafts
    ]
    drafts = [attrs.evolve(d, name=names[d.source]) if d.source in names else d for d in drafts]
    if outlet is not None:
        # "C, сообщил X, передает УНН.": the outlet's credit to itself (any draft of no
        # more than its name and a credit's few words, here after an inserted cue) is
        # no part of the content
        drafts = [d for d in drafts if not _is_self_credit(text, d.span, outlet, lexicon)]
    drafts.sort(key=lambda d: (d.span.start, d.span.end))
    return _without_overlaps(drafts), anaphoric_sources


def _is_self_credit(text: str, span: Span, outlet: OutletRules, lexicon: Lexicon) -> bool:
    """Whether ``span`` is nothing but the outlet's credit to itself: its name and at
    most :data:`_MAX_CREDIT_WORDS` words of a credit (``передает УНН``, ``UNN reports``)."""
    if len(span) > _SELF_CREDIT_CHARS:
        return False  # a cheap screen first: a credit is short
    words = span.of(text).split()
    if len(words) > _MAX_CREDIT_WORDS + 1:
        return False
    said = f" {' '.join(words).casefold()} "
    return any(f" {name} " in said for name in self_name_forms(outlet, lexicon))


def _close_words(
    text: str,
    drafts: list[Draft],
    paragraphs: Sequence[Paragraph],
    marked: dict[int, list[tuple[int, QuotedSpan]]],
    index: int,
    tokens: list[Token],
    closing: Closing,
    lexicon: Lexicon,
    names: dict[Span, Span],
) -> bool:
    """Draft the words that a closing attribution closes (:mod:`.dash_closed`), and
    whether it closes any: the words before its dash, or the paragraph before a cue
    line; and the paragraphs before those that run the same words on.  A cue line after
    a paragraph whose quotations no cue claims (``“…”`` then ``- said X.``) signs them;
    ``names``: see :meth:`_Paragraph.source_span`."""
    reader = _Paragraph(text, index, tokens, [], lexicon, names)
    cue, source = reader.source_span(closing.cue), reader.source_span(closing.source)
    follows = "" if source is not None else "previous"
    if closing.words[1] > closing.words[0]:
        first, words = index, reader.span_of(*closing.words)
    elif closes_previous(paragraphs, marked, index) or (
        # "Words with a «Name» in marks" then "- said X.": no quotation was a quote
        is_dash(tokens[0])
        and index - 1 in marked
        and not _drafted(drafts, index - 1)
        and closes_previous(paragraphs, (), index)
    ):
        # "- the decree says." on a line of its own: the paragraph before is the words
        first, before = index - 1, paragraphs[index - 1].span
        words = Span(before.start, trim_end(text, before.start, before.end))
        _drop_drafts(drafts, first)
    elif is_dash(tokens[0]) and index - 1 in marked:
        return _sign_drafts(drafts, index - 1, cue, source, follows)
    else:
        return False
    runs = runs_back(text, paragraphs, marked, first, functools.partial(_drafted, drafts), lexicon)
    for home in reversed(runs):
        span = paragraphs[home].span
        end = trim_end(text, span.start, span.end)
        drafts.append(Draft(QuoteKind.DIRECT, Span(span.start, end), home, cue, source, follows))
    drafts.append(Draft(QuoteKind.DIRECT, words, first, cue, source, follows))
    return True


def _sign_drafts(
    drafts: list[Draft], paragraph: int, cue: Span | None, source: Span | None, follows: str
) -> bool:
    """Give the quotes of a paragraph that no cue claims (no cue, no source) the
    attribution of a dash line after it (``“…”`` then ``- Jo Roe.`` or ``- said X.``),
    and whether there were any.  Like :func:`_drafted`, only the last drafts are read:
    they come in the order of their paragraphs, give or take one."""
    signed = False
    n = len(drafts) - 1
    while n >= 0 and drafts[n].paragraph >= paragraph - 1:
        draft = drafts[n]
        if draft.paragraph == paragraph and draft.source is None and draft.cue is None:
            drafts[n] = attrs.evolve(draft, cue=cue, source=source, follows=follows)
            signed = True
        n -= 1
    return signed


def _drafted(drafts: Sequence[Draft], paragraph: int) -> bool:
    """Whether a paragraph has a draft; drafts come in the order of their paragraphs,
    give or take one, so only the last few are looked at."""
    for draft in reversed(drafts):
        if draft.paragraph == paragraph:
            return True
        if draft.paragraph < paragraph - 1:
            return False
    return False


def _drop_drafts(drafts: list[Draft], paragraph: int) -> None:
    """Remove the drafts of a paragraph (of the last ones, as :func:`_drafted` reads)."""
    n = len(drafts) - 1
    while n >= 0 and drafts[n].paragraph >= paragraph - 1:
        if drafts[n].paragraph == paragraph:
            del drafts[n]
        n -= 1


def _lone_quotation(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the tokens from ``first`` to ``end`` are one quotation and nothing else."""
    return end - first == 1 and tokens[first].kind == "q"


def _without_overlaps(drafts: list[Draft]) -> list[Draft]:
    """Keep quotes ordered and disjoint: of two that overlap, the first found stays."""
    kept: list[Draft] = []
    for draft in drafts:
        if kept and kept[-1].span.overlaps(draft.span):
            continue
        kept.append(draft)
    return kept
