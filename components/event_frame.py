"""The event table as the components read it: the store's one flattening, plus what selections and hovers need."""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable

from core.vocabulary import POINT_PRECISIONS
from store.event_table import NO_ACTOR, Cluster, event_clusters, event_frame, frame_of

__all__ = ["NO_ACTOR", "POINT_PRECISIONS", "STATUS_NOTES", "Cluster", "event_clusters", "event_frame", "frame_of",
           "group_token", "ids_from_selection"]

# A marker standing for many events carries a short token, not their ids: the browser gets what is drawn, and the
# server, which made the token, turns a click on it back into the events (kept for the most recent markers drawn).
GROUP_PREFIX, MAX_GROUPS = "group:", 100_000
_groups: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_groups_lock = threading.Lock()

STATUS_NOTES = {"planned": "planned", "historical": "background, in the past", "negated": "denied or did not happen",
                "hypothetical": "hypothetical"}  # how hovers say a happening is not simply one that took place


def group_token(ids: Iterable[str]) -> str:
    """A token standing for these events in a chart's customdata; ids_from_selection turns it back into them."""
    members = tuple(ids)
    token = GROUP_PREFIX + hashlib.blake2b("|".join(members).encode(), digest_size=10).hexdigest()
    with _groups_lock:
        _groups[token] = members
        _groups.move_to_end(token)
        while len(_groups) > MAX_GROUPS:
            _groups.popitem(last=False)
    return token


def ids_from_selection(selection: dict | None) -> set[str]:
    """Event ids carried in the customdata of the points a Plotly selection holds (ids joined by '|', or the token of
    a marker that stands for many events)."""
    if not selection:
        return set()
    ids: set[str] = set()
    for point in selection.get("points", []):
        custom = point.get("customdata")
        if isinstance(custom, list):
            custom = custom[0] if custom else None
        for part in str(custom).split("|") if custom else []:
            if part.startswith(GROUP_PREFIX):
                with _groups_lock:
                    ids.update(_groups.get(part, ()))
            else:
                ids.add(part)
    return ids
