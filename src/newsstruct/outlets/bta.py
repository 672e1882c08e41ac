"""BTA, Българска телеграфна агенция (bta.bg): the Bulgarian news agency.

Conventions (BTA's wire as its site and its clients print it):

* The dateline opens the lead: the city in title case, a comma, the day and the month
  in full, and the agency between slashes (``София, 3 март /БТА/``) or, in newer copy,
  in brackets before a dash (``Пловдив, 12 януари (БТА) -``).  The span drops the dash.
* Background opens with "Както БТА съобщи,".

The name "БТА" alone is no sign: other outlets cite it ("каза пред БТА").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

_BG_MONTH = r"(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември)"
_DATE = rf"\d{{1,2}}[ ]{_BG_MONTH}(?:[ ]\d{{4}}(?:[ ]г\.)?+)?+"

RULES = OutletRules(
    name="bta",
    title="Българска телеграфна агенция",
    languages=("bg", "en"),
    signs=(rf"/БТА/(?:[ ]*+{DASH}|\.|[ ]\p{{Lu}})", rf"\(БТА\)[ ]*+{DASH}"),
    dateline_patterns=(
        # София, 3 март /БТА/   Пловдив, 12 януари (БТА) -
        rf"^(?P<place>{PLACE}),[ ](?P<date>{_DATE})[ ](?:/(?P<agency>БТА)/|\((?P<agency>БТА)\)"
        rf"(?=[ ]*+{DASH}))",
    ),
    self_names=("БТА", "Българска телеграфна агенция", "BTA"),
    background_openers=("както вече съобщи бта",),
)
