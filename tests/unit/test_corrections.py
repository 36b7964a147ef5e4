"""The analyst's corrections: validated, stored with the case, laid over any later analysis."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Analysis, Document, Event, EventDate
from store.case import CaseStore
from store.corrections import apply_corrections, validate


def analysis() -> Analysis:
    document = Document(text="Kim met Putin. Missiles were fired.", title="t")
    events = [Event(id=f"{document.id}:0", start=0, end=14, text="Kim met Putin.", type="CONSULT", actors=["Kim"],
                    date=EventDate(value="2023-09-12", start="2023-09-12T00:00", end="2023-09-13T00:00",
                                   precision="day")),
              Event(id=f"{document.id}:15", start=15, end=35, text="Missiles were fired.", type="OTHER")]
    return Analysis(document=document, events=events)


def test_corrections_change_date_place_type_and_actors_and_remove_events() -> None:
    machine = analysis()
    first, second = machine.events
    corrections = {
        first.id: {"date": "2023-09", "place": {"name": "Vostochny", "lat": 51.88, "lon": 128.33},
                   "type": "COOPERATE", "actors": ["Kim Jong Un", "Vladimir Putin"]},
        second.id: {"deleted": True},
    }
    (event,) = apply_corrections(machine, corrections).events
    assert event.type == "COOPERATE" and event.actors == ["Kim Jong Un", "Vladimir Putin"]
    assert (event.date.value, event.date.precision, event.date.origin) == ("2023-09", "month", "analyst")
    assert event.place.source == "analyst" and event.place.lat == 51.88
    assert machine.events[0].type == "CONSULT", "the cached machine reading is left untouched"


@pytest.mark.parametrize("fields", [{"date": "13/09/2023"}, {"place": {"name": "x", "lat": 95, "lon": 0}}])
def test_impossible_corrections_are_refused(fields: dict) -> None:
    with pytest.raises(ValueError):
        validate(fields)


def test_corrections_live_in_the_case_file_and_go_with_their_document(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    store = CaseStore(path)
    machine = analysis()
    store.add_document(machine.document)
    store.save_correction(machine.events[0].id, machine.document.id, {"type": "AID"})
    assert CaseStore(path).corrections() == {machine.events[0].id: {"type": "AID"}}
    store.remove_document(machine.document.id)
    assert store.corrections() == {}
