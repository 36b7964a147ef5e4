"""One colour per event type, shared by the map and the timeline so they read as one view."""
from __future__ import annotations

import zlib

TYPE_COLOURS = {  # families read together: violence red, coercion orange, talks blue, help green, words grey/olive
    "CONSULT": "#1f77b4", "AGREE": "#17becf", "COOPERATE": "#9edae5", "AID": "#2ca02c", "SUPPORT": "#98df8a",
    "REQUEST": "#c5b0d5", "ACCUSE": "#bcbd22", "REJECT": "#dbdb8d", "THREATEN": "#e377c2", "PROTEST": "#9467bd",
    "SANCTION": "#8c564b", "MOBILIZE": "#ff7f0e", "COERCE": "#ffbb78", "ASSAULT": "#d62728", "RETREAT": "#c49c94",
    "DISASTER": "#7f3b08", "ACCIDENT": "#ff9896", "CRIME": "#843c39", "HEALTH": "#31a354", "ELECTION": "#393b79",
    "STATEMENT": "#7f7f7f", "OTHER": "#c7c7c7",
}
SPARE_COLOURS = ("#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#31a354")


def type_colour(event_type: str) -> str:
    """The type's colour; types without one get a stable colour from their name."""
    return TYPE_COLOURS.get(event_type) or SPARE_COLOURS[zlib.crc32(event_type.encode()) % len(SPARE_COLOURS)]
