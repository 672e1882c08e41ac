"""RBC-Ukraine (rbc.ua): Ukrainian, Russian and English editions.

Conventions, as crawled pages show them (``OUTLETS.md``):

* The lead closes with a self-credit that names the real source: "Про це повідомляє
  РБК-Україна з посиланням на …", "Об этом сообщает РБК-Украина со ссылкой на …",
  "RBC-Ukraine reports, citing …": the outlet is the channel, the source after "with
  reference to" the speaker.  Interviews: "X told RBC-Ukraine" (no sign: other outlets
  quote interviews given to it).
* Background opens with "Як повідомляло РБК-Україна," / "Как сообщало РБК-Украина," /
  "As RBC-Ukraine reported,", or follows a standalone "Нагадаємо" / "Напомним".
* Inline promotions: "Вас також може зацікавити:", "Читайте також:", "Read also:".
* No dateline.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="rbc_ukraine",
    title="RBC-Ukraine",
    languages=("uk", "ru", "en"),
    signs=(
        r"(?:повідомляє|передає|пише)\s+РБК-Україна\b",
        r"(?:сообщает|передает|пишет)\s+РБК-Украина\b",
        r"\bRBC-Ukraine\s+reports\b",
        r"\breports\s+RBC-Ukraine\b",
        # the self-credit of the English edition's lead: "This was reported by
        # RBC-Ukraine with reference to the ministry"
        r"\b(?:is|was)\s+reported\s+by\s+RBC-Ukraine\s+(?:with\s+reference\s+to|citing)\b",
        r"(?<=\b[Aa]s\s+)RBC-Ukraine\s+(?:previously\s+|earlier\s+)?reported\b",
        r"\bЯк\s+(?:раніше\s+)?повідомляло\s+РБК-Україна\b",
        r"\bКак\s+(?:ранее\s+)?сообщало\s+РБК-Украина\b",
    ),
    self_names=("RBC-Ukraine", "РБК-Україна", "РБК-Украина"),
    boilerplate=(
        "вас також може зацікавити",
        "вас може зацікавити",
        "вас также может заинтересовать",
        "вас может заинтересовать",
        "you may also be interested in",
        "читайте також",
        "читайте также",
    ),
    background_markers=("нагадаємо", "напомним"),
    background_openers=(
        "as rbc-ukraine reported",
        "as rbc-ukraine previously reported",
        "as rbc-ukraine earlier reported",
        "як повідомляло рбк-україна",
        "як раніше повідомляло рбк-україна",
        "раніше рбк-україна повідомляло",
        "нагадаємо,",
        "как сообщало рбк-украина",
        "как ранее сообщало рбк-украина",
        "ранее рбк-украина сообщало",
        "напомним,",
    ),
    marks_background=True,
)
