"""Korean lexicon (news copy).

Cue verbs are the verbs of saying of Korean wire and paper copy ("말했다", said;
"밝혔다", made clear; "강조했다", stressed; "설명했다", explained; "전했다", conveyed) with
the cognition verbs that ANNOTATION.md counts as cues ("내다봤다", forecast), in the
plain past of news and the polite past of broadcast copy ("말했습니다").

Korean is verb-final and writes its particles onto the word before them: the subject
opens the sentence with the topic particle "은"/"는" ("김민수 대변인은"), the quotation
follows with the quotative particle written onto its closing mark ("“Q”라고",
"“Q”이라고", "“Q”고") and the cue closes the sentence: "김민수 대변인은 “Q”라고
말했다".  The quotative particle and the verb are one cue phrase ("라고 말했다"); the
subject ends at its particle (:attr:`~newsstruct.lang.Lexicon.subject_particles`), and
the speaker is named without it ("김민수 대변인").  After the quotation the subject may
follow its particle: "“Q”라고 김민수 대변인은 말했다".  Korean has no capital letters:
the speaker is the subject as written.  Reported speech runs from the subject's particle
to the cue, its last word in a quotative ending ("김민수 대변인은 C다고 밝혔다"); "X에
따르면 C" and "X에 의하면 C" (according to X) name X without its particle.

Quotation marks are the curly and straight double marks, single ones inside.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# the plain past, then the polite past
_SPEECH_VERBS = """
말했다 밝혔다 강조했다 설명했다 전했다 덧붙였다 지적했다 주장했다 언급했다 발표했다
경고했다 비판했다 답했다 물었다 설명한다 말한다 밝힌다
우려했다 촉구했다 당부했다 호소했다 토로했다 알렸다
말했습니다 밝혔습니다 강조했습니다 설명했습니다 전했습니다 덧붙였습니다 지적했습니다
주장했습니다
"""

_COGNITION_VERBS = """
내다봤다 예상했다 전망했다 판단했다
"""

_VERBS = (_SPEECH_VERBS + _COGNITION_VERBS).split()

# the quotative particle written onto the closing mark, after a consonant or a vowel
_QUOTATIVES = ("라고", "이라고", "고")

_ROLE_NOUNS = """
대변인 장관 대통령 총리 의원 위원장 대표 청장 시장 교수 관계자 전문가 당국자 국장 사장
회장 원장 차관 지사 검사 판사 변호사 연구원 소장 부장 감독 선수
"""

_STOPWORDS = """
및 등 수 것 더 또 그리고 하지만 이번 위해 같은 다른 많은 있는 없는 새로운 하는 되는 한편 대해
관련해
"""

LEXICON = Lexicon(
    code="ko",
    name="Korean",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset(_VERBS),
    cue_phrases=tuple(f"{particle} {verb}" for particle in _QUOTATIVES for verb in _VERBS),
    question_cues=frozenset({"물었다"}),
    verb_final=True,
    # the quotative endings of reported speech: "C다고 밝혔다", "C라고 말했다"
    # according to: "X에 따르면 C", "X에 의하면 C", the particle written onto the source
    source_postpositions=frozenset({"따르면", "의하면"}),
    # the particle written onto the source of "X에 따르면", no part of its name
    postposition_particles=("에",),
    # and the clause of a forecast ("C 것으로 내다봤다", expected that C would)
    complement_endings=("다고", "라고", "냐고", "자고", "것으로"),
    # "X는 "Q1"며 "Q2"고 말했다": saying Q1 and, the quotative written onto the mark
    # or not
    quotative_connectives=frozenset({"며", "면서", "라며", "이라며", "라면서", "이라면서"}),
    # again, once more, also, clearly, strongly, in addition, thus: how it was said,
    # right before the cue ("C다고 거듭 밝혔다", '“Q”라고 다시 한번 강조했다')
    manner_adverbs=frozenset(
        {"거듭", "재차", "다시", "한번", "또", "또한", "분명히", "강하게", "덧붙여", "이같이"}
    ),
    # the press conference, the briefing, the interview, the statement, the meeting, the
    # broadcast where it was said, and "through" ("보도자료를 통해", in a press release):
    # the words up to one after the subject are no content
    medium_nouns=frozenset(
        {"기자회견에서", "브리핑에서", "인터뷰에서", "간담회에서", "회의에서", "성명에서"}
        | {"방송에서", "통해"}
    ),
    subject_particles=("은", "는", "이", "가", "께서", "께서는"),
    # doing, being, being there, lacking, and their past: the relative clause's verb before
    # its noun ("빵집을 운영하는 이수진 씨는")
    adnominal_endings=(
        "하는",
        "되는",
        "있는",
        "없는",
        "하던",
        "되던",
        "했던",
        "됐던",
        "있던",
        "없던",
    ),
    particles_after_consonant=frozenset({"이", "은"}),
    particles_after_vowel=frozenset({"가", "는"}),
    bare_noun_subjects=True,
    pro_drop=True,
    pronouns=frozenset({"그", "그녀", "나", "우리"}),
    person_pronouns=frozenset({"그", "그녀"}),
    # she, he, and the title after a woman's name ("김민지 여사", Mrs Kim Min-ji); the
    # honorific "씨" tells no gender
    feminine_words=frozenset({"그녀", "여사"}),
    masculine_words=frozenset({"그"}),
    first_person=frozenset({"나", "우리", "저", "저희"}),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # and the day of the month of wire copy ("해양수산부는 3일 C고 밝혔다")
    time_words=frozenset({"이날", "오늘", "어제", "내일", "지난", "오전", "오후", "날"})
    | {f"{n}일" for n in range(1, 32)},
    # the home wires, and the foreign ones in Hangul or their Latin initials (AP통신), alone
    # or with "통신" (news agency)
    media_words=frozenset(
        {"연합뉴스", "뉴시스", "뉴스1", "로이터", "블룸버그"}
        | {f"{wire}통신" for wire in ("로이터", "블룸버그", "교도", "신화", "타스", "ap", "afp")}
    )
    | INTERNATIONAL_MEDIA,
    platform_words=frozenset({"페이스북", "트위터", "유튜브"}) | PLATFORMS,
    background_markers=("배경",),
    # earlier, before this: "앞서 정부는 …했다" ("지난해", last year, opens leads of
    # yearly figures too)
    background_openers=("앞서", "이에 앞서"),
    # related articles, a photo's credit ("사진=연합뉴스")
    boilerplate=("관련기사", "관련 기사", "사진="),
    # a journalist's nouns: a wire's byline after its dateline, "김민준 기자 ="
    interviewer_nouns=frozenset({"기자", "특파원"}),
    month_names=tuple((f"{n}월",) for n in range(1, 13)),
    # with adnominal forms in "-은"/"-는" (same, other, many, being, new), no subject and
    # its particle, and openers ("한편", meanwhile; "이에 대해", about this) cut from one
    stopwords=frozenset(_STOPWORDS.split()),
)
