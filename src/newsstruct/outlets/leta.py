"""LETA (leta.lv): the Latvian news agency, Latvian, English and Russian services.

Conventions (LETA's wire as Latvian portals print it):

* The dateline opens the lead, the city in title case or in capitals, the date with the
  month in lower case after the day's full stop (no space or one, the month written out
  or cut with a full stop), then the agency after a comma, closed by a full stop:
  ``Rīga, 5.marts, LETA.``, ``RĪGA, 13. janv., LETA.``.  The span drops the last full stop.
* The English service prints a wire dateline: ``RIGA, March 5 (LETA) -``.
* Background opens with "Kā ziņots," / "Jau ziņots, ka" (the Latvian lexicon's openers).

The name "LETA" alone is no sign: other outlets cite it ("aģentūrai LETA pavēstīja").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# 5.marts   5. martā   13.janv.
_DATE = r"\d{1,2}\.[ ]?+\p{Ll}{3,10}+\.?+"

RULES = OutletRules(
    name="leta",
    title="LETA",
    languages=("lv", "en", "ru"),
    signs=(
        # (the name after a lookbehind, a sign that opens with a letter being searched
        # fast; no possessive quantifier in it, which reads backwards there)
        r"(?<=^\p{Lu}[\p{L}'’.\- ]{1,40},[ ]\d{1,2}\.[ ]?\p{Ll}{3,10}\.?,[ ])LETA\.",
        rf"\(LETA\)[ ]*+{DASH}",
    ),
    dateline_patterns=(
        # Rīga, 5.marts, LETA.   RĪGA, 13. janv., LETA.
        rf"^(?P<place>{PLACE}),[ ](?P<date>{_DATE}),[ ](?P<agency>LETA)(?=\.(?:[ ]|$))",
    ),
    self_names=("LETA",),
)
