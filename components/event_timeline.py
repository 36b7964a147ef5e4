"""The event timeline: points for events known to the day or better, bars for coarser ones."""
from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.event_frame import POINT_PRECISIONS, STATUS_NOTES
from components.event_map import shorten
from components.palette import type_colour
from components.safe_text import plotly_text

GROUPINGS = {"Event type": "type", "Actor": "actor", "Document": "document"}
CIRCLE, DIAMOND = 0, 2  # Plotly's marker symbol codes: exact dates are dots, coarse ones diamonds


def timeline_figure(events: pd.DataFrame, highlighted: set[str], group_by: str = "type") -> go.Figure:
    """Events on a time axis, one row per group; coarse dates drawn as spans, selection outlined."""
    dated = events.dropna(subset=["date_start"]).copy()
    figure = go.Figure()
    if dated.empty:
        return figure
    dated["is_point"] = dated["date_precision"].isin(POINT_PRECISIONS) | dated["date_end"].isna()
    dated["hover"] = hover_texts(dated)
    dated["row"] = dated[group_by].map(plotly_text)  # a row's label is an actor's or a document's name
    spans = dated[~dated["is_point"]]
    for event_type, rows in spans.groupby("type", sort=True):
        figure.add_trace(go.Bar(
            base=rows["date_start"], x=(rows["date_end"] - rows["date_start"]).dt.total_seconds() * 1000,
            y=rows["row"], orientation="h", name=plotly_text(event_type), legendgroup=plotly_text(event_type),
            marker={"color": type_colour(event_type), "opacity": 0.45,
                    "line": {"width": np.where(rows["event_id"].isin(highlighted), 3, 0), "color": "#111"}},
            customdata=rows["event_id"], hovertext=rows["hover"], hoverinfo="text", width=0.35,
            showlegend=False,
        ))
    # Coarse events also get a marker at their midpoint so a click or a box selects them.
    dated["x"] = dated["date_start"].where(
        dated["is_point"], dated["date_start"] + (dated["date_end"] - dated["date_start"]) / 2
    )
    # Per-point styles as numbers (numpy arrays, Plotly's symbol codes): Plotly checks them at once, not one by one.
    for event_type, rows in dated.groupby("type", sort=True):
        chosen = rows["event_id"].isin(highlighted).to_numpy()
        figure.add_trace(go.Scatter(
            x=rows["x"], y=rows["row"], mode="markers", name=plotly_text(event_type), legendgroup=plotly_text(event_type),
            customdata=rows["event_id"], hovertext=rows["hover"], hoverinfo="text",
            marker={
                "size": np.where(chosen, 16, 11),
                "color": type_colour(event_type),
                "symbol": [CIRCLE if point else DIAMOND for point in rows["is_point"]],
                "opacity": np.where(chosen | (not highlighted), 1.0, 0.4),
                "line": {"width": np.where(chosen, 3, 1), "color": "#111"},
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


def hover_texts(events: pd.DataFrame) -> pd.Series:
    """What each hover shows: the date as written, the place and the sentence, the article's words escaped
    (built column-wise: thousands of events on every click)."""
    when = (events["date_value"] + events["date_text"].map(lambda text: f" ({text})" if text else "")).map(plotly_text)
    origin = events["date_origin"].map(lambda o: "" if o in ("explicit", "") else f" — date from {plotly_text(o)}")
    where = events["place"].map(lambda place: f"<br>{plotly_text(place)}" if place else "")
    sentence = events["sentence"].map(lambda text: plotly_text(shorten(text, 120)))
    status = events["status"].map(lambda s: "" if s == "asserted" else f" <i>({STATUS_NOTES.get(s, plotly_text(s))})</i>")
    return "<b>" + events["type"].map(plotly_text) + "</b>" + status + " " + when + origin + where + "<br>" + sentence
