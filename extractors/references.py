"""Passing references: a happening named inside the telling of another ('the investigation into the bombings',
"l'enquête sur les attentats", 'two suspects in the Kenya bombing') is that other telling's words, not evidence
that it took place."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.event_mentions import EventMention
from extractors.clause_words import DIRECT_OBJECT_DEPS
from extractors.happenings import Happening

FUNCTION_POS = ("ADP", "DET", "PART")  # words a noun's head is reached past ('into the', 'sur les')
NAMING_POS = ("NOUN", "PROPN")  # heads that name someone or something ('suspects in the bombing')
VERBAL_POS = ("VERB", "AUX")
MAX_CHAIN = 3  # names within names followed up ('bombing' in 'tribute to bombing victims')


def content_head(token: Token) -> tuple[Token | None, list[Token]]:
    """The nearest content word a noun hangs on and the prepositions it is reached past ('investigation' past
    'into' for 'into the bombings'; UD puts 'sur' under 'attentats')."""
    node, words = token.head, [c for c in token.children if c.dep_ == "case"]
    while node.pos_ in FUNCTION_POS and node.head.i != node.i:
        words.append(node)
        node = node.head
    return (None if node.i == token.i else node), [w for w in words if w.pos_ == "ADP"]


def owners(happenings: list[Happening], doc: Doc) -> dict[int, int]:
    """Which happening each trigger word belongs to, with the words of its phrase ('a ouvert une enquête') and the
    verb that carries a noun trigger ('opened an investigation')."""
    owner = {m.token: i for i, h in enumerate(happenings) for m in h.mentions}
    for i, happening in enumerate(happenings):
        for mention in happening.mentions:
            token = doc[mention.token]
            phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand") or []
            carrier = [token.head] if token.dep_ in DIRECT_OBJECT_DEPS and token.head.pos_ == "VERB" else []
            for word in (*phrase, *carrier):
                owner.setdefault(word.i, i)
    return owner


def passing_references(happenings: list[Happening], doc: Doc, frames: frozenset[str]) -> set[int]:
    """The trigger tokens of mentions that only name their happening inside another telling: an argument of
    another happening's words, or a noun's complement past a preposition ('suspects in the bombing', 'the anniversary
    of his abduction'); an act framed by it is no such case ('paid tribute in a rally')."""
    owner = owners(happenings, doc)

    def is_passing(token: Token, reach: int = MAX_CHAIN) -> bool:
        head, prepositions = content_head(token)
        if token.pos_ != "NOUN" or head is None or reach == 0:
            return False
        if head.i not in owner:
            return head.pos_ in NAMING_POS and bool(prepositions)
        if owner[head.i] == owner[token.i]:
            return is_passing(head, reach - 1)
        return not (head.pos_ in VERBAL_POS and any(p.lower_ in frames for p in prepositions))

    return {m.token for h in happenings for m in h.mentions if is_passing(doc[m.token])}


def telling_mentions(happening: Happening, passing: set[int]) -> list[EventMention]:
    """A happening's mentions that tell it, not merely name it in passing; all of them when none does."""
    return [m for m in happening.mentions if m.token not in passing] or happening.mentions
