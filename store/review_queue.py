"""The order Review walks the case in: the events the machine is least sure of first, the analyst's own last."""
from __future__ import annotations

from core.model import Event

LOW_CONFIDENCE = 0.6  # below it, the machine had neither an exact place nor a date the sentence gives
# Why an event stands where it does in the queue, most in need of the analyst first.
REASONS = ("no place on the map", "placed only at a country", "low confidence", "type OTHER", "nothing flagged",
           "corrected by you")


def queue_rank(event: Event, corrected: bool) -> int:
    """The event's place in REASONS: unplaced, country-level, low confidence, type OTHER, the rest, corrected last."""
    place = event.place
    if corrected:
        return 5
    if place is None or not place.resolved:
        return 0
    if place.precision == "country" or place.feature_class == "country":
        return 1
    if event.confidence < LOW_CONFIDENCE:
        return 2
    return 3 if (event.type or "OTHER") == "OTHER" else 4


def review_queue(events: list[Event], corrected: set[str]) -> list[str]:
    """Event ids in queue order; within a rank by date (undated last), then as the case lists them."""
    def key(pair: tuple[int, Event]) -> tuple[int, bool, str, int]:
        index, event = pair
        start = event.date.start if event.date and event.date.start else ""
        return queue_rank(event, event.id in corrected), not start, start, index

    return [event.id for _, event in sorted(enumerate(events), key=key)]


def queue_reason(event: Event, corrected: bool) -> str:
    """Why the event is where it is in the queue, in a few words."""
    return REASONS[queue_rank(event, corrected)]
