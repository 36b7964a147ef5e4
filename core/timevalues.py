"""TIMEX3 values to the interval of time they cover, and date arithmetic on calendar units."""
from __future__ import annotations

import calendar
import datetime as dt
import re

PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "EV": (18, 22), "NI": (22, 30), "DT": (8, 18)}
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
HALF_MONTHS = {"H1": 1, "H2": 7}  # the month each half of the year starts

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MINUTE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$")
HOUR = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})$")
PART = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
HALF = re.compile(r"^(\d{4})-(H1|H2)$")
QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
YEAR = re.compile(r"^(\d{4})$")
DECADE = re.compile(r"^(\d{3})X?$")
CENTURY = re.compile(r"^(\d{2})(?:XX)?$")  # English TimeBank writes "19", French "18XX"


def iso(moment: dt.datetime) -> str:
    """An ISO datetime string without seconds noise."""
    return moment.isoformat(timespec="minutes")


def add_months(day: dt.date, months: int) -> dt.date:
    """Move a date by whole months, clamping the day to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus), for the feasts that move with it."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - correction + 15) % 30
    leap_years, year_rest = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def interval_of(value: str) -> tuple[str | None, str | None, str]:
    """[start, end) in ISO datetimes and the precision of a TIMEX3 date or time value; (None, None, "") when
    the value names no real time ('2023-02-30')."""
    try:
        return calendar_interval(value)
    except ValueError:
        return None, None, ""


def calendar_interval(value: str) -> tuple[str | None, str | None, str]:
    """interval_of for values that may name impossible days (raises ValueError then)."""
    start: dt.datetime
    if m := MINUTE.match(value):
        start = dt.datetime(*map(int, m.groups()))
        return iso(start), iso(start + dt.timedelta(minutes=1)), "minute"
    if m := HOUR.match(value):
        start = dt.datetime(*map(int, m.groups()))
        return iso(start), iso(start + dt.timedelta(hours=1)), "hour"
    if m := PART.match(value):
        day = dt.datetime(int(m[1]), int(m[2]), int(m[3]))
        first, last = PART_OF_DAY_HOURS[m[4]]
        return iso(day + dt.timedelta(hours=first)), iso(day + dt.timedelta(hours=last)), "part_of_day"
    if m := DAY.match(value):
        start = dt.datetime(int(m[1]), int(m[2]), int(m[3]))
        return iso(start), iso(start + dt.timedelta(days=1)), "day"
    if m := WEEK.match(value):
        monday = dt.datetime.combine(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), dt.time())
        if m[3]:
            return iso(monday + dt.timedelta(days=5)), iso(monday + dt.timedelta(days=7)), "week"
        return iso(monday), iso(monday + dt.timedelta(days=7)), "week"
    if m := MONTH.match(value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        return (iso(dt.datetime.combine(first, dt.time())),
                iso(dt.datetime.combine(add_months(first, 1), dt.time())), "month")
    if m := SEASON.match(value):
        first_month, end_month = SEASON_MONTHS[m[2]]
        first = dt.date(int(m[1]), first_month, 1)
        return (iso(dt.datetime.combine(first, dt.time())),
                iso(dt.datetime.combine(add_months(first, end_month - first_month), dt.time())), "season")
    if m := HALF.match(value):
        first = dt.date(int(m[1]), HALF_MONTHS[m[2]], 1)
        return (iso(dt.datetime.combine(first, dt.time())), iso(dt.datetime.combine(add_months(first, 6), dt.time())),
                "half")
    if m := QUARTER.match(value):
        first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return (iso(dt.datetime.combine(first, dt.time())),
                iso(dt.datetime.combine(add_months(first, 3), dt.time())), "quarter")
    if m := YEAR.match(value):
        year = int(m[1])
        return iso(dt.datetime(year, 1, 1)), iso(dt.datetime(year + 1, 1, 1)), "year"
    if m := DECADE.match(value):
        year = int(m[1]) * 10
        return iso(dt.datetime(year, 1, 1)), iso(dt.datetime(year + 10, 1, 1)), "decade"
    if m := CENTURY.match(value):
        year = int(m[1]) * 100
        return iso(dt.datetime(max(year, 1), 1, 1)), iso(dt.datetime(year + 100, 1, 1)), "century"
    return None, None, ""
