"""Towns named after a site or settlement word and 'de'/'of' ('la colonie pénitentiaire de Kharp', 'the port of Odesa',
'the town of Kidal'): places the spotter and the pipeline commit and the resolver reads as towns, while other nouns
before 'de' leave names alone."""
from __future__ import annotations

import pytest

from geocoding.features import feature_kind, names_site_town, names_town
from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places
from geocoding.spotter import featured_toponyms, spot_toponyms, town_toponyms


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


@pytest.mark.parametrize("text, name", [
    ("On Monday a bomb exploded at a market in the town of Kidal.", "Kidal"),
    ("Lundi, une bombe a explosé sur un marché de la ville de Kidal.", "Kidal"),
    ("Les habitants du village de Kharp ont été évacués.", "Kharp"),
    ("He was moved to the penal colony of Kharp last year.", "Kharp"),
])
def test_a_town_after_a_settlement_or_site_word_is_spotted_and_no_people(text: str, name: str,
                                                                         gazetteer: Gazetteer) -> None:
    """A town of 40,000 or 7,000 is no well-known city, yet 'the town of' commits it; the English NER calls 'Kidal'
    and 'Kharp' a people (NORP), which the pipeline would otherwise drop as a people's word."""
    where = span(text, name)
    assert names_town(text, where[0])
    assert where in spot_toponyms(text, [], gazetteer=gazetteer)
    assert town_toponyms(text, [where], gazetteer) == [where]


@pytest.mark.parametrize("text, name", [
    ("The City of London said it would keep its rules.", "London"),  # a name, in capitals
    ("The delegation of Russians arrived on Monday.", "Russians"),
    ("Les habitants de Kidal ont fui.", "Kidal"),  # no settlement word: the NER's label stands
])
def test_other_words_before_of_make_no_town(text: str, name: str, gazetteer: Gazetteer) -> None:
    where = span(text, name)
    assert not names_town(text, where[0])
    assert town_toponyms(text, [where], gazetteer) == []


@pytest.mark.parametrize("text, language, name, country", [
    ("On Monday a bomb exploded at a market in Mali, in the town of Kidal.", "en", "Kidal", "ML"),
    ("Navalny was moved to the penal colony of Kharp, in the far north.", "en", "Kharp", "RU"),
])
def test_the_pipeline_places_a_town_the_ner_calls_a_people(text: str, language: str, name: str,
                                                            country: str) -> None:
    from core.model import Document
    from extractors.pipeline import analyze

    places = {p.text: p for p in analyze(Document(text=text, language=language, published="2024-01-01")).places}
    assert (places[name].country_code, places[name].feature_class) == (country, "city")


def test_the_pipeline_drops_a_compass_point_alone() -> None:
    """'Dans le Sud' is a direction: the resolver refuses it, so no unplaced place is kept either."""
    from core.model import Document
    from extractors.pipeline import analyze

    text = "Dans le Sud, les combats continuent à Khartoum."
    places = analyze(Document(text=text, language="fr", published="2024-01-01")).places
    assert [p.text for p in places] == ["Khartoum"]
