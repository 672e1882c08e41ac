"""Kyodo News (english.kyodonews.net): Japan's wire, English service.

Conventions, as its wire copy and its clients print it:

* The dateline opens the lead, the city in capitals, the date in English, and the
  agency's name without brackets before a dash: ``TOKYO, March 4 Kyodo -``.
* The wire copy closes with ``==Kyodo`` on a line of its own.
* The English site heads a story with the agency, the date and the time, and its
  sections after a bar: ``KYODO NEWS - Mar 4, 2026 - 10:15 | World, All``: a line of
  chrome that dates the story.

The name "Kyodo" alone is no sign: other outlets cite it ("Kyodo News reported").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH, EN_MONTH

# KYODO NEWS - Mar 4, 2026 - 10:15 | World, All
_HEAD = (
    rf"KYODO[ ]NEWS[ ]-[ ](?P<month>{EN_MONTH})[ ](?P<day>\d{{1,2}}),[ ](?P<year>\d{{4}})"
    r"(?:[ ]-[ ]\d{1,2}:\d{2})?+(?:[ ]\|[^\n]{1,80}+)?+"
)
# ==Kyodo
_SIGN_OFF = r"==[ ]?+Kyodo"

RULES = OutletRules(
    name="kyodo",
    title="Kyodo News",
    languages=("en", "ja"),
    signs=(
        # (the name after a lookbehind, a sign that opens with a letter being searched
        # fast; no possessive quantifier in it, which reads backwards there)
        rf"(?<=^\p{{Lu}}[\p{{Lu}}'’.\- ]{{1,60}},[ ]\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ ]\d{{1,2}}[ ])Kyodo"
        rf"[ ]*+{DASH}",
        rf"^[ \t]*+{_SIGN_OFF}[ \t]*+$",
        rf"^[ \t]*+{_HEAD}[ \t]*+$",
    ),
    dateline_patterns=(
        # TOKYO, March 4 Kyodo -   NEW YORK, Nov. 12 Kyodo -
        rf"^(?P<place>{CAPITAL_PLACE}),[ ](?P<date>{EN_MONTH}[ ]\d{{1,2}})[ ](?P<agency>Kyodo)"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("Kyodo", "Kyodo News"),
    boilerplate_patterns=(_SIGN_OFF, _HEAD),
    published_patterns=(_HEAD,),
)
