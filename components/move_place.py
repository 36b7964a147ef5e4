"""Move every event at one place to another in one save: one transaction, refused whole if another session changed
any of those events since the page showed them."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.case_state import case_store
from components.review_queue import NOTICE_KEY
from components.safe_text import plain
from core.model import Event
from extractors.version import pipeline_version
from store.case import CaseStore
from store.case_settings import online_enabled
from store.corrections import Correction, CorrectionConflict, validate
from service.case_events import told_clusters
from store.named_places import case_named_places
from store.place_moves import key_of, moves, place_fields, place_key

CUSTOM = "Other coordinates…"


@st.cache_resource(show_spinner=False, max_entries=2)
def case_places(path: str, revision: int, _store: CaseStore, _table: pd.DataFrame) -> dict[str, dict]:
    """Every place the case's documents name or place an event at, as a correction holds it, for one revision."""
    named = case_named_places(_store, pipeline_version(online_enabled(_store)))
    places = {place_key(p): place_fields(p) for p in named}
    placed = _table.loc[_table["lat"].notna(), ["place", "lat", "lon", "country_code"]].drop_duplicates()
    for name, lat, lon, country in placed.itertuples(index=False):
        places.setdefault(key_of(name, lat, lon), {"name": name, "lat": lat, "lon": lon, "country_code": country,
                                                   "feature_class": ""})
    return dict(sorted(places.items()))


@st.cache_resource(show_spinner=False, max_entries=2)
def places_in(source: str, _table: pd.DataFrame) -> dict[str, list[str]]:
    """The happenings at each place on the map (their event ids), by place key, the busiest place first, for the table
    read at `source` (a case and its revision): kept across runs, as each Next in Review grouped 33,000 rows again
    (0.3-0.4 s at 10,000 articles)."""
    placed = _table[_table["lat"].notna()]
    keys = [key_of(name, lat, lon) for name, lat, lon in zip(placed["place"], placed["lat"], placed["lon"])]
    grouped = pd.Series(placed["event_id"].to_numpy(), index=keys).groupby(level=0, sort=False).agg(list)
    return dict(sorted(grouped.items(), key=lambda item: -len(item[1])))


def tellings_at_place(table: pd.DataFrame, ids: list[str], key: str) -> list[Event] | None:
    """Every telling of these happenings that stands at the place, read from their documents as the case holds them
    now; None when the case no longer tells one of them."""
    told = told_clusters(case_store(), table[table["event_id"].isin(ids)])
    if told is None:
        return None
    return [event for cluster in told for _, event in cluster
            if event.place is not None and event.place.resolved and place_key(event.place) == key]


def move_section(store: CaseStore, table: pd.DataFrame, source: str, shown: dict[str, Correction],
                 seen: dict[str, int]) -> None:
    """The form (`source`: the case and revision the table was read at); a move that lands redraws the page, one
    refused says why and moves nothing."""
    at = places_in(source, table)
    targets = case_places(str(store.path), store.revision(), store, table)
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
    events = tellings_at_place(table, at[source], source)
    if not events:
        st.error("Not moved: the case changed since this list was made; open Explore to bring it up to date.")
        return
    try:
        validate({"place": place})
        revision = store.save_corrections(moves(events, shown, place))
    except ValueError as error:
        st.error(f"Not moved: {error}")
    except CorrectionConflict:
        st.error("Not moved: another session changed one of these events since this page showed them; nothing was "
                 "moved. The page now shows their changes: move them again.")
    else:
        seen.update({event.id: revision for event in events})  # the forms now show the move
        where = plain(place["name"]) or "the coordinates"
        st.session_state[NOTICE_KEY] = f"Moved {len(events)} event(s) to {where}."
        st.rerun()
