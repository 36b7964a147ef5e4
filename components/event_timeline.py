"""The event timeline: points for events known to the day or better, bars for coarser ones."""
from __future__ import annotations

import plotly.graph_objects as go
import pandas as pd

from components.event_frame import POINT_PRECISIONS
from components.event_map import shorten
from components.palette import type_colour

GROUPINGS = {"Event type": "type", "Actor": "actor", "Document": "document"}


def timeline_figure(events: pd.DataFrame, highlighted: set[str], group_by: str = "type") -> go.Figure:
    """Events on a time axis, one row per group; coarse dates drawn as spans, selection outlined."""
    dated = events.dropna(subset=["date_start"]).copy()
    figure = go.Figure()
    if dated.empty:
        return figure
    dated["is_point"] = dated["date_precision"].isin(POINT_PRECISIONS) | dated["date_end"].isna()
    dated["hover"] = [hover_text(row) for row in dated.itertuples()]
    spans = dated[~dated["is_point"]]
    for event_type, rows in spans.groupby("type", sort=True):
        figure.add_trace(go.Bar(
            base=rows["date_start"], x=(rows["date_end"] - rows["date_start"]).dt.total_seconds() * 1000,
            y=rows[group_by], orientation="h", name=event_type, legendgroup=event_type,
            marker={"color": type_colour(event_type), "opacity": 0.45,
                    "line": {"width": [3 if i in highlighted else 0 for i in rows["event_id"]],
                             "color": "#111"}},
            customdata=rows["event_id"], hovertext=rows["hover"], hoverinfo="text", width=0.35,
            showlegend=False,
        ))
    # Coarse events also get a marker at their midpoint so a click or a box selects them.
    dated["x"] = dated["date_start"].where(
        dated["is_point"], dated["date_start"] + (dated["date_end"] - dated["date_start"]) / 2
    )
    for event_type, rows in dated.groupby("type", sort=True):
        figure.add_trace(go.Scatter(
            x=rows["x"], y=rows[group_by], mode="markers", name=event_type, legendgroup=event_type,
            customdata=rows["event_id"], hovertext=rows["hover"], hoverinfo="text",
            marker={
                "size": [16 if i in highlighted else 11 for i in rows["event_id"]],
                "color": type_colour(event_type),
                "symbol": ["circle" if p else "diamond" for p in rows["is_point"]],
                "opacity": [1.0 if i in highlighted or not highlighted else 0.4 for i in rows["event_id"]],
                "line": {"width": [3 if i in highlighted else 1 for i in rows["event_id"]], "color": "#111"},
            },
        ))
    window, outside = focus_window(dated["x"])
    figure.update_layout(
        height=480, margin={"l": 10, "r": 10, "t": 30 if outside else 10, "b": 10}, barmode="overlay",
        legend={"orientation": "h", "y": -0.15},
        xaxis={"type": "date", "title": None, **({"range": window} if window else {})},
        yaxis={"title": None, "automargin": True},
    )
    if outside:
        figure.add_annotation(
            text=f"{outside} event(s) outside this window · double-click to see all", showarrow=False,
            xref="paper", yref="paper", x=1, y=1.06, xanchor="right", font={"size": 11, "color": "#666"},
        )
    return figure


def focus_window(moments: pd.Series, half_width: pd.Timedelta = pd.Timedelta(days=183)) -> tuple[list | None, int]:
    """The stretch of time the story is about (within half a year of its median date) and how many fall outside."""
    median = moments.median()
    inside = moments[(moments - median).abs() <= half_width]
    if len(inside) == len(moments):
        return None, 0
    pad = max((inside.max() - inside.min()) * 0.08, pd.Timedelta(hours=12))
    return [inside.min() - pad, inside.max() + pad], len(moments) - len(inside)


def hover_text(row) -> str:
    """What a hover shows: the date as written, the place and the sentence."""
    when = f"{row.date_value}" + (f" ({row.date_text})" if row.date_text else "")
    origin = "" if row.date_origin in ("explicit", "") else f" — date from {row.date_origin}"
    where = f"<br>{row.place}" if row.place else ""
    return f"<b>{row.type}</b> {when}{origin}{where}<br>{shorten(row.sentence, 120)}"
