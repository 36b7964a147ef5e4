"""The clause words every reading of a mention needs: which token is a verb, its lemma, what it hangs on."""
from __future__ import annotations

from spacy.tokens import Token

from extractors.event_lexicon import EventLexicon
from extractors.event_types import AGENT_DEPS

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "agent", "csubj", "expl:subj"}
DIRECT_OBJECT_DEPS = {"obj", "dobj"}
AUXILIARY_DEPS = {"aux", "aux:pass", "aux:tense", "auxpass"}
NOUN_PHRASE_REACH = 4  # words between a determiner and its noun ('the magnitude 6.3 earthquake')


def is_participle(token: Token) -> bool:
    """A past participle the tagger called an adjective ('les blessés', 'tués')."""
    return token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm")


def is_verbal(token: Token) -> bool:
    """A verb, or a participle the tagger took for an adjective or a noun ('a visité', 'les blessés'); not a noun
    the tagger took for a finite verb after a preposition or an article ('un convoi de ravitaillement'), where none
    stands."""
    return (token.pos_ == "VERB" and not is_mistagged_noun(token)) or is_participle(token) \
        or (token.pos_ in ("NOUN", "ADJ") and any(c.dep_ in AUXILIARY_DEPS or c.dep_ in AGENT_DEPS
                                                  for c in token.children))  # 'Interpellés par les gendarmes'


def is_mistagged_noun(token: Token) -> bool:
    """Whether a finite 'verb' follows a preposition or an article ('de ravitaillement', "dans l'est de l'Indonésie",
    tagged a third-person verb): a finite verb never does, in French or in English; a noun does."""
    return token.i > 0 and token.doc[token.i - 1].pos_ in ("ADP", "DET") and "Fin" in token.morph.get("VerbForm")


def verb_lemma(token: Token, lexicon: EventLexicon) -> str:
    """A verb's lemma, a participle the lemmatiser left alone read back to its infinitive ('visité' -> 'visiter')."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.verbs or lemma in lexicon.consequence_verbs or token.pos_ == "VERB":
        return lemma
    for ending, infinitive in lexicon.participles:
        if lemma.endswith(ending) and (lemma[:-len(ending)] + infinitive) in lexicon.verbs.keys() | lexicon.consequence_verbs:
            return lemma[:-len(ending)] + infinitive
    return lemma


def governor(token: Token) -> Token:
    """The word a token hangs on, past the preposition English puts between ('died in the blast' -> 'died')."""
    head = token.head
    return head.head if head.dep_ == "prep" and token.dep_ == "pobj" else head


def tensed_dependent(token: Token) -> list[Token]:
    """The tensed verb the parser hung on an infinitive it took for the clause's head ('ont fait exploser': 'fait'
    under 'exploser'): it carries the clause's tense, subject and date."""
    if "Inf" not in token.morph.get("VerbForm"):
        return []
    return [c for c in token.children if (is_verbal(c) or c.pos_ == "AUX") and c.i < token.i
            and any(g.dep_ in AUXILIARY_DEPS or g.dep_ in SUBJECT_DEPS for g in c.children)][:1]
