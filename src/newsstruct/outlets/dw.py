"""Deutsche Welle (dw.com): the English service.

Conventions, as DW prints its news:

* A story closes with its editors' initials and the wires it draws on, in lower case
  and brackets: ``ab/jsi (AP, Reuters, dpa)``; the wires are attributions.
* The editor signs off on a line of their own: "Edited by: Jon Shelton".

"told DW" is no sign: other outlets quote interviews given to it; nor is the "Edited
by:" line, which other outlets print too: the initials line tells DW.
"""

from newsstruct.outlets import OutletRules

# ab/jsi, dh/wd/rc: the editors' initials
_INITIALS = r"[a-z]{2,3}+(?:/[a-z]{2,3}+){1,3}+"

RULES = OutletRules(
    name="dw",
    title="Deutsche Welle",
    languages=("en",),
    signs=(rf"^[ \t]*{_INITIALS}[ \t]*+\([^()\n]{{1,80}}+\)[ \t]*$",),
    self_names=("DW", "Deutsche Welle"),
    boilerplate_patterns=(
        rf"{_INITIALS}(?:[ \t]*+\([^()\n]{{1,80}}+\))?+",
        r"Edited\s+by:[ \t]+[^\n]{1,80}+",
    ),
    credit_patterns=(rf"[ \t]*+{_INITIALS}[ \t]*+\((?P<names>[^()\n]{{1,80}}+)\)[ \t]*+",),
)
