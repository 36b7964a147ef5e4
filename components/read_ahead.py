"""What the first page view needs, read when `streamlit run app.py` starts the server rather than when the first analyst
opens Explore: the modules the pages import (pandas, plotly and its figure checks), the case's kept table, and the
region names its map draws, and Explore's first view (components/first_view.py; at 10,000 articles, 2-2.5 s of the
first open went to these)."""
from __future__ import annotations

import ast
import asyncio
import importlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st

from components.kept_later import finish_keeping
from store.event_snapshot import EventSnapshot

EXPLORE = Path(__file__).resolve().parents[1] / "app_pages" / "explore.py"  # the page a first view opens
MOST_COUNTRIES = 64  # the countries whose region names geocoding.region_shapes keeps at once
STOP_WAIT = 30.0  # seconds a stopping server waits for each table being kept


@asynccontextmanager
async def read_ahead(app: st.App) -> AsyncIterator[None]:
    """The served app's start: read ahead and build Explore's first view before it takes the first page view (a
    failure only means the first page reads the case or builds its charts itself, as before); its stop: wait for the
    tables the pages are keeping."""
    try:
        await asyncio.to_thread(read_first_view)
    except Exception:  # never keep the server from starting: the page says what is wrong with the case
        logging.getLogger("newsmap").exception("Reading ahead failed; the first page view reads the case itself")
    yield
    # The server stops (it serves nothing more: waiting here blocks no one): the tables being kept are written before
    # the interpreter ends, which would otherwise fail them, mid-write, as it is torn down.
    finish_keeping(STOP_WAIT)


def read_first_view() -> None:
    """Read the first page ahead, then build Explore's first view of the case when its table is kept: built while the
    browser loads the page, a big case's view was still being built when the page asked for it (1-1.5 s more)."""
    from components.first_view import build_first_view

    case = read_first_page()
    if case is not None:
        build_first_view(case)


def page_modules(page: Path) -> list[str]:
    """The modules a page's script imports at its top level, read from its source without running it."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    return [name for node in tree.body for name in (
        [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
        else [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])]


def read_first_page() -> EventSnapshot | None:
    """Import what Explore draws with (the modules its script imports: 50 ms of its first run), and read the case's
    kept table into the pages' cache with the region names its map looks up; the table read, or None for a case whose
    table is not kept yet (new articles to analyse), left to the page, which shows the analysis's progress."""
    from components.case_state import store_at, table_at
    from components.event_map import alpha_3, base_map
    from components.explore_columns import CASE_COLUMNS
    from geocoding.region_shapes import SHAPES_FILE, country_names
    from service.case_events import kept_table
    from store.case_settings import default_case_path

    for name in page_modules(EXPLORE):
        importlib.import_module(name)
    base_map()  # Plotly's figure checks load on the first figure built; the base map every first page is sent
    st.empty()  # outside a page, writes nothing: Streamlit walks the whole call stack at a process's first element
    # (whether it runs in a REPL; 0.1 s of the first page view)
    path = str(default_case_path())
    store = store_at(path)
    revision = store.revision()
    if kept_table(store, revision, CASE_COLUMNS) is None:
        return None
    case = table_at(path, revision, CASE_COLUMNS)
    frame = case.frame
    for code in frame["country_code"].unique().tolist():  # countries drawn by their outline (pycountry's codes)
        alpha_3(code)
    regions = frame.loc[(frame["place_precision"] == "region") & frame["lat"].notna(), "country_code"]
    for code in regions[regions != ""].value_counts().index[:MOST_COUNTRIES]:
        country_names(code, SHAPES_FILE)  # as region_shape asks for them, its path given
    return case
