"""Towns and regions the NER calls people ('near Boni', 'off the coast of Zanzibar'): places where a preposition of
place or a bracket after a place puts them and the gazetteer knows them by their own name, unless the text names
someone so; in the event notes' 'Town (District, Region)' the bracket's names hold the town."""
from __future__ import annotations

import re

import pytest

from extractors.relative_place import near_pattern
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import positioned_toponyms


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of each name, as a span."""
    return sorted((m.start(), m.end()) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def positioned(text: str, labelled: list[str], gazetteer: Gazetteer, language: str = "en",
               people: list[str] = (), others: list[str] = (), organisations: list[str] = ()) -> list[str]:
    """The names the rule reads as places, the NER having called `labelled` people or persons, `organisations`
    organisations, and found `others` (a language, a date)."""
    names, bodies = spans_of(text, labelled), spans_of(text, organisations)
    found = positioned_toponyms(text, names, [*names, *bodies, *spans_of(text, others)], [], [*people, *labelled],
                                (near_pattern(language),), bodies, gazetteer=gazetteer)
    return [text[s:e] for s, e in found]


@pytest.mark.parametrize("text, expected", [
    ("Herders and farmers clashed near Djibo on Tuesday.", ["Djibo"]),
    ("The bill stalled in Congress on Tuesday.", []),  # 'in' leads organisations too; Congress, Arizona is a town
])
def test_an_organisations_name_is_a_place_after_a_word_of_nearness_only(text: str, expected: list[str],
                                                                         gazetteer: Gazetteer) -> None:
    name = "Djibo" if "Djibo" in text else "Congress"
    assert positioned(text, [], gazetteer, organisations=[name]) == expected


@pytest.mark.parametrize("text, language, labelled, expected", [
    ("A ferry capsized off the coast of Zanzibar late on Friday.", "en", ["Zanzibar"], ["Zanzibar"]),
    ("Un ferry a chaviré au large de Zanzibar vendredi soir.", "fr", ["Zanzibar"], ["Zanzibar"]),
    ("The dissident was sent to a prison camp in Kharp last winter.", "en", ["Kharp"], ["Kharp"]),
    ("Herders clashed with farmers near Djibo on Tuesday.", "en", ["Djibo"], ["Djibo"]),
    ("Des éleveurs ont été attaqués près de Djibo mardi.", "fr", ["Djibo"], ["Djibo"]),
])
def test_a_town_after_a_preposition_of_place_is_a_place(text: str, language: str, labelled: list[str],
                                                         expected: list[str], gazetteer: Gazetteer) -> None:
    assert positioned(text, labelled, gazetteer, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Two herders were shot near Boni (Hombori, Mopti) on Tuesday.", "en"),
    ("Deux bergers ont été tués près de Boni (Hombori, Mopti) mardi.", "fr"),
])
def test_a_bracket_after_a_town_lists_places_and_makes_its_head_one(text: str, language: str,
                                                                      gazetteer: Gazetteer) -> None:
    """'Boni' is unknown to the gazetteer and 'Hombori' too: Boni leads a bracket that holds a region, Mopti."""
    assert positioned(text, ["Boni", "Mopti"], gazetteer, language) == ["Boni", "Mopti"]


@pytest.mark.parametrize("text, labelled, people, others", [
    ("Jerome Powell spoke on Monday, and markets lost confidence in Powell within hours.", ["Powell"],
     ["Jerome Powell"], []),  # a word of a full name the text gives
    ("Markets lost confidence in Powell after Mr. Powell spoke.", ["Powell"], [], []),  # a title before it
    ("Fans queued in Paris for hours to see Paris Hilton.", ["Paris"], ["Paris Hilton"], []),  # a first name
    ("The letter was written in Russian and sent near Easter.", ["Russian"], [], ["Easter"]),  # a people's word,
    # and a name the NER calls a date
    ("The notice was printed in English.", [], [], ["English"]),  # a language
    ("Boni said on Tuesday that the talks would resume.", ["Boni"], [], []),  # no preposition of place
    ("She was a fervent believer in God all her life.", [], [], []),  # unlabelled, and spelt unlike 'Göd'
    ("The team met in Talla 2 at the community centre.", ["Talla"], [], []),  # a numbered room
])
def test_a_persons_name_stays_a_person(text: str, labelled: list[str], people: list[str], others: list[str],
                                       gazetteer: Gazetteer) -> None:
    assert positioned(text, labelled, gazetteer, people=people, others=others) == []


def read(text: str, names: list[str], gazetteer: Gazetteer, language: str = "en") -> list:
    """The readings of every occurrence of the names, read together."""
    return resolve_places(text, spans_of(text, names), language, gazetteer=gazetteer)


@pytest.mark.parametrize("text, language", [
    ("Two herders were shot near Boni (Hombori, Mopti) on Tuesday.", "en"),
    ("Deux bergers ont été tués près de Boni (Hombori, Mopti) mardi.", "fr"),
])
def test_a_town_the_gazetteer_lacks_is_placed_in_the_region_of_its_bracket(text: str, language: str,
                                                                             gazetteer: Gazetteer) -> None:
    places = {m.text: m for m in read(text, ["Boni", "Mopti"], gazetteer, language)}
    assert (places["Mopti"].country_code, places["Mopti"].feature_class) == ("ML", "region")
    assert (places["Boni"].country_code, places["Boni"].precision) == ("ML", "region")


@pytest.mark.parametrize("text, name, language", [
    ("Gunmen attacked a market near Gao (Gao, Gao) at dawn.", "Gao", "en"),
    ("A mine hit a truck near Tillaberi (Tillaberi, Tillaberi) on Monday.", "Tillaberi", "en"),
    ("Un engin a touché un camion près de Tillaberi (Tillaberi, Tillaberi) lundi.", "Tillaberi", "fr"),
])
def test_a_town_named_like_the_areas_its_bracket_lists_is_the_town(text: str, name: str, language: str,
                                                                    gazetteer: Gazetteer) -> None:
    """The bracket names the district and the region the town is named after: the town is the town, however small,
    and the names in brackets are its areas."""
    town, *areas = read(text, [name], gazetteer, language)
    assert town.feature_class == "city" and [a.feature_class for a in areas] == ["region", "region"]
    assert {a.country_code for a in areas} == {town.country_code}


def test_a_name_also_written_outside_the_bracket_keeps_its_town(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked Tillaberi (Tillaberi, Tillaberi) at dawn, and the army sent troops from Tillaberi."
    first, _, _, last = read(text, ["Tillaberi"], gazetteer)
    assert (first.feature_class, last.feature_class) == ("city", "city")


def test_a_country_in_a_bracket_stays_the_country(gazetteer: Gazetteer) -> None:
    places = {m.text: m for m in read("Protesters gathered in Tbilisi (Georgia) on Sunday.",
                                      ["Tbilisi", "Georgia"], gazetteer)}
    assert (places["Georgia"].country_code, places["Georgia"].feature_class) == ("GE", "country")


def test_the_last_name_of_a_bracket_holds_the_town(gazetteer: Gazetteer) -> None:
    """'Djibo (Soum, Sahel)': Sahel, the region, places Djibo as much as Soum, the province, does."""
    places = {m.text: m for m in read("Soldiers were killed in Djibo (Soum, Sahel) on Friday.",
                                      ["Djibo", "Soum", "Sahel"], gazetteer)}
    assert (places["Djibo"].country_code, places["Djibo"].feature_class) == ("BF", "city")
    assert (places["Sahel"].country_code, places["Sahel"].feature_class) == ("BF", "region")


@pytest.mark.parametrize("text, language, name, country, precision", [
    ("On 4 March 2024, gunmen ambushed a convoy near Boni (Hombori, Mopti), killing 2 soldiers.", "en", "Boni",
     "ML", "region"),
    ("Le 4 mars 2024, des hommes armés ont tendu une embuscade près de Boni (Hombori, Mopti), tuant 2 soldats.",
     "fr", "Boni", "ML", "region"),
    ("A ferry carrying 60 people sank off the coast of Zanzibar on Sunday, killing 12.", "en", "Zanzibar", "TZ",
     "exact"),
    ("On 9 June 2024, militants attacked an army post in Djibo (Soum, Sahel), killing 4 soldiers.", "en", "Djibo",
     "BF", "exact"),
    ("On 11 June 2024, fighters stormed a police post in Bulo Burto (Bulo Burto, Hiraan), killing 3.", "en",
     "Bulo Burto", "SO", "region"),  # an organisation to the NER, unknown to the gazetteer; 'Hiraan' is its Hiran
])
def test_the_event_is_placed_where_the_bracket_or_preposition_puts_it(text: str, language: str, name: str,
                                                                      country: str, precision: str) -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    analysis = analyze(Document(text=text, language=language, published="2024-06-10"))
    placed = [e.place for e in analysis.events if e.place is not None]
    assert placed and (placed[0].text, placed[0].country_code, placed[0].precision) == (name, country, precision)


def test_a_name_qualifying_a_noun_is_no_place(gazetteer: Gazetteer) -> None:
    """'Arab' of 'in Arab culture' (Arab, Alabama, is a town) qualifies 'culture', as the parser says."""
    text = "The festival honours the place of Jerusalem in Arab culture."
    name = spans_of(text, ["Arab"])
    assert positioned_toponyms(text, name, name, [], [], (), modifiers=name, gazetteer=gazetteer) == []
    assert positioned_toponyms(text, name, name, [], [], (), gazetteer=gazetteer) == name


@pytest.mark.parametrize("text, names, language", [
    ("Bandits killed 3 people in Kuchi village in Maru LGA (Zamfara state) on Monday.",
     ["Kuchi", "Maru LGA", "Zamfara"], "en"),
    ("Des bandits ont tué 3 personnes au village de Kuchi, dans le district de Maru LGA (État de Zamfara), lundi.",
     ["Kuchi", "Maru LGA", "Zamfara"], "fr"),
])
def test_a_village_is_placed_through_an_unknown_district_in_the_region_around_it(
        text: str, names: list[str], language: str, gazetteer: Gazetteer) -> None:
    """'Kuchi' is only another name of towns in China and Angola; 'Maru LGA' is unknown: the village is in Zamfara."""
    places = {m.text: m for m in read(text, names, gazetteer, language)}
    assert (places["Kuchi"].country_code, places["Kuchi"].precision) == ("NG", "region")

