"""A first-level region reaches as far as most of its towns lie from its point, so the map draws a region as an area
of about its size; a town, a country and a region with too few towns keep no such radius."""
from __future__ import annotations

import sqlite3

import pytest

from core.geo import haversine_km
from geocoding.extents import MIN_TOWNS, great_circle_km, region_extent_rows
from geocoding.gazetteer import SCHEMA, Gazetteer
from place_reading import read_alone


def base(towns_km: list[float], code: str = "XX", admin1: str = "01") -> sqlite3.Connection:
    """A tiny gazetteer: one region at (0, 0) and towns due north of it at the given distances."""
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    rows = [("Middle Province", 0.0, 0.0, code, admin1, "region", 0, None, "test")]
    rows += [(f"Town {i}", km / 111.195, 0.0, code, admin1, "city", 1000, None, "test") for i, km in enumerate(towns_km)]
    connection.executemany("INSERT INTO places (name, lat, lon, country_code, admin1, feature_class, population,"
                           " geonameid, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return connection


def test_a_region_reaches_as_far_as_most_of_its_towns() -> None:
    ((code, admin1, radius),) = region_extent_rows(base([10.0 * i for i in range(1, 11)]))
    assert (code, admin1) == ("XX", "01") and 90.0 <= radius <= 100.0  # nine towns of ten lie within it


def test_a_region_with_too_few_towns_has_no_radius() -> None:
    assert list(region_extent_rows(base([50.0] * (MIN_TOWNS - 1)))) == []


def test_the_distances_agree_with_the_great_circle() -> None:
    assert great_circle_km(48.85, 2.35, 51.51, -0.13) == pytest.approx(haversine_km(48.85, 2.35, 51.51, -0.13))


@pytest.mark.parametrize("text, name, low, high", [
    ("Floods hit Texas on Monday.", "Texas", 300, 800),
    ("Gunmen raided villages across Zamfara State.", "Zamfara State", 50, 200),
    ("Des combats ont éclaté dans la région de Tillaberi.", "Tillaberi", 80, 300),
])
def test_a_region_read_in_a_text_is_drawn_with_its_reach(text: str, name: str, low: float, high: float,
                                                         gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer)
    assert mention.feature_class == "region" and low <= mention.radius_km <= high


@pytest.mark.parametrize("text, name", [("Protests spread across Russia.", "Russia"),
                                        ("Rescuers reached Marrakesh at dawn.", "Marrakesh")])
def test_a_country_or_a_town_gets_no_regions_reach(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert read_alone(text, name, gazetteer).radius_km is None
