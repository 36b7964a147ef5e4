"""A chart's static layer: what the view shows, built once per view and kept as Plotly's dict, so a click that only
chooses sends the same figure again (the choice is outlined in the browser: map_outline, timeline_outline; on a
10,000-article case, building both figures again took most of a click's server time).
"""
from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

@dataclass(frozen=True)
class StaticLayer:
    """A figure drawn with nothing chosen, as Plotly's dict, and which of its traces a choice fades."""

    spec: dict
    faded: frozenset[int]


class ReadyFigure(go.Figure):
    """A figure whose dict is already built: Streamlit serialises it as it is, without copying and checking again
    every trace of the static layer."""

    def __init__(self, spec: dict) -> None:
        super().__init__(layout={"height": spec["layout"].get("height")})
        self._spec = spec

    def to_dict(self) -> dict:
        """The dict as built (Streamlit and plotly.io read the figure through this)."""
        return self._spec


def static_layer(figure: go.Figure, faded: set[int], traces: list[dict] | None = None) -> StaticLayer:
    """A figure built with nothing chosen, kept as its dict (its arrays as numpy's, as the figure holds them), followed
    by `traces` already in Plotly's dict form (a big case's: thousands of labels Plotly's objects would check and copy
    one by one at the first open; tests read them back through go.Figure, which checks them)."""
    data = [trace.to_plotly_json() for trace in figure.data] + list(traces or [])
    return StaticLayer({"data": data, "layout": figure.layout.to_plotly_json()}, frozenset(faded))
