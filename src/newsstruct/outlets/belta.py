"""BelTA, Беларускае тэлеграфнае агенцтва (belta.by): the Belarusian state agency, in
Belarusian, Russian and English editions.

Conventions (BelTA's wire as its site prints it):

* The dateline opens the lead: the city in capitals, a comma, the day and the month in
  the genitive, and the agency in capitals in brackets before a dash:
  ``МІНСК, 14 жніўня (БЕЛТА) –`` (Belarusian), ``МИНСК, 14 августа (БЕЛТА) -``
  (Russian), ``MINSK, 14 August (BelTA) -`` (English).  The span drops the dash.
* Background opens with "Як паведамляла БЕЛТА," / "Как сообщало БЕЛТА,".

The name alone is no sign: other outlets cite it ("паведамляе БЕЛТА").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_WORDS, DASH

_DATE = r"\d{1,2}[ ]\p{L}{3,11}+"

RULES = OutletRules(
    name="belta",
    title="Беларускае тэлеграфнае агенцтва",
    languages=("be", "ru", "en"),
    signs=(rf"\((?:БЕЛТА|BelTA)\)[ ]*+{DASH}",),
    dateline_patterns=(
        # МІНСК, 14 жніўня (БЕЛТА) –   MINSK, 14 August (BelTA) -
        rf"^(?P<place>{CAPITAL_WORDS}),[ ](?P<date>{_DATE})[ ]\((?P<agency>БЕЛТА|BelTA)\)"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("БЕЛТА", "БелТА", "BelTA"),
    background_openers=(
        "як паведамляла белта",
        "як раней паведамляла белта",
        "как сообщало белта",
        "как ранее сообщало белта",
    ),
)
