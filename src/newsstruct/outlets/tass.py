"""TASS (tass.ru, tass.com): Russian and English editions.

Conventions (``OUTLETS.md``; TASS's wire as printed on tass.ru and tass.com):

* The dateline opens the lead: the city in capitals, a comma, the date, a full stop and
  the agency between slashes, closed by a full stop: ``МОСКВА, 26 марта. /ТАСС/.``,
  ``MOSCOW, March 26. /TASS/.``; a correspondent abroad is named inside the slashes
  (``ВАШИНГТОН, 5 мая. /Корр. ТАСС Иван Петров/.``,
  ``WASHINGTON, May 5. /TASS correspondent Ivan Petrov/.``).  The span drops the closing
  full stop.
* Background opens with "Ранее" / "Ранее сообщалось" / "Как сообщал ТАСС" / "As TASS
  reported earlier" / "Earlier,"; the paragraphs between the lead and it are the news,
  most of them a speaker's words ("Volkova added that …", "According to the minister,
  …"), never weighed as background by their wording.
* "Читайте также" / "Read also" lines link other stories.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_WORDS, EN_MONTH

RULES = OutletRules(
    name="tass",
    title="TASS",
    languages=("ru", "en"),
    signs=(
        r"/ТАСС/\.",
        r"/TASS/\.",
        r"/Корр\.\s+ТАСС[^/\n]{0,60}/\.",
        r"/TASS\s+correspondent[^/\n]{0,60}/\.",
    ),
    dateline_patterns=(
        # МОСКВА, 26 марта. /ТАСС/.   ВАШИНГТОН, 5 мая. /Корр. ТАСС Иван Петров/.
        rf"^(?P<place>{CAPITAL_WORDS}),[ ](?P<date>\d{{1,2}}[ ]\p{{Ll}}{{3,10}}+)\.[ ]"
        r"/(?:Корр\.[ ])?+(?P<agency>ТАСС)(?:[ ][^/\n]{1,60}+)?+/(?=\.)",
        # MOSCOW, March 26. /TASS/.   WASHINGTON, May 5. /TASS correspondent Ivan Petrov/.
        rf"^(?P<place>{CAPITAL_WORDS}),[ ](?P<date>{EN_MONTH}[ ]\d{{1,2}})\.[ ]"
        r"/(?P<agency>TASS)(?:[ ][^/\n]{1,60}+)?+/(?=\.)",
    ),
    self_names=("ТАСС", "TASS"),
    boilerplate=("читайте также", "смотрите также"),
    background_openers=(
        "ранее",
        "ранее сообщалось",
        "как сообщал тасс",
        "как ранее сообщал тасс",
        "как сообщалось,",
        "as tass reported",
        "as tass earlier reported",
        "as tass reported earlier",
        "as tass previously reported",
    ),
    marks_background=True,
)
