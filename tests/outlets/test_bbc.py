"""BBC News: no dateline, the byline block, picture credits ("Image source, …") as furniture
and captions ("Image caption, …") as body text, page chrome, the services' names.  Invented
articles."""

from __future__ import annotations

import pytest
from outlet_cases import (
    article_of,
    background_of,
    dateline_of,
    foreign_signs,
    quotes_of,
    role_of,
)

from newsstruct import Role

EN = """Ukraine's parliament approves new mobilisation law
By Jane Roe
BBC News, Kyiv
Published
2 hours ago
Ukraine's parliament has approved a law lowering the age of mobilisation, after months of \
debate.
Image source, Getty Images
Image caption, MPs voted late on Thursday after a marathon session
"We had no choice, the front needs people," Olena Shevchenko, a member of parliament, \
told the BBC.
Earlier, President Volodymyr Zelensky said the army needed more soldiers to rotate troops on \
the front line.
Related Topics
More on this story"""

UK = """Верховна Рада ухвалила новий закон про мобілізацію
BBC News Україна
Верховна Рада ухвалила закон, який знижує мобілізаційний вік.
Image source, Getty Images
"У нас не було вибору", - сказала BBC News Україна депутатка Олена Шевченко."""

ARTICLES = {"en": EN, "uk": UK}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == "bbc"


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], "bbc") == []


@pytest.mark.parametrize("name", ARTICLES)
def test_no_dateline(name: str) -> None:
    assert dateline_of(ARTICLES[name]) is None


@pytest.mark.parametrize(
    ("name", "paragraph", "role"),
    [
        ("en", "Image source, Getty Images", Role.BOILERPLATE),
        ("en", "Related Topics", Role.BOILERPLATE),
        ("en", "More on this story", Role.BOILERPLATE),
        ("uk", "BBC News Україна", Role.BOILERPLATE),
        ("uk", "Image source, Getty Images", Role.BOILERPLATE),
        ("en", "By Jane Roe", Role.BOILERPLATE),
        ("en", "Published", Role.BOILERPLATE),
    ],
)
def test_role(name: str, paragraph: str, role: Role) -> None:
    assert role_of(ARTICLES[name], paragraph) is role


def test_caption_is_body_text_and_its_label_furniture() -> None:
    assert role_of(EN, "MPs voted late on Thursday after a marathon session") is Role.BODY
    assert role_of(EN, "Image caption,") is Role.BOILERPLATE


CAPTIONS = """Ferry crews strike again
By Jo Roe
BBC News, Valmont
Ferry crews walked out on Friday over pay, the union said.
Image caption, "We will not back down," said Ann Lee
Media caption, Ann Lee: "We will not back down."
The strike is the third this year."""


def test_a_quote_in_a_caption_is_read_without_its_label() -> None:
    # was a mixed quote 'Image caption, "We will not back down,"' and the speaker 'Image'
    assert quotes_of(CAPTIONS)[1:] == [
        ("direct", "We will not back down,", "Ann Lee"),
        ("direct", "We will not back down.", "Ann Lee"),
    ]


def test_background() -> None:
    assert (
        "Earlier, President Volodymyr Zelensky said the army needed more soldiers to rotate "
        "troops on the front line." in background_of(EN)
    )


def test_quote() -> None:
    assert (
        "direct",
        "We had no choice, the front needs people,",
        "Olena Shevchenko",
    ) in quotes_of(EN)


def test_quote_text() -> None:
    assert ("direct", "У нас не було вибору") in [(kind, words) for kind, words, _ in quotes_of(UK)]


def test_told_the_bbc_elsewhere_is_no_sign() -> None:
    text = (
        "KYIV (AP) — Ukraine's parliament approved the law on Thursday.\n"
        '"We had no choice," one lawmaker told the BBC.'
    )
    assert article_of(text).outlet == "ap"


def test_a_channel_of_the_outlet_s_own_is_no_attribution() -> None:
    text = EN + '\n"We will rebuild the pier," Jo Roe told BBC Radio Lornshire.'
    assert [a.source for a in article_of(text).attributions] == []
    other = (
        "KYIV (AP) — Ukraine's parliament approved the law on Thursday.\n"
        '"We had no choice," one lawmaker told BBC Radio Lornshire.'
    )
    assert [a.source for a in article_of(other).attributions] == ["BBC Radio Lornshire"]


# the caption after its label, run in or on its own line, reads like background (past
# tense, an earlier year) but tells what a picture shows: never weighed
WEIGHED = """Ferry crews strike again
By Jo Roe
BBC News, Valmont
Ferry crews walked out on Friday over pay, the union said.
The union wants a rise of a tenth for its 900 members, its leader said.
The company offered five percent in talks that ended on Thursday night.
Image caption, Crews had walked out in 2019 and 2021 over pay and were paid for it
Image caption,
Crews had walked out in 2019 and 2021 over pay and were paid for it in the end
The company owned 12 ferries in 2019 and had sold four of them by 2022, records showed."""


def test_a_caption_after_its_label_is_never_weighed() -> None:
    article = article_of(WEIGHED)
    roles = [(p.text[:30], p.role) for p in article.paragraphs[6:]]
    assert roles == [
        ("Image caption,", Role.BOILERPLATE),
        ("Crews had walked out in 2019 a", Role.BODY),
        ("Image caption,", Role.BOILERPLATE),
        ("Crews had walked out in 2019 a", Role.BODY),
        ("The company owned 12 ferries i", Role.BACKGROUND),
    ]


def test_split_caption_labels_gives_the_labels() -> None:
    from newsstruct.outlets import default_registry
    from newsstruct.segment import paragraph_spans
    from newsstruct.structure import split_caption_labels

    text = "A.\nImage caption, B\nImage caption,\nC\nImage caption, "
    spans, labels = split_caption_labels(text, paragraph_spans(text), default_registry().get("bbc"))
    assert [s.of(text) for s in spans] == [
        "A.",
        "Image caption,",
        "B",
        "Image caption,",
        "C",
        "Image caption,",
    ]
    assert labels == {1, 3, 5}
