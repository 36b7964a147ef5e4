"""A site described rather than named ('dans un centre spatial russe') is the site of that kind the article names
('au cosmodrome de Plesetsk')."""
from __future__ import annotations

import re

from core.model import PlaceMention
from core.placelex import article, genitive
from core.timelex import INDEFINITE_ARTICLES
from geocoding.features import SITE_KINDS

SITE_WORDS = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in SITE_KINDS.items()}
NAMED_AFTER = {kind: re.compile(rf"\b(?:{words})\s+{genitive()}?{article()}$", re.IGNORECASE)
               for kind, words in SITE_KINDS.items()}  # "le cosmodrome de X"
NAMED_BEFORE = {kind: re.compile(rf"^\s+(?:{words})\b", re.IGNORECASE)
                for kind, words in SITE_KINDS.items()}  # "the X cosmodrome"
INDEFINITES = "|".join(dict.fromkeys(re.escape(word) for words in INDEFINITE_ARTICLES.values() for word in words))
# "un centre", "a Russian space center": a site described, not named
INDEFINITE = re.compile(rf"\b(?:{INDEFINITES})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)
CONTEXT = 40


def described_site_kinds(sentence: str) -> list[str]:
    """Kinds of site a sentence speaks of without naming ('dans un centre spatial russe' -> space)."""
    kinds = []
    for kind, pattern in SITE_WORDS.items():
        if any(INDEFINITE.search(sentence[max(0, m.start() - CONTEXT):m.start()]) for m in pattern.finditer(sentence)):
            kinds.append(kind)
    return kinds


def site_named(text: str, place: PlaceMention) -> str:
    """The kind of site a place is called by the words right around its name, or ''."""
    before, after = text[max(0, place.start - CONTEXT):place.start], text[place.end:place.end + CONTEXT]
    if INDEFINITE.search(before):
        return ""  # "a Russian space center" describes a site, it does not name one
    return next((kind for kind in SITE_KINDS if NAMED_AFTER[kind].search(before) or NAMED_BEFORE[kind].search(after)),
                "")


def named_sites(text: str, places: list[PlaceMention]) -> dict[str, PlaceMention]:
    """For each kind of site, the one place the article names as such (two cosmodromes: no guessing)."""
    found: dict[str, dict[str, PlaceMention]] = {}
    for place in places:
        kind = site_named(text, place) if place.resolved else ""
        if kind:
            found.setdefault(kind, {}).setdefault(place.name, place)
    return {kind: next(iter(sites.values())) for kind, sites in found.items() if len(sites) == 1}


def described_site(sentence: str, text: str, places: list[PlaceMention]) -> PlaceMention | None:
    """The named place a sentence's description of a site refers to, when the article names exactly one such."""
    kinds = described_site_kinds(sentence)
    if not kinds:
        return None
    sites = named_sites(text, places)
    return next((sites[kind] for kind in kinds if kind in sites), None)
