"""The command line, run in-process through :func:`newsstruct.cli.main`."""

from __future__ import annotations

import doctest
import io
import json
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsstruct
from newsstruct.cli import main, render_text
from newsstruct.model import Article

ARTICLE = (
    "date 2026-05-12 Ferry service to resume on the Dnipro\n"
    "Kyiv • UNN\n\n"
    "The ferry between the two banks will run again from June, the head of the port "
    "Iryna Sokil said on Monday, UNN reports.\n\n"
    "“The boats are ready and the crews have been trained,” she said.\n\n"
    "Sokil said that tickets would cost the same as last year.\n\n"
    "Recall\n\n"
    "Earlier, the port closed the route for repairs."
)
OTHER = "WASHINGTON (AP) — The senator said the vote would take place on Friday."


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def other_file(tmp_path: Path) -> Path:
    path = tmp_path / "vote.txt"
    path.write_text(OTHER, encoding="utf-8")
    return path


def _without_file(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "file"}


def test_one_file_prints_indented_json(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(article_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("{\n  ")
    record = json.loads(out)
    assert record["file"] == str(article_file)
    assert next(iter(record)) == "file"
    assert _without_file(record) == newsstruct.parse(ARTICLE).to_dict()
    assert Article.from_dict(_without_file(record)) == newsstruct.parse(ARTICLE)


def test_json_keeps_non_ascii(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(article_file)]) == 0
    assert "Kyiv • UNN" in capsys.readouterr().out


def test_several_files_print_json_lines(
    article_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(article_file), str(other_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == [str(article_file), str(other_file)]
    assert records[0]["text"] == ARTICLE
    assert records[1]["text"] == OTHER


def test_format_jsonl_with_one_file(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", str(article_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["file"] == str(article_file)


def test_format_json_with_several_files_is_a_list(
    article_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "json", str(article_file), str(other_file)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in records] == [str(article_file), str(other_file)]


def test_format_text(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "text", str(article_file)]) == 0
    out = capsys.readouterr().out
    article = newsstruct.parse(ARTICLE)
    assert out == render_text(article)
    lines = out.splitlines()
    assert lines[0] == f"Title:      {article.title}"
    assert "Published:  2026-05-12" in lines
    assert any(line.startswith("Dateline:") and "Kyiv • UNN" in line for line in lines)
    quote_lines = [line for line in lines if line.startswith("  [")]
    assert len(quote_lines) == len(article.quotes)
    for line, quote in zip(quote_lines, article.quotes, strict=True):
        assert line.startswith(f"  [{quote.kind.value}] ")
        assert line.endswith(": " + " ".join(quote.text.split()))
        if quote.speaker is not None:
            assert quote.speaker.name in line
        if quote.cue_text:
            assert f"({quote.cue_text})" in line
    count = len(article.background)
    assert lines[-1] == f"Background: {count} paragraph{'' if count == 1 else 's'}"


def test_format_text_with_several_files_names_them(
    article_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "text", str(article_file), str(other_file)]) == 0
    out = capsys.readouterr().out
    assert f"== {article_file} ==" in out
    assert f"== {other_file} ==" in out


def test_render_text_of_an_empty_article() -> None:
    view = render_text(Article(text=""), "empty.txt")
    assert view.splitlines() == [
        "== empty.txt ==",
        "Title:      -",
        "Published:  -",
        "Dateline:   -",
        "Language:   en",
        "Outlet:     -",
        "Quotes:     0",
        "Background: 0 paragraphs",
    ]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == "-"
    assert record["text"] == ARTICLE


def test_text_only_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(OTHER))
    assert main(["--format", "jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == OTHER


def test_byte_order_mark_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + OTHER.encode("utf-8"))
    assert main([str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == OTHER


def test_missing_file_is_reported_and_the_rest_printed(
    tmp_path: Path, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main([str(missing), str(article_file)]) == 1
    out, err = capsys.readouterr()
    err_lines = err.splitlines()
    assert len(err_lines) == 1
    assert err_lines[0].startswith("newsstruct: error: ")
    assert str(missing) in err_lines[0]
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [str(article_file)]


def test_undecodable_file_is_reported(
    tmp_path: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "latin1.txt"
    broken.write_bytes("Kyiv – café".encode("cp1252"))
    assert main([str(other_file), str(broken)]) == 1
    out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1
    assert "not UTF-8" in err
    assert str(broken) in err
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(other_file)]


def test_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1


def test_lang_and_outlet_are_passed_on(
    other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--outlet", "unn", str(other_file)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["lang"] == "en"
    assert record["outlet"] == "unn"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--format", "xml", "x.txt"],
        ["--no-such-option", "x.txt"],
        ["--lang", "xx", "x.txt"],
        ["--outlet", "no-such-outlet", "x.txt"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "newsstruct: error:" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--format" in capsys.readouterr().out


def test_python_dash_m(article_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsstruct", "--format", "jsonl", str(article_file)],
        capture_output=True,
        check=False,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["file"] == str(article_file)


# ------------------------------------------------------------------ batches and inputs


def _write_folder(root: Path, count: int) -> list[Path]:
    """``count`` invented one-line articles in nested folders, and the order they sort in."""
    paths = []
    for number in range(count):
        path = root / f"batch{number // 100:02d}" / f"article{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"Kyiv • UNN\n\nThe mayor said bridge number {number} would reopen on Monday.",
            encoding="utf-8",
        )
        paths.append(path)
    return sorted(paths, key=lambda p: p.parts)


def _bar_lines(err: str) -> list[str]:
    """The states the progress bar was drawn in, last one last."""
    return [part.strip() for part in err.replace("\n", "\r").split("\r") if part.startswith("[")]


def test_folder_of_a_thousand_files_with_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write_folder(tmp_path / "news", 1000)
    (tmp_path / "news" / "notes.md").write_text("not an article", encoding="utf-8")
    assert main(["--progress", str(tmp_path / "news")]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [str(p) for p in paths]
    assert records[999]["quotes"][0]["text"] == "bridge number 999 would reopen on Monday"
    bars = _bar_lines(err)
    assert bars[0].startswith("[--") and " 0/1000 " in bars[0]
    assert bars[-1].startswith("[##") and " 1000/1000 100% " in bars[-1]
    assert "error" not in err


def test_json_lines_input_with_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "ferry", "text": ARTICLE}, ensure_ascii=False),
        "",
        json.dumps({"id": 17, "text": OTHER}),
        json.dumps({"text": "The minister said the talks went well."}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["--progress", str(source)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["file"], r["id"]) for r in records] == [
        (str(source), "ferry"),
        (str(source), 17),
        (str(source), 4),  # no id: the line number
    ]
    assert _without_id(records[0]) == newsstruct.parse(ARTICLE).to_dict()
    assert _bar_lines(err)[-1].startswith("[") and " 3/3 100% " in _bar_lines(err)[-1]


def _without_id(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("file", "id")}


def test_bad_json_lines_are_reported_and_the_rest_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(
        b'{"id": 1, "text": "The mayor said it rained."}\n'
        b"not json at all\n"
        b'{"id": 3, "body": "no text key"}\n'
        b'{"id": 4, "text": 4}\n'
        b'["a list"]\n'
        b'{"id": 6, "text": "caf\xe9"}\n'
        b'{"id": 7, "text": "The minister said the talks went well."}\n'
    )
    assert main([str(source)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 7]
    errors = err.splitlines()
    assert len(errors) == 5
    for line, number in zip(errors, (2, 3, 4, 5, 6), strict=True):
        assert line.startswith(f"newsstruct: error: {source}, line {number}")
    assert "not UTF-8" in errors[4]


def test_missing_and_undecodable_inputs_do_not_stop_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _write_folder(tmp_path / "news", 5)
    broken = tmp_path / "news" / "batch00" / "article0002.txt"
    broken.write_bytes("Kyiv – café".encode("cp1252"))
    missing = tmp_path / "missing.txt"
    missing_jsonl = tmp_path / "missing.jsonl"
    argv = [str(missing), str(tmp_path / "news"), str(missing_jsonl), str(paths[0])]
    assert main(["--progress", *argv]) == 1
    out, err = capsys.readouterr()
    expected = [str(p) for p in paths if p != broken] + [str(paths[0])]
    assert [json.loads(line)["file"] for line in out.splitlines()] == expected
    errors = [line for line in err.replace("\r", "\n").splitlines() if "error" in line]
    assert len(errors) == 3
    assert all(line.strip().startswith("newsstruct: error: ") for line in errors)
    assert str(missing) in errors[0] and "No such file" in errors[0]
    assert str(broken) in errors[1] and "not UTF-8" in errors[1]
    assert str(missing_jsonl) in errors[2]
    assert " 8/8 100% " in _bar_lines(err)[-1]


def test_glob_patterns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _write_folder(tmp_path, 3)
    pattern = str(tmp_path / "**" / "article000[02].txt")
    assert main([pattern, str(tmp_path / "nothing*.txt")]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["file"] for line in out.splitlines()] == [
        str(paths[0]),
        str(paths[2]),
    ]
    assert err == f"newsstruct: error: no files match {str(tmp_path / 'nothing*.txt')!r}\n"


def test_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert (
        capsys.readouterr().err
        == f"newsstruct: error: no *.txt files in folder {str(tmp_path)!r}\n"
    )


def test_json_of_a_folder_is_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _write_folder(tmp_path, 3)
    assert main(["--format", "json", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    records = [
        {"file": str(p), **newsstruct.parse(p.read_text(encoding="utf-8")).to_dict()} for p in paths
    ]
    assert out == json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def test_json_of_nothing_is_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "json", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_workers_keep_the_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_folder(tmp_path, 40)
    assert main(["--format", "jsonl", str(tmp_path)]) == 0
    one = capsys.readouterr().out
    assert main(["--workers", "2", "--format", "jsonl", str(tmp_path)]) == 0
    assert capsys.readouterr().out == one


def test_stdin_as_json_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.dumps({"id": "a", "text": OTHER}) + "\n" + json.dumps({"id": "b", "text": ""})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), "utf-8"))
    assert main(["--input-format", "jsonl", "-"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["file"], r["id"], r["text"]) for r in records] == [("-", "a", OTHER), ("-", "b", "")]


def test_stdin_as_json_lines_prints_each_article_before_reading_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A live stream on standard input: each article is printed before the next line is
    read (parse_many would otherwise read a chunk of lines first)."""
    out = io.StringIO()
    printed: list[int] = []  # the records printed when each line was read

    class Pipe:
        def __iter__(self) -> Iterator[str]:
            for n in range(3):
                printed.append(out.getvalue().count("\n"))
                yield json.dumps({"id": str(n), "text": OTHER}) + "\n"

    monkeypatch.setattr(sys, "stdin", Pipe())
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["--input-format", "jsonl", "-"]) == 0
    assert printed == [0, 1, 2]
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["0", "1", "2"]


def test_text_input_format_reads_jsonl_files_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(OTHER, encoding="utf-8")
    assert main(["--input-format", "text", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == OTHER


def test_format_html(
    article_file: Path, other_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "html", str(article_file), str(other_file)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</html>\n")
    assert page.count('<div class="newsstruct"') == 2
    assert page.count("<style>") == 1
    assert f'<div class="ns-name">{article_file}</div>' in page
    quotes = len(newsstruct.parse(ARTICLE).quotes) + len(newsstruct.parse(OTHER).quotes)
    assert page.count('<mark class="ns-quote') == quotes
    assert "<script" not in page


def test_format_html_of_one_file_is_the_view(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "html", str(article_file)]) == 0
    page = capsys.readouterr().out
    expected = newsstruct.render.to_html_page(
        [newsstruct.parse(ARTICLE)], title=f"newsstruct: {article_file}"
    )
    assert page == expected


def test_no_progress_bar_unless_stderr_is_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_folder(tmp_path, 3)
    assert main([str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--no-progress", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX only")
def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    """A real pseudo-terminal as standard error: the bar is drawn without being asked."""
    import os
    import pty

    _write_folder(tmp_path / "news", 200)
    out_path = tmp_path / "out.jsonl"
    leader, follower = pty.openpty()
    with open(out_path, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsstruct", str(tmp_path / "news"), str(tmp_path / "no.txt")],
            stdout=out,
            stderr=follower,
            stdin=subprocess.DEVNULL,
        )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the terminal's last writer has gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 1
    err = b"".join(chunks).decode("utf-8")
    bars = _bar_lines(err)
    assert " 201/201 100% " in bars[-1]
    assert "newsstruct: error: cannot read" in err
    assert len(out_path.read_text(encoding="utf-8").splitlines()) == 200


@pytest.mark.parametrize(
    "argv",
    [
        ["--workers", "0", "x.txt"],
        ["--workers", "two", "x.txt"],
        ["--input-format", "csv", "x.txt"],
    ],
)
def test_more_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "newsstruct: error:" in err


# ------------------------------------------------------------------ examples in the docs

ROOT = Path(__file__).resolve().parents[1]
CONSOLE_DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(
    r"^(?P<fence>`{3,})console[ \t]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL
)
PROGRAMS = (["newsstruct"], ["python", "-m", "newsstruct"])


def _console_examples() -> list[Any]:
    """Every ``$ newsstruct ...`` command of a ```console block, with the output shown."""
    examples = []
    for path in CONSOLE_DOCS:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for block in FENCE.finditer(text):
            first = text.count("\n", 0, block.start("body")) + 1
            command: tuple[int, str] | None = None
            output: list[str] = []
            for offset, line in enumerate([*block.group("body").splitlines(), "$ "]):
                if line.startswith("$ "):
                    if command is not None:
                        where = f"{path.relative_to(ROOT)}:{command[0]}"
                        examples.append(pytest.param(command[1], output, id=where))
                    tokens = shlex.split(line[2:])
                    runnable = any(tokens[: len(p)] == p for p in PROGRAMS)
                    command = (first + offset, line[2:]) if runnable else None
                    output = []
                else:
                    output.append(line)
    return examples


@pytest.mark.parametrize(("command", "expected"), _console_examples())
def test_console_examples(
    command: str,
    expected: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command-line examples of the README and the docs print what they show."""
    tokens = shlex.split(command)
    argv = tokens[1:] if tokens[0] == "newsstruct" else tokens[3:]
    screen = io.StringIO()  # standard output and error, interleaved as on a terminal
    redirected: io.StringIO | None = None
    if ">" in argv:
        at = argv.index(">")
        assert len(argv) == at + 2, f"one file after '>': {command}"
        argv = argv[:at]
        redirected = io.StringIO()
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "stdout", redirected or screen)
    monkeypatch.setattr(sys, "stderr", screen)
    status = main(argv)
    shown = "".join(line + "\n" for line in expected)
    assert status == (1 if "newsstruct: error:" in shown else 0), screen.getvalue()
    checker = doctest.OutputChecker()
    if not checker.check_output(shown, screen.getvalue(), doctest.ELLIPSIS):
        pytest.fail(
            checker.output_difference(
                doctest.Example(command, shown), screen.getvalue(), doctest.ELLIPSIS
            ),
            pytrace=False,
        )
    if redirected is not None:
        written = redirected.getvalue()
        assert written, f"{command} wrote nothing"
        if "html" in argv:
            assert written.startswith("<!DOCTYPE html>")
        else:
            assert all(json.loads(line) for line in written.splitlines())


def test_console_examples_are_found() -> None:
    assert len(_console_examples()) >= 5
