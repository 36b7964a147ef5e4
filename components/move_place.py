"""Move every event at one place to another in one save: one transaction, refused whole if another session changed
any of those events since the page showed them."""
from __future__ import annotations

import streamlit as st

from components.review_queue import NOTICE_KEY
from components.safe_text import plain
from core.model import Event
from extractors.version import pipeline_version
from store.case import CaseStore
from store.case_settings import online_enabled
from store.corrections import Correction, CorrectionConflict, validate
from store.place_moves import moves, place_fields, place_key, places_of

CUSTOM = "Other coordinates…"


@st.cache_resource(show_spinner=False, max_entries=2)
def case_places(path: str, revision: int, _store: CaseStore, _events: list[Event]) -> dict[str, dict]:
    """Every place the case's documents name or place an event at, as a correction holds it, for one revision."""
    named = _store.named_places(pipeline_version(online_enabled(_store)))
    places = {place_key(p): place_fields(p) for p in named}
    places.update({place_key(e.place): place_fields(e.place) for e in _events
                   if e.place is not None and e.place.resolved})
    return dict(sorted(places.items()))


def move_section(store: CaseStore, events: list[Event], shown: dict[str, Correction], seen: dict[str, int]) -> None:
    """The form; a move that lands redraws the page, one refused says why and moves nothing."""
    at = places_of(events)
    targets = case_places(str(store.path), store.revision(), store, events)
    with st.form("move-place"):
        source = st.selectbox("Every event at", list(at), index=None, placeholder="a place on the map",
                              format_func=lambda k: f"{k} — {len(at[k])} event(s)", key="move-source")
        target = st.selectbox("Moves to", [*targets, CUSTOM], index=None, placeholder="another place",
                              key="move-target")
        name_column, lat_column, lon_column = st.columns(3)
        name = name_column.text_input("Name of the new place (for other coordinates)", key="move-name")
        lat = lat_column.number_input("New latitude", -90.0, 90.0, value=None, format="%.4f", key="move-lat")
        lon = lon_column.number_input("New longitude", -180.0, 180.0, value=None, format="%.4f", key="move-lon")
        if not st.form_submit_button("Move them all"):
            return
    if source is None or target is None or target == source:
        st.error("Not moved: pick a place with events and another place to move them to.")
        return
    place = {"name": name.strip(), "lat": lat, "lon": lon} if target == CUSTOM else targets[target]
    try:
        validate({"place": place})
        revision = store.save_corrections(moves(at[source], shown, place))
    except ValueError as error:
        st.error(f"Not moved: {error}")
    except CorrectionConflict:
        st.error("Not moved: another session changed one of these events since this page showed them; nothing was "
                 "moved. The page now shows their changes: move them again.")
    else:
        seen.update({event.id: revision for event in at[source]})  # the forms now show the move
        where = plain(place["name"]) or "the coordinates"
        st.session_state[NOTICE_KEY] = f"Moved {len(at[source])} event(s) to {where}."
        st.rerun()
