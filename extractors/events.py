"""One event per sentence that names a place or a time: trigger, type, actors, place, date, evidence."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from extractors.coreference import described_site
from extractors.model import Document, Entity, Event, EventDate, PlaceMention, TimeExpression
from extractors.plover import trigger_index
from extractors.sentences import sentence_spans

PRECISION_RANK = {"exact": 0, "region": 1, "country": 2}
TIME_RANK = {"minute": 0, "hour": 1, "part_of_day": 2, "day": 3, "week": 4, "month": 5, "season": 6, "quarter": 7,
             "half": 8, "year": 9, "decade": 10, "century": 11}
ACTOR_LABELS = {"PER", "ORG"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "agent", "csubj"}
OBJECT_DEPS = {"obj", "dobj", "iobj", "obl", "obl:arg", "pobj", "dative", "nmod"}
REPORTED = {
    "fr": re.compile(r"\bselon\b|\ba (?:déclaré|dit|indiqué|affirmé|annoncé|rapporté|ajouté)|\bont (?:rapporté|indiqué|déclaré)"
                     r"|\baurait\b|\bauraient\b|\bd'après\b", re.IGNORECASE),
    "en": re.compile(r"\baccording to\b|\b(?:said|told|reported|stated|announced|claimed)\b|\breportedly\b", re.IGNORECASE),
}
NEGATED = {
    "fr": re.compile(r"\bn['e]\s*\w+\s+(?:pas|jamais|plus)\b|\bsans succès\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.IGNORECASE),
}
PLANNED = {
    "fr": re.compile(r"\b(?:va|vont|devrait|devraient|envisage|prévoit|projette|compte)\b|\w+(?:era|eront)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:will|plans? to|intends? to|is to|are to|would|expected to|scheduled)\b", re.IGNORECASE),
}
HISTORICAL_YEARS = 2
LOCATIVE_WORDS = {
    "fr": {"à", "au", "aux", "dans", "en", "depuis", "vers", "près", "chez", "sur", "devant"},
    "en": {"in", "at", "from", "near", "to", "into", "on", "outside", "inside", "across", "over"},
}
LOCATIVE_REACH = 3  # nouns up from a name ('Plesetsk' -> 'cosmodrome') where its own locative may be
GENITIVES = {"", "de", "d'", "d’", "du", "des", "of"}  # links from a name to the noun it names
MAX_PATH = 6  # dependency steps from a word up to the trigger that still count as "governed by it"


def within(start: int, end: int, outer: tuple[int, int]) -> bool:
    """Whether [start, end) lies inside a span."""
    return outer[0] <= start and end <= outer[1]


def best_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The most precise resolved place of a sentence (a town beats its country); earliest on ties."""
    resolved = [p for p in places if p.resolved]
    if not resolved:
        return None
    return min(resolved, key=lambda p: (PRECISION_RANK.get(p.precision, 3), p.start))


def best_date(timexes: list[TimeExpression]) -> TimeExpression | None:
    """The most precise time point of a sentence; durations and vague references are no dates."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.interval_start]
    if not dated:
        return None
    return min(dated, key=lambda t: (TIME_RANK.get(t.precision, 12), t.start))


def path_to(trigger: Token, doc: Doc, start: int, end: int) -> list[Token] | None:
    """The tokens from a span's head up to the trigger, or None if the trigger does not govern the span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    node, path = span.root, []
    while node.i != trigger.i:  # spaCy makes a new Token object on each access: compare positions
        path.append(node)
        if node.head.i == node.i or len(path) > MAX_PATH:
            return None
        node = node.head
    return path


def is_locative(path: list[Token], language: str) -> bool:
    """Whether a preposition of place ('à', 'depuis', 'in', 'at') links the span to the trigger."""
    words = LOCATIVE_WORDS.get(language, LOCATIVE_WORDS["en"])
    return any(t.lower_ in words and t.dep_ == "prep" or any(c.dep_ == "case" and c.lower_ in words for c in t.children)
               for t in path)


def own_preposition(token: Token) -> str:
    """The preposition that introduces a noun: its 'case' word (French), or its head when that is one (English)."""
    case = next((c.lower_ for c in token.children if c.dep_ == "case"), "")
    return case or (token.head.lower_ if token.head.dep_ == "prep" and token.dep_ == "pobj" else "")


def has_locative(doc: Doc, place: PlaceMention, language: str) -> bool:
    """Whether a preposition of place introduces the place, whatever verb it hangs on ('met the envoy at Plesetsk'),
    looking up through the noun that names it ('au cosmodrome de Plesetsk') but not past another preposition
    ('la guerre contre l'Ukraine')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.root.pos_ == "ADJ":  # 'at a Russian space center' says whose site, not which
        return False
    words = LOCATIVE_WORDS.get(language, LOCATIVE_WORDS["en"])
    token = span.root
    for _ in range(LOCATIVE_REACH):
        preposition = own_preposition(token)
        if preposition in words:
            return True
        if preposition not in GENITIVES or token.head.i == token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        token = token.head  # 'Plesetsk' -> 'cosmodrome' (compound, 'de', 'of'): the noun that names it
    return False


def governed_place(trigger: Token | None, doc: Doc, places: list[PlaceMention], located: list[PlaceMention],
                   language: str) -> PlaceMention | None:
    """The place the trigger's own locative names ('arrivé à Odessa'); else where the sentence says it
    happened (`located`: 'helped Serbia as he met the envoy at Plesetsk': the object is a participant, not the
    place); else the sentence's most precise."""
    if trigger is not None:
        ranked = []
        for place in (p for p in places if p.resolved):
            path = path_to(trigger, doc, place.start, place.end)
            if path is not None and path[-1].dep_ not in SUBJECT_DEPS:  # "le Kremlin a déclaré": an actor, not a place
                ranked.append((not is_locative(path, language), len(path), PRECISION_RANK.get(place.precision, 3), place))
        if ranked:
            first = min(ranked, key=lambda r: r[:3])
            return first[3] if not first[0] or not located else best_place(located)
    return best_place(places)


def described_place(text: str, span: tuple[int, int], places: list[PlaceMention]) -> PlaceMention | None:
    """The site a sentence describes ('un centre spatial russe') as the one the article names, saying so."""
    site = described_site(text[span[0]:span[1]], text, places)
    if site is None:
        return None
    return replace(site, reason=f"the sentence describes the site the article names '{site.text}'; {site.reason}")


def governed_date(trigger: Token | None, doc: Doc, timexes: list[TimeExpression]) -> TimeExpression | None:
    """The date the trigger's clause names ('arrivé ... mercredi'); else the sentence's most precise."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.interval_start]
    if trigger is not None:
        reachable = [(len(path), TIME_RANK.get(t.precision, 12), t) for t in dated
                     if (path := path_to(trigger, doc, t.start, t.end)) is not None]
        if reachable:
            return min(reachable, key=lambda r: r[:2])[2]
    return best_date(timexes)


def find_trigger(tokens: list[Token], language: str) -> tuple[Token | None, str]:
    """The word that says what happened and its PLOVER type; the main verb when no lexicon word is found."""
    index = trigger_index(language)
    for part_of_speech in ("VERB", "NOUN"):  # a coded verb says more than a coded noun
        for token in tokens:
            if token.pos_ == part_of_speech and token.lemma_.lower() in index:
                return token, index[token.lemma_.lower()]
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    verbs = roots or [t for t in tokens if t.pos_ == "VERB"]
    return (verbs[0], "") if verbs else (None, "")


def participants(trigger: Token | None, entities: list[Entity], places: list[PlaceMention]) -> tuple[list[str], list[str]]:
    """Actors (the trigger's subjects) and recipients (its objects); all people named when the parse says nothing."""
    actors: list[str] = []
    recipients: list[str] = []
    named = [(e.start, e.end, e.canonical or e.text) for e in entities if e.label in ACTOR_LABELS]
    named += [(p.start, p.end, p.name or p.text) for p in places]  # a place as subject stands for its rulers
    if trigger is not None:
        for child in trigger.children:
            subtree = list(child.subtree)
            span = (subtree[0].idx, subtree[-1].idx + len(subtree[-1]))
            target = actors if child.dep_ in SUBJECT_DEPS else recipients if child.dep_ in OBJECT_DEPS else None
            if target is None:
                continue
            inside = [(start, end, name) for start, end, name in named if within(start, end, span)]
            people = {(e.start, e.end) for e in entities if e.label == "PER" and within(e.start, e.end, span)}
            for start, end, name in inside:  # "Russian Defense Minister Sergei Shoigu": the person, not his titles
                if (not people or (start, end) in people) and name not in target:
                    target.append(name)
    if not actors:
        actors = list(dict.fromkeys(name for start, end, name in named
                                    if any(e.start == start and e.label == "PER" for e in entities)))
    recipients = [r for r in recipients if r not in actors]
    return actors, recipients


def event_mode(sentence: str, language: str, date: EventDate | None, published: str | None) -> str:
    """Whether the sentence asserts, reports, plans, negates or recalls the event."""
    if NEGATED[language].search(sentence):
        return "negated"
    if date and date.start and published and int(date.start[:4]) < int(published[:4]) - HISTORICAL_YEARS:
        return "historical"
    if PLANNED[language].search(sentence):
        return "planned"
    if REPORTED[language].search(sentence):
        return "reported"
    return "asserted"


def event_date(explicit: TimeExpression | None, previous: EventDate | None, document: Document) -> EventDate | None:
    """The sentence's own date; else the story's last date (narrative time); else the document date."""
    if explicit is not None:
        return EventDate(explicit.value, explicit.interval_start, explicit.interval_end, explicit.precision,
                         "explicit", explicit.text)
    if previous is not None:
        return EventDate(previous.value, previous.start, previous.end, previous.precision, "narrative", previous.text)
    if document.published:
        day = dt.datetime.fromisoformat(document.published)
        return EventDate(document.published, day.isoformat(timespec="minutes"),
                         (day + dt.timedelta(days=1)).isoformat(timespec="minutes"), "day", "document", "")
    return None


def build_events(doc: Doc, document: Document, places: list[PlaceMention], timexes: list[TimeExpression],
                 entities: list[Entity]) -> list[Event]:
    """Events of a document, in reading order."""
    language = document.language if document.language in REPORTED else "en"
    events: list[Event] = []
    narrative: EventDate | None = None
    for span in sentence_spans(document.text):
        sentence_places = [p for p in places if within(p.start, p.end, span)]
        sentence_timexes = [t for t in timexes if within(t.start, t.end, span)]
        if best_place(sentence_places) is None and best_date(sentence_timexes) is None:
            continue
        sentence_entities = [e for e in entities if within(e.start, e.end, span)]
        tokens = [t for t in doc.char_span(*span, alignment_mode="expand") or []]
        trigger, event_type = find_trigger(tokens, language)
        located = [p for p in sentence_places if p.resolved and has_locative(doc, p, language)]
        place = governed_place(trigger, doc, sentence_places, located, language)
        if not located:
            place = described_place(document.text, span, places) or place
        explicit = governed_date(trigger, doc, sentence_timexes)
        date = event_date(explicit, narrative, document)
        if explicit is not None and TIME_RANK.get(explicit.precision, 12) <= TIME_RANK["day"]:
            narrative = date  # later undated sentences of the story happen on this day
        actors, recipients = participants(trigger, sentence_entities, sentence_places)
        text = document.text[span[0]:span[1]]
        mode = event_mode(text, language, date, document.published)
        confidence = 0.3 + 0.2 * bool(event_type) + 0.2 * bool(place and place.precision == "exact") \
            + 0.2 * bool(date and date.origin == "explicit") + 0.1 * bool(actors)
        events.append(Event(
            id=f"{document.id}:{span[0]}", start=span[0], end=span[1], text=text, document_id=document.id,
            trigger=trigger.text if trigger is not None else "", type=event_type or "OTHER", actors=actors,
            recipients=recipients, place=place, date=date, status="asserted" if mode == "reported" else mode, confidence=round(confidence, 2),
        ))
    return events
