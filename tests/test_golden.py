"""Golden tests over real annotated text in ``../shared/data`` (see ANNOTATION.md).

* The seed article must stay perfect on every layer it is annotated for (quote
  precision may slip to 0.90).
* PolNeAR dev is a regression guard, not a benchmark: quote F1 and speaker accuracy may
  not fall below the floors in :data:`POLNEAR_FLOORS`.  The floors belong to one version
  of the corpus, named by :data:`POLNEAR_FINGERPRINT`; when the corpus changes the test
  fails until the floors are measured again, so they never drift silently.

Predictions are computed in-process, exactly as ``shared/eval/predict.py`` writes them,
and scored with the functions of ``shared/eval/score.py``.  Everything is skipped, with
the reason, where the shared folder is absent.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsstruct

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SEED = SHARED / "data" / "seed" / "gold.jsonl"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev.jsonl"

#: Measured quote F1 and speaker accuracy on PolNeAR dev, minus 0.01, rounded down.
#: Raise them when the parser improves; never lower them without saying why.
POLNEAR_FLOORS: dict[str, float] = {"quotes_F1": 0.79, "speaker_acc": 0.88}
#: sha256 of ``polnear/dev.jsonl`` (first 16 hex digits) that the floors were measured on.
POLNEAR_FINGERPRINT = "407a3aefc41ae22a"


def _require(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} is absent: the shared corpora are not checked out next to the repo")
    return path


@pytest.fixture(scope="module")
def score() -> ModuleType:
    """``shared/eval/score.py``, imported from its file."""
    spec = importlib.util.spec_from_file_location("newsstruct_shared_score", _require(SCORER))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _documents(path: Path) -> list[dict[str, Any]]:
    with _require(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _summary(
    score: ModuleType, documents: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[Any]]:
    tally = score.Tally()
    misses: list[Any] = []
    for doc in documents:
        prediction = {"id": doc["id"], **newsstruct.parse(doc["text"]).to_dict()}
        score.score_doc(doc, prediction, tally, misses)
    return score.summary(tally), misses


def _misses(misses: list[Any], limit: int = 15) -> str:
    return "\n".join(" | ".join(str(part) for part in row) for row in misses[:limit])


# -- the seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(score: ModuleType) -> tuple[dict[str, Any], list[Any]]:
    return _summary(score, _documents(SEED))


def test_seed_is_annotated_for_every_layer() -> None:
    (doc,) = _documents(SEED)
    assert set(doc["layers"]) >= {
        "direct",
        "reported",
        "speaker",
        "background",
        "dateline",
        "header",
        "attributions",
    }


def test_seed_quotes(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, misses = seed
    assert summary["quotes"]["R"] == 1.0, _misses(misses)
    assert summary["quotes"]["P"] >= 0.90, _misses(misses)


def test_seed_speakers(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, misses = seed
    assert summary["speaker_acc"] == 1.0, _misses(misses)


def test_seed_background(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, misses = seed
    assert summary["background"]["F1"] == 1.0, _misses(misses)


def test_seed_dateline(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, misses = seed
    assert summary["dateline_acc"] == 1.0, _misses(misses)


def test_seed_header(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, _ = seed
    assert (summary["title_acc"], summary["date_acc"]) == (1.0, 1.0)


def test_seed_attributions(seed: tuple[dict[str, Any], list[Any]]) -> None:
    summary, _ = seed
    assert summary["attributions_F1"] == 1.0


def test_seed_spans_slice_the_text() -> None:
    (doc,) = _documents(SEED)
    article = newsstruct.parse(doc["text"])
    for quote in article.quotes:
        assert quote.text == doc["text"][quote.span.start : quote.span.end]


# -- PolNeAR dev ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def polnear(score: ModuleType) -> tuple[dict[str, Any], list[Any]]:
    path = _require(POLNEAR_DEV)
    found = _fingerprint(path)
    if found != POLNEAR_FINGERPRINT:
        pytest.fail(
            f"{path} has changed (sha256 {found}…, floors measured on "
            f"{POLNEAR_FINGERPRINT}…): measure the scores again and update POLNEAR_FLOORS "
            "and POLNEAR_FINGERPRINT together"
        )
    return _summary(score, _documents(path))


def test_polnear_quotes_f1_floor(polnear: tuple[dict[str, Any], list[Any]]) -> None:
    summary, _ = polnear
    measured = summary["quotes"]["F1"]
    assert measured >= POLNEAR_FLOORS["quotes_F1"], f"quote F1 fell to {measured:.3f}"


def test_polnear_speaker_accuracy_floor(polnear: tuple[dict[str, Any], list[Any]]) -> None:
    summary, _ = polnear
    measured = summary["speaker_acc"]
    assert measured >= POLNEAR_FLOORS["speaker_acc"], f"speaker accuracy fell to {measured:.3f}"
