"""Agerpres, the Romanian national news agency (agerpres.ro).

Conventions (Agerpres's wire as its site and its clients print it):

* The dateline opens the lead: the city in title case, a comma, the day and the month
  cut to three letters, the agency between slashes, in capitals or in title case, and a
  dash: ``București, 3 mar /AGERPRES/ -``, ``Cluj-Napoca, 12 ian /Agerpres/ -``.  The
  span drops the dash.
* The story closes with the agency's credit and its writers and editors in brackets:
  ``AGERPRES/(A - autor: Maria Stan, editor: Ion Vlad)``, or ``AGERPRES (autor: …)``.

The name "Agerpres" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# the months as Agerpres datelines cut them: ian feb mar apr mai iun iul aug sep oct noi dec
_RO_MONTH = r"(?:ian|feb|mar|apr|mai|iun|iul|aug|sept?|oct|noi|nov|dec)\.?+"
_AGENCY = r"(?:AGERPRES|Agerpres)"
# AGERPRES/(A - autor: Maria Stan, editor: Ion Vlad)   AGERPRES (autor: Maria Stan)
_SIGN_OFF = _AGENCY + r"[ ]?/?[ ]?\((?:\p{Lu}{1,3}[ ]*+-[ ]*+)?autor:[^\n)]{2,120}\)"

RULES = OutletRules(
    name="agerpres",
    title="Agerpres",
    languages=("ro",),
    signs=(
        rf"/{_AGENCY}/[ ]*+{DASH}",
        rf"^[ \t]*{_SIGN_OFF}[ \t]*$",
    ),
    dateline_patterns=(
        # București, 3 mar /AGERPRES/ -   Cluj-Napoca, 12 ian /Agerpres/ -
        rf"^(?P<place>{PLACE}),[ ](?P<date>\d{{1,2}}[ ]{_RO_MONTH})[ ]/(?P<agency>{_AGENCY})/"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("Agerpres", "AGERPRES", "Agenția Națională de Presă AGERPRES"),
    boilerplate=("agerpres/(", "agerpres (autor"),
    boilerplate_patterns=(_SIGN_OFF,),
    background_openers=("după cum a informat agerpres", "așa cum a informat agerpres"),
)
