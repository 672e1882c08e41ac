"""Ukrinform (ukrinform.ua), Ukraine's national news agency: Ukrainian, English and other
editions.

Conventions, as crawled pages show them (``OUTLETS.md``):

* An "Укрінформ" / "Ukrinform" label on its own line under the headline: the agency's
  credit, taken as a dateline without a place.
* The lead closes with a self-credit: "передає Укрінформ", "повідомляє кореспондент
  Укрінформу", "an Ukrinform correspondent reports", "Ukrinform reports".
* Background opens with "Як повідомляв Укрінформ," / "As Ukrinform reported," /
  "Как сообщал Укринформ,".
* The editor's initials sign the story off: two lower-case letters on the last line
  (``ks``, ``нм``).
* "Читайте також:" / "Read also:" lines link other stories.
* The older wire dateline opens the lead: the city in capitals or in title case, the day
  and the month, the agency between slashes, a full stop (``Київ, 3 березня /Укрінформ/.``,
  ``Киев, 3 марта /Укринформ/.``); the generic slashed dateline takes only a city in capitals.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import PLACE

RULES = OutletRules(
    name="ukrinform",
    title="Ukrinform",
    languages=("uk", "en", "ru", "de", "fr", "es", "pl", "ja"),
    signs=(
        r"^[ \t]*(?:Укрінформ|Ukrinform|Укринформ)[ \t]*$",
        r"(?:передає|повідомляє)\s+(?:власний\s+)?кореспондент\s+Укрінформу\b",
        r"\bпередає\s+Укрінформ\b",
        r"\bпередает\s+Укринформ\b",
        r"(?<=\ban?\s+)Ukrinform\s+correspondent\s+reports\b",
        r"\bUkrinform\s+reports\b",
        r"(?<=\b[Aa]s\s+)Ukrinform\s+(?:previously\s+)?reported\b",
        r"\bЯк\s+(?:раніше\s+)?повідомляв\s+Укрінформ\b",
        r"\bКак\s+(?:ранее\s+)?сообщал\s+Укринформ\b",
        r"/(?:Укрінформ|Укринформ)/\.",
    ),
    dateline_patterns=(
        # the agency label under the headline: a credit without a place
        r"^(?P<agency>Укрінформ|Ukrinform|Укринформ)[ \t]*+$",
        # Київ, 3 березня /Укрінформ/.   (the span drops the full stop)
        rf"^(?P<place>{PLACE}),[ ](?P<date>\d{{1,2}}[ ]\p{{Ll}}{{3,10}}+)[ ]"
        r"/(?P<agency>Укрінформ|Укринформ)/(?=\.)",
    ),
    self_names=("Ukrinform", "Укрінформ", "Укринформ"),
    boilerplate=("читайте також", "читайте также", "фото:"),
    boilerplate_patterns=(
        # the editor's initials that sign the story off: ks, нм
        r"\p{Ll}{2}",
    ),
    background_openers=(
        "as ukrinform reported",
        "as ukrinform previously reported",
        "як повідомляв укрінформ",
        "як раніше повідомляв укрінформ",
        "як повідомлялося,",
        "как сообщал укринформ",
        "как ранее сообщал укринформ",
    ),
    marks_background=True,
)
