"""Europa Press (europapress.es): the Spanish private wire.

Conventions (Europa Press's wire as its site and its clients print it):

* The dateline stands on a line of its own above the lead: the city in capitals, a
  comma, the day alone (no month) and the agency in capitals in brackets:
  ``MADRID, 12 (EUROPA PRESS)``; a regional desk names its city
  (``SEVILLA, 4 (EUROPA PRESS)``), a foreign one may add the country in brackets.
  Reprints may keep a dash after it (``MADRID, 12 (EUROPA PRESS) -``); the span drops it.

The name "Europa Press" alone is no sign: other outlets cite it ("según Europa Press").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import BRACKETED, DASH, PLACE

# the day alone, or with a three-letter Spanish month as older copy prints it: 12   12 Mar.
_DAY = r"\d{1,2}(?:[ ](?i:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.?+)?+"
# MADRID, 12 (EUROPA PRESS)   SEVILLA, 4 (EUROPA PRESS) -: the place (a foreign desk's with
# its country in brackets), the day, the agency, the end of the line or a dash
_PLACE = rf"{PLACE}{BRACKETED}?"
_AGENCY = r"EUROPA[ ]PRESS"
_END = rf"(?=[ \t]*+(?:$|{DASH}))"

RULES = OutletRules(
    name="europa_press",
    title="Europa Press",
    languages=("es",),
    signs=(rf"^[ \t]*{_PLACE},[ ]{_DAY}[ ]\({_AGENCY}\){_END}",),
    dateline_patterns=(
        rf"^(?P<place>{_PLACE}),[ ](?P<date>{_DAY})[ ]\((?P<agency>{_AGENCY})\){_END}",
    ),
    self_names=("Europa Press", "EUROPA PRESS"),
)
