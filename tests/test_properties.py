"""Properties of :func:`newsstruct.parse` that hold for any input string.

Content never raises: any ``str`` gives an :class:`~newsstruct.model.Article` whose spans
lie inside the text and slice out exactly what they claim, whose quotes run forwards
without overlapping, and which survives a second parse, pickling and ``to_dict`` /
``from_dict`` unchanged (see :func:`strategies.check_article`).
"""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsstruct
from newsstruct import lang
from newsstruct.model import Article
from newsstruct.outlets import default_registry
from strategies import (
    article_texts,
    check_article,
    language_texts,
    piece_soup,
    structured_articles,
)

SAMPLE = (
    "date 2026-05-12 Ferry service to resume on the Dnipro\n"
    "Kyiv • UNN\n\n"
    "The ferry between the two banks will run again from June, the head of the port "
    "Iryna Sokil said on Monday, UNN reports.\n\n"
    "“The boats are ready and the crews have been trained,” she said.\n\n"
    "We will keep the old timetable for now,\n\n"
    "Sokil said that tickets would cost the same as last year.\n\n"
    "Recall\n\n"
    "Earlier, the port closed the route for repairs."
)


@given(st.text())
@example("")
@example("“")
@example("\r\n\r\n")
@example("date ")
@example("”, he said.")
def test_any_text(text: str) -> None:
    check_article(newsstruct.parse(text), text)


@given(piece_soup())
@example("“We will win,” he said. “Soon.”")
@example("'It's over,' she said, 'rock 'n' roll'")
@example("«Ми переможемо», - заявив він.")
@example("According to him, ")
@example("Die Polizei teilte am Montag mit, die Straße sei gesperrt.")  # cue_text "teilte mit"
@example("Recall\n\nRecall\n\n")
# a clause cut after its article (a German main-clause test read past the last token)
@example("Der Bürgermeister schlug dem Stadtrat am Montag vor, die Gebühren für das ")
# a source after an inverted cue that ends the text (the cue test after it read past it)
@example("Die Lage ist klar. « Les comptes du port sont bons », dit la directrice. a-b-c")
def test_piece_soup(text: str) -> None:
    check_article(newsstruct.parse(text), text)


@given(structured_articles())
@example(SAMPLE)
# An impossible date in the crawl line: published and published_text are None.
@example("date 2026-13-45 The bridge will reopen on Friday.\n")
# Anaphoric attribution: the quote is the paragraph before, and must say so.
@example(
    "“We will restore every line by morning,” Olena Marchuk said.\nRecall\n"
    "We will restore every line by morning,\n"
    "This was reported by Olena Marchuk, UNN reports.\n"
)
@example("КИЇВ. 17 квітня. УНН.\nThis was reported by Ostap Verbytskyi, UNN reports.\n")
def test_article_like_text(text: str) -> None:
    check_article(newsstruct.parse(text), text)


def _shape(article: Article) -> tuple[Any, ...]:
    """What an article found, without offsets, every run of white space (a line ending of
    any kind, a no-break space) written as one space."""

    def plain(part: str | None) -> str | None:
        return None if part is None else " ".join(part.split())

    dateline = article.dateline
    return (
        plain(article.title),
        article.published_text,
        article.outlet,
        article.lang,
        None if dateline is None else (plain(dateline.place), dateline.agency, dateline.date),
        [(p.role, plain(p.text)) for p in article.paragraphs],
        [
            (q.kind, plain(q.text), q.speaker and plain(q.speaker.name), plain(q.cue_text))
            for q in article.quotes
        ],
        [plain(a.source) for a in article.attributions],
        len(article.sentences),
    )


# How a text may come to us, for the same article: each a change of a text whose lines end
# with line feeds.
CHANGES = {
    "crlf": lambda text: text.replace("\n", "\r\n"),  # Windows
    "cr": lambda text: text.replace("\n", "\r"),  # classic Mac OS
    "u2028": lambda text: text.replace("\n", "\u2028"),  # JSON, word processors
    "u2029": lambda text: text.replace("\n", "\u2029"),
    "bom": lambda text: "\ufeff" + text,  # a file read without utf-8-sig
    "trailing-spaces": lambda text: text.replace("\n", " \t\n"),
    # a no-break space between a word and a capitalised one: names, "on\xa0Friday"
    "no-break-spaces": lambda text: regex.sub(r"(?<=\p{L}) (?=\p{Lu}\p{Ll})", "\u00a0", text),
}


@given(structured_articles(), st.sampled_from(sorted(CHANGES)))
@example("Odesa • UNN\nThe pier reopened on Monday, UNN reports.", "crlf")
@example("date 2026-05-12 Pier reopens\nOdesa • UNN\nThe pier reopened on Monday.", "bom")
@example("Kyiv • UNN\nWASHINGTON (AP) —\n", "bom")  # UNN's dateline names it first
@example(  # a line of spaces was no blank line: the wrapped line was not joined
    "“We will win,” Olena Marchuk said.\nWe will restore every line by morning,\n\n"
    "the talks would go on - said Olena Marchuk.\n",
    "trailing-spaces",
)
@example(  # a headline's no-break space hid that it reads as a dateline
    "date 2026-05-12 The bridge will reopen on Friday. Kyiv • UNN\n", "no-break-spaces"
)
@example(  # a page's date line read its label's words parted by plain spaces only
    "“We will win,” Olena Marchuk said.\nOlena Marchuk 12 May 2026\n", "no-break-spaces"
)
@example(  # and a byline's name
    "We will win,\nOlena Marchuk\ndate 2026-05-12\n", "no-break-spaces"
)
@example(  # a long first paragraph without a stop is the lead: its words were counted by
    # plain spaces (found with HYPOTHESIS_PROFILE=long --hypothesis-seed=2011)
    "“Prices rose by 3.5% in April”, the head of the regional administration said, and the "
    "ferry from the old pier will run again from June with two more boats in April\n"
    "“We will win,” Olena Marchuk said.\n",
    "no-break-spaces",
)
@example(  # a lead without a closing stop was long by its spaces, not its words: a wrapped
    # line's trailing space made it one
    "Kyiv • UNN\nWe will restore every line by morning, \n the talks would go on - said "
    "Olena Marchuk. “We have no other choice”, Olena Marchuk said, “We have no other choice\n"
    "“We will restore every line by morning,” Olena Marchuk said.\n",
    "trailing-spaces",
)
@example(  # a year's opening phrase stops at a line break however it is written: "\r"
    # let "it's" and the date line run into one opening
    "Kyiv • UNN\n"
    + "“We will restore every line by morning,” Olena Marchuk said.\n" * 3
    + "it's\ndate 2025-02 date 2026-05-12 \n",
    "cr",
)
def test_how_lines_end_and_spaces_are_written_changes_nothing(text: str, change: str) -> None:
    """Windows or old Mac line endings, line separators, a byte-order mark before the
    text, spaces at the ends of lines and no-break spaces between words find the same
    parts as the text with line feeds and plain spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    other = CHANGES[change](text)
    assert _shape(newsstruct.parse(other)) == _shape(newsstruct.parse(text))


def test_lines_wrapped_in_html_paragraph_tags_read_as_their_text() -> None:
    """Text pasted from a page's source, each line a ``<p>…</p>``, finds the same parts
    as the plain text (spans still index the text as given, tags and all)."""
    wrapped = "".join(
        f'<p class="x">{line}</p>\r\n' if line else "\n" for line in SAMPLE.split("\n")
    )
    article = newsstruct.parse(wrapped)
    check_article(article, wrapped)
    assert _shape(article) == _shape(newsstruct.parse(SAMPLE))
    assert article.title == "Ferry service to resume on the Dnipro"


@pytest.mark.parametrize("form", ["<br>", "<BR />\n", "</p><p>"])
def test_html_line_breaks_read_as_line_feeds(form: str) -> None:
    """Text pasted from a page's source with HTML's line breaks (or paragraph tags) for
    line feeds finds the same parts (``said Ann<br>Lee`` gave ``Lee``; a line holding
    ``<br/>`` was page furniture).  A line that stops mid-sentence joins no line across a
    tag, so this holds for text whose lines join none."""
    text = SAMPLE.replace("\n", form)
    article = newsstruct.parse(text)
    check_article(article, text)
    assert _shape(article) == _shape(newsstruct.parse(SAMPLE))


def test_lines_wrapped_in_markdown_read_as_their_text() -> None:
    """A scraper's Markdown: the headline a heading, the dateline and the marker in
    emphasis, a quotation in a block quotation."""
    marked = {"date": "# {}", "Kyiv": "**{}**", "Recall": "**{}**", "“The": "> {}"}
    text = "\n".join(
        next((form for word, form in marked.items() if line.startswith(word)), "{}").format(line)
        for line in SAMPLE.split("\n")
    )
    article = newsstruct.parse(text)
    check_article(article, text)
    assert _shape(article) == _shape(newsstruct.parse(SAMPLE))


@given(structured_articles())
def test_forced_language_and_outlet(text: str) -> None:
    check_article(newsstruct.parse(text, lang="en", outlet="unn"), text)


LANGUAGES = lang.available()
OUTLETS = default_registry().available()
# a quarter of the profile's examples for each language, a tenth for each outlet (25 and
# 10 a local run, 75 and 30 under CI)
_EACH_LANGUAGE = settings(max_examples=max(1, settings().max_examples // 4))
_EACH_OUTLET = settings(max_examples=max(1, settings().max_examples // 10))


@pytest.mark.parametrize("code", LANGUAGES)
@_EACH_LANGUAGE
@given(data=st.data())
def test_every_language_forced_on_mixed_scripts(code: str, data: st.DataObject) -> None:
    """Each language's words and unbalanced quotation marks among other scripts, hidden
    and control characters, read as that language and, now and then, as an outlet's."""
    text = data.draw(language_texts(code), label="text")
    outlet = data.draw(st.sampled_from((None, *OUTLETS)), label="outlet")
    check_article(newsstruct.parse(text, lang=code, outlet=outlet), text)


@pytest.mark.parametrize("outlet", OUTLETS)
@_EACH_OUTLET
@given(data=st.data())
def test_every_outlet_forced_on_its_languages(outlet: str, data: st.DataObject) -> None:
    """Text of one of an outlet's languages (any language for an outlet of none), read
    as that outlet's, the language forced or detected."""
    codes = default_registry().get(outlet).languages or LANGUAGES
    code = data.draw(st.sampled_from([c for c in codes if c in LANGUAGES] or LANGUAGES))
    text = data.draw(language_texts(code), label="text")
    forced = data.draw(st.sampled_from((code, None)), label="lang")
    check_article(newsstruct.parse(text, lang=forced, outlet=outlet), text)


@given(article_texts())
def test_parse_is_deterministic(text: str) -> None:
    first = newsstruct.parse(text)
    second = newsstruct.parse(text)
    assert first == second
    assert first.to_dict() == second.to_dict()


@given(article_texts())
@example("DATE 0000-00-00")
def test_pickle_and_dict_round_trip(text: str) -> None:
    article = newsstruct.parse(text)
    assert pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)) == article
    assert Article.from_dict(article.to_dict()) == article


@given(st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u2028\u3000"))
def test_blank_text_gives_an_empty_article(text: str) -> None:
    article = newsstruct.parse(text)
    assert article.text == text
    assert article.quotes == ()
    assert article.paragraphs == ()
    assert article.speakers == ()
    assert article.background == ()
    check_article(article, text)


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(b"Kyiv \xe2\x80\xa2 UNN", "bytes"), (None, "None"), (3, "int"), (["text"], "list")],
)
def test_non_str_input_raises_type_error(value: Any, type_name: str) -> None:
    with pytest.raises(TypeError, match=type_name):
        newsstruct.parse(value)


def test_sample_keeps_the_contract() -> None:
    article = newsstruct.parse(SAMPLE)
    check_article(article, SAMPLE)
    assert article.published is not None
    assert article.published.isoformat() == "2026-05-12"
    assert article.quotes, "the sample has quotes"
