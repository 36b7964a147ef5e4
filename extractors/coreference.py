"""A site described rather than named ('dans un centre spatial russe') is the site of that kind the article names
('au cosmodrome de Plesetsk')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import PlaceMention
from core.placelex import article, either, genitive, kinds
from core.timelex import INDEFINITE_ARTICLES
from lang import LANGUAGES, pack_language

CONTEXT = 40


@dataclass(frozen=True)
class SitePatterns:
    """A language's words for kinds of site, and how it names one or describes one."""

    words: dict[str, re.Pattern[str]]  # a word for the kind anywhere
    named_after: dict[str, re.Pattern[str]]  # "le cosmodrome de X"
    named_before: dict[str, re.Pattern[str]]  # "the X cosmodrome"
    indefinite: re.Pattern[str]  # "un centre", "a Russian space center": a site described, not named


@lru_cache(maxsize=None)
def site_patterns(language: str | None = None) -> SitePatterns:
    """One pack's site words, or every pack's for a text whose language is not known."""
    codes = [pack_language(language)] if language else LANGUAGES
    words = {kind: either(f"site_kinds.{kind}", language) for kind in kinds("site_kinds")}
    indefinites = "|".join(dict.fromkeys(re.escape(word) for code in codes for word in INDEFINITE_ARTICLES[code]))
    return SitePatterns(
        {kind: re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE) for kind, alternation in words.items()},
        {kind: re.compile(rf"\b(?:{alternation})\s+{genitive(language)}?{article(language)}$", re.IGNORECASE)
         for kind, alternation in words.items()},
        {kind: re.compile(rf"^\s+(?:{alternation})\b", re.IGNORECASE) for kind, alternation in words.items()},
        re.compile(rf"\b(?:{indefinites})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE))


def described_site_kinds(sentence: str, language: str | None = None) -> list[str]:
    """Kinds of site a sentence speaks of without naming ('dans un centre spatial russe' -> space)."""
    patterns = site_patterns(language)
    return [kind for kind, pattern in patterns.words.items()
            if any(patterns.indefinite.search(sentence[max(0, m.start() - CONTEXT):m.start()])
                   for m in pattern.finditer(sentence))]


def site_named(text: str, place: PlaceMention, language: str | None = None) -> str:
    """The kind of site a place is called by the words right around its name, or ''."""
    patterns = site_patterns(language)
    before, after = text[max(0, place.start - CONTEXT):place.start], text[place.end:place.end + CONTEXT]
    if patterns.indefinite.search(before):
        return ""  # "a Russian space center" describes a site, it does not name one
    return next((kind for kind in patterns.words
                 if patterns.named_after[kind].search(before) or patterns.named_before[kind].search(after)), "")


def named_sites(text: str, places: list[PlaceMention], language: str | None = None) -> dict[str, PlaceMention]:
    """For each kind of site, the one place the article names as such (two cosmodromes: no guessing)."""
    found: dict[str, dict[str, PlaceMention]] = {}
    for place in places:
        kind = site_named(text, place, language) if place.resolved else ""
        if kind:
            found.setdefault(kind, {}).setdefault(place.name, place)
    return {kind: next(iter(sites.values())) for kind, sites in found.items() if len(sites) == 1}


def described_site(sentence: str, text: str, places: list[PlaceMention],
                   language: str | None = None) -> PlaceMention | None:
    """The named place a sentence's description of a site refers to, when the article names exactly one such; read
    with the words of the article's language, else of every pack."""
    kinds_told = described_site_kinds(sentence, language)
    if not kinds_told:
        return None
    sites = named_sites(text, places, language)
    return next((sites[kind] for kind in kinds_told if kind in sites), None)
