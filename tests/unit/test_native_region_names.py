"""A region's native name from countrystatecity is a name of the region only where it sounds like it: a word a source
mistranslated its name into ('Nice' for Ntchisi, Malawi) never takes a city's name from it."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.native_names import sounds_alike
from place_reading import read_alone


@pytest.mark.parametrize("native, name", [
    ("Bayern", "Bavaria"), ("Sachsen", "Saxony"), ("Wien", "Vienna"), ("Genf", "Geneva"), ("Navarra", "Navarre"),
    ("Vlaanderen", "Flanders"), ("Islas Baleares", "Balearic Islands"), ("Polynésie française", "French Polynesia"),
    ("București", "Bucharest"), ("Nord-ouest", "Northwest"), ("Grand Nord", "Far North"),
    ("Jubbada Hoose", "Lower Juba"),
])
def test_a_native_name_spelt_like_the_region_is_kept(native: str, name: str) -> None:
    assert sounds_alike(native, name)


@pytest.mark.parametrize("native, name", [
    ("Nice", "Ntchisi"), ("Olf", "Phalombe"), ("Robbery", "Mbarara"), ("Empire", "Echternach"),
    ("Gerencia", "Managua"), ("Love", "Likoma"), ("Big blood", "Sangre Grande"), ("Κρήτη", "Crete"),
])
def test_a_native_name_translated_into_a_word_is_dropped(native: str, name: str) -> None:
    assert not sounds_alike(native, name)


@pytest.mark.parametrize("text, language", [
    ("A fire destroyed a building in Nice on Friday.", "en"),
    ("Un incendie a ravagé un immeuble à Nice vendredi.", "fr"),
])
def test_a_city_is_not_taken_by_a_region_mistranslated_into_its_name(text: str, language: str,
                                                                     gazetteer: Gazetteer) -> None:
    mention = read_alone(text, "Nice", gazetteer, language)
    assert (mention.name, mention.country_code, mention.feature_class) == ("Nice", "FR", "city")


@pytest.mark.parametrize("text, name, country", [
    ("Floods hit Bayern and Thüringen this week.", "Bayern", "DE"),
    ("Des inondations ont frappé Bayern et la Saxe cette semaine.", "Bayern", "DE"),
])
def test_a_region_is_still_found_by_its_native_name(text: str, name: str, country: str,
                                                    gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class) == (country, "region")


@pytest.mark.parametrize("text", [
    "Protesters gathered in Pasto on Friday.",
    "Des manifestants se sont rassemblés à Pasto vendredi.",
])
def test_a_big_city_outranks_a_region_that_has_its_name_only_as_an_alternate(text: str, gazetteer: Gazetteer) -> None:
    mention = read_alone(text, "Pasto", gazetteer)  # a region of Peru lists 'Pasto' as its native name
    assert (mention.name, mention.country_code, mention.feature_class) == ("Pasto", "CO", "city")
