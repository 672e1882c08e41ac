"""Swahili: language detection, the quote constructions of invented articles (the subject
before the cue or after it, "kwamba"/"kuwa" or no word before the content, the cue alone
for the last speaker, "Kwa mujibu wa X", an adjunct verb after the signing name) and the
background opener.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Waziri wa Uchukuzi Juma Mwinyi alisema kwamba bandari itafunguliwa wiki ijayo.",
        [("reported", "bandari itafunguliwa wiki ijayo", "Juma Mwinyi", "alisema")],
        id="subject-cue-kwamba-content",
    ),
    pytest.param(
        "Bandari itafunguliwa tena wiki ijayo, Waziri wa Uchukuzi Juma Mwinyi amesema.",
        [("reported", "Bandari itafunguliwa tena wiki ijayo", "Juma Mwinyi", "amesema")],
        id="content-then-subject-and-perfect-cue",
    ),
    pytest.param(
        '"Kazi imekamilika," alisema Mwinyi akizungumza na waandishi wa habari.',
        [("direct", "Kazi imekamilika,", "Mwinyi", "alisema")],
        id="an-adjunct-verb-after-the-signing-name",
    ),
    pytest.param(
        "Juma Mwinyi alisema bandari itafunguliwa wiki ijayo. Aliongeza kuwa ada hazitapanda"
        " mwaka huu.",
        [
            ("reported", "bandari itafunguliwa wiki ijayo", "Juma Mwinyi", "alisema"),
            ("reported", "ada hazitapanda mwaka huu", "Juma Mwinyi", "Aliongeza"),
        ],
        id="the-cue-alone-is-the-last-speaker-s",
    ),
    pytest.param(
        "Kwa mujibu wa polisi, barabara itafungwa hadi Jumatatu.",
        [("reported", "barabara itafungwa hadi Jumatatu", "polisi", "Kwa mujibu wa")],
        id="kwa-mujibu-wa-according-to",
    ),
    pytest.param(
        "Mwananchi mmoja alisema kwamba bei ya mafuta imepanda.",
        [("reported", "bei ya mafuta imepanda", "Mwananchi mmoja", "alisema")],
        id="mwananchi-a-citizen-no-paper",
    ),
    pytest.param("Bandari itafunguliwa tena wiki ijayo.", [], id="no-cue"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detected_and_quoted(text: str, expected: list[Quote]) -> None:
    """Each line is told Swahili by its function words, then read with the lexicon."""
    assert lang.detect(text) == "sw"
    assert quote_rows(text, lang="sw") == expected


def test_background_opener() -> None:
    text = (
        "Kwa mujibu wa polisi, barabara itafungwa hadi Jumatatu.\n"
        "Ikumbukwe kuwa barabara hiyo ilifungwa mwaka jana."
    )
    article = newsstruct.parse(text, lang="sw", registry=REGISTRY)
    assert [p.text for p in article.background] == [
        "Ikumbukwe kuwa barabara hiyo ilifungwa mwaka jana."
    ]


def test_lexicon() -> None:
    check_lexicon("sw", min_cue_verbs=30, control_cues=False)
