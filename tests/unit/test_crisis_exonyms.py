"""A country's name French writes with its article ('la Grenade') read as a town when written without one ('à
Grenade'), a country's name that is a common noun opening a sentence ('Grenade lancée...'), and the romanisations of
a town of another script ('Qamichli', 'Bakhmout', 'Idleb') read as its own name, not as a name abroad."""
from __future__ import annotations

import pytest

from core.model import Document
from extractors.pipeline import analyze
from geocoding.features import without_country_article
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from geocoding.romanised import spells_own_name


def read(text: str, name: str, language: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """The country and class of the one name of a text, resolved with its gold span."""
    start = text.index(name)
    [mention] = resolve_places(text, [(start, start + len(name))], language, gazetteer=gazetteer)
    return mention.country_code, mention.feature_class


@pytest.mark.parametrize("text", [
    "Des manifestants se sont rassemblés à Grenade lundi soir.",
    "Un violent orage a inondé Grenade dans la nuit.",
])
def test_a_country_s_name_without_the_article_french_gives_it_is_no_country(text: str, gazetteer: Gazetteer) -> None:
    assert read(text, "Grenade", "fr", gazetteer)[1] == "city"


@pytest.mark.parametrize("text, name, country", [
    ("Le cyclone a traversé la Grenade avant de gagner la mer.", "Grenade", "GD"),
    ("Les élections ont eu lieu en Grenade et à la Barbade.", "Grenade", "GD"),
    ("Le ministre s'est rendu à Cuba mardi.", "Cuba", "CU"),  # no big city abroad is called so
    ("Protesters gathered in Grenada on Monday.", "Grenada", "GD"),  # English writes a country bare
])
def test_a_country_with_its_article_or_in_a_language_without_one_stays_the_country(
        text: str, name: str, country: str, gazetteer: Gazetteer) -> None:
    assert read(text, name, "fr" if "Le" in text or "Les" in text else "en", gazetteer) == (country, "country")


def test_the_words_a_country_follows_are_the_language_s() -> None:
    text = "à Grenade, de Grenade, la Grenade, en Grenade, et Grenade, d'Grenade"
    starts = [i for i in range(len(text)) if text.startswith("Grenade", i)]
    assert [without_country_article(text, s, "fr") for s in starts] == [True, True, False, False, False, False]
    assert not without_country_article(text, starts[0], "en")
    assert not without_country_article(text, starts[0], "")


@pytest.mark.parametrize("text, places", [
    ("Grenade lancée contre un commissariat à Lyon. La grenade n'a pas explosé.", ["Lyon"]),
    ("Guinée : la junte promet des élections pour la fin de l'année.", ["Guinée"]),  # a headline's country
    ("Grenade lancée contre un commissariat à Lyon.", ["Grenade", "Lyon"]),  # no lower-case word says it is one
])
def test_a_country_s_name_opening_a_sentence_that_the_text_also_writes_in_lower_case_is_no_place(
        text: str, places: list[str]) -> None:
    found = analyze(Document(text=text, language="fr", published="2024-03-02")).places
    assert [p.text for p in found] == places


@pytest.mark.parametrize("name, country", [
    ("Qamichli", "SY"), ("Bakhmout", "UA"), ("Tobrouk", "LY"), ("Idleb", "SY"), ("Syrte", "LY"),
])
def test_a_romanisation_of_a_town_of_another_script_is_its_own_name(name: str, country: str,
                                                                    gazetteer: Gazetteer) -> None:
    """Alone, with no country named: the alias is no name abroad, so its town's size alone places it."""
    assert read(f"Des frappes ont visé {name} lundi.", name, "fr", gazetteer) == (country, "city")


def test_only_a_spelling_of_its_own_name_is_one() -> None:
    assert spells_own_name("qamichli", "Al Qāmishlī", "SY", 184_000)
    assert not spells_own_name("kobane", "‘Ayn al ‘Arab", "SY", 184_000)  # another name
    assert not spells_own_name("qamichli", "Al Qāmishlī", "SY", 5_000)  # a village's other names are as often others'
    assert not spells_own_name("bale", "Basel", "CH", 177_000)  # a town of the Latin script has one spelling


def test_a_spelling_that_is_another_place_s_own_name_stays_an_other_name(gazetteer: Gazetteer) -> None:
    """'Dniepr' spells Dnipro's name too, but is the river's own name: the river the city is named after."""
    text = "Les troupes ont franchi le Dniepr près de Kherson."
    start = text.index("Dniepr")
    river, _ = resolve_places(text, [(start, start + 6), (text.index("Kherson"), len(text) - 1)], "fr",
                              gazetteer=gazetteer)
    assert river.feature_class == "river"
