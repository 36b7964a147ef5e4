"""Add uploaded files and pasted text to the case, each with a progress line of its own that ends analysed or failed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components.safe_text import plain
from extractors.ingest import IngestError, document_from_bytes, document_from_paste
from core.model import Analysis, Document
from store.case import CaseStore
from service.analysis import current_analyses

PASTED = "Pasted text"


class UploadedFile(Protocol):
    """What we need of Streamlit's UploadedFile."""

    name: str

    def getvalue(self) -> bytes: ...


def inputs_of(files: list[UploadedFile], pasted: str, date: str | None,
              published_in: str = "") -> list[tuple[str, Callable[[], Document]]]:
    """Each input's name and how to read it into a document (reading may raise IngestError)."""
    def placed(document: Document) -> Document:
        document.published_in = published_in.strip()
        return document

    inputs: list[tuple[str, Callable[[], Document]]] = [
        (file.name, lambda file=file: placed(document_from_bytes(file.name, file.getvalue(), date))) for file in files
    ]
    if pasted.strip():
        inputs.append((PASTED, lambda: placed(document_from_paste(pasted, date, PASTED))))
    return inputs


def outcome(analysis: Analysis) -> str:
    """What the analysis of one document found, or why it failed."""
    if not analysis.pipeline_version:
        return f"not analysed: {analysis.warnings[-1] if analysis.warnings else 'the analysis failed'}"
    placed = sum(1 for e in analysis.events if e.place is not None and e.place.resolved)
    return f"analysed: {len(analysis.events)} events ({placed} placed), {len(analysis.timexes)} dates"


def add_articles(store: CaseStore, files: list[UploadedFile], pasted: str, published: dt.date | None,
                 published_in: str = "") -> None:
    """Read, store and analyse every input, showing one line per input: read, analysing, analysed or failed."""
    inputs = inputs_of(files, pasted, published.isoformat() if published else None, published_in)
    lines = [st.empty() for _ in inputs]
    for line, (name, _) in zip(lines, inputs):
        line.progress(0.0, text=f"**{plain(name)}** · waiting…")
    waiting: dict[str, DeltaGenerator] = {}
    for line, (name, read) in zip(lines, inputs):
        line.progress(0.1, text=f"**{plain(name)}** · reading…")
        try:
            document = read()
        except IngestError as error:
            line.error(f"**{plain(error.filename)}** was not added: {plain(error.problem)}", icon=":material/error:")
            continue
        except Exception as error:  # whatever else goes wrong reading one input costs that input alone
            line.error(f"**{plain(name)}** was not added: {plain(f'{type(error).__name__}: {error}')}",
                       icon=":material/error:")
            continue
        if not store.add_document(document):
            line.info(f"**{plain(name)}** is already in the case.", icon=":material/info:")
            continue
        line.progress(0.4, text=f"**{plain(name)}** · read ({len(document.text.split())} words) · analysing…")
        waiting[document.id] = line
    if not waiting:
        return

    def finished(analysis: Analysis) -> None:
        line = waiting.get(analysis.document.id)
        if line is None:  # a document of the case whose analysis was still due
            return
        name = plain(analysis.document.source or analysis.document.title)
        if analysis.pipeline_version:
            line.progress(1.0, text=f"**{name}** · {outcome(analysis)}")
        else:
            line.error(f"**{name}** · {plain(outcome(analysis))}", icon=":material/error:")

    current_analyses(store, on_progress=finished)
    st.success(f"Added {len(waiting)} document(s). See them on the map and timeline in Explore.",
               icon=":material/check_circle:")
