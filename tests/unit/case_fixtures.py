"""A small case made by hand, with every part of the data model in it, and a look at a case's rows."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from core.model import (Analysis, Candidate, Document, Entity, Event, EventDate, Mention, PlaceMention,
                              TimeExpression)
from extractors.version import PIPELINE_VERSION
from store.case import CaseStore
from store.case_settings import SEEDED_KEY

TEXT = ("Kim Jong Un met Vladimir Putin at Vostochny on 13 September 2023. "
        "North Korea fired two missiles near Pyongyang the same day.")


def machine_analysis(text: str = TEXT) -> Analysis:
    """The machine's reading of a text: two events, placed and dated, as the pipeline would cache it."""
    document = Document(text=text, title="Summit", source="summit.txt", language="en", published="2023-09-13",
                        published_origin="given")
    vostochny = PlaceMention(start=34, end=43, text="Vostochny", name="Vostochny", lat=51.88, lon=128.33,
                             country_code="RU", feature_class="city", confidence=0.9,
                             alternatives=[Candidate(name="Vostochny", lat=51.88, lon=128.33, country_code="RU")])
    day = EventDate(value="2023-09-13", start="2023-09-13T00:00", end="2023-09-14T00:00", precision="day")
    events = [
        Event(id=f"{document.id}:0", start=0, end=65, text=text[:65], document_id=document.id, trigger="met",
              type="CONSULT", actors=["Kim Jong Un", "Vladimir Putin"], place=vostochny, date=day, confidence=0.8,
              mentions=[Mention(0, 65)]),
        Event(id=f"{document.id}:66", start=66, end=len(text), text=text[66:], document_id=document.id,
              trigger="fired", type="ASSAULT", actors=["North Korea"], date=day, confidence=0.7),
    ]
    return Analysis(
        document=document, places=[vostochny],
        timexes=[TimeExpression(start=47, end=64, text=text[47:64], type="DATE", value="2023-09-13",
                                interval_start="2023-09-13T00:00", interval_end="2023-09-14T00:00", precision="day",
                                anchor="absolute")],
        events=events, entities=[Entity(start=0, end=11, text="Kim Jong Un", label="PER")],
        pipeline_version=PIPELINE_VERSION)


def case_with(path: Path, analysis: Analysis, corrections: dict[str, dict]) -> CaseStore:
    """A case (without the sample) holding one analysed document and the analyst's corrections of it."""
    store = CaseStore(path)
    store.set_meta(SEEDED_KEY, "1")
    store.add_document(analysis.document)
    store.save_analysis(analysis)
    for event_id, fields in corrections.items():
        store.save_correction(event_id, analysis.document.id, fields)
    return store


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of a case's tables, to tell whether anything changed."""
    with sqlite3.connect(path) as db:
        return {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("documents", "analyses", "corrections", "meta")}
