"""Languages without a lexicon: the generic rules (:func:`newsstruct.lang.generic`).

Every text here is invented.  A language newsstruct has no lexicon for still gets its
quotations (every mark opens and closes by flanking) and, where a name signs one next
to a single word, the speaker and that word as the cue.
"""

from __future__ import annotations

import pytest

import newsstruct
from newsstruct import lang
from newsstruct.outlets import Registry

_REGISTRY = Registry(builtins=False, plugins=False)


def _quotes(text: str, code: str) -> list[tuple[str, str | None, str | None]]:
    """The quotes of ``text``, detected as the language ``code`` (an explicit ``lang``
    must be one with a lexicon)."""
    article = newsstruct.parse(text, registry=_REGISTRY).to_dict()
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
            '"We moeten nu handelen," zei Anna de Boer dinsdag in Utrecht.',
            "nl",
            [("We moeten nu handelen,", "Anna de Boer", "zei")],
            id="nl-cue-before-name",
        ),
        pytest.param(
            "”Vi måste agera nu”, säger Eva Lind, chef för förbundet.",
            "sv",
            [("Vi måste agera nu", "Eva Lind", "säger")],
            id="sv-same-mark-both-ends-comma-outside",
        ),
        pytest.param(
            "»Det er for sent«, siger Mette Holm.",
            "da",
            [("Det er for sent", "Mette Holm", "siger")],
            id="da-guillemets-pointing-in",
        ),
        pytest.param(
            '"Bu kabul edilemez," Ayşe Demir dedi.',
            "tr",
            [("Bu kabul edilemez,", "Ayşe Demir", "dedi")],
            id="tr-name-before-cue",
        ),
        pytest.param(
            '"We moeten nu handelen," zei minister Anna de Boer tijdens een debat.',
            "nl",
            [("We moeten nu handelen,", "Anna de Boer", "zei")],
            id="nl-cue-role-and-full-name",
        ),
        pytest.param(
            '"We moeten nu handelen," zei Jan van der Berg dinsdag.',
            "nl",
            [("We moeten nu handelen,", "Jan van der Berg", "zei")],
            id="nl-particle-of-two-words",
        ),
        pytest.param(
            '"We moeten nu handelen," zei Jan ter Horst dinsdag.',
            "nl",
            [("We moeten nu handelen,", "Jan ter Horst", "zei")],
            id="nl-particle-ter",
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
        pytest.param('"We moeten nu handelen," en Utrecht wacht af.', id="conjunction-and-place"),
        pytest.param('"We moeten nu handelen," zei de woordvoerder.', id="no-name"),
        pytest.param('"We moeten het nu samen doen," zei minister Boer.', id="role-and-one-name"),
        pytest.param('"We moeten nu handelen." Anna de Boer zei niets.', id="sentence-closed"),
        # "en" (and) is no particle of a name, however short
        pytest.param('"We moeten nu handelen," zei Eva en Jo.', id="two-names-joined"),
    ],
)
def test_no_signature_without_a_name_filling_the_clause(text: str) -> None:
    assert [speaker for _, speaker, _ in _quotes(text, "nl")] == [None]


def test_a_supported_language_keeps_its_own_rules() -> None:
    # English has a lexicon: an unknown word before a name signs nothing
    assert _quotes('"We will act now," blorped Anna Berg.', "en") == [
        ("We will act now,", None, None)
    ]


def test_a_comma_after_the_closing_mark_signs_as_one_before_it() -> None:
    assert _quotes('"We will act now", Anna Berg said.', "en") == [
        ("We will act now", "Anna Berg", "said")
    ]
