"""ČTK, Česká tisková kancelář (ceskenoviny.cz): the Czech wire.

Conventions (ČTK's wire as its site and its clients print it):

* The dateline opens the lead: the city in title case, then, without a comma, the day
  with its full stop and the month in the genitive, and the agency in brackets before a
  dash: ``Praha 12. května (ČTK) -``; a story from two places joins them with a slash
  (``Praha/Brno 3. března (ČTK) -``); foreign datelines name the city in Czech
  (``Berlín 8. října (ČTK) -``).  The span drops the dash.
* Background opens with "Jak ČTK informovala," / "Jak již dříve informovala ČTK,".

The name "ČTK" alone is no sign: other outlets cite it ("řekl ČTK", "sdělila ČTK").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# the months in the genitive, as ČTK datelines print them: 12. května
_CS_MONTH = (
    r"(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu"
    r"|prosince)"
)

RULES = OutletRules(
    name="ctk",
    title="Česká tisková kancelář",
    languages=("cs",),
    signs=(rf"\(ČTK\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Praha 12. května (ČTK) -   Praha/Brno 3. března (ČTK) -
        rf"^(?P<place>{PLACE})[ ](?P<date>\d{{1,2}}\.[ ]{_CS_MONTH})[ ]\((?P<agency>ČTK)\)"
        rf"(?=[ ]*+{DASH})",
        # Praha (ČTK) -
        rf"^(?P<place>{PLACE})[ ]\((?P<agency>ČTK)\)(?=[ ]*+{DASH})",
    ),
    self_names=("ČTK", "Česká tisková kancelář"),
)
