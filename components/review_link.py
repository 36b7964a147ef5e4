"""Which event Review is on, kept in the page's link: an evidence card opens Review on its event, and the link can be
shared or reloaded on that event."""
from __future__ import annotations

import streamlit as st

REVIEW_PAGE = "app_pages/review.py"
EVENT_PARAM = "event"
CHOSEN_KEY = "review_event"  # the event picker's key: the event Review shows
LINKED_KEY = "review_linked"  # the event this session last wrote into the link


def open_in_review(event_id: str) -> None:
    """Switch to Review on this event."""
    st.switch_page(REVIEW_PAGE, query_params={EVENT_PARAM: event_id})


def show_in_review(event_id: str) -> None:
    """Redraw Review on this event (one the analyst just added)."""
    st.session_state.pop(LINKED_KEY, None)
    st.query_params[EVENT_PARAM] = event_id
    st.rerun()


def event_from_link() -> str | None:
    """The event the link names when it is not the one this session wrote there: a link opened, Open in Review."""
    wanted = st.query_params.get(EVENT_PARAM)
    return wanted if wanted and wanted != st.session_state.get(LINKED_KEY) else None


def link_to(event_id: str) -> None:
    """Name the event shown in the link, so a reload or a shared link opens on it."""
    st.query_params[EVENT_PARAM] = event_id
    st.session_state[LINKED_KEY] = event_id
