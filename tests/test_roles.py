"""Paragraph roles on invented articles (issue 6): title, dateline, lead, body, quote,
background, marker and boilerplate, with the junk crawls leave: navigation after the
date line, categories, bylines, year-month dates, photo credits, "Read also:" links and
share prompts.

Articles are parsed as English with an empty outlet registry, so that neither language
detection nor an outlet's rules decide a role, except where a test brings its own
outlet.  Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsstruct
from newsstruct import Article, Role, layout
from newsstruct.outlets import OutletRules, Registry

LEAD = "The city council approved the new budget on Tuesday after a long debate."
BODY = "The vote was 31 to 12."
QUOTE = "“We have finally balanced the books and nobody lost a job.”"


def parse(text: str, registry: Registry | None = None) -> Article:
    article = newsstruct.parse(
        text, lang="en", registry=registry or Registry(builtins=False, plugins=False)
    )
    for paragraph in article.paragraphs:
        assert paragraph.text == paragraph.span.of(article.text)
    return article


def roles(text: str, registry: Registry | None = None) -> list[tuple[str, str]]:
    return [(p.role.value, p.text) for p in parse(text, registry).paragraphs]


# (text, [(role, paragraph)])
CASES = [
    pytest.param(
        "Council approves the budget\n" + LEAD + "\n" + BODY,
        [("title", "Council approves the budget"), ("lead", LEAD), ("body", BODY)],
        id="title-lead-body",
    ),
    pytest.param(
        "Council approves the budget\nOdesa • UNN\n" + LEAD + "\n" + BODY,
        [
            ("title", "Council approves the budget"),
            ("dateline", "Odesa • UNN"),
            ("lead", LEAD),
            ("body", BODY),
        ],
        id="dateline-line",
    ),
    pytest.param(
        "ODESA (AP) — " + LEAD + "\n" + BODY,
        [("lead", "ODESA (AP) — " + LEAD), ("body", BODY)],
        id="inline-dateline-stays-in-the-lead",
    ),
    pytest.param(
        LEAD + "\n" + QUOTE + "\n" + BODY,
        [("lead", LEAD), ("quote", QUOTE), ("body", BODY)],
        id="quote-paragraph",
    ),
    pytest.param(
        LEAD + "\nRecall\nThe council rejected two drafts in May.",
        [
            ("lead", LEAD),
            ("marker", "Recall"),
            ("background", "The council rejected two drafts in May."),
        ],
        id="background-marker",
    ),
    pytest.param(
        LEAD + "\nDetails\n" + BODY,
        [("lead", LEAD), ("marker", "Details"), ("body", BODY)],
        id="section-marker",
    ),
    pytest.param(
        LEAD + "\nQuote:\nEarlier, we rejected two drafts. This one adds up.",
        [
            ("lead", LEAD),
            ("marker", "Quote:"),
            ("quote", "Earlier, we rejected two drafts. This one adds up."),
        ],
        id="language-quote-label-keeps-its-words-from-background",
    ),
    pytest.param(
        LEAD + "\nEarlier, the council rejected two drafts.",
        [("lead", LEAD), ("background", "Earlier, the council rejected two drafts.")],
        id="background-opener",
    ),
    # junk
    pytest.param(
        "date 2022-04-12\nУкр Рус Eng Клуб УП\nCouncil approves the budget\n" + LEAD + "\n" + BODY,
        [
            ("boilerplate", "date 2022-04-12"),
            ("boilerplate", "Укр Рус Eng Клуб УП"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
            ("body", BODY),
        ],
        id="navigation-after-the-date-line",
    ),
    pytest.param(
        "date 2022-04-12\nHome | News | Regions\nCouncil approves the budget\n" + LEAD,
        [
            ("boilerplate", "date 2022-04-12"),
            ("boilerplate", "Home | News | Regions"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
        ],
        id="navigation-with-separators",
    ),
    pytest.param(
        "date 2022-04-12\nPolitics\nCouncil approves the budget\n" + LEAD,
        [
            ("boilerplate", "date 2022-04-12"),
            ("boilerplate", "Politics"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
        ],
        id="category-after-the-date-line",
    ),
    pytest.param(
        "date 2022-04-12\nOpinion\nCouncil approves the budget\n" + LEAD,
        [
            ("boilerplate", "date 2022-04-12"),
            ("boilerplate", "Opinion"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
        ],
        id="section-word-above-the-headline-is-chrome",
    ),
    pytest.param(
        "date 2022-04-12\nOprac.: Artur Pokorski\nCouncil approves the budget\n" + LEAD,
        [
            ("boilerplate", "date 2022-04-12"),
            ("boilerplate", "Oprac.: Artur Pokorski"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
        ],
        id="byline-after-the-date-line",
    ),
    pytest.param(
        "date 2022-04-12\nCouncil approves the budget\nBy Anna Smith\n" + LEAD,
        [
            ("boilerplate", "date 2022-04-12"),
            ("title", "Council approves the budget"),
            ("boilerplate", "By Anna Smith"),
            ("lead", LEAD),
        ],
        id="byline-after-the-headline",
    ),
    pytest.param(
        "date 2022-04\nCouncil approves the budget\n" + LEAD,
        [
            ("boilerplate", "date 2022-04"),
            ("title", "Council approves the budget"),
            ("lead", LEAD),
        ],
        id="year-month-date-line",
    ),
    pytest.param(
        "date 2022-04 Council approves the budget\n" + LEAD,
        [("title", "date 2022-04 Council approves the budget"), ("lead", LEAD)],
        id="year-month-date-and-headline",
    ),
    pytest.param(
        LEAD + "\nPhoto: Anna Smith\nREUTERS/Valentyn Ogirenko\n(Photo by John Smith/AFP)\n" + BODY,
        [
            ("lead", LEAD),
            ("boilerplate", "Photo: Anna Smith"),
            ("boilerplate", "REUTERS/Valentyn Ogirenko"),
            ("boilerplate", "(Photo by John Smith/AFP)"),
            ("body", BODY),
        ],
        id="photo-credits",
    ),
    pytest.param(
        LEAD
        + '\n<post author="@harbourcouncil">The ferry “will run again,” we promise.</post>\n'
        + '[<a href="https://example.org/ferry">A ferry “for everyone”</a>.]\n'
        + BODY,
        [
            ("lead", LEAD),
            (
                "boilerplate",
                '<post author="@harbourcouncil">The ferry “will run again,” we promise.</post>',
            ),
            ("boilerplate", '[<a href="https://example.org/ferry">A ferry “for everyone”</a>.]'),
            ("body", BODY),
        ],
        id="markup-embeds",
    ),
    pytest.param(
        LEAD + "\nRead also: Council fires its treasurer\n" + BODY,
        [
            ("lead", LEAD),
            ("boilerplate", "Read also: Council fires its treasurer"),
            ("body", BODY),
        ],
        id="read-also-link",
    ),
    pytest.param(
        LEAD + "\n" + BODY + "\nShare this article\nShare on Facebook\nFollow us on Telegram",
        [
            ("lead", LEAD),
            ("body", BODY),
            ("boilerplate", "Share this article"),
            ("boilerplate", "Share on Facebook"),
            ("boilerplate", "Follow us on Telegram"),
        ],
        id="share-prompts",
    ),
    pytest.param(
        LEAD + "\n" + BODY + "\n(Reporting by Anna Smith; Editing by John Roe)",
        [
            ("lead", LEAD),
            ("body", BODY),
            ("boilerplate", "(Reporting by Anna Smith; Editing by John Roe)"),
        ],
        id="wire-sign-off",
    ),
    *(
        pytest.param(
            f"{LEAD}\n{BODY}\n{line}",
            [("lead", LEAD), ("body", BODY), (role, line)],
            id=f"dash-sign-off-{what}",
        )
        for line, role, what in (
            ("— PTI", "boilerplate", "of-a-wire-known-by-its-initials"),
            ("-- BERNAMA", "boilerplate", "of-a-national-wire"),
            ("— Valmont TV.", "boilerplate", "of-a-medium"),
            ("— Jo Roe", "body", "of-a-writer"),
        )
    ),
    pytest.param(
        LEAD + "\nRecall\nThe council rejected two drafts in May.\nRead also: Council fires "
        "its treasurer",
        [
            ("lead", LEAD),
            ("marker", "Recall"),
            ("background", "The council rejected two drafts in May."),
            ("boilerplate", "Read also: Council fires its treasurer"),
        ],
        id="furniture-under-a-marker-stays-furniture",
    ),
    pytest.param(
        LEAD + "\n“Follow us,” the mayor told the crowd on the square.\n" + BODY,
        [
            ("lead", LEAD),
            ("body", "“Follow us,” the mayor told the crowd on the square."),
            ("body", BODY),
        ],
        id="furniture-words-in-quotation-marks-are-speech",
    ),
    pytest.param(
        LEAD + "\n" + BODY + "\n» Read also: Council fires its treasurer",
        [
            ("lead", LEAD),
            ("body", BODY),
            ("boilerplate", "» Read also: Council fires its treasurer"),
        ],
        id="furniture-after-a-guillemet-bullet",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


def test_every_role_is_covered() -> None:
    seen: set[str] = set()
    for param in CASES:
        expected = param.values[1]
        assert isinstance(expected, list)
        seen.update(role for role, _ in expected)
    assert seen == {role.value for role in Role}


def test_navigation_is_no_title_and_the_date_is_kept() -> None:
    article = parse("date 2022-04-12\nУкр Рус Eng Клуб УП\nCouncil approves the budget\n" + LEAD)
    assert (article.title, article.published_text) == ("Council approves the budget", "2022-04-12")


def test_year_month_date_is_published_as_written() -> None:
    article = parse("date 2022-04\nCouncil approves the budget\n" + LEAD)
    assert article.to_dict()["published"] == "2022-04"
    assert article.title == "Council approves the budget"


def test_navigation_on_the_date_line() -> None:
    article = parse("date 2022-04-12 Укр Рус Eng Клуб УП\nCouncil approves the budget\n" + LEAD)
    assert article.title == "Council approves the budget"
    assert [p.role for p in article.paragraphs] == [Role.BOILERPLATE, Role.TITLE, Role.LEAD]


def test_a_short_headline_above_a_dateline_stays_the_headline() -> None:
    article = parse("date 2022-04-12\nBudget\nOdesa • UNN\n" + LEAD)
    assert article.title == "Budget"


def test_a_title_case_headline_above_a_byline_stays_the_headline() -> None:
    article = parse("date 2022-04-12\nCouncil Approves Budget\nBy Anna Smith\n" + LEAD)
    assert article.title == "Council Approves Budget"
    assert [p.role for p in article.paragraphs][2:] == [Role.BOILERPLATE, Role.LEAD]


@pytest.mark.parametrize(
    ("code", "byline"),
    [
        ("en", "BY ANNA SMITH"),
        ("de", "Von Anna Schmidt"),
        ("fr", "Par Jeanne Martin"),
        ("es", "Por Ana Torres"),
        ("it", "di Anna Rossi"),
        ("uk", "Автор Ганна Коваль"),
    ],
)
def test_each_languages_byline_word_is_data(code: str, byline: str) -> None:
    """Lexicon.byline_words: a byline in any language's word is furniture, in any
    language's article (``is_byline`` reads the words of every lexicon)."""
    assert byline.split()[0].casefold() in {
        w.casefold() for w in newsstruct.lang.get(code).byline_words
    }
    article = parse("date 2022-04-12\nCouncil approves the budget\n" + byline + "\n" + LEAD)
    assert [p.role for p in article.paragraphs][2:] == [Role.BOILERPLATE, Role.LEAD]


@pytest.mark.parametrize(
    "byline",
    [
        "by Anna Smith, staff writer",
        "by Anna Smith | 04.03.2026",
        "by Anna Smith • 4 March 2026",
        "by Anna Smith on 4 March 2026",
        "by Anna Smith March 4, 2026, 10:12",
    ],
)
def test_a_lower_case_byline_with_a_role_or_a_date_is_no_headline_s_end(byline: str) -> None:
    # a line in lower case under the headline is no wrapped headline when it is a byline
    article = parse("Council approves the budget\n" + byline + "\n" + LEAD)
    assert article.title == "Council approves the budget"
    assert [p.role for p in article.paragraphs][1:] == [Role.BOILERPLATE, Role.LEAD]


@pytest.mark.parametrize(
    "byline", ["By: Jo Roe - Reporter / @joroe", "By Jo Roe – Correspondent", "By: Jo Roe"]
)
def test_a_byline_with_its_role_after_a_dash_is_furniture_and_no_quote(byline: str) -> None:
    # "By: …" is no label quote whose speaker is "By"
    article = parse("date 2026-07-09\nCouncil approves the budget\n" + byline + "\n" + LEAD)
    assert [p.role for p in article.paragraphs][2:] == [Role.BOILERPLATE, Role.LEAD]
    assert not article.quotes


@pytest.mark.parametrize(
    ("head", "roles_above"),
    [
        # a name above the writer's role, as the BBC prints its bylines
        ("Anna Smith\nBusiness reporter\n", [Role.BOILERPLATE, Role.BOILERPLATE]),
        ("Anna Smith\nSenior political correspondent, Kyiv\n", [Role.BOILERPLATE] * 2),
        # the role with the writer's handle, and a date line with the zone's country
        (
            "Anna Smith\nNews reporter @annasmith\nTuesday 3 March 2026 14:20, UK\n",
            [Role.BOILERPLATE] * 3,
        ),
        # the writers and where they write from above the page's date line
        ("Anna Smith in Kyiv\nTue 3 Mar 2026 14.20 GMT\n", [Role.BOILERPLATE] * 2),
        ("Anna Smith and Jo Roe in Kyiv\n3 March 2026, 14:20\n", [Role.BOILERPLATE] * 2),
        # a name right above the dateline
        ("Anna Smith\nODESA (AP) — ", [Role.BOILERPLATE]),
        # a name above its wire's name of several words in brackets
        ("Anna Smith\n(Harbour Associated Press)\n", [Role.BOILERPLATE] * 2),
    ],
)
def test_a_name_in_a_byline_block_is_furniture(head: str, roles_above: list[Role]) -> None:
    """A writer's name alone above the writer's role, the page's date line, the dateline
    or the wire's name in brackets is a byline; the line under it is furniture too."""
    article = parse("date 2026-03-03 Council approves the budget\n" + head + LEAD)
    found = [p.role for p in article.paragraphs]
    assert found == [Role.TITLE, *roles_above, Role.LEAD]


@pytest.mark.parametrize(
    ("label", "after", "role"),
    [
        ("Read also:", "Ferry fares to rise in June", Role.BOILERPLATE),
        ("Tags:", "Budget, Council, Valmont", Role.BOILERPLATE),
        ("Read also:", "The ferry fares will rise in June, the operator said.", Role.BODY),
        # alone on its line, without its colon, the label announces the same
        ("Read also", "Ferry fares to rise in June", Role.BOILERPLATE),
        ("Related", "Ferry fares to rise in June", Role.BOILERPLATE),
        ("Related stories", "Ferry fares to rise in June", Role.BOILERPLATE),
        ("Related", "The ferry fares will rise in June, the operator said.", Role.BODY),
        # a label of other furniture announces nothing without its colon
        ("Advertisement", "Jo Roe says the ferry fares will rise in June", Role.BODY),
        ("Subscribe", "Ferry fares to rise in June", Role.BODY),
    ],
)
def test_the_headline_under_a_furniture_label_is_furniture(
    label: str, after: str, role: Role
) -> None:
    """A label of furniture that announces what follows with its colon (``Read also:``), or
    one of other stories alone on its line (``Related``), makes the line after it the
    page's, when that line reads as a headline; ``Advertisement`` alone announces nothing."""
    text = "date 2026-03-03 Council approves the budget\n" + LEAD + f"\n{label}\n{after}\n" + BODY
    assert [p.role for p in parse(text).paragraphs][3] is role


def test_a_name_above_the_writers_desk_is_a_byline() -> None:
    """A name alone right above a line of furniture before the lead (the desk, here an
    outlet's own furniture) is a byline."""
    outlet = OutletRules(name="harbourwire", boilerplate=("harbour wire news desk",))
    registry = Registry(builtins=False, plugins=False)
    registry.register(outlet)
    text = "date 2026-03-03 Council approves the budget\nAnna Smith\nHarbour Wire news desk\n"
    article = newsstruct.parse(text + LEAD, lang="en", outlet="harbourwire", registry=registry)
    assert [p.role for p in article.paragraphs] == [
        Role.TITLE,
        Role.BOILERPLATE,
        Role.BOILERPLATE,
        Role.LEAD,
    ]


def test_a_mediums_name_alone_above_the_story_is_its_label() -> None:
    """A line that is only a medium's name above the lead is the outlet's label."""
    text = "date 2026-03-03 Council approves the budget\nEuronews\n" + LEAD + "\nEuronews"
    roles_found = [p.role for p in parse(text).paragraphs]
    assert roles_found == [Role.TITLE, Role.BOILERPLATE, Role.LEAD, Role.BODY]


def test_a_writers_role_without_a_name_above_is_news() -> None:
    text = "date 2026-03-03 Council approves the budget\n" + LEAD + "\nThe reporter"
    assert [p.role for p in parse(text).paragraphs][-1] is Role.BODY


def test_a_by_phrase_after_the_lead_is_news() -> None:
    text = LEAD + "\nBy Friday the Treasury must publish the plan."
    assert roles(text)[1] == ("body", "By Friday the Treasury must publish the plan.")


@pytest.mark.parametrize("bullet", ["•", "▪", "►"])
def test_key_points_above_the_story_are_body_and_the_news_after_them_the_lead(
    bullet: str,
) -> None:
    points = [f"{bullet} The budget is balanced.", f"{bullet} Nobody loses a job."]
    text = "Council approves the budget\nKey Points\n" + "\n".join(points) + "\n" + LEAD
    assert roles(text)[2:] == [("body", points[0]), ("body", points[1]), ("lead", LEAD)]


@pytest.mark.parametrize("bullet", ["■", "▶"])
def test_a_story_that_marks_its_paragraph_with_a_square_or_a_triangle_keeps_its_lead(
    bullet: str,
) -> None:
    lead = f"{bullet} LORNPORT — The ferry returned to Lornport on Monday, the union said."
    text = (
        f"Ferry returns to Lornport\n{lead}\n"
        "Jo Roe, a captain, said the crew was relieved.\nThe quay reopened."
    )
    assert roles(text)[1] == ("lead", lead)


def test_a_caption_sentence_with_a_credit_is_no_furniture() -> None:
    caption = (
        "The mayor speaks to reporters outside the city hall in Odesa on Tuesday, "
        "after the vote. REUTERS/Valentyn Ogirenko"
    )
    assert roles(LEAD + "\n" + caption)[1][0] != "boilerplate"


def test_outlet_furniture_pattern() -> None:
    registry = Registry(builtins=False, plugins=False)
    registry.register(
        OutletRules(
            name="examplewire",
            signs=(r"\(ExampleWire\)",),
            boilerplate_patterns=(r"[a-z]{2,3}/[a-z]{2,3}",),
        )
    )
    text = "ODESA (ExampleWire) - " + LEAD + "\n" + BODY + "\nab/cde"
    assert [r for r, _ in roles(text, registry)] == ["lead", "body", "boilerplate"]


FERRY = (
    "Ferry sinks off Lornport coast\n"
    "A ferry carrying more than 200 people sank off the coast of Lornport, officials say.\n"
    "The coastguard said on Wednesday that 150 people had been rescued.\n"
)


@pytest.mark.parametrize("credit", ["[Jo Roe/Harbour Wire]", "(Jo Roe/HWS)"])
def test_a_caption_closed_by_its_picture_s_credit_is_body(credit: str) -> None:
    # a caption tells what a picture shows: body text, never weighed as background
    caption = f"Survivors were brought ashore at Lornport harbour {credit}"
    text = f"{FERRY}{caption}\n“We heard a loud noise,” survivor Ana Petrova said."
    assert (Role.BODY.value, caption) in roles(text)


def test_a_bracket_without_a_credit_leaves_a_paragraph_weighed() -> None:
    line = "The ferry had sunk once before, in 2019 (and was raised in 2020)"
    assert roles(f"{FERRY}{line}")[-1] == (Role.BACKGROUND.value, line)


@pytest.mark.parametrize("label", ["Related topics", "Explore more on these topics"])
def test_tags_under_a_label_of_furniture_end_the_story(label: str) -> None:
    text = f"{FERRY}{label}\nLornport\nFerry disasters"
    assert roles(text)[-3:] == [
        (Role.BOILERPLATE.value, label),
        (Role.BOILERPLATE.value, "Lornport"),
        (Role.BOILERPLATE.value, "Ferry disasters"),
    ]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Etiquetas: Lornport, temporal, puertos", Role.BOILERPLATE),
        ("Schlagwörter: Lornport, Fähren, Streik", Role.BOILERPLATE),
        ("Keywords: Lornport, ferry disasters, Valmont", Role.BOILERPLATE),
        # a sentence with a colon and a list ends with its stop: news
        ("The dead: two crew members, a teacher and her son.", Role.BACKGROUND),
        # a cue before the colon: someone's words, however short their parts
        ("Roe added: Never again, not while I live", Role.BODY),
    ],
)
def test_a_label_and_its_tags_on_one_line_end_the_story(line: str, role: Role) -> None:
    """A page's tags and their label on one line, in any language, are furniture."""
    assert roles(f"{FERRY}{line}")[-1][0] in (
        {role.value} if role is Role.BOILERPLATE else {Role.BODY.value, Role.BACKGROUND.value}
    )


def test_a_sentence_after_a_label_of_furniture_stays_news() -> None:
    text = f"{FERRY}Related topics\nThe ferry was licensed to carry 120 passengers."
    assert roles(text)[-1][0] != Role.BOILERPLATE.value


def test_tags_under_a_label_of_furniture_before_the_page_s_furniture() -> None:
    # the page's share and reuse links may follow the tags
    tags = "Explore more on these topics\nLornport\nFerry disasters"
    text = f"{FERRY}{tags}\nShare\nReuse this content"
    assert [r for r, _ in roles(text)][-5:] == [Role.BOILERPLATE.value] * 2 + [
        Role.BOILERPLATE.value,
        Role.MARKER.value,
        Role.BOILERPLATE.value,
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Related:",
        # a longer label that opens with furniture's words
        "Read more from Harbour Times:",
    ],
)
def test_headlines_listed_under_a_label_with_its_colon_are_furniture(label: str) -> None:
    # every headline of the list, one of the first person too: no quote by "Storm Ada"
    text = f"{FERRY}{label}\nStorm Ada: What we know\nHow to prepare for a power cut"
    article = parse(text)
    assert [p.role for p in article.paragraphs][-2:] == [Role.BOILERPLATE] * 2
    assert all("Storm Ada" not in q.text for q in article.quotes)


def test_a_sentence_after_a_listed_headline_stays_news() -> None:
    text = f"{FERRY}Related:\nStorm Ada batters coast\nThe ferry was licensed to carry 120 people."
    assert roles(text)[-1][0] != Role.BOILERPLATE.value


@pytest.mark.parametrize(
    "byline",
    [
        "By Jo Roe",
        # a crawl joins the name and the role on one line
        "Jo Roe Transport correspondent",
        # a region's name in the role
        "Jo Roe North of England correspondent",
        # or the page's date line under the deck
        "Published On 9 Jun 2026",
    ],
)
def test_the_deck_between_the_headline_and_the_byline_is_no_lead(byline: str) -> None:
    # the deck is set apart above the story: the lead below the byline is not weighed
    # as background
    deck = "The strike has cut off islands that depend on the boats for almost everything."
    lead = "The last ferry left the harbour on Thursday evening, and the quay has been silent."
    text = f"In a Port Town, the Ferries Stop\n{deck}\n{byline}\n{lead}\n{BODY}"
    assert roles(text)[1:4] == [
        (Role.BOILERPLATE.value, deck),
        (Role.BOILERPLATE.value, byline),
        (Role.LEAD.value, lead),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        # a dateline opens it
        "LORNPORT, June 9 (AP) — The ferry returned to Lornport on Monday after a two-week"
        " strike, the union said.",
        # longer than a deck
        "The ferry that links the islands of the Lorn estuary with the mainland returned to"
        " Lornport on Monday after a two-week strike over pay and rosters, the union said.",
    ],
)
def test_a_lead_above_the_page_s_date_line_is_no_deck(lead: str) -> None:
    text = (
        f"Ferry returns to Lornport\n{lead}\nUpdated 10:42 AM EDT, June 9, 2026\n"
        "Jo Roe, a captain, said the crew was relieved.\nThe quay reopened."
    )
    assert roles(text)[1] == (Role.LEAD.value, lead)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting from Lornport, Valmont",
        "A version of this article appears in print on March 12, 2026, Section A, Page 8.",
        # a note on a correction
        "This story has been corrected to show the vote was on Tuesday, not Monday.",
        "Reuse this content",
        "We use cookies to improve your experience. Accept all cookies",
        "This website uses cookies.",
        # the desk's initials in brackets that sign a story ("(abc/dfg)")
        "(jro/ake)",
        # a live page's time above a post, and a page's note between the story's parts
        "10:15 GMT",
        "9:05 a.m. EST",
        "Story continues below advertisement",
        # a blog's form under a post
        "Leave a reply",
    ],
)
def test_a_paper_s_lines_around_the_story_are_furniture(line: str) -> None:
    text = f"{FERRY}{line}"
    assert roles(text)[-1] == (Role.BOILERPLATE.value, line)


@pytest.mark.parametrize("line", ["24.99", "0.75", "12.30 the"])
def test_a_number_alone_is_no_time_of_day(line: str) -> None:
    # an hour past 23 or minutes past 59, or a word in lower case where the zone goes
    assert roles(f"{FERRY}{line}")[-1][0] != Role.BOILERPLATE.value


@pytest.mark.parametrize(
    "line",
    [
        "Jo Roe in Lornport at jroe@example.com",
        "press@acme.example",
        "+1 555-0100",
        "Sam Poe, 555-0101",
        "To contact the reporter on this story:",
        "E-mail: help@example.com.",
        "Contact: Jo Roe +44 20 7946 0958",  # a number's digit groups are no words
    ],
)
def test_a_contact_s_line_is_furniture(line: str) -> None:
    # never weighed as background
    assert roles(f"{FERRY}{line}")[-1] == (Role.BOILERPLATE.value, line)


@pytest.mark.parametrize(
    "line",
    [
        "“Write to us at help@example.com,” the harbour master said.",
        "The ferry carried 555-0101 tonnes of grain in 2025, and the harbour master said it "
        "would carry more.",
        "Between 2019-2025 the ferry sank twice.",
        "Jo Roe said passengers could write to help@example.com.",
        "Yen at 151.2345",  # a rate, no telephone number
    ],
)
def test_a_sentence_with_an_address_or_a_number_is_no_contact(line: str) -> None:
    assert roles(f"{FERRY}{line}")[-1][0] != Role.BOILERPLATE.value


def test_a_paragraph_that_opens_with_where_the_writer_filed_from_and_reports_speech_is_news() -> (
    None
):
    line = "Reporting from Lornport, Jo Roe said the quay was flooded."
    article = newsstruct.parse(f"{FERRY}{line}")
    assert roles(f"{FERRY}{line}")[-1] != (Role.BOILERPLATE.value, line)
    assert [q.text for q in article.quotes][-1:] == ["the quay was flooded"]


def test_an_address_s_name_is_read_over_64_characters_at_most() -> None:
    # a run of an address's characters is read back 64 characters from its "@", not from
    # each of its positions to its end: a paragraph of one long word and an "@" parses
    # in linear time (80,000 characters took 38 s)
    from newsstruct.structure import _EMAIL

    found = _EMAIL.search("x" * 100 + "@example.com")
    assert found is not None
    assert found.start() == 36
    assert _EMAIL.search("x" * 100_000 + " @example.com") is None


def test_a_heading_in_the_story_above_a_date_line_is_no_date_label() -> None:
    # a live page's entry: its heading is news, only a label above the story is furniture
    text = f"{FERRY}Harbour closes\n28 November 2026, 10:45\nThe harbour closed at ten.\n"
    assert ("body", "Harbour closes") in roles(text)


_BYLINE_PIECES = st.sampled_from(
    [
        "Jo",
        "Roe",
        "ANNA",
        "by",
        "By",
        "BY",
        "Von",
        "di",
        "Par",
        "Autor:",
        "Oprac.:",
        "staff writer",
        "reporter",
        "Business",
        "in",
        "Kyiv",
        "|",
        "04.03.2026",
        ",",
        "and",
        "Émile",
        "élan",
        "(AP)",
        "the",
        "said",
        "O’Neil",
        "J.",
    ]
)


@given(
    st.lists(st.tuples(_BYLINE_PIECES, st.sampled_from([" ", "  ", "\t", " \t", ""]))),
    st.sampled_from(["", "Published: 28 November 2026", "Business reporter"]),
    st.booleans(),
)
@example([("Jo", " "), ("Roe", " "), ("Transport", " "), ("correspondent", "")], "", False)
@example([("Jo", "\t"), ("Roe", "")], "Business reporter", False)
def test_a_byline_s_cheap_tests_are_conditions_of_its_patterns(
    pieces: list[tuple[str, str]], following: str, above_story: bool
) -> None:
    # is_byline tries each pattern only on a line that passes a cheap test: a colon or a
    # byline word's first word at its start; a capital after its first space (a name of
    # two words or more opens it); the line is a byline exactly where a pattern says so
    line = "".join(word + gap for word, gap in pieces)
    plain = layout.plain_spaces(line).strip()
    expected = (
        layout._byline(other_months=True).fullmatch(plain) is not None
        or layout._named_role().fullmatch(plain) is not None
        or (
            (above_story or bool(following))
            and layout._bare_name().fullmatch(plain) is not None
            and (above_story or layout.is_timestamp(following) or layout.is_writer_role(following))
        )
    )
    assert layout.is_byline(line, following, above_story=above_story) is expected


def test_a_capital_after_the_first_space_or_tab() -> None:
    assert layout._capital_after("Jo Roe", " ")
    assert not layout._capital_after("The mayor said", " ")
    assert not layout._capital_after("Jo\tRoe", " ")
    assert layout._capital_after("Jo\t Roe", " \t")
    assert layout._capital_after("Jo Émile", " ")  # (any other script's letter: the pattern's)
    assert not layout._capital_after("Lornport", " \t")


@pytest.mark.parametrize(
    ("block", "news"),
    [
        # names, companies and labels above a contact's line, under a line of furniture
        # or their topmost label with its colon ("Contacts" is a release wire's furniture)
        (
            "Contacts\nInvestors:\nAl Poe\nAcme Robotics Inc.\n+1 503-555-0142\n"
            "Media:\nMia Lee\npress@harbourpr.example",
            ["Contacts"],
        ),
        ("Read more: Lornport ferries\nAl Poe\nAcme Robotics Inc.\n+1 503-555-0142", []),
        ("Media contact:\nJo Roe\nHarbour PR\n+1 503-555-0142", []),
        # a sentence above the contact's line stays news, and so does what is above it
        (
            "The ferry will run again in June.\nJo Roe\n+1 503-555-0142",
            ["The ferry will run again in June.", "Jo Roe"],
        ),
        # a short line without a label above it is no contact's name
        (
            "The vote was close.\nLornport Ferries\n+1 503-555-0142",
            ["The vote was close.", "Lornport Ferries"],
        ),
    ],
)
def test_a_block_of_contacts_is_furniture(block: str, news: list[str]) -> None:
    got = roles(f"{FERRY}{block}")[3:]
    assert [line for role, line in got if role != Role.BOILERPLATE.value] == news


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kim Lorn @kimlorn", True),
        # a place's or a region's name in the writer's role
        ("Jo Roe North of England correspondent", True),
        ("Jo Roe US economics editor", True),
        ("Jo Roe Named Chief Correspondent", False),
        ("Kim Van Lorn @kim_lorn", True),
        ("Kim Lorn @", False),
        ("Harbour Energy shares jump @ Lornport", False),
    ],
)
def test_a_name_and_the_writer_s_handle_are_a_byline(line: str, expected: bool) -> None:
    assert layout.is_byline(line) is expected


def test_a_video_s_link_under_the_story_is_furniture() -> None:
    text = (
        "Harbour Energy shares jump after profit\n\n"
        "Shares of Harbour Energy jumped 8% on Tuesday after the company reported a profit.\n\n"
        '"We had a very strong quarter," Chief Executive Jo Roe said.\n\n'
        "WATCH: Harbour Energy's chief executive on the quarter"
    )
    article = newsstruct.parse(text, lang="en")
    assert article.paragraphs[-1].role is Role.BOILERPLATE
