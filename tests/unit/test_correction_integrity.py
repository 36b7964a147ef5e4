"""Corrections never land on the wrong event and are never lost: revisions, stable ids, re-attachment."""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

from core.event_ids import stable_event_id
from core.model import Analysis, Document, Event, Mention
from store.case import CaseStore
from store.corrections import Correction, CorrectionConflict, attach, describe

TEXT = "Kim met Putin in Vostochny. Missiles were fired near Pyongyang. Kim met Putin in Vostochny."


def analysis(events: list[tuple[int, int]]) -> Analysis:
    """The document above with one event per span, ids as the pipeline makes them."""
    document = Document(text=TEXT, title="t")
    taken: set[str] = set()
    return Analysis(document=document, events=[
        Event(id=stable_event_id(document.id, TEXT[s:e], taken), start=s, end=e, text=TEXT[s:e],
              document_id=document.id) for s, e in events])


def test_stable_ids_ignore_case_spacing_and_offsets_and_count_repeats() -> None:
    taken: set[str] = set()
    first = stable_event_id("doc", "Kim met  Putin.", taken)
    assert first.startswith("doc:") and first == stable_event_id("doc", "kim met\nPutin.", set())
    assert stable_event_id("doc", "Kim met Putin.", taken) == f"{first}-2"
    assert taken == {first, f"{first}-2"}
    assert stable_event_id("doc", "Missiles were fired.", set()) != first


def test_a_save_on_an_older_revision_is_refused_and_says_what_the_other_session_saved(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    mine, theirs = CaseStore(path), CaseStore(path)  # two sessions, two connections
    opened = 0  # both forms opened on an event with no correction
    saved = theirs.save_correction("d:1", "d", {"date": "2023-09"}, anchor="Kim met Putin.", expected=opened)
    with pytest.raises(CorrectionConflict) as conflict:
        mine.save_correction("d:1", "d", {"deleted": True}, anchor="Kim met Putin.", expected=opened)
    assert conflict.value.current.fields == {"date": "2023-09"} and conflict.value.current.revision == saved
    assert mine.corrections() == {"d:1": {"date": "2023-09"}}
    with pytest.raises(CorrectionConflict):
        mine.drop_correction("d:1", expected=opened)
    later = mine.save_correction("d:1", "d", {"deleted": True}, expected=saved)
    assert later > saved and theirs.correction_rows() == [Correction("d:1", "d", {"deleted": True}, "", later)]


def test_concurrent_saves_on_one_revision_let_exactly_one_through(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    stores = [CaseStore(path) for _ in range(6)]
    start, outcomes = threading.Barrier(len(stores)), []

    def save(index: int) -> None:
        start.wait()
        try:
            stores[index].save_correction("d:1", "d", {"type": f"T{index}"}, expected=0)
            outcomes.append("saved")
        except CorrectionConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 5 + ["saved"]


def test_moving_a_correction_onto_an_event_is_one_step(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "case.sqlite")
    old = store.save_correction("d:old", "d", {"type": "AID"}, anchor="Kim met Putin.")
    store.save_correction("d:new", "d", {"type": "AID"}, anchor="Kim met Putin.", expected=old, replaces="d:old")
    assert store.corrections() == {"d:new": {"type": "AID"}}


def test_an_old_case_file_gets_anchors_and_revisions(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE documents (id TEXT PRIMARY KEY, added INTEGER NOT NULL, fields TEXT NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('revision', '3');
        CREATE TABLE analyses (document_id TEXT PRIMARY KEY, pipeline_version TEXT NOT NULL, settings TEXT NOT NULL,
                               body TEXT NOT NULL);
        CREATE TABLE corrections (event_id TEXT PRIMARY KEY, document_id TEXT NOT NULL, fields TEXT NOT NULL);
        INSERT INTO corrections VALUES ('d:0', 'd', '{"type": "AID"}');
    """)
    old.execute("INSERT INTO analyses VALUES ('d', '0.3', '{}', ?)",
                (json.dumps({"events": [{"id": "d:0", "text": "Kim met Putin."}]}),))
    old.commit()
    old.close()
    [row] = CaseStore(path).correction_rows()
    assert (row.anchor, row.fields) == ("Kim met Putin.", {"type": "AID"}) and row.revision > 0


def test_a_correction_follows_its_text_when_segmentation_changes() -> None:
    before = analysis([(0, 27), (28, 63), (64, 91)])
    wire_copy = before.events[2].id
    rows = [Correction("gone:1", before.document.id, {"type": "AID"}, anchor="Missiles  were fired near Pyongyang."),
            Correction(wire_copy, before.document.id, {"deleted": True}, anchor=before.events[2].text)]
    after = analysis([(0, 27), (64, 91)])  # re-analysed: the missiles are now told by a mention of the first event
    after.events[0].mentions = [Mention(0, 27), Mention(28, 63)]
    assert after.events[1].id == wire_copy
    attached, orphans = attach(rows, [after])
    assert attached[after.events[0].id].fields == {"type": "AID"} and not orphans
    assert attached[wire_copy].fields == {"deleted": True}, "an id that still exists keeps its correction"


def test_a_correction_that_fits_no_event_or_several_is_reported_not_dropped() -> None:
    machine = analysis([(0, 27), (64, 91)])  # both tell 'Kim met Putin in Vostochny.'
    rows = [Correction("x:1", machine.document.id, {"type": "AID"}, anchor="Missiles were fired."),
            Correction("x:2", machine.document.id, {"type": "AID"}, anchor="Kim met Putin in Vostochny."),
            Correction("x:3", "elsewhere", {"type": "AID"}, anchor="Kim met Putin in Vostochny.")]
    attached, orphans = attach(rows, [machine])
    assert attached == {} and [o.correction.event_id for o in orphans] == ["x:1", "x:2", "x:3"]


def test_a_legacy_id_reattaches_by_its_offset_and_a_merge_follows_its_target() -> None:
    machine = analysis([(0, 27), (28, 63)])
    first, second = machine.events
    rows = [Correction(f"{machine.document.id}:28", machine.document.id, {"type": "AID"}),
            Correction(first.id, machine.document.id, {"merged_into": f"{machine.document.id}:gone",
                                                       "merged_into_anchor": second.text})]
    attached, orphans = attach(rows, [machine])
    assert attached[second.id].fields == {"type": "AID"} and not orphans
    assert attached[first.id].fields["merged_into"] == second.id


def test_a_conflict_tells_what_was_saved() -> None:
    assert describe({"date": "2023-09", "deleted": True}) == "removed; date 2023-09"
    assert describe({}) == "the machine's reading (no correction)"
