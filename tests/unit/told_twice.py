"""A two-document case made by hand: a shelling both tell, a protest only one tells, and talks placed nowhere."""
from __future__ import annotations

from core.model import Analysis, Document, Event, EventDate, PlaceMention

FIRST = "Troops shelled Kharkiv on Monday. Talks are planned."
SECOND = "Troops shelled Kharkiv on Monday. Students protested in Lviv on Monday."
MONDAY = EventDate(value="2024-03-04", start="2024-03-04T00:00:00", end="2024-03-05T00:00:00", precision="day")


def kharkiv(start: int) -> PlaceMention:
    """Kharkiv as a mention at `start`, placed as a town."""
    return PlaceMention(start, start + 7, text="Kharkiv", name="Kharkiv", lat=49.99, lon=36.23, country_code="UA",
                        radius_km=5.0, geonameid=706483)


def two_documents() -> list[Analysis]:
    """The wire (titled, from a.html) and the blog (untitled, from b.txt): the shelling is one happening of both."""
    wire = Document(text=FIRST, title="Wire A", source="a.html", language="en", published="2024-03-05")
    blog = Document(text=SECOND, source="b.txt", language="en", published="2024-03-06")
    at = SECOND.index("Lviv")
    lviv = PlaceMention(at, at + 4, text="Lviv", name="Lviv", lat=49.84, lon=24.03, country_code="UA")
    return [
        Analysis(document=wire, events=[
            Event(id="a:0", start=0, end=33, text=FIRST[:33], document_id=wire.id, trigger="shelled", type="ASSAULT",
                  actors=["Troops"], recipients=["Kharkiv"], place=kharkiv(15), date=MONDAY, confidence=0.8),
            Event(id="a:34", start=34, end=52, text=FIRST[34:], document_id=wire.id, trigger="Talks", type="CONSULT",
                  status="planned", confidence=0.4),
        ]),
        Analysis(document=blog, events=[
            Event(id="b:0", start=0, end=33, text=SECOND[:33], document_id=blog.id, trigger="shelled",
                  type="ASSAULT", actors=["Troops"], place=kharkiv(15), date=MONDAY, confidence=0.7),
            Event(id="b:34", start=34, end=len(SECOND), text=SECOND[34:], document_id=blog.id, trigger="protested",
                  type="PROTEST", actors=["Students"], place=lviv, date=MONDAY, confidence=0.6),
        ]),
    ]
