"""Where a relative time expression points: the tense of its clause, and the calendar arithmetic that moves
the document's date by weekdays, months and units."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core import timelex as lex
from extractors.timeprofiles import DEFAULT_PROFILE, PROFILES, Profile
from core.timevalues import add_months

CLAUSE_REACH = 60  # characters after the expression that still belong to its clause
SOON_DAYS = 7  # a yearless day this close ahead of the story is coming, whatever the tense around it
FUTURE_DISTANCE = 1.5  # how much farther a yearless date ahead of the document seems than one behind it


@dataclass
class Context:
    """What normalisation needs: the anchor date, the language, the sentence around the match and the output
    profile."""

    anchor: dt.date | None
    language: str
    sentence: str
    sentence_date: dt.date | None
    clause: str = ""  # the words around the expression that carry its tense
    position: tuple[int, int] = (0, 0)  # where the expression lies in the clause
    quarter: str | None = None  # the business quarter the story is at, if it speaks of one
    story_day: dt.date | None = None  # the last day the text named up to this sentence ('la nuit' is that night)
    day_before: dt.date | None = None  # the last day the text named before this sentence: 'Le lendemain, lundi 27'
    # counts from it, not from the day its own sentence goes on to name
    earlier: str | None = None  # the last year, month or day the text named before the expression ('that year')
    sentence_year: int | None = None  # the last year its sentence named before the expression ('en 97 (en janvier')
    profile: Profile = PROFILES[DEFAULT_PROFILE]  # how the values are written
    anchor_guessed: bool = False  # the anchor is the latest day the text named, not a given publication day


def nearest_year(anchor: dt.date, month: int, day: int = 1) -> int:
    """The year that puts a month (and day) closest to the anchor, the future counting 1.5 times as far: news
    look back, so 'in March' said in October is the March past; the past wins a tie."""
    def distance(year: int) -> tuple[float, bool]:
        months = (year - anchor.year) * 12 + month - anchor.month
        days = day - anchor.day if months == 0 else 0
        ahead = months > 0 or (months == 0 and days > 0)
        return abs(months * 31 + days) * (FUTURE_DISTANCE if ahead else 1), ahead

    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


def year_of_weekday(anchor: dt.date, month: int, day: int, weekday: int) -> int | None:
    """The year near the anchor in which a day and month fall on the weekday the text gives ('Monday, Oct. 26')."""
    fitting = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fitting.append(year)
        except ValueError:
            continue
    return min(fitting, key=lambda y: abs(y - anchor.year)) if fitting else None


def year_by_tense(anchor: dt.date, month: int, day: int, context: Context) -> int:
    """A yearless date's year: the last such day if its clause speaks of the past, the next if of the future,
    else the nearest. A deadline ('by Jan. 14', 'until March 6') is ahead; a starting point or the end of a period
    reported on ('since May', 'the year ended March 31') is behind."""
    start = context.position[0]
    if lex.DEADLINE_BEFORE[context.language].search(context.clause[:start]):
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    behind = lex.BEHIND_BEFORE[context.language].search(context.clause[:start])
    tense = "past" if behind else nearest_tense(context, broad=False) if lex.TENSE_PICKS_YEAR[context.language] else ""
    if tense == "past" and (behind or not coming_soon(anchor, month, day)):
        return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    if tense == "future":
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    return nearest_year(anchor, month, day)


def coming_soon(anchor: dt.date, month: int, day: int) -> bool:
    """Whether a yearless day lies within the week after the story's own day ('ont annoncé une marche le 10 juillet'
    on 8 July): a past verb then tells the announcing, and the day is the coming one, not a day of last year."""
    try:
        ahead = (dt.date(anchor.year, month, day) - anchor).days
    except ValueError:
        return False
    return 0 < ahead <= SOON_DAYS


def tense_of(words: str, language: str) -> str:
    """'past', 'future' or '' as the cue words of a stretch of text say (plans first, then past cues)."""
    if any(re.search(cue, words, re.IGNORECASE) for cue in lex.PLAN_CUES[language]):
        return "future"
    if any(re.search(cue, words, re.IGNORECASE) for cue in lex.PAST_CUES[language]):
        return "past"
    if any(re.search(cue, words, re.IGNORECASE) for cue in lex.FUTURE_CUES[language]):
        return "future"
    return ""


def points_forward(context: Context) -> bool:
    """Whether the expression's clause (else its sentence) speaks of the future: a bare weekday is then ahead."""
    tense = nearest_tense(context) or tense_of(context.sentence, context.language)
    return tense == "future"


def nearest_tense(context: Context, broad: bool = True) -> str:
    """The tense of the cue closest to the expression in its clause: the verb it modifies is usually next to it
    ('said Friday that he would' is past); a cue after the expression counts as twice as far."""
    start, end = context.position
    best: tuple[float, str] = (float("inf"), "")
    for tense, cues in (("future", lex.PLAN_CUES), ("past", lex.PAST_CUES), ("future", lex.FUTURE_CUES)):
        for cue in cues[context.language]:
            if not broad and cue in lex.BROAD_CUES[context.language]:
                continue
            for found in re.finditer(cue, context.clause, re.IGNORECASE):
                if found.start() < end and start < found.end():
                    continue  # the expression's own words ('next Friday') are read elsewhere
                if tense == "future" and lex.PLAN_REVISED_BEFORE[context.language].search(
                        context.clause[:found.start()]):
                    continue  # 'initialement prévue le 25 février': the first plan, whenever it was for
                distance = start - found.end() if found.end() <= start else 2 * (found.start() - end)
                best = min(best, (distance, tense))
    return best[1]


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int,
                  language: str) -> tuple[str, tuple[int, int]]:
    """The words of the expression's own clause (from the last boundary before it to the next after it), and
    where the expression lies in them."""
    boundary = lex.CLAUSE_BOUNDARY[language]
    before = text[sentence[0]:start]
    cut = [m.end() for m in boundary.finditer(before)]
    after = text[end:min(sentence[1], end + CLAUSE_REACH)]
    stop = boundary.search(after)
    lead = before[cut[-1] if cut else 0:]
    clause = lead + text[start:end] + (after[:stop.start()] if stop else after)
    return clause, (len(lead), len(lead) + end - start)


def weekday_date(anchor: dt.date, weekday: int, forward: bool) -> dt.date:
    """The weekday nearest the anchor in the direction the text points (the anchor's own day counts)."""
    offset = weekday - anchor.weekday()
    if forward:
        return anchor + dt.timedelta(days=offset % 7)
    return anchor - dt.timedelta(days=(-offset) % 7)


def direction_of(words: list[str | None], language: str) -> int:
    """+1 for 'next', -1 for 'last', 0 for 'this'."""
    for word in words:
        if not word:
            continue
        lowered = word.lower()
        if lowered in lex.LAST[language]:
            return -1
        if lowered in lex.NEXT[language]:
            return 1
    return 0


def shifted(anchor: dt.date, unit: str, amount: int) -> str:
    """The value of the calendar unit `amount` units away from the anchor."""
    if unit in ("year", "Y"):
        return f"{anchor.year + amount:04d}"
    if unit in ("month", "M"):
        moved = add_months(anchor, amount)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit in ("week", "W", "fortnight"):
        year, week, _ = (anchor + dt.timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit in ("weekend", "WE"):
        year, week, _ = (anchor + dt.timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if unit in ("day", "D"):
        return (anchor + dt.timedelta(days=amount)).isoformat()
    if unit in ("decade", "DE"):
        return f"{(anchor.year // 10 + amount):03d}"
    if unit in ("century", "CE"):
        return f"{(anchor.year // 100 + amount):02d}"
    if unit in ("quarter", "Q"):
        moved = add_months(anchor, 3 * amount)
        return f"{moved.year:04d}-Q{(moved.month - 1) // 3 + 1}"
    return anchor.isoformat()
