"""Censor.NET (censor.net): Ukrainian, Russian and English editions.

Conventions, as crawled pages show them:

* A "Цензор.НЕТ" / "Censor.NET" label under the headline: page furniture.
* The lead closes with a self-credit that names the real source: "Про це повідомляє
  Цензор.НЕТ із посиланням на …", "Об этом сообщает Цензор.НЕТ со ссылкой на …",
  "Censor.NET reports, citing …": the site is no credit, the source it refers to speaks.
* "Читайте також:" / "Читайте также:" lines link other stories.
* Background opens with "Раніше повідомлялося" / "Ранее сообщалось" / "Нагадаємо,".
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="censor",
    title="Censor.NET",
    languages=("uk", "ru", "en"),
    signs=(
        r"^[ \t]*(?:Цензор\.НЕТ|Censor\.NET)[ \t]*$",
        r"(?:повідомляє|передає|пише|сообщает|передает|пишет)\s+[«\"]?Цензор\.НЕТ\b",
        r"\bCensor\.NET\s+reports\b",
    ),
    self_names=("Цензор.НЕТ", "Censor.NET", "Цензор.нет", "Censor.net", "Цензор", "Censor"),
    boilerplate_patterns=(
        # the site's label under the headline
        r"(?:Цензор\.НЕТ|Censor\.NET)",
    ),
    boilerplate=("читайте також", "також читайте", "читайте также", "read also"),
)
