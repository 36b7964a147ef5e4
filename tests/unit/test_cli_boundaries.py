"""The command lines at their edges: each bad input named (safely for the terminal), the others answered in order
as they are ready, and an exit status that says when nothing worked."""
from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from service.cli import main
from geocoding.__main__ import main as geocoding_main
from geocoding.__main__ import resolve_lines

pytestmark = pytest.mark.usefixtures("fake_pipeline")


def lines(*rows: object) -> io.StringIO:
    """Standard input of JSON lines (a str row is sent as it is)."""
    return io.StringIO("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))


def test_a_json_line_with_a_lone_surrogate_is_analysed_with_the_others(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", lines({"id": "a\ud800", "text": "Troops entered Kherson\ud800 on Friday."},
                                           {"id": "b", "text": "Storms hit Manila."}))
    assert main(["analyze", "--jsonl", "-"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["id"] for row in out] == ["a", "b"]


def test_analyze_fails_when_every_analysis_failed_and_names_each(capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", lines({"id": "x", "text": "FAIL one"}, {"id": "y", "text": "FAIL two"}))
    assert main(["analyze", "--jsonl", "-"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "x: the analysis failed" in err and "y: the analysis failed" in err
    assert "nothing analysed" in err


def test_a_batch_that_breaks_costs_only_the_document_that_broke_it(capsys, tmp_path: Path) -> None:
    for name, text in [("a.txt", "Quiet day in Lyon."), ("b.txt", "BOOM in the parser"), ("c.txt", "Rain in Nantes.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["analyze", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt"))]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["source"] for line in out.splitlines()] == ["a.txt", "c.txt"]
    assert "b.txt: the analysis failed (RuntimeError" in err and "2 analysed, 1 unreadable or failed" in err


class Pipe:
    """Standard input that hands over its next line only once the previous line's answer has been printed."""

    def __init__(self, rows: list[dict], out: io.StringIO) -> None:
        self.rows, self.out = rows, out

    def __iter__(self):
        for number, row in enumerate(self.rows):
            assert len(self.out.getvalue().splitlines()) == number, "the previous line's answer was held back"
            yield json.dumps(row) + "\n"


def test_analyze_answers_each_piped_line_before_reading_the_next(monkeypatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    rows = [{"id": str(i), "text": f"Floods in Porto, day {i}."} for i in range(3)]
    monkeypatch.setattr("sys.stdin", Pipe(rows, out))
    assert main(["analyze", "--jsonl", "-"]) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["0", "1", "2"]


def test_a_missing_input_is_named_without_a_traceback(capsys, tmp_path: Path) -> None:
    assert main(["analyze", "--jsonl", str(tmp_path / "nowhere.jsonl")]) == 1
    assert "nowhere.jsonl: could not read it (No such file or directory)" in capsys.readouterr().err
    assert geocoding_main(["resolve", "--jsonl", str(tmp_path / "nowhere.jsonl")]) == 1
    assert "nowhere.jsonl: could not read it" in capsys.readouterr().err


def test_terminal_escape_codes_in_names_and_lines_never_reach_the_terminal(capsys, tmp_path: Path, monkeypatch) -> None:
    evil = tmp_path / "evil\x1b]0;pwned\x07\x1b[2J\u202e.txt"
    evil.write_bytes(b"")
    assert main(["analyze", str(evil)]) == 1
    monkeypatch.setattr("sys.stdin", lines({"id": "\x1b[31mred", "text": 5}, "\x1b[2J not json"))
    assert main(["analyze", "--jsonl", "-"]) == 1
    err = capsys.readouterr().err
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202e.txt" in err and "line 1" in err and "line 2" in err
    assert not any(ch in err for ch in "\x1b\x07\u202e")


def test_resolve_refuses_spans_outside_the_text_by_line_and_keeps_the_others(capsys) -> None:
    text = "She flew to Berlin."
    rows = [{"id": "negative", "text": text, "toponyms": [{"start": -7, "end": 18}]},
            {"id": "reversed", "text": text, "toponyms": [{"start": 18, "end": 12}]},
            {"id": "beyond", "text": text, "toponyms": [{"start": 12, "end": 99}]},
            {"id": "fraction", "text": text, "toponyms": [{"start": 12.5, "end": 18}]},
            {"id": "good", "text": text, "toponyms": [{"start": 12, "end": 18}]}]
    out = io.StringIO()
    assert resolve_lines(lines(*rows), out) == 4
    err = capsys.readouterr().err
    assert all(f"line {n}: skipped" in err for n in (1, 2, 3, 4)) and "line 5" not in err
    [good] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert good["id"] == "good" and good["places"][0]["country_code"] == "DE"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "no tables"])
def test_a_damaged_gazetteer_is_built_again_not_reported_as_built(damage: str, tmp_path: Path, monkeypatch,
                                                                  capsys) -> None:
    path = tmp_path / "gazetteer.sqlite"
    if damage == "garbage":
        path.write_bytes(b"this is not SQLite at all" * 50)
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            if damage == "truncated":
                connection.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)")
                connection.executemany("INSERT INTO places (name) VALUES (?)", [("x" * 500,)] * 200)
        connection.close()
        if damage == "truncated":
            path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])
    built: list[Path] = []
    monkeypatch.setenv("NEWSMAP_GAZETTEER", str(path))
    monkeypatch.setattr("geocoding.__main__.build", lambda target, *dumps: built.append(target) or target)
    assert geocoding_main(["build"]) == 0
    assert built == [path]
    assert "cannot be used" in capsys.readouterr().err


def test_a_sound_gazetteer_is_left_as_built(monkeypatch, capsys) -> None:
    monkeypatch.setattr("geocoding.__main__.build", lambda *args: pytest.fail("a sound gazetteer was built again"))
    assert geocoding_main(["build"]) == 0
    assert "gazetteer already built" in capsys.readouterr().out
