"""Hromadske (hromadske.ua): Ukrainian and English.

Conventions, as crawled pages show them:

* The outlet writes its name in lower case, "hromadske", in every edition: "hromadske
  поговорило з …", "розповів hromadske", "told hromadske": its name for itself is no
  credit, and no sign: other outlets quote interviews given to it.
* Interviews are set as dash-opened turns, the question and the answer in alternate
  paragraphs.
* Background opens with "Раніше hromadske писало" / "As hromadske reported".
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="hromadske",
    title="Hromadske",
    languages=("uk", "en"),
    signs=(
        r"\bhromadske\s+(?:поговорило|поговорила|розпитало|запитало|спитало)\b",
        r"\bРаніше\s+hromadske\s+(?:писало|повідомляло)\b",
        r"(?<=\b[Aa]s\s+)hromadske\s+(?:previously\s+)?reported\b",
    ),
    self_names=("hromadske", "Громадське", "Hromadske"),
    boilerplate=("читайте також", "read also", "підтримайте hromadske"),
    background_openers=(
        "as hromadske reported",
        "as hromadske previously reported",
    ),
)
