"""Tokens of a paragraph: every token's offsets slice out its text from the input."""

from __future__ import annotations

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsstruct
from newsstruct.lang import COMMAS, SENTENCE_STOPS, get, is_typeset_ascii
from newsstruct.model import Span
from newsstruct.quotes import tokens as tokens_module
from newsstruct.quotes.cues import forget_readers, frame_reader, speech_act
from newsstruct.quotes.marks import find_quoted_spans
from newsstruct.quotes.reading import TokenReader, _word_before, verb_group_start
from newsstruct.quotes.tokens import (
    _PUNCTUATION,
    _TYPESET_TOKEN,
    _TYPESET_WORD,
    WORD,
    Token,
    _token,
    split_glued_cues,
    tokenize,
    units,
)


def _tokens(text: str) -> list[tuple[str, str]]:
    paragraph = Span(0, len(text))
    quoted = list(enumerate(find_quoted_spans(text, [paragraph], get("en"))))
    tokens = tokenize(text, paragraph, quoted)
    for token in tokens:
        if token.kind != "q":
            assert text[token.start : token.end] == token.text
    return [(t.kind, text[t.start : t.end]) for t in tokens]


@pytest.mark.parametrize("emphasis", ["*", "**", "_", "__"])
def test_markdown_emphasis_around_a_quotation_is_no_token(emphasis: str) -> None:
    text = f"{emphasis}“We will appeal,”{emphasis} said Ann Lee. *Ann* {emphasis}said"
    assert _tokens(text)[:5] == [
        ("q", "“We will appeal,”"),
        ("w", "said"),
        ("w", "Ann"),
        ("w", "Lee"),
        ("p", "."),
    ]
    assert _tokens(text)[5:7] == [("p", "*"), ("w", "Ann")]  # not around a quotation
    (quote,) = newsstruct.parse(text[: text.index(" *Ann")]).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.text) == ("Ann Lee", "We will appeal,")


def test_offsets_across_every_kind_of_space() -> None:
    text = "The  U.S.\tenvoy\u00a0said 3.5%\u3000of “all of it” ,  he  said .  "
    assert _tokens(text) == [
        ("w", "The"),
        ("w", "U.S."),
        ("w", "envoy"),
        ("w", "said"),
        ("w", "3.5"),
        ("p", "%"),
        ("w", "of"),
        ("q", "“all of it”"),
        ("p", ","),
        ("w", "he"),
        ("w", "said"),
        ("p", "."),
    ]


def test_spaces_before_a_quotation_end_no_token() -> None:
    run = " \t\u00a0" * 2_000
    assert _tokens(f"She said{run}“Yes.”") == [("w", "She"), ("w", "said"), ("q", "“Yes.”")]


def test_a_word_goes_on_over_mis_decoded_characters() -> None:
    # "François" decoded twice in the wrong charset: a control character and a Latin-1
    # sign inside the word; a sign between spaces is still punctuation
    text = "Jo FranA\u0303\u0083A\u0302\u00a7ois Roe cited \u00a7 5."
    assert _tokens(text) == [
        ("w", "Jo"),
        ("w", "FranA\u0303\u0083A\u0302\u00a7ois"),
        ("w", "Roe"),
        ("w", "cited"),
        ("p", "\u00a7"),
        ("w", "5"),
        ("p", "."),
    ]


def test_unelided_drops_the_article_written_onto_a_word_only() -> None:
    # the elided article is the word's first piece, whatever apostrophes follow it
    text = "d’aujourd’hui l’assessora qu’aujourd’hui"
    reader = TokenReader(tokenize(text, Span(0, len(text)), []), get("fr"))
    assert [reader.unelided(i) for i in range(3)] == [
        "aujourd'hui",
        "assessora",
        "qu'aujourd'hui",
    ]


def test_a_noun_like_cue_with_a_singular_ending_is_no_plural_noun() -> None:
    # a noun-like cue after a role noun with no article is the plural noun only in a form
    # that ends like a plural and not like a singular ("-ss"), as everywhere else
    english = get("en")
    lexicon = attrs.evolve(english, noun_like_cues=english.noun_like_cues | {"stress", "stresses"})
    for text, noun in (
        ("Rail spokesman stress that fares rise.", False),
        ("Rail spokesman stresses that fares rise.", True),
    ):
        reader = TokenReader(tokenize(text, Span(0, len(text)), []), lexicon)
        assert reader.is_noun_use(2, 0) is noun, text


def test_a_dotted_acronym_ends_a_sentence_before_a_pronoun_or_an_article() -> None:
    text = "Ferries sail from the U.S. They dock in May. The U.S. Navy sails from the U.S. too."
    paragraph = Span(0, len(text))
    tokens = tokenize(text, paragraph, [])
    assert [" ".join(t.text for t in tokens[a:b]) for a, b in units(tokens, get("en"))] == [
        "Ferries sail from the U.S.",
        "They dock in May .",
        "The U.S. Navy sails from the U.S. too .",
    ]


def test_a_web_name_is_one_word() -> None:
    """A full stop with no space after it before capitals or a short lower-case domain
    joins a web-style name (``Cable.NET``, ``Harbour.com``, ``Кабель.НЕТ``); a full stop
    after it still ends the sentence, and ``Mr.Roe`` stays two words."""
    text = "Cable.NET and Кабель.НЕТ cite Harbour.com. Mr.Roe reads news.co.uk daily."
    tokens = tokenize(text, Span(0, len(text)), [])
    assert [t.text for t in tokens] == [
        "Cable.NET", "and", "Кабель.НЕТ", "cite", "Harbour.com", ".",
        "Mr", ".", "Roe", "reads", "news.co.uk", "daily", ".",
    ]  # fmt: skip
    assert units(tokens, get("en")) == [(0, 6), (6, len(tokens))]


def test_a_dotted_abbreviation_before_a_name_with_an_article_goes_on() -> None:
    # a capitalised word after the article: a name in the same sentence; where every noun
    # is capitalised, an article after the dots tells nothing
    for text, code in (
        ("Ferry lines, e.g. The Blue Star, sail at dawn.", "en"),
        ("Die Stadt lobte u.a. Die Fährleute für den Einsatz.", "de"),
    ):
        paragraph = Span(0, len(text))
        tokens = tokenize(text, paragraph, [])
        assert units(tokens, get(code)) == [(0, len(tokens))]


def test_a_surname_spelled_as_a_pronoun_after_a_title_goes_on() -> None:
    """A pronoun in capitals after an abbreviation opens a sentence (``Lornport Corp. He
    said``), but not after a title: ``Prof. He Jiankui``, ``Dr. She Wei`` are names (the
    speaker was ``Prof``, ``Dr``)."""
    for text in (
        "“The plan is sound,” said Prof. He Jiankui of Lornport University.",
        "“We are ready,” said Dr. She Wei, the harbour master.",
    ):
        tokens = tokenize(text, Span(0, len(text)), [])
        assert units(tokens, get("en")) == [(0, len(tokens))]
    text = "Lornport Corp. He said the pier was safe."
    tokens = tokenize(text, Span(0, len(text)), [])
    assert len(units(tokens, get("en"))) == 2


def test_marks_of_other_scripts_read_as_their_latin_ones() -> None:
    """The Hindi full stop (danda) is a full stop, as the Arabic question mark is a
    question mark: a token's text is the Latin mark, its span the printed one."""
    text = "सेवा रुक गई। क्या कल?"
    tokens = tokenize(text, Span(0, len(text)), [])
    assert [(t.text, text[t.start : t.end]) for t in tokens if t.kind == "p"] == [
        (".", "।"),
        ("?", "?"),
    ]
    assert len(units(tokens, get("en"))) == 2


def test_one_set_of_sentence_ends_and_commas_for_every_script() -> None:
    """Every mark a token reads as a full stop, a question or an exclamation mark ends a
    sentence in the text, and every mark it reads as a comma is a comma there."""
    assert {mark for mark, latin in _PUNCTUATION.items() if latin in ".?!"} <= set(SENTENCE_STOPS)
    assert {_PUNCTUATION.get(mark, mark) for mark in SENTENCE_STOPS} <= set(".!?…")
    assert {mark for mark, latin in _PUNCTUATION.items() if latin == ","} | {","} == set(COMMAS)


# Typeset ASCII text with the characters the token pattern treats apart: the dots,
# commas and colons inside words and numbers, apostrophes (typed and typeset), hyphens,
# the straight double mark, the separators \x1c-\x1f that are no space to the regex
# module, and the punctuation typesetting adds (the no-break space a space to it)
_TYPESET_TEXT = st.text(
    alphabet=st.sampled_from("aZ9 .,:'\"-\t\n\x1c\x1f‘’“”–—…\xa0")
    | st.characters(max_codepoint=127)
)


@given(_TYPESET_TEXT)
@example("U.S. e.g. 3.5 10,000 12:30 STT:n EU:lle it's so-called 6'3\" 1,2,3.")
@example("“It’s 10’s ‘U.S.’ — STT:n’…”\xa0x–y ’90s")
def test_typeset_text_is_split_as_by_the_token_pattern(text: str) -> None:
    # tokenize splits typeset ASCII pieces with the standard library's engine, a fast
    # path that must give the very tokens of the full pattern
    assert _TYPESET_TOKEN.split(text) == _token().split(text)


def _pattern_tokens(text: str) -> list[Token]:
    # the tokens of the full token pattern's split, read as tokenize reads them
    tokens: list[Token] = []
    split = tokens_module._split_tokens
    split(tokens.append, _token().split(text), 0, is_typeset_ascii(text), False)
    return tokens


@given(_TYPESET_TEXT)
@example("Jo Roe said, “It’s the U.S. plan,” in 2011. Mr. Roe (D) left at 5:30\xa0pm.")
@example("“Q.”\tJ. Roe: no-one’s 10,000 x1c\x1c  Herald.com STT:n ’90s — end")
def test_typeset_text_is_tokenized_as_by_the_token_pattern(text: str) -> None:
    # tokenize cuts typeset ASCII at its spaces first and splits by the pattern only
    # the runs that are more than a word and a mark: the very tokens of the pattern
    tokens = tokenize(text, Span(0, len(text)), [])
    assert [attrs.astuple(t) for t in tokens] == [attrs.astuple(t) for t in _pattern_tokens(text)]


class _CountedSplits:
    def __init__(self) -> None:
        self.split_texts: list[str] = []

    def split(self, text: str) -> list[str]:
        self.split_texts.append(text)
        return _TYPESET_TOKEN.split(text)


def test_plain_words_of_typeset_text_are_not_split_by_the_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a word of letters or digits, or one with a mark after it, is a run of its own: the
    # pattern (a costly match a token) splits only the runs that hold more
    counted = _CountedSplits()
    monkeypatch.setattr(tokens_module, "_TYPESET_TOKEN", counted)
    text = "The ferry to Lornport, Jo Roe said, runs at 9 in the U.S. and won’t stop."
    tokens = tokenize(text, Span(0, len(text)), [])
    assert counted.split_texts == ["U.S.", "won’t"]
    assert [t.text for t in tokens] == [
        *("The", "ferry", "to", "Lornport", ",", "Jo", "Roe", "said", ","),
        *("runs", "at", "9", "in", "the", "U.S.", "and", "won’t", "stop", "."),
    ]


@given(_TYPESET_TEXT)
@example("U.S. it's so-called 3.5 O'Neill e-mail -- 'quoted' x2 “It’s” — ’90s…")
def test_typeset_words_are_found_as_by_the_word_pattern(text: str) -> None:
    # a typeset ASCII quotation's words are found by the standard library's engine, a
    # fast path that must find the very words of the full pattern
    assert _TYPESET_WORD.findall(text) == WORD.findall(text)


_BEFORE_CUE_TEXT = st.text(alphabet=st.sampled_from("aZé\u0301Ж9_'’- \t\n\r\xa0\u2028.,"))


@given(_BEFORE_CUE_TEXT, st.integers(0, 70))
@example("Jo Roe has not\n said", 8)
@example("she’d  ", 0)
def test_the_word_before_a_cue_is_searched_from_the_end(text: str, reach: int) -> None:
    # verb_group_start reads the word before a cue from the end of its window ((?r)): the
    # very match a forward search finds, which would retry every letter of the window
    forward = regex.compile(_word_before().pattern.removeprefix("(?r)"))
    assert _word_before().flags & regex.REVERSE
    for end in range(len(text) + 1):
        start = max(0, end - reach)
        found, expected = _word_before().search(text, start, end), forward.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())


def test_a_cue_s_verb_group_takes_its_auxiliaries_and_a_clitic() -> None:
    en = get("en")
    text = "Jo Roe has not said it. She’d told them."
    said = text.index("said")
    assert verb_group_start(text, said, said + 4, en) == text.index("has")
    told = text.index("told")
    assert verb_group_start(text, told, told + 4, en) == text.index("’d")


def test_an_invisible_character_inside_a_word_is_part_of_it() -> None:
    # a soft hyphen, a zero-width space and a word joiner: inside a word, its text (the
    # lexicons' key) leaves them out and its span keeps them; between words, or after
    # the last letter, they are spaces
    text = "Jo Roe sa\u00adid \u200bthe fer\u200bry\u200b would re\u2060open."
    paragraph = Span(0, len(text))
    tokens = tokenize(text, paragraph, [])
    assert [t.text for t in tokens] == ["Jo", "Roe", "said", "the", "ferry", "would", "reopen", "."]
    assert [text[t.start : t.end] for t in tokens] == [
        "Jo",
        "Roe",
        "sa\u00adid",
        "the",
        "fer\u200bry",
        "would",
        "re\u2060open",
        ".",
    ]
    assert tokens[2].lower == "said"


def test_a_joiner_is_inside_a_word_and_invisible_in_an_alphabet() -> None:
    # the zero-width non-joiner and joiner split no word in any script ("Ann\u200dLee"
    # gave "Ann" and "Lee"; Devanagari "रा\u200dम" two words); a Latin, Cyrillic or
    # Greek word's text leaves them out (German sets the non-joiner against a ligature),
    # a script that spells with them keeps them
    text = "Jo Roe sa\u200cid Ann\u200dLee ска\u200cзал रा\u200dम \u200dok."
    tokens = tokenize(text, Span(0, len(text)), [])
    assert [t.text for t in tokens] == [
        "Jo",
        "Roe",
        "said",
        "AnnLee",
        "сказал",
        "रा\u200dम",
        "ok",
        ".",
    ]
    assert [text[t.start : t.end] for t in tokens][2:6] == [
        "sa\u200cid",
        "Ann\u200dLee",
        "ска\u200cзал",
        "रा\u200dम",
    ]


def test_a_paragraph_s_sentence_readings_share_one_reader() -> None:
    # speech_act, colon_subject, attribution_in and signature_before are asked sentence by
    # sentence; a reader of their own would read the whole paragraph's words each time
    # (a paragraph of many sentences cost its length squared)
    text = "Der Verband kritisierte den Plan. Er sei zu teuer. Jo Roe haderte: Es sei ernst."
    paragraph = Span(0, len(text))
    tokens = tokenize(text, paragraph, [])
    german, english = get("de"), get("en")
    reader = frame_reader(tokens, german)
    assert frame_reader(tokens, german) is reader
    assert frame_reader(list(tokens), german) is not reader  # another paragraph's tokens
    assert frame_reader(tokens, english) is not reader
    for _ in range(20):  # the words of each quotation read in between, a list of their own
        frame_reader(list(tokens), german)
        assert frame_reader(tokens, german) is reader
    assert speech_act(tokens, 0, 6, german) is not None
    assert frame_reader(tokens, english).lex is english


def test_an_article_s_readers_are_dropped_once_its_quotations_are_read() -> None:
    # kept past their article, the readers and their token lists would outlive it into the
    # garbage collector's oldest generation
    text = "Der Verband kritisierte den Plan. Er sei zu teuer."
    tokens = tokenize(text, Span(0, len(text)), [])
    german = get("de")
    reader = frame_reader(tokens, german)
    forget_readers()
    assert frame_reader(tokens, german) is not reader
    reader = frame_reader(tokens, german)
    newsstruct.parse("Jo Roe sagte: „Der Plan ist zu teuer.“", lang="de")
    assert frame_reader(tokens, german) is not reader


@pytest.mark.parametrize(
    "text",
    [
        "港長{}記者会見で、フェリーが再開すると述べた。",
        "港長の担当者{}記者会見で、フェリーが再開すると述べた。",
        "木村さん（45）{}フェリーが再開すると述べた。",
        "木村さん（45）{}3日、フェリーが再開すると述べた。",
    ],
)
def test_a_subject_particle_of_two_characters_cuts_as_one_of_one_character_does(
    text: str,
) -> None:
    """A subject's particle may have more than one character (Korean ``께서``): a word
    that glues a subject, its particle and more is cut after the whole particle, as after
    Japanese ``は`` (an invented two-character particle added to the Japanese lexicon)."""
    lexicon = attrs.evolve(get("ja"), subject_particles=("は", "が", "こそ"))

    def pieces(particle: str) -> list[str]:
        written = text.format(particle)
        tokens = tokenize(written, Span(0, len(written)), [])
        return [t.text for t in split_glued_cues(tokens, lexicon)]

    assert pieces("こそ") == [piece.replace("は", "こそ") for piece in pieces("は")]


_FIRST_FROM_WORDS = ("the", "harbour", "said", "of", ",", ".", "Roe", "closed", "in", "that")


@given(
    st.lists(st.sampled_from(_FIRST_FROM_WORDS), max_size=20),
    st.lists(st.tuples(st.integers(0, 21), st.integers(0, 21)), max_size=12),
)
@example(["harbour", "harbour", "said", "harbour"], [(2, 3), (0, 4), (1, 2), (0, 1)])
def test_first_from_answers_as_a_scan_in_any_order(
    words: list[str], readings: list[tuple[int, int]]
) -> None:
    """TokenReader.first_from keeps what each reading found for the tokens it passed (a
    first token found, or none before a place): whatever came before, it answers as a
    plain scan of the range would (and plain_end, from its table, likewise)."""
    text = " ".join(words)
    reader = TokenReader(tokenize(text, Span(0, len(text)), []), get("en"))
    size = len(reader.t)
    stops = reader.table.scan_stops | {""}

    def test(m: int) -> bool:
        return reader.words[m] in {"", "said", "in"}

    for start, end in readings:
        start, end = min(start, size), min(end, size)
        scan = next((m for m in range(start, end) if test(m)), end)
        assert reader.first_from("test", test, start, end) == scan
        assert reader.plain_end(start) == next(
            (m for m in range(start, size) if reader.words[m] in stops), size
        )


@pytest.mark.parametrize(
    ("code", "text", "months"),
    [
        ("en", "In May the Mayor may sail, in December 2026 too.", ["May", "December"]),
        ("de", "Im Mai und im März segelte die Fähre, nicht nach Mailand.", ["Mai", "März"]),
    ],
)
def test_a_month_is_a_capitalised_form_of_any_month_s_name(
    code: str, text: str, months: list[str]
) -> None:
    # TokenReader.is_month and names_date read the forms of every month of the lexicon
    # (Lexicon.month_names, one set in CueTable.month_words): not the verb 'may', not a
    # name that opens as a month does ('Mayor', 'Mailand')
    reader = TokenReader(tokenize(text, Span(0, len(text)), []), get(code))
    assert [t.text for i, t in enumerate(reader.t) if reader.is_month(i)] == months
    assert [t.text for i, t in enumerate(reader.t) if reader.names_date(i)] == [
        t.text for t in reader.t if t.text in months or t.text.isdigit()
    ]
