"""Online geocoding is told place names only: never a person's or an organisation's name, nor a people's."""
from __future__ import annotations

import pytest

from core.model import Candidate, Entity
from extractors.nlp_models import load_nlp
from extractors.pipeline import located_places

TEXT = ("Wojciech Kowalczyk met the Zorblaxians of Vreemant Holdings in Xylotown. "
        "Kowalczyk said Kowalczyk would stay, and Pszczyna Holdings agreed.")


class RecordingGeocoder:
    """Stands in for Nominatim: answers nothing and remembers every query."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.problems: list[str] = []

    def search(self, query: str, language: str = "", country_codes: list[str] | None = None) -> Candidate | None:
        """Record what would have left the machine."""
        self.queries.append(query)
        return None


def at(word: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets of a word's n-th occurrence in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.fixture(scope="module")
def parsed():
    return load_nlp("en")(TEXT)


def test_only_the_names_read_as_places_are_sent(parsed) -> None:
    entities = [
        Entity(*at("Wojciech Kowalczyk"), "Wojciech Kowalczyk", "PER", "Wojciech Kowalczyk"),
        Entity(*at("Zorblaxians"), "Zorblaxians", "NORP", "Zorblaxians"),
        Entity(*at("Vreemant Holdings"), "Vreemant Holdings", "ORG", "Vreemant Holdings"),
        Entity(*at("Xylotown"), "Xylotown", "GPE", "Xylotown"),
        Entity(*at("Kowalczyk", 1), "Kowalczyk", "GPE", "Kowalczyk"),  # the NER's slip: a surname as a place
        Entity(*at("Kowalczyk", 2), "Kowalczyk", "PER", "Wojciech Kowalczyk"),
        Entity(*at("Pszczyna Holdings"), "Pszczyna Holdings", "ORG", "Pszczyna Holdings"),
    ]
    toponyms = [at("Xylotown"), at("Kowalczyk", 1)]
    geocoder = RecordingGeocoder()
    located_places(parsed, toponyms, entities, "en", online=geocoder)
    assert geocoder.queries == ["Xylotown"]
