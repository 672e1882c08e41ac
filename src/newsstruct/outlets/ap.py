"""The Associated Press (apnews.com) and AP copy reprinted by member papers.

Conventions (``OUTLETS.md``; the AP Stylebook, "datelines"):

* The dateline opens the lead with an em dash: ``WASHINGTON (AP) —``.  A fixed list of
  cities stands alone (ATLANTA … WASHINGTON in the US; BEIJING … VATICAN CITY abroad);
  any other is followed by its state (``DES MOINES, Iowa (AP) —``,
  ``BOULDER, Colo. (AP) —``) or country (``KHARKIV, Ukraine (AP) —``).  Older copy sets
  the dash as ``_``.
* Contributors are credited at the end: "Associated Press writer Jane Roe in Kyiv
  contributed to this report."; reprints add "Copyright 2024 The Associated Press. All
  rights reserved. This material may not be published, broadcast, rewritten or
  redistributed." and apnews.com "Follow AP's coverage of …" after a ``___`` rule.

The name "Associated Press" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE

# The AP Stylebook's cities that stand alone in datelines.
_STANDALONE = (
    r"(?:ATLANTA|BALTIMORE|BOSTON|CHICAGO|CINCINNATI|CLEVELAND|DALLAS|DENVER|DETROIT"
    r"|HONOLULU|HOUSTON|INDIANAPOLIS|LAS[ ]VEGAS|LOS[ ]ANGELES|MIAMI|MILWAUKEE|MINNEAPOLIS"
    r"|NEW[ ]ORLEANS|NEW[ ]YORK|OKLAHOMA[ ]CITY|PHILADELPHIA|PHOENIX|PITTSBURGH|ST\.[ ]LOUIS"
    r"|SALT[ ]LAKE[ ]CITY|SAN[ ]ANTONIO|SAN[ ]DIEGO|SAN[ ]FRANCISCO|SEATTLE|WASHINGTON"
    r"|UNITED[ ]NATIONS|BEIJING|BERLIN|DJIBOUTI|GENEVA|GIBRALTAR|GUATEMALA[ ]CITY|HAVANA"
    r"|HONG[ ]KONG|JERUSALEM|KUWAIT[ ]CITY|LONDON|LUXEMBOURG|MACAU|MEXICO[ ]CITY|MONACO"
    r"|MONTREAL|MOSCOW|NEW[ ]DELHI|OTTAWA|PANAMA[ ]CITY|PARIS|QUEBEC[ ]CITY|ROME"
    r"|SAN[ ]MARINO|SINGAPORE|TOKYO|TORONTO|VATICAN[ ]CITY)"
)
# a state (Iowa, Colo., N.H.) or a country (Ukraine, South Korea) after the city
_QUALIFIER = r"\p{Lu}[\p{L}.]{1,20}+(?:[ ]\p{Lu}[\p{L}.]{1,20}+){0,2}+"
# the em dash, or the underscore of older copy
_AP_DASH = r"[\-\N{EN DASH}\N{EM DASH}_]"

RULES = OutletRules(
    name="ap",
    title="The Associated Press",
    languages=("en", "es"),
    signs=(
        rf"\(AP\)[ ]*+{_AP_DASH}",
        r"^[ \t]*(?:The\s+)?Associated\s+Press\s+(?:writers?|reporters?|correspondents?"
        r"|videojournalists?|journalists?)\s[^\n]{1,300}\bcontributed\b",
        r"^[ \t]*Copyright\s+\d{4}\s+The\s+Associated\s+Press\.\s+All\s+rights\s+reserved",
        r"^[ \t]*This\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten",
        r"^[ \t]*Follow\s+AP(?:'|’)s\s+coverage\b",
    ),
    dateline_patterns=(
        rf"^(?P<place>{_STANDALONE}|{CAPITAL_PLACE},[ ]{_QUALIFIER})"
        rf"[ ]\((?P<agency>AP)\)(?=[ ]*+{_AP_DASH})",
    ),
    self_names=("AP", "The Associated Press", "Associated Press"),
    boilerplate=(
        "associated press writer",
        "associated press writers",
        "the associated press receives support",
        "this material may not be published",
        "follow ap's coverage",
        "follow ap’s coverage",
        "find more of ap's coverage",
        "find more of ap’s coverage",
    ),
    boilerplate_patterns=(
        # the rule before the closing links
        r"_{3,}",
    ),
)
