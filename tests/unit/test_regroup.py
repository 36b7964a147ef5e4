"""After a correction, gathering again only the groups its documents' tellings were in or could join gives the same
happenings as gathering the whole case again, whatever the correction."""
from __future__ import annotations

import dataclasses
import random

import pytest

import core.merge as merge
from core.merge import cluster_events, regrouped
from core.model import Event, EventDate, PlaceMention

TYPES = ("CONSULT", "ASSAULT")
DAYS = ("2023-09-12", "2023-09-13", "2023-09-14", "2023-09-16")
LATS = (51.0, 51.3, 51.6, 51.9, 53.0)  # 0.3 degree (33 km) apart: chains of places each within 50 km of the next
ACTORS = ((), ("Kim",), ("Putin",), ("Kim", "Putin"))
WORDS = ("Leaders met.", "Shells fell.", "Troops moved.")


def telling(rng: random.Random, document: str, number: int) -> Event:
    """A telling of a happening near the others: alike enough that many gather, in chains as often as not."""
    day = rng.choice(DAYS)
    return Event(id=f"{document}:{number}", start=0, end=10, text=rng.choice(WORDS), trigger="met",
                 document_id=document, type=rng.choice(TYPES), actors=list(rng.choice(ACTORS)),
                 place=PlaceMention(start=0, end=1, text="X", lat=rng.choice(LATS), lon=10.0,
                                    precision=rng.choice(("exact", "exact", "country"))),
                 date=EventDate(value=day, start=f"{day}T00:00", precision="day"))


def corrected(rng: random.Random, events: list[Event], kind: str, document: str) -> list[Event]:
    """One document's tellings after an analyst's correction of this kind."""
    if kind == "delete":
        return events[:-1]
    if kind == "add":
        return [*events, telling(rng, document, 99)]
    first, day = events[0], rng.choice(DAYS)
    change = {"move": {"place": dataclasses.replace(first.place, lat=rng.choice(LATS))},
              "retype": {"type": rng.choice(TYPES)},
              "redate": {"date": EventDate(value=day, start=f"{day}T00:00", precision="day")},
              "merge": {"text": rng.choice(WORDS), "actors": list(rng.choice(ACTORS))}}[kind]  # told as another is
    return [dataclasses.replace(first, **change), *events[1:]]


def ids(groups: list[list[Event]]) -> list[list[str]]:
    return [[event.id for event in group] for group in groups]


def regathered(events: list[Event], before: list[int | None], gone: list[tuple[Event, int]]) -> list[list[Event]]:
    return [[events[index] for index in group] for group in regrouped(events, before, gone)]


def corrected_case(seed: int, kind: str) -> tuple[list[Event], list[int | None], list[tuple[Event, int]]]:
    """A random case of 14 documents after a correction of this kind to one or two of them: its tellings now, each
    one's group before (None: a touched document's), and the touched documents' tellings as they were, with their
    groups."""
    rng = random.Random(seed)
    documents = {f"d{n}": [telling(rng, f"d{n}", k) for k in range(rng.randint(1, 4))] for n in range(14)}
    events = [event for tellings in documents.values() for event in tellings]
    group_of = {event.id: number for number, group in enumerate(cluster_events(events)) for event in group}
    touched = set(rng.sample(sorted(documents), rng.choice((1, 2))))
    gone = [(event, group_of[event.id]) for document in touched for event in documents[document]]
    now = [event for document, tellings in documents.items()
           for event in (corrected(rng, tellings, kind, document) if document in touched else tellings)]
    before = [None if event.document_id in touched else group_of[event.id] for event in now]
    return now, before, gone


@pytest.mark.parametrize("kind", ["move", "retype", "redate", "delete", "add", "merge"])
def test_regathering_the_touched_groups_gives_the_whole_case_gathered_again(kind: str) -> None:
    for seed in range(60):
        now, before, gone = corrected_case(seed, kind)
        assert ids(regathered(now, before, gone)) == ids(cluster_events(now)), (kind, seed)


def test_only_the_groups_a_correction_can_change_are_gathered_again(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(1)
    elsewhere = PlaceMention(start=0, end=1, text="X", lat=-30.0, lon=10.0, precision="exact")
    far = [dataclasses.replace(telling(rng, f"far{n}", 0), text="Elsewhere.", place=elsewhere) for n in range(3)]
    near = [telling(rng, "near", 0)]
    events = [*near, *far]
    group_of = {event.id: number for number, group in enumerate(cluster_events(events)) for event in group}
    gathered: list[list[Event]] = []
    original = merge.cluster_index_groups
    monkeypatch.setattr(merge, "cluster_index_groups", lambda part: gathered.append(part) or original(part))
    moved = [dataclasses.replace(near[0], type="ASSAULT" if near[0].type == "CONSULT" else "CONSULT")]
    now = [*moved, *far]
    result = regathered(now, [None, *(group_of[event.id] for event in far)], [(near[0], group_of[near[0].id])])
    assert [[event.id for event in part] for part in gathered] == [["near:0"]], "the far tellings are not compared"
    assert ids(result) == ids(cluster_events(now))
