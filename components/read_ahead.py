"""What the first page view needs, read when `streamlit run app.py` starts the server rather than when the first analyst
opens Explore: the modules the pages import (pandas, plotly and its figure checks), the case's kept table, and the
region names its map draws (at 10,000 articles, 1.5-2 s of the first open went to these)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import streamlit as st

MOST_COUNTRIES = 64  # the countries whose region names geocoding.region_shapes keeps at once


@asynccontextmanager
async def read_ahead(app: st.App) -> AsyncIterator[None]:
    """The served app's start: read ahead before it takes the first page view; a failure only means the first page
    reads the case itself, as before."""
    try:
        await asyncio.to_thread(read_first_page)
    except Exception:  # never keep the server from starting: the page says what is wrong with the case
        logging.getLogger("newsmap").exception("Reading ahead failed; the first page view reads the case itself")
    yield


def read_first_page() -> None:
    """Import what Explore draws with, and read the case's kept table into the pages' cache with the region names its
    map looks up; a case whose table is not kept yet (new articles to analyse) is left to the page, which shows the
    analysis's progress."""
    from components.case_state import store_at, table_at
    from components.event_frame import event_frame
    from components.event_map import alpha_3, map_figure
    from components.explore_columns import CASE_COLUMNS
    from geocoding.region_shapes import SHAPES_FILE, country_names
    from service.case_events import kept_table
    from store.case_settings import default_case_path

    map_figure(event_frame([]))  # Plotly's figure checks load on the first figure built
    path = str(default_case_path())
    store = store_at(path)
    revision = store.revision()
    if kept_table(store, revision, CASE_COLUMNS) is None:
        return
    frame = table_at(path, revision, CASE_COLUMNS).frame
    for code in frame["country_code"].unique().tolist():  # countries drawn by their outline (pycountry's codes)
        alpha_3(code)
    regions = frame.loc[(frame["place_precision"] == "region") & frame["lat"].notna(), "country_code"]
    for code in regions[regions != ""].value_counts().index[:MOST_COUNTRIES]:
        country_names(code, SHAPES_FILE)  # as region_shape asks for them, its path given
