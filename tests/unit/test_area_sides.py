"""The side of an area ('southern Colombia', 'north-east Nigeria'): found from the area's towns, named by words the
model may take into the name, and told with verbs whose past looks like their present."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from core.geo import haversine_km
from core.model import Document, PlaceMention
from extractors.pipeline import analyze
from extractors.relative_place import relative_place
from extractors.timexes import tag_timexes
from geocoding.area_sides import side_point

FRIDAY = dt.date(2024, 5, 10)


def test_a_side_is_the_middle_of_the_towns_in_its_outer_third_past_an_outlying_island() -> None:
    rng = np.random.default_rng(7)
    mainland = np.column_stack([rng.uniform(0.0, 9.0, 60), rng.uniform(10.0, 12.0, 60)])
    island = np.array([[30.0, 11.0]])  # far north of everything: the north's spread stops before it
    south = side_point(np.vstack([mainland, island]), (5.0, 11.0), 180.0)
    assert south is not None and south[0] < 2.0 and 10.0 < south[1] < 12.0
    north = side_point(np.vstack([mainland, island]), (5.0, 11.0), 0.0)
    assert north is not None and 7.0 < north[0] < 9.0
    assert side_point(mainland[:2], (5.0, 11.0), 0.0) is None  # two towns tell no side


def test_the_south_of_a_country_lies_among_its_southern_towns_not_south_of_its_centroid() -> None:
    text = "un avion abattu dans le sud de la Colombie"
    start = text.index("Colombie")
    country = PlaceMention(start=start, end=start + 8, text="Colombie", name="Colombia", lat=4.0, lon=-72.0,
                           precision="country", radius_km=600.0, country_code="CO", feature_class="country")
    part = relative_place(text, country, "fr")
    assert part.lat < 3.5 and part.lon < -74.0  # the Andes' south (Pasto, Neiva), not the eastern plains
    assert part.radius_km <= 600.0 * 0.6 and part.precision == "region"


@pytest.mark.parametrize("text, name, side", [
    ("Gunmen killed 12 villagers in north-east Nigeria on Wednesday.", "Nigeria", "north-east"),
    ("Heavy shelling hit eastern Ukraine on Monday.", "Ukraine", "eastern"),
])
def test_a_side_word_the_model_took_into_the_name_names_a_part_of_the_area(text: str, name: str, side: str) -> None:
    events = analyze(Document(text=text, published=FRIDAY.isoformat(), language="en")).events
    assert len(events) == 1 and events[0].type == "ASSAULT"
    assert events[0].place.country_code and events[0].place.name == f"{side} {name}"
    assert events[0].date.value < FRIDAY.isoformat()


def test_a_place_whose_name_opens_on_a_side_word_stays_whole() -> None:
    text = "Fighting broke out in Northern Ireland and in South Sudan on Monday."
    places = analyze(Document(text=text, published=FRIDAY.isoformat(), language="en")).places
    assert {p.text for p in places} >= {"Northern Ireland", "South Sudan"}


@pytest.mark.parametrize("text, value", [
    ("Missiles hit Kyiv on Monday.", "2024-05-06"),  # 'hit' told of the past: the Monday gone
    ("Missiles will hit Kyiv on Monday.", "2024-05-13"),
    ("The storm is expected to hit Cuba on Monday.", "2024-05-13"),
    ("Police shot two men on Monday.", "2024-05-06"),
])
def test_a_past_that_looks_like_a_present_dates_a_bare_weekday_back(text: str, value: str) -> None:
    assert [t.value for t in tag_timexes(text, "en", FRIDAY)] == [value]


def test_a_noun_the_parser_took_for_an_adverb_before_its_verb_is_its_subject() -> None:
    events = analyze(Document(text="Heavy shelling hit Kharkiv on Monday.", published=FRIDAY.isoformat(),
                              language="en")).events
    assert [(e.type, e.date.value, e.place.name) for e in events] == [("ASSAULT", "2024-05-06", "Kharkiv")]
    assert haversine_km(events[0].place.lat, events[0].place.lon, 49.99, 36.23) < 20
