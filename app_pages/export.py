"""Export: the events as CSV, GeoJSON, KML, TimelineJS or a standalone HTML page; the case as a file to share."""
from __future__ import annotations

import json

import streamlit as st

from components.case_state import case_events, case_store
from components.event_map import map_figure
from components.event_timeline import timeline_figure
from store.case_file import CaseFileError, export_case, import_case
from store.exports import events_csv, events_geojson, events_kml, events_timelinejs, standalone_html

st.title("Export")
store = case_store()
analyses, _, events = case_events()
st.caption(f"{len(events)} events from {len(analyses)} document(s), with your corrections.")

downloads = [
    ("CSV (spreadsheets)", "newsmap-events.csv", "text/csv", lambda: events_csv(events)),
    ("GeoJSON (GIS, kepler.gl)", "newsmap-events.geojson", "application/geo+json",
     lambda: json.dumps(events_geojson(events), ensure_ascii=False)),
    ("KML (Google Earth)", "newsmap-events.kml", "application/vnd.google-earth.kml+xml", lambda: events_kml(events)),
    ("TimelineJS JSON", "newsmap-timeline.json", "application/json",
     lambda: json.dumps(events_timelinejs(events), ensure_ascii=False)),
    ("Standalone HTML (map and timeline, opens offline)", "newsmap.html", "text/html",
     lambda: standalone_html(map_figure(events, set()), timeline_figure(events, set()))),
    ("Case file (import it in another copy of Newsmap)", "newsmap-case.json", "application/json",
     lambda: export_case(store, analyses)),
]
for label, file_name, mime, render in downloads:
    st.download_button(label, data=render(), file_name=file_name, mime=mime, key=file_name)

st.subheader("Import a case file")
uploaded = st.file_uploader("A newsmap-case.json made by Export", type=["json"])
if uploaded is not None and st.button("Import"):
    try:
        documents, corrections = import_case(store, uploaded.getvalue())
    except CaseFileError as error:
        st.error(f"**{uploaded.name}** was not imported: {error}")
    else:
        st.success(f"Imported {documents} new document(s) and {corrections} correction(s) from {uploaded.name}.")
