"""The tellings' groups after a correction, as core.merge.regrouped gathers them, read from the kept tellings' columns:
only the tellings a correction can change are made events (making the 60,000 of a 10,000-article case took a second
of each save)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pandas as pd

from core.merge import cluster_index_groups, joinable, told_alike, wording_matches
from core.model import Event
from store.event_tellings import GROUP, telling_events


def regrouped_tellings(frame: pd.DataFrame, gone: list[tuple[Event, int]]) -> list[list[int]]:
    """regrouped(telling_events(frame), before, gone), `before` being each telling's group in frame[GROUP] (below
    zero: a touched document's telling as it now is), `gone` the touched documents' tellings as they were, with
    theirs."""
    before = frame[GROUP].to_numpy()
    fresh = np.flatnonzero(before < 0)
    wordings = {told_alike(event) for event, _ in gone} | {told_alike(event) for event in events_at(frame, fresh)}
    alike = [index for index in told_in(frame, wordings) if before[index] >= 0]
    chosen = np.array([*fresh, *alike], dtype=int)
    reopened = {group for _, group in gone} | set(before[alike].tolist())
    reopened |= {int(before[index]) for index in joining(frame, chosen) if before[index] >= 0}
    part = np.flatnonzero((before < 0) | np.isin(before, list(reopened)))
    gathered = [part[group].tolist() for group in cluster_index_groups(events_at(frame, part))]
    return sorted([*gathered, *kept_groups(before, part)])


def events_at(frame: pd.DataFrame, positions: np.ndarray) -> list[Event]:
    """The tellings at these positions as events (see telling_events)."""
    return telling_events(frame.iloc[positions])


def told_in(frame: pd.DataFrame, wordings: set[tuple[str, str, str, str]]) -> list[int]:
    """The positions of the tellings told in one of these wordings: those of their triggers and types made events and
    compared (core.merge.wording_matches)."""
    near = np.flatnonzero((frame["trigger"].isin({wording[1] for wording in wordings})
                           & frame["type"].isin({wording[2] for wording in wordings})).to_numpy())
    return near[wording_matches(events_at(frame, near), wordings)].tolist()


def joining(frame: pd.DataFrame, chosen: np.ndarray) -> list[int]:
    """The positions of the tellings the chosen ones could be told the same as: those of their types and dates a day
    apart at most made events and tested (core.merge.joinable)."""
    events = events_at(frame, chosen)
    days = {f"{event.type}|{(dt.date.fromisoformat(event.date.start[:10]) + dt.timedelta(days=shift)).isoformat()}"
            for event in events if event.date and event.date.start for shift in (-1, 0, 1)}
    dated = frame["date_value"].notna() & frame["date_start"].notna()
    near = np.flatnonzero((dated & (frame["type"] + "|" + frame["date_start"].str[:10]).isin(days)).to_numpy())
    found = joinable([*events, *events_at(frame, near)], list(range(len(events))))
    positions = np.concatenate([chosen, near])
    return positions[found].tolist() if found else []


def kept_groups(before: np.ndarray, part: np.ndarray) -> list[list[int]]:
    """The groups none of whose tellings are in `part`, each its tellings' positions in order."""
    outside = np.ones(len(before), dtype=bool)
    outside[part] = False
    positions = np.flatnonzero(outside)
    groups: dict[int, list[int]] = defaultdict(list)
    for position, group in zip(positions.tolist(), before[positions].tolist()):
        groups[group].append(position)
    return list(groups.values())
