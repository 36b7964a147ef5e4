"""Explore's event table, run headless by AppTest: always shown, searchable, and linked both ways with the charts."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from chart_outlines import outlined

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on a fresh case (which starts with the sample article), Explore drawn once."""
    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "case.sqlite"))
    monkeypatch.chdir(ROOT)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception
    return app


def map_outlined(app: AppTest) -> set[str]:
    """The events in the map's markers outlined in the browser."""
    return outlined(app, "map")


def timeline_outlined(app: AppTest) -> set[str]:
    """The events whose markers and spans are outlined in the browser on the timeline."""
    return outlined(app, "timeline")


def table_ids(app: AppTest) -> list[str]:
    """The events the table lists, in its order."""
    return list(app.dataframe[0].value.index)


def test_the_table_is_on_the_page_not_in_an_expander_with_the_analysts_columns(app: AppTest) -> None:
    assert len(app.dataframe) == 1
    assert not any(expander.get("dataframe") for expander in app.expander)
    rows = app.dataframe[0].value
    assert {"date_value", "type", "status", "place", "actors", "confidence", "sources"} <= set(rows.columns)
    assert len(rows) >= 5
    placed = [place for place in rows["place"] if place]
    assert placed and all(" · " in place for place in placed)  # "Marrakesh · exact": the precision is told
    assert set(rows["status"]) <= {"took place", "planned or scheduled", "in the past (background)",
                                   "denied or did not happen", "hypothetical or conditional"}


def test_the_search_box_keeps_the_rows_holding_its_text_in_any_column(app: AppTest) -> None:
    everything = app.dataframe[0].value
    place = next(p for p in everything["place"] if p).split(" · ")[0]
    app.text_input(key="table_search").input(place.upper()).run()
    found = app.dataframe[0].value
    assert 0 < len(found) < len(everything)
    assert all(place.casefold() in " ".join(map(str, row)).casefold() for row in found.itertuples())
    app.text_input(key="table_search").input("no such word anywhere").run()
    assert app.dataframe[0].value.empty


def test_ticked_rows_are_the_only_events_outlined_on_the_map_and_the_timeline(app: AppTest) -> None:
    assert not map_outlined(app) and not timeline_outlined(app)
    timeline = app.get("plotly_chart")[1].proto.spec
    rows = app.dataframe[0].value
    ticked = [i for i, p in enumerate(rows["place"]) if p and not p.endswith("not placed")][:2]
    chosen = {rows.index[i] for i in ticked}
    app.session_state[app.dataframe[0].key] = {"selection": {"rows": ticked, "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    assert timeline_outlined(app) == chosen
    assert app.get("plotly_chart")[1].proto.spec == timeline, "the timeline's figure is sent as it was: not drawn again"
    assert chosen <= map_outlined(app)  # their markers, which may hold other events told at the same place
    assert len(map_outlined(app)) < len(rows)
    assert app.get("markdown") and any("evidence" in m.value for m in app.markdown)  # their sentences shown


def test_a_place_chosen_on_the_map_narrows_the_table_and_clear_brings_every_row_back(app: AppTest) -> None:
    everything = table_ids(app)
    chosen = set(everything[:2])
    app.session_state["map_chosen"] = chosen  # what the map's selection callback keeps
    app.run()
    assert set(table_ids(app)) == chosen
    assert "chosen on the map or the timeline" in " ".join(c.value for c in app.caption)
    next(b for b in app.button if b.label == "Clear all selections").click().run()
    assert table_ids(app) == everything
