"""PR Newswire (prnewswire.com): the press release wire.

Conventions, as the wire and the sites that reprint its releases print them:

* The dateline opens the lead: the city in capitals, its state, the date in English and
  the wire between slashes before a double hyphen: ``LORNPORT, Ore., March 4, 2026
  /PRNewswire/ -- Acme Corp today announced …``.
* The release closes with the end mark ``###``, the contacts (``Contact: …``) and the
  issuer after ``SOURCE`` in capitals on a line of its own (``SOURCE Acme Corp``), and on
  the site a link to the original (``View original content: https://…``): furniture.

The name alone is no sign: other outlets cite releases ("said in a PR Newswire release").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import (
    RELEASE_CLOSING,
    RELEASE_CONTACTS,
    RELEASE_END,
    RELEASE_LEGAL,
)

# /PRNewswire/ --   /PRNewswire-HISPANIC PR WIRE/ --
_WIRE = r"/PRNewswire(?:-[\p{Lu} ]{2,30}+)?+/"

RULES = OutletRules(
    name="prnewswire",
    title="PR Newswire",
    languages=("en", "es", "pt", "fr", "de"),
    signs=(rf"{_WIRE}[ ]*+--",),
    self_names=("PRNewswire", "PR Newswire"),
    boilerplate=("view original content", *RELEASE_CONTACTS, *RELEASE_LEGAL),
    closing_patterns=(RELEASE_CLOSING,),
    marks_background=True,  # a release tells its own news; its context is under About
    boilerplate_patterns=(RELEASE_END, r"[ \t]*+SOURCE[ ]\p{Lu}[^\n]{0,80}+"),
)
