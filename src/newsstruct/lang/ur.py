"""Urdu lexicon (the standard Urdu of news agencies, papers and broadcasters).

Urdu shares Hindi's grammar and Persian's script.  Cue verbs are the verbs of saying of
Urdu news copy ("کہا", said; "بتایا", told; "پوچھا", asked; "لکھا", wrote) in the forms
news prints them, with the light-verb cues of two words as cue phrases ("اعلان کیا",
announced; "دعویٰ کیا", claimed; "واضح کیا", made clear).  The subject of a perfective
verb takes the ergative postposition "نے", a word of its own between the subject and the
verb, read as an auxiliary is: "بندرگاہ کے وزیر علی رضا نے کہا کہ C" (the port minister
Ali Raza said that C), "انہوں نے کہا کہ C", "“Q”، انہوں نے کہا۔".  "X کا کہنا تھا کہ C"
(X's saying was that C) gives X's words too.  "کہ" introduces reported content; "X کے
مطابق، C" credits X as "according to" does.  Urdu has no capital letters: a speaker is
the noun phrase before "نے" as written.

Sentences end at the Urdu full stop "۔"; the comma is "،" and the question mark "؟".
Quotation marks are the curly double and single marks and the straight double mark.
Background opens with "یاد رہے کہ" (let it be remembered that), "واضح رہے کہ" (let it be
clear that) or "خیال رہے کہ" (let it be kept in mind that).  Month names are the
Gregorian ones as Urdu spells them ("۴ مارچ"); function words are written with Urdu's own
letters ("ہ", "ے", "ں"), which tell Urdu from Persian and Arabic.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
کہا کہی کہے کہتا کہتی کہتے کہنا بتایا بتائی بتائے بتاتا بتاتی بتاتے بولا بولی بولے
پوچھا پوچھی پوچھے لکھا لکھی لکھے دہرایا دہرائی
"""

_COGNITION_VERBS = """
مانا مانی مانے مانتا مانتی مانتے سوچتا سوچتی سوچتے
"""

_ROLE_NOUNS = """
وزیر وزیراعظم وزیراعلیٰ وزیراعلی صدر ترجمان افسر افسران عہدیدار عہدیداروں چیئرمین
ڈائریکٹر سیکرٹری سیکریٹری ماہر ماہرین رہنما رکن اراکین کمشنر گورنر میئر سفیر جج
ڈاکٹر پروفیسر ذرائع سربراہ مشیر انسپکٹر حکام اہلکار اہلکاروں
"""

# written with Urdu's own letters: none of them is a Persian or an Arabic word
_STOPWORDS = """
ہے ہیں کے کی کا میں نے کو سے اور بھی یہ وہ تھا تھی تھے گیا گئی کہ لیے ہوں
"""

_POSTPOSITIONS = """
میں پر سے کو تک لیے ذریعے کے کی کا بعد پاس دوران ساتھ والا والی والے ہوئے
"""

_TIME_WORDS = """
آج کل منگل جمعرات جمعہ ہفتہ اتوار صبح شام رات
"""

LEXICON = Lexicon(
    code="ur",
    name="Urdu",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    cue_phrases=(
        "دعویٰ کیا",
        "دعوی کیا",
        "الزام عائد کیا",
        "الزام لگایا",
        "واضح کیا",
        "اعلان کیا",
        "خبردار کیا",
        "انکشاف کیا",
        "تصدیق کی",
        "یقین دہانی کرائی",
    ),
    question_cues=frozenset({"پوچھا", "پوچھی", "پوچھے"}),
    hedge_subjects=frozenset({"ہم"}),
    source_postpositions=frozenset({"مطابق"}),
    # "انہوں نے" (he or she, they: the ergative), "ان کا کہنا تھا" (his saying was)
    pronouns=frozenset({"انہوں", "انھوں", "اس", "ان", "وہ", "ہم"}),
    person_pronouns=frozenset({"انہوں", "انھوں", "اس", "ان", "وہ"}),
    genderless_pronouns=frozenset({"انہوں", "انھوں", "اس", "ان", "وہ"}),
    relative_pronouns=frozenset({"جو", "جنہوں", "جس"}),
    # not "میں": "I" and "in" are one word
    first_person=frozenset({"ہم", "ہمارا", "ہماری", "ہمارے", "میرا", "میری", "میرے"}),
    determiners=frozenset({"یہ", "کچھ", "تمام", "ہر"}),
    auxiliaries=frozenset({"نے", "کا", "ہے", "ہیں", "تھا", "تھی", "تھے", "بھی", "ہی"}),
    complementizers=frozenset({"کہ"}),
    conjunctions=frozenset({"اور", "لیکن", "یا", "تاہم", "مگر"}),
    list_conjunctions=frozenset({"اور", "یا"}),
    clause_openers=frozenset({"جو", "جب", "اگر", "کیونکہ", "کہ"}),
    question_words=frozenset({"کیا", "کون", "کب", "کہاں", "کیسے", "کیوں"}),
    bare_noun_subjects=True,
    pro_drop=True,
    zero_complementizer=False,
    prepositions=frozenset(_POSTPOSITIONS.split()),
    postpositional=True,
    # the genitive's postposition joins a body to its role: "وزارت خارجہ کے ترجمان"
    phrase_prepositions=frozenset({"کے", "کی", "کا"}),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"حکومت", "وزارت", "پولیس", "محکمہ", "کمیشن", "عدالت", "کمپنی"}),
    titles=frozenset({"جناب", "محترمہ"}),
    media_words=frozenset({"اے پی پی", "رائٹرز", "اے ایف پی", "بی بی سی", "آن لائن"})
    | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"فیس بک", "ٹوئٹر", "ایکس", "انسٹاگرام"}) | PLATFORMS,
    attribution_cues=("کے مطابق",),
    anaphoric_cues=("یہ بات کہی", "یہ بات بتائی", "ان خیالات کا اظہار"),
    background_markers=("پس منظر",),
    background_openers=("یاد رہے کہ", "واضح رہے کہ", "خیال رہے کہ", "یاد رہے", "واضح رہے"),
    section_markers=("یہ بھی پڑھیں", "مزید پڑھیں"),
    month_names=(
        ("جنوری",),
        ("فروری",),
        ("مارچ",),
        ("اپریل",),
        ("مئی",),
        ("جون",),
        ("جولائی",),
        ("اگست",),
        ("ستمبر",),
        ("اکتوبر",),
        ("نومبر",),
        ("دسمبر",),
    ),
    boilerplate=("یہ بھی پڑھیں:", "مزید پڑھیں:"),
    stopwords=frozenset(_STOPWORDS.split()),
)
