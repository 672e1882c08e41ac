"""Hindi lexicon (the standard Hindi of news agencies and papers).

Cue verbs are the verbs of saying of Hindi news copy ("कहा", said; "बताया", told;
"बोले"; "जोड़ा", added) in the forms news prints them, with the light-verb cues of two
words as cue phrases ("दावा किया", claimed; "जानकारी दी", informed).  The subject of a
perfective verb takes the ergative postposition "ने", a word of its own between the
subject and the verb, read as an auxiliary is: "बंदरगाह मंत्री राकेश वर्मा ने कहा कि C"
(the port minister Rakesh Verma said that C), "उन्होंने कहा, “Q”", "“Q”, उन्होंने कहा।".
"कि" introduces reported content; "X के अनुसार, C" credits X as "according to" does.
Hindi has no capital letters: a speaker is the noun phrase before "ने" as written.

Sentences end at the danda "।".  Quotation marks are the curly and straight double marks.
Background opens with "गौरतलब है कि" or "उल्लेखनीय है कि" (it is worth noting that) or
"बता दें कि" (let us tell you that).
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
कहा कहे कहता कहती कहते बताया बताई बताए बताती बताते बोला बोली बोले जोड़ा जोड़ी
पूछा पूछी पूछे लिखा लिखी लिखे दोहराया दोहराई चेताया कहना
"""

_COGNITION_VERBS = """
माना मानी माने मानता मानती मानते सोचता सोचती सोचते
"""

_ROLE_NOUNS = """
मंत्री प्रधानमंत्री मुख्यमंत्री राष्ट्रपति प्रवक्ता अधिकारी अधिकारियों अध्यक्ष निदेशक सचिव
विशेषज्ञ नेता सांसद विधायक आयुक्त जिलाधिकारी डॉक्टर प्रोफेसर सूत्र सूत्रों राजदूत
महापौर महानिदेशक उपाध्यक्ष सदस्य
"""

_STOPWORDS = """
है हैं था थी थे और के की का में से को ने कि यह वह पर भी लिए एक नहीं इस उस गया गई
"""

_POSTPOSITIONS = """
में पर से को तक लिए द्वारा के की का बाद पास दौरान साथ वाला वाली वाले
"""

_TIME_WORDS = """
आज कल सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार सुबह शाम रात
"""

LEXICON = Lexicon(
    code="hi",
    name="Hindi",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    cue_phrases=(
        "दावा किया",
        "आरोप लगाया",
        "स्पष्ट किया",
        "जानकारी दी",
        "घोषणा की",
        "चेतावनी दी",
        "आश्वासन दिया",
    ),
    question_cues=frozenset({"पूछा", "पूछी", "पूछे"}),
    hedge_subjects=frozenset({"मैं", "हम"}),
    source_postpositions=frozenset({"अनुसार"}),
    pronouns=frozenset({"उन्होंने", "उसने", "वह", "वे", "मैं", "हम", "मैंने", "हमने"}),
    person_pronouns=frozenset({"उन्होंने", "उसने", "वह"}),
    genderless_pronouns=frozenset({"उन्होंने", "उसने", "वह"}),
    relative_pronouns=frozenset({"जो", "जिन्होंने", "जिसने"}),
    first_person=frozenset({"मैं", "हम", "मैंने", "हमने", "हमारा", "हमारी", "मेरा", "मेरी"}),
    determiners=frozenset({"यह", "इस", "उस", "ये", "कुछ", "सभी", "हर"}),
    auxiliaries=frozenset({"ने", "है", "हैं", "था", "थी", "थे", "भी", "ही"}),
    complementizers=frozenset({"कि"}),
    conjunctions=frozenset({"और", "लेकिन", "या", "तथा", "एवं"}),
    list_conjunctions=frozenset({"और", "या", "तथा", "एवं"}),
    clause_openers=frozenset({"जो", "जब", "अगर", "क्योंकि", "कि"}),
    question_words=frozenset({"क्या", "कौन", "कब", "कहां", "कहाँ", "कैसे", "क्यों"}),
    bare_noun_subjects=True,
    pro_drop=True,
    zero_complementizer=False,
    prepositions=frozenset(_POSTPOSITIONS.split()),
    postpositional=True,
    # the genitive's postposition joins a body to its role: "विदेश मंत्रालय के प्रवक्ता"
    phrase_prepositions=frozenset({"के", "की", "का"}),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"सरकार", "मंत्रालय", "पुलिस", "विभाग", "आयोग", "अदालत", "कंपनी"}),
    titles=frozenset({"श्री", "श्रीमती", "डॉ", "प्रो"}),
    abbreviations=frozenset({"डॉ", "प्रो"}),
    # the wires, and the Hindi services of PTI and UNI as their datelines credit them
    # ("नयी दिल्ली, चार मार्च (भाषा)", "(वार्ता)", "(यूनीवार्ता)"), and a paper's "(एजेंसी)"
    media_words=frozenset({"पीटीआई", "एएनआई", "आईएएनएस", "भाषा", "वार्ता", "यूनीवार्ता", "एजेंसी"})
    | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"फेसबुक", "ट्विटर", "एक्स"}) | PLATFORMS,
    attribution_cues=("के अनुसार",),
    anaphoric_cues=("यह जानकारी दी", "यह बात कही"),
    background_markers=("पृष्ठभूमि",),
    background_openers=("गौरतलब है कि", "उल्लेखनीय है कि", "बता दें कि"),
    section_markers=("यह भी पढ़ें", "वीडियो"),
    month_names=(
        ("जनवरी",),
        ("फरवरी", "फ़रवरी"),
        ("मार्च",),
        ("अप्रैल",),
        ("मई",),
        ("जून",),
        ("जुलाई",),
        ("अगस्त",),
        ("सितंबर", "सितम्बर"),
        ("अक्टूबर", "अक्तूबर"),
        ("नवंबर", "नवम्बर"),
        ("दिसंबर", "दिसम्बर"),
    ),
    boilerplate=("यह भी पढ़ें:",),
    stopwords=frozenset(_STOPWORDS.split()),
)
