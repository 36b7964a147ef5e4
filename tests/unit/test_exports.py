"""Every export parses in its own format and carries the events; the case file round-trips."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from components.event_frame import event_frame
from components.event_map import map_figure
from components.event_timeline import timeline_figure
from components.palette import type_colour
from extractors.ingest import document_from_bytes
from extractors.pipeline import analyze
from store.case import CaseStore
from store.case_check import CaseFileError, check_case
from service.analysis import export_case
from store.case_file import import_case
from store.event_table import event_frame as table_of
from store.exports import events_csv, events_geojson, events_kml, events_timelinejs, standalone_html
from told_twice import two_documents

ROOT = Path(__file__).resolve().parents[2]
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def seed_analysis():
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    return analyze(document_from_bytes(seed.name, seed.read_bytes()))


def test_csv_geojson_kml_and_timelinejs_parse_and_hold_the_events(seed_analysis) -> None:
    events = event_frame([seed_analysis])
    rows = list(csv.DictReader(io.StringIO(events_csv(events))))
    assert len(rows) == len(events) and rows[0]["sentence"]
    assert {r["status"] for r in rows} <= {"asserted", "planned", "negated", "hypothetical", "historical"}
    assert all(r["mentions"] for r in rows)  # every event says which words tell it
    features = events_geojson(events)["features"]
    assert len(features) == len(events) and all(f["properties"]["status"] and f["properties"]["mentions"]
                                                for f in features)
    placed = [f for f in features if f["geometry"]]
    assert placed and all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in placed)
    placemarks = ElementTree.fromstring(events_kml(events, type_colour)).iter(f"{KML}Placemark")
    assert len(list(placemarks)) == len(placed)
    slides = events_timelinejs(events)["events"]
    assert slides and all("year" in s["start_date"] for s in slides)
    json.dumps(events_timelinejs(events))


def test_the_html_export_inlines_plotly_and_the_base_map(seed_analysis) -> None:
    events = event_frame([seed_analysis])
    page = standalone_html(map_figure(events), timeline_figure(events))
    assert "window.PlotlyGeoAssets" in page and '"world_110m"' in page
    assert not re.search(r"<script[^>]+src=", page), "everything is inlined: nothing to fetch"
    assert page.count("Plotly.newPlot") == 2


def test_a_case_file_round_trips_and_a_bad_one_is_refused(seed_analysis, tmp_path: Path) -> None:
    source = CaseStore(tmp_path / "a.sqlite")
    source.add_document(seed_analysis.document)
    source.save_analysis(seed_analysis)
    source.save_correction(seed_analysis.events[0].id, seed_analysis.document.id, {"type": "AID"})
    data = export_case(source).encode()
    target = CaseStore(tmp_path / "b.sqlite")
    plan = import_case(target, check_case(data))
    assert (len(plan.new_documents), len(plan.new_corrections)) == (1, 1)
    assert target.corrections() == source.corrections()
    assert [d.id for d in target.documents()] == [seed_analysis.document.id]
    assert target.cached_analysis(seed_analysis.document, seed_analysis.pipeline_version).to_json() == \
        seed_analysis.to_json()
    with pytest.raises(CaseFileError, match="not a Newsmap case"):
        check_case(b'{"format": "other"}')
    with pytest.raises(CaseFileError, match="JSON"):
        check_case(b"\xff\xfe")


def test_geojson_keeps_unplaced_events_with_a_null_geometry_and_carries_their_sources() -> None:
    features = {f["properties"]["id"]: f for f in events_geojson(table_of(two_documents()))["features"]}
    assert set(features) == {"a:0", "a:34", "b:34"}
    talks, shelling = features["a:34"], features["a:0"]
    assert talks["geometry"] is None and talks["properties"]["status"] == "planned"
    assert talks["properties"]["confidence"] == 0.4 and talks["properties"]["radius_km"] is None
    assert shelling["geometry"] == {"type": "Point", "coordinates": [36.23, 49.99]}
    assert shelling["properties"]["radius_km"] == 5.0 and shelling["properties"]["sources"] == 2
    assert [(s["title"], s["address"]) for s in shelling["properties"]["source_documents"]] == [
        ("Wire A", "a.html"), ("b.txt", "b.txt")]
    json.dumps(features)


def test_kml_styles_each_type_in_the_apps_colour_in_one_folder_per_document_with_the_fields_as_data() -> None:
    root = ElementTree.fromstring(events_kml(table_of(two_documents()), type_colour))
    colours = {f"#{s.get('id')}": s.findtext(f"{KML}IconStyle/{KML}color") for s in root.iter(f"{KML}Style")}
    folders = {f.findtext(f"{KML}name"): f.findall(f"{KML}Placemark") for f in root.iter(f"{KML}Folder")}
    assert {name: len(marks) for name, marks in folders.items()} == {"Wire A": 1, "b.txt": 1}
    (shelling,), (protest,) = folders["Wire A"], folders["b.txt"]
    for mark, event_type in ((shelling, "ASSAULT"), (protest, "PROTEST")):
        red, green, blue = (type_colour(event_type)[i:i + 2] for i in (1, 3, 5))
        assert colours[mark.findtext(f"{KML}styleUrl")] == f"ff{blue}{green}{red}".lower()  # KML's alpha-blue-green-red
    assert len(set(colours.values())) == 2
    data = {d.get("name"): d.findtext(f"{KML}value") for d in shelling.iter(f"{KML}Data")}
    assert data["status"] == "asserted" and data["source_addresses"] == "a.html | b.txt" and data["sources"] == "2"
    assert data["date_start"] == "2024-03-04T00:00:00" and data["place_radius_km"] == "5.0"


def test_csv_says_each_events_status_and_where_its_sources_came_from() -> None:
    rows = {row["event_id"]: row for row in csv.DictReader(io.StringIO(events_csv(table_of(two_documents()))))}
    assert rows["a:0"]["source_addresses"] == "a.html | b.txt" and rows["a:0"]["documents"] == "Wire A, b.txt"
    assert rows["a:34"]["status"] == "planned" and rows["a:34"]["lat"] == ""
