"""Places close together at the map's scale drawn as one marker with its count, so no marker hides another."""
from __future__ import annotations

import numpy as np
import pandas as pd

from components.safe_text import plotly_text

CLUSTER_PIXELS = 30  # markers whose centres are nearer than this on the panel would overlap: they are one cluster
CLUSTER_COLUMNS = ["lat", "lon", "count", "places", "ids", "hover"]
NEIGHBOURS = [(x, y, z) for x in (-1, 0, 1) for y in (-1, 0, 1) for z in (-1, 0, 1)]  # a grid cell and those around


def cluster_radius(ranges: dict, panel_width: int, pixels: int = CLUSTER_PIXELS) -> float:
    """How many degrees of a great circle `pixels` of the panel cover in the frame (at its middle latitude)."""
    (south, north), (west, east) = ranges["lataxis_range"], ranges["lonaxis_range"]
    across = (east - west) * np.cos(np.radians((south + north) / 2))
    return float(max(across, 1e-6) * pixels / panel_width)


def cluster_labels(groups: pd.DataFrame, radius: float) -> pd.Series:
    """A cluster number per marker group: places taken busiest first, each joining the nearest cluster whose
    busiest place is within `radius` degrees, else starting one there (so a cluster stands at a real place). The
    clusters' places are kept in a grid of cells a radius wide, so a place is measured against its neighbours only."""
    if groups.empty:
        return pd.Series(dtype=int, index=groups.index)
    places = groups.groupby(["lat", "lon"], sort=False)["count"].sum().reset_index()
    places = places.sort_values(["count", "lat", "lon"], ascending=[False, True, True], kind="stable")
    points = on_sphere(places["lat"].to_numpy(float), places["lon"].to_numpy(float))
    reach = 2 * np.sin(np.radians(min(radius, 180.0)) / 2)  # the radius as a straight line through the sphere
    cells = np.floor(points / max(reach, 1e-9)).astype(int)
    grid: dict[tuple[int, int, int], list[int]] = {}
    centres: list[int] = []  # the place each cluster stands at
    labels = np.empty(len(places), dtype=int)
    for index, cell in enumerate(map(tuple, cells)):
        near = [label for step in NEIGHBOURS for label in grid.get((cell[0] + step[0], cell[1] + step[1],
                                                                    cell[2] + step[2]), [])]
        distance = np.linalg.norm(points[[centres[label] for label in near]] - points[index], axis=1) if near else []
        if len(distance) and distance.min() <= reach:
            labels[index] = near[int(np.argmin(distance))]
            continue
        labels[index] = len(centres)
        grid.setdefault(cell, []).append(len(centres))
        centres.append(index)
    by_place = dict(zip(zip(places["lat"], places["lon"]), labels))
    return pd.Series([by_place[(lat, lon)] for lat, lon in zip(groups["lat"], groups["lon"])], index=groups.index)


def on_sphere(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Places as points on the unit sphere: near on the map is near here, across the date line too."""
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def split_clusters(groups: pd.DataFrame, radius: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The marker groups that stand alone (one place, one type: drawn in their type's colour) and the clusters of
    several places or types, each at its busiest place with its events' count."""
    labels = cluster_labels(groups, radius)
    together = labels.map(labels.value_counts()) > 1
    clusters = [summarise_cluster(rows) for _, rows in groups[together].groupby(labels[together], sort=True)]
    return groups[~together], pd.DataFrame(clusters, columns=CLUSTER_COLUMNS)


def summarise_cluster(rows: pd.DataFrame) -> dict:
    """A cluster's marker: where it stands, its count, its events' ids and a hover naming its places and types."""
    busiest = rows.groupby(["lat", "lon"], sort=False)["count"].sum().idxmax()
    by_place = rows.groupby("place", sort=False)["count"].sum().sort_values(ascending=False, kind="stable")
    by_type = rows.groupby("type", sort=True)["count"].sum()
    count, places = int(rows["count"].sum()), rows[["lat", "lon"]].drop_duplicates().shape[0]
    lines = [f"{plotly_text(place)}: {n}" for place, n in by_place.head(6).items()]
    lines += [f"… and {len(by_place) - 6} more places"] if len(by_place) > 6 else []
    types = " · ".join(f"{plotly_text(event_type)} {n}" for event_type, n in by_type.items())
    action = "click to list them" + (" and zoom in" if places > 1 else "")
    return {"lat": busiest[0], "lon": busiest[1], "count": count, "places": places, "ids": "|".join(rows["ids"]),
            "hover": f"<b>{count} events at {places} place(s)</b><br>" + "<br>".join(lines)
                     + f"<br>{types}<br><i>{action}</i>"}
