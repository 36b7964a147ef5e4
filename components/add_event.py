"""Add an event the machine missed: the analyst picks a document and one of its sentences, and sets the event's type,
actors, place and date; it is kept as a correction anchored on that sentence, so it outlives re-analysis."""
from __future__ import annotations

import streamlit as st

from components.review_link import show_in_review
from components.review_queue import NOTICE_KEY
from components.safe_text import one_line, plain
from extractors.event_lexicon import event_types
from core.model import Analysis
from extractors.sentences import sentence_spans
from service.case_events import document_analysis
from store.case import CaseStore
from store.corrections import ADDED, CorrectionConflict, added_id, validate
from store.event_table import title_of
from store.place_moves import place_fields, place_key

NO_PLACE, CUSTOM = "(no place)", "Other coordinates…"
DOCUMENTS_LISTED = 50  # documents the picker lists: a big case is searched, not listed whole


def named_places(analysis: Analysis) -> dict[str, dict]:
    """The places the document names, as a correction holds them, by how the analyst reads them."""
    return {place_key(p): place_fields(p) for p in analysis.places if p.resolved}


def sentence_label(text: str, number: int) -> str:
    """A sentence as the picker lists it: numbered (two alike stay apart), on one line, cut short."""
    line = one_line(text).strip()
    return f"{number}. {line[:140]}{'…' if len(line) > 140 else ''}"


def added_fields(span: tuple[int, int], event_type: str, actors: str, date: str, place: dict | None) -> dict:
    """The correction an added event is kept as."""
    fields = {ADDED: {"start": span[0], "end": span[1]}, "type": event_type,
              "actors": [a.strip() for a in actors.split(",") if a.strip()], "date": date.strip() or None}
    return {**fields, "place": place} if place else fields


def add_event_section(store: CaseStore, taken: set[str]) -> None:
    """The form; on a save the page is drawn again on the new event."""
    search = st.text_input("Find the document", key="add-search", placeholder="a word of its title or file name")
    found, documents = store.document_page(search.strip(), 0, DOCUMENTS_LISTED)
    if not documents:
        st.caption("No document holds that in its title or file name." if search.strip()
                   else "No documents yet: add articles in the Library.")
        return
    by_id = {document.id: document for document in documents}
    document_id = st.selectbox("Document", list(by_id), key="add-document",
                               format_func=lambda i: one_line(title_of(by_id[i])),
                               help=f"{found} document(s) found; the first {DOCUMENTS_LISTED} are listed.")
    analysis = document_analysis(store, document_id)
    if analysis is None:
        st.caption("This document is not analysed yet: open Explore, which analyses it.")
        return
    text, spans = analysis.document.text, sentence_spans(analysis.document.text)
    places = named_places(analysis)
    with st.form(f"add-event-{document_id}"):
        chosen = st.selectbox("Sentence that tells it", range(len(spans)), index=None, placeholder="pick a sentence",
                              format_func=lambda i: sentence_label(text[spans[i][0]:spans[i][1]], i + 1))
        event_type = st.selectbox("What kind of event", event_types(), key="add-type")
        actors = st.text_input("Who (comma-separated)", key="add-actors")
        date = st.text_input("When (YYYY-MM-DD, YYYY-MM or YYYY)", value=analysis.document.published or "",
                             key="add-date")
        place = st.selectbox("Where", [NO_PLACE, *places, CUSTOM], key="add-place")
        name_column, lat_column, lon_column = st.columns(3)
        name = name_column.text_input("Name of that place (for other coordinates)", key="add-place-name")
        lat = lat_column.number_input("Its latitude", -90.0, 90.0, value=None, format="%.4f", key="add-lat")
        lon = lon_column.number_input("Its longitude", -180.0, 180.0, value=None, format="%.4f", key="add-lon")
        if not st.form_submit_button("Add the event", type="primary"):
            return
    if chosen is None:
        st.error("Not added: pick the sentence that tells the event.")
        return
    typed = {"name": name.strip(), "lat": lat, "lon": lon} if place == CUSTOM else None
    fields = added_fields(spans[chosen], event_type, actors, date, typed or places.get(place))
    try:
        validate(fields)
        event_id = added_id(document_id, spans[chosen][0], taken)
        store.save_correction(event_id, document_id, fields, anchor=text[slice(*spans[chosen])], expected=0)
    except ValueError as error:
        st.error(f"Not added: {error}")
    except CorrectionConflict:
        st.error("Not added: another session added an event at this sentence meanwhile; add it again.")
    else:
        told = plain(text[slice(*spans[chosen])][:80])
        shown = "It is on the map" if fields.get("place") else "With no place, it is not on the map"
        st.session_state[NOTICE_KEY] = (f"Added: {plain(event_type)} told by “{told}”. {shown}; "
                                        "re-analysis keeps it.")
        show_in_review(event_id)
