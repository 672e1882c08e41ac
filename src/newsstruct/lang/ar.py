"""Arabic lexicon (Modern Standard Arabic of news copy).

Cue verbs are the verbs of saying of Arabic wire and web copy (Reuters, AFP, Al Jazeera
style: "قال", "أضاف", "أكد", "أوضح", "أشار", "صرح", "أعلن", "ذكر", "شدد") with the
cognition verbs that ANNOTATION.md counts as cues ("يعتقد", "رأى", "توقع", "اعتبر").
Each is listed in the past of the third person, masculine and feminine, and in the
present, alone and with the conjunction written onto it ("وقال", "وأضافت", "فقال"),
since a news sentence opens with "و" (and) as often as not.

The sentence puts the verb first: "قال الوزير إن C" (said the minister that C), "وقال
حسن للصحفيين: «Q»"; "إن" after "قال", "أن" or "بأن" after the others, introduce the
content.  "وفقا لـ X" and "بحسب X" credit X as "according to" does.  Arabic has no
capital letters: a name is told from the words around it only by what ends it (the
complementizer, a preposition, a time phrase, an addressee such as "للصحفيين" or a manner
adverb such as "بوضوح"), so a speaker is the noun phrase after the cue as written
("وزير المالية أحمد حسن").  An unnamed source is described by the body it serves in
("قال مصدر في الوزارة لرويترز إن C", said a source in the ministry to Reuters that C):
"في" and a body noun after a role noun are the speaker's; a phrase of where ("في مؤتمر
صحفي") and an outlet told ("لرويترز") before the complementizer are no part of it.

Quotation marks are guillemets « » or straight and curly double marks; the comma is
"،" and the question mark "؟".  Background opens with "وكان" (and had been), "يذكر أن"
or "وكانت".
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# the past (he, she), then the present (he, she) where news prints it; each also with
# "و" (and) and "ف" (so) written onto it, added below
_SPEECH_VERBS = """
قال قالت يقول تقول
أضاف أضافت يضيف تضيف
أكد أكدت يؤكد تؤكد
أوضح أوضحت يوضح توضح
أشار أشارت يشير تشير
صرح صرحت يصرح تصرح
أعلن أعلنت يعلن تعلن
ذكر ذكرت يذكر تذكر
شدد شددت يشدد تشدد
لفت لفتت
أفاد أفادت يفيد تفيد
كشف كشفت يكشف تكشف
نفى نفت ينفي تنفي
طالب طالبت يطالب تطالب
دعا دعت يدعو تدعو
حذر حذرت يحذر تحذر
تابع تابعت
أردف أردفت
اختتم اختتمت
أبلغ أبلغت
أخبر أخبرت
كتب كتبت يكتب تكتب
سأل سألت يسأل تسأل
أجاب أجابت
أقر أقرت
اعترف اعترفت
زعم زعمت
وعد وعدت
بين بينت
"""

_COGNITION_VERBS = """
يعتقد تعتقد اعتقد
رأى رأت يرى ترى
توقع توقعت يتوقع تتوقع
اعتبر اعتبرت يعتبر تعتبر
أعرب أعربت
"""

# verbs of relaying another's words: the subject is the channel, the source follows
# "عن" (from): "ونقلت الوكالة عن الوزير قوله إن C"
_QUOTING_VERBS = """
نقل نقلت ينقل تنقل
"""

_STEMS = (_SPEECH_VERBS + _COGNITION_VERBS + _QUOTING_VERBS).split()

_OBJECT_VERBS = """
قال قالت أبلغ أبلغت أخبر أخبرت طالب طالبت دعا دعت
"""

_CONTROL_VERBS = """
طالب طالبت يطالب تطالب دعا دعت يدعو تدعو
"""

# with the article written onto them ("الوزير", the minister) and without ("وزير المالية")
_ROLE_NOUNS = """
وزير الوزير وزيرة الوزيرة رئيس الرئيس رئيسة المتحدث المتحدثة متحدث الناطق ناطق مدير
المدير مديرة محافظ المحافظ سفير السفير خبير الخبير مسؤول المسؤول مسؤولة المسؤولة قائد
القائد نائب النائب أمين الأمين عضو العضو مصدر المصدر مصادر المصادر محلل المحلل
"""

_STOPWORDS = """
في من على إلى عن أن إن التي الذي هذا هذه ذلك تلك مع بعد قبل كان كانت قد لم لا
وقال وأضاف وفقا بحسب الحكومة خلال بين حيث أيضا عام يوم
"""

_PREPOSITIONS = """
في من على إلى عن مع بعد قبل خلال عند لدى حول ضد منذ حتى
"""

_TIME_WORDS = """
يوم اليوم أمس غدا الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد صباح مساء
الأسبوع الشهر الماضي الماضية
"""

# "and", written onto the next word
_AND = "و"
# "according to" that takes its source with "ل" (to) written onto it
_WAFQAN = ("وفقا", "وفقاً")
# "according to": the phrases that credit a source before it
_ACCORDING = (*_WAFQAN, "بحسب", "حسب", "وفق", "نقلا عن", "نقلاً عن")


def _with_conjunctions(words: list[str]) -> frozenset[str]:
    """The words, and each with "و" (and) or "ف" (so) written onto it."""
    return frozenset(words + [_AND + w for w in words] + ["ف" + w for w in words])


# "saying", after a verb of going on or adding whose subject is dropped: "وتابع قائلا: «Q»"
# (and he went on, saying: "Q") is one cue
_SAYING = ("قائلا", "قائلاً", "قائلة", "قائلةً")
_GOING_ON = ["أضاف", "أضافت", "تابع", "تابعت", "أردف", "أردفت", "اختتم", "اختتمت"]


# nouns of the media: with "لل" (to the) written onto them ("للصحيفة") whom the words
# were said to
_MEDIA_NOUNS = "صحيفة جريدة وكالة قناة إذاعة تلفزيون موقع مجلة"

LEXICON = Lexicon(
    code="ar",
    name="Arabic",
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=_with_conjunctions(_STEMS),
    object_cue_verbs=_with_conjunctions(_OBJECT_VERBS.split()),
    quoting_verbs=_with_conjunctions(_QUOTING_VERBS.split()),
    quoting_prepositions=frozenset({"عن"}),
    # "قوله" (his saying), "قولها", "قولهم": the relayed words before the complementizer
    words_nouns=frozenset({"قوله", "قولها", "قولهم", "قولهن", "قولهما"}),
    control_cue_verbs=_with_conjunctions(_CONTROL_VERBS.split()),
    question_cues=_with_conjunctions(["سأل", "سألت", "يسأل", "تسأل"]),
    cue_phrases=tuple(
        sorted(f"{verb} {saying}" for verb in _with_conjunctions(_GOING_ON) for saying in _SAYING)
    ),
    thought_cues=frozenset({"أعتقد", "نعتقد", "أرى", "نرى", "أتوقع", "نتوقع"}),
    hedge_subjects=frozenset({"أنا", "نحن", "أنت", "أنتم"}),
    # and with "و" (and) written onto them, as a sentence of news opens ("وبحسب الشرطة، C")
    source_phrases=(*_ACCORDING, *(_AND + p for p in _ACCORDING if p != "وفق")),
    # "وفقا للوزارة", "وفقا لـ وزارة الصحة": "ل" (to) written onto the source; before the
    # article "ال" its alif drops ("لل")
    written_prepositions=tuple(
        (phrase, preposition, article)
        for phrase in (*_WAFQAN, *(_AND + p for p in _WAFQAN))
        for preposition, article in (("لل", "ال"), ("لـ", ""), ("ل", ""))
    ),
    pronouns=frozenset({"هو", "هي", "هم", "أنا", "نحن"}),
    person_pronouns=frozenset({"هو", "هي"}),
    addressee_prefixes=("ل",),
    # "يذكر أن C", "ويشار إلى أن C" (it is mentioned, pointed out): the writer's note, no
    # speaker (with a subject the verb is active: "يذكر الوزير أن C")
    impersonal_cues=frozenset({"يذكر", "ويذكر", "يشار", "ويشار"}),
    # whom the words were said to: the press, a medium with its article ("للصحيفة", to the
    # newspaper; "لوكالة رويترز" is read as the outlet told)
    audience_nouns=frozenset(
        {"للصحفيين", "للصحافيين", "للصحافة", "لوسائل"}
        | {f"لل{noun}" for noun in _MEDIA_NOUNS.split()}
    ),
    # an interview, a dialogue where the words were said: "وفي مقابلة مع الإذاعة قال
    # الوزير إن C" (the outlet after it is the channel)
    medium_nouns=frozenset({"مقابلة", "حوار"}),
    # how it was said, between the subject and the content: clearly, strongly, again,
    # also, frankly, repeatedly
    manner_adverbs=frozenset(
        {"بوضوح", "بشدة", "مجددا", "مجدداً", "أيضا", "أيضاً", "كذلك", "بصراحة", "صراحة", "مرارا"}
        | set(_SAYING)  # "وأضاف الوزير قائلا: «Q»": saying, no part of the speaker
    ),
    relative_pronouns=frozenset({"الذي", "التي", "الذين"}),
    first_person=frozenset({"أنا", "نحن", "لنا", "لدينا", "إننا", "إنني"}),
    determiners=frozenset({"هذا", "هذه", "ذلك", "تلك", "كل", "بعض"}),
    # (and "حسبما", as: "C، حسبما أفاد الدفاع المدني" reads as "C، كما أفاد X")
    auxiliaries=frozenset({"قد", "لقد", "كما", "أيضا", "أيضاً", "حسبما", "وحسبما"}),
    # "بحسب المتحدث، فإن C": "فإن" (so that) opens the content after "according to"
    complementizers=frozenset({"إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "فإن"}),
    # "وأشار الوزير إلى أن C" (pointed to that C), "ولفت إلى أن C"
    content_prepositions=frozenset({"إلى"}),
    conjunctions=frozenset({"و", "لكن", "أو", "ثم"}),
    # "and" written onto the next word: "وغادر" (and left) after a quotation is the
    # writer's next predicate (no article_prefixes: "أن", "إن" are words of their own,
    # so no complementizer is written onto an article's noun to split)
    conjunction_prefixes=(_AND,),
    list_conjunctions=frozenset({"و", "أو"}),
    clause_openers=frozenset({"ما", "من", "إذا", "لأن", "عندما", "حيث", "الذي", "التي"}),
    question_words=frozenset({"ما", "ماذا", "من", "متى", "أين", "كيف", "لماذا", "هل"}),
    bare_noun_subjects=True,
    pro_drop=True,
    verbal_cues=True,
    zero_complementizer=False,
    # and with "و" (and) written onto them, as a sentence opens ("وفي مؤتمر صحفي قال X")
    prepositions=frozenset(w for p in _PREPOSITIONS.split() for w in (p, _AND + p)),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"الوزارة", "الحكومة", "الشرطة", "الجيش", "البيان", "المحكمة"}),
    # bodies an unnamed speaker serves in, after "في" (in): "مصدر في الوزارة", a source in
    # the ministry
    body_nouns=frozenset(
        {"الوزارة", "الحكومة", "الشرطة", "الجيش", "المحكمة", "الشركة", "البرلمان", "الرئاسة"}
    ),
    place_prepositions=frozenset({"في"}),
    media_words=frozenset(
        {
            "رويترز",
            "فرانس برس",
            "الجزيرة",
            "الأناضول",
            "العربية",
            "وكالة",
            "الوكالة",
            "صحيفة",
            "قناة",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"وكالة", "الوكالة"}),
    platform_words=frozenset({"فيسبوك", "تويتر", "إكس"}) | PLATFORMS,
    attribution_cues=("وفقا", "بحسب", "نقلا عن"),
    anaphoric_cues=("جاء ذلك", "وجاء ذلك", "جاء ذلك في"),
    background_markers=("خلفية",),
    # (the note's verb with and too: "ويذكر أن C", "ويشار إلى أن C")
    background_openers=(
        *("وكان", "وكانت", "يذكر أن", "يشار إلى أن", "وكانت قد", "وكان قد"),
        *("ويذكر أن", "ويشار إلى أن"),
    ),
    section_markers=("اقرأ أيضا", "اقرأ أيضاً", "فيديو"),
    month_names=(
        ("يناير", "كانون الثاني"),
        ("فبراير", "شباط"),
        ("مارس", "آذار"),
        ("أبريل", "إبريل", "نيسان"),
        ("مايو", "أيار"),
        ("يونيو", "حزيران"),
        ("يوليو", "تموز"),
        ("أغسطس", "آب"),
        ("سبتمبر", "أيلول"),
        ("أكتوبر", "تشرين الأول"),
        ("نوفمبر", "تشرين الثاني"),
        ("ديسمبر", "كانون الأول"),
    ),
    boilerplate=("اقرأ أيضا:", "المصدر:"),
    stopwords=frozenset(_STOPWORDS.split()),
)
