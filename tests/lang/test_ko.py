"""Korean: language detection and the quote constructions of invented articles (the
subject with its topic particle, the quotation with the quotative particle written onto
its closing mark and the cue at the end; the subject after the quotation), a term in
marks before its noun, and the lexicon.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "론항시는 대교를 통행 금지한다고 12일 밝혔다.",
        [("reported", "대교를 통행 금지한다고", "론항시", "밝혔다")],
        id="the-day-between-the-quotative-ending-and-the-cue",
    ),
    pytest.param(
        '김민수 시장은 "준비됐다"고 이날 말했다.',
        [("direct", "준비됐다", "김민수 시장", "고 이날 말했다")],
        id="a-word-of-time-between-the-quotation-and-the-cue",
    ),
    pytest.param(
        '김민수 대변인은 "여객선 운항을 내일 아침 재개할 것"이라고 말했다.',
        [("direct", "여객선 운항을 내일 아침 재개할 것", "김민수 대변인", "이라고 말했다")],
        id="subject-particle-quotation-quotative-cue",
    ),
    pytest.param(
        '항만청장은 "여객선 운항을 내일 아침 재개한다"고 밝혔다.',
        [("direct", "여객선 운항을 내일 아침 재개한다", "항만청장", "고 밝혔다")],
        id="ko-mark-then-particle",
    ),
    pytest.param(
        '김 대변인은 이날 기자회견에서 "여객선 운항을 내일 재개할 것"이라고 말했다.',
        [("direct", "여객선 운항을 내일 재개할 것", "김 대변인", "이라고 말했다")],
        id="the-subject-ends-at-its-particle",
    ),
    pytest.param(
        '"여객선 운항을 내일 재개할 것"이라고 김민수 대변인은 말했다.',
        [("direct", "여객선 운항을 내일 재개할 것", "김민수 대변인", "말했다")],
        id="subject-after-the-quotation",
    ),
    pytest.param('시는 "창조경제" 정책을 발표했다.', [], id="a-term-before-its-noun"),
    pytest.param(
        '같은 날 김민수 대변인은 "여객선은 내일 아침 운항을 재개한다"고 말했다.',
        [("direct", "여객선은 내일 아침 운항을 재개한다", "김민수 대변인", "고 말했다")],
        id="an-adnominal-in-n-is-no-subject",
    ),
    pytest.param(
        '이에 대해 김민수 대변인은 "여객선은 내일 아침 운항을 재개한다"고 말했다.',
        [("direct", "여객선은 내일 아침 운항을 재개한다", "김민수 대변인", "고 말했다")],
        id="about-this-is-cut-from-the-subject",
    ),
    pytest.param(
        '한편 김민수 대변인은 "여객선은 내일 아침 운항을 재개한다"고 말했다.',
        [("direct", "여객선은 내일 아침 운항을 재개한다", "김민수 대변인", "고 말했다")],
        id="meanwhile-is-cut-from-the-subject",
    ),
    pytest.param(
        '오늘은 김민수 대변인은 "여객선은 내일 아침 운항을 재개한다"고 말했다.',
        [("direct", "여객선은 내일 아침 운항을 재개한다", "김민수 대변인", "고 말했다")],
        id="a-word-of-time-with-its-particle-is-no-subject",
    ),
    pytest.param(
        "김민수 대변인은 여객선이 내일 운항을 재개한다고 밝혔다.",
        [("reported", "여객선이 내일 운항을 재개한다고", "김민수 대변인", "밝혔다")],
        id="reported-the-quotative-ending-before-the-cue",
    ),
    pytest.param(
        "그는 요금이 오르지 않을 것이라고 말했다.",
        [("reported", "요금이 오르지 않을 것이라고", "그", "말했다")],
        id="reported-a-pronoun-subject",
    ),
    pytest.param(
        "해양수산부에 따르면 여객선은 내일 아침 운항을 재개한다.",
        [("reported", "여객선은 내일 아침 운항을 재개한다", "해양수산부", "따르면")],
        id="according-to-the-particle-cut-from-the-source",
    ),
    pytest.param(
        '김민수 대변인은 "요금은 오르지 않는다"라고 말했다. 그는 "증편도 검토한다"고 말했다.',
        [
            ("direct", "요금은 오르지 않는다", "김민수 대변인", "라고 말했다"),
            ("direct", "증편도 검토한다", "김민수 대변인", "고 말했다"),
        ],
        id="a-pronoun-resolved-to-the-speaker-before",
    ),
    pytest.param(
        '김민수 대변인은 "요금은 오르지 않는다"라고 말했다. 이영희 여사는 "반갑다"고 말했다. '
        '그는 "증편도 검토한다"고 말했다.',
        [
            ("direct", "요금은 오르지 않는다", "김민수 대변인", "라고 말했다"),
            ("direct", "반갑다", "이영희 여사", "고 말했다"),
            ("direct", "증편도 검토한다", "김민수 대변인", "고 말했다"),
        ],
        id="he-stands-for-no-woman-the-title-yeosa-names",
    ),
    pytest.param(
        "해양수산부에 의하면 여객선은 내일 아침 운항을 재개한다.",
        [("reported", "여객선은 내일 아침 운항을 재개한다", "해양수산부", "의하면")],
        id="according-to-euihamyeon",
    ),
    pytest.param(
        "여객선 운항은 내일 재개된다고 해양수산부가 밝혔다.",
        [("reported", "여객선 운항은 내일 재개된다고", "해양수산부", "밝혔다")],
        id="the-subject-after-reported-speech-with-the-nominative-particle",
    ),
    pytest.param(
        "여객선 운항은 내일 재개된다고 해양수산부 김민수 대변인이 말했다.",
        [("reported", "여객선 운항은 내일 재개된다고", "해양수산부 김민수 대변인", "말했다")],
        id="a-role-and-name-after-reported-speech",
    ),
    pytest.param(
        '김민수 대변인이 "여객선 운항을 내일 재개할 것"이라고 말했다.',
        [("direct", "여객선 운항을 내일 재개할 것", "김민수 대변인", "이라고 말했다")],
        id="the-nominative-particle-ends-the-subject",
    ),
    pytest.param(
        '대통령께서는 "여객선 운항을 내일 재개할 것"이라고 말했다.',
        [("direct", "여객선 운항을 내일 재개할 것", "대통령", "이라고 말했다")],
        id="the-longest-particle-is-cut",
    ),
    pytest.param(
        '해양 전문가 김민수 씨는 "여객선 운항을 내일 재개할 것"이라고 말했다.',
        [("direct", "여객선 운항을 내일 재개할 것", "해양 전문가 김민수 씨", "이라고 말했다")],
        id="a-role-noun-that-ends-like-a-particle-has-none",
    ),
    pytest.param(
        '김 대변인은 "점검을 마쳤다"며 "승객 불편을 줄이겠다"고 말했다.',
        [
            ("direct", "점검을 마쳤다", "김 대변인", "고 말했다"),
            ("direct", "승객 불편을 줄이겠다", "김 대변인", "고 말했다"),
        ],
        id="a-quotation-linked-by-myeo-is-the-cue-s-too",
    ),
    pytest.param(
        '김 대변인은 "점검을 마쳤다"면서 승객 불편을 줄이겠다고 말했다.',
        [
            ("direct", "점검을 마쳤다", "김 대변인", "말했다"),
            ("reported", "승객 불편을 줄이겠다고", "김 대변인", "말했다"),
        ],
        id="a-quotation-linked-by-myeonseo-then-reported-speech",
    ),
    pytest.param(
        "김민수 대변인은 여객선이 내일 운항을 재개한다고 거듭 밝혔다.",
        [("reported", "여객선이 내일 운항을 재개한다고", "김민수 대변인", "밝혔다")],
        id="an-adverb-before-the-cue-is-no-content",
    ),
    pytest.param(
        "김민수 대변인은 이날 기자회견에서 여객선이 내일 운항을 재개한다고 밝혔다.",
        [("reported", "여객선이 내일 운항을 재개한다고", "김민수 대변인", "밝혔다")],
        id="at-the-press-conference-is-no-content",
    ),
    pytest.param(
        "해양수산부는 보도자료를 통해 여객선이 내일 운항을 재개한다고 밝혔다.",
        [("reported", "여객선이 내일 운항을 재개한다고", "해양수산부", "밝혔다")],
        id="through-a-press-release-is-no-content",
    ),
    pytest.param(
        '김 대변인은 "요금은 오르지 않는다"라고 거듭 말했다.',
        [("direct", "요금은 오르지 않는다", "김 대변인", "라고 거듭 말했다")],
        id="an-adverb-between-the-quotative-and-its-verb",
    ),
    pytest.param(
        '"요금은 오르지 않는다"라고 김 대변인은 다시 한번 강조했다.',
        [("direct", "요금은 오르지 않는다", "김 대변인", "강조했다")],
        id="an-adverb-between-the-subject-after-the-quotation-and-the-cue",
    ),
    pytest.param(
        '김 대변인은 "점검을 마쳤다"며 승객들의 양해를 구했다.',
        [("direct", "점검을 마쳤다", "김 대변인", "며")],
        id="a-quotation-with-myeo-before-a-verb-of-no-saying",
    ),
    pytest.param(
        '해양수산부는 "운항을 재개한다"라며 이같이 밝혔다.',
        [("direct", "운항을 재개한다", "해양수산부", "라며 이같이 밝혔다")],
        id="a-quotation-with-ramyeo-before-a-cue",
    ),
    pytest.param("여객선 운항이 내일 재개된다.", [], id="no-cue"),
    pytest.param(
        '주민 김모(45)씨는 "다리가 없으면 출근이 어렵다"고 말했다.',
        [("direct", "다리가 없으면 출근이 어렵다", "주민 김모", "고 말했다")],
        id="an-age-in-brackets-between-the-name-and-the-honorific",
    ),
    pytest.param(
        "김 씨(45)는 다리가 없으면 출근이 어렵다고 말했다.",
        [("reported", "다리가 없으면 출근이 어렵다고", "김 씨", "말했다")],
        id="an-age-in-brackets-before-the-particle-and-reported-words",
    ),
    pytest.param(
        "현장에 있던 주민 김민수 씨는 다리가 흔들렸다고 말했다.",
        [("reported", "다리가 흔들렸다고", "주민 김민수 씨", "말했다")],
        id="a-relative-clause-s-adnominal-verb-before-the-subject",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_ko(text: str) -> None:
    assert lang.detect(text) == "ko"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "ko"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="ko") == expected


def test_an_outlet_before_according_to_is_credited() -> None:
    text = "연합뉴스에 따르면 여객선은 내일 아침 운항을 재개한다."
    article = newsstruct.parse(text, lang="ko", registry=REGISTRY)
    assert [a.source for a in article.attributions] == ["연합뉴스"]
    assert article.quotes == ()


def test_lexicon() -> None:
    # the lexicon lists no source phrases or anaphoric cues yet
    check_lexicon("ko", min_cue_verbs=25, control_cues=False, sources=False)
    assert lang.get("ko").verb_final


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "여객선 내일부터 운항 재개\n\n(서울=연합뉴스) 김민수 대변인은 "
        "여객선이 내일 아침 운항을 재개한다고 밝혔다.\n\n"
        "김 대변인은 “요금은 오르지 않는다”라고 말했다.\n\n"
        "그는 “증편도 검토하고 있다”고 덧붙였다."
    )
    assert article_rows(text, "ko") == (
        "여객선 내일부터 운항 재개",
        ("서울", "연합뉴스"),
        [
            ("reported", "여객선이 내일 아침 운항을 재개한다고", "김민수 대변인", "밝혔다"),
            # "김 대변인": the surname alone, the spokesman named in full before
            ("direct", "요금은 오르지 않는다", "김민수 대변인", "라고 말했다"),
            ("direct", "증편도 검토하고 있다", "김민수 대변인", "고 덧붙였다"),
        ],
    )


@pytest.mark.parametrize(
    ("word", "particle"),
    [
        ("박민준이", "이"),  # 준 ends in a consonant: 이 is the particle
        ("해양수산부가", "가"),  # 부 ends in a vowel: 가 is
        ("대변인은", "은"),
        ("대통령께서는", "께서는"),
        ("박소이", ""),  # 소 ends in a vowel: 이 is the name's own syllable
        ("건축가", ""),  # 축 ends in a consonant: 가 is the noun's own syllable
        ("사회자는", "는"),
    ],
)
def test_a_subject_particle_fits_the_syllable_before_it(word: str, particle: str) -> None:
    assert lang.subject_particle(word, lang.get("ko")) == particle


def test_background_and_page_furniture() -> None:
    # an invented story: "앞서" (earlier) opens the context; a related-articles label
    text = (
        "여객선 내일 운항 재개\n\n해양수산부는 3일 여객선 운항을 내일 재개한다고 밝혔다.\n\n"
        "앞서 여객선은 태풍으로 사흘간 운항을 멈췄다.\n\n관련기사"
    )
    roles = [p.role.value for p in newsstruct.parse(text, lang="ko", registry=REGISTRY).paragraphs]
    assert roles == ["title", "lead", "background", "boilerplate"]


def test_a_lead_of_last_year_s_figures_is_no_background() -> None:
    text = "출생아 수 역대 최저\n\n지난해 국내 출생아 수가 역대 최저를 기록했다고 통계청이 밝혔다."
    roles = [p.role.value for p in newsstruct.parse(text, lang="ko", registry=REGISTRY).paragraphs]
    assert roles[-1] == "lead"


def test_the_writer_s_byline_after_a_wire_s_dateline_is_no_part_of_the_quote() -> None:
    """``(서울=연합뉴스) 김민준 기자 = …``: the writer's name, the journalist's noun and the
    equals sign close the dateline's byline; the lead's words begin after them."""
    text = (
        "(론포트=연합뉴스) 김민준 기자 = 론포트 항구가 폭풍으로 사흘간 폐쇄된 뒤 4일 운영을 "
        "재개했다고 항만 당국이 밝혔다."
    )
    article = newsstruct.parse(text, lang="ko")
    assert article.dateline is not None
    assert article.dateline.agency == "연합뉴스"
    (quote,) = article.quotes
    assert quote.text.startswith("론포트 항구가")
    assert quote.speaker is not None
    assert quote.speaker.name == "항만 당국"


@pytest.mark.parametrize("dateline", ["론포트 (연합뉴스) ", "론포트, 12월 1일 (연합뉴스) "])
def test_the_writer_s_byline_after_a_place_and_an_agency_in_brackets(dateline: str) -> None:
    """A place, perhaps a date, and the agency in brackets (the dateline of scripts without
    case) take the byline an equals sign closes as well: the lead's quote begins after it."""
    credit = "김민준 기자 = "
    lead = "론포트 항구가 폭풍으로 사흘간 폐쇄된 뒤 4일 운영을 재개했다고 항만 당국이 밝혔다."
    text = dateline + credit + lead
    article = newsstruct.parse(text, lang="ko")
    assert article.dateline is not None
    assert article.dateline.span.of(text) == (dateline + credit).rstrip()
    (quote,) = article.quotes
    assert quote.text.startswith("론포트 항구가")


@pytest.mark.parametrize(
    "credit",
    [
        "김민준 기자= ",
        "김민준 기자 =",
        "김민준 기자=",
        "김민준 기자  =  ",
        "김민준 이수진 특파원= ",
    ],
)
@pytest.mark.parametrize("bracketed", ["(론포트=연합뉴스) ", "【론포트=뉴시스】"])
def test_the_writer_s_byline_however_its_equals_sign_is_spaced(bracketed: str, credit: str) -> None:
    """The byline that an equals sign closes is the dateline's however the sign is spaced
    (one place holds it: the dateline), and the lead's quote begins after it."""
    lead = "론포트 항구가 폭풍으로 사흘간 폐쇄된 뒤 4일 운영을 재개했다고 항만 당국이 밝혔다."
    text = bracketed + credit + lead
    article = newsstruct.parse(text, lang="ko")
    assert article.dateline is not None
    assert article.dateline.span.of(text) == (bracketed + credit).rstrip()
    (quote,) = article.quotes
    assert quote.text.startswith("론포트 항구가")
    assert quote.speaker is not None
    assert quote.speaker.name == "항만 당국"
