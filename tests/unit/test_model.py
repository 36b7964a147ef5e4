"""The data model survives a round trip through JSON."""
from __future__ import annotations

import json

from core.model import Analysis, Candidate, Document, Event, EventDate, PlaceMention


def test_analysis_round_trips_through_json() -> None:
    document = Document(text="Kim met Putin in Vostochny.", language="en", published="2023-09-13")
    place = PlaceMention(start=17, end=26, text="Vostochny", name="Vostochny", lat=51.9, lon=128.3,
                         alternatives=[Candidate(name="Other", lat=1.0, lon=2.0, reason="smaller")])
    event = Event(id="e", start=0, end=27, text=document.text, actors=["Kim"], place=place,
                  date=EventDate(value="2023-09-13"))
    original = Analysis(document=document, places=[place], events=[event], pipeline_version="x")
    line = json.dumps(original.to_json())
    restored = Analysis.from_json(json.loads(line), document.text)
    assert restored == original
    assert json.loads(line)["events"][0]["date"]["value"] == "2023-09-13"
