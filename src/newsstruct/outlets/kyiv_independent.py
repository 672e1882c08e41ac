"""The Kyiv Independent (kyivindependent.com): English, with a Ukrainian edition.

Conventions, as crawled pages show them:

* Short news items are bylined "The Kyiv Independent news desk"; the daily updates open
  with a "Note from the author:" box.
* Claims the newsroom cannot check are flagged in its own name: "The Kyiv Independent
  could not verify the claims."
* Background credits the newsroom: "The Kyiv Independent previously reported …", "As the
  Kyiv Independent reported, …".
* The newsroom names itself in its notes (furniture above the story) and its reporting:
  "Editor's Note: The Kyiv Independent is not disclosing …", "The Kyiv Independent has
  reached out to …", "the Kyiv Independent's reporters".
* The daily digest's headline opens with "Ukraine war latest:".
* The byline's date line gives the time and the reading time: "April 14, 2025 9:41 PM
  2 min read".
* Membership appeals close the page ("Become a member", "Support independent journalism
  in Ukraine"): the appeal's first line and all below it are the page's; "Read also:"
  lines link other stories.
* News has no dateline; reportage opens with the region in capitals: ``ZAPORIZHZHIA
  OBLAST —`` (the generic dateline).

"told the Kyiv Independent" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules

# the byline's date line: "April 14, 2025 9:41 PM 2 min read"
_BYLINE_TIME = (
    r"\p{Lu}\p{Ll}++\.?+[ ]\d{1,2},[ ]\d{4}[ ]\d{1,2}:\d{2}[ ][AP]M[ \t·]++\d{1,3}+[ ]min[ ]read"
)

# the membership appeal that closes the page, its first line alone or a short paragraph:
# the appeal's words below it are the page's too ("We’ve been covering the war since day
# one." above "Independent journalism in Ukraine depends on readers like you." above
# "Become a member")
_APPEAL = (
    r"[ \t]*+(?:We[’']ve[ ]been[ ]covering[ ]the[ ]war|Become[ ]a[ ]member|Join[ ]our[ ]community"
    r"|Support[ ](?:independent[ ]journalism|our[ ](?:reporting|journalism|work)|us))"
    r"(?![\p{L}])[^\n]{0,70}+"
)

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
        r"(?<=\bEditor[’']s\s+[Nn]ote:\s+)(?:[Tt]he\s+)?Kyiv\s+Independent\b",
        r"(?<=\b[Tt]he\s+)Kyiv\s+Independent\s+(?:has\s+|had\s+)?(?:reached\s+out\s+to|contacted"
        r"|is\s+not\s+disclosing|does\s+not\s+disclose|learned|obtained)\b",
        r"(?<=\b[Tt]he\s+)Kyiv\s+Independent[’']s\s+(?:reporters?|correspondents?|journalists?"
        r"|team|War\s+Crimes\s+Investigations\s+Unit)\b",
        r"^[ \t]*+(?:date[ ]\d{4}-\d{2}(?:-\d{2})?+[ ]++)?+Ukraine\s+war\s+latest\b",
        rf"^[ \t]*{_BYLINE_TIME}[ \t]*$",
    ),
    self_names=("The Kyiv Independent", "Kyiv Independent"),
    boilerplate=(
        "the kyiv independent news desk",
        "kyiv independent news desk",
        "by the kyiv independent news desk",
        "note from the author",
        "editor's note",
        "editor’s note",
        "become a member",
        "support independent journalism",
        "join our community",
        "we’ve been covering the war",
        "we've been covering the war",
    ),
    boilerplate_patterns=(
        _BYLINE_TIME,
        r"Ukraine\s+war\s+latest",
    ),
    closing_patterns=(_APPEAL,),
    background_openers=(
        "the kyiv independent previously reported",
        "as the kyiv independent reported",
        "as the kyiv independent previously reported",
    ),
)
