"""The case's events in the formats analysts share: CSV, GeoJSON, KML, TimelineJS and a standalone HTML page.

Article strings are untrusted: a spreadsheet must not run them as formulas, nor a viewer render them as markup.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from core.vocabulary import POINT_PRECISIONS  # a date this fine is drawn as a point, not a span

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
OFFLINE_MAP = "world_110m"  # inlined into the HTML export so its map draws with no network
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula (OWASP)
# The standalone page fetches nothing and runs only its own inline scripts, whatever the figures hold.
CONTENT_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                  "img-src data: blob:; font-src data:")
TABLE_COLUMNS = ["event_id", "date_value", "date_start", "date_end", "date_precision", "date_origin", "type",
                 "status", "reported_by", "actors", "place", "lat", "lon", "place_precision", "place_radius_km",
                 "confidence", "sources", "documents", "source_addresses", "sentence", "mentions"]
KML_DATA = ["event_id", "type", "status", "reported_by", "date_value", "date_start", "date_end", "date_precision",
            "actors", "place", "country_code", "place_precision", "place_radius_km", "confidence", "sources",
            "documents", "source_addresses", "mentions"]  # what an event's balloon lists in Google Earth


def iso(moment) -> str:
    """A timestamp as ISO text, empty when missing."""
    return "" if pd.isna(moment) else pd.Timestamp(moment).isoformat()


def inert_cell(value):
    """A text cell a spreadsheet shows as text: one that would start a formula gets a leading quote."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def events_csv(events: pd.DataFrame) -> str:
    """One row per event, dates as ISO text, no cell a formula."""
    table = events[TABLE_COLUMNS].copy()
    for column in ("date_start", "date_end"):
        table[column] = table[column].map(iso)
    return table.map(inert_cell).to_csv(index=False, lineterminator="\r\n")  # RFC 4180: a lone \r is quoted too


def number(value) -> float | None:
    """A number as JSON holds it: missing is null."""
    return None if pd.isna(value) else float(value)


def point(row) -> dict | None:
    """A placed event's GeoJSON Point ([lon, lat] order as GeoJSON wants); null for an unplaced one."""
    return None if pd.isna(row.lat) else {"type": "Point", "coordinates": [float(row.lon), float(row.lat)]}


def events_geojson(events: pd.DataFrame) -> dict:
    """A FeatureCollection of every event: unplaced ones keep a null geometry, so no event is lost on the way to a
    GIS; each carries its status, confidence, radius and the documents that tell it."""
    features = []
    for row in events.itertuples():
        features.append({
            "type": "Feature",
            "geometry": point(row),
            "properties": {"id": row.event_id, "type": row.type, "date": row.date_value, "start": iso(row.date_start),
                           "end": iso(row.date_end), "actors": row.actors, "place": row.place,
                           "precision": row.place_precision, "sentence": row.sentence, "sources": int(row.sources),
                           "documents": row.documents, "status": row.status, "reported_by": row.reported_by,
                           "mentions": row.mentions, "confidence": float(row.confidence),
                           "radius_km": number(row.place_radius_km), "source_addresses": row.source_addresses,
                           "source_documents": row.source_documents},
        })
    return {"type": "FeatureCollection", "features": features}


def cdata(text: str) -> str:
    """Text as an XML CDATA section; a ']]>' inside is split across two sections."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def grey(event_type: str) -> str:
    """One colour for every type, for callers without the app's palette (the app's Export page passes it)."""
    return "#7f7f7f"


def kml_colour(colour: str) -> str:
    """A '#rrggbb' colour as KML writes it: opaque alpha, then blue, green, red."""
    return f"ff{colour[5:7]}{colour[3:5]}{colour[1:3]}".lower()


def kml_text(value) -> str:
    """A value as Google Earth shows it: HTML-escaped (it renders names, descriptions and data as HTML) inside
    the XML; dates as ISO text, missing as empty."""
    if isinstance(value, pd.Timestamp) or value is pd.NaT:
        value = iso(value)
    elif not isinstance(value, str) and pd.isna(value):
        value = ""
    return escape(html.escape(str(value)))


def kml_styles(types: list[str], colour_of: Callable[[str], str]) -> tuple[str, dict[str, str]]:
    """One icon and label style per event type, in the colour the app draws it; with each type's style id."""
    ids = {event_type: f"type-{index}" for index, event_type in enumerate(types)}
    colours = {event_type: kml_colour(colour_of(event_type)) for event_type in types}
    styles = "".join(f'<Style id="{ids[t]}"><IconStyle><color>{colours[t]}</color></IconStyle>'
                     f"<LabelStyle><color>{colours[t]}</color></LabelStyle></Style>" for t in types)
    return styles, ids


def placemark(row, style_id: str) -> str:
    """One placed event: its type and place as name, sentence and status as description, its time span, its
    type's style and every field of the event as ExtendedData."""
    span = ""
    if not pd.isna(row.date_start):
        end = f"<end>{iso(row.date_end)}</end>" if not pd.isna(row.date_end) else ""
        span = f"<TimeSpan><begin>{iso(row.date_start)}</begin>{end}</TimeSpan>"
    data = "".join(f'<Data name="{column}"><value>{kml_text(getattr(row, column))}</value></Data>'
                   for column in KML_DATA)
    return (f"<Placemark><name>{kml_text(f'{row.type} · {row.place}')}</name>"
            f"<description>{cdata(html.escape(f'{row.sentence} [{row.status}]'))}</description>{span}"
            f"<styleUrl>#{style_id}</styleUrl><ExtendedData>{data}</ExtendedData>"
            f"<Point><coordinates>{float(row.lon)},{float(row.lat)}</coordinates></Point></Placemark>")


def events_kml(events: pd.DataFrame, colour_of: Callable[[str], str] = grey) -> str:
    """KML for Google Earth and GIS tools: the placed events in one folder per document that first tells them,
    each styled in its type's colour (`colour_of`, the app's palette) with a time span and its fields as data.
    Google Earth renders names, descriptions and data as HTML, so the article's words are HTML-escaped."""
    placed = events.dropna(subset=["lat", "lon"])
    styles, style_ids = kml_styles(sorted(set(placed["type"])), colour_of)
    folders = [f"<Folder><name>{kml_text(rows['document'].iloc[0])}</name>"
               + "".join(placemark(row, style_ids[row.type]) for row in rows.itertuples()) + "</Folder>"
               for _, rows in placed.groupby("document_id", sort=False)]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            "<name>Newsmap events</name>" + styles + "".join(folders) + "</Document></kml>\n")


def timeline_date(moment) -> dict:
    """A TimelineJS date object."""
    stamp = pd.Timestamp(moment)
    return {"year": stamp.year, "month": stamp.month, "day": stamp.day, "hour": stamp.hour, "minute": stamp.minute}


def events_timelinejs(events: pd.DataFrame, title: str = "Newsmap events") -> dict:
    """Knight Lab TimelineJS JSON: one slide per dated event, grouped by type; TimelineJS renders its strings as
    HTML, so every one is escaped."""
    slides = []
    for row in events.dropna(subset=["date_start"]).itertuples():
        slide = {"start_date": timeline_date(row.date_start),
                 "text": {"headline": html.escape(f"{row.type} · {row.place or 'place unknown'}"),
                          "text": html.escape(row.sentence)},
                 "group": html.escape(row.type), "unique_id": re.sub(r"[^\w-]", "-", row.event_id)}
        if not pd.isna(row.date_end) and row.date_precision not in POINT_PRECISIONS:
            slide["end_date"] = timeline_date(row.date_end)
        if not pd.isna(row.lat):
            slide["location"] = {"lat": float(row.lat), "lon": float(row.lon), "name": html.escape(row.place)}
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title)}}, "events": slides}


def standalone_html(map_figure: go.Figure, timeline_figure: go.Figure) -> str:
    """One HTML file with both figures, plotly.js and the base map inlined: it opens with no network. Article
    strings reach it only inside the figures' JSON, where plotly writes '<' and '/' as escapes; its content
    policy stops any fetch all the same."""
    map_figure = go.Figure(map_figure).update_geos(resolution=110)
    topojson = (TOPOJSON_DIR / f"{OFFLINE_MAP}.json").read_text(encoding="utf-8")
    assets = f"<script>window.PlotlyGeoAssets = {{topojson: {{{json.dumps(OFFLINE_MAP)}: {topojson}}}}};</script>"
    first = pio.to_html(map_figure, include_plotlyjs=True, full_html=False, div_id="map")
    second = pio.to_html(timeline_figure, include_plotlyjs=False, full_html=False, div_id="timeline")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{CONTENT_POLICY}\">"
            "<title>Newsmap export</title></head><body>"
            f"{assets}<h2>Map</h2>{first}<h2>Timeline</h2>{second}</body></html>")
