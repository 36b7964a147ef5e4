"""Exports carry an article's words as data: no formula for a spreadsheet, no markup for Google Earth,
TimelineJS or a browser."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ElementTree

import pandas as pd
import pytest

from components.event_frame import event_frame
from components.event_map import map_figure
from components.event_timeline import timeline_figure
from components.palette import type_colour
from core.model import Analysis, Document, Event, EventDate, PlaceMention
from store.exports import cdata, events_csv, events_kml, events_timelinejs, standalone_html

KML = "{http://www.opengis.net/kml/2.2}"
TAG = "<img src=http://evil.example/b.png>"
LINK = '<a href="http://evil.example/c">here</a>'
SCRIPT = "</script><script>alert('x')</script>"
SENTENCE = f"=HYPERLINK(\"http://evil.example\") {TAG} {LINK} ]]> {SCRIPT}"


@pytest.fixture
def events() -> pd.DataFrame:
    """Events whose sentence, actors, place and type carry formulas and markup."""
    document = Document(text=SENTENCE, title=f"@SUM(1+1) {TAG}", source=f"=cmd {TAG}.html", published="2024-03-06")
    place = PlaceMention(0, 4, text=f"-Port {LINK}", name=f"-Port {LINK}", lat=43.3, lon=-5.37)
    day = EventDate(value="2024-03-04", start="2024-03-04T00:00:00", end="2024-03-05T00:00:00", precision="day")
    year = EventDate(value="2024", start="2024-01-01T00:00:00", end="2025-01-01T00:00:00", precision="year")
    analysis = Analysis(document=document, events=[
        Event(id="d1:0", start=0, end=len(SENTENCE), text=SENTENCE, type=f"MOVE {TAG}", actors=["+Colonel", TAG],
              place=place, date=day),
        Event(id="d1:1\"><b>", start=0, end=4, text="\tcmd|' /C calc'!A0", type="MOVE", actors=["\rX"],
              place=place, date=year),
    ])
    return event_frame([analysis])


def test_csv_cells_that_would_start_a_formula_are_quoted(events: pd.DataFrame) -> None:
    rows = list(csv.DictReader(io.StringIO(events_csv(events))))
    cells = [value for row in rows for column, value in row.items() if column not in ("lat", "lon")]
    assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in cells), cells
    assert rows[0]["sentence"] == "'" + SENTENCE and rows[1]["sentence"].startswith("'\tcmd")
    assert rows[0]["actors"] == f"'+Colonel, {TAG}" and rows[0]["place"] == f"'-Port {LINK}"
    assert rows[0]["documents"].startswith("'@SUM") and rows[0]["source_addresses"] == f"'=cmd {TAG}.html"
    assert float(rows[0]["lon"]) == -5.37  # numbers stay numbers


def test_kml_names_descriptions_folders_and_data_reach_google_earth_as_escaped_text(events: pd.DataFrame) -> None:
    root = ElementTree.fromstring(events_kml(events, type_colour))
    texts = [element.text or "" for tag in ("name", "description", "value") for element in root.iter(f"{KML}{tag}")]
    assert len(texts) > 2 * len(events) and not any("<" in text for text in texts), texts
    first = next(root.iter(f"{KML}Placemark"))
    assert "&lt;img src=http://evil.example/b.png&gt;" in first.findtext(f"{KML}description")
    assert "-Port &lt;a href=" in first.findtext(f"{KML}name")
    folder = root.find(f"{KML}Document/{KML}Folder/{KML}name").text
    assert folder == "@SUM(1+1) &lt;img src=http://evil.example/b.png&gt;"
    data = {d.get("name"): d.findtext(f"{KML}value") for d in first.iter(f"{KML}Data")}
    assert data["actors"] == "+Colonel, &lt;img src=http://evil.example/b.png&gt;"


def test_cdata_splits_its_end_marker() -> None:
    wrapped = f"<d>{cdata('a ]]> b ]]>')}</d>"
    assert ElementTree.fromstring(wrapped).text == "a ]]> b ]]>"


def test_timelinejs_strings_are_escaped_html(events: pd.DataFrame) -> None:
    timeline = events_timelinejs(events)
    for slide in timeline["events"]:
        strings = [slide["text"]["headline"], slide["text"]["text"], slide["group"], slide["location"]["name"]]
        assert not any("<" in s for s in strings), strings
        assert re.fullmatch(r"[\w-]+", slide["unique_id"])
    assert timeline["events"][0]["group"] == "MOVE &lt;img src=http://evil.example/b.png&gt;"
    assert timeline["events"][0]["location"]["name"].startswith("-Port &lt;a href=")


def test_the_standalone_page_holds_article_strings_only_as_escaped_json(events: pd.DataFrame) -> None:
    page = standalone_html(map_figure(events), timeline_figure(events, "actor"))
    assert page.count("<script") == page.count("</script>"), "no article string closes or opens a script"
    assert "<script>alert" not in page and "evil.example/b.png>" not in page
    decoded = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)  # the JSON as plotly reads it
    assert not re.search(r"<(img|a) [^>]*evil", decoded), "no tag of the article for plotly to draw"
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
