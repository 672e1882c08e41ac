"""Kommersant (kommersant.ru): Russian.

Conventions, as crawled pages show them:

* The paper calls itself «Ъ» (its hard sign) and its sources speak to it: "рассказал «Ъ»
  источник …", "В Минэнерго «Ъ» сообщили …", "выяснил «Ъ»": the paper's name for itself
  is no credit, and a name in marks that is only «Ъ» is no quotation.
* A quotation's attribution follows a comma and a dash without a space: "«…»,— сказал он".
* The author's name stands alone on a line under the headline; no dateline.
* Its own pictures are credited "Фото: Имя Фамилия, Коммерсантъ" on a line of their own,
  and a paper's story carries its issue line, "Газета «Коммерсантъ» №45 от 15.03.2026,
  стр. 2": furniture, and signs of the paper even on a short page with no «Ъ».
* «Ъ» may be set in the inner marks of a quotation: "“Ъ”".
* Background opens with "Как писал «Ъ» …" / "Как сообщал «Ъ» …" / "Ранее".
"""

from newsstruct.outlets import OutletRules

# its picture credit and its issue line, each a line of its own
_PHOTO = r"Фото:[ ][\p{L}.\- ]{3,60}?,[ ]Коммерсантъ"
_ISSUE = (
    r"Газета[ ]«Коммерсантъ»[ ]№[ ]?[\d/А-Я()\- ]{1,20}[ ]от[ ]\d{2}\.\d{2}\.\d{4}"
    r"(?:,[ ]стр\.[ ]\d+)?"
)

RULES = OutletRules(
    name="kommersant",
    title="Kommersant",
    languages=("ru",),
    signs=(
        r"(?<=[«\"“])Ъ[»\"”]",
        rf"^[ \t]*{_PHOTO}[ \t]*$",
        rf"^[ \t]*{_ISSUE}[ \t]*$",
        r"\b[Кк]ак\s+(?:ранее\s+)?(?:писал|сообщал)\s+[«\"]Коммерсантъ[»\"]",
    ),
    self_names=(
        "Ъ",
        "«Ъ»",
        '"Ъ"',
        "“Ъ”",
        "Коммерсантъ",
        "«Коммерсантъ»",
        "Коммерсанта",
        "Коммерсанту",
    ),
    boilerplate=("читайте также", "подробнее читайте"),
    background_openers=("как ранее писал «ъ»",),
    boilerplate_patterns=(_PHOTO, _ISSUE),
)
