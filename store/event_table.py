"""The case's events flattened once into one table: the app's map, timeline and table, every export and Parquet."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pandas as pd

from core.merge import cluster_events
from core.model import Analysis, Document, Event

Cluster = list[tuple[Analysis, Event]]  # one happening and every sentence that tells it, first told first
T = TypeVar("T")

COLUMNS = [
    "event_id", "event_ids", "document_id", "document", "source", "published", "language",
    "sentence", "evidence_start", "evidence_end", "trigger", "type", "status", "reported_by",
    "actors", "actor", "actor_names", "recipients",
    "place", "lat", "lon", "country_code", "place_precision", "place_class", "approximate", "place_radius_km",
    "geonameid",
    "date_value", "date_start", "date_end", "date_precision", "date_origin", "date_text",
    "confidence", "mentions", "mention_spans",
    "sources", "documents", "document_titles", "source_documents", "source_addresses",
]
NO_ACTOR = "(no named actor)"


def event_clusters(analyses: list[Analysis], merged_into: dict[str, str] | None = None) -> list[Cluster]:
    """Events of the whole case, the same happening told in several places gathered into one cluster,
    then the clusters the analyst merged joined."""
    pairs = [(analysis, event) for analysis in analyses for event in analysis.events]
    analysis_of = {id(event): analysis for analysis, event in pairs}
    clusters = [[(analysis_of[id(e)], e) for e in group] for group in cluster_events([e for _, e in pairs])]
    return join_merged(clusters, merged_into or {})


def told_id(told: tuple[Analysis, Event]) -> str:
    """The id of the event a cluster's sentence tells."""
    return told[1].id


def join_merged(clusters: list[list[T]], merged_into: dict[str, str],
                id_of: Callable[[T], str] = told_id) -> list[list[T]]:
    """One cluster for events the analyst merged, led by the cluster they were merged into; others unchanged (a
    cluster's events as `id_of` names them: its sentences, or their ids alone)."""
    if not merged_into:  # nothing merged: 40,000 happenings need no index
        return list(clusters)
    index_of = {id_of(told): index for index, cluster in enumerate(clusters) for told in cluster}
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


def title_of(document: Document) -> str:
    """How a document is named to the analyst: its title, else its source."""
    return document.title or document.source


def address_of(document: Document) -> str:
    """Where a source can be found again: its page's web address when the case knows it, else its file's or paste's
    name."""
    return document.url or document.source


def source_columns(cluster: Cluster, shared: dict[tuple[str, ...], dict]) -> dict:
    """The columns naming the documents that tell a happening, first teller first, each with its address (the page's
    web address, else the file name or the paste's name the case keeps); built once per set of documents and shared,
    so 100,000 rows stay light."""
    documents = {analysis.document.id: analysis.document for analysis, _ in cluster}
    key = tuple(documents)
    if key not in shared:
        sources = [{"id": document.id, "title": title_of(document), "address": address_of(document),
                    "url": document.url, "file": document.source, "published": document.published}
                   for document in documents.values()]
        shared[key] = {
            "documents": ", ".join(dict.fromkeys(source["title"] for source in sources)),
            "document_titles": {source["id"]: source["title"] for source in sources},
            "source_documents": sources,
            "source_addresses": " | ".join(dict.fromkeys(source["address"] for source in sources if source["address"])),
        }
    return shared[key]


def event_row(cluster: Cluster, shared: dict[tuple[str, ...], dict]) -> dict:
    """A happening as one row, described by its first telling, with every document that tells it. Lists are the
    analysis's own or tuples: the table is cached and shared, never mutated."""
    analysis, event = cluster[0]
    document = analysis.document
    place, date = event.place, event.date
    resolved = place is not None and place.resolved
    return {
        "event_id": event.id,
        "event_ids": tuple(told.id for _, told in cluster),
        "document_id": document.id,
        "document": title_of(document),
        "source": document.source,
        "published": document.published,
        "language": document.language,
        "sentence": event.text,
        "evidence_start": event.start,
        "evidence_end": event.end,
        "trigger": event.trigger,
        "type": event.type or "OTHER",
        "status": event.status,
        "reported_by": event.reported_by,
        "actors": ", ".join(event.actors),
        "actor": event.actors[0] if event.actors else NO_ACTOR,
        "actor_names": event.actors,
        "recipients": event.recipients,
        "place": (place.name or place.text) if place else "",
        "lat": place.lat if resolved else None,
        "lon": place.lon if resolved else None,
        "country_code": place.country_code if place else "",
        "place_precision": place.precision if place else "",
        "place_class": place.feature_class if place else "",
        "approximate": bool(resolved and place.precision != "exact"),
        "place_radius_km": place.radius_km if place else None,
        "geonameid": place.geonameid if place else None,
        "date_value": date.value if date else "",
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else "",
        "date_origin": date.origin if date else "",
        "date_text": date.text if date else "",
        "confidence": event.confidence,
        "mentions": " | ".join(document.text[m.start:m.end] for m in event.spans()),
        "mention_spans": tuple((m.start, m.end) for m in event.spans()),
        "sources": len(cluster),
        **source_columns(cluster, shared),
    }


def frame_of(clusters: list[Cluster]) -> pd.DataFrame:
    """One row per cluster, described by its first telling, with how many sources tell it."""
    shared: dict[tuple[str, ...], dict] = {}
    frame = pd.DataFrame([event_row(cluster, shared) for cluster in clusters], columns=COLUMNS)
    for column in ("date_start", "date_end"):  # one vectorised parse, not one per event
        frame[column] = pd.to_datetime(frame[column], errors="coerce", format="ISO8601")
    return frame
