"""Tanjug, Novinska agencija Tanjug (tanjug.rs): the Serbian state wire, in Cyrillic and
in Latin script.

Conventions (Tanjug's wire as its site and its clients print it):

* The dateline opens the lead: the city in capitals or title case, a comma, the day as an
  ordinal and the month in the genitive, and the agency in brackets before a dash:
  ``БЕОГРАД, 12. марта (Танјуг) –``, ``Novi Sad, 3. aprila (Tanjug) -``; the date may
  be left out (``БЕОГРАД (Танјуг) –``).  The span drops the dash.
* Background opens with "Kako je Tanjug ranije javio," / "Како је Танјуг раније јавио,".

The name alone is no sign: other outlets cite it ("prenosi Tanjug").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

_AGENCY = r"(?P<agency>Танјуг|Tanjug)"

RULES = OutletRules(
    name="tanjug",
    title="Novinska agencija Tanjug",
    languages=("sr",),
    signs=(rf"\((?:Танјуг|Tanjug)\)[ ]*+{DASH}",),
    dateline_patterns=(
        # БЕОГРАД, 12. марта (Танјуг) –   Novi Sad, 3. aprila (Tanjug) -
        rf"^(?P<place>{PLACE}),[ ](?P<date>\d{{1,2}}\.[ ]\p{{Ll}}{{3,9}}+)[ ]\({_AGENCY}\)"
        rf"(?=[ ]*+{DASH})",
        # БЕОГРАД (Танјуг) –
        rf"^(?P<place>{PLACE})[ ]\({_AGENCY}\)(?=[ ]*+{DASH})",
    ),
    self_names=("Танјуг", "Танјуга", "Tanjug", "Tanjuga"),
    background_openers=("kako je tanjug ranije javio", "како је танјуг раније јавио"),
)
