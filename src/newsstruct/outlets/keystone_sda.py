"""Keystone-SDA (keystone-sda.ch): the Swiss wire, German (SDA), French (ATS) and Italian
(ATS) services.

Conventions (the wire's copy as Swiss sites print it):

* The dateline opens the lead: the city in title case and the service in brackets,
  in lower case or in capitals, before a dash: ``Bern (sda) -``, ``Lausanne (ats) -``,
  ``Zürich (Keystone-SDA) -``; the financial service's copy, or copy taken from another
  wire, joins the names with a slash (``Zürich (awp/sda) -``, ``Genf (sda/dpa) -``).
  The span drops the dash.
* Clients credit the wire at the end of the story (``(sda)``, ``(SDA)``).

The names alone are no sign: other outlets cite the wire ("berichtete die SDA").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# sda, SDA, ats, ATS, Keystone-SDA, Keystone-ATS, awp/sda, sda/dpa
_SERVICE = r"(?:(?i:sda|ats)|Keystone-(?:SDA|ATS))"
_AGENCY = rf"(?:awp/)?+{_SERVICE}(?:/\p{{L}}{{2,5}}+)?+"

RULES = OutletRules(
    name="keystone_sda",
    title="Keystone-SDA",
    languages=("de", "fr", "it"),
    signs=(rf"^[ \t]*+{PLACE}(?:/{PLACE})?+[ ]\({_AGENCY}\)[ ]*+{DASH}",),
    dateline_patterns=(
        # Bern (sda) -   Zürich (Keystone-SDA) -   Zürich (awp/sda) -   Bern/Genf (ats) -
        rf"^(?P<place>{PLACE}(?:/{PLACE})?+)[ ]\((?P<agency>{_AGENCY})\)(?=[ ]*+{DASH})",
    ),
    self_names=("sda", "ats", "Keystone-SDA", "Keystone-ATS", "Schweizerische Depeschenagentur"),
)
