"""TSN (tsn.ua), the news service of the 1+1 channel: Ukrainian, with Russian and English
editions.

Conventions, as crawled pages show them:

* Page chrome above the story: "ТСН у соціальних мережах", the language switcher ("Мова
  сайту", "ru", "en"), a rubric bar opening with "Наживо Усі публікації", and a block of
  labels whose values the crawl often loses: "Дата публікації", "Категорія", "Кількість
  переглядів" (a number), "Час на прочитання" (``2 хв``).
* The byline block: "Автор публікації", then "Фото автора: Name Name".
* Picture captions end with the credit after a slash and a copyright sign: ``Андрій
  Сибіга / © Associated Press``, ``… / © ТСН.ua``; a photo credit is no attribution.
* No dateline.

"ТСН" alone is no sign: other outlets cite the channel.
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="tsn",
    title="TSN",
    languages=("uk", "ru", "en"),
    signs=(
        r"^[ \t]*+(?:date[ ]\d{4}-\d{2}(?:-\d{2})?+[ ]++)?+ТСН\s+у\s+соціальних\s+мережах[ \t]*$",
        r"^[ \t]*Автор\s+публікації[ \t]*$",
        r"^[ \t]*Час\s+на\s+прочитання[ \t]*$",
        r"/[ ]©[ ]ТСН\.ua[ \t]*$",
    ),
    self_names=("ТСН", "ТСН.ua", "TSN", "TSN.ua"),
    boilerplate=(
        "тсн у соціальних мережах",
        "мова сайту",
        "наживо усі публікації",
        "дата публікації",
        "категорія",
        "кількість переглядів",
        "час на прочитання",
        "автор публікації",
        "фото автора:",
    ),
    boilerplate_patterns=(
        r"\d{1,3}+[ ]хв",  # the reading time
        r"\d{1,9}+",  # the view count
        r"ru|en|uk",  # the language switcher
        # a line of one to three words: the rubric, the picture's alt text, the author
        r"[\p{L}'’\-.]++(?:[ ][\p{L}'’\-.]++){0,2}+",
        r"[^\n]{1,200}?[ ]/[ ]©[ ][^\n]{1,60}+",  # a caption and its picture credit
    ),
)
