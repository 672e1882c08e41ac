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

RULES = OutletRules(
    name="europa_press",
    title="Europa Press",
    languages=("es",),
    signs=(rf"^[ \t]*{PLACE}{BRACKETED}?,[ ]{_DAY}[ ]\(EUROPA[ ]PRESS\)(?=[ \t]*+(?:$|{DASH}))",),
    dateline_patterns=(
        # MADRID, 12 (EUROPA PRESS)   SEVILLA, 4 (EUROPA PRESS) -
        rf"^(?P<place>{PLACE}{BRACKETED}?),[ ](?P<date>{_DAY})[ ]\((?P<agency>EUROPA[ ]PRESS)\)"
        rf"(?=[ \t]*+(?:$|{DASH}))",
    ),
    self_names=("Europa Press", "EUROPA PRESS"),
)
