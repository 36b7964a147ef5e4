"""Review: check an event against its sentence and correct its date, place, type or actors, remove it, or merge it."""
from __future__ import annotations

import streamlit as st

from components.case_state import case_analyses, case_store
from components.evidence import render_evidence
from extractors.model import Analysis, Candidate, Event
from extractors.plover import PLOVER_TRIGGERS
from store.case import CaseStore
from store.corrections import merge_targets, validate

EVENT_TYPES = [*PLOVER_TRIGGERS, "OTHER"]
KEEP, CUSTOM = "(keep the current place)", "Other coordinates…"


def label(event: Event) -> str:
    """How an event is listed: date, type, place, the start of its sentence."""
    when = event.date.value if event.date else "no date"
    where = (event.place.name or event.place.text) if event.place else "no place"
    return f"{when} · {event.type} · {where} · {' '.join(event.text.split())[:70]}"


def place_options(analysis: Analysis, event: Event) -> dict[str, Candidate]:
    """Places the analyst can pick: the geocoder's runners-up, then every place the document names."""
    options: dict[str, Candidate] = {}
    for candidate in event.place.alternatives if event.place else []:
        why = f": {candidate.reason}" if candidate.reason else ""
        options[f"{candidate.name} ({candidate.country_code}, {candidate.feature_class}) — runner-up, score "
                f"{candidate.score:.2f}{why}"] = candidate
    for place in analysis.places:
        if place.resolved:
            key = f"{place.name} ({place.country_code}, {place.feature_class}) — named in the article"
            options.setdefault(key, Candidate(name=place.name, lat=place.lat, lon=place.lon,
                                              country_code=place.country_code, feature_class=place.feature_class))
    return options


def correction_form(analysis: Analysis, event: Event) -> dict | None:
    """The form; returns the correction's fields when the analyst saves it."""
    options = place_options(analysis, event)
    with st.form(f"correct-{event.id}"):
        event_type = st.selectbox("Type", EVENT_TYPES,
                                  index=EVENT_TYPES.index(event.type) if event.type in EVENT_TYPES else len(EVENT_TYPES) - 1)
        actors = st.text_input("Actors (comma-separated)", value=", ".join(event.actors))
        date = st.text_input("Date (YYYY-MM-DD, YYYY-MM or YYYY)", value=event.date.value if event.date else "")
        place = st.selectbox("Place", [KEEP, *options, CUSTOM])
        name_column, lat_column, lon_column = st.columns(3)
        name = name_column.text_input("Place name (for other coordinates)")
        lat = lat_column.number_input("Latitude", min_value=-90.0, max_value=90.0, value=0.0, format="%.4f")
        lon = lon_column.number_input("Longitude", min_value=-180.0, max_value=180.0, value=0.0, format="%.4f")
        deleted = st.checkbox("Remove this event (not an event, or told elsewhere)")
        if not st.form_submit_button("Save correction", type="primary"):
            return None
    fields: dict = {"type": event_type, "actors": [a.strip() for a in actors.split(",") if a.strip()],
                    "date": date.strip() or None, "deleted": deleted}
    if place == CUSTOM:
        fields["place"] = {"name": name or "analyst's place", "lat": lat, "lon": lon}
    elif place != KEEP:
        chosen = options[place]
        fields["place"] = {"name": chosen.name, "lat": chosen.lat, "lon": chosen.lon,
                           "country_code": chosen.country_code, "feature_class": chosen.feature_class}
    return fields


def merge_section(store: CaseStore, analysis: Analysis, event: Event, labels: dict[str, Event],
                  corrections: dict[str, dict]) -> None:
    """Merge the event into another that tells the same happening, or separate it again."""
    mine = corrections.get(event.id, {})
    st.subheader("Same happening as another event?")
    if mine.get("merged_into"):
        target = next((text for text, other in labels.items() if other.id == mine["merged_into"]), mine["merged_into"])
        st.caption(f"Merged into: {target}. The map, the timeline and the exports show them as one event.")
        if st.button("Separate it again"):
            rest = {k: v for k, v in mine.items() if k != "merged_into"}
            if rest:
                store.save_correction(event.id, analysis.document.id, rest)
            else:
                store.drop_correction(event.id)
            st.rerun()
        return
    with st.form(f"merge-{event.id}"):
        others = [text for text, other in labels.items() if other.id != event.id]
        target = st.selectbox("Merge this event into", others, index=None, placeholder="the event it tells again")
        if st.form_submit_button("Merge") and target:
            store.save_correction(event.id, analysis.document.id, {**mine, "merged_into": labels[target].id})
            st.rerun()


st.title("Review")
store = case_store()
corrections = store.corrections()
pairs = sorted(((a, e) for a in case_analyses() for e in a.events),
               key=lambda pair: (pair[1].date.start or "") if pair[1].date else "~")
if not pairs:
    st.info("No events yet: add articles in the Library.")
    st.stop()
merged = merge_targets(corrections)
labels = {label(e) + ("  ✎" if e.id in corrections else "") + ("  ⇄" if e.id in merged else ""): (a, e)
          for a, e in pairs}
chosen_label = st.selectbox(f"Event ({len(pairs)} in the case; ✎ = corrected by you, ⇄ = merged into another)",
                            list(labels))
analysis, event = labels[chosen_label]
with st.container(border=True):
    render_evidence(analysis, event)
fields = correction_form(analysis, event)
if fields is not None:
    try:
        validate(fields)
    except ValueError as error:
        st.error(f"Not saved: {error}")
    else:  # laid over what the analyst corrected before, so a merge or an earlier place is kept
        store.save_correction(event.id, analysis.document.id, {**corrections.get(event.id, {}), **fields})
        st.success("Saved. The map, the timeline and the exports use your correction; it survives re-analysis.")
if event.id in corrections and st.button("Back to the machine's reading"):
    store.drop_correction(event.id)
    st.rerun()
merge_section(store, analysis, event, {text: e for text, (_, e) in labels.items()}, corrections)

removed = {k: v for k, v in corrections.items() if v.get("deleted")}
if removed:
    with st.expander(f"Removed events ({len(removed)})"):
        for event_id in removed:
            if st.button(f"Restore {event_id}", key=f"restore-{event_id}"):
                store.drop_correction(event_id)
                st.rerun()
