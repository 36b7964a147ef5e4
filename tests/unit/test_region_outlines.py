"""Regions drawn by their own border: the outline falls on the region, unknown, moved or wrongly drawn regions keep
their disc, the shapes' file holds Natural Earth's data alone (the gazetteer's names are joined when it is read) and
is read one country at a time."""
from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pandas as pd
import pytest

import components.event_map as event_map
from components.event_map import DISC_POINTS, area_traces, map_figure
import geocoding.region_shapes as region_shapes
from geocoding.gazetteer import Gazetteer
from geocoding.region_shapes import SHAPES_FILE, country_names, country_regions, region_key, region_shape

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


def test_a_region_is_drawn_by_its_own_border_inside_its_box(gazetteer: Gazetteer) -> None:
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


def test_a_region_is_found_under_the_gazetteers_name_and_natural_earths(gazetteer: Gazetteer) -> None:
    assert region_shape("UA", "Zaporizka", 47.84, 35.14).code == "UA-23"
    assert region_shape("UA", "Zaporizhzhia Oblast", 47.84, 35.14).code == "UA-23"
    assert region_shape("UA", "Khersonska", 46.64, 32.62).code == "UA-65"
    assert region_key("Oblast de Kherson") == region_key("Kherson Oblast") == "kherson"


def test_a_region_without_a_known_border_keeps_its_disc(gazetteer: Gazetteer) -> None:
    (disc,) = area_traces(region_events(("UA", "Nowhere Oblast", 47.84, 35.14)))
    assert len(points(disc)) == DISC_POINTS + 1
    (moved,) = area_traces(region_events(("UA", "Zaporizka", 50.45, 30.52)))  # the analyst moved it to Kyiv
    assert len(points(moved)) == DISC_POINTS + 1, "a border that does not hold the point is another place's"


def test_regions_past_the_cap_keep_their_disc(monkeypatch: pytest.MonkeyPatch, gazetteer: Gazetteer) -> None:
    monkeypatch.setattr(event_map, "MAX_OUTLINES", 1)
    traces = area_traces(region_events(("UA", "Zaporizka", 47.84, 35.14), ("UA", "Khersonska", 46.64, 32.62)))
    assert sorted(len(points(t)) == DISC_POINTS + 1 for t in traces) == [False, True], "one border, one disc"


def test_a_region_with_events_of_several_types_is_drawn_once(gazetteer: Gazetteer) -> None:
    events = pd.concat([region_events(("UA", "Zaporizka", 47.84, 35.14)),
                        region_events(("UA", "Zaporizka", 47.84, 35.14), event_type="AID")], ignore_index=True)
    assert len(area_traces(events)) == 1


def test_the_legend_says_areas_are_outlined(gazetteer: Gazetteer) -> None:
    figure = map_figure(region_events(("UA", "Zaporizka", 47.84, 35.14)))
    assert "outlined: its area" in figure.layout.legend.title.text
    assert figure.data[0].fill == "toself", "the border lies under the markers"


def shapes_file(path: Path, countries: dict[str, dict]) -> Path:
    """A shapes' file as scripts/region_shapes.py writes it: a header line with each country's offset and length."""
    lines, index, offset = [], {}, 0
    for code, country in countries.items():
        line = country if isinstance(country, bytes) else json.dumps(country).encode()
        index[code] = [offset, len(line)]
        lines.append(line + b"\n")
        offset += len(line) + 1
    path.write_bytes(json.dumps({"index": index}).encode() + b"\n" + b"".join(lines))
    return path


def square(code: str, name: str, west: int, south: int, side: int) -> dict:
    """A stored region drawn as a square, in whole hundredths of a degree."""
    east, north = west + side, south + side
    return {"code": code, "name": name, "names": [name], "bbox": [west, south, east, north],
            "rings": [[west, south, west, north, east, north, east, south, west, south]]}


def test_the_shapes_file_is_read_one_country_at_a_time(tmp_path: Path, gazetteer: Gazetteer) -> None:
    """Another country's line is never parsed: here it is not even JSON."""
    ukraine = {"regions": [{"code": "UA-23", "name": "Zaporizhzhia", "names": ["Zaporizhzhia"],
                            "bbox": [3420, 4626, 3722, 4813],
                            "rings": [[3420, 4626, 3722, 4626, 3722, 4813, 3420, 4626]]}]}
    path = shapes_file(tmp_path / "shapes.jsonl", {"RU": b"{not json at all", "UA": ukraine})
    shape = region_shape("UA", "Zaporizhzhia Oblast", 47.84, 35.14, path=path)
    assert shape.bbox == (34.2, 46.26, 37.22, 48.13) and shape.rings[0][0] == (34.2, 37.22, 37.22, 34.2)
    assert region_shape("UA", "Zaporizka", 47.84, 35.14, path=path) == shape, "the gazetteer's name, joined on reading"
    assert region_shape("FR", "Zaporizka", 47.84, 35.14, path=path) is None, "a country the file does not hold"
    with pytest.raises(json.JSONDecodeError):
        country_regions("RU", path)


def test_the_gazetteers_names_join_a_border_of_their_code_holding_their_point(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = shapes_file(tmp_path / "shapes.jsonl", {"XA": {"regions": [square("XA-01", "North", 1000, 2000, 100),
                                                                      square("XA-02", "South", 1000, 1000, 100)]}})
    monkeypatch.setattr(region_shapes, "gazetteer_regions", lambda code: [
        ("nordland", "XA-01", 20.5, 10.5),  # its code and inside its box
        ("sudland", "XA-01", 10.5, 10.5),  # its code, but elsewhere: the sources number them differently
        ("ostland", "XA-03", 20.5, 10.5)])  # inside the box, of another code
    assert country_names("XA", path) == {"north": ((2, 0),), "south": ((2, 1),), "nordland": ((1, 0),)}
    assert region_shape("XA", "Nordland", 20.5, 10.5, path=path).code == "XA-01"
    assert region_shape("XA", "Sudland", 10.5, 10.5, path=path) is None


def test_a_border_far_smaller_than_the_regions_radius_is_not_its_own(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Natural Earth draws a few regions as their capital alone (Minsk's region as the city): a region known to reach
    120 km is not a box of 0.2 degree (about 14 km from corner to centre); it keeps its disc."""
    path = shapes_file(tmp_path / "shapes.jsonl", {"XB": {"regions": [square("XB-01", "Capitalia", 1000, 1000, 20)]}})
    monkeypatch.setattr(region_shapes, "gazetteer_regions", lambda code: [])
    assert region_shape("XB", "Capitalia", 10.1, 10.1, path=path) is not None, "no radius known: the border stands"
    assert region_shape("XB", "Capitalia", 10.1, 10.1, 30.0, path=path) is not None
    assert region_shape("XB", "Capitalia", 10.1, 10.1, 120.0, path=path) is None
    monkeypatch.setattr(event_map, "region_shape", partial(region_shape, path=path))
    (disc,) = area_traces(region_events(("XB", "Capitalia", 10.1, 10.1)))  # placed 120 km wide
    assert len(points(disc)) == DISC_POINTS + 1


def test_of_two_borders_of_one_name_and_point_the_one_nearest_the_radius_is_drawn(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Minsk, the city, and Minsk, the region around it, share their name and point."""
    path = shapes_file(tmp_path / "shapes.jsonl", {"XC": {"regions": [square("XC-HM", "Urbs", 1090, 1090, 20),
                                                                      square("XC-MI", "Urbs", 900, 900, 300)]}})
    monkeypatch.setattr(region_shapes, "gazetteer_regions", lambda code: [])
    assert region_shape("XC", "Urbs", 11.0, 11.0, 10.0, path=path).code == "XC-HM"
    assert region_shape("XC", "Urbs", 11.0, 11.0, 150.0, path=path).code == "XC-MI"


def test_natural_earths_wrong_borders_are_not_drawn_for_the_regions_they_name() -> None:
    """Alborz, coded as Tehran, is drawn alone, and Tehran without it; Genova, named 'Liguria' in English, is no border
    of Liguria."""
    alborz, tehran = region_shape("IR", "Alborz", 35.94, 50.79), region_shape("IR", "Tehran", 35.69, 51.39)
    assert alborz.bbox[2] < 51.5 < tehran.bbox[2] and alborz.bbox[1] > tehran.bbox[1] + 0.5
    assert region_shape("IT", "Liguria", 44.48, 8.70) is None
    assert region_shape("IT", "Genova", 44.41, 8.93).code == "IT-GE"


def test_the_shapes_file_holds_natural_earths_data_alone() -> None:
    """No name of the gazetteer's (countrystatecity, ODbL): each region's names are Natural Earth's."""
    with SHAPES_FILE.open("rb") as handle:
        header = json.loads(handle.readline())
        assert "Natural Earth" in header["source"] and "countrystatecity" not in header["source"]
    ukraine = country_regions("UA")["regions"]
    assert set(ukraine[0]) == {"code", "name", "names", "bbox", "rings"} and set(country_regions("UA")) == {"regions"}
    zaporizhzhia = next(region for region in ukraine if region["code"] == "UA-23")
    assert zaporizhzhia["names"] == ["Zaporizhzhya", "Zaporizhzhia", "Zaporijjia"], "not the gazetteer's 'Zaporizka'"


def test_the_shapes_file_stays_small_and_every_country_line_is_where_the_index_says() -> None:
    assert SHAPES_FILE.stat().st_size < 3_000_000
    with SHAPES_FILE.open("rb") as handle:
        index = json.loads(handle.readline())["index"]
    assert {"UA", "RU", "US", "FR", "SY"} <= set(index)
    syria = country_regions("SY")["regions"]
    assert syria and all(region["code"].startswith("SY-") for region in syria)
