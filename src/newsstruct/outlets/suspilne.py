"""Suspilne (suspilne.media), Ukraine's public broadcaster: Ukrainian, with regional
newsrooms.

Conventions, as crawled pages show them:

* A newsroom label under the headline, "Суспільне Новини" or a region's ("Суспільне
  Херсон"), and a date and time line (``09 березня 2026, 11:20``) that dates the story.
* People speak to the broadcaster: "розповіла Суспільному", "сказав у коментарі
  Суспільному": its name for itself is no credit, and no sign: other outlets quote
  interviews given to it.
* Subheads such as "Що відомо" / "Що відомо зараз" stand on their own lines.
* Background opens with "Раніше Суспільне повідомляло" / "Раніше Суспільне писало".
* No dateline.
"""

from newsstruct.outlets import OutletRules

_MONTH = (
    r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
)
# the newsroom label: Суспільне Новини, Суспільне Херсон
_LABEL = r"Суспільне(?:[ ]\p{Lu}[\p{L}\-]++){1,2}+"
# the date and time line, which dates the story: 09 березня 2026, 11:20
_DATE_LINE = rf"(?P<day>\d{{1,2}})[ ](?P<month>{_MONTH})[ ](?P<year>\d{{4}}),?[ ]\d{{1,2}}:\d{{2}}"

RULES = OutletRules(
    name="suspilne",
    title="Suspilne",
    languages=("uk",),
    signs=(
        rf"^[ \t]*{_LABEL}[ \t]*$",
        r"\bРаніше\s+Суспільне\s+(?:повідомляло|писало)\b",
    ),
    self_names=("Суспільне", "Суспільному", "Суспільного", "Суспільним", "Suspilne"),
    boilerplate=("читайте також", "підписуйтеся на"),
    boilerplate_patterns=(_LABEL, _DATE_LINE),
    published_patterns=(_DATE_LINE,),
    section_markers=("що відомо", "що відомо зараз", "що кажуть"),
)
