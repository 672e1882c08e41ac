"""The command line: ``newsstruct INPUT...`` and ``python -m newsstruct INPUT...``.

An input is a UTF-8 text file holding one article, a folder (every ``*.txt`` file under
it, in sorted order), a glob pattern such as ``'news/**/*.txt'`` (for shells that do
not expand it), ``-`` for standard input, or a JSON Lines file (``*.jsonl``) holding one
``{"id": ..., "text": ...}`` object a line.  Each article is parsed with
:func:`newsstruct.parse_many` (``--workers`` processes) and printed, in the order given:

- ``--format json``: indented JSON: one object for a single article named on the command
  line, a list otherwise;
- ``--format jsonl``: one object a line (the default for more than one article);
- ``--format text``: a short readable view;
- ``--format html``: a standalone HTML page with the view of :func:`newsstruct.to_html`.

A JSON object holds ``"file"`` (the input's name; and ``"id"`` for a JSON Lines record)
followed by the fields of :meth:`newsstruct.model.Article.to_dict`.

A batch draws a progress bar on standard error when that is a terminal (``--progress``
forces it, ``--no-progress`` turns it off).  An input that cannot be read or decoded is
reported on one line of standard error; the other inputs are still printed, and the exit
status is 1.  Bad usage exits with 2.

>>> main(["--version"])  # doctest: +ELLIPSIS
newsstruct ...
0
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

import attrs

import newsstruct
from newsstruct.errors import OutletLoadError, UnknownLanguageError, UnknownOutletError
from newsstruct.model import Article
from newsstruct.pipeline import CHUNKSIZE
from newsstruct.render import html_page_parts

__all__ = ["FORMATS", "main", "render_text"]

#: The output formats ``--format`` accepts; ``auto`` is JSON for one article named on
#: the command line, JSON Lines otherwise.
FORMATS: tuple[str, ...] = ("auto", "json", "jsonl", "text", "html")

#: How ``--input-format`` reads inputs; ``auto`` reads ``*.jsonl`` files as JSON Lines.
INPUT_FORMATS: tuple[str, ...] = ("auto", "text", "jsonl")

_PROG = "newsstruct"
_STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


class _InputError(Exception):
    """An input that could not be read or decoded; the message is for the user."""


@attrs.frozen
class _Source:
    """One input after expansion: a text file, a JSON Lines file, or standard input."""

    name: str
    jsonl: bool = False


@attrs.frozen
class _Item:
    """One article to parse: where it came from and its text."""

    name: str  # shown in text and HTML views
    record: dict[str, Any]  # the keys that precede Article.to_dict() in JSON output
    text: str


def _version() -> str:
    try:
        return version("newsstruct")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description=(
            "Turn plain news-article text into structured JSON: header, dateline, "
            "quotes with speakers and cues, attributions and background, with exact "
            "character offsets into the text."
        ),
        epilog=(
            "Exit status: 0 on success, 1 if an input could not be read or parsed, 2 on bad usage."
        ),
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=(
            "a UTF-8 text file holding one article; a folder (its *.txt files, "
            "recursively); a glob pattern; a JSON Lines file (*.jsonl) of "
            '{"id": ..., "text": ...} objects; or \'-\' for standard input'
        ),
    )
    options = parser.add_argument_group("parsing")
    options.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help="the articles' language as an ISO 639-1 code, e.g. 'uk' or 'en-US' (default: "
        "detect it)",
    )
    options.add_argument(
        "--outlet",
        metavar="NAME",
        default=None,
        help="the outlet rule set to apply, e.g. 'unn' (default: detect it)",
    )
    options.add_argument(
        "-j",
        "--workers",
        metavar="N",
        type=_workers,
        default=1,
        help="parse in N worker processes (default: 1, in this process)",
    )
    options.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="auto",
        help=(
            "text: one article an input; jsonl: JSON Lines; auto (default): JSON Lines "
            "for files ending in .jsonl, text otherwise"
        ),
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="auto",
        help=(
            "json: indented JSON (a list for several articles); jsonl: one object a line; "
            "text: a readable view; html: a standalone HTML page; auto (default): json "
            "for one article named on the command line, jsonl otherwise"
        ),
    )
    output.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=(
            "draw a progress bar on standard error (default: for batches, when standard "
            "error is a terminal)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"{_PROG} {_version()}")
    return parser


# ----------------------------------------------------------------------------- inputs


def _has_glob(name: str) -> bool:
    return any(char in _GLOB_CHARS for char in name)


def _is_jsonl(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name != _STDIN and name.lower().endswith(".jsonl")


def _expand(name: str, input_format: str) -> list[_Source] | _InputError:
    """The sources one command-line input stands for, or the error that it names none."""
    if name == _STDIN:
        return [_Source(name, jsonl=input_format == "jsonl")]
    path = Path(name)
    if path.is_dir():
        found = sorted((p for p in path.rglob("*.txt") if p.is_file()), key=lambda p: p.parts)
        if not found:
            return _InputError(f"no *.txt files in folder {name!r}")
        return [_Source(str(p), jsonl=input_format == "jsonl") for p in found]
    if not path.exists() and _has_glob(name):
        matches = sorted(m for m in glob.glob(name, recursive=True) if Path(m).is_file())
        if not matches:
            return _InputError(f"no files match {name!r}")
        return [_Source(m, jsonl=_is_jsonl(m, input_format)) for m in matches]
    return [_Source(name, jsonl=_is_jsonl(name, input_format))]


def _decode(data: bytes, shown: str) -> str:
    try:
        # utf-8-sig drops a byte-order mark, which is an encoding detail, not text.
        text: str = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _InputError(
            f"{shown} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from error
    return text


def _read_bytes(name: str) -> bytes:
    try:
        if name == _STDIN:
            stream: Any = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text-only stdin, e.g. a replaced sys.stdin
                return str(sys.stdin.read()).encode("utf-8")
            data: bytes = stream.read()
            return data
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as error:
        reason = error.strerror or str(error)
        raise _InputError(f"cannot read {name!r}: {reason}") from error


def _shown(name: str) -> str:
    return "standard input" if name == _STDIN else repr(name)


def _read(name: str) -> str:
    """Return the text of one input, or raise :class:`_InputError` with a readable message."""
    return _decode(_read_bytes(name), _shown(name))


def _jsonl_lines(name: str) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, bytes)`` of a JSON Lines input, reading it lazily."""
    if name == _STDIN:
        stream: Any = getattr(sys.stdin, "buffer", None)
        if stream is None:
            for number, line in enumerate(sys.stdin, 1):
                yield number, str(line).encode("utf-8")
            return
        yield from enumerate(stream, 1)
        return
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below, after a lazy read
    except OSError as error:
        reason = error.strerror or str(error)
        raise _InputError(f"cannot read {name!r}: {reason}") from error
    with handle:
        try:
            yield from enumerate(handle, 1)
        except OSError as error:
            reason = error.strerror or str(error)
            raise _InputError(f"cannot read {name!r}: {reason}") from error


def _jsonl_item(name: str, number: int, raw: bytes) -> _Item | None:
    """The article of one JSON Lines line, ``None`` for a blank line."""
    where = f"{'standard input' if name == _STDIN else name}, line {number}"
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _InputError(
            f"{where} is not UTF-8 text: byte 0x{raw[error.start]:02x} at column {error.start}"
        ) from error
    if not line.strip():
        return None
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise _InputError(f"{where}: not JSON: {error.msg} at column {error.colno}") from error
    if not isinstance(value, dict):
        raise _InputError(f'{where}: expected an object {{"id": ..., "text": ...}}')
    text = value.get("text")
    if not isinstance(text, str):
        if text is None:
            raise _InputError(f'{where}: no "text" key holding the article')
        raise _InputError(f'{where}: "text" must be a string, not {type(text).__name__}')
    article_id = value.get("id", number)
    return _Item(
        name=f"{name}#{article_id}",
        record={"file": name, "id": article_id},
        text=text,
    )


def _count(source: _Source) -> int:
    """How many articles a source holds, for the progress bar; 1 when unknown."""
    if not source.jsonl or source.name == _STDIN:
        return 1
    try:
        with open(source.name, "rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1


# ----------------------------------------------------------------------------- output


def _record(item: _Item, article: Article) -> dict[str, Any]:
    return {**item.record, **article.to_dict()}


def render_text(article: Article, name: str | None = None) -> str:
    """Return a short readable view of ``article``, as ``--format text`` prints it.

    The view gives the title, publication date and dateline, then one line a quote,
    ``[kind] speaker (cue): text``, then the number of background paragraphs.

    Args:
        article: The parsed article.
        name: The input's name, printed as a heading when given.

    Returns:
        The view, lines joined with ``\\n``, ending with a newline.
    """
    lines: list[str] = []
    if name is not None:
        lines.append(f"== {name} ==")
    lines.append(f"Title:      {article.title if article.title is not None else '-'}")
    published = article.published_text or (
        article.published.isoformat() if article.published else "-"
    )
    lines.append(f"Published:  {published}")
    if article.dateline is None:
        lines.append("Dateline:   -")
    else:
        written = article.dateline.span.of(article.text)
        lines.append(f"Dateline:   {_one_line(written)}")
    lines.append(f"Language:   {article.lang}")
    lines.append(f"Outlet:     {article.outlet or '-'}")
    lines.append(f"Quotes:     {len(article.quotes)}")
    for quote in article.quotes:
        speaker = quote.speaker.name if quote.speaker is not None else "(no speaker)"
        cue = f" ({_one_line(quote.cue_text)})" if quote.cue_text else ""
        lines.append(f"  [{quote.kind.value}] {_one_line(speaker)}{cue}: {_one_line(quote.text)}")
    count = len(article.background)
    lines.append(f"Background: {count} paragraph{'' if count == 1 else 's'}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    """Collapse line breaks so that one item stays on one line of the view."""
    return " ".join(text.split())


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # a lone surrogate of the input: written as an escape, which inside a JSON string
        # is the standard "\udxxx" and reads back as the same character
        encoding = sys.stdout.encoding or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    sys.stdout.flush()


def _write_all(
    fmt: str, single: bool, title: str, articles: Iterator[tuple[_Item, Article]]
) -> None:
    """Write the articles to standard output in ``fmt`` as they come.

    ``single`` is one article named on the command line: JSON prints it as an object, not
    a list, and the views print no name above it.
    """
    if fmt == "jsonl":
        for item, article in articles:
            _write(json.dumps(_record(item, article), ensure_ascii=False) + "\n")
    elif fmt == "json" and single:
        for item, article in articles:
            _write(json.dumps(_record(item, article), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "json":
        # A list, written item by item: the same text as json.dumps(records, indent=2).
        count = 0
        for item, article in articles:
            body = json.dumps(_record(item, article), ensure_ascii=False, indent=2)
            _write(("[\n" if count == 0 else ",\n") + textwrap.indent(body, "  "))
            count += 1
        _write("[]\n" if count == 0 else "\n]\n")
    elif fmt == "text":
        for count, (item, article) in enumerate(articles):
            _write(("\n" if count else "") + render_text(article, None if single else item.name))
    else:  # html
        named = ((None if single else item.name, article) for item, article in articles)
        for part in html_page_parts(named, title=title):
            _write(part)


class _Progress:
    """A plain progress bar on standard error: ``[#####-----]  512/1000  51%  130/s``."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0
        if enabled:
            self._draw()

    def _columns(self) -> int:
        try:
            return os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):  # not a terminal, or no descriptor
            return shutil.get_terminal_size((80, 24)).columns

    def _line(self) -> str:
        columns = self._columns()
        done = self.done
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        tail = f" {done}/{self.total} {100 * done // self.total:3d}% {rate:6.0f}/s"
        size = max(10, min(40, columns - len(tail) - 3))
        filled = size * done // self.total
        return f"[{'#' * filled}{'-' * (size - filled)}]{tail}"

    def _draw(self) -> None:
        line = self._line()
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)
        self._drawn = time.monotonic()

    def _clear(self) -> None:
        self.stream.write("\r" + " " * self._width + "\r")
        self._width = 0

    def advance(self) -> None:
        """Count one more article done, and redraw the bar at most ten times a second."""
        self.done += 1
        # standard input in JSON Lines is not counted ahead: the total grows with it
        self.total = max(self.total, self.done)
        if self.enabled and (self.done >= self.total or time.monotonic() - self._drawn >= 0.1):
            self._draw()

    def error(self, message: str) -> None:
        """Print a one-line message, above the bar."""
        if self.enabled:
            self._clear()
        self.stream.write(f"{_PROG}: error: {message}\n")
        self.stream.flush()
        if self.enabled:
            self._draw()

    def close(self) -> None:
        """Draw the bar a last time and end its line."""
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()


# ----------------------------------------------------------------------------- main

# A language or outlet that does not exist is the caller's mistake, not the input's.
_USAGE_ERRORS = (UnknownLanguageError, UnknownOutletError, OutletLoadError)


def _usage_error(parser: argparse.ArgumentParser, error: Exception) -> int:
    parser.print_usage(sys.stderr)
    print(f"{_PROG}: error: {error}", file=sys.stderr)
    return 2


class _Run:
    """One run over the inputs: reads them lazily, parses, writes, reports errors."""

    def __init__(
        self, args: argparse.Namespace, sources: list[_Source | _InputError], progress: _Progress
    ) -> None:
        self.args = args
        self.sources = sources
        self.progress = progress
        self.status = 0

    def error(self, message: str) -> None:
        """Report an input that failed, on one line, and go on."""
        self.status = 1
        self.progress.error(message)
        self.progress.advance()

    def items(self) -> Iterator[_Item]:
        """Every article of every source, in order; errors are reported on the way."""
        for source in self.sources:
            if isinstance(source, _InputError):
                self.error(str(source))
                continue
            if not source.jsonl:
                try:
                    text = _read(source.name)
                except _InputError as error:
                    self.error(str(error))
                    continue
                yield _Item(name=source.name, record={"file": source.name}, text=text)
                continue
            try:
                for number, raw in _jsonl_lines(source.name):
                    try:
                        item = _jsonl_item(source.name, number, raw)
                    except _InputError as error:
                        self.error(str(error))
                        continue
                    if item is not None:
                        yield item
            except _InputError as error:
                self.error(str(error))

    def articles(self) -> Iterator[tuple[_Item, Article]]:
        """Parse every item with :func:`newsstruct.parse_many`; yield it with its article."""
        args = self.args
        progress = self.progress
        source = self.items()
        # JSON Lines on standard input may be a live stream: parsed in this process, each
        # article is printed as soon as its line is read, not once a chunk is (a chunk of
        # texts goes through parse_many's steps together)
        live = (args.workers or 0) <= 1 and any(
            isinstance(s, _Source) and s.name == _STDIN and s.jsonl for s in self.sources
        )
        chunksize = 1 if live else CHUNKSIZE
        while True:
            pending: collections.deque[_Item] = collections.deque()

            def texts(pending: collections.deque[_Item] = pending) -> Iterator[str]:
                for item in source:
                    pending.append(item)
                    yield item.text

            try:
                for article in newsstruct.parse_many(
                    texts(),
                    lang=args.lang,
                    outlet=args.outlet,
                    workers=args.workers,
                    chunksize=chunksize,
                ):
                    item = pending.popleft()
                    progress.advance()
                    yield item, article
                return
            except (*_USAGE_ERRORS, BrokenPipeError, KeyboardInterrupt, GeneratorExit):
                raise
            except Exception:  # a parser bug must not lose the other inputs
                # Parse what was in flight one by one to find the text that failed,
                # then go on with the rest of the inputs.
                retry = list(pending)
            for item in retry:
                try:
                    article = newsstruct.parse(item.text, lang=args.lang, outlet=args.outlet)
                except Exception as error:
                    self.error(f"cannot parse {item.name!r}: {type(error).__name__}: {error}")
                    continue
                progress.advance()
                yield item, article


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: The arguments without the program name; ``None`` reads ``sys.argv[1:]``.

    Returns:
        0 when every input was printed, 1 when one could not be read or parsed,
        2 on bad usage (unknown option, language or outlet), 130 when interrupted.
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # --help and --version exit 0, bad usage 2; hand the code back, do not exit.
        return exit_.code if isinstance(exit_.code, int) else 2
    inputs: Sequence[str] = args.inputs

    if args.lang is not None or args.outlet is not None:
        try:
            # Check --lang and --outlet once, before any input is read.
            newsstruct.parse("", lang=args.lang, outlet=args.outlet)
        except _USAGE_ERRORS as error:
            return _usage_error(parser, error)

    sources: list[_Source | _InputError] = []
    for name in inputs:
        expanded = _expand(name, args.input_format)
        if isinstance(expanded, _InputError):
            sources.append(expanded)
        else:
            sources.extend(expanded)
    # One article named on the command line prints as one JSON object, without a name.
    single = (
        len(inputs) == 1
        and len(sources) == 1
        and isinstance(sources[0], _Source)
        and not sources[0].jsonl
        and sources[0].name == inputs[0]
    )
    fmt: str = args.format
    if fmt == "auto":
        fmt = "json" if single else "jsonl"
    title = f"{_PROG}: {inputs[0]}" if len(inputs) == 1 else f"{_PROG}: {len(inputs)} inputs"

    show = args.progress
    if show is None:
        show = not single and _is_terminal(sys.stderr)
    total = sum(_count(s) if isinstance(s, _Source) else 1 for s in sources) if show else 1

    run = _Run(args, sources, _Progress(total, sys.stderr, enabled=bool(show)))
    try:
        _write_all(fmt, single, title, run.articles())
    except _USAGE_ERRORS as error:
        run.progress.close()
        return _usage_error(parser, error)
    except BrokenPipeError:
        # The reader went away (``newsstruct *.txt | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        run.progress.close()
        print(f"{_PROG}: interrupted", file=sys.stderr)
        return 130
    run.progress.close()
    return run.status


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
