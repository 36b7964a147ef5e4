"""Places told relative to another ('à 117 km au nord de Mandalay', '95 km west of X', 'near X'): a computed point
with an uncertainty radius, not the anchor itself."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from extractors.event_lexicon import EventLexicon, event_lexicon
from core.model import PlaceMention
from core.placelex import article, either, genitive
from core.vocabulary import AREA_PRECISIONS
from geocoding.area_sides import side_of_area

ELIDED = ("'", "’")  # a word that runs into the next: "l'", "d'"

EARTH_KM = 6371.0088
LOOK_BACK = 80  # characters before a place name where its distance and direction are told
RADIUS_SHARE = 0.25  # a distance told in round figures: the point is known to about a quarter of it
MIN_RADIUS_KM = 10.0
NEAR_RADIUS_KM = 30.0  # 'near X', 'au large de X': close, no distance given
PART_SHIFT = 0.5  # 'southern Lebanon': the part's middle lies about half the area's radius from its centre
PART_SHARE = 0.6  # and the part spans a little more than half the area's radius


@lru_cache(maxsize=None)
def offset_pattern(language: str) -> re.Pattern[str]:
    """'117 km au nord de', '200 km (125 miles) west of the': distance, unit, direction, right before a name."""
    lexicon = event_lexicon(language)
    units = "|".join(re.escape(u) for u in sorted(lexicon.units, key=len, reverse=True))
    directions = "|".join(re.escape(d) for d in sorted(lexicon.directions, key=len, reverse=True))
    kinds = "|".join(re.escape(n) for n in lexicon.settlement_nouns) or "(?!)"
    plain_of = genitive(language, fused=False)  # '95 km west of the city of X'
    return re.compile(
        rf"(?P<distance>\d+(?:[.,]\d+)?)\s*(?P<unit>{units})\.?\s*(?:\([^)]{{0,40}}\)\s*)?"
        rf"(?:(?:{either('direction_leads', language)})\s+)?(?P<direction>{directions})\s+"
        rf"{genitive(language)}{article(language)}(?:(?:{kinds})\s+{plain_of}{article(language)})?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def near_pattern(language: str) -> re.Pattern[str]:
    """'near', 'off the coast of', 'au large de' right before a name."""
    words = "|".join(re.escape(n) for n in event_lexicon(language).near)
    return re.compile(rf"\b(?:{words})\s*{article(language)}$", re.IGNORECASE)


@lru_cache(maxsize=None)
def part_pattern(language: str) -> re.Pattern[str]:
    """'southern', 'the south of the', 'dans le sud de la', 'au centre du' right before an area's name."""
    lexicon = event_lexicon(language)
    adjectives = "|".join(re.escape(a) for a in sorted(lexicon.part_adjectives, key=len, reverse=True)) or "(?!)"
    nouns = "|".join(re.escape(n) for n in sorted(lexicon.part_nouns, key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?:\b(?P<adjective>{adjectives})\s+"
        rf"|\b(?:{either('part_leads', language)})\s*(?:{either('far_words', language)})?(?P<noun>{nouns})\s+"
        rf"{genitive(language)}{article(language)})$", re.IGNORECASE)


def destination(lat: float, lon: float, bearing_degrees: float, distance_km: float) -> tuple[float, float]:
    """The point a distance away from another along a bearing, on a sphere."""
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_degrees)
    delta = distance_km / EARTH_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return round(math.degrees(phi2), 5), round((math.degrees(lam2) + 540) % 360 - 180, 5)


def relative_place(text: str, place: PlaceMention, language: str) -> PlaceMention:
    """The place a mention's own words point to: offset by a told distance and direction, near it, or itself."""
    if not place.resolved:
        return place
    before = text[max(0, place.start - LOOK_BACK):place.start]
    lexicon: EventLexicon = event_lexicon(language)
    offset = offset_pattern(language).search(before)
    if offset:
        distance = float(offset["distance"].replace(",", ".")) * lexicon.units[offset["unit"].lower()]
        bearing = lexicon.directions[offset["direction"].lower()]
        lat, lon = destination(place.lat, place.lon, bearing, distance)
        told = before[offset.start():].strip()
        joined = "" if told.endswith(ELIDED) else " "
        return replace(place, lat=lat, lon=lon, radius_km=max(MIN_RADIUS_KM, distance * RADIUS_SHARE),
                       precision="region", name=f"{told}{joined}{place.name or place.text}",
                       reason=f"computed from '{told} {place.text}'; {place.reason}".rstrip("; "))
    part = part_pattern(language).search(before) if place.precision in AREA_PRECISIONS and place.radius_km else None
    if part:
        return part_of_area(place, before[part.start():].strip(), part["adjective"] or part["noun"], lexicon)
    if near_pattern(language).search(before):
        return replace(place, radius_km=max(place.radius_km or 0.0, NEAR_RADIUS_KM),
                       reason=f"near {place.text}; {place.reason}".rstrip("; "))
    return place


def part_of_area(area: PlaceMention, told: str, word: str, lexicon: EventLexicon) -> PlaceMention:
    """The part of an area its words name ('southern Lebanon', 'le sud de la Colombie'): a point toward that side,
    with a radius of about half the area's."""
    word = word.lower()
    bearing = lexicon.part_adjectives.get(word, lexicon.part_nouns.get(word))
    radius = (area.radius_km or 0.0) * PART_SHARE
    side = side_of_area(area, bearing) if bearing is not None else None
    if side is not None:
        lat, lon, reach = side  # 'le sud de la Colombie': toward Pasto, not 390 km east of it
        radius = min(radius, reach)
    elif bearing is not None:
        lat, lon = destination(area.lat, area.lon, bearing, (area.radius_km or 0.0) * PART_SHIFT)
    else:
        lat, lon = area.lat, area.lon
    return replace(area, lat=lat, lon=lon, radius_km=max(MIN_RADIUS_KM, round(radius)), precision="region",
                   name=f"{told}{'' if told.endswith(ELIDED) else ' '}{area.text}",  # "l'est de l'Indonésie"
                   reason=f"the part of {area.text} its words name ('{told}'); {area.reason}".rstrip("; "))
