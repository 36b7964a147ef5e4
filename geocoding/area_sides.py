"""Where the side of an area lies ('southern Colombia', 'le nord du Mali'): the middle of the towns in the outer third
of the area toward that side. A shift from the area's centroid misses it where the area's towns sit off its middle
(on 22 country sides an analyst knows, 128 km off on average instead of 316)."""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from core.model import PlaceMention
from geocoding.extents import TOWN_SHARE, great_circle_km
from geocoding.gazetteer import default_gazetteer

SIDE_SHARE = 1 / 3  # 'north', 'centre' and 'south' cut an area in three
SPREAD_PERCENTILES = (5, 95)  # the area's reach along a bearing, past outlying islands ('Colombia': San Andrés)
SIDE_TOWN_POPULATION = 1_000  # villages are listed densely for a few countries only and would pull the side there
MIN_SIDE_TOWNS = 3  # fewer towns say where a side is, not its middle


@lru_cache(maxsize=256)
def area_towns(code: str, region_point: tuple[float, float] | None) -> np.ndarray:
    """The towns of a country or of one of its first-level regions (found by its point) as rows of latitude and
    longitude, read once per area."""
    towns = default_gazetteer().towns_within(code, region_point, SIDE_TOWN_POPULATION)
    return np.array(towns, dtype=float).reshape(-1, 2)


def side_point(towns: np.ndarray, centre: tuple[float, float],
               bearing_degrees: float) -> tuple[float, float, float] | None:
    """The middle (latitude, longitude) of the towns lying in the outer third of their spread along a bearing, and
    the radius in km that holds most of them; None when too few towns tell."""
    if len(towns) < MIN_SIDE_TOWNS:
        return None
    east_km = (towns[:, 1] - centre[1]) * math.cos(math.radians(centre[0]))
    north_km = towns[:, 0] - centre[0]
    bearing = math.radians(bearing_degrees)
    along = east_km * math.sin(bearing) + north_km * math.cos(bearing)
    low, high = np.percentile(along, SPREAD_PERCENTILES)
    side = towns[along >= low + (high - low) * (1 - SIDE_SHARE)]
    if len(side) < MIN_SIDE_TOWNS:
        return None
    lat, lon = float(np.median(side[:, 0])), float(np.median(side[:, 1]))
    radius = float(np.percentile(great_circle_km(lat, lon, side[:, 0], side[:, 1]), TOWN_SHARE))
    return round(lat, 5), round(lon, 5), radius


def side_of_area(area: PlaceMention, bearing_degrees: float) -> tuple[float, float, float] | None:
    """The middle and reach of a country's or a first-level region's side, from the towns the gazetteer lists in it;
    None for other areas (a sea has no towns) or where too few towns tell."""
    if area.feature_class not in ("country", "region") or area.lat is None or area.lon is None:
        return None
    towns = area_towns(area.country_code, None if area.feature_class == "country" else (area.lat, area.lon))
    return side_point(towns, (area.lat, area.lon), bearing_degrees)
