"""Places of event notes and crisis wires: a bracket '(District, Region)' after a town, a town and its region in one
span, a town's word before the bracket, a region spelt otherwise; a country's foreign names; an article dropped from a
town's other name; a region named after its seat with its kind ('Kherson Oblast')."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from place_reading import read_alone


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    return [(text.index(name), text.index(name) + len(name)) for name in names]


def test_a_town_and_its_region_in_one_span_are_two_places(gazetteer: Gazetteer) -> None:
    text = "Gunmen abducted 12 passengers near Katari (Kachia, Kaduna)."
    mentions = resolve_places(text, spans_of(text, ["Katari", "Kachia, Kaduna"]), gazetteer=gazetteer)
    assert [(m.text, m.country_code, m.feature_class) for m in mentions] == [
        ("Katari", "NG", "landmark"), ("Kachia", "NG", "city"), ("Kaduna", "NG", "region")]


def test_a_foreign_name_of_a_country_makes_no_peoples_word(gazetteer: Gazetteer) -> None:
    """'Katar' is Qatar in German or Polish, so 'Katari' might be its people's word: it is not, in English or French."""
    assert [c.name_match for c in gazetteer.lookup("Katar")] == ["alternate"]
    assert not read_alone("Gunmen attacked travellers near Katari on Monday.", "Katari", gazetteer).resolved
    assert read_alone("Qatari mediators met both sides.", "Qatari", gazetteer).country_code == "QA"


def test_a_bracket_of_places_rules_out_a_country_none_of_them_lies_in(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a convoy near Qatari (Kachia, Kaduna) on Monday."
    mention = resolve_places(text, spans_of(text, ["Qatari", "Kachia", "Kaduna"]), gazetteer=gazetteer)[0]
    assert (mention.country_code, mention.precision) == ("NG", "region")


@pytest.mark.parametrize("word", ["town", "city", "village"])
def test_a_town_with_its_word_before_a_bracket_is_the_town(word: str, gazetteer: Gazetteer) -> None:
    text = f"Militants killed 8 civilians in Bunia {word} (Irumu, Ituri)."
    mentions = resolve_places(text, spans_of(text, ["Bunia", "Irumu", "Ituri"]), gazetteer=gazetteer)
    assert (mentions[0].text, mentions[0].name, mentions[0].precision) == (f"Bunia {word}", "Bunia", "exact")
    assert mentions[1].country_code == "CD"


def test_a_brackets_region_spelt_otherwise_is_the_region(gazetteer: Gazetteer) -> None:
    text = "Fighters attacked a base in Bal'ad (Bal'ad, Middle Shabelle)."
    second = text.index("Bal'ad", text.index("("))
    spans = [*spans_of(text, ["Bal'ad"]), (second, second + 6), *spans_of(text, ["Middle Shabelle"])]
    mentions = resolve_places(text, spans, gazetteer=gazetteer)
    assert [(m.country_code, m.precision) for m in mentions] == [("SO", "region")] * 3
    assert mentions[2].name == "Middle Shebelle"


def test_a_brackets_region_spelt_otherwise_is_the_region_when_given_alone(gazetteer: Gazetteer) -> None:
    text = "Fighters attacked a base in Bal'ad (Bal'ad, Middle Shabelle)."
    assert read_alone(text, "Middle Shabelle", gazetteer).name == "Middle Shebelle"


def test_a_town_given_with_its_word_is_the_town(gazetteer: Gazetteer) -> None:
    text = "Militants killed 8 civilians in Bunia town (Irumu, Ituri)."
    mention = read_alone(text, "Bunia town", gazetteer)
    assert (mention.name, mention.country_code, mention.precision) == ("Bunia", "CD", "exact")


def test_a_name_spelt_like_a_region_is_no_region_outside_a_bracket(gazetteer: Gazetteer) -> None:
    assert not read_alone("Officials met in Middle Shabelle on Monday.", "Middle Shabelle", gazetteer).resolved


@pytest.mark.parametrize("text, name", [
    ("The strikes hit targets in the port city of Hodeidah.", "Hodeidah"),
    ("A missile fell about 90 kilometres west of the port of Hodeidah.", "Hodeidah"),
    ("Les frappes ont visé le port de Hodeïda.", "Hodeïda"),
])
def test_a_towns_other_name_without_its_article_is_the_town(text: str, name: str, gazetteer: Gazetteer) -> None:
    """GeoNames lists 'El Hodeidah' among Al Hudaydah's names: 'Hodeidah' is one too."""
    mention = read_alone(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class) == ("YE", "city")


@pytest.mark.parametrize("text, name", [
    ("Russian shelling hit Kherson Oblast on Monday.", "Kherson Oblast"),
    ("Russian forces advanced in the Donetsk region.", "Donetsk"),
    ("Drones struck the Kharkiv region overnight.", "Kharkiv"),
    ("Drones struck Kyiv Oblast overnight.", "Kyiv Oblast"),
    ("Des drones ont frappé la région de Kherson.", "Kherson"),
])
def test_a_region_named_after_its_seat_with_its_kind_is_the_region(text: str, name: str,
                                                                    gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class) == ("UA", "region")


@pytest.mark.parametrize("text, name", [
    ("Ukraine said Russian forces shelled Kherson overnight.", "Kherson"),
    ("Missiles hit Kharkiv on Monday.", "Kharkiv"),
])
def test_the_seat_alone_stays_the_city(text: str, name: str, gazetteer: Gazetteer) -> None:
    mention = read_alone(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class) == ("UA", "city")


@pytest.mark.parametrize("text, country", [
    ("On 3 April 2024, unidentified gunmen abducted 12 passengers near Katari (Kachia, Kaduna).", "NG"),
    ("On 5 March 2024, ADF militants killed 8 civilians in Bunia town (Irumu, Ituri).", "CD"),
    ("On 5 March 2024, Al-Shabaab fighters attacked an army base in Bal'ad (Bal'ad, Middle Shabelle).", "SO"),
])
def test_the_event_of_a_note_is_in_its_brackets_country(text: str, country: str) -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    analysis = analyze(Document(text=text, language="en", published="2024-06-10"))
    assert {e.place.country_code for e in analysis.events if e.place is not None} == {country}
