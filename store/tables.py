"""A case's analyses as Parquet tables for other tools: the app's event table, and one row per place mention."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.model import Analysis
from store.event_table import event_frame


def parquet_events(analyses: list[Analysis]) -> pd.DataFrame:
    """The app's event table as Parquet holds it: lists stay lists (the actors as names, not the joined text the
    app shows), and the documents' titles keyed by id, which Parquet cannot type, are in source_documents."""
    table = event_frame(analyses)
    return table.assign(actors=table["actor_names"]).drop(columns=["actor_names", "document_titles"])


def place_rows(analyses: list[Analysis]) -> list[dict]:
    """One row per place mention: the name as written, where it was placed, and why."""
    return [{
        "document_id": analysis.document.id, "source": analysis.document.source,
        "start": place.start, "end": place.end, "text": place.text, "name": place.name,
        "lat": place.lat, "lon": place.lon, "country_code": place.country_code,
        "feature_class": place.feature_class, "precision": place.precision, "confidence": place.confidence,
        "geonameid": place.geonameid, "reason": place.reason,
    } for analysis in analyses for place in analysis.places]


def write_parquet(analyses: list[Analysis], folder: Path) -> list[Path]:
    """events.parquet and places.parquet in a folder; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in (("events", parquet_events(analyses)), ("places", pd.DataFrame(place_rows(analyses)))):
        path = folder / f"{name}.parquet"
        table.to_parquet(path, index=False)
        written.append(path)
    return written
