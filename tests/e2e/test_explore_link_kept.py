"""Explore's view survives a visit to Review in a real Chromium, offline: by the sidebar and by an evidence card's
Open in Review, the filters, the table's search and the toggles come back with Explore, and Review keeps its event
across a visit to Explore."""
from __future__ import annotations

import re
import urllib.parse
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # Playwright may be missing: require_browser skips then
    from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

CHART = '[data-testid="stPlotlyChart"]'
SHARED = "?place=Vostochny&confidence=0.3"  # a view narrowed by two filters
ROW_HEIGHT = 35  # Streamlit's row height in the event table, the header's too


def settled(page: Page) -> None:
    """Wait for the app's run to end, so the next action acts on the page as the run left it."""
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(state="attached")


def params(page: Page) -> dict[str, str]:
    """The page's link parameters."""
    return {key: values[0] for key, values in urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query).items()}


def explore_drawn(page: Page) -> None:
    """Wait for Explore's map to draw its markers and the run to end."""
    page.locator(CHART).nth(0).locator(".geo .scattergeo path.point").first.wait_for(state="attached",
                                                                                      timeout=180_000)
    settled(page)


def filtered_caption(page: Page) -> str:
    """The header's count of the events shown."""
    return page.get_by_text(re.compile(r"document\(s\) · \d+ events")).first.inner_text()


def back_to_explore(page: Page) -> None:
    """Go to Explore by the sidebar, as an analyst does after a correction."""
    page.get_by_role("link", name="Explore").click()
    page.wait_for_url(lambda address: "/review" not in address)
    explore_drawn(page)


def test_explore_keeps_its_filters_search_and_toggles_across_review_both_ways(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/{SHARED}")
    explore_drawn(page)
    filtered = filtered_caption(page)
    assert "(filtered)" in filtered
    page.get_by_text("Actors' paths").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('paths') === 'true'")
    settled(page)
    search = page.get_by_label("Search the table")
    search.fill("Vostochny")
    search.press("Enter")
    settled(page)
    kept = params(page)
    assert {"place": "Vostochny", "confidence": "0.3", "paths": "true"}.items() <= kept.items()

    page.get_by_role("link", name="Review").click()  # by the sidebar
    page.wait_for_url(re.compile(r"/review"))
    page.get_by_text("Save correction").wait_for()
    settled(page)
    assert "event" in params(page)
    back_to_explore(page)
    assert {"place": "Vostochny", "confidence": "0.3", "paths": "true"}.items() <= params(page).items()
    assert filtered_caption(page) == filtered, "the same events, filtered the same way"
    assert page.get_by_label("Search the table").input_value() == "Vostochny"

    table = page.locator('[data-testid="stDataFrame"]')  # by an evidence card's Open in Review
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + ROW_HEIGHT + ROW_HEIGHT / 2)  # tick the first row
    page.locator(".evidence").first.wait_for()
    settled(page)
    page.get_by_role("button", name=re.compile("Open in Review")).first.click()
    page.wait_for_url(re.compile(r"/review\?event="))
    page.get_by_text("Save correction").wait_for()
    settled(page)
    opened = params(page)["event"]
    back_to_explore(page)
    assert {"place": "Vostochny", "confidence": "0.3", "paths": "true"}.items() <= params(page).items()
    assert filtered_caption(page) == filtered

    page.get_by_role("link", name="Review").click()  # and Review is still on the event it showed
    page.wait_for_url(re.compile(r"/review\?event="))
    settled(page)
    assert params(page)["event"] == opened
