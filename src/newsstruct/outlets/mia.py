"""MIA, Медиумска информативна агенција (mia.mk): the Macedonian national news agency.

Conventions (MIA's wire as its site and its clients print it):

* The dateline opens the lead: the city in title case, a comma, the day and the month in
  full, and the agency in brackets before a dash: ``Скопје, 12 март (МИА) -``; the date
  may be left out (``Битола (МИА) -``).  The span drops the dash.
* Background opens with "Како што МИА веќе објави," / "Како што претходно објави МИА,".

"МИА" alone is no sign: other outlets cite it ("изјави за МИА", "јави МИА").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

_MK_MONTH = (
    r"(?:јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември)"
)

RULES = OutletRules(
    name="mia",
    title="Медиумска информативна агенција",
    languages=("mk", "en"),
    signs=(rf"\(МИА\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Скопје, 12 март (МИА) -   Битола (МИА) -
        rf"^(?P<place>{PLACE})(?:,[ ](?P<date>\d{{1,2}}[ ]{_MK_MONTH}(?:[ ]\d{{4}})?+))?+"
        rf"[ ]\((?P<agency>МИА)\)(?=[ ]*+{DASH})",
    ),
    self_names=("МИА", "Медиумска информативна агенција", "MIA"),
    background_openers=("како што миа веќе објави", "како што претходно објави миа"),
)
