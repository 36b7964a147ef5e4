"""The event table kept in the case for the revision it was built at: a big case opens on it (Arrow, read in a blink)
instead of reading every analysis, laying the corrections over and gathering the happenings again."""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from store.arrow_file import frame_bytes, frame_from_bytes
from store.case import CaseStore

SNAPSHOT = "event_table"  # its name among what the case keeps derived from itself
# The columns holding Python values Arrow would not give back as they were (lists, tuples): kept as JSON, each with
# what turns the JSON value back into the table's own. A happening's event ids are kept as one string and split (ten
# times quicker than JSON), and its documents' titles are not kept but read from its sources: a big case opens on them.
NESTED = {"actor_names": list, "recipients": list, "mention_spans": lambda spans: tuple(map(tuple, spans)),
          "source_documents": list}
IDS, TITLES, SOURCES = "event_ids", "document_titles", "source_documents"
SEPARATOR = "\x1f"  # between a happening's event ids: no id holds it
# The code that makes the table from the analyses besides the pipeline's (core/, whose files the pipeline version
# covers): a change to it makes the kept tables stale.
TABLE_CODE = ("store/event_table.py", "store/corrections.py", "store/stored_analysis.py", "store/event_snapshot.py",
              "store/event_tellings.py", "service/case_events.py")
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class EventSnapshot:
    """What Explore's first screen reads of a case: its event table, how many documents it holds and their warnings."""

    frame: pd.DataFrame
    documents: int
    warnings: tuple[str, ...]
    source: str = ""  # the case and revision it was read at, which keys what the views build from it


# The table last read, by its bytes' digest and the columns read (None: all of them); see read_once.
_last_read: dict[tuple[bytes, tuple[str, ...] | None], EventSnapshot] = {}
_last_read_lock = threading.Lock()


def snapshot_version(pipeline_version: str) -> str:
    """The version a table is kept under: the pipeline's and the table code's, so an upgrade of either rebuilds it."""
    digest = hashlib.sha256(pipeline_version.encode())
    for name in TABLE_CODE:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def encoded(values: list[Any]) -> list[str]:
    """Values as JSON, each distinct one written once (rows of one happening's documents share theirs)."""
    written: dict[int, str] = {}
    return [written[id(value)] if id(value) in written else written.setdefault(id(value), json.dumps(value))
            for value in values]


def decoded(texts: list[str], kind: Any) -> list[Any]:
    """JSON values turned back into the table's own, each distinct one read once (all in one parse) and shared, as
    the built table shares them."""
    distinct = list(dict.fromkeys(texts))
    values = dict(zip(distinct, map(kind, json.loads(f"[{','.join(distinct)}]"))))
    return [values[text] for text in texts]


def titles_of(sources: list[list[dict]]) -> list[dict[str, str]]:
    """Each row's documents' titles by id, from its sources; rows sharing their sources share their titles."""
    made: dict[int, dict[str, str]] = {}
    return [made[id(row)] if id(row) in made else made.setdefault(id(row), {s["id"]: s["title"] for s in row})
            for row in sources]


def snapshot_bytes(snapshot: EventSnapshot) -> bytes:
    """The snapshot as an Arrow file (zstd), its column order, the document count and warnings in its metadata."""
    frame = snapshot.frame.drop(columns=[TITLES]).assign(
        **{IDS: [SEPARATOR.join(ids) for ids in snapshot.frame[IDS]]},
        **{column: encoded(snapshot.frame[column].tolist()) for column in NESTED})
    return frame_bytes(frame, {"documents": snapshot.documents, "warnings": list(snapshot.warnings),
                               "columns": list(snapshot.frame.columns)})


def snapshot_from_bytes(body: bytes, columns: tuple[str, ...] | None = None) -> EventSnapshot:
    """The snapshot an Arrow file holds, its table as the case's events built it: only these columns when given (a
    document's titles come from its sources, which are then read too), the others left packed."""
    stored = None if columns is None else {*columns, SOURCES} if TITLES in columns else set(columns)
    frame, about = frame_from_bytes(body, stored)
    for column, kind in NESTED.items():
        if column in frame:
            frame[column] = decoded(frame[column].tolist(), kind)
    if IDS in frame:
        frame[IDS] = [tuple(ids.split(SEPARATOR)) if ids else () for ids in frame[IDS].tolist()]
    if SOURCES in frame:
        frame[TITLES] = titles_of(frame[SOURCES].tolist())
    wanted = about["columns"] if columns is None else [column for column in about["columns"] if column in columns]
    return EventSnapshot(frame[wanted], about["documents"], tuple(about["warnings"]))


def keep_snapshot(store: CaseStore, revision: int, version: str, snapshot: EventSnapshot) -> bool:
    """Keep the table built at `revision` in the case, unless the case changed since; whether it was kept."""
    return store.keep_derived(SNAPSHOT, revision, version, snapshot_bytes(snapshot))


def read_once(body: bytes, columns: tuple[str, ...] | None = None) -> EventSnapshot:
    """snapshot_from_bytes, the same bytes and columns read once per process: Explore reads the case's table, then
    Review queues by it and a save in Review brings it up to date from it (each read of 40,000 rows cost half a
    second). The table is shared, never mutated, as the pages' caches share it; only the latest bytes' are kept."""
    digest = hashlib.blake2b(body, digest_size=16).digest()
    with _last_read_lock:
        if (digest, columns) in _last_read:
            return _last_read[digest, columns]
    snapshot = snapshot_from_bytes(body, columns)
    with _last_read_lock:
        for key in [key for key in _last_read if key[0] != digest]:
            del _last_read[key]
        _last_read[digest, columns] = snapshot
    return snapshot


def kept_snapshot(store: CaseStore, revision: int, version: str,
                  columns: tuple[str, ...] | None = None) -> EventSnapshot | None:
    """The table kept for this revision by code of this version (only these columns when given), if any."""
    body = store.derived(SNAPSHOT, revision, version)
    return read_once(body, columns) if body is not None else None
