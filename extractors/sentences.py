"""Split news text into sentences by rule: the parser's own splits break inside names ('Kim Jong | Un')."""
from __future__ import annotations

import re

from core.timelex import MONTHS, WEEKDAYS
from lang import LANGUAGES, resource

ABBREVIATIONS = {word for code in LANGUAGES for word in resource(code, "text")["abbreviations"]}  # every pack's:
# the splitter runs before the language is known
CLOCK_SUFFIXES = {"a.m", "p.m"}  # '10 p.m. Wednesday': the day that follows belongs to the same time
CALENDAR_WORDS = {w for table in (*MONTHS.values(), *WEEKDAYS.values()) for w in table}
LAST_WORD_CHARS = 40  # enough to see the word before a full stop, without rereading a long sentence
BOUNDARY = re.compile(r"[.!?…]+[\"'”»)\]]*\s+(?=[\"'“«(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\s*\S)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, surrounding spaces trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        before = text[max(start, match.start() - LAST_WORD_CHARS):match.start()].split()
        last_word = before[-1].lower().rstrip(".") if before else ""
        if match.group().startswith(".") and (last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())):
            continue
        next_word = text[match.end():match.end() + LAST_WORD_CHARS].split()[:1]
        if last_word in CLOCK_SUFFIXES and next_word and next_word[0].lower().strip(".,;") in CALENDAR_WORDS:
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for s, e in spans if (trimmed := trim(text, s, e))]


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A span without its surrounding white space, or None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
