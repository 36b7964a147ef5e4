"""Every place on the map the case's documents name, kept in the case beside its table: Review's move lists them, and
gathering them from every analysis (SQLite reading each one's JSON) took 1.8 s at 10,000 articles, at each open of
Review and again after each save there, though a correction changes none of them."""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable

from core.model import Analysis, PlaceMention
from store.case import CaseStore

NAMED = "named_places"  # its name among what the case keeps derived from itself
Row = tuple[str, str, float, float, str, str]  # a place as kept: text, name, lat, lon, country code, kind


def rows_of(places: Iterable[PlaceMention]) -> list[Row]:
    """The distinct places, as kept."""
    return list(dict.fromkeys((place.text, place.name, place.lat, place.lon, place.country_code, place.feature_class)
                              for place in places))


def places_of(rows: Iterable[Row]) -> list[PlaceMention]:
    """Places as Review reads them (no offsets: they stand for every mention)."""
    return [PlaceMention(0, 0, text=text, name=name, lat=lat, lon=lon, country_code=country, feature_class=kind)
            for text, name, lat, lon, country, kind in rows]


def named_in(analyses: Iterable[Analysis]) -> list[PlaceMention]:
    """The places on the map these analyses read in their documents, each once (as CaseStore.named_places gathers
    them from the case)."""
    return places_of(rows_of(place for analysis in analyses for place in analysis.places if place.resolved))


def keep_named_places(store: CaseStore, revision: int, version: str, places: list[PlaceMention]) -> bool:
    """Keep the places the documents of `revision` (analysed by pipeline `version`) name, unless the case changed
    since; whether they were kept."""
    return store.keep_derived(NAMED, revision, version, json.dumps(rows_of(places)).encode())


def case_named_places(store: CaseStore, version: str) -> list[PlaceMention]:
    """The places the case's documents name: those kept since their documents last changed (a correction changes none
    of them), else gathered from every analysis and kept."""
    kept_at = store.derived_revision(NAMED, version)
    if kept_at is not None and kept_at >= store.documents_revision():
        body = store.derived(NAMED, kept_at, version)
        if body is not None:
            return places_of(map(tuple, json.loads(body)))
    revision = store.revision()
    places = store.named_places(version)
    try:
        keep_named_places(store, revision, version, places)
    except sqlite3.Error as error:  # a full disk only means they are gathered again next time
        logging.getLogger("newsmap").warning("The named places could not be kept in %s: %s", store.path, error)
    return places
