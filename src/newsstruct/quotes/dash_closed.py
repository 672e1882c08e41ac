"""Words without marks closed by a dash and their cue (UNN's quotes, OUTLETS.md).

``We will restore every line by morning - the company said.``: the words before a
spaced dash are the speaker's own, a DIRECT quote without the dash and the cue.  The
convention comes in three layouts, all read here:

* the cue after the paragraph's last spaced dash, opening with the cue or with its
  source right before the cue (``A. B - the mayor said.``, ``A - - заявив мер.``, ``A -
  йдеться у повідомленні.``): :func:`closing_attribution`, for a paragraph without marks;
* a cue frame whose content opens the paragraph and stops at a dash (``A - something X
  told Y``, the frame reader finding the attribution): :func:`closed_content`;
* the cue on a line of its own after the words (``- the decree says.``, ``- - said the
  governor.``): :func:`closes_previous`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsstruct.lang import Lexicon
from newsstruct.model import Paragraph, Role
from newsstruct.quotes.cues import Frame, attribution_in
from newsstruct.quotes.marks import QuotedSpan
from newsstruct.quotes.reading import DASHES, TERMINAL
from newsstruct.quotes.tokens import Token

__all__ = ["Closing", "closed_content", "closes_previous", "closing_attribution", "is_dash"]

_MIN_TOKENS = 5  # tokens of the shortest "A - X said."
_CUE_TAIL = 6  # words after a closing cue and its source ("on Monday in Kyiv.")
_CLOSING_DASHES = "-–—"  # a frame's content set off from its cue


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
    city said.``, ``A. B - - заявив мер.``, ``C - йдеться у повідомленні.``

    The attribution after the paragraph's last spaced dash opens with the cue or with
    its source right before the cue, and only a few words follow it (a preposition's
    phrase, a time, the audience); the words before the dash (a doubled dash is one)
    end in a word or a sentence's end.
    """
    if len(tokens) < _MIN_TOKENS or is_dash(tokens[0]):
        return None
    dash = next(
        (
            i
            for i in range(len(tokens) - 2, 1, -1)
            if is_dash(tokens[i]) and tokens[i].start > tokens[i - 1].end
        ),
        None,
    )
    if dash is None:
        return None
    first = dash
    while first > 1 and is_dash(tokens[first - 1]):
        first -= 1  # a doubled dash: "… - - said the governor."
    found = attribution_in(tokens, dash + 1, len(tokens), lexicon)
    if found is None or (tokens[first - 1].kind == "p" and tokens[first - 1].text not in TERMINAL):
        return None
    cue, source = found
    opens = cue[0] == dash + 1 or (source is not None and source == (dash + 1, cue[0]))
    end = max(cue[1], source[1] if source is not None else 0)
    tail = [t for t in tokens[end:] if t.kind != "p"]
    if not opens or len(tail) > _CUE_TAIL:
        return None
    if tail and not (
        tail[0].lower in lexicon.prepositions
        or tail[0].lower in lexicon.time_words
        or tail[0].lower in lexicon.audience_nouns
    ):
        return None  # "- a decision the mayor said was overdue": the writer's clause
    return Closing((0, first), cue, source)


def closed_content(
    tokens: Sequence[Token],
    frame: Frame,
    frames: Sequence[Frame],
    unit_ranges: Sequence[tuple[int, int]],
    alone: bool,
) -> tuple[int, int] | None:
    """The words of a ``before`` frame whose content, without quotations, opens the
    paragraph and stops at a dash before the cue (``A - something X told Y``).

    They are the whole paragraph's words when the frame is its only attribution, its
    content opens the last of the paragraph's ``unit_ranges`` (sentences) and no quote
    was drafted before it in the paragraph (``alone``).
    """
    content = frame.content
    if frame.form != "before" or content is None:
        return None
    first, end = content
    if any(tokens[i].kind == "q" for i in range(first, end)):
        return None
    whole = (
        frame.unit == len(unit_ranges) - 1
        and first == unit_ranges[frame.unit][0]
        and alone
        and all(f.unit == frame.unit for f in frames)
        and not any(tokens[i].kind == "q" for i in range(end))
    )
    if not (whole or first == 0) or end >= len(tokens) or tokens[end].text not in _CLOSING_DASHES:
        return None
    return (0 if whole else first), end


def closes_previous(
    paragraphs: Sequence[Paragraph], quoted: Sequence[QuotedSpan], index: int, first: Token
) -> bool:
    """Whether a cue line (``he added.``, ``- the decree says.``) makes the paragraph
    before it a direct quote: a body paragraph without marks that ends in a comma or
    without a full stop, or any such paragraph when the cue line opens with a dash."""
    if index == 0 or paragraphs[index - 1].role not in (Role.LEAD, Role.BODY):
        return False
    if any(q.paragraph == index - 1 for q in quoted):
        return False
    return is_dash(first) or paragraphs[index - 1].text.rstrip()[-1:] not in TERMINAL
