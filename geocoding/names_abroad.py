"""A town's other name that no place of its size owns, in a text written in a language other than the town's own, is
its name in that language ('à Ratisbonne' for Regensburg, 'à Douvres' for Dover, 'in Bruges', 'le sommet de Bruges'
for Brugge) where the words use it as a town's: the news of a language names a foreign town so as often as by its
own name, so the alias is not discounted as a lesser name, nor beaten by a village that bears it. In the town's own
language an alias is an old name or another place's ('Shiloh' for Springdale, Arkansas), and a name no words use as
a town's may be anything a gazetteer lists in some language ('Hamas', Hamm's Lithuanian name, in 'between Israel and
Hamas')."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from core.model import Candidate
from geocoding.gazetteer import countryinfo_records
from geocoding.mentions import MentionContext, big_cities, capitals_among
from geocoding.names import fold

# A town this big is written of abroad under its names in other languages (Avdiivka, 36,000 people, is 'Avdiïvka' in
# French news); a smaller town's other names are as often an old name or another place's, and a town this big that
# owns the name is meant by it ('Cancún', listed for Changchun too).
NAMED_ABROAD_POPULATION = 20_000
# The own-name readings that leave an alias its town's name abroad are this many times smaller: towns named like
# it ('Douvres', Ain, 700 people, beside Dover; 'Bruges', Gironde, 12,650, beside Brugge, 118,500), not towns known
# under the name as well as it is.
OWNER_RATIO = 5


@lru_cache(maxsize=1)
def first_languages() -> dict[str, str]:
    """The language each country's own place names are written in first (countryinfo lists it first: Dutch for
    Belgium, English for the United States), by ISO alpha-2 code."""
    return {iso["alpha2"].upper(): info["languages"][0] for _, info, iso in countryinfo_records()
            if iso.get("alpha2") and info.get("languages")}


def read_names_abroad(contexts: list[MentionContext], language: str) -> None:
    """One sense per name: a name any of whose mentions the words use as a town's ('à Bruges', 'in Bruges', or after
    a word a country's or a party's name never follows bare in the text's language: 'le sommet de Bruges', not 'le
    Hamas') takes its town's name abroad as that town's own name (prefer_names_abroad) at every mention."""
    used = {context.key for context in contexts if context.town_use or context.without_country_article}
    for context in contexts:
        if context.key not in used:
            continue
        readings = prefer_names_abroad(context.text, context.candidates, language)
        if readings is not context.candidates:
            context.candidates = readings
            context.big, context.capitals = big_cities(readings), capitals_among(readings)


def prefer_names_abroad(name: str, candidates: list[Candidate], language: str) -> list[Candidate]:
    """A name's readings, the biggest town listed under it as an other name read as named by its own name when the
    text's language is not the one its country names it in first, every place that owns the name is a town too small
    to be named abroad and that much smaller, and the name is no word of its own name; the readings unchanged
    otherwise."""
    aliases = [c for c in candidates if c.feature_class == "city" and c.name_match == "alternate"]
    town = max(aliases, key=lambda c: c.population, default=None)
    if town is None or not language or town.population < NAMED_ABROAD_POPULATION \
            or first_languages().get(town.country_code, language) == language or any(
            c.name_match != "alternate" and (c.feature_class != "city" or c.population >= NAMED_ABROAD_POPULATION
                                              or c.population * OWNER_RATIO > town.population) for c in candidates) \
            or is_short_form(name, town):
        return candidates
    return [replace(c, name_match="name") if c is town else c for c in candidates]


def is_short_form(name: str, town: Candidate) -> bool:
    """Whether a name is one word of a town's own name of several ('Hall' of Schwäbisch Hall): a short form, which
    a text means for whatever it names, not the town's name abroad."""
    words = fold(town.name).split()
    return len(words) > 1 and fold(name) in words
