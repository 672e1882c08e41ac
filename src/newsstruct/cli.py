"""The command line: ``newsstruct FILE...`` and ``python -m newsstruct FILE...``.

Each input (``-`` is standard input) is read as UTF-8, parsed with
:func:`newsstruct.parse` and printed as one JSON object, ``{"file": name, ...}``
followed by the fields of :meth:`newsstruct.model.Article.to_dict`.  One input is printed
as indented JSON, several as JSON Lines (one object a line); ``--format`` chooses
explicitly, and ``--format text`` prints a short readable view instead.

An input that cannot be read or decoded is reported on one line of standard error;
the other inputs are still printed, and the exit status is 1.  Bad usage exits with 2.

>>> main(["--version"])  # doctest: +ELLIPSIS
newsstruct ...
0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

import newsstruct
from newsstruct.errors import OutletLoadError, UnknownLanguageError, UnknownOutletError
from newsstruct.model import Article

__all__ = ["FORMATS", "main", "render_text"]

#: The output formats ``--format`` accepts; ``auto`` is JSON for one input, JSON Lines
#: for several.
FORMATS: tuple[str, ...] = ("auto", "json", "jsonl", "text")

_PROG = "newsstruct"
_STDIN = "-"


class _InputError(Exception):
    """An input that could not be read or decoded; the message is for the user."""


def _version() -> str:
    try:
        return version("newsstruct")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description=(
            "Turn plain news-article text into structured JSON: header, dateline, "
            "quotes with speakers and cues, attributions and background, with exact "
            "character offsets into the text."
        ),
        epilog="Exit status: 0 on success, 1 if an input could not be read, 2 on bad usage.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a UTF-8 text file holding one article; '-' reads standard input",
    )
    options = parser.add_argument_group("parsing")
    options.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help="the article's language as an ISO 639-1 code (default: detect it)",
    )
    options.add_argument(
        "--outlet",
        metavar="NAME",
        default=None,
        help="the outlet rule set to apply, e.g. 'unn' (default: detect it)",
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="auto",
        help=(
            "json: indented JSON (a list for several inputs); jsonl: one object a line; "
            "text: a readable view; auto (default): json for one input, jsonl for several"
        ),
    )
    parser.add_argument("--version", action="version", version=f"{_PROG} {_version()}")
    return parser


def _read(name: str) -> str:
    """Return the text of one input, or raise :class:`_InputError` with a readable message."""
    try:
        if name == _STDIN:
            stream: Any = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text-only stdin, e.g. a replaced sys.stdin
                return sys.stdin.read()
            data = stream.read()
            shown = "standard input"
        else:
            with open(name, "rb") as handle:
                data = handle.read()
            shown = repr(name)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _InputError(f"cannot read {name!r}: {reason}") from error
    try:
        # utf-8-sig drops a byte-order mark, which is an encoding detail, not text.
        text: str = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _InputError(
            f"{shown} is not UTF-8 text: byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from error
    return text


def _record(name: str, article: Article) -> dict[str, Any]:
    return {"file": name, **article.to_dict()}


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


def _write(stream: TextIO, text: str) -> None:
    stream.write(text)
    stream.flush()


# A language or outlet that does not exist is the caller's mistake, not the input's.
_USAGE_ERRORS = (UnknownLanguageError, UnknownOutletError, OutletLoadError)


def _usage_error(parser: argparse.ArgumentParser, error: Exception) -> int:
    parser.print_usage(sys.stderr)
    print(f"{_PROG}: error: {error}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Args:
        argv: The arguments without the program name; ``None`` reads ``sys.argv[1:]``.

    Returns:
        0 when every input was printed, 1 when one could not be read or parsed,
        2 on bad usage (unknown option, language or outlet).
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # --help and --version exit 0, bad usage 2; hand the code back, do not exit.
        return exit_.code if isinstance(exit_.code, int) else 2
    files: Sequence[str] = args.files
    fmt: str = args.format
    if fmt == "auto":
        fmt = "json" if len(files) == 1 else "jsonl"

    if args.lang is not None or args.outlet is not None:
        try:
            # Check --lang and --outlet once, before any input is read.
            newsstruct.parse("", lang=args.lang, outlet=args.outlet)
        except _USAGE_ERRORS as error:
            return _usage_error(parser, error)

    status = 0
    records: list[dict[str, Any]] = []
    views = 0
    try:
        for name in files:
            try:
                text = _read(name)
                article = newsstruct.parse(text, lang=args.lang, outlet=args.outlet)
            except _USAGE_ERRORS as error:
                return _usage_error(parser, error)
            except _InputError as error:
                print(f"{_PROG}: error: {error}", file=sys.stderr)
                status = 1
                continue
            except Exception as error:  # a parser bug must not lose the other inputs
                print(
                    f"{_PROG}: error: cannot parse {name!r}: {type(error).__name__}: {error}",
                    file=sys.stderr,
                )
                status = 1
                continue
            if fmt == "text":
                view = render_text(article, name if len(files) > 1 else None)
                _write(sys.stdout, ("\n" if views else "") + view)
                views += 1
            elif fmt == "jsonl":
                _write(sys.stdout, json.dumps(_record(name, article), ensure_ascii=False) + "\n")
            else:
                records.append(_record(name, article))
        if fmt == "json" and records:
            value: Any = records[0] if len(files) == 1 else records
            _write(sys.stdout, json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    except BrokenPipeError:
        # The reader went away (``newsstruct *.txt | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status
