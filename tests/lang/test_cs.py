"""Czech: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Jan Novák řekl deníku „Lornportské listy“: „Most otevřeme v pondělí.“",
        [("direct", "Most otevřeme v pondělí.", "Jan Novák", "řekl")],
        id="the-paper-told-in-marks-before-the-colon-is-no-part-of-the-quote",
    ),
    pytest.param(  # no first names tell the dative surname from a body's complement
        "„Most je zavřený,“ řekl Novákové soused Jan Dvořák.",
        [("direct", "Most je zavřený,", "Jan Dvořák", "řekl")],
        id="a-dative-surname-with-an-adjective-s-ending-is-no-body",
    ),
    pytest.param(
        "NATO uvedlo, že cvičení začne v pondělí.",
        [("reported", "cvičení začne v pondělí", "NATO", "uvedlo")],
        id="an-alliance-in-capitals-is-no-adverb-of-time",
    ),
    pytest.param(
        "Krátce poté přišel k domu soused a řekl: „Všechno jsme viděli.“",
        [("direct", "Všechno jsme viděli.", "soused", "řekl")],
        id="an-adverb-of-time-opens-the-sentence-the-subject-after-verb-and-adjunct-speaks",
    ),
    pytest.param(
        "Janu Novákovi zavolal prezident a řekl, že pomoc přijde.",
        [("reported", "pomoc přijde", "prezident", "řekl")],
        id="fronted-dative-name-is-no-subject-the-role-after-the-verb-is",
    ),
    pytest.param(
        "Ministr financí řekl, že rozpočet na příští rok bude vyrovnaný.",
        [("reported", "rozpočet na příští rok bude vyrovnaný", "Ministr financí", "řekl")],
        id="reported-ze",
    ),
    pytest.param(
        "„Daně letos zvyšovat nebudeme,“ řekl ministr financí Petr Novák.",
        [("direct", "Daně letos zvyšovat nebudeme,", "Petr Novák", "řekl")],
        id="low-high-marks",
    ),
    pytest.param(
        "„Daně letos zvyšovat nebudeme,“ řekl ministr Petr Novák novinářům.",
        [("direct", "Daně letos zvyšovat nebudeme,", "Petr Novák", "řekl")],
        id="audience-after-the-source",
    ),
    pytest.param(
        "Oprava silnice potrvá ještě dva měsíce, uvedl mluvčí radnice Jan Dvořák.",
        [("reported", "Oprava silnice potrvá ještě dva měsíce", "Jan Dvořák", "uvedl")],
        id="unmarked-before-cue",
    ),
    pytest.param(
        "Starostka města Jana Malá prohlásila: „Všechny školy opravíme do konce roku.“",
        [("direct", "Všechny školy opravíme do konce roku.", "Jana Malá", "prohlásila")],
        id="colon-quote",
    ),
    pytest.param(
        (
            "Nový most přes řeku bude otevřen už v červenci. Informoval o tom "
            "hejtman kraje Pavel Černý."
        ),
        [
            (
                "reported",
                "Nový most přes řeku bude otevřen už v červenci",
                "Pavel Černý",
                "Informoval o tom",
            )
        ],
        id="anaphoric",
    ),
    pytest.param(
        "Podle hejtmana bude nový most přes řeku otevřen už v červenci.",
        [("reported", "bude nový most přes řeku otevřen už v červenci", "hejtmana", "Podle")],
        id="podle-without-comma",
    ),
    pytest.param(
        "Podle ministra financí Jana Nováka se situace na trhu zlepšuje.",
        [("reported", "se situace na trhu zlepšuje", "Jana Nováka", "Podle")],
        id="podle-without-comma-a-role-its-genitive-and-a-name",
    ),
    pytest.param(
        "Podle ministryně zemědělství Jany Malé stát vyčlení dvě miliardy korun.",
        [("reported", "stát vyčlení dvě miliardy korun", "Jany Malé", "Podle")],
        id="podle-without-comma-a-role-s-genitive-in-stvi-and-a-woman-s-name",
    ),
    pytest.param(
        "Podle Jana Nováka se schodek letos sníží.",
        [("reported", "se schodek letos sníží", "Jana Nováka", "Podle")],
        id="podle-without-comma-a-name-and-a-reflexive-clitic",
    ),
    pytest.param(
        "Podle mluvčího ministerstva zemědělství Petra Dvořáka se ceny mléka nezmění.",
        [("reported", "se ceny mléka nezmění", "Petra Dvořáka", "Podle")],
        id="podle-without-comma-a-role-of-a-body-in-the-genitive-and-a-name",
    ),
    pytest.param(
        "Podle mluvčího ministerstva zemědělství se ceny mléka nezmění.",
        [
            (
                "reported",
                "se ceny mléka nezmění",
                "mluvčího ministerstva zemědělství",
                "Podle",
            )
        ],
        id="podle-without-comma-a-clitic-after-the-genitives-ends-the-source",
    ),
    pytest.param(
        "Podle ministra dopravy by se dálnice mohla otevřít v létě.",
        [("reported", "by se dálnice mohla otevřít v létě", "ministra dopravy", "Podle")],
        id="podle-without-comma-a-conditional-clitic-after-the-genitive",
    ),
    pytest.param(
        "Podle ministra dopravy Pavla Krále začne stavba dálnice v létě.",
        [("reported", "začne stavba dálnice v létě", "Pavla Krále", "Podle")],
        id="podle-without-comma-a-complement-not-in-a-genitive-ending-and-a-name",
    ),
    pytest.param(
        "Dodal, že vláda o návrhu rozhodne příští týden.",
        [("reported", "vláda o návrhu rozhodne příští týden", None, "Dodal")],
        id="pro-drop",
    ),
    pytest.param(
        "Most bude opraven do konce roku. Novinářům to dnes řekl starosta Petr Malý.",
        [
            (
                "reported",
                "Most bude opraven do konce roku",
                "Petr Malý",
                "to dnes řekl",
            )
        ],
        id="audience-then-free-anaphor",
    ),
    pytest.param(
        (
            "Předsedkyně odborů Jana Malá novinářům sdělila, že mzdy porostou. "
            "Odbory podle ní zváží stávku."
        ),
        [
            ("reported", "mzdy porostou", "Jana Malá", "sdělila"),
            ("reported", "Odbory podle ní zváží stávku", "Jana Malá", "podle"),
        ],
        id="podle-pronoun-inside-the-clause",
    ),
    pytest.param(
        "Ministr Kennedy řekl, že dohoda platí. Podle Kennedyho jde o úspěch.",
        [
            ("reported", "dohoda platí", "Kennedy", "řekl"),
            ("reported", "jde o úspěch", "Kennedy", "Podle"),
        ],
        id="role-and-surname-in-y-printed-in-its-own-case",
    ),
    pytest.param(
        "Předseda Sněmovny uvedl, že dohoda platí.",
        [("reported", "dohoda platí", "Předseda Sněmovny", "uvedl")],
        id="role-and-word-in-y-without-evidence-stay-whole",
    ),
    pytest.param(
        "Premiér Slovenska uvedl, že dohoda platí.",
        [("reported", "dohoda platí", "Premiér Slovenska", "uvedl")],
        id="role-of-country-genitive-in-ska",
    ),
    pytest.param(
        "Prezident Ukrajiny řekl, že dohoda platí. Na Ukrajině se slaví.",
        [("reported", "dohoda platí", "Prezident Ukrajiny", "řekl")],
        id="role-of-place-genitive-printed-in-another-case",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekl ČTK ministr dopravy.",
        [("direct", "Most otevřeme v květnu,", "ministr dopravy", "řekl")],
        id="outlet-told-after-the-cue",
    ),
    pytest.param(
        (
            "„Nesouhlasíme s uzavřením školy,“ řekla Jana Nováková. "
            "„To je chyba,“ dodal Petr Svoboda. „Budeme protestovat,“ zdůraznila."
        ),
        [
            ("direct", "Nesouhlasíme s uzavřením školy,", "Jana Nováková", "řekla"),
            ("direct", "To je chyba,", "Petr Svoboda", "dodal"),
            ("direct", "Budeme protestovat,", "Jana Nováková", "zdůraznila"),
        ],
        id="a-comma-inside-the-marks-then-a-cue-without-its-subject-of-her-gender",
    ),
    pytest.param(
        "Jak v pondělí pro ČTK uvedla mluvčí policie Jana Dvořáková, podezřelý byl zadržen v Brně.",
        [("reported", "podezřelý byl zadržen v Brně", "Jana Dvořáková", "uvedla")],
        id="as-a-time-and-the-outlet-told-then-the-source",
    ),
    pytest.param(
        "Starosta Jan Dvořák oznámil, že most bude otevřen v červnu. „Je to dobrá zpráva,“ "
        "dodal politik.",
        [
            ("reported", "most bude otevřen v červnu", "Jan Dvořák", "oznámil"),
            ("direct", "Je to dobrá zpráva,", "Jan Dvořák", "dodal"),
        ],
        id="an-epithet-for-the-person-named-last",
    ),
    pytest.param(
        "„Jsme připraveni jednat,“ řekla Jana Nováková. „To je málo,“ řekla pak v rozhovoru.",
        [
            ("direct", "Jsme připraveni jednat,", "Jana Nováková", "řekla"),
            ("direct", "To je málo,", "Jana Nováková", "řekla"),
        ],
        id="an-adverb-and-a-preposition-s-phrase-after-the-cue-are-no-speaker",
    ),
    pytest.param(
        (
            "Předseda odborů Karel Dvořák ve středu v Radiu Lornport kromě toho řekl, že "
            "stávka začne v pondělí."
        ),
        [("reported", "stávka začne v pondělí", "Karel Dvořák", "řekl")],
        id="adjuncts-of-time-and-medium-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "Karel Dvořák nám řekl, že stávka začne v pondělí.",
        [("reported", "stávka začne v pondělí", "Karel Dvořák", "řekl")],
        id="a-dative-pronoun-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "V rozhovoru pro ČT ministr řekl, že trajekt se vrátí v květnu.",
        [
            ("reported", "trajekt se vrátí v květnu", "ministr", "řekl"),
        ],
        id="the-outlet-of-an-interview-before-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "„Přístav bude uzavřen,“ řekl tento týden při návštěvě Brna ministr Jan Novák.",
        [("direct", "Přístav bude uzavřen,", "Jan Novák", "řekl")],
        id="phrase-of-time-after-the-cue-no-speaker",
    ),
    pytest.param(
        "„Přístav bude uzavřen,“ řekla tento týden.",
        [("direct", "Přístav bude uzavřen,", None, "řekla")],
        id="phrase-of-time-alone-after-the-cue",
    ),
    pytest.param(
        "Podle kraje bude most hotový v dubnu.",
        [("reported", "bude most hotový v dubnu", "kraje", "Podle")],
        id="podle-a-region",
    ),
    pytest.param(
        "Podle radnice bude most hotový v dubnu.",
        [("reported", "bude most hotový v dubnu", "radnice", "Podle")],
        id="podle-a-town-hall",
    ),
    pytest.param(
        "„Nový most bude hotový v dubnu a doprava se vrátí,“ řekl Petrovi soused Novák.",
        [
            (
                "direct",
                "Nový most bude hotový v dubnu a doprava se vrátí,",
                "Novák",
                "řekl",
            )
        ],
        id="a-name-in-the-dative-after-the-cue-is-told-no-body-s-name",
    ),
    pytest.param(
        "Odpůrci nové lávky „jen zdržují opravu nábřeží,“ řekl starosta Jan Novák.",
        [
            (
                "mixed",
                "Odpůrci nové lávky „jen zdržují opravu nábřeží,“",
                "Jan Novák",
                "řekl",
            )
        ],
        id="words-in-marks-ending-in-a-comma-before-an-inverted-cue-are-content",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl včera v Lornportu při slavnostním zahájení nové"
        " sezony v městském divadle ministr dopravy Jan Novák.",
        [("direct", "Most bude hotový v dubnu,", "Jan Novák", "řekl")],
        id="a-full-name-ending-the-sentence-after-a-long-adjunct-speaks",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl po jednání se zástupci firmy Valmont TV, a.s.,"
        " odborů a banky ministr dopravy Jan Novák.",
        [("direct", "Most bude hotový v dubnu,", "Jan Novák", "řekl")],
        id="a-full-name-ending-the-sentence-after-an-adjunct-with-a-company-speaks",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ charakterizoval stav oprav v Lornportu Jan Novák.",
        [("direct", "Most bude hotový v dubnu,", "Jan Novák", "charakterizoval")],
        id="after-the-object-and-a-place-a-full-name-ending-the-sentence-speaks",
    ),
    pytest.param(
        "Vzpomínám na profesora Nováka, který chyby žáků vždy opravoval a říkával: „Pište"
        " jasně a krátce.“",
        [("direct", "Pište jasně a krátce.", "Nováka", "říkával")],
        id="a-relative-clause-s-joined-cue-speaks-for-the-person-a-preposition-governs",
    ),
    pytest.param(
        "Na schůzi byl i starosta Jan Novák, který dlouho mlčel a pak řekl, že most bude"
        " hotový v dubnu.",
        [("reported", "most bude hotový v dubnu", "Jan Novák", "řekl")],
        id="a-relative-clause-s-joined-cue-speaks-for-the-antecedent",
    ),
    pytest.param(
        "Starosta poznamenal, že pokud nebude most opraven, lze očekávat uzavírky na nábřeží.",
        [
            (
                "reported",
                "pokud nebude most opraven, lze očekávat uzavírky na nábřeží",
                "Starosta",
                "poznamenal",
            )
        ],
        id="a-cue-s-infinitive-after-lze-is-no-one-s-speech",
    ),
    pytest.param(
        "Lze očekávat, že nový most bude hotový v dubnu a doprava se vrátí.",
        [],
        id="lze-with-a-cue-s-infinitive-opens-no-quote",
    ),
    pytest.param(
        "Most bude uzavřen, uvedl mluvčí policie v Lornportu Jan Novák.",
        [("reported", "Most bude uzavřen", "Jan Novák", "uvedl")],
        id="role-its-place-then-the-holders-full-name",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl po jednání s ministrem Janem Novákem.",
        [("direct", "Most bude hotový v dubnu,", None, "řekl")],
        id="a-name-a-preposition-governs-through-a-role-after-the-cue-is-no-speaker",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl po návratu z Nového Lornportu.",
        [("direct", "Most bude hotový v dubnu,", None, "řekl")],
        id="a-place-of-two-words-after-a-preposition-after-the-cue-is-no-speaker",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl v Lornportu Dolním.",
        [("direct", "Most bude hotový v dubnu,", None, "řekl")],
        id="a-place-right-after-the-cue-s-preposition-is-no-speaker",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl v cíli Jan Novák.",
        [("direct", "Most bude hotový v dubnu,", "Jan Novák", "řekl")],
        id="a-name-after-a-preposition-s-noun-that-is-no-role-speaks",
    ),
    pytest.param(
        "V poledne soused řekl: „Všechno jsme viděli.“",
        [("direct", "Všechno jsme viděli.", "soused", "řekl")],
        id="noon-after-a-preposition-before-the-subject-is-a-time",
    ),
    pytest.param(
        "„Most bude hotový v dubnu,“ řekl v pátek Jan Novák z radnice.",
        [("direct", "Most bude hotový v dubnu,", "Jan Novák", "řekl")],
        id="a-day-after-its-preposition-then-the-subject-and-a-place",
    ),
    pytest.param(
        "Jana Kováře podpořil starosta Petr Novák a uvedl, že most bude hotový v dubnu.",
        [("reported", "most bude hotový v dubnu", "Petr Novák", "uvedl")],
        id="a-fronted-object-then-the-verb-a-role-and-its-holders-name-the-holder-speaks",
    ),
    pytest.param(
        "Přišel k domu soused a řekl: „Všechno jsme viděli.“",
        [("direct", "Všechno jsme viděli.", "soused", "řekl")],
        id="a-past-verb-that-opens-the-sentence-its-adjunct-then-the-subject",
    ),
    pytest.param(
        "Pavel z Lornportu přišel a řekl: „Všechno jsme viděli.“",
        [("direct", "Všechno jsme viděli.", "Pavel", "řekl")],
        id="a-name-ending-like-a-past-verb-its-adjunct-then-its-verb",
    ),
    pytest.param(
        "Most bude uzavřen do pátku, uvedla Krajská správa lesů.",
        [("reported", "Most bude uzavřen do pátku", "Krajská správa lesů", "uvedla")],
        id="a-body-a-capitalised-adjective-opens-speaks-whole-with-its-genitive",
    ),
    pytest.param(
        "Most bude uzavřen do pátku, uvedla Česká silniční inspekce.",
        [("reported", "Most bude uzavřen do pátku", "Česká silniční inspekce", "uvedla")],
        id="a-body-a-capitalised-adjective-opens-speaks-whole",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekl mluvčí ministra Jana Nováka.",
        [("direct", "Most otevřeme v květnu,", "mluvčí ministra Jana Nováka", "řekl")],
        id="a-role-of-a-holder-in-the-genitive-speaks-as-written",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekla mluvčí velvyslance Petra Nováka.",
        [("direct", "Most otevřeme v květnu,", "mluvčí velvyslance Petra Nováka", "řekla")],
        id="a-role-whose-vowel-drops-in-the-genitive-owns-the-holder",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekl zástupce náměstka Petra Svobody.",
        [("direct", "Most otevřeme v květnu,", "zástupce náměstka Petra Svobody", "řekl")],
        id="a-deputy-role-whose-vowel-drops-in-the-genitive-owns-the-holder",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekla mluvčí primátorky Jany Novákové.",
        [("direct", "Most otevřeme v květnu,", "mluvčí primátorky Jany Novákové", "řekla")],
        id="a-role-of-a-womans-name-in-the-genitive-speaks-as-written",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekla mluvčí ministerstva Jana Nováková.",
        [("direct", "Most otevřeme v květnu,", "Jana Nováková", "řekla")],
        id="a-womans-name-in-the-nominative-after-a-role-speaks",
    ),
    pytest.param(
        "„Most otevřeme v květnu,“ řekla předsedkyně parlamentu Roberta Lornola.",
        [("direct", "Most otevřeme v květnu,", "Roberta Lornola", "řekla")],
        id="a-foreign-womans-name-after-a-non-role-genitive-is-her-own",
    ),
    pytest.param(
        "Ministryně Marie Lorne řekla, že most otevřou v květnu.",
        [("reported", "most otevřou v květnu", "Marie Lorne", "řekla")],
        id="a-foreign-womans-name-right-after-her-role-is-her-own",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_cs(text: str) -> None:
    assert lang.detect(text) == "cs"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "cs"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("cs")


def _speakers(text: str) -> list[str | None]:
    quotes = newsstruct.parse(text, registry=REGISTRY).quotes
    return [q.speaker.name if q.speaker else None for q in quotes]


def test_podle_a_role_in_the_genitive_names_the_holder_named_before() -> None:
    text = (
        "„Mzdy porostou,“ řekl ministr práce Karel Lorn. Podle ministra ponesou náklady "
        "hlavně zaměstnavatelé."
    )
    assert _speakers(text) == ["Karel Lorn"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ministr práce Karel Lorn včera odletěl do Bruselu. Podle ministra práce Karla "
            "Lorna se jednání protáhnou do pátku.",
            "Karel Lorn",
            id="a-man-s-full-name-in-the-genitive-is-the-one-printed-before",
        ),
        pytest.param(
            "Hejtmanka Jana Lornová včera odletěla do Bruselu. Podle Jany Lornové se "
            "jednání protáhnou do pátku.",
            "Jana Lornová",
            id="a-woman-s-full-name-in-the-genitive-is-the-one-printed-before",
        ),
        pytest.param(  # a guard: "Jana Lorna" is no form of a woman's "Jana Lornová"
            "Hejtmanka Jana Lornová včera odletěla do Bruselu. Podle Jana Lorna se "
            "jednání protáhnou do pátku.",
            "Jana Lorna",
            id="a-man-s-genitive-is-no-form-of-a-woman-s-longer-surname",
        ),
    ],
)
def test_podle_a_full_name_in_the_genitive_takes_its_printed_nominative(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang_code", "mention"),
    [
        (
            "„Most bude uzavřen,“ řekl mluvčí ministra Jana Nováka.",
            "cs",
            "mluvčí ministra Jana Nováka",
        ),
        (
            "„Most zostanie zamknięty” – powiedział rzecznik ratusza Jan Nowak.",
            "pl",
            "rzecznik ratusza Jan Nowak",
        ),
        (
            "„Most zostanie zamknięty” – powiedziała PAP rzeczniczka ratusza Anna Kowalska.",
            "pl",
            "rzeczniczka ratusza Anna Kowalska",
        ),
    ],
)
def test_a_role_noun_after_the_cue_opens_the_subject_not_whom_told(
    text: str, lang_code: str, mention: str
) -> None:
    """Where nouns go bare, a role noun as listed right after the cue is its subject (the
    addressee would stand in the dative: ``řekl mluvčímu``), so the mention keeps it."""
    article = newsstruct.parse(text, lang=lang_code, registry=REGISTRY)
    assert [q.mention.of(text) for q in article.quotes if q.mention] == [mention]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "Lornov - Most přes řeku bude od pondělí uzavřen, řekl mluvčí radnice Petr Lorner.",
            "Lornov",
            id="a-city-and-a-dash",
        ),
        pytest.param(
            "Lornov nad Lornou - Most přes řeku bude od pondělí uzavřen, řekl mluvčí Petr Lorner.",
            "Lornov nad Lornou",
            id="a-city-on-a-river-and-a-dash",
        ),
    ],
)
def test_a_city_in_title_case_and_a_dash_is_the_dateline(text: str, place: str) -> None:
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, None)
    assert [q.text for q in article.quotes] == ["Most přes řeku bude od pondělí uzavřen"]


def test_a_word_and_a_full_stop_is_no_dateline() -> None:
    article = newsstruct.parse(
        "Ano. Most přes řeku bude od pondělí uzavřen, řekl mluvčí Petr Lorner.",
        registry=REGISTRY,
    )
    assert article.dateline is None
