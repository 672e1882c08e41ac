"""LIGA.net (liga.net): Ukrainian, Russian and English editions.

Conventions, as crawled pages show them:

* A "LIGA.net" label under the headline; the site names itself "LIGA.net" in every
  edition ("повідомляє LIGA.net", "сообщает LIGA.net", "LIGA.net reports").
* Background opens with "Як повідомляв LIGA.net," / "Как сообщал LIGA.net," / "As
  LIGA.net reported,".
* "Читайте також:" / "Читайте также:" lines link other stories.
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="liga",
    title="LIGA.net",
    languages=("uk", "ru", "en"),
    signs=(
        r"^[ \t]*LIGA\.net[ \t]*$",
        r"(?:повідомляє|пише|сообщает|пишет)\s+LIGA\.net\b",
        r"\bЯк\s+(?:раніше\s+)?повідомляв\s+LIGA\.net\b",
        r"\bКак\s+(?:ранее\s+)?сообщал\s+LIGA\.net\b",
        r"(?<=\b[Aa]s\s+)LIGA\.net\s+(?:previously\s+)?reported\b",
    ),
    self_names=("LIGA.net", "ЛІГА.net", "ЛИГА.net", "Ліга.net", "Лига.net", "LIGA"),
    boilerplate_patterns=(
        # the site's label under the headline
        r"LIGA\.net",
    ),
    boilerplate=("читайте також", "читайте также", "read also"),
    background_openers=("as liga.net reported",),
)
