"""Towns named after a site word and 'de'/'of' ('la colonie pénitentiaire de Kharp', 'the port of Odesa'): places the
spotter commits and the resolver reads as towns, while other nouns before 'de' leave names alone."""
from __future__ import annotations

import pytest

from geocoding.features import feature_kind, names_site_town
from geocoding.gazetteer import Gazetteer, default_gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import featured_toponyms, spot_toponyms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text, name", [
    ("Il purge sa peine dans la colonie pénitentiaire de Kharp.", "Kharp"),
    ("Le détenu a été conduit à la prison de Melekhovo.", "Melekhovo"),
    ("Des drones ont frappé l'aéroport de Gao.", "Gao"),
    ("He was moved to the penal colony of Kharp last year.", "Kharp"),
    ("Drones struck the port of Novorossiysk overnight.", "Novorossiysk"),
])
def test_a_name_after_a_site_word_is_the_town_whatever_the_ner_said(text: str, name: str,
                                                                    gazetteer: Gazetteer) -> None:
    """The NER calls such a town a person, an organisation or nothing: it is committed and read as the town."""
    where = span(text, name)
    assert names_site_town(text, where[0])
    assert featured_toponyms(text, [where], gazetteer) == [where]
    assert where in spot_toponyms(text, [], gazetteer=gazetteer)
    (mention,) = resolve_places(text, [where], gazetteer=gazetteer)
    assert (mention.feature_class, mention.precision) == ("city", "exact")
    assert feature_kind(text, *where) == "city" and "names a site of the town" in mention.reason


@pytest.mark.parametrize("text, name", [
    ("La délégation de Kim est arrivée lundi.", "Kim"),
    ("Les combattants de Wagner ont quitté la ville.", "Wagner"),
    ("Il a lu l'article sur le site de Libération.", "Libération"),
])
def test_other_nouns_before_de_make_no_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    """A delegation, fighters, a website: the name after them is no town."""
    where = span(text, name)
    assert not names_site_town(text, where[0])
    assert featured_toponyms(text, [where], gazetteer) == []
    assert where not in spot_toponyms(text, [], gazetteer=gazetteer)


@pytest.mark.parametrize("text, name", [
    ("The ship sailed from Port of Spain at dawn.", "Spain"),
    ("Il a pris le train à la gare de Lyon, à Paris.", "Lyon"),
])
def test_a_site_named_after_another_place_says_nothing_of_the_name(text: str, name: str) -> None:
    """'Port of Spain' is the capital of Trinidad and Tobago; 'la gare de Lyon' stands in Paris."""
    assert not names_site_town(text, text.index(name))
    assert feature_kind(text, *span(text, name)) != "city"


def test_a_site_town_outranks_its_region_of_the_same_name(gazetteer: Gazetteer) -> None:
    """'l'hôpital de Ouarzazate' is in the town, where 'Ouarzazate' alone may be the province."""
    text = "Les blessés ont été conduits à l'hôpital de Ouarzazate."
    (mention,) = resolve_places(text, [span(text, "Ouarzazate")], gazetteer=gazetteer)
    assert (mention.country_code, mention.feature_class) == ("MA", "city")
