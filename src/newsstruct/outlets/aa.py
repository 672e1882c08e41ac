"""Anadolu Ajansı (aa.com.tr): the Turkish state news agency.

Conventions (AA's wire as its site and its clients print it):

* The dateline opens the lead: the city in capitals, the agency in brackets and a dash:
  ``ANKARA (AA) -``, ``İSTANBUL (AA) -``.  The span drops the dash.
* Its reporters are the agency's own channel: "AA muhabirine konuşan X", "Anadolu
  Ajansı (AA) muhabirine açıklama yapan X" are the outlet's reference to itself, no
  credit of another outlet.
* Background opens with "Hatırlanacağı üzere," (the lexicon's) or "AA'nın daha önce
  duyurduğu üzere,".

The name "AA" alone is no sign: other outlets cite it ("AA'nın haberine göre").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH

RULES = OutletRules(
    name="aa",
    title="Anadolu Ajansı",
    languages=("tr", "en"),
    signs=(rf"^{CAPITAL_PLACE}[ ]\(AA\)[ ]*+{DASH}",),
    dateline_patterns=(
        # ANKARA (AA) -   İSTANBUL (AA) -
        rf"^(?P<place>{CAPITAL_PLACE})[ ]\((?P<agency>AA)\)(?=[ ]*+{DASH})",
    ),
    self_names=("AA", "Anadolu Ajansı", "Anadolu Agency"),
    background_openers=("aa'nın daha önce duyurduğu üzere", "aa'nın daha önce bildirdiği üzere"),
)
