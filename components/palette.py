"""One colour per event type, shared by the map and the timeline so they read as one view."""
from __future__ import annotations

from extractors.event_lexicon import event_types

# In the order of the type list (CONSULT, AGREE, ... STATEMENT), then spares for types added to it. Picked
# by greedy max-min distance in CIELAB, seen normally and through simulated protanopia, deuteranopia and tritanopia
# (Machado 2009), lightness 38-82 so a marker stands out on white and on the base map; then grouped by family:
# talks blue, help green, demands and words mauve and ochre, coercion orange, violence red, OTHER grey.
PALETTE = (
    "#4b69b4", "#3cd2ff", "#7896ff", "#2d8769", "#87e14b", "#a578a5", "#c3964b", "#d2c3d2", "#ff87e1", "#965aff",
    "#a50f87", "#ff8700", "#b46900", "#e11e4b", "#f0c387", "#4b692d", "#e12dd2", "#b40f1e", "#78a578", "#a500d2",
    "#695a69",
    "#6900ff", "#b4d2b4",
)
OTHER, OTHER_COLOUR = "OTHER", "#969696"  # also the colour of a type no pack codes any more (an old case file)
# Derived from the one type list, so a type added to the language packs gets a colour of its own.
TYPE_COLOURS = {**dict(zip([t for t in event_types() if t != OTHER], PALETTE)), OTHER: OTHER_COLOUR}


def type_colour(event_type: str) -> str:
    """The type's colour, the same wherever the type is drawn."""
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)
