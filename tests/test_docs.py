"""Documentation is tested: README and docs/ examples, and every docstring in the package.

In Markdown only fenced ``pycon`` and ``python`` blocks that contain ``>>>`` run; a
``>>>`` in a block of any other kind would never run, so it is refused.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsstruct
from newsstruct import lang
from newsstruct.outlets import default_registry

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# A fenced block: an opening fence with an optional info string, the body, the same fence.
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n"
    r"(?P<body>.*?)"
    r"^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
RUNNABLE = {"pycon", "python", "py"}


def _blocks(path: Path) -> list[tuple[int, str, str]]:
    """Return ``(line number, language, body)`` of each fenced block in a Markdown file."""
    text = path.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        line = text.count("\n", 0, match.start("body")) + 1
        language = match.group("info").split()[0].lower() if match.group("info").strip() else ""
        blocks.append((line, language, match.group("body")))
    return blocks


def _run(test: doctest.DocTest) -> None:
    """Run one doctest and fail with doctest's own report when an example fails."""
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.append, clear_globs=False)
    if runner.failures:
        pytest.fail("".join(report), pytrace=False)


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_examples(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.name} does not exist")
    parser = doctest.DocTestParser()
    globs: dict[str, object] = {}  # one namespace a file, as in a reader's session
    ran = 0
    for line, language, body in _blocks(path):
        if ">>>" not in body:
            continue
        where = f"{path.relative_to(ROOT)}:{line}"
        assert language in RUNNABLE, f"{where}: '>>>' in a ```{language} block that never runs"
        test = parser.get_doctest(body, globs, where, str(path), line - 1)
        _run(test)
        globs = test.globs
        ran += 1
    if path.name == "index.md":
        assert ran, "the quickstart in docs/index.md has no runnable example"


def _modules() -> list[str]:
    names = [newsstruct.__name__]
    for info in pkgutil.walk_packages(newsstruct.__path__, prefix=f"{newsstruct.__name__}."):
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstrings(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    for test in finder.find(module, name):
        if test.examples:
            _run(test)


def _number_word(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}
    return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")


def test_readme_names_every_language_and_counts_the_outlets() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    languages = lang.available()
    # "Norwegian (Bokmål)" is Norwegian there
    unnamed = [code for code in languages if lang.get(code).name.split(" (")[0] not in readme]
    assert unnamed == [], "README.md's list of languages misses these"
    assert f"In {_number_word(len(languages))} languages" in readme
    outlets = default_registry().available()
    assert f"the house rules of {_number_word(len(outlets))} outlets" in readme


def test_docs_count_the_languages_and_outlets() -> None:
    """docs/languages.md names every language and counts them, docs/outlets.md counts the
    outlets, as the README does (a language or an outlet added updates all three)."""
    languages = lang.available()
    page = " ".join((ROOT / "docs" / "languages.md").read_text(encoding="utf-8").split())
    assert f"in {_number_word(len(languages))} languages" in page
    unnamed = [code for code in languages if lang.get(code).name.split(" (")[0] not in page]
    assert unnamed == [], "docs/languages.md misses these"
    outlets = default_registry().available()
    page = " ".join((ROOT / "docs" / "outlets.md").read_text(encoding="utf-8").split())
    assert f"the rules of {_number_word(len(outlets))} outlets" in page
