"""A case's analyses read in one pass: events at once, places, time expressions and entities when first read, equal
to what was saved; another version or other settings give none."""
from __future__ import annotations

import copy
from pathlib import Path

from case_fixtures import machine_analysis

from store.case import CaseStore
from store.stored_analysis import StoredAnalysis


def test_cached_analyses_read_in_one_pass_equal_what_was_saved(tmp_path: Path) -> None:
    saved = machine_analysis()
    store = CaseStore(tmp_path / "case.sqlite")
    store.add_document(saved.document)
    store.save_analysis(saved)
    (read,) = store.cached_analyses([saved.document], saved.pipeline_version).values()
    assert isinstance(read, StoredAnalysis) and "places" not in read.__dict__, "the rest is read when asked for"
    assert read.events == saved.events and read.document is saved.document
    twin = copy.copy(read)
    assert read.places == saved.places and read.timexes == saved.timexes and read.entities == saved.entities
    assert twin.places == saved.places, "a copy made before reads its own"
    assert read == saved and read.to_json() == saved.to_json()


def test_another_version_or_other_settings_give_no_analysis(tmp_path: Path) -> None:
    saved = machine_analysis()
    store = CaseStore(tmp_path / "case.sqlite")
    store.add_document(saved.document)
    store.save_analysis(saved)
    assert store.cached_analyses([saved.document], "another") == {saved.document.id: None}
    changed = copy.copy(saved.document)
    changed.language = "fr"
    assert store.cached_analyses([changed], saved.pipeline_version) == {saved.document.id: None}
