"""The dashboard in a real Chromium: offline map, linked timeline, evidence, upload."""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHART = '[data-testid="stPlotlyChart"]'


def open_explore(page, app_url: str, query: str = ""):
    """Load the app (through a shared link's query, if given) and wait until both charts have drawn their data."""
    page.goto(f"{app_url}/{query}")
    charts = page.locator(CHART)
    charts.nth(0).locator(".geo .scattergeo path.point").first.wait_for(state="attached")
    charts.nth(1).locator(".scatterlayer path.point").first.wait_for(state="attached")  # the map has a scatterlayer too
    return charts


def test_the_page_brings_plotly_js_with_it_and_the_charts_draw_with_that_copy(page, app_url: str) -> None:
    response = page.goto(app_url)
    assert "PlotlyChart." in response.headers.get("link", "") and "rel=modulepreload" in response.headers["link"]
    page.locator(CHART).nth(1).locator(".scatterlayer path.point").first.wait_for(state="attached")
    fetched = page.evaluate("() => performance.getEntriesByType('resource')"
                            ".filter(entry => entry.name.includes('/PlotlyChart.')).length")
    assert fetched == 1  # the module preloaded is the one the charts imported: not fetched twice


def test_map_draws_countries_offline_and_timeline_has_events(page, app_url: str) -> None:
    charts = open_explore(page, app_url)
    map_chart, timeline_chart = charts.nth(0), charts.nth(1)
    assert map_chart.locator(".geo .layer.countries path").count() > 0
    assert map_chart.locator(".geo .layer.land path").count() > 0
    assert map_chart.locator(".scattergeo path.point").count() >= 3
    assert timeline_chart.locator(".scatterlayer path.point").count() >= 5
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots:  # the README's picture comes from this run
        page.wait_for_timeout(1500)
        page.screenshot(path=str(Path(screenshots) / "explore.png"), full_page=False)


def test_clicking_a_timeline_event_shows_its_sentence_and_highlights_the_map(page, app_url: str) -> None:
    charts = open_explore(page, app_url, "?place=Vostochny")  # a shared link narrowed to events with a place
    point = charts.nth(1).locator(".scatterlayer path.point").first
    point.scroll_into_view_if_needed()  # a tall timeline may draw its first row below the window
    box = point.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    evidence = page.locator(".evidence").first
    evidence.wait_for()
    assert len(evidence.inner_text()) > 20
    assert evidence.locator("mark").count() >= 1
    # the map redraws with the selected event outlined and the rest dimmed
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] .scattergeo path.point')]
              .some(p => parseFloat(getComputedStyle(p).strokeWidth) >= 3)"""
    )


def table_rows(page, expected: int | None = None) -> int:
    """How many events the event table holds (its grid counts the header row too), once it holds `expected`."""
    grid = page.locator('[data-testid="stDataFrame"] [role="grid"]')
    if expected is not None:
        grid.and_(page.locator(f'[aria-rowcount="{expected + 1}"]')).wait_for(state="attached")
    return int(grid.get_attribute("aria-rowcount")) - 1


MAP_EVENTS = """() => document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot').data
                    .flatMap(trace => trace.customdata || []).reduce((n, ids) => n + ids.split('|').length, 0)"""


def test_dragging_across_the_timeline_shows_that_stretch_of_time_on_the_map_and_in_the_table(page, app_url) -> None:
    charts = open_explore(page, app_url)
    map_chart, timeline_chart = charts.nth(0), charts.nth(1)
    page.wait_for_timeout(1000)  # the map's and the timeline's last redraw
    markers, rows = page.evaluate(MAP_EVENTS), table_rows(page)  # events on the map: a cluster holds several
    timeline_chart.scroll_into_view_if_needed()
    timeline_chart.hover()  # the chart's tools show on hover; its box-select tool brushes a stretch of time
    timeline_chart.locator('.modebar-btn[data-title="Box Select"]').click()
    # The story's last days: from just before the rightmost events to past them, across the rows of events.
    rightmost = max(box["x"] + box["width"] / 2 for box in
                    (p.bounding_box() for p in timeline_chart.locator(".scatterlayer path.point").all()) if box)
    area = timeline_chart.locator(".nsewdrag").last.bounding_box()
    middle = area["y"] + area["height"] / 2
    page.mouse.move(rightmost - 12, middle)
    page.mouse.down()
    page.mouse.move(rightmost + 20, middle, steps=8)
    page.mouse.up()
    page.wait_for_url(re.compile(r"[?&]range=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d"))
    label = page.get_by_text(re.compile(rf"^(?!{rows} )\d+ event\(s\)\. Click"))
    label.wait_for()
    brushed_rows = int(re.search(r"\d+", label.inner_text()).group())
    page.wait_for_function(f"() => ({MAP_EVENTS})() < {markers}")  # the map redrawn with the brushed days' events
    assert 0 < table_rows(page, brushed_rows) == brushed_rows < rows
    assert 0 < page.evaluate(MAP_EVENTS) < markers and map_chart.locator(".scattergeo path.point").count() > 0
    assert timeline_chart.locator(".layer-below .shapelayer path, .layer-above .shapelayer path").count() >= 1
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots:  # the README's picture of a brushed timeline comes from this run
        page.wait_for_timeout(1500)
        timeline_chart.scroll_into_view_if_needed()
        page.screenshot(path=str(Path(screenshots) / "explore-brushed.png"), full_page=False)
    page.get_by_role("button", name="Clear range").click()
    page.wait_for_function("() => !location.search.includes('range=')")
    page.get_by_text(re.compile(rf"^{rows} event\(s\)\. Click")).wait_for()
    assert table_rows(page, rows) == rows


OUTLINED = """(chart) => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')[chart]
                 .querySelectorAll('.scattergeo path.point, .scatterlayer path.point')]
                 .filter(p => parseFloat(getComputedStyle(p).strokeWidth) >= 3).length"""


# Counts each chart's draws by Plotly from now on, and keeps the charts' elements: a new figure is drawn again in the
# same element, or in a new one Streamlit mounts in its place.
COUNT_DRAWS = """() => {
  window.charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')].slice(0, 2);
  window.chartsDrawn = [0, 0];
  window.charts.forEach((chart, index) => chart.on('plotly_afterplot', () => window.chartsDrawn[index]++));
}"""
REDRAWN = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')].slice(0, 2)
                   .map((chart, index) => chart !== window.charts[index] || window.chartsDrawn[index] > 0)"""


def tick_table_row(page, row: int) -> None:
    """Tick a row of the event table in the box before its first column (the grid is drawn on a canvas)."""
    table = page.locator('[data-testid="stDataFrame"]')
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    row_height = 35  # Streamlit's default row height, the header's too
    page.mouse.click(box["x"] + 16, box["y"] + row_height * (row + 1) + row_height / 2)


def test_ticking_a_table_row_outlines_its_event_on_the_map_and_the_timeline(page, app_url: str) -> None:
    open_explore(page, app_url, "?types=CONSULT")  # the summit, the stop at Khasan, the July visit: all placed
    page.wait_for_timeout(1000)  # the charts' last redraw
    assert page.evaluate(OUTLINED, 0) == 0 and page.evaluate(OUTLINED, 1) == 0
    page.evaluate(COUNT_DRAWS)
    tick_table_row(page, 0)
    page.wait_for_function(f"() => ({OUTLINED})(0) >= 1 && ({OUTLINED})(1) == 1")  # one event: one on the timeline
    assert page.evaluate(REDRAWN) == [False, False], "both charts outlined as drawn, not drawn again"
    page.locator(".evidence").first.wait_for()
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots:
        page.screenshot(path=str(Path(screenshots) / "explore-table-row.png"), full_page=True)
    tick_table_row(page, 1)
    page.wait_for_function(f"() => ({OUTLINED})(1) == 2")  # both ticked rows outlined on the timeline


def test_on_a_laptop_the_map_and_the_timeline_fit_the_screen_side_by_side(page, app_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 768})
    charts = open_explore(page, app_url)
    page.wait_for_timeout(1500)  # the charts' last redraw
    map_box, timeline_box = charts.nth(0).bounding_box(), charts.nth(1).bounding_box()
    assert map_box["y"] + map_box["height"] <= 768 + 40  # the map, all but its legend, above the fold
    assert abs(map_box["y"] - timeline_box["y"]) < 60 and timeline_box["x"] > map_box["x"] + map_box["width"]
    assert map_box["width"] > 400
    screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
    if screenshots:
        page.screenshot(path=str(Path(screenshots) / "explore-1366x768.png"), full_page=False)
    page.set_viewport_size({"width": 1000, "height": 800})  # a narrow window: the timeline goes under the map
    page.wait_for_timeout(500)
    map_box, timeline_box = charts.nth(0).bounding_box(), charts.nth(1).bounding_box()
    assert timeline_box["y"] >= map_box["y"] + map_box["height"]


def test_uploading_a_file_adds_its_events(page, app_url: str, tmp_path: Path) -> None:
    article = tmp_path / "2024-03-05-berlin.en.txt"
    article.write_text(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Tuesday.\n\n"
        "The two leaders travelled to Hamburg on Wednesday to visit the port.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page.goto(f"{app_url}/library")
    uploaded: list[str] = []
    page.on("response", lambda response: uploaded.append(response.url) if "upload_file" in response.url else None)
    page.locator('input[type="file"]').set_input_files([str(article), str(empty)])
    while len(uploaded) < 2:  # both files on the server before the form is sent
        page.wait_for_timeout(50)
    page.get_by_role("button", name="Analyse", exact=True).click()
    page.get_by_text("empty.txt").first.wait_for()
    page.get_by_text("Added 1 document(s)").wait_for()
    assert page.get_by_text("the file is empty").count() >= 1
    page.goto(app_url)
    page.get_by_text("2 document(s)").wait_for()
    page.wait_for_selector(f"{CHART} .scattergeo path.point", state="attached")
    hovers = page.locator(CHART).nth(0).locator(".scattergeo path.point").count()
    assert hovers >= 4


def test_the_html_export_draws_its_map_with_no_network(page, app_url: str, tmp_path: Path) -> None:
    page.goto(f"{app_url}/export")
    with page.expect_download() as download:
        page.get_by_text("Standalone HTML").click()
    exported = tmp_path / "newsmap.html"
    download.value.save_as(exported)
    page.goto(exported.as_uri())
    page.wait_for_selector("#map .geo .layer.countries path", state="attached")
    assert page.locator("#map .scattergeo path.point").count() >= 3
    assert page.locator("#timeline .scatterlayer path.point").count() >= 5


def test_a_correction_survives_a_restart_of_the_app(browser, tmp_path: Path) -> None:
    from offline_browser import require_browser
    from running_app import running_app

    require_browser()
    case = tmp_path / "case.sqlite"
    with running_app(case) as (url, _):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(f"{url}/review")
        date = page.get_by_label("Date (YYYY-MM-DD, YYYY-MM or YYYY)")
        date.wait_for()
        page.locator(".evidence").first.wait_for()
        screenshots = os.environ.get("NEWSMAP_SCREENSHOTS")
        if screenshots:  # the README's picture of the Review page comes from this run
            page.screenshot(path=str(Path(screenshots) / "review.png"))
        date.fill("2023-09-21")
        page.get_by_role("button", name="Save correction").click()
        page.get_by_text("Saved.").wait_for()
        page.close()
    with running_app(case) as (url, _):
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(f"{url}/export")
        with page.expect_download() as download:
            page.get_by_text("CSV (spreadsheets)").click()
        exported = tmp_path / "events.csv"
        download.value.save_as(exported)
        rows = list(csv.DictReader(exported.open(encoding="utf-8")))
        assert any(row["date_value"] == "2023-09-21" and row["date_origin"] == "analyst" for row in rows)
        page.close()
