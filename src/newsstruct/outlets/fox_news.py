"""Fox News (foxnews.com), Fox News Digital and Fox Business: English.

Conventions, as crawled pages show them:

* The page's head: the headline, a deck without a full stop, the date line
  (``Published June 15, 2026 6:02pm EDT``, ``Updated …``), the byline (``By Jo Roe |
  Fox News``) and, above the story, ``NEWYou can now listen to Fox
  News articles!`` (the label and the sentence run together).
* Links to other stories stand between paragraphs as headlines in capitals on a line of
  their own (``CLICK HERE TO GET THE FOX NEWS APP``, ``LORNPORT FERRY CREW WALKS OUT AS
  TALKS STALL``): furniture, never the story's words.
* The newsroom names itself: ``Fox News Digital reached out to … for comment.``,
  ``told Fox News Digital``; its contributors close the story (``Fox News Digital's Jo
  Roe contributed to this report.``) and the writer's line follows (``Jo Roe is a reporter
  for Fox News Digital.``).

"told Fox News" and "Fox News reported" are no signs: other outlets quote the network.
"""

from newsstruct.outlets import OutletRules

# "Fox News Digital", "FOX News", "Fox Business"
_NETWORK = r"(?:Fox|FOX)[ ](?:News(?:[ ]Digital)?+|Business)"
# Published June 15, 2026 6:02pm EDT   Updated June 15, 2026 6:02pm EDT
_STAMP = (
    r"(?:Published|Updated)[ ]\p{Lu}\p{Ll}++[ ]\d{1,2},[ ]\d{4}[ ]\d{1,2}:\d{2}[ap]m"
    r"[ ](?:EDT|EST|CDT|CST|MDT|MST|PDT|PST)"
)

RULES = OutletRules(
    name="fox_news",
    title="Fox News",
    languages=("en",),
    signs=(
        r"^[ \t]*CLICK[ ]HERE[ ]TO[ ]GET[ ]THE[ ]FOX[ ]NEWS[ ]APP",
        r"^[ \t]*NEW[ ]?+You[ ]can[ ]now[ ]listen[ ]to[ ]Fox[ ]News[ ]articles!",
        rf"{_NETWORK}[ ](?:has[ ])?+reached[ ]out[ ]to[ ]",
        rf"^[ \t]*{_NETWORK}['’](?:s)?+[ ][^\n]{{1,200}}?[ ]contributed[ ]to[ ]this[ ]report",
        rf"^[ \t]*[^\n]{{1,80}}?[ ]is[ ]an?+[ ][^\n]{{1,60}}?[ ](?:for|at)[ ]{_NETWORK}\.",
        rf"^[ \t]*{_STAMP}",
    ),
    self_names=("Fox News", "Fox News Digital", "FOX News", "Fox News Channel", "Fox Business"),
    boilerplate=("click here", "new you can now listen", "newyou can now listen"),
    boilerplate_patterns=(
        _STAMP,
        # By Jo Roe | Fox News
        rf"By[ ][^\n]{{1,80}}?[ ](?:\|[ ])?+{_NETWORK}",
        # a linked story's headline in capitals, a line of its own (no lower-case letter)
        r"\p{Lu}{2}[^\p{Ll}\n]{10,200}+",
        rf"{_NETWORK}['’](?:s)?+[ ][^\n]{{1,200}}?[ ]contributed[ ]to[ ]this[ ]report\.?+",
        rf"[^\n]{{1,80}}?[ ]is[ ]an?+[ ][^\n]{{1,60}}?[ ](?:for|at)[ ]{_NETWORK}\.[^\n]{{0,300}}+",
    ),
)
