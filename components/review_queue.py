"""Moving through Review's queue: the picked event kept across saves, Previous and Next by button or key."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.review_link import CHOSEN_KEY

ORDER_KEY = "review_order"  # the queue as the page last showed it
NOTICE_KEY = "review_notice"  # what the last addition or move did, told once above the queue on the next run
PICKER_SIZE = 200  # events the picker lists around the one shown: a big case's whole queue is 40,000 labels


@st.cache_resource(show_spinner=False, max_entries=2)
def tellings_at(source: str, _table: pd.DataFrame) -> dict[str, int]:
    """The row of the event table each event id tells (a happening told three times has three), for the table read
    at `source` (a case and its revision)."""
    return {event_id: row for row, ids in enumerate(_table["event_ids"]) for event_id in ids}


def show_notice() -> None:
    """Tell what the last addition or move did, once."""
    if message := st.session_state.pop(NOTICE_KEY, None):
        st.success(message)


def keep_pick(order: list[str], wanted: str | None) -> None:
    """Hand the picked event back to the picker by id on every run: the one asked for, else the one picked, else
    (it was removed) the next one in the queue as last shown, else the first.

    The browser names a pick by its label, which a save (this session's or another's) changes: a label the page no
    longer shows would reset the picker to the first event, and the analyst's next save would be lost on another form.
    """
    chosen, shown = st.session_state.get(CHOSEN_KEY), st.session_state.get(ORDER_KEY, [])
    after = shown[shown.index(chosen) + 1:] if chosen in shown else []
    pick = next((i for i in (wanted, chosen, *after) if i in order), order[0])
    st.session_state[CHOSEN_KEY], st.session_state[ORDER_KEY] = pick, order


def around(order: list[str], event_id: str, size: int = PICKER_SIZE) -> list[str]:
    """The part of the queue the picker lists: `size` events from a little before the picked one (Previous and Next
    walk the whole queue)."""
    start = max(0, min(order.index(event_id) - size // 4, len(order) - size))
    return order[start:start + size]


def step(order: list[str], offset: int) -> None:
    """Pick the event `offset` places away in the queue as the page showed it (before a save reordered it)."""
    chosen = st.session_state.get(CHOSEN_KEY)
    index = order.index(chosen) + offset if chosen in order else 0
    st.session_state[CHOSEN_KEY] = order[min(max(index, 0), len(order) - 1)]


def queue_controls(order: list[str], event_id: str, reason: str) -> None:
    """Previous and Next (keys P and N), and where the event stands in the queue and why."""
    index = order.index(event_id)
    back, where, forward = st.columns([1, 4, 1], vertical_alignment="center")
    back.button("Previous", icon=":material/arrow_back:", on_click=step, args=(order, -1), shortcut="P",
                disabled=index == 0, width="stretch", help="The event before this one in the queue (key P)")
    where.caption(f"{index + 1} of {len(order)} in the queue · {reason}")
    forward.button("Next", icon=":material/arrow_forward:", on_click=step, args=(order, 1), shortcut="N",
                   disabled=index == len(order) - 1, width="stretch",
                   help="The event after this one in the queue (key N)")
