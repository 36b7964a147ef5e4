"""A first-level region's 'native' name in countrystatecity is often a machine translation of its name into a word
('Nice' for Ntchisi, Malawi; 'Robbery' for Mbarara; 'Gerencia' for Managua): it is kept only where it sounds like
the region's own name ('Bayern', 'Wien', 'Navarra'), and then only as an alternate name, never the region's own."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from geocoding.names import fold

# Letters that spell one sound across the languages of Europe ('Wien'/'Vienna', 'Vlaanderen'/'Flanders',
# 'Sachsen'/'Saxony', 'Quanza'/'Cuanza'): folded alike before names are compared.
SOUNDS = (("ph", "f"), ("w", "v"), ("f", "v"), ("q", "k"), ("c", "k"), ("x", "ks"), ("y", "i"), ("z", "s"))
# How alike two names must spell once their sounds are folded: with the same first two letters ('Bayern' for
# Bavaria, 0.46), or the same first letter only ('Wien' for Vienna, 0.8); 'Nice' for Ntchisi is 0.36, 'ni' for 'nt'.
LIKENESS_SAME_START, LIKENESS_SAME_INITIAL = 0.45, 0.6
# A native name spelt this much like the region's is a spelling of that very name ('Hiraan' for Hiran, 'Ağdaş'),
# its own as much; one less alike is another name ('Bayern'), or a word mistaken for one ('Pasto' for Pasco, 0.8).
SPELLING_LIKENESS = 0.85
# A name of several words is alike when one of its words is ('Islas Baleares' for the Balearic Islands, 'Grand
# Nord' for the Far North, 'Jubbada Hoose'); a word shorter is too common to tell ('Toa debajo' is no Toa Alta).
MIN_WORD_SOUNDS = 4


def sounds(name: str) -> str:
    """A name folded to the sounds its letters spell, spaces and signs aside."""
    key = re.sub(r"[^a-z]", "", fold(name))  # 'Oost -Vlaanderen' and 'Nord-ouest' as one word
    for letters, sound in SOUNDS:
        key = key.replace(letters, sound)
    return key


def spelt_alike(a: str, b: str) -> bool:
    """Whether two sound-folded spellings are one name's: the same start and letters enough in common."""
    if not a or not b or a[0] != b[0]:
        return False
    likeness = SequenceMatcher(None, a, b).ratio()
    return likeness >= (LIKENESS_SAME_START if a[:2] == b[:2] else LIKENESS_SAME_INITIAL)


def sounds_alike(native: str, name: str) -> bool:
    """Whether a region's native name plausibly is its name in the region's own language, not a translated word."""
    if spelt_alike(sounds(native), sounds(name)):
        return True
    words = [{sounds(w) for w in fold(n).split()} for n in (native, name)]
    return len(words[0]) > 1 and any(spelt_alike(a, b) for a in words[0] for b in words[1]
                                     if min(len(a), len(b)) >= MIN_WORD_SOUNDS)


def is_spelling(native: str, name: str) -> bool:
    """Whether a region's native name is its very name spelt another way ('Hiraan' for Hiran), not another name."""
    return SequenceMatcher(None, sounds(native), sounds(name)).ratio() >= SPELLING_LIKENESS
