"""How the place tests read one name of a sentence: resolved as the sentence's only place span."""
from __future__ import annotations

from core.model import PlaceMention
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places


def read_alone(text: str, name: str, gazetteer: Gazetteer, language: str = "") -> PlaceMention:
    """The reading of the first occurrence of a name in a text, no other place spotted."""
    start = text.index(name)
    (mention,) = resolve_places(text, [(start, start + len(name))], language, gazetteer=gazetteer)
    return mention
