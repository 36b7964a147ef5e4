"""First-level regions' own outlines (Natural Earth admin-1, simplified), read one country at a time, so a map can
draw a state, province or oblast by its border rather than a disc."""
from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.geo import EARTH_RADIUS_KM
from core.placelex import packs
from geocoding.gazetteer import gazetteer_path, is_latin
from geocoding.names import fold

SHAPES_FILE = Path(__file__).parent / "data" / "region_shapes.jsonl"  # written by scripts/region_shapes.py
SCALE = 100  # coordinates are stored as whole hundredths of a degree (about 1 km)
MARGIN = 0.1  # degrees a region's point may lie outside its box: a capital on the coast, a rounded border
# The least share of a region's known radius its border's box must reach: 18 of the 2,600 gazetteer regions with a
# radius and a border fall short, wrong borders (Minsk's city for its region) and regions whose towns strew their
# radius over the sea (Yap, Kinmen).
LEAST_REACH = 0.25


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
    """One country's regions, read from its own line of the file alone ({} for a country without)."""
    start, index = shapes_index(path)
    if country_code not in index:
        return {}
    offset, length = index[country_code]
    with path.open("rb") as handle:
        handle.seek(start + offset)
        return json.loads(handle.read(length))


def gazetteer_regions(country_code: str) -> list[tuple[str, str, float, float]]:
    """The local gazetteer's first-level regions of a country as (name key, ISO 3166-2 code, lat, lon): its names
    (countrystatecity, ODbL) are joined to the shapes here, never stored beside them; none before it is built."""
    path = gazetteer_path()
    if not path.is_file():
        return []
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT name, admin1, lat, lon FROM places WHERE feature_class = 'region'"
                                      " AND country_code = ? AND admin1 != ''", (country_code,)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []
    return [(region_key(name), f"{country_code}-{admin1}", lat, lon) for name, admin1, lat, lon in rows
            if is_latin(name)]


def box_of(region: dict) -> tuple[float, float, float, float]:
    """A stored region's box (west, south, east, north) in degrees."""
    west, south, east, north = (v / SCALE for v in region["bbox"])
    return west, south, east, north


@lru_cache(maxsize=64)
def country_names(country_code: str, path: Path = SHAPES_FILE) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each name key's regions of a country as (rank, number), likeliest first: the gazetteer's name for the region of
    its ISO code whose box holds its point (the two sources number some countries' regions differently) and Natural
    Earth's names, a region both name so first (Pangasinan, not its city Dagupan, both PH-PAN)."""
    regions = country_regions(country_code, path).get("regions", [])
    ours = gazetteer_regions(country_code) if regions else []
    ranks: dict[str, dict[int, int]] = defaultdict(dict)  # both name it 0, the gazetteer alone 1, Natural Earth 2
    for key, code, lat, lon in ours:
        for number, region in enumerate(regions):
            if code == region["code"] and within(box_of(region), lat, lon):
                ranks[key][number] = 1
    for number, region in enumerate(regions):
        for key in {region_key(name) for name in region["names"]}:
            ranks[key][number] = ranks[key].get(number, 3) - 1
    sizes = [len(region["names"]) for region in regions]  # a whole code's region bears all its parts' names

    def order(pair: tuple[int, int]) -> tuple[int, int, int]:
        """Where the gazetteer alone names them, a whole code's region first (Madagascar's former provinces, as news
        still names them); where Natural Earth does, the part it names (Alborz, not Tehran with Alborz)."""
        rank, number = pair
        return rank, -sizes[number] if rank == 1 else sizes[number], number

    return {key: tuple(sorted(((rank, number) for number, rank in ranked.items()), key=order))
            for key, ranked in ranks.items()}


def within(bbox: tuple[float, ...], lat: float, lon: float) -> bool:
    """Whether a point lies in a box (west, south, east, north), give or take MARGIN."""
    west, south, east, north = bbox
    return west - MARGIN <= lon <= east + MARGIN and south - MARGIN <= lat <= north + MARGIN


def reach_km(bbox: tuple[float, float, float, float]) -> float:
    """Half the diagonal of a box, in km (a degree of longitude shrunk by the cosine of the middle latitude): how far
    a border reaches, islands and all, to set beside the radius the gazetteer gives its region."""
    west, south, east, north = bbox
    wide = (east - west) * math.cos(math.radians((south + north) / 2))
    return math.hypot(wide, north - south) / 2 * math.pi * EARTH_RADIUS_KM / 180


def fits(shape: RegionShape, radius_km: float | None) -> bool:
    """Whether a border reaches at least LEAST_REACH of the region's known radius: Natural Earth draws a few regions
    as their capital alone (Minsk's region as the city)."""
    return not radius_km or reach_km(shape.bbox) >= LEAST_REACH * radius_km


def decoded(region: dict) -> RegionShape:
    """A stored region as a RegionShape, in degrees."""
    rings = tuple((tuple(x / SCALE for x in ring[0::2]), tuple(y / SCALE for y in ring[1::2]))
                  for ring in region["rings"])
    return RegionShape(region["code"], region["name"], rings, box_of(region))


@lru_cache(maxsize=1024)
def region_shape(country_code: str, name: str, lat: float, lon: float, radius_km: float | None = None,
                 path: Path = SHAPES_FILE) -> RegionShape | None:
    """The outline of the region of this country known under this name that holds this point and is not far smaller
    than its known radius, of the likeliest ones the nearest that radius (Minsk's region, not the city of the same
    name and point), or None: a name Natural Earth gives another region ('Paktia' and 'Paktika' swapped), a point
    moved elsewhere, or a border of the region's capital alone keeps its disc."""
    if not country_code or not name:
        return None
    regions = country_regions(country_code, path).get("regions", [])
    named = country_names(country_code, path).get(region_key(name), ())
    held = [(rank, decoded(regions[number])) for rank, number in named if within(box_of(regions[number]), lat, lon)]
    fitting = [(rank, shape) for rank, shape in held if fits(shape, radius_km)]
    best = [shape for rank, shape in fitting if rank == fitting[0][0]]
    if not best or not radius_km:
        return best[0] if best else None
    return min(best, key=lambda shape: abs(math.log(reach_km(shape.bbox) / radius_km)))
