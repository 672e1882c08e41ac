"""Italian: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Secondo la presidenza della Camera, la seduta di Lornporto è rinviata.",
        [
            (
                "reported",
                "la seduta di Lornporto è rinviata",
                "la presidenza della Camera",
                "Secondo",
            )
        ],
        id="a-body-described-by-a-preposition-written-onto-its-article",
    ),
    pytest.param(
        "Il ponte di Lornporto chiuderà lunedì, ha annunciato l'Enel.",
        [("reported", "Il ponte di Lornporto chiuderà lunedì", "l'Enel", "ha annunciato")],
        id="a-body-s-name-written-onto-its-elided-article",
    ),
    pytest.param(
        "«Il debito calerà», ha detto il presidente del Consiglio Andrea Vitale.",
        [("direct", "Il debito calerà", "Andrea Vitale", "ha detto")],
        id="a-first-name-after-a-body-noun-opens-a-holder-s-name-printed-once",
    ),
    pytest.param(
        (
            "Il presidente della Banca Centrale Europea ha detto che "
            "l'inflazione scenderà il prossimo anno."
        ),
        [
            (
                "reported",
                "l'inflazione scenderà il prossimo anno",
                "Il presidente della Banca Centrale Europea",
                "ha detto",
            )
        ],
        id="a-role-of-a-body-whose-name-has-two-adjectives",
    ),
    pytest.param(
        (
            "Il presidente della Banca Centrale Europea ha detto che "
            "l'inflazione scenderà. La Commissione Europea non ha commentato."
        ),
        [
            (
                "reported",
                "l'inflazione scenderà",
                "Il presidente della Banca Centrale Europea",
                "ha detto",
            )
        ],
        id="a-body-adjective-in-another-body-s-name-is-not-a-surname-printed-alone",
    ),
    pytest.param(
        (
            "«Il debito calerà», ha detto il presidente del Consiglio Mario Natale. "
            "«Ora si cresce», ha aggiunto Natale."
        ),
        [
            ("direct", "Il debito calerà", "Mario Natale", "ha detto"),
            ("direct", "Ora si cresce", "Mario Natale", "ha aggiunto"),
        ],
        id="a-holder-whose-name-ends-like-adjectives-printed-alone-is-no-body",
    ),
    pytest.param(
        "«Il piano per il porto è pronto», avevano detto i funzionari.",
        [("direct", "Il piano per il porto è pronto", "i funzionari", "avevano detto")],
        id="avevano-detto-plural-pluperfect",
    ),
    pytest.param(
        "«Il piano per il porto è pronto», hanno detto i funzionari all'ANSA.",
        [("direct", "Il piano per il porto è pronto", "i funzionari", "hanno detto")],
        id="an-elided-dative-after-an-inverted-description-is-whom-they-told",
    ),
    pytest.param(
        "«Il piano per il porto è pronto», ha detto Paola Ferri all'ANSA.",
        [("direct", "Il piano per il porto è pronto", "Paola Ferri", "ha detto")],
        id="an-elided-dative-after-an-inverted-name-is-whom-she-told",
    ),
    pytest.param(
        "Paola Ferri ha dichiarato all'ANSA che il piano per il porto è pronto.",
        [("reported", "il piano per il porto è pronto", "Paola Ferri", "ha dichiarato")],
        id="an-elided-dative-before-che-is-whom-she-told",
    ),
    pytest.param(
        "«I conti tornano quest'anno», ha detto Paola Ferri chiaramente.",
        [("direct", "I conti tornano quest'anno", "Paola Ferri", "ha detto")],
        id="an-adverb-in-mente-after-an-inverted-name",
    ),
    pytest.param(
        "Secondo la Commissione Europea, l'inflazione calerà il prossimo anno.",
        [("reported", "l'inflazione calerà il prossimo anno", "la Commissione Europea", "Secondo")],
        id="a-body-noun-and-its-adjective-name-the-body",
    ),
    pytest.param(
        "«I conti tornano», ha detto Paola Ferri il lunedì a Pavia.",
        [("direct", "I conti tornano", "Paola Ferri", "ha detto")],
        id="an-article-after-the-name-opens-a-time-adjunct",
    ),
    pytest.param(
        "Secondo l'Istituto Superiore della Pioggia, i casi sono in calo.",
        [
            (
                "reported",
                "i casi sono in calo",
                "l'Istituto Superiore della Pioggia",
                "Secondo",
            )
        ],
        id="secondo-elided-article-organisation",
    ),
    pytest.param(
        "Il sindaco di Roma ha detto che il porto riaprirà a maggio.",
        [("reported", "il porto riaprirà a maggio", "Il sindaco di Roma", "ha detto")],
        id="role-of-a-domain-after-di-before-the-cue",
    ),
    pytest.param(
        ("Il ministro dell'Economia ha detto che il bilancio del prossimo anno sarà in pareggio."),
        [
            (
                "reported",
                "il bilancio del prossimo anno sarà in pareggio",
                "Il ministro dell'Economia",
                "ha detto",
            )
        ],
        id="reported-che",
    ),
    pytest.param(
        (
            "«Non aumenteremo le tasse quest'anno», ha dichiarato il ministro "
            "dell'Economia Marco Rossi."
        ),
        [("direct", "Non aumenteremo le tasse quest'anno", "Marco Rossi", "ha dichiarato")],
        id="guillemets",
    ),
    pytest.param(
        ("Secondo il sindaco, il nuovo ponte sul fiume sarà aperto già nel mese di luglio."),
        [
            (
                "reported",
                "il nuovo ponte sul fiume sarà aperto già nel mese di luglio",
                "il sindaco",
                "Secondo",
            )
        ],
        id="secondo",
    ),
    pytest.param(
        ("I lavori sulla strada dureranno ancora due mesi, ha spiegato il portavoce del comune."),
        [
            (
                "reported",
                "I lavori sulla strada dureranno ancora due mesi",
                "il portavoce del comune",
                "ha spiegato",
            )
        ],
        id="before-cue",
    ),
    pytest.param(
        "Il nuovo ponte sarà aperto già a luglio. Lo ha detto il sindaco Marco Rossi.",
        [("reported", "Il nuovo ponte sarà aperto già a luglio", "Marco Rossi", "Lo ha detto")],
        id="anaphoric",
    ),
    pytest.param(
        (
            "La sindaca della città, Anna Bianchi, ha affermato: «Ricostruiremo "
            "tutte le scuole entro la fine dell'anno»."
        ),
        [
            (
                "direct",
                "Ricostruiremo tutte le scuole entro la fine dell'anno",
                "Anna Bianchi",
                "ha affermato",
            )
        ],
        id="apposition-colon",
    ),
    pytest.param(
        (
            '"Nella prossima legge di bilancio non ci saranno nuove tasse". Lo ha '
            "detto il ministro Marco Bellini."
        ),
        [
            (
                "direct",
                "Nella prossima legge di bilancio non ci saranno nuove tasse",
                "Marco Bellini",
                "Lo ha detto",
            ),
        ],
        id="anaphoric-after-quotation",
    ),
    pytest.param(
        (
            "Il presidente del Consiglio Marco Verdi ha incontrato i sindacati. «Il "
            "dialogo continua», ha detto il premier al termine della riunione."
        ),
        [("direct", "Il dialogo continua", "Marco Verdi", "ha detto")],
        id="role-equivalent-premier",
    ),
    pytest.param(
        (
            "Il sindaco Luca Neri ha firmato l’ordinanza. «È una scelta di buon "
            "senso», spiega il primo cittadino."
        ),
        [("direct", "È una scelta di buon senso", "Luca Neri", "spiega")],
        id="role-equivalent-primo-cittadino",
    ),
    pytest.param(
        ("Per il sindacato, la riforma non basta a coprire i pensionamenti."),
        [("reported", "la riforma non basta a coprire i pensionamenti", "il sindacato", "Per")],
        id="opinion-per-x",
    ),
    pytest.param(
        ("Per questo motivo, il consiglio comunale ha rinviato la seduta a lunedì."),
        [],
        id="per-not-a-source",
    ),
    pytest.param(
        (
            "Il piano regionale per la sanità sarà presentato alla giunta la "
            "prossima settimana, si apprende."
        ),
        [],
        id="impersonal-si-apprende",
    ),
    pytest.param(
        (
            "Il sindaco Luca Neri ha detto che il piano è pronto. «Partiamo "
            "lunedì», ha affermato il sindaco davanti al municipio."
        ),
        [
            ("reported", "il piano è pronto", "Luca Neri", "ha detto"),
            ("direct", "Partiamo lunedì", "Luca Neri", "ha affermato"),
        ],
        id="davanti-ends-the-speaker",
    ),
    pytest.param(
        (
            "Il ct della Nazionale Luca Ferretti ha parlato ieri. L'allenatore ha "
            "ammesso che la squadra ha sofferto troppo nel primo tempo."
        ),
        [
            (
                "reported",
                "la squadra ha sofferto troppo nel primo tempo",
                "Luca Ferretti",
                "ha ammesso",
            )
        ],
        id="elided-article-before-a-role",
    ),
    pytest.param(
        (
            "Per il leader della Cgil, Paolo Landi, «senza un intervento sui salari "
            "il Paese non riparte»."
        ),
        [("direct", "senza un intervento sui salari il Paese non riparte", "Paolo Landi", "Per")],
        id="opinion-apposed-name-then-quotation",
    ),
    pytest.param(
        ("«Il piano dei lavori è pronto», ha detto all'ANSA il portavoce del ministero."),
        [("direct", "Il piano dei lavori è pronto", "il portavoce del ministero", "ha detto")],
        id="outlet-told-before-the-source",
    ),
    pytest.param(
        "Il sindaco di Lucca, Paolo Bertini, ha detto che il mercato riaprirà a giugno.",
        [("reported", "il mercato riaprirà a giugno", "Paolo Bertini", "ha detto")],
        id="role-of-place-then-name",
    ),
    pytest.param(
        (
            "L'assessora alla Cultura, Anna Fabbri, replica che il museo resterà aperto. "
            "«Nessuno perderà il lavoro», assicura."
        ),
        [
            ("reported", "il museo resterà aperto", "Anna Fabbri", "replica"),
            ("direct", "Nessuno perderà il lavoro", "Anna Fabbri", "assicura"),
        ],
        id="elided-role-then-name",
    ),
    pytest.param(
        (
            "«Il teatro riaprirà in autunno», ha detto il presidente della Fondazione "
            "Lirica, Carlo Neri, ai giornalisti."
        ),
        [("direct", "Il teatro riaprirà in autunno", "Carlo Neri", "ha detto")],
        id="cue-then-role-of-body-then-name",
    ),
    pytest.param(
        (
            "Il teatro riaprirà in autunno. Lo ha annunciato ieri il sindaco di Lucca, "
            "Paolo Bertini, in consiglio."
        ),
        [("reported", "Il teatro riaprirà in autunno", "Paolo Bertini", "Lo ha annunciato")],
        id="anaphoric-role-of-place-then-name",
    ),
    pytest.param(
        (
            "«Il museo riaprirà», ha detto la ministra Anna Rossi. Le sale saranno "
            "rinnovate entro giugno, ha spiegato."
        ),
        [
            ("direct", "Il museo riaprirà", "Anna Rossi", "ha detto"),
            ("reported", "Le sale saranno rinnovate entro giugno", "Anna Rossi", "ha spiegato"),
        ],
        id="cue-with-dropped-subject-closes-the-content",
    ),
    pytest.param(
        "Il museo riaprirà a giugno. Lo ha comunicato la Regione in una nota.",
        [("reported", "Il museo riaprirà a giugno", "Regione", "Lo ha comunicato")],
        id="clitic-anaphor-before-any-cue",
    ),
    pytest.param(
        "Lo Stato ha detto che il museo riaprirà.",
        [("reported", "il museo riaprirà", "Stato", "ha detto")],
        id="article-lo-is-no-anaphor",
    ),
    pytest.param(
        (
            "«Il museo riaprirà», ha detto la ministra Anna Rossi, aggiungendo che le sale "
            "saranno rinnovate."
        ),
        [
            ("direct", "Il museo riaprirà", "Anna Rossi", "ha detto"),
            ("reported", "le sale saranno rinnovate", "Anna Rossi", "aggiungendo"),
        ],
        id="gerund-adds-content",
    ),
    pytest.param(
        "La sindaca ha visitato il porto martedì, aggiungendo nuove gru al molo.",
        [],
        id="gerund-with-a-noun-phrase-object-reports-nothing",
    ),
    pytest.param(
        "Secondo quanto riferito dal comando dei vigili, la strada riaprirà lunedì.",
        [
            (
                "reported",
                "la strada riaprirà lunedì",
                "comando dei vigili",
                "Secondo quanto riferito dal",
            )
        ],
        id="secondo-quanto-riferito-da",
    ),
    pytest.param(
        "Inoltre, ha detto la sindaca, il porto riaprirà a maggio.",
        [("reported", "il porto riaprirà a maggio", "la sindaca", "ha detto")],
        id="adverb-then-parenthetical-cue-and-source",
    ),
    pytest.param(
        "Quando il consiglio comunale approva un nuovo bilancio, lei risponde.",
        [],
        id="adverbial-clause-before-pronoun-and-cue-is-no-content",
    ),
    pytest.param(
        "Il denaro dei lavori veniva da un'eredità antica, ha detto alla polizia di Roma "
        "l'assessore.",
        [
            (
                "reported",
                "Il denaro dei lavori veniva da un'eredità antica",
                "l'assessore",
                "ha detto",
            )
        ],
        id="inverted-dative-addressee-before-the-source",
    ),
    pytest.param(
        "Quando il ghiaccio si scioglierà, il capitano ha detto.",
        [("reported", "Quando il ghiaccio si scioglierà", "il capitano", "ha detto")],
        id="adverbial-clause-before-a-verb-of-saying-is-its-short-answer",
    ),
    pytest.param(
        "Il ministro dei Trasporti ha aggiunto nuovi dettagli sul piano delle strade.",
        [],
        id="compound-clause-cue-with-a-noun-object-is-no-speech",
    ),
    pytest.param(
        "Secondo quanto ha spiegato l'assessore, i lavori inizieranno a maggio.",
        [("reported", "i lavori inizieranno a maggio", "l'assessore", "ha spiegato")],
        id="secondo-quanto-and-a-cue-clause",
    ),
    pytest.param(
        "Secondo quanto riferito dal comune, i lavori inizieranno a maggio.",
        [("reported", "i lavori inizieranno a maggio", "comune", "Secondo quanto riferito dal")],
        id="secondo-quanto-and-a-participle-keeps-its-phrase",
    ),
    pytest.param(
        "Secondo i dati dell'Istituto nazionale della pesca, il pescato è in calo.",
        [("reported", "il pescato è in calo", "Istituto nazionale della pesca", "Secondo")],
        id="secondo-i-dati-names-the-body",
    ),
    pytest.param(
        "Secondo i dati pubblicati martedì dall'Istituto della pesca, il pescato è in calo.",
        [("reported", "il pescato è in calo", "Istituto della pesca", "Secondo")],
        id="secondo-i-dati-names-the-agent-after-its-dated-participle",
    ),
    pytest.param(
        "Secondo le stime della Banca centrale, il prodotto interno lordo crescerà.",
        [("reported", "il prodotto interno lordo crescerà", "Banca centrale", "Secondo")],
        id="secondo-le-stime-names-the-body",
    ),
    pytest.param(
        "Luca Bianchi a Roma ha detto che il ponte sul fiume riaprirà a maggio.",
        [("reported", "il ponte sul fiume riaprirà a maggio", "Luca Bianchi", "ha detto")],
        id="a-name-before-its-place-speaks",
    ),
    pytest.param(
        "Il Consiglio di Stato a Pietralba ha detto che la legge sulle cave è valida.",
        [("reported", "la legge sulle cave è valida", "Il Consiglio di Stato", "ha detto")],
        id="a-body-named-with-a-participle-s-form-before-its-place-speaks",
    ),
    pytest.param(
        "«I conti della sanità sono in ordine», ha detto il segretario di stato martedì.",
        [
            (
                "direct",
                "I conti della sanità sono in ordine",
                "il segretario di stato",
                "ha detto",
            )
        ],
        id="di-before-the-last-noun-of-the-speaker-is-no-complementizer",
    ),
    pytest.param(
        "«Le scuole riapriranno», ha detto il segretario di Stato martedì a Pietralba.",
        [("direct", "Le scuole riapriranno", "il segretario di Stato", "ha detto")],
        id="di-before-a-capitalised-noun-then-a-time-and-a-place",
    ),
    pytest.param(
        "«Le scuole riapriranno», ha detto l'esponente del Pd.",
        [("direct", "Le scuole riapriranno", "l'esponente del Pd", "ha detto")],
        id="an-elided-role-of-a-party-is-no-name",
    ),
    pytest.param(
        "Le scuole riapriranno, ha detto l'assessore del Pd Mario Bianchi.",
        [("reported", "Le scuole riapriranno", "Mario Bianchi", "ha detto")],
        id="the-holder-after-an-elided-role-of-a-party",
    ),
    pytest.param(
        "Il sindaco di Valmonte, Paolo Bianchi, ha annunciato che il ponte riaprirà a giugno. "
        "«È una buona notizia», ha aggiunto l'esponente.",
        [
            ("reported", "il ponte riaprirà a giugno", "Paolo Bianchi", "ha annunciato"),
            ("direct", "È una buona notizia", "Paolo Bianchi", "ha aggiunto"),
        ],
        id="an-elided-epithet-for-the-person-named-last",
    ),
    pytest.param(
        "Il governo ha approvato il decreto, secondo quanto ha riferito il ministro "
        "dell'Economia, Marco Verdi.",
        [("reported", "Il governo ha approvato il decreto", "Marco Verdi", "ha riferito")],
        id="secondo-quanto-with-the-holder-apposed-to-the-role",
    ),
    pytest.param(
        "La ministra Anna Neri ha visitato il porto. «Siamo contenti», ha aggiunto il funzionario.",
        [("direct", "Siamo contenti", "il funzionario", "ha aggiunto")],
        id="a-masculine-epithet-is-no-woman-named-before",
    ),
    pytest.param(
        "Giulia Neri e Andrea Conti hanno visitato il porto. «Siamo contenti», ha detto lui.",
        [("direct", "Siamo contenti", "Andrea Conti", "ha detto")],
        id="lui-andrea-is-a-man-s-name-in-a",
    ),
    pytest.param(
        "Stando alla polizia, il conducente era sobrio.",
        [("reported", "il conducente era sobrio", "polizia", "Stando alla")],
        id="stando-with-the-article-written-onto-a",
    ),
    pytest.param(
        "«Il porto riapre a maggio», dice un consigliere di Marco Ferri.",
        [("direct", "Il porto riapre a maggio", "un consigliere di Marco Ferri", "dice")],
        id="a-role-of-a-named-person-speaks-not-the-person",
    ),
    pytest.param(
        "«Il porto riapre a maggio», dice il presidente di Portinvest Marco Ferri.",
        [("direct", "Il porto riapre a maggio", "Marco Ferri", "dice")],
        id="a-role-of-a-body-and-its-holder-s-name",
    ),
    pytest.param(
        "«Il molo apre a maggio», taglia corto il sindaco.",
        [
            ("direct", "Il molo apre a maggio", "il sindaco", "taglia corto"),
        ],
        id="a-newsroom-cue-phrase",
    ),
    pytest.param(
        "«Il molo apre a maggio», ha chiosato il sindaco.",
        [
            ("direct", "Il molo apre a maggio", "il sindaco", "ha chiosato"),
        ],
        id="a-newsroom-cue-verb-after-its-auxiliary",
    ),
    pytest.param(
        "«Il molo apre a maggio», così il sindaco Marco Ferri.",
        [
            ("direct", "Il molo apre a maggio", "Marco Ferri", "così"),
        ],
        id="cosi-after-a-quotation-signs-it",
    ),
    pytest.param(
        "Il ponte resterà chiuso fino a venerdì, ha detto la Polizia Stradale.",
        [("reported", "Il ponte resterà chiuso fino a venerdì", "la Polizia Stradale", "ha detto")],
        id="police-body-capitalised-with-its-adjective",
    ),
    pytest.param(
        "Il ponte resterà chiuso fino a venerdì, ha fatto sapere il Ministero degli Affari Esteri.",
        [
            (
                "reported",
                "Il ponte resterà chiuso fino a venerdì",
                "il Ministero degli Affari Esteri",
                "ha fatto sapere",
            )
        ],
        id="body-noun-degli-two-capitalised-words",
    ),
    pytest.param(
        "Il ministro è stato chiaro: «Non ci saranno aumenti delle tasse».",
        [("direct", "Non ci saranno aumenti delle tasse", "Il ministro", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        "«Abbiamo perso molto - ha detto il sindaco Paolo Verdi -. Ma ricostruiremo tutto».",
        [
            ("direct", "Abbiamo perso molto", "Paolo Verdi", "ha detto"),
            ("direct", "Ma ricostruiremo tutto", "Paolo Verdi", "ha detto"),
        ],
        id="a-cue-between-spaced-dashes-inside-the-marks-splits-the-quote",
    ),
    pytest.param(
        "«Il ponte è crollato – spiega Paolo Verdi, sindaco di Lornport –, ma lo ricostruiremo».",
        [
            ("direct", "Il ponte è crollato", "Paolo Verdi", "spiega"),
            ("direct", "ma lo ricostruiremo", "Paolo Verdi", "spiega"),
        ],
        id="a-cue-between-spaced-dashes-with-an-apposition-after-its-source",
    ),
    pytest.param(
        "«Il ponte - e la strada - resteranno chiusi fino a venerdì», ha detto il sindaco.",
        [
            (
                "direct",
                "Il ponte - e la strada - resteranno chiusi fino a venerdì",
                "il sindaco",
                "ha detto",
            )
        ],
        id="spaced-dashes-around-no-cue-keep-the-quote-whole",
    ),
    pytest.param(
        "«Abbiamo perso molto», ha detto il sindaco Paolo Verdi. «Ma ricostruiremo».",
        [
            ("direct", "Abbiamo perso molto", "Paolo Verdi", "ha detto"),
            ("direct", "Ma ricostruiremo", "Paolo Verdi", "ha detto"),
        ],
        id="a-short-sentence-in-marks-with-its-stop-after-them-goes-on-with-the-speaker",
    ),
    pytest.param(
        "«Non cederemo sulle pensioni», ha detto il ministro ai giornalisti.",
        [("direct", "Non cederemo sulle pensioni", "il ministro", "ha detto")],
        id="the-journalists-after-a-source-s-role-are-its-audience",
    ),
    pytest.param(
        "Il ponte resterà chiuso fino a venerdì, riferiscono fonti diplomatiche.",
        [
            (
                "reported",
                "Il ponte resterà chiuso fino a venerdì",
                "fonti diplomatiche",
                "riferiscono",
            )
        ],
        id="a-bare-plural-source-takes-its-adjective-after-it",
    ),
    pytest.param(
        "Il sindaco ha invitato i cittadini a restare a casa durante la tempesta.",
        [("reported", "restare a casa durante la tempesta", "Il sindaco", "ha invitato")],
        id="a-control-cue-s-infinitive-after-its-object-and-a",
    ),
    pytest.param(
        "Il ponte resterà chiuso fino a venerdì, fanno sapere dal Comune.",
        [("reported", "Il ponte resterà chiuso fino a venerdì", "Comune", "fanno sapere dal")],
        id="a-plural-cue-with-da-takes-the-body-the-words-come-from",
    ),
    pytest.param(
        "Il ponte resterà chiuso fino a venerdì, ha reso noto la Questura in una nota.",
        [("reported", "Il ponte resterà chiuso fino a venerdì", "Questura", "ha reso noto")],
        id="ha-reso-noto-is-a-cue",
    ),
    pytest.param(
        "Stando a quanto riferito dai vigili, la strada resterà chiusa fino a sera.",
        [
            (
                "reported",
                "la strada resterà chiusa fino a sera",
                "vigili",
                "Stando a quanto riferito dai",
            )
        ],
        id="stando-a-quanto-and-a-participle-take-the-agent",
    ),
    pytest.param(
        "La strada resterà chiusa fino a sera, come confermato dal prefetto.",
        [("reported", "La strada resterà chiusa fino a sera", "prefetto", "confermato")],
        id="an-as-participle-s-agent-speaks",
    ),
    pytest.param(
        "La strada resterà chiusa fino a sera, come è stato confermato dal prefetto.",
        [("reported", "La strada resterà chiusa fino a sera", "prefetto", "confermato")],
        id="an-as-clause-s-passive-agent-speaks",
    ),
    pytest.param(
        "La sindaca ha esortato i residenti ad evitare la strada.",
        [("reported", "evitare la strada", "La sindaca", "ha esortato")],
        id="a-control-cue-s-infinitive-after-ad",
    ),
    pytest.param(
        "Il ponte di Lornport resterà chiuso fino a lunedì, spiega dalla Protezione civile.",
        [
            (
                "reported",
                "Il ponte di Lornport resterà chiuso fino a lunedì",
                "Protezione civile",
                "spiega",
            )
        ],
        id="a-singular-cue-and-the-body-the-words-come-from-closing-the-sentence",
    ),
    pytest.param(
        "Il ponte di Lornport resterà chiuso, fanno sapere dalla Protezione civile.",
        [
            (
                "reported",
                "Il ponte di Lornport resterà chiuso",
                "Protezione civile",
                "fanno sapere dalla",
            )
        ],
        id="a-plural-cue-and-the-body-the-words-come-from-with-its-lower-case-words",
    ),
    pytest.param(
        "«Il ponte resterà chiuso», spiega dal palco il sindaco.",
        [("direct", "Il ponte resterà chiuso", "il sindaco", "spiega")],
        id="a-singular-cue-and-the-place-spoken-from-before-the-subject",
    ),
    pytest.param(
        "Il porto di Lornport chiuderà lunedì, ha detto la verità.",
        [],
        id="a-noun-of-what-is-said-after-the-cue-is-its-object-no-source",
    ),
    pytest.param(
        "Il sindaco Marco Ferri ha annunciato la chiusura della strada, precisando che non "
        "ci sono feriti.",
        [("reported", "non ci sono feriti", "Marco Ferri", "precisando")],
        id="the-gerund-precisando-before-a-clause",
    ),
    pytest.param(
        "Il sindaco Marco Ferri ha visitato il cantiere, confermando il suo sostegno al "
        "progetto del nuovo ponte.",
        [],
        id="the-gerund-confermando-before-an-object-is-no-cue",
    ),
    pytest.param(
        "Pur riconoscendo che il piano è valido, il ministro Gino Lornesi ha chiesto più tempo.",
        [("reported", "il piano è valido", "Gino Lornesi", "riconoscendo")],
        id="a-concessive-pur-and-its-gerund-open-the-sentence-its-subject-speaks",
    ),
    pytest.param(
        '"Il coro canterà anche a Natale", ha detto da parte sua la maestra Anna Roe.',
        [("direct", "Il coro canterà anche a Natale", "Anna Roe", "ha detto")],
        id="an-aside-phrase-between-the-cue-and-the-source-after-it",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_it(text: str) -> None:
    assert lang.detect(text) == "it"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "it"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("it")


@pytest.mark.parametrize("headline", ["Di Sante", "DI SANTE ATTACCA IL GOVERNO"])
def test_a_headline_that_opens_with_a_surname_particle_is_no_byline(headline: str) -> None:
    """Lexicon.byline_words: Italian writes its byline word in lower case (``di Anna
    Rossi``); the capitalised particle of a surname opens a headline."""
    lead = "(ANSA) - ROMA, 18 MAR - «La manovra va cambiata», ha detto il leader del movimento."
    article = newsstruct.parse(f"date 2026-03-18\n{headline}\n{lead}", registry=REGISTRY)
    assert article.title == headline


def test_a_lower_case_byline_under_the_headline_is_furniture() -> None:
    text = (
        "date 2026-03-18 Manovra, scontro nella maggioranza\ndi Anna Rossi\n"
        "ROMA - «La manovra va cambiata», ha detto il leader del movimento."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [p.role.value for p in article.paragraphs][:3] == ["title", "boilerplate", "lead"]


def test_an_adverb_between_the_auxiliary_and_its_participle_stays_in_the_cue() -> None:
    """``ha anche detto che C``: the compound cue with its adverb."""
    assert quote_rows("Mario Rossi ha anche detto che il porto è chiuso.", lang="it") == [
        ("reported", "il porto è chiuso", "Mario Rossi", "ha anche detto")
    ]


def test_come_si_ricordera_opens_background() -> None:
    text = (
        "Il sindaco Marco Ferri ha detto che il ponte resterà chiuso fino a venerdì.\n\n"
        "Come si ricorderà, i lavori erano stati bloccati nel 2023 per un ricorso al Tar."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [p.text for p in article.background] == [text.split("\n\n")[1]]
