"""An analysis read back from the case: its document and events at once, the rest from the case when first read.

The map, the timeline, the table and the exports read only events; a case of 10,000 articles would otherwise parse
and keep millions of place, time and entity objects at every start. The evidence panel and Review read a document's
places, time expressions and entities: they are read from the case then, once per analysis.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.model import Analysis, Document, Entity, TimeExpression, event_from_json, place_from_json

LAZY_PARTS = {"places": place_from_json, "timexes": lambda row: TimeExpression(**row),
              "entities": lambda row: Entity(**row)}


class StoredAnalysis(Analysis):
    """An Analysis whose places, time expressions and entities are read (through `rest`, the stored JSON line's
    loader) when first asked for."""

    @classmethod
    def from_stored(cls, events: list[dict], warnings: list[str], pipeline_version: str, document: Document,
                    rest: Callable[[], dict[str, Any]]) -> StoredAnalysis:
        """The analysis of a stored line's events, told of `document` (the case's own, with the analyst's settings);
        `rest` gives the whole line when its other parts are first read."""
        analysis = cls.__new__(cls)
        analysis.document = document
        analysis.events = [event_from_json(event) for event in events]
        analysis.pipeline_version = pipeline_version
        analysis.warnings = list(warnings)
        analysis.__dict__["_rest"] = rest
        return analysis

    def __getattr__(self, name: str) -> Any:
        rest = self.__dict__.get("_rest")
        if rest is None or name not in LAZY_PARTS:
            raise AttributeError(name)
        data = rest()
        for part, parse in LAZY_PARTS.items():
            if part not in self.__dict__:
                setattr(self, part, [parse(row) for row in data.get(part, [])])
        return self.__dict__[name]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Analysis):
            return NotImplemented
        names = ("document", "places", "timexes", "events", "entities", "pipeline_version", "warnings")
        return all(getattr(self, name) == getattr(other, name) for name in names)

    __hash__ = None  # as a dataclass's: mutable, not hashable
