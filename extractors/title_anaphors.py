"""Who a title standing alone as a subject refers back to ('Le président George W. Bush est arrivé ... Le président
américain est arrivé vers 12 h 30'): the person the story last named with that title."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from core.model import Entity
from core.placelex import fragments
from extractors.clause_words import SUBJECT_DEPS

DEFINITE_DETERMINERS = {"the", "le", "la", "l'", "l’"}  # 'the president', 'le président', not 'a president'
TITLE_CHARS = 60  # how far before a name its title is looked for
TITLE_REACH = 3  # words before a name where its title may stand ('U.S. President Bill Clinton')
PLAIN_WORD = re.compile(r"^[^\W\d_]+(?:[- ][^\W\d_]+)*$")  # a title written out, not an abbreviation's pattern


@lru_cache(maxsize=None)
def titles(language: str) -> frozenset[str]:
    """The pack's person titles written as plain words ('président', 'minister')."""
    return frozenset(word for word in fragments("person_titles", language) if PLAIN_WORD.match(word))


def titled_person(subject: Token, entities: list[Entity]) -> str | None:
    """The person a definite title subject refers back to: the last one named after that title before it."""
    title = subject.lower_
    if subject.pos_ != "NOUN" or title not in titles(subject.doc.lang_) \
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subject.children):
        return None
    text = subject.doc.text
    named = [e for e in entities if e.label == "PER" and e.end <= subject.idx
             and title in text[max(0, e.start - TITLE_CHARS):e.start].lower().split()[-TITLE_REACH:]]
    return (named[-1].canonical or named[-1].text) if named else None


def titled_actor(trigger: Token, entities: list[Entity]) -> str | None:
    """The person a trigger's definite title subject refers back to ('The president met Zelensky'), if any."""
    return next((name for c in trigger.children if c.dep_ in SUBJECT_DEPS
                 if (name := titled_person(c, entities)) is not None), None)
