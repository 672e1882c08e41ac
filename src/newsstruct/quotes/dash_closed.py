"""Words without marks closed by a dash and their cue (UNN's quotes, OUTLETS.md).

``We will restore every line by morning - the company said.``: the words before a
spaced dash are the speaker's own, a DIRECT quote without the dash and the cue.  The
convention comes in these layouts, all read here:

* the cue after the paragraph's last spaced dash, single or doubled (``A. B - the mayor
  said.``, ``A - - заявив мер.``, ``A -- said X on Monday.``; the words may open with a
  dash after the writer's sentence: ``X ocenił, że C. - A - dodał.``), or after a dash that
  opens a cue line of its own, closing the paragraph before (``- the decree says.``):
  :func:`closing_attribution` and :func:`closes_previous`;
* words that run over several paragraphs, each in the first person, closed in the
  last: :func:`runs_back`.

A cue frame whose content stops at a dash (``A - something X told Y``) is no such
quote: the frame reader's reported speech.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

import attrs
import regex

from newsstruct.lang import SENTENCE_STOPS, Lexicon
from newsstruct.model import Paragraph, Role, Span
from newsstruct.quotes.cues import attribution_in
from newsstruct.quotes.reading import DASHES, TokenReader
from newsstruct.quotes.tokens import TEXT, Token, ends_sentence

__all__ = [
    "Closing",
    "closes_previous",
    "closing_attribution",
    "in_first_person",
    "is_dash",
    "last_sentence",
    "runs_back",
]

_MIN_TOKENS = 5  # tokens of the shortest "A - X said."
_DASH_TEXTS = frozenset(DASHES)
_CUE_TAIL = 6  # words after a closing cue and its source ("on Monday in Kyiv.")
_APPOSITION_TOKENS = 16  # tokens of a description between two dashes ("- a doctor -")
_WORDS_ROLES = (Role.LEAD, Role.BODY)
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*+")


def is_dash(token: Token) -> bool:
    """Whether the token is a dash (hyphen, en, em or horizontal bar)."""
    return token.kind == "p" and token.text in DASHES


@attrs.frozen
class Closing:
    """The words and the attribution that closes them, as token ranges of one paragraph."""

    words: tuple[int, int]
    cue: tuple[int, int]
    source: tuple[int, int] | None


def closing_attribution(tokens: Sequence[Token], lexicon: Lexicon) -> Closing | None:
    """Words without marks closed by a dash and their cue: ``We are adding trains - the
    city said.``, ``A. B - - заявив мер.``, ``A -- said the governor on Monday.``, ``C -
    йдеться у повідомленні.``; or a cue line, a dash and the attribution alone (``- the
    decree says.``), whose ``words`` are empty: it closes the paragraph before.

    The attribution follows the paragraph's last spaced dash (a doubled dash is one); it
    opens with the cue or with its source right before the cue, and only a few words
    follow it (a preposition's phrase, a time, the audience; on a cue line nothing but
    adjuncts).  The words before the dash end in a word or a sentence's end.
    """
    if _DASH_TEXTS.isdisjoint(map(TEXT, tokens)):
        return None  # no dash at all (most paragraphs): told by a map that runs in C
    dash = next(
        (
            i
            for i, token in zip(range(len(tokens) - 2, -1, -1), reversed(tokens[:-1]), strict=True)
            if token.kind == "p"  # is_dash(token), inline: every token is read
            and token.text in DASHES
            and (i == 0 or token.start > tokens[i - 1].end)
        ),
        None,
    )
    if dash is None:
        return None
    first = dash
    while first > 0 and is_dash(tokens[first - 1]):
        first -= 1  # a doubled dash: "… - - said the governor."
    start = dash + 1
    while start < len(tokens) and is_dash(tokens[start]):
        start += 1  # "… -- said the governor."
    if first > 0 and (
        len(tokens) < _MIN_TOKENS
        or is_dash(tokens[0])
        or (tokens[first - 1].kind == "p" and tokens[first - 1].text not in SENTENCE_STOPS)
    ):
        return None
    found = attribution_in(tokens, start, len(tokens), lexicon)
    if found is None:
        return None
    reader = TokenReader(tokens, lexicon)
    cue, source = found
    if (
        source is not None
        and source[0] >= cue[1]
        and any(_reads_as_verb(reader, k, source[0]) for k in range(*source))
    ):
        return None  # "Jo Roe -- a former aide -- said the plan failed": a clause after the cue
    if cue[1] < len(tokens) and tokens[cue[1]].lower in lexicon.complementizers:
        return None  # "Jo Roe - a doctor - noted that C": the cue's own clause follows
    if (source is None or source[0] >= cue[1]) and _apposition_before(tokens, first, lexicon):
        # "Jo Roe -- a doctor -- said the fares would rise": no words closed; not where a
        # source opens the tail ("Ten boats - all of them old - sank - the navy said")
        return None
    opens = cue[0] == start or (source is not None and source == (start, cue[0]))
    end = max(cue[1], source[1] if source is not None else 0)
    if tokens[cue[0]].lower in lexicon.relay_verbs:
        end = len(tokens)  # "- наводить слова X пресслужба": the verb's subject after X
    tail = [t for t in tokens[end:] if t.kind != "p"]
    if not opens or len(tail) > _CUE_TAIL:
        return None
    if tail and not (
        tail[0].lower in lexicon.prepositions
        or tail[0].lower in lexicon.time_words
        or tail[0].lower in lexicon.audience_nouns
    ):
        return None  # "- a decision the mayor said was overdue": the writer's clause
    while end < len(tokens) and tokens[end].lower in lexicon.audience_nouns:
        end += 1  # "- розповів мер журналістам."
    if first == 0 and not reader.only_adjuncts(end, len(tokens)):
        return None  # "- said in Kyiv that C": a sentence, no cue line
    return Closing((_opening_dash(tokens, first) + 1, first), cue, source)


def last_sentence(closing: Closing, tokens: Sequence[Token], lexicon: Lexicon) -> Closing:
    """The closing attribution of a lead paragraph, its words cut to the last sentence
    before the dash: a wire's lead gives the news first and then the words it credits
    (``Sejm przyjął ustawę. Za głosowało 398 posłów - podało CIS.``)."""
    start, end = closing.words
    for i in range(end - 2, start, -1):
        if ends_sentence(tokens, i, lexicon):
            return attrs.evolve(closing, words=(i + 1, end))
    return closing


def _opening_dash(tokens: Sequence[Token], first: int) -> int:
    """The spaced dash right after a sentence's end before the closing dash at ``first``
    that opens the words (PAP's ``X ocenił, że C. - Q - dodał.``: the writer's sentence,
    then the speaker's own words), or ``-1`` where the words open the paragraph."""
    for i in range(first - 2, 0, -1):
        token = tokens[i]
        if (
            is_dash(token)
            and token.start > tokens[i - 1].end
            and tokens[i - 1].kind == "p"
            and tokens[i - 1].text in SENTENCE_STOPS
        ):
            return i
    return -1


def closes_previous(paragraphs: Sequence[Paragraph], marked: Container[int], index: int) -> bool:
    """Whether the cue line at ``index`` (``- the decree says.``, ``he added.``) makes the
    paragraph before it a direct quote: a body paragraph without marks (``marked`` holds
    the paragraphs with quotations) that ends in a comma or without a full stop, or any
    such paragraph when the cue line opens with a dash."""
    if index == 0 or paragraphs[index - 1].role not in _WORDS_ROLES or index - 1 in marked:
        return False
    return paragraphs[index].text[:1] in DASHES or not paragraphs[index - 1].text.rstrip().endswith(
        tuple(SENTENCE_STOPS)
    )


def runs_back(
    text: str,
    paragraphs: Sequence[Paragraph],
    marked: Container[int],
    first: int,
    drafted: Callable[[int], bool],
    lexicon: Lexicon,
) -> list[int]:
    """The paragraphs before ``first`` (the first paragraph of a speaker's words without
    marks) that the same words run over, nearest first: each right before the next, in
    the first person (``We have …``, ``Ми …``), with no quotation and no quote of its
    own (``drafted``)."""
    found: list[int] = []
    index = first - 1
    while (
        index >= 0
        and paragraphs[index].role in _WORDS_ROLES
        and index not in marked
        and not drafted(index)
        and in_first_person(text, paragraphs[index].span, lexicon)
    ):
        found.append(index)
        index -= 1
    return found


def in_first_person(text: str, span: Span, lexicon: Lexicon) -> bool:
    """Whether the text in ``span`` has a word of the first person (``we``, ``мы``)."""
    return any(
        m.group().casefold() in lexicon.first_person
        for m in _WORD.finditer(text, span.start, span.end)
    )


def _reads_as_verb(reader: TokenReader, k: int, first: int) -> bool:
    """Whether the word at ``k`` of a source that starts at ``first`` is a finite verb: a
    regular past form only after a noun (``the plan failed``), not after a determiner or
    first (``a retired general``, ``said embattled mayor Jo Roe``)."""
    token = reader.t[k]
    if token.kind != "w" or token.is_capitalised:
        return False
    if token.lower in reader.lex.finite_auxiliaries or token.lower in reader.table.verbs:
        return True
    return (
        token.lower.endswith(reader.lex.past_suffixes)
        and k > first
        and reader.word(k - 1) not in reader.lex.determiners
    )


def _apposition_before(tokens: Sequence[Token], first: int, lexicon: Lexicon) -> bool:
    """Whether the closing dash at ``first`` ends an apposition that a spaced dash after
    a word opened in the same sentence (``Jo Roe - a doctor in Lornport - said``): the
    pair sets off a description of the subject, no words closed by the dash."""
    for i in range(first - 1, 0, -1):
        if ends_sentence(tokens, i, lexicon):
            return False
        token = tokens[i]
        if is_dash(token) and token.start > tokens[i - 1].end:
            return tokens[i - 1].kind == "w" and first - i <= _APPOSITION_TOKENS
    return False
