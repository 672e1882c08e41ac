"""STA, Slovenska tiskovna agencija (sta.si): the Slovenian national news agency.

Conventions (STA's wire as its site and its clients print it):

* The dateline opens the lead: the city (its second word may be lower case: ``Novo
  mesto``), a comma, the day as an ordinal and the month in the genitive, and the agency
  in brackets before a dash: ``Ljubljana, 12. marca (STA) -``; the date may be left out
  (``Maribor (STA) -``).  The span drops the dash.
* Background opens with "Kot je STA že poročala," / "Kot je poročala STA,".

"STA" alone is no sign: other outlets cite it ("je za STA povedal", "poroča STA").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# "Novo mesto", "Slovenj Gradec", "Ljubljana"
_STA_PLACE = rf"{PLACE}(?:[ ]\p{{Ll}}{{3,12}}+)?+"

RULES = OutletRules(
    name="sta",
    title="Slovenska tiskovna agencija",
    languages=("sl", "en"),
    signs=(rf"\(STA\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Ljubljana, 12. marca (STA) -   Maribor (STA) -
        rf"^(?P<place>{_STA_PLACE})(?:,[ ](?P<date>\d{{1,2}}\.[ ]\p{{Ll}}{{3,9}}+))?+"
        rf"[ ]\((?P<agency>STA)\)(?=[ ]*+{DASH})",
    ),
    self_names=("STA", "Slovenska tiskovna agencija"),
    background_openers=("kot je sta že poročala", "kot je poročala sta"),
)
