"""Running at scale: Dask, pickling across processes, and ``parse_many``.

``docs/scaling.md`` shows newsstruct on Dask and Spark.  Its Dask examples run as doctests
in ``test_docs.py``; here the same pipeline runs again, on the synchronous scheduler and on
real worker processes, and its results are compared with plain ``parse``.  Everything an
engine ships between processes (``parse``, ``Article``, the outlet ``Registry`` and every
exception) must survive ``pickle`` and ``cloudpickle`` unchanged, and ``parse_many`` must
give exactly what ``parse`` gives, in order, lazily, with or without workers.
"""

from __future__ import annotations

import ast
import concurrent.futures
import functools
import importlib.metadata
import inspect
import itertools
import json
import pickle
import re
import types
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import newsstruct
from newsstruct import errors, outlets, pipeline
from newsstruct.outlets import OutletRules, Registry, default_registry
from newsstruct.pipeline import _chunks
from strategies import article_texts

ROOT = Path(__file__).resolve().parents[1]
SCALING = ROOT / "docs" / "scaling.md"

EXTRA = "it comes with the test extra: pip install -e '.[test]'"
NO_DASK = f"dask is not installed; {EXTRA}"
NO_CLOUDPICKLE = f"cloudpickle is not installed; {EXTRA}"

# Invented articles: wire datelines, an outlet of its own, several languages, a crawl date
# line, direct and reported quotes, background, and the degenerate inputs.
TEXTS = [
    "PARIS (AFP) - The Louvre will reopen on Monday after a week of repairs, its director said.",
    "WASHINGTON (AP) — “The vote will take place on Friday,” Senator Ann Lee told reporters.",
    "Kyiv • UNN\nThe city's tram line will reopen on Friday, deputy mayor Halyna Rudenko said.",
    "BERLIN (dpa) - Die Brücke wird am Montag wieder geöffnet, sagte der Bürgermeister.",
    "Lviv • UNN\nМіст відкриють у понеділок, повідомив мер міста.",
    "MADRID (EFE) - El museo abrirá el lunes, dijo su directora.",
    (
        "date 2026-03-04 Tram line to reopen in Vinnytsia\n"
        "Kyiv • UNN\n"
        "The city's tram line will reopen on Friday, deputy mayor Halyna Rudenko said, "
        "UNN reports.\n"
        "“The rails are fixed and the drivers are back,” she said.\n"
        "Recall\n"
        "The line was closed in January after a storm."
    ),
    "WARSAW (PAP) - Most zostanie otwarty w poniedziałek, powiedział burmistrz.",
    "“We are ready,” the minister said. “The talks start tomorrow.”",
    "No quotes here, only a plain sentence about the weather in Odesa.",
    "",
    "   \n\n  ",
    "ODESA/EXW/ - The port resumed grain exports on Monday, ExampleWire reports.",
]

EXAMPLEWIRE = OutletRules(
    name="examplewire",
    title="ExampleWire",
    languages=("en",),
    signs=(r"^\p{Lu}[\p{Lu} ]+/EXW/", r"\bExampleWire\s+reports\b"),
    dateline_patterns=(r"^(?P<place>\p{Lu}[\p{Lu} ]+)/(?P<agency>EXW)/(?=[ ]-)",),
    self_names=("ExampleWire", "EXW"),
)


def _custom_registry() -> Registry:
    registry = Registry(plugins=False)
    registry.register(EXAMPLEWIRE)
    return registry


def _cloudpickle() -> types.ModuleType:
    return pytest.importorskip("cloudpickle", reason=NO_CLOUDPICKLE)


@pytest.fixture(params=["pickle", "cloudpickle"])
def roundtrip(request: pytest.FixtureRequest) -> Callable[[Any], Any]:
    """Dump and load an object with ``pickle`` or ``cloudpickle``."""
    module = pickle if request.param == "pickle" else _cloudpickle()

    def through(value: Any) -> Any:
        return module.loads(module.dumps(value))

    return through


# --- the docs page -----------------------------------------------------------------------


def _fenced(text: str) -> list[tuple[str, str]]:
    """``(language, body)`` of each fenced block of a Markdown page."""
    fence = re.compile(r"^```[ \t]*(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
    return [(m.group(1).lower(), m.group(2)) for m in fence.finditer(text)]


def test_scaling_page_runs_dask_and_shows_spark() -> None:
    """The page has a runnable Dask doctest (run by test_docs.py) and a PySpark example
    that is valid Python but has no ``>>>`` prompts, since it cannot run here."""
    blocks = _fenced(SCALING.read_text(encoding="utf-8"))
    runnable = [body for language, body in blocks if ">>>" in body]
    assert runnable, "docs/scaling.md has no doctest"
    assert all(language in {"pycon", "python", "py"} for language, body in blocks if ">>>" in body)
    assert any("dask.bag" in body and ".compute(" in body for body in runnable)
    assert any('scheduler="sync"' in body for body in runnable)
    spark = [body for language, body in blocks if language == "python" and "mapPartitions" in body]
    assert spark, "docs/scaling.md has no PySpark mapPartitions example"
    for body in spark:
        assert ">>>" not in body
        ast.parse(body)  # at least it is Python
    assert any("parse_many" in body and "to_dict()" in body for body in spark)


def test_scaling_page_is_doctested() -> None:
    """test_docs.py runs the examples of every docs/*.md page, this one included."""
    import test_docs

    assert SCALING in test_docs.MARKDOWN


# --- (a) the Dask pipeline of docs/scaling.md ----------------------------------------------


def test_dask_bag_map_on_the_sync_scheduler() -> None:
    dask = pytest.importorskip("dask", reason=NO_DASK)
    db = pytest.importorskip("dask.bag", reason=NO_DASK)
    bag = db.from_sequence(TEXTS, npartitions=3)
    rows = bag.map(newsstruct.parse).map(lambda article: article.to_dict())
    with dask.config.set(scheduler="sync"):
        records = rows.compute()
    assert records == [newsstruct.parse(text).to_dict() for text in TEXTS]
    assert [newsstruct.Article.from_dict(r) for r in records] == [
        newsstruct.parse(text) for text in TEXTS
    ]


def test_dask_bag_map_partitions_with_parse_many() -> None:
    db = pytest.importorskip("dask.bag", reason=NO_DASK)

    def parse_partition(texts: list[str]) -> list[dict[str, Any]]:
        return [article.to_dict() for article in newsstruct.parse_many(texts, lang="en")]

    bag = db.from_sequence(TEXTS, npartitions=4)
    records = bag.map_partitions(parse_partition).compute(scheduler="sync")
    assert records == [newsstruct.parse(text, lang="en").to_dict() for text in TEXTS]


def test_dask_bag_map_passes_options() -> None:
    db = pytest.importorskip("dask.bag", reason=NO_DASK)
    bag = db.from_sequence(TEXTS, npartitions=2)
    articles = bag.map(newsstruct.parse, lang="en", outlet="unn").compute(scheduler="sync")
    assert articles == [newsstruct.parse(text, lang="en", outlet="unn") for text in TEXTS]
    assert {article.outlet for article in articles} == {"unn"}


def test_dask_bag_on_worker_processes() -> None:
    """The same pipeline on real worker processes: functions, articles and a registry of
    one's own are pickled across, and the results are those of plain ``parse``."""
    db = pytest.importorskip("dask.bag", reason=NO_DASK)
    registry = _custom_registry()
    bag = db.from_sequence(TEXTS, npartitions=2)
    articles = bag.map(newsstruct.parse, registry=registry)
    rows = articles.map(lambda article: article.to_dict())
    got_articles, got_rows = db.compute(articles, rows, scheduler="processes", num_workers=2)
    expected = [newsstruct.parse(text, registry=registry) for text in TEXTS]
    assert got_articles == expected
    assert got_rows == [article.to_dict() for article in expected]
    assert "examplewire" in {article.outlet for article in got_articles}


def test_dask_worker_error_reaches_the_caller_intact() -> None:
    db = pytest.importorskip("dask.bag", reason=NO_DASK)
    bag = db.from_sequence(TEXTS[:4], npartitions=2).map(newsstruct.parse, lang="xx")
    with pytest.raises(newsstruct.UnknownLanguageError) as info:
        bag.compute(scheduler="processes", num_workers=2)
    assert info.value.code == "xx"
    assert "en" in info.value.available


# --- (b) pickle and cloudpickle ------------------------------------------------------------


def test_parse_pickles(roundtrip: Callable[[Any], Any]) -> None:
    assert roundtrip(newsstruct.parse) is newsstruct.parse
    assert roundtrip(newsstruct.parse_many) is newsstruct.parse_many
    bound = roundtrip(functools.partial(newsstruct.parse, lang="en", outlet="unn"))
    assert [bound(text) for text in TEXTS] == [
        newsstruct.parse(text, lang="en", outlet="unn") for text in TEXTS
    ]


def test_parse_with_a_registry_pickles(roundtrip: Callable[[Any], Any]) -> None:
    bound = roundtrip(functools.partial(newsstruct.parse, registry=_custom_registry()))
    text = TEXTS[-1]
    assert bound(text) == newsstruct.parse(text, registry=_custom_registry())
    assert bound(text).outlet == "examplewire"


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_article_pickles(roundtrip: Callable[[Any], Any], text: str) -> None:
    article = newsstruct.parse(text)
    copy = roundtrip(article)
    assert copy == article
    assert type(copy) is newsstruct.Article
    assert copy.to_dict() == article.to_dict()


@given(article_texts())
def test_any_article_survives_cloudpickle(text: str) -> None:
    cloudpickle = _cloudpickle()
    article = newsstruct.parse(text)
    assert cloudpickle.loads(cloudpickle.dumps(article)) == article


def _same_registry(copy: Registry, original: Registry) -> None:
    """Registries have no ``==``: the same outlets, the same rules, the same detections
    and parses."""
    assert type(copy) is Registry
    assert copy.available() == original.available()
    for name in original.available():
        assert copy.get(name) == original.get(name)
    for text in TEXTS:
        assert copy.detect(text) == original.detect(text)
        assert newsstruct.parse(text, registry=copy) == newsstruct.parse(text, registry=original)


@pytest.mark.parametrize(
    "make",
    [
        Registry,
        functools.partial(Registry, plugins=False),
        functools.partial(Registry, builtins=False, plugins=False),
        _custom_registry,
        default_registry,
    ],
    ids=["builtins-and-plugins", "builtins", "empty", "custom", "default"],
)
def test_registry_pickles(roundtrip: Callable[[Any], Any], make: Callable[[], Registry]) -> None:
    original = make()
    copy = roundtrip(original)
    _same_registry(copy, original)
    # the copy is a working registry of its own: it takes new rules, the original does not
    copy.register(OutletRules(name="laterwire", signs=(r"\(LaterWire\)",)))
    assert copy.detect("PARIS (LaterWire) - News.") == "laterwire"
    assert "laterwire" not in original.available()


def test_registry_pickles_before_its_plugins_load(roundtrip: Callable[[Any], Any]) -> None:
    """A registry pickled before its first lookup still reads the plugins afterwards."""
    original = Registry()
    copy = roundtrip(original)
    _same_registry(copy, original)


def test_module_level_registry_functions_pickle(roundtrip: Callable[[Any], Any]) -> None:
    assert roundtrip(default_registry) is default_registry
    assert roundtrip(outlets.get)("unn") == outlets.get("unn")


def _exception_classes() -> list[type[BaseException]]:
    return sorted(
        (
            value
            for value in vars(errors).values()
            if inspect.isclass(value)
            and issubclass(value, BaseException)
            and value.__module__ == errors.__name__
        ),
        key=lambda cls: cls.__name__,
    )


# One instance of each class, built the way newsstruct builds it.
EXCEPTIONS: dict[type[BaseException], list[BaseException]] = {
    errors.NewsstructError: [errors.NewsstructError("something went wrong")],
    errors.UnknownLanguageError: [
        errors.UnknownLanguageError("xx", ("en", "uk")),
        errors.UnknownLanguageError("", ()),
    ],
    errors.UnknownOutletError: [
        errors.UnknownOutletError("nowire", ("afp", "unn")),
        errors.UnknownOutletError("", ()),
    ],
    errors.OutletLoadError: [
        errors.OutletLoadError("outlet plugin 'brokenwire' failed to load: ImportError: no"),
        errors.OutletLoadError("failed", name="newsstruct_brokenwire", path="/x/broken.py"),
    ],
}


def test_every_exception_class_has_an_example() -> None:
    assert set(_exception_classes()) == set(EXCEPTIONS)
    assert set(_exception_classes()) >= {getattr(errors, name) for name in errors.__all__}


def _same_exception(copy: BaseException, original: BaseException) -> None:
    assert type(copy) is type(original)
    assert copy.args == original.args
    assert str(copy) == str(original)
    assert vars(copy) == vars(original)
    if isinstance(original, ImportError):
        assert isinstance(copy, ImportError)
        assert (copy.name, copy.path) == (original.name, original.path)


@pytest.mark.parametrize(
    "error",
    [error for examples in EXCEPTIONS.values() for error in examples],
    ids=lambda error: f"{type(error).__name__}({error.args[0][:12]!r})",
)
def test_exception_pickles(roundtrip: Callable[[Any], Any], error: BaseException) -> None:
    _same_exception(roundtrip(error), error)


def test_raised_exceptions_pickle(roundtrip: Callable[[Any], Any]) -> None:
    raised: list[BaseException] = []
    with pytest.raises(newsstruct.UnknownLanguageError) as language:
        newsstruct.parse("News.", lang="xx")
    raised.append(language.value)
    with pytest.raises(newsstruct.UnknownOutletError) as outlet:
        newsstruct.parse("News.", outlet="nowire")
    raised.append(outlet.value)
    for error in raised:
        copy = roundtrip(error)
        _same_exception(copy, error)
        assert isinstance(copy, newsstruct.NewsstructError)
        assert isinstance(copy, ValueError)


class _BrokenEntryPoints:
    """Stands in for ``importlib.metadata.entry_points``: one plugin that cannot load."""

    def __call__(self, *, group: str) -> list[importlib.metadata.EntryPoint]:
        assert group == outlets.ENTRY_POINT_GROUP
        return [
            importlib.metadata.EntryPoint(
                name="brokenwire", value="newsstruct_no_such_module_xyz:RULES", group=group
            )
        ]


def _registry_with_a_broken_plugin(monkeypatch: pytest.MonkeyPatch) -> Registry:
    monkeypatch.setattr(outlets, "entry_points", _BrokenEntryPoints())
    registry = Registry(builtins=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        registry.available()
    return registry


def test_outlet_load_error_pickles(
    roundtrip: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = _registry_with_a_broken_plugin(monkeypatch)
    with pytest.raises(newsstruct.OutletLoadError, match="brokenwire") as info:
        registry.get("brokenwire")
    _same_exception(roundtrip(info.value), info.value)


def test_registry_with_a_broken_plugin_pickles(
    roundtrip: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = _registry_with_a_broken_plugin(monkeypatch)
    copy = roundtrip(registry)
    with pytest.raises(newsstruct.OutletLoadError, match="brokenwire"):
        copy.get("brokenwire")


# --- (c) parse_many ------------------------------------------------------------------------


OPTIONS = [
    {},
    {"lang": "en"},
    {"lang": "uk"},
    {"outlet": "unn"},
    {"lang": "en", "outlet": "afp"},
]


def _ids(options: dict[str, str]) -> str:
    return ",".join(f"{key}={value}" for key, value in options.items()) or "detect"


@pytest.mark.parametrize("options", OPTIONS, ids=_ids)
@pytest.mark.parametrize("workers", [None, 1, 2])
def test_parse_many_is_parse_in_order(options: dict[str, str], workers: int | None) -> None:
    texts = TEXTS * 3  # more chunks than workers, so chunks come back out of order
    expected = [newsstruct.parse(text, **options) for text in texts]
    got = list(newsstruct.parse_many(texts, workers=workers, chunksize=4, **options))
    assert got == expected


@pytest.mark.parametrize("chunksize", [1, 5, 64])
def test_parse_many_on_two_workers_any_chunksize(chunksize: int) -> None:
    got = list(newsstruct.parse_many(TEXTS, workers=2, chunksize=chunksize))
    assert got == [newsstruct.parse(text) for text in TEXTS]


class _Counted:
    """An iterator over texts that counts how many were read."""

    def __init__(self, texts: list[str], times: int = 1) -> None:
        self.read = 0
        self._texts = itertools.chain.from_iterable(itertools.repeat(texts, times))

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        text = next(self._texts)
        self.read += 1
        return text


def _no_pool(*args: object, **kwargs: object) -> None:
    raise AssertionError("a worker pool was started")


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"lang": "xx"}, newsstruct.UnknownLanguageError),
        ({"lang": "xx-US"}, newsstruct.UnknownLanguageError),
        ({"outlet": "nowire"}, newsstruct.UnknownOutletError),
    ],
    ids=["lang-xx", "lang-xx-US", "outlet"],
)
def test_parse_many_refuses_unknown_options_before_any_work(
    monkeypatch: pytest.MonkeyPatch,
    workers: int | None,
    options: dict[str, str],
    error: type[Exception],
) -> None:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _no_pool)
    texts = _Counted(TEXTS)
    with pytest.raises(error):
        newsstruct.parse_many(texts, workers=workers, **options)  # raises when called
    assert texts.read == 0


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_parse_many_of_nothing_is_nothing(workers: int | None) -> None:
    assert list(newsstruct.parse_many([], workers=workers)) == []
    assert list(newsstruct.parse_many(iter(()), workers=workers)) == []
    assert list(newsstruct.parse_many((t for t in ()), workers=workers, lang="en")) == []


@pytest.mark.parametrize("workers", [None, 2])
def test_parse_many_reads_a_generator_lazily(workers: int | None) -> None:
    total = 200 * len(TEXTS)
    texts = _Counted(TEXTS, times=200)
    chunksize = 2
    articles = newsstruct.parse_many(texts, workers=workers, chunksize=chunksize)
    assert texts.read == 0  # nothing happens before the first article is asked for
    first = list(itertools.islice(articles, 5))
    assert first == [newsstruct.parse(text) for text in TEXTS[:5]]
    # a few chunks ahead at most: the chunks in flight and the one being cut
    assert texts.read <= 5 + (4 * (workers or 1) + 1) * chunksize
    articles.close()  # stopping early shuts the workers down
    assert texts.read < total


def test_parse_many_in_this_process_reads_a_chunk_before_its_first_article() -> None:
    """A chunk goes through the steps together: its texts are all read first; with
    ``chunksize=1`` each article comes as soon as its text is read (a live stream)."""
    texts = _Counted(TEXTS, times=3)
    articles = newsstruct.parse_many(texts, chunksize=4)
    assert next(articles) == newsstruct.parse(TEXTS[0])
    assert texts.read == 4
    texts = _Counted(TEXTS, times=3)
    articles = newsstruct.parse_many(texts, chunksize=1)
    assert next(articles) == newsstruct.parse(TEXTS[0])
    assert texts.read == 1
    assert next(articles) == newsstruct.parse(TEXTS[1])
    assert texts.read == 2


def test_parse_many_takes_a_generator_to_the_end() -> None:
    texts = (text for text in TEXTS * 5)
    got = list(newsstruct.parse_many(texts, workers=2, chunksize=3))
    assert got == [newsstruct.parse(text) for text in TEXTS * 5]


@pytest.mark.parametrize("chunksize", [1, 3, 64])
def test_parse_many_in_this_process_stops_at_a_failing_text_as_parse_would(
    monkeypatch: pytest.MonkeyPatch, chunksize: int
) -> None:
    """A chunk goes through the steps together; a text failing in a late step still
    gives the articles before it first, then its error, and no article after it."""
    speakers = pipeline.resolve_speakers

    def failing(text: str, *args: Any) -> Any:
        if "FAIL" in text:
            raise RuntimeError("the speakers step failed")
        return speakers(text, *args)

    expected = [newsstruct.parse(text) for text in TEXTS[:4]]
    monkeypatch.setattr(pipeline, "resolve_speakers", failing)
    texts = [*TEXTS[:4], "The bridge will FAIL, the mayor said.", *TEXTS[4:]]
    articles = newsstruct.parse_many(texts, chunksize=chunksize)
    assert list(itertools.islice(articles, 4)) == expected
    with pytest.raises(RuntimeError, match="speakers step failed"):
        next(articles)
    assert list(articles) == []


def test_parse_many_worker_errors_reach_the_caller() -> None:
    texts: list[Any] = [*TEXTS[:3], b"bytes, not text"]
    with pytest.raises(TypeError, match="decode it first"):
        list(newsstruct.parse_many(texts, workers=2, chunksize=1))


@pytest.mark.parametrize("size", [1, 2, 3, 8])
@pytest.mark.parametrize("count", [0, 1, 5, 16, 17, 31, 40])
def test_chunks_end_in_smaller_pieces(size: int, count: int) -> None:

    texts = [str(n) for n in range(count)]
    chunks = list(_chunks(iter(texts), size, 4))
    assert [text for chunk in chunks for text in chunk] == texts
    assert all(chunks)
    full = len(texts) // size - 1 if len(texts) >= size else 0
    assert all(len(chunk) == size for chunk in chunks[:full])
    tail = chunks[full:]
    assert len(tail) <= 4
    assert all(len(chunk) <= -(-2 * size // 4) for chunk in tail)


def test_chunks_read_one_chunk_ahead() -> None:

    texts = _Counted(TEXTS, times=10)
    chunks = _chunks(texts, 3, 4)
    assert next(chunks) == TEXTS[:3]
    assert texts.read == 6


GOLD = sorted((ROOT.parent / "shared" / "data").glob("*/*.jsonl"))


@pytest.mark.skipif(not GOLD, reason="the shared gold files are absent")
def test_parse_many_on_workers_gives_parse_on_real_articles() -> None:
    """On a sample of every gold file: the workers' articles, rebuilt in the caller from
    their parts, are those of ``parse``, with the same ``to_dict()`` and hashes."""
    texts = [
        json.loads(line)["text"]
        for path in GOLD
        for line in path.read_text(encoding="utf-8").splitlines()[::25]
        if line.strip()
    ]
    expected = [newsstruct.parse(text) for text in texts]
    got = list(newsstruct.parse_many(texts, workers=2, chunksize=8))
    assert got == expected
    assert [a.to_dict() for a in got] == [a.to_dict() for a in expected]
    assert [hash(a) for a in got] == [hash(a) for a in expected]


def test_parse_many_with_spawned_workers() -> None:
    """Workers that start afresh (the default on macOS and Windows; Python 3.14 forks a
    server first on Linux) import newsstruct themselves and get the options from the
    initializer."""
    import multiprocessing

    before = multiprocessing.get_start_method()
    multiprocessing.set_start_method("spawn", force=True)
    try:
        got = list(newsstruct.parse_many(TEXTS, workers=2, chunksize=3, lang="en", outlet="unn"))
    finally:
        multiprocessing.set_start_method(before, force=True)
    assert got == [newsstruct.parse(text, lang="en", outlet="unn") for text in TEXTS]
