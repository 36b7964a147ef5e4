"""A big case draws what is seen, not every row: the timeline's markers binned, the table's rows capped, the map's
groups gathered in one pass; a click on a binned marker still chooses its events."""
from __future__ import annotations

import pandas as pd

from components.event_frame import group_token, ids_from_selection
from components.event_map import place_groups
from components.event_table import MAX_TABLE_ROWS, first_rows, table_rows
from components.event_timeline import MAX_MARKERS, timeline_figure, timeline_layer
from components.timeline_outline import outlined_points

TYPES = ["ASSAULT", "PROTEST", "DISASTER", "CONSULT"]


def big_frame(count: int) -> pd.DataFrame:
    """`count` events over two years, four types, a dozen places, some of them planned."""
    starts = pd.Timestamp("2023-01-01") + pd.to_timedelta([n % 700 for n in range(count)], unit="D")
    return pd.DataFrame({
        "event_id": [f"d{n // 10}:{n}" for n in range(count)], "type": [TYPES[n % 4] for n in range(count)],
        "status": ["planned" if n % 7 == 0 else "asserted" for n in range(count)],
        "sentence": [f"Sentence <b>{n}</b>." for n in range(count)], "date_value": [s.date().isoformat() for s in starts],
        "date_text": "", "date_origin": "explicit", "date_precision": "day", "date_start": starts,
        "date_end": starts + pd.Timedelta(days=1), "place": [f"Town {n % 12}" for n in range(count)],
        "lat": [float(n % 12) for n in range(count)], "lon": [float(n % 12) * 2 for n in range(count)],
        "approximate": False, "actor": "(no named actor)", "actors": "", "document": "Doc", "confidence": 0.8,
        "sources": 1, "place_precision": "exact", "place_radius_km": None,
    })


def test_a_big_timeline_sends_binned_markers_whose_click_chooses_their_events() -> None:
    events = big_frame(12_000)
    figure = timeline_figure(events)
    markers = [trace for trace in figure.data if trace.type == "scatter"]
    drawn = sum(len(trace.x) for trace in markers)
    assert drawn <= MAX_MARKERS, "one marker per row, type and bin"
    assert len(figure.to_json()) < 1_500_000
    tokens = [custom for trace in markers for custom in trace.customdata if custom.startswith("group:")]
    chosen = set().union(*(ids_from_selection({"points": [{"customdata": t}]}) for t in tokens))
    assert chosen == set(events["event_id"]), "every event is behind one binned marker"


def test_a_big_timelines_outline_points_at_the_binned_markers_holding_the_chosen_events() -> None:
    layer = timeline_layer(big_frame(12_000))
    drawn = outlined_points(layer, {"d3:31", "d70:700"})
    customdata = layer.static.spec["data"][1]["customdata"]
    assert list(drawn) == ["1"] and len(drawn["1"]) == 2
    held = set().union(*(ids_from_selection({"points": [{"customdata": customdata[p]}]}) for p in drawn["1"]))
    assert {"d3:31", "d70:700"} <= held


def test_a_small_timeline_still_draws_one_marker_per_event() -> None:
    events = big_frame(300)
    markers = [trace for trace in timeline_figure(events).data if trace.type == "scatter"]
    assert sum(len(trace.x) for trace in markers) == 300


def test_a_token_stands_for_its_events_and_ids_pass_through() -> None:
    token = group_token(["a:1", "a:2"])
    assert ids_from_selection({"points": [{"customdata": f"{token}|b:3"}]}) == {"a:1", "a:2", "b:3"}
    assert ids_from_selection({"points": [{"customdata": "group:unknown"}]}) == set()


def test_the_table_sends_at_most_its_cap_and_says_how_to_reach_the_rest() -> None:
    rows = table_rows(big_frame(MAX_TABLE_ROWS + 5))
    shown, note = first_rows(rows)
    assert len(shown) == MAX_TABLE_ROWS and "search" in note
    few, none = first_rows(rows.head(10))
    assert len(few) == 10 and none == ""


def test_map_groups_gather_every_event_with_escaped_hovers_and_status_notes() -> None:
    events = big_frame(5_000)
    groups = place_groups(events)
    assert groups["count"].sum() == 5_000 and len(groups) == 12
    assert set("|".join(groups["ids"]).split("|")) == set(events["event_id"])
    assert all("&lt;b&gt;" in hover and "planned" in hover and "… and" in hover for hover in groups["hover"])
