"""PAP, Polska Agencja Prasowa (pap.pl): Polish and English services.

Conventions (``OUTLETS.md``; PAP's wire as Polish portals print it):

* The dateline opens the lead, the city in title case: ``Warszawa (PAP) -``, and in the
  English service ``Warsaw (PAP) -``.
* The story closes with the author (``autor: Jan Kowalski (PAP)``), a foreign
  correspondent's sign-off (``Z Kijowa Jan Kowalski (PAP)``) and the editors' initials,
  each closed by a slash (``jk/ mhr/``).
* Background opens with "Jak informowała PAP," / "Jak wcześniej informowała PAP,".

The name "PAP" alone is no sign: other outlets cite it, and "(PAP)" closes credits.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import DASH, PLACE

# the editors' initials: jk/ mhr/   mmi/ itm/ kgr/
_INITIALS = r"(?:\p{Ll}{2,4}/[ ]?){2,4}"
# a correspondent's sign-off: Z Kijowa Jan Kowalski (PAP)
_CORRESPONDENT = r"Ze?[ ]\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ ]\(PAP\)"

RULES = OutletRules(
    name="pap",
    title="Polska Agencja Prasowa",
    languages=("pl", "en"),
    signs=(
        rf"\(PAP\)[ ]*+{DASH}",
        rf"^[ \t]*{_INITIALS}[ \t]*$",
        r"^[ \t]*(?i:autor|autorka):[ \t]+[^\n]{2,80}\(PAP\)[ \t]*$",
        rf"^[ \t]*{_CORRESPONDENT}[ \t]*$",
    ),
    dateline_patterns=(
        # Warszawa (PAP) -   Nowy Sącz (PAP) -   Warsaw (PAP) -
        rf"^(?P<place>{PLACE})[ ]\((?P<agency>PAP)\)(?=[ ]*+{DASH})",
    ),
    self_names=("PAP", "Polska Agencja Prasowa", "Polish Press Agency"),
    boilerplate=("autor:", "autorka:"),
    boilerplate_patterns=(
        _INITIALS,
        r"\(PAP\)",
        _CORRESPONDENT,
    ),
    background_openers=(
        "jak informowała pap",
        "jak wcześniej informowała pap",
        "jak podawała pap",
        "as pap reported",
        "as pap previously reported",
    ),
)
