"""Guess a document's date from its text when the user gave none, and say it was guessed."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from core import timelex as lex
from core.model import TimeExpression
from extractors.event_lexicon import event_lexicon
from extractors.sentences import sentence_spans
from extractors.timexes import tag_timexes

HEAD_CHARS = 1500
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
YEARLESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
YEARS_BACK = 30  # how far back a weekday-and-day pair is looked for
DATELINE_TOWN = re.compile(r"(?:^|\n)[^\W\d_a-z][^\Wa-z]+(?:[ '’.-][^\Wa-z]+)*,[^\n,]{0,40}?,?\s*$")  # 'KHARTOUM, '


@lru_cache(maxsize=8)
def head_timexes(head: str, language: str) -> tuple[TimeExpression, ...]:
    """A text's opening expressions read with no anchor, once for the date guess and the checks of where it stands
    (a dateline, a publication line); read only, never changed."""
    return tuple(tag_timexes(head, language, None))


def infer_document_date(text: str, language: str, today: dt.date | None = None) -> dt.date | None:
    """A dateline's full date; else the latest past year where a named day falls on the weekday named with it."""
    for timex in head_timexes(text[:HEAD_CHARS], language):
        if timex.anchor == "absolute" and FULL_DATE.match(timex.value):
            return dt.date.fromisoformat(timex.value[:10])
    return date_from_weekday_and_day(tag_timexes(text, language, None), text, language, today or dt.date.today())


def dated_by_dateline(text: str, language: str, day: dt.date) -> bool:
    """Whether the day found opens a dateline ('KHARTOUM, Nov 28 (Reuters) -'): then it is the filing day, not only
    the latest day the story names (the quake's 'dimanche 30 novembre', told the next morning)."""
    return any(timex.value[5:10] == day.isoformat()[5:10] and DATELINE_TOWN.search(text[:timex.start])
               for timex in head_timexes(text[:HEAD_CHARS], language))


def dated_by_publication_line(text: str, language: str, day: dt.date) -> bool:
    """Whether the day found stands in a line of page furniture ('Published March 14, 2025', 'Publié le 26 août
    2024'): the day the story was published, as good as one given, not only the latest day it names."""
    furniture = event_lexicon(language).furniture
    for timex in head_timexes(text[:HEAD_CHARS], language):
        if timex.value[5:10] != day.isoformat()[5:10]:
            continue
        line = text[text.rfind("\n", 0, timex.start) + 1:].split("\n", 1)[0].strip()
        if any(pattern.search(line) for pattern in furniture):
            return True
    return False


def named_weekdays(expression: str, language: str) -> list[int]:
    """ISO weekdays named inside one expression ('Wednesday, September 13')."""
    words = re.findall(r"\w+", expression.lower())
    return [lex.WEEKDAYS[language][w] + 1 for w in words if w in lex.WEEKDAYS[language]]


def date_from_weekday_and_day(timexes: list[TimeExpression], text: str, language: str,
                              today: dt.date) -> dt.date | None:
    """'mercredi' with 'le 13 septembre' can only be 13 September of a year where that was a Wednesday; of several
    weekdays named with a day, the one that gives the most recent year."""
    days = [(t, YEARLESS_DAY.match(t.value)) for t in timexes if YEARLESS_DAY.match(t.value)]
    weekdays = Counter(int(m[1]) for t in timexes if (m := WEEKDAY.match(t.value)))
    if not days:
        return None
    sentences = sentence_spans(text)
    for timex, match in days:
        sentence = next(((s, e) for s, e in sentences if s <= timex.start < e), (0, len(text)))
        beside = [int(m[1]) for t in timexes if sentence[0] <= t.start < sentence[1] and (m := WEEKDAY.match(t.value))]
        beside = [*named_weekdays(timex.text, language), *beside]
        years = [year for weekday in beside or [w for w, _ in weekdays.most_common()]
                 if (year := latest_year_with_weekday(int(match[1]), int(match[2]), weekday, today)) is not None]
        if years:  # 'HAITI, Oct 4 - ... early on Thursday ... said on Friday': the filing day is one of the days
            return dt.date(max(years), int(match[1]), int(match[2]))  # named, the latest year they allow
    return None


def latest_year_with_weekday(month: int, day: int, weekday: int, today: dt.date) -> int | None:
    """The most recent year, up to today, in which month/day fell on an ISO weekday (1 = Monday)."""
    for year in range(today.year, today.year - YEARS_BACK, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= today and date.isoweekday() == weekday:
            return year
    return None
