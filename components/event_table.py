"""The event table under the map and the timeline: one row per happening, searchable, its chosen rows told by id."""
from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from components.evidence import STATUS_WORDS

SHOWN = ["date_value", "type", "status", "place", "actors", "confidence", "sources", "sentence"]
COLUMN_CONFIG = {
    "date_value": st.column_config.TextColumn("Date", help="As precise as the article says it", width="small"),
    "type": st.column_config.TextColumn("Type", width="small"),
    "status": st.column_config.TextColumn("Status", width="small"),
    "place": st.column_config.TextColumn("Place", help="With how precise it is"),
    "actors": st.column_config.TextColumn("Actors"),
    "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f",
                                                  width="small"),
    "sources": st.column_config.NumberColumn("Sources", help="Sentences that tell it, in every document",
                                             width="small"),
    "sentence": st.column_config.TextColumn("Sentence", width="large"),
}


ROW_HEIGHT, MOST_ROWS = 35, 12  # Streamlit's row height (its header's too); rows shown before the table scrolls
MAX_TABLE_ROWS = 100  # rows sent to the browser at once, a page of them: a case of 100,000 events is paged, not shipped


def pages_of(found: int) -> int:
    """How many pages of rows a table of `found` rows has (one, even when empty)."""
    return max(1, -(-found // MAX_TABLE_ROWS))


def first_rows(rows: pd.DataFrame, page: int = 1) -> tuple[pd.DataFrame, str]:
    """The rows the browser gets (the page's, at most MAX_TABLE_ROWS, earliest first), and a note saying which they
    are and how to reach the others."""
    if len(rows) <= MAX_TABLE_ROWS:
        return rows, ""
    page = min(max(page, 1), pages_of(len(rows)))
    start = (page - 1) * MAX_TABLE_ROWS
    shown = rows.iloc[start:start + MAX_TABLE_ROWS]
    return shown, (f" Rows {start + 1:,}–{start + len(shown):,} are listed: turn the page, or search, filter, brush "
                   "the timeline or choose on the map to reach the others.")


def searched_rows(events: pd.DataFrame, text: str, page: int = 1) -> tuple[pd.DataFrame, str, int]:
    """The rows the browser gets for a search (every row when there is none) on this page, the note on those left
    out, and how many rows hold the search; with no search only the page's rows are written out (a big case has
    100,000 events)."""
    if text.strip():
        found = search_rows(table_rows(events), text)
        return *first_rows(found, page), len(found)
    rows, left_out = first_rows(events, page)
    return table_rows(rows), left_out, len(events)


def table_height(rows: pd.DataFrame) -> int:
    """As tall as its rows, up to a dozen: a short table leaves no empty grid under it."""
    return ROW_HEIGHT * (min(max(len(rows), 1), MOST_ROWS) + 1) + 3


def table_rows(events: pd.DataFrame) -> pd.DataFrame:
    """The events as the analyst reads them, indexed by event id so a chosen row leads back to its event."""
    rows = events[SHOWN].copy()
    rows["status"] = events["status"].map(lambda status: STATUS_WORDS.get(status, status))
    rows["place"] = place_labels(events)
    rows.index = pd.Index(events["event_id"], name="event_id")
    return rows


def place_labels(events: pd.DataFrame) -> pd.Series:
    """Each place with how precise it is ('Lyon · region, ~40 km'), so a country-wide guess reads as one."""
    def label(place: str, precision: str, radius: float | None, placed: bool) -> str:
        if not place:
            return ""
        detail = ", ".join(part for part in (precision if placed else "not placed",
                                             f"~{radius:.0f} km" if placed and radius and radius > 0 else "") if part)
        return f"{place} · {detail}" if detail else place

    return pd.Series([label(*values) for values in zip(events["place"], events["place_precision"],
                                                        events["place_radius_km"], events["lat"].notna())],
                     index=events.index, dtype=object)


def search_rows(rows: pd.DataFrame, text: str) -> pd.DataFrame:
    """The rows where any column holds the text, whatever its case: one box finds a place, an actor or a word."""
    needle = text.strip().casefold()
    if not needle:
        return rows
    found = rows.astype(str).apply(lambda column: column.str.casefold().str.contains(needle, regex=False))
    return rows[found.any(axis=1)]


def table_key(rows: pd.DataFrame, generation: int) -> str:
    """A widget key per set of rows shown: Streamlit reports chosen rows by position, so another set of rows starts
    with none chosen rather than with positions that now point at other events."""
    digest = hashlib.blake2b("|".join(rows.index).encode(), digest_size=8).hexdigest()
    return f"event_table_{generation}_{digest}"


def chosen_ids(rows: pd.DataFrame, selection: dict | None) -> set[str]:
    """The event ids of the rows chosen in the table."""
    positions = (selection or {}).get("rows", [])
    return {rows.index[position] for position in positions if 0 <= position < len(rows)}
