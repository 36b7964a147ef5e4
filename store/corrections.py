"""The analyst's corrections laid over the machine's analyses: date, place, type, actors, removal, or merging."""
from __future__ import annotations

import copy

from extractors.model import Analysis, EventDate, PlaceMention
from extractors.timevalues import interval_of

ANALYST = "analyst"


def corrected_date(value: str) -> EventDate:
    """An analyst's date ('2023-09-13', '2023-09', '2023') with the interval it covers."""
    start, end, precision = interval_of(value)
    if start is None:
        raise ValueError(f"'{value}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    return EventDate(value=value, start=start, end=end, precision=precision, origin=ANALYST, text=value)


def corrected_place(fields: dict, evidence_start: int) -> PlaceMention:
    """An analyst's place: a name with coordinates, checked to lie on the globe."""
    lat, lon = float(fields["lat"]), float(fields["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"({lat}, {lon}) is not on the globe: latitude -90..90, longitude -180..180")
    return PlaceMention(start=evidence_start, end=evidence_start, text=fields.get("name", ""),
                        name=fields.get("name", ""), lat=lat, lon=lon, country_code=fields.get("country_code", ""),
                        feature_class=fields.get("feature_class", ""), precision="exact", confidence=1.0,
                        source=ANALYST, reason="set by the analyst")


def validate(fields: dict) -> None:
    """Refuse a correction that could not be applied, before it is stored."""
    if fields.get("date"):
        corrected_date(fields["date"])
    if fields.get("place"):
        corrected_place(fields["place"], 0)
    if "merged_into" in fields and not (isinstance(fields["merged_into"], str) and fields["merged_into"]):
        raise ValueError("an event can only be merged into another event")


def merge_targets(corrections: dict[str, dict]) -> dict[str, str]:
    """Which event the analyst merged each event into (the same happening, told twice), by event id."""
    return {event_id: fields["merged_into"] for event_id, fields in corrections.items() if fields.get("merged_into")}


def apply_corrections(analysis: Analysis, corrections: dict[str, dict]) -> Analysis:
    """The analysis as the analyst sees it: corrected events changed, removed ones gone; the cache untouched."""
    mine = {e.id: corrections[e.id] for e in analysis.events if e.id in corrections}
    if not mine:
        return analysis
    result = copy.copy(analysis)
    result.events = []
    for event in analysis.events:
        fields = mine.get(event.id)
        if fields is None:
            result.events.append(event)
            continue
        if fields.get("deleted"):
            continue
        event = copy.deepcopy(event)
        if "type" in fields:
            event.type = fields["type"]
        if "actors" in fields:
            event.actors = list(fields["actors"])
        if fields.get("date"):
            event.date = corrected_date(fields["date"])
        if fields.get("place"):
            event.place = corrected_place(fields["place"], event.start)
        event.confidence = 1.0
        result.events.append(event)
    return result
