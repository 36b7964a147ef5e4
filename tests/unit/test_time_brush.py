"""The timeline's time axis, counts, rows and brush, and the brushed range as the link keeps it."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from components.event_map import map_figure
from components.event_timeline import MAX_ROWS, bin_edges, bin_unit, time_window, timeline_figure
from components.filters import TimeRange, overlapping
from components.palette import type_colour


def frame(days: list[str], types: list[str] | None = None, actors: list[str] | None = None,
          precision: str = "day") -> pd.DataFrame:
    """Events on the given days, as the event frame has them."""
    start = pd.to_datetime(days)
    count = len(days)
    return pd.DataFrame({
        "event_id": [f"e{i}" for i in range(count)], "type": types or ["CONSULT"] * count,
        "actor": actors or ["Kim"] * count, "actors": actors or ["Kim"] * count,
        "place": ["Vostochny"] * count, "document": ["Article"] * count, "lat": [51.9] * count,
        "lon": [128.3] * count, "approximate": [False] * count, "date_start": start,
        "date_end": start + pd.Timedelta(days=1), "date_precision": [precision] * count,
        "date_value": [d[:10] for d in days], "date_text": [""] * count, "date_origin": ["explicit"] * count,
        "sentence": ["Kim met Putin."] * count, "status": ["asserted"] * count,
    })


@pytest.mark.parametrize(("days", "unit"), [(3, "day"), (120, "day"), (200, "week"), (800, "week"),
                                             (1500, "month"), (3000, "month"), (5000, "year")])
def test_counts_are_per_day_week_month_or_year_as_the_span_allows(days: int, unit: str) -> None:
    assert bin_unit(pd.Timedelta(days=days)) == unit


def test_bins_start_on_the_day_the_monday_the_first_of_the_month_or_of_the_year() -> None:
    moment = pd.Series(pd.to_datetime(["2023-09-13 11:43"]))  # a Wednesday
    starts = {unit: str(bin_edges(moment, unit)[0][0].date()) for unit in ("day", "week", "month", "year")}
    assert starts == {"day": "2023-09-13", "week": "2023-09-11", "month": "2023-09-01", "year": "2023-01-01"}
    assert str(bin_edges(moment, "month")[1][0].date()) == "2023-10-01"


def test_a_single_event_gets_an_axis_of_days_not_milliseconds() -> None:
    (low, high), outside = time_window(pd.Series(pd.to_datetime(["2023-09-13 11:43"])))
    assert pd.Timedelta(days=4) <= high - low <= pd.Timedelta(days=5)
    assert low < pd.Timestamp("2023-09-13 11:43") < high and outside == 0
    figure = timeline_figure(frame(["2023-09-13 11:43"]))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert high - low >= pd.Timedelta(days=4)


def test_a_far_outlier_is_left_outside_the_window_and_counted() -> None:
    (low, high), outside = time_window(pd.Series(pd.to_datetime(["1945-05-08", "2023-09-12", "2023-09-13"])))
    assert outside == 1 and low.year == 2023


def test_the_counts_above_the_rows_are_stacked_by_type_and_share_the_time_axis() -> None:
    figure = timeline_figure(frame(["2023-09-12", "2023-09-13", "2023-09-13"], types=["CONSULT", "AGREE", "AGREE"]))
    (counts,) = [t for t in figure.data if t.type == "bar" and t.yaxis == "y"]
    bars = sorted(zip(counts.x, counts.marker.color, counts.base, counts.y))
    assert [bar[1:] for bar in bars] == [(type_colour("CONSULT"), 0, 1), (type_colour("AGREE"), 0, 2)]
    assert pd.Timestamp(bars[1][0], unit="ms") == pd.Timestamp("2023-09-13 12:00"), "in the middle of its day"
    two = timeline_figure(frame(["2023-09-13"] * 3, types=["CONSULT", "AGREE", "AGREE"]))
    (stacked,) = [t for t in two.data if t.type == "bar" and t.yaxis == "y"]
    assert sorted(zip(stacked.base, stacked.y)) == [(0, 2), (2, 1)], "AGREE below, CONSULT stacked on it"
    assert figure.layout.xaxis.matches == "x2" or figure.layout.xaxis2.matches == "x"


def test_rows_grow_the_figure_and_long_names_are_cut_with_the_whole_name_in_the_hover() -> None:
    long_name = "The Ministry of Foreign Affairs of the Democratic People's Republic of Korea"
    few = timeline_figure(frame(["2023-09-12"] * 3, actors=["Kim", "Putin", long_name]), "actor")
    many = timeline_figure(frame(["2023-09-12"] * 20, actors=[f"Actor {i}" for i in range(20)]), "actor")
    assert many.layout.height > few.layout.height + 15 * 17
    labels = list(few.layout.yaxis2.ticktext)
    assert all(len(label) <= 28 for label in labels) and any(label.endswith("…") for label in labels)
    hovers = " ".join(h for t in few.data if t.type == "scatter" for h in t.hovertext)
    assert f"Actor: {long_name}" in hovers


def test_beyond_the_busiest_rows_the_rest_share_one() -> None:
    actors = [f"Actor {i:03}" for i in range(MAX_ROWS + 20)]
    figure = timeline_figure(frame(["2023-09-12"] * len(actors), actors=actors), "actor")
    rows = list(figure.layout.yaxis2.tickvals)
    assert len(rows) == MAX_ROWS and rows[-1] == "21 other actors"


def test_types_are_rows_in_the_type_list_order() -> None:
    figure = timeline_figure(frame(["2023-09-12"] * 3, types=["OTHER", "ASSAULT", "CONSULT"]))
    assert list(figure.layout.yaxis2.tickvals) == ["CONSULT", "ASSAULT", "OTHER"]


def test_the_brushed_range_is_shaded_and_the_events_outside_it_faded() -> None:
    events = frame(["2023-09-10", "2023-09-13"])
    figure = timeline_figure(events, brush=TimeRange(dt.date(2023, 9, 13), dt.date(2023, 9, 13)).bounds())
    (shade,) = figure.layout.shapes
    assert (pd.Timestamp(shade.x0), pd.Timestamp(shade.x1)) == (pd.Timestamp("2023-09-13"), pd.Timestamp("2023-09-14"))
    (markers,) = [t for t in figure.data if t.type == "scatter"]
    assert dict(zip(markers.customdata, markers.marker.opacity)) == {"e0": 0.4, "e1": 1.0}
    assert figure.layout.selectdirection == "h"  # the box-select tool draws a band of time


def test_the_map_and_the_timeline_draw_a_type_in_the_same_colour() -> None:
    events = frame(["2023-09-12", "2023-09-13"], types=["ASSAULT", "DISASTER"])
    map_colours = {t.name: t.marker.color for t in map_figure(events).data if t.name}
    timeline_colours = {t.name: t.marker.color for t in timeline_figure(events).data if t.type == "scatter"}
    assert map_colours == timeline_colours == {"ASSAULT": type_colour("ASSAULT"), "DISASTER": type_colour("DISASTER")}


def test_a_range_is_kept_in_the_link_and_an_unreadable_one_ignored() -> None:
    brushed = TimeRange(dt.date(2023, 9, 12), dt.date(2023, 9, 13))
    assert brushed.to_param() == "2023-09-12..2023-09-13"
    assert TimeRange.from_param(brushed.to_param()) == brushed
    for text in ("", "2023-09-13", "2023-09-14..2023-09-12", "yesterday..today", "2023-09-12..2023-09-13..x"):
        assert TimeRange.from_param(text) is None


def test_a_box_covers_the_days_its_edges_fall_on() -> None:
    assert TimeRange.from_box(["2023-09-12 14:05:11.25", "2023-09-13 02:00"]) == \
        TimeRange(dt.date(2023, 9, 12), dt.date(2023, 9, 13))
    assert TimeRange.from_box(["2023-09-14", "2023-09-12 09:00"]) == \
        TimeRange(dt.date(2023, 9, 12), dt.date(2023, 9, 13))  # an edge at midnight ends the day before
    assert TimeRange.from_box([pd.Timestamp("2023-09-12").value // 10**6, "2023-09-12 18:00"]) == \
        TimeRange(dt.date(2023, 9, 12), dt.date(2023, 9, 12))
    assert TimeRange.from_box([]) is None and TimeRange.from_box(["soon", "later"]) is None


def test_a_range_keeps_the_events_that_meet_it_and_never_undated_ones() -> None:
    events = frame(["2023-09-11", "2023-09-12", "2023-09-14"])
    events.loc[3] = events.loc[0]
    events.loc[3, ["event_id", "date_start", "date_end"]] = ["undated", pd.NaT, pd.NaT]
    events.loc[4] = events.loc[0]
    events.loc[4, ["event_id", "date_start", "date_end"]] = ["2023", pd.Timestamp("2023-01-01"),
                                                            pd.Timestamp("2024-01-01")]
    events.loc[5] = events.loc[0]
    events.loc[5, ["event_id", "date_start", "date_end"]] = ["no end", pd.Timestamp("2023-09-12"), pd.NaT]
    kept = events[overlapping(events, *TimeRange(dt.date(2023, 9, 12), dt.date(2023, 9, 13)).bounds())]
    assert sorted(kept["event_id"]) == ["2023", "e1", "no end"]


def test_two_stories_months_apart_are_both_in_the_window() -> None:
    dates = ["2024-01-09", "2024-01-11", "2024-01-12", "2024-01-12", "2024-01-12", "2023-11-15",
             "2024-10-29", "2024-10-30", "2024-10-31", "2024-11-07"]
    (low, high), outside = time_window(pd.Series(pd.to_datetime(dates)))
    assert outside == 0 and low < pd.Timestamp("2023-11-15") and high > pd.Timestamp("2024-11-07")
