"""Background without a marker (issue 6): paragraphs opening with time before the news
("Last week,", "In 2014,"), and the later paragraphs of an article that recount
earlier events, weighed by their cues, tense, years and position.

The weighing is tested on a tiny test lexicon through :func:`assign_roles`, so that
editing the English word lists cannot break the logic; the English openers through
:func:`newsstruct.parse`.  Every text is invented.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct.lang import Lexicon, get
from newsstruct.model import Role
from newsstruct.outlets import OutletRules, Registry
from newsstruct.segment import paragraph_spans
from newsstruct.structure import assign_roles

LEAD = "The city council approved the new budget on Tuesday after a long debate."
SECOND = (
    "Thirty-one members voted for the plan and twelve against it, the speaker of the council said."
)
THIRD = "Teachers and nurses will get a raise of five percent from the first of July."
HISTORY = (
    "The council had rejected two earlier drafts of the plan in 2019 and 2020, when "
    "revenue collapsed and the city borrowed heavily to pay its staff."
)
# One past-tense verb in fifteen words: background late in an article, not right after
# the lead and not in quotation marks.
PLAIN = "The council debated the plan for nine hours before the final vote on the budget."
# No cue, no past tense, no number: the situation the news happens in, background late
# in an article (most such paragraphs of NewsDiscourse are "current context"), news
# right after the lead.
SETTING = "The plan covers the schools, the hospitals and the parks of the city and its districts."
LEAD_2022 = "The city council approved its budget for 2022 on Tuesday after a long debate."
OPINION = (
    "Critics said the plan would not last a year and warned that the city will have "
    "to borrow again if revenue does not recover."
)

TEST_LEXICON = Lexicon(
    code="xx",
    name="Test",
    quote_pairs=(("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),),
    cue_verbs=frozenset({"said"}),
    background_markers=("recall",),
    background_cues=("had", "earlier", "when", "since"),
    foreground_cues=("said", "will", "would", "if", "warned"),
    past_suffixes=("ed",),
)
BARE_LEXICON = Lexicon(
    code="xx", name="Test", quote_pairs=(), cue_verbs=frozenset(), past_suffixes=("ed",)
)


def roles(*paragraphs: str, lexicon: Lexicon = TEST_LEXICON) -> list[Role]:
    text = "\n".join(paragraphs)
    found = assign_roles(text, paragraph_spans(text), lexicon, None)
    return [p.role for p in found]


def parsed_roles(*paragraphs: str) -> list[str]:
    article = newsstruct.parse(
        "\n".join(paragraphs), lang="en", registry=Registry(builtins=False, plugins=False)
    )
    assert [p.span.to_list() for p in article.background] == [
        [b["start"], b["end"]] for b in article.to_dict()["background"]
    ]
    return [p.role.value for p in article.paragraphs]


# --- the weighing, on the test lexicon -------------------------------------------------


def test_a_later_paragraph_recounting_earlier_events_is_background() -> None:
    assert roles(LEAD, SECOND, THIRD, HISTORY) == [Role.LEAD, Role.BODY, Role.BODY, Role.BACKGROUND]


def test_speech_and_expectation_are_news() -> None:
    assert roles(LEAD, SECOND, THIRD, OPINION)[3] is Role.BODY


def test_quotation_marks_weigh_against_background() -> None:
    quoted = f"\N{LEFT DOUBLE QUOTATION MARK}{PLAIN}\N{RIGHT DOUBLE QUOTATION MARK}"
    assert roles(LEAD, SECOND, THIRD, PLAIN)[3] is Role.BACKGROUND
    assert roles(LEAD, SECOND, THIRD, quoted)[3] is Role.BODY


def test_a_paragraph_of_someones_words_is_never_weighed() -> None:
    # HISTORY's words in marks weigh as background, but they are a speaker's words: a
    # paragraph wholly in marks, or opened by a mark no mark closes (the quote goes on)
    whole = f"\N{LEFT DOUBLE QUOTATION MARK}{HISTORY}\N{RIGHT DOUBLE QUOTATION MARK}"
    open_ended = f"\N{LEFT DOUBLE QUOTATION MARK}{HISTORY}"
    assert roles(LEAD, SECOND, THIRD, whole)[3] is Role.BODY
    assert roles(LEAD, SECOND, THIRD, open_ended)[3] is Role.BODY
    assert roles(LEAD, SECOND, THIRD, HISTORY)[3] is Role.BACKGROUND


def test_the_lead_is_never_background() -> None:
    assert roles(HISTORY, SECOND)[0] is Role.LEAD


def test_the_paragraph_after_the_lead_needs_more_evidence() -> None:
    assert roles(LEAD, SETTING) == [Role.LEAD, Role.BODY]
    assert roles(LEAD, SECOND, THIRD, SETTING)[3] is Role.BACKGROUND


def test_a_later_paragraph_of_speech_stays_news() -> None:
    setting_said = SETTING.removesuffix(".") + ", the mayor said."
    assert roles(LEAD, SECOND, THIRD, setting_said)[3] is Role.BODY


def test_a_short_paragraph_is_never_weighed() -> None:
    assert roles(LEAD, SECOND, THIRD, "The council had rejected it earlier.")[3] is Role.BODY


def test_one_sentence_of_eight_words_is_weighed() -> None:
    short = "The council had rejected two drafts of it earlier."
    assert roles(LEAD, SECOND, THIRD, short)[3] is Role.BACKGROUND


def test_a_caption_with_a_photo_credit_is_never_weighed() -> None:
    caption = (
        "The council had rejected two earlier drafts in 2019 when revenue collapsed, "
        "the mayor recalled. REUTERS/Anna Smith"
    )
    assert roles(LEAD, SECOND, THIRD, caption)[3] is Role.BODY


@pytest.mark.parametrize(
    "credit",
    [
        "City Council/Handout via REUTERS",
        "Jane Doe/Pool via AP.",
        "(Xinhua/Jane Doe)",
    ],
)
def test_a_caption_ending_with_a_photo_credit_is_never_weighed(credit: str) -> None:
    assert roles(LEAD, SECOND, THIRD, f"{HISTORY} {credit}")[3] is Role.BODY


def test_an_abbreviation_ending_a_paragraph_is_no_photo_credit() -> None:
    assert roles(LEAD, SECOND, THIRD, f"{HISTORY} It was run by the IMF")[3] is Role.BACKGROUND


@pytest.mark.parametrize(
    "ending",
    ["Its and/or clause was approved by NATO.", "Its U.S./Canada office was run by the IMF."],
)
def test_a_slash_in_a_sentence_ending_in_an_abbreviation_is_no_photo_credit(ending: str) -> None:
    assert roles(LEAD, SECOND, THIRD, f"{HISTORY} {ending}")[3] is Role.BACKGROUND


def test_a_marked_article_is_not_weighed() -> None:
    """An outlet that marks its background marks all of it (UNN's "Recall")."""
    found = roles(LEAD, SECOND, THIRD, HISTORY, "Recall", "The council rejected two drafts.")
    assert found == [
        Role.LEAD,
        Role.BODY,
        Role.BODY,
        Role.BODY,
        Role.MARKER,
        Role.BACKGROUND,
    ]


def test_an_outlet_that_marks_its_background_is_not_weighed() -> None:
    """Ukrainian agencies open all their background ("As Ukrinform reported,"): the
    other paragraphs after the lead are news, only an opening past year makes context."""
    text = "\n".join((LEAD, SECOND, THIRD, HISTORY, "In 2019, the council rejected two drafts."))
    marking = OutletRules(name="agency", marks_background=True)
    found = assign_roles(text, paragraph_spans(text), TEST_LEXICON, marking)
    assert [p.role for p in found] == [
        Role.LEAD,
        Role.BODY,
        Role.BODY,
        Role.BODY,
        Role.BACKGROUND,
    ]


def test_a_lexicon_without_cues_weighs_nothing() -> None:
    assert roles(LEAD, SECOND, THIRD, HISTORY, lexicon=BARE_LEXICON)[3] is Role.BODY


# --- years ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["In 2014, the council", "In March 2014 the council", "Since 2010, the council"],
)
def test_a_paragraph_opening_with_an_earlier_year_is_background(opening: str) -> None:
    assert roles(LEAD_2022, SECOND, opening + " cut the budget.")[-1] is Role.BACKGROUND


def test_the_articles_own_year_is_no_opener() -> None:
    assert roles(LEAD_2022, "In 2022, the council will cut the budget.")[-1] is Role.BODY


def test_without_an_article_date_the_latest_year_is_the_articles() -> None:
    found = roles(LEAD, "In 2014, the council cut the budget.", "In 2022, it grew.")
    assert found == [Role.LEAD, Role.BACKGROUND, Role.BODY]


def test_the_header_s_year_is_the_articles_whatever_later_years_a_plan_names() -> None:
    """A crawl date line dates the article: a target year the text names (``by 2035``)
    makes the article's own year no earlier one."""
    text = (
        "date 2026-03-04 Lornport sets a climate goal\n\n"
        "The city council of Lornport agreed on Tuesday to cut its emissions to zero by 2035.\n\n"
        "In 2026, the city will replace its buses with electric ones.\n\n"
        "In 2019, the council rejected a similar plan after protests by drivers."
    )
    article = newsstruct.parse(text, lang="en")
    assert [p.text for p in article.background] == [
        "In 2019, the council rejected a similar plan after protests by drivers."
    ]


def test_a_year_inside_a_quotation_opening_is_no_opener() -> None:
    quoted = (
        "\N{LEFT DOUBLE QUOTATION MARK}In 2014 we cut the budget,"
        "\N{RIGHT DOUBLE QUOTATION MARK} he said."
    )
    assert roles(LEAD_2022, quoted)[-1] is Role.BODY


@pytest.mark.parametrize(
    ("lang", "lead", "count", "history"),
    [
        (
            "ru",
            "В воскресенье 1 марта 2026 года в центре города прошла акция протеста.",
            "Около 2000 человек вышли на площадь перед зданием городской администрации.",
            "В 2014 году больницу уже пытались закрыть, но жители ее отстояли.",
        ),
        (
            "uk",
            "У неділю 1 березня 2026 року в центрі міста відбулася акція протесту.",
            "Понад 2000 людей вийшли на площу перед будівлею міської адміністрації.",
            "У 2014 році лікарню вже намагалися закрити, але мешканці її відстояли.",
        ),
    ],
)
def test_a_number_before_a_noun_is_no_year(lang: str, lead: str, count: str, history: str) -> None:
    # "2000 человек" counts people; "в 2014 году" is a year
    found = roles(lead, count, history, lexicon=get(lang))
    assert found == [Role.LEAD, Role.BODY, Role.BACKGROUND]


# --- English openers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Last week, the council rejected two drafts of the plan.",
        "Last year the council rejected two drafts of the plan.",
        "Last Friday, the council rejected two drafts of the plan.",
        "A year ago, the council rejected two drafts of the plan.",
        "Already in May the council rejected two drafts of the plan.",
        "Back in May the council rejected two drafts of the plan.",
        "At the time, the council rejected two drafts of the plan.",
        "It was the third budget the council rejected.",
        "Earlier this month, the council rejected two drafts.",
        "As reported, the council rejected two drafts in May.",
        "As a reminder, the council rejected two drafts in May.",
        "To recall, the council rejected two drafts in May.",
    ],
)
def test_english_temporal_opener(paragraph: str) -> None:
    assert parsed_roles(LEAD, paragraph, "The vote was close.") == ["lead", "background", "body"]


def test_a_later_english_paragraph_recounting_earlier_events() -> None:
    english_history = (
        "The council had rejected two earlier drafts of the plan in 2019 and 2020, when "
        "revenue collapsed and the city borrowed heavily to pay its staff."
    )
    assert parsed_roles(LEAD, SECOND, THIRD, english_history)[3] == "background"


def test_an_english_phrase_of_time_before_counts_on_top_of_its_word() -> None:
    """ "last year" is a background cue besides its "last": the paragraph of speech and
    obligation tips to background with it, not with "last spring"."""
    staffing = (
        "The union says the city must still staff the two new schools that it opened "
        "and equipped last year."
    )
    assert parsed_roles(LEAD, SECOND, THIRD, staffing)[3] == "background"
    spring = staffing.replace("last year", "last spring")
    assert parsed_roles(LEAD, SECOND, THIRD, spring)[3] == "body"


def test_a_later_english_paragraph_of_expectation_is_news() -> None:
    assert parsed_roles(LEAD, SECOND, THIRD, OPINION)[3] == "body"


MATCH_LEAD = "Harbour Town beat Lornport City 3-1 on Saturday to go top of the league table."
MATCH_GOALS = (
    "Striker Kim Lorn scored twice in the first half, heading in a corner after 12 minutes "
    "and then firing past the goalkeeper from the edge of the box."
)
MATCH_LATE = (
    "City pulled one back through midfielder Ed Poe just after half-time, but substitute "
    "Ann Lee sealed the win in stoppage time."
)
MATCH_HISTORY = "Town last won the title in 1986 and were relegated twice in the following decade."


def test_an_english_match_as_it_was_played_is_news() -> None:
    """A sports report's later paragraphs tell the match, the main event, in the past
    tense with numbers: its words (``striker``, ``goalkeeper``, ``half-time``) are
    foreground cues; the club's history stays background."""
    found = parsed_roles(MATCH_LEAD, SECOND, MATCH_GOALS, MATCH_LATE, MATCH_HISTORY)
    assert found[2:] == ["body", "body", "background"]


# --- openers of the other languages ---------------------------------------------------

LEADS = {
    "uk": "Міська рада у понеділок ухвалила рішення про ремонт мосту через річку.",
    "ru": "Городской совет в понедельник принял решение о ремонте моста через реку.",
    "de": "Der Stadtrat hat am Montag die Sanierung der Brücke über den Fluss beschlossen.",
    "fr": "Le conseil municipal a décidé lundi de rénover le pont sur la rivière.",
    "es": "El ayuntamiento aprobó el lunes la reforma del puente sobre el río.",
    "cs": "Městská rada v pondělí schválila opravu mostu přes řeku.",
    "pl": "Rada miasta zatwierdziła w poniedziałek remont mostu na rzece.",
    "it": "Il consiglio comunale ha approvato lunedì il restauro del ponte sul fiume.",
    "pt": "A câmara municipal aprovou na segunda-feira a reparação da ponte sobre o rio.",
    "en": "The city council approved the repair of the bridge over the river on Monday.",
}


@pytest.mark.parametrize(
    ("code", "paragraph"),
    [
        ("uk", "Нагадуємо, що міст закрили на ремонт навесні."),
        ("uk", "Варто нагадати, що міст закрили на ремонт торік."),
        ("uk", "Також нагадаємо, що міст закрили на ремонт торік."),
        ("uk", "Як повідомляло міністерство, міст закрили на ремонт торік."),
        ("uk", "Як раніше писав УНН, міст закрили на ремонт торік."),
        ("uk", "Торік міст закрили на ремонт через аварійний стан."),
        ("ru", "Напоминаем, что мост закрыли на ремонт весной."),
        ("ru", "Стоит напомнить, что мост закрыли на ремонт в прошлом году."),
        ("ru", "Как сообщал ТАСС, мост закрыли на ремонт в прошлом году."),
        ("ru", "В прошлом месяце мост закрыли на ремонт."),
        ("de", "Schon im März war die Brücke für den Verkehr gesperrt worden."),
        ("fr", "Il convient de rappeler que le pont avait été fermé en mars."),
        ("fr", "Comme nous l'indiquions, le pont avait été fermé en mars."),
        ("es", "Cabe recordar, además, que el puente fue cerrado en marzo."),
        ("es", "Vale la pena recordar que el puente fue cerrado en marzo."),
        ("cs", "Jak již informovala radnice, most byl uzavřen v březnu."),
        ("cs", "Již dříve byl most uzavřen kvůli opravám."),
        ("pl", "Warto przypomnieć, że most zamknięto w marcu."),
        ("pl", "Jak podawaliśmy, most zamknięto w marcu."),
        ("it", "Già nel mese di marzo il ponte era stato chiuso per lavori."),
        ("pt", "Convém recordar que a ponte foi fechada em março."),
        ("en", "It should be recalled that the bridge was closed in March."),
    ],
)
def test_an_opener_of_the_language_makes_background(code: str, paragraph: str) -> None:
    article = newsstruct.parse(
        f"{LEADS[code]}\n\n{paragraph}", lang=code, registry=Registry(builtins=False, plugins=False)
    )
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.BACKGROUND]


@pytest.mark.parametrize(
    ("code", "paragraph"),
    [
        ("ru", "Как сообщил министр, мост откроют в мае."),
        ("uk", "Як повідомив міністр, міст відкриють у травні."),
    ],
)
def test_a_report_of_the_news_itself_is_no_opener(code: str, paragraph: str) -> None:
    """The perfective "сообщил" / "повідомив" reports the news; only the imperfective
    "сообщал" / "повідомляв" (as was reported) opens background."""
    article = newsstruct.parse(
        f"{LEADS[code]}\n\n{paragraph}", lang=code, registry=Registry(builtins=False, plugins=False)
    )
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.BODY]


@pytest.mark.parametrize(
    ("code", "marker", "paragraph"),
    [
        ("uk", "Нагадуємо", "Міст закрили на ремонт торік через аварійний стан."),
        ("ru", "Напоминаем", "Мост закрыли на ремонт из-за аварийного состояния."),
        ("en", "Let us remind", "The bridge was closed for repairs last spring."),
        ("en", "As a reminder:", "The bridge was closed for repairs last spring."),
        ("en", "Background information", "The bridge was closed for repairs last spring."),
    ],
)
def test_a_standalone_marker_of_the_language_opens_background(
    code: str, marker: str, paragraph: str
) -> None:
    article = newsstruct.parse(
        f"{LEADS[code]}\n\n{marker}\n\n{paragraph}",
        lang=code,
        registry=Registry(builtins=False, plugins=False),
    )
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.MARKER, Role.BACKGROUND]


@pytest.mark.parametrize(
    ("lang", "lead", "history"),
    [
        (
            "pl",
            "Rada miasta przyjęła w czwartek nowy budżet na przyszły rok.",
            "Rok temu radni odrzucili podobny projekt po długiej debacie.",
        ),
        (
            "pt",
            "A câmara aprovou hoje o novo orçamento para o próximo ano.",
            "Há um ano, a câmara rejeitou um projeto semelhante depois de um longo debate.",
        ),
        (
            "cs",
            "Zastupitelstvo dnes schválilo nový rozpočet na příští rok.",
            "Naposledy zastupitelé odmítli podobný návrh před dvěma lety po dlouhé debatě.",
        ),
        (
            "de",
            "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.",
            "Vor einem Jahr hatte der Rat einen ähnlichen Entwurf nach langer Debatte abgelehnt.",
        ),
        (
            "fr",
            "Le conseil municipal a approuvé mardi le nouveau budget du ferry.",
            "Le mois dernier, le ferry avait été fermé après un incendie à bord.",
        ),
        (
            "es",
            "El ayuntamiento aprobó el martes el nuevo presupuesto del ferry.",
            "El pasado mes, el ferry fue cerrado tras un incendio a bordo.",
        ),
        (
            "it",
            "Il consiglio comunale ha approvato martedì il nuovo bilancio del traghetto.",
            "In precedenza il traghetto era stato chiuso dopo un incendio a bordo.",
        ),
    ],
)
def test_a_paragraph_opening_with_time_before_the_news_is_background(
    lang: str, lead: str, history: str
) -> None:
    article = newsstruct.parse(
        f"{lead}\n{history}", lang=lang, registry=Registry(builtins=False, plugins=False)
    )
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.BACKGROUND]


@pytest.mark.parametrize(
    ("lang", "paragraph"),
    [
        ("en", "Context: the council rejected two drafts of the plan in May."),
        ("en", "BACKGROUND: the council rejected two drafts of the plan in May."),
        ("uk", "Довідка: рада двічі відхилила проєкт плану у травні."),
        ("ru", "Справка: совет дважды отклонил проект плана в мае."),
        ("zh", "背景：市议会在五月两次否决了该计划的草案。"),
    ],
)
def test_a_background_marker_run_into_its_paragraph(lang: str, paragraph: str) -> None:
    # the standalone marker ("Context", "Довідка") with its colon, heading its own paragraph
    article = newsstruct.parse(f"{LEAD}\n{paragraph}\nThe vote was close.", lang=lang)
    assert article.paragraphs[1].role is Role.BACKGROUND


@pytest.mark.parametrize(
    "paragraph",
    [
        "The context: the council will vote again on Friday, the mayor said.",
        "Contextual: the council will vote again on Friday, the mayor said.",
    ],
)
def test_a_marker_word_elsewhere_is_no_label(paragraph: str) -> None:
    assert parsed_roles(LEAD, paragraph, "The vote was close.") == ["lead", "body", "body"]


# Mostly someone's words with the cue after them: the news in a speaker's voice, though
# its verbs are past (three in eleven words) and it follows the lead.
QUOTED = (
    "\N{LEFT DOUBLE QUOTATION MARK}The pier closed and the boats stayed docked,"
    "\N{RIGHT DOUBLE QUOTATION MARK} Jo Roe wrote."
)
# The same words with only one of them quoted: past, and background.
SCARE_QUOTED = (
    "The pier closed and the boats stayed \N{LEFT DOUBLE QUOTATION MARK}docked"
    "\N{RIGHT DOUBLE QUOTATION MARK}, Jo Roe wrote."
)


def test_a_paragraph_mostly_quoted_with_its_cue_is_news() -> None:
    assert roles(LEAD, QUOTED) == [Role.LEAD, Role.BODY]
    assert roles(LEAD, SCARE_QUOTED) == [Role.LEAD, Role.BACKGROUND]


# An interview printed as questions and answers: each turn opens with its label and
# colon, and an answer's past tense is the interviewee's story told in their own words.
INTRO = (
    "Ann Lee ran the Harbour Kitchen in Lornport for fifteen years. We asked her why she closed it."
)
QUESTION = "Q: When did you know that the restaurant was finished and had to close?"
ANSWER = (
    "A: Honestly, last summer. The rent doubled and the customers never came back "
    "after the roadworks had ended."
)


def test_an_interviews_turns_are_never_weighed() -> None:
    assert parsed_roles(INTRO, QUESTION, ANSWER)[1:] == ["body", "body"]


def test_an_answer_without_its_label_is_weighed() -> None:
    assert parsed_roles(INTRO, QUESTION, ANSWER[3:])[2] == "background"


# A transcript prints its speakers in capitals before their words, past or not.
TRANSCRIPT_TURN = (
    "ROE: The pier had been shut for years before we reopened it, and the council "
    "never paid a penny."
)


def test_a_turn_under_a_name_in_capitals_is_never_weighed() -> None:
    assert parsed_roles(INTRO, TRANSCRIPT_TURN)[1] == "body"
    assert parsed_roles(INTRO, "Roe: " + TRANSCRIPT_TURN[5:])[1] == "background"
