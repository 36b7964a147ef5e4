"""The map's clusters in a real Chromium, offline: a click on a cluster lists its events in the table and opens it,
and the page's link, opened again, brings back the same selection."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHART = '[data-testid="stPlotlyChart"]'
# The map's clusters as Plotly holds them: each point's events and its number.
CLUSTERS = """() => document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot').data
                  .filter(trace => trace.name === '' && trace.customdata)
                  .flatMap(trace => trace.customdata.map((ids, i) => [ids.split('|').sort(), trace.text[i]]))"""


def open_explore(page, url: str) -> None:
    """Load Explore and wait until both charts have drawn their data."""
    page.goto(url)
    charts = page.locator(CHART)
    charts.nth(0).locator(".geo .scattergeo path.point").first.wait_for(state="attached")
    charts.nth(1).locator(".scatterlayer path.point").first.wait_for(state="attached")
    page.wait_for_timeout(1000)  # the charts' last redraw


def table_ids_caption(page, count: int) -> None:
    """Wait for the table to list `count` events chosen on the map."""
    page.get_by_text(re.compile(rf"^{count} event\(s\) chosen on the map or the timeline")).wait_for()
    grid = page.locator('[data-testid="stDataFrame"] [role="grid"]')
    grid.and_(page.locator(f'[aria-rowcount="{count + 1}"]')).wait_for(state="attached")


def wait_until_opened(page, ids: list[str]) -> None:
    """Wait until no cluster on the map holds exactly these events: zoomed in, their places stand apart."""
    page.wait_for_function(f"() => !({CLUSTERS})().some(([ids]) => ids.join('|') === {json.dumps('|'.join(ids))})")


def test_a_cluster_clicked_lists_its_events_opens_and_its_link_reopens_the_same_choice(page, app_url: str) -> None:
    open_explore(page, f"{app_url}/?frame=World")  # the world's scale: the story's places far east are one cluster
    numbered: dict[str, list[list[str]]] = {}
    for ids, number in page.evaluate(CLUSTERS):
        assert int(number) == len(ids) >= 2
        numbered.setdefault(number, []).append(ids)
    number = max(numbered, key=int)
    box = page.locator(f'{CHART} .scattergeo text[data-unformatted="{number}"]').first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"[?&]map="))
    table_ids_caption(page, int(number))  # the table lists the cluster's events, and only them
    ids = sorted(page.evaluate("() => new URLSearchParams(location.search).get('map').split('|')"))
    assert ids in numbered[number]
    page.wait_for_url(re.compile(r"[?&]frame=Chosen"))  # a cluster of several places opens: the map zooms in on it
    wait_until_opened(page, ids)
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots:  # the README's picture of an opened cluster comes from this run
        page.screenshot(path=str(Path(screenshots) / "explore-cluster.png"), full_page=False)
    shared = page.url
    open_explore(page, shared)  # the link, opened again: the same events chosen, the same frame
    table_ids_caption(page, len(ids))
    assert sorted(page.evaluate("() => new URLSearchParams(location.search).get('map').split('|')")) == ids
    assert "frame=Chosen" in page.url
    wait_until_opened(page, ids)


def test_an_event_clicked_on_the_timeline_and_the_rows_choice_survive_the_link(page, app_url: str) -> None:
    open_explore(page, f"{app_url}/?place=Vostochny")
    page.get_by_role("radio", name="Actor").click()
    page.wait_for_url(re.compile(r"[?&]rows=Actor"))
    rows = page.locator(CHART).nth(1).locator(".yaxislayer-above text", has_text="Vladimir")
    rows.first.wait_for()  # the timeline redrawn with a row per actor
    page.wait_for_timeout(1000)  # the chart's last redraw
    point = page.locator(CHART).nth(1).locator(".scatterlayer path.point").first
    point.scroll_into_view_if_needed()
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"[?&]events="))
    page.locator(".evidence").first.wait_for()
    evidence = page.locator(".evidence").first.inner_text()
    shared = page.url
    open_explore(page, shared)
    page.locator(".evidence").first.wait_for()
    assert page.locator(".evidence").first.inner_text() == evidence
    outlined = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')[1]
                         .querySelectorAll('.scatterlayer path.point')]
                         .filter(p => parseFloat(getComputedStyle(p).strokeWidth) >= 3).length"""
    page.wait_for_function(f"() => ({outlined})() == 1")
    rows = page.locator(CHART).nth(1).locator(".yaxislayer-above text").all_inner_texts()
    assert rows and not {"CONSULT", "REQUEST"} & set(rows)  # rows by actor, as the link says
