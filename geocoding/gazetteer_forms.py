"""The gazetteer's forms of region names a language writes its own way, which it lacks: 'Ossétie du Nord' is North
Ossetia, 'Java oriental' East Java, 'Mordovie' Mordovia, 'North Kivu' Nord-Kivu (each pack's gazetteer_forms)."""
from __future__ import annotations

import re
from collections.abc import Callable

from core.model import Candidate
from core.placelex import NEVER, packs

COMPASS = [(re.compile(rf"^(?P<name>[A-ZÀ-Ý].*?)[ -](?:{'|'.join(c['after']) or NEVER})$", re.IGNORECASE),
            re.compile(rf"^(?:{'|'.join(c['before'])})(?P<name>[A-ZÀ-Ý].*)$", re.IGNORECASE), c["word"])
           for pack in packs() for c in pack["gazetteer_forms"]["compass"]]
SPELLINGS = [(re.compile(spelt), gazetteer) for pack in packs()
             for spelt, gazetteer in pack["gazetteer_forms"]["spellings"]]
AREAS = ("country", "region", "macro-region")


def gazetteer_forms(name: str) -> list[str]:
    """The forms the gazetteer may give a region's name: its compass word as the gazetteer writes it, its stem as
    the gazetteer spells it ('Darfour' -> 'Darfur'), one spelling at a time and all together."""
    lead, stem = "", name
    for after, before, word in COMPASS:
        found = after.match(name) or before.match(name)
        if found:
            lead, stem = word if word.endswith("-") else f"{word} ", found.group("name")  # 'Nord-Kivu', 'North Ossetia'
            break
    stems = [stem, *(pattern.sub(spelling, stem) for pattern, spelling in SPELLINGS if pattern.search(stem))]
    for pattern, spelling in SPELLINGS:
        stems.append(pattern.sub(spelling, stems[-1]))
    return [form for form in dict.fromkeys(lead + s for s in stems) if form != name]


def gazetteer_form_readings(name: str, lookup: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """The countries and regions a name means under the gazetteer's form of it, or none: only areas, under their own
    name, so a town's spelling is never guessed."""
    for form in gazetteer_forms(name):
        found = [c for c in lookup(form) if c.feature_class in AREAS and c.name_match == "name"]
        if found:
            return found
    return []
