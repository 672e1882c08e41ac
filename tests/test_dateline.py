"""Datelines (ANNOTATION.md, "dateline"): the span without the trailing separator, and
``place``, ``agency`` and ``date`` as written.  Every text is invented.
"""

from __future__ import annotations

import datetime

import pytest

import newsstruct
from newsstruct import Role
from newsstruct.dateline import find_dateline
from newsstruct.lang import get
from newsstruct.outlets import OutletRules
from newsstruct.segment import paragraph_spans

LEAD = "The harbour master said the ferry would run again from June."

# (text, the dateline as written, place, agency, date)
CASES = [
    pytest.param(
        "Ferry to return in June\nУкрінформ\nОдеса\n" + LEAD,
        "Укрінформ\nОдеса",
        "Одеса",
        "Укрінформ",
        None,
        id="agency-line-above-a-place-line",
    ),
    pytest.param(
        "Ferry to return in June\nУкрінформ\nКоваленко\nМіський голова Олег Коваленко "
        "сказав, що пором знову курсуватиме з червня.",
        "Укрінформ",
        None,
        "Укрінформ",
        None,
        id="agency-line-above-a-name-the-story-prints-after-a-given-name",
    ),
    pytest.param(
        "Ferry to return in June\nUkrinform\nRoe\nThe ferry will run again from June, "
        "said Mayor Jo Roe.",
        "Ukrinform",
        None,
        "Ukrinform",
        None,
        id="agency-line-above-a-surname",
    ),
    pytest.param(
        "Valmont, 3 March 2026 (Harbour Wire) - " + LEAD,
        "Valmont, 3 March 2026 (Harbour Wire)",
        "Valmont",
        "Harbour Wire",
        "3 March 2026",
        id="title-case-place-date-with-its-year",
    ),
    pytest.param(
        "Valmont, April 2 (HWS) " + LEAD,
        "Valmont, April 2 (HWS)",
        "Valmont",
        "HWS",
        "April 2",
        id="title-case-place-date-agency-no-separator",
    ),
    pytest.param(
        "NORTH VALMONT, 2 Apr (HWS) " + LEAD,
        "NORTH VALMONT, 2 Apr (HWS)",
        "NORTH VALMONT",
        "HWS",
        "2 Apr",
        id="capital-place-day-month-agency-no-separator",
    ),
    pytest.param(
        "VALMONT, March 3, 2026 (HARBOURWIRE) - " + LEAD,
        "VALMONT, March 3, 2026 (HARBOURWIRE)",
        "VALMONT",
        "HARBOURWIRE",
        "March 3, 2026",
        id="capital-place-month-day-year",
    ),
    pytest.param(
        "Odesa • UNN\n" + LEAD,
        "Odesa • UNN",
        "Odesa",
        "UNN",
        None,
        id="place-bullet-agency",
    ),
    pytest.param(
        "Ferry to return in June\nOdesa • UNN\n" + LEAD + "\nCrews worked overnight.",
        "Odesa • UNN",
        "Odesa",
        "UNN",
        None,
        id="under-a-headline",
    ),
    pytest.param(
        "date 2024-06-03 Ferry to return in June\nIvano-Frankivsk • UNN\n" + LEAD,
        "Ivano-Frankivsk • UNN",
        "Ivano-Frankivsk",
        "UNN",
        None,
        id="after-crawl-header-hyphenated-place",
    ),
    pytest.param(
        "date 2024-06-03 Ivano-Frankivsk • UNN\nThe ferry will run again from June, UNN reports.",
        "Ivano-Frankivsk • UNN",
        "Ivano-Frankivsk",
        "UNN",
        None,
        id="the-crawl-date-line-running-into-it",
    ),
    pytest.param(
        "date 2024-06-03 Odesa\N{NO-BREAK SPACE}• UNN\nThe ferry will run again, UNN reports.",
        "Odesa\N{NO-BREAK SPACE}• UNN",
        "Odesa",
        "UNN",
        None,
        id="the-crawl-date-line-running-into-it-with-a-no-break-space",
    ),
    pytest.param(
        "Odesa\N{NO-BREAK SPACE}• UNN\n" + LEAD,
        "Odesa\N{NO-BREAK SPACE}• UNN",
        "Odesa",
        "UNN",
        None,
        id="a-no-break-space-in-it",
    ),
    pytest.param(
        "LONDON, March\N{NO-BREAK SPACE}1 (Reuters) - " + LEAD,
        "LONDON, March\N{NO-BREAK SPACE}1 (Reuters)",
        "LONDON",
        "Reuters",
        "March\N{NO-BREAK SPACE}1",
        id="a-no-break-space-in-the-date-kept-as-written",
    ),
    pytest.param(
        "WASHINGTON (AP) — " + LEAD,
        "WASHINGTON (AP)",
        "WASHINGTON",
        "AP",
        None,
        id="place-agency-em-dash",
    ),
    pytest.param(
        "ЛЬВІВ, 5 квітня /Укрінформ/. У Львові відкрили новий міст через річку.",
        "ЛЬВІВ, 5 квітня /Укрінформ/",
        "ЛЬВІВ",
        "Укрінформ",
        "5 квітня",
        id="agency-between-slashes",
    ),
    pytest.param(
        "Житнів, 3 березня /Укрінформ/. У Житніві відкрили новий міст через річку.",
        "Житнів, 3 березня /Укрінформ/",
        "Житнів",
        "Укрінформ",
        "3 березня",
        id="ukrinform-city-in-title-case-agency-between-slashes",
    ),
    pytest.param(
        "BRIGHTON, Valmont, May 12, 2026 /PRNewswire/ -- Nordwind Energy today opened a park.",
        "BRIGHTON, Valmont, May 12, 2026 /PRNewswire/",
        "BRIGHTON, Valmont",
        "PRNewswire",
        "May 12, 2026",
        id="press-release-wire-between-slashes-after-a-region-and-a-year",
    ),
    pytest.param(
        "BRIGHTON, Valmont--(BUSINESS WIRE)--Nordwind Energy today opened a solar park.",
        "BRIGHTON, Valmont--(BUSINESS WIRE)",
        "BRIGHTON, Valmont",
        "BUSINESS WIRE",
        None,
        id="press-release-wire-in-brackets-between-double-hyphens",
    ),
    pytest.param(
        "МОСКВА, 26 марта. /ПРАЙМ/. Банк сохранил ставку на прежнем уровне.",
        "МОСКВА, 26 марта. /ПРАЙМ/",
        "МОСКВА",
        "ПРАЙМ",
        "26 марта",
        id="a-full-stop-between-the-date-and-the-agency-between-slashes",
    ),
    pytest.param(
        "Odesa, 12 March 2025 – " + LEAD,
        "Odesa, 12 March 2025",
        "Odesa",
        None,
        "12 March 2025",
        id="place-and-date-no-agency",
    ),
    pytest.param(
        "Одеса, 5 квітня 2025 р. — Уряд ухвалив рішення про ремонт порту.",
        "Одеса, 5 квітня 2025 р.",
        "Одеса",
        None,
        "5 квітня 2025 р.",
        id="place-and-date-with-year-abbreviation",
    ),
    pytest.param(
        "SAN DIEGO (AP) — " + LEAD,
        "SAN DIEGO (AP)",
        "SAN DIEGO",
        "AP",
        None,
        id="two-word-place",
    ),
    pytest.param(
        "BERLIN (dpa) - " + LEAD,
        "BERLIN (dpa)",
        "BERLIN",
        "dpa",
        None,
        id="lower-case-agency",
    ),
    pytest.param(
        "KYIV. Sept 26 (Interfax-Ukraine) – " + LEAD,
        "KYIV. Sept 26 (Interfax-Ukraine)",
        "KYIV",
        "Interfax-Ukraine",
        "Sept 26",
        id="place-full-stop-date-agency",
    ),
    pytest.param(
        "LONDON, 1 March (Reuters) - " + LEAD,
        "LONDON, 1 March (Reuters)",
        "LONDON",
        "Reuters",
        "1 March",
        id="day-month",
    ),
    pytest.param(
        "LONDON, March 1 (Reuters) - " + LEAD,
        "LONDON, March 1 (Reuters)",
        "LONDON",
        "Reuters",
        "March 1",
        id="month-day",
    ),
    pytest.param(
        "PARIS, Oct. 4 (AFP) - " + LEAD,
        "PARIS, Oct. 4 (AFP)",
        "PARIS",
        "AFP",
        "Oct. 4",
        id="abbreviated-month-day",
    ),
    pytest.param(
        "OSLO, 3. mars (NTB) - " + LEAD,
        "OSLO, 3. mars (NTB)",
        "OSLO",
        "NTB",
        "3. mars",
        id="day-with-full-stop-before-month",
    ),
    pytest.param(
        "Portown, 12 ott. (Harbour Wire) - " + LEAD,
        "Portown, 12 ott. (Harbour Wire)",
        "Portown",
        "Harbour Wire",
        "12 ott.",
        id="title-case-place-and-date",
    ),
    pytest.param(
        "Portown 3. března (HW) - " + LEAD,
        "Portown 3. března (HW)",
        "Portown",
        "HW",
        "3. března",
        id="title-case-place-day-with-full-stop",
    ),
    pytest.param(
        "(Harbour News) — " + LEAD,
        "(Harbour News)",
        None,
        "Harbour News",
        None,
        id="agency-alone-dash",
    ),
    pytest.param(
        "(HNN)" + LEAD,
        "(HNN)",
        None,
        "HNN",
        None,
        id="agency-alone-run-into-the-lead",
    ),
    pytest.param(
        "WASHINGTON ― " + LEAD,
        "WASHINGTON",
        "WASHINGTON",
        None,
        None,
        id="place-dash-no-agency",
    ),
    pytest.param(
        "date 2024-06-03 Ferry to return in June ODESA, June 3 (Harbour Wire) - " + LEAD,
        "ODESA, June 3 (Harbour Wire)",
        "ODESA",
        "Harbour Wire",
        "June 3",
        id="wire-dateline-run-into-the-headline",
    ),
    pytest.param(
        "date 2024-06-03 Ferry to return in June\nFerry to return in JuneODESA, June 3 "
        "(Harbour Wire) - " + LEAD,
        "ODESA, June 3 (Harbour Wire)",
        "ODESA",
        "Harbour Wire",
        "June 3",
        id="wire-dateline-glued-to-the-headline",
    ),
    pytest.param(
        "Pune (Maharashtra) [India], March 4 (ANI): " + LEAD,
        "Pune (Maharashtra) [India], March 4 (ANI)",
        "Pune (Maharashtra) [India]",
        "ANI",
        "March 4",
        id="title-case-place-with-state-and-country-date-agency-colon",
    ),
    pytest.param(
        "Lornport, Valmont, March 5 (IANS): " + LEAD,
        "Lornport, Valmont, March 5 (IANS)",
        "Lornport, Valmont",
        "IANS",
        "March 5",
        id="title-case-place-with-state-after-a-comma-date-agency-colon",
    ),
    pytest.param(
        "Lornport, Valmont, March 5 (IANS) " + LEAD,
        "Lornport, Valmont, March 5 (IANS)",
        "Lornport, Valmont",
        "IANS",
        "March 5",
        id="title-case-place-with-state-after-a-comma-date-agency-no-separator",
    ),
    pytest.param(
        "LORNPORT, Lorn-held Valmont, April 2 (Xinhua) -- " + LEAD,
        "LORNPORT, Lorn-held Valmont, April 2 (Xinhua)",
        "LORNPORT, Lorn-held Valmont",
        "Xinhua",
        "April 2",
        id="place-in-capitals-with-a-hyphenated-region-date-agency",
    ),
    pytest.param(
        "Lornport, March 4 /ANI/: " + LEAD,
        "Lornport, March 4 /ANI/",
        "Lornport",
        "ANI",
        "March 4",
        id="title-case-place-date-agency-between-slashes-colon",
    ),
    pytest.param(
        "Lornport, Valmont, March 4 /ANI/: " + LEAD,
        "Lornport, Valmont, March 4 /ANI/",
        "Lornport, Valmont",
        "ANI",
        "March 4",
        id="title-case-place-with-state-date-agency-between-slashes-colon",
    ),
    pytest.param(
        "New Delhi [India], March 4 (ANI): " + LEAD,
        "New Delhi [India], March 4 (ANI)",
        "New Delhi [India]",
        "ANI",
        "March 4",
        id="title-case-place-with-country-date-agency-colon",
    ),
    pytest.param(
        "Jakarta (ANTARA) - Pemerintah akan menaikkan harga bahan bakar mulai bulan April.",
        "Jakarta (ANTARA)",
        "Jakarta",
        "ANTARA",
        None,
        id="title-case-place-agency-in-capitals",
    ),
    pytest.param(
        "Hà Nội (TTXVN) - Thành phố sẽ mở thêm năm tuyến xe buýt điện.",
        "Hà Nội (TTXVN)",
        "Hà Nội",
        "TTXVN",
        None,
        id="two-word-place-agency-in-capitals",
    ),
    pytest.param(
        "Odesa (UNN) - " + LEAD,
        "Odesa (UNN)",
        "Odesa",
        "UNN",
        None,
        id="title-case-place-known-agency-in-capitals",
    ),
    pytest.param(
        "Kuala Lumpur (BERNAMA) - Kerajaan akan membina jambatan baharu di Pulau Pinang.",
        "Kuala Lumpur (BERNAMA)",
        "Kuala Lumpur",
        "BERNAMA",
        None,
        id="national-wire-whose-name-is-a-word",
    ),
    pytest.param(
        "Manila (PNA) – " + LEAD,
        "Manila (PNA)",
        "Manila",
        "PNA",
        None,
        id="national-wire-in-initials",
    ),
    pytest.param(
        "Ankara (AA) - Belediye yeni bir köprü yapacak.",
        "Ankara (AA)",
        "Ankara",
        "AA",
        None,
        id="national-wire-of-two-letters",
    ),
    pytest.param(
        "Seoul (Yonhap) - " + LEAD,
        "Seoul (Yonhap)",
        "Seoul",
        "Yonhap",
        None,
        id="title-case-place-known-agency-in-title-case",
    ),
    pytest.param(
        "Berlin (dpa/AFP) – " + LEAD,
        "Berlin (dpa/AFP)",
        "Berlin",
        "dpa/AFP",
        None,
        id="title-case-place-and-a-pool-credit",
    ),
    pytest.param(
        "Frankfurt am Main (AFP/dpa) - " + LEAD,
        "Frankfurt am Main (AFP/dpa)",
        "Frankfurt am Main",
        "AFP/dpa",
        None,
        id="title-case-place-with-a-particle-and-a-pool-credit",
    ),
    pytest.param(
        "New York (AP/Reuters) — " + LEAD,
        "New York (AP/Reuters)",
        "New York",
        "AP/Reuters",
        None,
        id="a-place-of-two-words-and-a-pool-credit",
    ),
    pytest.param(
        "Abu Dhabi (AP/Reuters) — " + LEAD,
        "Abu Dhabi (AP/Reuters)",
        "Abu Dhabi",
        "AP/Reuters",
        None,
        id="a-wire-city-whose-first-word-opens-names-too",
    ),
    pytest.param(
        "Mexico City (Reuters/AFP) - " + LEAD,
        "Mexico City (Reuters/AFP)",
        "Mexico City",
        "Reuters/AFP",
        None,
        id="a-city-named-city-and-a-pool-credit",
    ),
    pytest.param(
        "Ciudad de México (AFP/dpa) – " + LEAD,
        "Ciudad de México (AFP/dpa)",
        "Ciudad de México",
        "AFP/dpa",
        None,
        id="a-ciudad-and-a-pool-credit",
    ),
    pytest.param(
        "BERLIN (AFP/dpa) - " + LEAD,
        "BERLIN (AFP/dpa)",
        "BERLIN",
        "AFP/dpa",
        None,
        id="capital-place-and-a-pool-credit",
    ),
    pytest.param(
        "SEOUL (Yonhap/AFP) - " + LEAD,
        "SEOUL (Yonhap/AFP)",
        "SEOUL",
        "Yonhap/AFP",
        None,
        id="capital-place-and-a-pool-credit-in-title-case",
    ),
    pytest.param(
        "SEOUL (Yonhap) -- " + LEAD,
        "SEOUL (Yonhap)",
        "SEOUL",
        "Yonhap",
        None,
        id="capital-place-title-case-agency-doubled-dash",
    ),
    pytest.param(
        "NEW DELHI, Jan 5 (Reuters) - " + LEAD,
        "NEW DELHI, Jan 5 (Reuters)",
        "NEW DELHI",
        "Reuters",
        "Jan 5",
        id="two-word-capital-place-abbreviated-month",
    ),
    pytest.param(
        "New Delhi, Jan 5 (Reuters) - " + LEAD,
        "New Delhi, Jan 5 (Reuters)",
        "New Delhi",
        "Reuters",
        "Jan 5",
        id="two-word-title-case-place-and-date",
    ),
    pytest.param(
        "Portvale (dpa) - " + LEAD,
        "Portvale (dpa)",
        "Portvale",
        "dpa",
        None,
        id="title-case-place-lower-case-agency",
    ),
    pytest.param(
        "PORTVALE (AFP) - " + LEAD,
        "PORTVALE (AFP)",
        "PORTVALE",
        "AFP",
        None,
        id="capital-place-afp",
    ),
    pytest.param(
        "القاهرة (رويترز) - قال وزير النقل أحمد حسن إن العبارة ستعود إلى العمل غدا.",
        "القاهرة (رويترز)",
        "القاهرة",
        "رويترز",
        None,
        id="a-place-without-case-and-a-known-agency",
    ),
    pytest.param(
        "נמל חיפה (רויטרס) - ראש העירייה דני לוי אמר כי המעבורת תחזור לפעול מחר.",
        "נמל חיפה (רויטרס)",
        "נמל חיפה",
        "רויטרס",
        None,
        id="a-place-of-two-words-without-case",
    ),
    pytest.param(
        "नई दिल्ली (पीटीआई) बंदरगाह मंत्री राकेश वर्मा ने कहा कि नौका सेवा कल से शुरू होगी।",
        "नई दिल्ली (पीटीआई)",
        "नई दिल्ली",
        "पीटीआई",
        None,
        id="no-dash-before-the-lead",
    ),
    pytest.param(
        "लोरनपुर, चार मार्च (भाषा) बंदरगाह मंत्री राकेश वर्मा ने कहा कि नौका सेवा कल से शुरू होगी।",
        "लोरनपुर, चार मार्च (भाषा)",
        "लोरनपुर",
        "भाषा",
        "चार मार्च",
        id="a-hindi-wire-service-and-a-date-in-words",
    ),
    pytest.param(
        "北京，5月3日（新华社）——港务局发言人王明表示，渡轮明天早上恢复运营。",
        "北京，5月3日（新华社）",
        "北京",
        "新华社",
        "5月3日",
        id="full-width-brackets-and-a-date",
    ),
    pytest.param(
        "(서울=연합뉴스) 김민수 대변인은 여객선이 내일 운항을 재개한다고 밝혔다.",
        "(서울=연합뉴스)",
        "서울",
        "연합뉴스",
        None,
        id="place-and-agency-joined-in-brackets",
    ),
    pytest.param(
        "(서울=연합뉴스) 박지훈 기자 = 김민수 대변인은 여객선이 내일 운항을 재개한다고 밝혔다.",
        "(서울=연합뉴스) 박지훈 기자 =",
        "서울",
        "연합뉴스",
        None,
        id="the-reporter-s-credit-closed-by-an-equals-sign",
    ),
    pytest.param(
        "【서울=뉴시스】박지훈 이수진 기자 = 김민수 대변인은 여객선이 재개한다고 밝혔다.",
        "【서울=뉴시스】박지훈 이수진 기자 =",
        "서울",
        "뉴시스",
        None,
        id="place-and-agency-joined-in-lenticular-brackets-and-two-reporters",
    ),
    pytest.param(
        "【ニューヨーク共同】港長は3日、フェリーは明日の朝に運航を再開すると述べた。",
        "【ニューヨーク共同】",
        "ニューヨーク",
        "共同",
        None,
        id="place-and-agency-in-lenticular-brackets",
    ),
    pytest.param(
        "【ワシントン＝山田一郎】港長は3日、フェリーは明日の朝に運航を再開すると述べた。",
        "【ワシントン＝山田一郎】",
        "ワシントン",
        None,
        None,
        id="place-and-a-paper-s-reporter-in-lenticular-brackets",
    ),
    pytest.param(
        "NEW DELHI: " + LEAD, "NEW DELHI", "NEW DELHI", None, None, id="known-city-and-a-colon"
    ),
    pytest.param("Dubai: " + LEAD, "Dubai", "Dubai", None, None, id="title-case-city-and-a-colon"),
    pytest.param(
        "LAHORE/KARACHI: " + LEAD,
        "LAHORE/KARACHI",
        "LAHORE/KARACHI",
        None,
        None,
        id="two-known-cities-and-a-colon",
    ),
    pytest.param(
        "Chandigarh, June 3: " + LEAD,
        "Chandigarh, June 3",
        "Chandigarh",
        None,
        "June 3",
        id="known-city-a-date-and-a-colon",
    ),
    pytest.param("BOGOTÁ: " + LEAD, "BOGOTÁ", "BOGOTÁ", None, None, id="known-city-with-an-accent"),
    pytest.param(
        "VILNIUS, kovo 5 d. (HWS). Vyriausybė patvirtino strategiją, pranešė ministras.",
        "VILNIUS, kovo 5 d. (HWS)",
        "VILNIUS",
        "HWS",
        "kovo 5 d.",
        id="place-a-date-with-its-day-word-and-a-full-stop",
    ),
    pytest.param(
        "VILNIUS, kovo 5 d. (HWS) – Vyriausybė patvirtino strategiją, pranešė ministras.",
        "VILNIUS, kovo 5 d. (HWS)",
        "VILNIUS",
        "HWS",
        "kovo 5 d.",
        id="place-a-date-with-its-day-word-and-a-dash",
    ),
    pytest.param(
        "Lornport, Mar 5 (HWS): " + LEAD,
        "Lornport, Mar 5 (HWS)",
        "Lornport",
        "HWS",
        "Mar 5",
        id="title-case-place-date-agency-and-a-colon",
    ),
    pytest.param(
        "LORNPORT, Valmont, June 1 – " + LEAD,
        "LORNPORT, Valmont, June 1",
        "LORNPORT, Valmont",
        None,
        "June 1",
        id="place-country-and-date-no-agency",
    ),
    pytest.param(
        "Lornport, June 1, HWS - " + LEAD,
        "Lornport, June 1, HWS",
        "Lornport",
        "HWS",
        "June 1",
        id="place-date-and-an-agency-after-a-comma",
    ),
    pytest.param(
        "(Harbour Wire) -- " + LEAD,
        "(Harbour Wire)",
        None,
        "Harbour Wire",
        None,
        id="the-agency-alone-then-a-double-hyphen",
    ),
    pytest.param(
        "LORNPURA, HARBOURNEWS.com - " + LEAD,
        "LORNPURA, HARBOURNEWS.com",
        "LORNPURA",
        "HARBOURNEWS.com",
        None,
        id="a-place-and-a-news-site-s-domain",
    ),
    pytest.param(
        "Harbournews.com, Lornpura - " + LEAD,
        "Harbournews.com, Lornpura",
        "Lornpura",
        "Harbournews.com",
        None,
        id="a-news-site-s-domain-and-a-place",
    ),
    pytest.param(
        "LORNPORT, Valmont/LONDON (Reuters) - " + LEAD,
        "LORNPORT, Valmont/LONDON (Reuters)",
        "LORNPORT, Valmont/LONDON",
        "Reuters",
        None,
        id="cities-parted-by-a-slash-the-first-with-its-country",
    ),
    pytest.param(
        "LORNPORT/HARBOURVILLE, Valmont (Reuters) - " + LEAD,
        "LORNPORT/HARBOURVILLE, Valmont (Reuters)",
        "LORNPORT/HARBOURVILLE, Valmont",
        "Reuters",
        None,
        id="cities-parted-by-a-slash-then-the-country",
    ),
    pytest.param(
        "Floods hit Valmont\nA cyclist rides along a flooded street after heavy rain in "
        "Lornport, Valmont, March 4, 2026, as rescue teams search for the missing. "
        "REUTERS/Jo Roe/File Photo\nLORNPORT (Reuters) - " + LEAD,
        "LORNPORT (Reuters)",
        "LORNPORT",
        "Reuters",
        None,
        id="below-a-long-caption-that-its-photographer-s-credit-closes",
    ),
    pytest.param(
        "Floods hit Valmont\n(This March 4 story corrects the number of people displaced in "
        "paragraph 2 and the name of the river in paragraph 5 to Lorn instead of Lorne, and "
        "adds a quote from the mayor)\n"
        "Jo Roe, who is suspected of setting fire to the pier at the harbour of Lornport, "
        "Valmont, is seen in this picture provided by the police on March 4, 2026. Lornport "
        "Police/Handout via REUTERS\nBy Al Poe\n(Reuters) - " + LEAD,
        "(Reuters)",
        None,
        "Reuters",
        None,
        id="below-an-editor-s-note-in-brackets-and-a-handout-s-caption",
    ),
    pytest.param(
        "HARBOURNEWS.CO, Lornpura - " + LEAD,
        "HARBOURNEWS.CO, Lornpura",
        "Lornpura",
        "HARBOURNEWS.CO",
        None,
        id="a-news-site-s-short-domain-and-a-place",
    ),
    pytest.param(
        "LORNPURA, HARBOUR.TV - " + LEAD,
        "LORNPURA, HARBOUR.TV",
        "LORNPURA",
        "HARBOUR.TV",
        None,
        id="a-place-and-a-broadcaster-s-domain",
    ),
    pytest.param(
        "Lornpura, CNN Indonesia -- Jembatan utama di Kota Lornpura akan ditutup selama "
        "tiga bulan, kata Wali Kota Budi Santoso.",
        "Lornpura, CNN Indonesia",
        "Lornpura",
        "CNN Indonesia",
        None,
        id="a-place-and-a-known-outlet-s-name",
    ),
]


@pytest.mark.parametrize(("text", "written", "place", "agency", "date"), CASES)
def test_dateline(
    text: str, written: str, place: str, agency: str | None, date: str | None
) -> None:
    dateline = newsstruct.parse(text).dateline
    assert dateline is not None
    assert dateline.span.of(text) == written
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)


NO_DATELINE = [
    pytest.param(LEAD, id="plain-lead"),
    pytest.param(
        "Lornpura, Harbour Bank - " + LEAD,
        id="a-place-and-a-name-no-outlet-s",
    ),
    pytest.param(
        "The Mayor (Independent) - who won in May - said the ferry would run.",
        id="bracket-and-dash-mid-sentence",
    ),
    pytest.param(
        "The harbour master said the ferry would run again from June, after a winter in "
        "which the river froze twice and the crews could not reach the piers for weeks.\n"
        "Odesa • UNN",
        id="after-a-long-lead",
    ),
    pytest.param(
        "Olena Brik (Greens) - the only opposition member - voted against the plan.",
        id="party-in-brackets",
    ),
    pytest.param("Olena Brik (ZK) - the only opposition member - voted no.", id="party-of-two"),
    pytest.param(
        "Olena Brik (OPZ) - the only opposition member - voted no.", id="party-in-capitals"
    ),
    pytest.param("Jo Roe (AFP/dpa) - " + LEAD, id="a-name-before-a-pool-credit"),
    pytest.param(
        "Tomás de la Roe (AFP/dpa) – " + LEAD, id="a-name-with-particles-before-a-pool-credit"
    ),
    pytest.param("Anna di Roma (dpa/AFP) – " + LEAD, id="a-name-with-di-before-a-pool-credit"),
    pytest.param(
        "Le Van Minh (AFP/dpa) – " + LEAD, id="a-name-of-three-words-opening-like-a-place"
    ),
    pytest.param(
        "El Hadji Sarr (AFP/dpa) – " + LEAD, id="a-name-opening-with-el-before-a-pool-credit"
    ),
    pytest.param(
        "Abu Karim Haddad (AP/Reuters) — " + LEAD, id="a-name-opening-with-abu-before-a-pool-credit"
    ),
    pytest.param(
        "Berlin (SPD/Greens) - the only opposition member - voted no.",
        id="a-pool-of-parties-is-no-credit",
    ),
    pytest.param("Harbour Ltd (HBRL) - Shares of the ferry operator fell.", id="company-ticker"),
    pytest.param(
        "Olena Brik (PTI) - the only opposition member - voted no.", id="party-of-a-wire-s-initials"
    ),
    pytest.param("(Updated) " + LEAD, id="bracketed-note-before-the-lead"),
    pytest.param(
        "Olena Brik (Harbour News) - who won in May - said the ferry would run.",
        id="a-name-and-a-medium-mid-sentence",
    ),
    pytest.param("Prices (2024): tickets rose by a tenth, the ministry said.", id="a-label"),
    pytest.param("FARES (2024): tickets rose by a tenth, the ministry said.", id="a-capital-label"),
    pytest.param(
        "Olena Brik, aged 42 (OPZ) The ferry will run again.", id="age-and-party-no-separator"
    ),
    pytest.param("Valmont, April 2 (Harbour Wire) " + LEAD, id="title-case-agency-no-separator"),
    pytest.param("Olena Brik, aged 42 – a nurse – said the ferry would run.", id="age-no-date"),
    pytest.param("(Photo)\n" + LEAD, id="bracketed-caption-line"),
    pytest.param(
        "ראש העירייה (הליכוד) - המעבורת תחזור לפעול מחר.", id="a-party-without-case-is-no-agency"
    ),
    pytest.param(
        "【速報】港長は3日、フェリーは明日の朝に運航を再開すると述べた。",
        id="a-label-in-lenticular-brackets",
    ),
    pytest.param(
        "(서울=연합뉴스】 김민수 대변인은 여객선이 내일 운항을 재개한다고 밝혔다.",
        id="a-round-bracket-closed-by-a-lenticular-one",
    ),
    pytest.param(
        "【서울=뉴시스) 김민수 대변인은 여객선이 내일 운항을 재개한다고 밝혔다.",
        id="a-lenticular-bracket-closed-by-a-round-one",
    ),
    pytest.param("", id="empty"),
    pytest.param("UPDATE: " + LEAD, id="a-capital-label-and-a-colon"),
    pytest.param("Jo Roe, aged 42 (HWS). " + LEAD, id="a-name-an-age-a-bracket-and-a-full-stop"),
    pytest.param("Jo Roe, June 1, Lornport – " + LEAD, id="a-name-a-date-and-a-place"),
    pytest.param("LORNPORT: " + LEAD, id="an-unknown-place-and-a-colon"),
    pytest.param("ROE: The ferry will run again from June.", id="a-transcript-s-speaker-label"),
    pytest.param(
        "Kyiv: Ferries return to the river\nThe crews worked overnight.",
        id="a-known-city-and-a-colon-in-a-headline",
    ),
    pytest.param("KARACHI/LORNPORT: " + LEAD, id="a-known-city-and-an-unknown-one"),
    pytest.param("Ferry to return in June\nLORNPORT\n" + LEAD, id="an-unknown-place-alone"),
    pytest.param("Ferry to return in June\nWORLD\n" + LEAD, id="a-section-s-label-alone"),
    pytest.param(
        "The harbour master met the IMO (International Maritime Organization) - and others.",
        id="acronym-and-bracket-mid-sentence",
    ),
]


@pytest.mark.parametrize("text", NO_DATELINE)
def test_no_dateline(text: str) -> None:
    assert newsstruct.parse(text).dateline is None


@pytest.mark.xfail(
    strict=True,
    reason="a byline 'Jo Roe (AP) -' has the shape of the wires' title-case web copy "
    "('Washington (AP) -'); without a gazetteer a name is not told from a place",
)
@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe (AP) - " + LEAD,
        "Ferry to return in June\nThe crews worked overnight.\nJo Roe (AP) - " + LEAD,
    ],
)
def test_a_name_before_a_wire_is_no_dateline(text: str) -> None:
    assert newsstruct.parse(text).dateline is None


def test_a_dateline_line_has_the_role_dateline() -> None:
    article = newsstruct.parse("Ferry to return\nOdesa • UNN\n" + LEAD + "\nCrews worked.")
    assert [p.role for p in article.paragraphs] == [
        Role.TITLE,
        Role.DATELINE,
        Role.LEAD,
        Role.BODY,
    ]


def test_a_place_line_under_an_agency_line_has_the_role_dateline() -> None:
    # "Укрінформ" above "Одеса" is one dateline, both its lines
    article = newsstruct.parse("Пором повернеться в червні\nУкрінформ\nОдеса\n" + LEAD)
    assert article.dateline is not None
    assert [p.role for p in article.paragraphs] == [
        Role.TITLE,
        Role.DATELINE,
        Role.DATELINE,
        Role.LEAD,
    ]


def test_an_inline_dateline_leaves_the_paragraph_the_lead() -> None:
    article = newsstruct.parse("WASHINGTON (AP) — " + LEAD + "\nCrews worked overnight.")
    assert [p.role for p in article.paragraphs] == [Role.LEAD, Role.BODY]


def test_an_inline_dateline_is_not_part_of_the_speaker() -> None:
    text = "WASHINGTON (AP) — " + LEAD
    quotes = newsstruct.parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("the ferry would run again from June", "The harbour master")
    ]


def test_a_colon_dateline_is_no_speaker() -> None:
    text = "ISLAMABAD: The cabinet on Monday approved the new berth, officials said."
    quotes = newsstruct.parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("The cabinet on Monday approved the new berth", "officials")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("LAHORE: Schools were closed for two days.", []),
        (
            "LAHORE: Schools were closed for two days, the minister said.",
            [("Schools were closed for two days", "the minister")],
        ),
    ],
)
def test_a_known_city_s_label_under_a_colon_dateline_is_no_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    text = "KARACHI: Heavy rain flooded the roads on Monday, officials said.\n" + paragraph
    quotes = newsstruct.parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes][1:] == expected


def test_a_city_s_label_without_a_colon_dateline_stays_a_speaker() -> None:
    # a transcript's speaker may bear a city's name: only a colon dateline tells a place
    text = (
        "The senator spoke to the host of the morning show about the bill that the chamber "
        "will take up next week, after a month of talks between the two parties.\n"
        "WASHINGTON: We will vote on Monday."
    )
    quotes = newsstruct.parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will vote on Monday", "WASHINGTON")
    ]


def test_dateline_agency_is_no_attribution() -> None:
    text = "WASHINGTON (AP) — The ferry will run again from June, according to AP."
    assert newsstruct.parse(text).attributions == ()


def test_to_dict_dateline() -> None:
    text = "KYIV. Sept 26 (Interfax-Ukraine) – " + LEAD
    assert newsstruct.parse(text).to_dict()["dateline"] == {
        "start": 0,
        "end": len("KYIV. Sept 26 (Interfax-Ukraine)"),
        "place": "KYIV",
        "agency": "Interfax-Ukraine",
        "date": "Sept 26",
    }


def test_a_run_in_dateline_leaves_the_headline_its_own() -> None:
    text = "date 2024-06-03 Ferry to return in June ODESA, June 3 (Harbour Wire) - " + LEAD
    article = newsstruct.parse(text)
    assert article.title == "Ferry to return in June"
    assert [quote.text for quote in article.quotes] == ["the ferry would run again from June"]


@pytest.mark.parametrize(
    ("text", "title", "dateline"),
    [
        (
            "date 2024-06-03 Пором повернеться ОДЕСА, 3 червня. /ГАВАНЬ/. Пором знову курсуватиме "
            "з червня, повідомили в порту.",
            "Пором повернеться",
            "ОДЕСА, 3 червня. /ГАВАНЬ/",
        ),
        (
            "date 2024-06-03 Паром вернется ОДЕССА, 3 июня /Гавань/ - Паром снова будет ходить "
            "с июня, сообщили в порту.",
            "Паром вернется",
            "ОДЕССА, 3 июня /Гавань/",
        ),
    ],
)
def test_a_slashed_wire_dateline_run_into_the_headline(
    text: str, title: str, dateline: str
) -> None:
    article = newsstruct.parse(text)
    assert article.title == title
    assert article.dateline is not None
    assert article.dateline.span.of(text) == dateline


def test_a_bracketed_acronym_before_a_full_stop_splits_no_lead() -> None:
    text = "The harbour board met the IMO (International Maritime Organization). The ferry ran."
    assert [p.text for p in newsstruct.parse(text).paragraphs] == [text]


def test_an_outlets_own_name_is_a_known_agency() -> None:
    """``Place (AGENCY) -`` with no date takes an agency that names a medium: a media
    word of the lexicon or one of the article's outlet's names, its self-names too."""
    text = "Portvale (HWN) - " + LEAD
    outlet = OutletRules(name="harbourwire", title="Harbour Wire", self_names=("HWN",))
    found = find_dateline(text, paragraph_spans(text), 0, outlet, get("en"))
    assert found is not None
    assert (found[0].place, found[0].agency) == ("Portvale", "HWN")
    assert find_dateline(text, paragraph_spans(text), 0, None, get("en")) is None


def test_an_outlets_known_pattern_without_an_agency_takes_none() -> None:
    """An outlet's dateline pattern with the group ``known`` but no group ``agency`` takes
    no known agency: no dateline, and no error."""
    text = "Portvale (HWN) - " + LEAD
    outlet = OutletRules(
        name="harbourwire",
        title="Harbour Wire",
        dateline_patterns=(r"^(?P<place>Portvale) \((?P<known>)HWN\)",),
    )
    assert find_dateline(text, paragraph_spans(text), 0, outlet, get("en")) is None


@pytest.mark.parametrize("city", ["ST. LOUIS", "ST. PAUL, Minn."])
def test_a_city_opening_with_an_abbreviation_is_no_run_in(city: str) -> None:
    """A wire city that opens with an abbreviation in capitals (``ST. LOUIS (AP) —``)
    stays whole: no headline runs into it."""
    text = f"date 2026-03-05 Judge rules on river permit\n{city} (AP) — " + LEAD
    article = newsstruct.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (city, "AP")
    assert [p.role for p in article.paragraphs] == [Role.TITLE, Role.LEAD]


@pytest.mark.parametrize("emoji", ["🇺🇦 ", "⚡️", "▶️ ", "👨\u200d👩\u200d👧 "])
def test_emoji_before_a_dateline_are_no_part_of_it(emoji: str) -> None:
    """Copy taken from a messenger channel opens lines with emoji: the dateline after
    them is found, its span starts after them, and the outlet it names is detected."""
    text = f"date 2026-03-05 Ferry to return\n{emoji}Odesa • UNN\n{LEAD}"
    article = newsstruct.parse(text)
    assert article.dateline is not None
    assert article.dateline.span.of(text) == "Odesa • UNN"
    assert (article.outlet, [p.role for p in article.paragraphs]) == (
        "unn",
        [Role.TITLE, Role.DATELINE, Role.LEAD],
    )
    wire = newsstruct.parse(f"{emoji}WASHINGTON (AP) — {LEAD}")
    assert wire.dateline is not None
    assert (wire.dateline.place, wire.outlet) == ("WASHINGTON", "ap")
    assert [p.role for p in wire.paragraphs] == [Role.LEAD]  # no headline split off


def test_a_copyright_sign_is_no_emoji() -> None:
    assert newsstruct.parse(f"© Odesa • UNN\n{LEAD}").dateline is None


def test_a_known_city_in_capitals_alone_between_byline_and_lead_is_the_dateline() -> None:
    # as South Asia's papers print it: the writer's desk, the city, the page's date line
    text = (
        "Ferry to return in June\nSpecial Correspondent\nCHENNAI\n"
        "November 28, 2026 09:45 pm | Updated 10:12 pm IST\n" + LEAD
    )
    article = newsstruct.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.span.of(text)) == ("CHENNAI", "CHENNAI")
    assert [p.role for p in article.paragraphs] == [
        Role.TITLE,
        Role.BOILERPLATE,
        Role.DATELINE,
        Role.BOILERPLATE,
        Role.LEAD,
    ]
    assert article.published == datetime.date(2026, 11, 28)


@pytest.mark.parametrize("date_line", [True, False])
def test_an_agency_s_initials_above_a_place_and_the_page_s_date_are_one_dateline(
    date_line: bool,
) -> None:
    # "HWS" above "Lornport" above the page's date: a wire's credit in the head of a page;
    # without the date line below, initials above a place tell nothing
    head = "Ferry to return in June\nHWS\nLornport\n" + ("July 9, 2026\n" if date_line else "")
    article = newsstruct.parse(head + LEAD)
    dateline = article.dateline
    assert (None if dateline is None else (dateline.agency, dateline.place)) == (
        ("HWS", "Lornport") if date_line else None
    )
    roles = [p.role for p in article.paragraphs[1:3]]
    assert roles == ([Role.DATELINE] * 2 if date_line else [Role.BODY] * 2)


def test_a_section_s_label_in_capitals_above_a_place_is_no_agency() -> None:
    # "LIVE" above "Lornport" above the page's date: a section's label, no wire's initials
    article = newsstruct.parse("Ferry to return in June\nLIVE\nLornport\nJuly 9, 2026\n" + LEAD)
    dateline = article.dateline
    assert dateline is None or dateline.agency != "LIVE"


@pytest.mark.parametrize("city", ["BUENOS AIRES", "Mexico City", "SAO TOME"])
def test_a_city_split_over_two_lines_of_the_list_is_known(city: str) -> None:
    headline = "Ferry to run again\n\n"
    dateline = newsstruct.parse(headline + city + ": " + LEAD).dateline
    assert dateline is not None
    assert dateline.place == city


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        pytest.param(
            "Lornport – The harbour board agreed on Tuesday to close the quay, a spokesman said."
            "\n\nThe quay in Lornport is 200 years old.",
            "en",
            "Lornport",
            id="en-a-city-and-an-en-dash",
        ),
        pytest.param(
            "Port Valmont - A court ruled on Monday that the quay must close, the mayor said.",
            "en",
            "Port Valmont",
            id="en-two-words-a-hyphen-and-a-one-letter-word",
        ),
        pytest.param(
            "Lornport, Valmont — Crews worked through the night on the bridge, the mayor said.",
            "en",
            "Lornport, Valmont",
            id="en-a-city-a-country-and-an-em-dash",
        ),
        pytest.param(
            "Costa Lorn – The council voted to close the harbour, the mayor said.\n\n"
            "Fishing boats in Costa Lorn stayed at sea.",
            "en",
            "Costa Lorn",
            id="en-a-place-that-opens-with-a-surname-s-part",
        ),
        pytest.param(
            "Lornport – The council – which met on Monday – voted to close the harbour, the mayor "
            "said.\n\nThe quay in Lornport is 200 years old.",
            "en",
            "Lornport",
            id="en-a-whole-aside-in-the-lead",
        ),
        pytest.param(
            "Lornville – Il consiglio ha chiuso il porto martedì, ha detto un portavoce.\n\n"
            "Il molo a Lornville è antico.",
            "it",
            "Lornville",
            id="it",
        ),
        pytest.param(
            "Puerto Lorn – El Gobierno aprobó el martes el cierre del muelle, dijo un portavoz.",
            "es",
            "Puerto Lorn",
            id="es",
        ),
        pytest.param(
            "Lornville – O governo decidiu na terça-feira fechar o porto, disse um porta-voz.\n\n"
            "O cais em Lornville é antigo.",
            "pt",
            "Lornville",
            id="pt-a-one-letter-article",
        ),
        pytest.param(
            "Lornville – Les ministres ont décidé mardi de fermer le port, a déclaré un "
            "porte-parole.\n\nLes pêcheurs à Lornville attendent.",
            "fr",
            "Lornville",
            id="fr",
        ),
    ],
)
def test_a_place_in_title_case_and_a_spaced_dash_open_the_lead(
    text: str, lang: str, place: str
) -> None:
    article = newsstruct.parse(text, lang=lang)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, None)
    assert article.dateline.span.of(text) == place
    assert [q.text.split()[0] for q in article.quotes] == [text.split()[len(place.split()) + 1]]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jo Roe - the mayor - said the quay would close.", id="an-aside"),
        pytest.param("Tuesday – The mayor said the quay would close.", id="a-weekday"),
        pytest.param("The Board – The mayor said the quay would close.", id="a-determiner"),
        pytest.param("Michael Roe – The mayor said the quay would close.", id="a-first-name"),
        pytest.param("Update – The mayor said the quay would close.", id="a-section-label"),
        pytest.param(
            "Lornport – A town divided\n\nThe mayor said the quay would close on Monday, "
            "and crews worked through the night to shore up the old bridge by the river.",
            id="a-headline-without-a-full-stop",
        ),
        pytest.param("Lornport. The mayor said the quay would close.", id="a-full-stop"),
        pytest.param(
            "Xiomara Roe – The mayor of Lornport since 2022 – said the quay would close.",
            id="a-name-and-an-aside-between-dashes",
        ),
        pytest.param(
            "Valmont – Not for the first time – The board has voted to close the quay.",
            id="a-company-and-an-aside-between-dashes",
        ),
        pytest.param("Breaking News – The mayor said the quay would close.", id="breaking-news"),
        pytest.param("Live Updates – The mayor said the quay would close.", id="live-updates"),
        pytest.param(
            "Storm Tess – Residents ‘shocked’\n\nThe mayor said the quay would close on Monday, "
            "and crews worked through the night to shore up the old bridge by the river.",
            id="a-headline-ending-in-a-quoted-word",
        ),
    ],
)
def test_a_word_and_a_dash_that_is_no_place_gives_no_dateline(text: str) -> None:
    assert newsstruct.parse(text, lang="en").dateline is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Harbourly – The company said on Tuesday it would cut 500 jobs.\n\n"
            "Harbourly's shares fell 3 percent.",
            "it would cut 500 jobs",
            id="a-company",
        ),
        pytest.param(
            "Lornexit – Leaving the union has cost the harbour dear, traders said.\n\n"
            "The quay lost 300 jobs in 2025.",
            "Leaving the union has cost the harbour dear",
            id="a-topic",
        ),
        pytest.param(
            "Kwame Mensah – The minister said on Tuesday that the quay would close.",
            "the quay would close",
            id="a-name-whose-surname-never-comes-back",
        ),
    ],
)
def test_title_case_words_before_a_dash_need_a_place_s_evidence(text: str, content: str) -> None:
    # a word or two in title case, a dash and the lead: no dateline unless the words are a
    # known city, have a place's shape or come back after a preposition of place; the lead's
    # words start after the dash all the same
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is None
    assert [q.text for q in article.quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nairobi – The minister said on Tuesday that the quay would close.", id="a-city"
        ),
        pytest.param(
            "Lornport – The minister said on Tuesday that the quay would close.\n\n"
            "Traders in Lornport welcomed the news.",
            id="printed-again-after-in",
        ),
    ],
)
def test_title_case_words_that_are_a_place_keep_their_dash_dateline(text: str) -> None:
    dateline = newsstruct.parse(text, lang="en").dateline
    assert dateline is not None
    assert dateline.place == text.split(" –")[0]


def test_the_stops_of_an_abbreviation_end_no_sentence_before_an_aside_s_dash() -> None:
    text = (
        "Kwame Roe – The U.S. envoy – said on Tuesday that the quay would close.\n\n"
        "Crews in Kwame Roe worked late."
    )
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is None
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Kwame Roe"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            'Lornport – The mayor said: "We will not give up."\n\nCrews in Lornport worked late.',
            "en",
            id="en",
        ),
        pytest.param(
            "Nairobi – Le maire a déclaré : « Nous ne céderons pas. »", "fr", id="fr-spaced"
        ),
    ],
)
def test_a_lead_ending_in_a_quotation_after_its_stop_keeps_its_dash_dateline(
    text: str, lang: str
) -> None:
    dateline = newsstruct.parse(text, lang=lang).dateline
    assert dateline is not None
    assert dateline.place == text.split(" –")[0]


def test_a_name_and_an_aside_between_dashes_keeps_the_speaker() -> None:
    text = 'Xiomara Roe – The mayor of Lornport since 2022 – said on Tuesday: "We will not go."'
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is None
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Xiomara Roe"]


def test_a_name_whose_surname_comes_back_alone_is_no_dash_dateline() -> None:
    text = (
        "Kwame Roe – The minister said on Tuesday that the quay would close.\n\n"
        '"We have no choice," Roe added.'
    )
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is None
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "The minister",
        "Kwame Roe",
    ]


@pytest.mark.parametrize("title", ["Mr", "Dr.", "Minister"])
def test_a_name_whose_surname_comes_back_after_a_title_is_no_dash_dateline(title: str) -> None:
    text = (
        "Kwame Roe – The minister said on Tuesday that the quay would close.\n\n"
        f'"We have no choice," {title} Roe added.'
    )
    assert newsstruct.parse(text, lang="en").dateline is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Port Valmont – The mayor said the quay would close.\n\nValmont traders agreed.",
            id="a-place-s-opener",
        ),
        pytest.param(
            "Lorn City – The mayor said the quay would close.\n\nCity Hall in Lorn City agreed.",
            id="the-last-word-before-a-name",
        ),
        pytest.param(
            "Lorn City – The mayor said the quay would close.\n\nFans of Valmont City in Lorn City "
            "agreed.",
            id="the-last-word-after-a-name",
        ),
    ],
)
def test_a_place_whose_last_word_comes_back_keeps_its_dash_dateline(text: str) -> None:
    dateline = newsstruct.parse(text, lang="en").dateline
    assert dateline is not None
    assert dateline.place == text.split(" –")[0]


def test_a_local_site_s_page_lines_above_the_dateline_are_no_head_paragraphs() -> None:
    """A local news site prints a share button, a byline and a time of posting between
    the headline and the dateline: short lines without a stop, which do not use up the
    few paragraphs the dateline is looked for in (the dateline was missed, and its place
    became a reported quote of the lead's ``police said``)."""
    text = (
        "date 2026-03-04 Lornport Man Charged After Route 9 Crash\n"
        "Share\n"
        "Subscribe\n"
        "By Dana Whitfield, Patch Staff\n"
        "Posted Tue, Mar 3, 2026 at 4:12 pm ET\n"
        "LORNPORT, NJ — A Lornport man has been charged after a crash on Route 9, police said."
    )
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is not None
    assert article.dateline.place == "LORNPORT, NJ"
    assert [q.text for q in article.quotes] == [
        "A Lornport man has been charged after a crash on Route 9"
    ]


def test_a_dateline_is_looked_for_in_four_paragraphs_of_text_at_most() -> None:
    text = (
        "Harbour works begin.\n"
        "The quay will close for a week.\n"
        "Ferries will use the north pier.\n"
        "Buses will run every hour.\n"
        "LORNPORT, NJ — A Lornport man has been charged after a crash on Route 9, police said."
    )
    assert newsstruct.parse(text, lang="en").dateline is None


@pytest.mark.parametrize("byline", ["By Jo Roe | Harbour Times", "By Jo Roe • Valmont TV"])
def test_a_byline_with_its_outlet_after_a_bar_is_no_dateline(byline: str) -> None:
    text = (
        "Ferry to resume service in June\n\n"
        f"{byline}\n\n"
        "LORNPORT — The ferry between Lornport and Valmont Island will resume service in June, "
        "county officials said Tuesday.\n\nThe ferry stopped running in 2024."
    )
    article = newsstruct.parse(text, lang="en")
    assert article.dateline is not None
    assert article.dateline.place == "LORNPORT"
    assert article.paragraphs[1].role is Role.BOILERPLATE
