"""Hostile input: does every case parse, and in time linear in its length?

    python benchmarks/adversarial.py               # measure and rewrite the RESULTS.md block
    python benchmarks/adversarial.py --no-write
    python benchmarks/adversarial.py --only dots_1mb --scale 0.1
    python benchmarks/adversarial.py --profile nested_quotes   # cProfile of one case

The corpus of issue 9 is generated here, deterministically (every random case has its own
``random.Random`` seeded with a constant): 5 MB on one line, 1 MB of quotation marks of
every kind, 100,000 unbalanced ``«`` or ``“``, quotes nested 1,000 deep, 50,000 empty
paragraphs, a 1 MB word (and a 1 MB word of capitals, and 1 MB of dots), CR-only and CRLF
line endings, NUL and other control characters, zero-width and bidirectional controls,
lone surrogates, words split by tabs (no space) in sentences that credit an outlet,
emoji and mixed scripts, a real article repeated 1,000 times, random bytes decoded as
latin-1, 1 MB of cues and nothing else (``said said …``, ``said`` alone on each line,
``according to according to …``); and 1 MB each of thousands of invented people named,
quoted and credited on one line (or in an interview), where each mention or attribution
is resolved against what came before it.  ``tests/test_adversarial.py`` builds the same
cases at small sizes through :func:`build`.

Each case is parsed once (the best of three when it is short), after warm-up parses that
load every lexicon and language profile; its time per character is compared with the
median time per character of the real articles, the English texts of
``../shared/data/polnear/dev.jsonl`` (each the best of three).  A case passes when that
ratio is at most 3.
Timings are wall-clock on this machine: compare runs on the same machine.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import gc
import io
import itertools
import json
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import newsstruct
import newsstruct.lang

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "data" / "seed" / "unn-rutte.txt"
REAL_ARTICLES = SHARED / "data" / "polnear" / "dev.jsonl"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
BEGIN = "<!-- adversarial:begin -->"
END = "<!-- adversarial:end -->"

#: A case passes when its time per character is at most this many times the median
#: real article's (issue 9, "done when" 1).
LIMIT = 3.0

MB = 1_000_000
#: Cases shorter than this are timed as the best of three parses, like the real articles.
SHORT = 100_000

# An invented wire story: quotes, cues, a dateline and a background marker, so that the
# cases built from it reach every step of the pipeline.
STORY = (
    "KYIV, March 3 (Reuters) - The ferry between the two banks of the Dnipro will run "
    "again from June, the head of the port Iryna Sokil said on Monday.\n"
    "“The boats are ready and the crews have been trained,” she said. “We will keep the "
    "old timetable for now.”\n"
    "According to the ministry, tickets will cost the same as last year.\n"
    "Sokil told reporters that the port had been closed since the floods of 2023, and "
    "that repairs cost 4.5 million hryvnias.\n"
    '"It\'s been a long winter," said Ostap Verbytskyi, a ferryman.\n'
    "Recall\n"
    "Earlier, the port closed the route for repairs, UNN reports.\n"
)

#: Every quotation mark the scanner knows (``quotes/marks.py``) and the CJK corner
#: brackets, which it does not.
QUOTE_MARKS = (
    '"“”„‟«»〝〞＂'  # double-level
    "'‘’‚‛‹›"  # single-level
    "「」『』"  # CJK corner brackets
)

CONTROLS = "".join(chr(c) for c in itertools.chain(range(0x00, 0x09), range(0x0E, 0x20))) + (
    "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
)
ZERO_WIDTH_AND_BIDI = (
    "\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}\N{WORD JOINER}"
    "\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}\N{COMBINING GRAPHEME JOINER}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\N{ARABIC LETTER MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}\N{RIGHT-TO-LEFT EMBEDDING}\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}\N{RIGHT-TO-LEFT OVERRIDE}"
    "\N{LEFT-TO-RIGHT ISOLATE}\N{RIGHT-TO-LEFT ISOLATE}\N{FIRST STRONG ISOLATE}"
    "\N{POP DIRECTIONAL ISOLATE}"
)
EMOJI = (
    "😀",
    "🇺🇦",
    "👩🏽‍💻",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "❤️",
    "✊🏿",
    "🔥",
    "1️⃣",
    "🤷‍♀️",
)
MIXED_WORDS = (
    "Київ",
    "заявив",
    "Москва",
    "сказал",
    "Αθήνα",
    "είπε",
    "القاهرة",
    "قال",
    "ירושלים",
    "אמר",
    "北京",
    "他说",
    "東京",
    "と述べた",
    "서울",
    "말했다",
    "दिल्ली",
    "कहा",
    "กรุงเทพ",
    "Tbilisi",
    "said",
    "«Ми переможемо»",
    "“We will win,”",
    "„Wir schaffen das“",
    "e\u0301te\u0301",  # combining accents
    "ﬁnance",  # a ligature
    "𝐁𝐨𝐥𝐝",  # mathematical alphanumerics, outside the BMP
)


def seed_article() -> str | None:
    """The real article this project started from, or ``None`` when it is absent."""
    try:
        return SEED_ARTICLE.read_text(encoding="utf-8")
    except OSError:
        return None


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    if not unit:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def _sprinkle(text: str, alphabet: str | tuple[str, ...], every: int, seed: int) -> str:
    """``text`` with a random item of ``alphabet`` inserted about every ``every`` chars."""
    rng = random.Random(seed)
    out: list[str] = []
    position = 0
    while position < len(text):
        step = rng.randint(1, 2 * every)
        out.append(text[position : position + step])
        out.append(rng.choice(alphabet))
        position += step
    return "".join(out)


def one_line(size: int) -> str:
    """The story with its line breaks turned into spaces, repeated on one line."""
    return _fill(STORY.replace("\n", " "), size)


def quote_marks(size: int) -> str:
    """Nothing but quotation marks of every kind, in random order."""
    rng = random.Random(1)
    return "".join(rng.choice(QUOTE_MARKS) for _ in range(size))


def unbalanced(mark: str) -> Callable[[int], str]:
    """``count`` quotes opened with ``mark`` and never closed, in speech-like clauses."""

    def build(count: int) -> str:
        clauses = (
            f"{mark}We will win, he said. ",
            f"{mark}Ми переможемо, - заявив він. ",
            f"She added that {mark}the talks would go on ",
            f"{mark}",
        )
        return "".join(clauses[i % len(clauses)] for i in range(count))

    return build


def nested_quotes(depth: int) -> str:
    """Quotes inside quotes ``depth`` deep, of every pair, closed in reverse, attributed."""
    pairs = (("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"), ('"', '"'), ("'", "'"))
    opening = "".join(f"{pairs[i % len(pairs)][0]}level {i} " for i in range(depth))
    closing = "".join(f" end {i}{pairs[i % len(pairs)][1]}" for i in reversed(range(depth)))
    return f"Olena Marchuk said: {opening}core{closing}, she added.\n"


def empty_paragraphs(count: int) -> str:
    """``count`` empty or blank paragraphs between a few real ones."""
    blanks = ("\n\n", "\n \n", "\n\t\n", "\n\u00a0\n", "\n\u3000\n", "\r\n\r\n")
    parts = ["Ferry service to resume\n", "Kyiv • UNN\n"]
    for i in range(count):
        parts.append(blanks[i % len(blanks)])
        if i % 10_000 == 5_000:
            parts.append("“We will manage,” Sokil said.")
    parts.append("Earlier, the port closed the route for repairs.")
    return "".join(parts)


def long_word(alphabet: str, seed: int) -> Callable[[int], str]:
    """One word of ``size`` random letters of ``alphabet``, in a sentence of reported speech."""

    def build(size: int) -> str:
        rng = random.Random(seed)
        word = "".join(rng.choice(alphabet) for _ in range(size))
        return f"The minister said that {word} was the word.\n"

    return build


def dots(size: int) -> str:
    """A run of full stops, between two sentences."""
    return f"The talks ended. {'.' * size} The minister said so.\n"


def lone_letters_lead(size: int) -> str:
    """A dash dateline's lead of lone lower-case letters, each with a stop, and no second
    dash: every stop is one a letter alone or a lower-case word after it excuses."""
    lead = "Lornport – The plan of "
    return f"Ferry returns to Lornport\n\n{lead}{_fill('a. b. ', size)}x said.\n"


def spaces_before_quote(size: int) -> str:
    """A run of spaces, tabs and no-break spaces between a cue and its quotation."""
    run = (" \t\u00a0" * (size // 3 + 1))[:size]
    return f"The minister said{run}“We will manage,” and left.\n"


def line_endings(newline: str) -> Callable[[int], str]:
    """The story with ``newline`` for every line break, repeated to ``size``."""

    def build(size: int) -> str:
        return _fill(STORY.replace("\n", newline) + newline, size)

    return build


def repeated(unit: str) -> Callable[[int], str]:
    """``unit`` over and over, cut to ``size``: a run of cues with nothing else, each of
    which reads the words after it as its content."""

    def build(size: int) -> str:
        return _fill(unit, size)

    return build


def sprinkled(alphabet: str | tuple[str, ...], every: int, seed: int) -> Callable[[int], str]:
    """The story repeated to ``size``, with ``alphabet`` sprinkled through it."""

    def build(size: int) -> str:
        return _sprinkle(_fill(STORY, size), alphabet, every, seed)[:size]

    return build


def lone_surrogates(size: int) -> str:
    """The story with lone surrogates in it, then a run of them on their own line."""
    rng = random.Random(4)
    alphabet = tuple(chr(rng.randrange(0xD800, 0xE000)) for _ in range(64))
    body = _sprinkle(_fill(STORY, size * 3 // 4), alphabet, 40, 5)
    run = "".join(rng.choice(alphabet) for _ in range(size // 4))
    return (body + "\n" + run)[:size]


def emoji_and_scripts(size: int) -> str:
    """Words of a dozen scripts, emoji sequences and quotes, as sentences and lines."""
    rng = random.Random(6)
    pieces = (*MIXED_WORDS, *EMOJI, ". ", ", ", "\n", " — ")
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece + " ")
        length += len(piece) + 1
    return "".join(out)[:size]


def tab_separated(size: int) -> str:
    """Short paragraphs whose words are split by tabs, no space anywhere, each crediting
    an outlet (``according to`` X): a pattern that needs a space after its cue must not
    look for one through all the rest of the text at every cue."""
    sentence = "The ferry and the port will reopen in June, according to the Harbour Times.\n"
    return _fill(sentence.replace(" ", "\t"), size)


def real_article_repeated(times: int) -> str:
    """The seed article, byte for byte, ``times`` times in a row."""
    article = seed_article()
    if article is None:
        raise FileNotFoundError(SEED_ARTICLE)
    return article * times


def random_latin1(size: int) -> str:
    """Random bytes decoded as latin-1: every code point from U+0000 to U+00FF."""
    rng = random.Random(0)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


# Syllables of invented names, by script: the cases below name thousands of people.
LATIN_SYLLABLES = ("ka", "lo", "mi", "ra", "ve", "no", "tu", "si", "da", "pe", "zo", "ri")
CYRILLIC_SYLLABLES = ("ка", "ло", "ми", "ра", "ве", "но", "ту", "си", "да", "пе", "зо", "ри")


def _invented_name(rng: random.Random, syllables: tuple[str, ...], count: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(count)).capitalize()


def named_sentences(
    templates: tuple[str, ...], syllables: tuple[str, ...], seed: int
) -> Callable[[int], str]:
    """The ``templates`` in turn, each naming a new invented person (``{first}``,
    ``{last}``), to ``size`` characters: many names, quotes and attributions in one
    paragraph, or in many where a template holds line breaks."""

    def build(size: int) -> str:
        rng = random.Random(seed)
        out: list[str] = []
        length = 0
        while length < size:
            for template in templates:
                first = _invented_name(rng, syllables, 2)
                last = _invented_name(rng, syllables, 3)
                out.append(template.format(first=first, last=last))
                length += len(out[-1])
        return "".join(out)[:size]

    return build


@dataclass(frozen=True)
class Case:
    """One case of the corpus: how to build it, at what size, and what the size counts."""

    name: str
    description: str
    build: Callable[[int], str]
    size: int
    unit: str = "characters"
    needs_seed: bool = False


CASES: tuple[Case, ...] = (
    Case("one_line_5mb", "5 MB of article text on one line", one_line, 5 * MB),
    Case("quote_marks_1mb", "1 MB of quotation marks of every kind", quote_marks, MB),
    Case(
        "unbalanced_guillemets",
        "100,000 « opened and never closed, in clauses on one line",
        unbalanced("«"),
        100_000,
        "quotes",
    ),
    Case(
        "unbalanced_curly",
        "100,000 “ opened and never closed, in clauses on one line",
        unbalanced("“"),
        100_000,
        "quotes",
    ),
    Case("nested_quotes", "quotes nested 1,000 deep", nested_quotes, 1_000, "levels"),
    Case(
        "empty_paragraphs",
        "50,000 empty and blank paragraphs",
        empty_paragraphs,
        50_000,
        "paragraphs",
    ),
    Case("word_1mb", "a 1 MB word of lower-case letters", long_word("abcdefghij", 2), MB),
    Case("capitals_1mb", "a 1 MB word of capitals", long_word("ABCDEFGHIJ", 3), MB),
    Case("dots_1mb", "1 MB of full stops", dots, MB),
    Case(
        "lone_letters_lead",
        "a dash dateline's lead of lone letters with stops, no second dash (1 MB)",
        lone_letters_lead,
        MB,
    ),
    Case("spaces_1mb", "1 MB of spaces before a quotation mark", spaces_before_quote, MB),
    Case("cr_only", "CR-only line endings (1 MB)", line_endings("\r"), MB),
    Case("crlf", "CRLF line endings (1 MB)", line_endings("\r\n"), MB),
    Case("control_chars", "NUL and other C0/C1 controls (1 MB)", sprinkled(CONTROLS, 8, 7), MB),
    Case(
        "zero_width_bidi",
        "zero-width and bidirectional controls (1 MB)",
        sprinkled(ZERO_WIDTH_AND_BIDI, 4, 8),
        MB,
    ),
    Case("lone_surrogates", "lone surrogates (1 MB)", lone_surrogates, MB),
    Case(
        "tab_separated_credits",
        "short paragraphs crediting an outlet, words split by tabs, no space (3 MB)",
        tab_separated,
        3 * MB,
    ),
    Case("emoji_scripts", "emoji and mixed scripts (1 MB)", emoji_and_scripts, MB),
    Case(
        "real_article_x1000",
        "unn-rutte.txt repeated 1,000 times",
        real_article_repeated,
        1_000,
        "copies",
        needs_seed=True,
    ),
    Case("random_latin1", "1 MB of random bytes decoded as latin-1", random_latin1, MB),
    # Cues and nothing else: each cue's content and source are read, which must not mean
    # the rest of its sentence (a unit is cut at 250 tokens, as long as a real one).
    Case("cues_one_line", "said said said … on one line (1 MB)", repeated("said "), MB),
    Case("cue_lines", "said alone on each line (1 MB)", repeated("said\n"), MB),
    Case(
        "according_to_one_line",
        "according to according to … on one line (1 MB)",
        repeated("according to "),
        MB,
    ),
    # Many speakers, quotes and attributions in one paragraph (or in many): each is
    # resolved against what came before it, which must not mean against all of it.
    Case(
        "pronouns_after_names",
        "men named, then «…», — сказала она, on one line (1 MB)",
        named_sentences(
            ("{first}о {last}ов приехал в город. «Мы поедем», — сказала она. ",),
            CYRILLIC_SYLLABLES,
            11,
        ),
        MB,
    ),
    Case(
        "interview_names",
        "an interview whose every question names someone (1 MB)",
        named_sentences(
            ("— {first} {last}, why did you go?\n— Because we wanted to.\n",),
            LATIN_SYLLABLES,
            12,
        ),
        MB,
    ),
    Case(
        "inflected_names",
        "names in the nominative, then their surnames inflected, on one line (1 MB)",
        named_sentences(
            ("Министр {first}о {last}ов приехал. «Мы поедем», — сказал {last}ова. ",),
            CYRILLIC_SYLLABLES,
            13,
        ),
        MB,
    ),
    Case(
        "anaphoric_one_line",
        "sentences each credited after it (Про це повідомив X), on one line (1 MB)",
        named_sentences(
            ("Порт відкриють найближчим часом. Про це повідомив {first}о {last}ов. ",),
            CYRILLIC_SYLLABLES,
            14,
        ),
        MB,
    ),
    Case(
        "reports_and_quotes",
        "reported speech, credited sources and quotes no cue claims, on one line (1 MB)",
        named_sentences(
            (
                "{first} {last} said that the port would reopen. “It is fine.” ",
                "The port will reopen, Metro News reports, citing {first} {last}. ",
            ),
            LATIN_SYLLABLES,
            15,
        ),
        MB,
    ),
    Case(
        "indirect_speech_one_line",
        "sentences in the mood of indirect speech after a quote, on one line (1 MB)",
        named_sentences(
            ("{first} {last} sagte, die Lage sei ernst. Die Regierung habe versagt. ",),
            LATIN_SYLLABLES,
            16,
        ),
        MB,
    ),
    Case(
        "speech_acts_one_line",
        "speech acts, colons and indirect speech read sentence by sentence, on one line (1 MB)",
        named_sentences(
            (
                "{first} {last} haderte mit dem Plan: Die Lage sei „ernst“. ",
                "Der Verband kritisierte den Plan. Er sei zu teuer. ",
            ),
            LATIN_SYLLABLES,
            17,
        ),
        MB,
    ),
)


def build(case: Case, scale: float = 1.0) -> str:
    """The text of ``case`` at ``scale`` times its full size (at least one unit)."""
    return case.build(max(1, round(case.size * scale)))


def available_cases() -> Iterator[Case]:
    """The cases whose inputs exist here (the seed article may be absent)."""
    have_seed = seed_article() is not None
    return (case for case in CASES if have_seed or not case.needs_seed)


def real_articles() -> list[str]:
    """The English texts of PolNeAR dev: the real articles the cases are compared with."""
    texts: list[str] = []
    for line in REAL_ARTICLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if (doc.get("lang") or "en") == "en":
                texts.append(doc["text"])
    return texts


def seconds(text: str, repeat: int = 1) -> float:
    """The best wall-clock time of ``repeat`` parses of ``text``, garbage collection off."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            newsstruct.parse(text)
            best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
    return best


# A text whose language only langdetect can tell: parsing it loads langdetect's profiles,
# a one-off cost that would otherwise be charged to the first case that needs them.
WARM_UP = "Tbilisi Batumi Kutaisi Rustavi Zugdidi Gori Poti"


def warm_up() -> None:
    """Load every lexicon, compile its patterns and load the language profiles."""
    newsstruct.parse(WARM_UP)
    for code in newsstruct.lang.available():
        newsstruct.parse(STORY, lang=code)


def baseline(texts: list[str]) -> float:
    """The median over ``texts`` of the time per character (µs), each the best of 3."""
    warm_up()
    return statistics.median(seconds(text, 3) / len(text) * 1e6 for text in texts)


@dataclass(frozen=True)
class Row:
    """The measurement of one case."""

    case: Case
    chars: int
    seconds: float
    error: str | None = None

    @property
    def micro_per_char(self) -> float:
        return self.seconds / max(1, self.chars) * 1e6


def measure(case: Case, scale: float) -> Row:
    """Build and parse one case, keeping any exception as the row's error."""
    text = build(case, scale)
    try:
        took = seconds(text, repeat=3 if len(text) < SHORT else 1)
    except Exception as error:  # the point of the benchmark is to see these
        return Row(case, len(text), 0.0, f"{type(error).__name__}: {error}")
    return Row(case, len(text), took)


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


def table(rows: list[Row], baselines: tuple[float, float], command: str, skipped: list[str]) -> str:
    """The Markdown block for RESULTS.md; ``baselines`` are measured before and after."""
    median = min(baselines)
    lines = [
        f"Measured {datetime.date.today().isoformat()} at commit `{commit()}` with "
        f"`{command}` ({sys.platform}, Python {sys.version.split()[0]}, "
        f"newsstruct {newsstruct.__version__}).",
        "",
        "Baseline: the median time per character of the real articles (the English texts "
        f"of PolNeAR dev, each the best of 3), {baselines[0]:.3f} µs before the cases and "
        f"{baselines[1]:.3f} µs after them; the ratio is to the lower, {median:.3f} µs. "
        "A case passes when it parses without an exception and its time per character is "
        f"at most {LIMIT:g}x that.",
        "",
        "| case | input | characters | seconds | µs/char | ratio | result |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        if row.error is not None:
            result, figures = f"**raised** `{row.error[:80]}`", "| – | – | – "
        else:
            ratio = row.micro_per_char / median
            result = "ok" if ratio <= LIMIT else f"**over {LIMIT:g}x**"
            figures = f"| {row.seconds:.2f} | {row.micro_per_char:.3f} | {ratio:.2f} "
        lines.append(
            f"| `{row.case.name}` | {row.case.description} | {row.chars:,} {figures}| {result} |"
        )
    slow = [
        row.case.name for row in rows if row.error is None and row.micro_per_char / median > LIMIT
    ]
    if slow:
        lines += [
            "",
            f"Over {LIMIT:g}x: {', '.join(f'`{name}`' for name in slow)}. See where the time "
            "goes with `python benchmarks/adversarial.py --profile CASE --scale 0.2`.",
        ]
    for name in skipped:
        relative = SEED_ARTICLE.relative_to(ROOT.parent)
        lines += ["", f"Skipped `{name}`: `../{relative}` is absent."]
    return "\n".join(lines)


def write(block: str) -> None:
    """Replace the adversarial block of RESULTS.md (adding it at the end if absent)."""
    body = f"{BEGIN}\n{block}\n{END}"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        RESULTS.write_text(head + body + tail, encoding="utf-8")
    else:
        RESULTS.write_text(
            text.rstrip() + "\n\n## Hostile input\n\n" + body + "\n", encoding="utf-8"
        )


def profile(case: Case, scale: float, top: int = 25) -> str:
    """The cProfile of one parse of ``case``, by cumulative time, then by own time."""
    text = build(case, scale)
    warm_up()
    profiler = cProfile.Profile()
    profiler.enable()
    newsstruct.parse(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Build, parse and time every case; print the table and record it in RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--only", action="append", metavar="CASE", help="run only these cases")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    parser.add_argument("--profile", metavar="CASE", help="print the cProfile of one case")
    args = parser.parse_args(argv)
    by_name = {case.name: case for case in CASES}
    for name in [*(args.only or ()), *([args.profile] if args.profile else [])]:
        if name not in by_name:
            parser.error(f"unknown case {name!r}; choose from {', '.join(by_name)}")
    if args.profile:
        print(profile(by_name[args.profile], args.scale))
        return 0
    if not REAL_ARTICLES.exists():
        print(f"no real articles at {REAL_ARTICLES}", file=sys.stderr)
        return 1
    articles = real_articles()
    before = baseline(articles)
    print(f"median real article: {before:.3f} µs/char", file=sys.stderr)
    runnable = {case.name for case in available_cases()}
    skipped = [case.name for case in CASES if case.name not in runnable]
    rows: list[Row] = []
    for case in CASES:
        if case.name not in runnable or (args.only and case.name not in args.only):
            continue
        row = measure(case, args.scale)
        rows.append(row)
        print(
            f"{case.name:24} {row.chars:>10,} chars {row.seconds:8.2f} s "
            f"{row.micro_per_char:8.3f} µs/char {row.micro_per_char / before:6.2f}x"
            + (f"  {row.error}" if row.error else ""),
            file=sys.stderr,
        )
    command = "python benchmarks/adversarial.py" + (
        " " + " ".join(argv if argv is not None else sys.argv[1:])
        if (argv if argv is not None else sys.argv[1:])
        else ""
    )
    # Measured again after the cases: the lower of the two is the baseline, so that a
    # busy machine during one of the runs cannot make the cases look faster than they are.
    after = baseline(articles)
    median = min(before, after)
    print(f"median real article, after the cases: {after:.3f} µs/char", file=sys.stderr)
    block = table(rows, (before, after), command, skipped)
    print(block)
    if not args.no_write:
        write(block)
    failed = [r for r in rows if r.error or r.micro_per_char / median > LIMIT]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
