"""A place name qualified by a people's word lies in that people's country ('le Grand Nord russe', 'the Russian Far
North', 'la Crimée ukrainienne'), never another country's namesake."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places


def resolved(text: str, names: list[str], gazetteer: Gazetteer):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {m.text: m for m in resolve_places(text, spans, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, name, country", [
    ("Alexeï Navalny a perdu connaissance vendredi dans la colonie pénitentiaire, dans le Grand Nord russe.",
     "Grand Nord", "RU"),
    ("Navalny collapsed on Friday in a prison colony in the Russian Far North.", "Far North", "RU"),
    ("Navalny collapsed on Friday in a prison colony in the Russian Far North.", "Russian Far North", "RU"),
    ("Des frappes ont visé le Sud libanais dans la nuit.", "Sud", "LB"),
])
def test_a_name_qualified_by_a_people_word_with_no_namesake_there_is_that_country(
        text: str, name: str, country: str, gazetteer: Gazetteer) -> None:
    mention = resolved(text, [name], gazetteer)[name]
    assert (mention.country_code, mention.precision) == (country, "country")
    assert "the text calls it" in mention.reason


@pytest.mark.parametrize("text, name, country, feature", [
    ("Des frappes ont visé la Crimée ukrainienne.", "Crimée", "UA", "peninsula"),
    ("Strikes hit the Ukrainian Crimea overnight.", "Crimea", "UA", "peninsula"),
])
def test_a_name_qualified_by_a_people_word_keeps_its_reading_in_that_country(
        text: str, name: str, country: str, feature: str, gazetteer: Gazetteer) -> None:
    mention = resolved(text, [name], gazetteer)[name]
    assert (mention.country_code, mention.feature_class) == (country, feature)


@pytest.mark.parametrize("text, name", [
    ("Israel struck the Syrian Golan overnight.", "Golan"),
    ("Israël a frappé le Golan syrien dans la nuit.", "Golan"),
])
def test_a_qualified_feature_across_borders_is_never_another_countrys_namesake(
        text: str, name: str, gazetteer: Gazetteer) -> None:
    mention = resolved(text, [name], gazetteer)[name]
    assert mention.country_code in ("SY", "")  # the Golan Heights, not Golān in Iran
    assert mention.feature_class != "city"


def test_one_sense_per_name_a_qualified_name_keeps_its_country_unqualified(gazetteer: Gazetteer) -> None:
    text = "Il est mort dans le Grand Nord russe. Le Grand Nord est glacial."
    second = text.rindex("Grand Nord")
    mentions = resolve_places(text, [(text.index("Grand Nord"), text.index("Grand Nord") + 10),
                                     (second, second + 10)], gazetteer=gazetteer)
    assert [m.country_code for m in mentions] == ["RU", "RU"]


@pytest.mark.parametrize("text, name", [
    ("Le Congo belge devint indépendant en 1960.", "Congo"),  # a country qualified stays itself
    ("Les combats ont repris à Paris mardi.", "Paris"),
])
def test_no_people_word_no_restriction(text: str, name: str, gazetteer: Gazetteer) -> None:
    mention = resolved(text, [name], gazetteer)[name]
    assert mention.country_code != "BE" and "the text calls it" not in mention.reason
