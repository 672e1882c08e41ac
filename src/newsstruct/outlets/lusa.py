"""Lusa, Agência de Notícias de Portugal (lusa.pt): the Portuguese wire.

Conventions (Lusa's wire as Portuguese sites print it):

* The lead opens with the city in title case (a town followed by its district), the
  day in two digits, the month cut to three letters and the year, and the agency in
  brackets, closed by a dash: ``Lisboa, 03 mai 2026 (Lusa) -``, ``Odemira, Beja, 09 ago
  2026 (Lusa) -``.  The span drops the dash.
* The story closes with the writers' and editors' initials in capitals joined by two
  slashes (``ABC // JMR``).

The name "Lusa" alone is no sign: other outlets cite it ("disse à Lusa").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# Lusa's month forms in datelines: jan fev mar abr mai jun jul ago set out nov dez
_PT_MONTH = r"(?i:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)"
# the sign-off: ABC // JMR
_SIGN_OFF = r"\p{Lu}{2,5}(?:[ ]//[ ]\p{Lu}{2,5})+"

RULES = OutletRules(
    name="lusa",
    title="Agência Lusa",
    languages=("pt",),
    signs=(
        rf"\d{{4}}[ ]\(Lusa\)[ ]*+{DASH}",
        rf"^[ \t]*{_SIGN_OFF}[ \t]*$",
    ),
    dateline_patterns=(
        # Lisboa, 03 mai 2026 (Lusa) -   Odemira, Beja, 09 ago 2026 (Lusa) -
        rf"^(?P<place>{PLACE}(?:,[ ]{PLACE})?+),[ ]"
        rf"(?P<date>\d{{1,2}}[ ]{_PT_MONTH}[ ]\d{{4}})[ ]\((?P<agency>Lusa)\)(?=[ ]*+{DASH})",
    ),
    self_names=("Lusa", "Agência Lusa"),
    boilerplate_patterns=(_SIGN_OFF,),
)
