"""A case whose event table is kept for its revision (as a batch run leaves it) opens in Explore without reading
its analyses, and a chosen event's evidence is read from its own document; a correction makes the kept table stale."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from case_fixtures import case_with, machine_analysis  # noqa: E402
from service.case_events import keep_case_table, kept_table  # noqa: E402


def test_explore_opens_on_the_kept_table_and_reads_evidence_from_the_document(
        app: AppTest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import service.analysis
    import service.case_events

    analysis = machine_analysis()
    store = case_with(tmp_path / "case.sqlite", analysis, {analysis.events[1].id: {"type": "THREATEN"}})
    assert keep_case_table(store)

    def every_analysis(_: object) -> None:
        raise AssertionError("the whole case was read")

    monkeypatch.setattr(service.case_events, "current_analyses", every_analysis)
    app.run()
    assert not app.exception and not app.error
    assert app.caption[0].value.startswith("1 document(s) · 2 events")
    rows = list(app.dataframe[0].value.index)
    app.session_state[app.dataframe[0].key] = {"selection": {"rows": [rows.index(analysis.events[1].id)],
                                                             "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    shown = "".join(block.value for block in app.markdown if 'class="evidence"' in block.value)
    assert "North Korea" in shown and "THREATEN" in shown, "the corrected event, read from its document"
    store.save_correction(analysis.events[0].id, analysis.document.id, {"deleted": True})
    assert kept_table(store, store.revision()) is None
    monkeypatch.setattr(service.case_events, "current_analyses", service.analysis.current_analyses)
    app.run()
    assert app.caption[0].value.startswith("1 document(s) · 1 events"), "the table of the new revision"
    assert kept_table(store, store.revision()) is not None, "kept for the next server to open the case"


def test_explore_opens_when_the_case_cannot_keep_its_table(app: AppTest, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import service.case_events

    def full_disk(*_: object) -> bool:
        raise sqlite3.OperationalError("database or disk is full")

    case_with(tmp_path / "case.sqlite", machine_analysis(), {})
    monkeypatch.setattr(service.case_events, "keep_snapshot", full_disk)
    app.run()
    assert not app.exception and not app.error
    assert app.caption[0].value.startswith("1 document(s) · 2 events")
