"""Find place names the NER missed by looking capitalised words up in the gazetteer (a second, cautious pass)."""
from __future__ import annotations

import re

from extractors.timelex import MONTHS, WEEKDAYS
from geocoding.gazetteer import Gazetteer, default_gazetteer

CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:du|de|des|de la|of|the|al|el)\s+)?[A-ZÀ-Ý][\w'’-]+){0,3}")
SENTENCE_START = re.compile(r"(?:^|[.!?…:»\"“”]\s*|\n\s*)$")
WELL_KNOWN_CITY = 100_000
MIN_LENGTH = 4  # 'PM', 'TV', 'GA': short capitals are codes and abbreviations more often than places
CALENDAR_WORDS = {w for table in (*MONTHS.values(), *WEEKDAYS.values()) for w in table}


def is_well_known(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is, under its own name, a country, a big city (or, if several words, a region)."""
    classes = ("country", "continent", "region") if " " in name else ("country", "continent")
    return any(c.name_match == "name" and (c.feature_class in classes
                                          or (c.feature_class == "city" and c.population >= WELL_KNOWN_CITY))
               for c in gazetteer.lookup(name))


def spot_toponyms(text: str, taken: list[tuple[int, int]], gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Spans of well-known place names outside every entity the NER found (and not opening a sentence)."""
    gazetteer = gazetteer or default_gazetteer()
    spans: list[tuple[int, int]] = []
    for match in CAPITALISED_RUN.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or len(match.group()) < MIN_LENGTH \
                or match.group().lower() in CALENDAR_WORDS:
            continue
        if SENTENCE_START.search(text[max(0, start - 3):start]) and " " not in match.group():
            continue  # a capitalised first word is as likely a verb or pronoun as a place
        if is_well_known(match.group(), gazetteer):
            spans.append((start, end))
    return spans
