"""The case as the pages see it: one store per case file, its analyses and events cached per case revision."""
from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import streamlit as st

from components.event_frame import Cluster
from core.model import Analysis
from service.analysis import open_case
from service.case_events import (Attachment, CaseEvents, attachment, case_snapshot, corrected_analyses,
                                 corrected_events, keep_table, kept_table, told_clusters)
from store.case import CaseStore
from store.case_open import CaseError
from store.case_settings import default_case_path
from store.event_snapshot import EventSnapshot


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
    """Hold Python's cycle collector while a case's objects are built: 10,000 articles make millions of objects, and
    each full collection on the way would walk every one of them again (a third of the time)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def attachment_at(path: str, revision: int) -> Attachment:
    """The machine's analyses, each correction on the event it belongs to, and those fitting no event."""
    with no_collections():
        return attachment(store_at(path))


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def analyses_at(path: str, revision: int) -> list[Analysis]:
    """Analyses with the analyst's corrections laid over, for one revision (shared by every session, never mutated)."""
    machine, attached, _ = attachment_at(path, revision)
    with no_collections():
        return corrected_analyses(machine, attached)


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def events_at(path: str, revision: int) -> CaseEvents:
    """Analyses with the analyst's corrections laid over, their event clusters and table, for one revision.

    Shared by every session and never mutated: a rerun that changed nothing reads no analysis again.
    """
    machine, attached, _ = attachment_at(path, revision)
    with no_collections():
        return corrected_events(machine, attached, analyses_at(path, revision))


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def table_at(path: str, revision: int) -> EventSnapshot:
    """The event table of one revision, its document count and warnings: the one the case keeps for it, else built
    from every analysis and kept in the case, so the next server to open this revision reads it at once."""
    store = store_at(path)
    kept = kept_table(store, revision)
    if kept is not None:
        return replace(kept, source=f"{path}@{revision}")
    analyses, _, frame = events_at(path, revision)
    snapshot = case_snapshot(analyses, frame)
    try:
        keep_table(store, revision, attachment_at(path, revision)[0], snapshot)
    except sqlite3.Error as error:  # a full disk: the case is read whole again at the next open, as before
        logging.getLogger("newsmap").warning("The event table could not be kept in %s: %s", path, error)
    return replace(snapshot, source=f"{path}@{revision}")


@st.cache_resource(show_spinner=False, max_entries=64)
def told_at(path: str, revision: int, ids: tuple[str, ...]) -> list[Cluster]:
    """The happenings of these event ids (the table's ids), read from their own documents; the whole case's only if
    those no longer tell them (the case changed under this revision)."""
    table = table_at(path, revision).frame
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


def case_table() -> EventSnapshot:
    """The case's event table with its document count and warnings, analysing new documents first."""
    store = case_store()
    return table_at(str(store.path), store.revision())


def case_clusters(ids: list[str]) -> list[Cluster]:
    """The happenings of these ids of the event table, each with every sentence that tells it, in this order (ids
    the table does not hold are left out)."""
    store = case_store()
    return told_at(str(store.path), store.revision(), tuple(ids))


def case_corrections() -> Attachment:
    """The machine's analyses, the corrections by the event they now attach to, and the orphaned ones."""
    store = case_store()
    return attachment_at(str(store.path), store.revision())


def case_analyses() -> list[Analysis]:
    """Every document's analysis with the analyst's corrections laid over (their happenings left ungathered)."""
    store = case_store()
    return analyses_at(str(store.path), store.revision())
