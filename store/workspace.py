"""Open the analyst's case, seed it with the sample articles, and keep its analyses current."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from extractors.ingest import document_from_bytes
from core.model import Analysis
from extractors.version import pipeline_version
from geocoding.online import OnlineGeocoder
from store.case import CaseStore
from core.paths import data_dir

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEEDED_KEY = "seeded"
ONLINE_KEY = "online_geocoding"


def default_case_path() -> Path:
    """The case file: $NEWSMAP_CASE when set, else case.sqlite in the data folder."""
    configured = os.environ.get("NEWSMAP_CASE")
    return Path(configured) if configured else data_dir() / "case.sqlite"


def open_case(path: Path | None = None) -> CaseStore:
    """Open a case; a brand-new one starts with the sample articles so the first view is not empty.
    A file that is not a sound, writable case raises CaseError, which says what is wrong with it."""
    store = CaseStore(path or default_case_path())
    if store.get_meta(SEEDED_KEY) is None:
        for seed in sorted(SEEDS_DIR.glob("*.txt")):
            store.add_document(document_from_bytes(seed.name, seed.read_bytes()))
        store.set_meta(SEEDED_KEY, "1")
    return store


def online_enabled(store: CaseStore) -> bool:
    """Whether the analyst turned on online geocoding for this case (off unless they did)."""
    return store.get_meta(ONLINE_KEY) == "1"


def set_online(store: CaseStore, enabled: bool) -> None:
    """Turn online geocoding on or off for this case."""
    store.set_meta(ONLINE_KEY, "1" if enabled else "0")


def current_analyses(
    store: CaseStore,
    on_progress: Callable[[Analysis], None] | None = None,
) -> list[Analysis]:
    """Every document's analysis, reusing cached ones and analysing (then caching) the rest."""
    documents = store.documents()
    online = OnlineGeocoder() if online_enabled(store) else None
    version = pipeline_version(online is not None)
    cached = {d.id: store.cached_analysis(d, version) for d in documents}
    missing = [d for d in documents if cached[d.id] is None]
    if missing:
        from extractors.parallel import analyse_safely  # spaCy loads only when something is to be analysed

        for analysis in analyse_safely(missing, online=online):  # one bad document costs only itself
            if analysis.pipeline_version:  # a failed analysis is not kept: the next change of the case retries it
                keep(store, analysis)
            cached[analysis.document.id] = analysis
            if on_progress:
                on_progress(analysis)
    return [cached[d.id] for d in documents]


def keep(store: CaseStore, analysis: Analysis) -> None:
    """Cache an analysis with the language and date it found; if the case cannot take it (a full disk), it is
    shown all the same, says so, and is made again next time."""
    try:
        store.update_document(analysis.document)  # keeps the detected language and inferred date
        store.save_analysis(analysis)
    except sqlite3.Error as error:
        analysis.warnings.append(f"{analysis.document.source or analysis.document.title}: not saved in the case "
                                 f"({error}); it will be analysed again.")
