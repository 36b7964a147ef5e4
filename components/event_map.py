"""The event map: one marker per place and event type, sized by how many events happened there."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import plotly.graph_objects as go
import pandas as pd
import pycountry

from components.chart_layers import StaticLayer, static_layer
from components.event_frame import NO_ACTOR, STATUS_NOTES, event_frame, group_token
from components.map_clusters import cluster_radius, split_clusters
from components.map_frame import ZOOM_SPAN, view_ranges
from components.palette import type_colour
from components.safe_text import plotly_text
from extractors.relative_place import destination
from geocoding.region_shapes import region_shape

TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False}
AREA_DISC_KM = 20.0  # a radius from which a place is drawn as the area it covers
MAX_DISCS = 300  # discs drawn at most, the largest first: the browser stays quick on a big case
MAX_OUTLINES = 100  # regions drawn by their own border at most, the widest first (a few kB each); the rest as discs
REGION_KEY = ["country_code", "place", "lat", "lon"]  # a region as placed: its name and point find its border
DISC_POINTS = 48  # points on a disc's outline
MAP_HEIGHT = 480  # pixels: the map's least height; it grows to match a taller timeline beside it
MAP_TALLEST, TIMELINE_CONTROLS = 760, 90  # pixels: the map grows with the timeline up to a laptop's screen
PANEL_WIDTH, LEGEND_HEIGHT = 480, 80  # pixels: half a laptop's page, and the key under the map
CLUSTER_COLOUR = "#5b6b7f"  # a grey no event type has: a cluster may hold several types
FADED = 0.35  # how see-through the other markers are once some are chosen (outlined in the browser)
MARKER_COLUMNS = ["type", "lat", "lon", "ids", "custom", "hover", "text", "ink", "size", "colour", "symbol", "width",
                  "line"]  # a marker as drawn: its place, events, labels and style
MOST_IDS_SENT = 50  # event ids a marker carries itself; a bigger one carries a token the server turns back into them


def place_groups(events: pd.DataFrame) -> pd.DataFrame:
    """Group events that share a point and a type into one marker, with its label, ids and hover text (the article's
    words escaped: Plotly reads tags in them); gathered in one pass, so a case of 100,000 events groups in a blink."""
    wanted = ("lat", "lon", "type", "place", "approximate", "event_id", "sentence", "status")
    columns = [column for column in wanted if column in events]
    located = events.loc[events["lat"].notna() & events["lon"].notna(), columns]  # what a marker needs, not 40 columns
    if located.empty:
        return pd.DataFrame(columns=["lat", "lon", "type", "place", "approximate", "ids", "count", "hover"])
    grouped = located.groupby(["lat", "lon", "type"], sort=False)
    groups = grouped.agg(place=("place", "first"), approximate=("approximate", "first")).reset_index()
    ids: list[list[str]] = [[] for _ in range(len(groups))]
    told: list[list[str]] = [[] for _ in range(len(groups))]
    notes: dict[int, Counter] = {}  # only the few groups holding a happening that did not simply take place
    statuses = located["status"].tolist() if "status" in located else [""] * len(located)
    # Plain lists: iterating pandas' Arrow-backed strings one by one costs ten times more.
    for code, event_id, sentence, status in zip(grouped.ngroup().tolist(), located["event_id"].tolist(),
                                                located["sentence"].tolist(), statuses):
        ids[code].append(event_id)
        if len(told[code]) < 4:
            told[code].append(f"• {plotly_text(shorten(sentence))}")
        if status in STATUS_NOTES:
            notes.setdefault(code, Counter())[status] += 1
    groups["approximate"] = groups["approximate"].astype(bool)
    groups["ids"] = ["|".join(members) for members in ids]
    groups["count"] = [len(members) for members in ids]
    hovers = []
    for index, (place, approximate) in enumerate(zip(groups["place"], groups["approximate"])):
        label = f"<b>{plotly_text(place)}</b>" + (" (approximate)" if approximate else "")
        noted = ", ".join(f"{n} {STATUS_NOTES[status]}" for status, n in notes[index].most_common()) \
            if index in notes else ""
        label += f" <i>({noted})</i>" if noted else ""
        count = len(ids[index])
        more = f"<br>… and {count - 4} more" if count > 4 else ""
        hovers.append(f"{label}<br>{count} event(s)<br>{'<br>'.join(told[index])}{more}")
    groups["hover"] = hovers
    return groups


def marker_ids(joined: pd.Series) -> np.ndarray:
    """What each marker's customdata carries: its events' ids ('|'-joined), or for a big group a token standing for
    them (a cluster of a big case holds 35,000 ids: 0.7 MB sent on every redraw)."""
    return np.array([ids if ids.count("|") < MOST_IDS_SENT else group_token(ids.split("|")) for ids in joined],
                    dtype=object)


def shorten(text: str, limit: int = 90) -> str:
    """Keep hover labels readable."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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


def map_aspect(height: int) -> float:
    """The shape of the map's panel, width over height, without its key."""
    return min(1.5, PANEL_WIDTH / (height - LEGEND_HEIGHT))


def map_height(timeline: int | None) -> int:
    """As tall as the timeline (its height, None when it draws nothing) and its controls beside it, so no blank
    stands beside the map."""
    return int(min(max(MAP_HEIGHT, (timeline or 0) + TIMELINE_CONTROLS), MAP_TALLEST))


def map_ranges(events: pd.DataFrame, height: int = MAP_HEIGHT, focus: set[str] | None = None) -> dict:
    """The map's frame: the story's central mass, or the events in focus (a cluster clicked open) and their
    surroundings when any of them is placed."""
    placed = events.loc[events["lat"].notna() & events["lon"].notna(), ["lat", "lon", "event_id"]]
    chosen = placed[placed["event_id"].isin(focus)] if focus else placed.iloc[:0]
    if len(chosen):
        return view_ranges(chosen, minimum_span=ZOOM_SPAN, aspect=map_aspect(height), whole=True)
    return view_ranges(placed, aspect=map_aspect(height))  # each event weighs one, as in its marker's count


@dataclass(frozen=True)
class MapLayer:
    """The map drawn with nothing chosen, each of its markers (alone or a cluster) as drawn, and the marker each
    event stands in, so the browser outlines only the markers holding a choice."""

    static: StaticLayer
    marker_of: dict[str, int]
    drawn_at: list[tuple[int, int]]  # each marker's trace and place in it, as the browser draws them


def map_layer(events: pd.DataFrame, show_movements: bool = False, height: int = MAP_HEIGHT,
              ranges: dict | None = None) -> MapLayer:
    """Markers coloured by type, open symbols for approximate places, places too close to tell apart in the frame
    (the story's, unless `ranges` gives one) drawn as one numbered cluster; optionally each busy actor's path between
    places in time order. As tall as the panel beside it."""
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
    ranges = map_ranges(events, height) if ranges is None else ranges
    alone, clusters = split_clusters(groups, cluster_radius(ranges, PANEL_WIDTH)) if ranges else (groups, None)
    markers = pd.concat([type_markers(alone), cluster_markers(clusters)], ignore_index=True)
    faded, drawn_at = set(), [(0, 0)] * len(markers)
    groups_drawn = [rows for _, rows in markers[markers["type"] != ""].groupby("type", sort=True)]
    for rows in [*groups_drawn, markers[markers["type"] == ""]]:
        if len(rows):
            faded.add(len(figure.data))
            for position, row in enumerate(rows.index):
                drawn_at[row] = (len(figure.data), position)
            figure.add_trace(marker_trace(rows, name=plotly_text(rows["type"].iloc[0])))
    keys = [{  # a filled key, whatever is drawn first; as Plotly's dicts, drawn last (Plotly's objects checking each of
        # twenty types' traces cost a big case's map a tenth of its build)
        "type": "scattergeo", "lat": [None], "lon": [None], "mode": "markers", "name": plotly_text(event_type),
        "legendgroup": plotly_text(event_type), "hoverinfo": "skip",
        "marker": {"size": 12, "color": type_colour(event_type), "line": {"width": 1, "color": "#111"}},
    } for event_type in (sorted(groups["type"].unique()) if len(groups) else [])]
    if not figure.data:  # no placed event: an empty geo trace still draws the base map, not bare axes
        figure.add_trace(go.Scattergeo(lat=[], lon=[], showlegend=False, hoverinfo="skip"))
    figure.update_geos(
        projection_type="natural earth", resolution=base_map_resolution(ranges),
        showcountries=True, countrycolor="#8a8a8a", showland=True, landcolor="#eeeae2",
        showocean=True, oceancolor="#dbe9f4", showcoastlines=True, coastlinecolor="#8a8a8a",
        **ranges,
    )
    figure.update_layout(
        height=height, margin={"l": 0, "r": 0, "t": 10, "b": 0},
        legend={"orientation": "h", "y": -0.02, "title": {
            "text": "Event type (open: approximate place; outlined: its area; numbered grey: events together)"}},
    )
    marker_of = {event_id: row for row, ids in enumerate(markers["ids"]) for event_id in ids.split("|")}
    return MapLayer(static_layer(figure, faded, keys), marker_of, drawn_at)


def type_markers(groups: pd.DataFrame) -> pd.DataFrame:
    """Markers of one place and type: in the type's colour, sized and numbered by their events, open when the place
    is approximate."""
    colours = groups["type"].map(type_colour)
    return pd.DataFrame({
        "type": groups["type"], "lat": groups["lat"], "lon": groups["lon"], "ids": groups["ids"],
        "custom": marker_ids(groups["ids"]), "hover": groups["hover"],
        "text": [str(c) if c > 1 else "" for c in groups["count"]],
        "ink": ["#111" if a else ink(colour) for a, colour in zip(groups["approximate"], colours)],
        "size": [10 + 6 * min(c, 6) for c in groups["count"]], "colour": colours,
        "symbol": ["circle-open" if a else "circle" for a in groups["approximate"]],
        "width": [2.5 if a else 1 for a in groups["approximate"]], "line": "#111",
    }, columns=MARKER_COLUMNS)


def cluster_markers(clusters: pd.DataFrame | None) -> pd.DataFrame:
    """Clusters as grey discs sized and numbered by their events."""
    if clusters is None or clusters.empty:
        return pd.DataFrame(columns=MARKER_COLUMNS)
    return pd.DataFrame({
        "type": "", "lat": clusters["lat"], "lon": clusters["lon"], "ids": clusters["ids"],
        "custom": marker_ids(clusters["ids"]), "hover": clusters["hover"],
        "text": [str(c) for c in clusters["count"]], "ink": "#fff",
        "size": [min(20 + 8 * math.log2(c), 52) for c in clusters["count"]], "colour": CLUSTER_COLOUR,
        "symbol": "circle", "width": 1.5, "line": "#fff",
    }, columns=MARKER_COLUMNS)


def marker_trace(markers: pd.DataFrame, name: str) -> go.Scattergeo:
    """Markers as drawn."""
    return go.Scattergeo(
        lat=markers["lat"].to_numpy(float), lon=markers["lon"].to_numpy(float), name=name, legendgroup=name or None,
        showlegend=False, mode="markers+text", text=markers["text"].to_numpy(),
        textfont={"color": markers["ink"].to_numpy(), "size": 12 if name == "" else 11},
        customdata=markers["custom"].to_numpy(), hovertext=markers["hover"].to_numpy(), hoverinfo="text",
        marker={"size": markers["size"].to_numpy(float), "color": markers["colour"].to_numpy(),
                "symbol": markers["symbol"].to_numpy(),
                "line": {"width": markers["width"].to_numpy(float), "color": markers["line"].to_numpy()}},
    )


def map_figure(events: pd.DataFrame, show_movements: bool = False, height: int = MAP_HEIGHT,
               ranges: dict | None = None) -> go.Figure:
    """The map of these events as a figure (see map_layer)."""
    return go.Figure(map_layer(events, show_movements, height, ranges).static.spec)


@lru_cache(maxsize=1)
def base_map() -> dict:
    """The map of no event (the base map alone) as Plotly's dict, built once per process: a browser's first page is
    sent it at once, to load plotly.js and the countries while the case's view is made."""
    return map_layer(event_frame([])).static.spec


def ink(colour: str) -> str:
    """Dark or white, whichever reads on a '#rrggbb' fill (WCAG relative luminance)."""
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return "#111" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.18 else "#fff"


@lru_cache(maxsize=4 * MAX_DISCS)
def area_outline(lat: float, lon: float, radius_km: float, points: int = DISC_POINTS) -> tuple[tuple, tuple]:
    """A disc's outline on the sphere: the area a country, a sea or a relative place covers, not a dot (kept: a big
    case redraws the same few hundred discs on every rerun)."""
    ring = [destination(lat, lon, 360.0 * i / points, radius_km) for i in range(points + 1)]
    return tuple(round(p[0], 3) for p in ring), tuple(round(p[1], 3) for p in ring)  # 100 m: a disc is 20 km or more


def area_traces(events: pd.DataFrame) -> list[go.Scattergeo | go.Choropleth]:
    """Countries drawn as their own outline (the base map's shapes, served locally), first-level regions as theirs
    (Natural Earth's, read for the regions shown alone), other areas with a radius as translucent discs, one trace per
    type; the largest first, so a country does not hide a region inside it."""
    if "place_radius_km" not in events:
        return []
    columns = ["lat", "lon", "place_radius_km", "type"]
    codes = outlined_codes(events)
    regions = outlined_regions(events)
    wide = events["place_radius_km"] >= AREA_DISC_KM
    if codes:  # those countries are drawn by their outline, not a disc
        wide &= ~events["country_code"].isin(codes)
    if len(regions):  # and those regions
        drawn = set(zip(*(regions[column].tolist() for column in REGION_KEY)))
        inside = wide & (events["place_precision"] == "region")
        wide.loc[inside] = [key not in drawn for key in zip(*(events.loc[inside, c].tolist() for c in REGION_KEY))]
    areas = events.loc[wide, columns].dropna().drop_duplicates()
    traces: list[go.Scattergeo | go.Choropleth] = country_outlines(events, codes)
    traces += [filled_rings(event_type, rows["rings"].tolist()) for event_type, rows in regions.groupby("type")]
    for event_type, rows in areas.sort_values("place_radius_km", ascending=False).head(MAX_DISCS).groupby("type"):
        discs = [area_outline(lat, lon, radius) for lat, lon, radius
                 in zip(rows["lat"].tolist(), rows["lon"].tolist(), rows["place_radius_km"].tolist())]
        traces.append(filled_rings(event_type, [((lons, lats),) for lats, lons in discs]))
    return traces


def outlined_regions(events: pd.DataFrame) -> pd.DataFrame:
    """The first-level regions events are placed at whose border is known (an area of a country under a region's name,
    its point inside the border's box, the border not far smaller than its radius), the widest MAX_OUTLINES, each once
    in the colour of the type most of its events have, with its rings; the others keep their disc."""
    if "place_precision" not in events or "country_code" not in events:
        return pd.DataFrame(columns=[*REGION_KEY, "type", "rings"])
    placed = events.loc[(events["place_precision"] == "region") & events["lat"].notna() & events["lon"].notna(),
                        [*REGION_KEY, "type", "place_radius_km"]]
    busiest = (placed.groupby([*REGION_KEY, "type"], sort=False).agg(count=("type", "size"),
                                                                      radius=("place_radius_km", "max")).reset_index()
               .sort_values(["count", "type"], ascending=[False, True], kind="stable").drop_duplicates(REGION_KEY)
               .sort_values("radius", ascending=False, kind="stable").head(MAX_OUTLINES))
    busiest["rings"] = [shape.rings if shape else None for shape in (
        region_shape(code, name, lat, lon, None if pd.isna(radius) else float(radius))
        for code, name, lat, lon, radius in zip(busiest["country_code"].tolist(), busiest["place"].tolist(),
                                                busiest["lat"].tolist(), busiest["lon"].tolist(),
                                                busiest["radius"].tolist()))]
    return busiest.loc[busiest["rings"].notna(), [*REGION_KEY, "type", "rings"]]


def filled_rings(event_type: str, shapes: list[tuple]) -> go.Scattergeo:
    """Areas, each rings of (lons, lats), as one translucent trace in the type's colour."""
    lats: list = []
    lons: list = []
    for rings in shapes:
        for ring_lons, ring_lats in rings:
            lats += [*ring_lats, None]
            lons += [*ring_lons, None]
    return go.Scattergeo(  # object arrays keep the None between rings and skip Plotly's item-by-item check
        lat=np.array(lats, dtype=object), lon=np.array(lons, dtype=object), mode="lines", fill="toself",
        fillcolor=translucent(type_colour(event_type)),
        line={"width": 1, "color": type_colour(event_type)}, hoverinfo="skip", showlegend=False,
        legendgroup=plotly_text(event_type), name=plotly_text(event_type))


def outlined_codes(events: pd.DataFrame) -> set[str]:
    """The countries events are placed at as a whole, which the base map can draw by their outline."""
    if "place_precision" not in events or "country_code" not in events:
        return set()
    whole = events[(events["place_precision"] == "country") & events["place_radius_km"].notna()]
    return {code for code in whole["country_code"].dropna().unique() if alpha_3(code)}


def country_outlines(events: pd.DataFrame, codes: set[str]) -> list[go.Choropleth]:
    """The countries given as translucent shapes, each in the colour of the type most of its events have, from the
    base map's own countries (no request leaves the machine); one trace for them all, as the browser reads the
    countries' shapes again for every trace."""
    if not codes:
        return []
    whole = events.loc[(events["place_precision"] == "country") & events["country_code"].isin(codes),
                       ["country_code", "type"]]
    busiest = (whole.groupby(["country_code", "type"]).size().rename("count").reset_index()
               .sort_values(["count", "type"], ascending=[False, True], kind="stable").drop_duplicates("country_code")
               .sort_values("country_code"))
    types = sorted(busiest["type"].unique())
    colours = [type_colour(event_type) for event_type in types]
    steps = max(len(types) - 1, 1)  # each type's colour at its own value: z picks it exactly
    return [go.Choropleth(
        locations=[alpha_3(code) for code in busiest["country_code"]], z=busiest["type"].map(types.index).to_numpy(),
        zmin=0, zmax=steps, locationmode="ISO-3", showscale=False,
        colorscale=[[index / steps, translucent(colour)] for index, colour in enumerate(colours)]
        + ([[1, translucent(colours[0])]] if len(types) == 1 else []),
        marker={"line": {"width": 1, "color": busiest["type"].map(type_colour).to_numpy()}},
        hoverinfo="skip", name="", showlegend=False)]


@lru_cache(maxsize=None)
def alpha_3(code: str) -> str:
    """A country's three-letter code, as the base map's shapes are keyed, or '' for a code it does not know."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country is not None else ""


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
