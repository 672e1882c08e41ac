"""Kyiv Post (kyivpost.com): English, with a Ukrainian edition.

Conventions, as crawled pages show them:

* A byline under the headline: "By Olena Marchuk", "By Kyiv Post" for the desk's
  pieces, "By AFP" for wire copy it runs.
* The newsroom names itself without an article: "Kyiv Post has reached out to …",
  "Kyiv Post could not independently verify …", "X told Kyiv Post"; background opens
  with "As Kyiv Post previously reported, …".
* Inside the story, a line "Other Topics of Interest" and one related story's headline
  under it.
* No dateline.

"told Kyiv Post" is no sign: other outlets quote interviews given to it; nor are "Kyiv
Post has reached out to …", "Kyiv Post could not independently verify …": wire copy
relays them.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="kyiv_post",
    title="Kyiv Post",
    languages=("en", "uk"),
    signs=(
        r"^[ \t]*Other\s+Topics\s+of\s+Interest[ \t]*$",
        r"^[ \t]*By\s+Kyiv\s+Post[ \t]*$",
        r"(?<=\b[Aa]s\s+(?:the\s+)?)Kyiv\s+Post\s+(?:previously\s+|earlier\s+)?reported\b",
    ),
    self_names=("Kyiv Post", "KyivPost"),
    related_labels=("Other Topics of Interest",),
    background_openers=(
        "as kyiv post reported",
        "as kyiv post previously reported",
        "as kyiv post earlier reported",
        "as the kyiv post reported",
        "as the kyiv post previously reported",
    ),
)
