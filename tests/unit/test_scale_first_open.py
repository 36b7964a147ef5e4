"""A big case's first open does only what its first screen needs: its table written back once the page is drawn, the
table's rows sent a page at a time, the filters' choices read once per revision."""
from __future__ import annotations

import threading

import pandas as pd

from components import kept_later
from components.event_table import MAX_TABLE_ROWS, first_rows, pages_of, searched_rows
from components.filters import choices_of
from store.event_table import join_merged


def test_a_small_table_is_kept_at_once_and_a_big_one_once_the_page_is_drawn() -> None:
    kept: list[str] = []
    kept_later.keep_after_drawing(10, lambda: kept.append("small"))
    assert kept == ["small"]
    done = threading.Event()
    kept_later.keep_after_drawing(kept_later.LATER_FROM, lambda: (kept.append("big"), done.set()))
    assert kept == ["small"], "not while the page is drawn"
    kept_later.keep_pending()
    assert done.wait(10) and kept == ["small", "big"]
    kept_later.keep_pending()  # nothing left: nothing kept twice
    assert kept == ["small", "big"]


def test_a_process_that_ends_waits_for_the_tables_being_kept() -> None:
    release, kept = threading.Event(), []
    kept_later.keep_after_drawing(kept_later.LATER_FROM, lambda: (release.wait(10), kept.append("big")))
    kept_later.keep_pending()
    threading.Timer(0.2, release.set).start()
    kept_later.finish_keeping()
    assert kept == ["big"]


def events(count: int) -> pd.DataFrame:
    """`count` events of a table, in the columns the event table reads."""
    return pd.DataFrame({
        "event_id": [f"e{n}" for n in range(count)], "date_value": "2023-09-13", "type": "CONSULT",
        "status": "asserted", "place": "Vostochny", "place_precision": "exact", "place_radius_km": None,
        "lat": 51.9, "actors": "", "confidence": 0.8, "sources": 1, "sentence": [f"Sentence {n}." for n in range(count)]})


def test_the_table_sends_one_page_of_rows_and_each_page_reaches_its_own() -> None:
    rows = events(2 * MAX_TABLE_ROWS + 5)
    assert pages_of(len(rows)) == 3 and pages_of(0) == 1
    first, note = first_rows(rows)
    third, _ = first_rows(rows, 3)
    assert list(first["event_id"]) == [f"e{n}" for n in range(MAX_TABLE_ROWS)]
    assert list(third["event_id"]) == [f"e{n}" for n in range(2 * MAX_TABLE_ROWS, 2 * MAX_TABLE_ROWS + 5)]
    assert "Rows 1–100" in note and "page" in note
    assert list(first_rows(rows, 99)[0]["event_id"]) == list(third["event_id"]), "past the last page: the last"
    shown, _, found = searched_rows(rows, "", 2)
    assert found == len(rows) and list(shown.index) == [f"e{n}" for n in range(MAX_TABLE_ROWS, 2 * MAX_TABLE_ROWS)]
    shown, _, found = searched_rows(rows, "sentence 20", 1)
    assert found == 6 and len(shown) == 6  # 'Sentence 20.' and 'Sentence 200.' to 'Sentence 204.'


def test_the_filters_offer_each_actor_and_document_once() -> None:
    shared = {"d1": "First"}
    frame = pd.DataFrame({"type": ["CONSULT", "AID", "CONSULT"], "actors": ["Kim, Putin", "Kim", ""],
                          "document_titles": [shared, shared, {"d2": "First", "d3": "Second"}]})
    choices = choices_of(frame)
    assert choices.types == ["AID", "CONSULT"] and choices.actors == ["Kim", "Putin"]
    assert choices.titles == {"d1": "First", "d2": "First", "d3": "Second"} and choices.repeated == {"First"}
    assert choices.documents == ["d1", "d2", "d3"]


def test_happenings_nobody_merged_stay_as_they_were_gathered() -> None:
    clusters = [[(None, "a")], [(None, "b")]]
    assert join_merged(clusters, {}) == clusters


def test_the_timeline_says_its_height_before_it_is_drawn() -> None:
    from components.event_timeline import timeline_height, timeline_layer
    from test_scale_views import big_frame

    for events in (big_frame(3_000), big_frame(40), big_frame(40).assign(actor=[f"Actor {n}" for n in range(40)])):
        for group_by in ("type", "actor", "place"):
            for brush in (None, (pd.Timestamp("2020-01-01"), pd.Timestamp("2020-02-01"))):
                drawn = timeline_layer(events, group_by, brush).static.spec["layout"]["height"]
                assert timeline_height(events, group_by, brush) == drawn
    assert timeline_height(big_frame(5).assign(date_start=pd.NaT)) is None


def test_a_kept_table_is_read_once_for_the_same_bytes() -> None:
    from store.event_snapshot import EventSnapshot, read_once, snapshot_bytes
    from store.event_table import frame_of

    body = snapshot_bytes(EventSnapshot(frame_of([]), 2, ("a warning",)))
    first = read_once(body)
    assert read_once(body) is first, "Review and a save's update start from the table Explore read"
    other = read_once(snapshot_bytes(EventSnapshot(frame_of([]), 3, ())))
    assert other is not first and other.documents == 3
