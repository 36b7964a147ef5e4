"""The command line: files and JSON lines in, one JSON line per document out, bad input reported."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from service.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def test_analyze_files_prints_places_timexes_and_events(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # an image named .txt ('\xff\xfe' would be UTF-16)
    code = main(["analyze", str(SEED), str(broken), "--published", "2023-09-13"])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert "broken.txt" in err
    assert len(lines) == 1
    result = lines[0]
    assert result["language"] == "fr"
    assert result["published"] == "2023-09-13"
    assert any(p["lat"] is not None for p in result["places"])
    assert any(t["value"] == "2023-09-13" for t in result["timexes"])
    event = result["events"][0]
    assert {"start", "end", "text", "type", "date", "place", "actors"} <= set(event)


def test_analyze_jsonl_keeps_ids_and_skips_bad_lines(capsys: pytest.CaptureFixture, monkeypatch) -> None:
    rows = [
        json.dumps({"id": "a", "text": "Chancellor Olaf Scholz visited Paris on Monday.", "published": "2024-03-06",
                    "language": "en"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(rows) + "\n"))
    code = main(["analyze", "--jsonl", "-"])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a"]
    assert "line 2" in err and "line 3" in err
    assert code == 1
    monday = [t for t in lines[0]["timexes"] if t["text"] == "Monday"]
    assert monday and monday[0]["value"] == "2024-03-04"


def test_analyze_reads_where_the_files_are_published(capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    article = tmp_path / "2009-03-23-hoax.txt"
    article.write_text("COLUMBUS -- The Columbus Police Department said the text message was a hoax.", "utf-8")
    assert main(["analyze", str(article), "--language", "en", "--published-in", "Columbus, Nebraska"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["published_in"] == "Columbus, Nebraska"
    columbus = [p for p in result["places"] if p["text"].lower() == "columbus"]
    assert columbus and all(abs(p["lat"] - 41.43) < 0.5 for p in columbus)
