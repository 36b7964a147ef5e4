"""One colour per event type, shared by the map and the timeline so they read as one view."""
from __future__ import annotations

import zlib

TYPE_COLOURS = {
    "CONSULT": "#1f77b4",
    "ASSAULT": "#d62728",
    "AID": "#2ca02c",
    "COOPERATE": "#17becf",
    "MOBILIZE": "#ff7f0e",
    "MOVE": "#8c564b",
    "THREATEN": "#e377c2",
    "ACCUSE": "#bcbd22",
    "SANCTION": "#9467bd",
    "STATEMENT": "#7f7f7f",
}
SPARE_COLOURS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354")


def type_colour(event_type: str) -> str:
    """The type's colour; types without one get a stable colour from their name."""
    return TYPE_COLOURS.get(event_type) or SPARE_COLOURS[zlib.crc32(event_type.encode()) % len(SPARE_COLOURS)]
