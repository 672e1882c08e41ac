"""dpa, Deutsche Presse-Agentur (dpa.com): German, English, Spanish and Arabic services.

Conventions (``OUTLETS.md``; dpa's wire as German sites print it):

* The dateline opens the lead, the city in title case: ``BERLIN (dpa) -`` /
  ``Berlin (dpa) -``; regional services add their code (``Potsdam (dpa/bb) -`` for
  Berlin/Brandenburg, ``Düsseldorf (dpa/lnw) -``), a city may carry a qualifier
  (``Halle (Saale) (dpa/sa) -``), and the financial service prints capitals
  (``FRANKFURT (dpa-AFX) -``).
* Reprints of dpa-infocom copy close with its credit and item number:
  ``© dpa-infocom, dpa:240312-99-123456/3``.
* A standalone "Hintergrund" / "Background" labels context.

The name "dpa" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import BRACKETED, DASH, PLACE

_AGENCY = r"dpa(?:-AFX|/\p{Ll}{2,4})?+"

RULES = OutletRules(
    name="dpa",
    title="dpa",
    languages=("de", "en", "es", "ar"),
    signs=(
        rf"\({_AGENCY}\)[ ]*+{DASH}",
        r"\bdpa:\d{6}-\d{2,3}-\d{2,}+/\d+",
        r"©\s*dpa-infocom\b",
    ),
    dateline_patterns=(
        # Berlin (dpa) -   Potsdam (dpa/bb) -   Halle (Saale) (dpa/sa) -   FRANKFURT (dpa-AFX) -
        rf"^(?P<place>{PLACE}{BRACKETED}?)[ ]\((?P<agency>{_AGENCY})\)(?=[ ]*+{DASH})",
    ),
    self_names=("dpa", "dpa-AFX", "Deutsche Presse-Agentur"),
    boilerplate=("© dpa-infocom", "dpa-infocom,"),
    boilerplate_patterns=(
        # © dpa-infocom, dpa:240312-99-123456/3
        r"(?:©\s*)?dpa-infocom,\s*dpa:\S+",
    ),
    background_markers=("hintergrund",),
)
