"""Kommersant (kommersant.ru): Russian.

Conventions, as crawled pages show them:

* The paper calls itself «Ъ» (its hard sign) and its sources speak to it: "рассказал «Ъ»
  источник …", "В Минэнерго «Ъ» сообщили …", "выяснил «Ъ»": the paper's name for itself
  is no credit, and a name in marks that is only «Ъ» is no quotation.
* A quotation's attribution follows a comma and a dash without a space: "«…»,— сказал он".
* The author's name stands alone on a line under the headline; no dateline.
* Background opens with "Как писал «Ъ» …" / "Как сообщал «Ъ» …" / "Ранее".
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="kommersant",
    title="Kommersant",
    languages=("ru",),
    signs=(
        r"[«\"]Ъ[»\"]",
        r"\b[Кк]ак\s+(?:ранее\s+)?(?:писал|сообщал)\s+[«\"]Коммерсантъ[»\"]",
    ),
    self_names=("Ъ", "«Ъ»", '"Ъ"', "Коммерсантъ", "«Коммерсантъ»", "Коммерсанта", "Коммерсанту"),
    boilerplate=("читайте также", "подробнее читайте"),
    background_openers=("как ранее писал «ъ»",),
)
