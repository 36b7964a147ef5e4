"""The analyst's corrections laid over the machine's analyses: date, place, type, actors, removal, merging, and
events the machine missed."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from core.event_ids import normalised
from core.model import Analysis, Event, EventDate, Mention, PlaceMention
from core.timevalues import interval_of

ANALYST = "analyst"
LOST_MERGE = "the event it was merged into is gone too"
ADDED = "added"  # an event the analyst added: the field holds its sentence's {"start", "end"} in its document


@dataclass(frozen=True)
class Correction:
    """One stored correction: the event it was made on, what it changes, and that event's text to find it again."""

    event_id: str
    document_id: str
    fields: dict = field(default_factory=dict)
    anchor: str = ""  # the event's evidence text when the analyst corrected it
    revision: int = 0  # the case revision of its last save; 0 for no correction


@dataclass(frozen=True)
class Orphan:
    """A correction whose event no longer exists after re-analysis, and why it could not be re-attached."""

    correction: Correction
    reason: str


class CorrectionConflict(Exception):
    """Another session changed the correction since this one read it; `current` is what it saved (None: removed)."""

    def __init__(self, current: Correction | None) -> None:
        super().__init__("the correction was changed by another session")
        self.current = current


def corrected_date(value: str) -> EventDate:
    """An analyst's date ('2023-09-13', '2023-09', '2023') with the interval it covers."""
    start, end, precision = interval_of(value)
    if start is None:
        raise ValueError(f"'{value}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    return EventDate(value=value, start=start, end=end, precision=precision, origin=ANALYST, text=value)


def corrected_place(fields: dict, evidence_start: int) -> PlaceMention:
    """An analyst's place: a name with coordinates, checked to be given and to lie on the globe."""
    if not str(fields.get("name") or "").strip() or fields.get("lat") is None or fields.get("lon") is None:
        raise ValueError("a place needs its name, latitude and longitude; none is assumed")
    lat, lon = float(fields["lat"]), float(fields["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"({lat}, {lon}) is not on the globe: latitude -90..90, longitude -180..180")
    return PlaceMention(start=evidence_start, end=evidence_start, text=fields.get("name", ""),
                        name=fields.get("name", ""), lat=lat, lon=lon, country_code=fields.get("country_code", ""),
                        feature_class=fields.get("feature_class", ""), precision="exact", confidence=1.0,
                        source=ANALYST, reason="set by the analyst")


def validate(fields: dict) -> None:
    """Refuse a correction that could not be applied, before it is stored."""
    if fields.get("date"):
        corrected_date(fields["date"])
    if fields.get("place"):
        corrected_place(fields["place"], 0)
    if "merged_into" in fields and not (isinstance(fields["merged_into"], str) and fields["merged_into"]):
        raise ValueError("an event can only be merged into another event")
    if ADDED in fields:
        span = fields[ADDED]
        if not (isinstance(span, dict) and set(span) == {"start", "end"}
                and all(isinstance(span[k], int) and not isinstance(span[k], bool) for k in span)
                and 0 <= span["start"] < span["end"]):
            raise ValueError("an added event needs the start and end of its sentence")
        if not fields.get("type"):
            raise ValueError("an added event needs a type")


def describe(fields: dict) -> str:
    """A correction in a few words, to show what another session saved."""
    if not fields:
        return "the machine's reading (no correction)"
    parts = ["removed"] if fields.get("deleted") else []
    parts += ["added by the analyst"] if fields.get(ADDED) else []
    parts += [f"date {fields['date']}"] if fields.get("date") else []
    parts += [f"place {fields['place'].get('name') or 'unnamed'}"] if fields.get("place") else []
    parts += [f"type {fields['type']}"] if fields.get("type") else []
    parts += [f"actors {', '.join(fields['actors']) or 'none'}"] if "actors" in fields else []
    parts += ["merged into another event"] if fields.get("merged_into") else []
    return "; ".join(parts)


def event_texts(analysis: Analysis, event: Event) -> list[str]:
    """What identifies an event in its document: its evidence and every span telling it, normalised."""
    texts = [analysis.document.text[m.start:m.end] for m in event.spans()] + [event.text]
    return [text for text in map(normalised, texts) if text]


def holds(anchor: str, texts: list[str]) -> bool:
    """Whether the anchor lies in one of the texts, or one of them in the anchor."""
    anchor = normalised(anchor)
    return bool(anchor) and any(anchor in text or text in anchor for text in texts)


def legacy_offset(event_id: str) -> int | None:
    """The sentence start of an id made before ids were stable ('document:1037'), when it is one."""
    suffix = event_id.rpartition(":")[2]
    return int(suffix) if suffix.isdigit() else None


def find_event(analysis: Analysis | None, event_id: str, anchor: str, taken: set[str]) -> Event | None:
    """The one free event of the document told by the anchor (or, lacking one, at the old id's offset)."""
    if analysis is None:
        return None
    offset = None if anchor else legacy_offset(event_id)
    found = [e for e in analysis.events if e.id not in taken and (
        holds(anchor, event_texts(analysis, e)) if anchor
        else offset is not None and any(m.start <= offset < m.end for m in e.spans()))]
    return found[0] if len(found) == 1 else None


def added_id(document_id: str, start: int, taken: set[str]) -> str:
    """The id of an event the analyst adds at a sentence: never a machine's id, '-2'… for another one there."""
    candidate, repeat = f"{document_id}:added-{start}", 1
    while candidate in taken:
        repeat += 1
        candidate = f"{document_id}:added-{start}-{repeat}"
    return candidate


def added_fits(text: str, fields: dict, anchor: str) -> bool:
    """Whether an added event's sentence lies in its document's text and still reads as the anchor kept with it."""
    span = fields[ADDED]
    return span["end"] <= len(text) and normalised(text[span["start"]:span["end"]]) == normalised(anchor)


def added_event(analysis: Analysis, event_id: str, fields: dict) -> Event:
    """An event the machine missed, as the analyst told it: its sentence, type, actors, place and date."""
    start, end = fields[ADDED]["start"], fields[ADDED]["end"]
    return Event(id=event_id, start=start, end=end, text=analysis.document.text[start:end],
                 document_id=analysis.document.id, type=fields["type"], actors=list(fields.get("actors", [])),
                 place=corrected_place(fields["place"], start) if fields.get("place") else None,
                 date=corrected_date(fields["date"]) if fields.get("date") else None, confidence=1.0,
                 mentions=[Mention(start, end)])


def attach(rows: list[Correction], analyses: list[Analysis]) -> tuple[dict[str, Correction], list[Orphan]]:
    """Each correction on its event: by id, else re-attached by its anchor; an added event on its own sentence; the
    ones that fit no event, reported."""
    by_document = {a.document.id: a for a in analyses}
    existing = {e.id for a in analyses for e in a.events} | {
        row.event_id for row in rows if ADDED in row.fields and row.document_id in by_document
        and added_fits(by_document[row.document_id].document.text, row.fields, row.anchor)}
    attached = {row.event_id: row for row in rows if row.event_id in existing}
    orphans: list[Orphan] = []
    for row in sorted((r for r in rows if r.event_id not in existing), key=lambda r: r.revision):
        event = None if ADDED in row.fields else find_event(by_document.get(row.document_id), row.event_id,
                                                             row.anchor, set(attached))
        if event is None:
            lost = "its sentence is not in its document any more" if ADDED in row.fields \
                else "no event of its document tells this text any more"
            orphans.append(Orphan(row, lost if row.document_id in by_document else "its document is not in the case"))
        else:
            attached[event.id] = row
    moved = {row.event_id: event_id for event_id, row in attached.items() if row.event_id != event_id}
    for event_id, row in list(attached.items()):
        target = row.fields.get("merged_into")
        if not target or target in existing:
            continue
        found = moved.get(target) or getattr(find_event(by_document.get(target.partition(":")[0]), target,
                                                        row.fields.get("merged_into_anchor", ""), set()), "id", None)
        if found is None:
            del attached[event_id]
            orphans.append(Orphan(row, LOST_MERGE))
        else:
            attached[event_id] = replace(row, fields={**row.fields, "merged_into": found})
    return attached, orphans


def merge_targets(corrections: dict[str, dict]) -> dict[str, str]:
    """Which event the analyst merged each event into (the same happening, told twice), by event id."""
    return {event_id: fields["merged_into"] for event_id, fields in corrections.items() if fields.get("merged_into")}


def apply_corrections(analysis: Analysis, corrections: dict[str, dict]) -> Analysis:
    """The analysis as the analyst sees it: corrected events changed, removed ones gone, added ones there; the cache
    untouched."""
    mine = {e.id: corrections[e.id] for e in analysis.events if e.id in corrections}
    added = [added_event(analysis, event_id, fields) for event_id, fields in corrections.items()
             if ADDED in fields and not fields.get("deleted") and event_id.partition(":")[0] == analysis.document.id]
    if not mine and not added:
        return analysis
    result = copy.copy(analysis)
    result.events = []
    for event in analysis.events:
        fields = mine.get(event.id)
        if fields is None:
            result.events.append(event)
            continue
        if fields.get("deleted"):
            continue
        event = copy.deepcopy(event)
        if "type" in fields:
            event.type = fields["type"]
        if "actors" in fields:
            event.actors = list(fields["actors"])
        if fields.get("date"):
            event.date = corrected_date(fields["date"])
        if fields.get("place"):
            event.place = corrected_place(fields["place"], event.start)
        event.confidence = 1.0
        result.events.append(event)
    result.events += added
    return result
