"""Where a country-level place is drawn: inside the outline the map draws for it. The country lists give points
rounded to whole or half degrees, which for a small country can lie outside it (Kuwait's, 29.5 N 45.75 E, is in
Saudi Arabia, 176 km from Kuwait's middle); such a point is replaced by the centre of the country's largest part as
the map's own outlines give it."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pycountry

OUTLINES = Path(__file__).resolve().parents[1] / "static" / "topojson" / "world_50m.json"  # the base map's shapes
Ring = list[tuple[float, float]]  # (longitude, latitude) points of one closed ring


@lru_cache(maxsize=1)
def outlines() -> dict[str, tuple[list[list[Ring]], tuple[float, float]]]:
    """Each country's polygons (outer ring, then holes) and the map's centre of its largest part, by ISO alpha-2
    code, from the base map's TopoJSON."""
    topology = json.loads(OUTLINES.read_text("utf-8"))
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # delta-encoded, quantised positions
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indices: list[int]) -> Ring:
        points: Ring = []
        for index in indices:
            part = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(part[1:] if points else part)
        return points

    found = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(alpha_3=geometry.get("id", ""))
        centre = geometry.get("properties", {}).get("ct")
        if country is None or not centre or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        found[country.alpha_2] = ([[ring(r) for r in polygon] for polygon in polygons], (centre[1], centre[0]))
    return found


def inside(lon: float, lat: float, rings: list[Ring]) -> bool:
    """Whether a point lies inside a polygon (its outer ring, not in a hole), by counting ring crossings."""
    crossings = 0
    for points in rings:
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


@lru_cache(maxsize=None)
def country_point(code: str, lat: float, lon: float) -> tuple[float, float]:
    """A country's point as drawn: the listed one when it lies inside the country's outline, else the centre of the
    country's largest part; the listed one for a country the map has no outline of."""
    outline = outlines().get(code.upper())
    if outline is None:
        return lat, lon
    polygons, centre = outline
    return (lat, lon) if any(inside(lon, lat, rings) for rings in polygons) else centre
