"""MTI, Magyar Távirati Iroda (mti.hu): the Hungarian news agency.

Conventions (MTI's wire as its clients print it):

* The dateline opens the lead: the city in title case, a comma, the date as Hungarian
  writes it (the year with a full stop, the month in full, the day with a full stop)
  and, after a comma, the weekday, then the agency in brackets and a dash:
  ``Budapest, 2026. március 4., szerda (MTI) –``.  Older and shorter copy leaves out the
  year or the weekday.  The span drops the dash.
* Papers that print MTI copy close it with the credit ``(MTI)`` on a line of its own.

The name "MTI" alone is no sign: other outlets cite it ("az MTI-nek nyilatkozta").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

_HU_MONTH = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|november|december)"
)
_HU_WEEKDAY = r"(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap)"
_DATE = rf"(?:\d{{4}}\.[ ])?+{_HU_MONTH}[ ]\d{{1,2}}\.(?:,[ ]{_HU_WEEKDAY})?+"

RULES = OutletRules(
    name="mti",
    title="Magyar Távirati Iroda",
    languages=("hu",),
    signs=(rf"\(MTI\)[ ]*+{DASH}", r"^[ \t]*\(MTI\)[ \t]*$"),
    dateline_patterns=(
        # Budapest, 2026. március 4., szerda (MTI) –
        rf"^(?P<place>{PLACE}),[ ](?P<date>{_DATE})[ ]\((?P<agency>MTI)\)(?=[ ]*+{DASH})",
    ),
    self_names=("MTI", "Magyar Távirati Iroda"),
    boilerplate_patterns=(r"\(MTI\)",),  # the closing credit on a line of its own
)
