"""Start the real app on a free local port and drive it with Debian's Chromium, offline."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from offline_browser import offline_page, require_browser
from running_app import CHROMIUM, CHROMIUM_ARGS, running_app


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app, started with a case of its own so tests never touch the user's data."""
    require_browser()
    with running_app(tmp_path_factory.mktemp("case") / "case.sqlite") as (url, _):
        yield url


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url: str):
    """An offline-guarded page for the session's app."""
    with offline_page(browser) as guarded:
        yield guarded
