"""The language layer: lexicon data sanity, ``alternation()`` and ``detect()``.

These tests check the shipped data, not parsing logic: enough cue verbs, every form
spelled out, no empty alternation, and a detector that is right and deterministic on
invented English copy.
"""

from __future__ import annotations

import pickle

import attrs
import pytest
import regex

import newsstruct
from newsstruct import lang
from newsstruct.lang import en
from newsstruct.quotes.reading import cue_table

#: Invented English copy of wire length, for detection.
ENGLISH = (
    "The harbour master said on Tuesday that the ferry would run again from June, "
    "and that the crews had been trained over the winter. She added that tickets "
    "would cost the same as last year."
)


def _lemma_lines(block: str) -> list[list[str]]:
    return [line.split() for line in block.strip().splitlines() if line.strip()]


# -- the English lexicon --------------------------------------------------------------


def test_english_has_at_least_80_speech_verb_lemmas() -> None:
    lemmas = {forms[0] for forms in _lemma_lines(en._SPEECH_VERBS)}
    assert len(lemmas) >= 80


def test_every_speech_verb_lemma_is_a_cue_in_every_listed_form() -> None:
    lexicon = lang.get("en")
    missing = [
        form
        for forms in _lemma_lines(en._SPEECH_VERBS + en._COGNITION_VERBS)
        for form in forms
        if form not in lexicon.cue_verbs
    ]
    assert missing == []


def test_lemma_lines_are_unique() -> None:
    lemmas = [forms[0] for forms in _lemma_lines(en._SPEECH_VERBS)]
    duplicates = sorted({w for w in lemmas if lemmas.count(w) > 1})
    assert duplicates == []


@pytest.mark.parametrize(
    "form",
    [
        "say",
        "says",
        "said",
        "saying",
        "told",
        "added",
        "noted",
        "insisted",
        "warned",
        "stressed",
        "denied",
        "announced",
        "urged",
        "claimed",
        "believed",
    ],
)
def test_common_cue_forms_are_listed(form: str) -> None:
    assert form in lang.get("en").cue_verbs


def test_cue_verbs_are_lower_case_single_words() -> None:
    bad = sorted(v for v in lang.get("en").cue_verbs if v != v.casefold() or " " in v)
    assert bad == []


def test_object_and_control_verbs_are_cues_too() -> None:
    lexicon = lang.get("en")
    assert lexicon.object_cue_verbs <= lexicon.cue_verbs
    assert lexicon.control_cue_verbs <= lexicon.cue_verbs


@pytest.mark.parametrize(
    "field",
    [
        "quote_pairs",
        "cue_verbs",
        "pronouns",
        "determiners",
        "role_nouns",
        "media_words",
        "attribution_cues",
        "background_markers",
        "background_openers",
        "abbreviations",
        "stopwords",
    ],
)
def test_english_fields_are_not_empty(field: str) -> None:
    assert len(getattr(lang.get("en"), field)) > 0


def test_quote_pairs_are_single_characters() -> None:
    for opening, closing in lang.get("en").quote_pairs:
        assert len(opening) == 1
        assert len(closing) == 1


@pytest.mark.parametrize("code", lang.available())
def test_name_particles_are_lower_case_words(code: str) -> None:
    for particle in lang.get(code).name_particles:
        assert particle == particle.lower()
        assert regex.fullmatch(r"\p{Ll}+(?: \p{Ll}+)?", particle), particle


@pytest.mark.parametrize("code", lang.available())
def test_cue_triggers_are_words(code: str) -> None:
    # a frame reader finds the cues' first words among a paragraph's words, where
    # punctuation reads as "" (FrameReader.frames): no trigger may be punctuation
    assert all(t[:1].isalnum() for t in cue_table(lang.get(code)).triggers)


def test_a_lexicon_s_cue_table_is_made_once() -> None:
    # every paragraph's reader asks for its lexicon's table (TokenReader.__init__): it
    # is arranged at the first call and the same table serves every later one
    lexicon = lang.get("en")
    assert cue_table(lexicon) is cue_table(lexicon)


def test_every_lexicon_field_is_read() -> None:
    """No dead data: each field of :class:`Lexicon` is read as an attribute by a step of
    the pipeline or by the language layer's own code (detection), outside the language
    modules' data."""
    import ast
    from pathlib import Path

    import attrs

    package = Path(newsstruct.__file__).parent
    data_modules = set(lang.MODULES) | {"_media", "_names"}
    read: set[str] = set()
    for path in package.rglob("*.py"):
        if path.parent.name == "lang" and path.stem in data_modules:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        read |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert [f.name for f in attrs.fields(lang.Lexicon) if f.name not in read] == []


def test_lexicon_is_frozen_hashable_and_pickles() -> None:
    lexicon = lang.get("en")
    assert hash(lexicon) == hash(lexicon)
    assert pickle.loads(pickle.dumps(lexicon)) == lexicon
    with pytest.raises(AttributeError):
        lexicon.code = "xx"  # type: ignore[misc]


def test_a_lexicon_s_repr_names_every_field_and_reads_back() -> None:
    # Lexicon writes its repr out (attrs' generated one cost import time): every field in
    # order as attrs prints them, and a repr that evaluates to the lexicon
    lexicon = lang.Lexicon(
        code="xx",
        name="Lornish",
        quote_pairs=(("«", "»"),),
        cue_verbs=["sang"],
        relative_pronouns=["who"],
        background_cues=["ago"],
    )
    text = repr(lexicon)
    assert text.startswith(
        "Lexicon(code='xx', name='Lornish', quote_pairs=(('«', '»'),), "
        "cue_verbs=frozenset({'sang'}), elided_letters=frozenset(), "
    )
    assert ", relative_pronouns=frozenset({'who'}), " in text
    assert text.endswith(", background_cues=('ago',), foreground_cues=(), past_suffixes=())")
    named = regex.findall(r"(?:^Lexicon\(|, )([a-z_]++)=", text)
    assert named == [field.name for field in attrs.fields(lang.Lexicon)]
    assert eval(text, {"Lexicon": lang.Lexicon}) == lexicon


# -- the registry of languages ---------------------------------------------------------


def test_available_lists_english() -> None:
    assert "en" in lang.available()
    assert list(lang.available()) == sorted(lang.available())


def test_get_returns_the_same_object_twice() -> None:
    assert lang.get("en") is lang.get("en")


@pytest.mark.parametrize("code", ["xx", "", "xx-US", "english", "en US"])
def test_unknown_language_raises_and_lists_the_known_ones(code: str) -> None:
    with pytest.raises(newsstruct.UnknownLanguageError) as info:
        lang.get(code)
    assert isinstance(info.value, ValueError)
    assert "en" in str(info.value)
    assert info.value.code == code


def test_parse_with_unknown_language_raises() -> None:
    with pytest.raises(newsstruct.UnknownLanguageError, match="'xx'"):
        newsstruct.parse("The mayor said the bridge would reopen.", lang="xx")


# -- alternation() ---------------------------------------------------------------------


@pytest.mark.parametrize("words", [[], [""], ["", ""]])
def test_alternation_refuses_an_empty_list(words: list[str]) -> None:
    with pytest.raises(ValueError):
        lang.alternation(words)


def test_alternation_puts_the_longest_first_and_escapes() -> None:
    pattern = lang.alternation(["said", "said in a statement", "a.m."])
    assert pattern.index("statement") < pattern.index("|said")
    compiled = regex.compile(pattern)
    assert compiled.fullmatch("said  in a\tstatement")
    assert compiled.fullmatch("a.m.")
    assert not compiled.fullmatch("axmx")


def test_alternation_matches_every_entry() -> None:
    words = list(lang.get("en").background_openers)
    compiled = regex.compile(lang.alternation(words))
    for word in words:
        assert compiled.fullmatch(word), word


# -- detect() --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "The minister said on Monday that the talks would go on.",
        "“We will rebuild the bridge,” the mayor said, and the crowd cheered.",
        # a line: langdetect guesses (Afrikaans, Estonian); the one lexicon whose
        # function words or cue verbs occur decides
        "“I hope so,” Roe said.",
        "Jo Roe said talks failed.",
    ],
)
def test_detect_english(text: str) -> None:
    assert lang.detect(text) == "en"


def test_detect_a_line_with_one_borrowed_function_word_is_left_to_langdetect() -> None:
    """One Italian function word ("di") in a line of Indonesian elects no lexicon."""
    assert lang.detect("Selamat pagi semua orang di sini.") == "id"


@pytest.mark.parametrize("text", ["", "   ", "12345 — 678", "…!?"])
def test_detect_text_without_letters_is_english(text: str) -> None:
    assert lang.detect(text) == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει τον Μάιο.", "el"),
        ("Ο δήμαρχος είπε στο (AFP) ότι η γέφυρα θα ανοίξει τον Μάιο.", "el"),
    ],
)
def test_detect_another_script_by_the_lexicon_written_in_it(text: str, code: str) -> None:
    assert lang.detect(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # langdetect does not know Georgian (it answers Estonian): the script's language
        ("ხიდი მაისში გაიხსნება, თქვა მერმა.", "ka"),
        ("市长周二表示，这座桥将于五月重新开放。", "zh"),
        ("北京", "zh"),  # two characters: langdetect guesses Korean
        ("市長は火曜日、橋を五月に再開すると述べた。", "ja"),
        ("시장은 화요일 다리가 5월에 다시 열린다고 말했다.", "ko"),
        ("قال رئيس البلدية يوم الثلاثاء إن الجسر سيفتح في مايو.", "ar"),
        ("القاهرة (AFP) - قال رئيس البلدية يوم الثلاثاء إن الجسر سيفتح.", "ar"),
        ("شهردار روز سه‌شنبه گفت که پل در ماه مه بازگشایی می‌شود.", "fa"),
        ("ראש העירייה אמר ביום שלישי כי הגשר ייפתח במאי.", "he"),
        ("महापौर ने मंगलवार को कहा कि पुल मई में फिर से खुलेगा।", "hi"),
        ("นายกเทศมนตรีกล่าวว่าสะพานจะเปิดอีกครั้งในเดือนพฤษภาคม", "th"),
    ],
)
def test_detect_a_script_no_lexicon_writes_as_its_language(text: str, code: str) -> None:
    """A script no lexicon writes is read with the generic rules, its language reported
    (not the default's "en"), even with a few Latin letters in it."""
    assert lang.detect(text) == code
    assert newsstruct.parse(text).lang == code


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Le maire a déclaré que le pont serait rouvert en juillet.",
        "Der Bürgermeister sagte, die Brücke werde im Juli wieder geöffnet.",
        "Мер сказав, що міст відкриють у липні.",
        "ok",
    ],
)
def test_detect_is_deterministic(text: str) -> None:
    first = lang.detect(text)
    assert all(lang.detect(text) == first for _ in range(5))


def test_parse_reports_the_detected_language() -> None:
    assert newsstruct.parse(ENGLISH).lang == "en"


def test_distinctive_letters_are_single_lower_case_letters() -> None:
    for code in lang.available():
        for letter in lang.get(code).letters:
            assert len(letter) == 1 and letter.isalpha() and letter.islower(), code


def _no_langdetect(sample: str) -> str | None:
    raise AssertionError(f"langdetect ran on {sample!r}")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # short lines that function words leave open, decided without langdetect
        ("Ředitel školy odpověděl novinářům krátce.", "cs"),
        ("Dzieci wróciły późnym wieczorem z wycieczki.", "pl"),
        ("Anglers were happy when fishermen were paid.", "en"),
    ],
)
def test_detect_short_text_by_letters_or_english_words(
    text: str, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lang, "_langdetect", _no_langdetect)
    assert lang.detect(text) == code


def test_detect_leaves_mixed_distinctive_letters_to_langdetect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(lang, "_langdetect", lambda sample: seen.append(sample) or "cs")
    text = "Dvořák und Łukasz spielten lange Stücke zusammen."
    assert lang.detect(text) == "cs"
    assert seen == [text]


# Tags the pipeline compares among its own values: frame forms, mention kinds, token
# kinds, ends of a quotation mark.  Any other word compared in the pipeline would be a
# language's word that belongs in its lexicon.
_PIPELINE_TAGS = {
    "after", "anaphoric", "according", "as", "before", "colon", "cue", "cue_line",
    "speaker", "name", "pronoun", "description", "near", "next", "answer", "previous", "open",
    "close", "sS",
}  # fmt: skip


def test_the_pipeline_compares_no_word_of_a_language() -> None:
    """Function words such as ``to``, ``on`` or ``the`` live in the lexicons, so that a
    language whose words coincide (Czech ``to``) is not read as English."""
    import ast
    from pathlib import Path

    package = Path(newsstruct.__file__).parent
    words: dict[str, set[str]] = {}
    for path in package.rglob("*.py"):
        if "lang" in path.relative_to(package).parts or path.name in {"cli.py", "__main__.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            for operand in (node.left, *node.comparators):
                for leaf in ast.walk(operand):
                    if (
                        isinstance(leaf, ast.Constant)
                        and isinstance(leaf.value, str)
                        and regex.fullmatch(r"\p{L}{2,}", leaf.value)
                        and leaf.value not in _PIPELINE_TAGS
                    ):
                        words.setdefault(leaf.value, set()).add(path.name)
    assert words == {}


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("en", "the editor of the newspaper"),
        ("en", "the editor-in-chief of the Daily Planet"),
        ("de", "der Chefredakteur der Zeitung"),
    ],
)
def test_a_role_before_a_medium_names_a_person(code: str, name: str) -> None:
    assert not lang.is_outlet_name(name, lang.get(code))


def test_a_person_of_a_newspaper_speaks() -> None:
    article = newsstruct.parse("The plan will fail, said the editor of the newspaper.", lang="en")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The plan will fail", "the editor of the newspaper")
    ]


@pytest.mark.parametrize(
    ("code", "name", "outlet"),
    [
        ("es", "El Mundo", True),  # a media word of several words, matched whole
        ("es", "el Instituto Nacional del Tiempo", False),  # a common word of one
        ("it", "Il Sole 24 Ore", True),
        ("it", "il Sole", False),
        ("pl", "Notes from Poland", True),
        ("pl", "Business Centre Club", False),
        ("fr", "la radio Europe 1", True),
        ("fr", "le Conseil de l'Europe", False),
    ],
)
def test_outlets_named_by_common_words_match_whole(code: str, name: str, outlet: bool) -> None:
    assert lang.is_outlet_name(name, lang.get(code)) is outlet


@pytest.mark.parametrize("code", lang.available())
def test_every_lexicon_knows_the_shared_platforms(code: str) -> None:
    """The networks in Latin letters are one list (``lang._media.PLATFORMS``); a
    language adds only its own spellings and inflections (``фейсбук``, ``Facebooku``)."""
    from newsstruct.lang._media import PLATFORMS

    assert lang.get(code).platform_words >= PLATFORMS


def test_other_letter_is_a_letter_of_neither_latin_nor_cyrillic() -> None:
    """The class that tells another script, written to pass ASCII over at once, holds
    every letter but the Latin and Cyrillic ones, and nothing else."""
    import sys

    from newsstruct.lang import _OTHER_LETTER

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    wanted = regex.compile(r"[\p{L}--[\p{Latin}\p{Cyrillic}]]", regex.V1)
    assert _OTHER_LETTER.findall(everything) == wanted.findall(everything)


@pytest.mark.parametrize(
    ("code", "word", "following", "expected"),
    [
        ("en", "monday", "", True),
        ("en", "on", "monday", True),
        ("en", "on", "the", False),
        ("es", "el", "martes", True),
        ("es", "el", "ferry", False),
    ],
)
def test_opens_time_phrase(code: str, word: str, following: str, expected: bool) -> None:
    """A word of time, or a preposition or determiner right before one, opens a phrase
    of time (the one test of the token reader's adjuncts and the speakers' agents)."""
    assert lang.opens_time_phrase(word, following, lang.get(code)) is expected


@pytest.mark.parametrize(
    ("word", "code", "expected"),
    [
        ("Pankissa", "fi", True),  # a capitalised word: an ending of three letters
        ("pankissa", "fi", True),
        ("Lornport", "fi", False),
        ("Roe", "fi", False),  # under four letters
        ("Lornportissa", "en", False),  # a lexicon with no oblique endings
    ],
)
def test_is_oblique(word: str, code: str, expected: bool) -> None:
    """A word in a case of an adjunct or an addressee (Finnish ``Pankissa``)."""
    assert lang.is_oblique(word, lang.get(code)) is expected
