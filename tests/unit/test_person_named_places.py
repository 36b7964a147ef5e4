"""Capitals and big cities the NER calls people ('Nay Pyi Taw', 'Rostov'): places where a preposition of place puts
them, or a region written after them ('Hamilton, Ontario'); a hyphenated city's head ('Rostov' after 'Rostov-on-Don') is
that city, not the region named like it."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import listed_toponyms, mislabelled_toponyms, region_qualified_toponyms


def person(text: str, name: str) -> tuple[int, int, str]:
    start = text.index(name)
    return start, start + len(name), "PER"


@pytest.mark.parametrize("text, name", [
    ("The generals moved the capital to Nay Pyi Taw in 2005.", "Nay Pyi Taw"),
    ("Armed men seized the army headquarters in Rostov on Saturday.", "Rostov"),
    ("Les combattants sont entrés à Rostov samedi.", "Rostov"),
    ("Police said gunmen attacked a market near Gusau overnight.", "Gusau"),
    ("Students marched in Lincoln on Monday.", "Lincoln"),
])
def test_a_big_town_put_in_a_place_is_no_person(text: str, name: str, gazetteer: Gazetteer) -> None:
    entity = person(text, name)
    assert mislabelled_toponyms(text, [entity], gazetteer) == [entity[:2]]


@pytest.mark.parametrize("text, name", [
    ("Le président a rendu hommage à Lincoln.", "Lincoln"),  # 'à' says to whom; a city of 295,000 is not enough
    ("Prigozhin's men left Rostov late on Saturday.", "Rostov"),  # no preposition of place
    ("The minister spoke to Gusau about the attack.", "Gusau"),
    ("Il a voté pour Lincoln en 1860.", "Lincoln"),
])
def test_a_person_named_like_a_town_stays_a_person_without_a_place_for_it(text: str, name: str,
                                                                          gazetteer: Gazetteer) -> None:
    assert mislabelled_toponyms(text, [person(text, name)], gazetteer) == []


def read(text: str, names: list[str], gazetteer: Gazetteer) -> list:
    spans, at = [], 0
    for name in names:
        start = text.index(name, at)
        spans.append((start, start + len(name)))
        at = start + len(name)
    return resolve_places(text, spans, gazetteer=gazetteer)


def test_a_hyphenated_citys_head_is_the_city(gazetteer: Gazetteer) -> None:
    """'Rostov' is also the name of the region around Rostov-on-Don; after the city's full name it is the city."""
    text = "Fighters seized the army headquarters in Rostov-on-Don. In Rostov, shops stayed shut."
    full, short = read(text, ["Rostov-on-Don", "Rostov"], gazetteer)
    assert (short.name, short.feature_class) == (full.name, "city") == ("Rostov-on-Don", "city")


def test_a_state_named_in_a_citys_name_stays_the_state(gazetteer: Gazetteer) -> None:
    """'Oklahoma City' is named after its state: 'Oklahoma' after it is still the state."""
    text = "Police in Oklahoma City said storms hit Oklahoma overnight."
    _, state = read(text, ["Oklahoma City", "Oklahoma"], gazetteer)
    assert (state.country_code, state.feature_class) == ("US", "region")


@pytest.mark.parametrize("text, name", [
    ("Protests were held in Winnipeg, Manitoba; and Hamilton, Ontario.", "Hamilton"),
    ("The storm reached Jackson, Miss., on Sunday.", "Jackson"),
    ("Des manifestations ont eu lieu à Hamilton (Ontario) samedi.", "Hamilton"),
    ("Students marched in Lincoln, Nebraska, on Monday.", "Lincoln"),
])
def test_a_name_before_a_region_with_a_town_of_that_name_is_the_town(text: str, name: str,
                                                                     gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert region_qualified_toponyms(text, [(start, start + len(name))], gazetteer) == [(start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("Hamilton, Britain's champion, won in Monaco.", "Hamilton"),  # a country, not a region of it
    ("Jordan Peterson, Ontario's best-known author, spoke.", "Jordan Peterson"),  # no town of that name
    ("Le Premier ministre Trudeau (Québec) a répondu.", "Trudeau"),
    ("Hamilton said the race was over.", "Hamilton"),
])
def test_a_person_before_a_region_without_such_a_town_stays_a_person(text: str, name: str,
                                                                      gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert region_qualified_toponyms(text, [(start, start + len(name))], gazetteer) == []


def test_the_pipeline_places_a_town_before_its_region() -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    text = "Protests were held in Vancouver, British Columbia; Winnipeg, Manitoba; and Hamilton, Ontario."
    analysis = analyze(Document(text=text, language="en", published="2024-01-01"))
    places = {p.text: p for p in analysis.places}
    assert (places["Hamilton"].country_code, places["Hamilton"].feature_class) == ("CA", "city")
    assert "Hamilton" not in {e.text for e in analysis.entities if e.label == "PER"}


@pytest.mark.parametrize("text, language, name, country", [
    ("Le 18 août 2023, les forces ukrainiennes ont bombardé Belgorod, tuant un civil.", "fr", "Belgorod", "RU"),
    ("Ukrainian forces shelled Belgorod on Friday, killing a civilian.", "en", "Belgorod", "RU"),
    ("Les forces russes ont pilonné Koupiansk et Belgorod.", "fr", "Belgorod", "RU"),
])
def test_the_object_of_a_verb_said_of_places_only_is_a_place(text: str, language: str, name: str,
                                                             country: str) -> None:
    """'bombarder', 'shell' take places, never people: their object the NER calls a person is the city."""
    from core.model import Document
    from extractors.pipeline import analyze

    places = {p.text: p for p in analyze(Document(text=text, language=language, published="2024-01-01")).places}
    assert (places[name].country_code, places[name].feature_class) == (country, "city")


@pytest.mark.parametrize("text, language", [
    ("La police a arrêté Hamilton samedi.", "fr"),  # people are arrested: the NER's person stands
    ("Les électeurs ont élu Lincoln en 1860.", "fr"),
])
def test_the_object_of_a_verb_said_of_people_stays_a_person(text: str, language: str) -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    assert analyze(Document(text=text, language=language, published="2024-01-01")).places == []


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    return [(text.index(name), text.index(name) + len(name)) for name in names]


@pytest.mark.parametrize("text, places, people", [
    ("Missiles hit Odesa, Mykolaiv and Belgorod on Friday.", ["Odesa"], ["Mykolaiv", "Belgorod"]),
    ("Des frappes ont touché Kharkiv et Belgorod dans la nuit.", ["Kharkiv"], ["Belgorod"]),
    ("Mykolaiv, Odesa and Kherson were hit.", ["Odesa", "Kherson"], ["Mykolaiv"]),
    ("Strikes hit Zaporizhzhia, Mykolaiv and Belgorod.", [], ["Zaporizhzhia", "Mykolaiv", "Belgorod"]),
])
def test_a_big_town_listed_with_places_is_a_place(text: str, places: list[str], people: list[str],
                                                   gazetteer: Gazetteer) -> None:
    people_spans = spans_of(text, people)
    assert listed_toponyms(text, people_spans, spans_of(text, places), gazetteer) == people_spans


@pytest.mark.parametrize("text, places, people", [
    ("In Washington, Jackson said the vote would wait.", ["Washington"], ["Jackson"]),  # a comma alone lists nothing
    ("Kharkiv was hit, Lincoln said.", ["Kharkiv"], ["Lincoln"]),
    ("Odesa and Zelensky were named.", ["Odesa"], ["Zelensky"]),  # no town of that name
    ("Hamilton and Jackson spoke on Monday.", [], ["Hamilton", "Jackson"]),  # two names may be two people's
])
def test_a_person_beside_a_place_but_not_listed_with_it_stays(text: str, places: list[str], people: list[str],
                                                              gazetteer: Gazetteer) -> None:
    assert listed_toponyms(text, spans_of(text, people), spans_of(text, places), gazetteer) == []


def test_the_pipeline_places_big_towns_listed_with_a_place() -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    text = "Missiles hit Odesa, Mykolaiv and Belgorod on Friday."
    places = {p.text: p for p in analyze(Document(text=text, language="en", published="2024-01-01")).places}
    assert {name: place.country_code for name, place in places.items()} == {
        "Odesa": "UA", "Mykolaiv": "UA", "Belgorod": "RU"}


def test_a_region_reaches_no_town_across_its_countrys_border(gazetteer: Gazetteer) -> None:
    """The Russian region of Belgorod reaches past its centre, but not to Zaporizhzhia, in Ukraine: beside Ukrainian
    cities, 'Belgorod' is the Russian city the region is named after."""
    text = "Overnight strikes hit Zaporizhzhia, Mykolaiv and Belgorod, officials said."
    mentions = resolve_places(text, spans_of(text, ["Zaporizhzhia", "Mykolaiv", "Belgorod"]), gazetteer=gazetteer)
    assert [(m.country_code, m.feature_class) for m in mentions] == [("UA", "city"), ("UA", "city"), ("RU", "city")]
