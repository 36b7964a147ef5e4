"""Review's two new corrections: an event the machine missed, added on a sentence, and every event at one place moved
to another in one transaction."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from case_fixtures import TEXT, case_with, machine_analysis

from core.event_ids import stable_event_id
from core.model import Event
from store.case import CaseStore
from store.case_check import CaseFileError, check_case
from service.analysis import export_case
from store.case_file import import_case
from store.corrections import ADDED, Correction, CorrectionConflict, added_id, apply_corrections, attach, validate
from store.event_table import event_frame
from store.place_moves import moves, place_key
from store.case_settings import SEEDED_KEY

SECOND = TEXT.index("North Korea")  # the missiles' sentence
PYONGYANG = {"name": "Pyongyang", "lat": 39.03, "lon": 125.75, "country_code": "KP", "feature_class": "city"}


def added_fields(**extra: object) -> dict:
    """An event the analyst adds on the missiles' sentence: a launch at Pyongyang that day."""
    return {ADDED: {"start": SECOND, "end": len(TEXT)}, "type": "MOBILIZE", "actors": ["North Korea"],
            "date": "2023-09-13", "place": PYONGYANG, **extra}


def with_added(path: Path) -> tuple[CaseStore, str]:
    """The hand-made case with one added event; its id."""
    machine = machine_analysis()
    store = case_with(path, machine, {})
    event_id = added_id(machine.document.id, SECOND, set())
    store.save_correction(event_id, machine.document.id, added_fields(), anchor=TEXT[SECOND:], expected=0)
    return store, event_id


def shown_events(store: CaseStore, machine) -> list[Event]:
    """The events the pages show: the corrections attached to the machine's reading, laid over it."""
    attached, orphans = attach(store.correction_rows(), [machine])
    assert not orphans
    return apply_corrections(machine, {i: row.fields for i, row in attached.items()}).events


def test_an_added_event_is_shown_on_the_map_where_and_when_the_analyst_said(tmp_path: Path) -> None:
    store, event_id = with_added(tmp_path / "case.sqlite")
    machine = machine_analysis()
    added = next(e for e in shown_events(store, machine) if e.id == event_id)
    assert (added.text, added.type, added.actors, added.date.value) == (TEXT[SECOND:], "MOBILIZE", ["North Korea"],
                                                                       "2023-09-13")
    assert [(m.start, m.end) for m in added.mentions] == [(SECOND, len(TEXT))] and added.confidence == 1.0
    assert len(shown_events(store, machine)) == len(machine.events) + 1, "the machine's events are all still there"
    frame = event_frame([apply_corrections(machine, store.corrections())])
    row = frame[frame["event_id"] == event_id].iloc[0]
    assert (row["lat"], row["lon"], row["place"]) == (39.03, 125.75, "Pyongyang")


def test_an_added_event_survives_re_analysis_and_never_lands_on_a_machine_event(tmp_path: Path) -> None:
    store, event_id = with_added(tmp_path / "case.sqlite")
    again = machine_analysis()  # a new pipeline reads the missiles' sentence as the one event of the document
    again.events = [Event(id=stable_event_id(again.document.id, TEXT[SECOND:], set()), start=SECOND, end=len(TEXT),
                          text=TEXT[SECOND:], document_id=again.document.id, type="ASSAULT")]
    attached, orphans = attach(store.correction_rows(), [again])
    assert list(attached) == [event_id] and not orphans
    events = apply_corrections(again, store.corrections()).events
    assert [(e.id, e.type) for e in events] == [(again.events[0].id, "ASSAULT"), (event_id, "MOBILIZE")]


def test_an_added_event_is_gone_once_removed_and_two_on_one_sentence_stay_apart(tmp_path: Path) -> None:
    store, event_id = with_added(tmp_path / "case.sqlite")
    assert added_id(machine_analysis().document.id, SECOND, {event_id}) == f"{event_id}-2"
    store.save_correction(event_id, event_id.partition(":")[0], added_fields(deleted=True),
                          anchor=TEXT[SECOND:], expected=store.correction_rows()[0].revision)
    assert all(e.id != event_id for e in shown_events(store, machine_analysis()))


@pytest.mark.parametrize("fields", [
    {**added_fields(), "type": ""},
    {**added_fields(), ADDED: {"start": 10, "end": 5}},
    {**added_fields(), ADDED: {"start": 0}},
    {**added_fields(), ADDED: {"start": True, "end": 5}},
    {**added_fields(), "date": "13/09/2023"},
])
def test_an_added_event_without_a_type_or_a_sentence_is_refused(fields: dict) -> None:
    with pytest.raises(ValueError):
        validate(fields)


def test_an_added_event_travels_in_the_case_file_and_a_crafted_sentence_is_refused(tmp_path: Path) -> None:
    store, event_id = with_added(tmp_path / "source.sqlite")
    case = json.loads(export_case(store))
    target = CaseStore(tmp_path / "target.sqlite")
    target.set_meta(SEEDED_KEY, "1")
    import_case(target, check_case(json.dumps(case).encode()))
    assert target.corrections() == {event_id: added_fields()}
    case["anchors"][event_id] = "A sentence the article never wrote."
    with pytest.raises(CaseFileError, match="not in its document"):
        check_case(json.dumps(case).encode())


def test_every_event_at_a_place_moves_in_one_save_laid_over_earlier_corrections(tmp_path: Path) -> None:
    machine = machine_analysis()
    summit, missiles = machine.events
    missiles.place = summit.place  # both at Vostochny
    store = case_with(tmp_path / "case.sqlite", machine, {summit.id: {"type": "AID"}})
    shown = {row.event_id: row for row in store.correction_rows()}
    events = machine.events
    assert {place_key(event.place) for event in events} == {"Vostochny (51.880, 128.330)"}
    revision = store.save_corrections(moves(events, shown, PYONGYANG))
    assert store.corrections() == {summit.id: {"type": "AID", "place": PYONGYANG}, missiles.id: {"place": PYONGYANG}}
    assert {row.revision for row in store.correction_rows()} == {revision}, "one transaction, one revision"


def test_a_move_after_another_sessions_change_to_one_of_its_events_moves_nothing(tmp_path: Path) -> None:
    machine = machine_analysis()
    summit, missiles = machine.events
    missiles.place = summit.place
    store = case_with(tmp_path / "case.sqlite", machine, {})
    shown: dict[str, Correction] = {}  # the page showed no correction
    CaseStore(store.path).save_correction(missiles.id, machine.document.id, {"date": "2023-09"}, expected=0)
    before = store.correction_rows()
    with pytest.raises(CorrectionConflict):
        store.save_corrections(moves(machine.events, shown, PYONGYANG))
    assert store.correction_rows() == before


def test_a_move_carries_a_correction_that_re_analysis_moved_onto_a_new_id(tmp_path: Path) -> None:
    machine = machine_analysis()
    store = case_with(tmp_path / "case.sqlite", machine, {})
    old = store.save_correction("gone:1", machine.document.id, {"type": "AID"}, anchor=machine.events[0].text)
    shown = {machine.events[0].id: Correction("gone:1", machine.document.id, {"type": "AID"}, "", old)}
    store.save_corrections(moves(machine.events[:1], shown, PYONGYANG))
    assert store.corrections() == {machine.events[0].id: {"type": "AID", "place": PYONGYANG}}
