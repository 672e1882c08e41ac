"""Hebrew lexicon (Modern Hebrew of news copy).

Cue verbs are the verbs of saying of Hebrew news sites and wire copy ("אמר", "הוסיף",
"ציין", "מסר", "הדגיש", "טען", "הודיע", "הבהיר") with the cognition verbs that
ANNOTATION.md counts as cues ("העריך", "סבור"), in the past of the third person
(masculine, feminine, plural) and the present (masculine, feminine), alone and with the
conjunction "ו" (and) written onto them ("ואמר", "והוסיפה").

A quotation is signed by the verb before its subject ("“Q”, אמר ראש העירייה") or the
subject before its verb and a colon ("השרה אמרה: “Q”"); reported content follows "כי"
or "ש" (that), which is written onto the quotation's mark ('אמר ש"Q"') or the content's
first word ("אמרה שהמעבורת", after the article or a function word only: "שר" is a
minister); "ו" (and) written onto a word after the quotation ends the content.  "כתבה",
"שאלה" and "טענה" are nouns too: after a demonstrative or a verb, or before a
demonstrative, they are no cue.  An addressee
takes "ל" written onto it ("אמר לכתבים"), so no cue verb has a bare object.  "לדברי X" and
"לפי X" credit X as "according to" does.  Hebrew has no capital letters: a speaker is
the noun phrase by the cue as written ("ראש העירייה דני לוי").

Quotation marks are the straight and curly double marks and the gershayim of typeset
copy (״Q״); the sign of an abbreviation (צה"ל, יו״ר), a straight mark or the gershayim
between two letters, is no mark.  Background opens
with "כזכור" (as will be remembered) or "יצוין כי" (it should be noted that).
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# the past (he, she, they), then the present (he, she) where news prints it; each also
# with "ו" (and) written onto it, added below
_SPEECH_VERBS = """
אמר אמרה אמרו אומר אומרת
הוסיף הוסיפה הוסיפו מוסיף מוסיפה
ציין ציינה ציינו מציין מציינת
מסר מסרה מסרו מוסר מוסרת
הדגיש הדגישה הדגישו מדגיש מדגישה
טען טענה טענו טוען טוענת
הודיע הודיעה הודיעו מודיע מודיעה
הבהיר הבהירה הבהירו מבהיר מבהירה
הסביר הסבירה הסבירו מסביר מסבירה
סיפר סיפרה סיפרו
הזהיר הזהירה הזהירו מזהיר מזהירה
הכריז הכריזה הכריזו
אישר אישרה אישרו מאשר מאשרת
הכחיש הכחישה הכחישו מכחיש מכחישה
השיב השיבה השיבו
ענה ענתה ענו
שאל שאלה שאלו
כתב כתבה כתבו כותב כותבת
קרא קראה קראו
דרש דרשה דרשו
ביקש ביקשה ביקשו
התחייב התחייבה
הבטיח הבטיחה הבטיחו
צייץ צייצה צייצו
פרסם פרסמה
"""

_COGNITION_VERBS = """
העריך העריכה העריכו מעריך מעריכה
סבור סבורה
חושב חושבת
מאמין מאמינה
"""

_STEMS = sorted(set((_SPEECH_VERBS + _COGNITION_VERBS).split()))

_CONTROL_VERBS = """
ביקש ביקשה ביקשו קרא קראה קראו דרש דרשה דרשו
"""

# with the article written onto them ("השר", the minister) and without ("שר האוצר"),
# a woman's in the construct state too ("ראשת העיר", the mayor; "שרת החינוך"); the
# abbreviations with their gershayim ("יו"ר", chairman; "ח"כ", member of the Knesset)
_ROLE_NOUNS = """
שר השר שרה השרה ראש נשיא הנשיא נשיאה הנשיאה דובר הדובר דוברת הדוברת מנהל המנהל מנהלת
המנהלת מפקד המפקד מזכיר המזכיר שגריר השגריר מומחה המומחה חוקר החוקר פרופסור
מקור המקור גורם הגורם פקיד הפקיד יועץ היועץ סגן הסגן חבר החבר שופט השופט תובע
התובע עורך
ראשת שרת נשיאת מפקדת המפקדת מזכירה המזכירה מזכירת שגרירה השגרירה שגרירת מומחית
המומחית חוקרת החוקרת יועצת היועצת סגנית הסגנית שופטת השופטת תובעת התובעת עורכת
יו"ר מנכ"ל ח"כ רה"מ מזכ"ל רמטכ"ל
"""

_STOPWORDS = """
של את על עם כי זה זו גם לא אבל או אם כל רק עוד כבר היה היתה היו יש אין הוא היא הם
אמר אחרי לפני בין אל מול אשר כדי
"""

_PREPOSITIONS = """
על עם אל מול אחרי לפני בין בתוך ליד אצל נגד מאז עד בשל בגלל
"""

# a noun of the medium or occasion of a speech act with "ב" (in, at) written onto it
# ("בראיון לרדיו", in a radio interview; "במסיבת עיתונאים", at a press conference; "בתגובה",
# in response): it opens an adjunct, as a preposition does, never a name
_MEDIUM_ADJUNCTS = """
בראיון בריאיון בהודעה בהודעתו בהודעתה בשיחה בשיחת בנאום בנאומו בנאומה במסיבת בתגובה
בתגובתו בתגובתה בפוסט בציוץ בכנס בישיבת בישיבה בדיון במכתב בעדות בטקס בסיור בביקור
במהלך בתום
"""

_TIME_WORDS = """
היום אתמול מחר ביום בבוקר בערב השבוע ראשון שני שלישי רביעי חמישי שישי שבת
בשבוע בחודש בשנה החודש השנה שעבר שעברה
"""


def _with_conjunction(words: list[str]) -> frozenset[str]:
    """The words, and each with "ו" (and) written onto it."""
    return frozenset(words + ["ו" + w for w in words])


LEXICON = Lexicon(
    code="he",
    name="Hebrew",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{HEBREW PUNCTUATION GERSHAYIM}", "\N{HEBREW PUNCTUATION GERSHAYIM}"),
    ),
    cue_verbs=_with_conjunction(_STEMS),
    control_cue_verbs=_with_conjunction(_CONTROL_VERBS.split()),
    question_cues=_with_conjunction(["שאל", "שאלה", "שאלו"]),
    # verbs that are nouns too (she wrote, an article; she asked, a question; she claimed,
    # a claim): a cue only where a verb stands
    noun_like_cues=frozenset({"כתבה", "שאלה", "טענה"}),
    thought_cues=frozenset({"חושב", "חושבת", "מאמין", "מאמינה", "סבור", "סבורה"}),
    titles=frozenset({'ד"ר', 'עו"ד', "פרופ'", "מר", "גב'"}),
    hedge_subjects=frozenset({"אני", "אנחנו", "אתה", "אתם"}),
    source_phrases=("לדברי", "לפי", "על פי", "לטענת", "כך לפי"),
    pronouns=frozenset({"הוא", "היא", "הם", "הן", "אני", "אנחנו"}),
    person_pronouns=frozenset({"הוא", "היא"}),
    feminine_words=frozenset({"היא"}),
    masculine_words=frozenset({"הוא"}),
    addressee_prefixes=("ל",),
    audience_nouns=frozenset({"לעיתונאים", "לכתבים", "לתקשורת"}),
    relative_pronouns=frozenset({"אשר"}),
    first_person=frozenset({"אני", "אנחנו", "אנו", "לנו", "שלנו"}),
    determiners=frozenset({"זה", "זו", "זאת", "אותו", "אותה", "כל", "כמה"}),
    # also, already, still; and "כך" (so) before an inverted cue ("C, כך הודיעה העירייה")
    auxiliaries=frozenset({"גם", "כבר", "עוד", "כך"}),
    # "ש" (that) alone before a quotation's mark ('אמר ש"Q"'), and written onto the
    # content's first word ("אמרה שהמעבורת"), after the article "ה" or a function word
    complementizers=frozenset({"כי", "ש"}),
    complementizer_prefixes=("ש",),
    article_prefixes=("ה",),
    conjunction_prefixes=("ו",),
    conjunctions=frozenset({"ו", "אבל", "או", "אך"}),
    list_conjunctions=frozenset({"ו", "או"}),
    clause_openers=frozenset({"מה", "מי", "אם", "כאשר", "אשר", "כי"}),
    question_words=frozenset({"מה", "מי", "מתי", "איפה", "איך", "למה", "מדוע", "האם"}),
    bare_noun_subjects=True,
    pro_drop=True,
    verbal_cues=True,
    zero_complementizer=False,
    prepositions=frozenset((_PREPOSITIONS + _MEDIUM_ADJUNCTS).split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset({"המשרד", "הממשלה", "המשטרה", "הצבא", "ההודעה"}),
    # the papers and sites, and the wires as Hebrew spells them (Reuters, AP, AFP)
    media_words=frozenset(
        {"הארץ", "מעריב", "גלובס", "ynet", "וואלה", "רויטרס", "אי-פי", "איי-אף-פי"}
    )
    | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"פייסבוק", "טוויטר", "טלגרם"}) | PLATFORMS,
    attribution_cues=("לפי", "על פי"),
    anaphoric_cues=("כך אמר", "כך אמרה", "כך מסר", "כך מסרה", "כך נמסר"),
    background_markers=("רקע",),
    background_openers=("כזכור", "יצוין כי", "בעבר"),
    section_markers=("קראו עוד", "וידאו"),
    month_names=(
        ("ינואר",),
        ("פברואר",),
        ("מרץ", "מרס"),
        ("אפריל",),
        ("מאי",),
        ("יוני",),
        ("יולי",),
        ("אוגוסט",),
        ("ספטמבר",),
        ("אוקטובר",),
        ("נובמבר",),
        ("דצמבר",),
    ),
    boilerplate=("קראו עוד:", "צילום:"),
    stopwords=frozenset(_STOPWORDS.split()),
)
