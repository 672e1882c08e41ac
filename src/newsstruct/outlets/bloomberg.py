"""Bloomberg News (bloomberg.com) and Bloomberg copy reprinted by other sites: English.

Conventions, as crawled pages show them:

* The story opens with the agency alone in brackets and a double hyphen: ``(Bloomberg)
  --`` (the generic rules read it as the dateline).
* Notes: ``--With assistance from Jo Roe.`` under the story, and an update's
  note in brackets (``(Updates with analyst comment in sixth paragraph.)``).
* Pages print the network's most read stories under ``Most Read from Bloomberg``, a
  headline a line, inside the story; and close with ``©2026 Bloomberg L.P.``.

"told Bloomberg News" and "data compiled by Bloomberg" are no signs: other outlets cite
them all the time.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="bloomberg",
    title="Bloomberg",
    languages=("en",),
    signs=(
        r"^[ \t]*\(Bloomberg\)[ ]*+--",
        r"^[ \t]*©[ ]?+\d{4}[ ]Bloomberg[ ]L\.P\.",
        r"^[ \t]*Most[ ]Read[ ]from[ ]Bloomberg[ \t]*$",
    ),
    self_names=("Bloomberg", "Bloomberg News", "Bloomberg L.P."),
    boilerplate_patterns=(
        # --With assistance from Jo Roe and Ann Lee.
        r"-{1,2}+[ ]?+With[ ]assistance[ ]from[ ][^\n]{1,200}+",
        # (Updates with analyst comment in sixth paragraph.)   (Adds chart.)
        r"\((?:Adds|Updates|Recasts|Rewrites)\b[^\n]{0,200}\)",
    ),
    related_lists=True,
    related_labels=("Most Read from Bloomberg",),
)
