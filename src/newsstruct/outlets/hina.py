"""Hina, Hrvatska izvještajna novinska agencija (hina.hr): the Croatian national wire.

Conventions (Hina's wire as its site and its clients print it):

* The dateline opens the lead: the city in capitals, a comma, the day as an ordinal and
  the month in the genitive, and the agency in brackets before a dash:
  ``ZAGREB, 3. ožujka (Hina) -``; the date may be left out (``SPLIT (Hina) -``).  The
  span drops the dash.
* Background opens with "Kako je Hina ranije izvijestila," / "Kako je izvijestila Hina,".

"Hina" alone is no sign: other outlets cite it ("javlja Hina").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="hina",
    title="Hrvatska izvještajna novinska agencija",
    languages=("hr", "en"),
    signs=(rf"\(Hina\)[ ]*+{DASH}",),
    dateline_patterns=(
        # ZAGREB, 3. ožujka (Hina) -
        rf"^(?P<place>{PLACE}),[ ](?P<date>\d{{1,2}}\.[ ]\p{{Ll}}{{3,9}}+)[ ]\((?P<agency>Hina)\)"
        rf"(?=[ ]*+{DASH})",
        # SPLIT (Hina) -
        rf"^(?P<place>{PLACE})[ ]\((?P<agency>Hina)\)(?=[ ]*+{DASH})",
    ),
    self_names=("Hina", "Hine", "Hini", "Hinu", "Hinom"),
    background_openers=("kako je hina ranije izvijestila", "kako je izvijestila hina"),
)
