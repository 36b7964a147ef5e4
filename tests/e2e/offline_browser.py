"""What the browser tests share: skip or fail without Chromium, and a page whose requests may not leave the machine.

A module of its own, not conftest: the unit tests have a conftest too, and Python can import only one module by
that name.
"""
from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from running_app import CHROMIUM

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
