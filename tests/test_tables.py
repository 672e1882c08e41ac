"""``newsstruct.quotes_table``: one flat, JSON-ready record a quote."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import pytest

import newsstruct
from newsstruct.model import Article
from newsstruct.tables import QUOTE_COLUMNS, quotes_table

FERRY = (
    "Kyiv • UNN\n\n"
    "The ferry will run again from June, port chief Iryna Sokil said on Monday.\n\n"
    "“The boats are ready,” she said."
)
VOTE = "WASHINGTON (AP) — Senator Ann Lee said on Monday that the vote would take place on Friday."
NOTHING = "Snow fell overnight in the mountains."


def test_one_record_a_quote_in_order() -> None:
    articles = [newsstruct.parse(t) for t in (FERRY, NOTHING, VOTE)]
    rows = quotes_table(articles)
    assert len(rows) == sum(len(a.quotes) for a in articles) == 3
    assert [r["article_id"] for r in rows] == [0, 0, 2]
    assert [r["quote"] for r in rows] == [0, 1, 0]
    for row in rows:
        assert tuple(row) == QUOTE_COLUMNS
        article = articles[row["article_id"]]
        quote = article.quotes[row["quote"]]
        assert row["kind"] == quote.kind.value
        assert row["speaker"] == (quote.speaker.name if quote.speaker else None)
        assert row["cue"] == quote.cue_text
        assert row["text"] == article.text[row["start"] : row["end"]] == quote.text
        assert row["paragraph"] == quote.paragraph
    assert rows[1]["speaker"] == "Iryna Sokil"
    assert rows[1]["kind"] == "direct"


def test_records_match_to_dict() -> None:
    article = newsstruct.parse(FERRY)
    rows = quotes_table(article)
    for row, quote in zip(rows, article.to_dict()["quotes"], strict=True):
        for key in ("kind", "start", "end", "text", "speaker", "cue", "paragraph"):
            assert row[key] == quote[key]


def test_ids() -> None:
    articles = [newsstruct.parse(FERRY), newsstruct.parse(VOTE)]
    rows = quotes_table(articles, ids=["ferry.txt", "vote.txt"])
    assert [r["article_id"] for r in rows] == ["ferry.txt", "ferry.txt", "vote.txt"]


def test_a_generator_of_articles() -> None:
    def articles() -> Iterator[Article]:
        yield from newsstruct.parse_many([FERRY, VOTE])

    assert len(quotes_table(articles(), ids=iter([7, 8]))) == 3


def test_one_article_and_no_quotes() -> None:
    assert quotes_table(newsstruct.parse(NOTHING)) == []
    assert quotes_table([]) == []
    assert quotes_table([Article(text="")], ids=["empty"]) == []


def test_records_are_plain_json() -> None:
    rows = quotes_table([newsstruct.parse(FERRY)])
    assert json.loads(json.dumps(rows)) == rows


@pytest.mark.parametrize("ids", [["a"], ["a", "b", "c"]])
def test_ids_must_match_the_articles(ids: list[str]) -> None:
    articles = [newsstruct.parse(FERRY), newsstruct.parse(VOTE)]
    with pytest.raises(ValueError, match="ids"):
        quotes_table(articles, ids=ids)


def test_one_article_takes_its_id_as_a_str() -> None:
    rows = quotes_table(newsstruct.parse(FERRY), ids="ferry.txt")
    assert [r["article_id"] for r in rows] == ["ferry.txt", "ferry.txt"]


def test_several_articles_refuse_one_str_of_ids() -> None:
    """A str of ids would be read one character an article ("ab": ids "a" and "b")."""
    articles = [newsstruct.parse(FERRY), newsstruct.parse(VOTE)]
    with pytest.raises(TypeError, match="not one str"):
        quotes_table(articles, ids="ab")


def test_items_must_be_articles() -> None:
    with pytest.raises(TypeError, match="not str"):
        quotes_table([FERRY])  # type: ignore[list-item]


def test_no_pandas_needed() -> None:
    # newsstruct.tables must not import pandas, even where it is installed.
    assert "pandas" not in newsstruct.tables.__dict__
    source = newsstruct.tables.__file__
    assert source is not None
    with open(source, encoding="utf-8") as handle:
        assert "import pandas" not in handle.read()


def test_pandas_data_frame() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(quotes_table([newsstruct.parse(FERRY)]))
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    assert len(frame) == 2
    assert "pandas" in sys.modules
