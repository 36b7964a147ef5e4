"""The event map: one marker per place and event type, sized by how many events happened there."""
from __future__ import annotations

import math

import plotly.graph_objects as go
import pandas as pd

from components.event_frame import NO_ACTOR, STATUS_NOTES
from components.palette import type_colour
from components.safe_text import plotly_text
from extractors.relative_place import destination

TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False}
AREA_DISC_KM = 20.0  # a radius from which a place is drawn as the area it covers
MAX_DISCS = 300  # discs drawn at most, the largest first: the browser stays quick on a big case
DISC_POINTS = 48  # points on a disc's outline
MAP_HEIGHT = 480  # pixels: the map's least height; it grows to match a taller timeline beside it
PANEL_WIDTH, LEGEND_HEIGHT = 480, 80  # pixels: half a laptop's page, and the key under the map


def place_groups(events: pd.DataFrame) -> pd.DataFrame:
    """Group events that share a point and a type into one marker."""
    located = events.dropna(subset=["lat", "lon"])
    if located.empty:
        return pd.DataFrame(columns=["lat", "lon", "type", "place", "approximate", "ids", "count", "hover"])
    grouped = located.groupby(["lat", "lon", "type"], sort=False)
    return grouped.apply(summarise_group, include_groups=False).reset_index()


def summarise_group(group: pd.DataFrame) -> pd.Series:
    """A marker's label, ids and hover text (the article's words escaped: Plotly reads tags in it)."""
    sentences = "<br>".join(f"• {plotly_text(shorten(s))}" for s in group["sentence"].head(4))
    more = f"<br>… and {len(group) - 4} more" if len(group) > 4 else ""
    place = group["place"].iloc[0]
    approximate = bool(group["approximate"].iloc[0])
    label = f"<b>{plotly_text(place)}</b>" + (" (approximate)" if approximate else "")
    told = group["status"].value_counts() if "status" in group else pd.Series(dtype=int)
    notes = [f"{count} {STATUS_NOTES[status]}" for status, count in told.items() if status in STATUS_NOTES]
    label += f" <i>({', '.join(notes)})</i>" if notes else ""
    return pd.Series({
        "place": place,
        "approximate": approximate,
        "ids": "|".join(group["event_id"]),
        "count": len(group),
        "hover": f"{label}<br>{len(group)} event(s)<br>{sentences}{more}",
    })


def shorten(text: str, limit: int = 90) -> str:
    """Keep hover labels readable."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def view_ranges(groups: pd.DataFrame, margin: float = 0.25, minimum_span: float = 12.0,
                aspect: float = 1.5) -> dict:
    """Frame the markers with some surroundings, widened or heightened to the panel's shape, so the map fills it."""
    if groups.empty:
        return {}
    spans = {}
    for column in ("lat", "lon"):
        low, high = float(groups[column].min()), float(groups[column].max())
        pad = max((high - low) * margin, (minimum_span - (high - low)) / 2, 0.0)
        spans[column] = (low - pad, high + pad)
    (lat_low, lat_high), (lon_low, lon_high) = spans["lat"], spans["lon"]
    lat_low, lat_high, lon_low, lon_high = max(lat_low, -90.0), min(lat_high, 90.0), max(lon_low, -180.0), \
        min(lon_high, 180.0)
    for _ in range(360):  # a degree a side at a time: the projection's shape changes with latitude
        shape = projected_aspect(lat_low, lat_high, lon_high - lon_low)
        if shape < aspect * 0.95 and lon_high - lon_low < 360:  # too tall: add longitude
            lon_low, lon_high = max(lon_low - 1, -180.0), min(lon_high + 1, 180.0)
        elif shape > aspect * 1.05 and lat_high - lat_low < 180:  # a thin strip: add latitude
            lat_low, lat_high = max(lat_low - 1, -90.0), min(lat_high + 1, 90.0)
        else:
            break
    return {"lataxis_range": [lat_low, lat_high], "lonaxis_range": [lon_low, lon_high]}


def projected_aspect(lat_low: float, lat_high: float, lon_span: float) -> float:
    """Width over height of a stretch of the Natural Earth projection (Šavrič et al. 2015's polynomials), as wide
    as its parallel nearest the equator."""
    def y(lat: float) -> float:
        phi = math.radians(lat)
        return phi * (1.007226 + phi ** 2 * (0.015085 + phi ** 4 * (-0.044475 + 0.028874 * phi ** 2
                                                                      - 0.005916 * phi ** 4)))

    widest = math.radians(min(max(0.0, lat_low), lat_high) if lat_low > 0 or lat_high < 0 else 0.0)
    scale = 0.8707 - 0.131979 * widest ** 2 + widest ** 4 * (-0.013791 + widest ** 6 * (0.003971 - 0.001529
                                                                                         * widest ** 2))
    return math.radians(lon_span) * scale / max(y(lat_high) - y(lat_low), 1e-9)


def base_map_resolution(ranges: dict, regional_span: float = 60.0) -> int:
    """Natural Earth's 1:50m outlines for a regional view, its 1:110m ones (a tenth of the bytes, drawn ten times
    faster) for a continent or the world, where the finer coastline is lost in the pixels anyway."""
    if not ranges:
        return 110
    (west, east), (south, north) = ranges["lonaxis_range"], ranges["lataxis_range"]
    return 50 if max(east - west, north - south) <= regional_span else 110


def movements(events: pd.DataFrame, max_actors: int = 5) -> dict[str, pd.DataFrame]:
    """For the busiest actors, the places they were at in time order (towns and regions, not whole countries)."""
    placed = events.dropna(subset=["lat", "lon", "date_start"])
    placed = placed[(placed["place_precision"] != "country") & (placed["actor"] != NO_ACTOR)
                    & (placed["status"] == "asserted")]  # not recalled, planned or denied moves
    paths: dict[str, pd.DataFrame] = {}
    for actor, rows in placed.groupby("actor"):
        stops = rows.sort_values("date_start")
        stops = stops[(stops["lat"] != stops["lat"].shift()) | (stops["lon"] != stops["lon"].shift())]
        if len(stops) >= 2:
            paths[actor] = stops
    busiest = sorted(paths, key=lambda actor: len(paths[actor]), reverse=True)[:max_actors]
    return {actor: paths[actor] for actor in busiest}


def map_figure(events: pd.DataFrame, highlighted: set[str], show_movements: bool = False,
               height: int = MAP_HEIGHT) -> go.Figure:
    """Markers coloured by type, open symbols for approximate places, highlighted ones outlined;
    optionally each busy actor's path between places in time order. As tall as the panel beside it."""
    figure = go.Figure()
    if show_movements:
        for actor, stops in movements(events).items():
            figure.add_trace(go.Scattergeo(
                lat=stops["lat"], lon=stops["lon"], mode="lines", name=f"{plotly_text(actor)}'s path",
                line={"width": 2, "dash": "dot", "color": "#555"}, hoverinfo="name",
            ))
    for trace in area_traces(events):
        figure.add_trace(trace)
    groups = place_groups(events)
    for event_type, rows in groups.groupby("type", sort=True):
        is_highlighted = [bool(highlighted & set(ids.split("|"))) for ids in rows["ids"]]
        figure.add_trace(go.Scattergeo(
            lat=rows["lat"], lon=rows["lon"], name=plotly_text(event_type), legendgroup=plotly_text(event_type),
            showlegend=False,
            customdata=rows["ids"], text=rows["hover"], hoverinfo="text",
            marker={
                "size": [10 + 6 * min(c, 6) for c in rows["count"]],
                "color": type_colour(event_type),
                "symbol": ["circle-open" if a else "circle" for a in rows["approximate"]],
                "opacity": [1.0 if h or not highlighted else 0.35 for h in is_highlighted],
                "line": {"width": [3 if h else 2.5 if a else 1 for h, a in zip(is_highlighted, rows["approximate"])],
                         "color": "#111"},
            },
        ))
    for event_type in sorted(groups["type"].unique()) if len(groups) else []:  # a filled key, whatever is drawn first
        figure.add_trace(go.Scattergeo(
            lat=[None], lon=[None], mode="markers", name=plotly_text(event_type), legendgroup=plotly_text(event_type),
            marker={"size": 12, "color": type_colour(event_type), "line": {"width": 1, "color": "#111"}},
            hoverinfo="skip"))
    if not figure.data:  # no placed event: an empty geo trace still draws the base map, not bare axes
        figure.add_trace(go.Scattergeo(lat=[], lon=[], showlegend=False, hoverinfo="skip"))
    ranges = view_ranges(groups, aspect=min(1.5, PANEL_WIDTH / (height - LEGEND_HEIGHT)))
    figure.update_geos(
        projection_type="natural earth", resolution=base_map_resolution(ranges),
        showcountries=True, countrycolor="#8a8a8a", showland=True, landcolor="#eeeae2",
        showocean=True, oceancolor="#dbe9f4", showcoastlines=True, coastlinecolor="#8a8a8a",
        **ranges,
    )
    figure.update_layout(
        height=height, margin={"l": 0, "r": 0, "t": 10, "b": 0},
        legend={"orientation": "h", "y": -0.02,
                "title": {"text": "Event type (open: approximate place; shaded: the area it covers)"}},
    )
    return figure


def area_outline(lat: float, lon: float, radius_km: float, points: int = DISC_POINTS) -> tuple[list, list]:
    """A disc's outline on the sphere: the area a country, a sea or a relative place covers, not a dot."""
    ring = [destination(lat, lon, 360.0 * i / points, radius_km) for i in range(points + 1)]
    return [p[0] for p in ring], [p[1] for p in ring]


def area_traces(events: pd.DataFrame) -> list[go.Scattergeo]:
    """Translucent discs, one trace per type, for events placed at an area with a radius; the largest first, so
    a country does not hide a region inside it."""
    if "place_radius_km" not in events:
        return []
    areas = events.dropna(subset=["lat", "lon", "place_radius_km"])
    areas = areas[areas["place_radius_km"] >= AREA_DISC_KM].drop_duplicates(["lat", "lon", "place_radius_km", "type"])
    traces = []
    for event_type, rows in areas.sort_values("place_radius_km", ascending=False).head(MAX_DISCS).groupby("type"):
        lats: list = []
        lons: list = []
        for row in rows.itertuples():
            ring_lats, ring_lons = area_outline(row.lat, row.lon, row.place_radius_km)
            lats += [*ring_lats, None]
            lons += [*ring_lons, None]
        traces.append(go.Scattergeo(
            lat=lats, lon=lons, mode="lines", fill="toself", fillcolor=translucent(type_colour(event_type)),
            line={"width": 1, "color": type_colour(event_type)}, hoverinfo="skip", showlegend=False,
            legendgroup=plotly_text(event_type), name=plotly_text(event_type)))
    return traces


def translucent(colour: str, alpha: float = 0.18) -> str:
    """A '#rrggbb' colour as a see-through fill."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def playback_figure(events: pd.DataFrame, max_frames: int = 60) -> go.Figure:
    """The map played day by day: each frame shows every placed event up to that day, that day's in colour."""
    placed = events.dropna(subset=["lat", "lon", "date_start"]).sort_values("date_start")
    figure = go.Figure()
    if placed.empty:
        return figure
    days = placed["date_start"].dt.floor("D").drop_duplicates().tolist()[-max_frames:]

    def frame_data(day: pd.Timestamp) -> list[go.Scattergeo]:
        seen = placed[placed["date_start"].dt.floor("D") <= day]
        today = seen["date_start"].dt.floor("D") == day
        return [
            go.Scattergeo(lat=seen.loc[~today, "lat"], lon=seen.loc[~today, "lon"], mode="markers", name="before",
                          marker={"size": 8, "color": "#9aa5b1"}, text=seen.loc[~today, "place"].map(plotly_text),
                          hoverinfo="text"),
            go.Scattergeo(lat=seen.loc[today, "lat"], lon=seen.loc[today, "lon"], mode="markers", name="that day",
                          marker={"size": 14, "color": [type_colour(t) for t in seen.loc[today, "type"]],
                                  "line": {"width": 1, "color": "#111"}},
                          text=[plotly_text(f"{p}: {shorten(s)}")
                                for p, s in zip(seen.loc[today, "place"], seen.loc[today, "sentence"])],
                          hoverinfo="text"),
        ]

    labels = [day.strftime("%Y-%m-%d") for day in days]
    figure.add_traces(frame_data(days[0]))
    figure.frames = [go.Frame(data=frame_data(day), name=label) for day, label in zip(days, labels)]
    step = {"frame": {"duration": 900, "redraw": True}, "transition": {"duration": 0}}
    figure.update_layout(
        height=480, margin={"l": 0, "r": 0, "t": 10, "b": 0}, showlegend=False,
        updatemenus=[{"type": "buttons", "x": 0, "y": 0, "xanchor": "left", "yanchor": "top", "buttons": [
            {"label": "▶ Play", "method": "animate", "args": [None, {**step, "fromcurrent": True}]},
            {"label": "❚❚", "method": "animate", "args": [[None], {"mode": "immediate", **step}]}]}],
        sliders=[{"x": 0.12, "len": 0.88, "y": 0, "yanchor": "top", "currentvalue": {"prefix": "Up to "},
                  "steps": [{"label": label, "method": "animate", "args": [[label], {"mode": "immediate", **step}]}
                            for label in labels]}],
    )
    ranges = view_ranges(placed)
    figure.update_geos(projection_type="natural earth", resolution=base_map_resolution(ranges), showcountries=True,
                       countrycolor="#8a8a8a", showland=True, landcolor="#eeeae2", showocean=True,
                       oceancolor="#dbe9f4", **ranges)
    return figure
