"""Chinese lexicon (news copy in simplified and traditional characters).

Cue verbs are the verbs of saying of Chinese wire and paper copy ("表示", stated; "指出",
pointed out; "强调", stressed; "透露", revealed; "说", said; "称", said), with the
cognition verbs that ANNOTATION.md counts as cues ("认为", holds), each in both scripts.

Chinese goes without spaces between words, and the cue is written onto its subject:
"外交部发言人王明表示，「Q」", "王明说：“Q”", "“Q，”他说。".  Such a word reads as two, the
subject and the cue (:attr:`~newsstruct.lang.Lexicon.glued_cues`): after any cue of two
characters, after "说", "称" or "道" only before a colon or a comma or right after a
quotation ("小说" is a novel).  A phrase of place or time between the subject and the
cue, opened by a preposition and closed by a localizer ("王明在记者会上表示", at the press
conference; "在接受采访时", when interviewed) or a short place's name after "在"
("王明在北京表示"; not one letter, a name's: "吴在山"), is a word of its own, no part of
the subject, nor is a day before it ("港务局周二在北京表示"); "在" inside a word ("在野党",
the opposition) opens no phrase; a subject with any other preposition inside its word
("港口主任对记者说", told the reporters) is not split: no word tells where the subject
ends, and the quotation gets no speaker.  Chinese has no capital letters: the speaker is
the subject as written, but for a role written onto the name before it ("外交部发言人王明"
gives "王明", :attr:`~newsstruct.lang.Lexicon.glued_roles`).  An adverb between the
subject and the cue is a word of its own ("王明又称", "他还说"); the comma after a
cue stands for the complementizer, and the content without marks runs to the
sentence's end ("王明表示，C。").  "据X报道，C" (according to X) is a source phrase
written onto its source and closed by the cue (a place before the cue too:
"据新华社在北京报道"); an outlet there is credited, not quoted.

Quotation marks are the curly double marks and the corner brackets 「」 (『』 inside) of
traditional copy; a comma inside the marks is the quotation's own.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# simplified, then traditional where it differs
_VERBS = """
表示 指出 强调 透露 报道 报导 说道 表明 宣布 称 说 道 介绍 坦言 回应 警告 呼吁 补充 承认 否认 解释
提到 说明 重申 声称 笑道 问道 认为 相信 预计
強調 報道 報導 說道 宣佈 稱 說 介紹 回應 呼籲 補充 承認 否認 解釋 說明 聲稱 問道 認為
"""

# a statement issued, written onto its subject and closed by "称" (said): "市政府发表声明称，
# C", "区住建局日前发布消息称，C" (the cue is the whole phrase, its subject the body); told
# the reporters ("局长赵刚告诉记者，C")
_STATEMENT_CUES = """
发布消息称 发表声明称 发布声明称 发布通报称 发布公告称 发文称 通报称 告诉记者
發布消息稱 發表聲明稱 發布聲明稱 發布通報稱 發布公告稱 發文稱 通報稱 告訴記者
"""

# words of their own that end in 说: novel, legend, it is said, heard that, for X, for
# example, that is, in other words (not 演说 a speech nor 学说 a doctrine: 导演说, 同学说 are
# a director, a classmate who said); in 报道, 道 or 称: according to reports, to know, called
# for short, name, commonly called
_LOOKALIKES = """
小说 小說 传说 傳說 据说 據說 听说 聽說 来说 來說 比如说 比如說 就是说 就是說 换句话说 換句話說
据报道 據報道 知道 简称 簡稱 名称 名稱 俗称 俗稱
"""

_COMPOUNDS = """
反对 反對 面对 面對 针对 針對 相对 相對 绝对 絕對 现在 現在 存在 所在
在野 潜在 潛在 在场 在場 在职 在職 在任 在线 在線 内在 內在
方向 一向 向来 向來 意向 倾向 傾向 动向 動向 走向 面向 导向 導向 转向 轉向 志向 取向
"""

_ADJUNCT_VERBS = """
接受 出席 会见 會見 参加 參加 访问 訪問 视察 視察 考察 谈到 談到 谈及 談及 回答 致辞 致辭 讲话 講話
"""

# a demonstrative or a number and a measure word before a noun ("一位商人", a
# businessman; "这名官员", this official; "该", the said), in both scripts
_DETERMINERS = {"该", "該", "此", "某"} | {
    f"{first}{measure}"
    for first in ("一", "两", "兩", "几", "幾", "多", "数", "數", "这", "這", "那", "某", "每")
    for measure in ("位", "名", "个", "個", "些", "家", "批")
}

LEXICON = Lexicon(
    code="zh",
    name="Chinese",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"),
        ("\N{LEFT WHITE CORNER BRACKET}", "\N{RIGHT WHITE CORNER BRACKET}"),
    ),
    cue_verbs=frozenset((_VERBS + _STATEMENT_CUES).split()),
    question_cues=frozenset({"问道", "問道"}),
    glued_cues=True,
    # "王明表示，C": the comma after the cue stands for the complementizer Chinese lacks
    comma_complement=True,
    glued_lookalikes=frozenset(_LOOKALIKES.split()),
    bare_noun_subjects=True,
    pro_drop=True,
    pronouns=frozenset({"他", "她", "他们", "她们", "他們", "她們", "我", "我们", "我們"}),
    person_pronouns=frozenset({"他", "她"}),
    # she, he, and the titles written onto the name they follow ("李华女士", Ms Li Hua;
    # "王强先生", Mr Wang Qiang; "张太太", Mrs Zhang)
    feminine_words=frozenset({"她", "女士", "太太", "小姐"}),
    masculine_words=frozenset({"他", "先生"}),
    first_person=frozenset({"我", "我们", "我們"}),
    # the roles written onto the name they precede ("市长王建国", "外交部发言人王明"): the
    # name follows them
    glued_roles=(
        *("市长", "市長", "发言人", "發言人", "主任", "部长", "部長", "局长", "局長"),
        *("总统", "總統", "总理", "總理", "主席", "书记", "書記", "院长", "院長"),
        *("校长", "校長", "经理", "經理", "董事长", "董事長", "教授", "专家", "專家"),
        *("负责人", "負責人", "大使", "省长", "省長", "县长", "縣長", "老板", "老闆"),
        *("店主", "居民", "市民", "村民", "司机", "司機", "医生", "醫生", "律师", "律師"),
        # an official, a person, the staff: no name after a body's linking particle
        *("官员", "官員", "人士", "工作人员", "工作人員"),
    ),
    # words that hold a role and are none: embassy, presidium, chief physician, the
    # principal's and the director's offices
    glued_role_compounds=(
        *("大使馆", "大使館", "主席团", "主席團", "主任医师", "主任醫師"),
        *("校长办公室", "校長辦公室", "院长办公室", "院長辦公室"),
    ),
    # what ends a body's name (government, bureau, ministry, department, commission,
    # company, group, hospital, university, association, centre, court, bank, office):
    # the name after it and a linking particle is one of its people ("市政府的张伟")
    glued_body_endings=(
        *("政府", "局", "部", "厅", "廳", "委", "委员会", "委員會", "公司", "集团", "集團"),
        *("医院", "醫院", "大学", "大學", "协会", "協會", "中心", "法院", "银行", "銀行"),
        *("办公室", "辦公室"),
    ),
    # of, joining a description to the name it describes: "外交部发言人的王明",
    # "在桥边经营小吃店的李小姐" (the speaker is the name after it)
    linking_particles=("的",),
    # according to, written onto the source and closed by its cue ("据新华社报道，C")
    source_phrases=("据", "據"),
    # adverbs between the subject and the cue, written onto both ("王明又称", "他还说"):
    # again, also, further, in turn, once
    auxiliaries=frozenset(
        {"又", "还", "還", "也", "亦", "则", "則", "再次", "进一步", "進一步", "曾"}
    ),
    # prepositions that open an adjunct inside the subject's word ("王明在记者会上表示",
    # "港口主任对记者说", told the reporters; "王明向媒体透露", revealed to the media)
    prepositions=frozenset({"在", "对", "對", "向"}),
    # whom the words were said to, closing the phrase of "对" or "向" ("对记者", "向新华社
    # 记者"): the reporters, the media, the public, this paper
    audience_nouns=frozenset({"记者", "記者", "媒体", "媒體", "外界", "本报", "本報"}),
    determiners=frozenset(_DETERMINERS),
    # at (a place): "王明在北京表示", in Beijing, no localizer after a place's name
    place_prepositions=frozenset({"在"}),
    # what closes a phrase of place or time the preposition opens ("在记者会上", at the
    # press conference; "在致辞中", in a speech; "在接受采访时", when interviewed; "在会后",
    # after the meeting), in both scripts
    localizers=frozenset({"上", "中", "时", "時", "后", "後", "前", "里", "裡", "期间", "期間"}),
    # verbs that open such a phrase of time with no "在" before them ("王明接受记者采访时
    # 表示", when interviewed by reporters): to accept (an interview), to attend, to meet,
    # to take part in, to visit, to inspect, to speak of, to answer, to give a speech
    adjunct_verbs=tuple(_ADJUNCT_VERBS.split()),
    # words that hold one and are none: to oppose, to face, aimed at, now, to exist, where
    # (something) is, absolute, relative; out of office ("在野党", the opposition),
    # potential, present, serving, incumbent, online, inner
    preposition_compounds=frozenset(_COMPOUNDS.split()),
    # days and times written between the subject and the cue ("王明周二表示"), in both
    # scripts, and the day of the month of wire copy ("王明5日表示")
    time_words=frozenset(
        {f"{week}{day}" for week in ("周", "週", "星期") for day in "一二三四五六日"}
        | {f"{n}日" for n in range(1, 32)}
        | {"今天", "昨天", "明天", "当天", "當天", "日前", "近日", "今日", "昨日", "当日", "當日"}
        | {"现在", "現在", "目前"}
    ),
    media_words=frozenset({"新华社", "新華社", "中新社", "路透社", "法新社"}) | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"微博", "微信"}) | PLATFORMS,
    month_names=tuple((f"{n}月",) for n in range(1, 13)),
    stopwords=frozenset({"的", "了", "是", "在", "和"}),
    # background, background material, related background (a label on its own line)
    background_markers=("背景", "背景资料", "背景資料", "相关背景", "相關背景"),
    # earlier, previously, as reported earlier, last year/week/month, each closed by its
    # comma (a word written onto the next has no boundary to tell it by: "此前" before a
    # comma opens the context, "去年同期" is a comparison)
    background_openers=(
        *(
            f"{opener}{comma}"
            for opener in ("此前", "早前", "去年", "上周", "上週", "上月", "上个月", "上個月")
            for comma in ("，", ",")
        ),
        "据此前报道",
        "據此前報道",
    ),
    # the page's editor, the source, the original headline, related and further reading
    boilerplate=(
        "责任编辑：",
        "責任編輯：",
        "编辑：",
        "編輯：",
        "来源：",
        "來源：",
        "原标题：",
        "原標題：",
        "相关阅读",
        "相關閱讀",
        "延伸阅读",
        "延伸閱讀",
    ),
)
