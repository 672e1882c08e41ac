"""UNN (Ukrainian News Agency): English, Ukrainian and Russian editions.

Conventions (see OUTLETS.md): a ``Kyiv • UNN`` line under the headline, or the older
inline ``КИЇВ. 17 квітня. УНН.``; the lead closes with a self-credit ("UNN reports",
"передає УНН"); quotes are set as paragraphs of their own without marks; background
follows a standalone "Recall" / "Нагадаємо" / "Напомним".
"""

from newsstruct.outlets import OutletRules

RULES = OutletRules(
    name="unn",
    title="UNN",
    languages=("en", "uk", "ru"),
    signs=(
        r"^\s*\p{Lu}[\p{L}\- ]{1,40}\s*•\s*(?:UNN|УНН)\s*$",
        r"\bUNN\s+reports\b",
        r"\b(?:writes|according\s+to)\s+UNN\b",
        r"(?:передає|пише|передает|пишет)\s+УНН\b",
        r"^\s*(?:КИЇВ|КИЕВ)\.\s+\d{1,2}\s+\p{L}+\.\s+УНН\.",
        r"•\s*\d+\s+(?:переглядів|просмотров|views)\b",
    ),
    dateline_patterns=(
        r"^(?P<place>\p{Lu}\p{L}+)\.\s+(?P<date>\d{1,2}\s+\p{L}+)\.\s+(?P<agency>УНН|UNN)",
    ),
    self_names=("UNN", "УНН"),
    boilerplate=("popular", "news by theme", "популярні", "новини за темою", "популярное"),
    background_markers=("recall", "let us remind you", "нагадаємо", "напомним", "доповнення"),
    section_markers=("details", "деталі", "подробности"),
    quote_labels=("цитата", "quote"),
    bare_quote_paragraphs=True,
)
