"""German: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.lang import de

CASES = [
    pytest.param(
        "Tom Eke kam am Montag zur Brücke. Er sagte, sie sei marode. Ada Moss blieb am Ufer."
        " Sie erklärte, die Fähre fahre wieder.",
        [
            ("reported", "sie sei marode", "Tom Eke", "sagte"),
            ("reported", "die Fähre fahre wieder", "Ada Moss", "erklärte"),
        ],
        id="a-name-of-no-listed-first-name-that-opens-its-sentence-before-a-verb-is-a-person",
    ),
    pytest.param(
        "„Die Brücke ist marode“, gab der Hafenmeister zu bedenken. Sie sei gesperrt, gab"
        " die Bürgermeisterin am Montag zu Protokoll.",
        [
            ("direct", "Die Brücke ist marode", "der Hafenmeister", "gab bedenken"),
            ("reported", "Sie sei gesperrt", "die Bürgermeisterin", "gab Protokoll"),
        ],
        id="a-phrase-of-giving-to-consider-apart-from-its-verb",
    ),
    pytest.param(
        "„Die Brücke ist marode“, hakte die Hafenmeisterin nach.",
        [("direct", "Die Brücke ist marode", "die Hafenmeisterin", "hakte nach")],
        id="a-particle-verb-of-reply-after-a-quotation",
    ),
    pytest.param(
        "„Die Brücke ist marode“, platzte der Hafenmeister heraus. „Sie muss weg“, konterte"
        " die Bürgermeisterin.",
        [
            ("direct", "Die Brücke ist marode", "der Hafenmeister", "platzte heraus"),
            ("direct", "Sie muss weg", "die Bürgermeisterin", "konterte"),
        ],
        id="verbs-of-outburst-and-retort-are-cues",
    ),
    pytest.param(
        "Am Montag bekräftigte die Hafenmeisterin ihre Forderung, dass die Brücke gesperrt wird.",
        [("reported", "die Brücke gesperrt wird", "die Hafenmeisterin", "bekräftigte")],
        id="a-possessive-after-an-inverted-subject-opens-the-object",
    ),
    pytest.param(
        "Dann wiederholte der Vorsitzende seiner Partei die Warnung, die Brücke sei marode.",
        [("reported", "die Brücke sei marode", "der Vorsitzende seiner Partei", "wiederholte")],
        id="an-article-of-no-genitive-after-an-inverted-subject-opens-the-object",
    ),
    pytest.param(
        "Am Montag sagen die Experten: „Die Brücke ist marode.“",
        [("direct", "Die Brücke ist marode.", "die Experten", "sagen")],
        id="a-present-plural-cue-before-an-inverted-subject-and-a-colon",
    ),
    pytest.param(
        "Dazu schreiben die „Lornport Nachrichten“ (Lornport): „Die Brücke ist marode.“",
        [("direct", "Die Brücke ist marode.", "Lornport Nachrichten", "schreiben")],
        id="a-bracket-between-an-inverted-subject-and-its-colon",
    ),
    pytest.param(
        "Dazu sagte meine Mutter (Lornport): „Die Brücke ist marode.“",
        [("direct", "Die Brücke ist marode.", "meine Mutter", "sagte")],
        id="a-possessive-before-a-bracket-and-a-colon-is-no-cue",
    ),
    pytest.param(
        "Die Fähre ist voll. — Ueber den Plan schrieben die „Lornport Nachrichten“ (Lornport):"
        " „Die Brücke ist marode.“",
        [("direct", "Die Brücke ist marode.", "Lornport Nachrichten", "schrieben")],
        id="a-dash-after-a-full-stop-opens-the-next-item-of-a-column",
    ),
    pytest.param(
        "Es war kalt. — Ueber den Plan schreiben die „Lornport Nachrichten“ (Lornport):"
        " „Die Brücke ist marode. Sie wird gesperrt.“ — Wer hat das gewusst?",
        [
            (
                "direct",
                "Die Brücke ist marode. Sie wird gesperrt.",
                "Lornport Nachrichten",
                "schreiben",
            )
        ],
        id="a-dash-after-a-quotation-and-before-a-sentence-closes-the-quotation-s-sentence",
    ),
    pytest.param(  # an object after the auxiliary, no subject: no inverted perfect
        "Er trat zurück, hatte den Fehler zugegeben.",
        [],
        id="an-object-after-a-perfect-s-auxiliary-is-no-speaker",
    ),
    pytest.param(
        "Die Stadt hat am Montag bekannt gemacht, dass die Brücke gesperrt bleibt.",
        [("reported", "die Brücke gesperrt bleibt", "Die Stadt", "bekannt")],
        id="an-adjunct-between-the-support-verb-and-the-adjective-of-speech",
    ),
    pytest.param(
        "Experten sind seit langem der Ansicht, dass die Brücke marode sei.",
        [("reported", "die Brücke marode sei", "Experten", "Ansicht")],
        id="an-adjunct-between-the-copula-and-the-noun-of-speech",
    ),
    pytest.param(
        "Jo Roe hielt eine Rede, in der sie sagte, die Brücke sei sicher.",
        [("reported", "die Brücke sei sicher", "sie", "sagte")],
        id="a-relative-clause-after-an-object-is-no-complement-of-the-verb-before",
    ),
    pytest.param(
        "Jo Roe sagte, in der Stadt sei es ruhig.",
        [("reported", "in der Stadt sei es ruhig", "Jo Roe", "sagte")],
        id="a-prepositional-phrase-opens-reported-content",
    ),
    pytest.param(
        "Der Sprecher der seit Jahren regierenden Partei sagte, die Lage sei ernst.",
        [
            (
                "reported",
                "die Lage sei ernst",
                "Der Sprecher der seit Jahren regierenden Partei",
                "sagte",
            )
        ],
        id="a-phrase-between-a-genitive-s-article-and-its-noun-is-in-the-speaker",
    ),
    pytest.param(
        "Die Brücke bleibt gesperrt, wie die Stadt am Montag bekanntgab.",
        [("reported", "Die Brücke bleibt gesperrt", "die Stadt", "bekanntgab")],
        id="a-separable-cue-with-its-particle-joined-ends-an-as-clause",
    ),
    pytest.param(
        "Die Stadt hat bekanntgegeben, dass die Brücke gesperrt bleibt.",
        [("reported", "die Brücke gesperrt bleibt", "Die Stadt", "hat bekanntgegeben")],
        id="the-participle-of-a-separable-cue-after-its-auxiliary",
    ),
    pytest.param(
        "Nachdem der Minister einräumte, dass er Fehler gemacht habe, trat er zurück.",
        [("reported", "er Fehler gemacht habe", "der Minister", "einräumte")],
        id="a-joined-separable-cue-in-a-clause-of-time",
    ),
    pytest.param(
        "Von der Stadt wurde am Montag betont, die Brücke sei sicher.",
        [("reported", "die Brücke sei sicher", "der Stadt", "betont")],
        id="the-agent-before-a-passive-participle-speaks",
    ),
    pytest.param(
        "Von offizieller Seite wurde bestätigt, dass die Brücke gesperrt bleibt.",
        [("reported", "die Brücke gesperrt bleibt", "offizieller Seite", "wurde bestätigt")],
        id="von-offizieller-seite-is-the-agent-of-a-passive-cue",
    ),
    pytest.param(
        "Von dem Unfall wurde berichtet, dass drei Menschen verletzt wurden.",
        [("reported", "drei Menschen verletzt wurden", None, "wurde berichtet")],
        id="von-before-a-cue-of-telling-about-names-the-topic",
    ),
    pytest.param(
        "Seine Einwendung, er habe das Geld verliehen, ist unhaltbar.",
        [("reported", "er habe das Geld verliehen", "Seine", "Einwendung")],
        id="a-possessive-before-a-noun-of-speech-tells-whose",
    ),
    pytest.param(
        "Der Minister drückte sein Bedauern darüber aus, dass die Brücke gesperrt sei.",
        [("reported", "die Brücke gesperrt sei", "Der Minister", "Bedauern")],
        id="the-subject-a-possessive-agrees-with-owns-the-noun-of-speech",
    ),
    pytest.param(
        "Danach stand die Ministerin auf und gab eine Erklärung ab, dass die Brücke sicher sei.",
        [("reported", "die Brücke sicher sei", "die Ministerin", "Erklärung")],
        id="a-support-verb-after-und-shares-the-first-clause-s-subject",
    ),
    pytest.param(
        "Die Ministerin brachte die Erwartung zum Ausdruck, dass die Brücke halte.",
        [("reported", "die Brücke halte", "Die Ministerin", "Erwartung")],
        id="bringen-zum-ausdruck-supports-a-noun-of-speech",
    ),
    pytest.param(
        "Der Minister lehnte einen Kommentar ab, sagte aber, dass die Gespräche weitergingen.",
        [("reported", "die Gespräche weitergingen", "Der Minister", "sagte")],
        id="a-predicate-a-comma-chains-shares-the-sentence-s-subject",
    ),
    pytest.param(
        "Die Ministerin besuchte die Schule, lobte die Lehrer und sagte, die Reform komme.",
        [("reported", "die Reform komme", "Die Ministerin", "sagte")],
        id="a-cue-after-und-in-a-chain-of-predicates-shares-the-first-subject",
    ),
    pytest.param(
        "Jo Roe sprach sich über den Plan lobend aus, und sagte, dass es gut wäre.",
        [("reported", "es gut wäre", "Jo Roe", "sagte")],
        id="a-cue-after-a-comma-and-und-shares-the-first-subject",
    ),
    pytest.param(
        "Der Minister lehnte einen Kommentar ab, sagte dem Blatt aber: „Wir reden weiter.“",
        [("direct", "Wir reden weiter.", "Der Minister", "sagte")],
        id="a-chained-cue-before-a-colon-shares-the-sentence-s-subject",
    ),
    pytest.param(
        "Die Brücke ist zu, sagte Jo Roe: „Wir reden weiter.“",
        [("direct", "Wir reden weiter.", "Jo Roe", "sagte")],
        id="a-subject-after-a-cue-after-a-comma-is-still-its-own",
    ),
    pytest.param(
        "Jo Roe kritisierte den Plan, betonte aber, die Brücke sei sicher.",
        [("reported", "die Brücke sei sicher", "Jo Roe", "betonte")],
        id="a-chained-cue-after-a-comma-opens-no-content-of-the-cue-before",
    ),
    pytest.param(
        "Dr. v. Lang besuchte die Schule und sagte, die Reform komme.",
        [("reported", "die Reform komme", "Dr. v. Lang", "sagte")],
        id="an-abbreviated-particle-is-part-of-the-first-subject",
    ),
    pytest.param(
        "Dazu äußerte sich der Minister am Montag: „Wir prüfen das.“",
        [("direct", "Wir prüfen das.", "der Minister", "äußerte")],
        id="a-reflexive-after-an-inverted-cue-is-no-part-of-its-subject",
    ),
    pytest.param(
        "Gestern meldete sich die Polizei zu Wort und sagte, die Brücke bleibe gesperrt.",
        [("reported", "die Brücke bleibe gesperrt", "die Polizei", "sagte")],
        id="a-reflexive-before-the-first-clause-s-subject-of-a-joined-cue",
    ),
    pytest.param(
        "Die Ministerin erklärte, als die Brücke gebaut worden sei, habe niemand gewarnt.",
        [
            (
                "reported",
                "als die Brücke gebaut worden sei, habe niemand gewarnt",
                "Die Ministerin",
                "erklärte",
            )
        ],
        id="a-clause-of-time-opens-reported-content-before-its-verb",
    ),
    pytest.param(
        "Am Abend sagte er, nachdem die Gäste gegangen waren, zum Nachbarn, dass er müde sei.",
        [("reported", "er müde sei", "er", "sagte")],
        id="a-clause-of-time-among-the-cue-s-words-is-no-content",
    ),
    pytest.param(
        "Er sagte, als er ging, nichts.",
        [],
        id="a-clause-of-time-without-a-reported-verb-after-it-opens-no-content",
    ),
    pytest.param(
        "Die neue Brücke bleibt, so die Stadt, bis Mai gesperrt.",
        [
            ("reported", "Die neue Brücke bleibt", "die Stadt", "so"),
            ("reported", "bis Mai gesperrt", "die Stadt", "so"),
        ],
        id="a-full-verb-in-the-second-place-awaits-the-rest-after-an-interrupting-source",
    ),
    pytest.param(
        "Aus Lornport wird gemeldet: Die Brücke ist seit Montag gesperrt.",
        [("direct", "Die Brücke ist seit Montag gesperrt", None, "wird gemeldet")],
        id="words-after-a-passive-cue-and-a-colon-are-reported-without-a-source",
    ),
    pytest.param(
        "Am nächsten Tag teilte die Hafenpolizei mit: Die Fähre bleibt gesperrt.",
        [("direct", "Die Fähre bleibt gesperrt", "die Hafenpolizei", "teilte mit")],
        id="a-fronted-contraction-phrase-is-no-speaker-of-unmarked-colon-words",
    ),
    pytest.param(
        "Nach dem Sturm sagte der Bürgermeister von Lornport: Wir bauen alles wieder auf.",
        [("direct", "Wir bauen alles wieder auf", "der Bürgermeister von Lornport", "sagte")],
        id="a-fronted-prepositional-phrase-is-no-speaker-of-unmarked-colon-words",
    ),
    pytest.param(
        "Zum Schluss sagte die Hafenmeisterin Folgendes: „Die Fähre bleibt gesperrt.“",
        [("direct", "Die Fähre bleibt gesperrt.", "die Hafenmeisterin", "sagte")],
        id="the-object-that-announces-the-words-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Als Gründe führen die Reeder Folgendes an: Der Hafen sei zu klein.",
        [("reported", "Der Hafen sei zu klein", "die Reeder", "führen an")],
        id="the-announcing-object-ends-the-subject-before-unmarked-colon-words",
    ),
    pytest.param(
        "Am nächsten Tag hat die Hafenpolizei mitgeteilt: Die Fähre bleibt gesperrt.",
        [("direct", "Die Fähre bleibt gesperrt", "die Hafenpolizei", "mitgeteilt")],
        id="an-ordinal-after-a-contraction-is-no-verb-before-a-perfect-cue",
    ),
    pytest.param(
        "Im ersten Quartal hat die Reederei betont, dass die Fähre fährt.",
        [("reported", "die Fähre fährt", "die Reederei", "betont")],
        id="an-ordinal-after-a-contraction-is-no-verb-before-a-perfect-complement",
    ),
    pytest.param(
        "„Wir sind glücklich“, sagten Paul Lang und seine Frau.",
        [("direct", "Wir sind glücklich", "Paul Lang und seine Frau", "sagten")],
        id="a-name-and-a-second-subject-after-an-inverted-cue-speak-together",
    ),
    pytest.param(
        "Am Abend sagten Paul Lang und Anna Berg, sie seien glücklich.",
        [("reported", "sie seien glücklich", "Paul Lang und Anna Berg", "sagten")],
        id="two-names-joined-after-an-inverted-cue-leave-its-complement",
    ),
    pytest.param(
        "„Das ist ein Fehler.“ Soweit die Theorie.",
        [("direct", "Das ist ein Fehler.", None, None)],
        id="soweit-and-a-thing-after-a-quotation-signs-nothing",
    ),
    pytest.param(
        "„Das ist ein Fehler.“ So weit der Minister.",
        [("direct", "Das ist ein Fehler.", "der Minister", "So weit")],
        id="so-weit-and-a-role-after-a-quotation-signs-it",
    ),
    pytest.param(
        "Am Abend sagte Paul Lang und ging, um zu schlafen.",
        [],
        id="a-second-predicate-after-und-is-no-subject",
    ),
    pytest.param(
        "Die Fähre fiel aus. (Eigener Bericht.) Das Blatt bemerkt, dass die Rede zu lang war.",
        [("reported", "die Rede zu lang war", "Das Blatt", "bemerkt")],
        id="a-bracket-before-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "Es kam zum Streit, in dessen Verlauf Paul Lang dem Abgeordneten Jo Roe zurief: "
        "„Das ist eine Zumutung!“",
        [("direct", "Das ist eine Zumutung!", "Paul Lang", "zurief")],
        id="a-dative-object-after-the-subject-of-a-verb-final-cue-is-no-speaker",
    ),
    pytest.param(
        "Es kam zum Streit, in dessen Verlauf Jo Roe dem Abgeordneten Al Poe zurief: "
        "„Das ist eine Zumutung!“",
        [("direct", "Das ist eine Zumutung!", "Jo Roe", "zurief")],
        id="a-possessive-relative-and-its-noun-after-a-preposition-open-the-clause",
    ),
    pytest.param(
        "Die Zeitung sprach mit der Ministerin Jo Roe, in deren Verlauf Roe sagte: "
        "„Die Lage ist ernst.“",
        [("direct", "Die Lage ist ernst.", "Jo Roe", "sagte")],
        id="the-noun-after-a-possessive-relative-is-no-first-name-of-the-surname-after-it",
    ),
    pytest.param(
        "Es gab eine Sitzung, bei der die Ministerin erklärte, die Brücke bleibe zu.",
        [("reported", "die Brücke bleibe zu", "die Ministerin", "erklärte")],
        id="a-relative-pronoun-after-a-preposition-opens-the-clause-its-subject-follows",
    ),
    pytest.param(
        "„Wir kommen wieder“, sagte Jo Roe und Gäste lachten.",
        [("direct", "Wir kommen wieder", "Jo Roe", "sagte")],
        id="a-name-before-und-after-a-singular-cue-is-its-subject-not-whom-it-told",
    ),
    pytest.param(
        "„Das ist ein Fehler.“ Soweit das Innenministerium.",
        [("direct", "Das ist ein Fehler.", "das Innenministerium", "Soweit")],
        id="soweit-and-a-compound-body-noun-after-a-quotation-signs-it",
    ),
    pytest.param(
        "Die Fähre fällt aus. „Das ist ein Fehler.“ So der Minister am Montag in Lornport.",
        [("direct", "Das ist ein Fehler.", "der Minister", "So")],
        id="so-and-a-source-as-a-sentence-after-a-quotation-signs-it",
    ),
    pytest.param(
        "„Das ist ein Fehler. Wir klagen.“ Soweit Paul Lang.",
        [("direct", "Das ist ein Fehler. Wir klagen.", "Paul Lang", "Soweit")],
        id="soweit-and-a-source-after-a-quotation-signs-it",
    ),
    pytest.param(
        "„Das ist ein Fehler.“ So kam es zum Streit.",
        [("direct", "Das ist ein Fehler.", None, None)],
        id="so-before-a-verb-after-a-quotation-signs-nothing",
    ),
    pytest.param(
        "Die Ministerin lud die Nachbarn ein und forderte sie auf, pünktlich zu sein.",
        [("reported", "pünktlich zu sein", "Die Ministerin", "forderte auf")],
        id="a-pronoun-after-a-cue-joined-by-und-is-its-object",
    ),
    pytest.param(
        "Zum Schluss dankte der Kassenwart den Gästen und bat sie, dem Verein treu zu bleiben.",
        [("reported", "dem Verein treu zu bleiben", "der Kassenwart", "bat")],
        id="a-cue-joined-by-und-shares-an-inverted-subject",
    ),
    pytest.param(
        "Das schien schwierig, und überdies sagte er, dass die Fähre fahre.",
        [("reported", "die Fähre fahre", "er", "sagte")],
        id="an-adverb-after-und-leaves-the-subject-after-the-cue",
    ),
    pytest.param(
        "‹Wir sind bereit›, sagte Anna Keller. Sie nannte den Plan ‹verrückt›.",
        [
            ("direct", "Wir sind bereit", "Anna Keller", "sagte"),
            ("mixed", "den Plan ‹verrückt›", "Anna Keller", "nannte"),
        ],
        id="swiss-single-guillemets-open-and-close-as-the-double-ones",
    ),
    pytest.param(
        "„Wir holen den Pokal“, lachte der Trainer. „Diesmal sicher.“",
        [
            ("direct", "Wir holen den Pokal", "der Trainer", "lachte"),
            ("direct", "Diesmal sicher.", "der Trainer", "lachte"),
        ],
        id="a-manner-verb-after-a-quotation-is-its-cue",
    ),
    pytest.param(
        "Die Verhandlungen, sagte der Minister, seien gescheitert.",
        [
            ("reported", "Die Verhandlungen", "der Minister", "sagte"),
            ("reported", "seien gescheitert", "der Minister", "sagte"),
        ],
        id="an-interrupting-cue-after-a-verbless-prefield-awaits-the-verb",
    ),
    pytest.param(
        "Seit Montag, berichtet die Polizei in einer Mitteilung, werden die Straßen kontrolliert.",
        [
            ("reported", "Seit Montag", "die Polizei", "berichtet"),
            ("reported", "werden die Straßen kontrolliert", "die Polizei", "berichtet"),
        ],
        id="an-interrupting-cue-and-its-adjunct-before-the-verb",
    ),
    pytest.param(
        "Wie russische Zeitungen berichten, wurden drei Fähren beschlagnahmt.",
        [("reported", "wurden drei Fähren beschlagnahmt", "russische Zeitungen", "berichten")],
        id="unnamed-media-speak",
    ),
    pytest.param(
        "Laut russischen Medien wurden am Hafen drei Fähren beschlagnahmt.",
        [("reported", "wurden am Hafen drei Fähren beschlagnahmt", "russischen Medien", "Laut")],
        id="an-adjective-after-laut",
    ),
    pytest.param(
        "Nach vorläufigen Angaben der Polizei wurden zwei Radfahrer verletzt.",
        [
            (
                "reported",
                "wurden zwei Radfahrer verletzt",
                "der Polizei",
                "Nach vorläufigen Angaben",
            )
        ],
        id="an-adjective-inside-a-source-phrase",
    ),
    pytest.param(
        "Laut einem Bericht der „Zeit“ will der Senat die Gebühr senken.",
        [("reported", "will der Senat die Gebühr senken", "Zeit", "Laut einem Bericht")],
        id="laut-a-report-of-a-paper-in-marks",
    ),
    pytest.param(
        "Der Senat will laut einem Bericht der „Zeit“ die Gebühr senken.",
        [
            ("reported", "Der Senat will", "Zeit", "laut einem Bericht"),
            ("reported", "die Gebühr senken", "Zeit", "laut einem Bericht"),
        ],
        id="laut-a-report-amid-the-clause",
    ),
    pytest.param(
        "Wie aus Senatskreisen verlautete, soll die Gebühr sinken.",
        [("reported", "soll die Gebühr sinken", "Senatskreisen", "verlautete")],
        id="wie-aus-x-verlautete",
    ),
    pytest.param(
        "Dem Vernehmen nach soll die Gebühr sinken.",
        [],
        id="dem-vernehmen-nach-is-a-hedge",
    ),
    pytest.param(
        "Nach eigenen Angaben hat der Verein fünfhundert Mitglieder.",
        [
            (
                "reported",
                "hat der Verein fünfhundert Mitglieder",
                "der Verein",
                "Nach eigenen Angaben",
            )
        ],
        id="nach-eigenen-angaben-the-subject-is-the-source",
    ),
    pytest.param(
        "Ein vom Landkreis bestellter Gutachter erklärt, der Damm sei dicht.",
        [
            (
                "reported",
                "der Damm sei dicht",
                "Ein vom Landkreis bestellter Gutachter",
                "erklärt",
            )
        ],
        id="an-article-and-a-phrase-before-its-noun-speak-together",
    ),
    pytest.param(
        "Der vom Landkreis beauftragte Gutachter erklärt, der Damm sei dicht.",
        [
            (
                "reported",
                "der Damm sei dicht",
                "Der vom Landkreis beauftragte Gutachter",
                "erklärt",
            )
        ],
        id="a-cue-form-before-its-noun-is-a-participle",
    ),
    pytest.param(
        "Der Damm sei dicht, sagte ein vom Landkreis bestellter Gutachter.",
        [
            (
                "reported",
                "Der Damm sei dicht",
                "ein vom Landkreis bestellter Gutachter",
                "sagte",
            )
        ],
        id="a-phrase-before-the-noun-of-a-source-after-the-cue",
    ),
    pytest.param(
        "Bürgermeisterin Anna Weber besuchte den Hort. Die Eltern waren skeptisch. "
        "Die Räume seien zu eng, sagten sie.",
        [("reported", "Die Räume seien zu eng", "sie", "sagten")],
        id="sie-of-a-plural-verb-is-no-woman-named-before",
    ),
    pytest.param(
        "Die Eltern warteten auf Anna Weber. Die Räume seien zu eng, sagte sie.",
        [("reported", "Die Räume seien zu eng", "Anna Weber", "sagte")],
        id="sie-of-a-singular-verb-is-a-woman",
    ),
    pytest.param(
        "Die Eltern warteten auf Anna Weber. Sie sagte, die Räume seien zu eng.",
        [("reported", "die Räume seien zu eng", "Anna Weber", "sagte")],
        id="sie-before-a-singular-verb-is-a-woman",
    ),
    pytest.param(
        "Die Eltern sagten, die Räume seien zu eng. Anna Weber besuchte den Hort. "
        "Es fehle an Geld, sagten sie.",
        [
            ("reported", "die Räume seien zu eng", "Die Eltern", "sagten"),
            ("reported", "Es fehle an Geld", "Die Eltern", "sagten"),
        ],
        id="sie-of-a-plural-verb-is-the-group-that-spoke",
    ),
    pytest.param(
        "Die Stadtverwaltung teilte am Dienstag mit, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die Stadtverwaltung", "teilte mit")],
        id="a-separable-cue-with-an-adjunct-before-its-particle",
    ),
    pytest.param(
        "Der Markt falle aus, sagte der Sprecher der Deutschen Bahn.",
        [("reported", "Der Markt falle aus", "der Sprecher der Deutschen Bahn", "sagte")],
        id="a-role-and-its-body-in-the-genitive",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in einer Mitteilung.",
        [("reported", "Der Markt falle aus", None, "hieß es")],
        id="hiess-es-in-a-statement-names-no-one",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in einer Mitteilung des Landratsamts.",
        [("reported", "Der Markt falle aus", "des Landratsamts", "hieß es")],
        id="hiess-es-in-a-statement-of-a-body",
    ),
    pytest.param(
        "Die beiden Bürgermeister trafen sich am Montag. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die beiden Bürgermeister", "sagten")],
        id="plural-sie-stands-for-the-plural-subject-before",
    ),
    pytest.param(
        "Die neuen jungen Bürgermeister trafen sich am Montag in Lindenfeld. Sie sagten, der "
        "Markt falle aus.",
        [("reported", "der Markt falle aus", "Die neuen jungen Bürgermeister", "sagten")],
        id="plural-sie-stands-for-a-description-of-four-words",
    ),
    pytest.param(
        "Die Landrätin traf sich am Montag mit den Bürgern. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Sie", "sagten")],
        id="plural-sie-never-stands-for-a-woman",
    ),
    pytest.param(
        "Die Landräte trafen sich am Montag. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die Landräte", "sagten")],
        id="plural-sie-stands-for-a-plural-role-compound",
    ),
    pytest.param(
        "Die Oberstaatsanwältinnen trafen sich am Montag. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die Oberstaatsanwältinnen", "sagten")],
        id="plural-sie-stands-for-a-feminine-plural-role",
    ),
    pytest.param(
        "Die Journalisten trafen sich am Montag. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die Journalisten", "sagten")],
        id="plural-sie-stands-for-a-plural-role-noun",
    ),
    pytest.param(
        "Die Vorräte reichten bis Montag. Sie sagten, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Sie", "sagten")],
        id="plural-sie-never-stands-for-stores",
    ),
    pytest.param(
        "Die Ministerin traf sich am Montag mit Jo Roe. Wie sie sagte, sei der Plan gut.",
        [("reported", "sei der Plan gut", "Die Ministerin", "Wie sie sagte")],
        id="singular-sie-stands-for-the-feminine-subject-before",
    ),
    pytest.param(
        "Die Ministerin traf sich mit Jo Roe. Eva Roth lobte den Plan. Wie sie sagte, sei er gut.",
        [("reported", "sei er gut", "Eva Roth", "Wie sie sagte")],
        id="singular-sie-stands-for-the-woman-named-after-the-description",
    ),
    pytest.param(
        "Der Bürgermeister traf sich am Montag mit den Bürgern. Er sagte, der Markt falle aus.",
        [("reported", "der Markt falle aus", "Der Bürgermeister", "sagte")],
        id="er-stands-for-the-masculine-subject-before",
    ),
    pytest.param(
        "Die Ministerin traf sich am Montag mit Jo Roe. Wie er sagte, sei der Plan gut.",
        [("reported", "sei der Plan gut", "er", "Wie er sagte")],
        id="er-never-stands-for-a-feminine-subject",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es am Dienstag in Lindenfeld.",
        [("reported", "Der Markt falle aus", None, "hieß es")],
        id="hiess-es-in-a-place-names-where-not-who",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in Lindenfeld aus dem Rathaus.",
        [("reported", "Der Markt falle aus", "dem Rathaus", "hieß es")],
        id="hiess-es-in-a-place-then-the-body",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in der südlichen Kreisstadt.",
        [("reported", "Der Markt falle aus", None, "hieß es")],
        id="hiess-es-in-a-noun-of-place-names-where-not-who",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in der Hauptstadt aus dem Rathaus.",
        [("reported", "Der Markt falle aus", "dem Rathaus", "hieß es")],
        id="hiess-es-in-a-noun-of-place-then-the-body",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in Regierungskreisen.",
        [("reported", "Der Markt falle aus", "Regierungskreisen", "hieß es")],
        id="hiess-es-in-circles-names-a-source",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es am Dienstag aus dem Rathaus.",
        [("reported", "Der Markt falle aus", "dem Rathaus", "hieß es")],
        id="hiess-es-a-time-then-the-body",
    ),
    pytest.param(
        "Der Landrat sagte am Montag in Lindenfeld, die Straßen blieben bis Freitag gesperrt.",
        [
            (
                "reported",
                "die Straßen blieben bis Freitag gesperrt",
                "Der Landrat",
                "sagte",
            )
        ],
        id="a-main-clause-in-the-indicative-after-a-cue-and-its-comma",
    ),
    pytest.param(
        "Die Sprecherin sagte der Zeitung, die Zahl der Fähren wächst weiter.",
        [("reported", "die Zahl der Fähren wächst weiter", "Die Sprecherin", "sagte")],
        id="a-main-clause-with-a-genitive-after-a-cue-and-its-addressee",
    ),
    pytest.param(
        "Die Wirtin erzählte von der Stadt, die Touristen im Sommer besuchen.",
        [],
        id="a-relative-clause-after-a-cue-is-no-main-clause",
    ),
    pytest.param(
        "Das sagte Jo Roe, ein Kenner der Stadt, am Montag.",
        [],
        id="an-apposition-after-a-cue-is-no-main-clause",
    ),
    pytest.param(
        "Der Wirt spricht gern über den Markt, die Händler kommen wieder.",
        [],
        id="a-main-clause-after-a-cue-and-an-adverb-of-its-own-is-the-writers",
    ),
    pytest.param(
        "Darüber wurde am Montag gesprochen, die Händler kommen wieder.",
        [],
        id="a-main-clause-after-a-passive-cue-is-the-writers",
    ),
    pytest.param(
        "Auf Anfrage sagte der Sprecher, der Markt falle aus.",
        [("reported", "der Markt falle aus", "der Sprecher", "sagte")],
        id="a-cue-verb-after-a-noun-of-speech-frames-the-content",
    ),
    pytest.param(
        "Bei der Vorstellung des Berichts wies die Landrätin darauf hin, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "die Landrätin", "wies hin")],
        id="a-separable-cue-after-a-noun-of-speech-frames-the-content",
    ),
    pytest.param(
        "Der Verband hat erst am Montag verlangt, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "Der Verband", "verlangt")],
        id="an-adverb-after-the-finite-auxiliary-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Der Verband hat am Montag in einem Brief an die Städte verlangt, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "Der Verband", "verlangt")],
        id="the-subject-of-a-perfect-opens-the-clause-before-its-middle-field",
    ),
    pytest.param(
        "Der Verband hat vor kurzem von den Städten verlangt, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "Der Verband", "verlangt")],
        id="a-prepositions-object-before-a-perfect-cue-is-no-subject",
    ),
    pytest.param(
        "Am Montag hat die Landrätin in Lindenfeld erklärt, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "die Landrätin", "erklärt")],
        id="the-subject-of-a-perfect-follows-the-auxiliary-after-an-adjunct",
    ),
    pytest.param(
        "Landrat Jan Roe sprach von einem Notfall. Nach seinen Worten fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "Jan Roe", "Nach seinen Worten")],
        id="nach-seinen-worten-is-the-person-named-before",
    ),
    pytest.param(
        "Landrätin Eva Roth sprach von einem Notfall. Ihren Angaben zufolge fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "Eva Roth", "zufolge")],
        id="a-possessive-before-zufolge-is-the-person-named-before",
    ),
    pytest.param(
        "Am Montag führte der Vorsitzende des Vereins aus: „Der Markt fällt aus.“",
        [("direct", "Der Markt fällt aus.", "der Vorsitzende des Vereins", "führte aus")],
        id="a-separable-cue-its-subject-and-particle-after-a-time-before-a-colon",
    ),
    pytest.param(
        "Ein Sprecher der Stadt sagte der dpa, die Händler kämen wieder.",
        [("reported", "die Händler kämen wieder", "Ein Sprecher der Stadt", "sagte")],
        id="a-lower-case-agency-told-before-a-main-clause",
    ),
    pytest.param(
        "Im Interview sagte am Montag in Lindenfeld die Landrätin, der Markt falle aus.",
        [("reported", "der Markt falle aus", "die Landrätin", "sagte")],
        id="adjuncts-between-an-inverted-cue-and-its-subject",
    ),
    pytest.param(
        "Die Zeitung „Lindenfelder Bote“ berichtet über den Streit, dass der Markt ausfalle.",
        [("reported", "der Markt ausfalle", "Zeitung „Lindenfelder Bote“", "berichtet")],
        id="a-paper-named-in-marks-after-its-noun-speaks",
    ),
    pytest.param(
        "Landrätin Eva Roth sprach von einem Notfall. Ihrer Ansicht nach fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "Eva Roth", "Ihrer Ansicht nach")],
        id="ihrer-ansicht-nach-is-the-person-named-before",
    ),
    pytest.param(
        "Landrätin Eva Roth kritisierte den Plan scharf. Er sei zu teuer.",
        [("reported", "Er sei zu teuer", "Eva Roth", "kritisierte")],
        id="the-indirect-mood-after-a-speech-act-without-words-gives-its-words",
    ),
    pytest.param(
        "Die neue Landrätin kritisierte den Plan scharf. Er sei zu teuer.",
        [("reported", "Er sei zu teuer", "Die neue Landrätin", "kritisierte")],
        id="the-speech-act-verb-follows-a-subject-with-a-lower-case-modifier",
    ),
    pytest.param(
        "Die Anwohner feierten am Abend. „Wir sind froh“, sagt einer.",
        [("direct", "Wir sind froh", "einer", "sagt")],
        id="an-indefinite-alone-after-the-cue-speaks",
    ),
    pytest.param(
        "Landrat Jan Ober sprach am Montag. Ihm zufolge fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "Jan Ober", "zufolge")],
        id="ihm-zufolge-is-the-man-named-before",
    ),
    pytest.param(
        "Landrätin Eva Roth sprach am Montag. Der Markt fällt aus, ihr zufolge.",
        [("reported", "Der Markt fällt aus", "Eva Roth", "zufolge")],
        id="ihr-zufolge-after-the-content-is-the-woman-named-before",
    ),
    pytest.param(
        "Angaben der Hafenpolizei zufolge fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "der Hafenpolizei", "zufolge")],
        id="a-noun-of-saying-without-article-before-zufolge-is-no-part-of-the-source",
    ),
    pytest.param(
        "Einem Bericht des Hafenamts zufolge fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "des Hafenamts", "zufolge")],
        id="an-article-and-a-noun-of-saying-before-zufolge-are-no-part-of-the-source",
    ),
    pytest.param(
        "Laut den Angaben der Hafenpolizei fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "der Hafenpolizei", "Laut den Angaben")],
        id="laut-with-the-dative-article-before-a-noun-of-saying",
    ),
    pytest.param(
        "Nach Auskunft der Feuerwehr fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "der Feuerwehr", "Nach Auskunft")],
        id="nach-auskunft-is-a-source-phrase",
    ),
    pytest.param(
        "Nach der Mitteilung des Senats trat Jo Roe am Montag zurück.",
        [],
        id="nach-with-the-definite-article-before-a-mitteilung-is-temporal",
    ),
    pytest.param(
        "Nach der Meldung der Zeitung stiegen die Aktien der Reederei kräftig.",
        [],
        id="nach-with-the-definite-article-before-a-meldung-is-temporal",
    ),
    pytest.param(
        "Laut der Mitteilung des Senats fällt der Markt aus.",
        [("reported", "fällt der Markt aus", "des Senats", "Laut der Mitteilung")],
        id="laut-with-the-definite-article-before-a-mitteilung-is-a-source-phrase",
    ),
    pytest.param(
        "Nach bisherigen Erkenntnissen der Ermittler hatte der Mann ein Messer.",
        [
            (
                "reported",
                "hatte der Mann ein Messer",
                "der Ermittler",
                "Nach bisherigen Erkenntnissen",
            )
        ],
        id="nach-erkenntnissen-is-a-source-phrase",
    ),
    pytest.param(
        "Der Landrat räumte am Montag Fehler ein. Man habe zu spät reagiert.",
        [("reported", "Man habe zu spät reagiert", "Der Landrat", "räumte")],
        id="the-indirect-mood-after-a-separable-speech-act",
    ),
    pytest.param(
        "Die Häuser am Markt stehen leer. Sie seien verfallen.",
        [],
        id="the-indirect-mood-after-no-speech-act-is-nobodys",
    ),
    pytest.param(
        "Markt fällt aus\n\nDer Landrat sagte am Montag, der Markt falle aus.\n\nMan habe "
        "keine Wahl gehabt.",
        [
            ("reported", "der Markt falle aus", "Der Landrat", "sagte"),
            ("reported", "Man habe keine Wahl gehabt", "Der Landrat", "sagte"),
        ],
        id="a-paragraph-in-the-indirect-mood-goes-on-with-the-report-closing-the-one-before",
    ),
    pytest.param(
        "Markt fällt aus\n\nDer Landrat sagte am Montag, der Markt falle aus. Dann fuhr er "
        "heim.\n\nMan habe keine Wahl gehabt.",
        [("reported", "der Markt falle aus", "Der Landrat", "sagte")],
        id="a-paragraph-in-the-indirect-mood-after-narration-is-nobodys",
    ),
    pytest.param(
        "„Das war stark“, lobte der Trainer. Die Landrätin verteidigte den Plan: „Er hilft.“",
        [
            ("direct", "Das war stark", "der Trainer", "lobte"),
            ("direct", "Er hilft.", "Die Landrätin", "verteidigte"),
        ],
        id="loben-and-verteidigen-are-cues",
    ),
    pytest.param(
        "Der Sturm zieht ab, und mit Blick auf den Markt betonte der Landrat, er falle aus.",
        [("reported", "er falle aus", "der Landrat", "betonte")],
        id="a-fronted-phrase-after-a-comma-and-und-leaves-the-subject-after-the-cue",
    ),
    pytest.param(
        "Die Landrätin schrieb in ihrem Buch „Neue Märkte“ (Lindenfeld 2020), der Markt falle aus.",
        [("reported", "der Markt falle aus", "Die Landrätin", "schrieb")],
        id="a-works-title-in-marks-between-a-cue-and-its-comma",
    ),
    pytest.param(
        "„Wir sind froh“, sagen die Händler. „Endlich“, freute sich die Landrätin.",
        [
            ("direct", "Wir sind froh", "die Händler", "sagen"),
            ("direct", "Endlich", "die Landrätin", "freute sich"),
        ],
        id="a-plural-cue-after-a-quotation-and-a-feeling-voiced",
    ),
    pytest.param(
        "Die Stadt wies den Vorwurf zurück, sie habe den Markt zu spät abgesagt.",
        [("reported", "sie habe den Markt zu spät abgesagt", "Die Stadt", "wies zurück")],
        id="zurueckweisen-gives-the-grounds-after-its-comma",
    ),
    pytest.param(
        "Der Markt falle wegen des Sturms aus, so der Sprecher.",
        [("reported", "Der Markt falle wegen des Sturms aus", "der Sprecher", "so")],
        id="so-x-ends-the-sentence",
    ),
    pytest.param(
        "Der Markt falle aus, sagte der Landrat am Dienstag der „Zeit“.",
        [("reported", "Der Markt falle aus", "der Landrat", "sagte")],
        id="a-paper-in-marks-spoken-to-after-an-adjunct",
    ),
    pytest.param(
        "Der Markt falle aus, sagte der am Montag gewählte Landrat.",
        [("reported", "Der Markt falle aus", "der am Montag gewählte Landrat", "sagte")],
        id="a-time-inside-a-phrase-before-the-noun-of-a-source",
    ),
    pytest.param(
        "Der Markt falle aus, hieß es in einer am Montag verschickten Mitteilung der Stadt.",
        [("reported", "Der Markt falle aus", "der Stadt", "hieß es")],
        id="hiess-es-in-a-described-statement-of-a-body",
    ),
    pytest.param(
        "Das ist die Frage, ob der Rat noch handeln wird.",
        [("reported", "ob der Rat noch handeln wird", None, "Frage")],
        id="a-copula-is-no-support-verb",
    ),
    pytest.param(
        "Offen war die Frage, wer die Kosten der Brücke trägt.",
        [("reported", "wer die Kosten der Brücke trägt", None, "Frage")],
        id="a-copula-after-a-fronted-adjective-is-no-support-verb",
    ),
    pytest.param(
        "Der Rat hatte die Frage, ob die Satzung gilt, offen gelassen.",
        [("reported", "ob die Satzung gilt, offen gelassen", None, "Frage")],
        id="a-perfect-auxiliary-is-no-support-verb",
    ),
    pytest.param(
        "Die Werft besuchte am Montag der Landrat und sagte, der Umbau beginne im Mai.",
        [("reported", "der Umbau beginne im Mai", "der Landrat", "sagte")],
        id="a-fronted-object-and-the-subject-after-the-verb",
    ),
    pytest.param(
        "Die Kapitänin sagte, sie trete zurück.",
        [("reported", "sie trete zurück", "Die Kapitänin", "sagte")],
        id="a-listed-konjunktiv-with-a-past-ending-after-a-pronoun",
    ),
    pytest.param(
        (
            "Der Finanzminister sagte, dass der Haushalt für das kommende Jahr "
            "ausgeglichen sein werde."
        ),
        [
            (
                "reported",
                "der Haushalt für das kommende Jahr ausgeglichen sein werde",
                "Der Finanzminister",
                "sagte",
            )
        ],
        id="reported-dass",
    ),
    pytest.param(
        "Der Pfarrer Anton Brenner sagte, es gebe keinen Grund zur Sorge.",
        [("reported", "es gebe keinen Grund zur Sorge", "Anton Brenner", "sagte")],
        id="capitalised-article-before-a-role-and-name-is-no-name-particle",
    ),
    pytest.param(
        (
            "„Wir werden die Steuern in diesem Jahr nicht erhöhen“, sagte "
            "Finanzminister Peter Müller."
        ),
        [
            (
                "direct",
                "Wir werden die Steuern in diesem Jahr nicht erhöhen",
                "Peter Müller",
                "sagte",
            )
        ],
        id="low-high-marks",
    ),
    pytest.param(
        (
            "Die Bürgermeisterin Anna Schmidt erklärte: »Wir werden alle Schulen "
            "bis zum Jahresende sanieren.«"
        ),
        [
            (
                "direct",
                "Wir werden alle Schulen bis zum Jahresende sanieren.",
                "Anna Schmidt",
                "erklärte",
            )
        ],
        id="chevrons-colon",
    ),
    pytest.param(
        (
            "Die neue Brücke wird im Juli eröffnet. Dies teilte der Bürgermeister "
            "Hans Weber am Montag mit."
        ),
        [("reported", "Die neue Brücke wird im Juli eröffnet", "Hans Weber", "Dies teilte")],
        id="anaphoric-particle-verb",
    ),
    pytest.param(
        (
            "Der Sprecher der Stadt teilte mit, dass die Reparatur der Straße noch "
            "zwei Monate dauern werde."
        ),
        [
            (
                "reported",
                "die Reparatur der Straße noch zwei Monate dauern werde",
                "Der Sprecher der Stadt",
                "teilte mit",
            )
        ],
        id="particle-verb-speaker",
    ),
    pytest.param(
        "Der Minister sagte, die Lage an der Grenze sei unter Kontrolle.",
        [("reported", "die Lage an der Grenze sei unter Kontrolle", "Der Minister", "sagte")],
        id="konjunktiv-without-dass",
    ),
    pytest.param(
        "Gestern glaubte er fest, dass der Zug pünktlich ankommen werde.",
        [("reported", "der Zug pünktlich ankommen werde", "er", "glaubte")],
        id="inverted-subject-dass",
    ),
    pytest.param(
        "Am Abend hieß es, der Bahnhof bleibe bis Montag geschlossen.",
        [("reported", "der Bahnhof bleibe bis Montag geschlossen", None, "hieß es")],
        id="heisst-es-konjunktiv",
    ),
    pytest.param(
        "Der Verein hofft, den neuen Platz noch im Sommer eröffnen zu können.",
        [
            (
                "reported",
                "den neuen Platz noch im Sommer eröffnen zu können",
                "Der Verein",
                "hofft",
            )
        ],
        id="infinitive-complement",
    ),
    pytest.param(
        "Die Gemeinde wurde gefragt, ob die Brücke noch sicher sei.",
        [("reported", "ob die Brücke noch sicher sei", None, "wurde gefragt")],
        id="passive-ob-question",
    ),
    pytest.param(
        "Wie verlautet, soll die Schule im Herbst erweitert werden.",
        [("reported", "soll die Schule im Herbst erweitert werden", None, "verlautet")],
        id="wie-verlautet-without-source",
    ),
    pytest.param(
        "Die Nachricht, daß der Hafen gesperrt sei; sie kam spät.",
        [("reported", "der Hafen gesperrt sei", None, "Nachricht")],
        id="noun-cue-old-spelling",
    ),
    pytest.param(
        '„Wir bauen die Brücke im Sommer neu "sagte der Sprecher Karl Bauer.',
        [("direct", "Wir bauen die Brücke im Sommer neu", "Karl Bauer", "sagte")],
        id="straight-mark-closes-low-mark",
    ),
    pytest.param(
        "Die Kurse der Woche sind: Weizen „12 1 / 2 13 ditto und Roggen „4% 57 1 / 2 ditto.",
        [],
        id="ditto-marks-in-a-price-table",
    ),
    pytest.param(
        "Wechselkurse der Woche:\n\nHafenactien 820 815 ditto „ 120 fl. Loose b. Lornb. 47 46 "
        "Valmont Thlr. 52 k. S.\n\nDer Markt blieb ruhig.",
        [],
        id="ditto-mark-before-a-row-of-abbreviations-and-figures",
    ),
    pytest.param(
        "Der Vorstand hatte seinen Mitgliedern zu berichten, dass die Kasse leer sei.",
        [("reported", "die Kasse leer sei", "Der Vorstand", "berichten")],
        id="zu-infinitive-cue",
    ),
    pytest.param(
        "Er will, wie der Kritiker Paul Roth sagt, nichts Neues mehr erfinden.",
        [
            ("reported", "Er will", "Paul Roth", "sagt"),
            ("reported", "nichts Neues mehr erfinden", "Paul Roth", "sagt"),
        ],
        id="wie-x-sagt-parenthetical",
    ),
    pytest.param(
        "Ob der Plan gelingt, weiß niemand.",
        [("reported", "Ob der Plan gelingt", None, "weiß")],
        id="fronted-ob-clause",
    ),
    pytest.param(
        "Man weiß wie viele Fehler die erste Regierung beging.",
        [("reported", "wie viele Fehler die erste Regierung beging", "Man", "weiß")],
        id="question-word-without-comma",
    ),
    pytest.param(
        "Er gestand aber offen, daß er den Brief verbrannt habe.",
        [("reported", "er den Brief verbrannt habe", "Er", "gestand")],
        id="adverb-conjunction-before-dass",
    ),
    pytest.param(
        "Die Firma baut keine Schiffe mehr, erklärte aber den Hafen für wichtig.",
        [],
        id="coordinated-verb-is-no-inverted-attribution",
    ),
    pytest.param(
        "Weil der Wirt glaubte, der Gast sei abgereist, schloss er die Tür.",
        [("reported", "der Gast sei abgereist", "der Wirt", "glaubte")],
        id="complement-ends-before-verb-and-subject",
    ),
    pytest.param(
        "Wer behauptet, die Schule sei überflüssig, ist im Unrecht.",
        [("reported", "die Schule sei überflüssig", None, "behauptet")],
        id="complement-ends-before-finite-auxiliary",
    ),
    pytest.param(
        "Man glaubte, der Zug komme bald, regte sich aber nicht.",
        [("reported", "der Zug komme bald", "Man", "glaubte")],
        id="complement-ends-before-verb-and-reflexive",
    ),
    pytest.param(
        "Der Minister sagte, die Lage sei ernst. Die Regierung habe alles getan. Morgen regnet es.",
        [
            ("reported", "die Lage sei ernst", "Der Minister", "sagte"),
            ("reported", "Die Regierung habe alles getan", "Der Minister", "sagte"),
        ],
        id="konjunktiv-sentence-continues-the-report",
    ),
    pytest.param(
        "Der Minister sagte, die Lage sei ernst. Er reiste dann ab, weil es spät sei.",
        [("reported", "die Lage sei ernst", "Der Minister", "sagte")],
        id="konjunktiv-only-in-a-subclause-continues-nothing",
    ),
    pytest.param(
        "Die Brücke bleibt gesperrt. Das sagte Bürgermeister Jo Roe am Montag. Er sei"
        " zuversichtlich, dass sie im Mai öffne.",
        [
            ("reported", "Die Brücke bleibt gesperrt", "Jo Roe", "Das sagte"),
            ("reported", "Er sei zuversichtlich, dass sie im Mai öffne", "Jo Roe", "Das sagte"),
        ],
        id="konjunktiv-sentence-continues-the-report-of-an-anaphoric-cue-sentence",
    ),
    pytest.param(
        "Jo Roe leitet den Hafen. Es kann versichert werden, dass die Lage ruhig ist.",
        [("reported", "die Lage ruhig ist", None, "versichert")],
        id="es-before-a-passive-participle-cue-names-no-one",
    ),
    pytest.param(
        "Jo Roe leitet den Hafen. Es heißt, die Brücke sei gesperrt.",
        [("reported", "die Brücke sei gesperrt", None, "heißt")],
        id="es-heisst-names-no-one",
    ),
    pytest.param(
        "Jo Roe, der Bürgermeister von Lornport, kam am Montag. Er sagte, die Brücke sei gesperrt.",
        [("reported", "die Brücke sei gesperrt", "Jo Roe", "sagte")],
        id="er-after-a-name-with-an-apposition-of-the-article-der",
    ),
    pytest.param(
        "Jo Roe, der Sprecher der Stadt Lornport, kam am Montag. Er sagte, die Brücke sei"
        " gesperrt.",
        [("reported", "die Brücke sei gesperrt", "Jo Roe", "sagte")],
        id="er-after-a-name-with-an-apposition-of-a-genitive",
    ),
    pytest.param(
        "Jo Roe, der Lornport regiert, kam am Montag. Er sagte, die Brücke sei gesperrt.",
        [("reported", "die Brücke sei gesperrt", "Er", "sagte")],
        id="a-relative-clause-of-der-tells-no-apposition",
    ),
    pytest.param(
        "Die Stadtverwaltung prüfte den Fall. Der Schaden sei gering, teilte sie mit.",
        [("reported", "Der Schaden sei gering", "Die Stadtverwaltung", "teilte mit")],
        id="sie-is-a-body-named-by-a-compound-on-verwaltung",
    ),
    pytest.param(
        "Die Betreibergesellschaft prüfte den Fall. Der Schaden sei gering, teilte sie mit.",
        [("reported", "Der Schaden sei gering", "Die Betreibergesellschaft", "teilte mit")],
        id="sie-is-a-body-named-by-a-compound-on-gesellschaft",
    ),
    pytest.param(
        "Laut einer Aussendung der Gemeinde beginnen die Arbeiten im Juni.",
        [("reported", "beginnen die Arbeiten im Juni", "der Gemeinde", "Laut einer Aussendung")],
        id="laut-einer-aussendung-is-a-source-phrase",
    ),
    pytest.param(
        "In einem Vermerk, der dem Blatt vorliegt, warnen Fachleute vor hohen Kosten.",
        [],
        id="a-fronted-adjunct-with-a-relative-clause-is-no-content",
    ),
    pytest.param(
        "Für Familien, die hier wohnen, sagte Bürgermeisterin Jo Roe, werde die neue Fähre "
        "eine große Erleichterung sein.",
        [
            ("reported", "Für Familien, die hier wohnen", "Jo Roe", "sagte"),
            (
                "reported",
                "werde die neue Fähre eine große Erleichterung sein",
                "Jo Roe",
                "sagte",
            ),
        ],
        id="a-fronted-phrase-with-a-relative-clause-is-the-first-piece-where-the-verb-follows",
    ),
    pytest.param(
        "Die Preise steigen, wie Jo Roe sagte, der das Amt seit 2020 führt.",
        [("reported", "Die Preise steigen", "Jo Roe", "sagte")],
        id="a-relative-clause-on-the-source-after-wie-x-sagte-is-no-content",
    ),
    pytest.param(
        "Die Stadt wolle, wie Bürgermeisterin Jo Roe sagte, die meisten Fähren bis 2027 "
        "abschaffen.",
        [
            ("reported", "Die Stadt wolle", "Jo Roe", "sagte"),
            ("reported", "die meisten Fähren bis 2027 abschaffen", "Jo Roe", "sagte"),
        ],
        id="an-article-after-wie-x-sagte-goes-on-a-first-piece-ending-in-its-auxiliary",
    ),
    pytest.param(
        "Der Redner blickte auf eine Zeit zurück, die längst vergangen war ». Dann schwieg er.",
        [],
        id="detached-closing-mark-opens-nothing",
    ),
    pytest.param(
        "Sie wählte das Stück „Eingang in den Stadtpark“, eine Radierung von Anna Roth.",
        [],
        id="title-in-marks-amid-a-sentence",
    ),
    pytest.param(
        "Dann fragte er den Wirt: Wer kommt heute noch? Niemand antwortete.",
        [("direct", "Wer kommt heute noch", "er", "fragte")],
        id="colon-words-without-marks",
    ),
    pytest.param(
        "Er unterbrach ihn mit der Bemerkung: Das Amt ist frei.",
        [("direct", "Das Amt ist frei", "Er", "Bemerkung")],
        id="noun-cue-colon-words",
    ),
    pytest.param(
        "Man hört einen leisen Laut im Keller, die Katze ist wohl unten.",
        [],
        id="laut-as-a-noun-is-no-source",
    ),
    pytest.param(
        "Dabei erfuhr ich, daß ein Schiff bei Lornstadt liegen solle.",
        [("reported", "ein Schiff bei Lornstadt liegen solle", "ich", "erfuhr")],
        id="lowercase-cue-after-pronominal-adverb-is-a-verb",
    ),
    pytest.param(
        "Man kann jetzt nicht wissen, welche Fähre im Winter fährt.",
        [("reported", "welche Fähre im Winter fährt", "Man", "wissen")],
        id="question-word-welche-after-a-verb",
    ),
    pytest.param(
        "Der Verein erzählte die Geschichte, welche alle schon kannten.",
        [],
        id="relative-welche-after-a-noun",
    ),
    pytest.param(
        "Der Wirt glaubte, der Gast, der gestern kam, sei abgereist.",
        [("reported", "der Gast, der gestern kam, sei abgereist", "Der Wirt", "glaubte")],
        id="konjunktiv-after-a-relative-clause",
    ),
    pytest.param(
        "Der Brief kam am 1. März an, sagte Hans Ebner.",
        [("reported", "Der Brief kam am 1. März an", "Hans Ebner", "sagte")],
        id="ordinal-full-stop-ends-no-sentence",
    ),
    pytest.param(
        "Es ist undenkbar, dass der Rat die Steuer noch einmal erhöht.",
        [("reported", "der Rat die Steuer noch einmal erhöht", None, "undenkbar")],
        id="adjective-of-thought-with-dass",
    ),
    pytest.param(
        "Der Minister bat die Länder gestern, die alten Regeln für Bauern abzuschaffen.",
        [("reported", "die alten Regeln für Bauern abzuschaffen", "Der Minister", "bat")],
        id="infinitive-with-the-particle-inside-the-word",
    ),
    pytest.param(
        "Der Verband hat es abgelehnt, die Summe anzugeben, die er verlangt.",
        [],
        id="infinitive-after-a-non-cue-verb-is-no-quote",
    ),
    pytest.param(
        "Der Arzt hat nachgewiesen, dass das Wasser im Mai verunreinigt war.",
        [("reported", "das Wasser im Mai verunreinigt war", "Der Arzt", "hat nachgewiesen")],
        id="participle-cue-with-dass",
    ),
    pytest.param(
        "Der Park, den die Bürger forderten, ist nun fertig.",
        [],
        id="verb-final-relative-clause-no-quote",
    ),
    pytest.param(
        ("Laut dem Bürgermeister wird die neue Brücke über den Fluss schon im Juli eröffnet."),
        [
            (
                "reported",
                "wird die neue Brücke über den Fluss schon im Juli eröffnet",
                "dem Bürgermeister",
                "Laut",
            )
        ],
        id="laut-without-comma",
    ),
    pytest.param(
        "Der Redner sprach sehr lange, und der Saal sei danach fast leer gewesen.",
        [],
        id="conjunction-after-cue-opens-no-complement",
    ),
    pytest.param(
        "Die Ministerin schrieb den Reedern, um sie vor dem Winter zu beruhigen.",
        [],
        id="purpose-infinitive-is-no-complement",
    ),
    pytest.param(
        "Der Bote hat gestern ein Unglück gemeldet, welches die ganze Stadt in große Sorge "
        "versetzt hat.",
        [],
        id="welches-relative-after-cue",
    ),
    pytest.param(
        "Der Lehrer fragte, welche Schüler an dem Ausflug in die Berge teilnehmen würden.",
        [
            (
                "reported",
                "welche Schüler an dem Ausflug in die Berge teilnehmen würden",
                "Der Lehrer",
                "fragte",
            )
        ],
        id="welche-with-noun-is-a-question",
    ),
    pytest.param(
        "Der Bauer meinte, die Ernte sei verloren, und am Abend regnete es endlich.",
        [("reported", "die Ernte sei verloren", "Der Bauer", "meinte")],
        id="und-indicative-main-clause-ends-report",
    ),
    pytest.param(
        "Der Bauer meinte, die Ernte sei verloren, und der Winter werde hart.",
        [("reported", "die Ernte sei verloren, und der Winter werde hart", "Der Bauer", "meinte")],
        id="und-konjunktiv-continues-report",
    ),
    pytest.param(
        "Der Verband bat die Stadt, den Familien rasch zu helfen, denen es im Winter "
        "an Holz fehlt.",
        [
            (
                "reported",
                "den Familien rasch zu helfen, denen es im Winter an Holz fehlt",
                "Der Verband",
                "bat",
            )
        ],
        id="relative-denen-inside-complement",
    ),
    pytest.param(
        "Der Minister erklärte, dass Graf v. Holm am Montag in der Stadt eintreffen werde.",
        [
            (
                "reported",
                "Graf v. Holm am Montag in der Stadt eintreffen werde",
                "Der Minister",
                "erklärte",
            )
        ],
        id="abbreviated-von-ends-no-sentence",
    ),
    pytest.param(
        "Der Landrat sagte im „Stadtbote“-Interview, die Brücke sei sicher.",
        [("reported", "die Brücke sei sicher", "Der Landrat", "sagte")],
        id="name-in-marks-joined-to-noun-is-one-word",
    ),
    pytest.param(
        "Die Brücke sei sicher, sagte der Landrat im „Stadtbote“-Interview.",
        [("reported", "Die Brücke sei sicher", "der Landrat", "sagte")],
        id="name-in-marks-joined-to-noun-ends-inverted-speaker",
    ),
    pytest.param(
        "Die Brücke sei sicher, sagte Stadträtin v. Lind.",
        [("reported", "Die Brücke sei sicher", "Stadträtin v. Lind", "sagte")],
        id="abbreviated-von-inside-inverted-speaker",
    ),
    pytest.param(
        "„Die Brücke ist sicher“, sagte Eva v. Lind.",
        [("direct", "Die Brücke ist sicher", "Eva v. Lind", "sagte")],
        id="abbreviated-von-inside-speaker-after-direct",
    ),
    pytest.param(
        "Die Brücke sei sicher, sagte Frhr. v. Lind. Der Rat stimmte zu.",
        [("reported", "Die Brücke sei sicher", "Frhr. v. Lind", "sagte")],
        id="abbreviated-freiherr-ends-no-sentence",
    ),
    pytest.param(
        "Der Zaun sei zu niedrig, sagte v. Lind.",
        [("reported", "Der Zaun sei zu niedrig", "v. Lind", "sagte")],
        id="an-abbreviated-von-opens-an-inverted-cue-s-speaker",
    ),
    pytest.param(
        "Der Wirt sagte, die Straße sei gesperrt; er selbst habe den Umweg nehmen müssen.",
        [
            (
                "reported",
                "die Straße sei gesperrt; er selbst habe den Umweg nehmen müssen",
                "Der Wirt",
                "sagte",
            )
        ],
        id="semicolon-konjunktiv-continues-report",
    ),
    pytest.param(
        "Der Wirt sagte, die Straße sei gesperrt; am Abend kam der Schneepflug.",
        [("reported", "die Straße sei gesperrt", "Der Wirt", "sagte")],
        id="semicolon-indicative-ends-report",
    ),
    pytest.param(
        "Der Bote meldete, der Pass sei verschneit: die Händler müsse man warnen.",
        [
            (
                "reported",
                "der Pass sei verschneit: die Händler müsse man warnen",
                "Der Bote",
                "meldete",
            )
        ],
        id="colon-konjunktiv-continues-report",
    ),
    pytest.param(
        "Der Markt war ruhig. Wie gemeldet wird, soll die Brücke im Frühjahr erneuert werden.",
        [
            (
                "reported",
                "soll die Brücke im Frühjahr erneuert werden",
                None,
                "gemeldet",
            )
        ],
        id="verb-final-wie-passive-fronted",
    ),
    pytest.param(
        "Auch die Nachbardörfer sollen, wie glaubhaft mitgeteilt wird, den Plan ablehnen.",
        [
            ("reported", "Auch die Nachbardörfer sollen", None, "mitgeteilt wird"),
            ("reported", "den Plan ablehnen", None, "mitgeteilt wird"),
        ],
        id="verb-final-wie-parenthesis-splits-report",
    ),
    pytest.param(
        "Die Fähre, die im Hafen liegt, wie sie gebaut wurde, bleibt ein Wunder.",
        [],
        id="verb-final-wie-after-relative-clause-no-report",
    ),
    pytest.param(
        "Nach einem Bericht der Landeszeitung ist die alte Mühle im Herbst abgebrannt.",
        [
            (
                "reported",
                "ist die alte Mühle im Herbst abgebrannt",
                "der Landeszeitung",
                "Nach einem Bericht",
            )
        ],
        id="nach-bericht-without-comma",
    ),
    pytest.param(
        "Der Chronist schrieb ausführlich über die alte Mühle, wo er als Knabe gespielt hatte.",
        [],
        id="wo-after-noun-is-relative-no-report",
    ),
    pytest.param(
        "Der Fremde fragte in Bremen, wo man das Schiff nach Amerika besteigen könne.",
        [
            (
                "reported",
                "wo man das Schiff nach Amerika besteigen könne",
                "Der Fremde",
                "fragte",
            )
        ],
        id="question-after-place-is-report",
    ),
    pytest.param(
        "Als der Arzt z. B. die Kinder untersuchte, sagte er, dass sie gesund seien.",
        [("reported", "sie gesund seien", "er", "sagte")],
        id="fronted-clause-then-cue-with-dass",
    ),
    pytest.param(
        "Der Abend war lang. Was Sie über die Ernte mitteilen, dürfte die Leser freuen.",
        [],
        id="was-clause-then-main-clause-no-report",
    ),
    pytest.param(
        "Der Abend war lang. Wer behauptet, die Ernte sei verloren, irrt sich.",
        [("reported", "die Ernte sei verloren", None, "behauptet")],
        id="wer-clause-keeps-its-complement",
    ),
    pytest.param(
        "Im Sommer spielte das Theater sein neues Singspiel: „Die Müller vom Rhein“ mit "
        "großem Erfolg.",
        [],
        id="title-after-colon-amid-sentence-no-quote",
    ),
    pytest.param(
        "Der Wirt erwiderte auf unsere Frage mit großer Ruhe: „Morgen fährt kein Schiff“ "
        "und ging hinaus.",
        [("direct", "Morgen fährt kein Schiff", None, None)],
        id="quotation-after-cue-and-colon-stays-speech",
    ),
    pytest.param(
        "Der Stadtrat verspricht die neue Tafel am Rathaus bald anbringen zu lassen.",
        [
            (
                "reported",
                "die neue Tafel am Rathaus bald anbringen zu lassen",
                "Der Stadtrat",
                "verspricht",
            )
        ],
        id="infinitive-complement-without-comma",
    ),
    pytest.param(
        "Die Lotsin sagte in diesem Moment zu Birte.",
        [],
        id="zu-before-a-name-is-no-infinitive",
    ),
    pytest.param(
        "Die Tür ging auf. Aus dem Dunkel kam die Stimme: „Dein Hof, Dein Vieh!“ "
        "Dann war es still.",
        [("direct", "Dein Hof, Dein Vieh!", None, None)],
        id="capitalised-exclamation-is-speech-not-title",
    ),
    pytest.param(
        "Für die Bauern gab es nur eine Parole: Kein Korn an die Händler! Danach gingen alle heim.",
        [("direct", "Kein Korn an die Händler", None, "Parole")],
        id="parole-colon-words",
    ),
    pytest.param(
        "Der Müller sagte, das Korn sei knapp. Der Preis betrage schon zehn Taler.",
        [
            ("reported", "das Korn sei knapp", "Der Müller", "sagte"),
            ("reported", "Der Preis betrage schon zehn Taler", "Der Müller", "sagte"),
        ],
        id="konjunktiv-betrage-continues-report",
    ),
    pytest.param(
        "Im Rat stellte sich bald die Frage, ob die Brücke noch vor dem Winter fertig werde.",
        [("reported", "ob die Brücke noch vor dem Winter fertig werde", None, "Frage")],
        id="frage-noun-takes-question",
    ),
    pytest.param(
        "Für den Bau kommen nur zwei Firmen in Frage, die anderen sind zu klein.",
        [],
        id="in-frage-is-no-cue",
    ),
    pytest.param(
        "Der Bote erwiderte, er weise jede Schuld an dem Unglück von sich.",
        [
            (
                "reported",
                "er weise jede Schuld an dem Unglück von sich",
                "Der Bote",
                "erwiderte",
            )
        ],
        id="konjunktiv-by-ending-after-pronoun",
    ),
    pytest.param(
        "Der Bote sagte, die Straße sei gesperrt. Er suche seit dem Morgen nach Hilfe.",
        [
            ("reported", "die Straße sei gesperrt", "Der Bote", "sagte"),
            ("reported", "Er suche seit dem Morgen nach Hilfe", "Der Bote", "sagte"),
        ],
        id="konjunktiv-by-ending-continues-report",
    ),
    pytest.param(
        "Der Bote sagte, die Straße sei gesperrt. Er suchte seit dem Morgen nach Hilfe.",
        [("reported", "die Straße sei gesperrt", "Der Bote", "sagte")],
        id="past-te-ends-report",
    ),
    pytest.param(
        "Der Winter war mild, und so erklärt es sich, dass die Ernte so früh begann.",
        [],
        id="impersonal-es-sich-is-no-speech",
    ),
    pytest.param(
        "Der Fährmann öffnete nicht. Auf seine Frage: Wohin? hieß es nur: zum Hafen!",
        [
            ("direct", "Wohin", None, "Frage"),
            ("direct", "zum Hafen", None, "hieß es"),
        ],
        id="colon-words-end-at-question-mark",
    ),
    pytest.param(
        "Der Arzt riet dem Kranken, die Reise bis zum Frühjahr zu verschieben.",
        [("reported", "die Reise bis zum Frühjahr zu verschieben", "Der Arzt", "riet")],
        id="riet-advice-verb",
    ),
    pytest.param(
        (
            "Der Bürgermeister schlug dem Stadtrat am Montag vor, die Gebühren für das "
            "Parken deutlich zu erhöhen."
        ),
        [
            (
                "reported",
                "die Gebühren für das Parken deutlich zu erhöhen",
                "Der Bürgermeister",
                "schlug vor",
            )
        ],
        id="separable-cue-particle-at-clause-end",
    ),
    pytest.param(
        (
            "Die Ministerin wies die Abgeordneten gestern darauf hin, dass die Kassen des "
            "Landes leer seien."
        ),
        [("reported", "die Kassen des Landes leer seien", "Die Ministerin", "wies hin")],
        id="separable-cue-wies-hin",
    ),
    pytest.param(
        "Der Wirt schlug mit der Faust auf den Tisch, und die Gäste verstummten sofort.",
        [],
        id="separable-stem-without-particle-no-cue",
    ),
    pytest.param(
        "Die neue Steuer rief bei den Händlern heftige Proteste hervor, sie sei ungerecht.",
        [],
        id="cue-verb-with-foreign-particle-no-cue",
    ),
    pytest.param(
        "Die Sprecherin gab auf die Frage zurück, dass der Termin nicht verschoben werde.",
        [("reported", "der Termin nicht verschoben werde", "Die Sprecherin", "gab zurück")],
        id="separable-cue-gab-zurueck-replies",
    ),
    pytest.param(
        "Der alte Fischer weiß von den Stürmen der Vergangenheit viel zu erzählen, und "
        "die Kinder hören zu.",
        [],
        id="weiss-zu-ability-no-cue",
    ),
    pytest.param(
        "Der Kanzler weiß, dass die Wahl schwierig werden wird.",
        [("reported", "die Wahl schwierig werden wird", "Der Kanzler", "weiß")],
        id="weiss-dass-knowledge-cue",
    ),
    pytest.param(
        "Als der Bürgermeister erklärte, dass die Brücke gesperrt werde, protestierten die "
        "Pendler vor dem Rathaus.",
        [("reported", "die Brücke gesperrt werde", "der Bürgermeister", "erklärte")],
        id="main-clause-verb-after-comma-ends-complement",
    ),
    pytest.param(
        "Der Sprecher sagte, dass die Schuld allein die Regierung trage, nicht die Opposition.",
        [
            (
                "reported",
                "die Schuld allein die Regierung trage, nicht die Opposition",
                "Der Sprecher",
                "sagte",
            )
        ],
        id="adverb-after-comma-is-no-finite-verb",
    ),
    pytest.param(
        "Der Verein teilte im Herbst, wie jedes Jahr, die Ernte unter den Mitgliedern.",
        [],
        id="teilte-without-mit-no-cue",
    ),
    pytest.param(
        "Der Minister teilte den Journalisten am Montag mit, dass die Steuer steige.",
        [("reported", "die Steuer steige", "Der Minister", "teilte mit")],
        id="teilte-split-mit-cue",
    ),
    pytest.param(
        "Die Gewerkschaft nehme die Reisenden in Geiselhaft, so Verbandschef Ralf Beier.",
        [
            (
                "reported",
                "Die Gewerkschaft nehme die Reisenden in Geiselhaft",
                "Ralf Beier",
                "so",
            )
        ],
        id="so-source-tail",
    ),
    pytest.param(
        "Die Mieten seien stark gestiegen, so der Präsident des Vereins, Karl Hofer.",
        [("reported", "Die Mieten seien stark gestiegen", "Karl Hofer", "so")],
        id="so-source-tail-apposition",
    ),
    pytest.param(
        "Die Preise seien stark gestiegen, so dass viele Familien sparen müssten.",
        [],
        id="so-dass-no-source",
    ),
    pytest.param(
        "Hofer zufolge sollen die Mieten im kommenden Jahr wieder sinken.",
        [("reported", "sollen die Mieten im kommenden Jahr wieder sinken", "Hofer", "zufolge")],
        id="zufolge-opener",
    ),
    pytest.param(
        "Die Mieten sollen wieder sinken, dem Minister zufolge.",
        [("reported", "Die Mieten sollen wieder sinken", "dem Minister", "zufolge")],
        id="zufolge-tail",
    ),
    pytest.param(
        "Familien verbringen einer Umfrage zufolge mehr Zeit im Garten.",
        [],
        id="zufolge-mid-clause-no-frame",
    ),
    pytest.param(
        "Die Lage sei ernst, hieß es.",
        [("reported", "Die Lage sei ernst", None, "hieß es")],
        id="hiess-es-tail",
    ),
    pytest.param(
        "Die Lage sei ernst, hieß es aus Kreisen der Regierung.",
        [("reported", "Die Lage sei ernst", "Kreisen der Regierung", "hieß es")],
        id="hiess-es-aus-tail",
    ),
    pytest.param(
        "Als die Gäste kamen, hieß es, die Feier werde abgesagt.",
        [("reported", "die Feier werde abgesagt", None, "hieß es")],
        id="hiess-es-before-content",
    ),
    pytest.param(
        "Nach den Worten von Polizeipräsident Jörg Roth wird es zusätzliche Kontrollen geben.",
        [
            (
                "reported",
                "wird es zusätzliche Kontrollen geben",
                "Jörg Roth",
                "Nach den Worten von",
            )
        ],
        id="nach-den-worten-von",
    ),
    pytest.param(
        "„Wir verdoppeln das Angebot“, sagte Ministerin Eva Roth. Die Fahrzeit solle sich "
        "um eine Stunde verkürzen.",
        [
            ("direct", "Wir verdoppeln das Angebot", "Eva Roth", "sagte"),
            (
                "reported",
                "Die Fahrzeit solle sich um eine Stunde verkürzen",
                "Eva Roth",
                "sagte",
            ),
        ],
        id="konjunktiv-continues-direct-quote",
    ),
    pytest.param(
        "Verdi-Chefin Anna Roth verteidigte den Streik. Die Beschäftigten hätten lange "
        "gewartet, sagte sie.",
        [("reported", "Die Beschäftigten hätten lange gewartet", "Anna Roth", "sagte")],
        id="pronoun-names-person-printed-with-role",
    ),
    pytest.param(
        "„Wir danken Anna Roth“, sagte er.",
        [("direct", "Wir danken Anna Roth", "er", "sagte")],
        id="pronoun-not-a-name-inside-the-quote",
    ),
    pytest.param(
        "Eine Sprecherin der Polizeidirektion Hannover bedankte sich. „Ohne Sie hätten wir "
        "das Kind nicht gefunden“, sagte sie.",
        [
            (
                "direct",
                "Ohne Sie hätten wir das Kind nicht gefunden",
                "Eine Sprecherin der Polizeidirektion Hannover",
                "sagte",
            )
        ],
        id="pronoun-not-the-body-a-role-is-of",
    ),
    pytest.param(
        "Gesundheitsministerin Eva Roth besuchte eine Klinik. Man solle viel trinken, riet "
        "die Ministerin.",
        [("reported", "Man solle viel trinken", "Eva Roth", "riet")],
        id="role-description-by-compound-head",
    ),
    pytest.param(
        "Bundeskanzler Olaf Roth besuchte die Werft. „Wir stehen an Ihrer Seite“, sagte der "
        "67-Jährige.",
        [("direct", "Wir stehen an Ihrer Seite", "Olaf Roth", "sagte")],
        id="epithet-names-person-named-last",
    ),
    pytest.param(
        "„Die Rente bleibt sicher“, sagte der CDU-Politiker Olaf Roth. „Das verspreche ich“, "
        "sagte der Kanzler Hans Beck. „Nein“, sagte der CDU-Politiker.",
        [
            ("direct", "Die Rente bleibt sicher", "Olaf Roth", "sagte"),
            ("direct", "Das verspreche ich", "Hans Beck", "sagte"),
            ("direct", "Nein", "Olaf Roth", "sagte"),
        ],
        id="epithet-by-role-printed-before",
    ),
    pytest.param(
        "Hafenminister Jo Roe eröffnete die Mole. „Die Mole hält“, sagte er. „Das Wasser ist "
        "zu kalt“, sagte der Arzt.",
        [
            ("direct", "Die Mole hält", "Jo Roe", "sagte"),
            ("direct", "Das Wasser ist zu kalt", "der Arzt", "sagte"),
        ],
        id="a-role-noun-alone-is-no-epithet-of-another-role-s-holder",
    ),
    pytest.param(
        "Lornbund-Chef Jo Roe eröffnete die Mole. „Die Mole hält“, sagte der Politiker.",
        [("direct", "Die Mole hält", "Jo Roe", "sagte")],
        id="a-generic-epithet-names-the-one-person-in-reach",
    ),
    pytest.param(
        "Jo Roe lobte den Chor. Der Kantor hielt die Probe, weil der Saal kalt war, für "
        "zu kurz und sagte, der Chor brauche mehr Zeit.",
        [("reported", "der Chor brauche mehr Zeit", "Der Kantor", "sagte")],
        id="a-clause-embedded-in-the-first-predicate-keeps-its-subject",
    ),
    pytest.param(
        "Die Fähre fällt aus, berichtete die liberale „Lornpost“.",
        [("reported", "Die Fähre fällt aus", "Lornpost", "berichtete")],
        id="an-adjective-between-the-article-and-a-paper-in-marks-after-the-cue",
    ),
    pytest.param(
        "In ihrer Wochenendausgabe schreibt die britische „Lorn Gazette“: „Die Pier ist zu kurz.“",
        [("direct", "Die Pier ist zu kurz.", "Lorn Gazette", "schreibt")],
        id="an-adjective-before-a-paper-in-marks-after-an-inverted-cue",
    ),
    pytest.param(
        "Wie die konservative „Lornpost“ berichtet, bleibt der Obstgarten geschlossen.",
        [("reported", "bleibt der Obstgarten geschlossen", "Lornpost", "berichtet")],
        id="an-adjective-before-a-paper-in-marks-in-an-as-clause",
    ),
    pytest.param(
        "Bürgermeisterin Anna Berger eröffnete den Bahnhof. „Der Zug fällt aus“, meldete der "
        "Lautsprecher.",
        [("direct", "Der Zug fällt aus", "der Lautsprecher", "meldete")],
        id="a-thing-on-a-role-head-is-no-epithet",
    ),
    pytest.param(
        "Nach Einschätzung von Fachleuten bleibt der Hafen bis Juni geschlossen.",
        [
            (
                "reported",
                "bleibt der Hafen bis Juni geschlossen",
                "Fachleuten",
                "Nach Einschätzung von",
            )
        ],
        id="source-phrase-noun-is-no-part-of-a-name",
    ),
    pytest.param(
        "Die Ministerin sagte, die Fähre fahre im Juni wieder.",
        [("reported", "die Fähre fahre im Juni wieder", "Die Ministerin", "sagte")],
        id="konjunktiv-by-its-ending-after-a-noun-subject",
    ),
    pytest.param(
        "„Der Zug fällt aus“, teilte die ukrainische Bahn mit.",
        [("direct", "Der Zug fällt aus", "die ukrainische Bahn", "teilte mit")],
        id="capitalised-noun-after-adjective-is-no-name",
    ),
    pytest.param(
        "Daraufhin erklärte die Ministerin, sie werde zurücktreten.",
        [("reported", "sie werde zurücktreten", "die Ministerin", "erklärte")],
        id="pronominal-adverb-prefield-is-no-subject",
    ),
    pytest.param(
        "Die Lage sei ernst, sagte Klaus Roth dem Redaktionsnetzwerk Deutschland.",
        [("reported", "Die Lage sei ernst", "Klaus Roth", "sagte")],
        id="outlet-after-name-is-addressee",
    ),
    pytest.param(
        "Das sei ein Erfolg, sagte ein Sprecher des Verbands der Deutschen Presse-Agentur.",
        [("reported", "Das sei ein Erfolg", "ein Sprecher des Verbands", "sagte")],
        id="outlet-after-genitive-is-addressee",
    ),
    pytest.param(
        "Laut dem Statistischen Landesamt (LSA) stiegen die Mieten um zwei Prozent.",
        [
            (
                "reported",
                "stiegen die Mieten um zwei Prozent",
                "Statistischen Landesamt",
                "Laut",
            )
        ],
        id="laut-source-with-bracketed-acronym",
    ),
    pytest.param(
        "Die Werke blieben offen, wie der Konzern am Dienstag in Wolfsburg mitteilte.",
        [("reported", "Die Werke blieben offen", "der Konzern", "mitteilte")],
        id="place-after-time-in-a-mention",
    ),
    pytest.param(
        ("Der Plan komme zu spät, sagte der Verkehrssprecher der Linken, Jonas Becker, im Radio."),
        [("reported", "Der Plan komme zu spät", "Jonas Becker", "sagte")],
        id="compound-role-then-apposed-name",
    ),
    pytest.param(
        (
            "„Wir sind empört“, sagt Vereinschefin Maria Hofer. Stadtkämmerer Lukas Berg "
            "verteidigte den Plan. Die Stadt müsse sparen, erklärte er."
        ),
        [
            ("direct", "Wir sind empört", "Maria Hofer", "sagt"),
            ("reported", "Die Stadt müsse sparen", "Lukas Berg", "erklärte"),
        ],
        id="compound-role-names-the-pronouns-antecedent",
    ),
    pytest.param(
        "Nach der Sitzung sagte die Ministerin, man habe sich auf einen Kompromiss geeinigt.",
        [
            (
                "reported",
                "man habe sich auf einen Kompromiss geeinigt",
                "die Ministerin",
                "sagte",
            )
        ],
        id="fronted-prepositional-phrase-subject-after-the-verb",
    ),
    pytest.param(
        "Wörtlich sagte der Trainer: „Wir haben heute verdient verloren.“",
        [("direct", "Wir haben heute verdient verloren.", "der Trainer", "sagte")],
        id="fronted-adverb-subject-after-the-verb",
    ),
    pytest.param(
        "Gleich zu Beginn stellte die Richterin fest, die Klage sei zulässig.",
        [("reported", "die Klage sei zulässig", "die Richterin", "stellte fest")],
        id="fronted-adverb-and-phrase-subject-after-the-verb",
    ),
    pytest.param(
        "Als die Zahlen vorlagen, erklärte der Finanzminister, das Defizit sei zu hoch.",
        [("reported", "das Defizit sei zu hoch", "der Finanzminister", "erklärte")],
        id="fronted-adverbial-clause-is-no-content",
    ),
    pytest.param(
        "Wenn es dabei bleibe, sagte der Minister, werde das Land klagen.",
        [
            ("reported", "Wenn es dabei bleibe", "der Minister", "sagte"),
            ("reported", "werde das Land klagen", "der Minister", "sagte"),
        ],
        id="reported-clause-around-the-cue",
    ),
    pytest.param(
        "Am Abend versicherte der Bürgermeister den Anwohnern, die Straße bleibe offen.",
        [("reported", "die Straße bleibe offen", "der Bürgermeister", "versicherte")],
        id="object-article-ends-the-subject",
    ),
    pytest.param(
        "Von der Leyen sagte den Journalisten, die EU werde handeln.",
        [("reported", "die EU werde handeln", "Von der Leyen", "sagte")],
        id="name-with-particle-before-an-object-is-the-subject",
    ),
    pytest.param(
        "Von Storch erklärte dem Sender, sie sei enttäuscht.",
        [("reported", "sie sei enttäuscht", "Von Storch", "erklärte")],
        id="particle-and-surname-before-an-object-is-the-subject",
    ),
    pytest.param(
        "Bis zu 300 Anwohner sagten der Polizei, sie hätten nichts gehört.",
        [("reported", "sie hätten nichts gehört", "300 Anwohner", "sagten")],
        id="amount-preposition-counts-the-subject",
    ),
    pytest.param(
        "Nach der Sitzung sagte die Ministerin: „Das ist Unsinn.“",
        [("direct", "Das ist Unsinn.", "die Ministerin", "sagte")],
        id="fronted-phrase-subject-after-the-verb-before-a-colon",
    ),
    pytest.param(
        "Als Reaktion auf die Kritik sagte der Minister, die Regierung werde handeln.",
        [("reported", "die Regierung werde handeln", "der Minister", "sagte")],
        id="conjunction-without-comma-opens-a-fronted-phrase",
    ),
    pytest.param(
        "Die „Süddeutsche Zeitung“ berichtete am Montag, der Vertrag sei bereits unterschrieben.",
        [
            (
                "reported",
                "der Vertrag sei bereits unterschrieben",
                "Süddeutsche Zeitung",
                "berichtete",
            )
        ],
        id="paper-named-in-marks-after-its-article",
    ),
    pytest.param(
        "Der „Spiegel“ schreibt, die Fusion sei in letzter Minute geplatzt.",
        [("reported", "die Fusion sei in letzter Minute geplatzt", "Spiegel", "schreibt")],
        id="paper-in-marks-is-no-name-particle",
    ),
    pytest.param(
        "Weiter schreibt die „Welt“: „Die Lage an den Grenzen ist ernst.“",
        [("direct", "Die Lage an den Grenzen ist ernst.", "Welt", "schreibt")],
        id="paper-in-marks-before-a-colon",
    ),
    pytest.param(
        "Die Kanzlerin sagte, die „Zeitenwende“ sei noch nicht vollzogen.",
        [("reported", "die „Zeitenwende“ sei noch nicht vollzogen", "Die Kanzlerin", "sagte")],
        id="term-in-marks-inside-a-reported-clause",
    ),
    pytest.param(
        "Die Hafenmeisterin machte zudem die Mitteilung, dass die Fähre ausfalle.",
        [("reported", "die Fähre ausfalle", "Die Hafenmeisterin", "Mitteilung")],
        id="support-verb-subject-speaks",
    ),
    pytest.param(
        (
            "Zu Beginn der Sitzung stellte die Abgeordnete Eva Roth die Frage, ob die Schule "
            "schließen müsse."
        ),
        [("reported", "ob die Schule schließen müsse", "Eva Roth", "Frage")],
        id="support-verb-subject-after-the-verb",
    ),
    pytest.param(
        "Viele Ökonomen sind der Ansicht, dass die Zinsen im Herbst sinken.",
        [("reported", "die Zinsen im Herbst sinken", "Viele Ökonomen", "Ansicht")],
        id="der-ansicht-sein",
    ),
    pytest.param(
        "Die Ministerin vertrat die Auffassung, die Reform sei überfällig.",
        [("reported", "die Reform sei überfällig", "Die Ministerin", "Auffassung")],
        id="die-auffassung-vertreten",
    ),
    pytest.param(
        "Sie reagierte mit der Bemerkung, sie habe dafür keine Zeit.",
        [("reported", "sie habe dafür keine Zeit", None, "Bemerkung")],
        id="noun-after-a-preposition-is-no-object",
    ),
    pytest.param(
        "Die Bürgermeisterin besuchte am Morgen die Schule und sagte, das Gebäude sei marode.",
        [("reported", "das Gebäude sei marode", "Die Bürgermeisterin", "sagte")],
        id="coordinated-cue-takes-the-first-subject",
    ),
    pytest.param(
        (
            "Das Ministerium wies die Vorwürfe am Dienstag zurück und erklärte, alle Regeln "
            "seien eingehalten worden."
        ),
        [
            (
                "reported",
                "alle Regeln seien eingehalten worden",
                "Das Ministerium",
                "erklärte",
            )
        ],
        id="coordinated-cue-after-a-particle-verb",
    ),
    pytest.param(
        "„Wir sind zu Gesprächen bereit“, so der Minister, „aber nicht um jeden Preis.“",
        [
            ("direct", "Wir sind zu Gesprächen bereit", "der Minister", "so"),
            ("direct", "aber nicht um jeden Preis.", "der Minister", "so"),
        ],
        id="so-source-between-two-parts-of-a-quotation",
    ),
    pytest.param(
        "„Wir sind zu Gesprächen bereit“, so führte der Minister aus, „aber nicht um jeden Preis.“",
        [
            ("direct", "Wir sind zu Gesprächen bereit", "der Minister", "führte aus"),
            ("direct", "aber nicht um jeden Preis.", "der Minister", "führte aus"),
        ],
        id="so-before-an-inverted-cue-between-two-parts",
    ),
    pytest.param(
        "Die Stadtverwaltung ist sich bewusst, dass die Sanierung Jahre dauern wird.",
        [
            (
                "reported",
                "die Sanierung Jahre dauern wird",
                "Die Stadtverwaltung",
                "bewusst",
            )
        ],
        id="adjective-of-thought-after-its-verb",
    ),
    pytest.param(
        "Es ist bekannt, dass die Brücke seit Jahren marode ist.",
        [("reported", "die Brücke seit Jahren marode ist", None, "bekannt")],
        id="impersonal-subject-names-nobody",
    ),
    pytest.param(
        "Die Polizei geht davon aus, dass der Täter allein handelte.",
        [("reported", "der Täter allein handelte", "Die Polizei", "geht davon aus")],
        id="davon-ausgehen",
    ),
    pytest.param(
        "Jn dem zweiten Brief führt die Schreiberin aus, daß der Hafen zu klein sei.",
        [("reported", "der Hafen zu klein sei", "die Schreiberin", "führt aus")],
        id="fraktur-jn-is-a-preposition",
    ),
    pytest.param(
        (
            "Im Süden regnete es den ganzen Tag; die Meteorologen machen darauf aufmerksam, "
            "dass die Pegel weiter steigen."
        ),
        [("reported", "die Pegel weiter steigen", "die Meteorologen", "aufmerksam")],
        id="clause-after-a-semicolon-has-its-own-first-place",
    ),
    pytest.param(
        "Die Chefin der Gewerkschaft, Anna Roth, kündigte an, den Streik fortzusetzen.",
        [("reported", "den Streik fortzusetzen", "Anna Roth", "kündigte an")],
        id="name-apposed-to-a-role-that-opens-the-sentence",
    ),
    pytest.param(
        "Im Stadtrat sagte Lena Vogt (Grüne), der Haushalt sei nicht zu halten.",
        [("reported", "der Haushalt sei nicht zu halten", "Lena Vogt", "sagte")],
        id="a-party-in-brackets-before-the-complement-comma",
    ),
    pytest.param(
        "Der Bürgermeister schrieb in seinem Blog (Sonntag), die Brücke werde gesperrt.",
        [("reported", "die Brücke werde gesperrt", "Der Bürgermeister", "schrieb")],
        id="a-remark-in-brackets-before-the-complement-comma",
    ),
    pytest.param(
        "Die Trainerin sagte der „Rundschau“, ihr Team sei müde.",
        [("reported", "ihr Team sei müde", "Die Trainerin", "sagte")],
        id="a-paper-in-marks-before-the-complement-comma",
    ),
    pytest.param(
        "Laut Polizei floh der Fahrer zu Fuß und rief, er sei unschuldig.",
        [
            ("reported", "floh der Fahrer zu Fuß", "Polizei", "Laut"),
            ("reported", "er sei unschuldig", "der Fahrer", "rief"),
        ],
        id="a-fronted-source-phrase-and-the-subject-after-the-verb",
    ),
    pytest.param(
        "Nach Angaben der Feuerwehr blieb die Wirtin ruhig und sagte, alle seien draußen.",
        [
            ("reported", "blieb die Wirtin ruhig", "der Feuerwehr", "Nach Angaben"),
            ("reported", "alle seien draußen", "die Wirtin", "sagte"),
        ],
        id="a-fronted-nach-angaben-and-the-subject-after-the-verb",
    ),
    pytest.param(
        (
            "Die Stadträtin verweist darauf, dass das Geld fehlt, und bittet den Landrat, "
            "es rasch zu beschaffen."
        ),
        [
            ("reported", "das Geld fehlt", "Die Stadträtin", "verweist"),
            ("reported", "es rasch zu beschaffen", "Die Stadträtin", "bittet"),
        ],
        id="an-object-after-a-coordinated-cue-is-no-subject",
    ),
    pytest.param(
        "Gestern sagte dem Blatt der Kapitän, die Fähre sei sicher.",
        [("reported", "die Fähre sei sicher", "der Kapitän", "sagte")],
        id="the-subject-after-an-object-after-a-fronted-adverb",
    ),
    pytest.param(
        (
            "Der Wirt sagte, die Küche sei geschlossen. Morgen sei sie wieder offen, und "
            "danach sperrte er die Tür ab."
        ),
        [
            ("reported", "die Küche sei geschlossen", "Der Wirt", "sagte"),
            ("reported", "Morgen sei sie wieder offen", "Der Wirt", "sagte"),
        ],
        id="a-report-that-goes-on-ends-where-the-writer-narrates",
    ),
    pytest.param(
        (
            "Der Wirt sagte, die Küche sei geschlossen. Morgen sei sie wieder offen, aber "
            "nur, weil der Koch zurückkehrte."
        ),
        [
            ("reported", "die Küche sei geschlossen", "Der Wirt", "sagte"),
            (
                "reported",
                "Morgen sei sie wieder offen, aber nur, weil der Koch zurückkehrte",
                "Der Wirt",
                "sagte",
            ),
        ],
        id="a-report-that-goes-on-keeps-its-subordinate-clauses",
    ),
    pytest.param(
        "Die Prüfer stellen am Freitag fest, dass die Kasse stimmt.",
        [("reported", "die Kasse stimmt", "Die Prüfer", "stellen fest")],
        id="a-separable-cue-in-the-plural-present",
    ),
    pytest.param(
        "Die Forscher weisen darauf hin, dass die Proben verunreinigt waren.",
        [("reported", "die Proben verunreinigt waren", "Die Forscher", "weisen darauf hin")],
        id="weisen-darauf-hin-in-the-plural",
    ),
    pytest.param(
        "Die Kinder geben an der Schule ihre Hefte ab.",
        [],
        id="a-plural-particle-that-opens-a-place-is-no-cue",
    ),
    pytest.param(
        "Die Brücke bleibe bis Mai gesperrt, so die Sprecherin der Stadt weiter.",
        [
            (
                "reported",
                "Die Brücke bleibe bis Mai gesperrt",
                "die Sprecherin der Stadt",
                "so",
            )
        ],
        id="so-x-weiter",
    ),
    pytest.param(
        "Die Brücke bleibe bis Mai gesperrt, hieß es weiter.",
        [("reported", "Die Brücke bleibe bis Mai gesperrt", None, "hieß es")],
        id="hiess-es-weiter",
    ),
    pytest.param(
        "„Der Umbau dauert länger“, sagte die Architektin, „aber nicht viel.“",
        [
            ("direct", "Der Umbau dauert länger", "die Architektin", "sagte"),
            ("direct", "aber nicht viel.", "die Architektin", "sagte"),
        ],
        id="a-short-second-piece-after-an-interrupting-cue",
    ),
    pytest.param(
        "Sie las „Die Blechtrommel“, sagte die Lehrerin, „Effi Briest“ und mehr.",
        [
            (
                "mixed",
                "Sie las „Die Blechtrommel“",
                "die Lehrerin",
                "sagte",
            )
        ],
        id="a-title-after-an-interrupting-cue-resumes-nothing",
    ),
    pytest.param(
        "Die Stadt hat wiederholt betont, dass sie nicht pleite sei.",
        [("reported", "sie nicht pleite sei", "Die Stadt", "hat wiederholt betont")],
        id="wiederholt-before-a-participle-cue-is-an-adverb",
    ),
    pytest.param(
        "Die Stadt sei nicht pleite, wiederholt der Kämmerer.",
        [("reported", "Die Stadt sei nicht pleite", "der Kämmerer", "wiederholt")],
        id="wiederholt-as-the-cue",
    ),
    pytest.param(
        "Die Bürgermeisterin schloss die Sitzung mit den Worten: „Wir bleiben dran.“",
        [("direct", "Wir bleiben dran.", "Die Bürgermeisterin", "Worten")],
        id="mit-den-worten-before-a-short-quotation",
    ),
    pytest.param(
        "Der Trainer unterbrach die Reporterin mit der Bemerkung: Das Spiel ist vorbei.",
        [("direct", "Das Spiel ist vorbei", "Der Trainer", "Bemerkung")],
        id="mit-der-bemerkung-names-the-clause-subject",
    ),
    pytest.param(
        "Der Stadtkämmerer versuchte am Abend zu erklären, dass das Defizit sinke.",
        [("reported", "das Defizit sinke", "Der Stadtkämmerer", "erklären")],
        id="the-subject-of-a-verb-before-an-infinitive-cue",
    ),
    pytest.param(
        "Die Kämmerin sucht nachzuweisen, dass das Defizit sinke.",
        [("reported", "das Defizit sinke", "Die Kämmerin", "nachzuweisen")],
        id="the-subject-of-a-verb-before-a-joined-infinitive-cue",
    ),
    pytest.param(
        "Es ist schwer zu sagen, ob das Defizit sinkt.",
        [("reported", "ob das Defizit sinkt", None, "sagen")],
        id="an-impersonal-subject-before-an-infinitive-cue-names-nobody",
    ),
    pytest.param(
        "Zu Beginn macht Bürgermeisterin Eva von Berg die Mitteilung, dass die Brücke öffne.",
        [("reported", "die Brücke öffne", "Eva von Berg", "Mitteilung")],
        id="a-name-particle-in-the-subject-of-a-support-verb",
    ),
    pytest.param(
        "Die Stadt werde, sagte er, die alte Brücke sanieren.",
        [
            ("reported", "Die Stadt werde", "er", "sagte"),
            ("reported", "die alte Brücke sanieren", "er", "sagte"),
        ],
        id="the-rest-of-an-open-clause-after-sagte-er",
    ),
    pytest.param(
        "Die Kasse sei, so die Kämmerin, leer.",
        [
            ("reported", "Die Kasse sei", "die Kämmerin", "so"),
            ("reported", "leer", "die Kämmerin", "so"),
        ],
        id="the-rest-of-an-open-clause-after-so-x",
    ),
    pytest.param(
        "Die Kasse ist leer, so die Kämmerin, und die Stadt spart.",
        [],
        id="so-x-between-two-closed-clauses-attributes-nothing",
    ),
    pytest.param(
        "Die Kasse ist, wie die Kämmerin sagt, leer.",
        [
            ("reported", "Die Kasse ist", "die Kämmerin", "sagt"),
            ("reported", "leer", "die Kämmerin", "sagt"),
        ],
        id="the-rest-of-an-open-clause-after-wie-x-sagt",
    ),
    pytest.param(
        "Am Montag besuchte die Ministerin die Werft und sagte, der Bau beginne bald.",
        [("reported", "der Bau beginne bald", "die Ministerin", "sagte")],
        id="a-fronted-adjunct-and-the-subject-after-the-verb-before-und-sagte",
    ),
    pytest.param(
        "Gestern besuchte der Landrat des Kreises die Werft und sagte, der Bau beginne bald.",
        [("reported", "der Bau beginne bald", "der Landrat des Kreises", "sagte")],
        id="a-fronted-adverb-and-a-subject-with-its-genitive",
    ),
    pytest.param(
        "Die Trainerin sagte am Montag: „Wir kämpfen“, fügte sie hinzu, „bis zuletzt.“",
        [
            ("direct", "Wir kämpfen", "Die Trainerin", "sagte"),
            ("direct", "bis zuletzt.", "Die Trainerin", "fügte hinzu"),
        ],
        id="a-short-piece-resumes-a-quotation-after-a-colon",
    ),
    pytest.param(
        "Nach Polizeiangaben wurde der Fahrer am Montag gefasst.",
        [("reported", "wurde der Fahrer am Montag gefasst", "Polizeiangaben", "Nach")],
        id="nach-and-a-compound-of-angaben",
    ),
    pytest.param(
        "Nach Feierabend ging der Fahrer nach Hause.",
        [],
        id="nach-and-a-noun-that-compounds-no-source-phrase",
    ),
    pytest.param(
        "„Wir prüfen das“, sagte Landrat Jan Roe. Den Angaben zufolge brannte die Halle.",
        [("direct", "Wir prüfen das", "Jan Roe", "sagte")],
        id="an-article-and-the-noun-of-what-was-said-before-zufolge-name-nobody",
    ),
    pytest.param(
        "Den Angaben der Feuerwehr zufolge brannte die Halle.",
        [("reported", "brannte die Halle", "der Feuerwehr", "zufolge")],
        id="the-genitive-after-the-noun-of-what-was-said-before-zufolge-speaks",
    ),
    pytest.param(
        "Der Arzt sagte, er warte auf die Befunde.",
        [("reported", "er warte auf die Befunde", "Der Arzt", "sagte")],
        id="a-konjunktiv-of-a-stem-in-t",
    ),
    pytest.param(
        "Die Ärztin sagte, das Labor berichte morgen.",
        [("reported", "das Labor berichte morgen", "Die Ärztin", "sagte")],
        id="a-konjunktiv-of-a-stem-in-t-after-a-noun",
    ),
    pytest.param(
        "Laut Polizei wurde ein Mann verletzt. Er sagte, er habe nichts gesehen.",
        [
            ("reported", "wurde ein Mann verletzt", "Polizei", "Laut"),
            ("reported", "er habe nichts gesehen", "Er", "sagte"),
        ],
        id="er-stands-for-no-feminine-body",
    ),
    pytest.param(
        "Max Roe begrüßte den Verein. Dann sagte er, dass die Lage schwierig sei.",
        [("reported", "die Lage schwierig sei", "Max Roe", "sagte")],
        id="er-stands-for-the-person-named-before",
    ),
    pytest.param(
        "Anna Roe begrüßte den Verein. Dann sagte er, dass die Lage schwierig sei.",
        [("reported", "die Lage schwierig sei", "er", "sagte")],
        id="er-stands-for-no-woman-named-before",
    ),
    pytest.param(
        "Er suchte ein Körnchen Wahrheit. Dann sagte er, dass die Lage schwierig sei.",
        [("reported", "die Lage schwierig sei", "er", "sagte")],
        id="er-stands-for-no-run-of-nouns",
    ),
    pytest.param(
        "Der Verband teilte mit, die Preise würden steigen. Er sagte, sie würden weiter steigen.",
        [
            ("reported", "die Preise würden steigen", "Der Verband", "teilte mit"),
            ("reported", "sie würden weiter steigen", "Der Verband", "sagte"),
        ],
        id="er-stands-for-a-masculine-body",
    ),
    pytest.param(
        "Der Schaden beträgt laut Polizei rund 5000 Euro.",
        [
            ("reported", "Der Schaden beträgt", "Polizei", "laut"),
            ("reported", "rund 5000 Euro", "Polizei", "laut"),
        ],
        id="laut-x-inside-a-clause",
    ),
    pytest.param(
        "Dabei wurden laut Angaben der Feuerwehr drei Menschen verletzt.",
        [
            ("reported", "Dabei wurden", "der Feuerwehr", "laut Angaben"),
            ("reported", "drei Menschen verletzt", "der Feuerwehr", "laut Angaben"),
        ],
        id="laut-x-and-its-genitive-inside-a-clause",
    ),
    pytest.param("Er rief laut Hilfe herbei.", [], id="laut-as-an-adverb-before-a-bare-noun"),
    pytest.param(
        "Stadträtin Eva von Berg sagte, die Stadt müsse jetzt sparen.",
        [("reported", "die Stadt müsse jetzt sparen", "Eva von Berg", "sagte")],
        id="a-name-particle-after-a-role-and-a-first-name",
    ),
    pytest.param(
        "Der Stadtrat von Husum teilte mit, die Stadt müsse jetzt sparen.",
        [("reported", "die Stadt müsse jetzt sparen", "Der Stadtrat von Husum", "teilte mit")],
        id="von-after-a-role-is-no-name-particle",
    ),
    pytest.param(
        "Die Trainerin sagte, sie gehe.",
        [("reported", "sie gehe", "Die Trainerin", "sagte")],
        id="a-pronoun-and-a-konjunktiv-are-a-whole-content",
    ),
    pytest.param(
        "— Präs.: Wann war das? Zeuge: Am Montag, gegen acht Uhr. — Der Zeuge setzt sich.",
        [
            ("direct", "Wann war das", "Präs.", None),
            ("direct", "Am Montag, gegen acht Uhr", "Zeuge", None),
        ],
        id="transcript-labels-inside-one-paragraph",
    ),
    pytest.param(
        "Präs. (zum Zeugen): Haben Sie ihn gesehen? Zeuge: Ja, ganz deutlich.",
        [
            ("direct", "Haben Sie ihn gesehen", "Präs.", None),
            ("direct", "Ja, ganz deutlich", "Zeuge", None),
        ],
        id="a-stage-direction-between-a-label-and-its-colon",
    ),
    pytest.param(
        "Ein Sprecher der Firma sagte, man sei gesprächsbereit. Das Angebot sei „fair“.",
        [
            ("reported", "man sei gesprächsbereit", "Ein Sprecher der Firma", "sagte"),
            ("mixed", "Das Angebot sei „fair“", "Ein Sprecher der Firma", "sagte"),
        ],
        id="a-konjunktiv-sentence-with-a-quoted-fragment-goes-on-mixed",
    ),
    pytest.param(
        "Der Sprecher wies die Vorwürfe zurück: Man habe sich an alle Regeln gehalten.",
        [("reported", "Man habe sich an alle Regeln gehalten", "Der Sprecher", "wies zurück")],
        id="unmarked-words-in-the-indirect-mood-after-a-colon-are-reported",
    ),
    pytest.param(
        "Der Sprecher des Bundes der Steuerzahler sagte, man sei empört.",
        [
            (
                "reported",
                "man sei empört",
                "Der Sprecher des Bundes der Steuerzahler",
                "sagte",
            )
        ],
        id="der-between-capitalised-nouns-is-a-genitive-no-name-particle",
    ),
    pytest.param(
        "Nach Worten von Bürgermeister Jo Haas soll die Neuwahl im März stattfinden.",
        [
            (
                "reported",
                "soll die Neuwahl im März stattfinden",
                "Jo Haas",
                "Nach Worten von",
            )
        ],
        id="nach-worten-von-without-an-article",
    ),
    pytest.param(
        "Nach eigenen Angaben will die Firma Acme 200 Stellen streichen.",
        [
            (
                "reported",
                "will die Firma Acme 200 Stellen streichen",
                "Acme",
                "Nach eigenen Angaben",
            )
        ],
        id="nach-eigenen-angaben-first-the-subject-after-the-verb-speaks",
    ),
    pytest.param(
        "Die Polizei war nach eigener Aussage mit 200 Beamten im Einsatz.",
        [
            ("reported", "Die Polizei war", "Die Polizei", "nach eigener Aussage"),
            ("reported", "mit 200 Beamten im Einsatz", "Die Polizei", "nach eigener Aussage"),
        ],
        id="nach-eigener-aussage-amid-the-clause-its-subject-speaks",
    ),
    pytest.param(
        "Anna Roth traf Karl Berg am Montag. „Wir sind uns einig“, sagte sie.",
        [("direct", "Wir sind uns einig", "Anna Roth", "sagte")],
        id="a-first-name-without-a-woman-s-ending-is-no-sie",
    ),
    pytest.param(
        "Anna Roth traf Uwe Berg am Montag. „Wir sind uns einig“, sagte er.",
        [("direct", "Wir sind uns einig", "Uwe Berg", "sagte")],
        id="a-man-s-name-with-a-woman-s-ending-is-listed",
    ),
    pytest.param(
        "Dem Sender sagte der Minister, man sei bereit.",
        [("reported", "man sei bereit", "der Minister", "sagte")],
        id="a-dative-object-first-the-subject-follows-the-cue",
    ),
    pytest.param(
        "Im Interview mit der „Post“ sagte der Minister, man sei bereit.",
        [("reported", "man sei bereit", "der Minister", "sagte")],
        id="a-paper-s-name-in-marks-before-the-cue-is-no-quotation",
    ),
    pytest.param(
        "Verdi erklärte, man sei enttäuscht. Die Arbeitgeber hätten kein Angebot vorgelegt.",
        [
            ("reported", "man sei enttäuscht", "Verdi", "erklärte"),
            ("reported", "Die Arbeitgeber hätten kein Angebot vorgelegt", "Verdi", "erklärte"),
        ],
        id="a-plural-konjunktiv-ii-goes-on-with-a-report",
    ),
    pytest.param(
        "Die Ministerin kritisierte den Plan. Die Kosten wären zu hoch.",
        [],
        id="a-plural-konjunktiv-ii-opens-no-report-of-a-speech-act",
    ),
    pytest.param(
        "Trainer Jo Hahn haderte mit dem Schiedsrichter: Der Elfmeter sei „ein Witz“ gewesen.",
        [("mixed", "Der Elfmeter sei „ein Witz“ gewesen", "Jo Hahn", None)],
        id="indirect-words-after-a-colon-without-a-cue-are-the-subject-s",
    ),
    pytest.param(
        "Trainer Jo Hahn haderte um 10:30 Uhr mit dem Schiedsrichter: Der Elfmeter sei ein Witz.",
        [("reported", "Der Elfmeter sei ein Witz", "Jo Hahn", None)],
        id="a-colon-inside-a-time-hides-no-later-colon",
    ),
    pytest.param(
        "Trainer Jo Hahn schrieb auf https://hahn.de/blog: Der Elfmeter sei ein Witz.",
        [("reported", "Der Elfmeter sei ein Witz", "Jo Hahn", "schrieb")],
        id="a-web-address-colon-is-no-cue-s-colon",
    ),
    pytest.param(
        "Er sei zufrieden, ließ der Minister über einen Sprecher mitteilen.",
        [("reported", "Er sei zufrieden", "der Minister", "ließ mitteilen")],
        id="liess-mitteilen-had-it-said",
    ),
    pytest.param(
        "Nach Schätzungen des Verbandes fehlen 5000 Lehrer.",
        [("reported", "fehlen 5000 Lehrer", "des Verbandes", "Nach Schätzungen")],
        id="nach-schaetzungen-a-source-noun",
    ),
    pytest.param(
        "Paul Lang traf die Ministerin Jo Kern. „Niemand wurde verletzt“, sagte er.",
        [("direct", "Niemand wurde verletzt", "Paul Lang", "sagte")],
        id="a-known-first-name-is-a-person-without-a-role",
    ),
    pytest.param(
        "Der Minister sprach von einer „Abzocke“.",
        [("mixed", "einer „Abzocke“", "Der Minister", "sprach von")],
        id="sprach-von-a-quoted-fragment-is-mixed",
    ),
    pytest.param(
        "Man spricht von zwanzig Millionen Euro.", [], id="sprach-von-a-topic-is-no-quote"
    ),
    pytest.param(
        "Die Ärztekammer warnte vor einem Kahlschlag.",
        [("reported", "einem Kahlschlag", "Die Ärztekammer", "warnte vor")],
        id="warnte-vor-its-object-is-what-was-said",
    ),
    pytest.param(
        "Bürgermeister Jo Brandt (Freie Wähler) verteidigte das Projekt. Die Stadt brauche Geld.",
        [("reported", "Die Stadt brauche Geld", "Jo Brandt", "verteidigte")],
        id="a-party-in-brackets-between-the-speech-act-s-subject-and-verb",
    ),
    pytest.param(
        "Die Bahn will mehr Züge einsetzen, sagte ein Sprecher. Demnach sollen sie bald fahren.",
        [
            ("reported", "Die Bahn will mehr Züge einsetzen", "ein Sprecher", "sagte"),
            ("reported", "sollen sie bald fahren", "ein Sprecher", "sagte"),
        ],
        id="demnach-goes-on-with-the-report-before-in-any-mood",
    ),
    pytest.param(
        "Sie seien zufrieden, ließen die Eltern über ihren Anwalt erklären.",
        [("reported", "Sie seien zufrieden", "die Eltern", "ließen erklären")],
        id="lassen-and-a-verb-of-saying-in-any-form",
    ),
    pytest.param(
        "Die Brücke bleibe gesperrt, sagte Bauminister Jo Kurz der „Abendpost“.",
        [("reported", "Die Brücke bleibe gesperrt", "Jo Kurz", "sagte")],
        id="an-outlet-told-after-the-inverted-subject-s-name",
    ),
    pytest.param(
        "Die Brücke bleibe gesperrt, sagte der Zeitung ein Sprecher des Ministeriums.",
        [("reported", "Die Brücke bleibe gesperrt", "ein Sprecher des Ministeriums", "sagte")],
        id="an-outlet-told-before-the-inverted-subject",
    ),
    pytest.param(
        "Unterdessen sagte die Ärztin, Anna Berg, die Welle komme erst im Herbst.",
        [("reported", "die Welle komme erst im Herbst", "Anna Berg", "sagte")],
        id="a-name-apposed-to-an-inverted-subject-is-no-content",
    ),
    pytest.param(
        "Jo Berg, Chef der Fährgewerkschaft, kritisierte den Plan und sagte, er sei unsozial.",
        [("reported", "er sei unsozial", "Jo Berg", "sagte")],
        id="a-coordinated-cue-after-the-subject-s-apposition",
    ),
    pytest.param(
        "Die neue Ministerin, die seit Mai im Amt ist, lobte die Helfer und sagte, sie "
        "seien großartig.",
        [("reported", "sie seien großartig", "Die neue Ministerin", "sagte")],
        id="a-coordinated-cue-after-the-subject-s-relative-clause",
    ),
    pytest.param(
        "Sofort erhob sich Bürgermeister Jo Kurz und sagte, die Stadt stimme dagegen.",
        [("reported", "die Stadt stimme dagegen", "Jo Kurz", "sagte")],
        id="sofort-fills-the-first-place-before-a-coordinated-cue",
    ),
    pytest.param(
        "Der Kapitän des Frachters „Nordlicht“ sagte, das Schiff sei manövrierunfähig.",
        [
            (
                "reported",
                "das Schiff sei manövrierunfähig",
                "Der Kapitän des Frachters „Nordlicht“",
                "sagte",
            )
        ],
        id="a-ship-s-name-in-marks-inside-the-subject",
    ),
    pytest.param(
        "Zugleich warnte die Ärztekammer vor einem Kahlschlag.",
        [("reported", "einem Kahlschlag", "die Ärztekammer", "warnte vor")],
        id="warnte-vor-with-the-inverted-subject-between",
    ),
    pytest.param(
        "Am Montag warnte die Ärztekammer die Regierung vor einem Kahlschlag.",
        [("reported", "einem Kahlschlag", "die Ärztekammer", "warnte vor")],
        id="warnte-vor-with-the-subject-and-the-object-between",
    ),
    pytest.param(
        "Unterdessen warnte die Ärztin, Anna Berg, vor einer neuen Welle.",
        [("reported", "einer neuen Welle", "Anna Berg", "warnte vor")],
        id="warnte-vor-with-an-apposed-name-between",
    ),
    pytest.param(
        "Am Freitag sprach der Landrat von einer „Zumutung“.",
        [("mixed", "einer „Zumutung“", "der Landrat", "sprach von")],
        id="sprach-von-with-the-inverted-subject-between",
    ),
    pytest.param(
        "Der Landrat sprach am Freitag von einer „Zumutung“.",
        [("mixed", "einer „Zumutung“", "Der Landrat", "sprach von")],
        id="sprach-von-with-a-time-adjunct-between",
    ),
    pytest.param(
        "Am Freitag sprach der Landrat von einer Zumutung.",
        [],
        id="sprach-von-apart-without-marks-is-a-topic",
    ),
    pytest.param(
        "Der Hafen bleibt zu, berichtet die „Morgenwacht“-Redaktion.",
        [("reported", "Der Hafen bleibt zu", "„Morgenwacht“-Redaktion", "berichtet")],
        id="a-name-in-marks-glued-to-a-noun-keeps-its-opening-mark",
    ),
    pytest.param(
        "Wer in diesen Tagen behauptet, dass die Fähre pünktlich ist, irrt.",
        [("reported", "die Fähre pünktlich ist", None, "behauptet")],
        id="wer-names-no-one-no-noun-after-it-speaks-a-main-verb-ends-the-content",
    ),
    pytest.param(
        "Die Fähre fährt, aber wer kann wissen, ob sie ankommt?",
        [("reported", "ob sie ankommt", None, "wissen")],
        id="wer-asking-with-its-verb-second-is-no-speaker",
    ),
    pytest.param(
        "Die Reederin begrüßte es, dass der Hafen offen bleibt.",
        [("reported", "der Hafen offen bleibt", "Die Reederin", "begrüßte")],
        id="es-after-the-cue-stands-for-the-content-no-subject",
    ),
    pytest.param(
        "Am Freitag bedauerte es der Kapitän, dass der Hafen schließt.",
        [("reported", "der Hafen schließt", "der Kapitän", "bedauerte")],
        id="es-after-the-cue-before-the-inverted-subject",
    ),
    pytest.param(
        "Der Hafen bleibt zu, wie es aus der Reederei hieß.",
        [("reported", "Der Hafen bleibt zu", "der Reederei", "hieß")],
        id="wie-es-aus-x-hiess-the-body-after-the-preposition-speaks",
    ),
    pytest.param(
        "Wie aus der Reederei zu erfahren war, bleibt der Hafen zu.",
        [("reported", "bleibt der Hafen zu", "der Reederei", "erfahren war")],
        id="wie-aus-x-zu-erfahren-war-the-body-after-aus-speaks",
    ),
    pytest.param(
        "Aus der Reederei war zu hören, dass der Hafen zu bleibt.",
        [("reported", "der Hafen zu bleibt", "der Reederei", "hören")],
        id="aus-x-war-zu-hoeren-the-body-in-the-first-place-speaks",
    ),
    pytest.param(
        "Am Freitag war zu hören, dass der Hafen zu bleibt.",
        [("reported", "der Hafen zu bleibt", None, "hören")],
        id="a-time-in-the-first-place-of-war-zu-speaks-not",
    ),
    pytest.param(
        "So sagte die Ministerin: „Die Brücke bleibt gesperrt.“",
        [("direct", "Die Brücke bleibt gesperrt.", "die Ministerin", "sagte")],
        id="so-before-the-cue-is-an-adverb-in-the-first-place",
    ),
    pytest.param(
        "So erklärte etwa die Ministerin am Montag, die Brücke bleibe gesperrt.",
        [("reported", "die Brücke bleibe gesperrt", "die Ministerin", "erklärte")],
        id="etwa-before-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "Die Brücke bleibe gesperrt, berichtet die Zeitung.",
        [("reported", "Die Brücke bleibe gesperrt", "die Zeitung", "berichtet")],
        id="a-paper-unnamed-after-the-cue-speaks",
    ),
    pytest.param(
        "„Wir sind bereit“, sag\u00adte die Bundes\u00adkanzlerin Anna Keller.",
        [("direct", "Wir sind bereit", "Anna Keller", "sag\u00adte")],
        id="a-soft-hyphen-inside-a-cue-leaves-it-a-cue",
    ),
    pytest.param(
        "„Die Fähre fährt wieder“, sagte Kapitän Jan Berg. Man glaubt, dass die Fähre alt ist.",
        [
            ("direct", "Die Fähre fährt wieder", "Jan Berg", "sagte"),
            ("reported", "die Fähre alt ist", "Man", "glaubt"),
        ],
        id="generic-man-names-no-one-quoted-before",
    ),
    pytest.param(
        "„Die Fähre fährt wieder“, sagte Kapitän Jan Berg. Wir hoffen, dass die Fähre hält.",
        [
            ("direct", "Die Fähre fährt wieder", "Jan Berg", "sagte"),
            ("reported", "die Fähre hält", "Wir", "hoffen"),
        ],
        id="the-writer-s-wir-names-no-one-quoted-before",
    ),
    pytest.param(
        "„Die Fähre fährt wieder“, sagte Kapitän Jan Berg. Nach allen Regeln sollte man "
        "meinen, dass die Fähre alt ist. Wir dürfen nicht vergessen, dass sie hält.",
        [
            ("direct", "Die Fähre fährt wieder", "Jan Berg", "sagte"),
            ("reported", "die Fähre alt ist", "man", "meinen"),
            ("reported", "sie hält", "Wir", "vergessen"),
        ],
        id="a-modal-is-a-finite-auxiliary-before-its-subject",
    ),
    pytest.param(
        "Wir glauben, dass die Brücke, seitdem sie erneuert wurde, sicher ist.",
        [("reported", "die Brücke, seitdem sie erneuert wurde, sicher ist", "Wir", "glauben")],
        id="a-subordinator-after-a-comma-inside-the-content-is-no-main-clause-verb",
    ),
    pytest.param(
        "Ob die Fähre im Winter fährt, lässt sich nicht voraussehen. Man könnte einwerfen, "
        "dass der Hafen zu klein sei. Der Kapitän entdeckte, dass das Ruder klemmte.",
        [
            ("reported", "Ob die Fähre im Winter fährt", None, "voraussehen"),
            ("reported", "der Hafen zu klein sei", "Man", "einwerfen"),
            ("reported", "das Ruder klemmte", "Der Kapitän", "entdeckte"),
        ],
        id="verbs-of-objecting-finding-out-and-foreseeing-are-cues",
    ),
    pytest.param(
        "Dem ist entgegenzuhalten, dass die Fähre pünktlich fährt. Die Wirtin bot eine Wette "
        "an, dass der Zug zu spät komme.",
        [
            ("reported", "die Fähre pünktlich fährt", None, "entgegenzuhalten"),
            ("reported", "der Zug zu spät komme", None, "Wette"),
        ],
        id="a-counter-argument-and-a-bet-take-a-clause",
    ),
    pytest.param(
        "Die Ärztin antwortete knapp. „Das Bein ist gebrochen.“",
        [("direct", "Das Bein ist gebrochen.", "Die Ärztin", "antwortete")],
        id="a-quotation-after-a-sentence-that-reports-a-speech-act-is-its-words",
    ),
    pytest.param(
        "Der Vogt hatte knapp geantwortet. „Er war hochmütig.“",
        [("direct", "Er war hochmütig.", "Der Vogt", "geantwortet")],
        id="a-speech-act-in-the-perfect-before-a-quotation",
    ),
    pytest.param(
        "Die Ministerin hat den Plan scharf kritisiert. Er sei unausgegoren.",
        [("reported", "Er sei unausgegoren", "Die Ministerin", "kritisiert")],
        id="the-indirect-mood-after-a-speech-act-in-the-perfect",
    ),
    pytest.param(
        "Die Fähre hat, wie gesagt, den Hafen verlassen. Ehrlich gesagt, sie ist alt.",
        [],
        id="wie-gesagt-and-ehrlich-gesagt-are-the-writer-s-set-phrases",
    ),
    pytest.param(
        "Der Minister setzte dem Rat auseinander, dass die Fähre alt sei. Die Zeitung führt "
        "zum Beweis an, dass sie rostet. Die Ärztin legte ihm nahe, das Rauchen aufzugeben.",
        [
            ("reported", "die Fähre alt sei", "Der Minister", "setzte auseinander"),
            ("reported", "sie rostet", "Die Zeitung", "führt an"),
            ("reported", "das Rauchen aufzugeben", "Die Ärztin", "legte nahe"),
        ],
        id="particle-verbs-of-explaining-citing-and-urging-with-the-particle-apart",
    ),
    pytest.param(
        "Der Bürgermeister zeigte dem Rat an, dass die Fähre verkauft werde. Der Kapitän "
        "hielt ihr entgegen, die Fähre sei sicher. Er gab dem Rat anheim, einen Boten zu senden.",
        [
            ("reported", "die Fähre verkauft werde", "Der Bürgermeister", "zeigte an"),
            ("reported", "die Fähre sei sicher", "Der Kapitän", "hielt entgegen"),
            ("reported", "einen Boten zu senden", "Der Kapitän", "gab anheim"),
        ],
        id="particle-verbs-of-announcing-objecting-and-leaving-to-with-the-particle-apart",
    ),
    pytest.param(
        "Die Fähre ist pünktlich, sagt Paul Lang und verbeugt sich.",
        [("reported", "Die Fähre ist pünktlich", "Paul Lang", "sagt")],
        id="an-inverted-subject-then-a-second-predicate-of-its-own",
    ),
    pytest.param(
        "Keine Stadt, sagt ein sehr erfahrener Kenner der Gegend, hat so viele Brücken.",
        [
            ("reported", "Keine Stadt", "ein sehr erfahrener Kenner der Gegend", "sagt"),
            ("reported", "hat so viele Brücken", "ein sehr erfahrener Kenner der Gegend", "sagt"),
        ],
        id="an-adverb-of-degree-inside-an-inverted-subject",
    ),
    pytest.param(
        "Die Fraktion beantragte, dass die Sitzung vertagt werde. Die Kapitäne kamen überein, "
        "im Hafen zu bleiben. Die Reederei wies die Crew an, die Fähre zu räumen.",
        [
            ("reported", "die Sitzung vertagt werde", "Die Fraktion", "beantragte"),
            ("reported", "im Hafen zu bleiben", "Die Kapitäne", "kamen überein"),
            ("reported", "die Fähre zu räumen", "Die Reederei", "wies an"),
        ],
        id="motions-agreements-and-instructions-are-cues",
    ),
    pytest.param(
        "Ob die Fähre im Winter fährt, kann niemand sagen. Wie weit die Stadt eingreift, ist "
        "schwer zu sagen. Man kann meinen Bruder fragen.",
        [
            ("reported", "Ob die Fähre im Winter fährt", None, "sagen"),
            ("reported", "Wie weit die Stadt eingreift", None, "sagen"),
        ],
        id="an-infinitive-cue-after-a-modal-or-zu-that-closes-the-clause-is-a-verb",
    ),
    pytest.param(  # "darstellen" (to be, to represent) is no verb of saying
        "Die Feuerwehr rückte aus, weil der Damm eine Gefahr darstellte, die Stadt musste "
        "evakuiert werden.",
        [],
        id="darstellte-is-no-cue",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_de(text: str) -> None:
    assert lang.detect(text) == "de"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "de"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("de")


def test_first_names_listed_once() -> None:
    names = (de._MEN_NAMES + de._WOMEN_NAMES).split()
    assert len(names) == len(set(names))


def test_two_names_joined_before_a_colon_speak_together() -> None:
    # the label's conjunction comes from the lexicon ("und"), as "and" does in English
    text = (
        "Die Debatte im Landtag dauerte bis in die Nacht.\n\n"
        "Anna Berger und Paul Kranz: „Wir werden den Haushalt so nicht mittragen.“"
    )
    (quote,) = newsstruct.parse(text, lang="de").quotes
    assert quote.text == "Wir werden den Haushalt so nicht mittragen."
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berger und Paul Kranz"


def test_verb_after_preposition_phrase_stays_a_cue() -> None:
    """A cue that is also a noun (``sagen``, ``fragen``) before a comma stays a verb in
    German, where a prepositional phrase or an auxiliary comes before the verb."""
    text = "Die Leute in der kleinen Stadt am Fluss sagen, dass die Fähre wieder fährt."
    article = newsstruct.parse(text, lang="de", registry=REGISTRY)
    assert [(q.kind.value, q.text) for q in article.quotes] == [
        ("reported", "die Fähre wieder fährt")
    ]


def test_an_abbreviation_s_full_stop_before_the_verb_leaves_no_subject() -> None:
    """A full stop right before the verb (``5 Mio. steigt``) leaves no words for a subject
    that puts the verb in the second place; the source after the comma still parses (it
    raised an IndexError)."""
    text = "Der Preis von 5 Mio. steigt, so der Minister, bald weiter an."
    article = newsstruct.parse(text, lang="de", registry=REGISTRY)
    assert all(text[q.span.start : q.span.end] == q.text for q in article.quotes)


def test_schon_am_with_coming_news_is_no_background() -> None:
    text = (
        "Steuer soll sinken\n\n"
        "BERLIN (dpa) - Die Bundesregierung will die Einkommensteuer im kommenden Jahr "
        "deutlich senken.\n\n"
        "Schon am Montag soll der Bundestag in erster Lesung über den Entwurf beraten, "
        "die Abstimmung folgt im Dezember."
    )
    assert newsstruct.parse(text, lang="de").background == ()


@pytest.mark.parametrize(
    "opener",
    ["Damals war", "Erst im vergangenen Monat war", "Vor drei Jahren war", "Zuletzt war"],
)
def test_time_before_the_news_opens_background(opener: str) -> None:
    text = (
        "Brücke gesperrt\n\n"
        "KASSEL (dpa) - Die Stadt hat die Brücke am Montag gesperrt. Das sagte ein Sprecher.\n\n"
        "Die Opposition kritisierte die Sperrung. Die Pendler würden bestraft, sagte sie.\n\n"
        f"{opener} die Brücke schon einmal für drei Wochen gesperrt worden.\n\n"
        "Eine Entscheidung über den Neubau soll im Herbst fallen."
    )
    article = newsstruct.parse(text, lang="de")
    assert [p.text[:10] for p in article.background] == [opener[:10]]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Hannover. Die Landesregierung will sparen, sagte ein Sprecher.", "Hannover"),
        (
            "Frankfurt/Main – Bundeskanzler Jo Roe will sparen, sagte ein Sprecher.",
            "Frankfurt/Main",
        ),
        ("Prof. Roe will sparen, sagte ein Sprecher.", None),
        ("Update. Die Landesregierung will sparen, sagte ein Sprecher.", None),
        ("Ausland. Frankreich. Paris will sparen, sagte ein Sprecher.", None),
    ],
)
def test_a_city_in_title_case_before_a_full_stop_or_a_dash_is_a_dateline(
    lead: str, place: str | None
) -> None:
    text = f"Land muss sparen\n\n{lead}\n\nDie Opposition kritisierte die Pläne."
    article = newsstruct.parse(text, lang="de")
    assert (article.dateline.place if article.dateline else None) == place
    assert article.dateline is None or article.dateline.agency is None


def test_an_outlet_s_label_in_an_interview_is_the_interviewer_s() -> None:
    text = (
        "„Wir haben die Lage unterschätzt“\n\n"
        "Die Ökonomin Eva Roth über Preise und Sparer.\n\n"
        "SPIEGEL: Frau Roth, hat die Notenbank zu spät reagiert?\n\n"
        "Roth: Ja, eindeutig. Wir alle haben die Lage unterschätzt.\n\n"
        "ZEIT: Was bedeutet das für Sparer?\n\n"
        "Roth: Wer sein Geld liegen lässt, verliert jedes Jahr."
    )
    article = newsstruct.parse(text, lang="de")
    assert [(q.speaker.name if q.speaker else None, q.text[:7]) for q in article.quotes] == [
        ("Eva Roth", "Ja, ein"),
        ("Eva Roth", "Wer sei"),
    ]


def test_an_english_title_is_an_abbreviation() -> None:
    """``Mr.`` before an English name ends no sentence."""
    text = "Der Brief von Mr. Tom Brown kam am Montag. „Wir kommen morgen“, schrieb Mr. Brown."
    article = newsstruct.parse(text, lang="de")
    assert article.sentences[0].of(text) == "Der Brief von Mr. Tom Brown kam am Montag."
    speaker = article.quotes[0].speaker
    assert speaker is not None and speaker.name.endswith("Brown")  # not "Mr"


def test_a_fronted_source_phrase_is_no_subject() -> None:
    """``Laut Polizei flüchtete der Täter und sagte C``: ``laut`` opens a source phrase,
    so the words before the verb are no subject of the coordinated cue."""
    text = "Laut Polizei floh der Fahrer und sagte später, er sei unschuldig."
    speakers = [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes]
    assert all(not (name or "").startswith("Laut") for name in speakers)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Der Landrat erklärte gegenüber dem „Spiegel“, der Markt falle aus.", "Spiegel"),
        ("Der Landrat erklärte gegenüber der dpa, der Markt falle aus.", "dpa"),
        (
            "Der Landrat sagte der „Süddeutschen Zeitung“, der Markt falle aus.",
            "Süddeutschen Zeitung",
        ),
    ],
)
def test_an_outlet_spoken_to_is_credited_not_the_speaker(text: str, outlet: str) -> None:
    article = newsstruct.parse(text, lang="de")
    assert [(q.speaker.name if q.speaker else None) for q in article.quotes] == ["Der Landrat"]
    assert [a.source for a in article.attributions] == [outlet]


def test_an_outlet_in_lower_case_is_credited() -> None:
    article = newsstruct.parse("Laut dpa fällt der Markt am Dienstag aus.", lang="de")
    assert [a.source for a in article.attributions] == ["dpa"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Die Brücke bleibe gesperrt, berichtet die Süddeutsche Zeitung.", "Süddeutsche Zeitung"),
        ("Die Brücke bleibe gesperrt, berichtet der Spiegel am Montag.", "Spiegel"),
        (
            "Die Brücke bleibe gesperrt, meldet die Deutsche Presse-Agentur.",
            "Deutsche Presse-Agentur",
        ),
        # a name in marks joined to its noun by a hyphen is one word with it
        ("Die Brücke bleibe gesperrt, berichtet die „Stadtbote“-Zeitung.", "„Stadtbote“-Zeitung"),
    ],
)
def test_a_named_outlet_after_an_inverted_cue_is_credited(text: str, outlet: str) -> None:
    # "berichtet die Süddeutsche Zeitung": the article opens the subject, not whom it was
    # told (as "sagte der Zeitung ein Sprecher"); the outlet is credited, no speaker
    article = newsstruct.parse(text, lang="de")
    assert [a.source for a in article.attributions] == [outlet]
    assert article.quotes == ()


@pytest.mark.parametrize(
    "text",
    [
        "Der Markt fällt am Dienstag aus, berichtet die dpa.",
        "Der Markt fällt am Dienstag aus, berichtete die Nachrichtenagentur dpa.",
    ],
)
def test_an_outlet_in_lower_case_after_its_article_is_credited(text: str) -> None:
    # "berichtet die dpa": the outlet is credited, no speaker (ANNOTATION.md)
    article = newsstruct.parse(text, lang="de")
    assert [a.source for a in article.attributions] == ["dpa"]
    assert article.quotes == ()


@pytest.mark.parametrize(
    ("first", "cue"),
    [("lobte die Mannschaft", "lobte"), ("sagte, die Mannschaft sei gut", "sagte")],
)
def test_the_indirect_mood_with_a_cue_of_its_own_is_not_the_speech_act_s(
    first: str, cue: str
) -> None:
    """A sentence in the indirect mood that names its own source after a comma goes on
    with no report before it (a speech act without words, or a report), whether or not
    its own cue is read."""
    article = newsstruct.parse(
        f"Der Trainer {first}. Das Wetter sei schlecht gewesen, berichtete die Zeitung.",
        lang="de",
    )
    assert not [q for q in article.quotes if q.cue_text == cue and "Wetter" in q.text]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind glücklich“, sagte Paul Lang und Gäste lachten.",
        "„Wir sind glücklich“, sagte Paul Lang und Minister Berg nickte.",
    ],
)
def test_a_singular_cue_has_no_joined_subjects(text: str) -> None:
    """``sagte X und Y …``: a cue in the singular has one subject; the noun after
    ``und`` opens a clause of its own, no second speaker."""
    speakers = [row[2] or "" for row in quote_rows(text, lang="de")]
    assert not any(speaker.startswith("Paul Lang und") for speaker in speakers)


_LEAD = "Lornport (dpa) - Die Brücke bleibt zu.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir haben verloren“, hat Jo Roe gesagt.",
            ("direct", "Wir haben verloren", "Jo Roe", "gesagt"),
        ),
        (
            "„Wir haben verloren“, hatte Jo Roe betont.",
            ("direct", "Wir haben verloren", "Jo Roe", "betont"),
        ),
        (
            "„Wir haben verloren“, hat Jo Roe der dpa gesagt.",
            ("direct", "Wir haben verloren", "Jo Roe", "gesagt"),
        ),
        (
            "Man habe verloren, habe Jo Roe gesagt.",
            ("reported", "Man habe verloren", "Jo Roe", "gesagt"),
        ),
        (
            "Die Fähre sei voll, hat der Sprecher der Stadt Lornport am Montag gesagt.",
            ("reported", "Die Fähre sei voll", "der Sprecher der Stadt Lornport", "gesagt"),
        ),
    ],
)
def test_an_inverted_perfect_after_the_words_names_its_subject(text: str, expected: Quote) -> None:
    """``„Q“, hat X gesagt.``: the finite auxiliary opens the inverted attribution, the
    subject stands between it and the cue's participle."""
    assert expected in quote_rows(_LEAD + text, lang="de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre sei voll, hat die Stadt den Plan verteidigt.",
        "Im Hafen von Lornport, hat Jo Roe gesagt.",
    ],
)
def test_an_inverted_perfect_with_an_object_or_an_adjunct_reports_nothing(text: str) -> None:
    """An object before the participle, or a fronted adjunct before the comma: no
    words reported."""
    assert quote_rows(_LEAD + text, lang="de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wie von der Polizei bestätigt wurde, ist die Fähre voll.",
        "Wie vom Hafenamt am Montag bestätigt wurde, ist die Fähre voll.",
        "Die Fähre ist voll, wie von der Polizei bestätigt wurde.",
    ],
)
def test_the_agent_of_a_passive_as_clause_speaks(text: str) -> None:
    """``Wie von X bestätigt wurde, C``: the agent before the participle speaks, and the
    cue keeps its auxiliary as written; the clause may also close the sentence."""
    rows = quote_rows(_LEAD + text, lang="de")
    assert len(rows) == 1
    assert rows[0][2] is not None
    assert rows[0][2].endswith(("Polizei", "Hafenamt"))
    assert rows[0][3] == "bestätigt wurde"
    assert "Fähre ist voll" in rows[0][1] or "ist die Fähre voll" in rows[0][1]


def test_an_as_clause_about_a_topic_names_no_agent() -> None:
    """``Wie von dem Unfall berichtet wurde``: ``von`` after ``berichten`` is the topic."""
    rows = quote_rows(_LEAD + "Wie von dem Unfall berichtet wurde, ist die Fähre voll.", lang="de")
    assert [row[2] for row in rows] == [None]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe hat gesagt, die Fähre sei voll.", "hat gesagt"),
        ("Die Stadt hat bekanntgegeben, dass die Fähre voll ist.", "hat bekanntgegeben"),
        ("Jo Roe hat am Montag gesagt, die Fähre sei voll.", "gesagt"),
        ("„Die Fähre ist voll“, hat Jo Roe gesagt.", "gesagt"),
    ],
)
def test_a_cue_keeps_the_auxiliary_right_before_it(text: str, cue: str) -> None:
    """The cue as written with its auxiliary where it stands right before the
    participle; apart from it (``hat am Montag gesagt``, ``hat Jo Roe gesagt``) the
    participle alone."""
    assert [row[3] for row in quote_rows(_LEAD + text, lang="de")] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre ist voll, sagte Jo Roe der dpa.",
        "Die Fähre ist voll, sagte Jo Roe der dpa am Montag.",
        "Wie Jo Roe der dpa mitteilte, ist die Fähre voll.",
    ],
)
def test_an_outlet_told_in_lower_case_after_a_name_is_no_speaker(text: str) -> None:
    """``sagte Jo Roe der dpa``: the article and the outlet's one-word name after a
    name are whom X told, not part of the speaker."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == ["Jo Roe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei teilte am Montag Folgendes mit: Ein Mann wurde verletzt. Der Täter floh.",
            [("direct", "Ein Mann wurde verletzt. Der Täter floh", "Die Polizei", "teilte mit")],
        ),
        (
            "Die Zeitung teilt folgende Erklärung der Stadt mit: Der Hafen ist zu. Er bleibt zu.",
            [("direct", "Der Hafen ist zu. Er bleibt zu", "Die Zeitung", "teilt mit")],
        ),
        (
            "Die Polizei wies auf Folgendes hin: Die Straße ist nass. Sie bleibt gesperrt.",
            [("direct", "Die Straße ist nass. Sie bleibt gesperrt", "Die Polizei", "wies hin")],
        ),
        (
            "Aus Lornport wird gemeldet: Ein Mann fiel ins Wasser. Er wurde gerettet.",
            [("direct", "Ein Mann fiel ins Wasser. Er wurde gerettet", None, "wird gemeldet")],
        ),
        (
            "Die „Lornport Post“ schreibt: Die Fähre ist voll. Sie legt morgen ab. — Der Hafen"
            " bleibt gesperrt.",
            [("direct", "Die Fähre ist voll. Sie legt morgen ab", "Lornport Post", "schreibt")],
        ),
        (
            "Die „Lornport Post“ schreibt: Die Fähre ist voll. Der Kapitän sagte, er warte.",
            [
                ("direct", "Die Fähre ist voll", "Lornport Post", "schreibt"),
                ("reported", "er warte", "Der Kapitän", "sagte"),
            ],
        ),
        (
            "Der Minister sagte: Wir bleiben hier. Die Opposition kritisierte den Plan.",
            [("direct", "Wir bleiben hier", "Der Minister", "sagte")],
        ),
        (
            "Der Bürgermeister schloss mit den folgenden Worten: Wir bleiben. Der Hafen lebt.",
            [("direct", "Wir bleiben. Der Hafen lebt", "Der Bürgermeister", "Worten")],
        ),
        (
            "Die Stadt teilte in der folgenden Erklärung mit: Die Brücke bleibt zu. Der Verkehr"
            " wird umgeleitet.",
            [
                (
                    "direct",
                    "Die Brücke bleibt zu. Der Verkehr wird umgeleitet",
                    "Die Stadt",
                    "teilte mit",
                )
            ],
        ),
        (
            "Die Stadt teilte Folgendes mit: Die Brücke bleibt zu. Der Verkehr wird umgeleitet"
            " (über die Ringstraße).",
            [
                (
                    "direct",
                    "Die Brücke bleibt zu. Der Verkehr wird umgeleitet (über die Ringstraße)",
                    "Die Stadt",
                    "teilte mit",
                )
            ],
        ),
    ],
)
def test_an_announced_text_after_a_colon_runs_over_its_sentences(
    text: str, expected: list[Quote]
) -> None:
    """``teilte Folgendes mit: S1. S2.``, ``X schreibt: S1. S2.`` (an outlet's verb),
    ``Aus X wird gemeldet: S1. S2.``: the unmarked words run to the paragraph's end, the
    dash of the column's next item, or a sentence with an attribution of its own; a
    person's ``sagte: S1.`` stays one sentence."""
    assert quote_rows(_LEAD + text, lang="de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei teilte am folgenden Morgen mit: Ein Mann wurde verletzt. Der Täter floh.",
        "Am folgenden Tag teilte die Polizei mit: Ein Mann wurde verletzt. Der Täter floh.",
        "Die Polizei teilte nach der folgenden Sitzung mit: Ein Mann wurde verletzt. Er floh.",
        # the noun of time at the colon announces no text either
        "Die Polizei sagte am folgenden Tag: Ein Mann wurde verletzt. Der Täter floh.",
    ],
)
def test_folgend_in_a_phrase_of_time_announces_no_text(text: str) -> None:
    """``am folgenden Tag teilte X mit: S1. S2.``: after a preposition the adjective
    qualifies the noun of a time or place and announces nothing, so the unmarked words stay
    one sentence (ran to the paragraph's end); ``teilt folgende Erklärung mit`` and ``wies
    auf Folgendes hin`` still announce a text."""
    assert [row[1] for row in quote_rows(_LEAD + text, lang="de")] == ["Ein Mann wurde verletzt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Fähre ist voll, sagte der Bürgermeister der dpa.", "der Bürgermeister"),
        (
            "„Die Fähre ist voll“, sagte der Polizeisprecher der dpa am Montag.",
            "der Polizeisprecher",
        ),
        ("Wie der Bürgermeister der dpa sagte, ist die Fähre voll.", "der Bürgermeister"),
        ("Die Fähre ist voll, sagte ein Redakteur der taz.", "ein Redakteur der taz"),
    ],
)
def test_a_lower_case_outlet_after_a_role_is_whom_it_told(text: str, speaker: str) -> None:
    """``sagte der Bürgermeister der dpa``: the outlet told, no genitive of the role; a
    newsroom's role keeps its outlet (``ein Redakteur der taz``)."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Fähre ist voll, wie bestätigt wurde.",
        "Die Fähre ist voll, wie am Montag bestätigt wurde.",
    ],
)
def test_a_passive_as_clause_without_an_agent_closes_the_sentence(text: str) -> None:
    """``C, wie bestätigt wurde.``: reported, no speaker, the cue with its auxiliary."""
    assert quote_rows(_LEAD + text, lang="de") == [
        ("reported", "Die Fähre ist voll", None, "bestätigt wurde")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Es war Jo Roe, die am Montag sagte, die Fähre sei voll.", "Jo Roe"),
        ("Es war ein Experte, der es genau weiß, dass die Fähre voll ist.", "ein Experte"),
        ("Zwei Männer kamen, die meisten sagten, die Fähre sei voll.", "die meisten"),
    ],
)
def test_a_relative_pronoun_before_its_verb_cue_speaks_for_its_antecedent(
    text: str, speaker: str
) -> None:
    """``X, die am Montag sagte, C``: the relative clause's verb is the cue, the noun
    phrase before the comma speaks; ``die meisten`` is an article and its noun."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Übrigens sagte der Minister, die Fähre sei voll.", "der Minister"),
        ("Natürlich glaubt Jo Roe, dass die Fähre voll ist.", "Jo Roe"),
        ("Jedenfalls meint die Stadt, die Fähre sei voll.", "die Stadt"),
    ],
)
def test_a_sentence_adverb_before_an_inverted_subject_is_no_speaker(
    text: str, speaker: str
) -> None:
    """``Übrigens sagte X, C``: the adverb opens the clause, the subject after the cue
    speaks."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe trat vor und kritisierte den Plan. Er sei unausgegoren.",
        "Jo Roe kritisierte am Montag den Plan, da die Lage unklar sei. Er sei unausgegoren.",
    ],
)
def test_a_speech_act_s_second_predicate_or_first_clause_goes_on_in_the_indirect_mood(
    text: str,
) -> None:
    """``X trat vor und kritisierte den Plan. Er sei …``: the cue of the subject's second
    predicate; ``X kritisierte den Plan, da …. Er sei …``: the first clause's subject."""
    rows = quote_rows(_LEAD + text, lang="de")
    assert ("reported", "Er sei unausgegoren", "Jo Roe", "kritisierte") in rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Jo Roe sagte, die Zinsen stiegen.", "die Zinsen stiegen"),
        ("Am Montag sagte sie, die Fähren fuhren.", "die Fähren fuhren"),
        (
            "Jo Roe sagte, die Preise fielen, weil keiner kaufte.",
            "die Preise fielen, weil keiner kaufte",
        ),
    ],
)
def test_a_main_clause_its_verb_ends_after_the_cue_s_comma_is_the_content(
    text: str, content: str
) -> None:
    """``X sagte, die Zinsen stiegen.``: the indicative main clause ends in its verb; no
    noun stands before the comma for it to be a relative clause of."""
    assert [row[1] for row in quote_rows(_LEAD + text, lang="de")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe lobte die Stadt, die Touristen lieben.",
        "Da Jo Roe, die sich irrte und auf die Karte hinwies, die Fahrt absagte.",
        "Jo Roe sagte, wir gingen, so zu sagen, heim.",
        "Sie trat vor, das heißt, sie klagte: die Stadt sei leer.",
    ],
)
def test_a_clause_its_verb_ends_is_no_content_after_a_noun_or_in_a_relative_clause(
    text: str,
) -> None:
    """A verb-final clause after a noun's comma is relative; a cue inside a relative
    clause (``X, die … hinwies, die Fahrt absagte``) has no complement there."""
    rows = quote_rows(_LEAD + text, lang="de")
    assert not [row for row in rows if row[1].endswith(("lieben", "absagte", "gingen", "klagte"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Rathaus sagte dem Blatt der Bürgermeister: „Wir bauen.“", "der Bürgermeister"),
        ("Im Rathaus sagte dem Blatt der Bürgermeister, dass die Stadt baue.", "der Bürgermeister"),
        ("Beim Treffen sagte den Gästen die Ministerin, die Fähre sei voll.", "die Ministerin"),
    ],
)
def test_a_preposition_merged_with_its_article_heads_no_subject(text: str, speaker: str) -> None:
    """``Im Rathaus sagte dem Blatt der Bürgermeister``: ``im`` opens an adjunct, so the
    subject follows the dative object after the cue."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen“, sagte die Ministerin sichtlich bewegt.", "die Ministerin"),
        ("„Wir bauen“, sagte Jo Roe leise.", "Jo Roe"),
        ("„Wir“, rief der Wirt wütend, „bauen.“", "der Wirt"),
    ],
)
def test_lower_case_words_of_manner_after_an_inverted_source_are_no_part_of_it(
    text: str, speaker: str
) -> None:
    """``„Q“, sagte X sichtlich bewegt.``: the adverbs after the noun or name are how it
    was said."""
    assert {row[2] for row in quote_rows(_LEAD + text, lang="de")} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sichtlich bewegt sagte die Ministerin: „Wir bauen.“", "die Ministerin"),
        ("Merklich gereizt erklärte der Wirt, die Fähre sei voll.", "der Wirt"),
        ("Jo Roe selbst sagte: „Wir bauen.“", "Jo Roe"),
    ],
)
def test_a_fronted_adverb_phrase_is_no_speaker(text: str, speaker: str) -> None:
    """``Sichtlich bewegt sagte X``: a capital only on the clause's first word, then
    lower-case words: an adverb phrase first, the subject after the cue."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen“, sagte der Wirt eines Morgens.", "der Wirt"),
        ("Eines Morgens sagte der Wirt: „Wir bauen.“", "der Wirt"),
        ("Eines Nachts rief die Wirtin, die Fähre sei voll.", "die Wirtin"),
    ],
)
def test_an_adverbial_genitive_of_time_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    """``eines Morgens``, ``eines Nachts``: when it was said, before or after the cue."""
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == [speaker]


def test_a_question_s_clause_ends_before_the_cue_and_name_of_the_main_clause() -> None:
    """``Auf die Frage, ob C, sagte Roe: „Q“``: the comma, the finite cue and a name
    resume the main clause; the question's clause ends there."""
    rows = quote_rows(_LEAD + "Auf die Frage, ob die Fähre fahre, sagte Jo Roe: „Nein.“", lang="de")
    assert ("reported", "ob die Fähre fahre") in [row[:2] for row in rows]
    assert ("direct", "Nein.", "Jo Roe", "sagte") in rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Fähre ist voll. Dazu die Ministerin: „Wir bauen.“", "die Ministerin"),
        (
            "Jo Roe sagte: „Die Fähre ist voll.“ Darauf der Reporter: „Wann fährt sie?“",
            "der Reporter",
        ),
    ],
)
def test_an_adverb_an_article_and_a_noun_before_a_colon_name_the_speaker(
    text: str, speaker: str
) -> None:
    """``Dazu die Ministerin: „Q“``: the verbless attribution of German reports."""
    assert quote_rows(_LEAD + text, lang="de")[-1][2] == speaker


def test_nehmen_alone_is_no_cue_only_with_its_particle() -> None:
    """``nahm`` is "took"; only ``nahm … an`` is "assumed": ``„Q1“, sagte X, indem sie
    eine Karte nahm, „Q2“`` is X's in both parts."""
    text = "„Sieh“, sagte Jo Roe, indem sie eine Karte aus der Tasche nahm, „hier ist der Weg.“"
    assert {row[2] for row in quote_rows(_LEAD + text, lang="de")} == {"Jo Roe"}
    rows = quote_rows(_LEAD + "Die Ministerin nahm an, die Fähre sei voll.", lang="de")
    assert [row[:3] for row in rows] == [("reported", "die Fähre sei voll", "Die Ministerin")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Voller Freude rief sie aus: „Wir haben gewonnen.“", "sie"),
        ("Voll Zorn sagte der Wirt: „Raus hier.“", "der Wirt"),
    ],
)
def test_an_adjective_and_its_bare_noun_before_the_cue_are_no_speaker(
    text: str, speaker: str
) -> None:
    """``Voller Freude rief X``: ``voller`` takes a bare noun, a phrase of manner in the
    first place, so the subject follows the cue."""
    assert quote_rows(_LEAD + text, lang="de")[-1][2] == speaker


def test_c2_after_a_prepositional_phrase_goes_on_with_c1_s_predicate() -> None:
    """``Die Fähren, sagt X, zwischen den Inseln fahren …``: C1 has no verb, so the
    prepositional phrase after the attribution is no description of X but C2."""
    text = "Die Fähren, sagt die Satzung, zwischen den Inseln fahren nur im Sommer."
    rows = quote_rows(_LEAD + text, lang="de")
    assert [row[:3] for row in rows] == [
        ("reported", "Die Fähren", "die Satzung"),
        ("reported", "zwischen den Inseln fahren nur im Sommer", "die Satzung"),
    ]
    text = "Die Fähre sei voll, sagte Jo Roe, von der Hafenbehörde in Lornport."
    assert [row[1] for row in quote_rows(_LEAD + text, lang="de")] == ["Die Fähre sei voll"]


@pytest.mark.parametrize(
    "text",
    [
        "Es wäre falsch, sagt die Zeitung, wenn die Stadt die Fähre verkaufte.",
        "Aber es wäre falsch, sagt die Zeitung, die Jo Roe herausgibt, wenn die Stadt "
        "die Fähre verkaufte.",
        "Dann wäre es falsch, sagt Jo Roe, wenn die Stadt die Fähre verkaufte.",
    ],
)
def test_a_placeholder_es_goes_on_in_the_subordinate_clause_after_the_cue(text: str) -> None:
    """``Es wäre falsch, sagt X, wenn C2``: ``es`` holds the place of the clause after
    the attribution, so C2 is the speaker's too."""
    rows = quote_rows(_LEAD + text, lang="de")
    assert rows[-1][:2] == ("reported", "wenn die Stadt die Fähre verkaufte")


def test_a_subordinate_clause_after_the_cue_without_placeholder_is_the_writer_s() -> None:
    """``Die Stadt spare, sagte X, wenn sie gefragt wurde``: no ``es``, the writer's."""
    text = "Die Stadt spare, sagte Jo Roe, wenn sie gefragt wurde."
    assert [row[1] for row in quote_rows(_LEAD + text, lang="de")] == ["Die Stadt spare"]


def test_a_placeholder_es_keeps_c1_before_a_dass_clause_after_the_cue() -> None:
    """``Es sei klar, sagte X, dass C2``: ``es`` awaits the ``dass`` clause, so C1 is the
    speaker's words too, unlike a fronted adverbial clause (``Als es regnete, sagte X,
    dass C``)."""
    rows = quote_rows(_LEAD + "Es sei klar, sagte Jo Roe, dass die Fähre fahre.", lang="de")
    assert [row[:3] for row in rows] == [
        ("reported", "Es sei klar", "Jo Roe"),
        ("reported", "dass die Fähre fahre", "Jo Roe"),
    ]
    rows = quote_rows(_LEAD + "Als es regnete, sagte Jo Roe, dass die Fähre fahre.", lang="de")
    assert [row[1] for row in rows] == ["die Fähre fahre"]


@pytest.mark.parametrize(
    "text",
    [
        "Als Jo Roe sagte, die Zinsen stiegen, lachte man.",
        "Als Jo Roe sagte, die Zinsen stiegen, protestierten die Händler.",
        "Weil die Ministerin erklärte, die Zinsen stiegen, war der Saal still.",
    ],
)
def test_a_cue_in_a_fronted_adverbial_clause_reports_its_complement_only(text: str) -> None:
    """``Als X sagte, C, lachte man``: the adverbial clause fills the first place of the
    main clause, whose verb follows it; C is X's, and the main clause's verb reports
    nothing (it gave the whole ``Als …`` clause to ``man``)."""
    rows = quote_rows(_LEAD + text, lang="de")
    assert [row[:2] for row in rows] == [("reported", "die Zinsen stiegen")]


def test_a_fronted_adverbial_clause_alone_before_an_inverted_verb_is_no_content() -> None:
    """``Da C, glaubten sie an X``: the clause is the adjunct of the verb's own clause;
    but ``Wenn C1, sagt X, so C2`` is an interruption and keeps C1, and an object in the
    adverbial clause ends no complement (``Als X die Stadt lobte, die …``)."""
    text = "Da der Damm immer gehalten hatte, glaubten sie an keine Flut."
    assert quote_rows(_LEAD + text, lang="de") == []
    text = "Als Jo Roe die Stadt lobte, die Touristen lieben, lachte man."
    assert quote_rows(_LEAD + text, lang="de") == []
    text = "Wenn die Fähre ausfällt, sagt Jo Roe, so muss die Stadt zahlen."
    rows = quote_rows(_LEAD + text, lang="de")
    assert rows[0][:3] == ("reported", "Wenn die Fähre ausfällt", "Jo Roe")


def test_a_dateline_and_its_credit_in_brackets_before_the_subject_do_not_speak() -> None:
    """A news item inside the text opens with its place, date and credit in brackets;
    the capitalised article after the bracket opens the subject (the speaker was
    ``2. August``)."""
    item = "Lornport, 2. August (dpa) Die Zeitung bemerkt, dass die Fähre nicht fahre."
    rows = quote_rows(_LEAD + "Die Stadt spart. " + item, lang="de")
    assert [row[2] for row in rows] == ["Die Zeitung"]


def test_a_pronoun_in_capitals_after_an_abbreviation_opens_a_sentence() -> None:
    """``Lornport, 21. Okt. Es heißt, C``: the month's abbreviation ends the dateline,
    the pronoun in capitals opens the next sentence (the speaker was ``21. Okt. Es``);
    a lower-case word after an abbreviation goes on (``am 21. Okt. sagte sie``)."""
    text = "Die Stadt spart. Lornport, 21. Okt. Sie sagte, dass die Fähre nicht fahre."
    rows = quote_rows(_LEAD + text, lang="de")
    assert [row[2] for row in rows] == ["Sie"]
    text = "Am 21. Okt. sagte die Ministerin, dass die Fähre nicht fahre."
    rows = quote_rows(_LEAD + text, lang="de")
    assert [row[2] for row in rows] == ["die Ministerin"]


def test_a_body_s_noun_is_no_epithet_of_the_person_named_last() -> None:
    """``die Polizei``, ``die Behörde`` end compound roles' bodies (``Bundespolizei``)
    but name a body, not the woman named before (they gave ``Jana Lang``); ``die
    Behörde`` refers back to the body whose compound name ends in it; a person's
    epithet (``die CDU-Politikerin``) still names her."""
    lead = "Lornport (dpa) - «Wir legen alles lahm», sagte Jana Lang.\n\n"
    rows = quote_rows(lead + "Die Polizei sagte, die Straße sei frei.", lang="de")
    assert rows[-1][2] == "Die Polizei"
    text = (
        "Nach Angaben der Hafenbehörde stauten sich am Samstag 40 Schiffe. Der Schaden "
        "gehe in die Millionen, teilte die Behörde mit."
    )
    rows = quote_rows(lead + text, lang="de")
    assert [row[2] for row in rows[1:]] == ["der Hafenbehörde", "der Hafenbehörde"]
    rows = quote_rows(lead + "Die CDU-Politikerin sagte, die Straße sei frei.", lang="de")
    assert rows[-1][2] == "Jana Lang"


def test_a_verb_of_the_reported_mood_after_a_comma_goes_on_with_the_content() -> None:
    """``X betonte, man teile das Ziel, halte den Weg aber für zu teuer``: the second
    predicate shares the subject in the reported mood, part of the content (it ended at
    the comma, as the indicative main clause does: ``Dass C, hielt die Nachfrage …``)."""
    text = "Baudirektor Jo Roe betonte, man teile das Ziel, halte den Weg aber für zu teuer."
    rows = quote_rows(_LEAD + text, lang="de")
    assert [row[1] for row in rows] == ["man teile das Ziel, halte den Weg aber für zu teuer"]


def test_a_role_of_a_named_thing_after_an_attribute_is_the_speaker() -> None:
    """``Der Kapitän des eingetroffenen Dampfers „Lornport“``: the role's holder speaks,
    the genitive's name is whose the role is, with an adjective between the article and
    the name as without one (it gave ``Dampfers „Lornport“``)."""
    text = "Der Kapitän des eingetroffenen Dampfers „Lornport“ meldet, er sei gekentert."
    rows = quote_rows(_LEAD + text, lang="de")
    assert rows[0][2] == "Der Kapitän des eingetroffenen Dampfers „Lornport“"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Investor, die Lornau Bau GmbH, kündigte an, rechtliche Schritte zu prüfen.",
            "Lornau Bau GmbH",
        ),
        ("Der Chef der Werft, der Ingenieur Jo Roe, sagte, man werde klagen.", "Jo Roe"),
    ],
)
def test_an_apposition_with_its_article_names_the_description(text: str, speaker: str) -> None:
    """``Der Investor, die X GmbH, sagte``: the name after its article explains the
    description before it, as ``Der Sprecher, Jo Roe, sagte`` does (it gave ``Der
    Investor``, ``Der Chef der Werft``)."""
    assert quote_rows(_LEAD + text, lang="de")[0][2] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Landeshauptmann Jo Roe sagte, das Land werde helfen.",
        "«Das Ufer gehört allen», sagte die Initiantin Jo Roe.",
    ],
)
def test_austrian_and_swiss_roles_are_no_part_of_the_name(text: str) -> None:
    """``Landeshauptmann``, ``Landeshauptfrau`` (Austria), ``Initiantin`` (Switzerland)
    are roles before the name (they were read as its first word)."""
    assert quote_rows(_LEAD + text, lang="de")[0][2] == "Jo Roe"


def test_a_manner_phrase_after_und_opens_a_clause_whose_subject_follows_the_cue() -> None:
    """``… und voller Zorn rief er: „Q“``: ``voller`` and its bare noun after ``und``
    without a comma are the manner of a clause of its own (the speaker was ``voller
    Zorn``), as with the comma (``…, und voller Zorn rief er``)."""
    text = "Der Wirt kam herein und voller Zorn rief er: „Die Stadt ist schlecht.“"
    assert quote_rows(_LEAD + text, lang="de")[0][2] == "er"


def test_an_object_pronoun_after_the_cue_is_no_part_of_the_subject() -> None:
    """``„Q“, fragte mich der Minister``: whom he asked comes between the cue and the
    subject (the speaker was ``mich der Minister``), like a reflexive."""
    rows = quote_rows(_LEAD + "„Wie geht es?“, fragte mich der Minister.", lang="de")
    assert rows[0][2] == "der Minister"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Tageszeitung „Lornport Blatt“ berichtet, die Fähre sei gesperrt.",
            "Tageszeitung „Lornport Blatt“",
        ),
        (
            "Der Kapitän des Fischereidampfers „Lorn“ meldet, er sei gekentert.",
            "Der Kapitän des Fischereidampfers „Lorn“",
        ),
    ],
)
def test_a_compound_ending_in_a_name_noun_takes_the_name_in_marks(text: str, speaker: str) -> None:
    """``Tageszeitung „X“``, ``Fischereidampfer „X“``: a compound that ends in a noun
    that takes a name (``Zeitung``, ``Dampfer``) takes it too; the subject before the
    cue was not read (no speaker)."""
    assert quote_rows(_LEAD + text, lang="de")[0][2] == speaker


def test_a_headline_line_with_a_cue_verb_is_no_cue_line_for_the_kicker() -> None:
    text = (
        "Windkraft in der Lornheide\n\nVerbände drohen mit Klage gegen Windpark\n\n"
        "Mehrere Verbände wollen gegen den Windpark klagen."
    )
    assert quote_rows(text, lang="de") == []


def test_mehr_zum_thema_announces_a_related_headline() -> None:
    text = (
        "Die Stadt baut eine Brücke über die Lorn. Die Arbeiten beginnen im Juni.\n\n"
        "Mehr zum Thema\n\nEnergiewende: Wie der Ausbau der Windkraft stockt"
    )
    assert quote_rows(text, lang="de") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Orgel sei verstimmt, wie er lachend erklärte.", "er"),
        ("„Die Orgel ist verstimmt“, sagte man wohl im Chor.", "man"),
        ("Die Orgel sei verstimmt, wie sie gestern im Chor sagte.", "sie"),
    ],
)
def test_lower_case_words_after_a_pronoun_subject_are_no_part_of_it(
    text: str, speaker: str
) -> None:
    """``…, wie er lachend erklärte``: where nouns are capitalised, a lower-case word
    after a pronoun is an adjunct, no part of the speaker's mention."""
    article = newsstruct.parse(_LEAD + text, lang="de", registry=REGISTRY)
    mentions = {q.mention.of(article.text) for q in article.quotes if q.mention}
    assert mentions == {speaker}


def test_a_generic_speaker_is_no_antecedent_of_a_third_person_pronoun() -> None:
    """``„Q1“, sagte man im Chor. „Q2“, meinte er.``: ``man`` names nobody, so ``er``
    does not stand for it."""
    text = "„Die Orgel ist verstimmt“, sagte man im Chor. „Sie klingt wie ein Kessel“, meinte er."
    assert [row[2] for row in quote_rows(_LEAD + text, lang="de")] == ["man", "er"]
