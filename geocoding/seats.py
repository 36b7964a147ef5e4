"""Seats of government named by their building or street ('the White House', 'the Kremlin', 'l'Élysée', 'Downing
Street'): news uses the name for the government; as a place it lies in its capital, never in a namesake town (the
data file geocoding/data/seats.json)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from core.model import Candidate
from core.placelex import either, genitive, per_pack
from geocoding.names import fold
from lang import LANGUAGES

SEATS = Path(__file__).parent / "data" / "seats.json"
SEAT_MATCH = "seat"  # how a seat's name meets its capital (Candidate.name_match)
# A seat's namesake town is meant only when the text calls it a town ('the town of White House') or puts it in a
# state or a country that does not hold the capital ('White House, Tenn.').
AFTER_COMMA = re.compile(r",\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
TOWN_WORDS_BEFORE = re.compile(rf"\b(?:{either('seat_town_words')})\s+{genitive(fused=False)}?$", re.IGNORECASE)


def locative(language: str) -> str:
    """A language's words that use a seat as a place, each with what may follow it before the name."""
    return rf"\b(?:{either('seat_locatives', language)})(?:{either('seat_locative_tails', language)})"


# A seat used as a place: a locative word before it ('outside the White House', 'in the Oval Office', 'à l'Élysée',
# 'devant la Maison Blanche', 'au Kremlin'); without one it stands for the government ('the Kremlin said').
LOCATIVE_BEFORE = re.compile(rf"(?:{per_pack(locative)})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Seat:
    """One seat of government: what it houses, and the capital it stands in."""

    name: str  # its first English name, for the reason
    what: str
    capital: str  # the capital's GeoNames name
    country: str  # ISO 3166 alpha-2


@lru_cache(maxsize=1)
def seats() -> dict[str, Seat]:
    """Every seat by the folded key of each of its names in the packs' languages, its English ones first."""
    found: dict[str, Seat] = {}
    for entry in json.loads(SEATS.read_text("utf-8"))["seats"]:
        seat = Seat(entry["en"][0], entry["what"], entry["capital"], entry["country"])
        for name in (*entry["en"], *(name for code in LANGUAGES for name in entry.get(code, ()))):
            found.setdefault(fold(name), seat)
    return found


def seat_of(name: str) -> Seat | None:
    """The seat a name is, if it is one ('the White House', "l'Élysée", 'Maison-Blanche')."""
    return seats().get(fold(name))


def capital_of(seat: Seat, lookup: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The gazetteer's reading of the city a seat stands in, with the reason it is read there."""
    cities = [c for c in lookup(seat.capital) if c.feature_class == "city" and c.country_code == seat.country]
    if not cities:
        return None
    city = max(cities, key=lambda c: (c.name_match == "name", c.population))
    return replace(city, name_match=SEAT_MATCH,
                   reason=f"the seat of {seat.what}, in {city.name}: a seat of government is read in its capital, not a "
                          f"namesake town")


def is_namesake_town(text: str, start: int, end: int, capital: Candidate,
                     lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether the words around a seat's name say it is a town of that name: 'the town of White House', or 'White
    House, Tenn.' with a state or a country that does not hold the capital."""
    if TOWN_WORDS_BEFORE.search(text, max(0, start - 30), start):
        return True
    after = AFTER_COMMA.match(text, end)
    if not after:
        return False
    areas = [c for c in lookup(after.group("name")) if c.feature_class in ("region", "country")]
    return bool(areas) and not any(holds(area, capital) for area in areas)


def holds(area: Candidate, city: Candidate) -> bool:
    """Whether a state or a country holds a city (by its code, or for a state, its state code)."""
    if area.feature_class == "country":
        return area.country_code == city.country_code
    return area.country_code == city.country_code and bool(area.admin1) and area.admin1 == city.admin1


def is_place_use(text: str, start: int, end: int) -> bool:
    """Whether a seat's name is used as a place ('protesters gathered outside the White House', 'reçu à
    Matignon'), not for the government it houses ('the White House said', "l'Élysée a annoncé")."""
    return bool(LOCATIVE_BEFORE.search(text, max(0, start - 40), start))
