"""Women's first names of Danish and Norwegian news that end like men's (``Anne``,
``Mette``, ``Kari``, ``Ingrid``: no ``-a``), so that ``hun`` may stand for a person so
named.  Shared by the Danish and Norwegian lexicons.  Data only."""

_NAMES = """
anne ane hanne mette lone pernille trine line stine signe sofie louise marianne
birgitte helle tine rikke malene charlotte susanne lene dorthe jette bente merete
annette anette henriette margrethe lise else ellen ingrid astrid sigrid gitte mie
emilie caroline josefine julie kathrine katrine karen kirsten inger kari hilde marit
liv siri tone heidi berit gro eli randi solveig torill mari ragnhild gunhild kjersti
kristin karin elisabeth grete tove turid unni wenche åse ingvild silje marte ingeborg
guri vigdis jorunn hege sissel
"""

NORDIC_FEMININE_NAMES = frozenset(_NAMES.split())

# how one spoke, after the copula and before a colon and a quotation (Danish and Norwegian
# "Ministeren var klar: «Q»"): the subject speaks
NORDIC_MANNER_PREDICATES = frozenset(
    {
        "klar",
        "klare",
        "tydelig",
        "tydelige",
        "kategorisk",
        "kategoriske",
        "kontant",
        "kontante",
        "bestemt",
        "bestemte",
    }
)
