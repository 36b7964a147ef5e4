"""The event timeline: counts over time above, one row per group below, on one time axis the analyst brushes."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from components.chart_layers import StaticLayer, static_layer
from components.event_frame import POINT_PRECISIONS, STATUS_NOTES, group_token
from components.event_map import shorten
from components.filters import overlapping
from components.palette import type_colour
from components.safe_text import plotly_text
from components.story_share import MIN_STORY, OTHER_STORY_SHARE
from extractors.event_lexicon import event_types

GROUPINGS = {"Event type": "type", "Actor": "actor", "Place": "place", "Document": "document"}
DEFAULT_ROWS = "Event type"  # the rows a first view shows
ROW_NOUNS = {"type": "types", "actor": "actors", "place": "places", "document": "documents"}
NO_PLACE = "(no place)"
CIRCLE, DIAMOND = 0, 2  # Plotly's marker symbol codes: exact dates are dots, coarse ones diamonds
MAX_ROWS = 30  # the busiest rows; the rest share one, so a case of thousands of actors stays readable
ROW_HEIGHT, COUNTS_HEIGHT, GAP = 28, 90, 16  # pixels: a row fits a marker and its label
LABEL_LENGTH = 28  # characters of a row label; the whole name is in each event's hover
LABEL_CHAR_PX, COUNTS_AXIS_PX = 7.5, 50  # a label character's width at the tick font, and what the counts' axis
# needs: the margins are set from them, as plotly.js's automatic margins (on by default in Plotly's template) cost a
# whole second drawing each time the chart is mounted
MIN_SPAN = pd.Timedelta(days=4)  # one event, or a day's, still gets an axis of days, not of milliseconds
FOCUS = pd.Timedelta(days=183)  # the story: within half a year of its median date
MAX_BINS = 120  # the finest bins (day, week, month, year) that keep the counts this few over the window
MOST_BINS = 2_000  # bins counted at most across every event: past this, only the window's are counted
MAX_BARS = 600  # the counts' bars drawn at most (a bar per bin and type): past this, the bins are coarser
BIN_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
BIN_LABELS = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%B %Y", "year": "%Y"}  # a bin in a hover
BAR_GAP = 0.1  # of a bin left blank between its count's bar and the next
BRUSH_COLOUR = "rgba(31, 119, 180, 0.12)"
DRAWN_COLUMNS = ["event_id", "type", "status", "sentence", "place", "date_value", "date_text", "date_origin",
                 "date_start", "date_end", "date_precision"]  # what the markers, spans and hovers read
MAX_MARKERS = 2_000  # past this many dated events, a row draws one marker per type and time bin, sized by its count
FADED = 0.4  # how see-through the other events are once some are chosen
ROWS_AXES = ("x2", "y2")  # the axes of the rows under the counts


def is_point(events: pd.DataFrame) -> pd.Series:
    """Events known to the day or better, drawn as points; the others as spans."""
    return events["date_precision"].isin(POINT_PRECISIONS) | events["date_end"].isna()


def event_moments(events: pd.DataFrame) -> pd.Series:
    """Where each event's marker stands on the time axis: the middle of its day or span (so it sits in its count's
    bin, and a click or a box selects a coarse event too); NaT for undated events."""
    return events["date_start"] + (events["date_end"] - events["date_start"]).fillna(pd.Timedelta(0)) / 2


def time_window(moments: pd.Series, brush: tuple[pd.Timestamp, pd.Timestamp] | None = None
                ) -> tuple[list[pd.Timestamp], int]:
    """The stretch of time drawn (the story's events, padded to at least a few days, and the brushed range) and
    how many events fall outside it."""
    moments = moments.dropna()
    median = moments.median()
    inside = moments[((moments - median).abs() <= FOCUS) | in_other_stories(moments, median)]
    low, high = inside.min(), inside.max()
    pad = max((high - low) * 0.08, (MIN_SPAN - (high - low)) / 2)
    low, high = low - pad, high + pad
    if brush:
        low, high = min(low, brush[0]), max(high, brush[1])
    return [low, high], int((moments < low).sum() + (moments > high).sum())


def in_other_stories(moments: pd.Series, median: pd.Timestamp) -> pd.Series:
    """Which moments outside the story's half-year gather into a story of their own (enough of them within half a
    year around each: 'two articles nine months apart' draws both), not stray dates ('the 1945 surrender' in a
    2023 story, a century-old date in a case spanning decades)."""
    outside = moments[(moments - median).abs() > FOCUS].sort_values()
    if outside.empty:
        return pd.Series(False, index=moments.index)
    values = outside.to_numpy()
    near = values.searchsorted(values + FOCUS, side="right") - values.searchsorted(values - FOCUS, side="left")
    storied = outside.index[near >= max(MIN_STORY, OTHER_STORY_SHARE * len(moments))]
    return pd.Series(moments.index.isin(storied), index=moments.index)


def bin_unit(span: pd.Timedelta) -> str:
    """The finest unit of counts that gives at most MAX_BINS bins over the span."""
    return next((unit for unit, days in BIN_DAYS.items() if span / pd.Timedelta(days=days) <= MAX_BINS), "year")


def bin_edges(moments: pd.Series, unit: str) -> tuple[pd.Series, pd.Series]:
    """Where each moment's bin starts and ends (weeks start on Monday)."""
    day = moments.dt.floor("D")
    if unit == "day":
        return day, day + pd.Timedelta(days=1)
    if unit == "week":
        start = day - pd.to_timedelta(day.dt.day_of_week, unit="D")
        return start, start + pd.Timedelta(days=7)
    period = moments.dt.to_period("M" if unit == "month" else "Y")
    return period.dt.start_time, (period + 1).dt.start_time


def row_names(dated: pd.DataFrame, group_by: str) -> tuple[pd.Series, list[str]]:
    """Each event's row and the rows top to bottom: types in the type list's order, others busiest first,
    beyond MAX_ROWS gathered in one."""
    names = dated[group_by].replace("", NO_PLACE if group_by == "place" else "(none)")
    if group_by == "type":
        known = event_types()
        return names, sorted(names.unique(), key=lambda t: (known.index(t) if t in known else len(known), t))
    counts = names.value_counts()
    order = sorted(counts.index, key=lambda name: (-counts[name], name))
    if len(order) > MAX_ROWS:
        rest = order[MAX_ROWS - 1:]
        gathered = f"{len(rest)} other {ROW_NOUNS[group_by]}"
        names = names.where(~names.isin(rest), gathered)
        order = [*order[:MAX_ROWS - 1], gathered]
    return names, order


def left_margin(order: list[str]) -> int:
    """Room for the longest row label as shown (shortened), and for the counts' axis above the rows."""
    widest = max((len(shorten(name, LABEL_LENGTH)) for name in order), default=0)
    return int(max(COUNTS_AXIS_PX, 10 + LABEL_CHAR_PX * widest))


@dataclass(frozen=True)
class TimelineLayer:
    """The timeline drawn with nothing chosen, and where each of its events is drawn (what the browser outlines)."""

    static: StaticLayer
    drawn_at: dict[str, list[tuple[int, int]]]  # each event's marker and span: its trace and place in it, as drawn


def key_lines(dated: pd.DataFrame, group_by: str) -> int:
    """Lines of the types' key above the rows (none when the rows are the types)."""
    return 0 if group_by == "type" else -(-dated["type"].nunique() // 5)


def figure_height(rows: int, legend_lines: int, outside: int) -> int:
    """The timeline's height in pixels: the counts, the rows, the key above them and the note on events outside."""
    return COUNTS_HEIGHT + GAP + max(rows, 3) * ROW_HEIGHT + 40 + 24 * legend_lines + (20 if outside else 0)


def timeline_height(events: pd.DataFrame, group_by: str = "type",
                    brush: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> int | None:
    """How tall timeline_layer draws these events (None when none is dated), known before it is drawn: the map beside
    it takes its height, and is sent first."""
    dated = events.loc[events["date_start"].notna(), list(dict.fromkeys(
        ["type", "date_start", "date_end", group_by]))]
    if dated.empty:
        return None
    _, order = row_names(dated, group_by)
    return figure_height(len(order), key_lines(dated, group_by), time_window(event_moments(dated), brush)[1])


def timeline_layer(events: pd.DataFrame, group_by: str = "type",
                   brush: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> TimelineLayer:
    """Counts over time above the events' rows; coarse dates drawn as spans, brush shaded."""
    columns = list(dict.fromkeys([*(c for c in DRAWN_COLUMNS if c in events), group_by]))
    dated = events.loc[events["date_start"].notna(), columns].copy()
    if dated.empty:
        return TimelineLayer(static_layer(go.Figure(), set()), {})
    dated["is_point"] = is_point(dated)
    dated["x"] = event_moments(dated)
    names, order = row_names(dated, group_by)
    dated["row"] = names.map({name: plotly_text(name) for name in order})  # an actor's or a document's name
    window, outside = time_window(dated["x"], brush)
    rows_height = max(len(order), 3) * ROW_HEIGHT
    figure = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[COUNTS_HEIGHT, rows_height],
                           vertical_spacing=GAP / (COUNTS_HEIGHT + GAP + rows_height))
    counts, peak = count_bars(dated, bin_unit(window[1] - window[0]), window)
    if len(dated) > MAX_MARKERS:  # a big case: the browser gets what is drawn, not one marker per event
        rows, members = binned_markers(dated, brush, window, show_legend=group_by != "type")
    else:
        drawn = dated.assign(hover=hover_texts(dated, group_by))
        rows = [trace.to_plotly_json() for trace in
                [*span_bars(drawn), *event_markers(drawn, brush, show_legend=group_by != "type")]]
        members = [[[event_id] for event_id in row["customdata"].tolist()] for row in rows]
    traces = [{**counts, "xaxis": "x", "yaxis": "y"}, *({**row, "xaxis": ROWS_AXES[0], "yaxis": ROWS_AXES[1]}
                                                         for row in rows)]
    legend_lines = key_lines(dated, group_by)
    figure.update_layout(
        height=figure_height(len(order), legend_lines, outside),
        margin={"l": left_margin(order), "r": 10, "t": 10 + 24 * legend_lines, "b": 40 + (20 if outside else 0),
                "autoexpand": False},  # room made here for the labels, the key and the note: no second layout pass
        barmode="overlay",  # the counts and the spans set their own base
        # The box-select tool brushes a stretch of time (Streamlit's default drag pans: in select mode Plotly would
        # no longer select an event on a click).
        selectdirection="h", hovermode="closest",
        legend={"orientation": "h", "x": 0, "y": 1, "yanchor": "bottom", "title": {"text": ""}},
    )
    figure.update_xaxes(type="date", range=window, title=None, automargin=False)
    figure.update_yaxes(title={"text": "events", "font": {"size": 11}}, dtick=max(1, -(-peak // 2)), fixedrange=True,
                        automargin=False, row=1, col=1)  # whole counts, two or three ticks
    labels = [plotly_text(name) for name in order]
    figure.update_yaxes(
        title=None, automargin=False, fixedrange=True, type="category", range=[-0.5, len(order) - 0.5],
        categoryorder="array", categoryarray=labels[::-1], tickmode="array", tickvals=labels,
        ticktext=[plotly_text(shorten(name, LABEL_LENGTH)) for name in order], row=2, col=1,
    )
    if brush:  # the brushed range, across the counts and the rows
        figure.add_shape(type="rect", xref="x", yref="paper", x0=brush[0], x1=brush[1], y0=0, y1=1,
                         fillcolor=BRUSH_COLOUR, line={"width": 1, "color": "rgba(31, 119, 180, 0.5)"}, layer="below")
    if outside:
        figure.add_annotation(
            text=f"{outside} event(s) outside this window · double-click to see all", showarrow=False,
            xref="paper", yref="paper", x=1, y=0, yshift=-34, xanchor="right", yanchor="top",
            font={"size": 11, "color": "#666"},
        )
    return TimelineLayer(static_layer(figure, set(range(1, len(traces))), traces), drawn_places(members))


def drawn_places(members: list[list[list[str]]]) -> dict[str, list[tuple[int, int]]]:
    """Where each event is drawn, from the events each point of each rows' trace holds (the counts' trace first)."""
    places: dict[str, list[tuple[int, int]]] = {}
    for trace, points in enumerate(members, start=1):
        for position, ids in enumerate(points):
            for event_id in ids:
                places.setdefault(event_id, []).append((trace, position))
    return places


def timeline_figure(events: pd.DataFrame, group_by: str = "type",
                    brush: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> go.Figure:
    """The timeline of these events as a figure (see timeline_layer)."""
    return go.Figure(timeline_layer(events, group_by, brush).static.spec)


def counted(dated: pd.DataFrame, unit: str, window: list[pd.Timestamp] | None) -> pd.DataFrame:
    """Events per bin of `unit` and type: every event's bins, or only the window's when that would make more than
    MOST_BINS."""
    start, end = bin_edges(dated["x"], unit)
    if window and (end.max() - start.min()) / pd.Timedelta(days=BIN_DAYS[unit]) > MOST_BINS:
        inside = (end > window[0]) & (start < window[1])
        start, end, dated = start[inside], end[inside], dated[inside]
    return (pd.DataFrame({"start": start, "end": end, "type": dated["type"]})
            .groupby(["start", "end", "type"], sort=True).size().rename("count").reset_index())


def count_bars(dated: pd.DataFrame, unit: str, window: list[pd.Timestamp] | None = None) -> tuple[dict, int]:
    """Events per bin, stacked by type in the types' colours, as one trace of bars counted here (the browser gets a
    number a bar, and one trace: a trace per type cost it a pass each), as Plotly's dict (Plotly's checks of every
    label cost the first open a tenth of a second), and the most events a bin holds. The bins are `unit`'s, or coarser
    ones when those would draw more than MAX_BARS bars (a big case's weeks of twenty types: the browser drew 1,800)."""
    units = list(BIN_DAYS)
    for unit in units[units.index(unit):]:
        counts = counted(dated, unit, window)
        if len(counts) <= MAX_BARS:
            break
    below = counts.groupby("start")["count"].cumsum() - counts["count"]  # the types stacked under it, in name order
    middle = counts["start"] + (counts["end"] - counts["start"]) / 2
    label = BIN_LABELS[unit]
    bars = {
        "type": "bar", "x": middle.to_numpy("datetime64[ms]").astype("int64"), "y": counts["count"].to_numpy(),
        "base": below.to_numpy(),
        "width": ((counts["end"] - counts["start"]).dt.total_seconds() * 1000 * (1 - BAR_GAP)).to_numpy(),
        "marker": {"color": counts["type"].map(type_colour).to_numpy(), "line": {"width": 0}}, "name": "",
        "showlegend": False, "hoverinfo": "text",
        "hovertext": [f"{moment.strftime(label)}: {count} {plotly_text(event_type)}" for moment, count, event_type
                      in zip(counts["start"], counts["count"], counts["type"])],
    }
    return bars, int(counts.groupby("start")["count"].sum().max()) if len(counts) else 0


def span_bars(dated: pd.DataFrame) -> list[go.Bar]:
    """Events known only to a month or a year, drawn over their whole span."""
    spans = dated[~dated["is_point"]]
    return [go.Bar(
        base=rows["date_start"].to_numpy(),
        x=(rows["date_end"] - rows["date_start"]).dt.total_seconds().to_numpy() * 1000,
        y=rows["row"].to_numpy(), orientation="h", name=plotly_text(event_type), legendgroup=plotly_text(event_type),
        marker={"color": type_colour(event_type), "opacity": 0.45,
                "line": {"width": 0, "color": "#111"}},
        customdata=rows["event_id"].to_numpy(), hovertext=rows["hover"].to_numpy(), hoverinfo="text", width=0.35,
        showlegend=False,
    ) for event_type, rows in spans.groupby("type", sort=True)]


def event_markers(dated: pd.DataFrame, brush: tuple[pd.Timestamp, pd.Timestamp] | None,
                  show_legend: bool) -> list[go.Scatter]:
    """One marker per event, faded when brushed out."""
    outside = ~overlapping(dated, *brush) if brush else pd.Series(False, index=dated.index)
    markers = []
    # Per-point styles as numbers (numpy arrays, Plotly's symbol codes): Plotly checks them at once, not one by one.
    for event_type, rows in dated.groupby("type", sort=True):
        faded = outside[rows.index].to_numpy()
        markers.append(go.Scatter(
            x=rows["x"].to_numpy(), y=rows["row"].to_numpy(), mode="markers", name=plotly_text(event_type),
            legendgroup=plotly_text(event_type), showlegend=show_legend,
            customdata=rows["event_id"].to_numpy(), hovertext=rows["hover"].to_numpy(), hoverinfo="text",
            marker={
                "size": 11,
                "color": type_colour(event_type),
                "symbol": [CIRCLE if point else DIAMOND for point in rows["is_point"]],
                "opacity": np.where(faded, 0.4, 1.0),
                "line": {"width": 1, "color": "#111"},
            },
        ))
    return markers


def marker_bins(dated: pd.DataFrame, window: list[pd.Timestamp]) -> tuple[str, pd.Series, pd.Series]:
    """The finest bins (from the counts' own unit up to years) that keep the markers at most MAX_MARKERS: the unit,
    and each event's bin start and end."""
    units = list(BIN_DAYS)
    for unit in units[units.index(bin_unit(window[1] - window[0])):]:
        start, end = bin_edges(dated["x"], unit)
        markers = pd.DataFrame({"row": dated["row"], "type": dated["type"], "start": start}).drop_duplicates()
        if len(markers) <= MAX_MARKERS:
            break
    return unit, start, end


def binned_markers(dated: pd.DataFrame, brush: tuple[pd.Timestamp, pd.Timestamp] | None,
                   window: list[pd.Timestamp], show_legend: bool) -> tuple[list[dict], list[list[list[str]]]]:
    """One marker per row, type and time bin, sized by how many events it holds, at the middle of its bin; a click on
    it chooses all of them (its customdata is their token). As Plotly's dicts: two thousand hover texts are sent as
    built, not checked and copied one by one. With the events each trace's points hold (the markers' trace first)."""
    unit, start, end = marker_bins(dated, window)
    events = pd.DataFrame({"row": dated["row"], "type": dated["type"], "start": start, "end": end,
                           "event_id": dated["event_id"], "sentence": dated["sentence"]})
    groups = events.groupby(["type", "row", "start"], sort=True, observed=True)
    bins = groups.agg(end=("end", "first"), count=("event_id", "size"), sentence=("sentence", "first")).reset_index()
    members: list[list[str]] = [[] for _ in range(len(bins))]
    for code, event_id in zip(groups.ngroup().tolist(), events["event_id"].tolist()):  # plain lists: Arrow's strings
        members[code].append(event_id)  # read one by one per group cost ten times more
    bins["x"] = bins["start"] + (bins["end"] - bins["start"]) / 2
    faded = (((bins["end"] <= brush[0]) | (bins["start"] >= brush[1])).to_numpy() if brush
             else np.zeros(len(bins), dtype=bool))
    label = BIN_LABELS[unit]
    hover = [f"<b>{plotly_text(event_type)}</b> · {count} event(s) · {moment.strftime(label)}<br>{row}<br>"
             f"{plotly_text(shorten(sentence, 120))}" + ("<br>… click to list them all" if count > 1 else "")
             for event_type, count, moment, row, sentence
             in zip(bins["type"], bins["count"], bins["start"], bins["row"], bins["sentence"])]
    markers = {  # one trace for every type: the browser makes a pass per trace
        "type": "scatter", "x": bins["x"].to_numpy(), "y": bins["row"].to_numpy(), "mode": "markers", "name": "",
        "showlegend": False, "customdata": [group_token(ids) for ids in members], "hovertext": hover,
        "hoverinfo": "text",
        "marker": {"size": np.minimum(8 + 3 * np.log2(bins["count"].to_numpy()), 24),
                   "color": bins["type"].map(type_colour).to_numpy(), "symbol": CIRCLE,
                   "opacity": np.where(faded, 0.4, 0.85), "line": {"width": 1, "color": "#111"}},
    }
    return [markers, *(type_key(sorted(bins["type"].unique())) if show_legend else [])], [members]


def type_key(types: list[str]) -> list[dict]:
    """The types' colours in the legend, for markers drawn in one trace (each an empty trace of its type)."""
    return [{"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": plotly_text(event_type),
             "showlegend": True, "marker": {"color": type_colour(event_type), "line": {"width": 1, "color": "#111"}},
             "hoverinfo": "skip"} for event_type in types]


def hover_texts(events: pd.DataFrame, group_by: str = "type") -> pd.Series:
    """What each hover shows: the date as written, the place, the row's whole name and the sentence, the article's
    words escaped (built column-wise: thousands of events on every click)."""
    when = (events["date_value"] + events["date_text"].map(lambda text: f" ({text})" if text else "")).map(plotly_text)
    origin = events["date_origin"].map(lambda o: "" if o in ("explicit", "") else f" — date from {plotly_text(o)}")
    where = events["place"].map(lambda place: f"<br>{plotly_text(place)}" if place else "")
    row = ("" if group_by in ("type", "place")
           else f"<br>{group_by.capitalize()}: " + events[group_by].map(plotly_text))
    sentence = events["sentence"].map(lambda text: plotly_text(shorten(text, 120)))
    status = events["status"].map(
        lambda s: "" if s == "asserted" else f" <i>({STATUS_NOTES.get(s, plotly_text(s))})</i>")
    return ("<b>" + events["type"].map(plotly_text) + "</b>" + status + " " + when + origin + where + row + "<br>"
            + sentence)
