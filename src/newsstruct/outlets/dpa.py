"""dpa, Deutsche Presse-Agentur (dpa.com): German, English, Spanish and Arabic services.

Conventions (``OUTLETS.md``; dpa's wire as German sites print it):

* The dateline opens the lead, the city in title case: ``BERLIN (dpa) -`` /
  ``Berlin (dpa) -``; regional services add their code (``Potsdam (dpa/bb) -`` for
  Berlin/Brandenburg, ``Düsseldorf (dpa/lnw) -``), a city may carry a qualifier
  (``Halle (Saale) (dpa/sa) -``), and the financial service prints capitals
  (``FRANKFURT (dpa-AFX) -``).
* Reprints of dpa-infocom copy close with its credit and item number:
  ``© dpa-infocom, dpa:240312-99-123456/3``.
* The wire's slug line, above the dateline or under the story: ``dpa`` and the editors'
  initials, the service's code and the priority, in lower case (``dpa jr xx n1 ab``,
  ``dpa kf/ab yyzz n1 lx``): furniture.
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
        # dpa jr xx n1 ab   dpa kf/ab yyzz n1 lx   (a slug line: a priority's letter and digit)
        r"[ \t]*+dpa(?=[ \p{Ll}\d/]*?[ /]\p{Ll}\d(?![\p{L}\d]))"
        r"(?:[ ]++[\p{Ll}\d]{1,6}+(?:/[\p{Ll}\d]{1,6}+)*+){2,6}+[ \t]*+",
    ),
    background_markers=("hintergrund",),
)
