"""The event table as the components read it: the store's one flattening, plus what selections and hovers need."""
from __future__ import annotations

from store.event_table import NO_ACTOR, POINT_PRECISIONS, Cluster, event_clusters, event_frame, frame_of

__all__ = ["NO_ACTOR", "POINT_PRECISIONS", "STATUS_NOTES", "Cluster", "event_clusters", "event_frame", "frame_of",
           "ids_from_selection"]

STATUS_NOTES = {"planned": "planned", "historical": "background, in the past", "negated": "denied or did not happen",
                "hypothetical": "hypothetical"}  # how hovers say a happening is not simply one that took place


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
