"""After a correction, the kept tellings' groups gathered again from their columns, only the tellings a correction
can change made events, are the groups core.merge.regrouped gives, and so the whole case's gathered again."""
from __future__ import annotations

import random

import pandas as pd
import pytest

import store.telling_regroup as regroup
from core.merge import cluster_events, regrouped
from core.model import Analysis, Document, Event
from store.event_tellings import GROUP, telling_rows, tellings_frame
from store.telling_regroup import regrouped_tellings
from test_regroup import corrected, corrected_case, ids, telling


def kept_frame(events: list[Event], before: list[int | None]) -> pd.DataFrame:
    """The tellings as the case keeps them, each with its group before the correction (-1: a touched one's now)."""
    frame = tellings_frame(telling_rows([Analysis(Document(text="case"), events=events)]))
    return frame.assign(**{GROUP: [-1 if group is None else group for group in before]})


@pytest.mark.parametrize("kind", ["move", "retype", "redate", "delete", "add", "merge"])
def test_the_columns_regathered_give_what_regrouped_and_the_whole_case_give(kind: str) -> None:
    for seed in range(60):
        now, before, gone = corrected_case(seed, kind)
        groups = regrouped_tellings(kept_frame(now, before), gone)
        assert groups == regrouped(now, before, gone), (kind, seed)
        assert [[now[index].id for index in group] for group in groups] == ids(cluster_events(now)), (kind, seed)


def test_only_the_tellings_a_correction_can_change_are_made_events(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    events = [telling(rng, f"d{n}", 0) for n in range(40)]
    group_of = {event.id: number for number, group in enumerate(cluster_events(events)) for event in group}
    far = [event for event in events if event.type != events[0].type]  # no other type gathers with the first
    now = [corrected(rng, [events[0]], "move", "d0")[0], *events[1:]]
    made: list[int] = []
    original = regroup.telling_events
    monkeypatch.setattr(regroup, "telling_events", lambda frame: made.append(len(frame)) or original(frame))
    before = [None, *(group_of[event.id] for event in events[1:])]
    groups = regrouped_tellings(kept_frame(now, before), [(events[0], group_of[events[0].id])])
    assert groups == regrouped(now, before, [(events[0], group_of[events[0].id])])
    assert far and max(made) <= len(now) - len(far), "the tellings of other types are never made events"
