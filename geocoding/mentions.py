"""What a place name in a text may mean before the other names are read: its gazetteer readings, how likely
each is, the places the words around it say contain it."""
from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from core.geo import haversine_km
from core.model import Candidate
from core.placelex import article, either, fragments, genitive, packs, per_pack
from geocoding.accents import FOLDED_MATCH
from geocoding.airports import names_an_airport
from geocoding.descriptions import describes_place
from geocoding.areas import PHYSICAL_CLASSES, feature_radius_km
from geocoding.features import CONTEXT_CHARS, LIST_SEPARATOR, is_dateline, without_feature_word
from geocoding.gazetteer import SMALL_TOWN_POPULATION, capital_keys, countryinfo_records
from geocoding.gazetteer_forms import gazetteer_form_readings
from geocoding.landforms import landform_phrase, settings
from geocoding.names import demonym_stems, fold, strip_accents
from geocoding.region_seats import is_namesake_region_seat
from geocoding.romanised import OTHER_NAME_SPELT, big_city_spelt_alike, is_romanised_town, leading_article
from geocoding.seats import SEAT_MATCH, capital_of, is_namesake_town, is_place_use, seat_of
from geocoding.weights import (ALIAS_FAME_DIGITS, ALTERNATE_NAME_DISCOUNT, CLASS_PRIOR, COUNTRY_FAME_DIGITS,
                               MAJOR_ALIAS_DISCOUNT, REGION_COUNTRY_FAME, SIZE_DIGITS)
from lang import LANGUAGES

NEAR_REGION_KM = 400.0
NEAR_DEPARTMENT_KM = 50.0  # a town this close to a region's centre lies in it, whatever level its code is of
# "X, in the Y region" / "X, dans la région de Y", "X, dans la province du Y": X lies inside Y (general apposition
# patterns).
CONTAINMENT_LINK = re.compile(
    rf"^\s*[,(]?\s*(?:(?:{either('containment_prepositions')})\s+)?{article()}"
    rf"(?:(?:{either('feature_words.region')})\s+{genitive()}?{article()})?$", re.IGNORECASE)
POSSESSIVE_LINK = re.compile(rf"^(?:{either('possessives')})\s+$")  # "Mogadishu's " before a name it holds
# The generic word of a physical feature next to its name: 'le fleuve Niger', 'the Dnipro River', 'Sea of Japan'.
PHYSICAL_WORDS = either("physical_words")
PHYSICAL_BEFORE = re.compile(rf"\b(?:{PHYSICAL_WORDS})\s+{genitive()}?{article()}$", re.IGNORECASE)
PHYSICAL_AFTER = re.compile(rf"\s+(?:{PHYSICAL_WORDS})\b", re.IGNORECASE)


def administration_before(language: str) -> str:
    """A language's administrative word right before a name ("l'État de la"), with its own 'of' and article."""
    return rf"\b(?:{either('administration_before', language)})\s+{genitive(language)}?{article(language)}$"


def administration_prefix(language: str) -> str:
    """A region's kind opening its name in a language ("l'État de", 'la région de'), with its own 'of' and article."""
    kinds = either("administration_prefixes", language)
    return rf"{article(language)}(?:{kinds})\s+{genitive(language)}{article(language)}"


# An administrative word next to a name that also has one: 'Red Sea state', "l'État de la mer Rouge".
ADMINISTRATION_AFTER = re.compile(rf"\s+(?:{either('administration_after')})\b", re.IGNORECASE)
ADMINISTRATION_BEFORE = re.compile(per_pack(administration_before), re.IGNORECASE)
PHYSICAL_WORD = re.compile(rf"\b(?:{PHYSICAL_WORDS})\b", re.IGNORECASE)  # 'Red Sea', 'Lake Chad', 'mer Noire'
EXPLICIT_CONTAINMENT = re.compile(rf"\b(?:{either('containment_words')})\b", re.IGNORECASE)
# "X, Y and Z" is a list, not X in Y
LIST_CONTINUES = re.compile(rf"^\s*(?:,|(?:{either('conjunctions')})\b)", re.IGNORECASE)
# ', au Nord-Kivu', ', in Ituri' after a name: the name's own container, no list going on
PREPOSITION_LINK = re.compile(rf"^\s*,?\s*(?:{either('containment_prepositions')})\s", re.IGNORECASE)
VOWELS = set("AEIOUY")
# A region's name with its kind, which the lists of regions leave out: 'Zamfara State', 'the Tver Region', "l'État de
# Zamfara", 'la région de Tver'.
ADMINISTRATION_SUFFIX = re.compile(rf"^(?P<bare>.+?)\s+(?:{either('administration_suffixes')})$", re.IGNORECASE)
ADMINISTRATION_PREFIX = re.compile(rf"^(?:{per_pack(administration_prefix)})(?P<bare>.+)$", re.IGNORECASE)
# The plain kind words of a region that may follow its name ('oblast', 'region', 'province'), as lookup keys write them.
ADMINISTRATION_WORDS = tuple(dict.fromkeys(fold(w) for w in fragments("administration_suffixes")
                                           if re.fullmatch(r"[^\W\d_]+", w) and w.islower()))
ADMINISTRATION_WORD_AFTER = re.compile(rf"\s+(?:{'|'.join(ADMINISTRATION_WORDS)})\b", re.IGNORECASE)
# A settlement's word after its name, then a bracket of names: 'Bunia town (Irumu, Ituri)'.
SETTLEMENT_BEFORE_BRACKET = re.compile(rf"\s+(?P<word>{either('words_after.city')})\s*\([A-ZÀ-Ý][^()\n]{{0,120}}\)")
PLACE_WORD_NAME = re.compile(rf".*\b(?:{either('words_after.city')})", re.IGNORECASE)
SETTLEMENT_SUFFIX = re.compile(rf"^(?P<bare>.+?)\s+(?:{either('words_after.city')})$")  # 'Bunia town', not 'Town'
# A compass point alone ('dans le Sud', 'le Centre national'): a direction or part of a name, not a region of the
# country that happens to be called so.
COMPASS_POINT = re.compile(rf"^(?:{either('compass.points')})(?:[ -](?:{either('compass.sides')}))?$", re.IGNORECASE)
MAJOR_CITY_POPULATION = 1_000_000
CAPITAL_POPULATION = 100_000  # a reading of a capital's name this big is the capital, not a namesake town
CAPITAL_TOWN_POPULATION = 5_000  # smaller readings of a capital's name are villages named after it
HYPHENATED_CITY_POPULATION = 100_000  # a city this big may open a compound name ('Nancy-Brabois', 'Paris-Orly')
AREA_CLASSES = ("country", "region", "continent", *PHYSICAL_CLASSES)
LOCAL_CLASSES = ("city", "county", "region")  # places whose nearness to each other is evidence
POINT_CLASSES = ("city", "county")  # places small enough that a namesake's nearness says something
NAMING_CLASSES = ("country", "continent", *PHYSICAL_CLASSES)  # whose own name a namesake town needs more to win


@dataclass
class MentionContext:
    """What the text around one mention says: the places that contain it, the kind of place it is."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    containers: list[int] = field(default_factory=list)  # indices of mentions this one lies inside
    kind: str = ""  # the feature class the words before it name ("ville de X" -> city)
    country_name: bool = False  # one of its readings is a country's or a sea's own name ('Italy', 'Middle East')
    physical_word: bool = False  # its words or their neighbours say it is a sea, a river, a range ('Red Sea')
    landform: bool = False  # a word next to it or in it calls it a mountain, a volcano ('Mount X', 'le volcan X')
    metonymy: bool = False  # a seat of government standing for the government ('the Kremlin said'), not a place
    town_use: bool = False  # the words around it use it as a town ('in New York', 'à Fès', a dateline, 'the city of')
    site_town: bool = False  # a site word and 'de'/'of' come before it ('la prison de X'): the town the site is in
    after_town_preposition: bool = False  # a preposition only towns take comes before it ('à Mexico'; 'au Mexique')
    after_country_preposition: bool = False  # 'au', 'en', 'aux' come before it: a country's preposition, never a town's
    without_country_article: bool = False  # a word comes before it that a country's name never follows in the text's
    # language without its article ('à Grenade', 'a secoué Grenade'; the country is 'la Grenade')
    qualifier: str = ""  # the people's word the text qualifies it with ('russe', 'Syrian'): its readings lie there
    big: set[int] = field(default_factory=set)  # ids of its readings that are a city of a million or a capital
    capitals: set[int] = field(default_factory=set)  # ids of its readings that are a country's capital
    seats: set[int] = field(default_factory=set)  # ids of its readings that are the seat a region of its name is named
    # after, once its words are read
    countries: set[str] = field(default_factory=set)  # codes of its readings that are countries, once read
    listed: tuple[int, ...] = ()  # indices of the mentions listed with it ('Grenade, Séville et Cordoue')
    key: str = field(init=False)  # the folded name: mentions with one key get one reading

    def __post_init__(self) -> None:
        self.key = fold(self.text)


def prior(candidate: Candidate) -> float:
    """How likely a name means this entry before reading the context: bigger places are named more."""
    if candidate.feature_class in CLASS_PRIOR:
        alias = (candidate.feature_class in ("county", "region") and candidate.name_match == "alternate") \
            or candidate.name_match == FOLDED_MATCH
        discount = ALTERNATE_NAME_DISCOUNT if alias else 1.0  # a bare 'Laurel' is a county less than 'Laurel County',
        # 'Bâle' the province Balé less than Basel, 'Pasto' (Pasco's native name, mistranslated) than the city
        fame = REGION_COUNTRY_FAME * country_fame(candidate.country_code) if candidate.feature_class == "region" else 0.0
        return CLASS_PRIOR[candidate.feature_class] * discount + fame
    size = min(1.0, math.log10(candidate.population + 10) / SIZE_DIGITS)
    if candidate.name_match == OTHER_NAME_SPELT:  # 'Kuriga' for Khouribga: no fame makes it the city's name
        return size * ALTERNATE_NAME_DISCOUNT
    if candidate.name_match in ("alternate", FOLDED_MATCH):  # an alias is less often meant than a place's own name
        return size * alias_share(candidate.name, candidate.country_code, candidate.feature_class,
                                  candidate.population, candidate.lat, candidate.lon)
    return size


@lru_cache(maxsize=65_536)
def alias_share(name: str, code: str, feature_class: str, population: int, lat: float, lon: float) -> float:
    """The share of its prior a place keeps under another name, by its fame; asked once per place (names recur)."""
    place = Candidate(name=name, lat=lat, lon=lon, country_code=code, feature_class=feature_class,
                      population=population)
    low, high = ALIAS_FAME_DIGITS  # a capital's, a region's seat's or a town of another script's other names are its
    # names abroad ('Port-d'Espagne', 'Venise', 'Kobane')
    known = is_capital(place) or is_namesake_region_seat(place) or is_romanised_town(place)
    fame = 1.0 if known else min(1.0, max(0.0, (math.log10(population + 1) - low) / (high - low)))
    return ALTERNATE_NAME_DISCOUNT + fame * (MAJOR_ALIAS_DISCOUNT - ALTERNATE_NAME_DISCOUNT)


@lru_cache(maxsize=1)
def country_populations() -> dict[str, int]:
    """Each country's people (countryinfo), by ISO alpha-2 code."""
    return {iso["alpha2"].upper(): int(info.get("population") or 0) for _, info, iso in countryinfo_records()
            if iso.get("alpha2")}


def country_fame(code: str) -> float:
    """How much the world's news names a country's places, on a log scale of its people (0 to 1)."""
    return min(1.0, math.log10(country_populations().get(code, 0) + 1) / COUNTRY_FAME_DIGITS)


def lies_within(candidate: Candidate, container: Candidate) -> bool:
    """Whether a candidate sits inside a containing place (same country; same state, or near a region's centre)."""
    if container.feature_class == "country":
        return candidate.country_code == container.country_code
    if container.feature_class == "continent":
        return True
    if container.feature_class in PHYSICAL_CLASSES:  # 'Snake Island in the Black Sea', 'a village in Darfur'
        reach = feature_radius_km(container.feature_class, container.name) or NEAR_REGION_KM
        return haversine_km(candidate.lat, candidate.lon, container.lat, container.lon) <= reach
    if container.feature_class == "region" and container.admin1 and candidate.admin1:
        if (candidate.country_code, candidate.admin1) == (container.country_code, container.admin1):
            return True  # else the codes may be of two levels (a French department, a town's region): close is in
        return candidate.country_code == container.country_code \
            and haversine_km(candidate.lat, candidate.lon, container.lat, container.lon) <= NEAR_DEPARTMENT_KM
    return (candidate.country_code == container.country_code
            and haversine_km(candidate.lat, candidate.lon, container.lat, container.lon) <= NEAR_REGION_KM)


def find_containers(text: str, contexts: list[MentionContext]) -> None:
    """Link each mention to the mention right after it when the words between say 'in', ', région de', ' (' or
    describe it as a place there (', a village near'), and to the one right before it whose possessive it follows
    ("Mogadishu's Hodan district")."""
    for i, (current, following) in enumerate(zip(contexts, contexts[1:])):
        if POSSESSIVE_LINK.match(text[current.end:following.start]) and not is_seat(current):
            following.containers.append(i)  # "Mogadishu's Hodan district", "Russia's Krasnodar Krai"
        if describes_place(text[current.end:following.start]) and not is_seat(following):
            current.containers += [*owned_after(text, contexts, i + 1), i + 1]  # 'Djibo, a town in Burkina Faso';
            # "a town in Burkina Faso's Soum province": in Soum first; 'Walikale, une ville minière du Nord-Kivu'
            continue
        between = without_feature_word(text[current.end:following.start])  # "the X cosmodrome in Y"
        if len(between) > 40 or "\n" in between or not CONTAINMENT_LINK.match(between) or is_seat(following):
            continue  # a building holds no place: "médias d'État, le Kremlin" is no État inside the Kremlin
        if "," in between and i + 2 < len(contexts) \
                and continues_list(text[following.end:contexts[i + 2].start]) \
                and not any(c.feature_class in AREA_CLASSES for c in following.candidates):
            continue  # a list of towns; 'Fort Worth, Texas, and Dallas' keeps its state
        if "," in between or "(" in between or EXPLICIT_CONTAINMENT.search(between):
            current.containers.append(i + 1)


def owned_after(text: str, contexts: list[MentionContext], i: int) -> list[int]:
    """The index of the mention a mention's possessive owns right after it ("Burkina Faso's Soum province"), or none."""
    following = i + 1
    return [following] if following < len(contexts) and POSSESSIVE_LINK.match(
        text[contexts[i].end:contexts[following].start]) else []


def find_landform_settings(text: str, contexts: list[MentionContext]) -> None:
    """Link each landform the gazetteer has no feature of to the places its sentence puts it on, in or near, nearest
    after it first ('Mount X erupted on Flores island in eastern Indonesia', 'le volcan X, près de Goma')."""
    spans = [(c.start, c.end) for c in contexts]
    for i, context in enumerate(contexts):
        if context.landform and not context.candidates:
            context.containers += [j for j in settings(text, spans[i], spans)
                                   if j not in context.containers and not contexts[j].landform]


def continues_list(between: str) -> bool:
    """Whether the words after a second name go on with a list ('Fort Worth, Texas, and Dallas'), not with the
    second name's own container ('Rubaya, dans le territoire de Masisi, au Nord-Kivu')."""
    return bool(LIST_CONTINUES.match(between)) and not PREPOSITION_LINK.match(between)


def find_lists(text: str, contexts: list[MentionContext]) -> None:
    """Link the mentions of one list ('Grenade, Séville et Cordoue'): names run together by commas and 'and'."""
    runs: list[list[int]] = [[0]] if contexts else []
    for i, (current, following) in enumerate(zip(contexts, contexts[1:])):
        if LIST_SEPARATOR.fullmatch(text[current.end:following.start]):
            runs[-1].append(i + 1)
        else:
            runs.append([i + 1])
    for run in runs:
        for i in run if len(run) > 1 else ():
            contexts[i].listed = tuple(j for j in run if j != i)


def share_longer_names(contexts: list[MentionContext]) -> None:
    """A town's short name means the longer one the text also gives ('Avondale' after 'Avondale Estates',
    'DeKalb' beside 'DeKalb County'), unless the short name is itself a state or country ('Kansas' is not
    'Kansas City'); a hyphenated town's head ('Rostov' after 'Rostov-on-Don') means the town even where a region
    has the short name, when the gazetteer lists the town under it."""
    longer = {c.key: c for c in contexts
              if c.candidates and any(p.feature_class in POINT_CLASSES for p in c.candidates)}
    for context in contexts:
        ids = {c.geonameid for c in context.candidates if c.feature_class in POINT_CLASSES and c.geonameid}
        full = next((other for other in longer.values() if "-" in other.text and fold(other.text.partition("-")[0])
                     == context.key and ids.intersection(c.geonameid for c in other.candidates)), None)
        if full is None and not any(c.feature_class in AREA_CLASSES and c.name_match == "name"
                                    for c in context.candidates):
            full = next((other for key, other in longer.items() if key.startswith(context.key + " ")), None)
        if full is not None:
            context.candidates, context.key = full.candidates, full.key


@lru_cache(maxsize=None)
def people_name_rules() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each pack's suffixes and land endings that take a capitalised people's noun back to its land's name."""
    return tuple((tuple(pack["people_names"]["suffixes"]), tuple(pack["people_names"]["land_endings"]))
                 for pack in packs())


def demonym_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The country or region an unknown capitalised word names as its people's word ('Palestinians', 'Abkhaz')."""
    if not name[:1].isupper():
        return []
    for stem in (stem for suffixes, endings in people_name_rules() for stem in demonym_stems(name, suffixes, endings)):
        found = [c for c in lookup(stem) if c.feature_class in AREA_CLASSES and c.name_match == "name"]
        if found:
            return found
    return []


def mention_contexts(text: str, start: int, end: int, lookup: Callable[[str], list[Candidate]]) -> list[MentionContext]:
    """A mention with its candidates; an unknown 'Moscou-Pyongyang' becomes its two well-known names, and an
    unknown 'Nancy-Brabois' the city it is part of; 'Jean-Moulin' (a man's name) stays one unknown name."""
    name = text[start:end]
    seat = seat_of(name)
    capital = capital_of(seat, lookup) if seat is not None else None
    if capital is not None and not is_namesake_town(text, start, end, capital, lookup):
        return [MentionContext(start, end, name, [capital],  # 'the White House' is in Washington, not Tennessee
                               metonymy=not is_place_use(text, start, end))]
    physical = physical_reading(text, start, end, lookup) or landform_reading(text, start, end, lookup)
    if physical is not None:
        return [physical]
    qualified = country_qualifier(text, start, end, lookup)
    whole = qualified_phrase_reading(text, start, end, qualified[0], lookup) if qualified else None
    if whole is not None:
        return [whole]
    if COMPASS_POINT.match(name.strip()) and not is_administration(text, start, end):  # 'le Sud libanais' is the
        # south of Lebanon: Lebanon, at the least; 'la région du Nord-Ouest' is a region
        return [qualify(MentionContext(start, end, name, []), *qualified)] if qualified else \
            [MentionContext(start, end, name, [])]
    candidates = lookup(name) or demonym_readings(name, lookup) or administration_readings(name, lookup) \
        or gazetteer_form_readings(name, lookup) or settlement_readings(name, lookup)  # 'Ossétie du Nord' is North
    # Ossetia, 'Bunia town' Bunia
    candidates = [*candidates, *big_city_spelt_alike(name, lookup, candidates)]  # 'Zaporijia' for Zaporizhzhia
    if not candidates and not qualified:  # 'the Russian Far North', 'Syrian Golan' in one span
        lead, _, rest = name.partition(" ")
        country = leading_people_country(lead, lookup) if rest else None
        if country is not None:
            return [qualify(MentionContext(start, end, name, lookup(rest)), lead, country)]
    if qualified and candidates \
            and not any(c.feature_class == "country" and c.name_match == "name" for c in candidates):
        return [qualify(MentionContext(start, end, name, candidates), *qualified)]  # 'le Congo belge' stays Congo;
        # a word no gazetteer knows ("l'État russe") is no place because a people's word follows it
    if is_acronym(name) and not is_dateline(name, text[end:end + CONTEXT_CHARS]):  # 'EU', 'UK', 'DPRK' name
        # countries and regions, not the village called 'Eu'; 'UFA (AP) —' heads a story from Ufa
        candidates = [c for c in candidates if c.feature_class in AREA_CLASSES]
    if PHYSICAL_WORD.search(name) and not is_administration(text, start, end) and any(
            c.feature_class in PHYSICAL_CLASSES for c in candidates):
        return [MentionContext(start, end, name, candidates, physical_word=True)]
    if not candidates and "," in name:  # 'Kachia, Kaduna': the NER ran a town and its region into one name
        split = comma_parts(text, start, end, lookup)
        if split:
            return split
    if not candidates and is_named_airport(text, start, end, lookup):  # 'aéroport de Moscou Domodedovo'
        head = start + len(name.partition(" ")[0])
        return [MentionContext(s, e, text[s:e], lookup(text[s:e])) for s, e in ((start, head), (head + 1, end))]
    parts = name.split("-")
    if not candidates and len(parts) == 2 and all(p[:1].isupper() for p in parts) \
            and not leading_article().match(name):  # 'Al-Qaïda': an article opens one name, no place of its own
        middle = start + len(parts[0])
        halves = [(start, middle), (middle + 1, end)]
        split = [MentionContext(s, e, text[s:e], lookup(text[s:e])) for s, e in halves]
        if all(is_well_known(c.candidates) for c in split):
            return split
        if is_well_known(split[0].candidates) and not split[1].candidates:
            return split[:1]
    settled = SETTLEMENT_BEFORE_BRACKET.match(text, end)
    if settled and candidates and not PLACE_WORD_NAME.fullmatch(name):  # 'Bunia town (Irumu, Ituri)': the town the
        # bracket places, its word and all, so the bracket holds it and not the word 'town'
        context = MentionContext(start, settled.end("word"), text[start:settled.end("word")], candidates)
        context.key = fold(name)
        return [context]
    return [MentionContext(start, end, name, with_named_region(text, start, end, name, candidates, lookup))]


def comma_parts(text: str, start: int, end: int,
                lookup: Callable[[str], list[Candidate]]) -> list[MentionContext]:
    """The names of an unknown 'Town, Region' span, each a mention of its own, when every part is a capitalised name
    and the last one names an area ('Kachia, Kaduna', the event notes' '(District, Region)'); [] otherwise."""
    parts, offset = [], start
    for piece in text[start:end].split(","):
        lead = len(piece) - len(piece.lstrip())
        word = piece.strip()
        if not word[:1].isupper():
            return []
        parts.append((offset + lead, offset + lead + len(word)))
        offset += len(piece) + 1
    split = [MentionContext(s, e, text[s:e], lookup(text[s:e])) for s, e in parts]
    return split if len(split) >= 2 and any(c.feature_class in AREA_CLASSES for c in split[-1].candidates) else []


def with_named_region(text: str, start: int, end: int, name: str, candidates: list[Candidate],
                      lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """A name's readings, with the region it names with the kind word right after or before it when the gazetteer
    lists that region by another form of its name ('the Donetsk region', 'la région de Donetsk' for the region listed
    as 'Donetska oblast' with 'Donetsk oblast' among its names)."""
    kind = ADMINISTRATION_WORD_AFTER.match(text, end) \
        or ADMINISTRATION_BEFORE.search(text, max(0, start - CONTEXT_CHARS), start)
    if not kind or any(c.feature_class == "region" for c in candidates):
        return candidates
    regions = [c for c in kind_readings(name, lookup) if c.feature_class == "region"]
    return [*candidates, *regions]


def settlement_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The towns a name with a settlement's word after it means ('Bunia town', 'Kherson city'), where the gazetteer
    lists the town by its bare name."""
    found = SETTLEMENT_SUFFIX.match(name.strip())
    return [c for c in lookup(found.group("bare")) if c.feature_class == "city"] if found else []


def kind_readings(bare: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The regions listed under a bare name with one of the packs' kind words after it ('Kherson oblast')."""
    for word in ADMINISTRATION_WORDS:
        found = [c for c in lookup(f"{bare} {word}") if c.feature_class in ("region", "county")]
        if found:
            return found
    return []


MIN_PEOPLE_WORD = 4
# A people's word as each case writes it: 'russe', 'ukrainienne' in lower case; 'Russian', 'Syrian' capitalised.
PEOPLE_WORD = {False: r"[a-zà-ÿ][a-zà-ÿ'’-]*", True: r"[A-Z][a-z]+"}


@dataclass(frozen=True)
class PeopleWords:
    """How one language writes a people's word beside a place name: 'le Grand Nord russe', 'the Russian Far North'."""

    after_name: bool  # the word follows the name ('la Crimée ukrainienne'), else it comes before it
    capitalised: bool
    endings: tuple[str, ...]  # what a people's word ends with ('Russian', 'Lebanese', 'Dutch'); none: anything
    suffixes: tuple[str, ...]  # taken off it to find its country's name ('libanais' -> 'liban'), longest first;
    # none: the gazetteer lists the word itself among the country's names
    land_endings: tuple[str, ...]  # put on what is left ('syri' -> 'syrie')
    stop_words: frozenset[str]  # the language's function words, never a people's word ('dans')
    pattern: re.Pattern[str]  # the word right after or right before a name


@lru_cache(maxsize=None)
def people_words() -> tuple[PeopleWords, ...]:
    """Each language pack's way of writing a people's word beside a name, in the registry's order."""
    found = []
    for code, pack in zip(LANGUAGES, packs()):
        words = pack["people_words"]
        word = PEOPLE_WORD[words["capitalised"]]
        pattern = rf"[ \t]+(?P<word>{word})\b" if words["after_name"] else rf"(?<![\w'’-])(?P<word>{word})[ \t]+$"
        found.append(PeopleWords(words["after_name"], words["capitalised"], tuple(words["endings"]),
                                 tuple(words["suffixes"]), tuple(words["land_endings"]),
                                 frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS),
                                 re.compile(pattern)))
    return tuple(found)


def people_country(word: str, lookup: Callable[[str], list[Candidate]], people: PeopleWords) -> Candidate | None:
    """The country a people's word names ('Russian', 'Syrian' by the gazetteer's demonyms; 'russe', 'libanais' by
    its language's suffixes), or None; a country's own name ('Russia Ukraine war') is no adjective."""
    if len(word) < MIN_PEOPLE_WORD or (people.endings and not word.endswith(people.endings)) \
            or word in people.stop_words:
        return None  # 'to' is Tonga's code, 'Holland' a country's other name, 'dans' a preposition
    derived = bool(people.suffixes)  # a name made from the word is a guess: only a country's own name counts
    for stem in (demonym_stems(word, people.suffixes, people.land_endings) if derived else [word]):
        for candidate in lookup(stem):
            if candidate.feature_class == "country" and fold(candidate.name) != fold(word) \
                    and (not derived or candidate.name_match == "name"):  # 'russie' is Russia, 'ruse' Ruse
                return candidate
    return None


def leading_people_country(lead: str, lookup: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The country named by a people's word that opens a name, in a language that writes it before the name ('the
    Russian Far North', 'Syrian Golan' in one span)."""
    return next((country for people in people_words() if not people.after_name
                 and lead[:1].isupper() == people.capitalised
                 for country in [people_country(lead, lookup, people)] if country is not None), None)


def country_qualifier(text: str, start: int, end: int,
                      lookup: Callable[[str], list[Candidate]]) -> tuple[str, Candidate] | None:
    """The people's word that qualifies a name, with its country: right after it in a language that writes it so
    ('le Grand Nord russe', 'le Sud libanais'), right before it in one that writes it before ('the Russian Far
    North')."""
    for people in people_words():
        found = people.pattern.match(text, end, min(len(text), end + CONTEXT_CHARS)) if people.after_name \
            else people.pattern.search(text, max(0, start - CONTEXT_CHARS), start)
        country = people_country(found.group("word"), lookup, people) if found else None
        if country is not None:
            return found.group("word"), country
    return None


def qualified_phrase_reading(text: str, start: int, end: int, word: str,
                             lookup: Callable[[str], list[Candidate]]) -> MentionContext | None:
    """A name with the people's word beside it, when together they are a place's own name ('le Kurdistan irakien',
    'Iraqi Kurdistan' where the NER split them): read under the whole phrase's key; None otherwise."""
    name = text[start:end]
    for phrase in (f"{name} {word}", f"{word} {name}"):
        found = [c for c in lookup(phrase) if c.name_match == "name"]
        if found:
            context = MentionContext(start, end, name, found)
            context.key = fold(phrase)
            return context
    return None


def qualify(context: MentionContext, word: str, country: Candidate) -> MentionContext:
    """A mention's readings kept to the country its people's word names; the country itself, with its extent, when
    no reading of the name lies there: never another country's namesake. Places that span borders stay."""
    inside = [c for c in context.candidates if c.country_code == country.country_code
              or (not c.country_code and c.feature_class in PHYSICAL_CLASSES)]
    context.candidates = inside or [country]
    context.qualifier = f"the text calls it {word}: in {country.name}" + ("" if inside else
                                                                          f", where no '{context.text}' is known")
    return context


def share_qualifiers(contexts: list[MentionContext]) -> None:
    """One sense per name: every mention of a name the text once qualifies with a people's word has the readings
    that word left ('le Grand Nord russe', then 'le Grand Nord')."""
    qualified = {c.key: c for c in contexts if c.qualifier}
    for context in contexts:
        source = qualified.get(context.key)
        if source is not None and not context.qualifier and not context.metonymy:
            context.candidates, context.qualifier = source.candidates, source.qualifier


AIRPORT_WORDS = either("site_kinds.airport")
AIRPORT_BEFORE = re.compile(
    rf"\b(?:{AIRPORT_WORDS})\s+(?:(?:{either('airport_words')})\s+)?{genitive(fused=False)}?$", re.IGNORECASE)
AIRPORT_AFTER = re.compile(
    rf"^(?:{either('possessives')})?\s+(?:(?:{either('airport_words')})\s+)?(?:{AIRPORT_WORDS})\b", re.IGNORECASE)


def is_named_airport(text: str, start: int, end: int, lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether words the gazetteer does not know whole name an airport by its city and its own name ("l'aéroport de
    Moscou Domodedovo", 'Moscow Domodedovo airport', or 'Paris Orly' with no airport word, as the airports' table
    names one): a big city's name, then a place's."""
    name = text[start:end]
    head, _, rest = name.partition(" ")
    if not rest or lookup(name) or not (AIRPORT_BEFORE.search(text, max(0, start - 40), start)
                                        or AIRPORT_AFTER.match(text[end:]) or names_an_airport(name)):
        return False
    return any(c.feature_class == "city" and c.population >= HYPHENATED_CITY_POPULATION for c in lookup(head)) \
        and bool(lookup(rest))


def administration_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The regions a name with its kind means ('Zamfara State', "État de Zamfara", 'Tver Region'), where the
    gazetteer lists the region by its bare name."""
    found = ADMINISTRATION_SUFFIX.match(name.strip()) or ADMINISTRATION_PREFIX.match(name.strip())
    if not found:
        return []
    candidates = lookup(found.group("bare")) or big_city_spelt_alike(found.group("bare"), lookup, [])
    return [c for c in candidates if c.feature_class in ("region", "county")] \
        or kind_readings(found.group("bare"), lookup) or candidates  # 'Kherson Oblast' as the region, not the city


def names_administration(name: str) -> bool:
    """Whether a name carries its region's kind ('Zaporizhzhia Oblast', "l'oblast de Zaporijia")."""
    return bool(ADMINISTRATION_SUFFIX.match(name.strip()) or ADMINISTRATION_PREFIX.match(name.strip()))


def is_seat(context: MentionContext) -> bool:
    """Whether a mention is read as a seat of government, in its capital."""
    return len(context.candidates) == 1 and context.candidates[0].name_match == SEAT_MATCH


def unseat_namesakes(contexts: list[MentionContext], lookup: Callable[[str], list[Candidate]]) -> None:
    """One sense per name: where the text makes one mention of a seat's name a town ('White House, Tenn.'), every
    mention of the name is read as a place of that name, not as the seat."""
    towns = {c.key for c in contexts if not is_seat(c) and seat_of(c.text) is not None}
    for context in contexts:
        if context.key in towns and is_seat(context):
            context.candidates, context.metonymy = lookup(context.text), False


def physical_reading(text: str, start: int, end: int,
                     lookup: Callable[[str], list[Candidate]]) -> MentionContext | None:
    """A name with the generic word the text puts next to it, when together they name a physical feature: 'le
    fleuve Niger' is the river, where 'Niger' alone is the country; read under the whole phrase's key."""
    before = PHYSICAL_BEFORE.search(text, max(0, start - 40), start)
    after = PHYSICAL_AFTER.match(text, end, min(len(text), end + 40))
    for phrase in ((text[before.start():end] if before else ""), (text[start:after.end()] if after else "")):
        found = [c for c in lookup(phrase) if c.feature_class in PHYSICAL_CLASSES] if phrase else []
        if found:
            context = MentionContext(start, end, text[start:end], found, physical_word=True)
            context.key = fold(phrase)
            return context
    return None


def landform_reading(text: str, start: int, end: int,
                     lookup: Callable[[str], list[Candidate]]) -> MentionContext | None:
    """A name a landform word stands next to or opens ('Mount Lewotobi', 'the Nyiragongo volcano', 'le mont
    Cameroun'): its physical readings only, none when the gazetteer has no such feature ('Mt. Kenya' is not Kenya),
    read under the whole phrase's key; None for a town named with the word ('Mount Vernon', 'Beverly Hills') or a
    land's word before it ('Latvian mountain climbers')."""
    phrase = landform_phrase(text, start, end)
    if phrase is None:
        return None
    words = text[phrase[0]:phrase[1]]
    readings = lookup(words)
    if any(c.feature_class not in PHYSICAL_CLASSES and c.name_match == "name" for c in readings):
        return None  # 'Mount Vernon', 'Beverly Hills': a town's own name holds the word
    if phrase[1] > end and any(c.feature_class in ("country", "region") for c in lookup(text[start:end])):
        return None  # 'Latvian mountain climbers': a people's or a land's word qualifies the word, no landform
    found = list({id(c): c for c in [*readings, *lookup(text[start:end])] if c.feature_class in PHYSICAL_CLASSES}
                 .values())
    context = MentionContext(start, end, text[start:end], found, physical_word=bool(found), landform=True)
    context.key = fold(words)
    return context


def is_administration(text: str, start: int, end: int) -> bool:
    """Whether the words next to a name call it a state or a province ('Red Sea state'), not the sea it is named
    after."""
    return bool(ADMINISTRATION_AFTER.match(text, end) or ADMINISTRATION_BEFORE.search(text, max(0, start - 40), start))


def is_well_known(candidates: list[Candidate]) -> bool:
    """Whether a name may be an area or a big city: enough to stand alone inside a compound name."""
    return any(c.feature_class in AREA_CLASSES or c.population >= HYPHENATED_CITY_POPULATION for c in candidates)


def capitals_among(candidates: list[Candidate]) -> set[int]:
    """The ids of the readings that are a country's capital: the biggest town of the capital's name in its country."""
    capitals: dict[tuple[str, str], Candidate] = {}
    for candidate in candidates:
        key = (fold(candidate.name), candidate.country_code)
        if candidate.feature_class == "city" and key in capital_keys() and (
                key not in capitals or candidate.population > capitals[key].population):
            capitals[key] = candidate
    return {id(c) for c in capitals.values()}


def big_cities(candidates: list[Candidate]) -> set[int]:
    """The ids of the readings that are a city of a million or a country's capital: places the world's news names,
    which a small namesake's nearness to other names does not outweigh."""
    return {id(c) for c in candidates if c.feature_class == "city" and c.population >= MAJOR_CITY_POPULATION} \
        | capitals_among(candidates)


def is_capital(candidate: Candidate, population: int = CAPITAL_TOWN_POPULATION) -> bool:
    """Whether a reading is, by its name and country, a country's capital: a town of that size named like the
    capital in the capital's country."""
    return candidate.feature_class == "city" and candidate.population >= population and (
        fold(candidate.name), candidate.country_code) in capital_keys()


def is_big_city(candidate: Candidate) -> bool:
    """Whether a reading, alone, is a city the world's news names: of a million people, or a capital of some size
    (a small 'Washington' of Indiana is not the capital for sharing its name)."""
    return candidate.feature_class == "city" and (candidate.population >= MAJOR_CITY_POPULATION
                                                  or is_capital(candidate, CAPITAL_POPULATION))


def is_weak(candidate: Candidate) -> bool:
    """A reading that may not vouch for its country: a small place's alias ('Occident' -> a US village) or
    a village of unknown size ('Kremlin' -> a US post office)."""
    if candidate.feature_class != "city":
        return False
    return candidate.population <= SMALL_TOWN_POPULATION or (
        candidate.name_match == "alternate" and candidate.population < MAJOR_CITY_POPULATION)


def is_acronym(name: str) -> bool:
    """Whether a mention is written as an acronym ('EU', 'U.S.', 'DPRK'), not a name set in capitals ('OMAHA',
    'HUME'): dotted, of three letters at most, or without a vowel."""
    letters = name.replace(".", "").replace(" ", "")
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    return "." in name or len(letters) <= 3 or not VOWELS.intersection(strip_accents(letters))  # 'KÖLN' has one


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


def names_country(context: MentionContext) -> bool:
    """Whether a mention is a country's own name ('Italy') or a sea's, a range's, a macro-region's ('Middle East'):
    its namesake towns need more than a state named."""
    return any(c.feature_class in NAMING_CLASSES and c.name_match == "name" for c in context.candidates)
