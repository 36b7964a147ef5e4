"""Analyse documents and keep what was found in a case: the one way the app's pages, the case file's export and
`python -m extractors analyze` run the pipeline (`batch` runs it over a folder through service.batch)."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from core.model import Analysis, Document
from extractors.version import pipeline_version
from store.case import CaseStore
from store.case_settings import SEEDED_KEY, default_case_path, online_enabled

if TYPE_CHECKING:  # geopy and requests load only when online geocoding is on: 0.1-0.2 s off the first paint
    from geocoding.online import OnlineGeocoder

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def open_case(path: Path | None = None) -> CaseStore:
    """Open a case; a brand-new one starts with the sample articles so the first view is not empty.
    A file that is not a sound, writable case raises CaseError, which says what is wrong with it."""
    store = CaseStore(path or default_case_path())
    if store.get_meta(SEEDED_KEY) is None:
        from extractors.ingest import document_from_bytes  # lxml and charset detection only for a brand-new case
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            store.add_document(document_from_bytes(seed.name, seed.read_bytes()))
        store.set_meta(SEEDED_KEY, "1")
    return store


def current_analyses(
    store: CaseStore,
    on_progress: Callable[[Analysis], None] | None = None,
) -> list[Analysis]:
    """Every document's analysis, reusing cached ones and analysing (then caching) the rest."""
    documents = store.documents()
    online = None
    if online_enabled(store):
        from geocoding.online import OnlineGeocoder  # geopy and requests only when the analyst turned it on
        online = OnlineGeocoder()
    version = pipeline_version(online is not None)
    cached = store.cached_analyses(documents, version)  # one pass over the case
    missing = [d for d in documents if cached[d.id] is None]
    if missing:
        for analysis in analyse_stream(missing, online):
            if analysis.pipeline_version:  # a failed analysis is not kept: the next change of the case retries it
                keep(store, analysis)
            cached[analysis.document.id] = analysis
            if on_progress:
                on_progress(analysis)
    return [cached[d.id] for d in documents]


def analyse_stream(documents: Iterable[Document], online: OnlineGeocoder | None = None,
                   chunk_size: int | None = None) -> Iterator[Analysis]:
    """Analyse documents in order, `chunk_size` at a time (the workers' chunk when not given), each yielded as soon
    as it is ready: the one way the pages, the case export and `analyze` run the pipeline; a document that fails
    yields an analysis without a pipeline version whose last warning says why, and costs only itself."""
    from extractors.parallel import CHUNK_DOCUMENTS, analyse_safely  # spaCy loads only when something is analysed

    iterator = iter(documents)
    while chunk := list(islice(iterator, chunk_size or CHUNK_DOCUMENTS)):  # each chunk read only when it is due
        yield from analyse_safely(chunk, online)


def keep(store: CaseStore, analysis: Analysis) -> None:
    """Cache an analysis with the language and date it found; if the case cannot take it (a full disk), it is
    shown all the same, says so, and is made again next time."""
    try:
        store.save_analysis(analysis)  # with the document's detected language and inferred date
    except sqlite3.Error as error:
        analysis.warnings.append(f"{analysis.document.source or analysis.document.title}: not saved in the case "
                                 f"({error}); it will be analysed again.")


def export_case(store: CaseStore) -> str:
    """The case as a case file's JSON text, every document analysed first (a failed analysis is left out, so the
    importing copy makes it again)."""
    from store.case_file import case_json  # read only when a case is exported, not on the first paint
    return case_json(store, current_analyses(store))
