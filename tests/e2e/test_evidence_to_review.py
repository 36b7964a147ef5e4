"""Evidence to Review and through its queue in a real Chromium, offline: Open in Review lands on the card's event,
Next moves by key or button, and a correction made there lands on the event the queue chose."""
from __future__ import annotations

import re
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from offline_browser import offline_page, require_browser
from running_app import running_app
from store.case import CaseStore

if TYPE_CHECKING:  # Playwright may be missing: require_browser skips then
    from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

DATE = "Date (YYYY-MM-DD, YYYY-MM or YYYY)"
ROW_HEIGHT = 35  # Streamlit's default row height in the event table, the header's too


def settled(page: Page) -> None:
    """Wait for the app's run to end, so the next action acts on the page as the run left it."""
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(state="attached")


def linked_event(page: Page) -> str:
    """The event Review's link names."""
    return urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["event"][0]


def sentence(page: Page) -> str:
    """The evidence sentence of the first card on the page."""
    return page.locator(".evidence p").first.inner_text()


def moved_on(page: Page, before: str) -> str:
    """Wait until Review's link names another event than `before` and the page has drawn it; that event."""
    page.wait_for_function("(before) => new URLSearchParams(location.search).get('event') !== before", arg=before)
    settled(page)
    return linked_event(page)


def test_open_in_review_lands_on_the_event_and_a_correction_from_the_queue_on_the_one_chosen(
        browser, tmp_path: Path) -> None:
    require_browser()
    case = tmp_path / "case.sqlite"
    with running_app(case) as (url, _), offline_page(browser) as page:
        page.goto(url)
        table = page.locator('[data-testid="stDataFrame"]')
        table.wait_for(timeout=180_000)  # the first visit analyses the sample article
        settled(page)
        table.scroll_into_view_if_needed()
        box = table.bounding_box()
        page.mouse.click(box["x"] + 16, box["y"] + ROW_HEIGHT * 3 + ROW_HEIGHT / 2)  # tick the third row
        page.locator(".evidence").first.wait_for()
        settled(page)
        told = sentence(page)
        page.get_by_role("button", name=re.compile("Open in Review")).first.click()
        page.wait_for_url(re.compile(r"/review\?event="))
        page.get_by_label(DATE).wait_for()
        settled(page)
        opened = linked_event(page)
        assert sentence(page) == told, "Review opened on the card's event"
        assert CaseStore(case).correction_rows() == []

        next_button = page.get_by_role("button", name=re.compile(r"\bNext\b"))
        next_button.focus()  # reachable by keyboard: Enter on the focused button
        page.keyboard.press("Enter")
        second = moved_on(page, opened)
        page.locator("body").press("n")  # out of any field, the page's own key N moves on
        chosen = moved_on(page, second)
        chosen_sentence = sentence(page)
        assert len({opened, second, chosen}) == 3

        page.get_by_label(DATE).fill("2023-09-21")
        page.get_by_role("button", name="Save correction").click()
        page.get_by_text("Saved.").wait_for()
        settled(page)
        assert CaseStore(case).corrections()[chosen]["date"] == "2023-09-21"
        assert set(CaseStore(case).corrections()) == {chosen}, "on the chosen event and no other"
        assert linked_event(page) == chosen and sentence(page) == chosen_sentence
