"""The same event told twice becomes one event with several sources; different ones stay apart."""
from __future__ import annotations

from components.event_frame import event_frame
from core.merge import cluster_events
from core.model import Analysis, Document, Event, EventDate, PlaceMention


def event(event_id: str, kind: str = "CONSULT", day: str = "2023-09-13", lat: float = 51.88, precision: str = "exact",
          actors: tuple[str, ...] = ("Kim Jong Un",)) -> Event:
    return Event(
        id=event_id, start=0, end=10, text=f"sentence {event_id}", type=kind, actors=list(actors),
        place=PlaceMention(start=0, end=1, text="X", name="X", lat=lat, lon=128.33, precision=precision),
        date=EventDate(value=day, start=f"{day}T00:00", end=None, precision="day"),
    )


def test_two_tellings_of_one_meeting_merge_even_a_day_apart() -> None:
    groups = cluster_events([event("a"), event("b", lat=51.9), event("c", day="2023-09-12"), event("d", day="2023-09-10")])
    assert sorted(len(g) for g in groups) == [1, 3]


def test_different_types_places_countries_or_actors_stay_apart() -> None:
    for other in (event("b", kind="ASSAULT"), event("b", lat=40.0), event("b", precision="country"),
                  event("b", actors=("Joe Biden",))):
        assert len(cluster_events([event("a"), other])) == 2


def test_a_planned_meeting_and_the_meeting_held_stay_apart() -> None:
    planned = event("b")
    planned.status = "planned"
    assert len(cluster_events([event("a"), planned])) == 2


def test_the_case_table_counts_the_sources_of_an_event() -> None:
    first = Analysis(document=Document(text="first article", title="First"), events=[event("a")])
    second = Analysis(document=Document(text="second article", title="Second"), events=[event("b")])
    frame = event_frame([first, second])
    assert len(frame) == 1
    assert frame.iloc[0]["sources"] == 2 and frame.iloc[0]["documents"] == "First, Second"


def test_a_sentence_reprinted_word_for_word_is_one_event_whatever_its_type_or_place() -> None:
    wire = [event(f"copy{i}", kind="OTHER", precision="country") for i in range(3)]
    for copy in wire:
        copy.text = "Kim  Jong Un   arrived in Russia,\\nthe Kremlin said."
    other_day = event("later", kind="OTHER", precision="country", day="2023-09-14")
    other_day.text = wire[0].text
    groups = cluster_events([*wire, other_day])
    assert sorted(len(g) for g in groups) == [1, 3], "the same words on another day are another event"


def test_two_happenings_one_sentence_tells_stay_two() -> None:
    meeting, pledge = event("a"), event("b", kind="AID")
    pledge.text = meeting.text
    assert len(cluster_events([meeting, pledge])) == 2
