"""APA, Austria Presse Agentur (apa.at): the Austrian wire.

Conventions (APA's wire as Austrian sites print it):

* The dateline opens the lead: the city in title case and the agency in brackets
  before a dash: ``Wien (APA) -``, ``Innsbruck (APA) -``; a story from two places joins
  them with a slash (``Wien/Brüssel (APA) -``).  The span drops the dash.
* Clients credit the wire at the end (``APA``, ``(APA/dpa)``) or in a byline.
* The wire's copy ends with its end mark and the editors' initials: ``(Schluss) jr/kf``:
  furniture.

The name "APA" alone is no sign: other outlets cite it ("sagte er der APA").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="apa",
    title="Austria Presse Agentur",
    languages=("de",),
    signs=(rf"^[ \t]*{PLACE}(?:/{PLACE})?+[ ]\(APA\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Wien (APA) -   Wien/Brüssel (APA) -
        rf"^(?P<place>{PLACE}(?:/{PLACE})?+)[ ]\((?P<agency>APA)\)(?=[ ]*+{DASH})",
    ),
    self_names=("APA", "Austria Presse Agentur"),
    # (Schluss) jr/kf
    boilerplate_patterns=(r"[ \t]*+\(Schluss\)(?:[ ]++\p{Ll}{1,4}+(?:/\p{Ll}{1,4}+)*+)?+[ \t]*+",),
)
