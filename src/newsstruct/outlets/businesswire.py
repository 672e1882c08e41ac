"""Business Wire (businesswire.com): the press release wire.

Conventions, as the wire and the sites that reprint its releases print them:

* The dateline opens the lead, the wire in capitals in brackets between double hyphens
  and no spaces: ``LORNPORT, Ore.--(BUSINESS WIRE)--Acme Corp today announced …``;
  syndicated copy prints the date after the wire, between double hyphens too:
  ``LORNPORT, Ore.--(BUSINESS WIRE)--Mar 5, 2026--Acme Corp …``.
* The release closes with the end mark ``###``, the contacts under ``Contacts`` and a
  link to the original (``View source version on businesswire.com: https://…``):
  furniture.

The name alone is no sign: other outlets cite releases ("said in a Business Wire release").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import (
    CAPITAL_PLACE,
    EN_MONTH,
    RELEASE_CLOSING,
    RELEASE_CONTACTS,
    RELEASE_END,
    RELEASE_LEGAL,
)

# LORNPORT, Ore.--(BUSINESS WIRE)--Mar 5, 2026--   (the place, its region, the wire and
# the date; without the date the generic wire dateline reads it)
_REGION = r"(?:,[ ]\p{Lu}[\p{L}.]{1,20}+(?:[ ]\p{Lu}[\p{L}.]{1,20}+)?+)?+"
_DATED = (
    rf"^(?P<place>{CAPITAL_PLACE}{_REGION})"
    rf"--\((?P<agency>BUSINESS[ ]WIRE)\)--(?P<date>{EN_MONTH}[ ]\d{{1,2}},[ ]\d{{4}})(?=--)"
)

RULES = OutletRules(
    name="businesswire",
    title="Business Wire",
    languages=("en", "es", "fr", "de", "it", "ja"),
    signs=(r"--\(BUSINESS[ ]WIRE\)--",),
    self_names=("BUSINESS WIRE", "Business Wire"),
    dateline_patterns=(_DATED,),
    boilerplate=("view source version on", *RELEASE_CONTACTS, *RELEASE_LEGAL),
    closing_patterns=(RELEASE_CLOSING,),
    marks_background=True,  # a release tells its own news; its context is under About
    boilerplate_patterns=(RELEASE_END, r"[ \t]*+Contacts[ \t]*+"),
)
