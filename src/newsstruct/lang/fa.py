"""Persian lexicon (the standard Persian of news agencies and papers).

Cue verbs are the verbs of saying of Persian news copy ("گفت", said; "افزود", added;
"نوشت", wrote; "پرسید", asked) in the past and the present of the third person, with the
light-verb cues of two words as cue phrases ("اعلام کرد", announced; "تأکید کرد",
stressed; "اظهار داشت", stated; "توضیح داد", explained).  The subject opens the sentence
and the verb closes its clause; the words said follow the verb, after a colon or "که"
(that), or with no word between: "سخنگوی پلیس روز دوشنبه گفت: «Q»", "وی افزود که C",
"شهردار گفت پل بسته می‌ماند".  "به گفته X، C" credits X as "according to" does, and
"به گزارش X" credits an outlet.  Persian has no capital letters: a speaker is the noun
phrase before the cue as written.

Quotation marks are guillemets « » or straight and curly double marks; the comma is "،"
and the question mark "؟".  The present prefix "می" is written onto its verb with a
zero-width non-joiner ("می‌گوید") or with a space ("می گوید"); both are listed.  Background
opens with "پیش از این" (before this), "گفتنی است" (it is worth saying) or "یادآور
می‌شود" (it is recalled).
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_ZWNJ = "\N{ZERO WIDTH NON-JOINER}"

# the past (he, they), then the present stem after "می" (he, they)
_PAST = """
گفت گفتند افزود افزودند نوشت نوشتند پرسید پرسیدند
"""
_PRESENT = """
گوید گویند افزاید افزایند نویسد نویسند پرسد پرسند
"""

# the light verbs' nouns, each with the past of "کرد" (did), "داد" (gave), "داشت" (had)
_LIGHT = {
    "کرد": "اعلام تأکید تاکید خاطرنشان تصریح عنوان اضافه اذعان ابراز بیان اعتراف ادعا"
    " تکذیب انتقاد اشاره",
    "داد": "توضیح ادامه هشدار پاسخ گزارش خبر وعده",
    "داشت": "اظهار ابراز بیان",
}

_ROLE_NOUNS = """
وزیر رئیس سخنگو سخنگوی مدیر مدیرکل شهردار استاندار فرماندار معاون نماینده کارشناس
مقام مسئول منبع منابع دبیر فرمانده دادستان سفیر رئیس‌جمهور نخست‌وزیر صاحب
"""

_STOPWORDS = """
در از که این را با است برای آن یک خود تا نیز می شد شده بود کرد
"""

_TIME_WORDS = """
امروز دیروز فردا شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه صبح عصر شب روز
"""


def _present(stems: list[str]) -> frozenset[str]:
    """The present forms with "می" written onto them by a zero-width non-joiner, or glued."""
    return frozenset(f"می{joiner}{stem}" for stem in stems for joiner in (_ZWNJ, ""))


LEXICON = Lexicon(
    code="fa",
    name="Persian",
    quote_pairs=(
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    cue_verbs=frozenset(_PAST.split()) | _present(_PRESENT.split()),
    cue_phrases=tuple(
        sorted(
            {f"{noun} {verb}" for verb, nouns in _LIGHT.items() for noun in nouns.split()}
            | {f"{noun} {verb}ند" for verb, nouns in _LIGHT.items() for noun in nouns.split()}
            | {f"می {stem}" for stem in _PRESENT.split()}
        )
    ),
    object_cue_verbs=frozenset({"گفت", "گفتند"}),
    question_cues=frozenset({"پرسید", "پرسیدند"}),
    hedge_subjects=frozenset({"من", "ما"}),
    complementizers=frozenset({"که"}),
    source_phrases=("به گفته", "بنا بر اعلام", "بنابر اعلام", "طبق اعلام", "به نقل از"),
    attribution_cues=("به گزارش",),
    pronouns=frozenset({"وی", "او", "آنها", "آن‌ها", "ایشان", "من", "ما"}),
    person_pronouns=frozenset({"وی", "او", "ایشان"}),
    genderless_pronouns=frozenset({"وی", "او", "ایشان"}),
    first_person=frozenset({"من", "ما"}),
    determiners=frozenset({"این", "آن", "همه", "هر", "برخی"}),
    conjunctions=frozenset({"و", "اما", "ولی", "یا"}),
    list_conjunctions=frozenset({"و", "یا"}),
    prepositions=frozenset({"در", "به", "از", "با", "برای", "بر", "درباره", "تا"}),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"پلیس", "دولت", "وزارت", "شهرداری", "دادگاه", "ارتش", "مجلس"}),
    bare_noun_subjects=True,
    pro_drop=True,
    titles=frozenset({"دکتر", "مهندس", "آقای", "خانم"}),
    media_words=frozenset({"ایرنا", "ایسنا", "خبرگزاری", "روزنامه", "تلویزیون", "رادیو"})
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"خبرگزاری"}),
    platform_words=frozenset({"اینستاگرام", "تلگرام", "ایکس"}) | PLATFORMS,
    anaphoric_cues=("این را گفت", "این مطلب را گفت", "این خبر را اعلام کرد"),
    background_markers=("پیشینه",),
    background_openers=("پیش از این", "گفتنی است", "یادآور می‌شود", "لازم به ذکر است"),
    section_markers=("بیشتر بخوانید",),
    # the Gregorian months as Persian pages print them ("۴ دسامبر ۲۰۲۶"); the Solar Hijri
    # ones ("۱۳ آذر ۱۴۰۵") name other spans of days and are left out
    month_names=(
        ("ژانویه", "ژانويه"),
        ("فوریه", "فبروری"),
        ("مارس",),
        ("آوریل",),
        ("مه", "می"),
        ("ژوئن",),
        ("ژوئیه", "جولای"),
        ("اوت", "آگوست"),
        ("سپتامبر",),
        ("اکتبر",),
        ("نوامبر",),
        ("دسامبر",),
    ),
    boilerplate=("بیشتر بخوانید:", "منبع:"),
    stopwords=frozenset(_STOPWORDS.split()),
)
