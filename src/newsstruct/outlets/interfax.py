"""Interfax (interfax.ru, interfax.com): the Moscow agency, Russian and English editions.

Conventions, as crawled pages show them:

* The dateline opens the lead: the city in title case, a full stop, the date, a full stop
  and the site's name in capitals, then a dash: ``Москва. 25 марта. INTERFAX.RU -``; the
  English wire prints ``MOSCOW. March 25 (Interfax) -`` or
  ``MOSCOW, Nov 24 (Interfax) -``.
* Sources speak to the agency: "сообщил «Интерфаксу» источник …", "told Interfax": the
  agency's name for itself is no credit.  Other outlets cite it the same way, so that is
  no sign of its own pages.
* Background opens with "Как сообщал «Интерфакс»," / "Как сообщалось," / "Ранее".

Interfax is not Interfax-Ukraine (``interfax_ukraine``): its signs name the Russian site
or the agency's own background phrase, never the Ukrainian name.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, EN_MONTH

RULES = OutletRules(
    name="interfax",
    title="Interfax",
    languages=("ru", "en"),
    signs=(
        rf"\bINTERFAX\.RU[ ]*+{DASH}",
        r"\b[Кк]ак\s+(?:ранее\s+)?сообщал\s+[«\"]Интерфакс[»\"]",
        rf"\(Interfax\)[ ]*+{DASH}",
    ),
    dateline_patterns=(
        # Москва. 25 марта. INTERFAX.RU -
        r"^(?P<place>\p{Lu}[\p{L}\-]{1,30}+(?:[ ]\p{Lu}[\p{L}\-]{1,30}+)?+)\.[ ]"
        r"(?P<date>\d{1,2}[ ]\p{Ll}{3,10}+)\.[ ](?P<agency>INTERFAX\.RU|ИНТЕРФАКС)"
        rf"(?=[ ]*+{DASH})",
        # MOSCOW. March 25 (Interfax) -
        rf"^(?P<place>\p{{Lu}}[\p{{Lu}}\-]{{1,30}}+(?:[ ]\p{{Lu}}[\p{{Lu}}\-]{{1,30}}+)?+)[.,][ ]"
        rf"(?P<date>{EN_MONTH}[ ]\d{{1,2}})[ ]\((?P<agency>Interfax)\)(?=[ ]*+{DASH})",
    ),
    self_names=("Интерфакс", "INTERFAX.RU", "Interfax"),
    boilerplate=("читайте также", "смотрите также"),
    background_openers=("as interfax reported",),
)
