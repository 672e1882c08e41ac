"""TASR, Tlačová agentúra Slovenskej republiky (tasr.sk): the Slovak wire.

Conventions (TASR's wire as its site and its clients print it):

* The dateline opens the lead: the city in title case, then, without a comma, the day
  with its full stop and the month in the genitive, and the agency in brackets before a
  dash: ``Bratislava 3. marca (TASR) -``; a story from two places joins them with a
  slash (``Bratislava/Košice 3. marca (TASR) -``).  The span drops the dash.
* Background opens with "Ako už TASR informovala,".

The name "TASR" alone is no sign: other outlets cite it ("povedal pre TASR").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# the months in the genitive, as TASR datelines print them: 3. marca
_SK_MONTH = (
    r"(?:januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra"
    r"|decembra)"
)

RULES = OutletRules(
    name="tasr",
    title="Tlačová agentúra Slovenskej republiky",
    languages=("sk",),
    signs=(rf"\(TASR\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Bratislava 3. marca (TASR) -   Bratislava/Košice 3. marca (TASR) -   Bratislava (TASR) -
        rf"^(?P<place>{PLACE})(?:[ ](?P<date>\d{{1,2}}\.[ ]{_SK_MONTH}))?+[ ]\((?P<agency>TASR)\)"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("TASR", "Tlačová agentúra Slovenskej republiky"),
)
