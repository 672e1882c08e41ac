"""Languages without a lexicon: the generic rules (:func:`newsstruct.lang.generic`).

Every text here is invented.  A language newsstruct has no lexicon for still gets its
quotations (every mark opens and closes by flanking) and, where a name signs one next
to a single word, the speaker and that word as the cue.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, quote_rows

import newsstruct
from newsstruct import lang


def _quotes(text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    """The quotes of ``text``, detected as the language ``code`` (an explicit ``lang``
    must be one with a lexicon)."""
    article = newsstruct.parse(text, registry=REGISTRY).to_dict()
    assert article["lang"] == code
    return [(q["text"], q["speaker"], q["cue"]) for q in article["quotes"]]


def test_generic_rules_are_english_with_open_signatures_and_no_mark_pairs() -> None:
    generic = lang.generic()
    assert generic.open_signatures and not lang.get("en").open_signatures
    assert generic.quote_pairs == ()
    assert generic.cue_verbs == lang.get("en").cue_verbs
    assert lang.generic() is generic


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param(
            '"Duhet të veprojmë tani," tha Anna Berg të martën në Durrës.',
            "sq",
            [("Duhet të veprojmë tani,", "Anna Berg", "tha")],
            id="sq-cue-before-name",
        ),
        pytest.param(
            "”Duhet të veprojmë tani”, tha Eva Lind, kryetarja e sindikatës së punëtorëve.",
            "sq",
            [("Duhet të veprojmë tani", "Eva Lind", "tha")],
            id="sq-same-mark-both-ends-comma-outside",
        ),
        pytest.param(
            "»Jemi vonuar shumë«, tha Mette Holm në Durrës.",
            "sq",
            [("Jemi vonuar shumë", "Mette Holm", "tha")],
            id="sq-guillemets-pointing-in",
        ),
        pytest.param(
            '"Duhet të veprojmë tani," Anna Berg tha.',
            "sq",
            [("Duhet të veprojmë tani,", "Anna Berg", "tha")],
            id="sq-name-before-cue",
        ),
        pytest.param(
            '"Duhet të veprojmë tani," tha ministrja Anna Berg në debat.',
            "sq",
            [("Duhet të veprojmë tani,", "Anna Berg", "tha")],
            id="sq-cue-role-and-full-name",
        ),
        pytest.param(
            '"Duhet të veprojmë tani," tha Jan van der Berg të martën në Durrës.',
            "sq",
            [("Duhet të veprojmë tani,", "Jan van der Berg", "tha")],
            id="sq-particle-of-two-words",
        ),
        pytest.param(
            '"Duhet të veprojmë tani," tha Jan ter Horst të martën në Durrës.',
            "sq",
            [("Duhet të veprojmë tani,", "Jan ter Horst", "tha")],
            id="sq-particle-ter",
        ),
    ],
)
def test_a_name_next_to_one_word_signs_a_quotation(
    text: str, code: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _quotes(text, code) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"Duhet të veprojmë tani," dhe Durrësi pret.', id="and-place"),
        pytest.param('"Duhet të veprojmë tani," tha zëdhënësi.', id="no-name"),
        pytest.param(
            '"Duhet ta bëjmë këtë së bashku tani," tha ministrja Berg.',
            id="role-and-one-name",
        ),
        pytest.param(
            '"Duhet të veprojmë tani." Anna Berg nuk tha asgjë më shumë.',
            id="sentence-closed",
        ),
        # "dhe" (and) is no particle of a name
        pytest.param('"Duhet të veprojmë tani," tha Eva dhe Jo.', id="two-names-joined"),
    ],
)
def test_no_signature_without_a_name_filling_the_clause(text: str) -> None:
    assert [speaker for _, speaker, _ in _quotes(text, "sq")] == [None]


def test_a_supported_language_keeps_its_own_rules() -> None:
    # English has a lexicon: an unknown word before a name signs nothing (but an unknown
    # verb in its regular past form does, as English sets one: "“Q,” blorped Anna Berg")
    assert _quotes('"We will act now," blorpen Anna Berg.', "en") == [
        ("We will act now,", None, None)
    ]
    assert _quotes('"We will act now," blorped Anna Berg.', "en") == [
        ("We will act now,", "Anna Berg", "blorped")
    ]


def test_a_comma_after_the_closing_mark_signs_as_one_before_it() -> None:
    assert _quotes('"We will act now", Anna Berg said.', "en") == [
        ("We will act now", "Anna Berg", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Duhet të veprojmë tani," tha.',
            "Duhet të veprojmë tani,",
            id="comma-inside",
        ),
        pytest.param(
            "„Duhet të veprojmë tani“, tha.",
            "Duhet të veprojmë tani",
            id="comma-after",
        ),
        pytest.param(
            'Ministri tha: "Duhet të veprojmë tani."',
            "Duhet të veprojmë tani.",
            id="colon",
        ),
        pytest.param(
            "„Duhet të veprojmë tani” – tha.",
            "Duhet të veprojmë tani",
            id="dash",
        ),
    ],
)
def test_punctuation_sets_a_short_quotation_off_as_speech(text: str, expected: str) -> None:
    # four words, no cue the generic rules know: the comma or the colon tells speech
    assert _quotes(text, "sq") == [(expected, None, None)]


def test_a_short_term_in_marks_stays_no_quotation() -> None:
    text = 'Projekti "Qyteti i Gjelbër" filloi në maj në të gjithë qytetin e Durrësit.'
    assert _quotes(text, "sq") == []


@pytest.mark.parametrize(
    "text",
    [
        "„Duhet të veprojmë menjëherë“, tha Ona Petro. Sipas saj, nuk ka asnjë arsye.",
        "„Duhet të veprojmë menjëherë“, tha ministri. Sipas tij, nuk ka arsye për shqetësim.",
        "Tirana, 3 mars (ATA) - Qeveria miratoi të enjten buxhetin e ri të vendit.",
        "»Jemi vonuar shumë«, tha Mette Holm.\n\nMë herët: Qeveria ra në maj.",
    ],
)
def test_languages_without_a_lexicon_parse(text: str) -> None:
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang not in lang.available()
    assert article.text == text


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param(
            "ਬੰਦਰਗਾਹ ਦੇ ਡਾਇਰੈਕਟਰ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਕਿਹਾ: «ਅਸੀਂ ਹਾਰ ਨਹੀਂ ਮੰਨਾਂਗੇ।»",
            "pa",
            ["ਅਸੀਂ ਹਾਰ ਨਹੀਂ ਮੰਨਾਂਗੇ।"],
            id="pa-colon-guillemets",
        ),
    ],
)
def test_quotations_of_scripts_without_spaces_or_case(
    text: str, code: str, expected: list[str]
) -> None:
    """Punjabi: a quotation in guillemets after a colon (Chinese, Japanese, Korean, Thai,
    Hebrew, Persian and Urdu quotations, which have lexicons, are in ``test_zh``, ``test_ja``,
    ``test_ko``, ``test_th``, ``test_he``, ``test_fa`` and ``test_ur``).  No speaker is guessed."""
    assert _quotes(text, code) == [(words, None, None) for words in expected]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("该市启动了“一带一路”项目。", "zh", id="zh-term"),
        pytest.param("市は「安全第一」の方針を示した。", "ja", id="ja-term"),
        pytest.param('시는 "창조경제" 정책을 발표했다.', "ko", id="ko-term"),
        # a term's comma follows its closing mark, a list's is the ideographic one
        pytest.param("该市提出了“智慧港口”，得到了支持。", "zh", id="zh-term-before-a-comma"),
        pytest.param("市は「安全第一」、「地域再生」を掲げた。", "ja", id="ja-terms-in-a-list"),
    ],
)
def test_a_term_of_a_few_characters_in_marks_is_no_quotation(text: str, code: str) -> None:
    assert _quotes(text, code) == []


def test_term_in_marks_after_a_colon_is_no_speech() -> None:
    # a colon sets a quotation off as speech only where the quotation ends the sentence
    text = (
        "Qeveria miratoi ligje të reja rrugore në të gjithë vendin. "
        "Tema e sotme është e qartë: „ligje të reja“ për të gjithë shoferët nga nesër."
    )
    assert _quotes(text, "sq") == []


@pytest.mark.parametrize(
    ("code", "name", "outlet"),
    [
        ("fr", "Agence France-Presse", True),
        ("fr", "Agence française de développement", False),
        ("es", "Agencia Estatal de Meteorología", False),
        ("it", "agenzia Nova", True),
        ("it", "Agenzia delle Entrate", False),
        ("pt", "Agência Brasil", True),
        ("pl", "Agencja Bezpieczeństwa Wewnętrznego", False),
        ("pl", "agencja Reutera", True),
    ],
)
def test_an_agency_noun_names_an_outlet_only_with_one_word_after_it(
    code: str, name: str, outlet: bool
) -> None:
    """Lexicon.agency_nouns: a public body's agency is no news agency."""
    assert lang.is_outlet_name(name, lang.get(code)) is outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Ann Lee, the harbour master, said the pier was unsafe.",
            [("reported", "the pier was unsafe", "Ann Lee", "said")],
        ),
        (
            "The board listed the changes.\n- Tolls, she said, will rise in May.",
            [("direct", "Tolls", "she", "said"), ("direct", "will rise in May", "she", "said")],
        ),
    ],
)
def test_a_comma_signature_must_end_its_sentence(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="en") == expected
