"""NPR (npr.org): English.

Conventions, as crawled npr.org pages show them:

* Under the headline the page's date line (``Updated June 15, 2026 at 6:02 PM ET``) and
  the byline, often the writer's name alone on its line; broadcast pieces add the show
  (``Heard on Morning Edition``).
* A picture is set off by ``Enlarge this image`` above its caption, and the
  photographer's credit after it (``Jo Roe/NPR``, ``Jo Roe for NPR``), then ``toggle
  caption`` (or ``hide caption``) and the credit again: the caption is body text (never
  the lead), the rest furniture.
* Stories close with the contributors (``NPR's Jo Roe contributed to this report.``) and
  ``Copyright 2026 NPR``.

"told NPR" is no sign: other outlets quote interviews given to it.
"""

from newsstruct.outlets import OutletRules

# NPR's Jo Roe contributed to this report.
_CONTRIBUTED = r"NPR[’'][sS][ ][^\n]{1,200}?[ ]contributed[ ](?:to[ ])?(?:this[ ])?(?:report|story)"

RULES = OutletRules(
    name="npr",
    title="NPR",
    languages=("en",),
    signs=(
        r"^[ \t]*(?:toggle|hide)[ ]caption[ \t]*$",
        r"^[ \t]*Copyright[ ]\d{4}[ ]NPR\b",
        rf"^[ \t]*{_CONTRIBUTED}",
    ),
    self_names=("NPR", "National Public Radio"),
    boilerplate=("enlarge this image", "toggle caption", "hide caption"),
    boilerplate_patterns=(
        # the show's line, a name and no stop ("Heard on Morning Edition"; not "Heard on
        # the quayside, the chant grew louder.")
        r"Heard[ ]on[ ]\p{Lu}[^.\n]{0,40}+",
        # the photographer's credit: "Jo Roe/NPR", "Jo Roe for NPR" (lazy, so the name
        # leaves " for " to the credit's word), with the caption's switch that a crawl
        # joins to it as a line in lower case ("Jo Roe for NPR\nhide caption")
        r"\p{Lu}[^\n/]{1,60}?(?:/|[ ]for[ ])NPR(?:\n(?:toggle|hide)[ ]caption)?+",
        rf"{_CONTRIBUTED}(?:ing)?+\.?+",
    ),
    caption_labels=(r"Enlarge[ ]this[ ]image",),
)
