"""The Guardian (theguardian.com) and The Observer: English.

Conventions, as crawled pages show them:

* Agency-based stories are bylined "Guardian staff and agencies"; others by reporters
  ("Shaun Walker in Kyiv").
* Picture captions end with the credit after "Photograph:" (``… in Kyiv.
  Photograph: Jane Roe/AP``); captions are body text.
* The page dates itself "First published on Sun 1 Jun 2025 10.30 BST" (a line of
  chrome).

"told the Guardian" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="guardian",
    title="The Guardian",
    languages=("en",),
    signs=(
        r"^[ \t]*Guardian\s+staff\s+and\s+agencies[ \t]*$",
        r"Photograph:[ ][^\n/]{1,60}+/[^\n]{1,40}+$",
        r"^[ \t]*(?:First\s+published\s+on|Last\s+modified\s+on)\s+\p{Lu}\p{Ll}{2}\s+\d{1,2}\s+"
        r"\p{Lu}\p{Ll}{2}\s+\d{4}\s+\d{1,2}\.\d{2}\s+(?:BST|GMT|CET|CEST|EDT|EST|AEST|AEDT)",
    ),
    self_names=("The Guardian", "Guardian", "The Observer"),
    boilerplate=("guardian staff and agencies", "first published on", "last modified on"),
)
