"""Al Jazeera English (aljazeera.com).

Conventions, as the site prints its stories:

* News stories close with the sources line "Source: Al Jazeera and news agencies"
  (crawls may keep it in capitals, or short: "SOURCE: AL JAZEERA").
* Its correspondents are named with the channel: "Al Jazeera’s Charles Weston, reporting
  from Kyiv, said …", "Reporting from Kyiv, Al Jazeera’s Charles Weston said …".
* Features open with a dateline of place and country before a dash: ``Kharkiv,
  Ukraine –``; the span drops the dash.
* Crawls keep the page's box of related stories inside the story: ``Keep reading``, then
  ``list of 3 items`` (its screen reader's label), a headline a line, ``end of list``.

"told Al Jazeera" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

RULES = OutletRules(
    name="al_jazeera",
    title="Al Jazeera",
    languages=("en",),
    signs=(
        r"^[ \t]*(?i:source):?[ ]+(?i:al[ ]jazeera[ ]+and[ ]+news[ ]+agencies)[ \t]*$",
        # the bare "Source: Al Jazeera" is a sign only as the story's last line: within a
        # story it credits footage or pictures to the channel
        r"^[ \t]*(?i:source):?[ ]+(?i:al[ ]jazeera)\s*+\z",
        r"Al\s+Jazeera[’']s\s+\p{Lu}\p{L}++(?:\s+\p{Lu}[\p{L}\-]++){1,2}+,?+\s+reporting\s+from\b",
        r"Reporting\s+from\s+[^\n,]{1,40}+,\s+Al\s+Jazeera[’']s\b",
    ),
    dateline_patterns=(
        # Kharkiv, Ukraine –
        rf"^(?P<place>{PLACE},[ ]{PLACE})(?=[ ]{DASH}[ ])",
    ),
    self_names=("Al Jazeera", "Al Jazeera English"),
    boilerplate_patterns=(
        # the box's title alone on its line ("Keep reading the small print, …" is news)
        r"(?i:keep[ ]reading)",
        r"(?i:source):?[ ]+(?i:al[ ]jazeera)(?:[ ]+(?i:and[ ]+news[ ]+agencies))?+",
        r"end[ ]of[ ]list",
    ),
    # the screen reader's label above the headlines of the related stories' box, alone or
    # run into the box's title line ("Keep reading" above a line that opens in lower case)
    related_labels=tuple(
        f"{title}list of {count} items" for title in ("", "Keep reading ") for count in range(2, 10)
    ),
    related_lists=True,
    related_ends=(r"end[ ]of[ ]list",),
)
