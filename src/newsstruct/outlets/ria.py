"""RIA Novosti (ria.ru): Russian.

Conventions, as ria.ru prints its wire:

* The dateline opens the lead: the city in capitals, a comma, the day and the month cut
  to three letters, a dash and the agency, closed by a full stop:
  ``МОСКВА, 26 мар — РИА Новости.``; a correspondent or a place-name qualifier follows a
  comma (``КИЕВ, 3 июн — РИА Новости, Иван Петров.``).  The span drops the full stop.
* Background opens with "Ранее" / "Ранее сообщалось" / "Как сообщало РИА Новости".
* "Читайте также" / "Смотрите также" lines link other stories.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_WORDS, DASH

# RIA's month forms in datelines: янв фев мар апр мая июн июл авг сен окт ноя дек, and
# the whole genitive that reprints spell out (марта, сентября)
_MONTH = r"(?:янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек)\p{Ll}{0,5}+"

RULES = OutletRules(
    name="ria",
    title="RIA Novosti",
    languages=("ru",),
    signs=(
        rf"^[ \t]*{CAPITAL_WORDS},\s+\d{{1,2}}\s+{_MONTH}\s+{DASH}\s+РИА\s+Новости\b",
        r"\bКак\s+(?:ранее\s+)?сообщало\s+РИА\s+Новости\b",
    ),
    dateline_patterns=(
        # МОСКВА, 26 мар — РИА Новости.   КИЕВ, 3 июн — РИА Новости, Иван Петров.
        rf"^(?P<place>{CAPITAL_WORDS}),[ ](?P<date>\d{{1,2}}[ ]{_MONTH})[ ]{DASH}[ ]"
        r"(?P<agency>РИА[ ]Новости)(?:,[ ][^.\n]{1,60}+)?+(?=\.)",
    ),
    self_names=("РИА Новости", "РИА «Новости»"),
    boilerplate=("читайте также", "смотрите также", "подписывайтесь на"),
    background_openers=(
        "ранее",
        "ранее сообщалось",
        "как сообщало риа новости",
        "как ранее сообщало риа новости",
        "как сообщалось,",
    ),
)
