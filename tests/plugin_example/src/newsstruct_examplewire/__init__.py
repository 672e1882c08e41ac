"""ExampleWire: an invented wire service, to show how a package adds an outlet to newsstruct.

ExampleWire's copy opens with the city in capitals and the agency's code between slashes,
then a dash: ``ODESA/EXW/ - The port …``.  Its stories credit themselves ("ExampleWire
reports"), link photos with "EXW photo:", and give background after "As ExampleWire
reported,".
"""

from newsstruct.outlets import OutletRules

__all__ = ["RULES"]

RULES = OutletRules(
    name="examplewire",
    title="ExampleWire",
    languages=("en",),
    # what points to ExampleWire: its dateline and its self-credit, never its bare name
    signs=(r"^\p{Lu}[\p{Lu} ]+/EXW/", r"\bExampleWire\s+reports\b"),
    # ODESA/EXW/ -   (the span drops the dash)
    dateline_patterns=(r"^(?P<place>\p{Lu}[\p{Lu} ]+)/(?P<agency>EXW)/(?=[ ]-)",),
    self_names=("ExampleWire", "EXW"),
    boilerplate=("exw photo:",),
    background_openers=("as examplewire reported",),
)
