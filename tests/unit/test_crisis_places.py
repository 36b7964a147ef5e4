"""Crisis-news places: a region named with its kind, compass points and Arabic articles that are no places."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer, default_gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import embedded_toponyms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def only(text: str, name: str, gazetteer: Gazetteer):
    start = text.index(name)
    (mention,) = resolve_places(text, [(start, start + len(name))], gazetteer=gazetteer)
    return mention


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen abducted 24 students in Zamfara State on Friday.", "Zamfara State", "NG"),
    ("Des hommes armés ont enlevé des élèves dans l'État de Zamfara.", "État de Zamfara", "NG"),
    ("Drones struck an oil depot in the Tver Region overnight.", "Tver Region", "RU"),
    ("Des drones ont frappé un dépôt dans la région de Tver.", "région de Tver", "RU"),
])
def test_a_region_named_with_its_kind_is_the_region(text: str, name: str, country: str, gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert (mention.country_code, mention.feature_class, mention.precision) == (country, "region", "region")


@pytest.mark.parametrize("text, name", [
    ("Dans le Sud, les combats continuent.", "Sud"),
    ("Le Centre national de crise a été activé.", "Centre"),
    ("Au Nord-Est, la situation reste tendue.", "Nord-Est"),
    ("The Centre said it would publish its report.", "Centre"),
])
def test_a_compass_point_alone_is_no_region(text: str, name: str, gazetteer: Gazetteer) -> None:
    mention = only(text, name, gazetteer)
    assert not mention.resolved and mention.country_code == ""


def test_an_arabic_article_opening_an_organisation_is_no_country(gazetteer: Gazetteer) -> None:
    text = "Al Jazeera reported that Al Shabaab fighters attacked a base, the AL Group said."
    organisations = [(0, 10), (25, 35)]
    assert embedded_toponyms(text, organisations, set(), gazetteer) == []
