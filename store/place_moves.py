"""Every event at one place moved to another in one save: the places events stand at, and the corrections a move
writes."""
from __future__ import annotations

from core.model import Event, PlaceMention
from store.corrections import Correction


def place_key(place: PlaceMention) -> str:
    """How a place is told from another: its name and its point to about 100 m (two namesakes stay apart)."""
    return key_of(place.name or place.text, place.lat, place.lon)


def key_of(name: str, lat: float, lon: float) -> str:
    """A place's key from its name and point (see place_key)."""
    return f"{name} ({lat:.3f}, {lon:.3f})"


def place_fields(place: PlaceMention) -> dict:
    """A place as a correction holds it."""
    return {"name": place.name or place.text, "lat": place.lat, "lon": place.lon, "country_code": place.country_code,
            "feature_class": place.feature_class}


Change = tuple[Correction, Correction | None]  # the correction to write, and the one the page showed for its event


def moves(events: list[Event], shown: dict[str, Correction], target: dict) -> list[Change]:
    """The corrections putting each event at the target place, laid over what the analyst corrected before, each
    with the correction the page showed for it (what the save is checked against)."""
    changes = []
    for event in events:
        seen = shown.get(event.id)
        fields = {**(seen.fields if seen else {}), "place": dict(target)}
        changes.append((Correction(event.id, event.document_id, fields, anchor=event.text), seen))
    return changes
