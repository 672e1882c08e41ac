"""Bengali lexicon (the standard Bengali of news agencies and papers, Bangladesh and India).

Cue verbs are the verbs of saying of Bengali news copy in the forms news prints them:
"বলেন", "বলেছেন", "বললেন" (said), "জানান", "জানিয়েছেন" (told, informed), with the
light-verb cues of two words as cue phrases ("দাবি করেন", claimed; "উল্লেখ করেন",
mentioned).  The subject opens the sentence, the cue follows it with a comma and the
words said: "পরিবহনমন্ত্রী রফিক হাসান বলেন, C" (the transport minister Rafiq
Hasan said, C), "তিনি বলেন, “Q”"; or the words said come first and the cue and its
subject close the sentence: "“Q,” বলেন তিনি।".  "যে" introduces reported content where it
is written.  "X অনুযায়ী, C", "X মতে, C" and "X সূত্রে, C" credit X as "according to" does.
Bengali has no capital letters: a speaker is the noun phrase before the cue as written.

Sentences end at the danda "।".  Quotation marks are the curly double marks, the single
ones and the straight marks.  Background opens with "উল্লেখ্য" (it is to be noted) or
"প্রসঙ্গত" (in this connection).  Dates are written with Bengali digits or Latin ones
(৪ মার্চ).
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
বলেন বলেছেন বললেন বলছেন বলেছিলেন বলেছে বলছে বলেছিল বলল বললো বলেছি
জানান জানিয়েছেন জানালেন জানাচ্ছেন জানিয়েছিলেন জানায় জানিয়েছে জানাচ্ছে জানিয়েছিল
জানাল জানালো
লেখেন লিখেছেন লিখেছে লিখেছিলেন
"""

_ROLE_NOUNS = """
মন্ত্রী প্রধানমন্ত্রী মুখ্যমন্ত্রী রাষ্ট্রপতি প্রেসিডেন্ট মুখপাত্র কর্মকর্তা কর্মকর্তারা
চেয়ারম্যান সভাপতি পরিচালক সচিব বিশেষজ্ঞ নেতা সাংসদ বিধায়ক কমিশনার প্রশাসক
চিকিৎসক ডাক্তার অধ্যাপক সূত্র রাষ্ট্রদূত মেয়র মহাপরিচালক উপাচার্য সদস্য প্রতিমন্ত্রী
উপদেষ্টা সম্পাদক ওসি
"""

_STOPWORDS = """
এবং ও এই সেই একটি এক থেকে জন্য করে হয় হবে হয়েছে ছিল না নয় যে কিন্তু তবে
আর তার তাঁর তাদের তাঁদের এর করা হয়
"""

_POSTPOSITIONS = """
পর থেকে পর্যন্ত জন্য সঙ্গে সাথে কাছে পরে আগে মধ্যে সময় দিয়ে নিয়ে বিষয়ে ব্যাপারে
"""

_TIME_WORDS = """
আজ গতকাল আগামীকাল সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার রোববার
সকালে বিকেলে সন্ধ্যায় রাতে দুপুরে
"""

LEXICON = Lexicon(
    code="bn",
    name="Bengali",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset(_SPEECH_VERBS.split()),
    cue_phrases=(
        "দাবি করেন",
        "দাবি করেছেন",
        "অভিযোগ করেন",
        "অভিযোগ করেছেন",
        "উল্লেখ করেন",
        "উল্লেখ করেছেন",
        "মন্তব্য করেন",
        "মন্তব্য করেছেন",
        "যোগ করেন",
        "আশ্বাস দেন",
        "ঘোষণা দেন",
        "সতর্ক করেন",
        "প্রশ্ন করেন",
        "জানতে চান",
        "জিজ্ঞেস করেন",
        "জিজ্ঞেস করেছেন",
        "মনে করেন",
        "মনে করছেন",
    ),
    hedge_subjects=frozenset({"আমি", "আমরা"}),
    source_postpositions=frozenset({"অনুযায়ী", "মতে", "সূত্রে"}),
    pronouns=frozenset({"তিনি", "তাঁরা", "তারা", "সে", "উনি", "আমি", "আমরা"}),
    person_pronouns=frozenset({"তিনি", "সে", "উনি"}),
    genderless_pronouns=frozenset({"তিনি", "সে", "উনি"}),
    relative_pronouns=frozenset({"যিনি", "যারা", "যাঁরা"}),
    first_person=frozenset({"আমি", "আমরা", "আমার", "আমাদের"}),
    determiners=frozenset({"এই", "ওই", "সেই", "এ", "এক", "একটি", "কিছু", "সব", "প্রতি"}),
    auxiliaries=frozenset({"ও", "আরও"}),
    complementizers=frozenset({"যে"}),
    conjunctions=frozenset({"এবং", "ও", "কিন্তু", "তবে", "অথবা", "বা"}),
    list_conjunctions=frozenset({"এবং", "ও", "অথবা", "বা"}),
    clause_openers=frozenset({"যখন", "যদি", "কারণ", "যে"}),
    question_words=frozenset({"কী", "কি", "কে", "কখন", "কোথায়", "কীভাবে", "কেন"}),
    bare_noun_subjects=True,
    pro_drop=True,
    comma_complement=True,
    zero_complementizer=False,
    oblique_case_endings=("তে", "কে", "দের"),
    prepositions=frozenset(_POSTPOSITIONS.split()),
    postpositional=True,
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # a ministry's minister is written as one word ("পরিবহনমন্ত্রী", "স্বাস্থ্যমন্ত্রী")
    role_heads=("মন্ত্রী", "সচিব", "কর্মকর্তা", "পরিচালক"),
    thing_nouns=frozenset({"সরকার", "মন্ত্রণালয়", "পুলিশ", "বিভাগ", "কমিশন", "আদালত", "কোম্পানি"}),
    titles=frozenset({"ড", "জনাব", "শ্রী", "শ্রীমতী", "বেগম"}),
    abbreviations=frozenset({"ড"}),
    media_words=frozenset({"বাসস", "ইউএনবি", "পিটিআই", "এএফপি", "রয়টার্স"}) | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"ফেসবুক", "টুইটার", "এক্স"}) | PLATFORMS,
    attribution_cues=("অনুযায়ী",),
    anaphoric_cues=("এ কথা বলেন", "এ তথ্য জানান", "এ তথ্য জানিয়েছেন"),
    anaphors=("এ তথ্য", "এ কথা"),
    background_markers=("পটভূমি",),
    background_openers=("উল্লেখ্য", "প্রসঙ্গত"),
    section_markers=("আরও পড়ুন", "ভিডিও"),
    month_names=(
        ("জানুয়ারি", "জানুয়ারী"),
        ("ফেব্রুয়ারি", "ফেব্রুয়ারী"),
        ("মার্চ",),
        ("এপ্রিল",),
        ("মে",),
        ("জুন",),
        ("জুলাই",),
        ("আগস্ট",),
        ("সেপ্টেম্বর",),
        ("অক্টোবর",),
        ("নভেম্বর",),
        ("ডিসেম্বর",),
    ),
    boilerplate=("আরও পড়ুন:",),
    stopwords=frozenset(_STOPWORDS.split()),
)
