"""Landforms on crisis news (issue #17): a name a landform word stands by ('Mount Lewotobi', 'the Nyiragongo volcano',
'le mont Cameroun') is a physical feature, never a namesake town or country; where the gazetteer has no such feature
it is placed at the place its sentence puts it on, in or near, in English and French."""
from __future__ import annotations

import re

import pytest

from core.model import Document, PlaceMention
from extractors.pipeline import analyze
from geocoding.gazetteer import Gazetteer
from geocoding.landforms import landform_phrase
from geocoding.resolve import resolve_places


def read(text: str, names: list[str], gazetteer: Gazetteer, language: str) -> dict[str, PlaceMention]:
    """Each named span's reading, by its words, the spans given as the place spans of the text."""
    spans = [(m.start(), m.end()) for name in names for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return {m.text: m for m in resolve_places(text, spans, language, gazetteer=gazetteer)}


def analysed(text: str, language: str) -> dict[str, PlaceMention]:
    """The places the whole pipeline finds in a text, by their words."""
    analysis = analyze(Document(id="t", title="t", text=text, language=language, published="2024-03-05"))
    return {p.text: p for p in analysis.places}


@pytest.mark.parametrize("text, name, phrase", [
    ("The Nyiragongo volcano erupted.", "Nyiragongo", "Nyiragongo volcano"),
    ("Mount Lewotobi erupted.", "Mount Lewotobi", "Mount Lewotobi"),
    ("Ash from Mt. Kenya fell.", "Mt. Kenya", "Mt. Kenya"),
    ("Le volcan Merapi gronde.", "Merapi", "volcan Merapi"),
    ("Le pic du Midi est fermé.", "Midi", "pic du Midi"),
    ("Fighting in the Nuba Hills went on.", "Nuba Hills", "Nuba Hills"),
    ("The Chittagong Hill Tracts were calm.", "Chittagong", None),  # a word inside a longer name
    ("Police in Goma said so.", "Goma", None),
    ("Merapi, a volcano in Central Java, erupted.", "Merapi", "Merapi"),  # an apposition calls it one
    ("Le Nyiragongo, un volcan près de Goma, gronde.", "Nyiragongo", "Nyiragongo"),
    ("Lesotho, a mountain kingdom, voted.", "Lesotho", None),  # the word qualifies another noun
])
def test_a_landform_word_next_to_a_name_or_opening_it_makes_it_a_landform(text: str, name: str,
                                                                          phrase: str | None) -> None:
    start = text.index(name)
    found = landform_phrase(text, start, start + len(name))
    assert (text[found[0]:found[1]] if found else None) == phrase


@pytest.mark.parametrize("text, language, names, landform, town, country", [
    ("The Nyiragongo volcano erupted near Goma on Saturday.", "en", ["Nyiragongo", "Goma"], "Nyiragongo", "Goma",
     "CD"),
    ("Le volcan Nyiragongo est entré en éruption près de Goma samedi.", "fr", ["Nyiragongo", "Goma"], "Nyiragongo",
     "Goma", "CD"),
    ("Mount Etna erupted near Catania on Monday.", "en", ["Mount Etna", "Catania"], "Mount Etna", "Catania", "IT"),
    ("Le mont Cameroun est entré en éruption près de Buea lundi.", "fr", ["Cameroun", "Buea"], "Cameroun", "Buea",
     "CM"),
    ("Le Nyiragongo, un volcan près de Goma, est entré en éruption.", "fr", ["Nyiragongo", "Goma"], "Nyiragongo",
     "Goma", "CD"),
])
def test_an_unknown_landform_is_placed_at_the_town_its_sentence_puts_it_near(
        text: str, language: str, names: list[str], landform: str, town: str, country: str,
        gazetteer: Gazetteer) -> None:
    place = read(text, names, gazetteer, language)[landform]
    assert (place.country_code, place.precision, place.feature_class) == (country, "region", "landmark")
    assert f"placed at {town}" in place.reason and "landform" in place.reason


@pytest.mark.parametrize("text, language, landform, country", [
    ("Mount Lewotobi Laki-laki erupted on Flores island in eastern Indonesia on Sunday.", "en",
     "Mount Lewotobi Laki-laki", "ID"),
    ("Lava from Mount Nyiragongo reached the outskirts of Goma in eastern Congo.", "en", "Mount Nyiragongo", "CD"),
    ("Merapi, a volcano in Central Java, erupted on Monday.", "en", "Merapi", "ID"),  # the NER calls it a person
])
def test_an_unknown_landform_falls_back_to_the_country_its_sentence_names(text: str, language: str, landform: str,
                                                                        country: str) -> None:
    place = analysed(text, language)[landform]
    assert place.country_code == country and place.precision in ("region", "country")
    assert "landform" in place.reason


@pytest.mark.parametrize("text, language, names, landform", [
    ("Mt. Kenya erupted on Monday.", "en", ["Mt. Kenya"], "Mt. Kenya"),
    ("Le mont Cameroun est entré en éruption lundi.", "fr", ["Cameroun"], "Cameroun"),
    ("The Etna volcano erupted on Monday.", "en", ["Etna"], "Etna"),
])
def test_a_landform_with_no_setting_is_no_namesake_country_or_town(text: str, language: str, names: list[str],
                                                                   landform: str, gazetteer: Gazetteer) -> None:
    place = read(text, names, gazetteer, language)[landform]
    assert place.precision == "unresolved" and place.country_code == ""


@pytest.mark.parametrize("text, language, name, country", [
    ("Police arrested two men in Mount Vernon on Monday.", "en", "Mount Vernon", "US"),
    ("A fire broke out in Beverly Hills on Monday.", "en", "Beverly Hills", "US"),
    ("Three Latvian mountain climbers went missing in Georgia.", "en", "Latvian", "LV"),  # a land's word
])
def test_a_town_or_land_named_with_a_landform_word_keeps_its_reading(text: str, language: str, name: str,
                                                                     country: str, gazetteer: Gazetteer) -> None:
    place = read(text, [name], gazetteer, language)[name]
    assert place.country_code == country and place.precision in ("exact", "country")
    assert "landform" not in place.reason
