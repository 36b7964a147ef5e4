"""First-level regions' own outlines (Natural Earth admin-1, simplified), read one country at a time, so a map can
draw a state, province or oblast by its border rather than a disc."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.placelex import packs
from geocoding.names import fold

SHAPES_FILE = Path(__file__).parent / "data" / "region_shapes.jsonl"  # written by scripts/region_shapes.py
SCALE = 100  # coordinates are stored as whole hundredths of a degree (about 1 km)
MARGIN = 0.1  # degrees a region's point may lie outside its box: a capital on the coast, a rounded border


@dataclass(frozen=True)
class RegionShape:
    """A region's outline: its outer rings as (lons, lats), closed, and the box around them."""

    code: str  # ISO 3166-2, 'UA-23'
    name: str
    rings: tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]
    bbox: tuple[float, float, float, float]  # west, south, east, north


@lru_cache(maxsize=1)
def designators() -> re.Pattern[str]:
    """The words naming a region's kind ('oblast', 'province'), dropped from either end of a name before it is
    looked up: a text or Nominatim says 'Kherson Oblast', Natural Earth 'Kherson'."""
    words = sorted({fold(word) for pack in packs() for word in pack["administration_suffixes"]}, key=len, reverse=True)
    either = "|".join(map(re.escape, words))
    return re.compile(rf"^(?:(?:{either}) (?:of |de |du |d )?)+|(?: (?:{either}))+$")


def region_key(name: str) -> str:
    """A region's lookup key: its folded name without the word for its kind ('Kherson Oblast': 'kherson')."""
    key = fold(name)
    return designators().sub("", key).strip() or key


@lru_cache(maxsize=1)
def shapes_index(path: Path = SHAPES_FILE) -> tuple[int, dict[str, list[int]]]:
    """Where the countries' lines start (after the header line) and each one's byte offset and length."""
    with path.open("rb") as handle:
        header = json.loads(handle.readline())
        return handle.tell(), header["index"]


@lru_cache(maxsize=64)  # a case names regions of a few countries; each is read once
def country_regions(country_code: str, path: Path = SHAPES_FILE) -> dict:
    """One country's regions and name keys, read from its own line of the file alone ({} for a country without)."""
    start, index = shapes_index(path)
    if country_code not in index:
        return {}
    offset, length = index[country_code]
    with path.open("rb") as handle:
        handle.seek(start + offset)
        return json.loads(handle.read(length))


def within(bbox: tuple[float, ...], lat: float, lon: float) -> bool:
    """Whether a point lies in a box (west, south, east, north), give or take MARGIN."""
    west, south, east, north = bbox
    return west - MARGIN <= lon <= east + MARGIN and south - MARGIN <= lat <= north + MARGIN


@lru_cache(maxsize=1024)
def region_shape(country_code: str, name: str, lat: float, lon: float, path: Path = SHAPES_FILE) -> RegionShape | None:
    """The outline of the region of this country known under this name and holding this point, or None: a name
    Natural Earth gives another region ('Paktia' and 'Paktika' swapped) or a point moved elsewhere keeps its disc."""
    regions = country_regions(country_code, path) if country_code and name else {}
    number = regions.get("names", {}).get(region_key(name)) if regions else None
    if number is None:
        return None
    region = regions["regions"][number]
    bbox = tuple(v / SCALE for v in region["bbox"])
    if not within(bbox, lat, lon):
        return None
    rings = tuple((tuple(x / SCALE for x in ring[0::2]), tuple(y / SCALE for y in ring[1::2]))
                  for ring in region["rings"])
    return RegionShape(region["code"], region["name"], rings, bbox)
