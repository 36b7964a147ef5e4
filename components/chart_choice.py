"""What each chart of Explore chose, and which chosen events it draws outlined over its layer.

Streamlit mounts a chart anew whenever its figure changes (a whole redraw in the browser, over a second on a big
case), and Plotly already marks the points a click selects. So a chart draws outlined the events chosen elsewhere
(on the other chart, in the table), and its own choice only when the figure it was made on is no longer shown:
a click leaves the figure it was made on as it is, and the browser keeps that chart as it is.
"""
from __future__ import annotations

import hashlib

import streamlit as st

from components.event_frame import ids_from_selection
from components.filters import brush_from_chart

MAP, TIMELINE = "map", "timeline"
CHOSEN = {MAP: "map_chosen", TIMELINE: "timeline_chosen"}  # session keys: the events each chart chose
DRAWN = {MAP: "map_drawn", TIMELINE: "timeline_drawn"}  # the figure each chart showed at the last run
CLICKED_ON = {MAP: "map_clicked_on", TIMELINE: "timeline_clicked_on"}  # the figure its choice was made on
MAP_CLICKED = "map_clicked"  # the map chose anew this run: a cluster of several places opens
GENERATION = "chart_generation"  # bumped to clear the charts' own selections (a new key mounts them afresh)


def widget_key(chart: str) -> str:
    """The chart's widget key: a new one once the choices are cleared, so Plotly's own selection goes too."""
    return f"{chart}_selection_{st.session_state.get(GENERATION, 0)}"


def keep_chart_choice(chart: str) -> None:
    """Keep what a chart chose beyond its next redraw (Streamlit forgets a chart's selection once its figure
    changes), and the figure it was chosen on; a box across the timeline brushes time and chooses no event."""
    key = widget_key(chart)
    selection = (st.session_state.get(key) or {}).get("selection")
    if chart == TIMELINE and selection and selection.get("box"):
        brush_from_chart(key)
        selection = None
    st.session_state[CHOSEN[chart]] = ids_from_selection(selection)
    st.session_state[CLICKED_ON[chart]] = st.session_state.get(DRAWN[chart])
    st.session_state[MAP_CLICKED] = chart == MAP


def chart_choice(chart: str) -> set[str]:
    """The events a chart chose, until it chooses others or the choice is cleared."""
    return st.session_state.get(CHOSEN[chart]) or set()


def clear_chart_choices() -> None:
    """Forget what the charts chose, and the selection Plotly shows on them."""
    for chart in CHOSEN:
        st.session_state[CHOSEN[chart]] = set()
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1


def figure_id(layer: str, outlined: set[str]) -> str:
    """What a chart's figure is made of: its layer (what the view shows) and the events drawn outlined over it."""
    digest = hashlib.blake2b(layer.encode(), digest_size=16)
    digest.update("\x1f".join(sorted(outlined)).encode())
    return digest.hexdigest()


def outlined_on(chart: str, layer: str, elsewhere: set[str]) -> set[str]:
    """The events the chart draws outlined over its layer, and remember the figure drawn: those chosen elsewhere,
    else its own choice, unless it was made on the figure drawn now (Plotly shows it, and the chart stays)."""
    own = chart_choice(chart)
    shown_as_is = st.session_state.get(CLICKED_ON[chart]) == figure_id(layer, elsewhere)
    outlined = elsewhere or (set() if shown_as_is else own)
    st.session_state[DRAWN[chart]] = figure_id(layer, outlined)
    return outlined
