"""Named entities from spaCy, cleaned: people's aliases merged, toponym spans trimmed to the name."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from core.model import Entity
from extractors.event_lexicon import event_lexicon
from lang import pack_language, resource
from core.placelex import article, either, fragments, genitive, spaced
from geocoding.areas import PHYSICAL_CLASSES
from geocoding.gazetteer import WELL_KNOWN_CITY, default_gazetteer

PERSON_LABELS = {"PER", "PERSON"}
ORGANISATION_LABELS = {"ORG", "NORP"}
PLACE_LABELS = {"LOC", "GPE", "FAC"}
NOT_NAMES = {"VERB", "AUX", "ADJ", "ADV", "PRON", "DET"}  # one-word "places" of these kinds are tagging errors
KEPT_LABELS = PERSON_LABELS | ORGANISATION_LABELS | PLACE_LABELS | {"MISC"}
BRACKETS = {"(", ")", "[", "]"}  # a name never runs across one
# Same-length replacements: the model reads typographic quotes badly, offsets must not move.
SENTENCE_OPENING_CAPITAL = re.compile(r"(^|[.!?]\s+|\n\s*)([A-Z])(?=\s+[0-9A-ZÀ-Þ])")  # a one-letter word opening a
# sentence before a name or a number ('A Kiev, ...', 'A 20 h, ...')
TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})


def either_case_first(word: str) -> str:
    """A word as a pattern that takes it with its first letter in either case ('[Ll]a'), never in capitals."""
    return f"[{word[0].upper()}{word[0].lower()}]{word[1:]}"


@dataclass(frozen=True)
class NameEdges:
    """What a language writes at the edges of a place's name that is no part of it."""

    leading_article: re.Pattern[str]  # "the United States", "la Corée du Nord"
    feature_prefix: re.Pattern[str]  # "cosmodrome de Plesetsk", "the city of Aleppo": the name is what follows
    possessive: re.Pattern[str]  # "Boone County's"


@lru_cache(maxsize=None)
def name_edges(language: str) -> NameEdges:
    """A language's own words at a name's edges, from its pack: a French article is part of 'Le Havre' in English."""
    articles = [either_case_first(word) for word in fragments("name_articles", language)]
    return NameEdges(
        re.compile(rf"^(?:{spaced(articles)})(?=[A-ZÀ-Ý])"),  # the name goes on capitalised: 'LA Lakers' keeps 'LA'
        re.compile(rf"^{article(language)}(?:{either('name_prefix_words', language)}|"  # 'oblast de Donetsk' too
                   rf"{either('administration_prefixes', language)})\s+{genitive(language)}?{article(language)}",
                   re.IGNORECASE),
        re.compile(rf"(?:{either('possessives', language)})$"))


def normalise_for_nlp(text: str, language: str | None = None) -> str:
    """The text the models read: typographic quotes made plain and, in a language whose news drops a capital's
    accent, the accent put back where a sentence opens ('A Kiev,' -> 'À Kiev,'); same length so offsets hold."""
    plain = text.translate(TYPOGRAPHY)
    capitals = unaccented_capitals(language) if language else {}
    if not capitals:
        return plain
    return SENTENCE_OPENING_CAPITAL.sub(lambda m: m.group(1) + capitals.get(m.group(2), m.group(2)), plain)


@lru_cache(maxsize=None)
def unaccented_capitals(language: str) -> dict[str, str]:
    """A language's capitals written without their accent where a sentence opens -> the accented letter."""
    return resource(pack_language(language), "text")["unaccented_capitals"]


def extend_person(span: Span) -> Span:
    """Take in capitalised name parts the model left out ('Kim Jong' + 'Un')."""
    end = span.end
    doc = span.doc
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and len(doc[end]) <= 4 \
            and not doc[end - 1].is_punct and end - span.start < 4:
        end += 1
    return doc[span.start:end]


def toponym_span(span: Span) -> tuple[int, int] | None:
    """The character span of the place name inside an entity, or None when it names no place."""
    edges = name_edges(span.doc.lang_)
    article = edges.leading_article.match(span.text)  # "the United States"
    prefix = edges.feature_prefix.match(span.text)
    bare = span.text[article.end() if article else 0:]
    if prefix and bare[:1].isupper() and is_whole_name(bare):
        prefix = None  # 'Port Sudan', 'Camp David': the feature word is part of the name; not 'province du Soum'
    match = prefix or article
    offset = match.end() if match else 0
    start, end = span.start_char + offset, span.end_char
    name = span.text[offset:]  # not span.doc.text, which rebuilds the whole text from its tokens
    possessive = edges.possessive.search(name)
    if possessive:
        end -= len(possessive.group())
        name = name[:possessive.start()]
    side = side_word(name, span.doc.lang_)
    start, name = start + len(side), name[len(side):]
    if not name or (not name[0].isupper() and not is_physical_feature(name)):
        return None  # 'médias d'État' names no place; 'mer Noire', 'golfe d'Aden' do
    return start, end


def side_word(name: str, language: str) -> str:
    """The word naming a side of an area that the model took into the area's name ('north-east Nigeria', 'eastern
    Ukraine'), with its space; '' when the whole is a name of its own ('Northern Ireland', 'South Sudan')."""
    word, _, rest = name.partition(" ")
    if word.lower() not in event_lexicon(language).part_adjectives or not rest[:1].isupper():
        return ""
    gazetteer = default_gazetteer()
    return "" if gazetteer.lookup(name) or not gazetteer.lookup(rest) else name[:len(word) + 1]


def is_whole_name(name: str) -> bool:
    """Whether a name that opens with a feature word is, whole, a place's own name in the gazetteer."""
    return any(c.name_match in ("name", "alternate") for c in default_gazetteer().lookup(name))


def is_big_city_name(name: str) -> bool:
    """Whether a one-word place the tagger read as another part of speech is a city of 100,000 under its own name
    ('à Dakar' tagged an adverb): the tag is wrong, not the place. A people's adjective ('Ukrainian') is no name of
    a city."""
    return any(c.name_match == "name" and c.feature_class == "city" and c.population >= WELL_KNOWN_CITY
               for c in default_gazetteer().lookup(name))


def is_physical_feature(name: str) -> bool:
    """Whether a name written in lower case first is, whole, a sea, a river or a range the gazetteer knows."""
    return any(c.feature_class in PHYSICAL_CLASSES and c.name_match in ("name", "alternate")
               for c in default_gazetteer().lookup(name))


def canonical_people(spans: list[Span]) -> dict[str, str]:
    """Map each way a person is named to their fullest name in the document ('Kim' -> 'Kim Jong Un')."""
    full_names = Counter(s.text for s in spans if len(s.text.split()) > 1)
    canonical: dict[str, str] = {}
    for span in spans:
        words = span.text.split()
        longer = [name for name in full_names if set(words) < set(name.split())]
        canonical[span.text] = max(longer, key=lambda n: (full_names[n], -len(n))) if longer else span.text
    return canonical


def acronyms(names: list[Span]) -> dict[str, str]:
    """Map each acronym to the name of the document whose words' initials it spells ('RSF' -> 'Rapid Support
    Forces', 'FARDC' -> 'Forces armées de la République démocratique du Congo'): one actor, two ways of naming it."""
    full = {s.text: "".join(t.text[0] for t in s if t.pos_ != "DET" and t.text[0].isupper())
            for s in names if len(s) > 1}  # 'The Rapid Support Forces' spells RSF
    mapped: dict[str, str] = {}
    for span in names:
        short = span.text
        if short.isupper() and short.isalpha() and len(short) > 1:
            spelt = [name for name, initials in full.items() if initials == short]
            if len(spelt) == 1:
                mapped[short] = spelt[0]
    return mapped


FULL_NAME_WEIGHT = 3  # one full name ('Mikheil Saakashvili') outweighs the NER calling its words a place thrice


def extract_entities(doc: Doc) -> tuple[list[Entity], list[tuple[int, int]]]:
    """Cleaned entities and the toponym spans to geocode."""
    people = [extend_person(s) for s in doc.ents if s.label_ in PERSON_LABELS]
    person_words = {w for s in people for w in s.text.split()}
    said_as_place = Counter(s.text for s in doc.ents if s.label_ in PLACE_LABELS)
    said_as_person = Counter(s.text for s in people)
    in_full_names = Counter(w for s in people if " " in s.text for w in set(s.text.split()))
    # 'Kim' of 'Kim Jong Un' is the man; 'Egypt' in 'Rethinking Egypt' (a person to the NER) and a place ten times
    # is the country; 'Mansfield' tagged a person once and a place once is the town, and so is 'Alexandria' tagged a
    # person twice and a place once: a single word no full name holds is no one; several words tagged a person more
    # often than a place are a person
    not_places = {word for word, count in in_full_names.items() if FULL_NAME_WEIGHT * count >= said_as_place[word]} | {
        name for name, count in said_as_person.items() if count > said_as_place[name] and " " in name}
    canonical = canonical_people(people) | acronyms([s for s in doc.ents if s.label_ in ORGANISATION_LABELS | {"MISC"}])
    entities: list[Entity] = []
    toponyms: list[tuple[int, int]] = []
    for span in (part for whole in doc.ents for part in bracket_parts(whole)):
        if span.label_ not in KEPT_LABELS or is_common_phrase(span):
            continue
        label = span.label_
        if label in PERSON_LABELS:
            span = extend_person(span)
            label = "PER"
        elif label == "MISC" and span.text in person_words:
            label = "PER"  # a surname the model labelled MISC in one place and PER elsewhere
        if label in PLACE_LABELS and span.text not in not_places:
            located = toponym_span(span)
            mistagged = len(span) == 1 and span[0].pos_ in NOT_NAMES and not is_big_city_name(span.text)
            if located and not mistagged:
                toponyms.append(located)
        entities.append(Entity(span.start_char, span.end_char, span.text, label,
                               canonical.get(span.text, canonical_by_word(span.text, canonical) if label == "PER" else span.text)))
    return entities, toponyms


def is_common_phrase(span: Span) -> bool:
    """Whether the NER took an article and common words for a miscellaneous name ('Un séisme de magnitude 6,2 a
    frappé' after a dateline): no word after the article is capitalised, as one in a name is."""
    words = [t for t in span if t.is_alpha]
    return span.label_ == "MISC" and len(words) > 1 and words[0].pos_ == "DET" \
        and not any(t.text[0].isupper() for t in words[1:])


def bracket_parts(span: Span) -> list[Span]:
    """A name the NER ran across a bracket ('Bamako (Bamako', in the 'town (region)' notation of event notes) as
    the names on either side of it."""
    if not any(t.text in BRACKETS for t in span):
        return [span]
    parts, start = [], span.start
    for token in span:
        if token.text in BRACKETS:
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if span.end > start:
        parts.append(Span(span.doc, start, span.end, label=span.label_))
    return parts


def canonical_by_word(name: str, canonical: dict[str, str]) -> str:
    """A MISC-turned-person name takes the canonical name of the same words said elsewhere."""
    for alias, full in canonical.items():
        if set(name.split()) <= set(full.split()) and alias in full:
            return full
    return name
