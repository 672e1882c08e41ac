"""ANP, Algemeen Nederlands Persbureau (anp.nl): the Dutch wire.

Conventions (ANP's wire as Dutch sites and papers print it):

* The dateline opens the lead, the city in capitals or in title case, the day and the
  month in lower case where a date is given: ``DEN HAAG (ANP) -``, ``Amsterdam, 3 maart
  (ANP) -``.  The span drops the dash.
* Photo credits name the agency and the photographer after a slash
  (``ANP / Jan de Vries``, ``Foto: ANP``).

The name "ANP" alone is no sign: other outlets cite it ("meldt persbureau ANP").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# the months as Dutch datelines print them, full or cut: 3 maart, 12 okt.
_NL_MONTH = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?+"
)

RULES = OutletRules(
    name="anp",
    title="Algemeen Nederlands Persbureau",
    languages=("nl",),
    signs=(rf"\(ANP\)[ ]*+{DASH}",),
    dateline_patterns=(
        # DEN HAAG (ANP) -   Amsterdam, 3 maart (ANP) -   Den Haag (ANP) -
        rf"^(?P<place>{PLACE})(?:,[ ](?P<date>\d{{1,2}}[ ]{_NL_MONTH}))?+[ ]\((?P<agency>ANP)\)"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("ANP", "Algemeen Nederlands Persbureau"),
    boilerplate=("foto: anp", "beeld: anp", "© anp"),
    boilerplate_patterns=(r"(?:Foto:[ ])?ANP[ ]?/[ ]?\p{Lu}[\p{L}. \-]{2,60}",),
)
