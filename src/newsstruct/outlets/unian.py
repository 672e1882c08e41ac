"""UNIAN (unian.ua, unian.net), the Ukrainian Independent Information Agency of News:
Ukrainian, Russian and English editions.

Conventions, as crawled pages show them:

* The lead closes with a self-credit: "повідомляє кореспондент УНІАН", "передає УНІАН",
  "сообщает корреспондент УНИАН", "a UNIAN correspondent reports".
* Background opens with "Як повідомляв УНІАН," / "Раніше УНІАН писав" / "Как сообщал
  УНИАН," / "As UNIAN reported,".
* Related stories follow the label "Вас також можуть зацікавити новини:" / "Вас также
  могут заинтересовать новости:" / "You may also be interested in news:", one
  headline after it.

"передає УНІАН" alone is no sign: other outlets credit the agency so; "Раніше УНІАН писав"
is one (a story calls back to its own outlet's earlier one).
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="unian",
    title="UNIAN",
    languages=("uk", "ru", "en"),
    signs=(
        r"(?:повідомляє|передає)\s+(?:власний\s+)?кореспондент\s+УНІАН\b",
        r"(?:сообщает|передает)\s+(?:собственный\s+)?корреспондент\s+УНИАН\b",
        r"(?<=\ban?\s+)UNIAN\s+correspondent\s+reports\b",
        r"\bЯк\s+(?:раніше\s+)?повідомляв\s+УНІАН\b",
        r"\bКак\s+(?:ранее\s+)?сообщал\s+УНИАН\b",
        # the background opener of a story that calls back to the agency's own earlier one
        r"\bРаніше\s+УНІАН\s+(?:писав|повідомляв)\b",
        r"\bРанее\s+УНИАН\s+(?:писал|сообщал)\b",
        r"(?<=\b[Aa]s\s+)UNIAN\s+(?:previously\s+)?reported\b",
        r"^[ \t]*Вас\s+(?:також\s+можуть\s+зацікавити|также\s+могут\s+заинтересовать)\s+новини?",
    ),
    self_names=("УНІАН", "УНИАН", "UNIAN"),
    boilerplate=("читайте також", "читайте также", "read also"),
    related_labels=(
        "вас також можуть зацікавити новини",
        "вас также могут заинтересовать новости",
        "you may also be interested in news",
    ),
    background_openers=(
        "як повідомляв уніан",
        "як раніше повідомляв уніан",
        "раніше уніан писав",
        "как сообщал униан",
        "как ранее сообщал униан",
        "ранее униан писал",
        "as unian reported",
        "as unian previously reported",
    ),
)
