"""The country a local news story is written in, read from its civic vocabulary rather than its place names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geocoding.gazetteer import Gazetteer
from geocoding.phones import phone_regions

# Institutions and conventions of American, British and Canadian local news, one cue each (no two match the same words):
# several together mark a local paper. Words are looked for in the lower-cased text, the rest by pattern.
HOME_WORDS = {
    "US": ("sheriff", "township", "high school", "varsity", "police chief", "city council", "councilman", "county",
           "commissioners", "junior college", "police department", "fire department", "school district", "deputies",
           "felony", "misdemeanor", "superintendent", "elementary school", "middle school", "state police",
           "village board", "village president", "county commission", "statewide", "coroner", "wal-mart",
           "parks and recreation", "social security", "absentee ballot", "driver's license",
           "guidance counselor"),
    "GB": ("borough", "councillor", "nhs", "fortnight", "pensioner", "high street", "mp for ", "tory"),
    "CA": ("councillor", "mpp", "rcmp", "reeve", "crown attorney", "provincial police"),
}
# Each pattern with the words one of which it needs: the pattern runs only where one of them is in the text.
HOME_PATTERNS: dict[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] = {
    country: tuple((needs, re.compile(pattern)) for needs, pattern in patterns) for country, patterns in {
        "US": ((("$",), r"\$\s?\d"), (("mph",), r"\bmph\b"), (("Interstate",), r"\bInterstate \d"),
               ((" Court",), r"\b(?:Superior|Circuit|Municipal) Court\b"),
               (("Board of",), r"\bBoard of (?:Education|Supervisors)\b"), (("state ",), r"\bstate (?:Sen|Rep)\."),
               (("Gov.",), r"\bGov\. [A-Z]"), (("ZIP",), r"\bZIP\b"),
               (("Ave.", "Blvd.", "St.", "Rd.", "Dr."), r"\b\d+ [A-Z][a-z]+ (?:Ave|Blvd|St|Rd|Dr)\."),
               (("D-", "R-"), r"\b[DR]-[A-Z][a-z]"), (("DUI",), r"\bDUI\b"), ((" block of",), r"\b\d+ block of\b"),
               (("Highway", "County Road"), r"\b(?:Highway|County Road) \d"),
               (("state ",), r"\bstate (?:Department|Senate|House|[Rr]epresentative|[Ss]enator|[Ll]egislat|lawmakers|"
                            r"budget|ethics|[Tt]reasurer|[Aa]uditor)"), ((".m.",), r"\b\d{1,2}(?::\d\d)? [ap]\.m\.")),
        "GB": ((("£",), r"£\s?\d"), (("litre", "metre"), r"\b\d+\s?(?:litres?|metres?)\b")),
        "CA": ((("$",), r"\$\s?\d"),),
    }.items()
}
# Spellings American papers do not print, as common nouns (lower case: 'Rogers Centre' is a name): a story that
# uses one is not an American local story, whatever its council and its dollars say.
COMMONWEALTH_SPELLING = re.compile(
    r"\b(?:behaviour|neighbour|colour|favour|honour|labour|harbour|rumour|humour|centre|theatre|fibre|metre|kilometre|"
    r"licence|defence|offence|cheque|programme|jewellery|organis(?:e|ation)|tyre)s?\b")
MIN_CUES = 2  # distinct cues; fewer is an international story that happens to quote a price
STATE_COUNTRIES = ("US", "CA")  # whose states and provinces head the names of their agencies and boards
STATE_NAME_CHARS = 40  # 'Newfoundland and Labrador' and a space
# The word after a state's name that makes it an agency's or a board's ('Georgia Bureau of Investigation'), not a
# street's or a person's ('Washington Drive', 'Virginia Madsen').
INSTITUTION_AFTER = re.compile(
    r"\s+(?:Department|Dept\.|Bureau|Board|Commission|Division|Office|Agency|Authority|Council|Supreme|Court|Senate|"
    r"House|Legislature|General Assembly|Attorney|Secretary|Municipal|Public|Provincial|State|University|College|"
    r"Police|Highway|Route|Turnpike|Environmental|Health|Education|Lottery|National Guard|Association)\b")


def home_country(text: str) -> str | None:
    """The country whose local institutions the text keeps naming most, or None."""
    lowered = text.lower()
    cues = {country: sum(word in lowered for word in words) + sum(
        any(need in text for need in needs) and bool(pattern.search(text)) for needs, pattern in HOME_PATTERNS[country])
        for country, words in HOME_WORDS.items()}
    if COMMONWEALTH_SPELLING.search(text):
        cues["US"] = 0
    country, found = max(cues.items(), key=lambda item: item[1])
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
