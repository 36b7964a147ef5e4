"""Open a case file only if it is a sound, writable Newsmap case (or a new one), saying plainly what is wrong if not."""
from __future__ import annotations

import sqlite3
from pathlib import Path

APPLICATION_ID = 0x4E4D4150  # 'NMAP' in the SQLite header: this database is a Newsmap case
SQLITE_HEADER = b"SQLite format 3\x00"
CASE_TABLES = {"documents", "analyses", "meta"}  # what a case made before the application id was set always holds


class CaseError(RuntimeError):
    """A case file that cannot be opened, with its path and the problem in plain words."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def open_case_db(path: Path, schema: str) -> sqlite3.Connection:
    """A connection to the case at `path`, created with `schema` if new; CaseError if the file is not a case, is
    damaged or cannot be written."""
    check_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        raise CaseError(path, f"the case file cannot be opened ({error}).") from None
    try:
        check_case(connection, path)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(schema)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise CaseError(path, problem_of(error)) from None
    except CaseError:
        connection.close()
        raise
    return connection


def check_file(path: Path) -> None:
    """Refuse a folder or a file that is not SQLite at all, before SQLite touches it."""
    if path.is_dir():
        raise CaseError(path, "this is a folder; give a case file (e.g. case.sqlite).")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise CaseError(path, f"the case file cannot be read ({error.strerror or error}).") from None
    if header and header != SQLITE_HEADER:
        raise CaseError(path, "this is not a Newsmap case (not an SQLite database); nothing was written to it.")


def check_case(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged database, or one another application made (its application id or its tables say so)."""
    verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0]
    if verdict != "ok":
        raise CaseError(path, f"the case file is damaged ({verdict}); restore it from a copy or start a new case.")
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application == APPLICATION_ID or (application == 0 and (not tables or CASE_TABLES <= tables)):
        return
    owner = f"application id {application:#x}" if application else f"tables {', '.join(sorted(tables))}"
    raise CaseError(path, f"this SQLite file belongs to another application ({owner}), not a Newsmap case; "
                          "nothing was written to it.")


def problem_of(error: sqlite3.DatabaseError) -> str:
    """SQLite's complaint about a case file, in the words an analyst acts on."""
    message = str(error)
    if "readonly" in message or "read-only" in message:
        return "the case file is read-only; make it writable or copy it to a folder you can write to."
    if "locked" in message or "busy" in message:
        return "another program is writing the case file; close it and try again."
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return f"the case file is damaged ({message}); restore it from a copy or start a new case."
    return f"the case file cannot be opened ({message})."
