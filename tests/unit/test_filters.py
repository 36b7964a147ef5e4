"""The shared filter: what it keeps, and its round trip through the URL."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from components.filters import EventFilter, apply_filter


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["a", "b", "c"],
        "type": ["CONSULT", "MOBILIZE", "CONSULT"],
        "actors": ["Kim Jong Un, Vladimir Poutine", "North Korea", ""],
        "documents": ["First", "First", "Second"],
        "document_titles": [{"d1": "First"}, {"d1": "First"}, {"d2": "Second"}],
        "place": ["Vostochny (Amur)", "Sunan", ""],
        "confidence": [0.9, 0.7, 0.3],
        "date_start": pd.to_datetime(["2023-09-13", "2023-09-13T11:43", None], format="ISO8601"),
        "date_end": pd.to_datetime(["2023-09-14", None, None]),
        "status": ["asserted", "planned", "asserted"],
    })


def test_each_filter_narrows_the_events() -> None:
    events = frame()
    assert list(apply_filter(events, EventFilter(types=["CONSULT"]))["event_id"]) == ["a", "c"]
    assert list(apply_filter(events, EventFilter(actors=["Kim Jong Un"]))["event_id"]) == ["a"]
    assert list(apply_filter(events, EventFilter(documents=["d2"]))["event_id"]) == ["c"]
    assert list(apply_filter(events, EventFilter(place="sunan"))["event_id"]) == ["b"]
    assert list(apply_filter(events, EventFilter(min_confidence=0.8))["event_id"]) == ["a"]
    day = dt.date(2023, 9, 13)
    assert list(apply_filter(events, EventFilter(date_from=day, date_to=day))["event_id"]) == ["a", "b"]
    assert list(apply_filter(events, EventFilter())["event_id"]) == ["a", "b", "c"]


def test_the_filter_survives_the_url_and_ignores_garbage() -> None:
    chosen = EventFilter(dt.date(2023, 9, 1), None, ["CONSULT", "AID"], ["Kim Jong Un"], [], "Amur", 0.5, ["negated"])
    assert EventFilter.from_params(chosen.to_params()) == chosen
    assert EventFilter.from_params({"from": "yesterday", "confidence": "lots", "status": "bogus"}) == EventFilter()


def test_denied_and_hypothetical_happenings_are_hidden_unless_asked_for() -> None:
    events = frame()
    events["status"] = ["asserted", "negated", "hypothetical"]
    assert list(apply_filter(events, EventFilter())["event_id"]) == ["a"]
    assert list(apply_filter(events, EventFilter(statuses=["negated"]))["event_id"]) == ["b"]


def test_a_document_whose_title_has_commas_filters_its_events_through_a_shared_link() -> None:
    events = frame()
    events["document_titles"] = [{"d1": "Kim, Putin meet"}, {"d1": "Kim, Putin meet", "d2": "Second"}, {"d2": "Second"}]
    shared = EventFilter.from_params(EventFilter(documents=["d1"]).to_params())
    assert list(apply_filter(events, shared)["event_id"]) == ["a", "b"]
