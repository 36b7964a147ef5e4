"""Regions named with a qualifier: French compass words and spellings ('Ossétie du Nord', 'Nord-Sinaï', 'Darfour du
Nord', 'Mordovie') read under their English names; a people's word that is part of a region's name ('le Kurdistan
irakien', 'Iraqi Kurdistan' split by the NER) reads the region, not the country."""
from __future__ import annotations

import pytest

from geocoding.gazetteer_forms import gazetteer_form_readings, gazetteer_forms
from geocoding.gazetteer import Gazetteer
from place_reading import read_alone
from geocoding.spotter import featured_toponyms


def only(text: str, name: str, gazetteer: Gazetteer, language: str = "fr"):
    """A French sentence's name read alone, unless the test says another language."""
    return read_alone(text, name, gazetteer, language)


@pytest.mark.parametrize("text, name, country", [
    ("Des combats ont éclaté en Ossétie du Nord.", "Ossétie du Nord", "RU"),
    ("Une attaque a visé un poste dans le Nord-Sinaï.", "Nord-Sinaï", "EG"),
    ("Les milices ont pris une ville du Darfour du Nord.", "Darfour du Nord", "SD"),
    ("Des réfugiés ont fui le Kordofan du Sud.", "Kordofan du Sud", "SD"),
    ("Un dépôt a brûlé en Mordovie.", "Mordovie", "RU"),
])
def test_a_french_region_name_reads_its_english_name(text: str, name: str, country: str,
                                                     gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class) == (country, "region")


def test_an_english_compass_word_reads_a_regions_french_name() -> None:
    """The gazetteer keeps Congo's provinces under their French names: 'North Kivu' is looked up as 'Nord-Kivu'."""
    assert "Nord-Kivu" in gazetteer_forms("North Kivu")
    assert "Bas-Uele" in gazetteer_forms("Lower Uele")


def test_an_english_region_written_with_its_compass_word_is_placed(gazetteer: Gazetteer) -> None:
    mention = only("Fighting displaced thousands in North Kivu.", "North Kivu", gazetteer, "en")
    assert (mention.country_code, mention.feature_class) == ("CD", "region")


@pytest.mark.parametrize("name", ["Valérie", "Marie du Nord", "Sophie"])
def test_a_french_first_name_is_no_region_in_english(name: str, gazetteer: Gazetteer) -> None:
    """Only countries and regions are read through an English spelling, so a person's name finds none."""
    assert gazetteer_form_readings(name, gazetteer.lookup) == []


@pytest.mark.parametrize("text, name, language", [
    ("Des frappes ont visé le Kurdistan irakien.", "Kurdistan", "fr"),
    ("Turkish drones struck targets in Iraqi Kurdistan.", "Kurdistan", "en"),
])
def test_a_peoples_word_in_a_regions_name_reads_the_region(text: str, name: str, language: str,
                                                          gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer, language)
    assert (mention.name, mention.country_code) == ("Iraqi Kurdistan", "IQ")
    assert mention.feature_class != "country"


def test_a_region_the_ner_misses_with_its_peoples_word_is_committed(gazetteer: Gazetteer) -> None:
    """The NER calls 'Kurdistan' of 'le Kurdistan irakien' a miscellaneous name: with its word it is a place."""
    text = "Des frappes ont visé le Kurdistan irakien."
    start = text.index("Kurdistan")
    assert featured_toponyms(text, [(start, start + 9)], gazetteer) == [(start, start + 9)]


def test_a_peoples_word_outside_a_regions_name_still_keeps_its_country(gazetteer: Gazetteer) -> None:
    """'le Grand Nord russe' names no region of its own: it stays in Russia."""
    mention = only("Il a été transféré dans le Grand Nord russe.", "Grand Nord", gazetteer)
    assert mention.country_code == "RU"
