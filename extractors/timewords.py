"""The words a time rule matched read as numbers, units and months, and the TIMEX3 durations they make."""
from __future__ import annotations

import re
from functools import lru_cache

from core import timelex as lex
from extractors.timepatterns import Match, alternation, fragment

# 'N and a half' units as TIMEX3 writes them: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
HALF_UNITS = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H", ("H", True): "30M", ("M", True): "30S"}


def number_of(word: str | None, language: str) -> float | None:
    """A number written in digits or words."""
    if word is None:
        return None
    word = word.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return lex.NUMBERS[language].get(word)


@lru_cache(maxsize=None)
def plural_ending(language: str, at_end: bool = False) -> re.Pattern[str]:
    """The ending the pack's rules let a plural word take ('years', 'années'), read where it may stand or at the end
    of a word."""
    return re.compile(rf"(?:{fragment(language, 'plural')}){'$' if at_end else ''}", re.IGNORECASE)


def unit_of(word: str | None, language: str) -> tuple[str, bool, str] | None:
    """The TIMEX3 unit of a unit word, plural or not."""
    if not word:
        return None
    word = word.lower().replace("’", "'")
    units = lex.UNITS[language]
    for irregular_singular, plural in lex.IRREGULAR_PLURALS[language].items():
        if word == plural:
            return units[irregular_singular]
    if word in units:
        return units[word]
    return units.get(plural_ending(language, at_end=True).sub("", word, count=1))


def is_plural_at(text: str, position: int, language: str) -> bool:
    """Whether a plural ending follows a word that ends at a position ('decade|s-long')."""
    return bool(plural_ending(language).match(text, position).group())


def month_of(word: str | None, language: str) -> int | None:
    """A month number from its name or abbreviation; where months are written capitalised, 'this march' and 'may'
    are words, not months."""
    if not word or (lex.MONTHS_CAPITALISED[language] and word.islower()
                    and word.rstrip(".") in lex.AMBIGUOUS_MONTHS[language]):
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
    words = [w for w in lex.NUMBERS[language] if len(w) > 2] + list(lex.VAGUE_COUNTS[language])
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
