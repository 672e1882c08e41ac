"""The built-in rule sets as a whole: one module an outlet, well-formed data, and detection
that never picks an outlet without its signs, nor one outlet for another's copy.

Negative texts are invented news that names every outlet the way other outlets do ("told
Reuters", "according to TASS", "Ukrinform reported"): none of that is an outlet's sign.
"""

from __future__ import annotations

import importlib
import pickle
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from outlet_cases import article_of, registry

import newsstruct
from newsstruct import outlets
from newsstruct.outlets import BUILTINS, OutletRules, Registry

NAMES = [module.rpartition(".")[2] for module in BUILTINS]
LANGUAGE_CODE = regex.compile(r"[a-z]{2}")
DATELINE_GROUPS = {"place", "agency", "date"}


def test_at_least_fifteen_outlets() -> None:
    assert len(outlets.available()) >= 15
    assert set(NAMES) <= set(outlets.available())


def test_the_issue_list_is_built_in() -> None:
    assert set(NAMES) >= {
        "unn",
        "ukrinform",
        "interfax_ukraine",
        "ukrainska_pravda",
        "rbc_ukraine",
        "kyiv_independent",
        "rferl",
        "reuters",
        "ap",
        "afp",
        "tass",
        "ria",
        "dpa",
        "efe",
        "pap",
        "bbc",
        "xinhua",
    }


@pytest.mark.parametrize("name", NAMES)
def test_module_holds_one_rule_set(name: str) -> None:
    module = importlib.import_module(f"newsstruct.outlets.{name}")
    assert module.__doc__ and len(module.__doc__.strip()) > 80, "cite the conventions"
    rules = module.RULES
    assert isinstance(rules, OutletRules)
    assert rules.name == name
    assert rules.title
    assert rules.languages and all(LANGUAGE_CODE.fullmatch(code) for code in rules.languages)
    assert rules.signs, "an outlet nobody can detect is only reachable by name"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rules.name = "other"  # type: ignore[misc]


@pytest.mark.parametrize("name", NAMES)
def test_patterns_compile(name: str) -> None:
    # the registry checks a plugin's patterns as it registers them, but not the
    # built-ins' (that took a quarter of the first parse, issue #7): they are checked here
    rules = registry().get(name)
    outlets._check_patterns(rules)
    for pattern in rules.dateline_patterns:
        groups = set(regex.compile(pattern, regex.V1).groupindex)
        assert groups & DATELINE_GROUPS and groups <= DATELINE_GROUPS, pattern
    for pattern in rules.quote_label_patterns:
        assert set(regex.compile(pattern, regex.V1).groupindex) <= {"speaker"}, pattern


def test_the_registry_leaves_the_built_ins_unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    monkeypatch.setattr(outlets, "_check_patterns", lambda rules: checked.append(rules.name))
    built = Registry(plugins=False)
    assert checked == []
    assert set(NAMES) <= set(built.available())
    built.register(OutletRules(name="examplewire", signs=(r"\(ExampleWire\)",)))
    assert checked == ["examplewire"]


@pytest.mark.parametrize("name", NAMES)
def test_words_are_lower_case(name: str) -> None:
    # labels and openers are matched case-insensitively; lower case keeps the data uniform
    rules = registry().get(name)
    for words in (
        rules.boilerplate,
        rules.background_markers,
        rules.background_openers,
        rules.section_markers,
        rules.quote_labels,
    ):
        assert all(w == w.casefold() and w == w.strip() for w in words), words


@pytest.mark.parametrize("name", NAMES)
def test_rules_pickle(name: str) -> None:
    rules = registry().get(name)
    assert pickle.loads(pickle.dumps(rules)) == rules


# Invented news that cites every outlet the way other outlets do.
CITING = [
    "The minister said on Monday that talks would resume, Reuters reported.",
    "The minister told Reuters that talks would resume next week.",
    "Two officials told The Associated Press that the plan was dropped.",
    "The plan was dropped, the Associated Press reported, citing two officials.",
    "The minister said so in an interview with AFP on Monday.",
    "According to TASS, the Kremlin did not comment on the report.",
    "The Kremlin spokesman told TASS that no meeting was planned.",
    "RIA Novosti reported that the plant had stopped work.",
    "The ministry told the German news agency dpa that it would review the case.",
    "The Spanish news agency EFE reported that three people were injured.",
    "The Polish news agency PAP quoted the minister as saying the border would stay open.",
    "The BBC reported that the talks had stalled. The minister told the BBC he was hopeful.",
    "Xinhua news agency said the meeting would take place in Beijing.",
    "Ukrinform reported that the bridge had reopened.",
    "Interfax-Ukraine reported that the council had approved the budget.",
    "The news was first reported by Ukrainska Pravda.",
    "RBC-Ukraine reported that the procedure would change.",
    "The Kyiv Independent reported that the port had been hit.",
    "The activist told RFE/RL's Belarus Service that he had been detained.",
    "UNN reported that the metro would run longer on Friday.",
    "Про це повідомив Укрінформ з посиланням на міністерство.",
    "Як повідомляє Інтерфакс-Україна, засідання перенесли.",
    "Об этом сообщает РИА Новости со ссылкой на источник.",
    "Об этом сообщил ТАСС представитель ведомства.",
    "Як пише Українська правда, рішення ухвалили вчора.",
    "The Financial Times and Radio Liberty reported on the case.",
    "The mayor told the Kyiv Independent that the shelters were open.",
    "The mayor told Kyiv Post that repairs would take a week.",
    "Kyiv Post reported that the bridge had reopened.",
    "The minister told CNN that no decision had been taken.",
    "The senator told NPR that the bill would pass.",
    "The chief executive told Bloomberg News that sales would rise.",
    "The commander told Al Jazeera that the front line was holding.",
    "The chancellor said in an interview with DW that aid would continue.",
    "France 24 reported that the summit had been postponed.",
    "The minister told the Guardian that the plan would be published in June.",
    "The commissioner said in an interview with Euronews that talks would resume.",
    "The spokesman Ivan Dorosh told RBC-Ukraine that the enemy had regrouped.",
    "Як повідомляє 24 Канал, рішення ухвалили вчора.",
    "Про це міністр сказав в ефірі ТСН.",
    "Рішення ухвалили вчора. Про це повідомляє 24 Канал.",
    "Решение приняли вчера. Об этом сообщает 24 Канал.",
    "CNN could not independently verify the footage, according to the broadcaster.",
    "CNN has reached out to the ministry for comment.",
    "Kyiv Post could not independently verify the claims, the paper said.",
    "«Вода прибуває», — розповіла Суспільному мешканка села.",
    "Голова громади розповів hromadske, що евакуація триває.",
]


@pytest.mark.parametrize("sentence", CITING)
def test_citing_an_outlet_is_no_sign(sentence: str) -> None:
    text = f"Talks resume in Geneva\n{sentence}\nThe next round is due in May."
    assert registry().detect(text) is None


def test_generic_news_has_no_outlet() -> None:
    text = "WASHINGTON — The Senate voted 52-48 on Tuesday.\n" + "\n".join(CITING)
    assert article_of(text).outlet is None


# Wire copy that credits another outlet: the wire's own dateline or line names the outlet.
CREDITING = [
    (
        'KYIV, March 3 (Reuters) - Ukraine is ready for talks, its minister said.\n"We are '
        'ready," Dmytro Kuleba told CNN.\nCNN could not independently verify the report.',
        "reuters",
        ["CNN"],
    ),
    (
        "KYIV, March 3 (Reuters) - Ukraine is ready for talks, officials said.\nKyiv Post "
        "could not independently verify the claims, the paper said.",
        "reuters",
        None,
    ),
    (
        "Київ • УНН\n\nЗеленський заявив, що переговори можливі. Про це повідомляє 24 Канал.",
        "unn",
        None,
    ),
]


@pytest.mark.parametrize(("text", "outlet", "attributions"), CREDITING)
def test_a_credit_to_another_outlet_is_no_sign(
    text: str, outlet: str, attributions: list[str] | None
) -> None:
    article = article_of(text)
    assert article.outlet == outlet
    if attributions is not None:
        assert [a.source for a in article.attributions] == attributions


@pytest.mark.parametrize("sentence", CITING)
def test_unknown_outlet_never_hurts(sentence: str) -> None:
    """Without an outlet, the built-in rule sets change nothing."""
    text = f"Talks resume in Geneva\n“We are ready,” the minister said.\n{sentence}"
    empty = Registry(builtins=False, plugins=False)
    assert newsstruct.parse(text, registry=registry()) == newsstruct.parse(text, registry=empty)


@given(st.text(max_size=400))
def test_detect_never_raises(text: str) -> None:
    found = registry().detect(text)
    assert found is None or found in NAMES


SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "unn-rutte.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not checked out")
def test_seed_is_unn() -> None:
    assert newsstruct.parse(SEED.read_text(encoding="utf-8")).outlet == "unn"
