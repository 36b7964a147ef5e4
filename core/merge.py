"""Recognise the same event told twice (two sentences, two articles) so the map shows it once, with every source."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from core.model import Event
from core.geo import haversine_km
from core.vocabulary import POINT_PRECISIONS

SAME_PLACE_KM = 50.0
SAME_DAYS = 1  # two tellings a day apart may be one happening: time zones, 'yesterday' read from another date


def same_event(first: Event, second: Event) -> bool:
    """Same coded type and status, dates a day apart at most, places finer than a country within 50 km, and a shared
    actor when both name some."""
    if first.type != second.type or first.type == "OTHER" or first.status != second.status:
        return False
    dates = (first.date, second.date)
    if any(d is None or not d.start or d.precision not in POINT_PRECISIONS for d in dates):
        return False
    if abs(day_of(dates[0].start) - day_of(dates[1].start)) > SAME_DAYS:
        return False  # 'Tuesday' in Moscow is 'Monday' in a wire written in Washington
    places = (first.place, second.place)
    if any(p is None or not p.resolved or p.precision == "country" for p in places):
        return False  # a whole country is too coarse to call two happenings one
    if haversine_km(places[0].lat, places[0].lon, places[1].lat, places[1].lon) > SAME_PLACE_KM:
        return False
    return not (first.actors and second.actors and not set(first.actors) & set(second.actors))


def day_of(start: str) -> int:
    """A date's day number, for comparing dates a day apart."""
    return dt.date.fromisoformat(start[:10]).toordinal()


def told_alike(event: Event) -> tuple[str, str, str, str]:
    """The words, trigger, type and date of an event's telling: a wire story reprinted word for word tells the same
    event, while one sentence may tell several happenings of other kinds."""
    return " ".join(event.text.split()), event.trigger, event.type, event.date.value if event.date else ""


def cluster_events(events: list[Event]) -> list[list[Event]]:
    """Groups of events that tell the same thing, each group in reading order; single events stand alone."""
    return [[events[index] for index in group] for group in cluster_index_groups(events)]


def cluster_index_groups(events: list[Event]) -> list[list[int]]:
    """cluster_events' groups as the events' positions, ordered by their first."""
    parent = list(range(len(events)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    first_telling: dict[tuple[str, str, str, str], int] = {}
    for index, event in enumerate(events):
        first = first_telling.setdefault(told_alike(event), index)
        parent[index] = root(first)
    buckets: dict[str, list[int]] = defaultdict(list)
    for index in first_telling.values():  # one sentence per wording is enough to compare
        event = events[index]
        if event.date and event.date.start:
            buckets[event.type].append(index)
    for members in buckets.values():
        members.sort(key=lambda i: events[i].date.start)
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                if day_of(events[second].date.start) - day_of(events[first].date.start) > SAME_DAYS:
                    break  # sorted by date: none further on is close enough
                if root(first) != root(second) and same_event(events[first], events[second]):
                    parent[root(second)] = root(first)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(events)):
        groups[root(index)].append(index)
    return list(groups.values())


def regrouped(events: list[Event], before: list[int | None], gone: list[tuple[Event, int]]) -> list[list[int]]:
    """What cluster_index_groups(events) gives after a correction, gathering again only the groups it can change:
    `before` is each event's group before (None for a touched document's events as they now are), `gone` the touched
    documents' events as they were, with theirs. A group none of whose tellings shares a wording with a touched one
    or could join one keeps its tellings together and apart, as every comparison inside and out is unchanged."""
    fresh = [index for index, group in enumerate(before) if group is None]
    wordings = {told_alike(event) for event, _ in gone} | {told_alike(events[index]) for index in fresh}
    reopened = {group for _, group in gone}
    alike = [index for index in wording_matches(events, wordings) if before[index] is not None]
    reopened |= {before[index] for index in alike}
    reopened |= {before[index] for index in joinable(events, [*fresh, *alike]) if before[index] is not None}
    part = [index for index, group in enumerate(before) if group is None or group in reopened]
    gathered = [[part[i] for i in group] for group in cluster_index_groups([events[index] for index in part])]
    kept: dict[int, list[int]] = defaultdict(list)
    for index, group in enumerate(before):
        if group is not None and group not in reopened:
            kept[group].append(index)
    return sorted([*gathered, *kept.values()])


def wording_matches(events: list[Event], wordings: set[tuple[str, str, str, str]]) -> list[int]:
    """The events told in one of these wordings (their trigger and type compared first: far cheaper than words)."""
    triggers, cheap = {wording[1] for wording in wordings}, {wording[1:3] for wording in wordings}
    return [index for index, event in enumerate(events)
            if event.trigger in triggers and (event.trigger, event.type) in cheap and told_alike(event) in wordings]


def joinable(events: list[Event], chosen: list[int]) -> list[int]:
    """The events the chosen ones could be told the same as: found by type and day (a day apart at most), then
    every test made."""
    near: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in (events[index] for index in chosen):
        if event.date and event.date.start:
            day = dt.date.fromisoformat(event.date.start[:10])
            for shift in (-1, 0, 1):
                near[event.type, (day + dt.timedelta(days=shift)).isoformat()].append(event)
    return [index for index, other in enumerate(events)
            if other.date and other.date.start and (other.type, other.date.start[:10]) in near
            and any(same_event(event, other) for event in near[other.type, other.date.start[:10]])]
