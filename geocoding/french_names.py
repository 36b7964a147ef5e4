"""English readings of French region names the gazetteer lacks: 'Ossétie du Nord' is North Ossetia, 'Java oriental'
East Java, 'Mordovie' Mordovia (the compass words and spellings of geocoding/data/french_region_names.json)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from core.model import Candidate

DATA = json.loads((Path(__file__).parent / "data" / "french_region_names.json").read_text("utf-8"))
COMPASS = [(re.compile(rf"^(?P<name>[A-ZÀ-Ý].*?)[ -](?:{'|'.join(c['after'])})$", re.IGNORECASE),
            re.compile(rf"^(?:{'|'.join(c['before'])})(?P<name>[A-ZÀ-Ý].*)$", re.IGNORECASE), c["en"])
           for c in DATA["compass"]]
SPELLINGS = [(re.compile(french), english) for french, english in DATA["spellings"]]
AREAS = ("country", "region", "macro-region")


def english_forms(name: str) -> list[str]:
    """The English forms a French region name may have: its compass word in English, its stem as spelt in English
    ('Darfour' -> 'Darfur'), one spelling at a time and all together."""
    lead, stem = "", name
    for after, before, english in COMPASS:
        found = after.match(name) or before.match(name)
        if found:
            lead, stem = f"{english} ", found.group("name")
            break
    stems = [stem, *(pattern.sub(english, stem) for pattern, english in SPELLINGS if pattern.search(stem))]
    for pattern, english in SPELLINGS:
        stems.append(pattern.sub(english, stems[-1]))
    return [form for form in dict.fromkeys(lead + s for s in stems) if form != name]


def english_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The countries and regions a French name means under its English form, or none: only areas, under their own
    name, so a town's spelling is never guessed."""
    for form in english_forms(name):
        found = [c for c in lookup(form) if c.feature_class in AREAS and c.name_match == "name"]
        if found:
            return found
    return []
