"""Polish: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Według ministra Jana Wrzosa, szefa resortu portów, prom wróci w czerwcu.",
        [("reported", "prom wróci w czerwcu", "Jan Wrzos", "Według")],
        id="wedlug-a-role-and-a-name-then-an-apposition",
    ),
    pytest.param(
        "Według Głównego Urzędu Statystycznego (GUS) inflacja w Lornowie wzrosła.",
        [("reported", "inflacja w Lornowie wzrosła", "Głównego Urzędu Statystycznego", "Według")],
        id="a-short-bracket-after-a-source-without-a-comma",
    ),
    pytest.param(
        "„Most otworzymy w maju” – powiedział PAP rzecznik ministerstwa Jan Kowalski.",
        [("direct", "Most otworzymy w maju", "Jan Kowalski", "powiedział")],
        id="an-outlet-told-is-no-part-of-the-cue",
    ),
    pytest.param(
        "Według ministra finansów podatków przybędzie w przyszłym roku o kilka procent.",
        [
            (
                "reported",
                "podatków przybędzie w przyszłym roku o kilka procent",
                "ministra finansów",
                "Według",
            )
        ],
        id="a-genitive-subject-before-a-verb-no-list-names",
    ),
    pytest.param(
        "Według premiera rząd przyjmie ustawę o podatkach jeszcze w tym tygodniu.",
        [
            (
                "reported",
                "rząd przyjmie ustawę o podatkach jeszcze w tym tygodniu",
                "premiera",
                "Według",
            )
        ],
        id="a-role-noun-in-the-nominative-opens-the-content",
    ),
    pytest.param(
        "Jana Kowalskiego poparł wojewoda Adam Nowak i zapewnił, że zakład zostanie otwarty.",
        [("reported", "zakład zostanie otwarty", None, "zapewnił")],
        id="fronted-object-name-is-no-subject-of-a-coordinated-cue",
    ),
    pytest.param(
        "Minister finansów powiedział, że budżet na przyszły rok będzie zrównoważony.",
        [
            (
                "reported",
                "budżet na przyszły rok będzie zrównoważony",
                "Minister finansów",
                "powiedział",
            )
        ],
        id="reported-ze",
    ),
    pytest.param(
        (
            "„Nie będziemy w tym roku podnosić podatków” – powiedział minister "
            "finansów Jan Kowalski."
        ),
        [("direct", "Nie będziemy w tym roku podnosić podatków", "Jan Kowalski", "powiedział")],
        id="low-high-marks",
    ),
    pytest.param(
        "„Nie będziemy podnosić podatków” – powiedział rzecznik Jan Kowalski dziennikarzom.",
        [("direct", "Nie będziemy podnosić podatków", "Jan Kowalski", "powiedział")],
        id="audience-after-the-source",
    ),
    pytest.param(
        ("Remont drogi potrwa jeszcze dwa miesiące, powiedział rzecznik ratusza Adam Nowak."),
        [("reported", "Remont drogi potrwa jeszcze dwa miesiące", "Adam Nowak", "powiedział")],
        id="unmarked-before-cue",
    ),
    pytest.param(
        (
            "Burmistrz miasta Anna Wiśniewska oświadczyła: „Odbudujemy wszystkie "
            "szkoły do końca roku”."
        ),
        [("direct", "Odbudujemy wszystkie szkoły do końca roku", "Anna Wiśniewska", "oświadczyła")],
        id="colon-quote",
    ),
    pytest.param(
        (
            "- Jesteśmy gotowi do rozmów z rządem - powiedział przewodniczący "
            "związku Piotr Zieliński."
        ),
        [("direct", "Jesteśmy gotowi do rozmów z rządem", "Piotr Zieliński", "powiedział")],
        id="pap-dash-quote",
    ),
    pytest.param(
        "Według wojewody nowy most na rzece zostanie otwarty już w lipcu.",
        [("reported", "nowy most na rzece zostanie otwarty już w lipcu", "wojewody", "Według")],
        id="wedlug-without-comma",
    ),
    pytest.param(
        "Według rzecznika ministerstwa zdrowia Adama Lisa szpitale dostaną nowe karetki.",
        [("reported", "szpitale dostaną nowe karetki", "Adam Lis", "Według")],
        id="wedlug-without-comma-a-role-of-a-body-in-the-genitive-and-a-name",
    ),
    pytest.param(
        "Dodał, że rząd podejmie decyzję w przyszłym tygodniu.",
        [("reported", "rząd podejmie decyzję w przyszłym tygodniu", None, "Dodał")],
        id="pro-drop",
    ),
    pytest.param(
        (
            "Pytany o koszt kontraktu, minister odparł, że szczegóły zostaną "
            "przedstawione po zakończeniu negocjacji."
        ),
        [
            (
                "reported",
                "szczegóły zostaną przedstawione po zakończeniu negocjacji",
                "minister",
                "odparł",
            ),
        ],
        id="odparl",
    ),
    pytest.param(
        (
            "- To historyczny dzień dla naszej gospodarki - powiedział podczas "
            "uroczystości minister infrastruktury Dariusz Klimczak. Dodał, że "
            "terminal będzie jednym z największych na Bałtyku."
        ),
        [
            (
                "direct",
                "To historyczny dzień dla naszej gospodarki",
                "Dariusz Klimczak",
                "powiedział",
            ),
            (
                "reported",
                "terminal będzie jednym z największych na Bałtyku",
                "Dariusz Klimczak",
                "Dodał",
            ),
        ],
        id="dialogue-then-writer-sentence",
    ),
    pytest.param(
        (
            'Premier Jan Nowak spotkał się w poniedziałek z rolnikami. "Dopłaty '
            'zostaną wypłacone jeszcze w tym miesiącu" - zapewnił szef rządu.'
        ),
        [("direct", "Dopłaty zostaną wypłacone jeszcze w tym miesiącu", "Jan Nowak", "zapewnił")],
        id="role-equivalent-szef-rzadu",
    ),
    pytest.param(
        ("Dla opozycji projekt ustawy jest nie do przyjęcia."),
        [("reported", "projekt ustawy jest nie do przyjęcia", "opozycji", "Dla")],
        id="opinion-dla-x-without-comma",
    ),
    pytest.param(
        ("Dla dzieci organizatorzy przygotowali wiele atrakcji na festynie."),
        [],
        id="dla-not-a-source",
    ),
    pytest.param(
        ("Dla wiceministra Jana Kowalskiego reforma to konieczność."),
        [("reported", "reforma to konieczność", "Jan Kowalski", "Dla")],
        id="opinion-dla-name-without-comma",
    ),
    pytest.param(
        "Jak powiedziała Anna Zielonka, sytuacja jest trudna. "
        "Według Anny Zielonki szpitale potrzebują pieniędzy.",
        [
            ("reported", "sytuacja jest trudna", "Anna Zielonka", "Jak powiedziała"),
            ("reported", "szpitale potrzebują pieniędzy", "Anna Zielonka", "Według"),
        ],
        id="wedlug-a-name-in-the-genitive-is-the-person-named-before",
    ),
    pytest.param(
        "Według Marka Wójcika firma planuje zwolnienia. Wójcik zapewnił, że nikt nie straci pracy.",
        [
            ("reported", "firma planuje zwolnienia", "Marek Wójcik", "Według"),
            ("reported", "nikt nie straci pracy", "Marek Wójcik", "zapewnił"),
        ],
        id="wedlug-a-name-in-the-genitive-speaks-in-the-nominative",
    ),
    pytest.param(
        "Według Jerzego Lisa podatki wzrosną.",
        [("reported", "podatki wzrosną", "Jerzy Lis", "Według")],
        id="wedlug-a-first-name-in-ego",
    ),
    pytest.param(
        "Według Antoniego Wilka podatki wzrosną.",
        [("reported", "podatki wzrosną", "Antoni Wilk", "Według")],
        id="wedlug-a-first-name-in-iego",
    ),
    pytest.param(
        "Według Jana Wilka, rzecznika wojewody, most zostanie otwarty w lipcu.",
        [("reported", "most zostanie otwarty w lipcu", "Jan Wilk", "Według")],
        id="wedlug-a-name-then-its-role-in-the-genitive-set-off-by-commas",
    ),
    pytest.param(
        "Według wiceministra Zarzyckiego płace spadną. Zdaniem posłanki Wróblewskiej ceny wzrosną.",
        [
            ("reported", "płace spadną", "Zarzycki", "Według"),
            ("reported", "ceny wzrosną", "Wróblewska", "Zdaniem"),
        ],
        id="wedlug-a-surname-alone-in-the-genitive-speaks-in-the-nominative",
    ),
    pytest.param(
        "Według Anny Zielonki rząd powinien działać szybciej w sprawie szpitali.",
        [
            (
                "reported",
                "rząd powinien działać szybciej w sprawie szpitali",
                "Anna Zielonka",
                "Według",
            )
        ],
        id="wedlug-a-name-then-a-role-noun-that-opens-the-content",
    ),
    pytest.param(
        "Rzeczniczka resortu Ewa Zielińska zdradziła, że rozmowy trwają od miesięcy.",
        [("reported", "rozmowy trwają od miesięcy", "Ewa Zielińska", "zdradziła")],
        id="revealed-that-is-a-cue",
    ),
    pytest.param(
        "Minister Adam Wiśniewski uznał, że szpitale są przygotowane na zimę.",
        [("reported", "szpitale są przygotowane na zimę", "Adam Wiśniewski", "uznał")],
        id="judged-that-is-a-cue",
    ),
    pytest.param("Jan Kowalski zdradził żonę z sąsiadką.", [], id="betrayed-a-noun-is-no-cue"),
    pytest.param(
        "Komisja ujawniła nowe dokumenty w tej sprawie.", [], id="disclosed-a-noun-is-no-cue"
    ),
    pytest.param(
        (
            "Według Agencji Bezpieczeństwa Wewnętrznego zatrzymany mężczyzna "
            "przygotowywał zamach na lotnisku."
        ),
        [
            (
                "reported",
                "zatrzymany mężczyzna przygotowywał zamach na lotnisku",
                "Bezpieczeństwa Wewnętrznego",
                "Według",
            )
        ],
        id="body-named-agency-is-no-outlet",
    ),
    pytest.param(
        (
            "Trener Jan Nowak powiedział, że jest zadowolony. Jego zdaniem kluczowy "
            "był początek drugiej połowy meczu."
        ),
        [
            ("reported", "jest zadowolony", "Jan Nowak", "powiedział"),
            ("reported", "kluczowy był początek drugiej połowy meczu", "Jan Nowak", "Jego zdaniem"),
        ],
        id="jego-zdaniem-without-comma",
    ),
    pytest.param(
        (
            "Premier Tomasz Wilczek spotkał się z rolnikami. Według szefa rządu "
            "program pozwoli wybudować sto tysięcy mieszkań."
        ),
        [
            (
                "reported",
                "program pozwoli wybudować sto tysięcy mieszkań",
                "Tomasz Wilczek",
                "Według",
            )
        ],
        id="wedlug-role-of-a-body-without-comma",
    ),
    pytest.param(
        "Prezydent Francji powiedział, że rozmowy trwają.",
        [("reported", "rozmowy trwają", "Prezydent Francji", "powiedział")],
        id="role-of-place-genitive",
    ),
    pytest.param(
        "„Przystań otworzymy w piątek” - poinformowała marszałek Sejmu.",
        [("direct", "Przystań otworzymy w piątek", "marszałek Sejmu", "poinformowała")],
        id="role-of-a-body-masculine-genitive-in-u",
    ),
    pytest.param(
        "„Przystań otworzymy w maju” – powiedział rzecznik Urzędu.",
        [("direct", "Przystań otworzymy w maju", "rzecznik Urzędu", "powiedział")],
        id="role-of-an-office-masculine-genitive-in-u",
    ),
    pytest.param(
        "„Rozmowy będą kontynuowane” – powiedział rzecznik Kremla.",
        [("direct", "Rozmowy będą kontynuowane", "rzecznik Kremla", "powiedział")],
        id="role-of-a-seat-of-power-masculine-genitive-in-a",
    ),
    pytest.param(
        "Szef Ratusza powiedział, że przystań zostanie zamknięta.",
        [("reported", "przystań zostanie zamknięta", "Szef Ratusza", "powiedział")],
        id="role-of-the-town-hall-genitive-in-sza",
    ),
    pytest.param(
        "– Przystań zostanie zamknięta – powiedziała minister Urszula Nowak.",
        [("direct", "Przystań zostanie zamknięta", "Urszula Nowak", "powiedziała")],
        id="a-first-name-in-a-after-a-role-is-a-name",
    ),
    pytest.param(
        "„Przystań otworzymy w maju” – powiedział premier Lu.",
        [("direct", "Przystań otworzymy w maju", "Lu", "powiedział")],
        id="a-surname-as-short-as-a-genitive-ending-is-a-name",
    ),
    pytest.param(
        "Prezydent Nowak powiedział, że Polska jest gotowa.",
        [("reported", "Polska jest gotowa", "Nowak", "powiedział")],
        id="role-and-surname",
    ),
    pytest.param(
        "Prezydent Francji Dupré powiedział, że rozmowy trwają.",
        [("reported", "rozmowy trwają", "Dupré", "powiedział")],
        id="role-country-genitive-then-surname",
    ),
    pytest.param(
        (
            "Burmistrz Jan Kowal ocenił, że nowy most usprawni ruch w mieście. - To "
            "najważniejsza inwestycja od lat. Prace ruszą jeszcze w tym roku - dodał."
        ),
        [
            ("reported", "nowy most usprawni ruch w mieście", "Jan Kowal", "ocenił"),
            (
                "direct",
                "To najważniejsza inwestycja od lat. Prace ruszą jeszcze w tym roku",
                "Jan Kowal",
                "dodał",
            ),
        ],
        id="reported-then-dash-quote-in-one-paragraph",
    ),
    pytest.param(
        (
            "Gdańsk (PAP) - Rada miasta przyjęła budżet na przyszły rok. Za głosowało "
            "25 radnych - podało biuro prasowe urzędu.\nSesja trwała sześć godzin."
        ),
        [("direct", "Za głosowało 25 radnych", "biuro prasowe urzędu", "podało")],
        id="lead-dash-quote-is-its-last-sentence",
    ),
    pytest.param(
        "Rzecznik przekazał dziennikarzom, że rozmowy potrwają do piątku.",
        [("reported", "rozmowy potrwają do piątku", "Rzecznik", "przekazał")],
        id="audience-before-complementizer",
    ),
    pytest.param(
        "Prezydent Ukrainy oświadczył, że ustawa przejdzie.",
        [("reported", "ustawa przejdzie", "Prezydent Ukrainy", "oświadczył")],
        id="role-and-word-in-y-without-evidence-stay-whole",
    ),
    pytest.param(
        "Premier Kanady powiedział, że ustawa przejdzie. W Kanadzie trwa debata.",
        [("reported", "ustawa przejdzie", "Premier Kanady", "powiedział")],
        id="role-of-place-genitive-in-y-printed-in-another-case",
    ),
    pytest.param(
        "Według ministra spraw wewnętrznych nowy program ruszy w czerwcu.",
        [("reported", "nowy program ruszy w czerwcu", "ministra spraw wewnętrznych", "Według")],
        id="wedlug-role-and-genitive-complement-without-comma",
    ),
    pytest.param(
        "Według prezesa rady ministrów budżet wzrośnie w przyszłym roku.",
        [("reported", "budżet wzrośnie w przyszłym roku", "prezesa rady ministrów", "Według")],
        id="wedlug-role-of-several-words-without-comma",
    ),
    pytest.param(
        "Według ministra nowych podatków nie będzie.",
        [("reported", "nowych podatków nie będzie", "ministra", "Według")],
        id="wedlug-genitive-before-the-verb-is-the-content",
    ),
    pytest.param(
        "Według policji poszkodowanych było w sumie siedmiu.",
        [("reported", "poszkodowanych było w sumie siedmiu", "policji", "Według")],
        id="wedlug-genitive-before-a-form-of-to-be-is-the-content",
    ),
    pytest.param(
        "Według ministra finansów podatków będzie więcej.",
        [("reported", "podatków będzie więcej", "ministra finansów", "Według")],
        id="wedlug-only-the-last-genitive-before-the-verb-is-the-content",
    ),
    pytest.param(
        "Według ministra finansów nowych podatków nie będzie.",
        [("reported", "nowych podatków nie będzie", "ministra finansów", "Według")],
        id="wedlug-an-agreeing-modifier-goes-with-the-contents-genitive",
    ),
    pytest.param(
        "Według straży pożarnej poszkodowanych było siedmiu.",
        [("reported", "poszkodowanych było siedmiu", "straży pożarnej", "Według")],
        id="wedlug-a-modifier-of-another-number-stays-with-the-source",
    ),
    pytest.param(
        "Według ministra spraw zagranicznych nie będzie zmian w polityce.",
        [("reported", "nie będzie zmian w polityce", "ministra spraw zagranicznych", "Według")],
        id="wedlug-a-role-of-the-lexicon-keeps-its-genitives",
    ),
    pytest.param(
        "Według ministra budżet wzrośnie.",
        [("reported", "budżet wzrośnie", "ministra", "Według")],
        id="wedlug-a-noun-and-its-verb-after-the-source",
    ),
    pytest.param(
        (
            "„Nie zgadzamy się na zamknięcie szkoły” – powiedziała Anna Nowak. "
            "„To błąd” – dodał Jan Kowalski. „Będziemy protestować” – podkreśliła."
        ),
        [
            ("direct", "Nie zgadzamy się na zamknięcie szkoły", "Anna Nowak", "powiedziała"),
            ("direct", "To błąd", "Jan Kowalski", "dodał"),
            ("direct", "Będziemy protestować", "Anna Nowak", "podkreśliła"),
        ],
        id="a-feminine-cue-without-a-subject-is-the-last-woman-s",
    ),
    pytest.param(
        (
            "„Nie zgadzamy się na zamknięcie szkoły” – powiedziała Anna Nowak.\n\n"
            "„To błąd” – dodał Jan Kowalski.\n\n„Będziemy protestować” – podkreśliła."
        ),
        [
            ("direct", "Nie zgadzamy się na zamknięcie szkoły", "Anna Nowak", "powiedziała"),
            ("direct", "To błąd", "Jan Kowalski", "dodał"),
            ("direct", "Będziemy protestować", "Anna Nowak", "podkreśliła"),
        ],
        id="a-feminine-cue-in-a-paragraph-of-its-own-is-the-last-woman-s",
    ),
    pytest.param(
        "Burmistrz Jan Wiśniak zapowiedział, że most zostanie otwarty w czerwcu. "
        "– To dobra wiadomość – dodał samorządowiec.",
        [
            ("reported", "most zostanie otwarty w czerwcu", "Jan Wiśniak", "zapowiedział"),
            ("direct", "To dobra wiadomość", "Jan Wiśniak", "dodał"),
        ],
        id="an-epithet-for-the-person-named-last",
    ),
    pytest.param(
        (
            "„Nie zgadzamy się na zamknięcie szkoły” – powiedziała Anna Nowak. "
            "„To za mało” – powiedziała później w radiu."
        ),
        [
            ("direct", "Nie zgadzamy się na zamknięcie szkoły", "Anna Nowak", "powiedziała"),
            ("direct", "To za mało", "Anna Nowak", "powiedziała"),
        ],
        id="an-adverb-and-a-preposition-s-phrase-after-the-cue-are-no-speaker",
    ),
    pytest.param(
        (
            "Anna Nowak jest ministrem zdrowia od roku. „Zgadzam się” – dodał Jan Kowalski. "
            "„To nie wystarczy” – dodała po chwili."
        ),
        [
            ("direct", "Zgadzam się", "Jan Kowalski", "dodał"),
            ("direct", "To nie wystarczy", "Anna Nowak", "dodała"),
        ],
        id="a-feminine-cue-after-a-man-s-quote-is-the-woman-named-last",
    ),
    pytest.param(
        "Minister powiedziała, że na remont przeznaczono 2 mld zł. Jej zdaniem to za mało.",
        [
            ("reported", "na remont przeznaczono 2 mld zł", "Minister", "powiedziała"),
            ("reported", "to za mało", "Minister", "Jej zdaniem"),
        ],
        id="a-currency-s-full-stop-ends-the-sentence-before-a-capitalised-word",
    ),
    pytest.param(
        "Jak przekazał rzecznik policji, kierowca był trzeźwy w chwili wypadku.",
        [("reported", "kierowca był trzeźwy w chwili wypadku", "rzecznik policji", "przekazał")],
        id="as-a-cue-that-is-also-handed-over-said",
    ),
    pytest.param(
        "Jak przekazał PAP rzecznik policji, kierowca był trzeźwy w chwili wypadku.",
        [("reported", "kierowca był trzeźwy w chwili wypadku", "rzecznik policji", "przekazał")],
        id="as-said-the-outlet-told-then-the-role",
    ),
    pytest.param(
        "Jak przekazał PAP Marek Zieliński, kierowca był trzeźwy w chwili wypadku.",
        [("reported", "kierowca był trzeźwy w chwili wypadku", "Marek Zieliński", "przekazał")],
        id="as-said-the-outlet-told-then-the-name",
    ),
    pytest.param(
        "W MSZ podkreślono, że Polska nie uzna wyników wyborów.",
        [("reported", "Polska nie uzna wyników wyborów", "MSZ", "podkreślono")],
        id="an-impersonal-cue-in-no-after-a-body-s-place-phrase",
    ),
    pytest.param(
        "W komunikacie podkreślono, że Polska nie uzna wyników wyborów.",
        [("reported", "Polska nie uzna wyników wyborów", None, "podkreślono")],
        id="an-impersonal-cue-in-no-after-a-statement-names-nobody",
    ),
    pytest.param(
        "Burmistrz zapowiedział remont mostu, dodając, że prace potrwają do maja.",
        [
            ("reported", "remont mostu", "Burmistrz", "zapowiedział"),
            ("reported", "prace potrwają do maja", "Burmistrz", "dodając"),
        ],
        id="an-adverbial-participle-after-a-comma-is-the-subject-s-cue",
    ),
    pytest.param(
        "W wywiadzie dla RMF FM minister powiedział, że prom wróci w maju.",
        [
            ("reported", "prom wróci w maju", "minister", "powiedział"),
        ],
        id="the-outlet-of-an-interview-before-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "»Prom wróci w maju« – powiedział minister.",
        [("direct", "Prom wróci w maju", "minister", "powiedział")],
        id="angle-marks-pointing-inwards",
    ),
    pytest.param(
        "„Nowy most będzie gotowy w maju” – powiedział Piotrowi sąsiad Nowak.",
        [("direct", "Nowy most będzie gotowy w maju", "Nowak", "powiedział")],
        id="a-name-in-the-dative-after-the-cue-is-told-no-body-s-name",
    ),
    pytest.param(
        "Minister był stanowczy: „Nie będzie podwyżek podatków”.",
        [("direct", "Nie będzie podwyżek podatków", "Minister", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        "Burmistrz zauważył, że jeśli most nie zostanie naprawiony, można oczekiwać zamknięć"
        " na nabrzeżu.",
        [
            (
                "reported",
                "jeśli most nie zostanie naprawiony, można oczekiwać zamknięć na nabrzeżu",
                "Burmistrz",
                "zauważył",
            )
        ],
        id="a-cue-s-infinitive-after-mozna-is-no-one-s-speech",
    ),
    pytest.param(
        "Most zostanie zamknięty, poinformował rzecznik prasowy policji w Lornporcie Jan Nowak.",
        [("reported", "Most zostanie zamknięty", "Jan Nowak", "poinformował")],
        id="role-its-place-then-the-holders-full-name",
    ),
    pytest.param(
        "„Most będzie gotowy w kwietniu”, powiedział po spotkaniu z ministrem Janem Nowakiem.",
        [("direct", "Most będzie gotowy w kwietniu", None, "powiedział")],
        id="a-name-a-preposition-governs-through-a-role-after-the-cue-is-no-speaker",
    ),
    pytest.param(
        "– Most zostanie zamknięty do końca marca – poinformował PAP rzecznik prasowy "
        "policji w Lornporcie Jan Nowak.",
        [("direct", "Most zostanie zamknięty do końca marca", "Jan Nowak", "poinformował")],
        id="dash-role-its-place-then-the-holders-full-name",
    ),
    pytest.param(
        "– Most zostanie zamknięty do końca marca – dodał na konferencji prasowej w "
        "Lornporcie prezydent miasta Jan Nowak.",
        [("direct", "Most zostanie zamknięty do końca marca", "Jan Nowak", "dodał")],
        id="dash-long-adjunct-then-the-full-name",
    ),
    pytest.param(
        "– Most zostanie zamknięty do końca marca – przekazała PAP w piątek Anna Kowalska "
        "z biura prasowego ratusza.",
        [("direct", "Most zostanie zamknięty do końca marca", "Anna Kowalska", "przekazała")],
        id="dash-the-outlet-told-a-day-then-the-subject",
    ),
    pytest.param(
        "„Most zostanie zamknięty do końca marca” – przekazała rzeczniczka ratusza Anna Kowalska.",
        [("direct", "Most zostanie zamknięty do końca marca", "Anna Kowalska", "przekazała")],
        id="a-verb-that-may-take-an-object-signs-a-quotation-after-its-dash",
    ),
    pytest.param(
        "„Most zostanie zamknięty do końca marca” – powiedziała PAP w piątek Anna Kowalska "
        "z biura prasowego ratusza.",
        [("direct", "Most zostanie zamknięty do końca marca", "Anna Kowalska", "powiedziała")],
        id="quotation-the-outlet-told-a-day-then-the-subject",
    ),
    pytest.param(
        "„Remont skończy się w marcu” – powiedział rzecznik ministra Piotra Nowaka.",
        [
            (
                "direct",
                "Remont skończy się w marcu",
                "rzecznik ministra Piotra Nowaka",
                "powiedział",
            )
        ],
        id="a-role-whose-holder-is-named-in-the-genitive-speaks-as-written",
    ),
    pytest.param(
        "Według rzecznika ministra Piotra Nowaka remont skończy się w marcu.",
        [("reported", "remont skończy się w marcu", "Piotr Nowak", "Według")],
        id="after-according-to-every-word-is-in-the-genitive-the-name-speaks",
    ),
    pytest.param(
        "Jan Nowak wstał i powiedział: „Nie ma zagrożenia”.",
        [("direct", "Nie ma zagrożenia", "Jan Nowak", "powiedział")],
        id="a-full-name-that-opens-the-sentence-speaks-for-the-coordinated-cue",
    ),
    pytest.param(
        "Wojewoda Jan Nowak przyjechał na miejsce i zapewnił, że nie ma zagrożenia.",
        [("reported", "nie ma zagrożenia", "Jan Nowak", "zapewnił")],
        id="a-role-and-full-name-that-open-the-sentence-speak-for-the-coordinated-cue",
    ),
    pytest.param(
        "Jana Kowalskiego poparł wojewoda Jan Nowak i zapewnił, że nie ma zagrożenia.",
        [("reported", "nie ma zagrożenia", None, "zapewnił")],
        id="a-fronted-object-in-the-genitive-is-no-speaker-of-the-coordinated-cue",
    ),
    pytest.param(
        "Rzecznik ratusza Jan Nowak dla PAP powiedział, że most otwarty zostanie w maju.",
        [("reported", "most otwarty zostanie w maju", "Jan Nowak", "powiedział")],
        id="the-outlet-told-before-the-cue-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Rzecznik ratusza dla PAP potwierdził, że most otwarty zostanie w maju.",
        [("reported", "most otwarty zostanie w maju", "Rzecznik ratusza", "potwierdził")],
        id="the-outlet-told-after-a-role-before-the-cue",
    ),
    pytest.param(
        "Ministerstwo Zdrowia poinformowało w piątek, że szpital w Lornowie dostanie nowy sprzęt.",
        [
            (
                "reported",
                "szpital w Lornowie dostanie nowy sprzęt",
                "Ministerstwo Zdrowia",
                "poinformowało",
            )
        ],
        id="an-institution-s-noun-opens-its-capitalised-name",
    ),
    pytest.param(
        "Prokuratura Okręgowa w Lornowie wszczęła śledztwo. Urząd Miasta przekazał nam, że "
        "most zostanie zamknięty.",
        [("reported", "most zostanie zamknięty", "Urząd Miasta", "przekazał")],
        id="a-dative-pronoun-between-a-noun-like-cue-and-its-clause",
    ),
    pytest.param(
        "Radna Ewa Lis zapowiedziała, że sprawą szpitala zajmie się zarząd powiatu.",
        [("reported", "sprawą szpitala zajmie się zarząd powiatu", "Ewa Lis", "zapowiedziała")],
        id="a-councillor-s-title-before-her-name",
    ),
    pytest.param(
        "Chór wystąpi w katedrze w sobotę. Kierownik chóru katedralnego Jan Roe: „Próby "
        "trwały całą zimę”.",
        [("direct", "Próby trwały całą zimę", "Jan Roe", None)],
        id="a-role-noun-and-its-genitives-before-the-name-of-a-colon-label",
    ),
    pytest.param(
        "Według Anny Roe, kierowniczki schroniska, szlak zostanie otwarty w czerwcu.",
        [("reported", "szlak zostanie otwarty w czerwcu", "Anna Roe", "Według")],
        id="a-manager-s-role-in-the-genitive-after-the-name-of-wedlug",
    ),
    pytest.param(
        "Burmistrz Jan Roe zapowiedział, że most zostanie otwarty w maju. Radna Anna Roe z "
        "kolei podkreśliła, że filary są już sprawdzone.",
        [
            ("reported", "most zostanie otwarty w maju", "Jan Roe", "zapowiedział"),
            ("reported", "filary są już sprawdzone", "Anna Roe", "podkreśliła"),
        ],
        id="an-aside-phrase-between-the-subject-and-the-cue-is-no-part-of-the-name",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_pl(text: str) -> None:
    assert lang.detect(text) == "pl"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "pl"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("pl")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Według wstępnych ustaleń mogło dojść do zwarcia instalacji.",
            "wstępnych ustaleń",
            "mogło dojść do zwarcia instalacji",
        ),
        (
            "Według nieoficjalnych informacji minister poda się do dymisji.",
            "nieoficjalnych informacji",
            "minister poda się do dymisji",
        ),
        ("Według tych danych bezrobocie spadło.", "tych danych", "bezrobocie spadło"),
    ],
)
def test_a_modifier_opens_a_source_with_no_comma(text: str, source: str, content: str) -> None:
    # the genitive modifier and its noun are the source, as with a comma after them: the
    # noun is no word of the content ("Według wstępnych ustaleń mogło …" gave the speaker
    # "wstępnych" and the content "ustaleń mogło …")
    [quote] = newsstruct.parse(text, lang="pl").quotes
    assert (quote.speaker.name if quote.speaker else None, quote.text) == (source, content)
