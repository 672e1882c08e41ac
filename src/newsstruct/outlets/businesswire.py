"""Business Wire (businesswire.com): the press release wire.

Conventions, as the wire and the sites that reprint its releases print them:

* The dateline opens the lead, the wire in capitals in brackets between double hyphens
  and no spaces: ``LORNPORT, Ore.--(BUSINESS WIRE)--Acme Corp today announced …``.
* The release closes with the end mark ``###``, the contacts under ``Contacts`` and a
  link to the original (``View source version on businesswire.com: https://…``):
  furniture.

The name alone is no sign: other outlets cite releases ("said in a Business Wire release").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import RELEASE_CONTACTS, RELEASE_END

RULES = OutletRules(
    name="businesswire",
    title="Business Wire",
    languages=("en", "es", "fr", "de", "it", "ja"),
    signs=(r"--\(BUSINESS[ ]WIRE\)--",),
    self_names=("BUSINESS WIRE", "Business Wire"),
    boilerplate=("view source version on", *RELEASE_CONTACTS),
    boilerplate_patterns=(RELEASE_END, r"[ \t]*+Contacts[ \t]*+"),
)
