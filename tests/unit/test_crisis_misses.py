"""Places a crisis analyst expects that earlier passes missed: an airport named by its city and its own name with no
airport word ('Paris Orly'), a US state after a first name that is a US place, a town without its Arabic article, a
city after a verb of reaching, a place's name as a first name."""
from __future__ import annotations

import pytest

from extractors.nlp_models import load_nlp
from geocoding.airports import names_an_airport
from geocoding.gazetteer import Gazetteer
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
])
def test_a_big_city_a_verb_of_reaching_takes_is_a_place(text: str, name: str, language: str,
                                                        gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert objects_of(text, name, language, gazetteer) == [(start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("Reporters reached Powell by phone on Monday.", "Powell"),  # a small town's name: the person
    ("The delegation praised Lyon for his work.", "Lyon"),  # no verb of reaching
])
def test_a_person_a_verb_takes_stays_a_person(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert objects_of(text, name, "en", gazetteer) == []
