"""Interfax-Ukraine (interfax.com.ua): Ukrainian, Russian and English editions.

Conventions, as crawled pages show them (``OUTLETS.md``):

* The dateline opens the lead: ``KYIV. Nov 24 (Interfax-Ukraine) –``,
  ``КИЇВ. 24 листопада (Інтерфакс-Україна) –``, ``КИЕВ. 24 ноября (Интерфакс-Украина) –``:
  the city, a full stop, the date, the agency in brackets, an en dash.
* Older and reprinted stories print the agency in capitals, without brackets:
  ``КИЇВ. 12 березня. ІНТЕРФАКС-УКРАЇНА -``.
* A rubric line ("Facts", "Політика", "События") and a timestamp (``10:15 24.11.2023``)
  above or below the headline; English pages may print the headline twice.
* Background opens with "As reported," / "Як повідомлялося," / "Как сообщалось,", or
  credits the agency itself: "As Interfax-Ukraine reported".

Interfax-Ukraine is not Interfax (Moscow): the sign is the bracketed name with "Ukraine".
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_WORDS, DASH, EN_MONTH

_SELF_NAMES = ("Interfax-Ukraine", "Інтерфакс-Україна", "Интерфакс-Украина")
_NAME = "|".join(_SELF_NAMES)  # in brackets: (Interfax-Ukraine)
_CAPITALS = "|".join(n.upper() for n in _SELF_NAMES)  # the older form: ІНТЕРФАКС-УКРАЇНА

RULES = OutletRules(
    name="interfax_ukraine",
    title="Interfax-Ukraine",
    languages=("uk", "ru", "en"),
    signs=(
        rf"\((?:{_NAME})\)",
        rf"\.[ ]++(?:{_CAPITALS})[ ]*+{DASH}",
    ),
    dateline_patterns=(
        # KYIV. Nov 24 (Interfax-Ukraine) –   КИЇВ. 24 листопада (Інтерфакс-Україна) –
        rf"^(?P<place>{CAPITAL_WORDS}|\p{{Lu}}\p{{Ll}}+)\.?+"
        rf"(?:[ ]++(?P<date>{EN_MONTH}[ ]\d{{1,2}}|\d{{1,2}}[ ]\p{{Ll}}{{3,10}}+))?+"
        rf"[ ]*+\((?P<agency>{_NAME})\)(?=[ ]*+{DASH})",
        # the older form, the agency in capitals: КИЇВ. 12 березня. ІНТЕРФАКС-УКРАЇНА -
        rf"^(?P<place>{CAPITAL_WORDS})\.[ ]++"
        rf"(?P<date>\d{{1,2}}[ ]\p{{Ll}}{{3,10}}+|{EN_MONTH}[ ]\d{{1,2}})"
        rf"\.[ ]++(?P<agency>{_CAPITALS})(?=[ ]*+{DASH})",
    ),
    self_names=_SELF_NAMES,
    boilerplate=("читайте також", "читайте также"),
    published_patterns=(
        # the timestamp line dates the story: 10:15 24.11.2025   24.11.2025 10:15
        r"\d{1,2}:\d{2}[ ,]+(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",
        r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})[ ,]+\d{1,2}:\d{2}",
    ),
    boilerplate_patterns=(
        # the timestamp line: 10:15 24.11.2023   24.11.2023 10:15
        r"\d{1,2}:\d{2}[ ,]+\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}[ ,]+\d{1,2}:\d{2}",
        # the rubric line
        r"(?:Facts|Politics|Economic|Economy|General|Society|Events|Press releases"
        r"|Факти|Політика|Економіка|Суспільство|Події|Прес-релізи"
        r"|Факты|Политика|Экономика|Общество|События|Пресс-релизы)",
    ),
    background_openers=(
        "as interfax-ukraine reported",
        "as earlier reported by interfax-ukraine",
        "як повідомлялося,",
        "як повідомляв інтерфакс-україна",
        "как сообщалось,",
        "как сообщал интерфакс-украина",
    ),
    marks_background=True,
)
