"""Arabic: language detection, the quote constructions of invented articles (the verb
first, with "و" written onto it, its subject after it and "إن" or "أن" before the content;
a quotation in « » signed after the Arabic comma; "وفقا لـ X"; a dropped subject), and
no speaker guessed where nothing marks a name.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        'قال يوسف حمدي للصحيفة: "لن يرتفع سعر الخبز".',
        [("direct", "لن يرتفع سعر الخبز", "يوسف حمدي", "قال")],
        id="the-newspaper-told-with-its-article-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "يذكر أن أسعار القمح ارتفعت منذ بداية العام.",
        [],
        id="it-is-mentioned-that-is-the-writer-s-note-no-quote",
    ),
    pytest.param(
        "وقال سامي نور، وهو صاحب متجر قرب الميناء، إن الزبائن لن يأتوا.",
        [("reported", "الزبائن لن يأتوا", "سامي نور", "وقال")],
        id="the-subject-s-apposition-between-commas-before-the-complementizer",
    ),
    pytest.param(
        'وقال سامي نور، صاحب متجر قرب الميناء: "سنخسر زبائننا".',
        [("direct", "سنخسر زبائننا", "سامي نور", "وقال")],
        id="the-subject-s-apposition-closed-by-a-colon-before-a-quotation",
    ),
    pytest.param(
        "قال الوزير إن الحكومة سترفع الأسعار في أبريل.",
        [("reported", "الحكومة سترفع الأسعار في أبريل", "الوزير", "قال")],
        id="verb-subject-in",
    ),
    pytest.param(
        "وقال وزير المالية أحمد حسن إن الحكومة سترفع الأسعار.",
        [("reported", "الحكومة سترفع الأسعار", "وزير المالية أحمد حسن", "وقال")],
        id="conjunction-on-the-verb-role-and-name",
    ),
    pytest.param(
        "وأكد رئيس الوزراء أن الحكومة لن تتراجع عن قرارها.",
        [("reported", "الحكومة لن تتراجع عن قرارها", "رئيس الوزراء", "وأكد")],
        id="an-after-akkada",
    ),
    pytest.param(
        "«لا يوجد خيار آخر أمامنا»، قال حسن.",
        [("direct", "لا يوجد خيار آخر أمامنا", "حسن", "قال")],
        id="guillemets-and-arabic-comma",
    ),
    pytest.param(
        "وفقا للوزارة، سيستمر الدعم للأسر الفقيرة.",
        [("reported", "سيستمر الدعم للأسر الفقيرة", "الوزارة", "وفقا")],
        id="wifqan-li",
    ),
    pytest.param(
        "وفقا لـ هيئة الموانئ، سيغلق الرصيف الشمالي يومين.",
        [("reported", "سيغلق الرصيف الشمالي يومين", "هيئة الموانئ", "وفقا")],
        id="wifqan-li-printed-alone",
    ),
    pytest.param(
        "سيغلق الرصيف الشمالي يومين، وفقاً لهيئة الموانئ.",
        [("reported", "سيغلق الرصيف الشمالي يومين", "هيئة الموانئ", "وفقاً")],
        id="wifqan-li-after-the-content",
    ),
    pytest.param(
        "وأضاف أن الدعم سيستمر للأسر الفقيرة.",
        [("reported", "الدعم سيستمر للأسر الفقيرة", None, "وأضاف")],
        id="subject-dropped",
    ),
    pytest.param(
        "قال مصدر في الوزارة إن المحادثات ستستمر الأسبوع المقبل.",
        [("reported", "المحادثات ستستمر الأسبوع المقبل", "مصدر في الوزارة", "قال")],
        id="an-unnamed-source-and-the-body-it-serves-in",
    ),
    pytest.param(
        "المحادثات ستستمر الأسبوع المقبل، قال مصدر في الوزارة.",
        [("reported", "المحادثات ستستمر الأسبوع المقبل", "مصدر في الوزارة", "قال")],
        id="an-unnamed-source-and-its-body-after-the-content",
    ),
    pytest.param(
        "قال مسؤول في الحكومة لرويترز إن المحادثات ستستمر الأسبوع المقبل.",
        [("reported", "المحادثات ستستمر الأسبوع المقبل", "مسؤول في الحكومة", "قال")],
        id="an-unnamed-source-then-the-outlet-told",
    ),
    pytest.param(
        "وقال الوزير في مؤتمر صحفي إن المحادثات ستستمر.",
        [("reported", "المحادثات ستستمر", "الوزير", "وقال")],
        id="a-phrase-of-where-between-the-subject-and-the-complementizer",
    ),
    pytest.param(
        "وقال الوزير في بيان يوم الثلاثاء إن المعبر سيفتح غدا.",
        [("reported", "المعبر سيفتح غدا", "الوزير", "وقال")],
        id="a-phrase-of-where-then-a-day-before-the-complementizer",
    ),
    pytest.param(
        "وقال وزير الخارجية أحمد حسن في مؤتمر صحفي بالقاهرة إن المعبر سيفتح غدا.",
        [("reported", "المعبر سيفتح غدا", "وزير الخارجية أحمد حسن", "وقال")],
        id="a-phrase-of-three-words-before-the-complementizer",
    ),
    pytest.param(
        "وأضاف الوزير في تصريحات للصحفيين: «سنفتح المعبر غدا».",
        [("direct", "سنفتح المعبر غدا", "الوزير", "وأضاف")],
        id="a-phrase-of-where-and-whom-before-a-colon-and-a-quotation",
    ),
    pytest.param(
        "أعلن وزير النقل أحمد حسن، الثلاثاء، أن المعبر سيفتح غدا.",
        [("reported", "المعبر سيفتح غدا", "وزير النقل أحمد حسن", "أعلن")],
        id="a-day-set-off-by-commas-before-the-complementizer",
    ),
    pytest.param(
        "وقال الوزير للجزيرة إن المعبر سيفتح غدا.",
        [("reported", "المعبر سيفتح غدا", "الوزير", "وقال")],
        id="an-outlet-told-with-the-preposition-written-onto-its-article",
    ),
    pytest.param(
        "وقال سامي خليل في عمان إن المحادثات ستستمر.",
        [("reported", "المحادثات ستستمر", "سامي خليل", "وقال")],
        id="a-name-then-a-place",
    ),
    pytest.param(
        "وأضاف سامي خليل أن الرصيف الشمالي سيغلق يومين.",
        [("reported", "الرصيف الشمالي سيغلق يومين", "سامي خليل", "وأضاف")],
        id="a-bare-name-between-the-verb-and-an",
    ),
    pytest.param(
        "وقال في بيان إن الرصيف الشمالي سيغلق يومين.",
        [("reported", "الرصيف الشمالي سيغلق يومين", None, "وقال")],
        id="a-preposition-after-the-verb-opens-no-name",
    ),
    pytest.param(
        "وقال لرويترز إن الرصيف الشمالي سيغلق يومين.",
        [("reported", "الرصيف الشمالي سيغلق يومين", None, "وقال")],
        id="an-outlet-with-the-dative-prefix-is-told-no-speaker",
    ),
    pytest.param(
        "قال الوزير للصحفيين إن العبارة ستعود إلى العمل غدا.",
        [("reported", "العبارة ستعود إلى العمل غدا", "الوزير", "قال")],
        id="the-addressee-between-the-subject-and-the-content",
    ),
    pytest.param(
        "قال أحمد حسن للصحفيين إن العبارة ستعود إلى العمل غدا.",
        [("reported", "العبارة ستعود إلى العمل غدا", "أحمد حسن", "قال")],
        id="a-name-before-the-addressee",
    ),
    pytest.param(
        "قال وزير النقل أحمد حسن بوضوح إن العبارة ستعود إلى العمل غدا.",
        [("reported", "العبارة ستعود إلى العمل غدا", "وزير النقل أحمد حسن", "قال")],
        id="a-manner-adverb-after-the-subject",
    ),
    pytest.param(
        "وأكد الوزير مجددا أن العبارة ستعود إلى العمل غدا.",
        [("reported", "العبارة ستعود إلى العمل غدا", "الوزير", "وأكد")],
        id="again-after-the-subject",
    ),
    pytest.param(
        "قال أحمد حسن: «لن تتغير الأسعار».",
        [("direct", "لن تتغير الأسعار", "أحمد حسن", "قال")],
        id="the-subject-after-the-verb-before-a-colon",
    ),
    pytest.param(
        "قال أحمد حسن يوم الثلاثاء إن العبارة ستعود إلى العمل.",
        [("reported", "العبارة ستعود إلى العمل", "أحمد حسن", "قال")],
        id="a-day-between-the-subject-and-the-content",
    ),
    pytest.param(
        "«ستعود العبارة إلى العمل غدا»، قال وزير النقل، سامي حداد.",
        [("direct", "ستعود العبارة إلى العمل غدا", "سامي حداد", "قال")],
        id="the-name-apposed-to-the-role-after-the-cue",
    ),
    pytest.param(
        "«ستعود العبارة إلى العمل غدا»، قال وزير النقل، ثم غادر.",
        [("direct", "ستعود العبارة إلى العمل غدا", "وزير النقل", "قال")],
        id="then-left-after-the-role-s-comma-is-no-name",
    ),
    pytest.param(
        "«ستعود العبارة إلى العمل»، قال وزير النقل، الأسبوع الماضي.",
        [("direct", "ستعود العبارة إلى العمل", "وزير النقل", "قال")],
        id="last-week-after-the-role-s-comma-is-no-name",
    ),
    pytest.param(
        "بحسب وزير النقل، فإن العبارة ستعود إلى العمل.",
        [("reported", "العبارة ستعود إلى العمل", "وزير النقل", "بحسب")],
        id="according-to-a-role-then-the-content-after-its-comma",
    ),
    pytest.param("فاز المنتخب الوطني بالمباراة بهدفين دون رد.", [], id="no-cue"),
    pytest.param(
        'قال الوزير إن "الأزمة" وصلت إلى ذروتها.',
        [("mixed", '"الأزمة" وصلت إلى ذروتها', "الوزير", "قال")],
        id="a-verb-with-waw-after-a-quoted-subject-is-its-predicate",
    ),
    pytest.param(
        'قال الوزير إن "الحكومة سترفع الأسعار في أبريل" وغادر القاعة.',
        [("direct", "الحكومة سترفع الأسعار في أبريل", "الوزير", "قال")],
        id="and-written-onto-the-verb-after-the-quotation-ends-the-content",
    ),
    pytest.param(
        "وبحسب الشرطة، اعتقل المشتبه به مساء الاثنين في القاهرة.",
        [("reported", "اعتقل المشتبه به مساء الاثنين في القاهرة", "الشرطة", "وبحسب")],
        id="according-to-with-and-written-onto-it",
    ),
    pytest.param(
        "ووفقا للشرطة، اعتقل المشتبه به مساء الاثنين في القاهرة.",
        [("reported", "اعتقل المشتبه به مساء الاثنين في القاهرة", "الشرطة", "ووفقا")],
        id="according-to-with-and-and-the-preposition-written-onto-the-source",
    ),
    pytest.param(
        "وفي مؤتمر صحفي قال الوزير إن الأسعار ستنخفض قريبا.",
        [("reported", "الأسعار ستنخفض قريبا", "الوزير", "قال")],
        id="and-at-a-press-conference-before-the-cue-and-its-subject",
    ),
    pytest.param(
        "وفي مقابلة مع الإذاعة قال الوزير إن الأسعار ستنخفض قريبا.",
        [("reported", "الأسعار ستنخفض قريبا", "الوزير", "قال")],
        id="an-interview-with-an-outlet-before-the-cue-its-subject-speaks",
    ),
    pytest.param(
        "وفي حوار مع قناة النهار قال الوزير أحمد حسن إن الأسعار ستنخفض.",
        [("reported", "الأسعار ستنخفض", "الوزير أحمد حسن", "قال")],
        id="a-dialogue-with-a-channel-before-the-cue-its-subject-speaks",
    ),
    pytest.param(
        "وأشار الوزير إلى أن العبارة ستعود في مايو.",
        [("reported", "العبارة ستعود في مايو", "الوزير", "وأشار")],
        id="a-cue-s-preposition-before-the-complementizer",
    ),
    pytest.param(
        "وقال الوزير إن الجسر سيفتح. وأضاف: «الجسر آمن تماما».",
        [
            ("reported", "الجسر سيفتح", "الوزير", "وقال"),
            ("direct", "الجسر آمن تماما", "الوزير", "وأضاف"),
        ],
        id="dropped-subject-cue-before-a-colon",
    ),
    pytest.param(
        "وقال الوزير إن الجسر سيفتح. وتابع قائلا: «الجسر آمن تماما».",
        [
            ("reported", "الجسر سيفتح", "الوزير", "وقال"),
            ("direct", "الجسر آمن تماما", "الوزير", "وتابع قائلا"),
        ],
        id="went-on-saying-one-cue",
    ),
    pytest.param(
        "وقال الوزير إن الجسر سيفتح. وأضاف الوزير قائلا: «الجسر آمن تماما».",
        [
            ("reported", "الجسر سيفتح", "الوزير", "وقال"),
            ("direct", "الجسر آمن تماما", "الوزير", "وأضاف"),
        ],
        id="saying-after-the-subject-no-part-of-it",
    ),
    pytest.param(
        "ونقلت وكالة الأنباء عن وزير النقل أحمد حسن قوله إن الجسر سيفتح قريبا.",
        [("reported", "الجسر سيفتح قريبا", "وزير النقل أحمد حسن", "ونقلت")],
        id="relayed-from-a-source-his-saying-that",
    ),
    pytest.param(
        "ونقل التلفزيون الرسمي عن مصدر أمني أن الجسر سيفتح قريبا.",
        [("reported", "الجسر سيفتح قريبا", "مصدر أمني", "ونقل")],
        id="relayed-from-an-unnamed-source-that",
    ),
    pytest.param(
        "«وصلنا متأخرين»، نقل المسعفون الجرحى.",
        [],
        id="the-quoting-verb-without-its-preposition-carries-and-is-no-cue",
    ),
    pytest.param(
        "وصل المسعفون إلى المستشفى، وقال الوزير إن الجسر سيفتح قريبا.",
        [("reported", "الجسر سيفتح قريبا", "الوزير", "وقال")],
        id="and-written-onto-the-cue-after-a-comma-opens-its-own-clause",
    ),
    pytest.param(
        "«الجسر سيفتح قريبا»، وقال الوزير.",
        [("direct", "الجسر سيفتح قريبا", "الوزير", "وقال")],
        id="and-written-onto-the-cue-of-a-tail-after-the-quotation",
    ),
    pytest.param(
        "انهار جسر للمشاة في مدينة لورنبورت صباح اليوم، حسبما أفاد الدفاع المدني.",
        [
            (
                "reported",
                "انهار جسر للمشاة في مدينة لورنبورت صباح اليوم",
                "الدفاع المدني",
                "أفاد",
            )
        ],
        id="hasabama-as-before-the-cue-after-the-content",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_ar(text: str) -> None:
    assert lang.detect(text) == "ar"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "ar"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="ar") == expected


def test_the_arabic_comma_reads_as_a_comma() -> None:
    # the cue's span is the verb as printed, after "،"
    text = "«لا يوجد خيار آخر أمامنا»، قال حسن."
    [quote] = newsstruct.parse(text, lang="ar", registry=REGISTRY).quotes
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "قال"


def test_lexicon() -> None:
    check_lexicon("ar", min_cue_verbs=150)


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "العبارة تعود إلى العمل غدا\n\nالقاهرة (رويترز) - قال وزير النقل أحمد حسن يوم الثلاثاء إن "
        "العبارة ستعود إلى العمل صباح غد.\n\nوقال حسن: «لن تتغير الأسعار».\n\n"
        "وأضاف أن الوزارة ستضيف رحلتين جديدتين."
    )
    assert article_rows(text, "ar") == (
        "العبارة تعود إلى العمل غدا",
        ("القاهرة", "رويترز"),
        [
            ("reported", "العبارة ستعود إلى العمل صباح غد", "وزير النقل أحمد حسن", "قال"),
            ("direct", "لن تتغير الأسعار", "وزير النقل أحمد حسن", "وقال"),
            # the dropped subject: the speaker before; "حسن" is the minister named in full
            ("reported", "الوزارة ستضيف رحلتين جديدتين", "وزير النقل أحمد حسن", "وأضاف"),
        ],
    )


def test_a_quoting_verb_that_carries_is_no_cue_before_another_clause() -> None:
    """``نقل`` relays words only with ``عن`` after its subject; carrying the wounded it
    is no cue; the minister's clause after the comma has its own cue and speaker."""
    text = "ونقلت سيارات الإسعاف الجرحى إلى المستشفى، وقال الوزير إن الوضع مستقر."
    article = newsstruct.parse(text, lang="ar")
    assert [
        (q.cue.of(text), q.mention.of(text)) for q in article.quotes if q.cue and q.mention
    ] == [("وقال", "الوزير")]


def test_wa_yudhkar_anna_opens_background() -> None:
    text = (
        "قال وزير الصحة خالد منصور إن المستشفى الجديد سيفتتح الشهر المقبل.\n\n"
        "ويذكر أن أعمال البناء في المستشفى بدأت عام 2022."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert [p.text for p in article.background] == [text.split("\n\n")[1]]
