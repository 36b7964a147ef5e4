"""A page's link kept for the session: Streamlit empties the URL's parameters on a move to another page, so Explore's
filters, brushed range and choices would be lost on a visit to Review; the page gets them back on its return."""
from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

SHOWN, ARRIVED, SAVED = "page_shown", "page_arrived", "page_links"  # session keys


def enter(page: str) -> None:
    """Note the page this run shows, and whether the session has just come to it from another page."""
    st.session_state[ARRIVED] = st.session_state.get(SHOWN) not in (None, page)
    st.session_state[SHOWN] = page


def restore_link(page: str, params: Iterable[str]) -> None:
    """On a return from another page with a link that names none of the page's parameters, put back the ones it
    last had (a link that names some, shared or opened from a card, is followed as it is)."""
    owned = list(params)
    saved = st.session_state.get(SAVED, {}).get(page, {})
    if st.session_state.get(ARRIVED) and saved and not any(key in st.query_params for key in owned):
        for key, value in saved.items():
            st.query_params[key] = value


def remember_link(page: str, params: Iterable[str]) -> None:
    """Keep the page's parameters as its run leaves them, for the session's return to it."""
    st.session_state.setdefault(SAVED, {})[page] = {key: st.query_params[key] for key in params
                                                    if key in st.query_params}
