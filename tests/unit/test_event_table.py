"""One flattening: the app, every export and Parquet read the same event table, one row per happening."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from told_twice import two_documents

from components import event_frame as app_table
from store import event_table
from store.event_table import COLUMNS, event_frame
from store.tables import write_parquet

APP_COLUMNS = [  # every column the app's table had before it was shared: pages, components and tests read them
    "event_id", "document_id", "document", "sentence", "evidence_start", "evidence_end", "trigger", "type", "actors",
    "actor", "place", "lat", "lon", "country_code", "place_precision", "approximate", "date_value", "date_start",
    "date_end", "date_precision", "date_origin", "date_text", "confidence", "status", "reported_by", "mentions",
    "place_radius_km", "sources", "documents", "document_titles",
]


def test_the_app_reads_the_stores_flattening_and_every_column_it_needs_is_there() -> None:
    assert app_table.event_frame is event_table.event_frame and app_table.frame_of is event_table.frame_of
    assert set(APP_COLUMNS) <= set(COLUMNS) and list(event_frame([]).columns) == COLUMNS


def test_a_happening_told_in_two_documents_is_one_row_listing_each_source_with_its_address() -> None:
    table = event_frame(two_documents())
    assert list(table["event_id"]) == ["a:0", "a:34", "b:34"]
    shelling = table.iloc[0]
    assert shelling["event_ids"] == ("a:0", "b:0") and shelling["sources"] == 2
    assert [(s["title"], s["address"], s["published"]) for s in shelling["source_documents"]] == [
        ("Wire A", "a.html", "2024-03-05"), ("b.txt", "b.txt", "2024-03-06")]
    assert shelling["source_addresses"] == "a.html | b.txt" and shelling["documents"] == "Wire A, b.txt"
    assert shelling["actors"] == "Troops" and shelling["actor_names"] == ["Troops"]
    assert shelling["recipients"] == ["Kharkiv"] and shelling["geonameid"] == 706483
    assert shelling["mention_spans"] == ((0, 33),) and shelling["mentions"] == "Troops shelled Kharkiv on Monday."
    talks = table.iloc[1]
    assert pd.isna(talks["lat"]) and talks["place"] == "" and talks["status"] == "planned"


def test_parquet_holds_the_apps_table_with_lists_as_lists(tmp_path: Path) -> None:
    written = write_parquet(two_documents(), tmp_path)
    assert [path.name for path in written] == ["events.parquet", "places.parquet"]
    events = pd.read_parquet(tmp_path / "events.parquet")
    table = event_frame(two_documents())
    assert set(events.columns) == set(COLUMNS) - {"actor_names", "document_titles"}
    assert list(events["event_id"]) == list(table["event_id"])
    assert [list(actors) for actors in events["actors"]] == [["Troops"], [], ["Students"]]
    assert [s["address"] for s in events.loc[0, "source_documents"]] == ["a.html", "b.txt"]
    shelling = events.iloc[0]
    assert list(shelling["event_ids"]) == ["a:0", "b:0"] and [list(s) for s in shelling["mention_spans"]] == [[0, 33]]
    assert shelling["date_start"] == pd.Timestamp("2024-03-04") and shelling["source_addresses"] == "a.html | b.txt"
