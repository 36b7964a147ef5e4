"""Run a coroutine on an event loop of its own: a whole test run may already hold a running loop in its main thread
(Playwright's, Streamlit's), where asyncio.run refuses to start."""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def run_apart(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """The coroutine's result, run by asyncio in a thread of its own."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
