"""How far a country reaches: an area is drawn as an area, its point with the radius of a disc of its size."""
from __future__ import annotations

import math
from functools import lru_cache

from countryinfo import CountryInfo


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
