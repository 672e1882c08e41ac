"""France 24 (france24.com): the English and French sites.

Conventions, as the site prints its news:

* A story from wire copy closes with the credit in brackets on a line of its own:
  ``(FRANCE 24 with AFP)``, ``(FRANCE 24 with AFP, AP and Reuters)``, French ``(FRANCE 24
  avec AFP)``; the wires are attributions.

"told France 24" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules

_SELF = r"(?:FRANCE|France)[ ]?24"

RULES = OutletRules(
    name="france24",
    title="France 24",
    languages=("en", "fr"),
    signs=(rf"^[ \t]*\({_SELF}(?:[ ]+(?:with|avec)[ ]+[^()\n]{{1,80}}+)?+\)[ \t]*$",),
    self_names=("FRANCE 24", "France 24", "France24"),
    boilerplate_patterns=(rf"\({_SELF}(?:[ ]+(?:with|avec)[ ]+[^()\n]{{1,80}}+)?+\)",),
    credit_patterns=(
        rf"[ \t]*+\({_SELF}[ ]+(?:with|avec)[ ]+(?P<names>[^()\n]{{1,80}}+)\)[ \t]*+",
    ),
)
