"""Paragraphs and sentences, through ``Article.paragraphs`` and ``Article.sentences``.

One parametrized table per rule; every text is invented.  Every case also checks that
each span slices out exactly what it claims and lies inside the text.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import Article


def _check_spans(article: Article) -> None:
    text = article.text
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.span.start <= paragraph.span.end <= len(text)
        assert paragraph.text == text[paragraph.span.start : paragraph.span.end]
        assert paragraph.text == paragraph.text.strip()
    for sentence in article.sentences:
        assert any(p.span.contains(sentence) for p in article.paragraphs)
    ends = [s.end for s in article.sentences]
    assert ends == sorted(ends)


def _paragraphs(text: str) -> list[str]:
    article = newsstruct.parse(text)
    _check_spans(article)
    return [p.text for p in article.paragraphs]


def _sentences(text: str) -> list[str]:
    article = newsstruct.parse(text)
    _check_spans(article)
    return [s.of(text) for s in article.sentences]


PARAGRAPHS = [
    pytest.param(
        "The ferry left at dawn.\nThe crew was tired.",
        ["The ferry left at dawn.", "The crew was tired."],
        id="one-per-line",
    ),
    pytest.param(
        "  The ferry left at dawn.  \n\n\n\t The crew was tired. \n",
        ["The ferry left at dawn.", "The crew was tired."],
        id="blank-lines-and-outer-spaces",
    ),
    pytest.param(
        "The ferry left at dawn.\r\nThe crew was tired.\r\n",
        ["The ferry left at dawn.", "The crew was tired."],
        id="crlf",
    ),
    pytest.param(
        "The harbour master said the ferry\nwould leave at dawn.\nThe crew was tired.",
        ["The harbour master said the ferry\nwould leave at dawn.", "The crew was tired."],
        id="wrapped-mid-sentence-joined",
    ),
    pytest.param(
        "The line ends with a comma,\nand the crawler wrapped it.",
        ["The line ends with a comma,\nand the crawler wrapped it."],
        id="wrapped-after-comma-joined",
    ),
    pytest.param(
        "The line ends with a comma,\n \t\nand the crawler wrapped it.",
        ["The line ends with a comma,\n \t\nand the crawler wrapped it."],
        id="a-line-of-spaces-is-a-blank-line",
    ),
    pytest.param(
        '<p>The ferry left at dawn.</p>\r\n<P class="lead"> The crew slept. </P>\n<p></p>',
        ["The ferry left at dawn.", "The crew slept."],
        id="html-paragraph-tags-around-a-line-dropped",
    ),
    pytest.param(
        "<p>The line ends with a comma,</p>\n<p>and the next is its own.</p>",
        ["The line ends with a comma,", "and the next is its own."],
        id="html-paragraphs-never-joined",
    ),
    pytest.param(
        "“The ferry runs late,” said Ann<br>Lee.<BR />The crew slept.<br/><br>\nIt was late.",
        ["“The ferry runs late,” said Ann", "Lee.", "The crew slept.", "It was late."],
        id="html-line-breaks-end-lines",
    ),
    pytest.param(
        '<p class="lead">The ferry left at dawn\nand the crew slept.<br>It was late.</p><p>Tide.',
        ["The ferry left at dawn\nand the crew slept.", "It was late.", "Tide."],
        id="html-paragraph-tags-on-other-lines-and-inside-a-line-end-lines",
    ),
    pytest.param(
        "The line ends with a comma,<br>\nand goes on.</p>\n<p>and the next is its own.\n"
        "<b>Bold</b> <bra>",
        [
            "The line ends with a comma,<br>\nand goes on.",
            "and the next is its own.",
            "<b>Bold</b> <bra>",
        ],
        id="wrapped-across-a-line-break-joined-not-across-paragraph-tags-other-tags-kept",
    ),
    pytest.param(
        "## The ferry returns\n> “We sail at dawn,” she said.\n> > **Recall**\n*Kyiv • UNN*",
        ["The ferry returns", "“We sail at dawn,” she said.", "Recall", "Kyiv • UNN"],
        id="markdown-heading-quotation-and-emphasis-around-a-line-dropped",
    ),
    pytest.param(
        "**A ferry** and **a tug**\n* a bullet *\n#harbour\n***\n_",
        ["**A ferry** and **a tug**", "* a bullet *", "#harbour", "***", "_"],
        id="markdown-marks-that-wrap-no-line-kept",
    ),
    pytest.param(
        "> The line ends with a comma,\n> and the next is its own.",
        ["The line ends with a comma,", "and the next is its own."],
        id="markdown-quotation-lines-never-joined",
    ),
    pytest.param(
        "The ferry left at dawn.\nand the crew slept.",
        ["The ferry left at dawn.", "and the crew slept."],
        id="full-stop-not-joined",
    ),
    pytest.param(
        "The ferry left at dawn\nThe Crew Was Tired",
        ["The ferry left at dawn", "The Crew Was Tired"],
        id="capital-not-joined",
    ),
    pytest.param(
        "date 2026-09-05\nharbour-ferry-returns-to-the-river\nThe ferry left at dawn.",
        ["date 2026-09-05", "harbour-ferry-returns-to-the-river", "The ferry left at dawn."],
        id="date-line-and-url-slug-never-joined",
    ),
    pytest.param(
        "Ferry returns to the river\ndate 2026-09-05\nThe ferry left at dawn.",
        ["Ferry returns to the river", "date 2026-09-05", "The ferry left at dawn."],
        id="date-line-under-headline-not-joined",
    ),
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\n ", [], id="only-space"),
    pytest.param(
        "\ufeffThe ferry left at dawn.\n\u200bThe crew slept.\u2060\n\ufeff\n",
        ["The ferry left at dawn.", "The crew slept."],
        id="byte-order-mark-and-zero-width-edges-dropped",
    ),
    pytest.param(
        "The ferry left at dawn.\u2028The crew slept.\u2029The tide turned.",
        ["The ferry left at dawn.", "The crew slept.", "The tide turned."],
        id="line-and-paragraph-separators-end-lines",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert _paragraphs(text) == expected


SENTENCES = [
    pytest.param(
        "The ferry left at dawn. The crew was tired.",
        ["The ferry left at dawn.", "The crew was tired."],
        id="two-sentences",
    ),
    pytest.param(
        "Is the pier ready? Yes! The crew is waiting.",
        ["Is the pier ready?", "Yes!", "The crew is waiting."],
        id="question-and-exclamation",
    ),
    pytest.param(
        "Mr. Hrab met Dr. Lenko at the harbour. They talked.",
        ["Mr. Hrab met Dr. Lenko at the harbour.", "They talked."],
        id="titles-are-abbreviations",
    ),
    pytest.param(
        "The cargo came from the U.S. Navy yard. It was late.",
        ["The cargo came from the U.S. Navy yard.", "It was late."],
        id="dotted-abbreviation",
    ),
    pytest.param(
        "The plan was drafted by T. R. Vasko in May. It failed.",
        ["The plan was drafted by T. R. Vasko in May.", "It failed."],
        id="initials",
    ),
    pytest.param(
        "The ferry left at 6 a.m. Monday. The crew was tired.",
        ["The ferry left at 6 a.m. Monday.", "The crew was tired."],
        id="a-m",
    ),
    pytest.param(
        "Fares rose by 3.5 percent. Nobody objected.",
        ["Fares rose by 3.5 percent.", "Nobody objected."],
        id="decimal",
    ),
    pytest.param(
        "The captain said: “We sail at dawn.” Then he went below.",
        ["The captain said: “We sail at dawn.”", "Then he went below."],
        id="closing-mark-stays-with-sentence",
    ),
    pytest.param(
        "The captain named his song. “‘Sea Fever,’” he said. “’Tide’ is next.”",
        ["The captain named his song.", "“‘Sea Fever,’” he said.", "“’Tide’ is next.”"],
        id="quote-nested-in-a-quote-opens-a-sentence",
    ),
    pytest.param(
        "Le port a rouvert. « Nous étions prêts », dit le maire.",
        ["Le port a rouvert.", "« Nous étions prêts », dit le maire."],
        id="a-space-after-the-opening-mark",
    ),
    pytest.param(
        "Der Hafen ist offen. »Wir waren bereit«, sagte der Kapitän.",
        ["Der Hafen ist offen.", "»Wir waren bereit«, sagte der Kapitän."],
        id="a-german-opening-guillemet-opens-a-sentence",
    ),
    pytest.param(
        "Il a dit « Nous partons. » Puis il est parti.",
        ["Il a dit « Nous partons. » Puis il est parti."],
        id="a-french-closing-guillemet-after-its-space-opens-nothing",
    ),
    pytest.param(
        "The ferry left at dawn... the crew slept.",
        ["The ferry left at dawn... the crew slept."],
        id="lower-case-after-stop-no-break",
    ),
    pytest.param(
        "The ferry left at dawn. 2024 was a bad year.",
        ["The ferry left at dawn.", "2024 was a bad year."],
        id="digit-starts-sentence",
    ),
    pytest.param(
        "渡轮周二停航。港口主任表示，“明天恢复。”票价不变！",
        ["渡轮周二停航。", "港口主任表示，“明天恢复。”", "票价不变！"],
        id="full-width-stops-without-space",
    ),
    pytest.param(
        "フェリーは運休した。 港長は「明日再開する」と述べた。",
        ["フェリーは運休した。", "港長は「明日再開する」と述べた。"],
        id="full-width-stop-and-space",
    ),
    pytest.param(
        "港長は「再開する。」と述べた。運賃は変わらない。",
        ["港長は「再開する。」と述べた。", "運賃は変わらない。"],
        id="quotative-particle-after-the-closing-mark-goes-on",
    ),
    pytest.param(
        "قال د. سامي إن العبارة ستعود. وأضاف أن الرحلات مستمرة.",
        ["قال د. سامي إن العبارة ستعود.", "وأضاف أن الرحلات مستمرة."],
        id="one-caseless-letter-and-a-full-stop-is-an-abbreviation",
    ),
    pytest.param(
        "هل ستعود العبارة؟ قال مدير الميناء إنها ستعود غدا.",
        ["هل ستعود العبارة؟", "قال مدير الميناء إنها ستعود غدا."],
        id="arabic-question-mark-and-caseless-letter",
    ),
    pytest.param(
        "नौका सेवा रुक गई। बंदरगाह प्रमुख ने कहा कि कल सेवा शुरू होगी।",
        ["नौका सेवा रुक गई।", "बंदरगाह प्रमुख ने कहा कि कल सेवा शुरू होगी।"],
        id="danda",
    ),
    pytest.param(
        "डॉ. वर्मा ने कहा कि नौका कल चलेगी। टिकट के दाम नहीं बदलेंगे।",
        ["डॉ. वर्मा ने कहा कि नौका कल चलेगी।", "टिकट के दाम नहीं बदलेंगे।"],
        id="one-letter-with-its-vowel-sign-is-an-abbreviation",
    ),
    pytest.param(
        "नौका कल चलेगी है. टिकट सस्ते होंगे. कप्तान खुश था. यात्री आए.",
        ["नौका कल चलेगी है.", "टिकट सस्ते होंगे.", "कप्तान खुश था.", "यात्री आए."],
        id="one-letter-with-its-vowel-sign-is-a-word-where-the-full-stop-ends-sentences",
    ),
    pytest.param(
        "ბორანი დილით გავიდა. ეკიპაჟი დაიღალა.",
        ["ბორანი დილით გავიდა.", "ეკიპაჟი დაიღალა."],
        id="georgian-letters-open-a-sentence",
    ),
    pytest.param(
        "ጀልባዋ ጠዋት ተነሳች። ሠራተኞቹ ደከሙ።",
        ["ጀልባዋ ጠዋት ተነሳች።", "ሠራተኞቹ ደከሙ።"],
        id="ethiopic-full-stop",
    ),
    pytest.param(
        "သင်္ဘော ထွက်ခွာခဲ့သည်။ သင်္ဘောသားများ ပင်ပန်းကြသည်။",
        ["သင်္ဘော ထွက်ခွာခဲ့သည်။", "သင်္ဘောသားများ ပင်ပန်းကြသည်။"],
        id="burmese-section-mark",
    ),
    pytest.param(
        "សាឡាងបានចេញដំណើរ។ នាវិកហត់នឿយ។",
        ["សាឡាងបានចេញដំណើរ។", "នាវិកហត់នឿយ។"],
        id="khmer-khan",
    ),
    pytest.param(
        "Bilet na prom kosztuje teraz 12 zł. W przyszłym roku podrożeje o 2 zł. w sezonie.",
        ["Bilet na prom kosztuje teraz 12 zł.", "W przyszłym roku podrożeje o 2 zł. w sezonie."],
        id="a-currency-s-full-stop-before-a-capitalised-word-ends-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "The ferry left at dawn\nThe crew was tired. It rained."
    assert _sentences(text) == ["The ferry left at dawn", "The crew was tired.", "It rained."]


def test_paragraph_spans_index_the_original_text() -> None:
    text = "\n\n  The ferry left at dawn.\n\n\tThe crew was tired.  "
    article = newsstruct.parse(text)
    starts = [p.span.start for p in article.paragraphs]
    assert starts == [text.index("The ferry"), text.index("The crew")]


def test_html_line_breaks_are_line_ends_for_the_quotes() -> None:
    """``<br>`` reads as a line feed does (``said Ann<br>Lee`` gave ``Lee``, ``Ann`` with a
    line feed), and a line holding ``<br/>`` is no page furniture (its quotes were lost)."""
    broken = newsstruct.parse("“The ferry runs late,” said Ann<br>Lee.")
    fed = newsstruct.parse("“The ferry runs late,” said Ann\nLee.")
    assert [q.speaker and q.speaker.name for q in broken.quotes] == ["Ann"]
    assert [q.speaker and q.speaker.name for q in fed.quotes] == ["Ann"]
    article = newsstruct.parse("“The ferry runs late,” she said.<br/>“It always does.”")
    assert [q.text for q in article.quotes] == ["The ferry runs late,", "It always does."]
    # a quotation wrapped mid-sentence at a line break is whole, as at a line feed
    article = newsstruct.parse("“We will sail<br/>tomorrow,” she said.")
    assert [q.text for q in article.quotes] == ["We will sail<br/>tomorrow,"]


def test_a_paragraph_of_many_wrapped_lines_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each line joins the paragraph above it; whether that paragraph is a page line is
    # asked of its first line only, not of the whole paragraph again for every line
    from newsstruct import layout, segment

    read: list[int] = []

    def counted(line: str, *, headed: bool = False) -> bool:
        read.append(len(line))
        return layout.is_page_line(line, headed=headed)

    monkeypatch.setattr(segment, "is_page_line", counted)
    text = "the ferry\n" * 2_000
    assert len(segment.paragraph_spans(text)) == 1
    assert sum(read) <= 2 * len(text)
