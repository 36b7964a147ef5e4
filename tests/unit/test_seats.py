"""Seats of government named by their building ('the White House', "l'Élysée", 'Downing Street') are read in their
capital, never in a namesake town."""
from __future__ import annotations

import json
import re

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.names import fold
from geocoding.resolve import resolve_places
from geocoding.seats import SEATS, capital_of, seat_of, seats


def read(text: str, *names: str, gazetteer: Gazetteer) -> list:
    """The place mentions of every occurrence of the names, in text order."""
    spans = sorted((m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text))
    return resolve_places(text, spans, gazetteer=gazetteer)


def test_every_seat_has_english_and_french_names_and_a_capital_the_gazetteer_knows(gazetteer: Gazetteer) -> None:
    entries = json.loads(SEATS.read_text("utf-8"))["seats"]
    assert len(entries) >= 20
    for entry in entries:
        assert entry["en"] and entry["what"] and len(entry["country"]) == 2
        seat = seat_of(entry["en"][0])
        capital = capital_of(seat, gazetteer.lookup)
        assert capital is not None and capital.country_code == entry["country"], entry["capital"]
    assert sum(bool(entry["fr"]) for entry in entries) >= len(entries) - 3
    assert all(key == fold(key) for key in seats())


@pytest.mark.parametrize("text, name, capital, country", [
    ("Protesters gathered outside the White House on Sunday.", "White House", "Washington", "US"),
    ("Des manifestants se sont rassemblés devant la Maison Blanche dimanche.", "Maison Blanche", "Washington", "US"),
    ("Officials met at the Pentagon.", "Pentagon", "Washington", "US"),
    ("Le président a reçu les syndicats à l'Élysée.", "Élysée", "Paris", "FR"),
    ("Les syndicats ont été reçus à Matignon.", "Matignon", "Paris", "FR"),
    ("Une réunion de crise s'est tenue au Quai d'Orsay.", "Quai d'Orsay", "Paris", "FR"),
    ("Reporters waited outside Downing Street.", "Downing Street", "London", "GB"),
    ("Guards stood at the gates of the Kremlin.", "Kremlin", "Moscow", "RU"),
    ("Des gardes se tenaient devant le Kremlin.", "Kremlin", "Moscow", "RU"),
    ("The meeting took place at Zhongnanhai.", "Zhongnanhai", "Beijing", "CN"),
    ("Protesters marched to the Blue House.", "Blue House", "Seoul", "KR"),
])
def test_a_seat_of_government_is_its_capital_at_city_precision(text: str, name: str, capital: str, country: str,
                                                               gazetteer: Gazetteer) -> None:
    (mention,) = read(text, name, gazetteer=gazetteer)
    city = next(c for c in gazetteer.lookup(capital) if c.country_code == country and c.feature_class == "city")
    assert (mention.lat, mention.lon, mention.geonameid) == (city.lat, city.lon, city.geonameid)
    assert (mention.name, mention.country_code, mention.feature_class) == (name, country, "city")  # it keeps its name
    assert f"in {capital}" in mention.reason
    assert mention.precision == "exact" and mention.confidence >= 0.9
    assert "seat of government" in mention.reason and "namesake town" in mention.reason


def test_a_seat_is_never_its_namesake_town_whatever_the_story_is_about(gazetteer: Gazetteer) -> None:
    text = ("Nashville police said protesters drove to the White House. Tennessee officials in Memphis and "
            "Knoxville waited outside the White House.")
    mentions = read(text, "White House", "Nashville", "Tennessee", "Memphis", "Knoxville", gazetteer=gazetteer)
    seats_read = [m for m in mentions if m.text == "White House"]
    assert len(seats_read) == 2
    assert all(abs(m.lat - 38.9) < 0.1 and abs(m.lon + 77.04) < 0.1 and "in Washington" in m.reason for m in seats_read)


@pytest.mark.parametrize("text, name, capital", [
    ("The Kremlin said on Tuesday that the talks had failed.", "Kremlin", "Moscow"),
    ("Le Kremlin a accusé mardi l'Ukraine.", "Kremlin", "Moscow"),
    ("The White House declined to comment.", "White House", "Washington"),
    ("L'Élysée a annoncé un conseil de défense.", "Élysée", "Paris"),
    ("La Maison Blanche a démenti.", "Maison Blanche", "Washington"),
])
def test_a_seat_standing_for_its_government_is_no_place_and_never_a_namesake(
        text: str, name: str, capital: str, gazetteer: Gazetteer) -> None:
    (mention,) = read(text, name, gazetteer=gazetteer)
    assert not mention.resolved and mention.precision == "unresolved"
    assert "not for a place" in mention.reason and f"in {capital}" in mention.reason
    assert [a.name for a in mention.alternatives] == [capital]  # offered to the analyst, no namesake town


def test_a_town_named_like_a_seat_is_the_town_when_the_text_says_so(gazetteer: Gazetteer) -> None:
    text = "WHITE HOUSE, Tenn. (AP) — The mayor of White House said the town would build a school."
    mentions = read(text, "WHITE HOUSE", "White House", "Tenn.", gazetteer=gazetteer)
    towns = [m for m in mentions if fold(m.text) == "white house"]
    assert [(m.name, m.country_code) for m in towns] == [("White House", "US")] * 2
    assert all(abs(m.lat - 36.47) < 0.2 for m in towns)
    (village,) = read("Le village de Matignon, dans les Côtes-d'Armor, fête son pardon.", "Matignon",
                      gazetteer=gazetteer)
    assert (village.name, village.country_code) == ("Matignon", "FR") and village.lon < 0  # in Brittany, not Paris


def test_a_capital_named_beside_its_seat_stays_the_city(gazetteer: Gazetteer) -> None:
    text = "Leaders met at Zhongnanhai, the Communist Party compound in Beijing."
    beijing = [m for m in read(text, "Zhongnanhai", "Beijing", gazetteer=gazetteer) if m.text == "Beijing"]
    assert [(m.name, m.feature_class) for m in beijing] == [("Beijing", "city")]


def test_a_seat_holds_no_place_named_before_it(gazetteer: Gazetteer) -> None:
    text = "Selon les médias d'État, le Kremlin a accusé l'Ukraine."
    state, kremlin = read(text, "État", "Kremlin", gazetteer=gazetteer)
    assert "in Moscow" in kremlin.reason and state.name != "État (Moscow)" and state.feature_class != "landmark"
