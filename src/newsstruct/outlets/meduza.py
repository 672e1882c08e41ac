"""Meduza (meduza.io): Russian and English editions.

Conventions, as crawled pages show them:

* The outlet names itself in marks, «Медуза»/"Meduza", and in its cases: "сказала
  «Медузе»", "источник «Медузы»": its name for itself is no credit.
* It relays other outlets: "Об этом сообщает «Медиазона» со ссылкой на …": the outlet is
  the credit, the one it refers to the speaker.
* Background opens with "Как ранее писала «Медуза»," / "As Meduza previously reported,".
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="meduza",
    title="Meduza",
    languages=("ru", "en"),
    signs=(
        r"\b[Кк]ак\s+(?:ранее\s+)?писала\s+[«\"]Медуза[»\"]",
        r"(?<=\b[Aa]s\s+)Meduza\s+(?:previously\s+|earlier\s+)?reported\b",
    ),
    self_names=("Медуза", "Медузе", "Медузы", "Медузу", "«Медуза»", "«Медузе»", "Meduza"),
    boilerplate=("читайте также", "read also", "что еще почитать"),
    background_openers=(
        "как ранее писала «медуза»",
        "as meduza previously reported",
        "as meduza reported",
    ),
)
