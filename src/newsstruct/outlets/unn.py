"""UNN (Ukrainian News Agency, unn.ua): English, Ukrainian and Russian editions.

Conventions, as crawled pages show them (``OUTLETS.md``):

* A ``Kyiv • UNN`` / ``Київ • УНН`` / ``Киев • УНН`` line under the headline (place,
  bullet, agency, no date), or the older inline ``КИЇВ. 17 квітня. УНН.`` of reprints
  (``KYIV. April 17. UNN.`` in English).
* The lead closes with a self-credit: "UNN reports", "writes UNN", "according to UNN",
  "передає УНН", "пише УНН", "передает УНН", "пишет УНН", or names the reporter: "UNN
  correspondent reports", "передає кореспондент УНН", "передает корреспондент УНН".
* Quotes are paragraphs of their own without marks, closed by a dash and a cue.
* Section labels on their own line: "Details" / "Деталі" / "Подробности"; in older
  pages "Цитата" before a quote and "Доповнення" (Addendum) before context.
* Background after a standalone "Recall" / "Нагадаємо" / "Напомним", or opened inline
  by "Earlier it was reported that …" / "Раніше повідомлялося" / "Ранее сообщалось".
* Stories may end with a related story's headline (no full stop), then page furniture:
  "Popular", "News by theme"; AMP pages add a URL-slug line and a view
  counter (``• 48729 переглядів``, in Ukrainian even on English pages).
"""

from newsstruct.outlets import OutletRules

# the date of the inline dateline: "17 квітня", "April 17"
_DAY = r"(?:\d{1,2}\s+\p{L}+|\p{Lu}\p{Ll}+\s+\d{1,2})"

RULES = OutletRules(
    name="unn",
    title="UNN",
    languages=("en", "uk", "ru"),
    signs=(
        # Kyiv • UNN   Київ • УНН   (after the crawl's date line too, in any of its forms:
        # date 2026-03-01 Kyiv • UNN, date: 2026-03-01 …, date Mar 1, 2026 Kyiv • UNN)
        r"^[ \t]*(?:[Dd]ate(?::[ \t]*+|[ \t]++)[^\n•]{1,40}?[ \t]++)?"
        r"\p{Lu}[\p{L}\- ]{1,40}\s*•\s*(?:UNN|УНН)[ \t]*$",
        r"\bUNN\s+(?:correspondent\s+)?reports\b",
        r"\b(?:writes|according\s+to)\s+UNN\b",
        r"(?:передає|пише|передает|пишет)\s+(?:кореспондент\s+|корреспондент\s+)?УНН\b",
        # КИЇВ. 17 квітня. УНН.   КИЕВ. 1 декабря. УНН.   KYIV. April 17. UNN.
        rf"^[ \t]*\p{{Lu}}[\p{{Lu}}'’\-]++\.\s+{_DAY}\.\s+(?:УНН|UNN)\.",
        r"•\s*\d+\s+(?:переглядів|просмотров|views)\b",
    ),
    dateline_patterns=(
        # the inline form of reprints: КИЇВ. 17 квітня. УНН.   (the span drops the ".")
        rf"^(?P<place>\p{{Lu}}[\p{{L}}'’\-]+)\.\s+(?P<date>{_DAY})\.\s+(?P<agency>УНН|UNN)(?=\.)",
        # Kyiv • UNN   Київ • УНН   Киев • УНН
        r"^(?P<place>\p{Lu}[\p{L}'’\-]{1,30}+(?:[ ]\p{Lu}[\p{L}'’\-]{1,30}+){0,2}+)"
        r"[ \t]*+•[ \t]*+(?P<agency>UNN|УНН)[ \t]*+$",
    ),
    self_names=("UNN", "УНН"),
    boilerplate=(
        "news by theme",
        "новини за темою",
        "новости по теме",
    ),
    boilerplate_patterns=(
        # the page's "Popular" block, a word alone on its line ("Popular singer Jo Roe
        # said …" is news)
        r"(?i:popular|популярні|популярне|популярное)",
        # the AMP view counter: • 48729 переглядів
        r"•?\s*\d[\d\s]*\s(?:переглядів|просмотров|views)",
        # the AMP URL-slug line: kyiv-metro-to-run-longer-on-friday
        r"[a-z0-9]+(?:-[a-z0-9]+){3,}",
    ),
    background_markers=(
        "recall",
        "let us remind you",
        "нагадаємо",
        "напомним",
        "доповнення",
        "дополнение",
    ),
    background_openers=(
        "as unn reported",
        "as unn previously reported",
        "нагадаємо,",
        "раніше повідомлялося",
        "раніше унн повідомляв",
        "як повідомляв унн",
        "напомним,",
        "ранее сообщалось",
        "ранее унн сообщал",
        "как сообщал унн",
    ),
    section_markers=("details", "деталі", "подробности"),
    quote_labels=("цитата", "quote"),
    bare_quote_paragraphs=True,
    related_endings=True,
    marks_background=True,
)
