"""Find time expressions by the rules of the document's language pack and normalise them to TIMEX3, HeidelTime-style."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from core import timelex as lex
from extractors.entities import normalise_for_nlp
from core.model import TimeExpression
from extractors.sentences import sentence_spans
from extractors.timeanchor import Context, clause_around
from extractors.timenormalise import RULES, normalise
from extractors.timepatterns import Match, TimexValue, patterns
from extractors.timeprofiles import DEFAULT_PROFILE, Profile, profile_named
from core.timevalues import interval_of
from lang import pack_language

CALENDAR_POINT = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a year, month or day: what 'that year' can refer to
TITLE = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+)+[A-Z][\w'’-]*")  # every word capitalised: 'This Week', '60 Minutes'
QUOTE_BEFORE = re.compile(r"[\"“`']\s*$")
References = dict[int, tuple[dt.date | None, str | None, dt.date | None, dt.date | None]]  # a sentence's day, quarter,
# story's day, the story's day before the sentence


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
    rule = RULES[match.kind]
    if rule.dated_lead:
        lead = lex.DATE_LEAD[language].search(before)
    elif rule.counted_lead and "-" not in text[match.start:match.end] and match.groups.get("number"):
        lead = lex.DURATION_LEAD[language].search(before)
    else:
        lead = None
    return Match(match.start - len(lead.group()), match.end, match.kind, match.groups) if lead else match


def enclosing(spans: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    """The sentence that holds a position (spans are in text order)."""
    slot = bisect.bisect_right(spans, (position, length + 1)) - 1
    return spans[slot] if slot >= 0 and spans[slot][0] <= position < spans[slot][1] else (0, length)


def sentence_references(spans: list[tuple[int, int]], matches: list[tuple[Match, TimexValue]],
                        length: int) -> References:
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
    references: References = {}
    latest_quarter: str | None = None
    latest_day: dt.date | None = None
    for start, _ in spans:
        before = latest_day
        latest_quarter = quarters.get(start, latest_quarter)
        latest_day = days.get(start, latest_day)
        references[start] = (days.get(start), latest_quarter, latest_day, before)
    return references


def context_of(match: Match, text: str, spans: list[tuple[int, int]], anchor: dt.date | None, language: str,
               references: References,
               points: list[tuple[int, str]] | None = None, profile: Profile | None = None,
               anchor_guessed: bool = False) -> Context:
    """What normalising a match needs to know of its sentence and clause."""
    start, end = enclosing(spans, match.start, len(text))
    day, quarter, story_day, day_before = references.get(start, (None, None, None, None))
    clause, position = clause_around(text, (start, end), match.start, match.end, language)
    slot = bisect.bisect_left(points or [], (match.start, ""))
    earlier = points[slot - 1][1] if points and slot else None
    first = bisect.bisect_left(points or [], (start, ""))
    year = next((int(value) for _, value in reversed((points or [])[first:slot]) if len(value) == 4), None)
    return Context(anchor, language, text[start:end], day, clause, position, quarter, story_day, day_before, earlier,
                   year, profile or profile_named(DEFAULT_PROFILE), anchor_guessed)


def is_title(match: Match, text: str) -> bool:
    """Whether a match is a quoted name in title case ('on ABC's "This Week"'), a programme rather than a time."""
    return bool(QUOTE_BEFORE.search(text, max(0, match.start - 2), match.start)
                and TITLE.fullmatch(text, match.start, match.end))


def tag_timexes(text: str, language: str, anchor: dt.date | None,
                profile: str = DEFAULT_PROFILE, anchor_guessed: bool = False) -> list[TimeExpression]:
    """All time expressions of a text, resolved against the document date, written as the named profile writes them
    (timeprofiles: the app's 'analyst', or a corpus's own for a benchmark)."""
    language = pack_language(language)
    conventions = profile_named(profile)
    plain = normalise_for_nlp(text, language)
    spans = sentence_spans(plain)
    raw = find_matches(plain, language)
    first_pass = [(match, result) for match in raw if not RULES[match.kind].on_story_day(match, language)
                  and (result := normalise(match, plain, context_of(match, plain, spans, anchor, language, {},
                                                                    profile=conventions)))]
    references = sentence_references(spans, first_pass, len(plain))
    points = [(match.start, value) for match, (_, value, _) in first_pass if CALENDAR_POINT.fullmatch(value)]
    results: list[TimeExpression] = []
    for match in raw:
        if is_title(match, plain):
            continue
        result = normalise(match, plain,
                           context_of(match, plain, spans, anchor, language, references, points, conventions,
                                      anchor_guessed))
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
