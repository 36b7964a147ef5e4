"""Explore: the map and the timeline side by side, linked, with each event's source sentence."""
from __future__ import annotations

from functools import partial

import streamlit as st

from components.event_frame import event_frame, ids_from_selection
from components.event_map import PLOTLY_CONFIG, map_figure, playback_figure
from components.event_timeline import GROUPINGS, event_moments, time_window, timeline_figure
from components.filters import (apply_filter, brush_controls, brush_from_chart, current_brush, filter_controls,
                                overlapping)
from components.evidence import render_evidence
from components.safe_text import plain

MAP_KEY, TIMELINE_KEY = "map_selection", "timeline_selection"
PLOTLY_LOADED = "plotly_loaded"  # this session's browser has plotly.js


def selected_ids(key: str) -> set[str]:
    """The event ids chosen in a chart during the previous run; a box on the timeline brushes time, chooses none."""
    selection = (st.session_state.get(key) or {}).get("selection")
    return set() if key == TIMELINE_KEY and selection and selection.get("box") else ids_from_selection(selection)


st.title("Explore")
header = st.container()  # filled once the case is read, above the map
left, right = st.columns(2, gap="medium")
with left:
    st.subheader("Map")
    show_paths = st.toggle("Show actors' paths (in time order)", key="show_paths")
    map_slot = st.empty()
timeline_area = right.container()
playback_area = st.container()
# Filled before the charts: the browser shows the sentence first, then redraws the map and the timeline.
evidence_area = st.container()
if not st.session_state.get(PLOTLY_LOADED):
    # A browser that has drawn no chart yet gets the bare base map first: it loads plotly.js and the countries
    # while the case is read (and new articles analysed).
    map_slot.plotly_chart(map_figure(event_frame([]), set()), config=PLOTLY_CONFIG, width="stretch")
    st.session_state[PLOTLY_LOADED] = True

from components.case_state import case_events  # noqa: E402 (after the base map: it loads the language pipeline)

analyses, clusters, all_events = case_events()
cluster_of = {cluster[0][1].id: cluster for cluster in clusters}
brushed_range = current_brush()
with header:
    events = apply_filter(all_events, filter_controls(all_events))
    # The map and the table show the brushed days' events; the timeline shows every event, the brush shaded.
    brushed = events[overlapping(events, *brushed_range.bounds())] if brushed_range else events
    placed, dated = brushed["lat"].notna().sum(), events["date_start"].notna().sum()
    st.caption(
        f"{len(analyses)} document(s) · {len(events)} events"
        + (f" of {len(all_events)} (filtered)" if len(events) < len(all_events) else "")
        + (f" · {len(brushed)} from {brushed_range.first} to {brushed_range.last}" if brushed_range else "")
        + f" · {placed} on the map · {dated} on the timeline. Select a place on the map to narrow the timeline; "
        "box-select across the timeline (or move the range under it) to show a stretch of time; click an event to "
        "read its sentence."
    )
    for analysis in analyses:
        for warning in analysis.warnings:
            st.warning(plain(warning), icon=":material/warning:")

map_ids = selected_ids(MAP_KEY) & set(brushed["event_id"])
timeline_events = events[events["event_id"].isin(map_ids)] if map_ids else events
timeline_ids = selected_ids(TIMELINE_KEY) & set(timeline_events["event_id"])

with evidence_area:
    st.subheader("Evidence")
    focus = [cluster_of[i] for i in sorted(timeline_ids or map_ids) if i in cluster_of]
    if not focus:
        st.info("Select an event on the timeline or a place on the map to read the sentences behind it.")
    for cluster in focus[:10]:
        with st.container(border=True):
            if len(cluster) > 1:
                st.caption(f"Told {len(cluster)} times — every telling below.")
            for analysis, event in cluster:
                render_evidence(analysis, event)
    if len(focus) > 10:
        st.caption(f"… and {len(focus) - 10} more selected events.")

map_slot.plotly_chart(
    map_figure(brushed, timeline_ids, show_paths), key=MAP_KEY, on_select="rerun",
    selection_mode=("points", "box", "lasso"), config=PLOTLY_CONFIG, width="stretch",
)
with timeline_area:
    st.subheader("Timeline" + (f" · {len(timeline_events)} event(s) at the selected place(s)" if map_ids else ""))
    grouping = st.segmented_control("Rows", list(GROUPINGS), default="Event type", key="timeline_rows")
    bounds = brushed_range.bounds() if brushed_range else None
    st.plotly_chart(
        timeline_figure(timeline_events, timeline_ids, GROUPINGS[grouping or "Event type"], bounds),
        key=TIMELINE_KEY, on_select=partial(brush_from_chart, TIMELINE_KEY), selection_mode=("points", "box"),
        width="stretch",
    )
    moments = event_moments(timeline_events).dropna()
    window = time_window(moments, bounds)[0] if len(moments) else None
    brush_controls((window[0].date(), window[1].date()) if window else None)
with playback_area:
    if st.toggle("Playback: the map day by day", key="show_playback"):  # drawn only when asked: a second map costs
        st.plotly_chart(playback_figure(brushed), config=PLOTLY_CONFIG, width="stretch", key="playback")

with st.expander(f"All events ({len(brushed)}" + (" in the time range)" if brushed_range else ")")):
    st.dataframe(
        brushed[["date_value", "type", "actors", "place", "place_precision", "date_origin", "sentence", "sources",
                "documents"]],
        hide_index=True, width="stretch",
    )
