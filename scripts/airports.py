"""Derive geocoding/data/airports.json: the world's airports that have an IATA code, with their name, the town they
serve, its country and the airport's point, so 'Newark International Airport' is read as the airport of Newark.

Run by hand (needs the registry): pip install airportsdata && python scripts/airports.py
The app and the tests only read the JSON file it writes.

Source: the airportsdata package (PyPI, MIT licence), its IATA table.
"""
from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import airportsdata

OUT = Path(__file__).resolve().parents[1] / "geocoding" / "data" / "airports.json"
DIGITS = 4  # about 10 m: an airport's point needs no more


def main() -> None:
    """Write the airports' rows, sorted by IATA code so a rebuild diffs cleanly."""
    table = airportsdata.load("IATA")
    rows = [[code, airport["name"], airport["city"], airport["country"], round(airport["lat"], DIGITS),
             round(airport["lon"], DIGITS)] for code, airport in sorted(table.items()) if airport["city"]]
    head = json.dumps({
        "about": "Airports with an IATA code: [code, name, town served, country, lat, lon]; written by "
                 "scripts/airports.py.",
        "sources": {"airportsdata": f"airportsdata {importlib.metadata.version('airportsdata')} (PyPI, MIT licence), "
                                    "its IATA table"}}, ensure_ascii=False, indent=1)
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)  # one airport a line: clean diffs
    OUT.write_text(f'{head[:-2]},\n "airports": [\n{lines}\n]}}\n', "utf-8")


if __name__ == "__main__":
    main()
