"""Airports named by their town or their own name ('Newark International Airport', "l'aéroport de Gao"): read as the
town the airport serves (geocoding/data/airports.json, from the airportsdata package)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.geo import haversine_km
from core.model import Candidate
from core.placelex import article, either, genitive
from geocoding.names import fold

AIRPORTS = Path(__file__).parent / "data" / "airports.json"
KINDS, QUALIFIERS = either("site_kinds.airport"), either("airport_words")
# An airport's name with its town: 'Newark International Airport', "l'aéroport international de Gao".
AIRPORT_NAME = re.compile(
    rf"^(?:(?P<before>.+?)\s+(?:(?:{QUALIFIERS})\s+)?(?:{KINDS})"
    rf"|{article()}(?:{KINDS})\s+(?:(?:{QUALIFIERS})\s+)?{genitive()}?{article()}(?P<after>.+))$", re.IGNORECASE)
TOWN_KM = 50.0  # an airport serves a town this close to it ('Newark' for Newark Liberty, 5 km away)


@dataclass(frozen=True)
class Airport:
    """One airport of the table: its own name, the town it serves, its country and point."""

    name: str
    town: str
    country_code: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def airports() -> tuple[Airport, ...]:
    """The airports of the data file scripts/airports.py derives."""
    rows = json.loads(AIRPORTS.read_text("utf-8"))["airports"]
    return tuple(Airport(name, town, country, lat, lon) for _, name, town, country, lat, lon in rows)


@lru_cache(maxsize=1024)
def airports_called(town: str) -> tuple[Airport, ...]:
    """The airports a text's words name: by the words inside their name ('Dulles' of Washington Dulles International
    Airport, 'Long Beach' of Long Beach (Daugherty Field) Airport and of Tofino / Long Beach Airport), else by the
    town they serve."""
    head = f" {fold(town)} "
    return (tuple(a for a in airports() if head in f" {fold(a.name)} ")
            or tuple(a for a in airports() if f" {fold(a.town)} " == head))


def names_an_airport(name: str) -> bool:
    """Whether words are a city's name, then words of the own name of an airport that serves it ('Paris Orly' for
    Paris-Orly Airport, 'Moscow Domodedovo'): news names an airport so with no airport word."""
    head, _, rest = fold(name).partition(" ")
    return bool(rest) and any(f" {rest} " in f" {own} " for own in airport_names_by_town().get(head, ()))


@lru_cache(maxsize=1)
def airport_names_by_town() -> dict[str, tuple[str, ...]]:
    """The airports' own names as lookup keys, by the key of the town each serves: asked of every two-word name."""
    found: dict[str, list[str]] = {}
    for airport in airports():
        found.setdefault(fold(airport.town), []).append(fold(airport.name))
    return {town: tuple(names) for town, names in found.items()}


def airport_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The readings of an airport's name the gazetteer lacks: the towns its airports serve (Washington for 'Dulles
    International Airport', Newark, New Jersey, for 'Newark International Airport'); else the towns its words name
    ('Gao' of "l'aéroport de Gao")."""
    found = AIRPORT_NAME.match(name.strip())
    town = (found.group("before") or found.group("after")) if found else ""
    if not town:
        return []
    served = {id(c): c for airport in airports_called(town) for c in lookup(airport.town)
              if c.feature_class == "city" and c.country_code == airport.country_code
              and haversine_km(c.lat, c.lon, airport.lat, airport.lon) <= TOWN_KM}
    return list(served.values()) or [c for c in lookup(town) if c.feature_class == "city"]
