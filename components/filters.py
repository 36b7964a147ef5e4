"""Filters shared by the map and the timeline, kept in the URL so a view can be shared as a link."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

LIST_SEPARATOR = "|"  # never inside a type, an actor or a document id (a hex content hash)
STATUSES = ("asserted", "planned", "historical", "hypothetical", "negated")
SHOWN_STATUSES = ["asserted", "planned", "historical"]  # denied and hypothetical happenings are drawn when asked for


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
                  "status": "" if self.statuses == SHOWN_STATUSES else LIST_SEPARATOR.join(self.statuses)}
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


def apply_filter(events: pd.DataFrame, chosen: EventFilter) -> pd.DataFrame:
    """The events that pass the filter; undated events pass a date filter only when it is unset."""
    keep = pd.Series(True, index=events.index)
    if chosen.date_from:
        keep &= events["date_end"].fillna(events["date_start"]) > pd.Timestamp(chosen.date_from)
    if chosen.date_to:
        keep &= events["date_start"] < pd.Timestamp(chosen.date_to) + pd.Timedelta(days=1)
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


def filter_controls(events: pd.DataFrame) -> EventFilter:
    """The filter widgets, starting from the URL and writing back to it."""
    start = EventFilter.from_params(dict(st.query_params))
    known_actors = sorted({a for names in events["actors"] for a in names.split(", ") if a})
    titles = {i: t for by_id in events["document_titles"] for i, t in by_id.items()}
    repeated = {t for t, count in Counter(titles.values()).items() if count > 1}
    known_documents = sorted(titles, key=lambda i: (titles[i], i))
    with st.expander("Filters (shared by the map and the timeline, kept in the page's link)",
                     expanded=bool(start.to_params())):
        left, middle, right = st.columns(3)
        date_from = left.date_input("From", value=start.date_from, format="YYYY-MM-DD")
        date_to = left.date_input("To", value=start.date_to, format="YYYY-MM-DD")
        types = middle.multiselect("Event types", sorted(events["type"].unique()),
                                   default=[t for t in start.types if t in set(events["type"])])
        actors = middle.multiselect("Actors", known_actors, default=[a for a in start.actors if a in known_actors])
        documents = right.multiselect("Documents", known_documents,
                                      default=[d for d in start.documents if d in titles],
                                      format_func=lambda i: f"{titles[i]} ({i[:6]})" if titles[i] in repeated else titles[i])
        place = right.text_input("Place contains", value=start.place)
        confidence = right.slider("Minimum confidence", 0.0, 1.0, value=start.min_confidence, step=0.1)
        statuses = left.multiselect("Status (denied and hypothetical happenings are hidden unless chosen)",
                                    list(STATUSES), default=start.statuses)
    chosen = EventFilter(date_from, date_to, types, actors, documents, place.strip(), confidence,
                         statuses or list(SHOWN_STATUSES))
    if chosen.to_params() != start.to_params():
        st.query_params.from_dict(chosen.to_params())
    return chosen
