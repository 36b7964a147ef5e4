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
from extractors.ingest import document_from_bytes
from extractors.pipeline import analyze
from store.case import CaseStore
from store.case_check import CaseFileError, check_case
from store.case_file import export_case, import_case
from store.exports import events_csv, events_geojson, events_kml, events_timelinejs, standalone_html

ROOT = Path(__file__).resolve().parents[2]


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
    assert all(f["properties"]["status"] and f["properties"]["mentions"] for f in features)
    assert features and all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in features)
    placemarks = ElementTree.fromstring(events_kml(events)).iter("{http://www.opengis.net/kml/2.2}Placemark")
    assert len(list(placemarks)) == len(features)
    slides = events_timelinejs(events)["events"]
    assert slides and all("year" in s["start_date"] for s in slides)
    json.dumps(events_timelinejs(events))


def test_the_html_export_inlines_plotly_and_the_base_map(seed_analysis) -> None:
    events = event_frame([seed_analysis])
    page = standalone_html(map_figure(events, set()), timeline_figure(events, set()))
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
