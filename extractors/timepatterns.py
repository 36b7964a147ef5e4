"""The TIMEX3 rules of a language pack (lang/<code>/timepatterns.json): named regexes whose {placeholders} are filled
with the pack's own words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core import timelex as lex
from lang import resource

YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # '{months}'; a quantifier ('{1,2}') has digits, never letters
TimexValue = tuple[str, str, str]  # what a rule's normaliser makes of a match: TIMEX3 type, value, anchor kind


@dataclass
class Match:
    """A rule's raw match before normalisation."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def alternation(words) -> str:
    """A regex alternation of words, longest first so 'mars' never wins over 'marseille'."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


def month_alternation(words) -> str:
    """Month names, with the abbreviations ('sept.', 'Jan.') allowed their full stop."""
    words = set(words)
    abbreviations = {w for w in words if any(o != w and o.startswith(w) for o in words)}
    return rf"(?:{alternation(words - abbreviations)}|(?:{alternation(abbreviations)})\.?)"


def numbers_between(language: str, low: int, high: int, step: int = 1) -> str:
    """The number words of a range written out in full ('twenty', not 'a'), for years read out."""
    return alternation(w for w, n in lex.NUMBERS[language].items() if low <= n <= high and n % step == 0 and len(w) > 2)


def word_lists(language: str) -> dict[str, str]:
    """What a rule's placeholders stand for: alternations of the pack's words, and the shapes of years and days."""
    return {
        "year": YEAR_RE, "day": DAY_RE,
        "months": month_alternation(lex.MONTHS[language]),
        "plain_months": month_alternation(set(lex.MONTHS[language]) - lex.AMBIGUOUS_MONTHS[language]),
        "unnumbered_months": month_alternation(set(lex.MONTHS[language]) - set(lex.NUMBERS[language])),  # 'de sept
        # kilomètres' counts seven
        "weekdays": alternation(lex.WEEKDAYS[language]), "parts": alternation(lex.PARTS_OF_DAY[language]),
        "numbers": alternation(lex.NUMBERS[language]), "vague": alternation(lex.VAGUE_QUANTITIES[language]),
        "number_ones": numbers_between(language, 1, 9), "number_teens": numbers_between(language, 10, 19),
        "number_tens": numbers_between(language, 20, 90, 10),
        "units": alternation([*lex.UNITS[language], *lex.IRREGULAR_PLURALS[language].values()]),
        "this": alternation(lex.THIS[language]), "last": alternation(lex.LAST[language]),
        "next": alternation(lex.NEXT[language]), "modifiers": alternation(lex.MODIFIERS[language]),
        "every": alternation(lex.EVERY[language]), "quarters": alternation(lex.ORDINAL_QUARTERS[language]),
        "halves": alternation(lex.HALVES[language]), "first_day": alternation(lex.FIRST_DAY[language]) or "(?!)",
        "frequencies": alternation(lex.FREQUENCY_WORDS[language]), "seasons": alternation(lex.SEASONS[language]),
        "holidays": alternation([*lex.HOLIDAYS[language], *lex.EASTER_FEASTS[language]]),
        "relative_days": alternation(lex.RELATIVE_DAYS[language]),
        "today_parts": alternation(lex.TODAY_PARTS[language]),
        "spoken_decades": alternation(lex.SPOKEN_DECADES.get(language, ())) or "(?!)",
        "named": alternation(lex.NAMED_EXPRESSIONS[language]),
        "present": alternation(lex.PRESENT_WORDS[language]), "past": alternation(lex.PAST_WORDS[language]),
        "future": alternation(lex.FUTURE_WORDS[language]),
    }


def filled(template: str, pieces: dict[str, str]) -> str:
    """A template with every placeholder replaced, placeholders inside the pieces too; an unknown name fails."""
    return PLACEHOLDER.sub(lambda found: filled(pieces[found[1]], pieces), template)


def fragment(language: str, name: str) -> str:
    """One named piece of a pack's rules, its placeholders filled ('plural': the ending a plural word takes)."""
    pack = resource(language, "timepatterns")
    return filled(pack["fragments"][name], {**word_lists(language), **pack["fragments"]})


def rule_kinds(language: str) -> list[str]:
    """The kinds of expression a language pack has rules for, in its order."""
    return [rule["kind"] for rule in resource(language, "timepatterns")["rules"]]


@lru_cache(maxsize=None)
def patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """The language's rules, each a named regex; longer matches win over shorter ones later."""
    pack = resource(language, "timepatterns")
    pieces = {**word_lists(language), **pack["fragments"]}
    return [(rule["kind"], re.compile(rf"(?<![\w-])(?:{filled(rule['pattern'], pieces)})(?![\w])", re.IGNORECASE))
            for rule in pack["rules"]]


def spoken_year(words: str, language: str) -> int:
    """The number of a year read out: 'nineteen ninety-six' is 1996, 'two thousand and one' 2001."""
    spoken = re.split(r"[\s-]+", words.lower())
    numbers = [lex.NUMBERS[language][w] for w in spoken if w in lex.NUMBERS[language]]
    if any(word in lex.THOUSANDS[language] for word in spoken):
        return 1000 * numbers[0] + sum(numbers[1:])
    return 100 * numbers[0] + sum(numbers[1:])


def roman_number(numeral: str) -> int:
    """The value of a Roman numeral up to a few dozen ('XIX' is 19); 0 if it is none."""
    values = {"I": 1, "V": 5, "X": 10}
    digits = [values.get(c, 0) for c in numeral.upper()]
    if not digits or 0 in digits:
        return 0
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
