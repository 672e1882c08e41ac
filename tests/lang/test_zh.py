"""Chinese: language detection and the quote constructions of invented articles (the cue
written onto its subject before a comma or a colon and the quotation, the pronoun and the
cue after it, an interrupted quotation), a subject with a preposition in its word, a
novel that is no cue, and terms in marks.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "据港务局的陈立介绍，渡轮下周恢复运营。",
        [("reported", "渡轮下周恢复运营", "陈立", "据")],
        id="a-body-a-linking-particle-then-one-of-its-people",
    ),
    pytest.param(
        "港务局的官员表示，渡轮下周恢复运营。",
        [("reported", "渡轮下周恢复运营", "港务局的官员", "表示")],
        id="a-body-a-linking-particle-then-an-official-unnamed",
    ),
    pytest.param(
        "面包店老板李梅说，生意肯定会受到影响。",
        [("reported", "生意肯定会受到影响", "李梅", "说")],
        id="a-trade-written-onto-the-name-is-no-part-of-it",
    ),
    pytest.param(
        "港务局发言人王明表示，「渡轮明天早上恢复运营。」",
        [("direct", "渡轮明天早上恢复运营。", "王明", "表示")],
        id="cue-written-onto-the-subject-comma-corner-brackets",
    ),
    pytest.param(
        "王明说：“渡轮明天早上恢复运营，票价不变。”",
        [("direct", "渡轮明天早上恢复运营，票价不变。", "王明", "说")],
        id="one-character-cue-before-a-colon",
    ),
    pytest.param(
        "“渡轮明天早上恢复运营。”他说。",
        [("direct", "渡轮明天早上恢复运营。", "他", "说")],
        id="pronoun-and-cue-after-the-quotation",
    ),
    pytest.param(
        "「渡轮明天早上恢复运营」，李华说。",
        [("direct", "渡轮明天早上恢复运营", "李华", "说")],
        id="a-one-character-cue-after-the-quotation-s-comma-and-a-name",
    ),
    pytest.param(
        "“渡轮明天恢复运营，”王明说，“票价不变。”",
        [
            ("direct", "渡轮明天恢复运营，", "王明", "说"),
            ("direct", "票价不变。", "王明", "说"),
        ],
        id="interrupted-quotation",
    ),
    pytest.param(
        "“渡轮会回来，”港口主任说。",
        [("direct", "渡轮会回来，", "港口主任", "说")],
        id="comma-inside-the-marks",
    ),
    pytest.param(
        "港口主任周二对记者说：“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", "港口主任", "说")],
        id="a-phrase-an-audience-noun-closes-is-no-part-of-the-subject",
    ),
    pytest.param(
        "港口主任对记者说，货轮将在明天恢复运营。",
        [("reported", "货轮将在明天恢复运营", "港口主任", "说")],
        id="told-the-reporters-reported",
    ),
    pytest.param(
        "王明向媒体透露，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "王明", "透露")],
        id="revealed-to-the-media",
    ),
    pytest.param(
        "一位在华商人表示，新规将提高企业的运营成本。",
        [("reported", "新规将提高企业的运营成本", "一位在华商人", "表示")],
        id="zai-after-a-determiner-is-the-noun-s-phrase",
    ),
    pytest.param(
        "港务局副局长张建国5日在发布会上表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "张建国", "表示")],
        id="the-day-of-the-month-before-the-cue",
    ),
    pytest.param(
        "港务局发言人王明在记者会上表示，「渡轮明天早上恢复运营。」",
        [("direct", "渡轮明天早上恢复运营。", "王明", "表示")],
        id="a-place-phrase-a-localizer-closes-is-no-part-of-the-subject",
    ),
    pytest.param(
        "王明在北京表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "王明", "表示")],
        id="a-place-s-name-after-zai-is-no-part-of-the-subject",
    ),
    pytest.param(
        "港务局现在表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "港务局", "表示")],
        id="now-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "王明在接受采访时表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "王明", "表示")],
        id="a-time-phrase-a-localizer-closes-is-no-part-of-the-subject",
    ),
    pytest.param(
        "港务局局长王明5日接受记者采访时表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "王明", "表示")],
        id="a-time-phrase-a-verb-opens-without-zai",
    ),
    pytest.param(
        "港务局发言人王明在出席记者会时表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "王明", "表示")],
        id="a-preposition-s-phrase-before-a-verb-s",
    ),
    pytest.param(
        "接受调查的船长表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "接受调查的船长", "表示")],
        id="a-verb-inside-the-subject-without-a-localizer",
    ),
    pytest.param(
        "韩国总统朴在明表示，「渡轮明天早上恢复运营。」",
        [("direct", "渡轮明天早上恢复运营。", None, None)],
        id="zai-and-one-letter-end-a-name-no-place",
    ),
    pytest.param(
        "吴在山说：“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", None, None)],
        id="a-surname-before-zai-is-no-subject",
    ),
    pytest.param(
        "邻国在野党领袖表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "邻国在野党领袖", "表示")],
        id="zai-inside-a-word-of-the-subject-opens-no-place",
    ),
    pytest.param(
        "一名在场记者表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "一名在场记者", "表示")],
        id="present-is-a-word-of-the-subject",
    ),
    pytest.param(
        "港务局周二在北京表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "港务局", "表示")],
        id="a-day-before-the-place-phrase-is-no-part-of-the-subject",
    ),
    pytest.param(
        "反对党领袖李明表示，“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", "反对党领袖李明", "表示")],
        id="a-preposition-s-character-inside-a-word-is-none",
    ),
    pytest.param("他写了一部小说，很多读者喜欢这本书。", [], id="a-novel-is-no-cue"),
    pytest.param("港口主任出版了新小说：“渡轮之夜”。", [], id="a-novel-before-a-colon-is-no-cue"),
    pytest.param(
        "据报道，“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", None, None)],
        id="according-to-reports-names-no-one",
    ),
    pytest.param(
        "港务局报道，“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", "港务局", "报道")],
        id="reported-is-a-cue-of-two-characters",
    ),
    pytest.param(
        "我知道，“渡轮明天早上恢复运营。”",
        [("direct", "渡轮明天早上恢复运营。", None, None)],
        id="to-know-is-no-cue",
    ),
    pytest.param(
        "港务局发言人王明表示，渡轮明天早上恢复运营，票价不变。",
        [("reported", "渡轮明天早上恢复运营，票价不变", "王明", "表示")],
        id="unmarked-content-after-the-cue-s-comma-to-the-sentence-end",
    ),
    pytest.param(
        "王明指出，渡轮明天恢复运营。李华表示，这是好消息。",
        [
            ("reported", "渡轮明天恢复运营", "王明", "指出"),
            ("reported", "这是好消息", "李华", "表示"),
        ],
        id="the-ideographic-full-stop-between-words-ends-the-sentence",
    ),
    pytest.param(
        "王明又称，票价不变。",
        [("reported", "票价不变", "王明", "称")],
        id="an-adverb-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "他还说：“票价不变。”",
        [("direct", "票价不变。", "他", "说")],
        id="an-adverb-between-the-pronoun-and-the-cue",
    ),
    pytest.param(
        "王明周二表示，渡轮明天恢复运营。",
        [("reported", "渡轮明天恢复运营", "王明", "表示")],
        id="a-day-between-the-subject-and-the-cue",
    ),
    pytest.param(
        "王明说：“票价不变。”他还说：“港口将增加班次。”",
        [("direct", "票价不变。", "王明", "说"), ("direct", "港口将增加班次。", "王明", "说")],
        id="a-pronoun-resolved-to-the-speaker-before",
    ),
    pytest.param(
        "王强先生说：“票价不变。”李华女士说：“这是好消息。”他说：“港口将增加班次。”",
        [
            ("direct", "票价不变。", "王强先生", "说"),
            ("direct", "这是好消息。", "李华女士", "说"),
            ("direct", "港口将增加班次。", "王强先生", "说"),
        ],
        id="he-stands-for-the-man-a-title-names-not-the-woman-after-him",
    ),
    pytest.param(
        "王强先生说：“票价不变。”李华女士也出席了会议。她说：“港口将增加班次。”",
        [("direct", "票价不变。", "王强先生", "说"), ("direct", "港口将增加班次。", "她", "说")],
        id="she-stands-for-no-man-a-title-names",
    ),
    pytest.param(
        "据港务局介绍，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "港务局", "据")],
        id="according-to-closed-by-its-cue",
    ),
    pytest.param(
        "据新华社报道，渡轮明天早上恢复运营。", [], id="according-to-an-outlet-credits-it"
    ),
    pytest.param("该市启动了“一带一路”项目。", [], id="a-term"),
    pytest.param(
        "驻北滨大使馆官员表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "驻北滨大使馆官员", "表示")],
        id="a-role-inside-an-embassy-is-no-role",
    ),
    pytest.param(
        "该公司主席团成员表示，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "该公司主席团成员", "表示")],
        id="a-role-inside-a-presidium-is-no-role",
    ),
    pytest.param(
        "主任医师李华说，渡轮明天早上恢复运营。",
        [("reported", "渡轮明天早上恢复运营", "主任医师李华", "说")],
        id="a-role-inside-chief-physician-is-no-role",
    ),
    pytest.param(
        "市民李梅（45岁）说：“我们每天都要过这座桥。”",
        [("direct", "我们每天都要过这座桥。", "李梅", "说")],
        id="an-age-in-brackets-after-the-name-before-the-cue",
    ),
    pytest.param(
        "李梅（化名）表示，生意会受到影响。",
        [("reported", "生意会受到影响", "李梅", "表示")],
        id="a-pseudonym-in-brackets-after-the-name-before-reported-words",
    ),
    pytest.param(
        "交通局发言人的王明说：“大桥下个月重新开放。”",
        [("direct", "大桥下个月重新开放。", "王明", "说")],
        id="a-role-and-the-linking-particle-before-the-name",
    ),
    pytest.param(
        "交通局发言人的欧阳明华说：“大桥下个月重新开放。”",
        [("direct", "大桥下个月重新开放。", "欧阳明华", "说")],
        id="a-four-character-name-after-a-role-and-the-linking-particle",
    ),
    pytest.param(
        "交通局发言人的王说：“大桥下个月重新开放。”",
        [("direct", "大桥下个月重新开放。", "交通局发言人的王", "说")],
        id="one-character-after-the-linking-particle-is-no-name",
    ),
    pytest.param(
        "在桥边经营小吃店的李小姐说：“我们每天都要过这座桥。”",
        [("direct", "我们每天都要过这座桥。", "李小姐", "说")],
        id="a-surname-and-honorific-after-a-relative-clause-with-de",
    ),
    pytest.param(
        "接受采访的船长说：“我们每天都要过这座桥。”",
        [("direct", "我们每天都要过这座桥。", "接受采访的船长", "说")],
        id="a-role-after-a-relative-clause-with-de-is-the-speaker-whole",
    ),
    pytest.param(
        "洛恩港市交通局日前发布消息称，环城公路将于下月起封闭施工。",
        [("reported", "环城公路将于下月起封闭施工", "洛恩港市交通局", "发布消息称")],
        id="a-statement-issued-written-onto-its-subject",
    ),
    pytest.param(
        "市政府发表声明称，大桥将于明年通车。",
        [("reported", "大桥将于明年通车", "市政府", "发表声明称")],
        id="a-statement-published-written-onto-its-subject",
    ),
    pytest.param(
        "区住建局局长赵刚告诉记者，改造内容包括加装电梯和更新管网。",
        [("reported", "改造内容包括加装电梯和更新管网", "赵刚", "告诉记者")],
        id="told-the-reporters-written-onto-its-subject",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_zh(text: str) -> None:
    assert lang.detect(text) == "zh"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "zh"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="zh") == expected


def test_an_outlet_after_according_to_is_credited() -> None:
    article = newsstruct.parse("据新华社报道，渡轮明天早上恢复运营。", lang="zh", registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["新华社"]


def test_an_outlet_after_according_to_and_a_place_is_credited() -> None:
    text = "据新华社在北京报道，渡轮明天早上恢复运营。"
    article = newsstruct.parse(text, lang="zh", registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["新华社"]
    assert not article.quotes


def test_lexicon() -> None:
    # the lexicon lists no source phrases, anaphoric cues or background markers yet
    check_lexicon("zh", min_cue_verbs=40, control_cues=False, sources=False)
    assert lang.get("zh").glued_cues


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "港口渡轮明天恢复运营\n\n北京，5月3日（新华社）——港务局发言人王明周二表示，渡轮明天早上恢复运营。"
        "\n\n“票价不变，”王明说。\n\n他还说，港口将增加两个班次。"
    )
    assert article_rows(text, "zh") == (
        "港口渡轮明天恢复运营",
        ("北京", "新华社"),
        [
            ("reported", "渡轮明天早上恢复运营", "王明", "表示"),
            ("direct", "票价不变，", "王明", "说"),
            ("reported", "港口将增加两个班次", "王明", "说"),
        ],
    )


def test_a_name_inside_another_full_name_is_another_person() -> None:
    # "王明" ends "张王明" after a surname: another person, not his short form
    text = "张王明说：“渡轮明天恢复运营。”王明说：“票价不变。”"
    doc = newsstruct.parse(text, lang="zh")
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["张王明", "王明"]
    # but after a role it is the speaker's name ("港务局发言人王明" … "王明"), the role
    # written onto it no part of it
    text = "港务局发言人王明说：“渡轮明天恢复运营。”王明说：“票价不变。”"
    doc = newsstruct.parse(text, lang="zh")
    assert [q.speaker.name for q in doc.quotes if q.speaker] == ["王明"] * 2


def test_background_and_page_furniture() -> None:
    # an invented story: "此前，" opens the context; the editor's line is the page's
    text = (
        "港口渡轮明天恢复运营\n\n港务局周二表示，渡轮明天早上恢复运营。\n\n"
        "此前，渡轮因台风停运三天。\n\n责任编辑：王明"
    )
    roles = [p.role.value for p in newsstruct.parse(text, lang="zh", registry=REGISTRY).paragraphs]
    assert roles == ["title", "lead", "background", "boilerplate"]


def test_a_background_label_with_a_full_width_colon() -> None:
    text = (
        "港口渡轮明天恢复运营\n\n港务局周二表示，渡轮明天早上恢复运营。\n\n背景：\n\n"
        "渡轮因台风停运三天。"
    )
    roles = [p.role.value for p in newsstruct.parse(text, lang="zh", registry=REGISTRY).paragraphs]
    assert roles == ["title", "lead", "marker", "background"]


def test_last_year_written_onto_the_next_word_opens_no_background() -> None:
    # "去年同期" (the same period last year): a comparison, no context
    text = (
        "港口客流创新高\n\n港务局周二表示，客流创新高。\n\n去年同期客流为一百万人次，今年增长两成。"
    )
    roles = [p.role.value for p in newsstruct.parse(text, lang="zh", registry=REGISTRY).paragraphs]
    assert roles[-1] != "background"
