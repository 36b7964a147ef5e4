"""Fold place names into lookup keys so spelling variants meet in the gazetteer."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEADING_ARTICLES = re.compile(r"^(?:the|le|la|les|l|du|des|de la|de l|de|d)\s+")
SEPARATORS = re.compile(r"[\s\-‐‑–—'’`´.]+")
NON_WORD = re.compile(r"[^\w ]+")
SAINT = re.compile(r"\b(?:saint|sainte|st|ste)\b")
MOUNT, FORT = re.compile(r"\bmt\b"), re.compile(r"\bft\b")  # 'Mt. Pleasant', 'Ft. Worth'

FRENCH_TRANSLITERATION = re.compile(r"tch|ch|ou|dj|ï")
ENGLISH_TRANSLITERATION = {"tch": "ch", "ch": "sh", "ou": "u", "dj": "j", "ï": "i"}


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
    key = FORT.sub("fort", MOUNT.sub("mount", SAINT.sub("saint", key)))
    while True:
        stripped = LEADING_ARTICLES.sub("", key)
        if stripped == key or not stripped:
            break
        key = stripped
    return re.sub(r" +", " ", key).strip()


def spelling_variants(name: str) -> list[str]:
    """Keys for French transliterations of foreign names ('Oural' for 'Ural', 'Tchita' for 'Chita')."""
    lowered = name.casefold()
    full = FRENCH_TRANSLITERATION.sub(lambda m: ENGLISH_TRANSLITERATION[m.group()], lowered)
    vowels_only = lowered.replace("ou", "u")
    keys = [fold(full), fold(vowels_only)]
    own = fold(name)
    return [k for i, k in enumerate(keys) if k and k != own and k not in keys[:i]]


DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "is", "n", "i", "")  # longest first
LAND_ENDINGS = ("", "a", "ia", "e", "o", "y", "s")


def demonym_stems(name: str, suffixes: tuple[str, ...] = DEMONYM_SUFFIXES,
                  endings: tuple[str, ...] = LAND_ENDINGS) -> list[str]:
    """Names a demonym may come from by the usual rules (English endings unless given others), its last word
    changed: 'Palestinian' ->
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
