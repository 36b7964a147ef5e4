"""How far an area reaches: a country, a sea or a macro-region is drawn as an area, its point with the radius of a
disc of its size."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from countryinfo import CountryInfo

from geocoding.names import fold
from lang import LANGUAGES

PHYSICAL_FEATURES = Path(__file__).parent / "data" / "physical_features.json"
# The classes of waters a bare generic word may stand for in a story near them ('the Gulf', 'le Golfe').
MARINE_CLASSES = ("ocean", "sea", "gulf", "bay", "strait")
# Feature classes of geocoding/data/physical_features.json: physical and macro geography, each with its radius.
PHYSICAL_CLASSES = ("ocean", "sea", "gulf", "bay", "strait", "canal", "lake", "river", "range", "plateau", "desert",
                    "valley", "peninsula", "macro-region", "polar-region")


@lru_cache(maxsize=1)
def country_centres() -> dict[str, tuple[float, float]]:
    """Each country's centre (latitude, longitude) by ISO 3166 alpha-2 code, from the countryinfo package."""
    centres = {}
    for info in CountryInfo().all().values():
        code, centre = (info.get("ISO") or {}).get("alpha2"), info.get("latlng")
        if code and centre and len(centre) == 2:
            centres[code.upper()] = (float(centre[0]), float(centre[1]))
    return centres


@lru_cache(maxsize=1)
def country_areas() -> dict[str, float]:
    """Square kilometres by ISO 3166 alpha-2 code, from the countryinfo package."""
    areas = {}
    for info in CountryInfo().all().values():
        code, area = (info.get("ISO") or {}).get("alpha2"), info.get("area")
        if code and isinstance(area, (int, float)) and area > 0:
            areas[code.upper()] = float(area)
    return areas


def country_radius_km(code: str) -> float | None:
    """The radius of a disc as large as the country, or None when its area is not known."""
    area = country_areas().get(code.upper())
    return round(math.sqrt(area / math.pi)) if area else None


@lru_cache(maxsize=1)
def physical_features() -> tuple[dict, ...]:
    """Seas, straits, rivers, ranges, deserts, valleys and macro-regions with their names, point and radius (the
    data file scripts/physical_features.py derives)."""
    return tuple(json.loads(PHYSICAL_FEATURES.read_text("utf-8"))["features"])


@lru_cache(maxsize=1)
def physical_radii() -> dict[tuple[str, str], float]:
    """Each physical feature's radius in km by its class and name."""
    return {(f["class"], f["name"]): f["radius_km"] for f in physical_features()}


def features_named_with(word: str) -> tuple[dict, ...]:
    """The waters one of whose names holds a generic word ('gulf': the Persian Gulf, the Gulf of Mexico; 'golfe':
    the golfe Persique, the golfe de Gascogne)."""
    key = fold(word)
    return tuple(f for f in physical_features() if f["class"] in MARINE_CLASSES
                 and any(key in fold(name).split() for language in LANGUAGES for name in f.get(language, ())))


def feature_radius_km(feature_class: str, name: str) -> float | None:
    """How far a physical feature or macro-region reaches from its point, or None for any other place."""
    return physical_radii().get((feature_class, name)) if feature_class in PHYSICAL_CLASSES else None
