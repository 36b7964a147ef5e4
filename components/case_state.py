"""The case as the pages see it: one store per case file and app process."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from extractors.model import Analysis
from store.case import CaseStore
from store.corrections import apply_corrections
from store.workspace import current_analyses, default_case_path, open_case


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
