"""Filters shared by the map and the timeline, and the time range brushed on the timeline, kept in the URL so a
view can be shared as a link."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from components.option_search import searchable_multiselect
from core.vocabulary import SHOWN_STATUSES, STATUSES

LIST_SEPARATOR = "|"  # never inside a type, an actor or a document id (a hex content hash)
FILTER_PARAMS = ("from", "to", "types", "actors", "documents", "place", "confidence", "status")
RANGE_PARAM, RANGE_SEPARATOR = "range", ".."  # the brushed days, both included: range=2023-09-12..2023-09-13
BRUSH, BRUSH_SLIDER = "time_brush", "time_brush_slider"  # session keys: the brushed range, the control under the chart
SLIDER_DAYS = (dt.date(1700, 1, 1), dt.date(2250, 12, 31))  # what Streamlit's slider holds (microseconds since
# 1970 in a JavaScript number)


@dataclass
class EventFilter:
    """What the analyst narrowed the case to; empty means everything."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # document ids: titles may hold commas and repeat
    place: str = ""
    min_confidence: float = 0.0
    statuses: list[str] = field(default_factory=lambda: list(SHOWN_STATUSES))

    def to_params(self) -> dict[str, str]:
        """The filter as URL query parameters (only what is set)."""
        params = {"from": self.date_from.isoformat() if self.date_from else "",
                  "to": self.date_to.isoformat() if self.date_to else "",
                  "types": LIST_SEPARATOR.join(self.types), "actors": LIST_SEPARATOR.join(self.actors),
                  "documents": LIST_SEPARATOR.join(self.documents), "place": self.place,
                  "confidence": f"{self.min_confidence:g}" if self.min_confidence else "",
                  "status": "" if self.statuses == list(SHOWN_STATUSES) else LIST_SEPARATOR.join(self.statuses)}
        return {k: v for k, v in params.items() if v}

    @classmethod
    def from_params(cls, params: dict[str, str]) -> EventFilter:
        """A filter from URL query parameters; anything unreadable is ignored rather than fatal."""
        def day(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(params[key]) if params.get(key) else None
            except ValueError:
                return None

        def items(key: str) -> list[str]:
            return [v for v in params.get(key, "").split(LIST_SEPARATOR) if v]

        try:
            confidence = min(max(float(params.get("confidence", 0) or 0), 0.0), 1.0)
        except ValueError:
            confidence = 0.0
        statuses = [s for s in items("status") if s in STATUSES] or list(SHOWN_STATUSES)
        return cls(day("from"), day("to"), items("types"), items("actors"), items("documents"),
                   params.get("place", ""), confidence, statuses)


@dataclass(frozen=True)
class TimeRange:
    """A stretch of whole days brushed on the timeline, both ends included."""

    first: dt.date
    last: dt.date

    def bounds(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """The range as moments: the first day's start, the day after the last's start."""
        return pd.Timestamp(self.first), pd.Timestamp(self.last) + pd.Timedelta(days=1)

    def to_param(self) -> str:
        """The range as the link writes it."""
        return f"{self.first.isoformat()}{RANGE_SEPARATOR}{self.last.isoformat()}"

    @classmethod
    def from_param(cls, text: str) -> TimeRange | None:
        """The range a link gives; None when it gives none or an unreadable one."""
        try:
            first, last = (dt.date.fromisoformat(day) for day in text.split(RANGE_SEPARATOR))
        except ValueError:
            return None
        return cls(first, last) if first <= last else None

    @classmethod
    def from_box(cls, xs: list) -> TimeRange | None:
        """The days a box drawn on the time axis covers (Plotly gives its edges as dates, or milliseconds)."""
        try:
            moments = [pd.Timestamp(x) if isinstance(x, str) else pd.Timestamp(x, unit="ms") for x in xs]
        except ValueError:
            return None
        if len(moments) < 2:
            return None
        start, end = min(moments), max(moments)
        return cls(start.date(), max(start, end - pd.Timedelta(1)).date())  # an edge at midnight ends the day before


def overlapping(events: pd.DataFrame, start: pd.Timestamp | None, end: pd.Timestamp | None) -> pd.Series:
    """Which events' dates meet [start, end): a span counts when any part of it does; undated ones never do."""
    keep = pd.Series(True, index=events.index)
    if start is not None:
        keep &= (events["date_end"] > start) | (events["date_end"].isna() & (events["date_start"] >= start))
    if end is not None:
        keep &= events["date_start"] < end
    return keep


def apply_filter(events: pd.DataFrame, chosen: EventFilter) -> pd.DataFrame:
    """The events that pass the filter; undated events pass a date filter only when it is unset."""
    keep = pd.Series(True, index=events.index)
    if chosen.date_from or chosen.date_to:
        keep &= overlapping(events, pd.Timestamp(chosen.date_from) if chosen.date_from else None,
                            pd.Timestamp(chosen.date_to) + pd.Timedelta(days=1) if chosen.date_to else None)
    if chosen.types:
        keep &= events["type"].isin(chosen.types)
    if chosen.actors:
        keep &= events["actors"].map(lambda names: bool(set(names.split(", ")) & set(chosen.actors)))
    if chosen.documents:
        keep &= events["document_titles"].map(lambda titles: not titles.keys().isdisjoint(chosen.documents))
    if chosen.place:
        keep &= events["place"].str.contains(chosen.place, case=False, regex=False)
    if chosen.min_confidence:
        keep &= events["confidence"] >= chosen.min_confidence
    keep &= events["status"].isin(chosen.statuses)
    return events[keep]


@dataclass(frozen=True)
class FilterChoices:
    """What the filters offer: the case's types, actors and documents (titles by id, and the titles several share)."""

    types: list[str]
    actors: list[str]
    titles: dict[str, str]
    repeated: set[str]
    documents: list[str]


def choices_of(events: pd.DataFrame) -> FilterChoices:
    """The filters' choices of these events (the rows of one happening's documents share one dict of titles: each is
    read once)."""
    actors = sorted({a for names in events["actors"].unique().tolist() for a in names.split(", ") if a})
    shared = {id(by_id): by_id for by_id in events["document_titles"].tolist()}
    titles = {i: t for by_id in shared.values() for i, t in by_id.items()}
    repeated = {t for t, count in Counter(titles.values()).items() if count > 1}
    return FilterChoices(sorted(events["type"].unique()), actors, titles, repeated,
                         sorted(titles, key=lambda i: (titles[i], i)))


@st.cache_resource(show_spinner=False, max_entries=2)
def kept_choices(source: str, _events: pd.DataFrame) -> FilterChoices:
    """The filters' choices of one revision's table (`source`), made once: 40,000 rows are read for them."""
    return choices_of(_events)


def filter_controls(events: pd.DataFrame, source: str = "") -> EventFilter:
    """The filter widgets, starting from the URL and writing back to it (`source`: the case and revision the events
    were read at, which keeps their choices across reruns)."""
    start = EventFilter.from_params(dict(st.query_params))
    choices = kept_choices(source, events) if source else choices_of(events)
    titles, repeated = choices.titles, choices.repeated
    with st.expander("Filters (shared by the map and the timeline, kept in the page's link)",
                     expanded=bool(start.to_params())):
        left, middle, right = st.columns(3)
        date_from = left.date_input("From", value=start.date_from, format="YYYY-MM-DD")
        date_to = left.date_input("To", value=start.date_to, format="YYYY-MM-DD")
        types = middle.multiselect("Event types", choices.types,
                                   default=[t for t in start.types if t in choices.types])
        known_actors = set(choices.actors)
        actors = searchable_multiselect(middle, "Actors", choices.actors,
                                        [a for a in start.actors if a in known_actors], "actors")
        documents = searchable_multiselect(
            right, "Documents", choices.documents, [d for d in start.documents if d in titles], "documents",
            format_func=lambda i: f"{titles[i]} ({i[:6]})" if titles[i] in repeated else titles[i])
        place = right.text_input("Place contains", value=start.place)
        confidence = right.slider("Minimum confidence", 0.0, 1.0, value=start.min_confidence, step=0.1)
        statuses = left.multiselect("Status (denied and hypothetical happenings are hidden unless chosen)",
                                    list(STATUSES), default=start.statuses)
    chosen = EventFilter(date_from, date_to, types, actors, documents, place.strip(), confidence,
                         statuses or list(SHOWN_STATUSES))
    write_params(chosen.to_params(), FILTER_PARAMS)
    return chosen


def write_params(params: dict[str, str], owned: Iterable[str]) -> None:
    """Put a control's parameters in the link, leaving other controls' parameters as they are."""
    for key in owned:
        if params.get(key) and st.query_params.get(key) != params[key]:
            st.query_params[key] = params[key]
        elif not params.get(key) and key in st.query_params:
            del st.query_params[key]


def current_brush() -> TimeRange | None:
    """The brushed time range: this session's, else the one its link opened with."""
    if BRUSH not in st.session_state:
        st.session_state[BRUSH] = TimeRange.from_param(st.query_params.get(RANGE_PARAM, ""))
    return st.session_state[BRUSH]


def set_brush(brushed: TimeRange | None) -> None:
    """Brush a time range, or clear it with None."""
    st.session_state[BRUSH] = brushed


def brush_from_chart(chart_key: str) -> None:
    """A box drawn across the timeline brushes the days it covers (a click on an event chooses it, not a range)."""
    state = st.session_state.get(chart_key) or {}
    boxes = (state.get("selection") or {}).get("box") or []
    brushed = TimeRange.from_box(boxes[-1].get("x", [])) if boxes else None
    if brushed:
        set_brush(brushed)


def brush_from_slider(low: dt.date, high: dt.date) -> None:
    """The range control moved: its days are the brush, or none when it spans the whole axis."""
    first, last = st.session_state[BRUSH_SLIDER]
    set_brush(None if (first, last) == (low, high) else TimeRange(first, last))


def brush_controls(window: tuple[dt.date, dt.date] | None) -> None:
    """The range control under the timeline (over the days it draws), the button that clears the brush, and the
    brush written to the link."""
    brushed = current_brush()
    left, right = st.columns([2.4, 1], vertical_alignment="bottom")
    if window:
        low, high = (min(window[0], brushed.first), max(window[1], brushed.last)) if brushed else window
        low, high = max(low, SLIDER_DAYS[0]), min(high, SLIDER_DAYS[1])
        st.session_state[BRUSH_SLIDER] = ((min(max(brushed.first, low), high), max(min(brushed.last, high), low))
                                          if brushed else (low, high))
        left.slider("Time range on the map and in the table", min_value=low, max_value=high,
                    step=dt.timedelta(days=1), format="YYYY-MM-DD", key=BRUSH_SLIDER,
                    on_change=brush_from_slider, args=(low, high))
    right.button("Clear range", icon=":material/close:", on_click=set_brush, args=(None,),
                 disabled=brushed is None, width="stretch")
    write_params({RANGE_PARAM: brushed.to_param() if brushed else ""}, (RANGE_PARAM,))
