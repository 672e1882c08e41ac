"""24 Kanal (24tv.ua): Ukrainian and Russian.

Conventions, as crawled pages show them:

* The lead closes with a self-credit that names the real source: "Про це повідомляє 24
  Канал з посиланням на …", "Об этом сообщает 24 Канал со ссылкой на …": the outlet is
  the channel, the source after "with reference to" the speaker.
* News bulletins close with "Також у випуску новин на 24 каналі:" / "Также в выпуске
  новостей на 24 канале:".
* No dateline.

"24 Канал" alone is no sign: other outlets cite the channel, and credit it with the same
words ("Про це повідомляє 24 Канал."); the channel's own credit names a source after it.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="kanal24",
    title="24 Kanal",
    languages=("uk", "ru"),
    signs=(
        r"(?<=\bПро\s+це\s+)(?:повідомляє|пише|інформує)\s+(?:телеканал\s+)?24\s+[Кк]анал"
        r"\s+з\s+посиланням\s+на\b",
        r"(?<=\bОб\s+этом\s+)(?:сообщает|пишет|информирует)\s+(?:телеканал\s+)?24\s+[Кк]анал"
        r"\s+со\s+ссылкой\s+на\b",
        r"^[ \t]*Також\s+у\s+випуску\s+новин\s+на\s+24\s+каналі",
        r"^[ \t]*Также\s+в\s+выпуске\s+новостей\s+на\s+24\s+канале",
    ),
    self_names=("24 Канал",),
    boilerplate=("також у випуску новин на 24 каналі", "также в выпуске новостей на 24 канале"),
)
