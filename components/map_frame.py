"""The map's frame: the story's central mass (a few far-off events aside), or the world, shaped to the map's panel."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from components.story_share import MIN_STORY, OTHER_STORY_SHARE

WORLD = {"lataxis_range": [-90.0, 90.0], "lonaxis_range": [-180.0, 180.0]}
CORE_SHARE = 0.75  # the events nearest the story's middle, this share of them, set how far the story reaches
REACH = 2.0  # places up to this many times that reach stay in the frame; farther ones are outliers left out
LEAST_REACH = 5.0  # degrees: a story packed in one town still keeps what lies this near in its frame
STORY_SPAN, ZOOM_SPAN = 20.0, 3.0  # degrees: the least frame of the story (one town: its country), of a zoom


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The value half the weight lies at or below: the middle of the events, not of the places."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def arc_degrees(lat: np.ndarray, lon: np.ndarray, centre_lat: float | np.ndarray, centre_lon: float | np.ndarray
                ) -> np.ndarray:
    """Distances from a centre in degrees of a great circle (flat-earth approximation, across the antimeridian)."""
    dlon = (lon - centre_lon + 180.0) % 360.0 - 180.0
    return np.hypot(lat - centre_lat, dlon * np.cos(np.radians((lat + centre_lat) / 2)))


def core_places(points: pd.DataFrame) -> pd.DataFrame:
    """The places of the story's central mass: those within REACH times the distance from the events' median point
    that CORE_SHARE of the events lie within, and far places that make a story of their own. Two places or fewer are
    all kept: no majority says which is odd."""
    weights = points["count"].to_numpy(float) if "count" in points else np.ones(len(points))
    if len(points) <= 2 or weights.sum() <= 2:
        return points
    lat, lon = points["lat"].to_numpy(float), points["lon"].to_numpy(float)
    distance = arc_degrees(lat, lon, weighted_median(lat, weights), weighted_median(lon, weights))
    order = np.argsort(distance, kind="stable")
    cumulative = np.cumsum(weights[order])
    reach = distance[order][np.searchsorted(cumulative, CORE_SHARE * cumulative[-1])]
    kept = distance <= max(REACH * reach, LEAST_REACH)
    return points[kept | other_stories(lat, lon, weights, ~kept)]


def other_stories(lat: np.ndarray, lon: np.ndarray, weights: np.ndarray, far: np.ndarray) -> np.ndarray:
    """Which far places gather enough events within LEAST_REACH of them to be a story of their own in the case
    (five articles on Gaza, Senegal and Haiti: Haiti is framed too), not stray mentions. Counted among the distinct far
    places at once, not place by place (a big case has hundreds of far places among 20,000 placed events)."""
    stories = np.zeros(len(lat), dtype=bool)
    if not far.any():
        return stories
    places, where = np.unique(np.column_stack([lat[far], lon[far]]), axis=0, return_inverse=True)
    where = where.ravel()
    held = np.bincount(where, weights=weights[far], minlength=len(places))
    enough = max(MIN_STORY, OTHER_STORY_SHARE * weights.sum())
    stories[far] = near_weights(places[:, 0], places[:, 1], held)[where] >= enough
    return stories


def near_weights(lat: np.ndarray, lon: np.ndarray, weights: np.ndarray, most_pairs: int = 2_000_000) -> np.ndarray:
    """For each place, the weight of the places within LEAST_REACH of it (itself included), measured a block of places
    at a time so memory stays bounded."""
    block = max(1, most_pairs // len(lat))
    return np.concatenate([
        (arc_degrees(lat[None, :], lon[None, :], lat[start:start + block, None], lon[start:start + block, None])
         <= LEAST_REACH) @ weights
        for start in range(0, len(lat), block)])


def view_ranges(points: pd.DataFrame, margin: float = 0.25, minimum_span: float = STORY_SPAN,
                aspect: float = 1.5, whole: bool = False) -> dict:
    """Frame the story's central mass (every point when `whole`) with some surroundings, at least `minimum_span`
    degrees across (a single place gets its region, not a blank box), shaped to the panel so the map fills it."""
    if points.empty:
        return {}
    core = points if whole else core_places(points)
    spans = {}
    for column in ("lat", "lon"):
        low, high = float(core[column].min()), float(core[column].max())
        pad = max((high - low) * margin, (minimum_span - (high - low)) / 2, 0.0)
        spans[column] = (low - pad, high + pad)
    return shaped(*spans["lat"], *spans["lon"], aspect)


def shaped(lat_low: float, lat_high: float, lon_low: float, lon_high: float, aspect: float) -> dict:
    """A frame grown in width or in height, about its middle and inside the world, to a panel's shape."""
    lat_low, lat_high = max(lat_low, -90.0), min(lat_high, 90.0)
    lon_low, lon_high = slide(lon_low, lon_high, -180.0, 180.0)
    shape = projected_aspect(lat_low, lat_high, lon_high - lon_low)
    if shape < aspect:  # too tall: the width grows in proportion
        middle, half = (lon_low + lon_high) / 2, (lon_high - lon_low) * aspect / shape / 2
        lon_low, lon_high = slide(middle - half, middle + half, -180.0, 180.0)
    elif shape > aspect:  # a thin strip: add latitude, the projection's shape changing with it
        low, high = 0.0, 180.0
        for _ in range(40):
            pad = (low + high) / 2
            wider = projected_aspect(max(lat_low - pad, -90.0), min(lat_high + pad, 90.0), lon_high - lon_low)
            low, high = (pad, high) if wider > aspect else (low, pad)
        lat_low, lat_high = slide(lat_low - high, lat_high + high, -90.0, 90.0)
    return {"lataxis_range": [lat_low, lat_high], "lonaxis_range": [lon_low, lon_high]}


def slide(low: float, high: float, least: float, most: float) -> tuple[float, float]:
    """A stretch moved back inside [least, most] whole, cut only when it is wider than that."""
    if high - low >= most - least:
        return least, most
    shift = max(least - low, 0.0) - max(high - most, 0.0)
    return low + shift, high + shift


def projected_aspect(lat_low: float, lat_high: float, lon_span: float) -> float:
    """Width over height of a stretch of the Natural Earth projection (Šavrič et al. 2015's polynomials), as wide
    as its parallel nearest the equator."""
    def y(lat: float) -> float:
        phi = math.radians(lat)
        return phi * (1.007226 + phi ** 2 * (0.015085 + phi ** 4 * (-0.044475 + 0.028874 * phi ** 2
                                                                      - 0.005916 * phi ** 4)))

    widest = math.radians(min(max(0.0, lat_low), lat_high) if lat_low > 0 or lat_high < 0 else 0.0)
    scale = 0.8707 - 0.131979 * widest ** 2 + widest ** 4 * (-0.013791 + widest ** 6 * (0.003971 - 0.001529
                                                                                         * widest ** 2))
    return math.radians(lon_span) * scale / max(y(lat_high) - y(lat_low), 1e-9)


def outside(points: pd.DataFrame, ranges: dict) -> pd.Series:
    """Which points the frame leaves out."""
    if not ranges:
        return pd.Series(False, index=points.index)
    (south, north), (west, east) = ranges["lataxis_range"], ranges["lonaxis_range"]
    return ~(points["lat"].between(south, north) & points["lon"].between(west, east))
