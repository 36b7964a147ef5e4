"""The map's frame (the story's central mass, a minimum for one place, the world) and its clusters of places."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from components.chosen_link import MOST_IN_LINK, ids_from_param, ids_param
from components.event_map import map_figure, map_layer, map_ranges
from components.map_clusters import cluster_labels, cluster_radius, split_clusters
from components.map_frame import STORY_SPAN, WORLD, core_places, outside, projected_aspect, view_ranges
from components.map_outline import outlined_points

MARRAKESH, AMIZMIZ, TALAT, CHICHAOUA = (31.63, -8.0), (31.22, -8.24), (31.08, -8.38), (31.54, -8.76)
PARIS, WASHINGTON, MOSCOW, KYIV = (48.85, 2.35), (38.9, -77.04), (55.75, 37.62), (50.45, 30.52)


def points(*places: tuple[float, float], counts: list[int] | None = None) -> pd.DataFrame:
    """Marker groups at the given places, one event each unless counted."""
    return pd.DataFrame({"lat": [p[0] for p in places], "lon": [p[1] for p in places],
                         "count": counts or [1] * len(places)})


def contains(ranges: dict, place: tuple[float, float]) -> bool:
    """Whether the frame shows the place."""
    (south, north), (west, east) = ranges["lataxis_range"], ranges["lonaxis_range"]
    return south <= place[0] <= north and west <= place[1] <= east


def events(*rows: tuple[str, str, tuple[float, float]], place_names: dict | None = None) -> pd.DataFrame:
    """Events (id, type, place) as the event frame has them."""
    return pd.DataFrame({
        "event_id": [r[0] for r in rows], "type": [r[1] for r in rows], "lat": [r[2][0] for r in rows],
        "lon": [r[2][1] for r in rows], "place": [(place_names or {}).get(r[2], str(r[2])) for r in rows],
        "approximate": [False] * len(rows), "sentence": ["It happened."] * len(rows),
        "status": ["asserted"] * len(rows)})


def test_a_few_far_off_events_do_not_pull_the_frame_out_to_the_world() -> None:
    story = points(MARRAKESH, AMIZMIZ, TALAT, PARIS, WASHINGTON, counts=[9, 5, 4, 1, 1])
    ranges = view_ranges(story)
    assert all(contains(ranges, place) for place in (MARRAKESH, AMIZMIZ, TALAT))
    assert not contains(ranges, PARIS) and not contains(ranges, WASHINGTON)
    assert list(outside(story, ranges)) == [False, False, False, True, True]
    assert ranges["lonaxis_range"][1] - ranges["lonaxis_range"][0] < 40  # Morocco, not the Atlantic


def test_a_far_story_of_its_own_in_the_case_is_framed_with_the_rest() -> None:
    haiti = (18.54, -72.34)
    case = points(MARRAKESH, AMIZMIZ, TALAT, CHICHAOUA, haiti, KYIV, counts=[9, 5, 4, 6, 6, 1])
    ranges = view_ranges(case)
    assert contains(ranges, haiti) and contains(ranges, MARRAKESH)
    assert list(outside(case, ranges)) == [False] * 5 + [True]  # one far mention stays out


def test_the_middle_is_where_the_events_are_not_where_most_places_are() -> None:
    story = points(PARIS, MARRAKESH, AMIZMIZ, TALAT, counts=[30, 1, 1, 1])
    assert list(core_places(story).itertuples(index=False, name=None))[0][:2] == PARIS
    assert len(core_places(story)) == 1


def test_two_places_are_both_framed_as_no_majority_says_which_is_odd() -> None:
    ranges = view_ranges(points(PARIS, WASHINGTON))
    assert contains(ranges, PARIS) and contains(ranges, WASHINGTON)


def test_a_story_spread_over_a_region_keeps_all_of_it() -> None:
    story = points(MOSCOW, KYIV, (46.48, 30.72), (49.99, 36.23), (53.9, 27.57))  # Odesa, Kharkiv, Minsk
    assert len(core_places(story)) == 5


@pytest.mark.parametrize("aspect", [0.8, 1.5])
def test_one_place_gets_its_region_shaped_to_the_panel_not_a_blank_box(aspect: float) -> None:
    ranges = view_ranges(points(AMIZMIZ), aspect=aspect)
    (south, north), (west, east) = ranges["lataxis_range"], ranges["lonaxis_range"]
    assert contains(ranges, AMIZMIZ)
    assert north - south >= STORY_SPAN - 1e-9 or east - west >= STORY_SPAN - 1e-9
    assert north - south < 3 * STORY_SPAN and east - west < 3 * STORY_SPAN
    assert projected_aspect(south, north, east - west) == pytest.approx(aspect, rel=0.02)


def test_a_frame_near_the_date_line_slides_back_inside_the_world() -> None:
    fiji = (-17.8, 178.4)
    ranges = view_ranges(points(fiji))
    (west, east) = ranges["lonaxis_range"]
    assert contains(ranges, fiji) and east <= 180.0 and east - west >= STORY_SPAN


def test_places_at_one_point_or_closer_than_a_marker_are_one_cluster() -> None:
    groups = points(MARRAKESH, MARRAKESH, AMIZMIZ, PARIS, counts=[3, 2, 1, 1])
    labels = cluster_labels(groups, radius=1.0)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert cluster_labels(groups, radius=0.1).nunique() == 3  # zoomed in: Amizmiz stands apart from Marrakesh


def test_places_either_side_of_the_date_line_are_neighbours() -> None:
    groups = points((-16.5, 179.9), (-16.6, -179.9), (-16.5, 170.0))
    labels = cluster_labels(groups, radius=1.0)
    assert labels[0] == labels[1] != labels[2]


def test_the_frame_sets_the_clusters_scale() -> None:
    europe = view_ranges(points(MOSCOW, KYIV), aspect=1.5)
    assert cluster_radius(WORLD, 480) > 10 > cluster_radius(europe, 480)
    groups = points(MOSCOW, KYIV)
    assert cluster_labels(groups, cluster_radius(WORLD, 480)).nunique() == 1
    assert cluster_labels(groups, cluster_radius(europe, 480)).nunique() == 2


def test_a_cluster_stands_at_its_busiest_place_and_counts_every_event() -> None:
    groups = points(AMIZMIZ, MARRAKESH, MARRAKESH, PARIS, counts=[1, 4, 2, 1])
    groups["type"] = ["DISASTER", "DISASTER", "AID", "STATEMENT"]
    groups["place"] = ["Amizmiz", "Marrakesh", "Marrakesh", "Paris"]
    groups["ids"] = ["a1", "m1|m2|m3|m4", "m5|m6", "p1"]
    alone, clusters = split_clusters(groups, radius=1.0)
    assert list(alone["ids"]) == ["p1"]
    (cluster,) = clusters.itertuples()
    assert (cluster.lat, cluster.lon, cluster.count, cluster.places) == (*MARRAKESH, 7, 2)
    assert set(cluster.ids.split("|")) == {"a1", "m1", "m2", "m3", "m4", "m5", "m6"}
    assert "Marrakesh: 6" in cluster.hover and "Amizmiz: 1" in cluster.hover and "zoom in" in cluster.hover


def test_the_map_draws_a_numbered_cluster_that_opens_when_zoomed_in_on() -> None:
    frame = events(("e1", "DISASTER", MARRAKESH), ("e2", "AID", MARRAKESH), ("e3", "DISASTER", AMIZMIZ),
                   ("e4", "DISASTER", CHICHAOUA), ("e5", "STATEMENT", PARIS))
    layer = map_layer(frame)
    story = go.Figure(layer.static.spec)
    ((at, cluster),) = [(i, t) for i, t in enumerate(story.data) if t.name == "" and t.customdata is not None]
    assert set(cluster.customdata[0].split("|")) == {"e1", "e2", "e3", "e4"} and cluster.text == ("4",)
    assert outlined_points(layer, {"e3"}) == {str(at): [0]}, "it holds e3: outlined in the browser"
    zoomed = map_figure(frame, ranges=map_ranges(frame, focus={"e1", "e2", "e3", "e4"}))
    markers = [ids for t in zoomed.data if t.customdata is not None for ids in t.customdata]
    assert "e3" in markers and "e4" in markers  # Amizmiz and Chichaoua stand apart
    assert any(set(ids.split("|")) == {"e1", "e2"} for ids in markers)  # Marrakesh's two types stay one marker


def test_a_frame_in_focus_holds_every_chosen_event_even_a_far_one() -> None:
    frame = events(("e1", "DISASTER", MARRAKESH), ("e2", "DISASTER", AMIZMIZ), ("e3", "DISASTER", TALAT),
                   ("e5", "STATEMENT", PARIS))
    ranges = map_ranges(frame, focus={"e1", "e5"})
    assert contains(ranges, MARRAKESH) and contains(ranges, PARIS)
    assert not contains(map_ranges(frame), PARIS)
    assert map_ranges(frame, focus={"unplaced"}) == map_ranges(frame)


def test_a_link_keeps_the_chosen_ids_in_order_unless_there_are_too_many() -> None:
    assert ids_param({"b:2", "a:1"}) == "a:1|b:2"
    assert ids_from_param("a:1|b:2|") == {"a:1", "b:2"}
    assert ids_from_param("") == set()
    assert ids_param({f"d:{i}" for i in range(MOST_IN_LINK + 1)}) == ""


def test_the_outline_drawn_in_the_browser_points_at_the_markers_holding_the_chosen_events() -> None:
    tokyo = (35.7, 139.7)
    shown = events(("a", "ASSAULT", PARIS), ("b", "ASSAULT", PARIS), ("c", "PROTEST", WASHINGTON), ("d", "AID", tokyo))
    layer = map_layer(shown, ranges=WORLD)
    drawn = outlined_points(layer, {"b", "d", "unknown"})
    held = {event for trace, positions in drawn.items() for position in positions
            for event in layer.static.spec["data"][int(trace)]["customdata"][position].split("|")}
    assert held == {"a", "b", "d"}, "Paris's marker holds both of its assaults; an id the map lacks is left out"
    assert all(int(trace) in layer.static.faded for trace in drawn)
    assert outlined_points(layer, set()) == {}
