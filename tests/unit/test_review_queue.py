"""Review's queue: the events the machine is least sure of first, in the order the issue asks, the analyst's last."""
from __future__ import annotations

from core.model import Analysis, Document, Event, EventDate, PlaceMention
from store.event_table import event_frame
from store.review_queue import queue_reason, review_queue


def place(name: str, precision: str = "exact", feature_class: str = "city") -> PlaceMention:
    """A place on the map."""
    return PlaceMention(0, 4, text=name, name=name, lat=10.0, lon=20.0, precision=precision,
                        feature_class=feature_class)


def event(event_id: str, where: PlaceMention | None, confidence: float = 0.9, event_type: str = "ASSAULT",
          day: str | None = None) -> Event:
    """An event of document d, placed, typed and dated as given."""
    date = EventDate(value=day, start=f"{day}T00:00", end=f"{day}T23:59", precision="day") if day else None
    return Event(id=f"d:{event_id}", start=0, end=4, text=f"text {event_id}", document_id="d", type=event_type,
                 place=where, date=date, confidence=confidence)


EVENTS = [  # listed as the case lists them, none where the queue puts it
    event("sure", place("Kharkiv")),
    event("other", place("Lviv"), event_type="OTHER"),
    event("doubtful", place("Odesa"), confidence=0.5),
    event("country", place("Ukraine", "country", "country")),
    event("unplaced-late", None, day="2024-03-05"),
    event("unresolved", PlaceMention(0, 4, text="Zorbland")),
    event("unplaced-early", None, day="2024-03-04"),
    event("region-of-a-country", place("Ukraine", "exact", "country")),
    event("untyped", place("Kyiv"), event_type=""),
]
CASE = event_frame([Analysis(document=Document(text="text " * 20, id="d"), events=EVENTS)])  # one row a happening


def test_the_queue_puts_unplaced_then_country_level_then_doubtful_then_other_first() -> None:
    order = [event_id.removeprefix("d:") for event_id in review_queue(CASE, set())]
    assert order == ["unplaced-early", "unplaced-late", "unresolved", "country", "region-of-a-country", "doubtful",
                     "other", "untyped", "sure"]


def test_what_the_analyst_corrected_goes_to_the_end_and_says_so() -> None:
    order = review_queue(CASE, {"d:unplaced-early", "d:doubtful"})
    assert order[-2:] == ["d:unplaced-early", "d:doubtful"] and order[0] == "d:unplaced-late"
    by_id = CASE.set_index("event_id", drop=False)
    assert queue_reason(by_id.loc["d:unplaced-early"], {"d:unplaced-early"}) == "corrected by you"
    flagged = ("d:unresolved", "d:country", "d:doubtful", "d:other", "d:sure")
    assert [queue_reason(by_id.loc[i], set()) for i in flagged] \
        == ["no place on the map", "placed only at a country", "low confidence", "type OTHER", "nothing flagged"]


def test_the_picker_lists_a_stretch_of_the_queue_around_the_event_shown() -> None:
    from components.review_queue import around

    order = [f"e{n}" for n in range(1_000)]
    assert around(order, "e500", 200) == order[450:650]
    assert around(order, "e10", 200) == order[:200] and around(order, "e999", 200) == order[800:]
    assert around(order[:5], "e3", 200) == order[:5], "a small case's whole queue"
