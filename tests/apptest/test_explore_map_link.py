"""Explore's map clusters and its link, run headless by AppTest: a cluster chosen lists its events and opens, and a
shared link brings back the selection, the timeline's rows, the toggles and the map's frame."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from chart_outlines import outlined

ROOT = Path(__file__).resolve().parents[2]


def map_spec(app: AppTest) -> dict:
    """The map's figure as the page sent it."""
    return json.loads(app.get("plotly_chart")[0].proto.spec)


def clusters(app: AppTest) -> list[tuple[set[str], str]]:
    """The map's clusters: their events and their hover text."""
    return [(set(ids.split("|")), hover) for trace in map_spec(app)["data"] if trace.get("name") == ""
            and trace.get("customdata") for ids, hover in zip(trace["customdata"], trace["hovertext"])]


def lat_span(app: AppTest) -> float:
    """How many degrees of latitude the map's frame shows."""
    low, high = map_spec(app)["layout"]["geo"]["lataxis"]["range"]
    return high - low


def table_ids(app: AppTest) -> set[str]:
    """The events the table lists."""
    return set(app.dataframe[0].value.index)


def test_a_cluster_chosen_on_the_map_lists_its_events_opens_and_goes_in_the_link(app: AppTest) -> None:
    app.query_params["frame"] = "World"  # at the world's scale the story's places far east are one cluster
    app.run()
    assert not app.exception
    (chosen, _), *_ = sorted(((ids, hover) for ids, hover in clusters(app) if " at 1 place(s)" not in hover),
                             key=lambda cluster: -len(cluster[0]))
    world_span = lat_span(app)
    app.session_state["map_chosen"] = chosen  # what the map's selection callback keeps for a clicked cluster
    app.session_state["map_clicked"] = True
    app.run()
    assert not app.exception
    assert table_ids(app) == chosen
    assert app.get("button_group")[0].value == "Chosen"  # the frame zooms in on the cluster's places
    assert lat_span(app) < world_span
    assert not any(ids == chosen for ids, _ in clusters(app))  # zoomed in, the cluster opens into its places
    assert set(app.query_params["map"].split("|")) == chosen
    next(b for b in app.button if b.label == "Clear all selections").click().run()
    assert app.get("button_group")[0].value == "Story" and "map" not in app.query_params  # the story's frame


def test_a_shared_link_opens_on_its_selection_rows_toggles_and_frame(app: AppTest) -> None:
    app.run()
    everything = table_ids(app)
    picked = sorted(everything)[:2]
    shared = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    shared.query_params.update({"events": "|".join(picked), "rows": "Actor", "paths": "true", "playback": "true",
                                "frame": "World"})
    shared.run()
    assert not shared.exception
    assert table_ids(shared) == set(picked)  # the picked events, their sentences beside them
    assert any("evidence" in m.value for m in shared.markdown)
    timeline = json.loads(shared.get("plotly_chart")[1].proto.spec)
    drawn = {i for t in timeline["data"] if t["type"] == "scatter" for i in t["customdata"]}
    assert outlined(shared, "timeline") == set(picked) & drawn
    axes = [axis for axis in timeline["layout"].values() if isinstance(axis, dict)]
    rows = {label for axis in axes for label in axis.get("ticktext", [])}
    assert "Poutine" in " ".join(rows) and "CONSULT" not in rows  # rows by actor, not by type
    assert [t.value for t in shared.toggle] == [True, True] and len(shared.get("plotly_chart")) == 3  # paths, playback
    assert lat_span(shared) == 180
    assert set(shared.query_params["events"].split("|")) == set(picked)


def test_a_link_to_events_no_longer_in_the_case_opens_on_every_event(app: AppTest) -> None:
    app.query_params.update({"events": "gone:1|gone:2", "map": "gone:3", "frame": "Nowhere"})
    app.run()
    assert not app.exception
    assert len(table_ids(app)) >= 5 and app.get("button_group")[0].value == "Story"
