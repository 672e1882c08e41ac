"""Agencia EFE (efe.com): Spanish, English and Portuguese services.

Conventions (``OUTLETS.md``; EFE's wire as its clients print it):

* The dateline opens the lead: the city, a comma, the day and the month cut to three
  letters, the agency in brackets and a full stop joined to a hyphen:
  ``MADRID, 3 mar (EFE).-``; a city that is no capital carries its country in brackets
  (``Járkov (Ucrania), 3 mar (EFE).-``); the English service writes
  ``Madrid, Mar 3 (EFE).-``.  The span drops the ``.-``.
* The story closes with ``EFE`` and the initials of its writers and editors
  (``EFE jmr/pddp``), and reprints with "© EFE 2024. Está expresamente prohibida la
  redistribución y la redifusión …".

The name "EFE" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import BRACKETED, DASH, EN_MONTH, PLACE

# EFE's month forms in datelines: ene feb mar abr may jun jul ago sep oct nov dic
_ES_MONTH = r"(?i:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.?+"
# the sign-off: EFE jmr/pddp
_SIGN_OFF = r"EFE[ ]+\p{Ll}{2,5}(?:/\p{Ll}{2,5}){0,5}"

RULES = OutletRules(
    name="efe",
    title="Agencia EFE",
    languages=("es", "en", "pt"),
    signs=(
        rf"\(EFE\)(?:\.-|[ ]*+{DASH})",
        rf"^[ \t]*{_SIGN_OFF}[ \t]*$",
        r"©\s*EFE\s+\d{4}",
        r"Está\s+expresamente\s+prohibida\s+la\s+redistribución",
    ),
    dateline_patterns=(
        # MADRID, 3 mar (EFE).-   Járkov (Ucrania), 3 mar (EFE).-   Madrid, Mar 3 (EFE).-
        rf"^(?P<place>{PLACE}{BRACKETED}?),[ ]"
        rf"(?P<date>\d{{1,2}}[ ]{_ES_MONTH}|{EN_MONTH}[ ]\d{{1,2}})"
        rf"[ ]\((?P<agency>EFE)\)(?=\.-|[ ]*+{DASH})",
    ),
    self_names=("EFE", "Agencia EFE"),
    boilerplate=("© efe", "está expresamente prohibida"),
    # (c) Agencia EFE   (the copyright sign in letters)
    boilerplate_patterns=(_SIGN_OFF, r"[ \t]*+\([cC]\)[ ]*+(?:Agencia[ ])?+EFE\b[^\n]*+"),
)
