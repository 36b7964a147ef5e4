"""An accented spelling means the place written with its accents ('Bâle' is Basel, not Balé), a region's seat and a
town of another script are found under their names abroad ('Venise', 'Naplouse', 'Jénine', 'Kobané'), and a country's
name listed with towns of another country is that country's town ('Grenade, Séville et Cordoue')."""
from __future__ import annotations

import pytest

from core.model import Candidate
from geocoding.accents import FOLDED_MATCH, prefer_written_accents
from geocoding.gazetteer import Gazetteer
from geocoding.region_seats import is_namesake_region_seat
from geocoding.resolve import resolve_places
from place_reading import read_alone


def test_an_accented_name_is_the_place_written_with_its_accents(gazetteer: Gazetteer) -> None:
    mention = read_alone("Des milliers de manifestants ont défilé à Bâle samedi.", "Bâle", gazetteer, "fr")
    assert (mention.name, mention.country_code) == ("Basel", "CH")


def test_a_reading_with_other_accents_is_another_name_only_where_one_is_written_alike() -> None:
    balé = Candidate(name="Balé", lat=11.6, lon=-3.2, country_code="BF", feature_class="region")
    bale = Candidate(name="Bale", lat=45.0, lon=13.8, country_code="HR", feature_class="city", population=973)
    basel = Candidate(name="Basel", lat=47.6, lon=7.6, country_code="CH", feature_class="city", population=177_595,
                      geonameid=2661604, name_match="alternate")
    read = prefer_written_accents("Bâle", [balé, basel, bale])
    assert [c.name_match for c in read] == [FOLDED_MATCH, "name", "name"]  # 'Bale' has no accent to contradict
    assert prefer_written_accents("Bâle", [balé, bale]) == [balé, bale]  # none written so: nothing to prefer
    assert prefer_written_accents("Bale", [balé, basel]) == [balé, basel]  # the text writes no accent


@pytest.mark.parametrize("name, country", [("Venise", "IT"), ("Naplouse", "PS"), ("Jénine", "PS")])
def test_a_region_s_seat_is_found_under_its_names_abroad(name: str, country: str, gazetteer: Gazetteer) -> None:
    mention = read_alone(f"Une inondation a touché {name} mardi soir.", name, gazetteer, "fr")
    assert (mention.country_code, mention.feature_class) == (country, "city")


def test_a_town_of_another_script_is_found_under_its_latin_names(gazetteer: Gazetteer) -> None:
    """'Kobané' folds to 'Kobane', a Latin name GeoNames gives ‘Ayn al ‘Arab (50,000 people), of no region of its name."""
    mention = read_alone("Les combattants kurdes tiennent Kobané depuis des mois.", "Kobané", gazetteer, "fr")
    assert (mention.country_code, mention.feature_class) == ("SY", "city")


def test_a_town_named_like_the_region_around_it_is_its_seat() -> None:
    venice = Candidate(name="Venice", lat=45.437, lon=12.333, country_code="IT", feature_class="city")
    assert is_namesake_region_seat(venice)
    assert not is_namesake_region_seat(Candidate(name="Venice", lat=27.1, lon=-82.45, country_code="US",
                                                 feature_class="city"))  # Florida has no region of its name
    assert not is_namesake_region_seat(Candidate(name="Basel", lat=47.56, lon=7.57, country_code="CH",
                                                 feature_class="city"))  # its canton is Basel-Stadt


@pytest.mark.parametrize("text, names, country", [
    ("Grenade, Séville et Cordoue ont été touchées par des inondations.", ["Grenade", "Séville", "Cordoue"], "ES"),
    ("Grenade, Sainte-Lucie et la Barbade ont été touchées par le cyclone.", ["Grenade", "Sainte-Lucie", "Barbade"],
     "GD"),  # a list of countries
])
def test_a_country_s_name_listed_with_towns_of_another_country_is_its_town(text: str, names: list[str], country: str,
                                                                           gazetteer: Gazetteer) -> None:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert resolve_places(text, spans, "fr", gazetteer=gazetteer)[0].country_code == country
