"""Review: walk the queue of events the machine is least sure of, check each against its sentence and correct its
date, place, type or actors, remove it, or merge it; add an event the machine missed; move every event at a place.

Every choice is kept by event id, and every save is checked against the revision the analyst saw, so a
correction never lands on another event and another session's save is never overwritten unseen.
"""
from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import streamlit as st

from components.add_event import add_event_section
from components.case_state import case_corrections, case_store, case_table, happening, review_table
from components.event_frame import Cluster
from components.evidence import render_evidence
from components.move_place import move_section
from components.review_link import CHOSEN_KEY, event_from_link, link_to
from components.review_queue import around, keep_pick, queue_controls, show_notice, tellings_at
from components.safe_text import one_line, plain
from core.model import Analysis, Candidate, Event
from extractors.event_lexicon import event_types
from store.case import CaseStore
from store.corrections import ADDED, LOST_MERGE, Correction, CorrectionConflict, Orphan, describe, validate
from store.event_table import title_of
from store.review_queue import queue_reason, review_queue

EVENT_TYPES = event_types()
KEEP, CUSTOM = "(keep the current place)", "Other coordinates…"
SEEN_KEY = "review_seen"  # event id -> the correction revision its form last showed
SHOWN_KEY = "review_shown"  # event id -> its correction as the page last showed it (what a move is checked against)
TELLING_KEY = "review_telling"  # which telling of a happening told several times the form corrects
MERGE_TARGETS = 200  # happenings the merge picker lists at most


def label(row: pd.Series) -> str:
    """How a happening is listed: date, type, place, the start of its sentence."""
    return (f"{row['date_value'] or 'no date'} · {row['type']} · {row['place'] or 'no place'} · "
            f"{' '.join(row['sentence'].split())[:70]}")


def labels(table: pd.DataFrame, ids: list[str], row_of: dict[str, int]) -> dict[str, str]:
    """The labels of these happenings (a page of the queue, not the case), with the id where two read alike (wire
    copies): the browser names a pick by its label."""
    texts = {event_id: label(table.iloc[row_of[event_id]]) for event_id in ids}
    counts = Counter(texts.values())
    return {event_id: text if counts[text] == 1 else f"{text} · {event_id}" for event_id, text in texts.items()}


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
        known = EVENT_TYPES.index(event.type) if event.type in EVENT_TYPES else len(EVENT_TYPES) - 1
        event_type = st.selectbox("Type", EVENT_TYPES, index=known)
        actors = st.text_input("Actors (comma-separated)", value=", ".join(event.actors))
        date = st.text_input("Date (YYYY-MM-DD, YYYY-MM or YYYY)", value=event.date.value if event.date else "")
        place = st.selectbox("Place", [KEEP, *options, CUSTOM])
        name_column, lat_column, lon_column = st.columns(3)
        name = name_column.text_input("Place name (for other coordinates)")
        lat = lat_column.number_input("Latitude", min_value=-90.0, max_value=90.0, value=None, format="%.4f")
        lon = lon_column.number_input("Longitude", min_value=-180.0, max_value=180.0, value=None, format="%.4f")
        deleted = st.checkbox("Remove this event (not an event, or told elsewhere)")
        if not st.form_submit_button("Save correction", type="primary"):
            return None
    fields: dict = {"type": event_type, "actors": [a.strip() for a in actors.split(",") if a.strip()],
                    "date": date.strip() or None, "deleted": deleted}
    typed = bool(name.strip()) or lat is not None or lon is not None
    if place == CUSTOM or (place == KEEP and typed):  # typed coordinates are never ignored
        fields["place"] = {"name": name.strip(), "lat": lat, "lon": lon}
    elif place != KEEP:
        chosen = options[place]
        fields["place"] = {"name": chosen.name, "lat": chosen.lat, "lon": chosen.lon,
                           "country_code": chosen.country_code, "feature_class": chosen.feature_class}
    return fields


def seen_revision(event_id: str, current: Correction | None) -> int:
    """The revision of the event's correction the analyst saw when the form was last drawn; now it is this one."""
    seen = st.session_state.setdefault(SEEN_KEY, {})
    shown = current.revision if current else 0
    before, seen[event_id] = seen.get(event_id, shown), shown
    return before


def shown_corrections(attached: dict[str, Correction]) -> dict[str, Correction]:
    """The corrections as the page last showed them; from now on, these (a copy: the attachment is shared)."""
    before = st.session_state.get(SHOWN_KEY, attached)
    st.session_state[SHOWN_KEY] = dict(attached)
    return before


def show_conflict(error: CorrectionConflict) -> None:
    """Say that another session saved first, and what it saved; the form now shows it."""
    theirs = describe(error.current.fields) if error.current else "the machine's reading (correction undone)"
    st.error(f"Not saved: another session changed this event since you opened it. It now holds: {plain(theirs)}. "
             "The form shows their version; save again to replace it.")


def save(store: CaseStore, event: Event, current: Correction | None, fields: dict, seen: int) -> bool:
    """Store the event's corrected fields on the revision seen; False (and a message) on a conflict. An added event
    the analyst removes is gone, its correction with it."""
    saved, fields = True, {} if fields.get(ADDED) and fields.get("deleted") else fields
    try:
        revision = store.save_correction(event.id, event.document_id, fields, anchor=event.text, expected=seen,
                                         replaces=current.event_id if current else None) if fields else 0
        if not fields and current:
            store.drop_correction(current.event_id, expected=seen)
    except CorrectionConflict as error:
        show_conflict(error)
        saved, revision = False, error.current.revision if error.current else 0
    st.session_state[SEEN_KEY][event.id] = revision  # what the form shows from now on
    if saved and fields:  # what a move is checked against from now on
        st.session_state[SHOWN_KEY][event.id] = Correction(event.id, event.document_id, fields, event.text, revision)
    elif saved:
        st.session_state[SHOWN_KEY].pop(event.id, None)
    return saved


def merge_targets(table: pd.DataFrame, row: int) -> list[str]:
    """The happenings this one may tell again: every one in a small case; in a big one those of its day or at its
    place, the nearest in the table first (a few hundred, not 40,000)."""
    mine = table.iloc[row]
    near = table if len(table) <= MERGE_TARGETS else table[
        ((table["date_value"] == mine["date_value"]) & (mine["date_value"] != ""))
        | ((table["place"] == mine["place"]) & (mine["place"] != ""))]
    near = near[near["event_id"] != mine["event_id"]]
    closest = np.argsort(np.abs(near.index.to_numpy() - table.index[row]), kind="stable")[:MERGE_TARGETS]
    return near["event_id"].to_numpy()[closest].tolist()


def merge_section(store: CaseStore, event: Event, current: Correction | None, seen: int, table: pd.DataFrame,
                  row_of: dict[str, int]) -> None:
    """Merge the event into another that tells the same happening, or separate it again."""
    mine = current.fields if current else {}
    st.subheader("Same happening as another event?")
    if mine.get("merged_into"):
        into = mine["merged_into"]
        named = labels(table, [into], row_of)[into] if into in row_of else into
        st.caption(f"Merged into: {plain(named)}. The map, the timeline and the exports show them as one event.")
        if st.button("Separate it again"):
            rest = {k: v for k, v in mine.items() if k not in ("merged_into", "merged_into_anchor")}
            if save(store, event, current, rest, seen):
                st.rerun()
        return
    targets = merge_targets(table, row_of[event.id]) if event.id in row_of else []
    names = labels(table, targets, row_of)
    with st.form(f"merge-{event.id}"):
        target = st.selectbox("Merge this event into", targets, index=None, format_func=names.__getitem__,
                              key=f"merge-target-{event.id}", placeholder="the event it tells again",
                              help="In a big case, the events of its day or at its place, the nearest first.")
        if st.form_submit_button("Merge") and target:
            anchor = table["sentence"].iat[row_of[target]]
            fields = {**mine, "merged_into": target, "merged_into_anchor": anchor}
            if save(store, event, current, fields, seen):
                st.rerun()


def orphans_section(store: CaseStore, orphans: list[Orphan], table: pd.DataFrame, row_of: dict[str, int]) -> None:
    """Corrections whose event is gone after re-analysis: re-attach each to an event of its document, or drop it."""
    st.warning(f"{len(orphans)} corrections no longer attach to an event: re-attach or drop each.")
    for orphan in orphans:
        row = orphan.correction
        with st.container(border=True):
            st.markdown(f"**{plain(describe(row.fields))}** — made on “{plain(row.anchor or row.event_id)}”")
            st.caption(f"Why: {plain(orphan.reason)}.")
            same_document = table.loc[table["document_id"] == row.document_id, "event_id"].tolist()
            names = labels(table, same_document, row_of)
            target = st.selectbox("Re-attach to", same_document, index=None, key=f"reattach-{row.event_id}",
                                  format_func=names.__getitem__, placeholder="the event it was made on")
            attach_column, drop_column = st.columns(2)
            if attach_column.button("Re-attach", key=f"do-reattach-{row.event_id}",
                                    disabled=target is None or ADDED in row.fields):
                kept = {k: v for k, v in row.fields.items()
                        if orphan.reason != LOST_MERGE or k not in ("merged_into", "merged_into_anchor")}
                try:
                    store.save_correction(target, row.document_id, kept, anchor=table["sentence"].iat[row_of[target]],
                                          expected=row.revision, replaces=row.event_id)
                except CorrectionConflict:
                    st.error("Not re-attached: that event has a correction of its own, or this one changed.")
                else:
                    st.rerun()
            if drop_column.button("Drop", key=f"drop-orphan-{row.event_id}"):
                drop_unless_changed(store, row.event_id, row.revision)


def drop_unless_changed(store: CaseStore, event_id: str, revision: int) -> None:
    """Drop a correction unless another session changed it meanwhile (then say what it holds); redraw when gone."""
    try:
        store.drop_correction(event_id, expected=revision)
    except CorrectionConflict as error:
        show_conflict(error)
    else:
        st.rerun()


def telling_picker(cluster: Cluster, asked: str | None, corrected: set[str]) -> tuple[Analysis, Event]:
    """The telling of the happening whose form is shown: the one asked for (a link, a merge), else the one picked,
    else the first the analyst corrected, else the first; a happening told several times lets the analyst pick."""
    tellings = {event.id: (analysis, event) for analysis, event in cluster}
    if asked in tellings:
        st.session_state[TELLING_KEY] = asked
    elif st.session_state.get(TELLING_KEY) not in tellings:
        st.session_state[TELLING_KEY] = next((i for i in tellings if i in corrected), cluster[0][1].id)
    if len(tellings) > 1:
        st.selectbox(f"Told {len(tellings)} times: the telling to correct", list(tellings), key=TELLING_KEY,
                     format_func=lambda i: f"{one_line(title_of(tellings[i][0].document))} ({i.partition(':')[0][:6]})"
                     f" — {one_line(tellings[i][1].text)[:90]}")  # the document's id: wire copies read alike
    return tellings[st.session_state[TELLING_KEY]]


st.title("Review")
store = case_store()
case, older = review_table()  # the case's event table as it keeps it: no analysis read to queue a big case
wanted = event_from_link()
if older and wanted and wanted not in tellings_at(case.source, case.frame):  # added since: the table catches up
    case, older = case_table(), False
table = case.frame
row_of = tellings_at(case.source, table)
_, attached, orphans = case_corrections()
shown = shown_corrections(attached)
if orphans:
    orphans_section(store, orphans, table, row_of)
queue_area = st.container()
with queue_area:
    show_notice()
with st.expander("Add an event the machine missed"):
    add_event_section(store, {*attached, *(o.correction.event_id for o in orphans)})
if table.empty:
    queue_area.info("No events yet: add articles in the Library, or add an event the machine missed below.")
    st.stop()
with st.expander("Move every event at one place to another"):
    move_section(store, table, case.source, shown, st.session_state.setdefault(SEEN_KEY, {}))
order = review_queue(table, set(attached))
lead_of = {event_id: table["event_id"].iat[row_of[event_id]] for event_id in attached if event_id in row_of}
merged = {lead_of[i] for i in lead_of if attached[i].fields.get("merged_into")}
marks = {lead: "  ✎" + ("  ⇄" if lead in merged else "") for lead in lead_of.values()}  # by any of its tellings
picked = st.session_state.get(CHOSEN_KEY)
if picked in lead_of and lead_of[picked] != picked:  # merged: now told within another happening, shown there
    wanted = wanted or picked
if wanted and wanted not in row_of:
    queue_area.warning("The event this link names is not in the case any more (removed, or read otherwise after "
                       "re-analysis): here is the queue.")
keep_pick(order, table["event_id"].iat[row_of[wanted]] if wanted in row_of else None)
with queue_area:
    page = around(order, st.session_state[CHOSEN_KEY])
    names = labels(table, page, row_of)
    event_id = st.selectbox(
        f"Event ({len(order)} in the case, in queue order: no place, a country only, low confidence, type OTHER "
        "first; ✎ = corrected by you, ⇄ = merged into another"
        + (f"; {len(page)} listed around this one, Previous and Next walk them all)" if len(page) < len(order)
           else ")"),
        page, format_func=lambda i: names[i] + marks.get(i, ""), key=CHOSEN_KEY, persist_state="session")
    if older:
        st.caption("The queue is as the case stood before the latest changes (Explore brings it up to date); the "
                   "event below is read as the case holds it now.")
    queue_controls(order, event_id, queue_reason(table.iloc[row_of[event_id]], set(attached)))
    told = happening(table, event_id)  # read from its own documents, the corrections laid over
    if told is None:
        st.warning("This event is not in the case any more (removed), or reads otherwise now: go on with Next, or "
                   "open Explore to bring the queue up to date.")
        st.stop()
    analysis, event = telling_picker(told, wanted, set(attached))
    link_to(event.id)
    current = attached.get(event.id)
    seen = seen_revision(event.id, current)
    with st.container(border=True):
        render_evidence(analysis, event, review_button=False)
    fields = correction_form(analysis, event)
    if fields is not None:
        try:
            validate(fields)
        except ValueError as error:
            st.error(f"Not saved: {error}")
        else:  # laid over what the analyst corrected before, so a merge, an earlier place or an addition is kept
            if save(store, event, current, {**(current.fields if current else {}), **fields}, seen):
                st.success("Saved. The map, the timeline and the exports use your correction; it survives "
                           "re-analysis.")
    back = "Remove this added event" if current and ADDED in current.fields else "Back to the machine's reading"
    if current and st.button(back) and save(store, event, current, {}, seen):
        st.rerun()
    merge_section(store, event, current, seen, table, row_of)

removed = {i: row for i, row in attached.items() if row.fields.get("deleted")}
if removed:
    with st.expander(f"Removed events ({len(removed)})"):
        for removed_id, row in removed.items():
            told = plain(' '.join(row.anchor.split())[:80] or removed_id)
            if st.button(f"Restore “{told}”", key=f"restore-{removed_id}"):
                drop_unless_changed(store, row.event_id, row.revision)
