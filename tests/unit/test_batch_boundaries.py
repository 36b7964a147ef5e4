"""The batch at its edges: links out of the folder are not followed, a bad file or chunk costs only itself, and the
JSON lines are whole after any crash once the batch runs again."""
from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from crafted_files import pdf_with_glyphs

from service.cli import main
from extractors.ingest import document_from_path
from core.model import Document
from store.case import CaseStore

pytestmark = pytest.mark.usefixtures("fake_pipeline")


def feed(folder: Path, count: int = 3) -> Path:
    """A folder of short English dispatches."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"2024-03-0{i + 1}-wire.txt").write_text(f"Floods reached Porto on day {i}.", encoding="utf-8")
    return folder


def sources(case: Path) -> set[str]:
    """The file names of the case's documents."""
    return {document.source for document in CaseStore(case).documents()}


def test_a_pdf_with_a_broken_font_among_good_files_costs_nothing(tmp_path: Path, capsys) -> None:
    folder = feed(tmp_path / "feed", 8)
    (folder / "font.pdf").write_bytes(pdf_with_glyphs([0xD800, *map(ord, "Kim in Vostochny")]))
    assert main(["batch", str(folder), "--out", str(tmp_path / "case.sqlite")]) == 0
    assert "9 analysed" in capsys.readouterr().err


def test_a_file_that_breaks_reading_or_a_chunk_that_breaks_analysis_costs_only_itself(tmp_path: Path, capsys,
                                                                                        monkeypatch) -> None:
    folder = feed(tmp_path / "feed", 3)
    (folder / "crash.txt").write_text("BOOM in the parser", encoding="utf-8")
    (folder / "odd.txt").write_text("Anything.", encoding="utf-8")

    def reading(path: Path, name: str) -> Document:
        if name == "odd.txt":
            raise MemoryError("x")
        return document_from_path(path, name)

    monkeypatch.setattr("service.batch.document_from_path", reading)
    assert main(["batch", str(folder), "--out", str(tmp_path / "case.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "odd.txt: could not be added (MemoryError" in err and "crash.txt: the analysis failed" in err
    assert "3 analysed, 0 already analysed, 2 unreadable or failed" in err


def test_symbolic_links_out_of_the_folder_are_not_followed_unless_asked(tmp_path: Path, capsys) -> None:
    folder = feed(tmp_path / "feed", 1)
    secret = tmp_path / "home" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The password of the Paris office is hunter2.", encoding="utf-8")
    (folder / "secret.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    case = tmp_path / "case.sqlite"
    assert main(["batch", str(folder), "--out", str(case)]) == 0
    err = capsys.readouterr().err
    assert sources(case) == {"2024-03-01-wire.txt"}
    assert all(f"{name}: a symbolic link, not followed" in err for name in ("secret.txt", "elsewhere", "loop"))
    assert main(["batch", str(folder), "--out", str(case), "--follow-symlinks"]) == 0
    assert sources(case) == {"2024-03-01-wire.txt", "secret.txt"}


def test_json_lines_cut_short_by_a_crash_are_whole_again_after_the_next_run(tmp_path: Path) -> None:
    folder, case, out = feed(tmp_path / "feed", 3), tmp_path / "case.sqlite", tmp_path / "analyses.jsonl"
    assert main(["batch", str(folder), "--out", str(case), "--jsonl", str(out)]) == 0
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole[:len(whole) // 2], encoding="utf-8")  # killed while writing
    assert main(["batch", str(folder), "--out", str(case), "--jsonl", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == whole
    assert len([json.loads(line) for line in whole.splitlines()]) == 3


def test_a_full_disk_leaves_the_last_whole_json_lines_and_fails_the_run(tmp_path: Path, monkeypatch, capsys) -> None:
    folder, case, out = feed(tmp_path / "feed", 2), tmp_path / "case.sqlite", tmp_path / "analyses.jsonl"
    assert main(["batch", str(folder), "--out", str(case), "--jsonl", str(out)]) == 0
    before = out.read_text(encoding="utf-8")
    (folder / "2024-03-09-more.txt").write_text("More floods in Braga.", encoding="utf-8")

    def full(*args) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr("service.batch.os.fsync", full)
    assert main(["batch", str(folder), "--out", str(case), "--jsonl", str(out)]) == 1
    assert "could not be written (No space left on device)" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == before
    assert not [path.name for path in tmp_path.iterdir() if "partial" in path.name]
