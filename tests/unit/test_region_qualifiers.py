"""Regions that qualify a place in brackets or with a possessive on crisis news (issue #17): 'near Katari village
(Kebbi state, Nigeria)', "in Burkina Faso's Soum province", "Djibo, a town in Burkina Faso's Soum province": the
region is a place, and holds the place it qualifies (its fallback where the gazetteer lacks it), in English and
French."""
from __future__ import annotations

import pytest

from core.model import Document, PlaceMention
from extractors.pipeline import analyze
from geocoding.descriptions import describes_place
from geocoding.spotter import possessor_toponyms, region_named_toponyms


def analysed(text: str, language: str) -> tuple[dict[str, PlaceMention], list[PlaceMention | None]]:
    """The places the whole pipeline finds in a text, by their words, and its events' places."""
    analysis = analyze(Document(id="t", title="t", text=text, language=language, published="2024-03-05"))
    return {p.text: p for p in analysis.places}, [e.place for e in analysis.events]


@pytest.mark.parametrize("text, found", [
    ("near Katari village (Kebbi state, Nigeria)", ["Kebbi"]),
    ("in Burkina Faso's Soum province", ["Soum"]),
    ("the Upper Nile state government", ["Upper Nile"]),
    ("the Islamic State group", []),  # a region's kind in capitals is a name's own word
    ("in the Zorblax province", []),  # no region of that name
])
def test_a_name_a_regions_kind_follows_is_the_region(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in region_named_toponyms(text, [])] == found


@pytest.mark.parametrize("text, entity, found", [
    ("in Burkina Faso's Soum province", "Burkina Faso's", ["Burkina Faso"]),
    ("in Nigeria's Zamfara state", "Nigeria's", ["Nigeria"]),
    ("Zorblax's Soum province", "Zorblax's", []),  # no area of that name
    ("in Burkina Faso's north", "Burkina Faso's", []),  # no name follows
])
def test_a_possessive_organisation_before_a_name_is_the_area_it_names(text: str, entity: str,
                                                                     found: list[str]) -> None:
    start = text.index(entity)
    assert [text[s:e] for s, e in possessor_toponyms(text, [(start, start + len(entity))])] == found


@pytest.mark.parametrize("between, describes", [
    (", a town in Burkina Faso's ", True),
    (" village (", True),
    (", a town in Burkina Faso, ", False),
])
def test_a_description_runs_through_a_possessive_and_a_bracket(between: str, describes: bool) -> None:
    assert describes_place(between) is describes


@pytest.mark.parametrize("text, language, name, region", [
    ("Gunmen killed 12 people near Katari village (Kebbi state, Nigeria) on Friday.", "en", "Katari", "Kebbi"),
    ("Des hommes armés ont tué douze personnes à Katari (État de Kebbi, Nigeria) vendredi.", "fr", "Katari",
     "Kebbi"),
    ("Gunmen attacked Zorbak, a village in Nigeria's Zamfara state, on Monday.", "en", "Zorbak", "Zamfara"),
])
def test_an_unknown_town_falls_back_to_the_bracketed_or_possessed_region_not_the_country(
        text: str, language: str, name: str, region: str) -> None:
    places, events = analysed(text, language)
    place = places[name]
    assert (place.country_code, place.precision) == ("NG", "region")
    assert f"placed at {region}" in place.reason
    assert [e.text if e else None for e in events] == [name]


@pytest.mark.parametrize("text, language, event_place, precision", [
    ("Jihadists attacked soldiers in Burkina Faso's Soum province on Monday.", "en", "Soum", "region"),
    ("Jihadists attacked Djibo, a town in Burkina Faso's Soum province, on Monday.", "en", "Djibo", "exact"),
    ("Des jihadistes ont attaqué des soldats à Djibo (province du Soum, Burkina Faso) lundi.", "fr", "Djibo",
     "exact"),
])
def test_a_possessed_or_bracketed_region_places_the_event_in_burkina_faso(text: str, language: str,
                                                                          event_place: str, precision: str) -> None:
    places, events = analysed(text, language)
    assert (places["Soum"].country_code, places["Soum"].feature_class) == ("BF", "region")
    assert [(e.text, e.country_code, e.precision) if e else None for e in events] == [(event_place, "BF", precision)]
