"""A town of another script the NER calls a person is a place where the words say it was attacked or taken: after a
noun of an attack ("l'offensive sur Afrine", 'the battle for Avdiivka', "la bataille d'Avdiïvka" found as one name) or
as the object of a verb of taking ('ont pris Avdiivka', 'captured Avdiivka'); a person's name there stays a person."""
from __future__ import annotations

import pytest

from core.model import Document
from extractors.nlp_models import load_nlp
from extractors.pipeline import analyze
from geocoding.gazetteer import Gazetteer
from geocoding.spotter import assailed_toponyms, struck_toponyms


def span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text, name", [
    ("L'armée a lancé une offensive sur Afrine en janvier.", "Afrine"),
    ("L'offensive turque contre Afrine a commencé.", "Afrine"),
    ("The battle for Avdiivka lasted months.", "Avdiivka"),
    ("Russia kept up its assault on Avdiivka.", "Avdiivka"),
])
def test_a_town_of_another_script_an_attack_is_on_is_a_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert assailed_toponyms(text, [span(text, name)], gazetteer) == [span(text, name)]


def test_the_town_inside_a_battle_s_name_the_ner_found_is_a_place(gazetteer: Gazetteer) -> None:
    text = "La bataille d'Avdiïvka a duré des mois."
    assert assailed_toponyms(text, [span(text, "bataille d'Avdiïvka")], gazetteer) == [span(text, "Avdiïvka")]


@pytest.mark.parametrize("text, name", [
    ("An attack on Powell was reported on Monday.", "Powell"),  # a small town of a Latin-script country
    ("L'attaque contre Ali a choqué le quartier.", "Ali"),  # a first name, though an Indian town's too
    ("The plan for Avdiivka was ready.", "Avdiivka"),  # no attack
])
def test_a_name_no_attack_makes_a_town_stays_what_the_ner_said(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert assailed_toponyms(text, [span(text, name)], gazetteer) == []


@pytest.mark.parametrize("text, name, language", [
    ("Les forces russes ont pris Avdiivka samedi.", "Avdiivka", "fr"),
    ("Russian troops captured Avdiivka after months of fighting.", "Avdiivka", "en"),
])
def test_a_town_of_another_script_a_verb_of_taking_takes_is_a_place(text: str, name: str, language: str,
                                                                    gazetteer: Gazetteer) -> None:
    assert struck_toponyms(load_nlp(language)(text), [span(text, name)], language, gazetteer) == [span(text, name)]


@pytest.mark.parametrize("text, name, language, country", [
    ("L'armée turque a lancé une offensive sur Afrine en janvier.", "Afrine", "fr", "SY"),
    ("Les forces russes ont pris Avdiivka samedi.", "Avdiivka", "fr", "UA"),
    ("Russian troops captured Avdiivka after months of fighting.", "Avdiivka", "en", "UA"),
    ("The battle for Avdiivka lasted months.", "Avdiivka", "en", "UA"),
])
def test_the_analysis_places_the_town(text: str, name: str, language: str, country: str) -> None:
    places = analyze(Document(text=text, id="t", language=language, published="2024-02-20")).places
    assert [(p.text, p.country_code, p.feature_class) for p in places if p.text == name] == [(name, country, "city")]
