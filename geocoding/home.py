"""The country a local news story is written in, read from its civic vocabulary rather than its place names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.placelex import either, packs
from geocoding.gazetteer import Gazetteer
from geocoding.phones import phone_regions


@dataclass(frozen=True)
class LocalCues:
    """One country's local-news cues in every language pack: words, patterns with the strings each needs, and the
    spellings its papers never print."""

    words: tuple[str, ...]  # looked for in the lower-cased text
    patterns: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]  # each run only where a string it needs is found
    foreign_spelling: re.Pattern[str] | None  # 'behaviour' is not an American paper's


def local_cues() -> dict[str, LocalCues]:
    """The institutions and conventions of each country's local news (lang/<code>/places.json, local_news), every
    pack's merged: several together mark a local paper."""
    countries: dict[str, list[dict]] = {}
    for pack in packs():
        for country, cues in pack["local_news"].items():
            countries.setdefault(country, []).append(cues)
    return {country: LocalCues(
        tuple(word for cues in listed for word in cues["words"]),
        tuple((tuple(needs), re.compile(pattern)) for cues in listed for needs, pattern in cues["patterns"]),
        spelling([word for cues in listed for word in cues.get("foreign_spellings", [])]))
        for country, listed in countries.items()}


def spelling(words: list[str]) -> re.Pattern[str] | None:
    """Spellings as common nouns, singular or plural (lower case: 'Rogers Centre' is a name); None without any."""
    return re.compile(rf"\b(?:{'|'.join(words)})s?\b") if words else None


HOME_CUES = local_cues()
MIN_CUES = 2  # distinct cues; fewer is an international story that happens to quote a price
STATE_COUNTRIES = ("US", "CA")  # whose states and provinces head the names of their agencies and boards
STATE_NAME_CHARS = 40  # 'Newfoundland and Labrador' and a space
# The word after a state's name that makes it an agency's or a board's ('Georgia Bureau of Investigation'), not a
# street's or a person's ('Washington Drive', 'Virginia Madsen').
INSTITUTION_AFTER = re.compile(rf"\s+(?:{either('institution_words_after')})\b")


def home_country(text: str) -> str | None:
    """The country whose local institutions the text keeps naming most, or None."""
    lowered = text.lower()
    cues = {country: 0 if local.foreign_spelling and local.foreign_spelling.search(text) else
            sum(word in lowered for word in local.words) + sum(
                any(need in text for need in needs) and bool(pattern.search(text)) for needs, pattern in local.patterns)
            for country, local in HOME_CUES.items()}
    country, found = max(cues.items(), key=lambda item: item[1], default=(None, 0))
    return country if found >= MIN_CUES and list(cues.values()).count(found) == 1 else None


@dataclass(frozen=True)
class Home:
    """Where a local story is written: the country of its civic words, the states its telephone numbers ring in or
    its organisations are named after ('the Georgia Bureau of Investigation')."""

    country: str | None = None
    regions: tuple[tuple[str, str, str], ...] = ()  # (country code, state code, how the text gives it)
    rung: frozenset[tuple[str, str]] = frozenset()  # the states of its telephone numbers


def story_home(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> Home:
    """A story's home: its civic words' country, else its telephone numbers' country, and the states both give."""
    rung = phone_regions(text, gazetteer.area_code_region)
    regions = {(country, state): f"{region_name(gazetteer, country, state)}, where its telephone numbers ring"
               for country, state in rung}
    for country, state, name in states_named_outside(text, spans, gazetteer):
        regions.setdefault((country, state), f"{name}, which the text names")
    country = home_country(text) or (rung[0][0] if rung else None)
    return Home(country, tuple((c, s, how) for (c, s), how in regions.items()), frozenset(rung))


def states_named_outside(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[tuple[str, str, str]]:
    """States and provinces the text names outside its place names, at the head of an organisation's name
    ('Georgia Bureau of Investigation', 'Ontario Municipal Board'; not 'Washington Drive')."""
    states = local_state_names(gazetteer)
    found = []
    for institution in INSTITUTION_AFTER.finditer(text):
        before = text[max(0, institution.start() - STATE_NAME_CHARS):institution.start()]
        words = before.split()
        name = next((name for name in (" ".join(words[-k:]) for k in range(min(len(words), 4), 0, -1))
                     if name in states and before.endswith(name)), None)
        start = institution.start() - len(name or "")
        if name and states[name] not in found and not any(s <= start < e for s, e in spans):
            found.append(states[name])
    return found


@lru_cache(maxsize=4)
def local_state_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str, str]]:
    """The full names of the states and provinces of STATE_COUNTRIES, with what each is."""
    return {name: (country, state, name) for name, country, state in gazetteer.region_names(STATE_COUNTRIES)}


def region_name(gazetteer: Gazetteer, country: str, state: str) -> str:
    """A state's name from its code ('CT' -> 'Connecticut')."""
    return next((name for name, (c, s, _) in local_state_names(gazetteer).items() if (c, s) == (country, state)), state)
