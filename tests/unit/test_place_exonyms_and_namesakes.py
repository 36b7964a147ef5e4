"""A town's name in the text's own language ('Ratisbonne', 'Douvres', 'Afrine') is read as the town the gazetteer
lists it for, a well-known town's name is not a small namesake's without local evidence ('Bruges'), and a story's
country settles a name two countries share ('Saïda' in a Lebanon story)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from place_reading import read_alone

from core.model import Candidate, Document
from extractors.pipeline import analyze
from geocoding.gazetteer import Gazetteer
from geocoding.mentions import MentionContext
from geocoding.names_abroad import prefer_names_abroad
from geocoding.resolve import outgrows_seat_abroad, resolve_places


@pytest.mark.parametrize("text, name, country", [
    ("La conférence s'est ouverte lundi à Ratisbonne.", "Ratisbonne", "DE"),
    ("L'évêque de Ratisbonne a célébré la messe.", "Ratisbonne", "DE"),
    ("L'archevêque de Cantorbéry a pris la parole dimanche.", "Cantorbéry", "GB"),
    ("Des migrants ont débarqué à Douvres mardi matin.", "Douvres", "GB"),
    ("L'armée turque a bombardé Afrine dans la nuit.", "Afrine", "SY"),
    ("Les forces russes ont pris le contrôle d'Avdiïvka.", "Avdiïvka", "UA"),
    ("Russian forces captured Avdiivka in February.", "Avdiivka", "UA"),  # another romanisation, in English
])
def test_a_town_s_name_in_the_text_s_language_is_the_town(text: str, name: str, country: str,
                                                          gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer, "en" if text.startswith("Russian") else "fr")
    assert (mention.country_code, mention.feature_class) == (country, "city")


@pytest.mark.parametrize("text, language", [
    ("Les ministres européens se sont réunis à Bruges jeudi.", "fr"),
    ("Le sommet de Bruges a réuni les dirigeants européens.", "fr"),  # a town's name follows 'de' bare
    ("European ministers met in Bruges on Thursday.", "en"),
])
def test_a_well_known_town_outranks_its_small_namesake(text: str, language: str, gazetteer: Gazetteer) -> None:
    assert read_alone(text, "Bruges", gazetteer, language).country_code == "BE"


@pytest.mark.parametrize("text, name, language", [
    ("Au Liban, une frappe israélienne a touché un immeuble de Saïda mardi.", "Saïda", "fr"),
    ("In Lebanon, an Israeli strike hit a building in Saida on Tuesday.", "Saida", "en"),
    ("Des roquettes ont été tirées depuis Saïda, au sud de Beyrouth.", "Saïda", "fr"),
    ("Le Hezbollah a tiré des roquettes vers Israël. En riposte, l'aviation israélienne a frappé Saïda. "
     "L'Iran et les États-Unis appellent au calme.", "Saïda", "fr"),
    ("Lebanon: Israeli drone strike hits Saida\n\nAn Israeli drone struck a car in Saida on Tuesday, Lebanon's news "
     "agency said. Israel did not comment. The United States and France urged restraint.", "Saida", "en"),
])
def test_the_story_s_country_settles_a_name_two_countries_share(text: str, name: str, language: str) -> None:
    places = analyze(Document(text=text, language=language, published="2024-03-05")).places
    assert {(p.country_code, p.feature_class) for p in places if p.text == name} == {("LB", "city")}


@pytest.mark.parametrize("text, name, country", [
    ("Des combats ont eu lieu à Afrine, dans le nord de la Syrie.", "Afrine", "SY"),
    ("Les bombardements se poursuivent à Avdiïvka, près de Donetsk.", "Avdiïvka", "UA"),
    ("Des migrants sont arrivés à Douvres en bateau.", "Douvres", "GB"),
])
def test_a_town_s_french_name_is_found_and_placed_end_to_end(text: str, name: str, country: str) -> None:
    places = analyze(Document(text=text, language="fr", published="2024-03-05")).places
    (mention,) = [p for p in places if p.text == name]
    assert (mention.country_code, mention.feature_class) == (country, "city")


def test_a_small_namesake_wins_on_local_evidence(gazetteer: Gazetteer) -> None:
    """'Bruges' beside Bordeaux, 10 km away, is the town of the Gironde: the text is local to it."""
    text = "Les pompiers de Bordeaux sont intervenus à Bruges dans la nuit."
    start, other = text.index("Bruges"), text.index("Bordeaux")
    places = resolve_places(text, [(other, other + 8), (start, start + 6)], "fr", gazetteer=gazetteer)
    assert [p.country_code for p in places] == ["FR", "FR"]


@pytest.mark.parametrize("text, name", [
    ("Officials said the talks between Israel and Hamas had collapsed.", "Hamas"),  # Hamm's name in Lithuanian
    ("Les dirigeants du Hamas ont accepté la trêve.", "Hamas"),  # a party's name takes its article in French
    ("The old museum in Hall reopened on Monday.", "Hall"),  # a word of Schwäbisch Hall's name
])
def test_a_foreign_town_s_other_name_the_words_do_not_use_as_its_own_is_not_read_as_it(
        text: str, name: str, gazetteer: Gazetteer) -> None:
    language = "fr" if text.startswith("Les") else "en"
    assert read_alone(text, name, gazetteer, language).country_code != "DE"


def test_a_town_s_other_name_is_its_name_abroad_only_beside_much_smaller_owners() -> None:
    town = Candidate(name="Brugge", lat=51.2, lon=3.2, country_code="BE", feature_class="city", population=118_509,
                     name_match="alternate")
    village = Candidate(name="Bruges", lat=44.9, lon=-0.6, country_code="FR", feature_class="city", population=12_650)
    rival = replace(village, population=23_000)
    assert [c.name_match for c in prefer_names_abroad("Bruges", [village, town], "fr")] == ["name", "name"]
    assert [c.name_match for c in prefer_names_abroad("Bruges", [rival, town], "fr")] == ["name", "alternate"]
    assert prefer_names_abroad("Bruges", [replace(town, population=15_000)], "fr")[0].name_match == "alternate"
    big = replace(town, population=1_000_000)
    assert prefer_names_abroad("Bruges", [replace(village, population=60_000), big], "fr")[1].name_match == "alternate"
    region = replace(village, feature_class="region")
    assert prefer_names_abroad("Bruges", [region, town], "fr")[1].name_match == "alternate"


def test_a_town_s_other_name_in_its_country_s_own_language_is_an_old_name_or_another_place_s() -> None:
    """'Shiloh', listed for Springdale, Arkansas, is a Shiloh of its own in English news."""
    town = Candidate(name="Springdale", lat=36.2, lon=-94.1, country_code="US", feature_class="city",
                     population=80_000, name_match="alternate")
    assert prefer_names_abroad("Shiloh", [town], "en")[0].name_match == "alternate"
    assert prefer_names_abroad("Shiloh", [town], "fr")[0].name_match == "name"
    assert prefer_names_abroad("Shiloh", [town], "")[0].name_match == "alternate"  # no language: no name abroad


def test_one_word_of_a_town_s_own_name_is_no_name_abroad() -> None:
    town = Candidate(name="Schwäbisch Hall", lat=49.1, lon=9.7, country_code="DE", feature_class="city",
                     population=36_543, name_match="alternate")
    assert prefer_names_abroad("Hall", [town], "en")[0].name_match == "alternate"
    assert prefer_names_abroad("Halle Souabe", [town], "fr")[0].name_match == "name"


def test_only_a_bigger_city_abroad_shares_a_big_seat_s_bonus() -> None:
    seat = Candidate(name="Saïda", lat=34.8, lon=0.2, country_code="DZ", feature_class="city", population=142_497)
    sidon = Candidate(name="Sidon", lat=33.6, lon=35.4, country_code="LB", feature_class="city", population=163_554,
                      name_match="alternate")
    smaller = replace(sidon, country_code="MA", population=9_587)
    context = MentionContext(start=0, end=5, text="Saida", candidates=[seat, sidon, smaller])
    context.seats = {id(seat)}
    assert [outgrows_seat_abroad(c, context) for c in context.candidates] == [False, True, False]
    small_seat = replace(seat, population=7_500)  # a seat only for the words using its name as a town's
    context = MentionContext(start=0, end=5, text="Saida", candidates=[small_seat, sidon])
    context.seats = {id(small_seat)}
    assert not outgrows_seat_abroad(sidon, context)
