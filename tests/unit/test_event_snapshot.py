"""The event table the case keeps per revision: read back as it was built, never read at another revision or by
other code, and the happenings of a few rows read from their own documents are the whole case's."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from case_fixtures import TEXT, case_with, machine_analysis
from core.model import Analysis, Document, Event, EventDate
from extractors.version import PIPELINE_VERSION
from service.case_events import (attachment, case_snapshot, corrected_events, keep_case_table, keep_table,
                                 kept_table, table_version, told_clusters)
from store.case import CaseStore
from store.corrections import ADDED
from store.event_snapshot import EventSnapshot, snapshot_bytes, snapshot_from_bytes
from store.event_table import frame_of

OTHER = "Police arrested three protesters in Lyon on 14 September 2023. A march is planned for Friday."
DAY = EventDate(value="2023-09-14", start="2023-09-14T00:00", end="2023-09-15T00:00", precision="day")


def second_analysis() -> Analysis:
    """Another paper's story: an arrest and a planned march, with no publication date."""
    document = Document(text=OTHER, title="Lyon", source="lyon.txt", language="en", published=None)
    events = [Event(id=f"{document.id}:0", start=0, end=62, text=OTHER[:62], document_id=document.id,
                    trigger="arrested", type="COERCE", actors=["Police"], recipients=["protesters"], date=DAY,
                    confidence=0.6),
              Event(id=f"{document.id}:63", start=63, end=len(OTHER), text=OTHER[63:], document_id=document.id,
                    trigger="march", type="PROTEST", status="planned", confidence=0.5)]
    return Analysis(document=document, events=events, pipeline_version=PIPELINE_VERSION, warnings=["a warning"])


def two_papers(path: Path, corrections: dict[str, tuple[str, dict, str]]) -> CaseStore:
    """A case of the summit story and the Lyon story, with corrections given as {event id: (document, fields,
    anchor)}."""
    store = case_with(path, machine_analysis(), {})
    other = second_analysis()
    store.add_document(other.document)
    store.save_analysis(other)
    for event_id, (document_id, fields, anchor) in corrections.items():
        store.save_correction(event_id, document_id, fields, anchor)
    return store


def whole_case(store: CaseStore) -> tuple[pd.DataFrame, dict[str, list]]:
    """The table and each happening's tellings as the whole case builds them."""
    machine, attached, _ = attachment(store)
    _, clusters, frame = corrected_events(machine, attached)
    return frame, {cluster[0][1].id: cluster for cluster in clusters}


def test_a_snapshot_reads_back_the_table_as_built(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    frame, _ = whole_case(store)
    back = snapshot_from_bytes(snapshot_bytes(EventSnapshot(frame, 2, ("a warning",))))
    pd.testing.assert_frame_equal(back.frame, frame)
    for column in ("event_ids", "actor_names", "recipients", "mention_spans", "document_titles", "source_documents"):
        assert [type(value) for value in back.frame[column]] == [type(value) for value in frame[column]], column
    assert (back.documents, back.warnings) == (2, ("a warning",))


def test_an_empty_table_reads_back_empty() -> None:
    frame = frame_of([])
    back = snapshot_from_bytes(snapshot_bytes(EventSnapshot(frame, 0, ())))
    assert back.frame.empty and list(back.frame.columns) == list(frame.columns)


def test_a_kept_table_is_read_at_its_revision_only(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    revision = store.revision()
    assert keep_case_table(store)
    assert store.revision() == revision, "keeping the table is not a change of the case"
    kept = kept_table(store, revision)
    frame, _ = whole_case(store)
    pd.testing.assert_frame_equal(kept.frame, frame)
    assert kept.documents == 2 and kept.warnings == ("a warning",)
    event = frame["event_id"][0]
    store.save_correction(event, event.partition(":")[0], {"type": "ASSAULT"})
    assert kept_table(store, store.revision()) is None, "a correction makes the kept table stale"
    assert store.derived("event_table", revision, table_version(store) + "x") is None, "other code's table"


def test_a_table_built_before_a_change_is_not_kept(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    revision = store.revision()
    machine, attached, _ = attachment(store)
    analyses, _, frame = corrected_events(machine, attached)
    store.set_meta("note", "changed meanwhile")
    assert not keep_table(store, revision, machine, analyses, case_snapshot(analyses, frame))
    assert kept_table(store, revision) is None and kept_table(store, store.revision()) is None


def test_a_failed_analysis_keeps_no_table(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    machine, attached, _ = attachment(store)
    analyses, _, frame = corrected_events(machine, attached)
    failed = [dataclasses.replace(machine[0], pipeline_version=""), *machine[1:]]
    assert not keep_table(store, store.revision(), failed, analyses, case_snapshot(analyses, frame))


@pytest.mark.parametrize("kind", ["retyped", "removed", "merged", "merged into a removed event", "added"])
def test_the_happenings_of_a_few_rows_are_the_whole_cases(tmp_path: Path, kind: str) -> None:
    summit, lyon = machine_analysis(), second_analysis()
    meeting, missiles = (event.id for event in summit.events)
    arrest, march = (event.id for event in lyon.events)
    sentence = TEXT.index("North Korea")
    corrections = {
        "retyped": {missiles: (summit.document.id, {"type": "THREATEN"}, "")},
        "removed": {arrest: (lyon.document.id, {"deleted": True}, "")},
        "merged": {march: (lyon.document.id, {"merged_into": meeting}, "")},
        "merged into a removed event": {
            meeting: (summit.document.id, {"deleted": True}, ""),
            march: (lyon.document.id, {"merged_into": meeting, "type": "DEMONSTRATE"}, "")},
        "added": {f"{summit.document.id}:added-{sentence}": (
            summit.document.id, {ADDED: {"start": sentence, "end": len(TEXT)}, "type": "ASSAULT"}, TEXT[sentence:])},
    }[kind]
    store = two_papers(tmp_path / "case.sqlite", corrections)
    frame, whole = whole_case(store)
    for _, row in frame.iterrows():
        told = told_clusters(store, frame[frame["event_id"] == row["event_id"]])
        assert [[(a.document, e) for a, e in cluster] for cluster in told] == \
            [[(a.document, e) for a, e in whole[row["event_id"]]]]
    both = told_clusters(store, frame)
    assert [cluster[0][1].id for cluster in both] == list(frame["event_id"])
