"""The events chosen in the table (or, once its figure changed, on the timeline itself), outlined on the timeline as
the browser drew it: the timeline's figure stays as it is, so Streamlit does not mount and draw it whole again."""
from __future__ import annotations

import streamlit as st

from components.chart_watch import watched_chart_js
from components.event_timeline import FADED, TimelineLayer

# Finds the timeline's Plotly chart by its element's key and marks the chosen events' markers and spans with a class
# outlining them, the other events' with one fading them (a stylesheet's rules, so Plotly's own styles of each point
# come back once a class goes); does it again whenever Plotly draws the chart again (a zoom, a resize, a selection)
# or Streamlit mounts another one in its place. A point's place in its trace is found from the data Plotly bound to
# it, so points Plotly leaves undrawn do not shift the others.
OUTLINE_JS = watched_chart_js(setup="""
  if (!document.getElementById('newsmap-timeline-outline')) {
    const style = document.createElement('style');
    style.id = 'newsmap-timeline-outline';
    style.textContent = `.newsmap-outlined {stroke: #111 !important; stroke-width: 3px !important;
                                            stroke-opacity: 1 !important}
      .newsmap-faded {fill-opacity: ${data.opacity} !important; stroke-opacity: ${data.opacity} !important}`;
    document.head.appendChild(style);
  }
  const points = (chart) => [...chart.querySelectorAll('.cartesianlayer g.trace')].flatMap((trace) => {
    const calc = trace.__data__;
    const index = calc?.[0]?.trace?.index;
    if (index === undefined) return [];
    const at = new Map(calc.map((point, position) => [point, position]));
    return [...trace.querySelectorAll('path.point, .point path')].map(
      (point) => [point, index, at.get(point.__data__ ?? point.parentNode.__data__)]);
  });""", paint="""
    const chosen = new Map(Object.entries(data.points).map(([index, at]) => [Number(index), new Set(at)]));
    for (const [point, index, position] of points(chart)) {
      const outlined = chosen.get(index)?.has(position) ?? false;
      point.classList.toggle('newsmap-outlined', outlined);
      point.classList.toggle('newsmap-faded', chosen.size > 0 && !outlined && data.faded.includes(index));
    }""")
OUTLINE = st.components.v2.component("newsmap_timeline_outline", js=OUTLINE_JS)


def outlined_points(layer: TimelineLayer, chosen: set[str]) -> dict[str, list[int]]:
    """The markers and spans drawing the chosen events, as the points the browser drew: {trace index: [positions]}."""
    points: dict[str, set[int]] = {}
    for event_id in chosen:
        for trace, position in layer.drawn_at.get(event_id, ()):
            points.setdefault(str(trace), set()).add(position)
    return {trace: sorted(positions) for trace, positions in sorted(points.items(), key=lambda item: int(item[0]))}


def outline_on_timeline(chart_key: str, layer: TimelineLayer, chosen: set[str]) -> None:
    """Outline the chosen events on the timeline drawn under `chart_key`, the other events faded."""
    OUTLINE(key="timeline_outline", data={"chart": chart_key, "points": outlined_points(layer, chosen),
                                          "faded": sorted(layer.static.faded), "opacity": FADED}, height=0)
