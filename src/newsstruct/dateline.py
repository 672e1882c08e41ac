"""Datelines: where and by whom a story was filed.

Generic forms, matched at the start of one of the first paragraphs after the header:

* ``Kyiv • UNN`` (place, bullet, agency; a line of its own);
* ``WASHINGTON (AP) —``, ``LONDON, March 1 (Reuters) -``,
  ``KYIV. Sept 26 (Interfax-Ukraine) –``, ``OSLO, 3. mars (NTB) -`` (place, optional
  date, agency in brackets);
* ``Roma, 12 ott. (Adnkronos) -``, ``Praha 12. května (ČTK) -`` (the same with the city
  in title case, as wires' web copy prints it, and a date, perhaps with its year:
  ``Kyiv, 3 March 2026 (UNIAN) -``);
* ``Vilnius, gruodžio 1 d. (ELTA). Seimas …`` (the same closed by a full stop, as the
  Baltic wires print it; a known agency only);
* ``Kathmandu, April 2 (IANS) Nepal …`` (the same without a separator, as South Asia's
  wires print it: a capitalised date and an agency in capitals);
* ``Jakarta (ANTARA) -``, ``Hà Nội (TTXVN) -``, ``Manila (PNA) -`` (a city in title
  case and a known outlet or national wire in capitals, no date);
* ``Berlin (dpa/AFP) –``, ``New York (AP/Reuters) —`` (a pool credit of several known
  agencies after a city of one word, or of words that a place's name is made of:
  ``Jo Roe (AFP/dpa) -`` and ``Tomás de la Roe (AFP/dpa) -`` are bylines);
* ``ЛЬВІВ, 5 квітня /Укрінформ/.``, ``BRIGHTON, Valmont, May 12, 2026 /PRNewswire/ --``
  (the agency between slashes);
* ``Kyiv, 12 March 2025 –``, ``Київ, 5 квітня 2025 р. —``, ``NAIROBI, Kenya, June 1 –`` (a
  place and a date, no agency), ``Accra, June 1, GNA -`` (an agency after the date, no
  brackets);
* ``(CNN) —``, ``(CNN)A storm …`` (the agency alone, no place);
* ``WASHINGTON ―`` (a capitalised place and a dash, no agency);
* ``NEW DELHI:``, ``Dubai:``, ``KARACHI, June 3:`` (a known city before a colon, as the
  English-language papers of South Asia and the Gulf print it:
  :data:`~newsstruct.outlets._places.COLON_CITIES`);
* ``Hannover.``, ``Berlin –`` (a city in title case, where the language's papers print
  one so: :attr:`~newsstruct.lang.Lexicon.title_case_datelines`).

Outlets add patterns of their own (``OutletRules.dateline_patterns``).  The span drops
the trailing separator.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newsstruct._lazy import lazy_pattern
from newsstruct.lang import Lexicon
from newsstruct.layout import is_byline, is_captioned_photo, is_timestamp
from newsstruct.model import Dateline, Span
from newsstruct.outlets import OutletRules, compile_patterns, names_medium, plain_spaces
from newsstruct.outlets._fragments import (
    CAPITAL_WORDS,
    EMOJI_RUN,
    NATIONAL_WIRES,
    NOT_ASIDE,
    PLACE_OPENER,
)
from newsstruct.outlets._places import is_colon_city

__all__ = ["GENERIC_PATTERNS", "find_dateline", "split_run_in"]

# 1 March, 3. März (the day with a full stop: German, Nordic, Czech)
_DAY_MONTH_WORD = r"\d{1,2}\.?+\s++\p{L}{3,10}"
_DAY_MONTH = _DAY_MONTH_WORD + r"\.?+"
# March 1, Oct. 4, or the day first
_MONTH_DAY = r"\p{L}{3,10}\.?+\s++\d{1,2}"
_DATE = rf"(?:{_MONTH_DAY}|{_DAY_MONTH})"
# the same with the year that some web copy adds: "3 March 2026", "March 3, 2026", or a
# short word after the day, as Lithuanian writes "day" after it: "kovo 5 d."
_DATE_YEAR = rf"{_DATE}(?:,?+[ ]\d{{4}}|[ ]\p{{Ll}}\.)?+"
# the same, a month before the day capitalised (not "aged 42")
_CAPITAL_DATE = rf"(?:\p{{Lu}}\p{{L}}{{2,9}}\.?+\s++\d{{1,2}}|{_DAY_MONTH})"
# a word of a place's name, capitalised: "Kyiv", "Aix-en-Provence", "N'Djamena"
_PLACE_WORD = r"\p{Lu}[\p{L}'’\-]{1,30}+"
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}+"

# a region after a place in capitals: "SALEM, Ore.", "BRIGHTON, Valmont" (may give back a
# month: "LONDON, March 1")
_REGION = r"(?:,[ ]\p{Lu}[\p{L}.]{1,20}+(?:[ ]\p{Lu}[\p{L}.]{1,20}+)?+)?"
# LONDON, March 1 (Reuters) -   KYIV. Sept 26 (Interfax-Ukraine) –   WASHINGTON (AP) —
# (the city in capitals, no full stop in it, which may follow it; or the cities of a story
# filed from several, parted by slashes: "LORNPORT, Valmont/LONDON (Reuters) -",
# "LORNPORT/HARBOURVILLE, Valmont (Reuters) -")
_WIRE = (
    rf"(?P<place>{CAPITAL_WORDS}{_REGION}(?:/{CAPITAL_WORDS}{_REGION}){{0,3}}+)"
    rf"(?:[,.][ ]++(?P<date>{_DATE_YEAR}))?+[ ]*+(?:--)?+"  # "BRIGHTON, Valmont--(BUSINESS WIRE)--"
    r"\((?P<agency>\p{L}[\p{L}\-&/. ]{0,40}+)\)"
    r"(?=[ ]*+(?:[-–—―]|\.-|:|\.))"
)

# a state or a country in title case after a place in title case and a comma, where a date
# follows after another comma: "Lornport, Valmont, March 5 (IANS):" (not the month of
# "Lornport, March 5 (IANS):")
_TITLE_REGION = rf"(?:,[ ]{_PLACE}(?=,[ ]))?+"

# Roma, 12 ott. (Adnkronos) -   Praha 12. května (ČTK) -   Lahore, Mar 5 (APP): …   (a
# wire's web copy prints the city in title case, South Asia's wires a colon after the
# agency, and the state in brackets and the country in square ones after the city:
# "Pune (Maharashtra) [India], Mar 5 (ANI): …"; the date tells it from a name and a
# party: "Jo Roe (Greens) - …"; not a full stop, which follows a name and an age as
# well: "Jo Roe, aged 42 (HWS). The …")
_QUALIFIED = r"(?:[ ]\(\p{Lu}[\p{L}\- ]{1,30}+\))?+(?:[ ]\[\p{Lu}[\p{L}\- ]{1,30}+\])?+"
_TITLE_WIRE = (
    rf"(?P<place>{_PLACE}(?:/{_PLACE})?+{_QUALIFIED}{_TITLE_REGION}),?+[ ]"
    rf"(?P<date>{_DATE_YEAR})[ ]"
    r"\((?P<agency>\p{Lu}[\p{L}\-&/.]{1,20}+(?:[ ]\p{Lu}[\p{L}\-&/.]{1,20}+){0,2}+)\)"
    r"(?=[ ]*+(?:[-–—―]|\.-)|:[ ])"
)

# Kathmandu, April 2 (IANS) Nepal will …   NEW DELHI, Apr 2 (PTI) The …   (South Asia's
# wires print no separator before the lead: a place, a date with its month capitalised or
# after the day, not "Jo Roe, aged 42 (Greens) She …", and an agency in capitals, then
# the lead's first word, capitalised)
_UNSEPARATED = (
    rf"^(?P<place>{_PLACE}{_TITLE_REGION}),[ ](?P<date>{_CAPITAL_DATE}(?:,[ ]\d{{4}})?+)[ ]"
    r"\((?P<agency>\p{Lu}{2,}+)\)(?=[ ]++[\p{Lu}\"“‘'])"
)

# Jakarta (ANTARA) -   Hà Nội (TTXVN) -   Kyiv (UNN) -   Seoul (Yonhap) -   (a place in
# title case and an agency in capitals or in title case, no date; the agency must be a
# known outlet: not "Jo Roe (SPD) -", a name and a party, nor "Apple (AAPL) -", a company
# and its ticker; and the lead opens a sentence: not "The Mayor (Independent) - who won …".
# Web copy of the wires prints "Washington (AP) —" too, so a name before a wire's name in
# brackets, "Jo Roe (AP) -", a byline, reads as a place: no gazetteer tells the two apart)
# an agency's name in capitals or in title case (ANTARA, Yonhap, Interfax-Ukraine)
_AGENCY_WORD = r"\p{Lu}(?:\p{Lu}++|\p{Ll}{2,}+)(?:[.\-]\p{Lu}++)*+"
# then a dash and the lead, which opens a sentence
_DASH_THEN_LEAD = r"(?=[ ]*+[-–—―]{1,2}+[ ]++[\p{Lu}\p{N}\"“«„‘'])"
_KNOWN_AGENCY = (
    rf"^(?P<place>{_PLACE})[ ]\((?P<known>)(?P<agency>{_AGENCY_WORD})\){_DASH_THEN_LEAD}"
)
# Vilnius, gruodžio 1 d. (ELTA). Seimas …   (the Lithuanian wire closes its dateline with a
# full stop: a place, a date and a known agency, then the lead; a known one only, since a
# name, an age and a party end so too: "Jo Roe, aged 42 (HWS). The …")
_STOPPED_WIRE = (
    rf"^(?P<place>{_PLACE}),[ ](?P<date>{_DATE_YEAR})[ ]"
    rf"\((?P<known>)(?P<agency>{_AGENCY_WORD})\)(?=\.[ ]++[\p{{Lu}}\"“„«])"
)

# Berlin (dpa/AFP) –   Frankfurt am Main (AFP/dpa) -   New York (AP/Reuters) —   (a pool
# credit: several known agencies after a city in title case: of one word, Frankfurt/Main and
# Baden-Baden too; of words joined by a particle that joins places only ("am", "sur", "nad":
# not "de", "di", "la", which join persons' names too, "Tomás de la Roe (AFP/dpa) -");
# or of words that a place's name opens with (PLACE_OPENER: New York, San José, Rio de
# Janeiro; one word after it and its particle: "Le Van Thanh", "El Hadji Diouf" are
# persons) or closes with (Mexico City).  Other capitalised words before a pool credit are a
# byline's name, "Jo Roe (AFP/dpa) -", since no wire's own web copy credits several
# agencies)
_AGENCY_NAME = rf"(?:\p{{Ll}}++|{_AGENCY_WORD})"
_PLACE_WORD = r"\p{Lu}[\p{L}'’\-]{1,30}+"
_POOL_PLACE = (
    rf"{_PLACE_WORD}(?:/{_PLACE_WORD})?+"
    rf"(?:(?:[ ](?:am|an|der|im|sur|nad|pod|pri|při|upon)){{1,2}}+[ ]{_PLACE_WORD})?+"
    rf"|{PLACE_OPENER}(?:[ ](?:de|do|da|del|es))?+[ ]{_PLACE_WORD}"
    rf"|{_PLACE_WORD}[ ]City"
)
_POOL = (
    rf"^(?P<place>{_POOL_PLACE})"
    rf"[ ]\((?P<known>)(?P<agency>{_AGENCY_NAME}(?:/{_AGENCY_NAME})++)\){_DASH_THEN_LEAD}"
)
# The reporters' credit after a dateline of a script without case (below), closed by an
# equals sign, is the dateline's too: "(서울=연합뉴스) 홍길동 기자 =", "【서울=뉴시스】홍길동
# 기자 =", "(서울=뉴스1) 홍길동 이길동 기자 =", "서울 (연합뉴스) 홍길동 기자 =", however the
# sign is spaced ("홍길동 기자= …", "홍길동 기자 =…"); the lead begins after it
_EQUALS_CREDIT = r"(?:[ ]?+[\p{Lo}\p{Lm}][\p{Lo}\p{Lm}·ㆍ, ]{1,40}?[ ]*+=(?=[ ]*+\S))?+"
# Scripts without case, where no capital tells a place (Chinese, Arabic, Hebrew, Hindi,
# Thai): a place of up to three words, an optional date and a known agency in brackets
# (full-width ones too), then a dash or the lead: "القاهرة (رويترز) -", "北京，5月3日（新华社）
# ——", "नई दिल्ली (पीटीआई) …"; or the place and the agency joined by "=" in brackets, as
# Korean wires print them: "(서울=연합뉴스)".
_UNCASED = r"\p{Lo}[\p{Lo}\p{Lm}\p{M}]{0,20}+"
_UNCASED_PLACE = rf"{_UNCASED}(?:[ ]{_UNCASED}){{0,2}}+"
_UNCASED_WIRE = (
    rf"^(?P<place>{_UNCASED_PLACE})"
    r"(?:[,،，][ ]?+(?P<date>[\p{N}\p{Lo}\p{M}][\p{N}\p{Lo}\p{M} ]{0,20}?))?[ ]?+"
    r"[(（](?P<known>)(?P<agency>[^()（）\n]{1,30}?)[)）]"
    r"(?=[ ]*+[-–—―:]|[ ]++\p{L})" + _EQUALS_CREDIT
)
# Japanese wires print the place and the agency's short name of two characters in lenticular
# brackets: "【東京共同】", "【ワシントン時事】".
_LENTICULAR = r"^【(?P<place>[\p{Lo}\p{Lm}]{1,10}?)(?P<known>)(?P<agency>\p{Lo}{2})】"
# Japanese papers print the place and their reporter's name after an equals sign:
# "【ワシントン＝山田一郎】" (no agency; a place alone, "【速報】", is a label)
_LENTICULAR_REPORTER = r"^【(?P<place>[\p{Lo}\p{Lm}]{1,10}+)[＝=][\p{Lo}\p{Lm}]{2,8}+】"
# (round brackets or lenticular ones, each closed by its own pair: "round" is set by the
# round one; the reporters' credit after it, _EQUALS_CREDIT)
_PLACE_IS_AGENCY = (
    rf"^(?:\((?P<round>)|【)(?P<place>{_UNCASED_PLACE})=(?P<known>)"
    r"(?P<agency>(?(round)[^()\n=]|[^【】\n=]){1,30}?)(?(round)\)|】)" + _EQUALS_CREDIT
)
# ЛЬВІВ, 5 квітня /Укрінформ/.   МОСКВА, 26 марта. /ПРАЙМ/.   (the agency between
# slashes; the full stop after the date is the separator's, no part of the date); a
# press release's "BRIGHTON, Valmont, May 12, 2026 /PRNewswire/ --" (a region after
# the place, a year after the date; or the day first, as the wires' releases in German,
# French or Spanish print it: "LORNPORT, 4. März 2026 /PRNewswire/ --", "4 mars 2026",
# "4 de marzo de 2026"); South Asia's wires print the city in title case, perhaps with its
# state, and a colon after the agency: "Lornport, March 4 /ANI/:"
_SLASHED = (
    rf"(?P<place>{CAPITAL_WORDS}{_REGION}|{_PLACE}{_TITLE_REGION}),[ ]"
    rf"(?P<date>{_MONTH_DAY}(?:,[ ]\d{{4}})?+|{_DAY_MONTH_WORD}(?:[ ]\d{{4}})?+"
    r"|\d{1,2}[ ]de[ ]\p{L}{3,10}(?:[ ]de[ ]\d{4})?+)\.?+[ ]*+"
    r"/(?P<agency>\p{Lu}[\p{L}\-&. ]{0,40}+)/(?=\.|:[ ]|[ ]*+[-–—―])"
)
# NEW DELHI: The …   Dubai: Police …   LAHORE/KARACHI: …   Chandigarh, June 3: …   (a
# city, or two joined by a slash, perhaps with a date, then a colon and the lead's first
# word; the city must be a known one, COLON_CITIES: a capitalised word before a colon is a
# label as often, "UPDATE: …", "EXCLUSIVE: …", a transcript's "ROE: …"; and the lead
# ends as a sentence does: "Kyiv: Explosions rock the capital" is a headline)
_COLON = (
    rf"^(?P<place>{_PLACE}(?:/{_PLACE})?+)(?P<city>)"
    rf"(?:,[ ](?P<date>{_CAPITAL_DATE}(?:,[ ]\d{{4}})?+))?+"
    r"(?=:[ ]++[\p{Lu}\p{N}\"“‘'][^\n]*+(?<=[.!?…\"”’»)])$)"
)
# JAKARTA, KOMPAS.com -   Bandung, Tribunnews.com -   Liputan6.com, Jakarta -
# HARBOUR.CO, Lornpura -   LORNPURA, HARBOUR.TV -   (a news site's domain as the agency,
# before or after the place and a comma, as Indonesian and other web outlets print it; the
# domain's dot and ending tell it from a region)
_DOMAIN = r"\p{L}[\p{L}\p{N}\-]{1,30}+\.(?i:com|net|org|co\.id|id|co\.uk|in|ph|my|co|tv)(?!\p{L})"
_SITE = (
    rf"^(?:(?P<place>{_PLACE}),[ ](?P<agency>{_DOMAIN})"
    rf"|(?P<agency>{_DOMAIN}),[ ](?P<place>{_PLACE}))"
    r"(?=[ ]*+[-–—―]{1,2}+[ ])"
)
# Jakarta, CNN Indonesia --   Lornport, Valmont TV -   (the same with an outlet's name of
# up to three capitalised words for the domain, after the place; the name must be a known
# medium's, :func:`_known_agency`: not "Jo Roe, Harbour Bank -")
_NAMED_SITE = (
    rf"^(?P<place>{_PLACE}),[ ](?P<known>)"
    rf"(?P<agency>{_AGENCY_WORD}(?:[ ]{_AGENCY_WORD}){{0,2}}+)(?=[ ]*+[-–—―]{{1,2}}+[ ])"
)
#: The generic dateline forms, most specific first.
GENERIC_PATTERNS: tuple[str, ...] = (
    # Kyiv • UNN
    rf"^(?P<place>{_PLACE})[ \t]*+[•|·][ \t]*+"
    r"(?P<agency>\p{Lu}[\p{L}\-]{1,30}+(?:[ ]\p{Lu}[\p{L}\-]{1,20}+)?+)[ \t]*+$",
    "^" + _WIRE,
    "^" + _TITLE_WIRE,
    _STOPPED_WIRE,
    _UNSEPARATED,
    _KNOWN_AGENCY,
    _POOL,
    "^" + _SLASHED,
    _COLON,
    # CHENNAI   (a known city in capitals alone on its line, between the byline and the
    # lead, as South Asia's papers print it; COLON_CITIES: not a section's label, "WORLD")
    r"^(?P<place>\p{Lu}{2,}+(?:[ \-]\p{Lu}{2,}+){0,2}+)(?P<city>)[ \t]*+$",
    # Kyiv, 12 March 2025 –   Київ, 5 квітня 2025 р. —   NAIROBI, Kenya, June 1 –   (a
    # place, perhaps with its country, and a date, no agency); Accra, June 1, GNA –
    # TALLINN, March 5, BNS –   (an agency in capitals after the date and a comma, no
    # brackets, as some national wires print it)
    rf"^(?P<place>{_PLACE}(?:,[ ]{_PLACE_WORD})?),[ ]"
    rf"(?P<date>{_CAPITAL_DATE}(?:,?+[ ]\d{{4}}(?:[ ]\p{{Ll}}{{1,4}}\.)?+)?+)"
    r"(?:,[ ](?P<agency>\p{Lu}{2,6}+))?+"
    r"(?=[ ]++[-–—―]{1,2}+[ ])",
    # (CNN) —   (CNN)A storm …   (Bloomberg) --   (the agency alone, then a dash or two
    # or the lead's first word)
    r"^\((?P<agency>\p{Lu}[\p{L}\-&/.]{1,20}+(?:[ ]\p{Lu}[\p{L}\-&/.]{1,20}+){0,2}+)\)"
    r"(?=[ ]*+[-–—―]{1,2}+[ ]|\p{Lu}\p{Ll})",
    _SITE,
    _NAMED_SITE,
    _UNCASED_WIRE,
    _PLACE_IS_AGENCY,
    _LENTICULAR,
    _LENTICULAR_REPORTER,
    # WASHINGTON ―   (capitals only, then a dash)
    r"^(?P<place>\p{Lu}{2,}+(?:[ \-]\p{Lu}{2,}+){0,3}+(?:,[ ]\p{Lu}[\p{L}.]{1,20}+)?+)"
    rf"(?=[ ]++[-–—―]{{1,2}}+[ ]{NOT_ASIDE})",
)

# Hannover. Die …   Berlin – Der …   Frankfurt/Main – Die …   (a city in title case
# alone, then a full stop or a dash and the lead's first word; only where the lexicon
# says its papers print them: Lexicon.title_case_datelines)
_titled_place = lazy_pattern(rf"(?P<place>{_POOL_PLACE})(?:\.|[ ]++[-–—])(?=[ ]++\p{{Lu}}\p{{Ll}})")
# Brussels – The …   Cape Town, South Africa — Crews …   (one to three words in title case,
# a place's own small word between them, a country of one word after a comma (or of two,
# the first a place's opener: "South Africa"), then a spaced dash and
# the lead's first word; where the lexicon says its papers print only these:
# Lexicon.title_case_dash_datelines; the lead may open with a word of one letter, "A …")
_TITLE_WORD = r"\p{Lu}\p{Ll}[\p{L}'’\-]{1,30}+"
_title_place_dash = lazy_pattern(
    rf"(?P<place>{_TITLE_WORD}(?:[ ](?:(?:de|da|do|del|upon|on|sur|am|an)[ ])?+{_TITLE_WORD})"
    rf"{{0,2}}+(?:,[ ](?:{PLACE_OPENER}[ ])?+{_TITLE_WORD})?+)"
    r"[ ]++[-–—](?=[ ]++\p{Lu}(?:\p{Ll}|[ ]\p{L}))"
)
_place_opener = lazy_pattern(PLACE_OPENER)
# A lead's last mark: a headline ends without one ("Lornport – A town divided"); a closing
# quotation mark ends a sentence only after a stop ('… the mayor said: "We will."', not
# "Storm Tess – Residents ‘shocked’")
_SENTENCE_END = regex.compile(r"(?:\.|[.!?][ ]?+[\"”’»]++)$")
# A spaced dash before the lead's first sentence ends: the place is a person or a body in an
# aside ("Jo Roe – The mayor of Lornport – said …", "Valmont – Not for the first time – has …")
# (but a whole aside in the lead is the lead's: "Lornport – The council – which met on
# Monday – voted …")
# (a full stop after a letter alone, or before a lower-case word, ends no sentence: "The
# U.S. envoy –"); atomic, since a stop after a letter alone and before a lower-case word
# ("a. b. c.") fits two branches, and a lead with no second dash would try both at each
_NO_STOP = r"(?>[^.!?]|(?<=(?<!\p{L})\p{L})\.|\.(?=[ ]*+\p{Ll}))"
_aside_dash = lazy_pattern(rf"(?>{_NO_STOP}*?[ ][-–—][ ])(?!{_NO_STOP}*?[ ][-–—][ ])")

_HEAD_PARAGRAPHS = 4
# Lines of a page above the dateline that are no paragraphs of text: short, no stop at
# the end ("Share", "By Jo Roe, Patch Staff", "Posted Tue, Mar 3, 2026 at 4:12 pm ET"); a
# local site prints several, and they do not count among the head's paragraphs (but the
# dateline is read for in so many lines at most)
_PAGE_LINE = 48
_PAGE_LINE_STOP = regex.compile(r"[.!?][\"”’»]*+$")
_HEAD_REACH = 8
# An editor's note above a wire story, all of it in brackets: "(Corrects paragraph 3 to
# show …)", "(This March 4 story corrects the name of …)"
_EDITORS_NOTE = regex.compile(r"[ \t]*+\([^()\n]++\)[ \t]*+")
_LEAD_LENGTH = 150
# A wire dateline run into the line before it, when a crawl lost the line break: "EU
# agrees new sanctions BRUSSELS, May 2 (Reuters) - …", "… МОСКВА, 3 ноября. /ТАСС/. …"
# (searched in a line's first characters only).
# The city has three capitals at least, after a word not in capitals (not DIEGO of SAN
# DIEGO) and a space, or glued to the headline's last letter or mark ("output
# hikeSINGAPORE, July 2 (Reuters) -": the break was the only separator), but not after
# an abbreviation in capitals that opens the line (LOUIS of "ST. LOUIS (AP) —": no
# headline stands before it), and the lead after the dash opens a sentence (not "the EU
# (European Union) - and others").
_run_in = lazy_pattern(
    r"(?:(?<=[^\s\p{Lu}'’\-][ ]{1,3})|(?<=[\p{Ll}.!?”\"»)]))"
    r"(?<!(?:^|\n)[ \t]*+\p{Lu}{1,3}+\.[ ]{0,3})(?=\p{Lu}{3})"
    + rf"(?:{_WIRE}[ ]*+(?:[-–—―]{{1,2}}+|\.-|:)|{_SLASHED}(?:\.|[ ]*+[-–—―]{{1,2}}+))"
    + r"[ ]*+\p{Lu}",
    regex.V1,
)
_RUN_IN_REACH = 400
# Emoji at the start of a line, and the spaces after them ("⚡️ WASHINGTON (AP) —")
_EMOJI = regex.compile(rf"{EMOJI_RUN}\s*+")
_RUN_IN_PARAGRAPHS = 2  # the headline's, or the date line's and the headline's


def split_run_in(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """The paragraphs, the first of the head that runs into a wire dateline split before
    it, so that the dateline opens a paragraph of its own and the headline keeps its
    own."""
    split = list(paragraphs)
    for index, paragraph in enumerate(split[:_RUN_IN_PARAGRAPHS]):
        found = _run_in().search(
            text, paragraph.start, min(paragraph.end, paragraph.start + _RUN_IN_REACH)
        )
        if found is not None:
            if _EMOJI.fullmatch(text, paragraph.start, found.start()):
                break  # emoji before a dateline that opens its line: no headline
            before = found.start()
            while before > paragraph.start and text[before - 1] == " ":
                before -= 1
            split[index : index + 1] = [
                Span(paragraph.start, before),
                Span(found.start(), paragraph.end),
            ]
            break
    return split


def _known_agency(agency: str, outlet: OutletRules | None, lexicon: Lexicon) -> bool:
    """Whether an agency's name, or each of a pool credit's (``dpa/AFP``), is a national
    wire or names a medium (:func:`~newsstruct.outlets.names_medium`: the lexicon's or the
    article's outlet's)."""
    return all(
        name in NATIONAL_WIRES or names_medium(name, lexicon, outlet)
        for name in agency.casefold().split("/")
    )


# A place alone on its line: a city of one to three words, perhaps with its country
_place_line = lazy_pattern(
    rf"[ \t]*+({_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}+(?:,[ ]{_PLACE_WORD})?+)[ \t]*+"
)


# A capitalised word inside a sentence (after a lower-case word or a comma) and a space:
# a given name or a title before a surname ("Президент Володимир Зеленський", "said
# President Jo Roe"), never a preposition before a place ("In Odesa", "У Львові")
_NAME_BEFORE = r"(?<=[\p{Ll},][ ]++)\p{Lu}\p{Ll}++[ ]++"


def _place_below(text: str, paragraphs: Sequence[Span], index: int) -> Span | None:
    """The place on the line below an agency's line (``Укрінформ`` above ``Київ``): one
    dateline, the agency's and the place's lines; not a person's name that heads the
    story (``Укрінформ`` above ``Зеленський``), which the story prints after a given
    name or a title (``Президент Володимир Зеленський``)."""
    if index + 1 >= len(paragraphs):
        return None
    below = paragraphs[index + 1]
    found = _place_line().fullmatch(text, below.start, below.end)
    if found is None:
        return None
    named = regex.compile(_NAME_BEFORE + regex.escape(found.group(1)) + r"(?![\p{L}\p{N}])")
    if named.search(text, below.end) is not None:
        return None
    return Span(found.start(1), found.end(1))


# An agency's initials alone on a line (BIRN, HWS)
_INITIALS_LINE = regex.compile(r"[ \t]*+(\p{Lu}{2,6}+)[ \t]*+")


def _stacked(
    text: str, paragraphs: Sequence[Span], index: int, start: int, line: str, lexicon: Lexicon
) -> Dateline | None:
    """The dateline of an agency's initials alone on a line above a place's line and the
    page's date line (``BIRN`` above ``Lornport`` above ``July 9, 2026``), as a news
    site prints its wire's credit in the head: one dateline, the agency's and the place's
    lines, though the agency is no known one (its initials alone, above a place alone,
    tell nothing; the date line below them tells the head of a page); no section's label
    in capitals (``LIVE``)."""
    found = _INITIALS_LINE.fullmatch(line)
    if (
        found is None
        or index + 2 >= len(paragraphs)
        or found.group(1).casefold() in lexicon.section_markers
    ):
        return None
    below = _place_below(text, paragraphs, index)
    if below is None or not is_timestamp(paragraphs[index + 2].of(text)):
        return None
    return Dateline(
        span=Span(start + found.start(1), below.end),
        place=below.of(text),
        agency=found.group(1),
        date=None,
    )


def _title_place(line: str, found: regex.Match[str], lexicon: Lexicon) -> bool:
    """Whether a match of :func:`_titled_place` is a dateline: its word is no section's
    label (``Update –``) and, before a full stop, no abbreviation (``Prof. Roe``), and the
    lead opens with an article, a preposition or a pronoun (``Hannover. Die …``, not a run
    of headings, ``Ausland. Frankreich. Paris, …``); a dash may open any lead (``Berlin –
    Bundeskanzler …``)."""
    place = found.group("place").casefold()
    if place in lexicon.section_markers:
        return False
    if not line.startswith(".", found.end("place")):
        return True
    first = line[found.end() :].split(maxsplit=1)[0].casefold()
    return place not in lexicon.abbreviations and (
        first in lexicon.determiners or first in lexicon.prepositions or first in lexicon.pronouns
    )


def _dash_place(
    line: str, found: regex.Match[str], lexicon: Lexicon, text: str, after: int
) -> bool:
    """Whether a match of :func:`_title_place_dash` is a dateline: the paragraph is a
    lead that ends a sentence (not a headline, ``Lornport – A town divided``, ``Storm Tess
    – Residents ‘shocked’``) with no second spaced dash before its first stop that a third
    does not follow (an aside, ``Jo Roe – The mayor of Lornport – said …``; but ``Lornport
    – The council – which met on Monday – voted …``), and no word of the place is a word of
    time, a determiner, a pronoun, a body's noun or a section's label, nor its first word a
    first name (``Tuesday – The …``, ``The Board – …``, ``Harbour Bank – The lender …``,
    ``Live Updates – …``, ``Michael Roe – The …``), nor a person named again by the
    surname (:func:`_surname`), and the words have the shape of a place or the story
    prints them as one (:func:`_placed`)."""
    if _SENTENCE_END.search(line.rstrip()) is None or _aside_dash().match(line, found.end()):
        return False
    words = [word.strip(",").casefold() for word in found.group("place").split()]
    refused, names = _dash_refused(lexicon)
    return (
        words[0] not in names
        and refused.isdisjoint(words)
        and not _surname(found, text, after, lexicon)
        and _placed(found, text, after, lexicon)
    )


def _placed(found: regex.Match[str], text: str, after: int, lexicon: Lexicon) -> bool:
    """Whether the words before the dash are a place: a city that wires file from
    (:func:`~newsstruct.outlets._places.is_colon_city`: ``Nairobi``), words of a place's
    shape (a country after a comma, ``Lornport, Valmont``; a place's opener, ``Port
    Valmont``; a place's small word between two, ``Stratford upon Lorn``), or words that
    the story prints again after a preposition of place (``Lornport – … in Lornport``).
    A word or two in title case alone is a company, a topic or a person as often
    (``Google – The company said …``, ``Brexit – …``, ``Kwame Mensah – The minister
    said …``)."""
    place = found.group("place")
    words = place.split()
    if (
        is_colon_city(place)
        or "," in place
        or _place_opener().fullmatch(words[0])
        or any(word.islower() for word in words)
    ):
        return True
    prepositions = "|".join(regex.escape(word) for word in sorted(lexicon.place_prepositions))
    if not prepositions:
        return False
    again = regex.compile(
        rf"(?<![\p{{L}}\-])(?i:{prepositions})[ ]++{regex.escape(place)}(?![\p{{L}}\-])"
    )
    return again.search(text, after) is not None


def _surname(found: regex.Match[str], text: str, after: int, lexicon: Lexicon) -> bool:
    """Whether a place of two words that opens with no place's opener is a person named
    again by the last word alone in ``text`` after the dash (from ``after`` on) (``Kwame Roe – The
    minister said … Roe added``, ``… Mr Roe added``); a place's last word seldom comes
    back alone, nor after a capitalised word that is no title, nor before another
    capitalised word (``Mexico City – …`` / ``City Hall``, ``Manchester City``)."""
    words = found.group("place").split()
    if len(words) != 2 or "," in words[0] or _place_opener().fullmatch(words[0]):
        return False
    alone = regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(words[1])}(?![\p{{L}}\-]|[ ]\p{{Lu}})")
    for hit in alone.finditer(text, after):
        before = _WORD_BEFORE.search(
            text, max(after, hit.start() - _WORD_BEFORE_REACH), hit.start()
        )
        if before is None or before.group(1).casefold() in lexicon.titles:
            return True
    return False


# The capitalised word right before a surname, perhaps with its full stop ("Mr Roe",
# "Dr. Roe", "Manchester City")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\-])(\p{Lu}[\p{L}\-]*+)\.?+[ ]$")
_WORD_BEFORE_REACH = 40


@functools.cache
def _dash_refused(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words no place of :func:`_title_place_dash` holds, and the first names none
    opens with."""
    refused = frozenset(
        (
            *lexicon.time_words,
            *lexicon.determiners,
            *lexicon.pronouns,
            *lexicon.body_nouns,
            *(marker for marker in lexicon.section_markers if " " not in marker),
        )
    )
    # (not unisex_names: they hold parts of surnames too, "Costa", "Silva")
    names = frozenset((*lexicon.first_names, *lexicon.feminine_names, *lexicon.masculine_names))
    return refused, names


def find_dateline(
    text: str,
    paragraphs: Sequence[Span],
    first: int,
    outlet: OutletRules | None,
    lexicon: Lexicon,
) -> tuple[Dateline, int] | None:
    """Find the dateline among the paragraphs from index ``first`` on; ``lexicon``
    tells which agencies are outlets where only that tells a dateline from a name.

    Returns the dateline and the index of its paragraph, or ``None``.  Emoji before a
    dateline (copy taken from a messenger channel) are no part of it.
    """
    patterns = compile_patterns((outlet.dateline_patterns if outlet else ()) + GENERIC_PATTERNS)
    chrome = compile_patterns(outlet.boilerplate_patterns) if outlet else ()
    counted = 0  # the paragraphs read that are no page lines
    for index in range(first, min(first + _HEAD_REACH, len(paragraphs))):
        if counted == _HEAD_PARAGRAPHS:
            break
        paragraph = paragraphs[index]
        written = paragraph.of(text)
        stripped = written.strip()
        if len(stripped) > _PAGE_LINE or _PAGE_LINE_STOP.search(stripped) is not None:
            counted += 1
        if any(p.fullmatch(stripped) for p in chrome):
            continue  # the outlet's page chrome ("KYODO NEWS - Mar 4, 2026 - 10:15")
        if (emoji := _EMOJI.match(written)) is not None:  # "🇺🇦 Kyiv • UNN"
            paragraph = Span(paragraph.start + emoji.end(), paragraph.end)
            written = written[emoji.end() :]
        line = plain_spaces(written)  # "Kyiv\N{NO-BREAK SPACE}• UNN"
        if is_byline(line):
            continue  # the writer's name and outlet: "By Jo Roe | Harbour Times"
        for pattern in patterns:
            found = pattern.match(line)
            if found is None:
                continue
            # the groups as written, no-break spaces and all
            groups = (
                found.groupdict()
                if line is written
                else {
                    name: written[found.start(name) : found.end(name)]
                    if value is not None
                    else None
                    for name, value in found.groupdict().items()
                }
            )
            known = groups.get("known")  # a pattern that takes only a known agency
            # (an outlet's pattern may have no group "agency", or leave it unmatched)
            agency = groups.get("agency") or ""
            if known is not None and not _known_agency(agency, outlet, lexicon):
                continue
            city = groups.get("city")  # a pattern that takes only a known city
            if city is not None and not is_colon_city(groups.get("place") or ""):
                continue
            date = groups.get("date")
            end = paragraph.start + found.end()
            place = groups.get("place")
            if place is None and not line[found.end() :].strip():
                below = _place_below(text, paragraphs, index)
                if below is not None:
                    end, place = below.end, below.of(text)  # "Укрінформ" above "Київ"
            return (
                Dateline(
                    span=Span(paragraph.start, end),
                    place=place,
                    agency=groups.get("agency"),
                    date=date,
                ),
                index,
            )
        stacked = _stacked(text, paragraphs, index, paragraph.start, line, lexicon)
        if stacked is not None:
            return stacked, index
        found = _titled_place().match(line) if lexicon.title_case_datelines else None
        if found is None and lexicon.title_case_dash_datelines:
            found = _title_place_dash().match(line)
            if found is not None and not _dash_place(
                line, found, lexicon, text, paragraph.start + found.end()
            ):
                found = None
        if found is not None and _title_place(line, found, lexicon):
            place = written[found.start("place") : found.end("place")]
            span = Span(paragraph.start, paragraph.start + found.end("place"))
            return Dateline(span=span, place=place, agency=None, date=None), index
        if (
            len(paragraph) > _LEAD_LENGTH
            and not is_captioned_photo(written)
            and not _EDITORS_NOTE.fullmatch(written)
        ):
            # the lead: a dateline never comes after it (but after a picture's caption
            # above the story, "… REUTERS/Jo Roe", or an editor's note in brackets)
            break
    return None
