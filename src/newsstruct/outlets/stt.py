"""STT, Suomen Tietotoimisto (stt.fi): the Finnish national news agency.

Conventions (STT's wire as its clients print it):

* The dateline opens the lead: the city in capitals and the agency in brackets before a
  dash: ``HELSINKI (STT) –``.  The span drops the dash.
* Background opens with "Kuten STT aiemmin kertoi,".

"STT" alone is no sign: other outlets cite it ("sanoo STT:lle", "STT:n mukaan").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH

RULES = OutletRules(
    name="stt",
    title="Suomen Tietotoimisto",
    languages=("fi",),
    signs=(rf"\(STT\)[ ]*+{DASH}",),
    dateline_patterns=(
        # HELSINKI (STT) –
        rf"^(?P<place>{CAPITAL_PLACE})[ ]\((?P<agency>STT)\)(?=[ ]*+{DASH})",
    ),
    self_names=("STT", "Suomen Tietotoimisto"),
    background_openers=("kuten stt aiemmin kertoi", "kuten stt kertoi"),
)
