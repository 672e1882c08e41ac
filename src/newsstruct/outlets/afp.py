"""Agence France-Presse (afp.com) and AFP copy reprinted by other sites.

Conventions (``OUTLETS.md``; AFP's wire as its clients print it):

* The dateline opens the lead: ``PARIS (AFP) -``; web copy writes the city in title case
  (``Paris (AFP) -``), French copy qualifies a city that is not a capital with its
  country in brackets (``Zaporijjia (Ukraine) (AFP) -``), and English copy of old gives
  the date (``PARIS, March 1 (AFP) -``), French copy the date with its year
  (``Paris, 5 avr 2026 (AFP) -``).
* The story closes with the desk slug: the initials of the writers and editors, lower
  case, joined by slashes (``ach/dk``, ``bur-jh/lth``).
* Reprints add "© Agence France-Presse" / "© AFP".

The name "AFP" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import BRACKETED, DASH, EN_MONTH, PLACE

# the desk slug: ach/dk   bur-jh/lth   ib/sst/jj
_SLUG = r"(?:bur-)?\p{Ll}{2,4}(?:-\p{Ll}{2,4})?(?:/\p{Ll}{2,4}){1,4}"

RULES = OutletRules(
    name="afp",
    title="Agence France-Presse",
    languages=("en", "fr", "es", "de", "pt", "ar"),
    signs=(
        rf"\(AFP\)[ ]*+{DASH}",
        rf"^[ \t]*{_SLUG}[ \t]*$",
        r"©\s*(?:Agence\s+France-Presse|AFP)\b",
    ),
    dateline_patterns=(
        # PARIS (AFP) -   Paris (AFP) –   Zaporijjia (Ukraine) (AFP) -   PARIS, March 1 (AFP) -
        # Paris, 5 avr 2026 (AFP) -
        rf"^(?P<place>{PLACE}{BRACKETED}?)"
        rf"(?:,[ ](?P<date>{EN_MONTH}[ ]\d{{1,2}}"
        rf"|\d{{1,2}}[ ]\p{{L}}{{3,10}}+\.?+(?:[ ]\d{{4}})?+))?+"
        rf"[ ]\((?P<agency>AFP)\)(?=[ ]*+{DASH})",
    ),
    self_names=("AFP", "Agence France-Presse"),
    boilerplate=("© afp", "© agence france-presse"),
    boilerplate_patterns=(_SLUG,),
)
