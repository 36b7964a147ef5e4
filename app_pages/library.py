"""Library: add articles (files or pasted text), check and fix each document's date and language."""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

import streamlit as st

from components.case_state import case_store, case_table
from components.safe_text import plain
from components.upload import add_articles
from core.limits import max_file_bytes
from extractors.version import pipeline_version
from lang import LANGUAGES
from store.case_settings import online_enabled, set_online

PAGE_SIZE = 20  # documents listed at once: a case of 10,000 is read a page at a time
ORIGIN_LABELS = {
    "given": "given by you",
    "metadata": "from the file name or its metadata",
    "inferred": "inferred from the text",
    "unknown": "unknown — please set it",
}

st.title("Library")
store = case_store()
online = st.toggle(
    "Online geocoding (OpenStreetMap Nominatim)", value=online_enabled(store),
    help="Off by default: everything stays on this machine. When on, only the names of places the offline "
         "gazetteer cannot place (and their region) are sent to nominatim.openstreetmap.org, one per second; "
         "answers are cached. The article text never leaves the machine.",
)
if online != online_enabled(store):
    set_online(store, online)
    st.toast("Online geocoding is " + ("on: unknown places will be looked up." if online else "off."))

with st.form("add_articles", clear_on_submit=True):
    st.subheader("Add articles")
    files = st.file_uploader("Articles (.txt, .md, .html, .pdf, .docx), several at once", accept_multiple_files=True,
                             max_upload_size=max(1, math.ceil(max_file_bytes() / 2**20)))  # the server allows more
    pasted = st.text_area("…or paste an article", height=150)
    published = st.date_input(
        "Publication date (leave empty to take it from the file name or infer it from the text)",
        value=None, format="YYYY-MM-DD",
    )
    published_in = st.text_input(
        "Published in (optional: the paper's town and region, e.g. 'Columbus, Nebraska')",
        help="A local paper's own town settles which of its namesakes the articles mean.",
    )
    submitted = st.form_submit_button("Analyse", type="primary")
if submitted:
    add_articles(store, files or [], pasted, published, published_in)

st.subheader("Documents")
# The documents added or changed are analysed first (the table brought up to date); the page then reads only the ones
# it lists, so of the table it decodes one column, not 41 (0.35 s at 10,000 articles).
case_table(("event_id",))
search_column, page_column = st.columns([3, 1], vertical_alignment="bottom")
search = search_column.text_input("Find a document by its title or file name", key="library_search").strip()
total, _ = store.document_page(search, 0, 0)
pages = max(1, math.ceil(total / PAGE_SIZE))
page = min(page_column.number_input(f"Page (of {pages:,})", min_value=1, key="library_page"), pages)
_, listed = store.document_page(search, (page - 1) * PAGE_SIZE, PAGE_SIZE)
counts = store.analysis_counts(listed, pipeline_version(online_enabled(store)))
st.caption(f"{total:,} document(s)" + (f" holding '{plain(search)}'" if search else "")
           + (f", {PAGE_SIZE} a page" if total > PAGE_SIZE else ""))
for document in listed:
    with st.container(border=True):
        st.markdown(f"**{plain(document.title)}**")
        st.caption(
            f"{plain(document.source)} · language: {plain(document.language) or '?'} · "
            f"date: {plain(document.published or '—')} ({ORIGIN_LABELS.get(document.published_origin, '')}) · "
            + (f"published in {plain(document.published_in)} · " if document.published_in else "")
            + ("found {:,} events, {:,} places, {:,} time expressions".format(*counts[document.id])
               if document.id in counts else "not analysed yet")
        )
        date_column, language_column, place_column, button_column, remove_column = st.columns(
            [2, 2, 2, 1, 1], vertical_alignment="bottom")
        new_date = date_column.date_input(
            "Publication date", key=f"date_{document.id}", format="YYYY-MM-DD",
            value=dt.date.fromisoformat(document.published) if document.published else None,
        )
        languages = list(LANGUAGES)  # every language pack, so a new pack is offered without touching the page
        new_language = language_column.selectbox(
            "Language", languages, key=f"language_{document.id}",
            index=languages.index(document.language) if document.language in languages else None,
        )
        new_place = place_column.text_input("Published in", value=document.published_in, key=f"place_{document.id}")
        if button_column.button("Save and re-analyse", key=f"save_{document.id}"):
            store.update_document(dataclasses.replace(  # a copy: the cached analyses are shared and never changed
                document, published=new_date.isoformat() if new_date else None,
                published_origin="given" if new_date else "unknown", language=new_language or "",
                published_in=new_place.strip(),
            ))
            st.rerun()
        if remove_column.button("Remove", key=f"remove_{document.id}",
                                help="Remove the document, its events and your corrections of them"):
            store.remove_document(document.id)
            st.toast(f"Removed {plain(document.source or document.title)}.")
            st.rerun()
