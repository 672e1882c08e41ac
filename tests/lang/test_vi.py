"""Vietnamese: language detection, the quote constructions of invented articles (a
quotation signed by a title, a name and a cue of two words, "X cho biết, C" with a comma
for "rằng", "Theo X, C", a title that is also the pronoun), background and the crawl
header.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang
from newsstruct.model import Role

CASES = [
    pytest.param(
        "Theo ông Lê Văn Thành, giám đốc cảng, bến phà sẽ mở lại vào tháng sáu.",
        [("reported", "bến phà sẽ mở lại vào tháng sáu", "Lê Văn Thành", "Theo")],
        id="theo-a-titled-name-then-its-role-set-off-by-commas",
    ),
    pytest.param(
        "Bà Trần Thị Mai cho biết giá vé phà sẽ không tăng.",
        [("reported", "giá vé phà sẽ không tăng", "Trần Thị Mai", "cho biết")],
        id="a-given-name-spelt-like-a-time-word-ends-the-name",
    ),
    pytest.param(
        "Ông Lê Văn Hùng, Giám đốc bến phà, ngày 4/3 cho biết giá vé sẽ không tăng.",
        [("reported", "giá vé sẽ không tăng", "Lê Văn Hùng", "cho biết")],
        id="the-day-s-date-between-the-subject-and-the-cue-is-no-source",
    ),
    pytest.param(
        "Bà Lan nói giá vé phà sẽ không tăng trong năm nay.",
        [("reported", "giá vé phà sẽ không tăng trong năm nay", "Lan", "nói")],
        id="a-clause-without-rang-keeps-its-time",
    ),
    pytest.param(
        "Người dân trong xã cho biết nước lũ đã rút vào sáng nay sau ba ngày mưa lớn.",
        [
            (
                "reported",
                "nước lũ đã rút vào sáng nay sau ba ngày mưa lớn",
                "Người dân trong xã",
                "cho biết",
            )
        ],
        id="a-speaker-with-a-place-after-trong",
    ),
    pytest.param(
        "Người dân cho biết, nước lũ dâng rất nhanh trong đêm.",
        [("reported", "nước lũ dâng rất nhanh trong đêm", "Người dân", "cho biết")],
        id="nguoi-dan-the-residents-as-a-speaker",
    ),
    pytest.param(
        "“Nước lũ dâng rất nhanh trong đêm”, người dân nói.",
        [("direct", "Nước lũ dâng rất nhanh trong đêm", "người dân", "nói")],
        id="nguoi-dan-after-a-quotation",
    ),
    pytest.param(
        '"Chúng tôi muốn giảm ô nhiễm không khí", ông Hùng nói với phóng viên.',
        [("direct", "Chúng tôi muốn giảm ô nhiễm không khí", "Hùng", "nói")],
        id="title-name-cue-addressee",
    ),
    pytest.param(
        "“Giá vé sẽ không thay đổi,” bà Trần Thị Lan cho biết.",
        [("direct", "Giá vé sẽ không thay đổi,", "Trần Thị Lan", "cho biết")],
        id="cue-of-two-words",
    ),
    pytest.param(
        "Ông Nguyễn Văn Hùng, Giám đốc Sở Giao thông, cho biết thành phố sẽ mở thêm "
        "năm tuyến xe buýt.",
        [
            (
                "reported",
                "thành phố sẽ mở thêm năm tuyến xe buýt",
                "Nguyễn Văn Hùng",
                "cho biết",
            )
        ],
        id="apposition-between-commas",
    ),
    pytest.param(
        "Giám đốc Sở Giao thông Nguyễn Văn Hùng cho biết, thành phố sẽ mở thêm năm tuyến.",
        [("reported", "thành phố sẽ mở thêm năm tuyến", "Nguyễn Văn Hùng", "cho biết")],
        id="role-before-the-name-comma-for-rang",
    ),
    pytest.param(
        "Bà Lan nói rằng xe buýt mới rất sạch.",
        [("reported", "xe buýt mới rất sạch", "Lan", "nói")],
        id="reported-rang",
    ),
    pytest.param(
        "Ông Hùng nói với phóng viên rằng giá vé sẽ không thay đổi.",
        [("reported", "giá vé sẽ không thay đổi", "Hùng", "nói")],
        id="addressee-then-rang",
    ),
    pytest.param(
        "Theo ông Hùng, giá vé sẽ không thay đổi.",
        [("reported", "giá vé sẽ không thay đổi", "Hùng", "Theo")],
        id="theo",
    ),
    pytest.param(
        'Ông Hùng khẳng định: "Chúng tôi sẽ hoàn thành đúng hạn."',
        [("direct", "Chúng tôi sẽ hoàn thành đúng hạn.", "Hùng", "khẳng định")],
        id="colon",
    ),
    pytest.param(
        "Thành phố sẽ mở thêm năm tuyến xe buýt, ông Hùng cho biết.",
        [("reported", "Thành phố sẽ mở thêm năm tuyến xe buýt", "Hùng", "cho biết")],
        id="content-first",
    ),
    pytest.param(
        "Theo đó, từ tháng sau các chuyến phà đêm sẽ chạy thêm hai lượt mỗi tuần.",
        [],
        id="theo-do-is-accordingly-no-source",
    ),
    pytest.param(
        "Người phát ngôn Bộ Ngoại giao Lê Thị Lan cho biết, cầu sẽ mở lại vào tuần tới. "
        "Bộ Ngoại giao cho biết thêm rằng phà vẫn chạy.",
        [
            ("reported", "cầu sẽ mở lại vào tuần tới", "Lê Thị Lan", "cho biết"),
            ("reported", "phà vẫn chạy", "Bộ Ngoại giao", "cho biết thêm"),
        ],
        id="a-body-s-noun-opens-its-name-no-person-of-its-role",
    ),
    pytest.param("Đội tuyển quốc gia thắng trận đấu với tỷ số 2-0.", [], id="no-cue"),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS)
def test_detects_vi(text: str) -> None:
    assert lang.detect(text) == "vi"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "vi"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="vi") == expected


@pytest.mark.parametrize(
    ("second", "cue"),
    [
        ("Ông cho biết, giá vé sẽ không thay đổi.", "cho biết"),
        ('"Giá vé sẽ không thay đổi", ông nói.', "nói"),
        ("Theo ông, giá vé sẽ không thay đổi.", "Theo"),
    ],
)
def test_the_title_alone_is_the_pronoun(second: str, cue: str) -> None:
    """ "ông" (Mr) alone is "he": the speaker is the man named before."""
    text = "Ông Nguyễn Văn Hùng đến thăm bến xe buýt mới. " + second
    quotes = newsstruct.parse(text, lang="vi", registry=REGISTRY).quotes
    assert [(q.speaker.name if q.speaker else None, q.cue_text) for q in quotes] == [
        ("Nguyễn Văn Hùng", cue)
    ]


def test_lexicon() -> None:
    # most verbs of saying are phrases of two words ("cho biết"): few one-word cue verbs,
    # and the control cues are those phrases' first words
    check_lexicon("vi", min_cue_verbs=8, control_cues=False)
    assert len(lang.get("vi").cue_phrases) >= 30


def test_article() -> None:
    text = (
        "date 2026-03-04 Hà Nội mở thêm tuyến xe buýt điện\n"
        "Thành phố sẽ mở thêm năm tuyến xe buýt điện trong tháng 4, ông Nguyễn Văn Hùng, "
        "Giám đốc Sở Giao thông, cho biết hôm thứ Ba.\n"
        '"Chúng tôi muốn giảm ô nhiễm không khí", ông Hùng nói.\n'
        "Trước đó, thành phố đã mở ba tuyến vào năm 2025."
    )
    article = newsstruct.parse(text, registry=REGISTRY)
    assert article.lang == "vi"
    assert article.title == "Hà Nội mở thêm tuyến xe buýt điện"
    assert str(article.published) == "2026-03-04"
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("reported", "Nguyễn Văn Hùng"),
        ("direct", "Nguyễn Văn Hùng"),
    ]
    assert article.paragraphs[-1].role is Role.BACKGROUND
