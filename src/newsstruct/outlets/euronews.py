"""Euronews (euronews.com): the English site and its language editions.

Conventions, as the site prints its stories:

* The byline names the newsroom and the wires it drew on: "By Euronews with AFP", "By
  Jane Doe with AP"; the wires are attributions.
* The time line under it: ``Published on 24/01/2026 – 16:23 GMT+1`` (``•Updated
  17:05``), which dates the story when no crawl date line does.

"told Euronews" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH

# Published on 24/01/2026 – 16:23 GMT+1 •Updated 17:05
_PUBLISHED = (
    r"Published[ ]on[ ](?P<day>\d{2})/(?P<month>\d{2})/(?P<year>\d{4})"
    rf"[ ]{DASH}[ ]\d{{1,2}}:\d{{2}}[ ]GMT(?:[+\-]\d{{1,2}})?+"
    r"(?:[ ]*+•[ ]*+Updated[ ]\d{1,2}:\d{2})?+"
)
# By Euronews with AFP; By Jane Doe with AP and Reuters
_BYLINE = r"By[ ](?:\p{Lu}[\p{L}'’\-]*+[ ]){1,4}?with[ ](?P<names>[^\n]{1,80}+)"

RULES = OutletRules(
    name="euronews",
    title="Euronews",
    languages=("en", "fr", "de", "es", "it", "pt", "ru", "uk"),
    signs=(
        r"^[ \t]*By\s+Euronews\b",
        rf"^[ \t]*{_PUBLISHED}",
    ),
    self_names=("Euronews",),
    boilerplate_patterns=(_BYLINE, _PUBLISHED, r"By[ ]Euronews"),
    published_patterns=(_PUBLISHED,),
    credit_patterns=(rf"[ \t]*+{_BYLINE}[ \t]*+",),
)
