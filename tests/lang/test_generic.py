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
            '"Vi må handle nu," sagde Anna Berg tirsdag i Odense.',
            "no",
            [("Vi må handle nu,", "Anna Berg", "sagde")],
            id="no-cue-before-name",
        ),
        pytest.param(
            "”Vi må handle nu”, siger Eva Lind, chef for forbundet.",
            "da",
            [("Vi må handle nu", "Eva Lind", "siger")],
            id="da-same-mark-both-ends-comma-outside",
        ),
        pytest.param(
            "»Det er for sent«, siger Mette Holm.",
            "da",
            [("Det er for sent", "Mette Holm", "siger")],
            id="da-guillemets-pointing-in",
        ),
        pytest.param(
            '"Tas nav pieņemami," Anna Bērziņa sacīja.',
            "lv",
            [("Tas nav pieņemami,", "Anna Bērziņa", "sacīja")],
            id="lv-name-before-cue",
        ),
        pytest.param(
            '"Vi må handle nu," sagde ministeren Anna Berg under en debat.',
            "da",
            [("Vi må handle nu,", "Anna Berg", "sagde")],
            id="da-cue-role-and-full-name",
        ),
        pytest.param(
            '"Vi må handle nu," sagde Jan van der Berg tirsdag.',
            "da",
            [("Vi må handle nu,", "Jan van der Berg", "sagde")],
            id="da-particle-of-two-words",
        ),
        pytest.param(
            '"Vi må handle nu," sagde Jan ter Horst tirsdag.',
            "da",
            [("Vi må handle nu,", "Jan ter Horst", "sagde")],
            id="da-particle-ter",
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
        pytest.param('"Vi må handle nu," og Odense venter.', id="conjunction-and-place"),
        pytest.param('"Vi må handle nu," sagde talspersonen.', id="no-name"),
        pytest.param('"Vi må gøre det sammen nu," sagde ministeren Berg.', id="role-and-one-name"),
        pytest.param('"Vi må handle nu." Anna Berg sagde ingenting.', id="sentence-closed"),
        # "og" (and) is no particle of a name, however short
        pytest.param('"Vi må handle nu," sagde Eva og Jo.', id="two-names-joined"),
    ],
)
def test_no_signature_without_a_name_filling_the_clause(text: str) -> None:
    assert [speaker for _, speaker, _ in _quotes(text, "da")] == [None]


def test_a_supported_language_keeps_its_own_rules() -> None:
    # English has a lexicon: an unknown word before a name signs nothing
    assert _quotes('"We will act now," blorped Anna Berg.', "en") == [
        ("We will act now,", None, None)
    ]


def test_a_comma_after_the_closing_mark_signs_as_one_before_it() -> None:
    assert _quotes('"We will act now", Anna Berg said.', "en") == [
        ("We will act now", "Anna Berg", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"Vi må handle nu," sagde hun.', "Vi må handle nu,", id="comma-inside"),
        pytest.param("„Vi må handle nu“, sagde hun.", "Vi må handle nu", id="comma-after"),
        pytest.param('Ministeren sagde: "Vi må handle nu."', "Vi må handle nu.", id="colon"),
        pytest.param("„Vi må handle nu” – sagde hun.", "Vi må handle nu", id="dash"),
    ],
)
def test_punctuation_sets_a_short_quotation_off_as_speech(text: str, expected: str) -> None:
    # four words, no cue the generic rules know: the comma or the colon tells speech
    assert _quotes(text, "da") == [(expected, None, None)]


def test_a_short_term_in_marks_stays_no_quotation() -> None:
    assert _quotes('Projektet "Grøn by" starter i maj i hele Odense kommune.', "no") == []


@pytest.mark.parametrize(
    "text",
    [
        "„Turime veikti nedelsiant“, sakė Ona Petraitė. Pasak jos, nerimauti nėra pagrindo.",
        "„Mums jārīkojas nekavējoties“, sacīja ministrs. Viņaprāt, nav pamata bažām.",
        "Rīga, 3. martā (LETA) - Valdība ceturtdien pieņēma nākamā gada budžetu.",
        "»Det er for sent«, siger Mette Holm.\n\nTidligere: Regeringen faldt i maj.",
    ],
)
def test_languages_without_a_lexicon_parse(text: str) -> None:
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang not in lang.available()
    assert article.text == text


def test_term_in_marks_after_a_colon_is_no_speech() -> None:
    # a colon sets a quotation off as speech only where the quotation ends the sentence
    text = (
        "Valdība pieņēma jaunus satiksmes noteikumus visā valstī. "
        "Dienas tēma ir skaidra: „jauni noteikumi“ visiem autovadītājiem no rītdienas."
    )
    assert _quotes(text, "lv") == []


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
