"""Export: the events as CSV, GeoJSON, KML, TimelineJS or a standalone HTML page; the case as a file to share.

The page reads the event table the case keeps for its revision, and writes a file only when its button is clicked.
"""
from __future__ import annotations

import json

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from components.case_state import case_store, case_table
from components.event_map import map_figure
from components.event_timeline import timeline_figure
from components.palette import type_colour
from components.safe_text import plain
from store.case_check import MAX_CASE_MB, CaseFile, CaseFileError, check_case
from service.analysis import export_case
from store.case_file import import_case, plan_import
from store.exports import events_csv, events_geojson, events_kml, events_timelinejs, standalone_html

CHECKED_KEY = "checked_case_file"


def checked(uploaded: UploadedFile) -> CaseFile | str:
    """The uploaded case file checked whole, or what is wrong with it; checked once per upload, not per rerun."""
    kept = st.session_state.get(CHECKED_KEY)
    if kept is None or kept[0] != uploaded.file_id:
        try:
            kept = (uploaded.file_id, check_case(uploaded.getvalue()))
        except CaseFileError as error:
            kept = (uploaded.file_id, str(error))
        st.session_state[CHECKED_KEY] = kept
    return kept[1]


st.title("Export")
store = case_store()
case = case_table()
events = case.frame
st.caption(f"{len(events)} events from {case.documents} document(s), with your corrections.")

downloads = [
    ("CSV (spreadsheets)", "newsmap-events.csv", "text/csv", lambda: events_csv(events)),
    ("GeoJSON (GIS, kepler.gl)", "newsmap-events.geojson", "application/geo+json",
     lambda: json.dumps(events_geojson(events), ensure_ascii=False)),
    ("KML (Google Earth)", "newsmap-events.kml", "application/vnd.google-earth.kml+xml",
     lambda: events_kml(events, type_colour)),
    ("TimelineJS JSON", "newsmap-timeline.json", "application/json",
     lambda: json.dumps(events_timelinejs(events), ensure_ascii=False)),
    ("Standalone HTML (map and timeline, opens offline)", "newsmap.html", "text/html",
     lambda: standalone_html(map_figure(events), timeline_figure(events))),
    ("Case file (import it in another copy of Newsmap)", "newsmap-case.json", "application/json",
     lambda: export_case(store)),
]
for label, file_name, mime, render in downloads:  # each written when clicked (seconds a format on a big case), no rerun
    st.download_button(label, data=render, file_name=file_name, mime=mime, key=file_name, on_click="ignore")

st.subheader("Import a case file")
uploaded = st.file_uploader("A newsmap-case.json made by Export", type=["json"], max_upload_size=MAX_CASE_MB)
if uploaded is not None:
    name = plain(uploaded.name)
    case = checked(uploaded)
    if isinstance(case, str):
        st.error(f"**{name}** cannot be imported: {plain(case)}. Nothing in your case was changed.")
        st.stop()
    plan = plan_import(store, case)
    st.caption(f"{name}: {len(plan.new_documents)} new document(s), {len(plan.new_corrections)} new correction(s).")
    replace_documents = bool(plan.changed_documents) and st.checkbox(
        f"Replace {len(plan.changed_documents)} of your documents with the file's details and machine reading",
        help="Left unticked, your documents keep the dates, languages and analyses they have now.")
    replace_corrections = bool(plan.changed_corrections) and st.checkbox(
        f"Replace {len(plan.changed_corrections)} of your corrections with the file's",
        help="Left unticked, your corrections of these events are kept and the file's are not imported.")
    if st.button("Import", type="primary"):
        done = import_case(store, case, replace_documents, replace_corrections)
        corrections = len(done.new_corrections) + (len(done.changed_corrections) if replace_corrections else 0)
        kept = len(done.changed_corrections) if not replace_corrections else 0
        st.success(f"Imported {len(done.new_documents)} new document(s) and {corrections} correction(s) from {name}."
                   + (f" Kept {kept} of your own corrections." if kept else ""))
