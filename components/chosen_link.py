"""The events chosen on the map, and those picked on the timeline or in the table, kept in the page's link so a
shared link opens on the same selection (the filters and the brushed range have parameters of their own)."""
from __future__ import annotations

import streamlit as st

from components.filters import LIST_SEPARATOR, write_params

MAP_PARAM, EVENTS_PARAM = "map", "events"  # event ids: chosen on the map (a place, a cluster), picked to be read
MOST_IN_LINK = 200  # ids a link holds at most (about 6 kB); a larger choice is not kept in it


def ids_param(ids: set[str]) -> str:
    """Chosen event ids as the link writes them, in a stable order; none when there are too many for a link."""
    return LIST_SEPARATOR.join(sorted(ids)) if len(ids) <= MOST_IN_LINK else ""


def ids_from_param(text: str) -> set[str]:
    """The event ids a link gives (ids no longer in the case simply choose nothing)."""
    return {i for i in text.split(LIST_SEPARATOR) if i}


def seed_choice(session_key: str, param: str) -> None:
    """A new session starts with the choice its link holds; later runs keep the session's own."""
    if session_key not in st.session_state:
        st.session_state[session_key] = ids_from_param(st.query_params.get(param, ""))


def write_choices(map_ids: set[str], picked: set[str]) -> None:
    """Put what is chosen now in the link."""
    write_params({MAP_PARAM: ids_param(map_ids), EVENTS_PARAM: ids_param(picked)}, (MAP_PARAM, EVENTS_PARAM))
