"""Accuracy of newsstruct on every annotated corpus in ``../shared/data``.

Runs :func:`newsstruct.parse` (without hints: language and outlet are detected) over each
``*.jsonl`` gold file, scores the predictions with ``../shared/eval/score.py`` and writes
``benchmarks/RESULTS.md``'s accuracy table: one row per corpus and split, with the date
and the commit it was measured at.

    python benchmarks/accuracy.py            # all corpora, rewrites the table
    python benchmarks/accuracy.py --only polnear/dev --no-write
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import newsstruct

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN = "<!-- accuracy:begin -->"
END = "<!-- accuracy:end -->"


def load_scorer() -> ModuleType:
    """Import the shared scorer from ``../shared/eval/score.py``."""
    spec = importlib.util.spec_from_file_location("newsstruct_score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SHARED / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_files() -> list[Path]:
    """Every gold file, seed first, then by corpus and split."""
    order = {"seed": 0, "train": 1, "dev": 2, "validation": 2, "test": 3}
    files = sorted((SHARED / "data").glob("*/*.jsonl"))
    return sorted(
        files, key=lambda p: (p.parent.name != "seed", p.parent.name, order.get(p.stem, 9))
    )


def measure(path: Path, scorer: ModuleType) -> dict[str, dict[str, Any]]:
    """Parse and score one gold file: the summary of all documents (key ``""``) and, for
    a corpus of several languages, of each language; with the speed."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    predictions = [{"id": d["id"], **newsstruct.parse(d["text"]).to_dict()} for d in docs]
    took = time.perf_counter() - started
    tallies: dict[str, Any] = {"": scorer.Tally()}
    counts: dict[str, int] = {"": len(docs)}
    languages = {d.get("lang") for d in docs}
    for gold, pred in zip(docs, predictions, strict=True):
        scorer.score_doc(gold, pred, tallies[""], [])
        if len(languages) > 1:
            key = f"lang={gold.get('lang')}"
            tallies.setdefault(key, scorer.Tally())
            counts[key] = counts.get(key, 0) + 1
            scorer.score_doc(gold, pred, tallies[key], [])
    out: dict[str, dict[str, Any]] = {}
    for key, tally in tallies.items():
        summary: dict[str, Any] = scorer.summary(tally)
        summary["docs"] = counts[key]
        summary["docs_per_s"] = len(docs) / took if took else 0.0
        out[key] = summary
    return out


def _f(value: Any) -> str:
    return "" if value is None else f"{value:.3f}"


def row(name: str, s: dict[str, Any]) -> str:
    """One Markdown table row."""
    q = s.get("quotes", {})
    bg = s.get("background", {})
    cells = [
        name,
        str(s["docs"]),
        _f(q.get("P")),
        _f(q.get("R")),
        _f(q.get("F1")),
        _f(s.get("speaker_acc")),
        _f(s.get("quotes_e2e_F1") if q else None),
        _f(s.get("recall_direct")),
        _f(s.get("recall_reported")),
        _f(s.get("recall_mixed")),
        _f(bg.get("P")),
        _f(bg.get("F1")),
        _f(s.get("dateline_acc")),
        _f(s.get("title_acc")),
        _f(s.get("date_acc")),
        _f(s.get("attributions_F1")),
        f"{s['docs_per_s']:.0f}",
    ]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| corpus/split | docs | quotes P | quotes R | quotes F1 | speaker acc | e2e F1 "
    "| direct R | reported R | mixed R | background P | background F1 | dateline | title "
    "| date | attributions F1 | docs/s |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def commit() -> str:
    """The short hash of HEAD, with ``+dirty`` when the work tree has changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def write(table: str) -> None:
    """Replace the accuracy block of RESULTS.md (or create the file)."""
    block = f"{BEGIN}\n{table}\n{END}"
    if RESULTS.exists():
        text = RESULTS.read_text(encoding="utf-8")
        if BEGIN in text and END in text:
            head, _, rest = text.partition(BEGIN)
            _, _, tail = rest.partition(END)
            RESULTS.write_text(head + block + tail, encoding="utf-8")
            return
        RESULTS.write_text(text.rstrip() + "\n\n" + block + "\n", encoding="utf-8")
        return
    RESULTS.write_text(f"# Benchmark results\n\n{block}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure, print and (unless ``--no-write``) record the accuracy table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="corpus/split to run, e.g. polnear/dev")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (SHARED / "data").is_dir():
        print(f"no corpora at {SHARED / 'data'}", file=sys.stderr)
        return 1
    scorer = load_scorer()
    rows = []
    for path in gold_files():
        name = f"{path.parent.name}/{path.stem}"
        if args.only and name not in args.only:
            continue
        for key, summary in sorted(measure(path, scorer).items()):
            rows.append(row(f"{name} {key}".strip(), summary))
            print(rows[-1], flush=True)
    stamp = datetime.date.today().isoformat()
    table = (
        f"Measured {stamp} at commit `{commit()}` with `python benchmarks/accuracy.py` "
        "(no hints: language and outlet detected; scored by `../shared/eval/score.py`; "
        "an empty cell is a layer the corpus does not annotate).\n\n"
        + HEADER
        + "\n"
        + "\n".join(rows)
    )
    if not args.no_write and not args.only:
        write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
