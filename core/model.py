"""The data model: one set of types, used by every layer and serialisable to JSON."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_id(text: str) -> str:
    """Identify a document by its content so the same text is never analysed twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """An article as the pipeline sees it: text plus what we know about its origin."""

    text: str
    title: str = ""
    source: str = ""
    language: str = ""
    published: str | None = None  # YYYY-MM-DD
    published_origin: str = "unknown"  # given | metadata | inferred | unknown
    published_in: str = ""  # where the source is published, if the analyst knows it: 'Columbus, Nebraska'
    id: str = ""
    url: str = ""  # the page's own address (its HTML metadata, or the command line's input): shown, never fetched

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)


@dataclass
class Candidate:
    """One gazetteer entry a place name could refer to."""

    name: str
    lat: float
    lon: float
    country_code: str = ""
    admin1: str = ""
    feature_class: str = ""  # country | region | city | landmark | continent | ...
    population: int = 0
    geonameid: int | None = None
    score: float = 0.0
    reason: str = ""
    name_match: str = "name"  # name | alternate | spelling | folded | other name spelt: how the name met this entry


@dataclass
class PlaceMention:
    """A place named in the text, with where the geocoder put it and why."""

    start: int
    end: int
    text: str
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""
    feature_class: str = ""
    precision: str = "exact"  # one of core.vocabulary.PLACE_PRECISIONS
    confidence: float = 0.0
    source: str = "gazetteer"  # gazetteer | nominatim | analyst
    geonameid: int | None = None
    reason: str = ""
    alternatives: list[Candidate] = field(default_factory=list)
    radius_km: float | None = None  # how far the true place may lie: a computed point ('95 km west of X'), an area

    @property
    def resolved(self) -> bool:
        """Whether the mention can be drawn on a map."""
        return self.lat is not None and self.lon is not None


@dataclass
class TimeExpression:
    """A time expression normalised to TIMEX3 and to the interval it covers."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value, e.g. 2023-09-13, 2023-W37, PT4H, 2023-09-13TMO
    interval_start: str | None = None  # ISO datetime, inclusive
    interval_end: str | None = None  # ISO datetime, exclusive
    precision: str = ""  # one of core.vocabulary.DATE_PRECISIONS
    anchor: str = ""  # document | narrative | absolute | none


@dataclass
class EventDate:
    """When an event happened: a value, its interval and where the date came from."""

    value: str
    start: str | None = None
    end: str | None = None
    precision: str = ""  # one of core.vocabulary.DATE_PRECISIONS
    origin: str = "explicit"  # explicit | narrative | document
    text: str = ""


@dataclass
class Mention:
    """One span of a document that tells an event."""

    start: int
    end: int


@dataclass
class Event:
    """A happening: who did what, where and when, tied to every span of the text that tells it."""

    id: str
    start: int  # the clearest evidence span in the document text
    end: int
    text: str  # the evidence clause or sentence
    document_id: str = ""
    trigger: str = ""
    type: str = ""
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: PlaceMention | None = None
    date: EventDate | None = None
    status: str = "asserted"  # one of core.vocabulary.STATUSES
    reported_by: str = ""  # who says so ('officials', 'the Kremlin'), when the text names a source
    confidence: float = 0.0
    mentions: list[Mention] = field(default_factory=list)  # every span telling it, the evidence span included

    def spans(self) -> list[Mention]:
        """Every span that tells the event: its mentions, or its one evidence span."""
        return self.mentions or [Mention(self.start, self.end)]


@dataclass
class Entity:
    """A named entity as cleaned by the pipeline (people, organisations, places)."""

    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | GPE | MISC ...
    canonical: str = ""


@dataclass
class Analysis:
    """Everything the pipeline found in one document."""

    document: Document  # as analysed: the one given, with the language detected and the date inferred if it had none
    places: list[PlaceMention] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    pipeline_version: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The CLI's line format: the document's fields at the top, then what was found."""
        doc = self.document
        return {
            "id": doc.id,
            "title": doc.title,
            "source": doc.source,
            "language": doc.language,
            "published": doc.published,
            "published_origin": doc.published_origin,
            **({"published_in": doc.published_in} if doc.published_in else {}),
            **({"url": doc.url} if doc.url else {}),
            "pipeline_version": self.pipeline_version,
            "places": [asdict(p) for p in self.places],
            "timexes": [asdict(t) for t in self.timexes],
            "events": [asdict(e) for e in self.events],
            "entities": [asdict(e) for e in self.entities],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str) -> Analysis:
        """Rebuild an analysis from its JSON line and the document text."""
        doc = Document(
            text=text,
            title=data.get("title", ""),
            source=data.get("source", ""),
            language=data.get("language", ""),
            published=data.get("published"),
            published_origin=data.get("published_origin", "unknown"),
            published_in=data.get("published_in", ""),
            id=data["id"],
            url=data.get("url", ""),
        )
        return cls(
            document=doc,
            places=[place_from_json(p) for p in data.get("places", [])],
            timexes=[TimeExpression(**t) for t in data.get("timexes", [])],
            events=[event_from_json(e) for e in data.get("events", [])],
            entities=[Entity(**e) for e in data.get("entities", [])],
            pipeline_version=data.get("pipeline_version", ""),
            warnings=list(data.get("warnings", [])),
        )


def place_from_json(data: dict[str, Any]) -> PlaceMention:
    """Rebuild a place mention, candidates included."""
    fields = dict(data)
    fields["alternatives"] = [Candidate(**c) for c in fields.get("alternatives", [])]
    return PlaceMention(**fields)


def event_from_json(data: dict[str, Any]) -> Event:
    """Rebuild an event with its nested place and date."""
    fields = dict(data)
    fields["place"] = place_from_json(fields["place"]) if fields.get("place") else None
    fields["date"] = EventDate(**fields["date"]) if fields.get("date") else None
    if "mode" in fields:  # analyses written before events had a status
        mode = fields.pop("mode")
        fields.setdefault("status", "asserted" if mode == "reported" else mode)
    fields["mentions"] = [Mention(**m) if isinstance(m, dict) else Mention(*m) for m in fields.get("mentions", [])]
    return Event(**fields)
