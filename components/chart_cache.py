"""The charts' static layers kept per view, shared by every session: a rerun that only chooses (a click, a ticked
row, a rerun that changed nothing) builds neither chart again."""
from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from components.event_map import MapLayer, map_layer
from components.event_timeline import TimelineLayer, timeline_height, timeline_layer

LAYERS_KEPT = 4  # views per chart: a few filters back and forth; a 10,000-article view holds about 10 MB


def view_key(source: str, events: pd.DataFrame) -> str:
    """What a chart of these events depends on: the case revision their table was read at, and which rows it shows."""
    digest = hashlib.blake2b(source.encode(), digest_size=16)
    digest.update("\x1f".join(events["event_id"].tolist()).encode())
    return digest.hexdigest()


@st.cache_resource(show_spinner=False, max_entries=LAYERS_KEPT)
def map_layer_at(view: str, _events: pd.DataFrame, show_paths: bool, height: int, ranges: dict) -> MapLayer:
    """The map of the view with nothing chosen."""
    return map_layer(_events, show_paths, height, ranges)


@st.cache_resource(show_spinner=False, max_entries=LAYERS_KEPT)
def timeline_layer_at(view: str, _events: pd.DataFrame, group_by: str,
                      brush: tuple[pd.Timestamp, pd.Timestamp] | None) -> TimelineLayer:
    """The timeline of the view with nothing chosen."""
    return timeline_layer(_events, group_by, brush)


@st.cache_resource(show_spinner=False, max_entries=LAYERS_KEPT)
def timeline_height_at(view: str, _events: pd.DataFrame, group_by: str,
                       brush: tuple[pd.Timestamp, pd.Timestamp] | None) -> int | None:
    """How tall the timeline of the view is drawn, known before it is built."""
    return timeline_height(_events, group_by, brush)
