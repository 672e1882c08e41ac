"""The press release wires: PR Newswire (``LORNPORT, Ore., March 4, 2026 /PRNewswire/ --``,
``SOURCE Acme Corp``), Business Wire (``LORNPORT, Ore.--(BUSINESS WIRE)--``, ``Contacts``)
and GlobeNewswire (``LORNPORT, Ore., March 04, 2026 (GLOBE NEWSWIRE) --``), each release
closed by ``###`` and its contacts.  Invented releases."""

from __future__ import annotations

import pytest
from outlet_cases import article_of, dateline_of, foreign_signs, quotes_of, role_of

from newsstruct import Role

PR = """FOR IMMEDIATE RELEASE
Acme Corp Opens New Plant in Lornport

LORNPORT, Ore., March 4, 2026 /PRNewswire/ -- Acme Corp today announced the opening of \
its new plant.

"We are proud," said Jo Roe, chief executive of Acme Corp.

###

Contact: Jo Roe, 555-0100

SOURCE Acme Corp
"""

BW = """Acme Corp Opens New Plant in Lornport

LORNPORT, Ore.--(BUSINESS WIRE)--Acme Corp today announced the opening of its new plant.

"We are proud," said Jo Roe, chief executive of Acme Corp.

Contacts

View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/
"""

GN = """Acme Corp Opens New Plant in Lornport

LORNPORT, Ore., March 04, 2026 (GLOBE NEWSWIRE) -- Acme Corp today announced the opening \
of its new plant.

"We are proud," said Jo Roe, chief executive of Acme Corp.

###

Media Contact: Jo Roe, 555-0100
"""

ARTICLES = {"prnewswire": PR, "businesswire": BW, "globenewswire": GN}


@pytest.mark.parametrize("name", ARTICLES)
def test_detected(name: str) -> None:
    assert article_of(ARTICLES[name]).outlet == name


@pytest.mark.parametrize("name", ARTICLES)
def test_no_other_outlet_signs(name: str) -> None:
    assert foreign_signs(ARTICLES[name], name) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("prnewswire", ("LORNPORT, Ore.", "PRNewswire", "March 4, 2026")),
        ("businesswire", ("LORNPORT, Ore.", "BUSINESS WIRE", None)),
        ("globenewswire", ("LORNPORT, Ore.", "GLOBE NEWSWIRE", "March 04, 2026")),
    ],
)
def test_dateline_and_headline(name: str, expected: tuple[str | None, ...]) -> None:
    found = dateline_of(ARTICLES[name])
    assert found is not None
    assert found[:3] == expected
    assert article_of(ARTICLES[name]).title == "Acme Corp Opens New Plant in Lornport"


@pytest.mark.parametrize(
    ("name", "paragraph"),
    [
        ("prnewswire", "FOR IMMEDIATE RELEASE"),
        ("prnewswire", "###"),
        ("prnewswire", "Contact: Jo Roe, 555-0100"),
        ("prnewswire", "SOURCE Acme Corp"),
        ("businesswire", "Contacts"),
        (
            "businesswire",
            "View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/",
        ),
        ("globenewswire", "###"),
        ("globenewswire", "Media Contact: Jo Roe, 555-0100"),
    ],
)
def test_furniture(name: str, paragraph: str) -> None:
    assert role_of(ARTICLES[name], paragraph) is Role.BOILERPLATE


@pytest.mark.parametrize("name", ARTICLES)
def test_quotes(name: str) -> None:
    assert quotes_of(ARTICLES[name]) == [
        ("reported", "the opening of its new plant", "Acme Corp"),
        ("direct", "We are proud,", "Jo Roe"),
    ]


@pytest.mark.parametrize("wire", ["PR Newswire", "Business Wire", "GlobeNewswire"])
def test_a_citation_is_no_sign(wire: str) -> None:
    text = (
        f"Acme Corp will close its Lornport plant, it said in a {wire} release.\n"
        "The plant employs 300 people."
    )
    assert article_of(text).outlet is None


def test_business_wire_s_date_after_the_wire() -> None:
    # syndicated copy prints the date after the wire, between double hyphens
    text = BW.replace("(BUSINESS WIRE)--", "(BUSINESS WIRE)--Mar 5, 2026--")
    assert dateline_of(text) == (
        "LORNPORT, Ore.",
        "BUSINESS WIRE",
        "Mar 5, 2026",
        "LORNPORT, Ore.--(BUSINESS WIRE)--Mar 5, 2026",
    )
    assert quotes_of(text)[0] == ("reported", "the opening of its new plant", "Acme Corp")


@pytest.mark.parametrize(
    ("name", "published"),
    [("prnewswire", "2026-03-04"), ("businesswire", None), ("globenewswire", "2026-03-04")],
)
def test_the_dateline_s_date_dates_the_release(name: str, published: str | None) -> None:
    # no crawl date line: the date the release was filed, with its year, is its date
    assert article_of(ARTICLES[name]).published_text == published


def test_globenewswire_s_head_line_is_furniture_and_dates_the_release() -> None:
    head = "March 03, 2026 08:00 ET | Source: Acme Corp"
    text = GN.replace("\n\nLORNPORT", f"\n{head}\n\nLORNPORT", 1)
    assert role_of(text, head) is Role.BOILERPLATE
    assert article_of(text).published_text == "2026-03-03"
    assert article_of(text).title == "Acme Corp Opens New Plant in Lornport"


_LEGAL = (
    "Forward-Looking Statements\n\nThis press release contains forward-looking statements "
    "that involve risks and uncertainties.\n\n"
)


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize(
    "paragraph",
    [
        "Forward-Looking Statements",
        "This press release contains forward-looking statements that involve risks and "
        "uncertainties.",
    ],
)
def test_the_legal_notice_under_a_release_is_furniture(name: str, paragraph: str) -> None:
    """A release's legal notice, its heading and its opening sentence, is no background."""
    text = ARTICLES[name].replace(
        '"We are proud," said Jo Roe, chief executive of Acme Corp.\n',
        '"We are proud," said Jo Roe, chief executive of Acme Corp.\n\n'
        + _LEGAL.rstrip("\n")
        + "\n",
    )
    assert paragraph in text
    assert role_of(text, paragraph) is Role.BOILERPLATE


_ABOUT = (
    "About Acme Corp\n\n"
    "Acme Corp designs machines that load ships. Founded in 2011, the company has offices "
    "in Lornport and Valmont.\n\n"
    'Its founder once said: "Ships wait for no one."\n\n'
    "Safe Harbor\n\n"
    "Statements in this release about plans are estimates.\n\n"
    "Investor Relations\n\n"
)


@pytest.mark.parametrize("name", ARTICLES)
@pytest.mark.parametrize(
    "paragraph",
    [
        "About Acme Corp",
        "Acme Corp designs machines that load ships. Founded in 2011, the company has offices "
        "in Lornport and Valmont.",
        'Its founder once said: "Ships wait for no one."',
        "Safe Harbor",
        "Statements in this release about plans are estimates.",
        "Investor Relations",
    ],
)
def test_the_issuer_s_description_under_about_and_all_below_it_is_furniture(
    name: str, paragraph: str
) -> None:
    """``About Acme Corp`` after the news heads the release's closing furniture: the
    issuer's description (no background), its legal notice and its contacts."""
    text = ARTICLES[name].replace(
        '"We are proud," said Jo Roe, chief executive of Acme Corp.\n',
        '"We are proud," said Jo Roe, chief executive of Acme Corp.\n\n' + _ABOUT,
    )
    assert paragraph in text
    assert role_of(text, paragraph) is Role.BOILERPLATE
    assert not [quoted for _, quoted, _ in quotes_of(text) if "Ships" in quoted]


@pytest.mark.parametrize(
    "heading",
    [
        "Über die Acme AG",
        "À propos d'Acme",
        "Acerca de Acme",
        "About Acme Corp.",
        "About The Acme Company",  # a name that opens with its own article
        "Media Contact",
        "Over Acme N.V.",
    ],
)
def test_closing_headings_in_the_wires_languages(heading: str) -> None:
    text = PR.replace("\n###\n", f"\n{heading}\n\nAcme makes machines for ports.\n\n###\n")
    assert role_of(text, heading) is Role.BOILERPLATE
    assert role_of(text, "Acme makes machines for ports.") is Role.BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "About 40 ships were waiting in the bay.",
        "About Acme Corp, the harbour said more.",
        "About the Program",
        "Over Two Decades of Service",
    ],
)
def test_a_sentence_that_opens_with_about_closes_nothing(line: str) -> None:
    text = PR.replace("\n###\n", f"\n{line}\n\nAcme makes machines for ports.\n\n###\n")
    assert role_of(text, "Acme makes machines for ports.") is not Role.BOILERPLATE


@pytest.mark.parametrize(
    ("text", "date", "published"),
    [
        (
            "Lornbank startet ein Konto für kleine Firmen\n\nLORNPORT, 4. März 2026 "
            "/PRNewswire/ -- Die Lornbank bringt ein neues Konto für kleine Firmen auf den "
            "Markt.\n\n„Wir sind bereit“, sagte Jo Roe, die Chefin der Bank.\n",
            "4. März 2026",
            "2026-03-04",
        ),
        (
            "Lornbank lanza una cuenta para pequeñas empresas\n\nLORNPORT, 4 de marzo de 2026 "
            "/PRNewswire/ -- La Lornbank lanza una nueva cuenta para las pequeñas empresas de "
            "la ciudad.\n\n“Estamos listos”, dijo Jo Roe, la directora del banco.\n",
            "4 de marzo de 2026",
            "2026-03-04",
        ),
        (
            "Lornbank lance un compte pour les petites entreprises\n\nLORNPORT, 4 mars 2026 "
            "/PRNewswire/ -- La Lornbank lance un nouveau compte pour les petites entreprises "
            "de la ville.\n\n« Nous sommes prêts », a déclaré Jo Roe, la directrice de la "
            "banque.\n",
            "4 mars 2026",
            "2026-03-04",
        ),
    ],
)
def test_a_release_s_dateline_with_the_day_first(text: str, date: str, published: str) -> None:
    """The releases in German, Spanish and French print the day before the month."""
    found = dateline_of(text)
    assert found is not None
    assert found[:3] == ("LORNPORT", "PRNewswire", date)
    assert article_of(text).published_text == published


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_release_s_paragraphs_are_its_news_never_weighed_as_background(name: str) -> None:
    # a release tells its own news: what the issuer did and what its people and partners
    # said; its context stands under "About Acme Corp" (furniture)
    said = (
        "Ann Lee, mayor of Lornport, said the city had waited years for the plant and "
        "welcomed the investment."
    )
    built = "The plant, built over two years, cost 40 million dollars and created 200 jobs."
    text = ARTICLES[name].replace(
        '"We are proud," said Jo Roe, chief executive of Acme Corp.\n',
        f'"We are proud," said Jo Roe, chief executive of Acme Corp.\n\n{built}\n\n{said}\n',
    )
    assert article_of(text).outlet == name
    assert role_of(text, built) is Role.BODY
    assert role_of(text, said) is Role.BODY
