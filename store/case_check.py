"""A case file checked whole before it touches a case: keys, types, ranges, sizes, and every id against its text."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.address import address_problem
from core.limits import max_file_bytes
from core.model import Analysis, Candidate, Document, Event, PlaceMention, TimeExpression, content_id
from store.corrections import ADDED, Correction, added_fits, validate

CASE_FORMAT = "newsmap-case"
CASE_VERSION = 2  # version 1 held the corrected analyses as the machine's: a version-1 file's analyses are redone
MAX_CASE_MB = 100  # the import widget's limit (checking takes ~6x the file in memory); config.toml must allow it
MAX_DOCUMENTS = 20_000
MAX_SHORT_CHARS = 1_000  # titles, sources, names, a correction's words
MAX_ACTORS = 100
PUBLISHED_ORIGINS = ("given", "metadata", "inferred", "unknown")
DOCUMENT_KEYS = {f.name for f in dataclasses.fields(Document)}
# Each field an analyst's correction may hold, with the check of its value (store.corrections.validate then applies).
CORRECTION_FIELDS: dict[str, Callable[[Any], bool]] = {
    "date": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
    "place": lambda v: isinstance(v, dict),
    "type": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
    "actors": lambda v: isinstance(v, list) and len(v) <= MAX_ACTORS
    and all(isinstance(a, str) and len(a) <= MAX_SHORT_CHARS for a in v),
    "deleted": lambda v: isinstance(v, bool),
    "merged_into": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
    "merged_into_anchor": lambda v: isinstance(v, str),
    ADDED: lambda v: isinstance(v, dict),  # an event the analyst added: its sentence's span, checked by validate
}
PLACE_FIELDS: dict[str, Callable[[Any], bool]] = {
    "name": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
    "lat": lambda v: is_number(v),  # a lambda: is_number is defined below
    "lon": lambda v: is_number(v),
    "country_code": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
    "feature_class": lambda v: isinstance(v, str) and len(v) <= MAX_SHORT_CHARS,
}


class CaseFileError(ValueError):
    """A file that is not a case this app can import, with what is wrong in it."""


@dataclass
class CaseFile:
    """A case file's content, every part of it checked."""

    documents: list[Document]
    analyses: list[Analysis]  # the machine's readings; none from a version-1 file
    corrections: list[Correction]  # the analyst's, with the text of the event each was made on


def is_number(value: Any) -> bool:
    """A finite JSON number (true and false are not numbers)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def refuse_constant(name: str) -> None:
    """NaN and Infinity are not JSON numbers."""
    raise CaseFileError(f"'{name}' is not a number JSON allows")


def parse(data: bytes) -> Any:
    """The file's JSON, or a CaseFileError saying why it is not JSON."""
    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse_constant)
    except UnicodeDecodeError as error:
        raise CaseFileError(f"not a JSON case file: it is not UTF-8 ({error.reason} at byte {error.start})") from error
    except RecursionError as error:
        raise CaseFileError("not a case file: its JSON is nested too deep") from error
    except ValueError as error:  # bad JSON, or an integer too long to read
        raise CaseFileError(f"not a JSON case file ({error})") from error


@cache
def field_types(model: type) -> dict[str, Any]:
    """A data model class's field types, resolved once."""
    return typing.get_type_hints(model)


def check_type(value: Any, hint: Any, where: str) -> None:
    """Refuse a value that does not have the type the data model declares for it (nested dataclasses included)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        errors = []
        for arm in typing.get_args(hint):
            try:
                return check_type(value, arm, where)
            except CaseFileError as error:
                errors.append(error)
        raise errors[0]
    if origin is list:
        if not isinstance(value, list):
            raise CaseFileError(f"{where} is not a list")
        for index, item in enumerate(value):
            check_type(item, typing.get_args(hint)[0], f"{where}[{index}]")
    elif dataclasses.is_dataclass(hint):
        if not isinstance(value, hint):
            raise CaseFileError(f"{where} is not a {hint.__name__}")
        for name, field_hint in field_types(hint).items():
            check_type(getattr(value, name), field_hint, f"{where}.{name}")
    elif hint is float:
        if not is_number(value):
            raise CaseFileError(f"{where} is not a number")
    elif hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CaseFileError(f"{where} is not a whole number")
    elif hint is type(None):
        if value is not None:
            raise CaseFileError(f"{where} is not empty (null)")
    elif not isinstance(value, hint):
        raise CaseFileError(f"{where} is not a {hint.__name__}")


def check_moment(value: str | None, where: str) -> None:
    """An ISO date or date-time, or nothing."""
    try:
        value is None or dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise CaseFileError(f"{where} '{value}' is not an ISO date or time") from error


def is_day(value: str) -> bool:
    """A calendar day written YYYY-MM-DD."""
    try:
        return len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def check_span(item: Any, length: int, where: str) -> None:
    """A span lies inside the document's text."""
    if not 0 <= item.start <= item.end <= length:
        raise CaseFileError(f"{where} ({item.start}..{item.end}) is not inside the text (0..{length})")


def check_point(item: PlaceMention | Candidate, where: str) -> None:
    """Coordinates, when given, lie on the globe."""
    if item.lat is not None and not -90 <= item.lat <= 90:
        raise CaseFileError(f"{where}: latitude {item.lat} is not on the globe (-90..90)")
    if item.lon is not None and not -180 <= item.lon <= 180:
        raise CaseFileError(f"{where}: longitude {item.lon} is not on the globe (-180..180)")


def check_confidence(value: float, where: str) -> None:
    """A confidence is a share."""
    if not 0 <= value <= 1:
        raise CaseFileError(f"{where}: confidence {value} is not between 0 and 1")


def check_place(place: PlaceMention, length: int, where: str) -> None:
    """A place mention in its text, on the globe, with candidates on the globe."""
    check_span(place, length, where)
    check_point(place, where)
    check_confidence(place.confidence, where)
    for index, candidate in enumerate(place.alternatives):
        check_point(candidate, f"{where}.alternatives[{index}]")


def check_event(event: Event, document_id: str, length: int, where: str) -> None:
    """An event of this document, told inside its text, placed on the globe and dated in ISO."""
    if not event.id.startswith(f"{document_id}:") or event.document_id not in ("", document_id):
        raise CaseFileError(f"{where}: event '{event.id}' is not an event of document {document_id}")
    check_span(event, length, where)
    check_confidence(event.confidence, where)
    for index, mention in enumerate(event.mentions):
        check_span(mention, length, f"{where}.mentions[{index}]")
    if event.place:
        check_place(event.place, length, f"{where}.place")
    if event.date:
        check_moment(event.date.start, f"{where}.date.start")
        check_moment(event.date.end, f"{where}.date.end")


def check_timex(timex: TimeExpression, length: int, where: str) -> None:
    """A time expression inside the text, its interval in ISO."""
    check_span(timex, length, where)
    check_moment(timex.interval_start, f"{where}.interval_start")
    check_moment(timex.interval_end, f"{where}.interval_end")


def check_document(raw: Any, where: str) -> Document:
    """A document with only the model's fields, of their types, its id the hash of its text."""
    if not isinstance(raw, dict):
        raise CaseFileError(f"{where} is not an object")
    unknown = sorted(set(raw) - DOCUMENT_KEYS)
    if unknown:
        raise CaseFileError(f"{where}: unknown field '{unknown[0]}'")
    if not isinstance(raw.get("text"), str) or not isinstance(raw.get("id"), str):
        raise CaseFileError(f"{where}: its text or its id is missing or not a string")
    document = Document(**raw)
    check_type(document, Document, where)
    if not document.text.strip() or len(document.text) > max_file_bytes():
        raise CaseFileError(f"{where}: its text is empty or longer than this copy's limit "
                            f"({max_file_bytes()} characters)")
    if any(len(getattr(document, name)) > MAX_SHORT_CHARS for name in ("title", "source", "language", "published_in")):
        raise CaseFileError(f"{where}: its title, source, language or place of publication is too long")
    if document.url and (problem := address_problem(document.url)):
        raise CaseFileError(f"{where}: its address is not one this app keeps ({problem})")
    if document.id != content_id(document.text):
        raise CaseFileError(f"{where}: its id '{document.id}' is not the hash of its text "
                            f"('{content_id(document.text)}')")
    if document.published is not None and not is_day(document.published):
        raise CaseFileError(f"{where}: publication date '{document.published}' is not a date (YYYY-MM-DD)")
    if document.published_origin not in PUBLISHED_ORIGINS:
        raise CaseFileError(f"{where}: publication date origin '{document.published_origin}' is not one of "
                            f"{', '.join(PUBLISHED_ORIGINS)}")
    return document


def check_analysis(raw: Any, documents: dict[str, Document], where: str) -> Analysis:
    """The machine's reading of one of the file's documents, every span, point and date of it checked."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or raw["id"] not in documents:
        raise CaseFileError(f"{where} is not the analysis of a document in the file")
    document = documents[raw["id"]]
    where = f"analysis of document {document.id}"
    try:
        analysis = Analysis.from_json(raw, document.text)
    except (TypeError, KeyError, ValueError, AttributeError) as error:
        raise CaseFileError(f"{where} is damaged ({type(error).__name__}: {error})") from error
    check_type(analysis, Analysis, where)
    length = len(document.text)
    for index, place in enumerate(analysis.places):
        check_place(place, length, f"{where}: places[{index}]")
    for index, timex in enumerate(analysis.timexes):
        check_timex(timex, length, f"{where}: timexes[{index}]")
    for index, entity in enumerate(analysis.entities):
        check_span(entity, length, f"{where}: entities[{index}]")
    for index, event in enumerate(analysis.events):
        check_event(event, document.id, length, f"{where}: events[{index}]")
    if len({event.id for event in analysis.events}) != len(analysis.events):
        raise CaseFileError(f"{where}: two events have the same id")
    return analysis


def check_correction(event_id: Any, fields: Any, anchor: Any, documents: dict[str, Document]) -> Correction:
    """A correction of an event of one of the file's documents, with only fields the Review page makes."""
    if not isinstance(event_id, str) or event_id.partition(":")[0] not in documents or ":" not in event_id:
        raise CaseFileError(f"correction for event '{event_id}': its document is not in the file")
    where = f"correction for event {event_id}"
    if not isinstance(fields, dict):
        raise CaseFileError(f"{where} is not an object")
    for name, value in fields.items():
        if name not in CORRECTION_FIELDS:
            raise CaseFileError(f"{where}: unknown field '{name}'")
        if not CORRECTION_FIELDS[name](value):
            raise CaseFileError(f"{where}: {name} {json.dumps(value)[:80]} is not a valid {name}")
    place = fields.get("place") or {}
    for name, value in place.items():
        if name not in PLACE_FIELDS or not PLACE_FIELDS[name](value):
            raise CaseFileError(f"{where}: place field '{name}' is unknown or not valid")
    if place and not {"lat", "lon"} <= set(place):
        raise CaseFileError(f"{where}: its place has no latitude or no longitude")
    try:
        validate(fields)
    except ValueError as error:
        raise CaseFileError(f"{where}: {error}") from error
    if not isinstance(anchor, str):
        raise CaseFileError(f"{where}: the text of its event (anchor) is not a string")
    if ADDED in fields and not added_fits(documents[event_id.partition(":")[0]].text, fields, anchor):
        raise CaseFileError(f"{where}: the sentence of the event the analyst added is not in its document")
    return Correction(event_id, event_id.partition(":")[0], fields, anchor)


def check_case(data: bytes) -> CaseFile:
    """The whole file checked, or a CaseFileError naming the first thing wrong in it."""
    if len(data) > MAX_CASE_MB * 1024 * 1024:
        raise CaseFileError(f"the file is {len(data) / 2**20:.0f} MB; this app imports case files up to "
                            f"{MAX_CASE_MB} MB")
    case = parse(data)
    if not isinstance(case, dict) or case.get("format") != CASE_FORMAT:
        raise CaseFileError("not a Newsmap case file (its 'format' is not 'newsmap-case')")
    version = case.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= CASE_VERSION:
        raise CaseFileError(f"case version {json.dumps(version)[:20]} is not one this app reads (1..{CASE_VERSION}); "
                            "a newer Newsmap made it, or it is damaged")
    unknown = sorted(set(case) - {"format", "version", "documents", "analyses", "corrections", "anchors"})
    if unknown:
        raise CaseFileError(f"unknown field '{unknown[0]}' in the case file")
    raw_documents, raw_analyses = case.get("documents"), case.get("analyses", [])
    raw_corrections, anchors = case.get("corrections", {}), case.get("anchors", {})
    if not (isinstance(raw_documents, list) and isinstance(raw_analyses, list)
            and isinstance(raw_corrections, dict) and isinstance(anchors, dict)):
        raise CaseFileError("a case file holds a list of documents, a list of analyses, "
                            "and objects of corrections and of their anchors")
    if len(raw_documents) > MAX_DOCUMENTS:
        raise CaseFileError(f"{len(raw_documents)} documents: this app imports at most {MAX_DOCUMENTS} at once")
    documents: dict[str, Document] = {}
    for index, raw in enumerate(raw_documents):
        document = check_document(raw, f"document {index + 1}")
        if document.id in documents:
            raise CaseFileError(f"document {index + 1}: the same text as another document of the file")
        documents[document.id] = document
    analyses = [check_analysis(raw, documents, f"analysis {index + 1}") for index, raw in enumerate(raw_analyses)]
    if len({a.document.id for a in analyses}) != len(analyses):
        raise CaseFileError("a document has two analyses in the file")
    if set(anchors) - set(raw_corrections):
        raise CaseFileError(f"anchor for event {sorted(set(anchors) - set(raw_corrections))[0]}: it has no correction")
    corrections = [check_correction(event_id, fields, anchors.get(event_id, ""), documents)
                   for event_id, fields in raw_corrections.items()]
    return CaseFile(list(documents.values()), analyses if version == CASE_VERSION else [], corrections)
