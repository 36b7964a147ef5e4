"""Review's queue, run headless by AppTest: opened from an evidence card on its event, walked with Previous and
Next, an event the machine missed added on a sentence, and every event at a place moved in one save."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.model import Analysis, Document, Event, EventDate, PlaceMention
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from store.corrections import ADDED
from service.analysis import open_case
from store.case_settings import SEEDED_KEY

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = ["Troops shelled Kharkiv on Monday.", "A depot burned in Kharkiv on Monday.", "Ukraine asked for help.",
             "Talks are planned.", "Students protested in Lviv on Monday.", "Drones hit the port on Monday."]
TEXT = " ".join(SENTENCES)
MONDAY = EventDate(value="2024-03-04", start="2024-03-04T00:00:00", end="2024-03-05T00:00:00", precision="day")


def at(name: str, lat: float, lon: float, feature_class: str = "city", precision: str = "exact") -> PlaceMention:
    """A place the text names, at its first mention."""
    start = TEXT.index(name)
    return PlaceMention(start, start + len(name), text=name, name=name, lat=lat, lon=lon, country_code="UA",
                        feature_class=feature_class, precision=precision, confidence=0.9)


KHARKIV, LVIV, UKRAINE = at("Kharkiv", 49.99, 36.23), at("Lviv", 49.84, 24.03), at("Ukraine", 49.0, 32.0, "country",
                                                                                      "country")


def wire() -> Analysis:
    """A wire story read by the machine: two events at Kharkiv, one at a country, one unplaced, one at Lviv; the
    drones' sentence missed."""
    document = Document(text=TEXT, title="Wire", source="wire.html", language="en", published="2024-03-05",
                        published_origin="given")
    told = [("shelled", "ASSAULT", KHARKIV), ("burned", "ACCIDENT", KHARKIV), ("asked", "REQUEST", UKRAINE),
            ("Talks", "CONSULT", None), ("protested", "PROTEST", LVIV)]
    events = []
    for index, (trigger, event_type, place) in enumerate(told):
        start = TEXT.index(SENTENCES[index])
        events.append(Event(id=f"{document.id}:{index}", start=start, end=start + len(SENTENCES[index]),
                            text=SENTENCES[index], document_id=document.id, trigger=trigger, type=event_type,
                            place=place, date=MONDAY, confidence=0.9))
    return Analysis(document=document, places=[KHARKIV, UKRAINE, LVIV], events=events,
                    pipeline_version=PIPELINE_VERSION)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on a case holding the wire story, already analysed (no model loads)."""
    monkeypatch.setenv("NEWSMAP_CASE", str(tmp_path / "case.sqlite"))
    monkeypatch.chdir(ROOT)
    store = CaseStore(tmp_path / "case.sqlite")
    store.set_meta(SEEDED_KEY, "1")
    store.add_document(wire().document)
    store.save_analysis(wire())
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def picker(app: AppTest):
    """Review's event picker."""
    return next(s for s in app.selectbox if s.label.startswith("Event ("))


def press(app: AppTest, label: str) -> None:
    """Click a button by its label and let the page run."""
    next(b for b in app.button if b.label == label).click().run()
    assert not app.exception


def on_review(app: AppTest) -> AppTest:
    """The Review page drawn."""
    app.run()
    app.switch_page("app_pages/review.py").run()
    assert not app.exception
    return app


def test_open_in_review_from_an_evidence_card_opens_review_on_that_very_event(app: AppTest) -> None:
    app.run()
    rows = app.dataframe[0].value
    lviv = list(rows.index).index(next(i for i in rows.index if i.endswith(":4")))
    app.session_state[app.dataframe[0].key] = {"selection": {"rows": [lviv], "columns": [], "cells": []}}
    app.run()
    evidence = next(m.value for m in app.markdown if 'class="evidence"' in m.value)
    assert "Wire · published 2024&#45;03&#45;05 · wire.html" in evidence, "the source's title, date and address"
    press(app, "Open in Review")
    event_id = wire().events[4].id
    assert picker(app).value == event_id and app.query_params["event"] == event_id
    assert "Students protested in <mark" in next(m.value for m in app.markdown if 'class="evidence"' in m.value)
    assert not any(b.label == "Open in Review" for b in app.button), "Review is where it opened"


def test_the_queue_starts_with_the_unplaced_then_the_country_and_previous_next_walk_it(app: AppTest) -> None:
    on_review(app)
    ids = [e.id for e in wire().events]
    assert picker(app).value == ids[3] and picker(app).options[0].split(" · ")[1] == "CONSULT"
    assert any(c.value.startswith("1 of 5 in the queue · no place on the map") for c in app.caption)
    press(app, "Next")
    assert picker(app).value == ids[2] and app.query_params["event"] == ids[2]
    assert any(c.value.startswith("2 of 5 in the queue · placed only at a country") for c in app.caption)
    press(app, "Previous")
    assert picker(app).value == ids[3]
    assert next(b for b in app.button if b.label == "Previous").disabled, "nothing before the first"


def test_a_correction_made_after_next_lands_on_the_event_next_picked(app: AppTest) -> None:
    on_review(app)
    press(app, "Next")
    chosen = picker(app).value
    next(t for t in app.text_input if t.label.startswith("Date")).set_value("2024-03-02")
    press(app, "Save correction")
    assert open_case().corrections()[chosen]["date"] == "2024-03-02"
    press(app, "Next")  # the queue as shown when saving: the saved event went last, Next goes on from where it was
    assert picker(app).value == wire().events[0].id


def test_an_event_the_machine_missed_is_added_on_its_sentence_and_shown_on_the_map(app: AppTest) -> None:
    on_review(app)
    sentence = next(s for s in app.selectbox if s.label == "Sentence that tells it")
    sentence.select_index(5)
    next(s for s in app.selectbox if s.key == "add-type").set_value("ASSAULT")
    next(s for s in app.selectbox if s.key == "add-place").set_value("Lviv (49.840, 24.030)")
    press(app, "Add the event")
    [(event_id, fields)] = open_case().corrections().items()
    assert fields[ADDED] == {"start": TEXT.index(SENTENCES[5]), "end": len(TEXT)} and fields["type"] == "ASSAULT"
    assert fields["date"] == "2024-03-05" and fields["place"]["name"] == "Lviv"
    assert [r.anchor for r in open_case().correction_rows()] == [SENTENCES[5]]
    assert picker(app).value == event_id, "Review shows the event just added"
    assert any("Added: ASSAULT" in s.value for s in app.success)
    app.switch_page("app_pages/explore.py").run()
    assert event_id in set(app.dataframe[0].value.index)
    assert event_id in app.get("plotly_chart")[0].proto.spec, "a marker of the map holds it"
    assert " 6 events" in app.caption[0].value


def test_every_event_at_a_place_moves_in_one_save_and_a_change_meanwhile_moves_none(app: AppTest) -> None:
    on_review(app)
    next(s for s in app.selectbox if s.key == "move-source").set_value("Kharkiv (49.990, 36.230)")
    next(s for s in app.selectbox if s.key == "move-target").set_value("Lviv (49.840, 24.030)")
    store = open_case()
    store.save_correction(wire().events[1].id, wire().document.id, {"type": "DISASTER"}, expected=0)  # another one
    press(app, "Move them all")
    assert any("Not moved" in e.value for e in app.error)
    assert store.corrections() == {wire().events[1].id: {"type": "DISASTER"}}
    next(s for s in app.selectbox if s.key == "move-source").set_value("Kharkiv (49.990, 36.230)")
    next(s for s in app.selectbox if s.key == "move-target").set_value("Lviv (49.840, 24.030)")
    press(app, "Move them all")  # again, the page now showing the other session's change
    moved = store.corrections()
    assert {i: f["place"]["name"] for i, f in moved.items()} == {wire().events[0].id: "Lviv",
                                                                 wire().events[1].id: "Lviv"}
    assert moved[wire().events[1].id]["type"] == "DISASTER", "laid over the other session's correction"
    assert any("Moved 2 event(s) to Lviv" in s.value for s in app.success)
    assert not any(o.startswith("Kharkiv") for o in next(s for s in app.selectbox if s.key == "move-source").options)
