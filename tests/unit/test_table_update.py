"""After a save in Review, the next table is brought up from the kept one and the documents the corrections touched:
the same table as the whole case builds, read without the untouched documents; a change of the documents builds it
from the whole case."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from case_fixtures import TEXT, case_with, machine_analysis
from core.merge import cluster_index_groups
from core.model import Analysis, Document
import service.case_events as case_events
from service.case_events import (attachment, corrected_events, keep_case_table, keep_updated_table, rows_at,
                                 updated_table)
from store.case import CaseStore
from store.corrections import ADDED
from store.event_tellings import GROUP, grouped, telling_events
from test_event_snapshot import second_analysis

WIRE = TEXT + " (AFP)"  # a paper printing the summit's wire: its first sentence tells the same meeting
ASIDE = "Floods hit Dhaka on 2 October 2023."


def filed(store: CaseStore, analysis: Analysis) -> Analysis:
    """Add an analysed document to the case."""
    store.add_document(analysis.document)
    store.save_analysis(analysis)
    return analysis


def four_papers(path: Path) -> tuple[CaseStore, dict[str, Analysis]]:
    """The summit, its wire copy, the Lyon story and an untouched one, with the table kept as a batch leaves it."""
    store = case_with(path, machine_analysis(), {})
    papers = {"summit": machine_analysis(), "wire": filed(store, machine_analysis(WIRE)),
              "lyon": filed(store, second_analysis())}
    aside = machine_analysis(ASIDE * 2)
    aside.document = Document(text=ASIDE * 2, title="Dhaka", source="dhaka.txt", language="en")
    papers["aside"] = filed(store, aside)
    assert keep_case_table(store)
    return store, papers


def whole_table(store: CaseStore) -> pd.DataFrame:
    """The table as the whole case builds it."""
    machine, attached, _ = attachment(store)
    return corrected_events(machine, attached)[2]


def event(papers: dict[str, Analysis], paper: str, number: int) -> tuple[str, str]:
    """An event's id and its document's."""
    found = papers[paper].events[number]
    return found.id, found.document_id


def saves(papers: dict[str, Analysis]) -> list[tuple[str, tuple[str, str], dict]]:
    """Corrections an analyst makes one after the other in Review: what each does, on which event, with what."""
    return [
        ("a type: the summit no longer gathers with its wire copy", event(papers, "summit", 0), {"type": "ASSAULT"}),
        ("a date", event(papers, "lyon", 0), {"date": "2023-09-20"}),
        ("a removal", event(papers, "wire", 1), {"deleted": True}),
        ("a merge", event(papers, "lyon", 1), {"merged_into": event(papers, "summit", 1)[0]}),
        ("the type put back as the machine read it", event(papers, "summit", 0), {}),
        ("an added event", (f"{papers['lyon'].document.id}:added-0", papers["lyon"].document.id),
         {ADDED: {"start": 0, "end": 20}, "type": "PROTEST", "date": "2023-09-14"}),
        ("a place", event(papers, "wire", 0), {"place": {"name": "Vladivostok", "lat": 43.1, "lon": 131.9}}),
    ]


def test_each_save_brings_the_table_up_to_what_the_whole_case_builds(tmp_path: Path) -> None:
    store, papers = four_papers(tmp_path / "case.sqlite")
    lyon_text = papers["lyon"].document.text
    for what, (event_id, document_id), fields in saves(papers):
        if fields:
            anchor = lyon_text[:20] if ADDED in fields else ""
            store.save_correction(event_id, document_id, fields, anchor)
        else:
            store.drop_correction(event_id)
        revision = store.revision()
        updated = updated_table(store, revision)
        assert updated is not None, what
        pd.testing.assert_frame_equal(updated[0].frame, whole_table(store), obj=what)
        assert (updated[0].documents, updated[0].warnings) == (4, ("a warning",))
        assert keep_updated_table(store, revision, *updated), what
        tellings = updated[1].frame
        whole = cluster_index_groups(telling_events(tellings))
        assert tellings[GROUP].tolist() == grouped(tellings, whole)[GROUP].tolist(), f"{what}: the kept groups"


def test_a_save_reads_only_the_documents_it_touched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, papers = four_papers(tmp_path / "case.sqlite")
    event_id, document_id = event(papers, "lyon", 0)
    store.save_correction(event_id, document_id, {"type": "ASSAULT"})
    read: set[str] = set()
    cached = store.cached_analyses

    def spied(documents: list[Document], version: str) -> dict[str, Analysis | None]:
        read.update(document.id for document in documents)
        return cached(documents, version)

    monkeypatch.setattr(store, "cached_analyses", spied)
    updated = updated_table(store, store.revision())
    assert updated is not None and read == {document_id}, "only the Lyon story is read again"
    monkeypatch.undo()
    pd.testing.assert_frame_equal(updated[0].frame, whole_table(store))


def test_a_change_of_the_documents_is_not_brought_up_from_the_kept_table(tmp_path: Path) -> None:
    store, _ = four_papers(tmp_path / "case.sqlite")
    filed(store, machine_analysis("Protesters marched in Lyon on 14 September 2023. Police watched."))
    assert updated_table(store, store.revision()) is None, "a new document: the whole case is read"


def test_a_case_file_without_the_documents_mark_counts_its_documents_as_changed(tmp_path: Path) -> None:
    store, papers = four_papers(tmp_path / "case.sqlite")
    event_id, document_id = event(papers, "lyon", 0)
    store.save_correction(event_id, document_id, {"type": "ASSAULT"})
    with sqlite3.connect(store.path) as db:  # a case written before the mark existed
        db.execute("DELETE FROM meta WHERE key = 'documents_revision'")
    reopened = CaseStore(store.path)
    assert reopened.documents_revision() == reopened.revision()
    assert updated_table(reopened, reopened.revision()) is None, "the table kept before cannot be trusted"


@pytest.mark.parametrize("most_slices", [200, 1])
def test_the_rows_kept_are_the_rows_taken_whether_sliced_or_taken_one_by_one(
        most_slices: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_events, "MOST_SLICES", most_slices)
    frame = pd.DataFrame({"event_id": pd.array([f"e{n}" for n in range(8)], dtype="string[pyarrow]"),
                          "sources": [[n] for n in range(8)]})
    for positions in ([0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 7, 2, 3, 5], [6], []):
        pd.testing.assert_frame_equal(rows_at(frame, positions), frame.iloc[positions].reset_index(drop=True))
