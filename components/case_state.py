"""The case as the pages see it: one store per case file and app process."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from components.event_frame import Cluster, event_clusters, frame_of

from extractors.model import Analysis
from store.case import CaseStore
from store.corrections import apply_corrections
from store.workspace import current_analyses, default_case_path, open_case

EVENTS_KEY = "case_events"


@st.cache_resource(show_spinner=False)
def store_at(path: str) -> CaseStore:
    """Open a case file once per server process; SQLite keeps it on disk, not in memory."""
    return open_case(Path(path))


def case_store() -> CaseStore:
    """The case the app works on ($NEWSMAP_CASE or the default one)."""
    return store_at(str(default_case_path()))


def case_analyses() -> list[Analysis]:
    """Every document's analysis with the analyst's corrections laid over, analysing new documents first."""
    store = case_store()
    with st.spinner("Reading the articles…"):
        analyses = current_analyses(store)
    corrections = store.corrections()
    return [apply_corrections(analysis, corrections) for analysis in analyses]


def case_events() -> tuple[list[Analysis], list[Cluster], pd.DataFrame]:
    """The case's analyses, event clusters and event table, recomputed only when the case changed."""
    analyses = case_analyses()
    revision = json.dumps([[a.document.id, a.pipeline_version, a.document.published, a.document.language,
                            [e.id for e in a.events]] for a in analyses] + [case_store().corrections()],
                          sort_keys=True, default=str)
    cached = st.session_state.get(EVENTS_KEY)
    if cached is None or cached[0] != revision:
        clusters = event_clusters(analyses)
        cached = (revision, clusters, frame_of(clusters))
        st.session_state[EVENTS_KEY] = cached
    return analyses, cached[1], cached[2]
