"""GlobeNewswire (globenewswire.com): the press release wire.

Conventions, as the wire and the sites that reprint its releases print them:

* The dateline opens the lead, the date in English and the wire in capitals in brackets
  before a double hyphen: ``LORNPORT, Ore., March 04, 2026 (GLOBE NEWSWIRE) -- Acme Corp
  today announced …``.
* The site prints a head line above the release, its date, time and issuer: ``March 04,
  2026 08:00 ET | Source: Acme Corp``: furniture, and the release's date.
* The release closes with the end mark ``###`` and the contacts (``Media Contact: …``):
  furniture.

The name alone is no sign: other outlets cite releases ("said in a GlobeNewswire release").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import (
    EN_MONTH,
    RELEASE_CLOSING,
    RELEASE_CONTACTS,
    RELEASE_END,
    RELEASE_LEGAL,
)

# March 04, 2026 08:00 ET | Source: Acme Corp
_HEAD = (
    rf"[ \t]*+(?P<month>{EN_MONTH})[ ](?P<day>\d{{1,2}}),[ ](?P<year>\d{{4}})"
    r"(?:[ ]\d{1,2}:\d{2}(?:[ ]\p{Lu}{2,4})?+)?+[ ]\|[ ]Source:[ ][^\n|]{1,100}+"
)

RULES = OutletRules(
    name="globenewswire",
    title="GlobeNewswire",
    languages=("en", "fr", "de", "nl", "sv", "da", "fi"),
    signs=(r"\(GLOBE[ ]NEWSWIRE\)[ ]*+--",),
    self_names=("GLOBE NEWSWIRE", "GlobeNewswire"),
    boilerplate=(*RELEASE_CONTACTS, *RELEASE_LEGAL),
    closing_patterns=(RELEASE_CLOSING,),
    marks_background=True,  # a release tells its own news; its context is under About
    boilerplate_patterns=(RELEASE_END, _HEAD),
    published_patterns=(_HEAD,),
)
