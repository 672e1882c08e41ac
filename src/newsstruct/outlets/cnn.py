"""CNN (edition.cnn.com): English.

Conventions, as CNN prints its stories:

* The dateline opens the lead, the place in title case with its country or state, the
  network in brackets and an em dash: ``Kyiv, Ukraine (CNN) —``; stories from the
  newsroom have the brackets alone: ``(CNN) —``.  The span drops the dash.
* The newsroom names itself: "CNN has reached out to …", "CNN could not independently
  verify …".
* Contributors close the story: "CNN’s Anna Smith contributed reporting."

"told CNN" is no sign: other outlets quote interviews given to it; nor are "CNN has
reached out to …", "CNN could not independently verify …": wire copy relays them.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="cnn",
    title="CNN",
    languages=("en",),
    signs=(
        rf"\(CNN\)[ ]*+{DASH}",
        r"^[ \t]*CNN[’'][sS][ ][^\n]{1,200}?[ ]contributed[ ](?:to[ ])?(?:this[ ])?report",
    ),
    dateline_patterns=(
        # Kyiv, Ukraine (CNN) —   (CNN) —
        rf"^(?:(?P<place>{PLACE}(?:,[ ]{PLACE})?+)[ ])?+\((?P<agency>CNN)\)(?=[ ]*+{DASH})",
    ),
    self_names=("CNN",),
    boilerplate_patterns=(
        r"CNN[’'][sS][ ][^\n]{1,200}?[ ]contributed[ ](?:to[ ])?(?:this[ ])?report(?:ing)?+\.?+",
    ),
)
