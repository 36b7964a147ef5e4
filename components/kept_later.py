"""Writes a big case's tables back to it once the page is drawn: keeping 40,000 rows costs most of a second that the
analyst would otherwise wait for before seeing the map."""
from __future__ import annotations

import threading
from collections.abc import Callable

LATER_FROM = 5_000  # rows from which a table is kept after the page is drawn rather than before
_pending: list[Callable[[], None]] = []
_pending_lock = threading.Lock()
_keeping: list[threading.Thread] = []  # the threads keeping tables, until finish_keeping has seen them end


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
        keeping = threading.Thread(target=lambda: [job() for job in jobs], name="newsmap-keep-table", daemon=True)
        with _pending_lock:
            _keeping[:] = [*(thread for thread in _keeping if thread.is_alive()), keeping]
        keeping.start()


def finish_keeping(timeout: float | None = None) -> None:
    """Wait for the tables being kept (up to `timeout` seconds each): a process that ends under a thread writing its
    case leaves that thread to fail in an interpreter being torn down."""
    with _pending_lock:
        threads = list(_keeping)
    for thread in threads:
        thread.join(timeout)
    with _pending_lock:
        _keeping[:] = [thread for thread in _keeping if thread.is_alive()]
