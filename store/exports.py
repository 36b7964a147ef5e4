"""The case's events in the formats analysts share: CSV, GeoJSON, KML, TimelineJS and a standalone HTML page.

Article strings are untrusted: a spreadsheet must not run them as formulas, nor a viewer render them as markup.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
OFFLINE_MAP = "world_110m"  # inlined into the HTML export so its map draws with no network
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula (OWASP)
# The standalone page fetches nothing and runs only its own inline scripts, whatever the figures hold.
CONTENT_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                  "img-src data: blob:; font-src data:")
TABLE_COLUMNS = ["event_id", "date_value", "date_start", "date_end", "date_precision", "date_origin", "type",
                 "status", "reported_by", "actors", "place", "lat", "lon", "place_precision", "place_radius_km",
                 "confidence", "sources", "documents", "sentence", "mentions"]


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


def events_geojson(events: pd.DataFrame) -> dict:
    """A FeatureCollection of the placed events (points; [lon, lat] order as GeoJSON wants)."""
    features = []
    for row in events.dropna(subset=["lat", "lon"]).itertuples():
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(row.lon), float(row.lat)]},
            "properties": {"id": row.event_id, "type": row.type, "date": row.date_value, "start": iso(row.date_start),
                           "end": iso(row.date_end), "actors": row.actors, "place": row.place,
                           "precision": row.place_precision, "sentence": row.sentence, "sources": int(row.sources),
                           "documents": row.documents, "status": row.status, "reported_by": row.reported_by,
                           "mentions": row.mentions, "confidence": float(row.confidence),
                           "radius_km": None if pd.isna(row.place_radius_km) else float(row.place_radius_km)},
        })
    return {"type": "FeatureCollection", "features": features}


def cdata(text: str) -> str:
    """Text as an XML CDATA section; a ']]>' inside is split across two sections."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def events_kml(events: pd.DataFrame) -> str:
    """KML placemarks with a time span each, for Google Earth and GIS tools. Google Earth renders names and
    descriptions as HTML, so the article's words are HTML-escaped inside the XML."""
    marks = []
    for row in events.dropna(subset=["lat", "lon"]).itertuples():
        span = ""
        if not pd.isna(row.date_start):
            end = f"<end>{iso(row.date_end)}</end>" if not pd.isna(row.date_end) else ""
            span = f"<TimeSpan><begin>{iso(row.date_start)}</begin>{end}</TimeSpan>"
        marks.append(
            f"<Placemark><name>{escape(html.escape(f'{row.type} · {row.place}'))}</name>"
            f"<description>{cdata(html.escape(f'{row.sentence} [{row.status}]'))}</description>{span}"
            f"<Point><coordinates>{float(row.lon)},{float(row.lat)}</coordinates></Point></Placemark>"
        )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            + "".join(marks) + "</Document></kml>\n")


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
        if not pd.isna(row.date_end) and row.date_precision not in ("minute", "hour", "day", "part_of_day"):
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
