"""Flat tables of a case's analyses (one row per event, one per place mention) as Parquet, for other tools."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from extractors.model import Analysis


def event_rows(analyses: list[Analysis]) -> list[dict]:
    """One row per event: its document, sentence, type, actors, place and date."""
    rows = []
    for analysis in analyses:
        document = analysis.document
        for event in analysis.events:
            place, date = event.place, event.date
            rows.append({
                "event_id": event.id, "document_id": document.id, "source": document.source,
                "published": document.published, "language": document.language,
                "sentence": event.text, "evidence_start": event.start, "evidence_end": event.end,
                "trigger": event.trigger, "type": event.type, "status": event.status,
                "actors": list(event.actors), "recipients": list(event.recipients),
                "place": place.name or place.text if place else None,
                "lat": place.lat if place else None, "lon": place.lon if place else None,
                "country_code": place.country_code if place else None,
                "place_precision": place.precision if place else None,
                "geonameid": place.geonameid if place else None,
                "date_value": date.value if date else None, "date_start": date.start if date else None,
                "date_end": date.end if date else None, "date_precision": date.precision if date else None,
                "confidence": event.confidence, "reported_by": event.reported_by,
                "mentions": [[m.start, m.end] for m in event.spans()],
                "place_radius_km": place.radius_km if place else None,
            })
    return rows


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
    for name, rows in (("events", event_rows(analyses)), ("places", place_rows(analyses))):
        path = folder / f"{name}.parquet"
        pd.DataFrame(rows).to_parquet(path, index=False)
        written.append(path)
    return written
