"""Croatian lexicon.

Croatian and Serbian share one lexicon, ``_bcs.py``, with the words each standard spells
its own way ("priopćio" and "saopštio", "ocijenio" and "ocenio", "podsjetimo" and
"podsetimo"), so that either reads the other's text; here is what tells Croatian apart
in detection, its ijekavian and its own words ("tijekom", "tisuća", "tjedan").  Cue
verbs are the reporting verbs of the HINA wire ("rekao je", "izjavila je", "istaknuo
je", "priopćila je", "dodao je").

Quotation marks follow the Croatian orthography (Hrvatski pravopis, Institut za hrvatski
jezik i jezikoslovlje 2013): „ “ outside, ‚ ‘ or » « inside; „ ” occurs in web copy.
Dates print the day as an ordinal and the month in its Croatian name ("3. ožujka").
Background markers are the wire's ("Podsjetimo", "Kako je ranije izvijestila Hina",
"Ranije").
"""

import attrs

from newsstruct.lang._bcs import BASE

LEXICON = attrs.evolve(
    BASE,
    code="hr",
    name="Croatian",
    # the ijekavian words Serbian spells otherwise ("sljedeće" sr "sledeće", "također"
    # sr "takođe"), and Croatian words of its own ("tisuća", "tjedan", "tijekom")
    stopwords=BASE.stopwords
    | {
        "također",
        "sljedeće",
        "sljedećeg",
        "gdje",
        "prije",
        "poslije",
        "bit",
        "tisuća",
        "tisuće",
        "tjedna",
        "tjedan",
        "općine",
        "općina",
        "unatoč",
        "vrijeme",
        "vremena",
        "uvijek",
        "ocijenio",
        "ocijenila",
        "priopćio",
        "priopćila",
        "istaknuo",
        "istaknula",
        "podsjetimo",
        "ovdje",
        "tijekom",
        "riječi",
        "riječima",
        "lijepo",
        "djeca",
        "djece",
        "mjesto",
        "mjesta",
        "cijelog",
        "cijele",
        "svijeta",
        "vrlo",
        "eura",
        "posto",
        "hrvatske",
        "zagreba",
        "kazao",
        "kazala",
        "dvije",
        "riječ",
        "mjesec",
        "mjeseca",
        "mjeseci",
        "cijena",
        "cijene",
        "cijenu",
        "vijest",
        "vijesti",
        "dijete",
        "djeteta",
        "rijeka",
        "lijek",
        "lijeka",
    },
    close_languages=frozenset({"sr"}),
)
