"""Places the words around a name settle: a region written after a town, a bare 'Gulf' in a story of the countries it
washes, an island group or an airport named with its word, a country after 'in', and no place inside an
organisation's name."""
from __future__ import annotations

import re

import pytest
from place_reading import read_alone

from core.geo import haversine_km
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import embedded_toponyms, placed_countries


def read_all(text: str, names: list[str], gazetteer: Gazetteer, language: str = "") -> dict[str, object]:
    """The readings of the first occurrence of each name, all read together."""
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return {m.text: m for m in resolve_places(text, spans, language, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, language", [
    ("Police in Buffalo, N.Y., and in Albany, N.Y., linked the shots fired in Hamilton, Ontario, to a sniper.", "en"),
    ("La police de Buffalo (N.Y.) et d'Albany (N.Y.) relie les tirs de Hamilton (Ontario) à un tireur.", "fr"),
])
def test_a_region_after_a_town_is_the_region_that_holds_a_town_of_its_name(text: str, language: str,
                                                                         gazetteer: Gazetteer) -> None:
    places = read_all(text, ["Buffalo", "Albany", "Hamilton", "Ontario"], gazetteer, language)
    assert (places["Ontario"].country_code, places["Ontario"].feature_class) == ("CA", "region")
    assert (places["Hamilton"].country_code, places["Hamilton"].feature_class) == ("CA", "city")


def test_a_country_before_a_region_is_no_town_it_places(gazetteer: Gazetteer) -> None:
    places = read_all("Talks between Armenia, Georgia and Azerbaijan resumed in Tbilisi.",
                      ["Armenia", "Georgia", "Azerbaijan", "Tbilisi"], gazetteer)
    assert (places["Georgia"].country_code, places["Georgia"].feature_class) == ("GE", "country")


@pytest.mark.parametrize("text, names, country, feature_class", [
    ("Police in Rego Park, New York, said flights from New York to Moscow resumed.",
     ["Rego Park", "New York", "Moscow"], "US", "city"),
    ("Officials in Toluca, Mexico, met envoys from Mexico and Peru.", ["Toluca", "Mexico", "Peru"], "MX", "country"),
    ("Les élus de Toluca (Mexique) ont reçu des envoyés du Mexique et du Pérou.", ["Toluca", "Mexique", "Pérou"], "MX",
     "country"),
])
def test_a_region_named_like_a_country_or_a_big_city_is_left_to_each_mention(
        text: str, names: list[str], country: str, feature_class: str, gazetteer: Gazetteer) -> None:
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]
    readings = [m for m in resolve_places(text, spans, gazetteer=gazetteer) if m.text == names[1]]
    assert len(readings) == 2 and all((m.country_code, m.feature_class) == (country, feature_class) for m in readings)


@pytest.mark.parametrize("text, names, language, water", [
    ("Warships from Kuwait sailed into the Gulf as Iraq and Iran watched.", ["Kuwait", "Gulf", "Iraq", "Iran"], "en",
     "Persian Gulf"),
    ("Des navires du Koweït sont entrés dans le Golfe, sous les yeux de l'Irak et de l'Iran.",
     ["Koweït", "Golfe", "Irak", "Iran"], "fr", "Persian Gulf"),
    ("Storms from the Gulf flooded Texas, Louisiana and Mexico.", ["Gulf", "Texas", "Louisiana", "Mexico"], "en",
     "Gulf of Mexico"),
])
def test_a_bare_gulf_is_the_gulf_that_washes_the_story_s_countries(text: str, names: list[str], language: str,
                                                                   water: str, gazetteer: Gazetteer) -> None:
    bare = names[1] if names[1] in ("Gulf", "Golfe") else names[0]
    place = read_all(text, names, gazetteer, language)[bare]
    assert (place.name, place.precision) == (water, "region")


def test_a_bare_gulf_in_a_story_far_from_any_keeps_its_readings(gazetteer: Gazetteer) -> None:
    place = read_all("Floods hit the Gulf and Port Moresby in Papua New Guinea.",
                     ["Gulf", "Port Moresby", "Papua New Guinea"], gazetteer)["Gulf"]
    assert place.country_code == "PG"


def test_a_word_inside_an_organisation_s_name_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The Organization of African Unity met the University of Texas."
    organisations = [(0, len("The Organization of African Unity")),
                     (text.index("the University"), len(text) - 1)]
    found = [text[s:e] for s, e in embedded_toponyms(text, organisations, set(), gazetteer)]
    assert found == ["Texas"]


@pytest.mark.parametrize("text, name, found", [
    ("The panel studies the killings in Rwanda four years ago.", "Rwanda", True),
    ("Le panel étudie les massacres au Rwanda.", "Rwanda", True),
    ("Rwanda Hutus fled to the camps.", "Rwanda", False),
    ("The match in Hamilton ended late.", "Hamilton", False),  # a town, not a country
])
def test_a_country_after_a_preposition_of_place_is_a_place(text: str, name: str, found: bool,
                                                           gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert placed_countries(text, [(start, start + len(name))], gazetteer) == ([(start, start + len(name))]
                                                                              if found else [])


def test_the_pipeline_keeps_a_country_after_in_beside_a_people_named_after_it() -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    text = ("The panel will study the killings of Tutsis in Rwanda four years ago. "
            "It will also study the flight of two million Rwanda Hutus to the camps of Zaire.")
    places = [p.text for p in analyze(Document(text=text, language="en", published="1998-02-27")).places]
    assert "Rwanda" in places


@pytest.mark.parametrize("text, name, language", [
    ("Police in the Comoros archipelago raided two homes.", "Comoros archipelago", "en"),
    ("A ferry sank off the Comoro Islands on Sunday.", "Comoro Islands", "en"),
    ("La police de l'archipel des Comores a perquisitionné deux maisons.", "archipel des Comores", "fr"),
    ("Un bateau a coulé au large des îles Comores.", "îles Comores", "fr"),
])
def test_an_island_group_named_with_its_word_is_its_country(text: str, name: str, language: str,
                                                            gazetteer: Gazetteer) -> None:
    place = read_alone(text, name, gazetteer, language)
    assert (place.country_code, place.feature_class) == ("KM", "country")


@pytest.mark.parametrize("text, name, language, town", [
    ("A stolen van turned up at New Jersey's Newark International Airport on Monday.",
     "Newark International Airport", "en", (40.73, -74.17)),
    ("Une camionnette volée a été retrouvée à l'aéroport de Newark, dans le New Jersey.", "aéroport de Newark", "fr",
     (40.73, -74.17)),
    ("The delegation flew out of Dulles International Airport at dawn.", "Dulles International Airport", "en",
     (38.90, -77.04)),
    ("La délégation a atterri à l'aéroport Charles de Gaulle.", "aéroport Charles de Gaulle", "fr", (48.86, 2.35)),
])
def test_an_airport_named_by_its_town_or_its_own_name_is_the_town_it_serves(
        text: str, name: str, language: str, town: tuple[float, float], gazetteer: Gazetteer) -> None:
    place = read_alone(text, name, gazetteer, language)
    assert place.feature_class == "city" and haversine_km(place.lat, place.lon, *town) < 20


def test_an_airport_the_table_lacks_is_the_town_it_names(gazetteer: Gazetteer) -> None:
    place = read_alone("Un avion s'est posé à l'aéroport international de Gao.", "aéroport international de Gao",
                       gazetteer, "fr")
    assert (place.country_code, place.feature_class) == ("ML", "city")


@pytest.mark.parametrize("text, name, country", [
    ("A drone struck an oil depot in Bryansk region, the governor said.", "Bryansk", "RU"),
    ("Shelling hit two villages in Kursk region overnight.", "Kursk", "RU"),
])
def test_a_name_the_text_calls_a_region_after_in_is_the_region(text: str, name: str, country: str,
                                                                gazetteer: Gazetteer) -> None:
    """'in' puts things in towns, but the word after the name says this one is a region, as 'the Bryansk region'."""
    mention = read_alone(text, name, gazetteer, "en")
    assert (mention.country_code, mention.feature_class) == (country, "region")


def test_a_town_after_in_stays_the_town(gazetteer: Gazetteer) -> None:
    assert read_alone("A drone struck an oil depot in Bryansk, the governor said.", "Bryansk", gazetteer,
                      "en").feature_class == "city"
