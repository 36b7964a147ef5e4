"""Fold place names into lookup keys so spelling variants meet in the gazetteer."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.placelex import either, packs

LEADING_ARTICLES = re.compile(rf"^(?:{either('key_articles')})\s+")  # 'la paz' is 'paz', 'the hague' 'hague'
SEPARATORS = re.compile(r"[\s\-‐‑–—'’`´.]+")
NON_WORD = re.compile(r"[^\w ]+")
FULL_WORDS = {short: full for pack in packs() for short, full in pack["key_abbreviations"]}  # 'st' -> 'saint'
ABBREVIATION = re.compile(rf"\b(?:{'|'.join(map(re.escape, FULL_WORDS))})\b")  # 'Mt. Pleasant', 'Ft. Worth'
# Each language's ways of writing foreign names the gazetteer spells in English ('Oural' for 'Ural'), one scheme each.
TRANSLITERATIONS = [(re.compile("|".join(map(re.escape, sorted(scheme, key=len, reverse=True)))), scheme)
                    for pack in packs() for scheme in pack["transliterations"]]


def strip_accents(text: str) -> str:
    """Drop diacritics: 'Corée' and 'Coree' are the same key."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


DOTTED_ABBREVIATION = re.compile(r"^(?:[A-Za-z]{1,3}\.\s?)+[A-Za-z]{0,3}\.?$")


@lru_cache(maxsize=65536)  # texts repeat their names; the gazetteer build folds each name once
def fold(name: str) -> str:
    """The lookup key of a name: lower case, no accents, no articles, single spaces ('U.S.' -> 'us')."""
    if DOTTED_ABBREVIATION.match(name.strip()):
        name = re.sub(r"[.\s]", "", name)
    key = strip_accents(name).casefold()
    key = SEPARATORS.sub(" ", key)
    key = NON_WORD.sub("", key).strip()
    key = ABBREVIATION.sub(lambda short: FULL_WORDS[short.group()], key)
    while True:
        stripped = LEADING_ARTICLES.sub("", key)
        if stripped == key or not stripped:
            break
        key = stripped
    return re.sub(r" +", " ", key).strip()


def spelling_variants(name: str) -> list[str]:
    """Keys for the packs' transliterations of foreign names ('Oural' for 'Ural', 'Tchita' for 'Chita')."""
    lowered = name.casefold()
    keys = [fold(letters.sub(lambda m, scheme=scheme: scheme[m.group()], lowered))
            for letters, scheme in TRANSLITERATIONS]
    own = fold(name)
    return [k for i, k in enumerate(keys) if k and k != own and k not in keys[:i]]


def demonym_stems(name: str, suffixes: tuple[str, ...], endings: tuple[str, ...]) -> list[str]:
    """Names a demonym may come from by a language's suffixes and endings, its last word changed: 'Palestinian' ->
    'Palestine', 'Abkhaz' -> 'Abkhazia', 'Texan' -> 'Texas', 'South Ossetian' -> 'South Ossetia' (the gazetteer
    says which exist)."""
    *lead, word = name.split() or [""]
    prefix = " ".join([*lead, ""])
    stems: list[str] = []
    for suffix in suffixes:
        base = word[:len(word) - len(suffix)]
        if word.endswith(suffix) and len(base) >= 3:
            stems.extend(f"{prefix}{base}{ending}" for ending in endings if f"{base}{ending}" != word)
    return list(dict.fromkeys(stems))
