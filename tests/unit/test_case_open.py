"""Opening a case: a damaged, foreign or read-only file is refused with a plain message, and left as it was."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from service.cli import main
from core.model import Document
from store.case import CaseStore
from store.case_open import APPLICATION_ID, CaseError
from service.analysis import open_case


def foreign(path: Path) -> Path:
    """Another application's SQLite file."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (name TEXT, password TEXT)")
        connection.execute("INSERT INTO users VALUES ('ana', 'hunter2')")
    connection.close()
    return path


def refused(path: Path) -> str:
    """What opening the case says is wrong with it."""
    with pytest.raises(CaseError) as caught:
        open_case(path)
    assert str(caught.value).startswith(str(path))
    return caught.value.problem


def test_another_applications_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = foreign(tmp_path / "crm.sqlite")
    before = path.read_bytes()
    assert "belongs to another application (tables users)" in refused(path)
    assert path.read_bytes() == before


def test_batch_out_will_not_write_into_an_unrelated_sqlite_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "a.txt").write_text("Floods reached Porto.", encoding="utf-8")
    path = foreign(tmp_path / "crm.sqlite")
    before = path.read_bytes()
    assert main(["batch", str(tmp_path / "feed"), "--out", str(path)]) == 1
    assert "not a Newsmap case" in capsys.readouterr().err and path.read_bytes() == before


@pytest.mark.parametrize(("content", "problem"), [(b"PK\x03\x04 a zip, not a case", "not an SQLite database"),
                                                  (b"SQLite format 3\x00" + b"\xff" * 200, "damaged")])
def test_a_file_that_is_not_a_case_or_is_damaged_is_refused(content: bytes, problem: str, tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    path.write_bytes(content)
    assert problem in refused(path)


def test_a_truncated_case_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    store = CaseStore(path)
    for i in range(40):
        store.add_document(Document(text=f"Article {i} " + "about the floods in Porto. " * 200))
    store._db.close()
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])
    assert "damaged" in refused(path)


def test_a_read_only_case_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.sqlite"
    CaseStore(path)._db.close()
    connect = sqlite3.connect
    monkeypatch.setattr("store.case_open.sqlite3.connect",  # what a file the user may not write gives, even as root
                        lambda target, **options: connect(f"file:{target}?mode=ro", uri=True, **options))
    assert "read-only" in refused(path)


def test_a_folder_is_not_a_case(tmp_path: Path) -> None:
    assert "this is a folder" in refused(tmp_path)


def test_a_new_case_is_marked_as_newsmaps_and_an_older_unmarked_case_still_opens(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite"
    CaseStore(new)._db.close()
    with sqlite3.connect(new) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        connection.execute("PRAGMA application_id = 0")  # as cases made before the mark
    connection.close()
    assert open_case(new).documents()
