"""Vietnamese lexicon.

Vietnamese writes each syllable apart, so most verbs of saying are phrases of two words
(:attr:`~newsstruct.lang.Lexicon.cue_phrases`: "cho biết", "khẳng định", "nhấn mạnh",
"chia sẻ", "tuyên bố", "cho rằng"); the cue verbs of one word are few ("nói", "hỏi",
"viết", "kể").  Verbs do not inflect.  News copy (VnExpress, Tuổi Trẻ, TTXVN style) signs
a quotation with the source before the cue ("“Q”, ông Hùng nói", "“Q”, bà Lan cho biết"),
and reports with "X cho biết (rằng) C", "X cho biết, C" (a comma for "rằng") or "Theo
X, C" (according to).

People are named by their given name, the last word of the name, after a title that is
also the pronoun ("ông Nguyễn Văn Hùng", "ông Hùng", "ông cho biết": he said; "bà",
"anh", "chị"): the title marks the gender.  A role and its complement come before the
name in sentence case ("Giám đốc Sở Giao thông Nguyễn Văn Hùng").

Quotation marks are curly or straight double marks ("…", “…”).  Dates print the month as
"tháng" and its number ("ngày 4 tháng 3 năm 2026", "4/3").  Background opens with "Trước
đó" (before that) or "Như đã đưa tin" (as reported).  "đ" is no distinctive letter:
Croatian and Serbian write it too; the letters with a horn ("ơ", "ư") and the tone marks
under a vowel are Vietnamese only.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_CUE_WORDS = """
nói hỏi viết kể đáp bảo hứa tin nghĩ
"""

# phrases of two or three words
_CUE_PHRASES = """
cho biết
cho hay
cho rằng
khẳng định
nhấn mạnh
chia sẻ
tiết lộ
thông báo
thông tin
tuyên bố
phát biểu
nhận định
đánh giá
bày tỏ
kêu gọi
đề nghị
yêu cầu
thừa nhận
phủ nhận
bác bỏ
giải thích
nêu rõ
lưu ý
cảnh báo
trả lời
nhắc lại
bổ sung
xác nhận
hy vọng
lo ngại
dự báo
ước tính
tin tưởng
cho biết thêm
"""

_CONTROL_FIRSTS = """
kêu đề yêu
"""

# the last syllable of a role of two ("giám đốc", "bộ trưởng", "chủ tịch", "chuyên gia",
# "người dân"):
# the word before the name
_ROLE_NOUNS = """
đốc trưởng tướng tịch thống phó gia ngôn sư sĩ sứ dân
"""

_THING_NOUNS = """
bộ sở ủy ban chính phủ công an quân đội tòa án viện trường bệnh viện công ty
ngân hàng thành phố tỉnh huyện xã báo cáo thông cáo
"""

_STOPWORDS = """
của và các những được là trong với không này đã có người một để khi từ theo đến về cũng
nhưng sẽ năm ngày tại nhiều đang như thì ra làm vào trên rằng biết cho ông bà
"""

_DETERMINERS = """
các những một mọi mỗi này đó ấy nhiều vài hai ba
"""

_AUXILIARIES = """
đã đang sẽ vẫn cũng không chưa từng vừa mới còn đều thì
hôm nay qua mai sáng chiều tối
"""

# not "sau", "trước", "trong" (of "sau khi", "trong lúc"): alone, the prepositions "after",
# "before", "in" ("Người dân trong xã cho biết"); "khi" and "lúc" open those clauses
_CLAUSE_OPENERS = """
rằng là nếu khi vì tuy mặc dù để lúc ai gì đâu sao
"""

_PREPOSITIONS = """
của với cho tại ở trong trên dưới từ đến về theo bằng qua sau trước
"""

_TIME_WORDS = """
hôm nay qua mai sáng chiều tối thứ hai ba tư năm sáu bảy chủ nhật ngày tuần tháng trước
"""

_ABBREVIATIONS = """
tp ts ths gs pgs bs ls
"""

LEXICON = Lexicon(
    code="vi",
    name="Vietnamese",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ("'", "'"),
    ),
    cue_verbs=frozenset(_CUE_WORDS.split()),
    object_cue_verbs=frozenset({"nói", "hỏi", "kể", "bảo", "hứa"}),
    question_cues=frozenset({"hỏi"}),
    thought_cues=frozenset({"tin", "nghĩ"}),
    hedge_subjects=frozenset({"tôi", "chúng tôi", "chúng ta", "mình", "bạn"}),
    cue_phrases=tuple(line.strip() for line in _CUE_PHRASES.strip().splitlines()),
    control_cue_verbs=frozenset(_CONTROL_FIRSTS.split()),
    naming_cues=("gọi là", "được gọi là"),
    alias_openers=("còn gọi là", "biệt danh"),
    source_phrases=("theo", "theo lời", "dẫn lời"),
    min_according_words=2,
    pronouns=frozenset({"ông", "bà", "anh", "chị", "cô", "họ", "tôi", "chúng tôi", "em"}),
    person_pronouns=frozenset({"ông", "bà", "anh", "chị", "cô"}),
    audience_nouns=frozenset({"phóng viên", "báo chí", "truyền thông"}),
    feminine_words=frozenset({"bà", "chị", "cô"}),
    masculine_words=frozenset({"ông", "anh"}),
    first_person=frozenset({"tôi", "chúng tôi", "chúng ta", "mình"}),
    determiners=frozenset(_DETERMINERS.split()),
    anaphoric_sources=frozenset({"đó"}),  # "Theo đó, C": accordingly
    quantifiers=frozenset({"nhiều", "vài", "hai", "ba"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    complementizers=frozenset({"rằng"}),
    comma_complement=True,
    # verbs do not inflect: "nói giá vé sẽ không tăng trong năm nay", a clause and its time
    uninflected_verbs=True,
    name_time_words=True,
    infinitive_markers=frozenset({"để"}),
    dative_prepositions=frozenset({"với"}),
    conjunctions=frozenset({"và", "nhưng", "hoặc", "còn"}),
    list_conjunctions=frozenset({"và", "hoặc"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"ai", "gì", "đâu", "sao", "liệu"}),
    content_stops=frozenset({"mặc dù", "tuy nhiên"}),
    sentence_adverbs=frozenset({"tuy nhiên", "ngoài ra", "hiện"}),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    # "Bộ Ngoại giao", the foreign ministry: the body's noun, then its name
    body_names_after_nouns=True,
    titles=frozenset({"ông", "bà", "anh", "chị", "cô", "ts", "gs", "pgs", "ths", "bs", "ls"}),
    media_words=frozenset(
        {
            "thông tấn xã việt nam",
            "vnexpress",
            "tuổi trẻ",
            "thanh niên",
            "vietnamnet",
            "dân trí",
            "vtv",
            "vov",
            "nhân dân",
            "zing",
            "báo",
            "đài",
        }
    )
    | INTERNATIONAL_MEDIA,
    generic_media=frozenset({"truyền thông", "báo chí"}),
    platform_words=frozenset({"zalo"}) | PLATFORMS,
    credit_cues=frozenset({"theo"}),
    attribution_cues=("theo", "dẫn nguồn"),
    attribution_verbs=("đưa tin", "thông tin"),
    anaphoric_cues=(
        "đó là thông tin",
        "đây là thông tin",
        "đó là khẳng định",
        "đây là khẳng định",
        "đó là nhận định",
    ),
    byline_words=("Theo",),
    background_markers=("bối cảnh",),
    background_openers=(
        "trước đó",
        "như đã đưa tin",
        "như tin đã đưa",
        "năm ngoái",
        "tuần trước",
        "tháng trước",
    ),
    section_markers=("xem thêm", "video", "ảnh"),
    month_names=(
        ("tháng một", "tháng giêng", "tháng 1"),
        ("tháng hai", "tháng 2"),
        ("tháng ba", "tháng 3"),
        ("tháng tư", "tháng 4"),
        ("tháng năm", "tháng 5"),
        ("tháng sáu", "tháng 6"),
        ("tháng bảy", "tháng 7"),
        ("tháng tám", "tháng 8"),
        ("tháng chín", "tháng 9"),
        ("tháng mười", "tháng 10"),
        ("tháng mười một", "tháng 11"),
        ("tháng mười hai", "tháng chạp", "tháng 12"),
    ),
    boilerplate=("ảnh:", "xem thêm:", "nguồn:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    stopwords=frozenset(_STOPWORDS.split()),
    letters=frozenset("ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
)
