"""Two analysts correcting the same event at once in real browsers: the second save never overwrites unseen."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from offline_browser import offline_page, require_browser
from running_app import running_app
from store.case import CaseStore

if TYPE_CHECKING:  # Playwright may be missing: require_browser skips then
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.e2e

DATE = "Date (YYYY-MM-DD, YYYY-MM or YYYY)"


def settled(page: Page) -> None:
    """Wait for the app's run to end, so the next click acts on the page as the run left it."""
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for(state="attached")


def open_review(page: Page, url: str) -> None:
    """The Review page with its first event's form drawn (the first visit analyses the sample article)."""
    page.goto(f"{url}/review")
    page.get_by_label(DATE).wait_for(timeout=180_000)
    page.locator(".evidence").first.wait_for()
    settled(page)


def save(page: Page, outcome: str) -> Locator:
    """Press the form's Save and wait for the run it starts to show its outcome and end; returns the message."""
    page.get_by_role("button", name="Save correction").click()
    message = page.get_by_text(outcome)
    message.wait_for()
    settled(page)
    return message


def test_a_second_session_saving_the_same_event_sees_the_first_ones_correction(browser, tmp_path: Path) -> None:
    require_browser()
    case = tmp_path / "case.sqlite"
    with running_app(case) as (url, _), offline_page(browser) as first, offline_page(browser) as second:
        open_review(first, url)
        open_review(second, url)  # both forms opened on the machine's reading
        first.get_by_label(DATE).fill("2023-09-21")
        save(first, "Saved.")
        second.get_by_text("Remove this event").click()
        conflict = save(second, "another session changed this event")
        assert "date 2023-09-21" in conflict.inner_text()
        [(event_id, fields)] = CaseStore(case).corrections().items()
        assert fields["date"] == "2023-09-21" and not fields["deleted"], "the first save is kept whole"
        save(second, "Saved.")  # again, knowing what the first one saved: the picker still holds the same event
        assert CaseStore(case).corrections() == {event_id: {**fields, "deleted": True}}
