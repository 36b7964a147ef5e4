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
    several places or types, each at its busiest place with its events' count (every cluster summed in one grouped
    pass: a big case has hundreds)."""
    labels = cluster_labels(groups, radius)
    together = labels.map(labels.value_counts()) > 1
    rows = groups[together].assign(cluster=labels[together])
    if rows.empty:
        return groups[~together], pd.DataFrame(columns=CLUSTER_COLUMNS)
    at_places = rows.groupby(["cluster", "lat", "lon"], sort=False)["count"].sum().reset_index()
    busiest = at_places.sort_values("count", ascending=False, kind="stable").drop_duplicates("cluster")
    clusters = busiest.set_index("cluster")[["lat", "lon"]].sort_index()
    clusters["count"] = rows.groupby("cluster")["count"].sum()
    clusters["places"] = at_places.groupby("cluster").size()
    joined: dict[int, list[str]] = {}
    for label, ids in zip(rows["cluster"].tolist(), rows["ids"].tolist()):  # plain lists, not Arrow's strings
        joined.setdefault(label, []).append(ids)
    clusters["ids"] = ["|".join(joined[label]) for label in clusters.index]
    by_place = (rows.groupby(["cluster", "place"], sort=False)["count"].sum().reset_index()
                .sort_values(["cluster", "count"], ascending=[True, False], kind="stable"))
    places_of = dict(tuple(by_place.groupby("cluster", sort=False)))
    by_type = rows.groupby(["cluster", "type"], sort=True)["count"].sum()
    clusters["hover"] = [cluster_hover(count, places, places_of[label], by_type.loc[label])
                         for label, count, places in zip(clusters.index, clusters["count"], clusters["places"])]
    return groups[~together], clusters.reset_index(drop=True)[CLUSTER_COLUMNS]


def cluster_hover(count: int, places: int, by_place: pd.DataFrame, by_type: pd.Series) -> str:
    """A cluster's hover: its count, its busiest places and its types, the article's words escaped."""
    lines = [f"{plotly_text(place)}: {n}" for place, n in zip(by_place["place"].head(6), by_place["count"].head(6))]
    lines += [f"… and {len(by_place) - 6} more places"] if len(by_place) > 6 else []
    types = " · ".join(f"{plotly_text(event_type)} {n}" for event_type, n in by_type.items())
    action = "click to list them" + (" and zoom in" if places > 1 else "")
    return (f"<b>{count} events at {places} place(s)</b><br>" + "<br>".join(lines)
            + f"<br>{types}<br><i>{action}</i>")
