"""What the other names of a text say about one name: the countries and states they lie in, and how near
their readings lie to its readings."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from core.model import Candidate
from geocoding.extents import great_circle_km
from geocoding.home import Home
from geocoding.mentions import (LOCAL_CLASSES, NEAR_REGION_KM, POINT_CLASSES, MentionContext, big_cities, is_weak,
                                prior)
from geocoding.seats import SEAT_MATCH
from geocoding.weights import HOME_WEIGHT, NAMESAKE_KM, NEARBY_KM



@dataclass
class Focus:
    """Where a document is: the countries and the first-level regions (states, provinces) its places lie in."""

    countries: Counter[str]
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country code, admin1 code)
    region_names: dict[tuple[str, str], str] = field(default_factory=dict)  # with how the text gives the state
    by_name: dict[str, Focus] = field(default_factory=dict)  # each name's own part of the counts
    rung: frozenset[tuple[str, str]] = frozenset()  # the states the story's telephone numbers ring in

    @cached_property
    def country_mentions(self) -> int:
        """How many country mentions the focus counts (read once the focus is made)."""
        return sum(self.countries.values())

    @cached_property
    def region_mentions(self) -> int:
        """How many state mentions the focus counts (read once the focus is made)."""
        return sum(self.regions.values())

    def without(self, key: str) -> Focus:
        """The focus the other names give: a name is no evidence for its own country or state ('Georgia' said
        twice is not the country for that; 'New York' the city is not in the state for the text saying 'New York')."""
        own = self.by_name.get(key)
        if own is None:
            return self
        return Focus(self.countries - own.countries, self.regions - own.regions, self.region_names,
                     by_name={name: part for name, part in self.by_name.items() if name != key}, rung=self.rung)


def plain_focus(contexts: list[MentionContext], home: Home) -> Focus:
    """The countries a document is about, read from mentions whose plain reading is a country or unambiguous."""
    plain = {i: max(c.candidates, key=prior) for i, c in enumerate(contexts) if c.candidates}
    focus = document_focus(contexts, {i: place for i, place in plain.items() if place.feature_class == "country"
                                      or len(contexts[i].candidates) == 1}, home)
    return Focus(focus.countries, home_regions(home), home_region_names(home),
                 by_name={key: Focus(own.countries) for key, own in focus.by_name.items()}, rung=home.rung)


def document_focus(contexts: list[MentionContext], chosen: dict[int, Candidate], home: Home) -> Focus:
    """The countries and states of a document's current readings, a local paper's country counted twice and the
    states its telephone numbers ring in once."""
    by_name: dict[str, Focus] = defaultdict(lambda: Focus(Counter()))
    for i, place in chosen.items():
        if place.country_code and not is_weak(place) and place.name_match != SEAT_MATCH:  # a seat is an institution:
            # 'met at the White House' is no sign that the story's other places are American
            own = by_name[contexts[i].key]
            own.countries[place.country_code] += 1
            if place.feature_class == "region" and place.admin1:
                own.regions[(place.country_code, place.admin1)] += 1
                own.region_names[(place.country_code, place.admin1)] = f"{place.name}, which the text names"
    focus = Focus(Counter({home.country: HOME_WEIGHT} if home.country else {}), home_regions(home),
                  home_region_names(home), by_name=dict(by_name), rung=home.rung)
    for own in by_name.values():
        focus.countries.update(own.countries)
        focus.regions.update(own.regions)
        focus.region_names.update(own.region_names)
    return focus


def home_regions(home: Home) -> Counter[tuple[str, str]]:
    """The states a story's telephone numbers or organisations give, each counted as if the text named it once."""
    return Counter((country, state) for country, state, _ in home.regions)


def home_region_names(home: Home) -> dict[tuple[str, str], str]:
    """How the reasons name the states of a story's telephone numbers and organisations."""
    return {(country, state): how for country, state, how in home.regions}


Support = dict[int, tuple[float, float, Candidate]]  # id(candidate) -> closeness, km, the neighbour


@dataclass
class NameReadings:
    """Each name's readings, gathered once per text (spellings of one name share its key)."""

    local: dict[str, list[Candidate]]  # towns, counties and regions: what nearness can support
    namesakes: dict[str, list[tuple[Candidate, float]]]  # towns and counties under their own name, with priors
    big: dict[str, set[int]]  # the ids of its readings that are a city of a million or a capital
    place_ids: dict[tuple[str, float, float], int] = field(default_factory=dict)  # a number per distinct place
    cached_rows: list[Rows] = field(default_factory=list)  # the rows of its local readings, once built

    def rows(self) -> Rows:
        """The local readings of every name as arrays, built once."""
        if not self.cached_rows:
            self.cached_rows.append(Rows.of(self, self.place_ids))
        return self.cached_rows[0]

    @classmethod
    def of(cls, contexts: list[MentionContext]) -> NameReadings:
        """The readings of every name of a text."""
        readings: dict[str, dict[int, Candidate]] = defaultdict(dict)
        for context in contexts:
            readings[context.key].update((id(c), c) for c in context.candidates)
        return cls(local={name: [c for c in found.values() if c.feature_class in LOCAL_CLASSES]
                          for name, found in readings.items()},
                   namesakes={name: [(c, prior(c)) for c in found.values()
                                     if c.feature_class in POINT_CLASSES and c.name_match == "name"]
                              for name, found in readings.items()},
                   big={name: big_cities(list(found.values())) for name, found in readings.items()})


@dataclass(frozen=True)
class Rows:
    """Every local reading of a text's names, with what nearness reads of each, as arrays: the same at every
    sweep, so built once per text."""

    readings: list[tuple[int, Candidate]]  # the name's index, the reading
    lat: np.ndarray
    lon: np.ndarray
    spans: np.ndarray  # how far past its centre a region reaches inside its own country
    countries: np.ndarray
    names: np.ndarray
    places: np.ndarray  # an id per distinct place (name and point): a place is no evidence for itself

    @classmethod
    def of(cls, readings: NameReadings, place_ids: dict[tuple[str, float, float], int]) -> Rows:
        """The rows of a text's local readings."""
        rows = [(index, c) for index, name in enumerate(readings.local) for c in readings.local[name]]
        return cls(rows, np.array([c.lat for _, c in rows]), np.array([c.lon for _, c in rows]),
                   np.array([NEAR_REGION_KM if c.feature_class == "region" else 0.0 for _, c in rows]),
                   np.array([c.country_code for _, c in rows]), np.array([i for i, _ in rows]),
                   np.array([place_id(place_ids, c) for _, c in rows]))


def place_id(place_ids: dict[tuple[str, float, float], int], place: Candidate) -> int:
    """One number per distinct place of a text, by its name and point."""
    return place_ids.setdefault((place.name, place.lat, place.lon), len(place_ids))


def neighbour_support(readings: NameReadings, contexts: list[MentionContext], chosen: dict[int, Candidate]) -> Support:
    """For each local reading of every name, how close it lies to a likely reading of another name the text gives.

    Where another name is read as a town or county, its other towns and counties count too, by how
    likely each is: 'Walker County' and 'Huntsville' pull each other to the pair that lies together.
    """
    chosen_by_key = {contexts[i].key: place for i, place in chosen.items()}
    columns: list[tuple[int, Candidate, float, float]] = []  # name, reading, likelihood, reach in km
    for index, name in enumerate(readings.local):
        reading = chosen_by_key.get(name)
        if reading is None or reading.name_match == SEAT_MATCH:  # 'at the White House' says who met, not that the
            continue  # story is local to Washington: a seat lends no nearness
        if reading.feature_class in LOCAL_CLASSES:
            columns.append((index, reading, 1.0, NEARBY_KM))
        if reading.feature_class != "region" and id(reading) not in readings.big[name]:  # a town's or a country's
            # name also says its towns may be meant; a big city's ('Damascus', Syria) does not say 'Damascus, Maryland'
            own = prior(reading)
            columns += [(index, c, min(1.0, p / own), NAMESAKE_KM)
                        for c, p in readings.namesakes[name] if c is not reading]
    rows = readings.rows()
    if not rows.readings or not columns:
        return {}
    km = great_circle_km(rows.lat[:, None], rows.lon[:, None], np.array([c.lat for _, c, _, _ in columns])[None, :],
                         np.array([c.lon for _, c, _, _ in columns])[None, :])
    same_country = rows.countries[:, None] == np.array([c.country_code for _, c, _, _ in columns])[None, :]
    km = np.maximum(km - rows.spans[:, None] * same_country, 0.0)  # a region reaches past its centre (as in
    # lies_within), up to its country's border: Zaporizhzhia, in Ukraine, is no neighbour of the Russian region of
    # Belgorod
    likelihood, reach = np.array([(w, r) for _, _, w, r in columns]).T
    closeness = np.exp(-km / reach[None, :]) * likelihood[None, :]
    closeness[rows.names[:, None] == np.array([i for i, _, _, _ in columns])[None, :]] = -1.0  # a name is no
    # evidence for its own reading
    column_places = np.array([place_id(readings.place_ids, c) for _, c, _, _ in columns])
    closeness[rows.places[:, None] == column_places[None, :]] = 0.0  # two names in one text are two places: no
    # support from itself
    nearest = closeness.argmax(axis=1)
    at = np.arange(len(rows.readings))
    best, distance = closeness[at, nearest], km[at, nearest]
    return {id(rows.readings[i][1]): (float(best[i]), float(distance[i]), columns[nearest[i]][1])
            for i in np.flatnonzero(best > 0).tolist()}
