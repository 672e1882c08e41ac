"""The Kyiv Independent (kyivindependent.com): English, with a Ukrainian edition.

Conventions, as crawled pages show them:

* Short news items are bylined "The Kyiv Independent news desk"; the daily updates open
  with a "Note from the author:" box.
* Claims the newsroom cannot check are flagged in its own name: "The Kyiv Independent
  could not verify the claims."
* Background credits the newsroom: "The Kyiv Independent previously reported …", "As the
  Kyiv Independent reported, …".
* Membership appeals close the page ("Become a member", "Support independent journalism
  in Ukraine"), and "Read also:" lines link other stories.
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="kyiv_independent",
    title="The Kyiv Independent",
    languages=("en", "uk"),
    signs=(
        r"^[ \t]*(?:[Bb]y\s+)?(?:[Tt]he\s+)?Kyiv\s+Independent\s+news\s+desk[ \t]*$",
        r"(?<=\b[Tt]he\s+)Kyiv\s+Independent\s+(?:could\s+not|cannot|can\s+not|was\s+unable\s+to)"
        r"\s+(?:immediately\s+|independently\s+)?verify\b",
        r"^[ \t]*Note\s+from\s+the\s+author:",
        r"(?<=\b[Tt]he\s+)Kyiv\s+Independent\s+previously\s+reported\b",
        r"(?<=\b[Aa]s\s+the\s+)Kyiv\s+Independent\s+(?:previously\s+)?reported\b",
    ),
    self_names=("The Kyiv Independent", "Kyiv Independent"),
    boilerplate=(
        "the kyiv independent news desk",
        "kyiv independent news desk",
        "by the kyiv independent news desk",
        "note from the author",
        "become a member",
        "support independent journalism",
        "join our community",
        "we’ve been covering the war",
        "we've been covering the war",
    ),
    background_openers=(
        "the kyiv independent previously reported",
        "as the kyiv independent reported",
        "as the kyiv independent previously reported",
    ),
)
