"""Find time expressions in French and English and normalise them to TIMEX3, HeidelTime-style, by rule."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import timelex as lex
from extractors.entities import normalise_for_nlp
from extractors.model import TimeExpression
from extractors.sentences import sentence_spans
from extractors.timeanchor import (Context, clause_around, direction_of, nearest_tense, nearest_year, points_forward,
                                  shifted, tense_of, weekday_date, year_by_tense, year_of_weekday)
from extractors.timepatterns import alternation, patterns, roman_number, spoken_year
from extractors.timevalues import SEASON_MONTHS, add_months, easter, interval_of

NOT_A_YEAR_AFTER = re.compile(  # '2000 morts', '1500 €', '2000 kilomètres': a count, not a year
    r"^\s*(?:%|\$|€|[.,]\d|(?:km|kilo\w*|m|mètres|metres|meters|miles|euros?|dollars?|personnes|people|habitants|"
    r"soldats|troops|tonnes|tons|morts|dead|deaths|victimes|victims|blessés|injured|wounded|civils|civilians|enfants|"
    r"children|maisons|houses|homes|réfugiés|refugees|déplacés|displaced|manifestants|protesters)\b)", re.IGNORECASE)
# 'N and a half' units as TIMEX3 writes them: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
HALF_UNITS = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H", ("H", True): "30M", ("M", True): "30S"}
CALENDAR_POINT = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a year, month or day: what 'that year' can refer to
# 'a quarter of the market': a share; 'three quarters of 1990' stays a span of time.
FRACTION_AFTER = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?(?:19|20)\d\d\b)", re.IGNORECASE)
IMPOSSIBLE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
TITLE = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+)+[A-Z][\w'’-]*")  # every word capitalised: 'This Week', '60 Minutes'
QUOTE_BEFORE = re.compile(r"[\"“`']\s*$")


@dataclass
class Match:
    """A raw match before normalisation."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


# Dates that 'early', 'later' or 'the end of' can modify.
MODIFIABLE_KINDS = ("relative_unit", "relative_day_part", "weekday", "year", "month", "month_year", "day_month",
                    "month_day", "the_year", "season", "quarter")
# Resolved on the story's day or its last date, after the other expressions.
STORY_KINDS = ("time", "clock_hours", "story_part", "anaphoric", "day_only")


def extent(match: re.Match[str]) -> tuple[int, int]:
    """A match's span, narrowed to its 'core' group when the rule reads context it does not tag."""
    if "core" in match.re.groupindex and match.group("core"):
        return match.span("core")
    return match.span()


def find_matches(text: str, language: str) -> list[Match]:
    """Every rule's matches, then the longest of overlapping ones (earliest first on ties)."""
    found = [Match(*extent(m), kind, m.groupdict())
             for kind, pattern in patterns(language) for m in pattern.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    starts: list[int] = []  # the kept matches, disjoint, in text order: the one before a match is all to check
    taken: list[Match] = []
    for match in found:
        slot = bisect.bisect_left(starts, match.end)
        if slot == 0 or taken[slot - 1].end <= match.start:
            starts.insert(slot, match.start)
            taken.insert(slot, match)
    return [widened(match, text, language) for match in taken]


def widened(match: Match, text: str, language: str) -> Match:
    """A match with the words TimeML tags along with it before it ('earlier this year', 'the nine months')."""
    before = text[max(0, match.start - 24):match.start]
    if match.kind in MODIFIABLE_KINDS:
        lead = lex.DATE_LEAD[language].search(before)
    elif match.kind == "duration" and "-" not in text[match.start:match.end] and match.groups.get("number"):
        lead = lex.DURATION_LEAD[language].search(before)
    else:
        lead = None
    return Match(match.start - len(lead.group()), match.end, match.kind, match.groups) if lead else match


def number_of(word: str | None, language: str) -> float | None:
    """A number written in digits or words."""
    if word is None:
        return None
    word = word.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return lex.NUMBERS[language].get(word)


def unit_of(word: str | None, language: str) -> tuple[str, bool, str] | None:
    """The TIMEX3 unit of a unit word, plural or not."""
    if not word:
        return None
    word = word.lower().replace("’", "'")
    units = lex.UNITS[language]
    for irregular_singular, plural in lex.IRREGULAR_PLURALS[language].items():
        if word == plural:
            return units[irregular_singular]
    for candidate in (word, word.rstrip("sx"), word[:-1]):
        if candidate in units:
            return units[candidate]
    return None


def month_of(word: str | None, language: str) -> int | None:
    """A month number from its name or abbreviation; English writes months capitalised, so 'this march' and
    'may' are words, not months."""
    if not word or (language == "en" and word.islower() and word.rstrip(".") in lex.AMBIGUOUS_MONTHS["en"]):
        return None
    return lex.MONTHS[language].get(word.lower().rstrip("."))


def duration_value(number: float | None, unit: tuple[str, bool, str], vague: bool) -> str:
    """A TIMEX3 duration: P18M, PT4H, PXY."""
    letter, is_time, name = unit
    if name == "fortnight" and number is not None:
        number *= 2
    if letter in ("DE", "CE"):
        letter, number = "Y", (None if number is None else number * (10 if letter == "DE" else 100))
    if letter == "WE":
        letter, number = "D", None if number is None else number * 2
    if number is not None and not vague and number % 1 == 0.5 and (letter, is_time) in HALF_UNITS:
        return f"P{'T' if is_time else ''}{int(number)}{letter}{HALF_UNITS[letter, is_time]}"
    amount = "X" if vague or number is None else (str(int(number)) if float(number).is_integer() else str(number))
    return f"P{'T' if is_time else ''}{amount}{letter}"


@lru_cache(maxsize=None)
def counted_pattern(language: str) -> re.Pattern[str]:
    """A number or vague quantity word opening what follows ('three', '20', 'few')."""
    words = [w for w in lex.NUMBERS[language] if len(w) > 2] + ["few", "several", "couple"]
    return re.compile(rf"\s+(?:\d|(?:{alternation(words)})\b)", re.IGNORECASE)


def counted_after(text: str, end: int, language: str) -> bool:
    """Whether a count follows a position ('the past | three summers')."""
    return bool(counted_pattern(language).match(text, end))


def is_age(text: str, match: Match, language: str) -> bool:
    """Whether 'N ans' / 'N years' gives someone's age ('un homme de 20 ans', 'Pierre, 20 ans,'), not a duration."""
    before = text[max(0, match.start - 25):match.start]
    after = text[match.end:match.end + 6]
    apposition = re.search(r"[,(]\s*$", before) and re.match(r"\s*(?:[,);]|\.(?!\d))", after)
    noun_of_age = language in lex.AGE_OF_BEFORE and lex.AGE_OF_BEFORE[language].search(before) \
        and not lex.QUANTITY_OF_BEFORE[language].search(before) and not lex.WHAT_LASTED_AFTER[language].match(after)
    return bool(lex.AGE_BEFORE[language].search(before) or lex.AGE_AFTER[language].match(after) or apposition
                or noun_of_age)


def normalise(match: Match, text: str, context: Context) -> tuple[str, str, str] | None:
    """TIMEX3 (type, value, anchor kind) of a match; None if it is no time expression or names no real day."""
    try:
        result = read_value(match, text, context)
        if result is not None and IMPOSSIBLE_DAY.match(result[1]):
            dt.date.fromisoformat(result[1][:10])
    except (ValueError, OverflowError):
        return None  # '31/02/2023', 'mardi 31 septembre': they look like dates but are none
    return result


def read_value(match: Match, text: str, context: Context) -> tuple[str, str, str] | None:
    """TIMEX3 (type, value, anchor kind) of a match, or None if it is no time expression after all."""
    g, language, anchor = match.groups, context.language, context.anchor
    kind = match.kind
    if kind == "iso":
        return "DATE", f"{g['year']}-{g['month']}-{g['day']}", "absolute"
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        day, month = (a, b) if language == "fr" else (b, a)
        year = int(g["year"]) if len(g["year"]) == 4 else 2000 + int(g["year"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "absolute"
    if kind == "decade":  # French TimeBank writes a decade '196X', English TimeBank mostly '196'
        spoken = lex.SPOKEN_DECADES.get(language, {}).get((g.get("spoken") or "").lower())
        decade = g["decade"] or (f"19{spoken}" if spoken else f"19{g['short'][0]}")
        return "DATE", f"{decade}X" if language == "fr" else decade, "absolute"
    if kind == "century":  # 'the 20th century' is '19' in English TimeBank, 'le XIXe siècle' '18XX' in French
        number = int(g["ordinal"]) if g.get("ordinal") else roman_number(g["roman"] or "")
        return ("DATE", f"{number - 1:02d}{'XX' if language == 'fr' else ''}", "absolute") if 0 < number <= 21 else None
    if kind == "the_weekend":  # 'over the weekend': the one just past, unless the clause looks ahead
        if anchor is None:
            return None
        ahead = g.get("ahead") or nearest_tense(context) == "future"
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 if ahead else -((anchor.weekday() - 5) % 7))
        year, week, _ = saturday.isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}-WE", "document"
    if kind == "the_year":  # 'for the year ended June 30' is a year's span; 'earlier in the year' is this year
        if g.get("ended"):
            return "DURATION", "P1Y", "none"
        return ("DATE", f"{anchor.year:04d}", "document") if anchor else None
    if kind == "relative_unit" and lex.IDIOM_BEFORE[language].search(text[max(0, match.start - 12):match.start]):
        return None
    if kind in ("present", "past", "future"):
        if kind != "present" and counted_after(text, match.end, language):
            return None  # 'the past three summers' is a span the duration rules read
        reference = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}[kind]
        return lex.REFERENCE_TYPE[language], reference, "document"
    if kind == "year":
        if NOT_A_YEAR_AFTER.match(text[match.end:match.end + 12]):
            return None
        if g.get("short"):
            return "DATE", f"19{g['short']}", "absolute"
        return "DATE", g["year"] or f"{spoken_year(g['spoken'], language):04d}", "absolute"
    if kind in ("duration", "bare_duration"):
        unit = unit_of(g.get("unit"), language)
        if unit is None or (unit[2] == "year" and is_age(text, match, language)):
            return None
        if unit[2] == "quarter" and FRACTION_AFTER.match(text, match.end):
            return None  # 'a quarter of the market', 'three-quarters of its food': a share, not a time
        if unit[2] == "second" and (g.get("number") or "").lower() in ("a", "an", "un", "une") \
                and lex.ORDINAL_SECOND_AFTER[language].match(text, match.end):
            return None  # 'a second betrayal', 'une seconde fois': the ordinal
        if text[match.start:match.end].lower() in lex.SOMEDAY[language] \
                and lex.SOMEDAY_BEFORE[language].search(text[max(0, match.start - 12):match.start]):
            return lex.REFERENCE_TYPE[language], "FUTURE_REF", "document"
        vague = kind == "bare_duration" or bool(g.get("vague"))
        number = number_of(g.get("number"), language)
        if number is not None and (g.get("half") or g.get("and_half")):
            number += 0.5
        return "DURATION", duration_value(number, unit, vague), "none"
    if kind == "half_year":  # 'the last half of 1989': a half of the year, as TIMEX3 writes it (1989-H2)
        return "DATE", f"{g['year']}-H{1 if g['half'].lower() in ('first', 'premier') else 2}", "absolute"
    if kind == "unit_long":  # 'a day-long meeting' lasts a day, 'a decades-long battle' some decades
        unit = unit_of(g["unit"], language)
        plural = text[match.start:match.end].lower().endswith("s-long")
        return ("DURATION", duration_value(1, unit, plural), "none") if unit else None
    if kind == "named":
        return (*lex.NAMED_EXPRESSIONS[language][text[match.start:match.end].lower().replace("’", "'")], "none")
    if kind == "frequency":
        before = text[max(0, match.start - 20):match.start]
        if language in lex.PUBLICATION_BEFORE and lex.PUBLICATION_BEFORE[language].search(before):
            return None  # 'les quotidiens', 'la presse quotidienne': newspapers, not a frequency
        return "SET", lex.FREQUENCY_WORDS[language][g["frequency"].lower()], "none"
    if kind == "quarter":
        return quarter_value(match, text, context)
    if kind == "every":
        if g.get("weekday"):
            return "SET", f"XXXX-WXX-{lex.WEEKDAYS[language][g['weekday'].lower().rstrip('s')] + 1}", "none"
        if g.get("part"):
            return "SET", f"T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", "none"
        unit = unit_of(g.get("unit"), language)
        return ("SET", duration_value(1, unit, False), "none") if unit else None
    if kind == "time":
        hour = "12" if g.get("noon") else g.get("hour") or g.get("hour24")
        minute = g.get("minute") or g.get("minute24") or "00"
        hour_value = int(hour)
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour_value < 12:
            hour_value += 12
        if ampm.startswith("a") and hour_value == 12:
            hour_value = 0
        day = clock_day(g, context) or context.sentence_date or context.story_day or anchor
        prefix = day.isoformat() if day else "XXXX-XX-XX"
        return "TIME", f"{prefix}T{hour_value:02d}:{minute}", "document" if day else "none"
    if kind == "clock_hours":
        day = context.sentence_date or context.story_day or anchor
        prefix = day.isoformat() if day else "XXXX-XX-XX"
        hour = 12 if g.get("noon") else 24 if g.get("midnight") else int(g["hour"])
        return "TIME", f"{prefix}T{hour:02d}:{g.get('minute') or '00'}", "document" if day else "none"
    return normalise_calendar(match, context)


def clock_day(g: dict[str, str | None], context: Context) -> dt.date | None:
    """The day a clock time names after it ('9 a.m. Tuesday', '5 p.m. EST, Nov. 6'), read like a lone weekday or date;
    a deadline ('until 9 a.m. Tuesday') is ahead."""
    anchor, language = context.anchor, context.language
    if anchor is None:
        return None
    if g.get("weekday"):
        deadline = lex.DEADLINE_BEFORE[language].search(context.clause[:context.position[0]])
        forward = bool(deadline) or points_forward(context)
        return weekday_date(anchor, lex.WEEKDAYS[language][g["weekday"].lower()], forward)
    month = month_of(g.get("month"), language)
    if month and g.get("day"):
        return dt.date(year_by_tense(anchor, month, int(g["day"]), context), month, int(g["day"]))
    return None


def quarter_value(match: Match, text: str, context: Context) -> tuple[str, str, str]:
    """'the third quarter': the latest such quarter; 'the quarter', 'the latest period': the last one reported;
    'this quarter': now; 'the year-ago period', 'year-earlier profit': the story's quarter a year back."""
    anchor = context.anchor
    ordinal_word = match.groups.get("ordinal") or match.groups.get("adjective") or ""
    ordinal = lex.ORDINAL_QUARTERS[context.language].get(ordinal_word.lower())
    if anchor is None:
        return "DATE", f"XXXX-Q{ordinal}" if ordinal else "XXXX-QX", "none"
    current = (anchor.month - 1) // 3 + 1
    year = match.groups.get("qyear") or match.groups.get("ofyear")
    shift = {"this": 0, "last": -1, "next": 1}.get((match.groups.get("rel") or "").lower())
    if year or shift is not None or match.groups.get("ago") or match.groups.get("alone"):
        story = context.quarter or f"{anchor.year if current > 1 else anchor.year - 1:04d}-Q{(current - 2) % 4 + 1}"
        number = ordinal or int(story[-1])
        if year:
            return "DATE", f"{int(year):04d}-Q{number}", "document"
        base = anchor.year + shift if shift is not None else int(story[:4]) - 1  # 'year-ago': the story's, a year back
        return "DATE", f"{base:04d}-Q{number}", "document"
    if ordinal:
        return "DATE", f"{anchor.year if ordinal <= current else anchor.year - 1:04d}-Q{ordinal}", "document"
    if re.match(r"(?:this|the current|current|ce)\b", text[match.start:match.end], re.IGNORECASE):
        return "DATE", f"{anchor.year:04d}-Q{current}", "document"
    return "DATE", f"{anchor.year if current > 1 else anchor.year - 1:04d}-Q{(current - 2) % 4 + 1}", "document"


def normalise_calendar(match: Match, context: Context) -> tuple[str, str, str] | None:
    """Dates named by calendar words: days, months, weekdays, seasons, relative units."""
    g, language, anchor, kind = match.groups, context.language, context.anchor, match.kind
    if kind in ("day_month", "month_day"):
        month = month_of(g["month"], language)
        day_word = (g["day"] or "").lower()
        day = 1 if day_word in ("1er", "premier") else int(day_word)
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
        weekday = lex.WEEKDAYS[language].get((g.get("weekday") or "").lower().rstrip("s"))
        year = year_of_weekday(anchor, month, day, weekday) if weekday is not None else None
        year = year or year_by_tense(anchor, month, day, context)
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "document"
    if kind == "month_year":
        month = month_of(g["month"], language)
        year = int(g["year"]) if g["year"] else 1900 + int(g["short"]) if g.get("short") \
            else spoken_year(g["spoken"] or "", language)
        return ("DATE", f"{year:04d}-{month:02d}", "absolute") if month else None
    if kind == "month":
        month = month_of(g.get("month") or g.get("core"), language)
        if month is None:
            return None
        if context.sentence_year:  # 'two breaks in 1997 (in January, in October)': that year's month
            return "DATE", f"{context.sentence_year:04d}-{month:02d}", "narrative"
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}", "none"
        return "DATE", f"{year_by_tense(anchor, month, 1, context):04d}-{month:02d}", "document"
    if kind == "holiday":
        return holiday_value(match, context)
    if anchor is None:
        return unanchored(match, language)
    if kind == "relative_day_part":
        day = anchor + dt.timedelta(days=lex.RELATIVE_DAYS[language][g["rel"].lower().replace("’", "'")])
        if g.get("hour"):  # 'hier à 10 h'
            return "TIME", f"{day.isoformat()}T{int(g['hour']):02d}:{g.get('minute') or '00'}", "document"
        if g.get("part"):
            return "TIME", f"{day.isoformat()}T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", "document"
        return "DATE", day.isoformat(), "document"
    if kind == "anaphoric":
        return anaphoric_value(match, context)
    if kind == "day_only":
        return day_only_value(match, context)
    if kind == "story_part":  # 'la nuit', 'le lendemain matin': on the day the story is at
        day = context.story_day or context.anchor
        if day is None:
            return None
        day += dt.timedelta(days={"le lendemain": 1, "la veille": -1}.get((g.get("shift") or "").lower(), 0))
        part = next((g[k] for k in ("part", "part2", "part3", "part4") if g.get(k)), None)
        if part is None:
            return "DATE", day.isoformat(), "narrative"
        return "TIME", f"{day.isoformat()}T{lex.PARTS_OF_DAY[language][part.lower().replace('’', chr(39))]}", "narrative"
    if kind == "today_part":
        code = lex.TODAY_PARTS[language][g["today"].lower()]
        day = anchor - dt.timedelta(days=1) if code.endswith("-1") else anchor
        return "TIME", f"{day.isoformat()}T{code[:2]}", "document"
    if kind == "ago":
        unit = unit_of(g.get("unit"), language)
        number = number_of(g.get("number"), language)
        if unit is None:
            return None
        if g.get("vague") or number is None:
            return "DATE", "PAST_REF", "document"
        shift = -int(number)
        if unit[2] == "year" and context.quarter:  # in a story about a quarter, "a year ago" is that quarter then
            return "DATE", f"{int(context.quarter[:4]) + shift:04d}{context.quarter[4:]}", "narrative"
        return "DATE", shifted(anchor, unit[2], shift), "document"
    if kind == "month_shift":
        month = month_of(g.get("month") or g.get("of_year"), language)
        if month is None:
            return None
        if g.get("year_dir"):  # 'June last year': that month of the year named
            return "DATE", f"{anchor.year + direction_of([g['year_dir']], language):04d}-{month:02d}", "document"
        direction = direction_of([g.get("dir")], language)
        year = anchor.year + (direction if (direction < 0 and month >= anchor.month)
                              or (direction > 0 and month <= anchor.month) else 0)
        return "DATE", f"{year:04d}-{month:02d}", "document"
    if kind == "relative_unit":
        unit = unit_of(g.get("unit"), language)
        if unit is None or unit[1]:
            return None
        direction = direction_of([g.get("dir"), g.get("after")], language)
        if unit[2] == "weekend" and not direction and anchor.weekday() < 5 and nearest_tense(context) == "past":
            direction = -1  # 'ils se sont rendus ce week-end': the weekend just past, not the coming one
        if story_relative(match, language) and context.story_day:
            return "DATE", shifted(context.story_day, "day", direction), "narrative"
        return "DATE", shifted(anchor, unit[2], direction), "document"
    if kind == "season":
        code = lex.SEASONS[language][g["season"].lower()]
        if g.get("year") or g.get("spoken"):  # 'the winter of 1994'
            return "DATE", f"{g['year'] or spoken_year(g['spoken'] or '', language)}-{code}", "absolute"
        return season_value(g, code, context)
    if kind == "weekday":
        return weekday_value(match, context)
    return None


def season_value(g: dict[str, str | None], code: str, context: Context) -> tuple[str, str, str]:
    """A season of the year the words point to: 'this past spring' is the last one begun, 'en été' in a clause
    with no tense ('les ventes augmentent en été') any summer."""
    assert context.anchor is not None
    anchor = context.anchor
    if g.get("past"):
        year = anchor.year if SEASON_MONTHS[code][0] <= anchor.month else anchor.year - 1
        return "DATE", f"{year:04d}-{code}", "document"
    direction = direction_of([g.get("dir"), g.get("dir2"), g.get("after")], context.language)
    if g.get("bare") is not None and not direction and not nearest_tense(context):
        return "DATE", f"XXXX-{code}", "none"
    return "DATE", f"{anchor.year + direction:04d}-{code}", "document"


def holiday_date(name: str, year: int, language: str) -> dt.date:
    """The day a holiday falls on in a year."""
    if name in lex.EASTER_FEASTS[language]:
        return easter(year) + dt.timedelta(days=lex.EASTER_FEASTS[language][name])
    month, day, weekday = lex.HOLIDAYS[language][name]
    first = dt.date(year, month, day)
    return first if weekday is None else first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def holiday_value(match: Match, context: Context) -> tuple[str, str, str]:
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


def anaphoric_value(match: Match, context: Context) -> tuple[str, str, str] | None:
    """'that year', 'the following month': the year or month of the last date the text named (else of the document
    date), moved on by one for 'following'."""
    assert context.anchor is not None
    point = context.earlier or context.anchor.isoformat()
    shift = 1 if match.groups.get("following") else 0
    if (match.groups.get("unit") or "").lower() == "year":
        return "DATE", f"{int(point[:4]) + shift:04d}", "narrative"
    if len(point) < 7:
        return None
    moved = add_months(dt.date(int(point[:4]), int(point[5:7]), 1), shift)
    return "DATE", f"{moved.year:04d}-{moved.month:02d}", "narrative"


def day_only_value(match: Match, context: Context) -> tuple[str, str, str] | None:
    """'Le 26': that day of the month the story last named, else of the document's month (the month before when the
    day is still to come)."""
    if context.anchor is None:
        return None
    day = 1 if match.groups["day"] == "1er" else int(match.groups["day"])
    point = context.earlier if context.earlier and len(context.earlier) >= 7 else None
    month = dt.date(int(point[:4]), int(point[5:7]), 1) if point else context.anchor.replace(day=1)
    if point is None and day > context.anchor.day:
        month = add_months(month, -1)
    if day > calendar.monthrange(month.year, month.month)[1]:
        return None
    return "DATE", month.replace(day=day).isoformat(), "narrative"


def weekday_value(match: Match, context: Context) -> tuple[str, str, str]:
    """A weekday resolved to the date the sentence points to, with its part of day if named."""
    g, language, anchor = match.groups, context.language, context.anchor
    assert anchor is not None
    if g.get("day") and g.get("month"):
        month = month_of(g["month"], language) or anchor.month
        year = int(g["year"]) if g.get("year") else nearest_year(anchor, month, int(g["day"]))
        day = dt.date(year, month, int(g["day"]))
    else:
        weekday = lex.WEEKDAYS[language][g["weekday"].lower().rstrip("s")]
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
    names a day past, else the nearer of the two (the past one on a tie)."""
    assert context.anchor is not None
    if re.match(r"['’]s\b", context.clause[context.position[1]:]):
        return False
    tense = nearest_tense(context) or tense_of(context.sentence, context.language)
    if tense:
        return tense == "future"
    return (weekday - context.anchor.weekday()) % 7 < (context.anchor.weekday() - weekday) % 7


def story_relative(match: Match, language: str) -> bool:
    """'the next day', 'the previous day', 'le jour suivant', 'plus tôt dans la journée': a day counted from the day
    the story is at, not from the document's."""
    g = match.groups
    unit = unit_of(g.get("unit"), language) if match.kind == "relative_unit" else None
    return unit is not None and unit[2] == "day" and bool(g.get("article"))


def unanchored(match: Match, language: str) -> tuple[str, str, str] | None:
    """Relative expressions with no document date: typed, but with an unknown value."""
    if match.kind == "weekday" and match.groups.get("weekday"):
        return "DATE", f"XXXX-WXX-{lex.WEEKDAYS[language][match.groups['weekday'].lower().rstrip('s')] + 1}", "none"
    if match.kind in ("relative_day_part", "today_part", "ago", "relative_unit", "season"):
        return "DATE", "XXXX-XX-XX", "none"
    return None


def enclosing(spans: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    """The sentence that holds a position (spans are in text order)."""
    slot = bisect.bisect_right(spans, (position, length + 1)) - 1
    return spans[slot] if slot >= 0 and spans[slot][0] <= position < spans[slot][1] else (0, length)


def sentence_references(spans: list[tuple[int, int]], matches: list[tuple[Match, tuple[str, str, str]]],
                        length: int) -> dict[int, tuple[dt.date | None, str | None, dt.date | None]]:
    """For each sentence start, its own day, and the business quarter and the day its story is at: clock times
    hang on the day, 'a year ago' in a sentence about a quarter means that quarter a year before."""
    days: dict[int, dt.date] = {}
    quarters: dict[int, str] = {}
    for match, (_, value, _) in matches:
        start, _ = enclosing(spans, match.start, length)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\w+)?", value):
            days.setdefault(start, dt.date.fromisoformat(value[:10]))
        year_back = match.groups.get("ago") or match.groups.get("alone")  # a year-ago quarter is not the story's
        if re.fullmatch(r"\d{4}-Q[1-4]", value) and not year_back:
            quarters.setdefault(start, value)
    references: dict[int, tuple[dt.date | None, str | None, dt.date | None]] = {}
    latest_quarter: str | None = None
    latest_day: dt.date | None = None
    for start, _ in spans:
        latest_quarter = quarters.get(start, latest_quarter)
        latest_day = days.get(start, latest_day)
        references[start] = (days.get(start), latest_quarter, latest_day)
    return references


def context_of(match: Match, text: str, spans: list[tuple[int, int]], anchor: dt.date | None, language: str,
               references: dict[int, tuple[dt.date | None, str | None, dt.date | None]],
               points: list[tuple[int, str]] | None = None) -> Context:
    """What normalising a match needs to know of its sentence and clause."""
    start, end = enclosing(spans, match.start, len(text))
    day, quarter, story_day = references.get(start, (None, None, None))
    clause, position = clause_around(text, (start, end), match.start, match.end)
    slot = bisect.bisect_left(points or [], (match.start, ""))
    earlier = points[slot - 1][1] if points and slot else None
    first = bisect.bisect_left(points or [], (start, ""))
    year = next((int(value) for _, value in reversed((points or [])[first:slot]) if len(value) == 4), None)
    return Context(anchor, language, text[start:end], day, clause, position, quarter, story_day, earlier, year)


def is_title(match: Match, text: str) -> bool:
    """Whether a match is a quoted name in title case ('on ABC's "This Week"'), a programme rather than a time."""
    return bool(QUOTE_BEFORE.search(text, max(0, match.start - 2), match.start)
                and TITLE.fullmatch(text, match.start, match.end))


def tag_timexes(text: str, language: str, anchor: dt.date | None) -> list[TimeExpression]:
    """All time expressions of a text, resolved against the document date."""
    language = language if language in lex.MONTHS else "en"
    plain = normalise_for_nlp(text)
    spans = sentence_spans(plain)
    raw = find_matches(plain, language)
    first_pass = [(match, result) for match in raw if match.kind not in STORY_KINDS and not story_relative(match, language)
                  and (result := normalise(match, plain, context_of(match, plain, spans, anchor, language, {})))]
    references = sentence_references(spans, first_pass, len(plain))
    points = [(match.start, value) for match, (_, value, _) in first_pass if CALENDAR_POINT.fullmatch(value)]
    results: list[TimeExpression] = []
    for match in raw:
        if is_title(match, plain):
            continue
        result = normalise(match, plain, context_of(match, plain, spans, anchor, language, references, points))
        if result is None:
            continue
        timex_type, value, anchor_kind = result
        interval_start, interval_end, precision = interval_of(value)
        if timex_type == "DURATION":
            precision = ""
        results.append(TimeExpression(
            start=match.start, end=match.end, text=text[match.start:match.end], type=timex_type, value=value,
            interval_start=interval_start, interval_end=interval_end, precision=precision,
            anchor=anchor_kind,
        ))
    return results
