"""Particles of personal names printed in Latin letters in any language's news (``Ursula
von der Leyen``, ``Penélope de la Cruz``, ``Mohammed bin Salman``): lower-case words that
stand between the capitalised words of one name.  Every lexicon shares them unless it sets
its own.  And first names that more than one language's lexicon lists.  Data only."""

NAME_PARTICLES = frozenset(
    {
        # Dutch and German
        "van",
        "van den",
        "van der",
        "von",
        "von den",
        "von der",
        "der",
        "ter",
        # Romance
        "de",
        "de la",
        "da",
        "del",
        "la",
        # Arabic
        "al",
        "bin",
        "ibn",
    }
)

# men's first names in -а of Bulgarian and Macedonian news, that the ending would call
# women's
SOUTH_SLAVIC_MEN_IN_A = frozenset({"никола", "лука", "коста", "сава", "тома"})
