"""A place's name as someone's first name ('Paris Hilton') is no place; a town the text calls a city is the town,
not the province named after it ('the city of Saada'); a region the text calls an oblast is the region ("l'oblast de
Zaporijia"); a big city in another romanisation is the city ('Vinnitsa'); a country is drawn inside its outline."""
from __future__ import annotations

import pytest

from core.geo import haversine_km
from geocoding.country_points import country_point
from geocoding.gazetteer import Gazetteer
from geocoding.person_names import is_common_word, names_person
from geocoding.resolve import resolve_places
from geocoding.romanised import sound_key
from tests.unit.place_reading import read_alone


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(name), text.index(name) + len(name)) for name in names]


@pytest.mark.parametrize("text, name", [
    ("Paris Hilton said on Monday she would open a hotel.", "Paris"),
    ("Fans of Paris Hilton waited outside.", "Paris"),
    ("The heiress Paris Hilton arrived on Monday.", "Paris Hilton"),
    ("Israel Adesanya won the fight.", "Adesanya"),  # the NER may split a full name into two places
])
def test_a_first_name_before_a_surname_is_no_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert resolve_places(text, spans(text, name), "en", gazetteer=gazetteer) == []


@pytest.mark.parametrize("text, name", [
    ("The Paris Hilton hotel is near the river.", "Paris"),  # an article: a thing named after the place
    ("Troops entered Paris Saturday.", "Paris"),  # a calendar word
    ("Flights to Paris Orly were cancelled.", "Paris"),  # a place near it: its airport
    ("He played for the Dallas Mavericks.", "Dallas"),
    ("The Houston Chronicle reported the fire.", "Houston"),  # a word the language writes in lower case
    ("The gala was held at Sullivan Goss in November.", "Sullivan Goss"),  # a preposition of place
    ("Georgia Power raised its prices.", "Georgia"),
])
def test_a_place_before_a_capitalised_word_that_is_no_surname_stays_a_place(text: str, name: str,
                                                                          gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert not names_person(text, start, start + len(name), "en", gazetteer.lookup)


def test_a_surname_is_no_word_the_language_writes_in_lower_case() -> None:
    assert not is_common_word("Hilton", "en")
    assert is_common_word("Rockets", "en") and is_common_word("Policemen", "en")  # by the lemmatizer's rules


@pytest.mark.parametrize("text, language", [
    ("Airstrikes pounded the city of Saada in Saada province on Friday.", "en"),
    ("Des frappes ont visé la ville de Saada, fief des Houthis.", "fr"),
    ("À Saada, fief des Houthis, les habitants ont fui.", "fr"),
])
def test_a_town_the_text_calls_a_city_is_not_the_province_named_after_it(text: str, language: str,
                                                                        gazetteer: Gazetteer) -> None:
    mention = read_alone(text, "Saada", gazetteer, language)
    assert (mention.feature_class, mention.country_code) == ("city", "YE")


@pytest.mark.parametrize("text, name, language", [
    ("Les troupes russes avancent dans l'oblast de Zaporijia.", "Zaporijia", "fr"),
    ("Les troupes russes avancent dans l'oblast de Zaporijia.", "oblast de Zaporijia", "fr"),
    ("Fighting raged in Zaporizhzhia Oblast on Monday.", "Zaporizhzhia Oblast", "en"),
    ("Des bombardements ont touché l'oblast de Donetsk dans la nuit.", "Donetsk", "fr"),
])
def test_a_region_named_after_its_seat_is_the_region_when_the_text_says_so(text: str, name: str, language: str,
                                                                         gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer, language)
    assert (mention.feature_class, mention.country_code) == ("region", "UA")


@pytest.mark.parametrize("name", ["Zaporijia", "Zaporizhia", "Vinnitsa"])
def test_a_big_city_in_another_romanisation_is_the_city(name: str, gazetteer: Gazetteer) -> None:
    mention = read_alone(f"Explosions were heard in {name} overnight.", name, gazetteer, "en")
    assert (mention.feature_class, mention.country_code) == ("city", "UA")


def test_romanisations_of_one_name_share_their_sounds() -> None:
    assert sound_key("Zaporizhzhia") == sound_key("Zaporijia") == sound_key("Zaporizhia")
    assert sound_key("Vinnytsia") == sound_key("Vinnitsa")


def test_a_country_is_drawn_inside_its_outline() -> None:
    listed = (29.5, 45.75)  # Kuwait's listed point lies in Saudi Arabia
    point = country_point("KW", *listed)
    assert haversine_km(*point, 29.31, 47.48) < 50  # Kuwait's middle
    assert country_point("LB", 33.83, 35.83) == (33.83, 35.83)  # a listed point inside stays


def test_a_country_read_in_a_text_is_drawn_inside_its_outline(gazetteer: Gazetteer) -> None:
    mention = read_alone("Protests spread to Kuwait on Friday.", "Kuwait", gazetteer, "en")
    assert mention.feature_class == "country" and haversine_km(mention.lat, mention.lon, 29.31, 47.48) < 50
