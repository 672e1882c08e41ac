"""The long property run: 10,000 examples of arbitrary and article-like text under ``CI``.

One test, so that the long run costs one test's time: ``.ci/run`` sets ``CI`` and this
test then draws 10,000 examples (the ``long`` profile of ``conftest.py``); a local run
draws 300 (``long-dev``).  The text is what ``tests/test_properties.py`` draws (any text,
lexicon soups, article-like text) plus the same with hostile characters put in at random
places: lone surrogates, C0 and C1 controls, zero-width and bidirectional controls,
quotation marks, emoji and line separators.  The invariants are those of
:func:`strategies.check_article` and the JSON policy of :meth:`Article.to_dict`.
"""

from __future__ import annotations

import json
import os

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsstruct
from strategies import MARKS, article_texts, check_article

LONG = settings.get_profile("long" if os.environ.get("CI") else "long-dev")

HOSTILE = (
    "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1c\x1f\x7f\x80\x85\x9f"  # C0 and C1 controls
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi
    "\u2028\u2029\r"  # line and paragraph separators
    "\ufffd\U0001f600\U0001f1fa\U0001f1e6\u0301"  # replacement, emoji, a combining mark
)
_HOSTILE_CHARACTER = st.one_of(
    st.integers(0xD800, 0xDFFF).map(chr),  # lone surrogates
    st.sampled_from(HOSTILE),
    st.sampled_from(MARKS),
    st.characters(),
)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Article-like or arbitrary text with hostile characters put in at random places."""
    text = draw(article_texts())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(_HOSTILE_CHARACTER, min_size=1, max_size=6)) + text[at:]
    return text


@LONG
@given(st.one_of(article_texts(), hostile_texts()))
@example("")
@example("DATE 0000\x0c0")  # the body after a date line started with the form feed
@example("\ud800“We will win,” she said.\x00")
@example("Kyiv • UNN\r“Ми переможемо», - заявив він.\u2028Recall\u202e")
def test_any_text_keeps_the_contract(text: str) -> None:
    article = newsstruct.parse(text)
    check_article(article, text)
    data = article.to_dict()
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert json.loads(raw.decode("utf-8", "surrogatepass")) == data
