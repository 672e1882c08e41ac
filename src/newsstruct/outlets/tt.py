"""TT, Tidningarnas Telegrambyrå (tt.se): the Swedish national news agency.

Conventions (TT's wire as its clients print it):

* The dateline opens the lead: the city in capitals and the agency in brackets before a
  dash: ``STOCKHOLM (TT) –``.  The span drops the dash.
* Background opens with "Som TT tidigare rapporterat,".

"TT" alone is no sign: other outlets cite it ("säger hon till TT", "uppger TT").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH

RULES = OutletRules(
    name="tt",
    title="Tidningarnas Telegrambyrå",
    languages=("sv",),
    signs=(rf"\(TT\)[ ]*+{DASH}",),
    dateline_patterns=(
        # STOCKHOLM (TT) –
        rf"^(?P<place>{CAPITAL_PLACE})[ ]\((?P<agency>TT)\)(?=[ ]*+{DASH})",
    ),
    self_names=("TT", "Tidningarnas Telegrambyrå"),
    background_openers=("som tt tidigare rapporterat", "som tt rapporterat"),
)
