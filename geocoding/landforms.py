"""The words that make a name a landform's ('Mount Lewotobi', 'the Nyiragongo volcano', 'le mont Cameroun') and the
places its sentence puts it on, in or near ('erupted on Flores island in eastern Indonesia', 'près de Goma')."""
from __future__ import annotations

import re

from core.placelex import article, either, fragments, spaced
from geocoding.descriptions import described_as_landform

WORDS = either("landform_words")
# 'the Nyiragongo volcano', 'le volcan Merapi', 'le pic du Midi': the word right before or after a name
BEFORE = re.compile(rf"(?<![\w'’-])(?:{WORDS})\s*{article()}$", re.IGNORECASE)
# ... but not one a name goes on after ('Chittagong Hill Tracts')
AFTER = re.compile(rf"\s+(?:{WORDS})(?![\w'’-])(?!\s+(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
# 'Mount Lewotobi', 'Mt. Kenya', 'Nuba Hills': the word opening or ending a name
OPENING = re.compile(rf"^(?:{WORDS})\s*{article()}(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)
ENDING = re.compile(rf"\s(?:{WORDS})$", re.IGNORECASE)
# 'on Flores', 'in eastern Indonesia', "dans l'est de la RDC", 'près de Goma': a preposition and lower-case words
SETTING = re.compile(rf"(?<![\w'’-])(?:{spaced(fragments('landform_settings'))})"
                     r"(?:[a-zà-ÿ'’-]+\s+|[a-zà-ÿ]+['’]\s*){0,4}$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?](?:\s+[A-ZÀ-Ý\"“«]|\s*$)|\n")
CONTEXT_CHARS = 40


def landform_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a name with the landform word standing next to it or inside it ('the Nyiragongo volcano' ->
    'Nyiragongo volcano', 'Mount Lewotobi'), or the name an apposition calls a landform ('Merapi, a volcano in'); None
    when no such word calls it a landform."""
    before = BEFORE.search(text, max(0, start - CONTEXT_CHARS), start)
    after = AFTER.match(text, end, min(len(text), end + CONTEXT_CHARS))
    if before or after:
        return (before.start() if before else start), (after.end() if after else end)
    name = text[start:end]
    return (start, end) if OPENING.match(name) or ENDING.search(name) or described_as_landform(text, end) else None


def in_one_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends between two points of a text."""
    return not SENTENCE_END.search(text, start, end)


def is_setting(text: str, start: int) -> bool:
    """Whether a preposition that puts something on, in or near a place comes before a name, maybe with lower-case
    words between ('on Flores', 'in eastern Indonesia', "dans l'est de la RDC")."""
    return bool(SETTING.search(text, max(0, start - CONTEXT_CHARS), start))


def setting_order(position: int, spans: list[tuple[int, int]]) -> list[int]:
    """The indices of the spans after a point, nearest first, then of those before it, nearest first."""
    after = [i for i, (s, _) in enumerate(spans) if s >= position]
    before = [i for i, (s, _) in enumerate(spans) if s < position]
    return after + before[::-1]


def settings(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> list[int]:
    """The indices of the names of a landform's sentence that a preposition puts it on, in or near, nearest after it
    first ('Mount X erupted on Flores island in eastern Indonesia': Flores, then Indonesia)."""
    return [i for i in setting_order(span[1], spans) if spans[i] != span and is_setting(text, spans[i][0])
            and in_one_sentence(text, min(span[1], spans[i][1]), max(span[0], spans[i][0]))]
