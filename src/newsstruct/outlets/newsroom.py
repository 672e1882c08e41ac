"""A newsroom's own release: a company's, a city's or an agency's press release as its own
site posts it, with no release wire.

Conventions, as issuers print their releases:

* A label opens the release on a line of its own: ``FOR IMMEDIATE RELEASE``, ``Press
  Release``, ``News Release`` (``Pressemitteilung``, ``Communiqué de presse``, ``Nota de
  prensa``, ``Comunicato stampa``, ``Persbericht``).
* The release tells the issuer's own news, what it did and what its officers and
  partners said; its context stands under a heading after the news (``About Acme Corp``,
  ``Über die Acme AG``), then the contacts (``Media Contact``) and the end mark ``###``:
  furniture, as on the release wires.
* The legal notice (``Forward-Looking Statements``) closes a listed company's release.

A wire's release may print the label too: where a wire's mark follows it
(``/PRNewswire/ --``), the release is the wire's.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import (
    RELEASE_CLOSING,
    RELEASE_CONTACTS,
    RELEASE_END,
    RELEASE_LEGAL,
)

# the label alone on its line, in the languages issuers print it in
_LABEL = (
    r"(?:(?i:for[ ]immediate[ ]release)"
    r"|(?i:press[ ]release|news[ ]release|media[ ]release)"
    r"|Pressemitteilung|PRESSEMITTEILUNG|Communiqué[ ]de[ ]presse|COMMUNIQUÉ[ ]DE[ ]PRESSE"
    r"|Nota[ ]de[ ]prensa|Comunicado[ ]de[ ]prensa|Comunicato[ ]stampa|Comunicado[ ]de[ ]imprensa"
    r"|Persbericht)"
)
_LABEL_LINE = rf"[ \t]*+{_LABEL}[ \t]*+:?+[ \t]*+"

# a release wire's mark within 3,000 characters below: the wire's release, whose rules are its own
_NO_WIRE = r"(?![\s\S]{0,3000}?(?:/PRNewswire|\(BUSINESS[ ]WIRE\)|\(GLOBE[ ]NEWSWIRE\)))"

RULES = OutletRules(
    name="newsroom",
    title="A newsroom's own release",
    languages=("en", "de", "fr", "es", "it", "pt", "nl"),
    signs=(rf"^{_LABEL_LINE}${_NO_WIRE}",),
    boilerplate=(*RELEASE_CONTACTS, *RELEASE_LEGAL),
    closing_patterns=(RELEASE_CLOSING,),
    boilerplate_patterns=(RELEASE_END, _LABEL_LINE),
    marks_background=True,
)
