"""Town names written with, without or with another Arabic article ('El Geneina', 'Al-Geneina', 'Geneina') are one
town's own names, so the spotter finds them and the resolver reads them at full weight."""
from __future__ import annotations

import sqlite3

import pytest

from geocoding.gazetteer import SCHEMA, Gazetteer, article_names
from geocoding.spotter import spot_toponyms
from place_reading import read_alone


def names_of(connection: sqlite3.Connection, place: int) -> dict[str, int]:
    return dict(connection.execute("SELECT key, is_main FROM names WHERE place_id = ?", (place,)).fetchall())


def test_an_article_added_changed_or_dropped_is_the_town_s_own_name_but_never_another_place_s() -> None:
    connection = sqlite3.connect(":memory:")
    connection.executescript(SCHEMA)
    connection.executemany("INSERT INTO places VALUES (?, ?, 0, 0, ?, '', 'city', ?, NULL, 'test')", [
        (1, "Al-Junaynah", "SD", 162_000), (2, "Ad-Damazin", "SD", 186_000), (3, "Al Ain City", "AE", 846_000),
        (4, "El Ain", "TN", 43_000), (5, "El Paso", "US", 680_000)])
    connection.executemany("INSERT INTO names VALUES (?, ?, ?)", [
        ("al junaynah", 1, 1), ("geneina", 1, 1), ("el geneina", 1, 0), ("ajenaina", 1, 0),
        ("ad damazin", 2, 1), ("damazin", 2, 0), ("al ain city", 3, 1), ("al ain", 3, 0), ("el ain", 4, 1),
        ("el paso", 5, 1), ("paso", 5, 0)])
    article_names(connection)
    assert names_of(connection, 1) == {"al junaynah": 1, "el junaynah": 1, "geneina": 1, "el geneina": 1,
                                       "ajenaina": 0}
    assert names_of(connection, 2)["damazin"] == 1 and names_of(connection, 2)["el damazin"] == 1
    assert "al ain" not in names_of(connection, 4)  # the Emirati city's alias, not a new name of a Tunisian town
    assert names_of(connection, 5) == {"el paso": 1, "paso": 0}  # no Arabic is spoken in the United States


@pytest.mark.parametrize("text, name", [
    ("Gunmen stormed El Geneina on Thursday, residents said.", "El Geneina"),
    ("Thousands of families fled Geneina after the raid.", "Geneina"),
    ("Aid convoys reached Al-Geneina from Chad on Monday.", "Al-Geneina"),
])
def test_el_geneina_is_found_and_read_as_the_sudanese_city(text: str, name: str, gazetteer: Gazetteer) -> None:
    start = text.index(name)
    assert (start, start + len(name)) in spot_toponyms(text, [], gazetteer=gazetteer)
    mention = read_alone(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class, mention.precision) == ("SD", "city", "exact")


@pytest.mark.parametrize("text, name", [
    ("Les combats ont repris à El Geneina, au Darfour.", "El Geneina"),
    ("Un convoi humanitaire est arrivé à Al-Geneina lundi.", "Al-Geneina"),
])
def test_el_geneina_is_the_sudanese_city_in_french_too(text: str, name: str, gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer, "fr")
    assert (mention.country_code, mention.feature_class, mention.precision) == ("SD", "city", "exact")
