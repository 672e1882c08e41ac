"""The endings of the past participles of Spanish and Portuguese (``publicados``,
``divulgadas``, ``recibido``), which describe a noun after it (``datos del INE publicados
hoy``, ``dados do INE divulgados hoje``).  Shared by the Spanish and Portuguese lexicons.
Data only."""

IBERIAN_PAST_PARTICIPLE_ENDINGS = ("ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas")
