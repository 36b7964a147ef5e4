"""The case as the pages see it: one store per case file, its analyses and events cached per case revision."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import streamlit as st

from components.event_frame import Cluster, event_clusters, frame_of
from core.model import Analysis
from store.case import CaseStore
from store.case_open import CaseError
from store.corrections import Correction, Orphan, apply_corrections, attach, merge_targets
from service.analysis import current_analyses, open_case
from store.case_settings import default_case_path

CaseEvents = tuple[list[Analysis], list[Cluster], pd.DataFrame]
Attachment = tuple[list[Analysis], dict[str, Correction], list[Orphan]]


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
    store = store_at(path)
    with no_collections():
        analyses = current_analyses(store)
        return analyses, *attach(store.correction_rows(), analyses)


@st.cache_resource(show_spinner="Reading the articles…", max_entries=2)
def events_at(path: str, revision: int) -> CaseEvents:
    """Analyses with the analyst's corrections laid over, their event clusters and table, for one revision.

    Shared by every session and never mutated: a rerun that changed nothing reads no analysis again.
    """
    machine, attached, _ = attachment_at(path, revision)
    corrections = {event_id: correction.fields for event_id, correction in attached.items()}
    with no_collections():
        analyses = [apply_corrections(analysis, corrections) for analysis in machine]
        clusters = event_clusters(analyses, merge_targets(corrections))
        return analyses, clusters, frame_of(clusters)


@st.cache_resource(show_spinner=False, max_entries=2)
def clusters_by_id_at(path: str, revision: int) -> dict[str, Cluster]:
    """Each happening's cluster by the id of its first telling, for one revision (the evidence panel's look-up)."""
    return {cluster[0][1].id: cluster for cluster in events_at(path, revision)[1]}


def case_events() -> CaseEvents:
    """The case's analyses, event clusters and event table, analysing new documents first."""
    store = case_store()
    return events_at(str(store.path), store.revision())


def case_clusters_by_id() -> dict[str, Cluster]:
    """Each happening's cluster by the id the event table gives it."""
    store = case_store()
    return clusters_by_id_at(str(store.path), store.revision())


def case_corrections() -> Attachment:
    """The machine's analyses, the corrections by the event they now attach to, and the orphaned ones."""
    store = case_store()
    return attachment_at(str(store.path), store.revision())


def case_analyses() -> list[Analysis]:
    """Every document's analysis with the analyst's corrections laid over."""
    return case_events()[0]
