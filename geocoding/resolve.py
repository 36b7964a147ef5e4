"""Choose, for every place named in a text, the gazetteer entry its context points to, and say why."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial
from typing import NamedTuple

from core.geo import haversine_km
from core.model import Candidate, PlaceMention
from core.placelex import article, either, genitive
from geocoding.areas import (PHYSICAL_CLASSES, country_centres, country_radius_km, feature_radius_km,
                             features_named_with)
from geocoding.airports import airport_readings
from geocoding.country_points import country_point
from geocoding.evidence import Focus, NameReadings, Support, document_focus, neighbour_support, plain_focus
from geocoding.features import (after_unaccented_preposition, feature_kind, is_town_use, list_kinds, names_site_town,
                                takes_country_preposition, takes_town_only_preposition, without_country_article)
from geocoding.gazetteer import SMALL_TOWN_POPULATION, WELL_KNOWN_CITY, Gazetteer, default_gazetteer
from geocoding.home import story_home
from geocoding.mentions import (LOCAL_CLASSES, POINT_CLASSES, MentionContext, big_cities, capitals_among,
                                find_containers, find_landform_settings, find_lists, is_administration, is_big_city,
                                is_namesake_of_landmark, is_obscure, lies_within, mention_contexts,
                                names_administration, names_country, prior, share_longer_names, share_qualifiers,
                                unseat_namesakes)
from geocoding.gazetteer_forms import gazetteer_forms
from geocoding.names import fold, spelling_variants
from geocoding.names_abroad import read_names_abroad
from geocoding.online import OnlineGeocoder
from geocoding.person_names import names_person
from geocoding.seats import SEAT_MATCH, seat_of
from geocoding.spotter import BRACKET_GAP, BRACKETED
from geocoding.weights import (CONTAINER_BONUS, FEATURE_BONUS, FOCUS_BONUS, FOCUS_WEIGHT, MIN_SCORE, NEARBY_KM,
                               NEARBY_WEIGHT, ONLINE_CONFIDENCE, PHYSICAL_WORD_BONUS, REGION_FOCUS_WEIGHT,
                               CAPITAL_BONUS, REGION_SEAT_BONUS, REGION_SEAT_KM, REGION_SEAT_POPULATION,
                               TOWN_USE_PENALTY)

MAX_ALTERNATIVES = 3
# A namesake this many times smaller than a big city, and under a well-known city's size, is no rival to it on what
# other big cities give it alone ('Damascus', Maryland, 15,000 people); 'London', Ontario (422,000) is a city of its
# own.
BIG_CITY_RATIO, SMALL_NAMESAKE_POPULATION = 10, 100_000
MAX_PASSES = 6
# A sea within this distance of a country's edge (discs of their sizes) washes it: 'the Gulf' of an Iraq story is the
# Persian Gulf, 340 km from Iraq's disc; that of a Texan story the Gulf of Mexico.
NEAR_WATER_KM = 500.0
# A physical feature's generic word alone, with its article: 'the Gulf', 'le Golfe'.
BARE_PHYSICAL_WORD = re.compile(rf"{article()}(?:{either('physical_words')})", re.IGNORECASE)
ISLAND_WORDS = either("island_words")
ISLAND_GROUP = re.compile(rf"^(?:(?P<bare>.+?)\s+(?:{ISLAND_WORDS})|{article()}(?:{ISLAND_WORDS})\s+{genitive()}?"
                          rf"{article()}(?P<named>.+))$", re.IGNORECASE)
BRACKET_END = re.compile(r"\s*\)")  # a bracket's end right after a name
BRACKETED_AREA = "(area)"  # the key mark of an area read apart from its namesake town; no name folds to it
SEAT_STEM = 4  # letters a region named after its seat shares with it ('Zaporizka', 'Zaporizhzhya')
KIND_OF_CLASS = {"county": "region"}  # "the county of X" names a county as much as a region
RegionRadius = Callable[[str, str], "float | None"]  # a first-level region's reach in km, by country and region code


class Scored(NamedTuple):
    """A reading's score in its context, the reasons that made it, and the parts a name's reading reuses."""

    total: float
    reason: str
    in_focus: float  # what the countries and states the other names lie in add
    near: float  # what nearness to another name's reading adds
    neighbour: Candidate | None  # that reading


def score(candidate: Candidate, context: MentionContext, focus: Focus, chosen: dict[int, Candidate],
          support: Support, explain: bool = True) -> Scored:
    """A candidate's score in its context and, when asked to explain, the reasons that made it (the sweeps that
    only compare totals skip the main ones' wording)."""
    total = prior(candidate)
    reasons = [what_it_is(candidate)] if explain else []
    if candidate.name_match == SEAT_MATCH:
        reasons.append(candidate.reason)
    in_focus, why = focus_part(candidate, context, focus, explain)
    total += in_focus
    reasons += why
    region = (candidate.country_code, candidate.admin1)
    if candidate.feature_class == "region" and candidate.admin1 and chosen:
        inside = [p for p in chosen.values() if p.feature_class in POINT_CLASSES
                  and (p.country_code, p.admin1) == region
                  and fold(p.name) != context.key and not fold(p.name).startswith(f"{context.key} ")]  # 'Beijing'
        # the city (the seat 'Zhongnanhai') is no sign of it, nor 'New York City' (an airport's town) of the state
        if inside:
            total += REGION_FOCUS_WEIGHT * len(inside) / len(chosen)
            reasons.append(f"holds {inside[0].name}, also named")
    if context.qualifier:
        reasons.append(context.qualifier)
    if id(candidate) in context.seats:
        total += REGION_SEAT_BONUS
        reasons.append("the city its namesake region is named after")
    elif outgrows_seat_abroad(candidate, context):
        total += REGION_SEAT_BONUS
        reasons.append("bigger than the namesake city a region abroad is named after")
    if id(candidate) in context.capitals:
        total += CAPITAL_BONUS
        reasons.append(f"the capital of {candidate.country_code}")
    if candidate.feature_class == "region" and context.town_use and (context.big or any(
            id(c) in context.seats and c.country_code == candidate.country_code for c in context.candidates)):
        total -= TOWN_USE_PENALTY  # 'in New York', 'à Vienne', 'NEW YORK (AP)': the city, not a region of its name
        reasons.append("the text uses the name as a town's")
    if candidate.feature_class == "country" and context.after_town_preposition and any(
            id(c) in context.big and c.country_code == candidate.country_code for c in context.candidates):
        total -= TOWN_USE_PENALTY  # 'à Mexico', 'à Koweït': the capital; the country is 'au Mexique', 'au Koweït'
        reasons.append("the text puts a town's preposition, not a country's, before it")
    if candidate.feature_class == "country" and context.without_country_article and any(
            c.feature_class == "city" and c.country_code != candidate.country_code
            and c.population >= WELL_KNOWN_CITY for c in context.candidates):
        total -= TOWN_USE_PENALTY  # 'à Grenade', 'a secoué Grenade': Granada; the country is 'la Grenade'
        reasons.append("the text writes it without the article a country's name takes here")
    if candidate.feature_class == "country" and context.listed and is_listed_with_towns_abroad(candidate, context, chosen):
        total -= TOWN_USE_PENALTY  # 'Grenade, Séville et Cordoue': Granada; one sense per list
        reasons.append("the text lists it with towns of a country where a city bears its name")
    if candidate.feature_class in POINT_CLASSES and context.after_country_preposition and any(
            c.feature_class == "country" and c.country_code == candidate.country_code for c in context.candidates):
        total -= TOWN_USE_PENALTY  # 'au Luxembourg': the country; its capital would be 'à Luxembourg'
        reasons.append("the text puts a country's preposition before it")
    if context.kind and KIND_OF_CLASS.get(candidate.feature_class, candidate.feature_class) == context.kind:
        total += FEATURE_BONUS
        reasons.append("the text names a site of the town after it" if context.site_town
                       else f"the text calls it a {context.kind}")
    if context.physical_word and candidate.feature_class in PHYSICAL_CLASSES:
        total += PHYSICAL_WORD_BONUS
        reasons.append(f"the text calls it a {candidate.feature_class}")
    country_named = bool(context.containers) and any(  # asked only where a container is named: most names have none
        c.feature_class == "country" and c.name_match == "name" for c in context.candidates)
    for index in context.containers:
        container = chosen.get(index)
        if container is not None and lies_within(candidate, container) \
                and not (country_named and candidate.feature_class in POINT_CLASSES):  # 'les côtes du Mozambique,
            # près de Pemba': a country named by its name is not a town of its name for being near another
            total += CONTAINER_BONUS
            reasons.append(f"inside {container.name}, named next to it")
    near, why, neighbour = nearness(candidate, context, focus, support, explain)
    total += near
    if why:
        reasons.append(why)
    return Scored(total, "; ".join(reasons), in_focus, near, neighbour)


def outgrows_seat_abroad(candidate: Candidate, context: MentionContext) -> bool:
    """Whether a city is bigger than a big namesake abroad that a region of its name is named after: the bonus that
    lifts that seat over its own region is no fame it has over a bigger city ('Saida' of a Lebanon story is Sidon,
    bigger than the seat of Saïda province, Algeria). A small seat, one only for the words using its name as a town's
    ('in St. George'), lends its bonus to no one."""
    return candidate.feature_class == "city" and bool(context.seats) and any(
        id(c) in context.seats and c.country_code != candidate.country_code
        and REGION_SEAT_POPULATION <= c.population < candidate.population for c in context.candidates)


def focus_part(candidate: Candidate, context: MentionContext, focus: Focus,
               explain: bool = True) -> tuple[float, list[str]]:
    """What the countries and states the other names lie in add to a reading's score, and the reasons."""
    total, reasons = 0.0, []
    mentions = focus.country_mentions
    region = (candidate.country_code, candidate.admin1)
    country_named = context.country_name and region not in focus.rung  # 'Jordan' in a story ringing in its state
    if mentions and candidate.country_code in focus.countries and not (
            candidate.feature_class in POINT_CLASSES and country_named):
        share = focus.countries[candidate.country_code] / mentions
        total += FOCUS_BONUS + FOCUS_WEIGHT * share
        if explain:
            reasons.append(f"{candidate.country_code} is named in {share:.0%} of the document's places")
    if candidate.feature_class in POINT_CLASSES and region in focus.regions and not country_named:
        share = focus.regions[region] / focus.region_mentions
        total += REGION_FOCUS_WEIGHT * share
        if explain:
            reasons.append(f"in {focus.region_names[region]}")
    return total, reasons


def nearness(candidate: Candidate, context: MentionContext, focus: Focus,
             support: Support, explain: bool = True) -> tuple[float, str, Candidate | None]:
    """What a reading's nearness to the other names' readings adds to its score, the reason it gives, and the
    reading it is near."""
    if candidate.feature_class not in LOCAL_CLASSES or id(candidate) not in support:
        return 0.0, "", None
    if candidate.feature_class == "region" and context.kind != "region" \
            and any(id(c) in context.seats for c in context.candidates):
        return 0.0, "", None  # a region's seat, there too, is as near as it: nearness tells them not apart where the
        # text does not call it a region ('Maradi and Zinder' are two cities, not two regions that reach each other)
    closeness, distance, neighbour = support[id(candidate)]
    if neighbour.country_code != candidate.country_code and neighbour.country_code in context.countries:
        return 0.0, "", None  # a town in the country the name also is speaks for the country, not a namesake beside
        # it ('Mitrovicë' in Kosovo for Kosovo, not for the Serbian region of that name)
    region = (candidate.country_code, candidate.admin1)
    if (neighbour.feature_class == "region" and (neighbour.country_code, neighbour.admin1) == region
            and region in focus.regions) or fold(neighbour.name) == context.key:  # the state a town lies in has
        return 0.0, "", None  # spoken through the focus already; nor does its namesake city speak for it
    reason = f"{distance:.0f} km from {neighbour.name}, also named" if explain and distance <= NEARBY_KM else ""
    return NEARBY_WEIGHT * closeness, reason, neighbour


def what_it_is(candidate: Candidate) -> str:
    """The first words of a reading's reason: its kind, with its people or its reach ('sea, about 740 km across')."""
    radius = feature_radius_km(candidate.feature_class, candidate.name)
    if radius:
        return f"{candidate.feature_class}, about {2 * radius:,.0f} km across"
    if candidate.name_match == SEAT_MATCH:
        return f"{candidate.name}, {candidate.feature_class} of {candidate.population:,} people"
    if candidate.population > SMALL_TOWN_POPULATION:
        return f"{candidate.feature_class} of {candidate.population:,} people"
    return candidate.feature_class


def is_region_seat(candidate: Candidate, context: MentionContext, regions: list[Candidate]) -> bool:
    """Whether a city is the seat a region of the same name (among `regions`, the name's region readings) is named
    after: a big one ('Marrakech', 'Rostov'), which news naming it bare means, or any the text uses as a town ('the city
    of Saada', 'in Saada', a dateline) when no big city has its name."""
    if candidate.feature_class != "city" or not any(  # most names have no region of theirs beside a town: asked first
            may_hold_seat(c, candidate) for c in regions):
        return False
    said = fold(context.text)
    longer = fold(candidate.name).startswith((f"{said} ", f"{said}-")) and not (
        context.town_use and not context.country_name)  # 'New York City', 'Oklahoma City': the state's own name is
    # what the bare words say, unless they are used as a town ('in New York', a dateline); 'in Mexico' is the country
    known = candidate.population >= REGION_SEAT_POPULATION or (
        context.town_use and not context.big and not is_foreign_region_name(candidate, context)) or (
        context.town_use and id(candidate) in context.big)  # 'to Port of Spain' (49,000 people), a capital; 'the city
    # of Saada', 'à Saada' (52,000 people) is the town, not the province named after it, where no big city has the name
    return known and not longer


def may_hold_seat(region: Candidate, city: Candidate) -> bool:
    """Whether a region may be the one a city of its name is the seat of: in the same country, with the city's
    region code or near its middle (a big region's seat may lie far from it: Zinder, 170 km, has its code)."""
    return region.country_code == city.country_code and (
        (bool(region.admin1) and region.admin1 == city.admin1)
        or haversine_km(region.lat, region.lon, city.lat, city.lon) <= REGION_SEAT_KM)


def is_listed_with_towns_abroad(country: Candidate, context: MentionContext, chosen: dict[int, Candidate]) -> bool:
    """Whether the mentions listed with a country's name all read as towns of one other country where a city of
    100,000 bears the name: a list names things of one kind."""
    mates = [chosen.get(i) for i in context.listed]
    codes = {m.country_code for m in mates if m is not None and m.feature_class in POINT_CLASSES}
    if len(codes) != 1 or any(m is not None and m.feature_class not in POINT_CLASSES for m in mates):
        return False
    return any(c.feature_class == "city" and c.population >= WELL_KNOWN_CITY and c.country_code in codes
               and c.country_code != country.country_code for c in context.candidates)


def is_foreign_region_name(candidate: Candidate, context: MentionContext) -> bool:
    """Whether the words are also the own name of a region of another country ('in Florida', the US state, beside
    Florida, Uruguay): a town's use then tells the small town from its own region, not from that region abroad."""
    return any(c.feature_class == "region" and c.name_match == "name" and c.country_code != candidate.country_code
               for c in context.candidates)


def resolve_places(text: str, spans: list[tuple[int, int]], language: str = "",
                   gazetteer: Gazetteer | None = None, online: OnlineGeocoder | None = None,
                   published_in: str = "", online_spans: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    """Resolve every toponym span of a text; one reading per name; the online service only when given, and only
    about mentions inside online_spans when those are given (every span is a place otherwise). Where
    the source is published ('Columbus, Nebraska'), when known, is read as places the text names too, so a
    local paper's own town settles its namesakes."""
    gazetteer = gazetteer or default_gazetteer()
    lookup = partial(known_readings, gazetteer)  # a name said fifteen times, or in fifteen texts, is looked up once
    told = len(text)
    text, spans = with_home_place(text, spans, published_in)
    spans = [(s, e) for s, e in spans if not names_person(text, s, e, language, lookup)]  # 'Paris Hilton said'
    contexts = [context for s, e in sorted(set(spans)) for context in mention_contexts(text, s, e, lookup)]
    unseat_namesakes(contexts, lookup)
    share_qualifiers(contexts)
    read_island_groups(contexts, lookup)
    read_airports(contexts, lookup)
    find_containers(text, contexts)
    find_landform_settings(text, contexts)
    find_lists(text, contexts)
    read_regions_spelt_alike(text, contexts, gazetteer.regions_spelt_like)
    members = contain_in_brackets(text, contexts)
    towns = set_apart_own_areas(contexts)
    read_in_named_regions(contexts)
    read_bracketed_regions(contexts, members)
    share_longer_names(contexts)
    kinds = list_kinds(text, [(c.start, c.end) for c in contexts],
                       [feature_kind(text, c.start, c.end) for c in contexts])
    for context, kind in zip(contexts, kinds):
        context.kind = kind or ("city" if id(context) in towns else "region" if is_administration(
            text, context.start, context.end) or names_administration(context.text) else "")
        unaccented = after_unaccented_preposition(text, context.start, language)  # 'A Mitrovica, où...'
        context.town_use = is_town_use(text, context.start, context.kind) or unaccented
        context.after_town_preposition = takes_town_only_preposition(text, context.start) or unaccented
        context.country_name = names_country(context) and kind != "city" and not context.after_town_preposition
        # 'MALTA --' heads a story from a town, and 'à Mexico' names one
        context.after_country_preposition = takes_country_preposition(text, context.start)
        context.without_country_article = without_country_article(text, context.start, language)
        context.site_town = names_site_town(text, context.start)
        context.big, context.capitals = big_cities(context.candidates), capitals_among(context.candidates)
    set_apart_called_areas(contexts)
    read_names_abroad(contexts, language)  # 'à Ratisbonne': Regensburg's name in the text's language
    read_seat_regions(contexts, gazetteer)
    readings = NameReadings.of(contexts)
    home = story_home(text[:told], [(c.start, c.end) for c in contexts], gazetteer)
    focus = plain_focus(contexts, home)
    read_bare_waters(contexts, focus, lookup)
    for context in contexts:
        regions = [c for c in context.candidates if c.feature_class == "region"]
        context.seats = {id(c) for c in context.candidates if regions and is_region_seat(c, context, regions)}
        context.countries = {c.country_code for c in context.candidates if c.feature_class == "country"}
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
    placed = {i for i, c in enumerate(contexts) if max(totals.get(c.key, {}).values(), default=0.0) >= MIN_SCORE}
    fallbacks = fallbacks_of(contexts, chosen, placed)
    support = neighbour_support(readings, contexts, chosen)
    others = {c.key: (focus.without(c.key), other_names(contexts, chosen, c.key)) for c in contexts}  # once a name
    mentions = [choose(c, totals.get(c.key, {}), fallbacks.get(c.key), *others[c.key], support,
                       gazetteer.region_radius_km)
                for c in contexts if c.start < told]
    if online is not None:
        askable = [m for m in mentions if online_spans is None
                   or any(s <= m.start and m.end <= e for s, e in online_spans)]
        ask_online(askable, fallbacks, focus, language, online)
    return mentions


def fallbacks_of(contexts: list[MentionContext], chosen: dict[int, Candidate],
                 placed: set[int]) -> dict[str, tuple[Candidate, str]]:
    """The place each obscure name the gazetteer cannot place where the text puts it stands at instead, with the
    words naming it: the narrowest place the text puts it in ('Boni (Hombori, Mopti)' in Hombori if known); a
    landform's last, at the place its setting stands at ('Mount X erupted on Flores island': where Flores is put)."""
    fallbacks: dict[str, tuple[Candidate, str]] = {}
    for context in sorted(contexts, key=lambda c: c.landform):
        for index in enclosing(contexts, context, placed):
            container, container_text = fallbacks.get(contexts[index].key) or (chosen.get(index), contexts[index].text)
            if container and is_obscure(context) and (
                    not any(lies_within(c, container) for c in context.candidates)
                    or is_namesake_of_landmark(context, container)):
                fallbacks[context.key] = (container, container_text)
                break
    return fallbacks


@lru_cache(maxsize=50_000)
def known_readings(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    """A name's gazetteer readings, kept across texts (news names the same places again and again); never changed
    in place by the resolver."""
    return gazetteer.lookup(name)


def read_seat_regions(contexts: list[MentionContext], gazetteer: Gazetteer) -> None:
    """A name the text calls a region ("l'oblast de Zaporijia") that the gazetteer knows only as a big city also
    means the first-level region around the city and named after it ('Zaporizka'): regions are named after their
    seats, and the lists of regions spell them in their own form."""
    for context in contexts:
        if context.kind != "region" or any(c.feature_class == "region" for c in context.candidates):
            continue
        seats = [c for c in context.candidates if c.feature_class == "city" and c.population >= REGION_SEAT_POPULATION]
        context.candidates = [*context.candidates, *(
            region for seat in seats for name, code, admin1 in regions_of(gazetteer, seat.country_code)
            if admin1 == seat.admin1 and fold(name)[:SEAT_STEM] == fold(seat.name)[:SEAT_STEM]
            for region in gazetteer.lookup(name) if region.feature_class == "region"
            and (region.country_code, region.admin1) == (code, admin1))]


@lru_cache(maxsize=256)
def regions_of(gazetteer: Gazetteer, code: str) -> tuple[tuple[str, str, str], ...]:
    """A country's first-level regions (name, country code, region code), asked of the gazetteer once."""
    return tuple(gazetteer.region_names((code,)))


def read_island_groups(contexts: list[MentionContext], lookup: Callable[[str], list[Candidate]]) -> None:
    """A name the gazetteer lacks that calls itself an island group ('the Comoros archipelago', 'the Comoro Islands',
    "l'archipel des Comores") is the country of its bare name, or of that name in the plural ('Comoro' -> 'Comoros'),
    or the region whose own name calls it islands ('les îles Canaries')."""
    for context in contexts:
        found = ISLAND_GROUP.match(context.text.strip()) if not context.candidates else None
        bare = (found.group("bare") or found.group("named")) if found else ""
        for name in (bare, f"{bare}s") if bare else ():
            readings = [c for c in lookup(name) if c.feature_class == "country" or (
                c.feature_class == "region" and ISLAND_GROUP.match(c.name))]  # 'les îles Canaries'; 'North Island'
            # is no island of a region called 'North'
            if readings:
                context.candidates = readings
                break


def read_airports(contexts: list[MentionContext], lookup: Callable[[str], list[Candidate]]) -> None:
    """A name the gazetteer lacks that calls itself an airport ('Newark International Airport') is the town its
    airport serves, or the town its words name."""
    for context in contexts:
        if not context.candidates:
            context.candidates = airport_readings(context.text, lookup)


def read_bare_waters(contexts: list[MentionContext], focus: Focus,
                     lookup: Callable[[str], list[Candidate]]) -> None:
    """One sense per name: a generic word alone ('the Gulf', 'le Golfe') names the waters of that word that wash
    most of the story's countries (then most of their mentions), not a far-off province that bears the word as its
    name: an Egyptian story's Gulf beside Iraq, Kuwait and Iran is the Persian Gulf, not the Gulf of Suez; left as it
    is where no such waters lie near them."""
    for key in {c.key for c in contexts if BARE_PHYSICAL_WORD.fullmatch(c.text.strip())}:
        washed = {f["name"]: [count for code, count in focus.countries.items() if washes(f, code)]
                  for f in features_named_with(key)}
        best = max(washed, key=lambda name: (len(washed[name]), sum(washed[name])), default="")
        found = [c for c in lookup(best) if c.feature_class in PHYSICAL_CLASSES] if washed.get(best) else []
        for context in contexts:
            if context.key == key and found:
                context.candidates, context.physical_word = found, True


def washes(feature: dict, code: str) -> bool:
    """Whether a sea lies near a country: the discs of their sizes come within NEAR_WATER_KM of each other."""
    centre = country_centres().get(code)
    if centre is None:
        return False
    gap = haversine_km(*centre, feature["lat"], feature["lon"]) - feature["radius_km"] - (country_radius_km(code) or 0)
    return gap <= NEAR_WATER_KM


def enclosing(contexts: list[MentionContext], context: MentionContext, placed: set[int]) -> list[int]:
    """The placed mentions the text puts a mention in, nearest first, through those it could not place ('Kuchi
    village in Maru LGA (Zamfara state)': Maru LGA unknown, so Zamfara)."""
    found: list[int] = []
    waiting, seen = list(context.containers), set(context.containers)
    while waiting:
        index = waiting.pop(0)
        if index in placed:
            found.append(index)
            continue
        waiting += [i for i in contexts[index].containers if i not in seen]
        seen.update(contexts[index].containers)
    return found


def read_regions_spelt_alike(text: str, contexts: list[MentionContext],
                             regions_alike: Callable[[str], list[Candidate]]) -> None:
    """A name no place has that the text calls a region ('in Lower Shabelle region', 'la région du Moyen-Chébéli'),
    or the last name of a bracket of names and commas after a name, the event notes' region ('Bal'ad (Bal'ad, Middle
    Shabelle)'), is the first-level region spelt most alike ('Lower Shebelle'), as written or in the gazetteer's form
    ('Middle Chebeli' for 'Moyen-Chébéli') and the packs' transliterations ('Middle Shebeli')."""
    for context in contexts:
        if context.candidates or not (is_bracket_region(text, context) or is_called_region(text, context)):
            continue
        forms = [context.text, *gazetteer_forms(context.text)]
        spellings = dict.fromkeys([*forms, *(key for form in forms for key in spelling_variants(form))])
        context.candidates = next((found for form in spellings if (found := regions_alike(form))), [])


def is_bracket_region(text: str, context: MentionContext) -> bool:
    """Whether a name ends a bracket of names and commas right after a name ('Boni (Hombori, Mopti)')."""
    if not BRACKET_END.match(text, context.end):
        return False
    opening = text.rfind("(", 0, context.start)
    lead = text[opening + 1:context.start]
    return opening > 0 and "," in lead and bool(BRACKET_GAP.fullmatch(lead)) \
        and text[opening - 2:opening].strip().isalpha()


def is_called_region(text: str, context: MentionContext) -> bool:
    """Whether the words next to a name call it a region ('Lower Shabelle region', 'la province du Soum')."""
    return feature_kind(text, context.start, context.end) == "region" or is_administration(
        text, context.start, context.end) or names_administration(context.text)


def contain_in_brackets(text: str, contexts: list[MentionContext]) -> set[int]:
    """Every name of a bracket of names right after a mention holds it ('Boni (Hombori, Mopti)': Boni lies in
    Hombori and in Mopti), as the first does already; returns the indices of the names inside such brackets. The
    name before the bracket is no country none of the bracket's places lies in."""
    members: set[int] = set()
    for i, context in enumerate(contexts):
        bracket = BRACKETED.match(text, context.end)
        if not bracket:
            continue
        inside = [j for j, other in enumerate(contexts)
                  if bracket.start("inside") <= other.start and other.end <= bracket.end("inside")]
        bounds = [bracket.start("inside"), *(x for j in inside for x in (contexts[j].start, contexts[j].end)),
                  bracket.end("inside")]
        if inside and all(BRACKET_GAP.fullmatch(text[a:b]) for a, b in zip(bounds[::2], bounds[1::2])):
            context.containers += [j for j in inside if j not in context.containers]
            members.update(inside)
            areas = [c for j in inside for c in contexts[j].candidates]
            if areas:  # 'Katari (Kachia, Kaduna)' lies in Nigeria: no country outside the bracket's places
                context.candidates = [c for c in context.candidates if c.feature_class != "country"
                                      or any(a.country_code == c.country_code for a in areas)]
    return members


def set_apart_own_areas(contexts: list[MentionContext]) -> set[int]:
    """A name the area written right after it repeats ('Tillaberi (Tillaberi, Tillaberi)', the event notes' 'Town
    (District, Region)'; 'New York, New York') is the town named after that area: the area is read apart from it,
    under a key of its own. Returns the ids of the town mentions."""
    towns: set[int] = set()
    for context in contexts:
        own = [contexts[j] for j in context.containers if contexts[j].key == context.key]
        for area in own:
            area.key = f"{context.key} {BRACKETED_AREA}"
        if own:
            towns.add(id(context))
    return towns


def set_apart_called_areas(contexts: list[MentionContext]) -> None:
    """One sense per name, unless the text tells two apart: where it calls a name a town in one place (a dateline,
    'the city of X') and a region in another ('KADUNA, Nigeria, March 8 (AP) — ... in Kaduna state'), the region is
    read apart from the town, under a key of its own."""
    towns = {c.key for c in contexts if c.kind == "city"}
    for context in contexts:
        if context.kind == "region" and context.key in towns:
            context.key = f"{context.key} {BRACKETED_AREA}"


def read_bracketed_regions(contexts: list[MentionContext], members: set[int]) -> None:
    """One sense per name: a name the text only writes in brackets after a place ('Boni (Hombori, Mopti)') is the
    area that holds it, so its administrative region where it has one by its own name, not the namesake town; a
    country's name ('Tbilisi (Georgia)') and a name also written outside brackets ('Gao (Gao, Gao)') keep theirs."""
    outside = {c.key for i, c in enumerate(contexts) if i not in members}
    for i in members:
        context = contexts[i]
        regions = [c for c in context.candidates if c.feature_class == "region" and c.name_match == "name"]
        if regions and context.key not in outside and not names_country(context):
            context.candidates = regions


def read_in_named_regions(contexts: list[MentionContext]) -> None:
    """One sense per name: a region named right after a town ('Hamilton, Ontario', 'Paris, Texas') is the
    first-level region that holds a town of that name, wherever the text names it, as the writer placed the town by
    it. A country's name before it ('Armenia, Georgia') is no town it places; a name that is also a country's ('Toluca,
    Mexico') or a big city's in that region ('Rego Park, New York', then 'flights from New York') is left to the
    words around each mention."""
    held: dict[str, list[Candidate]] = {}
    for context in contexts:
        if names_country(context):
            continue
        towns = {(c.country_code, c.admin1) for c in context.candidates if c.feature_class == "city" and c.admin1}
        for index in context.containers:
            container = contexts[index]
            regions = [c for c in container.candidates if c.feature_class == "region" and c.name_match == "name"
                       and (c.country_code, c.admin1) in towns]
            inside = {(r.country_code, r.admin1) for r in regions}
            seat = any(c.feature_class == "city" and c.population >= REGION_SEAT_POPULATION
                       and (c.country_code, c.admin1) in inside for c in container.candidates)
            if regions and not seat and not names_country(container) and container.key not in held:
                held[container.key] = regions
    for context in contexts:
        if context.key in held:
            context.candidates = held[context.key]


def with_home_place(text: str, spans: list[tuple[int, int]], published_in: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with the source's place after it as a line of its own, and the spans of that place's parts
    ('Columbus, Nebraska' -> Columbus inside Nebraska)."""
    parts = [part.strip() for part in published_in.split(",") if part.strip()]
    if not parts:
        return text, spans
    added, position = [], len(text) + 2
    for part in parts:
        added.append((position, position + len(part)))
        position += len(part) + 2  # ", "
    return f"{text}\n\n{', '.join(parts)}", [*spans, *added]


def ask_online(mentions: list[PlaceMention], fallbacks: dict[str, tuple[Candidate, str]], focus: Focus,
               language: str, online: OnlineGeocoder) -> None:
    """Let the online service place what the offline data could not (unknown names, approximate landmarks)."""
    countries = [code.lower() for code, _ in focus.countries.most_common(3)]
    answers: dict[str, Candidate | None] = {}
    for mention in mentions:
        if mention.precision != "unresolved" and mention.feature_class != "landmark" or any(
                a.name_match == SEAT_MATCH for a in mention.alternatives):  # 'the Kremlin said' is asked of no one
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
    support: Support | None = None  # every name's nearness to the others' readings, until one of those changes
    for key, indices in mentions.items():
        if key not in stale:
            continue
        stale.discard(key)
        support = support if support is not None else neighbour_support(readings, contexts, chosen)
        totals[key] = name_totals(contexts, indices, focus, chosen, support)
        best = contexts[indices[0]].candidates[max(totals[key], key=totals[key].get)]
        if chosen[indices[0]] is not best:
            chosen.update((i, best) for i in indices)
            stale.update(name for name in mentions if name != key)
            support = None


def name_totals(contexts: list[MentionContext], indices: list[int], focus: Focus, chosen: dict[int, Candidate],
                support: Support) -> dict[int, float]:
    """One name's candidates, scored on average over its mentions: one sense per name per document."""
    key = contexts[indices[0]].key
    others = other_names(contexts, chosen, key)
    others_focus = focus.without(key)
    world_focus = local_focus(others_focus, others, contexts)
    totals: dict[int, float] = defaultdict(float)
    worldly: dict[int, float] = defaultdict(float)  # each reading's nearness to big cities and states
    alike: dict[tuple, list[Scored]] = {}  # a name said again in the same words is scored once, added as often
    for i in indices:
        signature = scoring_signature(contexts[i]) if len(indices) > 1 else ()
        if signature not in alike:
            alike[signature] = [score(candidate, contexts[i], others_focus, others, support, explain=False)
                                for candidate in contexts[i].candidates]
        for k, (candidate, scored_here) in enumerate(zip(contexts[i].candidates, alike[signature])):
            totals[k] += scored_here.total / len(indices)
            neighbour = scored_here.neighbour
            if neighbour is not None and (neighbour.feature_class == "region" or is_big_city(neighbour)):
                worldly[k] += scored_here.near / len(indices)
            if world_focus is not others_focus:  # no big city among the others: the same focus, nothing to take off
                worldly[k] += (scored_here.in_focus - focus_part(candidate, contexts[i], world_focus, False)[0]) \
                    / len(indices)
    return big_cities_first(contexts[indices[0]].candidates, totals, worldly)


def scoring_signature(context: MentionContext) -> tuple:
    """All a mention's score reads of its context besides its name: two mentions of a name alike in all of it
    ('Paris' said twice in plain words) score alike."""
    return (tuple(map(id, context.candidates)), tuple(context.containers), context.kind, context.town_use,
            context.site_town, context.after_town_preposition, context.after_country_preposition,
            context.without_country_article, context.listed, context.qualifier,
            context.physical_word, context.country_name, frozenset(context.countries), frozenset(context.seats),
            frozenset(context.capitals), frozenset(context.big))


def local_focus(focus: Focus, others: dict[int, Candidate], contexts: list[MentionContext]) -> Focus:
    """The focus without the names read as big cities: 'New York' beside 'Damascus' says nothing of a US story."""
    for key in {contexts[i].key for i, place in others.items() if is_big_city(place)}:
        focus = focus.without(key)
    return focus


def big_cities_first(candidates: list[Candidate], totals: dict[int, float],
                     worldly: dict[int, float]) -> dict[int, float]:
    """A city of a million, a capital or a country named by its own name does not lose to a much smaller namesake,
    or to a province, on its nearness to other big cities or states alone ('Damascus' in a story that also names New
    York is the Syrian capital, not the Maryland town 148 km from New York; 'Luxembourg' beside Brussels is the
    country or its capital, not the Belgian province): world news names big cities together, so that nearness says
    nothing of a local story, and is taken off the namesake's total where it alone makes it win. Small towns named
    beside it ('Paris' beside Wamego and Nashville) and the country and state the text is in still speak for the
    namesake."""
    known = big_cities(candidates) | {id(c) for c in candidates if c.feature_class == "country"
                                      and c.name_match == "name"}
    lowered: set[int] = set()
    for b, place in enumerate(candidates):
        if id(place) not in known:
            continue
        for k, namesake in enumerate(candidates):
            if k not in lowered and is_lesser_namesake(namesake, place) \
                    and totals[k] > totals[b] >= totals[k] - worldly[k]:
                totals[k] -= worldly[k]
                lowered.add(k)
    return totals


def is_lesser_namesake(namesake: Candidate, place: Candidate) -> bool:
    """Whether a reading is a namesake a well-known place outranks unless the story is local to it: a town much
    smaller than it, or a province or county named like a country."""
    if place.feature_class == "country" and namesake.feature_class in ("region", "county"):
        return True
    return namesake.feature_class in POINT_CLASSES and namesake.population < SMALL_NAMESAKE_POPULATION \
        and namesake.population * BIG_CITY_RATIO < place.population


def other_names(contexts: list[MentionContext], chosen: dict[int, Candidate], key: str) -> dict[int, Candidate]:
    """The readings of every mention of the other names: a name is no evidence for itself."""
    return {i: place for i, place in chosen.items() if contexts[i].key != key}


def choose(context: MentionContext, totals: dict[int, float], fallback: tuple[Candidate, str] | None,
           focus: Focus, plain: dict[int, Candidate], support: Support, region_radius: RegionRadius) -> PlaceMention:
    """Turn a mention's scored candidates into a place mention with a confidence and a reason."""
    mention = PlaceMention(start=context.start, end=context.end, text=context.text)
    if fallback is not None:
        container, container_text = fallback
        place_at(mention, container, region_radius)
        mention.name = f"{context.text} ({container.name})"
        mention.precision = "region" if container.feature_class != "country" else "country"
        mention.feature_class = "landmark"
        mention.confidence = 0.5
        mention.reason = (f"a landform the offline gazetteer does not know; placed at {container_text}, which its "
                          f"sentence puts it on, in or near" if context.landform else
                          f"only small towns called '{context.text}' lie in {container_text}, maybe namesakes of "
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
    if context.metonymy:
        return for_the_government(mention, context)
    place_at(mention, best, region_radius)
    if best.name_match == SEAT_MATCH:  # 'the Kremlin' at Moscow's point keeps its name: it may stand for its rulers
        mention.name = context.text
    mention.precision = precision_of(best)
    best_total = totals.get(ranked[0], 0.0)
    if best_total < MIN_SCORE:
        mention.name, mention.country_code, mention.feature_class, mention.geonameid = "", "", "", None
        mention.lat = mention.lon = mention.radius_km = None
        mention.precision = "unresolved"
        mention.confidence = 0.0
        mention.reason = f"only weak readings (best: {best.name}, {best.country_code}); left for the analyst"
        mention.alternatives = [scored(context.candidates[k], totals.get(k, 0.0), context, focus, plain, support)
                                for k in ranked[:MAX_ALTERNATIVES]]
        return mention
    runner_up = totals.get(ranked[1], 0.0) if len(ranked) > 1 else 0.0
    mention.confidence = round(best_total / (best_total + runner_up), 2) if best_total + runner_up else 0.0
    mention.reason = score(best, context, focus, plain, support).reason
    mention.alternatives = [scored(context.candidates[k], totals.get(k, 0.0), context, focus, plain, support)
                            for k in ranked[1:1 + MAX_ALTERNATIVES]]
    return mention


def for_the_government(mention: PlaceMention, context: MentionContext) -> PlaceMention:
    """A seat of government standing for the government ('the Kremlin said', "l'Élysée a annoncé"): no place of
    the story, so left unplaced; its capital is the one reading offered, never a namesake town."""
    capital, seat = context.candidates[0], seat_of(context.text)
    mention.precision = "unresolved"
    mention.reason = f"stands for {seat.what if seat else 'the government'} here, not for a place; as a place it is " \
                     f"in {capital.name}"
    mention.alternatives = [replace(capital, score=1.0, reason=capital.reason)]
    return mention


def scored(candidate: Candidate, total: float, context: MentionContext, focus: Focus, plain: dict[int, Candidate],
           support: Support) -> Candidate:
    """A runner-up with its score and what spoke for it, so the analyst sees why the winner won."""
    lat, lon = drawn_at(candidate)  # a runner-up the analyst picks is drawn where the winner would be
    return replace(candidate, lat=lat, lon=lon, score=round(total, 2),
                   reason=score(candidate, context, focus, plain, support).reason)


def drawn_at(candidate: Candidate) -> tuple[float, float]:
    """Where a reading is drawn: its point, or for a country a point inside the country's outline."""
    return country_point(candidate.country_code, candidate.lat, candidate.lon) \
        if candidate.feature_class == "country" else (candidate.lat, candidate.lon)


def precision_of(candidate: Candidate) -> str:
    """How precisely a reading places a mention: exactly, within a region, or only within a country."""
    if candidate.feature_class in PHYSICAL_CLASSES:
        return "region"
    return {"country": "country", "continent": "country", "region": "region", "county": "region"}.get(
        candidate.feature_class, "exact")


def place_at(mention: PlaceMention, candidate: Candidate, region_radius: RegionRadius | None = None) -> None:
    """Copy a gazetteer entry's location onto a mention, with the reach of an area: a physical feature's, or a
    first-level region's from the towns it holds (when `region_radius` gives it), so the map draws it as an area."""
    mention.name = candidate.name
    mention.lat, mention.lon = drawn_at(candidate)
    mention.country_code = candidate.country_code
    mention.feature_class = candidate.feature_class
    mention.geonameid = candidate.geonameid
    mention.radius_km = feature_radius_km(candidate.feature_class, candidate.name) or (
        region_radius(candidate.country_code, candidate.admin1)
        if region_radius is not None and candidate.feature_class == "region" and candidate.admin1 else None)
    mention.source = "gazetteer"
