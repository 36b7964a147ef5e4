"""The time words of every language pack (lang/<code>/time.json) as tables keyed by language, read once."""
from __future__ import annotations

import re
from typing import Any

from lang import LANGUAGES, resource


def table(name: str, convert: Any = None) -> dict[str, Any]:
    """One entry of each pack's time words, by language; a pack without it is left out."""
    packs = {language: resource(language, "time") for language in LANGUAGES}
    return {language: convert(pack[name]) if convert else pack[name]
            for language, pack in packs.items() if name in pack}


def context_pattern(name: str) -> dict[str, re.Pattern[str]]:
    """A regex of words around an expression ('âgé de', 'ago'), by language; its flags are written inline."""
    packs = {language: resource(language, "time")["context_patterns"] for language in LANGUAGES}
    return {language: re.compile(patterns[name]) for language, patterns in packs.items() if name in patterns}


def tuples(mapping: dict[str, list[Any]]) -> dict[str, tuple[Any, ...]]:
    """A word table whose values are fixed records (a unit's letter, a holiday's month and day)."""
    return {word: tuple(record) for word, record in mapping.items()}


MONTHS: dict[str, dict[str, int]] = table("months")
AMBIGUOUS_MONTHS: dict[str, set[str]] = table("ambiguous_months", set)  # taken only next to a day or a year
MONTHS_CAPITALISED: dict[str, bool] = table("months_capitalised")
NUMERIC_DATE_ORDER: dict[str, str] = table("numeric_date_order")  # 'day_month' or 'month_day'
FIRST_DAY: dict[str, tuple[str, ...]] = table("first_day", tuple)  # the first of a month as a word: '1er'
WEEKDAYS: dict[str, dict[str, int]] = table("weekdays")
PARTS_OF_DAY: dict[str, dict[str, str]] = table("parts_of_day")
RELATIVE_DAYS: dict[str, dict[str, int]] = table("relative_days")
TODAY_PARTS: dict[str, dict[str, str]] = table("today_parts")
STORY_SHIFTS: dict[str, dict[str, int]] = table("story_shifts")
NUMBERS: dict[str, dict[str, int]] = table("numbers")
SPOKEN_DECADES: dict[str, dict[str, int]] = table("spoken_decades")
THOUSANDS: dict[str, tuple[str, ...]] = table("thousands", tuple)
VAGUE_COUNTS: dict[str, tuple[str, ...]] = table("vague_counts", tuple)
VAGUE_QUANTITIES: dict[str, tuple[str, ...]] = table("vague_quantities", tuple)
UNITS: dict[str, dict[str, tuple[str, bool, str]]] = table("units", tuples)  # letter, time designator, unit name
IRREGULAR_PLURALS: dict[str, dict[str, str]] = table("irregular_plurals")
THIS: dict[str, tuple[str, ...]] = table("this", tuple)
LAST: dict[str, tuple[str, ...]] = table("last", tuple)
NEXT: dict[str, tuple[str, ...]] = table("next", tuple)
MODIFIERS: dict[str, tuple[str, ...]] = table("modifiers", tuple)
EVERY: dict[str, tuple[str, ...]] = table("every", tuple)
PRESENT_WORDS: dict[str, tuple[str, ...]] = table("present_words", tuple)
PAST_WORDS: dict[str, tuple[str, ...]] = table("past_words", tuple)
FUTURE_WORDS: dict[str, tuple[str, ...]] = table("future_words", tuple)
ORDINAL_QUARTERS: dict[str, dict[str, int]] = table("ordinal_quarters")
HALVES: dict[str, dict[str, int]] = table("halves")
FREQUENCY_WORDS: dict[str, dict[str, str]] = table("frequency_words")
NAMED_EXPRESSIONS: dict[str, dict[str, tuple[str, str]]] = table("named_expressions", tuples)  # type, value
HOLIDAYS: dict[str, dict[str, tuple[int, int, int | None]]] = table("holidays", tuples)  # month, day, weekday
EASTER_FEASTS: dict[str, dict[str, int]] = table("easter_feasts")  # days after Easter Sunday
SEASONS: dict[str, dict[str, str]] = table("seasons")
SOMEDAY: dict[str, tuple[str, ...]] = table("someday", tuple)
INDEFINITE_ARTICLES: dict[str, tuple[str, ...]] = table("indefinite_articles", tuple)
FUTURE_CUES: dict[str, tuple[str, ...]] = table("future_cues", tuple)
PLAN_CUES: dict[str, tuple[str, ...]] = table("plan_cues", tuple)
PAST_CUES: dict[str, tuple[str, ...]] = table("past_cues", tuple)
BROAD_CUES: dict[str, tuple[str, ...]] = table("broad_cues", tuple)
TENSE_PICKS_YEAR: dict[str, bool] = table("tense_picks_year")

PUBLICATION_BEFORE = context_pattern("publication_before")
DEADLINE_BEFORE = context_pattern("deadline_before")
BEHIND_BEFORE = context_pattern("behind_before")
PLAN_REVISED_BEFORE = context_pattern("plan_revised_before")
IDIOM_BEFORE = context_pattern("idiom_before")
DATE_LEAD = context_pattern("date_lead")
DURATION_LEAD = context_pattern("duration_lead")
SOMEDAY_BEFORE = context_pattern("someday_before")
ORDINAL_SECOND_AFTER = context_pattern("ordinal_second_after")
AGE_BEFORE = context_pattern("age_before")
AGE_AFTER = context_pattern("age_after")
AGE_OF_BEFORE = context_pattern("age_of_before")
QUANTITY_OF_BEFORE = context_pattern("quantity_of_before")
WHAT_LASTED_AFTER = context_pattern("what_lasted_after")
NOT_A_YEAR_AFTER = context_pattern("not_a_year_after")
FRACTION_AFTER = context_pattern("fraction_after")
CLAUSE_BOUNDARY = context_pattern("clause_boundary")
THIS_QUARTER = context_pattern("this_quarter")
