"""French puts a town after 'à' and a country after 'au', 'aux' or 'en': 'à Mexico' is the capital, 'au Mexique' the
country; city-states and islands named like no town of theirs keep their readings; 'A' opening a sentence is 'À'
without its accent ('A Mitrovica, où...'), and a town in a country the story names is that country's town."""
from __future__ import annotations

import pytest

from core.geo import haversine_km
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from place_reading import read_alone
from geocoding.spotter import unaccented_toponyms


def only(text: str, name: str, gazetteer: Gazetteer, language: str = "fr"):
    """A French sentence's name read alone, unless the test says another language."""
    return read_alone(text, name, gazetteer, language)


@pytest.mark.parametrize("text, name, city", [
    ("Un séisme a frappé à Mexico mardi.", "Mexico", "Mexico City"),
    ("Le sommet s'est tenu à Luxembourg.", "Luxembourg", "Luxembourg"),
    ("L'émir est rentré à Koweït lundi.", "Koweït", "Kuwait City"),
    ("L'avion a atterri à Panama.", "Panama", "Panama City"),
])
def test_a_country_named_like_its_capital_after_a_is_the_capital(text: str, name: str, city: str,
                                                                  gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert (mention.name, mention.feature_class) == (city, "city")
    assert "a town's preposition" in next(a.reason for a in mention.alternatives if a.feature_class == "country")


@pytest.mark.parametrize("text, country, town, city", [
    ("Le ministre est arrivé au Mexique lundi. Il a vu des élus à Mexico mardi.", "Mexique", "Mexico", "Mexico City"),
    ("La presse du Mexique le dit : à Mexico, les prix montent.", "Mexique", "Mexico", "Mexico City"),
])
def test_a_capital_after_a_stays_the_capital_when_the_story_names_its_country(text: str, country: str, town: str,
                                                                              city: str, gazetteer: Gazetteer) -> None:
    """The country named before it draws its cities and the country alike: the preposition still says which."""
    start, end = text.index(country), text.index(country) + len(country)
    at = text.rindex(town)
    read = resolve_places(text, [(start, end), (at, at + len(town))], "fr", gazetteer=gazetteer)
    assert [(p.name, p.feature_class) for p in read] == [(read[0].name, "country"), (city, "city")]


@pytest.mark.parametrize("text, name, language", [
    ("Le président est arrivé au Mexique.", "Mexique", "fr"),
    ("Il vit au Luxembourg depuis dix ans.", "Luxembourg", "fr"),
    ("Les élections ont eu lieu à Cuba.", "Cuba", "fr"),  # an island takes 'à'; no town of Cuba is called so
    ("Protests spread in Mexico on Sunday.", "Mexico", "en"),
])
def test_a_country_without_a_towns_preposition_stays_the_country(text: str, name: str, language: str,
                                                                  gazetteer: Gazetteer) -> None:
    assert only(text, name, gazetteer, language).feature_class == "country"


@pytest.mark.parametrize("text, name", [
    ("Des manifestations ont eu lieu à Singapour.", "Singapour"),
    ("Le prince vit à Monaco.", "Monaco"),
    ("La France a une base militaire à Djibouti.", "Djibouti"),
])
def test_a_city_state_after_a_stays_where_it_is(text: str, name: str, gazetteer: Gazetteer) -> None:
    """A city-state is its city and its country: either reading is in the right place."""
    mention = only(text, name, gazetteer)
    country = next(c for c in gazetteer.lookup(name) if c.feature_class == "country")
    assert mention.country_code == country.country_code
    assert haversine_km(mention.lat, mention.lon, country.lat, country.lon) < 161


@pytest.mark.parametrize("text, name", [
    ("A Mitrovica, où le régiment achèvera son mandat, la tension est retombée.", "A Mitrovica"),
    ("Le calme est revenu. A Kidal, une bombe a explosé.", "A Kidal"),
])
def test_a_opening_a_sentence_is_a_without_its_accent(text: str, name: str, gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert unaccented_toponyms(text, [(start, start + len(name))], "fr", gazetteer) == {
        (start, start + len(name)): (start + 2, start + len(name))}


@pytest.mark.parametrize("text, name", [
    ("Le club de A Coruña a gagné.", "A Coruña"),  # not opening a sentence
    ("A Coruña a gagné dimanche.", "A Coruña"),  # the whole is a town's name
    ("A Zelensky, le ministre a répondu.", "A Zelensky"),  # no town after it
])
def test_a_that_is_part_of_a_name_or_before_no_town_stays(text: str, name: str, gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert unaccented_toponyms(text, [(start, start + len(name))], "fr", gazetteer) == {}


def test_a_town_in_the_country_the_story_names_is_that_countrys(gazetteer: Gazetteer) -> None:
    """'Kosovo' is also a region Serbia lists and 'Mitrovica' also Sremska Mitrovica, in Serbia: Mitrovicë, in Kosovo,
    speaks for the country, not for the Serbian region beside it, so the two do not pull each other into Serbia."""
    text = "À Mitrovica, où le régiment achèvera son mandat au Kosovo, la tension est retombée."
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Mitrovica", "Kosovo")]
    town, country = resolve_places(text, spans, "fr", gazetteer=gazetteer)
    assert (town.country_code, town.feature_class) == ("XK", "city")
    assert (country.country_code, country.feature_class) == ("XK", "country")


def test_the_pipeline_reads_a_town_after_an_unaccented_a() -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    text = "A Mitrovica, où le régiment achèvera début octobre son mandat au Kosovo, la tension est retombée."
    places = analyze(Document(text=text, language="fr", published="2024-01-01")).places
    assert [(p.text, p.country_code, p.feature_class) for p in places] == [
        ("Mitrovica", "XK", "city"), ("Kosovo", "XK", "country")]
