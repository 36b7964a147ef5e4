"""Every export downloaded from the real Export page in Chromium, parsed, and the case file imported into a new copy."""
from __future__ import annotations

import base64
import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import numpy
import pytest
from offline_browser import offline_page
from running_app import running_app

from core.model import Analysis, Document
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from service.analysis import export_case
from store.case_settings import SEEDED_KEY

pytestmark = pytest.mark.e2e

KML = "{http://www.opengis.net/kml/2.2}"
MAP_POINT = '[data-testid="stPlotlyChart"] .geo .scattergeo path.point'


def on_the_globe(lat: float, lon: float) -> bool:
    """Whether a coordinate pair is a real place."""
    return -90 <= lat <= 90 and -180 <= lon <= 180


def check_csv(path: Path) -> int:
    """Rows with dates and places; returns how many events."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    placed = [row for row in rows if row["lat"]]
    assert placed and all(on_the_globe(float(r["lat"]), float(r["lon"])) for r in placed)
    assert any(row["date_start"] for row in rows)
    assert all(row["sentence"] for row in rows)
    return len(rows)


def check_geojson(path: Path) -> int:
    """A FeatureCollection of points in [lon, lat] order, unplaced events kept with a null geometry; returns how
    many features."""
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert any(feature["geometry"] for feature in features)
    for feature in features:
        assert feature["properties"]["sentence"] and feature["properties"]["status"]
        if feature["geometry"] is not None:
            lon, lat = feature["geometry"]["coordinates"]
            assert feature["geometry"]["type"] == "Point" and on_the_globe(lat, lon)
    return len(features)


def check_kml(path: Path) -> int:
    """Placemarks with coordinates and time spans, in a folder per document; returns how many placemarks."""
    marks = ET.parse(path).getroot().findall(f"{KML}Document/{KML}Folder/{KML}Placemark")
    assert marks
    for mark in marks:
        lon, lat = (float(v) for v in mark.findtext(f"{KML}Point/{KML}coordinates").split(","))
        assert on_the_globe(lat, lon)
    assert any(mark.findtext(f"{KML}TimeSpan/{KML}begin") for mark in marks)
    return len(marks)


def check_timelinejs(path: Path) -> int:
    """TimelineJS slides with a start date and text; returns how many slides."""
    timeline = json.loads(path.read_text(encoding="utf-8"))
    slides = timeline["events"]
    assert slides and timeline["title"]["text"]["headline"]
    for slide in slides:
        assert 1900 < slide["start_date"]["year"] < 2100 and 1 <= slide["start_date"]["month"] <= 12
        assert slide["text"]["text"]
    return len(slides)


class FigureDivs(HTMLParser):
    """Collects the ids of the page's divs and whether any script fetches from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.remote_scripts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "div" and values.get("id"):
            self.ids.add(values["id"])
        if tag == "script" and values.get("src"):
            self.remote_scripts.append(values["src"])


def check_html(path: Path) -> int:
    """Both figures, plotly.js inlined, no script from the network; returns how many latitudes it plots."""
    text = path.read_text(encoding="utf-8")
    page = FigureDivs()
    page.feed(text)
    assert {"map", "timeline"} <= page.ids and not page.remote_scripts
    assert "PlotlyGeoAssets" in text
    latitudes = [float(v) for values in re.findall(r'"lat":\[([^\]]*)\]', text) for v in values.split(",")
                 if v and v != "null"]  # null: a legend key, drawn nowhere
    for dtype, data in re.findall(r'"lat":\{"dtype":"(\w+)","bdata":"([^"]*)"\}', text):  # plotly's typed arrays
        latitudes += numpy.frombuffer(base64.b64decode(data.replace("\\u002f", "/")), dtype=dtype).tolist()
    assert all(-90 <= lat <= 90 for lat in latitudes)
    return len(latitudes)


def check_case(path: Path) -> int:
    """A Newsmap case with documents, the machine's analyses and the corrections apart; returns how many documents."""
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["format"] == "newsmap-case" and case["version"] == 2 and isinstance(case["corrections"], dict)
    assert case["documents"] and case["analyses"]
    assert {a["id"] for a in case["analyses"]} <= {d["id"] for d in case["documents"]}
    assert any(a["events"] for a in case["analyses"])
    return len(case["documents"])


EXPORTS: dict[str, tuple[str, Callable[[Path], int]]] = {
    "CSV (spreadsheets)": ("newsmap-events.csv", check_csv),
    "GeoJSON (GIS, kepler.gl)": ("newsmap-events.geojson", check_geojson),
    "KML (Google Earth)": ("newsmap-events.kml", check_kml),
    "TimelineJS JSON": ("newsmap-timeline.json", check_timelinejs),
    "Standalone HTML": ("newsmap.html", check_html),
    "Case file": ("newsmap-case.json", check_case),
}


def download(page, label: str, folder: Path) -> Path:
    """Click an Export page button and keep the file the browser receives."""
    with page.expect_download() as pending:
        page.get_by_role("button", name=label).click()
    saved = folder / pending.value.suggested_filename
    pending.value.save_as(saved)
    return saved


@pytest.mark.parametrize("label", list(EXPORTS))
def test_each_export_downloads_and_parses(page, app_url: str, tmp_path: Path, label: str) -> None:
    page.goto(f"{app_url}/export")
    page.get_by_role("button", name=label).wait_for()
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots and label == "CSV (spreadsheets)":  # the README's picture of the Export page comes from this run
        page.screenshot(path=str(Path(screenshots) / "export.png"))
    file_name, check = EXPORTS[label]
    saved = download(page, label, tmp_path)
    assert saved.name == file_name
    assert check(saved) > 0


def test_the_case_file_opens_in_a_new_copy_of_the_app(page, app_url: str, browser, tmp_path: Path) -> None:
    page.goto(f"{app_url}/export")
    exported = download(page, "Case file", tmp_path)
    documents = check_case(exported)
    empty = tmp_path / "new" / "case.sqlite"
    CaseStore(empty).set_meta(SEEDED_KEY, "1")  # a copy without the sample, so every document comes from the file
    with running_app(empty) as (url, _), offline_page(browser) as other:
        other.goto(f"{url}/export")
        other.locator('input[type="file"]').set_input_files(str(exported))
        other.get_by_role("button", name="Import", exact=True).click()
        other.get_by_text(f"Imported {documents} new document(s)").wait_for()
        other.goto(url)
        other.get_by_text(f"{documents} document(s)").wait_for()
        other.wait_for_selector(MAP_POINT, state="attached")


def test_a_case_file_over_five_megabytes_is_imported(browser, tmp_path: Path) -> None:
    source = CaseStore(tmp_path / "big.sqlite")
    for number in range(260):  # about 240 documents made 5 MB, once the most the app took
        document = Document(text=f"Report {number}. " + "Diplomats met again in Vladivostok. " * 600, title=f"{number}")
        source.add_document(document)
        source.save_analysis(Analysis(document=document, pipeline_version=PIPELINE_VERSION))  # opens without spaCy
    exported = tmp_path / "newsmap-case.json"
    exported.write_text(export_case(source), encoding="utf-8")
    assert exported.stat().st_size > 5 * 2**20
    empty = tmp_path / "new" / "case.sqlite"
    CaseStore(empty).set_meta(SEEDED_KEY, "1")
    with running_app(empty) as (url, _), offline_page(browser) as other:
        other.goto(f"{url}/export")
        other.locator('input[type="file"]').set_input_files(str(exported))
        other.get_by_role("button", name="Import", exact=True).click()
        other.get_by_text("Imported 260 new document(s)").wait_for()
