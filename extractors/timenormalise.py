"""The normaliser of each TIMEX3 rule, keyed by the rule's name in the language packs' timepatterns.json: one table
ties a pattern to what its matches mean."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from extractors import timecalendar as cal
from extractors import timeliteral as lit
from extractors.timeanchor import Context
from extractors.timepatterns import Match, TimexValue

IMPOSSIBLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a value that names a day, to be checked against the calendar


def never(match: Match, language: str) -> bool:
    """A rule resolved on the first pass, with the other expressions."""
    return False


def always(match: Match, language: str) -> bool:
    """A rule resolved on the day the story is at, once the other expressions are known."""
    return True


@dataclass(frozen=True)
class Rule:
    """What a rule's matches mean, and how the tagger treats them."""

    normalise: Callable[[Match, str, Context], TimexValue | None]
    dated_lead: bool = False  # 'early', 'later', 'the end of' before it belong to the expression
    counted_lead: bool = False  # 'the' before a counted span belongs to it ('the nine months')
    on_story_day: Callable[[Match, str], bool] = never  # resolved after the others, on the story's day


RULES: dict[str, Rule] = {
    "iso": Rule(lit.iso_value),
    "numeric": Rule(lit.numeric_value),
    "decade": Rule(lit.decade_value),
    "century": Rule(lit.century_value),
    "year": Rule(lit.year_value, dated_lead=True),
    "month_year": Rule(lit.month_year_value, dated_lead=True),
    "half_year": Rule(lit.half_year_value),
    "duration": Rule(lit.span_value, counted_lead=True),
    "bare_duration": Rule(lit.span_value),
    "unit_long": Rule(lit.unit_long_value),
    "named": Rule(lit.named_value),
    "frequency": Rule(lit.frequency_value),
    "every": Rule(lit.every_value),
    "present": Rule(lit.reference_value),
    "past": Rule(lit.reference_value),
    "future": Rule(lit.reference_value),
    "day_month": Rule(cal.day_month_value, dated_lead=True),
    "month_day": Rule(cal.day_month_value, dated_lead=True),
    "month": Rule(cal.month_value, dated_lead=True),
    "holiday": Rule(cal.holiday_value),
    "relative_day_part": Rule(cal.relative_day_part_value, dated_lead=True),
    "today_part": Rule(cal.today_part_value),
    "story_part": Rule(cal.story_part_value, on_story_day=always),
    "anaphoric": Rule(cal.anaphoric_value, on_story_day=always),
    "day_only": Rule(cal.day_only_value, on_story_day=always),
    "ago": Rule(cal.ago_value),
    "month_shift": Rule(cal.month_shift_value),
    "relative_unit": Rule(cal.relative_unit_value, dated_lead=True, on_story_day=cal.story_relative),
    "season": Rule(cal.season_value, dated_lead=True),
    "weekday": Rule(cal.weekday_value, dated_lead=True),
    "the_weekend": Rule(cal.the_weekend_value),
    "the_year": Rule(cal.the_year_value, dated_lead=True),
    "quarter": Rule(cal.quarter_value, dated_lead=True),
    "time": Rule(cal.time_value, on_story_day=always),
    "clock_hours": Rule(cal.clock_hours_value, on_story_day=always),
}


def normalise(match: Match, text: str, context: Context) -> TimexValue | None:
    """TIMEX3 (type, value, anchor kind) of a match by its rule's normaliser; None if it is no time expression or
    names no real day."""
    try:
        result = RULES[match.kind].normalise(match, text, context)
        if result is not None and IMPOSSIBLE_DAY.match(result[1]):
            dt.date.fromisoformat(result[1][:10])
    except (ValueError, OverflowError):
        return None  # '31/02/2023', 'mardi 31 septembre': they look like dates but are none
    return result
