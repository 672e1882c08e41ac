"""The outlet registry: register, get, available, detect, errors and pickling.

Every test builds its own ``Registry(builtins=False, plugins=False)`` so that no test
depends on the built-in rule sets or on installed plugins, and none patches globals.
"""

from __future__ import annotations

import pickle

import pytest

import newsstruct
from newsstruct.outlets import OutletRules, Registry, default_registry

EXAMPLEWIRE = OutletRules(
    name="examplewire",
    title="ExampleWire",
    languages=("en",),
    signs=(r"\(ExampleWire\)", r"\bExampleWire reports\b"),
    dateline_patterns=(r"^(?P<place>\p{Lu}+)/(?P<agency>EXW)/",),
    self_names=("ExampleWire", "EXW"),
)
HARBOURPOST = OutletRules(
    name="harbourpost",
    title="Harbour Post",
    signs=(r"\bHarbour Post\b",),
)


def _registry(*rules: OutletRules) -> Registry:
    registry = Registry(builtins=False, plugins=False)
    for item in rules:
        registry.register(item)
    return registry


# -- register / get / available --------------------------------------------------------


def test_empty_registry() -> None:
    registry = _registry()
    assert registry.available() == ()
    assert registry.detect("PARIS (ExampleWire) - The mayor said the bridge would reopen.") is None


def test_register_and_get() -> None:
    registry = _registry(EXAMPLEWIRE)
    assert registry.get("examplewire") is EXAMPLEWIRE
    assert registry.available() == ("examplewire",)


def test_available_is_sorted() -> None:
    registry = _registry(HARBOURPOST, EXAMPLEWIRE)
    assert registry.available() == ("examplewire", "harbourpost")


def test_register_replaces_rules_of_the_same_name() -> None:
    registry = _registry(EXAMPLEWIRE)
    replacement = OutletRules(name="examplewire", title="ExampleWire 2")
    registry.register(replacement)
    assert registry.get("examplewire") is replacement
    assert registry.available() == ("examplewire",)


@pytest.mark.parametrize("bad", [None, "examplewire", {"name": "examplewire"}])
def test_register_refuses_what_is_not_rules(bad: object) -> None:
    with pytest.raises(TypeError, match="OutletRules"):
        _registry().register(bad)  # type: ignore[arg-type]


def test_registries_are_independent() -> None:
    one, two = _registry(EXAMPLEWIRE), _registry()
    assert one.available() == ("examplewire",)
    assert two.available() == ()


def test_builtins_include_unn() -> None:
    registry = Registry(plugins=False)
    assert "unn" in registry.available()
    assert registry.get("unn").bare_quote_paragraphs


# -- errors ------------------------------------------------------------------------------


def test_unknown_outlet_lists_the_known_names() -> None:
    registry = _registry(EXAMPLEWIRE, HARBOURPOST)
    with pytest.raises(newsstruct.UnknownOutletError) as info:
        registry.get("nosuchwire")
    message = str(info.value)
    assert "'nosuchwire'" in message
    assert "examplewire" in message
    assert "harbourpost" in message
    assert info.value.name == "nosuchwire"
    assert info.value.available == ("examplewire", "harbourpost")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, newsstruct.NewsstructError)


def test_unknown_outlet_error_pickles() -> None:
    error = newsstruct.UnknownOutletError("nosuchwire", ("examplewire",))
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is newsstruct.UnknownOutletError
    assert str(again) == str(error)
    assert again.available == ("examplewire",)


def test_unknown_language_error_pickles() -> None:
    error = newsstruct.UnknownLanguageError("xx", ("en",))
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is newsstruct.UnknownLanguageError
    assert str(again) == str(error)


def test_parse_with_unknown_outlet_raises() -> None:
    with pytest.raises(newsstruct.UnknownOutletError, match="nosuchwire"):
        newsstruct.parse("The mayor said the bridge would reopen.", outlet="nosuchwire")


def test_parse_with_unknown_outlet_in_own_registry_raises() -> None:
    with pytest.raises(newsstruct.UnknownOutletError, match="examplewire"):
        newsstruct.parse("Text.", outlet="unn", registry=_registry(EXAMPLEWIRE))


def test_parse_with_unknown_language_raises() -> None:
    with pytest.raises(newsstruct.UnknownLanguageError):
        newsstruct.parse("The mayor said the bridge would reopen.", lang="zz")


# -- detect ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS (ExampleWire) - The mayor said the bridge would reopen.", "examplewire"),
        ("The bridge will reopen, ExampleWire reports.", "examplewire"),
        ("The Harbour Post has learned that the bridge will reopen.", "harbourpost"),
        ("The mayor said the bridge would reopen.", None),
        ("", None),
        # two signs of one outlet beat one sign of the other
        (
            "PARIS (ExampleWire) - The bridge will reopen, ExampleWire reports, "
            "echoing the Harbour Post.",
            "examplewire",
        ),
    ],
)
def test_detect(text: str, expected: str | None) -> None:
    assert _registry(EXAMPLEWIRE, HARBOURPOST).detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As Ukrinform previously reported, the pier was repaired.", "ukrinform"),
        ("The pier reopened, an Ukrinform correspondent reports.", "ukrinform"),
        ("as the Kyiv Independent reported, the pier was repaired.", "kyiv_independent"),
        ("The Kyiv Independent could not independently verify the claim.", "kyiv_independent"),
        ("As RBC-Ukraine earlier reported, the pier was repaired.", "rbc_ukraine"),
        # the words in a sign's lookbehind still start at a word boundary
        ("Has Ukrinform reported the repairs?", None),
        ("Seethe Kyiv Independent previously reported.", None),
    ],
)
def test_detect_by_a_sign_with_words_before_the_name(text: str, expected: str | None) -> None:
    assert newsstruct.outlets.default_registry().detect(text) == expected


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060"], ids=repr)
def test_detect_reads_a_sign_without_the_invisible_characters_in_its_words(
    invisible: str,
) -> None:
    """Web text puts soft hyphens in words: ``ExampleWire re\u00adports`` is a sign."""
    text = f"The bridge will reopen, Example{invisible}Wire re{invisible}ports."
    assert _registry(EXAMPLEWIRE, HARBOURPOST).detect(text) == "examplewire"
    assert newsstruct.parse(f"The pier reopened on Monday, UNN re{invisible}ports.").outlet == "unn"


_LINEWIRE = OutletRules(name="linewire", signs=(r"^[ \t]*(Linewire) staff[ \t]*$",))
# a sign with a back reference, which must not join the others in one pattern
_ECHOWIRE = OutletRules(name="echowire", signs=(r"^(\p{Lu}+) Echo \1$",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge will reopen.\nLinewire staff\n", "linewire"),
        ("The bridge will reopen, Linewire staff said.", None),
        ("The bridge will reopen.", None),
    ],
)
def test_detect_by_a_sign_at_a_line_start(text: str, expected: str | None) -> None:
    registry = _registry(_LINEWIRE)
    assert registry.detect(text) == expected
    registry.register(HARBOURPOST)  # a new outlet: the line-start signs are joined again
    assert registry.detect(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Odesa • UNN\r\n\r\nThe pier reopened on Monday.",
        "Odesa • UNN\rThe pier reopened on Monday.",
        "Odesa • UNN\u2028The pier reopened on Monday.",
        "\ufeffOdesa • UNN\nThe pier reopened on Monday.",
    ],
    ids=["crlf", "cr", "line-separator", "byte-order-mark"],
)
def test_detect_by_a_line_sign_whatever_ends_the_line(text: str) -> None:
    assert default_registry().detect(text) == "unn"
    assert newsstruct.parse(text).outlet == "unn"


# signs that call a group of their own: joined in one pattern, the group numbers move
_CALLWIRE = OutletRules(name="callwire", signs=(r"\(Call(b)(?1)\)",))
_CALLWIRE2 = OutletRules(name="callwire2", signs=(r"\(Call(a)(?1)\)",))


def test_detect_with_a_group_call_among_signs() -> None:
    registry = _registry(_CALLWIRE2, _CALLWIRE)
    assert registry.detect("News.\n(Callbb) Story") == "callwire"
    assert registry.detect("News.\n(Callaa) Story") == "callwire2"


def test_detect_with_a_back_reference_among_line_start_signs() -> None:
    registry = _registry(_LINEWIRE, _ECHOWIRE)
    assert registry.detect("News.\nLINE Echo LINE") == "echowire"
    assert registry.detect("News.\nLINE Echo WIRE") is None
    assert registry.detect("News.\nLinewire staff") == "linewire"


# line-start signs that open with the same blanks share them in the joined pattern, but
# not one with an alternative of its own outside brackets, which may match anywhere
_BARWIRE = OutletRules(name="barwire", signs=(r"^[ \t]*Barwire desk$|Barwire (?:says|said)",))
_TABWIRE = OutletRules(name="tabwire", signs=(r"^[ \t]*+[(|]Tabwire[|)][ \t]*$",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News.\n  Barwire desk", "barwire"),
        ("News, Barwire says.", "barwire"),
        ("News.\n\t(Tabwire)", "tabwire"),
        ("News.\nLinewire staff", "linewire"),
        ("News, Linewire staff says.", None),
    ],
)
def test_detect_by_line_start_signs_that_share_their_blanks(
    text: str, expected: str | None
) -> None:
    registry = _registry(_LINEWIRE, _BARWIRE, _TABWIRE)
    assert registry.detect(text) == expected


def test_line_start_of_a_sign() -> None:
    from newsstruct.outlets import _line_start

    assert _line_start(r"^[ \t]*Barwire") == r"^[ \t]*"
    assert _line_start(r"^[ \t]*+(?:A|B)[|]") == r"^[ \t]*+"
    assert _line_start(r"^[ \t]*A|B") == ""  # B may match anywhere
    assert _line_start(r"^[ \t]*?A") == ""  # a lazy quantifier: no opening of the list
    assert _line_start(r"^\p{Lu}+ Wire") == ""


def test_first_literal_of_a_sign() -> None:
    from newsstruct.outlets import _first_literal

    assert _first_literal(r"\(Harbour Wire\)[ ]*+-") == r"\("
    assert _first_literal(r"© Harbour Wire") == "©"
    assert _first_literal(r"\(HW\)|Harbour Wire") == ""  # the second may open otherwise
    assert _first_literal(r"\(?HW\)") == ""  # the bracket may be missing
    assert _first_literal(r"\bHW\b") == ""  # a word boundary, no character
    assert _first_literal(r"(?<=By )HW") == ""


def test_after_zero_width() -> None:
    from newsstruct.outlets import _after_zero_width, _first_literal

    assert _after_zero_width(r"\bHW\b") == r"HW\b"
    assert _after_zero_width(r"(?<=\b[Aa]s )(?<![(\]])Harbour Wire") == "Harbour Wire"
    assert _after_zero_width(r"(?<=By (?:HW|Jo))HW") == "HW"
    assert _after_zero_width(r"\(HW\)") == r"\(HW\)"
    assert _after_zero_width(r"(?<=By HW") == r"(?<=By HW"  # no closing bracket: as written
    assert _first_literal(_after_zero_width(r"\b(?:HW|Wire)")) == ""


@pytest.mark.parametrize(
    ("sign", "needs"),
    [
        (r"^\p{Lu}+(?:[ ]\p{Lu}+)?+[ ]\(Harbour[ ]Wire\)[ ]*+-", (" (Harbour Wire)",)),
        # the group whose shortest word is longer than the other's
        (r"(?:says|writes)\s+(?:Harbourwire|Harbour[ ]Wire)\b", ("Harbourwire", "Harbour Wire")),
        (r"(?<=\bAs\s)Harbourpost\s+reported", ("Harbourpost",)),
        (r"^[ \t]*+\(©[ ]?+HW\)$", ("HW)",)),  # "[ ]?+": may be missing, parts the run
        (r"\d+[ ]•[ ]views", (" • views",)),
        (r"Lornport[ ](?:Desk)?Harbour", ("Lornport ",)),  # an optional group parts it
        (r"Lorn(?:port|mouth)+[ ]Wire", (" Wire",)),  # a repeated group: not its words
        (r"\(HW\)|Harbour Wire", ()),  # an alternative outside brackets
        (r"(?i:harbour[ ]wire)\s+reports", ("reports",)),  # a scoped flag: its words not read
        (r"(?i)harbour[ ]wire", ()),  # a flag for the rest of the pattern
        (r"\x48W[ ]reports", ()),  # a character by its code
        (r"\pL\p{Lu}\N{BULLET}HW", ("HW",)),  # properties and a named character: no literal
        (r"(HW)\s+\1", ()),  # a reference
        (r"HW # a comment", ()),
        (r"[\]]Harbour[ab]Wire", ("Harbour",)),  # sets of one character but "]", or more
    ],
)
def test_needs_of_a_sign(sign: str, needs: tuple[str, ...]) -> None:
    from newsstruct.outlets import _needs

    assert _needs(sign) == needs


# signs that open with neither a literal character nor the blanks of a line start are
# searched only where the text holds a literal they need; detection is the same
_DATEWIRE = OutletRules(
    name="datewire",
    signs=(r"^\p{Lu}+(?:[ ]\p{Lu}+)?+[ ]\(Datewire\)[ ]*+-", r"\d+[ ]datewire[ ]views"),
)
_INITIALWIRE = OutletRules(name="initialwire", signs=(r"^[ \t]*\p{Ll}{2}/\p{Ll}{2}[ \t]*$",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LORNPORT (Datewire) - The bridge will reopen.", "datewire"),
        ("The bridge will reopen.\n48 datewire views", "datewire"),
        ("LORNPORT (Datewire) The bridge will reopen.", None),
        ("The bridge will reopen (Datewire).\njr/ks", "initialwire"),
        ("jr/ks\nLORNPORT (Datewire) - The bridge will reopen.", "initialwire"),  # the first
        ("The bridge will reopen.", None),
    ],
)
def test_detect_by_signs_that_need_a_literal(text: str, expected: str | None) -> None:
    assert _registry(_DATEWIRE, _INITIALWIRE).detect(text) == expected


# signs anywhere in a line that open with one character are screened together: each
# is still searched where the screen finds one of them
_PARENWIRE = OutletRules(name="parenwire", signs=(r"\(Parenwire\)", r"\(PW\) -"))
_BRACKETWIRE = OutletRules(name="bracketwire", signs=(r"\(Bracketwire\)",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV (PW) - (Bracketwire) The bridge will reopen (Parenwire).", "parenwire"),
        ("KYIV (Bracketwire) The bridge will reopen.", "bracketwire"),
        ("KYIV (PW) The bridge will reopen.", None),
    ],
)
def test_detect_by_signs_that_open_with_one_character(text: str, expected: str | None) -> None:
    assert _registry(_PARENWIRE, _BRACKETWIRE).detect(text) == expected


# each sign is tried alone at the first places its group's screen finds (a match there,
# no search from the text's start), and the signs not found there are searched after
# the last of them: one outlet's sign printed many times hides no other's
_PAIRWIRE = OutletRules(name="pairwire", signs=(r"\(Pairwire\)", r"\(PR\) -"))
_ROWWIRE = OutletRules(name="rowwire", signs=(r"^[ \t]*Rowwire desk$", r"^[ \t]*By Rowwire$"))
_SIGNOFF = OutletRules(name="signoff", signs=(r"^[ \t]*Jo Roe, Lornport$",))


@pytest.mark.parametrize("repeats", [1, 3, 4, 5, 9])
def test_detect_finds_signs_after_many_of_another(repeats: int) -> None:
    paragraph = "KYIV (PW) - The bridge will reopen.\nJo Roe, Lornport\n"
    text = paragraph * repeats + "ODESA (PR) - The port reopened (Pairwire).\n"
    assert _registry(_PARENWIRE, _PAIRWIRE).detect(text) == "pairwire"
    text = paragraph * repeats + "By Rowwire\nRowwire desk\n"
    assert _registry(_SIGNOFF, _ROWWIRE).detect(text) == "rowwire"
    assert _registry(_SIGNOFF, _ROWWIRE).detect(paragraph * repeats) == "signoff"


# signs that open with a word boundary or a lookbehind are screened by the character
# after it, together with the others that open with it
_HARBOURWIRE = OutletRules(name="harbourwire", signs=(r"\bHarbourwire\s+reports\b",))
_HARBOURPOST = OutletRules(name="harbourpost", signs=(r"(?<=\bAs\s)Harbourpost\s+reported",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge will reopen, Harbourwire reports.", "harbourwire"),
        ("As Harbourpost reported, the bridge will reopen.", "harbourpost"),
        ("Harbourpost reported that the bridge will reopen.", None),
    ],
)
def test_detect_by_signs_after_a_boundary(text: str, expected: str | None) -> None:
    assert _registry(_HARBOURWIRE, _HARBOURPOST).detect(text) == expected


def test_detect_reads_only_head_and_tail() -> None:
    middle = "Filler sentence about the weather. " * 400
    text = "The mayor spoke.\n" + middle + "(ExampleWire) in the middle.\n" + middle
    registry = _registry(EXAMPLEWIRE)
    assert registry.detect(text) is None
    assert registry.detect(text, head=len(text)) == "examplewire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(ExampleWire) and the Harbour Post both ran it.", "examplewire"),
        ("The Harbour Post and (ExampleWire) both ran it.", "harbourpost"),
    ],
)
def test_detect_ties_go_to_the_earliest_sign(text: str, expected: str) -> None:
    """Not to the first name: the order of names says nothing about the text."""
    for order in ((HARBOURPOST, EXAMPLEWIRE), (EXAMPLEWIRE, HARBOURPOST)):
        assert _registry(*order).detect(text) == expected


_DESKWIRE = OutletRules(
    name="deskwire",
    signs=(r"\(Deskwire\)",),
    dateline_patterns=(r"^(?P<place>\p{Lu}+)[ ]\((?P<agency>Deskwire)\)(?=[ ]-)",),
)
# two phrase signs that other outlets' copy relays when it credits the paper
_ALPHAPOST = OutletRules(
    name="alphapost",
    signs=(r"\bAlpha Post could not\b", r"\btold Alpha Post\b"),
)


def test_detect_an_agency_dateline_outranks_more_signs() -> None:
    text = (
        "ODESA (Deskwire) - The port reopened, the mayor told Alpha Post.\n"
        "Alpha Post could not verify the figures."
    )
    assert _registry(_ALPHAPOST, _DESKWIRE).detect(text) == "deskwire"
    assert _registry(_ALPHAPOST, _DESKWIRE).detect(text.replace("ODESA ", "Odesa\n")) == (
        "alphapost"
    )


# -- the registry in parse() -------------------------------------------------------------


def test_parse_uses_the_given_registry_for_detection() -> None:
    text = "PARIS (ExampleWire) - The mayor said the bridge would reopen in July."
    article = newsstruct.parse(text, registry=_registry(EXAMPLEWIRE))
    assert article.outlet == "examplewire"


def test_parse_with_an_empty_registry_detects_no_outlet() -> None:
    text = "Kyiv • UNN\nThe mayor said the bridge would reopen in July, UNN reports."
    article = newsstruct.parse(text, registry=_registry())
    assert article.outlet is None
    assert article.dateline is not None  # the generic pattern still applies
    assert article.dateline.agency == "UNN"


def test_parse_uses_an_outlet_dateline_pattern() -> None:
    text = "ODESA/EXW/ The mayor said the bridge would reopen in July."
    article = newsstruct.parse(text, outlet="examplewire", registry=_registry(EXAMPLEWIRE))
    assert article.outlet == "examplewire"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("ODESA", "EXW")
    assert article.dateline.span.of(text) == "ODESA/EXW/"


def test_parse_excludes_the_outlets_self_name_from_attributions() -> None:
    text = "The bridge will reopen in July. This was reported by EXW and Harbour Post on Monday."
    registry = _registry(EXAMPLEWIRE, HARBOURPOST)
    plain = [a.source for a in newsstruct.parse(text, registry=_registry()).attributions]
    assert plain == ["EXW", "Harbour Post"]
    article = newsstruct.parse(text, outlet="examplewire", registry=registry)
    assert [a.source for a in article.attributions] == ["Harbour Post"]


# -- pickling ------------------------------------------------------------------------------


def test_registry_pickles_with_its_rules() -> None:
    registry = _registry(EXAMPLEWIRE, HARBOURPOST)
    again = pickle.loads(pickle.dumps(registry))
    assert again.available() == ("examplewire", "harbourpost")
    assert again.get("examplewire") == EXAMPLEWIRE
    assert again.detect("PARIS (ExampleWire) - News.") == "examplewire"


def test_registry_unpickled_stays_independent() -> None:
    registry = _registry(EXAMPLEWIRE)
    again = pickle.loads(pickle.dumps(registry))
    again.register(HARBOURPOST)
    assert registry.available() == ("examplewire",)
    assert again.available() == ("examplewire", "harbourpost")


def test_default_registry_pickles() -> None:
    from newsstruct.outlets import default_registry

    again = pickle.loads(pickle.dumps(default_registry()))
    assert "unn" in again.available()


def test_outlet_rules_pickle_and_compare_by_value() -> None:
    assert pickle.loads(pickle.dumps(EXAMPLEWIRE)) == EXAMPLEWIRE
    assert hash(pickle.loads(pickle.dumps(EXAMPLEWIRE))) == hash(EXAMPLEWIRE)


def test_credit_pattern_without_names_is_refused() -> None:
    from newsstruct.outlets import OutletRules, Registry

    registry = Registry(builtins=False, plugins=False)
    with pytest.raises(ValueError, match="no group 'names'"):
        registry.register(OutletRules(name="creditless", credit_patterns=(r"\(Wire\)",)))


def test_self_name_forms_skip_blank_names_and_decline_only_words() -> None:
    """A plugin's blank self name is skipped (it raised ValueError); a domain or a number as
    the last word is kept as written, a word takes the lexicon's case endings."""
    from newsstruct.lang import get as get_lexicon
    from newsstruct.outlets import self_name_forms

    rules = OutletRules(
        name="harbour_wire",
        title="Harbour Wire",
        languages=("uk",),
        signs=(),
        self_names=("", "  ", "harbourwire.ua", "Канал 7", "Гавань"),
    )
    forms = self_name_forms(rules, get_lexicon("uk"))
    assert "harbourwire.ua" in forms
    assert not any(form.startswith("harbourwire.ua") and form != "harbourwire.ua" for form in forms)
    assert {form for form in forms if form.startswith("канал")} == {"канал 7"}
    assert "гавань" in forms
    assert any(form.startswith("гавань") and form != "гавань" for form in forms)
