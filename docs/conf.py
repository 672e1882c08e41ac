"""Sphinx configuration: Markdown pages (MyST), built with ``sphinx-build -n -W``.

sphinx-build -n -W -b html docs docs/_build/html
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"

# Document the checkout being built, even where another newsstruct is installed.
sys.path.insert(0, str(ROOT / "src"))

_version = re.search(
    r'^__version__ = "([^"]+)"',
    (ROOT / "src" / "newsstruct" / "_version.py").read_text(encoding="utf-8"),
    re.MULTILINE,
)

project = "newsstruct"
author = "The newsstruct developers"
copyright = "2026, The newsstruct developers"
release = _version.group(1) if _version else "unknown"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "examples", "Thumbs.db", ".DS_Store"]

myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

autodoc_member_order = "bysource"
autodoc_typehints = "none"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "alabaster"
html_title = f"newsstruct {release}"
html_static_path: list[str] = []

# Names from other projects' documentation, which these pages do not link to.
nitpick_ignore_regex = [
    (r"py:.*", r"(attrs|datetime|collections\.abc|typing)\..*"),
]


class NewsstructView(SphinxDirective):
    """``{newsstruct-view}``: the HTML view of the article written as the content.

    The page shows what :func:`newsstruct.to_html` makes of it at build time, so the
    picture never goes stale.
    """

    has_content = True

    def run(self) -> list[nodes.Node]:
        import newsstruct

        text = "\n".join(self.content)
        markup = newsstruct.to_html(newsstruct.parse(text))
        return [nodes.raw("", markup, format="html")]


_INCLUDE_RESULTS = re.compile(
    r"^```\{include\} \.\./benchmarks/RESULTS\.md\n.*?^```\n", re.MULTILINE | re.DOTALL
)


def _results_or_note(app: Sphinx, docname: str, source: list[str]) -> None:
    """Without ``benchmarks/RESULTS.md`` (not measured yet), say so instead of including it."""
    if docname == "accuracy" and not RESULTS.exists():
        source[0] = _INCLUDE_RESULTS.sub(
            "```{note}\nNo figures have been measured in this checkout yet: run the "
            "commands above to write `benchmarks/RESULTS.md`.\n```\n",
            source[0],
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsstruct-view", NewsstructView)
    app.connect("source-read", _results_or_note)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
