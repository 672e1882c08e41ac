"""The HTML view: :func:`newsstruct.render.to_html`, ``Article._repr_html_`` and pages.

The views are read back with the standard library's HTML parser into a small tree, so
that the tests check structure (one highlighted element a quote, its speaker, the
legend, the shaded background) rather than strings.
"""

from __future__ import annotations

import dataclasses
import html.parser
from pathlib import Path

import pytest
from hypothesis import given

import newsstruct
from newsstruct.model import Article, Paragraph, Quote, QuoteKind, Role, Span, Speaker
from newsstruct.render import STYLE, to_html, to_html_page
from strategies import article_texts

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "unn-rutte.txt"

# An invented article with a speaker of its own, two kinds of quote and background.
INVENTED = (
    "date 2026-04-02 Kyiv zoo welcomes two snow leopards\n"
    "Kyiv • UNN\n\n"
    "Two snow leopards arrived at the Kyiv zoo on Wednesday, its director Olha Marchenko "
    "said, UNN reports.\n\n"
    "“They travelled well and are already exploring their enclosure,” Marchenko said.\n\n"
    "Chief vet Petro Lysenko said that both animals were in good health.\n\n"
    'The keeper added that the cats were "very curious" about visitors.\n\n'
    "Recall\n\n"
    "Earlier, the zoo renovated its big-cat house."
)

VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col"})


@dataclasses.dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = dataclasses.field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self, skip_labels: bool = False) -> str:
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not (skip_labels and "ns-who" in child.classes):
                out.append(child.text(skip_labels))
        return "".join(out)

    def iter(self) -> list[Node]:
        found = [self]
        for child in self.children:
            if isinstance(child, Node):
                found.extend(child.iter())
        return found

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag) and (cls is None or cls in node.classes)
        ]


class TreeBuilder(html.parser.HTMLParser):
    """Build a tree of :class:`Node` and insist that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def tree(markup: str) -> Node:
    builder = TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def check_view(article: Article, markup: str) -> Node:
    """The structure every view has, whatever the article."""
    root = tree(markup)
    assert not root.find_all("script")
    for node in root.iter():
        for name in node.attrs:
            assert not name.startswith("on"), f"event handler {name} on <{node.tag}>"
        assert "src" not in node.attrs and "href" not in node.attrs
    marks = root.find_all("mark", "ns-quote")
    assert len(marks) == len(article.quotes)
    assert sorted(int(m.attrs["data-quote"]) for m in marks) == list(range(len(article.quotes)))
    for mark in marks:
        quote = article.quotes[int(mark.attrs["data-quote"])]
        name = quote.speaker.name if quote.speaker is not None else "no speaker"
        assert mark.attrs["data-speaker"] == name
        assert mark.attrs["data-kind"] == quote.kind.value
        assert name in mark.attrs["title"]
        labels = mark.find_all("span", "ns-who")
        assert len(labels) == 1
        assert labels[0].text().startswith(name)
        continued = [
            m
            for m in root.find_all("mark", "ns-quote-continued")
            if m.attrs["data-quote"] == mark.attrs["data-quote"]
        ]
        shown = mark.text(skip_labels=True) + "".join(m.text() for m in continued)
        assert "".join(shown.split()) == "".join(quote.text.split())
    return root


@pytest.fixture(scope="module")
def seed() -> Article:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    return newsstruct.parse(SEED.read_text(encoding="utf-8"))


def test_seed_shows_every_quote_with_its_speaker(seed: Article) -> None:
    assert seed.quotes, "the seed article has quotes"
    root = check_view(seed, to_html(seed))
    for index, quote in enumerate(seed.quotes):
        [mark] = [
            m for m in root.find_all("mark", "ns-quote") if m.attrs["data-quote"] == str(index)
        ]
        assert quote.speaker is not None
        assert mark.attrs["data-speaker"] == quote.speaker.name
        assert quote.speaker.name in mark.find_all("span", "ns-who")[0].text()


def test_seed_legend_counts_quotes_by_speaker(seed: Article) -> None:
    root = tree(to_html(seed))
    [legend] = root.find_all("div", "ns-legend")
    entries = legend.find_all("li", "ns-speaker")
    counts = {e.attrs["data-speaker"]: int(e.attrs["data-quotes"]) for e in entries}
    expected: dict[str, int] = {}
    for quote in seed.quotes:
        assert quote.speaker is not None
        expected[quote.speaker.name] = expected.get(quote.speaker.name, 0) + 1
    assert counts == expected
    for entry in entries:
        count = int(entry.attrs["data-quotes"])
        assert entry.find_all("span", "ns-speaker-name")[0].text() == entry.attrs["data-speaker"]
        assert entry.find_all("span", "ns-count")[0].text() == (
            f"{count} quote{'' if count == 1 else 's'}"
        )


def test_seed_dateline_and_background(seed: Article) -> None:
    [root] = tree(to_html(seed)).find_all("div", "ns-text")
    [dateline] = root.find_all("span", "ns-dateline")
    assert seed.dateline is not None
    assert dateline.text() == seed.dateline.span.of(seed.text)
    assert "Kyiv" in dateline.attrs["title"]
    shaded = root.find_all("p", "ns-role-background")
    assert len(shaded) == len(seed.background) >= 1
    assert [p.text() for p in shaded] == [p.text for p in seed.background]


def test_every_paragraph_is_shown_once_in_order() -> None:
    article = newsstruct.parse(INVENTED)
    root = check_view(article, to_html(article))
    shown = [p.text(skip_labels=True) for p in root.find_all("p", "ns-p")]
    assert shown == [p.text for p in article.paragraphs]
    roles = [p.attrs["data-role"] for p in root.find_all("p", "ns-p")]
    assert roles == [p.role.value for p in article.paragraphs]


def test_kinds_are_styled_apart() -> None:
    article = newsstruct.parse(INVENTED)
    assert {q.kind for q in article.quotes} == set(QuoteKind)
    root = tree(to_html(article))
    lines: dict[str, set[str]] = {}
    for mark in root.find_all("mark", "ns-quote"):
        kind = mark.attrs["data-kind"]
        assert f"ns-{kind}" in mark.classes
        # the colour is the speaker's; the underline and the fill tell the kind
        style = mark.attrs["style"]
        line = next(word for word in ("solid", "dashed", "dotted") if word in style)
        filled = "background-color:#" in style or "gradient" in style
        lines.setdefault(kind, set()).add(f"{line}, {'filled' if filled else 'open'}")
        label = mark.find_all("span", "ns-who")[0].text()
        assert label.endswith(f" · {kind}") if kind != "direct" else "·" not in label
    assert lines == {
        "direct": {"solid, filled"},
        "reported": {"dashed, open"},
        "mixed": {"dotted, filled"},
    }


def test_speakers_get_different_colours() -> None:
    article = newsstruct.parse(INVENTED)
    names = {q.speaker.name for q in article.quotes if q.speaker is not None}
    assert len(names) >= 2
    root = tree(to_html(article))
    colour: dict[str, set[str]] = {}
    for mark in root.find_all("mark", "ns-quote"):
        colour.setdefault(mark.attrs["data-speaker"], set()).add(mark.attrs["style"].split(";")[-1])
    underlines = [next(iter(c)).split()[-1] for c in colour.values()]
    assert len(set(underlines)) == len(underlines)


def test_text_is_escaped() -> None:
    text = (
        "Tom & Jerry <Ltd> said that prices would rise by 5% & more <soon>.\n\n"
        "“Use <script>alert('x')</script> & see,” said Ann \"Q\" Lee & Sons."
    )
    article = newsstruct.parse(text)
    markup = to_html(article)
    assert "<script" not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp; more &lt;soon&gt;" in markup
    root = check_view(article, markup)
    shown = "".join(p.text(skip_labels=True) for p in root.find_all("p", "ns-p"))
    assert shown == "".join(p.text for p in article.paragraphs)


def test_attributes_are_escaped() -> None:
    speaker = Speaker(name='Ann "<b>" & Co', quotes=(0,))
    text = "Ann said it rained."
    article = Article(
        text=text,
        paragraphs=(Paragraph(Span(0, len(text)), text, Role.LEAD),),
        quotes=(Quote(QuoteKind.REPORTED, Span(9, 18), text[9:18], speaker=speaker),),
        speakers=(speaker,),
    )
    markup = to_html(article)
    assert "<b>" not in markup
    root = check_view(article, markup)
    [mark] = root.find_all("mark", "ns-quote")
    assert mark.attrs["data-speaker"] == 'Ann "<b>" & Co'


def test_quote_without_speaker_is_in_the_legend() -> None:
    text = "“It will rain,” the forecast read."
    article = Article(
        text=text,
        paragraphs=(Paragraph(Span(0, len(text)), text, Role.LEAD),),
        quotes=(Quote(QuoteKind.DIRECT, Span(1, 14), text[1:14]),),
    )
    root = check_view(article, to_html(article))
    [entry] = root.find_all("li", "ns-speaker")
    assert "ns-unattributed" in entry.classes
    assert entry.attrs["data-quotes"] == "1"


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    text = "“First part\nsecond part,” he said."
    speaker = Speaker(name="he", quotes=(0,))
    article = Article(
        text=text,
        paragraphs=(
            Paragraph(Span(0, 11), text[0:11], Role.LEAD),
            Paragraph(Span(12, len(text)), text[12:], Role.BODY),
        ),
        quotes=(Quote(QuoteKind.DIRECT, Span(1, 24), text[1:24], speaker=speaker),),
        speakers=(speaker,),
    )
    root = check_view(article, to_html(article))
    assert len(root.find_all("mark", "ns-quote")) == 1
    assert len(root.find_all("mark", "ns-quote-continued")) == 1


def test_empty_article() -> None:
    article = Article(text="")
    root = check_view(article, to_html(article))
    assert root.find_all("li", "ns-empty")[0].text() == "no quotes found"


def test_repr_html_is_the_view() -> None:
    article = newsstruct.parse(INVENTED)
    assert article._repr_html_() == to_html(article)
    assert newsstruct.to_html is to_html


def test_fragment_has_its_style_and_no_page() -> None:
    markup = to_html(newsstruct.parse(INVENTED), name="zoo.txt")
    assert markup.startswith("<style>\n" + STYLE)
    assert "<html" not in markup and "<body" not in markup
    root = tree(markup)
    assert root.find_all("div", "ns-name")[0].text() == "zoo.txt"


def test_page_is_standalone() -> None:
    articles = [newsstruct.parse(INVENTED), newsstruct.parse("The mayor said it rained.")]
    page = to_html_page(articles, names=["zoo <1>.txt", "rain.txt"], title="Two & more")
    assert page.startswith("<!DOCTYPE html>\n")
    assert page.count("<style>") == 1
    root = tree(page)
    assert root.find_all("title")[0].text() == "Two & more"
    assert [n.text() for n in root.find_all("div", "ns-name")] == ["zoo <1>.txt", "rain.txt"]
    assert len(root.find_all("div", "newsstruct")) == 2
    marks = root.find_all("mark", "ns-quote")
    assert len(marks) == sum(len(a.quotes) for a in articles)


def test_page_checks_its_arguments() -> None:
    article = newsstruct.parse(INVENTED)
    with pytest.raises(ValueError, match="2 names for 1 articles"):
        to_html_page([article], names=["a", "b"])
    with pytest.raises(TypeError, match="not str"):
        to_html_page(["text"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not dict"):
        to_html({})  # type: ignore[arg-type]


@given(article_texts())
def test_any_text_gives_a_well_formed_view(text: str) -> None:
    article = newsstruct.parse(text)
    check_view(article, to_html(article))
