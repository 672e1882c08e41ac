"""GlobeNewswire (globenewswire.com): the press release wire.

Conventions, as the wire and the sites that reprint its releases print them:

* The dateline opens the lead, the date in English and the wire in capitals in brackets
  before a double hyphen: ``LORNPORT, Ore., March 04, 2026 (GLOBE NEWSWIRE) -- Acme Corp
  today announced …``.
* The release closes with the end mark ``###`` and the contacts (``Media Contact: …``):
  furniture.

The name alone is no sign: other outlets cite releases ("said in a GlobeNewswire release").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import RELEASE_CONTACTS, RELEASE_END

RULES = OutletRules(
    name="globenewswire",
    title="GlobeNewswire",
    languages=("en", "fr", "de", "nl", "sv", "da", "fi"),
    signs=(r"\(GLOBE[ ]NEWSWIRE\)[ ]*+--",),
    self_names=("GLOBE NEWSWIRE", "GlobeNewswire"),
    boilerplate=RELEASE_CONTACTS,
    boilerplate_patterns=(RELEASE_END,),
)
