"""Regions drawn by their own border: the outline falls on the region, unknown or moved regions keep their disc, and
the shapes' file is read one country at a time."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import components.event_map as event_map
from components.event_map import DISC_POINTS, area_traces, map_figure
from geocoding.region_shapes import SHAPES_FILE, country_regions, region_key, region_shape

ZAPORIZHZHIA_BOX = (34.0, 46.0, 37.5, 48.4)  # west, south, east, north: the oblast, from an atlas


def region_events(*places: tuple[str, str, float, float], event_type: str = "ASSAULT") -> pd.DataFrame:
    """Events placed at first-level regions: (country, name, lat, lon) each, as the event table has them."""
    return pd.DataFrame([{"event_id": f"e{n}", "type": event_type, "country_code": code, "place": name, "lat": lat,
                          "lon": lon, "place_precision": "region", "place_radius_km": 120.0,
                          "approximate": True, "sentence": f"Shelling in {name}.", "status": "asserted"}
                         for n, (code, name, lat, lon) in enumerate(places)])


def points(trace) -> list[tuple[float, float]]:
    """A trace's (lon, lat) points, the breaks between rings left out."""
    return [(lon, lat) for lon, lat in zip(trace.lon, trace.lat) if lon is not None]


def test_a_region_is_drawn_by_its_own_border_inside_its_box() -> None:
    (outline,) = area_traces(region_events(("UA", "Zaporizka", 47.84, 35.14)))
    drawn = points(outline)
    west, south, east, north = ZAPORIZHZHIA_BOX
    assert outline.fill == "toself" and outline.hoverinfo == "skip"
    assert all(west <= lon <= east and south <= lat <= north for lon, lat in drawn)
    lons, lats = [lon for lon, _ in drawn], [lat for _, lat in drawn]
    assert max(lons) - min(lons) > 2.5 and max(lats) - min(lats) > 1.5, "the whole oblast, not a corner of it"
    assert len(drawn) != DISC_POINTS + 1, "a border, not a disc"
    ring = drawn[:list(outline.lon).index(None)]
    turning = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))
    assert ring[0] == ring[-1] and turning < 0, "closed and clockwise, as the projection fills a shape's inside"


def test_a_region_is_found_under_the_gazetteers_name_and_natural_earths() -> None:
    assert region_shape("UA", "Zaporizka", 47.84, 35.14).code == "UA-23"
    assert region_shape("UA", "Zaporizhzhia Oblast", 47.84, 35.14).code == "UA-23"
    assert region_shape("UA", "Khersonska", 46.64, 32.62).code == "UA-65"
    assert region_key("Oblast de Kherson") == region_key("Kherson Oblast") == "kherson"


def test_a_region_without_a_known_border_keeps_its_disc() -> None:
    (disc,) = area_traces(region_events(("UA", "Nowhere Oblast", 47.84, 35.14)))
    assert len(points(disc)) == DISC_POINTS + 1
    (moved,) = area_traces(region_events(("UA", "Zaporizka", 50.45, 30.52)))  # the analyst moved it to Kyiv
    assert len(points(moved)) == DISC_POINTS + 1, "a border that does not hold the point is another place's"


def test_regions_past_the_cap_keep_their_disc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_map, "MAX_OUTLINES", 1)
    traces = area_traces(region_events(("UA", "Zaporizka", 47.84, 35.14), ("UA", "Khersonska", 46.64, 32.62)))
    assert sorted(len(points(t)) == DISC_POINTS + 1 for t in traces) == [False, True], "one border, one disc"


def test_a_region_with_events_of_several_types_is_drawn_once() -> None:
    events = pd.concat([region_events(("UA", "Zaporizka", 47.84, 35.14)),
                        region_events(("UA", "Zaporizka", 47.84, 35.14), event_type="AID")], ignore_index=True)
    assert len(area_traces(events)) == 1


def test_the_legend_says_areas_are_outlined() -> None:
    figure = map_figure(region_events(("UA", "Zaporizka", 47.84, 35.14)), set())
    assert "outlined: its area" in figure.layout.legend.title.text
    assert figure.data[0].fill == "toself", "the border lies under the markers"


def test_the_shapes_file_is_read_one_country_at_a_time(tmp_path: Path) -> None:
    """Another country's line is never parsed: here it is not even JSON."""
    ukraine = json.dumps({"regions": [{"code": "UA-23", "name": "Zaporizhzhia", "bbox": [3420, 4626, 3722, 4813],
                                       "rings": [[3420, 4626, 3722, 4626, 3722, 4813, 3420, 4626]]}],
                          "names": {"zaporizka": 0}}).encode()
    broken = b"{not json at all"
    header = json.dumps({"index": {"RU": [0, len(broken)], "UA": [len(broken) + 1, len(ukraine)]}}).encode()
    path = tmp_path / "shapes.jsonl"
    path.write_bytes(header + b"\n" + broken + b"\n" + ukraine + b"\n")
    shape = region_shape("UA", "Zaporizka", 47.84, 35.14, path)
    assert shape.bbox == (34.2, 46.26, 37.22, 48.13) and shape.rings[0][0] == (34.2, 37.22, 37.22, 34.2)
    assert region_shape("FR", "Zaporizka", 47.84, 35.14, path) is None, "a country the file does not hold"
    with pytest.raises(json.JSONDecodeError):
        country_regions("RU", path)


def test_the_shapes_file_stays_small_and_every_country_line_is_where_the_index_says() -> None:
    assert SHAPES_FILE.stat().st_size < 3_000_000
    with SHAPES_FILE.open("rb") as handle:
        index = json.loads(handle.readline())["index"]
    assert {"UA", "RU", "US", "FR", "SY"} <= set(index)
    syria = country_regions("SY")["regions"]
    assert syria and all(region["code"].startswith("SY-") for region in syria)
