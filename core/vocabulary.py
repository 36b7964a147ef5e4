"""The data model's closed vocabularies, each defined once, in order, so every layer reads and ranks them alike."""
from __future__ import annotations

# How closely a place mention is placed, finest first: at its own point, only at the region or country around it,
# or not at all.
PLACE_PRECISIONS = ("exact", "region", "country", "unresolved")
PLACE_PRECISION_RANK = {precision: rank for rank, precision in enumerate(PLACE_PRECISIONS)}
AREA_PRECISIONS = ("region", "country")  # a place placed as an area: a part of it may be told ('le sud du pays')

# How closely a date is known, finest first (core.timevalues reads each from a TIMEX3 value).
DATE_PRECISIONS = ("minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half", "year",
                   "decade", "century")
DATE_PRECISION_RANK = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}
POINT_PRECISIONS = frozenset(DATE_PRECISIONS[:DATE_PRECISION_RANK["day"] + 1])  # a point in time, not a span

# Whether a happening took place as told, surest first: a happening told several ways takes its surest telling's.
STATUSES = ("asserted", "historical", "planned", "hypothetical", "negated")
HIDDEN_STATUSES = frozenset({"hypothetical", "negated"})  # not drawn on the map and timeline unless asked for
SHOWN_STATUSES = tuple(status for status in STATUSES if status not in HIDDEN_STATUSES)
UNREALISED_STATUSES = frozenset({"planned", *HIDDEN_STATUSES})  # not (yet) taken place: what serves it is not either
