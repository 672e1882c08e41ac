"""Greek: detection by script, the quote constructions of invented articles, names in the
accusative after "σύμφωνα με", and background openers.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Η γέφυρα του Λόρνπορτ θα παραμείνει κλειστή, ανέφερε σε ανακοίνωσή του το υπουργείο.",
        [("reported", "Η γέφυρα του Λόρνπορτ θα παραμείνει κλειστή", "το υπουργείο", "ανέφερε")],
        id="the-medium-and-its-possessive-clitic-before-the-source",
    ),
    pytest.param(
        "Η γέφυρα του Λόρνπορτ θα παραμείνει κλειστή, ανέφερε με ανάρτησή της η δήμαρχος.",
        [("reported", "Η γέφυρα του Λόρνπορτ θα παραμείνει κλειστή", "η δήμαρχος", "ανέφερε")],
        id="a-post-and-its-possessive-clitic-before-the-source",
    ),
    pytest.param(
        "«Η γέφυρα είναι ασφαλής», δήλωσε χθες το πρωί ο δήμαρχος.",
        [("direct", "Η γέφυρα είναι ασφαλής", "ο δήμαρχος", "δήλωσε")],
        id="a-part-of-the-day-after-its-article-is-no-subject",
    ),
    pytest.param(
        "Ο υπουργός Υγείας Άρης Νικολάου είπε ότι τα νοσοκομεία είναι έτοιμα.",
        [("reported", "τα νοσοκομεία είναι έτοιμα", "Άρης Νικολάου", "είπε")],
        id="portfolio-genitive-before-the-name-is-no-part-of-it",
    ),
    pytest.param(
        "Ο υπουργός Εξωτερικών δήλωσε ότι η συνάντηση θα γίνει τον Μάιο.",
        [("reported", "η συνάντηση θα γίνει τον Μάιο", "Ο υπουργός Εξωτερικών", "δήλωσε")],
        id="minister-named-by-portfolio-alone",
    ),
    pytest.param(
        "«Η γέφυρα θα ανοίξει τον Μάιο», δήλωσε ο δήμαρχος Νίκος Ρήγας.",
        [("direct", "Η γέφυρα θα ανοίξει τον Μάιο", "Νίκος Ρήγας", "δήλωσε")],
        id="quotation-then-inverted-cue",
    ),
    pytest.param(
        "Ο δήμαρχος Νίκος Ρήγας δήλωσε ότι η γέφυρα θα ανοίξει τον Μάιο.",
        [("reported", "η γέφυρα θα ανοίξει τον Μάιο", "Νίκος Ρήγας", "δήλωσε")],
        id="reported-oti",
    ),
    pytest.param(
        "Η υπουργός Άννα Λάμπρου τόνισε: «Δεν θα κλείσει κανένα σχολείο».",
        [("direct", "Δεν θα κλείσει κανένα σχολείο", "Άννα Λάμπρου", "τόνισε")],
        id="colon-quotation",
    ),
    pytest.param(
        "Η Άννα Λάμπρου δήλωσε ότι δεν θα κλείσει κανένα σχολείο. Όπως είπε, τα σχολεία "
        "θα μείνουν ανοιχτά.",
        [
            ("reported", "δεν θα κλείσει κανένα σχολείο", "Άννα Λάμπρου", "δήλωσε"),
            ("reported", "τα σχολεία θα μείνουν ανοιχτά", "Άννα Λάμπρου", "είπε"),
        ],
        id="opos-eipe-subject-dropped",
    ),
    pytest.param(
        "Ο πρόεδρος του σωματείου στο λιμάνι, Νίκος Ρήγας, δήλωσε ότι οι εργαζόμενοι "
        "θα απεργήσουν.",
        [("reported", "οι εργαζόμενοι θα απεργήσουν", "Νίκος Ρήγας", "δήλωσε")],
        id="description-with-a-place-then-the-name",
    ),
    pytest.param(
        "Ο Νίκος Ρήγας χαιρέτισε την απόφαση, σημειώνοντας ότι χρειάζονται και γιατροί.",
        [("reported", "χρειάζονται και γιατροί", "Νίκος Ρήγας", "σημειώνοντας")],
        id="participle-after-an-aorist",
    ),
    pytest.param(
        "Η γιατρός Άννα Λάμπρου συνέστησε στους γονείς να εμβολιάσουν τα παιδιά.",
        [("reported", "εμβολιάσουν τα παιδιά", "Άννα Λάμπρου", "συνέστησε")],
        id="control-cue-with-na",
    ),
    pytest.param(
        "Η γέφυρα θα ανοίξει τον Μάιο, δήλωσε το υπουργείο.",
        [("reported", "Η γέφυρα θα ανοίξει τον Μάιο", "το υπουργείο", "δήλωσε")],
        id="neuter-article-opens-the-subject-no-time-word",
    ),
    pytest.param(
        "Η γέφυρα θα ανοίξει τον Μάιο, ανέφερε χθες η αστυνομία.",
        [("reported", "Η γέφυρα θα ανοίξει τον Μάιο", "η αστυνομία", "ανέφερε")],
        id="a-body-after-a-day-after-the-cue",
    ),
    pytest.param(
        "«Ο δρόμος θα ανοίξει», δήλωσε το Σάββατο ο υπουργός.",
        [("direct", "Ο δρόμος θα ανοίξει", "ο υπουργός", "δήλωσε")],
        id="a-weekday-after-its-article-is-the-cues-no-name",
    ),
    pytest.param(
        "«Ο δρόμος θα ανοίξει», είπε την Τρίτη ο Γιάννης Παπάς.",
        [("direct", "Ο δρόμος θα ανοίξει", "Γιάννης Παπάς", "είπε")],
        id="a-weekday-after-its-article-before-a-name",
    ),
    pytest.param(
        "«Ο δρόμος θα ανοίξει», δήλωσε την Κυριακή.",
        [("direct", "Ο δρόμος θα ανοίξει", None, "δήλωσε")],
        id="a-weekday-alone-after-the-cue-is-no-speaker",
    ),
    pytest.param(
        "Κατά τον υπουργό, η γέφυρα θα μείνει κλειστή μέχρι την Παρασκευή.",
        [("reported", "η γέφυρα θα μείνει κλειστή μέχρι την Παρασκευή", "υπουργό", "Κατά τον")],
        id="an-according-phrase-s-article-before-its-noun-is-no-pronoun",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_el(text: str) -> None:
    assert lang.detect(text) == "el"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "el"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="el") == expected


def test_greek_with_latin_names_is_greek() -> None:
    assert lang.detect("Ο δήμαρχος μίλησε στο Mega και στο ANT1 για τη νέα γέφυρα.") == "el"


def test_according_to_a_name_in_the_accusative() -> None:
    text = (
        "Ο υπουργός Νίκος Ρήγας δήλωσε ότι οι φόροι δεν θα αυξηθούν.\n"
        "Σύμφωνα με τον κ. Ρήγα, τα έσοδα ξεπέρασαν τους στόχους."
    )
    assert {row[2] for row in quote_rows(text, lang="el")} == {"Νίκος Ρήγας"}


def test_background_opener() -> None:
    text = (
        "Ο δήμαρχος δήλωσε ότι η γέφυρα θα ανοίξει τον Μάιο.\n"
        "Υπενθυμίζεται ότι η γέφυρα έκλεισε πέρυσι μετά από σεισμό."
    )
    article = newsstruct.parse(text, lang="el", registry=REGISTRY)
    assert [p.text for p in article.background] == [
        "Υπενθυμίζεται ότι η γέφυρα έκλεισε πέρυσι μετά από σεισμό."
    ]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("el", min_cue_verbs=250)
