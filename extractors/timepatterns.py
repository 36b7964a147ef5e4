"""The TIMEX3 rules as regular expressions, one per kind of expression, built from the French and English lexicon."""
from __future__ import annotations

import re
from functools import lru_cache

from extractors import timelex as lex

YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])"
ZONE_RE = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT)"


def alternation(words) -> str:
    """A regex alternation of words, longest first so 'mars' never wins over 'marseille'."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


def month_alternation(words) -> str:
    """Month names, with the abbreviations ('sept.', 'Jan.') allowed their full stop."""
    words = set(words)
    abbreviations = {w for w in words if any(o != w and o.startswith(w) for o in words)}
    return rf"(?:{alternation(words - abbreviations)}|(?:{alternation(abbreviations)})\.?)"


@lru_cache(maxsize=None)
def patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """The language's rules, each a named regex; longer matches win over shorter ones later."""
    months = month_alternation(lex.MONTHS[language])
    plain_months = month_alternation(set(lex.MONTHS[language]) - lex.AMBIGUOUS_MONTHS[language])
    weekdays = alternation(lex.WEEKDAYS[language])
    parts = alternation(lex.PARTS_OF_DAY[language])
    numbers = alternation(lex.NUMBERS[language])
    vague = alternation(lex.VAGUE_QUANTITIES[language])
    unit_words = lex.UNITS[language]
    units = alternation([*unit_words, *lex.IRREGULAR_PLURALS[language].values()])
    this, last, next_ = (alternation(lex.THIS[language]), alternation(lex.LAST[language]), alternation(lex.NEXT[language]))
    modifiers = alternation(lex.MODIFIERS[language])
    every = alternation(lex.EVERY[language])
    quarters = alternation(lex.ORDINAL_QUARTERS)
    frequencies = alternation(lex.FREQUENCY_WORDS[language])
    seasons = alternation(lex.SEASONS[language])
    holidays = alternation([*lex.HOLIDAYS[language], *lex.EASTER_FEASTS[language]])
    span_after_fr = rf"{last}|{next_}" if language == "fr" else r"(?!)"  # 'Noël dernier'; English puts them before
    relative_days = alternation(lex.RELATIVE_DAYS[language])
    today_parts = alternation(lex.TODAY_PARTS[language])
    span_words = r"(?:the |these |those )?(?:past|last|next|coming|previous|first|final) " if language == "en" \
        else r"(?:les |ces |des )"  # 'the past two months' is a duration, not 'in the past'
    # words between the number and the unit: 'les trois derniers mois', 'two more weeks', 'an additional year'
    span_after = r"(?:derni|prochain|premi)(?:er|ère|ers|ères|s|es)?\s+" if language == "fr" else \
        r"(?:more|additional|further|extra|straight|consecutive|full)\s+"
    spoken_year = spoken_year_pattern() if language == "en" else r"(?!)"
    # French 'en 97', 'octobre 98': a year of the last century by its last two digits, unless a noun follows
    # ('en 17 matches')
    short_year = r"(?P<short>[4-9]\d)(?![.,]?\d|\s*(?:%|[^\W\d_]))" if language == "fr" else r"(?!)"
    quantity = rf"(?P<number>\d+(?:[.,]\d+)?|{numbers})(?P<half>\s+1/2)?"
    unit = rf"(?P<unit>{units}){lex.PLURAL_SUFFIX}"
    rules: list[tuple[str, str]] = [
        ("iso", rf"(?P<year>{YEAR_RE})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])"),
        ("numeric", rf"(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>{YEAR_RE}|\d\d)"),
        ("decade", rf"(?:the )?(?:(?:early|mid|late)[- ])?(?P<decade>1[5-9]\d|20\d)0(?:s|'s)"
                   rf"|the (?P<spoken>{alternation(lex.SPOKEN_DECADES['en'])})"
                   if language == "en" else
                   r"(?:(?:début|fin|milieu) )?(?:les |des )?années (?:(?P<decade>1[5-9]\d|20\d)0|(?P<short>[1-9]0))"),
        ("century", r"(?:the )?(?P<ordinal>[12]?\d)(?:st|nd|rd|th) century" if language == "en" else
                    r"(?:(?:la )?(?:fin|début|milieu) du |le |du )?(?P<roman>[XVI]{1,5})(?:e|ème) siècle"),
        ("relative_day_part", rf"(?P<rel>{relative_days})(?:\s+(?:au |dans la |dans l['’]|en |in the )?(?P<part>{parts}))?"
                              + (r"(?:\s+à\s+(?P<hour>[01]?\d|2[0-3])\s*h\s*(?P<minute>[0-5]\d)?)?"
                                 if language == "fr" else "")),
        ("today_part", rf"(?P<today>{today_parts})"),
        *([("story_part", rf"(?P<shift>le lendemain|la veille)(?:\s+(?:au\s+)?(?P<part>{parts}))?"
                          rf"|(?:le|la) (?P<part2>{parts}) même|le même jour|le jour même|ce jour-là"
                          rf"|(?:dans|pendant|durant|au cours de|toute|passé|et|de) (?P<core>la (?P<part3>{parts}))"
                          rf"(?!\s+(?:de|du|d['’]|dernière|prochaine|suivante|précédente|même)\b)"
                          rf"|(?P<part4>(?:début|fin) d['’]après-midi|(?:début|fin) de (?:matinée|soirée))")]
          if language == "fr" else []),
        # 'three days later', 'ten days before': TimeML tags the span and leaves the signal word out
        ("ago", rf"(?:il y a|voici)\s+(?:{modifiers}\s+)?(?:{quantity}|(?P<vague>{vague}))\s+{unit}"
                if language == "fr" else
                rf"(?:(?:{modifiers})\s+)?(?:{quantity}|(?P<vague>{vague}))\s+{unit}\s+(?:ago|earlier)"),
        ("month_shift", rf"(?P<dir>{last}|{next_}|{this})\s+(?P<month>{months})(?!\s*\d)"
                        rf"|(?P<of_year>{months})\s+(?P<year_dir>{last}|{next_}|{this})\s+year" if language == "en" else
                        rf"(?P<month>{months})\s+(?P<dir>{last}|{next_})"),
        ("every", rf"(?:{every})\s+(?:(?P<weekday>{weekdays})s?|(?P<part>{parts})|{unit})"),
        *([("anaphoric", r"(?:(?:earlier|later) )?(?:that (?:same )?|the (?P<following>following) )"
                         r"(?P<unit>year|month)")] if language == "en" else []),
        # a day of the month the story is in: 'Le 26, les militaires...', 'on the 27th'
        ("day_only", rf"(?<![\w'’])[Ll]e (?P<day>{DAY_RE}|1er)(?=\s*,|\s+(?:au|dans la|en)\s+(?:matin|soir|nuit|journée|fin))"
                     if language == "fr" else rf"(?<=\b[Oo]n )the (?P<day>{DAY_RE})(?:st|nd|rd|th)\b(?!\s+(?:of|\w+ of)\b)"),
        ("relative_unit", rf"(?:(?:{this})\s*|(?P<article>l['’]|la |le |the )?(?P<dir>{last}|{next_})\s+)(?P<unit>{units})"
                          rf"(?:-ci|-là)?(?:\s+(?P<after>{last}|{next_}))?"
                          if language == "en" else
                          rf"(?:(?P<this>{this})\s*|(?P<article>l['’]|la |le |les ))(?P<unit>{units})(?:-ci)?"
                          rf"(?:\s+(?P<after>{last}|{next_}))?"),
        ("season", rf"(?:(?P<past>this past )|(?:{this})\s*|(?:l['’]|le |la |the |(?P<bare>(?<=en )|(?<=in ))"
                   rf"|(?<=au )|(?<=during ))(?:(?P<dir>{last}|{next_})\s+)?|(?P<dir2>{last}|{next_})\s+)"
                   rf"(?P<season>{seasons})"
                   rf"(?:\s+(?:of |de |d['’])?(?:(?P<year>{YEAR_RE})|(?P<spoken>{spoken_year}))"
                   rf"|\s+(?P<after>{last}|{next_}))?"),
        ("weekday", rf"(?:(?:(?:this )?(?P<before>coming|this|last|next) |le |ce )?(?P<weekday>{weekdays})(?:s)?)(?:,?\s+(?P<day>{DAY_RE})(?:er|st|nd|rd|th)?"
                    rf"\s+(?P<month>{months})(?:\s+(?P<year>{YEAR_RE}))?)?(?:\s+(?P<after>{last}|{next_}))?"
                    rf"(?:\s+(?P<part>{parts}))?"),
        *([("weekday", rf"la (?P<part>nuit) (?:de|du) (?P<weekday>{weekdays}) (?:à|au) (?:{weekdays})")]
          if language == "fr" else []),  # 'la nuit de samedi à dimanche': the night that starts on the first day
        ("day_month", rf"(?:le )?(?:(?P<weekday>{weekdays})\s+)?(?P<day>{DAY_RE}|1er|premier)(?:st|nd|rd|th)?"
                      rf"(?: of)?\s+(?P<month>{months})(?:,?\s+(?P<year>{YEAR_RE})|\s+(?P<short_year>[4-9]\d)(?=\s*[.,;:)]|\s*$))?"
                      rf"(?:\s+(?P<after>{last}|{next_}))?"),
        # the first day of a range takes the month named after the second: 'du 19 au 23 juillet', 'April 24 and 25'
        ("day_month", rf"(?P<core>(?:les )?(?P<day>{DAY_RE}|1er))\s+(?:au|et|à)\s+(?:{DAY_RE}|1er)\s+"
                      rf"(?P<month>{months})(?:\s+(?P<year>{YEAR_RE}))?(?:\s+(?P<after>{last}|{next_}))?"
                      if language == "fr" else
                      rf"(?P<month>{months})\s+{DAY_RE}(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)"
                      rf"(?P<core>(?P<day>{DAY_RE}))(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>{YEAR_RE}))?"),
        ("month_day", rf"(?:(?P<weekday>{weekdays}),?\s+)?(?P<month>{months})\s+(?P<day>{DAY_RE})(?:st|nd|rd|th)?"
                      rf"(?!\d)(?:,?\s+(?P<year>{YEAR_RE}))?"),
        ("month_year", rf"(?:(?:début|fin|mi-|mi |early[ -]|late[ -]|mid-)\s*)?(?P<month>{months})\s+(?:de |of )?"
                       rf"(?:(?P<year>{YEAR_RE})|(?P<spoken>{spoken_year})|{short_year})"),
        ("month", rf"(?:(?:début|fin|mi-|early[ -]|late[ -]|mid-)\s*)?(?P<month>{plain_months})"
                  rf"|(?:en|in|since|depuis|until|till|de|fin|début|mi|mid|early|late) (?P<core>{months})"),
        ("year", rf"(?:(?:l['’]année|l['’]an|the year|en l['’]an) |mid-|mi-|pre-|post-)?"
                 rf"(?:(?<![\d,.])(?P<year>{YEAR_RE})(?![\d])|(?P<spoken>{spoken_year})|(?<=en ){short_year})"),
        ("time", r"(?P<hour>[01]?\d|2[0-3])\s?h\s?(?P<minute>[0-5]\d)?(?!\w)"
                 if language == "fr" else
                 rf"(?:(?P<hour>1[0-2]|0?\d)(?::(?P<minute>[0-5]\d))?\s?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
                 rf"|(?P<noon>noon)(?=\s+{ZONE_RE}|,?\s+(?:{weekdays}|{months})))"
                 rf"(?:(?:\s+{ZONE_RE})?,?\s+"
                 rf"(?:(?P<weekday>{weekdays})|(?P<month>{months})\s+(?P<day>{DAY_RE})(?!\d)))?"
                 r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d)"),
        ("clock_hours", r"(?:à|vers) (?P<hour>[01]?\d|2[0-3]) heures(?: (?P<minute>[0-5]\d))?"
                        + (r"|(?:(?<=à )|(?<=vers ))(?:(?P<noon>midi)|(?P<midnight>minuit))" if language == "fr" else
                           r"|(?P<noon>midday)")),  # 'vers midi', 'à minuit': on the story's day
        ("duration", rf"(?:(?:{modifiers})\s+(?!{span_words})|{span_words})?(?:{quantity}|(?P<vague>{vague}))[\s-]+"
                     rf"(?:(?:d['’]|de )\s*)?(?:{span_after})?{unit}(?P<and_half>\s+(?:et demie?|and a half))?(?!-old)"),
        *([("unit_long", rf"(?P<unit>{units}){lex.PLURAL_SUFFIX}-long")] if language == "en" else []),
        ("quarter", rf"(?:(?:the|le|la|ce|this|last|latest|current|past|comparable|corresponding) )*"
                    rf"(?:(?P<ago>year-ago|year-earlier|year earlier|prior-year) |(?P<qyear>{YEAR_RE}) |"
                    rf"(?P<rel>this|last|next) year's )?(?:(?P<ordinal>{quarters})\s+)?"
                    rf"(?:fiscal )?(?:quarter|trimestre|(?<=latest )period|(?<=year-ago )period|(?<=year-earlier )period)"
                    rf"(?![\w-])(?:\s+(?:of|de|fiscal) (?P<ofyear>{YEAR_RE}))?"
                    rf"|(?P<adjective>{quarters})-quarter"
                    rf"|(?P<alone>year-(?:earlier|ago))(?= (?:profit|loss|net|results|earnings|sales|revenue|figures))"),
        ("half_year", rf"(?:the )?(?P<half>first|second|last|latter) half of (?P<year>{YEAR_RE})" if language == "en"
                      else rf"(?:le )?(?P<half>premier|second|deuxième|dernier) semestre (?:de |d['’]année )?"
                           rf"(?P<year>{YEAR_RE})"),
        ("frequency", rf"(?P<frequency>{frequencies})"),
        ("named", alternation(lex.NAMED_EXPRESSIONS[language])),
        ("holiday", rf"(?:(?P<dir>{last}|{next_}|{this})\s+)?(?P<holiday>{holidays})(?:\s+(?P<year>{YEAR_RE})"
                    rf"|\s+(?P<after>{span_after_fr}))?"),
        ("bare_duration", r"(?:(?:pendant|durant|depuis) des |for |(?:ces|les) (?:derniers|dernières|prochains|"
                          r"prochaines) )(?P<unit>années|ans|mois|semaines|jours|heures|"
                          r"years|months|weeks|days|hours|decades|décennies)"),
        *([("the_weekend", r"(?:(?P<ahead>ahead of|before|until)\s+)?(?P<core>the weekend)"),
           ("the_year", r"(?P<core>the (?:current )?(?:fiscal |full )?year)(?![\w-])"
                        r"(?P<ended>\s+(?:that\s+)?(?:ended|ending|ends))?(?!\s+(?:before|"
                        r"after|earlier|later|ago|two|nineteen|\d))")] if language == "en" else []),
        ("present", alternation(lex.PRESENT_WORDS[language])),
        ("past", alternation(lex.PAST_WORDS[language])),
        ("future", alternation(lex.FUTURE_WORDS[language])),
    ]
    return [(kind, re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)) for kind, body in rules]


def spoken_year_pattern() -> str:
    """English years read out in broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'."""
    def words(low: int, high: int, step: int = 1) -> str:
        return alternation(w for w, n in lex.NUMBERS["en"].items() if low <= n <= high and n % step == 0 and len(w) > 2)
    ones, teens, tens = words(1, 9), words(10, 19), words(20, 90, 10)
    return (rf"(?:nineteen|twenty)[ -](?:(?:{tens})(?:[- ](?:{ones}))?|{teens})"
            rf"|(?<=the year )two thousand(?: and (?:{ones}))?")


def spoken_year(words: str) -> int:
    """The number of a year read out: 'nineteen ninety-six' is 1996, 'two thousand and one' 2001."""
    numbers = [lex.NUMBERS["en"][w] for w in re.split(r"[\s-]+", words.lower()) if w in lex.NUMBERS["en"]]
    if "thousand" in words.lower():
        return 1000 * numbers[0] + sum(numbers[1:])
    return 100 * numbers[0] + sum(numbers[1:])


def roman_number(numeral: str) -> int:
    """The value of a Roman numeral up to a few dozen ('XIX' is 19); 0 if it is none."""
    values = {"I": 1, "V": 5, "X": 10}
    digits = [values.get(c, 0) for c in numeral.upper()]
    if not digits or 0 in digits:
        return 0
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))
