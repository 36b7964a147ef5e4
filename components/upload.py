"""Add uploaded files and pasted text to the case, one clear message per file that fails."""
from __future__ import annotations

import datetime as dt
from typing import Protocol

import streamlit as st

from extractors.ingest import IngestError, document_from_bytes, document_from_paste
from extractors.model import Document
from store.case import CaseStore
from store.workspace import current_analyses


class UploadedFile(Protocol):
    """What we need of Streamlit's UploadedFile."""

    name: str

    def getvalue(self) -> bytes: ...


def read_documents(
    files: list[UploadedFile], pasted: str, published: dt.date | None
) -> tuple[list[Document], list[IngestError]]:
    """Turn the inputs into documents, collecting each bad one's error instead of stopping."""
    date = published.isoformat() if published else None
    documents, errors = [], []
    for file in files:
        try:
            documents.append(document_from_bytes(file.name, file.getvalue(), date))
        except IngestError as error:
            errors.append(error)
    if pasted.strip():
        documents.append(document_from_paste(pasted, date))
    return documents, errors


def add_articles(store: CaseStore, files: list[UploadedFile], pasted: str, published: dt.date | None) -> None:
    """Store the new documents, analyse them with a progress bar, and report what happened."""
    documents, errors = read_documents(files, pasted, published)
    for error in errors:
        st.error(f"**{error.filename}** was not added: {error.problem}", icon=":material/error:")
    added = [d for d in documents if store.add_document(d)]
    for duplicate in (d for d in documents if d not in added):
        st.info(f"**{duplicate.source}** is already in the case.", icon=":material/info:")
    if not added:
        return
    progress = st.progress(0.0, text=f"Analysing {len(added)} document(s)…")
    done: list[Document] = []

    def advance(document: Document) -> None:
        done.append(document)
        progress.progress(len(done) / len(added), text=f"Analysed {document.source}")

    current_analyses(store, on_progress=advance)
    progress.empty()
    st.success(f"Added {len(added)} document(s). See them on the map and timeline in Explore.",
               icon=":material/check_circle:")
