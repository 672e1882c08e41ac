"""Paragraph roles and background (ANNOTATION.md, "background" and "Background" under
"Finer points"): markers, background after a standalone marker and after an inline
opener, boilerplate, the lead and quote paragraphs.  Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsstruct
from newsstruct import Article

NEWS = "The council approved the new budget on Tuesday."


def roles_of(article: Article) -> list[str]:
    for paragraph in article.paragraphs:
        assert paragraph.text == article.text[paragraph.span.start : paragraph.span.end]
    return [p.role.value for p in article.paragraphs]


def background_of(article: Article) -> list[str]:
    spans = [p.span for p in article.background]
    assert [s.to_list() for s in spans] == [
        [b["start"], b["end"]] for b in article.to_dict()["background"]
    ]
    return [p.text for p in article.background]


def bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (text, roles, background paragraphs)
CASES = [
    pytest.param(
        "Odesa • UNN\n" + NEWS + "\nRecall\nThe previous budget was adopted in a rush last "
        "winter.\nThe mayor vetoed it twice.",
        ["dateline", "lead", "marker", "background", "background"],
        ["The previous budget was adopted in a rush last winter.", "The mayor vetoed it twice."],
        id="standalone-recall-to-the-end",
    ),
    pytest.param(
        NEWS + "\nRecall:\nThe previous budget was adopted in a rush last winter.",
        ["lead", "marker", "background"],
        ["The previous budget was adopted in a rush last winter."],
        id="standalone-recall-with-colon",
    ),
    pytest.param(
        NEWS + "\nLet us remind you\nThe council rejected two drafts in May.",
        ["lead", "marker", "background"],
        ["The council rejected two drafts in May."],
        id="standalone-let-us-remind-you",
    ),
    pytest.param(
        NEWS + "\nRecall\nThe council rejected two drafts in May.\nRead also: Council fires "
        "its treasurer",
        ["lead", "marker", "background", "boilerplate"],
        ["The council rejected two drafts in May."],
        id="furniture-after-marker-is-not-background",
    ),
    pytest.param(
        NEWS + "\nThe vote was close.\nEarlier, the council rejected two drafts of the plan.\n"
        "The mayor welcomed the result.",
        ["lead", "body", "background", "body"],
        ["Earlier, the council rejected two drafts of the plan."],
        id="inline-earlier-one-paragraph",
    ),
    pytest.param(
        NEWS + "\nPreviously, the council rejected two drafts of the plan.",
        ["lead", "background"],
        ["Previously, the council rejected two drafts of the plan."],
        id="inline-previously",
    ),
    pytest.param(
        NEWS + "\nAs reported, the council rejected two drafts in May.\nThe vote was close.",
        ["lead", "background", "body"],
        ["As reported, the council rejected two drafts in May."],
        id="inline-as-reported",
    ),
    pytest.param(
        NEWS + "\nEarlier this month, the council rejected two drafts.",
        ["lead", "background"],
        ["Earlier this month, the council rejected two drafts."],
        id="inline-earlier-this-month",
    ),
    pytest.param(
        NEWS + "\nLast week, the council rejected two drafts of the plan.",
        ["lead", "background"],
        ["Last week, the council rejected two drafts of the plan."],
        id="inline-last-week",
    ),
    pytest.param(
        NEWS + "\nDetails\nThe vote was 31 to 12.",
        ["lead", "marker", "body"],
        [],
        id="details-marker-is-not-background",
    ),
    pytest.param(
        NEWS + "\nThe vote was 31 to 12.\nThe mayor left early.",
        ["lead", "body", "body"],
        [],
        id="no-background",
    ),
    pytest.param(
        "Budget approved\n" + NEWS + "\nThe vote was 31 to 12.",
        ["title", "lead", "body"],
        [],
        id="title-lead-body",
    ),
    pytest.param(
        "date 2026-07-09 Ferry strike ends\nImage caption, Commuters queued at the pier\n"
        "The ferry strike ended on Tuesday after 12 days, with boats due back at 6am.\n"
        "The union said talks had gone well.",
        ["title", "boilerplate", "body", "lead", "body"],  # the caption's label, the caption
        [],
        id="caption-above-the-story-is-no-lead",
    ),
    pytest.param(
        "date 2026-07-09 Ferry strike ends\n3 minute read\nJuly 9, 2026 11:42 AM GMT Updated ago"
        "\nVALLETTA, July 9 (Reuters) - The ferry strike ended on Tuesday after 12 days, with "
        "boats due back at 6am.\nThe union said talks had gone well.",
        ["title", "boilerplate", "boilerplate", "lead", "body"],
        [],
        id="the-dateline-opens-the-lead",
    ),
    pytest.param(
        "date 2026-07-09 Ferry strike ends\nThe ferry strike ended on Tuesday after 12 days "
        "of talks between the union and the operator, and the first boats are due to leave "
        "the harbour at six in the morning on Wednesday with extra crews on board\n"
        "The union said talks had gone well.",
        ["title", "lead", "body"],
        [],
        id="a-long-lead-without-its-stop",
    ),
    pytest.param(
        "date 2026-07-09 Ferry strike ends\nThe ferry strike ended on Tuesday after 12 days\n"
        "The union said talks had gone well",
        ["title", "lead", "body"],
        [],
        id="no-paragraph-ends-a-sentence-the-first-leads",
    ),
    pytest.param("The ferry strike ended", ["lead"], [], id="one-paragraph-without-a-stop"),
]


@pytest.mark.parametrize(("text", "roles", "background"), CASES)
def test_roles_and_background(text: str, roles: list[str], background: list[str]) -> None:
    article = newsstruct.parse(text)
    assert roles_of(article) == roles
    assert background_of(article) == background


@pytest.mark.parametrize("marker", ["📌 Recall", "🔴 Recall 🔴", "▶️ Recall:"])
def test_emoji_around_a_marker_leave_it_a_marker(marker: str) -> None:
    article = newsstruct.parse(f"{NEWS}\n{marker}\nThe council rejected two drafts in May.")
    assert roles_of(article) == ["lead", "marker", "background"]


def test_standalone_marker_is_not_itself_background() -> None:
    article = newsstruct.parse(NEWS + "\nRecall\nThe council rejected two drafts in May.")
    assert "Recall" not in background_of(article)


def test_quote_paragraph() -> None:
    text = (
        NEWS + "\n“We have finally balanced the books and nobody lost a job,” the mayor said.\n"
        "“We have finally balanced the books and nobody lost a job.”"
    )
    assert roles_of(newsstruct.parse(text)) == ["lead", "body", "quote"]


def test_background_keeps_its_quotes() -> None:
    article = newsstruct.parse(NEWS + "\nEarlier, the mayor said the budget was too small.")
    assert background_of(article) == ["Earlier, the mayor said the budget was too small."]
    assert [(q.text, q.paragraph) for q in article.quotes] == [("the budget was too small", 1)]


@pytest.mark.parametrize(
    "opener",
    [
        pytest.param("Let us remind you that", id="let-us-remind-you-that"),
        pytest.param("We remind you that", id="we-remind-you-that"),
        pytest.param("It will be recalled that", id="it-will-be-recalled-that"),
        pytest.param("Recall that", id="recall-that"),
    ],
)
def test_background_opener_is_no_speech_cue(opener: str) -> None:
    text = NEWS + "\n" + opener + " the council adopted two drafts in May."
    article = newsstruct.parse(text)
    assert roles_of(article) == ["lead", "background"]
    assert article.quotes == ()


def test_empty_text_has_no_paragraphs() -> None:
    article = newsstruct.parse("")
    assert article.paragraphs == ()
    assert article.background == ()


def test_opener_screen_lets_every_match_through() -> None:
    """The openers' patterns run only on lines that begin, casefolded, with an opener's
    first word: in any case, after bullets, and where a character folds to several."""
    from newsstruct.structure import _opener_patterns

    openers = _opener_patterns(("Read also", "Earlier,", "ﬁnally", "Straße news"), ("Photo",))
    lines = [
        "READ ALSO: the mayor's plan",
        "• read also",
        "» Earlier, the council met",
        "FINALLY the bridge opened",
        "ﬁnally",
        "STRASSE NEWS today",
        "straße news",
        "PHOTO: Jo Roe",
        "“Read also,” she said",
        "Reading also counts",
        "Earlier the council met",
        "The council met",
    ]
    found = [openers.opens(line) for line in lines]
    assert found == [any(p.match(line) for p in openers.patterns) for line in lines]
    assert any(found) and not all(found)


def test_cue_screen_folds_a_cue_as_the_paragraph() -> None:
    """A multi-word cue written with a dotted capital I is screened by the words the
    paragraph's fold gives (the dot above dropped on both sides), so its match counts."""
    from newsstruct.lang import fold_for_screen
    from newsstruct.structure import _cue_set

    line = "Haberde İstanbul Valisi dedi ki"
    assert _cue_set(("İstanbul valisi dedi",)).count([], line, fold_for_screen(line)) == 1


def _boilerplate_openers() -> list[tuple[str, str]]:
    from newsstruct import lang
    from newsstruct.outlets import Registry

    registry = Registry(plugins=False)
    found = [(code, word) for code in lang.available() for word in lang.get(code).boilerplate]
    for name in registry.available():
        found += [(name, word) for word in registry.get(name).boilerplate]
    return found


@pytest.mark.parametrize(("owner", "word"), _boilerplate_openers())
def test_every_boilerplate_opener_opens_a_line(owner: str, word: str) -> None:
    """No boilerplate entry is dead: each opens a line of its own words, so none begins
    with the punctuation the match skips first (an entry '(efe)' never fired)."""
    from newsstruct.structure import _opener_patterns

    assert _opener_patterns((word,), ()).opens(word + " Anna Roe"), owner


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        pytest.param(
            "Le pont a rouvert mardi, a indiqué la mairie.\nLe chantier a duré deux ans.\n"
            "(Avec AFP)",
            "fr",
            ["lead", "body", "boilerplate"],
            id="french-agency-credit-line",
        ),
        pytest.param(
            "Міст відкрили у вівторок, повідомили у міськраді.\nРобота тривала два роки.\n"
            "Автор: Олена Коваль\nТеги: міст, ремонт\n© 2026 Гавань Ньюз. Усі права захищені.\n"
            "Вас також можуть зацікавити новини:",
            "uk",
            ["lead", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"],
            id="ukrainian-page-labels-and-copyright",
        ),
        pytest.param(
            "Мост открыли во вторник, сообщили в горсовете.\nРабота шла два года.\n"
            "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter\nТемы: мост, ремонт\n"
            "Вас также могут заинтересовать новости:",
            "ru",
            ["lead", "body", "boilerplate", "boilerplate", "boilerplate"],
            id="russian-error-prompt-and-topics",
        ),
        pytest.param(
            NEWS + "\nThe vote was 31 to 12.\nWritten by Jo Roe\nTags: budget, council\n"
            "This article was originally published by Harbour News.\nThe views expressed in "
            "this column are the author's own.",
            "en",
            ["lead", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"],
            id="english-page-labels",
        ),
        pytest.param(
            NEWS + "\nWritten by hand, the note said the plan was dead.\n"
            "Reading time for children rose by 20 minutes, the study said.\n"
            "Edited by Tom Hale\nReading time: 3 minutes",
            "en",
            ["lead", "body", "body", "boilerplate", "boilerplate"],
            id="english-label-words-in-news-are-news",
        ),
        pytest.param(
            NEWS + "\nMost read books were novels, the librarian said.\n"
            "The views expressed in this report are wrong, the mayor said.\n"
            "You may also be interested to hear that the bridge will open, an aide said.\n"
            "Most read\nYou may also be interested in: Bridge to open",
            "en",
            ["lead", "body", "body", "body", "boilerplate", "boilerplate"],
            id="english-prompt-words-in-speech-are-news",
        ),
        pytest.param(
            "Міст відкрили у вівторок, повідомили в мерії.\n"
            "Вас також може зацікавити, що мер сказав про міст, додав депутат.\n"
            "Вас також може зацікавити:",
            "uk",
            ["lead", "body", "boilerplate"],
            id="ukrainian-prompt-words-in-speech-are-news",
        ),
        pytest.param(
            NEWS + "\nThe vote was 31 to 12.\n(Reporting by Ana Roe; Editing by Tom Hale)",
            "en",
            ["lead", "body", "boilerplate"],
            id="english-credit-line-in-brackets",
        ),
        pytest.param(
            "El puente reabrió el martes, informó el ayuntamiento.\nLas obras duraron dos años."
            "\n(EFE)",
            "es",
            ["lead", "body", "boilerplate"],
            id="wire-in-brackets-alone-on-its-line",
        ),
        pytest.param(
            NEWS + "\nThe crews were trained in May.\nFacebook Twitter Email\n"
            "Facebook and Telegram banned the account on Monday, the ministry said.",
            "en",
            ["lead", "body", "boilerplate", "body"],
            id="english-share-buttons",
        ),
        pytest.param(
            "Міст відкрили у вівторок, повідомили в мерії.\nFacebook Telegram Viber Email",
            "uk",
            ["lead", "boilerplate"],
            id="ukrainian-share-buttons",
        ),
    ],
)
def test_credit_line_is_boilerplate(text: str, lang: str, roles: list[str]) -> None:
    assert roles_of(newsstruct.parse(text, lang=lang)) == roles


@pytest.mark.parametrize("space", [" ", "\u00a0"], ids=repr)
def test_outlet_furniture_with_a_no_break_space(space: str) -> None:
    text = (
        "BEIJING, Jan. 4 (Xinhua) -- The ferry will run again from June, the port said.\n"
        f"The crews were trained in May.\nVideo{space}Player Close"
    )
    assert roles_of(newsstruct.parse(text)) == ["lead", "body", "boilerplate"]


def test_folded_words_are_the_words_casefolded() -> None:
    """The words found in a paragraph casefolded at once are its words casefolded one by
    one, for every character that casefolding changes: inside a word, opening one, after
    a digit and alone (the ypogegrammeni, a mark that folds to a letter, among them)."""
    import sys

    from newsstruct.structure import _WORD, _folded_words

    changed = [c for c in map(chr, range(sys.maxunicode + 1)) if c.casefold() != c]
    assert "\N{COMBINING GREEK YPOGEGRAMMENI}" in changed
    for char in changed:
        line = f"Ab{char}cd {char}ef 1{char}2 - {char} ’{char}"
        assert _folded_words(line) == [w.casefold() for w in _WORD.findall(line)], hex(ord(char))


# Typeset ASCII text with the characters the word pattern treats apart: apostrophes
# (typed and typeset), hyphens, the commas and dots of numbers, a separator (\x1c), and
# the punctuation typesetting adds
_TYPESET_TEXT = st.text(
    alphabet=st.sampled_from("aZ9 .,'-\t\n\x1c‘’“”–—…\xa0") | st.characters(max_codepoint=127)
)


@given(_TYPESET_TEXT)
@example("It's a so-called 10,000.5-strong 'group' of 3.5 x-rays; U.S. e.g. 9a a9")
@example("“It’s the ‘group’ — 10,000…”\xa0Roe’s x–rays")
def test_typeset_text_has_the_words_of_the_word_pattern(text: str) -> None:
    # a paragraph of typeset ASCII has its words found by the standard library's engine,
    # a fast path that must give the very words of the full pattern
    from newsstruct.structure import _WORD, _folded_words

    assert _folded_words(text) == [w.casefold() for w in _WORD.findall(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Updated 10:45 a.m.",
        "Updated 10:45 A.M.",
        "Published: 28 November 2026, 10:45 GMT",
        "28 November 2026",
        "Updated 10:45 a.m. ”",
        "Updated 10:45.",
        "The ferry returns on 28 November 2026.",
        "“The ferry returns on 28 November 2026”",
        "m.",
        ".",
    ],
)
def test_timestamp_screen_passes_every_date_line(line: str) -> None:
    """The last character screened before the pattern (prose punctuation, a full stop
    after no "m") rejects no line the pattern's own test of the end lets through."""
    from newsstruct.layout import _TIMESTAMP_END, _read_timestamp, _timestamp

    last = len(line.rstrip(" \t")) - 1
    pattern = _timestamp(other_months=True)
    expected = pattern.fullmatch(line) if _TIMESTAMP_END.match(line, last) else None
    found = _read_timestamp(line)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("Follow Jo Roe on Twitter @jroe", True),
        ("FOLLOW us on Telegram", True),
        ("“Follow us on Facebook”", True),
        ("Following the vote, the council met on Telegram.", False),
        ("Fol", False),
        ("The council met.", False),
    ],
)
def test_follow_prompt_screen(line: str, prompt: bool) -> None:
    # lines that open with an ASCII letter are screened by their opening before the
    # word pattern is searched
    from newsstruct.lang import get
    from newsstruct.structure import _is_follow_prompt, _prompts

    en = get("en")
    assert _is_follow_prompt(line, _prompts(en), en) is prompt


@pytest.mark.parametrize(
    ("line", "past"),
    [
        ("In 2014, the council met.", True),
        ("x" * 25 + "2014 the council met.", True),  # the year as far as it may open
        ("x" * 26 + "2014 the council met.", False),
        ("In 2024, the council met.", False),  # the article's own year
        ("Then, in 2014, the council met.", False),  # after a comma
    ],
)
def test_opening_year_is_read_within_its_reach(line: str, past: bool) -> None:
    from newsstruct.lang import get
    from newsstruct.structure import _years

    assert _years(get("en")).opens_with_past(line, 2024) is past


@pytest.mark.parametrize(
    ("text", "outlet", "roles"),
    [
        pytest.param(
            "Concert to go ahead\nPopular singer Olena Brik said the concert would go ahead "
            "on Friday.\nThe tickets sold out in a day.",
            None,
            ["title", "lead", "body"],
            id="generic",
        ),
        pytest.param(
            "Kyiv • UNN\nPopular singer Olena Brik said the concert would go ahead on Friday, "
            "UNN reports.\nThe tickets sold out in a day.\nPopular",
            "unn",
            ["dateline", "lead", "body", "boilerplate"],
            id="unn",
        ),
    ],
)
def test_a_sentence_opening_with_a_page_label_word_is_news(
    text: str, outlet: str | None, roles: list[str]
) -> None:
    """UNN's "Popular" block is a word alone on its line; "Popular singer … said" is the
    lead."""
    article = newsstruct.parse(text, outlet=outlet)
    assert [p.role.value for p in article.paragraphs] == roles
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Olena Brik"]


@pytest.mark.parametrize(
    "opener",
    [
        "Addressing the gathering at the quay,",
        "Speaking at the launch in Lornport on Tuesday,",
        "Asked about the old ferry that sank in the harbour,",
    ],
)
def test_a_speech_set_at_its_occasion_is_news_not_background(opener: str) -> None:
    # the 4th paragraph of news, past tense: weighed, it would be background
    text = (
        "Lornport opened its new ferry terminal on Tuesday, the council said.\n\n"
        "The terminal cost 40 million dollars and created 200 jobs in the region.\n\n"
        "Crews worked through the winter to finish the quay before the spring.\n\n"
        "Traders welcomed the boats, which had been missed for two years.\n\n"
        f"{opener} Ann Lee said the city had waited years for the terminal and welcomed it."
    )
    article = newsstruct.parse(text, lang="en")
    assert roles_of(article)[-1] == "body"
