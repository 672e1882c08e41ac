"""Beta, Novinska agencija Beta (beta.rs): the independent Serbian wire, in Latin script.

Conventions (Beta's wire as its clients print it):

* The dateline opens the lead: the city in title case or capitals, a comma, the day as
  an ordinal and the month in the genitive, and the agency in brackets before a dash:
  ``Beograd, 20. januara (Beta) -``; the date may be left out (``BEOGRAD (Beta) -``).
  The span drops the dash.

"Beta" alone is no sign: other outlets cite it ("rekao je za Betu").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="beta",
    title="Novinska agencija Beta",
    languages=("sr",),
    signs=(rf"\(Beta\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Beograd, 20. januara (Beta) -
        rf"^(?P<place>{PLACE}),[ ](?P<date>\d{{1,2}}\.[ ]\p{{Ll}}{{3,9}}+)[ ]\((?P<agency>Beta)\)"
        rf"(?=[ ]*+{DASH})",
        # BEOGRAD (Beta) -
        rf"^(?P<place>{PLACE})[ ]\((?P<agency>Beta)\)(?=[ ]*+{DASH})",
    ),
    self_names=("Beta", "Betu", "Bete", "Beti", "agencija Beta"),
)
