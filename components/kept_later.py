"""Writes a big case's tables back to it once the page is drawn: keeping 40,000 rows costs most of a second that the
analyst would otherwise wait for before seeing the map."""
from __future__ import annotations

import threading
from collections.abc import Callable

LATER_FROM = 5_000  # rows from which a table is kept after the page is drawn rather than before
_pending: list[Callable[[], None]] = []
_pending_lock = threading.Lock()


def keep_after_drawing(rows: int, keep: Callable[[], None]) -> None:
    """Keep a table of `rows` rows now when it is small, else once this run has drawn its page."""
    if rows < LATER_FROM:
        keep()
        return
    with _pending_lock:
        _pending.append(keep)


def keep_pending() -> None:
    """Start keeping, in a thread of their own, the tables this run built (the router calls it once a page is
    drawn); a server stopped before they are kept builds them again at its next open, as before."""
    with _pending_lock:
        jobs = list(_pending)
        _pending.clear()
    if jobs:
        threading.Thread(target=lambda: [job() for job in jobs], name="newsmap-keep-table", daemon=True).start()
