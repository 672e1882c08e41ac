"""Quotes without marks closed by a dash and their cue (UNN's convention, OUTLETS.md),
in their layouts: the cue after a dash on the same line, the cue on a line of its own,
the words over several paragraphs, and ``X said:`` before the words.  Invented articles."""

from __future__ import annotations

import pytest

import newsstruct

HEAD = {
    "en": "Kyiv • UNN\nThe city will repair the bridge by the end of summer, UNN reports.\n",
    "uk": "Київ • УНН\nМісто відремонтує міст до кінця літа, передає УНН.\n",
    "ru": "Киев • УНН\nГород отремонтирует мост до конца лета, передает УНН.\n",
}
WORDS = {
    "en": "We will finish the work ahead of schedule",
    "uk": "Ми завершимо роботи раніше терміну",
    "ru": "Мы завершим работы раньше срока",
}


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """The quotes after the lead as ``(kind, text, speaker)``."""
    article = newsstruct.parse(text)
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None)
        for q in article.quotes
        if q.paragraph > 1
    ]


@pytest.mark.parametrize(
    ("lang", "cue", "speaker"),
    [
        ("en", "- said the governor on Monday.", "the governor"),
        ("en", "- - said the governor on Monday.", "the governor"),
        ("en", "— the governor said on Monday.", "the governor"),
        ("en", "- said the governor in a statement.", "the governor"),
        ("en", "- the press service of the ministry reports.", "the press service of the ministry"),
        ("uk", "- заявив губернатор у понеділок.", "губернатор"),
        ("uk", "– – заявив губернатор у понеділок.", "губернатор"),
        ("uk", "- розповів мер журналістам.", "мер"),
        ("ru", "- сказал губернатор в понедельник.", "губернатор"),
        ("ru", "— — сказал губернатор в понедельник.", "губернатор"),
        ("ru", "- рассказал мэр журналистам.", "мэр"),
        ("ru", "- сообщает пресс-служба министерства.", "пресс-служба министерства"),
        ("uk", "- повідомляє пресслужба міністерства.", "пресслужба міністерства"),
    ],
)
def test_cue_line_with_adjuncts(lang: str, cue: str, speaker: str) -> None:
    text = HEAD[lang] + WORDS[lang] + ".\n" + cue
    assert quotes(text) == [("direct", WORDS[lang], speaker)]


@pytest.mark.parametrize("dash", ["-", "–", "—", "- -", "--", "— —"])
@pytest.mark.parametrize("stop", [".", ""])
def test_dash_variants_on_one_line(dash: str, stop: str) -> None:
    text = HEAD["en"] + f"{WORDS['en']}. Traffic returns in August{stop} {dash} the mayor said.\n"
    assert quotes(text) == [
        ("direct", f"{WORDS['en']}. Traffic returns in August", "the mayor"),
    ]


@pytest.mark.parametrize(
    ("lang", "before", "last", "cue", "speaker"),
    [
        (
            "en",
            "Our crews work at night.",
            "Traffic returns in August",
            "said the mayor",
            "the mayor",
        ),
        ("uk", "Наші бригади працюють вночі.", "Рух відновиться у серпні", "сказав мер", "мер"),
        (
            "ru",
            "Наши бригады работают ночью.",
            "Движение возобновится в августе",
            "сказал мэр",
            "мэр",
        ),
    ],
)
@pytest.mark.parametrize("layout", ["same-line", "cue-line"])
def test_words_over_paragraphs(
    lang: str, before: str, last: str, cue: str, speaker: str, layout: str
) -> None:
    closing = f"{last} - {cue}." if layout == "same-line" else f"{last}.\n- {cue}."
    text = HEAD[lang] + before + "\n" + closing
    assert quotes(text) == [
        ("direct", before.rstrip("."), speaker),
        ("direct", last, speaker),
    ]


def test_words_run_back_only_in_the_first_person() -> None:
    text = HEAD["en"] + "The bridge was closed in May.\nTraffic returns in August - the mayor said."
    assert quotes(text) == [("direct", "Traffic returns in August", "the mayor")]


@pytest.mark.parametrize(
    ("lang", "colon", "speaker"),
    [
        ("en", "The governor said:", "The governor"),
        ("uk", "Губернатор заявив:", "Губернатор"),
        ("ru", "Губернатор заявил:", "Губернатор"),
    ],
)
@pytest.mark.parametrize("stop", [".", ""])
def test_words_after_a_colon_cue(lang: str, colon: str, speaker: str, stop: str) -> None:
    text = HEAD[lang] + colon + "\n" + WORDS[lang] + stop + "\n"
    assert quotes(text) == [("direct", WORDS[lang], speaker)]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("According to the harbour board:", "the harbour board"),
        ("According to Jo Roe, writing for the Harbour Gazette:", "Jo Roe"),
    ],
)
def test_words_after_an_according_phrase_and_its_colon(intro: str, speaker: str) -> None:
    # the phrase introduces the words on the next line as "X said:" does (the apposition
    # after its comma is no content)
    text = HEAD["en"] + intro + "\n" + WORDS["en"] + ".\n"
    assert quotes(text) == [("direct", WORDS["en"], speaker)]


def test_words_after_a_colon_cue_that_read_as_background() -> None:
    # the paragraph after "X said:" is X's words even where it opens as background does
    text = (
        HEAD["en"]
        + "In a speech last year, the governor said:\n"
        + "Earlier this year we promised the town a new bridge, and we will build it.\n"
    )
    assert quotes(text) == [
        (
            "direct",
            "Earlier this year we promised the town a new bridge, and we will build it",
            "the governor",
        )
    ]


def test_a_pull_quote_signed_on_its_last_line_inside_the_marks() -> None:
    # the quotation runs on to a line of its own that names the speaker: no words of hers
    text = (
        HEAD["en"]
        + "“Every ship must stay in port until Friday, and the pier will stay shut.\n"
        + "Jo Roe, harbour master.”\n"
        + "The storm is expected to pass by the weekend.\n"
    )
    assert quotes(text) == [
        (
            "direct",
            "Every ship must stay in port until Friday, and the pier will stay shut.",
            "Jo Roe",
        )
    ]


@pytest.mark.parametrize("line", ["We will not give up.", "Make no mistake, we will."])
def test_a_last_line_in_marks_that_names_no_one_is_words(line: str) -> None:
    text = HEAD["en"] + "“Every ship must stay in port until Friday.\n" + line + "”\n"
    assert quotes(text) == [
        ("direct", "Every ship must stay in port until Friday.", None),
        ("direct", line, None),
    ]


def test_cue_line_signs_a_marked_quote() -> None:
    text = (
        HEAD["en"] + "“We will finish the work ahead of schedule.”\n- said the governor on Monday."
    )
    assert quotes(text) == [
        ("direct", "We will finish the work ahead of schedule.", "the governor")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- said in Kyiv that the bridge is safe.",  # a sentence, no cue line
        "- the mayor said the bridge was safe.",  # the cue has its own content
    ],
)
def test_no_cue_line(line: str) -> None:
    text = HEAD["en"] + "The bridge was closed in May.\n" + line
    assert all(q[1] != "The bridge was closed in May" for q in quotes(text))


def test_prose_dash_before_a_cue_is_reported_speech() -> None:
    # a dash inside a sentence of prose sets off an aside, not the speaker's own words
    text = (
        "The pear harvest rose by a third in October — a fact the rival growers rarely "
        "mention, the orchard keeper said."
    )
    first = newsstruct.parse(text).quotes[0]
    assert (first.kind.value, first.text) == (
        "reported",
        "The pear harvest rose by a third in October",
    )


@pytest.mark.parametrize(
    ("lang", "colon", "more", "speaker"),
    [
        ("en", "The governor said:", "Our crews work at night.", "The governor"),
        ("uk", "Губернатор заявив:", "Наші бригади працюють вночі.", "Губернатор"),
        ("ru", "Губернатор заявил:", "Наши бригады работают ночью.", "Губернатор"),
    ],
)
def test_words_after_a_colon_cue_go_on_in_the_first_person(
    lang: str, colon: str, more: str, speaker: str
) -> None:
    text = HEAD[lang] + f"{colon}\n{WORDS[lang]}.\n{more}\nThe bridge was closed in May.\n"
    assert quotes(text) == [
        ("direct", WORDS[lang], speaker),
        ("direct", more.rstrip("."), speaker),
    ]


@pytest.mark.parametrize("source", ["a retired general", "an unnamed official on Monday"])
def test_past_form_after_a_determiner_is_no_clause(source: str) -> None:
    # "retired" after "a" describes the speaker; "-- a former aide -- said the plan
    # failed" is a clause
    text = (
        "Storm reaches the coast\n\nThe town braced for the storm on Monday.\n\n"
        f"We will not give up. We will fight to the end -- said {source}."
    )
    assert quotes(text) == [
        ("direct", "We will not give up. We will fight to the end", source.split(" on ")[0])
    ]
