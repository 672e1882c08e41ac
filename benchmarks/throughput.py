"""Speed of newsstruct: articles/s, MB/s, a profile by step, memory, start-up and scaling.

    python benchmarks/throughput.py            # measure and rewrite the RESULTS.md block
    python benchmarks/throughput.py --no-write

Every text of ``../shared/data`` is parsed in one process, English first (with language
and outlet detection, as users run it), then each other language.  The profile gives the
share of time in each pipeline step; the scaling run parses one article repeated 1, 10
and 100 times and reports the time per character; ``parse_many`` is timed with one and
two workers.  Timings are wall-clock on this machine: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import json
import os
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import newsstruct

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN = "<!-- throughput:begin -->"
END = "<!-- throughput:end -->"

# The pipeline's steps, by the module that owns each.
STEPS = {
    "segment": "newsstruct/segment.py",
    "header": "newsstruct/header.py",
    "language detection": "newsstruct/lang/__init__.py",
    "outlet detection": "newsstruct/outlets/__init__.py",
    "dateline": "newsstruct/dateline.py",
    "structure": "newsstruct/structure.py",
    "quotation marks": "newsstruct/quotes/marks.py",
    "quotes (tokens, cues, assembly)": "newsstruct/quotes/",
    "speakers": "newsstruct/speakers.py",
    "attributions": "newsstruct/sources.py",
    "model": "newsstruct/model.py",
}


def texts_by_lang() -> dict[str, list[str]]:
    """Every text of the shared corpora, grouped by the gold language."""
    out: dict[str, list[str]] = defaultdict(list)
    for path in sorted((SHARED / "data").glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                out[doc.get("lang") or "en"].append(doc["text"])
    return dict(out)


def rate(texts: list[str], repeat: int) -> tuple[float, float, float]:
    """Articles/s in wall-clock time, articles/s in CPU time and MB/s (of UTF-8, wall-clock)
    for parsing ``texts``: the best of ``repeat`` passes, so that other load on the machine
    (which only ever slows a pass down) disturbs the figures as little as possible."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            newsstruct.parse(text)
        cpu = min(cpu, time.process_time() - started_cpu)
        wall = min(wall, time.perf_counter() - started)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return len(texts) / wall, len(texts) / cpu, size / wall


def profile(texts: list[str]) -> dict[str, float]:
    """Share of the total time spent inside each step's module (own time)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        newsstruct.parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    shares: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _, _), (_, _, own, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += own
        name = filename.replace("\\", "/")
        step = next((s for s, part in STEPS.items() if part in name), None)
        shares[step or "other (regex engine, builtins)"] += own
    return {k: v / total for k, v in sorted(shares.items(), key=lambda kv: -kv[1])}


def scaling(text: str) -> list[tuple[int, float]]:
    """Time per character (µs) for ``text`` repeated 1, 10 and 100 times."""
    out = []
    for times in (1, 10, 100):
        big = "\n\n".join([text] * times)
        runs = max(1, 200 // times)
        started = time.perf_counter()
        for _ in range(runs):
            newsstruct.parse(big)
        took = (time.perf_counter() - started) / runs
        out.append((times, took / len(big) * 1e6))
    return out


def in_subprocess(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return what it prints.  The modules' bytecode
    is written and read as in an installed package (pip compiles it on install), even where
    ``PYTHONDONTWRITEBYTECODE`` is set: without it every start-up compiles the sources."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()


def startup() -> tuple[float, float]:
    """``import newsstruct`` time and first-parse latency, in ms, in a fresh process."""
    code = (
        "import time; t = time.perf_counter(); import newsstruct; "
        "i = time.perf_counter() - t; t = time.perf_counter(); "
        "newsstruct.parse('Kyiv • UNN\\nThe mayor said the bridge would reopen on Monday.'); "
        "print(i * 1000, (time.perf_counter() - t) * 1000)"
    )
    best_import, best_first = float("inf"), float("inf")
    for _ in range(5):
        imp, first = map(float, in_subprocess(code).split())
        best_import, best_first = min(best_import, imp), min(best_first, first)
    return best_import, best_first


def peak_memory(*, keep: bool) -> float:
    """Peak resident memory (MB) of a fresh process that parses every English text.

    With ``keep`` the process holds every Article it made until the end; without, each
    is dropped when the next is parsed, as a stream of articles is processed.
    """
    here = str(Path(__file__).parent)
    parse = (
        "kept = [newsstruct.parse(t) for t in texts]"
        if keep
        else "for t in texts: newsstruct.parse(t)"
    )
    code = (
        f"import sys; sys.path.insert(0, {here!r}); import throughput, newsstruct\n"
        "texts = throughput.texts_by_lang()['en']\n"
        f"{parse}\n"
        "print(throughput.own_peak_memory())"
    )
    return float(in_subprocess(code))


def own_peak_memory() -> float:
    """Peak resident memory (MB) of this process itself.

    On Linux ``ru_maxrss`` of a child also counts the RSS its parent had when it
    forked (exec keeps the high-water mark), so a benchmark process that already holds
    the corpora would report its own size: ``VmHWM`` of ``/proc/self/status`` is reset
    by exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def workers(texts: list[str], repeat: int) -> tuple[float, float]:
    """Seconds for ``parse_many`` over ``texts`` with one worker and with two, each the
    best of ``repeat`` runs.  The runs alternate (one worker, two, one, …), so that a
    change in the machine's other load weighs on both figures, not on one."""
    best = {1: float("inf"), 2: float("inf")}
    for _ in range(repeat):
        for n in best:
            started = time.perf_counter()
            for _ in newsstruct.parse_many(texts, workers=n, chunksize=32):
                pass
            best[n] = min(best[n], time.perf_counter() - started)
    return best[1], best[2]


def commit() -> str:
    """The short hash of HEAD, with ``+dirty`` when tracked files changed."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def report(repeat: int) -> str:
    """Measure everything and return the Markdown block."""
    corpora = texts_by_lang()
    english = corpora.pop("en")
    newsstruct.parse(english[0])  # profiles and patterns loaded: measure the steady state
    lines = [
        f"Measured {datetime.date.today().isoformat()} at commit `{commit()}` with "
        "`python benchmarks/throughput.py` (one process, language and outlet detected; "
        f"{sys.platform}, Python {sys.version.split()[0]}).",
        "",
        f"Articles/s are the best of {repeat} passes, in wall-clock and in CPU time.",
        "",
        "| texts | articles | articles/s | articles/s (CPU) | MB/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for code, texts in [("en (all English corpora)", english), *sorted(corpora.items())]:
        per_second, per_cpu_second, mb = rate(texts, repeat)
        lines.append(
            f"| {code} | {len(texts)} | {per_second:.0f} | {per_cpu_second:.0f} | {mb:.2f} |"
        )
    imp, first = startup()
    one, two = workers(english, repeat)
    lines += [
        "",
        f"- `import newsstruct`: {imp:.0f} ms; first parse after import: {first:.0f} ms "
        "(best of 5 fresh processes).",
        "- Peak memory of a process parsing every English text: "
        f"{peak_memory(keep=False):.0f} MB, one article at a time; "
        f"{peak_memory(keep=True):.0f} MB holding all {len(english)} Articles to the end.",
        f"- `parse_many` over the English texts: {one:.2f} s with 1 worker "
        f"({len(english) / one:.0f} articles/s in this one process), {two:.2f} s with "
        f"2 workers ({one / two:.2f}x; each the best of {repeat} runs).",
        "",
        "Scaling (one article repeated; time per character should stay flat):",
        "",
        "| repeated | µs per character |",
        "|---:|---:|",
    ]
    sample = max(english[:50], key=len)
    for times, micro in scaling(sample):
        lines.append(f"| {times}x | {micro:.3f} |")
    lines += ["", "Profile of the English run (share of own time by step):", ""]
    lines += ["| step | share |", "|---|---:|"]
    for step, share in profile(english[:300]).items():
        lines.append(f"| {step} | {share:.1%} |")
    return "\n".join(lines)


def write(block: str) -> None:
    """Replace the throughput block of RESULTS.md."""
    body = f"{BEGIN}\n{block}\n{END}"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        RESULTS.write_text(head + body + tail, encoding="utf-8")
    else:
        RESULTS.write_text(text.rstrip() + "\n\n## Speed\n\n" + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Measure, print and (unless ``--no-write``) record the speed figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--repeat", type=int, default=3, help="passes over each language's texts (best counts)"
    )
    args = parser.parse_args(argv)
    if not (SHARED / "data").is_dir():
        print(f"no corpora at {SHARED / 'data'}", file=sys.stderr)
        return 1
    block = report(max(1, args.repeat))
    print(block)
    if not args.no_write:
        write(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
