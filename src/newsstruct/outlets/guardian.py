"""The Guardian (theguardian.com) and The Observer: English.

Conventions, as crawled pages show them:

* Agency-based stories are bylined "Guardian staff and agencies"; others by reporters
  ("Shaun Walker in Kyiv").
* Picture captions end with the credit after "Photograph:" (``… in Kyiv.
  Photograph: Jane Roe/AP``); captions are body text.
* The page dates itself "First published on Sun 1 Jun 2025 10.30 BST", or under the
  byline "Thu 9 Jul 2026 07.00 BST" (a weekday, a day, a month, a year and a time with a
  dot; a line of chrome).
* The story ends with its tags after "Explore more on these topics".

"told the Guardian" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules

# Sun 1 Jun 2025 10.30 BST
_DATED = (
    r"\p{Lu}\p{Ll}{2}\s+\d{1,2}\s+\p{Lu}\p{Ll}{2}\s+\d{4}\s+\d{1,2}\.\d{2}\s+"
    r"(?:BST|GMT|CET|CEST|EDT|EST|AEST|AEDT)"
)

RULES = OutletRules(
    name="guardian",
    title="The Guardian",
    languages=("en",),
    signs=(
        r"^[ \t]*Guardian\s+staff\s+and\s+agencies[ \t]*$",
        r"Photograph:[ ][^\n/]{1,60}+/[^\n]{1,40}+$",
        rf"^[ \t]*(?:First\s+published\s+on|Last\s+modified\s+on)\s+{_DATED}",
        rf"^[ \t]*{_DATED}[ \t]*$",
    ),
    self_names=("The Guardian", "Guardian", "The Observer"),
    boilerplate=(
        "guardian staff and agencies",
        "first published on",
        "last modified on",
        "explore more on these topics",
    ),
    boilerplate_patterns=(_DATED,),
)
