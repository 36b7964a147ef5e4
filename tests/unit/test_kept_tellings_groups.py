"""Keeping a freshly built table does not gather its tellings a second time: they keep the table's groups."""
from __future__ import annotations

from pathlib import Path

from core.merge import cluster_index_groups
from service.case_events import attachment, corrected_events, telling_groups
from store.event_tellings import telling_events, telling_rows, tellings_frame
from test_event_snapshot import two_papers


def test_the_tables_happenings_are_the_tellings_gathered_again(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    machine, attached, _ = attachment(store)
    analyses, clusters, _ = corrected_events(machine, attached)
    frame = tellings_frame(telling_rows(analyses))
    assert telling_groups(frame, clusters, store.correction_rows()) == cluster_index_groups(telling_events(frame))


def test_tellings_the_analyst_merged_are_gathered_again_without_the_merge(tmp_path: Path) -> None:
    store = two_papers(tmp_path / "case.sqlite", {})
    first, second = (analysis.events[0].id for analysis in attachment(store)[0])
    store.save_correction(first, first.partition(":")[0], {"merged_into": second})
    machine, attached, _ = attachment(store)
    analyses, clusters, _ = corrected_events(machine, attached)
    frame = tellings_frame(telling_rows(analyses))
    gathered = cluster_index_groups(telling_events(frame))
    assert len(clusters) < len(gathered), "the merge joined two happenings in the table"
    assert telling_groups(frame, clusters, store.correction_rows()) == gathered
