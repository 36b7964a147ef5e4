"""Places a crisis analyst expects that earlier passes missed: an airport named by its city and its own name with no
airport word ('Paris Orly'), a US state after a first name that is a US place, a town without its Arabic article, a
city after a verb of reaching or taking, a place's name as a first name."""
from __future__ import annotations

import pytest

from extractors.nlp_models import load_nlp
from geocoding.airports import names_an_airport
from geocoding.gazetteer import Gazetteer
from geocoding.person_names import names_person
from geocoding.romanised import own_sound_keys
from geocoding.resolve import resolve_places
from geocoding.spotter import spot_toponyms, struck_toponyms


@pytest.mark.parametrize("text, name", [
    ("Flights to Paris Orly were cancelled on Friday because of the strike.", "Paris Orly"),
    ("Passengers were stuck at Rome Fiumicino for hours.", "Rome Fiumicino"),
])
def test_an_airport_named_without_its_word_is_its_city_and_its_own_name(text: str, name: str,
                                                                        gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert spot_toponyms(text, [], gazetteer=gazetteer) == [(start, start + len(name))]
    mentions = resolve_places(text, [(start, start + len(name))], gazetteer=gazetteer)
    assert [m.text for m in mentions] == name.split(" ")
    assert {m.country_code for m in mentions} == {"FR" if "Paris" in name else "IT"}


def test_the_airport_s_own_name_is_found_after_the_city_the_ner_took(gazetteer: Gazetteer) -> None:
    text = "Les vols au départ de Paris Orly ont été annulés vendredi."
    start = text.index("Paris")
    assert spot_toponyms(text, [(start, start + 5)], gazetteer=gazetteer) == [(start + 6, start + 10)]


@pytest.mark.parametrize("name", ["Paris Hilton", "Paris Saint", "Lyon Orly"])
def test_words_no_airport_is_named_by_are_no_airport(name: str) -> None:
    assert not names_an_airport(name)


def objects_of(text: str, name: str, language: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans struck_toponyms keeps of a name the NER called a person."""
    start = text.index(name)
    return struck_toponyms(load_nlp(language)(text), [(start, start + len(name))], language, gazetteer)


@pytest.mark.parametrize("text, name, language", [
    ("Paris Jackson performed on Friday, a week after her tour reached Lyon.", "Lyon", "en"),
    ("La tournée de la chanteuse a atteint Lyon vendredi soir.", "Lyon", "fr"),
    ("M23 rebels seized Goma in January.", "Goma", "en"),
    ("Les rebelles ont repris Goma lundi.", "Goma", "fr"),
])
def test_a_big_city_a_verb_of_reaching_or_taking_takes_is_a_place(text: str, name: str, language: str,
                                                                 gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert objects_of(text, name, language, gazetteer) == [(start, start + len(name))]


@pytest.mark.parametrize("text, name, language", [
    ("M23 rebels seized Goma in January.", "Goma", "en"),
    ("Les rebelles ont repris Goma lundi.", "Goma", "fr"),
])
def test_a_big_city_a_verb_of_taking_takes_is_a_place(text: str, name: str, language: str,
                                                      gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert objects_of(text, name, language, gazetteer) == [(start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("Reporters reached Powell by phone on Monday.", "Powell"),  # a small town's name: the person
    ("Police captured Powell on Monday.", "Powell"),  # a small town's name after a verb of taking: the person
    ("The delegation praised Lyon for his work.", "Lyon"),  # no verb of reaching
])
def test_a_person_a_verb_takes_stays_a_person(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert objects_of(text, name, "en", gazetteer) == []


def names_someone(text: str, name: str, language: str, gazetteer: Gazetteer) -> bool:
    """Whether names_person reads the first occurrence of a name as someone's."""
    start = text.index(name)
    return names_person(text, start, start + len(name), language, gazetteer.lookup)


@pytest.mark.parametrize("text, name, language", [
    ("A statue of Washington Irving was unveiled in Madrid on Monday.", "Washington Irving", "en"),
    ("Un buste de Washington Irving a été dévoilé lundi à Séville.", "Washington Irving", "fr"),
    ("A statue of Washington Irving was unveiled in Madrid on Monday.", "Washington", "en"),
])
def test_a_place_s_name_before_a_person_s_name_is_a_first_name(text: str, name: str, language: str,
                                                               gazetteer: Gazetteer) -> None:
    assert names_someone(text, name, language, gazetteer)


@pytest.mark.parametrize("text, name", [
    ("The Washington Post said on Monday the vote was close.", "Washington"),  # 'Post' is a common word
    ("The Washington Monument reopened to visitors on Monday.", "Washington"),  # a landmark's word
])
def test_a_place_s_name_before_a_word_that_names_no_one_stays_a_place(text: str, name: str,
                                                                      gazetteer: Gazetteer) -> None:
    assert not names_someone(text, name, "en", gazetteer)


@pytest.mark.parametrize("text, name, language", [
    ("Brooklyn Beckham married the actress in Florida in April.", "Florida", "en"),
    ("Brooklyn Beckham s'est marié en Floride au mois d'avril.", "Floride", "fr"),
])
def test_a_us_state_s_name_is_the_state_not_a_small_seat_abroad(text: str, name: str, language: str,
                                                                gazetteer: Gazetteer) -> None:
    """Florida, Uruguay, seat of a department of its name, is no more 'in Florida' than the state is."""
    start = text.index(name)
    [mention] = resolve_places(text, [(start, start + len(name))], language, gazetteer=gazetteer)
    assert (mention.country_code, mention.feature_class) == ("US", "region")


def test_a_town_used_as_a_town_is_still_the_seat_of_its_own_region(gazetteer: Gazetteer) -> None:
    text = "Residents fled the bombing in Saada, the Houthis' northern stronghold."
    start = text.index("Saada")
    [mention] = resolve_places(text, [(start, start + 5)], "en", gazetteer=gazetteer)
    assert (mention.country_code, mention.feature_class) == ("YE", "city")


@pytest.mark.parametrize("text, name, language", [
    ("Turkish drones struck Qamishli, a Kurdish-held town in northeast Syria.", "Qamishli", "en"),
    ("Des drones turcs ont frappé Qamichli lundi, dans le nord-est de la Syrie.", "Qamichli", "fr"),
])
def test_a_big_city_named_without_its_arabic_article_is_spotted(text: str, name: str, language: str,
                                                                gazetteer: Gazetteer) -> None:
    """The gazetteer lists the town as 'Al Qāmishlī'; news drops the article."""
    start = text.index(name)
    assert (start, start + len(name)) in spot_toponyms(text, [], gazetteer=gazetteer)
    country = text.index("Syri")
    town, _ = resolve_places(text, [(start, start + len(name)), (country, country + 5)], language, gazetteer=gazetteer)
    assert (town.country_code, town.feature_class) == ("SY", "city")


def test_the_article_is_dropped_only_before_the_name() -> None:
    assert own_sound_keys("Al Qāmishlī") == {"alqamishli", "qamishli"}
    assert own_sound_keys("Alexandria") == {"alexandra"}  # 'Al' here is no article: no word follows it
