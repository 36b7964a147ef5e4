"""The events chosen on the timeline or in the table, outlined on the map as the browser drew it: the map's figure
stays as it is, so Streamlit does not draw it whole again (base map, areas and markers: 0.3 s at 10,000 articles)."""
from __future__ import annotations

import streamlit as st

from components.chart_watch import watched_chart_js
from components.event_map import FADED, MapLayer

# Finds the map's Plotly chart by its element's key, outlines the chosen markers and fades the others, and does it again
# whenever Plotly draws the chart again (a pan, a zoom, a resize) or Streamlit mounts another one in its place.
OUTLINE_JS = watched_chart_js(paint="""
    const any = Object.keys(data.points).length > 0;
    for (const trace of chart.querySelectorAll('.geo g.trace.scattergeo')) {
      const index = trace.__data__?.[0]?.trace?.index;
      const chosen = new Set(data.points[index] || []);
      const faded = any && data.faded.includes(index);
      trace.querySelectorAll('path.point').forEach((point, position) => {
        const outlined = chosen.has(position);
        point.style.strokeWidth = outlined ? '3px' : '';
        point.style.stroke = outlined ? '#111' : '';
        point.style.opacity = faded && !outlined ? data.opacity : '';
      });
    }""")
OUTLINE = st.components.v2.component("newsmap_map_outline", js=OUTLINE_JS)


def outlined_points(layer: MapLayer, chosen: set[str]) -> dict[str, list[int]]:
    """The markers holding the chosen events, as the points the browser drew: {trace index: [point positions]}."""
    points: dict[str, list[int]] = {}
    for row in sorted({layer.marker_of[event_id] for event_id in chosen if event_id in layer.marker_of}):
        trace, position = layer.drawn_at[row]
        points.setdefault(str(trace), []).append(position)
    return points


def outline_on_map(chart_key: str, layer: MapLayer, chosen: set[str]) -> None:
    """Outline the chosen events' markers on the map drawn under `chart_key`, the others faded."""
    OUTLINE(key="map_outline", data={"chart": chart_key, "points": outlined_points(layer, chosen),
                                     "faded": sorted(layer.static.faded), "opacity": FADED}, height=0)
