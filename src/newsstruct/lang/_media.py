"""Names of outlets printed in Latin letters in any language's news (``Reuters``,
``The Economist``, ``Suspilne``): every lexicon's ``media_words`` hold them, so that a
Ukrainian article citing ``The Economist`` or an English one citing ``Suspilne`` credits
an outlet.  Data only, shared by the language modules."""

INTERNATIONAL_MEDIA = frozenset(
    {
        # wires and agencies
        "reuters",
        "ap",
        "afp",
        "dpa",
        "efe",
        "ansa",
        "pap",
        "xinhua",
        "tass",
        "interfax",
        "interfax-ukraine",
        "ria",
        "unian",
        "ukrinform",
        "unn",
        "antara",
        "ttxvn",
        "vna",
        # broadcasters
        "bbc",
        "cnn",
        "cgtn",
        "nbc",
        "cbs",
        "abc",
        "msnbc",
        "npr",
        "fox",
        "rfe/rl",
        "dw",
        "euronews",
        "al-jazeera",
        "al jazeera",
        "suspilne",
        "hromadske",
        "ictv",
        # known by their initials: an acronym the lexicon does not hold names a body
        # ("the SBU said", "according to NABU"), no outlet
        "cnbc",
        "pbs",
        "cbc",
        "itv",
        "sky",
        "lbc",
        "rfi",
        "voa",
        "rt",
        "nhk",
        "kyodo",
        "yonhap",
        "anadolu",
        "zdf",
        "ard",
        "orf",
        "rai",
        "rtl",
        # papers, magazines and sites
        "bloomberg",
        "politico",
        "axios",
        "economist",
        "guardian",
        "telegraph",
        "times",
        "spiegel",
        "zeit",
        "monde",
        "figaro",
        "pais",
        "repubblica",
        "corriere",
        "kommersant",
        "vedomosti",
        "izvestia",
        "meduza",
        "pravda",
        "rbc",
        "rbc-ukraine",
        "liga.net",
        "nv",
        "espreso",
        "censor.net",
        "glavcom",
        "babel",
        "zn.ua",
        "lb.ua",
        "tsn",
        "segodnya",
        "strana.ua",
        "wsj",
        "nyt",
    }
)


# The words that end the titles of papers and broadcasters printed in Latin letters ("The
# Wall Street Journal", "The Washington Post", "Sky News", "Deutsche Welle", "Bild"): the en
# lexicon's media words hold them, and the sources step reads a credited name in Latin
# letters that ends with one as an outlet in any language's news (other lexicons hold no
# such words: "Post" and "journal" are words of their own in some, and in a Cyrillic
# text a quotation's source "The Wall Street Journal" is one name, no person's and an
# outlet's).
LATIN_TITLE_WORDS = frozenset(
    {
        "post",
        "news",
        "journal",
        "herald",
        "tribune",
        "gazette",
        "daily",
        "chronicle",
        "globe",
        "mail",
        "mirror",
        "observer",
        "independent",
        "examiner",
        "inquirer",
        "express",
        "standard",
        "insider",
        "welle",
        "bild",
    }
)

# Outlets of all three Baltic states, which Estonian, Latvian and Lithuanian news alike cite
# (the wire BNS, the portal Delfi): the et, lv and lt lexicons' media words hold them.
BALTIC_MEDIA = frozenset({"bns", "delfi"})

# Social networks and messengers in Latin letters: a speaker's channel, no outlet.  A
# one-letter name (X, formerly Twitter) is a platform only beside a platform word
# ("соцмережі X"): alone it is any letter ("журнал X"); see lang.names_platform.
PLATFORMS = frozenset(
    {
        "telegram",
        "facebook",
        "instagram",
        "twitter",
        "x",
        "youtube",
        "threads",
        "tiktok",
        "viber",
        "linkedin",
        "whatsapp",
    }
)
