"""Every telling of the case's happenings as gathering them reads it (words, type, status, date, place, actors), kept
beside the event table: after a correction the happenings are gathered again from these and the few documents it
touched, not from every analysis of a big case."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from core.model import Analysis, Event, EventDate, PlaceMention
from store.arrow_file import frame_bytes, frame_from_bytes
from store.case import CaseStore

TELLINGS = "event_tellings"  # its name among what the case keeps derived from itself
SEPARATOR = "\x1f"  # between an event's actors, kept as one string: split back far quicker than JSON read
COLUMNS = ["event_id", "document_id", "text", "trigger", "type", "status", "actors", "date_value", "date_start",
           "date_precision", "lat", "lon", "place_precision"]
GROUP = "group"  # the telling's group among the case's tellings gathered (core.merge), so a correction regathers few


@dataclass(frozen=True)
class Tellings:
    """The corrected events of every document, the documents in the case's order, and the corrections they were read
    with ({event id: [its revision, its document]}), so the next table knows which documents changed since."""

    frame: pd.DataFrame
    documents: tuple[str, ...]
    corrections: dict[str, list]


def telling_rows(analyses: list[Analysis]) -> list[dict]:
    """One row per event of these (corrected) analyses, in their order: what deciding that two tellings tell one
    happening reads of them."""
    return [{"event_id": event.id, "document_id": analysis.document.id, "text": event.text, "trigger": event.trigger,
             "type": event.type, "status": event.status, "actors": SEPARATOR.join(event.actors),
             "date_value": event.date.value if event.date else None,
             "date_start": event.date.start if event.date else None,
             "date_precision": event.date.precision if event.date else "",
             "lat": event.place.lat if event.place else None, "lon": event.place.lon if event.place else None,
             "place_precision": event.place.precision if event.place else ""}
            for analysis in analyses for event in analysis.events]


def tellings_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Telling rows as a frame of fixed columns and kinds, whatever their number; -1 for a group not yet known."""
    frame = pd.DataFrame(rows, columns=[*COLUMNS, GROUP]).astype({"lat": float, "lon": float})
    return frame.astype({GROUP: float}).fillna({GROUP: -1}).astype({GROUP: int})


def grouped(frame: pd.DataFrame, groups: list[list[int]]) -> pd.DataFrame:
    """The tellings with each one's group (lists of their positions), numbered in the groups' order."""
    numbers = [0] * len(frame)
    for number, group in enumerate(groups):
        for index in group:
            numbers[index] = number
    return frame.assign(**{GROUP: numbers})


def telling_events(frame: pd.DataFrame) -> list[Event]:
    """The tellings as events carrying what gathering reads of them (and nothing else: no spans, no sentence's
    document): two tellings gather alike here and in the whole case."""
    columns = [frame[column].tolist() for column in COLUMNS]
    return [Event(id=event_id, start=0, end=0, text=text, document_id=document_id, trigger=trigger, type=kind,
                  status=status, actors=actors.split(SEPARATOR) if actors else [],
                  date=(EventDate(value=value, start=start if isinstance(start, str) else None, precision=precision)
                        if isinstance(value, str) else None),  # a missing one reads back as NaN
                  place=(PlaceMention(start=0, end=0, text="", lat=lat, lon=lon, precision=place_precision)
                         if lat == lat and lon == lon else None))  # NaN: no place drawn
            for (event_id, document_id, text, trigger, kind, status, actors, value, start, precision, lat, lon,
                 place_precision) in zip(*columns)]


def tellings_bytes(tellings: Tellings) -> bytes:
    """The tellings as an Arrow file (zstd), the documents' order and the corrections in its metadata."""
    return frame_bytes(tellings.frame, {"documents": list(tellings.documents), "corrections": tellings.corrections})


def tellings_from_bytes(body: bytes) -> Tellings:
    """The tellings an Arrow file holds."""
    frame, about = frame_from_bytes(body)
    return Tellings(tellings_frame(frame), tuple(about["documents"]), about["corrections"])


def keep_tellings(store: CaseStore, revision: int, version: str, tellings: Tellings) -> bool:
    """Keep the tellings read at `revision` in the case, unless the case changed since; whether they were kept."""
    return store.keep_derived(TELLINGS, revision, version, tellings_bytes(tellings))


def kept_tellings(store: CaseStore, revision: int, version: str) -> Tellings | None:
    """The tellings kept for this revision by code of this version, if any."""
    body = store.derived(TELLINGS, revision, version)
    return tellings_from_bytes(body) if body is not None else None
