"""Physical and macro geography: seas, straits, rivers, ranges and macro-regions are places, drawn as areas."""
from __future__ import annotations

import re
import sqlite3

import pytest

from core.model import Document
from extractors.pipeline import analyze
from geocoding import gazetteer as gazetteer_module
from geocoding.areas import PHYSICAL_CLASSES, physical_features
from geocoding.gazetteer import SCHEMA, Gazetteer, default_gazetteer, physical_rows
from core.geo import haversine_km
from geocoding.resolve import resolve_places


def read(text: str, *names: str, gazetteer: Gazetteer) -> dict[str, object]:
    """Each named span's place mention, by the words of the span and its position."""
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return {f"{m.text}@{m.start}": m for m in resolve_places(text, spans, gazetteer=gazetteer)}


def only(text: str, name: str, gazetteer: Gazetteer):
    """The place mention of the one span of a name."""
    (mention,) = [m for m in read(text, name, gazetteer=gazetteer).values() if m.text == name]
    return mention


def test_every_feature_has_names_a_point_a_radius_and_a_class() -> None:
    features = physical_features()
    assert len(features) >= 150
    assert len({(f["class"], f["name"]) for f in features}) == len(features)
    for feature in features:
        assert feature["class"] in PHYSICAL_CLASSES and feature["en"] and feature["radius_km"] > 0
        assert -90 <= feature["lat"] <= 90 and -180 <= feature["lon"] <= 180
    assert all(f["fr"] for f in features)


def test_the_build_adds_the_features_but_never_a_countrys_or_a_big_citys_own_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    connection.executemany("INSERT INTO places VALUES (?, ?, 0, 0, '', '', ?, ?, NULL, 'test')",
                           [(1, "Niger", "country", 0), (2, "Dnipro", "city", 968_502)])
    connection.executemany("INSERT INTO names VALUES (?, ?, 1)", [("niger", 1), ("dnipro", 2)])
    river = {"name": "Niger River", "class": "river", "lat": 15.0, "lon": -1.0, "radius_km": 1300.0,
             "country": "", "en": ["Niger River", "Niger"], "fr": ["fleuve Niger"]}
    dnieper = {**river, "name": "Dnieper", "en": ["Dnieper", "Dnipro", "Dnipro River"], "fr": ["Dniepr"]}
    monkeypatch.setattr(gazetteer_module, "physical_features", lambda: (river, dnieper))
    rows = {row[0]: (row, names) for row, names in physical_rows(connection)}
    assert rows["Niger River"][1] == {"Niger River", "fleuve Niger"}
    assert rows["Dnieper"][1] == {"Dnieper", "Dnipro River", "Dniepr"}
    assert rows["Niger River"][0][5] == "river"


def test_the_shipped_features_are_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    for name in ("Black Sea", "mer Noire", "Strait of Hormuz", "détroit d'Ormuz", "Haut Atlas", "Lake Chad",
                 "lac Tchad", "Darfur", "Afrique de l'Ouest", "Moyen-Orient", "vallée du Rift"):
        assert any(c.feature_class in PHYSICAL_CLASSES for c in gazetteer.lookup(name)), name


@pytest.mark.parametrize("text, name, lat, lon", [
    ("A Russian warship sank in the Black Sea on Sunday.", "Black Sea", 43.0, 35.0),
    ("Un navire a coulé en mer Noire dimanche.", "mer Noire", 43.0, 35.0),
    ("North Korea fired a missile into the Sea of Japan.", "Sea of Japan", 40.5, 135.0),
    ("Le missile est tombé en mer du Japon.", "mer du Japon", 40.5, 135.0),
    ("Des migrants ont disparu en Méditerranée.", "Méditerranée", 35.5, 18.0),
    ("Tankers slowed in the Strait of Hormuz.", "Strait of Hormuz", 26.6, 56.4),
    ("Les pétroliers ralentissent dans le détroit d'Ormuz.", "détroit d'Ormuz", 26.6, 56.4),
    ("Pirates seized a ship in the Gulf of Aden.", "Gulf of Aden", 12.5, 47.5),
    ("The quake struck the Atlas Mountains.", "Atlas Mountains", 31.06, -7.92),
    ("Le séisme a frappé le Haut Atlas.", "Haut Atlas", 31.06, -7.92),
    ("Lake Chad has shrunk by nine tenths.", "Lake Chad", 13.1, 14.4),
    ("Fighting spread across Darfur.", "Darfur", 13.63, 25.35),
    ("Les combats ont gagné le Darfour.", "Darfour", 13.63, 25.35),
    ("Jihadists are active across the Sahel.", "Sahel", 13.5, 2.1),
    ("Le coup d'État inquiète l'Afrique de l'Ouest.", "Afrique de l'Ouest", 12.6, -8.0),
    ("Tensions rose across the Middle East.", "Middle East", 33.3, 44.4),
    ("Drought hit farmers in the Rift Valley.", "Rift Valley", -0.3, 36.07),
])
def test_english_and_french_names_place_the_feature_within_its_radius(text: str, name: str, lat: float, lon: float,
                                                                      gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert mention.feature_class in PHYSICAL_CLASSES and mention.radius_km, mention.reason
    assert haversine_km(mention.lat, mention.lon, lat, lon) <= mention.radius_km


def test_a_sea_or_a_range_is_not_read_as_a_namesake_town(gazetteer: Gazetteer) -> None:
    assert any(c.feature_class == "city" for c in gazetteer.lookup("Alps"))  # a town in Jamaica shares the name
    assert only("Avalanches closed passes across the Alps.", "Alps", gazetteer).feature_class == "range"
    assert only("Ships were struck in the Red Sea.", "Red Sea", gazetteer).feature_class == "sea"
    assert only("Villages of the Atlas were cut off.", "Atlas", gazetteer).feature_class == "range"


def test_a_sea_is_the_sea_its_namesake_state_is_named_after_unless_the_text_says_state(gazetteer: Gazetteer) -> None:
    text = "Fighting spread from Khartoum to Darfur. Houthis attacked a tanker in the Red Sea."
    assert only(text, "Red Sea", gazetteer).feature_class == "sea"
    text = "Port Sudan, in Red Sea state, received families fleeing Khartoum."
    assert only(text, "Red Sea", gazetteer).feature_class == "region"


def test_a_us_local_story_does_not_turn_a_macro_region_into_a_village(gazetteer: Gazetteer) -> None:
    text = "The Columbus, Ohio, sheriff said the deputy from Dayton had served in the Middle East."
    assert any(c.feature_class == "city" for c in gazetteer.lookup("Middle East"))
    assert only(text, "Middle East", gazetteer).feature_class == "macro-region"


def test_a_country_keeps_its_reading_unless_the_text_names_the_river(gazetteer: Gazetteer) -> None:
    assert only("The junta in Niger closed the border with Benin.", "Niger", gazetteer).feature_class == "country"
    assert only("Le fleuve Niger a débordé à Niamey.", "Niger", gazetteer).feature_class == "river"
    assert only("Ukrainian troops crossed the Dnipro River.", "Dnipro", gazetteer).name == "Dnieper"
    text = "Le fleuve Niger a débordé. Au Niger, la junte a fermé la frontière avec le Bénin."
    readings = {m.start: m.feature_class for m in read(text, "Niger", gazetteer=gazetteer).values()}
    assert readings == {10: "river", 30: "country"}


def test_the_reason_says_what_it_is_and_the_mention_carries_its_radius(gazetteer: Gazetteer) -> None:
    mention = only("A drone was shot down over the Black Sea.", "Black Sea", gazetteer)
    assert mention.reason.startswith("sea, about 740 km across")
    assert mention.radius_km == 370 and mention.precision == "region"
    town = only("A drone hit Odesa overnight.", "Odesa", gazetteer)
    assert town.radius_km is None


def test_an_unknown_place_in_a_sea_is_placed_at_the_sea(gazetteer: Gazetteer) -> None:
    text = "Troops landed on Qwertz Island in the Black Sea."
    mention = read(text, "Qwertz Island", "Black Sea", gazetteer=gazetteer)[f"Qwertz Island@{text.index('Qwertz')}"]
    assert mention.feature_class == "landmark" and mention.radius_km == 370
    assert mention.lat == pytest.approx(43.4)


@pytest.mark.parametrize("text, language, sea", [
    ("Des navires russes ont tiré des missiles en mer Noire lundi.", "fr", "Black Sea"),
    ("North Korea fired two missiles into the Sea of Japan on Monday.", "en", "Sea of Japan"),
])
def test_a_sea_named_in_lower_case_first_or_missed_by_the_ner_places_the_event(text: str, language: str,
                                                                               sea: str) -> None:
    events = analyze(Document(text=text, published="2023-09-18", language=language)).events
    assert events and events[0].place is not None and events[0].place.name == sea and events[0].place.radius_km


def test_a_big_city_s_transliteration_is_its_name_and_a_small_town_s_near_alias_is_not() -> None:
    gazetteer = default_gazetteer()
    odessa = gazetteer.lookup("Odessa")
    assert odessa[0].country_code == "UA" and odessa[0].name_match == "name"
    assert {c.name: c.name_match for c in gazetteer.lookup("Cookville")}.get("Cookeville") == "alternate"
    events = analyze(Document(text="KIEV (AFP) - Des missiles russes ont frappé lundi le port d'Odessa.",
                              published="2024-03-06", language="fr")).events
    assert events and events[0].place is not None and events[0].place.country_code == "UA"


@pytest.mark.parametrize("text, town, area", [
    ("The activist died in Kharp, in the Arctic, on Friday.", "Kharp", "Arctic"),
    ("L'opposant est mort à Kharp, dans l'Arctique, vendredi.", "Kharp", "Arctique"),
    ("Reindeer herders gathered in Salekhard in the Arctic.", "Salekhard", "Arctic"),
])
def test_a_town_in_the_arctic_is_the_town_and_the_arctic_the_polar_region(text: str, town: str, area: str,
                                                                           gazetteer: Gazetteer) -> None:
    """'the Arctic' is the polar region round the pole (not only its ocean), and a town said to lie in it keeps its
    own point: Kharp and Salekhard stand on the Arctic Circle, far from the ocean's middle."""
    places = {m.text: m for m in read(text, town, area, gazetteer=gazetteer).values()}
    assert (places[town].country_code, places[town].feature_class) == ("RU", "city")
    assert (places[area].name, places[area].feature_class, places[area].lat) == ("Arctic", "polar-region", 90.0)


@pytest.mark.parametrize("text, name, polar", [
    ("Scientists flew back from the Antarctic on Monday.", "Antarctic", "Antarctic"),
    ("Une expédition a quitté la région antarctique lundi.", "région antarctique", "Antarctic"),
    ("An icebreaker reached the Arctic Ocean in May.", "Arctic Ocean", "Arctic Ocean"),
    ("Un brise-glace a atteint l'océan Arctique en mai.", "océan Arctique", "Arctic Ocean"),
])
def test_a_polar_region_and_the_arctic_ocean_are_each_their_own_area(text: str, name: str, polar: str,
                                                                     gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert mention.name == polar and mention.radius_km and mention.precision == "region"
