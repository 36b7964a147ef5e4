"""Explore reads only the columns it draws of the kept table: they read back as the whole table holds them."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from store.event_snapshot import EventSnapshot, read_once, snapshot_bytes, snapshot_from_bytes
from test_event_snapshot import two_papers, whole_case

COLUMNS = ("event_id", "type", "document_titles", "event_ids", "actors")


def test_some_columns_read_back_as_the_whole_table_holds_them(tmp_path: Path) -> None:
    frame, _ = whole_case(two_papers(tmp_path / "case.sqlite", {}))
    back = snapshot_from_bytes(snapshot_bytes(EventSnapshot(frame, 2, ("a warning",))), COLUMNS)
    wanted = [column for column in frame.columns if column in COLUMNS]
    assert list(back.frame.columns) == wanted, "the titles come from the sources, which are then left out"
    pd.testing.assert_frame_equal(back.frame, frame[wanted])
    assert (back.documents, back.warnings) == (2, ("a warning",))


def test_the_same_bytes_are_read_once_for_each_choice_of_columns(tmp_path: Path) -> None:
    frame, _ = whole_case(two_papers(tmp_path / "case.sqlite", {}))
    body = snapshot_bytes(EventSnapshot(frame, 2, ()))
    some, whole = read_once(body, COLUMNS), read_once(body)
    assert read_once(body, COLUMNS) is some and read_once(body) is whole, "Explore's and Review's reads are both kept"
    assert list(whole.frame.columns) == list(frame.columns)
