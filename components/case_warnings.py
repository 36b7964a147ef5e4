"""What the analysis warned of, each once: a big case's warnings fold into one box instead of pushing the map down."""
from __future__ import annotations

import streamlit as st

from components.safe_text import plain

MOST_SHOWN_OPEN = 3  # past this many distinct warnings, they fold into one expander
MOST_LISTED = 200  # warnings listed in it; the count says how many there are


def show_warnings(warnings: tuple[str, ...]) -> None:
    """Each distinct warning once; many of them folded under a count."""
    distinct = list(dict.fromkeys(warnings))
    if len(distinct) <= MOST_SHOWN_OPEN:
        for warning in distinct:
            st.warning(plain(warning), icon=":material/warning:")
        return
    with st.expander(f":material/warning: {len(distinct):,} warnings from the analysis of the articles"):
        st.markdown("\n".join(f"- {plain(warning)}" for warning in distinct[:MOST_LISTED]))
        if len(distinct) > MOST_LISTED:
            st.caption(f"… and {len(distinct) - MOST_LISTED:,} more.")
