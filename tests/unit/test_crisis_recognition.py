"""Crisis-news names the NER gets wrong: a big city in another romanisation ('Zaporizhzhia' called a person,
'Vinnitsa' unlabelled, 'sur Zaporijia' called an organisation) and a region named with its kind ('Zaporizhzhia
Oblast' called a person) are places; a person's or an organisation's name like them stays what the NER said, and an
organisation's name that is a region whole ('Donetsk Oblast') holds no second place inside it. A town the text calls a
side's stronghold ('the rebel stronghold of Saada') or a city ('Saada city', called a people) is the town, not the
province named after it. A place's name before a surname the lemmatizer also lists ('Paris Jackson') is a first
name."""
from __future__ import annotations

import pytest

from geocoding.features import is_town_use
from geocoding.gazetteer import Gazetteer
from geocoding.person_names import names_person
from geocoding.resolve import resolve_places
from geocoding.romanised import written_in_another_script
from geocoding.spotter import (embedded_toponyms, is_romanised_big_city, mislabelled_toponyms, spot_toponyms,
                               town_toponyms)
from place_reading import read_alone


def entity(text: str, name: str, label: str) -> tuple[int, int, str]:
    start = text.index(name)
    return start, start + len(name), label


@pytest.mark.parametrize("text, name, label", [
    ("Russian shelling hit Zaporizhzhia overnight.", "Zaporizhzhia", "PER"),
    ("Une frappe russe sur Zaporijia a fait trois morts.", "Zaporijia", "ORG"),
    ("Une frappe de missile a tué cinq civils à Vinnitsa mardi.", "Vinnitsa", "PER"),
    ("Fighting raged in Zaporizhzhia Oblast on Monday.", "Zaporizhzhia Oblast", "PER"),
])
def test_a_big_city_in_another_romanisation_or_a_named_region_the_ner_mislabels_is_a_place(
        text: str, name: str, label: str, gazetteer: Gazetteer) -> None:
    found = entity(text, name, label)
    assert mislabelled_toponyms(text, [found], gazetteer) == [found[:2]]


@pytest.mark.parametrize("text, name, label", [
    ("Lincoln said the talks would resume on Monday.", "Lincoln", "PER"),  # a town spelt as its own name
    ("Fans cheered as Ohio State won the game.", "Ohio State", "ORG"),  # a university, named with a state's kind
    ("Jordan Peterson spoke at length.", "Jordan Peterson", "PER"),
])
def test_names_spelt_as_written_or_an_organisation_with_a_kind_stay_what_the_ner_said(
        text: str, name: str, label: str, gazetteer: Gazetteer) -> None:
    assert mislabelled_toponyms(text, [entity(text, name, label)], gazetteer) == []


def test_a_big_city_in_another_romanisation_outside_every_entity_is_spotted(gazetteer: Gazetteer) -> None:
    text = "Explosions were heard in the south and in Vinnitsa overnight."
    start = text.index("Vinnitsa")
    assert spot_toponyms(text, [], gazetteer=gazetteer) == [(start, start + len("Vinnitsa"))]


def test_an_organisation_that_is_a_region_whole_holds_no_place_of_its_own(gazetteer: Gazetteer) -> None:
    text = "Evacuations were ordered in Donetsk Oblast on Monday."
    organisation = entity(text, "Donetsk Oblast", "ORG")[:2]
    assert embedded_toponyms(text, [organisation], set(), gazetteer) == []
    assert mislabelled_toponyms(text, [(*organisation, "ORG")], gazetteer) == [organisation]


@pytest.mark.parametrize("text, language", [
    ("Jets struck the rebel stronghold of Saada in northern Yemen.", "en"),
    ("The strikes hit the port city of Hodeidah and the northern stronghold of Saada.", "en"),
    ("Les avions ont bombardé le bastion rebelle de Saada, dans le nord du Yémen.", "fr"),
])
def test_a_sides_stronghold_is_a_town_not_the_province_named_after_it(text: str, language: str,
                                                                      gazetteer: Gazetteer) -> None:
    start = text.index("Saada")
    assert is_town_use(text, start, "")
    mention = read_alone(text, "Saada", gazetteer, language)
    assert (mention.name, mention.feature_class) == ("Sa'dah", "city")


def test_a_stronghold_named_after_no_town_stays_the_region(gazetteer: Gazetteer) -> None:
    mention = read_alone("The senator toured the Republican stronghold of Texas.", "Texas", gazetteer, "en")
    assert (mention.name, mention.feature_class, mention.country_code) == ("Texas", "region", "US")


def test_a_name_a_settlements_word_follows_is_a_town_unless_it_is_a_peoples_word(gazetteer: Gazetteer) -> None:
    text = "Airstrikes hit Saada city overnight, and the Mexican city of Juarez was calm."
    saada, mexican = entity(text, "Saada", "NORP")[:2], entity(text, "Mexican", "NORP")[:2]
    assert town_toponyms(text, [saada, mexican], gazetteer) == [saada]


@pytest.mark.parametrize("name, romanised", [
    ("Zaporizhzhia", True), ("Vinnytsia", True), ("Vinnitsa", True), ("Zaporijia", True),
    ("Fourth", False),  # sounds like Fürth, a city of a country of the Latin script
    ("Larissa", False),  # sounds like Lárisa, but is someone's first name
    ("Nassar", False),  # sounds like none of a big city's own names
    ("Marrakech", False),  # a region's own name as written
])
def test_a_romanised_big_city_is_one_of_another_script_spelt_no_other_way(name: str, romanised: bool,
                                                                         gazetteer: Gazetteer) -> None:
    assert is_romanised_big_city(name, gazetteer) is romanised


def test_a_countrys_script_comes_from_its_likeliest_language() -> None:
    assert written_in_another_script("UA") and written_in_another_script("YE")
    assert not written_in_another_script("DE") and not written_in_another_script("US")


@pytest.mark.parametrize("text", [
    "Paris Jackson performed on Friday.",
    "Fans of Paris Jackson waited outside the theatre.",
])
def test_a_place_before_a_surname_the_lemmatizer_lists_is_a_first_name(text: str, gazetteer: Gazetteer) -> None:
    start = text.index("Paris")
    assert names_person(text, start, start + len("Paris"), "en", gazetteer.lookup)
    assert resolve_places(text, [(start, start + len("Paris"))], "en", gazetteer=gazetteer) == []


def test_two_towns_side_by_side_are_no_first_name_and_surname(gazetteer: Gazetteer) -> None:
    text = "The Panthers will face Plainview-Elgin Millville on Friday."
    start = text.index("Elgin")
    assert not names_person(text, start, start + len("Elgin"), "en", gazetteer.lookup)


@pytest.mark.parametrize("text, name", [
    ("A fire damaged a S.E. Paris house on Sunday.", "S.E. Paris"),  # a city of a million after a name is a place
    ("Red Line trains stopped at noon.", "Red Line"),  # 'line' is a verb too: a common word
])
def test_a_common_or_world_known_word_after_a_first_name_is_no_surname(text: str, name: str,
                                                                       gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert not names_person(text, start, start + len(name), "en", gazetteer.lookup)


def test_a_city_the_ner_calls_an_organisation_spelt_as_its_name_sounds_is_the_city(gazetteer: Gazetteer) -> None:
    """'Hargeisa' is an alternate name of Hargeysa (477,000 people) in a Latin-script country; an organisation's name
    that sounds like no city's own name stays an organisation."""
    text = "On 22 November 2024, residents of Hargeisa took to the streets to protest against fuel prices."
    hargeisa = entity(text, "Hargeisa", "ORG")
    assert mislabelled_toponyms(text, [hargeisa], gazetteer) == [hargeisa[:2]]
    other = "Officials of Chelsea met on Friday."
    assert mislabelled_toponyms(other, [entity(other, "Chelsea", "ORG")], gazetteer) == []
