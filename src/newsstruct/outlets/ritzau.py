"""Ritzau (ritzau.dk): the Danish news agency.

Conventions (Ritzau's wire as Danish papers and sites print it):

* No dateline: the story opens with its lead; quotes are set as paragraphs opened by a
  dash (``- Vi er klar, siger Roe.``), the Danish lexicon's convention.
* The story closes with the agency's name between slashes on a line of its own,
  ``/ritzau/``, and after it the foreign wire the story draws on: ``/ritzau/AFP``,
  ``/ritzau/Reuters``: furniture, which credits that wire.
* Background opens with "Som Ritzau tidligere har beskrevet,".

"Ritzau" alone is no sign: other outlets cite it ("oplyser han til Ritzau").
"""

from newsstruct.outlets import OutletRules

# /ritzau/   /ritzau/AFP   /ritzau/Reuters   /ritzau/dpa (a wire that writes its name
# in lower case)
_WIRE = r"\p{L}[\p{L}\-]{1,20}+"
_SIGN_OFF = rf"[ \t]*+/ritzau/(?:{_WIRE})?+[ \t]*+"

RULES = OutletRules(
    name="ritzau",
    title="Ritzau",
    languages=("da",),
    signs=(rf"^{_SIGN_OFF}$",),
    self_names=("Ritzau", "Ritzaus Bureau"),
    boilerplate_patterns=(_SIGN_OFF,),
    credit_patterns=(rf"[ \t]*+/ritzau/(?P<names>{_WIRE})[ \t]*+",),
    background_openers=("som ritzau tidligere har beskrevet", "som ritzau har beskrevet"),
)
