"""ANSA, Agenzia Nazionale Stampa Associata (ansa.it): the Italian wire.

Conventions (ANSA's wire as ansa.it and its clients print it):

* The lead opens with the agency, then the city in capitals and the date, the day in two
  digits and the month cut to three capitals, each closed by a dash:
  ``(ANSA) - ROMA, 03 MAG -``.  The agency before the place is part of one dateline; the
  span drops the trailing dash.  The English service puts the month first, in English
  and in capitals: ``(ANSA) - ROME, MAY 27 -``.
* Reprints close with "RIPRODUZIONE RISERVATA © Copyright ANSA".

The name "ANSA" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH, EN_MONTH

# ANSA's month forms in datelines: GEN FEB MAR APR MAG GIU LUG AGO SET OTT NOV DIC
_IT_MONTH = r"(?i:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)"

RULES = OutletRules(
    name="ansa",
    title="Agenzia Nazionale Stampa Associata",
    languages=("it", "en"),
    signs=(
        rf"^[ \t]*\(ANSA\)[ ]*+{DASH}",
        r"©\s*Copyright\s+ANSA\b",
    ),
    dateline_patterns=(
        # (ANSA) - ROMA, 03 MAG -   (ANSA) - CITTA' DEL VATICANO, 3 GIU -
        rf"^\((?P<agency>ANSA)\)[ ]*+{DASH}[ ]*+(?P<place>{CAPITAL_PLACE}),[ ]"
        rf"(?P<date>\d{{1,2}}[ ]{_IT_MONTH})(?=[ ]*+{DASH})",
        # the English service: (ANSA) - ROME, MAY 27 -
        rf"^\((?P<agency>ANSA)\)[ ]*+{DASH}[ ]*+(?P<place>{CAPITAL_PLACE}),[ ]"
        rf"(?P<date>(?i:{EN_MONTH})[ ]\d{{1,2}})(?=[ ]*+{DASH})",
    ),
    self_names=("ANSA", "Agenzia ANSA"),
    boilerplate=("riproduzione riservata",),
)
