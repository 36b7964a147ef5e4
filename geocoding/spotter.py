"""Find place names the NER missed by looking capitalised words up in the gazetteer (a second, cautious pass)."""
from __future__ import annotations

import re

from core.placelex import article, either, fragments, genitive, spaced
from core.timelex import MONTHS, WEEKDAYS
from geocoding.areas import PHYSICAL_CLASSES
from geocoding.features import (CONTEXT_CHARS, LIST_SEPARATOR, TOWN_GENITIVE, apposed_town, assault_lead_end,
                                followed_by_feature, followed_by_town_word, follows_assault, names_town, place_of_person_name,
                                preceded_by_feature, reaches_place, takes_place, takes_place_object,
                                unaccented_preposition_end)
from geocoding.descriptions import described_as_place, institution_towns
from geocoding.gazetteer import Gazetteer, default_gazetteer
from geocoding.mentions import (CAPITAL_POPULATION, MAJOR_CITY_POPULATION, administration_readings, country_qualifier,
                                demonym_readings, is_capital, is_named_airport, names_administration,
                                qualified_phrase_reading)
from geocoding.names import fold
from geocoding.person_names import ARTICLE_BEFORE, first_names
from geocoding.romanised import (BIG_CITY, SMALL_TOWN, big_city_spelt_alike, is_romanised_town, own_sound_keys,
                                 sound_key, written_in_another_script)

CAPITALISED_RUN = re.compile(  # 'Sea of Japan', 'Ossétie du Nord': the small words of a name join its capitals
    rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:{either('name_connectors')})\s+)?[A-ZÀ-Ý][\w'’-]+){{0,3}}")
SENTENCE_START = re.compile(r"(?:^|[.!?…:»\"“”]\s*|\n\s*)$")
WELL_KNOWN_CITY = 100_000
MIN_LENGTH = 4  # 'PM', 'TV', 'GA': short capitals are codes and abbreviations more often than places
DATELINE = re.compile(  # 'BUFFALO, N.Y. (AP) --', 'HAVANA (AP) --', 'MARSEILLE._', 'PARIS (AFP) -', below up to three
    # short lines: a headline, a date line ('Publié le 26 août 2024')
    r"\A(?:[^\n]{1,200}\n(?:\s*\n)?){0,3}?"
    r"\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]*(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]*){0,3})"
    r"(?=,\s|\s*\(|\s*_|\s*--|\s*[-–—]\s|\._)")
DATELINE_ALIAS_POPULATION = 100_000  # a dateline may name a city this big by its name in the paper's language
ORGANISATION_LABELS = {"ORG"}  # an organisation the NER finds in a well-known city's name is the city, often
CALENDAR_WORDS = {w for table in (*MONTHS.values(), *WEEKDAYS.values()) for w in table}


def is_well_known(name: str, gazetteer: Gazetteer, areas: tuple[str, ...] = (),
                  city_population: int = WELL_KNOWN_CITY) -> bool:
    """Whether a name is, under its own name, a country, a big city (or, if several words, a region)."""
    classes = areas or (("country", "continent", "region", *PHYSICAL_CLASSES) if " " in name
                        else ("country", "continent"))  # 'Sea of Japan', 'High Atlas'; 'Atlantic' alone waits
    return any(c.name_match == "name" and (c.feature_class in classes or (
        c.feature_class == "city" and c.population >= city_population)) for c in gazetteer.lookup(name))


def opens_with_big_city(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a sentence's capitalised first word is a country or a city of a million under its own name and no
    first name ('Kyiv was attacked', 'Kharkiv came under fire'): a place, not a verb or a pronoun."""
    return fold(word) not in first_names() and is_well_known(word, gazetteer, city_population=MAJOR_CITY_POPULATION)


def is_romanised_big_city(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name writes the own name of a big city of a country of another script in another romanisation
    ('Zaporizhzhia' for Zaporizhzhya, 'Vinnitsa' for Vinnytsya, 'Zaporijia'; not 'Fourth' for Fürth) and, so spelt,
    is no first name and names no area and no town bigger than a hamlet ('Marrakech' is also a region's own name):
    news spells such a city as its language hears it, where a person's or a firm's name is written one way."""
    readings = gazetteer.lookup(name)
    key = sound_key(name)
    if fold(name) in first_names() or any(fold(c.name) == fold(name) and (
            c.feature_class != "city" or c.population >= SMALL_TOWN) for c in readings):
        return False
    spelt = [c for c in readings if c.feature_class == "city" and c.population >= BIG_CITY
             and fold(c.name) != fold(name)] or big_city_spelt_alike(name, gazetteer.lookup, readings)
    return any(key in own_sound_keys(c.name) and written_in_another_script(c.country_code) for c in spelt)


def is_spelt_city(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name spells, as it sounds, the own name of a city of 100,000 it is an alternate name of ('Hargeisa'
    for Hargeysa), as news writes a city one way and its gazetteer another: for a name the NER calls an organisation
    ('residents of Hargeisa')."""
    key = sound_key(name)
    return any(c.feature_class == "city" and c.population >= WELL_KNOWN_CITY and c.name_match == "alternate"
               and key in own_sound_keys(c.name) for c in gazetteer.lookup(name))


def is_named_administration(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name with its region's kind names a region or a big city's region ('Zaporizhzhia Oblast', "oblast de
    Donetsk"): no one's name ends in 'Oblast'."""
    return names_administration(name) and any(
        c.feature_class in ("region", "county") or (c.feature_class == "city" and c.population >= BIG_CITY)
        for c in administration_readings(name, gazetteer.lookup))


def spot_toponyms(text: str, taken: list[tuple[int, int]], named: set[str] = frozenset(),
                  gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Spans of well-known place names, of big cities in another romanisation ('in Vinnitsa'), of towns a site or
    settlement word names ('the port of Berdiansk', 'the town of Kidal'), or of names the
    text calls places elsewhere ('MANSFIELD --' when the NER saw 'Mansfield' as a place), outside every entity the
    NER found."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for match in CAPITALISED_RUN.finditer(text):
        start, end = match.span()
        site_town = names_town(text, start) and not match.group().isupper()  # 'l'aéroport de Gao', 'the town of X'
        if any(s < end and start < e for s, e in taken):
            spans += airport_own_name(text, start, end, taken, gazetteer)
            continue
        if len(match.group()) < (3 if site_town else MIN_LENGTH) or match.group().lower() in CALENDAR_WORDS:
            continue
        if fold(match.group()) in named:
            spans.append((start, end))
            continue
        if SENTENCE_START.search(text[max(0, start - 3):start]) and " " not in match.group() \
                and not opens_with_big_city(match.group(), gazetteer):
            continue  # a capitalised first word is as likely a verb or pronoun as a place
        if is_well_known(match.group(), gazetteer) or is_romanised_big_city(match.group(), gazetteer) or (
                site_town and any(c.name_match == "name" and c.feature_class == "city"
                                  for c in gazetteer.lookup(match.group()))):
            spans.append((start, end))  # 'Moscow', 'in Vinnitsa', a town a site is named after ('la prison de X')
        elif is_named_airport(text, start, end, gazetteer.lookup):
            spans.append((start, end))  # the resolver reads its city and its own name apart
    return spans


def airport_own_name(text: str, start: int, end: int, taken: list[tuple[int, int]],
                     gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The airport's own name after its city the NER found alone ('Orly' of 'de Paris Orly', where it took 'Paris'):
    the words after the city, when city and words name an airport."""
    head = start + len(text[start:end].partition(" ")[0])
    if not any(s == start and e == head for s, e in taken) or any(s < end and head < e for s, e in taken) \
            or not is_named_airport(text, start, end, gazetteer.lookup):
        return []
    return [(head + 1, end)]


def dateline_toponym(text: str, gazetteer: Gazetteer | None = None) -> tuple[int, int] | None:
    """The span of a wire story's dateline, the town in capitals that opens it, when the gazetteer knows the name;
    the NER often misses it (no context, all capitals) or calls it a people or an organisation."""
    match = DATELINE.match(text)
    name = match.group("name").rstrip(".") if match else ""
    if len(name) < 3 or name.lower() in CALENDAR_WORDS:
        return None
    gazetteer = gazetteer or default_gazetteer()
    known = any(c.name_match == "name" or (c.feature_class == "city" and c.population >= DATELINE_ALIAS_POPULATION)
                for c in gazetteer.lookup(name))  # 'MOSCOU', 'KIEV', 'PÉKIN': a big city under its other name
    return (match.start("name"), match.start("name") + len(name)) if known else None


EMBEDDED_AREAS = ("country", "continent", "region", "county")  # an organisation names its state or county
EMBEDDED_PLACE = re.compile(  # 'Gainesville City Council', 'University of Texas', "Université de Montréal",
    # "le ministère de l'Éducation à Rabat", 'the U.S. Embassy in Kyiv'
    rf"^{article(opening=True)}(?P<lead>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})\s+[A-Z]"
    rf"|\s(?:{TOWN_GENITIVE}|{spaced(fragments('containment_prepositions'))})(?P<tail>[A-ZÀ-Ý][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})$")


def embedded_toponyms(text: str, organisations: list[tuple[int, int]], named: set[str],
                      gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Places named inside organisations' names: the leading words ('Gainesville City Council') or the words
    after 'of' ('University of Texas'), when they are a well-known place or one the text names elsewhere; none in a
    name that is a region's whole ('Donetsk Oblast'), which is the place itself."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in organisations:
        name = text[start:end]
        if is_well_known(name, gazetteer, ("region",)):
            continue
        for match in EMBEDDED_PLACE.finditer(name):
            group = "lead" if match.group("lead") else "tail"
            words = match.group(group).split()
            for size in range(len(words), 0, -1):  # the longest known place among the leading words
                candidate = " ".join(words[:size]) if group == "lead" else " ".join(words[-size:])
                if group == "tail" and size < len(words) and is_people_word(words[-size - 1], gazetteer):
                    break  # a people's word makes the rest a noun of the name: 'Organization of African Unity'
                if len(candidate) <= 2 and not candidate.isupper():
                    continue  # 'Al' of 'Al Jazeera' is an article; a two-letter code is written in capitals
                if fold(candidate) in named or is_well_known(candidate, gazetteer, EMBEDDED_AREAS):
                    offset = name.index(candidate, match.start(group))
                    spans.append((start + offset, start + offset + len(candidate)))
                    break
    return spans


def is_people_word(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word names a country's or a continent's people ('African', 'American'): an adjective of a name."""
    return any(c.feature_class in ("country", "continent") for c in demonym_readings(word, gazetteer.lookup))


def mislabelled_toponyms(text: str, entities: list[tuple[int, int] | tuple[int, int, str]],
                         gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations that are, whole, a country or continent, a big city, or in
    several words a state or province ('Mauritius', 'Tbilisi', 'Tamil Nadu'): places. A name the NER calls an
    organisation ('police in Gusau said', 'south of Marrakesh') is a city of 100,000 or more; one it calls a person
    or of unknown label, only a city of a million (the small English model calls 'Kyiv' and 'Mali' people in short
    sentences, but a 'Lincoln' or a 'Gusau' it calls a person is one), unless a preposition of place puts it in one:
    then a capital or a city of 100,000 ('in Gusau'), or of a million after 'to' or 'à', which also say whom
    something is given to ('to Nay Pyi Taw', not 'hommage à Lincoln'). A city of 100,000 in another romanisation
    ('Zaporizhzhia', 'Vinnitsa') is one whatever the label, one the NER calls an organisation also in the same script
    as it sounds ('Hargeisa'), and a name with its region's kind ('Zaporizhzhia Oblast') unless the NER calls it an
    organisation ('Ohio State'); one after an article, a sea, range or macro-region under its own name ('through the
    Sahel'). Smaller towns stay what the NER said (a 'Chelsea' is as often a club)."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end, label in ((*entity, "")[:3] for entity in entities):
        if len(text[start:end].replace(".", "")) <= 2:  # 'ER', 'AI': codes
            continue
        if ARTICLE_BEFORE.search(text, max(0, start - CONTEXT_CHARS), start) \
                and is_well_known(text[start:end], gazetteer, areas=PHYSICAL_CLASSES):
            spans.append((start, end))  # 'through the Sahel': no one's name takes an article
            continue
        city_population = WELL_KNOWN_CITY if label in ORGANISATION_LABELS else MAJOR_CITY_POPULATION
        preposition = place_of_person_name(text, start)
        if is_well_known(text[start:end], gazetteer, city_population=city_population) or (preposition and is_known_town(
                text[start:end], gazetteer, WELL_KNOWN_CITY if preposition == "place" else MAJOR_CITY_POPULATION)) \
                or is_romanised_big_city(text[start:end], gazetteer) or (
                label in ORGANISATION_LABELS and is_spelt_city(text[start:end], gazetteer)) or (
                label not in ORGANISATION_LABELS and is_named_administration(text[start:end], gazetteer)):
            spans.append((start, end))
    return spans


COUNTRY_PREPOSITION = re.compile(rf"(?<!\w)(?:{either('containment_prepositions')})\s+$", re.IGNORECASE)  # 'au '


def placed_countries(text: str, entities: list[tuple[int, int]],
                     gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names that are, whole, a country's own name after a preposition of place ('in Rwanda', 'au Rwanda'), among
    those the NER's place names lost (a word of a person's full name elsewhere, 'Rwanda Hutus'): places."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities
            if COUNTRY_PREPOSITION.search(text, max(0, start - CONTEXT_CHARS), start) and any(
                c.name_match == "name" and c.feature_class == "country" for c in gazetteer.lookup(text[start:end]))]


def is_known_town(name: str, gazetteer: Gazetteer, population: int) -> bool:
    """Whether a name is a capital or a city of the given size under its own name, or a city of a million under
    another of its names ('Rostov' for Rostov-on-Don): a town the world's news names."""
    return any(c.feature_class == "city" and (
        (c.name_match == "name" and c.population >= population) or c.population >= MAJOR_CITY_POPULATION
        or is_capital(c, CAPITAL_POPULATION)) for c in gazetteer.lookup(name))


def unaccented_toponyms(text: str, entities: list[tuple[int, int]], language: str,
                          gazetteer: Gazetteer | None = None) -> dict[tuple[int, int], tuple[int, int]]:
    """Entities opening a sentence with a town's preposition written without its accent ('A Mitrovica, où...' for 'À
    Mitrovica'), mapped to the name after it, when that is a town and the whole is no place's name ('A Coruña')."""
    gazetteer = gazetteer or default_gazetteer()
    trimmed: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end in entities:
        name_start = unaccented_preposition_end(text, start, end, language)
        if name_start is not None and SENTENCE_START.search(text[max(0, start - 3):start]) \
                and not gazetteer.lookup(text[start:end]) \
                and any(c.feature_class == "city" for c in gazetteer.lookup(text[name_start:end])):
            trimmed[(start, end)] = (name_start, end)
    return trimmed


# A name's region right after it: 'Hamilton, Ontario', 'Lincoln, Neb.', 'Hamilton (Ontario)'.
REGION_AFTER = re.compile(r"(?:,\s*|\s*\(\s*)(?P<region>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})")
# Names in brackets right after a name, in the event notes' 'Town (District, Region)': '(Hombori, Mopti)'.
BRACKETED = re.compile(r"\s*\((?P<inside>[^()\n]{1,120})\)")
BRACKETED_REACH = 120  # how far back a bracket holding a name may open
BRACKET_GAP = re.compile(r"(?:[^\W\d_]|[\s'’.,-])*")  # words and commas: 'state' of '(Zamfara state)', 'Hombori, '


def region_qualified_toponyms(text: str, entities: list[tuple[int, int]],
                              gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations right before a first-level region with a town of that name
    ('Hamilton, Ontario', 'Jackson, Miss.'): the town, since a region written after a name places it."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        regions = {region for name in names_after(text, end) for region in first_level_regions(name, gazetteer)}
        if regions and any(c.feature_class == "city" and (c.country_code, c.admin1) in regions
                           for c in gazetteer.lookup(text[start:end])):
            spans.append((start, end))
    return spans


# A name's country or region after a preposition of containment and lower-case words: 'in southern Niger', 'dans le
# nord du Mali'.
AREA_AFTER = re.compile(rf"\s+(?i:{either('containment_prepositions')})\s+"
                        r"(?:[a-zà-ÿ'’-]+\s+|[a-zà-ÿ]+['’]){0,4}?"
                        r"(?P<area>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")


def contained_toponyms(text: str, entities: list[tuple[int, int]],
                       gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations that the text puts in a country or a region where a capital
    or a city of 100,000 has their very name ('Zinder in southern Niger'): the city."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        area = AREA_AFTER.match(text, end)
        if area is None:
            continue
        codes = {c.country_code for c in gazetteer.lookup(area.group("area"))
                 if c.name_match == "name" and c.feature_class in ("country", "region")}
        if codes and any(c.country_code in codes and c.feature_class == "city" and c.name_match == "name"
                         and (c.population >= WELL_KNOWN_CITY or is_capital(c, CAPITAL_POPULATION))
                         for c in gazetteer.lookup(text[start:end])):
            spans.append((start, end))
    return spans


def bracketed_regions(text: str, entities: list[tuple[int, int]],
                      gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations in a bracket of names after the words of a place ('exploded
    on the Maiduguri-Damboa road (Borno)', 'Djibo (Soum, Sahel)'): the event notes' regions, when the gazetteer has
    a first-level region of that very name."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        opening = text.rfind("(", max(0, start - BRACKETED_REACH), start)
        bracket = BRACKETED.match(text, opening) if opening >= 0 else None
        if bracket is None or not bracket.start("inside") <= start < end <= bracket.end("inside"):
            continue
        if bracket_names(bracket) and is_region_name(text[start:end], gazetteer):
            spans.append((start, end))
    return spans


def bracket_names(bracket: re.Match[str]) -> list[str]:
    """The names of a bracket made only of names and commas ('(Soum, Sahel)', '(Borno)'), else none."""
    parts = [part.strip() for part in bracket.group("inside").split(",")]
    return parts if all(REGION_AFTER.fullmatch(f", {part}") for part in parts) else []


def names_after(text: str, end: int) -> list[str]:
    """The names right after a name that may be its region: 'Ontario' of 'Hamilton, Ontario', and every name of a
    bracket of names and commas ('Djibo (Soum, Sahel)', the event notes' 'Town (District, Region)')."""
    bracket = BRACKETED.match(text, end)
    if bracket and (names := bracket_names(bracket)):
        return names
    match = REGION_AFTER.match(text, end)
    return [match.group("region")] if match else []


def first_level_regions(name: str, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """The first-level regions (country and region codes) the longest leading words of a name are the own name of."""
    words = name.split()
    return next((found for size in range(len(words), 0, -1) if (found := {
        (c.country_code, c.admin1) for c in gazetteer.lookup(" ".join(words[:size]))
        if c.feature_class == "region" and c.name_match == "name" and c.admin1})), set())


MIN_TOWN_LIST = 3  # two big towns' names may be two people's ('Hamilton and Jackson'); three is a list of places
CONJUNCTION = re.compile(rf"\b(?:{either('conjunctions')})\b", re.IGNORECASE)


def listed_toponyms(text: str, entities: list[tuple[int, int]], places: list[tuple[int, int]],
                    gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations listed with places ('Odesa, Mykolaiv and Belgorod', 'Kharkiv et
    Belgorod'): places, when each is a city of 100,000 or more under one of its names. A comma alone makes a list
    only where 'and' goes on with it ('In Washington, Jackson said' lists nothing)."""
    gazetteer = gazetteer or default_gazetteer()
    known = {(s, e) for s, e in entities if any(c.feature_class == "city" and c.population >= WELL_KNOWN_CITY
                                                for c in gazetteer.lookup(text[s:e]))}  # 'Mykolaiv' for Mykolayiv
    names = sorted({*places, *known})
    gaps = [text[a[1]:b[0]] for a, b in zip(names, names[1:])]  # gaps[i] lies between names[i] and names[i + 1]
    found: set[tuple[int, int]] = set()
    run: list[tuple[int, int]] = []
    for i, name in enumerate(names):  # big towns listed together, though the NER saw no place among them
        run = [*run, name] if name in known and run and lists(gaps, i - 1) else [name] if name in known else []
        if len(run) >= MIN_TOWN_LIST:
            found |= set(run)
    changed = True
    while changed:
        placed = {*places, *found}
        added = {name for i, name in enumerate(names) if name in known - placed and (
            (i > 0 and names[i - 1] in placed and lists(gaps, i - 1))
            or (i + 1 < len(names) and names[i + 1] in placed and lists(gaps, i)))}
        found |= added
        changed = bool(added)
    return sorted(found)


def lists(gaps: list[str], i: int) -> bool:
    """Whether the words in gap i list the names either side: 'and', 'et', '/', or a comma 'and' goes on from."""
    if not LIST_SEPARATOR.fullmatch(gaps[i]):
        return False
    return bool(CONJUNCTION.search(gaps[i])) or "/" in gaps[i] or (
        i + 1 < len(gaps) and bool(LIST_SEPARATOR.fullmatch(gaps[i + 1])) and bool(CONJUNCTION.search(gaps[i + 1])))


HYPHENATED_TAIL = re.compile(r"(?:-[\w'’]+)+")


def hyphenated_toponyms(text: str, entities: list[tuple[int, int]],
                        gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Place names the NER cut at a hyphen ('Rostov' of 'Rostov-on-Don', taken for a person): the whole
    hyphenated name, when the gazetteer knows it under that name."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        tail = HYPHENATED_TAIL.match(text, end)
        if tail and any(c.name_match == "name" for c in gazetteer.lookup(text[start:tail.end()])):
            spans.append((start, tail.end()))
    return spans


def town_toponyms(text: str, entities: list[tuple[int, int]],
                  gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for a people that a settlement or site word and 'of' precede ('the town of Kidal', 'the
    penal colony of Kharp'): the town, when the gazetteer has one of that name; or that a settlement's word follows
    ('Saada city'), when it has a town of that name among others and the name is no people's word ('the Mexican
    city')."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities if names_town(text, start) and any(
        c.name_match == "name" and c.feature_class == "city" for c in gazetteer.lookup(text[start:end]))
        or (followed_by_town_word(text, end) and not is_people_word(text[start:end], gazetteer)
            and any(c.feature_class == "city" for c in gazetteer.lookup(text[start:end])))]


def apposed_toponyms(text: str, entities: list[tuple[int, int]],
                     gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations that an apposition calls a town ('Goma, the capital of North
    Kivu', 'Wad Madani, the capital of Gezira State'): the town, when the gazetteer has one of that very name."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities if apposed_town(text, end) and any(
        c.name_match == "name" and c.feature_class == "city" for c in gazetteer.lookup(text[start:end]))]


def region_toponyms(text: str, entities: list[tuple[int, int]],
                    gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for a people that a region's kind word follows ('the capital of Punjab province'): the
    region, when one has that very name."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities if REGION_WORD_AFTER.match(text, end) and any(
        c.feature_class == "region" and c.name_match == "name" for c in gazetteer.lookup(text[start:end]))]


# A comma, a preposition of containment and a region the words call one after a name: ', dans la province du
# Sanmatenga', ', in Oudalan province'.
REGION_APPOSITION = re.compile(
    rf",\s+(?i:{either('containment_prepositions')})\s+{article()}(?:(?i:{either('feature_words.region')})\s+"
    rf"{genitive()}?{article()}[A-ZÀ-Ý]"
    rf"|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+(?i:{either('words_after.region')})\b)")
REGION_WORD_AFTER = re.compile(rf"\s+(?i:{either('words_after.region')})\b")
# A comma, a preposition of containment and a name after a name: ', en Cisjordanie', ', in Kaduna'.
AREA_APPOSITION = re.compile(rf",\s+(?i:{either('containment_prepositions')})\s+{article()}"
                             r"(?P<area>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")
AREA_CLASSES = ("country", "region", "macro-region")  # what holds a town the text places in it


def situated_toponyms(text: str, entities: list[tuple[int, int]],
                      gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations after a town's preposition that the text places in a region
    it calls one ('à Barsalogho, dans la province du Sanmatenga', 'in Essakane, in Oudalan province'): places, known to
    the gazetteer or not (the resolver places an unknown one in the region); or in a country or a region where the
    gazetteer has a town of that name ('à Beit Ummar, en Cisjordanie'): that town."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities if place_of_person_name(text, start)
            and (REGION_APPOSITION.match(text, end) or is_town_of_area(text, start, end, gazetteer))]


def is_town_of_area(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the country or region a comma and a preposition name after a name holds a town of that name."""
    area = AREA_APPOSITION.match(text, end)
    codes = {c.country_code for c in gazetteer.lookup(area.group("area"))
             if c.feature_class in AREA_CLASSES and c.country_code} if area else set()
    return bool(codes) and any(c.feature_class == "city" and c.country_code in codes
                               for c in gazetteer.lookup(text[start:end]))


def described_toponyms(text: str, entities: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations, or dropped as places, that an apposition describes as a place
    in or near a named one ('Zorbak, a village in Zamfara state', 'Walikale, une ville minière du Nord-Kivu'): places,
    known to the gazetteer or not (the resolver places an unknown one in the place named)."""
    return [(start, end) for start, end in entities if described_as_place(text, end)]


# A capitalised name a region's kind in lower case follows ('Kebbi state', 'Soum province'); never after a possessive's
# apostrophe ("Burkina Faso's Soum province" gives 'Soum').
REGION_NAMED = re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*){{0,2}}"
                          rf"(?=\s+(?:{either('words_after.region')})\b)")
# A possessive ending a name a capitalised name follows ("Burkina Faso's Soum province", "Nigeria's Zamfara state").
POSSESSIVE_END = re.compile(rf"(?:{either('possessives')})$")
NAME_FOLLOWS = re.compile(r"\s+[A-ZÀ-Ý]")


def region_named_toponyms(text: str, taken: list[tuple[int, int]],
                          gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names outside every entity that a region's kind in lower case follows ('near Katari village (Kebbi state,
    Nigeria)', "in Burkina Faso's Soum province"): the region, the longest name of the words before the kind that
    the gazetteer has a region of."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for match in REGION_NAMED.finditer(text):
        starts = [match.start(), *(match.start() + m.end() for m in re.finditer(r"\S+\s+", match.group()))]
        found = next((s for s in starts if is_region_name(text[s:match.end()], gazetteer)), None)
        if found is not None and not any(s < match.end() and found < e for s, e in taken):
            spans.append((found, match.end()))
    return spans


def is_region_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer has a first-level region of that very name."""
    return any(c.feature_class == "region" and c.name_match == "name" for c in gazetteer.lookup(name))


def possessor_toponyms(text: str, entities: list[tuple[int, int]],
                       gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """The country or region a name the NER took for an organisation or a person holds with its possessive, before
    another name ("Burkina Faso's" of "in Burkina Faso's Soum province"): the area, without its possessive."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        owner = POSSESSIVE_END.search(text, start, end)
        if owner and NAME_FOLLOWS.match(text, end) and any(
                c.feature_class in AREA_CLASSES and c.name_match == "name"
                for c in gazetteer.lookup(text[start:owner.start()])):
            spans.append((start, owner.start()))
    return spans


def institution_toponyms(text: str, entities: list[tuple[int, int]],
                         gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """The towns that names of institutions say they stand in ('Federal University Gusau', "l'hôpital al-Chifa de
    Gaza", "Gusau's Federal University"), when the gazetteer knows a town or an area by that very name: the places,
    never a namesake of the institution's own name."""
    gazetteer = gazetteer or default_gazetteer()
    found = (next((span for span in institution_towns(text, start, end)
                   if is_settled_place(text[span[0]:span[1]], gazetteer)), None) for start, end in entities)
    return [span for span in found if span is not None]


OBJECT_RELATIONS = {"obj", "dobj"}  # a verb's direct object, in the French and English parsers' labels


def struck_toponyms(parsed, entities: list[tuple[int, int]], language: str,
                    gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations that are the direct object, or joined by 'and' to one, of a
    verb said of places only ('ont bombardé Koursk et Belgorod'): places, when the gazetteer knows one by that name;
    of a verb of reaching ('her tour reached Lyon'), when it is a capital or a city of 100,000, as after 'in'; of a
    verb of taking ('rebels seized Goma', 'ont pris Avdiivka'), when it is a town an attack names (is_assailed_town).
    `parsed` is the text's spaCy parse."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for start, end in entities:
        span = parsed.char_span(start, end)
        token = span.root if span is not None else None
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # 'Koursk et Belgorod': the first conjunct is the object
        if token is None or token.dep_ not in OBJECT_RELATIONS:
            continue
        name = parsed.text[start:end]
        if (takes_place_object(token.head.lemma_, language) and any(
                c.name_match == "name" for c in gazetteer.lookup(name))) or (
                reaches_place(token.head.lemma_, language) and is_known_town(name, gazetteer, WELL_KNOWN_CITY)) or (
                takes_place(token.head.lemma_, language) and is_assailed_town(name, gazetteer)):
            spans.append((start, end))
    return spans


def assailed_toponyms(text: str, entities: list[tuple[int, int]],
                      gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations right after a noun of an attack and its preposition
    ("l'offensive sur Afrine", 'the battle for Avdiivka'), or found with them ("la bataille d'Avdiïvka"): places,
    when towns an attack names (is_assailed_town)."""
    gazetteer = gazetteer or default_gazetteer()
    spans = [(start + assault_lead_end(text[start:end]), end) for start, end in entities]
    return [(start, end) for (start, end), (first, _) in zip(spans, entities)
            if (start > first or follows_assault(text, start)) and is_assailed_town(text[start:end], gazetteer)]


def is_assailed_town(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a town the news of an attack or a taking names: a capital or a city of 100,000
    (is_known_town), or a town of another script of 20,000 under one of its romanisations ('Avdiivka', 'Afrine'),
    which no first name is; a smaller town of a Latin-script country is as often a person's name ('captured
    Powell')."""
    return is_known_town(name, gazetteer, WELL_KNOWN_CITY) or fold(name) not in first_names() and any(
        c.feature_class == "city" and c.name_match == "name" and is_romanised_town(c) for c in gazetteer.lookup(name))


def featured_toponyms(text: str, entities: list[tuple[int, int]],
                      gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for people or organisations that a landmark or area word follows ('the Plesetsk
    cosmodrome', 'the Kursk region') or a settlement word precedes ('the city of Herat') and the gazetteer knows, or
    that a people's word makes a place's name ('le Kurdistan irakien'): places."""
    gazetteer = gazetteer or default_gazetteer()
    return [(start, end) for start, end in entities
            if ((followed_by_feature(text, end) or preceded_by_feature(text, start))
                and gazetteer.lookup(text[start:end]))
            or names_place_with_people_word(text, start, end, gazetteer)]


def names_place_with_people_word(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name and the people's word beside it are together a place's name ('le Kurdistan irakien')."""
    qualified = country_qualifier(text, start, end, gazetteer.lookup)
    return qualified is not None \
        and qualified_phrase_reading(text, start, end, qualified[0], gazetteer.lookup) is not None


# The prepositions that put a name the NER called a person or a people in a place ('near Boni', 'dans Mopti'): those
# of a person's name and those between a place and the wider one it lies in; 'to' and 'à' also say whom something
# is given to ('a rendu hommage à Lincoln'), so they count only before a bracket of places ('à Boni (Mopti)').
PLACE_LEAD = re.compile(rf"(?<![\w'’])(?:{either('person_place_prepositions')}|{either('containment_prepositions')})"
                        r"\s+$", re.IGNORECASE)
ANY_LEAD = re.compile(rf"(?<![\w'’])(?:{either('person_place_prepositions')}|{either('containment_prepositions')}|"
                      rf"{either('dative_prepositions')})\s+$", re.IGNORECASE)
LEADING_PREPOSITION = re.compile(rf"^(?:{either('person_place_prepositions')}|{either('containment_prepositions')}|"
                                 rf"{either('dative_prepositions')})\s+", re.IGNORECASE)  # 'Near Boni' opening a sentence
# What comes right before a person's surname: a title ('Mr. ', 'M. ', 'Dr. ') or a first name ('Paris ' of 'Paris
# Hilton'); a capitalised word opening a sentence ('In Boni') is neither.
NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Ý][\w'’-]*\.?)\s+$")
TITLE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{0,3}\.$")  # 'Mr.', 'Gen.', 'M.'; or a short place ending a sentence ('Gao.')
NUMBERED = re.compile(r"\s+\d")  # 'Talla 2', 'Apollo 11': a numbered room or craft, no town
NO_PREPOSITION = re.compile(r"(?!)")  # the phrases of nearness alone lead an organisation's name
SETTLED_CLASSES = ("city", "region", "county", "country")  # a town or an administrative area, no landmark nor sea


def positioned_toponyms(text: str, names: list[tuple[int, int]], entities: list[tuple[int, int]],
                        places: list[tuple[int, int]], person_names: list[str],
                        leads: tuple[re.Pattern[str], ...] = (), organisations: list[tuple[int, int]] = (),
                        modifiers: list[tuple[int, int]] = (),
                        gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Names the NER took for a person or a people (`names`), or left unlabelled, that a preposition of place puts in
    a place ('near Boni', 'off the coast of Zanzibar', `leads` adding a language's phrases of nearness that end before
    a name) or that a bracket lists after a place or after such a name ('in Djibo (Soum, Sahel)'): places, when the
    gazetteer knows a town or an administrative area by that very name (not only by another, nor as its people's
    word) and the text names no one so (a word of a person's full name, a name after a title or a first name: 'Paris
    Hilton'). A name the NER took for an organisation counts only after a phrase of nearness ('near Djibo'), as
    'in' and 'at' often lead an organisation ('in Congress'); one the NER left unlabelled, outside a bracket, only
    when spelt as the gazetteer spells it ('in God' is no 'Göd'); a name that qualifies a noun (`modifiers`: 'in Arab culture') or a
    number follows ('in Talla 2') never. A name that leads such a bracket is a place even when the gazetteer lacks
    it ('near Boni (Hombori, Mopti)'): the resolver places it in the bracket's area."""
    gazetteer = gazetteer or default_gazetteer()
    unlabelled = unlabelled_names(text, entities)
    spans = sorted({*names, *unlabelled} - {*modifiers})
    led = {span for span in spans if is_led(text, span[0], leads, PLACE_LEAD)} | {
        span for span in organisations if span not in modifiers and is_led(text, span[0], leads, NO_PREPOSITION)}
    heads = {*places, *led, *(span for span in entities if is_led(text, span[0], leads, PLACE_LEAD))}
    bracketed, leading = bracketed_names(text, sorted({*spans, *organisations} - {*modifiers}), heads, leads)
    full_names = {word for name in person_names if " " in name for word in fold(name).split()}
    found = [span for span in sorted({*led, *bracketed}) if is_settled_place(
        text[span[0]:span[1]], gazetteer, spelt=span in unlabelled and span not in bracketed)
        and not NUMBERED.match(text, span[1])]
    found += [span for span in leading if span not in found and any(
        member in found or member in places for member in bracketed_after(text, span, [*spans, *organisations],
                                                                          places))]
    return sorted(span for span in found if span not in places
                  and not is_persons_name(text, text[span[0]:span[1]], full_names, gazetteer))


def unlabelled_names(text: str, entities: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised names outside every entity, without a preposition that opens a sentence ('Near Boni' -> 'Boni'),
    a calendar word or a short code."""
    spans = []
    for match in CAPITALISED_RUN.finditer(text):
        start, end = match.span()
        lead = LEADING_PREPOSITION.match(match.group())
        start += lead.end() if lead else 0
        name = text[start:end]
        if any(s < end and start < e for s, e in entities) or len(name) < 3 or name.isupper() \
                or name.lower() in CALENDAR_WORDS \
                or (not lead and SENTENCE_START.search(text[max(0, start - 3):start]) and " " not in name):
            continue
        spans.append((start, end))
    return spans


def is_led(text: str, start: int, leads: tuple[re.Pattern[str], ...], prepositions: re.Pattern[str]) -> bool:
    """Whether a preposition of place, or one of a language's phrases of place, comes right before a name."""
    before = text[max(0, start - 2 * CONTEXT_CHARS):start]
    return bool(prepositions.search(before)) or any(lead.search(before) for lead in leads)


def bracketed_names(text: str, spans: list[tuple[int, int]], heads: set[tuple[int, int]],
                    leads: tuple[re.Pattern[str], ...]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The names inside a bracket right after a place or a name a preposition of place leads ('Boni (Hombori,
    Mopti)'), and the names that lead such a bracket after any preposition of place, 'to' and 'à' included."""
    bracketed: set[tuple[int, int]] = set()
    leading: set[tuple[int, int]] = set()
    for span in sorted({*spans, *heads}):
        members = bracketed_after(text, span, spans, heads)
        if not members:
            continue
        if span in heads:
            bracketed.update(members)
        if span in spans and is_led(text, span[0], leads, ANY_LEAD):
            leading.add(span)
    return bracketed, leading


def bracketed_after(text: str, span: tuple[int, int], spans: list[tuple[int, int]],
                    places: set[tuple[int, int]] | list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names, among those given, that a bracket right after a span holds, when it holds names and commas only."""
    match = BRACKETED.match(text, span[1])
    if not match:
        return []
    inside = match.start("inside"), match.end("inside")
    members = sorted(s for s in {*spans, *places} if inside[0] <= s[0] and s[1] <= inside[1])
    gaps = [text[a:b] for a, b in zip([inside[0], *(e for _, e in members)], [*(s for s, _ in members), inside[1]])]
    return members if members and all(BRACKET_GAP.fullmatch(gap) for gap in gaps) else []



def is_settled_place(name: str, gazetteer: Gazetteer, spelt: bool = False) -> bool:
    """Whether the gazetteer knows a town or an administrative area by its own name, in one of its spellings
    ('Hiraan' for Hiran), or spelt as it spells it, accents and all, when `spelt`; not only by another of its names,
    and the name is no people's word ('Russian' finds Russia)."""
    key = fold(name)
    return len(name) >= 3 and not name.isupper() and any(
        c.name_match == "name" and (not spelt or c.name.casefold() == name.casefold())
        and c.feature_class in SETTLED_CLASSES
        for c in gazetteer.lookup(name)) and not any(
        c.feature_class in ("country", "continent") and fold(c.name) != key
        for c in demonym_readings(name, gazetteer.lookup))  # 'Spanish', a town of Ontario, is Spain's people


def is_persons_name(text: str, name: str, full_names: set[str], gazetteer: Gazetteer) -> bool:
    """Whether the text names someone so: a word of a person's full name it gives, or a name it writes after a title
    or a first name somewhere ('Mr. Boni', 'Paris Hilton', not 'In Boni' opening a sentence)."""
    if fold(name) in full_names:
        return True
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        before = NAME_BEFORE.search(text, max(0, match.start() - CONTEXT_CHARS), match.start())
        word = before.group("word") if before else ""
        if not word or LEADING_PREPOSITION.match(f"{word} "):
            continue
        if TITLE.match(word) and not is_settled_place(word.rstrip("."), gazetteer) or not word.endswith(".") and not \
                SENTENCE_START.search(text[max(0, before.start() - 3):before.start()]):
            return True
    return False
