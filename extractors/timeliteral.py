"""Normalisers of expressions whose own words give their value: dates in digits, years, decades, centuries,
durations, frequencies and the vague references (now, recently, in the future)."""
from __future__ import annotations

from core import timelex as lex
from extractors.timeanchor import Context
from extractors.timepatterns import Match, TimexValue, roman_number, spoken_year
from extractors.timewords import counted_after, duration_value, is_age, is_plural_at, month_of, number_of, unit_of


def iso_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'2023-09-13' as written."""
    g = match.groups
    return "DATE", f"{g['year']}-{g['month']}-{g['day']}", "absolute"


def numeric_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'13/09/2023': day and month in the order the language writes them; two-digit years are this century's."""
    g = match.groups
    a, b = int(g["a"]), int(g["b"])
    day, month = (a, b) if lex.NUMERIC_DATE_ORDER[context.language] == "day_month" else (b, a)
    year = int(g["year"]) if len(g["year"]) == 4 else 2000 + int(g["year"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}", "absolute"


def decade_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'the 1960s', 'les années 60', 'the sixties'."""
    g, language = match.groups, context.language
    spoken = lex.SPOKEN_DECADES.get(language, {}).get((g.get("spoken") or "").lower())
    decade = g["decade"] or (f"19{spoken}" if spoken else f"19{g['short'][0]}")
    return "DATE", decade + context.profile.decade_suffix, "absolute"


def century_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'the 20th century', 'le XIXe siècle'."""
    g = match.groups
    number = int(g["ordinal"]) if g.get("ordinal") else roman_number(g["roman"] or "")
    if not 0 < number <= 21:
        return None
    return "DATE", f"{number - 1:02d}{context.profile.century_suffix}", "absolute"


def year_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'1997', 'en 97', 'nineteen ninety-six'; not a count of people or things ('2000 morts')."""
    g = match.groups
    if lex.NOT_A_YEAR_AFTER[context.language].match(text[match.end:match.end + 12]):
        return None
    if g.get("short"):
        return "DATE", f"19{g['short']}", "absolute"
    return "DATE", g["year"] or f"{spoken_year(g['spoken'] or '', context.language):04d}", "absolute"


def month_year_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'octobre 98', 'March 1990'."""
    g = match.groups
    month = month_of(g["month"], context.language)
    year = int(g["year"]) if g["year"] else 1900 + int(g["short"]) if g.get("short") \
        else spoken_year(g["spoken"] or "", context.language)
    return ("DATE", f"{year:04d}-{month:02d}", "absolute") if month else None


def half_year_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'the last half of 1989': a half of the year, as TIMEX3 writes it (1989-H2)."""
    g = match.groups
    return "DATE", f"{g['year']}-H{lex.HALVES[context.language][(g['half'] or '').lower()]}", "absolute"


def span_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'three hours', 'plus de 18 mois', 'for years': a duration; not an age, a share, an ordinal or 'one day' after
    a modal (some time ahead)."""
    g, language = match.groups, context.language
    unit = unit_of(g.get("unit"), language)
    if unit is None or (unit[2] == "year" and is_age(text, match, language)):
        return None
    if unit[2] == "quarter" and lex.FRACTION_AFTER[language].match(text, match.end):
        return None  # 'a quarter of the market', 'three-quarters of its food': a share, not a time
    if unit[2] == "second" and (g.get("number") or "").lower() in lex.INDEFINITE_ARTICLES[language] \
            and lex.ORDINAL_SECOND_AFTER[language].match(text, match.end):
        return None  # 'a second betrayal', 'une seconde fois': the ordinal
    if text[match.start:match.end].lower() in lex.SOMEDAY[language] \
            and lex.SOMEDAY_BEFORE[language].search(text[max(0, match.start - 12):match.start]):
        return context.profile.reference_type, "FUTURE_REF", "document"
    vague = match.kind == "bare_duration" or bool(g.get("vague"))
    number = number_of(g.get("number"), language)
    if number is not None and (g.get("half") or g.get("and_half")):
        number += 0.5
    return "DURATION", duration_value(number, unit, vague), "none"


def unit_long_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'a day-long meeting' lasts a day, 'a decades-long battle' some decades."""
    word = match.groups["unit"] or ""
    unit = unit_of(word, context.language)
    plural = is_plural_at(text, match.start + len(word), context.language)
    return ("DURATION", duration_value(1, unit, plural), "none") if unit else None


def named_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """A word that is a time expression by itself: 'quinquennat', 'half a century'."""
    named = lex.NAMED_EXPRESSIONS[context.language][text[match.start:match.end].lower().replace("’", "'")]
    return named[0], named[1], "none"


def frequency_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'daily', 'par an'; not a newspaper named by how often it appears ('les quotidiens')."""
    language = context.language
    before = text[max(0, match.start - 20):match.start]
    if language in lex.PUBLICATION_BEFORE and lex.PUBLICATION_BEFORE[language].search(before):
        return None
    return "SET", lex.FREQUENCY_WORDS[language][(match.groups["frequency"] or "").lower()], "none"


def every_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'every Monday', 'chaque matin', 'each year'."""
    g, language = match.groups, context.language
    if g.get("weekday"):
        return "SET", f"XXXX-WXX-{lex.WEEKDAYS[language][g['weekday'].lower()] + 1}", "none"
    if g.get("part"):
        return "SET", f"T{lex.PARTS_OF_DAY[language][g['part'].lower()]}", "none"
    unit = unit_of(g.get("unit"), language)
    return ("SET", duration_value(1, unit, False), "none") if unit else None


def reference_value(match: Match, text: str, context: Context) -> TimexValue | None:
    """'now', 'recently', 'à l'avenir': PRESENT_REF, PAST_REF, FUTURE_REF; 'the past three summers' is a span the
    duration rules read."""
    if match.kind != "present" and counted_after(text, match.end, context.language):
        return None
    return context.profile.reference_type, f"{match.kind.upper()}_REF", "document"
