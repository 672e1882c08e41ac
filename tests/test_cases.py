"""Golden cases as data: ``tests/cases/*.jsonl`` (fields in ``tests/cases/README.md``).

The files are checked for well-formedness first; then every case is parsed and compared
part by part with what it expects.  ``known_failures.jsonl`` runs as
``xfail(strict=True)``, so a fix shows up as a failure until the case is moved.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsstruct
from newsstruct import Article

CASES = Path(__file__).resolve().parent / "cases"
FILES = ("synthetic.jsonl", "known_failures.jsonl")
KNOWN_FAILURES = "known_failures.jsonl"

REQUIRED = {"label": str, "comment": str, "text": str}
OPTIONAL = {"quotes", "dateline", "title", "published", "background", "attributions"}
QUOTE_KEYS = {"kind", "text", "speaker", "cue"}
KINDS = {"direct", "reported", "mixed"}
DATELINE_KEYS = {"place", "agency", "date"}


def _load(name: str) -> list[dict[str, Any]]:
    with (CASES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ALL = {name: _load(name) for name in FILES}


def _problems(case: dict[str, Any]) -> list[str]:
    """Everything wrong with one case's shape; empty when it is well formed."""
    found: list[str] = []
    for key, kind in REQUIRED.items():
        if not isinstance(case.get(key), kind) or not case.get(key):
            found.append(f"{key} must be a non-empty {kind.__name__}")
    unknown = set(case) - set(REQUIRED) - OPTIONAL
    if unknown:
        found.append(f"unknown fields {sorted(unknown)}")
    if not set(case) & OPTIONAL:
        found.append("expects nothing")
    text = case.get("text", "")
    for quote in case.get("quotes") or []:
        if not isinstance(quote, dict) or set(quote) != QUOTE_KEYS:
            found.append(f"quote {quote!r} needs exactly {sorted(QUOTE_KEYS)}")
            continue
        if quote["kind"] not in KINDS:
            found.append(f"quote kind {quote['kind']!r}")
        if not quote["text"] or quote["text"] not in text:
            found.append(f"quote text {quote['text']!r} is not in the text")
        for key in ("speaker", "cue"):
            if quote[key] is not None and quote[key] not in text:
                found.append(f"quote {key} {quote[key]!r} is not in the text")
    if "quotes" in case and not isinstance(case["quotes"], list):
        found.append("quotes must be a list")
    dateline = case.get("dateline")
    if dateline is not None:
        if not isinstance(dateline, dict) or set(dateline) != DATELINE_KEYS:
            found.append(f"dateline needs exactly {sorted(DATELINE_KEYS)}")
        else:
            found.extend(
                f"dateline {key} {value!r} is not in the text"
                for key, value in dateline.items()
                if value is not None and value not in text
            )
    for key in ("title", "published"):
        value = case.get(key)
        if value is not None and (not isinstance(value, str) or value not in text):
            found.append(f"{key} {value!r} is not in the text")
    for key in ("background", "attributions"):
        values = case.get(key)
        if values is None:
            continue
        if not isinstance(values, list):
            found.append(f"{key} must be a list")
            continue
        found.extend(f"{key} {v!r} is not in the text" for v in values if v not in text)
    return found


# -- well-formedness ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_file_is_not_empty(name: str) -> None:
    assert ALL[name]


@pytest.mark.parametrize("name", FILES)
def test_cases_are_well_formed(name: str) -> None:
    problems = {
        case.get("label", f"line {n}"): _problems(case) for n, case in enumerate(ALL[name], 1)
    }
    assert {label: p for label, p in problems.items() if p} == {}


def test_labels_are_unique_across_files() -> None:
    labels = [case["label"] for name in FILES for case in ALL[name]]
    assert sorted({label for label in labels if labels.count(label) > 1}) == []


def test_known_failures_say_what_is_wrong() -> None:
    assert [c["label"] for c in ALL[KNOWN_FAILURES] if "BUG:" not in c["comment"]] == []


def test_enough_synthetic_cases() -> None:
    assert len(ALL["synthetic.jsonl"]) >= 15


# -- the cases ---------------------------------------------------------------------------------


def _check_invariants(article: Article) -> None:
    text = article.text
    previous_end = 0
    for quote in article.quotes:
        assert quote.text == text[quote.span.start : quote.span.end]
        assert quote.span.start >= previous_end
        previous_end = quote.span.end
        if quote.cue is not None:
            assert quote.cue_text == text[quote.cue.start : quote.cue.end]
    for attribution in article.attributions:
        assert attribution.source == text[attribution.span.start : attribution.span.end]
    if article.dateline is not None:
        assert 0 <= article.dateline.span.start <= article.dateline.span.end <= len(text)


def _observed(article: Article, case: dict[str, Any]) -> dict[str, Any]:
    """The parts of the article that the case expects, in the case's own shape."""
    out: dict[str, Any] = {}
    if "quotes" in case:
        out["quotes"] = [
            {
                "kind": q.kind.value,
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "cue": q.cue_text,
            }
            for q in article.quotes
        ]
    if "dateline" in case:
        d = article.dateline
        out["dateline"] = (
            None if d is None else {"place": d.place, "agency": d.agency, "date": d.date}
        )
    if "title" in case:
        out["title"] = article.title
    if "published" in case:
        out["published"] = article.published_text
    if "background" in case:
        out["background"] = [p.text for p in article.background]
    if "attributions" in case:
        out["attributions"] = [a.source for a in article.attributions]
    return out


def _params() -> list[Any]:
    params = []
    for name in FILES:
        for case in ALL[name]:
            marks = (
                [pytest.mark.xfail(strict=True, reason=case["comment"])]
                if name == KNOWN_FAILURES
                else []
            )
            params.append(pytest.param(case, id=case["label"], marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    article = newsstruct.parse(case["text"])
    _check_invariants(article)
    expected = {key: case[key] for key in OPTIONAL if key in case}
    assert _observed(article, case) == expected
