"""Words of time in French and English: months, days, units, numbers, relative words."""
from __future__ import annotations

import re

MONTHS = {
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4, "avr": 4,
        "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
        "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12,
    },
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
}
# Month names that are also common words: only taken next to a day number or a year.
AMBIGUOUS_MONTHS = {"fr": {"mars", "mai", "sept", "oct", "nov"}, "en": {"may", "march", "mar", "jan", "sep", "oct", "nov", "dec", "aug", "apr", "jun", "jul"}}

WEEKDAYS = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
}

PARTS_OF_DAY = {
    "fr": {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI", "midi": "MI",
           "début d'après-midi": "AF", "fin d'après-midi": "AF", "début de matinée": "MO", "fin de matinée": "MO",
           "début de soirée": "EV", "fin de soirée": "EV"},
    "en": {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI"},
}

RELATIVE_DAYS = {
    "fr": {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2, "désormais": 0},
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1},
}
# "ce matin", "this morning", "tonight": today's part of day.
TODAY_PARTS = {
    "fr": {"ce matin": "MO", "cet après-midi": "AF", "ce soir": "EV", "cette nuit": "NI", "cette nuit-là": "NI"},
    "en": {"this morning": "MO", "this afternoon": "AF", "this evening": "EV", "tonight": "NI", "last night": "NI-1"},
}

NUMBERS = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
        "dix-huit": 18, "dix-sept": 17, "dix-neuf": 19, "vingt-quatre": 24, "quarante-huit": 48,
    },
    "en": {
        "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "twenty-four": 24,
        "forty-eight": 48,
    },
}
# Decades read out in broadcast transcripts: 'the nineties' (years are read by their numbers, 'nineteen ninety-six').
SPOKEN_DECADES = {"en": {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                         "eighties": 8, "nineties": 9}}
# Vague quantities: TIMEX3 writes an unknown number as X ("P" "X" "Y").
VAGUE_QUANTITIES = {
    "fr": ("quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "nombre d'", "des dizaines d'", "des dizaines de"),
    "en": ("a few", "few", "several", "many", "some", "a couple of", "dozens of", "the past few", "the last few", "recent"),
}

# Unit word -> (TIMEX3 unit letter, whether it needs the T time designator, calendar unit name).
UNITS = {
    "fr": {
        "seconde": ("S", True, "second"), "minute": ("M", True, "minute"), "heure": ("H", True, "hour"),
        "jour": ("D", False, "day"), "journée": ("D", False, "day"), "semaine": ("W", False, "week"),
        "mois": ("M", False, "month"), "an": ("Y", False, "year"), "année": ("Y", False, "year"),
        "décennie": ("DE", False, "decade"), "siècle": ("CE", False, "century"), "trimestre": ("Q", False, "quarter"),
        "week-end": ("WE", False, "weekend"),
    },
    "en": {
        "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
        "day": ("D", False, "day"), "week": ("W", False, "week"), "month": ("M", False, "month"),
        "year": ("Y", False, "year"), "decade": ("DE", False, "decade"), "century": ("CE", False, "century"),
        "quarter": ("Q", False, "quarter"), "weekend": ("WE", False, "weekend"), "fortnight": ("W", False, "fortnight"),
    },
}
PLURAL_SUFFIX = r"(?:s|x)?"
IRREGULAR_PLURALS = {"en": {"century": "centuries"}, "fr": {}}

# Relative words before or after a calendar unit: "cette année", "last year", "la semaine dernière".
THIS = {"fr": ("ce", "cet", "cette", "en cours"), "en": ("this", "the current")}
LAST = {"fr": ("dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent", "précédente"), "en": ("last", "past", "previous")}
NEXT = {"fr": ("prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante", "à venir"),
        "en": ("next", "coming", "following")}

MODIFIERS = {
    "fr": ("plus de", "moins de", "près de", "environ", "presque", "au moins", "quelque", "bientôt", "d'environ",
           "de plus de", "de près de"),  # 'pendant', 'au bout de' are prepositions: French TimeBank leaves them out
    "en": ("more than", "less than", "nearly", "almost", "about", "around", "some", "at least", "roughly",
           "approximately", "up to", "under"),
}
AGO = {"fr": ("il y a",), "en": ("ago",)}
EVERY = {"fr": ("chaque", "tous les", "toutes les"), "en": ("every", "each")}
# TimeBank tags most "now"s (64 of 89 in TBAQ) but few "soon"s (5 of 19): only the first pays.
PRESENT_WORDS = {"fr": ("actuellement", "maintenant", "à présent", "pour l'instant", "actuel", "actuelle", "actuels",
                        "actuelles"),
                 "en": ("currently", "nowadays", "at present", "right now", "now", "current")}
REFERENCE_TYPE = {"fr": "TIME", "en": "DATE"}  # how each TimeBank types PRESENT_REF and its kin
PAST_WORDS = {"fr": ("récemment", "autrefois", "jadis", "par le passé", "auparavant", "précédemment"),
              "en": ("recently", "lately", "the past", "formerly")}  # 'in the past': TimeML leaves 'in' out
FUTURE_WORDS = {"fr": ("bientôt", "à l'avenir", "l'avenir", "prochainement", "le futur"),
                "en": ("the future", "the near future", "the near term", "the short term")}
ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                    "premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4}
FREQUENCY_WORDS = {
    "fr": {"annuel": "P1Y", "annuels": "P1Y", "annuelle": "P1Y", "annuelles": "P1Y", "quotidien": "P1D",
           "quotidienne": "P1D", "quotidiens": "P1D", "quotidiennes": "P1D", "mensuel": "P1M", "mensuelle": "P1M",
           "quotidiennement": "P1D", "chaque jour": "P1D", "par jour": "P1D", "par an": "P1Y", "par mois": "P1M",
           "par semaine": "P1W", "par semestre": "P6M",
           "annuellement": "P1Y", "hebdomadaire": "P1W", "mensuellement": "P1M"},
    "en": {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
           "a year": "P1Y", "a day": "P1D", "per year": "P1Y", "per day": "P1D"},
}
# "le quotidien", "des hebdomadaires", "la presse quotidienne": French names publications by how often they appear.
PUBLICATION_BEFORE = {"fr": re.compile(r"(?:\b(?:le|la|les|un|une|des|de|du|d['’]|l['’]|aux|ces|presse|journal|journaux)"
                                       r"\s*|\bl['’])$", re.IGNORECASE)}
# Words that are time expressions by themselves: a term of office, a span, a time of day.
NAMED_EXPRESSIONS = {
    "fr": {"un demi-siècle": ("DURATION", "P50Y"), "quinquennat": ("DURATION", "P5Y"),
           "septennat": ("DURATION", "P7Y"), "nocturne": ("TIME", "TNI"), "nocturnes": ("TIME", "TNI")},
    "en": {"half a century": ("DURATION", "P50Y")},
}
# Holidays: (month, day, weekday or None): the day itself, or the first such weekday on or after it (Thanksgiving is
# the Thursday from 22 November on; Election Day the Tuesday after the first Monday of November).
HOLIDAYS = {
    "en": {"christmas": (12, 25, None), "christmas day": (12, 25, None), "christmas eve": (12, 24, None),
           "new year's day": (1, 1, None), "new year's eve": (12, 31, None), "independence day": (7, 4, None),
           "halloween": (10, 31, None), "valentine's day": (2, 14, None), "thanksgiving": (11, 22, 3),
           "thanksgiving day": (11, 22, 3), "labor day": (9, 1, 0), "memorial day": (5, 25, 0),
           "election day": (11, 2, 1), "martin luther king day": (1, 15, 0)},
    "fr": {"noël": (12, 25, None), "la toussaint": (11, 1, None), "le jour de l'an": (1, 1, None),
           "la saint-sylvestre": (12, 31, None), "le réveillon de noël": (12, 24, None)},
}
# Feasts that move with Easter: days after Easter Sunday.
EASTER_FEASTS = {"en": {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1},
                 "fr": {"pâques": 0, "lundi de pâques": 1, "vendredi saint": -2, "pentecôte": 49, "l'ascension": 39}}
SEASONS = {
    "fr": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "en": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
}
# A French verb in the future tense: a lower-case word ('viendra'), or one of a headline in capitals ('AURA'), not
# a name that ends alike ('Zamfara', 'Ankara').
FRENCH_FUTURE_VERB = r"(?-i:\b(?:[a-zàâçéèêëîïôûùüÿœ]+(?:era|eront|ira|iront|ra|ront)|[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]+(?:RA|RONT))\b)"
# Words that make a weekday point forward ("jeudi prochain", "will meet on Thursday").
FUTURE_CUES = {
    "fr": (r"\bprochain", r"\bva\b", r"\bvont\b", r"\bsera\b", r"\bseront\b", r"\bdevrait\b", r"\bdevraient\b",
           r"\bdoit\b", r"\bdoivent\b", FRENCH_FUTURE_VERB, r"\bprévu"),
    "en": (r"\bwill\b", r"\bnext\b", r"\bis due\b", r"\bare due\b", r"\bexpected\b", r"\bgoing to\b", r"\bscheduled\b",
           r"\bplans? to\b", r"'ll\b"),
}
# Plans and schedules: they point forward even in a past-tense clause ("planned to leave on Thursday").
PLAN_CUES = {
    "fr": (),  # French future tenses are read by FUTURE_CUES; plan words did not help on French TimeBank
    "en": (r"\bwill\b", r"\bwould\b", r"\bcould\b", r"\bplan(?:s|ned|ning)? to\b", r"\bscheduled\b",
           r"\bexpected to\b", r"\bset to\b", r"\bis to\b", r"\bare to\b", r"\bas (?:soon|early) as\b",
           r"\bgoing to\b", r"'ll\b"),
}
# A lower-case '-ed' word: a verb in the past ('United', 'Ted' are names).
ED_CUE = r"(?-i:\b[a-z]+ed\b)"
# Words that put a clause in the past, overriding a weaker future cue elsewhere ("said ... on Monday").
PAST_CUES = {
    "fr": (r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|u|us|t)\b",
           r"\bhier\b", r"\bdernier\b", r"\bdernière\b"),
    "en": (r"\b(?:was|were|had|did|said|told|met|went|came|took|saw|made|bought|sold|rose|fell|began|won|gave|paid|"
           r"sent|spent|brought|became|wrote|spoke|broke|grew|flew|fought|struck|knew|thought)\b", ED_CUE, r"\blast\b"),
}
# Cues too common to choose a year by ('-ed' is also an adjective: 'the year ended', 'expected').
BROAD_CUES = {"fr": (), "en": (ED_CUE,)}
# Whether a clause's tense picks a yearless date's year: French verb endings say it; English cues
# ('said ... would') mislead more than they help (measured on TimeBank: -0.01 value F1 in English, +0.006 in French).
TENSE_PICKS_YEAR = {"fr": True, "en": False}
# Words right before a date that make it a deadline, hence ahead of the document date.
DEADLINE_BEFORE = {"fr": re.compile(r"\b(?:d'ici|jusqu'|avant le|au plus tard le)\s*(?:au\s+|le\s+)?$", re.IGNORECASE),
                   "en": re.compile(r"\b(?:by|(?:until|till)(?:\s+the)?)\s+$", re.IGNORECASE)}
# Words right before a date that put it behind the document date: a starting point ('depuis janvier'), the end of a
# period reported on ('the year ended March 31', 'l'exercice clos le 31 mars').
BEHIND_BEFORE = {"fr": re.compile(r"\b(?:depuis|clos|close)\s+(?:le\s+)?$", re.IGNORECASE),
                 "en": re.compile(r"\b(?:since|ended)\s+(?:the\s+)?$", re.IGNORECASE)}
# 'a vu le jour': 'voir le jour' is to be born or founded, not a day.
IDIOM_BEFORE = {"fr": re.compile(r"\b(?:vu|voir|voit|voient|verra|verront|vit|virent)\s+$", re.IGNORECASE),
                "en": re.compile(r"(?!)")}
# Words TimeML puts inside a date's extent, though the rules read the date without them: 'earlier this year',
# 'late yesterday', 'fiscal 1989', 'the end of 1990'; and the article of a counted span ('the nine months', not
# 'the 14-day wait').
DATE_LEAD = {"en": re.compile(r"\b(?:(?:earlier|later|early|late|fiscal)\s+"
                              r"|(?:the\s+)?(?:end|beginning|middle|start)\s+of\s+)$", re.IGNORECASE),
             "fr": re.compile(r"(?!)")}
DURATION_LEAD = {"en": re.compile(r"\bthe\s+$", re.IGNORECASE), "fr": re.compile(r"(?!)")}
# 'Islam will one day be ...': after a modal, 'one day' is some time ahead (FUTURE_REF), not a day's span.
SOMEDAY_BEFORE = {"en": re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must)\s+$", re.IGNORECASE),
                  "fr": re.compile(r"\b(?:sera|serait|seront|pourra|pourrait|pourront|va|vont|devrait|devraient)\s+$",
                                   re.IGNORECASE)}
SOMEDAY = {"en": ("one day", "some day"), "fr": ("un jour",)}
# 'a second time', 'une seconde fois': after 'a' or 'une', 'second' followed by a noun is the ordinal, not a unit.
ORDINAL_SECOND_AFTER = {
    "en": re.compile(r"\s+(?!(?:of|or|and|later|earlier|ago|before|after|apart|more|too)\b)[^\W\d_]", re.IGNORECASE),
    "fr": re.compile(r"\s+(?!(?:de|d['’]|ou|et|plus|avant|après|près)\b)[^\W\d_]", re.IGNORECASE),
}
# Words around "N ans" / "N years" that make it an age, which TimeML does not tag.
AGE_BEFORE = {
    "fr": re.compile(r"(?:âgée?s? de|agée?s? de|homme de|femme de|garçon de|fille de|enfant de|jeune de)\s*$",
                     re.IGNORECASE),
    "en": re.compile(r"(?:aged|age of)\s*$", re.IGNORECASE),
}
AGE_AFTER = {"fr": re.compile(r"\s*révolus"), "en": re.compile(r"[\s-]*old\b", re.IGNORECASE)}
# French "un chauffeur de 38 ans", "des enfants de 2 à 8 ans": 'de N ans' after a noun is an age, unless a quantity
# word leads it ('plus de vingt ans') or what lasted follows it ('2 ans de prison').
AGE_OF_BEFORE = {"fr": re.compile(r"\bde\s+(?:\d+\s*à\s*)?$", re.IGNORECASE)}
QUANTITY_OF_BEFORE = {"fr": re.compile(r"\b(?:plus|moins|près|terme|bout|cours|espace|lieu|environ|peine|durée|période)"
                                       r"\s+de\s+(?:\d+\s*à\s*)?$", re.IGNORECASE)}
WHAT_LASTED_AFTER = {"fr": re.compile(r"\s+d(?:e\b|['’])", re.IGNORECASE)}
