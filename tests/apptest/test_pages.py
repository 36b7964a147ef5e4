"""The pages, run headless by Streamlit's AppTest on a case of their own."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def figures(app: AppTest) -> list[dict]:
    """The Plotly figures the page sent, as JSON."""
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def test_explore_opens_on_the_sample_with_map_and_timeline(app: AppTest) -> None:
    app.run()
    assert not app.exception
    map_figure, timeline_figure = figures(app)[:2]
    geo_traces = [t for t in map_figure["data"] if t["type"] == "scattergeo"]
    assert sum(len(t["lat"]) for t in geo_traces) >= 3
    timeline_ids = {i for t in timeline_figure["data"] if t["type"] == "scatter" for i in t["customdata"]}
    assert len(timeline_ids) >= 5
    assert "1 document(s)" in app.caption[0].value


def test_library_adds_pasted_text_and_reports_the_date_origin(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/library.py").run()
    assert not app.exception
    app.text_area[0].input(
        "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi. "
        "Les deux dirigeants se sont rendus à Hambourg le lendemain."
    )
    app.date_input[0].set_value(dt.date(2024, 3, 6))
    app.button[0].click().run()
    assert not app.exception
    assert any("Added 1 document(s)" in s.value for s in app.success)
    captions = " ".join(c.value for c in app.caption)
    assert "given by you" in captions
    assert "from the file name" in captions


def test_online_geocoding_is_off_until_the_analyst_turns_it_on(app: AppTest, monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    from service.analysis import open_case
    from store.case_settings import default_case_path, online_enabled

    from geocoding.gazetteer import gazetteer_path

    monkeypatch.setenv("NEWSMAP_GAZETTEER", str(gazetteer_path()))
    monkeypatch.setenv("NEWSMAP_DATA_DIR", str(tmp_path))  # the online cache stays out of the user's data
    monkeypatch.setenv("NEWSMAP_NOMINATIM_DOMAIN", "127.0.0.1:9")  # nothing listens: no request leaves the machine
    monkeypatch.setenv("NEWSMAP_NOMINATIM_SCHEME", "http")
    app.run()
    app.switch_page("app_pages/library.py").run()
    toggle = app.toggle[0]
    assert toggle.value is False
    toggle.set_value(True).run()
    assert not app.exception
    assert online_enabled(open_case(default_case_path()))


def test_review_correction_is_kept_across_a_restart_and_shown_on_the_timeline(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/review.py").run()
    assert not app.exception
    date_input = next(t for t in app.text_input if t.label.startswith("Date"))
    date_input.set_value("2023-09-20")
    next(b for b in app.button if b.label == "Save correction").click().run()
    assert not app.exception
    assert any("Saved" in s.value for s in app.success)
    restarted = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    restarted.run()
    timeline = figures(restarted)[1]
    hovers = " ".join(str(t.get("hovertext")) for t in timeline["data"])
    assert "2023-09-20" in hovers


def test_review_refuses_an_impossible_date(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/review.py").run()
    next(t for t in app.text_input if t.label.startswith("Date")).set_value("the 40th of May")
    next(b for b in app.button if b.label == "Save correction").click().run()
    assert any("Not saved" in e.value for e in app.error)


def test_export_page_offers_every_format(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/export.py").run()
    assert not app.exception
    labels = " ".join(str(b.proto.label) for b in app.get("download_button"))
    for name in ("CSV", "GeoJSON", "KML", "TimelineJS", "HTML", "Case file"):
        assert name in labels


def test_a_shared_link_opens_explore_filtered(app: AppTest) -> None:
    app.query_params["types"] = "MOBILIZE"
    app.run()
    assert not app.exception
    map_figure, timeline_figure = figures(app)[:2]
    assert {t["name"] for t in map_figure["data"] if t["name"]} == {"MOBILIZE"}  # clusters and countries unnamed
    assert "(filtered)" in app.caption[0].value


def test_library_removes_a_document_with_its_events(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/library.py").run()
    remove = next(b for b in app.button if b.label == "Remove")
    remove.click().run()
    assert not app.exception
    app.switch_page("app_pages/explore.py").run()
    assert "0 document(s)" in app.caption[0].value


def test_library_shows_one_progress_line_per_file_and_says_which_failed(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/library.py").run()
    app.file_uploader[0].set_value([
        ("2024-03-05-berlin.txt", b"Olaf Scholz met Emmanuel Macron in Berlin on Tuesday.", "text/plain"),
        ("2024-03-06-hamburg.txt", b"The two leaders travelled to Hamburg on Wednesday.", "text/plain"),
        ("empty.txt", b"", "text/plain"),
    ])
    app.button[0].click().run()
    assert not app.exception
    lines = {bar.text: bar.value for bar in app.get("progress")}
    assert len(lines) == 2
    for name in ("2024-03-05-berlin.txt", "2024-03-06-hamburg.txt"):
        (text,) = [t for t in lines if name in t]
        assert "analysed" in text and lines[text] == 100
    assert [e.value for e in app.error if "empty.txt" in e.value]
    assert any("Added 2 document(s)" in s.value for s in app.success)


def case_events(caption: str) -> int:
    """How many events the case holds, as Explore's caption says ('20 events of 21 (filtered)' -> 21)."""
    counted = caption.split(" events")[1]
    return int(counted.split("of ")[1].split(" ")[0]) if counted.startswith(" of ") else \
        int(caption.split(" events")[0].split("· ")[-1])


def test_review_merges_two_events_into_one_that_outlives_a_restart(app: AppTest) -> None:
    app.run()
    before = case_events(app.caption[0].value)
    app.switch_page("app_pages/review.py").run()
    event_type = app.selectbox[0].format_func(app.selectbox[0].value).split(" · ")[1]
    merge = next(s for s in app.selectbox if s.label == "Merge this event into")
    other = next(i for i, o in enumerate(merge.options) if o.split(" · ")[1] != event_type)  # never one cluster alone
    merge.select_index(other)
    next(b for b in app.button if b.label == "Merge").click().run()
    assert not app.exception
    assert any(c.value.startswith("Merged into") for c in app.caption)
    restarted = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    restarted.run()
    assert case_events(restarted.caption[0].value) == before - 1
    restarted.switch_page("app_pages/review.py").run()
    picker = next(s for s in restarted.selectbox if s.label.startswith("Event ("))
    picker.select_index(next(i for i, o in enumerate(picker.options) if "⇄" in o)).run()  # corrected: last in queue
    next(b for b in restarted.button if b.label == "Separate it again").click().run()
    restarted.switch_page("app_pages/explore.py").run()
    assert case_events(restarted.caption[0].value) == before


def test_library_keeps_where_a_paper_is_published_and_places_its_town_there(app: AppTest) -> None:
    app.run()
    app.switch_page("app_pages/library.py").run()
    app.text_area[0].input("COLUMBUS -- The Columbus Police Department said on Monday the text message was a hoax.")
    app.date_input[0].set_value(dt.date(2009, 3, 23))
    next(t for t in app.text_input if t.label.startswith("Published in")).input("Columbus, Nebraska")
    app.button[0].click().run()
    assert not app.exception
    assert "published in Columbus, Nebraska" in " ".join(c.value for c in app.caption)
    from service.analysis import open_case
    from extractors.pipeline import analyze

    [document] = [d for d in open_case().documents() if d.published_in]
    columbus = [p for p in analyze(document).places if p.text.lower() == "columbus"]
    assert columbus and all(abs(p.lat - 41.43) < 0.5 and abs(p.lon + 97.37) < 0.5 for p in columbus)


def table(app: AppTest):
    """The event table under the map and the timeline."""
    return app.dataframe[0].value


def map_points(app: AppTest) -> int:
    """How many events the map draws."""
    return sum(len(t["customdata"]) for t in figures(app)[0]["data"] if t.get("customdata"))


def timeline_ids(app: AppTest) -> set[str]:
    """The events the timeline draws."""
    return {i for t in figures(app)[1]["data"] if t["type"] == "scatter" for i in t["customdata"]}


def test_a_shared_link_with_a_time_range_shows_its_events_on_the_map_and_in_the_table(app: AppTest) -> None:
    app.run()
    everything, drawn, dated = len(table(app)), map_points(app), timeline_ids(app)
    brushed = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    brushed.query_params["range"] = "2023-09-12..2023-09-12"
    brushed.run()
    assert not brushed.exception
    rows = table(brushed)
    assert 0 < len(rows) < everything
    assert all("2023-09-12".startswith(day) or day.startswith("2023-09-12") for day in rows["date_value"])
    assert 0 < map_points(brushed) < drawn
    assert [s["type"] for s in figures(brushed)[1]["layout"]["shapes"]] == ["rect"]  # the brushed range, shaded
    assert timeline_ids(brushed) == dated  # the timeline keeps every event, to brush again
    assert next(s for s in brushed.slider if s.label.startswith("Time range")).value == (dt.date(2023, 9, 12),) * 2
    assert "from 2023-09-12 to 2023-09-12" in brushed.caption[0].value


def test_the_range_control_brushes_the_map_and_the_clear_button_clears_it_and_the_link(app: AppTest) -> None:
    app.run()
    everything = len(table(app))
    control = next(s for s in app.slider if s.label.startswith("Time range"))
    control.set_value((dt.date(2023, 9, 13), dt.date(2023, 9, 13))).run()
    assert not app.exception
    assert app.query_params["range"] in ("2023-09-13..2023-09-13", ["2023-09-13..2023-09-13"])
    assert 0 < len(table(app)) < everything
    next(b for b in app.button if b.label == "Clear range").click().run()
    assert "range" not in app.query_params
    assert len(table(app)) == everything
