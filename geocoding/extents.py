"""How far a first-level region reaches, from the towns the gazetteer lists in it: no registry package has regions'
outlines or areas, so an event placed at a region is drawn as a disc of this radius, not as a dot at its centre."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator

import numpy as np

from core.geo import EARTH_RADIUS_KM

MIN_TOWNS = 3  # fewer towns say where the region is, not how far it reaches
# The share of its towns within the radius: the 90th percentile of their distances from the region's point comes
# within a fifth of the radius of a disc of the region's area (Texas 519 km for 470, Bavaria 164 for 150, Zamfara
# 109 for 112, Sakha 996 for 990), where the farthest town overshoots on a region's odd shape.
TOWN_SHARE = 90


def region_extent_rows(connection: sqlite3.Connection) -> Iterator[tuple[str, str, float]]:
    """Each first-level region's country code, region code and radius in km, from the towns it holds."""
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for code, admin1, lat, lon in connection.execute(
            "SELECT country_code, admin1, lat, lon FROM places WHERE feature_class = 'city' AND admin1 != ''"):
        towns[(code, admin1)].append((lat, lon))
    regions = connection.execute(
        "SELECT country_code, admin1, lat, lon FROM places WHERE feature_class = 'region' AND admin1 != ''")
    for code, admin1, lat, lon in regions.fetchall():
        held = towns.get((code, admin1), [])
        if len(held) >= MIN_TOWNS:
            points = np.array(held)
            radius = np.percentile(great_circle_km(lat, lon, points[:, 0], points[:, 1]), TOWN_SHARE)
            yield code, admin1, round(float(radius), 1)


def great_circle_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distances between points given in degrees, broadcast as numpy broadcasts the arrays."""
    lat1, lon1, lat2, lon2 = (np.radians(a) for a in (lat1, lon1, lat2, lon2))
    half = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))
