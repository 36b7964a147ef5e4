"""Normalisers of expressions resolved against the document's date or the day the story is at: days, months,
weekdays, seasons, holidays, quarters, relative units, clock times and parts of the day."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from core import timelex as lex
from core.placelex import either
from extractors.timeanchor import (Context, direction_of, nearest_tense, points_forward, shifted,
                                   tense_of, weekday_date, year_by_tense, year_of_weekday)
from extractors.timepatterns import Match, TimexValue, spoken_year
from core.timevalues import SEASON_MONTHS, add_months, easter
from extractors.timewords import month_of, number_of, unit_of
from lang import resource

UNKNOWN_DAY: TimexValue = ("DATE", "XXXX-XX-XX", "none")  # a relative date with no document date to count from


def day_month_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'le 13 septembre', 'Sept. 13, 2023', 'le 1er septembre prochain': the year the text, the weekday named with
    it, its direction word or its clause's tense gives."""
    g, language, anchor = match.groups, context.language, context.anchor
    month = month_of(g["month"], language)
    day_word = (g["day"] or "").lower()
    day = 1 if day_word in lex.FIRST_DAY[language] else int(day_word)
    if month is None:
        return None
    if g.get("year"):
        return "DATE", f"{int(g['year']):04d}-{month:02d}-{day:02d}", "absolute"
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", "none"
    if g.get("short_year"):  # 'le 10 novembre 93': the last century's year of that number
        return "DATE", f"19{g['short_year']}-{month:02d}-{day:02d}", "absolute"
    direction = direction_of([g.get("after")], language)
    if direction:  # 'le 1er septembre prochain': the next such day; 'dernier': the last
        ahead = (month, day) > (anchor.month, anchor.day)
        year = anchor.year + (0 if ahead else 1) if direction > 0 else anchor.year - (0 if not ahead else 1)
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "document"
    weekday = lex.WEEKDAYS[language].get((g.get("weekday") or "").lower())
    year = year_of_weekday(anchor, month, day, weekday) if weekday is not None else None
    year = year or year_by_tense(anchor, month, day, context)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "document"


def month_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'en juillet', 'in March': a month of the year its sentence just named, else of the year its tense suggests."""
    g, anchor = match.groups, context.anchor
    month = month_of(g.get("month") or g.get("core"), context.language)
    if month is None:
        return None
    if context.sentence_year:  # 'two breaks in 1997 (in January, in October)': that year's month
        return "DATE", f"{context.sentence_year:04d}-{month:02d}", "narrative"
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}", "none"
    return "DATE", f"{year_by_tense(anchor, month, 1, context):04d}-{month:02d}", "document"


def holiday_date(name: str, year: int, language: str) -> dt.date:
    """The day a holiday falls on in a year."""
    if name in lex.EASTER_FEASTS[language]:
        return easter(year) + dt.timedelta(days=lex.EASTER_FEASTS[language][name])
    month, day, weekday = lex.HOLIDAYS[language][name]
    first = dt.date(year, month, day)
    return first if weekday is None else first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def holiday_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """A holiday in the year the text names, else the last or next one it points to, else the one of the year its
    clause's tense and the document date suggest."""
    g, language, anchor = match.groups, context.language, context.anchor
    name = (g["holiday"] or "").lower().replace("’", "'")
    if g.get("year"):
        return "DATE", holiday_date(name, int(g["year"]), language).isoformat(), "absolute"
    if anchor is None:
        return "DATE", "XXXX-XX-XX", "none"
    this_year = holiday_date(name, anchor.year, language)
    direction = direction_of([g.get("dir"), g.get("after")], language)
    if direction < 0:
        year = anchor.year if this_year < anchor else anchor.year - 1
    elif direction > 0:
        year = anchor.year if this_year > anchor else anchor.year + 1
    else:
        year = year_by_tense(anchor, this_year.month, this_year.day, context)
    return "DATE", holiday_date(name, year, language).isoformat(), "document"


def relative_day_part_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'hier', 'demain soir', 'hier à 10 h', 'yesterday morning'."""
    g, language, anchor = match.groups, context.language, context.anchor
    if anchor is None:
        return UNKNOWN_DAY
    day = anchor + dt.timedelta(days=lex.RELATIVE_DAYS[language][(g["rel"] or "").lower().replace("’", "'")])
    if g.get("hour"):  # 'hier à 10 h'
        return "TIME", f"{day.isoformat()}T{int(g['hour']):02d}:{g.get('minute') or '00'}", "document"
    if g.get("part"):
        return "TIME", f"{day.isoformat()}T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", "document"
    return "DATE", day.isoformat(), "document"


def today_part_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'ce matin', 'tonight', 'last night'."""
    anchor = context.anchor
    if anchor is None:
        return UNKNOWN_DAY
    code = lex.TODAY_PARTS[context.language][(match.groups["today"] or "").lower()]
    day = anchor - dt.timedelta(days=1) if code.endswith("-1") else anchor
    return "TIME", f"{day.isoformat()}T{code[:2]}", "document"


def story_part_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'la nuit', 'le lendemain matin': on the day the story is at."""
    g, language = match.groups, context.language
    shift = lex.STORY_SHIFTS.get(language, {}).get((g.get("shift") or "").lower(), 0)
    day = (context.day_before if shift else None) or context.story_day or context.anchor  # 'Le lendemain, lundi 27':
    # the day after the one told before, which its sentence then names
    if context.anchor is None or day is None:
        return None
    day += dt.timedelta(days=shift)
    part = next((g[k] for k in ("part", "part2", "part3", "part4") if g.get(k)), None)
    if part is None:
        return "DATE", day.isoformat(), "narrative"
    return "TIME", f"{day.isoformat()}T{lex.PARTS_OF_DAY[language][part.lower().replace('’', chr(39))]}", "narrative"


def anaphoric_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'that year', 'the following month': the year or month of the last date the text named (else of the document
    date), moved on by one for 'following'."""
    if context.anchor is None:
        return None
    point = context.earlier or context.anchor.isoformat()
    shift = 1 if match.groups.get("following") else 0
    unit = unit_of(match.groups.get("unit"), context.language)
    if unit and unit[2] == "year":
        return "DATE", f"{int(point[:4]) + shift:04d}", "narrative"
    if len(point) < 7:
        return None
    moved = add_months(dt.date(int(point[:4]), int(point[5:7]), 1), shift)
    return "DATE", f"{moved.year:04d}-{moved.month:02d}", "narrative"


def day_only_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'Le 26': that day of the month the story last named, else of the document's month (the month before when the
    day is still to come)."""
    if context.anchor is None:
        return None
    day_word = (match.groups["day"] or "").lower()
    day = 1 if day_word in lex.FIRST_DAY[context.language] else int(day_word)
    point = context.earlier if context.earlier and len(context.earlier) >= 7 else None
    month = dt.date(int(point[:4]), int(point[5:7]), 1) if point else context.anchor.replace(day=1)
    if point is None and day > context.anchor.day:
        month = add_months(month, -1)
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return "DATE", month.replace(day=day).isoformat(), "narrative"


def ago_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'il y a trois ans', 'two weeks ago'; in a story about a quarter, 'a year ago' is that quarter then."""
    g, language, anchor = match.groups, context.language, context.anchor
    if anchor is None:
        return UNKNOWN_DAY
    unit = unit_of(g.get("unit"), language)
    number = number_of(g.get("number"), language)
    if unit is None:
        return None
    if g.get("vague") or number is None:
        return "DATE", "PAST_REF", "document"
    shift = -int(number)
    if unit[2] == "year" and context.quarter:
        return "DATE", f"{int(context.quarter[:4]) + shift:04d}{context.quarter[4:]}", "narrative"
    return "DATE", shifted(anchor, unit[2], shift), "document"


def month_shift_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'last March', 'juin dernier', 'June last year'."""
    g, language, anchor = match.groups, context.language, context.anchor
    if anchor is None:
        return None
    month = month_of(g.get("month") or g.get("of_year"), language)
    if month is None:
        return None
    if g.get("year_dir"):  # 'June last year': that month of the year named
        return "DATE", f"{anchor.year + direction_of([g['year_dir']], language):04d}-{month:02d}", "document"
    direction = direction_of([g.get("dir")], language)
    year = anchor.year + (direction if (direction < 0 and month >= anchor.month)
                          or (direction > 0 and month <= anchor.month) else 0)
    return "DATE", f"{year:04d}-{month:02d}", "document"


def story_relative(match: Match, language: str) -> bool:
    """'the next day', 'the previous day', 'le jour suivant', 'plus tôt dans la journée': a day counted from the day
    the story is at, not from the document's."""
    unit = unit_of(match.groups.get("unit"), language)
    return unit is not None and unit[2] == "day" and bool(match.groups.get("article"))


def relative_unit_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'cette année', 'last week', 'la semaine dernière', 'the next day'; not 'a vu le jour' (was born)."""
    g, language, anchor = match.groups, context.language, context.anchor
    if lex.IDIOM_BEFORE[language].search(text[max(0, match.start - 12):match.start]):
        return None
    if anchor is None:
        return UNKNOWN_DAY
    unit = unit_of(g.get("unit"), language)
    if unit is None or unit[1]:
        return None
    direction = direction_of([g.get("dir"), g.get("after")], language)
    if unit[2] == "weekend" and not direction and anchor.weekday() < 5 and nearest_tense(context) == "past":
        direction = -1  # 'ils se sont rendus ce week-end': the weekend just past, not the coming one
    if story_relative(match, language) and context.story_day:
        return "DATE", shifted(context.day_before or context.story_day, "day", direction), "narrative"
    return "DATE", shifted(anchor, unit[2], direction), "document"


def season_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """A season of the year the words point to: 'the winter of 1994', 'this past spring' is the last one begun,
    'en été' in a clause with no tense ('les ventes augmentent en été') any summer."""
    g, anchor = match.groups, context.anchor
    if anchor is None:
        return UNKNOWN_DAY
    code = lex.SEASONS[context.language][(g["season"] or "").lower()]
    if g.get("year") or g.get("spoken"):
        return "DATE", f"{g['year'] or spoken_year(g['spoken'] or '', context.language)}-{code}", "absolute"
    if g.get("past"):
        year = anchor.year if SEASON_MONTHS[code][0] <= anchor.month else anchor.year - 1
        return "DATE", f"{year:04d}-{code}", "document"
    direction = direction_of([g.get("dir"), g.get("dir2"), g.get("after")], context.language)
    if g.get("bare") is not None and not direction and not nearest_tense(context):
        return "DATE", f"XXXX-{code}", "none"
    return "DATE", f"{anchor.year + direction:04d}-{code}", "document"


def weekday_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """A weekday resolved to the date the sentence points to, with its part of day if named."""
    g, language, anchor = match.groups, context.language, context.anchor
    if g.get("day") and g.get("month"):  # 'dimanche 30 novembre (2025)': the day named, the weekday its check
        dated = day_month_value(match, text, context)
        if dated is None or not g.get("part") or dated[1].startswith("XXXX"):
            return dated
        return "TIME", f"{dated[1]}T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", dated[2]
    if anchor is None:
        return ("DATE", f"XXXX-WXX-{lex.WEEKDAYS[language][g['weekday'].lower()] + 1}", "none") \
            if g.get("weekday") else None
    weekday = lex.WEEKDAYS[language][(g["weekday"] or "").lower()]
    direction = direction_of([g.get("after"), g.get("before")], language)
    forward = direction > 0 or (direction == 0 and weekday_ahead(weekday, context))
    day = weekday_date(anchor, weekday, forward)
    if direction < 0 and day == anchor:
        day -= dt.timedelta(days=7)
    if g.get("part"):
        return "TIME", f"{day.isoformat()}T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", "document"
    return "DATE", day.isoformat(), "document"


def weekday_ahead(weekday: int, context: Context) -> bool:
    """Whether a bare weekday is the coming one: its clause's tense says so, else a possessive ('Friday's close')
    names a day past, else the nearer of the two (the past one on a tie); where the anchor is only the latest day
    the text named, a day told in the past may follow it ('a frappé dimanche 30 novembre ... s'est rendu lundi')."""
    assert context.anchor is not None
    if possessive(context.language).match(context.clause, context.position[1]):
        return False
    tense = nearest_tense(context) or tense_of(context.sentence, context.language)
    if tense and not (tense == "past" and context.anchor_guessed):
        return tense == "future"
    return (weekday - context.anchor.weekday()) % 7 < (context.anchor.weekday() - weekday) % 7


@lru_cache(maxsize=None)
def possessive(language: str) -> re.Pattern[str]:
    """A possessive ending right after an expression ('Friday's close'), as the language's place words write it."""
    return re.compile(rf"(?:{either('possessives', language)})\b")


def the_weekend_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'over the weekend': the one just past, unless the clause looks ahead."""
    anchor = context.anchor
    if anchor is None:
        return None
    ahead = match.groups.get("ahead") or nearest_tense(context) == "future"
    saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 if ahead else -((anchor.weekday() - 5) % 7))
    year, week, _ = saturday.isocalendar()
    return "DATE", f"{year:04d}-W{week:02d}-WE", "document"


def the_year_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'for the year ended June 30' is a year's span; 'earlier in the year' is this year."""
    if match.groups.get("ended"):
        return "DURATION", "P1Y", "none"
    return ("DATE", f"{context.anchor.year:04d}", "document") if context.anchor else None


def quarter_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'the third quarter': the latest such quarter; 'the quarter', 'the latest period': the last one reported;
    'this quarter': now; 'the year-ago period', 'year-earlier profit': the story's quarter a year back."""
    anchor = context.anchor
    ordinal_word = match.groups.get("ordinal") or match.groups.get("adjective") or ""
    ordinal = lex.ORDINAL_QUARTERS[context.language].get(ordinal_word.lower())
    if anchor is None:
        return "DATE", f"XXXX-Q{ordinal}" if ordinal else "XXXX-QX", "none"
    current = (anchor.month - 1) // 3 + 1
    year = match.groups.get("qyear") or match.groups.get("ofyear")
    relative = match.groups.get("rel")  # 'last year's second quarter'
    shift = direction_of([relative], context.language) if relative else None
    if year or shift is not None or match.groups.get("ago") or match.groups.get("alone"):
        story = context.quarter or f"{anchor.year if current > 1 else anchor.year - 1:04d}-Q{(current - 2) % 4 + 1}"
        number = ordinal or int(story[-1])
        if year:
            return "DATE", f"{int(year):04d}-Q{number}", "document"
        base = anchor.year + shift if shift is not None else int(story[:4]) - 1  # 'year-ago': the story's, a year back
        return "DATE", f"{base:04d}-Q{number}", "document"
    if ordinal:
        return "DATE", f"{anchor.year if ordinal <= current else anchor.year - 1:04d}-Q{ordinal}", "document"
    if lex.THIS_QUARTER[context.language].match(text, match.start, match.end):
        return "DATE", f"{anchor.year:04d}-Q{current}", "document"
    return "DATE", f"{anchor.year if current > 1 else anchor.year - 1:04d}-Q{(current - 2) % 4 + 1}", "document"


def clock_day(g: dict[str, str | None], context: Context) -> dt.date | None:
    """The day a clock time names after it ('9 a.m. Tuesday', '5 p.m. EST, Nov. 6'), read like a lone weekday or date;
    a deadline ('until 9 a.m. Tuesday') is ahead."""
    anchor, language = context.anchor, context.language
    if anchor is None:
        return None
    if g.get("weekday"):
        deadline = lex.DEADLINE_BEFORE[language].search(context.clause[:context.position[0]])
        forward = bool(deadline) or points_forward(context)
        return weekday_date(anchor, lex.WEEKDAYS[language][(g["weekday"] or "").lower()], forward)
    month = month_of(g.get("month"), language)
    if month and g.get("day"):
        return dt.date(year_by_tense(anchor, month, int(g["day"] or "0"), context), month, int(g["day"] or "0"))
    return None


def time_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'11 h 43', '11:43 a.m.', '9 a.m. Tuesday': on the day it names, else its sentence's, else the story's."""
    g = match.groups
    hour = "12" if g.get("noon") else g.get("hour") or g.get("hour24") or "0"
    minute = g.get("minute") or g.get("minute24") or "00"
    hour_value = int(hour)
    half_day = resource(context.language, "clock")["meridiem"].get((g.get("ampm") or "").lower())
    if half_day is not None:  # '12 a.m.' is midnight, '12 p.m.' noon, '5 p.m.' 17:00
        hour_value = hour_value % 12 + half_day
    day = clock_day(g, context) or context.sentence_date or context.story_day or context.anchor
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{hour_value:02d}:{minute}", "document" if day else "none"


def clock_hours_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'à 14 heures', 'vers midi', 'at midday': on the day its sentence, else the story, is at."""
    g = match.groups
    day = context.sentence_date or context.story_day or context.anchor
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    hour = 12 if g.get("noon") else 24 if g.get("midnight") else int(g["hour"] or "0")
    return "TIME", f"{prefix}T{hour:02d}:{g.get('minute') or '00'}", "document" if day else "none"
