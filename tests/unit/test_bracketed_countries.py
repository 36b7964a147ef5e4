"""A country named in brackets right after a place settles it: a village the gazetteer lacks is placed in the
bracket's area, never at a namesake town abroad; a compass point the text calls a region is that country's region."""
from __future__ import annotations

import pytest

from geocoding.gazetteer import Gazetteer
from geocoding.resolve import resolve_places


@pytest.mark.parametrize("text, names", [
    ("Le 1er juin 2026, des hommes armés non identifiés ont enlevé un enseignant à Bambui (région du Nord-Ouest, "
     "Cameroun).", ["Bambui", "Nord-Ouest", "Cameroun"]),
    ("On 1 June 2026, unidentified gunmen abducted a teacher in Bambui (North-West region, Cameroon).",
     ["Bambui", "North-West", "Cameroon"]),
    ("Des hommes armés ont enlevé un enseignant à Bambui (Cameroun).", ["Bambui", "Cameroun"]),
    ("Gunmen abducted a teacher in Bambui (Cameroon).", ["Bambui", "Cameroon"]),
])
def test_a_place_is_in_the_country_its_bracket_names(text: str, names: list[str], gazetteer: Gazetteer) -> None:
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    readings = {m.text: m for m in resolve_places(text, spans, gazetteer=gazetteer)}
    assert readings["Bambui"].country_code == "CM"


@pytest.mark.parametrize("text, name", [
    ("Des hommes armés ont enlevé un enseignant à Bambui (région du Nord-Ouest, Cameroun).", "Nord-Ouest"),
    ("Gunmen abducted a teacher in Bambui (North-West region, Cameroon).", "North-West region"),
])
def test_a_compass_point_the_text_calls_a_region_is_the_bracket_country_s_region(text: str, name: str,
                                                                                 gazetteer: Gazetteer) -> None:
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Bambui", name, text.split(", ")[-1][:-2])]
    readings = {m.text: m for m in resolve_places(text, spans, gazetteer=gazetteer)}
    assert (readings[name].country_code, readings[name].feature_class) == ("CM", "region")
