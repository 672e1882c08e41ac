"""ACN, Agència Catalana de Notícies (acn.cat): the Catalan news agency.

Conventions (ACN's wire as its clients print it):

* The dateline opens the lead: the city in title case, the agency in brackets and a full
  stop joined to a hyphen: ``Girona (ACN).-``; a date may follow the city after a comma,
  its month after "de" or "d'" (``Lleida, 3 de març (ACN).-``).  The span drops the
  ``.-``.

"ACN" alone is no sign: other outlets cite it ("segons ha informat l'ACN").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="acn",
    title="Agència Catalana de Notícies",
    languages=("ca",),
    signs=(rf"\(ACN\)(?:\.-|[ ]*+{DASH})",),
    dateline_patterns=(
        # Girona (ACN).-   Lleida, 3 de març (ACN).-
        rf"^(?P<place>{PLACE})(?:,[ ](?P<date>\d{{1,2}}[ ]d(?:e[ ]|['’])\p{{Ll}}{{3,9}}))?+"
        rf"[ ]\((?P<agency>ACN)\)(?=\.-|[ ]*+{DASH})",
    ),
    self_names=("ACN", "Agència Catalana de Notícies"),
)
