"""The analyst's case on disk: documents and their analyses, in one SQLite file."""
from __future__ import annotations

import json
import threading
from functools import partial
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path

from core.model import Analysis, Document, PlaceMention
from store.case_open import open_case_db
from store.corrections import Correction, CorrectionConflict
from store.stored_analysis import StoredAnalysis


SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    added INTEGER NOT NULL,
    fields TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    pipeline_version TEXT NOT NULL,
    settings TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (
    event_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    anchor TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS derived (
    name TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    version TEXT NOT NULL,
    body BLOB NOT NULL
);
INSERT OR IGNORE INTO meta(key, value) VALUES ('revision', '0');
INSERT OR IGNORE INTO meta(key, value) SELECT 'documents_revision', value FROM meta WHERE key = 'revision';
"""
# Every write bumps the case's revision, so readers can cache what they derive from it.
BUMP_REVISION = "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"
CASE_REVISION = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'revision'"
# Written with every change of the documents or their analyses (a case file that never had it counts as changed when
# first opened): a table derived before it can be brought up to date from the corrections made since alone.
DOCUMENTS_CHANGED = ("INSERT OR REPLACE INTO meta(key, value) "
                     "SELECT 'documents_revision', value FROM meta WHERE key = 'revision'")
FEW_DOCUMENTS = 1_000  # analyses read by their documents' ids; more are read in one pass over the case


def settings_key(document: Document) -> str:
    """What, besides the text, changes an analysis: the language, date and home place the user set."""
    return json.dumps({"language": document.language, "published": document.published,
                       **({"published_in": document.published_in} if document.published_in else {})})


class CaseStore:
    """Documents and analyses of one case; safe to share between Streamlit sessions' threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_case_db(path, SCHEMA)  # CaseError if it is not a sound, writable case
        self._upgrade_corrections()

    def add_document(self, document: Document) -> bool:
        """Add a document; return False when the same text is already in the case."""
        fields = {k: v for k, v in asdict(document).items() if k != "id"}
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO documents(id, added, fields) "
                "VALUES (?, (SELECT COALESCE(MAX(added), 0) + 1 FROM documents), ?)",
                (document.id, json.dumps(fields, ensure_ascii=False)),
            )
            if cursor.rowcount == 1:
                self._db.execute(BUMP_REVISION)
                self._db.execute(DOCUMENTS_CHANGED)
        return cursor.rowcount == 1

    def update_document(self, document: Document) -> None:
        """Save edited fields (date, language); the stale analysis is dropped."""
        fields = {k: v for k, v in asdict(document).items() if k != "id"}
        with self._lock, self._db:
            self._db.execute("UPDATE documents SET fields = ? WHERE id = ?",
                             (json.dumps(fields, ensure_ascii=False), document.id))
            self._db.execute("DELETE FROM analyses WHERE document_id = ?", (document.id,))
            self._db.execute(BUMP_REVISION)
            self._db.execute(DOCUMENTS_CHANGED)

    def remove_document(self, document_id: str) -> None:
        """Remove a document and its analysis."""
        with self._lock, self._db:
            self._db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            self._db.execute("DELETE FROM analyses WHERE document_id = ?", (document_id,))
            self._db.execute("DELETE FROM corrections WHERE document_id = ?", (document_id,))
            self._db.execute(BUMP_REVISION)
            self._db.execute(DOCUMENTS_CHANGED)

    def document(self, document_id: str) -> Document | None:
        """One document by its content hash, with the language and date it is analysed with."""
        with self._lock:
            row = self._db.execute("SELECT fields FROM documents WHERE id = ?", (document_id,)).fetchone()
        return Document(id=document_id, **json.loads(row[0])) if row else None

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """All documents, or those of the given ids, in the order they were added."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, fields FROM documents ORDER BY added" if ids is None else
                "SELECT id, fields FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY added",
                () if ids is None else (json.dumps(list(ids)),)).fetchall()
        return [Document(id=row[0], **json.loads(row[1])) for row in rows]

    def document_page(self, search: str, offset: int, limit: int) -> tuple[int, list[Document]]:
        """How many documents have `search` in their title or file name, and `limit` of them from `offset`, in the
        order they were added: a page lists a few of a big case without reading every text."""
        found = ("WHERE instr(lower(json_extract(fields, '$.title')), ?) "
                 "OR instr(lower(json_extract(fields, '$.source')), ?)" if search else "")
        words = (search.casefold(), search.casefold()) if search else ()
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM documents {found}", words).fetchone()[0]
            rows = self._db.execute(f"SELECT id, fields FROM documents {found} ORDER BY added LIMIT ? OFFSET ?",
                                    (*words, limit, offset)).fetchall()
        return total, [Document(id=row[0], **json.loads(row[1])) for row in rows]

    def analysis_counts(self, documents: list[Document], pipeline_version: str) -> dict[str, tuple[int, int, int]]:
        """How many events, places and time expressions the analysis of each document holds, for those analysed by
        this pipeline version with their settings (counted by SQLite: no analysis is read)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT document_id, settings, json_array_length(body, '$.events'),"
                " json_array_length(body, '$.places'), json_array_length(body, '$.timexes')"
                " FROM analyses WHERE pipeline_version = ?"
                " AND document_id IN (SELECT value FROM json_each(?))",
                (pipeline_version, json.dumps([document.id for document in documents]))).fetchall()
        settings = {document.id: settings_key(document) for document in documents}
        return {row[0]: tuple(count or 0 for count in row[2:]) for row in rows if settings[row[0]] == row[1]}

    def named_places(self, pipeline_version: str) -> list[PlaceMention]:
        """Every place on the map the analyses of this pipeline version read in their documents, each once (its name,
        point, country and kind), gathered by SQLite in one pass: no analysis is read."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT json_extract(place.value, '$.text'), json_extract(place.value, '$.name'),"
                " json_extract(place.value, '$.lat'), json_extract(place.value, '$.lon'),"
                " json_extract(place.value, '$.country_code'), json_extract(place.value, '$.feature_class')"
                " FROM analyses, json_each(analyses.body, '$.places') AS place WHERE pipeline_version = ?"
                " AND json_extract(place.value, '$.lat') IS NOT NULL"
                " AND json_extract(place.value, '$.lon') IS NOT NULL",
                (pipeline_version,)).fetchall()
        return [PlaceMention(0, 0, text=text, name=name or "", lat=lat, lon=lon, country_code=country or "",
                             feature_class=kind or "") for text, name, lat, lon, country, kind in rows]

    def save_analysis(self, analysis: Analysis) -> None:
        """Cache an analysis under its document, pipeline version and settings, in one transaction with the document
        as analysed: the language and date the pipeline found where none was given are the document's from now on."""
        document = analysis.document
        fields = {k: v for k, v in asdict(document).items() if k != "id"}
        with self._lock, self._db:
            self._db.execute("UPDATE documents SET fields = ? WHERE id = ?",
                             (json.dumps(fields, ensure_ascii=False), document.id))
            self._db.execute(
                "INSERT OR REPLACE INTO analyses(document_id, pipeline_version, settings, body) "
                "VALUES (?, ?, ?, ?)",
                (document.id, analysis.pipeline_version, settings_key(document),
                 json.dumps(analysis.to_json(), ensure_ascii=False)),
            )
            self._db.execute(BUMP_REVISION)
            self._db.execute(DOCUMENTS_CHANGED)

    def cached_analysis(self, document: Document, pipeline_version: str) -> Analysis | None:
        """The stored analysis if it was made by this pipeline version with these settings."""
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM analyses WHERE document_id = ? AND pipeline_version = ? AND settings = ?",
                (document.id, pipeline_version, settings_key(document)),
            ).fetchone()
        if not row:
            return None
        analysis = Analysis.from_json(json.loads(row[0]), document.text)
        analysis.document = document
        return analysis

    def cached_analyses(self, documents: list[Document], pipeline_version: str) -> dict[str, Analysis | None]:
        """The stored analysis of each document made by this pipeline version with its settings (None for the others),
        read in one pass over the case: only its events are parsed now (SQLite cuts them out of the stored line);
        its places, time expressions and entities are read from the case when first asked for."""
        wanted = {document.id: document for document in documents}
        found: dict[str, Analysis | None] = dict.fromkeys(wanted)
        few = len(wanted) <= FEW_DOCUMENTS  # a few documents are looked up by id, not found in a pass over the case
        with self._lock:
            rows = self._db.execute(
                "SELECT document_id, settings, json_extract(body, '$.events'), json_extract(body, '$.warnings') "
                "FROM analyses WHERE pipeline_version = ?"
                + (" AND document_id IN (SELECT value FROM json_each(?))" if few else ""),
                (pipeline_version, json.dumps(list(wanted))) if few else (pipeline_version,))
            for document_id, settings, events, warnings in rows:
                document = wanted.get(document_id)
                if document is not None and settings == settings_key(document):
                    found[document_id] = StoredAnalysis.from_stored(
                        json.loads(events or "[]"), json.loads(warnings or "[]"), pipeline_version, document,
                        partial(self._stored_line, document_id, pipeline_version))
        return found

    def _stored_line(self, document_id: str, pipeline_version: str) -> dict:
        """A stored analysis's JSON line (empty if it was replaced since)."""
        with self._lock:
            row = self._db.execute("SELECT body FROM analyses WHERE document_id = ? AND pipeline_version = ?",
                                   (document_id, pipeline_version)).fetchone()
        return json.loads(row[0]) if row else {}

    def _upgrade_corrections(self) -> None:
        """Give corrections of older case files their anchor (from the cached analysis) and a revision."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(corrections)")}
        if "anchor" in columns:
            return
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("ALTER TABLE corrections ADD COLUMN anchor TEXT NOT NULL DEFAULT ''")
            self._db.execute("ALTER TABLE corrections ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
            texts = {event["id"]: event.get("text", "")
                     for (body,) in self._db.execute("SELECT body FROM analyses")
                     for event in json.loads(body).get("events", [])}
            for (event_id,) in self._db.execute("SELECT event_id FROM corrections").fetchall():
                self._db.execute("UPDATE corrections SET anchor = ? WHERE event_id = ?",
                                 (texts.get(event_id, ""), event_id))
            self._db.execute(BUMP_REVISION)
            self._db.execute(DOCUMENTS_CHANGED)
            self._db.execute(f"UPDATE corrections SET revision = ({CASE_REVISION})")

    def _correction(self, event_id: str) -> Correction | None:
        """The stored correction of an event id, read inside the caller's transaction."""
        row = self._db.execute("SELECT event_id, document_id, fields, anchor, revision FROM corrections "
                               "WHERE event_id = ?", (event_id,)).fetchone()
        return Correction(row[0], row[1], json.loads(row[2]), row[3], row[4]) if row else None

    def _check(self, event_id: str, expected: int | None) -> None:
        """Refuse a write made on another revision of the correction than the one stored now."""
        current = self._correction(event_id)
        if expected is not None and (current.revision if current else 0) != expected:
            raise CorrectionConflict(current)

    def save_correction(self, event_id: str, document_id: str, fields: dict, anchor: str = "",
                        expected: int | None = None, replaces: str | None = None) -> int:
        """Keep the analyst's correction of an event, atomically; returns its revision.

        `expected` is the revision the analyst's form was opened on (0: no correction yet): a save made on an
        older one raises CorrectionConflict instead of overwriting. `replaces` moves the correction stored under
        an event id that no longer exists onto `event_id`.
        """
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._check(replaces or event_id, expected)
            if replaces and replaces != event_id:
                self._check(event_id, 0)
                self._db.execute("DELETE FROM corrections WHERE event_id = ?", (replaces,))
            self._db.execute(BUMP_REVISION)
            self._db.execute(
                "INSERT OR REPLACE INTO corrections(event_id, document_id, fields, anchor, revision) "
                f"VALUES (?, ?, ?, ?, ({CASE_REVISION}))",
                (event_id, document_id, json.dumps(fields, ensure_ascii=False), anchor))
            return self._correction(event_id).revision

    def save_corrections(self, changes: list[tuple[Correction, Correction | None]]) -> int:
        """Keep several corrections in one transaction, all or none; returns their revision.

        Each change is the new correction and the stored one the analyst saw (None: none yet): if any of them changed
        since, CorrectionConflict names it and nothing is written. A new correction on another event id than the
        one it was stored under (re-analysis moved it) replaces that one.
        """
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for row, seen in changes:
                self._check(seen.event_id if seen else row.event_id, seen.revision if seen else 0)
                if seen and seen.event_id != row.event_id:
                    self._check(row.event_id, 0)
            self._db.execute(BUMP_REVISION)
            for row, seen in changes:
                if seen and seen.event_id != row.event_id:
                    self._db.execute("DELETE FROM corrections WHERE event_id = ?", (seen.event_id,))
                self._db.execute(
                    "INSERT OR REPLACE INTO corrections(event_id, document_id, fields, anchor, revision) "
                    f"VALUES (?, ?, ?, ?, ({CASE_REVISION}))",
                    (row.event_id, row.document_id, json.dumps(row.fields, ensure_ascii=False), row.anchor))
            return self._db.execute(CASE_REVISION).fetchone()[0]

    def drop_correction(self, event_id: str, expected: int | None = None) -> None:
        """Go back to the machine's reading of an event; CorrectionConflict if it changed since `expected`."""
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._check(event_id, expected)
            self._db.execute("DELETE FROM corrections WHERE event_id = ?", (event_id,))
            self._db.execute(BUMP_REVISION)

    def corrections(self) -> dict[str, dict]:
        """Every correction of the case, by event id."""
        return {row.event_id: row.fields for row in self.correction_rows()}

    def correction_rows(self) -> list[Correction]:
        """Every correction of the case with its anchor and revision."""
        with self._lock:
            rows = self._db.execute("SELECT event_id, document_id, fields, anchor, revision FROM corrections "
                                    "ORDER BY revision").fetchall()
        return [Correction(row[0], row[1], json.loads(row[2]), row[3], row[4]) for row in rows]

    def get_meta(self, key: str) -> str | None:
        """Read a case-level setting."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Write a case-level setting."""
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
            self._db.execute(BUMP_REVISION)

    def keep_derived(self, name: str, revision: int, version: str, body: bytes) -> bool:
        """Keep what was derived from the case at `revision` (by code of `version`), unless the case has changed
        since: a reader at a later revision must never get it. Not a change of the case: the revision stays."""
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT OR REPLACE INTO derived(name, revision, version, body) "
                f"SELECT ?, ?, ?, ? WHERE ({CASE_REVISION}) = ?", (name, revision, version, body, revision))
        return cursor.rowcount == 1

    def derived(self, name: str, revision: int, version: str) -> bytes | None:
        """What was kept under `name` for this revision of the case by code of this version, if anything."""
        with self._lock:
            row = self._db.execute("SELECT body FROM derived WHERE name = ? AND revision = ? AND version = ?",
                                   (name, revision, version)).fetchone()
        return row[0] if row else None

    def derived_revision(self, name: str, version: str) -> int | None:
        """The revision what is kept under `name` by code of this version was derived at (the case may have changed
        since), if anything is kept."""
        with self._lock:
            row = self._db.execute("SELECT revision FROM derived WHERE name = ? AND version = ?",
                                   (name, version)).fetchone()
        return row[0] if row else None

    def documents_revision(self) -> int:
        """The revision at which the documents or their analyses last changed (later ones changed corrections or
        settings only)."""
        return int(self.get_meta("documents_revision") or self.revision())

    def revision(self) -> int:
        """How many times the case has changed; what is derived from it can be cached under this number."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0])

    def import_rows(self, documents: list[Document], analyses: list[Analysis], corrections: list[Correction]) -> None:
        """Write a case file's rows in one transaction, all of them or none (the importer chose what may replace).

        A given document is added, or its details replace the case's and its analysis is dropped; given analyses
        and corrections replace the case's.
        """
        with self._lock, self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(BUMP_REVISION)
            self._db.execute(DOCUMENTS_CHANGED)
            for document in documents:
                fields = {k: v for k, v in asdict(document).items() if k != "id"}
                self._db.execute(
                    "INSERT INTO documents(id, added, fields) "
                    "VALUES (?, (SELECT COALESCE(MAX(added), 0) + 1 FROM documents), ?) "
                    "ON CONFLICT(id) DO UPDATE SET fields = excluded.fields",
                    (document.id, json.dumps(fields, ensure_ascii=False)))
                self._db.execute("DELETE FROM analyses WHERE document_id = ?", (document.id,))
            for analysis in analyses:
                self._db.execute(
                    "INSERT OR REPLACE INTO analyses(document_id, pipeline_version, settings, body) "
                    "VALUES (?, ?, ?, ?)",
                    (analysis.document.id, analysis.pipeline_version, settings_key(analysis.document),
                     json.dumps(analysis.to_json(), ensure_ascii=False)))
            for row in corrections:
                self._db.execute(
                    "INSERT OR REPLACE INTO corrections(event_id, document_id, fields, anchor, revision) "
                    f"VALUES (?, ?, ?, ?, ({CASE_REVISION}))",
                    (row.event_id, row.document_id, json.dumps(row.fields, ensure_ascii=False), row.anchor))
