"""What Explore's charts outline in the browser, read from the page AppTest ran: the events in the points each
chart's script is told to outline over the chart as drawn."""
from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from components.event_frame import ids_from_selection

DRAWN = {"map": 0, "timeline": 1}  # each chart's place among the page's Plotly charts


def outline_data(app: AppTest, chart: str) -> dict:
    """What the script outlining a chart's chosen events was given (the chart named by its widget's key)."""
    return next(data for data in (json.loads(script.proto.json) for script in app.get("bidi_component"))
                if data["chart"].startswith(f"{chart}_selection"))


def outlined(app: AppTest, chart: str) -> set[str]:
    """The events in the points the chart's script outlines; a map marker holds the events of one place and type, a
    big timeline's marker those of one bin."""
    data = json.loads(app.get("plotly_chart")[DRAWN[chart]].proto.spec)["data"]
    points = [{"customdata": data[int(trace)]["customdata"][position]}
              for trace, positions in outline_data(app, chart)["points"].items() for position in positions]
    return ids_from_selection({"points": points})
