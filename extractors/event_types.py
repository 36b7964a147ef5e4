"""Event types a verb takes from the happening it governs: a verb no lexicon codes ('staged a coup', 'a summit set
for April', "l'investiture prévue le 15") tells the happening its noun names, of that noun's type."""
from __future__ import annotations

from spacy.tokens import Token

from extractors.event_lexicon import EventLexicon

TOLD_DEPS = {"obj", "dobj", "nsubjpass", "nsubj:pass"}  # 'staged a coup', 'a search was launched'
QUALIFIED_DEPS = {"acl", "amod"}  # 'a summit set for April', "l'investiture prévue le 15 septembre"
LIGHT_DEPS = {"obl:arg", "obl"}  # 'procéder à des interpellations': a light verb's noun may need a preposition
COMPLEMENT_DEPS = {"ccomp", "xcomp", "advcl", "acl", "prep", "obl", "obl:arg"}  # what a warning says
FORCE_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")  # acts whose announcement is a threat
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}
LEGAL_TYPES = ("ACCUSE", "COERCE")  # trials, hearings, questioning: whoever is moved for them is moved in custody
COERCE_TYPE = "COERCE"


def noun_type(noun: Token, lexicon: EventLexicon) -> str | None:
    """The type a noun names as a happening, alone ('coup') or as the first word of a phrase ("coup d'état",
    'coups de feu'), counting the compounds before it ('a car bomb')."""
    if noun.pos_ not in ("NOUN", "PROPN", "X"):
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    first = compounds[0].i if compounds else noun.i
    doc = noun.doc
    for start in range(first, noun.i + 1):
        lemma = doc[start].lemma_.lower()
        for length in sorted(lexicon.phrase_lengths.get(lemma, ()), reverse=True):
            phrase = tuple(t.lemma_.lower() for t in doc[start:start + length])
            if phrase in lexicon.phrases and start + length > noun.i:
                return lexicon.phrases[phrase]
    return lexicon.nouns.get(noun.lemma_.lower())


def governed_type(verb: Token, lexicon: EventLexicon) -> str | None:
    """The type of the happening an uncoded verb tells through the noun it governs or qualifies, if any."""
    words = [c for c in verb.children if c.dep_ in TOLD_DEPS]
    if not words:  # 'ont essuyé des coups de feu': a partitive object the parser took for a noun's complement
        words = [c for c in verb.children if c.dep_ == "nmod"]
    if verb.lemma_.lower() in lexicon.light_verbs:
        words += [c for c in verb.children if c.dep_ in LIGHT_DEPS]
    if verb.dep_ in QUALIFIED_DEPS and verb.head.i != verb.i:
        words.append(verb.head)
    told = next((t for t in (noun_type(w, lexicon) for w in words) if t is not None), None)
    if told is not None:
        return told
    purpose = next((t for t in (noun_type(w, lexicon) for w in purposes(verb, lexicon)) if t is not None), None)
    return COERCE_TYPE if purpose in LEGAL_TYPES else purpose  # 'brought to the U.S. for trial': a transfer in custody


def purposes(verb: Token, lexicon: EventLexicon) -> list[Token]:
    """The nouns a verb's act is for ('arrived in Kyiv for talks', 'brought to the U.S. for trial', 'arrivée à Kiev
    pour une visite'): its purpose tells what happened."""
    english = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.purpose_prepositions
               for g in c.children if g.dep_ == "pobj"]
    french = [c for c in verb.children if c.dep_ in LIGHT_DEPS
              and any(g.dep_ == "case" and g.lower_ in lexicon.purpose_prepositions for g in c.children)]
    return english + french


def warning_type(token: Token, event_type: str, lexicon: EventLexicon) -> str:
    """A warning is a threat when it tells an act of force of its own speaker ('warned it would strike', 'a averti
    qu'il riposterait'), else a statement ('warned that rains would cause landslides'); other words keep their type."""
    if token.lemma_.lower() not in lexicon.warning_words:
        return event_type
    told = [w for c in token.children if c.dep_ in COMPLEMENT_DEPS for w in c.subtree]
    for word in told:
        subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
        if lexicon.verbs.get(word.lemma_.lower()) in FORCE_TYPES and all(s.pos_ == "PRON" for s in subjects):
            return "THREATEN"
    return "STATEMENT"
