"""Map, timeline and evidence pieces: figures carry event ids, evidence is escaped."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.model import Analysis, Document, Entity, Event, EventDate, PlaceMention, TimeExpression
from components.event_frame import event_frame, ids_from_selection
from components.event_map import area_traces, base_map_resolution, map_figure, map_layer, view_ranges
from components.event_timeline import CIRCLE, DIAMOND, timeline_figure, timeline_layer
from components.evidence import highlight_html, marked_spans
from components.map_outline import outlined_points as map_outlined_points
from components.timeline_outline import outlined_points

TEXT = "Leaders met in Paris on Monday. <script>alert(1)</script> They talked in 2020 in Lyon."


def span(word: str) -> tuple[int, int]:
    """Offsets of a word in TEXT."""
    start = TEXT.index(word)
    return start, start + len(word)


def analysis() -> Analysis:
    document = Document(text=TEXT, title="Test", published="2024-01-03")
    paris = PlaceMention(*span("Paris"), text="Paris", name="Paris", lat=48.85, lon=2.35)
    lyon = PlaceMention(*span("Lyon"), text="Lyon", name="Lyon", lat=45.76, lon=4.83, precision="region")
    monday = TimeExpression(*span("Monday"), text="Monday", type="DATE", value="2024-01-01",
                            interval_start="2024-01-01T00:00:00", interval_end="2024-01-02T00:00:00",
                            precision="day")
    year = TimeExpression(*span("2020"), text="2020", type="DATE", value="2020",
                          interval_start="2020-01-01T00:00:00", interval_end="2021-01-01T00:00:00",
                          precision="year")
    events = [
        Event(id="e1", start=0, end=31, text=TEXT[0:31], type="CONSULT", actors=["Leaders"], place=paris,
              date=EventDate(value=monday.value, start=monday.interval_start, end=monday.interval_end,
                             precision="day")),
        Event(id="e2", start=58, end=87, text=TEXT[58:87], type="CONSULT", place=lyon,
              date=EventDate(value="2020", start=year.interval_start, end=year.interval_end, precision="year")),
    ]
    entities = [Entity(start=0, end=7, text="Leaders", label="PER")]
    return Analysis(document=document, places=[paris, lyon], timexes=[monday, year], events=events,
                    entities=entities)


def test_event_frame_has_one_row_per_event_with_dates_and_places() -> None:
    frame = event_frame([analysis()])
    assert list(frame["event_id"]) == ["e1", "e2"]
    assert frame.loc[1, "approximate"]
    assert not frame.loc[0, "approximate"]
    assert str(frame.loc[1, "date_end"].date()) == "2021-01-01"


def test_events_the_analyst_merged_are_one_row_led_by_the_event_merged_into() -> None:
    frame = event_frame([analysis()], merged_into={"e1": "e2"})
    assert list(frame["event_id"]) == ["e2"]
    assert frame.loc[0, "sources"] == 2
    assert list(event_frame([analysis()], merged_into={"e1": "e2", "e2": "e1"})["sources"]) == [2]
    assert list(event_frame([analysis()], merged_into={"e1": "gone"})["event_id"]) == ["e1", "e2"]


def test_a_map_with_no_placed_event_still_draws_the_base_map() -> None:
    figure = map_figure(event_frame([]))
    assert [trace.type for trace in figure.data] == ["scattergeo"]
    assert figure.layout.geo.resolution == 110


def test_the_base_map_is_finer_for_a_region_than_for_a_continent() -> None:
    assert map_figure(event_frame([analysis()])).layout.geo.resolution == 50  # Paris and Lyon
    assert base_map_resolution(view_ranges(pd.DataFrame({"lat": [48.9, 43.1], "lon": [2.35, 131.9]}))) == 110


def test_map_markers_carry_event_ids_and_mark_approximate_places() -> None:
    layer = map_layer(event_frame([analysis()]))
    trace = go.Figure(layer.static.spec).data[0]
    assert set(trace.customdata) == {"e1", "e2"}
    symbols = dict(zip(trace.customdata, trace.marker.symbol))
    assert symbols == {"e1": "circle", "e2": "circle-open"}
    drawn = map_outlined_points(layer, {"e2"})
    assert {trace.customdata[p] for p in drawn["0"]} == {"e2"} and list(drawn) == ["0"], "outlined in the browser"
    assert 0 in layer.static.faded, "the others fade"


def test_a_place_with_a_radius_is_drawn_as_the_area_it_covers() -> None:
    wide = analysis()
    wide.events[1].place = PlaceMention(*span("Lyon"), text="Lyon", name="southern France", lat=44.0, lon=2.0,
                                        precision="region", radius_km=200.0)
    frame = event_frame([wide])
    (disc,) = area_traces(frame)
    lats = [lat for lat in disc.lat if lat is not None]
    assert disc.fill == "toself" and disc.hoverinfo == "skip" and (lats[0], disc.lon[0]) == (lats[-1], disc.lon[-2])
    assert 43.9 - 200 / 111 < min(lats) < 44.0 - 150 / 111 and 44.0 + 150 / 111 < max(lats) < 44.1 + 200 / 111
    assert area_traces(event_frame([analysis()])) == [], "a town's point is no area"
    assert map_figure(frame).data[0].fill == "toself", "areas lie under the markers"


def test_timeline_draws_points_for_days_and_spans_for_years() -> None:
    figure = timeline_figure(event_frame([analysis()]))
    bars = [t for t in figure.data if t.type == "bar" and t.yaxis == "y2"]  # the counts' bars stand above the rows
    points = [t for t in figure.data if t.type == "scatter"]
    assert [list(b.customdata) for b in bars] == [["e2"]]
    assert sorted(i for p in points for i in p.customdata) == ["e1", "e2"]


def test_timeline_outlines_the_selected_event_and_marks_coarse_dates_as_diamonds() -> None:
    layer = timeline_layer(event_frame([analysis()]))
    data = go.Figure(layer.static.spec).data
    (points,) = [t for t in data if t.type == "scatter"]
    assert dict(zip(points.customdata, points.marker.symbol)) == {"e1": CIRCLE, "e2": DIAMOND}
    drawn = outlined_points(layer, {"e1"})
    assert {data[int(trace)].customdata[p] for trace, positions in drawn.items() for p in positions} == {"e1"}
    assert [data[int(trace)].type for trace in drawn] == ["scatter"], "a day's event: its marker, no span"


def test_the_timeline_outline_drawn_in_the_browser_points_at_the_chosen_events_marker_and_span() -> None:
    layer = timeline_layer(event_frame([analysis()]))
    data = layer.static.spec["data"]
    drawn = outlined_points(layer, {"e2", "unknown"})
    assert {data[int(trace)]["type"] for trace in drawn} == {"bar", "scatter"}, "a year's event: its span and marker"
    assert {data[int(trace)]["customdata"][position] for trace, positions in drawn.items()
            for position in positions} == {"e2"}
    assert all(int(trace) in layer.static.faded for trace in drawn), "the counts above the rows never fade"
    assert outlined_points(layer, set()) == {}


def test_selection_ids_come_from_customdata() -> None:
    selection = {"points": [{"customdata": "e1|e2"}, {"customdata": ["e3"]}, {"x": 1}]}
    assert ids_from_selection(selection) == {"e1", "e2", "e3"}
    assert ids_from_selection(None) == set()


def test_evidence_is_escaped_and_marks_entities() -> None:
    a = analysis()
    html = highlight_html(TEXT, 0, len(TEXT), marked_spans(a, 0, len(TEXT)))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("<mark") == 5
    assert 'title="PLACE">Paris</mark>' in html


def test_actor_paths_follow_time_and_skip_countries_and_recollections() -> None:
    import pandas as pd

    from components.event_map import map_figure, movements

    events = pd.DataFrame({
        "actor": ["Kim", "Kim", "Kim", "Kim"], "place": ["Khasan", "Russia", "Vostochny", "Moscow"],
        "lat": [42.4, 60.0, 51.9, 55.7], "lon": [130.6, 100.0, 128.3, 37.6],
        "place_precision": ["exact", "country", "region", "exact"],
        "status": ["asserted", "asserted", "asserted", "historical"],
        "date_start": pd.to_datetime(["2023-09-12", "2023-09-12", "2023-09-13", "1945-08-15"]),
    })
    (path,) = movements(events).values()
    assert list(path["place"]) == ["Khasan", "Vostochny"]
    lines = [t for t in map_figure(event_frame([analysis()]), show_movements=True).data if t.mode == "lines"]
    assert all(t.name.endswith("'s path") for t in lines)


def test_playback_has_one_cumulative_frame_per_day() -> None:
    from components.event_map import playback_figure

    figure = playback_figure(event_frame([analysis()]))
    names = [frame.name for frame in figure.frames]
    assert names == sorted(names) and len(names) == len(set(names))
    counts = [sum(len(trace.lat) for trace in frame.data) for frame in figure.frames]
    assert counts == sorted(counts), "each day keeps the days before it"
    assert figure.layout.sliders[0].steps[-1].label == names[-1]


def test_the_evidence_shows_every_sentence_that_tells_the_event_with_its_words_marked() -> None:
    from components.evidence import telling_sentences
    from core.model import Mention

    text = "A quake struck Al Haouz on Friday. Rescuers searched all night. The tremor flattened Amizmiz."
    lyon = PlaceMention(text.index("Amizmiz"), text.index("Amizmiz") + 7, text="Amizmiz", name="Amizmiz", lat=31.2, lon=-8.2)
    told = Event(id="q", start=0, end=34, text=text[:34], type="DISASTER",
                 mentions=[Mention(2, 7), Mention(text.index("tremor"), text.index("tremor") + 6)])
    a = Analysis(document=Document(text=text, title="Quake"), places=[lyon], events=[told])
    sentences = telling_sentences(a, told)
    assert sentences == [(0, 34), (text.index("The tremor"), len(text))]
    second = highlight_html(text, *sentences[1], marked_spans(a, *sentences[1], told))
    assert 'title="EVENT">tremor</mark>' in second and 'title="PLACE">Amizmiz</mark>' in second


def test_every_event_type_has_a_colour_of_its_own() -> None:
    from components.palette import type_colour
    from extractors.event_lexicon import event_types

    colours = [type_colour(t) for t in event_types()]
    assert len(set(colours)) == len(colours)


def test_hovers_say_when_a_happening_is_background_or_planned() -> None:
    from components.event_map import place_groups
    from components.event_timeline import hover_texts

    frame = event_frame([analysis()])
    frame["status"] = ["historical"] * len(frame)
    assert all("background" in hover for hover in hover_texts(frame))
    assert all("background" in hover for hover in place_groups(frame)["hover"])


def test_a_country_is_drawn_by_its_own_outline_from_the_base_map() -> None:
    whole = analysis()
    whole.events[1].place = PlaceMention(*span("Lyon"), text="Lyon", name="France", lat=46.6, lon=2.4,
                                         country_code="FR", precision="country", radius_km=400.0)
    (outline,) = area_traces(event_frame([whole]))
    assert outline.type == "choropleth" and list(outline.locations) == ["FRA"] and outline.locationmode == "ISO-3"
    assert outline.hoverinfo == "skip" and outline.showscale is False


def test_countries_are_one_trace_each_in_the_colour_of_its_busiest_type() -> None:
    from components.event_map import country_outlines, translucent
    from components.palette import type_colour

    events = pd.DataFrame({"place_precision": "country", "country_code": ["FR", "FR", "FR", "DE"],
                           "type": ["PROTEST", "PROTEST", "AID", "AID"]})
    (outline,) = country_outlines(events, {"FR", "DE"})
    scale = dict(outline.colorscale)
    colours = {code: scale[z / 1] for code, z in zip(outline.locations, outline.z)}
    assert colours == {"DEU": translucent(type_colour("AID")), "FRA": translucent(type_colour("PROTEST"))}
    assert list(outline.marker.line.color) == [type_colour("AID"), type_colour("PROTEST")]
