"""Choose, for every place named in a text, the gazetteer entry its context points to, and say why."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache
from dataclasses import dataclass, field, replace

import numpy as np

from extractors.model import Candidate, PlaceMention
from geocoding.features import feature_kind, list_kinds, without_feature_word
from geocoding.home import home_country
from geocoding.gazetteer import SMALL_TOWN_POPULATION, Gazetteer, default_gazetteer
from geocoding.names import demonym_stems, fold
from geocoding.online import OnlineGeocoder

EARTH_RADIUS_KM = 6371.0
NEAR_REGION_KM = 400.0
MAX_ALTERNATIVES = 3
MAX_PASSES = 6

# "X, in the Y region" / "X, dans la région de Y": X lies inside Y (general apposition patterns).
CONTAINMENT_LINK = re.compile(
    r"^\s*[,(]?\s*(?:(?:dans|en|au|aux|à|in|near|près de)\s+)?"
    r"(?:(?:la|le|les|l['’]|the)\s*)?"
    r"(?:(?:région|province|oblast|état|territoire|district|region|state|county|territory)\s+(?:de\s+|d['’]|of\s+)?"
    r"(?:(?:la|le|les|l['’]|the)\s*)?)?$",
    re.IGNORECASE,
)
EXPLICIT_CONTAINMENT = re.compile(r"\b(?:in|dans|région|region|province|oblast)\b", re.IGNORECASE)
LIST_CONTINUES = re.compile(r"^\s*(?:,|and\b|or\b|et\b|ou\b)", re.IGNORECASE)  # "X, Y and Z" is a list, not X in Y
MAJOR_CITY_POPULATION = 1_000_000
ALTERNATE_NAME_DISCOUNT = 0.3
MAJOR_ALIAS_DISCOUNT = 0.75  # "Mexico" is the country before it is Mexico City
FOCUS_BONUS, FOCUS_WEIGHT = 0.15, 0.5  # places in the countries a text is about
REGION_FOCUS_WEIGHT = 0.2  # towns and counties in the states a text names
HOME_WEIGHT = 2  # a local paper's country counts as if two of its places were named
NEARBY_WEIGHT, NEARBY_KM = 0.5, 300.0  # places near the other places a text names
NAMESAKE_KM = 30.0  # another reading of a name counts, by its prior, only close by
ONLINE_CONFIDENCE = 0.7
MIN_SCORE = 0.5  # below this the best reading is a guess: leave the mention for the analyst
AREA_CLASSES = ("country", "region", "continent")
FEATURE_BONUS = 0.5
CLASS_PRIOR = {"country": 1.0, "continent": 0.9, "region": 0.8, "county": 0.6}
LOCAL_CLASSES = ("city", "county", "region")  # places whose nearness to each other is evidence
POINT_CLASSES = ("city", "county")  # places small enough that a namesake's nearness says something
KIND_OF_CLASS = {"county": "region"}  # "the county of X" names a county as much as a region


@dataclass
class MentionContext:
    """What the text around one mention says: the places that contain it, the kind of place it is."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    containers: list[int] = field(default_factory=list)  # indices of mentions this one lies inside
    kind: str = ""  # the feature class the words before it name ("ville de X" -> city)
    country_name: bool = False  # one of its readings is a country's own name ('Italy')
    key: str = field(init=False)  # the folded name: mentions with one key get one reading

    def __post_init__(self) -> None:
        self.key = fold(self.text)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def prior(candidate: Candidate) -> float:
    """How likely a name means this entry before reading the context: bigger places are named more."""
    if candidate.feature_class in CLASS_PRIOR:
        discount = ALTERNATE_NAME_DISCOUNT if candidate.feature_class == "county" and candidate.name_match == "alternate" \
            else 1.0  # a bare 'Laurel' is a county less often than 'Laurel County'
        return CLASS_PRIOR[candidate.feature_class] * discount
    size = min(1.0, math.log10(candidate.population + 10) / 7)
    if candidate.name_match == "alternate":  # an alias is less often meant than a place's own name
        return size * (ALTERNATE_NAME_DISCOUNT if candidate.population < MAJOR_CITY_POPULATION else MAJOR_ALIAS_DISCOUNT)
    return size


def lies_within(candidate: Candidate, container: Candidate) -> bool:
    """Whether a candidate sits inside a containing place (same country, or near a region's centre)."""
    if container.feature_class == "country":
        return candidate.country_code == container.country_code
    if container.feature_class == "continent":
        return True
    return (candidate.country_code == container.country_code
            and haversine_km(candidate.lat, candidate.lon, container.lat, container.lon) <= NEAR_REGION_KM)


def find_containers(text: str, contexts: list[MentionContext]) -> None:
    """Link each mention to the mention right after it when the words between say 'in', ', région de', ' ('."""
    for i, (current, following) in enumerate(zip(contexts, contexts[1:])):
        between = without_feature_word(text[current.end:following.start])  # "the X cosmodrome in Y"
        if len(between) > 40 or "\n" in between or not CONTAINMENT_LINK.match(between):
            continue
        if "," in between and i + 2 < len(contexts) and LIST_CONTINUES.match(text[following.end:contexts[i + 2].start]) \
                and not any(c.feature_class in AREA_CLASSES for c in following.candidates):
            continue  # a list of towns; 'Fort Worth, Texas, and Dallas' keeps its state
        if "," in between or "(" in between or EXPLICIT_CONTAINMENT.search(between):
            current.containers.append(i + 1)


def share_longer_names(contexts: list[MentionContext]) -> None:
    """A town's short name means the longer one the text also gives ('Avondale' after 'Avondale Estates',
    'DeKalb' beside 'DeKalb County'), unless the short name is itself a state or country ('Kansas' is not
    'Kansas City')."""
    longer = {c.key: c for c in contexts if c.candidates and any(p.feature_class in POINT_CLASSES for p in c.candidates)}
    for context in contexts:
        if any(c.feature_class in AREA_CLASSES and c.name_match == "name" for c in context.candidates):
            continue
        full = next((other for key, other in longer.items() if key.startswith(context.key + " ")), None)
        if full is not None:
            context.candidates, context.key = full.candidates, full.key


def demonym_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The country or region an unknown capitalised word names as its people's word ('Palestinians', 'Abkhaz')."""
    if not name[:1].isupper():
        return []
    for stem in demonym_stems(name):
        found = [c for c in lookup(stem) if c.feature_class in AREA_CLASSES and c.name_match == "name"]
        if found:
            return found
    return []


def mention_contexts(text: str, start: int, end: int, lookup: Callable[[str], list[Candidate]]) -> list[MentionContext]:
    """A mention with its candidates; an unknown 'Moscou-Pyongyang' becomes its two known names."""
    name = text[start:end]
    candidates = lookup(name) or demonym_readings(name, lookup)
    if is_acronym(name):  # 'EU', 'UK', 'DPRK' name countries and regions, not the village called 'Eu'
        candidates = [c for c in candidates if c.feature_class in AREA_CLASSES]
    parts = name.split("-")
    if not candidates and len(parts) == 2 and all(p[:1].isupper() for p in parts):
        middle = start + len(parts[0])
        halves = [(start, middle), (middle + 1, end)]
        split = [MentionContext(s, e, text[s:e], lookup(text[s:e])) for s, e in halves]
        if all(c.candidates for c in split):
            return split
    return [MentionContext(start, end, name, candidates)]


def is_weak(candidate: Candidate) -> bool:
    """A reading that may not vouch for its country: a small place's alias ('Occident' -> a US village) or
    a village of unknown size ('Kremlin' -> a US post office)."""
    if candidate.feature_class != "city":
        return False
    return candidate.population <= SMALL_TOWN_POPULATION or (
        candidate.name_match == "alternate" and candidate.population < MAJOR_CITY_POPULATION)


def is_acronym(name: str) -> bool:
    """Whether a mention is written as an acronym ('EU', 'U.S.')."""
    letters = name.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def is_obscure(context: MentionContext) -> bool:
    """Whether a name is more likely a landmark: the text calls it one, or no reading is a country, region
    or big city."""
    if context.kind == "landmark":
        return True
    return all(c.feature_class == "city" and c.population < MAJOR_CITY_POPULATION for c in context.candidates)


def is_namesake_of_landmark(context: MentionContext, container: Candidate) -> bool:
    """Whether a landmark said to be in a country has only small towns of its name there: as likely namesakes as
    its site, so the country is the honest answer ('the Plesetsk cosmodrome in Russia')."""
    return context.kind == "landmark" and container.feature_class == "country" and all(
        c.feature_class == "city" and c.population < MAJOR_CITY_POPULATION for c in context.candidates)


@dataclass
class Focus:
    """Where a document is: the countries and the first-level regions (states, provinces) its places lie in."""

    countries: Counter[str]
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country code, admin1 code)
    region_names: dict[tuple[str, str], str] = field(default_factory=dict)
    by_name: dict[str, Focus] = field(default_factory=dict)  # each name's own part of the counts

    def without(self, key: str) -> Focus:
        """The focus the other names give: a name is no evidence for its own country or state ('Georgia' said
        twice is not the country for that; 'New York' the city is not in the state because the text says 'New York')."""
        own = self.by_name.get(key)
        if own is None:
            return self
        return Focus(self.countries - own.countries, self.regions - own.regions, self.region_names)


def names_country(context: MentionContext) -> bool:
    """Whether a mention is a country's own name ('Italy'): its namesake towns need more than a state named."""
    return any(c.feature_class in ("country", "continent") and c.name_match == "name" for c in context.candidates)


def plain_focus(contexts: list[MentionContext], home: str | None) -> Focus:
    """The countries a document is about, read from mentions whose plain reading is a country or unambiguous."""
    plain = {i: max(c.candidates, key=prior) for i, c in enumerate(contexts) if c.candidates}
    focus = document_focus(contexts, {i: place for i, place in plain.items() if place.feature_class == "country"
                                      or len(contexts[i].candidates) == 1}, home)
    return Focus(focus.countries, by_name={key: Focus(own.countries) for key, own in focus.by_name.items()})


def document_focus(contexts: list[MentionContext], chosen: dict[int, Candidate], home: str | None) -> Focus:
    """The countries and states of a document's current readings, a local paper's country counted twice."""
    by_name: dict[str, Focus] = defaultdict(lambda: Focus(Counter()))
    for i, place in chosen.items():
        if place.country_code and not is_weak(place):
            own = by_name[contexts[i].key]
            own.countries[place.country_code] += 1
            if place.feature_class == "region" and place.admin1:
                own.regions[(place.country_code, place.admin1)] += 1
                own.region_names[(place.country_code, place.admin1)] = place.name
    focus = Focus(Counter({home: HOME_WEIGHT} if home else {}), by_name=dict(by_name))
    for own in by_name.values():
        focus.countries.update(own.countries)
        focus.regions.update(own.regions)
        focus.region_names.update(own.region_names)
    return focus


def score(candidate: Candidate, context: MentionContext, focus: Focus, chosen: dict[int, Candidate],
          support: Support) -> tuple[float, str]:
    """A candidate's score in its context and the reasons that made it."""
    total = prior(candidate)
    sized = candidate.population > SMALL_TOWN_POPULATION
    reasons = [f"{candidate.feature_class} of {candidate.population:,} people" if sized else candidate.feature_class]
    mentions = sum(focus.countries.values())
    if mentions and candidate.country_code in focus.countries and not (
            candidate.feature_class in POINT_CLASSES and context.country_name):
        share = focus.countries[candidate.country_code] / mentions
        total += FOCUS_BONUS + FOCUS_WEIGHT * share
        reasons.append(f"{candidate.country_code} is named in {share:.0%} of the document's places")
    region = (candidate.country_code, candidate.admin1)
    if candidate.feature_class in POINT_CLASSES and region in focus.regions and not context.country_name:
        share = focus.regions[region] / sum(focus.regions.values())
        total += REGION_FOCUS_WEIGHT * share
        reasons.append(f"in {focus.region_names[region]}, which the text names")
    if candidate.feature_class == "region" and candidate.admin1 and chosen:
        inside = [p for p in chosen.values() if p.feature_class in POINT_CLASSES and (p.country_code, p.admin1) == region]
        if inside:
            total += REGION_FOCUS_WEIGHT * len(inside) / len(chosen)
            reasons.append(f"holds {inside[0].name}, also named")
    if context.kind and KIND_OF_CLASS.get(candidate.feature_class, candidate.feature_class) == context.kind:
        total += FEATURE_BONUS
        reasons.append(f"the text calls it a {context.kind}")
    for index in context.containers:
        container = chosen.get(index)
        if container is not None and lies_within(candidate, container):
            total += 1.5
            reasons.append(f"inside {container.name}, named next to it")
    if candidate.feature_class in LOCAL_CLASSES and id(candidate) in support:
        closeness, distance, neighbour = support[id(candidate)]
        total += NEARBY_WEIGHT * closeness
        if distance <= NEARBY_KM:
            reasons.append(f"{distance:.0f} km from {neighbour.name}, also named")
    return total, "; ".join(reasons)


Support = dict[int, tuple[float, float, Candidate]]  # id(candidate) -> closeness, km, the neighbour


@dataclass
class NameReadings:
    """Each name's readings, gathered once per text (spellings of one name share its key)."""

    local: dict[str, list[Candidate]]  # towns, counties and regions: what nearness can support
    namesakes: dict[str, list[tuple[Candidate, float]]]  # towns and counties under their own name, with priors

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
                              for name, found in readings.items()})


def neighbour_support(readings: NameReadings, contexts: list[MentionContext], chosen: dict[int, Candidate],
                      key: str | None = None) -> Support:
    """For each local reading (of one name, or of all), how close it lies to a likely reading of another name
    the text gives.

    Where another name is read as a town or county, its other towns and counties count too, by how
    likely each is: 'Walker County' and 'Huntsville' pull each other to the pair that lies together.
    """
    chosen_by_key = {contexts[i].key: place for i, place in chosen.items()}
    rows: list[tuple[int, Candidate]] = []
    columns: list[tuple[int, Candidate, float, float]] = []  # name, reading, likelihood, reach in km
    for index, name in enumerate(readings.local):
        if key is None or name == key:
            rows += [(index, c) for c in readings.local[name]]
        reading = chosen_by_key.get(name)
        if reading is None:
            continue
        if reading.feature_class in LOCAL_CLASSES:
            columns.append((index, reading, 1.0, NEARBY_KM))
        if reading.feature_class != "region":  # a town's or a country's name also says its towns may be meant
            own = prior(reading)
            columns += [(index, c, min(1.0, p / own), NAMESAKE_KM) for c, p in readings.namesakes[name] if c is not reading]
    if not rows or not columns:
        return {}
    km = distances_km([c for _, c in rows], [c for _, c, _, _ in columns])
    spans = np.array([NEAR_REGION_KM if c.feature_class == "region" else 0.0 for _, c in rows])[:, None]
    km = np.maximum(km - spans, 0.0)  # a region reaches past its centre (as in lies_within)
    likelihood, reach = np.array([(w, r) for _, _, w, r in columns]).T
    closeness = np.exp(-km / reach[None, :]) * likelihood[None, :]
    same_name = np.array([i for i, _ in rows])[:, None] == np.array([i for i, _, _, _ in columns])[None, :]
    closeness[same_name] = -1.0  # a name is no evidence for its own reading
    entries: dict[tuple[str, float, float], list[int]] = defaultdict(list)
    for j, (_, place, _, _) in enumerate(columns):
        entries[(place.name, place.lat, place.lon)].append(j)
    for i, (_, candidate) in enumerate(rows):  # two names in one text are two places: no support from itself
        closeness[i, entries.get((candidate.name, candidate.lat, candidate.lon), [])] = 0.0
    nearest = closeness.argmax(axis=1)
    return {id(candidate): (float(closeness[i, nearest[i]]), float(km[i, nearest[i]]), columns[nearest[i]][1])
            for i, (_, candidate) in enumerate(rows) if closeness[i, nearest[i]] > 0}


def distances_km(origins: list[Candidate], targets: list[Candidate]) -> np.ndarray:
    """Great-circle distances from every origin to every target, as a matrix."""
    lat1, lon1 = np.radians([c.lat for c in origins])[:, None], np.radians([c.lon for c in origins])[:, None]
    lat2, lon2 = np.radians([c.lat for c in targets])[None, :], np.radians([c.lon for c in targets])[None, :]
    half = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(half, 0.0, 1.0)))


def resolve_places(text: str, spans: list[tuple[int, int]], language: str = "",
                   gazetteer: Gazetteer | None = None, online: OnlineGeocoder | None = None) -> list[PlaceMention]:
    """Resolve every toponym span of a text; one reading per name; the online service only when given."""
    lookup = cache((gazetteer or default_gazetteer()).lookup)  # a name said fifteen times is looked up once
    contexts = [context for s, e in sorted(set(spans)) for context in mention_contexts(text, s, e, lookup)]
    find_containers(text, contexts)
    share_longer_names(contexts)
    kinds = list_kinds(text, [(c.start, c.end) for c in contexts],
                       [feature_kind(text, c.start, c.end) for c in contexts])
    for context, kind in zip(contexts, kinds):
        context.kind = kind
        context.country_name = names_country(context)
    readings = NameReadings.of(contexts)
    home = home_country(text)
    focus = plain_focus(contexts, home)
    chosen = {i: max(c.candidates, key=prior) for i, c in enumerate(contexts) if c.candidates}
    totals: dict[str, dict[int, float]] = {}
    stale = {c.key for c in contexts}
    for _ in range(MAX_PASSES):  # until no name changes its reading and the focus they give stays the same
        sweep(contexts, readings, focus, chosen, totals, stale)
        previous_focus, focus = focus, document_focus(contexts, chosen, home)
        if focus != previous_focus:
            stale = {c.key for c in contexts}
        if not stale:
            break
    fallbacks: dict[str, tuple[Candidate, str]] = {}
    for context in contexts:
        for index in context.containers:
            container = chosen.get(index)
            placed = max(totals.get(contexts[index].key, {}).values(), default=0.0) >= MIN_SCORE
            if container and placed and is_obscure(context) and (
                    not any(lies_within(c, container) for c in context.candidates)
                    or is_namesake_of_landmark(context, container)):
                fallbacks[context.key] = (container, contexts[index].text)
    others = other_names(contexts, chosen)
    support = neighbour_support(readings, contexts, chosen)
    mentions = [choose(c, totals.get(c.key, {}), fallbacks.get(c.key), focus.without(c.key), others[c.key], support)
                for c in contexts]
    if online is not None:
        ask_online(mentions, fallbacks, focus, language, online)
    return mentions


def ask_online(mentions: list[PlaceMention], fallbacks: dict[str, tuple[Candidate, str]], focus: Focus,
               language: str, online: OnlineGeocoder) -> None:
    """Let the online service place what the offline data could not (unknown names, approximate landmarks)."""
    countries = [code.lower() for code, _ in focus.countries.most_common(3)]
    answers: dict[str, Candidate | None] = {}
    for mention in mentions:
        if mention.precision != "unresolved" and mention.feature_class != "landmark":
            continue
        key = fold(mention.text)
        if key not in answers:
            container = fallbacks.get(key)
            query = f"{mention.text}, {container[0].name}" if container else mention.text
            answers[key] = online.search(query, language, countries)
        answer = answers[key]
        if answer is None:
            continue
        offline = PlaceMention(**{**mention.__dict__, "alternatives": []}) if mention.resolved else None
        place_at(mention, answer)
        mention.source = "nominatim"
        mention.geonameid = None
        mention.precision = precision_of(answer)
        mention.confidence = ONLINE_CONFIDENCE
        mention.reason = answer.reason
        if offline is not None:
            mention.alternatives = [Candidate(name=offline.name, lat=offline.lat, lon=offline.lon,
                                              country_code=offline.country_code, feature_class="region",
                                              reason=offline.reason), *mention.alternatives][:MAX_ALTERNATIVES]


def sweep(contexts: list[MentionContext], readings: NameReadings, focus: Focus, chosen: dict[int, Candidate],
          totals: dict[str, dict[int, float]], stale: set[str]) -> None:
    """Re-read each name in turn through the latest readings of the others, updating `chosen` as it goes: names
    read one after another settle, where all at once two neighbours can swap their states forever. Only stale
    names are re-scored: those another name or the focus changed under since they were last read."""
    mentions: dict[str, list[int]] = defaultdict(list)
    for i, context in enumerate(contexts):
        if context.candidates:
            mentions[context.key].append(i)
    for key, indices in mentions.items():
        if key not in stale:
            continue
        stale.discard(key)
        totals[key] = name_totals(contexts, readings, indices, focus, chosen)
        best = contexts[indices[0]].candidates[max(totals[key], key=totals[key].get)]
        if chosen[indices[0]] is not best:
            chosen.update((i, best) for i in indices)
            stale.update(name for name in mentions if name != key)


def name_totals(contexts: list[MentionContext], readings: NameReadings, indices: list[int], focus: Focus,
                chosen: dict[int, Candidate]) -> dict[int, float]:
    """One name's candidates, scored on average over its mentions: one sense per name per document."""
    key = contexts[indices[0]].key
    others = {i: place for i, place in chosen.items() if contexts[i].key != key}  # a name is no evidence for itself
    support = neighbour_support(readings, contexts, chosen, key)
    others_focus = focus.without(key)
    totals: dict[int, float] = defaultdict(float)
    for i in indices:
        for k, candidate in enumerate(contexts[i].candidates):
            totals[k] += score(candidate, contexts[i], others_focus, others, support)[0] / len(indices)
    return totals


def other_names(contexts: list[MentionContext], chosen: dict[int, Candidate]) -> dict[str, dict[int, Candidate]]:
    """For each name, the readings of every mention of other names: a name is no evidence for itself."""
    return {key: {i: place for i, place in chosen.items() if contexts[i].key != key}
            for key in {c.key for c in contexts}}


def choose(context: MentionContext, totals: dict[int, float], fallback: tuple[Candidate, str] | None,
           focus: Focus, plain: dict[int, Candidate], support: Support) -> PlaceMention:
    """Turn a mention's scored candidates into a place mention with a confidence and a reason."""
    mention = PlaceMention(start=context.start, end=context.end, text=context.text)
    if fallback is not None:
        container, container_text = fallback
        place_at(mention, container)
        mention.name = f"{context.text} ({container.name})"
        mention.precision = "region" if container.feature_class != "country" else "country"
        mention.feature_class = "landmark"
        mention.confidence = 0.5
        mention.reason = (f"only small towns called '{context.text}' lie in {container_text}, maybe namesakes of "
                          f"this {context.kind}; placed at {container_text}, where the text puts it"
                          if any(lies_within(c, container) for c in context.candidates) else
                          f"no '{context.text}' of the offline gazetteer lies in {container_text}; "
                          f"placed at {container_text}, where the text puts it")
        mention.alternatives = context.candidates[:MAX_ALTERNATIVES]
        return mention
    if not context.candidates:
        mention.precision = "unresolved"
        mention.reason = "no place of this name in the offline gazetteer"
        return mention
    ranked = sorted(range(len(context.candidates)), key=lambda k: totals.get(k, 0.0), reverse=True)
    best = context.candidates[ranked[0]]
    place_at(mention, best)
    mention.precision = precision_of(best)
    best_total = totals.get(ranked[0], 0.0)
    if best_total < MIN_SCORE:
        mention.name, mention.country_code, mention.feature_class, mention.geonameid = "", "", "", None
        mention.lat = mention.lon = None
        mention.precision = "unresolved"
        mention.confidence = 0.0
        mention.reason = f"only weak readings (best: {best.name}, {best.country_code}); left for the analyst"
        mention.alternatives = [scored(context.candidates[k], totals.get(k, 0.0), context, focus, plain, support)
                                for k in ranked[:MAX_ALTERNATIVES]]
        return mention
    runner_up = totals.get(ranked[1], 0.0) if len(ranked) > 1 else 0.0
    mention.confidence = round(best_total / (best_total + runner_up), 2) if best_total + runner_up else 0.0
    mention.reason = score(best, context, focus, plain, support)[1]
    mention.alternatives = [scored(context.candidates[k], totals.get(k, 0.0), context, focus, plain, support)
                            for k in ranked[1:1 + MAX_ALTERNATIVES]]
    return mention


def scored(candidate: Candidate, total: float, context: MentionContext, focus: Focus, plain: dict[int, Candidate],
           support: Support) -> Candidate:
    """A runner-up with its score and what spoke for it, so the analyst sees why the winner won."""
    return replace(candidate, score=round(total, 2), reason=score(candidate, context, focus, plain, support)[1])


def precision_of(candidate: Candidate) -> str:
    """How precisely a reading places a mention: exactly, within a region, or only within a country."""
    return {"country": "country", "continent": "country", "region": "region", "county": "region"}.get(
        candidate.feature_class, "exact")


def place_at(mention: PlaceMention, candidate: Candidate) -> None:
    """Copy a gazetteer entry's location onto a mention."""
    mention.name = candidate.name
    mention.lat, mention.lon = candidate.lat, candidate.lon
    mention.country_code = candidate.country_code
    mention.feature_class = candidate.feature_class
    mention.geonameid = candidate.geonameid
    mention.source = "gazetteer"
