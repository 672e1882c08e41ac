"""BBC News (bbc.com/news) and its Ukrainian and Russian services.

Conventions, as crawled bbc.com pages show them:

* No dateline; a byline block names the reporter and the desk ("By Jane Roe",
  "BBC News, Kyiv").
* Every picture leaves two lines: its credit, "Image source, Getty Images", and its
  caption, "Image caption, Rescuers worked through the night"; videos leave "Media
  caption, …".  The credit is furniture; a caption is body text, its label
  ("Image caption,") furniture: a quote in a caption is read without it.
* Page chrome around the story: "Published", "Share", "Save", "Related Topics", "More on
  this story".
* The services sign as "BBC News Україна" and "Русская служба Би-би-си".

"told the BBC" is no sign: other outlets quote interviews the BBC gave.
"""

from newsstruct.outlets import OutletRules

# the label before a picture's or a video's caption
_CAPTION = r"(?:Image|Media|Video)\s+caption,"

RULES = OutletRules(
    name="bbc",
    title="BBC News",
    languages=("en", "uk", "ru"),
    signs=(
        r"^[ \t]*Image\s+source,\s",
        r"^[ \t]*Image\s+caption,\s",
        r"^[ \t]*(?:Media|Video)\s+caption,\s",
        r"^[ \t]*BBC\s+News(?:,[ \t]*\p{Lu}[\p{L} ]{1,30})?[ \t]*$",
        r"^[ \t]*BBC\s+News\s+Україна[ \t]*$",
        r"^[ \t]*Русская\s+служба\s+Би-би-си[ \t]*$",
    ),
    self_names=("BBC", "BBC News", "Би-би-си", "BBC News Україна"),
    boilerplate=(
        "image source,",
        "related topics",
        "more on this story",
        "bbc news україна",
        "русская служба би-би-си",
    ),
    caption_labels=(_CAPTION,),
    boilerplate_patterns=(
        _CAPTION,
        r"(?:Published|Updated|Share|Save)(?:\s+\d{1,2}\s+\w+(?:\s+\d{4})?|\s+\d+\s+\w+\s+ago)?",
        r"(?:Getty\s+Images|Reuters|EPA|AFP|PA\s+Media|BBC)",
        r"By\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}",
        r"BBC\s+News(?:,\s*\p{Lu}[\p{L} ]{1,30})?",
    ),
)
