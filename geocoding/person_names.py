"""A place's name written as someone's first name before their surname ('Paris Hilton', 'Israel Katz') names no
place: the NER often calls such a pair an organisation or a site, and a place's name inside it is then no place."""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from core.geo import haversine_km
from core.model import Candidate
from core.placelex import either, fragments, kinds, spaced
from core.timelex import MONTHS, WEEKDAYS
from geocoding.names import fold
from lang import LANGUAGES, pack_language, resource

if TYPE_CHECKING:
    from spacy.lookups import Lookups

# The first names of gender-guesser's dictionary (about 45,000 names of 55 countries), one per line after its header.
FIRST_NAME_LINE = re.compile(r"^(?:[?=1]?[MF]|\?)\s+(?P<name>[A-Za-z][A-Za-z'-]+)\s")
# A surname right after a name: one capitalised word in lower case after its capital ('Hilton', not 'PD' nor 'City
# Hall' when 'Hall' goes on), ending the name.
SURNAME_AFTER = re.compile(r" (?P<word>[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?![\w'’-])(?! +[A-ZÀ-Ý])")
# An article right before the name: 'the Paris Hilton hotel', 'The Jordan Hubmen' name things, and a
# person is named without one.
ARTICLE_BEFORE = re.compile(rf"(?<![\w'’])(?:{spaced([*fragments('articles'), *fragments('name_articles')])})$",
                            re.IGNORECASE)
# A preposition of place right before the name: 'at Sullivan Goss', 'from Cherry Hinton' name a venue or a town named
# after someone.
PLACE_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{either('town_prepositions')}|{either('person_place_prepositions')}|"
    rf"{either('containment_prepositions')}|{either('dative_prepositions')})\s+$", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"(?:['’]s?)$")  # 'Cowboys'', 'Hilton's'
# The packs' words for a place's kind, a site or an institution ('Paris City Hall', 'Jordan Valley', 'Georgia Bureau').
PLACE_WORD = re.compile(
    "|".join(f"(?:{either(key)})" for key in (
        "feature_words.city", "feature_words.region", "feature_words.landmark", "words_after.landmark",
        "words_after.region", "words_after.city", "site_words", "settlement_words", "physical_words",
        "administration_after", "administration_suffixes", "island_words", "airport_words", "institution_words_after",
        *(f"site_kinds.{kind}" for kind in kinds("site_kinds")))), re.IGNORECASE)
CALENDAR_WORDS = {w for table in (*MONTHS.values(), *WEEKDAYS.values()) for w in table}
NEAR_PART_KM = 100.0  # a place this close to a town is a part of it the text names after it ('Paris Orly')
# A town's part named with a first name ('Paris Orly') is named after a town this big, one the world knows.
WELL_KNOWN_TOWN = 100_000
MIN_SURNAME = 4  # a shorter word after a place's name is a title's abbreviation as often ('U.S. Sen.')
WORLD_CITY = 1_000_000  # a city this big by a name is a place after a first name, not a surname ('S.E. Paris')


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Every pack's function words ('The', 'He', 'Le'), which the names dictionary also lists as names."""
    return frozenset(word for code in LANGUAGES
                     for word in importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The folded first names of the gender-guesser package's dictionary."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    with open(path, encoding="iso-8859-1") as lines:
        return frozenset(fold(found.group("name")) for line in lines if (found := FIRST_NAME_LINE.match(line)))


@lru_cache(maxsize=None)
def lemmatizer_tables(language: str) -> Lookups:
    """A language's spaCy model's lemmatizer lookup tables, read once."""
    import spacy.util
    from spacy.lookups import Lookups

    package = spacy.util.get_package_path(resource(language, "model")["spacy"])
    folder = next(package.glob("*/lemmatizer/lookups"), None) or next(package.glob("lemmatizer/lookups"))
    return Lookups().from_disk(folder)


@lru_cache(maxsize=None)
def lexicon(language: str) -> tuple[frozenset[str], dict[str, list[tuple[str, str]]], frozenset[str], object]:
    """A language's words in lower case as its spaCy model's lemmatizer tables list them: the lemmas and irregular
    forms it knows, its suffix rules by part of speech, the lemmas those rules may end in, and its table of word
    forms (keyed by hash: a word is looked up in it, not listed)."""
    tables = lemmatizer_tables(language)
    words: set[str] = set()
    rules: dict[str, list[tuple[str, str]]] = {}
    forms = tables.get_table("lemma_lookup") if "lemma_lookup" in tables.tables else {}
    index = tables.get_table("lemma_index") if "lemma_index" in tables.tables else {}
    lemmas = {word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, [])}
    for pos, table in (tables.get_table("lemma_exc").items() if "lemma_exc" in tables.tables else []):
        if isinstance(table, dict):
            words.update(table)
    for pos in ("noun", "verb", "adj", "adv"):
        rules[pos] = [tuple(rule) for rule in (tables.get_table("lemma_rules").get(pos, [])
                                               if "lemma_rules" in tables.tables else [])]
    return frozenset(words | lemmas), rules, frozenset(lemmas), forms


def is_common_word(word: str, language: str) -> bool:
    """Whether a language writes a word in lower case: its model's lemmatizer lists it, or one of its suffix rules
    takes it to a listed lemma ('Rockets', 'Mavericks', 'Policemen' are common nouns; 'Hilton' is not)."""
    lower = word.lower()
    for code in ([pack_language(language)] if language else LANGUAGES):
        words, rules, lemmas, forms = lexicon(code)
        if lower in words or lower in forms or any(
                lower.endswith(old) and f"{lower[:len(lower) - len(old)]}{new}" in lemmas
                for table in rules.values() for old, new in table if old):
            return True
    return False


@lru_cache(maxsize=None)
def noun_only_lemmas(language: str) -> frozenset[str]:
    """The lemmas a language's lemmatizer lists as nouns and as nothing else, with no irregular form: where its word
    lists keep proper names ('jackson', 'clinton', 'paris'), beside nouns such as 'rand'; 'line', 'red' or 'mark' are
    listed as verbs or adjectives too."""
    tables = lemmatizer_tables(language)
    if "lemma_index" not in tables.tables:
        return frozenset()
    index = tables.get_table("lemma_index")
    others = {word for pos in ("verb", "adj", "adv") for word in index.get(pos, [])}
    irregular = {form for _, table in (tables.get_table("lemma_exc").items() if "lemma_exc" in tables.tables else [])
                 if isinstance(table, dict) for form in table}
    return frozenset(set(index.get("noun", [])) - others - irregular)


def is_name_word(word: str, language: str, lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether a capitalised word the lemmatizer lists is a name all the same: a first name it lists as a noun only
    ('Jackson', 'Clinton', 'Irving'), and no country, region nor city of a million by that name ('Paris', 'Georgia',
    which follow a name as places: 'S.E. Paris')."""
    lower = word.lower()
    return fold(word) in first_names() \
        and any(lower in noun_only_lemmas(code) for code in ([pack_language(language)] if language else LANGUAGES)) \
        and not any(c.name_match == "name" and (c.feature_class in ("country", "region") or (
            c.feature_class == "city" and c.population >= WORLD_CITY)) for c in lookup(word))


def is_surname(word: str, name_readings: list[Candidate], language: str,
               lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether a capitalised word after a first name is a surname: no calendar word, no place's kind, no word the
    language writes in lower case unless it is a name all the same (the lemmatizer's lists hold names such as
    'jackson' and 'clinton': 'Paris Jackson'), and no place close to a reading of the name ('Paris Orly' is Paris's
    airport, 'Elgin Millville' two towns); such a name is a place's part only near a well-known reading (Jackson,
    Tennessee, near Paris, Tennessee, makes no 'Paris Jackson' a place)."""
    word = POSSESSIVE_END.sub("", word)
    if word.lower() in CALENDAR_WORDS or word.lower() in stop_words() or PLACE_WORD.fullmatch(word):
        return False
    common = is_common_word(word, language)
    name_like = is_name_word(word, "", lookup)  # a name in any pack's lexicon: 'Irving' in French too
    if common and not name_like:
        return False
    known = [c for c in name_readings if c.population >= WELL_KNOWN_TOWN] if name_like else name_readings
    return not any(p.country_code == c.country_code and haversine_km(p.lat, p.lon, c.lat, c.lon) <= NEAR_PART_KM
                   for p in lookup(word) for c in known or name_readings)


FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Ý][a-zà-ÿ'’-]+) $")
# A person's title or office right before a name ('governor Uba Sani', 'le général Tiani'), maybe with a first name
# between ('President Bola Tinubu': 'Tinubu').
TITLE_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{either('person_titles')})\s+"
                          r"(?P<first>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+)?$", re.IGNORECASE)
NAME_AFTER = re.compile(r" [A-ZÀ-Ý][a-zà-ÿ'’-]+")  # a surname after a first name: 'Sani' of 'Uba Sani'


def names_person(text: str, start: int, end: int, language: str, lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether a mention names someone, not a place: a first name before a surname ('Paris Hilton said'), the two
    together, or a surname no place bears after a first name ('Israel Adesanya', which the NER may split into two
    places), or a name of two words or more right after a person's title ('governor Uba Sani said', not 'Commander
    Peshawar corps'); never after an article ('the Paris Hilton hotel')."""
    title = TITLE_BEFORE.search(text, max(0, start - 60), start)
    if title and (title.group("first") or " " in text[start:end] or NAME_AFTER.match(text, end)):
        return True
    before = FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    surname = SURNAME_AFTER.match(text, before.end("word")) if before else None
    if surname is not None and surname.span("word") == (start, end) and not lookup(text[start:end]):
        return is_first_name(text, *before.span("word"), language, lookup)
    return is_first_name(text, start, end, language, lookup)


def is_first_name(text: str, start: int, end: int, language: str,
                  lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether a name is someone's first name here: a first name followed by a surname ('Paris Hilton said'), or a
    span of the two words together that is no place's name; never after an article ('the Paris Hilton hotel')."""
    name = text[start:end]
    first, _, rest = name.partition(" ")
    before = text[max(0, start - 20):start]
    after = SURNAME_AFTER.match(text, end)
    surname = rest or (after.group("word") if after else "")
    if not is_given_name(first, surname, lookup) or first.lower() in stop_words() \
            or ARTICLE_BEFORE.search(before) or PLACE_PREPOSITION_BEFORE.search(before):
        return False
    if rest:  # 'The heiress Paris Hilton', one site's name to the NER
        return bool(SURNAME_AFTER.fullmatch(f" {rest}")) and not lookup(name) \
            and is_surname(rest, lookup(first), language, lookup)
    return after is not None and is_surname(after.group("word"), lookup(name), language, lookup)


def is_given_name(word: str, surname: str, lookup: Callable[[str], list[Candidate]]) -> bool:
    """Whether a word is a first name: the dictionary's, or a well-known place's own name before a word the dictionary
    and a pack's lemmatizer know as a person's name ('Washington Irving': the dictionary lacks first names taken from
    places; not 'U.S. Sen.' nor 'Hammond Marina'); names are read alike in every language."""
    surname = POSSESSIVE_END.sub("", surname)
    return fold(word) in first_names() or (word.isalpha() and len(surname) >= MIN_SURNAME and any(
        fold(c.name) == fold(word) and (c.feature_class in ("country", "region") or c.population >= WELL_KNOWN_TOWN)
        for c in lookup(word)) and is_name_word(surname, "", lookup))
