"""Places of crisis notes that earlier passes got wrong: a town a distance and direction is told from, one an
apposition calls a town or the text puts in its country, a big city the tagger misreads, a macro-region after an
article the NER calls a person ('the Sahel'), a village after a town's preposition put in a province, a region's
name the NER calls a people ('Punjab province'); a region spelt another way or named with another language's compass
word, a district after its town's possessive, a village in a province or in a territory of a province, a big
region's seat far from its middle, a 'krai'; a code with a digit; and the region codes the gazetteer gives towns."""
from __future__ import annotations

from collections import Counter

import pytest

from core.model import Candidate, Document
from extractors.entities import extract_entities
from extractors.nlp_models import load_nlp
from extractors.pipeline import analyze_many
from extractors.relative_place import offset_pattern
from geocoding.features import apposed_town
from geocoding.gazetteer import Gazetteer, region_code
from geocoding.resolve import may_hold_seat, resolve_places
from geocoding.spotter import (apposed_toponyms, contained_toponyms, mislabelled_toponyms, positioned_toponyms,
                               region_toponyms, situated_toponyms)


def span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def readings(text: str, names: list[str], gazetteer: Gazetteer, language: str = "en") -> dict[str, Candidate]:
    """The reading of each name resolved together, by its words."""
    return {m.text: m for m in resolve_places(text, [span(text, n) for n in names], language, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, name, language", [
    ("JNIM fighters ambushed a convoy 40 km north of Djibo, in Soum province.", "Djibo", "en"),
    ("Des jihadistes ont tendu une embuscade à un convoi à 30 km au sud de Djibo.", "Djibo", "fr"),
])
def test_a_name_a_distance_and_direction_are_told_from_is_positioned(text: str, name: str, language: str,
                                                                     gazetteer: Gazetteer) -> None:
    found = span(text, name)
    assert found in positioned_toponyms(text, [], [found], [], [], (offset_pattern(language),), [found],
                                        gazetteer=gazetteer)


@pytest.mark.parametrize("text, language", [
    ("A roadside bomb exploded 15 km east of Kidal, in northern Mali.", "en"),
    ("Une bombe a explosé à 15 km à l'est de Kidal, dans le nord du Mali.", "fr"),
])
def test_a_distance_is_told_from_a_town_not_its_namesake_region(text: str, language: str,
                                                                  gazetteer: Gazetteer) -> None:
    assert readings(text, ["Kidal", "Mali"], gazetteer, language)["Kidal"].feature_class == "city"


@pytest.mark.parametrize("text, name", [
    ("Protesters blocked the road to Goma, the capital of North Kivu province.", "Goma"),
    ("Fighting spread to Wad Madani, the capital of Gezira State.", "Wad Madani"),
])
def test_a_name_an_apposition_calls_a_town_is_the_town(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert apposed_toponyms(text, [span(text, name)], gazetteer) == [span(text, name)]


@pytest.mark.parametrize("after, town", [
    (", the capital of North Kivu", True), (", capitale du Darfour du Nord", True),
    (", the regional capital of Kaya", True), (", the city's mayor said", False), (", said the town", False),
])
def test_an_apposition_names_a_town_only_with_its_of(after: str, town: bool) -> None:
    assert apposed_town(after, 0) is town


def test_a_name_put_in_a_country_with_a_big_city_of_its_name_is_the_city(gazetteer: Gazetteer) -> None:
    text = "Floods hit Maradi and Zinder in southern Niger, and Smith in France."
    names = [span(text, n) for n in ("Zinder", "Maradi", "Smith")]
    assert contained_toponyms(text, names, gazetteer) == [span(text, "Zinder")]


@pytest.mark.parametrize("text, name, found", [
    ("Floods swept through the Sahel on Monday.", "Sahel", True),
    ("Guests waited in the lobby of the Hilton on Monday.", "Hilton", False),
])
def test_a_macro_region_after_an_article_is_no_person(text: str, name: str, found: bool,
                                                      gazetteer: Gazetteer) -> None:
    place = (*span(text, name), "PER")
    assert mislabelled_toponyms(text, [place], gazetteer) == ([place[:2]] if found else [])


@pytest.mark.parametrize("text, name, found", [
    ("Des hommes armés ont tué 12 civils à Barsalogho, dans la province du Sanmatenga.", "Barsalogho", True),
    ("Gunmen attacked worshippers in Essakane, in Oudalan province, on Sunday.", "Essakane", True),
    ("Smith, in Texas, said the storm had passed.", "Smith", False),
    ("The governor thanked Smith, in the province of Ontario.", "Smith", False),
])
def test_a_name_after_a_town_s_preposition_the_text_puts_in_a_region_is_a_place(text: str, name: str,
                                                                                found: bool) -> None:
    assert situated_toponyms(text, [span(text, name)]) == ([span(text, name)] if found else [])


def test_a_people_s_name_a_region_s_kind_follows_is_the_region(gazetteer: Gazetteer) -> None:
    text = "Police clashed with protesters in Lahore, the capital of Punjab province, and Russian region officials."
    peoples = [span(text, "Punjab"), span(text, "Russian")]
    assert region_toponyms(text, peoples, gazetteer) == [span(text, "Punjab")]


def test_a_big_city_the_tagger_reads_as_an_adverb_stays_a_place() -> None:
    text = "Des militants ont manifesté à Dakar contre le report de l'élection présidentielle."
    _, toponyms = extract_entities(load_nlp("fr")(text))
    assert span(text, "Dakar") in toponyms


@pytest.mark.parametrize("text, name, language", [
    ("Militants attacked a police post in Lower Shabelle region on Sunday.", "Lower Shabelle", "en"),
    ("Des combats ont eu lieu dans la région du Moyen-Chébéli, au nord de Mogadiscio.", "Moyen-Chébéli", "fr"),
])
def test_a_region_the_text_names_spelt_another_way_is_the_region(text: str, name: str, language: str,
                                                                gazetteer: Gazetteer) -> None:
    reading = readings(text, [name], gazetteer, language)[name]
    assert (reading.name, reading.feature_class) in {("Lower Shebelle", "region"), ("Middle Shebelle", "region")}


def test_a_region_named_in_another_language_with_a_compass_word_has_the_gazetteer_s_word(
        gazetteer: Gazetteer) -> None:
    assert any(c.name == "Nord-Kivu" and c.name_match == "name" for c in gazetteer.lookup("North Kivu"))


@pytest.mark.parametrize("text, name, town", [
    ("A suicide bomber struck a market in Mogadishu's Hodan district.", "Hodan", "Mogadishu"),
    ("Police fired tear gas at protesters in Nairobi's Kibera neighbourhood.", "Kibera", "Nairobi"),
])
def test_an_unknown_district_after_its_town_s_possessive_is_placed_at_the_town(text: str, name: str, town: str,
                                                                              gazetteer: Gazetteer) -> None:
    found = readings(text, [town, name], gazetteer)
    assert (found[name].lat, found[name].lon) == (found[town].lat, found[town].lon)


@pytest.mark.parametrize("text, names, unknown", [
    ("Des hommes armés ont attaqué le village de Koutougou, dans la province du Soum.", ["Koutougou", "Soum"],
     "Koutougou"),
    ("Les rebelles se sont emparés de Rubaya, dans le territoire de Masisi, au Nord-Kivu.",
     ["Rubaya", "Masisi", "Nord-Kivu"], "Rubaya"),
])
def test_a_village_the_text_puts_in_a_province_or_its_territory_is_placed_there(text: str, names: list[str],
                                                                                unknown: str,
                                                                                gazetteer: Gazetteer) -> None:
    found = readings(text, names, gazetteer, "fr")
    assert (found[unknown].lat, found[unknown].lon) == (found[names[-1]].lat, found[names[-1]].lon)


@pytest.mark.parametrize("text", ["Protesters gathered in Maradi and Zinder on Monday.",
                                  "Floods hit Maradi and Zinder in southern Niger."])
def test_big_seats_named_together_are_the_cities_not_their_regions(text: str, gazetteer: Gazetteer) -> None:
    assert {m.feature_class for m in readings(text, ["Maradi", "Zinder"], gazetteer).values()} == {"city"}


def test_a_region_may_hold_a_seat_far_from_its_middle_that_has_its_code() -> None:
    region = Candidate(name="Zinder", lat=15.18, lon=9.71, country_code="NE", admin1="7", feature_class="region")
    city = Candidate(name="Zinder", lat=13.81, lon=8.99, country_code="NE", admin1="7", feature_class="city")
    elsewhere = Candidate(name="Zinder", lat=13.81, lon=8.99, country_code="NE", admin1="4", feature_class="city")
    assert may_hold_seat(region, city) and not may_hold_seat(region, elsewhere)


@pytest.mark.parametrize("text, language", [
    ("A drone hit a refinery in Tuapse, in Russia's Krasnodar Krai.", "en"),
    ("Un drone a frappé une raffinerie à Touapsé, dans le kraï de Krasnodar.", "fr"),
])
def test_a_krai_is_a_region(text: str, language: str, gazetteer: Gazetteer) -> None:
    assert readings(text, ["Krasnodar"], gazetteer, language)["Krasnodar"].feature_class == "region"


def test_an_unplaced_code_with_a_digit_is_no_place() -> None:
    text = "Les rebelles du M23 se sont emparés de Goma."
    (analysis,) = analyze_many([Document(text=text, id="m23", language="fr")])
    assert "M23" not in {p.text for p in analysis.places}


def test_a_town_takes_its_listed_region_s_code_or_none_where_its_geonames_region_spreads(
        gazetteer: Gazetteer) -> None:
    assert region_code(Counter({"14": 9, "31": 1})) == "14"
    assert region_code(Counter({"KEN": 3, "MAN": 2, "LDS": 2, "GLG": 1})) == ""
    regions = {(c.name, c.admin1) for name in ("Nice", "Manchester", "Bolzano") for c in gazetteer.lookup(name)
               if c.feature_class == "city" and c.population > 100_000}
    assert {("Nice", "06"), ("Manchester", "MAN"), ("Bolzano", "BZ")} <= regions
