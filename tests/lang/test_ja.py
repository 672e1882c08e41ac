"""Japanese: language detection and the quote constructions of invented articles (the
subject with its topic particle, the quotation in corner brackets, the quotative particle
written onto the cue), a subject whose word goes on past its particle, and terms in
brackets.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, article_rows, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "港長は「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "港長", "と述べた")],
        id="subject-particle-corner-brackets-cue",
    ),
    pytest.param(
        "港長は「これは『最後の機会』だと思う」と話した。",
        [("direct", "これは『最後の機会』だと思う", "港長", "と話した")],
        id="white-corner-brackets-inside",
    ),
    pytest.param(
        "港長は記者団に「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "港長", "と述べた")],
        id="a-noun-and-its-particle-open-a-word-before-the-quotation",
    ),
    pytest.param(
        "田中港長は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "田中港長", "と述べた")],
        id="at-a-press-conference-after-the-subject-s-particle",
    ),
    pytest.param(
        "記者の取材に対し、同社の担当者は「フェリーは明日の朝に再開する」と答えた。",
        [("direct", "フェリーは明日の朝に再開する", "同社の担当者", "と答えた")],
        id="a-phrase-set-off-before-the-subject",
    ),
    pytest.param(
        # the ideographic comma inside the marks sets a short quotation off as the comma
        # does ("天気は悪い" is too short to be speech without it)
        "港長は「天気は悪い、」と話した。",
        [("direct", "天気は悪い、", "港長", "と話した")],
        id="ideographic-comma-inside-the-marks",
    ),
    pytest.param(
        "港長は「フェリーは明日の朝に再開する」と言った。",
        [("direct", "フェリーは明日の朝に再開する", "港長", "と言った")],
        id="said-plain",
    ),
    pytest.param(
        "これは「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", None, "と述べた")],
        id="a-demonstrative-is-no-speaker",
    ),
    pytest.param(
        "今日は港長が「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "港長", "と述べた")],
        id="a-word-of-time-and-its-particle-cut-from-the-subject",
    ),
    pytest.param(
        "「フェリーは明日の朝に再開する」と港長は述べた。",
        [("direct", "フェリーは明日の朝に再開する", "港長", "述べた")],
        id="inverted-the-subject-after-the-quotation",
    ),
    pytest.param(
        "「遅れは問題ない」と田中氏は語った。",
        [("direct", "遅れは問題ない", "田中", "語った")],
        id="inverted-a-name-with-its-honorific",
    ),
    pytest.param(
        "港長は「フェリーは明日の朝に再開する」と述べた。田中氏は「遅れは問題ない」と語った。",
        [
            ("direct", "フェリーは明日の朝に再開する", "港長", "と述べた"),
            ("direct", "遅れは問題ない", "田中", "と語った"),
        ],
        id="the-ideographic-full-stop-between-words-ends-the-sentence",
    ),
    pytest.param(
        "国土交通省によると、フェリーは明日の朝に再開する。",
        [("reported", "フェリーは明日の朝に再開する", "国土交通省", "によると")],
        id="according-to-written-onto-the-source",
    ),
    pytest.param(
        "港長は、フェリーは悪天候で運航を停止していたが、明日の朝には再開する見通しだと述べた。",
        [
            (
                "reported",
                "フェリーは悪天候で運航を停止していたが、明日の朝には再開する見通しだ",
                "港長",
                "と述べた",
            )
        ],
        id="reported-content-with-commas-before-the-quotative-cue",
    ),
    pytest.param(
        "港長は3日、フェリーは明日の朝に再開すると述べた。",
        [("reported", "フェリーは明日の朝に再開する", "港長", "と述べた")],
        id="the-day-written-onto-the-subject-s-particle",
    ),
    pytest.param(
        "港長はフェリーが明日再開すると述べた。",
        [("reported", "フェリーが明日再開する", "港長", "と述べた")],
        id="reported-the-subject-written-onto-the-content",
    ),
    pytest.param(
        "国土交通省はフェリーが明日の朝に運航を再開すると発表した。",
        [("reported", "フェリーが明日の朝に運航を再開する", "国土交通省", "と発表した")],
        id="reported-a-ministry-announced",
    ),
    pytest.param(
        "港長は「運賃は変わらない」と述べた。彼は「増便も検討している」と話した。",
        [
            ("direct", "運賃は変わらない", "港長", "と述べた"),
            ("direct", "増便も検討している", "港長", "と話した"),
        ],
        id="a-pronoun-resolved-to-the-speaker-before",
    ),
    pytest.param(
        "港長は「運賃は変わらない」と述べた。40代の女性は「怖かった」と話した。"
        "彼は「増便も検討している」と話した。",
        [
            ("direct", "運賃は変わらない", "港長", "と述べた"),
            ("direct", "怖かった", "40代の女性", "と話した"),
            ("direct", "増便も検討している", "港長", "と話した"),
        ],
        id="he-stands-for-no-speaker-named-a-woman",
    ),
    pytest.param("市は「安全第一」の方針を示した。", [], id="a-term"),
    pytest.param(
        "港長は記者会見で、フェリーが明日再開すると述べた。",
        [("reported", "フェリーが明日再開する", "港長", "と述べた")],
        id="the-subject-then-where-it-was-said-and-a-comma-before-reported-words",
    ),
    pytest.param(
        "北浜県知事は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "北浜県知事", "と述べた")],
        id="a-role-after-a-prefecture-is-its-holder-whole",
    ),
    pytest.param(
        "北浜市長は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "北浜市長", "と述べた")],
        id="a-city-s-mayor-after-two-characters-is-its-holder-whole",
    ),
    pytest.param(
        "同社社長は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "同社社長", "と述べた")],
        id="a-role-after-a-company-is-its-holder-whole",
    ),
    pytest.param(
        "北浜社長は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "北浜", "と述べた")],
        id="a-company-role-after-a-two-character-surname-names-him",
    ),
    pytest.param(
        # 村 ends a village's name, but many surnames too: it is no body's ending
        "北村社長は記者会見で「フェリーは明日の朝に再開する」と述べた。",
        [("direct", "フェリーは明日の朝に再開する", "北村", "と述べた")],
        id="a-company-role-after-a-surname-in-mura-names-him",
    ),
    pytest.param(
        "木村一郎さん（45）は「通勤が大変になる」と話した。",
        [("direct", "通勤が大変になる", "木村一郎", "と話した")],
        id="an-age-in-brackets-between-the-name-and-its-particle",
    ),
    pytest.param(
        "田中一郎議員（自民）は、政府の責任は重いと述べた。",
        [("reported", "政府の責任は重い", "田中一郎", "と述べた")],
        id="a-party-in-brackets-before-the-particle-and-reported-words",
    ),
    pytest.param(
        "木村さん（45）はフェリーが明日再開すると述べた。",
        [("reported", "フェリーが明日再開する", "木村", "と述べた")],
        id="reported-words-written-onto-the-particle-after-an-age",
    ),
    pytest.param(
        "近くに住む70代の女性は「病院が遠くなる」と話していました。",
        [("direct", "病院が遠くなる", "近くに住む70代の女性", "と話していました")],
        id="broadcast-copy-s-progressive-polite-past",
    ),
    pytest.param(
        "市によりますと、工事は3か月かかる見込みです。",
        [("reported", "工事は3か月かかる見込みです", "市", "によりますと")],
        id="according-to-in-the-polite-form",
    ),
    pytest.param(
        "市は、迂回路を案内する看板を設置するとしています。",
        [("reported", "迂回路を案内する看板を設置する", "市", "としています")],
        id="a-body-s-position-with-to-shite-imasu",
    ),
    pytest.param(
        "国土交通省の担当者は取材に「点検結果を踏まえた判断だ」と話した。",
        [("direct", "点検結果を踏まえた判断だ", "国土交通省の担当者", "と話した")],
        id="nouns-joined-by-no-open-the-subject-s-word-before-a-quotation",
    ),
    pytest.param(
        "近くで食堂を営む木村一郎さんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "木村一郎", "と語った")],
        id="the-name-after-a-relative-clause-before-its-honorific",
    ),
    pytest.param(
        "同社の社長は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "同社の社長", "と語った")],
        id="a-role-after-a-linking-particle-is-its-holder-whole",
    ),
    pytest.param(
        "米国のジョン・スミス氏は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "ジョン・スミス", "と語った")],
        id="a-foreign-name-s-middle-dot-is-inside-the-name",
    ),
    pytest.param(
        "ジョン・ロー国務長官は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "ジョン・ロー", "と語った")],
        id="a-foreign-name-before-a-compound-role",
    ),
    pytest.param(
        "ローン大統領は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "ローン", "と語った")],
        id="a-katakana-name-before-president",
    ),
    pytest.param(
        "山田太郎官房長官は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "山田太郎", "と語った")],
        id="a-name-before-chief-cabinet-secretary",
    ),
    pytest.param(
        "近くに住むさくらさんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "さくら", "と語った")],
        id="a-hiragana-name-after-a-verb-s-plain-form",
    ),
    pytest.param(
        "店で働いていたはなこさんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "はなこ", "と語った")],
        id="a-hiragana-name-after-a-progressive-past",
    ),
    pytest.param(
        "近くに住んでいるさくらさんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "さくら", "と語った")],
        id="a-hiragana-name-after-a-progressive-with-de",
    ),
    pytest.param(
        "近所に住むおばあさんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "近所に住むおばあさん", "と語った")],
        id="a-grandmother-after-a-verb-is-no-given-name",
    ),
    pytest.param(
        "会場に来たみなさんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "会場に来たみなさん", "と語った")],
        id="everyone-after-a-verb-is-no-given-name",
    ),
    pytest.param(
        "ローン米大統領は「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "ローン", "と語った")],
        id="a-katakana-name-before-a-country-s-president",
    ),
    pytest.param(
        "ローン前米大統領さんは「客が減るのは確実だ」と語った。",
        [("direct", "客が減るのは確実だ", "ローン", "と語った")],
        id="a-katakana-name-before-former-country-and-role-and-honorific",
    ),
    pytest.param(
        "ローンズ日本法人社長は「客が減るのは確実だ」と述べた。",
        [("direct", "客が減るのは確実だ", "ローンズ日本法人", "と述べた")],
        id="a-company-s-katakana-before-ideographs-is-no-person",
    ),
    pytest.param(
        "ローン自動車社長は「客が減るのは確実だ」と述べた。",
        [("direct", "客が減るのは確実だ", "ローン自動車", "と述べた")],
        id="a-katakana-maker-s-name-is-no-person",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_ja(text: str) -> None:
    assert lang.detect(text) == "ja"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "ja"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="ja") == expected


def test_lexicon() -> None:
    # the lexicon lists no source phrases, anaphoric cues or background markers yet
    check_lexicon("ja", min_cue_verbs=60, control_cues=False, sources=False)
    assert lang.get("ja").verb_final


def test_article_end_to_end() -> None:
    # an invented article: headline, dateline, reported speech, a direct quote, a pronoun
    text = (
        "フェリー、あすから運航再開\n\n【東京共同】港長は3日、フェリーは明日の朝に運航を再開すると述べた。"
        "\n\n「運賃は変わらない」と港長は語った。\n\n彼は「増便も検討している」と話した。"
    )
    assert article_rows(text, "ja") == (
        "フェリー、あすから運航再開",
        ("東京", "共同"),
        [
            ("reported", "フェリーは明日の朝に運航を再開する", "港長", "と述べた"),
            ("direct", "運賃は変わらない", "港長", "語った"),
            ("direct", "増便も検討している", "港長", "と話した"),
        ],
    )


def test_background_and_page_furniture() -> None:
    # an invented story: "これに先立ち" (before this) opens the context
    text = (
        "フェリー、あすから運航再開\n\n港長は3日、フェリーは明日の朝に運航を再開すると述べた。\n\n"
        "これに先立ち、台風で運航が3日間止まっていた。\n\n関連記事"
    )
    roles = [p.role.value for p in newsstruct.parse(text, lang="ja", registry=REGISTRY).paragraphs]
    assert roles == ["title", "lead", "background", "boilerplate"]
