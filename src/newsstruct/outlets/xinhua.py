"""Xinhua News Agency (news.cn, english.news.cn): Chinese, English and other services.

Conventions (``OUTLETS.md``; Xinhua's wire as its sites print it):

* The dateline opens the lead, with a double hyphen: ``BEIJING, May 5 (Xinhua) --``;
  the months follow AP style (``Jan.``, ``Sept.``, ``March``).  Chinese copy opens with
  ``新华社北京5月5日电`` (agency, city, date, "电") and the reporters in brackets.
* English stories close with "Enditem"; the page adds "Editor: …".
* The English site's page chrome, above or below the story, is a line of fields split by
  bars: ``Source: Xinhua| 2026-01-02 09:00:00|Editor: Jo Roe``, ``Source: Xinhua |
  Editor: Jo Roe``: furniture, neither the lead nor a credit, and its time dates the
  story; so is the video player's caption under it, ``Video Player Close``.

The name "Xinhua" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH, EN_MONTH

# Source: Xinhua| 2026-01-02 09:00:00|Editor: Jo Roe   (the fields after the source, split by
# bars: the time, the editor)
_SOURCE = r"[ \t]*+Source:[ \t]*+Xinhua"
_FIELD = r"[ \t]*+\|[ \t]*+[^|\n]*+"  # a field after a bar: "| Editor: Jo Roe"
_CHROME = rf"^{_SOURCE}(?:{_FIELD})++$"
# the same with its time: Source: Xinhua| 2026-01-02 09:00:00|Editor: Jo Roe
_DATED_CHROME = (
    rf"{_SOURCE}[ \t]*+\|[ \t]*+(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})"
    rf"(?:[ ]\d{{2}}:\d{{2}}(?::\d{{2}})?+)?+(?:{_FIELD})*+"
)

RULES = OutletRules(
    name="xinhua",
    title="Xinhua News Agency",
    languages=("en", "zh", "fr", "es", "ru", "ar"),
    signs=(
        rf"\(Xinhua\)[ ]*+(?:--|{DASH})",
        r"^[ \t]*Enditem[ \t]*$",
        r"新华社\p{Han}{2,8}?\d{1,2}月\d{1,2}日电",
        _CHROME,
    ),
    dateline_patterns=(
        # BEIJING, May 5 (Xinhua) --   KYIV, Sept. 3 (Xinhua) --   UNITED NATIONS (Xinhua) --
        rf"^(?P<place>{CAPITAL_PLACE}(?:,[ ](?!{EN_MONTH}[ ]\d)\p{{Lu}}[\p{{L}}.]{{1,20}}+)?+)"
        rf"(?:,[ ](?P<date>{EN_MONTH}[ ]\d{{1,2}}))?+"
        rf"[ ]\((?P<agency>Xinhua)\)(?=[ ]*+(?:--|{DASH}))",
        # 新华社北京5月5日电
        r"^(?P<agency>新华社)(?P<place>\p{Han}{2,8}?)(?P<date>\d{1,2}月\d{1,2}日)电",
    ),
    self_names=("Xinhua", "Xinhua News Agency", "新华社"),
    boilerplate=("enditem", "editor:"),
    boilerplate_patterns=(_CHROME, r"[ \t]*+Video[ ]Player[ ]Close[ \t]*+"),
    published_patterns=(_DATED_CHROME,),
)
