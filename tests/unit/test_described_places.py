"""Places the words around them describe (issue #17): an apposition that says what a place is and where it lies
('Walikale, une ville minière du Nord-Kivu'), in English and French."""
from __future__ import annotations

import re

import pytest

from core.model import Document, PlaceMention
from extractors.pipeline import analyze
from geocoding.descriptions import describes_place
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places


def read(text: str, names: list[str], gazetteer: Gazetteer, language: str) -> dict[str, PlaceMention]:
    """Each named span's reading, by its words, the spans given as the place spans of the text."""
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return {m.text: m for m in resolve_places(text, spans, language, gazetteer=gazetteer)}


def analysed(text: str, language: str) -> tuple[dict[str, PlaceMention], list[PlaceMention | None]]:
    """The places the whole pipeline finds in a text, by their words, and its events' places."""
    analysis = analyze(Document(id="t", title="t", text=text, language=language, published="2024-03-05"))
    return {p.text: p for p in analysis.places}, [e.place for e in analysis.events]


@pytest.mark.parametrize("between, describes", [
    (", a town in ", True),
    (", a small mining town in the ", True),
    (", a village near ", True),
    (", une ville minière du ", True),
    (", un village de l'État de ", True),
    (", la capitale du ", False),  # no description of a kind of settlement with its own article
    (", a resident of ", False),  # a person, not a place
    (", a town 30 km north of ", False),  # a distance, read by the relative places
])
def test_an_apposition_describes_a_place_with_a_settlement_word_and_a_link(between: str, describes: bool) -> None:
    assert describes_place(between) is describes


@pytest.mark.parametrize("text, language, country", [
    ("Gunmen attacked Flores, a town in Guatemala, on Monday.", "en", "GT"),
    ("Gunmen attacked Flores, a town in Brazil, on Monday.", "en", "BR"),
    ("Des hommes armés ont attaqué Flores, une ville du Guatemala, lundi.", "fr", "GT"),
    ("Des hommes armés ont attaqué Flores, une petite ville du Brésil, lundi.", "fr", "BR"),
])
def test_the_described_region_chooses_among_namesakes(text: str, language: str, country: str,
                                                      gazetteer: Gazetteer) -> None:
    area = "Guatemala" if country == "GT" else "Brazil" if language == "en" else "Brésil"
    place = read(text, ["Flores", area], gazetteer, language)["Flores"]
    assert (place.country_code, place.precision) == (country, "exact")
    assert f"inside {gazetteer.country(country).name}" in place.reason


@pytest.mark.parametrize("text, language, name, region", [
    ("Rebels attacked Walikale, a mining town in North Kivu, on Tuesday.", "en", "Walikale", "North Kivu"),
    ("Des rebelles ont attaqué Walikale, une ville minière du Nord-Kivu, mardi.", "fr", "Walikale", "Nord-Kivu"),
    ("Soldiers killed ten people in Zorbak, a village in Zamfara state, on Monday.", "en", "Zorbak", "Zamfara"),
    ("Des hommes armés ont tué dix personnes à Zorbak, un village de l'État de Zamfara, lundi.", "fr", "Zorbak",
     "Zamfara"),
])
def test_an_unknown_described_place_falls_back_to_its_region_and_is_the_events_place(
        text: str, language: str, name: str, region: str) -> None:
    places, events = analysed(text, language)
    place = places[name]
    assert place.precision == "region" and place.country_code in ("CD", "NG")
    assert f"no '{name}' of the offline gazetteer lies in {region}" in place.reason
    assert [e.text if e else None for e in events] == [name]


@pytest.mark.parametrize("text, language", [
    ("Militants raided Kuchi, a village near Gusau, on Monday.", "en"),
    ("Des miliciens ont attaqué Kuchi, un village près de Gusau, lundi.", "fr"),
])
def test_a_village_near_a_town_is_placed_by_the_town_not_by_a_namesake_abroad(text: str, language: str) -> None:
    places, events = analysed(text, language)
    assert (places["Kuchi"].country_code, places["Kuchi"].precision) == ("NG", "region")
    assert "Gusau" in places["Kuchi"].reason
    assert [e.text if e else None for e in events] == ["Kuchi"]


@pytest.mark.parametrize("text, language, town, country", [
    ("Gunmen abducted students from Federal University Gusau on Friday.", "en", "Gusau", "NG"),
    ("Gunmen stormed Gusau's Federal University on Friday.", "en", "Gusau", "NG"),
    ("Une frappe a touché l'hôpital al-Chifa de Gaza lundi.", "fr", "Gaza", "PS"),
    ("An airstrike hit Nasser Hospital in Khan Younis on Monday.", "en", "Khan Younis", "PS"),
])
def test_an_institution_named_with_its_town_is_at_the_town(text: str, language: str, town: str,
                                                           country: str) -> None:
    places, events = analysed(text, language)
    assert (places[town].country_code, places[town].precision) == (country, "exact")
    assert [e.text if e else None for e in events] == [town]


@pytest.mark.parametrize("text, language", [
    ("An airstrike hit the Lincoln Hospital in Gusau on Monday.", "en"),
    ("Gunmen attacked the Lincoln University in Gusau on Monday.", "en"),
])
def test_an_institutions_own_name_is_no_namesake_town(text: str, language: str) -> None:
    places, events = analysed(text, language)
    assert "Lincoln" not in places and places["Gusau"].country_code == "NG"
    assert [e.text if e else None for e in events] == ["Gusau"]
