"""The documentation builds with Sphinx, warnings (and broken references, ``-n``) as errors.

The build runs in a temporary folder, as ``sphinx-build -n -W -b html docs OUT`` does;
the examples on the pages themselves run in ``test_docs.py``.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("sphinx") is None or importlib.util.find_spec("myst_parser") is None,
    reason="building the docs needs sphinx and myst-parser (pip install -e '.[docs]')",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-n",
            "-W",
            "--keep-going",
            "-E",
            "-q",
            "-b",
            "html",
            "-d",
            str(out / "doctrees"),
            str(DOCS),
            str(out / "html"),
        ],
        capture_output=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, f"sphinx-build failed:\n{done.stderr}{done.stdout}"
    assert done.stderr.strip() == "", done.stderr
    return out / "html"


def test_every_page_is_built(built: Path) -> None:
    pages = sorted(p.stem for p in DOCS.glob("*.md"))
    assert {"index", "quickstart", "model", "annotation", "languages", "outlets", "cli"} <= set(
        pages
    )
    assert {"scaling", "accuracy", "changelog", "notebooks", "api"} <= set(pages)
    for page in pages:
        assert (built / f"{page}.html").is_file(), page


def test_the_changelog_is_included(built: Path) -> None:
    changelog = (built / "changelog.html").read_text(encoding="utf-8")
    assert "Keep a Changelog" in changelog
    assert "[Unreleased]" in changelog


def test_the_notebook_page_shows_a_live_view(built: Path) -> None:
    page = (built / "notebooks.html").read_text(encoding="utf-8")
    assert page.count('<mark class="ns-quote') >= 3
    assert 'data-role="background"' in page


def test_the_accuracy_page_has_the_figures_or_says_why_not(built: Path) -> None:
    page = (built / "accuracy.html").read_text(encoding="utf-8")
    if (ROOT / "benchmarks" / "RESULTS.md").exists():
        assert "<table" in page
    else:
        assert "No figures have been measured" in page
