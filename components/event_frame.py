"""Flatten analyses into one table of events, the shared source of the map and the timeline."""
from __future__ import annotations

import pandas as pd

from extractors.merge import cluster_events
from extractors.model import Analysis, Event

Cluster = list[tuple[Analysis, Event]]  # one happening and every sentence that tells it, first told first

COLUMNS = [
    "event_id", "document_id", "document", "sentence", "evidence_start", "evidence_end",
    "trigger", "type", "actors", "actor", "place", "lat", "lon", "country_code", "place_precision",
    "approximate", "date_value", "date_start", "date_end", "date_precision", "date_origin",
    "date_text", "confidence", "status", "reported_by", "mentions", "place_radius_km", "sources", "documents",
    "document_titles",
]
POINT_PRECISIONS = {"minute", "hour", "part_of_day", "day"}
NO_ACTOR = "(no named actor)"
STATUS_NOTES = {"planned": "planned", "historical": "background, in the past", "negated": "denied or did not happen",
                "hypothetical": "hypothetical"}  # how hovers say a happening is not simply one that took place


def event_clusters(analyses: list[Analysis], merged_into: dict[str, str] | None = None) -> list[Cluster]:
    """Events of the whole case, the same happening told in several places gathered into one cluster,
    then the clusters the analyst merged joined."""
    pairs = [(analysis, event) for analysis in analyses for event in analysis.events]
    analysis_of = {id(event): analysis for analysis, event in pairs}
    clusters = [[(analysis_of[id(e)], e) for e in group] for group in cluster_events([e for _, e in pairs])]
    return join_merged(clusters, merged_into or {})


def join_merged(clusters: list[Cluster], merged_into: dict[str, str]) -> list[Cluster]:
    """One cluster for events the analyst merged, led by the cluster they were merged into; others unchanged."""
    index_of = {event.id: index for index, cluster in enumerate(clusters) for _, event in cluster}
    parent = list(range(len(clusters)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    for source, target in merged_into.items():
        if source in index_of and target in index_of:  # a removed event takes no part in a merge
            source_root, target_root = root(index_of[source]), root(index_of[target])
            if source_root != target_root:
                parent[source_root] = target_root
    joined: dict[int, Cluster] = {}
    for index in range(len(clusters)):
        joined.setdefault(root(index), [])
    for index, cluster in enumerate(clusters):
        leader = root(index)
        joined[leader] = [*cluster, *joined[leader]] if index == leader else [*joined[leader], *cluster]
    return list(joined.values())


def event_frame(analyses: list[Analysis], merged_into: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per event of the case, with place and date columns ready for plotting."""
    return frame_of(event_clusters(analyses, merged_into))


def frame_of(clusters: list[Cluster]) -> pd.DataFrame:
    """One row per cluster, described by its first telling, with how many sources tell it."""
    rows = []
    for cluster in clusters:
        analysis, event = cluster[0]
        document = analysis.document
        place, date = event.place, event.date
        resolved = place is not None and place.resolved
        rows.append({
            "event_id": event.id,
            "document_id": document.id,
            "document": document.title or document.source,
            "sentence": event.text,
            "evidence_start": event.start,
            "evidence_end": event.end,
            "trigger": event.trigger,
            "type": event.type or "OTHER",
            "actors": ", ".join(event.actors),
            "actor": event.actors[0] if event.actors else NO_ACTOR,
            "place": (place.name or place.text) if place else "",
            "lat": place.lat if resolved else None,
            "lon": place.lon if resolved else None,
            "country_code": place.country_code if place else "",
            "place_precision": place.precision if place else "",
            "approximate": bool(resolved and place.precision != "exact"),
            "date_value": date.value if date else "",
            "date_start": date.start if date else None,
            "date_end": date.end if date else None,
            "date_precision": date.precision if date else "",
            "date_origin": date.origin if date else "",
            "date_text": date.text if date else "",
            "confidence": event.confidence,
            "status": event.status,
            "reported_by": event.reported_by,
            "mentions": " | ".join(document.text[m.start:m.end] for m in event.spans()),
            "place_radius_km": place.radius_km if place else None,
            "sources": len(cluster),
            "documents": ", ".join(dict.fromkeys(a.document.title or a.document.source for a, _ in cluster)),
            "document_titles": {a.document.id: a.document.title or a.document.source for a, _ in cluster},
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("date_start", "date_end"):  # one vectorised parse, not one per event
        frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
    return frame


def ids_from_selection(selection: dict | None) -> set[str]:
    """Event ids carried in the customdata of the points a Plotly selection holds."""
    if not selection:
        return set()
    ids: set[str] = set()
    for point in selection.get("points", []):
        custom = point.get("customdata")
        if isinstance(custom, list):
            custom = custom[0] if custom else None
        if custom:
            ids.update(str(custom).split("|"))
    return ids
