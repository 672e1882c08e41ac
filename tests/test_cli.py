"""The command line, run in-process through :func:`newsstruct.cli.main`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
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
