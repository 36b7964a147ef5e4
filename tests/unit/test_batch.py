"""The batch command: a folder into a case the app opens; bad files reported; a second run skips the done work."""
from __future__ import annotations

import json
from pathlib import Path

from service.cli import main
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from service.analysis import open_case

ROOT = Path(__file__).resolve().parents[2]


def test_batch_analyses_a_folder_once_and_reports_bad_files(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "feed"
    (folder / "day2").mkdir(parents=True)
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "day2" / "2024-03-05-berlin.en.txt").write_text(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.xyz").write_text("ignored: not an article type", encoding="utf-8")
    case, lines = tmp_path / "case.sqlite", tmp_path / "out.jsonl"

    assert main(["batch", str(folder), "--out", str(case), "--jsonl", str(lines)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "2 analysed, 0 already analysed, 1 unreadable" in err
    assert len(lines.read_text(encoding="utf-8").splitlines()) == 2
    assert all(json.loads(line)["events"] for line in lines.read_text(encoding="utf-8").splitlines())

    main(["batch", str(folder), "--out", str(case)])
    assert "0 analysed, 2 already analysed" in capsys.readouterr().err
    assert len(open_case(case).documents()) == 2, "the app does not add its sample to a batch case"
    assert len(CaseStore(case).documents()) == 2


def test_batch_keeps_where_the_folder_is_published(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "2009-03-23-hoax.en.txt").write_text(
        "COLUMBUS -- The Columbus Police Department said the text message was a hoax.", encoding="utf-8")
    case = tmp_path / "case.sqlite"
    assert main(["batch", str(folder), "--out", str(case), "--published-in", "Columbus, Nebraska"]) == 0
    [document] = CaseStore(case).documents()
    assert document.published_in == "Columbus, Nebraska"
    analysis = CaseStore(case).cached_analysis(document, PIPELINE_VERSION)
    assert analysis is not None
    assert all(abs(p.lat - 41.43) < 0.5 for p in analysis.places if p.text.lower() == "columbus")
