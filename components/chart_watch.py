"""How the outlines watch one Plotly chart in the browser, written once so the map's and the timeline's cannot drift."""
from __future__ import annotations


def watched_chart_js(paint: str, setup: str = "") -> str:
    """A st.components.v2 script finding the Plotly chart under the element keyed `data.chart`, running `paint` on it.

    `setup` (JavaScript run once, before the chart is looked for) may define what `paint` uses; `paint` is the body of a
    function with the chart as `chart`. It runs at once, whenever Plotly draws the chart again (a pan, a zoom, a resize,
    a selection) and whenever Streamlit mounts another chart in its place; Plotly's own redraws are told by its
    'plotly_afterplot' event, a new chart by a MutationObserver on the charts' container. The script's cleanup removes
    both."""
    return """
export default function ({ data }) {""" + setup + """
  const charts = document.querySelector('.st-key-charts') || document.body;
  const find = () => document.querySelector(`.st-key-${data.chart} .js-plotly-plot`);
  let drawn = null;
  const paint = () => {
    const chart = find();
    if (!chart) return;
    if (chart !== drawn && chart.on) {
      if (drawn) drawn.removeListener('plotly_afterplot', paint);
      chart.on('plotly_afterplot', paint);
      drawn = chart;
    }""" + paint + """
  };
  const mounted = () => {  // another chart in the watched one's place: Plotly's own redraws are told by its event
    const chart = find();
    if (chart && chart !== drawn) paint();
  };
  const watcher = new MutationObserver(() => requestAnimationFrame(mounted));
  watcher.observe(charts, { childList: true, subtree: true });
  paint();
  return () => {
    watcher.disconnect();
    if (drawn) drawn.removeListener('plotly_afterplot', paint);
  };
}
"""
