"""A multiselect over many options (a case's 10,000 documents, its thousands of actors) that sends the browser the
options a search finds, not every one: the browser lists what the analyst looks for and stays quick."""
from __future__ import annotations

from collections.abc import Callable

from streamlit.delta_generator import DeltaGenerator

MOST_LISTED = 300  # options a multiselect lists whole; past this, a search box narrows them first


def matching(options: list[str], text: str, format_func: Callable[[str], str]) -> list[str]:
    """The options whose label or value holds the text, whatever its case, at most MOST_LISTED of them."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = (option for option in options if needle in format_func(option).casefold() or needle in option.casefold())
    return [option for _, option in zip(range(MOST_LISTED), found)]


def searchable_multiselect(area: DeltaGenerator, label: str, options: list[str], default: list[str], noun: str,
                           format_func: Callable[[str], str] = str) -> list[str]:
    """A multiselect over the options; past MOST_LISTED of them, it lists the chosen ones and those a search box
    above it finds. Returns the chosen options."""
    if len(options) <= MOST_LISTED:
        return area.multiselect(label, options, default=default, format_func=format_func)
    text = area.text_input(f"Find {noun}", key=f"find_{noun}", placeholder=f"a word of their name ({len(options):,})")
    listed = list(dict.fromkeys([*default, *matching(options, text, format_func)]))
    return area.multiselect(label, listed, default=default, format_func=format_func,
                            placeholder=f"search above to list {noun}" if not text.strip() else f"choose {noun}",
                            help=f"{len(options):,} {noun} in the case: the search box lists those holding its "
                            f"words (up to {MOST_LISTED}).")
