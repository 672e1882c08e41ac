"""CNN (edition.cnn.com): English.

Conventions, as CNN prints its stories:

* The dateline opens the lead, the place in title case with its country or state, the
  network in brackets and an em dash: ``Kyiv, Ukraine (CNN) —``; stories from the
  newsroom have the brackets alone: ``(CNN) —``.  The pages since 2023 print the
  network without brackets, crawled as ``Kyiv, Ukraine CNN —`` (perhaps on a line of
  its own) or ``CNN —``.  The span drops the dash.
* The newsroom names itself: "CNN has reached out to …", "CNN could not independently
  verify …".
* Contributors close the story: "CNN’s Anna Smith contributed reporting."
* Crawls keep the label of the advertisement's feedback link, "Ad Feedback", on a line
  of its own between paragraphs.

"told CNN" is no sign: other outlets quote interviews given to it; nor are "CNN has
reached out to …", "CNN could not independently verify …": wire copy relays them.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, NOT_ASIDE, PLACE

# A place before the network without brackets, its words never the network's name:
# "Los Angeles", "Kyiv, Ukraine", "Rio de Janeiro, Brazil" (not _fragments.PLACE, whose
# words run on possessively and would take the network's name as the place's last word)
_WORD = r"(?!CNN[ ])\p{Lu}[\p{L}'’.\-]{1,30}+"
_PLACE = rf"{_WORD}(?:(?:,?+[ ]|[ ]\p{{Ll}}{{2,3}}+[ ]){_WORD}){{0,4}}+"
# the network without brackets before its dash and the story, no aside ("CNN — which …")
_BARE_TAIL = rf"[ ]*+{DASH}{NOT_ASIDE}"

RULES = OutletRules(
    name="cnn",
    title="CNN",
    languages=("en",),
    signs=(
        rf"\(CNN\)[ ]*+{DASH}",
        # Kyiv, Ukraine CNN —   CNN —   (a line's start: "told CNN —" is another's)
        rf"^[ \t]*+(?:{_PLACE}[ ])?+CNN{_BARE_TAIL}",
        r"^[ \t]*CNN[’'][sS][ ][^\n]{1,200}?[ ]contributed[ ](?:to[ ])?(?:this[ ])?report",
    ),
    dateline_patterns=(
        # Kyiv, Ukraine (CNN) —   (CNN) —
        rf"^(?:(?P<place>{PLACE}(?:,[ ]{PLACE})?+)[ ])?+\((?P<agency>CNN)\)(?=[ ]*+{DASH})",
        # Kyiv, Ukraine CNN —   CNN —
        rf"^(?:(?P<place>{_PLACE})[ ])?+(?P<agency>CNN)(?={_BARE_TAIL})",
    ),
    self_names=("CNN",),
    boilerplate=("ad feedback",),
    boilerplate_patterns=(
        r"CNN[’'][sS][ ][^\n]{1,200}?[ ]contributed[ ](?:to[ ])?(?:this[ ])?report(?:ing)?+\.?+",
    ),
)
