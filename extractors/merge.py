"""Recognise the same event told twice (two sentences, two articles) so the map shows it once, with every source."""
from __future__ import annotations

from collections import defaultdict

from extractors.model import Event
from geocoding.mentions import haversine_km

SAME_PLACE_KM = 50.0
FINE_PRECISIONS = {"minute", "hour", "part_of_day", "day"}


def same_event(first: Event, second: Event) -> bool:
    """Same coded type, same day, places finer than a country within 50 km, and a shared actor when both name some."""
    if first.type != second.type or first.type == "OTHER":
        return False
    dates = (first.date, second.date)
    if any(d is None or not d.start or d.precision not in FINE_PRECISIONS for d in dates):
        return False
    if dates[0].start[:10] != dates[1].start[:10]:
        return False
    places = (first.place, second.place)
    if any(p is None or not p.resolved or p.precision == "country" for p in places):
        return False  # a whole country is too coarse to call two happenings one
    if haversine_km(places[0].lat, places[0].lon, places[1].lat, places[1].lon) > SAME_PLACE_KM:
        return False
    return not (first.actors and second.actors and not set(first.actors) & set(second.actors))


def told_alike(event: Event) -> tuple[str, str]:
    """The words and the date of an event's sentence: a wire story reprinted word for word tells the same event."""
    return " ".join(event.text.split()), event.date.value if event.date else ""


def cluster_events(events: list[Event]) -> list[list[Event]]:
    """Groups of events that tell the same thing, each group in reading order; single events stand alone."""
    parent = list(range(len(events)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    first_telling: dict[tuple[str, str], int] = {}
    for index, event in enumerate(events):
        first = first_telling.setdefault(told_alike(event), index)
        parent[index] = root(first)
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in first_telling.values():  # one sentence per wording is enough to compare
        event = events[index]
        buckets[(event.type, event.date.start[:10] if event.date and event.date.start else "")].append(index)
    for members in buckets.values():
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                if root(first) != root(second) and same_event(events[first], events[second]):
                    parent[root(second)] = root(first)
    groups: dict[int, list[Event]] = defaultdict(list)
    for index, event in enumerate(events):
        groups[root(index)].append(event)
    return list(groups.values())
