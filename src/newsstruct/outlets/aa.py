"""Anadolu Ajansı (aa.com.tr): the Turkish state news agency.

Conventions (AA's wire as its site and its clients print it):

* The dateline opens the lead: the city in capitals, the agency in brackets and a dash:
  ``ANKARA (AA) -``, ``İSTANBUL (AA) -``.  The span drops the dash.
* Its reporters are the agency's own channel: "AA muhabirine konuşan X", "Anadolu
  Ajansı (AA) muhabirine açıklama yapan X" are the outlet's reference to itself, no
  credit of another outlet.
* Background opens with "Hatırlanacağı üzere," (the lexicon's) or "AA'nın daha önce
  duyurduğu üzere,".
* The site heads a story with its writers, a bar, the date and the date of its last
  update: ``Jo Roe   |04.03.2026 - Update : 04.03.2026`` (Turkish ``Güncelleme``): a
  line of chrome that dates the story; the city follows on a line of its own
  (``ANKARA``, the generic dateline).

The name "AA" alone is no sign: other outlets cite it ("AA'nın haberine göre").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH

# Jo Roe   |04.03.2026 - Update : 04.03.2026   (the writers, then the dates)
_DATE = r"\d{2}\.\d{2}\.\d{4}"
_UPDATE = rf"[ ]-[ ](?:Update|Güncelleme)[ ]:[ ]{_DATE}[ \t]*+"
_HEAD = r"[^\n|]{0,120}+\|[ ]*+(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4})" + _UPDATE

RULES = OutletRules(
    name="aa",
    title="Anadolu Ajansı",
    languages=("tr", "en"),
    signs=(
        rf"^{CAPITAL_PLACE}[ ]\(AA\)[ ]*+{DASH}",
        # the update's label after the first date (a sign that opens with a letter is
        # searched for it, fast)
        *(
            rf"(?<=\|[ ]*+{_DATE}[ ]-[ ]){label}[ ]:[ ]{_DATE}[ \t]*+$"
            for label in ("Update", "Güncelleme")
        ),
    ),
    dateline_patterns=(
        # ANKARA (AA) -   İSTANBUL (AA) -
        rf"^(?P<place>{CAPITAL_PLACE})[ ]\((?P<agency>AA)\)(?=[ ]*+{DASH})",
    ),
    self_names=("AA", "Anadolu Ajansı", "Anadolu Agency"),
    background_openers=("aa'nın daha önce duyurduğu üzere", "aa'nın daha önce bildirdiği üzere"),
    boilerplate_patterns=(_HEAD,),
    published_patterns=(_HEAD,),
)
