"""Start the real app on a free local port and drive it with Debian's Chromium, offline."""
from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from running_app import CHROMIUM, CHROMIUM_ARGS, running_app

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def require_browser() -> None:
    """Skip without Chromium on a developer's machine; under CI the browser tests must run."""
    missing = not Path(CHROMIUM).exists()
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = True
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: Chromium at {CHROMIUM} or Playwright is missing")
        pytest.skip("Chromium or Playwright is not installed")


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


@contextmanager
def offline_page(browser) -> Iterator:
    """A page whose every request to a non-local host is aborted and makes the test fail."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    outside: list[str] = []

    def guard(route) -> None:
        host = urllib.parse.urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:", "file:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        yield page
    finally:
        context.close()
    assert not outside, f"requests left the machine: {outside}"


@pytest.fixture
def page(browser, app_url: str):
    """An offline-guarded page for the session's app."""
    with offline_page(browser) as guarded:
        yield guarded
