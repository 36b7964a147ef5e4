"""Places of kidnapping and raid stories an analyst must trust: a dated wire dateline is the city even where the text
names the region too, a region written with 'state' in lower case, a first name after a person's title, a village
that only sounds like another name of a big city abroad, the Arabic article opening an organisation's name, and a
town the French NER calls a person that the text puts in its territory."""
from __future__ import annotations

from geocoding.features import is_dateline
from geocoding.gazetteer import Gazetteer
from geocoding.person_names import names_person
from geocoding.resolve import resolve_places
from geocoding.spotter import featured_toponyms, situated_toponyms
from place_reading import read_alone


def span(text: str, name: str, after: int = 0) -> tuple[int, int]:
    start = text.index(name, after)
    return start, start + len(name)


def test_a_dated_dateline_is_the_city_and_the_region_named_later_is_read_apart(gazetteer: Gazetteer) -> None:
    """'KADUNA, Nigeria, March 8 (AP) —' heads a story filed from the city; 'Kaduna state' later is the state."""
    text = "KADUNA, Nigeria, March 8 (AP) — Gunmen stormed a school in the village of Kuriga in Kaduna state."
    assert is_dateline("KADUNA", text[6:40])
    spans = [span(text, "KADUNA"), span(text, "Nigeria"), span(text, "Kaduna", 10)]
    dateline, _, state = resolve_places(text, spans, "en", gazetteer=gazetteer)
    assert (dateline.country_code, dateline.feature_class) == ("NG", "city")
    assert (state.country_code, state.feature_class) == ("NG", "region")


def test_a_region_with_state_in_lower_case_is_a_place_and_holds_an_unknown_village(gazetteer: Gazetteer) -> None:
    """'Jangebe, Zamfara state': the NER's person 'Zamfara' is the state, and the unknown village is placed in it;
    'State' capitalised opens a name of its own ('Islamic State')."""
    text = "More than 300 girls were taken from a school in Jangebe, Zamfara state, in 2021."
    zamfara = span(text, "Zamfara")
    assert featured_toponyms(text, [zamfara], gazetteer) == [zamfara]
    other = "Fighters loyal to Zamfara State University marched."
    assert featured_toponyms(other, [span(other, "Zamfara")], gazetteer) == []
    village, state = resolve_places(text, [span(text, "Jangebe"), zamfara], "en", gazetteer=gazetteer)
    assert (state.name, state.feature_class) == ("Zamfara", "region")
    assert (village.lat, village.lon) == (state.lat, state.lon)


def test_a_name_after_a_persons_title_is_no_place(gazetteer: Gazetteer) -> None:
    """'governor Uba Sani said': 'Uba' (a town of Nigeria and one of Brazil) is the governor's first name; a
    lower-case word after the title ('the chancellor left Berlin') leaves the place after it one."""
    text = "Kaduna state governor Uba Sani said the pupils would be freed."
    assert names_person(text, *span(text, "Uba"), "en", gazetteer.lookup)
    assert names_person("Le président Bola Tinubu a promis", *span("Le président Bola Tinubu a promis", "Tinubu"),
                        "fr", gazetteer.lookup)
    left = "The chancellor left Berlin on Monday."
    assert not names_person(left, *span(left, "Berlin"), "en", gazetteer.lookup)


def test_a_village_sounding_only_like_another_name_of_a_big_city_is_left_unread(gazetteer: Gazetteer) -> None:
    """'Kuriga' sounds like 'Kouriga', an old name of Khouribga, Morocco, not like its own: alone it is no reading;
    'Zaporijia', Zaporizhzhia's own name as French hears it, still is the city."""
    kuriga = read_alone("On Thursday, gunmen stormed a school in Kuriga.", "Kuriga", gazetteer, "en")
    assert not kuriga.resolved
    city = read_alone("Une frappe russe sur Zaporijia a fait trois morts.", "Zaporijia", gazetteer, "fr")
    assert (city.country_code, city.feature_class) == ("UA", "city")


def test_the_arabic_article_opening_a_name_is_no_place(gazetteer: Gazetteer) -> None:
    """'Al-Qaïda' is one name: its article 'Al' is not Albania."""
    mention = read_alone("Le JNIM est lié à Al-Qaïda.", "Al-Qaïda", gazetteer, "fr")
    assert mention.text == "Al-Qaïda" and mention.country_code != "AL"


def test_a_town_the_text_puts_in_its_territory_is_a_place(gazetteer: Gazetteer) -> None:
    """"à Beit Ummar, en Cisjordanie": the NER's person is the West Bank town; a person after 'à' with no such town
    in the territory stays one."""
    text = "L'armée israélienne a démoli deux maisons palestiniennes à Beit Ummar, en Cisjordanie."
    town = span(text, "Beit Ummar")
    assert situated_toponyms(text, [town], gazetteer) == [town]
    other = "Le prix a été remis à Jean Dupont, en Cisjordanie."
    assert situated_toponyms(other, [span(other, "Jean Dupont")], gazetteer) == []
    mention, _ = resolve_places(text, [town, span(text, "Cisjordanie")], "fr", gazetteer=gazetteer)
    assert (mention.country_code, mention.feature_class) == ("PS", "city")
