"""A town that is the seat of a first-level region named after it (Venice, Nablus, Janīn of Jenin governorate) is
known abroad beyond its size: its other names ('Venise', 'Naplouse', 'Jénine') are its names in other languages."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from core.geo import haversine_km
from core.model import Candidate
from geocoding.romanised import sound_key, vowel_key
from geocoding.weights import REGION_SEAT_KM


def seat_key(name: str) -> str:
    """A name as its sounds with its open vowels alike: a region and its seat's romanisations ('Jenin', 'Janīn') meet."""
    return vowel_key(sound_key(name))


@lru_cache(maxsize=1)
def region_points() -> dict[tuple[str, str], tuple[tuple[float, float], ...]]:
    """The points of the first-level regions (countrystatecity), by country and the seat key of their name."""
    from geocoding.gazetteer import region_rows

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for (name, lat, lon, code, *_), _names in region_rows():
        points[code, seat_key(name)].append((lat, lon))
    return {key: tuple(found) for key, found in points.items()}


def is_namesake_region_seat(candidate: Candidate) -> bool:
    """Whether a reading is a town within a region's reach of a region of its country named like it."""
    return candidate.feature_class == "city" and any(
        haversine_km(candidate.lat, candidate.lon, *point) <= REGION_SEAT_KM
        for point in region_points().get((candidate.country_code, seat_key(candidate.name)), ()))
