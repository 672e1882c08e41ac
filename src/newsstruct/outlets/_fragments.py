"""Pattern pieces that several outlet modules (and the generic datelines of
:mod:`newsstruct.dateline`) share: dashes, places and month names; and the national
news agencies that the generic datelines know.

Data only, like the outlet modules themselves.  Every piece but :data:`NATIONAL_WIRES`
and :data:`CREDITED_WIRES` is a regular expression in the ``regex`` dialect
(``VERSION1``), meant to be interpolated into a larger pattern.
"""

import re

import regex

#: One character of an emoji: a pictograph drawn as an emoji, half of a flag (a regional
#: indicator), a skin tone, the joiner of a sequence or the selector that draws a text
#: symbol as an emoji (``▶️``); not ``©`` or ``•``, which are text.  Copy taken from a
#: messenger channel opens lines with them (``🇺🇦 Kyiv • UNN``).
EMOJI = r"[\p{Emoji_Presentation}\p{Emoji_Modifier}\u200d\ufe0f]"
#: A run of emoji, with text symbols that their selector draws as emoji (``▶️``).
EMOJI_RUN = rf"(?:{EMOJI}|\p{{Extended_Pictographic}}\ufe0f)++"

#: The invisible characters web text puts in words: the soft hyphen (German sites set it
#: in long compounds: ``Bundes\u00adkanzlerin``), the zero-width space and the word joiner.
INVISIBLE = "\u00ad\u200b\u2060"
INVISIBLE_CHARACTER = re.compile(f"[{INVISIBLE}]")  # one of them, to find or remove
#: The zero-width non-joiner and joiner: in Indic scripts and Persian part of a word's
#: spelling (``र\u200d्``, ``می\u200cگوید``); in an alphabet that has no use for them
#: invisible, as INVISIBLE is (German sets the non-joiner against a ligature:
#: ``Auf\u200clage``).  A word goes on across them in every script, as Unicode's word
#: boundaries do.
JOINERS = "\u200c\u200d"

#: The opening of a named group in a pattern (``(?P<day>``, ``(?<day>``): where a
#: pattern's literals are read, or its named groups made plain ones.
NAMED_GROUP = regex.compile(r"\(\?P?+<\w++>")

#: A tag of HTML that ends a line, left in text taken from a page's source: a line break
#: (``Ann<br>Lee``, ``<br/>``, ``<BR />``) or a paragraph's start or end (``<p>``,
#: ``<p class="lead">``, ``</p>``).  A line ends there, as at a line feed.
LINE_TAG = r"<(?i:br|/?+p)(?:[ \t][^<>\n]*+)?+/?+>"

#: Markdown's marks of emphasis, the longer first: ``**…**``, ``__…__``, ``*…*``, ``_…_``.
EMPHASIS_MARKS = ("**", "__", "*", "_")
#: Markdown's emphasis wrapped around a whole line (stripped), as scrapers print a heading
#: or a dateline: ``**Recall**``, ``*Kyiv • UNN*``, ``__…__``, ``_…_``; the text in
#: ``inner``, which neither opens nor ends with a space nor holds the mark's character
#: (not ``**A** and **B**``).
EMPHASIS_LINE = "|".join(
    rf"{mark}(?P<inner>[^\s{char}](?:[^{char}\n]*+(?<!\s))?+){mark}"
    for mark, char in ((re.escape(m), re.escape(m[0])) for m in EMPHASIS_MARKS)
)

#: The separators datelines end with: hyphen, en dash, em dash, horizontal bar.
DASH = r"[\-\N{EN DASH}\N{EM DASH}\N{HORIZONTAL BAR}]"
#: After a dateline's dash the story opens with a capital or a digit: a lower-case word
#: opens an aside between dashes (``CNN — which first reported the story — said …``),
#: but not a name that only its first letter prints in lower case (``CNN — iPhone maker
#: Apple …``, ``eBay``).
NOT_ASIDE = r"(?![ ]*+\p{Ll}++(?!\p{Lu}))"

#: A city as wire datelines print it, in capitals: ``KYIV``, ``NEW YORK``, ``ST. LOUIS``,
#: ``НЬЮ-ЙОРК``.
CAPITAL_PLACE = r"\p{Lu}[\p{Lu}'’.\-]{1,30}+(?:[ ]\p{Lu}[\p{Lu}'’.\-]{1,30}+){0,3}+"

#: The same without full stops, for datelines where a full stop follows the city
#: (``KYIV. Nov 24 (Interfax-Ukraine)``, ``МОСКВА, 26 марта.``).
CAPITAL_WORDS = r"\p{Lu}[\p{Lu}'’\-]{1,30}+(?:[ ]\p{Lu}[\p{Lu}'’\-]{1,30}+){0,3}+"

#: A city in capitals or in title case, as dpa, PAP and AFP's web copy print it:
#: ``Berlin``, ``Frankfurt/Main``, ``Nowy Sącz``, ``PARIS``, with the lower-case
#: particles of a name of several words: ``Ciudad de México``, ``Rio de Janeiro``,
#: ``Frankfurt am Main``, the Slovak and Czech ``Nové Mesto nad Váhom``, ``Ústí nad
#: Labem``, ``Liptovský Hrádok pri Poprade``.
_PLACE_PARTICLE = r"(?:[ ](?:de|del|da|do|dos|das|di|la|am|an|der|sur|nad|pod|pri|při)){0,2}+"
PLACE = (
    r"\p{Lu}[\p{L}'’.\-]{1,30}+"
    rf"(?:{_PLACE_PARTICLE}[ /]\p{{Lu}}[\p{{L}}'’.\-]{{1,30}}+){{0,3}}+"
)

#: A word that opens a place's name of several words in Latin letters (some open persons'
#: names too, ``Le``, ``El``, ``Abu``: the pool dateline lets one word follow it, so that
#: ``Le Van Minh (AFP/dpa)`` stays a byline): ``New York``, ``Nowy Sącz``, ``San José``,
#: ``São Paulo``, ``Sankt Pölten``, ``St. Louis``, ``Los Angeles``, ``Port Louis``, ``Bad
#: Ems``, ``Rio de Janeiro``, ``Ciudad de México``, ``Den Haag``, ``North Bay``; and the
#: first words of capitals and wire cities of several words (``Hong Kong``, ``Tel Aviv``,
#: ``Kuala Lumpur``, ``Buenos Aires``, ``Abu Dhabi``, ``Addis Ababa``, ``Phnom Penh``,
#: ``Dar es Salaam``).
PLACE_OPENER = (
    r"(?:New|Nueva|Nuevo|Nova|Novo|Novi|Nowy|Nowa|Nowe|Nový|Nová|Nové|Neu|Nieuw|Nouvelle"
    r"|San|Santa|Santo|São|Sao|Saint|Sainte|St\.|Sankt|Sint|Los|Las|Le|La|El|Den|Rio|Río|Ciudad"
    r"|Port|Porto|Puerto|Fort|Bad|Cape|Mount|Lake|North|South|East|West|Nord|Süd|Ost"
    r"|Hong|Tel|Kuala|Buenos|Abu|Addis|Phnom|Dar|Ho|Sri)"
)

#: A qualifier in brackets after a city: ``Halle (Saale)``, AFP's ``Zaporijjia (Ukraine)``.
BRACKETED = r"(?:[ ]\([\p{L}'’.\- ]{2,30}+\))"

#: English month names as wire datelines abbreviate them: Reuters' ``Jan, Feb, March,
#: April, May, June, July, Aug, Sept, Oct, Nov, Dec``, the AP's and Xinhua's ``Jan.``,
#: Interfax-Ukraine's ``Nov``, and the full names.
EN_MONTH = (
    r"(?:Jan(?:uary)?+|Feb(?:ruary)?+|Mar(?:ch)?+|Apr(?:il)?+|May|June?+|July?+|Aug(?:ust)?+"
    r"|Sep(?:t(?:ember)?+)?+|Oct(?:ober)?+|Nov(?:ember)?+|Dec(?:ember)?+)\.?+"
)

#: National news agencies that print the dateline ``Ankara (AA) -`` (a place and an
#: agency in capitals, no date) and that no lexicon holds as an outlet:
#: their names are words of a language ("bernama" is Indonesian for "named") or the
#: initials of other bodies elsewhere, outlets only in a dateline's brackets.  (The
#: initials of parties, such as Pakistan's PTI, stay out: "Jo Roe (PTI) -" is a name.)
NATIONAL_WIRES = frozenset(
    {
        "aa",  # Anadolu Ajansı
        "ani",  # Asian News International
        "bernama",  # Malaysia
        "bna",  # Bahrain
        "cna",  # Taiwan's Central News Agency
        "ena",  # Ethiopia
        "ians",  # India
        "irna",  # Iran
        "kuna",  # Kuwait
        "mena",  # Egypt
        "pna",  # the Philippine News Agency
        "qna",  # Qatar
        "sana",  # Syria
        "wam",  # the Emirates
    }
)

#: The names of wires that credit a story where a wire signs its copy, and only there: a
#: dash and the name alone on the last line (``— PTI``, ``-- BERNAMA``), the name in
#: brackets closing a paragraph (``… police said. (PTI)``) or on a credit line (``By
#: IANS``).  The national wires, and India's Press Trust (its initials are a party's in
#: Pakistan, so no dateline takes them: ``Jo Roe (PTI) -`` is a name and a party).
CREDITED_WIRES = NATIONAL_WIRES | {"pti"}

#: A press release's furniture, as the release wires (PR Newswire, Business Wire,
#: GlobeNewswire) print it: the end mark ``###`` alone on its line, and the labels of the
#: contacts below the release (``Contact: Jo Roe, 555-0100``, ``Media Contacts``).
RELEASE_END = r"[ \t]*+\#{3}[ \t]*+"
#: The legal notice under a release, its heading and the sentence that opens it (``Forward-
#: Looking Statements`` / ``This press release contains forward-looking statements …``).
RELEASE_LEGAL = (
    "forward-looking statements",
    "cautionary note regarding",
    "cautionary statement regarding",
    "safe harbor statement",
    "safe harbour statement",
    "this press release contains forward-looking",
    "this news release contains forward-looking",
    "this release contains forward-looking",
    "this press release may contain forward-looking",
)
#: A heading that closes a release: the issuer's description under ``About Acme Corp``
#: (``Über die Acme AG``, ``À propos d'Acme``, ``Acerca de Acme``; not ``About the
#: Program``, nor the Dutch ``Over`` but before a company's name, ``Over Acme N.V.``, as
#: ``Over Two Decades of Service`` heads news), the legal notice's
#: heading (``Safe Harbor``, ``Forward-Looking Statements``) and the contacts' label
#: (``Media Contact``, ``Investor Relations``, ``Pressekontakt``), alone on their line.
#: The release wires print them below the news, each above boilerplate only.
RELEASE_CLOSING = (
    r"[ \t]*+(?:"
    r"(?:(?:Über|[ÀA][ ]propos[ ]de|Acerca[ ]de|Sobre|Informazioni[ ]su|Om"
    r"|Tietoja)[ ](?:(?:die|der|das|den|la|le|les|el|los|las|o|a|il|lo)[ ])?+"
    r"|About[ ]|[ÀA][ ]propos[ ]d['’])"
    r"\p{Lu}[^\n!?:;]{0,60}+(?:(?<![.,])|(?<=\b(?:Inc|Corp|Co|Ltd|Bhd|S\.A|N\.V)\.))"
    r"|Over[ ](?:het[ ])?+\p{Lu}[^\n!?:;]{0,60}?[ ](?:N\.V|B\.V|NV|BV|Inc|Corp|Ltd|AG|SE|plc)\.?+"
    r"|(?i:safe[ ]harbou?r(?:[ ]statements?)?+|forward[- ]looking[ ]statements"
    r"|(?:media|press|investor)[ ](?:contacts?|relations|inquiries)"
    r"|pressekontakte?|kontakt|contacto[ ]de[ ]prensa|contact[ ]presse)"
    r")[ \t]*+:?+[ \t]*+"
)
RELEASE_CONTACTS = (
    "contact:",
    "contacts:",
    "media contact",
    "media contacts",
    "investor contact",
    "investor contacts",
    "press contact",
    "for more information, contact",
)
