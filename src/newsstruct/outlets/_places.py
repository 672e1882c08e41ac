"""Cities that papers print as a dateline before a colon: ``NEW DELHI: The government …``,
``ISLAMABAD: …``, ``Dubai: …``, as the English-language papers of South Asia, the Gulf
and parts of Africa and South-East Asia print them.

Data, and the test of a name against it.  A capitalised word before a colon is a label
as often as a place (``UPDATE:``, ``EXCLUSIVE:``, a transcript's ``ROE:``), so the colon
dateline takes a known city only: the world's capitals and the cities that wires and
national papers file from, in English spelling, case-folded.
"""

import unicodedata

_CAPITALS = """
abu dhabi, abuja, accra, addis ababa, algiers, amman, amsterdam, ankara, antananarivo,
apia, ashgabat, asmara, astana, asuncion, athens, baghdad, baku, bamako, bangkok, bangui,
banjul, beijing, beirut, belgrade, belmopan, berlin, bern, bishkek, bissau, bogota,
brasilia, bratislava, brazzaville, bridgetown, brussels, bucharest, budapest, buenos
aires, bujumbura, cairo, canberra, caracas, castries, chisinau, colombo, conakry,
copenhagen, dakar, damascus, dhaka, dili, djibouti, dodoma, doha, dublin, dushanbe,
freetown, funafuti, gaborone, georgetown, gitega, guatemala city, hanoi, harare, havana,
helsinki, honiara, islamabad, jakarta, jerusalem, juba, kabul, kampala, kathmandu,
khartoum, kigali, kingston, kinshasa, kuala lumpur, kuwait city, kyiv, kiev, la paz,
libreville, lilongwe, lima, lisbon, ljubljana, lome, london, luanda, lusaka, luxembourg,
madrid, majuro, malabo, managua, manama, manila, maputo, maseru, mbabane, mexico
city, minsk, mogadishu, monaco, monrovia, montevideo, moroni, moscow, muscat, nairobi,
nassau, naypyidaw, n'djamena, new delhi, niamey, nicosia, nouakchott, nuku'alofa, nuuk,
oslo, ottawa, ouagadougou, palikir, panama city, paramaribo, paris, phnom penh,
podgorica, port louis, port moresby, port of spain, port-au-prince, porto-novo, prague,
praia, pretoria, pristina, putrajaya, pyongyang, quito, rabat, reykjavik, riga, riyadh,
rome, roseau, san jose, san marino, san salvador, sanaa, santiago, santo domingo, sao
tome, sarajevo, seoul, singapore, skopje, sofia, stockholm, suva, taipei, tallinn,
tashkent, tbilisi, tegucigalpa, tehran, thimphu, tirana, tokyo, tripoli, tunis,
ulaanbaatar, vaduz, valletta, vienna, vientiane, vilnius, warsaw, washington,
wellington, windhoek, yamoussoukro, yaounde, yerevan, zagreb
"""

# the cities that national papers and wires file from, beyond the capitals
_CITIES = """
agra, ahmedabad, allahabad, amritsar, aurangabad, bengaluru, bangalore, bhopal,
bhubaneswar, chandigarh, chennai, coimbatore, dehradun, gandhinagar, guwahati, gurugram,
gurgaon, hyderabad, imphal, indore, jaipur, jammu, kanpur, kochi, kolkata, kozhikode,
lucknow, madurai, mangaluru, mumbai, mysuru, nagpur, noida, panaji, patna, puducherry,
pune, raipur, ranchi, shillong, shimla, srinagar, surat, thane, thiruvananthapuram,
vadodara, varanasi, visakhapatnam, vijayawada,
abbottabad, bahawalpur, faisalabad, gilgit, gujranwala, gwadar, karachi,
lahore, larkana, multan, muzaffarabad, peshawar, quetta, rawalpindi, sialkot, sukkur,
chittagong, chattogram, khulna, rajshahi, sylhet, kandy, jaffna, galle, pokhara,
kandahar, herat, mazar-i-sharif, jalalabad,
lagos, ibadan, kano, kaduna, port harcourt, enugu, benin city, abeokuta, owerri, jos,
ilorin, maiduguri, calabar, uyo, akure, asaba, sokoto, yola, makurdi, lokoja, awka,
mombasa, kisumu, nakuru, eldoret, nyeri, garissa, arusha, dar es salaam, zanzibar,
entebbe, goma, johannesburg, cape town, durban, bulawayo, kumasi, tamale, douala,
alexandria, casablanca, benghazi,
cebu, cebu city, davao, davao city, quezon city, makati, pasig, taguig, iloilo,
zamboanga, baguio, cagayan de oro, bacolod,
sydney, melbourne, brisbane, perth, adelaide, hobart, darwin, gold coast, auckland,
christchurch,
dubai, sharjah, jeddah, mecca, medina, dammam, basra, erbil, mosul, gaza, ramallah,
tel aviv, istanbul, izmir, karaj, mashhad, isfahan, aden,
hong kong, macau, shanghai, guangzhou, shenzhen, osaka, busan, ho chi minh city,
surabaya, bali, penang, johor bahru, kota kinabalu, kuching, yangon, mandalay, chiang mai,
bandung, medan, semarang, makassar, yogyakarta, denpasar, palembang, batam, balikpapan,
pekanbaru, padang, malang, bogor, bekasi, tangerang, depok, surakarta, pontianak, manado,
banjarmasin, jayapura, kupang, mataram, ambon, banda aceh, samarinda, jambi, bengkulu,
bandar lampung, cirebon, george town, ipoh, malacca, melaka, shah alam,
new york, los angeles, chicago, houston, san francisco, geneva, zurich, frankfurt, munich,
milan, barcelona, the hague, kharkiv, lviv, odesa, odessa, dnipro, st petersburg,
novi sad, tartu, kaunas, klaipeda, daugavpils, toronto, vancouver,
montreal, rio de janeiro, sao paulo
"""

#: The cities, case-folded and without accents (a name that a line break splits in the
#: lists above is joined with a space: "buenos aires").
COLON_CITIES = frozenset(
    " ".join(city.split())
    for block in (_CAPITALS, _CITIES)
    for city in block.split(",")
    if city.strip()
)


def is_colon_city(place: str) -> bool:
    """Whether each city of a place (``LAHORE/KARACHI``) is one of :data:`COLON_CITIES`,
    in any case and accents aside (``BOGOTÁ``).

    >>> is_colon_city("NEW DELHI"), is_colon_city("Bogotá/Lima"), is_colon_city("UPDATE")
    (True, True, False)
    """
    return all(_folded(city) in COLON_CITIES for city in place.split("/"))


def _folded(city: str) -> str:
    """A city's name case-folded, without accents, its apostrophe plain."""
    spelled = unicodedata.normalize("NFKD", city)
    plain = "".join(c for c in spelled if not unicodedata.combining(c))
    return plain.casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
