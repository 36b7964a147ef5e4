"""The case as the pages see it: one store per case file, its analyses and events cached per case revision."""
from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from components.event_frame import Cluster
from components.kept_later import keep_after_drawing
from service.analysis import open_case
from service.case_events import (Attachment, CaseEvents, attachment, case_snapshot, corrected_documents,
                                 corrected_events, keep_table, keep_updated_table, kept_revision, kept_table,
                                 told_clusters, updated_table)
from store.case import CaseStore
from store.case_open import CaseError
from store.case_settings import default_case_path
from store.event_snapshot import EventSnapshot

BIG_TABLE = 5_000  # rows from which Review queues by an older table rather than read the whole case again


@st.cache_resource(show_spinner=False)
def store_at(path: str) -> CaseStore:
    """Open a case file once per server process; SQLite keeps it on disk, not in memory."""
    return open_case(Path(path))


def case_store() -> CaseStore:
    """The case the app works on ($NEWSMAP_CASE or the default one); a file that is not a sound, writable case stops
    the page with what is wrong with it."""
    try:
        return store_at(str(default_case_path()))
    except CaseError as error:
        st.error(f"The case file cannot be used. {error}", icon=":material/error:")
        st.stop()


@contextmanager
def no_collections() -> Iterator[None]:
    """Hold Python's cycle collector while a case's objects are built, then leave them out of its walks: 10,000
    articles make millions of objects, kept for the revision, and each full collection would walk every one of them
    again (a third of the build, and up to a second of a later click)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def attachment_at(path: str, revision: int) -> Attachment:
    """The machine's analyses, each correction on the event it belongs to, and those fitting no event."""
    with no_collections():
        return attachment(store_at(path))


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def events_at(path: str, revision: int) -> CaseEvents:
    """Analyses with the analyst's corrections laid over, their event clusters and table, for one revision.

    Shared by every session and never mutated: a rerun that changed nothing reads no analysis again.
    """
    machine, attached, _ = attachment_at(path, revision)
    with no_collections():
        return corrected_events(machine, attached)


@st.cache_resource(show_spinner="Reading the articles…", max_entries=4)
def table_at(path: str, revision: int, columns: tuple[str, ...] | None = None) -> EventSnapshot:
    """The event table of one revision (only these columns when given), its document count and warnings: the one the
    case keeps for it, else built from every analysis and kept in the case, so the next server to open this revision
    reads it at once."""
    store = store_at(path)
    with no_collections():  # 40,000 rows of tuples, lists and dicts, kept for the revision
        kept = kept_table(store, revision, columns)
    if kept is not None:
        return replace(kept, source=f"{path}@{revision}")
    if columns is not None:  # none kept for this revision: the whole table is brought up to date or built first
        whole = table_at(path, revision)
        return replace(whole, frame=whole.frame[[column for column in whole.frame.columns if column in columns]])
    with no_collections():  # after a save in Review: the kept table and the few documents the corrections touched
        updated = updated_table(store, revision)
    if updated is not None:
        keep_quietly(path, len(updated[0].frame), lambda: keep_updated_table(store, revision, *updated))
        return replace(updated[0], source=f"{path}@{revision}")
    analyses, clusters, frame = events_at(path, revision)
    snapshot, machine = case_snapshot(analyses, frame), attachment_at(path, revision)[0]
    keep_quietly(path, len(frame), lambda: keep_table(store, revision, machine, analyses, snapshot, clusters))
    return replace(snapshot, source=f"{path}@{revision}")


def keep_quietly(path: str, rows: int, keep: Callable[[], bool]) -> None:
    """Keep a table of `rows` rows in the case (a big one once the page is drawn); a full disk only means the case is
    read again at the next open, as before."""
    def kept() -> None:
        try:
            keep()
        except sqlite3.Error as error:
            logging.getLogger("newsmap").warning("The event table could not be kept in %s: %s", path, error)

    keep_after_drawing(rows, kept)


@st.cache_resource(show_spinner=False, max_entries=64)
def told_at(path: str, revision: int, ids: tuple[str, ...], columns: tuple[str, ...] | None) -> list[Cluster]:
    """The happenings of these event ids (the ids of the table of these columns), read from their own documents; the
    whole case's only if those no longer tell them (the case changed under this revision)."""
    table = table_at(path, revision, columns).frame
    rows = table[table["event_id"].isin(ids)]
    rows = rows.iloc[rows["event_id"].map({event_id: n for n, event_id in enumerate(ids)}).argsort()]
    told = told_clusters(store_at(path), rows)
    if told is None:
        by_id = clusters_by_id_at(path, revision)
        return [by_id[event_id] for event_id in ids if event_id in by_id]
    return told


@st.cache_resource(show_spinner=False, max_entries=2)
def clusters_by_id_at(path: str, revision: int) -> dict[str, Cluster]:
    """Each happening's cluster by the id of its first telling, for one revision (the evidence panel's look-up)."""
    return {cluster[0][1].id: cluster for cluster in events_at(path, revision)[1]}


def case_table(columns: tuple[str, ...] | None = None) -> EventSnapshot:
    """The case's event table (only these columns when given) with its document count and warnings, analysing new
    documents first."""
    store = case_store()
    return table_at(str(store.path), store.revision(), columns)


@st.cache_resource(show_spinner="Reading the case's table…", max_entries=2)
def kept_table_at(path: str, revision: int) -> EventSnapshot | None:
    """The table the case kept for this revision, which may be older than the case."""
    with no_collections():
        kept = kept_table(store_at(path), revision)
    return replace(kept, source=f"{path}@{revision}") if kept is not None else None


def review_table() -> tuple[EventSnapshot, bool]:
    """The event table Review queues the case by, and whether it is older than the case: for a big case, the one the
    case keeps even from before the latest saves (a save does not make it be read whole again; Explore brings the
    table up to date), else this revision's."""
    store = case_store()
    path, revision, kept = str(store.path), store.revision(), kept_revision(store)
    older = kept_table_at(path, kept) if kept is not None and kept != revision else None
    if older is not None and len(older.frame) >= BIG_TABLE:
        return older, True
    return case_table(), False


def happening(table: pd.DataFrame, event_id: str) -> Cluster | None:
    """The happening of this row of a table, every telling read from its own documents as the case holds them now
    (corrections laid over); None when the case no longer tells it so."""
    told = told_clusters(case_store(), table[table["event_id"] == event_id])
    return told[0] if told else None


def case_clusters(ids: list[str], columns: tuple[str, ...] | None = None) -> list[Cluster]:
    """The happenings of these ids of the event table (the one of these columns, which the page has read), each with
    every sentence that tells it, in this order (ids the table does not hold are left out)."""
    store = case_store()
    return told_at(str(store.path), store.revision(), tuple(ids), columns)


@st.cache_resource(show_spinner=False, max_entries=2)
def corrected_at(path: str, revision: int) -> Attachment:
    """The corrected documents' analyses and their corrections attached, for one revision (see corrected_documents)."""
    return corrected_documents(store_at(path))


def case_corrections() -> Attachment:
    """The analyses of the documents the analyst corrected, the corrections by the event they now attach to, and the
    orphaned ones: the rest of the case is not read."""
    store = case_store()
    return corrected_at(str(store.path), store.revision())
