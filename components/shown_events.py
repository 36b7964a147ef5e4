"""The case's events a filter lets through, with the columns the views read, kept per case revision and filter: shared
by Explore and the first view the server builds ahead (components/first_view.py)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.explore_columns import VIEW_COLUMNS
from components.filters import EventFilter, apply_filter
from store.event_snapshot import EventSnapshot


def shown_events(frame: pd.DataFrame, chosen: EventFilter) -> pd.DataFrame:
    """The events the filter lets through, with the columns the views read."""
    return apply_filter(frame[[column for column in VIEW_COLUMNS if column in frame]], chosen)


@st.cache_resource(show_spinner=False, max_entries=4)
def kept_events(source: str, params: str, _frame: pd.DataFrame, _chosen: EventFilter) -> pd.DataFrame:
    """shown_events of one revision's table (`source`) and filter (`params`, as the link writes it), kept across runs:
    a click, a page of the table or another page's visit does not filter 40,000 rows again."""
    return shown_events(_frame, _chosen)


def events_of(case: EventSnapshot, chosen: EventFilter) -> pd.DataFrame:
    """The events of the case the filter lets through (kept per revision when the case says which it is)."""
    if not case.source:
        return shown_events(case.frame, chosen)
    params = "&".join(f"{key}={value}" for key, value in sorted(chosen.to_params().items()))
    return kept_events(case.source, params, case.frame, chosen)
