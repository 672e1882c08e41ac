"""Third-party outlets through the entry-point group ``newsstruct.outlets``.

``tests/plugin_example`` is a real, installable plugin package.  The tests install it the
way an installer leaves it for :mod:`importlib.metadata`: its source on ``sys.path`` and a
``*.dist-info`` directory whose ``entry_points.txt`` is written from the package's own
``pyproject.toml``.  That is what entry-point discovery reads, without pip, a build
backend or the network.  One more test installs it with pip, where a build backend is at
hand.

Every test builds its own :class:`~newsstruct.outlets.Registry`; none touches the default
registry.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import newsstruct
from newsstruct.outlets import ENTRY_POINT_GROUP, Registry

EXAMPLE = Path(__file__).resolve().parent / "plugin_example"
ARTICLE = (
    "Grain exports resume in Odesa\n"
    "ODESA/EXW/ - The port resumed grain exports on Monday, harbour master Ivan Petrenko "
    "said, ExampleWire reports.\n"
    "“Ships are moving again,” Petrenko told reporters.\n"
    "As ExampleWire reported, the port was closed for a week after a storm.\n"
    "EXW photo: a bulk carrier leaves the port"
)
PLAIN = "The mayor said on Monday that the bridge would reopen in July."


def entry_points_of(pyproject: Path) -> dict[str, str]:
    """The ``newsstruct.outlets`` table of a ``pyproject.toml``: ``{name: "module:attr"}``.

    Read line by line (``tomllib`` is Python 3.11+); the table holds ``key = "value"``.
    """
    header = f'[project.entry-points."{ENTRY_POINT_GROUP}"]'
    found: dict[str, str] = {}
    inside = False
    for line in pyproject.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            inside = line == header
            continue
        if inside and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            found[key.strip()] = value.strip().strip('"')
    return found


class Site:
    """A directory on ``sys.path`` that distributions are "installed" into."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.modules: list[str] = []
        monkeypatch.syspath_prepend(str(root))

    def install(
        self,
        distribution: str,
        entries: Mapping[str, str],
        *,
        source: Path | None = None,
        modules: Mapping[str, str] | None = None,
    ) -> None:
        """Leave what an installer leaves: metadata, entry points and the code."""
        info = self.root / f"{distribution.replace('-', '_')}-1.0.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 1.0.0\n", encoding="utf-8"
        )
        lines = [f"[{ENTRY_POINT_GROUP}]"] + [f"{k} = {v}" for k, v in entries.items()]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if source is not None:
            for package in source.iterdir():
                shutil.copytree(package, self.root / package.name)
                self.modules.append(package.name)
        for name, code in (modules or {}).items():
            (self.root / f"{name}.py").write_text(code, encoding="utf-8")
            self.modules.append(name)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    root = tmp_path / "site-packages"
    root.mkdir()
    made = Site(root, monkeypatch)
    yield made
    for name in made.modules:
        for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[loaded]


@pytest.fixture
def examplewire(site: Site) -> Site:
    """``tests/plugin_example`` installed, its entry points read from its pyproject."""
    site.install(
        "newsstruct-examplewire",
        entry_points_of(EXAMPLE / "pyproject.toml"),
        source=EXAMPLE / "src",
    )
    return site


BROKEN = {
    "import_error": ("newsstruct_brokenwire:RULES", "raise ImportError('no wire today')\n"),
    "missing_module": ("newsstruct_nosuchwire:RULES", None),
    "not_rules": ("newsstruct_brokenwire:RULES", "RULES = {'name': 'brokenwire'}\n"),
    "bad_pattern": (
        "newsstruct_brokenwire:RULES",
        "from newsstruct.outlets import OutletRules\n"
        "RULES = OutletRules(name='brokenwire', signs=(r'(BROKEN',))\n",
    ),
}


@pytest.fixture(params=sorted(BROKEN))
def brokenwire(request: pytest.FixtureRequest, examplewire: Site) -> Site:
    """ExampleWire and, beside it, a plugin that fails to load."""
    target, code = BROKEN[request.param]
    modules = {"newsstruct_brokenwire": code} if code is not None else {}
    examplewire.install("newsstruct-brokenwire", {"brokenwire": target}, modules=modules)
    return examplewire


# -- the example package -------------------------------------------------------------------


def test_example_package_declares_its_outlet() -> None:
    assert entry_points_of(EXAMPLE / "pyproject.toml") == {
        "examplewire": "newsstruct_examplewire:RULES"
    }


@pytest.mark.usefixtures("examplewire")
def test_plugin_is_available() -> None:
    registry = Registry()
    assert "examplewire" in registry.available()
    assert "unn" in registry.available()  # the built-ins stay


@pytest.mark.usefixtures("examplewire")
def test_plugin_by_detection() -> None:
    article = newsstruct.parse(ARTICLE, registry=Registry())
    assert article.outlet == "examplewire"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("ODESA", "EXW")
    assert article.dateline.span.of(ARTICLE) == "ODESA/EXW/"
    roles = {p.text: p.role for p in article.paragraphs}
    background = "As ExampleWire reported, the port was closed for a week after a storm."
    assert roles[background] is newsstruct.Role.BACKGROUND
    assert roles["EXW photo: a bulk carrier leaves the port"] is newsstruct.Role.BOILERPLATE
    assert [a.source for a in article.attributions] == []  # its own name is no attribution
    assert ("Ships are moving again,", "Ivan Petrenko") in [
        (q.text, q.speaker.name if q.speaker else None) for q in article.quotes
    ]


@pytest.mark.usefixtures("examplewire")
def test_plugin_by_name() -> None:
    text = "KHERSON/EXW/ - The ferry resumed service on Tuesday."
    article = newsstruct.parse(text, outlet="examplewire", registry=Registry())
    assert article.outlet == "examplewire"
    assert article.dateline is not None and article.dateline.place == "KHERSON"


@pytest.mark.usefixtures("examplewire")
def test_plugin_never_claims_other_text() -> None:
    assert newsstruct.parse(PLAIN, registry=Registry()).outlet is None


def test_plugins_are_read_on_first_lookup(site: Site) -> None:
    registry = Registry()  # created before the plugin is installed
    site.install(
        "newsstruct-examplewire",
        entry_points_of(EXAMPLE / "pyproject.toml"),
        source=EXAMPLE / "src",
    )
    assert newsstruct.parse(ARTICLE, registry=registry).outlet == "examplewire"


@pytest.mark.usefixtures("examplewire")
def test_registry_without_plugins_ignores_them() -> None:
    registry = Registry(plugins=False)
    assert "examplewire" not in registry.available()
    assert newsstruct.parse(ARTICLE, registry=registry).outlet is None
    with pytest.raises(newsstruct.UnknownOutletError, match="examplewire"):
        newsstruct.parse(ARTICLE, outlet="examplewire", registry=registry)


def test_a_plugin_cannot_replace_a_builtin(site: Site) -> None:
    site.install(
        "newsstruct-fakeunn",
        {"unn": "newsstruct_fakeunn:RULES"},
        modules={
            "newsstruct_fakeunn": "from newsstruct.outlets import OutletRules\n"
            "RULES = OutletRules(name='unn', title='Not UNN')\n"
        },
    )
    assert Registry().get("unn").title == "UNN"


# -- a plugin that fails to load -------------------------------------------------------------


@pytest.mark.usefixtures("brokenwire")
def test_failing_plugin_by_name_raises() -> None:
    registry = Registry()
    with pytest.warns(RuntimeWarning, match="brokenwire"):
        registry.available()
    with pytest.raises(newsstruct.OutletLoadError, match="brokenwire") as info:
        newsstruct.parse(ARTICLE, outlet="brokenwire", registry=registry)
    assert isinstance(info.value, newsstruct.NewsstructError)
    assert isinstance(info.value, ImportError)


@pytest.mark.usefixtures("brokenwire")
def test_failing_plugin_is_skipped_by_detection_with_a_warning() -> None:
    registry = Registry()
    with pytest.warns(RuntimeWarning, match="brokenwire"):
        article = newsstruct.parse(ARTICLE, registry=registry)
    assert article.outlet == "examplewire"  # the other plugin still works
    assert "brokenwire" not in registry.available()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once, on the first lookup only
        assert newsstruct.parse(PLAIN, registry=registry).outlet is None


# -- a real installation -----------------------------------------------------------------------


def test_pip_installs_the_example(tmp_path: Path) -> None:
    """``pip install tests/plugin_example`` into a directory, then parse in a fresh process."""
    pytest.importorskip("hatchling", reason="the example's build backend is not installed")
    target = tmp_path / "target"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(EXAMPLE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        pytest.skip(f"pip could not build the example here: {install.stderr.strip()[-300:]}")
    script = (
        "import newsstruct\n"
        f"a = newsstruct.parse({ARTICLE!r})\n"
        f"b = newsstruct.parse({'KHERSON/EXW/ - The ferry resumed.'!r}, outlet='examplewire')\n"
        "print(a.outlet, a.dateline.agency, b.outlet)\n"
    )
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path])}
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
    )
    assert run.stdout.split() == ["examplewire", "EXW", "examplewire"]
