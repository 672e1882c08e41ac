"""Ukrainska Pravda (pravda.com.ua): Ukrainian, Russian and English editions.

Conventions, as crawled pages show them (``OUTLETS.md``):

* Labels on their own lines: English "Source:", "Quote from X:" / "Quote:", "Details:",
  "Background:"; Ukrainian "Джерело:", "Пряма мова:", "Деталі:", "Передісторія:",
  "Що передувало:"; Russian "Источник:", "Прямая речь:", "Подробности:", "Обновлено:",
  "Предыстория:".  A "Quote…:" label makes the next paragraph (or the rest of its own
  paragraph) a direct quote of the named source, or of the one the last "Source:" line
  names; after "Background:" comes context.
* The crawl header carries the site's language switcher and club link ("Укр Рус Eng
  Клуб УП") and a byline with the weekday, date and time ("Monday, 28 February 2022,
  08:28", "Понеділок, 28 лютого 2022, 08:28").
* No dateline.
"""

from newsstruct.outlets import OutletRules

_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Понеділок|Вівторок|Середа|Четвер|П['’]ятниця|Субота|Неділя"
    r"|Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня"
    r"|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
    r"|октября|ноября|декабря)"
)
# Monday, 28 February 2022, 08:28   Iryna Kutielieva — Понеділок, 28 лютого 2022, 08:28
_BYLINE = (
    rf"(?i:(?:[^\n]{{1,80}}?[ ][\-–—][ ])?{_WEEKDAY},[ ](?P<day>\d{{1,2}})[ ]"
    rf"(?P<month>{_MONTH})[ ](?P<year>\d{{4}}),[ ]\d{{1,2}}:\d{{2}})"
)

RULES = OutletRules(
    name="ukrainska_pravda",
    title="Ukrainska Pravda",
    languages=("uk", "ru", "en"),
    signs=(
        # the language switcher and club link of the header
        r"\bУкр\s+Рус\s+Eng\b",
        r"\bКлуб\s+УП\b",
        rf"^[ \t]*{_BYLINE}[ \t]*$",
        # UP's own labels on a line of their own, or the Ukrainian and Russian ones before
        # the quote's opening mark (an English "Quote from X: "…"" may open any paper's
        # line, a sign only alone on its line)
        r"^[ \t]*(?:Пряма\s+мова|Прямая\s+речь)(?:\s+[^\n:]{1,60})?:[ \t]*(?:$|[\"“«])",
        r"^[ \t]*Quote(?:\s+from\s+[^\n:]{1,60})?:[ \t]*$",
        r"^[ \t]*(?:Передісторія|Що\s+передувало|Предыстория|Что\s+предшествовало):[ \t]*$",
    ),
    self_names=(
        "Ukrainska Pravda",
        "Українська правда",
        "Украинская правда",
        "УП",
    ),
    boilerplate=("укр рус eng", "клуб уп", "читайте також", "читайте также"),
    boilerplate_patterns=(_BYLINE,),
    published_patterns=(_BYLINE,),
    background_markers=(
        "background",
        "передісторія",
        "що передувало",
        "предыстория",
        "что предшествовало",
    ),
    # the same labels opening a paragraph of context: "Що передувало: У березні …"
    background_openers=(
        "background:",
        "передісторія:",
        "що передувало:",
        "предыстория:",
        "что предшествовало:",
    ),
    section_markers=(
        "source",
        "details",
        "updated",
        "update",
        "джерело",
        "деталі",
        "оновлено",
        "источник",
        "подробности",
        "обновлено",
    ),
    quote_labels=("quote", "пряма мова", "прямая речь"),
    source_labels=("source", "джерело", "источник"),
    quote_label_patterns=(
        # Quote from Zelensky:   Пряма мова Зеленського:   Прямая речь Зеленского:
        # (Quote from a 2019 interview: names no one)
        r"(?:Quote\s+from|Пряма\s+мова|Прямая\s+речь)\s+"
        r"(?:(?P<speaker>(?!(?i:an?|\d)[ \t\d])[^\n:]{1,60})|[^\n:]{1,60}):",
    ),
    marks_background=True,
)
