"""Explore: the map and the timeline side by side, linked, the event table under them with each event's sentences."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.chart_choice import (CHOSEN, MAP, MAP_CLICKED, TIMELINE, chart_choice, clear_chart_choices,
                                     keep_chart_choice, outlined_on, widget_key)
from components.chosen_link import EVENTS_PARAM, MAP_PARAM, seed_choice, write_choices
from components.case_warnings import show_warnings
from components.chart_cache import map_layer_at, timeline_height_at, timeline_layer_at, view_key
from components.chart_layers import ReadyFigure
from components.event_map import PLOTLY_CONFIG, base_map, map_height, map_ranges, playback_figure
from components.event_table import COLUMN_CONFIG, chosen_ids, pages_of, searched_rows, table_height, table_key
from components.event_timeline import DEFAULT_ROWS, GROUPINGS, event_moments, time_window
from components.filters import (FILTER_PARAMS, RANGE_PARAM, EventFilter, brush_controls,
                                current_brush, filter_controls, overlapping)
from components.evidence import render_evidence
from components.explore_columns import CASE_COLUMNS
from components.map_frame import WORLD, outside
from components.map_outline import outline_on_map
from components.page_memory import remember_link, restore_link
from components.safe_text import plain
from components.shown_events import events_of
from components.timeline_outline import outline_on_timeline
from store.event_snapshot import EventSnapshot

PAGE = "Explore"
LINK_PARAMS = (*FILTER_PARAMS, RANGE_PARAM, MAP_PARAM, EVENTS_PARAM)  # what a visit to another page must not lose
FRAME, STORY, ZOOMED, WORLD_FRAME = "frame", "Story", "Chosen", "World"  # the map's frame control and its choices
TABLE_GENERATION, SEARCH, TABLE_PAGE = "table_generation", "table_search", "table_page"
PLOTLY_LOADED = "plotly_loaded"  # this session's browser has plotly.js
MOST_TELLINGS = 4  # tellings of one happening shown as evidence: a wire story copied forty times is read four times
# A laptop's screen for the charts: less blank above and beside the page; the charts side by side down to a small
# laptop's width, stacked below it (Streamlit alone stacks columns only on phones).
PAGE_STYLE = """<style>
[data-testid="stMainBlockContainer"] {padding: 3.5rem 2.5rem 3rem}
@media (max-width: 1100px) {
  .st-key-charts [data-testid="stHorizontalBlock"] {flex-direction: column}
  .st-key-charts [data-testid="stColumn"] {width: 100% !important; flex: 1 1 auto !important}
}</style>"""


def clear_choices() -> None:
    """Forget what the charts and the table chose (the table's rows, by giving it a new key)."""
    clear_chart_choices()
    st.session_state[TABLE_GENERATION] = st.session_state.get(TABLE_GENERATION, 0) + 1
    st.session_state[TABLE_PAGE] = 1
    if st.session_state.get(FRAME) == ZOOMED:
        st.session_state[FRAME] = STORY


def shown_of(events: pd.DataFrame, ids: set[str]) -> set[str]:
    """Which of these ids the events hold (looked up column-wise: a big case shows 100,000 events)."""
    return set(events.loc[events["event_id"].isin(ids), "event_id"].tolist()) if ids else set()


def places_of(events: pd.DataFrame, ids: set[str]) -> int:
    """How many places the events stand at: a choice at several places is a cluster to open."""
    return len(events.loc[events["event_id"].isin(ids), ["lat", "lon"]].dropna().drop_duplicates())


def frame_control(events: pd.DataFrame, map_ids: set[str]) -> str:
    """The map's frame, kept in the link: a click on a cluster of several places opens it (zooms in on it)."""
    if st.session_state.pop(MAP_CLICKED, False) and places_of(events, map_ids) > 1:
        st.session_state[FRAME] = ZOOMED
    return st.segmented_control(
        "Map frame", [STORY, ZOOMED, WORLD_FRAME], default=STORY, key=FRAME, required=True, bind="query-params",
        label_visibility="collapsed",
        help="Story: the events shown, a few far-off ones aside. Chosen: the events chosen on the map (a cluster "
        "clicked opens there), else in the table or on the timeline. World: every placed event.")


@dataclass(frozen=True)
class TableView:
    """The table's rows for this run: read before the charts (the rows ticked in it outline their events there), drawn
    after them (at 10,000 articles the browser spends half a second on its thousand rows: the charts come first)."""

    rows: pd.DataFrame
    left_out: str
    found: int
    key: str
    narrowed: bool


def table_view(events: pd.DataFrame, narrowed: bool) -> TableView:
    """The rows of the events shown that the table's search (as its box holds it) lets through, on the page its
    control is at."""
    rows, left_out, found = searched_rows(events, st.session_state.get(SEARCH) or "",
                                          st.session_state.get(TABLE_PAGE) or 1)
    return TableView(rows, left_out, found, table_key(rows, st.session_state.get(TABLE_GENERATION, 0)), narrowed)


def ticked_ids(view: TableView) -> set[str]:
    """The ids of the rows the analyst ticked, as the table's widget kept them since the last run."""
    return chosen_ids(view.rows, (st.session_state.get(view.key) or {}).get("selection"))


def event_table(view: TableView) -> None:
    """The searchable table of the events shown, its rows ticked as the analyst left them."""
    search, clear = st.columns([3, 1.4], vertical_alignment="bottom")
    text = search.text_input("Search the table", key=SEARCH, placeholder="a place, an actor, a type, a word…",
                             persist_state="session")
    clear.button("Clear all selections", icon=":material/deselect:", on_click=clear_choices, width="stretch")
    st.caption(f"{view.found:,} event(s)"
               + (" chosen on the map or the timeline" if view.narrowed else "")
               + (f" holding '{plain(text.strip())}'" if text.strip() else "")
               + ". Click a column's name to sort; tick rows to outline their events on the map and the timeline."
               + view.left_out)
    st.dataframe(view.rows, key=view.key, hide_index=True, column_config=COLUMN_CONFIG, on_select="rerun",
                 selection_mode="multi-row", height=table_height(view.rows), width="stretch")
    pages = pages_of(view.found)
    if pages > 1:  # a big case's rows come a page at a time: the browser gets what it shows
        st.session_state[TABLE_PAGE] = min(max(st.session_state.get(TABLE_PAGE) or 1, 1), pages)
        st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=TABLE_PAGE, width=160)


@dataclass(frozen=True)
class Panes:
    """Where the workspace writes: laid out once per run, above and around the charts."""

    summary: DeltaGenerator
    frame_area: DeltaGenerator
    map_slot: DeltaGenerator
    map_note: DeltaGenerator
    outlines: DeltaGenerator
    timeline_area: DeltaGenerator
    playback_area: DeltaGenerator
    table_area: DeltaGenerator
    evidence_area: DeltaGenerator


@st.fragment
def workspace(panes: Panes, case: EventSnapshot, events: pd.DataFrame, filtered: bool, show_paths: bool
              ) -> None:
    """Everything a choice changes: the brushed days, the charts, the table and the evidence (`filtered`: whether the
    analyst narrowed the case). A click, a ticked row or a brush reruns only this, not the filters above it."""
    brushed_range = current_brush()
    # The map and the table show the brushed days' events; the timeline shows every event, the brush shaded.
    brushed = events[overlapping(events, *brushed_range.bounds())] if brushed_range else events
    placed, dated = brushed["lat"].notna().sum(), events["date_start"].notna().sum()
    panes.summary.caption(
        f"{case.documents} document(s) · {len(events)} events"
        + (f" of {len(case.frame)} ({'filtered' if filtered else 'denied and hypothetical ones hidden'})"
           if len(events) < len(case.frame) else "")
        + (f" · {len(brushed)} from {brushed_range.first} to {brushed_range.last}" if brushed_range else "")
        + f" · {placed} on the map · {dated} on the timeline",
        help="Select a place on the map to narrow the timeline and the table; box-select across the timeline (or move "
        "the range under it) to show a stretch of time; click an event, or tick it in the table, to read its "
        "sentences.",
    )
    for chart, param in ((MAP, MAP_PARAM), (TIMELINE, EVENTS_PARAM)):
        seed_choice(CHOSEN[chart], param)
    map_ids = shown_of(brushed, chart_choice(MAP))
    timeline_events = events[events["event_id"].isin(map_ids)] if map_ids else events
    timeline_ids = shown_of(timeline_events, chart_choice(TIMELINE))
    if map_ids:
        panes.summary.caption(f"The timeline shows the {len(timeline_events)} event(s) at the place(s) chosen on "
                              "the map.")
    chart_ids = timeline_ids or map_ids  # what the charts chose narrows the table

    table = table_view(events[events["event_id"].isin(chart_ids)] if chart_ids else brushed, bool(chart_ids))
    table_ids = ticked_ids(table)
    outlined = table_ids or timeline_ids  # the rows ticked in the table, else the event clicked on the timeline

    # Filled before the charts: the browser shows the sentence first, then redraws the map and the timeline.
    with panes.evidence_area:
        st.subheader("Evidence")
        chosen = sorted(outlined or map_ids)
        if not chosen:
            st.info("Select an event on the timeline, a place on the map or rows in the table to read the sentences "
                    "behind them.")
        for cluster in case_clusters(chosen[:10], CASE_COLUMNS):
            with st.container(border=True):
                if len(cluster) > 1:
                    shown = ("every telling below." if len(cluster) <= MOST_TELLINGS
                             else f"the first {MOST_TELLINGS} below; Review lists them all.")
                    st.caption(f"Told {len(cluster)} times — {shown}")
                for analysis, event in cluster[:MOST_TELLINGS]:
                    render_evidence(analysis, event)
        if len(chosen) > 10:
            st.caption(f"… and {len(chosen) - 10} more selected events.")

    with panes.timeline_area:
        grouping = st.segmented_control("Timeline rows", list(GROUPINGS), default=DEFAULT_ROWS, key="rows",
                                        required=True, bind="query-params", label_visibility="collapsed")
        bounds = brushed_range.bounds() if brushed_range else None
    timeline_view = view_key(case.source, timeline_events)
    with panes.frame_area:
        frame = frame_control(brushed, map_ids)
    # The map is built and sent first, as tall as the timeline will be: the browser draws it while the timeline is made.
    height = map_height(timeline_height_at(timeline_view, timeline_events, GROUPINGS[grouping], bounds))
    focus = (map_ids or outlined) if frame == ZOOMED else None  # the events the map zooms in on
    ranges = WORLD if frame == WORLD_FRAME else map_ranges(brushed, height, focus)
    map_view = view_key(case.source, brushed)
    map_layer = map_layer_at(map_view, brushed, show_paths, height, ranges)
    # The map's figure is its layer alone: what the timeline or the table chooses is outlined in the browser over
    # the map as drawn, not by a new figure Streamlit would draw whole again.
    panes.map_slot.plotly_chart(
        ReadyFigure(map_layer.static.spec), key=widget_key(MAP), on_select=partial(keep_chart_choice, MAP),
        selection_mode=("points", "box", "lasso"), config=PLOTLY_CONFIG, width="stretch",
    )
    with panes.outlines:
        outline_on_map(widget_key(MAP), map_layer,
                       outlined_on(MAP, f"{map_view} {show_paths} {height} {ranges}", outlined))
    left_out = outside(brushed[["lat", "lon"]].dropna(), ranges).sum()
    if left_out:
        panes.map_note.caption(f"{left_out} placed event(s) lie outside this frame: World shows them.")
    else:  # written at every run: a fragment keeps its place in a container only if it wrote there every time
        panes.map_note.empty()
    with panes.timeline_area:
        timeline_layer = timeline_layer_at(timeline_view, timeline_events, GROUPINGS[grouping], bounds)
        # Its figure is its layer alone, as the map's: what the table chooses is outlined in the browser.
        st.plotly_chart(ReadyFigure(timeline_layer.static.spec), key=widget_key(TIMELINE),
                        on_select=partial(keep_chart_choice, TIMELINE), selection_mode=("points", "box"),
                        width="stretch")
        moments = event_moments(timeline_events).dropna()
        window = time_window(moments, bounds)[0] if len(moments) else None
        brush_controls((window[0].date(), window[1].date()) if window else None)
    with panes.outlines:
        outline_on_timeline(widget_key(TIMELINE), timeline_layer,
                            outlined_on(TIMELINE, f"{timeline_view} {grouping} {bounds}", table_ids))
    with panes.playback_area:
        if st.toggle("Playback: the map day by day", key="playback", bind="query-params"):  # a second map: when asked
            st.plotly_chart(playback_figure(brushed), config=PLOTLY_CONFIG, width="stretch", key="playback_map")
    with panes.table_area:
        st.subheader("Events")
        event_table(table)
    write_choices(map_ids, outlined)
    remember_link(PAGE, LINK_PARAMS)


restore_link(PAGE, LINK_PARAMS)
st.html(PAGE_STYLE)
header = st.container()  # filled once the case is read, above the map
left, right = st.container(key="charts").columns(2, gap="medium")
with left:
    paths_area, frame_area = st.columns([1, 1.1], vertical_alignment="center")  # the frame's three choices whole
    show_paths = paths_area.toggle("Actors' paths", key="paths", bind="query-params",
                                   help="Each busy actor's path between places, in time order")
    map_slot = st.empty()
    map_note = st.empty()
    outlines = st.container()  # the scripts outlining the chosen events on the charts as drawn
timeline_area = right.container()
playback_area = st.container()
table_area, evidence_area = st.columns([3, 2], gap="medium")
if not st.session_state.get(PLOTLY_LOADED):
    # A browser that has drawn no chart yet gets the bare base map first: it loads plotly.js and the countries
    # while the case is read (and new articles analysed).
    map_slot.plotly_chart(ReadyFigure(base_map()), config=PLOTLY_CONFIG, width="stretch")
    st.session_state[PLOTLY_LOADED] = True

# Imported after the base map is sent: it loads the language pipeline.
from components.case_state import case_clusters, case_table  # noqa: E402

case = case_table(CASE_COLUMNS)
with header:
    chosen_filter = filter_controls(case.frame, case.source)
    summary = st.container()  # what the view holds, written with the brush and the choices
    show_warnings(case.warnings)
workspace(Panes(summary, frame_area, map_slot, map_note, outlines, timeline_area, playback_area, table_area,
                evidence_area),
          case, events_of(case, chosen_filter), chosen_filter != EventFilter(), show_paths)
