"""French puts a town after 'à' and a country after 'au', 'aux' or 'en': 'à Mexico' is the capital, 'au Mexique' the
country; city-states and islands named like no town of theirs keep their readings."""
from __future__ import annotations

import pytest

from core.geo import haversine_km
from geocoding.gazetteer import Gazetteer, default_gazetteer
from geocoding.resolve import resolve_places


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def only(text: str, name: str, gazetteer: Gazetteer, language: str = "fr"):
    start = text.index(name)
    (mention,) = resolve_places(text, [(start, start + len(name))], language, gazetteer=gazetteer)
    return mention


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
    assert "after 'à'" in next(a.reason for a in mention.alternatives if a.feature_class == "country")


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
