"""Dutch: language detection, the quote constructions of invented articles, and the ANP
dateline.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Volgens een woordvoerster van het havenbedrijf worden er dit jaar honderd mensen"
        " aangenomen.",
        [
            (
                "reported",
                "worden er dit jaar honderd mensen aangenomen",
                "een woordvoerster van het havenbedrijf",
                "Volgens",
            )
        ],
        id="volgens-then-the-finite-worden",
    ),
    pytest.param(
        "Volgens het ministerie van Infrastructuur is de brug veilig.",
        [("reported", "is de brug veilig", "het ministerie van Infrastructuur", "Volgens")],
        id="volgens-a-body-of-a-domain-with-van",
    ),
    pytest.param(
        "De brug in Lornport blijft tot maandag dicht, laat de gemeente weten in een verklaring.",
        [("reported", "De brug in Lornport blijft tot maandag dicht", "de gemeente", "laat weten")],
        id="a-separable-cue-s-particle-before-an-extraposed-medium",
    ),
    pytest.param(
        "De brug in Lornport blijft tot maandag dicht, deelt de politie mee in een persbericht.",
        [("reported", "De brug in Lornport blijft tot maandag dicht", "de politie", "deelt mee")],
        id="the-medium-after-a-particle-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "De minister zei dat de begroting volgend jaar sluitend is.",
        [("reported", "de begroting volgend jaar sluitend is", "De minister", "zei")],
        id="reported-dat",
    ),
    pytest.param(
        '"We gaan de belasting niet verhogen," zei minister Jan de Vries tegen verslaggevers.',
        [("direct", "We gaan de belasting niet verhogen,", "Jan de Vries", "zei")],
        id="inverted-cue-role-and-particle-name",
    ),
    pytest.param(
        "De brug blijft tot maandag dicht, zei haar Lornportse advocaat.",
        [("reported", "De brug blijft tot maandag dicht", "haar Lornportse advocaat", "zei")],
        id="a-possessive-spelt-as-an-object-pronoun-opens-the-subject",
    ),
    pytest.param(
        "De brug blijft tot maandag dicht, zei hem de burgemeester.",
        [("reported", "De brug blijft tot maandag dicht", "de burgemeester", "zei")],
        id="an-object-pronoun-before-the-subject-after-an-inverted-cue",
    ),
    pytest.param(
        "‘De brug gaat in mei weer open’, zegt wethouder Anna Bakker.",
        [("direct", "De brug gaat in mei weer open", "Anna Bakker", "zegt")],
        id="single-marks",
    ),
    pytest.param(
        "Volgens de politie is er niemand gewond geraakt.",
        [("reported", "is er niemand gewond geraakt", "de politie", "Volgens")],
        id="volgens-then-verb-second",
    ),
    pytest.param(
        "Volgens de burgemeester gaan de werkzaamheden in mei door.",
        [("reported", "gaan de werkzaamheden in mei door", "de burgemeester", "Volgens")],
        id="volgens-then-a-semi-auxiliary",
    ),
    pytest.param(
        "Volgens de brandweer kunnen de bewoners vanavond terug.",
        [("reported", "kunnen de bewoners vanavond terug", "de brandweer", "Volgens")],
        id="volgens-then-a-plural-modal",
    ),
    pytest.param(
        "Volgens De Vries is er geen reden tot zorg.",
        [("reported", "is er geen reden tot zorg", "De Vries", "Volgens")],
        id="volgens-capitalised-particle",
    ),
    pytest.param(
        "Volgens Van Dijk is er geen reden tot zorg.",
        [("reported", "is er geen reden tot zorg", "Van Dijk", "Volgens")],
        id="volgens-particle-that-is-a-preposition",
    ),
    pytest.param(
        "„Er is geen reden tot zorg”, zei Van Dijk.",
        [("direct", "Er is geen reden tot zorg", "Van Dijk", "zei")],
        id="capitalised-particle-after-the-cue",
    ),
    pytest.param(
        "Van Dijk zei dat er geen reden tot zorg is.",
        [("reported", "er geen reden tot zorg is", "Van Dijk", "zei")],
        id="capitalised-particle-before-the-cue",
    ),
    pytest.param(
        "De nieuwe brug over de rivier gaat in juli open. Dat meldt de gemeente Utrecht.",
        [("reported", "De nieuwe brug over de rivier gaat in juli open", "Utrecht", "Dat meldt")],
        id="anaphoric-dat-meldt",
    ),
    pytest.param(
        "De burgemeester maakte maandag bekend dat de school na de zomer verhuist.",
        [("reported", "de school na de zomer verhuist", "De burgemeester", "maakte")],
        id="separable-particle-before-dat",
    ),
    pytest.param(
        '"Dit is een zwarte dag voor de stad," aldus burgemeester Piet de Jong.',
        [("direct", "Dit is een zwarte dag voor de stad,", "Piet de Jong", "aldus")],
        id="aldus",
    ),
    pytest.param(
        "De woordvoerder van de politie liet weten dat het onderzoek nog loopt.",
        [("reported", "het onderzoek nog loopt", "De woordvoerder van de politie", "liet weten")],
        id="liet-weten",
    ),
    pytest.param(
        'Directeur Karin Smit benadrukte: "Geen enkele leerling wordt naar huis gestuurd."',
        [("direct", "Geen enkele leerling wordt naar huis gestuurd.", "Karin Smit", "benadrukte")],
        id="colon-quote",
    ),
    pytest.param(
        "Het kabinet heeft aldus besloten om de huren te bevriezen en de lonen te verhogen.",
        [],
        id="aldus-as-adverb",
    ),
    pytest.param(
        "De politie vond een fiets in de sloot bij het station van de stad.",
        [],
        id="vond-with-an-object-says-nothing",
    ),
    pytest.param(
        "Na de vergadering zei de minister dat er een akkoord over de begroting was.",
        [("reported", "er een akkoord over de begroting was", "de minister", "zei")],
        id="fronted-phrase-subject-after-the-verb",
    ),
    pytest.param(
        'Tijdens het debat zei de premier: "Wij geven niet op."',
        [("direct", "Wij geven niet op.", "de premier", "zei")],
        id="fronted-phrase-subject-after-the-verb-before-a-colon",
    ),
    pytest.param(
        "Van Aert vertelde de pers dat hij moe was.",
        [("reported", "hij moe was", "Van Aert", "vertelde")],
        id="capitalised-particle-opens-the-subject-no-phrase",
    ),
    pytest.param(
        "De brug blijft tot vrijdag dicht, zo meldt de gemeente.",
        [("reported", "De brug blijft tot vrijdag dicht", "de gemeente", "meldt")],
        id="zo-before-an-inverted-cue",
    ),
    pytest.param(
        "De brug blijft tot vrijdag dicht, zo laat de gemeente weten.",
        [("reported", "De brug blijft tot vrijdag dicht", "de gemeente", "laat weten")],
        id="zo-laat-x-weten",
    ),
    pytest.param(
        "De brug blijft dicht, liet de gemeente maandag weten.",
        [("reported", "De brug blijft dicht", "de gemeente", "liet weten")],
        id="liet-x-weten-after-the-words",
    ),
    pytest.param(
        "De brug blijft dicht, deelt de gemeente mee.",
        [("reported", "De brug blijft dicht", "de gemeente", "deelt mee")],
        id="particle-closing-the-tail-no-part-of-the-speaker",
    ),
    pytest.param(
        "De haven blijft open, voegt de wethouder toe.",
        [("reported", "De haven blijft open", "de wethouder", "voegt toe")],
        id="toe-closing-the-tail",
    ),
    pytest.param(
        "Hij zei niets van de plannen te weten.",
        [("reported", "niets van de plannen te weten", "Hij", "zei")],
        id="te-weten-an-infinitive-no-particle",
    ),
    pytest.param(
        "De burgemeester zei dat zij het antwoord niet wil weten.",
        [("reported", "zij het antwoord niet wil weten", "De burgemeester", "zei")],
        id="weten-the-verb-of-a-dat-clause-no-particle",
    ),
    pytest.param(
        "De wethouders zeiden dat ze het niet weten.",
        [("reported", "ze het niet weten", "De wethouders", "zeiden")],
        id="weten-finite-in-a-dat-clause",
    ),
    pytest.param(
        "Volgens de gemeente kost de renovatie van de brug drie miljoen euro.",
        [("reported", "kost de renovatie van de brug drie miljoen euro", "de gemeente", "Volgens")],
        id="volgens-then-a-full-verb-before-the-subjects-article",
    ),
    pytest.param(
        "Volgens de woordvoerder van de provincie stijgt het aantal bezoekers.",
        [
            (
                "reported",
                "stijgt het aantal bezoekers",
                "de woordvoerder van de provincie",
                "Volgens",
            )
        ],
        id="volgens-phrase-with-van-then-a-full-verb",
    ),
    pytest.param(
        '"We geven niet op", zegt de wethouder zo.',
        [("direct", "We geven niet op", "de wethouder", "zegt")],
        id="zo-after-the-inverted-cues-subject",
    ),
    pytest.param(
        '"We geven niet op", zegt wethouder Anna Bakker desgevraagd.',
        [("direct", "We geven niet op", "Anna Bakker", "zegt")],
        id="desgevraagd-after-the-name",
    ),
    pytest.param(
        'De minister was duidelijk: "Er komt geen belastingverhoging."',
        [("direct", "Er komt geen belastingverhoging.", "De minister", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        '"We geven de strijd niet op", voegde de minister eraan toe.',
        [("direct", "We geven de strijd niet op", "de minister", "voegde toe")],
        id="a-pronominal-adverb-after-the-source-is-the-cue-s",
    ),
    pytest.param(
        "Wethouder Anna de Wit opende dinsdag de nieuwe brug. Volgens haar is de brug veiliger "
        "dan de oude.",
        [("reported", "is de brug veiliger dan de oude", "Anna de Wit", "Volgens haar")],
        id="volgens-and-a-possessive-pronoun-before-an-auxiliary",
    ),
    pytest.param(
        "Volgens haar advocaat is de verdachte onschuldig aan de brand in de loods.",
        [
            (
                "reported",
                "is de verdachte onschuldig aan de brand in de loods",
                "haar advocaat",
                "Volgens",
            )
        ],
        id="volgens-and-a-possessive-before-its-noun",
    ),
    pytest.param(
        "Wethouder Jan Roos presenteerde het plan. Volgens hem krijgen bewoners een ontheffing.",
        [("reported", "krijgen bewoners een ontheffing", "Jan Roos", "Volgens hem")],
        id="volgens-and-an-object-pronoun",
    ),
    pytest.param(
        "Winkelier Marieke Smit zegt dat de klanten door de nieuwe regels wegblijven.",
        [("reported", "de klanten door de nieuwe regels wegblijven", "Marieke Smit", "zegt")],
        id="a-shopkeeper-s-title-before-the-name",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_nl(text: str) -> None:
    assert lang.detect(text) == "nl"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "nl"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_particles_of_a_name_open_the_subject_no_phrase() -> None:
    text = "Van der Bellen zei de journalisten dat de regering moet aftreden."
    article = newsstruct.parse(text, lang="nl", registry=REGISTRY)
    (quote,) = article.quotes
    assert quote.mention is not None and quote.mention.of(text) == "Van der Bellen"


def test_an_elided_article_is_no_quotation_mark() -> None:
    text = "Het museum is 's avonds open, zei de directeur. 'We zijn er trots op', zei ze."
    article = newsstruct.parse(text, lang="nl", registry=REGISTRY)
    assert [q.text for q in article.quotes if q.kind.value == "direct"] == ["We zijn er trots op"]


def test_a_short_sentence_detected_as_afrikaans_is_dutch() -> None:
    assert lang.detect("Volgens de politie is er niemand gewond.") == "nl"


def test_anp_dateline_in_title_case_with_a_date() -> None:
    text = "Amsterdam, 3 maart (ANP) - De gemeente gaat de huren bevriezen, zei de wethouder."
    article = newsstruct.parse(text)
    assert article.outlet == "anp"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (
        "Amsterdam",
        "ANP",
        "3 maart",
    )


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("nl", control_cues=False)
