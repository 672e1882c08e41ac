"""NTB, Norsk Telegrambyrå (ntb.no): the Norwegian news agency.

Conventions (NTB's wire as Norwegian papers and sites print it):

* No dateline: the story opens with its lead; quotes are set as paragraphs opened by a
  dash (``– Vi er klare, sier Roe.``), the Norwegian lexicon's convention.
* The story closes with the agency's copyright in brackets on a line of its own:
  ``(©NTB)``, ``(© NTB)``: furniture.
* Background opens with "Som NTB tidligere har meldt,".

"NTB" alone is no sign: other outlets cite it ("sier hun til NTB", "opplyser til NTB").
"""

from newsstruct.outlets import OutletRules

# (©NTB)   (© NTB)
_COPYRIGHT = r"\(©[ ]?+NTB\)"

RULES = OutletRules(
    name="ntb",
    title="Norsk Telegrambyrå",
    languages=("no",),
    signs=(rf"^[ \t]*+{_COPYRIGHT}[ \t]*+$",),
    self_names=("NTB", "Norsk Telegrambyrå"),
    boilerplate_patterns=(rf"[ \t]*+{_COPYRIGHT}[ \t]*+",),
    background_openers=("som ntb tidligere har meldt", "som ntb har meldt"),
)
